#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# `make check-cross`: the whole suite for each target and configuration,
# natively for x86_64 and under qemu-user for the others, then one table:
# target, config, stripped size of ./bpfbox, passed, failed, skipped.
# Logs: build/check-TARGET-CONFIG.log.  .config is put back afterwards.
#   usage: check-cross.sh [CROSS_PREFIX...]   (default: all five)
#   CONFIGS="defconfig tiny_defconfig" (the default) picks the configs.
set -u
cd "$(dirname "$0")/.."
targets=${*:-"native aarch64-linux-musl- arm-linux-musleabihf- mipsel-linux-musl- s390x-linux-musl-"}
configs=${CONFIGS:-"defconfig tiny_defconfig"}
table=""
status=0
tp=0 tf=0 ts=0
mkdir -p build
saved=""
if [ -f .config ]; then
	saved=build/check-cross.saved
	cp -p .config "$saved.config"
	cp -p build/config-origin "$saved.origin" 2>/dev/null || rm -f "$saved.origin"
fi
for t in $targets; do
	[ "$t" = native ] && cross= name=$(uname -m) || { cross=$t; name=${t%-}; }
	for c in $configs; do
		log="build/check-$name-${c%_defconfig}.log"
		make "$c" CROSS_COMPILE="$cross" > "$log" 2>&1 &&
			make check CROSS_COMPILE="$cross" >> "$log" 2>&1
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
		table="$table$(printf '%-24s %-16s %10s %8s %8s %8s' "$name" "${c%_defconfig}" "$size" "$passed" "$failed" "$skipped")
"
		printf '%s %s: %s\n' "$name" "${c%_defconfig}" "${counts:-see $log}"
	done
done
# Leave .config as it was and ./bpfbox built from it for this machine.
if [ -n "$saved" ]; then
	cp -p "$saved.config" .config
	if [ -f "$saved.origin" ]; then cp -p "$saved.origin" build/config-origin; else rm -f build/config-origin; fi
	touch .config
else
	rm -f .config build/config-origin
fi
make > /dev/null 2>&1 || status=1
echo
printf '%-24s %-16s %10s %8s %8s %8s\n' TARGET CONFIG BYTES PASSED FAILED SKIPPED
printf '%s' "$table"
echo "check-cross: $tp passed, $tf failed, $ts skipped"
exit $status
