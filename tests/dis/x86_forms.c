// SPDX-License-Identifier: GPL-2.0-only
/*
 * x86_forms: the instruction forms the kernel's x86 BPF JITs emit
 * (arch/x86/net/bpf_jit_comp.c for x86-64, bpf_jit_comp32.c for x86-32),
 * as raw bytes on stdout, each form with every register the JIT can put
 * in it and representative immediates, displacements and branch offsets.
 *
 *   x86_forms 64|32 [S] > forms.bin     (the count of forms on stderr)
 *   x86_forms random N > random.bin     N pseudo-random bytes (a fixed
 *                                       seed: the same file every time)
 *
 * With S, only the first instruction of each form and every S-th one
 * after it: the small blob make check keeps with objdump's text of it
 * (tests/data/dis/x86/).
 *
 * tests/dis/x86_check.sh disassembles the file with objdump and with
 * bpf-jitdis, AT&T and Intel, and compares every instruction's text.
 * The encodings are written out here from the Intel manual's tables (one
 * emitter per kind of operand), not taken from the JIT.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bits;                /* 64 or 32 */
static unsigned nregs;          /* 16 or 8 */
static unsigned long forms, stride = 1;
static unsigned char buf[32];
static unsigned len;

static void b(unsigned v) { buf[len++] = (unsigned char)v; }

/* The instruction in buf: written, or with a stride only every stride-th
 * of its form (forms counts the forms begun). */
static void flush(void)
{
	static unsigned long form, n;

	if (form != forms)
		form = forms, n = 0;
	if (n++ % stride == 0)
		fwrite(buf, 1, len, stdout);
	len = 0;
}

static void imm(int64_t v, unsigned size)
{
	for (unsigned i = 0; i < size; i++)
		b((unsigned)(v >> (8 * i)) & 0xff);
}

/* A memory operand: base, optional index (-1: none) and scale (0..3),
 * displacement of dsize bytes (0, 1, 4). */
struct mem {
	int base, index, scale;
	int32_t disp;
	unsigned dsize;
};

/* An operand in the r/m field: a register (reg >= 0) or memory. */
struct rm {
	int reg;
	struct mem m;
};

/* Prefixes: 66 (p66), lock, REX (w, and the high bits of reg, index and
 * base; rex8: a byte register 4-7 that needs one), the opcode bytes. */
struct enc {
	int p66, lock, w, rex8;
	unsigned char op[3];
	unsigned nop;
};

static void emit(const struct enc *e, unsigned reg, const struct rm *rm)
{
	unsigned rex = 0x40 | (e->w ? 8 : 0) | (reg & 8 ? 4 : 0);
	unsigned rmreg = rm->reg >= 0 ? (unsigned)rm->reg : (unsigned)rm->m.base;
	int sib = rm->reg < 0 && (rm->m.index >= 0 || (rm->m.base & 7) == 4);

	if (rm->reg < 0 && rm->m.index >= 0 && (rm->m.index & 8))
		rex |= 2;
	if (rmreg & 8)
		rex |= 1;
	if (e->lock)
		b(0xf0);
	if (e->p66)
		b(0x66);
	if (bits == 64 && (rex != 0x40 || e->rex8))
		b(rex);
	for (unsigned i = 0; i < e->nop; i++)
		b(e->op[i]);
	if (rm->reg >= 0) {
		b(0xc0 | (reg & 7) << 3 | (rm->reg & 7));
		return;
	}
	unsigned mod = rm->m.dsize == 1 ? 1 : rm->m.dsize == 4 ? 2 : 0;

	b(mod << 6 | (reg & 7) << 3 | (sib ? 4 : (rm->m.base & 7)));
	if (sib)
		b((unsigned)rm->m.scale << 6 | (rm->m.index >= 0 ? (rm->m.index & 7) : 4) << 3 |
		  (rm->m.base & 7));
	imm(rm->m.disp, rm->m.dsize);
}

static struct enc op1(unsigned o, int w) { return (struct enc){ .w = w, .op = { o }, .nop = 1 }; }
static struct enc op2(unsigned o, int w) { return (struct enc){ .w = w, .op = { 0x0f, o }, .nop = 2 }; }

