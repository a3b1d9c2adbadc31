// SPDX-License-Identifier: GPL-2.0-only
/*
 * bpf-memlock: RLIMIT_MEMLOCK and the memory BPF maps and programs use.
 *
 * Kernels before 5.11 charge BPF maps to the locked-memory limit of the
 * user, so map creation fails with EPERM when RLIMIT_MEMLOCK is small; from
 * 5.11 on they charge the memory cgroup and the limit no longer matters.
 * This applet shows which case a machine is in (by probing, not by version),
 * what a process holds, raises the limit, and explains a failing map create.
 *
 * The usage text is the Kconfig help in memlock.kconfig.
 */
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "applets.h"
#include "bpf_sys.h"
#include "columns.h"
#include "config.h"
#include "err.h"
#include "file.h"
#include "json.h"
#include "map_shape.h"
#include "num.h"
#include "opt.h"
#include "proc.h"
#include "size.h"
#include "text.h"
#include "usage.h"
#include "xalloc.h"

enum { O_JSON, O_PID, O_ALL, O_SET, O_PROBE, O_TYPE, O_KEY, O_VALUE,
       O_ENTRIES, O_COUNT };
static const struct opt opts[] = {
	[O_JSON]    = { 'j', OPT_FLAG, NULL },
	[O_PID]     = { 'p', OPT_ARG, NULL },
	[O_ALL]     = { 'a', OPT_FLAG, NULL },
	[O_SET]     = { 's', OPT_ARG, NULL },
	[O_PROBE]   = { 0, OPT_FLAG, "probe" },
	[O_TYPE]    = { 't', OPT_ARG, NULL },
	[O_KEY]     = { 'k', OPT_ARG, NULL },
	[O_VALUE]   = { 'v', OPT_ARG, NULL },
	[O_ENTRIES] = { 'n', OPT_ARG, NULL },
};
_Static_assert(sizeof(opts) / sizeof(opts[0]) == O_COUNT, "one row per O_ name");

/* ---- what a process holds ------------------------------------------------ */

struct bpf_obj {
	int is_prog;
	uint64_t id, type, key_size, value_size, max_entries, memlock;
	char tag[24];
};

struct proc_bpf {
	pid_t pid;
	int fd_err;     /* errno for an unreadable /proc/PID/fd, or 0 */
	char comm[32];
	size_t nmaps, nprogs;
	uint64_t memlock;
	struct bpf_obj *objs;
	size_t nobjs, cap;
};

/* Several fds (dup, fork) can refer to one object; count it once. */
static int seen_before(const struct proc_bpf *p, const struct bpf_obj *o)
{
	for (size_t i = 0; i < p->nobjs; i++)
		if (p->objs[i].is_prog == o->is_prog && p->objs[i].id == o->id &&
		    o->id)
			return 1;
	return 0;
}

/* Insertion sort: the lists are short (a process's BPF objects, the
 * processes holding any), and it is a tenth of the size of qsort. */
static void sort_list(void *base, size_t n, size_t size,
		      int (*cmp)(const void *, const void *))
{
	char *b = base;

	for (size_t i = 1; i < n; i++)
		for (char *p = b + i * size, *q; p > b && cmp(q = p - size, p) > 0; p = q)
			for (size_t k = 0; k < size; k++) {
				char t = p[k];

				p[k] = q[k];
				q[k] = t;
			}
}

/* Maps before programs, each by id: fd order would be readdir order. */
static int by_kind_and_id(const void *x, const void *y)
{
	const struct bpf_obj *a = x, *b = y;

	if (a->is_prog != b->is_prog)
		return a->is_prog - b->is_prog;
	return (a->id > b->id) - (a->id < b->id);
}

static void add_obj(struct proc_bpf *p, int is_prog, const char *fdinfo)
{
	struct bpf_obj o = { .is_prog = is_prog };

	kv_get_u64(fdinfo, "memlock", 10, &o.memlock);
	if (is_prog) {
		kv_get_u64(fdinfo, "prog_id", 10, &o.id);
		kv_get_u64(fdinfo, "prog_type", 10, &o.type);
		kv_get(fdinfo, "prog_tag", o.tag, sizeof(o.tag));
	} else {
		kv_get_u64(fdinfo, "map_id", 10, &o.id);
		kv_get_u64(fdinfo, "map_type", 10, &o.type);
		kv_get_u64(fdinfo, "key_size", 10, &o.key_size);
		kv_get_u64(fdinfo, "value_size", 10, &o.value_size);
		kv_get_u64(fdinfo, "max_entries", 10, &o.max_entries);
	}
	if (seen_before(p, &o))
		return;
	p->objs = xgrow(p->objs, &p->cap, p->nobjs + 1, sizeof(o));
	p->objs[p->nobjs++] = o;
	if (is_prog)
		p->nprogs++;
	else
		p->nmaps++;
	p->memlock += o.memlock;
}

/* Reads /proc/PID/status into status (8 KB) and fills p from it and from
 * /proc/PID/fd and fdinfo.  Returns -1 with errno when there is no status
 * to read (no such process); p->fd_err tells when the fds cannot be read
 * (another user's process). */
