// SPDX-License-Identifier: GPL-2.0-only
/*
 * bpf-jit: the net.core.bpf_jit_* sysctls.
 *
 * bpf_jit_enable=1 turns the JIT compiler on, =2 also dumps every JIT image
 * to the kernel log (what bpf-jitdis reads).  Kernels built with
 * CONFIG_BPF_JIT_ALWAYS_ON accept only 1; this applet finds that out and
 * says so instead of a bare EINVAL, and `dump -- CMD` puts the old value
 * back however CMD ends.
 *
 * The usage text is the Kconfig help in jit.kconfig.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "applets.h"
#include "bpf_sys.h"
#include "config.h"
#include "err.h"
#include "file.h"
#include "jit_forced.h"
#include "json.h"
#include "opt.h"
#include "proc.h"
#include "size.h"
#include "sysctl_share.h"
#include "usage.h"

enum { O_JSON, O_TEST, O_RESTORE, O_COUNT };
static const struct opt opts[] = {
	[O_JSON] = { 'j', OPT_FLAG, NULL },
	[O_TEST] = { 't', OPT_FLAG, NULL },
	[O_RESTORE] = { 0, OPT_FLAG, "restore" },
};
_Static_assert(sizeof(opts) / sizeof(opts[0]) == O_COUNT, "one row per O_ name");

struct knob {
	const char *word;   /* as typed: bpf-jit WORD VALUE */
	const char *sysctl;
	long long min, max;
	const char *const *names; /* meaning of each value, or NULL */
};

static const char *const enable_names[] = { "off", "on", "on+dump" };
static const char *const harden_names[] = {
	"off", "on for unprivileged programs", "on for all programs" };
static const char *const kallsyms_names[] = {
	"off", "on: JIT images in /proc/kallsyms" };

enum { K_ENABLE, K_HARDEN, K_KALLSYMS, K_LIMIT };
static const struct knob knobs[] = {
	[K_ENABLE] = { "enable", "net.core.bpf_jit_enable", 0, 2, enable_names },
	[K_HARDEN] = { "harden", "net.core.bpf_jit_harden", 0, 2, harden_names },
	[K_KALLSYMS] = { "kallsyms", "net.core.bpf_jit_kallsyms", 0, 1, kallsyms_names },
	[K_LIMIT] = { "limit", "net.core.bpf_jit_limit", 1, LLONG_MAX, NULL },
};
#define NKNOBS (sizeof(knobs) / sizeof(knobs[0]))

static const char UNPRIV[] = "kernel.unprivileged_bpf_disabled";

/* ---- show ---------------------------------------------------------------------- */

static const char *meaning(const struct knob *k, long long v, char *buf)
{
	if (k->names)
		return v >= k->min && v <= k->max ? k->names[v] : "unknown value";
	return format_size((uint64_t)v, buf);
}

/* A line of the table: NAME VALUE MEANING, a space between the columns
 * however long the value (bpf_jit_limit has 15 digits on arm64 and
 * ppc64); "-" for a value that cannot be read. */
static void row(const char *name, const long long *value, const char *meaning)
{
	if (value)
		printf("%-33s %-10lld %s\n", name, *value, meaning);
	else
		printf("%-33s %-10s %s\n", name, "-", meaning);
}

static int show(int json)
{
	long long val[NKNOBS], unpriv;
	int have[NKNOBS], err[NKNOBS], have_unpriv, always;
	const char *source, *machine;
	char buf[SIZE_BUF];
	struct utsname u;

	for (size_t i = 0; i < NKNOBS; i++) {
		have[i] = sysctl_read(knobs[i].sysctl, &val[i]) == 0;
		err[i] = have[i] ? 0 : errno;
	}
	have_unpriv = sysctl_read(UNPRIV, &unpriv) == 0;
	always = jit_forced_on(&source);
	machine = uname(&u) == 0 ? u.machine : "unknown";

	if (CONFIG_FEATURE_JSON && json) {
		json_object(NULL);
		for (size_t i = 0; i < NKNOBS; i++) {
			if (have[i])
				json_int(knobs[i].word, val[i]);
			else
				json_null(knobs[i].word);
			if (i == K_ENABLE)
				json_string("mode", have[i] ? meaning(&knobs[i], val[i], buf)
							    : "no JIT");
		}
		if (have_unpriv)
			json_int("unprivileged_bpf_disabled", unpriv);
		else
			json_null("unprivileged_bpf_disabled");
		if (always == JIT_FORCED_UNKNOWN)
			json_null("always_on");
		else
			json_bool("always_on", always);
		json_string("machine", machine);
		json_close();
		return EXIT_OK;
	}
	for (size_t i = 0; i < NKNOBS; i++) {
		const char *m = "missing";

		if (have[i])
			m = meaning(&knobs[i], val[i], buf);
		else if (err[i] == EPERM || err[i] == EACCES)
			m = "hidden: needs CAP_SYS_ADMIN";
		else if (err[i] != ENOENT)
			m = strerror(err[i]);
		else if (i == K_ENABLE)
			m = "missing: this kernel has no BPF JIT";
		row(knobs[i].sysctl, have[i] ? &val[i] : NULL, m);
	}
	row(UNPRIV, have_unpriv ? &unpriv : NULL,
	    have_unpriv ? unpriv_bpf_text(unpriv) : "missing");
	printf("%-33s %-10s (%s)\n", "JIT forced on (BPF_JIT_ALWAYS_ON)",
	       always == JIT_FORCED_YES ? "yes" : always == JIT_FORCED_NO ? "no" : "unknown", source);
	printf("%-34s%s\n", "machine", machine);
	return EXIT_OK;
}

