// SPDX-License-Identifier: GPL-2.0-only
/* riscv64 machine code as the kernel's BPF JIT emits it (RV64IMA plus the
 * compressed C forms), printed the way GNU objdump 2.40 prints it.
 *
 * One table, RV_ROWS below, read top to bottom like the encoding tables
 * of the ISA manual: mask, value, length, objdump's text.  The first row
 * whose mask and value fit the word wins, so an alias (nop, li, mv, ret,
 * beqz, sext.w ...) comes before the instruction it is a special case of,
 * as in objdump.  The same rows are the forms make check-dis walks.
 *
 * Two things objdump does that shape this file:
 *  - compressed words print as the instruction they expand to, under the
 *    mnemonic objdump's own table gives it (c.addi is "add a0,a0,1",
 *    c.slli "sll", c.andi "and"), and hints keep a "c." name;
 *  - objdump remembers the value each lui/auipc/c.lui put in a register
 *    and notes the address a later addi, load, store or jalr on that
 *    register forms (" # 0x1008"), once.  That memory lives in
 *    struct rv_state, reset by dis_open(): decode a program from its
 *    first instruction in order, as objdump does, to get its notes.
 *
 * Zba, Zbb and Zacas words (sext.b, zext.h, rev8, sh3add, add.uw,
 * amocas), which newer JITs emit on CPUs that have them, are not
 * decoded: objdump 2.40 knows the extensions but no -m or -M option
 * enables them for a raw binary (it decodes rv64gc only), so it prints
 * them as ".4byte 0x...", and so do we.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dis.h"
#include "endian.h"

/* Operand letters of the table's texts; anything else is copied.
 *   d rd   s rs1   t rs2   (4-byte)      C rs1'/rd' (9:7)   D rs2'/rd' (4:2)
 *   V rs2 (6:2)   S sp                    (2-byte)
 *   j I-immediate   o I-immediate as an offset   q S-immediate
 *   u U-immediate (hex)   p branch target   a jal target
 *   > 6-bit shift (hex)   < 5-bit shift (hex)   P Q fence sets
 *   x CI immediate   y c.lui immediate (hex)   z CI shift (hex)
 *   K c.addi4spn, L c.addi16sp immediates
 *   k c.lw/c.sw, l c.ld/c.sd, m c.lwsp, n c.ldsp, M c.swsp, N c.sdsp offsets
 * An empty text: an encoding objdump leaves undefined. */
