/* SPDX-License-Identifier: GPL-2.0-only */
/* A small allocator for short-lived commands. */
#ifndef BPFBOX_HEAP_H
#define BPFBOX_HEAP_H

#include <stddef.h>

/* As malloc, realloc and free: 16-byte aligned blocks; NULL with errno
 * ENOMEM when the kernel refuses memory. */
void *heap_alloc(size_t n);
void *heap_realloc(void *p, size_t n);
void heap_free(void *p);

#endif
