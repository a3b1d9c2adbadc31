// SPDX-License-Identifier: GPL-2.0-only
/*
 * bpf-readelf: what is inside a clang-built eBPF object, offline.
 *
 * On a router there is no llvm-objdump and no readelf that knows EM_BPF;
 * this applet shows the programs, maps, relocations and BTF of an object
 * and why the kernel or libbpf would refuse it.  `-d` prints exactly what
 * `llvm-objdump -d` (LLVM 19) prints, byte for byte, so outputs can be
 * diffed across machines; `-X` prints the kernel's own syntax instead.
 *
 * The object is read once (libcore/bpfobj.c); each part of the report
 * then has a plain printer and a JSON printer of the same data.
 *
 * The usage text is the Kconfig help in readelf.kconfig.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "applets.h"
#include "bpf_helpers.h"
#include "bpf_insn.h"
#include "bpf_sys.h"
#include "bpfobj.h"
#include "bpfobj_listing.h"
#include "btf_core.h"
#include "btf_dump.h"
#include "columns.h"
#include "err.h"
#include "file.h"
#include "json.h"
#include "kconfig.h"
#include "num.h"
#include "opt.h"
#include "proc.h"
#include "text.h"
#include "usage.h"
#include "xalloc.h"

enum { O_SECTIONS, O_SYMBOLS, O_RELOCS, O_MAPS, O_DISASM, O_NORAW, O_XLATED,
       O_VERBOSE, O_LINES, O_BTF, O_CHECK, O_ALL, O_JSON, O_IMM_HEX, O_IMM_DEC,
       O_TARGET, O_KCONFIG, O_COUNT };
static const struct opt opts[] = {
	[O_SECTIONS] = { 'S', OPT_FLAG, NULL },
	[O_SYMBOLS]  = { 's', OPT_FLAG, NULL },
	[O_RELOCS]   = { 'r', OPT_FLAG, NULL },
	[O_MAPS]     = { 'm', OPT_FLAG, NULL },
	[O_DISASM]   = { 'd', OPT_FLAG, NULL },
	[O_NORAW]    = { 0, OPT_FLAG, "no-show-raw-insn" },
	[O_XLATED]   = { 'X', OPT_FLAG, NULL },
	[O_VERBOSE]  = { 'v', OPT_FLAG, NULL },
	[O_LINES]    = { 'l', OPT_FLAG, NULL },
	[O_BTF]      = { 'B', OPT_FLAG, NULL },
	[O_CHECK]    = { 'c', OPT_FLAG, NULL },
	[O_ALL]      = { 'a', OPT_FLAG, NULL },
	[O_JSON]     = { 'j', OPT_FLAG, NULL },
	[O_IMM_HEX]  = { 0, OPT_FLAG, "print-imm-hex" },
	[O_IMM_DEC]  = { 0, OPT_FLAG, "no-print-imm-hex" },
	[O_TARGET]   = { 0, OPT_ARG, "btf" },
	[O_KCONFIG]  = { 0, OPT_ARG, "kconfig" },
};
_Static_assert(sizeof(opts) / sizeof(opts[0]) == O_COUNT, "one row per O_ name");

/* The options as parsed, -a folded into the parts it stands for. */
static const struct opt_slot *o;
#define ON(x) (o[x].seen != 0)

/* The summary: with -a, or when no part is asked for (set in main). */
static int summary;

/* -c: the kernel whose BTF CO-RE relocations resolve against (--btf, or
 * the running kernel's; NULL without one), read whole when the first
 * object that needs its types comes. */
static const char *target_path;
static struct core_target target_btf;
static const struct core_target *target;
static int target_types;
/* -c: that kernel's configuration, for __kconfig externs: --kconfig
 * FILE, else for the running kernel what libbpf reads (config_path then
 * says where it looked when there is none); none for --btf alone. */
static struct kconfig target_config;
static const char *config_path;
static int have_config;

/* ---- sections, symbols, relocations ----------------------------------------- */

/* The Name column is as wide as the longest name up to 39, what leaves
 * the other columns 80; a longer name has the rest of its row below. */
