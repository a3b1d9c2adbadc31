// SPDX-License-Identifier: GPL-2.0-only
/*
 * BPF ELF object reader on libelf.  libelf converts the ELF structures
 * (headers, symbols, relocations) to host byte order; section contents
 * stay as file bytes and are decoded with explicit endian helpers by their
 * users.  Everything a later loop walks is checked here once: section
 * extents against the file, names against the string table, symbol and
 * relocation indexes against their tables.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "elfobj.h"
#include "err.h"
#include "xalloc.h"

/* A string table entry that lies inside its table and ends in it. */
static const char *str_at(const struct elf_section *strtab, size_t off)
{
	if (!strtab->data || off >= strtab->size)
		return NULL;
	if (!memchr(strtab->data + off, 0, strtab->size - off))
		return NULL;
	return (const char *)strtab->data + off;
}

static int load_data(struct elfobj *o, size_t i, char *err, size_t errsize);

static int load_sections(struct elfobj *o, char *err, size_t errsize)
{
	size_t shstrndx, i;

	if (elf_getshdrnum(o->elf, &o->nsec) < 0 || elf_getshdrstrndx(o->elf, &shstrndx) < 0)
		return set_error(err, errsize, "bad section header table: %s", elf_errmsg(-1));
	if (o->nsec == 0)
		return set_error(err, errsize, "no sections");
	if (shstrndx >= o->nsec)
		return set_error(err, errsize, "section name table index %zu out of range", shstrndx);
	o->sec = xcalloc(o->nsec, sizeof(*o->sec));
	for (i = 0; i < o->nsec; i++) {
		struct elf_section *s = &o->sec[i];
		Elf_Scn *scn = elf_getscn(o->elf, i);

		if (!scn || !gelf_getshdr(scn, &s->sh))
			return set_error(err, errsize, "section %zu: bad header: %s", i, elf_errmsg(-1));
		if (s->sh.sh_type == SHT_NOBITS || s->sh.sh_size == 0 || i == 0)
			continue;
		if (s->sh.sh_offset > o->file_size || s->sh.sh_size > o->file_size - s->sh.sh_offset)
			return set_error(err, errsize, "section %zu: offset 0x%llx size 0x%llx "
				    "past the end of the file (%zu bytes)", i,
				    (unsigned long long)s->sh.sh_offset,
				    (unsigned long long)s->sh.sh_size, o->file_size);
	}
	if (o->sec[shstrndx].sh.sh_type != SHT_STRTAB)
		return set_error(err, errsize, "section name table (section %zu) is not a string table", shstrndx);
	if (load_data(o, shstrndx, err, errsize) < 0)
		return -1;
	for (i = 0; i < o->nsec; i++) {
		o->sec[i].name = str_at(&o->sec[shstrndx], o->sec[i].sh.sh_name);
		if (!o->sec[i].name)
			return set_error(err, errsize, "section %zu: name offset %u outside the name table",
				    i, o->sec[i].sh.sh_name);
	}
	/* Contents, except DWARF and its relocations: nothing here reads
	 * them, and they are most of a -g object (libelf reads lazily). */
	for (i = 1; i < o->nsec; i++) {
		const struct elf_section *s = &o->sec[i];
		const char *target = s->sh.sh_type == SHT_REL && s->sh.sh_info < o->nsec
				     ? o->sec[s->sh.sh_info].name : "";

		if (!strncmp(s->name, ".debug", 6) || !strncmp(target, ".debug", 6))
			continue;
		if (load_data(o, i, err, errsize) < 0)
			return -1;
	}
	return 0;
}

/* Raw bytes of section i: contents are decoded with explicit byte order. */
static int load_data(struct elfobj *o, size_t i, char *err, size_t errsize)
{
	struct elf_section *s = &o->sec[i];
	Elf_Data *d;

	if (s->data || s->sh.sh_type == SHT_NOBITS || s->sh.sh_size == 0 || i == 0)
		return 0;
	d = elf_rawdata(elf_getscn(o->elf, i), NULL);
	if (!d || d->d_size != s->sh.sh_size)
		return set_error(err, errsize, "section %zu: cannot read: %s", i, elf_errmsg(-1));
	s->data = d->d_buf;
	s->size = d->d_size;
	return 0;
}