static int scan_process(pid_t pid, struct proc_bpf *p, char *status)
{
	char path[PATH_BUF];
	struct dirent *de;
	DIR *dir;

	memset(p, 0, sizeof(*p));
	p->pid = pid;
	if (proc_read(pid, "status", status, 8192) < 0)
		return -1;
	kv_get(status, "Name", p->comm, sizeof(p->comm));
	dir = opendir(sys_path(path, "/proc/%d/fd", (int)pid));
	if (!dir) {
		p->fd_err = errno;
		return 0;
	}
	while ((de = readdir(dir))) {
		char link[64], fdinfo[4096], rel[300];
		ssize_t n;
		int is_prog;

		if (de->d_name[0] == '.')
			continue;
		sys_path(path, "/proc/%d/fd/%s", (int)pid, de->d_name);
		n = readlink(path, link, sizeof(link) - 1);
		if (n < 0)
			continue;
		link[n] = 0;
		if (!strcmp(link, "anon_inode:bpf-map"))
			is_prog = 0;
		else if (!strcmp(link, "anon_inode:bpf-prog"))
			is_prog = 1;
		else
			continue;
		snprintf(rel, sizeof(rel), "fdinfo/%s", de->d_name);
		if (proc_read(pid, rel, fdinfo, sizeof(fdinfo)) < 0)
			continue; /* closed while we looked */
		add_obj(p, is_prog, fdinfo);
	}
	closedir(dir);
	sort_list(p->objs, p->nobjs, sizeof(*p->objs), by_kind_and_id);
	return 0;
}

/* ---- limits -------------------------------------------------------------- */

static uint64_t from_rlim(rlim_t v)
{
	return v == RLIM_INFINITY ? SIZE_UNLIMITED : (uint64_t)v;
}

static rlim_t to_rlim(uint64_t v)
{
	return v == SIZE_UNLIMITED ? RLIM_INFINITY : (rlim_t)v;
}

/* The next blank-separated word at *p, ended in place. */
static char *next_word(char **p)
{
	char *w = *p;

	while (*w == ' ' || *w == '\t')
		w++;
	for (*p = w; **p && **p != ' ' && **p != '\t' && **p != '\n'; (*p)++)
		;
	if (**p)
		*(*p)++ = 0;
	return w;
}

/* RLIMIT_MEMLOCK of pid from /proc/PID/limits (readable for any process
 * and for a fake tree), "Max locked memory  SOFT  HARD  bytes". */