static void print_sections(const struct bpfobj *ob)
{
	static const char *const head[] = { "Idx", "Name", "Type", "Flags", "Size", "Offset" };
	const struct elfobj *e = &ob->elf;
	struct column c[6];
	int w = 4;

	for (size_t i = 0; i < e->nsec; i++)
		if ((int)strlen(e->sec[i].name) > w)
			w = (int)strlen(e->sec[i].name);
	w = w > 39 ? 39 : w;
	c[0] = (struct column){ 0, -3 };
	c[1] = (struct column){ 4, (signed char)w };
	c[2] = (struct column){ (unsigned char)(5 + w), 12 };
	c[3] = (struct column){ (unsigned char)(18 + w), 5 };
	c[4] = (struct column){ (unsigned char)(24 + w), -8 };
	c[5] = (struct column){ (unsigned char)(33 + w), -8 };
	printf("Sections:\n");
	column_header(c, head, 6);
	for (size_t i = 0; i < e->nsec; i++) {
		const GElf_Shdr *sh = &e->sec[i].sh;
		char tb[16], fb[8];
		const char *fl = elf_section_flags(sh->sh_flags, fb);
		struct column_row r = { 0 };

		column_cell(&r, &c[0], "%zu", i);
		column_cell(&r, &c[1], "%s", text_safe_name(e->sec[i].name));
		column_cell(&r, &c[2], "%s", elf_section_type_name(sh->sh_type, tb));
		column_cell(&r, &c[3], "%s", fl[0] ? fl : "-");
		column_cell(&r, &c[4], "%08" PRIx64, (uint64_t)sh->sh_size);
		column_cell(&r, &c[5], "%08" PRIx64, (uint64_t)sh->sh_offset);
		column_end(&r);
	}
}

static void json_sections(const struct bpfobj *ob)
{
	const struct elfobj *e = &ob->elf;

	json_array("sections");
	for (size_t i = 0; i < e->nsec; i++) {
		char tb[16], fb[8];

		json_object(NULL);
		json_uint("index", i);
		json_string("name", e->sec[i].name);
		json_string("type", elf_section_type_name(e->sec[i].sh.sh_type, tb));
		json_string("flags", elf_section_flags(e->sec[i].sh.sh_flags, fb));
		json_uint("size", e->sec[i].sh.sh_size);
		json_uint("offset", e->sec[i].sh.sh_offset);
		json_close();
	}
	json_close();
}

static const char *visibility_name(int v)
{
	return v == STV_INTERNAL ? "INTERNAL" : v == STV_HIDDEN ? "HIDDEN" :
	       v == STV_PROTECTED ? "PROTECTED" : "DEFAULT";
}

/* Values are offsets in a section of a relocatable object: 8 digits
 * (more when they need them), as for section sizes. */
static const struct column sym_cols[] = {
	{ 0, -4 }, { 5, -8 }, { 14, -5 }, { 20, 7 }, { 28, 6 }, { 35, 9 }, { 45, 14 }, { 60, 0 },
};

static void print_symbols(const struct bpfobj *ob)
{
	static const char *const head[] = { "Num", "Value", "Size", "Type", "Bind", "Vis",
					     "Section", "Name" };
	const struct elfobj *e = &ob->elf;

	printf("Symbols:\n");
	column_header(sym_cols, head, 8);
	for (size_t i = 0; i < e->nsym; i++) {
		const GElf_Sym *s = &e->sym[i].sym;
		const struct column *c = sym_cols;
		struct column_row r = { 0 };
		char sb[16];

		column_cell(&r, c++, "%zu", i);
		column_cell(&r, c++, "%08" PRIx64, (uint64_t)s->st_value);
		column_cell(&r, c++, "%" PRIu64, (uint64_t)s->st_size);
		column_cell(&r, c++, "%s", elf_symbol_type_name(GELF_ST_TYPE(s->st_info)));
		column_cell(&r, c++, "%s", elf_symbol_bind_name(GELF_ST_BIND(s->st_info)));
		column_cell(&r, c++, "%s", visibility_name(GELF_ST_VISIBILITY(s->st_other)));
		column_cell(&r, c++, "%s", text_safe_name(elf_symbol_section(e, s->st_shndx, sb)));
		column_cell(&r, c, "%s", text_safe_name(e->sym[i].name));
		column_end(&r);
	}
}

