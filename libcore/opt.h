/* SPDX-License-Identifier: GPL-2.0-only */
/* Option parsing: each applet declares its options once in a table; the
 * parser fills one slot per option and collects operands.  --help and
 * --version are answered here for every applet. */
#ifndef BPFBOX_OPT_H
#define BPFBOX_OPT_H

enum opt_kind { OPT_FLAG, OPT_ARG };

struct opt {
	char short_name;       /* 0: long only */
	unsigned char kind;    /* enum opt_kind */
	const char *long_name; /* NULL: short only */
};

struct opt_slot {
	int seen;          /* times given */
	const char *arg;   /* last argument, for OPT_ARG */
};

struct opt_result {
	int nargs;     /* operands before "--", in order */
	char **args;
	int has_rest;  /* a "--" was given */
	int nrest;     /* words after "--" */
	char **rest;
};

/* Options may come before, between or after operands; "--" ends them and
 * everything after it is left for a command to run.  Exits 2 on a bad
 * option, 0 after printing usage or version.  `slots` has one entry per
 * option, zeroed by the caller.  argv is reordered in place. */
void opt_parse(int argc, char **argv, const struct opt *opts, int nopts,
	       struct opt_slot *slots, struct opt_result *res,
	       const char *usage);

/* Whole-string decimal parse with range check; exits 2 naming `what`. */
long long opt_number(const char *s, long long min, long long max,
		     const char *what);

#endif
