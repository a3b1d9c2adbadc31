/* SPDX-License-Identifier: GPL-2.0-only */
/* Human output that fits an 80-column serial console: table rows whose
 * cells keep their columns when a name is too long, and sentences
 * wrapped at word boundaries.  Text is counted in display columns (a
 * UTF-8 character is one), so names made safe by text_safe() count as
 * they show. */
#ifndef BPFBOX_COLUMNS_H
#define BPFBOX_COLUMNS_H
#include <stdio.h>

#include "err.h"

#define COLUMNS 80
/* Where a line that continues a row or a sentence starts. */
#define COLUMNS_INDENT 4

/* One column of a table: where it starts and how wide it is; a negative
 * width aligns right, 0 is the last column (the rest of the line). */
struct column { unsigned char at; signed char width; };

/* A row being printed: the column the line has reached. */
struct column_row { int at; };

/* Prints a cell in column c.  When the cell before ran into this one the
 * row goes on on the next line, under c, so every cell keeps its column;
 * a cell longer than the rest of the line goes on a line of its own,
 * indented (and the row on under the next column); only a cell wider
 * than that line is cut, ending in "...".  An empty cell prints nothing. */
void column_cell(struct column_row *r, const struct column *c, const char *fmt, ...)
	PRINTF_LIKE(3, 4);
/* Ends the row's line. */
void column_end(struct column_row *r);
/* The header of a table: each column's name in its column. */
void column_header(const struct column *c, const char *const *names, int n);
/* A sentence of up to 1 KiB, wrapped, to f: as many words on each line
 * as fit in 80 columns, the lines after the first indented; a word
 * longer than a line is split. */
void column_wrap(FILE *f, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* Text s wrapped the same way, each line led by first, then by rest
 * (ASCII leads: "; " and ";   " keep a wrapped comment a comment). */
void column_wrap_lead(FILE *f, const char *first, const char *rest, const char *s);
#endif
