// SPDX-License-Identifier: GPL-2.0-only
/* BTF parsing, accessors, bounded walks, the check for looping or too
 * deep references, and the name index. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "btf.h"
#include "endian.h"
#include "err.h"
#include "xalloc.h"

#define TYPE_HDR 12

static uint32_t u32at(const struct btf *b, uint32_t off)
{
	return get32(b->types + off, b->big);
}

/* Bytes after the 12-byte header that a type of this kind carries. */
static uint64_t extra_size(uint32_t kind, uint32_t vlen)
{
	switch (kind) {
	case BTF_KIND_INT: case BTF_KIND_VAR: case BTF_KIND_DECL_TAG:
		return 4;
	case BTF_KIND_ARRAY:
		return 12;
	case BTF_KIND_STRUCT: case BTF_KIND_UNION: case BTF_KIND_DATASEC:
	case BTF_KIND_ENUM64:
		return 12ull * vlen;
	case BTF_KIND_ENUM: case BTF_KIND_FUNC_PROTO:
		return 8ull * vlen;
	default:
		return 0;
	}
}

int btf_str_ok(const struct btf *b, uint32_t off)
{
	return off < b->strs_len && memchr(b->strs + off, 0, b->strs_len - off);
}

static int valid(const struct btf *b, uint32_t id)
{
	return id >= 1 && id <= b->ntypes;
}

uint32_t btf_kind(const struct btf *b, uint32_t id)
{
	return valid(b, id) ? u32at(b, b->off[id] + 4) >> 24 & 0x1f : BTF_KIND_UNKN;
}

uint32_t btf_vlen(const struct btf *b, uint32_t id)
{
	return valid(b, id) ? u32at(b, b->off[id] + 4) & 0xffff : 0;
}

int btf_kflag(const struct btf *b, uint32_t id)
{
	return valid(b, id) && u32at(b, b->off[id] + 4) >> 31;
}

const char *btf_str(const struct btf *b, uint32_t off)
{
	return btf_str_ok(b, off) ? (const char *)b->strs + off : "";
}

const char *btf_name(const struct btf *b, uint32_t id)
{
	return valid(b, id) ? btf_str(b, u32at(b, b->off[id])) : "";
}

uint32_t btf_type_ref(const struct btf *b, uint32_t id)
{
	return valid(b, id) ? u32at(b, b->off[id] + 8) : 0;
}

/* A word past the header of type id's record.  Callers index by the
 * record's vlen, which for some kinds (VAR, FUNC, DECL_TAG) says nothing
 * about its length: a word outside the record, or of no type, reads 0. */
uint32_t btf_extra(const struct btf *b, uint32_t id, uint32_t i)
{
	uint64_t at, end;

	if (!valid(b, id))
		return 0;
	at = (uint64_t)b->off[id] + TYPE_HDR + 4ull * i;
	end = id < b->ntypes ? b->off[id + 1] : b->types_len;
	return at + 4 <= end ? u32at(b, (uint32_t)at) : 0;
}

static int is_modifier(uint32_t k)
{
	return k == BTF_KIND_TYPEDEF || k == BTF_KIND_CONST || k == BTF_KIND_VOLATILE ||
	       k == BTF_KIND_RESTRICT || k == BTF_KIND_TYPE_TAG;
}

/* ---- parsing -------------------------------------------------------------- */

