// SPDX-License-Identifier: GPL-2.0-only
/* CONFIG_SMALL_LIBC: the printf family and malloc under their C library
 * names, from fmt.c and heap.c, so a static link takes these in place of
 * musl's (about 18 KB of a tiny build).  musl supports replacing malloc
 * this way.  Of the printf family, the entry points bpfbox calls are
 * defined here and vfprintf with them, so musl's vfprintf (printf_core,
 * fmt_fp) is never linked; musl's own callers (dprintf, asprintf) reach
 * ours through vfprintf and vsnprintf. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"

/* Sanitizer and fuzzer builds keep the C library's, which they intercept. */
#if CONFIG_SMALL_LIBC && !defined(BPFBOX_NO_SMALL_LIBC)
#include "fmt.h"
#include "heap.h"

void *malloc(size_t n)
{
	return heap_alloc(n);
}

void *calloc(size_t count, size_t size)
{
	void *p;

	if (size && count > SIZE_MAX / size) {
		errno = ENOMEM;
		return NULL;
	}
	/* Reused blocks hold old data; fresh mappings are zero anyway. */
	p = heap_alloc(count * size);
	if (p)
		memset(p, 0, count * size);
	return p;
}

void *realloc(void *p, size_t n)
{
	return heap_realloc(p, n);
}

void free(void *p)
{
	heap_free(p);
}

int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list ap)
{
	return fmt_vsnprintf(buf, size, fmt, ap);
}

int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
{
	return fmt_vsnprintf(buf, INT_MAX, fmt, ap);
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	return fmt_vfprintf(f, fmt, ap);
}

int vprintf(const char *restrict fmt, va_list ap)
{
	return fmt_vfprintf(stdout, fmt, ap);
}

#define VA_WRAP(call) do { \
		va_list ap; \
		int n; \
		va_start(ap, fmt); \
		n = call; \
		va_end(ap); \
		return n; \
	} while (0)

int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
{
	VA_WRAP(fmt_vsnprintf(buf, size, fmt, ap));
}

int sprintf(char *restrict buf, const char *restrict fmt, ...)
{
	VA_WRAP(fmt_vsnprintf(buf, INT_MAX, fmt, ap));
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...)
{
	VA_WRAP(fmt_vfprintf(f, fmt, ap));
}

int printf(const char *restrict fmt, ...)
{
	VA_WRAP(fmt_vfprintf(stdout, fmt, ap));
}

#endif
