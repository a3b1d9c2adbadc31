#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Makes the bpf-jitdis fixtures: JIT images of this repo's BPF objects as
# this machine's kernel compiles them, and kernel logs holding them in
# every line shape bpf_jit_enable=2 dumps reach users in.  The kernels
# here force the JIT on (2 is refused), so the logs are written from the
# real images in the kernel's own dump format (kernel/bpf/core.c:
# bpf_jit_dump, print_hex_dump DUMP_PREFIX_OFFSET, 16 bytes a row).
# Needs root, bpffs, bpftool (to load) and binutils' objdump (references).
#   sh tests/data/jit/gen.sh     (after make check built the helpers)
set -eu
cd "$(dirname "$0")"
TOP=$(cd ../../.. && pwd)
IMG="$TOP/build/test-helpers/jit_image"
PIN=/sys/fs/bpf/bpfbox-jit-gen
mount | grep -q ' /sys/fs/bpf ' || mount -t bpf bpf /sys/fs/bpf
rm -rf "$PIN" && mkdir -p "$PIN"
rm -f *.bin *.log *.gz ref/*

# Load, extract, unload.  "NAME FLEN LEN" per image in images.txt.
: > images.txt
for obj in multi isa_v4 big; do
	bpftool prog loadall "$TOP/tests/data/$obj.bpfel.o" "$PIN/$obj"
	for p in "$PIN/$obj"/*; do
		n=$(basename "$p")
		set -- $("$IMG" "$p" "$obj-$n.bin")
		echo "$obj-$n $3 $4" >> images.txt
	done
done
rm -rf "$PIN"

# dump BIN FLEN COMM PID IMAGE [address]: one dump as the kernel prints it.
dump() {
	len=$(stat -c %s "$1")
	if [ -n "$3" ]; then
		echo "flen=$2 proglen=$len pass=4 image=$5 from=$3 pid=$4"
	else
		echo "flen=$2 proglen=$len pass=4 image=$5"
	fi
	# An address prefix: the high half stays, the low 32 bits count up.
	hi= lo=0
	if [ -n "${6:-}" ]; then
		hi=$(echo "$6" | sed 's/........$//')
		lo=$(printf '%d' "0x$(echo "$6" | sed 's/.*\(........\)$/\1/')")
	fi
	od -An -v -tx1 "$1" | awk -v hi="$hi" -v lo="$lo" -v addr="${6:-}" '
		{ line = ""; for (i = 1; i <= NF; i++) line = line (i > 1 ? " " : "") $i
		  if (addr != "") printf "JIT code: %s%08x: %s\n", hi, lo + (NR - 1) * 16, line
		  else printf "JIT code: %08x: %s\n", (NR - 1) * 16, line }'
}

# plain.log: the seven programs of multi and isa_v4, as the kernel prints.
i=0
for b in multi-*.bin isa_v4-*.bin; do
	n=${b%.bin}; flen=$(awk -v n="$n" '$1 == n { print $2 }' images.txt)
	comm=$(echo "${n#*-}" | cut -c1-15)
	dump "$b" "$flen" "$comm" $((4000 + i)) "ffffffffc00$(printf '%02x' $i)000"
	i=$((i + 1))
done > plain.log

# The same dumps in each shape the log reaches users in.
awk '{ printf "[%6d.%06d] %s\n", 4200 + NR / 100, NR * 37 % 1000000, $0 }
     NR % 9 == 0 { printf "[%6d.%06d] e1000e 0000:00:19.0 eth0: NIC Link is Up 1000 Mbps Full Duplex\n", 4200 + NR / 100, NR }' plain.log > dmesg.log
awk '{ print "<3>" $0 } NR % 7 == 0 { print "<6>usb 1-1: new high-speed USB device number 3" }' plain.log > klogctl.log
awk '{ printf "3,%d,%d,-;%s\n", 900 + NR, 4200000000 + NR * 1000, $0 }' plain.log > kmsg.log
awk '{ printf "Nov 24 19:18:%02d router kernel: [ 4200.%06d] %s\n", NR % 60, NR, $0 }
     NR % 5 == 0 { print "Nov 24 19:18:01 router dnsmasq[812]: query[A] example.org from 192.168.1.10" }' plain.log > syslog.log
awk '{ printf "Tue Nov 24 19:18:%02d 2026 kern.err kernel: [ 4200.%06d] %s\r\n", NR % 60, NR, $0 }' plain.log > logread-crlf.log

# Two dumps printed at once by two CPUs: their lines interleave.
a=multi-xdp_flows.bin b=multi-tc_police.bin
dump $a 99 xdp_flows 11 ffffffffc0100000 > one.tmp
dump $b 70 tc_police 12 ffffffffc0200000 > two.tmp
awk 'NR == FNR { x[NR] = $0; nx = NR; next } { y[FNR] = $0; ny = FNR }
     END { for (i = 1; i <= (nx > ny ? nx : ny); i++) { if (i <= nx) print x[i]; if (i <= ny) print y[i] } }' \
	one.tmp two.tmp > interleaved.log

# Old kernels: no from=/pid= (3.x), DUMP_PREFIX_ADDRESS lines, a hashed
# pointer, and a 32-bit image (8-digit address) for -m x86-32.
dump isa_v4-v4_ops.bin 77 "" "" ffffffffa0069c8f ffffffffa0069c8f > old-address.log
dump multi-sock_filter.bin 6 sock_filter 77 000000004f1a2b3c > hashed.log
gcc -m32 -O2 -fno-pic -fno-asynchronous-unwind-tables -c x86_32.c -o x86_32.o
objcopy -O binary -j .text x86_32.o x86_32.bin && rm -f x86_32.o
dump x86_32.bin 11 "" "" f8a2c000 f8a2c000 > x86-32.log

# Damaged captures: the last lines lost; a line lost in the middle; bytes
# that are not hex and a repeated offset with other bytes; an all-int3 image.
dump multi-trace_exec.bin 39 trace_exec 21 ffffffffc0300000 | head -n 6 > truncated.log
dump multi-cg_egress.bin 12 cg_egress 22 ffffffffc0400000 | sed 3d > missing-line.log
{ dump multi-sock_filter.bin 6 sock_filter 23 ffffffffc0500000 | sed '2s/ 0f / zz /'
  dump multi-sock_filter.bin 6 sock_filter 24 ffffffffc0600000 | sed '3p' | sed '4s/^\(JIT code: 00000010:\) ../\1 ff/'; } > corrupt.log
head -c 64 /dev/zero | tr '\0' '\314' > int3.bin
dump int3.bin 5 int3_prog 25 ffffffffc0700000 > int3.log
rm -f one.tmp two.tmp int3.bin

# The benchmark's log: all 320 programs of big.o with dmesg prefixes.
i=0
for b in big-*.bin; do
	dump "$b" "$(awk -v n="${b%.bin}" '$1 == n { print $2 }' images.txt)" "${b#big-}" $((5000 + i)) ffffffffc1000000 |
		awk -v t=$((6000 + i)) '{ printf "[%6d.%06d] %s\n", t, NR, $0 }'
	i=$((i + 1))
done | gzip -9n > big.log.gz
mkdir -p bench && mv big-*.bin bench/ 2>/dev/null || true
( cd bench && tar -cf - . | gzip -9n > ../bench-images.tar.gz ) && rm -rf bench

# The sample dump of the troubleshooting guide (../shared/seed), kept as
# seed.log; its bytes rebuilt here with od/printf for the reference.
seed="$TOP/../shared/seed/ebpf-troubleshooting.zh.md"
[ -f "$seed" ] && grep -E '^ (flen=|JIT code:)' "$seed" > seed.log
sed -n 's/^ *JIT code: [0-9a-f]*: //p' seed.log | tr ' ' '\n' | grep . |
	while read -r h; do printf "\\$(printf '%03o' "0x$h")"; done > seed.bin

# References: objdump on each image (boundaries, bytes and text), AT&T
# and Intel.
for b in *.bin; do
	[ "$b" = x86_32.bin ] && m=i386 || m=i386:x86-64
	objdump -D -b binary -m$m "$b" > "ref/${b%.bin}.objdump"
	objdump -D -b binary -m$m -M intel "$b" > "ref/${b%.bin}.intel.objdump"
done
echo "jit fixtures: $(ls *.bin | wc -l) images, $(ls *.log | wc -l) logs"
