// SPDX-License-Identifier: GPL-2.0-only
/* libFuzzer: the BPF instruction decoder and both printers, on the input
 * as instructions of either byte order. */
#include <stdint.h>
#include <stddef.h>

#include "bpf_insn.h"

static const char *name(void *ctx, int32_t id)
{
	(void)ctx;
	return id & 1 ? "bpf_helper" : NULL;
}

static const char *map(void *ctx, long long index)
{
	(void)ctx;
	return index & 1 ? "map[m]" : NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bpf_names names = { name, map, NULL };

	for (int big = 0; big < 2; big++)
		for (size_t off = 0; off + 8 <= size; off += 8) {
			struct bpf_insn in, nx;
			struct bpf_text t;
			int has_next = off + 16 <= size;

			bpf_insn_decode(data + off, big, &in);
			if (has_next)
				bpf_insn_decode(data + off + 8, big, &nx);
			bpf_format_llvm(&in, has_next ? &nx : NULL, (long long)(off / 8), &t);
			bpf_format_kernel(&in, has_next ? &nx : NULL, (long long)(off / 8), &names, &t);
		}
	return 0;
}
