
xdp_blacklist.bpfeb.o:	file format elf64-bpf

Sections:
Idx Name          Size     VMA              Type
  0               00000000 0000000000000000 
  1 .strtab       00000073 0000000000000000 
  2 .text         00000000 0000000000000000 TEXT
  3 xdp_prog      00000208 0000000000000000 TEXT
  4 .relxdp_prog  00000050 0000000000000000 
  5 maps          00000028 0000000000000000 DATA
  6 license       00000004 0000000000000000 DATA
  7 version       00000004 0000000000000000 DATA
  8 .llvm_addrsig 00000005 0000000000000000 
  9 .symtab       000000a8 0000000000000000 