static int load_symbols(struct elfobj *o, char *err, size_t errsize)
{
	const struct elf_section *st = NULL, *strtab;
	Elf_Data *d;
	size_t i;

	for (i = 1; i < o->nsec; i++)
		if (o->sec[i].sh.sh_type == SHT_SYMTAB) {
			if (st)
				return set_error(err, errsize, "more than one symbol table");
			st = &o->sec[i];
			o->symtab = i;
		}
	if (!st)
		return 0;
	if (st->sh.sh_link == 0 || st->sh.sh_link >= o->nsec ||
	    o->sec[st->sh.sh_link].sh.sh_type != SHT_STRTAB)
		return set_error(err, errsize, "symbol table links to section %u, not a string table",
			    st->sh.sh_link);
	strtab = &o->sec[st->sh.sh_link];
	if (st->sh.sh_entsize != sizeof(Elf64_Sym) || st->size % sizeof(Elf64_Sym))
		return set_error(err, errsize, "symbol table size %zu is not a multiple of %zu",
			    st->size, sizeof(Elf64_Sym));
	d = elf_getdata(elf_getscn(o->elf, o->symtab), NULL);
	if (!d)
		return set_error(err, errsize, "symbol table: %s", elf_errmsg(-1));
	o->nsym = st->size / sizeof(Elf64_Sym);
	o->sym = xcalloc(o->nsym, sizeof(*o->sym));
	for (i = 0; i < o->nsym; i++) {
		struct elf_symbol *s = &o->sym[i];

		if (!gelf_getsym(d, (int)i, &s->sym))
			return set_error(err, errsize, "symbol %zu: %s", i, elf_errmsg(-1));
		s->name = str_at(strtab, s->sym.st_name);
		if (!s->name)
			return set_error(err, errsize, "symbol %zu: name offset %u outside the string table",
				    i, s->sym.st_name);
		if (s->sym.st_shndx >= o->nsec && s->sym.st_shndx < SHN_LORESERVE)
			return set_error(err, errsize, "symbol %zu (%s): section index %u out of range",
				    i, s->name, s->sym.st_shndx);
		/* A section symbol is known by its section's name. */
		if (GELF_ST_TYPE(s->sym.st_info) == STT_SECTION && !s->name[0] &&
		    s->sym.st_shndx < o->nsec)
			s->name = o->sec[s->sym.st_shndx].name;
	}
	return 0;
}

static int load_relocs(struct elfobj *o, char *err, size_t errsize)
{
	o->rel = xcalloc(o->nsec, sizeof(*o->rel));
	for (size_t i = 1; i < o->nsec; i++) {
		const struct elf_section *s = &o->sec[i];
		int rela = s->sh.sh_type == SHT_RELA;
		size_t entsize = rela ? sizeof(Elf64_Rela) : sizeof(Elf64_Rel), n;
		struct elf_relocs *rs;
		Elf_Data *d;

		if ((s->sh.sh_type != SHT_REL && !rela) ||
		    (s->sh.sh_info < o->nsec && !strncmp(o->sec[s->sh.sh_info].name, ".debug", 6)))
			continue; /* not relocations, or those of DWARF (not read) */
		if (s->sh.sh_info == 0 || s->sh.sh_info >= o->nsec)
			return set_error(err, errsize, "%s: applies to section %u, out of range",
				    s->name, s->sh.sh_info);
		if (s->sh.sh_link != o->symtab || !o->symtab)
			return set_error(err, errsize, "%s: links to section %u, not the symbol table",
				    s->name, s->sh.sh_link);
		if (s->size % entsize)
			return set_error(err, errsize, "%s: size %zu is not a multiple of %zu",
				    s->name, s->size, entsize);
		rs = &o->rel[s->sh.sh_info];
		if (rs->r)
			return set_error(err, errsize, "%s: a second relocation section for %s",
				    s->name, o->sec[s->sh.sh_info].name);
		n = s->size / entsize;
		d = elf_getdata(elf_getscn(o->elf, i), NULL);
		if (n && !d)
			return set_error(err, errsize, "%s: %s", s->name, elf_errmsg(-1));
		rs->relsec = i;
		rs->r = xcalloc(n, sizeof(*rs->r));
		rs->n = n;
		for (size_t k = 0; k < n; k++) {
			struct elf_reloc *r = &rs->r[k];
			GElf_Rela ra;
			GElf_Rel rl;

			if (rela ? !gelf_getrela(d, (int)k, &ra) : !gelf_getrel(d, (int)k, &rl))
				return set_error(err, errsize, "%s: entry %zu: %s", s->name, k, elf_errmsg(-1));
			if (!rela) {
				ra.r_offset = rl.r_offset;
				ra.r_info = rl.r_info;
				ra.r_addend = 0;
			}
			r->offset = ra.r_offset;
			r->type = (uint32_t)GELF_R_TYPE(ra.r_info);
			r->sym = (uint32_t)GELF_R_SYM(ra.r_info);
			r->addend = ra.r_addend;
			if (r->sym >= o->nsym)
				return set_error(err, errsize, "%s: entry %zu: symbol %u out of range (%zu symbols)",
					    s->name, k, r->sym, o->nsym);
		}
	}
	return 0;
}

