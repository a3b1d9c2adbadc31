// SPDX-License-Identifier: GPL-2.0-only
/* MIPS decoder for bpf-jitdis: the instruction forms the kernel's MIPS
 * BPF JIT emits (arch/mips/net/bpf_jit_comp*.c through uasm, Linux 6.1
 * to current), for 32- and 64-bit, release 2 and release 6 CPUs, printed
 * exactly as GNU objdump prints them (aliases, o32 register names, hex
 * and decimal where objdump uses them).
 *
 * One table, read like the encoding tables of the MIPS manuals: mask,
 * value, mnemonic, operands.  It is cut into groups by ISA, laid out so
 * that each machine's forms are one contiguous slice of it:
 *
 *   D | D2 | R2 | C | R6 | D6 | D
 *
 * C: every machine; R2/R6: release 2 (and earlier) or release 6 only;
 * D: 64-bit only; D2/D6: 64-bit release 2 or 6 only.  mips = R2 C,
 * mipsr6 = C R6, mips64 = D D2 R2 C, mips64r6 = C R6 D6 D (D is there
 * twice so that both 64-bit slices are contiguous).  Within a slice the
 * first entry that matches wins, so aliases (nop, move, li, b, beqz...)
 * come before the general form they narrow. */
#include <inttypes.h>
#include <stdio.h>

#include "dis.h"
#include "endian.h"

/* Operand letters, printed comma-separated in order:
 *   d s t  rd, rs, rt           i  signed imm16, decimal
 *   u      imm16, hex           m  imm16(rs)
 *   n      R6 9-bit offset(rs)  b  branch target (addr + 4 + imm16 * 4)
 *   j      jump target          a  sa field, hex
 *   P Z    dinsu: position (sa + 32), size (rd - sa + 1), hex
 *   k      break codes: code1 (bits 25..16), then code2 (15..6) if set
 *   0      "zero": objdump's release 2 divu/ddivu name the old
 *          assembler's destination register */
/* 64-bit: the 64-bit JIT's ALU64 operations, zero extension (dinsu, which
 * objdump shows as dins), byte swaps, lwu/ld/sd and the prologue's daddiu
 * of sp.  uasm's move is daddu here. */
#define GROUP_D(X) \
	X(0xfc1f07ff, 0x0000002d, "move",   "ds")   /* daddu rd,rs,zero */ \
	X(0xfc0007ff, 0x0000002d, "daddu",  "dst") \
	X(0xffe007ff, 0x0000002f, "dnegu",  "dt")   /* dsubu rd,zero,rt */ \
	X(0xfc0007ff, 0x0000002f, "dsubu",  "dst") \
	X(0xfc000000, 0x64000000, "daddiu", "tsi") \
	X(0xffe0003f, 0x00000038, "dsll",   "dta") \
	X(0xffe0003f, 0x0000003a, "dsrl",   "dta") \
	X(0xffe0003f, 0x0000003b, "dsra",   "dta") \
	X(0xffe0003f, 0x0000003c, "dsll32", "dta") \
	X(0xffe0003f, 0x0000003e, "dsrl32", "dta") \
	X(0xffe0003f, 0x0000003f, "dsra32", "dta") \
	X(0xfc0007ff, 0x00000014, "dsllv",  "dts") \
	X(0xfc0007ff, 0x00000016, "dsrlv",  "dts") \
	X(0xfc0007ff, 0x00000017, "dsrav",  "dts") \
	X(0xfc00003f, 0x7c000006, "dins",   "tsPZ") /* dinsu */ \
	X(0xffe007ff, 0x7c0000a4, "dsbh",   "dt") \
	X(0xffe007ff, 0x7c000164, "dshd",   "dt") \
	X(0xfc000000, 0x9c000000, "lwu",    "tm") \
	X(0xfc000000, 0xdc000000, "ld",     "tm") \
	X(0xfc000000, 0xfc000000, "sd",     "tm")

