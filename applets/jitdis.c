// SPDX-License-Identifier: GPL-2.0-only
/*
 * bpf-jitdis: disassemble the machine code the BPF JIT produced.
 *
 * Two sources: the kernel log, where bpf_jit_enable=2 prints each image as
 * a hex dump (what the kernel's tools/bpf/bpf_jit_disasm reads, but that
 * tool needs libbfd, reads only the last dump and aborts on a cut log);
 * and loaded programs, whose images BPF_OBJ_GET_INFO_BY_FD returns on any
 * kernel with the JIT, no dump mode needed.  x86 code is decoded with
 * Zydis; other machines get a hex listing.
 *
 * The usage text is the Kconfig help in jitdis.kconfig.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/klog.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <Zydis/Zydis.h>

#include "bpf_helpers.h"
#include "bpf_insn.h"
#include "bpf_proginfo.h"
#include "btf.h"
#include "err.h"
#include "jitlog.h"
#include "json.h"
#include "kallsyms.h"
#include "num.h"
#include "opt.h"
#include "proc.h"
#include "usage.h"
#include "xalloc.h"

/* Not static: the option fuzzer (tests/fuzz) parses with it too. */
const struct opt jitdis_opts[] = {
	{ 'l', NULL, OPT_FLAG },
	{ 'n', NULL, OPT_ARG },
	{ 'c', NULL, OPT_ARG },
	{ 'p', NULL, OPT_ARG },
	{ 'i', NULL, OPT_ARG },
	{ 0, "name", OPT_ARG },
	{ 0, "pin", OPT_ARG },
	{ 0, "all", OPT_FLAG },
	{ 'x', NULL, OPT_FLAG },
	{ 'M', NULL, OPT_ARG },
	{ 'A', NULL, OPT_FLAG },
	{ 'o', NULL, OPT_FLAG },
	{ 'O', NULL, OPT_ARG },
	{ 'm', NULL, OPT_ARG },
	{ 'j', NULL, OPT_FLAG },
};
enum { O_LIST, O_NUM, O_COMM, O_PID, O_ID, O_NAME, O_PIN, O_ALL, O_XLATED, O_SYNTAX,
       O_ADDR, O_OPCODES, O_OUT, O_MACHINE, O_JSON, O_COUNT };
const int jitdis_nopts = O_COUNT;

enum machine { M_X86_64, M_X86_32, M_OTHER };

struct settings {
	enum machine machine;
	const char *machine_name;
	int intel, addresses, opcodes, json, xlated;
	const char *out;
	ZydisDecoder dec;
	ZydisFormatter fmt;
};

/* ---- one range of machine code ------------------------------------------------- */

/* Call and jump targets outside a program resolved to kernel symbols. */
struct targets {
	struct ksym_query *q;
	size_t n, cap;
};

static const struct ksym_query *target_name(const struct targets *t, uint64_t addr)
{
	for (size_t i = 0; t && i < t->n; i++)
		if (t->q[i].addr == addr && t->q[i].sym_addr)
			return &t->q[i];
	return NULL;
}

static void add_target(struct targets *t, uint64_t addr)
{
	for (size_t i = 0; i < t->n; i++)
		if (t->q[i].addr == addr)
			return;
	t->q = xgrow(t->q, &t->cap, t->n + 1, sizeof(*t->q));
	memset(&t->q[t->n], 0, sizeof(*t->q));
	t->q[t->n++].addr = addr;
}

static void hex_bytes(char *out, const unsigned char *b, size_t n, int spaced)
{
	for (size_t i = 0; i < n; i++)
		out += sprintf(out, spaced && i ? " %02x" : "%02x", b[i]);
	*out = 0;
}

/* "  offset:\t[bytes\t]text\n" without printf: this runs once per
 * instruction of logs with hundreds of dumps. */
static void put_line(const struct settings *s, uint64_t where, const unsigned char *b,
		     size_t n, const char *text)
{
	static const char hex[] = "0123456789abcdef";
	char line[320], *p = line + 17, *q;
	int width = s->addresses ? 16 : 8;

	/* Right-aligned hex into line[0..16]. */
	do {
		*--p = hex[where & 15];
		where >>= 4;
	} while (where && p > line);
	while (line + 17 - p < width)
		*--p = ' ';
	q = line + 17;
	*q++ = ':';
	*q++ = '\t';
	if (s->opcodes) {
		char *col = q;

		for (size_t i = 0; i < n && q < line + 200; i++) {
			if (i)
				*q++ = ' ';
			*q++ = hex[b[i] >> 4];
			*q++ = hex[b[i] & 15];
		}
		while (q < col + 30)
			*q++ = ' ';
		*q++ = '\t';
	}
	{
		size_t tl = strlen(text);

		memcpy(q, text, tl);
		q += tl;
	}
	*q++ = '\n';
	fwrite(p, 1, (size_t)(q - p), stdout);
}

