# SPDX-License-Identifier: GPL-2.0-only
# Writes an assembler file with every opcode byte (0-255) combined with a
# spread of src registers, offsets and immediates: 286,720 slots that
# show how LLVM 19's BPF disassembler treats fields an instruction does
# not use, and which encodings it calls <unknown>.  bpf-readelf -d must
# print the same text for each.  Run with -v be=1 for big-endian.
function ins(op, dst, src, off, imm,   regs) {
	if (off < 0) off += 65536
	if (imm < 0) imm += 4294967296
	regs = be ? dst * 16 + src : src * 16 + dst
	if (be)
		printf "\t.byte\t%d,%d,%d,%d,%d,%d,%d,%d\n", op, regs, int(off / 256), off % 256,
			int(imm / 16777216), int(imm / 65536) % 256, int(imm / 256) % 256, imm % 256
	else
		printf "\t.byte\t%d,%d,%d,%d,%d,%d,%d,%d\n", op, regs, off % 256, int(off / 256),
			imm % 256, int(imm / 256) % 256, int(imm / 65536) % 256, int(imm / 16777216)
}
BEGIN {
	ns = split("0 1 2 3 4 5 6 7 10 11", srcs, " ")
	no = split("0 1 8 16 32 3 -4", offs, " ")
	ni = split("0 1 16 32 64 65 80 81 160 161 225 241 256 272 -5 7", imms, " ")
	print "\t.section\tmatrix,\"ax\",@progbits\n\t.globl\tmatrix_start\n\t.type\tmatrix_start,@function\nmatrix_start:"
	for (op = 0; op < 256; op++)
		for (s = 1; s <= ns; s++)
			for (o = 1; o <= no; o++)
				for (i = 1; i <= ni; i++) {
					ins(op, 3, srcs[s], offs[o], imms[i])
					if (op == 24)
						ins(0, 0, 0, 0, 17)
				}
	print "\t.section\tlicense,\"aw\",@progbits\n\t.asciz\t\"GPL\""
}
