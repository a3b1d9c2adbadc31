
sections.bpfel.o:	file format elf64-bpf

Sections:
Idx Name               Size     VMA              Type
  0                    00000000 0000000000000000 
  1 .strtab            00000088 0000000000000000 
  2 .text              00000000 0000000000000000 TEXT
  3 kprobe             00000008 0000000000000000 TEXT
  4 ?kretprobe/do_exit 00000008 0000000000000000 TEXT
  5 usdt               00000008 0000000000000000 TEXT
  6 ksyscall           00000008 0000000000000000 TEXT
  7 kprobe.multi       00000008 0000000000000000 TEXT
  8 uprobe.multi       00000008 0000000000000000 TEXT
  9 kretsyscall        00000008 0000000000000000 TEXT
 10 my_own_name        00000008 0000000000000000 TEXT
 11 static_one         00000008 0000000000000000 TEXT
 12 .symtab            000000f0 0000000000000000 
