// SPDX-License-Identifier: GPL-2.0-only
/* A BPF object's code as llvm-objdump -d -r prints it (or the kernel's
 * syntax), and its instructions as JSON. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpf_helpers.h"
#include "bpf_insn.h"
#include "bpfobj_listing.h"
#include "btf_core.h"
#include "columns.h"
#include "json.h"
#include "num.h"
#include "text.h"
#include "xalloc.h"

/* One instruction of a code section, decoded and in llvm-objdump's (or
 * the kernel's) text: what the listing and the JSON both print. */
struct insn_view {
	uint64_t pos;           /* byte offset in the section */
	int cut;                /* fewer bytes than the instruction needs */
	struct bpf_insn in;
	struct bpf_text t;
};

/* Decodes the instruction at pos, in a range of code ending at end (the
 * section's end, or a program's). */
static void view_insn(const struct bpfobj *ob, const struct elf_section *s, uint64_t pos,
		      uint64_t end, const struct bpf_names *names, struct insn_view *v)
{
	struct bpf_insn nx;
	int has_next = end - pos >= 16;

	v->pos = pos;
	/* Fewer bytes than the instruction needs: like llvm-objdump, one
	 * "<unknown>" per remaining byte. */
	v->cut = end - pos < 8 || (s->data[pos] == BPF_LD_IMM64 && !has_next);
	if (end - pos < 8)
		return;
	bpf_insn_decode(s->data + pos, ob->elf.big_endian, &v->in);
	if (has_next)
		bpf_insn_decode(s->data + pos + 8, ob->elf.big_endian, &nx);
	if (names)
		bpf_format_kernel(&v->in, has_next ? &nx : NULL, (long long)(pos / 8), names, &v->t);
	else
		bpf_format_llvm(&v->in, has_next ? &nx : NULL, (long long)(pos / 8), &v->t);
}

/* The bytes the view covers. */
static uint64_t view_len(const struct insn_view *v)
{
	return v->cut ? 1 : 8 * (uint64_t)v->t.slots;
}

/* The section's symbols that label code, by address; a section without
 * one at its start gets its own name there, as llvm-objdump does. */
struct label { uint64_t value; const char *name; size_t index; };

static int by_value(const void *x, const void *y)
{
	const struct label *a = x, *b = y;

	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	return (a->index > b->index) - (a->index < b->index);
}

static struct label *section_labels(const struct elfobj *e, size_t sec, size_t *n)
{
	struct label *l = NULL;
	size_t cap = 0, k = 0;
	int at_zero = 0;

	for (size_t i = 1; i < e->nsym; i++) {
		const GElf_Sym *s = &e->sym[i].sym;
		int t = GELF_ST_TYPE(s->st_info);

		if (s->st_shndx != sec || t == STT_SECTION || t == STT_FILE)
			continue;
		l = xgrow(l, &cap, k + 1, sizeof(*l));
		l[k++] = (struct label){ s->st_value, e->sym[i].name, i };
		at_zero |= s->st_value == 0;
	}
	if (!at_zero) {
		l = xgrow(l, &cap, k + 1, sizeof(*l));
		l[k++] = (struct label){ 0, e->sec[sec].name, 0 };
	}
	qsort(l, k, sizeof(*l), by_value);
	*n = k;
	return l;
}

/* The last label at or below addr (unsigned, as llvm-objdump compares). */
static const struct label *label_for(const struct label *l, size_t n, uint64_t addr)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (l[mid].value <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? &l[lo - 1] : &l[n - 1];
}

/* Names for the kernel syntax and verbose: helpers and what ld_imm64 loads. */
struct names_ctx {
	const struct bpfobj *ob;
	const struct elf_relocs *rel;
	char buf[160];
};

static const char *helper_name(void *ctx, int32_t id)
{
	struct names_ctx *c = ctx;
	const char *n = bpf_helper_name(id);

	if (!n)
		return NULL;
	snprintf(c->buf, sizeof(c->buf), "bpf_%s", n);
	return c->buf;
}

