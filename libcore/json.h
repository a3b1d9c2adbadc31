/* SPDX-License-Identifier: GPL-2.0-only */
/* The one JSON writer behind every applet's -j: compact output on stdout,
 * commas and string escaping handled here.  `key` is NULL for array
 * members and for the top-level value. */
#ifndef BPFBOX_JSON_H
#define BPFBOX_JSON_H
#include <stdint.h>

#include "config.h"
#include "err.h"

/* The -j flag as an applet sees it.  Without CONFIG_FEATURE_JSON, -j is a
 * usage error and the result a constant 0, so the JSON code drops out. */
static inline int json_flag(int seen)
{
	if (seen && !CONFIG_FEATURE_JSON)
		die_not_built("-j (JSON output)", "FEATURE_JSON");
	return CONFIG_FEATURE_JSON && seen;
}

void json_object(const char *key);  /* opens { */
void json_array(const char *key);   /* opens [ */
void json_close(void);              /* closes the innermost; a newline
				       after the top-level value */
void json_string(const char *key, const char *s);  /* NULL: null */
void json_int(const char *key, int64_t v);
void json_uint(const char *key, uint64_t v);
void json_bool(const char *key, int v);
void json_null(const char *key);

#endif