int elfobj_open(struct elfobj *o, const char *path, char *err, size_t errsize)
{
	unsigned char *ident;
	struct stat st;

	memset(o, 0, sizeof(*o));
	o->path = path;
	/* O_NONBLOCK: a FIFO without a writer must not hang the open. */
	o->fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (o->fd < 0)
		return set_error(err, errsize, "%s", strerror(errno));
	if (fstat(o->fd, &st) < 0)
		return set_error(err, errsize, "%s", strerror(errno));
	if (S_ISDIR(st.st_mode))
		return set_error(err, errsize, "is a directory");
	if (!S_ISREG(st.st_mode))
		return set_error(err, errsize, "not a regular file");
	if (st.st_size == 0)
		return set_error(err, errsize, "empty file");
	o->file_size = (size_t)st.st_size;
	{
		unsigned char magic[SELFMAG];

		if (pread(o->fd, magic, SELFMAG, 0) == SELFMAG && !memcmp(magic, ELFMAG, SELFMAG) &&
		    o->file_size < sizeof(Elf64_Ehdr))
			return set_error(err, errsize, "ELF header cut short (%zu of %zu bytes)",
					 o->file_size, sizeof(Elf64_Ehdr));
	}
	elf_version(EV_CURRENT);
	/* ELF_C_READ: headers now, section contents when asked for, so a big
	 * object needs memory for what is read, not for the whole file. */
	o->elf = elf_begin(o->fd, ELF_C_READ, NULL);
	if (!o->elf)
		return set_error(err, errsize, "cannot read: %s", elf_errmsg(-1));
	if (elf_kind(o->elf) != ELF_K_ELF)
		return set_error(err, errsize, "not an ELF file");
	ident = (unsigned char *)elf_getident(o->elf, NULL);
	if (!ident || ident[EI_CLASS] != ELFCLASS64)
		return set_error(err, errsize, "32-bit ELF: BPF objects are ELF64");
	if (ident[EI_DATA] != ELFDATA2LSB && ident[EI_DATA] != ELFDATA2MSB)
		return set_error(err, errsize, "unknown byte order %d", ident[EI_DATA]);
	o->big_endian = ident[EI_DATA] == ELFDATA2MSB;
	if (!gelf_getehdr(o->elf, &o->ehdr))
		return set_error(err, errsize, "bad ELF header: %s", elf_errmsg(-1));
	if (o->ehdr.e_machine != EM_BPF)
		return set_error(err, errsize, "not a BPF object (ELF machine %u, BPF is %u)",
			    o->ehdr.e_machine, EM_BPF);
	if (o->ehdr.e_type != ET_REL)
		return set_error(err, errsize, "not a relocatable object (ELF type %u)", o->ehdr.e_type);
	if (o->ehdr.e_shoff > o->file_size ||
	    (uint64_t)o->ehdr.e_shnum * o->ehdr.e_shentsize > o->file_size - o->ehdr.e_shoff)
		return set_error(err, errsize, "section header table (offset 0x%llx, %u entries) "
			    "past the end of the file (%zu bytes): truncated?",
			    (unsigned long long)o->ehdr.e_shoff, o->ehdr.e_shnum, o->file_size);
	if (load_sections(o, err, errsize) < 0 || load_symbols(o, err, errsize) < 0 ||
	    load_relocs(o, err, errsize) < 0)
		return -1;
	return 0;
}

