// SPDX-License-Identifier: GPL-2.0-only
/*
 * BPF_OBJ_GET_INFO_BY_FD for programs.  struct bpf_prog_info is stable
 * kernel ABI; its fields are placed here by offset (the same numbers as
 * offsetof() on linux/bpf.h) so the build needs no kernel headers.  The
 * kernel copies at most info_len bytes, so older kernels are fine.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bpf_proginfo.h"
#include "bpf_sys.h"
#include "num.h"
#include "xalloc.h"

enum {
	PI_TYPE = 0, PI_ID = 4, PI_TAG = 8, PI_JITED_LEN = 16, PI_XLATED_LEN = 20,
	PI_JITED = 24, PI_XLATED = 32, PI_NAME = 64, PI_NR_KSYMS = 104,
	PI_NR_FUNC_LENS = 108, PI_KSYMS = 112, PI_FUNC_LENS = 120, PI_BTF_ID = 128,
	PI_FUNC_INFO_REC = 132, PI_FUNC_INFO = 136, PI_NR_FUNC_INFO = 144, PI_NR_LINE_INFO = 148, PI_LINE_INFO = 152, PI_JITED_LINE_INFO = 160,
	PI_NR_JITED_LINE_INFO = 168, PI_LINE_INFO_REC = 172, PI_JITED_LINE_REC = 176,
	PI_SIZE = 232,
};

static uint32_t rd32(const unsigned char *b, int off)
{
	uint32_t v;

	memcpy(&v, b + off, 4);
	return v;
}

static uint64_t rd64(const unsigned char *b, int off)
{
	uint64_t v;

	memcpy(&v, b + off, 8);
	return v;
}

static void wr32(unsigned char *b, int off, uint32_t v)
{
	memcpy(b + off, &v, 4);
}

static void wrptr(unsigned char *b, int off, const void *p)
{
	uint64_t v = (uintptr_t)p;

	memcpy(b + off, &v, 8);
}

static int get_info(int fd, void *info, uint32_t len)
{
	uint32_t attr[8];
	uint64_t ptr = (uintptr_t)info;

	memset(attr, 0, sizeof(attr));
	attr[0] = (uint32_t)fd;
	attr[1] = len;
	memcpy(&attr[2], &ptr, 8);
	return sys_bpf(BPF_CMD_OBJ_GET_INFO_BY_FD, attr, sizeof(attr)) < 0 ? -1 : 0;
}

int bpf_prog_fd_by_id(uint32_t id)
{
	uint32_t attr[8] = { id };

	return (int)sys_bpf(BPF_CMD_PROG_GET_FD_BY_ID, attr, sizeof(attr));
}

int bpf_prog_fd_by_pin(const char *path)
{
	uint64_t attr[4] = { (uintptr_t)path };

	return (int)sys_bpf(BPF_CMD_OBJ_GET, attr, sizeof(attr));
}

int bpf_prog_next_id(uint32_t id, uint32_t *next)
{
	uint32_t attr[8] = { id };

	if (sys_bpf(BPF_CMD_PROG_GET_NEXT_ID, attr, sizeof(attr)) < 0) {
		if (errno == ENOENT) {
			*next = 0;
			return 0;
		}
		return -1;
	}
	*next = attr[1];
	return 0;
}

/* The program's BTF as raw bytes: BTF_GET_FD_BY_ID, then its info twice
 * (size, then data; struct bpf_btf_info: u64 btf, u32 btf_size, u32 id). */
static int get_btf(struct bpf_proginfo *p)
{
	uint32_t attr[8] = { p->btf_id }, info[8];
	uint64_t ptr;
	int fd = (int)sys_bpf(BPF_CMD_BTF_GET_FD_BY_ID, attr, sizeof(attr));

	if (fd < 0)
		return -1;
	memset(info, 0, sizeof(info));
	if (get_info(fd, info, sizeof(info)) < 0 || !info[2])
		goto fail;
	p->btf_len = info[2];
	p->btf = xmalloc(p->btf_len);
	memset(info, 0, sizeof(info));
	ptr = (uintptr_t)p->btf;
	memcpy(&info[0], &ptr, 8);
	info[2] = p->btf_len;
	if (get_info(fd, info, sizeof(info)) < 0) {
		free(p->btf);
		p->btf = NULL;
		p->btf_len = 0;
		goto fail;
	}
	close(fd);
	return 0;
fail:
	close(fd);
	return -1;
}

