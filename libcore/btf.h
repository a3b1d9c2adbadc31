/* SPDX-License-Identifier: GPL-2.0-only */
/* BTF (.BTF) of a BPF object or a kernel, read in place from the section
 * bytes of either byte order.  Parsing checks every type record, member
 * list and string offset against the section once; the accessors then
 * only index checked data.  Every walk along type references is bounded
 * by BTF_MAX_DEPTH, and parsing finds the types whose references loop or
 * run deeper than that: walks stop at them, and the problems are listed
 * for the caller to report.  The printer is btf_dump.c, BTF.ext is
 * btf_ext.c. */
#ifndef BPFBOX_BTF_H
#define BPFBOX_BTF_H
#include <stddef.h>
#include <stdint.h>

enum {
	BTF_KIND_UNKN, BTF_KIND_INT, BTF_KIND_PTR, BTF_KIND_ARRAY, BTF_KIND_STRUCT,
	BTF_KIND_UNION, BTF_KIND_ENUM, BTF_KIND_FWD, BTF_KIND_TYPEDEF,
	BTF_KIND_VOLATILE, BTF_KIND_CONST, BTF_KIND_RESTRICT, BTF_KIND_FUNC,
	BTF_KIND_FUNC_PROTO, BTF_KIND_VAR, BTF_KIND_DATASEC, BTF_KIND_FLOAT,
	BTF_KIND_DECL_TAG, BTF_KIND_TYPE_TAG, BTF_KIND_ENUM64, BTF_KIND_MAX
};

/* The first two bytes of .BTF and .BTF.ext, in the object's byte order. */
#define BTF_MAGIC 0xeb9f

/* The longest chain of type references any walk follows: the kernel's
 * own limit (MAX_RESOLVE_DEPTH), so BTF a kernel accepts never hits it. */
#define BTF_MAX_DEPTH 32

/* A type whose references loop back to it, or run deeper than
 * BTF_MAX_DEPTH from it. */
struct btf_problem {
	uint32_t id;
	int too_deep;           /* 0: a loop */
};

struct btf {
	const unsigned char *types, *strs;  /* the two areas, checked */
	uint32_t types_len, strs_len;
	uint32_t hdr_len, version, flags;
	int big;
	uint32_t ntypes;        /* ids 1..ntypes */
	uint32_t *off;          /* off[id]: offset of type id in types */
	unsigned char *bad;     /* bad[id]: id is on a loop: walks stop there */
	struct btf_problem *problems;
	size_t nproblems;
	uint32_t *names;        /* name index: hash slots holding ids */
	uint32_t names_mask;
};

struct btf_member { uint32_t name_off, type, offset; };
struct btf_var_secinfo { uint32_t type, offset, size; };

/* Returns 0, or -1 with a reason in err and nothing left to free. */
int btf_parse(struct btf *b, const unsigned char *data, size_t size, int big,
	      char *err, size_t errsize);
void btf_free(struct btf *b);

/* "type [3] refers to itself", "type [7]: references deeper than 32". */
void btf_problem_text(const struct btf_problem *p, char *buf, size_t size);

uint32_t btf_kind(const struct btf *b, uint32_t id);
uint32_t btf_vlen(const struct btf *b, uint32_t id);
int btf_kflag(const struct btf *b, uint32_t id);
/* A string of the string area; "" for an offset outside it. */
const char *btf_str(const struct btf *b, uint32_t off);
int btf_str_ok(const struct btf *b, uint32_t off);
const char *btf_name(const struct btf *b, uint32_t id);
/* The size/type word: a size for INT/STRUCT/..., a type id for others. */
uint32_t btf_type_ref(const struct btf *b, uint32_t id);
/* The i-th 32-bit word after the type's 12-byte header (its members,
 * parameters, array or int data); the caller keeps i in range. */
uint32_t btf_extra(const struct btf *b, uint32_t id, uint32_t i);
/* Skips typedef, const, volatile, restrict and type tags; 0 on a bad
 * chain. */
uint32_t btf_resolve(const struct btf *b, uint32_t id);
/* Bytes of a value of the type; 0 when unknown or bad. */
uint32_t btf_size_of(const struct btf *b, uint32_t id);
/* "struct flow_key", "__u32", "char[16]"... into buf; returns buf. */
char *btf_type_name(const struct btf *b, uint32_t id, char *buf, size_t size);
int btf_struct_member(const struct btf *b, uint32_t id, uint32_t i, struct btf_member *m);
int btf_datasec_var(const struct btf *b, uint32_t id, uint32_t i, struct btf_var_secinfo *v);
/* For `int (*name)[N]` members of BTF map definitions: N; 0 otherwise. */
uint32_t btf_int_array_len(const struct btf *b, uint32_t ptr_id);
/* For `T *name`: the id of T; 0 otherwise. */
uint32_t btf_ptr_target(const struct btf *b, uint32_t id);
const char *btf_kind_name(uint32_t kind);

/* The name index.  btf_find: the lowest id named exactly `name` of this
 * kind (BTF_KIND_UNKN: any), or 0.  btf_find_essential: the types whose
 * name without a "___flavor" suffix is name[0..len), one per call in id
 * order, starting with *cursor = 0; 0 at the end. */
uint32_t btf_find(const struct btf *b, uint32_t kind, const char *name);
uint32_t btf_find_essential(const struct btf *b, const char *name, size_t len,
			    uint32_t *cursor);
/* The length of a name without its "___flavor" suffix (libbpf's rule). */
size_t btf_essential_len(const char *name);

#endif
