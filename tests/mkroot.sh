#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Builds fake /proc trees for BPFBOX_ROOT tests, in the kernel's own file
# formats (copied field by field from a 6.x kernel's procfs).  Settings
# are named, each with a default, so a test line says what it sets:
#
#   mkroot.sh jit DIR   enable=1 harden=0 kallsyms=1 limit=1000 unpriv=2
#                       kallsyms_file=interp rundir=run
#                       boot_id=0b5e55ed-0000-4000-8000-000000000001
#       kallsyms_file: interp (the interpreter's symbol is there), always
#       (it is not: BPF_JIT_ALWAYS_ON), none (no /proc/kallsyms)
#       rundir: where bpf-jit dump keeps its record: run (DIR/run), tmp
#       (DIR/tmp: a router without /run), none (neither)
#   mkroot.sh proc DIR  pid= comm=proc soft=65536 hard=65536 vmlck=0
#                       capeff=000001ffffffffff seccomp=0 state=S
#                       kthread=none mm=yes
#       kthread: the "Kthread:" line of 6.0 on (0 or 1), none before;
#       mm=no: no memory lines (Vm*), as for kernel threads and zombies
#   mkroot.sh cgroup DIR version=1 path=/a/b leaf=max parent=max
#       /proc/self/cgroup placing this process in PATH, and the memory
#       limits of PATH (leaf) and of its parent: v1 memory.limit_in_bytes
#       (max: 9223372036854771712, "no limit") or v2 memory.max
#   mkroot.sh map DIR   pid= fd= id= type=1 key=4 value=8 entries=16 memlock=4096
#   mkroot.sh prog DIR  pid= fd= id= type=6 tag=0011223344556677 memlock=4096
#   mkroot.sh fd DIR    pid= fd= target=/dev/null   (any other fd: a file, a socket)
#
# Settings shown with nothing after "=" have no default.
set -eu
what=$1 root=$2
shift 2

# The settings of each kind and their defaults, then the command line's.
case $what in
jit) allowed="enable harden kallsyms limit unpriv kallsyms_file rundir boot_id"
     enable=1 harden=0 kallsyms=1 limit=1000 unpriv=2 kallsyms_file=interp rundir=run
     boot_id=0b5e55ed-0000-4000-8000-000000000001 ;;
proc) allowed="pid comm soft hard vmlck capeff seccomp state kthread mm"
      comm=proc soft=65536 hard=65536 vmlck=0 capeff=000001ffffffffff seccomp=0
      state=S kthread=none mm=yes ;;
cgroup) allowed="version path leaf parent"
	version=1 path=/a/b leaf=max parent=max ;;
map) allowed="pid fd id type key value entries memlock"
     type=1 key=4 value=8 entries=16 memlock=4096 ;;
prog) allowed="pid fd id type tag memlock"
      type=6 tag=0011223344556677 memlock=4096 ;;
fd) allowed="pid fd target"
    target=/dev/null ;;
*) echo "mkroot.sh: unknown kind $what" >&2; exit 2 ;;
esac
for setting; do
	name=${setting%%=*} val=${setting#*=}
	case " $allowed " in
	*" $name "*) [ "$name" != "$setting" ] || { echo "mkroot.sh: $what: '$setting' is not NAME=VALUE" >&2; exit 2; }
		     eval "$name=\$val" ;;
	*) echo "mkroot.sh: $what has no setting '$name' ($allowed)" >&2; exit 2 ;;
	esac
done
# The settings without a default must be given.
need() {
	for n; do eval "[ -n \"\${$n:-}\" ]" || { echo "mkroot.sh: $what needs $n=" >&2; exit 2; }; done
}

case $what in
jit)
	mkdir -p "$root/proc/sys/net/core" "$root/proc/sys/kernel/random"
	echo "$boot_id" > "$root/proc/sys/kernel/random/boot_id"
	case $rundir in
	run|tmp) mkdir -p "$root/$rundir" ;;
	none) ;;
	*) echo "mkroot.sh: rundir=$rundir: not run, tmp or none" >&2; exit 2 ;;
	esac
	echo "$enable" > "$root/proc/sys/net/core/bpf_jit_enable"
	echo "$harden" > "$root/proc/sys/net/core/bpf_jit_harden"
	echo "$kallsyms" > "$root/proc/sys/net/core/bpf_jit_kallsyms"
	echo "$limit" > "$root/proc/sys/net/core/bpf_jit_limit"
	echo "$unpriv" > "$root/proc/sys/kernel/unprivileged_bpf_disabled"
	case $kallsyms_file in
	always) printf '%s\n' "0000000000000000 T _stext" \
		"0000000000000000 T bpf_prog_select_runtime" \
		"0000000000000000 t bpf_prog_free_deferred" > "$root/proc/kallsyms" ;;
	interp) printf '%s\n' "0000000000000000 T _stext" \
		"0000000000000000 t ___bpf_prog_run" \
		"0000000000000000 T bpf_prog_select_runtime" > "$root/proc/kallsyms" ;;
	none) rm -f "$root/proc/kallsyms" ;;
	*) echo "mkroot.sh: kallsyms_file=$kallsyms_file: not interp, always or none" >&2; exit 2 ;;
	esac
	;;
