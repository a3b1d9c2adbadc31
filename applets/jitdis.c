// SPDX-License-Identifier: GPL-2.0-only
/*
 * bpf-jitdis: disassemble the machine code the BPF JIT produced.
 *
 * Two sources: the kernel log, where bpf_jit_enable=2 prints each image as
 * a hex dump (what the kernel's tools/bpf/bpf_jit_disasm reads, but that
 * tool needs libbfd, reads only the last dump and aborts on a cut log);
 * and loaded programs, whose images BPF_OBJ_GET_INFO_BY_FD returns on any
 * kernel with the JIT, no dump mode needed.  The machine code goes through
 * a decoder of libcore/dis.h, picked by machine name; a machine without
 * one gets a hex listing.
 *
 * Each line of a listing is printed by a plain or a JSON printer, chosen
 * once; what goes between instructions (xlated BPF and source lines with
 * -x) comes from a callback.
 *
 * The usage text is the Kconfig help in jitdis.kconfig.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "applets.h"
#include "bpf_insn.h"
#include "bpf_prog_open.h"
#include "bpf_proginfo.h"
#include "btf.h"
#include "columns.h"
#include "dis.h"
#include "dis_listing.h"
#include "endian.h"
#include "err.h"
#include "jit_forced.h"
#include "jitlog.h"
#include "json.h"
#include "kallsyms.h"
#include "klog.h"
#include "num.h"
#include "opt.h"
#include "proc.h"
#include "text.h"
#include "usage.h"
#include "xalloc.h"

enum { O_LIST, O_NUM, O_COMM, O_PID, O_ID, O_NAME, O_PIN, O_ALL, O_XLATED, O_SYNTAX,
       O_ADDR, O_OPCODES, O_OUT, O_MACHINE, O_JSON, O_COUNT };
static const struct opt opts[] = {
	[O_LIST]    = { 'l', OPT_FLAG, NULL },
	[O_NUM]     = { 'n', OPT_ARG, NULL },
	[O_COMM]    = { 'c', OPT_ARG, NULL },
	[O_PID]     = { 'p', OPT_ARG, NULL },
	[O_ID]      = { 'i', OPT_ARG, NULL },
	[O_NAME]    = { 0, OPT_ARG, "name" },
	[O_PIN]     = { 0, OPT_ARG, "pin" },
	[O_ALL]     = { 0, OPT_FLAG, "all" },
	[O_XLATED]  = { 'x', OPT_FLAG, NULL },
	[O_SYNTAX]  = { 'M', OPT_ARG, NULL },
	[O_ADDR]    = { 'A', OPT_FLAG, NULL },
	[O_OPCODES] = { 'o', OPT_FLAG, NULL },
	[O_OUT]     = { 'O', OPT_ARG, NULL },
	[O_MACHINE] = { 'm', OPT_ARG, NULL },
	[O_JSON]    = { 'j', OPT_FLAG, NULL },
};
_Static_assert(sizeof(opts) / sizeof(opts[0]) == O_COUNT, "one row per O_ name");

/* One line of a listing: an instruction, or with no decoder 16 raw bytes. */
struct code_line {
	uint64_t off;           /* from the start of the code listed */
	uint64_t addr;          /* its kernel address, 0 when not known */
	uint64_t shown;         /* what the line starts with: offset or address */
	int width;              /* of the address column, objdump's for the listing */
	const unsigned char *bytes;
	size_t n;
	const char *text;       /* NULL: raw bytes */
};

struct settings {
	const char *machine_arg;        /* -m */
	int intel, addresses, opcodes, json, xlated;
	const char *out;
	void (*print_line)(struct settings *s, const struct code_line *l);
	/* The machine of the code being shown, and how it was chosen. */
	const char *machine_name, *machine_from;
	struct dis dis;
	int have_dis;           /* a decoder for it is in the build */
	int notice_due;         /* no decoder: say so before the first hex listing */
	char running[24];       /* the running kernel's machine */
};

/* ---- the two line printers ------------------------------------------------------- */

static void hex_bytes(char *out, const unsigned char *b, size_t n, int spaced)
{
	for (size_t i = 0; i < n; i++) {
		if (spaced && i)
			*out++ = ' ';
		*out++ = hex_digits[b[i] >> 4];
		*out++ = hex_digits[b[i] & 15];
	}
	*out = 0;
}

/* One instruction as objdump prints it (libcore/dis_listing.c). */
static void put_line(struct settings *s, const struct code_line *l)
{
	char line[DIS_LINE_MAX];

	fwrite(line, 1, dis_format_line(line, s->dis.m, l->width, l->shown, l->bytes, l->n, l->text,
					s->opcodes), stdout);
}

static void print_line_plain(struct settings *s, const struct code_line *l)
{
	char bytes[64];

	if (l->text) {
		put_line(s, l);
		return;
	}
	hex_bytes(bytes, l->bytes, l->n, 1);
	printf(s->addresses ? "%16" PRIx64 ":\t%s\n" : "%8" PRIx64 ":\t%s\n", l->shown, bytes);
}

