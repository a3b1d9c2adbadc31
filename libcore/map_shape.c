// SPDX-License-Identifier: GPL-2.0-only
/* Map shapes the kernel accepts, with the inner map, BTF and kernel
 * struct_ops type some map types need (see map_shape.h). */
#include <errno.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bpf_sys.h"
#include "btf.h"
#include "endian.h"
#include "file.h"
#include "map_shape.h"
#include "proc.h"

/* enum bpf_map_type: the types whose shape is not key 4, value 8. */
enum {
	T_PROG_ARRAY = 3, T_PERF_EVENT_ARRAY = 4, T_CGROUP_ARRAY = 8,
	T_LPM_TRIE = 11, T_ARRAY_OF_MAPS = 12, T_HASH_OF_MAPS = 13,
	T_CPUMAP = 16, T_XSKMAP = 17, T_CGROUP_STORAGE = 19,
	T_PERCPU_CGROUP_STORAGE = 21, T_QUEUE = 22, T_STACK = 23,
	T_SK_STORAGE = 24, T_STRUCT_OPS = 26, T_RINGBUF = 27,
	T_INODE_STORAGE = 28, T_TASK_STORAGE = 29, T_BLOOM_FILTER = 30,
	T_USER_RINGBUF = 31, T_CGRP_STORAGE = 32, T_ARENA = 33,
};
#define F_MMAPABLE (1u << 10)
enum { BPF_CMD_BTF_LOAD = 18 };

/* Socket, inode, task and cgroup storage: a value per object, no
 * max_entries, and BTF for key and value. */
static int is_local_storage(uint32_t type)
{
	return type == T_SK_STORAGE || type == T_INODE_STORAGE ||
	       type == T_TASK_STORAGE || type == T_CGRP_STORAGE;
}

/* A struct_ops map holds one kernel struct_ops type, named by its value
 * type in the kernel's BTF ("bpf_struct_ops_tcp_congestion_ops"): the
 * first of a few common ones this kernel has. */
static void find_struct_ops(struct map_shape *s)
{
	static const char *const ops[] = {
		"tcp_congestion_ops", "bpf_dummy_ops", "sched_ext_ops", "hid_bpf_ops",
	};
	char path[PATH_BUF], name[64], err[128];
	size_t len;
	unsigned char *data = (unsigned char *)read_whole_file(
		sys_path(path, "/sys/kernel/btf/vmlinux"), (size_t)256 << 20, &len);
	struct btf b;

	s->cannot = "a struct_ops map holds a kernel struct_ops type, named in "
		    "the kernel's BTF: this kernel has no /sys/kernel/btf/vmlinux "
		    "(CONFIG_DEBUG_INFO_BTF)";
	if (!data)
		return;
	s->cannot = "a struct_ops map holds a kernel struct_ops type, named in "
		    "the kernel's BTF: /sys/kernel/btf/vmlinux is not BTF this "
		    "machine reads";
	if (btf_parse(&b, data, len, host_big_endian(), err, sizeof(err)) == 0) {
		s->cannot = "a struct_ops map holds a kernel struct_ops type: the "
			    "kernel's BTF has none of tcp_congestion_ops, "
			    "bpf_dummy_ops, sched_ext_ops, hid_bpf_ops";
		for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]) && s->cannot; i++) {
			snprintf(name, sizeof(name), "bpf_struct_ops_%s", ops[i]);
			s->vmlinux_value = btf_find(&b, BTF_KIND_STRUCT, name);
			if (s->vmlinux_value) {
				s->value = btf_size_of(&b, s->vmlinux_value);
				s->ops = ops[i];
				s->cannot = NULL;
			}
		}
		btf_free(&b);
	}
	free(data);
}

/* CPUs this process may run on: at most NR_CPUS, which bounds cpumap's
 * max_entries. */
static uint32_t cpus(void)
{
	cpu_set_t set;

	return sched_getaffinity(0, sizeof(set), &set) == 0 ? (uint32_t)CPU_COUNT(&set) : 1;
}

