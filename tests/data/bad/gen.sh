#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Writes the corpus of broken inputs into DIR: BPF objects damaged field
# by field (from tests/data/multi.bpfel.o and xdp_blacklist.bpfel.o, whose
# section numbers are in tests/data/ref/*.h), special files, and kernel
# logs with damaged JIT dumps.  Every one must end in a one-line error
# naming the file (exit 1) or a partial result with a warning; none may
# crash or hang.  The files committed beside this script are regressions
# found by fuzzing.
#   usage: gen.sh DIR
set -eu
out=$1
here=$(cd "$(dirname "$0")" && pwd)
data=$(dirname "$here")
mkdir -p "$out"
M="$data/multi.bpfel.o" X="$data/xdp_blacklist.bpfel.o"

# Little-endian field access by byte offset.
get() { od -An -t u"$3" -j "$2" -N "$3" "$1" | tr -d ' '; }
put() { # FILE OFFSET SIZE VALUE
	v=$4 i=0 bytes=""
	while [ $i -lt "$3" ]; do
		bytes="$bytes$(printf '\\%03o' $((v & 255)))"
		v=$((v >> 8)); i=$((i + 1))
	done
	printf "$bytes" | dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}
shdr() { echo $(( $(get "$1" 40 8) + $2 * 64 )); } # FILE INDEX: header offset
# mk NAME SRC FIELD-OFFSET SIZE VALUE: a copy of SRC with one field set.
mk() { cp "$2" "$out/$1"; put "$out/$1" "$3" "$4" "$5"; }

# ---- truncated at every header boundary, and inside sections -------------------
size=$(stat -c %s "$M")
shoff=$(get "$M" 40 8)
for cut in 1 4 16 17 24 40 52 63 64 65 248 500 4000 $shoff $((shoff + 1)) $((shoff + 64)) \
	   $((shoff + 64 * 20)) $((size - 64)) $((size - 1)); do
	head -c "$cut" "$M" > "$out/truncated-$cut.o"
done

# ---- ELF header --------------------------------------------------------------------
mk elf32.o "$M" 4 1 1                      # ELFCLASS32
mk bad-data.o "$M" 5 1 7                   # EI_DATA neither LSB nor MSB
mk x86-machine.o "$M" 18 2 62              # EM_X86_64
mk exec-type.o "$M" 16 2 2                 # ET_EXEC
mk shoff-past-eof.o "$M" 40 8 $((size + 4096))
mk shoff-huge.o "$M" 40 8 $(( (1 << 62) ))
mk shnum-huge.o "$M" 60 2 65000
mk shentsize-bad.o "$M" 58 2 12
mk shstrndx-out.o "$M" 62 2 900
mk shstrndx-symtab.o "$M" 62 2 41          # names from a non-string table

# ---- section headers (multi: 1 .strtab, 4 xdp, 5 .relxdp, 15 .maps,
#      31 .BTF, 33 .BTF.ext, 41 .symtab) --------------------------------------------
mk sec-offset-past-eof.o "$M" $(( $(shdr "$M" 4) + 24 )) 8 $((size + 100))
mk sec-size-past-eof.o "$M" $(( $(shdr "$M" 4) + 32 )) 8 $((size * 2))
mk sec-offset-overflow.o "$M" $(( $(shdr "$M" 4) + 24 )) 8 $(( -256 ))
mk sec-size-overflow.o "$M" $(( $(shdr "$M" 31) + 32 )) 8 $(( -16 ))
mk sec-name-out.o "$M" $(( $(shdr "$M" 4) + 0 )) 4 99999
mk symtab-link-out.o "$M" $(( $(shdr "$M" 41) + 40 )) 4 999
mk symtab-link-not-strtab.o "$M" $(( $(shdr "$M" 41) + 40 )) 4 4
mk symtab-entsize.o "$M" $(( $(shdr "$M" 41) + 56 )) 8 16
mk symtab-odd-size.o "$M" $(( $(shdr "$M" 41) + 32 )) 8 $(( $(get "$M" $(( $(shdr "$M" 41) + 32 )) 8) - 5 ))
mk rel-info-out.o "$M" $(( $(shdr "$M" 5) + 44 )) 4 999
mk rel-info-zero.o "$M" $(( $(shdr "$M" 5) + 44 )) 4 0
mk rel-link-out.o "$M" $(( $(shdr "$M" 5) + 40 )) 4 77
mk rel-odd-size.o "$M" $(( $(shdr "$M" 5) + 32 )) 8 $(( $(get "$M" $(( $(shdr "$M" 5) + 32 )) 8) - 3 ))
mk rel-type-nobits.o "$M" $(( $(shdr "$M" 5) + 4 )) 4 8
mk code-odd-size.o "$M" $(( $(shdr "$M" 4) + 32 )) 8 $(( $(get "$M" $(( $(shdr "$M" 4) + 32 )) 8) - 3 ))
mk code-cut-ldimm64.o "$M" $(( $(shdr "$M" 4) + 32 )) 8 $(( 0x28 + 8 ))  # xdp: ld_imm64 at 0x28
mk strtab-no-nul.o "$M" $(( $(get "$M" $(( $(shdr "$M" 1) + 24 )) 8) + $(get "$M" $(( $(shdr "$M" 1) + 32 )) 8) - 1 )) 1 65
mk two-symtabs.o "$M" $(( $(shdr "$M" 40) + 4 )) 4 2