/* ld_imm64 with a relocation: the map (or global data) it loads. */
static const char *ld_imm64_name(void *ctx, long long index)
{
	struct names_ctx *c = ctx;
	const struct elf_reloc *r = elf_reloc_at(c->rel, (uint64_t)index * 8);
	const struct bpfobj_map *m;

	if (!r)
		return NULL;
	m = bpfobj_map_of_reloc(c->ob, r);
	if (m && bpfobj_map_is_data(m))
		snprintf(c->buf, sizeof(c->buf), "map[%s][0]+%" PRIu64, m->name,
			 (uint64_t)c->ob->elf.sym[r->sym].sym.st_value);
	else if (m)
		snprintf(c->buf, sizeof(c->buf), "map[%s]", m->name);
	else
		snprintf(c->buf, sizeof(c->buf), "%s", c->ob->elf.sym[r->sym].name);
	return c->buf;
}

/* "       5:\t" */
static char *put_index(char *p, uint64_t index)
{
	char digits[20];
	size_t n = (size_t)(put_u64(digits, index) - digits);

	for (size_t pad = n; pad < 8; pad++)
		*p++ = ' ';
	memcpy(p, digits, n);
	p += n;
	*p++ = ':';
	*p++ = '\t';
	return p;
}

static char *put_hex_bytes(char *p, const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		*p++ = hex_digits[b[i] >> 4];
		*p++ = hex_digits[b[i] & 15];
		*p++ = i + 1 < n ? ' ' : '\t';
	}
	return p;
}

/* Relocations of a section in offset order, walked once with a cursor
 * as the disassembly advances. */
struct reloc_cursor {
	const struct elfobj *e;
	const struct elf_reloc **r;
	size_t n, next;
};

static int by_offset(const void *x, const void *y)
{
	const struct elf_reloc *a = *(const struct elf_reloc *const *)x;
	const struct elf_reloc *b = *(const struct elf_reloc *const *)y;

	if (a->offset != b->offset)
		return a->offset < b->offset ? -1 : 1;
	return (a > b) - (a < b);
}

static void reloc_cursor_init(struct reloc_cursor *c, const struct elfobj *e,
			      const struct elf_relocs *rel)
{
	c->e = e;
	c->n = rel->n;
	c->next = 0;
	c->r = xcalloc(rel->n, sizeof(*c->r));
	for (size_t i = 0; i < rel->n; i++)
		c->r[i] = &rel->r[i];
	qsort(c->r, c->n, sizeof(*c->r), by_offset);
}

/* Prints the relocations with offsets below `to` not printed yet. */
static void print_relocs_before(struct reloc_cursor *c, uint64_t to)
{
	for (; c->next < c->n && c->r[c->next]->offset < to; c->next++) {
		const struct elf_reloc *r = c->r[c->next];
		const char *t = elf_bpf_reloc_name(r->type);

		printf("\t\t%016" PRIx64 ":  %s\t%s\n", r->offset, t ? t : "R_BPF_UNKNOWN",
		       c->e->sym[r->sym].name);
	}
}

/* CO-RE records of a section in offset order (stable: llvm-objdump
 * prints the first record of an instruction), walked with a cursor. */
struct core_cursor {
	const struct bpfobj *ob;
	const struct btf_ext_sec *s;
	uint32_t *order, n, next;
};

static void core_cursor_init(struct core_cursor *c, const struct bpfobj *ob, const char *sec)
{
	memset(c, 0, sizeof(*c));
	c->ob = ob;
	/* llvm-objdump reads them only with both .BTF and .BTF.ext. */
	if (!ob->has_ext || !(c->s = btf_ext_find(ob->ext.core, ob->ext.ncore, sec)))
		return;
	c->order = xcalloc(c->s->count + 1, sizeof(*c->order));
	for (uint32_t i = 0; i < c->s->count; i++) {   /* insertion sort: nearly sorted */
		struct core_relo r, q;
		uint32_t j = i;

		core_relo_get(&ob->ext, c->s, i, &r);
		for (; j > 0; j--) {
			core_relo_get(&ob->ext, c->s, c->order[j - 1], &q);
			if (q.insn_off <= r.insn_off)
				break;
			c->order[j] = c->order[j - 1];
		}
		c->order[j] = i;
	}
	c->n = c->s->count;
}

