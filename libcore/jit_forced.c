// SPDX-License-Identifier: GPL-2.0-only
/* Is the BPF JIT forced on?  The interpreter (___bpf_prog_run) is
 * compiled only without CONFIG_BPF_JIT_ALWAYS_ON, so the running
 * kernel's symbol table answers the question; bpf_prog_select_runtime
 * shows the table lists BPF core symbols at all.  Falls back to
 * /boot/config-RELEASE. */
#include <string.h>
#include <sys/utsname.h>

#include "file.h"
#include "jit_forced.h"
#include "proc.h"

static int from_kallsyms(void)
{
	char path[PATH_BUF], *line;
	int has_core = 0, has_interp = 0;
	struct line_reader r;

	if (lines_open(&r, sys_path(path, "/proc/kallsyms")) < 0)
		return JIT_FORCED_UNKNOWN;
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
	if (!has_interp && !has_core)
		return JIT_FORCED_UNKNOWN;
	return has_interp ? JIT_FORCED_NO : JIT_FORCED_YES;
}

static int from_boot_config(void)
{
	char path[PATH_BUF], *line;
	struct line_reader r;
	struct utsname u;
	int v = JIT_FORCED_UNKNOWN;

	if (uname(&u) < 0 || lines_open(&r, sys_path(path, "/boot/config-%s", u.release)) < 0)
		return JIT_FORCED_UNKNOWN;
	while ((line = lines_next(&r))) {
		if (!strcmp(line, "CONFIG_BPF_JIT_ALWAYS_ON=y"))
			v = JIT_FORCED_YES;
		else if (!strcmp(line, "# CONFIG_BPF_JIT_ALWAYS_ON is not set"))
			v = JIT_FORCED_NO;
	}
	lines_close(&r);
	return v;
}

int jit_forced_on(const char **source)
{
	int v = from_kallsyms();

	*source = "/proc/kallsyms";
	if (v != JIT_FORCED_UNKNOWN)
		return v;
	v = from_boot_config();
	*source = v != JIT_FORCED_UNKNOWN ? "/boot/config" : "no /proc/kallsyms or /boot/config to tell";
	return v;
}
