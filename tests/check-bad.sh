#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Judges one run on a broken input: "ok", or what was wrong.
#   usage: check-bad.sh RC APPLET FILE STDOUT STDERR
# ok when: exit 0 or 1 (not a crash, not the 124 of timeout), no sanitizer
# report, every stderr line an "APPLET: ..." message, and a failure (exit 1
# with nothing on stdout) explained in one line that names the file.
rc=$1 applet=$2 file=$3 out=$4 err=$5
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
	echo "exit $rc: $(head -c 200 "$err")"; exit 0
fi
if grep -q -E 'AddressSanitizer|runtime error|Segmentation|Aborted' "$err"; then
	echo "sanitizer: $(grep -m1 -E 'ERROR|runtime error' "$err")"; exit 0
fi
if grep -v -q "^$applet: " "$err"; then
	echo "stray stderr: $(grep -v -m1 "^$applet: " "$err")"; exit 0
fi
if [ "$rc" -eq 1 ] && [ ! -s "$out" ]; then
	if [ "$(wc -l < "$err")" -ne 1 ]; then
		echo "failure without one message line ($(wc -l < "$err") lines)"; exit 0
	fi
	if ! grep -q -F "$file" "$err" && ! grep -q -E 'no JIT dumps|no dump matches' "$err"; then
		echo "message does not name the file: $(cat "$err")"; exit 0
	fi
fi
echo ok
