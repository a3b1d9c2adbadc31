// SPDX-License-Identifier: GPL-2.0-only
/* A small allocator for short-lived commands.  musl's mallocng is about
 * 8 KB; a tiny build (CONFIG_SMALL_LIBC, small_libc.c) uses this instead.
 *
 * Every block has a HDR-byte header holding its size.  Small blocks are
 * cut from CHUNK-byte mappings by moving a pointer; a freed block goes on
 * a free list (first fit, split when the rest can hold a block), except
 * the newest block of the current chunk, which gives its space straight
 * back: the read-parse-free loops of the applets reuse the same memory,
 * and a buffer grown by doubling grows in place.  Blocks of BIG bytes and
 * over get a mapping of their own, grown with mremap and returned with
 * munmap.  Nothing is ever coalesced: a process that frees and
 * allocates at random for hours would fragment, which bpfbox never does. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "heap.h"

#define ALIGN   16              /* max_align_t on every target */
#define HDR     16              /* keeps the block after it aligned */
#define CHUNK   (64 * 1024)
#define BIG     (CHUNK / 4)
#define MAPPED  ((size_t)1)     /* size's low bit: the block is its own mapping */

static char *bump, *end;        /* the unused part of the newest chunk */
static void *free_list;         /* a free block's first word links the next */

static size_t *header(void *p)
{
	return (size_t *)(void *)((char *)p - HDR);
}

/* n rounded up to ALIGN (at least ALIGN); 0 when it is too big. */
static size_t block_size(size_t n)
{
	if (n > SIZE_MAX / 2)
		return 0;
	return n ? (n + ALIGN - 1) & ~(size_t)(ALIGN - 1) : ALIGN;
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

void *heap_alloc(size_t n)
{
	void **link;
	char *m;

	n = block_size(n);
	if (!n) {
		errno = ENOMEM;
		return NULL;
	}
	if (n >= BIG) {
		if (!(m = map(n + HDR)))
			return NULL;
		*(size_t *)(void *)m = n | MAPPED;
		return m + HDR;
	}
	for (link = &free_list; *link; link = *link) {
		char *b = *link;
		size_t have = *header(b);

		if (have < n)
			continue;
		*link = *(void **)b;
		if (have - n >= HDR + ALIGN) {
			char *rest = b + n + HDR;

			*header(rest) = have - n - HDR;
			*header(b) = n;
			*(void **)(void *)rest = free_list;
			free_list = rest;
		}
		return b;
	}
	if ((size_t)(end - bump) < n + HDR) {
		/* The old chunk's last few bytes are left unused. */
		if (!(m = map(CHUNK)))
			return NULL;
		bump = m;
		end = m + CHUNK;
	}
	*(size_t *)(void *)bump = n;
	bump += HDR + n;
	return bump - n;
}

void heap_free(void *p)
{
	size_t size;

	if (!p)
		return;
	size = *header(p);
	if (size & MAPPED)
		munmap(header(p), (size & ~MAPPED) + HDR);
	else if ((char *)p + size == bump)
		bump = (char *)header(p);
	else {
		*(void **)p = free_list;
		free_list = p;
	}
}

void *heap_realloc(void *p, size_t n)
{
	size_t have, want = block_size(n);
	char *q;

	if (!p)
		return heap_alloc(n);
	if (!want) {
		errno = ENOMEM;
		return NULL;
	}
	have = *header(p) & ~MAPPED;
	if (*header(p) & MAPPED) {
		if (want >= BIG) {
			q = mremap(header(p), have + HDR, want + HDR, MREMAP_MAYMOVE);
			if (q == MAP_FAILED) {
				errno = ENOMEM;
				return NULL;
			}
			*(size_t *)(void *)q = want | MAPPED;
			return q + HDR;
		}
	} else if (want <= have) {
		return p;
	} else if ((char *)p + have == bump && want < BIG && want <= (size_t)(end - (char *)p)) {
		*header(p) = want;
		bump = (char *)p + want;
		return p;
	}
	if (!(q = heap_alloc(n)))
		return NULL;
	memcpy(q, p, have < want ? have : want);
	heap_free(p);
	return q;
}