void map_shape_default(struct map_shape *s, uint32_t type)
{
	memset(s, 0, sizeof(*s));
	s->type = type;
	s->key = 4, s->value = 8, s->entries = 1024;
	s->inner_fd = s->btf_fd = -1;
	switch (type) {
	case T_RINGBUF: case T_USER_RINGBUF:
		s->key = 0, s->value = 0, s->entries = 64 * 1024;  /* bytes, 2^n pages */
		break;
	case T_QUEUE: case T_STACK: case T_BLOOM_FILTER:
		s->key = 0;
		break;
	case T_LPM_TRIE:   /* prefix length + an IPv4 address; never preallocated */
		s->key = 8, s->flags = BPF_F_NO_PREALLOC_FLAG;
		break;
	case T_PROG_ARRAY: case T_PERF_EVENT_ARRAY: case T_CGROUP_ARRAY:
	case T_ARRAY_OF_MAPS: case T_HASH_OF_MAPS: case T_XSKMAP:
		s->value = 4;   /* an fd */
		break;
	case T_CPUMAP:     /* a queue size per CPU, at most NR_CPUS of them */
		s->value = 4, s->entries = cpus();
		break;
	case T_CGROUP_STORAGE: case T_PERCPU_CGROUP_STORAGE:
		s->key = 8, s->entries = 0;   /* a cgroup id; one value per cgroup */
		break;
	case T_SK_STORAGE: case T_INODE_STORAGE: case T_TASK_STORAGE:
	case T_CGRP_STORAGE:
		s->entries = 0, s->flags = BPF_F_NO_PREALLOC_FLAG;
		break;
	case T_ARENA:      /* max_entries counts pages of address space */
		s->key = 0, s->value = 0, s->flags = F_MMAPABLE;
		break;
	case T_STRUCT_OPS:
		s->entries = 1;
		find_struct_ops(s);
		break;
	}
}

/* BTF with [1] int (4 bytes), [2] char, [3] char[N]: the key and value
 * types of a local storage map, N patched to the value size; any BTF
 * will do for struct_ops, whose map create wants one.  Native byte
 * order, as the kernel reads it. */
struct small_btf {
	uint16_t magic;
	uint8_t version, flags;
	uint32_t hdr_len, type_off, type_len, str_off, str_len;
	uint32_t types[14];
	char strs[10];
};

static int load_btf(uint32_t value)
{
	static const struct small_btf template = {
		BTF_MAGIC, 1, 0, 24, 0, 14 * 4, 14 * 4, 10,
		{ 1, BTF_KIND_INT << 24, 4, 1u << 24 | 32,   /* int: signed, 32 bits */
		  5, BTF_KIND_INT << 24, 1, 8,               /* char */
		  0, BTF_KIND_ARRAY << 24, 0, 2, 1, 0 },     /* elem, index, N */
		"\0int\0char",
	};
	struct small_btf b = template;
	uint32_t attr[16];    /* union bpf_attr for BPF_BTF_LOAD */
	uint64_t ptr = (uintptr_t)&b;

	b.types[13] = value;
	memset(attr, 0, sizeof(attr));
	memcpy(attr, &ptr, 8);                  /* btf */
	attr[4] = offsetof(struct small_btf, strs) + sizeof(b.strs);  /* no log */
	return (int)sys_bpf(BPF_CMD_BTF_LOAD, attr, sizeof(attr));
}

int map_shape_prepare(struct map_shape *s)
{
	if (s->type == T_ARRAY_OF_MAPS || s->type == T_HASH_OF_MAPS) {
		s->inner_fd = bpf_map_create(BPF_MAP_TYPE_ARRAY_ID, 4, 4, 1, 0);
		if (s->inner_fd < 0)
			return -1;
	}
	if (is_local_storage(s->type) || s->type == T_STRUCT_OPS) {
		s->btf_fd = load_btf(s->value);
		if (s->btf_fd < 0)
			return -1;
		if (s->type != T_STRUCT_OPS)
			s->btf_key = 1, s->btf_value = 3;
	}
	return 0;
}

int map_shape_create(const struct map_shape *s, uint32_t entries)
{
	/* union bpf_attr for BPF_MAP_CREATE, by 32-bit word: map_type,
	 * key_size, value_size, max_entries, map_flags, inner_map_fd (5),
	 * numa_node, map_name[16] (7-10), map_ifindex, btf_fd (12),
	 * btf_key_type_id, btf_value_type_id, btf_vmlinux_value_type_id. */
	uint32_t attr[32];

	memset(attr, 0, sizeof(attr));
	attr[0] = s->type;
	attr[1] = s->key;
	attr[2] = s->value;
	attr[3] = entries;
	attr[4] = s->flags;
	attr[5] = s->inner_fd >= 0 ? (uint32_t)s->inner_fd : 0;
	attr[12] = s->btf_fd >= 0 ? (uint32_t)s->btf_fd : 0;
	attr[13] = s->btf_key;
	attr[14] = s->btf_value;
	attr[15] = s->vmlinux_value;
	return (int)sys_bpf(BPF_CMD_MAP_CREATE, attr, sizeof(attr));
}

void map_shape_release(struct map_shape *s)
{
	if (s->inner_fd >= 0)
		close(s->inner_fd);
	if (s->btf_fd >= 0)
		close(s->btf_fd);
	s->inner_fd = s->btf_fd = -1;
}
