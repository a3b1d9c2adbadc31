// SPDX-License-Identifier: GPL-2.0-only
/* BTF.ext: the func_info, line_info and CO-RE relocation records per
 * program section. */
#include <stdlib.h>
#include <string.h>

#include "btf.h"
#include "btf_ext.h"
#include "endian.h"
#include "err.h"
#include "xalloc.h"


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
		if (!btf_str_ok(b, name))
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
	uint32_t hdr_len, foff, flen, loff, llen, coff = 0, clen = 0;

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
	/* Clang 12 and later add the CO-RE area: a header of 32 bytes. */
	if (hdr_len >= 32 && size >= 32) {
		coff = get32(data + 24, big);
		clen = get32(data + 28, big);
	}
	if (hdr_len < 24 || hdr_len > size || (uint64_t)hdr_len + foff + flen > size ||
	    (uint64_t)hdr_len + loff + llen > size || (uint64_t)hdr_len + coff + clen > size)
		return set_error(err, errsize, "BTF.ext areas past the section end");
	if (ext_area(data + hdr_len + foff, flen, big, b, 8, &e->func_rec_size, &e->func,
		     &e->nfunc, "func_info", err, errsize) < 0 ||
	    ext_area(data + hdr_len + loff, llen, big, b, 16, &e->line_rec_size, &e->lines,
		     &e->nlines, "line_info", err, errsize) < 0 ||
	    ext_area(data + hdr_len + coff, clen, big, b, 16, &e->core_rec_size, &e->core,
		     &e->ncore, "CO-RE", err, errsize) < 0)
		return -1;
	return 0;
}

void btf_ext_free(struct btf_ext *e)
{
	free(e->func);
	free(e->lines);
	free(e->core);
	memset(e, 0, sizeof(*e));
}

const struct btf_ext_sec *btf_ext_find(const struct btf_ext_sec *area, size_t n,
				       const char *name)
{
	for (size_t k = 0; k < n; k++)
		if (!strcmp(area[k].name, name))
			return &area[k];
	return NULL;
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
