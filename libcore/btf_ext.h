/* SPDX-License-Identifier: GPL-2.0-only */
/* .BTF.ext of a BPF object: per-section func_info and line_info records,
 * read in place and checked against the section once. */
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