static void print_line_json(struct settings *s, const struct code_line *l)
{
	char bytes[64];

	(void)s;
	json_object(NULL);
	json_uint("off", l->off);
	if (l->addr)
		json_uint("addr", l->addr);
	hex_bytes(bytes, l->bytes, l->n, 0);
	json_string("bytes", bytes);
	json_string("text", l->text);
	json_close();
}

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

/* Collects targets that leave [start, start+len) for kallsyms lookup. */
static void collect_targets(struct settings *s, const unsigned char *b, size_t len,
			    uint64_t start, struct targets *t)
{
	struct dis_insn in;

	for (size_t off = 0; off < len;) {
		off += dis_decode(&s->dis, b + off, len - off, start + off, &in);
		if (in.has_target && (in.target < start || in.target >= start + len))
			add_target(t, in.target);
	}
}

/* What to print before an instruction at a kernel address (-x). */
struct between {
	void (*fn)(void *ctx, uint64_t addr);
	void *ctx;
};

/* No decoder for this machine: 16 bytes a line. */
static void hex_listing(struct settings *s, const unsigned char *b, size_t len, uint64_t off0,
			uint64_t addr0)
{
	for (size_t off = 0; off < len; off += 16) {
		struct code_line l = { off0 + off, addr0 ? addr0 + off0 + off : 0,
				       (s->addresses ? addr0 : 0) + off0 + off, 0, b + off,
				       len - off < 16 ? len - off : 16, NULL };

		s->print_line(s, &l);
	}
}

/* Appends " <sym>" or " <sym+0xN>" for a target outside the program. */
static void name_target(char *text, size_t size, const struct targets *t, uint64_t kaddr)
{
	const struct ksym_query *k = target_name(t, kaddr);
	size_t l = strlen(text);

	if (k && kaddr == k->sym_addr)
		snprintf(text + l, size - l, " <%s>", k->name);
	else if (k)
		snprintf(text + l, size - l, " <%s+0x%" PRIx64 ">", k->name, kaddr - k->sym_addr);
}

/* Code of an image, as objdump decodes the image written to a file (with
 * --adjust-vma=addr0 for -A): bytes [off0, off0 + len) of image, whose
 * whole length total sets the address column.  The numbers in the text
 * are objdump's; names from the kernel's symbols (addr0 known) are added.
 * Decoders that keep state between instructions start afresh. */
struct piece {
	const unsigned char *image;
	uint64_t off0, len, total, addr0;
};

static void no_decoder_notice(struct settings *s);

static void disasm(struct settings *s, const struct piece *c, const struct targets *t,
		   const struct between *bw)
{
	uint64_t base = s->addresses ? c->addr0 : 0;
	int width = dis_address_width(s->dis.m, base + c->total);
	struct dis_insn in;

	if (!s->have_dis) {
		no_decoder_notice(s);
		hex_listing(s, c->image + c->off0, c->len, c->off0, c->addr0);
		return;
	}
	dis_restart(&s->dis);
	for (uint64_t off = c->off0; off < c->off0 + c->len;) {
		struct code_line l = { off, c->addr0 ? c->addr0 + off : 0, base + off, width,
				       c->image + off, 0, in.text };

		if (bw)
			bw->fn(bw->ctx, c->addr0 + off);
		l.n = dis_decode(&s->dis, c->image + off, c->off0 + c->len - off, base + off, &in);
		if (in.has_target && t && c->addr0)
			name_target(in.text, sizeof(in.text), t, in.target - base + c->addr0);
		s->print_line(s, &l);
		off += l.n;
	}
}

/* ---- which machine the code is ---------------------------------------------------- */

/* Opens the decoder for machine name, chosen `from` ("-m", "running
 * kernel", "prologue").  A machine no decoder of this build serves gets a
 * hex listing, with a notice before the first one (not when there turns
 * out to be nothing to show). */
static void use_machine(struct settings *s, const char *name, const char *from)
{
	s->machine_name = name;
	s->machine_from = from;
	s->have_dis = dis_open(&s->dis, name, s->intel) == 0;
	s->notice_due = !s->have_dis && !s->json;
}

static void no_decoder_notice(struct settings *s)
{
	static const char *warned;
	const char *name = s->machine_name, *option;

	if (!s->notice_due || (warned && !strcmp(warned, name)))
		return;
	option = dis_option_of(name);
	s->notice_due = 0;
	warned = name;
	if (option)
		warn_msg("%s: no decoder built in (CONFIG_%s): hex listing", name, option);
	else
		warn_msg("%s: no decoder for this machine: hex listing", name);
}

/* A dump in a log, without -m: the machine its prologue says.  Each
 * machine told this way is named once on stderr; a dump no prologue fits
 * gets a hex listing and says so. */