/* Walks the type area once: each record's kind, name and length. */
static int index_types(struct btf *b, char *err, size_t errsize)
{
	uint32_t cap = 64;

	b->off = xmalloc(cap * sizeof(*b->off));
	b->off[0] = 0;
	for (uint32_t pos = 0; pos < b->types_len;) {
		uint32_t info, kind, vlen;
		uint64_t need;

		if (b->types_len - pos < TYPE_HDR)
			return set_error(err, errsize, "BTF type %u cut short", b->ntypes + 1);
		info = u32at(b, pos + 4);
		kind = info >> 24 & 0x1f;
		vlen = info & 0xffff;
		if (kind == BTF_KIND_UNKN || kind >= BTF_KIND_MAX)
			return set_error(err, errsize, "BTF type %u: unknown kind %u", b->ntypes + 1, kind);
		if (!btf_str_ok(b, u32at(b, pos)))
			return set_error(err, errsize, "BTF type %u: name offset %u outside the strings",
					 b->ntypes + 1, u32at(b, pos));
		need = TYPE_HDR + extra_size(kind, vlen);
		if (need > b->types_len - pos)
			return set_error(err, errsize, "BTF type %u (%s, vlen %u) runs past the type area",
					 b->ntypes + 1, btf_kind_name(kind), vlen);
		if (b->ntypes + 2 > cap) {
			cap *= 2;
			b->off = xrealloc(b->off, cap * sizeof(*b->off));
		}
		b->off[++b->ntypes] = pos;
		pos += (uint32_t)need;
	}
	return 0;
}

/* Member and parameter names must be strings too. */
static int check_member_names(const struct btf *b, char *err, size_t errsize)
{
	for (uint32_t id = 1; id <= b->ntypes; id++) {
		uint32_t k = btf_kind(b, id), n = btf_vlen(b, id), step;

		if (k == BTF_KIND_STRUCT || k == BTF_KIND_UNION || k == BTF_KIND_ENUM64)
			step = 3;
		else if (k == BTF_KIND_ENUM || k == BTF_KIND_FUNC_PROTO)
			step = 2;
		else
			continue;
		for (uint32_t i = 0; i < n; i++)
			if (!btf_str_ok(b, btf_extra(b, id, i * step)))
				return set_error(err, errsize, "BTF type %u member %u: name outside the strings",
						 id, i);
	}
	return 0;
}

/* ---- references that loop or run too deep ----------------------------------- */

/*
 * What a type is made of, as the kernel's BTF verifier resolves it: a
 * modifier, array, variable, function or tag its target; a struct,
 * union, function prototype or data section its members.  A pointer is
 * different: the kernel follows it only through modifiers and further
 * pointers, and anything else ends the walk (a pointer to a struct needs
 * the struct to exist, not its members resolved), which is how `struct
 * list { struct list *next; }` is no loop.  So each visit carries a mode:
 * through a pointer or not.
 */
enum { MODE_PLAIN, MODE_PTR, MODES };

/* The i-th reference of id in mode, or -1 past the last. */
static int64_t reference(const struct btf *b, uint32_t id, int mode, uint32_t i)
{
	uint32_t k = btf_kind(b, id), n = btf_vlen(b, id);

	if (mode == MODE_PTR && !is_modifier(k) && k != BTF_KIND_PTR)
		return -1;
	switch (k) {
	case BTF_KIND_PTR: case BTF_KIND_TYPEDEF: case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST: case BTF_KIND_RESTRICT: case BTF_KIND_TYPE_TAG:
	case BTF_KIND_FUNC: case BTF_KIND_VAR: case BTF_KIND_DECL_TAG:
		if (i == 0)
			return btf_type_ref(b, id);
		break;
	case BTF_KIND_ARRAY:
		if (i < 2)
			return btf_extra(b, id, i);   /* element, index */
		break;
	case BTF_KIND_STRUCT: case BTF_KIND_UNION:
		if (i < n)
			return btf_extra(b, id, i * 3 + 1);
		break;
	case BTF_KIND_DATASEC:
		if (i < n)
			return btf_extra(b, id, i * 3);
		break;
	case BTF_KIND_FUNC_PROTO:   /* the return type, then each parameter */
		if (i == 0)
			return btf_type_ref(b, id);
		if (i <= n)
			return btf_extra(b, id, (i - 1) * 2 + 1);
		break;
	}
	return -1;
}

enum { UNSEEN, ON_PATH, DONE, GIVEN_UP };

static void problem(struct btf *b, uint32_t id, int too_deep, size_t *cap)
{
	b->problems = xgrow(b->problems, cap, b->nproblems + 1, sizeof(*b->problems));
	b->problems[b->nproblems].id = id;
	b->problems[b->nproblems++].too_deep = too_deep;
}

