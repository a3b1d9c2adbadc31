// SPDX-License-Identifier: GPL-2.0-only
/* The machine-code decoders of this build, found by -m name; the names
 * of every machine bpfbox knows; and which machine a JIT image is for,
 * from its prologue. */
#include <string.h>

#include "config.h"
#include "dis.h"

extern const struct dis_machine dis_x86_64, dis_x86_32;
extern const struct dis_machine dis_riscv64;
extern const struct dis_machine dis_arm64;
extern const struct dis_machine dis_arm;
extern const struct dis_machine dis_mips, dis_mipsel, dis_mips64, dis_mips64el,
	dis_mipsr6, dis_mipsr6el, dis_mips64r6, dis_mips64r6el, dis_octeon, dis_octeonel;
extern const struct dis_machine dis_s390x;
extern const struct dis_machine dis_ppc64le, dis_ppc64, dis_ppc;

/* In the order -m lists them; configured-out decoders vanish. */
const struct dis_machine *const dis_machines[] = {
	IF_DIS_X86(&dis_x86_64, &dis_x86_32,)
	IF_DIS_RISCV(&dis_riscv64,)
	IF_DIS_ARM64(&dis_arm64,)
	IF_DIS_ARM(&dis_arm,)
	IF_DIS_MIPS(&dis_mips, &dis_mipsel, &dis_mips64, &dis_mips64el,
		    &dis_mipsr6, &dis_mipsr6el, &dis_mips64r6, &dis_mips64r6el,
		    &dis_octeon, &dis_octeonel,)
	IF_DIS_S390(&dis_s390x,)
	IF_DIS_PPC(&dis_ppc64le, &dis_ppc64, &dis_ppc,)
	NULL
};

const struct dis_machine *dis_machine_find(const char *name)
{
	for (const struct dis_machine *const *m = dis_machines; *m; m++)
		if (!strcmp((*m)->name, name) || ((*m)->alias && !strcmp((*m)->alias, name)))
			return *m;
	return NULL;
}

int dis_open(struct dis *d, const char *name, int intel)
{
	memset(d, 0, sizeof(*d));
	d->m = dis_machine_find(name);
	d->intel = intel;
	if (!d->m)
		return -1;
	return d->m->open ? d->m->open(d) : 0;
}

void dis_restart(struct dis *d)
{
	if (d->m && d->m->open)
		d->m->open(d);
}

void dis_close(struct dis *d)
{
	/* A decoder's state is static storage: nothing to free. */
	memset(d, 0, sizeof(*d));
}

size_t dis_decode(const struct dis *d, const unsigned char *code, size_t avail,
		  uint64_t addr, struct dis_insn *out)
{
	memset(out, 0, offsetof(struct dis_insn, text));
	out->text[0] = 0;
	d->m->decode(d, code, avail, addr, out);
	/* Whatever a decoder says, the caller always moves forward and
	 * never past the bytes it has. */
	if (out->len < 1)
		out->len = 1;
	if (out->len > avail)
		out->len = (unsigned)avail;
	return out->len;
}

/* Every -m name bpfbox knows (the first of a family's names is the one
 * shown in a list), and the Kconfig option of the decoder that serves it:
 * a build without that option says so instead of calling it unknown. */
static const struct { const char *names, *option; } known[] = {
	{ "x86-64 x86_64 x86-32", "DIS_X86" },
	{ "arm64 aarch64", "DIS_ARM64" },
	{ "arm", "DIS_ARM" },
	{ "mips mipsel mips64 mips64el mipsr6 mipsr6el mips64r6 mips64r6el octeon octeonel "
	  "mips32r2 mips32r2el mips64r2 mips64r2el mipsisa32r6 mipselr6 mipsisa64r6 mips64elr6",
	  "DIS_MIPS" },
	{ "riscv64", "DIS_RISCV" },
	{ "ppc64le ppc64 ppc", "DIS_PPC" },
	{ "s390x", "DIS_S390" },
};

