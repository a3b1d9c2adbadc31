// SPDX-License-Identifier: GPL-2.0-only
/* Fixture: a tc classifier with maps in iproute2's legacy layout
 * (struct bpf_elf_map: nine u32 with id, pinning and inner map fields),
 * which iproute2 loads and libbpf does not.  Counts bytes per protocol
 * and marks packets of a pinned policy map. */
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct bpf_elf_map {
	__u32 type;
	__u32 size_key;
	__u32 size_value;
	__u32 max_elem;
	__u32 flags;
	__u32 id;
	__u32 pinning;
	__u32 inner_id;
	__u32 inner_idx;
};

#define PIN_GLOBAL_NS 2

struct bpf_elf_map proto_bytes SEC("maps") = {
	.type = BPF_MAP_TYPE_PERCPU_HASH,
	.size_key = sizeof(__u32),
	.size_value = sizeof(__u64),
	.max_elem = 256,
	.id = 1,
};

struct bpf_elf_map policy SEC("maps") = {
	.type = BPF_MAP_TYPE_ARRAY,
	.size_key = sizeof(__u32),
	.size_value = sizeof(__u32),
	.max_elem = 1,
	.pinning = PIN_GLOBAL_NS,
	.id = 2,
};

SEC("classifier")
int cls_account(struct __sk_buff *skb)
{
	__u32 proto = skb->protocol, zero = 0;
	__u64 *bytes = bpf_map_lookup_elem(&proto_bytes, &proto);
	__u32 *mark;

	if (bytes)
		__sync_fetch_and_add(bytes, skb->len);
	else {
		__u64 len = skb->len;

		bpf_map_update_elem(&proto_bytes, &proto, &len, BPF_NOEXIST);
	}
	mark = bpf_map_lookup_elem(&policy, &zero);
	if (mark && *mark)
		skb->mark = *mark;
	return TC_ACT_OK;
}

char __license[] SEC("license") = "GPL";
