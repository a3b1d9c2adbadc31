// SPDX-License-Identifier: GPL-2.0-only
/* Fixture: names and lines longer than the places that show them.  The
 * function's name is 32 characters, the kernel keeps 15 of a program's
 * name (bpf-jitdis --name finds the whole one in the program's BTF); a
 * source line is wider than an 80-column console (bpf-jitdis -x wraps it).
 * Built with -g for BTF and line info; no maps, so that the test helper
 * loads it as it is. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("socket")
int count_oversized_frames_per_queue(struct __sk_buff *skb)
{
	return skb->len > 1500 && skb->queue_mapping < 64 && skb->protocol != 0 && skb->vlan_present == 0;
}

char LICENSE[] SEC("license") = "GPL";
