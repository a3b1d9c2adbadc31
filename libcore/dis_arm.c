// SPDX-License-Identifier: GPL-2.0-only
/* 32-bit ARM (A32) decoder for bpf-jitdis: the instruction forms the
 * kernel's arm BPF JIT (arch/arm/net/bpf_jit_32.[ch]) emits, printed the
 * way GNU objdump -m arm prints them (binutils 2.40, UAL: push/pop, the
 * lsl/lsr/asr/ror/rrx aliases of mov, "@" comments).  Every form takes a
 * condition field; condition 0b1111 is another instruction space (the
 * unconditional one) where the JIT emits nothing, so it stays undecoded. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dis.h"
#include "endian.h"

/* Row flags: an "s" from bit 20; what objdump calls UNPREDICTABLE (it
 * appends a note): pc in a register field, a multiply-long's two
 * destinations the same, a byte (bit 22) to or from pc. */
#define FL_S    0x01
#define UNP0    0x02    /* bits 3:0 */
#define UNP8    0x04    /* bits 11:8 */
#define UNP12   0x08    /* bits 15:12 */
#define UNP16   0x10    /* bits 19:16 */
#define UNPEQ   0x20    /* bits 15:12 equal to 19:16 */
#define UNPB    0x40    /* bit 22 and bits 15:12 pc */

/* The mnemonics of data processing, by opcode (bits 24:21). */
#define DP "and|eor|sub|rsb|add|adc|sbc|rsc|tst|teq|cmp|cmn|orr|mov|bic|mvn\t"

/*
 * The forms, top to bottom as the manual's encoding tables (ARM DDI 0406,
 * A5): (word & mask) == value, the condition field (31:28) left out.
 * The text is the mnemonic, a tab and the operands.  Where one row serves
 * several mnemonics, the bits in sel, read from low to high, index the
 * "|"-separated names.  The first matching row wins, so special cases
 * come first.  In the operands, ',' is ", " and
 *   0 2 3 4  the register in bits 3:0, 11:8, 15:12, 19:16
 *   N        bits 15:12 as "r<n>" (objdump's ldrex)
 *   I        data processing's rotated immediate
 *   S  Z     Rm shifted by an immediate, Rm shifted by Rs
 *   K        a shift's amount
 *   D        data processing's Rd and Rn, as the opcode has them
 *   A  X     the address of a word/byte, of an extra load/store
 *   M        load/store multiple, its aliases included
 *   B        the branch target
 *   W  U     the 16-bit immediate of movw/movt, of udf
 *   H  T     a hint's number, an extend's rotation
 * other characters stand for themselves.
 *
 * The decoder leaves condition 0b1111 alone; how the checker walks a row
 * (make check-dis) depends on what objdump makes of that condition there:
 *   R()  objdump has unconditional instructions in the row's space (NEON,
 *        pld, blx, rfe, setpan): the row's forms are the other fifteen
 *        conditions;
 *   C()  objdump has none there either, so the form takes any condition
 *        and both print 0b1111 as undefined;
 *   A()  objdump knows the encoding only with condition AL: the mask
 *        covers 31:28.
 */
