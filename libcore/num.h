/* SPDX-License-Identifier: GPL-2.0-only */
/* Numbers in text: /proc fields, sysctl values, command-line arguments. */
#ifndef BPFBOX_NUM_H
#define BPFBOX_NUM_H

#include <stdint.h>

/* Reads the digits of an unsigned number in base 10 or 16 (no "0x") at
 * s.  Returns the first byte after them, or NULL when s does not start
 * with a digit or the value does not fit 64 bits. */
const char *scan_u64(const char *s, int base, uint64_t *out);

/* A decimal number with an optional sign, as scan_u64. */
const char *scan_s64(const char *s, int64_t *out);

/* Writes the decimal digits of u at q (no NUL) and returns where they
 * end: listings that print millions of numbers, without printf. */
char *put_u64(char *q, uint64_t u);

/* Lowercase hex digits, for the hand-written hot paths that print bytes. */
extern const char hex_digits[16];

#endif
