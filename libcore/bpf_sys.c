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

/* The names of an enum in kernel order (index = id), NUL-separated and
 * ended by an empty name: one string, where an array of pointers would
 * add a pointer a name. */
static const char map_types[] =
	"unspec\0hash\0array\0prog_array\0perf_event_array\0"
	"percpu_hash\0percpu_array\0stack_trace\0cgroup_array\0"
	"lru_hash\0lru_percpu_hash\0lpm_trie\0array_of_maps\0"
	"hash_of_maps\0devmap\0sockmap\0cpumap\0xskmap\0sockhash\0"
	"cgroup_storage\0reuseport_sockarray\0percpu_cgroup_storage\0"
	"queue\0stack\0sk_storage\0devmap_hash\0struct_ops\0"
	"ringbuf\0inode_storage\0task_storage\0bloom_filter\0"
	"user_ringbuf\0cgrp_storage\0arena\0";

static const char prog_types[] =
	"unspec\0socket_filter\0kprobe\0sched_cls\0sched_act\0"
	"tracepoint\0xdp\0perf_event\0cgroup_skb\0cgroup_sock\0"
	"lwt_in\0lwt_out\0lwt_xmit\0sock_ops\0sk_skb\0"
	"cgroup_device\0sk_msg\0raw_tracepoint\0cgroup_sock_addr\0"
	"lwt_seg6local\0lirc_mode2\0sk_reuseport\0flow_dissector\0"
	"cgroup_sysctl\0raw_tracepoint_writable\0cgroup_sockopt\0"
	"tracing\0struct_ops\0ext\0lsm\0sk_lookup\0syscall\0"
	"netfilter\0";

static const char *nth_name(const char *names, uint32_t id)
{
	for (; *names; names += strlen(names) + 1)
		if (!id--)
			return names;
	return NULL;
}

const char *bpf_map_type_name(uint32_t type)
{
	return nth_name(map_types, type);
}

int bpf_map_type_id(const char *name)
{
	const char *n;

	/* From 1: "unspec" is not a type to create. */
	for (uint32_t id = 1; (n = nth_name(map_types, id)); id++)
		if (!strcmp(n, name))
			return (int)id;
	return -1;
}

const char *bpf_prog_type_name(uint32_t type)
{
	return nth_name(prog_types, type);
}

const char *unpriv_bpf_text(long long v)
{
	switch (v) {
	case 0: return "allowed";
	case 1: return "disabled until reboot";
	case 2: return "disabled (admin may re-enable)";
	default: return "unknown value";
	}
}