# ---- symbols and relocations ----------------------------------------------------------
symoff=$(get "$M" $(( $(shdr "$M" 41) + 24 )) 8)
reloff=$(get "$M" $(( $(shdr "$M" 5) + 24 )) 8)
mk sym-shndx-out.o "$M" $(( symoff + 24 * 20 + 6 )) 2 500
mk sym-name-out.o "$M" $(( symoff + 24 * 20 )) 4 999999
mk sym-value-huge.o "$M" $(( symoff + 24 * 20 + 8 )) 8 $(( -8 ))
mk reloc-offset-out.o "$M" "$reloff" 8 $(( 1 << 40 ))
mk reloc-sym-out.o "$M" $(( reloff + 12 )) 4 4000
mk reloc-sym-zero.o "$M" $(( reloff + 12 )) 4 0
mk reloc-type-unknown.o "$M" $(( reloff + 8 )) 4 77
mk reloc-unaligned.o "$M" "$reloff" 8 $(( $(get "$M" "$reloff" 8) + 3 ))

# ---- BTF (section 31) and BTF.ext (33) ----------------------------------------------
btf=$(get "$M" $(( $(shdr "$M" 31) + 24 )) 8)
ext=$(get "$M" $(( $(shdr "$M" 33) + 24 )) 8)
mk btf-magic.o "$M" "$btf" 2 4660
mk btf-hdr-len.o "$M" $(( btf + 4 )) 4 100000
mk btf-type-len.o "$M" $(( btf + 12 )) 4 $(( 1 << 30 ))
mk btf-str-off.o "$M" $(( btf + 16 )) 4 $(( -100 ))
mk btf-type-off-odd.o "$M" $(( btf + 8 )) 4 2
mk btf-kind-unknown.o "$M" $(( btf + 24 + 4 )) 4 $(( 31 << 24 ))
mk btf-vlen-huge.o "$M" $(( btf + 24 + 4 )) 4 $(( (4 << 24) | 65535 ))
mk btf-name-out.o "$M" $(( btf + 24 )) 4 $(( 1 << 30 ))
mk btf-str-no-nul.o "$M" $(( btf + 24 + $(get "$M" $((btf + 16)) 4) + $(get "$M" $((btf + 20)) 4) - 1 )) 1 120
# type 1 is a PTR: make it point to itself, a loop of modifiers
mk btf-loop.o "$M" $(( btf + 24 + 4 )) 4 $(( 8 << 24 ))
put "$out/btf-loop.o" $(( btf + 24 + 8 )) 4 1
mk btf-type-id-out.o "$M" $(( btf + 24 + 8 )) 4 99999

# Reference loops of every kind that refers to another type, and a chain
# deeper than the 32 steps any walk follows.  The records of multi's BTF
# are walked once: "ID KIND VLEN OFFSET" per type.
btf_types=$(( btf + 24 + $(get "$M" $((btf + 8)) 4) ))
ntypes_end=$(( btf_types + $(get "$M" $((btf + 12)) 4) ))
pos=$btf_types id=1
: > "$out/.types"
while [ $pos -lt $ntypes_end ]; do
	info=$(get "$M" $((pos + 4)) 4)
	kind=$(( info >> 24 & 31 )) vlen=$(( info & 65535 ))
	echo "$id $kind $vlen $pos" >> "$out/.types"
	case $kind in
	1|14|17) pos=$((pos + 16)) ;;              # INT, VAR, DECL_TAG
	3) pos=$((pos + 24)) ;;                    # ARRAY
	4|5|15|19) pos=$((pos + 12 + 12 * vlen)) ;; # STRUCT, UNION, DATASEC, ENUM64
	6|13) pos=$((pos + 12 + 8 * vlen)) ;;       # ENUM, FUNC_PROTO
	*) pos=$((pos + 12)) ;;
	esac
	id=$((id + 1))
