#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# `make check-cross`: the whole suite for each target, natively for x86_64
# and under qemu-user for the others, then one table: target, stripped
# size of ./bpfbox, passed, failed, skipped.  Logs: build/check-TARGET.log.
#   usage: check-cross.sh [CROSS_PREFIX...]   (default: all five)
set -u
cd "$(dirname "$0")/.."
targets=${*:-"native aarch64-linux-musl- arm-linux-musleabihf- mipsel-linux-musl- s390x-linux-musl-"}
table=""
status=0
tp=0 tf=0 ts=0
for t in $targets; do
	[ "$t" = native ] && cross= name=$(uname -m) || { cross=$t; name=${t%-}; }
	log="build/check-$name.log"
	mkdir -p build
	make check CROSS_COMPILE="$cross" > "$log" 2>&1
	rc=$?
	size=$(stat -c %s bpfbox 2>/dev/null || echo -)
	counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
	set -- $(echo "$counts" | tr -d ',')
	passed=${1:--} failed=${3:--} skipped=${5:-0}
	[ $rc -eq 0 ] || status=1
	case $passed in *[!0-9]*|'') ;; *) tp=$((tp + passed)) ;; esac
	case $failed in *[!0-9]*|'') tf=$((tf + 1)) ;; *) tf=$((tf + failed)) ;; esac
	ts=$((ts + skipped))
	[ -n "$counts" ] || failed="build failed"
	table="$table$(printf '%-24s %10s %8s %8s %8s' "$name" "$size" "$passed" "$failed" "$skipped")
"
	printf '%s: %s\n' "$name" "${counts:-see $log}"
done
# Leave ./bpfbox built for this machine again.
make > /dev/null 2>&1 || status=1
echo
printf '%-24s %10s %8s %8s %8s\n' TARGET BYTES PASSED FAILED SKIPPED
printf '%s' "$table"
echo "check-cross: $tp passed, $tf failed, $ts skipped"
exit $status
