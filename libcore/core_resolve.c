// SPDX-License-Identifier: GPL-2.0-only
/*
 * CO-RE relocations resolved against a target kernel's BTF, the way
 * libbpf does it at load time:
 *
 * - candidates: the target's types of the same kind whose name, without
 *   a "___flavor" suffix, is the local type's (btf_find_essential);
 * - fields: the local access path (named members and array indexes; an
 *   anonymous member is only a step) is followed in each candidate,
 *   looking through anonymous structs and unions for each name, and the
 *   member found must have a compatible type; the value is then its
 *   offset, size, signedness or bitfield shifts in the target;
 * - types: the candidate must be compatible (exists, size, id) or match
 *   member by member (type_matches);
 * - enum values: the candidate must have a value of the same name.
 *
 * Existence kinds resolve to 0 when nothing matches; the others do not
 * resolve, and libbpf poisons the instruction.  Candidates that give
 * different results make the relocation ambiguous, which libbpf refuses.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "btf_core.h"
#include "endian.h"
#include "err.h"
#include "file.h"
#include "xalloc.h"

#define MAX_DEPTH 32
/* Steps of one type comparison (calls, and member pairs compared by
 * name): real kernels' types take hundreds. */
#define MAX_COMPAT_STEPS (1u << 16)

/* One step of an access path: a named member (idx in type_id, which is
 * the struct) or an array index (type_id the element). */
struct acc { uint32_t type_id, idx; const char *name; };

struct spec {
	const struct btf *b;
	struct acc a[CORE_SPEC_MAX];
	int len;
	uint64_t bit_off;
};

static int is_mod_or_typedef(uint32_t k)
{
	return k == BTF_KIND_TYPEDEF || k == BTF_KIND_CONST || k == BTF_KIND_VOLATILE ||
	       k == BTF_KIND_RESTRICT || k == BTF_KIND_TYPE_TAG;
}

static uint32_t skip(const struct btf *b, uint32_t id)
{
	for (int d = 0; d < MAX_DEPTH && is_mod_or_typedef(btf_kind(b, id)); d++)
		id = btf_type_ref(b, id);
	return id;
}

static int composite(uint32_t k)
{
	return k == BTF_KIND_STRUCT || k == BTF_KIND_UNION;
}

static int any_enum(uint32_t k)
{
	return k == BTF_KIND_ENUM || k == BTF_KIND_ENUM64;
}

static int same_kind(uint32_t a, uint32_t b)
{
	return a == b || (any_enum(a) && any_enum(b));
}

static int essential_eq(const char *a, const char *b)
{
	size_t n = btf_essential_len(a);

	return n == btf_essential_len(b) && !strncmp(a, b, n);
}

/* A member's bit offset (bitfield size in the top byte with kflag). */
static uint32_t member_bit_off(const struct btf *b, uint32_t id, uint32_t i)
{
	uint32_t off = btf_extra(b, id, i * 3 + 2);

	return btf_kflag(b, id) ? off & 0xffffff : off;
}

static uint32_t int_bit_off(const struct btf *b, uint32_t id)
{
	return btf_extra(b, id, 0) >> 16 & 0xff;
}

/* libbpf's compatibility of two fields' types. */
static int fields_compat(const struct btf *lb, uint32_t l, const struct btf *tb, uint32_t t,
			 int depth)
{
	uint32_t lk, tk;

	l = skip(lb, l), t = skip(tb, t);
	lk = btf_kind(lb, l), tk = btf_kind(tb, t);
	if (composite(lk) && composite(tk))
		return 1;
	if (!same_kind(lk, tk) || depth > MAX_DEPTH)
		return 0;
	switch (lk) {
	case BTF_KIND_PTR: case BTF_KIND_FLOAT:
		return 1;
	case BTF_KIND_FWD: case BTF_KIND_ENUM: case BTF_KIND_ENUM64:
		return essential_eq(btf_name(lb, l), btf_name(tb, t));
	case BTF_KIND_INT:
		return !int_bit_off(lb, l) && !int_bit_off(tb, t);
	case BTF_KIND_ARRAY:
		return fields_compat(lb, btf_extra(lb, l, 0), tb, btf_extra(tb, t, 0), depth + 1);
	}
	return 0;
}

