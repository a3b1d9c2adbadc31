#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Build the static musl sysroot bpfbox links against: zlib, libelf (elfutils)
# and Zydis, compiled from Debian's source packages, plus the Zycore headers
# from the libzycore-dev binary package.
#
# usage: sysroot.sh BUILD_DIR ARCH CC AR
#   BUILD_DIR  where the private apt state, sources and sysroot go (build/)
#   ARCH       sysroot name suffix (x86_64, aarch64, arm, mipsel, s390x)
#   CC AR      the musl compiler and the archiver for that target
#
# Every step leaves a stamp file, so a second run does nothing; a stamp
# holds a checksum of the recipe behind it (this script, the libelf config
# the Zydis patch and prune script), so changing the recipe redoes what it changed.
# The machine's own apt configuration is never touched: sources are
# fetched through a private apt state under BUILD_DIR/apt.
set -eu

build=$1 arch=$2 cc=$3 ar=$4
here=$(cd "$(dirname "$0")" && pwd)
build=$(mkdir -p "$build" && cd "$build" && pwd)
apt="$build/apt"
src="$build/src"
sysroot="$build/sysroot-$arch"
obj="$build/deps-obj-$arch"
# File names in assert messages are relative to the source directory: the
# binary is the same wherever the tree is checked out.
CFLAGS="-Os -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -ffile-prefix-map=$src/="
# The recipes: how the sources are fetched and patched (shared by every
# target), and how a sysroot is built from them.
sources_recipe=$(sed -n '/^fetch_sources()/,/^}/p' "$here/sysroot.sh" | cat - "$here/zydis-big-endian.patch" | cksum)
sysroot_recipe=$(cat "$here/sysroot.sh" "$here/libelf-config.h" "$here/zydis-big-endian.patch" \
	"$here/zydis-prune.awk" | cksum)

say() { echo "deps: $*"; }

# Sources and one -dev package: the native architecture's indices are
# all it needs, whatever foreign architectures cross builds added.
aptq() {
	apt-get -q -o Dir::Etc::SourceList=/dev/null \
		-o Dir::Etc::SourceParts="$apt/sources.list.d" \
		-o Dir::State="$apt/state" -o Dir::Cache="$apt/cache" \
		-o APT::Architectures="$(dpkg --print-architecture)" \
		-o APT::Sandbox::User=root "$@"
}

# The machine's Debian sources, each also as deb-src.  Both a deb822
# debian.sources file (Debian 12 default) and a one-line sources.list work.
private_sources() {
	mkdir -p "$apt/sources.list.d" "$apt/state/lists/partial" \
		"$apt/cache/archives/partial"
	out="$apt/sources.list.d/debian.sources"
	: > "$out.tmp"
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] || continue
		grep -q 'debian' "$f" || continue
		sed 's/^Types:.*/Types: deb deb-src/' "$f" >> "$out.tmp"
		echo >> "$out.tmp"
	done
	if [ -f /etc/apt/sources.list ]; then
		grep -E '^deb[[:space:]].*debian' /etc/apt/sources.list |
		while read -r _ rest; do
			printf 'deb %s\ndeb-src %s\n' "$rest" "$rest"
		done > "$apt/sources.list.d/debian.list"
	fi
	[ -s "$out.tmp" ] || [ -s "$apt/sources.list.d/debian.list" ] || {
		echo "deps: no Debian apt source found in /etc/apt" >&2; exit 1; }
	mv "$out.tmp" "$out"
}

