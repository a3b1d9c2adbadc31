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

/* Which of the lines `a` (bit 0) and `b` (bit 1) the file has; with
 * `names`, a line's last word (a /proc/kallsyms symbol, without its
 * "\t[module]") is compared instead of the whole line.  0 when the file
 * cannot be read. */
static int find_lines(const char *path, const char *a, const char *b, int names)
{
	struct line_reader r;
	char *line, *p;
	int found = 0;

	if (lines_open(&r, path) < 0)
		return 0;
	while ((line = lines_next(&r))) {
		if (names && (p = strrchr(line, ' '))) {
			line = p + 1;
			if ((p = strchr(line, '\t')))
				*p = 0;
		}
		found |= (strcmp(line, a) == 0) | (strcmp(line, b) == 0) << 1;
	}
	lines_close(&r);
	return found;
}

int jit_forced_on(const char **source)
{
	char path[PATH_BUF];
	struct utsname u;
	int found = find_lines(sys_path(path, "/proc/kallsyms"), "___bpf_prog_run",
			       "bpf_prog_select_runtime", 1);

	*source = "/proc/kallsyms";
	if (found)
		return found & 1 ? JIT_FORCED_NO : JIT_FORCED_YES;
	*source = "/boot/config";
	if (uname(&u) == 0 &&
	    (found = find_lines(sys_path(path, "/boot/config-%s", u.release),
				"# CONFIG_BPF_JIT_ALWAYS_ON is not set",
				"CONFIG_BPF_JIT_ALWAYS_ON=y", 0)))
		return found & 2 ? JIT_FORCED_YES : JIT_FORCED_NO;
	*source = "no kallsyms, no /boot/config";
	return JIT_FORCED_UNKNOWN;
}
