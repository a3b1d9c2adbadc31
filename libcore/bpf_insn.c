// SPDX-License-Identifier: GPL-2.0-only
/*
 * eBPF instruction decoding and printing.
 *
 * The llvm-objdump syntax follows what LLVM 19's BPF disassembler accepts
 * and prints, including its leniency: fields an instruction does not use
 * are not checked (an "exit" with a stray imm is still "exit"), while the
 * fields that select a variant (off of sdiv/movsx, imm of an atomic or a
 * byte swap) must hold a known value or the slot is "<unknown>".  The
 * kernel syntax follows the kernel's verifier/bpftool printer.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "bpf_insn.h"
#include "endian.h"
#include "num.h"

void bpf_insn_decode(const unsigned char *p, int big_endian, struct bpf_insn *insn)
{
	insn->code = p[0];
	if (big_endian) {
		insn->dst = p[1] >> 4;
		insn->src = p[1] & 0x0f;
	} else {
		insn->dst = p[1] & 0x0f;
		insn->src = p[1] >> 4;
	}
	insn->off = (int16_t)get16(p + 2, big_endian);
	insn->imm = (int32_t)get32(p + 4, big_endian);
}

/* ---- shared pieces ---------------------------------------------------------- */

static void put(struct bpf_text *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void put(struct bpf_text *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->text, sizeof(t->text), fmt, ap);
	va_end(ap);
}

/* A bounded string builder: the llvm-syntax printer runs once per
 * instruction of large objects, where snprintf dominated the run time. */
struct sb {
	char *p, *end;
};

static void sb_init(struct sb *b, struct bpf_text *t)
{
	b->p = t->text;
	b->end = t->text + sizeof(t->text) - 1;
	*b->p = 0;
}

static void sb_c(struct sb *b, char c)
{
	if (b->p < b->end) {
		*b->p++ = c;
		*b->p = 0;
	}
}

static void sb_s(struct sb *b, const char *s)
{
	while (*s)
		sb_c(b, *s++);
}

static void sb_reg(struct sb *b, char kind, int n)
{
	sb_c(b, kind);
	if (n >= 10)
		sb_c(b, (char)('0' + n / 10));
	sb_c(b, (char)('0' + n % 10));
}

/* LLVM 15 and later print immediates in hex; LLVM 14 (and
 * --no-print-imm-hex) in decimal. */
static int imm_decimal;

void bpf_llvm_imm_decimal(int on)
{
	imm_decimal = on;
}

/* Unsigned, no padding: hex with 0x, or decimal. */
static void sb_uhex(struct sb *b, unsigned long long u)
{
	char tmp[24];
	int n = 0;

	if (imm_decimal)
		do
			tmp[n++] = (char)('0' + u % 10);
		while ((u /= 10));
	else
		do
			tmp[n++] = hex_digits[u & 15];
		while ((u >>= 4));
	if (!imm_decimal)
		sb_s(b, "0x");
	while (n)
		sb_c(b, tmp[--n]);
}

/* LLVM prints immediates signed: 0x2a, -0x8 (42, -8). */
static void sb_hex(struct sb *b, long long v)
{
	if (v < 0)
		sb_c(b, '-');
	sb_uhex(b, v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v);
}

/* A jump displacement: +0x3, -0x4, +0x0. */
static void sb_disp(struct sb *b, long long v)
{
	if (v >= 0)
		sb_c(b, '+');
	sb_hex(b, v);
}

/* "rD OP rS" or "rD OP imm": the shape of ALU operations and of the
 * comparisons in conditional jumps. */
static void sb_operation(struct sb *b, char r, const struct bpf_insn *in, const char *op)
{
	sb_reg(b, r, in->dst);
	sb_c(b, ' ');
	sb_s(b, op);
	sb_c(b, ' ');
	if (BPF_SRC_X(in->code))
		sb_reg(b, r, in->src);
	else
		sb_hex(b, in->imm);
}

static void sb_dec(struct sb *b, int v)
{
	char tmp[12];
	int n = 0;

	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10));
	while (n)
		sb_c(b, tmp[--n]);
}

static const char *const size_names[] = { "u32", "u16", "u8", "u64" };
/* The atomic read-modify-write operations, by bits 7-4 of imm: the name
 * of their fetch form and their operator; NULL for other values. */
