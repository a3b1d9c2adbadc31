// SPDX-License-Identifier: GPL-2.0-only
/* PowerPC decoder for bpf-jitdis: the instruction forms the kernel's
 * powerpc BPF JIT emits (arch/powerpc/net/bpf_jit*.c through the
 * PPC_RAW_* macros of asm/ppc-opcode.h, Linux 6.1 to current: the 64-bit
 * JIT with its prologue, helper and bpf-to-bpf calls through the TOC or
 * an immediate address, tail calls, atomics, the ftrace stubs and the
 * trampolines, the prefixed pla/paddi of POWER10 kernels; and the 32-bit
 * JIT of the older boards), printed exactly as GNU objdump 2.40 prints
 * them with -M power10 -M any (its default): extended mnemonics (li, mr,
 * nop, slwi, clrldi, beq, ...), r0..r31, decimal immediates, branch
 * targets as addresses.
 *
 * One table, read like the encoding tables of the Power ISA: mask,
 * value, mnemonic, operands.  The first row that matches a word, and
 * whose operand layout accepts it, prints it, so an extended mnemonic is
 * a row before the instruction it stands for.  A layout refuses a word
 * when the alias condition is not a plain field value (slwi of rlwinm:
 * ME == 31 - SH; mr: RS == RB); the word then goes on to the next row.
 * Rows are grouped so each machine's forms are one contiguous slice:
 *
 *   P(little-endian) | D | C | P(big-endian)
 *
 * C: every machine; D: 64-bit only; P: the 8-byte prefixed instructions
 * of ISA 3.1, whose form value is the two words read as one integer in
 * the machine's byte order, so their masks differ by byte order.
 * ppc = C, ppc64le = P D C, ppc64 = D C P. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "dis.h"
#include "endian.h"
#include "num.h"

/* Operand letters, printed comma-separated in order:
 *   T A B  rT/rS (bits 25..21), rA (20..16), rB (15..11)
 *   Z      rA or 0 (the RA|0 operand of indexed loads and stores)
 *   I U    16-bit immediate, signed or unsigned, decimal
 *   D S    d(rA|0) of a D-form, ds(rA|0) of a DS-form (low 2 bits clear)
 *   W      SH,MB,ME of an M-form rotate
 *   H M E  SH, MB, 31 - ME of an M-form (rotlwi, srwi, clrrwi, ...)
 *   X Y V  SH, MB (or ME), 63 - ME of an MD- or XS-form (6 bits)
 *   F C    "crN" of a compare's BF, of a branch's BI; nothing for cr0
 *   J O    targets of an I-form branch (b), of a B-form one (bc)
 *   N      rT as a number (mbar's MO)
 *   L      "20,4*cr7+so": the bcl 20,31 that reads the program counter
 *   P Q    34-bit immediate of a prefixed addi; Q: pla's, with objdump's
 *          "# address" comment
 * and these, which print nothing:
 *   . @ ?  append "." when Rc (bit 0) is set, "l" when LK (bit 0) is;
 *          append the condition of a bc (ppc_cond)
 *   =      refuse unless rS == rB (mr, not)
 *   < >    refuse unless ME == 31 - SH (slwi), MB == 32 - SH (srwi)
 *   [ ]    refuse unless ME == 63 - SH (sldi), MB == 64 - SH (srdi)
 * (letters between '<' and ']', so the switch's table stays short) */

/* Every machine: the 32-bit JIT's whole set, and the 64-bit JIT's word
 * operations, loads and stores, branches, calls (mtctr/bctrl), the
 * barriers (sync is objdump's power10 "hwsync"; the POWER9
 * store-forwarding barrier, eieio|0x02000000, is e500's "mbar 16" to
 * -M any) and the trap the JIT fills its images with.  nop, exser, xnop
 * and the or hints (miso ...) are what objdump calls some values of the
 * ori, xori and or rows.  stwu only builds the frame, on r1 (objdump
 * names stwu with rA 0 POWER's "stu"). */
