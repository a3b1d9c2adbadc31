// SPDX-License-Identifier: GPL-2.0-only
/* x86-64 and x86-32 through Zydis: the only file that includes it.
 *
 * Zydis decodes (its lengths equal objdump's); the text is printed here
 * by GNU objdump's rules (binutils 2.40, AT&T and -M intel) for the
 * instructions the kernel's x86 BPF JITs emit, listed in x86_names[]
 * below.  Zydis' formatter is not used (nor linked): its text differs
 * from objdump's in a dozen ways.  Anything outside that list, or a form
 * of it whose objdump text is not known here (rep, segment or ignored
 * prefixes, an unused REX or 66, RIP-relative or absolute addresses,
 * segment registers), is shown as its bytes (".byte  0x0f,0x44,0xc1"),
 * never a guess.  make check-dis compares every form tests/dis/x86_forms.c
 * generates with objdump, and what is printed for random bytes. */
#include <stdio.h>
#include <string.h>

#include <Zydis/Zydis.h>

#include "dis.h"

/* Zydis' decoder for one use; one use at a time. */
static ZydisDecoder x86_decoder;

static int x86_open(struct dis *d)
{
	if (d->m->variant == 32)
		ZydisDecoderInit(&x86_decoder, ZYDIS_MACHINE_MODE_LEGACY_32, ZYDIS_STACK_WIDTH_32);
	else
		ZydisDecoderInit(&x86_decoder, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
	d->state = &x86_decoder;
	return 0;
}

/* How objdump names and sizes an instruction Zydis decoded. */
enum {
	X_SFX = 1,      /* AT&T: size suffix (b, w, l, q) when no register
			   operand tells the size: movl $0x0,0x8(%rdi) */
	X_CC = 2,       /* a condition code in the name: objdump's names */
	X_EXT = 4,      /* movzx/movsx: AT&T movzbl, movswq, ... */
	X_SHIFT = 8,    /* D0/D1 shift by one: AT&T shows no count */
	X_BRANCH = 16,  /* call/jmp: a target address, or '*' before an
			   indirect register (a memory operand: not known) */
	X_REGONLY = 32, /* objdump's text with a memory operand not known */
	X_NOW = 64,     /* REX.W or 66 has no use: objdump shows rex.W,
			   callw, pushw, data16 */
};

static const struct x86_name {
	ZydisMnemonic m;
	const char *att;        /* AT&T's name (Intel's is Zydis'), or NULL */
	unsigned char flags;
} x86_names[] = {
	/* ALU, both sizes of immediate */
	{ ZYDIS_MNEMONIC_ADD, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_OR, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_ADC, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_SBB, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_AND, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_SUB, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_XOR, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_CMP, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_TEST, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_NEG, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_NOT, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_INC, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_DEC, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_MUL, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_IMUL, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_DIV, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_IDIV, NULL, X_SFX },
	/* shifts by an immediate, by one, by %cl; BMI2 */
	{ ZYDIS_MNEMONIC_SHL, NULL, X_SFX | X_SHIFT },
	{ ZYDIS_MNEMONIC_SHR, NULL, X_SFX | X_SHIFT },
	{ ZYDIS_MNEMONIC_SAR, NULL, X_SFX | X_SHIFT },
	{ ZYDIS_MNEMONIC_ROL, NULL, X_SFX | X_SHIFT },
	{ ZYDIS_MNEMONIC_ROR, NULL, X_SFX | X_SHIFT },
	{ ZYDIS_MNEMONIC_SHLD, NULL, X_REGONLY },
	{ ZYDIS_MNEMONIC_SHRD, NULL, X_REGONLY },
	{ ZYDIS_MNEMONIC_SHLX, NULL, 0 },
	{ ZYDIS_MNEMONIC_SHRX, NULL, 0 },
	{ ZYDIS_MNEMONIC_SARX, NULL, 0 },
	/* moves, loads, stores */
	{ ZYDIS_MNEMONIC_MOV, NULL, X_SFX },
	{ ZYDIS_MNEMONIC_MOVZX, "movz", X_EXT },
	{ ZYDIS_MNEMONIC_MOVSX, "movs", X_EXT },
	{ ZYDIS_MNEMONIC_MOVSXD, "movs", X_EXT },
	{ ZYDIS_MNEMONIC_LEA, NULL, 0 },
	{ ZYDIS_MNEMONIC_BSWAP, NULL, 0 },
	{ ZYDIS_MNEMONIC_CBW, "cbtw", 0 },
	{ ZYDIS_MNEMONIC_CWDE, "cwtl", 0 },
	{ ZYDIS_MNEMONIC_CDQE, "cltq", 0 },
	{ ZYDIS_MNEMONIC_CWD, "cwtd", 0 },
	{ ZYDIS_MNEMONIC_CDQ, "cltd", 0 },
	{ ZYDIS_MNEMONIC_CQO, "cqto", 0 },
	/* atomics (with lock) */
	{ ZYDIS_MNEMONIC_XCHG, NULL, 0 },
	{ ZYDIS_MNEMONIC_XADD, NULL, 0 },
	{ ZYDIS_MNEMONIC_CMPXCHG, NULL, 0 },
	/* branches, calls, the frame */
	{ ZYDIS_MNEMONIC_JMP, NULL, X_BRANCH | X_NOW },
	{ ZYDIS_MNEMONIC_CALL, NULL, X_BRANCH | X_NOW },
	{ ZYDIS_MNEMONIC_RET, NULL, X_NOW },
	{ ZYDIS_MNEMONIC_LEAVE, NULL, X_NOW },
	{ ZYDIS_MNEMONIC_PUSH, NULL, X_REGONLY | X_NOW },
	{ ZYDIS_MNEMONIC_POP, NULL, X_REGONLY | X_NOW },
	{ ZYDIS_MNEMONIC_JO, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JNO, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JB, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JNB, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JZ, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JNZ, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JBE, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JNBE, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JS, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JNS, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JP, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JNP, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JL, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JNL, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JLE, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_JNLE, NULL, X_CC | X_NOW },
	{ ZYDIS_MNEMONIC_SETO, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETNO, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETB, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETNB, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETZ, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETNZ, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETBE, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETNBE, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETS, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETNS, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETP, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETNP, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETL, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETNL, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETLE, NULL, X_CC | X_REGONLY },
	{ ZYDIS_MNEMONIC_SETNLE, NULL, X_CC | X_REGONLY },
	/* padding, CET, speculation barriers, traps */
	{ ZYDIS_MNEMONIC_NOP, NULL, X_SFX | X_NOW },
	{ ZYDIS_MNEMONIC_ENDBR64, NULL, X_NOW },
	{ ZYDIS_MNEMONIC_ENDBR32, NULL, X_NOW },
	{ ZYDIS_MNEMONIC_LFENCE, NULL, X_NOW },
	{ ZYDIS_MNEMONIC_PAUSE, NULL, X_NOW },
	{ ZYDIS_MNEMONIC_INT3, NULL, X_NOW },
};

/* Condition codes: Zydis names them by the flags tested (z, nbe), objdump
 * by the comparison (e, a); the rest are the same. */
static const char *const x86_cc[][2] = {
	{ "nb", "ae" }, { "z", "e" }, { "nz", "ne" }, { "nbe", "a" }, { "nl", "ge" }, { "nle", "g" },
};

/* A growing line of text, without printf: bpf-jitdis prints every
 * instruction of a log, and this is its hot loop.  end leaves room for
 * the NUL; a line that reaches it is not printed (x86_text returns 0). */
struct x86_out {
	char *p, *end;
};

static void put(struct x86_out *o, const char *s)
{
	while (*s && o->p < o->end)
		*o->p++ = *s++;
}

static void put_char(struct x86_out *o, char c)
{
	if (o->p < o->end)
		*o->p++ = c;
}

/* 0x and lowercase hex digits, no leading zeros (objdump's numbers) */
static void put_hex(struct x86_out *o, uint64_t v)
{
	char buf[16];
	int n = 0;

	put(o, "0x");
	do
		buf[n++] = "0123456789abcdef"[v & 15];
	while (v >>= 4);
	while (n)
		put_char(o, buf[--n]);
}

/* A signed displacement: -0x8, or 0x8 after plus (Intel's +0x8) */
static void put_disp(struct x86_out *o, int64_t disp, const char *plus)
{
	put(o, disp < 0 ? "-" : plus);
	put_hex(o, disp < 0 ? -(uint64_t)disp : (uint64_t)disp);
}

static void put_reg(struct x86_out *o, ZydisRegister r, int intel)
{
	if (!intel)
		put_char(o, '%');
	put(o, ZydisRegisterGetString(r));
}

static char size_letter(unsigned bits)
{
	return bits == 8 ? 'b' : bits == 16 ? 'w' : bits == 32 ? 'l' : 'q';
}

static const char *ptr_name(unsigned bits)
{
	return bits == 8 ? "BYTE" : bits == 16 ? "WORD" : bits == 32 ? "DWORD" : "QWORD";
}

/* A value as objdump shows it: an immediate in the width of its operand
 * (sign-extended ones included: $0xffffffffffffff80 on a 64-bit add). */
static uint64_t imm_value(const ZydisDecodedOperand *op, unsigned width)
{
	uint64_t v = op->imm.value.u;

	return width >= 64 ? v : v & ((UINT64_C(1) << width) - 1);
}

/* A memory operand; 0 when objdump's text for it is not known here. */
static int put_mem(struct x86_out *o, const ZydisDecodedInstruction *in,
		   const ZydisDecodedOperand *op, int intel, int ptr)
{
	const ZydisDecodedOperandMem *m = &op->mem;
	int64_t disp = m->disp.value;
	int has_disp = in->raw.disp.size != 0;

	/* An absolute address in %fs or %gs (per-CPU data): objdump shows
	 * the displacement as an address of the mode's width. */
	if (m->base == ZYDIS_REGISTER_NONE && m->index == ZYDIS_REGISTER_NONE &&
	    (m->segment == ZYDIS_REGISTER_FS || m->segment == ZYDIS_REGISTER_GS) &&
	    (in->attributes & ZYDIS_ATTRIB_HAS_MODRM) && m->type == ZYDIS_MEMOP_TYPE_MEM) {
		uint64_t a = (uint64_t)disp;

		if (in->machine_mode != ZYDIS_MACHINE_MODE_LONG_64)
			a &= 0xffffffffu;
		if (intel) {
			put(o, ptr_name(op->size));
			put(o, " PTR ");
		}
		put_reg(o, m->segment, intel);
		put_char(o, ':');
		put_hex(o, a);
		return 1;
	}
	/* Other segments, RIP-relative and absolute addresses: objdump adds
	 * comments or segment names; an SIB byte without an index objdump
	 * shows as %riz/%eiz unless its base is the stack pointer. */
	if ((in->attributes & ZYDIS_ATTRIB_HAS_SEGMENT) || m->base == ZYDIS_REGISTER_NONE || m->base == ZYDIS_REGISTER_RIP ||
	    m->base == ZYDIS_REGISTER_EIP ||
	    (m->type != ZYDIS_MEMOP_TYPE_MEM && m->type != ZYDIS_MEMOP_TYPE_AGEN))
		return 0;
	if (in->raw.modrm.rm == 4 && m->index == ZYDIS_REGISTER_NONE &&
	    ((in->raw.sib.base & 7) != 4 || in->raw.sib.scale != 0))
		return 0;
	if (intel) {
		if (ptr) {
			put(o, ptr_name(op->size));
			put(o, " PTR ");
		}
		put_char(o, '[');
		put(o, ZydisRegisterGetString(m->base));
		if (m->index != ZYDIS_REGISTER_NONE) {
			put_char(o, '+');
			put(o, ZydisRegisterGetString(m->index));
			put_char(o, '*');
			put_char(o, (char)('0' + m->scale));
		}
		if (has_disp)
			put_disp(o, disp, "+");
		put_char(o, ']');
		return 1;
	}
	if (has_disp)
		put_disp(o, disp, "");
	put_char(o, '(');
	put_reg(o, m->base, 0);
	if (m->index != ZYDIS_REGISTER_NONE) {
		put_char(o, ',');
		put_reg(o, m->index, 0);
		put_char(o, ',');
		put_char(o, (char)('0' + m->scale));
	}
	put_char(o, ')');
	return 1;
}

/* Whether every bit of a REX prefix is used: objdump names an unused one
 * ("rex.W push %rax", "rex movzbw %al,%si"), a form not known here. */
static int rex_used(const struct x86_name *n, const ZydisDecodedInstruction *in,
		    const ZydisDecodedOperand *ops, unsigned nops)
{
	int r = 0, x = 0, b = 0, byte = 0;
	unsigned i;

	if (!(in->attributes & ZYDIS_ATTRIB_HAS_REX))
		return 1;
	for (i = 0; i < nops; i++) {
		if (ops[i].encoding == ZYDIS_OPERAND_ENCODING_MODRM_REG)
			r = 1;
		if (ops[i].encoding == ZYDIS_OPERAND_ENCODING_MODRM_RM ||
		    ops[i].encoding == ZYDIS_OPERAND_ENCODING_OPCODE)
			b = 1;
		if (ops[i].type == ZYDIS_OPERAND_TYPE_MEMORY && ops[i].mem.index != ZYDIS_REGISTER_NONE)
			x = 1;
		if (ops[i].type == ZYDIS_OPERAND_TYPE_REGISTER &&
		    ops[i].reg.value >= ZYDIS_REGISTER_SPL && ops[i].reg.value <= ZYDIS_REGISTER_DIL)
			byte = 1;
	}
	/* W: a 64-bit operand size the instruction does not have anyway */
	if (in->raw.rex.W && (in->operand_width != 64 || (n->flags & X_NOW)))
		return 0;
	if ((in->raw.rex.R && !r) || (in->raw.rex.X && !x) || (in->raw.rex.B && !b))
		return 0;
	return in->raw.rex.W || in->raw.rex.R || in->raw.rex.X || in->raw.rex.B || byte;
}

/* The name objdump gives the instruction. */
static void x86_mnemonic(struct x86_out *o, const struct x86_name *n,
			 const ZydisDecodedInstruction *in, const ZydisDecodedOperand *ops, int intel)
{
	const char *z = ZydisMnemonicGetString(in->mnemonic);
	size_t i, len;

	if ((n->flags & X_EXT) && !intel) {
		/* movz + source size + destination size */
		put(o, n->att);
		put_char(o, size_letter(ops[1].size));
		put_char(o, size_letter(ops[0].size));
		return;
	}
	if (in->mnemonic == ZYDIS_MNEMONIC_MOV && in->raw.imm[0].size == 64) {
		put(o, "movabs");
		return;
	}
	if (n->flags & X_CC) {
		/* the prefix (j, set) then the condition */
		len = z[0] == 'j' ? 1 : 3;
		for (i = 0; i < sizeof(x86_cc) / sizeof(x86_cc[0]); i++)
			if (!strcmp(z + len, x86_cc[i][0])) {
				put(o, len == 1 ? "j" : "set");
				put(o, x86_cc[i][1]);
				return;
			}
	}
	put(o, !intel && n->att ? n->att : z);
}

/* objdump's text of a decoded instruction into out; 0 when it is not one
 * this printer knows. */
static int x86_text(const ZydisDecodedInstruction *in, const ZydisDecodedOperand *ops,
		    uint64_t addr, int intel, char *out, size_t size)
{
	const struct x86_name *n = NULL;
	struct x86_out o = { out, out + size - 1 };
	char *start;
	unsigned i, nops = in->operand_count_visible, has_mem = 0, has_reg = 0;
	int first, lock = (in->attributes & ZYDIS_ATTRIB_HAS_LOCK) != 0;

	for (i = 0; i < sizeof(x86_names) / sizeof(x86_names[0]) && !n; i++)
		if (x86_names[i].m == in->mnemonic)
			n = &x86_names[i];
	if (!n)
		return 0;
	/* 66 90: objdump's xchg %ax,%ax, Zydis' nop.  Each 66 more before
	 * it (older kernels' five-byte nop, 66 66 66 66 90) is a "data16 ",
	 * and then objdump pads the name no more. */
	if (in->mnemonic == ZYDIS_MNEMONIC_NOP && in->opcode == 0x90 &&
	    in->opcode_map == ZYDIS_OPCODE_MAP_DEFAULT) {
		for (i = 0; i < in->raw.prefix_count; i++)
			if (in->raw.prefixes[i].value != 0x66)
				return 0;
		if (in->raw.prefix_count == 0)
			put(&o, "nop");
		else if (in->raw.prefix_count == 1)
			put(&o, intel ? "xchg   ax,ax" : "xchg   %ax,%ax");
		else {
			for (i = 1; i < in->raw.prefix_count; i++)
				put(&o, "data16 ");
			put(&o, intel ? "xchg ax,ax" : "xchg %ax,%ax");
		}
		*o.p = 0;
		return 1;
	}
	/* Prefixes objdump prints by name (segments, rep, repeated or
	 * ignored ones, rex.W on an instruction that does not use it):
	 * not known here. */
	for (i = 0; i < in->raw.prefix_count; i++) {
		const unsigned char p = in->raw.prefixes[i].value;

		if (in->raw.prefixes[i].type == ZYDIS_PREFIX_TYPE_IGNORED)
			return 0;
		if (p != 0x66 && p != 0xf0 && (p & 0xf0) != 0x40 && p != 0x64 && p != 0x65 &&
		    !(p == 0xf3 && in->raw.prefixes[i].type == ZYDIS_PREFIX_TYPE_MANDATORY))
			return 0;
		/* 66 that makes no 16-bit operation: objdump's data16, callw,
		 * pushw, ... (nopw and xchg %ax,%ax are the nops') */
		if (p == 0x66 && in->raw.prefixes[i].type == ZYDIS_PREFIX_TYPE_EFFECTIVE &&
		    (in->operand_width != 16 ||
		     ((n->flags & X_NOW) && in->mnemonic != ZYDIS_MNEMONIC_NOP)))
			return 0;
	}
	/* Far returns (lret), ret $imm16; movsxd to 16 or 32 bits (objdump's
	 * movsxd, not movslq); segment, control and debug registers */
	if ((in->mnemonic == ZYDIS_MNEMONIC_RET && in->opcode != 0xc3) ||
	    (in->mnemonic == ZYDIS_MNEMONIC_MOVSXD && in->operand_width != 64))
		return 0;
	for (i = 0; i < nops; i++)
		if (ops[i].type == ZYDIS_OPERAND_TYPE_REGISTER) {
			ZydisRegisterClass c = ZydisRegisterGetClass(ops[i].reg.value);

			if (c != ZYDIS_REGCLASS_GPR8 && c != ZYDIS_REGCLASS_GPR16 &&
			    c != ZYDIS_REGCLASS_GPR32 && c != ZYDIS_REGCLASS_GPR64)
				return 0;
		}
	if (!rex_used(n, in, ops, nops))
		return 0;
	/* 0F 1F /r: Zydis shows the reg field as a second operand; the
	 * other hint nops (0F 18..1E) objdump names otherwise */
	if (in->mnemonic == ZYDIS_MNEMONIC_NOP) {
		if (in->opcode_map != ZYDIS_OPCODE_MAP_0F || in->opcode != 0x1f)
			return 0;
		nops = 1;
	}
	for (i = 0; i < nops; i++) {
		if (ops[i].type == ZYDIS_OPERAND_TYPE_MEMORY)
			has_mem = 1;
		/* a shift's count in %cl does not tell the size */
		else if (ops[i].type == ZYDIS_OPERAND_TYPE_REGISTER && !((n->flags & X_SHIFT) && i == 1))
			has_reg = 1;
		else if (ops[i].type == ZYDIS_OPERAND_TYPE_POINTER)
			return 0;
	}
	if (has_mem && (n->flags & (X_REGONLY | X_BRANCH)))
		return 0;
	/* %fs/%gs: only on a memory operand (put_mem) */
	if (!has_mem && (in->attributes & ZYDIS_ATTRIB_HAS_SEGMENT))
		return 0;
	/* lock, the name and its size suffix, padded to six columns; a
	 * space before the operands */
	start = o.p;
	if (lock)
		put(&o, "lock ");
	x86_mnemonic(&o, n, in, ops, intel);
	if (!intel && (n->flags & X_SFX) && has_mem && !has_reg)
		put_char(&o, size_letter(in->operand_width));
	if (nops) {
		while (o.p - start < 6 && o.p < o.end)
			put_char(&o, ' ');
		put_char(&o, ' ');
	}
	first = 1;
	for (i = 0; i < nops; i++) {
		const ZydisDecodedOperand *op = &ops[intel ? i : nops - 1 - i];

		/* D0/D1: objdump's AT&T leaves out the count of one */
		if (!intel && (n->flags & X_SHIFT) && op->type == ZYDIS_OPERAND_TYPE_IMMEDIATE &&
		    (in->opcode == 0xd0 || in->opcode == 0xd1))
			continue;
		if (!first)
			put_char(&o, ',');
		first = 0;
		switch (op->type) {
		case ZYDIS_OPERAND_TYPE_REGISTER:
			if ((n->flags & X_BRANCH) && !intel)
				put_char(&o, '*');
			put_reg(&o, op->reg.value, intel);
			break;
		case ZYDIS_OPERAND_TYPE_MEMORY:
			if (!put_mem(&o, in, op, intel, in->mnemonic != ZYDIS_MNEMONIC_LEA))
				return 0;
			break;
		case ZYDIS_OPERAND_TYPE_IMMEDIATE:
			if (op->imm.is_relative) {
				uint64_t t = addr + in->length + op->imm.value.u;

				if (in->machine_mode != ZYDIS_MACHINE_MODE_LONG_64)
					t &= 0xffffffffu;
				put_hex(&o, t);
			} else if ((n->flags & X_SHIFT) && (in->opcode == 0xd0 || in->opcode == 0xd1)) {
				put_char(&o, '1');
			} else {
				if (!intel)
					put_char(&o, '$');
				put_hex(&o, imm_value(op, op->imm.is_signed ? in->operand_width : 64));
			}
			break;
		default:
			return 0;
		}
	}
	if (o.p == o.end)
		return 0;
	*o.p = 0;
	return 1;
}

static void x86_decode(const struct dis *d, const unsigned char *code, size_t avail,
		       uint64_t addr, struct dis_insn *out)
{
	ZydisDecoder *dec = d->state;
	ZydisDecoderContext ctx;
	ZydisDecodedInstruction in;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT_VISIBLE];
	ZyanU64 abs;

	/* Two steps, visible operands only: DecodeFull fills every operand
	 * slot and dominated the run time on big logs. */
	if (!ZYAN_SUCCESS(ZydisDecoderDecodeInstruction(dec, &ctx, code, avail, &in)) ||
	    !ZYAN_SUCCESS(ZydisDecoderDecodeOperands(dec, &ctx, &in, ops,
						     in.operand_count_visible))) {
		snprintf(out->text, sizeof(out->text), "(bad)");
		out->len = 1;
		return;
	}
	out->len = in.length;
	if (!x86_text(&in, ops, addr, d->intel, out->text, sizeof(out->text))) {
		/* Not a form of the table: its bytes, not a guess at its text
		 * (objdump -D -b binary on the image, -O, prints it). */
		struct x86_out o = { out->text, out->text + sizeof(out->text) - 1 };

		put(&o, ".byte  ");
		for (unsigned i = 0; i < in.length; i++) {
			if (i)
				put_char(&o, ',');
			put(&o, "0x");
			put_char(&o, "0123456789abcdef"[code[i] >> 4]);
			put_char(&o, "0123456789abcdef"[code[i] & 15]);
		}
		*o.p = 0;
		return;
	}
	out->known = 1;
	if ((in.meta.category == ZYDIS_CATEGORY_CALL || in.meta.category == ZYDIS_CATEGORY_UNCOND_BR) &&
	    in.operand_count_visible == 1 && ops[0].type == ZYDIS_OPERAND_TYPE_IMMEDIATE &&
	    ops[0].imm.is_relative && ZYAN_SUCCESS(ZydisCalcAbsoluteAddress(&in, &ops[0], addr, &abs))) {
		out->has_target = 1;
		out->target = abs;
	}
}

const struct dis_machine dis_x86_64 = {
	.name = "x86-64", .alias = "x86_64", .unit = 1,
	.addr_digits = 16, .bytes_per_line = 7, .chunk = 1,
	.objdump = "x86_64-linux-gnu -m i386:x86-64",
	.decode = x86_decode, .open = x86_open, .variant = 64,
};

const struct dis_machine dis_x86_32 = {
	.name = "x86-32", .unit = 1, .addr_digits = 8, .bytes_per_line = 7, .chunk = 1,
	.objdump = "x86_64-linux-gnu -m i386",
	.decode = x86_decode, .open = x86_open, .variant = 32,
};