/* Decodes one instruction at b[0..len); returns its length (1 for bytes
 * that are no instruction) and its text in buf. */
static size_t decode_one(struct settings *s, const unsigned char *b, size_t len,
			 uint64_t runtime, char *buf, size_t size, uint64_t *branch)
{
	ZydisDecoderContext ctx;
	ZydisDecodedInstruction in;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT_VISIBLE];

	*branch = 0;
	/* Two steps, visible operands only: DecodeFull fills every operand
	 * slot and dominated the run time on big logs. */
	if (!ZYAN_SUCCESS(ZydisDecoderDecodeInstruction(&s->dec, &ctx, b, len, &in)) ||
	    !ZYAN_SUCCESS(ZydisDecoderDecodeOperands(&s->dec, &ctx, &in, ops,
						     in.operand_count_visible))) {
		snprintf(buf, size, "(bad)");
		return 1;
	}
	if (!ZYAN_SUCCESS(ZydisFormatterFormatInstruction(&s->fmt, &in, ops,
							  in.operand_count_visible, buf, size,
							  runtime, ZYAN_NULL)))
		snprintf(buf, size, "(unformattable)");
	if ((in.meta.category == ZYDIS_CATEGORY_CALL || in.meta.category == ZYDIS_CATEGORY_UNCOND_BR) &&
	    in.operand_count_visible == 1 && ops[0].type == ZYDIS_OPERAND_TYPE_IMMEDIATE &&
	    ops[0].imm.is_relative) {
		ZyanU64 abs;

		if (ZYAN_SUCCESS(ZydisCalcAbsoluteAddress(&in, &ops[0], runtime, &abs)))
			*branch = abs;
	}
	return in.length;
}

/* Collects targets that leave [start, start+len) for kallsyms lookup. */
static void collect_targets(struct settings *s, const unsigned char *b, size_t len,
			    uint64_t start, struct targets *t)
{
	char buf[160];

	for (size_t off = 0; off < len;) {
		uint64_t branch;

		off += decode_one(s, b + off, len - off, start + off, buf, sizeof(buf), &branch);
		if (branch && (branch < start || branch >= start + len))
			add_target(t, branch);
	}
}

/* Prints (or adds to the JSON insns array) the instructions of b; offsets
 * count from off0, runtime addresses from addr0.  `between` is called
 * before each instruction (for -x interleaving). */
struct interleave;
static void between(struct interleave *il, uint64_t addr);

static void disasm(struct settings *s, const unsigned char *b, size_t len, uint64_t off0,
		   uint64_t addr0, const struct targets *t, struct interleave *il)
{
	char text[200], bytes[64];

	if (s->machine == M_OTHER) {
		/* No disassembler for this machine: 16 bytes a line. */
		for (size_t off = 0; off < len; off += 16) {
			size_t n = len - off < 16 ? len - off : 16;

			hex_bytes(bytes, b + off, n, 1);
			if (s->json) {
				json_object(NULL);
				json_uint("off", off0 + off);
				hex_bytes(text, b + off, n, 0);
				json_string("bytes", text);
				json_null("text");
				json_close();
			} else if (s->addresses) {
				printf("%16" PRIx64 ":\t%s\n", addr0 + off, bytes);
			} else {
				printf("%8" PRIx64 ":\t%s\n", off0 + off, bytes);
			}
		}
		return;
	}
	/* Zydis computes branch targets from the runtime address: the
	 * offset, or with -A the kernel address.  Names need the latter. */
	uint64_t base = s->addresses ? addr0 : off0;

	for (size_t off = 0; off < len;) {
		uint64_t branch, runtime = base + off;
		const struct ksym_query *k = NULL;
		size_t n;

		if (il)
			between(il, addr0 + off);
		n = decode_one(s, b + off, len - off, runtime, text, sizeof(text), &branch);
		if (branch && t && addr0) {
			uint64_t kaddr = branch - base + addr0;
			size_t l = strlen(text);

			k = target_name(t, kaddr);
			if (k && kaddr == k->sym_addr)
				snprintf(text + l, sizeof(text) - l, " <%s>", k->name);
			else if (k)
				snprintf(text + l, sizeof(text) - l, " <%s+0x%" PRIx64 ">", k->name,
					 kaddr - k->sym_addr);
		}
		if (s->json) {
			json_object(NULL);
			json_uint("off", off0 + off);
			hex_bytes(bytes, b + off, n, 0);
			json_string("bytes", bytes);
			json_string("text", text);
			json_close();
		} else {
			put_line(s, runtime, b + off, n, text);
		}
		off += n;
	}
}