done
# first KIND [MIN_VLEN]: "ID OFFSET" of the first type of that kind
first() { awk -v k="$1" -v v="${2:-0}" '$2 == k && $3 >= v { print $1, $4; exit }' "$out/.types"; }
# cycle NAME KIND FIELD_OFFSET [NEW_KIND]: the first type of KIND refers
# to itself through the field FIELD_OFFSET bytes into its record
cycle() {
	set -- "$1" "$2" "$3" "${4:-}" $(first "$2" 1) $(first "$2")
	t=$5 at=$6
	[ -n "$t" ] || { t=$7 at=$8; }
	mk "btf-cycle-$1.o" "$M" $((at + $3)) 4 "$t"
	[ -z "$4" ] || put "$out/btf-cycle-$1.o" $((at + 4)) 4 $(( $4 << 24 ))
}
cycle ptr 2 8
cycle typedef 8 8
cycle const 2 8 10
cycle volatile 2 8 9
cycle restrict 2 8 11
cycle array 3 12
# ... made the key and value of map inner0 (through its PTR [7]): the
# shape whose unbounded name walk once crashed every option set.
put "$out/btf-cycle-array.o" $(( $(awk '$1 == 7 { print $4 }' "$out/.types") + 8 )) 4 3
cycle struct-member 4 16
cycle func-proto 13 16
cycle var 14 8
cycle datasec 15 12
# A loop through two types: the first TYPEDEF names the first PTR, which
# points back at it.
set -- $(first 8) $(first 2)
mk btf-cycle-two.o "$M" $(($2 + 8)) 4 "$3"
put "$out/btf-cycle-two.o" $(($4 + 8)) 4 "$1"
# 40 twelve-byte records (pointers, functions, typedefs...) turned into a
# chain of typedefs 40 deep, ending at the first INT.
set -- $(first 1)
cp "$M" "$out/btf-deep.o"
awk '$2 == 2 || $2 == 7 || $2 == 8 || $2 == 9 || $2 == 10 || $2 == 12 { print $1, $4 }' "$out/.types" |
	head -40 > "$out/.chain"
prev=""
while read -r cid cat; do
	[ -z "$prev" ] || put "$out/btf-deep.o" $((prev + 8)) 4 "$cid"
	put "$out/btf-deep.o" $((cat + 4)) 4 $(( 8 << 24 ))
	prev=$cat
done < "$out/.chain"
put "$out/btf-deep.o" $((prev + 8)) 4 "$1"
rm -f "$out/.types" "$out/.chain"
mk btfext-magic.o "$M" "$ext" 2 1
mk btfext-func-len.o "$M" $(( ext + 12 )) 4 $(( 1 << 30 ))
mk btfext-rec-size.o "$M" $(( ext + 24 + $(get "$M" $((ext + 8)) 4) )) 4 3
mk btfext-count-huge.o "$M" $(( ext + 24 + $(get "$M" $((ext + 16)) 4) + 8 )) 4 $(( 1 << 28 ))

# ---- legacy maps (xdp_blacklist: 5 maps) --------------------------------------------
mk maps-odd-size.o "$X" $(( $(shdr "$X" 5) + 32 )) 8 39
mk maps-short.o "$X" $(( $(shdr "$X" 5) + 32 )) 8 12