#define RV_ROWS(R) \
	/* RVC quadrant 0 */ \
	R(0xffff, 0x0000, 2, "unimp") \
	R(0xffe3, 0x0000, 2, "")                 /* c.addi4spn, imm 0 */ \
	R(0xe003, 0x0000, 2, "add D,S,K")        /* c.addi4spn */ \
	R(0xe003, 0x4000, 2, "lw D,k(C)") \
	R(0xe003, 0x6000, 2, "ld D,l(C)") \
	R(0xe003, 0xc000, 2, "sw D,k(C)") \
	R(0xe003, 0xe000, 2, "sd D,l(C)") \
	/* RVC quadrant 1 */ \
	R(0xffff, 0x0001, 2, "nop") \
	R(0xef83, 0x0001, 2, "c.nop x")          /* c.addi to zero: a hint */ \
	R(0xe003, 0x0001, 2, "add d,d,x")        /* c.addi */ \
	R(0xef83, 0x2001, 2, "")                 /* c.addiw to zero */ \
	R(0xf07f, 0x2001, 2, "sext.w d,d") \
	R(0xe003, 0x2001, 2, "addw d,d,x")       /* c.addiw */ \
	R(0xef83, 0x4001, 2, "c.li d,x") \
	R(0xe003, 0x4001, 2, "li d,x") \
	R(0xef83, 0x6101, 2, "add S,S,L")        /* c.addi16sp */ \
	R(0xf07f, 0x6001, 2, "")                 /* c.lui, imm 0 */ \
	R(0xef83, 0x6001, 2, "c.lui d,y") \
	R(0xe003, 0x6001, 2, "lui d,y") \
	R(0xfc7f, 0x8001, 2, "c.srli64 C") \
	R(0xec03, 0x8001, 2, "srl C,C,z") \
	R(0xfc7f, 0x8401, 2, "c.srai64 C") \
	R(0xec03, 0x8401, 2, "sra C,C,z") \
	R(0xec03, 0x8801, 2, "and C,C,x")        /* c.andi */ \
	R(0xfc63, 0x8c01, 2, "sub C,C,D") \
	R(0xfc63, 0x8c21, 2, "xor C,C,D") \
	R(0xfc63, 0x8c41, 2, "or C,C,D") \
	R(0xfc63, 0x8c61, 2, "and C,C,D") \
	R(0xfc63, 0x9c01, 2, "subw C,C,D") \
	/* RVC quadrant 2 */ \
	R(0xf07f, 0x0002, 2, "c.slli64 d") \
	R(0xef83, 0x0002, 2, "c.slli d,z") \
	R(0xe003, 0x0002, 2, "sll d,d,z") \
	R(0xef83, 0x4002, 2, "")                 /* c.lwsp to zero */ \
	R(0xe003, 0x4002, 2, "lw d,m(S)") \
	R(0xef83, 0x6002, 2, "")                 /* c.ldsp to zero */ \
	R(0xe003, 0x6002, 2, "ld d,n(S)") \
	R(0xffff, 0x8002, 2, "")                 /* c.jr zero */ \
	R(0xffff, 0x8082, 2, "ret") \
	R(0xf07f, 0x8002, 2, "jr d") \
	R(0xff83, 0x8002, 2, "c.mv d,V") \
	R(0xf003, 0x8002, 2, "mv d,V") \
	R(0xffff, 0x9002, 2, "ebreak") \
	R(0xf07f, 0x9002, 2, "jalr d") \
	R(0xff83, 0x9002, 2, "c.add d,V") \
	R(0xf003, 0x9002, 2, "add d,d,V") \
	R(0xe003, 0xc002, 2, "sw V,M(S)") \
	R(0xe003, 0xe002, 2, "sd V,N(S)") \
	/* U and J types */ \
	R(0x0000007f, 0x00000037, 4, "lui d,u") \
	R(0x0000007f, 0x00000017, 4, "auipc d,u") \
	R(0x00000fff, 0x0000006f, 4, "j a") \
	R(0x00000fff, 0x000000ef, 4, "jal a") \
	R(0x0000007f, 0x0000006f, 4, "jal d,a") \
	/* JALR */ \
	R(0xffffffff, 0x00008067, 4, "ret") \
	R(0xfff07fff, 0x00000067, 4, "jr s") \
	R(0x00007fff, 0x00000067, 4, "jr o(s)") \
	R(0xfff07fff, 0x000000e7, 4, "jalr s") \
	R(0x00007fff, 0x000000e7, 4, "jalr o(s)") \
	R(0xfff0707f, 0x00000067, 4, "jalr d,s") \
	R(0x0000707f, 0x00000067, 4, "jalr d,o(s)") \
	/* BRANCH */ \
	R(0x01f0707f, 0x00000063, 4, "beqz s,p") \
	R(0x0000707f, 0x00000063, 4, "beq s,t,p") \
	R(0x01f0707f, 0x00001063, 4, "bnez s,p") \
	R(0x0000707f, 0x00001063, 4, "bne s,t,p") \
	R(0x01f0707f, 0x00004063, 4, "bltz s,p") \
	R(0x000ff07f, 0x00004063, 4, "bgtz t,p") \
	R(0x0000707f, 0x00004063, 4, "blt s,t,p") \
	R(0x000ff07f, 0x00005063, 4, "blez t,p") \
	R(0x01f0707f, 0x00005063, 4, "bgez s,p") \
	R(0x0000707f, 0x00005063, 4, "bge s,t,p") \
	R(0x0000707f, 0x00006063, 4, "bltu s,t,p") \
	R(0x0000707f, 0x00007063, 4, "bgeu s,t,p") \
	/* LOAD, STORE */ \
	R(0x0000707f, 0x00000003, 4, "lb d,o(s)") \
	R(0x0000707f, 0x00001003, 4, "lh d,o(s)") \
	R(0x0000707f, 0x00002003, 4, "lw d,o(s)") \
	R(0x0000707f, 0x00003003, 4, "ld d,o(s)") \
	R(0x0000707f, 0x00004003, 4, "lbu d,o(s)") \
	R(0x0000707f, 0x00005003, 4, "lhu d,o(s)") \
	R(0x0000707f, 0x00006003, 4, "lwu d,o(s)") \
	R(0x0000707f, 0x00000023, 4, "sb t,q(s)") \
	R(0x0000707f, 0x00001023, 4, "sh t,q(s)") \
	R(0x0000707f, 0x00002023, 4, "sw t,q(s)") \
	R(0x0000707f, 0x00003023, 4, "sd t,q(s)") \
	/* OP-IMM: objdump names addi "add", xori "xor" ... */ \
	R(0xffffffff, 0x00000013, 4, "nop") \
	R(0x000ff07f, 0x00000013, 4, "li d,j") \
	R(0xfff0707f, 0x00000013, 4, "mv d,s") \
	R(0x0000707f, 0x00000013, 4, "add d,s,j") \
	R(0xfff0707f, 0xfff04013, 4, "not d,s") \
	R(0x0000707f, 0x00004013, 4, "xor d,s,j") \
	R(0x0000707f, 0x00006013, 4, "or d,s,j") \
	R(0xfff0707f, 0x0ff07013, 4, "zext.b d,s") \
	R(0x0000707f, 0x00007013, 4, "and d,s,j") \
	R(0xfc00707f, 0x00001013, 4, "sll d,s,>") \
	R(0xfc00707f, 0x00005013, 4, "srl d,s,>") \
	R(0xfc00707f, 0x40005013, 4, "sra d,s,>") \
	/* OP */ \
	R(0xfe00707f, 0x00000033, 4, "add d,s,t") \
	R(0xfe0ff07f, 0x40000033, 4, "neg d,t") \
	R(0xfe00707f, 0x40000033, 4, "sub d,s,t") \
	R(0xfe00707f, 0x00001033, 4, "sll d,s,t") \
	R(0xfe0ff07f, 0x00003033, 4, "snez d,t") \
	R(0xfe00707f, 0x00003033, 4, "sltu d,s,t") \
	R(0xfe00707f, 0x00004033, 4, "xor d,s,t") \
	R(0xfe00707f, 0x00005033, 4, "srl d,s,t") \
	R(0xfe00707f, 0x40005033, 4, "sra d,s,t") \
	R(0xfe00707f, 0x00006033, 4, "or d,s,t") \
	R(0xfe00707f, 0x00007033, 4, "and d,s,t") \
	R(0xfe00707f, 0x02000033, 4, "mul d,s,t") \
	R(0xfe00707f, 0x02003033, 4, "mulhu d,s,t") \
	R(0xfe00707f, 0x02004033, 4, "div d,s,t") \
	R(0xfe00707f, 0x02005033, 4, "divu d,s,t") \
	R(0xfe00707f, 0x02006033, 4, "rem d,s,t") \
	R(0xfe00707f, 0x02007033, 4, "remu d,s,t") \
	/* OP-IMM-32, OP-32 */ \
	R(0xfff0707f, 0x0000001b, 4, "sext.w d,s") \
	R(0x0000707f, 0x0000001b, 4, "addw d,s,j") \
	R(0xfe00707f, 0x0000101b, 4, "sllw d,s,<") \
	R(0xfe00707f, 0x0000501b, 4, "srlw d,s,<") \
	R(0xfe00707f, 0x4000501b, 4, "sraw d,s,<") \
	R(0xfe00707f, 0x0000003b, 4, "addw d,s,t") \
	R(0xfe0ff07f, 0x4000003b, 4, "negw d,t") \
	R(0xfe00707f, 0x4000003b, 4, "subw d,s,t") \
	R(0xfe00707f, 0x0000103b, 4, "sllw d,s,t") \
	R(0xfe00707f, 0x0000503b, 4, "srlw d,s,t") \
	R(0xfe00707f, 0x4000503b, 4, "sraw d,s,t") \
	R(0xfe00707f, 0x0200003b, 4, "mulw d,s,t") \
	R(0xfe00707f, 0x0200403b, 4, "divw d,s,t") \
	R(0xfe00707f, 0x0200503b, 4, "divuw d,s,t") \
	R(0xfe00707f, 0x0200603b, 4, "remw d,s,t") \
	R(0xfe00707f, 0x0200703b, 4, "remuw d,s,t") \
	/* AMO: funct3 adds ".w" or ".d", the aq and rl bits (26:25) ".aq", \
	 * ".rl" or ".aqrl" */ \
	R(0xf9f0607f, 0x1000202f, 4, "lr d,(s)") \
	R(0xf800607f, 0x1800202f, 4, "sc d,t,(s)") \
	R(0xf800607f, 0x0800202f, 4, "amoswap d,t,(s)") \
	R(0xf800607f, 0x0000202f, 4, "amoadd d,t,(s)") \
	R(0xf800607f, 0x2000202f, 4, "amoxor d,t,(s)") \
	R(0xf800607f, 0x6000202f, 4, "amoand d,t,(s)") \
	R(0xf800607f, 0x4000202f, 4, "amoor d,t,(s)") \
	/* MISC-MEM */ \
	R(0xffffffff, 0x0ff0000f, 4, "fence") \
	R(0xf00fffff, 0x0000000f, 4, "fence P,Q") \
	R(0xffffffff, 0x0000100f, 4, "fence.i")

