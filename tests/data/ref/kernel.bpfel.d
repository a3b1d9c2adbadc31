
kernel.bpfel.o:	file format elf64-bpf
