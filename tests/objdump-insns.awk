# SPDX-License-Identifier: GPL-2.0-only
# objdump -D -b binary output -> "OFFSET BYTES" per instruction (objdump
# wraps long instructions onto continuation lines that have no mnemonic);
# with -v text=1 "OFFSET BYTES<tab>TEXT", the instruction's text as well.
/^ *[0-9a-f]+:\t/ {
	split($0, f, "\t")
	off = f[1]; sub(/^ */, "", off); sub(/:$/, "", off)
	bytes = f[2]; gsub(/ +$/, "", bytes)
	if (f[3] == "" && n) { last[n] = last[n] " " bytes; next }
	n++; offs[n] = off; last[n] = bytes; txt[n] = f[3]
	for (i = 4; i in f; i++) txt[n] = txt[n] "\t" f[i]
}
END { for (i = 1; i <= n; i++) print offs[i], last[i] (text ? "\t" txt[i] : "") }
