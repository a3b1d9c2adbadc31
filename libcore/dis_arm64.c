// SPDX-License-Identifier: GPL-2.0-only
/* AArch64 decoder for bpf-jitdis: the instruction forms the kernel's arm64
 * BPF JIT emits (arch/arm64/net/bpf_jit.h and bpf_jit_comp.c, Linux 6.1 to
 * current: prologue and epilogue, body, tail calls, LSE and LL/SC atomics,
 * load-acquire/store-release, per-CPU and arena code, the PLT, trampolines,
 * the BHB mitigation, the brk fill), printed as GNU objdump (binutils 2.40)
 * prints them, aliases included.
 *
 * rows[] reads like the encoding tables of the Arm ARM: mask, value,
 * mnemonic, operand layout.  The first row whose mask and value match a
 * word, and whose layout accepts it, prints it.  An alias (mov, cmp, lsl,
 * mul, stadd, ...) is a row before the instruction it stands for.  A
 * layout refuses a word when the alias condition is not a plain field
 * value (lsl of ubfm: imms + 1 == immr) or when the architecture leaves
 * the encoding unallocated (a 32-bit shift by 32); the word then goes on
 * to the next row, or ends as objdump's ".inst 0x... ; undefined". */
#include <inttypes.h>
#include <stdio.h>

#include "dis.h"
#include "endian.h"

/* How a row's mnemonic is spelled: its name, or ... */
enum {
	MK_NAME,
	MK_COND,        /* "b." and the condition (bits 3:0) */
	MK_HINT,        /* objdump's name of hint #CRm:op2, the whole text */
	MK_LDST,        /* ldst_names[size:opc] */
	MK_SZ,          /* name, size suffix (b, h) */
	MK_LSZ,         /* name, l (release, bit 22), size suffix */
	MK_ALSZ,        /* name, a (acquire, bit 23), l (bit 22), size suffix */
	MK_CAS,         /* name, a (bit 22), l (bit 15), size suffix */
};

/* Operands.  A register operand is 0x80 | field | width | sp: which
 * register field, x or w, and whether number 31 is sp rather than zr. */
enum { F_D, F_N, F_M, F_A };    /* bits 4:0, 9:5, 20:16, 14:10 */
enum {
	W_SF,           /* x when sf (bit 31) */
	W_X, W_W,
	W_SIZE,         /* x when size (bits 31:30) is 3 */
	W_LDST,         /* x when size is 3 or opc (bits 23:22) is 2 */
	W_LIT,          /* x unless opc (bits 31:30) is 0 */
	W_EXT,          /* x when sf and the extension is uxtx/sxtx */
};
#define REG(f, wd, sp) (0x80 | (f) << 5 | (wd) << 1 | (sp))
enum {
	Rd = REG(F_D, W_SF, 0), RdS = REG(F_D, W_SF, 1),
	Rn = REG(F_N, W_SF, 0), RnS = REG(F_N, W_SF, 1),
	Rm = REG(F_M, W_SF, 0), Ra = REG(F_A, W_SF, 0),
	Xd = REG(F_D, W_X, 0), Xn = REG(F_N, W_X, 0), Xt2 = REG(F_A, W_X, 0),
	Wn = REG(F_N, W_W, 0), Ws = REG(F_M, W_W, 0),
	Rt_sz = REG(F_D, W_SIZE, 0), Rs_sz = REG(F_M, W_SIZE, 0),
	Rt_ldst = REG(F_D, W_LDST, 0), Rt_lit = REG(F_D, W_LIT, 0),
	Rm_ext = REG(F_M, W_EXT, 0),
};
/* The other operands.  The first three follow the one before without a
 * ", " between. */
enum {
	O_END,
	O_SHIFT,        /* ", lsl #3" of a shifted register */
	O_EXTEND,       /* ", uxtw #2" of an extended register */
	O_COND_ALIASES, /* "  // b.hs, b.nlast": objdump's comment */
	O_B26, O_B19, O_B14,    /* branch targets */
	O_LIT19,        /* ldr (literal) address */
	O_ADR,          /* adr address */
	O_BIT,          /* tbz bit number */
	O_IMM12,        /* #0x10{, lsl #12} */
	O_BITMASK,      /* #0xff00ff00 (logical immediate) */
	O_MOVBM,        /* mov's logical immediate, with the decimal comment */
	O_MOVZ, O_MOVN, /* mov's wide immediate, with the decimal comment */
	O_IMM16,        /* #0x1234{, lsl #16} */
	O_IMMR,         /* #immr */
	O_LSL,          /* #(width - 1 - imms) when imms + 1 == immr */
	O_BFIZ,         /* #lsb, #width when imms < immr */
	O_BFX,          /* #lsb, #width */
	O_MEM,          /* [Xn|SP] */
	O_MEM_UIMM,     /* [Xn|SP{, #imm12 << size}] */
	O_MEM_REG,      /* [Xn|SP, Xm{, lsl #size}] */
	O_MEM_PAIR,     /* [Xn|SP{, #imm}], [Xn|SP, #imm]!, [Xn|SP], #imm */
	O_UDF,          /* #imm16, decimal */
	O_EXC,          /* #0ximm16 */
	O_CRM,          /* #0xCRm */
	O_BARRIER,      /* ish, ..., #0x0c */
	O_SYSREG,       /* tpidr_el1, tpidr_el2, sp_el0 */
};

