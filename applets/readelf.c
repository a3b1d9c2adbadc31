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
 * The usage text is the Kconfig help in readelf.kconfig.
 */
#include <errno.h>
#include <stdarg.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpf_helpers.h"
#include "bpf_insn.h"
#include "bpf_sys.h"
#include "btf.h"
#include "elfobj.h"
#include "endian.h"
#include "err.h"
#include "json.h"
#include "opt.h"
#include "usage.h"
#include "xalloc.h"

/* Not static: the option fuzzer (tests/fuzz) parses with it too. */
const struct opt readelf_opts[] = {
	{ 'S', NULL, OPT_FLAG },
	{ 's', NULL, OPT_FLAG },
	{ 'r', NULL, OPT_FLAG },
	{ 'm', NULL, OPT_FLAG },
	{ 'd', NULL, OPT_FLAG },
	{ 0, "no-show-raw-insn", OPT_FLAG },
	{ 'X', NULL, OPT_FLAG },
	{ 'v', NULL, OPT_FLAG },
	{ 'l', NULL, OPT_FLAG },
	{ 'B', NULL, OPT_FLAG },
	{ 'c', NULL, OPT_FLAG },
	{ 'a', NULL, OPT_FLAG },
	{ 'j', NULL, OPT_FLAG },
};
enum { O_SECTIONS, O_SYMBOLS, O_RELOCS, O_MAPS, O_DISASM, O_NORAW, O_XLATED,
       O_VERBOSE, O_LINES, O_BTF, O_CHECK, O_ALL, O_JSON, O_COUNT };
const int readelf_nopts = O_COUNT;

struct flags {
	int sections, symbols, relocs, maps, disasm, noraw, xlated, verbose,
	    lines, btf, check, summary, json;
};

/* ---- what the object declares ---------------------------------------------- */

struct map_def {
	const char *name;
	const char *origin;     /* "maps", "maps (iproute2)", ".maps", ".data", ... */
	size_t section;
	uint64_t offset, size;  /* in its section */
	uint32_t type, key_size, value_size, max_entries, flags, pinning;
	char key_type[64], value_type[64];   /* BTF type names, when known */
	const char *inner;      /* inner map of a map-in-map */
};

struct program {
	const char *name;       /* function symbol */
	size_t section;
	uint64_t offset, size;  /* bytes in the section */
	const char *type;       /* program type inferred from the section */
	const char *attach;     /* attach target from the section name */
};

struct finding {
	const char *section;    /* NULL: the whole file */
	long long insn;         /* -1: no instruction */
	char text[200];
};

struct object {
	struct elfobj elf;
	struct btf btf;
	int has_btf;
	struct map_def *maps;
	size_t nmaps, cap_maps;
	struct program *progs;
	size_t nprogs, cap_progs;
	struct finding *findings;
	size_t nfindings, cap_findings;
	char license[128];
	int has_license, has_version;
	uint32_t version;
};

