#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Runs each libFuzzer harness for SECONDS on a corpus seeded from the test
# fixtures; prints one line per harness and exits 1 if any found a crash.
#   usage: run.sh FUZZ_DIR SECONDS NAME...
set -u
dir=$1 secs=$2
shift 2
top=$(cd "$(dirname "$0")/../.." && pwd)
status=0
for name in "$@"; do
	corpus="$dir/corpus-$name" seeds="$dir/seeds-$name"
	rm -rf "$seeds" && mkdir -p "$corpus" "$seeds"
	case $name in
	readelf|insn)
		for f in "$top"/tests/data/*.o "$top"/tests/data/bad/*.o; do
			[ -f "$f" ] && [ "$(stat -c %s "$f")" -lt 65536 ] && cp "$f" "$seeds/"
		done ;;
	btf)
		# The .BTF section of each fixture, raw (offset and size from
		# the section headers; binutils' readelf reads any machine's).
		for f in "$top"/tests/data/*.bpfel.o; do
			readelf -S -W "$f" | sed 's/^ *\[ *[0-9]*\] *//' | awk '$1 == ".BTF" { print $4, $5 }' | {
				read -r off len || continue
				dd if="$f" of="$seeds/$(basename "$f" .o).btf" bs=1 skip=$((0x$off)) \
					count=$((0x$len)) 2>/dev/null
			}
		done ;;
	jitdis)
		cp "$top"/tests/data/jit/*.log "$seeds/"
		cp "$top"/tests/data/bad/*.log "$seeds/" 2>/dev/null ;;
	opts)
		i=0
		for a in '\000-a\000x.o' '\001dump\000--\000true' '\002-d\000-X\000--no-show-raw-insn' \
			 '\003-n\000-1\000-M\000intel' '\000-s\00064M:128M\000-p\0001' '\001--bogus' \
			 '\002-Sj\000--help' '\003--name=x\000--all\000-O'; do
			printf "$a" > "$seeds/seed$i"
			i=$((i + 1))
		done ;;
	esac
	# Applet-level harnesses leave memory behind on error exits (longjmp
	# out of an applet), so leak detection is for the pure parsers only.
	leaks=1
	case $name in readelf|jitdis|opts) leaks=0 ;; esac
	ASAN_OPTIONS="detect_leaks=$leaks" "$dir/fuzz_$name" -max_total_time="$secs" \
		-close_fd_mask=3 -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
		-artifact_prefix="$dir/crash-$name-" "$corpus" "$seeds" > "$dir/$name.log" 2>&1
	rc=$?
	runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$dir/$name.log")
	if [ $rc -eq 0 ]; then
		echo "fuzz $name: ${secs}s, ${runs:-?} runs, corpus $(ls "$corpus" | wc -l) files: no crash"
	else
		echo "fuzz $name: CRASH (exit $rc), see $dir/$name.log and $dir/crash-$name-*"
		grep -m5 -E 'ERROR|SUMMARY|runtime error' "$dir/$name.log"
		status=1
	fi
done
exit $status
