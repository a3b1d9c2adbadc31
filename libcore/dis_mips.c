// SPDX-License-Identifier: GPL-2.0-only
/* MIPS: the instructions the kernel's BPF JIT emits, as binutils'
 * objdump prints them.  The JITs are arch/mips/net/bpf_jit_comp*.c
 * (5.16 on, 32- and 64-bit), ebpf_jit.c (64-bit, 4.13 to 5.15) and the
 * classic-BPF bpf_jit.c (to 5.15), all through uasm.
 *
 * objdump prints a word after the ISA it is told (-m), and R6 reuses
 * encodings: jalr with rd 0 is "jr" on R6 but "jalr zero,..." on R2;
 * R6 moved mul, divu, ll and sc and dropped movz, mfhi and the old jr.
 * So R2 and R6 kernels get machines of their own:
 *
 *   mips mipsel mips64 mips64el          R2 and older (24Kc, 74Kc,
 *                                        1004Kc routers, Loongson ...)
 *   mipsr6 mipsr6el mips64r6 mips64r6el  R6 (Debian's names for those
 *                                        ports; I6400, P6600 ...)
 *   octeon octeonel                      Cavium Octeon (MIPS64 R2 with
 *                                        bbit0/bbit1, which ebpf_jit.c
 *                                        uses for single-bit tests)
 *
 * An R1 or older kernel's JIT code is a subset of R2's and prints the
 * same, so it needs no machine of its own.
 *
 * The table is in segments: what every ISA has, what only R2 or only R6
 * has, the same for 64-bit, and Octeon's.  They are laid out in one
 * array so that each machine's rows are one slice of it (its forms, the
 * rows make check-dis walks); the 64-bit common segment appears twice
 * for that.  Within a segment the first matching row wins, so an alias
 * (move, li, nop, b, beqz, negu ...) comes before the instruction it is
 * a case of; rows of different segments never match the same word. */
#include <stdio.h>

#include "dis.h"
#include "endian.h"

/* A row: mask, match, mnemonic, operands.  Operand letters:
 *   d s t  the rd, rs, rt register
 *   0      register zero (objdump shows the implied rd of div)
 *   h      the shift amount, hex
 *   r      the rt field as a number (bbit's bit), hex
 *   i u    the 16-bit immediate: signed decimal, unsigned hex
 *   m      memory: signed 16-bit offset(rs)
 *   n      memory, R6 ll/sc: signed 9-bit offset (bits 15..7)(rs)
 *   b      branch target: address + 4 + offset * 4
 *   j      jump target: the 256 MB region of address + 4, index * 4
 *   c      break's code(s)
 *   V      dinsu's pos,size: lsb + 32, msb - lsb + 1
 * anything else as it is. */

