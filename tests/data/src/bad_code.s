# SPDX-License-Identifier: GPL-2.0-only
# Fixture for bpf-readelf -c: one program with each problem the checker
# names (a jump and a call leaving the section, a read below the 512-byte
# stack, an unknown opcode, a load of an undefined symbol, an ld_imm64
# cut by the section end), a program over 4096 instructions, and no
# license section.
	.section	xdp,"ax",@progbits
	.globl	bad_prog
	.type	bad_prog,@function
bad_prog:
	r0 = 0
	.byte	0x05,0x00,0x10,0x00,0x00,0x00,0x00,0x00	# goto +16: past the end
	.byte	0x85,0x10,0x00,0x00,0x40,0x00,0x00,0x00	# call +64: past the end
	r1 = *(u64 *)(r10 - 520)
	.byte	0xff,0x00,0x00,0x00,0x00,0x00,0x00,0x00	# no such opcode
	r1 = undefined_thing ll
	exit
	.byte	0x18,0x01,0x00,0x00,0x2a,0x00,0x00,0x00	# first half of ld_imm64
	.size	bad_prog, .-bad_prog

	.section	tc,"ax",@progbits
	.globl	huge_prog
	.type	huge_prog,@function
huge_prog:
	.rept	4100
	r0 += 1
	.endr
	exit
	.size	huge_prog, .-huge_prog
