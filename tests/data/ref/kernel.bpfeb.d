
kernel.bpfeb.o:	file format elf64-bpf