static int in_words(const char *words, const char *name)
{
	size_t n = strlen(name);

	for (const char *w = words; *w; w += strcspn(w, " "), w += *w == ' ')
		if (strcspn(w, " ") == n && !strncmp(w, name, n))
			return 1;
	return 0;
}

const char *dis_option_of(const char *name)
{
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (in_words(known[i].names, name))
			return known[i].option;
	return NULL;
}

/* The first bytes each JIT starts an image with (its prologue), file
 * order: enough to tell the machines apart in a log that does not say. */
static const struct { const char *machine; unsigned char len, bytes[8]; } prologues[] = {
	{ "x86-64", 4, { 0xf3, 0x0f, 0x1e, 0xfa } },            /* endbr64 */
	{ "x86-64", 5, { 0x0f, 0x1f, 0x44, 0x00, 0x00 } },      /* nopl 0x0(%rax,%rax,1) */
	{ "x86-64", 4, { 0x55, 0x48, 0x89, 0xe5 } },            /* push %rbp; mov %rsp,%rbp */
	{ "x86-32", 3, { 0x55, 0x89, 0xe5 } },                  /* push %ebp; mov %esp,%ebp */
	/* arm64, little-endian words.  From 6.0 an image starts by saving
	 * the return address for trampolines (the kernel's mov x9, x30,
	 * which objdump prints as add x9, x30, #0x0), under a BTI landing
	 * pad (bti c, later bti jc) when the kernel has BTI; before 6.0,
	 * with the frame push, under paciasp with pointer authentication. */
	{ "arm64", 4, { 0xc9, 0x03, 0x00, 0x91 } },                       /* add x9, x30, #0x0 */
	{ "arm64", 8, { 0x5f, 0x24, 0x03, 0xd5, 0xc9, 0x03, 0x00, 0x91 } },  /* bti c; mov */
	{ "arm64", 8, { 0xdf, 0x24, 0x03, 0xd5, 0xc9, 0x03, 0x00, 0x91 } },  /* bti jc; mov */
	{ "arm64", 8, { 0x3f, 0x23, 0x03, 0xd5, 0xfd, 0x7b, 0xbf, 0xa9 } },  /* paciasp; stp */
	{ "arm64", 8, { 0xfd, 0x7b, 0xbf, 0xa9, 0xfd, 0x03, 0x00, 0x91 } },  /* stp; mov x29, sp */
	/* 32-bit ARM: the callee-saved push and the frame pointer, or with
	 * CONFIG_FRAME_POINTER the APCS frame (mov ip, sp; push {..., pc}). */
	{ "arm", 8, { 0xf0, 0x4b, 0x2d, 0xe9, 0x0d, 0xb0, 0xa0, 0xe1 } },  /* push; mov fp, sp */
	{ "arm", 8, { 0x0d, 0xc0, 0xa0, 0xe1, 0xf0, 0xdb, 0x2d, 0xe9 } },  /* mov ip, sp; push */
	/* 32-bit MIPS (the eBPF JIT of 5.16 on): the tail call count set
	 * in the caller's reserved stack slot (li t9,0x21; sw t9,0(sp)). */
	{ "mipsel", 8, { 0x21, 0x00, 0x19, 0x34, 0x00, 0x00, 0xb9, 0xaf } },
	{ "mips", 8, { 0x34, 0x19, 0x00, 0x21, 0xaf, 0xb9, 0x00, 0x00 } },
	/* 64-bit PowerPC, ELF ABI v2: the kernel's TOC from the paca
	 * (ld r2,16(r13)). */
	{ "ppc64le", 4, { 0x10, 0x00, 0x4d, 0xe8 } },
	{ "ppc64", 4, { 0xe8, 0x4d, 0x00, 0x10 } },
};

const char *dis_guess(const unsigned char *code, size_t len)
{
	for (size_t i = 0; i < sizeof(prologues) / sizeof(prologues[0]); i++)
		if (len >= prologues[i].len && !memcmp(code, prologues[i].bytes, prologues[i].len))
			return prologues[i].machine;
	return NULL;
}