/* ---- writing images (-O) ------------------------------------------------------------ */

static int write_image(const char *base, size_t index, int several,
		       const unsigned char *b, size_t len)
{
	char path[512];
	FILE *f;

	if (several)
		snprintf(path, sizeof(path), "%s.%zu", base, index);
	else
		snprintf(path, sizeof(path), "%s", base);
	f = fopen(path, "wbe");
	if (!f || fwrite(b, 1, len, f) != len || fclose(f) != 0) {
		warn_errno(errno, "%s: cannot write the image", path);
		return -1;
	}
	return 0;
}

static int all_int3(const unsigned char *b, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (b[i] != 0xcc)
			return 0;
	return len > 0;
}

static const char int3_note[] =
	"image is all int3 (0xcc): this kernel printed the image before "
	"filling it (x86-64 5.18 to 6.4 dump the read-only copy); use "
	"bpf-jitdis -i ID on the loaded program instead";

/* ---- kernel log ------------------------------------------------------------------------ */

/* Lines of a log, read in 64 KiB chunks.  A line's first 4 KiB are kept
 * (the kernel's text is short; the rest of a longer line is dropped).  A
 * kernel log is text: input with over 1 MiB of NUL bytes (/dev/zero, a
 * binary file) is refused rather than read forever. */
static void read_stream(FILE *f, const char *name, struct jit_log *log,
			void (*chunk_done)(void *ctx, struct jit_log *log), void *ctx)
{
	static char buf[1 << 16];
	char line[4096];
	size_t len = 0, nul = 0, n;

	while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
		const char *p = buf, *end = buf + n;

		for (const char *z = p; (z = memchr(z, 0, (size_t)(end - z))); z++)
			if (++nul > (1u << 20))
				die("%s: binary data, not a kernel log", name);
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			const char *stop = nl ? nl : end;
			size_t take = (size_t)(stop - p);

			if (take > sizeof(line) - len)
				take = sizeof(line) - len;
			memcpy(line + len, p, take);
			len += take;
			if (!nl)
				break;
			jitlog_line(log, line, len);
			len = 0;
			p = nl + 1;
		}
		chunk_done(ctx, log);
	}
	if (len)
		jitlog_line(log, line, len);
}

/* A named FIFO is opened without waiting for a writer (no writer: end
 * of input at once), then read normally. */
static FILE *open_log(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	FILE *f;

	if (fd < 0)
		return NULL;
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	f = fdopen(fd, "r");
	if (!f)
		close(fd);
	return f;
}

static void read_kernel_log(struct jit_log *log)
{
	int size = klogctl(10 /* SYSLOG_ACTION_SIZE_BUFFER */, NULL, 0), n;
	char *buf, *p, *nl;

	if (size < 0 || (buf = xmalloc((size_t)size + 1),
			 (n = klogctl(3 /* SYSLOG_ACTION_READ_ALL */, buf, size)) < 0)) {
		if (errno == EPERM)
			die("reading the kernel log is not permitted: needs CAP_SYSLOG, "
			    "or kernel.dmesg_restrict=0 (or pipe dmesg into 'bpf-jitdis -')");
		die_errno(errno, "reading the kernel log (klogctl)");
	}
	buf[n] = 0;
	for (p = buf; p < buf + n; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(buf + n - p));
		if (!nl)
			nl = buf + n;
		jitlog_line(log, p, (size_t)(nl - p));
	}
	free(buf);
}

static void dump_header_json(const struct jit_dump *d, size_t index, const struct settings *s)
{
	json_uint("index", index);
	json_string("comm", d->comm[0] ? d->comm : NULL);
	if (d->pid >= 0)
		json_int("pid", d->pid);
	else
		json_null("pid");
	json_uint("flen", d->flen);
	json_uint("proglen", d->proglen);
	json_uint("pass", d->pass);
	json_string("image", d->image);
	json_uint("bytes", d->have);
	json_bool("complete", jitlog_complete(d));
	json_string("machine", s->machine_name);
}

/* The image= value when it is a plain hex address (not "(null)" or a
 * "(____ptrval____)" placeholder); -A counts from it.  Old kernels'
 * address-prefixed lines give it too. */
static uint64_t image_address(const struct jit_dump *d)
{
	const char *end;
	uint64_t v;

	if (d->address_prefix)
		return d->base;
	end = scan_u64(d->image, 16, &v);
	return end && !*end ? v : 0;
}

