// SPDX-License-Identifier: GPL-2.0-only
/*
 * Test helper (host or target program): load BPF programs of an object
 * written for this repo the way a loader would, then hold them.
 *
 *   bpf_load OBJ SECTION [pin PATH]
 *     one program with its BTF, func info and line info (for bpf-jitdis
 *     -x, which shows source lines only for programs loaded with line
 *     info): the programs without maps or relocations.  .BTF gets its
 *     DATASEC sizes and variable offsets filled in from the ELF, as libbpf
 *     does.  Prints "prog ID", then "ready".
 *   bpf_load -k OBJ SECTION
 *     CO-RE: SECTION as a kprobe program with its CO-RE relocation
 *     records handed to the kernel, which resolves them against its own
 *     BTF (BPF_PROG_LOAD's core_relos, Linux 5.17); then prints, for each
 *     record, "INSN VALUE": what the kernel patched into that instruction,
 *     read back from the loaded program (an ld_imm64 or ALU immediate, a
 *     load's or store's offset), and exits.  First, "poisoned INSN" for
 *     each relocation the kernel could not resolve (its log says so).  A
 *     refusal prints "refused: ERRNO: LAST VERIFIER LINE" and exits 3; 77
 *     when this kernel cannot do it at all.
 *   bpf_load -a [-m] [-x] OBJ
 *     every program of OBJ, without BTF: the maps its code refers to
 *     are created (legacy "maps" definitions, BTF-defined ".maps",
 *     .data/.rodata/.bss as one-element arrays), map references and
 *     calls into .text are relocated (.text appended to the program, as
 *     libbpf does), the program type comes from the section name.  Prints
 *     "prog ID SECTION FUNCTION" or "refused SECTION FUNCTION: WHY" per
 *     program, then "ready".  -m writes "bpf_load: OBJ SECTION FUNCTION"
 *     to the kernel log (/dev/kmsg) before each load, so that a log of
 *     JIT dumps says which program each one is; -x exits after loading
 *     (the programs go with it) instead of holding.
 *
 * Objects of either byte order (bpfel, bpfeb) are read on any host:
 * every field is read in the object's order, and instructions, BTF and
 * BTF.ext records reach the kernel in the host's order.
 * Then waits to be killed; exit 77 when the kernel refused (everything,
 * for -a).
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/bpf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static unsigned char *obj;
static size_t objlen;
static int obj_be; /* the object is big-endian (EI_DATA 2) */

/* An n-byte field of the object at off, in the object's byte order. */
static uint64_t u(size_t off, int n)
{
	uint64_t v = 0;

	if (off + (size_t)n > objlen || off + (size_t)n < off) {
		fprintf(stderr, "bpf_load: offset %zu past the object\n", off);
		exit(1);
	}
	for (int i = 0; i < n; i++)
		v = v << 8 | obj[off + (obj_be ? i : n - 1 - i)];
	return v;
}

static const char *str_at(size_t off)
{
	if (off >= objlen || !memchr(obj + off, 0, objlen - off)) {
		fprintf(stderr, "bpf_load: string at %zu past the object\n", off);
		exit(1);
	}
	return (const char *)obj + off;
}

struct sec { const char *name; size_t off, size; uint32_t type, info; uint64_t flags; };
static struct sec *secs;
static size_t nsec, symoff, symsize, strsec;

static const struct sec *find(const char *name)
{
	for (size_t i = 0; i < nsec; i++)
		if (!strcmp(secs[i].name, name))
			return &secs[i];
	return NULL;
}

/* Symbol i of .symtab. */
struct sym { const char *name; uint64_t value, size; uint16_t shndx; uint8_t type; };
static size_t nsym;

static struct sym sym(size_t i)
{
	size_t off = symoff + i * 24;
	struct sym s;

	s.name = str_at(secs[strsec].off + u(off, 4));
	s.type = (uint8_t)(u(off + 4, 1) & 0xf);
	s.shndx = (uint16_t)u(off + 6, 2);
	s.value = u(off + 8, 8);
	s.size = u(off + 16, 8);
	return s;
}

/* st_value of the symbol called name. */
static int sym_value(const char *name, uint32_t *value)
{
	for (size_t i = 0; i < nsym; i++) {
		struct sym s = sym(i);

		if (!strcmp(s.name, name)) {
			*value = (uint32_t)s.value;
			return 0;
		}
	}
	return -1;
}

static long bpf(int cmd, union bpf_attr *a)
{
	return syscall(__NR_bpf, cmd, a, sizeof(*a));
}

