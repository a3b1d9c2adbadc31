// SPDX-License-Identifier: GPL-2.0-only
/* Loaded programs opened by id or by pin, and when that fails or they
 * carry no JIT image, what can be found out about why: said in one
 * sentence instead of a bare errno. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "bpf_prog_open.h"
#include "bpf_sys.h"
#include "btf.h"
#include "proc.h"

#define BPF_FS_MAGIC 0xcafe4a11

/* Why bpf() said EPERM.  An unknown bpf() command is EINVAL wherever the
 * call reaches the kernel's bpf code, so a refusal of it comes from a
 * filter in front (seccomp) or the unprivileged_bpf_disabled gate. */
static const char *why_eperm(const char *needs)
{
	char status[8192] = "";
	uint64_t caps = 0, seccomp = 0;
	int reached;

	proc_read(0, "status", status, sizeof(status));
	kv_get_u64(status, "CapEff", 16, &caps);
	kv_get_u64(status, "Seccomp", 10, &seccomp);
	reached = sys_bpf(0x7fff, NULL, 0) < 0 && errno == EINVAL;
	if (!reached && seccomp == 2)
		return "a seccomp filter on this process refuses bpf() (Seccomp: 2 in "
		       "/proc/self/status)";
	if (!HAS_CAP(caps, CAP_SYS_ADMIN_BIT))
		return needs;
	return "not permitted although this process has CAP_SYS_ADMIN: kernel lockdown or a "
	       "security module refuses it";
}

int bpf_prog_open_id(uint32_t id, char *why, size_t size)
{
	int fd = bpf_prog_fd_by_id(id);

	if (fd >= 0)
		return fd;
	if (errno == ENOENT)
		snprintf(why, size, "no such program (bpftool prog show lists them)");
	else if (errno == EPERM)
		snprintf(why, size, "%s", why_eperm("opening a program by id needs CAP_SYS_ADMIN "
						    "(CAP_BPF is not enough)"));
	else
		snprintf(why, size, "%s", strerror(errno));
	return -1;
}

int bpf_prog_list_next(uint32_t id, uint32_t *next, char *why, size_t size)
{
	if (bpf_prog_next_id(id, next) == 0)
		return 0;
	if (errno == EPERM)
		snprintf(why, size, "listing programs: %s", why_eperm("needs CAP_SYS_ADMIN"));
	else
		snprintf(why, size, "listing programs: %s", strerror(errno));
	return -1;
}

/* What an fd from BPF_OBJ_GET holds, from its fdinfo's keys. */
static const char *pinned_kind(int fd)
{
	char name[32], info[1024] = "", v[32];

	snprintf(name, sizeof(name), "fdinfo/%d", fd);
	if (proc_read(0, name, info, sizeof(info)) < 0)
		return "unknown";
	if (kv_get(info, "prog_type", v, sizeof(v)) == 0)
		return "program";
	if (kv_get(info, "map_type", v, sizeof(v)) == 0)
		return "map";
	if (kv_get(info, "link_type", v, sizeof(v)) == 0)
		return "link";
	return "unknown";
}

int bpf_prog_open_pin(const char *path, char *why, size_t size)
{
	struct statfs fs;
	struct stat st;
	const char *kind;
	int fd;

	if (stat(path, &st) < 0) {
		snprintf(why, size, "%s", strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		snprintf(why, size, "a directory, not a pinned program");
		return -1;
	}
	if (statfs(path, &fs) == 0 && (unsigned long)fs.f_type != BPF_FS_MAGIC) {
		snprintf(why, size, "not on a bpf filesystem: programs are pinned under a bpffs "
			 "mount (mount -t bpf bpf /sys/fs/bpf)");
		return -1;
	}
	fd = bpf_prog_fd_by_pin(path);
	if (fd < 0) {
		if (errno == EPERM)
			snprintf(why, size, "%s", why_eperm("opening a pinned object needs CAP_BPF or "
							    "CAP_SYS_ADMIN, or read access to it"));
		else
			snprintf(why, size, "%s", strerror(errno));
		return -1;
	}
	kind = pinned_kind(fd);
	if (strcmp(kind, "program") && strcmp(kind, "unknown")) {
		snprintf(why, size, "a pinned %s, not a program", kind);
		close(fd);
		return -1;
	}
	return fd;
}

void bpf_prog_why_no_image(const struct bpf_proginfo *p, char *why, size_t size)
{
	long long kr = -1, enable = -1;
	uint64_t caps = 0;

	sysctl_read("kernel.kptr_restrict", &kr);
	proc_cap_eff(0, &caps);
	if (p->jited_len && !HAS_CAP(caps, CAP_SYS_ADMIN_BIT) && !HAS_CAP(caps, CAP_PERFMON_BIT))
		snprintf(why, size, "the kernel hides its JIT image: reading it needs CAP_SYS_ADMIN or "
			 "CAP_PERFMON, which this process lacks");
	else if (p->jited_len)
		snprintf(why, size, "the kernel hides its %u-byte JIT image: kernel.kptr_restrict=%lld "
			 "(set it to 0 or 1)", p->jited_len, kr);
	else if (sysctl_read("net.core.bpf_jit_enable", &enable) < 0)
		snprintf(why, size, "no JIT image: this kernel has no BPF JIT, the program runs in "
			 "the interpreter");
	else if (!enable)
		snprintf(why, size, "no JIT image: the JIT is off (net.core.bpf_jit_enable=0), the "
			 "program runs in the interpreter");
	else
		snprintf(why, size, "no JIT image although net.core.bpf_jit_enable=%lld: it was loaded "
			 "with the JIT off, or the JIT refused one of its instructions (arm and mips "
			 "refuse bpf-to-bpf calls), so it runs in the interpreter", enable);
}

const char *bpf_prog_func_name(const struct bpf_proginfo *p, const struct btf *b, uint32_t k)
{
	uint32_t type;

	if (!b || k >= p->nfunc_info)
		return "";
	memcpy(&type, p->func_info + (size_t)k * p->func_info_rec_size + 4, 4);
	return btf_kind(b, type) == BTF_KIND_FUNC ? btf_name(b, type) : "";
}
