# SPDX-License-Identifier: GPL-2.0-only
# Zydis' operand table without the operands only AVX-512 (EVEX) and
# Knights Corner (MVEX) instructions use.  bpfbox builds Zydis with both
# disabled (no JIT emits them, objdump decodes KNC as (bad)), which drops
# their instruction definitions but not their operands: 60 KB of the
# 101 KB table.  Definitions point at their operands by index
# (operand_reference, `count` operands from there), so the kept operands
# keep their order and every definition's index is renumbered.
#
# usage: awk -v out=DIR -f zydis-prune.awk \
#            InstructionDefinitions.inc OperandDefinitions.inc InstructionDefinitions.inc
# writes DIR/OperandDefinitions.inc and DIR/InstructionDefinitions.inc.
#
# A definition line starts "{ ZYDIS_MNEMONIC_X ZYDIS_NOTMIN(count)
# ZYDIS_NOTMIN(visible) ZYDIS_NOTMIN(reference)"; an operand line starts
# "    { ".  Anything else is copied as it is.

function number(s,    v, i, c) {
	if (s !~ /^0x/)
		return s + 0
	v = 0
	for (i = 3; i <= length(s); i++) {
		c = index("0123456789ABCDEF", toupper(substr(s, i, 1))) - 1
		v = v * 16 + c
	}
	return v
}

# Sets count and ref from a definition line; 0 when it is not one.
function definition(line,    m) {
	if (!match(line, /\{ ZYDIS_MNEMONIC_[A-Z0-9_]+ ZYDIS_NOTMIN\([0-9]+\) ZYDIS_NOTMIN\([0-9]+\) ZYDIS_NOTMIN\((0x)?[0-9A-Fa-f]+\)/))
		return 0
	m = substr(line, RSTART, RLENGTH)
	split(m, part, /[()]/)
	count = part[2] + 0
	ref = number(part[6])
	ref_at = RSTART + RLENGTH - 1 - length(part[6])
	return 1
}

function table_kind(line) {
	if (line ~ /^const ZydisInstructionDefinition(EVEX|MVEX) /)
		return "dropped"
	if (line ~ /^const ZydisInstructionDefinition/)
		return "kept"
	return kind
}

FNR == 1 { pass++; kind = "" }

pass == 1 {
	kind = table_kind($0)
	if (kind == "kept" && definition($0))
		for (i = 0; i < count; i++)
			used[ref + i] = 1
	next
}

pass == 2 {
	if ($0 ~ /^    \{ /) {
		if (operand in used) {
			renumbered[operand] = kept++
			print > (out "/OperandDefinitions.inc")
		}
		operand++
		next
	}
	print > (out "/OperandDefinitions.inc")
	next
}

pass == 3 {
	kind = table_kind($0)
	if (definition($0)) {
		new = (kind == "kept" && count > 0) ? renumbered[ref] : 0
		$0 = substr($0, 1, ref_at - 1) sprintf("0x%X", new) substr($0, ref_at + length(part[6]))
	}
	print > (out "/InstructionDefinitions.inc")
}

END {
	if (pass != 3 || operand == 0 || kept == 0) {
		print "zydis-prune.awk: the tables did not have the expected shape" > "/dev/stderr"
		exit 1
	}
	printf "deps: %d of %d operands kept (AVX-512 and KNC ones dropped)\n", kept, operand
}
