#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Rebuilds the BPF object fixtures in tests/data and the reference outputs
# they are checked against, with Debian's clang-19 and llvm-objdump-19
# (apt-get install clang-19 llvm-19 libbpf-dev).  `make check` needs none
# of these: the objects and references are committed.
#
#   NAME.bpfel.o NAME.bpfeb.o     each source, both byte orders
#   ref/NAME.bpfXX.d              llvm-objdump -d -r      (big: .d.gz)
#   ref/NAME.bpfXX.h              llvm-objdump -h
#   ref/NAME.bpfXX.btf            bpftool btf dump file (objects with BTF)
#   kernel.bpfXX.btf              kernel.o's .BTF section: a stand-in for
#                                 /sys/kernel/btf/vmlinux (-c --btf)
#   ref/pkg/NAME.d, .dec          the same two listings of the objects taken
#                                 from Debian packages (pkg/, see pkg/ORIGIN)
#   matrix.bpfXX.o.gz             every opcode x field values (matrix.awk);
#   ref/matrix.bpfXX.d.sha256     sha256 of its llvm-objdump -d output
#   ref/matrix.bpfXX.dec.sha256   the same with --no-print-imm-hex (LLVM 14's
#                                 decimal immediates)
#   ref/NAME.bpfXX.dec            llvm-objdump --no-print-imm-hex -d -r
set -eu
cd "$(dirname "$0")/.."
CLANG=${CLANG:-clang-19}
OBJDUMP=${OBJDUMP:-llvm-objdump-19}
INC="-I/usr/include/$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)"
mkdir -p ref

awk -f src/big.awk > src/big.c
awk -f src/allinsns.awk > src/allinsns.el.s
awk -v be=1 -f src/allinsns.awk > src/allinsns.eb.s

# name: flags
for spec in "xdp_blacklist:-O2" "tc_iproute2:-O2" "bad_license:-O2" \
	    "multi:-O2 -g -mcpu=v3" "isa_v4:-O2 -g -mcpu=v4" \
	    "big:-O2 -g -mcpu=v3" "core:-O2 -g" "kernel:-O2 -g" "externs:-O2 -g" \
	    "kconfig:-O2 -g" "kconfig_linux:-O2 -g" "long_names:-O2 -g" "core_deep:-O2 -g"; do
	name=${spec%%:*} flags=${spec#*:}
	for e in el eb; do
		# shellcheck disable=SC2086
		$CLANG $flags -target bpf$e $INC -c src/$name.c -o $name.bpf$e.o
	done
done
for e in el eb; do
	$CLANG -target bpf$e -c src/allinsns.$e.s -o allinsns.bpf$e.o
	$CLANG -target bpf$e -c src/bad_code.s -o bad_code.bpf$e.o
	$CLANG -target bpf$e -c src/sections.s -o sections.bpf$e.o
done
rm -f src/allinsns.el.s src/allinsns.eb.s src/big.c
for e in el eb; do
	awk -v be=$([ $e = eb ] && echo 1 || echo 0) -f src/matrix.awk > src/matrix.s
	$CLANG -target bpf$e -c src/matrix.s -o matrix.bpf$e.o
	$OBJDUMP -d matrix.bpf$e.o | sha256sum | cut -d' ' -f1 > ref/matrix.bpf$e.d.sha256
	$OBJDUMP --no-print-imm-hex -d matrix.bpf$e.o | sha256sum | cut -d' ' -f1 > ref/matrix.bpf$e.dec.sha256
	gzip -9nf matrix.bpf$e.o
done
rm -f src/matrix.s

for e in el eb; do
	llvm-objcopy-19 --dump-section .BTF=kernel.bpf$e.btf kernel.bpf$e.o
done
mkdir -p ref/pkg
for o in pkg/*.o pkg/*.elf; do
	$OBJDUMP -d -r "$o" > "ref/$o.d"
	$OBJDUMP --no-print-imm-hex -d -r "$o" > "ref/$o.dec"
done
for o in *.bpfel.o *.bpfeb.o; do
	n=${o%.o}
	[ "${n#big}" != "$n" ] || $OBJDUMP --no-print-imm-hex -d -r "$o" > "ref/$n.dec"
	if [ "${n#big}" != "$n" ]; then
		$OBJDUMP -d -r "$o" | gzip -9n > "ref/$n.d.gz"
	else
		$OBJDUMP -d -r "$o" > "ref/$n.d"
	fi
	$OBJDUMP -h "$o" > "ref/$n.h"
	if bpftool btf dump file "$o" > "ref/$n.btf" 2>/dev/null; then :; else rm -f "ref/$n.btf"; fi
done
echo "fixtures rebuilt: $(ls *.o | wc -l) objects"
