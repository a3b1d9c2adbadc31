/* SPDX-License-Identifier: GPL-2.0-only */
/* Program types and attach points from section names (libbpf's rules). */
#ifndef BPFBOX_BPF_SECDEF_H
#define BPFBOX_BPF_SECDEF_H

/* A leading '?' (libbpf: not loaded unless asked for) is skipped.
 * *type: the program type name ("xdp", "kprobe", "unknown"); *attach:
 * the attach target within sec, or left as it is when the name has none.
 * Returns 1 when libbpf 1.0 and later take the name too, 0 when only
 * older loaders' prefix matching gives it a type (or none does). */
int bpf_secdef(const char *sec, const char **type, const char **attach);

#endif