/* ---- set ------------------------------------------------------------------------ */

/* A failed read (writing 0) or write of `v` to knob k, explained. */
static _Noreturn void die_access(const struct knob *k, int writing,
				 long long v, int err)
{
	const char *what = writing ? "writing" : "reading";
	char path[PATH_BUF];
	uint64_t caps = 0;
	const char *source;

	sysctl_path(path, k->sysctl);
	switch (err) {
	case ENOENT:
		if (k == &knobs[K_ENABLE])
			die("this kernel has no BPF JIT: %s is missing", path);
		die("%s: this kernel does not have %s", path, k->sysctl);
	case EPERM:
	case EACCES:
		if (proc_cap_eff(0, &caps) == 0 && !HAS_CAP(caps, CAP_SYS_ADMIN_BIT))
			die("%s: not permitted: %s it needs CAP_SYS_ADMIN, "
			    "which this process lacks (run as root)", k->sysctl, what);
		die_errno(err, "%s: %s not permitted", k->sysctl, what);
	case EROFS:
		die("%s: /proc/sys is mounted read-only here", k->sysctl);
	case EINVAL:
		if (!writing)
			die("%s: does not hold a number", path);
		if (k == &knobs[K_ENABLE] && v != 1 && jit_forced_on(&source) == JIT_FORCED_YES)
			die("%s: the JIT is forced on (CONFIG_BPF_JIT_ALWAYS_ON, "
			    "seen in %s): the kernel accepts only 1", k->sysctl, source);
		die("%s: the kernel rejects %lld: out of range", k->sysctl, v);
	default:
		die_errno(err, "%s: %s failed", path, what);
	}
}

static long long read_knob(const struct knob *k)
{
	long long v;

	if (sysctl_read(k->sysctl, &v) < 0)
		die_access(k, 0, 0, errno);
	return v;
}

/* Writes v, reads it back; returns the old value. */
static long long write_knob(const struct knob *k, long long v)
{
	long long old = read_knob(k), now;

	if (sysctl_write(k->sysctl, v) < 0)
		die_access(k, 1, v, errno);
	now = read_knob(k);
	if (now != v)
		die("%s: wrote %lld but the kernel now reports %lld", k->sysctl, v, now);
	return old;
}

static void print_change(FILE *out, const struct knob *k, long long old,
			 long long now, int json)
{
	char buf[SIZE_BUF];

	if (CONFIG_FEATURE_JSON && json) {
		json_object(NULL);
		json_string("sysctl", k->sysctl);
		json_int("old", old);
		json_int("new", now);
		json_close();
		return;
	}
	fprintf(out, "%s: %lld -> %lld (%s)\n", k->sysctl, old, now,
		meaning(k, now, buf));
}

static long long parse_value(const struct knob *k, const char *s)
{
	uint64_t v;

	if (k == &knobs[K_LIMIT]) {
		/* bpf_jit_limit is a byte count: accept 512M like the rest. */
		if (parse_size(s, &v) < 0 || v == SIZE_UNLIMITED || v > LLONG_MAX || !v)
			die_usage("limit: bad size '%s' (bytes, K, M or G, above 0)", s);
		return (long long)v;
	}
	return opt_number(s, k->min, k->max, k->word);
}

/* ---- dump -- CMD -------------------------------------------------------------- */

/* Overlapping runs share dump mode through a record file with locks
 * (libcore/sysctl_share.h): the first run in records the original value
 * and writes 2, the last one out restores it, and a run killed on the way
 * leaves the record for the next run or `dump --restore`. */

/* "pid N", or "another run" (in another pid namespace the lock shows
 * pid 0). */
static const char *run_name(pid_t pid, char buf[32])
{
	if (pid <= 0)
		return "another run";
	snprintf(buf, 32, "pid %d", (int)pid);
	return buf;
}

