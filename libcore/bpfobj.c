// SPDX-License-Identifier: GPL-2.0-only
/* A BPF ELF object read once: ELF, BTF, BTF.ext, license, version,
 * programs, maps, findings. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpf_secdef.h"
#include "bpfobj.h"
#include "btf_core.h"
#include "endian.h"
#include "err.h"
#include "xalloc.h"

void bpfobj_finding(struct bpfobj *ob, const char *section, long long insn,
		    const char *fmt, ...)
{
	struct bpfobj_finding *f;
	va_list ap;

	ob->findings = xgrow(ob->findings, &ob->cap_findings, ob->nfindings + 1,
			     sizeof(*ob->findings));
	f = &ob->findings[ob->nfindings++];
	f->section = section;
	f->insn = insn;
	f->note = 0;
	va_start(ap, fmt);
	vsnprintf(f->text, sizeof(f->text), fmt, ap);
	va_end(ap);
}

size_t bpfobj_problems(const struct bpfobj *ob)
{
	size_t n = 0;

	for (size_t i = 0; i < ob->nfindings; i++)
		n += !ob->findings[i].note;
	return n;
}

size_t bpfobj_symbol(const struct bpfobj *ob, const char *name)
{
	for (size_t i = 1; i < ob->elf.nsym; i++)
		if (!strcmp(ob->elf.sym[i].name, name))
			return i;
	return 0;
}

int bpfobj_is_code(const struct elf_section *s)
{
	return s->sh.sh_type == SHT_PROGBITS && (s->sh.sh_flags & SHF_EXECINSTR);
}

const char *bpfobj_call_target(const struct bpfobj *ob, size_t sec, uint64_t pos, int32_t imm,
			       char *buf, size_t size)
{
	const struct elfobj *e = &ob->elf;
	const struct elf_reloc *r = elf_reloc_at(&e->rel[sec], pos);
	uint64_t at = pos + 8 + (uint64_t)(int64_t)imm * 8;

	/* libbpf's rule: with a relocation, its symbol's value plus imm + 1
	 * instructions in the symbol's section; without one, relative to
	 * the call. */
	if (r) {
		sec = e->sym[r->sym].sym.st_shndx;
		at = e->sym[r->sym].sym.st_value + ((uint64_t)(int64_t)imm + 1) * 8;
	}
	for (size_t i = 1; sec < e->nsec && i < e->nsym; i++)
		if (e->sym[i].sym.st_shndx == sec && e->sym[i].sym.st_value == at &&
		    GELF_ST_TYPE(e->sym[i].sym.st_info) == STT_FUNC)
			return e->sym[i].name;
	snprintf(buf, size, "%s+0x%" PRIx64, sec < e->nsec ? e->sec[sec].name : "?", at);
	return buf;
}

/* Global functions outside .text are programs; .text holds subprograms. */
static void find_programs(struct bpfobj *ob)
{
	const struct elfobj *o = &ob->elf;

	for (size_t i = 1; i < o->nsym; i++) {
		const GElf_Sym *s = &o->sym[i].sym;
		struct bpfobj_prog *p;

		if (GELF_ST_TYPE(s->st_info) != STT_FUNC || s->st_shndx == SHN_UNDEF ||
		    s->st_shndx >= o->nsec || !bpfobj_is_code(&o->sec[s->st_shndx]) ||
		    !strcmp(o->sec[s->st_shndx].name, ".text"))
			continue;
		if (s->st_value > o->sec[s->st_shndx].sh.sh_size ||
		    s->st_size > o->sec[s->st_shndx].sh.sh_size - s->st_value) {
			bpfobj_finding(ob, o->sec[s->st_shndx].name, -1,
				       "function %s lies outside its section", o->sym[i].name);
			continue;
		}
		ob->progs = xgrow(ob->progs, &ob->cap_progs, ob->nprogs + 1, sizeof(*p));
		p = &ob->progs[ob->nprogs++];
		memset(p, 0, sizeof(*p));
		p->name = o->sym[i].name;
		p->section = s->st_shndx;
		p->offset = s->st_value;
		p->size = s->st_size;
		p->is_static = GELF_ST_BIND(s->st_info) == STB_LOCAL;
		p->autoload = o->sec[s->st_shndx].name[0] != '?';
		p->libbpf_name = bpf_secdef(o->sec[s->st_shndx].name, &p->type, &p->attach);
	}
}

