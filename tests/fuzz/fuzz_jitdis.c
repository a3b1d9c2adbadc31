// SPDX-License-Identifier: GPL-2.0-only
/* libFuzzer: the kernel-log JIT dump parser of bpf-jitdis and what it
 * prints, on one input as a log file. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64];
	int fd = fuzz_file(data, size, path);
	const char *modes[][10] = {
		{ "bpf-jitdis", "-o", path, NULL },
		{ "bpf-jitdis", "-l", path, NULL },
		{ "bpf-jitdis", "-j", "-n", "-1", path, NULL },
		{ "bpf-jitdis", "-m", "x86-32", "-M", "intel", "-A", path, NULL },
		{ "bpf-jitdis", "-m", "arm64", "-c", "xdp", path, NULL },
	};

	if (fd < 0)
		return 0;
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
		fuzz_run(applet_jitdis.main, modes[i]);
	close(fd);
	return 0;
}
