/* SPDX-License-Identifier: GPL-2.0-only */
/* Kernel logs as lines: the running kernel's (klogctl) or a capture in a
 * file, a FIFO or stdin (dmesg, logread, a serial console), whatever its
 * length: read in chunks, a line's first 4 KiB kept, binary input
 * refused. */
#ifndef BPFBOX_KLOG_H
#define BPFBOX_KLOG_H
#include <stddef.h>
#include <stdio.h>

/* Called for each line (without its newline) and after each chunk. */
struct klog_reader {
	void (*line)(void *ctx, const char *line, size_t len);
	void (*chunk_done)(void *ctx);
	void *ctx;
};

/* A file by name (a FIFO without a writer is an empty log), or NULL with
 * errno set. */
FILE *klog_open(const char *path);
/* Every line of f; exits with a one-line error naming `name` on input
 * that is no text (over 1 MiB of NUL bytes: /dev/zero, a binary). */
void klog_read_stream(FILE *f, const char *name, const struct klog_reader *r);
/* Every line of the running kernel's log buffer (klogctl); exits with a
 * one-line error saying what is missing when it may not be read. */
void klog_read_kernel(const struct klog_reader *r);

#endif
