/* SPDX-License-Identifier: GPL-2.0-only */
/* Reading little- and big-endian fields from file bytes.  File data is
 * never cast to structs: every field is assembled byte by byte here, so
 * results are the same on any host byte order and alignment. */
#ifndef BPFBOX_ENDIAN_H
#define BPFBOX_ENDIAN_H
#include <stdint.h>

static inline uint16_t get16(const unsigned char *p, int big)
{
	return big ? (uint16_t)(p[0] << 8 | p[1]) : (uint16_t)(p[1] << 8 | p[0]);
}

static inline uint32_t get32(const unsigned char *p, int big)
{
	return big ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
		   : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static inline uint64_t get64(const unsigned char *p, int big)
{
	uint64_t a = get32(p, big), b = get32(p + 4, big);

	return big ? a << 32 | b : b << 32 | a;
}

/* Data the kernel hands over (xlated instructions, line info) is in the
 * host's byte order. */
static inline int host_big_endian(void)
{
	const union { uint16_t v; unsigned char b[2]; } e = { 1 };

	return e.b[0] == 0;
}

#endif
