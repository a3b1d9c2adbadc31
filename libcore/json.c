// SPDX-License-Identifier: GPL-2.0-only
/* Minimal streaming JSON writer (RFC 8259 string escaping). */
#include <inttypes.h>
#include <stdio.h>

#include "err.h"
#include "json.h"
#include "text.h"

#define JSON_MAX_DEPTH 16

static struct {
	int depth;
	char closer[JSON_MAX_DEPTH];
	int count[JSON_MAX_DEPTH];
} js;

/* Valid UTF-8 passes as it is, control characters become \uXXXX, and a
 * byte that is no UTF-8 becomes the code point of its value (\u00ff):
 * the document stays valid JSON whatever a file held. */
static void put_escaped(const char *s)
{
	putchar('"');
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		uint32_t cp;
		size_t n = text_utf8(p, &cp);

		if (*p == '"' || *p == '\\') {
			putchar('\\');
			putchar(*p);
		} else if (*p == '\n') {
			fputs("\\n", stdout);
		} else if (*p == '\r') {
			fputs("\\r", stdout);
		} else if (*p == '\t') {
			fputs("\\t", stdout);
		} else if (!n) {
			printf("\\u%04x", *p);
		} else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
			printf("\\u%04x", (unsigned)cp);
		} else {
			fwrite(p, 1, n, stdout);
		}
		p += n ? n : 1;
	}
	putchar('"');
}

/* Comma and key before a value at the current level. */
static void begin_value(const char *key)
{
	if (js.depth > 0 && js.count[js.depth - 1]++)
		putchar(',');
	if (key) {
		put_escaped(key);
		putchar(':');
	}
}

/* A document an error ends early still ends: every open array and
 * object is closed (the error itself went to stderr). */
static void close_all(void)
{
	while (js.depth > 0)
		json_close();
}

static void open_value(const char *key, char opener, char closer)
{
	if (js.depth == JSON_MAX_DEPTH)
		die("internal error: JSON nested too deep");
	if (js.depth == 0)
		set_output_closer(close_all);
	begin_value(key);
	putchar(opener);
	js.closer[js.depth] = closer;
	js.count[js.depth] = 0;
	js.depth++;
}

void json_object(const char *key)
{
	open_value(key, '{', '}');
}

void json_array(const char *key)
{
	open_value(key, '[', ']');
}

void json_close(void)
{
	if (js.depth == 0)
		die("internal error: JSON close without open");
	putchar(js.closer[--js.depth]);
	if (js.depth == 0) {
		putchar('\n');
		set_output_closer(NULL);
	}
}

void json_string(const char *key, const char *s)
{
	begin_value(key);
	if (s)
		put_escaped(s);
	else
		fputs("null", stdout);
}

void json_int(const char *key, int64_t v)
{
	begin_value(key);
	printf("%" PRId64, v);
}

void json_uint(const char *key, uint64_t v)
{
	begin_value(key);
	printf("%" PRIu64, v);
}

void json_bool(const char *key, int v)
{
	begin_value(key);
	fputs(v ? "true" : "false", stdout);
}

void json_null(const char *key)
{
	json_string(key, NULL);
}
