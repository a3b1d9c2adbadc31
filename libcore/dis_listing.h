/* SPDX-License-Identifier: GPL-2.0-only */
/* Instruction lines laid out as GNU objdump lays them out for a machine:
 * the address column, the raw bytes in the machine's groups, the text,
 * and the lines that carry the rest of a long instruction's bytes. */
#ifndef BPFBOX_DIS_LISTING_H
#define BPFBOX_DIS_LISTING_H
#include <stddef.h>
#include <stdint.h>

#include "dis.h"

/* Room for one instruction's lines: text, and raw bytes of the longest
 * instruction any machine has (x86's 15, on three lines). */
#define DIS_LINE_MAX 512

/* objdump's address column for code ending at end: the machine's digits
 * (8 or 16) less the leading zeros the end address has, taken in fours
 * with one kept ("   0:" for a small image, "ffffffffc0002000:" with
 * kernel addresses).  m NULL: 16 digits. */
int dis_address_width(const struct dis_machine *m, uint64_t end);

/* The line(s) of one instruction of n bytes at b, shown at `where`:
 * "where:\t[raw bytes\t]text\n" and, with raw bytes, continuation lines
 * for the bytes past a line's worth.  Writes into buf (DIS_LINE_MAX
 * bytes), returns the length; no printf: this runs once per instruction
 * of logs with hundreds of dumps. */
size_t dis_format_line(char *buf, const struct dis_machine *m, int width, uint64_t where,
		       const unsigned char *b, size_t n, const char *text, int raw);

#endif
