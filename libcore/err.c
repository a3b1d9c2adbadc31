// SPDX-License-Identifier: GPL-2.0-only
/* Error reporting shared by all applets. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

const char *applet_name = "bpfbox";

static void (*exit_hook)(int status);
static void (*output_closer)(void);

void set_exit_hook(void (*hook)(int status))
{
	exit_hook = hook;
}

void set_output_closer(void (*closer)(void))
{
	output_closer = closer;
}

void leave(int status)
{
	void (*closer)(void) = output_closer;

	/* Once, even if closing fails and dies again. */
	output_closer = NULL;
	if (closer)
		closer();
	if (exit_hook)
		exit_hook(status); /* does not return */
	exit(status);
}

static void vmsg(int err, const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", applet_name);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "%s%s\n", err ? ": " : "", err ? strerror(err) : "");
}

void warn_msg(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(0, fmt, ap);
	va_end(ap);
}

void warn_errno(int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(err, fmt, ap);
	va_end(ap);
}

void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(0, fmt, ap);
	va_end(ap);
	leave(EXIT_FAIL);
}

void die_errno(int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(err, fmt, ap);
	va_end(ap);
	leave(EXIT_FAIL);
}

void die_usage(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(0, fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", applet_name);
	leave(EXIT_USAGE);
}

void die_not_built(const char *what, const char *symbol)
{
	die_usage("%s is not in this build (CONFIG_%s is off)", what, symbol);
}

int finish_output(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		int err = errno;

		fprintf(stderr, "%s: write error on standard output: %s\n",
			applet_name, strerror(err));
		return EXIT_FAIL;
	}
	return status;
}

int set_error(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return -1;
}
