// SPDX-License-Identifier: GPL-2.0-only
/* __kconfig externs as libbpf resolves them at load time: CONFIG_ options
 * from the kernel's configuration (a strong one must be set there, a weak
 * one may be missing) and LINUX_ values libbpf provides itself (another
 * LINUX_ name only when weak: kconfig_linux.c has a strong one). */
#include <linux/types.h>
#include <bpf/bpf_helpers.h>

extern int CONFIG_HZ __kconfig;
extern _Bool CONFIG_BPF_SYSCALL __kconfig;
extern int CONFIG_BPFBOX_NOT_AN_OPTION __kconfig;
extern int CONFIG_BPFBOX_MAYBE __kconfig __weak;
extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern int LINUX_BPFBOX_WEAK __kconfig __weak;

SEC("xdp")
int kconfig_values(void *ctx)
{
	return CONFIG_HZ + CONFIG_BPF_SYSCALL + CONFIG_BPFBOX_NOT_AN_OPTION + CONFIG_BPFBOX_MAYBE +
	       LINUX_KERNEL_VERSION + LINUX_BPFBOX_WEAK;
}

char _license[] SEC("license") = "GPL";