static void finding(struct object *ob, const char *section, long long insn,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void finding(struct object *ob, const char *section, long long insn,
		    const char *fmt, ...)
{
	struct finding *f;
	va_list ap;

	ob->findings = xgrow(ob->findings, &ob->cap_findings, ob->nfindings + 1,
			     sizeof(*ob->findings));
	f = &ob->findings[ob->nfindings++];
	f->section = section;
	f->insn = insn;
	va_start(ap, fmt);
	vsnprintf(f->text, sizeof(f->text), fmt, ap);
	va_end(ap);
}

static int is_exec(const struct elf_section *s)
{
	return s->sh.sh_type == SHT_PROGBITS && (s->sh.sh_flags & SHF_EXECINSTR);
}

/* ---- program types from section names (libbpf's conventions) ---------------- */

/* prefix, program type; a trailing '/' means the rest names the attach
 * target.  Longer prefixes first where one is a prefix of another. */
static const struct { const char *prefix; const char *type; } sec_types[] = {
	{ "socket", "socket_filter" },
	{ "sk_reuseport/migrate", "sk_reuseport" }, { "sk_reuseport", "sk_reuseport" },
	{ "kprobe.multi/", "kprobe" }, { "kretprobe.multi/", "kprobe" },
	{ "kprobe/", "kprobe" }, { "kretprobe/", "kprobe" },
	{ "uprobe.multi/", "kprobe" }, { "uretprobe.multi/", "kprobe" },
	{ "uprobe/", "kprobe" }, { "uretprobe/", "kprobe" }, { "uprobe", "kprobe" },
	{ "uretprobe", "kprobe" }, { "usdt/", "kprobe" }, { "ksyscall/", "kprobe" },
	{ "kretsyscall/", "kprobe" }, { "tcx/", "sched_cls" }, { "tc/", "sched_cls" },
	{ "tc", "sched_cls" }, { "classifier", "sched_cls" }, { "action", "sched_act" },
	{ "netkit/", "sched_cls" },
	{ "tracepoint/", "tracepoint" }, { "tp/", "tracepoint" },
	{ "raw_tracepoint.w/", "raw_tracepoint_writable" },
	{ "raw_tp.w/", "raw_tracepoint_writable" },
	{ "raw_tracepoint/", "raw_tracepoint" }, { "raw_tp/", "raw_tracepoint" },
	{ "tp_btf/", "tracing" }, { "fentry.s/", "tracing" }, { "fmod_ret.s/", "tracing" },
	{ "fexit.s/", "tracing" }, { "fentry/", "tracing" }, { "fmod_ret/", "tracing" },
	{ "fexit/", "tracing" }, { "iter.s/", "tracing" }, { "iter/", "tracing" },
	{ "freplace/", "ext" }, { "lsm.s/", "lsm" }, { "lsm_cgroup/", "lsm" }, { "lsm/", "lsm" },
	{ "xdp.frags/devmap", "xdp" }, { "xdp/devmap", "xdp" }, { "xdp.frags/cpumap", "xdp" },
	{ "xdp/cpumap", "xdp" }, { "xdp.frags", "xdp" }, { "xdp", "xdp" },
	{ "perf_event", "perf_event" }, { "lwt_in", "lwt_in" }, { "lwt_out", "lwt_out" },
	{ "lwt_xmit", "lwt_xmit" }, { "lwt_seg6local", "lwt_seg6local" },
	{ "sockops", "sock_ops" }, { "sk_skb/stream_parser", "sk_skb" },
	{ "sk_skb/stream_verdict", "sk_skb" }, { "sk_skb", "sk_skb" }, { "sk_msg", "sk_msg" },
	{ "lirc_mode2", "lirc_mode2" }, { "flow_dissector", "flow_dissector" },
	{ "cgroup_skb/", "cgroup_skb" }, { "cgroup/skb", "cgroup_skb" },
	{ "cgroup/dev", "cgroup_device" }, { "cgroup/sysctl", "cgroup_sysctl" },
	{ "cgroup/getsockopt", "cgroup_sockopt" }, { "cgroup/setsockopt", "cgroup_sockopt" },
	{ "cgroup/sock_create", "cgroup_sock" }, { "cgroup/sock_release", "cgroup_sock" },
	{ "cgroup/sock", "cgroup_sock" }, { "cgroup/post_bind", "cgroup_sock" },
	{ "cgroup/", "cgroup_sock_addr" }, { "struct_ops.s/", "struct_ops" },
	{ "struct_ops/", "struct_ops" }, { "struct_ops", "struct_ops" },
	{ "sk_lookup", "sk_lookup" }, { "syscall", "syscall" }, { "netfilter", "netfilter" },
};

static void infer_type(struct program *p, const char *sec)
{
	for (size_t i = 0; i < sizeof(sec_types) / sizeof(sec_types[0]); i++) {
		size_t n = strlen(sec_types[i].prefix);

		if (strncmp(sec, sec_types[i].prefix, n))
			continue;
		/* "xdp_prog" (old loaders matched prefixes) is XDP too. */
		p->type = sec_types[i].type;
		if (sec_types[i].prefix[n - 1] == '/' && sec[n])
			p->attach = sec + n;
		else if (sec[n] == '/' && sec[n + 1])
			p->attach = sec + n + 1;
		return;
	}
	p->type = "unknown";
}

/* Global functions outside .text are programs; .text holds subprograms. */
static void find_programs(struct object *ob)
{
	const struct elfobj *o = &ob->elf;

	for (size_t i = 1; i < o->nsym; i++) {
		const GElf_Sym *s = &o->sym[i].sym;
		struct program *p;

		if (GELF_ST_TYPE(s->st_info) != STT_FUNC || s->st_shndx == SHN_UNDEF ||
		    s->st_shndx >= o->nsec || !is_exec(&o->sec[s->st_shndx]) ||
		    !strcmp(o->sec[s->st_shndx].name, ".text"))
			continue;
		if (s->st_value > o->sec[s->st_shndx].sh.sh_size ||
		    s->st_size > o->sec[s->st_shndx].sh.sh_size - s->st_value) {
			finding(ob, o->sec[s->st_shndx].name, -1,
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
		infer_type(p, o->sec[s->st_shndx].name);
	}
}

/* ---- maps ---------------------------------------------------------------------- */

static struct map_def *new_map(struct object *ob)
{
	struct map_def *m;

	ob->maps = xgrow(ob->maps, &ob->cap_maps, ob->nmaps + 1, sizeof(*m));
	m = &ob->maps[ob->nmaps++];
	memset(m, 0, sizeof(*m));
	return m;
}

/* Legacy "maps" section: one object symbol per map.  Its size picks the
 * layout: 20 bytes is struct bpf_map_def (type, key, value, entries,
 * flags); 36 is iproute2's bpf_elf_map (... id, pinning, inner id, inner
 * index); other sizes keep the first fields they cover. */
static void legacy_maps(struct object *ob, size_t secidx)
{
	const struct elfobj *o = &ob->elf;
	const struct elf_section *s = &o->sec[secidx];

	for (size_t i = 1; i < o->nsym; i++) {
		const GElf_Sym *sym = &o->sym[i].sym;
		struct map_def *m;
		uint32_t f[9] = { 0 };
		size_t nf;

		if (sym->st_shndx != secidx || GELF_ST_TYPE(sym->st_info) == STT_SECTION ||
		    GELF_ST_TYPE(sym->st_info) == STT_FILE)
			continue;
		if (!s->data || sym->st_value > s->size || sym->st_size > s->size - sym->st_value) {
			finding(ob, s->name, -1, "map %s: symbol lies outside the section", o->sym[i].name);
			continue;
		}
		nf = sym->st_size / 4 > 9 ? 9 : sym->st_size / 4;
		for (size_t k = 0; k < nf; k++)
			f[k] = get32(s->data + sym->st_value + 4 * k, o->big_endian);
		m = new_map(ob);
		m->name = o->sym[i].name;
		m->section = secidx;
		m->offset = sym->st_value;
		m->size = sym->st_size;
		m->origin = sym->st_size == 36 ? "maps (iproute2)" : "maps";
		m->type = f[0], m->key_size = f[1], m->value_size = f[2];
		m->max_entries = f[3], m->flags = f[4];
		if (sym->st_size == 36)
			m->pinning = f[6];
		if (sym->st_size < 16)
			finding(ob, s->name, -1, "map %s: definition of %" PRIu64 " bytes is too short",
				m->name, (uint64_t)sym->st_size);
	}
	if (s->size % 4)
		finding(ob, s->name, -1, "legacy maps section size %zu is not a multiple of 4", s->size);
}

/* BTF-defined maps: each .maps variable is a struct whose members encode
 * the attributes: `int (*type)[N]` is N, `K *key` gives the key type. */
static void btf_maps(struct object *ob, size_t secidx)
{
	const struct elfobj *o = &ob->elf;
	const struct btf *b = &ob->btf;
	uint32_t datasec;

	if (!ob->has_btf) {
		finding(ob, ".maps", -1, "BTF-defined maps but no .BTF section");
		return;
	}
	datasec = btf_find_datasec(b, ".maps");
	if (!datasec) {
		finding(ob, ".maps", -1, "no DATASEC .maps in BTF");
		return;
	}
	for (uint32_t v = 0; v < btf_vlen(b, datasec); v++) {
		struct btf_var_secinfo vs;
		struct map_def *m;
		uint32_t var, st;

		if (btf_datasec_var(b, datasec, v, &vs) < 0)
			continue;
		var = vs.type;
		m = new_map(ob);
		m->name = btf_name(b, var);
		m->origin = ".maps";
		m->section = secidx;
		/* Compilers leave DATASEC offsets 0; the ELF symbol has them. */
		for (size_t i = 1; i < o->nsym; i++)
			if (o->sym[i].sym.st_shndx == secidx && !strcmp(o->sym[i].name, m->name)) {
				m->offset = o->sym[i].sym.st_value;
				m->size = o->sym[i].sym.st_size;
			}
		st = btf_resolve(b, btf_type_ref(b, var));
		if (btf_kind(b, st) != BTF_KIND_STRUCT) {
			finding(ob, ".maps", -1, "map %s: not a struct in BTF", m->name);
			continue;
		}
		for (uint32_t k = 0; k < btf_vlen(b, st); k++) {
			struct btf_member mb;
			const char *f;
			uint32_t n, target;

			if (btf_struct_member(b, st, k, &mb) < 0)
				break;
			f = btf_str(b, mb.name_off);
			n = btf_int_array_len(b, mb.type);     /* int (*x)[N] */
			target = btf_ptr_target(b, mb.type);    /* T *x */
			if (!strcmp(f, "type"))
				m->type = n;
			else if (!strcmp(f, "max_entries"))
				m->max_entries = n;
			else if (!strcmp(f, "map_flags"))
				m->flags = n;
			else if (!strcmp(f, "pinning"))
				m->pinning = n;
			else if (!strcmp(f, "key_size"))
				m->key_size = n;
			else if (!strcmp(f, "value_size"))
				m->value_size = n;
			else if (!strcmp(f, "key") && target) {
				m->key_size = btf_size_of(b, target);
				snprintf(m->key_type, sizeof(m->key_type), "%s", btf_type_name(b, target));
			} else if (!strcmp(f, "value") && target) {
				m->value_size = btf_size_of(b, target);
				snprintf(m->value_type, sizeof(m->value_type), "%s", btf_type_name(b, target));
			} else if (!strcmp(f, "values")) {
				m->value_size = 4;   /* map-in-map and prog array: fd */
			}
		}
	}
	/* Inner maps of map-in-map: relocations in .maps point at them from
	 * the `values` array, which may lie past the declared size (a
	 * flexible array), so the owner is the last map starting before. */
	for (size_t k = 0; k < o->rel[secidx].n; k++) {
		const struct elf_reloc *r = &o->rel[secidx].r[k];
		struct map_def *owner = NULL;

		for (size_t i = 0; i < ob->nmaps; i++)
			if (ob->maps[i].section == secidx && ob->maps[i].offset <= r->offset &&
			    (!owner || ob->maps[i].offset > owner->offset))
				owner = &ob->maps[i];
		if (owner)
			owner->inner = o->sym[r->sym].name;
	}
}

/* .data, .rodata, .bss, .kconfig and their .NAME variants become array
 * maps of one element holding the whole section. */
static int is_global_data(const char *name)
{
	static const char *const prefixes[] = { ".data", ".rodata", ".bss", ".kconfig" };

	for (size_t i = 0; i < 4; i++) {
		size_t n = strlen(prefixes[i]);

		if (!strncmp(name, prefixes[i], n) && (!name[n] || name[n] == '.'))
			return 1;
	}
	return 0;
}

static void find_maps(struct object *ob)
{
	const struct elfobj *o = &ob->elf;

	for (size_t i = 1; i < o->nsec; i++) {
		const struct elf_section *s = &o->sec[i];

		if (!strcmp(s->name, "maps"))
			legacy_maps(ob, i);
		else if (!strcmp(s->name, ".maps"))
			btf_maps(ob, i);
	}
	for (size_t i = 1; i < o->nsec; i++) {
		const struct elf_section *s = &o->sec[i];
		struct map_def *m;

		if (!is_global_data(s->name) || !(s->sh.sh_flags & SHF_ALLOC))
			continue;
		m = new_map(ob);
		m->name = s->name;
		m->origin = "global data";
		m->section = i;
		m->type = BPF_MAP_TYPE_ARRAY_ID;
		m->key_size = 4;
		m->value_size = (uint32_t)s->sh.sh_size;
		m->max_entries = 1;
		if (!strncmp(s->name, ".rodata", 7) || !strncmp(s->name, ".kconfig", 8))
			m->flags = 1u << 7; /* BPF_F_RDONLY_PROG */
	}
}

/* The map a relocation in a program refers to: by symbol (legacy and BTF
 * maps) or by section (global data). */
static const struct map_def *map_of_reloc(const struct object *ob, const struct elf_reloc *r)
{
	const GElf_Sym *s = &ob->elf.sym[r->sym].sym;

	for (size_t i = 0; i < ob->nmaps; i++) {
		const struct map_def *m = &ob->maps[i];

		if (m->section != s->st_shndx)
			continue;
		if (!strcmp(m->origin, "global data") || m->offset == s->st_value)
			return m;
	}
	return NULL;
}

/* ---- disassembly ------------------------------------------------------------- */

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

static struct label *section_labels(const struct elfobj *o, size_t sec, size_t *n)
{
	struct label *l = NULL;
	size_t cap = 0, k = 0;
	int at_zero = 0;

	for (size_t i = 1; i < o->nsym; i++) {
		const GElf_Sym *s = &o->sym[i].sym;
		int t = GELF_ST_TYPE(s->st_info);

		if (s->st_shndx != sec || t == STT_SECTION || t == STT_FILE)
			continue;
		l = xgrow(l, &cap, k + 1, sizeof(*l));
		l[k++] = (struct label){ s->st_value, o->sym[i].name, i };
		at_zero |= s->st_value == 0;
	}
	if (!at_zero) {
		l = xgrow(l, &cap, k + 1, sizeof(*l));
		l[k++] = (struct label){ 0, o->sec[sec].name, 0 };
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

struct disasm_ctx {
	struct object *ob;
	size_t sec;
	const struct elf_relocs *rel;
};

static const char *helper_name(void *ctx, int32_t id)
{
	static char buf[64];
	const char *n = bpf_helper_name(id);

	(void)ctx;
	if (!n)
		return NULL;
	snprintf(buf, sizeof(buf), "bpf_%s", n);
	return buf;
}

static const struct elf_reloc *reloc_at(const struct elf_relocs *rel, uint64_t off)
{
	for (size_t i = 0; rel && i < rel->n; i++)
		if (rel->r[i].offset == off)
			return &rel->r[i];
	return NULL;
}

/* ld_imm64 with a relocation: the map (or global data) it loads. */
static const char *ld_imm64_name(void *ctx, long long index)
{
	static char buf[160];
	struct disasm_ctx *d = ctx;
	const struct elf_reloc *r = reloc_at(d->rel, (uint64_t)index * 8);
	const struct map_def *m;

	if (!r)
		return NULL;
	m = map_of_reloc(d->ob, r);
	if (m && !strcmp(m->origin, "global data"))
		snprintf(buf, sizeof(buf), "map[%s][0]+%" PRIu64, m->name,
			 (uint64_t)d->ob->elf.sym[r->sym].sym.st_value);
	else if (m)
		snprintf(buf, sizeof(buf), "map[%s]", m->name);
	else
		snprintf(buf, sizeof(buf), "%s", d->ob->elf.sym[r->sym].name);
	return buf;
}

static const char hexdig[] = "0123456789abcdef";

/* "       5:\t" */
static char *put_index(char *p, uint64_t index)
{
	char tmp[24];
	int n = 0;

	do
		tmp[n++] = (char)('0' + index % 10);
	while ((index /= 10));
	for (int pad = 8 - n; pad > 0; pad--)
		*p++ = ' ';
	while (n)
		*p++ = tmp[--n];
	*p++ = ':';
	*p++ = '\t';
	return p;
}

/* Relocations of a section in offset order, walked once with a cursor
 * as the disassembly advances. */
struct reloc_cursor {
	const struct elfobj *o;
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

static void reloc_cursor_init(struct reloc_cursor *c, const struct elfobj *o,
			      const struct elf_relocs *rel)
{
	c->o = o;
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
		       c->o->sym[r->sym].name);
	}
}

/* Source line comments from BTF.ext line info for one section. */
struct line_src {
	const struct btf_ext *ext;
	const struct btf *btf;
	const struct btf_ext_sec *sec;
};

static void print_source_line(const struct line_src *ls, uint64_t off)
{
	struct btf_line ln;

	if (!ls->sec)
		return;
	for (uint32_t i = 0; i < ls->sec->count; i++) {
		btf_ext_line(ls->ext, ls->btf, ls->sec, i, &ln);
		if (ln.insn_off == off && ln.line[0])
			printf("; %s\n", ln.line);
	}
}

static void disasm_section(struct object *ob, size_t sec, const struct flags *f,
			   const struct line_src *ls)
{
	const struct elfobj *o = &ob->elf;
	const struct elf_section *s = &o->sec[sec];
	struct disasm_ctx dc = { ob, sec, &o->rel[sec] };
	struct bpf_names names = { helper_name, ld_imm64_name, &dc };
	size_t nlabels, next_label = 0;
	struct label *labels = section_labels(o, sec, &nlabels);
	struct reloc_cursor rc;
	uint64_t pos = 0;

	reloc_cursor_init(&rc, o, dc.rel);
	printf("\nDisassembly of section %s:\n", s->name);
	while (pos < s->size) {
		struct bpf_insn in, nx;
		struct bpf_text t;
		char line[320], *p;
		size_t len;
		uint64_t index = pos / 8;

		while (next_label < nlabels && labels[next_label].value <= pos) {
			if (labels[next_label].value == pos)
				printf("\n%016" PRIx64 " <%s>:\n", labels[next_label].value,
				       labels[next_label].name);
			next_label++;
		}
		if (f->lines)
			print_source_line(ls, pos);
		p = put_index(line, index);
		/* Fewer bytes than the instruction needs: like llvm-objdump,
		 * one "<unknown>" per remaining byte. */
		if (s->size - pos < 8 || (s->data[pos] == BPF_LD_IMM64 && s->size - pos < 16)) {
			if (!f->noraw) {
				*p++ = hexdig[s->data[pos] >> 4];
				*p++ = hexdig[s->data[pos] & 15];
				*p++ = '\t';
			}
			memcpy(p, "<unknown>\n", 11);
			fputs(line, stdout);
			if (f->relocs)
				print_relocs_before(&rc, pos + 1);
			pos++;
			continue;
		}
		bpf_insn_decode(s->data + pos, o->big_endian, &in);
		if (s->size - pos >= 16)
			bpf_insn_decode(s->data + pos + 8, o->big_endian, &nx);
		if (f->xlated)
			bpf_format_kernel(&in, s->size - pos >= 16 ? &nx : NULL, (long long)index,
					  &names, &t);
		else
			bpf_format_llvm(&in, s->size - pos >= 16 ? &nx : NULL, (long long)index, &t);
		if (!f->noraw && !f->xlated) {
			for (int b = 0; b < 8 * t.slots; b++) {
				*p++ = hexdig[s->data[pos + b] >> 4];
				*p++ = hexdig[s->data[pos + b] & 15];
				*p++ = b + 1 < 8 * t.slots ? ' ' : '\t';
			}
		}
		len = strlen(t.text);
		memcpy(p, t.text, len);
		p += len;
		if (t.has_target && !f->xlated) {
			uint64_t addr = (uint64_t)t.target * 8;
			const struct label *l = label_for(labels, nlabels, addr);

			if (addr == l->value)
				p += sprintf(p, " <%s>", l->name);
			else
				p += sprintf(p, " <%s+0x%" PRIx64 ">", l->name, addr - l->value);
		}
		if (f->verbose && !f->xlated && in.code == (BPF_JMP | BPF_CALL) &&
		    in.src == BPF_PSEUDO_HELPER && bpf_helper_name(in.imm))
			p += sprintf(p, " # bpf_%s", bpf_helper_name(in.imm));
		if (f->verbose && in.code == BPF_LD_IMM64 && !f->xlated) {
			const char *name = ld_imm64_name(&dc, (long long)index);

			if (name)
				p += sprintf(p, " # %s", name);
		}
		*p++ = '\n';
		*p = 0;
		fputs(line, stdout);
		if (f->relocs)
			print_relocs_before(&rc, pos + 8 * (uint64_t)t.slots);
		pos += 8 * (uint64_t)t.slots;
	}
	free(rc.r);
	free(labels);
}

static void disassemble(struct object *ob, const struct flags *f, struct btf_ext *ext)
{
	const struct elfobj *o = &ob->elf;

	printf("\n%s:\tfile format elf64-bpf\n", o->path);
	for (size_t i = 1; i < o->nsec; i++) {
		struct line_src ls = { ext, &ob->btf, NULL };

		if (!is_exec(&o->sec[i]) || !o->sec[i].size)
			continue;
		for (size_t k = 0; ext && k < ext->nlines; k++)
			if (!strcmp(ext->lines[k].name, o->sec[i].name))
				ls.sec = &ext->lines[k];
		disasm_section(ob, i, f, &ls);
	}
}

/* ---- sections, symbols, relocations ----------------------------------------- */

static const char *sh_type_name(uint32_t t)
{
	static const char *const names[] = {
		"NULL", "PROGBITS", "SYMTAB", "STRTAB", "RELA", "HASH", "DYNAMIC",
		"NOTE", "NOBITS", "REL", "SHLIB", "DYNSYM",
	};
	static char buf[16];

	if (t < sizeof(names) / sizeof(names[0]))
		return names[t];
	if (t == 0x6fff4c03)
		return "LLVM_ADDRSIG";
	snprintf(buf, sizeof(buf), "0x%x", t);
	return buf;
}

static const char *sh_flags_text(uint64_t fl)
{
	static char buf[8];
	char *p = buf;

	if (fl & SHF_WRITE) *p++ = 'W';
	if (fl & SHF_ALLOC) *p++ = 'A';
	if (fl & SHF_EXECINSTR) *p++ = 'X';
	if (fl & SHF_MERGE) *p++ = 'M';
	if (fl & SHF_STRINGS) *p++ = 'S';
	if (fl & SHF_INFO_LINK) *p++ = 'I';
	*p = 0;
	return buf;
}

static void print_sections(const struct object *ob)
{
	const struct elfobj *o = &ob->elf;
	int w = 4;

	for (size_t i = 0; i < o->nsec; i++)
		if ((int)strlen(o->sec[i].name) > w)
			w = (int)strlen(o->sec[i].name);
	printf("Sections:\n%3s %-*s %-12s %-5s %8s %8s\n", "Idx", w, "Name", "Type", "Flags",
	       "Size", "Offset");
	for (size_t i = 0; i < o->nsec; i++) {
		const GElf_Shdr *sh = &o->sec[i].sh;
		const char *fl = sh_flags_text(sh->sh_flags);

		printf("%3zu %-*s %-12s %-5s %08" PRIx64 " %08" PRIx64 "\n", i, w, o->sec[i].name,
		       sh_type_name(sh->sh_type), fl[0] ? fl : "-",
		       (uint64_t)sh->sh_size, (uint64_t)sh->sh_offset);
	}
}

static const char *sym_type(int t)
{
	static const char *const names[] = { "NOTYPE", "OBJECT", "FUNC", "SECTION", "FILE" };

	return t < 5 ? names[t] : "OTHER";
}

static const char *sym_bind(int b)
{
	return b == STB_LOCAL ? "LOCAL" : b == STB_GLOBAL ? "GLOBAL" : b == STB_WEAK ? "WEAK" : "OTHER";
}

static const char *sym_section(const struct elfobj *o, uint32_t shndx)
{
	static char buf[16];

	if (shndx == SHN_UNDEF)
		return "UND";
	if (shndx == SHN_ABS)
		return "ABS";
	if (shndx == SHN_COMMON)
		return "COM";
	if (shndx < o->nsec)
		return o->sec[shndx].name;
	snprintf(buf, sizeof(buf), "%u", shndx);
	return buf;
}

static void print_symbols(const struct object *ob)
{
	const struct elfobj *o = &ob->elf;

	printf("Symbols:\n%4s %16s %6s %-7s %-6s %-20s %s\n", "Num", "Value", "Size", "Type",
	       "Bind", "Section", "Name");
	for (size_t i = 0; i < o->nsym; i++) {
		const GElf_Sym *s = &o->sym[i].sym;

		printf("%4zu %016" PRIx64 " %6" PRIu64 " %-7s %-6s %-20s %s\n", i,
		       (uint64_t)s->st_value, (uint64_t)s->st_size,
		       sym_type(GELF_ST_TYPE(s->st_info)), sym_bind(GELF_ST_BIND(s->st_info)),
		       sym_section(o, s->st_shndx), o->sym[i].name);
	}
}

/* What a relocation patches, in words. */
static const char *reloc_meaning(const struct object *ob, size_t sec, const struct elf_reloc *r)
{
	const struct elfobj *o = &ob->elf;
	const GElf_Sym *s = &o->sym[r->sym].sym;
	const struct map_def *m;
	static char buf[160];

	if (!is_exec(&o->sec[sec]))
		return !strcmp(o->sec[sec].name, ".maps") ? "inner map or program reference" : "data";
	if (r->type == 10) /* R_BPF_64_32 */
		return "bpf-to-bpf call";
	if (s->st_shndx == SHN_UNDEF) {
		snprintf(buf, sizeof(buf), "extern %s", o->sym[r->sym].name);
		return buf;
	}
	m = map_of_reloc(ob, r);
	if (m && !strcmp(m->origin, "global data"))
		snprintf(buf, sizeof(buf), "global data %s+%" PRIu64, m->name, (uint64_t)s->st_value);
	else if (m)
		snprintf(buf, sizeof(buf), "map %s", m->name);
	else if (s->st_shndx < o->nsec && is_exec(&o->sec[s->st_shndx]))
		snprintf(buf, sizeof(buf), "code address in %s", o->sec[s->st_shndx].name);
	else
		snprintf(buf, sizeof(buf), "%s", o->sym[r->sym].name);
	return buf;
}

static void print_relocations(const struct object *ob)
{
	const struct elfobj *o = &ob->elf;

	for (size_t i = 1; i < o->nsec; i++) {
		const struct elf_relocs *rs = &o->rel[i];

		if (!rs->n)
			continue;
		printf("Relocations in %s (%s, %zu):\n%16s %-18s %-24s %s\n", o->sec[i].name,
		       o->sec[rs->relsec].name, rs->n, "Offset", "Type", "Symbol", "Patches");
		for (size_t k = 0; k < rs->n; k++) {
			const struct elf_reloc *r = &rs->r[k];
			const char *t = elf_bpf_reloc_name(r->type);

			printf("%016" PRIx64 " %-18s %-24s %s\n", r->offset, t ? t : "unknown",
			       o->sym[r->sym].name, reloc_meaning(ob, i, r));
		}
	}
}

/* ---- maps, programs, summary ------------------------------------------------- */

static const char *map_type_text(uint32_t t)
{
	static char buf[16];
	const char *n = bpf_map_type_name(t);

	if (n)
		return n;
	snprintf(buf, sizeof(buf), "type#%u", t);
	return buf;
}

static void print_maps(const struct object *ob)
{
	printf("Maps:\n  %-16s %-16s %5s %6s %8s %6s %-8s %s\n", "NAME", "TYPE", "KEY", "VALUE",
	       "ENTRIES", "FLAGS", "PINNING", "DEFINED IN");
	for (size_t i = 0; i < ob->nmaps; i++) {
		const struct map_def *m = &ob->maps[i];

		printf("  %-16s %-16s %5u %6u %8u %#6x %-8s %s", m->name, map_type_text(m->type),
		       m->key_size, m->value_size, m->max_entries, m->flags,
		       m->pinning == 0 ? "none" : m->pinning == 1 ? "by-name" :
		       m->pinning == 2 ? "global" : "other", m->origin);
		if (m->key_type[0] || m->value_type[0])
			printf(" (key %s, value %s)", m->key_type[0] ? m->key_type : "-",
			       m->value_type[0] ? m->value_type : "-");
		if (m->inner)
			printf(" (inner %s)", m->inner);
		putchar('\n');
	}
}

static void print_programs(const struct object *ob)
{
	printf("Programs:\n  %-26s %-18s %-14s %-16s %6s\n", "SECTION", "FUNCTION", "TYPE",
	       "ATTACH", "INSNS");
	for (size_t i = 0; i < ob->nprogs; i++) {
		const struct program *p = &ob->progs[i];

		printf("  %-26s %-18s %-14s %-16s %6" PRIu64 "\n", ob->elf.sec[p->section].name,
		       p->name, p->type, p->attach ? p->attach : "-", p->size / 8);
	}
}

static void print_summary(const struct object *ob)
{
	const struct elfobj *o = &ob->elf;
	size_t btf = elfobj_find(o, ".BTF"), ext = elfobj_find(o, ".BTF.ext");

	printf("%s: ELF64 BPF relocatable, %s (%s)\n", o->path,
	       o->big_endian ? "big-endian" : "little-endian", o->big_endian ? "bpfeb" : "bpfel");
	printf("  %-12s %s\n", "license", ob->has_license ? ob->license : "(none)");
	if (ob->has_version)
		printf("  %-12s 0x%06x (%u.%u.%u)\n", "version", ob->version, ob->version >> 16,
		       ob->version >> 8 & 0xff, ob->version & 0xff);
	else
		printf("  %-12s (none)\n", "version");
	if (btf)
		printf("  %-12s %zu bytes, %u types%s\n", "BTF", o->sec[btf].size,
		       ob->btf.ntypes, ext ? "; BTF.ext present" : "; no BTF.ext");
	else
		printf("  %-12s none\n", "BTF");
	print_programs(ob);
	print_maps(ob);
	printf("Findings: %zu%s\n", ob->nfindings, ob->nfindings ? " (see -c)" : "");
}

/* ---- checks -------------------------------------------------------------------- */

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

static void check_code(struct object *ob, size_t sec)
{
	const struct elfobj *o = &ob->elf;
	const struct elf_section *s = &o->sec[sec];
	const struct elf_relocs *rel = &o->rel[sec];
	uint64_t ninsn = s->size / 8;
	int gpl = ob->has_license && gpl_compatible(ob->license);

	if (s->size % 8)
		finding(ob, s->name, (long long)ninsn, "section size %zu is not a multiple of 8", s->size);
	for (uint64_t i = 0; i < ninsn; i++) {
		struct bpf_insn in, nx;
		struct bpf_text t;
		int has_next = i + 1 < ninsn;

		bpf_insn_decode(s->data + i * 8, o->big_endian, &in);
		if (has_next)
			bpf_insn_decode(s->data + i * 8 + 8, o->big_endian, &nx);
		if (in.code == BPF_LD_IMM64 && !has_next) {
			finding(ob, s->name, (long long)i, "ld_imm64 cut in half by the end of the section");
			break;
		}
		/* What the kernel knows, not what LLVM's default decoder
		 * prints: 32-bit atomics are valid without its alu32 flag. */
		bpf_format_kernel(&in, has_next ? &nx : NULL, (long long)i, NULL, &t);
		if (!t.known) {
			finding(ob, s->name, (long long)i, "unknown opcode 0x%02x", in.code);
			continue;
		}
		if (t.has_target && BPF_OP(in.code) != BPF_CALL &&
		    (t.target < 0 || (uint64_t)t.target >= ninsn))
			finding(ob, s->name, (long long)i, "jump to instruction %lld, outside the section (0..%" PRIu64 ")",
				t.target, ninsn - 1);
		if (in.code == (BPF_JMP | BPF_CALL) && in.src == BPF_PSEUDO_CALL &&
		    !reloc_at(rel, i * 8)) {
			long long target = (long long)i + 1 + in.imm;

			if (target < 0 || (uint64_t)target >= ninsn)
				finding(ob, s->name, (long long)i, "call to instruction %lld, outside the section",
					target);
		}
		if (in.code == (BPF_JMP | BPF_CALL) && in.src == BPF_PSEUDO_HELPER && !gpl &&
		    bpf_helper_gpl_only(in.imm))
			finding(ob, s->name, (long long)i, "GPL-only helper bpf_%s called under license \"%s\"",
				bpf_helper_name(in.imm), ob->has_license ? ob->license : "(none)");
		if (((BPF_CLASS(in.code) == BPF_LDX && in.src == 10) ||
		     ((BPF_CLASS(in.code) == BPF_STX || BPF_CLASS(in.code) == BPF_ST) && in.dst == 10)) &&
		    in.off < -512)
			finding(ob, s->name, (long long)i, "stack access at r10%+d, below the 512-byte stack",
				in.off);
		i += (uint64_t)t.slots - 1;
	}
}

static int extern_in_btf(const struct object *ob, const char *name)
{
	static const char *const secs[] = { ".kconfig", ".ksyms" };

	if (!ob->has_btf)
		return 0;
	for (int k = 0; k < 2; k++) {
		uint32_t ds = btf_find_datasec(&ob->btf, secs[k]);
		struct btf_var_secinfo v;

		for (uint32_t i = 0; ds && i < btf_vlen(&ob->btf, ds); i++)
			if (btf_datasec_var(&ob->btf, ds, i, &v) == 0 &&
			    !strcmp(btf_name(&ob->btf, v.type), name))
				return 1;
	}
	return 0;
}

static void run_checks(struct object *ob)
{
	const struct elfobj *o = &ob->elf;

	if (!ob->has_license)
		finding(ob, NULL, -1, "no license section: the kernel treats the program as non-GPL");
	if (elfobj_find(o, "maps"))
		finding(ob, "maps", -1, "legacy \"maps\" section: libbpf 1.0 and later refuse it; "
			"define maps in \".maps\" with BTF");
	for (size_t i = 1; i < o->nsec; i++) {
		const struct elf_relocs *rs = &o->rel[i];

		if (is_exec(&o->sec[i]))
			check_code(ob, i);
		for (size_t k = 0; k < rs->n; k++) {
			const struct elf_reloc *r = &rs->r[k];
			const GElf_Sym *s = &o->sym[r->sym].sym;

			if (r->offset >= o->sec[i].sh.sh_size)
				finding(ob, o->sec[i].name, -1, "relocation at 0x%" PRIx64 " outside the section",
					r->offset);
			else if (!elf_bpf_reloc_name(r->type))
				finding(ob, o->sec[i].name, (long long)(r->offset / 8),
					"relocation of unknown type %u", r->type);
			else if (r->sym == 0)
				finding(ob, o->sec[i].name, (long long)(r->offset / 8),
					"relocation without a symbol");
			else if (s->st_shndx == SHN_UNDEF && is_exec(&o->sec[i]) &&
				 !extern_in_btf(ob, o->sym[r->sym].name))
				finding(ob, o->sec[i].name, (long long)(r->offset / 8),
					"relocation against undefined symbol %s", o->sym[r->sym].name);
		}
	}
	for (size_t i = 0; i < ob->nprogs; i++)
		if (ob->progs[i].size / 8 > 4096)
			finding(ob, o->sec[ob->progs[i].section].name, -1,
				"program %s has %" PRIu64 " instructions: over 4096, refused by kernels "
				"before 5.2 and for unprivileged users", ob->progs[i].name,
				ob->progs[i].size / 8);
}

static void print_findings(const struct object *ob)
{
	for (size_t i = 0; i < ob->nfindings; i++) {
		const struct finding *f = &ob->findings[i];

		if (!f->section)
			printf("%s: %s\n", ob->elf.path, f->text);
		else if (f->insn < 0)
			printf("%s: %s: %s\n", ob->elf.path, f->section, f->text);
		else
			printf("%s: %s+%lld: %s\n", ob->elf.path, f->section, f->insn, f->text);
	}
}

/* ---- BTF ------------------------------------------------------------------------ */

static void print_btf(const struct object *ob, const struct btf_ext *ext, int has_ext)
{
	const struct btf *b = &ob->btf;

	if (!ob->has_btf) {
		printf("BTF: none\n");
		return;
	}
	printf("BTF: version %u, flags 0x%x, header %u bytes, types %u bytes, strings %u bytes, "
	       "%u types\n", b->version, b->flags, b->hdr_len, b->types_len, b->strs_len, b->ntypes);
	btf_dump(b, stdout);
	if (!has_ext) {
		printf("BTF.ext: none\n");
		return;
	}
	printf("BTF.ext: func_info and line_info records per section\n");
	printf("  %-38s %9s %9s\n", "SECTION", "FUNC_INFO", "LINE_INFO");
	for (size_t i = 1; i < ob->elf.nsec; i++) {
		const char *name = ob->elf.sec[i].name;
		uint32_t nf = 0, nl = 0;
		int seen = 0;

		for (size_t k = 0; k < ext->nfunc; k++)
			if (!strcmp(ext->func[k].name, name))
				nf += ext->func[k].count, seen = 1;
		for (size_t k = 0; k < ext->nlines; k++)
			if (!strcmp(ext->lines[k].name, name))
				nl += ext->lines[k].count, seen = 1;
		if (seen)
			printf("  %-38s %9u %9u\n", name, nf, nl);
	}
}

/* ---- JSON -------------------------------------------------------------------------- */

static void json_insns(const struct object *ob, const struct program *p)
{
	const struct elfobj *o = &ob->elf;
	const struct elf_section *s = &o->sec[p->section];
	uint64_t end = p->offset + p->size;

	json_array("insns");
	if (end > s->size)
		end = s->size;
	for (uint64_t pos = p->offset; pos + 8 <= end;) {
		struct bpf_insn in, nx;
		struct bpf_text t;
		char hex[48];
		int has_next = pos + 16 <= end;

		bpf_insn_decode(s->data + pos, o->big_endian, &in);
		if (has_next)
			bpf_insn_decode(s->data + pos + 8, o->big_endian, &nx);
		bpf_format_llvm(&in, has_next ? &nx : NULL, (long long)(pos / 8), &t);
		for (int b = 0; b < 8 * t.slots; b++)
			sprintf(hex + 2 * b, "%02x", s->data[pos + b]);
		json_object(NULL);
		json_uint("insn", pos / 8);
		json_string("bytes", hex);
		json_string("text", t.text);
		json_close();
		pos += 8 * (uint64_t)t.slots;
	}
	json_close();
}

static void json_object_file(const struct object *ob, const struct flags *f,
			     const struct btf_ext *ext, int has_ext)
{
	const struct elfobj *o = &ob->elf;

	json_object(NULL);
	json_string("file", o->path);
	json_string("class", "ELF64");
	json_string("endian", o->big_endian ? "big" : "little");
	if (ob->has_license)
		json_string("license", ob->license);
	else
		json_null("license");
	if (ob->has_version)
		json_uint("version", ob->version);
	else
		json_null("version");
	json_array("sections");
	for (size_t i = 0; i < o->nsec; i++) {
		json_object(NULL);
		json_uint("index", i);
		json_string("name", o->sec[i].name);
		json_string("type", sh_type_name(o->sec[i].sh.sh_type));
		json_string("flags", sh_flags_text(o->sec[i].sh.sh_flags));
		json_uint("size", o->sec[i].sh.sh_size);
		json_uint("offset", o->sec[i].sh.sh_offset);
		json_close();
	}
	json_close();
	json_array("symbols");
	for (size_t i = 0; i < o->nsym; i++) {
		const GElf_Sym *s = &o->sym[i].sym;

		json_object(NULL);
		json_string("name", o->sym[i].name);
		json_uint("value", s->st_value);
		json_uint("size", s->st_size);
		json_string("type", sym_type(GELF_ST_TYPE(s->st_info)));
		json_string("bind", sym_bind(GELF_ST_BIND(s->st_info)));
		json_string("section", sym_section(o, s->st_shndx));
		json_close();
	}
	json_close();
	json_array("programs");
	for (size_t i = 0; i < ob->nprogs; i++) {
		const struct program *p = &ob->progs[i];

		json_object(NULL);
		json_string("section", o->sec[p->section].name);
		json_string("name", p->name);
		json_string("type", p->type);
		json_string("attach", p->attach);
		json_uint("insn_count", p->size / 8);
		json_uint("size", p->size);
		if (f->disasm)
			json_insns(ob, p);
		json_close();
	}
	json_close();
	json_array("maps");
	for (size_t i = 0; i < ob->nmaps; i++) {
		const struct map_def *m = &ob->maps[i];

		json_object(NULL);
		json_string("name", m->name);
		json_string("type", map_type_text(m->type));
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
	json_array("relocations");
	for (size_t i = 1; i < o->nsec; i++)
		for (size_t k = 0; k < o->rel[i].n; k++) {
			const struct elf_reloc *r = &o->rel[i].r[k];

			json_object(NULL);
			json_string("section", o->sec[i].name);
			json_uint("offset", r->offset);
			json_string("type", elf_bpf_reloc_name(r->type));
			json_string("symbol", o->sym[r->sym].name);
			json_string("patches", reloc_meaning(ob, i, r));
			json_close();
		}
	json_close();
	json_object("btf");
	json_bool("present", ob->has_btf);
	json_uint("types", ob->btf.ntypes);
	json_bool("ext", has_ext);
	json_uint("func_info_sections", has_ext ? ext->nfunc : 0);
	json_uint("line_info_sections", has_ext ? ext->nlines : 0);
	json_close();
	json_array("findings");
	for (size_t i = 0; i < ob->nfindings; i++) {
		json_object(NULL);
		json_string("section", ob->findings[i].section);
		if (ob->findings[i].insn >= 0)
			json_int("insn", ob->findings[i].insn);
		else
			json_null("insn");
		json_string("problem", ob->findings[i].text);
		json_close();
	}
	json_close();
	json_close();
}

/* ---- one file ------------------------------------------------------------------ */

static void read_license_version(struct object *ob)
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

/* Returns 0, 1 when the checks found problems, -1 when the file is bad. */
static int readelf_file(const char *path, const struct flags *f)
{
	struct object ob;
	struct btf_ext ext;
	char err[256];
	int status = 0, has_ext = 0;
	size_t btf_sec, ext_sec;

	memset(&ob, 0, sizeof(ob));
	memset(&ext, 0, sizeof(ext));
	if (elfobj_open(&ob.elf, path, err, sizeof(err)) < 0) {
		warn_msg("%s: %s", path, err);
		elfobj_close(&ob.elf);
		return -1;
	}
	btf_sec = elfobj_find(&ob.elf, ".BTF");
	ext_sec = elfobj_find(&ob.elf, ".BTF.ext");
	if (btf_sec) {
		const struct elf_section *s = &ob.elf.sec[btf_sec];

		if (btf_parse(&ob.btf, s->data, s->size, ob.elf.big_endian, err, sizeof(err)) < 0) {
			/* The rest of the object is still worth showing. */
			warn_msg("%s: .BTF ignored: %s", path, err);
			finding(&ob, ".BTF", -1, "%s", err);
			btf_free(&ob.btf);
		} else {
			ob.has_btf = 1;
		}
	}
	if (ob.has_btf && ext_sec) {
		const struct elf_section *s = &ob.elf.sec[ext_sec];

		if (btf_ext_parse(&ext, &ob.btf, s->data, s->size, ob.elf.big_endian, err,
				  sizeof(err)) < 0) {
			warn_msg("%s: .BTF.ext ignored: %s", path, err);
			finding(&ob, ".BTF.ext", -1, "%s", err);
		}
		else
			has_ext = 1;
	}
	read_license_version(&ob);
	find_programs(&ob);
	find_maps(&ob);
	if (f->check || f->summary || f->json)
		run_checks(&ob);

	if (f->json) {
		json_object_file(&ob, f, &ext, has_ext);
	} else {
		if (f->summary)
			print_summary(&ob);
		if (f->sections)
			print_sections(&ob);
		if (f->symbols)
			print_symbols(&ob);
		if (f->relocs && !f->disasm)
			print_relocations(&ob);
		if (f->maps && !f->summary)
			print_maps(&ob);
		if (f->btf)
			print_btf(&ob, &ext, has_ext);
		if (f->disasm)
			disassemble(&ob, f, has_ext ? &ext : NULL);
		if (f->check)
			print_findings(&ob);
	}
	if (f->check && ob.nfindings)
		status = 1;
	btf_ext_free(&ext);
	btf_free(&ob.btf);
	free(ob.maps);
	free(ob.progs);
	free(ob.findings);
	elfobj_close(&ob.elf);
	return status;
}

int readelf_main(int argc, char **argv)
{
	struct opt_slot o[O_COUNT] = { 0 };
	struct opt_result r;
	struct flags f = { 0 };
	int status = EXIT_OK;
	static char outbuf[1 << 16];

	opt_parse(argc, argv, readelf_opts, O_COUNT, o, &r, USAGE_BPF_READELF);
	if (!r.nargs)
		die_usage("no FILE given");
	if (r.has_rest)
		die_usage("unexpected '--'");
	f.sections = o[O_SECTIONS].seen || o[O_ALL].seen;
	f.symbols = o[O_SYMBOLS].seen || o[O_ALL].seen;
	f.relocs = o[O_RELOCS].seen || o[O_ALL].seen;
	f.maps = o[O_MAPS].seen || o[O_ALL].seen;
	f.disasm = o[O_DISASM].seen;
	f.noraw = o[O_NORAW].seen;
	f.xlated = o[O_XLATED].seen;
	f.verbose = o[O_VERBOSE].seen;
	f.lines = o[O_LINES].seen;
	f.btf = o[O_BTF].seen || o[O_ALL].seen;
	f.check = o[O_CHECK].seen || o[O_ALL].seen;
	f.json = json_flag(o[O_JSON].seen);
	if ((f.noraw || f.xlated || f.verbose || f.lines) && !f.disasm)
		die_usage("--no-show-raw-insn, -X, -v and -l go with -d");
	f.summary = o[O_ALL].seen ||
		    !(f.sections || f.symbols || f.relocs || f.maps || f.disasm || f.btf || f.check);
	/* Big listings: one write per 64 KiB, not per line. */
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	if (f.json) {
		json_object(NULL);
		json_array("files");
	}
	for (int i = 0; i < r.nargs; i++) {
		int st = readelf_file(r.args[i], &f);

		if (st != 0)
			status = EXIT_FAIL;
	}
	if (f.json) {
		json_close();
		json_close();
	}
	return status;
}