/* libbpf's compatibility of two types (type_exists, type_size, ids);
 * with match set, the stricter type_matches relation. */
static int types_compat(const struct btf *lb, uint32_t l, const struct btf *tb, uint32_t t,
			int match, int behind_ptr, int depth, unsigned *steps)
{
	uint32_t lk, tk, n;

	/* Each member and parameter is a branch, so a crafted BTF (members
	 * of one name, nested 32 deep) makes the walk exponential, in
	 * libbpf too: past a bound on steps it gives up (the caller, seeing
	 * the count, says "not decided"). */
	if (++*steps > MAX_COMPAT_STEPS)
		return 0;

	l = skip(lb, l), t = skip(tb, t);
	lk = btf_kind(lb, l), tk = btf_kind(tb, t);
	if (!same_kind(lk, tk) || depth > MAX_DEPTH)
		return 0;
	if (match && btf_name(lb, l)[0] && !essential_eq(btf_name(lb, l), btf_name(tb, t)))
		return 0;
	n = btf_vlen(lb, l);
	switch (lk) {
	case BTF_KIND_INT:
		if (match)
			return btf_type_ref(lb, l) == btf_type_ref(tb, t) &&
			       (btf_extra(lb, l, 0) >> 24 & 1) == (btf_extra(tb, t, 0) >> 24 & 1);
		return !int_bit_off(lb, l) && !int_bit_off(tb, t);
	case BTF_KIND_PTR:
		return types_compat(lb, btf_type_ref(lb, l), tb, btf_type_ref(tb, t), match, 1,
				    depth + 1, steps);
	case BTF_KIND_ARRAY:
		return (!match || btf_extra(lb, l, 2) == btf_extra(tb, t, 2)) &&
		       types_compat(lb, btf_extra(lb, l, 0), tb, btf_extra(tb, t, 0), match,
				    behind_ptr, depth + 1, steps);
	case BTF_KIND_FUNC_PROTO:
		if (n != btf_vlen(tb, t) || !types_compat(lb, btf_type_ref(lb, l), tb,
							    btf_type_ref(tb, t), match, 1, depth + 1, steps))
			return 0;
		for (uint32_t i = 0; i < n; i++)
			if (!types_compat(lb, btf_extra(lb, l, i * 2 + 1), tb,
					  btf_extra(tb, t, i * 2 + 1), match, 1, depth + 1, steps))
				return 0;
		return 1;
	case BTF_KIND_FLOAT:
		return !match || btf_type_ref(lb, l) == btf_type_ref(tb, t);
	}
	if (!match || behind_ptr || lk == BTF_KIND_FWD)
		return 1;
	if (!composite(lk) && !any_enum(lk))   /* libbpf: no other kind matches */
		return 0;
	/* type_matches: every local member or enumerator, by name, in the target. */
	for (uint32_t i = 0; i < n; i++) {
		int step = lk == BTF_KIND_ENUM ? 2 : 3, found = 0;
		const char *name = btf_str(lb, btf_extra(lb, l, i * step));

		for (uint32_t j = 0; j < btf_vlen(tb, t) && !found; j++) {
			const char *tn = btf_str(tb, btf_extra(tb, t, j * (tk == BTF_KIND_ENUM ? 2 : 3)));

			if (++*steps > MAX_COMPAT_STEPS)
				return 0;

			if (any_enum(lk))
				found = essential_eq(name, tn);
			else if (!strcmp(name, tn))
				found = types_compat(lb, btf_extra(lb, l, i * 3 + 1), tb,
						     btf_extra(tb, t, j * 3 + 1), 1, 0, depth + 1, steps);
		}
		if (!found)
			return 0;
	}
	return 1;
}

/* The local access path of a field relocation. */
static int local_spec(const struct btf *b, uint32_t root, const uint32_t *raw, int n,
		      struct spec *s)
{
	uint32_t id = skip(b, root);