#define GROUP_C(X) \
	X(0xffffffff, 0x60000000, "nop",    "") \
	X(0xffffffff, 0x63ff0000, "exser",  "")     /* ori 31,31,0 */ \
	X(0xffffffff, 0x68000000, "xnop",   "")     /* xori 0,0,0 */ \
	X(0xffffffff, 0x7fe00008, "trap",   "")     /* tw 31,0,0 */ \
	X(0xffffffff, 0x7c0004ac, "hwsync", "") \
	X(0xffffffff, 0x7c2004ac, "lwsync", "") \
	X(0xffffffff, 0x7e0006ac, "mbar",   "N") \
	X(0xffffffff, 0x4c00012c, "isync",  "") \
	X(0xfffffffe, 0x4e800020, "blr",    "@") \
	X(0xfffffffe, 0x4e800420, "bctr",   "@") \
	X(0xffffffff, 0x7f5ad378, "miso",   "")     /* or 26,26,26 */ \
	X(0xffffffff, 0x7f7bdb78, "yield",  "")     /* or 27,27,27 */ \
	X(0xffffffff, 0x7fbdeb78, "mdoio",  "")     /* or 29,29,29 */ \
	X(0xffffffff, 0x7fdef378, "mdoom",  "")     /* or 30,30,30 */ \
	X(0xfc1fffff, 0x7c0802a6, "mflr",   "T") \
	X(0xfc1fffff, 0x7c0803a6, "mtlr",   "T") \
	X(0xfc1fffff, 0x7c0903a6, "mtctr",  "T") \
	X(0xfc000002, 0x48000000, "b",      "@J") \
	X(0xffff0003, 0x429f0001, "bcl",    "LO") \
	X(0xfee00003, 0x40800000, "b",      "?CO") \
	X(0xfc000000, 0x1c000000, "mulli",  "TAI") \
	X(0xfc000000, 0x20000000, "subfic", "TAI") \
	X(0xfc600000, 0x28000000, "cmplwi", "FAU") \
	X(0xfc600000, 0x2c000000, "cmpwi",  "FAI") \
	X(0xfc000000, 0x30000000, "addic",  "TAI") \
	X(0xfc1f0000, 0x38000000, "li",     "TI") \
	X(0xfc000000, 0x38000000, "addi",   "TAI") \
	X(0xfc1f0000, 0x3c000000, "lis",    "TI") \
	X(0xfc000000, 0x3c000000, "addis",  "TAI") \
	X(0xfc000000, 0x50000000, "rlwimi", ".ATW") \
	X(0xfc0007fe, 0x5400003e, "rotlwi", ".ATH") \
	X(0xfc00f83e, 0x5400003e, "clrlwi", ".ATM") \
	X(0xfc00ffc0, 0x54000000, "clrrwi", ".ATE") \
	X(0xfc0007c0, 0x54000000, "slwi",   ".<ATH") \
	X(0xfc00003e, 0x5400003e, "srwi",   ".>ATM") \
	X(0xfc000000, 0x54000000, "rlwinm", ".ATW") \
	X(0xfc000000, 0x60000000, "ori",    "ATU") \
	X(0xfc000000, 0x64000000, "oris",   "ATU") \
	X(0xfc000000, 0x68000000, "xori",   "ATU") \
	X(0xfc000000, 0x6c000000, "xoris",  "ATU") \
	X(0xfc000000, 0x70000000, "andi.",  "ATU") \
	X(0xfc000000, 0x74000000, "andis.", "ATU") \
	X(0xfc6007ff, 0x7c000000, "cmpw",   "FAB") \
	X(0xfc6007ff, 0x7c000040, "cmplw",  "FAB") \
	X(0xfc0007fe, 0x7c000010, "subfc",  ".TAB") \
	X(0xfc0007fe, 0x7c000014, "addc",   ".TAB") \
	X(0xfc0007fe, 0x7c000016, "mulhwu", ".TAB") \
	X(0xfc0007fe, 0x7c000050, "subf",   ".TAB") \
	X(0xfc00fffe, 0x7c0000d0, "neg",    ".TA") \
	X(0xfc0007fe, 0x7c000110, "subfe",  ".TAB") \
	X(0xfc0007fe, 0x7c000114, "adde",   ".TAB") \
	X(0xfc00fffe, 0x7c000190, "subfze", ".TA") \
	X(0xfc00fffe, 0x7c000194, "addze",  ".TA") \
	X(0xfc00fffe, 0x7c0001d4, "addme",  ".TA") \
	X(0xfc0007fe, 0x7c0001d6, "mullw",  ".TAB") \
	X(0xfc0007fe, 0x7c000214, "add",    ".TAB") \
	X(0xfc0007fe, 0x7c000396, "divwu",  ".TAB") \
	X(0xfc0007fe, 0x7c0003d6, "divw",   ".TAB") \
	X(0xfc0007fe, 0x7c000038, "and",    ".ATB") \
	X(0xfc0007fe, 0x7c0000f8, "not",    ".=AT") \
	X(0xfc0007fe, 0x7c0000f8, "nor",    ".ATB") \
	X(0xfc0007fe, 0x7c000378, "mr",     ".=AT") \
	X(0xfc0007fe, 0x7c000378, "or",     ".ATB") \
	X(0xfc0007fe, 0x7c000278, "xor",    ".ATB") \
	X(0xfc0007fe, 0x7c000030, "slw",    ".ATB") \
	X(0xfc0007fe, 0x7c000430, "srw",    ".ATB") \
	X(0xfc0007fe, 0x7c000630, "sraw",   ".ATB") \
	X(0xfc0007fe, 0x7c000670, "srawi",  ".ATH") \
	X(0xfc00fffe, 0x7c000734, "extsh",  ".AT") \
	X(0xfc00fffe, 0x7c000774, "extsb",  ".AT") \
	X(0xfc0007ff, 0x7c000028, "lwarx",  "TZB") \
	X(0xfc0007ff, 0x7c00012d, "stwcx.", "TZB") \
	X(0xfc0007ff, 0x7c00042c, "lwbrx",  "TZB") \
	X(0xfc000000, 0x80000000, "lwz",    "TD") \
	X(0xfc000000, 0x88000000, "lbz",    "TD") \
	X(0xfc000000, 0x90000000, "stw",    "TD") \
	X(0xfc1f0000, 0x94010000, "stwu",   "TD") \
	X(0xfc000000, 0x98000000, "stb",    "TD") \
	X(0xfc000000, 0xa0000000, "lhz",    "TD") \
	X(0xfc000000, 0xa8000000, "lha",    "TD") \
	X(0xfc000000, 0xb0000000, "sth",    "TD")

