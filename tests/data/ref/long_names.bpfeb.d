
long_names.bpfeb.o:	file format elf64-bpf

Disassembly of section socket:

0000000000000000 <count_oversized_frames_per_queue>:
       0:	b7 00 00 00 00 00 00 00	r0 = 0x0
       1:	61 21 00 00 00 00 00 00	r2 = *(u32 *)(r1 + 0x0)
       2:	b7 30 00 00 00 00 05 dd	r3 = 0x5dd
       3:	2d 32 00 08 00 00 00 00	if r3 > r2 goto +0x8 <count_oversized_frames_per_queue+0x60>
       4:	61 21 00 0c 00 00 00 00	r2 = *(u32 *)(r1 + 0xc)
       5:	25 20 00 06 00 00 00 3f	if r2 > 0x3f goto +0x6 <count_oversized_frames_per_queue+0x60>
       6:	61 21 00 10 00 00 00 00	r2 = *(u32 *)(r1 + 0x10)
       7:	15 20 00 04 00 00 00 00	if r2 == 0x0 goto +0x4 <count_oversized_frames_per_queue+0x60>
       8:	61 11 00 14 00 00 00 00	r1 = *(u32 *)(r1 + 0x14)
       9:	b7 00 00 00 00 00 00 01	r0 = 0x1
      10:	15 10 00 01 00 00 00 00	if r1 == 0x0 goto +0x1 <count_oversized_frames_per_queue+0x60>
      11:	b7 00 00 00 00 00 00 00	r0 = 0x0
      12:	95 00 00 00 00 00 00 00	exit
