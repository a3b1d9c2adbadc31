# SPDX-License-Identifier: GPL-2.0-only
# bpf-jitdis -o output -> "OFFSET BYTES" per instruction.
/^ *[0-9a-f]+:\t/ {
	split($0, f, "\t")
	off = f[1]; sub(/^ */, "", off); sub(/:$/, "", off)
	bytes = f[2]; gsub(/ +$/, "", bytes)
	print off, bytes
}
