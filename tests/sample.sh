#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# `make sample`: bpfbox on bundled sample data, then on this machine.
# The sample is a small router's /proc (built with mkroot.sh, the same
# formats the tests use): an XDP filter daemon and a logger holding BPF
# maps, a JIT in dump mode, a memlock limit of 64K; the BPF objects of
# tests/data; and the JIT dump of the troubleshooting guide.
set -eu
BOX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TESTS=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$TESTS")/build/sample/root
MK="sh $TESTS/mkroot.sh"

rm -rf "$ROOT" && mkdir -p "$ROOT"
$MK jit "$ROOT" enable=2 limit=33554432 unpriv=1
$MK proc "$ROOT" pid=1 comm=procd soft=unlimited hard=unlimited
$MK proc "$ROOT" pid=1187 comm=xdp-filter
$MK map "$ROOT" pid=1187 fd=3 id=4 type=9 entries=65536 memlock=5770240
$MK map "$ROOT" pid=1187 fd=4 id=5 type=6 value=16 entries=256 memlock=5120
$MK prog "$ROOT" pid=1187 fd=5 id=11 tag=8d2e4c1e55b4a1f7
$MK proc "$ROOT" pid=1410 comm=ringlog
$MK map "$ROOT" pid=1410 fd=6 id=7 type=27 key=0 value=0 entries=262144 memlock=270336

run() {
	echo "\$ $*"
	"$@" || true
	echo
}
echo "== sample router (BPFBOX_ROOT=build/sample/root) =="
export BPFBOX_ROOT="$ROOT"
run "$BOX" bpf-jit
run "$BOX" bpf-memlock -a
run "$BOX" bpf-memlock -p 1187
unset BPFBOX_ROOT
DATA="$TESTS/data"
if "$BOX" --list | grep -qx bpf-readelf; then
	run "$BOX" bpf-readelf "$DATA/multi.bpfel.o"
	run "$BOX" bpf-readelf -c "$DATA/xdp_blacklist.bpfeb.o" "$DATA/bad_license.bpfel.o"
	echo "\$ $BOX bpf-readelf -d -r $DATA/xdp_blacklist.bpfel.o | head -20"
	"$BOX" bpf-readelf -d -r "$DATA/xdp_blacklist.bpfel.o" | head -20
	echo
fi
if "$BOX" --list | grep -qx bpf-jitdis; then
	run "$BOX" bpf-jitdis -l "$DATA/jit/dmesg.log"
	echo "\$ $BOX bpf-jitdis -o $DATA/jit/seed.log | head -12"
	"$BOX" bpf-jitdis -o "$DATA/jit/seed.log" | head -12
	echo
fi
echo "== this machine =="
run "$BOX" bpf-jit
run "$BOX" bpf-memlock
run "$BOX" bpf-memlock --probe -t lru_hash -n 4096