/* Every ISA, 32-bit. */
#define MIPS_COMMON32(X)						\
	/* SPECIAL (opcode 0) by function; sll 0,0,N are hints */	\
	X(0xffffffff, 0x00000000, "nop",    "")			\
	X(0xffffffff, 0x00000040, "ssnop",  "")			\
	X(0xffffffff, 0x000000c0, "ehb",    "")			\
	X(0xffffffff, 0x00000140, "pause",  "")			\
	X(0xffe0003f, 0x00000000, "sll",    "d,t,h")			\
	X(0xffe0003f, 0x00000002, "srl",    "d,t,h")			\
	X(0xffe0003f, 0x00200002, "ror",    "d,t,h")			\
	X(0xffe0003f, 0x00000003, "sra",    "d,t,h")			\
	X(0xfc0007ff, 0x00000004, "sllv",   "d,t,s")			\
	X(0xfc0007ff, 0x00000006, "srlv",   "d,t,s")			\
	X(0xfc0007ff, 0x00000007, "srav",   "d,t,s")			\
	X(0xfc00003f, 0x0000000d, "break",  "c")			\
	X(0xffffffff, 0x0000000f, "sync",   "")			\
	X(0xfc1f07ff, 0x00000021, "move",   "d,s")			\
	X(0xfc0007ff, 0x00000021, "addu",   "d,s,t")			\
	X(0xffe007ff, 0x00000023, "negu",   "d,t")			\
	X(0xfc0007ff, 0x00000023, "subu",   "d,s,t")			\
	X(0xfc0007ff, 0x00000024, "and",    "d,s,t")			\
	X(0xfc1f07ff, 0x00000025, "move",   "d,s")			\
	X(0xfc0007ff, 0x00000025, "or",     "d,s,t")			\
	X(0xfc0007ff, 0x00000026, "xor",    "d,s,t")			\
	X(0xfc0007ff, 0x00000027, "nor",    "d,s,t")			\
	X(0xfc0007ff, 0x0000002a, "slt",    "d,s,t")			\
	X(0xfc0007ff, 0x0000002b, "sltu",   "d,s,t")			\
	/* REGIMM (opcode 1) by rt */					\
	X(0xfc1f0000, 0x04000000, "bltz",   "s,b")			\
	X(0xffff0000, 0x04010000, "b",      "b")			\
	X(0xfc1f0000, 0x04010000, "bgez",   "s,b")			\
	/* opcodes 2-15 */						\
	X(0xfc000000, 0x08000000, "j",      "j")			\
	X(0xffff0000, 0x10000000, "b",      "b")			\
	X(0xfc1f0000, 0x10000000, "beqz",   "s,b")			\
	X(0xfc000000, 0x10000000, "beq",    "s,t,b")			\
	X(0xfc1f0000, 0x14000000, "bnez",   "s,b")			\
	X(0xfc000000, 0x14000000, "bne",    "s,t,b")			\
	X(0xfc1f0000, 0x18000000, "blez",   "s,b")			\
	X(0xfc1f0000, 0x1c000000, "bgtz",   "s,b")			\
	X(0xffe00000, 0x24000000, "li",     "t,i")			\
	X(0xfc000000, 0x24000000, "addiu",  "t,s,i")			\
	X(0xfc000000, 0x28000000, "slti",   "t,s,i")			\
	X(0xfc000000, 0x2c000000, "sltiu",  "t,s,i")			\
	X(0xfc000000, 0x30000000, "andi",   "t,s,u")			\
	X(0xffe00000, 0x34000000, "li",     "t,u")			\
	X(0xfc000000, 0x34000000, "ori",    "t,s,u")			\
	X(0xfc000000, 0x38000000, "xori",   "t,s,u")			\
	X(0xffe00000, 0x3c000000, "lui",    "t,u")			\
	/* SPECIAL3 (opcode 31), BSHFL */				\
	X(0xffe007ff, 0x7c0000a0, "wsbh",   "d,t")			\
	/* loads and stores */						\
	X(0xfc000000, 0x80000000, "lb",     "t,m")			\
	X(0xfc000000, 0x84000000, "lh",     "t,m")			\
	X(0xfc000000, 0x8c000000, "lw",     "t,m")			\
	X(0xfc000000, 0x90000000, "lbu",    "t,m")			\
	X(0xfc000000, 0x94000000, "lhu",    "t,m")			\
	X(0xfc000000, 0xa0000000, "sb",     "t,m")			\
	X(0xfc000000, 0xa4000000, "sh",     "t,m")			\
	X(0xfc000000, 0xac000000, "sw",     "t,m")

/* Before R6, 32-bit: the old jr, movz/movn, HI/LO multiply and divide,
 * beqzl (the R10000 ll/sc workaround), SPECIAL2 mul, ll/sc. */
#define MIPS_R2_32(X)							\
	X(0xfc1fffff, 0x00000008, "jr",     "s")			\
	X(0xfc1fffff, 0x0000f809, "jalr",   "s")			\
	X(0xfc1f07ff, 0x00000009, "jalr",   "d,s")			\
	X(0xfc0007ff, 0x0000000a, "movz",   "d,s,t")			\
	X(0xfc0007ff, 0x0000000b, "movn",   "d,s,t")			\
	X(0xffff07ff, 0x00000010, "mfhi",   "d")			\
	X(0xffff07ff, 0x00000012, "mflo",   "d")			\
	X(0xfc00ffff, 0x00000019, "multu",  "s,t")			\
	X(0xfc00ffff, 0x0000001b, "divu",   "0,s,t")			\
	X(0xfc1f0000, 0x50000000, "beqzl",  "s,b")			\
	X(0xfc0007ff, 0x70000002, "mul",    "d,s,t")			\
	X(0xfc000000, 0xc0000000, "ll",     "t,m")			\
	X(0xfc000000, 0xe0000000, "sc",     "t,m")

/* R6, 32-bit: jr is jalr with rd 0; multiply and divide into rd;
 * seleqz/selnez where R2 has movz/movn; ll/sc in SPECIAL3. */
