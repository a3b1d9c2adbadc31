// SPDX-License-Identifier: GPL-2.0-only
/* Program types and attach points from section names, as libbpf reads
 * them ("xdp", "kprobe/do_unlinkat", "cgroup_skb/egress"). */
#include <string.h>

#include "bpf_secdef.h"

/* prefix, program type; a trailing '/' means the rest names the attach
 * target, and the bare name without it is the same type ("kprobe" is a
 * kprobe whose target the loader gives).  Longer prefixes first where one is a prefix of another.  One
 * string of NUL-separated pairs: a table of pointers would be twice the
 * size. */
#define SEC(prefix, type) prefix "\0" type "\0"
static const char sec_types[] =
	SEC("socket", "socket_filter")
	SEC("sk_reuseport/migrate", "sk_reuseport")
	SEC("sk_reuseport", "sk_reuseport")
	SEC("kprobe.session/", "kprobe")
	SEC("uprobe.session/", "kprobe")
	SEC("kprobe.multi/", "kprobe")
	SEC("kretprobe.multi/", "kprobe")
	SEC("kprobe/", "kprobe")
	SEC("kretprobe/", "kprobe")
	SEC("uprobe.multi.s/", "kprobe")
	SEC("uretprobe.multi.s/", "kprobe")
	SEC("uprobe.s/", "kprobe")
	SEC("uretprobe.s/", "kprobe")
	SEC("uprobe.multi/", "kprobe")
	SEC("uretprobe.multi/", "kprobe")
	SEC("uprobe/", "kprobe")
	SEC("uretprobe/", "kprobe")
	SEC("usdt/", "kprobe")
	SEC("ksyscall/", "kprobe")
	SEC("kretsyscall/", "kprobe")
	SEC("tcx/", "sched_cls")
	SEC("tc/", "sched_cls")
	SEC("tc", "sched_cls")
	SEC("classifier", "sched_cls")
	SEC("action", "sched_act")
	SEC("netkit/", "sched_cls")
	SEC("tracepoint/", "tracepoint")
	SEC("tp/", "tracepoint")
	SEC("raw_tracepoint.w/", "raw_tracepoint_writable")
	SEC("raw_tp.w/", "raw_tracepoint_writable")
	SEC("raw_tracepoint/", "raw_tracepoint")
	SEC("raw_tp/", "raw_tracepoint")
	SEC("tp_btf/", "tracing")
	SEC("fentry.s/", "tracing")
	SEC("fmod_ret.s/", "tracing")
	SEC("fexit.s/", "tracing")
	SEC("fentry/", "tracing")
	SEC("fmod_ret/", "tracing")
	SEC("fexit/", "tracing")
	SEC("iter.s/", "tracing")
	SEC("iter/", "tracing")
	SEC("freplace/", "ext")
	SEC("lsm.s/", "lsm")
	SEC("lsm_cgroup/", "lsm")
	SEC("lsm/", "lsm")
	SEC("xdp.frags/devmap", "xdp")
	SEC("xdp/devmap", "xdp")
	SEC("xdp.frags/cpumap", "xdp")
	SEC("xdp/cpumap", "xdp")
	SEC("xdp.frags", "xdp")
	SEC("xdp", "xdp")
	SEC("perf_event", "perf_event")
	SEC("lwt_in", "lwt_in")
	SEC("lwt_out", "lwt_out")
	SEC("lwt_xmit", "lwt_xmit")
	SEC("lwt_seg6local", "lwt_seg6local")
	SEC("sockops", "sock_ops")
	SEC("sk_skb/stream_parser", "sk_skb")
	SEC("sk_skb/stream_verdict", "sk_skb")
	SEC("sk_skb", "sk_skb")
	SEC("sk_msg", "sk_msg")
	SEC("lirc_mode2", "lirc_mode2")
	SEC("flow_dissector", "flow_dissector")
	SEC("cgroup_skb/", "cgroup_skb")
	SEC("cgroup/skb", "cgroup_skb")
	SEC("cgroup/dev", "cgroup_device")
	SEC("cgroup/sysctl", "cgroup_sysctl")
	SEC("cgroup/getsockopt", "cgroup_sockopt")
	SEC("cgroup/setsockopt", "cgroup_sockopt")
	SEC("cgroup/sock_create", "cgroup_sock")
	SEC("cgroup/sock_release", "cgroup_sock")
	SEC("cgroup/sock", "cgroup_sock")
	SEC("cgroup/post_bind", "cgroup_sock")
	SEC("cgroup/", "cgroup_sock_addr")
	SEC("struct_ops.s/", "struct_ops")
	SEC("struct_ops/", "struct_ops")
	SEC("struct_ops", "struct_ops")
	SEC("sk_lookup", "sk_lookup")
	SEC("syscall", "syscall")
	SEC("netfilter", "netfilter");

int bpf_secdef(const char *sec, const char **type, const char **attach)
{
	sec += *sec == '?';   /* libbpf's "do not load it unless asked" */
	for (const char *p = sec_types; *p;) {
		const char *t = p + strlen(p) + 1;
		size_t n = strlen(p);

		if (p[n - 1] == '/' && !strncmp(sec, p, n - 1) && !sec[n - 1]) {
			*type = t;
			return 1;
		}
		if (strncmp(sec, p, n)) {
			p = t + strlen(t) + 1;
			continue;
		}
		/* "xdp_prog", "socket/tail": older loaders (libbpf 0.x,
		 * iproute2) matched prefixes; libbpf 1.0 wants the name itself
		 * or, for the names that take one, "name/target". */
		*type = t;
		if (p[n - 1] == '/' && sec[n])
			*attach = sec + n;
		else if (sec[n] == '/' && sec[n + 1])
			*attach = sec + n + 1;
		return p[n - 1] == '/' || !sec[n];
	}
	*type = "unknown";
	return 0;
}