static void machine_of_dump(struct settings *s, const struct jit_dump *d, size_t index, int quiet)
{
	const char *m = dis_guess(d->bytes, d->have);
	static const char *told;

	if (!m) {
		s->machine_name = s->machine_from = NULL;
		s->have_dis = s->notice_due = 0;
		if (!quiet && d->have)
			warn_msg("dump %zu: no JIT prologue known: hex listing (-m MACHINE chooses)",
				 index);
		return;
	}
	if (!s->machine_name || strcmp(s->machine_name, m))
		use_machine(s, m, "prologue");
	if (!quiet && (!told || strcmp(told, m))) {
		told = m;
		warn_msg("dump %zu: %s code, told by its prologue (-m MACHINE chooses)", index, m);
	}
}

/* -m: a name bpfbox knows, else a usage error (--help lists them all). */
static void check_machine_name(const char *name)
{
	if (!dis_option_of(name))
		die_usage("-m: '%s' is not a machine bpfbox knows", name);
}

/* Loaded programs are the running kernel's code: -m naming another
 * machine decodes it as that machine, which is worth a word. */
static void choose_live_machine(struct settings *s)
{
	const char *running = dis_running_machine(s->running, sizeof(s->running));

	if (!s->machine_arg) {
		use_machine(s, running ? running : "unknown", "running kernel");
		return;
	}
	use_machine(s, s->machine_arg, "-m");
	if (running && dis_machine_find(running) != dis_machine_find(s->machine_arg) && !s->json)
		warn_msg("-m %s: the running kernel is %s; its programs' code is %s code", s->machine_arg,
			 running, running);
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

/* Three lines of a listing's 80 columns. */
static const char int3_note[] =
	"; image is all int3 (0xcc): this kernel printed the image before filling it\n"
	"; (x86-64 5.18 to 6.4 dump the read-only copy); use bpf-jitdis -i ID on the\n"
	"; loaded program instead\n";

/* ---- kernel log ------------------------------------------------------------------------ */

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

/* The kernel's %p hashes pointers it will not show (kptr_restrict): 32
 * bits of hash, zero-padded to 16 digits.  Such an image= is no address. */
static int image_hashed(const struct jit_dump *d)
{
	return !d->address_prefix && strlen(d->image) == 16 && !strncmp(d->image, "00000000", 8);
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

/* The code of a dump: up to a lost line, then, where the log goes on
 * past it, the rest (a decoder may take a few instructions to fall back
 * into step, since the line cut one in two). */
static void dump_code(struct settings *s, const struct jit_dump *d, uint64_t addr)
{
	struct piece c = { d->bytes, 0, d->have, d->have, addr };

	if (all_int3(d->bytes, d->have)) {
		if (!s->json)
			fputs(int3_note, stdout);
		return;
	}
	if (!d->gap || d->conflict || d->gap_to >= d->end) {
		disasm(s, &c, NULL, NULL);
		return;
	}
	c.len = d->gap_at;
	c.total = d->end;
	disasm(s, &c, NULL, NULL);
	if (!s->json)
		printf("; bytes %zx to %zx are missing from the log (a line was lost)\n", d->gap_at,
		       d->gap_to - 1);
	c.off0 = d->gap_to;
	c.len = d->end - d->gap_to;
	disasm(s, &c, NULL, NULL);
	if (!s->json && d->more_gaps)
		printf("; bytes from %zx on are missing too (more lines were lost)\n", d->end);
}

/* One dump: plain and JSON.  The plain header fits 80 columns. */
static void print_dump_plain(struct settings *s, const struct jit_dump *d, size_t index,
			     int first)
{
	char comm[TEXT_SAFE_SIZE(sizeof(d->comm))];

	printf("%sdump %zu: %s, pid %ld, flen %lu, proglen %lu, pass %lu\n", first ? "" : "\n",
	       index, d->comm[0] ? text_safe(d->comm, comm, sizeof(comm)) : "-", d->pid, d->flen,
	       d->proglen, d->pass);
	printf("image %s\n", d->image[0] ? d->image : "-");
	dump_code(s, d, s->addresses && image_hashed(d) ? 0 : image_address(d));
}

static void print_dump_listed(const struct jit_dump *d, size_t index)
{
	char pidtext[24] = "-", comm[TEXT_SAFE_SIZE(sizeof(d->comm))];

	if (d->pid >= 0)
		snprintf(pidtext, sizeof(pidtext), "%ld", d->pid);
	printf("%4zu %-16s %7s %6lu %8lu %4lu %8zu  %s\n", index,
	       d->comm[0] ? text_safe(d->comm, comm, sizeof(comm)) : "-", pidtext, d->flen,
	       d->proglen, d->pass, d->have, state(d));
}

static void print_dump_json(struct settings *s, const struct jit_dump *d, size_t index,
			    int listing)
{
	json_object(NULL);
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
	json_bool("image_hashed", image_hashed(d));
	json_uint("bytes", d->have);
	json_bool("complete", jitlog_complete(d));
	if (d->gap) {
		json_object("missing");
		json_uint("from", d->gap_at);
		json_uint("to", d->gap_to);
		json_close();
	}
	json_string("machine", s->machine_name);
	json_string("machine_from", s->machine_from);
	if (!listing) {
		json_array("insns");
		dump_code(s, d, image_hashed(d) ? 0 : image_address(d));
		json_close();
	}
	json_close();
}

/* One pass over the log: dumps are shown in order as soon as they are
 * whole (or at the end of the input) and their bytes freed, so a log of
 * any length needs memory for the dumps in flight only.  -n with a
 * negative number has to see the end first. */
struct log_run {
	struct settings *s;
	const struct opt_slot *o;
	long pick, pid;
	int listing, header_done;
	size_t next, shown, written, last_written;
	struct jit_log log;
};

static int wanted(const struct log_run *lr, const struct jit_dump *d, size_t i)
{
	return (!lr->pick || (size_t)lr->pick == i + 1) &&
	       (!lr->o[O_COMM].arg || !strcmp(lr->o[O_COMM].arg, d->comm)) &&
	       (lr->pid < 0 || d->pid == lr->pid);
}

static void begin_log_output(struct log_run *lr)
{
	lr->header_done = 1;
	if (lr->s->json) {
		json_object(NULL);
		json_array("dumps");
	} else if (lr->listing) {
		printf("%4s %-16s %7s %6s %8s %4s %8s  %s\n", "#", "COMM", "PID", "FLEN",
		       "PROGLEN", "PASS", "BYTES", "STATE");
	}
}

static void emit(struct log_run *lr, struct jit_dump *d, size_t i)
{
	struct settings *s = lr->s;
	size_t n = d->have;

	if (!lr->header_done)
		begin_log_output(lr);
	lr->shown++;
	if (!jitlog_complete(d) && !lr->listing)
		warn_msg("dump %zu (%s, line %zu): %s: %zu of %lu bytes", i + 1,
			 d->comm[0] ? d->comm : "no comm", d->line, state(d), n, d->proglen);
	if (s->out && n && write_image(s->out, i + 1, !lr->pick, d->bytes, n) == 0) {
		lr->written++;
		lr->last_written = i + 1;
	}
	if (!s->machine_arg && !all_int3(d->bytes, n))
		machine_of_dump(s, d, i + 1, lr->listing || s->json);
	if (s->addresses && image_hashed(d) && !lr->listing && !s->json)
		warn_msg("dump %zu: image= is a hashed pointer (kptr_restrict): offsets shown", i + 1);
	if (s->json)
		print_dump_json(s, d, i + 1, lr->listing);
	else if (lr->listing)
		print_dump_listed(d, i + 1);
	else
		print_dump_plain(s, d, i + 1, lr->shown == 1);
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

static void log_line_cb(void *ctx, const char *line, size_t len)
{
	jitlog_line(&((struct log_run *)ctx)->log, line, len);
}

static void emit_ready_cb(void *ctx)
{
	struct log_run *lr = ctx;

	emit_ready(lr, &lr->log, 0);
}

/* The inputs, one after the other; one that cannot be opened or read is
 * said and skipped (the status says it failed), the others are read. */
static int read_inputs(struct log_run *lr, const struct opt_result *r)
{
	const struct klog_reader reader = { log_line_cb, emit_ready_cb, lr };
	int status = EXIT_OK;

	if (!r->nargs) {
		klog_read_kernel(&reader);
		return status;
	}
	for (int i = 0; i < r->nargs; i++) {
		FILE *f = strcmp(r->args[i], "-") ? klog_open(r->args[i]) : stdin;

		if (!f) {
			warn_errno(errno, "%s", r->args[i]);
			status = EXIT_FAIL;
			continue;
		}
		klog_read_stream(f, r->args[i], &reader);
		if (ferror(f)) {
			warn_errno(errno, "%s: read error", r->args[i]);
			status = EXIT_FAIL;
		}
		if (f != stdin)
			fclose(f);
	}
	return status;
}

/* No dumps: where the kernel forces the JIT on it refuses dump mode, and
 * a program's code is to be had from the program itself. */
static void no_dumps(const struct opt_result *r)
{
	const char *source;

	if (!r->nargs && jit_forced_on(&source) == JIT_FORCED_YES)
		warn_msg("no JIT dumps: JIT forced on (%s); try -i ID or --all", source);
	else
		warn_msg("no JIT dumps in %s (load under bpf-jit dump -- CMD)",
			 r->nargs ? "the input" : "the kernel log");
}

/* -O FILE: one image is FILE, not FILE.N. */
static void name_one_image(const struct settings *s, const struct log_run *lr)
{
	char from[512];

	if (lr->written != 1 || lr->pick)
		return;
	snprintf(from, sizeof(from), "%s.%zu", s->out, lr->last_written);
	if (rename(from, s->out) < 0)
		warn_errno(errno, "%s", s->out);
}

static int run_log(struct settings *s, const struct opt_slot *o, const struct opt_result *r)
{
	struct log_run lr = { .s = s, .o = o, .pid = -1, .listing = o[O_LIST].seen };
	struct jit_log *log = &lr.log;
	int status;

	if (o[O_NUM].arg)
		lr.pick = (long)opt_number(o[O_NUM].arg, -1000000, 1000000, "-n");
	if (o[O_NUM].arg && !lr.pick)
		die_usage("-n: dumps count from 1 (or from -1 at the end)");
	if (o[O_PID].arg)
		lr.pid = (long)opt_number(o[O_PID].arg, 0, INT32_MAX, "-p");
	/* JSON: a whole document whatever happens, if only {"dumps":[]}. */
	if (s->json)
		begin_log_output(&lr);
	jitlog_init(log);
	status = read_inputs(&lr, r);
	if (!log->n) {
		/* Inputs that could not be read were said; an empty one is this. */
		if (status == EXIT_OK)
			no_dumps(r);
		status = EXIT_FAIL;
	} else {
		if (lr.pick && (lr.pick > (long)log->n || -lr.pick > (long)log->n))
			die("-n %s: there are %zu dumps", o[O_NUM].arg, log->n);
		emit_ready(&lr, log, 1);
		name_one_image(s, &lr);
		if (!lr.shown) {
			warn_msg("no dump matches (%zu dumps in the input)", log->n);
			status = EXIT_FAIL;
		}
	}
	if (s->json) {
		json_close();
		json_close();
	}
	jitlog_free(log);
	return status;
}

/* ---- loaded programs: -x, xlated code and source lines between ----------------- */

struct interleave {
	const struct bpf_proginfo *p;
	struct btf btf;
	int has_btf;
	uint32_t next;            /* next line info record */
	uint32_t xlated_done;     /* xlated instructions printed */
	const struct targets *t;
	uint64_t call_base;       /* __bpf_call_base, for helper names */
	char name[48];            /* the last name looked up */
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

/* The kernel rewrites an ld_imm64's map fd into the map's id. */
static const char *live_map(void *ctx, long long index)
{
	struct interleave *il = ctx;
	const unsigned char *x = il->p->xlated + index * 8;
	struct bpf_insn in, nx;

	bpf_insn_decode(x, host_big_endian(), &in);
	bpf_insn_decode(x + 8, host_big_endian(), &nx);
	if (in.src == BPF_PSEUDO_MAP_FD)
		snprintf(il->name, sizeof(il->name), "map[id:%u]", (unsigned)in.imm);
	else if (in.src == BPF_PSEUDO_MAP_VALUE)
		snprintf(il->name, sizeof(il->name), "map[id:%u][0]+%u", (unsigned)in.imm,
			 (unsigned)nx.imm);
	else
		return NULL;
	return il->name;
}

/* The kernel's text of xlated instruction i; returns its slots. */
static int xlated_text(struct interleave *il, uint32_t i, struct bpf_text *t)
{
	const struct bpf_proginfo *p = il->p;
	struct bpf_names names = { live_helper, live_map, il };
	uint32_t n = p->xlated_len / 8;
	struct bpf_insn in, nx;

	bpf_insn_decode(p->xlated + i * 8, host_big_endian(), &in);
	if (i + 1 < n)
		bpf_insn_decode(p->xlated + (i + 1) * 8, host_big_endian(), &nx);
	bpf_format_kernel(&in, i + 1 < n ? &nx : NULL, i, &names, t);
	return t->slots;
}

static void print_xlated(struct interleave *il, uint32_t upto)
{
	const struct bpf_proginfo *p = il->p;
	uint32_t n = p->xlated_hidden ? 0 : p->xlated_len / 8;

	if (upto > n)
		upto = n;
	while (il->xlated_done < upto) {
		struct bpf_text t;
		uint32_t i = il->xlated_done;

		il->xlated_done += (uint32_t)xlated_text(il, i, &t);
		printf(";\t%4u: %s\n", i, t.text);
	}
}

/* -j -x: the xlated instructions, and the source lines with the xlated
 * instruction and the JIT address each starts at. */
static void json_xlated(struct interleave *il)
{
	const struct bpf_proginfo *p = il->p;
	uint32_t n = p->xlated_hidden ? 0 : p->xlated_len / 8;

	json_array("xlated");
	for (uint32_t i = 0; i < n;) {
		struct bpf_text t;
		uint32_t at = i;

		i += (uint32_t)xlated_text(il, i, &t);
		json_object(NULL);
		json_uint("insn", at);
		json_string("text", t.text);
		json_close();
	}
	json_close();
	json_array("lines");
	for (uint32_t k = 0; k < p->nline_info; k++) {
		const unsigned char *r = p->line_info + (size_t)k * p->line_info_rec_size;
		uint32_t insn_off, line_off;

		memcpy(&insn_off, r, 4);
		memcpy(&line_off, r + 8, 4);
		json_object(NULL);
		json_uint("insn", insn_off);
		if (k < p->njited_line_info)
			json_uint("addr", p->jited_line_info[k]);
		json_string("line", il->has_btf ? btf_str(&il->btf, line_off) : NULL);
		json_close();
	}
	json_close();
}

/* A source line from the program's BTF as a comment: its indentation
 * dropped, tabs made spaces, escaped (the BTF is whoever loaded it), and
 * wrapped within 80 columns, each line of it a comment. */
static void print_source(const char *line)
{
	char plain[512], safe[TEXT_SAFE_SIZE(sizeof(plain))];
	size_t n = 0;

	while (*line == ' ' || *line == '\t')
		line++;
	for (; *line && n < sizeof(plain) - 1; line++)
		plain[n++] = *line == '\t' ? ' ' : *line;
	plain[n] = 0;
	column_wrap_lead(stdout, "; ", ";   ", text_safe(plain, safe, sizeof(safe)));
}

/* Before the JIT instruction at addr: the source lines and xlated
 * instructions whose code starts there. */
static void print_between(void *ctx, uint64_t addr)
{
	struct interleave *il = ctx;
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
			print_source(btf_str(&il->btf, line_off));
		il->next++;
		if (il->next < p->nline_info)
			memcpy(&upto, p->line_info + (size_t)il->next * p->line_info_rec_size, 4);
		else
			upto = p->xlated_len / 8;
		print_xlated(il, upto);
	}
}

/* ---- loaded programs -------------------------------------------------------------- */

/* A loaded program with what its listing names. */
struct shown_prog {
	struct bpf_proginfo p;
	struct targets t;
	struct interleave il;
	uint32_t nfunc;           /* sub-programs (1 when the lengths do not add up) */
	int hidden;               /* kallsyms addresses hidden */
};

/* Sub-programs: consecutive in the image, their lengths in func_lens;
 * lengths that do not add up give one listing. */
static uint32_t subprograms(const struct bpf_proginfo *p)
{
	uint32_t nfunc = p->nksyms && p->nksyms == p->nfunc_lens ? p->nksyms : 0;
	uint64_t sum = 0;

	for (uint32_t k = 0; k < nfunc; k++)
		sum += p->func_lens[k];
	return sum == p->jited_len && nfunc ? nfunc : 1;
}

/* Sub-program k: its place in the image, its kernel address (0 when the
 * kernel did not say), its name as /proc/kallsyms has it. */
struct subprog {
	uint64_t off, len, addr;
	char name[160];
};

static void subprog_at(const struct shown_prog *sp, uint32_t k, struct subprog *out)
{
	const struct bpf_proginfo *p = &sp->p;
	const struct ksym_query *sym;
	const char *func = bpf_prog_func_name(p, sp->il.has_btf ? &sp->il.btf : NULL, k);

	out->off = 0;
	for (uint32_t i = 0; i < k; i++)
		out->off += p->func_lens[i];
	out->len = sp->nfunc > 1 || p->nfunc_lens == 1 ? p->func_lens[k] : p->jited_len;
	out->addr = k < p->nksyms ? p->ksyms[k] : 0;
	if ((sym = target_name(&sp->t, out->addr)) && sym->sym_addr == out->addr)
		snprintf(out->name, sizeof(out->name), "%s", sym->name);
	else
		snprintf(out->name, sizeof(out->name), "bpf_prog_%s_%s", p->tag,
			 func[0] ? func : k ? "F" : p->name);
}

/* One kallsyms pass for everything the listing names: call targets,
 * and with -x the helpers the xlated code calls. */
static void name_targets(struct settings *s, struct shown_prog *sp)
{
	const struct bpf_proginfo *p = &sp->p;

	for (uint32_t k = 0; k < sp->nfunc && s->have_dis && k < p->nksyms; k++) {
		struct subprog sub;

		subprog_at(sp, k, &sub);
		add_target(&sp->t, sub.addr);
		dis_restart(&s->dis);
		collect_targets(s, p->jited + sub.off, sub.len, sub.addr, &sp->t);
	}
	if (s->xlated && !p->xlated_hidden &&
	    (sp->il.call_base = kallsyms_lookup("__bpf_call_base"))) {
		for (uint32_t i = 0; i < p->xlated_len / 8; i++) {
			struct bpf_insn in;

			bpf_insn_decode(p->xlated + i * 8, host_big_endian(), &in);
			if (in.code == (BPF_JMP | BPF_CALL) && in.src == BPF_PSEUDO_HELPER)
				add_target(&sp->t, sp->il.call_base + (uint64_t)(int64_t)in.imm);
		}
	}
	kallsyms_resolve(sp->t.q, sp->t.n, &sp->hidden);
}

/* -O: the whole image, and each sub-program on its own, as objdump can
 * read them: FILE and FILE.K for one program; FILE.ID and FILE.ID.K when
 * several are shown. */
static void write_program_images(const struct settings *s, const struct shown_prog *sp,
				 int several)
{
	char base[480];

	if (several)
		snprintf(base, sizeof(base), "%s.%u", s->out, sp->p.id);
	else
		snprintf(base, sizeof(base), "%s", s->out);
	write_image(base, 0, 0, sp->p.jited, sp->p.jited_len);
	for (uint32_t k = 0; sp->nfunc > 1 && k < sp->nfunc; k++) {
		struct subprog sub;

		subprog_at(sp, k, &sub);
		write_image(base, k, 1, sp->p.jited + sub.off, sub.len);
	}
}

/* Reads the program behind fd with its names; -1 when there is no image
 * to show (explained). */
static int load_program(struct settings *s, int fd, int several, struct shown_prog *sp)
{
	char err[256];

	memset(sp, 0, sizeof(*sp));
	if (bpf_proginfo_get(fd, &sp->p) < 0) {
		warn_errno(errno, "reading program info");
		return -1;
	}
	if (!sp->p.jited_len || sp->p.jited_hidden) {
		bpf_prog_why_no_image(&sp->p, err, sizeof(err));
		warn_msg("program %u: %s", sp->p.id, err);
		bpf_proginfo_free(&sp->p);
		return -1;
	}
	if (sp->p.btf &&
	    btf_parse(&sp->il.btf, sp->p.btf, sp->p.btf_len, host_big_endian(), err, sizeof(err)) == 0)
		sp->il.has_btf = 1;
	sp->nfunc = subprograms(&sp->p);
	name_targets(s, sp);
	sp->il.p = &sp->p;
	sp->il.t = &sp->t;
	if (s->out)
		write_program_images(s, sp, several);
	return 0;
}

static void free_program(struct shown_prog *sp)
{
	if (sp->il.has_btf)
		btf_free(&sp->il.btf);
	free(sp->t.q);
	bpf_proginfo_free(&sp->p);
}

/* The code, sub-program after sub-program, each at its own address and
 * listed from offset 0 (objdump of its -O file); with -x (plain) the
 * xlated instructions and source lines between. */
static void print_program_code(struct settings *s, struct shown_prog *sp)
{
	const struct bpf_proginfo *p = &sp->p;
	struct between bw = { print_between, &sp->il };
	int interleave = s->xlated && !s->json;

	/* Without line info nothing ties xlated code to JIT code: the BPF
	 * listing comes first, whole. */
	if (interleave && (!sp->il.has_btf || !p->nline_info || p->nline_info != p->njited_line_info))
		print_xlated(&sp->il, p->xlated_len / 8);
	for (uint32_t k = 0; k < sp->nfunc; k++) {
		struct subprog sub;
		struct piece c;
		char name[TEXT_SAFE_SIZE(sizeof(sub.name))];

		subprog_at(sp, k, &sub);
		c = (struct piece){ p->jited + sub.off, 0, sub.len, sub.len, sub.addr };
		if (s->json) {
			json_object(NULL);
			json_string("name", sub.name);
			json_uint("addr", sub.addr);
			json_uint("offset", sub.off);
			json_uint("bytes", sub.len);
			json_array("insns");
		} else {
			printf("%016" PRIx64 " <%s>:\n", sub.addr, text_safe(sub.name, name, sizeof(name)));
		}
		disasm(s, &c, &sp->t, interleave ? &bw : NULL);
		if (s->json) {
			json_close();
			json_close();
		}
	}
	if (interleave)
		print_xlated(&sp->il, p->xlated_len / 8);
}

/* The header fits 80 columns: the kernel's name (15 characters at most)
 * on the first line, the sizes on the second. */
static void print_program_plain(struct settings *s, struct shown_prog *sp, size_t index)
{
	const struct bpf_proginfo *p = &sp->p;
	char name[TEXT_SAFE_SIZE(sizeof(p->name))];

	printf("%sprogram %u: %s, tag %s\n", index ? "\n" : "", p->id,
	       p->name[0] ? text_safe(p->name, name, sizeof(name)) : "-", p->tag);
	printf("%u bytes of JIT code in %u sub-program%s, %u xlated instructions\n", p->jited_len,
	       sp->nfunc, sp->nfunc == 1 ? "" : "s", p->xlated_len / 8);
	print_program_code(s, sp);
	if (sp->hidden)
		warn_msg("kernel symbols hidden (kernel.kptr_restrict): call targets not named");
}

static void print_program_json(struct settings *s, struct shown_prog *sp)
{
	const char *func = bpf_prog_func_name(&sp->p, sp->il.has_btf ? &sp->il.btf : NULL, 0);

	json_object(NULL);
	json_uint("id", sp->p.id);
	json_string("name", sp->p.name);
	json_string("func", func[0] ? func : NULL);
	json_string("tag", sp->p.tag);
	json_uint("bytes", sp->p.jited_len);
	json_string("machine", s->machine_name);
	json_string("machine_from", s->machine_from);
	json_bool("symbols_hidden", sp->hidden);
	json_array("subprogs");
	print_program_code(s, sp);
	json_close();
	if (s->xlated)
		json_xlated(&sp->il);
	json_close();
}

static int show_program(struct settings *s, int fd, size_t index, int several)
{
	struct shown_prog sp;

	if (load_program(s, fd, several, &sp) < 0)
		return -1;
	if (s->json)
		print_program_json(s, &sp);
	else
		print_program_plain(s, &sp, index);
	free_program(&sp);
	return 0;
}

/* Shows fd and closes it; 0, or -1 when it had no image to show. */
static int show_fd(struct settings *s, int fd, size_t *shown, int several)
{
	int st = show_program(s, fd, (*shown)++, several);

	close(fd);
	return st;
}

/* --name: the kernel's name (15 characters at most) or the full name of
 * the program's function in its BTF, as bpftool matches it. */
static int name_matches(int fd, const char *name)
{
	struct bpf_proginfo p;
	struct btf b;
	char err[128];
	int match;

	if (bpf_proginfo_get(fd, &p) < 0)
		return 0;
	match = !strcmp(p.name, name);
	if (!match && p.btf && btf_parse(&b, p.btf, p.btf_len, host_big_endian(), err, sizeof(err)) == 0) {
		match = !strcmp(bpf_prog_func_name(&p, &b, 0), name);
		btf_free(&b);
	}
	bpf_proginfo_free(&p);
	return match;
}

/* --all, or --name: every loaded program (with that name). */
static int show_each(struct settings *s, const char *name, size_t *shown)
{
	int status = EXIT_OK;
	uint32_t id = 0;
	char why[160];
	int fd;

	for (;;) {
		if (bpf_prog_list_next(id, &id, why, sizeof(why)) < 0)
			die("%s", why);
		if (!id)
			return status;
		fd = bpf_prog_fd_by_id(id);
		if (fd < 0)
			continue; /* unloaded meanwhile */
		if (name && !name_matches(fd, name))
			close(fd);
		else if (show_fd(s, fd, shown, 1) < 0)
			status = EXIT_FAIL;
	}
}

static int run_live(struct settings *s, const struct opt_slot *o)
{
	size_t shown = 0;
	int status = EXIT_OK, fd;
	char why[256];

	if (s->json) {
		json_object(NULL);
		json_array("programs");
	}
	if (o[O_ID].arg) {
		uint32_t id = (uint32_t)opt_number(o[O_ID].arg, 1, UINT32_MAX, "-i");

		if ((fd = bpf_prog_open_id(id, why, sizeof(why))) < 0)
			die("program %u: %s", id, why);
		status = show_fd(s, fd, &shown, 0) < 0 ? EXIT_FAIL : EXIT_OK;
	} else if (o[O_PIN].arg) {
		if ((fd = bpf_prog_open_pin(o[O_PIN].arg, why, sizeof(why))) < 0)
			die("%s: %s", o[O_PIN].arg, why);
		status = show_fd(s, fd, &shown, 0) < 0 ? EXIT_FAIL : EXIT_OK;
	} else {
		status = show_each(s, o[O_NAME].arg, &shown);
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

static int jitdis_main(int argc, char **argv)
{
	struct opt_slot o[O_COUNT] = { 0 };
	struct opt_result r;
	struct settings s;
	int live, intel;
	static char outbuf[1 << 16];

	opt_parse(argc, argv, opts, O_COUNT, o, &r, USAGE_BPF_JITDIS);
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
	intel = o[O_SYNTAX].arg && !strcmp(o[O_SYNTAX].arg, "intel");
	if (o[O_SYNTAX].arg && !intel && strcmp(o[O_SYNTAX].arg, "att"))
		die_usage("-M: '%s' is not att or intel", o[O_SYNTAX].arg);
	s.addresses = o[O_ADDR].seen;
	s.opcodes = o[O_OPCODES].seen;
	s.json = json_flag(o[O_JSON].seen);
	s.xlated = o[O_XLATED].seen;
	s.out = o[O_OUT].arg;
	s.print_line = s.json ? print_line_json : print_line_plain;
	s.intel = intel;
	s.machine_arg = o[O_MACHINE].arg;
	if (s.machine_arg)
		check_machine_name(s.machine_arg);
	if (live)
		choose_live_machine(&s);
	else if (s.machine_arg)
		use_machine(&s, s.machine_arg, "-m");
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	return live ? run_live(&s, o) : run_log(&s, o, &r);
}

const struct applet applet_jitdis = { "bpf-jitdis", jitdis_main, opts, O_COUNT };
