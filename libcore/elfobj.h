/* SPDX-License-Identifier: GPL-2.0-only */
/* A BPF ELF relocatable object (clang -target bpf/bpfel/bpfeb), read with
 * libelf: sections with their bytes, the symbol table and the relocations
 * of each section, every offset and size checked against the file. */
#ifndef BPFBOX_ELFOBJ_H
#define BPFBOX_ELFOBJ_H
#include <gelf.h>
#include <stddef.h>
#include <stdint.h>

#ifndef EM_BPF
#define EM_BPF 247
#endif

struct elf_section {
	const char *name;
	GElf_Shdr sh;
	const unsigned char *data;  /* NULL for SHT_NOBITS and empty sections */
	size_t size;                /* bytes in data */
};

struct elf_symbol {
	const char *name;
	GElf_Sym sym;
};

struct elf_reloc {
	uint64_t offset;   /* in the section it patches */
	uint32_t type;     /* R_BPF_* */
	uint32_t sym;      /* index into symbols */
	int64_t addend;    /* 0 for SHT_REL */
};

struct elf_relocs {          /* all relocations of one target section */
	size_t relsec;       /* the SHT_REL/RELA section holding them */
	struct elf_reloc *r;
	size_t n;
};

struct elfobj {
	const char *path;
	int fd;
	Elf *elf;
	size_t file_size;
	int big_endian;
	GElf_Ehdr ehdr;
	struct elf_section *sec;
	size_t nsec;
	struct elf_symbol *sym;
	size_t nsym;
	size_t symtab;            /* section index of .symtab, 0 if none */
	struct elf_relocs *rel;   /* nsec entries, indexed by target section */
};

/* Opens and checks path.  On failure returns -1 with a one-line reason
 * (without the file name) in err. */
int elfobj_open(struct elfobj *o, const char *path, char *err, size_t errsize);
void elfobj_close(struct elfobj *o);

/* Index of the section called name, or 0. */
size_t elfobj_find(const struct elfobj *o, const char *name);

/* The relocation of rel (may be NULL) at offset off, or NULL. */
const struct elf_reloc *elf_reloc_at(const struct elf_relocs *rel, uint64_t off);

/* R_BPF_* type name ("R_BPF_64_64"), or NULL. */
const char *elf_bpf_reloc_name(uint32_t type);
#define R_BPF_64_32_TYPE 10      /* a bpf-to-bpf call's target */

/* Names as readelf and llvm-objdump show them.  buf holds the text of a
 * value no name is known for. */
const char *elf_section_type_name(uint32_t type, char buf[16]);
/* "WAX..." flags letters into buf[8]; "" for none. */
const char *elf_section_flags(uint64_t flags, char buf[8]);
const char *elf_symbol_type_name(int type);
const char *elf_symbol_bind_name(int bind);
/* The section a symbol is in: its name, UND, ABS, COM or the number. */
const char *elf_symbol_section(const struct elfobj *o, uint32_t shndx, char buf[16]);

#endif