/* The operand layouts: a mnemonic kind and up to four operands. */
enum {
	L_NONE, L_B26, L_BCOND, L_CB, L_TB, L_XN, L_UDF, L_EXC, L_HINT, L_BARRIER,
	L_ISB, L_MRS, L_LIT, L_ADR, L_LDST_UIMM, L_LDST_REG, L_PAIR, L_LDX, L_STX,
	L_CAS, L_LSE, L_ST, L_ADDI, L_ADDSI, L_MOVSP, L_CMPI, L_LOGI, L_ANDSI,
	L_TSTI, L_MOVBM, L_MOVW, L_MOVZ, L_MOVN, L_SHIFTI, L_LSL, L_BFIZ, L_EXTEND,
	L_BFX, L_RRR_SH, L_DM_SH, L_NM_SH, L_DM, L_ADDX, L_ADDSX, L_CMPX, L_RR,
	L_RRR, L_RRRR,
};
static const unsigned char layouts[][5] = {
	[L_NONE]      = { MK_NAME },
	[L_B26]       = { MK_NAME, O_B26 },
	[L_BCOND]     = { MK_COND, O_B19, O_COND_ALIASES },
	[L_CB]        = { MK_NAME, Rd, O_B19 },
	[L_TB]        = { MK_NAME, Rd, O_BIT, O_B14 },      /* b5 is bit 31 */
	[L_XN]        = { MK_NAME, Xn },
	[L_UDF]       = { MK_NAME, O_UDF },
	[L_EXC]       = { MK_NAME, O_EXC },
	[L_HINT]      = { MK_HINT },
	[L_BARRIER]   = { MK_NAME, O_BARRIER },
	[L_ISB]       = { MK_NAME, O_CRM },
	[L_MRS]       = { MK_NAME, Xd, O_SYSREG },
	[L_LIT]       = { MK_NAME, Rt_lit, O_LIT19 },
	[L_ADR]       = { MK_NAME, Xd, O_ADR },
	[L_LDST_UIMM] = { MK_LDST, Rt_ldst, O_MEM_UIMM },
	[L_LDST_REG]  = { MK_LDST, Rt_ldst, O_MEM_REG },
	[L_PAIR]      = { MK_NAME, Xd, Xt2, O_MEM_PAIR },
	[L_LDX]       = { MK_SZ, Rt_sz, O_MEM },
	[L_STX]       = { MK_SZ, Ws, Rt_sz, O_MEM },
	[L_CAS]       = { MK_CAS, Rs_sz, Rt_sz, O_MEM },
	[L_LSE]       = { MK_ALSZ, Rs_sz, Rt_sz, O_MEM },
	[L_ST]        = { MK_LSZ, Rs_sz, O_MEM },
	[L_ADDI]      = { MK_NAME, RdS, RnS, O_IMM12 },
	[L_ADDSI]     = { MK_NAME, Rd, RnS, O_IMM12 },
	[L_MOVSP]     = { MK_NAME, RdS, RnS },
	[L_CMPI]      = { MK_NAME, RnS, O_IMM12 },
	[L_LOGI]      = { MK_NAME, RdS, Rn, O_BITMASK },
	[L_ANDSI]     = { MK_NAME, Rd, Rn, O_BITMASK },
	[L_TSTI]      = { MK_NAME, Rn, O_BITMASK },
	[L_MOVBM]     = { MK_NAME, RdS, O_MOVBM },
	[L_MOVW]      = { MK_NAME, Rd, O_IMM16 },
	[L_MOVZ]      = { MK_NAME, Rd, O_MOVZ },
	[L_MOVN]      = { MK_NAME, Rd, O_MOVN },
	[L_SHIFTI]    = { MK_NAME, Rd, Rn, O_IMMR },
	[L_LSL]       = { MK_NAME, Rd, Rn, O_LSL },
	[L_BFIZ]      = { MK_NAME, Rd, Rn, O_BFIZ },
	[L_EXTEND]    = { MK_NAME, Rd, Wn },
	[L_BFX]       = { MK_NAME, Rd, Rn, O_BFX },
	[L_RRR_SH]    = { MK_NAME, Rd, Rn, Rm, O_SHIFT },
	[L_DM_SH]     = { MK_NAME, Rd, Rm, O_SHIFT },
	[L_NM_SH]     = { MK_NAME, Rn, Rm, O_SHIFT },
	[L_DM]        = { MK_NAME, Rd, Rm },
	[L_ADDX]      = { MK_NAME, RdS, RnS, Rm_ext, O_EXTEND },
	[L_ADDSX]     = { MK_NAME, Rd, RnS, Rm_ext, O_EXTEND },
	[L_CMPX]      = { MK_NAME, RnS, Rm_ext, O_EXTEND },
	[L_RR]        = { MK_NAME, Rd, Rn },
	[L_RRR]       = { MK_NAME, Rd, Rn, Rm },
	[L_RRRR]      = { MK_NAME, Rd, Rn, Rm, Ra },
};