/* 64-bit before release 6: multiply and divide through hi/lo, lld/scd. */
#define GROUP_D2(X) \
	X(0xfc00ffff, 0x0000001d, "dmultu", "st") \
	X(0xfc00ffff, 0x0000001f, "ddivu",  "0st") \
	X(0xfc000000, 0xd0000000, "lld",    "tm") \
	X(0xfc000000, 0xf0000000, "scd",    "tm")

/* Before release 6: jr, movz/movn, hi/lo multiply and divide, the
 * SPECIAL2 mul of release 1 and 2, beqzl (R10000 ll/sc errata), ll/sc. */
#define GROUP_R2(X) \
	X(0xfc1fffff, 0x0000f809, "jalr",   "s") \
	X(0xfc1f07ff, 0x00000009, "jalr",   "ds") \
	X(0xfc1fffff, 0x00000008, "jr",     "s") \
	X(0xfc0007ff, 0x0000000a, "movz",   "dst") \
	X(0xfc0007ff, 0x0000000b, "movn",   "dst") \
	X(0xffff07ff, 0x00000010, "mfhi",   "d") \
	X(0xffff07ff, 0x00000012, "mflo",   "d") \
	X(0xfc00ffff, 0x00000019, "multu",  "st") \
	X(0xfc00ffff, 0x0000001b, "divu",   "0st") \
	X(0xfc0007ff, 0x70000002, "mul",    "dst") \
	X(0xfc1f0000, 0x50000000, "beqzl",  "sb") \
	X(0xfc000000, 0xc0000000, "ll",     "tm") \
	X(0xfc000000, 0xe0000000, "sc",     "tm")

/* Every MIPS: the 32-bit ALU, compares, branches, j, loads and stores,
 * wsbh and ror (rotr) of release 2 and 6.  ssnop, ehb and pause are
 * never emitted but are sll encodings that objdump names. */
#define GROUP_C(X) \
	X(0xffffffff, 0x00000000, "nop",    "") \
	X(0xffffffff, 0x00000040, "ssnop",  "") \
	X(0xffffffff, 0x000000c0, "ehb",    "") \
	X(0xffffffff, 0x00000140, "pause",  "") \
	X(0xffe0003f, 0x00000000, "sll",    "dta") \
	X(0xffe0003f, 0x00000002, "srl",    "dta") \
	X(0xffe0003f, 0x00200002, "ror",    "dta") \
	X(0xffe0003f, 0x00000003, "sra",    "dta") \
	X(0xfc0007ff, 0x00000004, "sllv",   "dts") \
	X(0xfc0007ff, 0x00000006, "srlv",   "dts") \
	X(0xfc0007ff, 0x00000007, "srav",   "dts") \
	X(0xffffffff, 0x0000000d, "break",  "") \
	X(0xfc00003f, 0x0000000d, "break",  "k") \
	X(0xffffffff, 0x0000000f, "sync",   "") \
	X(0xfc1f07ff, 0x00000021, "move",   "ds") \
	X(0xfc0007ff, 0x00000021, "addu",   "dst") \
	X(0xffe007ff, 0x00000023, "negu",   "dt") \
	X(0xfc0007ff, 0x00000023, "subu",   "dst") \
	X(0xfc0007ff, 0x00000024, "and",    "dst") \
	X(0xfc1f07ff, 0x00000025, "move",   "ds") \
	X(0xfc0007ff, 0x00000025, "or",     "dst") \
	X(0xfc0007ff, 0x00000026, "xor",    "dst") \
	X(0xfc0007ff, 0x00000027, "nor",    "dst") \
	X(0xfc0007ff, 0x0000002a, "slt",    "dst") \
	X(0xfc0007ff, 0x0000002b, "sltu",   "dst") \
	X(0xfc1f0000, 0x04000000, "bltz",   "sb") \
	X(0xfc000000, 0x08000000, "j",      "j") \
	X(0xffff0000, 0x10000000, "b",      "b") \
	X(0xfc1f0000, 0x10000000, "beqz",   "sb") \
	X(0xfc000000, 0x10000000, "beq",    "stb") \
	X(0xfc1f0000, 0x14000000, "bnez",   "sb") \
	X(0xfc000000, 0x14000000, "bne",    "stb") \
	X(0xfc1f0000, 0x18000000, "blez",   "sb") \
	X(0xffe00000, 0x24000000, "li",     "ti") \
	X(0xfc000000, 0x24000000, "addiu",  "tsi") \
	X(0xfc000000, 0x28000000, "slti",   "tsi") \
	X(0xfc000000, 0x2c000000, "sltiu",  "tsi") \
	X(0xfc000000, 0x30000000, "andi",   "tsu") \
	X(0xffe00000, 0x34000000, "li",     "tu") \
	X(0xfc000000, 0x34000000, "ori",    "tsu") \
	X(0xfc000000, 0x38000000, "xori",   "tsu") \
	X(0xffe00000, 0x3c000000, "lui",    "tu") \
	X(0xffe007ff, 0x7c0000a0, "wsbh",   "dt") \
	X(0xfc000000, 0x8c000000, "lw",     "tm") \
	X(0xfc000000, 0x90000000, "lbu",    "tm") \
	X(0xfc000000, 0x94000000, "lhu",    "tm") \
	X(0xfc000000, 0xa0000000, "sb",     "tm") \
	X(0xfc000000, 0xa4000000, "sh",     "tm") \
	X(0xfc000000, 0xac000000, "sw",     "tm")

