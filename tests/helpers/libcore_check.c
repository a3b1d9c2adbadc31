// SPDX-License-Identifier: GPL-2.0-only
/*
 * Unit checks of the libcore pieces that stand in for the C library in a
 * CONFIG_SMALL_LIBC build, run on the host (glibc):
 *
 *   libcore_check fmt N    N random printf conversions: fmt_vsnprintf and
 *                          fmt_vfprintf against the C library's snprintf
 *   libcore_check heap N   N random malloc/realloc/free steps: contents,
 *                          alignment and sizes kept
 *   libcore_check lines F  each line of F as lines_next returns it:
 *                          "LENGTH FIRST-BYTE LAST-BYTE"
 *
 * Prints "ok" and exits 0, or what differed and exits 1.  Random inputs
 * come from a fixed seed, so a failure repeats.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The pieces under test, compiled in here: none of them is a bpfbox
 * applet, and none calls the others' libc names. */
#include "../../libcore/fmt.c"
#include "../../libcore/heap.c"
#include "../../libcore/err.c"
#include "../../libcore/xalloc.c"
#include "../../libcore/file.c"
#include "../../libcore/num.c"

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static unsigned below(unsigned n)
{
	return (unsigned)(next_random() % n);
}

static int mine(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = fmt_vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

static int mine_file(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = fmt_vfprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

/* One call of both printfs with the same arguments: *-arguments first,
 * then the value as the type the length modifier names. */
#define BOTH(T, v) do { \
		T val = (T)(v); \
		if (nstar == 0) { \
			r1 = snprintf(a, size, f, val); \
			r2 = mine(b, size, f, val); \
		} else if (nstar == 1) { \
			r1 = snprintf(a, size, f, s1, val); \
			r2 = mine(b, size, f, s1, val); \
		} else { \
			r1 = snprintf(a, size, f, s1, s2, val); \
			r2 = mine(b, size, f, s1, s2, val); \
		} \
	} while (0)

static const char *const strings[] = {
	"", "a", "hash", "percpu_cgroup_storage", "with space", "tab\there",
	"0123456789012345678901234567890123456789012345678901234567890123456789",
};

static int check_fmt(long count)
{
	static const char convs[] = "diuoxXcs";
	static const char *const lengths[] = { "", "hh", "h", "l", "ll", "j", "z", "t" };
	long bad = 0;

	for (long i = 0; i < count; i++) {
		char conv = convs[below(sizeof(convs) - 1)];
		int is_int = !strchr("cs", conv), nstar = 0, s1 = 0, s2 = 0, r1, r2;
		const char *len = is_int ? lengths[below(8)] : "";
		/* Flags each conversion defines: # for o x X, 0 and signs for
		 * numbers; the rest would be undefined behaviour. */
		const char *allowed = conv == 'd' || conv == 'i' ? "-+ 0" :
				      conv == 'u' ? "-0" : is_int ? "-#0" : "-";
		char f[64], a[160], b[160], *p = f;
		size_t size = below(4) ? sizeof(a) : below(12);
		uint64_t v = next_random() >> below(64);

		*p++ = '[';
		*p++ = '%';
		for (const char *c = allowed; *c; c++)
			if (below(3) == 0)
				*p++ = *c;
		switch (below(3)) {
		case 1: p += sprintf(p, "%u", below(25)); break;
		case 2: *p++ = '*'; s1 = (int)below(41) - 20; nstar++; break;
		}
		if (conv != 'c') {
			switch (below(4)) {
			case 1: *p++ = '.'; break;
			case 2: p += sprintf(p, ".%u", below(25)); break;
			case 3:
				*p++ = '.';
				*p++ = '*';
				if (nstar)
					s2 = (int)below(30) - 5;
				else
					s1 = (int)below(30) - 5;
				nstar++;
				break;
			}
		}
		p = stpcpy(p, len);
		*p++ = conv;
		strcpy(p, "]");
		memset(a, 'A', sizeof(a));
		memset(b, 'A', sizeof(b));

		if (conv == 's')
			BOTH(const char *, strings[below(sizeof(strings) / sizeof(strings[0]))]);
		else if (conv == 'c')
			BOTH(int, 32 + below(95));
		else if (!*len || !strcmp(len, "hh") || !strcmp(len, "h"))
			BOTH(int, v);
		else if (!strcmp(len, "l"))
			BOTH(long, v);
		else if (!strcmp(len, "ll"))
			BOTH(long long, v);
		else if (!strcmp(len, "j"))
			BOTH(intmax_t, v);
		else if (!strcmp(len, "z"))
			BOTH(size_t, v);
		else
			BOTH(ptrdiff_t, v);

		if (r1 != r2 || memcmp(a, b, sizeof(a))) {
			if (bad++ < 10)
				printf("fmt: \"%s\" (size %zu, *%d *%d, value %#llx): libc %d \"%.*s\", ours %d \"%.*s\"\n",
				       f, size, s1, s2, (unsigned long long)v, r1,
				       size ? (int)size - 1 : 0, a, r2,
				       size ? (int)size - 1 : 0, b);
		}
	}

	/* The stream path, with output longer than its 256-byte buffer. */
	{
		char *out = NULL;
		size_t outlen = 0;
		FILE *f = open_memstream(&out, &outlen);
		char want[1200];
		int n = mine_file(f, "%s|%-300d|%.3s|%05x|%c%%", "x", -42, "abcdef", 0xbeefu, 'q');

		fclose(f);
		snprintf(want, sizeof(want), "%s|%-300d|%.3s|%05x|%c%%", "x", -42, "abcdef", 0xbeefu, 'q');
		if (n != (int)strlen(want) || strcmp(out, want)) {
			printf("fmt: stream output differs: %d \"%s\"\n", n, out);
			bad++;
		}
		free(out);
	}

	/* What it does not know: -1 with EINVAL, as musl. */
	{
		static const char *const unknown[] = { "%f", "%e", "%p", "%n", "%lc", "%ls", "%1$d", "%" };
		char buf[32];

		for (size_t i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
			errno = 0;
			if (mine(buf, sizeof(buf), unknown[i], 0) != -1 || errno != EINVAL) {
				printf("fmt: \"%s\" is not refused\n", unknown[i]);
				bad++;
			}
		}
	}
	return bad ? 1 : 0;
}

/* Resident memory now, in KB. */
static long resident_kb(void)
{
	long size = 0, resident = 0;
	FILE *f = fopen("/proc/self/statm", "r");

	if (f) {
		if (fscanf(f, "%ld %ld", &size, &resident) != 2)
			resident = 0;
		fclose(f);
	}
	return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

struct slot {
	unsigned char *p;
	size_t n;
	unsigned char fill;
};

static int slot_intact(const struct slot *s)
{
	for (size_t k = 0; k < s->n; k++)
		if (s->p[k] != s->fill)
			return 0;
	return 1;
}

/* Sizes as bpfbox asks for them: mostly small, some buffers grown by
 * doubling, a few big enough for a mapping of their own. */
static size_t some_size(void)
{
	switch (below(10)) {
	case 0: return below(200000);
	case 1: case 2: return below(8192);
	default: return below(300);
	}
}

static int check_heap(long steps)
{
	struct slot slots[512] = { { 0 } };
	long bad = 0;

	for (long i = 0; i < steps; i++) {
		struct slot *s = &slots[below(512)];
		size_t n = some_size();
		int fresh = 0;

		if (s->p && !slot_intact(s)) {
			if (bad++ < 10)
				printf("heap: step %ld: a block of %zu bytes was overwritten\n", i, s->n);
		}
		switch (below(3)) {
		case 0:
			heap_free(s->p);
			s->p = heap_alloc(n);
			fresh = 1;
			break;
		case 1:
			/* realloc keeps what fits of the old contents. */
			s->p = heap_realloc(s->p, n);
			if (s->p && n > s->n)
				memset(s->p + s->n, s->fill, n - s->n);
			break;
		default:
			heap_free(s->p);
			s->p = NULL;
			n = 0;
			break;
		}
		if (n && !s->p) {
			printf("heap: step %ld: %zu bytes refused\n", i, n);
			return 1;
		}
		if ((uintptr_t)s->p % 16) {
			if (bad++ < 10)
				printf("heap: step %ld: %p is not 16-byte aligned\n", i, (void *)s->p);
		}
		s->n = s->p ? n : 0;
		if (!fresh && !slot_intact(s)) {
			if (bad++ < 10)
				printf("heap: step %ld: realloc lost contents\n", i);
		}
		if (fresh || below(4) == 0) {
			s->fill = (unsigned char)next_random();
			memset(s->p, s->fill, s->n);
		}
	}
	/* A log's pattern: records in flight, each with a buffer grown by
	 * doubling to its own size, freed eight records later.  Freed
	 * blocks must be reused: 50,000 records may not take more memory
	 * than a few hundred. */
	{
		long before = resident_kb(), grew;
		void *ring[8] = { NULL };

		for (int rec = 0; rec < 50000; rec++) {
			size_t top = (size_t)64 << below(7);
			void *buf = NULL;

			for (size_t n = 8; n <= top; n *= 2)
				memset(buf = heap_realloc(buf, n), 1, n);
			heap_free(ring[rec % 8]);
			ring[rec % 8] = buf;
		}
		for (int i = 0; i < 8; i++)
			heap_free(ring[i]);
		if ((grew = resident_kb() - before) > 2048) {
			printf("heap: 50,000 grown-and-freed buffers took %ld KB more\n", grew);
			bad++;
		}
	}
	errno = 0;
	if (heap_alloc(SIZE_MAX / 2 + 1) || errno != ENOMEM) {
		printf("heap: an impossible size is not refused with ENOMEM\n");
		bad++;
	}
	return bad ? 1 : 0;
}

static int check_lines(const char *path)
{
	struct line_reader r;
	char *line;

	if (lines_open(&r, path) < 0) {
		perror(path);
		return 1;
	}
	while ((line = lines_next(&r))) {
		size_t n = strlen(line);

		printf("%zu %c %c\n", n, n ? line[0] : '-', n ? line[n - 1] : '-');
	}
	lines_close(&r);
	return 0;
}

int main(int argc, char **argv)
{
	int rc;

	if (argc != 3) {
		fprintf(stderr, "usage: libcore_check fmt|heap COUNT | lines FILE\n");
		return 2;
	}
	if (!strcmp(argv[1], "fmt"))
		rc = check_fmt(atol(argv[2]));
	else if (!strcmp(argv[1], "heap"))
		rc = check_heap(atol(argv[2]));
	else if (!strcmp(argv[1], "lines"))
		return check_lines(argv[2]);
	else
		return 2;
	if (!rc)
		puts("ok");
	return rc;
}
