
bad_license.bpfeb.o:	file format elf64-bpf

Sections:
Idx Name            Size     VMA              Type
  0                 00000000 0000000000000000 
  1 .strtab         00000067 0000000000000000 
  2 .text           00000000 0000000000000000 TEXT
  3 kprobe/vfs_read 00000098 0000000000000000 TEXT
  4 .rodata.str1.1  00000007 0000000000000000 DATA
  5 license         0000000c 0000000000000000 DATA
  6 .llvm_addrsig   00000002 0000000000000000 
  7 .symtab         00000060 0000000000000000 