/* Release 6: jr is jalr with rd zero; three-operand multiply and divide
 * in SPECIAL's sa field; seleqz/selnez for movz/movn; ll/sc moved to
 * SPECIAL3 with a 9-bit offset. */
#define GROUP_R6(X) \
	X(0xfc1fffff, 0x00000009, "jr",     "s") \
	X(0xfc1fffff, 0x0000f809, "jalr",   "s") \
	X(0xfc1f07ff, 0x00000009, "jalr",   "ds") \
	X(0xfc0007ff, 0x00000098, "mul",    "dst") \
	X(0xfc0007ff, 0x00000099, "mulu",   "dst") \
	X(0xfc0007ff, 0x000000d9, "muhu",   "dst") \
	X(0xfc0007ff, 0x0000009b, "divu",   "dst") \
	X(0xfc0007ff, 0x000000db, "modu",   "dst") \
	X(0xfc0007ff, 0x00000035, "seleqz", "dst") \
	X(0xfc0007ff, 0x00000037, "selnez", "dst") \
	X(0xfc00007f, 0x7c000036, "ll",     "tn") \
	X(0xfc00007f, 0x7c000026, "sc",     "tn")

/* 64-bit release 6: dmulu, ddivu, dmodu, lld/scd. */
#define GROUP_D6(X) \
	X(0xfc0007ff, 0x0000009d, "dmulu",  "dst") \
	X(0xfc0007ff, 0x0000009f, "ddivu",  "dst") \
	X(0xfc0007ff, 0x000000df, "dmodu",  "dst") \
	X(0xfc00007f, 0x7c000037, "lld",    "tn") \
	X(0xfc00007f, 0x7c000027, "scd",    "tn")

#define FORM(mask, value, name, ops) { mask, value, 0 },
#define TEXT(mask, value, name, ops) { name, ops },
#define COUNT(mask, value, name, ops) + 1

/* The group sizes, to cut the machines' slices. */
enum {
	N_D = 0 GROUP_D(COUNT), N_D2 = 0 GROUP_D2(COUNT), N_R2 = 0 GROUP_R2(COUNT),
	N_C = 0 GROUP_C(COUNT), N_R6 = 0 GROUP_R6(COUNT), N_D6 = 0 GROUP_D6(COUNT),
};

static const struct dis_form mips_forms[] = {
	GROUP_D(FORM) GROUP_D2(FORM) GROUP_R2(FORM) GROUP_C(FORM)
	GROUP_R6(FORM) GROUP_D6(FORM) GROUP_D(FORM)
};

/* The mnemonic and operand letters of each form, by the same index
 * (neither needs its NUL: 6 and 4 characters at most). */