/* The memory operands: every base with no, a zero, a byte and a word
 * displacement of both signs (the JIT always writes a disp8 of 0 for
 * BPF's off 0; (%rbp) and (%r13) exist only with one), and base+index
 * pairs as the x86-32 JIT's and the arena's (base,index,1) loads use. */
static struct mem mems[512];
static unsigned nmems;

static void make_mems(void)
{
	static const int32_t d8[] = { 0, 8, 0x7f, -0x80, -8 };
	static const int32_t d32[] = { 0x80, -0x81, 0x7fffffff, -0x7fffffff - 1, 0x228 };

	for (unsigned r = 0; r < nregs; r++) {
		if ((r & 7) != 5)
			mems[nmems++] = (struct mem){ r, -1, 0, 0, 0 };
		for (unsigned i = 0; i < sizeof(d8) / sizeof(d8[0]); i++)
			mems[nmems++] = (struct mem){ r, -1, 0, d8[i], 1 };
		for (unsigned i = 0; i < sizeof(d32) / sizeof(d32[0]); i++)
			mems[nmems++] = (struct mem){ r, -1, 0, d32[i], 4 };
		for (unsigned x = 0; x < nregs; x++) {
			if (x == 4)
				continue;
			/* no, a byte and a word displacement in turn; (%rbp)
			 * and (%r13) have one */
			unsigned ds = (r + x) % 3 == 2 ? 4 : (r + x) % 3;

			mems[nmems++] = (struct mem){ r, (int)x, (int)((r + x) & 3),
						      ds == 4 ? 0x1000 : 0x10,
						      (r & 7) == 5 && !ds ? 1 : ds };
		}
	}
}

/* reg, r/m register: every pair; byteregs: 1 both are byte registers,
 * 2 the r/m one only (movzx) */
static void form_rr(struct enc e, int byteregs)
{
	forms++;
	for (unsigned r = 0; r < nregs; r++)
		for (unsigned m = 0; m < nregs; m++) {
			/* in 32-bit mode bytes 4-7 are ah..bh: fine, the
			 * decoders name them; in 64-bit mode REX makes them
			 * spl..dil, as the JIT writes them */
			e.rex8 = byteregs && bits == 64 && ((byteregs == 1 && (r & 7) >= 4) || (m & 7) >= 4);
			emit(&e, r, &(struct rm){ .reg = (int)m });
			flush();
		}
}

/* reg, memory: every memory operand (registers in turn), and every
 * register with every base */
static void form_rm(struct enc e, int byteregs)
{
	forms++;
	for (unsigned i = 0; i < nmems + nregs * nregs; i++) {
		unsigned r = i < nmems ? i % nregs : (i - nmems) / nregs;
		struct mem m = { (int)((i - nmems) % nregs), -1, 0, 8, 1 };

		e.rex8 = byteregs && bits == 64 && (r & 7) >= 4;
		emit(&e, r, &(struct rm){ .reg = -1, .m = i < nmems ? mems[i] : m });
		flush();
	}
}

/* /ext with an r/m register (every one with every value) or memory
 * (every operand, the values in turn) and an immediate of isize bytes
 * (0: none) from vals */
static void form_ext(struct enc e, unsigned ext, unsigned isize, const int64_t *vals,
		     unsigned nvals, int memory, int byteregs)
{
	forms++;
	for (unsigned m = 0; m < (memory ? nmems : nregs); m++)
		for (unsigned v = 0; v < (nvals && !memory ? nvals : 1); v++) {
			struct rm rm = { .reg = memory ? -1 : (int)m };

			if (memory)
				rm.m = mems[m];
			e.rex8 = byteregs && bits == 64 && !memory && (m & 7) >= 4;
			emit(&e, ext, &rm);
			if (isize)
				imm(vals[memory ? m % nvals : v], isize);
			flush();
		}
}

static const int64_t imm8s[] = { 0, 1, 8, 0x7f, -0x80, -1, 0x3f, 0x20, 0x1f };
static const int64_t imm16s[] = { 0, 1, 0x7fff, -0x8000, -1, 0x1234 };
static const int64_t imm32s[] = { 0, 1, 0x80, 0x7fffffff, -0x7fffffff - 1, -1, 0x12345678, -0x81 };
static const int64_t imm64s[] = { 0, 1, -1, INT64_MAX, INT64_MIN, 0x123456789abcdefLL,
				  (int64_t)0xffff888104419400ULL, 0x80000000LL };