#define MIPS_R6_32(X)							\
	X(0xfc1fffff, 0x00000009, "jr",     "s")			\
	X(0xfc1fffff, 0x0000f809, "jalr",   "s")			\
	X(0xfc1f07ff, 0x00000009, "jalr",   "d,s")			\
	X(0xfc0007ff, 0x00000098, "mul",    "d,s,t")			\
	X(0xfc0007ff, 0x00000099, "mulu",   "d,s,t")			\
	X(0xfc0007ff, 0x000000d9, "muhu",   "d,s,t")			\
	X(0xfc0007ff, 0x0000009b, "divu",   "d,s,t")			\
	X(0xfc0007ff, 0x000000db, "modu",   "d,s,t")			\
	X(0xfc0007ff, 0x00000035, "seleqz", "d,s,t")			\
	X(0xfc0007ff, 0x00000037, "selnez", "d,s,t")			\
	X(0xfc00007f, 0x7c000036, "ll",     "t,n")			\
	X(0xfc00007f, 0x7c000026, "sc",     "t,n")

/* Every ISA, 64-bit.  dinsu is how the JIT zero-extends a word. */
#define MIPS_COMMON64(X)						\
	X(0xfc0007ff, 0x00000014, "dsllv",  "d,t,s")			\
	X(0xfc0007ff, 0x00000016, "dsrlv",  "d,t,s")			\
	X(0xfc0007ff, 0x00000017, "dsrav",  "d,t,s")			\
	X(0xfc1f07ff, 0x0000002d, "move",   "d,s")			\
	X(0xfc0007ff, 0x0000002d, "daddu",  "d,s,t")			\
	X(0xffe007ff, 0x0000002f, "dnegu",  "d,t")			\
	X(0xfc0007ff, 0x0000002f, "dsubu",  "d,s,t")			\
	X(0xffe0003f, 0x00000038, "dsll",   "d,t,h")			\
	X(0xffe0003f, 0x0000003a, "dsrl",   "d,t,h")			\
	X(0xffe0003f, 0x0000003b, "dsra",   "d,t,h")			\
	X(0xffe0003f, 0x0000003c, "dsll32", "d,t,h")			\
	X(0xffe0003f, 0x0000003e, "dsrl32", "d,t,h")			\
	X(0xffe0003f, 0x0000003f, "dsra32", "d,t,h")			\
	X(0xfc000000, 0x64000000, "daddiu", "t,s,i")			\
	X(0xfc00003f, 0x7c000006, "dins",   "t,s,V")			\
	X(0xffe007ff, 0x7c0000a4, "dsbh",   "d,t")			\
	X(0xffe007ff, 0x7c000164, "dshd",   "d,t")			\
	X(0xfc000000, 0x9c000000, "lwu",    "t,m")			\
	X(0xfc000000, 0xdc000000, "ld",     "t,m")			\
	X(0xfc000000, 0xfc000000, "sd",     "t,m")

/* Before R6, 64-bit. */
#define MIPS_R2_64(X)							\
	X(0xfc00ffff, 0x0000001d, "dmultu", "s,t")			\
	X(0xfc00ffff, 0x0000001f, "ddivu",  "0,s,t")			\
	X(0xfc000000, 0xd0000000, "lld",    "t,m")			\
	X(0xfc000000, 0xf0000000, "scd",    "t,m")

/* R6, 64-bit. */
#define MIPS_R6_64(X)							\
	X(0xfc0007ff, 0x0000009d, "dmulu",  "d,s,t")			\
	X(0xfc0007ff, 0x0000009f, "ddivu",  "d,s,t")			\
	X(0xfc0007ff, 0x000000df, "dmodu",  "d,s,t")			\
	X(0xfc00007f, 0x7c000037, "lld",    "t,n")			\
	X(0xfc00007f, 0x7c000027, "scd",    "t,n")

/* Octeon: branch on bit rt of rs clear / set; other ISAs print these
 * words as lwc2/swc2. */
#define MIPS_OCTEON(X)							\
	X(0xfc000000, 0xc8000000, "bbit0",  "s,r,b")			\
	X(0xfc000000, 0xe8000000, "bbit1",  "s,r,b")

/* octeon is the first five segments, mips64 four of them, mips the
 * last two of those; mips64r6 is the last four segments, mipsr6 the
 * first two of them. */
#define MIPS_ROWS(X)							\
	MIPS_OCTEON(X) MIPS_R2_64(X) MIPS_COMMON64(X) MIPS_R2_32(X)	\
	MIPS_COMMON32(X) MIPS_R6_32(X) MIPS_COMMON64(X) MIPS_R6_64(X)