static int read_memlock_limit(pid_t pid, uint64_t *soft, uint64_t *hard)
{
	static const char key[] = "Max locked memory";
	char text[4096], *line;

	if (proc_read(pid, "limits", text, sizeof(text)) < 0)
		return -1;
	for (line = text; line && strncmp(line, key, sizeof(key) - 1);)
		line = (line = strchr(line, '\n')) ? line + 1 : NULL;
	if (!line || (line += sizeof(key) - 1, parse_size(next_word(&line), soft) < 0) ||
	    parse_size(next_word(&line), hard) < 0) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

/* A kernel thread, from its /proc/PID/status: "Kthread: 1" (6.0 on), or
 * before that no memory lines at all, which a zombie shares (State Z). */
static int is_kthread(const char *status)
{
	char v[8] = "";
	uint64_t lck;

	if (kv_get(status, "Kthread", v, sizeof(v)) == 0)
		return v[0] == '1';
	kv_get(status, "State", v, sizeof(v));
	return kv_get_u64(status, "VmLck", 10, &lck) < 0 && v[0] != 'Z';
}

/* ---- how this kernel charges BPF memory ---------------------------------- */

enum charge { CHARGE_UNKNOWN, CHARGE_MEMLOCK, CHARGE_MEMCG };
static const char *const charge_names[] = { "unknown", "memlock", "memcg" };

/* Child exit codes of the probes below; anything else is an errno. */
enum { CHILD_OK = 200, CHILD_EPERM_AT_ZERO = 201 };

static int child_status(pid_t child)
{
	int st;

	while (waitpid(child, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* In a child (so our own limit never changes): create a tiny array map
 * under the current limit, then again under a memlock limit of 0.  If the
 * second succeeds the kernel charges the memory cgroup; if only it fails
 * with EPERM, the kernel charges RLIMIT_MEMLOCK.  *why gets the errno when
 * the probe itself could not run. */
static enum charge probe_charge(int *why)
{
	pid_t child;
	int code;

	*why = 0;
	fflush(NULL);
	/* _Fork, here and below: fork without the atfork locking that only
	 * threaded programs need (in musl, 2 KB of a tiny build). */
	child = _Fork();
	if (child < 0) {
		*why = errno;
		return CHARGE_UNKNOWN;
	}
	if (child == 0) {
		struct rlimit zero = { 0, 0 };
		int fd = bpf_map_create(BPF_MAP_TYPE_ARRAY_ID, 4, 4, 1, 0);

		if (fd < 0)
			_exit(errno);
		close(fd);
		/* prlimit on ourselves, here and below: setrlimit would also
		 * stop every thread to apply it (musl's __synccall), which a
		 * one-thread process does not need. */
		if (prlimit(0, RLIMIT_MEMLOCK, &zero, NULL) < 0)
			_exit(errno);
		fd = bpf_map_create(BPF_MAP_TYPE_ARRAY_ID, 4, 4, 1, 0);
		if (fd >= 0)
			_exit(CHILD_OK);
		_exit(errno == EPERM ? CHILD_EPERM_AT_ZERO : errno);
	}
	code = child_status(child);
	if (code == CHILD_OK)
		return CHARGE_MEMCG;
	if (code == CHILD_EPERM_AT_ZERO)
		return CHARGE_MEMLOCK;
	*why = code > 0 ? code : EIO;
	return CHARGE_UNKNOWN;
}

static void print_charge(enum charge c, int why)
{
	if (c == CHARGE_UNKNOWN)
		printf("%-18sunknown: probe map not created: %s\n", "bpf charged to",
		       strerror(why));
	else
		printf("%-18s%s\n", "bpf charged to", c == CHARGE_MEMCG
		       ? "memory cgroup; RLIMIT_MEMLOCK does not limit BPF (>= 5.11)"
		       : "RLIMIT_MEMLOCK of the user (< 5.11): raise it for big maps");
}

/* ---- the report ------------------------------------------------------------ */

static const struct { int bit; const char *name; } caps_shown[] = {
	{ CAP_BPF_BIT, "CAP_BPF" },
	{ CAP_SYS_ADMIN_BIT, "CAP_SYS_ADMIN" },
	{ CAP_IPC_LOCK_BIT, "CAP_IPC_LOCK" },
	{ CAP_SYS_RESOURCE_BIT, "CAP_SYS_RESOURCE" },
};
#define NCAPS (sizeof(caps_shown) / sizeof(caps_shown[0]))

static void print_limit_json(const char *key, uint64_t v)
{
	if (v == SIZE_UNLIMITED)
		json_null(key);
	else
		json_uint(key, v);
}

static void print_objs_json(const struct proc_bpf *p, int progs)
{
	json_array(progs ? "progs" : "maps");
	for (size_t i = 0; i < p->nobjs; i++) {
		const struct bpf_obj *o = &p->objs[i];

		if (o->is_prog != progs)
			continue;
		json_object(NULL);
		json_uint("id", o->id);
		json_string("type", progs ? bpf_prog_type_name((uint32_t)o->type)
					  : bpf_map_type_name((uint32_t)o->type));
		if (progs) {
			json_string("tag", o->tag);
		} else {
			json_uint("key_size", o->key_size);
			json_uint("value_size", o->value_size);
			json_uint("max_entries", o->max_entries);
		}
		json_uint("memlock", o->memlock);
		json_close();
	}
	json_close();
}

static void print_objs(const struct proc_bpf *p, int progs)
{
	int header = 0;

	for (size_t i = 0; i < p->nobjs; i++) {
		const struct bpf_obj *o = &p->objs[i];
		const char *type = progs ? bpf_prog_type_name((uint32_t)o->type)
					 : bpf_map_type_name((uint32_t)o->type);

		if (o->is_prog != progs)
			continue;
		if (!header++)
			fputs(progs ? "  ID     TYPE                   TAG                 MEMLOCK\n"
				    : "  ID     TYPE                     KEY  VALUE  ENTRIES    MEMLOCK\n",
			      stdout);
		if (progs)
			printf("  %-6" PRIu64 " %-22s %-16s %10" PRIu64 "\n", o->id,
			       type ? type : "?", o->tag, o->memlock);
		else
			printf("  %-6" PRIu64 " %-22s %5" PRIu64 " %6" PRIu64
			       " %8" PRIu64 " %10" PRIu64 "\n", o->id,
			       type ? type : "?", o->key_size, o->value_size,
			       o->max_entries, o->memlock);
	}
}

/* What the report shows of one process. */
struct report {
	struct proc_bpf p;
	uint64_t soft, hard, locked, caps, mapbytes;
	long long unpriv;
	enum charge charge;
	int why;
	int kthread;
};

static void print_report_json(const struct report *r)
{
	const struct proc_bpf *p = &r->p;

	json_object(NULL);
	json_int("pid", p->pid);
	json_string("comm", p->comm);
	json_bool("kernel_thread", r->kthread);
	json_object("memlock");
	print_limit_json("soft", r->soft);
	print_limit_json("hard", r->hard);
	json_close();
	json_uint("locked", r->locked);
	json_string("charge", charge_names[r->charge]);
	json_object("caps");
	for (size_t i = 0; i < NCAPS; i++)
		json_bool(caps_shown[i].name, HAS_CAP(r->caps, caps_shown[i].bit));
	json_close();
	if (r->unpriv < 0)
		json_null("unprivileged_bpf_disabled");
	else
		json_int("unprivileged_bpf_disabled", r->unpriv);
	if (r->p.fd_err) {
		json_null("maps");
		json_null("progs");
		json_null("bpf_memlock");
		json_string("fd_error", strerror(r->p.fd_err));
	} else {
		print_objs_json(p, 0);
		print_objs_json(p, 1);
		json_uint("bpf_memlock", p->memlock);
	}
	json_close();
}

static void print_report(const struct report *r)
{
	const struct proc_bpf *p = &r->p;
	char a[SIZE_BUF], b[SIZE_BUF], comm[52];

	/* The comm is the process's to choose: escaped, and cut to keep the
	 * line within 80 columns (JSON has it whole). */
	printf("%-18s%d (%s)\n", "process", (int)p->pid,
	       text_safe(p->comm, comm, sizeof(comm)));
	if (r->kthread)
		printf("%-18smeaningless: a kernel thread\n", "RLIMIT_MEMLOCK");
	else
		printf("%-18ssoft %s, hard %s\n", "RLIMIT_MEMLOCK",
		       format_size(r->soft, a), format_size(r->hard, b));
	printf("%-18s%s (VmLck)\n", "locked memory", format_size(r->locked, a));
	print_charge(r->charge, r->why);
	printf("%-18s", "capabilities");
	for (size_t i = 0; i < NCAPS; i++)  /* without "CAP_": 80 columns */
		printf("%s%s %s", i ? ", " : "", caps_shown[i].name + 4,
		       HAS_CAP(r->caps, caps_shown[i].bit) ? "yes" : "no");
	if (r->unpriv < 0)
		printf("\n%-18sunknown (kernel.unprivileged_bpf_disabled missing)\n",
		       "unprivileged bpf");
	else
		printf("\n%-18s%lld: %s\n", "unprivileged bpf", r->unpriv,
		       unpriv_bpf_text(r->unpriv));
	if (r->p.fd_err) {
		printf("%-18sunknown: /proc/%d/fd: %s\n", "bpf maps, progs",
		       (int)p->pid, strerror(r->p.fd_err));
		return;
	}
	printf("%-18s%zu, memlock %" PRIu64 " bytes\n", "bpf maps", p->nmaps,
	       r->mapbytes);
	print_objs(p, 0);
	printf("%-18s%zu, memlock %" PRIu64 " bytes\n", "bpf programs",
	       p->nprogs, p->memlock - r->mapbytes);
	print_objs(p, 1);
}

/* Reports what can be read: /proc/PID/status and limits are readable for
 * any process, its fd directory only for its owner (or root). */
static int report(pid_t pid, int json)
{
	struct report r = { .unpriv = -1 };
	char status[8192];

	if (!pid)
		pid = getpid();
	if (scan_process(pid, &r.p, status) < 0) {
		if (errno == ENOENT)
			die("process %d: no such process", (int)pid);
		die_errno(errno, "cannot read /proc/%d/status", (int)pid);
	}
	if (read_memlock_limit(pid, &r.soft, &r.hard) < 0)
		die_errno(errno, "cannot read RLIMIT_MEMLOCK from /proc/%d/limits",
			  (int)pid);
	kv_get_u64(status, "VmLck", 10, &r.locked);
	r.locked *= 1024;
	kv_get_u64(status, "CapEff", 16, &r.caps);
	r.kthread = is_kthread(status);
	if (sysctl_read("kernel.unprivileged_bpf_disabled", &r.unpriv) < 0)
		r.unpriv = -1;
	r.charge = probe_charge(&r.why);
	for (size_t i = 0; i < r.p.nobjs; i++)
		if (!r.p.objs[i].is_prog)
			r.mapbytes += r.p.objs[i].memlock;
	if (CONFIG_FEATURE_JSON && json)
		print_report_json(&r);
	else
		print_report(&r);
	free(r.p.objs);
	return EXIT_OK;
}

/* ---- -a: every process ---------------------------------------------------- */

static int by_memlock(const void *x, const void *y)
{
	const struct proc_bpf *a = x, *b = y;

	if (a->memlock != b->memlock)
		return a->memlock < b->memlock ? 1 : -1;
	return (a->pid > b->pid) - (a->pid < b->pid);
}

static int report_all(int json)
{
	struct proc_bpf *list = NULL, p;
	size_t n = 0, cap = 0, maps = 0, progs = 0, denied = 0;
	char status[8192];
	uint64_t total = 0;
	char path[PATH_BUF];
	struct dirent *de;
	DIR *dir = opendir(sys_path(path, "/proc"));

	if (!dir)
		die_errno(errno, "%s", path);
	while ((de = readdir(dir))) {
		uint64_t pid;
		const char *end = scan_u64(de->d_name, 10, &pid);

		if (!end || *end || !pid || pid > INT32_MAX)
			continue;
		if (scan_process((pid_t)pid, &p, status) < 0)
			continue;
		denied += p.fd_err == EACCES || p.fd_err == EPERM;
		if (!p.nobjs)
			continue;
		free(p.objs);
		p.objs = NULL;
		list = xgrow(list, &cap, n + 1, sizeof(p));
		list[n++] = p;
		maps += p.nmaps;
		progs += p.nprogs;
		total += p.memlock;
	}
	closedir(dir);
	sort_list(list, n, sizeof(*list), by_memlock);
	if (CONFIG_FEATURE_JSON && json) {
		json_object(NULL);
		json_array("processes");
		for (size_t i = 0; i < n; i++) {
			json_object(NULL);
			json_int("pid", list[i].pid);
			json_string("comm", list[i].comm);
			json_uint("maps", list[i].nmaps);
			json_uint("progs", list[i].nprogs);
			json_uint("memlock", list[i].memlock);
			json_close();
		}
		json_close();
		json_object("total");
		json_uint("processes", n);
		json_uint("maps", maps);
		json_uint("progs", progs);
		json_uint("memlock", total);
		json_close();
		json_close();
	} else {
		printf("%7s %-16s %5s %5s %12s\n", "PID", "COMM", "MAPS", "PROGS",
		       "MEMLOCK");
		char count[32];

		/* Escaped, and cut to the column (JSON has it whole). */
		for (size_t i = 0; i < n; i++)
			printf("%7d %-16s %5zu %5zu %12" PRIu64 "\n", (int)list[i].pid,
			       text_safe(list[i].comm, count, 17), list[i].nmaps,
			       list[i].nprogs, list[i].memlock);

		snprintf(count, sizeof(count), "%zu process%s", n, n == 1 ? "" : "es");
		printf("%7s %-16s %5zu %5zu %12" PRIu64 "\n", "total", count,
		       maps, progs, total);
	}
	if (denied)
		warn_msg("%zu processes could not be read (not permitted): "
			 "run as root to see them", denied);
	free(list);
	return EXIT_OK;
}

/* ---- -s: set the limit ------------------------------------------------------ */

/* One side of -s SOFT:HARD into *lim; an empty side keeps it. */
static void parse_side(const char *word, rlim_t *lim)
{
	uint64_t v;

	if (!*word)
		return;
	if (parse_size(word, &v) < 0)
		die_usage("-s: bad size '%s' (use bytes, K, M, G or unlimited)", word);
	*lim = to_rlim(v);
}

/* "SOFT[:HARD]", "SOFT:" (keep hard) or ":HARD" (keep soft); one value sets
 * both, as prlimit --memlock does.  Returns whether HARD was written out. */
static int parse_limits(const char *spec, const struct rlimit *old,
			struct rlimit *new)
{
	char soft[32], *hard;

	if (snprintf(soft, sizeof(soft), "%s", spec) >= (int)sizeof(soft))
		die_usage("-s: bad size '%s'", spec);
	if ((hard = strchr(soft, ':')))
		*hard++ = 0;
	else
		hard = soft;     /* one value: both */
	if (!*soft && !*hard)
		die_usage("-s: bad size '%s'", spec);
	*new = *old;
	parse_side(soft, &new->rlim_cur);
	parse_side(hard, &new->rlim_max);
	if (from_rlim(new->rlim_cur) > from_rlim(new->rlim_max))
		die_usage("-s: soft limit %s is above hard limit %s", *soft ? soft : "(kept)",
			  *hard ? hard : "(kept)");
	return hard != soft && *hard;
}

static _Noreturn void die_other_user(pid_t pid)
{
	die("not permitted to change the limits of process %d: "
	    "it runs as another user (needs CAP_SYS_RESOURCE)", (int)pid);
}

/* Why prlimit said EPERM, in words. */
static _Noreturn void die_set_eperm(pid_t pid, const struct rlimit *old,
				    const struct rlimit *new)
{
	uint64_t caps = 0;
	char a[SIZE_BUF], b[SIZE_BUF];

	proc_cap_eff(0, &caps);
	if (from_rlim(new->rlim_max) > from_rlim(old->rlim_max) &&
	    !HAS_CAP(caps, CAP_SYS_RESOURCE_BIT))
		die("cannot raise the hard limit from %s to %s: "
		    "needs CAP_SYS_RESOURCE, which this process lacks",
		    format_size(from_rlim(old->rlim_max), a),
		    format_size(from_rlim(new->rlim_max), b));
	if (pid)
		die_other_user(pid);
	die_errno(EPERM, "setting RLIMIT_MEMLOCK");
}

/* Only CAP_SYS_RESOURCE can raise a hard limit again: lowering one is
 * said, and for another process done only when HARD is written out. */
static void check_lowering(pid_t pid, const char *spec, int hard_given,
			   const struct rlimit *old, const struct rlimit *new)
{
	char a[SIZE_BUF], b[SIZE_BUF];

	if (from_rlim(new->rlim_max) >= from_rlim(old->rlim_max))
		return;
	format_size(from_rlim(old->rlim_max), a);
	format_size(from_rlim(new->rlim_max), b);
	if (pid && !hard_given)
		die("-s %s would lower the hard limit of process %d from %s to %s "
		    "(only CAP_SYS_RESOURCE raises it): say -s %s:%s", spec,
		    (int)pid, a, b, spec, spec);
	warn_msg("lowering the hard limit of process %d from %s to %s",
		 (int)(pid ? pid : getpid()), a, b);
}

static int set_limit(pid_t pid, const char *spec, int nrest, char **rest,
		     int json)
{
	struct rlimit old, new;
	char a[SIZE_BUF], b[SIZE_BUF], c[SIZE_BUF], d[SIZE_BUF], status[8192];
	int hard_given;

	if (prlimit(pid, RLIMIT_MEMLOCK, NULL, &old) < 0) {
		if (errno == ESRCH)
			die("process %d: no such process", (int)pid);
		if (errno == EPERM)
			die_other_user(pid);
		die_errno(errno, "reading RLIMIT_MEMLOCK of process %d", (int)pid);
	}
	if (pid && proc_read(pid, "status", status, sizeof(status)) >= 0 &&
	    is_kthread(status))
		die("process %d is a kernel thread: its limits mean nothing", (int)pid);
	hard_given = parse_limits(spec, &old, &new);
	check_lowering(pid, spec, hard_given, &old, &new);
	if (prlimit(pid, RLIMIT_MEMLOCK, &new, NULL) < 0) {
		if (errno == EPERM)
			die_set_eperm(pid, &old, &new);
		die_errno(errno, "setting RLIMIT_MEMLOCK of process %d",
			  (int)(pid ? pid : getpid()));
	}
	if (nrest)
		return exec_command(rest);
	if (CONFIG_FEATURE_JSON && json) {
		json_object(NULL);
		json_int("pid", pid);
		json_object("old");
		print_limit_json("soft", from_rlim(old.rlim_cur));
		print_limit_json("hard", from_rlim(old.rlim_max));
		json_close();
		json_object("new");
		print_limit_json("soft", from_rlim(new.rlim_cur));
		print_limit_json("hard", from_rlim(new.rlim_max));
		json_close();
		json_close();
	} else {
		printf("RLIMIT_MEMLOCK of %d: soft:hard %s:%s -> %s:%s\n", (int)pid,
		       format_size(from_rlim(old.rlim_cur), a),
		       format_size(from_rlim(old.rlim_max), b),
		       format_size(from_rlim(new.rlim_cur), c),
		       format_size(from_rlim(new.rlim_max), d));
	}
	return EXIT_OK;
}

/* ---- --probe ----------------------------------------------------------------- */

struct probe {
	struct map_shape m;
	const char *type_name;
	int custom;         /* -k, -v or -n changed the type's own shape */
};

/* "LABEL             text" with the text wrapped at 80 columns under
 * itself (causes are sentences): each line the most words that fit in
 * the 62 columns after the label; a longer word (a path) whole, alone. */
static void print_wrapped(const char *label, const char *text)
{
	do {
		int n = 0, cut = 0;

		for (; text[n] && (n <= 62 || !cut); n++)
			if (text[n] == ' ' && (n <= 62 || !cut))
				cut = n;
		if (!text[n] && (n <= 62 || !cut))
			cut = n;           /* the rest fits, or is one word */
		printf("%-18s%.*s\n", label, cut, text);
		label = "";
		for (text += cut; *text == ' '; text++)
			;
	} while (*text);
}

static uint64_t fd_memlock(int fd)
{
	char rel[32], fdinfo[4096];
	uint64_t v = 0;

	snprintf(rel, sizeof(rel), "fdinfo/%d", fd);
	if (proc_read(0, rel, fdinfo, sizeof(fdinfo)) >= 0)
		kv_get_u64(fdinfo, "memlock", 10, &v);
	return v;
}

/* Creates the map in a child whose soft limit is raised to the hard limit
 * (or to unlimited where the hard limit allows).  Returns 0 if it then
 * worked, so memlock was the cause. */
static int retry_with_raised_limit(const struct map_shape *s)
{
	pid_t child;

	fflush(NULL);
	child = _Fork();
	if (child < 0)
		return -1;
	if (child == 0) {
		struct rlimit r = { RLIM_INFINITY, RLIM_INFINITY };
		int fd;

		if (prlimit(0, RLIMIT_MEMLOCK, &r, NULL) < 0) {
			prlimit(0, RLIMIT_MEMLOCK, NULL, &r);
			r.rlim_cur = r.rlim_max;
			prlimit(0, RLIMIT_MEMLOCK, &r, NULL);
		}
		fd = map_shape_create(s, s->entries);
		_exit(fd >= 0 ? CHILD_OK : errno);
	}
	return child_status(child) == CHILD_OK ? 0 : -1;
}

/* Creates a map of this shape with n entries and closes it: whether it
 * fits now.  Kernels that charge RLIMIT_MEMLOCK (before 5.11) give a
 * closed map's charge back later, from a workqueue: a failure right after
 * another map was closed (*pending) is retried once those frees had time
 * to land, so that the charge of a map already gone is not counted. */
static int fits_now(const struct map_shape *s, uint32_t n, int *pending)
{
	static const struct timespec waits[] = { { 0, 10000000 }, { 0, 90000000 } };
	int fd = map_shape_create(s, n);

	for (size_t i = 0; fd < 0 && *pending && i < sizeof(waits) / sizeof(waits[0]); i++) {
		nanosleep(&waits[i], NULL);
		fd = map_shape_create(s, n);
	}
	*pending = 0;
	if (fd < 0)
		return 0;
	close(fd);
	*pending = 1;
	return 1;
}

/* Largest max_entries of this shape that can be created now. */
static uint32_t largest_fitting(const struct map_shape *s)
{
	uint32_t lo = 0, hi = s->entries;
	int pending = 1;        /* the probe's own maps, just closed */

	while (lo + 1 < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (fits_now(s, mid, &pending))
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* Whether word is one of the comma-separated words of list. */
static int in_list(const char *list, const char *word)
{
	size_t n = strlen(word);

	for (; list; list = (list = strchr(list, ',')) ? list + 1 : NULL)
		if (!strncmp(list, word, n) && (!list[n] || list[n] == ','))
			return 1;
	return 0;
}

/* The memory cgroup directory of this process, under /sys/fs/cgroup: v1's
 * memory controller where it is mounted (it cannot be in v2 then), else
 * the v2 hierarchy.  Sets *v1; returns 0, or -1 when there is none. */
static int memory_cgroup(char *dir, size_t size, int *v1)
{
	char cg[2048], *line, *next;
	int found = -1;

	if (proc_read(0, "cgroup", cg, sizeof(cg)) < 0)
		return -1;
	for (line = cg; line; line = next) {
		/* "ID:CONTROLLERS:PATH" lines; v2 is "0::PATH". */
		char *ctl, *rel;

		if ((next = strchr(line, '\n')))
			*next++ = 0;
		ctl = strchr(line, ':');
		rel = ctl ? strchr(ctl + 1, ':') : NULL;
		if (!rel)
			continue;
		*rel++ = 0;
		*ctl++ = 0;     /* line: the hierarchy id */
		if (in_list(ctl, "memory")) {
			*v1 = 1;
			snprintf(dir, size, "/memory%s", rel);
			return 0;
		}
		if (!*ctl && !strcmp(line, "0")) {
			*v1 = 0;
			snprintf(dir, size, "%s", rel);
			found = 0;
		}
	}
	return found;
}

/* " (FILE: VALUE)" for the lowest memory limit on the path from this
 * process's cgroup up to the root (a parent's limit binds its children),
 * or "" when none is set: "max" and v1's "no limit" (a page counter's
 * maximum, 9223372036854771712 with 4 KiB pages) are no limit. */
static const char *cgroup_memory_limit(char *out, size_t size)
{
	char dir[1024], path[PATH_BUF], text[64];
	uint64_t v, lowest = UINT64_MAX;
	char *slash;
	int v1;

	out[0] = 0;
	if (memory_cgroup(dir, sizeof(dir), &v1) < 0)
		return out;
	do {
		slash = strrchr(dir, '/');
		sys_path(path, "/sys/fs/cgroup%s/%s", dir,
			 v1 ? "memory.limit_in_bytes" : "memory.max");
		if (read_small_file(path, text, sizeof(text)) > 0 &&
		    scan_u64(text, 10, &v) && v < (1ull << 62) && v < lowest) {
			lowest = v;
			snprintf(out, size, " (%s: %s)", path, cut_line(text));
		}
		if (slash)
			*slash = 0;
	} while (slash && (!v1 || strcmp(dir, "/memory")));
	return out;
}

/* EINVAL, which the kernel gives both for a shape it rejects and for a
 * type it does not have: the type's own shape tells them apart. */
static const char *explain_einval(const struct probe *p, char *buf, size_t size)
{
	const struct map_shape *s = &p->m;
	struct map_shape d;
	int fd = -1;

	map_shape_default(&d, s->type);
	if (p->custom && map_shape_prepare(&d) == 0)
		fd = map_shape_create(&d, d.entries);
	map_shape_release(&d);
	if (fd >= 0) {
		close(fd);
		snprintf(buf, size, "the kernel rejects this shape of %s map (key %u, "
			 "value %u, entries %u): it takes key %u, value %u, entries %u",
			 p->type_name, s->key, s->value, s->entries, d.key, d.value,
			 d.entries);
	} else {
		snprintf(buf, size, "this kernel does not have map type %s: it "
			 "rejects the shape every kernel with the type takes (not "
			 "built in, or older than the type)", p->type_name);
	}
	return buf;
}

/* The cause of a failed create that can be shown, as one sentence.
 * *fits gets the largest fitting max_entries when memlock is the cause. */
static const char *explain_failure(const struct probe *p, int err,
				   char *buf, size_t size, int64_t *fits)
{
	const struct map_shape *s = &p->m;
	char status[8192], lockdown[128] = "", path[PATH_BUF], cglimit[600], *mode;
	uint64_t caps = 0, seccomp = 0;
	long long unpriv = 0;
	int why;

	*fits = -1;
	proc_read(0, "status", status, sizeof(status));
	kv_get_u64(status, "CapEff", 16, &caps);
	kv_get_u64(status, "Seccomp", 10, &seccomp);
	sysctl_read("kernel.unprivileged_bpf_disabled", &unpriv);

	switch (err) {
	case ENOSYS:
		return "this kernel has no bpf() system call (CONFIG_BPF_SYSCALL off)";
	case EINVAL:
		return explain_einval(p, buf, size);
	case E2BIG:
		return "key size, value size or max_entries is above the kernel's limit for this type";
	case ENOMEM:
		if (*cgroup_memory_limit(cglimit, sizeof(cglimit)))
			snprintf(buf, size, "the kernel could not allocate the map: out "
				 "of memory, or the memory cgroup limit is reached%s",
				 cglimit);
		else
			snprintf(buf, size, "the kernel could not allocate the map: too "
				 "big for one allocation, or out of memory (no memory "
				 "cgroup limit applies)");
		return buf;
	case EOPNOTSUPP:
	case ENOTSUPP_KERNEL:
		snprintf(buf, size, "map type %s is not supported by this kernel", p->type_name);
		return buf;
	case EPERM:
	case EACCES:
		break;
	default:
		snprintf(buf, size, "bpf(BPF_MAP_CREATE) failed: %s", strerror(err));
		return buf;
	}
	if (!HAS_CAP(caps, CAP_BPF_BIT) && !HAS_CAP(caps, CAP_SYS_ADMIN_BIT)) {
		if (unpriv)
			snprintf(buf, size, "unprivileged BPF is disabled "
				 "(kernel.unprivileged_bpf_disabled=%lld) and this "
				 "process has neither CAP_BPF nor CAP_SYS_ADMIN", unpriv);
		else
			snprintf(buf, size, "map type %s needs CAP_BPF, which this "
				 "process lacks", p->type_name);
		return buf;
	}
	if (probe_charge(&why) == CHARGE_MEMLOCK && retry_with_raised_limit(s) == 0) {
		struct rlimit r;
		char a[SIZE_BUF];

		prlimit(0, RLIMIT_MEMLOCK, NULL, &r);
		*fits = s->entries ? (int64_t)largest_fitting(s) : -1;
		snprintf(buf, size, "RLIMIT_MEMLOCK (soft %s) is too low for this "
			 "map: it fits with a higher limit (bpf-memlock -s SIZE -- CMD); "
			 "at most %" PRId64 " entries fit now",
			 format_size(from_rlim(r.rlim_cur), a), *fits);
		return buf;
	}
	if (seccomp == 2)
		return "a seccomp filter on this process denies bpf() (Seccomp: 2 in /proc/self/status)";
	/* "[none] integrity confidentiality": the active mode is bracketed. */
	if (read_small_file(sys_path(path, "/sys/kernel/security/lockdown"),
			    lockdown, sizeof(lockdown)) > 0 &&
	    (!(mode = strchr(lockdown, '[')) || strncmp(mode, "[none]", 6))) {
		snprintf(buf, size, "kernel lockdown is active (%s) or a security "
			 "module denies bpf(): see the kernel log", cut_line(lockdown));
		return buf;
	}
	return "denied by a security module (SELinux, AppArmor, BPF LSM): capabilities, "
	       "memlock and seccomp are not the cause; see the kernel log";
}

/* The shape -t, -k, -v and -n ask for. */
static void probe_shape(struct probe *p, struct opt_slot *o)
{
	struct map_shape *s = &p->m;
	int id;

	p->type_name = o[O_TYPE].arg ? o[O_TYPE].arg : "hash";
	id = bpf_map_type_id(p->type_name);
	if (id < 0)
		die_usage("-t: unknown map type '%s'", p->type_name);
	map_shape_default(s, (uint32_t)id);
	if (o[O_KEY].arg)
		s->key = (uint32_t)opt_number(o[O_KEY].arg, 0, UINT32_MAX, "-k");
	if (o[O_VALUE].arg)
		s->value = (uint32_t)opt_number(o[O_VALUE].arg, 0, UINT32_MAX, "-v");
	if (o[O_ENTRIES].arg)
		s->entries = (uint32_t)opt_number(o[O_ENTRIES].arg, 0, UINT32_MAX, "-n");
	p->custom = o[O_KEY].seen || o[O_VALUE].seen || o[O_ENTRIES].seen;
}

static void print_probe_json(const struct probe *p, int fd, uint64_t memlock,
			     enum charge charge, int err, const char *cause,
			     int64_t fits)
{
	json_object(NULL);
	json_bool("ok", fd >= 0);
	json_string("type", p->type_name);
	json_string("struct_ops", p->m.ops);
	json_uint("key_size", p->m.key);
	json_uint("value_size", p->m.value);
	json_uint("max_entries", p->m.entries);
	json_uint("flags", p->m.flags);
	if (fd >= 0)
		json_uint("memlock", memlock);
	else
		json_null("memlock");
	json_string("charge", charge_names[charge]);
	json_string("error", err ? strerror(err) : NULL);
	json_string("cause", cause);
	if (fits >= 0)
		json_int("fits_entries", fits);
	else
		json_null("fits_entries");
	json_close();
}

static int probe(struct opt_slot *o, int json)
{
	struct probe p;
	char buf[1024], line[128];
	const char *cause = NULL;
	int64_t fits = -1;
	int fd = -1, err = 0, why;
	uint64_t memlock = 0;
	enum charge charge;

	probe_shape(&p, o);
	if (p.m.cannot) {
		cause = p.m.cannot;        /* a type this machine gives no context for */
	} else if (map_shape_prepare(&p.m) < 0 ||
		   (fd = map_shape_create(&p.m, p.m.entries)) < 0) {
		err = errno;
		cause = explain_failure(&p, err, buf, sizeof(buf), &fits);
	} else {
		memlock = fd_memlock(fd);
		close(fd);
	}
	map_shape_release(&p.m);
	charge = probe_charge(&why);
	if (CONFIG_FEATURE_JSON && json) {
		print_probe_json(&p, fd, memlock, charge, err, cause, fits);
	} else {
		snprintf(line, sizeof(line), "%s key %u value %u entries %u flags %#x",
			 p.type_name, p.m.key, p.m.value, p.m.entries, p.m.flags);
		print_wrapped("map", line);
		if (p.m.ops)
			printf("%-18s%s (the kernel's)\n", "struct_ops type", p.m.ops);
		if (fd >= 0) {
			printf("%-18screated and closed\n", "result");
			printf("%-18s%" PRIu64 " bytes\n", "memlock", memlock);
		} else {
			if (err)
				printf("%-18sfailed: %s\n", "result", strerror(err));
			else
				printf("%-18snot probed\n", "result");
			print_wrapped("cause", cause);
		}
		print_charge(charge, why);
	}
	if (fd < 0) {
		/* The cause is a sentence or two: wrapped, as on stdout. */
		fflush(stdout);
		column_wrap(stderr, "%s: %s %s map failed: %s", applet_name,
			    err ? "creating" : "probing", p.type_name, cause);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

/* ---- main ------------------------------------------------------------------- */

static int memlock_main(int argc, char **argv)
{
	struct opt_slot o[O_COUNT] = { 0 };
	struct opt_result r;
	pid_t pid = 0;
	int json;

	opt_parse(argc, argv, opts, O_COUNT, o, &r, USAGE_BPF_MEMLOCK);
	json = json_flag(o[O_JSON].seen);
	if (r.nargs)
		die_usage("unexpected argument '%s'", r.args[0]);
	if (o[O_PID].arg)
		pid = (pid_t)opt_number(o[O_PID].arg, 1, INT32_MAX, "-p");
	if (o[O_ALL].seen + o[O_SET].seen + o[O_PROBE].seen > 1)
		die_usage("-a, -s and --probe do not go together");
	if ((o[O_TYPE].seen || o[O_KEY].seen || o[O_VALUE].seen ||
	     o[O_ENTRIES].seen) && !o[O_PROBE].seen)
		die_usage("-t, -k, -v and -n go with --probe");
	if (r.has_rest && !o[O_SET].seen)
		die_usage("'-- CMD' goes with -s SIZE");
	if (r.has_rest && !r.nrest)
		die_usage("no command after '--'");
	if (pid && (r.has_rest || o[O_ALL].seen || o[O_PROBE].seen))
		die_usage("-p does not go with -a, --probe or -- CMD");
	/* Our own limit ends with us: -s alone would change nothing. */
	if (o[O_SET].seen && !pid && !r.has_rest)
		die_usage("-s needs -p PID or -- CMD");

	if (o[O_ALL].seen) {
		if (!CONFIG_BPF_MEMLOCK_ALL)
			die_not_built("-a", "BPF_MEMLOCK_ALL");
		return report_all(json);
	}
	if (o[O_SET].seen)
		return set_limit(pid, o[O_SET].arg, r.nrest, r.rest, json);
	if (o[O_PROBE].seen) {
		if (!CONFIG_BPF_MEMLOCK_PROBE)
			die_not_built("--probe", "BPF_MEMLOCK_PROBE");
		return probe(o, json);
	}
	return report(pid, json);
}

const struct applet applet_memlock = { "bpf-memlock", memlock_main, opts, O_COUNT };
