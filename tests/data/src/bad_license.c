// SPDX-License-Identifier: GPL-2.0-only
/* Fixture for bpf-readelf -c: a kprobe under a non-GPL license that calls
 * GPL-only helpers (bpf_probe_read_kernel, bpf_trace_printk), which the
 * kernel refuses to load. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/vfs_read")
int peek(struct pt_regs *ctx)
{
	long v = 0;
	char fmt[] = "v=%ld\n";

	bpf_probe_read_kernel(&v, sizeof(v), ctx);
	bpf_trace_printk(fmt, sizeof(fmt), v);
	return 0;
}

char LICENSE[] SEC("license") = "Proprietary";
