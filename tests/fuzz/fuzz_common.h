/* SPDX-License-Identifier: GPL-2.0-only */
/* Shared by the libFuzzer harnesses: applet exits return here instead of
 * ending the fuzzer, and inputs reach the applets as files. */
#ifndef BPFBOX_FUZZ_COMMON_H
#define BPFBOX_FUZZ_COMMON_H
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "applets.h"
#include "err.h"

static jmp_buf fuzz_back;

static inline void fuzz_exit(int status)
{
	longjmp(fuzz_back, status + 1);
}

/* Runs an applet main with a copy of argv (it reorders argv) and
 * returns its exit status, whether it returned or called leave(). */
static inline int fuzz_run(int (*main_fn)(int, char **), const char *const *args)
{
	char *argv[32];
	int argc = 0, st;
	volatile int status;

	while (args[argc] && argc < 31) {
		argv[argc] = (char *)args[argc];
		argc++;
	}
	argv[argc] = NULL;
	set_exit_hook(fuzz_exit);
	if ((st = setjmp(fuzz_back)) == 0)
		status = main_fn(argc, argv);
	else
		status = st - 1;
	fflush(stdout);
	return status;
}

/* The input as a file the applets can open by name. */
static inline int fuzz_file(const uint8_t *data, size_t size, char path[64])
{
	int fd = memfd_create("fuzz-input", 0);

	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		return -1;
	snprintf(path, 64, "/proc/self/fd/%d", fd);
	return fd;
}

#endif
