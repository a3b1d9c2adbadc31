// SPDX-License-Identifier: GPL-2.0-only
/* A sysctl held at one value by overlapping runs: the record file and its
 * two byte locks (see sysctl_share.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "file.h"
#include "num.h"
#include "sysctl_share.h"

enum { STEP_BYTE = 0, INSIDE_BYTE = 1 };

/* fcntl(cmd) on one byte of the record; F_GETLK leaves its answer in *l. */
static int lock_byte(int fd, int cmd, short type, off_t byte, struct flock *l)
{
	struct flock mine;
	int r;

	if (!l)
		l = &mine;
	memset(l, 0, sizeof(*l));
	l->l_type = type;
	l->l_whence = SEEK_SET;
	l->l_start = byte;
	l->l_len = 1;
	while ((r = fcntl(fd, cmd, l)) < 0 && errno == EINTR)
		;
	return r;
}

/* Another process's read lock on the inside byte: a run inside.  Our own
 * locks never conflict with us, so they do not count. */
static void find_others(struct sysctl_share *s)
{
	struct flock l;

	s->others = lock_byte(s->fd, F_GETLK, F_WRLCK, INSIDE_BYTE, &l) == 0 &&
		    l.l_type != F_UNLCK;
	s->other = s->others ? l.l_pid : 0;
}

/* The record must be ours alone: whoever can write it chooses the value
 * the last run restores. */
static void check_trust(const struct sysctl_share *s, const struct stat *st)
{
	if (!S_ISREG(st->st_mode) || st->st_uid != geteuid() ||
	    (st->st_mode & 022) || st->st_nlink > 1)
		die("%s: not trusted (not a regular file of uid %d alone, "
		    "with one link): remove it", s->path, (int)geteuid());
}

/* "ORIGINAL BOOT_ID\n": a record of this boot, or none. */
static void read_record(struct sysctl_share *s)
{
	char text[128];
	const char *p;
	int64_t v;
	ssize_t n = pread(s->fd, text, sizeof(text) - 1, 0);

	s->has_record = 0;
	if (n <= 0)
		return;
	text[n] = 0;
	p = scan_s64(cut_line(text), &v);
	if (!p || *p != ' ' || strcmp(p + 1, s->boot))
		return;
	s->original = v;
	s->has_record = 1;
}

int share_open(struct sysctl_share *s, const char *name, int create)
{
	char path[PATH_BUF];
	struct stat st;

	memset(s, 0, sizeof(*s));
	if (read_small_file(sys_path(path, "/proc/sys/kernel/random/boot_id"),
			    s->boot, sizeof(s->boot)) <= 0)
		s->boot[0] = '-', s->boot[1] = 0;
	cut_line(s->boot);
	/* /run where there is one; routers (OpenWrt) have /tmp. */
	sys_path(path, "/run");
	sys_path(s->path, "%s/bpfbox-%s",
		 stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? "/run" : "/tmp", name);
	for (;;) {
		s->fd = open(s->path, O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK |
			     (create ? O_CREAT : 0), 0600);
		if (s->fd < 0)
			return -1;
		if (fstat(s->fd, &st) < 0) {
			share_close(s);
			return -1;
		}
		check_trust(s, &st);
		if (lock_byte(s->fd, F_SETLKW, F_WRLCK, STEP_BYTE, NULL) < 0 ||
		    fstat(s->fd, &st) < 0) {
			int err = errno;

			share_close(s);
			errno = err;
			return -1;
		}
		/* Removed by the last run out while we waited for the lock:
		 * the record to use is a new file. */
		if (st.st_nlink)
			break;
		share_close(s);
	}
	read_record(s);
	find_others(s);
	return 0;
}

int share_record(struct sysctl_share *s, long long original)
{
	char text[128];
	int n = snprintf(text, sizeof(text), "%lld %s\n", original, s->boot);

	if (ftruncate(s->fd, 0) < 0 || pwrite(s->fd, text, (size_t)n, 0) != n)
		return -1;
	s->original = original;
	s->has_record = 1;
	return 0;
}

void share_enter(struct sysctl_share *s)
{
	/* Nobody write-locks the inside byte (others are found with
	 * F_GETLK), so this read lock cannot wait. */
	lock_byte(s->fd, F_SETLK, F_RDLCK, INSIDE_BYTE, NULL);
	lock_byte(s->fd, F_SETLK, F_UNLCK, STEP_BYTE, NULL);
}

void share_leave(struct sysctl_share *s)
{
	lock_byte(s->fd, F_SETLKW, F_WRLCK, STEP_BYTE, NULL);
	lock_byte(s->fd, F_SETLK, F_UNLCK, INSIDE_BYTE, NULL);
	find_others(s);
}

void share_close(struct sysctl_share *s)
{
	if (s->fd >= 0)
		close(s->fd);
	s->fd = -1;
}

void share_remove(struct sysctl_share *s)
{
	/* Still holding the step lock: a run waiting for it finds the file
	 * unlinked and starts a new one. */
	unlink(s->path);
	share_close(s);
}