	memset(s, 0, sizeof(*s));
	s->b = b;
	s->a[s->len++] = (struct acc){ id, raw[0], NULL };
	for (int i = 1; i < n; i++) {
		uint32_t k;

		id = skip(b, id);
		k = btf_kind(b, id);
		if (composite(k) && raw[i] < btf_vlen(b, id)) {
			const char *name = btf_str(b, btf_extra(b, id, raw[i] * 3));

			if (name[0])
				s->a[s->len++] = (struct acc){ id, raw[i], name };
			id = btf_extra(b, id, raw[i] * 3 + 1);
		} else if (k == BTF_KIND_ARRAY) {
			id = skip(b, btf_extra(b, id, 0));
			s->a[s->len++] = (struct acc){ id, raw[i], NULL };
		} else {
			return -1;
		}
	}
	return 0;
}

/* "struct cfs_rq" (without flavor) into buf. */
static const char *type_words(const struct btf *b, uint32_t id, char *buf, size_t size)
{
	uint32_t k = btf_kind(b, id);
	const char *n = btf_name(b, id);

	snprintf(buf, size, "%s%.*s", k == BTF_KIND_STRUCT ? "struct " : k == BTF_KIND_UNION ?
		 "union " : any_enum(k) ? "enum " : "type ", (int)btf_essential_len(n),
		 n[0] ? n : "(anon)");
	return buf;
}

/* Finds the member called la->name in target struct id, through
 * anonymous members; 1 found (t holds it), 0 not there, -1 there with
 * another type. */
static int match_member(const struct spec *l, const struct acc *la, struct spec *t,
			uint32_t id, uint32_t *next, int depth, unsigned *steps)
{
	uint32_t lm_type = btf_extra(l->b, la->type_id, la->idx * 3 + 1);

	id = skip(t->b, id);
	/* Anonymous members branch as types_compat's members do. */
	if (!composite(btf_kind(t->b, id)) || depth > MAX_DEPTH || ++*steps > MAX_COMPAT_STEPS)
		return 0;
	for (uint32_t i = 0; i < btf_vlen(t->b, id); i++) {
		const char *name = btf_str(t->b, btf_extra(t->b, id, i * 3));
		uint32_t off = member_bit_off(t->b, id, i), mt = btf_extra(t->b, id, i * 3 + 1);
		int found;

		if (++*steps > MAX_COMPAT_STEPS)
			return 0;

		t->bit_off += off;
		if (!name[0]) {
			if ((found = match_member(l, la, t, mt, next, depth + 1, steps)))
				return found;
		} else if (!strcmp(name, la->name)) {
			if (!fields_compat(l->b, lm_type, t->b, mt, 0))
				return -1;
			t->a[t->len++] = (struct acc){ id, i, name };
			*next = mt;
			return 1;
		}
		t->bit_off -= off;
	}
	return 0;
}

/* Follows the local path in candidate root `id`; 1 matched, 0 not (why
 * says where), -1 not decided (anonymous members nested past a bound). */
static int match_field(const struct spec *l, const struct btf *tb, uint32_t id,
		       struct spec *t, char *why, size_t wsize)
{
	unsigned steps = 0;
	char tn[80];

	memset(t, 0, sizeof(*t));
	t->b = tb;
	for (int i = 0; i < l->len; i++) {
		const struct acc *la = &l->a[i];
		uint32_t k;
		int found;

		id = skip(tb, id);
		k = btf_kind(tb, id);
		if (la->name) {
			found = match_member(l, la, t, id, &id, 0, &steps);
			if (steps > MAX_COMPAT_STEPS) {
				snprintf(why, wsize, "looking for field %s in %s takes over %u steps: "
					 "not decided", la->name, type_words(tb, id, tn, sizeof(tn)),
					 MAX_COMPAT_STEPS);
				return -1;
			}
			if (found <= 0) {
				snprintf(why, wsize, found ? "field %s of %s has another type in the kernel" :
					 "%s has no field %s", found ? la->name : type_words(tb, id, tn, sizeof(tn)),
					 found ? type_words(tb, id, tn, sizeof(tn)) : la->name);
				return 0;
			}
			continue;
		}
		if (i > 0) {
			uint32_t nelems = btf_extra(tb, id, 2);

			if (k != BTF_KIND_ARRAY || (nelems && la->idx >= nelems)) {
				snprintf(why, wsize, "index %u is past the kernel's array", la->idx);
				return 0;
			}
			id = skip(tb, btf_extra(tb, id, 0));
		}
		t->a[t->len++] = (struct acc){ id, la->idx, NULL };
		t->bit_off += (uint64_t)la->idx * btf_size_of(tb, id) * 8;
	}
	return 1;
}