/* The masks and values are the forms; the texts one string, each ended
 * by a NUL, walked along with the rows. */
#define RV_FORM(mask, value, len, text) { mask, value, len },
#define RV_TEXT(mask, value, len, text) text "\0"

static const struct dis_form rv_forms[] = { RV_ROWS(RV_FORM) };
static const char rv_texts[] = RV_ROWS(RV_TEXT);

#define NROWS (sizeof(rv_forms) / sizeof(rv_forms[0]))

static const char rv_gpr[32][5] = {
	"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
	"s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
	"a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
	"s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

/* objdump prints an empty fence set as "unknown". */
static const char rv_fence_set[16][5] = {
	"", "w", "r", "rw", "o", "ow", "or", "orw",
	"i", "iw", "ir", "irw", "io", "iow", "ior", "iorw",
};

/* objdump's memory of lui/auipc/c.lui results, one per register; NONE
 * for none.  Static: one use at a time, as for Zydis. */
#define NONE (~(uint64_t)0)
struct rv_state {
	uint64_t hi[32];
};
static struct rv_state rv_state;

static int rv_open(struct dis *d)
{
	for (int i = 0; i < 32; i++)
		rv_state.hi[i] = NONE;
	d->state = &rv_state;
	return 0;
}

/* The text being written, and the address note objdump adds after it. */
struct out {
	char *p, *end;
	int note;
	uint64_t note_addr;
};

static void put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(o->p, (size_t)(o->end - o->p), fmt, ap);
	va_end(ap);
	if (n > 0)
		o->p += n < o->end - o->p ? n : o->end - o->p - 1;
}

