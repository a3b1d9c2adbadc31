// SPDX-License-Identifier: GPL-2.0-only
/* A small printf.  musl's vfprintf is about 10 KB, most of it the
 * floating-point formatter that it links whether or not a program prints a
 * double; bpfbox prints integers and strings only, so a tiny build
 * (CONFIG_SMALL_LIBC, small_libc.c) routes the printf family here.  The
 * conversions it knows behave as C99 7.19.6.1 says; the tests compare it
 * with the C library's snprintf over random formats. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "fmt.h"
#include "num.h"

/* Flag bits, in the order of flag_chars. */
enum { LEFT = 1, PLUS = 2, SPACE = 4, ALT = 8, ZERO = 16 };
static const char flag_chars[] = "-+ #0";

enum length { L_CHAR, L_SHORT, L_INT, L_LONG, L_SIZE, L_PTRDIFF, L_LLONG, L_INTMAX };

/* Where output goes: buf, which a FILE sink flushes with fwrite when it
 * is full and a string sink stops filling (counting what did not fit). */
struct sink {
	char *buf;
	size_t cap, len;
	size_t total;           /* bytes produced, stored or not */
	FILE *f;
	int failed;             /* an fwrite fell short */
};

static void put(struct sink *s, const char *p, size_t n)
{
	s->total += n;
	while (n) {
		size_t k = s->cap - s->len;

		if (!k) {
			if (!s->f)
				return;
			if (fwrite(s->buf, 1, s->len, s->f) != s->len)
				s->failed = 1;
			s->len = 0;
			k = s->cap;
		}
		if (k > n)
			k = n;
		memcpy(s->buf + s->len, p, k);
		s->len += k;
		p += k;
		n -= k;
	}
}

static void pad(struct sink *s, char c, size_t n)
{
	while (n--)
		put(s, &c, 1);
}

/* A decimal field width or precision; INT_MAX + 1 when it overflows. */
static size_t number(const char **fmt)
{
	size_t n = 0;

	while (**fmt >= '0' && **fmt <= '9') {
		if (n <= INT_MAX)
			n = n * 10 + (size_t)(*(*fmt)++ - '0');
		else
			(*fmt)++;
	}
	return n;
}

/* The argument of an integer conversion as the bits of its type,
 * sign-extended when the conversion is signed (d, i). */
static uintmax_t int_arg(enum length lm, int is_signed, va_list *ap)
{
	unsigned bits;
	uintmax_t v;

	switch (lm) {
	case L_LONG:    v = va_arg(*ap, unsigned long); bits = sizeof(long); break;
	case L_SIZE:    v = va_arg(*ap, size_t); bits = sizeof(size_t); break;
	case L_PTRDIFF: v = (size_t)va_arg(*ap, ptrdiff_t); bits = sizeof(ptrdiff_t); break;
	case L_LLONG:   v = va_arg(*ap, unsigned long long); bits = sizeof(long long); break;
	case L_INTMAX:  v = va_arg(*ap, uintmax_t); bits = sizeof(uintmax_t); break;
	default:
		/* char and short arguments arrive promoted to int. */
		v = va_arg(*ap, unsigned);
		bits = lm == L_CHAR ? 1 : lm == L_SHORT ? sizeof(short) : sizeof(int);
	}
	bits *= CHAR_BIT;
	if (bits < sizeof(uintmax_t) * CHAR_BIT) {
		v &= ((uintmax_t)1 << bits) - 1;
		if (is_signed && v >> (bits - 1))
			v |= ~(uintmax_t)0 << bits;
	}
	return v;
}