static void json_symbols(const struct bpfobj *ob)
{
	const struct elfobj *e = &ob->elf;

	json_array("symbols");
	for (size_t i = 0; i < e->nsym; i++) {
		const GElf_Sym *s = &e->sym[i].sym;
		char sb[16];

		json_object(NULL);
		json_string("name", e->sym[i].name);
		json_uint("value", s->st_value);
		json_uint("size", s->st_size);
		json_string("type", elf_symbol_type_name(GELF_ST_TYPE(s->st_info)));
		json_string("bind", elf_symbol_bind_name(GELF_ST_BIND(s->st_info)));
		json_string("section", elf_symbol_section(e, s->st_shndx, sb));
		json_string("visibility", visibility_name(GELF_ST_VISIBILITY(s->st_other)));
		json_close();
	}
	json_close();
}

/* What a relocation patches, in words, into buf. */
static const char *reloc_meaning(const struct bpfobj *ob, size_t sec, const struct elf_reloc *r,
				 char buf[160])
{
	const struct elfobj *e = &ob->elf;
	const GElf_Sym *s = &e->sym[r->sym].sym;
	const struct bpfobj_map *m;

	if (!bpfobj_is_code(&e->sec[sec]))
		return !strcmp(e->sec[sec].name, ".maps") ? "inner map or program reference" : "data";
	if (r->type == R_BPF_64_32_TYPE && r->offset + 8 <= e->sec[sec].size) {
		char tb[160];
		struct bpf_insn in;

		bpf_insn_decode(e->sec[sec].data + r->offset, e->big_endian, &in);
		snprintf(buf, 160, "bpf-to-bpf call to %s",
			 bpfobj_call_target(ob, sec, r->offset, in.imm, tb, sizeof(tb)));
		return buf;
	}
	if (r->type == R_BPF_64_32_TYPE)
		return "bpf-to-bpf call";
	m = bpfobj_map_of_reloc(ob, r);
	if (s->st_shndx == SHN_UNDEF)
		snprintf(buf, 160, "extern %s", e->sym[r->sym].name);
	else if (m && bpfobj_map_is_data(m))
		snprintf(buf, 160, "global data %s+%" PRIu64, m->name, (uint64_t)s->st_value);
	else if (m)
		snprintf(buf, 160, "map %s", m->name);
	else if (s->st_shndx < e->nsec && bpfobj_is_code(&e->sec[s->st_shndx]))
		snprintf(buf, 160, "code address in %s", e->sec[s->st_shndx].name);
	else
		snprintf(buf, 160, "%s", e->sym[r->sym].name);
	return buf;
}

/* Offsets in 8 digits (more when they need them), as in -S. */
static const struct column rel_cols[] = { { 0, -8 }, { 9, 17 }, { 27, 20 }, { 48, 0 } };

static void print_relocations(const struct bpfobj *ob)
{
	static const char *const head[] = { "Offset", "Type", "Symbol", "Patches" };
	const struct elfobj *e = &ob->elf;

	for (size_t i = 1; i < e->nsec; i++) {
		const struct elf_relocs *rs = &e->rel[i];

		if (!rs->n)
			continue;
		column_wrap(stdout, "Relocations in %s (%s, %zu):", text_safe_name(e->sec[i].name),
			    text_safe_name(e->sec[rs->relsec].name), rs->n);
		column_header(rel_cols, head, 4);
		for (size_t k = 0; k < rs->n; k++) {
			const struct elf_reloc *r = &rs->r[k];
			const char *t = elf_bpf_reloc_name(r->type);
			struct column_row row = { 0 };
			char mb[160];

			column_cell(&row, &rel_cols[0], "%08" PRIx64, r->offset);
			column_cell(&row, &rel_cols[1], "%s", t ? t : "unknown");
			column_cell(&row, &rel_cols[2], "%s", text_safe_name(e->sym[r->sym].name));
			column_cell(&row, &rel_cols[3], "%s",
				    text_safe_name(reloc_meaning(ob, i, r, mb)));
			column_end(&row);
		}
	}
}

static void json_relocations(const struct bpfobj *ob)
{
	const struct elfobj *e = &ob->elf;

	json_array("relocations");
	for (size_t i = 1; i < e->nsec; i++)
		for (size_t k = 0; k < e->rel[i].n; k++) {
			const struct elf_reloc *r = &e->rel[i].r[k];
			char mb[160];

			json_object(NULL);
			json_string("section", e->sec[i].name);
			json_uint("offset", r->offset);
			json_string("type", elf_bpf_reloc_name(r->type));
			json_string("symbol", e->sym[r->sym].name);
			json_string("patches", reloc_meaning(ob, i, r, mb));
			json_close();
		}
	json_close();
}

/* ---- maps, programs, summary ------------------------------------------------- */

