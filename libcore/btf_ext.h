/* SPDX-License-Identifier: GPL-2.0-only */
/* .BTF.ext of a BPF object: per-section func_info, line_info and CO-RE
 * relocation records, read in place and checked against the section
 * once.  What CO-RE records mean is btf_core.c. */
#ifndef BPFBOX_BTF_EXT_H
#define BPFBOX_BTF_EXT_H
#include <stddef.h>
#include <stdint.h>

#include "btf.h"

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
	uint32_t func_rec_size, line_rec_size, core_rec_size;
	struct btf_ext_sec *func, *lines, *core;
	size_t nfunc, nlines, ncore;
};

int btf_ext_parse(struct btf_ext *e, const struct btf *b, const unsigned char *data,
		  size_t size, int big, char *err, size_t errsize);
void btf_ext_free(struct btf_ext *e);
/* The records of the code section called name in one area (e->func,
 * e->lines or e->core, n of them); NULL when it has none. */
const struct btf_ext_sec *btf_ext_find(const struct btf_ext_sec *area, size_t n,
				       const char *name);
/* Line info record i of section s. */
void btf_ext_line(const struct btf_ext *e, const struct btf *b,
		  const struct btf_ext_sec *s, uint32_t i, struct btf_line *out);

#endif