struct row {
	uint32_t mask, value;
	char name[6];
	unsigned char layout;
};

/* Top to bottom: an alias before what it aliases.  Field names are the
 * Arm ARM's. */
static const struct row rows[] = {
	/* Branches, exception generation, system */
	{ 0xfc000000, 0x14000000, "b",     L_B26 },
	{ 0xfc000000, 0x94000000, "bl",    L_B26 },
	{ 0xff000010, 0x54000000, "b.",    L_BCOND },
	{ 0x7f000000, 0x34000000, "cbz",   L_CB },
	{ 0x7f000000, 0x35000000, "cbnz",  L_CB },
	{ 0x7f000000, 0x36000000, "tbz",   L_TB },
	{ 0x7f000000, 0x37000000, "tbnz",  L_TB },
	{ 0xffffffff, 0xd65f03c0, "ret",   L_NONE },    /* Rn = x30 */
	{ 0xfffffc1f, 0xd61f0000, "br",    L_XN },
	{ 0xfffffc1f, 0xd63f0000, "blr",   L_XN },
	{ 0xfffffc1f, 0xd65f0000, "ret",   L_XN },
	{ 0xffff0000, 0x00000000, "udf",   L_UDF },
	{ 0xffe0001f, 0xd4000001, "svc",   L_EXC },
	{ 0xffe0001f, 0xd4000002, "hvc",   L_EXC },
	{ 0xffe0001f, 0xd4000003, "smc",   L_EXC },
	{ 0xffe0001f, 0xd4200000, "brk",   L_EXC },
	{ 0xfffff01f, 0xd503201f, "",      L_HINT },
	{ 0xffffffff, 0xd503309f, "ssbb",  L_NONE },    /* dsb #0 */
	{ 0xffffffff, 0xd503349f, "pssbb", L_NONE },    /* dsb #4 */
	{ 0xfffff0ff, 0xd503309f, "dsb",   L_BARRIER },
	{ 0xfffff0ff, 0xd50330bf, "dmb",   L_BARRIER },
	{ 0xffffffff, 0xd5033fdf, "isb",   L_NONE },    /* isb sy */
	{ 0xfffff0ff, 0xd50330df, "isb",   L_ISB },
	{ 0xffffffff, 0xd50330ff, "sb",    L_NONE },
	{ 0xfff00000, 0xd5300000, "mrs",   L_MRS },

	/* Loads and stores */
	{ 0xff000000, 0x18000000, "ldr",   L_LIT },     /* Wt */
	{ 0xff000000, 0x58000000, "ldr",   L_LIT },     /* Xt */
	{ 0xff000000, 0x98000000, "ldrsw", L_LIT },
	{ 0x9f000000, 0x10000000, "adr",   L_ADR },
	{ 0x3f000000, 0x39000000, "",      L_LDST_UIMM },   /* unsigned offset */
	{ 0x3f20ec00, 0x38206800, "",      L_LDST_REG },    /* option = lsl */
	{ 0xfe400000, 0xa8000000, "stp",   L_PAIR },    /* opc = 64-bit */
	{ 0xfe400000, 0xa8400000, "ldp",   L_PAIR },
	{ 0x3ffffc00, 0x085f7c00, "ldxr",  L_LDX },     /* Rs, Rt2 = 11111 */
	{ 0x3ffffc00, 0x085ffc00, "ldaxr", L_LDX },
	{ 0x3ffffc00, 0x08dffc00, "ldar",  L_LDX },
	{ 0x3ffffc00, 0x089ffc00, "stlr",  L_LDX },
	{ 0x3fe0fc00, 0x08007c00, "stxr",  L_STX },
	{ 0x3fe0fc00, 0x0800fc00, "stlxr", L_STX },
	{ 0x3fa07c00, 0x08a07c00, "cas",   L_CAS },
	{ 0x3fa0fc1f, 0x3820001f, "stadd", L_ST },      /* A = 0, Rt = zr */
	{ 0x3fa0fc1f, 0x3820101f, "stclr", L_ST },
	{ 0x3fa0fc1f, 0x3820201f, "steor", L_ST },
	{ 0x3fa0fc1f, 0x3820301f, "stset", L_ST },
	{ 0x3f20fc00, 0x38200000, "ldadd", L_LSE },
	{ 0x3f20fc00, 0x38201000, "ldclr", L_LSE },
	{ 0x3f20fc00, 0x38202000, "ldeor", L_LSE },
	{ 0x3f20fc00, 0x38203000, "ldset", L_LSE },
	{ 0x3f20fc00, 0x38208000, "swp",   L_LSE },

	/* Data processing, immediate */
	{ 0x7ffffc1f, 0x1100001f, "mov",   L_MOVSP },   /* add #0, Rd = sp */
	{ 0x7fffffe0, 0x110003e0, "mov",   L_MOVSP },   /* add #0, Rn = sp */
	{ 0x7f80001f, 0x3100001f, "cmn",   L_CMPI },    /* adds, Rd = zr */
	{ 0x7f80001f, 0x7100001f, "cmp",   L_CMPI },    /* subs, Rd = zr */
	{ 0x7f800000, 0x11000000, "add",   L_ADDI },
	{ 0x7f800000, 0x31000000, "adds",  L_ADDSI },
	{ 0x7f800000, 0x51000000, "sub",   L_ADDI },
	{ 0x7f800000, 0x71000000, "subs",  L_ADDSI },
	{ 0x7f80001f, 0x7200001f, "tst",   L_TSTI },    /* ands, Rd = zr */
	{ 0x7f8003e0, 0x320003e0, "mov",   L_MOVBM },   /* orr, Rn = zr */
	{ 0x7f800000, 0x12000000, "and",   L_LOGI },
	{ 0x7f800000, 0x32000000, "orr",   L_LOGI },
	{ 0x7f800000, 0x52000000, "eor",   L_LOGI },
	{ 0x7f800000, 0x72000000, "ands",  L_ANDSI },
	{ 0x7f800000, 0x12800000, "mov",   L_MOVN },
	{ 0x7f800000, 0x12800000, "movn",  L_MOVW },
	{ 0x7f800000, 0x52800000, "mov",   L_MOVZ },
	{ 0x7f800000, 0x52800000, "movz",  L_MOVW },
	{ 0x7f800000, 0x72800000, "movk",  L_MOVW },
	/* sbfm (opc 00) and ubfm (opc 10), all by their aliases */
	{ 0xffc0fc00, 0x9340fc00, "asr",   L_SHIFTI },  /* imms = 63 */
	{ 0xffc0fc00, 0x13007c00, "asr",   L_SHIFTI },  /* imms = 31 */
	{ 0x7f800000, 0x13000000, "sbfiz", L_BFIZ },
	{ 0xfffffc00, 0x93401c00, "sxtb",  L_EXTEND },  /* immr = 0, imms = 7 */
	{ 0xfffffc00, 0x13001c00, "sxtb",  L_EXTEND },
	{ 0xfffffc00, 0x93403c00, "sxth",  L_EXTEND },
	{ 0xfffffc00, 0x13003c00, "sxth",  L_EXTEND },
	{ 0xfffffc00, 0x93407c00, "sxtw",  L_EXTEND },
	{ 0x7f800000, 0x13000000, "sbfx",  L_BFX },
	{ 0xffc0fc00, 0xd340fc00, "lsr",   L_SHIFTI },
	{ 0xffc0fc00, 0x53007c00, "lsr",   L_SHIFTI },
	{ 0x7f800000, 0x53000000, "lsl",   L_LSL },
	{ 0x7f800000, 0x53000000, "ubfiz", L_BFIZ },
	{ 0xfffffc00, 0x53001c00, "uxtb",  L_EXTEND },
	{ 0xfffffc00, 0x53003c00, "uxth",  L_EXTEND },
	{ 0x7f800000, 0x53000000, "ubfx",  L_BFX },

	/* Data processing, register */
	{ 0x7fe0ffe0, 0x2a0003e0, "mov",   L_DM },      /* orr, Rn = zr, lsl #0 */
	{ 0x7f2003e0, 0x2a2003e0, "mvn",   L_DM_SH },   /* orn, Rn = zr */
	{ 0x7f20001f, 0x6a00001f, "tst",   L_NM_SH },   /* ands, Rd = zr */
	{ 0x7f200000, 0x0a000000, "and",   L_RRR_SH },
	{ 0x7f200000, 0x0a200000, "bic",   L_RRR_SH },
	{ 0x7f200000, 0x2a000000, "orr",   L_RRR_SH },
	{ 0x7f200000, 0x2a200000, "orn",   L_RRR_SH },
	{ 0x7f200000, 0x4a000000, "eor",   L_RRR_SH },
	{ 0x7f200000, 0x4a200000, "eon",   L_RRR_SH },
	{ 0x7f200000, 0x6a000000, "ands",  L_RRR_SH },
	{ 0x7f200000, 0x6a200000, "bics",  L_RRR_SH },
	{ 0x7f20001f, 0x2b00001f, "cmn",   L_NM_SH },   /* adds, Rd = zr */
	{ 0x7f20001f, 0x6b00001f, "cmp",   L_NM_SH },   /* subs, Rd = zr */
	{ 0x7f2003e0, 0x4b0003e0, "neg",   L_DM_SH },   /* sub, Rn = zr */
	{ 0x7f2003e0, 0x6b0003e0, "negs",  L_DM_SH },   /* subs, Rn = zr */
	{ 0x7f200000, 0x0b000000, "add",   L_RRR_SH },
	{ 0x7f200000, 0x2b000000, "adds",  L_RRR_SH },
	{ 0x7f200000, 0x4b000000, "sub",   L_RRR_SH },
	{ 0x7f200000, 0x6b000000, "subs",  L_RRR_SH },
	{ 0x7fe0001f, 0x2b20001f, "cmn",   L_CMPX },    /* adds, Rd = zr */
	{ 0x7fe0001f, 0x6b20001f, "cmp",   L_CMPX },    /* subs, Rd = zr */
	{ 0x7fe00000, 0x0b200000, "add",   L_ADDX },
	{ 0x7fe00000, 0x2b200000, "adds",  L_ADDSX },
	{ 0x7fe00000, 0x4b200000, "sub",   L_ADDX },
	{ 0x7fe00000, 0x6b200000, "subs",  L_ADDSX },
	{ 0x7ffffc00, 0x5ac00000, "rbit",  L_RR },
	{ 0x7ffffc00, 0x5ac00400, "rev16", L_RR },
	{ 0xfffffc00, 0x5ac00800, "rev",   L_RR },
	{ 0xfffffc00, 0xdac00800, "rev32", L_RR },
	{ 0xfffffc00, 0xdac00c00, "rev",   L_RR },
	{ 0x7fe0fc00, 0x1ac00800, "udiv",  L_RRR },
	{ 0x7fe0fc00, 0x1ac00c00, "sdiv",  L_RRR },
	{ 0x7fe0fc00, 0x1ac02000, "lsl",   L_RRR },     /* lslv */
	{ 0x7fe0fc00, 0x1ac02400, "lsr",   L_RRR },     /* lsrv */
	{ 0x7fe0fc00, 0x1ac02800, "asr",   L_RRR },     /* asrv */
	{ 0x7fe0fc00, 0x1ac02c00, "ror",   L_RRR },     /* rorv */
	{ 0x7fe0fc00, 0x1b007c00, "mul",   L_RRR },     /* madd, Ra = zr */
	{ 0x7fe0fc00, 0x1b00fc00, "mneg",  L_RRR },     /* msub, Ra = zr */
	{ 0x7fe08000, 0x1b000000, "madd",  L_RRRR },
	{ 0x7fe08000, 0x1b008000, "msub",  L_RRRR },
};