static const char *map_type_text(uint32_t t, char buf[16])
{
	const char *n = bpf_map_type_name(t);

	if (n)
		return n;
	snprintf(buf, 16, "type#%u", t);
	return buf;
}

static const char *pinning_text(uint32_t p)
{
	return p == 0 ? "none" : p == 1 ? "by-name" : p == 2 ? "global" : "other";
}

/* NAME fits the kernel's 15 characters; the BTF types of key and value
 * and the inner map, when known, are on a line of their own below. */
static const struct column map_cols[] = {
	{ 0, 15 }, { 16, 16 }, { 33, -3 }, { 37, -5 }, { 43, -7 }, { 51, -5 }, { 57, 7 }, { 65, 0 },
};

static void print_maps(const struct bpfobj *ob)
{
	static const char *const head[] = { "NAME", "TYPE", "KEY", "VALUE", "ENTRIES", "FLAGS",
					     "PINNING", "DEFINED IN" };
	static const struct column more = { COLUMNS_INDENT, 0 };

	if (!ob->nmaps) {   /* no header over an empty table */
		printf("Maps: none\n");
		return;
	}
	printf("Maps:\n");
	column_header(map_cols, head, 8);
	for (size_t i = 0; i < ob->nmaps; i++) {
		const struct bpfobj_map *m = &ob->maps[i];
		const struct column *c = map_cols;
		struct column_row r = { 0 };
		char tb[16], kv[200] = "";

		column_cell(&r, c++, "%s", text_safe_name(m->name));
		column_cell(&r, c++, "%s", map_type_text(m->type, tb));
		column_cell(&r, c++, "%u", m->key_size);
		column_cell(&r, c++, "%u", m->value_size);
		column_cell(&r, c++, "%u", m->max_entries);
		column_cell(&r, c++, "%#x", m->flags);
		column_cell(&r, c++, "%s", pinning_text(m->pinning));
		column_cell(&r, c, "%s", m->origin);
		column_end(&r);
		if (m->key_type[0] || m->value_type[0])
			snprintf(kv, sizeof(kv), "(key %s, value %s)%s",
				 m->key_type[0] ? text_safe_name(m->key_type) : "-",
				 m->value_type[0] ? text_safe_name(m->value_type) : "-",
				 m->inner ? " " : "");
		if (!kv[0] && !m->inner)
			continue;
		column_cell(&r, &more, "%s%s%s%s", kv, m->inner ? "(inner " : "",
			    m->inner ? text_safe_name(m->inner) : "", m->inner ? ")" : "");
		column_end(&r);
	}
}

static void json_maps(const struct bpfobj *ob)
{
	json_array("maps");
	for (size_t i = 0; i < ob->nmaps; i++) {
		const struct bpfobj_map *m = &ob->maps[i];
		char tb[16];

		json_object(NULL);
		json_string("name", m->name);
		json_string("type", map_type_text(m->type, tb));
		json_uint("key_size", m->key_size);
		json_uint("value_size", m->value_size);
		json_uint("max_entries", m->max_entries);
		json_uint("flags", m->flags);
		json_uint("pinning", m->pinning);
		json_string("defined_in", m->origin);
		json_string("key_type", m->key_type[0] ? m->key_type : NULL);
		json_string("value_type", m->value_type[0] ? m->value_type : NULL);
		json_string("inner", m->inner);
		json_close();
	}
	json_close();
}

/* ATTACH, as long as the section name it comes from, is last. */
static const struct column prog_cols[] = {
	{ 0, 20 }, { 21, 15 }, { 37, 14 }, { 52, -5 }, { 58, -5 }, { 64, 0 },
};

static void print_programs(const struct bpfobj *ob)
{
	static const char *const head[] = { "SECTION", "FUNCTION", "TYPE", "INSNS", "CO-RE",
					     "ATTACH" };

	printf("Programs:\n");
	column_header(prog_cols, head, 6);
	for (size_t i = 0; i < ob->nprogs; i++) {
		const struct bpfobj_prog *p = &ob->progs[i];
		const struct column *c = prog_cols;
		struct column_row r = { 0 };

		column_cell(&r, c++, "%s", text_safe_name(ob->elf.sec[p->section].name));
		column_cell(&r, c++, "%s", text_safe_name(p->name));
		column_cell(&r, c++, "%s", p->type);
		column_cell(&r, c++, "%" PRIu64, p->size / 8);
		column_cell(&r, c++, "%u", p->ncore);
		column_cell(&r, c, "%s", p->attach ? text_safe_name(p->attach) : "-");
		column_end(&r);
	}
}

