// SPDX-License-Identifier: GPL-2.0-only
/*
 * Test helper (host program, built on the system's linux/bpf.h, apart
 * from bpfbox's own code): write the JIT image of a loaded program to a
 * file, as the kernel returns it, and print "NAME TAG FLEN JITED_LEN".
 * Used to make the JIT fixtures and to check bpf-jitdis -i against.
 *
 * usage: jit_image (-i ID | PINNED_PATH) OUT.bin
 */
#include <errno.h>
#include <linux/bpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static long bpf(int cmd, union bpf_attr *a)
{
	return syscall(__NR_bpf, cmd, a, sizeof(*a));
}

int main(int argc, char **argv)
{
	union bpf_attr a;
	struct bpf_prog_info info;
	unsigned char *img;
	int fd;
	FILE *f;

	if (argc == 4 && !strcmp(argv[1], "-i")) {
		memset(&a, 0, sizeof(a));
		a.prog_id = (unsigned)atoi(argv[2]);
		fd = (int)bpf(BPF_PROG_GET_FD_BY_ID, &a);
		argv++;
	} else if (argc == 3) {
		memset(&a, 0, sizeof(a));
		a.pathname = (unsigned long)argv[1];
		fd = (int)bpf(BPF_OBJ_GET, &a);
	} else {
		fputs("usage: jit_image (-i ID | PINNED_PATH) OUT.bin\n", stderr);
		return 2;
	}
	if (fd < 0) {
		perror("jit_image: program");
		return 77;
	}
	memset(&info, 0, sizeof(info));
	memset(&a, 0, sizeof(a));
	a.info.bpf_fd = fd;
	a.info.info_len = sizeof(info);
	a.info.info = (unsigned long)&info;
	if (bpf(BPF_OBJ_GET_INFO_BY_FD, &a) < 0 || !info.jited_prog_len) {
		fprintf(stderr, "jit_image: no JIT image (%s)\n", strerror(errno));
		return 77;
	}
	img = malloc(info.jited_prog_len);
	{
		__u32 len = info.jited_prog_len, xlen = info.xlated_prog_len;

		memset(&info, 0, sizeof(info));
		info.jited_prog_len = len;
		info.jited_prog_insns = (unsigned long)img;
		a.info.info_len = sizeof(info);
		if (bpf(BPF_OBJ_GET_INFO_BY_FD, &a) < 0) {
			perror("jit_image: info");
			return 1;
		}
		f = fopen(argv[2], "wb");
		if (!f || fwrite(img, 1, len, f) != len || fclose(f)) {
			perror(argv[2]);
			return 1;
		}
		printf("%s ", info.name[0] ? info.name : "-");
		for (int i = 0; i < 8; i++)
			printf("%02x", info.tag[i]);
		printf(" %u %u\n", xlen / 8, len);
	}
	return 0;
}
