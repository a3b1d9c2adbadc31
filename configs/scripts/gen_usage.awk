# SPDX-License-Identifier: GPL-2.0-only
# applets/*.kconfig -> usage.h: the help text of each applet's top symbol
# becomes USAGE_<SYMBOL>, so `APPLET --help` and menuconfig show one text.
# Help lines are indented by one tab plus two spaces in the fragments.
function flush() {
	if (sym != "" && text != "") printf "#define USAGE_%s \\\n%s\"\"\n", sym, text
	sym = ""; text = ""; blanks = ""; inhelp = 0
}
BEGIN { print "/* generated from the applet Kconfig fragments by configs/scripts/gen_usage.awk */" }
/^config / { flush(); sym = $2; next }
/^[ \t]+help[ \t]*$/ { if (sym != "") inhelp = 1; next }
inhelp && /^[^ \t]/ && !/^$/ { flush(); next }
inhelp && /^[ \t]*$/ { blanks = blanks "\t\"\\n\" \\\n"; next }
inhelp {
	text = text blanks; blanks = ""
	line = $0
	sub(/^\t  /, "", line)
	gsub(/\\/, "\\\\", line); gsub(/"/, "\\\"", line)
	text = text "\t\"" line "\\n\" \\\n"
}
END { flush() }