static void json_programs(const struct bpfobj *ob)
{
	json_array("programs");
	for (size_t i = 0; i < ob->nprogs; i++) {
		const struct bpfobj_prog *p = &ob->progs[i];

		json_object(NULL);
		json_string("section", ob->elf.sec[p->section].name);
		json_string("name", p->name);
		json_string("type", p->type);
		json_string("attach", p->attach);
		json_uint("insn_count", p->size / 8);
		json_uint("core_relocations", p->ncore);
		json_bool("autoload", p->autoload);
		json_uint("size", p->size);
		if (ON(O_DISASM))
			bpfobj_listing_json(ob, p);
		json_close();
	}
	json_close();
}

/* -j -d: the functions of .text that programs call, with their code. */
static void json_subprograms(const struct bpfobj *ob)
{
	const struct elfobj *e = &ob->elf;
	size_t text = elfobj_find(e, ".text");

	json_array("subprograms");
	for (size_t i = 1; text && i < e->nsym; i++) {
		const GElf_Sym *sym = &e->sym[i].sym;
		struct bpfobj_prog p = { .name = e->sym[i].name, .section = text,
					 .offset = sym->st_value, .size = sym->st_size };

		if (sym->st_shndx != text || GELF_ST_TYPE(sym->st_info) != STT_FUNC ||
		    sym->st_value > e->sec[text].size || sym->st_size > e->sec[text].size - sym->st_value)
			continue;
		json_object(NULL);
		json_string("name", p.name);
		json_uint("offset", p.offset);
		json_uint("insn_count", p.size / 8);
		bpfobj_listing_json(ob, &p);
		json_close();
	}
	json_close();
}

static void print_summary(const struct bpfobj *ob)
{
	const struct elfobj *e = &ob->elf;
	size_t btf = elfobj_find(e, ".BTF"), ext = elfobj_find(e, ".BTF.ext");

	column_wrap(stdout, "%s: ELF64 BPF relocatable, %s (%s)", e->path,
	       e->big_endian ? "big-endian" : "little-endian", e->big_endian ? "bpfeb" : "bpfel");
	column_wrap(stdout, "  %-12s %s", "license",
		    ob->has_license ? text_safe_name(ob->license) : "(none)");
	if (ob->has_version)
		printf("  %-12s 0x%06x (%u.%u.%u)\n", "version", ob->version, ob->version >> 16,
		       ob->version >> 8 & 0xff, ob->version & 0xff);
	else
		printf("  %-12s (none)\n", "version");
	if (btf)
		printf("  %-12s %zu bytes, %u types%s\n", "BTF", e->sec[btf].size,
		       ob->btf.ntypes, ext ? "; BTF.ext present" : "; no BTF.ext");
	else
		printf("  %-12s none\n", "BTF");
	print_programs(ob);
	print_maps(ob);
	printf("Findings: %zu%s\n", ob->nfindings, ob->nfindings ? " (see -c)" : "");
}

static void print_findings(const struct bpfobj *ob)
{
	for (size_t i = 0; i < ob->nfindings; i++) {
		const struct bpfobj_finding *f = &ob->findings[i];
		const char *note = f->note ? "note: " : "";
		const char *path = text_safe_name(ob->elf.path), *text = text_safe_name(f->text);
		const char *sec = f->section ? text_safe_name(f->section) : NULL;

		/* Wrapped: the first line names file, section and instruction. */
		if (!sec)
			column_wrap(stdout, "%s: %s%s", path, note, text);
		else if (f->insn < 0)
			column_wrap(stdout, "%s: %s: %s%s", path, sec, note, text);
		else
			column_wrap(stdout, "%s: %s+%lld: %s%s", path, sec, f->insn, note, text);
	}
}

static void json_findings(const struct bpfobj *ob)
{
	json_array("findings");
	for (size_t i = 0; i < ob->nfindings; i++) {
		json_object(NULL);
		json_string("section", ob->findings[i].section);
		if (ob->findings[i].insn >= 0)
			json_int("insn", ob->findings[i].insn);
		else
			json_null("insn");
		json_string("problem", ob->findings[i].text);
		json_bool("note", ob->findings[i].note);
		json_close();
	}
	json_close();
}

/* ---- CO-RE relocations ---------------------------------------------------------- */

