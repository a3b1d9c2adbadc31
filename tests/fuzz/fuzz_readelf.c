// SPDX-License-Identifier: GPL-2.0-only
/* libFuzzer: everything bpf-readelf parses (ELF headers, sections,
 * symbols, relocations, legacy and BTF maps, BTF, BTF.ext, line info) and
 * prints (both disassembly syntaxes, JSON), on one input as an object. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64];
	int fd = fuzz_file(data, size, path);
	const char *modes[][8] = {
		{ "bpf-readelf", "-a", path, NULL },
		{ "bpf-readelf", "-d", "-r", "-v", "-l", path, NULL },
		{ "bpf-readelf", "-d", "-X", "-m", path, NULL },
		{ "bpf-readelf", "-j", "-d", "-B", path, NULL },
	};

	if (fd < 0)
		return 0;
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
		fuzz_run(applet_readelf.main, modes[i]);
	close(fd);
	return 0;
}