/* A depth-first walk from every type, without recursion: the path is at
 * most BTF_MAX_DEPTH long, and each (type, mode) is finished once, so the
 * whole check is linear in types and members.  A type met again on the
 * current path is a loop: reported once, its types marked bad, and the
 * walk goes on without that step.  A path that would grow past the limit
 * is reported for the type it started from, and that walk given up. */
static void find_problems(struct btf *b)
{
	struct { uint32_t id; int mode; uint32_t next; } path[BTF_MAX_DEPTH + 1];
	unsigned char *state = xcalloc((size_t)(b->ntypes + 1) * MODES, 1);
	size_t cap = 0;

	b->bad = xcalloc(b->ntypes + 1, 1);
	for (uint32_t start = 1; start <= b->ntypes; start++) {
		int depth = 0;

		if (state[start * MODES + MODE_PLAIN] != UNSEEN)
			continue;
		path[0].id = start, path[0].mode = MODE_PLAIN, path[0].next = 0;
		state[start * MODES] = ON_PATH;
		while (depth >= 0) {
			uint32_t id = path[depth].id;
			int mode = path[depth].mode, to_mode;
			int64_t to = reference(b, id, mode, path[depth].next++);
			unsigned char *st;

			if (to < 0) {
				state[id * MODES + mode] = DONE;
				depth--;
				continue;
			}
			if (!valid(b, (uint32_t)to))
				continue;   /* void, or an id the dump shows as it is */
			to_mode = mode == MODE_PTR || btf_kind(b, id) == BTF_KIND_PTR ? MODE_PTR : MODE_PLAIN;
			st = &state[to * MODES + to_mode];
			if (*st == ON_PATH) {
				int j = depth;

				while (path[j].id != to || path[j].mode != to_mode)
					j--;
				/* Once a type (met again through a pointer, say). */
				if (!b->bad[to])
					problem(b, (uint32_t)to, 0, &cap);
				for (; j <= depth; j++)
					b->bad[path[j].id] = 1;
				continue;
			}
			if (*st != UNSEEN)
				continue;
			if (reference(b, (uint32_t)to, to_mode, 0) < 0) {
				*st = DONE;   /* refers to nothing: no need to go there */
				continue;
			}
			if (depth == BTF_MAX_DEPTH) {
				problem(b, start, 1, &cap);
				for (; depth >= 0; depth--)
					state[path[depth].id * MODES + path[depth].mode] = GIVEN_UP;
				break;
			}
			*st = ON_PATH;
			depth++;
			path[depth].id = (uint32_t)to, path[depth].mode = to_mode, path[depth].next = 0;
		}
	}
	free(state);
}

void btf_problem_text(const struct btf_problem *p, char *buf, size_t size)
{
	if (p->too_deep)
		snprintf(buf, size, "type [%u]: references run deeper than %d types", p->id,
			 BTF_MAX_DEPTH);
	else
		snprintf(buf, size, "type [%u] refers to itself", p->id);
}

/* ---- the name index ----------------------------------------------------------- */

size_t btf_essential_len(const char *name)
{
	size_t n = 0;

	while (name[n] && !(name[n] == '_' && name[n + 1] == '_' && name[n + 2] == '_'))
		n++;
	return n;
}