#if DIS_CHECK_BUILD
/* What make check-dis walks: the encoding classes of rows[], each one
 * whole (its unallocated words are undefined for objdump too). */
static const struct dis_form forms[] = {
	{ 0x7c000000, 0x14000000, 0 },  /* b, bl */
	{ 0xff000010, 0x54000000, 0 },  /* b.cond */
	{ 0x7c000000, 0x34000000, 0 },  /* cbz, cbnz, tbz, tbnz */
	{ 0xff9ffc1f, 0xd61f0000, 0 },  /* br, blr, ret */
	{ 0xffff0000, 0x00000000, 0 },  /* udf */
	{ 0xffe0001c, 0xd4000000, 0 },  /* svc, hvc, smc */
	{ 0xffe0001f, 0xd4200000, 0 },  /* brk */
	{ 0xfffff01f, 0xd503201f, 0 },  /* hint */
	{ 0xfffff0df, 0xd503309f, 0 },  /* dsb, dmb */
	{ 0xfffff0ff, 0xd50330df, 0 },  /* isb */
	{ 0xffffffff, 0xd50330ff, 0 },  /* sb */
	{ 0xffffffe0, 0xd538d080, 0 },  /* mrs tpidr_el1 */
	{ 0xffffffe0, 0xd53cd040, 0 },  /* mrs tpidr_el2 */
	{ 0xffffffe0, 0xd5384100, 0 },  /* mrs sp_el0 */
	{ 0xbf000000, 0x18000000, 0 },  /* ldr (literal) */
	{ 0xff000000, 0x98000000, 0 },  /* ldrsw (literal) */
	{ 0x9f000000, 0x10000000, 0 },  /* adr */
	{ 0xbf000000, 0x39000000, 0 },  /* ldr/str b, h (unsigned offset) */
	{ 0xff000000, 0xb9000000, 0 },  /* ldr/str w, ldrsw */
	{ 0xff800000, 0xf9000000, 0 },  /* ldr/str x */
	{ 0xbf20ec00, 0x38206800, 0 },  /* ldr/str b, h (register offset) */
	{ 0xff20ec00, 0xb8206800, 0 },  /* ldr/str w, ldrsw */
	{ 0xffa0ec00, 0xf8206800, 0 },  /* ldr/str x */
	{ 0xff800000, 0xa8800000, 0 },  /* ldp/stp x, post-index */
	{ 0xff800000, 0xa9000000, 0 },  /* ldp/stp x, signed offset */
	{ 0xff800000, 0xa9800000, 0 },  /* ldp/stp x, pre-index */
	{ 0x3fff7c00, 0x085f7c00, 0 },  /* ldxr, ldaxr */
	{ 0x3fbffc00, 0x089ffc00, 0 },  /* stlr, ldar */
	{ 0x3fe07c00, 0x08007c00, 0 },  /* stxr, stlxr */
	{ 0x3fa07c00, 0x08a07c00, 0 },  /* cas */
	{ 0x3f20cc00, 0x38200000, 0 },  /* ldadd, ldclr, ldeor, ldset */
	{ 0x3f20fc00, 0x38208000, 0 },  /* swp */
	{ 0x1f800000, 0x11000000, 0 },  /* add/sub (immediate) */
	{ 0x1f800000, 0x12000000, 0 },  /* logical (immediate) */
	{ 0x1f800000, 0x12800000, 0 },  /* move wide */
	{ 0x3f800000, 0x13000000, 0 },  /* sbfm, ubfm */
	{ 0x1f000000, 0x0a000000, 0 },  /* logical (shifted register) */
	{ 0x1f200000, 0x0b000000, 0 },  /* add/sub (shifted register) */
	{ 0x1fe00000, 0x0b200000, 0 },  /* add/sub (extended register) */
	{ 0x7ffff000, 0x5ac00000, 0 },  /* rbit, rev16, rev32, rev */
	{ 0x7fe0f800, 0x1ac00800, 0 },  /* udiv, sdiv */
	{ 0x7fe0f000, 0x1ac02000, 0 },  /* lslv, lsrv, asrv, rorv */
	{ 0x7fe00000, 0x1b000000, 0 },  /* madd, msub */
};
#endif

