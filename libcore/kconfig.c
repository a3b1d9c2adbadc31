// SPDX-License-Identifier: GPL-2.0-only
/* A kernel's configuration, read as libbpf reads it for __kconfig
 * externs: a gzip file (/proc/config.gz) or a plain one. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "file.h"
#include "kconfig.h"
#include "xalloc.h"

/* A distribution kernel's .config is about 300 KB; /proc/config.gz
 * about 60 KB. */
#define KCONFIG_MAX (8u << 20)

/* The gzip stream in[0..len) inflated into a new NUL-terminated buffer. */
static char *gunzip(const unsigned char *in, size_t len, size_t *out_len)
{
	z_stream z = { .next_in = (unsigned char *)in, .avail_in = (uInt)len };
	size_t cap = 4 * len + 4096;
	char *out = xmalloc(cap);
	int rc = Z_OK;

	/* 16 + MAX_WBITS: a gzip header and trailer around the deflate data. */
	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
		free(out);
		errno = ENOMEM;
		return NULL;
	}
	while (rc == Z_OK) {
		if (z.total_out + 1 >= cap) {
			if (cap >= KCONFIG_MAX)
				break;
			cap *= 2;
			out = xrealloc(out, cap);
		}
		z.next_out = (unsigned char *)out + z.total_out;
		z.avail_out = (uInt)(cap - z.total_out - 1);
		rc = inflate(&z, Z_NO_FLUSH);
	}
	*out_len = z.total_out;
	inflateEnd(&z);
	if (rc != Z_STREAM_END) {
		free(out);
		errno = rc == Z_OK ? EFBIG : EINVAL;
		return NULL;
	}
	out[*out_len] = '\0';
	return out;
}

int kconfig_read(struct kconfig *k, const char *path)
{
	size_t len;
	char *raw = read_whole_file(path, KCONFIG_MAX, &len);

	k->text = NULL;
	k->len = 0;
	if (!raw)
		return -1;
	if (len < 2 || (unsigned char)raw[0] != 0x1f || (unsigned char)raw[1] != 0x8b) {
		k->text = raw;
		k->len = len;
		return 0;
	}
	k->text = gunzip((unsigned char *)raw, len, &k->len);
	free(raw);
	return k->text ? 0 : -1;
}

int kconfig_has(const struct kconfig *k, const char *name)
{
	size_t n = strlen(name);
	const char *line = k->text;

	while (line) {
		if (!strncmp(line, name, n) && line[n] == '=')
			return 1;
		line = strchr(line, '\n');
		if (line)
			line++;
	}
	return 0;
}

void kconfig_free(struct kconfig *k)
{
	free(k->text);
	k->text = NULL;
	k->len = 0;
}
