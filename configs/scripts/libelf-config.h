/* SPDX-License-Identifier: GPL-2.0-only */
/* config.h for elfutils' libelf alone: its configure insists on argp, fts
 * and obstack (needed only by the elfutils programs) that musl lacks, so
 * libelf is compiled directly with these answers for a musl target. */
#define PACKAGE_NAME "elfutils"
#define PACKAGE_VERSION "0.188"
#define PACKAGE_URL ""
#define HAVE_ERR_H 1
#define HAVE_FALLTHROUGH 1
#define HAVE_STDATOMIC_H 1
#define HAVE_VISIBILITY 1
#define HAVE_GCC_STRUCT 1
#define HAVE_DECL_MEMRCHR 1
#define HAVE_DECL_RAWMEMCHR 0
#define HAVE_DECL_POWEROF2 1
#define HAVE_DECL_MEMPCPY 1
#define HAVE_DECL_REALLOCARRAY 1
#include <eu-config.h>
/* No message catalogues on a router: libelf's error texts are English as
 * they are, and gettext (1.4 KB of plural-form evaluation) stays out. */
#undef _
#define _(Str) (Str)
