/* SPDX-License-Identifier: GPL-2.0-only */
/* eBPF instructions: decoding from file bytes of either byte order, and
 * text in two syntaxes: llvm-objdump's (what `llvm-objdump -d` prints for
 * BPF, LLVM 19) and the kernel's verifier/"xlated" syntax (what
 * `bpftool prog dump xlated` and the verifier log print). */
#ifndef BPFBOX_BPF_INSN_H
#define BPFBOX_BPF_INSN_H
#include <stddef.h>
#include <stdint.h>

#define BPF_INSN_SIZE 8

struct bpf_insn {
	uint8_t code;
	uint8_t dst, src;
	int16_t off;
	int32_t imm;
};

/* Instruction classes and the fields of `code`. */
enum {
	BPF_LD = 0x00, BPF_LDX = 0x01, BPF_ST = 0x02, BPF_STX = 0x03,
	BPF_ALU = 0x04, BPF_JMP = 0x05, BPF_JMP32 = 0x06, BPF_ALU64 = 0x07,
};
#define BPF_CLASS(code) ((code) & 0x07)
#define BPF_OP(code) ((code) & 0xf0)
#define BPF_SRC_X(code) (((code) & 0x08) != 0)
#define BPF_SIZE(code) ((code) & 0x18)
#define BPF_MODE(code) ((code) & 0xe0)
enum { BPF_W = 0x00, BPF_H = 0x08, BPF_B = 0x10, BPF_DW = 0x18 };
enum { BPF_IMM = 0x00, BPF_ABS = 0x20, BPF_IND = 0x40, BPF_MEM = 0x60,
       BPF_MEMSX = 0x80, BPF_ATOMIC = 0xc0 };
enum { BPF_CALL = 0x80, BPF_EXIT = 0x90, BPF_JA = 0x00, BPF_JCOND = 0xe0 };
#define BPF_LD_IMM64 (BPF_LD | BPF_DW | BPF_IMM)
/* src of a call: helper by id, bpf-to-bpf (relative), kernel function. */
enum { BPF_PSEUDO_HELPER = 0, BPF_PSEUDO_CALL = 1, BPF_PSEUDO_KFUNC_CALL = 2 };
/* src of an ld_imm64 the kernel loaded: a map id, or a map value address. */
enum { BPF_PSEUDO_MAP_FD = 1, BPF_PSEUDO_MAP_VALUE = 2 };
/* r10, the read-only frame pointer, and the stack below it. */
#define BPF_REG_FP 10
#define BPF_STACK_SIZE 512
/* Instructions a program may have on kernels before 5.2 and for
 * unprivileged users on any kernel (BPF_MAXINSNS). */
#define BPF_MAXINSNS 4096

/* Decodes the 8 bytes at p.  The register nibbles are swapped in
 * big-endian objects (dst is the high nibble there). */
void bpf_insn_decode(const unsigned char *p, int big_endian, struct bpf_insn *insn);

/* What one instruction turned into. */
struct bpf_text {
	char text[128];
	int slots;          /* 8-byte slots used: 1, or 2 for ld_imm64 */
	int has_target;     /* a jump: target is an instruction index */
	long long target;   /* relative to the first slot of the section */
	int known;          /* 0: the opcode is not a BPF instruction */
};

/* llvm-objdump syntax for the instruction at `index` (in slots) of a
 * section; `next` is the following slot or NULL at the section's end
 * (an ld_imm64 needs it).  The text has no trailing target comment: the
 * caller adds " <sym+0xOFF>" when has_target. */
void bpf_format_llvm(const struct bpf_insn *insn, const struct bpf_insn *next,
		     long long index, struct bpf_text *out);

/* Immediates in decimal, as LLVM 14 (Debian 12's llvm-objdump) and
 * `llvm-objdump --no-print-imm-hex` print them; hex (LLVM 15 and later)
 * is the default. */
void bpf_llvm_imm_decimal(int on);

/* A function naming helper calls and ld_imm64 map references for the
 * kernel syntax; returns NULL when it has no name. */
struct bpf_names {
	const char *(*helper)(void *ctx, int32_t id);
	const char *(*ld_imm64)(void *ctx, long long index);
	void *ctx;
};

/* The kernel's syntax: "(b7) r0 = 2", "(85) call bpf_map_lookup_elem#1",
 * "(18) r1 = map[drop_list]", "(05) goto pc+3". */
void bpf_format_kernel(const struct bpf_insn *insn, const struct bpf_insn *next,
		       long long index, const struct bpf_names *names,
		       struct bpf_text *out);

#endif
