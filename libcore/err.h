/* SPDX-License-Identifier: GPL-2.0-only */
/* Error reporting: "APPLET: message[: reason]" on stderr, fixed exit codes. */
#ifndef BPFBOX_ERR_H
#define BPFBOX_ERR_H

#include <stddef.h>

#define EXIT_OK 0
#define EXIT_FAIL 1
#define EXIT_USAGE 2

/* Set by the dispatcher before an applet runs; prefixes every message. */
extern const char *applet_name;

#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))

void warn_msg(const char *fmt, ...) PRINTF_LIKE(1, 2);
/* Appends ": strerror(err)". */
void warn_errno(int err, const char *fmt, ...) PRINTF_LIKE(2, 3);
_Noreturn void die(const char *fmt, ...) PRINTF_LIKE(1, 2);
_Noreturn void die_errno(int err, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* Exit 2 with a pointer to --help. */
_Noreturn void die_usage(const char *fmt, ...) PRINTF_LIKE(1, 2);
/* The usage error for an option whose Kconfig symbol is off. */
_Noreturn void die_not_built(const char *what, const char *symbol);

/* For parsers that report instead of exiting: formats a one-line reason
 * into buf and returns -1. */
int set_error(char *buf, size_t size, const char *fmt, ...) PRINTF_LIKE(3, 4);

/* Every exit of an applet goes through leave(); a fuzz harness installs
 * a hook that returns to it (longjmp) instead of ending the process. */
_Noreturn void leave(int status);
void set_exit_hook(void (*hook)(int status));
/* Called by leave() before the process ends: the JSON writer closes a
 * document an error cut short, so stdout always holds valid JSON. */
void set_output_closer(void (*closer)(void));

/* Flush stdout and turn a failed write (full disk, closed pipe) into exit 1. */
int finish_output(int status);

#endif
