/* SPDX-License-Identifier: GPL-2.0-only */
/* A sysctl that overlapping runs hold at one value (bpf-jit dump -- CMD
 * holds net.core.bpf_jit_enable at 2): the first run in records the
 * original value, the last one out restores it, and a run killed on the
 * way (SIGKILL, the shell's power lost) leaves its record for the next
 * run, or for a `--restore`, to find.
 *
 * The record is a file, DIR/bpfbox-SYSCTL with DIR /run, or /tmp where
 * there is no /run (routers), under $BPFBOX_ROOT: "ORIGINAL BOOT_ID\n".
 * Both directories are emptied by a reboot on most systems, and the boot
 * id (/proc/sys/kernel/random/boot_id) makes a record that survived one
 * (a /tmp on disk) count as none: after a reboot the sysctl has its boot
 * value again.
 *
 * Two fcntl locks on the file's bytes do the bookkeeping.  Byte 0 makes
 * each step (enter, leave, restore) one at a time, so no run can read
 * another's 2 as the original.  Byte 1 is read-locked by every run inside;
 * the kernel drops a process's locks when it dies, however it dies, so
 * "anyone else inside?" is a question the kernel answers, without pids
 * that could be reused.  The last run out removes the file. */
#ifndef BPFBOX_SYSCTL_SHARE_H
#define BPFBOX_SYSCTL_SHARE_H
#include <sys/types.h>

#include "proc.h"

struct sysctl_share {
	int fd;
	char path[PATH_BUF];
	int has_record;         /* a record of this boot was found */
	long long original;     /* its value, when has_record */
	pid_t other;            /* a run inside other than this one (its pid,
				   0 when it is in another pid namespace) */
	int others;             /* whether there is one */
	char boot[40];          /* this boot's id, "-" when unknown */
};

/* Opens (create: creates) the record of sysctl `name` and takes the step
 * lock; reads the record and whether other runs are inside.  Returns 0,
 * or -1 with errno (ENOENT: no record and !create).  Exits with a message
 * when the file is not one this user can trust (not a regular file of
 * its own, writable by others, linked elsewhere). */
int share_open(struct sysctl_share *s, const char *name, int create);
/* Writes the record: `original`, this boot's id.  0 or -1 with errno. */
int share_record(struct sysctl_share *s, long long original);
/* This run is inside: read-locks byte 1, releases the step lock. */
void share_enter(struct sysctl_share *s);
/* This run leaves: takes the step lock again, drops its byte 1, and
 * updates others/other. */
void share_leave(struct sysctl_share *s);
/* Releases everything; share_remove also deletes the record (the last
 * run out, or a restore).  Both close the file. */
void share_close(struct sysctl_share *s);
void share_remove(struct sysctl_share *s);

#endif
