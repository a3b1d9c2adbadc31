
kconfig.bpfel.o:	file format elf64-bpf

Sections:
Idx Name                   Size     VMA              Type
  0                        00000000 0000000000000000 
  1 .strtab                0000015a 0000000000000000 
  2 .text                  00000000 0000000000000000 TEXT
  3 xdp                    000000c0 0000000000000000 TEXT
  4 .relxdp                00000060 0000000000000000 
  5 license                00000004 0000000000000000 DATA
  6 .debug_abbrev          0000008d 0000000000000000 DEBUG
  7 .debug_info            000000aa 0000000000000000 DEBUG
  8 .rel.debug_info        00000040 0000000000000000 
  9 .debug_str_offsets     0000004c 0000000000000000 DEBUG
 10 .rel.debug_str_offsets 00000110 0000000000000000 
 11 .debug_str             0000010c 0000000000000000 DEBUG
 12 .debug_addr            00000048 0000000000000000 DEBUG
 13 .rel.debug_addr        00000080 0000000000000000 
 14 .BTF                   00000311 0000000000000000 
 15 .rel.BTF               00000070 0000000000000000 
 16 .BTF.ext               00000100 0000000000000000 
 17 .rel.BTF.ext           000000d0 0000000000000000 
 18 .debug_frame           00000028 0000000000000000 DEBUG
 19 .rel.debug_frame       00000020 0000000000000000 
 20 .debug_line            00000080 0000000000000000 DEBUG
 21 .rel.debug_line        00000030 0000000000000000 
 22 .debug_line_str        00000024 0000000000000000 DEBUG
 23 .llvm_addrsig          00000002 0000000000000000 
 24 .symtab                000001b0 0000000000000000 