static void read_license_version(struct bpfobj *ob)
{
	const struct elfobj *o = &ob->elf;
	size_t lic = elfobj_find(o, "license"), ver = elfobj_find(o, "version");

	if (lic && o->sec[lic].data) {
		size_t n = strnlen((const char *)o->sec[lic].data, o->sec[lic].size);

		if (n >= sizeof(ob->license))
			n = sizeof(ob->license) - 1;
		memcpy(ob->license, o->sec[lic].data, n);
		ob->license[n] = 0;
		ob->has_license = 1;
	}
	if (ver && o->sec[ver].size >= 4) {
		ob->version = get32(o->sec[ver].data, o->big_endian);
		ob->has_version = 1;
	}
}

/* .BTF and .BTF.ext: a part that does not parse is a warning and a
 * finding; the rest of the object is still worth showing.  Types whose
 * references loop or run too deep are findings too. */
static void read_btf(struct bpfobj *ob)
{
	const struct elfobj *o = &ob->elf;
	size_t btf_sec = elfobj_find(o, ".BTF"), ext_sec = elfobj_find(o, ".BTF.ext");
	char err[256];

	if (btf_sec) {
		const struct elf_section *s = &o->sec[btf_sec];

		if (btf_parse(&ob->btf, s->data, s->size, o->big_endian, err, sizeof(err)) < 0) {
			warn_msg("%s: .BTF ignored: %s", o->path, err);
			bpfobj_finding(ob, ".BTF", -1, "%s", err);
			btf_free(&ob->btf);
		} else {
			ob->has_btf = 1;
		}
	}
	for (size_t i = 0; i < ob->btf.nproblems; i++) {
		btf_problem_text(&ob->btf.problems[i], err, sizeof(err));
		bpfobj_finding(ob, ".BTF", -1, "%s", err);
	}
	if (ob->has_btf && ext_sec) {
		const struct elf_section *s = &o->sec[ext_sec];

		if (btf_ext_parse(&ob->ext, &ob->btf, s->data, s->size, o->big_endian, err,
				  sizeof(err)) < 0) {
			warn_msg("%s: .BTF.ext ignored: %s", o->path, err);
			bpfobj_finding(ob, ".BTF.ext", -1, "%s", err);
		} else {
			ob->has_ext = 1;
		}
	}
}

/* Each program's CO-RE relocations, for the summary. */
static void count_core(struct bpfobj *ob)
{
	for (size_t i = 0; i < ob->nprogs; i++) {
		struct bpfobj_prog *p = &ob->progs[i];
		const struct btf_ext_sec *s = ob->has_ext ? btf_ext_find(ob->ext.core, ob->ext.ncore,
									ob->elf.sec[p->section].name) : NULL;
		struct core_relo r;

		for (uint32_t k = 0; s && k < s->count; k++) {
			core_relo_get(&ob->ext, s, k, &r);
			p->ncore += r.insn_off >= p->offset && r.insn_off - p->offset < p->size;
		}
	}
}

int bpfobj_open(struct bpfobj *ob, const char *path, char *err, size_t errsize)
{
	memset(ob, 0, sizeof(*ob));
	if (elfobj_open(&ob->elf, path, err, errsize) < 0)
		return -1;
	read_btf(ob);
	read_license_version(ob);
	find_programs(ob);
	count_core(ob);
	bpfobj_find_maps(ob);
	return 0;
}

void bpfobj_close(struct bpfobj *ob)
{
	btf_ext_free(&ob->ext);
	btf_free(&ob->btf);
	free(ob->maps);
	free(ob->progs);
	free(ob->findings);
	elfobj_close(&ob->elf);
}

int bpfobj_extern_in_btf(const struct bpfobj *ob, const char *name)
{
	static const char *const secs[] = { ".kconfig", ".ksyms" };

	if (!ob->has_btf)
		return 0;
	for (int k = 0; k < 2; k++) {
		uint32_t ds = btf_find(&ob->btf, BTF_KIND_DATASEC, secs[k]);
		struct btf_var_secinfo v;

		for (uint32_t i = 0; btf_datasec_var(&ob->btf, ds, i, &v) == 0; i++)
			if (!strcmp(btf_name(&ob->btf, v.type), name))
				return 1;
	}
	return 0;
}
