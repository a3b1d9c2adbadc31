/* SPDX-License-Identifier: GPL-2.0-only */
/* CO-RE relocation records (the third area of .BTF.ext): what each asks
 * for, in llvm-objdump's words ("<byte_off> [8] struct pt_regs::ax
 * (0:10)"), and their resolution against a target kernel's BTF
 * (core_resolve.c) the way libbpf resolves them at load time. */
#ifndef BPFBOX_BTF_CORE_H
#define BPFBOX_BTF_CORE_H
#include <stddef.h>
#include <stdint.h>

#include "btf.h"
#include "btf_ext.h"

/* The kinds, numbered as in the records. */
enum {
	CORE_FIELD_BYTE_OFFSET, CORE_FIELD_BYTE_SIZE, CORE_FIELD_EXISTS,
	CORE_FIELD_SIGNED, CORE_FIELD_LSHIFT_U64, CORE_FIELD_RSHIFT_U64,
	CORE_TYPE_ID_LOCAL, CORE_TYPE_ID_TARGET, CORE_TYPE_EXISTS, CORE_TYPE_SIZE,
	CORE_ENUMVAL_EXISTS, CORE_ENUMVAL_VALUE, CORE_TYPE_MATCHES, CORE_KINDS
};

struct core_relo {
	uint32_t insn_off;      /* bytes into the section */
	uint32_t type_id;       /* the root type, in the object's BTF */
	uint32_t access_off;    /* access string "0:1:2", in .BTF strings */
	uint32_t kind;
};

/* Record i of a section's CO-RE records. */
void core_relo_get(const struct btf_ext *e, const struct btf_ext_sec *s, uint32_t i,
		   struct core_relo *r);
/* llvm-objdump's name of a kind ("byte_off"), NULL past the last. */
const char *core_kind_name(uint32_t kind);
/* What a kind asks for, in words ("field offset"). */
const char *core_kind_asks(uint32_t kind);
/* 0 field, 1 type, 2 enum value, 3 unknown. */
int core_kind_group(uint32_t kind);
/* llvm-objdump's text of the record (after "CO-RE "), into buf. */
char *core_relo_text(const struct btf *b, const struct core_relo *r, char *buf, size_t size);

/* The access string as numbers; the count, or -1 when it is not one. */
#define CORE_SPEC_MAX 64
int core_spec_parse(const char *s, uint32_t *spec, int max);

/* ---- core_resolve.c ---------------------------------------------------------- */

/* What a relocation becomes on a target: the value libbpf patches in,
 * or why it does not resolve (the instruction is then poisoned and the
 * program refused if the verifier reaches it). */
struct core_result {
	int ok;                 /* 0: does not resolve; why holds the reason */
	uint64_t value;
	char why[160];
};

/* Resolves r (of the object's BTF `local`) against `target`; big: the
 * target's byte order (bitfield shifts depend on it). */
void core_resolve(const struct btf *local, const struct btf *target, int big,
		  const struct core_relo *r, struct core_result *res);

/* A target kernel's BTF: raw (/sys/kernel/btf/vmlinux, `bpftool btf
 * dump file` input) of either byte order, or the .BTF section of an ELF
 * file (a vmlinux).  big: the kernel's byte order.  Without types, only
 * the byte order is read (a kernel's BTF is 5 MB: objects without CO-RE
 * relocations or externs need no more). */
struct kconfig;
struct core_target {
	struct btf btf;
	unsigned char *data;
	int big;
	/* Its configuration, for __kconfig externs (NULL: none known), and
	 * where it came from.  Not the target's to free. */
	const struct kconfig *config;
	const char *config_path;
};
int core_target_open(struct core_target *t, const char *path, int types, char *err,
		     size_t errsize);
void core_target_close(struct core_target *t);

#endif