/* The instruction at file offset off, in the host's layout: the register
 * nibbles swap places between the byte orders. */
static struct bpf_insn insn_at(size_t off)
{
	struct bpf_insn in;
	unsigned regs = (unsigned)u(off + 1, 1);

	memset(&in, 0, sizeof(in));
	in.code = (uint8_t)u(off, 1);
	in.dst_reg = obj_be ? regs >> 4 : regs & 0xf;
	in.src_reg = obj_be ? regs & 0xf : regs >> 4;
	in.off = (int16_t)u(off + 2, 2);
	in.imm = (int32_t)u(off + 4, 4);
	return in;
}

static void read_object(const char *path)
{
	FILE *f = fopen(path, "rb");

	if (!f) {
		perror(path);
		exit(1);
	}
	obj = malloc(1 << 25);
	objlen = fread(obj, 1, 1 << 25, f);
	fclose(f);
	if (objlen < 64 || memcmp(obj, "\177ELF", 4) || obj[4] != 2 || (obj[5] != 1 && obj[5] != 2)) {
		fprintf(stderr, "bpf_load: %s: not a 64-bit ELF object\n", path);
		exit(1);
	}
	obj_be = obj[5] == 2;
	size_t shoff = u(40, 8), shstr = u(62, 2);

	nsec = u(60, 2);
	secs = calloc(nsec, sizeof(*secs));
	for (size_t i = 0; i < nsec; i++) {
		size_t h = shoff + i * 64;

		secs[i].type = (uint32_t)u(h + 4, 4);
		secs[i].flags = u(h + 8, 8);
		secs[i].off = u(h + 24, 8);
		secs[i].size = u(h + 32, 8);
		secs[i].info = (uint32_t)u(h + 44, 4);
		if (secs[i].type == 2) { /* SHT_SYMTAB */
			symoff = secs[i].off;
			symsize = secs[i].size;
			strsec = u(h + 40, 4);
		}
	}
	if (shstr >= nsec || strsec >= nsec) {
		fprintf(stderr, "bpf_load: %s: no section names or symbols\n", path);
		exit(1);
	}
	nsym = symsize / 24;
	for (size_t i = 0; i < nsec; i++)
		secs[i].name = str_at(secs[shstr].off + u(shoff + i * 64, 4));
}

/* ---- BTF, read in the object's byte order ---------------------------------- */
static size_t btf_types, btf_tlen, btf_strs; /* file offsets and length */
static size_t *btf_index;                     /* type id -> file offset */
static uint32_t btf_n;

/* Bytes of the BTF type record at file offset p (header and what its
 * kind carries). */
static size_t btf_type_len(size_t p)
{
	uint32_t info = (uint32_t)u(p + 4, 4), kind = info >> 24 & 0x1f, vlen = info & 0xffff;

	return 12 + (kind == 1 || kind == 14 || kind == 17 ? 4 : kind == 3 ? 12 :
		     kind == 4 || kind == 5 || kind == 15 || kind == 19 ? 12 * vlen :
		     kind == 6 || kind == 13 ? 8 * vlen : 0);
}

static int btf_open(void)
{
	const struct sec *s = find(".BTF");
	size_t hdr;

	if (!s)
		return -1;
	hdr = u(s->off + 4, 4);
	btf_types = s->off + hdr + u(s->off + 8, 4);
	btf_tlen = u(s->off + 12, 4);
	btf_strs = s->off + hdr + u(s->off + 16, 4);
	btf_index = calloc(btf_tlen / 12 + 2, sizeof(*btf_index));
	btf_n = 1;
	for (size_t p = btf_types; p < btf_types + btf_tlen; p += btf_type_len(p))
		btf_index[btf_n++] = p;
	return 0;
}

static uint32_t btf_kind(uint32_t id) { return (uint32_t)u(btf_index[id] + 4, 4) >> 24 & 0x1f; }
static uint32_t btf_vlen(uint32_t id) { return (uint32_t)u(btf_index[id] + 4, 4) & 0xffff; }
static uint32_t btf_ref(uint32_t id) { return (uint32_t)u(btf_index[id] + 8, 4); }
static const char *btf_name(uint32_t id) { return str_at(btf_strs + u(btf_index[id], 4)); }

