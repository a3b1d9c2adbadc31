// SPDX-License-Identifier: GPL-2.0-only
/*
 * reap CMD [ARG...]: runs CMD as a child subreaper, then kills whatever
 * CMD left running.
 *
 * tests/run.sh runs each test file through it.  A helper a test file
 * started and did not stop (the file failed, or aborted half way), a
 * daemon that double-forked (tmux's server), a child orphaned by a killed
 * parent: all of them are descendants, and with PR_SET_CHILD_SUBREAPER an
 * orphaned descendant becomes our child instead of init's.  So once CMD
 * has exited, every process still our child is a leftover: each gets
 * SIGKILL and is named on stderr ("reap: killed PID (COMM)"), and its own
 * children, orphaned in turn, come to us in the next round, until wait()
 * says there are no children at all.
 *
 * SIGINT, SIGTERM and SIGHUP sent to reap are passed on to CMD, and the
 * leftovers are still killed after it: an interrupted suite leaves
 * nothing running either.
 *
 * Exit status: CMD's (128+N when a signal N ended it).
 */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

/* The command name of PID (its /proc/PID/comm), for the report. */
static void comm_of(pid_t pid, char *buf, size_t len)
{
	char path[64];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
	buf[0] = '\0';
	f = fopen(path, "r");
	if (!f)
		return;
	if (fgets(buf, (int)len, f))
		buf[strcspn(buf, "\n")] = '\0';
	fclose(f);
}

/* The parent pid of a live process from /proc/PID/stat, "pid (comm)
 * state ppid ..." (comm may hold spaces and parentheses: parse after the
 * last ')'); -1 for a zombie, which is dead already and only waits to be
 * collected. */
static pid_t live_ppid_of(const char *pid)
{
	char path[300], line[512], *p, state;
	FILE *f;
	int ppid = -1;

	snprintf(path, sizeof(path), "/proc/%s/stat", pid);
	f = fopen(path, "r");
	if (!f)
		return -1;
	if (fgets(line, sizeof(line), f) && (p = strrchr(line, ')')) != NULL)
		if (sscanf(p + 1, " %c %d", &state, &ppid) != 2 || state == 'Z')
			ppid = -1;
	fclose(f);
	return ppid;
}

/* SIGKILL every live child of ours; returns how many were killed. */
static int kill_children(void)
{
	pid_t self = getpid();
	struct dirent *d;
	DIR *dir = opendir("/proc");
	int n = 0;

	if (!dir)
		return 0;
	while ((d = readdir(dir)) != NULL) {
		char comm[64];
		pid_t pid;

		if (d->d_name[0] < '0' || d->d_name[0] > '9' || live_ppid_of(d->d_name) != self)
			continue;
		pid = (pid_t)atoi(d->d_name);
		comm_of(pid, comm, sizeof(comm));
		if (kill(pid, SIGKILL) == 0) {
			fprintf(stderr, "reap: killed %d (%s)\n", (int)pid, comm);
			n++;
		}
	}
	closedir(dir);
	return n;
}

static volatile sig_atomic_t pending;

static void on_signal(int sig)
{
	pending = sig;
}

int main(int argc, char **argv)
{
	struct sigaction sa = { .sa_handler = on_signal };
	int status, rc;
	pid_t child;

	if (argc < 2) {
		fprintf(stderr, "usage: reap CMD [ARG...]\n");
		return 2;
	}
	if (prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0) {
		perror("reap: PR_SET_CHILD_SUBREAPER");
		return 2;
	}
	child = fork();
	if (child < 0) {
		perror("reap: fork");
		return 2;
	}
	if (child == 0) {
		execvp(argv[1], argv + 1);
		fprintf(stderr, "reap: %s: %s\n", argv[1], strerror(errno));
		_exit(127);
	}
	/* No SA_RESTART: a signal interrupts waitpid, to be passed on. */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	while (waitpid(child, &status, 0) < 0) {
		if (errno != EINTR) {
			perror("reap: waitpid");
			return 2;
		}
		if (pending) {
			kill(child, pending);
			pending = 0;
		}
	}
	rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);

	/* The leftovers: kill, collect, repeat until no child is left. */
	for (;;) {
		pid_t gone;

		kill_children();
		gone = waitpid(-1, &status, 0);
		if (gone < 0 && errno == ECHILD)
			break;
	}
	return rc;
}
