// SPDX-License-Identifier: GPL-2.0-only
/* Untrusted text made safe for terminals. */
#include <stdint.h>
#include <string.h>

#include "num.h"
#include "text.h"

size_t text_utf8(const unsigned char *s, uint32_t *cp)
{
	unsigned c = s[0];
	size_t n;

	*cp = c;
	if (c && c < 0x80)
		return 1;
	if (c < 0xc2 || c > 0xf4)     /* NUL, continuations, overlong 2-byte */
		return 0;
	n = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
	*cp = c & (0x7f >> n);
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)  /* also stops at the NUL */
			return 0;
		*cp = *cp << 6 | (s[i] & 0x3f);
	}
	/* Overlong, surrogates, past Unicode. */
	if ((n == 3 && *cp < 0x800) || (n == 4 && *cp < 0x10000) || *cp > 0x10ffff ||
	    (*cp >= 0xd800 && *cp <= 0xdfff))
		return 0;
	return n;
}

size_t text_char_len(const unsigned char *s)
{
	uint32_t cp;
	size_t n = text_utf8(s, &cp);

	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 0 : n;
}

char *text_safe(const char *s, char *buf, size_t size)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0;

	if (!size)
		return buf;
	while (*p) {
		size_t n = text_char_len(p);

		if (n && *p != '\\') {
			if (o + n >= size)
				break;
			memcpy(buf + o, p, n);
			o += n;
			p += n;
			continue;
		}
		if (o + 4 >= size)
			break;
		buf[o++] = '\\';
		if (*p == '\\') {
			buf[o++] = '\\';
		} else {
			buf[o++] = 'x';
			buf[o++] = hex_digits[*p >> 4];
			buf[o++] = hex_digits[*p & 15];
		}
		p++;
	}
	buf[o] = 0;
	return buf;
}

const char *text_safe_name(const char *s)
{
	static char buf[4][TEXT_SAFE_SIZE(128)];
	static unsigned k;
	const unsigned char *p = (const unsigned char *)s;

	while (*p >= 0x20 && *p < 0x7f && *p != '\\')
		p++;
	if (!*p)
		return s;
	k = (k + 1) % 4;
	return text_safe(s, buf[k], sizeof(buf[k]));
}