int bpf_proginfo_get(int fd, struct bpf_proginfo *p)
{
	unsigned char info[PI_SIZE];
	uint32_t rec, jrec;

	memset(p, 0, sizeof(*p));
	memset(info, 0, sizeof(info));
	if (get_info(fd, info, sizeof(info)) < 0)
		return -1;
	p->type = rd32(info, PI_TYPE);
	p->id = rd32(info, PI_ID);
	for (int i = 0; i < 8; i++) {
		p->tag[2 * i] = hex_digits[info[PI_TAG + i] >> 4];
		p->tag[2 * i + 1] = hex_digits[info[PI_TAG + i] & 15];
	}
	memcpy(p->name, info + PI_NAME, 16);
	p->jited_len = rd32(info, PI_JITED_LEN);
	p->xlated_len = rd32(info, PI_XLATED_LEN);
	p->nksyms = rd32(info, PI_NR_KSYMS);
	p->nfunc_lens = rd32(info, PI_NR_FUNC_LENS);
	p->nline_info = rd32(info, PI_NR_LINE_INFO);
	p->njited_line_info = rd32(info, PI_NR_JITED_LINE_INFO);
	rec = rd32(info, PI_LINE_INFO_REC);
	jrec = rd32(info, PI_JITED_LINE_REC);
	p->btf_id = rd32(info, PI_BTF_ID);
	p->line_info_rec_size = rec;
	p->nfunc_info = rd32(info, PI_NR_FUNC_INFO);
	p->func_info_rec_size = rd32(info, PI_FUNC_INFO_REC);
	if (p->func_info_rec_size < 8)
		p->nfunc_info = 0;

	/* Second call: the same lengths, now with buffers. */
	memset(info, 0, sizeof(info));
	p->jited = xmalloc(p->jited_len);
	p->xlated = xmalloc(p->xlated_len);
	p->ksyms = xcalloc(p->nksyms, sizeof(*p->ksyms));
	p->func_lens = xcalloc(p->nfunc_lens, sizeof(*p->func_lens));
	if (rec < 16 || jrec != 8)
		p->nline_info = p->njited_line_info = 0;
	p->line_info = xcalloc(p->nline_info, rec ? rec : 1);
	p->jited_line_info = xcalloc(p->njited_line_info, sizeof(uint64_t));
	p->func_info = xcalloc(p->nfunc_info, p->func_info_rec_size ? p->func_info_rec_size : 1);
	wr32(info, PI_JITED_LEN, p->jited_len);
	wrptr(info, PI_JITED, p->jited);
	wr32(info, PI_XLATED_LEN, p->xlated_len);
	wrptr(info, PI_XLATED, p->xlated);
	wr32(info, PI_NR_KSYMS, p->nksyms);
	wrptr(info, PI_KSYMS, p->ksyms);
	wr32(info, PI_NR_FUNC_LENS, p->nfunc_lens);
	wrptr(info, PI_FUNC_LENS, p->func_lens);
	wr32(info, PI_NR_LINE_INFO, p->nline_info);
	wrptr(info, PI_LINE_INFO, p->line_info);
	wr32(info, PI_LINE_INFO_REC, rec);
	wr32(info, PI_NR_JITED_LINE_INFO, p->njited_line_info);
	wrptr(info, PI_JITED_LINE_INFO, p->jited_line_info);
	wr32(info, PI_JITED_LINE_REC, jrec);
	wr32(info, PI_NR_FUNC_INFO, p->nfunc_info);
	wr32(info, PI_FUNC_INFO_REC, p->func_info_rec_size);
	wrptr(info, PI_FUNC_INFO, p->func_info);
	if (get_info(fd, info, sizeof(info)) < 0) {
		int err = errno;

		bpf_proginfo_free(p);
		errno = err;
		return -1;
	}
	/* When raw dumps are not allowed (kptr_restrict, capabilities) the
	 * kernel reports the lengths but zeroes the pointers it did not fill. */
	if (p->jited_len && !rd64(info, PI_JITED))
		p->jited_hidden = 1;
	if (p->xlated_len && !rd64(info, PI_XLATED))
		p->xlated_hidden = 1;
	if (p->nksyms && !rd64(info, PI_KSYMS))
		p->nksyms = 0;
	if (p->btf_id)
		get_btf(p);
	return 0;
}

void bpf_proginfo_free(struct bpf_proginfo *p)
{
	free(p->jited);
	free(p->xlated);
	free(p->ksyms);
	free(p->func_lens);
	free(p->line_info);
	free(p->jited_line_info);
	free(p->func_info);
	free(p->btf);
	memset(p, 0, sizeof(*p));
}
