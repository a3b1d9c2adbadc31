
externs.bpfel.o:	file format elf64-bpf

Disassembly of section ?tp_btf/sched_switch:

0000000000000000 <externs>:
       0:	85 10 00 00 ff ff ff ff	call -0x1
		0000000000000000:  R_BPF_64_32	bpf_rcu_read_lock
       1:	18 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00	r1 = 0x0 ll
		0000000000000008:  R_BPF_64_64	bpf_no_such_kfunc
       3:	15 01 01 00 00 00 00 00	if r1 == 0x0 goto +0x1 <externs+0x28>
       4:	85 10 00 00 ff ff ff ff	call -0x1
		0000000000000020:  R_BPF_64_32	bpf_no_such_kfunc
       5:	85 10 00 00 ff ff ff ff	call -0x1
		0000000000000028:  R_BPF_64_32	bpf_rcu_read_unlock
       6:	18 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00	r1 = 0x0 ll
		0000000000000030:  R_BPF_64_64	LINUX_KERNEL_VERSION
       8:	61 11 00 00 00 00 00 00	r1 = *(u32 *)(r1 + 0x0)
       9:	18 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00	r2 = 0x0 ll
		0000000000000048:  R_BPF_64_64	CONFIG_HZ
      11:	61 20 00 00 00 00 00 00	r0 = *(u32 *)(r2 + 0x0)
      12:	0f 10 00 00 00 00 00 00	r0 += r1
      13:	95 00 00 00 00 00 00 00	exit
