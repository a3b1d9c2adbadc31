// SPDX-License-Identifier: GPL-2.0-only
/*
 * Column checker (host program, tests/columns.test): runs CMD with its
 * stdout and stderr into a pipe (or reads stdin when there is no CMD)
 * and prints every line wider than WIDTH display columns as
 * "LABEL: line N: W columns: TEXT", exiting 1 when there was one.  -n
 * FILE appends the number of lines read to FILE, so that a test can
 * tell that its commands printed something.
 *
 * Display columns as a console shows them: a tab moves to the next
 * multiple of 8, a UTF-8 character is one column however many bytes it
 * has (continuation bytes 10xxxxxx count nothing).  Done in C because
 * awk counts bytes or characters depending on which awk and locale.
 *
 * -x KIND exempts the lines of a disassembly listing that reproduce a
 * reference tool's own line text (see columns.test for why):
 *   llvm  bpf-readelf -d, llvm-objdump's text: instruction lines
 *         ("   INDEX:\t..."), relocation and CO-RE lines under them
 *         ("\t\tOFFSET:  ..."), function labels ("ADDR16 <NAME>:"),
 *         "Disassembly of section NAME:", "FILE:\tfile format elf64-bpf"
 *         and -l's source lines ("; ...").
 *   kernel bpf-readelf -d -X: the same but the instruction lines, whose
 *         text (the kernel's syntax) is bpfbox's own.
 *   gnu   bpf-jitdis listings, GNU objdump's text: instruction lines
 *         (" ADDR:\t...") and function labels ("ADDR <NAME>:").
 *
 * usage: cols [-x llvm|kernel|gnu] [-n FILE] WIDTH LABEL [CMD [ARG...]]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* CMD's stdout and stderr, as stdin. */
static void run(char **argv)
{
	int fd[2];

	if (pipe(fd) < 0)
		exit(2);
	switch (fork()) {
	case -1:
		exit(2);
	case 0:
		dup2(fd[1], 1);
		dup2(fd[1], 2);
		close(fd[0]);
		close(fd[1]);
		execvp(argv[0], argv);
		perror(argv[0]);
		_exit(127);
	}
	dup2(fd[0], 0);
	close(fd[0]);
	close(fd[1]);
}

/* n hex digits (n 0: one or more) then stop at *end. */
static int hex_run(const char *s, size_t n, const char **end)
{
	size_t k = 0;

	while ((s[k] >= '0' && s[k] <= '9') || (s[k] >= 'a' && s[k] <= 'f'))
		k++;
	*end = s + k;
	return k > 0 && (!n || k == n);
}

/* "ADDR <NAME>:" with ADDR of `digits` hex digits (0: any). */
static int is_label(const char *s, size_t digits)
{
	const char *p;
	size_t n = strlen(s);

	return hex_run(s, digits, &p) && !strncmp(p, " <", 2) && n >= 2 && !strcmp(s + n - 2, ">:");
}

/* "  N:\t" with N of the given digits (decimal for llvm, hex for gnu). */
static int is_insn(const char *s, int hex)
{
	const char *p;

	while (*s == ' ')
		s++;
	if (hex) {
		if (!hex_run(s, 0, &p))
			return 0;
	} else {
		for (p = s; *p >= '0' && *p <= '9'; p++)
			;
		if (p == s)
			return 0;
	}
	return !strncmp(p, ":\t", 2);
}

static int exempt(const char *kind, const char *s)
{
	const char *p;

	if (!kind)
		return 0;
	if (!strcmp(kind, "gnu"))
		return is_insn(s, 1) || is_label(s, 0);
	return (strcmp(kind, "kernel") && is_insn(s, 0)) || is_label(s, 16) ||
	       (!strncmp(s, "\t\t", 2) && hex_run(s + 2, 16, &p) && !strncmp(p, ":  ", 3)) ||
	       (!strncmp(s, "Disassembly of section ", 23) && s[strlen(s) - 1] == ':') ||
	       (strstr(s, ":\tfile format elf64-bpf") && !strcmp(strstr(s, ":\tfile format "),
								  ":\tfile format elf64-bpf")) ||
	       !strncmp(s, "; ", 2) || !strcmp(s, ";");
}

static size_t columns(const char *s)
{
	size_t c = 0;

	for (; *s; s++)
		if (*s == '\t')
			c = (c / 8 + 1) * 8;
		else if (((unsigned char)*s & 0xc0) != 0x80)
			c++;
	return c;
}

int main(int argc, char **argv)
{
	const char *kind = NULL, *count = NULL;
	char line[65536];
	unsigned long no = 0;
	int over = 0;
	size_t width;

	for (; argc > 2 && (!strcmp(argv[1], "-x") || !strcmp(argv[1], "-n")); argv += 2, argc -= 2)
		*(argv[1][1] == 'x' ? &kind : &count) = argv[2];
	if (argc < 3 || (kind && strcmp(kind, "llvm") && strcmp(kind, "kernel") &&
			 strcmp(kind, "gnu"))) {
		fputs("usage: cols [-x llvm|kernel|gnu] [-n FILE] WIDTH LABEL [CMD [ARG...]]\n", stderr);
		return 2;
	}
	if (argc > 3)
		run(argv + 3);
	width = (size_t)atoi(argv[1]);
	while (fgets(line, sizeof(line), stdin)) {
		size_t n = strlen(line), w;

		no++;
		if (n && line[n - 1] == '\n')
			line[--n] = 0;
		if (exempt(kind, line) || (w = columns(line)) <= width)
			continue;
		printf("%s: line %lu: %zu columns: %s\n", argv[2], no, w, line);
		over = 1;
	}
	while (wait(NULL) > 0)
		;
	if (count) {
		FILE *f = fopen(count, "a");

		if (!f || fprintf(f, "%lu\n", no) < 0 || fclose(f))
			return 2;
	}
	return over;
}
