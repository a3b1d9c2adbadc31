/* SPDX-License-Identifier: GPL-2.0-only */
/* BTF types as text, the way `bpftool btf dump file` prints them. */
#ifndef BPFBOX_BTF_DUMP_H
#define BPFBOX_BTF_DUMP_H
#include <stdio.h>

#include "btf.h"

void btf_dump(const struct btf *b, FILE *out);

#endif
