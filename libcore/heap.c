// SPDX-License-Identifier: GPL-2.0-only
/* A small allocator for short-lived commands.  musl's mallocng is about
 * 8 KB; a tiny build (CONFIG_SMALL_LIBC, small_libc.c) uses this instead.
 *
 * Every block has a HDR-byte header holding its size.  Small blocks come
 * in power-of-two classes from ALIGN to MAX_SMALL bytes, cut from
 * CHUNK-byte mappings by moving a pointer; a freed block goes on the free
 * list of its class, from which the next request of that class takes it,
 * so nothing is ever searched and memory use stays within twice what is
 * live.  The newest block of the current chunk gives its space straight
 * back when freed and grows in place when no freed block of the new
 * class waits, so the read-parse-free loops of the applets reuse the
 * same memory and a buffer grown by doubling seldom moves.  Bigger blocks get a mapping of their own, grown with mremap and
 * returned with munmap. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "heap.h"

#define ALIGN     16            /* max_align_t on every target */
#define HDR       16            /* keeps the block after it aligned */
#define NCLASSES  10            /* ALIGN << 0 .. ALIGN << 9 */
#define MAX_SMALL ((size_t)ALIGN << (NCLASSES - 1))
#define CHUNK     (64 * 1024)
#define MAPPED    ((size_t)1)   /* size's low bit: the block is its own mapping */

static char *bump, *end;        /* the unused part of the newest chunk */
static void *free_lists[NCLASSES]; /* a free block's first word links the next */

static size_t *header(void *p)
{
	return (size_t *)(void *)((char *)p - HDR);
}

static unsigned class_of(size_t n)
{
	unsigned c = 0;

	while ((size_t)ALIGN << c < n)
		c++;
	return c;
}

static void *map(size_t n)
{
	void *m = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (m == MAP_FAILED) {
		errno = ENOMEM;
		return NULL;
	}
	return m;
}

/* A block of its own mapping for n bytes. */
static void *alloc_mapped(size_t n)
{
	char *m;

	n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (!(m = map(n + HDR)))
		return NULL;
	*(size_t *)(void *)m = n | MAPPED;
	return m + HDR;
}

void *heap_alloc(size_t n)
{
	unsigned c;
	size_t size;
	void *p;

	if (n > SIZE_MAX / 2) {
		errno = ENOMEM;
		return NULL;
	}
	if (n > MAX_SMALL)
		return alloc_mapped(n);
	c = class_of(n);
	size = (size_t)ALIGN << c;
	if ((p = free_lists[c])) {
		free_lists[c] = *(void **)p;
		return p;
	}
	if ((size_t)(end - bump) < size + HDR) {
		char *m = map(CHUNK);

		/* The old chunk's last few bytes are left unused. */
		if (!m)
			return NULL;
		bump = m;
		end = m + CHUNK;
	}
	*(size_t *)(void *)bump = size;
	bump += HDR + size;
	return bump - size;
}

void heap_free(void *p)
{
	size_t size;

	if (!p)
		return;
	size = *header(p);
	if (size & MAPPED) {
		munmap(header(p), (size & ~MAPPED) + HDR);
	} else if ((char *)p + size == bump) {
		bump = (char *)header(p);
	} else {
		unsigned c = class_of(size);

		*(void **)p = free_lists[c];
		free_lists[c] = p;
	}
}

void *heap_realloc(void *p, size_t n)
{
	size_t have;
	char *q;

	if (!p)
		return heap_alloc(n);
	if (n > SIZE_MAX / 2) {
		errno = ENOMEM;
		return NULL;
	}
	have = *header(p) & ~MAPPED;
	if (*header(p) & MAPPED) {
		if (n > MAX_SMALL) {
			size_t size = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);

			q = mremap(header(p), have + HDR, size + HDR, MREMAP_MAYMOVE);
			if (q == MAP_FAILED) {
				errno = ENOMEM;
				return NULL;
			}
			*(size_t *)(void *)q = size | MAPPED;
			return q + HDR;
		}
	} else if (n <= have) {
		return p;
	} else if ((char *)p + have == bump && n <= MAX_SMALL) {
		unsigned c = class_of(n);
		size_t size = (size_t)ALIGN << c;

		/* The newest block grows into the free part of its chunk,
		 * unless a freed block of the new class waits: growing past
		 * it would leave it unused for good. */
		if (!free_lists[c] && size <= (size_t)(end - (char *)p)) {
			*header(p) = size;
			bump = (char *)p + size;
			return p;
		}
	}
	if (!(q = heap_alloc(n)))
		return NULL;
	memcpy(q, p, have < n ? have : n);
	heap_free(p);
	return q;
}
