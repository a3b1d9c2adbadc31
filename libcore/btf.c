// SPDX-License-Identifier: GPL-2.0-only
/* BTF and BTF.ext parsing and bpftool-style type dumps. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "btf.h"
#include "endian.h"
#include "err.h"
#include "xalloc.h"

#define BTF_MAGIC 0xeb9f
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

static int str_ok(const struct btf *b, uint32_t off)
{
	return off < b->strs_len && memchr(b->strs + off, 0, b->strs_len - off);
}

int btf_parse(struct btf *b, const unsigned char *data, size_t size, int big,
	      char *err, size_t errsize)
{
	uint32_t type_off, type_len, str_off, str_len, pos, cap = 64;

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
	b->off = xmalloc(cap * sizeof(*b->off));
	b->off[0] = 0;
	for (pos = 0; pos < type_len;) {
		uint32_t info, kind, vlen;
		uint64_t need;

		if (type_len - pos < TYPE_HDR)
			return set_error(err, errsize, "BTF type %u cut short", b->ntypes + 1);
		info = u32at(b, pos + 4);
		kind = info >> 24 & 0x1f;
		vlen = info & 0xffff;
		if (kind == BTF_KIND_UNKN || kind >= BTF_KIND_MAX)
			return set_error(err, errsize, "BTF type %u: unknown kind %u", b->ntypes + 1, kind);
		if (!str_ok(b, u32at(b, pos)))
			return set_error(err, errsize, "BTF type %u: name offset %u outside the strings",
				    b->ntypes + 1, u32at(b, pos));
		need = TYPE_HDR + extra_size(kind, vlen);
		if (need > type_len - pos)
			return set_error(err, errsize, "BTF type %u (%s, vlen %u) runs past the type area",
				    b->ntypes + 1, btf_kind_name(kind), vlen);
		if (b->ntypes + 2 > cap) {
			cap *= 2;
			b->off = xrealloc(b->off, cap * sizeof(*b->off));
		}
		b->off[++b->ntypes] = pos;
		pos += (uint32_t)need;
	}
	/* Member and parameter names must be strings too. */
	for (uint32_t id = 1; id <= b->ntypes; id++) {
		uint32_t k = btf_kind(b, id), n = btf_vlen(b, id), step;

		if (k == BTF_KIND_STRUCT || k == BTF_KIND_UNION || k == BTF_KIND_ENUM64)
			step = 12;
		else if (k == BTF_KIND_ENUM || k == BTF_KIND_FUNC_PROTO)
			step = 8;
		else
			continue;
		for (uint32_t i = 0; i < n; i++)
			if (!str_ok(b, u32at(b, b->off[id] + TYPE_HDR + i * step)))
				return set_error(err, errsize, "BTF type %u member %u: name outside the strings",
					    id, i);
	}
	return 0;
}