/* Takes dump mode for this run: records the original value when no other
 * run is inside, and makes the value 2.  On failure nothing is changed:
 * the record goes unless other runs use it or a killed run left it. */
static void dump_enter(struct sysctl_share *s)
{
	const struct knob *k = &knobs[K_ENABLE];
	long long now, was;
	int keep, err = 0, writing = 1;
	char who[32];

	if (share_open(s, k->sysctl, 1) < 0)
		die_errno(errno, "cannot keep the record of dump mode: %s", s->path);
	keep = s->others || s->has_record;
	if (sysctl_read(k->sysctl, &now) < 0) {
		err = errno, writing = 0;
		goto fail;
	}
	if (!s->others && !(s->has_record && now == 2)) {
		keep = 0;
		if (share_record(s, now) < 0) {
			share_remove(s);
			die_errno(errno, "cannot write the record of dump mode: %s", s->path);
		}
	} else if (!s->others) {
		/* Not an original: the 2 of a run that never restored. */
		warn_msg("dump mode was left on by a killed run; %lld is put back "
			 "at the end", s->original);
	}
	if (now != 2) {
		if (sysctl_write(k->sysctl, 2) < 0) {
			err = errno;
			goto fail;
		}
		if (sysctl_read(k->sysctl, &was) < 0 || was != 2) {
			sysctl_write(k->sysctl, now);
			err = EINVAL;
			goto fail;
		}
	}
	if (!s->others || now != 2) {
		fprintf(stderr, "%s: ", applet_name);
		print_change(stderr, k, now, 2, 0);
	}
	if (s->others)
		fprintf(stderr, "%s: %s: 2 (on+dump), shared with %s\n", applet_name,
			k->sysctl, run_name(s->other, who));
	share_enter(s);
	return;
fail:
	if (keep)
		share_close(s);
	else
		share_remove(s);
	die_access(k, writing, 2, err);
}

/* This run is done with dump mode: the last one out restores. */
static int dump_leave(struct sysctl_share *s, int status)
{
	const struct knob *k = &knobs[K_ENABLE];
	char who[32];

	share_leave(s);
	if (s->others) {
		fprintf(stderr, "%s: %s: left at 2 for %s, which puts back %lld\n",
			applet_name, k->sysctl, run_name(s->other, who), s->original);
		share_close(s);
		return status;
	}
	if (sysctl_write(k->sysctl, s->original) < 0) {
		/* The record stays, for `dump --restore`. */
		warn_errno(errno, "%s: could not restore %lld; it is still 2",
			   k->sysctl, s->original);
		share_close(s);
		return EXIT_FAIL;
	}
	share_remove(s);
	fprintf(stderr, "%s: ", applet_name);
	print_change(stderr, k, 2, s->original, 0);
	return status;
}

/* The kernel's signal mask, set and waited on with the system calls
 * themselves: the C library keeps its internal signals (32-34 in musl,
 * 32-33 in glibc) out of sigfillset and sigaddset, and glibc out of
 * sigprocmask too, yet `kill -34` (bash's RTMIN) kills a process that
 * has not blocked them.  KSIGSET: the kernel's sigset size, which it
 * checks (64 bits; 128 on MIPS). */
#define KSIGSET (_NSIG / 8)

static void mask_set(int how, const sigset_t *set, sigset_t *old)
{
	syscall(SYS_rt_sigprocmask, how, set, old, KSIGSET);
}

/* Waits for CMD, passing on what is sent to bpf-jit.  ^C and ^\ are left
 * alone: the terminal sends them to CMD itself. */