# ---- CO-RE records (core.bpfel.o: 18 .BTF.ext, whose CO-RE area starts at
#      header + core_relo_off; records of 16 bytes after a 4-byte size and
#      an 8-byte section header) ------------------------------------------------------
C="$data/core.bpfel.o"
ext=$(get "$C" $(( $(shdr "$C" 18) + 24 )) 8)
core=$(( ext + $(get "$C" $((ext + 4)) 4) + $(get "$C" $((ext + 24)) 4) ))
rec=$(( core + 4 + 8 ))
mk core-rec-size.o "$C" "$core" 4 4
mk core-count-huge.o "$C" $(( core + 8 )) 4 $(( (1 << 32) - 1 ))
mk core-len-past-end.o "$C" $(( ext + 28 )) 4 100000
mk core-type-out.o "$C" $(( rec + 4 )) 4 99999
mk core-access-out.o "$C" $(( rec + 8 )) 4 $(( 1 << 30 ))
mk core-access-not-spec.o "$C" $(( rec + 8 )) 4 1          # a name, not "0:1"
mk core-kind-out.o "$C" $(( rec + 12 )) 4 99
mk core-insn-odd.o "$C" "$rec" 4 3
mk core-insn-past-end.o "$C" "$rec" 4 $(( 1 << 20 ))
mk core-enum-as-field.o "$C" $(( rec + 12 )) 4 11             # enum value of a struct
mk core-field-as-type.o "$C" $(( rec + 12 )) 4 9              # type size, spec "0:4"
mk core-root-int.o "$C" $(( rec + 4 )) 4 1                    # a field of an int
# The type_matches record made one of VAR [19] '_license', whose vlen is
# made 65535: a VAR's record is 16 bytes whatever its vlen says, so a
# walk of "members" by vlen reads far past it (found by fuzzing).
btfc=$(get "$C" $(( $(shdr "$C" 16) + 24 )) 8)
var=$(( btfc + 24 + $(get "$C" $((btfc + 8)) 4) ))
i=1
while [ $i -lt 19 ]; do
	info=$(get "$C" $((var + 4)) 4)
	case $(( info >> 24 & 31 )) in
	1|14|17) var=$((var + 16)) ;;
	3) var=$((var + 24)) ;;
	4|5|15|19) var=$((var + 12 + 12 * (info & 65535))) ;;
	6|13) var=$((var + 12 + 8 * (info & 65535))) ;;
	*) var=$((var + 12)) ;;
	esac
	i=$((i + 1))
done
[ $(( $(get "$C" $((var + 4)) 4) >> 24 )) -eq 14 ] || { echo "gen.sh: core.bpfel.o type 19 is no VAR" >&2; exit 1; }
mk core-match-var.o "$C" $(( rec + 16 * 12 + 4 )) 4 19     # record 12 is the type_matches one
put "$out/core-match-var.o" $(( var + 4 )) 4 $(( (14 << 24) | 65535 ))

# ---- names no terminal may receive raw: control characters, escape
#      sequences, bytes that are not UTF-8 -----------------------------------------------
cp "$M" "$out/names-escapes.o"
for at in $(grep -obUa 'xdp_flows' "$M" | cut -d: -f1); do
	printf '\033[2J\377\300' | dd of="$out/names-escapes.o" bs=1 seek="$at" conv=notrunc 2>/dev/null
done
cp "$M" "$out/license-escapes.o"
at=$(grep -obUa 'Dual BSD/GPL' "$M" | head -1 | cut -d: -f1)
printf '\033]0;owned\007\n\377' | dd of="$out/license-escapes.o" bs=1 seek="$at" conv=notrunc 2>/dev/null

# ---- not ELF objects at all -----------------------------------------------------------
: > "$out/empty.o"
printf 'not an object\n' > "$out/text.o"
head -c 64 /dev/zero > "$out/zeros.o"
mkdir -p "$out/a-directory.o"
ln -sf /dev/zero "$out/dev-zero.o"
rm -f "$out/fifo.o" && mkfifo "$out/fifo.o"

# ---- kernel logs ----------------------------------------------------------------------
J="$data/jit"
sed 5d "$J/plain.log" > "$out/missing-lines.log"
awk 'NR == 6 { print; print } { print }' "$J/plain.log" > "$out/duplicated-lines.log"
awk '/JIT code/ && n++ == 3 { held = $0; next } { print } /JIT code/ && held && n == 6 { print held; held = "" }' \
	"$J/plain.log" > "$out/out-of-order.log"
sed '1s/proglen=[0-9]*/proglen=99999/' "$J/plain.log" > "$out/proglen-too-big.log"
sed '1s/proglen=[0-9]*/proglen=7/' "$J/plain.log" > "$out/proglen-too-small.log"
sed '3s/: .*/: zz qq !! 12 3/' "$J/plain.log" > "$out/non-hex.log"
sed 's/$/\r/' "$J/plain.log" > "$out/crlf.log"
cp "$J/interleaved.log" "$out/interleaved.log"
sed '2s/00000000:/fffffffffffffff0:/' "$J/plain.log" > "$out/offset-huge.log"
sed '2s/JIT code: 00000000: /JIT code: 00000000:/' "$J/plain.log" > "$out/no-space.log"
printf 'flen=1 proglen=3\nJIT code: 00000000: 55 48\n' > "$out/short-image.log"
printf 'flen=\nproglen=\nJIT code: \nJIT code: :\nflen=x proglen=y\n' > "$out/bare-keys.log"
head -c 4000 /dev/urandom > "$out/random.log"
awk 'BEGIN { for (i = 0; i < 2000; i++) printf "x"; print "" }' > "$out/long-line.log"
: > "$out/empty.log"
echo "bad corpus: $(ls "$out" | wc -l) files in $out"