#define ARM_ROWS(R, C, A) \
	A(0xfff000f0, 0xe7f000f0, 0, "udf\tU", 0)       /* the JIT's hole fill */ \
	R(0x0fffffff, 0x0320f000, 0, "nop\tH", 0) \
	/* miscellaneous: branch and exchange (ARM_BX, ARM_BLX_R), clz */ \
	C(0x0ffffff0, 0x012fff10, 0, "bx\t0", 0) \
	C(0x0ffffff0, 0x012fff30, 0, "blx\t0", UNP0) \
	C(0x0fff0ff0, 0x016f0f10, 0, "clz\t3,0", UNP12 | UNP0) \
	/* synchronization primitives */ \
	C(0x0ff00fff, 0x01900f9f, 0, "ldrex\tN,[4]", UNP16) \
	C(0x0ff00ff0, 0x01800f90, 0, "strex\t3,0,[4]", UNP12 | UNP0 | UNP16) \
	/* multiply (ARM_MUL, ARM_MLS, ARM_UMULL) */ \
	C(0x0fe000f0, 0x00000090, 0, "mul\t4,0,2", FL_S | UNP16 | UNP0 | UNP8) \
	C(0x0fe000f0, 0x00200090, 0, "mla\t4,0,2,3", FL_S | UNP16 | UNP0 | UNP8 | UNP12) \
	C(0x0ff000f0, 0x00600090, 0, "mls\t4,0,2,3", UNP16 | UNP0 | UNP8 | UNP12) \
	C(0x0f8000f0, 0x00800090, 0x00600000, "umull|umlal|smull|smlal\t3,4,0,2", \
	  FL_S | UNP16 | UNP0 | UNP8 | UNP12 | UNPEQ) \
	/* extra load/store, offset addressing (P=1, W=0): immediate offset \
	 * (ARM_LDRH_I, ARM_STRH_I, ARM_LDRD_I, ARM_STRD_I, ARM_LDRSB_I, \
	 * ARM_LDRSH_I), register offset added, U=1 (ARM_LDRH_R) */ \
	C(0x0f6000f0, 0x014000b0, 0x00100000, "strh|ldrh\t3,X", UNP12) \
	C(0x0f7000d0, 0x014000d0, 0x00000020, "ldrd|strd\t3,X", 0) \
	C(0x0f7000d0, 0x015000d0, 0x00000020, "ldrsb|ldrsh\t3,X", UNP12) \
	C(0x0fe00ff0, 0x018000b0, 0x00100000, "strh|ldrh\t3,X", UNP12) \
	C(0x0ff00fd0, 0x018000d0, 0x00000020, "ldrd|strd\t3,X", 0) \
	C(0x0ff00fd0, 0x019000d0, 0x00000020, "ldrsb|ldrsh\t3,X", UNP12) \
	/* data processing: immediate (ARM_*_I), register shifted by an \
	 * immediate (ARM_*_R, ARM_*_SI, ARM_LSL_I...), register shifted by \
	 * a register (ARM_*_SR, ARM_LSL_R...); the rows fix part of the \
	 * opcode: 10xx (tst teq cmp cmn) only with S set, S clear there is \
	 * other instructions */ \
	R(0x0f000000, 0x02000000, 0x01e00000, DP "DI", FL_S) \
	R(0x0f900000, 0x03100000, 0x01e00000, DP "DI", 0) \
	R(0x0f800000, 0x03800000, 0x01e00000, DP "DI", FL_S) \
	C(0x0f000010, 0x00000000, 0x01e00000, DP "DS", FL_S) \
	R(0x0f900010, 0x01100000, 0x01e00000, DP "DS", 0) \
	C(0x0f800010, 0x01800000, 0x01e00000, DP "DS", FL_S) \
	C(0x0f000090, 0x00000010, 0x01e00000, DP "DZ", FL_S) \
	C(0x0f900090, 0x01100010, 0x01e00000, DP "DZ", 0) \
	C(0x0f800090, 0x01800010, 0x01e00000, DP "DZ", FL_S) \
	/* 16-bit immediate moves (ARM_MOVW, ARM_MOVT) */ \
	R(0x0fb00000, 0x03000000, 0x00400000, "movw|movt\t3,W", UNP12) \
	/* load/store word and byte, offset addressing (P=1, W=0): \
	 * immediate offset (ARM_LDR_I, ARM_STR_I, ARM_LDRB_I, ARM_STRB_I; \
	 * with pc, the literal pool of pre-ARMv7 kernels), shifted register \
	 * offset (ARM_LDR_R, ARM_LDR_R_SI, ARM_LDRB_R) */ \
	R(0x0f200000, 0x05000000, 0x00500000, "str|ldr|strb|ldrb\t3,A", UNPB) \
	R(0x0f200010, 0x07000000, 0x00500000, "str|ldr|strb|ldrb\t3,A", UNPB) \
	/* media: divide (ARM_SDIV, ARM_UDIV), byte reverse (ARM_REV, \
	 * ARM_REV16), extend (ARM_UXTH) */ \
	R(0x0fd0f0f0, 0x0710f010, 0x00200000, "sdiv|udiv\t4,0,2", 0) \
	C(0x0fff0f70, 0x06bf0f30, 0x00000080, "rev|rev16\t3,0", UNP12 | UNP0) \
	C(0x0faf03f0, 0x06af0070, 0x00500000, "sxtb|sxth|uxtb|uxth\t3,0T", UNP12 | UNP0) \
	/* load/store multiple, no S (ARM_PUSH, ARM_POP, ARM_LDM, ARM_LDM_IA) */ \
	C(0x0e500000, 0x08000000, 0x01800000, "stmda|stm|stmdb|stmib\tM", 0) \
	R(0x0e500000, 0x08100000, 0x01800000, "ldmda|ldm|ldmdb|ldmib\tM", 0) \
	/* branch (ARM_B), branch with link */ \
	R(0x0e000000, 0x0a000000, 0x01000000, "b|bl\tB", 0)

