// SPDX-License-Identifier: GPL-2.0-only
/* Program types and attach points from section names, as libbpf reads
 * them ("xdp", "kprobe/do_unlinkat", "cgroup_skb/egress"). */
#include <string.h>

#include "bpf_secdef.h"

/* prefix, program type; a trailing '/' means the rest names the attach
 * target.  Longer prefixes first where one is a prefix of another. */
static const struct { const char *prefix; const char *type; } sec_types[] = {
	{ "socket", "socket_filter" },
	{ "sk_reuseport/migrate", "sk_reuseport" }, { "sk_reuseport", "sk_reuseport" },
	{ "kprobe.multi/", "kprobe" }, { "kretprobe.multi/", "kprobe" },
	{ "kprobe/", "kprobe" }, { "kretprobe/", "kprobe" },
	{ "uprobe.multi/", "kprobe" }, { "uretprobe.multi/", "kprobe" },
	{ "uprobe/", "kprobe" }, { "uretprobe/", "kprobe" }, { "uprobe", "kprobe" },
	{ "uretprobe", "kprobe" }, { "usdt/", "kprobe" }, { "ksyscall/", "kprobe" },
	{ "kretsyscall/", "kprobe" }, { "tcx/", "sched_cls" }, { "tc/", "sched_cls" },
	{ "tc", "sched_cls" }, { "classifier", "sched_cls" }, { "action", "sched_act" },
	{ "netkit/", "sched_cls" },
	{ "tracepoint/", "tracepoint" }, { "tp/", "tracepoint" },
	{ "raw_tracepoint.w/", "raw_tracepoint_writable" },
	{ "raw_tp.w/", "raw_tracepoint_writable" },
	{ "raw_tracepoint/", "raw_tracepoint" }, { "raw_tp/", "raw_tracepoint" },
	{ "tp_btf/", "tracing" }, { "fentry.s/", "tracing" }, { "fmod_ret.s/", "tracing" },
	{ "fexit.s/", "tracing" }, { "fentry/", "tracing" }, { "fmod_ret/", "tracing" },
	{ "fexit/", "tracing" }, { "iter.s/", "tracing" }, { "iter/", "tracing" },
	{ "freplace/", "ext" }, { "lsm.s/", "lsm" }, { "lsm_cgroup/", "lsm" }, { "lsm/", "lsm" },
	{ "xdp.frags/devmap", "xdp" }, { "xdp/devmap", "xdp" }, { "xdp.frags/cpumap", "xdp" },
	{ "xdp/cpumap", "xdp" }, { "xdp.frags", "xdp" }, { "xdp", "xdp" },
	{ "perf_event", "perf_event" }, { "lwt_in", "lwt_in" }, { "lwt_out", "lwt_out" },
	{ "lwt_xmit", "lwt_xmit" }, { "lwt_seg6local", "lwt_seg6local" },
	{ "sockops", "sock_ops" }, { "sk_skb/stream_parser", "sk_skb" },
	{ "sk_skb/stream_verdict", "sk_skb" }, { "sk_skb", "sk_skb" }, { "sk_msg", "sk_msg" },
	{ "lirc_mode2", "lirc_mode2" }, { "flow_dissector", "flow_dissector" },
	{ "cgroup_skb/", "cgroup_skb" }, { "cgroup/skb", "cgroup_skb" },
	{ "cgroup/dev", "cgroup_device" }, { "cgroup/sysctl", "cgroup_sysctl" },
	{ "cgroup/getsockopt", "cgroup_sockopt" }, { "cgroup/setsockopt", "cgroup_sockopt" },
	{ "cgroup/sock_create", "cgroup_sock" }, { "cgroup/sock_release", "cgroup_sock" },
	{ "cgroup/sock", "cgroup_sock" }, { "cgroup/post_bind", "cgroup_sock" },
	{ "cgroup/", "cgroup_sock_addr" }, { "struct_ops.s/", "struct_ops" },
	{ "struct_ops/", "struct_ops" }, { "struct_ops", "struct_ops" },
	{ "sk_lookup", "sk_lookup" }, { "syscall", "syscall" }, { "netfilter", "netfilter" },
};

void bpf_secdef(const char *sec, const char **type, const char **attach)
{
	for (size_t i = 0; i < sizeof(sec_types) / sizeof(sec_types[0]); i++) {
		size_t n = strlen(sec_types[i].prefix);

		if (strncmp(sec, sec_types[i].prefix, n))
			continue;
		/* "xdp_prog" (old loaders matched prefixes) is XDP too. */
		*type = sec_types[i].type;
		if (sec_types[i].prefix[n - 1] == '/' && sec[n])
			*attach = sec + n;
		else if (sec[n] == '/' && sec[n + 1])
			*attach = sec + n + 1;
		return;
	}
	*type = "unknown";
}
