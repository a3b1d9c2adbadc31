#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# real-ref.sh NAME...: for each capture tests/data/jit/real/NAME, the
# machine's objdump (tests/vm/real-objdump.sh) on the code it
# holds, reduced to the instruction lines, kept as the digest of those
# lines in tests/data/jit/real/NAME/objdump.sha256, one line a source:
#
#   SOURCE SHA256 LINES COMMAND
#
# SOURCE "images" is the images read back (the files in ls order);
# "kernel.log" the dumps of that log, in log order, as bpf-jitdis -O
# writes them; "test_bpf.log" the first dump of that one.  tests/bpf-jitdis-real.test
# compares bpf-jitdis with each, so make check needs no cross binutils.
# Run by capture-jit.sh after a capture (BPFBOX: the binary; default
# ./bpfbox).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
dis_check=${DIS_CHECK:-$top/build/dis-check/dis_check}
box=${BPFBOX:-$top/bpfbox}
tab=$(printf '\t')
for n in "$@"; do
	d=$top/tests/data/jit/real/$n
	m=$(sh "$top/tests/vm/real-machine.sh" "$d/manifest")
	cmd=$(DIS_CHECK=$dis_check sh "$top/tests/vm/real-objdump.sh" "$m")
	[ -n "$cmd" ] || { echo "real-ref: $n: no objdump for machine '$m'" >&2; exit 1; }
	tmp=$(mktemp -d)
	: > "$tmp/out"
	# digest SOURCE DIR FILE...: objdump on the files, in that order.
	digest() {
		src=$1 dir=$2
		shift 2
		(cd "$dir" && $cmd "$@") | grep -E "^ *[0-9a-f]+:$tab" > "$tmp/ref"
		echo "$src $(sha256sum < "$tmp/ref" | cut -d' ' -f1) $(wc -l < "$tmp/ref" | tr -d ' ') $cmd" >> "$tmp/out"
		echo "real-ref: $n $src: $(wc -l < "$tmp/ref" | tr -d ' ') instruction lines"
	}
	mkdir "$tmp/img" && zcat "$d/images.tar.gz" | tar -xf - -C "$tmp/img"
	# shellcheck disable=SC2046
	digest images "$tmp/img" $(ls "$tmp/img")
	# Of test_bpf.log only the first dump: its few huge images are one
	# test repeated.
	for l in kernel test_bpf; do
		[ -f "$d/$l.log.gz" ] || continue
		rm -rf "$tmp/dump" && mkdir "$tmp/dump"
		first=""
		[ $l = kernel ] || first="-n 1"
		# shellcheck disable=SC2086
		zcat "$d/$l.log.gz" | "$box" bpf-jitdis -m "$m" $first -O "$tmp/dump/d" - >/dev/null 2>&1
		[ -n "$(ls "$tmp/dump")" ] || continue
		# shellcheck disable=SC2046
		digest "$l.log" "$tmp/dump" $(ls "$tmp/dump" | sort -t. -k2 -n)
	done
	mv "$tmp/out" "$d/objdump.sha256"
	rm -rf "$tmp"
done
