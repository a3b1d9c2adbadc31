#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Pack the initramfs of one guest: busybox, bpfbox and the test helpers
# built for the kernel's architecture (build.sh), the harness and the
# test files that meet the live kernel, the data they read, and the job:
#
#   /init                 tests/vm/init (PID 1)
#   /bin/busybox          busybox-static of the architecture (fetch.sh)
#   /vm/bpfbox, /vm/config, /vm/build/test-helpers/, /vm/tests/, /vm/applets/
#   /vm/files             the test files the check job runs
#   /vm/capture.sh, /vm/modules/test_bpf.ko   (capture job)
#
# usage: initramfs.sh NAME JOB     JOB: check, capture, or run (the
#        script named by VM_RUN, as /vm/run.sh: a command in a guest)
# Writes build/vm/initramfs-NAME-JOB.cpio.gz (made anew each time: a
# second or two; the pieces it packs are what build/ caches).
set -eu
. "$(dirname "$0")/lib.sh"
kernel "$1" || { echo "initramfs: no kernel '$1' in tests/vm/kernels" >&2; exit 2; }
job=$2
arch=$(target_arch "$CROSS")
# The test files whose tests meet the live kernel (bpf(), sysctls, the
# kernel log); the file-parsing ones run under qemu-user (check-cross).
FILES="tests/bpfbox.test tests/bpf-memlock.test tests/bpf-jit.test tests/bpf-jitdis.test"

root="$VM_BUILD/root-$NAME-$job"
out="$VM_BUILD/initramfs-$NAME-$job.cpio.gz"
for f in "$VM_BUILD/busybox-$DEBARCH/busybox" "$VM_BUILD/bpfbox-$arch" "$TOP/build/helpers-$arch/reap"; do
	[ -f "$f" ] || { echo "initramfs: $f missing (fetch.sh and build.sh first)" >&2; exit 1; }
done
rm -rf "$root"
mkdir -p "$root/bin" "$root/dev" "$root/vm/build/test-helpers" "$root/vm/tests/data/jit" "$root/vm/applets"
cp "$VM_DIR/init" "$root/init" && chmod 755 "$root/init"
cp "$VM_BUILD/busybox-$DEBARCH/busybox" "$root/bin/busybox"
# The kernel opens /dev/console for init before anything is mounted.
mknod "$root/dev/console" c 5 1
cp "$VM_BUILD/bpfbox-$arch" "$root/vm/bpfbox"
cp "$VM_BUILD/config-$arch" "$root/vm/config"
cp "$TOP"/build/helpers-"$arch"/* "$root/vm/build/test-helpers/"
cp "$TOP"/tests/run.sh "$TOP"/tests/testing.sh "$TOP"/tests/mkroot.sh "$TOP"/tests/*.awk "$root/vm/tests/"
# bpfbox.test reads the applets' Kconfig help and option tables.
cp "$TOP"/applets/*.kconfig "$TOP"/applets/*.c "$root/vm/applets/"
# The fixtures the live files read; not the benchmark and matrix data.
cp "$TOP"/tests/data/*.o "$TOP"/tests/data/*.btf "$root/vm/tests/data/"
(cd "$TOP/tests/data/jit" && cp -r *.log *.bin ref "$root/vm/tests/data/jit/")
case $job in
check)
	cp $(cd "$TOP" && for f in $FILES; do echo "$TOP/$f"; done) "$root/vm/tests/"
	echo "$FILES" > "$root/vm/files"
	;;
capture)
	cp "$VM_DIR/capture.sh" "$root/vm/capture.sh"
	if [ -s "$VM_BUILD/kernel-$NAME/modules/test_bpf.ko" ]; then
		mkdir -p "$root/vm/modules"
		cp "$VM_BUILD/kernel-$NAME/modules/test_bpf.ko" "$root/vm/modules/"
	fi
	;;
run)
	cp "${VM_RUN:?VM_RUN names the script to run}" "$root/vm/run.sh"
	cp "$TOP"/tests/*.test "$root/vm/tests/"
	;;
*) echo "initramfs: job '$job' is not check, capture or run" >&2; exit 2 ;;
esac
(cd "$root" && find . | cpio -o -H newc -R 0:0 --quiet) | gzip -6 > "$out.tmp"
mv "$out.tmp" "$out"
rm -rf "$root"
