// SPDX-License-Identifier: GPL-2.0-only
/* What stops a load, found offline: the license and GPL-only helpers,
 * instructions the verifier refuses, relocations against nothing, sizes
 * over the kernel's limits, maps libbpf refuses, and, against a target
 * kernel's BTF, CO-RE relocations that do not resolve and externs the
 * kernel does not have (__ksym in its BTF, __kconfig in its
 * configuration).  Each is a finding of the object. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "bpf_helpers.h"
#include "bpf_insn.h"
#include "bpfobj.h"
#include "btf_core.h"
#include "kconfig.h"

/* The map types whose value size is not the map's to say. */
enum { PERF_EVENT_ARRAY = 4, STRUCT_OPS = 26, RINGBUF = 27, USER_RINGBUF = 31, ARENA = 33 };

/* The licenses the kernel counts as GPL-compatible (license_is_gpl_compatible). */
static int gpl_compatible(const char *l)
{
	static const char *const ok[] = { "GPL", "GPL v2", "GPL and additional rights",
					  "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL" };

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (!strcmp(l, ok[i]))
			return 1;
	return 0;
}

/* What the verifier refuses in one instruction, offline. */
static void check_insn(struct bpfobj *ob, const struct elf_section *s, const struct elf_relocs *rel,
		       uint64_t i, const struct bpf_insn *in, const struct bpf_text *t)
{
	uint64_t ninsn = s->size / 8;
	int gpl = ob->has_license && gpl_compatible(ob->license);

	if (t->has_target && BPF_OP(in->code) != BPF_CALL &&
	    (t->target < 0 || (uint64_t)t->target >= ninsn))
		bpfobj_finding(ob, s->name, (long long)i,
			       "jump to instruction %lld, outside the section (0..%" PRIu64 ")",
			       t->target, ninsn - 1);
	if (in->code == (BPF_JMP | BPF_CALL) && in->src == BPF_PSEUDO_CALL && !elf_reloc_at(rel, i * 8)) {
		long long target = (long long)i + 1 + in->imm;

		if (target < 0 || (uint64_t)target >= ninsn)
			bpfobj_finding(ob, s->name, (long long)i,
				       "call to instruction %lld, outside the section", target);
	}
	if (in->code == (BPF_JMP | BPF_CALL) && in->src == BPF_PSEUDO_HELPER && !gpl &&
	    bpf_helper_gpl_only(in->imm))
		bpfobj_finding(ob, s->name, (long long)i,
			       "GPL-only helper bpf_%s called under license \"%s\"",
			       bpf_helper_name(in->imm), ob->has_license ? ob->license : "(none)");
	if (((BPF_CLASS(in->code) == BPF_LDX && in->src == BPF_REG_FP) ||
	     ((BPF_CLASS(in->code) == BPF_STX || BPF_CLASS(in->code) == BPF_ST) &&
	      in->dst == BPF_REG_FP)) && in->off < -BPF_STACK_SIZE)
		bpfobj_finding(ob, s->name, (long long)i,
			       "stack access at r10%+d, below the %d-byte stack", in->off,
			       BPF_STACK_SIZE);
}

static void check_code(struct bpfobj *ob, size_t sec)
{
	const struct elf_section *s = &ob->elf.sec[sec];
	uint64_t ninsn = s->size / 8;

	if (s->size % 8)
		bpfobj_finding(ob, s->name, (long long)ninsn, "section size %zu is not a multiple of 8",
			       s->size);
	for (uint64_t i = 0; i < ninsn; i++) {
		struct bpf_insn in, nx;
		struct bpf_text t;
		int has_next = i + 1 < ninsn;

		bpf_insn_decode(s->data + i * 8, ob->elf.big_endian, &in);
		if (has_next)
			bpf_insn_decode(s->data + i * 8 + 8, ob->elf.big_endian, &nx);
		if (in.code == BPF_LD_IMM64 && !has_next) {
			bpfobj_finding(ob, s->name, (long long)i,
				       "ld_imm64 cut in half by the end of the section");
			break;
		}
		/* What the kernel knows, not what LLVM's default decoder
		 * prints: 32-bit atomics are valid without its alu32 flag. */
		bpf_format_kernel(&in, has_next ? &nx : NULL, (long long)i, NULL, &t);
		if (!t.known) {
			bpfobj_finding(ob, s->name, (long long)i, "unknown opcode 0x%02x", in.code);
			continue;
		}
		check_insn(ob, s, &ob->elf.rel[sec], i, &in, &t);
		i += (uint64_t)t.slots - 1;
	}
}