/* Through typedef, volatile, const and restrict. */
static uint32_t btf_skip(uint32_t id)
{
	for (int n = 0; id && id < btf_n && n < 32; n++) {
		uint32_t k = btf_kind(id);

		if (k != 8 && k != 9 && k != 10 && k != 11)
			break;
		id = btf_ref(id);
	}
	return id < btf_n ? id : 0;
}

static uint32_t btf_size(uint32_t id)
{
	id = btf_skip(id);
	if (!id)
		return 0;
	if (btf_kind(id) == 3) /* array: elem type, index type, nelems */
		return btf_size((uint32_t)u(btf_index[id] + 12, 4)) * (uint32_t)u(btf_index[id] + 20, 4);
	if (btf_kind(id) == 2)
		return 8;
	return btf_ref(id); /* int, struct, union, enum: size */
}

/* __uint(name, N) is a pointer to an array of N elements. */
static uint32_t btf_uint(uint32_t id)
{
	id = btf_skip(id);
	if (!id || btf_kind(id) != 2)
		return 0;
	id = btf_skip(btf_ref(id));
	return id && btf_kind(id) == 3 ? (uint32_t)u(btf_index[id] + 20, 4) : 0;
}

/* ---- maps --------------------------------------------------------------------------- */
struct mapdef { uint32_t type, key, value, max, flags; int inner_fd; };

static int map_create(const char *name, struct mapdef *d)
{
	union bpf_attr a;
	int fd;

	memset(&a, 0, sizeof(a));
	a.map_type = d->type;
	a.key_size = d->key;
	a.value_size = d->value;
	a.max_entries = d->max;
	a.map_flags = d->flags;
	a.inner_map_fd = d->inner_fd > 0 ? (uint32_t)d->inner_fd : 0;
	for (size_t i = 0; name[i] && i < BPF_OBJ_NAME_LEN - 1; i++)
		a.map_name[i] = name[i] == '.' || name[i] == '_' ||
			(name[i] >= '0' && name[i] <= '9') || ((name[i] | 32) >= 'a' && (name[i] | 32) <= 'z') ? name[i] : '_';
	fd = (int)bpf(BPF_MAP_CREATE, &a);
	if (fd < 0 && errno == EINVAL) { /* an older kernel: no map names */
		memset(a.map_name, 0, sizeof(a.map_name));
		fd = (int)bpf(BPF_MAP_CREATE, &a);
	}
	return fd;
}

/* A BTF-defined map from its struct: type, max_entries, map_flags,
 * key/value (types) or key_size/value_size, values (the inner map). */
static int btf_map(uint32_t st, const char *name)
{
	struct mapdef d = { 0, 0, 0, 0, 0, -1 };

	st = btf_skip(st);
	if (!st || btf_kind(st) != 4)
		return -1;
	for (uint32_t m = 0; m < btf_vlen(st); m++) {
		size_t p = btf_index[st] + 12 + m * 12;
		const char *mn = str_at(btf_strs + u(p, 4));
		uint32_t t = (uint32_t)u(p + 4, 4);

		if (!strcmp(mn, "type"))
			d.type = btf_uint(t);
		else if (!strcmp(mn, "max_entries"))
			d.max = btf_uint(t);
		else if (!strcmp(mn, "map_flags"))
			d.flags = btf_uint(t);
		else if (!strcmp(mn, "key_size"))
			d.key = btf_uint(t);
		else if (!strcmp(mn, "value_size"))
			d.value = btf_uint(t);
		else if ((!strcmp(mn, "key") || !strcmp(mn, "value")) && btf_kind(btf_skip(t)) == 2)
			*(!strcmp(mn, "key") ? &d.key : &d.value) = btf_size(btf_ref(btf_skip(t)));
		else if (!strcmp(mn, "values") && btf_kind(btf_skip(t)) == 3) {
			/* an array of pointers: to the inner map's struct (map in
			 * map) or to a function (program array, nothing to do) */
			uint32_t e = btf_skip((uint32_t)u(btf_index[btf_skip(t)] + 12, 4));
			uint32_t in = e && btf_kind(e) == 2 ? btf_skip(btf_ref(e)) : 0;

			if (in && btf_kind(in) == 4)
				d.inner_fd = btf_map(in, "inner");
		}
	}
	if (d.type == 12 || d.type == 13) /* array/hash of maps */
		d.value = 4;
	return map_create(name, &d);
}

/* The fd of the map (or data section) a relocation's symbol names;
 * created on first use.  *data: the symbol is in a data section. */
struct made { uint16_t shndx; uint64_t value; int fd; };
static struct made made[64];
static int nmade;