/* The CO-RE line of the instruction at pos, as llvm-objdump -d -r prints it. */
static void print_core_at(struct core_cursor *c, uint64_t pos)
{
	struct core_relo r;
	char text[256];

	for (; c->next < c->n; c->next++) {
		core_relo_get(&c->ob->ext, c->s, c->order[c->next], &r);
		if (r.insn_off >= pos)
			break;
	}
	if (c->next < c->n && r.insn_off == pos)
		printf("\t\t%016" PRIx64 ":  CO-RE %s\n", pos,
		       text_safe_name(core_relo_text(&c->ob->btf, &r, text, sizeof(text))));
}

/* Source line comments from BTF.ext line info: the section's records. */
static const struct btf_ext_sec *line_info_of(const struct bpfobj *ob, const char *sec)
{
	for (size_t k = 0; ob->has_ext && k < ob->ext.nlines; k++)
		if (!strcmp(ob->ext.lines[k].name, sec))
			return &ob->ext.lines[k];
	return NULL;
}

/* "; LINE": a source line, safe for a terminal but for its tabs. */
static void print_tabbed(const char *line)
{
	char copy[512], *p = copy, *tab;

	snprintf(copy, sizeof(copy), "%s", line);
	fputs("; ", stdout);
	for (; (tab = strchr(p, '\t')); p = tab + 1) {
		*tab = 0;
		printf("%s\t", text_safe_name(p));
	}
	printf("%s\n", text_safe_name(p));
}

/* The source line of the instruction at off, when it is not the line
 * printed last (*last: its file and number). */
static void print_source_line(const struct bpfobj *ob, const struct btf_ext_sec *ls, uint64_t off,
			      struct btf_line *last)
{
	struct btf_line ln;

	for (uint32_t i = 0; ls && i < ls->count; i++) {
		btf_ext_line(&ob->ext, &ob->btf, ls, i, &ln);
		if (ln.insn_off != off || !ln.line[0] ||
		    (ln.line_no == last->line_no && ln.file == last->file))
			continue;
		print_tabbed(ln.line);
		*last = ln;
	}
}

/* What a listing line adds after the instruction text: the target's
 * label, and when verbose the helper or map it names. */
static char *put_annotations(char *p, const struct insn_view *v, const struct label *labels,
			     size_t nlabels, struct names_ctx *nc, int verbose)
{
	if (v->t.has_target) {
		uint64_t addr = (uint64_t)v->t.target * 8;
		const struct label *l = label_for(labels, nlabels, addr);

		if (addr == l->value)
			p += sprintf(p, " <%.512s>", text_safe_name(l->name));
		else
			p += sprintf(p, " <%.512s+0x%" PRIx64 ">", text_safe_name(l->name),
				     addr - l->value);
	}
	if (verbose && v->in.code == (BPF_JMP | BPF_CALL) &&
	    v->in.src == BPF_PSEUDO_HELPER && bpf_helper_name(v->in.imm))
		p += sprintf(p, " # bpf_%s", bpf_helper_name(v->in.imm));
	if (verbose && v->in.code == BPF_LD_IMM64) {
		const char *name = ld_imm64_name(nc, (long long)(v->pos / 8));

		if (name)
			p += sprintf(p, " # %s", name);
	}
	return p;
}

/* The kernel syntax's " <FUNCTION>" after a call: it is bpfbox's own
 * text, not llvm-objdump's, so it keeps to 80 columns (the line has no
 * tab after its index's); a longer name is cut and ends in "...". */
static char *put_call_target(char *p, const char *line, const char *name)
{
	int room = COLUMNS - 16 - (int)(p - line - 10) - 3;
	int cut = room > 3 ? room - 3 : 0;

	if ((int)strlen(name) <= room)
		return p + sprintf(p, " <%s>", name);
	while (cut && ((unsigned char)name[cut] & 0xc0) == 0x80)   /* a UTF-8 character whole */
		cut--;
	return p + sprintf(p, " <%.*s...>", cut, name);
}

