/* SPDX-License-Identifier: GPL-2.0-only */
/* Whether the running kernel forces the BPF JIT on (CONFIG_BPF_JIT_ALWAYS_ON):
 * such a kernel refuses net.core.bpf_jit_enable=2, so it never prints a
 * JIT dump, and a program's code is only to be had from the program. */
#ifndef BPFBOX_JIT_FORCED_H
#define BPFBOX_JIT_FORCED_H

enum { JIT_FORCED_UNKNOWN = -1, JIT_FORCED_NO = 0, JIT_FORCED_YES = 1 };

/* One of the above; *source says where the answer came from. */
int jit_forced_on(const char **source);

#endif