/* The value of a field relocation from a matched target path (libbpf's
 * arithmetic for bitfields: the smallest aligned load that holds it). */
static int field_value(const struct spec *t, uint32_t kind, int big, uint64_t *v)
{
	const struct acc *a = &t->a[t->len - 1];
	uint32_t mt, bit_sz, byte_sz, byte_off;
	uint64_t bit_off = t->bit_off;

	if (!a->name) {
		if (kind != CORE_FIELD_BYTE_OFFSET && kind != CORE_FIELD_BYTE_SIZE)
			return -1;
		*v = kind == CORE_FIELD_BYTE_OFFSET ? bit_off / 8 : btf_size_of(t->b, a->type_id);
		return 0;
	}
	mt = skip(t->b, btf_extra(t->b, a->type_id, a->idx * 3 + 1));
	bit_sz = btf_kflag(t->b, a->type_id) ? btf_extra(t->b, a->type_id, a->idx * 3 + 2) >> 24 : 0;
	if (bit_sz) {
		byte_sz = btf_type_ref(t->b, mt);
		if (!byte_sz)
			return -1;
		byte_off = (uint32_t)(bit_off / 8 / byte_sz * byte_sz);
		while (bit_off + bit_sz - byte_off * 8ull > byte_sz * 8ull) {
			if (byte_sz >= 8)
				return -1;
			byte_sz *= 2;
			byte_off = (uint32_t)(bit_off / 8 / byte_sz * byte_sz);
		}
	} else {
		byte_sz = btf_size_of(t->b, mt);
		byte_off = (uint32_t)(bit_off / 8);
		bit_sz = byte_sz * 8;
	}
	switch (kind) {
	case CORE_FIELD_BYTE_OFFSET: *v = byte_off; break;
	case CORE_FIELD_BYTE_SIZE: *v = byte_sz; break;
	case CORE_FIELD_EXISTS: *v = 1; break;
	case CORE_FIELD_SIGNED:
		*v = (any_enum(btf_kind(t->b, mt)) && btf_kflag(t->b, mt)) ||
		     (btf_kind(t->b, mt) == BTF_KIND_INT && (btf_extra(t->b, mt, 0) >> 24 & 1));
		break;
	case CORE_FIELD_LSHIFT_U64:
		*v = big ? (8 - byte_sz) * 8 + (bit_off - byte_off * 8ull)
			 : 64 - (bit_off + bit_sz - byte_off * 8ull);
		break;
	default: *v = 64 - bit_sz; break;
	}
	return 0;
}

