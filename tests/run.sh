#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Runs every tests/*.test against $BPFBOX through applet links and prints
# "N passed, N failed, N skipped".  Called by `make check`; run one file
# with `sh tests/run.sh tests/bpf-jit.test`, -v to list passes too.
#
# Each file runs in a shell of its own (with set -u) under the reap
# helper, so that a file that stops half way, an unset variable included,
# is an ABORT counted as a failure and named, and the next file still
# runs.  After every file, passed, failed or aborted, the harness puts the
# machine back: processes the file left running are killed (reap), pins
# under the suite's bpffs directory are removed, the BPF and log sysctls
# are set back to what they were, the scratch directory goes.  Whatever
# it had to clean up is reported ("CLEANUP: FILE: ...").
set -u
TESTS=$(cd "$(dirname "$0")" && pwd)
TOP=$(dirname "$TESTS")
: "${BPFBOX:=$TOP/bpfbox}"
: "${BUILD:=$TOP/build}"
VERBOSE=""
[ "${1:-}" = "-v" ] && { VERBOSE=1; shift; }

# RUN_WORK: another work directory, for a run of the harness inside the
# suite (tests/harness.test) that must not touch the outer run's files.
WORK=${RUN_WORK:-$BUILD/tests}
SCRATCH="$WORK/scratch"
BIN="$WORK/bin"
HELPERS="$BUILD/test-helpers"
DATA="$TESTS/data"
COUNTS="$WORK/counts"
rm -rf "$WORK" && mkdir -p "$BIN"
[ -x "$HELPERS/reap" ] || { echo "no $HELPERS/reap: run the suite with make check"; exit 1; }
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
# Pins the tests make go under one directory of the bpf filesystem
# (bpf_pin_dir in testing.sh), named after this run (bpffs refuses dots).
PIN_DIR=/sys/fs/bpf/bpfbox-tests-$$
PATH="$BIN:$PATH"
export PATH BPFBOX BUILD TOP TESTS DATA HELPERS WORK SCRATCH EMU RUNBOX CONFIG_FILE \
	APPLET_LIST VERBOSE COUNTS PIN_DIR
unset BPFBOX_ROOT

# The sysctls tests write (put back by the tests themselves; by the
# harness when a file failed to).
SYSCTLS="net/core/bpf_jit_enable net/core/bpf_jit_harden net/core/bpf_jit_kallsyms
net/core/bpf_jit_limit kernel/kptr_restrict kernel/dmesg_restrict"
sysctl_values() {
	for s in $SYSCTLS; do
		v=$(cat "/proc/sys/$s" 2>/dev/null) && echo "$s $v"
	done
	return 0
}

# After a file: report and undo what it left behind; false when there was
# anything to undo.
cleanup_after() {
	_f=$1 _clean=0
	if [ -s "$WORK/reap.err" ]; then
		echo "CLEANUP: $_f: left running, killed: $(sed -n 's/^reap: killed //p' "$WORK/reap.err" | paste -s -d' ')"
		_clean=1
	fi
	if [ -d "$PIN_DIR" ] && [ -n "$(ls -A "$PIN_DIR" 2>/dev/null)" ]; then
		echo "CLEANUP: $_f: pins left, removed: $(ls -A "$PIN_DIR" | paste -s -d' ')"
		rm -rf "${PIN_DIR:?}"/*
		_clean=1
	fi
	sysctl_values > "$WORK/sysctl.after"
	while read -r s v; do
		now=$(sed -n "s#^$s ##p" "$WORK/sysctl.after")
		[ "$now" = "$v" ] && continue
		if echo "$v" 2>/dev/null > "/proc/sys/$s"; then
			echo "CLEANUP: $_f: $s was $now, set back to $v"
		else
			echo "CLEANUP: $_f: $s was $now and cannot be set back to $v"
		fi
		_clean=1
	done < "$WORK/sysctl.before"
	rm -rf "$SCRATCH"
	return $_clean
}

# ^C or a TERM/HUP ends the run after the current file, cleaned up as
# any other (reap passes the signal on to the file's shell).
STOP=""
trap 'STOP=1' INT TERM HUP
PASS=0 FAIL=0 SKIP=0
files=${*:-$(ls "$TESTS"/*.test)}
[ -n "$EMU" ] && echo "running under $EMU: tests of the live kernel's bpf() skip where the emulator cannot pass it on"
for f in $files; do
	name=$(basename "$f")
	sysctl_values > "$WORK/sysctl.before"
	echo "0 0 0" > "$COUNTS"
	# The file's own stderr (not its tests', which go to scratch files)
	# holds the shell's message when it aborts.
	"$HELPERS/reap" sh -u -c '
		TEST_FILE=$1
		. "$TESTS/testing.sh"
		. "$2"
		echo done >> "$COUNTS"' sh "$name" "$f" 2> "$WORK/file.err"
	rc=$?
	grep '^reap: ' "$WORK/file.err" > "$WORK/reap.err"
	set -- $(head -1 "$COUNTS")
	PASS=$((PASS + $1)) FAIL=$((FAIL + $2)) SKIP=$((SKIP + $3))
	failed=$2
	if ! grep -qx done "$COUNTS"; then
		FAIL=$((FAIL + 1)) failed=1
		echo "ABORT: $name: stopped after $(($1 + $2 + $3)) tests (exit $rc): $(grep -v '^reap: ' "$WORK/file.err" | tail -1)"
	else
		grep -v '^reap: ' "$WORK/file.err" | sed "s/^/STDERR: $name: /"
	fi
	# A file that passed yet left something behind has a test that does
	# not clean up after itself: that is a failure too.
	if ! cleanup_after "$name" && [ "$failed" -eq 0 ]; then
		FAIL=$((FAIL + 1))
		echo "FAIL: $name: its tests passed but left the machine changed (CLEANUP above)"
	fi
	[ -z "$STOP" ] || { echo "interrupted after $name"; FAIL=$((FAIL + 1)); break; }
done
[ -d "$PIN_DIR" ] && rmdir "$PIN_DIR" 2>/dev/null
[ -f "$WORK/bpffs.mounted" ] && umount /sys/fs/bpf 2>/dev/null
echo "$PASS passed, $FAIL failed, $SKIP skipped"
[ "$FAIL" -eq 0 ]
