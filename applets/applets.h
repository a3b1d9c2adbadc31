/* SPDX-License-Identifier: GPL-2.0-only */
/* Entry points of the applets, for the dispatcher in bpfbox.c. */
#ifndef BPFBOX_APPLETS_H
#define BPFBOX_APPLETS_H

int memlock_main(int argc, char **argv);
int jit_main(int argc, char **argv);
int readelf_main(int argc, char **argv);
int jitdis_main(int argc, char **argv);

/* Their option tables, for the option-parser fuzzer. */
#include "opt.h"
extern const struct opt memlock_opts[], jit_opts[], readelf_opts[], jitdis_opts[];
extern const int memlock_nopts, jit_nopts, readelf_nopts, jitdis_nopts;

#endif
