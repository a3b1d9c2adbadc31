#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Which s390x instructions GNU objdump decodes, as the tables of
# libcore/dis_s390_known.h.  objdump prints a word it cannot decode as
# ".long" of 4 bytes whatever its length bits say, and one it can decode
# takes the length its bits give; libcore/dis_s390.c decodes only the
# JIT's instructions, and gives the others the length objdump would, so
# a listing of code and literal pool stays in step with objdump's.
#
# What objdump decodes depends on the opcode (the first byte; for some
# first bytes also byte 1, the low 4 bits of byte 1, or byte 5) and, for
# some opcodes, on fields that must be zero.  For every opcode this asks
# objdump about the instruction with all other bits 0 and about each of
# those bits set alone: an opcode is known when the first is decoded,
# and a 4-bit field must be zero when setting any of its bits is not.
# The check that this describes objdump exactly is make check-dis's
# random words.
#
#   sh tests/dis/s390_known.sh > libcore/dis_s390_known.h
set -eu
OBJDUMP=${OBJDUMP:-s390x-linux-gnu-objdump}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The probes, each followed by six nopr (07 00): after a word objdump
# cannot decode it reads 4 bytes, and back in step before the next.
# probes.txt: offset, first byte, where the rest of the opcode is,
# extended opcode, flipped bit (-1: none).
awk -v list="$tmp/probes.txt" '
function ext_where(b) {
	if (b == 1 || b == 178 || b == 179 || b == 185 || b == 229) return 1   # 01 b2 b3 b9 e5
	if (b == 165 || b == 167 || b == 192 || b == 194 || b == 196 || b == 198 || b == 199 ||
	    b == 200 || b == 204) return 3     # a5 a7 c0 c2 c4 c6 c7 c8 cc: bits 12-15
	if (b == 227 || b == 230 || b == 231 || b == 235 || b == 236 || b == 237) return 5
	return 0
}
function put(w, n,   i) {
	for (i = 0; i < n; i++)
		printf "%c", w[i]
	for (i = 0; i < 6; i++)
		printf "%c%c", 7, 0
	off += n + 12
}
BEGIN {
	for (b = 0; b < 256; b++) {
		len = b < 64 ? 2 : b < 192 ? 4 : 6
		where = ext_where(b)
		next_ext = where == 0 ? 1 : where == 3 ? 16 : 256
		for (e = 0; e < next_ext; e++) {
			for (bit = -1; bit < 8 * len; bit++) {
				for (i = 0; i < 6; i++)
					w[i] = 0
				w[0] = b
				if (where)
					w[where == 3 ? 1 : where] = e
				if (bit >= 0) {
					i = int(bit / 8)
					m = 2 ^ (7 - bit % 8)
					# only bits outside the opcode
					if (i == 0 || (where == 3 && i == 1 && bit % 8 >= 4) ||
					    (where != 3 && where && i == where))
						continue
					w[i] = int(w[i] / m) % 2 ? w[i] - m : w[i] + m
				}
				printf "%d %d %d %d %d\n", off, b, where, e, bit > list
				put(w, len)
			}
		}
	}
}' > "$tmp/probes.bin"

"$OBJDUMP" -z -D -b binary -m s390:64-bit "$tmp/probes.bin" > "$tmp/objdump.txt"

