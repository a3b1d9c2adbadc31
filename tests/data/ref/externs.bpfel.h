
externs.bpfel.o:	file format elf64-bpf

Sections:
Idx Name                     Size     VMA              Type
  0                          00000000 0000000000000000 
  1 .strtab                  00000147 0000000000000000 
  2 .text                    00000000 0000000000000000 TEXT
  3 ?tp_btf/sched_switch     00000070 0000000000000000 TEXT
  4 .rel?tp_btf/sched_switch 00000060 0000000000000000 
  5 license                  00000004 0000000000000000 DATA
  6 .debug_abbrev            000000a7 0000000000000000 DEBUG
  7 .debug_info              00000098 0000000000000000 DEBUG
  8 .rel.debug_info          00000040 0000000000000000 
  9 .debug_str_offsets       00000044 0000000000000000 DEBUG
 10 .rel.debug_str_offsets   000000f0 0000000000000000 
 11 .debug_str               000000e5 0000000000000000 DEBUG
 12 .debug_addr              00000040 0000000000000000 DEBUG
 13 .rel.debug_addr          00000070 0000000000000000 
 14 .BTF                     000002f2 0000000000000000 
 15 .rel.BTF                 00000060 0000000000000000 
 16 .BTF.ext                 000000d0 0000000000000000 
 17 .rel.BTF.ext             000000a0 0000000000000000 
 18 .debug_frame             00000028 0000000000000000 DEBUG
 19 .rel.debug_frame         00000020 0000000000000000 
 20 .debug_line              00000074 0000000000000000 DEBUG
 21 .rel.debug_line          00000030 0000000000000000 
 22 .debug_line_str          00000027 0000000000000000 DEBUG
 23 .llvm_addrsig            00000003 0000000000000000 
 24 .symtab                  00000198 0000000000000000 