/* One candidate: 1 with *v, 0 no match (why), -1 not decided (why). */
static int try_candidate(const struct btf *lb, const struct btf *tb, int big,
			 const struct core_relo *r, const struct spec *ls, uint32_t lroot,
			 uint32_t enum_idx, uint32_t cand, uint64_t *v, char *why, size_t wsize)
{
	int group = core_kind_group(r->kind), match = r->kind == CORE_TYPE_MATCHES;
	unsigned steps = 0;
	struct spec ts;
	char tn[80];

	if (group == 0) {
		int m = match_field(ls, tb, cand, &ts, why, wsize);

		if (m <= 0)
			return m;
		if (field_value(&ts, r->kind, big, v) < 0) {
			snprintf(why, wsize, "the field cannot be read this way in the kernel");
			return 0;
		}
		return 1;
	}
	if (group == 2) {
		uint32_t k, tk;

		lroot = skip(lb, lroot), cand = skip(tb, cand);
		k = btf_kind(lb, lroot), tk = btf_kind(tb, cand);
		const char *name = btf_str(lb, btf_extra(lb, lroot, enum_idx * (k == BTF_KIND_ENUM ? 2 : 3)));

		for (uint32_t j = 0; j < btf_vlen(tb, cand); j++) {
			int step = tk == BTF_KIND_ENUM ? 2 : 3;

			if (!essential_eq(name, btf_str(tb, btf_extra(tb, cand, j * step))))
				continue;
			if (tk == BTF_KIND_ENUM)
				*v = btf_kflag(tb, cand) ? (uint64_t)(int64_t)(int32_t)btf_extra(tb, cand, j * 2 + 1)
							 : btf_extra(tb, cand, j * 2 + 1);
			else
				*v = (uint64_t)btf_extra(tb, cand, j * 3 + 2) << 32 | btf_extra(tb, cand, j * 3 + 1);
			if (r->kind == CORE_ENUMVAL_EXISTS)
				*v = 1;
			return 1;
		}
		snprintf(why, wsize, "%s has no value %.*s", type_words(tb, cand, tn, sizeof(tn)),
			 (int)btf_essential_len(name), name);
		return 0;
	}
	if (!types_compat(lb, lroot, tb, cand, match, 0, 0, &steps)) {
		if (steps > MAX_COMPAT_STEPS) {
			snprintf(why, wsize, "comparing with %s in the kernel takes over %u steps "
				 "(libbpf's walk too): not decided", type_words(tb, cand, tn, sizeof(tn)),
				 MAX_COMPAT_STEPS);
			return -1;
		}
		snprintf(why, wsize, "%s in the kernel %s", type_words(tb, cand, tn, sizeof(tn)),
			 match ? "does not match" : "is not compatible");
		return 0;
	}
	*v = r->kind == CORE_TYPE_ID_TARGET ? cand : r->kind == CORE_TYPE_SIZE ?
	     btf_size_of(tb, cand) : 1;
	return 1;
}

void core_resolve(const struct btf *local, const struct btf *target, int big,
		  const struct core_relo *r, struct core_result *res)
{
	/* Candidates are looked up by the record's own type (a typedef is
	 * matched with typedefs); walks skip modifiers and typedefs. */
	uint32_t raw[CORE_SPEC_MAX], lroot = r->type_id, cursor = 0, cand;
	int n = core_spec_parse(btf_str(local, r->access_off), raw, CORE_SPEC_MAX);
	int group = core_kind_group(r->kind), found = 0;
	int exists = r->kind == CORE_FIELD_EXISTS || r->kind == CORE_TYPE_EXISTS ||
		     r->kind == CORE_ENUMVAL_EXISTS || r->kind == CORE_TYPE_MATCHES;
	const char *name = btf_name(local, lroot);
	struct spec ls;
	char tn[80];

	memset(res, 0, sizeof(*res));
	if (r->kind == CORE_TYPE_ID_LOCAL) {
		res->ok = 1, res->value = r->type_id;
		return;
	}
	if (group == 3 || n < 1 || r->type_id > local->ntypes ||
	    (group == 0 && local_spec(local, r->type_id, raw, n, &ls) < 0) ||
	    (group == 2 && raw[0] >= btf_vlen(local, skip(local, lroot)))) {
		snprintf(res->why, sizeof(res->why), "the record does not make sense (kind %u, \"%s\")",
			 r->kind, btf_str(local, r->access_off));
		return;
	}
	if (!name[0]) {
		snprintf(res->why, sizeof(res->why), "an anonymous type has no name to look up");
		return;
	}
	snprintf(res->why, sizeof(res->why), "the kernel has no %s", type_words(local, lroot, tn, sizeof(tn)));
	while ((cand = btf_find_essential(target, name, btf_essential_len(name), &cursor))) {
		uint64_t v;
		char why[sizeof(res->why)];
		int got;

		if (!same_kind(btf_kind(local, lroot), btf_kind(target, cand)))
			continue;
		got = try_candidate(local, target, big, r, &ls, lroot, raw[0], cand, &v, why, sizeof(why));
		if (got < 0) {   /* no answer is better than a wrong one */
			memcpy(res->why, why, sizeof(why));
			res->ok = 0;
			return;
		}
		if (!got) {
			if (!found)
				memcpy(res->why, why, sizeof(why));
			continue;
		}
		if (found++ && v != res->value) {
			snprintf(res->why, sizeof(res->why), "ambiguous: kernel types give %llu and %llu",
				 (unsigned long long)res->value, (unsigned long long)v);
			res->ok = 0;
			return;
		}
		res->ok = 1, res->value = v;
	}
	if (!found && exists)
		res->ok = 1, res->value = 0;
}

