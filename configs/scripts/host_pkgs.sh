#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# The host-packages step every build, config and test target starts with:
# install the Debian packages of the list that are missing.
#
# usage: host_pkgs.sh DEB_ARCH PKG...
#   DEB_ARCH  the Debian architecture of the target (for PKG:ARCH names,
#             which need `dpkg --add-architecture` first)
#
# Nothing is done when every package is there (one `dpkg-query` call), so
# the step costs nothing on a machine set up before.  Without root, the
# missing packages are named and the build stops.
set -eu
deb_arch=$1
shift

# dpkg-query prints "install ok installed" for a package that is there;
# an unknown name is an error line on stderr, which means missing too.
installed=$(dpkg-query -W -f '${binary:Package} ${db:Status-Status}\n' "$@" 2>/dev/null |
	awk '$2 == "installed" { print $1 }')
missing=""
for p in "$@"; do
	case " $(echo $installed) " in
	*" $p "*|*" ${p%%:*}:$(dpkg --print-architecture) "*) ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "deps: missing host packages:$missing" >&2
	echo "deps: run this as root, or: apt-get install$missing" >&2
	exit 1
fi
echo "deps: installing$missing"
case $missing in
*:*) dpkg --add-architecture "$deb_arch" ;;
esac
apt-get update -q >/dev/null || echo "deps: apt-get update had errors; installing anyway"
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null || {
	echo "deps: apt-get install$missing failed" >&2
	exit 1
}
