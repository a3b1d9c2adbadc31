// SPDX-License-Identifier: GPL-2.0-only
/*
 * Benchmark helper (host program): run a command N times with its output
 * sent to /dev/null and print "MEDIAN_MS MIN_MS MAX_RSS_KIB", wall time
 * per run and the largest peak RSS the kernel reported for it (wait4).
 *
 * usage: runstat N CMD [ARG...]
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	int n = argc > 2 ? atoi(argv[1]) : 0;
	double *ms;
	long maxrss = 0;

	if (n < 1) {
		fputs("usage: runstat N CMD [ARG...]\n", stderr);
		return 2;
	}
	ms = calloc((size_t)n, sizeof(*ms));
	for (int i = 0; i < n; i++) {
		struct timespec a, b;
		struct rusage ru;
		int st;
		pid_t pid;

		clock_gettime(CLOCK_MONOTONIC, &a);
		pid = fork();
		if (pid == 0) {
			int null = open("/dev/null", O_WRONLY);

			dup2(null, 1);
			execvp(argv[2], argv + 2);
			perror(argv[2]);
			_exit(127);
		}
		if (pid < 0 || wait4(pid, &st, 0, &ru) < 0) {
			perror("runstat");
			return 1;
		}
		clock_gettime(CLOCK_MONOTONIC, &b);
		if (!WIFEXITED(st) || WEXITSTATUS(st) > 1) {
			fprintf(stderr, "runstat: %s failed\n", argv[2]);
			return 1;
		}
		ms[i] = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
		if (ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
	}
	qsort(ms, (size_t)n, sizeof(*ms), by_value);
	printf("%.2f %.2f %ld\n", ms[n / 2], ms[0], maxrss);
	return 0;
}