#define ONE(mask, match, name, ops) +1
enum {
	N_OCTEON = 0 MIPS_OCTEON(ONE), N_R2_64 = 0 MIPS_R2_64(ONE), N_C64 = 0 MIPS_COMMON64(ONE),
	N_R2_32 = 0 MIPS_R2_32(ONE), N_C32 = 0 MIPS_COMMON32(ONE), N_R6_32 = 0 MIPS_R6_32(ONE),
	N_R6_64 = 0 MIPS_R6_64(ONE),
	/* where the slices start */
	AT_R2_64 = N_OCTEON,
	AT_R2_32 = AT_R2_64 + N_R2_64 + N_C64,
	AT_C32 = AT_R2_32 + N_R2_32,
};

#define FORM(mask, match, name, ops) { mask, match, 0 },
static const struct dis_form mips_forms[] = { MIPS_ROWS(FORM) };

/* mips_text[i] is how mips_forms[i] prints. */
struct mips_text {
	char name[7];
	char ops[6];
};
#define TEXT(mask, match, name, ops) { name, ops },
static const struct mips_text mips_text[] = { MIPS_ROWS(TEXT) };

/* objdump's register names for code without an ELF header: o32's, on
 * 64-bit kernels too (where $8-$11 are a4-a7). */
static const char mips_regs[32][5] = {
	"zero", "at", "v0", "v1", "a0", "a1", "a2", "a3",
	"t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7",
	"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7",
	"t8", "t9", "k0", "k1", "gp", "sp", "s8", "ra",
};

enum { MIPS_64 = 1 };   /* dis_machine.variant: 64-bit addresses */

static void mips_decode(const struct dis *d, const unsigned char *code, size_t avail,
			uint64_t addr, struct dis_insn *out)
{
	const struct dis_machine *m = d->m;
	const struct mips_text *t = NULL;
	char *p = out->text, *end = out->text + sizeof(out->text);
	uint32_t w;
	size_t i;

	if (avail < 4) {
		/* A torn last word: objdump only says the address is out of
		 * bounds; show the bytes. */
		out->len = (unsigned)avail;
		p += snprintf(p, (size_t)(end - p), ".byte\t0x%x", code[0]);
		for (i = 1; i < avail; i++)
			p += snprintf(p, (size_t)(end - p), ",0x%x", code[i]);
		return;
	}
	out->len = 4;
	w = get32(code, m->big_endian);
	/* The machine's forms are a slice of mips_forms; mips_text runs
	 * alongside. */
	for (i = 0; i < m->nforms && !t; i++)
		if ((w & m->forms[i].mask) == m->forms[i].value)
			t = &mips_text[(size_t)(m->forms - mips_forms) + i];
	if (!t) {
		snprintf(out->text, sizeof(out->text), ".word\t0x%x", w);
		return;
	}
	out->known = 1;
	p += snprintf(p, (size_t)(end - p), "%s%s", t->name, t->ops[0] ? "\t" : "");
	for (const char *o = t->ops; *o; o++) {
		unsigned rs = w >> 21 & 31, rt = w >> 16 & 31, rd = w >> 11 & 31, sa = w >> 6 & 31;
		int imm = (int16_t)(w & 0xffff);

		switch (*o) {
		case 'd': p += snprintf(p, (size_t)(end - p), "%s", mips_regs[rd]); break;
		case 's': p += snprintf(p, (size_t)(end - p), "%s", mips_regs[rs]); break;
		case 't': p += snprintf(p, (size_t)(end - p), "%s", mips_regs[rt]); break;
		case '0': p += snprintf(p, (size_t)(end - p), "%s", mips_regs[0]); break;
		case 'h': p += snprintf(p, (size_t)(end - p), "0x%x", sa); break;
		case 'r': p += snprintf(p, (size_t)(end - p), "0x%x", rt); break;
		case 'i': p += snprintf(p, (size_t)(end - p), "%d", imm); break;
		case 'u': p += snprintf(p, (size_t)(end - p), "0x%x", w & 0xffff); break;
		case 'm': p += snprintf(p, (size_t)(end - p), "%d(%s)", imm, mips_regs[rs]); break;
		case 'n':
			p += snprintf(p, (size_t)(end - p), "%d(%s)",
				      (int)((w >> 7 & 0x1ff) ^ 0x100) - 0x100, mips_regs[rs]);
			break;
		case 'b':
		case 'j':
			out->has_target = 1;
			out->target = *o == 'b' ? addr + 4 + (uint64_t)(int64_t)imm * 4
						: ((addr + 4) & ~0x0fffffffull) | (w & 0x03ffffff) << 2;
			/* A 32-bit ISA's addresses wrap at 4 GB, as objdump's do. */
			if (!(m->variant & MIPS_64))
				out->target &= 0xffffffff;
			p += snprintf(p, (size_t)(end - p), "0x%llx", (unsigned long long)out->target);
			break;
		case 'c':
			/* A code in bits 25..16 and one in 15..6: objdump shows
			 * the second only when set, and none when both are 0. */
			if (w & 0xffc0)
				p += snprintf(p, (size_t)(end - p), "0x%x,0x%x", w >> 16 & 0x3ff,
					      w >> 6 & 0x3ff);
			else if (w & 0x3ff0000)
				p += snprintf(p, (size_t)(end - p), "0x%x", w >> 16 & 0x3ff);
			else
				*--p = 0;       /* the tab */
			break;
		case 'V':
			/* msb and lsb of a field in the high word; objdump
			 * prints a negative size as 32 bits. */
			p += snprintf(p, (size_t)(end - p), "0x%x,0x%x", sa + 32, rd - sa + 1);
			break;
		default: p += snprintf(p, (size_t)(end - p), "%c", *o); break;
		}
	}
}