/* A base register and an offset: the address objdump notes, from the
 * register's remembered lui/auipc value (used up), or zero and tp taken
 * as 0.  wide: addiw, whose result is sign-extended from 32 bits. */
static void note(struct rv_state *st, struct out *o, unsigned base, int32_t off, int wide)
{
	uint64_t a;

	if (st->hi[base] != NONE) {
		a = (base ? st->hi[base] : 0) + (uint64_t)(int64_t)off;
		st->hi[base] = NONE;
	} else if (base == 4 || base == 0) {
		a = (uint64_t)(int64_t)off;
	} else {
		return;
	}
	o->note = 1;
	o->note_addr = wide ? (uint64_t)(int64_t)(int32_t)a : a;
}

static uint32_t field(uint32_t w, unsigned lo, unsigned n)
{
	return w >> lo & ((1u << n) - 1);
}

static int32_t sext(uint32_t v, unsigned bits)
{
	return (int32_t)(v << (32 - bits)) >> (32 - bits);
}

/* The operands of one row's text, after its mnemonic. */
static void operands(struct rv_state *st, struct out *o, const char *a, uint32_t w,
		     uint64_t addr, struct dis_insn *out)
{
	unsigned rd = field(w, 7, 5), rs1 = field(w, 15, 5);
	int32_t iimm = (int32_t)w >> 20;
	int32_t simm = (int32_t)(w & 0xfe000000) >> 20 | (int32_t)field(w, 7, 5);
	int32_t ci = sext(field(w, 12, 1) << 5 | field(w, 2, 5), 6);
	int jalr = (w & 0x707f) == 0x67;

	for (; *a; a++) {
		const char *fmt = "%lld";       /* or hex */
		long long v = 0;
		int reg = -1;

		switch (*a) {
		case 'd':
			/* What lui, auipc and c.lui leave in rd. */
			if ((w & 0x7f) == 0x17)
				st->hi[rd] = addr + (uint64_t)(int64_t)(int32_t)(w & 0xfffff000);
			else if ((w & 0x7f) == 0x37)
				st->hi[rd] = (uint64_t)(int64_t)(int32_t)(w & 0xfffff000);
			else if ((w & 0xe003) == 0x6001)
				st->hi[rd] = (uint64_t)((int64_t)ci * 4096);
			reg = (int)rd;
			break;
		case 's':
			if (jalr)
				note(st, o, rs1, iimm, 0);
			reg = (int)rs1;
			break;
		case 't': reg = (int)field(w, 20, 5); break;
		case 'C': reg = 8 + (int)field(w, 7, 3); break;
		case 'D': reg = 8 + (int)field(w, 2, 3); break;
		case 'V': reg = (int)field(w, 2, 5); break;
		case 'S': reg = 2; break;
		case 'o':
			/* A load or jalr offset; jalr's notes once more
			 * below, as objdump's does. */
			note(st, o, rs1, iimm, 0);
			/* fall through */
		case 'j':
			if (((w & 0x707f) == 0x13 && rs1) || jalr)
				note(st, o, rs1, iimm, 0);
			if ((w & 0x707f) == 0x1b && rs1)
				note(st, o, rs1, iimm, 1);
			v = iimm;
			break;
		case 'q':
			note(st, o, rs1, simm, 0);
			v = simm;
			break;
		case 'u': v = w >> 12; fmt = "0x%llx"; break;
		case 'p':
			v = sext(field(w, 31, 1) << 12 | field(w, 7, 1) << 11 |
				 field(w, 25, 6) << 5 | field(w, 8, 4) << 1, 13);
			goto target;
		case 'a':
			v = sext(field(w, 31, 1) << 20 | field(w, 12, 8) << 12 |
				 field(w, 20, 1) << 11 | field(w, 21, 10) << 1, 21);
		target:
			out->has_target = 1;
			out->target = addr + (uint64_t)v;
			v = (long long)out->target;
			fmt = "0x%llx";
			break;
		case '>': v = field(w, 20, 6); fmt = "0x%llx"; break;
		case '<': v = field(w, 20, 5); fmt = "0x%llx"; break;
		case 'P':
		case 'Q':
			v = field(w, *a == 'P' ? 24 : 20, 4);
			put(o, "%s", v ? rv_fence_set[v] : "unknown");
			continue;
		case 'x':
			/* c.addi and c.addiw note like addi and addiw */
			if ((w & 0xe003) == 0x0001 && rd)
				note(st, o, rd, ci, 0);
			if ((w & 0xe003) == 0x2001 && rd)
				note(st, o, rd, ci, 1);
			v = ci;
			break;
		case 'y': v = ci & 0xfffff; fmt = "0x%llx"; break;
		case 'z': v = ci & 0x3f; fmt = "0x%llx"; break;
		case 'K':
			v = field(w, 11, 2) << 4 | field(w, 7, 4) << 6 | field(w, 6, 1) << 2 |
			    field(w, 5, 1) << 3;
			break;
		case 'L':
			v = sext(field(w, 12, 1) << 9 | field(w, 6, 1) << 4 | field(w, 5, 1) << 6 |
				 field(w, 3, 2) << 7 | field(w, 2, 1) << 5, 10);
			break;
		case 'k': v = field(w, 10, 3) << 3 | field(w, 6, 1) << 2 | field(w, 5, 1) << 6; break;
		case 'l': v = field(w, 10, 3) << 3 | field(w, 5, 2) << 6; break;
		case 'm': v = field(w, 12, 1) << 5 | field(w, 4, 3) << 2 | field(w, 2, 2) << 6; break;
		case 'n': v = field(w, 12, 1) << 5 | field(w, 5, 2) << 3 | field(w, 2, 3) << 6; break;
		case 'M': v = field(w, 9, 4) << 2 | field(w, 7, 2) << 6; break;
		case 'N': v = field(w, 10, 3) << 3 | field(w, 7, 3) << 6; break;
		default:
			put(o, "%c", *a);
			continue;
		}
		if (reg >= 0)
			put(o, "%s", rv_gpr[reg]);
		else
			put(o, fmt, v);
	}
}