static void check_relocations(struct bpfobj *ob, size_t sec)
{
	const struct elfobj *e = &ob->elf;
	const struct elf_section *s = &e->sec[sec];

	for (size_t k = 0; k < e->rel[sec].n; k++) {
		const struct elf_reloc *r = &e->rel[sec].r[k];
		const GElf_Sym *sym = &e->sym[r->sym].sym;

		if (r->offset >= s->sh.sh_size)
			bpfobj_finding(ob, s->name, -1, "relocation at 0x%" PRIx64 " outside the section",
				       r->offset);
		else if (!elf_bpf_reloc_name(r->type))
			bpfobj_finding(ob, s->name, (long long)(r->offset / 8),
				       "relocation of unknown type %u", r->type);
		else if (r->sym == 0)
			bpfobj_finding(ob, s->name, (long long)(r->offset / 8),
				       "relocation without a symbol");
		else if (sym->st_shndx == SHN_UNDEF && bpfobj_is_code(s) &&
			 !bpfobj_extern_in_btf(ob, e->sym[r->sym].name))
			bpfobj_finding(ob, s->name, (long long)(r->offset / 8),
				       "relocation against undefined symbol %s", e->sym[r->sym].name);
	}
}

/* Maps the kernel refuses as declared: libbpf passes max_entries and
 * value_size on, and only fills in a perf event array's. */
static void check_maps(struct bpfobj *ob)
{
	for (size_t i = 0; i < ob->nmaps; i++) {
		const struct bpfobj_map *m = &ob->maps[i];
		int no_value = m->type == PERF_EVENT_ARRAY ||
			       m->type == RINGBUF || m->type == USER_RINGBUF ||
			       m->type == STRUCT_OPS || m->type == ARENA;

		if (bpfobj_map_is_data(m) || !strcmp(m->origin, ".kconfig"))
			continue;
		if (!m->max_entries && m->type != PERF_EVENT_ARRAY)
			bpfobj_finding(ob, ob->elf.sec[m->section].name, -1, "map %s has max_entries 0: "
				       "refused unless the loader sets it", m->name);
		if (!m->value_size && !no_value)
			bpfobj_finding(ob, ob->elf.sec[m->section].name, -1, "map %s has value size 0: "
				       "refused unless the loader sets it", m->name);
	}
}

/* Programs libbpf refuses by their symbol or section. */
static void check_programs(struct bpfobj *ob)
{
	const struct elfobj *e = &ob->elf;

	for (size_t i = 0; i < ob->nprogs; i++) {
		const struct bpfobj_prog *p = &ob->progs[i];
		const char *sec = e->sec[p->section].name;

		if (p->size / 8 > BPF_MAXINSNS)
			bpfobj_finding(ob, sec, -1, "program %s has %" PRIu64 " instructions: over %d, "
				       "refused by kernels before 5.2 and for unprivileged users",
				       p->name, p->size / 8, BPF_MAXINSNS);
		if (p->is_static)
			bpfobj_finding(ob, sec, -1, "program %s is static: libbpf refuses static "
				       "programs outside .text", p->name);
		if (!p->libbpf_name)
			bpfobj_finding(ob, sec, -1, "section name gives libbpf 1.0 no program type%s",
				       strcmp(p->type, "unknown") ? " (older loaders took its prefix)" :
				       " (iproute2 and other loaders take any name)");
	}
}

/* The __kconfig values libbpf fills in itself; other LINUX_ names are
 * refused unless weak. */
static int libbpf_value(const char *name)
{
	return !strcmp(name, "LINUX_KERNEL_VERSION") || !strcmp(name, "LINUX_HAS_BPF_COOKIE") ||
	       !strcmp(name, "LINUX_HAS_SYSCALL_WRAPPER");
}

/* __kconfig externs, as libbpf resolves them at load time: CONFIG_ ones
 * from the kernel's configuration (with none to read it refuses the
 * object; a strong one the configuration does not set is unresolved),
 * LINUX_ ones its own.  Their types are not checked against the values. */
