#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# real-ref.sh NAME...: for each capture tests/data/jit/real/NAME, the
# machine's cross objdump on its images (the command dis_check -L names)
# reduced to its instruction lines, kept as tests/data/jit/real/NAME/
# objdump.sha256: "SHA256 LINES COMMAND".  tests/bpf-jitdis-real.test
# compares bpf-jitdis -m MACHINE -o on the same images with it, so make
# check needs no cross binutils.  Run by capture-jit.sh after a capture.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
dis_check=${DIS_CHECK:-$top/build/dis-check/dis_check}
for n in "$@"; do
	d=$top/tests/data/jit/real/$n
	m=$(sh "$top/tests/vm/real-machine.sh" "$d/manifest")
	cmd=$("$dis_check" -L | sed -n "s/^$m //p")
	[ -n "$cmd" ] || { echo "real-ref: $n: no objdump for machine '$m'" >&2; exit 1; }
	tmp=$(mktemp -d)
	mkdir "$tmp/img" && zcat "$d/images.tar.gz" | tar -xf - -C "$tmp/img"
	# shellcheck disable=SC2046
	(cd "$tmp/img" && $cmd $(ls)) | grep -E '^ *[0-9a-f]+:'"$(printf '\t')" > "$tmp/ref"
	echo "$(sha256sum < "$tmp/ref" | cut -d' ' -f1) $(wc -l < "$tmp/ref" | tr -d ' ') $cmd" > "$d/objdump.sha256"
	echo "real-ref: $n: $(wc -l < "$tmp/ref" | tr -d ' ') instruction lines of $cmd"
	rm -rf "$tmp"
done