static const char *state(const struct jit_dump *d)
{
	if (jitlog_complete(d))
		return "complete";
	if (d->conflict)
		return "corrupt";
	if (!d->code_lines)
		return "no code";
	return d->gap ? "lines missing" : "truncated";
}

/* One pass over the log: dumps are shown in order as soon as they are
 * whole (or at the end of the input) and their bytes freed, so a log of
 * any length needs memory for the dumps in flight only.  -n with a
 * negative number has to see the end first. */
struct log_run {
	struct settings *s;
	struct opt_slot *o;
	long pick, pid;
	int listing, header_done;
	size_t next, shown, written, last_written;
};

static int wanted(const struct log_run *lr, const struct jit_dump *d, size_t i)
{
	return (!lr->pick || (size_t)lr->pick == i + 1) &&
	       (!lr->o[O_COMM].arg || !strcmp(lr->o[O_COMM].arg, d->comm)) &&
	       (lr->pid < 0 || d->pid == lr->pid);
}

static void emit(struct log_run *lr, struct jit_dump *d, size_t i)
{
	struct settings *s = lr->s;
	size_t n = d->have;

	if (!lr->header_done) {
		lr->header_done = 1;
		if (s->json) {
			json_object(NULL);
			json_array("dumps");
		} else if (lr->listing) {
			printf("%4s %-16s %7s %6s %8s %4s %8s  %s\n", "#", "COMM", "PID", "FLEN",
			       "PROGLEN", "PASS", "BYTES", "STATE");
		}
	}
	lr->shown++;
	if (!jitlog_complete(d) && !lr->listing)
		warn_msg("dump %zu (%s, line %zu): %zu of %lu bytes%s: %s", i + 1,
			 d->comm[0] ? d->comm : "no comm", d->line, n, d->proglen,
			 d->conflict ? ", conflicting lines" : d->gap ? ", lines missing" : "",
			 n ? "disassembling what is there" : "nothing to disassemble");
	if (s->out && n && write_image(s->out, i + 1, !lr->pick, d->bytes, n) == 0) {
		lr->written++;
		lr->last_written = i + 1;
	}
	if (lr->listing && !s->json) {
		char pidtext[24] = "-";

		if (d->pid >= 0)
			snprintf(pidtext, sizeof(pidtext), "%ld", d->pid);
		printf("%4zu %-16s %7s %6lu %8lu %4lu %8zu  %s\n", i + 1,
		       d->comm[0] ? d->comm : "-", pidtext, d->flen, d->proglen, d->pass,
		       n, state(d));
		return;
	}
	if (s->json) {
		json_object(NULL);
		dump_header_json(d, i + 1, s);
		if (!lr->listing) {
			json_array("insns");
			if (!all_int3(d->bytes, n))
				disasm(s, d->bytes, n, 0, image_address(d), NULL, NULL);
			json_close();
		}
		json_close();
		return;
	}
	printf("%sdump %zu: comm %s, pid %ld, flen %lu, proglen %lu, pass %lu, image %s\n",
	       lr->shown > 1 ? "\n" : "", i + 1, d->comm[0] ? d->comm : "-", d->pid,
	       d->flen, d->proglen, d->pass, d->image[0] ? d->image : "-");
	if (all_int3(d->bytes, n))
		printf("; %s\n", int3_note);
	else
		disasm(s, d->bytes, n, 0, image_address(d), NULL, NULL);
}

/* Lines after which a dump still short of its bytes, with a later dump
 * begun, counts as cut off: it is shown as it is instead of holding all
 * later dumps in memory until the end of the input. */
#define CUT_OFF_LINES 1024

/* Shows the dumps that can no longer change: whole ones, cut-off ones,
 * or all at the end. */
static void emit_ready(struct log_run *lr, struct jit_log *log, int at_end)
{
	if (!at_end && lr->pick < 0)
		return;
	if (at_end && lr->pick < 0)
		lr->pick += (long)log->n + 1;
	while (lr->next < log->n) {
		struct jit_dump *d = jitlog_dump(log, lr->next);

		size_t last = d->last_line > d->line ? d->last_line : d->line;
		int whole = d->proglen && d->end >= d->proglen;
		int cut_off = lr->next + 1 < log->n && log->lines - last > CUT_OFF_LINES;

		if (!at_end && !whole && !cut_off)
			break;
		if (wanted(lr, d, lr->next))
			emit(lr, d, lr->next);
		jitlog_release(log, lr->next);
		lr->next++;
	}
}

