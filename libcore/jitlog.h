/* SPDX-License-Identifier: GPL-2.0-only */
/* JIT image dumps in kernel logs (net.core.bpf_jit_enable=2):
 *   flen=55 proglen=335 pass=4 image=ffffffffa0006820 from=xdp pid=13333
 *   JIT code: 00000000: 55 48 89 e5 48 81 ec 28 02 00 00 48 89 9d d8 fd
 * found in any line shape the log reaches users in (dmesg, klogctl,
 * /dev/kmsg, syslog and logread prefixes, CRLF), with other drivers'
 * lines and other dumps interleaved. */
#ifndef BPFBOX_JITLOG_H
#define BPFBOX_JITLOG_H
#include <stddef.h>
#include <stdint.h>

/* Offsets past this are garbage, not a JIT image. */
#define JITLOG_MAX_IMAGE (16u << 20)

struct jit_dump {
	unsigned long flen, proglen, pass;
	char image[40];           /* as printed: hex, hashed, or "(null)" */
	char comm[32];            /* "" on 3.x kernels (no from=) */
	long pid;                 /* -1 when not printed */
	size_t line;              /* line number of the header */
	unsigned char *bytes;
	size_t have;              /* contiguous bytes from offset 0 */
	size_t cap, end;          /* buffer size; highest offset seen + 1 */
	int address_prefix;       /* old DUMP_PREFIX_ADDRESS lines */
	uint64_t base;            /* their first address */
	int gap;                  /* a line was missing: bytes after it unknown */
	size_t gap_at, gap_to;    /* the first such hole: [gap_at, gap_to) */
	int more_gaps;            /* another hole after it: lines past it dropped */
	int conflict;             /* a repeated offset with other bytes */
	size_t code_lines;
	size_t last_line;         /* line number of the latest code line */
	int released;             /* shown and its bytes freed */
};

struct jit_log {
	struct jit_dump *d;       /* dumps base..n-1 (earlier ones forgotten) */
	size_t base, n, cap;
	size_t lines;             /* lines read */
	size_t stray;             /* code lines that fit no dump */
	size_t *open, nopen, cap_open; /* dumps with code still short of proglen */
};

void jitlog_init(struct jit_log *log);
/* One line without its newline (a trailing CR is ignored). */
void jitlog_line(struct jit_log *log, const char *line, size_t len);
void jitlog_free(struct jit_log *log);
/* Dump i (counting from 0 over the whole input); only dumps from
 * log->base on are still kept. */
struct jit_dump *jitlog_dump(const struct jit_log *log, size_t i);
/* Frees the bytes of dump i once shown; later lines for it are strays. */
void jitlog_release(struct jit_log *log, size_t i);
/* The image is complete: every byte from 0 to proglen arrived. */
int jitlog_complete(const struct jit_dump *d);

#endif
