#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# `make bench`: speed and memory of the applets against the reference
# tools they replace, measured in the same run on the same inputs.  Prints
# figures and ratios; a target missed is reported, never hidden.
#
#   bpf-readelf -d -r  vs  llvm-objdump -d -r   on tests/data/big.bpfel.o and
#                      the CO-RE objects (core, externs, and cilium's and
#                      libxdp's from Debian packages), one run over all;
#                      target: >= 5x faster, peak RSS < 8 MiB
#   bpf-jitdis (log parsing included) on a 1.4 MB kernel log of 320 JIT
#   dumps  vs  objdump -D -b binary -mi386:x86-64 on the same images
#   already extracted to files: target >= 3x faster, peak RSS < 8 MiB;
#   and the share of instructions whose text (AT&T and Intel) is
#   objdump's: target all of them
#   bpf-jitdis -m MACHINE on each real capture's images (tests/data/jit/real)
#   vs that machine's cross objdump on the same images: the same targets
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
BOX=${BPFBOX:-$TOP/bpfbox}
RUN="$TOP/build/test-helpers/runstat"
RUNS=${BENCH_RUNS:-25}
status=0

# Reports one comparison; $5 is the minimum speed ratio, $6 the RSS cap.
report() {
	name=$1 ours=$2 ref=$3 refname=$4 min_ratio=$5 max_kib=$6
	set -- $ours; o_ms=$1 o_rss=$3
	set -- $ref; r_ms=$1 r_rss=$3
	ratio=$(awk -v a="$r_ms" -v b="$o_ms" 'BEGIN { printf "%.1f", a / b }')
	printf '%s\n' "$name"
	printf '  %-28s %9.2f ms  peak RSS %6.1f MiB\n' "bpfbox" "$o_ms" "$(awk -v k="$o_rss" 'BEGIN { print k / 1024 }')"
	printf '  %-28s %9.2f ms  peak RSS %6.1f MiB\n' "$refname" "$r_ms" "$(awk -v k="$r_rss" 'BEGIN { print k / 1024 }')"
	verdict=ok
	awk -v r="$ratio" -v m="$min_ratio" 'BEGIN { exit !(r >= m) }' || verdict="MISSED"
	[ "$o_rss" -lt "$max_kib" ] || verdict="MISSED"
	[ "$verdict" = ok ] || status=1
	printf '  ratio %sx faster (target >= %sx), RSS %s KiB (target < %s KiB): %s\n\n' \
		"$ratio" "$min_ratio" "$o_rss" "$max_kib" "$verdict"
}

# ---- bpf-readelf -------------------------------------------------------------
OBJDUMP=$(command -v llvm-objdump-19 || command -v llvm-objdump || true)
if "$BOX" --list | grep -qx bpf-readelf && [ -n "$OBJDUMP" ]; then
	cd "$TOP/tests/data" || exit 1
	# One byte order: llvm-objdump-19 given files of both decodes the
	# later ones in the first one's byte order.
	obj="big.bpfel.o core.bpfel.o externs.bpfel.o pkg/relocs-el.elf pkg/relocs_read-el.elf pkg/xdpdump_bpf.o"
	insns=$("$BOX" bpf-readelf -d $obj | grep -c '^ *[0-9][0-9]*:')
	core=$("$BOX" bpf-readelf -d -r $obj | grep -c 'CO-RE <')
	# Same work on both sides: the listings must be identical.
	tmp=$(mktemp -d)
	"$BOX" bpf-readelf -d -r $obj > "$tmp/ours"
	"$OBJDUMP" -d -r $obj > "$tmp/ref"
	if cmp -s "$tmp/ours" "$tmp/ref"; then same="identical output"; else same="OUTPUT DIFFERS"; status=1; fi
	rm -rf "$tmp"
	ours=$("$RUN" "$RUNS" "$BOX" bpf-readelf -d -r $obj) || exit 1
	ref=$("$RUN" "$RUNS" "$OBJDUMP" -d -r $obj) || exit 1
	cd "$TOP" || exit 1
	report "bpf-readelf -d -r on big.bpfel.o and 5 objects with CO-RE relocations or externs ($insns instructions, $core CO-RE relocations; $same), median of $RUNS runs" \
		"$ours" "$ref" "$(basename "$OBJDUMP") -d -r" 5 8192
else
	echo "bpf-readelf: skipped (not in this build, or no llvm-objdump: apt-get install llvm-19)"