/* Lists of names, NUL-separated, picked by index. */
static const char conds[] = "eq\0ne\0cs\0cc\0mi\0pl\0vs\0vc\0hi\0ls\0ge\0lt\0gt\0le\0al\0nv";
static const char cond_aliases[] = "b.none\0b.any\0b.hs, b.nlast\0b.lo, b.ul, b.last\0"
	"b.first\0b.nfrst\0\0\0b.pmore\0b.plast\0b.tcont\0b.tstop\0\0\0\0";
/* hint #0 .. #39 as objdump names them; "" is "hint #n" */
static const char hints[] = "nop\0yield\0wfe\0wfi\0sev\0sevl\0\0xpaclri\0"
	"pacia1716\0\0pacib1716\0\0autia1716\0\0autib1716\0\0"
	"esb\0psb\tcsync\0tsb\tcsync\0\0csdb\0\0clearbhb\0\0"
	"paciaz\0paciasp\0pacibz\0pacibsp\0autiaz\0autiasp\0autibz\0autibsp\0"
	"bti\0\0bti\tc\0\0bti\tj\0\0bti\tjc\0";
#define NHINTS 40
static const char barriers[] = "\0oshld\0oshst\0osh\0\0nshld\0nshst\0nsh\0"
	"\0ishld\0ishst\0ish\0\0ld\0st\0sy";