#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ALU reg,reg and reg,mem in both directions, 8/16/32/64 bits (the
 * x86-32 JIT writes 33 and 8b forms, the x86-64 one 01..39 and 89) */
static void alu(void)
{
	static const unsigned char ops[] = { 0x00, 0x08, 0x10, 0x18, 0x20, 0x28, 0x30, 0x38, 0x88, 0x84 };

	for (unsigned i = 0; i < N(ops); i++)
		for (unsigned d = 0; d < (ops[i] == 0x84 ? 1u : 2u); d++) {
			unsigned o = ops[i] + 2 * d;

			for (int w = 0; w < (bits == 64 ? 2 : 1); w++) {
				form_rr(op1(o + 1, w), 0);
				form_rm(op1(o + 1, w), 0);
			}
			struct enc e16 = op1(o + 1, 0);

			e16.p66 = 1;
			form_rr(e16, 0);
			form_rm(e16, 0);
			form_rr(op1(o, 0), 1);
			form_rm(op1(o, 0), 1);
		}
}

/* ALU with immediates: 83 /ext ib, 81 /ext id, the eax short forms, and
 * c7/c6/f7/f6 /0 (mov and test) */
static void alu_imm(void)
{
	for (int w = 0; w < (bits == 64 ? 2 : 1); w++) {
		for (unsigned ext = 0; ext < 8; ext++) {
			form_ext(op1(0x83, w), ext, 1, imm8s, N(imm8s), 0, 0);
			form_ext(op1(0x83, w), ext, 1, imm8s, N(imm8s), 1, 0);
			form_ext(op1(0x81, w), ext, 4, imm32s, N(imm32s), 0, 0);
			form_ext(op1(0x81, w), ext, 4, imm32s, N(imm32s), 1, 0);
			forms++;
			for (unsigned v = 0; v < N(imm32s); v++) {
				struct enc e = op1(0x05 + 8 * ext, w);

				emit(&e, 0, &(struct rm){ .reg = 0 });
				len--;          /* no ModRM byte: opcode + imm32 */
				imm(imm32s[v], 4);
				flush();
			}
		}
		form_ext(op1(0xc7, w), 0, 4, imm32s, N(imm32s), 0, 0);
		form_ext(op1(0xc7, w), 0, 4, imm32s, N(imm32s), 1, 0);
		form_ext(op1(0xf7, w), 0, 4, imm32s, N(imm32s), 0, 0);
		form_ext(op1(0xf7, w), 0, 4, imm32s, N(imm32s), 1, 0);
		forms++;
		for (unsigned v = 0; v < N(imm32s); v++) {
			if (w)
				b(0x48);
			b(0xa9);
			imm(imm32s[v], 4);
			flush();
		}
		/* mov $imm8,%reg8 (b0+r: x86-32's mov $n,%cl) */
		forms++;
		for (unsigned r = 0; r < nregs && !w; r++)
			for (unsigned v = 0; v < N(imm8s); v++) {
				if (bits == 64 && r >= 4)
					b(0x40 | (r >> 3));
				b(0xb0 + (r & 7));
				imm(imm8s[v], 1);
				flush();
			}
		/* mov $imm32,%reg (b8+r), and with REX.W movabs $imm64 */
		forms++;
		for (unsigned r = 0; r < nregs; r++)
			for (unsigned v = 0; v < (w ? N(imm64s) : N(imm32s)); v++) {
				if (bits == 64 && (w || r >= 8))
					b(0x40 | (w ? 8 : 0) | (r >> 3));
				b(0xb8 + (r & 7));
				imm(w ? imm64s[v] : imm32s[v], w ? 8 : 4);
				flush();
			}
	}
	struct enc e = op1(0xc7, 0);

	e.p66 = 1;
	form_ext(op1(0xc6, 0), 0, 1, imm8s, N(imm8s), 1, 0);
	form_ext(e, 0, 2, imm16s, N(imm16s), 1, 0);
	form_ext(op1(0xc6, 0), 0, 1, imm8s, N(imm8s), 0, 1);
	form_ext(e, 0, 2, imm16s, N(imm16s), 0, 0);
}