/* 64-bit only: doubleword compares, rotates and shifts (sldi/srdi, and
 * the clrldi zero extension of the ALU32 operations), multiply and
 * divide, ld/std and their DS-form relatives (lwa is the cpu-v4
 * sign-extending load; stdu builds the frame, on r1 only: objdump calls
 * stdu with rA 0 invalid), ldx/stdx for offsets that are not a multiple
 * of 4, ldarx/stdcx. atomics, ldbrx for bswap64. */
#define GROUP_D(X) \
	X(0xfc600000, 0x28200000, "cmpldi", "FAU") \
	X(0xfc600000, 0x2c200000, "cmpdi",  "FAI") \
	X(0xfc6007ff, 0x7c200000, "cmpd",   "FAB") \
	X(0xfc6007ff, 0x7c200040, "cmpld",  "FAB") \
	X(0xfc0007fc, 0x78000000, "rotldi", ".ATX") \
	X(0xfc00f81e, 0x78000000, "clrldi", ".ATY") \
	X(0xfc00001c, 0x78000000, "srdi",   ".]ATY") \
	X(0xfc00001c, 0x78000000, "rldicl", ".ATXY") \
	X(0xfc00f81e, 0x78000004, "clrrdi", ".ATV") \
	X(0xfc00001c, 0x78000004, "sldi",   ".[ATX") \
	X(0xfc00001c, 0x78000004, "rldicr", ".ATXY") \
	X(0xfc0007fe, 0x7c0001d2, "mulld",  ".TAB") \
	X(0xfc0007fe, 0x7c000392, "divdu",  ".TAB") \
	X(0xfc0007fe, 0x7c0003d2, "divd",   ".TAB") \
	X(0xfc0007fe, 0x7c000036, "sld",    ".ATB") \
	X(0xfc0007fe, 0x7c000436, "srd",    ".ATB") \
	X(0xfc0007fe, 0x7c000634, "srad",   ".ATB") \
	X(0xfc0007fc, 0x7c000674, "sradi",  ".ATX") \
	X(0xfc00fffe, 0x7c0007b4, "extsw",  ".AT") \
	X(0xfc0007ff, 0x7c00002a, "ldx",    "TZB") \
	X(0xfc0007ff, 0x7c00012a, "stdx",   "TZB") \
	X(0xfc0007ff, 0x7c0000a8, "ldarx",  "TZB") \
	X(0xfc0007ff, 0x7c0001ad, "stdcx.", "TZB") \
	X(0xfc0007ff, 0x7c000428, "ldbrx",  "TZB") \
	X(0xfc000003, 0xe8000000, "ld",     "TS") \
	X(0xfc000003, 0xe8000002, "lwa",    "TS") \
	X(0xfc000003, 0xf8000000, "std",    "TS") \
	X(0xfc1f0003, 0xf8010001, "stdu",   "TS")