static const struct mips_text {
	char name[6];
	char ops[4];
} mips_text[] = {
	GROUP_D(TEXT) GROUP_D2(TEXT) GROUP_R2(TEXT) GROUP_C(TEXT)
	GROUP_R6(TEXT) GROUP_D6(TEXT) GROUP_D(TEXT)
};

/* objdump's names without an ELF header to pick an ABI: o32's. */
static const char mips_regs[32][5] = {
	"zero", "at", "v0", "v1", "a0", "a1", "a2", "a3",
	"t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7",
	"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7",
	"t8", "t9", "k0", "k1", "gp", "sp", "s8", "ra",
};

static void mips_decode(const struct dis *d, const unsigned char *code, size_t avail,
			uint64_t addr, struct dis_insn *out)
{
	const struct dis_machine *m = d->m;
	/* 32-bit machines print addresses of 32 bits: targets wrap there. */
	uint64_t amask = m->variant & 64 ? ~0ull : 0xffffffffull;
	char *p = out->text, *end = out->text + sizeof(out->text);
	const struct mips_text *t;
	uint32_t w;
	size_t i;

	if (avail < 4) {
		/* A tail shorter than a word, which objdump leaves out
		 * ("out of bounds"): its bytes. */
		out->len = (unsigned)avail;
		for (i = 0; i < avail; i++)
			p += snprintf(p, (size_t)(end - p), "%s0x%02x", i ? ", " : ".byte\t", code[i]);
		return;
	}
	out->len = 4;
	w = get32(code, m->big_endian);
	for (i = 0; i < m->nforms; i++)
		if ((w & m->forms[i].mask) == m->forms[i].value)
			break;
	if (i == m->nforms) {
		snprintf(p, (size_t)(end - p), ".word\t0x%x", w);
		return;
	}
	out->known = 1;
	t = &mips_text[m->forms - mips_forms + i];
	p += snprintf(p, (size_t)(end - p), "%.*s", (int)sizeof(t->name), t->name);
	for (const char *o = t->ops; o < t->ops + sizeof(t->ops) && *o; o++) {
		unsigned rs = w >> 21 & 31, rt = w >> 16 & 31, rd = w >> 11 & 31, sa = w >> 6 & 31;
		int16_t imm = (int16_t)(w & 0xffff);
		uint64_t target;

		p += snprintf(p, (size_t)(end - p), o == t->ops ? "\t" : ",");
		switch (*o) {
		case 'd': p += snprintf(p, (size_t)(end - p), "%s", mips_regs[rd]); break;
		case 's': p += snprintf(p, (size_t)(end - p), "%s", mips_regs[rs]); break;
		case 't': p += snprintf(p, (size_t)(end - p), "%s", mips_regs[rt]); break;
		case '0': p += snprintf(p, (size_t)(end - p), "zero"); break;
		case 'i': p += snprintf(p, (size_t)(end - p), "%d", imm); break;
		case 'u': p += snprintf(p, (size_t)(end - p), "0x%x", w & 0xffff); break;
		case 'm': p += snprintf(p, (size_t)(end - p), "%d(%s)", imm, mips_regs[rs]); break;
		case 'n':
			/* R6 ll/sc: a 9-bit signed offset in bits 15..7. */
			p += snprintf(p, (size_t)(end - p), "%d(%s)",
				      (int)((w >> 7 & 0x1ff) ^ 0x100) - 0x100, mips_regs[rs]);
			break;
		case 'a': p += snprintf(p, (size_t)(end - p), "0x%x", sa); break;
		case 'P': p += snprintf(p, (size_t)(end - p), "0x%x", sa + 32); break;
		case 'Z': p += snprintf(p, (size_t)(end - p), "0x%x", rd - sa + 1); break;
		case 'k':
			p += snprintf(p, (size_t)(end - p), "0x%x", w >> 16 & 0x3ff);
			if (w >> 6 & 0x3ff)
				p += snprintf(p, (size_t)(end - p), ",0x%x", w >> 6 & 0x3ff);
			break;
		case 'b':
		case 'j':
			/* Branches count from the delay slot; a jump keeps the
			 * delay slot's upper four bits. */
			if (*o == 'b')
				target = addr + 4 + (uint64_t)(int64_t)imm * 4;
			else
				target = ((addr + 4) & ~0x0fffffffull) | (w & 0x03ffffff) << 2;
			out->has_target = 1;
			out->target = target & amask;
			p += snprintf(p, (size_t)(end - p), "0x%" PRIx64, out->target);
			break;
		}
	}
}

