// SPDX-License-Identifier: GPL-2.0-only
/* File helpers: every read is bounded by a size the caller chose. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "file.h"
#include "xalloc.h"

static ssize_t read_full(int fd, char *buf, size_t size)
{
	size_t got = 0;

	while (got < size) {
		ssize_t n = read(fd, buf + got, size - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		got += (size_t)n;
	}
	return (ssize_t)got;
}

ssize_t read_small_file(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;
	int err;

	if (fd < 0)
		return -1;
	n = read_full(fd, buf, size - 1);
	err = errno;
	close(fd);
	if (n < 0) {
		errno = err;
		return -1;
	}
	buf[n] = 0;
	return n;
}

char *read_whole_file(const char *path, size_t max, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	size_t cap = 0, got = 0;
	char *buf = NULL;
	int err = 0;

	if (fd < 0)
		return NULL;
	for (;;) {
		ssize_t n;

		/* procfs files report size 0, so grow as data arrives. */
		buf = xgrow(buf, &cap, got + 4096 + 1, 1);
		n = read(fd, buf + got, cap - got - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			err = errno;
			break;
		}
		if (n == 0)
			break;
		got += (size_t)n;
		if (got > max) {
			err = EFBIG;
			break;
		}
	}
	close(fd);
	if (err) {
		free(buf);
		errno = err;
		return NULL;
	}
	buf[got] = 0;
	*len = got;
	return buf;
}

int write_whole_value(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	size_t len = strlen(s);
	ssize_t n;
	int err;

	if (fd < 0)
		return -1;
	do
		n = write(fd, s, len);
	while (n < 0 && errno == EINTR);
	err = errno;
	if (close(fd) < 0 && n >= 0) {
		err = errno;
		n = -1;
	}
	if (n < 0) {
		errno = err;
		return -1;
	}
	if ((size_t)n != len) {
		errno = EIO;
		return -1;
	}
	return 0;
}

int lines_open(struct line_reader *r, const char *path)
{
	r->start = r->end = 0;
	r->fd = open(path, O_RDONLY | O_CLOEXEC);
	return r->fd < 0 ? -1 : 0;
}

char *lines_next(struct line_reader *r)
{
	for (;;) {
		char *line = r->buf + r->start, *nl;
		size_t len = r->end - r->start;
		ssize_t n;

		if ((nl = memchr(line, '\n', len))) {
			*nl = 0;
			r->start += (size_t)(nl - line) + 1;
			return line;
		}
		/* Keep the partial line, read more after it.  One byte of
		 * buf stays free for the NUL of a line that fills it. */
		memmove(r->buf, line, len);
		r->start = 0;
		r->end = len;
		if (len == sizeof(r->buf) - 1)
			n = 0;
		else
			while ((n = read(r->fd, r->buf + len, sizeof(r->buf) - 1 - len)) < 0 &&
			       errno == EINTR)
				;
		if (n > 0) {
			r->end += (size_t)n;
			continue;
		}
		if (!len || n < 0)
			return NULL;
		/* The last line has no newline, or the line fills buf. */
		r->buf[len] = 0;
		r->start = r->end = 0;
		return r->buf;
	}
}

void lines_close(struct line_reader *r)
{
	if (r->fd >= 0)
		close(r->fd);
	r->fd = -1;
}