static const char *atomic_op(int op, int want_operator)
{
	static const char ops[] = "add\0+=\0or\0|=\0and\0&=\0xor\0^=";
	int at = op == 0x0 ? 0 : op == 0x4 ? 7 : op == 0x5 ? 13 : op == 0xa ? 20 : -1;

	if (at < 0)
		return NULL;
	return ops + at + (want_operator ? (int)strlen(ops + at) + 1 : 0);
}
static const char *const sx_names[] = { "s32", "s16", "s8", "s64" };

/* Operators by BPF_OP >> 4, for ALU and for conditional jumps. */
static const char *const alu_ops[16] = {
	"+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=",
	NULL, "%=", "^=", "=", "s>>=", NULL, NULL, NULL,
};
static const char *const jmp_ops[16] = {
	NULL, "==", ">", ">=", "&", "!=", "s>", "s>=",
	NULL, NULL, "<", "<=", "s<", "s<=", NULL, NULL,
};

static void unknown(struct bpf_text *t)
{
	put(t, "<unknown>");
	t->known = 0;
}

/* ---- llvm-objdump syntax ---------------------------------------------------- */

static void llvm_alu(const struct bpf_insn *in, struct bpf_text *t)
{
	int is64 = BPF_CLASS(in->code) == BPF_ALU64, op = BPF_OP(in->code) >> 4;
	int x = BPF_SRC_X(in->code);
	char r = is64 ? 'r' : 'w';
	const char *sym = alu_ops[op];
	struct sb b;

	sb_init(&b, t);
	if (op == 0x8) { /* neg: K form only */
		if (x)
			return unknown(t);
		sb_reg(&b, r, in->dst);
		sb_s(&b, " = -");
		return sb_reg(&b, r, in->dst);
	}
	if (op == 0xd) { /* byte swaps */
		if ((is64 && x) || (in->imm != 16 && in->imm != 32 && in->imm != 64))
			return unknown(t);
		sb_reg(&b, 'r', in->dst);
		sb_s(&b, is64 ? " = bswap" : x ? " = be" : " = le");
		sb_dec(&b, in->imm);
		sb_c(&b, ' ');
		return sb_reg(&b, 'r', in->dst);
	}
	if (!sym)
		return unknown(t);
	/* off selects the signed (off 1) division and the sign-extending
	 * moves (off 8, 16, and 32 for 64-bit); any other off is unknown. */
	if (in->off) {
		int sdivmod = (op == 3 || op == 9) && in->off == 1;
		int as_cast = op == 0xb && x && is64 && in->off == 1;
		int movsx = op == 0xb && x &&
			    (in->off == 8 || in->off == 16 || (is64 && in->off == 32));

		if (sdivmod) {
			char signed_op[8] = "s";

			return sb_operation(&b, r, in, strcat(signed_op, sym));
		}
		if (!movsx && !as_cast)
			return unknown(t);
		sb_reg(&b, r, in->dst);
		if (movsx) {
			sb_s(&b, " = (s");
			sb_dec(&b, in->off);
			sb_c(&b, ')');
			return sb_reg(&b, r, in->src);
		}
		/* arena pointers: imm = dst_as << 16 | src_as */
		sb_s(&b, " = addr_space_cast(");
		sb_reg(&b, r, in->src);
		sb_s(&b, ", ");
		sb_uhex(&b, (uint32_t)in->imm >> 16);
		sb_s(&b, ", ");
		sb_uhex(&b, (uint32_t)in->imm & 0xffff);
		return sb_c(&b, ')');
	}
	sb_operation(&b, r, in, sym);
}

static void llvm_jmp(const struct bpf_insn *in, long long index, struct bpf_text *t)
{
	int is32 = BPF_CLASS(in->code) == BPF_JMP32, op = BPF_OP(in->code);
	int x = BPF_SRC_X(in->code);
	char r = is32 ? 'w' : 'r';
	const char *sym = jmp_ops[op >> 4];
	struct sb b;

	sb_init(&b, t);
	t->has_target = 1;
	t->target = index + 1 + in->off;
	if (op == BPF_JA && !x) {
		if (!is32) {
			sb_s(&b, "goto ");
			return sb_disp(&b, in->off);
		}
		t->target = index + 1 + in->imm; /* gotol: 32-bit displacement */
		sb_s(&b, "gotol ");
		return sb_disp(&b, in->imm);
	}
	if (op == BPF_JCOND && !is32 && !x) {
		sb_s(&b, "may_goto ");
		return sb_disp(&b, in->off);
	}
	t->has_target = 0;
	if (!is32 && op == BPF_CALL) {
		if (x) {
			sb_s(&b, "callx ");
			return sb_reg(&b, 'r', in->dst);
		}
		sb_s(&b, "call ");
		return sb_hex(&b, in->imm);
	}
	if (!is32 && op == BPF_EXIT && !x && in->imm == 0)
		return sb_s(&b, "exit");
	if (!sym)
		return unknown(t);
	t->has_target = 1;
	sb_s(&b, "if ");
	sb_operation(&b, r, in, sym);
	sb_s(&b, " goto ");
	sb_disp(&b, in->off);
}

