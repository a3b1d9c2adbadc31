// SPDX-License-Identifier: GPL-2.0-only
/* Fixture: an XDP filter in the old style the seed document shows, with a
 * legacy "maps" section (struct of five u32, as samples/bpf used), a
 * license and a kernel version section.  Drops IPv4 packets whose source
 * address is in `blacklist`, counts verdicts per CPU. */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct bpf_map_def_legacy {
	unsigned int type;
	unsigned int key_size;
	unsigned int value_size;
	unsigned int max_entries;
	unsigned int map_flags;
};

struct bpf_map_def_legacy blacklist SEC("maps") = {
	.type = BPF_MAP_TYPE_HASH,
	.key_size = sizeof(__u32),
	.value_size = sizeof(__u64),
	.max_entries = 100000,
	.map_flags = BPF_F_NO_PREALLOC,
};

struct bpf_map_def_legacy verdict_cnt SEC("maps") = {
	.type = BPF_MAP_TYPE_PERCPU_ARRAY,
	.key_size = sizeof(__u32),
	.value_size = sizeof(__u64),
	.max_entries = 4,
};

static __always_inline void count(__u32 verdict)
{
	__u64 *cnt = bpf_map_lookup_elem(&verdict_cnt, &verdict);

	if (cnt)
		*cnt += 1;
}

SEC("xdp_prog")
int xdp_blacklist(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *data = (void *)(long)ctx->data;
	struct ethhdr *eth = data;
	struct iphdr *iph;
	__u32 saddr;
	__u64 *hits;

	if ((void *)(eth + 1) > data_end) {
		count(XDP_ABORTED);
		return XDP_ABORTED;
	}
	if (eth->h_proto != bpf_htons(ETH_P_IP)) {
		count(XDP_PASS);
		return XDP_PASS;
	}
	iph = (void *)(eth + 1);
	if ((void *)(iph + 1) > data_end)
		return XDP_ABORTED;
	saddr = iph->saddr;
	hits = bpf_map_lookup_elem(&blacklist, &saddr);
	if (hits) {
		*hits += 1;
		count(XDP_DROP);
		return XDP_DROP;
	}
	count(XDP_PASS);
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
__u32 _version SEC("version") = 0x050a00;
