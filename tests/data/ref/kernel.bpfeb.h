
kernel.bpfeb.o:	file format elf64-bpf

Sections:
Idx Name                   Size     VMA              Type
  0                        00000000 0000000000000000 
  1 .strtab                000000de 0000000000000000 
  2 .text                  00000000 0000000000000000 TEXT
  3 .bss                   0000054c 0000000000000000 BSS
  4 .debug_abbrev          000000bc 0000000000000000 DEBUG
  5 .debug_info            00000146 0000000000000000 DEBUG
  6 .rel.debug_info        00000040 0000000000000000 
  7 .debug_str_offsets     00000088 0000000000000000 DEBUG
  8 .rel.debug_str_offsets 00000200 0000000000000000 
  9 .debug_str             00000187 0000000000000000 DEBUG
 10 .debug_addr            00000028 0000000000000000 DEBUG
 11 .rel.debug_addr        00000040 0000000000000000 
 12 .BTF                   00000383 0000000000000000 
 13 .rel.BTF               00000040 0000000000000000 
 14 .debug_line            00000043 0000000000000000 DEBUG
 15 .rel.debug_line        00000020 0000000000000000 
 16 .debug_line_str        00000026 0000000000000000 DEBUG
 17 .llvm_addrsig          00000000 0000000000000000 
 18 .symtab                00000120 0000000000000000 
