// SPDX-License-Identifier: GPL-2.0-only
/*
 * Test helper (host program): create BPF maps and programs, print what was
 * created, then hold them until killed, so the tests have a process with
 * known BPF objects to inspect.
 *
 * usage: bpf_hold [-x] [map TYPE_ID KEY VALUE ENTRIES | prog | prog2 | dup | pin PATH]...
 * prints "map ID MEMLOCK" / "prog ID MEMLOCK" per object, then "ready";
 * -x exits 0 right after creating instead of holding.
 * "dup" duplicates the last fd (the object must be counted once).
 * "prog" is a 2-instruction socket filter named bpfbox_prog; "prog2" one
 * with a bpf-to-bpf call (two sub-programs) named bpfbox_prog2; "pin"
 * pins the last object at PATH on bpffs.
 * Exit 77 when the kernel refuses (the tests SKIP on that).
 */
#include <errno.h>
#include <linux/bpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static long bpf(int cmd, union bpf_attr *attr)
{
	return syscall(__NR_bpf, cmd, attr, sizeof(*attr));
}

static void show(const char *kind, int fd)
{
	char path[64], line[256];
	unsigned long id = 0, memlock = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", fd);
	f = fopen(path, "r");
	while (f && fgets(line, sizeof(line), f)) {
		sscanf(line, "map_id: %lu", &id);
		sscanf(line, "prog_id: %lu", &id);
		sscanf(line, "memlock: %lu", &memlock);
	}
	if (f)
		fclose(f);
	printf("%s %lu %lu\n", kind, id, memlock);
}

int main(int argc, char **argv)
{
	int last = -1, hold = 1, i = 1;

	if (argc > 1 && !strcmp(argv[1], "-x"))
		hold = 0, i = 2;
	for (; i < argc; i++) {
		union bpf_attr a;
		int fd;

		memset(&a, 0, sizeof(a));
		if (!strcmp(argv[i], "map") && i + 4 < argc) {
			a.map_type = atoi(argv[i + 1]);
			a.key_size = atoi(argv[i + 2]);
			a.value_size = atoi(argv[i + 3]);
			a.max_entries = atoi(argv[i + 4]);
			i += 4;
			fd = bpf(BPF_MAP_CREATE, &a);
			if (fd < 0) {
				perror("bpf_hold: BPF_MAP_CREATE");
				return 77;
			}
			show("map", fd);
		} else if (!strcmp(argv[i], "prog") || !strcmp(argv[i], "prog2")) {
			struct bpf_insn one[2] = {
				{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0 },
				{ .code = BPF_JMP | BPF_EXIT },
			};
			/* main: r1 = 7; call sub; r0 += 1; exit.  sub: r0 = r1 * 3; exit */
			struct bpf_insn two[7] = {
				{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 1, .imm = 7 },
				{ .code = BPF_JMP | BPF_CALL, .src_reg = BPF_PSEUDO_CALL, .imm = 2 },
				{ .code = BPF_ALU64 | BPF_ADD | BPF_K, .dst_reg = 0, .imm = 1 },
				{ .code = BPF_JMP | BPF_EXIT },
				{ .code = BPF_ALU64 | BPF_MOV | BPF_X, .dst_reg = 0, .src_reg = 1 },
				{ .code = BPF_ALU64 | BPF_MUL | BPF_K, .dst_reg = 0, .imm = 3 },
				{ .code = BPF_JMP | BPF_EXIT },
			};
			int second = !strcmp(argv[i], "prog2");

			a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
			a.insns = (unsigned long)(second ? two : one);
			a.insn_cnt = second ? 7 : 2;
			a.license = (unsigned long)"GPL";
			strcpy(a.prog_name, second ? "bpfbox_prog2" : "bpfbox_prog");
			fd = bpf(BPF_PROG_LOAD, &a);
			if (fd < 0) {
				perror("bpf_hold: BPF_PROG_LOAD");
				return 77;
			}
			show("prog", fd);
		} else if (!strcmp(argv[i], "pin") && i + 1 < argc && last >= 0) {
			a.pathname = (unsigned long)argv[++i];
			a.bpf_fd = last;
			if (bpf(BPF_OBJ_PIN, &a) < 0) {
				perror("bpf_hold: BPF_OBJ_PIN");
				return 77;
			}
			continue;
		} else if (!strcmp(argv[i], "dup") && last >= 0) {
			fd = dup(last);
		} else {
			fprintf(stderr, "bpf_hold: bad argument %s\n", argv[i]);
			return 2;
		}
		last = fd;
	}
	puts("ready");
	fflush(stdout);
	if (!hold)
		return 0;
	fclose(stdout);
	for (;;)
		pause();
}