static uint32_t name_hash(const char *s, size_t len)
{
	uint32_t h = 2166136261u;   /* FNV-1a */

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* Open addressing, slots hold ids; ids go in in increasing order, so the
 * ids of one name follow its probe sequence in id order. */
static void build_name_index(struct btf *b)
{
	uint32_t size = 16;

	while (size < 2 * (uint64_t)b->ntypes + 2)
		size *= 2;
	b->names = xcalloc(size, sizeof(*b->names));
	b->names_mask = size - 1;
	for (uint32_t id = 1; id <= b->ntypes; id++) {
		const char *n = btf_name(b, id);
		uint32_t slot;

		if (!n[0])
			continue;
		slot = name_hash(n, btf_essential_len(n)) & b->names_mask;
		while (b->names[slot])
			slot = (slot + 1) & b->names_mask;
		b->names[slot] = id;
	}
}

uint32_t btf_find_essential(const struct btf *b, const char *name, size_t len,
			    uint32_t *cursor)
{
	uint32_t start, slot;

	if (!b->names)
		return 0;
	start = name_hash(name, len) & b->names_mask;
	/* cursor: slots of this probe sequence already looked at. */
	for (slot = (start + *cursor) & b->names_mask; b->names[slot];
	     slot = (slot + 1) & b->names_mask) {
		const char *n = btf_name(b, b->names[slot]);

		++*cursor;
		if (btf_essential_len(n) == len && !memcmp(n, name, len))
			return b->names[slot];
		if (*cursor > b->names_mask)
			break;
	}
	return 0;
}

uint32_t btf_find(const struct btf *b, uint32_t kind, const char *name)
{
	uint32_t cursor = 0, id;

	while ((id = btf_find_essential(b, name, btf_essential_len(name), &cursor)))
		if (!strcmp(btf_name(b, id), name) && (!kind || btf_kind(b, id) == kind))
			return id;
	return 0;
}

/* ---- parse, free -------------------------------------------------------------- */

int btf_parse(struct btf *b, const unsigned char *data, size_t size, int big,
	      char *err, size_t errsize)
{
	uint32_t type_off, type_len, str_off, str_len;

	memset(b, 0, sizeof(*b));
	b->big = big;
	if (size < 24)
		return set_error(err, errsize, "BTF header cut short (%zu bytes)", size);
	if (get16(data, big) != BTF_MAGIC)
		return set_error(err, errsize, "bad BTF magic 0x%04x", get16(data, big));
	b->version = data[2];
	b->flags = data[3];
	b->hdr_len = get32(data + 4, big);
	type_off = get32(data + 8, big);
	type_len = get32(data + 12, big);
	str_off = get32(data + 16, big);
	str_len = get32(data + 20, big);
	if (b->hdr_len < 24 || b->hdr_len > size)
		return set_error(err, errsize, "BTF header length %u out of range", b->hdr_len);
	if ((uint64_t)b->hdr_len + type_off + type_len > size ||
	    (uint64_t)b->hdr_len + str_off + str_len > size)
		return set_error(err, errsize, "BTF type or string area past the section end");
	if (type_off % 4)
		return set_error(err, errsize, "BTF type area offset %u not 4-byte aligned", type_off);
	b->types = data + b->hdr_len + type_off;
	b->types_len = type_len;
	b->strs = data + b->hdr_len + str_off;
	b->strs_len = str_len;
	if (str_len && b->strs[str_len - 1] != 0)
		return set_error(err, errsize, "BTF string area does not end in NUL");
	if (index_types(b, err, errsize) < 0 || check_member_names(b, err, errsize) < 0) {
		btf_free(b);
		return -1;
	}
	find_problems(b);
	build_name_index(b);
	return 0;
}

void btf_free(struct btf *b)
{
	free(b->off);
	free(b->bad);
	free(b->problems);
	free(b->names);
	memset(b, 0, sizeof(*b));
}

/* ---- bounded walks ----------------------------------------------------------- */

static int usable(const struct btf *b, uint32_t id)
{
	return valid(b, id) && !b->bad[id];
}

uint32_t btf_resolve(const struct btf *b, uint32_t id)
{
	for (int depth = 0; depth < BTF_MAX_DEPTH && usable(b, id); depth++) {
		if (!is_modifier(btf_kind(b, id)))
			return id;
		id = btf_type_ref(b, id);
	}
	return 0;
}

uint32_t btf_size_of(const struct btf *b, uint32_t id)
{
	uint64_t n = 1;

	for (int depth = 0; depth < BTF_MAX_DEPTH; depth++) {
		id = btf_resolve(b, id);
		switch (btf_kind(b, id)) {
		case BTF_KIND_INT: case BTF_KIND_STRUCT: case BTF_KIND_UNION:
		case BTF_KIND_ENUM: case BTF_KIND_ENUM64: case BTF_KIND_DATASEC:
		case BTF_KIND_FLOAT:
			n *= btf_type_ref(b, id);
			return n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;
		case BTF_KIND_PTR:
			return (uint32_t)(n * 8);
		case BTF_KIND_ARRAY:
			n *= btf_extra(b, id, 2);
			if (n > UINT32_MAX)
				return UINT32_MAX;
			id = btf_extra(b, id, 0);
			break;
		case BTF_KIND_VAR:
			id = btf_type_ref(b, id);
			break;
		default:
			return 0;
		}
	}
	return 0;
}

/* Arrays print their element's name, then the sizes innermost first
 * ("int[3][2]" for an array of 2 arrays of 3 ints). */
char *btf_type_name(const struct btf *b, uint32_t id, char *buf, size_t size)
{
	uint32_t dims[BTF_MAX_DEPTH];
	int ndims = 0;
	size_t len;
	uint32_t k;
	const char *name;

	while (usable(b, id) && btf_kind(b, id) == BTF_KIND_ARRAY && ndims < BTF_MAX_DEPTH) {
		dims[ndims++] = btf_extra(b, id, 2);
		id = btf_extra(b, id, 0);
	}
	k = btf_kind(b, id);
	name = btf_name(b, id);
	if (valid(b, id) && (b->bad[id] || k == BTF_KIND_ARRAY))
		snprintf(buf, size, "(bad type [%u])", id);
	else if (k == BTF_KIND_STRUCT || k == BTF_KIND_UNION || k == BTF_KIND_ENUM ||
		 k == BTF_KIND_ENUM64)
		snprintf(buf, size, "%s %s", k == BTF_KIND_STRUCT ? "struct" :
			 k == BTF_KIND_UNION ? "union" : "enum", name[0] ? name : "(anon)");
	else if (k == BTF_KIND_PTR)
		snprintf(buf, size, "pointer");
	else
		snprintf(buf, size, "%s", name[0] ? name : "(anon)");
	for (len = strlen(buf); ndims > 0 && len < size; len += strlen(buf + len))
		snprintf(buf + len, size - len, "[%u]", dims[--ndims]);
	return buf;
}

int btf_struct_member(const struct btf *b, uint32_t id, uint32_t i, struct btf_member *m)
{
	uint32_t k = btf_kind(b, id);

	if ((k != BTF_KIND_STRUCT && k != BTF_KIND_UNION) || i >= btf_vlen(b, id))
		return -1;
	m->name_off = btf_extra(b, id, i * 3);
	m->type = btf_extra(b, id, i * 3 + 1);
	m->offset = btf_extra(b, id, i * 3 + 2);
	return 0;
}

int btf_datasec_var(const struct btf *b, uint32_t id, uint32_t i, struct btf_var_secinfo *v)
{
	if (btf_kind(b, id) != BTF_KIND_DATASEC || i >= btf_vlen(b, id))
		return -1;
	v->type = btf_extra(b, id, i * 3);
	v->offset = btf_extra(b, id, i * 3 + 1);
	v->size = btf_extra(b, id, i * 3 + 2);
	return 0;
}

uint32_t btf_ptr_target(const struct btf *b, uint32_t id)
{
	return btf_kind(b, id) == BTF_KIND_PTR ? btf_type_ref(b, id) : 0;
}

uint32_t btf_int_array_len(const struct btf *b, uint32_t id)
{
	uint32_t arr = btf_ptr_target(b, id);

	return btf_kind(b, arr) == BTF_KIND_ARRAY ? btf_extra(b, arr, 2) : 0;
}

const char *btf_kind_name(uint32_t kind)
{
	static const char *const names[] = {
		"UNKNOWN", "INT", "PTR", "ARRAY", "STRUCT", "UNION", "ENUM", "FWD",
		"TYPEDEF", "VOLATILE", "CONST", "RESTRICT", "FUNC", "FUNC_PROTO", "VAR",
		"DATASEC", "FLOAT", "DECL_TAG", "TYPE_TAG", "ENUM64",
	};

	return kind < BTF_KIND_MAX ? names[kind] : "UNKNOWN";
}
