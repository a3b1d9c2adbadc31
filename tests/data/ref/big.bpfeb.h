
big.bpfeb.o:	file format elf64-bpf

Sections:
Idx Name                   Size     VMA              Type
  0                        00000000 0000000000000000 
  1 .strtab                00000be6 0000000000000000 
  2 .text                  00000078 0000000000000000 TEXT
  3 xdp                    000599e0 0000000000000000 TEXT
  4 .relxdp                0000dc00 0000000000000000 
  5 .maps                  00000040 0000000000000000 DATA
  6 license                00000004 0000000000000000 DATA
  7 .debug_loclists        0000b124 0000000000000000 DEBUG
  8 .debug_abbrev          000001d6 0000000000000000 DEBUG
  9 .debug_info            0000d850 0000000000000000 DEBUG
 10 .rel.debug_info        00000060 0000000000000000 
 11 .debug_rnglists        00000020 0000000000000000 DEBUG
 12 .debug_str_offsets     000005cc 0000000000000000 DEBUG
 13 .rel.debug_str_offsets 00001710 0000000000000000 
 14 .debug_str             00000ca0 0000000000000000 DEBUG
 15 .debug_addr            00005a28 0000000000000000 DEBUG
 16 .rel.debug_addr        0000b440 0000000000000000 
 17 .BTF                   0000abb8 0000000000000000 
 18 .rel.BTF               00000030 0000000000000000 
 19 .BTF.ext               000700f0 0000000000000000 
 20 .rel.BTF.ext           00070ab0 0000000000000000 
 21 .debug_frame           00001e28 0000000000000000 DEBUG
 22 .rel.debug_frame       00002820 0000000000000000 
 23 .debug_line            0001cb98 0000000000000000 DEBUG
 24 .rel.debug_line        000000b0 0000000000000000 
 25 .debug_line_str        00000080 0000000000000000 DEBUG
 26 .llvm_addrsig          00000214 0000000000000000 
 27 .symtab                00001f98 0000000000000000 
