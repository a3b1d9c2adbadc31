
kconfig_linux.bpfeb.o:	file format elf64-bpf

Disassembly of section xdp:

0000000000000000 <kconfig_linux>:
       0:	18 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00	r1 = 0x0 ll
		0000000000000000:  R_BPF_64_64	LINUX_BPFBOX_UNKNOWN
       2:	61 01 00 00 00 00 00 00	r0 = *(u32 *)(r1 + 0x0)
       3:	95 00 00 00 00 00 00 00	exit
