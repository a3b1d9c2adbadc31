// SPDX-License-Identifier: GPL-2.0-only
/* /proc/kallsyms lookups ("ADDR TYPE NAME [module]" lines). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kallsyms.h"
#include "proc.h"

/* Splits a kallsyms line; returns 0 on success. */
static int parse(char *line, uint64_t *addr, char **name)
{
	char *end, *n;

	*addr = strtoull(line, &end, 16);
	if (end == line || *end != ' ' || !end[1] || end[2] != ' ')
		return -1;
	n = end + 3;
	n[strcspn(n, " \t\n")] = 0;
	*name = n;
	return 0;
}

int kallsyms_resolve(struct ksym_query *q, size_t n, int *hidden)
{
	char path[PATH_BUF], line[512];
	int any_nonzero = 0;
	FILE *f = fopen(sys_path(path, "/proc/kallsyms"), "re");

	*hidden = 0;
	for (size_t i = 0; i < n; i++) {
		q[i].sym_addr = 0;
		q[i].name[0] = 0;
	}
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
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
	fclose(f);
	*hidden = !any_nonzero;
	return 0;
}

uint64_t kallsyms_lookup(const char *want)
{
	char path[PATH_BUF], line[512];
	uint64_t found = 0;
	FILE *f = fopen(sys_path(path, "/proc/kallsyms"), "re");

	while (f && !found && fgets(line, sizeof(line), f)) {
		uint64_t a;
		char *name;

		if (parse(line, &a, &name) == 0 && !strcmp(name, want))
			found = a;
	}
	if (f)
		fclose(f);
	return found;
}
