/* SPDX-License-Identifier: GPL-2.0-only */
/* The bpf(2) system call, with the few attribute layouts bpfbox uses
 * written out here (stable kernel ABI) rather than taken from whatever
 * linux/bpf.h the toolchain has. */
#ifndef BPFBOX_BPF_SYS_H
#define BPFBOX_BPF_SYS_H
#include <stdint.h>

enum {
	BPF_CMD_MAP_CREATE = 0,
	BPF_CMD_PROG_LOAD = 5,
	BPF_CMD_OBJ_GET = 7,
	BPF_CMD_PROG_GET_NEXT_ID = 11,
	BPF_CMD_PROG_GET_FD_BY_ID = 13,
	BPF_CMD_OBJ_GET_INFO_BY_FD = 15,
	BPF_CMD_BTF_GET_FD_BY_ID = 19,
};

enum { BPF_MAP_TYPE_ARRAY_ID = 2, BPF_MAP_TYPE_LPM_TRIE_ID = 11 };
#define BPF_F_NO_PREALLOC_FLAG (1u << 0)

/* The kernel's own ENOTSUPP, which bpf() can return for a map type a
 * kernel knows but cannot create; no libc defines it. */
#define ENOTSUPP_KERNEL 524

/* What a value of kernel.unprivileged_bpf_disabled means, in a few words. */
const char *unpriv_bpf_text(long long v);

/* Calls bpf(cmd, attr, size); returns its result, -1 with errno set. */
long sys_bpf(int cmd, void *attr, unsigned size);

/* BPF_MAP_CREATE; returns an fd or -1 with errno set. */
int bpf_map_create(uint32_t type, uint32_t key_size, uint32_t value_size,
		   uint32_t max_entries, uint32_t flags);

/* Map type names as the kernel's enum bpf_map_type, without the prefix
 * ("hash", "percpu_array"); NULL for ids this table does not know. */
const char *bpf_map_type_name(uint32_t type);
/* Id for a name, or -1. */
int bpf_map_type_id(const char *name);
/* Program type names as enum bpf_prog_type ("xdp", "sched_cls"). */
const char *bpf_prog_type_name(uint32_t type);

#endif