static void print_core(const struct bpfobj *ob)
{
	static const struct column c[] = { { 0, -6 }, { 8, 20 }, { 29, 0 } };
	static const char *const head[] = { "Insn", "Asks for", "Type and access path" };

	for (size_t k = 0; ob->has_ext && k < ob->ext.ncore; k++) {
		const struct btf_ext_sec *s = &ob->ext.core[k];

		column_wrap(stdout, "CO-RE relocations in %s (%u):", text_safe_name(s->name),
			    s->count);
		column_header(c, head, 3);
		for (uint32_t i = 0; i < s->count; i++) {
			struct core_relo r;
			char text[256];
			const char *t;

			struct column_row row = { 0 };

			core_relo_get(&ob->ext, s, i, &r);
			t = core_relo_text(&ob->btf, &r, text, sizeof(text));
			column_cell(&row, &c[0], "%u", r.insn_off / 8);
			column_cell(&row, &c[1], "%s", core_kind_asks(r.kind));
			column_cell(&row, &c[2], "%s",
				    text_safe_name(strchr(t, '>') ? strchr(t, '>') + 2 : t));
			column_end(&row);
		}
	}
}

/* With -c and a target, what each resolves to there. */
static void json_core(const struct bpfobj *ob)
{
	json_array("core_relocations");
	for (size_t k = 0; ob->has_ext && k < ob->ext.ncore; k++) {
		const struct btf_ext_sec *s = &ob->ext.core[k];

		for (uint32_t i = 0; i < s->count; i++) {
			struct core_relo r;
			struct core_result res;
			char text[256];

			core_relo_get(&ob->ext, s, i, &r);
			json_object(NULL);
			json_string("section", s->name);
			json_uint("insn", r.insn_off / 8);
			json_string("kind", core_kind_name(r.kind));
			json_uint("type_id", r.type_id);
			json_string("access", btf_str(&ob->btf, r.access_off));
			json_string("text", core_relo_text(&ob->btf, &r, text, sizeof(text)));
			if (target) {
				core_resolve(&ob->btf, &target->btf, target->big, &r, &res);
				json_bool("resolves", res.ok);
				if (res.ok)
					json_uint("value", res.value);
				else
					json_string("why", res.why);
			}
			json_close();
		}
	}
	json_close();
}

/* ---- BTF ------------------------------------------------------------------------ */

/* func_info, line_info and CO-RE records of one section, from BTF.ext. */
static int ext_counts(const struct btf_ext *x, const char *sec, uint32_t n[3])
{
	const struct btf_ext_sec *f = btf_ext_find(x->func, x->nfunc, sec);
	const struct btf_ext_sec *l = btf_ext_find(x->lines, x->nlines, sec);
	const struct btf_ext_sec *c = btf_ext_find(x->core, x->ncore, sec);

	n[0] = f ? f->count : 0;
	n[1] = l ? l->count : 0;
	n[2] = c ? c->count : 0;
	return f || l || c;
}

static void print_btf(const struct bpfobj *ob)
{
	static const struct column c[] = { { 2, 38 }, { 41, -9 }, { 51, -9 }, { 61, -6 } };
	static const char *const head[] = { "SECTION", "FUNC_INFO", "LINE_INFO", "CO-RE" };
	const struct btf *b = &ob->btf;

	if (!ob->has_btf) {
		printf("BTF: none\n");
		return;
	}
	/* Two lines, so that the types always start on the third. */
	printf("BTF: version %u, flags 0x%x, %u types\n  header %u bytes, types %u bytes, strings %u "
	       "bytes\n", b->version, b->flags, b->ntypes, b->hdr_len, b->types_len, b->strs_len);
	btf_dump(b, stdout);
	if (!ob->has_ext) {
		printf("BTF.ext: none\n");
		return;
	}
	printf("BTF.ext: func_info, line_info and CO-RE relocation records per section\n");
	column_header(c, head, 4);
	for (size_t i = 1; i < ob->elf.nsec; i++) {
		struct column_row r = { 0 };
		uint32_t n[3];

		if (!ext_counts(&ob->ext, ob->elf.sec[i].name, n))
			continue;
		column_cell(&r, &c[0], "%s", text_safe_name(ob->elf.sec[i].name));
		column_cell(&r, &c[1], "%u", n[0]);
		column_cell(&r, &c[2], "%u", n[1]);
		column_cell(&r, &c[3], "%u", n[2]);
		column_end(&r);
	}
}

