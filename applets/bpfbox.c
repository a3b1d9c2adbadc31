// SPDX-License-Identifier: GPL-2.0-only
/*
 * bpfbox: the multi-call entry point.  The applet is chosen by the name the
 * binary was started under (a symlink or hard link named after it) or by
 * the first argument; `bpfbox --list` and `--install` manage the names.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "applets.h"
#include "config.h"
#include "err.h"
#include "text.h"

static const char usage[] =
	"usage: bpfbox APPLET [ARG...]   or   APPLET [ARG...] through a link\n"
	"       bpfbox --list\n"
	IF_FEATURE_INSTALLER("       bpfbox --install [-s] DIR\n")
	"       bpfbox --help | --version\n"
	IF_FEATURE_VERBOSE_USAGE(
	"\n"
	"eBPF troubleshooting tools in one static binary.  APPLET --help\n"
	"describes each applet.\n"
	IF_FEATURE_INSTALLER(
	"--install links every applet of this build into DIR (hard links, or\n"
	"symlinks with -s).\n"));

static const struct applet *find_applet(const char *name)
{
	for (const struct applet *const *a = applets; *a; a++)
		if (!strcmp((*a)->name, name))
			return *a;
	return NULL;
}

/* Link every applet name in dir to this binary, replacing symlinks; names
 * that already exist as something else are left alone and reported. */
static int install_links(const char *dir, int symbolic)
{
	char self[PATH_MAX], path[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	int status = EXIT_OK;

	if (n < 0)
		die_errno(errno, "cannot find the running binary: /proc/self/exe");
	self[n] = 0;
	for (const struct applet *const *a = applets; *a; a++) {
		char target[1];

		if (snprintf(path, sizeof(path), "%s/%s", dir, (*a)->name) >= (int)sizeof(path))
			die("%s: path too long", dir);
		/* readlink answers "a symlink?" without a stat: EINVAL is
		 * something else; other errors are left to link() to report. */
		if (readlink(path, target, sizeof(target)) >= 0) {
			unlink(path);
		} else if (errno == EINVAL) {
			warn_msg("%s: exists and is not a symlink, left alone", path);
			status = EXIT_FAIL;
			continue;
		}
		if ((symbolic ? symlink(self, path) : link(self, path)) < 0) {
			/* A missing or read-only DIR fails every name alike:
			 * say it once. */
			if (errno == ENOENT || errno == ENOTDIR || errno == EACCES ||
			    errno == EROFS)
				die_errno(errno, "cannot link the applets into %s", dir);
			warn_errno(errno, "%s", path);
			status = EXIT_FAIL;
		}
	}
	return status;
}

static int bpfbox_main(int argc, char **argv)
{
	const struct applet *a;

	if (argc < 2 || !strcmp(argv[1], "--help")) {
		fputs(usage, argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_USAGE : EXIT_OK;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("bpfbox %s\n", BPFBOX_VERSION);
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "--list")) {
		for (const struct applet *const *l = applets; *l; l++)
			printf("%s%c", (*l)->name, '\n');  /* puts: 200 more bytes */
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "--install")) {
		int symbolic = argc > 2 && !strcmp(argv[2], "-s");

		if (!CONFIG_FEATURE_INSTALLER)
			die_not_built("--install", "FEATURE_INSTALLER");
		if (argc != 3 + symbolic)
			die_usage("--install needs one directory");
		return install_links(argv[2 + symbolic], symbolic);
	}
	a = find_applet(argv[1]);
	if (!a) {
		char name[TEXT_SAFE_SIZE(64)];

		/* Escaped: whatever the caller passed reaches the terminal. */
		fprintf(stderr, "bpfbox: applet not found: %s\n",
			text_safe(argv[1], name, sizeof(name)));
		return 127;
	}
	applet_name = a->name;
	return a->main(argc - 1, argv + 1);
}

int main(int argc, char **argv)
{
	const char *name = argc > 0 ? argv[0] : "bpfbox";
	const char *slash = strrchr(name, '/');
	const struct applet *a;

	if (slash)
		name = slash + 1;
	a = find_applet(name);
	/* Any other name (bpfbox, bpfbox-aarch64, a.out) acts as the box. */
	if (!a)
		return finish_output(bpfbox_main(argc, argv));
	applet_name = a->name;
	return finish_output(a->main(argc, argv));
}