/* neg, not, mul, imul, div, idiv (f7 /2../7), inc/dec (ff /0 /1 only as
 * registers and memory), shifts and rotates by an immediate, by one and
 * by %cl, the 16-bit rol of bswap16, imul reg,r/m and with immediates */
static void unary_shift(void)
{
	static const int64_t counts[] = { 1, 2, 8, 0x10, 0x1f, 0x20, 0x3f };

	for (int w = 0; w < (bits == 64 ? 2 : 1); w++) {
		for (unsigned ext = 2; ext < 8; ext++) {
			form_ext(op1(0xf7, w), ext, 0, NULL, 0, 0, 0);
			form_ext(op1(0xf7, w), ext, 0, NULL, 0, 1, 0);
		}
		for (unsigned ext = 0; ext < 2; ext++) {
			form_ext(op1(0xff, w), ext, 0, NULL, 0, 0, 0);
			form_ext(op1(0xff, w), ext, 0, NULL, 0, 1, 0);
		}
		for (unsigned ext = 0; ext < 8; ext++) {
			if (ext == 2 || ext == 3 || ext == 6)   /* rcl, rcr, sal: no JIT writes them */
				continue;
			form_ext(op1(0xc1, w), ext, 1, counts, N(counts), 0, 0);
			form_ext(op1(0xc1, w), ext, 1, counts, N(counts), 1, 0);
			form_ext(op1(0xd1, w), ext, 0, NULL, 0, 0, 0);
			form_ext(op1(0xd1, w), ext, 0, NULL, 0, 1, 0);
			form_ext(op1(0xd3, w), ext, 0, NULL, 0, 0, 0);
			form_ext(op1(0xd3, w), ext, 0, NULL, 0, 1, 0);
		}
		form_rr(op2(0xaf, w), 0);
		form_rm(op2(0xaf, w), 0);
		/* imul $imm,r/m,reg: reg = r/m register here, as the JIT */
		forms += 2;
		for (unsigned r = 0; r < nregs; r++) {
			for (unsigned v = 0; v < N(imm8s); v++) {
				emit(&(struct enc){ .w = w, .op = { 0x6b }, .nop = 1 }, r,
				     &(struct rm){ .reg = (int)(nregs - 1 - r) });
				imm(imm8s[v], 1);
				flush();
			}
			for (unsigned v = 0; v < N(imm32s); v++) {
				emit(&(struct enc){ .w = w, .op = { 0x69 }, .nop = 1 }, r,
				     &(struct rm){ .reg = (int)r });
				imm(imm32s[v], 4);
				flush();
			}
		}
		/* shld/shrd by %cl and by an immediate (x86-32's 64-bit shifts) */
		form_rr(op2(0xa5, w), 0);
		form_rr(op2(0xad, w), 0);
		forms += 2;
		for (unsigned r = 0; r < nregs; r++)
			for (unsigned v = 0; v < N(counts); v++) {
				emit(&(struct enc){ .w = w, .op = { 0x0f, 0xa4 }, .nop = 2 }, r,
				     &(struct rm){ .reg = (int)((r + 1) % nregs) });
				imm(counts[v], 1);
				emit(&(struct enc){ .w = w, .op = { 0x0f, 0xac }, .nop = 2 }, r,
				     &(struct rm){ .reg = (int)((r + 3) % nregs) });
				imm(counts[v], 1);
				flush();
			}
		/* bswap */
		forms++;
		for (unsigned r = 0; r < nregs; r++) {
			if (bits == 64 && (w || r >= 8))
				b(0x40 | (w ? 8 : 0) | (r >> 3));
			b(0x0f);
			b(0xc8 + (r & 7));
			flush();
		}
	}
	struct enc e = op1(0xc1, 0);

	e.p66 = 1;
	form_ext(e, 0, 1, counts, N(counts), 0, 0);
	form_ext(e, 1, 1, counts, N(counts), 0, 0);
}

