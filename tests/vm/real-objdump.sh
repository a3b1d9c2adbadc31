#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# real-objdump.sh MACHINE: the objdump command line whose text and layout
# bpf-jitdis -m MACHINE -o prints: the cross objdump dis_check -L names
# (DIS_CHECK: its path), in objdump's default layout (check-dis keeps a
# prefixed powerpc instruction on one line with --insn-width=8), or this
# machine's objdump for x86, which dis_check does not cover.  Nothing
# when there is none.
case $1 in
x86-64) echo "objdump -D -b binary -m i386:x86-64" ;;
x86-32) echo "objdump -D -b binary -m i386" ;;
*) "${DIS_CHECK:-$(dirname "$0")/../../build/dis-check/dis_check}" -L 2>/dev/null |
	sed -n "s/^$1 //p" | sed 's/ --insn-width=8//' ;;
esac
