
core_deep.bpfeb.o:	file format elf64-bpf

Disassembly of section socket:

0000000000000000 <deep_match>:
       0:	b7 00 00 00 00 00 00 01	r0 = 0x1
		0000000000000000:  CO-RE <type_matches> [19] typedef deep15
       1:	95 00 00 00 00 00 00 00	exit
