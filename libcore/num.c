// SPDX-License-Identifier: GPL-2.0-only
/* Numbers in text, without strto*: those skip blanks and take signs and
 * "0x" where bpfbox wants digits only, and report through errno and an
 * end pointer that every caller must check.  These return where the
 * digits end, or NULL when there were none or the value overflows.  (They
 * also keep musl's 2 KB __intscan out of a tiny build.) */
#include <stddef.h>

#include "num.h"

static int digit(char c, int base)
{
	int d = c >= '0' && c <= '9' ? c - '0' :
		c >= 'a' && c <= 'f' ? c - 'a' + 10 :
		c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;

	return d < base ? d : -1;
}

const char *scan_u64(const char *s, int base, uint64_t *out)
{
	uint64_t v = 0;
	const char *p = s;
	int d;

	for (; (d = digit(*p, base)) >= 0; p++) {
		if (v > (UINT64_MAX - (unsigned)d) / (unsigned)base)
			return NULL;
		v = v * (unsigned)base + (unsigned)d;
	}
	if (p == s)
		return NULL;
	*out = v;
	return p;
}

const char *scan_s64(const char *s, int64_t *out)
{
	int neg = *s == '-';
	uint64_t v;

	if (*s == '-' || *s == '+')
		s++;
	if (!(s = scan_u64(s, 10, &v)) || v > (uint64_t)INT64_MAX + neg)
		return NULL;
	*out = neg && v ? -(int64_t)(v - 1) - 1 : (int64_t)v;
	return s;
}

const char hex_digits[16] = "0123456789abcdef";

char *put_u64(char *q, uint64_t u)
{
	char digits[20];
	int n = 0;

	do
		digits[n++] = (char)('0' + u % 10);
	while ((u /= 10));
	while (n)
		*q++ = digits[--n];
	return q;
}
