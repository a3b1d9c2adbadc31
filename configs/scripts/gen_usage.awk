# SPDX-License-Identifier: GPL-2.0-only
# applets/*.kconfig -> usage.h: the help text of each applet's top symbol
# (the one whose help starts "usage:") becomes USAGE_<SYMBOL>, so
# `APPLET --help` and menuconfig show one text.
# Help lines are indented by one tab plus two spaces in the fragments.
# Without CONFIG_FEATURE_VERBOSE_USAGE only the synopsis stays: the lines
# before the first blank one.
function flush() {
	if (sym != "" && syn ~ /^\t"usage: /)
		printf "#if CONFIG_FEATURE_VERBOSE_USAGE\n#define USAGE_%s \\\n%s%s\"\"\n#else\n#define USAGE_%s \\\n%s\"\"\n#endif\n", sym, syn, text, sym, syn
	sym = ""; syn = ""; text = ""; blanks = ""; inhelp = 0; insyn = 0
}
BEGIN {
	print "/* generated from the applet Kconfig fragments by configs/scripts/gen_usage.awk */"
	print "#include \"config.h\""
}
/^config / { flush(); sym = $2; next }
/^[ \t]+help[ \t]*$/ { if (sym != "") inhelp = insyn = 1; next }
inhelp && /^[^ \t]/ && !/^$/ { flush(); next }
inhelp && /^[ \t]*$/ { insyn = 0; blanks = blanks "\t\"\\n\" \\\n"; next }
inhelp {
	line = $0
	sub(/^\t  /, "", line)
	gsub(/\\/, "\\\\", line); gsub(/"/, "\\\"", line)
	line = "\t\"" line "\\n\" \\\n"
	if (insyn) syn = syn line
	else { text = text blanks line; blanks = "" }
}
END { flush() }
