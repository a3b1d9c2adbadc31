# SPDX-License-Identifier: GPL-2.0-only
# Writes an assembler file whose text section holds every BPF instruction
# encoding of ISA v1-v4 that LLVM 19 disassembles (each ALU/JMP operation
# in K and X form and both widths, every load/store size and mode, every
# atomic, byte swaps, ld_imm64 with each pseudo source, calls, exits),
# with varied registers, offsets and immediates, plus a few slots LLVM
# calls <unknown>.  Raw .byte lines, so the assembler cannot choose
# another encoding.  Run with -v be=1 for a big-endian object.
function ins(op, dst, src, off, imm,   regs) {
	if (off < 0) off += 65536
	if (imm < 0) imm += 4294967296
	regs = be ? dst * 16 + src : src * 16 + dst
	if (be)
		printf "\t.byte\t0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x\n", op, regs,
			int(off / 256), off % 256, int(imm / 16777216), int(imm / 65536) % 256, int(imm / 256) % 256, imm % 256
	else
		printf "\t.byte\t0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x\n", op, regs,
			off % 256, int(off / 256), imm % 256, int(imm / 256) % 256, int(imm / 65536) % 256, int(imm / 16777216)
}
BEGIN {
	print "\t.section\tinsns,\"ax\",@progbits"
	print "\t.globl\tall_insns\n\t.type\tall_insns,@function\nall_insns:"
	for (c = 0; c < 2; c++) {
		cls = c ? 7 : 4
		for (op = 0; op < 14; op++) {
			for (x = 0; x < 2; x++) {
				o = cls + op * 16 + x * 8
				if (op == 13) {
					if (cls == 7 && x) continue
					ins(o, 3, 0, 0, 16); ins(o, 4, 0, 0, 32); ins(o, 5, 0, 0, 64)
					continue
				}
				if (op == 8) { if (!x) ins(o, 2, 0, 0, 0); continue }
				ins(o, 2, 5, 0, -7); ins(o, 10, 1, 0, 2147483647); ins(o, 0, 9, 0, 0)
				if ((op == 3 || op == 9)) { ins(o, 2, 5, 1, -7); ins(o, 6, 7, 1, 100) }
				if (op == 11 && x) { ins(o, 2, 5, 8, 0); ins(o, 3, 4, 16, 0); if (cls == 7) ins(o, 1, 9, 32, 0) }
			}
		}
	}
	for (c = 0; c < 2; c++) {
		cls = c ? 6 : 5
		for (op = 0; op < 15; op++) {
			for (x = 0; x < 2; x++) {
				o = cls + op * 16 + x * 8
				if (op == 8) {
					if (cls == 5 && !x) { ins(o, 0, 0, 0, 1); ins(o, 0, 1, 0, -3); ins(o, 0, 2, 0, 77) }
					if (cls == 5 && x) ins(o, 5, 0, 0, 0)
					continue
				}
				if (op == 9) { if (cls == 5 && !x) ins(o, 0, 0, 0, 0); continue }
				if (op == 0) {
					if (x) continue
					if (cls == 5) { ins(o, 0, 0, 3, 0); ins(o, 0, 0, -2, 0); ins(o, 0, 0, 0, 0) }
					else { ins(o, 0, 0, 0, 2); ins(o, 0, 0, 0, -4) }
					continue
				}
				if (op == 14) { if (cls == 5 && !x) { ins(o, 0, 0, 2, 0); ins(o, 0, 0, -1, 0) } continue }
				ins(o, 1, 2, 3, -5); ins(o, 9, 0, -4, 16)
			}
		}
	}
	split("0 8 16 24", sizes, " ")
	for (s = 1; s <= 4; s++) {
		sz = sizes[s]
		if (sz != 24) {
			ins(32 + sz, 0, 0, 0, 42); ins(32 + sz, 0, 0, 0, -1)
			ins(64 + sz, 0, 2, 0, 0); ins(64 + sz, 0, 7, 0, 8)
			ins(129 + sz, 1, 2, -8, 0); ins(129 + sz, 3, 10, 2047, 0)
		}
		ins(97 + sz, 1, 2, -8, 0); ins(97 + sz, 3, 10, 32767, 0)
		ins(98 + sz, 10, 0, -8, 42); ins(98 + sz, 3, 0, -32768, -1)
		ins(99 + sz, 10, 2, -8, 0); ins(99 + sz, 1, 9, 16, 0)
	}
	ins(195, 1, 2, -8, 0); ins(195, 10, 3, 4, 0)
	n = split("0 1 64 65 80 81 160 161 225 241", atom, " ")
	for (a = 1; a <= n; a++) ins(219, 1, 2, -8, atom[a])
	for (s = 0; s < 7; s++) { ins(24, 1 + s, s, 0, 305419896); ins(0, 0, 0, 0, s ? 0 : -2) }
	ins(24, 0, 0, 0, 0); ins(0, 0, 0, 0, 0)
	ins(24, 9, 0, 0, -1); ins(0, 0, 0, 0, -1)
	ins(140, 1, 2, 0, 0); ins(255, 0, 0, 0, 0); ins(56, 0, 0, 0, 0)
	ins(149, 0, 0, 0, 0)
	print "\t.size\tall_insns, .-all_insns"
	print "\t.section\tlicense,\"aw\",@progbits\n\t.asciz\t\"GPL\""
}