/* POWER10 (ISA 3.1) kernels built pc-relative (CONFIG_PPC_KERNEL_PCREL)
 * load a helper's address into r12 with paddi r12,r12 (off the kernel
 * base) or pla r12: an MLS prefix (R: pc-relative, the 18 high bits of
 * the immediate) on an addi.  Prefix mask and value, suffix mask and
 * value. */
#define GROUP_P(X) \
	X(0xfffc0000, 0x06000000, 0xffff0000, 0x398c0000, "paddi",  "TAP") \
	X(0xfffc0000, 0x06100000, 0xffff0000, 0x39800000, "pla",    "TQ")

#define FORM(mask, value, name, ops) { mask, value, 0 },
#define FORM_BE(pm, pv, sm, sv, name, ops) \
	{ (uint64_t)(pm) << 32 | (sm), (uint64_t)(pv) << 32 | (sv), 8 },
#define FORM_LE(pm, pv, sm, sv, name, ops) \
	{ (uint64_t)(sm) << 32 | (pm), (uint64_t)(sv) << 32 | (pv), 8 },
#define TEXT(mask, value, name, ops) { name, ops },
#define TEXT_P(pm, pv, sm, sv, name, ops) { name, ops },
#define COUNT(mask, value, name, ops) + 1
#define COUNT_P(pm, pv, sm, sv, name, ops) + 1

enum { N_C = 0 GROUP_C(COUNT), N_D = 0 GROUP_D(COUNT), N_P = 0 GROUP_P(COUNT_P) };

static const struct dis_form ppc_forms[] = {
	GROUP_P(FORM_LE) GROUP_D(FORM) GROUP_C(FORM) GROUP_P(FORM_BE)
};

/* The mnemonic and operand letters of each form, by the same index
 * (neither needs its NUL: 6 and 5 characters at most). */
static const struct ppc_text {
	char name[6];
	char ops[5];
} ppc_text[] = {
	GROUP_P(TEXT_P) GROUP_D(TEXT) GROUP_C(TEXT) GROUP_P(TEXT_P)
};

/* The conditions of a bc that tests a bit of a CR field, by BO's
 * "branch if true" bit and the bit (lt, gt, eq, so) within the field. */
static const char ppc_cond[8][3] = { "ge", "le", "ne", "ns", "lt", "gt", "eq", "so" };

/* Plain decimal and rN operands, most of every listing, are written
 * here: sprintf for each made bpf-jitdis slower than objdump allows. */
static const char fmt_dec[] = "%" PRId64, fmt_reg[] = "r%" PRId64;

