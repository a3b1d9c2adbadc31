/* SPDX-License-Identifier: GPL-2.0-only */
/* procfs and sysctl access.  Every /proc, /sys or /boot path goes through
 * sys_path(), which prefixes $BPFBOX_ROOT so tests can point the applets
 * at a fake tree. */
#ifndef BPFBOX_PROC_H
#define BPFBOX_PROC_H
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define PATH_BUF 512

/* $BPFBOX_ROOT + path, in buf.  Exits 1 if it does not fit. */
const char *sys_path(char buf[PATH_BUF], const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A sysctl by its dotted name ("net.core.bpf_jit_enable"): read as a
 * signed number, write as a decimal string in one write(2).  Return 0 or
 * -1 with errno set (ENOENT when the kernel has no such sysctl, EINVAL
 * when the file does not hold a number). */
int sysctl_read(const char *name, long long *val);
int sysctl_write(const char *name, long long val);
/* The /proc/sys path of a dotted sysctl name, for messages. */
const char *sysctl_path(char buf[PATH_BUF], const char *name);

/* The value of `key` in "key:<space or tab>value" lines (/proc/PID/status,
 * fdinfo), matched exactly, copied to val.  Returns 0, or -1 if absent. */
int kv_get(const char *text, const char *key, char *val, size_t size);
/* The same, parsed as a number in `base`; -1 if absent or not a number. */
int kv_get_u64(const char *text, const char *key, int base, uint64_t *val);

/* Ends s at its first newline (a one-line /proc or /sys file); returns s. */
char *cut_line(char *s);

/* /proc/PID/<file> (PID 0: self) into buf; -1 with errno on failure. */
ssize_t proc_read(pid_t pid, const char *file, char *buf, size_t size);

/* Capabilities by number (linux/capability.h). */
enum {
	CAP_IPC_LOCK_BIT = 14,
	CAP_SYS_ADMIN_BIT = 21,
	CAP_SYS_RESOURCE_BIT = 24,
	CAP_PERFMON_BIT = 38,
	CAP_BPF_BIT = 39,
};
/* Replaces this process with argv[0] (found on PATH); when that fails,
 * says why ("APPLET: CMD: command not found") and returns the exit status
 * a shell gives for it: 127 not found, 126 found but not runnable. */
int exec_command(char **argv);

/* Effective capability set of PID (0: self) from /proc/PID/status. */
int proc_cap_eff(pid_t pid, uint64_t *caps);
#define HAS_CAP(set, bit) ((((set) >> (bit)) & 1) != 0)

#endif
