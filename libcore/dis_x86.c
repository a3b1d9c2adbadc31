// SPDX-License-Identifier: GPL-2.0-only
/* x86-64 and x86-32 through Zydis: the only file that includes it. */
#include <stdio.h>

#include <Zydis/Zydis.h>

#include "dis.h"

/* Zydis' decoder and formatter for one use; one use at a time. */
struct x86_state {
	ZydisDecoder dec;
	ZydisFormatter fmt;
};
static struct x86_state x86_state;

static int x86_open(struct dis *d)
{
	struct x86_state *s = &x86_state;
	ZydisFormatter *f = &s->fmt;

	if (d->m->variant == 32)
		ZydisDecoderInit(&s->dec, ZYDIS_MACHINE_MODE_LEGACY_32, ZYDIS_STACK_WIDTH_32);
	else
		ZydisDecoderInit(&s->dec, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
	ZydisFormatterInit(f, d->intel ? ZYDIS_FORMATTER_STYLE_INTEL : ZYDIS_FORMATTER_STYLE_ATT);
	/* Lowercase, unpadded numbers, as objdump and the kernel print them. */
	ZydisFormatterSetProperty(f, ZYDIS_FORMATTER_PROP_HEX_UPPERCASE, ZYAN_FALSE);
	ZydisFormatterSetProperty(f, ZYDIS_FORMATTER_PROP_ADDR_PADDING_ABSOLUTE, ZYDIS_PADDING_DISABLED);
	ZydisFormatterSetProperty(f, ZYDIS_FORMATTER_PROP_ADDR_PADDING_RELATIVE, ZYDIS_PADDING_DISABLED);
	ZydisFormatterSetProperty(f, ZYDIS_FORMATTER_PROP_DISP_PADDING, ZYDIS_PADDING_DISABLED);
	ZydisFormatterSetProperty(f, ZYDIS_FORMATTER_PROP_IMM_PADDING, ZYDIS_PADDING_DISABLED);
	ZydisFormatterSetProperty(f, ZYDIS_FORMATTER_PROP_IMM_SIGNEDNESS, ZYDIS_SIGNEDNESS_UNSIGNED);
	d->state = s;
	return 0;
}

static void x86_decode(const struct dis *d, const unsigned char *code, size_t avail,
		       uint64_t addr, struct dis_insn *out)
{
	struct x86_state *s = d->state;
	ZydisDecoderContext ctx;
	ZydisDecodedInstruction in;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT_VISIBLE];
	ZyanU64 abs;

	/* Two steps, visible operands only: DecodeFull fills every operand
	 * slot and dominated the run time on big logs. */
	if (!ZYAN_SUCCESS(ZydisDecoderDecodeInstruction(&s->dec, &ctx, code, avail, &in)) ||
	    !ZYAN_SUCCESS(ZydisDecoderDecodeOperands(&s->dec, &ctx, &in, ops,
						     in.operand_count_visible))) {
		snprintf(out->text, sizeof(out->text), "(bad)");
		out->len = 1;
		return;
	}
	out->known = 1;
	out->len = in.length;
	if (!ZYAN_SUCCESS(ZydisFormatterFormatInstruction(&s->fmt, &in, ops,
							  in.operand_count_visible, out->text,
							  sizeof(out->text), addr, ZYAN_NULL)))
		snprintf(out->text, sizeof(out->text), "(unformattable)");
	if ((in.meta.category == ZYDIS_CATEGORY_CALL || in.meta.category == ZYDIS_CATEGORY_UNCOND_BR) &&
	    in.operand_count_visible == 1 && ops[0].type == ZYDIS_OPERAND_TYPE_IMMEDIATE &&
	    ops[0].imm.is_relative && ZYAN_SUCCESS(ZydisCalcAbsoluteAddress(&in, &ops[0], addr, &abs))) {
		out->has_target = 1;
		out->target = abs;
	}
}

const struct dis_machine dis_x86_64 = {
	.name = "x86-64", .alias = "x86_64", .unit = 1,
	.addr_digits = 16, .bytes_per_line = 7, .chunk = 1,
	.objdump = "x86_64-linux-gnu -m i386:x86-64",
	.decode = x86_decode, .open = x86_open, .variant = 64,
};

const struct dis_machine dis_x86_32 = {
	.name = "x86-32", .unit = 1, .addr_digits = 8, .bytes_per_line = 7, .chunk = 1,
	.objdump = "x86_64-linux-gnu -m i386",
	.decode = x86_decode, .open = x86_open, .variant = 32,
};