static void emit_ready_cb(void *ctx, struct jit_log *log)
{
	emit_ready(ctx, log, 0);
}

static int run_log(struct settings *s, struct opt_slot *o, struct opt_result *r)
{
	struct log_run lr = { .s = s, .o = o, .pid = -1, .listing = o[O_LIST].seen };
	struct jit_log log;

	if (o[O_NUM].arg)
		lr.pick = (long)opt_number(o[O_NUM].arg, -1000000, 1000000, "-n");
	if (o[O_NUM].arg && !lr.pick)
		die_usage("-n: dumps count from 1 (or from -1 at the end)");
	if (o[O_PID].arg)
		lr.pid = (long)opt_number(o[O_PID].arg, 0, INT32_MAX, "-p");
	jitlog_init(&log);
	if (!r->nargs) {
		read_kernel_log(&log);
	} else {
		for (int i = 0; i < r->nargs; i++) {
			FILE *f = strcmp(r->args[i], "-") ? open_log(r->args[i]) : stdin;

			if (!f)
				die_errno(errno, "%s", r->args[i]);
			read_stream(f, r->args[i], &log, emit_ready_cb, &lr);
			if (ferror(f))
				die_errno(errno, "%s: read error", r->args[i]);
			if (f != stdin)
				fclose(f);
		}
	}
	if (!log.n) {
		warn_msg("no JIT dumps in %s (is net.core.bpf_jit_enable=2 set while the "
			 "program loads? see bpf-jit dump -- CMD)",
			 r->nargs ? "the input" : "the kernel log");
		jitlog_free(&log);
		return EXIT_FAIL;
	}
	if (lr.pick && (lr.pick > (long)log.n || -lr.pick > (long)log.n))
		die("-n %s: there are %zu dumps", o[O_NUM].arg, log.n);
	emit_ready(&lr, &log, 1);
	if (lr.header_done && s->json) {
		json_close();
		json_close();
	}
	/* -O FILE: one image is FILE, not FILE.N. */
	if (lr.written == 1 && !lr.pick) {
		char from[512];

		snprintf(from, sizeof(from), "%s.%zu", s->out, lr.last_written);
		if (rename(from, s->out) < 0)
			warn_errno(errno, "%s", s->out);
	}
	if (!lr.shown)
		warn_msg("no dump matches (%zu dumps in the input)", log.n);
	jitlog_free(&log);
	return lr.shown ? EXIT_OK : EXIT_FAIL;
}

/* ---- loaded programs ------------------------------------------------------------------ */

struct interleave {
	const struct bpf_proginfo *p;
	struct btf btf;
	int has_btf;
	uint32_t next;            /* next line info record */
	uint32_t xlated_done;     /* xlated instructions printed */
	const struct targets *t;
	uint64_t call_base;       /* __bpf_call_base, for helper names */
};

static const char *live_helper(void *ctx, int32_t imm)
{
	struct interleave *il = ctx;
	const struct ksym_query *k;

	if (!il->call_base)
		return NULL;
	k = target_name(il->t, il->call_base + (uint64_t)(int64_t)imm);
	return k ? k->name : NULL;
}

static const char *live_map(void *ctx, long long index)
{
	static char buf[48];
	struct interleave *il = ctx;
	const unsigned char *x = il->p->xlated + index * 8;
	struct bpf_insn in, nx;
	int big = 0;
	union { uint16_t v; unsigned char b[2]; } e = { 1 };

	big = e.b[0] == 0;
	bpf_insn_decode(x, big, &in);
	bpf_insn_decode(x + 8, big, &nx);
	if (in.src == 1)       /* BPF_PSEUDO_MAP_FD: the dump puts the map id in */
		snprintf(buf, sizeof(buf), "map[id:%u]", (unsigned)in.imm);
	else if (in.src == 2)  /* BPF_PSEUDO_MAP_VALUE */
		snprintf(buf, sizeof(buf), "map[id:%u][0]+%u", (unsigned)in.imm, (unsigned)nx.imm);
	else
		return NULL;
	return buf;
}

static int host_big(void)
{
	union { uint16_t v; unsigned char b[2]; } e = { 1 };

	return e.b[0] == 0;
}

static void print_xlated(struct interleave *il, uint32_t upto)
{
	const struct bpf_proginfo *p = il->p;
	struct bpf_names names = { live_helper, live_map, il };
	uint32_t n = p->xlated_hidden ? 0 : p->xlated_len / 8;

	if (upto > n)
		upto = n;
	while (il->xlated_done < upto) {
		struct bpf_insn in, nx;
		struct bpf_text t;
		uint32_t i = il->xlated_done;

		bpf_insn_decode(p->xlated + i * 8, host_big(), &in);
		if (i + 1 < n)
			bpf_insn_decode(p->xlated + (i + 1) * 8, host_big(), &nx);
		bpf_format_kernel(&in, i + 1 < n ? &nx : NULL, i, &names, &t);
		printf(";\t%4u: %s\n", i, t.text);
		il->xlated_done += (uint32_t)t.slots;
	}
}

