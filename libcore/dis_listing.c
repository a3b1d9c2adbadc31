// SPDX-License-Identifier: GPL-2.0-only
/* objdump's line layout. */
#include <string.h>

#include "dis_listing.h"
#include "num.h"

int dis_address_width(const struct dis_machine *m, uint64_t end)
{
	int digits = m ? m->addr_digits : 16, zeros = 0;

	while (zeros < digits && !(end >> 4 * (digits - 1 - zeros) & 15))
		zeros++;
	return digits - (zeros ? (zeros - 1) & ~3 : 0);
}

/* "where:" right-aligned in width, then a tab. */
static char *put_address(char *q, uint64_t where, int width)
{
	char *p = q + width;

	do {
		*--p = hex_digits[where & 15];
		where >>= 4;
	} while (where && p > q);
	while (p > q)
		*--p = ' ';
	q += width;
	*q++ = ':';
	*q++ = '\t';
	return q;
}

/* n raw bytes in groups of `chunk`, each a number in the machine's byte
 * order followed by a space. */
static char *put_groups(char *q, const struct dis_machine *m, const unsigned char *b, size_t n,
			size_t chunk)
{
	for (size_t j = 0; j < n; j += chunk) {
		size_t c = n - j < chunk ? n - j : chunk;

		for (size_t k = 0; k < c; k++) {
			unsigned char x = b[j + (m->big_endian ? k : c - 1 - k)];

			*q++ = hex_digits[x >> 4];
			*q++ = hex_digits[x & 15];
		}
		*q++ = ' ';
	}
	return q;
}

size_t dis_format_line(char *buf, const struct dis_machine *m, int width, uint64_t where,
		       const unsigned char *b, size_t n, const char *text, int raw)
{
	size_t per_line = m->bytes_per_line, first = n < per_line ? n : per_line;
	size_t chunk = m->chunk ? m->chunk : n % 4 ? 2 : 4;
	size_t tl = strnlen(text, DIS_LINE_MAX / 2);
	char *q = put_address(buf, where, width);

	if (raw) {
		q = put_groups(q, m, b, first, chunk);
		for (size_t pb = first; pb < per_line; pb += chunk) {
			memset(q, ' ', 2 * chunk + 1);
			q += 2 * chunk + 1;
		}
		*q++ = '\t';
	}
	memcpy(q, text, tl);
	q += tl;
	*q++ = '\n';
	for (size_t pb = per_line; raw && pb < n && q < buf + DIS_LINE_MAX - 80; pb += per_line) {
		q = put_address(q, where + pb, width);
		q = put_groups(q, m, b + pb, n - pb < per_line ? n - pb : per_line, chunk);
		*q++ = '\n';
	}
	return (size_t)(q - buf);
}
