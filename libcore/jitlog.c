// SPDX-License-Identifier: GPL-2.0-only
/*
 * Kernel-log JIT dump parser.  It does not care what precedes the
 * kernel's text on a line, so every log format works: it looks for
 * "flen=" headers and "JIT code: " lines wherever they start.  Code lines
 * go to the dump whose next expected offset they continue, so dumps from
 * two CPUs interleaved line by line are still told apart.
 */
#include <stdlib.h>
#include <string.h>

#include "jitlog.h"
#include "xalloc.h"

static void close_dump(struct jit_log *log, const struct jit_dump *d);

void jitlog_init(struct jit_log *log)
{
	memset(log, 0, sizeof(*log));
}

void jitlog_free(struct jit_log *log)
{
	for (size_t i = log->base; i < log->n; i++)
		free(jitlog_dump(log, i)->bytes);
	free(log->d);
	free(log->open);
	memset(log, 0, sizeof(*log));
}

struct jit_dump *jitlog_dump(const struct jit_log *log, size_t i)
{
	return &log->d[i - log->base];
}

void jitlog_release(struct jit_log *log, size_t i)
{
	struct jit_dump *d = jitlog_dump(log, i);
	size_t drop = 0;

	free(d->bytes);
	d->bytes = NULL;
	d->cap = 0;
	d->released = 1;
	close_dump(log, d);
	/* Forget released dumps at the front, now and then in one move, so
	 * a long log keeps only the dumps still in flight.  The newest dump
	 * stays: its header may still be followed by code lines. */
	while (log->base + drop + 1 < log->n && log->d[drop].released)
		drop++;
	if (drop >= 64 && drop * 2 >= log->n - log->base) {
		memmove(log->d, log->d + drop, (log->n - log->base - drop) * sizeof(*log->d));
		log->base += drop;
	}
}

int jitlog_complete(const struct jit_dump *d)
{
	return d->have == d->proglen && !d->gap && !d->conflict;
}

/* A needle in a bounded line: memchr for its first byte, then compare;
 * faster than memmem for these short needles on every log line. */
static const char *find(const char *s, size_t len, const char *what)
{
	size_t n = strlen(what);
	const char *end = s + len, *p = s;

	while ((size_t)(end - p) >= n && (p = memchr(p, what[0], (size_t)(end - p) - n + 1))) {
		if (!memcmp(p, what, n))
			return p;
		p++;
	}
	return NULL;
}

/* Decimal after "key=" within [p, end) (the line is not NUL-terminated,
 * so no strtoul); returns 0 if absent. */
static int number_after(const char *p, const char *end, const char *key, unsigned long *v)
{
	const char *k = find(p, (size_t)(end - p), key);
	unsigned long n = 0;
	int digits = 0;

	if (!k)
		return 0;
	for (k += strlen(key); k < end && *k >= '0' && *k <= '9' && digits < 19; k++, digits++)
		n = n * 10 + (unsigned long)(*k - '0');
	*v = n;
	return digits > 0;
}

static void parse_header(struct jit_log *log, const char *p, const char *end)
{
	struct jit_dump *d;
	const char *img, *from, *pid;
	unsigned long pidv;

	log->d = xgrow(log->d, &log->cap, log->n - log->base + 1, sizeof(*log->d));
	d = &log->d[log->n - log->base];
	memset(d, 0, sizeof(*d));
	d->pid = -1;
	d->line = log->lines;
	if (!number_after(p, end, "flen=", &d->flen) ||
	    !number_after(p, end, "proglen=", &d->proglen))
		return; /* not a dump header after all */
	number_after(p, end, "pass=", &d->pass);
	img = find(p, (size_t)(end - p), "image=");
	if (img) {
		size_t n = 0;

		for (img += 6; img + n < end && img[n] != ' ' && n + 1 < sizeof(d->image); n++)
			d->image[n] = img[n];
	}
	/* from=COMM pid=N: comm may hold spaces, so it ends at " pid=". */
	from = find(p, (size_t)(end - p), " from=");
	pid = from ? find(from, (size_t)(end - from), " pid=") : NULL;
	if (from) {
		const char *c = from + 6, *ce = pid ? pid : end;
		size_t n = (size_t)(ce - c) < sizeof(d->comm) - 1 ? (size_t)(ce - c) : sizeof(d->comm) - 1;

		memcpy(d->comm, c, n);
		d->comm[n] = 0;
	}
	if (pid && number_after(pid, end, " pid=", &pidv))
		d->pid = (long)pidv;
	log->n++;
}

/* 0-15 for hex digits, -1 (0xff) for anything else. */
#define H(c) ((c) >= '0' && (c) <= '9' ? (c) - '0' : (c) >= 'a' && (c) <= 'f' ? (c) - 'a' + 10 : \
	      (c) >= 'A' && (c) <= 'F' ? (c) - 'A' + 10 : -1)
#define H4(c) H(c), H(c + 1), H(c + 2), H(c + 3)
#define H16(c) H4(c), H4(c + 4), H4(c + 8), H4(c + 12)
static const signed char hex_table[256] = {
	H16(0), H16(16), H16(32), H16(48), H16(64), H16(80), H16(96), H16(112),
	H16(128), H16(144), H16(160), H16(176), H16(192), H16(208), H16(224), H16(240),
};

static inline int hexval(char c)
{
	return hex_table[(unsigned char)c];
}

/* A dump with all its bytes leaves the list of those waiting for lines. */
static void close_dump(struct jit_log *log, const struct jit_dump *d)
{
	size_t idx = (size_t)(d - log->d) + log->base;

	for (size_t k = 0; k < log->nopen; k++)
		if (log->open[k] == idx) {
			memmove(log->open + k, log->open + k + 1, (log->nopen - k - 1) * sizeof(*log->open));
			log->nopen--;
			return;
		}
}