/* Loads and stores by size:opc; "" is unallocated (or prfm, not ours). */
static const char ldst_names[] = "strb\0ldrb\0ldrsb\0ldrsb\0strh\0ldrh\0ldrsh\0ldrsh\0"
	"str\0ldr\0ldrsw\0\0str\0ldr\0\0";
static const char shifts[] = "lsl\0lsr\0asr\0ror";
static const char extends[] = "uxtb\0uxth\0uxtw\0uxtx\0sxtb\0sxth\0sxtw\0sxtx";
static const char size_suffix[] = "b\0h\0\0";
/* mrs: the system registers the JIT reads (per-CPU offset, current). */
static const uint32_t sysreg_insns[] = { 0xd538d080, 0xd53cd040, 0xd5384100 };
static const char sysregs[] = "tpidr_el1\0tpidr_el2\0sp_el0";

static const char *nth(const char *list, unsigned k)
{
	while (k--)
		while (*list++)
			;
	return list;
}

static char *put(char *p, const char *s)
{
	while ((*p = *s++))
		p++;
	return p;
}

/* Bits lo .. lo+n-1 of w. */
static unsigned field(uint32_t w, unsigned lo, unsigned n)
{
	return w >> lo & ((1u << n) - 1);
}

static int64_t sext(uint64_t v, unsigned bits)
{
	return (int64_t)(v << (64 - bits)) >> (64 - bits);
}

/* Register n as x or w; 31 is sp/wsp where the operand is SP, else zr. */
static char *reg(char *p, unsigned n, unsigned x, int sp)
{
	if (n < 31)
		return p + sprintf(p, "%c%u", x ? 'x' : 'w', n);
	return put(p, sp ? (x ? "sp" : "wsp") : (x ? "xzr" : "wzr"));
}

/* sbfm/ubfm exist only with N = sf, and 6-bit immr, imms only in 64
 * bits. */
static int bitfield_ok(uint32_t w)
{
	return field(w, 22, 1) == w >> 31 && (w >> 31 || !(w & 0x00208000));
}

/* DecodeBitMasks of the Arm ARM: the value of a logical immediate, or 0
 * for an unallocated one (a valid one is never 0). */
static uint64_t bitmask(uint32_t w)
{
	unsigned sf = w >> 31, n = field(w, 22, 1), immr = field(w, 16, 6);
	unsigned imms = field(w, 10, 6), len = 6, size, s, r;
	uint64_t e;

	if (!n) {               /* len: the top clear bit of imms */
		while (len && (imms >> (len - 1) & 1))
			len--;
		len--;
	}
	if (!len || len > 6 || (!sf && n))
		return 0;
	size = 1u << len;
	s = imms & (size - 1);
	r = immr & (size - 1);
	if (s == size - 1)
		return 0;
	e = (2ull << s) - 1;
	if (r)
		e = (e >> r | e << (size - r)) & (size == 64 ? ~0ull : (1ull << size) - 1);
	for (; size < 64; size *= 2)
		e |= e << size;
	return sf ? e : e & 0xffffffff;
}

