/* SPDX-License-Identifier: GPL-2.0-only */
/* A kernel's configuration (its .config: /boot/config-RELEASE, or
 * /proc/config.gz), read whole, plain or gzip. */
#ifndef BPFBOX_KCONFIG_H
#define BPFBOX_KCONFIG_H
#include <stddef.h>

struct kconfig {
	char *text;             /* NUL-terminated */
	size_t len;
};

/* Returns 0, or -1 with errno set (EFBIG: more than a configuration). */
int kconfig_read(struct kconfig *k, const char *path);

/* Whether the configuration sets NAME (a "NAME=value" line); "# NAME is
 * not set" does not, as libbpf reads it. */
int kconfig_has(const struct kconfig *k, const char *name);

void kconfig_free(struct kconfig *k);

#endif
