# SPDX-License-Identifier: GPL-2.0-only
# Sourced by the tests/vm scripts: where things are, and one kernel's line
# of tests/vm/kernels as shell variables.
VM_DIR=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$VM_DIR/../.." && pwd)
VM_BUILD=${VM_BUILD:-$TOP/build/vm}

# kernel NAME: sets NAME DEBARCH SUITE FLAVOUR CROSS QEMU CONSOLE IMAGE
# MACHINE from its line; false when the list has no such kernel.
kernel() {
	_line=$(awk -v n="$1" '$1 == n' "$VM_DIR/kernels")
	[ -n "$_line" ] || return 1
	# shellcheck disable=SC2086
	set -- $_line
	NAME=$1 DEBARCH=$2 SUITE=$3 FLAVOUR=$4 CROSS=$5 QEMU=$6 CONSOLE=$7 IMAGE=$8
	shift 8
	MACHINE=$*
}

# Every kernel's name, in list order.
kernel_names() {
	awk '!/^#/ && NF { print $1 }' "$VM_DIR/kernels"
}

# The bpfbox ARCH (the Makefile's) a CROSS prefix builds.
target_arch() {
	case $1 in
	native) uname -m ;;
	*) echo "${1%%-*}" ;;
	esac
}
