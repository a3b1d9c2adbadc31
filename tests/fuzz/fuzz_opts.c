// SPDX-License-Identifier: GPL-2.0-only
/* libFuzzer: the option parser with each applet's option table, on the
 * input split at NUL bytes into argv (the first byte picks the applet).
 * Only parsing: the applets themselves would change system settings. */
#include "fuzz_common.h"

static const struct opt *table;
static int ntable;

static int parse_only(int argc, char **argv)
{
	struct opt_slot slots[32];
	struct opt_result res;

	memset(slots, 0, sizeof(slots));
	opt_parse(argc, argv, table, ntable, slots, &res, "usage\n");
	for (int i = 0; i < ntable; i++)
		if (slots[i].arg)
			(void)strlen(slots[i].arg);
	for (int i = 0; i < res.nargs; i++)
		(void)strlen(res.args[i]);
	for (int i = 0; i < res.nrest; i++)
		(void)strlen(res.rest[i]);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct applet *const all[] = { &applet_memlock, &applet_jit, &applet_readelf,
					     &applet_jitdis };
	char buf[512];
	const char *args[32] = { "applet" };
	int n = 1;

	if (size < 1 || size >= sizeof(buf))
		return 0;
	table = all[data[0] % 4]->opts;
	ntable = all[data[0] % 4]->nopts;
	memcpy(buf, data + 1, size - 1);
	buf[size - 1] = 0;
	for (size_t i = 0; i < size - 1 && n < 31; ) {
		args[n++] = buf + i;
		i += strlen(buf + i) + 1;
	}
	args[n] = NULL;
	fuzz_run(parse_only, args);
	return 0;
}