/* movzx/movsx from bytes and words, to 16/32/64 bits; movsxd */
static void extend(void)
{
	for (unsigned o = 0xb6; o <= 0xbf; o++) {
		if (o > 0xb7 && o < 0xbe)
			continue;
		for (int w = 0; w < (bits == 64 ? 2 : 1); w++) {
			form_rr(op2(o, w), o & 1 ? 0 : 2);
			form_rm(op2(o, w), 0);
		}
		struct enc e = op2(o, 0);

		e.p66 = 1;
		if (!(o & 1)) {
			form_rr(e, 2);
			form_rm(e, 0);
		}
	}
	if (bits == 64) {
		form_rr(op1(0x63, 1), 0);
		form_rm(op1(0x63, 1), 0);
	}
}

/* lock add/or/and/xor, xadd, xchg, cmpxchg: BPF's atomics, 32 and 64 */
static void atomics(void)
{
	static const unsigned char ops[] = { 0x01, 0x09, 0x21, 0x31, 0x87 };

	for (int w = 0; w < (bits == 64 ? 2 : 1); w++) {
		for (unsigned i = 0; i < N(ops); i++) {
			struct enc e = op1(ops[i], w);

			e.lock = 1;
			form_rm(e, 0);
		}
		struct enc e = op2(0xc1, w);

		e.lock = 1;
		form_rm(e, 0);
		e.op[1] = 0xb1;
		form_rm(e, 0);
		form_rm(op1(0x87, w), 0);
		form_rr(op1(0x87, w), 0);
		form_rm(op2(0xb1, w), 0);
		form_rm(op2(0xc1, w), 0);
	}
}

/* lea, both sizes (the JIT's address arithmetic; x86-32's frame) */
static void lea(void)
{
	for (int w = 0; w < (bits == 64 ? 2 : 1); w++)
		form_rm(op1(0x8d, w), 0);
}

/* Per-CPU data: add and mov from an absolute %gs address into every
 * register (the x86-64 JIT's this_cpu_off and cpu_number loads) */
static void percpu(void)
{
	static const int32_t addrs[] = { 0x1000, 0x1f4c8, -0x80000000, 0x7fffffff, 0 };

	if (bits != 64)
		return;
	for (int w = 0; w < 2; w++)
		for (unsigned o = 0; o < 2; o++) {
			forms++;
			for (unsigned r = 0; r < nregs; r++)
				for (unsigned i = 0; i < N(addrs); i++) {
					b(0x65);
					if (w || r >= 8)
						b(0x40 | (w ? 8 : 0) | (r & 8 ? 4 : 0));
					b(o ? 0x8b : 0x03);
					b(0x04 | (r & 7) << 3);
					b(0x25);
					imm(addrs[i], 4);
					flush();
				}
		}
}

/* BMI2 shlx/sarx/shrx: VEX.0F38 F7 /r with pp 66/F3/F2, count in vvvv */
static void bmi2(void)
{
	if (bits != 64)
		return;
	for (unsigned pp = 1; pp < 4; pp++)
		for (int w = 0; w < 2; w++) {
			forms++;
			for (unsigned d = 0; d < nregs; d++)
				for (unsigned s = 0; s < nregs; s++) {
					unsigned c = (d + s + 3) % nregs;

					b(0xc4);
					b((d & 8 ? 0 : 0x80) | 0x40 | (s & 8 ? 0 : 0x20) | 0x02);
					b((w ? 0x80 : 0) | (~c & 15) << 3 | pp);
					b(0xf7);
					b(0xc0 | (d & 7) << 3 | (s & 7));
					flush();
				}
		}
}

/* jcc rel8/rel32, jmp rel8/rel32, call rel32 (also how the retpoline
 * and return thunks are reached), call/jmp through a register */