static int wait_passing_signals(pid_t child, const sigset_t *set)
{
	siginfo_t si;
	int sig, st;

	for (;;) {
		sig = (int)syscall(SYS_rt_sigtimedwait, set, &si, NULL, KSIGSET);
		if (sig < 0 && errno != EINTR) {   /* never spin: wait for CMD alone */
			while (waitpid(child, &st, 0) < 0 && errno == EINTR)
				;
			break;
		}
		if (sig == SIGCHLD) {
			if (waitpid(child, &st, WNOHANG) == child)
				break;
		} else if (sig > 0 && sig != SIGINT && sig != SIGQUIT) {
			kill(child, sig);
		}
	}
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static int dump_around(char **rest)
{
	struct sigaction ign = { .sa_handler = SIG_IGN }, old_pipe;
	struct sysctl_share s;
	sigset_t set, old_mask;
	pid_t child;
	int status;

	/* From before the write until after the restore, no signal can end
	 * bpf-jit (only SIGKILL): every catchable one is blocked and waited
	 * for, but stops (^Z stops bpf-jit with CMD, harmlessly) and SIGPIPE,
	 * ignored so that a closed stderr fails a write and nothing else. */
	memset(&set, 0xff, sizeof(set));   /* every signal, the libc's own too */
	sigdelset(&set, SIGTSTP);
	sigdelset(&set, SIGTTIN);
	sigdelset(&set, SIGTTOU);
	sigdelset(&set, SIGCONT);
	sigdelset(&set, SIGPIPE);
	mask_set(SIG_BLOCK, &set, &old_mask);
	sigaction(SIGPIPE, &ign, &old_pipe);
	dump_enter(&s);
	fflush(NULL);
	/* _Fork: fork without the atfork locking that only threaded programs
	 * need (in musl, 2 KB of a tiny build). */
	child = _Fork();
	if (child == 0) {
		sigaction(SIGPIPE, &old_pipe, NULL);
		mask_set(SIG_SETMASK, &old_mask, NULL);
		_exit(exec_command(rest));
	}
	if (child < 0) {
		status = EXIT_FAIL;
		warn_errno(errno, "cannot start %s", rest[0]);
	} else {
		status = wait_passing_signals(child, &set);
	}
	return dump_leave(&s, status);
}

/* dump --restore: puts back the value a killed run recorded. */
static int dump_restore(int json)
{
	const struct knob *k = &knobs[K_ENABLE];
	struct sysctl_share s;
	long long now;
	char who[32];

	if (share_open(&s, k->sysctl, 0) < 0) {
		if (errno != ENOENT)
			die_errno(errno, "%s", s.path);
		s.has_record = 0;
	} else if (s.others) {
		die("dump mode is in use by %s, which puts back %lld at its end",
		    run_name(s.other, who), s.original);
	}
	now = read_knob(k);
	if (!s.has_record || now != 2) {
		/* Nothing to restore: no record, or the value was set since. */
		if (s.fd >= 0)
			share_remove(&s);
		print_change(stdout, k, now, now, json);
		return EXIT_OK;
	}
	if (sysctl_write(k->sysctl, s.original) < 0)
		die_access(k, 1, s.original, errno);
	share_remove(&s);
	print_change(stdout, k, 2, s.original, json);
	return EXIT_OK;
}

/* ---- main ----------------------------------------------------------------------- */

static int jit_main(int argc, char **argv)
{
	struct opt_slot o[O_COUNT] = { 0 };
	const struct knob *k = NULL;
	struct opt_result r;
	const char *value = NULL;
	long long v, old;
	int json;

	opt_parse(argc, argv, opts, O_COUNT, o, &r, USAGE_BPF_JIT);
	json = json_flag(o[O_JSON].seen);
	if (o[O_RESTORE].seen) {
		if (!CONFIG_BPF_JIT_DUMP)
			die_not_built("dump --restore", "BPF_JIT_DUMP");
		if (r.nargs != 1 || strcmp(r.args[0], "dump") || r.has_rest ||
		    o[O_TEST].seen)
			die_usage("--restore goes with dump alone");
		return dump_restore(json);
	}
	if (o[O_TEST].seen) {
		if (r.nargs || r.has_rest || json)
			die_usage("-t takes nothing else");
		return sysctl_read(knobs[K_ENABLE].sysctl, &v) == 0 && v >= 1
			       ? EXIT_OK : EXIT_FAIL;
	}
	if (!r.nargs) {
		if (r.has_rest)
			die_usage("'-- CMD' goes with dump");
		return show(json);
	}
	for (size_t i = 1; i < NKNOBS && !k; i++)
		if (!strcmp(r.args[0], knobs[i].word)) {
			k = &knobs[i];
			if (r.nargs != 2)
				die_usage("%s needs one value", k->word);
			value = r.args[1];
		}
	if (!k) {
		/* off, on, dump are 0, 1, 2. */
		static const char *const words[] = { "off", "on", "dump", "0", "1", "2" };

		k = &knobs[K_ENABLE];
		if (r.nargs != 1)
			die_usage("unexpected argument '%s'", r.args[1]);
		for (int i = 0; i < 6 && !value; i++)
			if (!strcmp(r.args[0], words[i]))
				value = words[3 + i % 3];
		if (!value)
			die_usage("unknown setting '%s' (on off dump 0 1 2 harden kallsyms limit)",
				  r.args[0]);
	}
	v = parse_value(k, value);
	if (r.has_rest) {
		if (k != &knobs[K_ENABLE] || v != 2)
			die_usage("'-- CMD' goes with dump");
		if (!r.nrest)
			die_usage("no command after '--'");
		if (!CONFIG_BPF_JIT_DUMP)
			die_not_built("dump -- CMD", "BPF_JIT_DUMP");
		return dump_around(r.rest);
	}
	old = write_knob(k, v);
	print_change(stdout, k, old, v, json);
	return EXIT_OK;
}

const struct applet applet_jit = { "bpf-jit", jit_main, opts, O_COUNT };
