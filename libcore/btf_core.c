// SPDX-License-Identifier: GPL-2.0-only
/* CO-RE relocation records of .BTF.ext and their text as llvm-objdump
 * (LLVM 17 and later) prints it under the instruction they patch:
 *
 *   <kind> [id] TYPE                       type-based kinds
 *   <kind> [id] TYPE::VALUE = N            enum value kinds
 *   <kind> [id] TYPE::[i].a.b[j] (0:1:2)   field kinds (the access path)
 *
 * and for a record that does not make sense, "<kind> [id] 'ACCESS'
 * <what is wrong>", with LLVM's words for it. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "btf_core.h"
#include "endian.h"

void core_relo_get(const struct btf_ext *e, const struct btf_ext_sec *s, uint32_t i,
		   struct core_relo *r)
{
	const unsigned char *p = s->rec + (size_t)i * e->core_rec_size;

	r->insn_off = get32(p, e->big);
	r->type_id = get32(p + 4, e->big);
	r->access_off = get32(p + 8, e->big);
	r->kind = get32(p + 12, e->big);
}

/* NUL-separated, in kind order: llvm-objdump's name, then in words. */
static const char kinds[] =
	"byte_off\0field offset\0byte_sz\0field size\0field_exists\0field exists\0"
	"signed\0field signedness\0lshift_u64\0bitfield left shift\0"
	"rshift_u64\0bitfield right shift\0local_type_id\0local type id\0"
	"target_type_id\0kernel type id\0type_exists\0type exists\0"
	"type_size\0type size\0enumval_exists\0enum value exists\0"
	"enumval_value\0enum value\0type_matches\0type matches\0";

static const char *kind_word(uint32_t kind, int asks)
{
	const char *p = kinds;

	if (kind >= CORE_KINDS)
		return NULL;
	for (uint32_t i = 0; i < 2 * kind + (uint32_t)asks; i++)
		p += strlen(p) + 1;
	return p;
}

const char *core_kind_name(uint32_t kind)
{
	return kind_word(kind, 0);
}

const char *core_kind_asks(uint32_t kind)
{
	return kind >= CORE_KINDS ? "unknown" : kind_word(kind, 1);
}

int core_kind_group(uint32_t kind)
{
	if (kind <= CORE_FIELD_RSHIFT_U64)
		return 0;
	if (kind == CORE_ENUMVAL_EXISTS || kind == CORE_ENUMVAL_VALUE)
		return 2;
	return kind < CORE_KINDS ? 1 : 3;
}

int core_spec_parse(const char *s, uint32_t *spec, int max)
{
	int n = 0;

	while (*s) {
		unsigned long long v = 0;

		if (*s < '0' || *s > '9')
			return -1;
		for (; *s >= '0' && *s <= '9'; s++) {
			if (v > (~0ULL - 9) / 10)
				return -1;
			v = v * 10 + (unsigned)(*s - '0');
		}
		if (n == max || (*s && *s != ':'))
			return -1;
		spec[n++] = (uint32_t)v;
		if (*s)
			s++;
	}
	return n;
}

/* ---- the text -------------------------------------------------------------------- */

struct out { char *buf; size_t size, len; };

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (o->len >= o->size)
		return;
	va_start(ap, fmt);
	n = vsnprintf(o->buf + o->len, o->size - o->len, fmt, ap);
	va_end(ap);
	o->len = n < 0 ? o->size : o->len + (size_t)n;
}

static void put_kind(struct out *o, uint32_t kind)
{
	const char *n = core_kind_name(kind);

	if (n)
		put(o, "<%s>", n);
	else
		put(o, "<reloc kind #%u>", kind);
}

/* A name, or "<anon N>" for an empty one. */
static void put_name(struct out *o, const char *name, uint32_t n)
{
	if (name[0])
		put(o, "%s", name);
	else
		put(o, "<anon %u>", n);
}

static int valid_id(const struct btf *b, uint32_t id)
{
	return id <= b->ntypes;   /* 0 is void */
}

static int is_mod(uint32_t k)
{
	return k == BTF_KIND_CONST || k == BTF_KIND_VOLATILE || k == BTF_KIND_RESTRICT ||
	       k == BTF_KIND_TYPE_TAG;
}

/* Modifiers and typedefs skipped, as far as ids are valid (bounded). */
static uint32_t skip_mods(const struct btf *b, uint32_t id)
{
	for (int d = 0; d < BTF_MAX_DEPTH; d++) {
		uint32_t k = btf_kind(b, id), next = btf_type_ref(b, id);

		if (!(is_mod(k) || k == BTF_KIND_TYPEDEF) || !valid_id(b, next))
			break;
		id = next;
	}
	return id;
}

/* "const struct s", "typedef s_t", "void": the root type of a record;
 * its id (past the modifiers), or -1 with o holding the failure. */