proc)
	need pid
	d="$root/proc/$pid"
	mkdir -p "$d/fd" "$d/fdinfo" "$root/proc/sys/kernel"
	[ -f "$root/proc/sys/kernel/unprivileged_bpf_disabled" ] ||
		echo 2 > "$root/proc/sys/kernel/unprivileged_bpf_disabled"
	case $state in Z) st="Z (zombie)" ;; R) st="R (running)" ;; *) st="S (sleeping)" ;; esac
	{
		printf 'Name:\t%s\nUmask:\t0022\nState:\t%s\nTgid:\t%s\nPid:\t%s\n' \
			"$comm" "$st" "$pid" "$pid"
		[ "$kthread" = none ] || printf 'Kthread:\t%s\n' "$kthread"
		[ "$mm" = no ] || printf 'VmPeak:\t    2424 kB\nVmLck:\t%8s kB\nVmPin:\t       0 kB\n' "$vmlck"
		printf 'CapInh:\t0000000000000000\nCapPrm:\t%s\nCapEff:\t%s\nCapBnd:\t000001ffffffffff\nSeccomp:\t%s\n' \
			"$capeff" "$capeff" "$seccomp"
	} > "$d/status"
	printf '%-25s %-20s %-20s %-10s\n' "Limit" "Soft Limit" "Hard Limit" "Units" \
		"Max cpu time" unlimited unlimited seconds \
		"Max locked memory" "$soft" "$hard" bytes \
		"Max address space" unlimited unlimited bytes > "$d/limits"
	;;
map)
	need pid fd id
	d="$root/proc/$pid"
	ln -sf anon_inode:bpf-map "$d/fd/$fd"
	printf 'pos:\t0\nflags:\t02000002\nmnt_id:\t17\nino:\t1039\nmap_type:\t%s\nkey_size:\t%s\nvalue_size:\t%s\nmax_entries:\t%s\nmap_flags:\t0x0\nmap_extra:\t0x0\nmemlock:\t%s\nmap_id:\t%s\nfrozen:\t0\n' \
		"$type" "$key" "$value" "$entries" "$memlock" "$id" > "$d/fdinfo/$fd"
	;;
prog)
	need pid fd id
	d="$root/proc/$pid"
	ln -sf anon_inode:bpf-prog "$d/fd/$fd"
	printf 'pos:\t0\nflags:\t02000002\nmnt_id:\t17\nino:\t1039\nprog_type:\t%s\nprog_jited:\t1\nprog_tag:\t%s\nmemlock:\t%s\nprog_id:\t%s\nrun_time_ns:\t0\nrun_cnt:\t0\nrecursion_misses:\t0\nverified_insns:\t2\n' \
		"$type" "$tag" "$memlock" "$id" > "$d/fdinfo/$fd"
	;;
cgroup)
	mkdir -p "$root/proc/self"
	parent_path=${path%/*}
	if [ "$version" = 1 ]; then
		echo "4:memory:$path" > "$root/proc/self/cgroup"
		echo "0::/" >> "$root/proc/self/cgroup"
		base=$root/sys/fs/cgroup/memory file=memory.limit_in_bytes
		[ "$leaf" = max ] && leaf=9223372036854771712
		[ "$parent" = max ] && parent=9223372036854771712
		mkdir -p "$base"
		echo 9223372036854771712 > "$base/$file"
	else
		echo "0::$path" > "$root/proc/self/cgroup"
		base=$root/sys/fs/cgroup file=memory.max
	fi
	mkdir -p "$base$path"
	echo "$leaf" > "$base$path/$file"
	[ -z "$parent_path" ] || echo "$parent" > "$base$parent_path/$file"
	;;
fd)
	need pid fd
	ln -sf "$target" "$root/proc/$pid/fd/$fd"
	printf 'pos:\t0\nflags:\t02\nmnt_id:\t17\nino:\t5\n' > "$root/proc/$pid/fdinfo/$fd"
	;;
esac