struct arm_row {
	uint32_t mask, value, sel;
	const char *text;
	unsigned char flags;
};

#define ROW(m, v, s, t, fl) { m, v, s, t, fl },
static const struct arm_row arm_rows[] = { ARM_ROWS(ROW, ROW, ROW) };

/* The checker's forms: an R() row four times, for conditions 0xxx,
 * 10xx, 110x and 1110, which together are every condition but 1111. */
#if DIS_CHECK_BUILD
#define FORM4(m, v, s, t, fl) \
	{ (m) | 0x80000000u, (v), 4 }, { (m) | 0xc0000000u, (v) | 0x80000000u, 4 }, \
	{ (m) | 0xe0000000u, (v) | 0xc0000000u, 4 }, { (m) | 0xf0000000u, (v) | 0xe0000000u, 4 },
#define FORM1(m, v, s, t, fl) { (m), (v), 4 },
static const struct dis_form arm_forms[] = { ARM_ROWS(FORM4, FORM1, FORM1) };
#endif

static const char arm_reg[16][3] = {
	"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7",
	"r8", "r9", "sl", "fp", "ip", "sp", "lr", "pc",
};
static const char arm_cond[15][3] = {
	"eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc",
	"hi", "ls", "ge", "lt", "gt", "le", "",
};
static const char arm_shift[4][4] = { "lsl", "lsr", "asr", "ror" };

struct text {
	char *s;
	size_t len, cap;
};