/* objdump's length rule, from the low bits of the first halfword. */
static unsigned rv_len(unsigned h)
{
	if ((h & 3) != 3)
		return 2;
	if ((h & 0x1f) != 0x1f)
		return 4;
	if ((h & 0x3f) == 0x1f)
		return 6;
	if ((h & 0x7f) == 0x3f)
		return 8;
	if ((h & 0x7000) != 0x7000)
		return 10 + (h >> 11 & 0xe);
	return 2;
}

static void rv_decode(const struct dis *d, const unsigned char *code, size_t avail,
		      uint64_t addr, struct dis_insn *out)
{
	struct rv_state *st = d->state;
	struct out o = { out->text, out->text + sizeof(out->text), 0, 0 };
	unsigned len = avail >= 2 ? rv_len(get16(code, 0)) : 1;
	int cut = len > avail;  /* cut off by the end: its bytes, below */
	const char *t, *sp;
	uint64_t w = 0;
	size_t i;

	if (cut)
		len = (unsigned)avail;
	out->len = len;
	for (i = 0; i < len && i < 8; i++)
		w |= (uint64_t)code[i] << 8 * i;
	for (i = 0, t = rv_texts; !cut && len <= 4 && i < NROWS; i++, t = sp + strlen(sp) + 1) {
		for (sp = t; *sp && *sp != ' '; sp++)
			;
		if (rv_forms[i].len != len || (w & rv_forms[i].mask) != rv_forms[i].value)
			continue;
		if (!*t)
			break;          /* objdump: undefined */
		put(&o, "%.*s", (int)(sp - t), t);
		if ((w & 0x7f) == 0x2f)
			put(&o, "%s%s", w & 0x1000 ? ".d" : ".w",
			    (const char *[]){ "", ".rl", ".aq", ".aqrl" }[w >> 25 & 3]);
		if (*sp) {
			put(&o, "\t");
			operands(st, &o, sp + 1, (uint32_t)w, addr, out);
		}
		if (o.note) {
			put(&o, " # 0x%llx", (unsigned long long)o.note_addr);
			/* auipc+jalr: the JIT's call and far jump */
			if ((w & 0x707f) == 0x67) {
				out->has_target = 1;
				out->target = o.note_addr;
			}
		}
		out->known = 1;
		return;
	}
	/* flw, fld, fsw and fsd are not the JIT's, but objdump decodes them
	 * and they use up rs1's remembered value as a load or store would. */
	if (!cut && ((w & 0x607f) == 0x2007 || (w & 0x607f) == 0x2027)) {
		struct out scratch = o;
		int32_t off = (w & 0x7f) == 0x07 ? (int32_t)w >> 20 :
			      (int32_t)(w & 0xfe000000) >> 20 | (int32_t)field((uint32_t)w, 7, 5);

		note(st, &scratch, field((uint32_t)w, 15, 5), off, 0);
	}
	if (!cut && (len == 2 || len == 4 || len == 8)) {
		put(&o, ".%ubyte\t0x%llx", len, (unsigned long long)w);
	} else {
		put(&o, ".byte\t");
		for (i = 0; i < len; i++)
			put(&o, "%s0x%02x", i ? ", " : "", code[i]);
	}
}

const struct dis_machine dis_riscv64 = {
	.name = "riscv64", .unit = 2, .addr_digits = 16, .bytes_per_line = 8, .chunk = 0,
	.objdump = "riscv64-linux-gnu -m riscv:rv64",
	.decode = rv_decode, .open = rv_open,
	.forms = rv_forms, .nforms = NROWS,
};
