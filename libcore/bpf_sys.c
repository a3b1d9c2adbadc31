// SPDX-License-Identifier: GPL-2.0-only
/* bpf(2) wrapper and map type names. */
#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "bpf_sys.h"

long sys_bpf(int cmd, void *attr, unsigned size)
{
#ifdef SYS_bpf
	return syscall(SYS_bpf, cmd, attr, size);
#else
	(void)cmd, (void)attr, (void)size;
	errno = ENOSYS;
	return -1;
#endif
}

int bpf_map_create(uint32_t type, uint32_t key_size, uint32_t value_size,
		   uint32_t max_entries, uint32_t flags)
{
	/* union bpf_attr for BPF_MAP_CREATE: five u32 fields first; the rest
	 * (inner map, numa node, name, BTF ids) stays zero. */
	uint32_t attr[32];

	memset(attr, 0, sizeof(attr));
	attr[0] = type;
	attr[1] = key_size;
	attr[2] = value_size;
	attr[3] = max_entries;
	attr[4] = flags;
	return (int)sys_bpf(BPF_CMD_MAP_CREATE, attr, sizeof(attr));
}

/* enum bpf_map_type, in kernel order (index = id). */
static const char *const map_types[] = {
	"unspec", "hash", "array", "prog_array", "perf_event_array",
	"percpu_hash", "percpu_array", "stack_trace", "cgroup_array",
	"lru_hash", "lru_percpu_hash", "lpm_trie", "array_of_maps",
	"hash_of_maps", "devmap", "sockmap", "cpumap", "xskmap", "sockhash",
	"cgroup_storage", "reuseport_sockarray", "percpu_cgroup_storage",
	"queue", "stack", "sk_storage", "devmap_hash", "struct_ops",
	"ringbuf", "inode_storage", "task_storage", "bloom_filter",
	"user_ringbuf", "cgrp_storage", "arena",
};

const char *bpf_map_type_name(uint32_t type)
{
	if (type < sizeof(map_types) / sizeof(map_types[0]))
		return map_types[type];
	return NULL;
}

int bpf_map_type_id(const char *name)
{
	for (unsigned i = 1; i < sizeof(map_types) / sizeof(map_types[0]); i++)
		if (!strcmp(map_types[i], name))
			return (int)i;
	return -1;
}

/* enum bpf_prog_type, in kernel order (index = id). */
static const char *const prog_types[] = {
	"unspec", "socket_filter", "kprobe", "sched_cls", "sched_act",
	"tracepoint", "xdp", "perf_event", "cgroup_skb", "cgroup_sock",
	"lwt_in", "lwt_out", "lwt_xmit", "sock_ops", "sk_skb",
	"cgroup_device", "sk_msg", "raw_tracepoint", "cgroup_sock_addr",
	"lwt_seg6local", "lirc_mode2", "sk_reuseport", "flow_dissector",
	"cgroup_sysctl", "raw_tracepoint_writable", "cgroup_sockopt",
	"tracing", "struct_ops", "ext", "lsm", "sk_lookup", "syscall",
	"netfilter",
};

const char *bpf_prog_type_name(uint32_t type)
{
	if (type < sizeof(prog_types) / sizeof(prog_types[0]))
		return prog_types[type];
	return NULL;
}
