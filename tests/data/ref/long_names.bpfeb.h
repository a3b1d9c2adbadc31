
long_names.bpfeb.o:	file format elf64-bpf

Sections:
Idx Name                   Size     VMA              Type
  0                        00000000 0000000000000000 
  1 .strtab                00000111 0000000000000000 
  2 .text                  00000000 0000000000000000 TEXT
  3 socket                 00000068 0000000000000000 TEXT
  4 license                00000004 0000000000000000 DATA
  5 .debug_loclists        00000016 0000000000000000 DEBUG
  6 .debug_abbrev          000000eb 0000000000000000 DEBUG
  7 .debug_info            000003b7 0000000000000000 DEBUG
  8 .rel.debug_info        00000050 0000000000000000 
  9 .debug_str_offsets     00000154 0000000000000000 DEBUG
 10 .rel.debug_str_offsets 00000530 0000000000000000 
 11 .debug_str             00000338 0000000000000000 DEBUG
 12 .debug_addr            00000018 0000000000000000 DEBUG
 13 .rel.debug_addr        00000020 0000000000000000 
 14 .BTF                   000005f0 0000000000000000 
 15 .rel.BTF               00000010 0000000000000000 
 16 .BTF.ext               000000e0 0000000000000000 
 17 .rel.BTF.ext           000000b0 0000000000000000 
 18 .debug_frame           00000028 0000000000000000 DEBUG
 19 .rel.debug_frame       00000020 0000000000000000 
 20 .debug_line            000000c6 0000000000000000 DEBUG
 21 .rel.debug_line        00000080 0000000000000000 
 22 .debug_line_str        0000006c 0000000000000000 DEBUG
 23 .llvm_addrsig          00000002 0000000000000000 
 24 .symtab                00000138 0000000000000000 
