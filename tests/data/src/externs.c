// SPDX-License-Identifier: GPL-2.0-only
/* Externs a loader resolves against the kernel: __kconfig values (the
 * ".kconfig" map libbpf makes of them) and __ksym kernel functions and
 * variables, one of them weak (it may be missing). */
#include <linux/types.h>
#include <bpf/bpf_helpers.h>

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern int CONFIG_HZ __kconfig __weak;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
extern void bpf_no_such_kfunc(void) __ksym __weak;

SEC("?tp_btf/sched_switch")
int externs(void *ctx)
{
	bpf_rcu_read_lock();
	if (bpf_no_such_kfunc)
		bpf_no_such_kfunc();
	bpf_rcu_read_unlock();
	return LINUX_KERNEL_VERSION + CONFIG_HZ;
}

char _license[] SEC("license") = "GPL";
