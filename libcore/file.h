/* SPDX-License-Identifier: GPL-2.0-only */
/* Bounded file reading and whole-value writes. */
#ifndef BPFBOX_FILE_H
#define BPFBOX_FILE_H
#include <stddef.h>
#include <sys/types.h>

/* Reads at most size-1 bytes of `path` into buf and NUL-terminates it.
 * Returns the length, or -1 with errno set.  Bytes past size-1 are not
 * read: callers size buf for the file they expect. */
ssize_t read_small_file(const char *path, char *buf, size_t size);

/* Reads all of `path` (at most `max` bytes, else -1/EFBIG) into a new
 * NUL-terminated buffer; *len gets the length. */
char *read_whole_file(const char *path, size_t max, size_t *len);

/* Writes `s` with one write(2) so a sysctl sees the whole value or none;
 * a short write is an error (EIO).  Returns 0 or -1 with errno set. */
int write_whole_value(const char *path, const char *s);

/* Line by line through a file too big to read whole (/proc/kallsyms),
 * with one fixed buffer: no stdio FILE, no allocation. */
struct line_reader {
	int fd;
	size_t start, end;      /* the unread bytes of buf */
	char buf[4096];
};
/* Returns 0, or -1 with errno set. */
int lines_open(struct line_reader *r, const char *path);
/* The next line without its newline, NUL-terminated, in r->buf; a line
 * longer than the buffer comes in pieces, as from fgets.  NULL at the end
 * of the file or on a read error. */
char *lines_next(struct line_reader *r);
void lines_close(struct line_reader *r);

#endif
