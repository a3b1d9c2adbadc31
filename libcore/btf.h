/* SPDX-License-Identifier: GPL-2.0-only */
/* BTF (.BTF) and BTF.ext (.BTF.ext) of a BPF object, read in place from
 * the section bytes of either byte order.  Parsing checks every type
 * record, member list and string offset against the section once; the
 * accessors then only index checked data. */
#ifndef BPFBOX_BTF_H
#define BPFBOX_BTF_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum {
	BTF_KIND_UNKN, BTF_KIND_INT, BTF_KIND_PTR, BTF_KIND_ARRAY, BTF_KIND_STRUCT,
	BTF_KIND_UNION, BTF_KIND_ENUM, BTF_KIND_FWD, BTF_KIND_TYPEDEF,
	BTF_KIND_VOLATILE, BTF_KIND_CONST, BTF_KIND_RESTRICT, BTF_KIND_FUNC,
	BTF_KIND_FUNC_PROTO, BTF_KIND_VAR, BTF_KIND_DATASEC, BTF_KIND_FLOAT,
	BTF_KIND_DECL_TAG, BTF_KIND_TYPE_TAG, BTF_KIND_ENUM64, BTF_KIND_MAX
};

struct btf {
	const unsigned char *types, *strs;  /* the two areas, checked */
	uint32_t types_len, strs_len;
	uint32_t hdr_len, version, flags;
	int big;
	uint32_t ntypes;      /* ids 1..ntypes */
	uint32_t *off;        /* off[id]: offset of type id in types */
};

struct btf_member { uint32_t name_off, type, offset; };
struct btf_var_secinfo { uint32_t type, offset, size; };

/* Returns 0, or -1 with a reason in err. */
int btf_parse(struct btf *b, const unsigned char *data, size_t size, int big,
	      char *err, size_t errsize);
void btf_free(struct btf *b);

uint32_t btf_kind(const struct btf *b, uint32_t id);
uint32_t btf_vlen(const struct btf *b, uint32_t id);
const char *btf_str(const struct btf *b, uint32_t off);
const char *btf_name(const struct btf *b, uint32_t id);
/* The size/type word: a size for INT/STRUCT/..., a type id for others. */
uint32_t btf_type_ref(const struct btf *b, uint32_t id);
/* Skips typedef, const, volatile, restrict and type tags. */
uint32_t btf_resolve(const struct btf *b, uint32_t id);
uint32_t btf_size_of(const struct btf *b, uint32_t id);
/* "struct flow_key", "__u32", "char[16]"... into a static buffer. */
const char *btf_type_name(const struct btf *b, uint32_t id);
int btf_struct_member(const struct btf *b, uint32_t id, uint32_t i, struct btf_member *m);
int btf_datasec_var(const struct btf *b, uint32_t id, uint32_t i, struct btf_var_secinfo *v);
uint32_t btf_find_datasec(const struct btf *b, const char *name);
/* For `int (*name)[N]` members of BTF map definitions: N; 0 otherwise. */
uint32_t btf_int_array_len(const struct btf *b, uint32_t ptr_id);
/* For `T *name`: the id of T; 0 otherwise. */
uint32_t btf_ptr_target(const struct btf *b, uint32_t id);

/* Prints every type as bpftool btf dump file does. */
void btf_dump(const struct btf *b, FILE *out);
const char *btf_kind_name(uint32_t kind);

/* .BTF.ext: per-section func_info and line_info records. */
struct btf_ext_sec {
	const char *name;            /* section name, from .BTF strings */
	uint32_t count;
	const unsigned char *rec;    /* count records of rec_size bytes */
};
struct btf_line {
	uint32_t insn_off;           /* bytes */
	const char *file, *line;
	uint32_t line_no, col;
};
struct btf_ext {
	int big;
	uint32_t func_rec_size, line_rec_size;
	struct btf_ext_sec *func, *lines;
	size_t nfunc, nlines;
};
int btf_ext_parse(struct btf_ext *e, const struct btf *b, const unsigned char *data,
		  size_t size, int big, char *err, size_t errsize);
void btf_ext_free(struct btf_ext *e);
/* Line info record i of section s. */
void btf_ext_line(const struct btf_ext *e, const struct btf *b,
		  const struct btf_ext_sec *s, uint32_t i, struct btf_line *out);

#endif