/* One listing line: index, raw bytes, text, annotations. */
static void print_insn_line(const struct elf_section *s, const struct insn_view *v,
			    const struct label *labels, size_t nlabels, struct names_ctx *nc,
			    const struct bpfobj_listing_opts *o)
{
	size_t sec = (size_t)(s - nc->ob->elf.sec);
	char tb[160], line[1400], *p = put_index(line, v->pos / 8);

	if (v->cut) {
		if (o->raw)
			p = put_hex_bytes(p, s->data + v->pos, 1);
		p += sprintf(p, "<unknown>");
	} else {
		if (o->raw && !o->kernel)
			p = put_hex_bytes(p, s->data + v->pos, 8 * (size_t)v->t.slots);
		p += sprintf(p, "%s", v->t.text);
		if (!o->kernel)
			p = put_annotations(p, v, labels, nlabels, nc, o->verbose);
		else if (v->in.code == (BPF_JMP | BPF_CALL) && v->in.src == BPF_PSEUDO_CALL)
			p = put_call_target(p, line, text_safe_name(bpfobj_call_target(nc->ob,
				sec, v->pos, v->in.imm, tb, sizeof(tb))));
	}
	*p++ = '\n';
	*p = 0;
	fputs(line, stdout);
}

static void disasm_section(const struct bpfobj *ob, size_t sec,
			   const struct bpfobj_listing_opts *o)
{
	const struct elfobj *e = &ob->elf;
	const struct elf_section *s = &e->sec[sec];
	struct names_ctx nc = { ob, &e->rel[sec], "" };
	struct bpf_names names = { helper_name, ld_imm64_name, &nc };
	const struct btf_ext_sec *ls = o->lines ? line_info_of(ob, s->name) : NULL;
	size_t nlabels, next_label = 0;
	struct label *labels = section_labels(e, sec, &nlabels);
	struct reloc_cursor rc;
	struct core_cursor cc;
	struct insn_view v;
	struct btf_line last_line = { 0 };

	reloc_cursor_init(&rc, e, nc.rel);
	core_cursor_init(&cc, ob, s->name);
	printf("\nDisassembly of section %s:\n", text_safe_name(s->name));
	for (uint64_t pos = 0; pos < s->size; pos += view_len(&v)) {
		for (; next_label < nlabels && labels[next_label].value <= pos; next_label++)
			if (labels[next_label].value == pos)
				printf("\n%016" PRIx64 " <%s>:\n", labels[next_label].value,
				       text_safe_name(labels[next_label].name));
		print_source_line(ob, ls, pos, &last_line);
		view_insn(ob, s, pos, s->size, o->kernel ? &names : NULL, &v);
		print_insn_line(s, &v, labels, nlabels, &nc, o);
		if (o->relocs) {
			print_core_at(&cc, pos);
			print_relocs_before(&rc, pos + view_len(&v));
		}
	}
	free(cc.order);
	free(rc.r);
	free(labels);
}

void bpfobj_listing_print(const struct bpfobj *ob, const struct bpfobj_listing_opts *o)
{
	const struct elfobj *e = &ob->elf;

	printf("\n%s:\tfile format elf64-bpf\n", e->path);
	for (size_t i = 1; i < e->nsec; i++)
		if (bpfobj_is_code(&e->sec[i]) && e->sec[i].size)
			disasm_section(ob, i, o);
}

void bpfobj_listing_json(const struct bpfobj *ob, const struct bpfobj_prog *p)
{
	const struct elf_section *s = &ob->elf.sec[p->section];
	uint64_t end = p->offset + p->size < s->size ? p->offset + p->size : s->size;
	struct insn_view v;

	json_array("insns");
	for (uint64_t pos = p->offset; pos + 8 <= end; pos += view_len(&v)) {
		char hex[48];

		/* An ld_imm64 the program's end cuts is one unknown slot here. */
		view_insn(ob, s, pos, end, NULL, &v);
		v.cut = 0;
		for (int b = 0; b < 8 * v.t.slots; b++)
			sprintf(hex + 2 * b, "%02x", s->data[pos + b]);
		json_object(NULL);
		json_uint("insn", pos / 8);
		json_string("bytes", hex);
		json_string("text", v.t.text);
		json_close();
	}
	json_close();
}
