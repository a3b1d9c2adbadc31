/* SPDX-License-Identifier: GPL-2.0-only */
/* The applets of this build: one table, for the dispatcher (bpfbox.c)
 * and the option-parser fuzzer alike. */
#ifndef BPFBOX_APPLETS_H
#define BPFBOX_APPLETS_H

#include "opt.h"

struct applet {
	const char *name;                   /* as invoked: "bpf-memlock" */
	int (*main)(int argc, char **argv);
	const struct opt *opts;             /* its option table */
	int nopts;
};

/* Each applet file defines its entry; applets.c lists those configured. */
extern const struct applet applet_memlock, applet_jit, applet_readelf, applet_jitdis;

/* In the order --list prints them, NULL-terminated. */
extern const struct applet *const applets[];

#endif
