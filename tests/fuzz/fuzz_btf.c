// SPDX-License-Identifier: GPL-2.0-only
/* libFuzzer: BTF on its own, raw .BTF section bytes (little-endian, as the
 * seeds are), through the parser, every walk (resolve, size, name,
 * members, the name index) and the bpftool-style printer.
 *
 * Byte mutations rarely make a loop of references: most of them break
 * the records' framing first.  So the mutator is structure-aware: it
 * finds the records and rewrites what makes graphs, a type id in a
 * reference field or a kind among the kinds of the same record size,
 * leaving everything else valid; one time in four it leaves the input to
 * libFuzzer's own byte mutations. */
#include <stdlib.h>

#include "btf.h"
#include "btf_core.h"
#include "btf_dump.h"
#include "endian.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct btf b;
	char err[256], name[128];
	FILE *null = fopen("/dev/null", "w");

	if (btf_parse(&b, data, size, 0, err, sizeof(err)) == 0) {
		for (size_t i = 0; i < b.nproblems; i++)
			btf_problem_text(&b.problems[i], err, sizeof(err));
		for (uint32_t id = 0; id <= b.ntypes + 1; id++) {
			struct btf_member m;
			struct btf_var_secinfo v;
			uint32_t cursor = 0;
			const char *n = btf_name(&b, id);

			(void)btf_resolve(&b, id);
			(void)btf_size_of(&b, id);
			btf_type_name(&b, id, name, sizeof(name));
			(void)btf_int_array_len(&b, id);
			for (uint32_t k = 0; btf_struct_member(&b, id, k, &m) == 0; k++)
				btf_type_name(&b, m.type, name, sizeof(name));
			for (uint32_t k = 0; btf_datasec_var(&b, id, k, &v) == 0; k++)
				(void)btf_size_of(&b, v.type);
			if (n[0] && btf_find(&b, btf_kind(&b, id), n) == 0)
				abort();   /* the index must find every named type */
			while (btf_find_essential(&b, n, btf_essential_len(n), &cursor))
				;
		}
		if (null)
			btf_dump(&b, null);
		/* CO-RE records of every kind on the first types, with access
		 * strings from the string area, resolved against the BTF itself. */
		for (uint32_t id = 0; id <= b.ntypes + 1 && id < 48; id++)
			for (uint32_t kind = 0; kind <= CORE_KINDS; kind++) {
				struct core_relo r = { 0, id, b.strs_len ? (id * 13 + kind * 7) % b.strs_len : 0,
						       kind };
				struct core_result res;
				char text[256];

				core_relo_text(&b, &r, text, sizeof(text));
				core_resolve(&b, &b, kind & 1, &r, &res);
			}
		btf_free(&b);
	}
	if (null)
		fclose(null);
	return 0;
}

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);

/* Record size of a kind, as btf.c reads it; 0 for kinds it refuses. */
static size_t record_size(uint32_t kind, uint32_t vlen)
{
	switch (kind) {
	case BTF_KIND_INT: case BTF_KIND_VAR: case BTF_KIND_DECL_TAG: return 16;
	case BTF_KIND_ARRAY: return 24;
	case BTF_KIND_STRUCT: case BTF_KIND_UNION: case BTF_KIND_DATASEC:
	case BTF_KIND_ENUM64: return 12 + 12 * (size_t)vlen;
	case BTF_KIND_ENUM: case BTF_KIND_FUNC_PROTO: return 12 + 8 * (size_t)vlen;
	default: return kind && kind < BTF_KIND_MAX ? 12 : 0;
	}
}

static void put32le(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8), p[2] = (uint8_t)(v >> 16), p[3] = (uint8_t)(v >> 24);
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed)
{
	/* Kinds whose records are just the 12-byte header and a type id. */
	static const uint32_t ref_kinds[] = { BTF_KIND_PTR, BTF_KIND_TYPEDEF, BTF_KIND_VOLATILE,
					      BTF_KIND_CONST, BTF_KIND_RESTRICT, BTF_KIND_FUNC,
					      BTF_KIND_TYPE_TAG };
	size_t offs[4096], n = 0, types, end;
	uint32_t r = seed;

	if (size < 24 || get16(data, 0) != 0xeb9f || (r & 3) == 0)
		return LLVMFuzzerMutate(data, size, max_size);
	types = 24 + (size_t)get32(data + 8, 0);
	end = types + get32(data + 12, 0);
	if (end > size || types > end)
		return LLVMFuzzerMutate(data, size, max_size);
	for (size_t pos = types; pos + 12 <= end && n < 4096;) {
		uint32_t info = get32(data + pos + 4, 0);
		size_t len = record_size(info >> 24 & 0x1f, info & 0xffff);

		if (!len || pos + len > end)
			break;
		offs[n++] = pos;
		pos += len;
	}
	if (!n)
		return LLVMFuzzerMutate(data, size, max_size);
	for (int step = 0; step < 1 + (int)(r >> 2 & 3); step++) {
		size_t idx = (r = r * 1103515245u + 12345u) % n, at = offs[idx];
		uint32_t info = get32(data + at + 4, 0), kind = info >> 24 & 0x1f;
		uint32_t vlen = info & 0xffff, id = (r >> 8) % (uint32_t)(n + 2);

		r = r * 1103515245u + 12345u;
		switch (r >> 16 & 3) {
		case 0:   /* the type/size word: a reference for most kinds */
			put32le(data + at + 8, id);
			break;
		case 1:   /* another kind of the same record size */
			if (record_size(kind, vlen) == 12)
				put32le(data + at + 4, (info & ~(0x1fu << 24)) |
					ref_kinds[(r >> 20) % 7] << 24);
			break;
		case 2:   /* an array's element, a member's or parameter's type */
			if (kind == BTF_KIND_ARRAY)
				put32le(data + at + 12, id);
			else if ((kind == BTF_KIND_STRUCT || kind == BTF_KIND_UNION) && vlen)
				put32le(data + at + 12 + 12 * ((r >> 20) % vlen) + 4, id);
			else if (kind == BTF_KIND_FUNC_PROTO && vlen)
				put32le(data + at + 12 + 8 * ((r >> 20) % vlen) + 4, id);
			else if (kind == BTF_KIND_DATASEC && vlen)
				put32le(data + at + 12 + 12 * ((r >> 20) % vlen), id);
			break;
		default:  /* point it at itself */
			put32le(data + at + 8, (uint32_t)idx + 1);
			break;
		}
	}
	return size;
}
