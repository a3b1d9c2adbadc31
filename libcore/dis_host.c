// SPDX-License-Identifier: GPL-2.0-only
/* Which machine the running kernel is, as a -m name of libcore/dis.h. */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

#include "dis.h"
#include "endian.h"
#include "file.h"
#include "proc.h"

/* s holds word (a libc strstr would cost a KB of a static binary). */
static int holds(const char *s, const char *word)
{
	size_t n = strlen(word);

	for (; *s; s++)
		if (*s == *word && !strncmp(s, word, n))
			return 1;
	return 0;
}

/* The running kernel's machine as a -m name: uname's word, with what it
 * leaves open (byte order, MIPS release 6 or Octeon) found out here. */
const char *dis_running_machine(char *buf, size_t size)
{
	struct utsname u;
	char path[PATH_BUF], cpuinfo[4096] = "";
	const char *m, *el = host_big_endian() ? "" : "el";

	if (uname(&u) < 0)
		return NULL;
	m = u.machine;
	if (!strcmp(m, "x86_64") || !strcmp(m, "aarch64") || !strcmp(m, "riscv64") ||
	    !strcmp(m, "s390x") || !strcmp(m, "ppc64le") || !strcmp(m, "ppc64") || !strcmp(m, "ppc"))
		snprintf(buf, size, "%s", !strcmp(m, "aarch64") ? "arm64" :
			 !strcmp(m, "x86_64") ? "x86-64" : m);
	else if (m[0] == 'i' && !strcmp(m + 2, "86"))
		snprintf(buf, size, "x86-32");
	else if (!strncmp(m, "arm", 3))
		snprintf(buf, size, "arm");
	else if (!strncmp(m, "mips", 4)) {
		/* uname says mips or mips64 whatever the byte order; the
		 * release and the core are in /proc/cpuinfo. */
		read_small_file(sys_path(path, "/proc/cpuinfo"), cpuinfo, sizeof(cpuinfo));
		if (holds(cpuinfo, "Octeon"))
			snprintf(buf, size, "octeon%s", el);
		else
			snprintf(buf, size, "%s%s%s", strcmp(m, "mips64") ? "mips" : "mips64",
				 holds(cpuinfo, "mips32r6") || holds(cpuinfo, "mips64r6") ? "r6" : "", el);
	} else
		snprintf(buf, size, "%s", m);
	return buf;
}
