// SPDX-License-Identifier: GPL-2.0-only
/* /proc/kallsyms lookups ("ADDR TYPE NAME [module]" lines). */
#include <stdio.h>
#include <string.h>

#include "file.h"
#include "kallsyms.h"
#include "num.h"
#include "proc.h"

/* Splits a kallsyms line; returns 0 on success. */
static int parse(char *line, uint64_t *addr, char **name)
{
	const char *end = scan_u64(line, 16, addr);
	char *n;

	if (!end || *end != ' ' || !end[1] || end[2] != ' ')
		return -1;
	n = line + (end - line) + 3;
	n[strcspn(n, " \t\n")] = 0;
	*name = n;
	return 0;
}

int kallsyms_resolve(struct ksym_query *q, size_t n, int *hidden)
{
	char path[PATH_BUF], *line;
	int any_nonzero = 0;
	struct line_reader r;

	*hidden = 0;
	for (size_t i = 0; i < n; i++) {
		q[i].sym_addr = 0;
		q[i].name[0] = 0;
	}
	if (lines_open(&r, sys_path(path, "/proc/kallsyms")) < 0)
		return -1;
	while ((line = lines_next(&r))) {
		uint64_t a;
		char *name;

		if (parse(line, &a, &name) < 0)
			continue;
		any_nonzero |= a != 0;
		for (size_t i = 0; i < n; i++)
			if (a && a <= q[i].addr && a >= q[i].sym_addr) {
				q[i].sym_addr = a;
				snprintf(q[i].name, sizeof(q[i].name), "%s", name);
			}
	}
	lines_close(&r);
	*hidden = !any_nonzero;
	return 0;
}

uint64_t kallsyms_lookup(const char *want)
{
	char path[PATH_BUF], *line;
	uint64_t found = 0;
	struct line_reader r;

	if (lines_open(&r, sys_path(path, "/proc/kallsyms")) < 0)
		return 0;
	while (!found && (line = lines_next(&r))) {
		uint64_t a;
		char *name;

		if (parse(line, &a, &name) == 0 && !strcmp(name, want))
			found = a;
	}
	lines_close(&r);
	return found;
}
