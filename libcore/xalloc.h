/* SPDX-License-Identifier: GPL-2.0-only */
/* Allocation that cannot fail: out of memory ends the applet with exit 1. */
#ifndef BPFBOX_XALLOC_H
#define BPFBOX_XALLOC_H
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* Grow an array of `*cap` elements of `size` bytes to hold `need`. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
char *xstrdup(const char *s);

#endif
