#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# make check-dis, x86 part: every form tests/dis/x86_forms.c generates
# (the x86-64 and x86-32 JITs' instruction forms), disassembled by
# bpf-jitdis (Zydis' decoder, bpfbox's printer) from a kernel log of the
# bytes and by objdump from the raw file, AT&T and Intel; every
# instruction line (offset, bytes, text) must be identical.  Then 512 KiB
# of pseudo-random bytes: an instruction bpf-jitdis prints at an offset
# where objdump starts one too must have objdump's text, unless shown as
# its bytes (.byte: outside the forms) or (bad) (Zydis cannot decode it).
#
#   x86_check.sh BPFBOX X86_FORMS WORKDIR
set -u
BOX=$1 GEN=$2 DIR=$3
OBJDUMP=x86_64-linux-gnu-objdump
command -v $OBJDUMP >/dev/null || OBJDUMP=objdump
AWK="awk -v text=1 -f $(dirname "$0")/../objdump-insns.awk"
status=0
mkdir -p "$DIR"
# FILE -> a kernel log holding it as one JIT dump, 16 bytes a line
as_log() {
	echo "flen=1 proglen=$(stat -c %s "$1") pass=1 image=00000000 from=check pid=1"
	od -An -v -tx1 -w16 "$1" | awk '{ printf "JIT code: %08x:%s\n", (NR - 1) * 16, $0 }'
}
for bits in 64 32; do
	if [ $bits = 64 ]; then m=x86-64 om=i386:x86-64; else m=x86-32 om=i386; fi
	nforms=$("$GEN" $bits 2>&1 > "$DIR/x86-$bits.bin") || exit 1
	as_log "$DIR/x86-$bits.bin" > "$DIR/x86-$bits.log"
	for syntax in att intel; do
		"$BOX" bpf-jitdis -m $m -M $syntax -o "$DIR/x86-$bits.log" | $AWK > "$DIR/ours"
		$OBJDUMP -D -b binary -m $om -M $syntax "$DIR/x86-$bits.bin" | $AWK > "$DIR/ref"
		n=$(wc -l < "$DIR/ref")
		diff "$DIR/ours" "$DIR/ref" > "$DIR/x86-$bits-$syntax.diff"
		bad=$(grep -c '^<' "$DIR/x86-$bits-$syntax.diff")
		printf '%s -M %s: %s instructions of %s forms: %s differ from objdump\n' $m $syntax "$n" "$nforms" "$bad"
		if [ "$bad" != 0 ] || [ "$n" -lt 1000 ]; then
			head -20 "$DIR/x86-$bits-$syntax.diff"
			status=1
		fi
	done
done
"$GEN" random 524288 > "$DIR/random.bin" || exit 1
as_log "$DIR/random.bin" > "$DIR/random.log"
for bits in 64 32; do
	if [ $bits = 64 ]; then m=x86-64 om=i386:x86-64; else m=x86-32 om=i386; fi
	for syntax in att intel; do
		"$BOX" bpf-jitdis -m $m -M $syntax -o "$DIR/random.log" | $AWK > "$DIR/ours"
		$OBJDUMP -D -b binary -m $om -M $syntax "$DIR/random.bin" | $AWK > "$DIR/ref"
		awk -F '\t' -v m=$m -v s=$syntax -v out="$DIR/x86-random-$bits-$syntax.diff" '
			NR == FNR { ref[$1] = $2; next }
			$1 in ref { n++
				if ($2 ~ /^(\.byte|\(bad\))/) shown++
				else if ($2 != ref[$1]) { bad++; print $0 "\t|\t" ref[$1] > out } }
			END { printf "%s -M %s: 512 KiB of random bytes, %d instructions at objdump'"'"'s offsets, %d as bytes or (bad): %d differ from objdump\n",
				m, s, n, shown, bad
			      exit bad > 0 }' "$DIR/ref" "$DIR/ours" || { head -20 "$DIR/x86-random-$bits-$syntax.diff"; status=1; }
	done
done
exit $status