static int format(struct sink *s, const char *fmt, va_list *ap)
{
	for (;;) {
		const char *lit = fmt, *f, *body;
		char digits[24], prefix[2];
		size_t width = 0, prec = SIZE_MAX, len, plen = 0, zeros, n, fill;
		enum length lm = L_INT;
		char conv;
		uintmax_t u = 0;
		int fl = 0;

		while (*fmt && *fmt != '%')
			fmt++;
		put(s, lit, (size_t)(fmt - lit));
		if (!*fmt++)
			break;

		while (*fmt && (f = strchr(flag_chars, *fmt))) {
			fl |= 1 << (f - flag_chars);
			fmt++;
		}
		if (*fmt == '*') {
			int w = va_arg(*ap, int);

			fmt++;
			if (w < 0)
				fl |= LEFT;
			width = w < 0 ? -(size_t)w : (size_t)w;
		} else {
			width = number(&fmt);
		}
		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				int p = va_arg(*ap, int);

				fmt++;
				prec = p < 0 ? SIZE_MAX : (size_t)p;
			} else {
				prec = number(&fmt);
			}
		}
		if (width > INT_MAX || (prec != SIZE_MAX && prec > INT_MAX)) {
			errno = EOVERFLOW;
			return -1;
		}
		switch (*fmt) {
		case 'h': lm = *++fmt == 'h' ? (fmt++, L_CHAR) : L_SHORT; break;
		case 'l': lm = *++fmt == 'l' ? (fmt++, L_LLONG) : L_LONG; break;
		case 'j': lm = L_INTMAX; fmt++; break;
		case 'z': lm = L_SIZE; fmt++; break;
		case 't': lm = L_PTRDIFF; fmt++; break;
		}

		conv = *fmt++;
		if ((conv == 'c' || conv == 's') && lm != L_INT)
			conv = 0;  /* wide characters: not known here */
		switch (conv) {
		case '%':
			put(s, "%", 1);
			continue;
		case 'c':
			digits[0] = (char)va_arg(*ap, int);
			body = digits;
			len = 1;
			zeros = 0;
			fl &= ~ZERO;
			break;
		case 's':
			body = va_arg(*ap, const char *);
			if (!body)
				body = "(null)";
			len = prec == SIZE_MAX ? strlen(body) : strnlen(body, prec);
			zeros = 0;
			fl &= ~ZERO;
			break;
		case 'd':
		case 'i':
		case 'u':
		case 'o':
		case 'x':
		case 'X': {
			int is_signed = conv == 'd' || conv == 'i';
			unsigned base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
			const char *xdigits = conv == 'X' ? "0123456789ABCDEF" : hex_digits;
			char *d = digits + sizeof(digits);

			u = int_arg(lm, is_signed, ap);
			if (is_signed && (intmax_t)u < 0) {
				u = -u;
				prefix[plen++] = '-';
			} else if (is_signed && fl & (PLUS | SPACE)) {
				prefix[plen++] = fl & PLUS ? '+' : ' ';
			} else if (fl & ALT && base == 16 && u) {
				prefix[plen++] = '0';
				prefix[plen++] = conv;
			}
			for (; u; u /= base)
				*--d = xdigits[u % base];
			body = d;
			len = (size_t)(digits + sizeof(digits) - d);
			/* A precision turns the 0 flag off; # on %o makes the
			 * first digit a 0, even for the value 0. */
			if (prec == SIZE_MAX)
				prec = 1;
			else
				fl &= ~ZERO;
			if (fl & ALT && base == 8 && prec <= len)
				prec = len + 1;
			zeros = prec > len ? prec - len : 0;
			break;
		}
		default:
			errno = EINVAL;
			return -1;
		}

		n = plen + zeros + len;
		fill = width > n ? width - n : 0;
		if (!(fl & (LEFT | ZERO)))
			pad(s, ' ', fill);
		put(s, prefix, plen);
		if ((fl & (LEFT | ZERO)) == ZERO)
			pad(s, '0', fill);
		pad(s, '0', zeros);
		put(s, body, len);
		if (fl & LEFT)
			pad(s, ' ', fill);
	}
	if (s->total > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (int)s->total;
}

int fmt_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	char none;
	struct sink s = { size ? buf : &none, size ? size - 1 : 0, 0, 0, NULL, 0 };
	va_list args;
	int ret;

	va_copy(args, ap);
	ret = format(&s, fmt, &args);
	va_end(args);
	s.buf[s.len] = 0;
	return ret;
}

int fmt_vfprintf(FILE *f, const char *fmt, va_list ap)
{
	char buf[256];
	struct sink s = { buf, sizeof(buf), 0, 0, f, 0 };
	va_list args;
	int ret;

	va_copy(args, ap);
	ret = format(&s, fmt, &args);
	va_end(args);
	if (s.len && fwrite(buf, 1, s.len, f) != s.len)
		s.failed = 1;
	return s.failed ? -1 : ret;
}