static void json_btf(const struct bpfobj *ob)
{
	json_object("btf");
	json_bool("present", ob->has_btf);
	json_uint("types", ob->btf.ntypes);
	json_bool("ext", ob->has_ext);
	json_uint("func_info_sections", ob->has_ext ? ob->ext.nfunc : 0);
	json_uint("line_info_sections", ob->has_ext ? ob->ext.nlines : 0);
	json_uint("core_sections", ob->has_ext ? ob->ext.ncore : 0);
	json_close();
}

/* ---- one file ------------------------------------------------------------------ */

static void json_file(const struct bpfobj *ob)
{
	json_object(NULL);
	json_string("file", ob->elf.path);
	json_string("class", "ELF64");
	json_string("endian", ob->elf.big_endian ? "big" : "little");
	if (ob->has_license)
		json_string("license", ob->license);
	else
		json_null("license");
	if (ob->has_version)
		json_uint("version", ob->version);
	else
		json_null("version");
	json_sections(ob);
	json_symbols(ob);
	json_programs(ob);
	if (ON(O_DISASM))
		json_subprograms(ob);
	json_maps(ob);
	json_relocations(ob);
	json_core(ob);
	json_btf(ob);
	json_findings(ob);
	json_close();
}

/* Several files: each file's blocks under its name (the summary, the
 * listing and the findings name it already). */
static int several_files;

static void print_file(const struct bpfobj *ob)
{
	if (summary)
		print_summary(ob);
	else if (several_files && (ON(O_SECTIONS) || ON(O_SYMBOLS) || ON(O_MAPS) || ON(O_BTF) ||
				   (ON(O_RELOCS) && !ON(O_DISASM))))
		printf("\nFile: %s\n", text_safe_name(ob->elf.path));
	if (ON(O_SECTIONS))
		print_sections(ob);
	if (ON(O_SYMBOLS))
		print_symbols(ob);
	if (ON(O_RELOCS) && !ON(O_DISASM)) {
		print_relocations(ob);
		print_core(ob);
	}
	if (ON(O_MAPS) && !summary)
		print_maps(ob);
	if (ON(O_BTF))
		print_btf(ob);
	if (ON(O_DISASM)) {
		struct bpfobj_listing_opts lo = { .raw = !ON(O_NORAW), .kernel = ON(O_XLATED),
						  .verbose = ON(O_VERBOSE), .lines = ON(O_LINES),
						  .relocs = ON(O_RELOCS) };

		bpfobj_listing_print(ob, &lo);
	}
	if (ON(O_CHECK))
		print_findings(ob);
}

/* The configuration of -c's kernel (see target_config). */
static void open_config(const char *path, int other_kernel)
{
	static char boot[PATH_BUF], proc[PATH_BUF], where[320];
	char release[256];
	struct utsname u;

	kconfig_free(&target_config);
	have_config = 0;
	config_path = path;
	if (path) {
		if (kconfig_read(&target_config, path) < 0)
			die("%s: cannot read: %s", path, strerror(errno));
		have_config = 1;
		return;
	}
	if (other_kernel)
		return;
	/* libbpf: /boot/config-$(uname -r), else /proc/config.gz. */
	if (read_small_file(sys_path(boot, "/proc/sys/kernel/osrelease"), release, sizeof(release)) < 0)
		snprintf(release, sizeof(release), "%s", uname(&u) == 0 ? u.release : "");
	release[strcspn(release, "\n")] = '\0';
	config_path = sys_path(boot, "/boot/config-%s", release);
	if (kconfig_read(&target_config, config_path) == 0) {
		have_config = 1;
		return;
	}
	config_path = sys_path(proc, "/proc/config.gz");
	if (kconfig_read(&target_config, config_path) == 0) {
		have_config = 1;
		return;
	}
	/* Named as on the kernel's machine (the fake root of the tests aside). */
	snprintf(where, sizeof(where), "no /boot/config-%s, no /proc/config.gz", release);
	config_path = where;
}

/* The target as core_target_open left it, with its configuration. */
static void attach_config(void)
{
	target_btf.config = have_config ? &target_config : NULL;
	target_btf.config_path = config_path;
}

/* The target of -c: --btf FILE, else the running kernel's BTF when it
 * has one. */