/* Whether movz or movn could load v: objdump then prints orr, not mov
 * (unless Rd is sp, which they cannot write). */
static int wide_constant(uint64_t v, unsigned sf)
{
	for (int inv = 0; inv < 2; inv++, v = ~v) {
		int nonzero = 0;

		if (!sf)
			v &= 0xffffffff;
		for (int k = 0; k < 64; k += 16)
			nonzero += (v >> k & 0xffff) != 0;
		if (nonzero <= 1)
			return 1;
	}
	return 0;
}

/* Prints w as row r does; 0 when the row's layout does not take w. */
static int print(const struct row *r, uint32_t w, uint64_t addr, struct dis_insn *out)
{
	static const unsigned char field_lo[] = { 0, 5, 16, 10 };
	const unsigned char *lay = layouts[r->layout];
	const char *name = r->name;
	char *p = out->text;
	unsigned sf = w >> 31, size = w >> 30, rd = w & 31, rn = field(w, 5, 5);
	unsigned immr = field(w, 16, 6), imms = field(w, 10, 6), width = sf ? 64 : 32;
	unsigned hw = field(w, 21, 2), acq = 0, rel = 0, k, amount;
	int64_t off;
	uint64_t v;

	switch (lay[0]) {       /* the mnemonic */
	case MK_COND:
		p += sprintf(p, "b.%s", nth(conds, w & 15));
		break;
	case MK_HINT:
		k = field(w, 5, 7);
		if (k < NHINTS && *nth(hints, k))
			put(p, nth(hints, k));
		else
			sprintf(p, "hint\t#0x%x", k);
		return 1;
	case MK_LDST:
		name = nth(ldst_names, size * 4 + field(w, 22, 2));
		if (!*name)
			return 0;
		/* fall through */
	case MK_NAME:
		p = put(p, name);
		break;
	case MK_CAS:
		acq = field(w, 22, 1);
		rel = field(w, 15, 1);
		goto suffixed;
	case MK_ALSZ:
		acq = field(w, 23, 1);
		/* fall through */
	case MK_LSZ:
		rel = field(w, 22, 1);
		/* fall through */
	case MK_SZ:
	suffixed:
		p += sprintf(p, "%s%s%s%s", name, acq ? "a" : "", rel ? "l" : "",
			     nth(size_suffix, size));
		break;
	}

	for (const unsigned char *o = lay + 1; o < lay + 5 && *o; o++) {
		if (*o > O_COND_ALIASES)
			p = put(p, o == lay + 1 ? "\t" : ", ");
		if (*o & 0x80) {        /* a register */
			unsigned n = field(w, field_lo[*o >> 5 & 3], 5), x;

			switch (*o >> 1 & 7) {
			case W_SF:   x = sf; break;
			case W_X:    x = 1; break;
			case W_W:    x = 0; break;
			case W_SIZE: x = size == 3; break;
			case W_LDST: x = size == 3 || field(w, 22, 2) == 2; break;
			case W_LIT:  x = size != 0; break;
			default:     x = sf && field(w, 13, 2) == 3; break;   /* W_EXT */
			}
			p = reg(p, n, x, *o & 1);
			continue;
		}
		switch (*o) {
		case O_SHIFT:   /* unallocated: amount >= 32 in 32 bits, ror in add/sub */
			k = field(w, 22, 2);
			if ((!sf && imms >= 32) || (k == 3 && (w & 1u << 24)))
				return 0;
			if (k || imms)      /* objdump omits only lsl #0 */
				p += sprintf(p, ", %s #%u", nth(shifts, k), imms);
			break;
		case O_EXTEND:  /* with sp, uxtx (uxtw in 32 bits) is lsl, omitted if #0 */
			k = field(w, 13, 3);
			amount = field(w, 10, 3);
			if (amount > 4)
				return 0;
			if ((rn == 31 || (rd == 31 && !(w & 1u << 29))) && k == (sf ? 3u : 2u)) {
				if (amount)
					p += sprintf(p, ", lsl #%u", amount);
			} else {
				p += sprintf(p, ", %s", nth(extends, k));
				if (amount)
					p += sprintf(p, " #%u", amount);
			}
			break;
		case O_COND_ALIASES:
			if (*nth(cond_aliases, w & 15))
				p += sprintf(p, "  // %s", nth(cond_aliases, w & 15));
			break;
		case O_B26:
		case O_B19:
		case O_B14:
		case O_LIT19:
		case O_ADR:
			if (*o == O_B26)
				off = sext(w, 26) * 4;
			else if (*o == O_B14)
				off = sext(field(w, 5, 14), 14) * 4;
			else if (*o == O_ADR)
				off = sext(field(w, 5, 19) << 2 | field(w, 29, 2), 21);
			else
				off = sext(field(w, 5, 19), 19) * 4;
			v = addr + (uint64_t)off;
			if (*o <= O_B14) {
				out->has_target = 1;
				out->target = v;
			}
			p += sprintf(p, "0x%" PRIx64, v);
			break;
		case O_BIT:
			p += sprintf(p, "#%u", sf << 5 | field(w, 19, 5));
			break;
		case O_IMM12:
			p += sprintf(p, "#0x%x", field(w, 10, 12));
			if (w & 1u << 22)
				p = put(p, ", lsl #12");
			break;
		case O_BITMASK:
			if (!(v = bitmask(w)))
				return 0;
			p += sprintf(p, "#0x%" PRIx64, v);
			break;
		case O_MOVBM:
			if (!(v = bitmask(w)) || (rd != 31 && wide_constant(v, sf)))
				return 0;
			goto mov;
		case O_MOVZ:    /* not for #0, lsl #16; movn: nor for 32-bit #0xffff */
		case O_MOVN:
			v = (uint64_t)field(w, 5, 16) << 16 * hw;
			if ((!sf && hw >= 2) || (!v && hw) ||
			    (*o == O_MOVN && !sf && field(w, 5, 16) == 0xffff))
				return 0;
			if (*o == O_MOVN)
				v = sf ? ~v : ~v & 0xffffffff;
		mov:            /* objdump pads the hex digits to 20 columns */
			p += sprintf(p, "#0x%-20" PRIx64 "\t// #%" PRId64, v,
				     sf ? (int64_t)v : (int64_t)(int32_t)v);
			break;
		case O_IMM16:
			if (!sf && hw >= 2)
				return 0;
			p += sprintf(p, "#0x%x", field(w, 5, 16));
			if (hw)
				p += sprintf(p, ", lsl #%u", 16 * hw);
			break;
		case O_IMMR:
			if (!bitfield_ok(w))
				return 0;
			p += sprintf(p, "#%u", immr);
			break;
		case O_LSL:
			if (!bitfield_ok(w) || imms + 1 != immr)
				return 0;
			p += sprintf(p, "#%u", width - 1 - imms);
			break;
		case O_BFIZ:
			if (!bitfield_ok(w) || imms >= immr)
				return 0;
			p += sprintf(p, "#%u, #%u", width - immr, imms + 1);
			break;
		case O_BFX:
			if (!bitfield_ok(w))
				return 0;
			p += sprintf(p, "#%u, #%u", immr, imms + 1 - immr);
			break;
		case O_MEM:
		case O_MEM_UIMM:
		case O_MEM_REG:
		case O_MEM_PAIR:
			p = reg(put(p, "["), rn, 1, 1);
			k = field(w, 23, 2);        /* pair: post, offset, pre */
			off = sext(field(w, 15, 7), 7) * 8;
			if (*o == O_MEM_UIMM && field(w, 10, 12))
				p += sprintf(p, ", #%u", field(w, 10, 12) << size);
			if (*o == O_MEM_REG) {
				p = reg(put(p, ", "), field(w, 16, 5), 1, 0);
				if (w & 1u << 12)
					p += sprintf(p, ", lsl #%u", size);
			}
			if (*o == O_MEM_PAIR && !k)
				return 0;
			if (*o == O_MEM_PAIR && k == 1) {
				p += sprintf(p, "], #%" PRId64, off);
				break;
			}
			if (*o == O_MEM_PAIR && (off || k == 3))
				p += sprintf(p, ", #%" PRId64, off);
			p = put(p, *o == O_MEM_PAIR && k == 3 ? "]!" : "]");
			break;
		case O_UDF:
			p += sprintf(p, "#%u", field(w, 0, 16));
			break;
		case O_EXC:
			p += sprintf(p, "#0x%x", field(w, 5, 16));
			break;
		case O_CRM:
			p += sprintf(p, "#0x%x", field(w, 8, 4));
			break;
		case O_BARRIER:
			k = field(w, 8, 4);
			if (*nth(barriers, k))
				p = put(p, nth(barriers, k));
			else
				p += sprintf(p, "#0x%02x", k);
			break;
		case O_SYSREG:
			for (k = 0; k < 3 && (w & ~31u) != sysreg_insns[k]; k++)
				;
			if (k == 3)
				return 0;
			p = put(p, nth(sysregs, k));
			break;
		}
	}
	return 1;
}

static void arm64_decode(const struct dis *dis, const unsigned char *code, size_t avail,
			 uint64_t addr, struct dis_insn *out)
{
	uint32_t w;

	(void)dis;
	if (avail < 4) {        /* what objdump says of a last partial word */
		out->len = (unsigned)avail;
		sprintf(out->text, "Address 0x%" PRIx64 " is out of bounds.", addr);
		return;
	}
	w = get32(code, 0);
	out->len = 4;
	for (const struct row *r = rows; r < rows + sizeof(rows) / sizeof(rows[0]); r++)
		if ((w & r->mask) == r->value && print(r, w, addr, out)) {
			out->known = 1;
			return;
		}
	out->has_target = 0;
	sprintf(out->text, ".inst\t0x%08" PRIx32 " ; undefined", w);
}

const struct dis_machine dis_arm64 = {
	.name = "arm64", .alias = "aarch64", .unit = 4,
	.addr_digits = 16, .bytes_per_line = 4, .chunk = 4,
	.objdump = "aarch64-linux-gnu -m aarch64",
	.decode = arm64_decode,
	DIS_CHECK_FORMS(forms),
};
