// SPDX-License-Identifier: GPL-2.0-only
/* The maps a BPF object declares: the legacy "maps" section (struct
 * bpf_map_def or iproute2's struct bpf_elf_map), BTF-defined ".maps", and
 * the global data sections libbpf turns into array maps. */
#include <inttypes.h>
#include <string.h>

#include "bpf_sys.h"
#include "bpfobj.h"
#include "endian.h"
#include "xalloc.h"

/* The size of iproute2's struct bpf_elf_map; a legacy definition of any
 * other size is read as struct bpf_map_def (20 bytes) as far as it goes. */
#define IPROUTE2_MAP_DEF_SIZE 36
/* Shorter than type, key, value and entries: not a map definition. */
#define MIN_MAP_DEF_SIZE 16
#define BPF_F_RDONLY_PROG_FLAG (1u << 7)
#define BPF_F_MMAPABLE_FLAG (1u << 10)

static struct bpfobj_map *new_map(struct bpfobj *ob)
{
	struct bpfobj_map *m;

	ob->maps = xgrow(ob->maps, &ob->cap_maps, ob->nmaps + 1, sizeof(*m));
	m = &ob->maps[ob->nmaps++];
	memset(m, 0, sizeof(*m));
	return m;
}

static int is_map_symbol(const GElf_Sym *sym, size_t secidx)
{
	return sym->st_shndx == secidx && GELF_ST_TYPE(sym->st_info) != STT_SECTION &&
	       GELF_ST_TYPE(sym->st_info) != STT_FILE;
}

/* Legacy "maps" section: one object symbol per map.  Its size picks the
 * layout: 20 bytes is struct bpf_map_def (type, key, value, entries,
 * flags); 36 is iproute2's bpf_elf_map (... id, pinning, inner id, inner
 * index); other sizes keep the first fields they cover.  Clang 8 and
 * older give the symbols size 0: then, as libbpf 0.x and iproute2 did,
 * every map has the section's size divided by their number. */
static void legacy_maps(struct bpfobj *ob, size_t secidx)
{
	const struct elfobj *o = &ob->elf;
	const struct elf_section *s = &o->sec[secidx];
	size_t nmaps = 0;

	for (size_t i = 1; i < o->nsym; i++)
		nmaps += is_map_symbol(&o->sym[i].sym, secidx);
	for (size_t i = 1; i < o->nsym; i++) {
		GElf_Sym sym_copy = o->sym[i].sym, *sym = &sym_copy;
		struct bpfobj_map *m;
		uint32_t f[9] = { 0 };
		size_t nf;

		if (!is_map_symbol(sym, secidx))
			continue;
		if (!sym->st_size)
			sym->st_size = s->size / nmaps;
		if (!s->data || sym->st_value > s->size || sym->st_size > s->size - sym->st_value) {
			bpfobj_finding(ob, s->name, -1, "map %s: symbol lies outside the section",
				       o->sym[i].name);
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
		m->origin = sym->st_size == IPROUTE2_MAP_DEF_SIZE ? "maps (iproute2)" : "maps";
		m->type = f[0], m->key_size = f[1], m->value_size = f[2];
		m->max_entries = f[3], m->flags = f[4];
		if (sym->st_size == IPROUTE2_MAP_DEF_SIZE)
			m->pinning = f[6];
		if (sym->st_size < MIN_MAP_DEF_SIZE)
			bpfobj_finding(ob, s->name, -1, "map %s: definition of %" PRIu64 " bytes is too short",
				       m->name, (uint64_t)sym->st_size);
	}
	if (s->size % 4)
		bpfobj_finding(ob, s->name, -1, "legacy maps section size %zu is not a multiple of 4",
			       s->size);
}

/* One member of a BTF map definition: `int (*type)[N]` gives N, `K *key`
 * the key type. */
static void btf_map_member(const struct btf *b, const struct btf_member *mb, struct bpfobj_map *m)
{
	const char *f = btf_str(b, mb->name_off);
	uint32_t n = btf_int_array_len(b, mb->type);     /* int (*x)[N] */
	uint32_t target = btf_ptr_target(b, mb->type);    /* T *x */

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
		btf_type_name(b, target, m->key_type, sizeof(m->key_type));
	} else if (!strcmp(f, "value") && target) {
		m->value_size = btf_size_of(b, target);
		btf_type_name(b, target, m->value_type, sizeof(m->value_type));
	} else if (!strcmp(f, "values")) {
		m->value_size = 4;   /* map-in-map and prog array: fd */
	}
}

/* Inner maps of map-in-map: relocations in .maps point at them from the
 * `values` array, which may lie past the declared size (a flexible
 * array), so the owner is the last map starting before. */
