// SPDX-License-Identifier: GPL-2.0-only
/* The machine-code decoders of this build, found by -m name. */
#include <string.h>

#include "config.h"
#include "dis.h"

extern const struct dis_machine dis_x86_64, dis_x86_32;
extern const struct dis_machine dis_riscv64;
extern const struct dis_machine dis_arm64;
extern const struct dis_machine dis_arm;
extern const struct dis_machine dis_mips, dis_mipsel, dis_mips64, dis_mips64el, dis_mipsr6,
	dis_mipselr6, dis_mips64r6, dis_mips64elr6;
extern const struct dis_machine dis_ppc64le, dis_ppc64, dis_ppc;

/* In the order -m lists them; configured-out decoders vanish. */
const struct dis_machine *const dis_machines[] = {
	IF_DIS_X86(&dis_x86_64, &dis_x86_32,)
	IF_DIS_RISCV(&dis_riscv64,)
	IF_DIS_ARM64(&dis_arm64,)
	IF_DIS_ARM(&dis_arm,)
	IF_DIS_MIPS(&dis_mips, &dis_mipsel, &dis_mips64, &dis_mips64el, &dis_mipsr6, &dis_mipselr6,
		    &dis_mips64r6, &dis_mips64elr6,)
	IF_DIS_PPC(&dis_ppc64le, &dis_ppc64, &dis_ppc,)
	NULL
};

const struct dis_machine *dis_machine_find(const char *name)
{
	for (const struct dis_machine *const *m = dis_machines; *m; m++)
		if (!strcmp((*m)->name, name) || ((*m)->alias && !strcmp((*m)->alias, name)))
			return *m;
	return NULL;
}

int dis_open(struct dis *d, const char *name, int intel)
{
	memset(d, 0, sizeof(*d));
	d->m = dis_machine_find(name);
	d->intel = intel;
	if (!d->m)
		return -1;
	return d->m->open ? d->m->open(d) : 0;
}

void dis_close(struct dis *d)
{
	/* A decoder's state is static storage: nothing to free. */
	memset(d, 0, sizeof(*d));
}

size_t dis_decode(const struct dis *d, const unsigned char *code, size_t avail,
		  uint64_t addr, struct dis_insn *out)
{
	memset(out, 0, offsetof(struct dis_insn, text));
	out->text[0] = 0;
	d->m->decode(d, code, avail, addr, out);
	/* Whatever a decoder says, the caller always moves forward and
	 * never past the bytes it has. */
	if (out->len < 1)
		out->len = 1;
	if (out->len > avail)
		out->len = (unsigned)avail;
	return out->len;
}