static void branches(void)
{
	static const int32_t rel8[] = { 0, 2, -2, 0x7f, -0x80, 0x10 };
	static const int32_t rel32[] = { 0, 5, -5, 0x7fffffff, -0x7fffffff - 1, 0x12345, -0x3e8 };

	for (unsigned cc = 0; cc < 16; cc++) {
		forms += 2;
		for (unsigned i = 0; i < N(rel8); i++) {
			b(0x70 + cc);
			imm(rel8[i], 1);
			flush();
		}
		for (unsigned i = 0; i < N(rel32); i++) {
			b(0x0f);
			b(0x80 + cc);
			imm(rel32[i], 4);
			flush();
		}
		/* setcc to every byte register */
		form_ext(op2(0x90 + cc, 0), 0, 0, NULL, 0, 0, 1);
	}
	forms += 3;
	for (unsigned i = 0; i < N(rel8); i++) {
		b(0xeb);
		imm(rel8[i], 1);
		flush();
	}
	for (unsigned i = 0; i < N(rel32); i++) {
		b(0xe9);
		imm(rel32[i], 4);
		b(0xe8);
		imm(rel32[i], 4);
		flush();
	}
	form_ext(op1(0xff, 0), 2, 0, NULL, 0, 0, 0);
	form_ext(op1(0xff, 0), 4, 0, NULL, 0, 0, 0);
}

/* push/pop of every register; single-byte and fixed instructions:
 * leave, ret, cdq/cqo, int3, lfence, endbr64, the kernel's nops */
static void fixed(void)
{
	static const unsigned char seqs[][10] = {
		{ 1, 0xc9 }, { 1, 0xc3 }, { 1, 0x99 }, { 2, 0x48, 0x99 }, { 2, 0x48, 0x98 },
		{ 1, 0x98 }, { 1, 0xcc }, { 3, 0x0f, 0xae, 0xe8 }, { 4, 0xf3, 0x0f, 0x1e, 0xfa },
		{ 4, 0xf3, 0x0f, 0x1e, 0xfb }, { 2, 0xf3, 0x90 },
		{ 1, 0x90 }, { 2, 0x66, 0x90 }, { 3, 0x66, 0x66, 0x90 }, { 4, 0x66, 0x66, 0x66, 0x90 },
		{ 5, 0x66, 0x66, 0x66, 0x66, 0x90 },   /* 5.10's five-byte nop */
		{ 3, 0x0f, 0x1f, 0x00 }, { 4, 0x0f, 0x1f, 0x40, 0x00 },
		{ 5, 0x0f, 0x1f, 0x44, 0x00, 0x00 }, { 6, 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
		{ 7, 0x0f, 0x1f, 0x80, 0, 0, 0, 0 }, { 8, 0x0f, 0x1f, 0x84, 0x00, 0, 0, 0, 0 },
	};

	forms++;
	for (unsigned r = 0; r < nregs; r++) {
		if (r >= 8)
			b(0x41);
		b(0x50 + (r & 7));
		if (r >= 8)
			b(0x41);
		b(0x58 + (r & 7));
		flush();
	}
	for (unsigned i = 0; i < N(seqs); i++) {
		if (bits == 32 && seqs[i][0] >= 2 && seqs[i][1] == 0x48)
			continue;       /* dec %eax in 32-bit mode */
		forms++;
		for (unsigned k = 1; k <= seqs[i][0]; k++)
			b(seqs[i][k]);
		flush();
	}
}

/* xorshift64: any byte sequence, for the check that an instruction
 * outside the forms is shown as its bytes or as objdump shows it */
static int random_bytes(unsigned long n)
{
	uint64_t x = 0x2545f4914f6cdd1dULL;

	while (n--) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		putchar((int)(x >> 56));
	}
	return ferror(stdout) || fflush(stdout) ? 1 : 0;
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "random"))
		return random_bytes(strtoul(argv[2], NULL, 10));
	if (argc < 2 || argc > 3 || (strcmp(argv[1], "64") && strcmp(argv[1], "32")) ||
	    (argc == 3 && (stride = strtoul(argv[2], NULL, 10)) == 0)) {
		fprintf(stderr, "usage: x86_forms 64|32 [S] > forms.bin | random N > random.bin\n");
		return 2;
	}
	bits = atoi(argv[1]);
	nregs = bits == 64 ? 16 : 8;
	make_mems();
	alu();
	alu_imm();
	unary_shift();
	extend();
	atomics();
	lea();
	percpu();
	bmi2();
	branches();
	fixed();
	fprintf(stderr, "%lu\n", forms);
	return ferror(stdout) || fflush(stdout) ? 1 : 0;
}
