#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# images-log.sh DIR: the image files of DIR (in ls order, as objdump is
# given them) as one kernel log of JIT dumps on stdout, so bpf-jitdis
# reads the same bytes objdump reads from the files.  Used by make bench,
# tests/bpf-jitdis-real.test and tests/vm/real-ref.sh.
set -eu
cd "$1"
for f in $(ls); do
	echo "flen=1 proglen=$(wc -c < "$f" | tr -d ' ') pass=1 image=00000000 from=images pid=1"
	od -An -v -tx1 -w16 "$f" | awk '{ printf "JIT code: %08x:%s\n", (NR - 1) * 16, $0 }'
done
