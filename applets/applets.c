// SPDX-License-Identifier: GPL-2.0-only
/* The applet table: configured-out applets vanish from it (and their
 * code from the link). */
#include <stddef.h>

#include "applets.h"
#include "config.h"

const struct applet *const applets[] = {
	IF_BPF_MEMLOCK(&applet_memlock,)
	IF_BPF_JIT(&applet_jit,)
	IF_BPF_READELF(&applet_readelf,)
	IF_BPF_JITDIS(&applet_jitdis,)
	NULL
};
