
allinsns.bpfeb.o:	file format elf64-bpf

Sections:
Idx Name          Size     VMA              Type
  0               00000000 0000000000000000 
  1 .strtab       00000029 0000000000000000 
  2 .text         00000000 0000000000000000 TEXT
  3 insns         00000b00 0000000000000000 TEXT
  4 license       00000004 0000000000000000 DATA
  5 .symtab       00000030 0000000000000000 
