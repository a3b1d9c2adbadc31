// SPDX-License-Identifier: GPL-2.0-only
/* Kernel logs read line by line. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/klog.h>
#include <unistd.h>

#include "err.h"
#include "klog.h"
#include "xalloc.h"

/* klogctl(2) actions. */
enum { SYSLOG_ACTION_READ_ALL = 3, SYSLOG_ACTION_SIZE_BUFFER = 10 };

/* A kernel log is text: this many NUL bytes mean it is not one. */
#define KLOG_MAX_NUL (1u << 20)

/* A named FIFO is opened without waiting for a writer (no writer: end
 * of input at once), then read normally. */
FILE *klog_open(const char *path)
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

/* Read in 64 KiB chunks.  A line's first 4 KiB are kept (the kernel's
 * text is short; the rest of a longer line is dropped). */
void klog_read_stream(FILE *f, const char *name, const struct klog_reader *r)
{
	static char buf[1 << 16];
	char line[4096];
	size_t len = 0, nul = 0, n;

	while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
		const char *p = buf, *end = buf + n;

		for (const char *z = p; (z = memchr(z, 0, (size_t)(end - z))); z++)
			if (++nul > KLOG_MAX_NUL)
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
			r->line(r->ctx, line, len);
			len = 0;
			p = nl + 1;
		}
		if (r->chunk_done)
			r->chunk_done(r->ctx);
	}
	if (len)
		r->line(r->ctx, line, len);
}

void klog_read_kernel(const struct klog_reader *r)
{
	int size = klogctl(SYSLOG_ACTION_SIZE_BUFFER, NULL, 0), n;
	char *buf, *p, *nl;

	if (size < 0 || (buf = xmalloc((size_t)size + 1),
			 (n = klogctl(SYSLOG_ACTION_READ_ALL, buf, size)) < 0)) {
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
		r->line(r->ctx, p, (size_t)(nl - p));
	}
	free(buf);
}