static int map_fd(struct sym s, int *data)
{
	const struct sec *sec = &secs[s.shndx];
	int fd = -1;

	*data = !strncmp(sec->name, ".data", 5) || !strncmp(sec->name, ".rodata", 7) ||
		!strncmp(sec->name, ".bss", 4);
	for (int i = 0; i < nmade; i++)
		if (made[i].shndx == s.shndx && (*data || made[i].value == s.value))
			return made[i].fd;
	if (*data) {
		struct mapdef d = { BPF_MAP_TYPE_ARRAY, 4, sec->size ? (uint32_t)sec->size : 1, 1, 0, -1 };
		union bpf_attr a;
		uint32_t zero = 0;

		fd = map_create(sec->name, &d);
		if (fd >= 0 && sec->type != 8) { /* not SHT_NOBITS: the initial values */
			memset(&a, 0, sizeof(a));
			a.map_fd = (uint32_t)fd;
			a.key = (unsigned long)&zero;
			a.value = (unsigned long)(obj + sec->off);
			bpf(BPF_MAP_UPDATE_ELEM, &a);
		}
	} else if (!strcmp(sec->name, "maps")) {
		/* bpf_map_def and iproute2's bpf_elf_map both start with type,
		 * key size, value size, max entries, flags */
		size_t p = sec->off + s.value;
		struct mapdef d = { (uint32_t)u(p, 4), (uint32_t)u(p + 4, 4), (uint32_t)u(p + 8, 4),
				    (uint32_t)u(p + 12, 4), (uint32_t)u(p + 16, 4), -1 };

		fd = map_create(s.name, &d);
	} else if (!strcmp(sec->name, ".maps") && btf_index) {
		/* the VAR of .maps' DATASEC at this symbol's offset */
		for (uint32_t id = 1; id < btf_n && fd < 0; id++) {
			if (btf_kind(id) != 15 || strcmp(btf_name(id), ".maps"))
				continue;
			for (uint32_t v = 0; v < btf_vlen(id); v++) {
				size_t p = btf_index[id] + 12 + v * 12;
				uint32_t var = (uint32_t)u(p, 4);

				if (var < btf_n && !strcmp(btf_name(var), s.name))
					fd = btf_map(btf_ref(var), s.name);
			}
		}
	}
	if (fd >= 0 && nmade < 64)
		made[nmade++] = (struct made){ s.shndx, s.value, fd };
	return fd;
}

/* ---- programs ----------------------------------------------------------------------- */
static const struct { const char *prefix; uint32_t type, attach; } prog_types[] = {
	{ "xdp", BPF_PROG_TYPE_XDP, 0 },
	{ "tc", BPF_PROG_TYPE_SCHED_CLS, 0 },
	{ "classifier", BPF_PROG_TYPE_SCHED_CLS, 0 },
	{ "action", BPF_PROG_TYPE_SCHED_ACT, 0 },
	{ "tracepoint/", BPF_PROG_TYPE_TRACEPOINT, 0 },
	{ "kprobe/", BPF_PROG_TYPE_KPROBE, 0 },
	{ "kretprobe/", BPF_PROG_TYPE_KPROBE, 0 },
	{ "cgroup_skb/egress", BPF_PROG_TYPE_CGROUP_SKB, BPF_CGROUP_INET_EGRESS },
	{ "cgroup_skb/ingress", BPF_PROG_TYPE_CGROUP_SKB, BPF_CGROUP_INET_INGRESS },
	{ "socket", BPF_PROG_TYPE_SOCKET_FILTER, 0 },
};

/* The program being put together: its own instructions, then the
 * functions of .text it calls, each appended once (as libbpf does: an
 * appended function nothing calls would be an unreachable instruction). */
static struct bpf_insn *prog;
static size_t plen;
static struct func { size_t start, len; long base; } funcs[256];
static int nfuncs;
static size_t text_idx;
static const char *why;

static int relocate(size_t sec, size_t start, size_t base, size_t n);

/* Where instruction t of .text is in the program, its function appended
 * first when it is not there yet; -1 when no function holds it. */
static long text_pos(size_t t)
{
	for (int f = 0; f < nfuncs; f++) {
		if (t < funcs[f].start || t >= funcs[f].start + funcs[f].len)
			continue;
		if (funcs[f].base < 0) {
			funcs[f].base = (long)plen;
			for (size_t k = 0; k < funcs[f].len; k++)
				prog[plen++] = insn_at(secs[text_idx].off + (funcs[f].start + k) * 8);
			if (relocate(text_idx, funcs[f].start * 8, (size_t)funcs[f].base, funcs[f].len))
				return -1;
		}
		return funcs[f].base + (long)(t - funcs[f].start);
	}
	why = "a call into .text outside any function";
	return -1;
}

