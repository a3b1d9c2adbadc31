
bad_code.bpfel.o:	file format elf64-bpf

Sections:
Idx Name          Size     VMA              Type
  0               00000000 0000000000000000 
  1 .strtab       00000045 0000000000000000 
  2 .text         00000000 0000000000000000 TEXT
  3 xdp           00000048 0000000000000000 TEXT
  4 .relxdp       00000010 0000000000000000 
  5 tc            00008028 0000000000000000 TEXT
  6 .symtab       00000060 0000000000000000 
