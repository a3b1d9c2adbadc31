/* SPDX-License-Identifier: GPL-2.0-only */
/* BPF helper functions by id, as a BPF_CALL's imm names them. */
#ifndef BPFBOX_BPF_HELPERS_H
#define BPFBOX_BPF_HELPERS_H
#include <stdint.h>

/* "map_lookup_elem" for 1; NULL for an id no kernel defines. */
const char *bpf_helper_name(int32_t id);
/* 1 if the kernel allows the helper only in GPL-compatible programs. */
int bpf_helper_gpl_only(int32_t id);

#endif