/* Applies the relocations of code section sec to the n instructions of
 * the program from index base, which come from byte start of sec:
 * calls into .text, map and global data references.  0, or -1 with why
 * set. */
static int relocate(size_t sec, size_t start, size_t base, size_t n)
{
	for (size_t r = 0; r < nsec; r++) {
		if (secs[r].type != 9 || secs[r].info != sec) /* SHT_REL */
			continue;
		for (size_t p = secs[r].off; p + 16 <= secs[r].off + secs[r].size; p += 16) {
			uint64_t off = u(p, 8), info = u(p + 8, 8);
			size_t i = base + (size_t)((off - start) / 8);
			struct bpf_insn *in = &prog[i];
			struct sym s;
			long pos;
			int data, fd;

			if (off < start || off >= start + n * 8 || (info >> 32) >= nsym)
				continue;
			s = sym((size_t)(info >> 32));
			if (in->code == (BPF_JMP | BPF_CALL) && in->src_reg == BPF_PSEUDO_CALL) {
				/* the target is imm + 1 instructions past the symbol */
				if (s.shndx != text_idx) {
					why = "a call outside .text";
					return -1;
				}
				pos = text_pos((size_t)((long)(s.value / 8) + in->imm + 1));
				if (pos < 0)
					return -1;
				prog[i].imm = (int32_t)(pos - (long)(i + 1));
			} else if (in->code == (BPF_LD | BPF_IMM | BPF_DW) && off + 16 <= start + n * 8) {
				if (s.shndx == 0 || s.shndx >= nsec || (fd = map_fd(s, &data)) < 0) {
					why = "a map it uses could not be created";
					return -1;
				}
				if (data) {
					in[1].imm = in->imm + (int32_t)s.value;
					in->src_reg = BPF_PSEUDO_MAP_VALUE;
				} else {
					in->src_reg = BPF_PSEUDO_MAP_FD;
				}
				in->imm = fd;
			}
		}
	}
	return 0;
}

/* The id of the loaded program fd, as bpftool and bpf-jitdis -i know it. */
static uint32_t prog_id(int fd)
{
	struct bpf_prog_info info;
	union bpf_attr a;

	memset(&info, 0, sizeof(info));
	memset(&a, 0, sizeof(a));
	a.info.bpf_fd = (uint32_t)fd;
	a.info.info_len = sizeof(info);
	a.info.info = (unsigned long)&info;
	bpf(BPF_OBJ_GET_INFO_BY_FD, &a);
	return info.id;
}

static void kmsg(const char *line)
{
	int fd = open("/dev/kmsg", O_WRONLY);

	if (fd >= 0) {
		if (write(fd, line, strlen(line)) < 0)
			perror("bpf_load: /dev/kmsg");
		close(fd);
	}
}

