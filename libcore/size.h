/* SPDX-License-Identifier: GPL-2.0-only */
/* Byte sizes as people type and read them: 64K, 8M, 1G, unlimited. */
#ifndef BPFBOX_SIZE_H
#define BPFBOX_SIZE_H
#include <stdint.h>

#define SIZE_UNLIMITED UINT64_MAX
#define SIZE_BUF 24

/* Accepts digits with an optional K/M/G/T suffix (powers of 1024, an
 * optional "B" or "iB" after it), or "unlimited"/"infinity".  Returns 0,
 * or -1 for anything else, including overflow. */
int parse_size(const char *s, uint64_t *out);

/* "unlimited", or the largest exact unit ("64K", "8M"), else bytes. */
const char *format_size(uint64_t v, char buf[SIZE_BUF]);

#endif