/* Before the JIT instruction at addr: the source lines and xlated
 * instructions whose code starts there. */
static void between(struct interleave *il, uint64_t addr)
{
	const struct bpf_proginfo *p = il->p;

	while (il->next < p->nline_info && il->next < p->njited_line_info &&
	       p->jited_line_info[il->next] <= addr) {
		const unsigned char *r = p->line_info + (size_t)il->next * p->line_info_rec_size;
		uint32_t insn_off, line_off, upto;

		memcpy(&insn_off, r, 4);
		memcpy(&line_off, r + 8, 4);
		/* The instructions before this line's first belong above. */
		print_xlated(il, insn_off);
		if (il->has_btf && btf_str(&il->btf, line_off)[0])
			printf("; %s\n", btf_str(&il->btf, line_off));
		il->next++;
		if (il->next < p->nline_info)
			memcpy(&upto, p->line_info + (size_t)il->next * p->line_info_rec_size, 4);
		else
			upto = p->xlated_len / 8;
		print_xlated(il, upto);
	}
}

static enum machine host_machine(const char **name)
{
	static struct utsname u;

	if (uname(&u) < 0)
		strcpy(u.machine, "unknown");
	*name = u.machine;
	if (!strcmp(u.machine, "x86_64"))
		return M_X86_64;
	if (u.machine[0] == 'i' && !strcmp(u.machine + 2, "86"))
		return M_X86_32;
	return M_OTHER;
}

static void explain_hidden(uint32_t id, uint32_t len)
{
	long long kr = -1;
	uint64_t caps = 0;

	sysctl_read("kernel.kptr_restrict", &kr);
	proc_cap_eff(0, &caps);
	if (!HAS_CAP(caps, CAP_SYS_ADMIN_BIT) && !HAS_CAP(caps, CAP_PERFMON_BIT))
		warn_msg("program %u: the kernel hides its JIT image: reading it needs "
			 "CAP_SYS_ADMIN or CAP_PERFMON, which this process lacks", id);
	else if (kr >= 2 || len)
		warn_msg("program %u: the kernel hides its %u-byte JIT image: kernel.kptr_restrict=%lld "
			 "(set it to 0 or 1)", id, len, kr);
	else
		warn_msg("program %u: no JIT image: the program runs in the interpreter "
			 "(net.core.bpf_jit_enable=0 when it was loaded)", id);
}