/* "r2 - 0x8", and with parentheses "(r2 - 0x8)". */
static void sb_addr(struct sb *b, int reg, int off)
{
	sb_reg(b, 'r', reg);
	sb_s(b, off < 0 ? " - " : " + ");
	sb_uhex(b, off < 0 ? (unsigned)-off : (unsigned)off);
}

static void sb_mem(struct sb *b, const char *size, int reg, int off)
{
	sb_s(b, "*(");
	sb_s(b, size);
	sb_s(b, " *)(");
	sb_addr(b, reg, off);
	sb_c(b, ')');
}

static void llvm_atomic(const struct bpf_insn *in, struct bpf_text *t)
{
	int dw = BPF_SIZE(in->code) == BPF_DW, op = (in->imm & 0xf0) >> 4, fetch = in->imm & 1;
	struct sb b;

	sb_init(&b, t);
	if (!dw) {
		/* Without the alu32 feature LLVM knows only the 32-bit add. */
		if (op != 0)
			return unknown(t);
		sb_s(&b, "lock ");
		sb_mem(&b, "u32", in->dst, in->off);
		sb_s(&b, " += ");
		return sb_reg(&b, 'r', in->src);
	}
	/* The fetch forms match their whole imm; the plain ones only the
	 * operation bits 7-4, as LLVM's decoder tables do. */
	if (in->imm == 0xe1 || in->imm == 0xf1) {
		sb_reg(&b, 'r', in->imm == 0xe1 ? in->src : 0);
		sb_s(&b, in->imm == 0xe1 ? " = xchg_64(" : " = cmpxchg_64(");
		sb_addr(&b, in->dst, in->off);
		sb_s(&b, in->imm == 0xe1 ? ", " : ", r0, ");
		sb_reg(&b, 'r', in->src);
		return sb_c(&b, ')');
	}
	if (!atomic_op(op, 0))
		return unknown(t);
	if (fetch && in->imm == (op << 4 | 1)) {
		sb_reg(&b, 'r', in->src);
		sb_s(&b, " = atomic_fetch_");
		sb_s(&b, atomic_op(op, 0));
		sb_s(&b, "((u64 *)(");
		sb_addr(&b, in->dst, in->off);
		sb_s(&b, "), ");
		sb_reg(&b, 'r', in->src);
		return sb_c(&b, ')');
	}
	sb_s(&b, "lock ");
	sb_mem(&b, "u64", in->dst, in->off);
	sb_c(&b, ' ');
	sb_s(&b, atomic_op(op, 1));
	sb_c(&b, ' ');
	sb_reg(&b, 'r', in->src);
}

static void llvm_mem(const struct bpf_insn *in, const struct bpf_insn *next,
		     struct bpf_text *t)
{
	int cls = BPF_CLASS(in->code), mode = BPF_MODE(in->code);
	int size = BPF_SIZE(in->code) >> 3, dw = BPF_SIZE(in->code) == BPF_DW;
	struct sb b;

	sb_init(&b, t);
	if (in->code == BPF_LD_IMM64) {
		unsigned long long v;

		if (!next || in->off)
			return unknown(t);
		t->slots = 2;
		v = (uint32_t)in->imm | (unsigned long long)(uint32_t)next->imm << 32;
		if (in->src) {
			sb_s(&b, "ld_pseudo\t");
			sb_reg(&b, 'r', in->dst);
			sb_s(&b, ", ");
			sb_hex(&b, in->src);
			sb_s(&b, ", ");
			return sb_uhex(&b, (uint32_t)in->imm);
		}
		sb_reg(&b, 'r', in->dst);
		sb_s(&b, " = ");
		sb_hex(&b, (long long)v);
		return sb_s(&b, " ll");
	}
	if (cls == BPF_LD && !dw && (mode == BPF_ABS || mode == BPF_IND)) {
		sb_s(&b, "r0 = *(");
		sb_s(&b, size_names[size]);
		sb_s(&b, " *)skb[");
		if (mode == BPF_ABS)
			sb_hex(&b, in->imm);
		else
			sb_reg(&b, 'r', in->src);
		return sb_c(&b, ']');
	}
	if (cls == BPF_LDX && (mode == BPF_MEM || (mode == BPF_MEMSX && !dw))) {
		sb_reg(&b, 'r', in->dst);
		sb_s(&b, " = ");
		return sb_mem(&b, mode == BPF_MEM ? size_names[size] : sx_names[size],
			      in->src, in->off);
	}
	if ((cls == BPF_ST || cls == BPF_STX) && mode == BPF_MEM) {
		sb_mem(&b, size_names[size], in->dst, in->off);
		sb_s(&b, " = ");
		return cls == BPF_ST ? sb_hex(&b, in->imm) : sb_reg(&b, 'r', in->src);
	}
	if (cls == BPF_STX && mode == BPF_ATOMIC && (BPF_SIZE(in->code) == BPF_W || dw))
		return llvm_atomic(in, t);
	unknown(t);
}

