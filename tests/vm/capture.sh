#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Runs inside a capture guest (tests/vm/init, bpfbox.job=capture): loads
# programs in dump mode and keeps what the kernel shows of them.
#
# usage: capture.sh DIR
#   DIR/kernel.log    the kernel log (klogctl, as dmesg reads it) with the
#                     JIT dumps; "bpf_load: OBJ SECTION FUNCTION" lines
#                     (bpf_load -m) name the program of each dump
#   DIR/test_bpf.log  the log of the test_bpf module's run, apart
#   DIR/images/OBJ-FUNCTION.bin   JIT images read back through
#                     BPF_OBJ_GET_INFO_BY_FD (jit_image), of the programs
#                     the kernel compiled
#   DIR/manifest      "image FILE PROG_ID FLEN BYTES OBJ SECTION FUNCTION"
#                     per image, "refused OBJ ..." per program the kernel
#                     refused, "test_bpf ..." for the module's summary
#   DIR/info          kernel release, machine, JIT sysctls
set -u
dir=$1
H=/vm/build/test-helpers
D=/vm/tests/data
mkdir -p "$dir/images"
# The fixtures in the kernel's byte order (bpf_load takes either; these
# are the programs a loader on this machine would have).
order=bpfel
[ "$(printf '\001\000' | od -An -tx2 | tr -d ' ')" = 0100 ] && order=bpfeb
objs="multi xdp_blacklist tc_iproute2 isa_v4 allinsns big"
{
	echo "release $(uname -r)"
	echo "machine $(uname -m)"
	echo "objects $order"
	for s in bpf_jit_enable bpf_jit_harden bpf_jit_kallsyms bpf_jit_limit; do
		echo "$s $(cat /proc/sys/net/core/$s 2>/dev/null || echo missing)"
	done
} > "$dir/info"

# Everything loads in one command under bpf-jit dump, which puts the old
# value back after; the programs stay held (bpf_load in the background)
# until their images are read.
cat > /tmp/load.sh <<LOAD
for o in $objs; do
	$H/bpf_load -a -m $D/\$o.$order.o > /tmp/load-\$o.out 2>&1 &
	for i in \$(seq 1 600); do grep -q '^ready' /tmp/load-\$o.out && break; kill -0 \$! 2>/dev/null || break; sleep 1; done
done
LOAD
/vm/bpfbox bpf-jit dump -- sh /tmp/load.sh
echo "bpf_jit_enable after dump: $(cat /proc/sys/net/core/bpf_jit_enable 2>/dev/null)"
: > "$dir/manifest"
for o in $objs; do
	while read -r what id sec fn rest; do
		case $what in
		prog)
			out="$o-$fn.bin"
			# jit_image prints "NAME TAG FLEN BYTES"
			if got=$($H/jit_image -i "$id" "$dir/images/$out" 2>/dev/null); then
				set -- $got
				echo "image $out $id $3 $4 $o.$order.o $sec $fn" >> "$dir/manifest"
			else
				rm -f "$dir/images/$out"
				echo "interpreted $o.$order.o $sec $fn: no JIT image" >> "$dir/manifest"
			fi ;;
		refused) echo "refused $o.$order.o $id $sec $fn $rest" >> "$dir/manifest" ;;
		esac
	done < /tmp/load-$o.out
done
echo "images: $(grep -c '^image' "$dir/manifest"), interpreted: $(grep -c '^interpreted' "$dir/manifest"), refused: $(grep -c '^refused' "$dir/manifest")"

# The fixtures' log now, cleared after: test_bpf's dumps alone can
# overrun the 32 MiB log buffer (arm64: 16 MB of the log was its dumps).
dmesg -s 67108864 -c > "$dir/kernel.log" 2>/dev/null || dmesg -c > "$dir/kernel.log"
/vm/bpfbox bpf-jitdis -l > "$dir/jitdis-l.txt" 2>&1

# test_bpf: hundreds of programs of every instruction class, each JIT'd
# in dump mode as the module loads (it unloads itself, or fails, after).
if [ -f /vm/modules/test_bpf.ko ]; then
	echo "bpf_load: test_bpf.ko" > /dev/kmsg
	/vm/bpfbox bpf-jit dump -- insmod /vm/modules/test_bpf.ko > /tmp/test_bpf.out 2>&1
	echo "test_bpf insmod: $(tail -1 /tmp/test_bpf.out)"
	dmesg | grep 'test_bpf: Summary' | sed 's/^\[[^]]*\] /test_bpf /' >> "$dir/manifest"
	rmmod test_bpf 2>/dev/null
fi
kill $(pidof bpf_load) 2>/dev/null
dmesg -s 67108864 > "$dir/test_bpf.log" 2>/dev/null || dmesg > "$dir/test_bpf.log"
echo "kernel log: $(wc -c < "$dir/kernel.log") bytes, $(grep -c 'flen=' "$dir/kernel.log") dumps"
