
isa_v4.bpfeb.o:	file format elf64-bpf

Sections:
Idx Name                   Size     VMA              Type
  0                        00000000 0000000000000000 
  1 .strtab                00000121 0000000000000000 
  2 .text                  000000a0 0000000000000000 TEXT
  3 xdp                    00000218 0000000000000000 TEXT
  4 .relxdp                00000020 0000000000000000 
  5 .maps                  00000020 0000000000000000 DATA
  6 license                00000004 0000000000000000 DATA
  7 .debug_loclists        000000cc 0000000000000000 DEBUG
  8 .debug_abbrev          00000161 0000000000000000 DEBUG
  9 .debug_info            000001ee 0000000000000000 DEBUG
 10 .rel.debug_info        00000060 0000000000000000 
 11 .debug_rnglists        00000019 0000000000000000 DEBUG
 12 .debug_str_offsets     000000c0 0000000000000000 DEBUG
 13 .rel.debug_str_offsets 000002e0 0000000000000000 
 14 .debug_str             000001ab 0000000000000000 DEBUG
 15 .debug_addr            00000038 0000000000000000 DEBUG
 16 .rel.debug_addr        00000060 0000000000000000 
 17 .BTF                   000005d8 0000000000000000 
 18 .rel.BTF               00000020 0000000000000000 
 19 .BTF.ext               00000358 0000000000000000 
 20 .rel.BTF.ext           00000320 0000000000000000 
 21 .debug_frame           00000040 0000000000000000 DEBUG
 22 .rel.debug_frame       00000040 0000000000000000 
 23 .debug_line            0000019c 0000000000000000 DEBUG
 24 .rel.debug_line        000000a0 0000000000000000 
 25 .debug_line_str        00000083 0000000000000000 DEBUG
 26 .llvm_addrsig          00000003 0000000000000000 
 27 .symtab                000001b0 0000000000000000 
