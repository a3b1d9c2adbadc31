#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# `make check-vm`: the live test files on real kernels under qemu-system.
# For each kernel (default: every one of tests/vm/kernels): fetch it,
# build bpfbox and the helpers for its architecture, pack the initramfs,
# boot it (two guests at a time: the machine has 2 cores), and read the
# suite's results from its console.  Then one table: kernel, release,
# architecture, JIT (on/off/none), passed, failed, skipped, seconds; and
# "check-vm: N passed, N failed, N skipped".  A kernel that cannot be
# fetched or built, or a guest that hangs (killed after VM_TIMEOUT
# seconds, default 900) or stops without its result, counts as one
# failure, with the reason or the console's last lines shown.
# Logs: build/vm/console-NAME-check.log (the whole console).
#   usage: check-vm.sh [NAME...]
set -u
. "$(dirname "$0")/lib.sh"
names=${*:-$(kernel_names)}
limit=${VM_TIMEOUT:-900}
mkdir -p "$VM_BUILD"
for n in $names; do
	kernel "$n" || { echo "check-vm: no kernel '$n' in tests/vm/kernels ($(kernel_names | tr '\n' ' '))" >&2; exit 2; }
	rm -f "$VM_BUILD/result-$n"
done

# prepare NAME: fetch, build, pack; on failure the result says why.
prepare() {
	if ! sh "$VM_DIR/fetch.sh" "$1" > "$VM_BUILD/prepare-$1.log" 2>&1; then
		echo "$1 - - - - 1 - - fetch failed: $(tail -1 "$VM_BUILD/prepare-$1.log")" > "$VM_BUILD/result-$1"
		return 1
	fi
	if ! sh "$VM_DIR/build.sh" "$1" >> "$VM_BUILD/prepare-$1.log" 2>&1 ||
	   ! sh "$VM_DIR/initramfs.sh" "$1" check >> "$VM_BUILD/prepare-$1.log" 2>&1; then
		echo "$1 - - - - 1 - - build failed: see $VM_BUILD/prepare-$1.log" > "$VM_BUILD/result-$1"
		return 1
	fi
}

# run NAME: boot it and write its result line:
# NAME RELEASE MACHINE JIT PASSED FAILED SKIPPED SECONDS [why]
run() {
	con="$VM_BUILD/console-$1-check.log"
	t0=$(date +%s)
	sh "$VM_DIR/boot.sh" "$1" check "$limit"
	rc=$?
	secs=$(($(date +%s) - t0))
	tr -d '\r' < "$con" > "$con.txt"
	set -- "$1" $(sed -n 's/.*@@vm kernel //p' "$con.txt" | head -1)
	rel=${2:--} mach=${3:--}
	jit=$(sed -n 's/.*@@vm jit //p' "$con.txt" | head -1)
	res=$(sed -n 's/.*@@vm result //p' "$con.txt" | tr -d ',')
	set -- "$1" $res
	if [ $rc -eq 0 ] && [ -n "$res" ]; then
		echo "$1 $rel $mach ${jit:--} $2 $4 $6 $secs" > "$VM_BUILD/result-$1"
	else
		why="stopped without a result"
		[ $rc -eq 124 ] && why="hung: killed after ${limit} s"
		echo "$1 $rel $mach ${jit:--} ${2:-0} $((${4:-0} + 1)) ${6:-0} $secs $why" > "$VM_BUILD/result-$1"
	fi
}

# Fetch and build one after another (make is not run twice at once in
# one tree), then boot in two queues.
ready=""
for n in $names; do
	echo "check-vm: preparing $n"
	prepare "$n" && ready="$ready $n"
done
q1="" q2="" i=0
for n in $ready; do
	if [ $((i % 2)) -eq 0 ]; then q1="$q1 $n"; else q2="$q2 $n"; fi
	i=$((i + 1))
done
start=$(date +%s)
( for n in $q1; do echo "check-vm: booting $n"; run "$n"; done ) &
p1=$!
( for n in $q2; do echo "check-vm: booting $n"; run "$n"; done ) &
p2=$!
# ^C or TERM: stop both queues (their qemu ends through timeout's TERM).
trap 'kill $p1 $p2 2>/dev/null; pkill -TERM -P $p1 2>/dev/null; pkill -TERM -P $p2 2>/dev/null; exit 130' INT TERM
wait $p1 $p2
total=$(($(date +%s) - start))

tp=0 tf=0 ts=0 status=0
echo
for n in $names; do
	set -- $(cat "$VM_BUILD/result-$n" 2>/dev/null || echo "$n - - - - 1 - - no result")
	[ "$6" = 0 ] || status=1
	con="$VM_BUILD/console-$n-check.log.txt"
	if [ "$6" != 0 ]; then
		echo "---- $n: failures ----"
		if [ $# -gt 8 ]; then
			shift 8; echo "$n: $*"
			[ -f "$con" ] && { echo "console tail:"; tail -15 "$con" | sed 's/^/  /'; }
		fi
		[ -f "$con" ] && sed -n '/^\(FAIL\|ABORT\|CLEANUP\)/,/^\(PASS\|SKIP\|FAIL\|ABORT\|@@vm\)/p' "$con" | grep -v '^\(SKIP\|PASS\|@@vm\)' | head -60
	fi
done
printf '%-12s %-22s %-8s %-5s %7s %7s %7s %8s\n' KERNEL RELEASE ARCH JIT PASSED FAILED SKIPPED SECONDS
for n in $names; do
	set -- $(cat "$VM_BUILD/result-$n" 2>/dev/null || echo "$n - - - - 1 - - no result")
	printf '%-12s %-22s %-8s %-5s %7s %7s %7s %8s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8"
	case $5 in *[!0-9]*) ;; *) tp=$((tp + $5)) ;; esac
	case $6 in *[!0-9]*) ;; *) tf=$((tf + $6)) ;; esac
	case $7 in *[!0-9]*) ;; *) ts=$((ts + $7)) ;; esac
done
echo "guests: ${total} s (two at a time)"
echo "check-vm: $tp passed, $tf failed, $ts skipped"
exit $status
