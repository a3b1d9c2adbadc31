/* SPDX-License-Identifier: GPL-2.0-only */
/* Kernel addresses to symbol names from /proc/kallsyms, for a given set
 * of addresses at once: one pass over the file keeps, for each address,
 * the closest symbol at or below it, so memory stays small. */
#ifndef BPFBOX_KALLSYMS_H
#define BPFBOX_KALLSYMS_H
#include <stddef.h>
#include <stdint.h>

struct ksym_query {
	uint64_t addr;
	uint64_t sym_addr;   /* 0: not found */
	char name[64];
};

/* Resolves every query; returns -1 when /proc/kallsyms cannot be read,
 * 0 otherwise.  *hidden is set when all addresses read as zero
 * (kernel.kptr_restrict hides them from this process). */
int kallsyms_resolve(struct ksym_query *q, size_t n, int *hidden);

/* The address of one symbol by name; 0 if absent or hidden. */
uint64_t kallsyms_lookup(const char *name);

#endif
