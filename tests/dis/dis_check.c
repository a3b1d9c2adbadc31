// SPDX-License-Identifier: GPL-2.0-only
/*
 * dis_check: one decoder of libcore/dis_*.c against GNU objdump.
 *
 *   dis_check [-n RANDOM] [-p PER_FORM] [-s SEED] [-k] [-v] MACHINE WORKDIR
 *   dis_check -l        the machines that have forms to check, and the
 *                       objdump triplet of each ("mipsel mipsel-linux-gnu")
 *   dis_check -L        every machine and its objdump command line
 *                       ("arm64 aarch64-linux-gnu-objdump -D -b binary -m aarch64")
 *   dis_check -R BLOB OBJDUMP_TXT MACHINE
 *                       BLOB decoded from its start, instruction after
 *                       instruction, against objdump's output for it saved
 *                       earlier: the committed references of make check
 *                       (tests/data/dis/), which need no cross binutils
 *
 * For every instruction form of the machine's table: every value of the
 * form's free bits when there are at most 65,536 of them, else 65,536
 * random ones; then RANDOM (default 65,536) uniformly random words.  All
 * of them go into one raw file, each at its own offset, decoded by our
 * decoder at that address; the machine's objdump (`TRIPLET-objdump -D -b
 * binary -m ...`, from dis_machine.objdump) disassembles the file, and
 * the two texts are compared instruction by instruction:
 *
 *  - a word of a form must print exactly objdump's text (an encoding the
 *    form covers that objdump calls undefined must be undefined for us
 *    too, with objdump's placeholder text);
 *  - a random word the decoder claims (known) must print objdump's text;
 *    one it refuses must be one objdump refuses too, or one outside every
 *    form (counted and shown as "outside the JIT's forms").
 *
 * -p N takes at most N values of each form (random ones when it has more
 * free values): with -n 0 -k, a small blob and objdump's text of it to
 * commit as a reference.
 *
 * Prints the first mismatches and one summary line; exit 1 on any
 * mismatch.  -k keeps WORKDIR's files (blob.bin, objdump.txt).
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dis.h"

static unsigned long per_form = 65536;
#define SHOW_MAX 40

static int check_reference(const char *blobpath, const char *refpath, const char *machine);

struct sample {
	uint64_t off;
	unsigned len;
	int form;           /* index into forms, -1 for a random word */
	int known;
	char text[160];
};

static struct sample *samples;
static size_t nsamples, cap;
static unsigned char *blob;
static size_t bloblen, blobcap;

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
	/* xorshift64*: fixed seed, the same words on every run. */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dull;
}

static void *grow(void *p, size_t *capp, size_t need, size_t size)
{
	if (need <= *capp)
		return p;
	while (*capp < need)
		*capp = *capp ? *capp * 2 : 4096;
	p = realloc(p, *capp * size);
	if (!p) {
		perror("dis_check");
		exit(2);
	}
	return p;
}

static void put_bytes(uint64_t v, unsigned len, int big)
{
	blob = grow(blob, &blobcap, bloblen + len, 1);
	for (unsigned i = 0; i < len; i++)
		blob[bloblen + i] = (unsigned char)(big ? v >> 8 * (len - 1 - i) : v >> 8 * i);
	bloblen += len;
}

/* Appends one instruction of len bytes and decodes it where it lies;
 * bytes past the first 8 (riscv64 has words of up to 22) from tail. */
static void add_tail(const struct dis *d, uint64_t v, unsigned len, int form,
		     const unsigned char *tail)
{
	struct dis_insn in;
	struct sample *s;
	uint64_t off = bloblen;

	put_bytes(v, len > 8 ? 8 : len, d->m->big_endian);
	if (len > 8) {
		blob = grow(blob, &blobcap, bloblen + len - 8, 1);
		memcpy(blob + bloblen, tail, len - 8);
		bloblen += len - 8;
	}
	samples = grow(samples, &cap, nsamples + 1, sizeof(*samples));
	s = &samples[nsamples++];
	dis_decode(d, blob + off, len, off, &in);
	s->off = off;
	s->len = in.len;
	s->form = form;
	s->known = in.known;
	snprintf(s->text, sizeof(s->text), "%s", in.text);
	/* A decoder that reads fewer bytes than the form has leaves the
	 * rest to be decoded as the next instruction: fill so the stream
	 * stays in step with objdump, and let the comparison show it. */
}

