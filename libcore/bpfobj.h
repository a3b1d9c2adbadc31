/* SPDX-License-Identifier: GPL-2.0-only */
/* A BPF ELF object as a loader sees it: its ELF sections, BTF and
 * BTF.ext, license and version, programs (with the type and attach point
 * their section names give, libbpf's conventions: bpf_secdef.c), maps
 * (legacy "maps", BTF ".maps", global data: bpfobj_maps.c), and what was
 * found wrong while reading it.  Read once; printers only look. */
#ifndef BPFBOX_BPFOBJ_H
#define BPFBOX_BPFOBJ_H
#include <stddef.h>
#include <stdint.h>

#include "btf.h"
#include "btf_ext.h"
#include "elfobj.h"

struct bpfobj_map {
	const char *name;
	const char *origin;     /* "maps", "maps (iproute2)", ".maps", "global data" */
	size_t section;
	uint64_t offset, size;  /* in its section */
	uint32_t type, key_size, value_size, max_entries, flags, pinning;
	char key_type[64], value_type[64];   /* BTF type names, when known */
	const char *inner;      /* inner map of a map-in-map */
};

struct bpfobj_prog {
	const char *name;       /* function symbol */
	size_t section;
	uint64_t offset, size;  /* bytes in the section */
	const char *type;       /* program type inferred from the section */
	const char *attach;     /* attach target from the section name */
	int is_static;          /* a local symbol: libbpf refuses it */
	int autoload;           /* 0: a "?" section, loaded only when asked */
	int libbpf_name;        /* libbpf 1.x maps the section name to a type */
	uint32_t ncore;         /* CO-RE relocations in it */
};

struct bpfobj_finding {
	const char *section;    /* NULL: the whole file */
	long long insn;         /* -1: no instruction */
	int note;               /* worth knowing, but no reason for a refusal */
	char text[200];
};

struct bpfobj {
	struct elfobj elf;
	struct btf btf;
	int has_btf;
	struct btf_ext ext;
	int has_ext;
	struct bpfobj_map *maps;
	size_t nmaps, cap_maps;
	struct bpfobj_prog *progs;
	size_t nprogs, cap_progs;
	struct bpfobj_finding *findings;
	size_t nfindings, cap_findings;
	char license[128];
	int has_license, has_version;
	uint32_t version;
};

/* Reads path.  -1 with a one-line reason in err when it is no BPF object
 * at all; problems in parts of it (BTF, maps) become findings, and their
 * one-line warnings go to stderr. */
int bpfobj_open(struct bpfobj *ob, const char *path, char *err, size_t errsize);
void bpfobj_close(struct bpfobj *ob);

void bpfobj_finding(struct bpfobj *ob, const char *section, long long insn,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The same as a note: shown, but not a reason for -c to fail. */
#define bpfobj_note(ob, ...) \
	(bpfobj_finding(ob, __VA_ARGS__), (ob)->findings[(ob)->nfindings - 1].note = 1)
/* Findings that are not notes. */
size_t bpfobj_problems(const struct bpfobj *ob);

/* The checks (bpfobj_check.c): what stops a load, as findings; with a
 * target kernel's BTF also its CO-RE relocations and externs. */
struct core_target;
void bpfobj_check(struct bpfobj *ob, const struct core_target *target);

/* The index of the symbol called name, 0 if none. */
size_t bpfobj_symbol(const struct bpfobj *ob, const char *name);

/* A section of code (SHT_PROGBITS, executable). */
int bpfobj_is_code(const struct elf_section *s);

/* What the bpf-to-bpf call at pos of section sec (its imm given) calls:
 * the function there, or "SECTION+0xOFF" written into buf. */
const char *bpfobj_call_target(const struct bpfobj *ob, size_t sec, uint64_t pos, int32_t imm,
			       char *buf, size_t size);

/* The map a relocation in a program refers to: by symbol (legacy and
 * BTF maps) or by section (global data); NULL if none. */
const struct bpfobj_map *bpfobj_map_of_reloc(const struct bpfobj *ob, const struct elf_reloc *r);
int bpfobj_map_is_data(const struct bpfobj_map *m);

/* An extern the object declares in BTF (.kconfig or .ksyms), which a
 * loader resolves against the kernel. */
int bpfobj_extern_in_btf(const struct bpfobj *ob, const char *name);

/* bpfobj_maps.c: fills ob->maps. */
void bpfobj_find_maps(struct bpfobj *ob);

#endif