void bpf_format_llvm(const struct bpf_insn *insn, const struct bpf_insn *next,
		     long long index, struct bpf_text *out)
{
	out->text[0] = 0;
	out->slots = 1;
	out->known = 1;
	out->has_target = 0;
	out->target = 0;
	switch (BPF_CLASS(insn->code)) {
	case BPF_ALU:
	case BPF_ALU64:
		llvm_alu(insn, out);
		break;
	case BPF_JMP:
	case BPF_JMP32:
		llvm_jmp(insn, index, out);
		break;
	default:
		llvm_mem(insn, next, out);
	}
}

/* ---- the kernel's syntax ---------------------------------------------------- */

static void kernel_alu(const struct bpf_insn *in, struct bpf_text *t)
{
	int is64 = BPF_CLASS(in->code) == BPF_ALU64, op = BPF_OP(in->code);
	char r = is64 ? 'r' : 'w';
	const char *sym = alu_ops[op >> 4];

	if (op == 0x80)
		return put(t, "(%02x) %c%d = -%c%d", in->code, r, in->dst, r, in->dst);
	if (op == 0xd0)
		return put(t, "(%02x) r%d = %s%d r%d", in->code, in->dst,
			   is64 ? "bswap" : BPF_SRC_X(in->code) ? "be" : "le", in->imm, in->dst);
	if (!sym)
		return unknown(t);
	if (BPF_SRC_X(in->code) && op == 0xb0 && in->off)
		return put(t, "(%02x) %c%d = (s%d)%c%d", in->code, r, in->dst, in->off, r, in->src);
	if (BPF_SRC_X(in->code))
		return put(t, "(%02x) %c%d %s%s %c%d", in->code, r, in->dst,
			   in->off == 1 ? "s" : "", sym, r, in->src);
	put(t, "(%02x) %c%d %s%s %d", in->code, r, in->dst, in->off == 1 ? "s" : "", sym, in->imm);
}

static void kernel_jmp(const struct bpf_insn *in, long long index,
		       const struct bpf_names *names, struct bpf_text *t)
{
	int is32 = BPF_CLASS(in->code) == BPF_JMP32, op = BPF_OP(in->code);
	char r = is32 ? 'w' : 'r';
	const char *sym = jmp_ops[op >> 4];

	t->has_target = 1;
	t->target = index + 1 + in->off;
	if (op == BPF_JA) {
		if (is32) {
			t->target = index + 1 + in->imm;
			return put(t, "(%02x) gotol pc%+d", in->code, in->imm);
		}
		return put(t, "(%02x) goto pc%+d", in->code, in->off);
	}
	if (op == BPF_JCOND)
		return put(t, "(%02x) may_goto pc%+d", in->code, in->off);
	t->has_target = 0;
	if (op == BPF_EXIT)
		return put(t, "(%02x) exit", in->code);
	if (op == BPF_CALL) {
		const char *name;

		if (BPF_SRC_X(in->code))
			return put(t, "(%02x) callx r%d", in->code, in->dst);
		if (in->src == BPF_PSEUDO_CALL) {
			t->has_target = 1;
			t->target = index + 1 + in->imm;
			return put(t, "(%02x) call pc%+d", in->code, in->imm);
		}
		name = names && names->helper ? names->helper(names->ctx, in->imm) : NULL;
		if (in->src == BPF_PSEUDO_KFUNC_CALL)
			return put(t, "(%02x) call %s#%d", in->code, name ? name : "kernel-function", in->imm);
		return put(t, "(%02x) call %s#%d", in->code, name ? name : "unknown", in->imm);
	}
	if (!sym)
		return unknown(t);
	t->has_target = 1;
	if (BPF_SRC_X(in->code))
		return put(t, "(%02x) if %c%d %s %c%d goto pc%+d", in->code, r, in->dst, sym, r,
			   in->src, in->off);
	put(t, "(%02x) if %c%d %s 0x%x goto pc%+d", in->code, r, in->dst, sym,
	    (unsigned)in->imm, in->off);
}

