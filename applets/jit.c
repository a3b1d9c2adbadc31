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
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "applets.h"
#include "bpf_sys.h"
#include "config.h"
#include "err.h"
#include "file.h"
#include "json.h"
#include "opt.h"
#include "proc.h"
#include "size.h"
#include "usage.h"

enum { O_JSON, O_TEST, O_COUNT };
static const struct opt opts[] = {
	[O_JSON] = { 'j', OPT_FLAG, NULL },
	[O_TEST] = { 't', OPT_FLAG, NULL },
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
	"off", "on: JIT images listed in /proc/kallsyms" };

enum { K_ENABLE, K_HARDEN, K_KALLSYMS, K_LIMIT };
static const struct knob knobs[] = {
	[K_ENABLE] = { "enable", "net.core.bpf_jit_enable", 0, 2, enable_names },
	[K_HARDEN] = { "harden", "net.core.bpf_jit_harden", 0, 2, harden_names },
	[K_KALLSYMS] = { "kallsyms", "net.core.bpf_jit_kallsyms", 0, 1, kallsyms_names },
	[K_LIMIT] = { "limit", "net.core.bpf_jit_limit", 1, LLONG_MAX, NULL },
};
#define NKNOBS (sizeof(knobs) / sizeof(knobs[0]))

static const char UNPRIV[] = "kernel.unprivileged_bpf_disabled";

/* ---- is the JIT forced on? -------------------------------------------------- */

enum { ALWAYS_UNKNOWN = -1, ALWAYS_NO = 0, ALWAYS_YES = 1 };

/* The interpreter (___bpf_prog_run) is compiled only without
 * CONFIG_BPF_JIT_ALWAYS_ON, so the running kernel's symbol table answers
 * the question; bpf_prog_select_runtime shows the table lists BPF core
 * symbols at all.  Falls back to /boot/config-RELEASE. */
static int jit_always_on(const char **source)
{
	char path[PATH_BUF], *line;
	int has_core = 0, has_interp = 0;
	struct line_reader r;
	struct utsname u;

	if (lines_open(&r, sys_path(path, "/proc/kallsyms")) == 0) {
		while ((line = lines_next(&r))) {
			char *name = strrchr(line, ' '), *tab;

			if (!name)
				continue;
			name++;
			if ((tab = strchr(name, '\t')))
				*tab = 0;  /* "\t[module]" */
			if (!strcmp(name, "___bpf_prog_run"))
				has_interp = 1;
			else if (!strcmp(name, "bpf_prog_select_runtime"))
				has_core = 1;
		}
		lines_close(&r);
		if (has_interp || has_core) {
			*source = "/proc/kallsyms";
			return has_interp ? ALWAYS_NO : ALWAYS_YES;
		}
	}
	if (uname(&u) == 0 &&
	    lines_open(&r, sys_path(path, "/boot/config-%s", u.release)) == 0) {
		int v = ALWAYS_UNKNOWN;

		while ((line = lines_next(&r))) {
			if (!strcmp(line, "CONFIG_BPF_JIT_ALWAYS_ON=y"))
				v = ALWAYS_YES;
			else if (!strcmp(line, "# CONFIG_BPF_JIT_ALWAYS_ON is not set"))
				v = ALWAYS_NO;
		}
		lines_close(&r);
		if (v != ALWAYS_UNKNOWN) {
			*source = "/boot/config";
			return v;
		}
	}
	*source = "no /proc/kallsyms or /boot/config to tell";
	return ALWAYS_UNKNOWN;
}

/* ---- show ---------------------------------------------------------------------- */

