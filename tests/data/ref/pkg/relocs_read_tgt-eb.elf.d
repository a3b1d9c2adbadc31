
pkg/relocs_read_tgt-eb.elf:	file format elf64-bpf
