
core_deep.bpfeb.o:	file format elf64-bpf

Sections:
Idx Name                   Size     VMA              Type
  0                        00000000 0000000000000000 
  1 .strtab                000000ea 0000000000000000 
  2 .text                  00000000 0000000000000000 TEXT
  3 socket                 00000010 0000000000000000 TEXT
  4 license                00000004 0000000000000000 DATA
  5 .debug_abbrev          000000fe 0000000000000000 DEBUG
  6 .debug_info            000003c5 0000000000000000 DEBUG
  7 .rel.debug_info        00000040 0000000000000000 
  8 .debug_str_offsets     00000164 0000000000000000 DEBUG
  9 .rel.debug_str_offsets 00000570 0000000000000000 
 10 .debug_str             00000363 0000000000000000 DEBUG
 11 .debug_addr            00000018 0000000000000000 DEBUG
 12 .rel.debug_addr        00000020 0000000000000000 
 13 .BTF                   000009f0 0000000000000000 
 14 .rel.BTF               00000010 0000000000000000 
 15 .BTF.ext               0000006c 0000000000000000 
 16 .rel.BTF.ext           00000030 0000000000000000 
 17 .debug_frame           00000028 0000000000000000 DEBUG
 18 .rel.debug_frame       00000020 0000000000000000 
 19 .debug_line            000000bb 0000000000000000 DEBUG
 20 .rel.debug_line        000000a0 0000000000000000 
 21 .debug_line_str        0000008c 0000000000000000 DEBUG
 22 .llvm_addrsig          00000002 0000000000000000 
 23 .symtab                00000120 0000000000000000 