static const char *meaning(const struct knob *k, long long v, char *buf)
{
	if (k->names)
		return v >= k->min && v <= k->max ? k->names[v] : "unknown value";
	return format_size((uint64_t)v, buf);
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
	always = jit_always_on(&source);
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
		if (always == ALWAYS_UNKNOWN)
			json_null("always_on");
		else
			json_bool("always_on", always);
		json_string("machine", machine);
		json_close();
		return EXIT_OK;
	}
	for (size_t i = 0; i < NKNOBS; i++) {
		if (have[i])
			printf("%-34s%-11lld%s\n", knobs[i].sysctl, val[i],
			       meaning(&knobs[i], val[i], buf));
		else if (err[i] == EPERM || err[i] == EACCES)
			printf("%-34s%-11s%s\n", knobs[i].sysctl, "-",
			       "hidden: reading it needs CAP_SYS_ADMIN");
		else if (err[i] != ENOENT)
			printf("%-34s%-11s%s\n", knobs[i].sysctl, "-", strerror(err[i]));
		else if (i == K_ENABLE)
			printf("%-34s%-11s%s\n", knobs[i].sysctl, "-",
			       "missing: this kernel has no BPF JIT");
		else
			printf("%-34s%-11s%s\n", knobs[i].sysctl, "-", "missing");
	}
	if (have_unpriv)
		printf("%-34s%-11lld%s\n", UNPRIV, unpriv, unpriv_bpf_text(unpriv));
	else
		printf("%-34s%-11s%s\n", UNPRIV, "-", "missing");
	printf("%-34s%-11s(%s)\n", "JIT forced on (BPF_JIT_ALWAYS_ON)",
	       always == ALWAYS_YES ? "yes" : always == ALWAYS_NO ? "no" : "unknown",
	       source);
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
		if (k == &knobs[K_ENABLE] && v != 1 && jit_always_on(&source) == ALWAYS_YES)
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

static volatile sig_atomic_t pending_signal;
static volatile pid_t running_child;

/* SIGTERM/SIGHUP: pass to the command; we restore once it has ended. */
static void forward_signal(int sig)
{
	pending_signal = sig;
	if (running_child > 0)
		kill(running_child, sig);
}

static int dump_around(char **rest)
{
	const struct knob *k = &knobs[K_ENABLE];
	struct sigaction ign = { .sa_handler = SIG_IGN }, fwd = { .sa_handler = forward_signal };
	struct sigaction old_int, old_quit, old_term, old_hup;
	long long old;
	int st = 0, status;
	pid_t child;

	/* Install handlers before the value changes, so no signal can end us
	 * between the write and the restore. */
	sigemptyset(&fwd.sa_mask);
	sigaction(SIGINT, &ign, &old_int);   /* the terminal's ^C goes to CMD */
	sigaction(SIGQUIT, &ign, &old_quit);
	sigaction(SIGTERM, &fwd, &old_term);
	sigaction(SIGHUP, &fwd, &old_hup);
	old = write_knob(k, 2);
	fprintf(stderr, "%s: ", applet_name);
	print_change(stderr, k, old, 2, 0);
	fflush(NULL);
	/* _Fork: fork without the atfork locking that only threaded programs
	 * need (in musl, 2 KB of a tiny build). */
	child = _Fork();
	if (child == 0) {
		sigaction(SIGINT, &old_int, NULL);
		sigaction(SIGQUIT, &old_quit, NULL);
		sigaction(SIGTERM, &old_term, NULL);
		sigaction(SIGHUP, &old_hup, NULL);
		_exit(exec_command(rest));
	}
	if (child < 0) {
		status = EXIT_FAIL;
		warn_errno(errno, "cannot start %s", rest[0]);
	} else {
		running_child = child;
		if (pending_signal)
			kill(child, pending_signal);
		while (waitpid(child, &st, 0) < 0 && errno == EINTR)
			;
		status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	}
	if (sysctl_write(k->sysctl, old) < 0) {
		warn_errno(errno, "%s: could not restore %lld; it is still 2",
			   k->sysctl, old);
		return EXIT_FAIL;
	}
	fprintf(stderr, "%s: ", applet_name);
	print_change(stderr, k, 2, old, 0);
	return status;
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
		static const char *const words[] = { "off", "on", "dump" };

		k = &knobs[K_ENABLE];
		if (r.nargs != 1)
			die_usage("unexpected argument '%s'", r.args[1]);
		for (int i = 0; i < 3; i++)
			if (!strcmp(r.args[0], words[i]))
				value = i == 0 ? "0" : i == 1 ? "1" : "2";
		if (!value) {
			if (strcmp(r.args[0], "0") && strcmp(r.args[0], "1") &&
			    strcmp(r.args[0], "2"))
				die_usage("unknown setting '%s' (on, off, dump, 0, 1, 2, "
					  "harden, kallsyms, limit)", r.args[0]);
			value = r.args[0];
		}
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
