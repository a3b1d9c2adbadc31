// SPDX-License-Identifier: GPL-2.0-only
/* Size parsing and printing shared by the applets. */
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "num.h"
#include "size.h"

/* s is the lowercase word in any case: strcasecmp for these words alone
 * (musl's is 100 bytes of a tiny build).  c | 0x20 is a lowercase letter
 * only for that letter in either case. */
static int is_word(const char *s, const char *word)
{
	while (*word && (*s | 0x20) == *word)
		s++, word++;
	return !*s && !*word;
}

int parse_size(const char *s, uint64_t *out)
{
	static const char units[] = "KMGT";
	uint64_t v, mul = 1;
	const char *p, *u;

	if (is_word(s, "unlimited") || is_word(s, "infinity")) {
		*out = SIZE_UNLIMITED;
		return 0;
	}
	if (!(p = scan_u64(s, 10, &v)))
		return -1;
	if (*p && (u = strchr(units, toupper((unsigned char)*p)))) {
		for (int i = 0; i <= u - units; i++)
			mul *= 1024;
		p++;
		if (is_word(p, "ib"))
			p += 2;
	}
	if (is_word(p, "b"))
		p++;
	if (*p)
		return -1;
	if (v > UINT64_MAX / mul || v * mul == SIZE_UNLIMITED)
		return -1;
	*out = v * mul;
	return 0;
}

const char *format_size(uint64_t v, char buf[SIZE_BUF])
{
	static const char units[] = "KMGT";
	int i = -1;

	if (v == SIZE_UNLIMITED)
		return "unlimited";
	while (v && v % 1024 == 0 && i < 3) {
		v /= 1024;
		i++;
	}
	if (i < 0)
		snprintf(buf, SIZE_BUF, "%" PRIu64, v);
	else
		snprintf(buf, SIZE_BUF, "%" PRIu64 "%c", v, units[i]);
	return buf;
}