/* Each machine's slice of the table: R2 C and C R6 for 32-bit, D D2 R2 C
 * and C R6 D6 D for 64-bit. */
enum {
	R2_32 = N_D + N_D2, N_R2_32 = N_R2 + N_C,
	R6_32 = N_D + N_D2 + N_R2, N_R6_32 = N_C + N_R6,
	R2_64 = 0, N_R2_64 = N_D + N_D2 + N_R2 + N_C,
	R6_64 = N_D + N_D2 + N_R2, N_R6_64 = N_C + N_R6 + N_D6 + N_D,
};

/* variant: the word size (32 or 64), plus 6 for release 6. */
const struct dis_machine dis_mips = {
	.name = "mips", .big_endian = 1, .unit = 4,
	.objdump = "mips-linux-gnu -m mips:isa32r2 -EB", .decode = mips_decode,
	.forms = mips_forms + R2_32, .nforms = N_R2_32, .variant = 32,
};

const struct dis_machine dis_mipsel = {
	.name = "mipsel", .big_endian = 0, .unit = 4,
	.objdump = "mipsel-linux-gnu -m mips:isa32r2 -EL", .decode = mips_decode,
	.forms = mips_forms + R2_32, .nforms = N_R2_32, .variant = 32,
};

const struct dis_machine dis_mips64 = {
	.name = "mips64", .big_endian = 1, .unit = 4,
	.objdump = "mips64el-linux-gnuabi64 -m mips:isa64r2 -EB", .decode = mips_decode,
	.forms = mips_forms + R2_64, .nforms = N_R2_64, .variant = 64,
};

const struct dis_machine dis_mips64el = {
	.name = "mips64el", .big_endian = 0, .unit = 4,
	.objdump = "mips64el-linux-gnuabi64 -m mips:isa64r2 -EL", .decode = mips_decode,
	.forms = mips_forms + R2_64, .nforms = N_R2_64, .variant = 64,
};

const struct dis_machine dis_mipsr6 = {
	.name = "mipsr6", .big_endian = 1, .unit = 4,
	.objdump = "mips-linux-gnu -m mips:isa32r6 -EB", .decode = mips_decode,
	.forms = mips_forms + R6_32, .nforms = N_R6_32, .variant = 32 + 6,
};

/* The alias is Debian's name of the architecture. */
const struct dis_machine dis_mipselr6 = {
	.name = "mipselr6", .alias = "mipsr6el", .big_endian = 0, .unit = 4,
	.objdump = "mipsel-linux-gnu -m mips:isa32r6 -EL", .decode = mips_decode,
	.forms = mips_forms + R6_32, .nforms = N_R6_32, .variant = 32 + 6,
};

const struct dis_machine dis_mips64r6 = {
	.name = "mips64r6", .big_endian = 1, .unit = 4,
	.objdump = "mips64el-linux-gnuabi64 -m mips:isa64r6 -EB", .decode = mips_decode,
	.forms = mips_forms + R6_64, .nforms = N_R6_64, .variant = 64 + 6,
};

const struct dis_machine dis_mips64elr6 = {
	.name = "mips64elr6", .alias = "mips64r6el", .big_endian = 0, .unit = 4,
	.objdump = "mips64el-linux-gnuabi64 -m mips:isa64r6 -EL", .decode = mips_decode,
	.forms = mips_forms + R6_64, .nforms = N_R6_64, .variant = 64 + 6,
};
