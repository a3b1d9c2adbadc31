// SPDX-License-Identifier: GPL-2.0-only
/* A stand-in for a kernel's BTF, for bpf-readelf -c --btf: the types
 * core.c relocates against, laid out as in Linux 6.18 where core.c's
 * relocations resolve and changed where they do not (cfs_rq's
 * nr_running is nr_queued since 6.13).  build.sh compiles it and keeps
 * its .BTF section as kernel.bpfXX.btf (what /sys/kernel/btf/vmlinux
 * holds), and the object itself as an ELF file with a .BTF section (what
 * a vmlinux is). */
struct list_head {
	struct list_head *next, *prev;
};

struct task_struct {
	char pad0[1268];
	int tgid;
	char pad1[4];
	int pid;
	struct task_struct *real_parent;
	char pad2[8];
	char comm[16];
	unsigned int personality;
	unsigned sched_reset_on_fork:1;
	unsigned sched_contributes_to_load:1;
};

struct cfs_rq {
	unsigned long load;
	unsigned int nr_queued;
};

enum bpf_map_type {
	BPF_MAP_TYPE_UNSPEC,
	BPF_MAP_TYPE_RINGBUF = 27,
};

struct list_head kernel_list;
struct task_struct kernel_task;
struct cfs_rq kernel_rq;
enum bpf_map_type kernel_map_type;