# objdump.txt first (offset: decoded or not), then the probes.
awk '
FILENAME == ARGV[1] {
	if (match($0, /^ *[0-9a-f]+:\t/)) {
		split($0, f, "\t")
		off = f[1]; sub(/^ */, "", off); sub(/:$/, "", off)
		known[hex(off)] = f[3] !~ /^\.long/
	}
	next
}
function hex(s,   i, v) {
	v = 0
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
	return v
}
{
	off = $1; b = $2; e = $4; bit = $5
	where[b] = $3
	if (!(off in known)) {
		print "s390_known.sh: no instruction at probe " off > "/dev/stderr"
		exit 1
	}
	k = b SUBSEP e
	if (bit < 0) {
		base[k] = known[off]
		if (!(b in exts))
			exts[b] = 0
		exts[b]++
	} else {
		nib = int(bit / 4) - 2
		if (known[off] == base[k] && base[k])
			ok[k, nib] = 1
		else if (base[k])
			bad[k, nib] = 1
		else if (known[off]) {
			print "s390_known.sh: opcode " b "/" e " decoded only with bit " bit > "/dev/stderr"
			exit 1
		}
	}
}
END {
	nfam = 0; nbits = 0; nzeros = 0
	for (b = 0; b < 256; b++) {
		n = exts[b]
		valid = 0; single = -1; multi = 0
		for (e = 0; e < n; e++) {
			k = b SUBSEP e
			if (!base[k])
				continue
			z = 0
			for (nib = 0; nib < 8; nib++) {
				if (ok[k, nib] && bad[k, nib]) {
					print "s390_known.sh: opcode " b "/" e ": part of field " nib + 2 " must be 0" > "/dev/stderr"
					exit 1
				}
				if (bad[k, nib])
					z += 2 ^ nib
			}
			zero[k] = z
			if (single < 0)
				single = z
			else if (single != z)
				multi = 1
			valid++
		}
		if (!valid) {
			none[int(b / 8)] += 2 ^ (b % 8)
			continue
		}
		if (valid == n && !multi && !single)
			continue        # every word with this first byte
		fam_b[nfam] = b; fam_where[nfam] = where[b]
		fam_zero[nfam] = multi ? 255 : single
		if (n > 1) {
			for (i = 0; i < n / 8; i++) {
				v = 0
				for (j = 0; j < 8; j++)
					if (base[b SUBSEP (8 * i + j)])
						v += 2 ^ j
				bits[nbits++] = v
			}
		}
		if (multi)
			for (e = 0; e < n; e++)
				if (base[b SUBSEP e])
					zeros[nzeros++] = zero[b SUBSEP e]
		nfam++
	}
	print "/* SPDX-License-Identifier: GPL-2.0-only */"
	print "/* Which s390x instructions GNU objdump 2.40 decodes (-m s390:64-bit): made"
	print " * by tests/dis/s390_known.sh, which says how; do not edit. */"
	printf "\n/* First bytes objdump decodes nothing with, one bit each. */\n"
	printf "static const unsigned char known_none[32] = {"
	for (i = 0; i < 32; i++)
		printf "%s0x%02x,", i % 8 ? " " : "\n\t", none[i]
	printf "\n};\n"
	printf "\n/* First bytes whose words objdump decodes only for some opcodes or with\n"
	printf " * some 4-bit fields zero: the first byte, where the rest of the opcode\n"
	printf " * is (0: none, 1: byte 1, 3: bits 12-15, 5: byte 5), the fields that\n"
	printf " * must be zero (bit n: field n + 2 from the left; 255: each opcode its\n"
	printf " * own, in known_zeros).  In known_bits, one after the other, the opcodes\n"
	printf " * objdump knows of each first byte that has more (16 or 256 bits); in\n"
	printf " * known_zeros the fields of each of those opcodes, of the 255s. */\n"
	printf "static const unsigned char known_fams[][3] = {\n"
	for (i = 0; i < nfam; i++)
		printf "\t{ 0x%02x, %d, %d },\n", fam_b[i], fam_where[i], fam_zero[i]
	printf "};\n"
	printf "\nstatic const unsigned char known_bits[%d] = {", nbits
	for (i = 0; i < nbits; i++)
		printf "%s0x%02x,", i % 8 ? " " : "\n\t", bits[i]
	printf "\n};\n"
	printf "\nstatic const unsigned char known_zeros[%d] = {", nzeros
	for (i = 0; i < nzeros; i++)
		printf "%s0x%02x,", i % 8 ? " " : "\n\t", zeros[i]
	printf "\n};\n"
}' "$tmp/objdump.txt" "$tmp/probes.txt"
