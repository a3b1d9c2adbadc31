#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Boot one guest under qemu-system (TCG) with its initramfs and wait for
# it to power off, at most SECONDS.  Its console goes to
# build/vm/console-NAME-JOB.log (the protocol of tests/vm/init).
#
# usage: boot.sh NAME JOB SECONDS
# Exit 0 when the guest said "@@vm done"; 124 when it was killed at the
# time limit (nothing of it is left running: timeout sends TERM, then
# KILL after 5 s); 1 when it stopped without finishing.
set -u
. "$(dirname "$0")/lib.sh"
kernel "$1" || { echo "boot: no kernel '$1' in tests/vm/kernels" >&2; exit 2; }
job=$2 limit=$3
console="$VM_BUILD/console-$NAME-$job.log"
kernel_file="$VM_BUILD/kernel-$NAME/kernel"
initrd="$VM_BUILD/initramfs-$NAME-$job.cpio.gz"
[ -f "$kernel_file" ] && [ -f "$initrd" ] || { echo "boot: $kernel_file or $initrd missing" >&2; exit 1; }
# loglevel=1: kernel messages stay off the console (only the protocol is
# there); log_buf_len: room for hundreds of JIT dumps (test_bpf).
append="console=$CONSOLE panic=-1 rdinit=/init loglevel=1 log_buf_len=32M bpfbox.job=$job"
# shellcheck disable=SC2086
timeout -k 5 "$limit" "$QEMU" $MACHINE -smp 1 -nographic -no-reboot \
	-kernel "$kernel_file" -initrd "$initrd" -append "$append" \
	< /dev/null > "$console" 2>&1
rc=$?
grep -q '^@@vm done' "$console" && exit 0
[ $rc -eq 124 ] || [ $rc -eq 137 ] && exit 124
exit 1