static void put(struct text *t, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(t->s + t->len, t->cap - t->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		t->len = t->len + (size_t)n < t->cap ? t->len + (size_t)n : t->cap - 1;
}

/* objdump notes a number in hex when it is not a small one. */
static void put_comment(struct text *t, int32_t v)
{
	if (v > 32 || v < -16)
		put(t, "\t@ 0x%x", (uint32_t)v);
}

static unsigned field(uint32_t w, unsigned lo)
{
	return w >> lo & 15;
}

static uint32_t ror32(uint32_t v, unsigned n)
{
	return n & 31 ? v >> (n & 31) | v << (32 - (n & 31)) : v;
}

/* The mnemonic: the sel bits, low to high, index the names. */
static void put_name(struct text *t, const struct arm_row *r, uint32_t w)
{
	const char *p = r->text;
	unsigned idx = 0, k = 0;

	for (unsigned b = 0; b < 32; b++)
		if (r->sel >> b & 1)
			idx |= (w >> b & 1) << k++;
	while (idx--)
		p += strcspn(p, "|") + 1;
	put(t, "%.*s", (int)strcspn(p, "|\t"), p);
}

/* The rotated 8-bit immediate of data processing: its value, or the
 * raw "#imm8, rot" when a smaller rotation gives the same value (not
 * the assembler's encoding), as objdump shows those. */
static void put_dp_imm(struct text *t, uint32_t w)
{
	unsigned rot = (w >> 8 & 15) * 2, r = 0;
	uint32_t imm8 = w & 0xff, v = ror32(imm8, rot);

	while (r < rot && ror32(v, 32 - r) > 0xff)
		r += 2;
	if (r < rot)
		put(t, "#%u, %u", imm8, rot);
	else
		put(t, "#%d", (int32_t)v);
	put_comment(t, (int32_t)v);
}

/* Rm with an immediate shift: ", lsl #n"; lsr/asr #0 mean 32, ror #0 rrx. */
static void put_shift_imm(struct text *t, uint32_t w)
{
	unsigned type = w >> 5 & 3, n = w >> 7 & 31;

	put(t, "%s", arm_reg[field(w, 0)]);
	if (type == 3 && n == 0)
		put(t, ", rrx");
	else if (type != 0 || n != 0)
		put(t, ", %s #%u", arm_shift[type], n ? n : 32);
}

/* [Rn, #+-imm] with objdump's note: the address when Rn is pc (the
 * pipeline reads pc as the instruction's address + 8), else the offset. */
static void put_imm_addr(struct text *t, uint32_t w, unsigned imm, uint64_t addr)
{
	int up = w >> 23 & 1;
	unsigned rn = field(w, 16);

	if (up && imm == 0)
		put(t, "[%s]", arm_reg[rn]);
	else
		put(t, "[%s, #%s%u]", arm_reg[rn], up ? "" : "-", imm);
	if (rn == 15)
		put(t, "\t@ 0x%x", (uint32_t)addr + 8 + (up ? imm : 0u - imm));
	else
		put_comment(t, up ? (int32_t)imm : -(int32_t)imm);
}

/* The operands after the mnemonic, from the row's template. */
static void put_ops(struct text *t, const char *ops, uint32_t w, uint64_t addr,
		    struct dis_insn *out)
{
	for (; *ops; ops++) {
		switch (*ops) {
		case '0':
		case '2':
		case '3':
		case '4':
			put(t, "%s", arm_reg[field(w, 4 * (unsigned)(*ops - '0'))]);
			break;
		case ',':
			put(t, ", ");
			break;
		case 'N':
			put(t, "r%u", field(w, 12));
			break;
		case 'K':       /* a shift's amount: lsr/asr #0 mean 32 */
			put(t, "#%u", (w >> 7 & 31) ? (w >> 7 & 31) : 32);
			break;
		case 'I':
			put_dp_imm(t, w);
			break;
		case 'S':
			put_shift_imm(t, w);
			break;
		case 'Z':
			put(t, "%s, %s %s", arm_reg[field(w, 0)], arm_shift[w >> 5 & 3],
			    arm_reg[field(w, 8)]);
			break;
		case 'A':       /* bit 25: shifted register offset, else imm12 */
			if (w & 0x02000000) {
				put(t, "[%s, %s", arm_reg[field(w, 16)], w >> 23 & 1 ? "" : "-");
				put_shift_imm(t, w);
				put(t, "]");
			} else {
				put_imm_addr(t, w, w & 0xfff, addr);
			}
			break;
		case 'X':       /* bit 22: imm8 in 11:8,3:0, else register */
			if (w & 0x00400000)
				put_imm_addr(t, w, (w >> 4 & 0xf0) | (w & 15), addr);
			else
				put(t, "[%s, %s]", arm_reg[field(w, 16)], arm_reg[field(w, 0)]);
			break;
		case 'B': {     /* pc (address + 8) + signed imm24 * 4 */
			uint32_t off = (w & 0xffffff) << 2;

			if (off & 0x02000000)
				off |= 0xfc000000;
			out->has_target = 1;
			out->target = (uint32_t)(addr + 8 + off);
			put(t, "0x%x", (uint32_t)out->target);
			break;
		}
		case 'W':
		case 'U': {
			int32_t v = (int32_t)(*ops == 'W' ? (w >> 4 & 0xf000) | (w & 0xfff)
							  : (w >> 4 & 0xfff0) | (w & 15));

			put(t, "#%d", v);
			put_comment(t, v);
			break;
		}
		case 'H':
			put(t, "{%u}", w & 0xff);
			break;
		case 'T':
			if (w & 0xc00)
				put(t, ", ror #%u", (w >> 10 & 3) * 8);
			break;
		default:
			put(t, "%c", *ops);
		}
	}
}

/* Data processing: the opcode decides which of Rd and Rn it has, and
 * objdump prints mov with a shift as the shift (lsl, lsr, asr, ror,
 * rrx), mov r0, r0 as nop.  Returns as arm_format(). */
static int put_dp(struct text *t, const struct arm_row *r, uint32_t w, const char *c,
		  const char *op2)
{
	unsigned op = w >> 21 & 15, rd = field(w, 12), rn = field(w, 16), type = w >> 5 & 3;
	const char *s = (r->flags & FL_S) && (w >> 20 & 1) ? "s" : "";
	int no_rn = op == 13 || op == 15, no_rd = op >= 8 && op <= 11;
	const char *ops = no_rd ? "4," : no_rn ? "3," : "3,4,";
	int unp = *op2 == 'Z' && (rd == 15 || (rn == 15 && !no_rn));

	if (op == 13) {
		const char *name = NULL;

		if (rn)
			return 0;       /* mov has no Rn: objdump calls it undefined */
		if (w == 0xe1a00000) {
			put(t, "nop\t\t\t@ (mov r0, r0)");
			return 1;
		}
		if (*op2 == 'Z') {
			name = arm_shift[type];
			op2 = "0,2";
		} else if (*op2 == 'S' && (w & 0xff0) == 0x060) {
			name = "rrx";
			op2 = "0";
		} else if (*op2 == 'S' && (w & 0xff0)) {
			name = arm_shift[type];
			op2 = "0,K";
			unp = rd == 15;
		}
		if (name) {
			put(t, "%s%s%s\t", name, s, c);
			put_ops(t, "3,", w, 0, NULL);
			put_ops(t, op2, w, 0, NULL);
			return unp ? 2 : 1;
		}
	}
	put_name(t, r, w);
	put(t, "%s%s\t", s, c);
	put_ops(t, ops, w, 0, NULL);
	put_ops(t, op2, w, 0, NULL);
	return unp || (no_rd && rd == 15) ? 2 : 1;
}

static void put_list(struct text *t, uint32_t w)
{
	const char *sep = "";

	put(t, "{");
	for (unsigned i = 0; i < 16; i++)
		if (w >> i & 1) {
			put(t, "%s%s", sep, arm_reg[i]);
			sep = ", ";
		}
	put(t, "}");
}

/* Load/store multiple.  objdump's aliases: push and pop for stmdb sp!
 * and ldmia sp! of more than one register (stmfd and ldmfd for one),
 * and it spells the store increment-after with writeback stmia.  An
 * empty list or pc as the base is UNPREDICTABLE. */
static int put_ldm(struct text *t, const struct arm_row *r, uint32_t w, const char *c)
{
	uint32_t pul = w & 0x01900000, list = w & 0xffff;
	unsigned rn = field(w, 16), wb = w >> 21 & 1;
	int single = list && !(list & (list - 1));

	if (rn == 13 && wb && (pul == 0x01000000 || pul == 0x00900000)) {
		if (single)
			put(t, "%s%s\tsp!, ", pul == 0x01000000 ? "stmfd" : "ldmfd", c);
		else
			put(t, "%s%s\t", pul == 0x01000000 ? "push" : "pop", c);
	} else {
		put_name(t, r, w);
		put(t, "%s%s\t%s%s, ", pul == 0x00800000 && wb ? "ia" : "", c, arm_reg[rn],
		    wb ? "!" : "");
	}
	put_list(t, w);
	return !list || rn == 15 ? 2 : 1;
}

/* Prints the instruction; returns 0 for an encoding objdump calls
 * undefined, 2 when objdump adds its UNPREDICTABLE note. */
static int arm_format(const struct arm_row *r, uint32_t w, uint64_t addr, struct dis_insn *out)
{
	struct text t = { out->text, 0, sizeof(out->text) };
	const char *c = arm_cond[w >> 28];
	const char *ops = strchr(r->text, '\t') + 1;
	unsigned rt = field(w, 12);
	int unp = ((r->flags & UNPEQ) && rt == field(w, 16)) ||
		  ((r->flags & UNPB) && (w >> 22 & 1) && rt == 15);

	if (*ops == 'D')
		return put_dp(&t, r, w, c, ops + 1);
	if (*ops == 'M')
		return put_ldm(&t, r, w, c);
	for (unsigned f = 0; f < 4; f++)
		if ((r->flags & UNP0 << f) && field(w, f ? 4 * f + 4 : 0) == 15)
			unp = 1;
	put_name(&t, r, w);
	put(&t, "%s%s\t", (r->flags & FL_S) && (w >> 20 & 1) ? "s" : "", c);
	put_ops(&t, ops, w, addr, out);
	return unp ? 2 : 1;
}

static void arm_decode(const struct dis *d, const unsigned char *code, size_t avail,
		       uint64_t addr, struct dis_insn *out)
{
	uint32_t w;

	if (avail < 4) {
		/* objdump reads no partial word: it stops with this. */
		out->len = (unsigned)avail;
		snprintf(out->text, sizeof(out->text), "Address 0x%llx is out of bounds.",
			 (unsigned long long)addr);
		return;
	}
	w = get32(code, d->m->big_endian);
	out->len = 4;
	if (w >> 28 != 15)
		for (size_t i = 0; i < sizeof(arm_rows) / sizeof(arm_rows[0]); i++) {
			int k;

			if ((w & arm_rows[i].mask) != arm_rows[i].value)
				continue;
			k = arm_format(&arm_rows[i], w, addr, out);
			if (k) {
				size_t n = strlen(out->text);

				if (k == 2)
					snprintf(out->text + n, sizeof(out->text) - n, "\t@ <UNPREDICTABLE>");
				out->known = 1;
				return;
			}
			break;
		}
	out->has_target = 0;
	snprintf(out->text, sizeof(out->text), "\t\t@ <UNDEFINED> instruction: 0x%08x", w);
}

const struct dis_machine dis_arm = {
	.name = "arm", .unit = 4, .addr_digits = 8, .bytes_per_line = 4, .chunk = 4,
	.objdump = "arm-linux-gnueabihf -m arm",
	.decode = arm_decode,
	DIS_CHECK_FORMS(arm_forms),
};