static void kernel_mem(const struct bpf_insn *in, const struct bpf_insn *next,
		       long long index, const struct bpf_names *names, struct bpf_text *t)
{
	int cls = BPF_CLASS(in->code), mode = BPF_MODE(in->code), sz = BPF_SIZE(in->code) >> 3;
	const char *size = size_names[sz];

	if (in->code == BPF_LD_IMM64) {
		const char *name;
		unsigned long long v;

		if (!next)
			return unknown(t);
		t->slots = 2;
		v = (uint32_t)in->imm | (unsigned long long)(uint32_t)next->imm << 32;
		name = names && names->ld_imm64 ? names->ld_imm64(names->ctx, index) : NULL;
		if (name)
			return put(t, "(%02x) r%d = %s", in->code, in->dst, name);
		return put(t, "(%02x) r%d = 0x%llx", in->code, in->dst, v);
	}
	if (cls == BPF_LD && mode == BPF_ABS)
		return put(t, "(%02x) r0 = *(%s *)skb[%d]", in->code, size, in->imm);
	if (cls == BPF_LD && mode == BPF_IND)
		return put(t, "(%02x) r0 = *(%s *)skb[r%d + %d]", in->code, size, in->src, in->imm);
	if (cls == BPF_LDX && (mode == BPF_MEM || mode == BPF_MEMSX))
		return put(t, "(%02x) r%d = *(%s%s *)(r%d %+d)", in->code, in->dst,
			   mode == BPF_MEMSX ? "s" : "u", size + 1, in->src, in->off);
	if (cls == BPF_ST && mode == BPF_MEM)
		return put(t, "(%02x) *(%s *)(r%d %+d) = %d", in->code, size, in->dst, in->off, in->imm);
	if (cls == BPF_STX && mode == BPF_MEM)
		return put(t, "(%02x) *(%s *)(r%d %+d) = r%d", in->code, size, in->dst, in->off, in->src);
	if (cls == BPF_STX && mode == BPF_ATOMIC && (sz == 0 || sz == 3)) {
		const char *w = sz == 3 ? "64" : "";
		char r = 'r';
		int op = (in->imm & 0xf0) >> 4, fetch = in->imm & 1;

		if (in->imm == 0xe1)
			return put(t, "(%02x) %c%d = atomic%s_xchg((%s *)(r%d %+d), %c%d)", in->code,
				   r, in->src, w, size, in->dst, in->off, r, in->src);
		if (in->imm == 0xf1)
			return put(t, "(%02x) %c0 = atomic%s_cmpxchg((%s *)(r%d %+d), %c0, %c%d)",
				   in->code, r, w, size, in->dst, in->off, r, r, in->src);
		if (!atomic_op(op, 0) || (in->imm & ~0xf1))
			return unknown(t);
		if (fetch)
			return put(t, "(%02x) %c%d = atomic%s_fetch_%s((%s *)(r%d %+d), %c%d)", in->code,
				   r, in->src, w, atomic_op(op, 0), size, in->dst, in->off, r, in->src);
		return put(t, "(%02x) lock *(%s *)(r%d %+d) %s %c%d", in->code, size, in->dst,
			   in->off, atomic_op(op, 1), r, in->src);
	}
	unknown(t);
}

void bpf_format_kernel(const struct bpf_insn *insn, const struct bpf_insn *next,
		       long long index, const struct bpf_names *names,
		       struct bpf_text *out)
{
	memset(out, 0, sizeof(*out));
	out->slots = 1;
	out->known = 1;
	switch (BPF_CLASS(insn->code)) {
	case BPF_ALU:
	case BPF_ALU64:
		kernel_alu(insn, out);
		break;
	case BPF_JMP:
	case BPF_JMP32:
		kernel_jmp(insn, index, names, out);
		break;
	default:
		kernel_mem(insn, next, index, names, out);
	}
	if (!out->known)
		put(out, "(%02x) unknown opcode", insn->code);
}