static char *put_dec(char *q, int64_t v)
{
	if (v < 0)
		*q++ = '-';
	return put_u64(q, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
}

/* Prints the row's text of w (for a prefixed instruction: of its suffix
 * w and prefix p) into out; 0 when the row's layout refuses it. */
static int ppc_print(const struct ppc_text *t, uint32_t w, uint32_t p, uint64_t addr,
		     uint64_t amask, struct dis_insn *out)
{
	unsigned rt = w >> 21 & 31, ra = w >> 16 & 31, rb = w >> 11 & 31;
	unsigned mb = w >> 6 & 31, me = w >> 1 & 31;
	unsigned sh6 = rb | (w & 2) << 4, mb6 = mb | (w & 0x20);
	char ops[64], *q = ops;
	const char *suffix = "";
	int n;

	for (const char *o = t->ops; o < t->ops + sizeof(t->ops) && *o; o++) {
		/* One operand: fmt of v, and of x1 and x2 where it has more. */
		const char *fmt = fmt_dec;
		int64_t v;
		uint64_t x1 = ra, x2 = me;

		if (*o == '.') {
			if (w & 1)
				suffix = ".";
			continue;
		}
		switch (*o) {
		case '@': if (w & 1) suffix = "l"; continue;
		case '?': suffix = ppc_cond[(w >> 22 & 4) | (w >> 16 & 3)]; continue;
		case '=': if (rt != rb) return 0; continue;
		case '<': if (me + rb != 31) return 0; continue;
		case '>': if (mb + rb != 32) return 0; continue;
		case '[': if (mb6 + sh6 != 63) return 0; continue;
		case ']': if (mb6 + sh6 != 64) return 0; continue;
		case 'T': v = rt; fmt = fmt_reg; break;
		case 'A': v = ra; fmt = fmt_reg; break;
		case 'B': v = rb; fmt = fmt_reg; break;
		case 'Z': v = ra; fmt = ra ? fmt_reg : "0"; break;
		case 'N': v = rt; break;
		case 'I': v = (int16_t)w; break;
		case 'U': v = w & 0xffff; break;
		case 'D':
		case 'S':
			v = (int16_t)(w & (*o == 'S' ? 0xfffc : 0xffff));
			fmt = ra ? "%" PRId64 "(r%" PRIu64 ")" : "%" PRId64 "(0)";
			break;
		case 'W': v = rb; x1 = mb; fmt = "%" PRId64 ",%" PRIu64 ",%" PRIu64; break;
		case 'H': v = rb; break;
		case 'M': v = mb; break;
		case 'E': v = 31 - me; break;
		case 'X': v = sh6; break;
		case 'Y': v = mb6; break;
		case 'V': v = 63 - mb6; break;
		case 'F': v = w >> 23 & 7; fmt = "cr%" PRId64; if (!v) continue; break;
		case 'C': v = w >> 18 & 7; fmt = "cr%" PRId64; if (!v) continue; break;
		case 'L': v = 0; fmt = "20,4*cr7+so"; break;
		case 'P':
		case 'Q':
			/* 34 bits: the prefix's 18 high ones, the suffix's 16. */
			v = (int64_t)((uint64_t)(p & 0x3ffff) << 46 | (uint64_t)(w & 0xffff) << 30)
			    >> 30;
			x1 = (addr + (uint64_t)v) & amask;
			if (*o == 'Q')
				fmt = "%" PRId64 "\t# %" PRIx64;
			break;
		default:        /* 'J', 'O': relative to the branch itself */
			v = *o == 'O' ? (int16_t)(w & 0xfffc) : (int32_t)(w << 6) >> 6 & ~3;
			out->has_target = 1;
			out->target = (addr + (uint64_t)v) & amask;
			v = (int64_t)out->target;
			fmt = "0x%" PRIx64;
			break;
		}
		if (q != ops)
			*q++ = ',';
		if (fmt == fmt_reg)
			*q++ = 'r';
		if (fmt == fmt_reg || fmt == fmt_dec)
			q = put_dec(q, v);
		else
			q += sprintf(q, fmt, v, x1, x2);
	}
	*q = 0;
	/* objdump pads the mnemonic to 8 columns, with at least a space. */
	n = (int)strnlen(t->name, sizeof(t->name));
	memcpy(out->text, t->name, (size_t)n);
	n += (int)strlen(strcpy(out->text + n, suffix));
	if (ops[0]) {
		do
			out->text[n++] = ' ';
		while (n < 8);
		strcpy(out->text + n, ops);
	}
	return 1;
}

static void ppc_decode(const struct dis *d, const unsigned char *code, size_t avail,
		       uint64_t addr, struct dis_insn *out)
{
	const struct dis_machine *m = d->m;
	/* 32-bit machines print addresses of 32 bits: targets wrap there. */
	uint64_t amask = m->variant == 64 ? ~0ull : 0xffffffffull, v = 0;
	uint32_t w, s = 0;

	if (avail < 4) {        /* what objdump says of a last partial word */
		out->len = (unsigned)avail;
		sprintf(out->text, "Address 0x%" PRIx64 " is out of bounds.", addr);
		return;
	}
	w = get32(code, m->big_endian);
	if (avail >= 8) {       /* a prefix and its suffix, as the forms read them */
		s = get32(code + 4, m->big_endian);
		v = m->big_endian ? (uint64_t)w << 32 | s : (uint64_t)s << 32 | w;
	}
	for (const struct dis_form *f = m->forms; f < m->forms + m->nforms; f++) {
		int pfx = f->len == 8;

		if ((pfx ? avail >= 8 && (v & f->mask) == f->value : (w & f->mask) == f->value)
		    && ppc_print(&ppc_text[f - ppc_forms], pfx ? s : w, w, addr, amask, out)) {
			out->len = pfx ? 8 : 4;
			out->known = 1;
			return;
		}
	}
	/* An ISA 3.1 prefix the table does not spell out takes its suffix
	 * along, so the listing stays in step with objdump's, which reads
	 * 8 bytes there (D-form loads and stores, VSX, MMA); it shows as the
	 * prefix word's .long.  A prefix: opcode 1, bits 23..21 and 19..18
	 * clear, or the MMIRR type with bits 23..20 1001. */
	out->len = avail >= 8 && ((w & 0xfcec0000) == 0x04000000 || (w & 0xfff00000) == 0x07900000)
		   ? 8 : 4;
	out->has_target = 0;
	sprintf(out->text, ".long 0x%" PRIx32, w);
}

/* Each machine's slice of the table. */
enum { P_LE = 0, D64 = N_P, C32 = N_P + N_D };

/* The names are uname -m's; the aliases Debian's architectures.  The
 * objdump flags spell out binutils 2.40's default for powerpc: the POWER10
 * dialect (prefixed pla/paddi; sync as hwsync), then any other (mbar);
 * --insn-width=8 keeps the bytes of a prefixed instruction on its line,
 * one line an instruction as tests/dis.test counts them.
 * variant: the word size. */
const struct dis_machine dis_ppc64le = {
	.name = "ppc64le", .alias = "ppc64el", .big_endian = 0, .unit = 4,
	.addr_digits = 16, .bytes_per_line = 4, .chunk = 1,
	.objdump = "powerpc64le-linux-gnu -m powerpc:common64 -M power10 -M any -EL --insn-width=8",
	.decode = ppc_decode, .forms = ppc_forms + P_LE, .nforms = N_P + N_D + N_C,
	.variant = 64,
};

const struct dis_machine dis_ppc64 = {
	.name = "ppc64", .big_endian = 1, .unit = 4,
	.addr_digits = 16, .bytes_per_line = 4, .chunk = 1,
	.objdump = "powerpc64-linux-gnu -m powerpc:common64 -M power10 -M any -EB --insn-width=8",
	.decode = ppc_decode, .forms = ppc_forms + D64, .nforms = N_D + N_C + N_P,
	.variant = 64,
};

const struct dis_machine dis_ppc = {
	.name = "ppc", .alias = "powerpc", .big_endian = 1, .unit = 4,
	.addr_digits = 8, .bytes_per_line = 4, .chunk = 1,
	.objdump = "powerpc-linux-gnu -m powerpc:common -M power10 -M any -EB --insn-width=8",
	.decode = ppc_decode, .forms = ppc_forms + C32, .nforms = N_C,
	.variant = 32,
};
