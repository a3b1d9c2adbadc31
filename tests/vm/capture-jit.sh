#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# `make capture-jit`: record real JIT dumps and images as fixtures.  For
# each kernel (default: the bookworm ones of tests/vm/kernels, one per
# architecture), boot a capture guest (tests/vm/capture.sh inside: this
# repo's fixture objects and the kernel's test_bpf module loaded in dump
# mode) and write what it brings back to tests/data/jit/real/NAME/:
#
#   kernel.log.gz   the guest's kernel log, the fixtures' dumps and all
#   test_bpf.log.gz the log of the kernel's test_bpf module in dump mode
#   images.tar.gz   the JIT images read back through BPF_OBJ_GET_INFO_BY_FD
#   manifest        which program each image is (capture.sh), and the
#                   kernel (release, machine, JIT sysctls: info)
#   objdump.sha256  the machine's cross objdump on the images (real-ref.sh)
#
#   usage: capture-jit.sh [NAME...]    (VM_TIMEOUT: seconds per guest, 1800)
set -eu
. "$(dirname "$0")/lib.sh"
names=${*:-$(awk '!/^#/ && NF && $3 == "bookworm" { print $1 }' "$VM_DIR/kernels")}
limit=${VM_TIMEOUT:-1800}
status=0
for n in $names; do
	kernel "$n" || { echo "capture-jit: no kernel '$n'" >&2; exit 2; }
	sh "$VM_DIR/fetch.sh" "$n" >/dev/null
	sh "$VM_DIR/build.sh" "$n" >/dev/null
	sh "$VM_DIR/initramfs.sh" "$n" capture
done
# boot NAME: one capture guest, unpacked into the fixtures.
capture() {
	t0=$(date +%s)
	if ! sh "$VM_DIR/boot.sh" "$1" capture "$limit"; then
		echo "capture-jit: $1: the guest did not finish; console: $VM_BUILD/console-$1-capture.log" >&2
		return 1
	fi
	con="$VM_BUILD/console-$1-capture.log"
	tmp="$VM_BUILD/capture-$1"
	rm -rf "$tmp" && mkdir -p "$tmp"
	tr -d '\r' < "$con" | sed -n '/^@@vm file capture.tar$/,/^@@vm end capture.tar$/p' | sed '1d;$d' |
		base64 -d | gunzip | tar -x -C "$tmp"
	out="$TOP/tests/data/jit/real/$1"
	rm -rf "$out" && mkdir -p "$out"
	gzip -9 -n -c "$tmp/capture/kernel.log" > "$out/kernel.log.gz"
	[ -s "$tmp/capture/test_bpf.log" ] && gzip -9 -n -c "$tmp/capture/test_bpf.log" > "$out/test_bpf.log.gz"
	(cd "$tmp/capture/images" && find . -name '*.bin' | LC_ALL=C sort | tar -c -T - --owner=0 --group=0 --mtime=@0) |
		gzip -9 -n > "$out/images.tar.gz"
	{ sed 's/^/# /' "$tmp/capture/info"; cat "$tmp/capture/manifest"; } > "$out/manifest"
	# objdump's text of the code, for make check.
	sh "$VM_DIR/real-ref.sh" "$1"
	echo "capture-jit: $1: $(grep -c '^image' "$out/manifest") images, $(zcat "$out/kernel.log.gz" | grep -c 'flen=') dumps, $(($(date +%s) - t0)) s"
	tr -d '\r' < "$con" | grep -v '^@@vm\|^[A-Za-z0-9+/=]*$' | sed "s/^/  $1: /" | tail -8
}
q1="" q2="" i=0
for n in $names; do
	if [ $((i % 2)) -eq 0 ]; then q1="$q1 $n"; else q2="$q2 $n"; fi
	i=$((i + 1))
done
( rc=0; for n in $q1; do capture "$n" || rc=1; done; exit $rc ) & p1=$!
( rc=0; for n in $q2; do capture "$n" || rc=1; done; exit $rc ) & p2=$!
wait $p1 || status=1
wait $p2 || status=1
exit $status