static void check_kconfig(struct bpfobj *ob, const struct core_target *t)
{
	const struct btf *b = &ob->btf;
	uint32_t ds = btf_find(b, BTF_KIND_DATASEC, ".kconfig");
	struct btf_var_secinfo v;
	int told = 0;

	for (uint32_t i = 0; btf_datasec_var(b, ds, i, &v) == 0; i++) {
		const char *name = btf_name(b, v.type);
		size_t sym = bpfobj_symbol(ob, name);
		int weak = sym && GELF_ST_BIND(ob->elf.sym[sym].sym.st_info) == STB_WEAK;

		if (strncmp(name, "CONFIG_", 7)) {
			if (!libbpf_value(name) && !(weak && !strncmp(name, "LINUX_", 6)))
				bpfobj_finding(ob, ".kconfig", -1, "extern %s (__kconfig) is neither a "
					       "CONFIG_ option nor a value libbpf provides: refused", name);
		} else if (!t->config_path) {
			if (!told++)
				bpfobj_note(ob, ".kconfig", -1, "__kconfig externs not checked: no "
					    "configuration of this kernel (--kconfig FILE)");
		} else if (!t->config) {
			if (!told++)
				bpfobj_finding(ob, ".kconfig", -1, "extern %s (__kconfig) needs the "
					       "kernel's configuration and there is none (%s): libbpf "
					       "refuses the object", name, t->config_path);
		} else if (!weak && !kconfig_has(t->config, name)) {
			bpfobj_finding(ob, ".kconfig", -1, "extern %s (__kconfig) is not set in %s: "
				       "unresolved, libbpf refuses the object", name, t->config_path);
		}
	}
}

/* Against a kernel: CO-RE relocations and __ksym externs in its BTF,
 * __kconfig externs in its configuration. */
static void check_kernel(struct bpfobj *ob, const struct core_target *t)
{
	const struct btf *b = &ob->btf;
	uint32_t ds = btf_find(b, BTF_KIND_DATASEC, ".ksyms");
	struct btf_var_secinfo v;

	if (t->big != ob->elf.big_endian)
		bpfobj_finding(ob, NULL, -1, "a %s-endian object on a %s-endian kernel: refused",
			       ob->elf.big_endian ? "big" : "little", t->big ? "big" : "little");
	for (size_t k = 0; ob->has_ext && k < ob->ext.ncore; k++) {
		const struct btf_ext_sec *s = &ob->ext.core[k];

		for (uint32_t i = 0; i < s->count; i++) {
			struct core_relo r;
			struct core_result res;

			core_relo_get(&ob->ext, s, i, &r);
			core_resolve(b, &t->btf, t->big, &r, &res);
			if (!res.ok)
				bpfobj_finding(ob, s->name, r.insn_off / 8, "CO-RE relocation does not "
					       "resolve on this kernel: %s", res.why);
		}
	}
	/* Typed ksyms are kernel variables, kfuncs kernel functions, both in
	 * its BTF; a weak one may be missing. */
	for (uint32_t i = 0; btf_datasec_var(b, ds, i, &v) == 0; i++) {
		const char *name = btf_name(b, v.type);
		uint32_t k = btf_kind(b, v.type), sym = bpfobj_symbol(ob, name);

		if ((k == BTF_KIND_VAR && !btf_type_ref(b, v.type)) ||
		    (sym && GELF_ST_BIND(ob->elf.sym[sym].sym.st_info) == STB_WEAK))
			continue;
		if (!btf_find(&t->btf, k, name))
			bpfobj_finding(ob, ".ksyms", -1, "extern %s %s (__ksym) is not in the kernel",
				       k == BTF_KIND_FUNC ? "function" : "variable", name);
	}
	check_kconfig(ob, t);
}

void bpfobj_check(struct bpfobj *ob, const struct core_target *target)
{
	const struct elfobj *e = &ob->elf;

	/* It loads: only GPL-only helpers need a GPL license (below). */
	if (!ob->has_license)
		bpfobj_note(ob, NULL, -1, "no license section: the kernel treats the programs as "
			    "non-GPL (GPL-only helpers are refused)");
	if (elfobj_find(e, "maps"))
		bpfobj_finding(ob, "maps", -1, "legacy \"maps\" section: libbpf 1.0 and later refuse it; "
			       "define maps in \".maps\" with BTF");
	for (size_t i = 1; i < e->nsec; i++) {
		if (bpfobj_is_code(&e->sec[i]))
			check_code(ob, i);
		check_relocations(ob, i);
	}
	check_programs(ob);
	check_maps(ob);
	if (target)
		check_kernel(ob, target);
}