#define MIPS_MACHINE(var, mname, malias, big, tool, at, n, v)		\
	const struct dis_machine var = {				\
		.name = mname, .alias = malias, .big_endian = big, .unit = 4,	\
		.addr_digits = (v) & MIPS_64 ? 16 : 8, .bytes_per_line = 4, .chunk = 4, \
		.objdump = tool, .decode = mips_decode,			\
		.forms = mips_forms + (at), .nforms = (n), .variant = (v),	\
	}

/* objdump of any of the MIPS binutils prints the same for the same -m
 * and -EB/-EL; these are the ones make check-dis installs. */
MIPS_MACHINE(dis_mips, "mips", "mips32r2", 1, "mips-linux-gnu -m mips:isa32r2 -EB",
	     AT_R2_32, N_R2_32 + N_C32, 0);
MIPS_MACHINE(dis_mipsel, "mipsel", "mips32r2el", 0, "mipsel-linux-gnu -m mips:isa32r2 -EL",
	     AT_R2_32, N_R2_32 + N_C32, 0);
MIPS_MACHINE(dis_mips64, "mips64", "mips64r2", 1, "mips64el-linux-gnuabi64 -m mips:isa64r2 -EB",
	     AT_R2_64, AT_C32 + N_C32 - AT_R2_64, MIPS_64);
MIPS_MACHINE(dis_mips64el, "mips64el", "mips64r2el", 0,
	     "mips64el-linux-gnuabi64 -m mips:isa64r2 -EL",
	     AT_R2_64, AT_C32 + N_C32 - AT_R2_64, MIPS_64);
MIPS_MACHINE(dis_mipsr6, "mipsr6", "mipsisa32r6", 1, "mips-linux-gnu -m mips:isa32r6 -EB",
	     AT_C32, N_C32 + N_R6_32, 0);
MIPS_MACHINE(dis_mipsr6el, "mipsr6el", "mipselr6", 0, "mipsel-linux-gnu -m mips:isa32r6 -EL",
	     AT_C32, N_C32 + N_R6_32, 0);
MIPS_MACHINE(dis_mips64r6, "mips64r6", "mipsisa64r6", 1,
	     "mips64el-linux-gnuabi64 -m mips:isa64r6 -EB",
	     AT_C32, N_C32 + N_R6_32 + N_C64 + N_R6_64, MIPS_64);
MIPS_MACHINE(dis_mips64r6el, "mips64r6el", "mips64elr6", 0,
	     "mips64el-linux-gnuabi64 -m mips:isa64r6 -EL",
	     AT_C32, N_C32 + N_R6_32 + N_C64 + N_R6_64, MIPS_64);
MIPS_MACHINE(dis_octeon, "octeon", NULL, 1, "mips64el-linux-gnuabi64 -m mips:octeon -EB",
	     0, AT_C32 + N_C32, MIPS_64);
MIPS_MACHINE(dis_octeonel, "octeonel", NULL, 0, "mips64el-linux-gnuabi64 -m mips:octeon -EL",
	     0, AT_C32 + N_C32, MIPS_64);
