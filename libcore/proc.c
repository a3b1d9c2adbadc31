// SPDX-License-Identifier: GPL-2.0-only
/* procfs/sysfs paths (with the BPFBOX_ROOT override), sysctls,
 * "key: value" parsing by exact key, and running a command. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "file.h"
#include "num.h"
#include "proc.h"

const char *sys_path(char buf[PATH_BUF], const char *fmt, ...)
{
	const char *root = getenv("BPFBOX_ROOT");
	size_t n;
	va_list ap;
	int m;

	if (!root)
		root = "";
	n = strlen(root);
	if (n >= PATH_BUF)
		die("BPFBOX_ROOT is too long");
	memcpy(buf, root, n);
	va_start(ap, fmt);
	m = vsnprintf(buf + n, PATH_BUF - n, fmt, ap);
	va_end(ap);
	if (m < 0 || (size_t)m >= PATH_BUF - n)
		die("path too long under BPFBOX_ROOT");
	return buf;
}

const char *sysctl_path(char buf[PATH_BUF], const char *name)
{
	char rel[PATH_BUF];
	size_t i;

	snprintf(rel, sizeof(rel), "%s", name);
	for (i = 0; rel[i]; i++)
		if (rel[i] == '.')
			rel[i] = '/';
	return sys_path(buf, "/proc/sys/%s", rel);
}

int sysctl_read(const char *name, long long *val)
{
	char path[PATH_BUF], text[64];
	const char *end;
	int64_t v;

	if (read_small_file(sysctl_path(path, name), text, sizeof(text)) < 0)
		return -1;
	end = scan_s64(text, &v);
	if (!end || (*end && !isspace((unsigned char)*end))) {
		errno = EINVAL;
		return -1;
	}
	*val = v;
	return 0;
}

int sysctl_write(const char *name, long long val)
{
	char path[PATH_BUF], text[32];

	snprintf(text, sizeof(text), "%lld\n", val);
	return write_whole_value(sysctl_path(path, name), text);
}

int kv_get(const char *text, const char *key, char *val, size_t size)
{
	size_t klen = strlen(key), n = 0;

	for (const char *line = text; line; line = strchr(line, '\n'), line = line ? line + 1 : NULL) {
		if (strncmp(line, key, klen) || line[klen] != ':')
			continue;
		for (line += klen + 1; *line == ' ' || *line == '\t'; line++)
			;
		for (; line[n] && line[n] != '\n' && n + 1 < size; n++)
			val[n] = line[n];
		while (n && isspace((unsigned char)val[n - 1]))
			n--;
		val[n] = 0;
		return 0;
	}
	return -1;
}

int kv_get_u64(const char *text, const char *key, int base, uint64_t *val)
{
	char buf[64];

	if (kv_get(text, key, buf, sizeof(buf)) < 0)
		return -1;
	/* Take the leading number: "VmLck:  4 kB" gives 4. */
	return scan_u64(buf, base, val) ? 0 : -1;
}

char *cut_line(char *s)
{
	char *nl = strchr(s, '\n');

	if (nl)
		*nl = 0;
	return s;
}

ssize_t proc_read(pid_t pid, const char *file, char *buf, size_t size)
{
	char path[PATH_BUF];

	if (pid)
		sys_path(path, "/proc/%d/%s", (int)pid, file);
	else
		sys_path(path, "/proc/self/%s", file);
	return read_small_file(path, buf, size);
}

int proc_cap_eff(pid_t pid, uint64_t *caps)
{
	char status[8192];

	if (proc_read(pid, "status", status, sizeof(status)) < 0)
		return -1;
	if (kv_get_u64(status, "CapEff", 16, caps) < 0) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

/* execv along PATH, as a shell does: an empty entry is the current
 * directory, EACCES is kept while later entries are tried.  (musl's
 * execvp is 500 bytes of a tiny build.)  Returns the errno. */
static int exec_path(char **argv)
{
	const char *dir = getenv("PATH"), *end;
	char file[PATH_BUF];
	int err = ENOENT;

	if (strchr(argv[0], '/')) {
		execv(argv[0], argv);
		return errno;
	}
	for (dir = dir ? dir : "/usr/local/bin:/bin:/usr/bin"; dir; dir = end ? end + 1 : NULL) {
		size_t n = (end = strchr(dir, ':')) ? (size_t)(end - dir) : strlen(dir);

		/* An empty entry is the current directory. */
		if (snprintf(file, sizeof(file), "%.*s%s%s", (int)n, dir, n ? "/" : "",
			     argv[0]) >= (int)sizeof(file))
			continue;
		execv(file, argv);
		if (errno == EACCES)
			err = EACCES;
		else if (errno != ENOENT && errno != ENOTDIR)
			return errno;
	}
	return err;
}

int exec_command(char **argv)
{
	int err = exec_path(argv);

	warn_msg("%s: %s", argv[0], err == ENOENT ? "command not found" : strerror(err));
	return err == ENOENT ? 127 : 126;
}