void elfobj_close(struct elfobj *o)
{
	if (o->rel)
		for (size_t i = 0; i < o->nsec; i++)
			free(o->rel[i].r);
	free(o->rel);
	free(o->sym);
	free(o->sec);
	if (o->elf)
		elf_end(o->elf);
	if (o->fd >= 0)
		close(o->fd);
	memset(o, 0, sizeof(*o));
	o->fd = -1;
}

size_t elfobj_find(const struct elfobj *o, const char *name)
{
	for (size_t i = 1; i < o->nsec; i++)
		if (!strcmp(o->sec[i].name, name))
			return i;
	return 0;
}

const struct elf_reloc *elf_reloc_at(const struct elf_relocs *rel, uint64_t off)
{
	for (size_t i = 0; rel && i < rel->n; i++)
		if (rel->r[i].offset == off)
			return &rel->r[i];
	return NULL;
}

const char *elf_bpf_reloc_name(uint32_t type)
{
	static const char *const names[] = {
		"R_BPF_NONE", "R_BPF_64_64", "R_BPF_64_ABS64", "R_BPF_64_ABS32",
		"R_BPF_64_NODYLD32", NULL, NULL, NULL, NULL, NULL, "R_BPF_64_32",
	};

	if (type < sizeof(names) / sizeof(names[0]))
		return names[type];
	return NULL;
}

const char *elf_section_type_name(uint32_t t, char buf[16])
{
	static const char *const names[] = {
		"NULL", "PROGBITS", "SYMTAB", "STRTAB", "RELA", "HASH", "DYNAMIC",
		"NOTE", "NOBITS", "REL", "SHLIB", "DYNSYM",
	};

	if (t < sizeof(names) / sizeof(names[0]))
		return names[t];
	if (t == 0x6fff4c03)
		return "LLVM_ADDRSIG";
	snprintf(buf, 16, "0x%x", t);
	return buf;
}

const char *elf_section_flags(uint64_t fl, char buf[8])
{
	char *p = buf;

	if (fl & SHF_WRITE) *p++ = 'W';
	if (fl & SHF_ALLOC) *p++ = 'A';
	if (fl & SHF_EXECINSTR) *p++ = 'X';
	if (fl & SHF_MERGE) *p++ = 'M';
	if (fl & SHF_STRINGS) *p++ = 'S';
	if (fl & SHF_INFO_LINK) *p++ = 'I';
	if (fl & SHF_EXCLUDE) *p++ = 'E';   /* not linked into an executable */
	*p = 0;
	return buf;
}

const char *elf_symbol_type_name(int t)
{
	static const char *const names[] = { "NOTYPE", "OBJECT", "FUNC", "SECTION", "FILE" };

	return t >= 0 && t < 5 ? names[t] : "OTHER";
}

const char *elf_symbol_bind_name(int b)
{
	return b == STB_LOCAL ? "LOCAL" : b == STB_GLOBAL ? "GLOBAL" : b == STB_WEAK ? "WEAK" : "OTHER";
}

const char *elf_symbol_section(const struct elfobj *o, uint32_t shndx, char buf[16])
{
	if (shndx == SHN_UNDEF)
		return "UND";
	if (shndx == SHN_ABS)
		return "ABS";
	if (shndx == SHN_COMMON)
		return "COM";
	if (shndx < o->nsec)
		return o->sec[shndx].name;
	snprintf(buf, 16, "%u", shndx);
	return buf;
}