fetch_sources() {
	[ "$(cat "$src/.fetched" 2>/dev/null)" = "$sources_recipe" ] && return 0
	say "fetching Debian source packages (private apt state in $apt)"
	private_sources
	aptq update >/dev/null || say "apt-get update had errors (a mirror syncing?); going on"
	rm -rf "$src" && mkdir -p "$src"
	(cd "$src" && aptq source --download-only zlib elfutils zydis >/dev/null &&
		aptq download libzycore-dev >/dev/null)
	for dsc in "$src"/*.dsc; do
		(cd "$src" && dpkg-source --no-check -x "$dsc" >/dev/null)
	done
	patch -s -d "$(srcdir zydis)" -p1 < "$here/zydis-big-endian.patch"
	mkdir -p "$src/zycore" && dpkg-deb -x "$src"/libzycore-dev_*.deb "$src/zycore"
	# Shim: Zycore 1.4 stops at "Unsupported architecture" on s390x and
	# MIPS; Zydis uses the architecture only for the word size.
	sed -i 's|^#elif defined(__riscv) \&\& __riscv_xlen == 64$|#elif defined(__s390x__) \|\| (defined(__mips__) \&\& __SIZEOF_POINTER__ == 8)\n#   define ZYAN_PPC64\n#elif defined(__mips__) \|\| defined(__s390__)\n#   define ZYAN_PPC\n&|' \
		"$src/zycore/usr/include/Zycore/Defines.h"
	echo "$sources_recipe" > "$src/.fetched"
}

srcdir() { # the unpacked tree of one source package
	for d in "$src/$1"-[0-9]*; do [ -d "$d" ] && echo "$d" && return 0; done
	echo "deps: source of $1 not unpacked in $src" >&2; exit 1
}

# compile_all OUT_ARCHIVE SRC_DIR FLAGS FILE...: one object per file, then ar
compile_all() {
	lib=$1 dir=$2 flags=$3; shift 3
	o="$obj/$(basename "$lib" .a)"
	rm -rf "$o" && mkdir -p "$o"
	for f in "$@"; do
		# shellcheck disable=SC2086
		$cc $CFLAGS $flags -c "$dir/$f" -o "$o/$(echo "$f" | tr / _ | sed 's/\.c$/.o/')"
	done
	rm -f "$lib" && $ar rcs "$lib" "$o"/*.o
}

build_zlib() {
	[ -f "$sysroot/lib/libz.a" ] && return 0
	say "zlib -> $sysroot"
	d=$(srcdir zlib)
	# The plain library sources; zlib's configure would only pick the same.
	compile_all "$sysroot/lib/libz.a" "$d" "-DHAVE_UNISTD_H -DHAVE_STDARG_H" \
		adler32.c crc32.c deflate.c infback.c inffast.c inflate.c \
		inftrees.c trees.c zutil.c compress.c uncompr.c
	cp "$d/zlib.h" "$d/zconf.h" "$sysroot/include/"
}

build_libelf() {
	[ -f "$sysroot/lib/libelf.a" ] && return 0
	say "libelf -> $sysroot"
	d=$(srcdir elfutils)
	mkdir -p "$obj/libelf-inc"
	cp "$here/libelf-config.h" "$obj/libelf-inc/config.h"
	files=$(sed -n '/^libelf_a_SOURCES/,/^$/p' "$d/libelf/Makefile.am" |
		sed 's/^libelf_a_SOURCES *=//; s/\\//g')
	# shellcheck disable=SC2086
	compile_all "$sysroot/lib/libelf.a" "$d/libelf" \
		"-std=gnu99 -D_GNU_SOURCE -DHAVE_CONFIG_H -I$obj/libelf-inc -I$d/lib -I$d/libelf -I$sysroot/include" \
		$files
	cp "$d/libelf/libelf.h" "$d/libelf/gelf.h" "$d/libelf/nlist.h" "$sysroot/include/"
	# libelf.h includes <elf.h>: elfutils' own copy, newer than musl's.
	cp "$d/libelf/elf.h" "$sysroot/include/elf.h"
}

build_zydis() {
	[ -f "$sysroot/lib/libZydis.a" ] && return 0
	say "zydis (decoder + formatter) -> $sysroot"
	d=$(srcdir zydis)
	o="$obj/libZydis"
	rm -rf "$o" && mkdir -p "$o/Generated"
	g="$d/src/Generated"
	awk -v out="$o/Generated" -f "$here/zydis-prune.awk" \
		"$g/InstructionDefinitions.inc" "$g/OperandDefinitions.inc" "$g/InstructionDefinitions.inc"
	for f in MetaInfo.c Mnemonic.c Register.c Segment.c SharedData.c String.c \
		 Utils.c Zydis.c Decoder.c DecoderData.c Disassembler.c \
		 Formatter.c FormatterBuffer.c FormatterATT.c FormatterBase.c FormatterIntel.c; do
		# The decoder and the AT&T printer are bpf-jitdis's hot loop: -O2
		# there makes a 320-dump log 1.2x faster (16.7 against 20.4 ms)
		# for 13 KB (-O3: 9 KB more for 4% more speed); the tables and
		# the rest stay -Os (the 512 KiB defconfig budget).
		case $f in
		Decoder.c|String.c|FormatterBase.c|FormatterATT.c) opt=-O2 ;;
		*) opt=-Os ;;
		esac
		# shellcheck disable=SC2086
		$cc $CFLAGS $opt -std=c99 -DZYDIS_STATIC_BUILD -DZYCORE_STATIC_BUILD \
			-DZYDIS_DISABLE_ENCODER -DZYDIS_DISABLE_AVX512 -DZYDIS_DISABLE_KNC \
			-I"$d/include" -I"$o" -I"$d/src" -I"$src/zycore/usr/include" -c "$d/src/$f" -o "$o/${f%.c}.o"
	done
	rm -f "$sysroot/lib/libZydis.a" && $ar rcs "$sysroot/lib/libZydis.a" "$o"/*.o
	cp -r "$d/include/Zydis" "$sysroot/include/"
	cp -r "$src/zycore/usr/include/Zycore" "$sysroot/include/"
}

fetch_sources
# A sysroot from another recipe (or sources fetched anew) starts over.
if [ -d "$sysroot" ] &&
   [ "$(cat "$sysroot/.recipe" 2>/dev/null)" != "$sysroot_recipe $(cat "$src/.fetched")" ]; then
	say "the recipe changed: rebuilding $sysroot"
	rm -rf "$sysroot" "$obj"
fi
mkdir -p "$sysroot/include" "$sysroot/lib"
build_zlib
build_libelf
build_zydis
echo "$sysroot_recipe $(cat "$src/.fetched")" > "$sysroot/.recipe"
touch "$sysroot/.complete"
say "sysroot $sysroot complete"
