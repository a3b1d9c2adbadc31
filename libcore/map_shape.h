/* SPDX-License-Identifier: GPL-2.0-only */
/* A map of each type in a shape the kernel accepts, for bpf-memlock
 * --probe: sizes and flags, and what some types need besides: an inner
 * map (array_of_maps, hash_of_maps), BTF naming the key and value types
 * (sk/inode/task/cgrp_storage), a kernel struct_ops type found in the
 * kernel's own BTF (struct_ops). */
#ifndef BPFBOX_MAP_SHAPE_H
#define BPFBOX_MAP_SHAPE_H
#include <stdint.h>

struct map_shape {
	uint32_t type, key, value, entries, flags;
	int inner_fd, btf_fd;      /* made by map_shape_prepare; -1: none */
	uint32_t btf_key, btf_value;  /* type ids in btf_fd */
	uint32_t vmlinux_value;    /* struct_ops: value type id in vmlinux BTF */
	const char *ops;           /* struct_ops: its name ("tcp_congestion_ops") */
	const char *cannot;        /* why this type cannot be probed here */
};

/* The shape of a map of `type` (a BPF_MAP_TYPE_* id) the kernel accepts.
 * struct_ops takes its value size from the kernel's BTF; without that
 * BTF, s->cannot says so. */
void map_shape_default(struct map_shape *s, uint32_t type);

/* Makes what the shape needs besides sizes (an inner map, BTF for the
 * value size in s->value).  Returns 0, or -1 with errno from the bpf()
 * call that failed. */
int map_shape_prepare(struct map_shape *s);

/* BPF_MAP_CREATE of the shape with max_entries `entries`: an fd, or -1
 * with errno set. */
int map_shape_create(const struct map_shape *s, uint32_t entries);

/* Closes what map_shape_prepare made. */
void map_shape_release(struct map_shape *s);

#endif