fi
# ---- bpf-jitdis ------------------------------------------------------------------
if "$BOX" --list | grep -qx bpf-jitdis && command -v objdump >/dev/null; then
	tmp=$(mktemp -d)
	zcat "$TOP/tests/data/jit/big.log.gz" > "$tmp/big.log"
	mkdir "$tmp/img" && zcat "$TOP/tests/data/jit/bench-images.tar.gz" | tar -xf - -C "$tmp/img"
	ndumps=$("$BOX" bpf-jitdis -l "$tmp/big.log" | sed 1d | wc -l)
	# Same work: every image, same instruction boundaries and bytes; and
	# how many instructions have objdump's text, AT&T and Intel (target:
	# all of them).
	text=""
	for syntax in att intel; do
		"$BOX" bpf-jitdis -m x86-64 -M $syntax -o "$tmp/big.log" |
			awk -v text=1 -f "$TOP/tests/objdump-insns.awk" > "$tmp/ours.$syntax"
		for f in $(cd "$tmp/img" && ls); do
			objdump -D -b binary -mi386:x86-64 -M $syntax "$tmp/img/$f" |
				awk -v text=1 -f "$TOP/tests/objdump-insns.awk"
		done > "$tmp/ref.$syntax"
		t=$(paste -d '\n' "$tmp/ours.$syntax" "$tmp/ref.$syntax" |
			awk 'NR % 2 { a = $0; next } { n++; if (a == $0) s++ }
			     END { printf "%d of %d (%.2f%%)", s, n, n ? 100 * s / n : 0 }')
		text="$text${text:+, }$syntax $t"
		set -- $t
		[ "$1" = "$3" ] || status=1
	done
	cut -f1 "$tmp/ours.att" > "$tmp/ours"
	cut -f1 "$tmp/ref.att" > "$tmp/ref"
	if cmp -s "$tmp/ours" "$tmp/ref"; then same="same boundaries"; else same="BOUNDARIES DIFFER"; status=1; fi
	same="$same; objdump's text: $text"
	ours=$("$RUN" "$RUNS" "$BOX" bpf-jitdis -m x86-64 "$tmp/big.log") || exit 1
	ref=$(cd "$tmp/img" && "$RUN" "$RUNS" objdump -D -b binary -mi386:x86-64 $(ls)) || exit 1
	report "bpf-jitdis on big.log ($(stat -c %s "$tmp/big.log") bytes, $ndumps dumps, $(wc -l < "$tmp/ours") instructions; $same), median of $RUNS runs" \
		"$ours" "$ref" "objdump -D -b binary (320 files)" 3 8192
	rm -rf "$tmp"
else
	echo "bpf-jitdis: skipped (not in this build, or no objdump: apt-get install binutils)"
fi
# ---- bpf-jitdis, the other machines: real images ------------------------------
# Each real capture (tests/data/jit/real/NAME: images read back from a
# qemu-system guest's kernel) as one kernel log of all its images, against
# that machine's cross objdump on the image files; the instruction lines
# must be identical.
for d in "$TOP"/tests/data/jit/real/*/; do
	[ -f "$d/images.tar.gz" ] && [ -f "$d/manifest" ] || continue
	m=$(sh "$TOP/tests/vm/real-machine.sh" "$d/manifest")
	cmd=$(sh "$TOP/tests/vm/real-objdump.sh" "$m")
	if [ -z "$cmd" ] || ! "$BOX" --list | grep -qx bpf-jitdis; then
		echo "bpf-jitdis on $(basename "$d"): skipped (no $m decoder here, or no dis_check -L)"
		continue
	fi
	tmp=$(mktemp -d)
	mkdir "$tmp/img" && zcat "$d/images.tar.gz" | tar -xf - -C "$tmp/img"
	imgs=$(cd "$tmp/img" && ls)
	# The images as one kernel log, dumps in the order objdump takes the files.
	sh "$TOP/tests/images-log.sh" "$tmp/img" > "$tmp/log"
	"$BOX" bpf-jitdis -m "$m" -o "$tmp/log" | grep -E '^ *[0-9a-f]+:'"$(printf '\t')" > "$tmp/ours"
	(cd "$tmp/img" && $cmd $imgs) | grep -E '^ *[0-9a-f]+:'"$(printf '\t')" > "$tmp/ref"
	if cmp -s "$tmp/ours" "$tmp/ref"; then same="identical instruction lines"
	else same="$(diff "$tmp/ours" "$tmp/ref" | grep -c '^<') LINES DIFFER"; status=1; fi
	ours=$("$RUN" "$RUNS" "$BOX" bpf-jitdis -m "$m" -o "$tmp/log") || exit 1
	ref=$(cd "$tmp/img" && "$RUN" "$RUNS" $cmd $imgs) || exit 1
	report "bpf-jitdis -m $m -o on $(basename "$d")'s real images ($(echo $imgs | wc -w) images, $(wc -l < "$tmp/ref") instructions; $same), median of $RUNS runs" \
		"$ours" "$ref" "${cmd%% *} ($(echo $imgs | wc -w) files)" 3 8192
	rm -rf "$tmp"
done
# ---- peak memory on the largest inputs the tests use ---------------------------
tmp=$(mktemp -d)
head -c 3000000 /dev/zero > "$tmp/pad"
cp "$TOP/tests/data/big.bpfel.o" "$tmp/50mb.o"
i=0; while [ $i -lt 16 ]; do cat "$tmp/pad" >> "$tmp/50mb.o"; i=$((i + 1)); done
i=0; while [ $i -lt 100 ]; do cat "$TOP/tests/data/jit/plain.log"; i=$((i + 1)); done > "$tmp/part"
i=0; while [ $i -lt 104 ]; do cat "$tmp/part"; i=$((i + 1)); done > "$tmp/100mb.log"
echo "peak RSS on the largest test inputs (target < 8 MiB; the tests also run them under ulimit -v 16 MiB):"
for job in "bpf-readelf -a -d -r $tmp/50mb.o" "bpf-jitdis -m x86-64 -o $tmp/100mb.log"; do
	set -- $("$RUN" 3 "$BOX" $job) || exit 1
	printf '  %-44s %8.1f ms  peak RSS %6.1f MiB  (%s bytes in)\n' "$(echo "$job" | sed "s#$tmp/##")" \
		"$1" "$(awk -v k="$3" 'BEGIN { print k / 1024 }')" "$(stat -c %s "$(echo "$job" | awk '{print $NF}')")"
	[ "$3" -lt 8192 ] || status=1
done
rm -rf "$tmp"
exit $status
