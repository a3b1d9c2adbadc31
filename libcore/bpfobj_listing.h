/* SPDX-License-Identifier: GPL-2.0-only */
/* A BPF object's code listed: every code section as `llvm-objdump -d`
 * (LLVM 19) prints it, byte for byte, with the relocation and CO-RE
 * lines of its -r and the source lines of its -l, or in the kernel's own
 * syntax (bpftool's xlated dump) instead; and a program's instructions
 * as JSON. */
#ifndef BPFBOX_BPFOBJ_LISTING_H
#define BPFBOX_BPFOBJ_LISTING_H
#include "bpfobj.h"

/* What the listing shows besides the instructions.  The immediates'
 * base is bpf_llvm_imm_decimal's (bpf_insn.h). */
struct bpfobj_listing_opts {
	int raw;        /* the instruction bytes (llvm's --show-raw-insn) */
	int kernel;     /* the kernel's syntax: no bytes, calls named, 80 columns */
	int verbose;    /* the helper a call, the map an ld_imm64 names */
	int lines;      /* source lines from BTF.ext line info */
	int relocs;     /* relocations and CO-RE records under their instruction */
};

/* "\nFILE:\tfile format elf64-bpf" and each code section's listing. */
void bpfobj_listing_print(const struct bpfobj *ob, const struct bpfobj_listing_opts *o);

/* The "insns" array of the open JSON object: the code of p, each
 * instruction's index, bytes and llvm-objdump text. */
void bpfobj_listing_json(const struct bpfobj *ob, const struct bpfobj_prog *p);

#endif
