# SPDX-License-Identifier: GPL-2.0-only
# Test library, toybox style.  A .test file is a list of
#
#   testing "name" "command" "expected stdout" "file contents" "stdin"
#
# The command runs with sh in a fresh scratch directory, with the applet
# links first in PATH; "file contents" is written to ./input first, "stdin"
# is fed to it.  Expected output, file and stdin take printf %b escapes
# (\n).  A mismatch prints a unified diff.  `skip_next N "why"` turns the
# next N tests into SKIPs (for kernels or machines that refuse), and a file
# starts with `require_applet NAME || return 0` to skip itself when the
# applet is configured out; `need_config SYMBOL [N]` skips the next N tests
# (default 1) when the build has CONFIG_SYMBOL off, `need_config_off` when
# it has it on.  Each file runs in a shell of its own (tests/run.sh); the
# counts go to $COUNTS after every test, so a file that aborts keeps
# what it counted.

PASS=0 FAIL=0 SKIP=0
SKIP_NEXT=0
SKIP_WHY=""

# count PASS|FAIL|SKIP: one more, written where the runner reads it.
count() {
	eval "$1=\$(($1 + 1))"
	echo "$PASS $FAIL $SKIP" > "$COUNTS"
}

testing() {
	name=$1 cmd=$2 expected=$3 file=$4 stdin=$5
	if [ "$SKIP_NEXT" -gt 0 ]; then
		SKIP_NEXT=$((SKIP_NEXT - 1))
		count SKIP
		echo "SKIP: $TEST_FILE: $name ($SKIP_WHY)"
		return 0
	fi
	rm -rf "$SCRATCH" && mkdir -p "$SCRATCH"
	printf '%b' "$file" > "$SCRATCH/input"
	printf '%b' "$expected" > "$SCRATCH/expected"
	printf '%b' "$stdin" > "$SCRATCH/stdin"
	(cd "$SCRATCH" && sh -c "$cmd" < stdin > actual 2> stderr)
	if cmp -s "$SCRATCH/expected" "$SCRATCH/actual"; then
		count PASS
		[ -n "$VERBOSE" ] && echo "PASS: $TEST_FILE: $name"
	else
		count FAIL
		echo "FAIL: $TEST_FILE: $name"
		echo "  command: $cmd"
		diff -u "$SCRATCH/expected" "$SCRATCH/actual" | sed 's/^/  /' | head -40
		[ -s "$SCRATCH/stderr" ] && sed 's/^/  stderr: /' "$SCRATCH/stderr" | head -10
	fi
	return 0
}

# Skips nest: a shorter skip inside a longer one does not end it.
skip_next() {
	[ "$1" -gt "$SKIP_NEXT" ] || return 0
	SKIP_NEXT=$1
	SKIP_WHY=$2
}

# The .config the binary under test was built from.
config_on() {
	grep -qx "CONFIG_$1=y" "$CONFIG_FILE"
}

need_config() {
	config_on "$1" || skip_next "${2:-1}" "CONFIG_$1 is off in this build"
}

need_config_off() {
	config_on "$1" && skip_next "${2:-1}" "CONFIG_$1 is on in this build"
	return 0
}

require_applet() {
	grep -qx "$1" "$APPLET_LIST" && return 0
	count SKIP
	echo "SKIP: $TEST_FILE: $1 is not in this build"
	return 1
}

# Tools a machine may lack, or have in a form without the options the
# tests use (a busybox guest's setpriv has none of these): the tests that
# need them SKIP there.
USER_DROP="--reuid=65534 --regid=65534 --clear-groups"
# setpriv_can OPTION...: this machine's setpriv takes these options, and
# the user they drop to can still reach bpfbox and the scratch tree (a
# clone under root's 0700 home is out of another user's reach).
setpriv_can() {
	command -v setpriv >/dev/null && setpriv "$@" true >/dev/null 2>&1 || return 1
	setpriv "$@" sh -c 'cd "$1" && bpfbox --help' - "$WORK" >/dev/null 2>&1
}
# need_setpriv N OPTION...: skip the next N tests unless it does.
need_setpriv() {
	_n=$1
	shift
	setpriv_can "$@" ||
		skip_next "$_n" "no setpriv that takes $* here, or its user cannot reach $WORK"
}

# True when this process may use bpf(): the tests that need the live
# kernel check it and SKIP otherwise.
bpf_works() {
	"$HELPERS/bpf_hold" -x map 2 4 4 1 >/dev/null 2>&1 || return 1
	# Under an emulator, bpfbox's own bpf() calls must get through too.
	[ -z "${EMU:-}" ] || bpf-memlock --probe -t array -k 4 -v 4 -n 1 >/dev/null 2>&1
}

# Starts bpf_hold ARGS in the background; HOLD_PID is its pid and
# $WORK/hold.out what it created ("map ID MEMLOCK" lines).  Fails when the
# kernel refused.
start_holder() {
	start_helper bpf_hold "$@"
}

# The same with any helper that prints "ready" and holds (bpf_load).
start_helper() {
	_h=$1
	shift
	# The last holder's "ready" must not be read as this one's: the
	# background redirection may open the file after the first look.
	rm -f "$WORK/hold.out"
	"$HELPERS/$_h" "$@" > "$WORK/hold.out" 2>/dev/null &
	HOLD_PID=$!
	for _i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
		grep -qs '^ready$' "$WORK/hold.out" && return 0
		kill -0 "$HOLD_PID" 2>/dev/null || return 1
		sleep 0.1
	done
	return 1
}

stop_holder() {
	kill "$HOLD_PID" 2>/dev/null
	wait "$HOLD_PID" 2>/dev/null
	return 0
}

# Makes $PIN_DIR, the directory of this run's pins, on a bpf filesystem
# (mounting one on /sys/fs/bpf when none is there: the runner unmounts it
# at the end, and removes whatever pins a file leaves there).
bpf_pin_dir() {
	if ! grep -q ' /sys/fs/bpf bpf ' /proc/mounts; then
		mount -t bpf bpf /sys/fs/bpf 2>/dev/null || return 1
		touch "$WORK/bpffs.mounted"
	fi
	mkdir -p "$PIN_DIR" 2>/dev/null
}
