#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Builds fake /proc trees for BPFBOX_ROOT tests, in the kernel's own file
# formats (copied field by field from a 6.x kernel's procfs).
#
#   mkroot.sh jit DIR ENABLE HARDEN KALLSYMS LIMIT UNPRIV KALLSYMS_KIND
#       KALLSYMS_KIND: always (no interpreter symbol), interp, none
#   mkroot.sh proc DIR PID COMM SOFT HARD VMLCK_KB CAPEFF [SECCOMP]
#   mkroot.sh map DIR PID FD ID TYPE KEY VALUE ENTRIES MEMLOCK
#   mkroot.sh prog DIR PID FD ID TYPE TAG MEMLOCK
#   mkroot.sh fd DIR PID FD TARGET        (any other fd: a file, a socket)
set -eu
what=$1 root=$2
shift 2
case $what in
jit)
	mkdir -p "$root/proc/sys/net/core" "$root/proc/sys/kernel"
	echo "$1" > "$root/proc/sys/net/core/bpf_jit_enable"
	echo "$2" > "$root/proc/sys/net/core/bpf_jit_harden"
	echo "$3" > "$root/proc/sys/net/core/bpf_jit_kallsyms"
	echo "$4" > "$root/proc/sys/net/core/bpf_jit_limit"
	echo "$5" > "$root/proc/sys/kernel/unprivileged_bpf_disabled"
	case $6 in
	always) printf '%s\n' "0000000000000000 T _stext" \
		"0000000000000000 T bpf_prog_select_runtime" \
		"0000000000000000 t bpf_prog_free_deferred" > "$root/proc/kallsyms" ;;
	interp) printf '%s\n' "0000000000000000 T _stext" \
		"0000000000000000 t ___bpf_prog_run" \
		"0000000000000000 T bpf_prog_select_runtime" > "$root/proc/kallsyms" ;;
	none) rm -f "$root/proc/kallsyms" ;;
	esac
	;;
proc)
	pid=$1 d="$root/proc/$1"
	mkdir -p "$d/fd" "$d/fdinfo" "$root/proc/sys/kernel"
	[ -f "$root/proc/sys/kernel/unprivileged_bpf_disabled" ] ||
		echo 2 > "$root/proc/sys/kernel/unprivileged_bpf_disabled"
	printf 'Name:\t%s\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t%s\nPid:\t%s\nVmPeak:\t    2424 kB\nVmLck:\t%8s kB\nVmPin:\t       0 kB\nCapInh:\t0000000000000000\nCapPrm:\t%s\nCapEff:\t%s\nCapBnd:\t000001ffffffffff\nSeccomp:\t%s\n' \
		"$2" "$pid" "$pid" "$5" "$6" "$6" "${7:-0}" > "$d/status"
	printf '%-25s %-20s %-20s %-10s\n' "Limit" "Soft Limit" "Hard Limit" "Units" \
		"Max cpu time" unlimited unlimited seconds \
		"Max locked memory" "$3" "$4" bytes \
		"Max address space" unlimited unlimited bytes > "$d/limits"
	;;
map)
	d="$root/proc/$1"
	ln -sf anon_inode:bpf-map "$d/fd/$2"
	printf 'pos:\t0\nflags:\t02000002\nmnt_id:\t17\nino:\t1039\nmap_type:\t%s\nkey_size:\t%s\nvalue_size:\t%s\nmax_entries:\t%s\nmap_flags:\t0x0\nmap_extra:\t0x0\nmemlock:\t%s\nmap_id:\t%s\nfrozen:\t0\n' \
		"$4" "$5" "$6" "$7" "$8" "$3" > "$d/fdinfo/$2"
	;;
prog)
	d="$root/proc/$1"
	ln -sf anon_inode:bpf-prog "$d/fd/$2"
	printf 'pos:\t0\nflags:\t02000002\nmnt_id:\t17\nino:\t1039\nprog_type:\t%s\nprog_jited:\t1\nprog_tag:\t%s\nmemlock:\t%s\nprog_id:\t%s\nrun_time_ns:\t0\nrun_cnt:\t0\nrecursion_misses:\t0\nverified_insns:\t2\n' \
		"$4" "$5" "$6" "$3" > "$d/fdinfo/$2"
	;;
fd)
	ln -sf "$3" "$root/proc/$1/fd/$2"
	printf 'pos:\t0\nflags:\t02\nmnt_id:\t17\nino:\t5\n' > "$root/proc/$1/fdinfo/$2"
	;;
*)
	echo "mkroot.sh: unknown kind $what" >&2
	exit 2
	;;
esac