static void add(const struct dis *d, uint64_t v, unsigned len, int form)
{
	add_tail(d, v, len, form, NULL);
}

static int popcount64(uint64_t v)
{
	int n = 0;

	for (; v; v &= v - 1)
		n++;
	return n;
}

static int in_some_form(const struct dis_machine *m, uint64_t v, unsigned len)
{
	for (size_t i = 0; i < m->nforms; i++) {
		unsigned fl = m->forms[i].len ? m->forms[i].len : m->unit;

		if (fl == len && (v & m->forms[i].mask) == m->forms[i].value)
			return 1;
	}
	return 0;
}

/* objdump's text of each instruction, by offset (sorted as printed). */
struct theirs { uint64_t off; char *text; };

static struct theirs *parse_objdump(const char *outpath, size_t *n)
{
	char line[1024];
	struct theirs *t = NULL;
	size_t tcap = 0;
	FILE *f = fopen(outpath, "r");

	if (!f) {
		perror(outpath);
		exit(2);
	}
	*n = 0;
	while (fgets(line, sizeof(line), f)) {
		char *p = line, *end, *text;
		uint64_t off;

		line[strcspn(line, "\n")] = 0;
		while (*p == ' ')
			p++;
		off = strtoull(p, &end, 16);
		if (end == p || end[0] != ':' || end[1] != '\t')
			continue;
		/* "OFF:\tBYTES\tTEXT": the text follows the bytes column. */
		text = strchr(end + 2, '\t');
		if (!text)
			continue;   /* a continuation line of long bytes */
		t = grow(t, &tcap, *n + 1, sizeof(*t));
		t[*n].off = off;
		t[*n].text = strdup(text + 1);
		(*n)++;
	}
	fclose(f);
	return t;
}

static struct theirs *run_objdump(const struct dis_machine *m, const char *blobpath,
				  const char *outpath, size_t *n)
{
	char triplet[64], cmd[2400];
	const char *flags = strchr(m->objdump, ' ');

	snprintf(triplet, sizeof(triplet), "%.*s", (int)(flags - m->objdump), m->objdump);
	snprintf(cmd, sizeof(cmd), "%s-objdump -D -b binary %s %s > %s", triplet, flags, blobpath,
		 outpath);
	if (system(cmd) != 0) {
		fprintf(stderr, "dis_check: %s: failed\n", cmd);
		exit(2);
	}
	return parse_objdump(outpath, n);
}

/* -R: a saved blob and objdump's text of it, decoded in sequence. */
static int check_reference(const char *blobpath, const char *refpath, const char *machine)
{
	struct dis d;
	struct theirs *t;
	size_t nt, ti = 0, n = 0, bad = 0;
	long size;
	FILE *f = fopen(blobpath, "rb");

	if (!f || fseek(f, 0, SEEK_END) < 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) < 0) {
		perror(blobpath);
		return 2;
	}
	blob = malloc((size_t)size + 1);
	if (!blob || fread(blob, 1, (size_t)size, f) != (size_t)size) {
		perror(blobpath);
		return 2;
	}
	fclose(f);
	if (dis_open(&d, machine, 0) < 0) {
		fprintf(stderr, "dis_check: no decoder for %s\n", machine);
		return 2;
	}
	t = parse_objdump(refpath, &nt);
	for (size_t off = 0; off < (size_t)size; n++) {
		struct dis_insn in;

		dis_decode(&d, blob + off, (size_t)size - off, off, &in);
		while (ti < nt && t[ti].off < off)
			ti++;
		if (ti >= nt || t[ti].off != off || strcmp(t[ti].text, in.text)) {
			if (bad++ < SHOW_MAX)
				printf("at %zx:\n  ours:    '%s'\n  objdump: '%s'\n", off, in.text,
				       ti < nt && t[ti].off == off ? t[ti].text : "(no instruction starts here)");
		}
		off += in.len;
	}
	printf("%s: %zu instructions of %s: %zu differ from objdump's\n", machine, n, blobpath, bad);
	return bad ? 1 : 0;
}