static int show_program(struct settings *s, int fd, size_t index)
{
	struct bpf_proginfo p;
	struct targets t = { 0 };
	struct interleave il;
	int hidden = 0;

	memset(&il, 0, sizeof(il));
	if (bpf_proginfo_get(fd, &p) < 0) {
		warn_errno(errno, "reading program info");
		return -1;
	}
	if (!p.jited_len || p.jited_hidden) {
		explain_hidden(p.id, p.jited_len);
		bpf_proginfo_free(&p);
		return -1;
	}
	if (s->out)
		write_image(s->out, p.id, index > 0, p.jited, p.jited_len);
	/* One kallsyms pass for everything this listing names. */
	if (s->machine != M_OTHER && p.nksyms == p.nfunc_lens) {
		uint64_t off = 0;

		for (uint32_t k = 0; k < p.nksyms && off < p.jited_len; k++) {
			uint32_t len = p.func_lens[k] < p.jited_len - off ? p.func_lens[k]
									  : (uint32_t)(p.jited_len - off);

			add_target(&t, p.ksyms[k]);
			collect_targets(s, p.jited + off, len, p.ksyms[k], &t);
			off += len;
		}
		if (s->xlated && !p.xlated_hidden && (il.call_base = kallsyms_lookup("__bpf_call_base"))) {
			for (uint32_t i = 0; i + 1 <= p.xlated_len / 8; i++) {
				struct bpf_insn in;

				bpf_insn_decode(p.xlated + i * 8, host_big(), &in);
				if (in.code == (BPF_JMP | BPF_CALL) && in.src == BPF_PSEUDO_HELPER)
					add_target(&t, il.call_base + (uint64_t)(int64_t)in.imm);
			}
		}
		kallsyms_resolve(t.q, t.n, &hidden);
	}
	il.p = &p;
	il.t = &t;
	if (s->xlated && p.btf &&
	    btf_parse(&il.btf, p.btf, p.btf_len, host_big(), (char[128]){ 0 }, 128) == 0)
		il.has_btf = 1;

	if (s->json) {
		json_object(NULL);
		json_uint("id", p.id);
		json_string("name", p.name);
		json_string("tag", p.tag);
		json_uint("bytes", p.jited_len);
		json_string("machine", s->machine_name);
		json_array("insns");
	} else {
		printf("%sprogram %u: %s, tag %s, %u bytes of JIT code, %u xlated instructions\n",
		       index ? "\n" : "", p.id, p.name[0] ? p.name : "-", p.tag, p.jited_len,
		       p.xlated_len / 8);
	}
	/* Sub-programs: consecutive in the image, lengths in func_lens. */
	{
		uint32_t nfunc = p.nksyms && p.nksyms == p.nfunc_lens ? p.nksyms : 0;
		uint64_t sum = 0;

		for (uint32_t k = 0; k < nfunc; k++)
			sum += p.func_lens[k];
		if (sum != p.jited_len)
			nfunc = 0; /* lengths that do not add up: one listing */
		uint64_t off = 0;

		/* Without line info nothing ties xlated code to JIT code:
		 * the BPF listing comes first, whole. */
		if (s->xlated && !s->json && (!il.has_btf || !p.nline_info ||
					      p.nline_info != p.njited_line_info))
			print_xlated(&il, p.xlated_len / 8);
		if (!nfunc)
			disasm(s, p.jited, p.jited_len, 0, 0, &t, NULL);
		for (uint32_t k = 0; k < nfunc && off < p.jited_len; k++) {
			uint32_t len = p.func_lens[k];
			const struct ksym_query *name = target_name(&t, p.ksyms[k]);

			if (len > p.jited_len - off)
				len = (uint32_t)(p.jited_len - off);
			if (!s->json) {
				if (name)
					printf("%016" PRIx64 " <%s>:\n", p.ksyms[k], name->name);
				else
					printf("%016" PRIx64 " <bpf_prog_%s_%s%s>:\n", p.ksyms[k], p.tag,
					       k ? "F" : "", k ? "" : p.name);
			}
			disasm(s, p.jited + off, len, off, p.ksyms[k], &t,
			       s->xlated && !s->json ? &il : NULL);
			off += len;
		}
		if (s->xlated && !s->json)
			print_xlated(&il, p.xlated_len / 8);
	}
	if (s->json) {
		json_close();
		json_close();
	}
	if (hidden && !s->json)
		warn_msg("kernel symbols hidden (kernel.kptr_restrict): call targets not named");
	if (il.has_btf)
		btf_free(&il.btf);
	free(t.q);
	bpf_proginfo_free(&p);
	return 0;
}

static int open_by_id(uint32_t id)
{
	int fd = bpf_prog_fd_by_id(id);

	if (fd < 0) {
		if (errno == ENOENT)
			die("program %u: no such program (bpftool prog show lists them)", id);
		if (errno == EPERM)
			die("program %u: not permitted: needs CAP_SYS_ADMIN (or CAP_BPF)", id);
		die_errno(errno, "program %u", id);
	}
	return fd;
}

static int run_live(struct settings *s, struct opt_slot *o)
{
	size_t shown = 0;
	int status = EXIT_OK;

	if (s->json) {
		json_object(NULL);
		json_array("programs");
	}
	if (o[O_ID].arg) {
		int fd = open_by_id((uint32_t)opt_number(o[O_ID].arg, 1, UINT32_MAX, "-i"));

		if (show_program(s, fd, shown++) < 0)
			status = EXIT_FAIL;
		close(fd);
	} else if (o[O_PIN].arg) {
		int fd = bpf_prog_fd_by_pin(o[O_PIN].arg);

		if (fd < 0)
			die_errno(errno, "%s", o[O_PIN].arg);
		if (show_program(s, fd, shown++) < 0)
			status = EXIT_FAIL;
		close(fd);
	} else {
		uint32_t id = 0;

		for (;;) {
			struct bpf_proginfo p;
			int fd;

			if (bpf_prog_next_id(id, &id) < 0) {
				if (errno == EPERM)
					die("listing programs is not permitted: needs CAP_SYS_ADMIN");
				die_errno(errno, "listing programs");
			}
			if (!id)
				break;
			fd = bpf_prog_fd_by_id(id);
			if (fd < 0)
				continue; /* unloaded meanwhile */
			if (o[O_NAME].arg) {
				int match;

				if (bpf_proginfo_get(fd, &p) < 0) {
					close(fd);
					continue;
				}
				match = !strcmp(p.name, o[O_NAME].arg);
				bpf_proginfo_free(&p);
				if (!match) {
					close(fd);
					continue;
				}
			}
			if (show_program(s, fd, shown++) < 0)
				status = EXIT_FAIL;
			close(fd);
		}
	}
	if (s->json) {
		json_close();
		json_close();
	}
	if (!shown) {
		warn_msg(o[O_NAME].arg ? "no loaded program is called %s" : "no programs are loaded",
			 o[O_NAME].arg);
		return EXIT_FAIL;
	}
	return status;
}

