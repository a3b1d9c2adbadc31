#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Fetch one kernel of tests/vm/kernels and the busybox of its architecture
# from Debian's archive, through apt, and unpack what a guest needs:
#
#   build/vm/kernel-NAME/   kernel (what qemu boots), config, release,
#                           modules/ (test_bpf.ko when the package has it)
#   build/vm/busybox-DEBARCH/busybox
#
# usage: fetch.sh NAME
#
# The packages come through a private apt state per suite and architecture
# (build/vm/apt/SUITE-DEBARCH), made from this machine's own Debian
# sources with the suite replaced: the machine's apt configuration is not
# touched, and bullseye is reachable from a bookworm machine.  The .deb
# files stay in build/vm/debs, so a second run downloads nothing; a
# package that cannot be fetched is an error naming it.
set -eu
. "$(dirname "$0")/lib.sh"
kernel "$1" || { echo "fetch: no kernel '$1' in tests/vm/kernels" >&2; exit 2; }

debs="$VM_BUILD/debs"
mkdir -p "$debs"

aptq() {
	apt-get -q -o Dir::Etc::SourceList=/dev/null \
		-o Dir::Etc::SourceParts="$apt/sources.list.d" \
		-o Dir::State="$apt/state" -o Dir::Cache="$apt/cache" \
		-o APT::Architecture="$DEBARCH" -o APT::Architectures="$DEBARCH" \
		-o APT::Sandbox::User=root "$@"
}
aptcache() {
	apt-cache -o Dir::Etc::SourceList=/dev/null \
		-o Dir::Etc::SourceParts="$apt/sources.list.d" \
		-o Dir::State="$apt/state" -o Dir::Cache="$apt/cache" \
		-o APT::Architecture="$DEBARCH" -o APT::Architectures="$DEBARCH" "$@"
}

# The Debian mirror this machine uses (deb822 or one-line form), for
# any suite: its main archive, not the security one.
mirror() {
	{ sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null
	  sed -n 's/^deb[[:space:]]\{1,\}\(\[[^]]*\][[:space:]]\{1,\}\)\{0,1\}\([^[:space:]]*\).*/\2/p' /etc/apt/sources.list 2>/dev/null
	} | grep debian | grep -v security | head -1
}

# use_suite SUITE: the apt state of SUITE for DEBARCH ($apt), its index
# fetched once a day at most (kernels in a suite change with point
# releases; the cached .deb stays usable meanwhile).
use_suite() {
	apt="$VM_BUILD/apt/$1-$DEBARCH" suite=$1
	[ -n "$(find "$apt/state/lists" -name '*Packages*' -mtime -1 2>/dev/null | head -1)" ] && return 0
	uri=$(mirror)
	[ -n "$uri" ] || { echo "fetch: no Debian mirror in /etc/apt" >&2; exit 1; }
	mkdir -p "$apt/sources.list.d" "$apt/state/lists/partial" "$apt/cache/archives/partial"
	printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
		"$uri" "$1" > "$apt/sources.list.d/debian.sources"
	echo "fetch: apt index of $1 for $DEBARCH"
	aptq update > "$apt/update.log" 2>&1 || {
		echo "fetch: apt-get update for $1/$DEBARCH failed:" >&2; tail -5 "$apt/update.log" >&2; exit 1; }
}

# download PKG: the .deb of PKG from the suite in use, kept in $debs,
# its path on stdout.
download() {
	ver=$(aptcache show --no-all-versions "$1" 2>/dev/null | sed -n 's/^Version: //p' | head -1)
	[ -n "$ver" ] || { echo "fetch: package $1 ($suite, $DEBARCH) is not in the archive" >&2; exit 1; }
	f="$debs/${1}_$(echo "$ver" | sed 's/:/%3a/')_$DEBARCH.deb"
	if [ ! -s "$f" ]; then
		echo "fetch: $1 $ver ($suite, $DEBARCH)" >&2
		(cd "$debs" && aptq download "$1:$DEBARCH" > "$apt/download.log" 2>&1) || {
			echo "fetch: downloading $1 ($suite, $DEBARCH) failed:" >&2; tail -3 "$apt/download.log" >&2; exit 1; }
	fi
	[ -s "$f" ] || { echo "fetch: $f missing after download" >&2; exit 1; }
	echo "$f"
}

# The metapackage names the versioned kernel package.
use_suite "$SUITE"
meta=linux-image-$FLAVOUR
pkg=$(aptcache depends --no-recommends --no-suggests "$meta" 2>/dev/null |
	sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\).*/\1/p' | head -1)
[ -n "$pkg" ] || { echo "fetch: $meta ($suite, $DEBARCH) names no kernel package" >&2; exit 1; }
deb=$(download "$pkg")

out="$VM_BUILD/kernel-$NAME"
if [ "$(cat "$out/.from" 2>/dev/null)" != "$deb" ]; then
	rm -rf "$out" && mkdir -p "$out/modules"
	tmp="$out/tmp"
	mkdir -p "$tmp"
	# Only /boot and the test_bpf module, not the 300 MB of modules.
	dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$tmp" --wildcards ./boot './lib/modules/*/test_bpf.ko*' 2>/dev/null ||
		dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$tmp" ./boot
	cp "$tmp"/boot/"$IMAGE"-* "$out/kernel"
	cp "$tmp"/boot/config-* "$out/config"
	basename "$tmp"/boot/config-* | sed 's/^config-//' > "$out/release"
	for m in $(find "$tmp/lib" -name 'test_bpf.ko*' 2>/dev/null); do
		case $m in
		*.xz) xz -dc "$m" > "$out/modules/test_bpf.ko" ;;
		*) cp "$m" "$out/modules/test_bpf.ko" ;;
		esac
	done
	rm -rf "$tmp"
	echo "$deb" > "$out/.from"
fi

# Busybox from bookworm for every kernel: 1.35 has setpriv, the tests use it.
bb="$VM_BUILD/busybox-$DEBARCH"
use_suite bookworm
bdeb=$(download busybox-static)
if [ "$(cat "$bb/.from" 2>/dev/null)" != "$bdeb" ]; then
	rm -rf "$bb" && mkdir -p "$bb/tmp"
	dpkg-deb -x "$bdeb" "$bb/tmp"
	cp "$bb/tmp/bin/busybox" "$bb/busybox"
	rm -rf "$bb/tmp"
	echo "$bdeb" > "$bb/.from"
fi
echo "fetch: $NAME: $(cat "$out/release")$([ -s "$out/modules/test_bpf.ko" ] && echo ', test_bpf.ko')"
