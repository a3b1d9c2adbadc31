
pkg/relocs_read_tgt-el.elf:	file format elf64-bpf