/* ---- the target's BTF ---------------------------------------------------------- */

/* The .BTF section of an ELF file, copied out; NULL when it has none.
 * Names are read from the raw section name table (elf_strptr would link
 * libelf's decompression, and zlib with it). */
static unsigned char *elf_btf(const char *path, size_t *len, int *big, char *err, size_t errsize)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	unsigned char *copy = NULL;
	Elf_Data *names = NULL;
	size_t shstrndx;
	Elf_Scn *scn;
	Elf *e;

	if (fd < 0) {
		set_error(err, errsize, "%s", strerror(errno));
		return NULL;
	}
	elf_version(EV_CURRENT);
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (e && elf_getshdrstrndx(e, &shstrndx) == 0)
		names = elf_rawdata(elf_getscn(e, shstrndx), NULL);
	if (names) {
		*big = elf_getident(e, NULL)[EI_DATA] == ELFDATA2MSB;
		for (size_t i = 1; (scn = elf_getscn(e, i)); i++) {
			GElf_Shdr sh;
			Elf_Data *d;

			if (!gelf_getshdr(scn, &sh) || sh.sh_name + 5ull > names->d_size ||
			    memcmp((char *)names->d_buf + sh.sh_name, ".BTF", 5) ||
			    !(d = elf_rawdata(scn, NULL)) || !d->d_size)
				continue;
			copy = xmalloc(d->d_size);
			memcpy(copy, d->d_buf, d->d_size);
			*len = d->d_size;
			break;
		}
	}
	if (!copy)
		set_error(err, errsize, "ELF file without a .BTF section");
	elf_end(e);
	close(fd);
	return copy;
}

int core_target_open(struct core_target *t, const char *path, int types, char *err,
		     size_t errsize)
{
	unsigned char magic[8];
	size_t len = 0;

	memset(t, 0, sizeof(*t));
	if (read_small_file(path, (char *)magic, sizeof(magic)) < 0)
		return set_error(err, errsize, "%s", strerror(errno));
	if (!types && !memcmp(magic, "\177ELF", 4)) {
		t->big = magic[EI_DATA] == ELFDATA2MSB;
		return 0;
	}
	if (!types) {
		t->big = magic[0] == 0xeb;
		if (get16(magic, t->big) != BTF_MAGIC)
			return set_error(err, errsize, "bad BTF magic 0x%04x", get16(magic, 0));
		return 0;
	}
	if (!memcmp(magic, "\177ELF", 4)) {
		if (!(t->data = elf_btf(path, &len, &t->big, err, errsize)))
			return -1;
	} else {
		/* A vmlinux BTF is 5 MB; a raw BTF of 256 MB is no BTF. */
		if (!(t->data = (unsigned char *)read_whole_file(path, 256u << 20, &len)))
			return set_error(err, errsize, "%s", strerror(errno));
		t->big = len >= 2 && t->data[0] == 0xeb;
	}
	if (btf_parse(&t->btf, t->data, len, t->big, err, errsize) < 0) {
		free(t->data);
		t->data = NULL;
		return -1;
	}
	return 0;
}

void core_target_close(struct core_target *t)
{
	btf_free(&t->btf);
	free(t->data);
	memset(t, 0, sizeof(*t));
}