static int64_t put_root(struct out *o, const struct btf *b, uint32_t id, const char **fail)
{
	static char msg[64];
	uint32_t k;

	put(o, " [%u]", id);
	for (int chain = 0; is_mod(k = btf_kind(b, id)); chain++) {
		if (chain >= 32)
			return *fail = "modifiers chain is too long", -1;
		if (k == BTF_KIND_TYPE_TAG)
			put(o, " type_tag(\"%s\")", btf_name(b, id));
		else
			put(o, " %s", k == BTF_KIND_CONST ? "const" : k == BTF_KIND_VOLATILE ?
			    "volatile" : "restrict");
		id = btf_type_ref(b, id);
		if (!valid_id(b, id)) {
			snprintf(msg, sizeof(msg), "unknown type id: %d in modifiers chain", (int)id);
			return *fail = msg, -1;
		}
	}
	if (id == 0) {
		put(o, " void");
		return 0;
	}
	put(o, "%s ", k == BTF_KIND_FWD ? btf_kflag(b, id) ? " fwd union" : " fwd struct" :
	    k == BTF_KIND_TYPEDEF ? " typedef" : k == BTF_KIND_STRUCT ? " struct" :
	    k == BTF_KIND_UNION ? " union" : k == BTF_KIND_ENUM || k == BTF_KIND_ENUM64 ? " enum" : "");
	put_name(o, btf_name(b, id), id);
	return id;
}

/* "::NAME = VALUE" of enum value spec[0]. */
static const char *put_enumval(struct out *o, const struct btf *b, uint32_t id,
			       const uint32_t *spec, int n, char *msg, size_t msize)
{
	uint32_t k, idx = spec[0];
	uint64_t v;

	id = skip_mods(b, id);
	k = btf_kind(b, id);
	if (n != 1)
		return "unexpected enumval relocation spec size";
	if (k != BTF_KIND_ENUM && k != BTF_KIND_ENUM64) {
		snprintf(msg, msize, "unexpected type kind for enum relocation: %d", (int)k);
		return msg;
	}
	if (idx >= btf_vlen(b, id)) {
		snprintf(msg, msize, "bad value index: %d", (int)idx);
		return msg;
	}
	if (k == BTF_KIND_ENUM)   /* a 32-bit value is signed in LLVM's reading */
		v = (uint64_t)(int64_t)(int32_t)btf_extra(b, id, idx * 2 + 1);
	else
		v = (uint64_t)btf_extra(b, id, idx * 3 + 2) << 32 | btf_extra(b, id, idx * 3 + 1);
	put_name(o, btf_str(b, btf_extra(b, id, idx * (k == BTF_KIND_ENUM ? 2 : 3))), idx);
	if (btf_kflag(b, id))
		put(o, " = %lld", (long long)v);
	else
		put(o, " = %llu", (unsigned long long)v);
	return NULL;
}

/* "[i].a.b[j]": the access path of a field. */
static const char *put_path(struct out *o, const struct btf *b, uint32_t id,
			    const uint32_t *spec, int n, char *msg, size_t msize)
{
	if (n < 1)
		return "field spec too short";
	if (spec[0])
		put(o, "[%u]", spec[0]);
	for (int i = 1; i < n; i++) {
		uint32_t k, idx = spec[i], next;

		id = skip_mods(b, id);
		k = btf_kind(b, id);
		if (k == BTF_KIND_STRUCT || k == BTF_KIND_UNION) {
			if (idx >= btf_vlen(b, id)) {
				snprintf(msg, msize, "member index %d for spec sub-string %d is out of range",
					 (int)idx, i);
				return msg;
			}
			if (i != 1 || spec[0])
				put(o, ".");
			put_name(o, btf_str(b, btf_extra(b, id, idx * 3)), idx);
			next = btf_extra(b, id, idx * 3 + 1);
			if (!valid_id(b, next)) {
				snprintf(msg, msize, "unknown member type id %d for spec sub-string %d",
					 (int)next, i);
				return msg;
			}
		} else if (k == BTF_KIND_ARRAY && id) {
			put(o, "[%u]", idx);
			next = btf_extra(b, id, 0);
			if (!valid_id(b, next)) {
				snprintf(msg, msize, "unknown element type id %d for spec sub-string %d",
					 (int)next, i);
				return msg;
			}
		} else {
			snprintf(msg, msize, "unexpected type kind %d for spec sub-string %d", (int)k, i);
			return msg;
		}
		id = next;
	}
	return NULL;
}

char *core_relo_text(const struct btf *b, const struct core_relo *r, char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	const char *access = btf_str(b, r->access_off), *fail = NULL;
	uint32_t spec[CORE_SPEC_MAX];
	int n = core_spec_parse(access, spec, CORE_SPEC_MAX), group = core_kind_group(r->kind);
	char msg[96];
	int64_t id;

	buf[0] = 0;
	put_kind(&o, r->kind);
	if (n < 0) {
		const char *p = access;

		while (*p >= '0' && *p <= '9')
			p++;
		if (p == access || *p == ':')
			fail = "spec string is not a number";
		else
			snprintf(msg, sizeof(msg), "unexpected spec string delimiter: '%c'", *p), fail = msg;
	} else if (!valid_id(b, r->type_id)) {
		snprintf(msg, sizeof(msg), "unknown type id: %d", (int)r->type_id), fail = msg;
	} else if ((id = put_root(&o, b, r->type_id, &fail)) >= 0) {
		if (group == 1) {
			if (n != 1 || spec[0])
				fail = "unexpected type-based relocation spec: should be '0'";
		} else if (group == 3) {
			snprintf(msg, sizeof(msg), "unknown relocation kind: %d", (int)r->kind), fail = msg;
		} else {
			put(&o, "::");
			if (group == 2)
				fail = put_enumval(&o, b, (uint32_t)id, spec, n, msg, sizeof(msg));
			else if (!(fail = put_path(&o, b, (uint32_t)id, spec, n, msg, sizeof(msg))))
				put(&o, " (%s)", access);
		}
	}
	if (fail) {
		o.len = 0;
		put_kind(&o, r->kind);
		put(&o, " [%u] '%s' <%s>", r->type_id, access, fail);
	}
	return buf;
}
