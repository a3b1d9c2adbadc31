// SPDX-License-Identifier: GPL-2.0-only
/* A strong __kconfig extern with a LINUX_ name libbpf does not provide:
 * refused whatever the kernel's configuration says. */
#include <linux/types.h>
#include <bpf/bpf_helpers.h>

extern int LINUX_BPFBOX_UNKNOWN __kconfig;

SEC("xdp")
int kconfig_linux(void *ctx)
{
	return LINUX_BPFBOX_UNKNOWN;
}

char _license[] SEC("license") = "GPL";
