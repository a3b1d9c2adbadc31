
core.bpfel.o:	file format elf64-bpf

Disassembly of section kprobe/resolves:

0000000000000000 <resolves>:
       0:	85 00 00 00 23 00 00 00	call 0x23
       1:	b7 01 00 00 20 00 00 00	r1 = 0x20
		0000000000000008:  CO-RE <byte_off> [5] struct task_struct___x::real_parent (0:4)
       2:	0f 10 00 00 00 00 00 00	r0 += r1
       3:	bf a1 00 00 00 00 00 00	r1 = r10
       4:	07 01 00 00 b8 ff ff ff	r1 += -0x48
       5:	b7 02 00 00 08 00 00 00	r2 = 0x8
       6:	bf 03 00 00 00 00 00 00	r3 = r0
       7:	85 00 00 00 71 00 00 00	call 0x71
       8:	b7 01 00 00 04 00 00 00	r1 = 0x4
		0000000000000040:  CO-RE <byte_off> [5] struct task_struct___x::tgid (0:1)
       9:	79 a3 b8 ff 00 00 00 00	r3 = *(u64 *)(r10 - 0x48)
      10:	0f 13 00 00 00 00 00 00	r3 += r1
      11:	bf a1 00 00 00 00 00 00	r1 = r10
      12:	07 01 00 00 b0 ff ff ff	r1 += -0x50
      13:	b7 02 00 00 04 00 00 00	r2 = 0x4
      14:	85 00 00 00 71 00 00 00	call 0x71
      15:	61 a1 b0 ff 00 00 00 00	r1 = *(u32 *)(r10 - 0x50)
      16:	67 01 00 00 20 00 00 00	r1 <<= 0x20
      17:	c7 01 00 00 20 00 00 00	r1 s>>= 0x20
      18:	7b 1a f8 ff 00 00 00 00	*(u64 *)(r10 - 0x8) = r1
      19:	b7 01 00 00 10 00 00 00	r1 = 0x10
		0000000000000098:  CO-RE <byte_sz> [5] struct task_struct___x::comm (0:2)
      20:	7b 1a f0 ff 00 00 00 00	*(u64 *)(r10 - 0x10) = r1
      21:	b7 01 00 00 01 00 00 00	r1 = 0x1
		00000000000000a8:  CO-RE <field_exists> [5] struct task_struct___x::pid (0:0)
      22:	7b 1a e8 ff 00 00 00 00	*(u64 *)(r10 - 0x18) = r1
      23:	b7 01 00 00 01 00 00 00	r1 = 0x1
		00000000000000b8:  CO-RE <field_exists> [5] struct task_struct___x::no_such_field_in_any_kernel (0:5)
      24:	7b 1a e0 ff 00 00 00 00	*(u64 *)(r10 - 0x20) = r1
      25:	b7 01 00 00 01 00 00 00	r1 = 0x1
		00000000000000c8:  CO-RE <signed> [5] struct task_struct___x::pid (0:0)
      26:	7b 1a d8 ff 00 00 00 00	*(u64 *)(r10 - 0x28) = r1
      27:	b7 01 00 00 3f 00 00 00	r1 = 0x3f
		00000000000000d8:  CO-RE <lshift_u64> [5] struct task_struct___x::sched_reset_on_fork (0:3)
      28:	7b 1a d0 ff 00 00 00 00	*(u64 *)(r10 - 0x30) = r1
      29:	b7 01 00 00 3f 00 00 00	r1 = 0x3f
		00000000000000e8:  CO-RE <rshift_u64> [5] struct task_struct___x::sched_reset_on_fork (0:3)
      30:	7b 1a c8 ff 00 00 00 00	*(u64 *)(r10 - 0x38) = r1
      31:	18 01 00 00 05 00 00 00 00 00 00 00 00 00 00 00	r1 = 0x5 ll
		00000000000000f8:  CO-RE <local_type_id> [5] struct task_struct___x
      33:	7b 1a c0 ff 00 00 00 00	*(u64 *)(r10 - 0x40) = r1
      34:	18 01 00 00 05 00 00 00 00 00 00 00 00 00 00 00	r1 = 0x5 ll
		0000000000000110:  CO-RE <target_type_id> [5] struct task_struct___x
      36:	7b 1a b8 ff 00 00 00 00	*(u64 *)(r10 - 0x48) = r1
      37:	b7 01 00 00 01 00 00 00	r1 = 0x1
		0000000000000128:  CO-RE <type_exists> [5] struct task_struct___x
      38:	7b 1a b0 ff 00 00 00 00	*(u64 *)(r10 - 0x50) = r1
      39:	b7 01 00 00 10 00 00 00	r1 = 0x10
		0000000000000138:  CO-RE <type_size> [11] struct list_head___x
      40:	7b 1a a8 ff 00 00 00 00	*(u64 *)(r10 - 0x58) = r1
      41:	b7 01 00 00 01 00 00 00	r1 = 0x1
		0000000000000148:  CO-RE <type_matches> [11] struct list_head___x
      42:	7b 1a a0 ff 00 00 00 00	*(u64 *)(r10 - 0x60) = r1
      43:	18 01 00 00 01 00 00 00 00 00 00 00 00 00 00 00	r1 = 0x1 ll
		0000000000000158:  CO-RE <enumval_exists> [13] enum bpf_map_type___x::BPF_MAP_TYPE_RINGBUF___x = 27
      45:	7b 1a 98 ff 00 00 00 00	*(u64 *)(r10 - 0x68) = r1
      46:	18 01 00 00 1b 00 00 00 00 00 00 00 00 00 00 00	r1 = 0x1b ll
		0000000000000170:  CO-RE <enumval_value> [13] enum bpf_map_type___x::BPF_MAP_TYPE_RINGBUF___x = 27
      48:	7b 1a 90 ff 00 00 00 00	*(u64 *)(r10 - 0x70) = r1
      49:	b7 01 00 00 01 00 00 00	r1 = 0x1
		0000000000000188:  CO-RE <type_exists> [14] struct bpfbox_no_such_type
      50:	7b 1a 88 ff 00 00 00 00	*(u64 *)(r10 - 0x78) = r1
      51:	b7 01 00 00 08 00 00 00	r1 = 0x8
		0000000000000198:  CO-RE <byte_off> [5] struct task_struct___x::comm (0:2)
      52:	7b 1a 80 ff 00 00 00 00	*(u64 *)(r10 - 0x80) = r1
      53:	79 a1 f8 ff 00 00 00 00	r1 = *(u64 *)(r10 - 0x8)
      54:	79 a0 80 ff 00 00 00 00	r0 = *(u64 *)(r10 - 0x80)
      55:	0f 10 00 00 00 00 00 00	r0 += r1
      56:	95 00 00 00 00 00 00 00	exit

