
pkg/iproute2_map_compat-eb.elf:	file format elf64-bpf
