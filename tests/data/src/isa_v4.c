// SPDX-License-Identifier: GPL-2.0-only
/* Fixture: instructions of BPF ISA v4 as clang emits them with
 * -mcpu=v4: signed division and modulo, sign-extending moves and loads,
 * unconditional byte swaps, 32-bit jumps (gotol) and may_goto (inline
 * assembly, as the can_loop macro of libbpf writes it). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __s64);
} result SEC(".maps");

static __noinline long sdivmod(long a, int b)
{
	if (!b)
		return 0;
	return a / b + (a % b) + (int)a / b + (int)a % b;
}

SEC("xdp")
int v4_ops(struct xdp_md *ctx)
{
	signed char *p = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	__u32 zero = 0;
	__s64 *out, acc;
	int n = 0;

	if ((void *)(p + 8) > end)
		return XDP_PASS;
	acc = p[0] + (short)(p[1] << 8 | p[2]) + (long)(int)ctx->rx_queue_index;
	acc += (signed char)acc + (short)acc;
	acc += __builtin_bswap64(acc) + __builtin_bswap32((__u32)acc) + __builtin_bswap16((__u16)acc);
	acc = sdivmod(acc, (int)ctx->ingress_ifindex - 3);
	/* may_goto: the kernel's bounded loop escape */
	for (;;) {
		asm volatile goto("may_goto %l[out]" ::: : out);
		if (++n > 10)
			break;
	}
out:
	asm volatile("gotol +0" :::);
	out = bpf_map_lookup_elem(&result, &zero);
	if (out)
		*out = acc + n;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
