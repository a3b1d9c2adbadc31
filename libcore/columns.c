// SPDX-License-Identifier: GPL-2.0-only
/* Human output within 80 columns (columns.h).  The tables' names come
 * from files and kernels and have no length limit; rather than push the
 * columns after them out of line, a row breaks and goes on under the
 * next column, and only a name wider than a whole line is cut (JSON
 * carries it whole). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "columns.h"

/* UTF-8 continuation bytes (10xxxxxx) take no column of their own. */
static int starts_char(char c)
{
	return ((unsigned char)c & 0xc0) != 0x80;
}

static size_t width_of(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		w += starts_char(*s);
	return w;
}

/* The bytes of the first n columns of s. */
static size_t bytes_of(const char *s, size_t n)
{
	size_t b = 0;

	for (; s[b]; b++)
		if (starts_char(s[b]) && !n--)
			break;
	return b;
}

static void new_line(struct column_row *r)
{
	fputs("\n", stdout);
	r->at = 0;
}

void column_cell(struct column_row *r, const struct column *c, const char *fmt, ...)
{
	char buf[512];   /* more than 80 characters of 4 bytes: enough to show */
	int at = c->at, w = c->width < 0 ? -c->width : c->width;
	size_t len, room;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	len = width_of(buf);
	if (!len)   /* nothing to show: no padding at the end of a line */
		return;
	if (r->at && r->at >= at)   /* no space left before this column */
		new_line(r);
	if (at > COLUMNS_INDENT && len > (size_t)(COLUMNS - at)) {
		if (r->at)
			new_line(r);
		at = COLUMNS_INDENT;
	}
	if (c->width < 0 && len < (size_t)w)
		at += w - (int)len;
	room = (size_t)(COLUMNS - at);
	printf("%*s", at - r->at, "");
	if (len > room) {
		printf("%.*s...", (int)bytes_of(buf, room - 3), buf);
		len = room;
	} else {
		fputs(buf, stdout);
	}
	r->at = at + (int)len;
}

void column_end(struct column_row *r)
{
	new_line(r);
}

void column_header(const struct column *c, const char *const *names, int n)
{
	struct column_row r = { 0 };

	for (int i = 0; i < n; i++)
		column_cell(&r, &c[i], "%s", names[i]);
	column_end(&r);
}

void column_wrap(FILE *f, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(buf)) {   /* cut: say so, on a character's start */
		size_t e = sizeof(buf) - 4;

		while (e && !starts_char(buf[e]))
			e--;
		snprintf(buf + e, 4, "...");
	}
	column_wrap_lead(f, "", "    ", buf);   /* COLUMNS_INDENT spaces */
}

void column_wrap_lead(FILE *f, const char *first, const char *rest, const char *s)
{
	const char *lead = first;

	while (*s) {
		size_t room = COLUMNS - strlen(lead), b, w = 0, cut = 0;

		for (b = 0; s[b]; b++) {
			if (starts_char(s[b]) && w++ == room)
				break;
			if (s[b] == ' ')
				cut = b;
		}
		if (!s[b] || s[b] == ' ' || !cut)   /* all fits, ends a word, or one long word */
			cut = b;
		fprintf(f, "%s%.*s\n", lead, (int)cut, s);
		for (s += cut; *s == ' '; s++)
			;
		lead = rest;
	}
}
