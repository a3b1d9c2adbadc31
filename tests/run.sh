#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Runs every tests/*.test against $BPFBOX through applet links and prints
# "N passed, N failed, N skipped".  Called by `make check`; run one file
# with `sh tests/run.sh tests/bpf-jit.test`, -v to list passes too.
set -u
TESTS=$(cd "$(dirname "$0")" && pwd)
TOP=$(dirname "$TESTS")
: "${BPFBOX:=$TOP/bpfbox}"
: "${BUILD:=$TOP/build}"
VERBOSE=""
[ "${1:-}" = "-v" ] && { VERBOSE=1; shift; }

WORK="$BUILD/tests"
SCRATCH="$WORK/scratch"
BIN="$WORK/bin"
HELPERS="$BUILD/test-helpers"
DATA="$TESTS/data"
rm -rf "$WORK" && mkdir -p "$BIN"
# EMU: the emulator of a cross build (qemu-aarch64-static ...).  The
# applet names then are small scripts that start the binary under it with
# the name as argv[0] (qemu's -0), so dispatch by name is tested too.
: "${EMU:=}"
RUNBOX=$EMU
APPLET_LIST="$WORK/applets"
# Features a build leaves out (Kconfig) skip their tests: see need_config.
case ${KCONFIG_CONFIG:-.config} in
/*) CONFIG_FILE=$KCONFIG_CONFIG ;;
*) CONFIG_FILE=$TOP/${KCONFIG_CONFIG:-.config} ;;
esac
[ -f "$CONFIG_FILE" ] || { echo "no $CONFIG_FILE: which build is this?"; exit 1; }
$RUNBOX "$BPFBOX" --list > "$APPLET_LIST" || { echo "cannot run $BPFBOX"; exit 1; }
for a in bpfbox $(cat "$APPLET_LIST"); do
	if [ -n "$EMU" ]; then
		printf '#!/bin/sh\nexec %s -0 %s %s "$@"\n' "$EMU" "$a" "$BPFBOX" > "$BIN/$a"
		chmod +x "$BIN/$a"
	else
		ln -s "$BPFBOX" "$BIN/$a"
	fi
done
PATH="$BIN:$PATH"
export PATH BPFBOX BUILD TOP TESTS DATA HELPERS WORK EMU RUNBOX CONFIG_FILE
unset BPFBOX_ROOT

. "$TESTS/testing.sh"

files=${*:-$(ls "$TESTS"/*.test)}
[ -n "$EMU" ] && echo "running under $EMU: tests of the live kernel's bpf() skip where the emulator cannot pass it on"
for f in $files; do
	TEST_FILE=$(basename "$f")
	SKIP_NEXT=0
	# shellcheck disable=SC1090
	. "$f"
done
rm -rf "$SCRATCH"
echo "$PASS passed, $FAIL failed, $SKIP skipped"
[ "$FAIL" -eq 0 ]