static void inner_maps(struct bpfobj *ob, size_t secidx)
{
	const struct elfobj *o = &ob->elf;

	for (size_t k = 0; k < o->rel[secidx].n; k++) {
		const struct elf_reloc *r = &o->rel[secidx].r[k];
		struct bpfobj_map *owner = NULL;

		for (size_t i = 0; i < ob->nmaps; i++)
			if (ob->maps[i].section == secidx && ob->maps[i].offset <= r->offset &&
			    (!owner || ob->maps[i].offset > owner->offset))
				owner = &ob->maps[i];
		if (owner)
			owner->inner = o->sym[r->sym].name;
	}
}

/* BTF-defined maps: each .maps variable is a struct whose members encode
 * the attributes. */
static void btf_maps(struct bpfobj *ob, size_t secidx)
{
	const struct elfobj *o = &ob->elf;
	const struct btf *b = &ob->btf;
	uint32_t datasec;

	if (!ob->has_btf) {
		bpfobj_finding(ob, ".maps", -1, "BTF-defined maps but no .BTF section");
		return;
	}
	datasec = btf_find(b, BTF_KIND_DATASEC, ".maps");
	if (!datasec) {
		bpfobj_finding(ob, ".maps", -1, "no DATASEC .maps in BTF");
		return;
	}
	for (uint32_t v = 0; v < btf_vlen(b, datasec); v++) {
		struct btf_var_secinfo vs;
		struct btf_member mb;
		struct bpfobj_map *m;
		uint32_t st;

		if (btf_datasec_var(b, datasec, v, &vs) < 0)
			continue;
		m = new_map(ob);
		m->name = btf_name(b, vs.type);
		m->origin = ".maps";
		m->section = secidx;
		/* Compilers leave DATASEC offsets 0; the ELF symbol has them. */
		for (size_t i = 1; i < o->nsym; i++)
			if (o->sym[i].sym.st_shndx == secidx && !strcmp(o->sym[i].name, m->name)) {
				m->offset = o->sym[i].sym.st_value;
				m->size = o->sym[i].sym.st_size;
			}
		st = btf_resolve(b, btf_type_ref(b, vs.type));
		if (btf_kind(b, st) != BTF_KIND_STRUCT) {
			bpfobj_finding(ob, ".maps", -1, "map %s: not a struct in BTF", m->name);
			continue;
		}
		for (uint32_t k = 0; btf_struct_member(b, st, k, &mb) == 0; k++)
			btf_map_member(b, &mb, m);
	}
	inner_maps(ob, secidx);
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

/* __kconfig externs have no section: libbpf makes the ".kconfig" map of
 * their BTF DATASEC, each value at its alignment. */
static void kconfig_map(struct bpfobj *ob)
{
	uint32_t ds = btf_find(&ob->btf, BTF_KIND_DATASEC, ".kconfig"), size = 0;
	struct btf_var_secinfo v;
	struct bpfobj_map *m;

	if (!ds || elfobj_find(&ob->elf, ".kconfig"))
		return;
	for (uint32_t i = 0; btf_datasec_var(&ob->btf, ds, i, &v) == 0; i++) {
		uint32_t sz = btf_size_of(&ob->btf, v.type), align = sz >= 8 ? 8 : sz ? sz : 1;

		size = (size + align - 1) / align * align + sz;
	}
	m = new_map(ob);
	m->name = ".kconfig";
	m->origin = ".kconfig";
	m->section = (size_t)-1;
	m->type = BPF_MAP_TYPE_ARRAY_ID;
	m->key_size = 4;
	m->value_size = size;
	m->max_entries = 1;
	m->flags = BPF_F_MMAPABLE_FLAG | BPF_F_RDONLY_PROG_FLAG;
}

void bpfobj_find_maps(struct bpfobj *ob)
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
		struct bpfobj_map *m;

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
		/* As libbpf creates them (BPF_F_MMAPABLE from Linux 5.5 on). */
		m->flags = BPF_F_MMAPABLE_FLAG;
		if (!strncmp(s->name, ".rodata", 7) || !strncmp(s->name, ".kconfig", 8))
			m->flags |= BPF_F_RDONLY_PROG_FLAG;
	}
	kconfig_map(ob);
}

int bpfobj_map_is_data(const struct bpfobj_map *m)
{
	return !strcmp(m->origin, "global data");
}

const struct bpfobj_map *bpfobj_map_of_reloc(const struct bpfobj *ob, const struct elf_reloc *r)
{
	const GElf_Sym *s = &ob->elf.sym[r->sym].sym;

	for (size_t i = 0; i < ob->nmaps; i++) {
		const struct bpfobj_map *m = &ob->maps[i];

		if (m->section != s->st_shndx)
			continue;
		if (bpfobj_map_is_data(m) || m->offset == s->st_value)
			return m;
	}
	return NULL;
}
