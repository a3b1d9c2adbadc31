/* SPDX-License-Identifier: GPL-2.0-only */
/* Machine-code decoders behind one interface: bpf-jitdis picks one by
 * machine name and asks it to decode one instruction at a time; it never
 * knows which decoder it holds.  x86 is Zydis' decoder with objdump's
 * text printed by dis_x86.c (the only file that includes Zydis); the
 * other machines have small table-driven decoders of their own
 * (dis_ARCH.c), one table of the instruction forms the kernel's BPF JIT
 * for that machine emits.
 *
 * The text of an instruction is exactly what GNU objdump prints after
 * its raw-bytes column (`objdump -D -b binary -m ...`): mnemonic, a tab,
 * operands, branch targets as addresses.  An encoding a decoder does not
 * know gets objdump's own text for undecodable words (".inst\t0x...  ;
 * undefined", ".word\t0x...", x86's "(bad)"); on x86 an instruction
 * outside the JITs' forms gets its bytes (".byte  0x0f,0x44,0xc1"),
 * never a guess. */
#ifndef BPFBOX_DIS_H
#define BPFBOX_DIS_H
#include <stddef.h>
#include <stdint.h>

/* One decoded instruction. */
struct dis_insn {
	unsigned len;           /* bytes it takes, >= 1 */
	int known;              /* 0: a word this decoder does not know */
	int has_target;         /* a direct branch or call ... */
	uint64_t target;        /* ... to this address */
	char text[160];         /* objdump's text, NUL-terminated */
};

/* An instruction form: the instructions of len bytes whose value, read
 * as one integer in the machine's byte order (s390x: 2, 4 or 6 bytes
 * big-endian; riscv64: a 2-byte compressed or a 4-byte word), has
 * (insn & mask) == value.  The exhaustive check (make check-dis) walks
 * every form's free bits against the machine's objdump. */
struct dis_form {
	uint64_t mask, value;
	unsigned char len;      /* bytes; 0: the machine's unit */
};

/* A decoder that decodes from its own rows keeps a separate forms table
 * only for the check, built with -DDIS_CHECK: bpfbox leaves it out.
 *   #if DIS_CHECK_BUILD
 *   static const struct dis_form forms[] = { ... };
 *   #endif
 *   ... DIS_CHECK_FORMS(forms) ... in the dis_machine */
#ifdef DIS_CHECK
#define DIS_CHECK_BUILD 1
#define DIS_CHECK_FORMS(t) .forms = (t), .nforms = sizeof(t) / sizeof((t)[0])
#else
#define DIS_CHECK_BUILD 0
#define DIS_CHECK_FORMS(t) .forms = NULL
#endif

struct dis;

/* A machine a decoder serves. */
struct dis_machine {
	const char *name;       /* the -m name: "arm64", "mipsel" */
	const char *alias;      /* another -m name ("aarch64"), or NULL */
	int big_endian;         /* byte order of its code */
	unsigned unit;          /* smallest instruction length; undecodable
				   bytes are skipped this many at a time */
	const char *objdump;    /* the binutils triplet and objdump -m flags
				   that print the same text ("aarch64-linux-gnu
				   -m aarch64"), for make check-dis */
	/* Decodes the instruction at code[0..avail) (avail >= 1), placed at
	 * address addr; fills out (len <= avail). */
	void (*decode)(const struct dis *d, const unsigned char *code, size_t avail,
		       uint64_t addr, struct dis_insn *out);
	/* Optional: set up per-use state (Zydis' decoder and formatter). */
	int (*open)(struct dis *d);
	const struct dis_form *forms;
	size_t nforms;
	unsigned variant;       /* for a decoder serving several machines */
	/* How objdump lays out its lines for this machine: hex digits of
	 * an address before the leading zeros it drops (8 or 16), bytes
	 * shown per line (the rest of a longer instruction continues on
	 * the next lines), and bytes per group in the raw-bytes column
	 * (each group one number in the machine's byte order; 0: 4 for an
	 * instruction whose length is a multiple of 4, else 2). */
	unsigned char addr_digits, bytes_per_line, chunk;
};

/* A decoder ready for use. */
struct dis {
	const struct dis_machine *m;
	int intel;              /* x86: Intel syntax (objdump -M intel) */
	void *state;            /* the decoder's own, from open() */
};

/* The machines of this build, and the one with this -m name. */
extern const struct dis_machine *const dis_machines[];
const struct dis_machine *dis_machine_find(const char *name);

/* The Kconfig option whose decoder serves a -m name bpfbox knows
 * ("DIS_ARM64"), in this build or not; NULL for an unknown name. */
const char *dis_option_of(const char *name);

/* The running kernel's machine as a -m name, into buf; NULL if unknown. */
const char *dis_running_machine(char *buf, size_t size);

/* The -m name of the machine whose JIT starts images the way code does
 * (its prologue), whether this build decodes it or not; NULL when no
 * JIT bpfbox knows starts that way. */
const char *dis_guess(const unsigned char *code, size_t len);

/* Returns 0, or -1 when the machine is not in this build. */
int dis_open(struct dis *d, const char *name, int intel);
void dis_close(struct dis *d);
/* A new piece of code: decoders that remember what earlier instructions
 * set up (riscv64's address notes, as objdump has them) forget it. */
void dis_restart(struct dis *d);

/* Decodes one instruction; returns its length (>= 1, <= avail). */
size_t dis_decode(const struct dis *d, const unsigned char *code, size_t avail,
		  uint64_t addr, struct dis_insn *out);

#endif