/* The dump a code line at `pos` (offset or address) continues. */
static struct jit_dump *owner(struct jit_log *log, uint64_t pos, int digits, int *is_address)
{
	/* The dump whose next byte this line starts at.  Two dumps can wait
	 * for the same offset: when they were printed at once (their lines
	 * alternate) the older one is next; a dump cut off long ago is not
	 * (its last line is far back), so then the newest one is. */
	struct jit_dump *best = NULL, *newest = NULL;
	size_t candidates = 0;

	/* Only dumps still short of their proglen can take more lines. */
	for (size_t k = 0; k < log->nopen; k++) {
		struct jit_dump *d = jitlog_dump(log, log->open[k]);

		if (d->address_prefix ? pos == d->base + d->end : pos == d->end)
			candidates++;
	}
	for (size_t k = 0; k < log->nopen && candidates; k++) {
		struct jit_dump *d = jitlog_dump(log, log->open[k]);

		if (d->address_prefix ? pos != d->base + d->end : pos != d->end)
			continue;
		newest = d;
		if (!best && log->lines - d->last_line <= 2 * candidates)
			best = d;
	}
	if (best || newest) {
		best = best ? best : newest;
		*is_address = best->address_prefix;
		return best;
	}
	/* The first line of a dump: the oldest header after the last dump
	 * that has code (two CPUs may print both headers, then both
	 * images); offsets are small, addresses (old kernels) are not. */
	{
		size_t first = log->n;

		while (first > log->base && !jitlog_dump(log, first - 1)->code_lines)
			first--;
		if (first < log->n) {
			*is_address = digits > 8 || pos >= 0x80000000u;
			return jitlog_dump(log, first);
		}
	}
	/* A repeated or out-of-order line: the newest dump it falls in. */
	if (log->n > log->base) {
		struct jit_dump *d = jitlog_dump(log, log->n - 1);

		*is_address = d->address_prefix;
		return d;
	}
	return NULL;
}

static void parse_code(struct jit_log *log, const char *p, const char *end)
{
	unsigned char row[64];
	size_t nrow = 0, off;
	uint64_t pos = 0;
	struct jit_dump *d;
	int digits = 0, is_address;

	while (p < end && hexval(*p) >= 0 && digits < 16) {
		pos = pos << 4 | (uint64_t)hexval(*p++);
		digits++;
	}
	if (!digits || p >= end || *p != ':')
		return;
	p++;
	/* "55 48 89 e5 ...": two hex digits each, blank-separated. */
	while (nrow < sizeof(row)) {
		while (p < end && *p == ' ')
			p++;
		if (end - p < 2 || hexval(p[0]) < 0 || hexval(p[1]) < 0 ||
		    (end - p > 2 && p[2] != ' '))
			break;
		row[nrow++] = (unsigned char)(hexval(p[0]) << 4 | hexval(p[1]));
		p += 2;
	}
	if (!nrow || !(d = owner(log, pos, digits, &is_address)) || d->released) {
		log->stray++;
		return;
	}
	if (!d->code_lines) {
		d->address_prefix = is_address;
		d->base = is_address ? pos : 0;
		log->open = xgrow(log->open, &log->cap_open, log->nopen + 1, sizeof(*log->open));
		log->open[log->nopen++] = (size_t)(d - log->d) + log->base;
	}
	d->code_lines++;
	d->last_line = log->lines;
	if (pos < d->base) {
		d->conflict = 1;
		return;
	}
	off = (size_t)(pos - d->base);
	if (off >= JITLOG_MAX_IMAGE || nrow > JITLOG_MAX_IMAGE - off) {
		d->conflict = 1;
		return;
	}
	/* Bytes past the image the header announced: the line or the
	 * header is damaged.  What fits is kept, and the dump takes no
	 * more lines (the next dump's must not land in it). */
	if (d->proglen && off + nrow > d->proglen) {
		d->conflict = 1;
		close_dump(log, d);
		if (off >= d->proglen)
			return;
		nrow = d->proglen - off;
	}
	/* One hole is marked and decoded around; past a second one the
	 * bytes are dropped, not decoded through a hole of zeros. */
	if (off > d->end && d->gap) {
		d->more_gaps = 1;
		return;
	}
	if (off > d->end) {
		d->gap = 1;
		d->gap_at = d->end;
		d->gap_to = off;
	}
	d->bytes = xgrow(d->bytes, &d->cap, off + nrow, 1);
	if (off + nrow > d->end) {
		/* Bytes never seen before in [old end, off) stay unknown. */
		if (off > d->end)
			memset(d->bytes + d->end, 0, off - d->end);
		memcpy(d->bytes + off, row, nrow);
		d->end = off + nrow;
	} else if (memcmp(d->bytes + off, row, nrow)) {
		d->conflict = 1;
	}
	if (!d->gap)
		d->have = d->end;
	if (d->have > d->proglen && d->proglen)
		d->have = d->proglen;
	if (d->end >= d->proglen)
		close_dump(log, d);
}

void jitlog_line(struct jit_log *log, const char *line, size_t len)
{
	const char *end = line + len, *p;

	log->lines++;
	while (end > line && (end[-1] == '\r' || end[-1] == '\n'))
		end--;
	if ((p = find(line, (size_t)(end - line), "JIT code: ")))
		parse_code(log, p + 10, end);
	else if ((p = find(line, (size_t)(end - line), "flen=")) &&
		 find(p, (size_t)(end - p), "proglen="))
		parse_header(log, p, end);
}
