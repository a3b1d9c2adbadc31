// SPDX-License-Identifier: GPL-2.0-only
/* CO-RE: every kind of CO-RE relocation, against kernel types declared
 * here with "___x" flavors (libbpf ignores the suffix when it matches
 * them with the kernel's), so no vmlinux.h is needed.
 *
 * kprobe/resolves: relocations that resolve on a 6.x kernel (the test
 * loads it with the kernel doing the relocations and compares what the
 * kernel patched in with what bpf-readelf -c --btf computed);
 * kprobe/stale: relocations that do not (cfs_rq's nr_running became
 * nr_queued in 6.13, a type no kernel has, an enum value no kernel has),
 * which the kernel refuses to load. */
#include <linux/types.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct list_head___x {
	struct list_head___x *next, *prev;
};

struct task_struct___x {
	int pid;
	int tgid;
	char comm[16];
	unsigned sched_reset_on_fork:1;
	struct task_struct___x *real_parent;
	int no_such_field_in_any_kernel;
} __attribute__((preserve_access_index));

struct cfs_rq___x {
	unsigned int nr_running;
} __attribute__((preserve_access_index));

struct bpfbox_no_such_type {
	int a;
} __attribute__((preserve_access_index));

enum bpf_map_type___x {
	BPF_MAP_TYPE_RINGBUF___x = 27,
	BPF_MAP_TYPE_NO_SUCH_TYPE___x = 1000,
};

SEC("kprobe/resolves")
int resolves(void *ctx)
{
	struct task_struct___x *t = (void *)bpf_get_current_task();
	volatile __u64 out[16];

	out[0] = BPF_CORE_READ(t, real_parent, tgid);
	out[1] = bpf_core_field_size(t->comm);
	out[2] = bpf_core_field_exists(t->pid);
	out[3] = bpf_core_field_exists(t->no_such_field_in_any_kernel);
	out[4] = __builtin_preserve_field_info(t->pid, BPF_FIELD_SIGNED);
	out[5] = __builtin_preserve_field_info(t->sched_reset_on_fork, BPF_FIELD_LSHIFT_U64);
	out[6] = __builtin_preserve_field_info(t->sched_reset_on_fork, BPF_FIELD_RSHIFT_U64);
	out[7] = bpf_core_type_id_local(struct task_struct___x);
	out[8] = bpf_core_type_id_kernel(struct task_struct___x);
	out[9] = bpf_core_type_exists(struct task_struct___x);
	out[10] = bpf_core_type_size(struct list_head___x);
	out[11] = bpf_core_type_matches(struct list_head___x);
	out[12] = bpf_core_enum_value_exists(enum bpf_map_type___x, BPF_MAP_TYPE_RINGBUF___x);
	out[13] = bpf_core_enum_value(enum bpf_map_type___x, BPF_MAP_TYPE_RINGBUF___x);
	out[14] = bpf_core_type_exists(struct bpfbox_no_such_type);
	out[15] = bpf_core_field_offset(t->comm);
	return out[0] + out[15];
}

SEC("kprobe/stale")
int stale(void *ctx)
{
	struct cfs_rq___x *rq = (void *)bpf_get_current_task();
	struct bpfbox_no_such_type *p = (void *)rq;
	volatile __u64 out[3];

	out[0] = BPF_CORE_READ(rq, nr_running);
	out[1] = bpf_core_field_offset(p->a);
	out[2] = bpf_core_enum_value(enum bpf_map_type___x, BPF_MAP_TYPE_NO_SUCH_TYPE___x);
	return out[0] + out[1] + out[2];
}

char _license[] SEC("license") = "GPL";
