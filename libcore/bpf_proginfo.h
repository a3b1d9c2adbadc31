/* SPDX-License-Identifier: GPL-2.0-only */
/* A loaded BPF program as the kernel describes it (BPF_OBJ_GET_INFO_BY_FD):
 * its JIT image, sub-program addresses and lengths, translated (xlated)
 * instructions, func and line info and BTF. */
#ifndef BPFBOX_BPF_PROGINFO_H
#define BPFBOX_BPF_PROGINFO_H
#include <stddef.h>
#include <stdint.h>

struct bpf_proginfo {
	uint32_t id, type;
	char name[17];
	char tag[17];                 /* hex */
	unsigned char *jited;         /* JIT image */
	uint32_t jited_len;
	int jited_hidden;             /* length known, bytes withheld */
	int xlated_hidden;
	unsigned char *xlated;        /* struct bpf_insn array, host order */
	uint32_t xlated_len;
	uint64_t *ksyms;              /* start address of each sub-program */
	uint32_t nksyms;
	uint32_t *func_lens;          /* their lengths in bytes */
	uint32_t nfunc_lens;
	unsigned char *line_info;     /* records of line_info_rec_size bytes */
	uint32_t nline_info, line_info_rec_size;
	uint64_t *jited_line_info;    /* JIT address of each line info record */
	uint32_t njited_line_info;
	unsigned char *func_info;     /* {insn_off, BTF type id} records */
	uint32_t nfunc_info, func_info_rec_size;
	uint32_t btf_id;
	unsigned char *btf;           /* raw BTF of the program, if btf_id */
	uint32_t btf_len;
};

/* Program fds from an id, a pinned path, or the next id after `id`
 * (0 when there is none).  -1 with errno on failure. */
int bpf_prog_fd_by_id(uint32_t id);
int bpf_prog_fd_by_pin(const char *path);
int bpf_prog_next_id(uint32_t id, uint32_t *next);

/* Fills p for fd (two calls: sizes, then the arrays).  -1 with errno. */
int bpf_proginfo_get(int fd, struct bpf_proginfo *p);
void bpf_proginfo_free(struct bpf_proginfo *p);

#endif
