#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# `make check-fresh`: the README's two commands on a pristine Debian 12.
#
# A minimal Debian 12 root (mmdebstrap --variant=minbase, plus git, make
# and ca-certificates: what a newcomer has to have to clone and type make)
# is built from the machine's own apt sources once and cached as a tarball
# under build/fresh/; every run unpacks it anew, so no run sees what an
# earlier one installed.  A clean `git clone` of the current commit goes
# inside, the root gets what a real machine has mounted (proc, sysfs with
# the host's cgroup hierarchy and a bpf filesystem of its own, devtmpfs,
# devpts, /dev/shm), and `make sample` then `make check` run in it under
# `env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root`.
#
# Everything happens in a mount namespace of its own, and whatever runs
# inside the root when the suite ends, fails or is interrupted is killed
# before the mounts go: nothing is left behind on the host.
#
#   usage: check-fresh.sh        (as root; installs mmdebstrap if missing)
#   logs:  build/fresh/sample.log, build/fresh/check.log
set -eu
TOP=$(cd "$(dirname "$0")/.." && pwd)
FRESH=$TOP/build/fresh
ROOT=$FRESH/root
SUITE=bookworm
INCLUDE=ca-certificates,git,make
MIN_ENV="PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root"

say() { echo "check-fresh: $*"; }
die() { echo "check-fresh: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "needs root (mmdebstrap, chroot, mounts)"

# ---- the mount namespace ----------------------------------------------------
# Mounts made in a private namespace vanish with it even if this script
# is killed outright; the explicit unmount below is for the normal path.
if [ -z "${BPFBOX_FRESH_NS:-}" ]; then
	BPFBOX_FRESH_NS=1 exec unshare --mount --propagation private sh "$0" "$@"
fi

# ---- the cached pristine root ---------------------------------------------
# The machine's Debian sources, as they are (deb822 files and one-line
# entries), so the root installs from the same mirror or snapshot.
sources_files() {
	for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list; do
		[ -f "$f" ] && grep -q -i 'debian' "$f" && echo "$f"
	done
	return 0
}

build_cache() {
	tarball=$1
	command -v mmdebstrap >/dev/null || {
		say "installing mmdebstrap"
		apt-get update -q >/dev/null || say "apt-get update had errors; installing anyway"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends mmdebstrap >/dev/null ||
			die "cannot install mmdebstrap"
	}
	say "building a minimal $SUITE root (mmdebstrap, once; cached in $tarball)"
	# shellcheck disable=SC2046
	mmdebstrap --quiet --format=tar --variant=minbase --include="$INCLUDE" "$SUITE" "$tarball.tmp" \
		$(sources_files) > "$FRESH/mmdebstrap.log" 2>&1 ||
		{ tail -20 "$FRESH/mmdebstrap.log" >&2; rm -f "$tarball.tmp"; die "mmdebstrap failed"; }
	mv "$tarball.tmp" "$tarball"
}

mkdir -p "$FRESH"
srcs=$(sources_files)
[ -n "$srcs" ] || die "no Debian apt source in /etc/apt"
# The cache is keyed by what went into it: another mirror, suite or
# package list builds a new one.
# shellcheck disable=SC2086
key=$(cat $srcs | { cat; echo "$SUITE $INCLUDE"; } | cksum | cut -d' ' -f1)
tarball=$FRESH/$SUITE-minbase-$key.tar
[ -f "$tarball" ] || { rm -f "$FRESH"/*-minbase-*.tar; build_cache "$tarball"; }

# ---- cleanup: kill what runs in the root, then unmount --------------------
# A process belongs to the root when /proc/PID/root points into it (or
# into its deleted remains, after a run killed outright).  A helper left
# running by the suite, or a whole interrupted `make check`, is found this
# way; rounds repeat until none is left (children forked while we kill).
in_root() {
	for p in /proc/[0-9]*; do
		r=$(readlink "$p/root" 2>/dev/null) || continue
		case $r in "$ROOT"|"$ROOT"/*|"$ROOT (deleted)") echo "${p#/proc/}" ;; esac
	done
}

kill_in_root() {
	left=$(in_root)
	[ -n "$left" ] || return 0
	say "killing $(echo $left | wc -w) processes still running in the root: $(for p in $left; do
		cat "/proc/$p/comm" 2>/dev/null; done | sort -u | paste -s -d' ')"
	for _round in 1 2 3 4 5 6 7 8 9 10; do
		# shellcheck disable=SC2086
		kill -KILL $left 2>/dev/null || true
		sleep 0.2
		left=$(in_root)
		[ -z "$left" ] && return 0
	done
	say "could not kill: $left"
}

cleanup() {
	rc=$?
	trap - EXIT INT TERM HUP
	kill_in_root
	# Deepest first; a lazy unmount for anything still busy.
	awk -v r="$ROOT/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r |
	while read -r m; do
		umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
	done
	if awk -v r="$ROOT/" 'index($2, r) == 1 { bad = 1 } END { exit !bad }' /proc/mounts; then
		say "still mounted under $ROOT" >&2
		rc=1
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---- a fresh root, a fresh clone ------------------------------------------
# An earlier run killed outright may have left processes in its root.
kill_in_root
rm -rf "$ROOT" && mkdir -p "$ROOT"
tar -C "$ROOT" -xf "$tarball"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
commit=$(git -C "$TOP" rev-parse HEAD)
git clone -q --no-checkout "$TOP" "$ROOT/root/bpfbox"
git -C "$ROOT/root/bpfbox" checkout -q "$commit"
if [ -n "$(git -C "$TOP" status --porcelain --untracked-files=no)" ]; then
	say "note: uncommitted changes are not in the clone; it checks commit $(git -C "$TOP" rev-parse --short HEAD)"
fi

# ---- what a real machine has mounted ----------------------------------------
mount -t proc proc "$ROOT/proc"
mount -t sysfs sysfs "$ROOT/sys"
# The host's cgroup hierarchy as it is (v2, or v1 controllers beside it).
[ -d /sys/fs/cgroup ] && mount --rbind /sys/fs/cgroup "$ROOT/sys/fs/cgroup"
# A bpf filesystem of the root's own: pins made inside go when it goes.
mount -t bpf bpf "$ROOT/sys/fs/bpf"
mount -t devtmpfs devtmpfs "$ROOT/dev"
mkdir -p "$ROOT/dev/pts" "$ROOT/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$ROOT/dev/pts"
mount -t tmpfs -o mode=1777 tmpfs "$ROOT/dev/shm"

# ---- the README's two commands ---------------------------------------------
# Run in the background and waited for, so that a signal to this script
# is handled at once (the trap above) rather than after the child ends.
run_in_root() {
	log=$1; shift
	# shellcheck disable=SC2086
	chroot "$ROOT" /usr/bin/env -i $MIN_ENV /bin/sh -c "cd /root/bpfbox && $*" > "$log" 2>&1 &
	wait $!
}

status=0
for cmd in "make sample" "make check"; do
	log=$FRESH/$(echo "$cmd" | cut -d' ' -f2).log
	start=$(date +%s)
	if run_in_root "$log" "$cmd"; then rc=0; else rc=$?; fi
	secs=$(( $(date +%s) - start ))
	say "$cmd: exit $rc in ${secs}s (log: ${log#"$TOP"/})"
	if [ "$rc" -ne 0 ]; then
		status=1
		tail -30 "$log" | sed 's/^/  | /'
	fi
	[ "$cmd" = "make check" ] && grep -a -E '^(FAIL|ABORT): ' "$log" | sed 's/^/  /'
	[ "$rc" -eq 0 ] || [ "$cmd" != "make sample" ] || break
done
summary=$(grep -a -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped' "$FRESH/check.log" 2>/dev/null | tail -1)
echo "check-fresh: ${summary:-no summary line: the suite did not finish}"
[ -n "$summary" ] || status=1
exit $status
