
core.bpfeb.o:	file format elf64-bpf

Sections:
Idx Name                   Size     VMA              Type
  0                        00000000 0000000000000000 
  1 .strtab                00000109 0000000000000000 
  2 .text                  00000000 0000000000000000 TEXT
  3 kprobe/resolves        000001c8 0000000000000000 TEXT
  4 kprobe/stale           000000a8 0000000000000000 TEXT
  5 license                00000004 0000000000000000 DATA
  6 .debug_loclists        00000098 0000000000000000 DEBUG
  7 .debug_abbrev          00000133 0000000000000000 DEBUG
  8 .debug_info            00000234 0000000000000000 DEBUG
  9 .rel.debug_info        00000060 0000000000000000 
 10 .debug_rnglists        00000019 0000000000000000 DEBUG
 11 .debug_str_offsets     000000e0 0000000000000000 DEBUG
 12 .rel.debug_str_offsets 00000360 0000000000000000 
 13 .debug_str             000002fd 0000000000000000 DEBUG
 14 .debug_addr            00000030 0000000000000000 DEBUG
 15 .rel.debug_addr        00000050 0000000000000000 
 16 .BTF                   0000089e 0000000000000000 
 17 .rel.BTF               00000010 0000000000000000 
 18 .BTF.ext               000003dc 0000000000000000 
 19 .rel.BTF.ext           00000390 0000000000000000 
 20 .debug_frame           00000040 0000000000000000 DEBUG
 21 .rel.debug_frame       00000040 0000000000000000 
 22 .debug_line            00000114 0000000000000000 DEBUG
 23 .rel.debug_line        00000090 0000000000000000 
 24 .debug_line_str        0000007b 0000000000000000 DEBUG
 25 .llvm_addrsig          00000003 0000000000000000 
 26 .symtab                00000180 0000000000000000 
