/* SPDX-License-Identifier: GPL-2.0-only */
/* Loaded programs opened by id or pin, with what stops that (or leaves
 * them without a JIT image) explained in one sentence. */
#ifndef BPFBOX_BPF_PROG_OPEN_H
#define BPFBOX_BPF_PROG_OPEN_H
#include <stddef.h>
#include <stdint.h>

#include "bpf_proginfo.h"
#include "btf.h"

/* A program fd, or -1 with the reason in why ("no such program ...",
 * "a seccomp filter on this process refuses bpf() ...", "a pinned map,
 * not a program"). */
int bpf_prog_open_id(uint32_t id, char *why, size_t size);
int bpf_prog_open_pin(const char *path, char *why, size_t size);
/* The loaded program after id in *next (0 past the last), or -1 with the
 * reason in why (capabilities, or a seccomp filter, named). */
int bpf_prog_list_next(uint32_t id, uint32_t *next, char *why, size_t size);

/* Why p has no JIT image to show: withheld (capabilities, kptr_restrict)
 * or never made (no JIT, the JIT off or refusing an instruction). */
void bpf_prog_why_no_image(const struct bpf_proginfo *p, char *why, size_t size);

/* Sub-program k's function name from the program's BTF (func info),
 * in full where the kernel's own name stops at 15 characters; "" when
 * the program has none. */
const char *bpf_prog_func_name(const struct bpf_proginfo *p, const struct btf *b, uint32_t k);

#endif
