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
ln -s "$BPFBOX" "$BIN/bpfbox"
APPLET_LIST="$WORK/applets"
"$BPFBOX" --list > "$APPLET_LIST" || { echo "cannot run $BPFBOX"; exit 1; }
while read -r a; do ln -s "$BPFBOX" "$BIN/$a"; done < "$APPLET_LIST"
PATH="$BIN:$PATH"
export PATH BPFBOX BUILD TOP TESTS DATA HELPERS WORK
unset BPFBOX_ROOT

. "$TESTS/testing.sh"

files=${*:-$(ls "$TESTS"/*.test)}
for f in $files; do
	TEST_FILE=$(basename "$f")
	SKIP_NEXT=0
	# shellcheck disable=SC1090
	. "$f"
done
rm -rf "$SCRATCH"
echo "$PASS passed, $FAIL failed, $SKIP skipped"
[ "$FAIL" -eq 0 ]
