
pkg/iproute2_map_compat-el.elf:	file format elf64-bpf
