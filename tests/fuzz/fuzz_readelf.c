// SPDX-License-Identifier: GPL-2.0-only
/* libFuzzer: everything bpf-readelf parses (ELF headers, sections,
 * symbols, relocations, legacy and BTF maps, BTF, BTF.ext, line info,
 * CO-RE records) and prints (both disassembly syntaxes and both
 * immediate dialects, JSON), on one input as an object; and CO-RE
 * resolution with the input as the kernel's BTF too. */
#include <stdlib.h>

#include "fuzz_common.h"

/* No default target: the running kernel's 5 MB of BTF per input would
 * make the fuzzer crawl (--btf gives it the input instead). */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	setenv("BPFBOX_ROOT", "/nonexistent-bpfbox-fuzz", 1);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64];
	int fd = fuzz_file(data, size, path);
	const char *modes[][8] = {
		{ "bpf-readelf", "-a", path, NULL },
		{ "bpf-readelf", "-d", "-r", "-v", "-l", path, NULL },
		{ "bpf-readelf", "-d", "-X", "-m", path, NULL },
		{ "bpf-readelf", "-j", "-d", "-B", path, NULL },
		{ "bpf-readelf", "-j", "-c", "-r", "--btf", path, path, NULL },
		{ "bpf-readelf", "-c", "-s", "-S", "--btf", path, path, NULL },
		{ "bpf-readelf", "--no-print-imm-hex", "-d", "-r", "-X", path, NULL },
	};

	if (fd < 0)
		return 0;
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
		fuzz_run(applet_readelf.main, modes[i]);
	close(fd);
	return 0;
}