static int load_all(const char *path, int mark)
{
	const struct sec *lic = find("license"), *ver = find("version"), *text = find(".text");
	size_t ntext = text ? text->size / 8 : 0;
	static char log[1 << 16];
	int loaded = 0;

	btf_open();
	text_idx = text ? (size_t)(text - secs) : 0;
	for (size_t i = 0; i < nsym && text; i++) {
		struct sym s = sym(i);

		if (s.type == 2 && s.shndx == text_idx && nfuncs < 256)
			funcs[nfuncs++] = (struct func){ (size_t)(s.value / 8), (size_t)(s.size / 8), -1 };
	}
	for (size_t i = 0; i < nsym; i++) {
		struct sym s = sym(i);
		const struct sec *sec;
		size_t n, k;
		int fd;
		union bpf_attr a;
		char line[256];

		if (s.type != 2 || s.shndx == 0 || s.shndx >= nsec) /* STT_FUNC */
			continue;
		sec = &secs[s.shndx];
		if (!(sec->flags & 4) || !strcmp(sec->name, ".text") || s.value + s.size > sec->size)
			continue;
		n = (size_t)(s.size / 8);
		prog = calloc(n + ntext + 1, sizeof(*prog));
		for (k = 0; k < n; k++)
			prog[k] = insn_at(sec->off + s.value + k * 8);
		plen = n;
		why = NULL;
		for (int f = 0; f < nfuncs; f++)
			funcs[f].base = -1;
		if (relocate(s.shndx, s.value, 0, n)) {
			printf("refused %s %s: %s\n", sec->name, s.name, why);
			free(prog);
			continue;
		}
		memset(&a, 0, sizeof(a));
		a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
		for (k = 0; k < sizeof(prog_types) / sizeof(prog_types[0]); k++)
			if (!strncmp(sec->name, prog_types[k].prefix, strlen(prog_types[k].prefix))) {
				a.prog_type = prog_types[k].type;
				a.expected_attach_type = prog_types[k].attach;
				break;
			}
		a.insns = (unsigned long)prog;
		a.insn_cnt = (uint32_t)plen;
		a.license = (unsigned long)(lic ? str_at(lic->off) : "GPL");
		a.kern_version = ver && ver->size == 4 ? (uint32_t)u(ver->off, 4) : 0;
		strncpy(a.prog_name, s.name, sizeof(a.prog_name) - 1);
		if (mark) {
			snprintf(line, sizeof(line), "bpf_load: %s %s %s\n", path, sec->name, s.name);
			kmsg(line);
		}
		fd = (int)bpf(BPF_PROG_LOAD, &a);
		if (fd < 0 && errno == EINVAL && a.expected_attach_type) { /* older kernels */
			a.expected_attach_type = 0;
			fd = (int)bpf(BPF_PROG_LOAD, &a);
		}
		if (fd < 0) {
			/* Again with the verifier's log, for its last word. */
			int err = errno;
			char *last, *end;

			a.log_buf = (unsigned long)log;
			a.log_size = sizeof(log);
			a.log_level = 1;
			log[0] = 0;
			bpf(BPF_PROG_LOAD, &a);
			/* its last line that is not the statistics */
			end = log + strlen(log);
			last = NULL;
			while (end > log) {
				while (end > log && end[-1] == '\n')
					*--end = 0;
				last = strrchr(log, '\n');
				if (strncmp(last ? last + 1 : log, "processed ", 10) &&
				    strncmp(last ? last + 1 : log, "verification time", 17))
					break;
				end = last ? last : log;
				*end = 0;
			}
			printf("refused %s %s: %s%s%s\n", sec->name, s.name, strerror(err),
			       log[0] ? ": " : "", last ? last + 1 : log);
		} else {
			printf("prog %u %s %s\n", prog_id(fd), sec->name, s.name);
			loaded++;
		}
		fflush(stdout);
		free(prog);
	}
	return loaded;
}

/* ---- one program with its BTF --------------------------------------------------- */

/* The value the kernel patched into each CO-RE record's instruction, from
 * the program as loaded (the verifier may have rewritten calls, but not
 * the instructions CO-RE patches, nor their positions when the count is
 * unchanged, which is checked). */
static int print_patched(int fd, uint32_t n, const uint32_t *core, uint32_t nc)
{
	struct bpf_prog_info info;
	struct bpf_insn *x = calloc(n, sizeof(*x));
	union bpf_attr a;

	memset(&info, 0, sizeof(info));
	info.xlated_prog_len = n * 8;
	info.xlated_prog_insns = (unsigned long)x;
	memset(&a, 0, sizeof(a));
	a.info.bpf_fd = (uint32_t)fd;
	a.info.info_len = sizeof(info);
	a.info.info = (unsigned long)&info;
	if (bpf(BPF_OBJ_GET_INFO_BY_FD, &a) < 0 || info.xlated_prog_len != n * 8) {
		fprintf(stderr, "bpf_load: the loaded program has %u bytes, not %u\n",
			info.xlated_prog_len, n * 8);
		return 77;
	}
	for (uint32_t i = 0; i < nc; i++) {
		uint32_t at = core[i * 4] / 8;
		const struct bpf_insn *in = &x[at];
		int cls = in->code & 7;
		long long v = cls == BPF_LDX || cls == BPF_ST || cls == BPF_STX ? in->off :
			      in->code == (BPF_LD | BPF_DW | BPF_IMM) && at + 1 < n ?
			      (long long)((uint64_t)(uint32_t)x[at + 1].imm << 32 | (uint32_t)in->imm) :
			      (long long)(uint32_t)in->imm;

		printf("%u %lld\n", at, v);
	}
	return 0;
}

