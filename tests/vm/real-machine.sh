#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# real-machine.sh MANIFEST: bpf-jitdis's -m name for a capture's machine
# (its uname -m, and for MIPS the byte order of the objects it loaded).
awk '/^# machine / { m = $3 } /^# objects / { o = $3 }
     END { if (m == "aarch64") m = "arm64"; else if (m ~ /^armv/) m = "arm"
	   else if (m == "x86_64") m = "x86-64"
	   else if (m == "mips") m = (o == "bpfeb") ? "mips" : "mipsel"
	   print m }' "$1"
