/* SPDX-License-Identifier: GPL-2.0-only */
/* Text that comes from outside (names and strings in objects, a log's
 * from= comm, the kernel's program and map names) made safe to print: a
 * terminal or serial console must never receive a control character or
 * an escape sequence from a file, and JSON must stay valid UTF-8. */
#ifndef BPFBOX_TEXT_H
#define BPFBOX_TEXT_H
#include <stddef.h>
#include <stdint.h>

/* Bytes of the valid UTF-8 character starting at s (1 to 4), with its
 * code point in *cp; 0 for an invalid or cut sequence (or the NUL). */
size_t text_utf8(const unsigned char *s, uint32_t *cp);

/* The same for a printable character; 0 also for the controls (C0, DEL
 * and C1: U+0080..U+009F, whose 0x9b is CSI to some terminals). */
size_t text_char_len(const unsigned char *s);

/* s with every byte that is not part of such a character written as
 * \xHH (and a backslash as \\), into buf; cut to fit, always
 * NUL-terminated.  Returns buf.  Plain ASCII text comes out as it is. */
char *text_safe(const char *s, char *buf, size_t size);

/* Room text_safe needs for a name of n bytes. */
#define TEXT_SAFE_SIZE(n) (4 * (n) + 1)

/* text_safe for a name to print now: a plain one comes back as it is,
 * any other in one of four static buffers (up to four names in one
 * printf), cut to what 128 bytes of it need. */
const char *text_safe_name(const char *s);

#endif
