
tc_iproute2.bpfeb.o:	file format elf64-bpf

Sections:
Idx Name           Size     VMA              Type
  0                00000000 0000000000000000 
  1 .strtab        00000070 0000000000000000 
  2 .text          00000000 0000000000000000 TEXT
  3 classifier     00000118 0000000000000000 TEXT
  4 .relclassifier 00000030 0000000000000000 
  5 maps           00000048 0000000000000000 DATA
  6 license        00000004 0000000000000000 DATA
  7 .llvm_addrsig  00000004 0000000000000000 
  8 .symtab        00000090 0000000000000000 
