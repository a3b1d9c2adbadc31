// SPDX-License-Identifier: GPL-2.0-only
/* A 32-bit x86 code image for bpf-jitdis -m x86-32 (no x86-32 BPF JIT runs
 * here): compiled by gen.sh with gcc -m32 into the x86-32.log dump. */
struct ctx { unsigned len, proto, mark; unsigned char data[64]; };
unsigned long long prog(struct ctx *c, unsigned long long *map)
{
	unsigned long long h = 0x9e3779b9;
	for (unsigned i = 0; i < 16; i++)
		h = (h ^ c->data[i]) * 0x100000001b3ULL;
	if (c->len > 1500) return 0;
	map[c->proto & 7] += c->len;
	c->mark = (unsigned)(h >> 32);
	return h & 1 ? 2 : 1;
}
