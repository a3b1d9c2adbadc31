# SPDX-License-Identifier: GPL-2.0-only
# Section names as libbpf reads them: bare names (kprobe, usdt, ksyscall,
# kprobe.multi, ...), a leading "?" (not loaded unless asked), a name no
# loader type matches, a static program; symbol visibilities.
	.section kprobe,"ax",@progbits
	.globl a
	.type a,@function
a:	exit
	.size a, 8
	.section "?kretprobe/do_exit","ax",@progbits
	.globl b
	.type b,@function
b:	exit
	.size b, 8
	.section usdt,"ax",@progbits
	.globl c
	.type c,@function
c:	exit
	.size c, 8
	.section ksyscall,"ax",@progbits
	.globl d
	.type d,@function
d:	exit
	.size d, 8
	.section kprobe.multi,"ax",@progbits
	.globl e
	.type e,@function
e:	exit
	.size e, 8
	.section uprobe.multi,"ax",@progbits
	.globl f
	.type f,@function
f:	exit
	.size f, 8
	.section kretsyscall,"ax",@progbits
	.globl g
	.protected g
	.type g,@function
g:	exit
	.size g, 8
	.section my_own_name,"ax",@progbits
	.globl h
	.hidden h
	.type h,@function
h:	exit
	.size h, 8
	.section static_one,"ax",@progbits
	.type i,@function
i:	exit
	.size i, 8