/* The CO-RE records the kernel could not resolve, from its log. */
static void print_poisoned(const char *log, const uint32_t *core, uint32_t nc)
{
	for (const char *p = log; (p = strstr(p, "substituting insn #")); p++) {
		long at = strtol(p + 19, NULL, 10);

		for (uint32_t i = 0; i < nc; i++)   /* an ld_imm64's second slot too: once */
			if ((long)(core[i * 4] / 8) == at) {
				printf("poisoned %ld\n", at);
				break;
			}
	}
}

static int load_one(const char *section, const char *pin, int kprobe)
{
	const struct sec *code, *btfsec, *extsec;
	unsigned char *btf;
	size_t hdr, tstart, tlen, sstart;
	union bpf_attr a;
	struct bpf_insn *insns;
	uint32_t *finfo = NULL, *linfo = NULL, *core = NULL, nf = 0, nl = 0, nc = 0;
	static char log[65536];
	int btf_fd, fd;

	code = find(section);
	btfsec = find(".BTF");
	extsec = find(".BTF.ext");
	if (!code || !btfsec || !extsec) {
		fprintf(stderr, "bpf_load: the object needs %s, .BTF and .BTF.ext\n", section);
		return 1;
	}

	/* BTF in the host's byte order (every field of the header and of
	 * the type records is a 32-bit word, but for the magic, version and
	 * flags), with DATASEC sizes and variable offsets filled in. */
	btf = malloc(btfsec->size);
	memcpy(btf, obj + btfsec->off, btfsec->size);
	hdr = u(btfsec->off + 4, 4);
	tstart = btfsec->off + hdr + u(btfsec->off + 8, 4);
	tlen = u(btfsec->off + 12, 4);
	sstart = btfsec->off + hdr + u(btfsec->off + 16, 4);
	{
		uint16_t magic = (uint16_t)u(btfsec->off, 2);

		memcpy(btf, &magic, 2);
		for (size_t p = 4; p + 4 <= hdr; p += 4) {
			uint32_t w = (uint32_t)u(btfsec->off + p, 4);

			memcpy(btf + p, &w, 4);
		}
		for (size_t p = tstart; p + 4 <= tstart + tlen; p += 4) {
			uint32_t w = (uint32_t)u(p, 4);

			memcpy(btf + (p - btfsec->off), &w, 4);
		}
	}
	for (size_t p = tstart; p < tstart + tlen;) {
		uint32_t info = (uint32_t)u(p + 4, 4), kind = info >> 24 & 0x1f, vlen = info & 0xffff;

		if (kind == 15) { /* DATASEC */
			const struct sec *s = find(str_at(sstart + u(p, 4)));
			uint32_t size = s ? (uint32_t)s->size : 0;

			memcpy(btf + (p + 8 - btfsec->off), &size, 4);
			for (uint32_t v = 0; v < vlen; v++) {
				uint32_t var = (uint32_t)u(p + 12 + v * 12, 4), off = 0;
				size_t q = tstart;

				/* the name of type id var */
				for (uint32_t id = 1; id < var && q < tstart + tlen; id++)
					q += btf_type_len(q);
				if (sym_value(str_at(sstart + u(q, 4)), &off) == 0)
					memcpy(btf + (p + 12 + v * 12 + 4 - btfsec->off), &off, 4);
			}
		}
		p += btf_type_len(p);
	}
	memset(&a, 0, sizeof(a));
	a.btf = (unsigned long)btf;
	a.btf_size = (uint32_t)btfsec->size;
	a.btf_log_buf = (unsigned long)log;
	a.btf_log_size = sizeof(log);
	a.btf_log_level = 1;
	btf_fd = (int)bpf(BPF_BTF_LOAD, &a);
	if (btf_fd < 0) {
		fprintf(stderr, "bpf_load: BPF_BTF_LOAD: %s\n%s", strerror(errno), log);
		return 77;
	}

	/* func_info, line_info and (-k) CO-RE records of the section (all
	 * 32-bit words, read in the object's order); offsets in
	 * instructions, but CO-RE's in bytes. */
	for (int area = 0; area < (kprobe ? 3 : 2); area++) {
		size_t eh = u(extsec->off + 4, 4);
		size_t start = extsec->off + eh + u(extsec->off + 8 + area * 8, 4);
		size_t len = u(extsec->off + 12 + area * 8, 4), rec = u(start, 4);

		for (size_t p = start + 4; rec >= 8 && p + 8 <= start + len;) {
			const char *name = str_at(sstart + u(p, 4));
			uint32_t cnt = (uint32_t)u(p + 4, 4);

			if (!strcmp(name, section)) {
				uint32_t *out = calloc(cnt, rec);

				for (size_t w = 0; w < cnt * rec / 4; w++)
					out[w] = (uint32_t)u(p + 8 + w * 4, 4);
				for (uint32_t i = 0; area < 2 && i < cnt; i++)
					out[i * rec / 4] /= 8;
				if (area == 0)
					finfo = out, nf = cnt;
				else if (area == 1)
					linfo = out, nl = cnt;
				else
					core = out, nc = cnt;
			}
			p += 8 + cnt * rec;
		}
	}

	insns = calloc(code->size / 8 + 1, sizeof(*insns));
	for (size_t k = 0; k < code->size / 8; k++)
		insns[k] = insn_at(code->off + k * 8);
	memset(&a, 0, sizeof(a));
	a.prog_type = kprobe ? BPF_PROG_TYPE_KPROBE : BPF_PROG_TYPE_SOCKET_FILTER;
	a.core_relos = (unsigned long)core;
	a.core_relo_cnt = nc;
	a.core_relo_rec_size = core ? 16 : 0;
	a.insns = (unsigned long)insns;
	a.insn_cnt = (uint32_t)(code->size / 8);
	a.license = (unsigned long)"GPL";
	a.prog_btf_fd = (uint32_t)btf_fd;
	a.func_info_rec_size = 8;
	a.func_info = (unsigned long)finfo;
	a.func_info_cnt = nf;
	a.line_info_rec_size = 16;
	a.line_info = (unsigned long)linfo;
	a.line_info_cnt = nl;
	a.log_buf = (unsigned long)log;
	a.log_size = sizeof(log);
	a.log_level = 1;
	strncpy(a.prog_name, section, sizeof(a.prog_name) - 1);
	for (char *c = a.prog_name; *c; c++)   /* the kernel takes [A-Za-z0-9_.] */
		if (!(*c == '_' || *c == '.' || (*c >= '0' && *c <= '9') ||
		      ((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z')))
			*c = '_';
	log[0] = 0;
	fd = (int)bpf(BPF_PROG_LOAD, &a);
	if (kprobe)
		print_poisoned(log, core, nc);
	if (fd < 0 && kprobe && errno != EPERM && errno != ENOSYS && log[0]) {
		char *last = log + strlen(log);

		while (last > log && last[-1] == '\n')
			*--last = 0;
		while (last > log && last[-1] != '\n')
			last--;
		printf("refused: %s: %s\n", strerror(errno), last);
		if (getenv("BPF_LOAD_LOG"))
			fputs(log, stderr);
		return 3;
	}
	if (fd < 0) {
		fprintf(stderr, "bpf_load: BPF_PROG_LOAD: %s\n%s", strerror(errno), log);
		return 77;
	}
	if (kprobe)
		return print_patched(fd, (uint32_t)(code->size / 8), core, nc);
	if (pin) {
		memset(&a, 0, sizeof(a));
		a.pathname = (unsigned long)pin;
		a.bpf_fd = (uint32_t)fd;
		if (bpf(BPF_OBJ_PIN, &a) < 0) {
			perror("bpf_load: BPF_OBJ_PIN");
			return 77;
		}
	}
	printf("prog %u\n", prog_id(fd));
	return 0;
}

int main(int argc, char **argv)
{
	int all = 0, mark = 0, kprobe = 0, hold = 1, i = 1, rc;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "-a"))
			all = 1;
		else if (!strcmp(argv[i], "-m"))
			mark = 1;
		else if (!strcmp(argv[i], "-k"))
			kprobe = 1;
		else if (!strcmp(argv[i], "-x"))
			hold = 0;
		else
			break;
	}
	if (all ? argc - i != 1 || kprobe :
	    kprobe ? argc - i != 2 || mark || !hold :
	    (mark || !hold || !(argc - i == 2 || (argc - i == 4 && !strcmp(argv[i + 2], "pin"))))) {
		fputs("usage: bpf_load OBJ SECTION [pin PATH]\n       bpf_load -k OBJ SECTION\n"
		      "       bpf_load -a [-m] [-x] OBJ\n", stderr);
		return 2;
	}
	read_object(argv[i]);
	if (all)
		rc = load_all(argv[i], mark) ? 0 : 77;
	else
		rc = load_one(argv[i + 1], argc - i == 4 ? argv[i + 3] : NULL, kprobe);
	if (rc || kprobe)
		return rc;
	puts("ready");
	fflush(stdout);
	if (!hold)
		return 0;
	fclose(stdout);
	for (;;)
		pause();
}
