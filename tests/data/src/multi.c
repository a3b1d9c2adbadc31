// SPDX-License-Identifier: GPL-2.0-only
/* Fixture: a libbpf-style object with several programs, BTF-defined maps
 * (hash, LRU, ring buffer, per-CPU array, map-in-map, program array),
 * global data (.data, .rodata, .bss), a bpf-to-bpf call, atomics and
 * 32-bit jumps (built with -mcpu=v3 and -g for BTF and line info). */
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct event {
	__u32 pid;
	__u32 kind;
	__u64 ts;
	char comm[16];
};

struct flow_key {
	__u32 saddr, daddr;
	__u16 sport, dport;
	__u8 proto;
	__u8 pad[3];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, struct flow_key);
	__type(value, __u64);
} flows SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u64);
} stats SEC(".maps");

struct inner {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} inner0 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, struct inner);
} outer SEC(".maps") = {
	.values = { [0] = &inner0 },
};

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} jumps SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__uint(pinning, LIBBPF_PIN_BY_NAME);
	__type(key, __u32);
	__type(value, struct event);
} last_exec SEC(".maps");

const volatile __u32 sample_rate = 16;   /* .rodata */
const volatile char tag[8] = "multi";     /* .rodata */
__u64 packets = 1;                        /* .data */
__u32 drops;                              /* .bss */
__u64 total_bytes;                        /* .bss */

static __noinline __u32 hash32(__u32 a, __u32 b)
{
	a ^= b * 0x9e3779b9;
	a = (a << 13) | (a >> 19);
	return a * 5 + 0xe6546b64;
}

static __noinline int bump(__u32 idx, __u64 by)
{
	__u64 *v = bpf_map_lookup_elem(&stats, &idx);

	if (!v)
		return -1;
	__sync_fetch_and_add(v, by);
	return 0;
}

SEC("xdp")
int xdp_flows(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;
	struct flow_key k = {};
	__u64 one = 1, *cnt;

	__sync_fetch_and_add(&packets, 1);
	if (len < 34) {
		__sync_fetch_and_add(&drops, 1);
		return XDP_DROP;
	}
	k.saddr = ctx->rx_queue_index;
	k.daddr = hash32(len, ctx->ingress_ifindex);
	k.proto = len & 0xff;
	if (hash32(k.daddr, sample_rate) % sample_rate)
		return XDP_PASS;
	cnt = bpf_map_lookup_elem(&flows, &k);
	if (cnt)
		__sync_fetch_and_add(cnt, 1);
	else
		bpf_map_update_elem(&flows, &k, &one, BPF_ANY);
	bump(0, len);
	return XDP_PASS;
}

SEC("tc")
int tc_police(struct __sk_buff *skb)
{
	__u32 key = 0, *limit;
	void *inner_map;
	__u64 old;

	inner_map = bpf_map_lookup_elem(&outer, &key);
	if (!inner_map)
		return TC_ACT_OK;
	limit = bpf_map_lookup_elem(inner_map, &key);
	old = __sync_fetch_and_add(&total_bytes, skb->len);
	if (limit && old > *limit) {
		__sync_lock_test_and_set(&drops, 1);
		bpf_tail_call(skb, &jumps, 1);
		return TC_ACT_SHOT;
	}
	__sync_val_compare_and_swap(&drops, 0, 0);
	return TC_ACT_OK;
}

SEC("tracepoint/syscalls/sys_enter_execve")
int trace_exec(void *ctx)
{
	struct event *e;
	__u32 pid = bpf_get_current_pid_tgid() >> 32;

	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = pid;
	e->kind = 1;
	e->ts = bpf_ktime_get_ns();
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	bpf_map_update_elem(&last_exec, &pid, e, BPF_ANY);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

SEC("kprobe/do_unlinkat")
int kp_unlink(void *ctx)
{
	int dfd = ((long *)ctx)[14]; /* x86-64 pt_regs->di: the first argument */

	if (dfd < -100 || dfd == 7)
		bump(1, 1);
	return 0;
}

SEC("cgroup_skb/egress")
int cg_egress(struct __sk_buff *skb)
{
	__u32 seen = skb->len;

	if ((int)seen < 0)
		return 0;
	return bump(2, seen) == 0;
}

SEC("socket")
int sock_filter(struct __sk_buff *skb)
{
	return skb->len > 1500 ? 0 : skb->len;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
