#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Build what a guest of one kernel runs: bpfbox (from the tree's .config)
# and the test helpers, static, for the kernel's architecture, with the
# CROSS prefix of tests/vm/kernels (native: this machine's musl-gcc).
# ./bpfbox is left alone: the stripped binary goes to
# build/vm/bpfbox-ARCH, the helpers are build/helpers-ARCH/.
#
# usage: build.sh NAME
set -eu
. "$(dirname "$0")/lib.sh"
kernel "$1" || { echo "build: no kernel '$1' in tests/vm/kernels" >&2; exit 2; }
arch=$(target_arch "$CROSS")
cross=$CROSS
[ "$cross" = native ] && cross=
cd "$TOP"
mkdir -p "$VM_BUILD"
log="$VM_BUILD/build-$arch.log"
# -j1: other guests may be running on the second core.
if ! make CROSS_COMPILE="$cross" "build/bpfbox-$arch.unstripped" target-helpers > "$log" 2>&1; then
	echo "build: $NAME: building bpfbox for $arch failed (last lines of $log):" >&2
	tail -15 "$log" >&2
	exit 1
fi
strip=strip
[ -n "$cross" ] && strip=$(echo "$cross" | sed 's/musl/gnu/')strip
$strip -s -R .comment -o "$VM_BUILD/bpfbox-$arch" "build/bpfbox-$arch.unstripped"
cp .config "$VM_BUILD/config-$arch"
echo "build: $NAME: bpfbox $(stat -c %s "$VM_BUILD/bpfbox-$arch") bytes for $arch"