void btf_free(struct btf *b)
{
	free(b->off);
	memset(b, 0, sizeof(*b));
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

static int kind_flag(const struct btf *b, uint32_t id)
{
	return valid(b, id) && u32at(b, b->off[id] + 4) >> 31;
}

const char *btf_str(const struct btf *b, uint32_t off)
{
	return str_ok(b, off) ? (const char *)b->strs + off : "";
}

const char *btf_name(const struct btf *b, uint32_t id)
{
	return valid(b, id) ? btf_str(b, u32at(b, b->off[id])) : "";
}

uint32_t btf_type_ref(const struct btf *b, uint32_t id)
{
	return valid(b, id) ? u32at(b, b->off[id] + 8) : 0;
}

static uint32_t extra(const struct btf *b, uint32_t id, uint32_t at)
{
	return u32at(b, b->off[id] + TYPE_HDR + at);
}

uint32_t btf_resolve(const struct btf *b, uint32_t id)
{
	/* Bounded: a loop of modifiers in hostile BTF ends here. */
	for (uint32_t depth = 0; depth < 32 && valid(b, id); depth++) {
		uint32_t k = btf_kind(b, id);

		if (k != BTF_KIND_TYPEDEF && k != BTF_KIND_CONST && k != BTF_KIND_VOLATILE &&
		    k != BTF_KIND_RESTRICT && k != BTF_KIND_TYPE_TAG)
			return id;
		id = btf_type_ref(b, id);
	}
	return valid(b, id) ? id : 0;
}

uint32_t btf_size_of(const struct btf *b, uint32_t id)
{
	uint64_t n = 1;

	for (uint32_t depth = 0; depth < 32; depth++) {
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
			n *= extra(b, id, 8);
			if (n > UINT32_MAX)
				return UINT32_MAX;
			id = extra(b, id, 0);
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

const char *btf_type_name(const struct btf *b, uint32_t id)
{
	static char buf[160];
	uint32_t k = btf_kind(b, id);
	const char *name = btf_name(b, id);

	if (k == BTF_KIND_STRUCT || k == BTF_KIND_UNION || k == BTF_KIND_ENUM ||
	    k == BTF_KIND_ENUM64)
		snprintf(buf, sizeof(buf), "%s %s", k == BTF_KIND_STRUCT ? "struct" :
			 k == BTF_KIND_UNION ? "union" : "enum", name[0] ? name : "(anon)");
	else if (k == BTF_KIND_ARRAY) {
		char inner[128];

		snprintf(inner, sizeof(inner), "%s", btf_type_name(b, extra(b, id, 0)));
		snprintf(buf, sizeof(buf), "%s[%u]", inner, extra(b, id, 8));
	} else if (k == BTF_KIND_PTR)
		snprintf(buf, sizeof(buf), "pointer");
	else
		snprintf(buf, sizeof(buf), "%s", name[0] ? name : "(anon)");
	return buf;
}

int btf_struct_member(const struct btf *b, uint32_t id, uint32_t i, struct btf_member *m)
{
	uint32_t k = btf_kind(b, id);

	if ((k != BTF_KIND_STRUCT && k != BTF_KIND_UNION) || i >= btf_vlen(b, id))
		return -1;
	m->name_off = extra(b, id, i * 12);
	m->type = extra(b, id, i * 12 + 4);
	m->offset = extra(b, id, i * 12 + 8);
	return 0;
}

int btf_datasec_var(const struct btf *b, uint32_t id, uint32_t i, struct btf_var_secinfo *v)
{
	if (btf_kind(b, id) != BTF_KIND_DATASEC || i >= btf_vlen(b, id))
		return -1;
	v->type = extra(b, id, i * 12);
	v->offset = extra(b, id, i * 12 + 4);
	v->size = extra(b, id, i * 12 + 8);
	return 0;
}

uint32_t btf_find_datasec(const struct btf *b, const char *name)
{
	for (uint32_t id = 1; id <= b->ntypes; id++)
		if (btf_kind(b, id) == BTF_KIND_DATASEC && !strcmp(btf_name(b, id), name))
			return id;
	return 0;
}

uint32_t btf_ptr_target(const struct btf *b, uint32_t id)
{
	return btf_kind(b, id) == BTF_KIND_PTR ? btf_type_ref(b, id) : 0;
}

uint32_t btf_int_array_len(const struct btf *b, uint32_t id)
{
	uint32_t arr = btf_ptr_target(b, id);

	return btf_kind(b, arr) == BTF_KIND_ARRAY ? extra(b, arr, 8) : 0;
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

static const char *anon(const char *s)
{
	return s[0] ? s : "(anon)";
}

void btf_dump(const struct btf *b, FILE *out)
{
	static const char *const linkage[] = { "static", "global", "extern" };

	for (uint32_t id = 1; id <= b->ntypes; id++) {
		uint32_t k = btf_kind(b, id), n = btf_vlen(b, id), ref = btf_type_ref(b, id);
		const char *name = anon(btf_name(b, id));

		fprintf(out, "[%u] %s '%s'", id, btf_kind_name(k), name);
		switch (k) {
		case BTF_KIND_INT: {
			uint32_t v = extra(b, id, 0), enc = v >> 24 & 0xf;

			fprintf(out, " size=%u bits_offset=%u nr_bits=%u encoding=%s\n", ref,
				v >> 16 & 0xff, v & 0xff,
				enc & 1 ? "SIGNED" : enc & 2 ? "CHAR" : enc & 4 ? "BOOL" : "(none)");
			break;
		}
		case BTF_KIND_PTR: case BTF_KIND_TYPEDEF: case BTF_KIND_VOLATILE:
		case BTF_KIND_CONST: case BTF_KIND_RESTRICT: case BTF_KIND_TYPE_TAG:
			fprintf(out, " type_id=%u\n", ref);
			break;
		case BTF_KIND_ARRAY:
			fprintf(out, " type_id=%u index_type_id=%u nr_elems=%u\n",
				extra(b, id, 0), extra(b, id, 4), extra(b, id, 8));
			break;
		case BTF_KIND_STRUCT: case BTF_KIND_UNION:
			fprintf(out, " size=%u vlen=%u\n", ref, n);
			for (uint32_t i = 0; i < n; i++) {
				uint32_t off = extra(b, id, i * 12 + 8);

				fprintf(out, "\t'%s' type_id=%u bits_offset=%u", anon(btf_str(b, extra(b, id, i * 12))),
					extra(b, id, i * 12 + 4), kind_flag(b, id) ? off & 0xffffff : off);
				if (kind_flag(b, id) && off >> 24)
					fprintf(out, " bitfield_size=%u", off >> 24);
				fputc('\n', out);
			}
			break;
		case BTF_KIND_ENUM:
			fprintf(out, " encoding=%s size=%u vlen=%u\n",
				kind_flag(b, id) ? "SIGNED" : "UNSIGNED", ref, n);
			for (uint32_t i = 0; i < n; i++) {
				uint32_t v = extra(b, id, i * 8 + 4);

				if (kind_flag(b, id))
					fprintf(out, "\t'%s' val=%d\n", anon(btf_str(b, extra(b, id, i * 8))), (int32_t)v);
				else
					fprintf(out, "\t'%s' val=%u\n", anon(btf_str(b, extra(b, id, i * 8))), v);
			}
			break;
		case BTF_KIND_ENUM64:
			fprintf(out, " encoding=%s size=%u vlen=%u\n",
				kind_flag(b, id) ? "SIGNED" : "UNSIGNED", ref, n);
			for (uint32_t i = 0; i < n; i++) {
				uint64_t v = (uint64_t)extra(b, id, i * 12 + 8) << 32 | extra(b, id, i * 12 + 4);

				if (kind_flag(b, id))
					fprintf(out, "\t'%s' val=%" PRId64 "\n", anon(btf_str(b, extra(b, id, i * 12))), (int64_t)v);
				else
					fprintf(out, "\t'%s' val=%" PRIu64 "\n", anon(btf_str(b, extra(b, id, i * 12))), v);
			}
			break;
		case BTF_KIND_FWD:
			fprintf(out, " fwd_kind=%s\n", kind_flag(b, id) ? "union" : "struct");
			break;
		case BTF_KIND_FUNC:
			fprintf(out, " type_id=%u linkage=%s\n", ref, n < 3 ? linkage[n] : "(unknown)");
			break;
		case BTF_KIND_FUNC_PROTO:
			fprintf(out, " ret_type_id=%u vlen=%u\n", ref, n);
			for (uint32_t i = 0; i < n; i++)
				fprintf(out, "\t'%s' type_id=%u\n", anon(btf_str(b, extra(b, id, i * 8))),
					extra(b, id, i * 8 + 4));
			break;
		case BTF_KIND_VAR: {
			uint32_t l = extra(b, id, 0);

			fprintf(out, " type_id=%u, linkage=%s\n", ref,
				l == 0 ? "static" : l == 1 ? "global" : l == 2 ? "extern" : "(unknown)");
			break;
		}
		case BTF_KIND_DATASEC:
			fprintf(out, " size=%u vlen=%u\n", ref, n);
			for (uint32_t i = 0; i < n; i++) {
				uint32_t t = extra(b, id, i * 12);

				fprintf(out, "\ttype_id=%u offset=%u size=%u (%s '%s')\n", t,
					extra(b, id, i * 12 + 4), extra(b, id, i * 12 + 8),
					btf_kind_name(btf_kind(b, t)), anon(btf_name(b, t)));
			}
			break;
		case BTF_KIND_FLOAT:
			fprintf(out, " size=%u\n", ref);
			break;
		case BTF_KIND_DECL_TAG:
			fprintf(out, " type_id=%u component_idx=%d\n", ref, (int32_t)extra(b, id, 0));
			break;
		default:
			fputc('\n', out);
		}
	}
}

/* ---- BTF.ext ----------------------------------------------------------------- */

/* One info area: u32 record size, then per section {name, count, records}. */
static int ext_area(const unsigned char *p, uint32_t len, int big, const struct btf *b,
		    uint32_t min_rec, uint32_t *rec_size, struct btf_ext_sec **out,
		    size_t *nout, const char *what, char *err, size_t errsize)
{
	uint32_t pos = 4;
	size_t cap = 0;

	*out = NULL;
	*nout = 0;
	if (len == 0)
		return 0;
	if (len < 4)
		return set_error(err, errsize, "BTF.ext %s area cut short", what);
	*rec_size = get32(p, big);
	if (*rec_size < min_rec || *rec_size > 1024)
		return set_error(err, errsize, "BTF.ext %s record size %u out of range", what, *rec_size);
	while (pos < len) {
		struct btf_ext_sec *s;
		uint32_t name, count;

		if (len - pos < 8)
			return set_error(err, errsize, "BTF.ext %s section header cut short", what);
		name = get32(p + pos, big);
		count = get32(p + pos + 4, big);
		pos += 8;
		if ((uint64_t)count * *rec_size > len - pos)
			return set_error(err, errsize, "BTF.ext %s: %u records run past the area", what, count);
		if (!str_ok(b, name))
			return set_error(err, errsize, "BTF.ext %s: section name outside the BTF strings", what);
		*out = xgrow(*out, &cap, *nout + 1, sizeof(**out));
		s = &(*out)[(*nout)++];
		s->name = btf_str(b, name);
		s->count = count;
		s->rec = p + pos;
		pos += count * *rec_size;
	}
	return 0;
}

int btf_ext_parse(struct btf_ext *e, const struct btf *b, const unsigned char *data,
		  size_t size, int big, char *err, size_t errsize)
{
	uint32_t hdr_len, foff, flen, loff, llen;

	memset(e, 0, sizeof(*e));
	e->big = big;
	if (size < 24)
		return set_error(err, errsize, "BTF.ext header cut short (%zu bytes)", size);
	if (get16(data, big) != BTF_MAGIC)
		return set_error(err, errsize, "bad BTF.ext magic 0x%04x", get16(data, big));
	hdr_len = get32(data + 4, big);
	foff = get32(data + 8, big);
	flen = get32(data + 12, big);
	loff = get32(data + 16, big);
	llen = get32(data + 20, big);
	if (hdr_len < 24 || hdr_len > size || (uint64_t)hdr_len + foff + flen > size ||
	    (uint64_t)hdr_len + loff + llen > size)
		return set_error(err, errsize, "BTF.ext areas past the section end");
	if (ext_area(data + hdr_len + foff, flen, big, b, 8, &e->func_rec_size, &e->func,
		     &e->nfunc, "func_info", err, errsize) < 0 ||
	    ext_area(data + hdr_len + loff, llen, big, b, 16, &e->line_rec_size, &e->lines,
		     &e->nlines, "line_info", err, errsize) < 0)
		return -1;
	return 0;
}

void btf_ext_free(struct btf_ext *e)
{
	free(e->func);
	free(e->lines);
	memset(e, 0, sizeof(*e));
}

void btf_ext_line(const struct btf_ext *e, const struct btf *b,
		  const struct btf_ext_sec *s, uint32_t i, struct btf_line *out)
{
	const unsigned char *r = s->rec + (size_t)i * e->line_rec_size;
	uint32_t lc = get32(r + 12, e->big);

	out->insn_off = get32(r, e->big);
	out->file = btf_str(b, get32(r + 4, e->big));
	out->line = btf_str(b, get32(r + 8, e->big));
	out->line_no = lc >> 10;
	out->col = lc & 0x3ff;
}
