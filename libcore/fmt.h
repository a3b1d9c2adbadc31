/* SPDX-License-Identifier: GPL-2.0-only */
/* A small printf: C99's integer, character and string conversions only. */
#ifndef BPFBOX_FMT_H
#define BPFBOX_FMT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* As vsnprintf and vfprintf, for the conversions d i u o x X c s %, with
 * every flag, field width and precision (numbers or *) and the length
 * modifiers hh h l ll j z t.  Anything else (floating point, %n, %p, wide
 * characters, positional arguments) returns -1 with errno EINVAL, which
 * is what musl does with a conversion it does not know. */
int fmt_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int fmt_vfprintf(FILE *f, const char *fmt, va_list ap);

#endif
