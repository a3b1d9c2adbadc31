// SPDX-License-Identifier: GPL-2.0-only
/* Fixture for bpf-readelf -c: a type_matches relocation of a type whose
 * comparison branches at every level, a function pointer taking four
 * pointers of the level below, fifteen levels deep (libbpf allows 32 steps down).  libbpf's
 * type_matches walk, which bpf-readelf follows, compares 4^15 pairs on
 * it: bpf-readelf gives up after a bound and says so, instead of hanging. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

typedef int (*deep0)(int);
typedef int (*deep1)(deep0, deep0, deep0, deep0);
typedef int (*deep2)(deep1, deep1, deep1, deep1);
typedef int (*deep3)(deep2, deep2, deep2, deep2);
typedef int (*deep4)(deep3, deep3, deep3, deep3);
typedef int (*deep5)(deep4, deep4, deep4, deep4);
typedef int (*deep6)(deep5, deep5, deep5, deep5);
typedef int (*deep7)(deep6, deep6, deep6, deep6);
typedef int (*deep8)(deep7, deep7, deep7, deep7);
typedef int (*deep9)(deep8, deep8, deep8, deep8);
typedef int (*deep10)(deep9, deep9, deep9, deep9);
typedef int (*deep11)(deep10, deep10, deep10, deep10);
typedef int (*deep12)(deep11, deep11, deep11, deep11);
typedef int (*deep13)(deep12, deep12, deep12, deep12);
typedef int (*deep14)(deep13, deep13, deep13, deep13);
typedef int (*deep15)(deep14, deep14, deep14, deep14);

SEC("socket")
int deep_match(struct __sk_buff *skb)
{
	return bpf_core_type_matches(deep15);
}

char LICENSE[] SEC("license") = "GPL";
