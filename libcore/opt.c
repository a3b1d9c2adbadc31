// SPDX-License-Identifier: GPL-2.0-only
/* Table-driven option parser shared by all applets. */
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "num.h"
#include "opt.h"

static int find_short(const struct opt *opts, int n, char c)
{
	for (int i = 0; i < n; i++)
		if (opts[i].short_name == c)
			return i;
	return -1;
}

static int find_long(const struct opt *opts, int n, const char *name,
		     size_t len)
{
	for (int i = 0; i < n; i++)
		if (opts[i].long_name && strlen(opts[i].long_name) == len &&
		    !memcmp(opts[i].long_name, name, len))
			return i;
	return -1;
}

/* Takes the argument of option `o` from `inline_arg` or the next word. */
static const char *take_arg(const char *shown, const char *inline_arg,
			    int argc, char **argv, int *i)
{
	if (inline_arg)
		return inline_arg;
	if (*i + 1 >= argc)
		die_usage("option %s needs an argument", shown);
	return argv[++*i];
}

void opt_parse(int argc, char **argv, const struct opt *opts, int nopts,
	       struct opt_slot *slots, struct opt_result *res,
	       const char *usage)
{
	int i, nargs = 0;

	memset(res, 0, sizeof(*res));
	/* Operands are packed to the front of argv[1..] as they are seen. */
	res->args = argv + 1;
	for (i = 1; i < argc; i++) {
		char *a = argv[i];

		if (!strcmp(a, "--")) {
			res->has_rest = 1;
			res->rest = argv + i + 1;
			res->nrest = argc - i - 1;
			break;
		}
		if (a[0] != '-' || a[1] == 0) {
			argv[1 + nargs++] = a;
			continue;
		}
		if (a[1] == '-') {
			const char *name = a + 2, *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			int k = find_long(opts, nopts, name, len);

			if (k < 0 && !strcmp(name, "help")) {
				fputs(usage, stdout);
				leave(finish_output(EXIT_OK));
			}
			if (k < 0 && !strcmp(name, "version")) {
				printf("bpfbox %s\n", BPFBOX_VERSION);
				leave(finish_output(EXIT_OK));
			}
			if (k < 0)
				die_usage("unknown option --%.*s", (int)len, name);
			slots[k].seen++;
			if (opts[k].kind == OPT_ARG)
				slots[k].arg = take_arg(a, eq ? eq + 1 : NULL,
							argc, argv, &i);
			else if (eq)
				die_usage("option --%s takes no argument",
					  opts[k].long_name);
			continue;
		}
		for (const char *c = a + 1; *c; c++) {
			int k = find_short(opts, nopts, *c);
			char shown[3] = { '-', *c, 0 };

			if (k < 0)
				die_usage("unknown option -%c", *c);
			slots[k].seen++;
			if (opts[k].kind == OPT_ARG) {
				slots[k].arg = take_arg(shown, c[1] ? c + 1 : NULL,
							argc, argv, &i);
				break;
			}
		}
	}
	res->nargs = nargs;
}

long long opt_number(const char *s, long long min, long long max,
		     const char *what)
{
	int64_t v;
	const char *end = scan_s64(s, &v);

	if (!end || *end)
		die_usage("%s: not a number: '%s'", what, s);
	if (v < min || v > max)
		die_usage("%s: %lld is out of range (%lld..%lld)", what, (long long)v, min, max);
	return v;
}