static void open_target(const char *path)
{
	static char buf[PATH_BUF];
	char err[256];

	/* A second run in one process (the fuzzer) starts without one. */
	core_target_close(&target_btf);
	target = NULL;
	target_types = 0;
	if (!ON(O_CHECK))
		return;
	if (!path) {
		path = sys_path(buf, "/sys/kernel/btf/vmlinux");
		if (access(path, R_OK))
			return;
	}
	target_path = path;
	if (core_target_open(&target_btf, path, 0, err, sizeof(err)) < 0)
		die("%s: cannot read BTF: %s", path, err);
	attach_config();
	target = &target_btf;
}

/* The target's types, once an object has CO-RE relocations or externs. */
static void target_for(const struct bpfobj *ob)
{
	char err[256];

	if (!target || target_types || !ob->has_btf ||
	    (!(ob->has_ext && ob->ext.ncore) && !btf_find(&ob->btf, BTF_KIND_DATASEC, ".ksyms")))
		return;
	target_types = 1;
	if (core_target_open(&target_btf, target_path, 1, err, sizeof(err)) < 0)
		die("%s: cannot read BTF: %s", target_path, err);
	attach_config();
}

/* Returns 0, 1 when the checks found problems, -1 when the file is bad. */
static int readelf_file(const char *path)
{
	struct bpfobj ob;
	char err[256];
	int status;

	if (bpfobj_open(&ob, path, err, sizeof(err)) < 0) {
		warn_msg("%s: %s", path, err);
		bpfobj_close(&ob);
		return -1;
	}
	if (ON(O_CHECK))
		target_for(&ob);
	if (ON(O_CHECK) || summary || ON(O_JSON))
		bpfobj_check(&ob, ON(O_CHECK) ? target : NULL);
	if (ON(O_JSON))
		json_file(&ob);
	else
		print_file(&ob);
	status = ON(O_CHECK) && bpfobj_problems(&ob) ? 1 : 0;
	bpfobj_close(&ob);
	return status;
}

static int readelf_main(int argc, char **argv)
{
	struct opt_slot slots[O_COUNT] = { 0 };
	struct opt_result r;
	int status = EXIT_OK;
	static char outbuf[1 << 16];

	opt_parse(argc, argv, opts, O_COUNT, slots, &r, USAGE_BPF_READELF);
	if (!r.nargs)
		die_usage("no FILE given");
	if (r.has_rest)
		die_usage("unexpected '--'");
	if (slots[O_ALL].seen)
		slots[O_SECTIONS].seen = slots[O_SYMBOLS].seen = slots[O_RELOCS].seen =
			slots[O_MAPS].seen = slots[O_BTF].seen = slots[O_CHECK].seen = 1;
	slots[O_JSON].seen = json_flag(slots[O_JSON].seen);
	o = slots;
	summary = ON(O_ALL) || !(ON(O_SECTIONS) || ON(O_SYMBOLS) || ON(O_RELOCS) || ON(O_MAPS) ||
				 ON(O_DISASM) || ON(O_BTF) || ON(O_CHECK));
	if ((ON(O_NORAW) || ON(O_XLATED) || ON(O_VERBOSE) || ON(O_LINES) || ON(O_IMM_HEX) ||
	     ON(O_IMM_DEC)) && !ON(O_DISASM))
		die_usage("--no-show-raw-insn, --[no-]print-imm-hex, -X, -v and -l go with -d");
	if (ON(O_IMM_HEX) && ON(O_IMM_DEC))
		die_usage("--print-imm-hex and --no-print-imm-hex: choose one");
	bpf_llvm_imm_decimal(ON(O_IMM_DEC));
	if ((ON(O_TARGET) || ON(O_KCONFIG)) && !ON(O_CHECK))
		die_usage("--btf and --kconfig go with -c");
	if (ON(O_CHECK))
		open_config(o[O_KCONFIG].arg, ON(O_TARGET));
	open_target(o[O_TARGET].arg);
	/* Big listings: one write per 64 KiB, not per line. */
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	if (ON(O_JSON)) {
		json_object(NULL);
		json_array("files");
	}
	several_files = r.nargs > 1;
	for (int i = 0; i < r.nargs; i++)
		if (readelf_file(r.args[i]) != 0)
			status = EXIT_FAIL;
	if (ON(O_JSON)) {
		json_close();
		json_close();
	}
	core_target_close(&target_btf);
	kconfig_free(&target_config);
	return status;
}

const struct applet applet_readelf = { "bpf-readelf", readelf_main, opts, O_COUNT };