Disassembly of section kprobe/stale:

0000000000000000 <stale>:
       0:	85 00 00 00 23 00 00 00	call 0x23
       1:	b7 01 00 00 00 00 00 00	r1 = 0x0
		0000000000000008:  CO-RE <byte_off> [17] struct cfs_rq___x::nr_running (0:0)
       2:	0f 10 00 00 00 00 00 00	r0 += r1
       3:	bf a1 00 00 00 00 00 00	r1 = r10
       4:	07 01 00 00 e4 ff ff ff	r1 += -0x1c
       5:	b7 02 00 00 04 00 00 00	r2 = 0x4
       6:	bf 03 00 00 00 00 00 00	r3 = r0
       7:	85 00 00 00 71 00 00 00	call 0x71
       8:	61 a1 e4 ff 00 00 00 00	r1 = *(u32 *)(r10 - 0x1c)
       9:	7b 1a f8 ff 00 00 00 00	*(u64 *)(r10 - 0x8) = r1
      10:	b7 01 00 00 00 00 00 00	r1 = 0x0
		0000000000000050:  CO-RE <byte_off> [14] struct bpfbox_no_such_type::a (0:0)
      11:	7b 1a f0 ff 00 00 00 00	*(u64 *)(r10 - 0x10) = r1
      12:	18 01 00 00 e8 03 00 00 00 00 00 00 00 00 00 00	r1 = 0x3e8 ll
		0000000000000060:  CO-RE <enumval_value> [13] enum bpf_map_type___x::BPF_MAP_TYPE_NO_SUCH_TYPE___x = 1000
      14:	7b 1a e8 ff 00 00 00 00	*(u64 *)(r10 - 0x18) = r1
      15:	79 a1 f8 ff 00 00 00 00	r1 = *(u64 *)(r10 - 0x8)
      16:	79 a0 f0 ff 00 00 00 00	r0 = *(u64 *)(r10 - 0x10)
      17:	0f 10 00 00 00 00 00 00	r0 += r1
      18:	79 a1 e8 ff 00 00 00 00	r1 = *(u64 *)(r10 - 0x18)
      19:	0f 10 00 00 00 00 00 00	r0 += r1
      20:	95 00 00 00 00 00 00 00	exit