/* ---- main ------------------------------------------------------------------------------ */

int jitdis_main(int argc, char **argv)
{
	struct opt_slot o[O_COUNT] = { 0 };
	struct opt_result r;
	struct settings s;
	int live;
	static char outbuf[1 << 16];

	opt_parse(argc, argv, jitdis_opts, O_COUNT, o, &r, USAGE_BPF_JITDIS);
	memset(&s, 0, sizeof(s));
	live = o[O_ID].seen + o[O_NAME].seen + o[O_PIN].seen + o[O_ALL].seen;
	if (live > 1)
		die_usage("-i, --name, --pin and --all do not go together");
	if (live && (r.nargs || o[O_LIST].seen || o[O_NUM].seen || o[O_COMM].seen || o[O_PID].seen))
		die_usage("FILE, -l, -n, -c and -p are for kernel logs, not loaded programs");
	if (o[O_XLATED].seen && !live)
		die_usage("-x goes with -i, --name, --pin or --all");
	if (r.has_rest)
		die_usage("unexpected '--'");
	s.intel = o[O_SYNTAX].arg && !strcmp(o[O_SYNTAX].arg, "intel");
	if (o[O_SYNTAX].arg && !s.intel && strcmp(o[O_SYNTAX].arg, "att"))
		die_usage("-M: '%s' is not att or intel", o[O_SYNTAX].arg);
	s.addresses = o[O_ADDR].seen;
	s.opcodes = o[O_OPCODES].seen;
	s.json = json_flag(o[O_JSON].seen);
	s.xlated = o[O_XLATED].seen;
	s.out = o[O_OUT].arg;
	if (o[O_MACHINE].arg) {
		s.machine_name = o[O_MACHINE].arg;
		s.machine = !strcmp(s.machine_name, "x86-64") ? M_X86_64 :
			    !strcmp(s.machine_name, "x86-32") ? M_X86_32 : M_OTHER;
	} else if (live) {
		s.machine = host_machine(&s.machine_name);
	} else {
		s.machine = M_X86_64;
		s.machine_name = "x86-64";
	}
	if (s.machine == M_OTHER && !s.json)
		warn_msg("%s: no disassembler for this machine in bpfbox (Zydis decodes x86): "
			 "printing a hex listing", s.machine_name);
	if (s.machine == M_X86_32)
		ZydisDecoderInit(&s.dec, ZYDIS_MACHINE_MODE_LEGACY_32, ZYDIS_STACK_WIDTH_32);
	else
		ZydisDecoderInit(&s.dec, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
	ZydisFormatterInit(&s.fmt, s.intel ? ZYDIS_FORMATTER_STYLE_INTEL : ZYDIS_FORMATTER_STYLE_ATT);
	/* Lowercase, unpadded numbers, as objdump and the kernel print them. */
	ZydisFormatterSetProperty(&s.fmt, ZYDIS_FORMATTER_PROP_HEX_UPPERCASE, ZYAN_FALSE);
	ZydisFormatterSetProperty(&s.fmt, ZYDIS_FORMATTER_PROP_ADDR_PADDING_ABSOLUTE, ZYDIS_PADDING_DISABLED);
	ZydisFormatterSetProperty(&s.fmt, ZYDIS_FORMATTER_PROP_ADDR_PADDING_RELATIVE, ZYDIS_PADDING_DISABLED);
	ZydisFormatterSetProperty(&s.fmt, ZYDIS_FORMATTER_PROP_DISP_PADDING, ZYDIS_PADDING_DISABLED);
	ZydisFormatterSetProperty(&s.fmt, ZYDIS_FORMATTER_PROP_IMM_PADDING, ZYDIS_PADDING_DISABLED);
	ZydisFormatterSetProperty(&s.fmt, ZYDIS_FORMATTER_PROP_IMM_SIGNEDNESS, ZYDIS_SIGNEDNESS_UNSIGNED);
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	return live ? run_live(&s, o) : run_log(&s, o, &r);
}
