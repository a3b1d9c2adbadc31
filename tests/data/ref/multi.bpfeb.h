
multi.bpfeb.o:	file format elf64-bpf

Sections:
Idx Name                                     Size     VMA              Type
  0                                          00000000 0000000000000000 
  1 .strtab                                  00000220 0000000000000000 
  2 .text                                    000000b8 0000000000000000 TEXT
  3 .rel.text                                00000010 0000000000000000 
  4 xdp                                      000001c8 0000000000000000 TEXT
  5 .relxdp                                  00000080 0000000000000000 
  6 tc                                       00000128 0000000000000000 TEXT
  7 .reltc                                   00000050 0000000000000000 
  8 tracepoint/syscalls/sys_enter_execve     00000100 0000000000000000 TEXT
  9 .reltracepoint/syscalls/sys_enter_execve 00000020 0000000000000000 
 10 kprobe/do_unlinkat                       00000040 0000000000000000 TEXT
 11 .relkprobe/do_unlinkat                   00000010 0000000000000000 
 12 cgroup_skb/egress                        00000050 0000000000000000 TEXT
 13 .relcgroup_skb/egress                    00000010 0000000000000000 
 14 socket                                   00000028 0000000000000000 TEXT
 15 .maps                                    000000e0 0000000000000000 DATA
 16 .rel.maps                                00000010 0000000000000000 
 17 .rodata                                  0000000c 0000000000000000 DATA
 18 .data                                    00000008 0000000000000000 DATA
 19 .bss                                     00000010 0000000000000000 BSS
 20 license                                  0000000d 0000000000000000 DATA
 21 .debug_loclists                          0000010a 0000000000000000 DEBUG
 22 .debug_abbrev                            00000202 0000000000000000 DEBUG
 23 .debug_info                              000009c4 0000000000000000 DEBUG
 24 .rel.debug_info                          00000060 0000000000000000 
 25 .debug_rnglists                          0000002a 0000000000000000 DEBUG
 26 .debug_str_offsets                       00000280 0000000000000000 DEBUG
 27 .rel.debug_str_offsets                   000009e0 0000000000000000 
 28 .debug_str                               0000059c 0000000000000000 DEBUG
 29 .debug_addr                              000000d8 0000000000000000 DEBUG
 30 .rel.debug_addr                          000001a0 0000000000000000 
 31 .BTF                                     00001576 0000000000000000 
 32 .rel.BTF                                 000000d0 0000000000000000 
 33 .BTF.ext                                 000005d8 0000000000000000 
 34 .rel.BTF.ext                             00000580 0000000000000000 
 35 .debug_frame                             000000d0 0000000000000000 DEBUG
 36 .rel.debug_frame                         00000100 0000000000000000 
 37 .debug_line                              000002a5 0000000000000000 DEBUG
 38 .rel.debug_line                          00000100 0000000000000000 
 39 .debug_line_str                          0000008a 0000000000000000 DEBUG
 40 .llvm_addrsig                            00000012 0000000000000000 
 41 .symtab                                  000003a8 0000000000000000 