int main(int argc, char **argv)
{
	unsigned long nrandom = 65536;
	int keep = 0, verbose = 0, opt;
	const struct dis_machine *m;
	struct dis d;
	char blobpath[512], outpath[512];
	struct theirs *t;
	size_t nt, ti = 0, bad = 0, shown = 0, outside = 0, in_forms = 0;
	FILE *f;

	while ((opt = getopt(argc, argv, "lLn:p:s:kvR")) != -1) {
		if (opt == 'l') {
			for (const struct dis_machine *const *mp = dis_machines; *mp; mp++)
				if ((*mp)->nforms && (*mp)->objdump)
					printf("%s %.*s\n", (*mp)->name,
					       (int)strcspn((*mp)->objdump, " "), (*mp)->objdump);
			return 0;
		}
		if (opt == 'L') {
			for (const struct dis_machine *const *mp = dis_machines; *mp; mp++) {
				const char *o = (*mp)->objdump;
				int tl = o ? (int)strcspn(o, " ") : 0;

				if (o)
					printf("%s %.*s-objdump -D -b binary%s\n", (*mp)->name, tl, o, o + tl);
			}
			return 0;
		}
		if (opt == 'R')
			return argc - optind == 3 ? check_reference(argv[optind], argv[optind + 1],
								    argv[optind + 2]) : 2;
		if (opt == 'n')
			nrandom = strtoul(optarg, NULL, 0);
		else if (opt == 'p')
			per_form = strtoul(optarg, NULL, 0);
		else if (opt == 's')
			rng_state = strtoull(optarg, NULL, 0) | 1;
		else if (opt == 'k')
			keep = 1;
		else if (opt == 'v')
			verbose = 1;
		else
			return 2;
	}
	if (argc - optind != 2) {
		fprintf(stderr, "usage: dis_check [-n RANDOM] [-s SEED] [-k] [-v] MACHINE WORKDIR\n");
		return 2;
	}
	if (dis_open(&d, argv[optind], 0) < 0) {
		fprintf(stderr, "dis_check: no decoder for %s\n", argv[optind]);
		return 2;
	}
	m = d.m;
	if (!m->objdump || !strchr(m->objdump, ' ')) {
		fprintf(stderr, "dis_check: %s names no objdump to check against\n", m->name);
		return 2;
	}
	for (size_t i = 0; i < m->nforms; i++) {
		const struct dis_form *fm = &m->forms[i];
		unsigned len = fm->len ? fm->len : m->unit;
		uint64_t all = len >= 8 ? ~0ull : (1ull << 8 * len) - 1;
		uint64_t free_bits = ~fm->mask & all;

		if ((fm->value & ~fm->mask) || (fm->mask & ~all)) {
			fprintf(stderr, "dis_check: %s form %zu: value or mask outside %u bytes\n",
				m->name, i, len);
			return 2;
		}
		if (popcount64(free_bits) < 64 && (1ull << popcount64(free_bits)) <= per_form) {
			uint64_t sub = 0;

			do {    /* every subset of the free bits */
				add(&d, fm->value | sub, len, (int)i);
				sub = (sub - free_bits) & free_bits;
			} while (sub);
		} else {
			for (unsigned long k = 0; k < per_form; k++)
				add(&d, fm->value | (rnd() & free_bits), len, (int)i);
		}
	}
	in_forms = nsamples;
	for (unsigned long k = 0; k < nrandom;) {
		unsigned char probe[24], ctx[24];
		struct dis_insn in;
		uint64_t v = rnd();
		unsigned len;

		/* The length the decoder gives these bytes (fixed-width
		 * machines: the unit); objdump reads the same length from
		 * the same opcode bits. */
		for (int b = 0; b < 8; b++)
			probe[b] = (unsigned char)(m->big_endian ? v >> 8 * (7 - b) : v >> 8 * b);
		/* Past 8 bytes, bytes that follow from v: the words of
		 * every machine stay those of the fixed seed. */
		for (unsigned b = 8, x = (unsigned)v | 1; b < sizeof(probe); b++)
			x = x * 1103515245u + 12345u, probe[b] = (unsigned char)(x >> 16);
		/* A word whose length depends on the bytes after it must be
		 * followed by the bytes it was measured with (s390x: objdump
		 * decodes a 6-byte word by its last byte, and takes 4 bytes
		 * of one it cannot decode, so a word cut to 4 bytes may be
		 * decoded as 6 with the next word's first 2): a word that
		 * would change the length of the one before is drawn again.
		 * Other machines never draw again and keep their words. */
		if (k) {
			unsigned plen = (unsigned)(bloblen - samples[nsamples - 1].off);

			memcpy(ctx, blob + samples[nsamples - 1].off, plen);
			memcpy(ctx + plen, probe, sizeof(ctx) - plen);
			dis_decode(&d, ctx, sizeof(ctx), 0, &in);
			if (in.len != plen)
				continue;
		}
		dis_decode(&d, probe, sizeof(probe), 0, &in);
		len = in.len;
		k++;
		if (len > 8) {
			add_tail(&d, v, len, -1, probe + 8);
			continue;
		}
		if (m->big_endian)
			v >>= 8 * (8 - len);
		else if (len < 8)
			v &= (1ull << 8 * len) - 1;
		add(&d, v, len, -1);
	}
	/* A decoder may carry what it saw from one instruction to the next,
	 * as objdump does (riscv64: the values of lui and auipc, for the
	 * addresses it notes): decode the finished blob once more, in one
	 * pass from a freshly opened decoder, without the length probes. */
	dis_close(&d);
	dis_open(&d, argv[optind], 0);
	for (size_t i = 0; i < nsamples; i++) {
		struct sample *s = &samples[i];
		struct dis_insn in;
		size_t end = i + 1 < nsamples ? samples[i + 1].off : bloblen;

		dis_decode(&d, blob + s->off, end - s->off, s->off, &in);
		s->len = in.len;
		s->known = in.known;
		snprintf(s->text, sizeof(s->text), "%s", in.text);
	}
	snprintf(blobpath, sizeof(blobpath), "%s/blob.bin", argv[optind + 1]);
	snprintf(outpath, sizeof(outpath), "%s/objdump.txt", argv[optind + 1]);
	f = fopen(blobpath, "wb");
	if (!f || fwrite(blob, 1, bloblen, f) != bloblen || fclose(f) != 0) {
		perror(blobpath);
		return 2;
	}
	t = run_objdump(m, blobpath, outpath, &nt);

	for (size_t i = 0; i < nsamples; i++) {
		const struct sample *s = &samples[i];
		const char *theirs = NULL;
		uint64_t v = 0;
		int ok;

		while (ti < nt && t[ti].off < s->off)
			ti++;
		if (ti < nt && t[ti].off == s->off)
			theirs = t[ti].text;
		for (unsigned b = 0; b < s->len && b < 8; b++)
			v = m->big_endian ? v << 8 | blob[s->off + b]
					  : v | (uint64_t)blob[s->off + b] << 8 * b;
		ok = theirs && !strcmp(theirs, s->text);
		if (!ok && s->form < 0 && !s->known && !in_some_form(m, v, s->len)) {
			outside++;
			if (verbose)
				printf("outside the forms: %0*" PRIx64 ": objdump '%s'\n", 2 * s->len, v,
				       theirs ? theirs : "(nothing)");
			continue;
		}
		if (ok)
			continue;
		bad++;
		if (shown++ < SHOW_MAX) {
			if (s->form >= 0)
				printf("form %d", s->form);
			else
				printf("random");
			printf(" %0*" PRIx64 " at %" PRIx64 ":\n  ours:    '%s'%s\n  objdump: '%s'\n",
			       2 * s->len, v, s->off, s->text, s->known ? "" : " (unknown)",
			       theirs ? theirs : "(no instruction starts here)");
		}
	}
	printf("%s: %zu instructions of %zu forms, %lu random words: %zu differ from objdump, "
	       "%zu random words outside the forms\n", m->name, in_forms, m->nforms, nrandom, bad,
	       outside);
	if (!keep) {
		unlink(blobpath);
		unlink(outpath);
	}
	return bad ? 1 : 0;
}
