// SPDX-License-Identifier: GPL-2.0-only
/*
 * Test helper (host program): load one program of a BPF object written
 * for this repo, with its BTF, func info and line info, the way a loader
 * would, then hold it.  For bpf-jitdis -x, which shows source lines only
 * for programs loaded with line info.  Handles what the fixture programs
 * without maps or relocations need: a little-endian ELF64 object, its
 * .BTF (DATASEC sizes and variable offsets filled in from the ELF, as
 * libbpf does) and .BTF.ext records of one section.
 *
 * usage: bpf_load OBJ SECTION [pin PATH]
 * prints "prog ID", then "ready", then waits to be killed; exit 77 when
 * the kernel refuses.
 *
 * usage: bpf_load -k OBJ SECTION
 * CO-RE: loads SECTION as a kprobe program with its CO-RE relocation
 * records handed to the kernel, which resolves them against its own BTF
 * (BPF_PROG_LOAD's core_relos, Linux 5.17); then prints, for each
 * record, "INSN VALUE": what the kernel patched into that instruction,
 * read back from the loaded program (an ld_imm64 or ALU immediate, a
 * load's or store's offset), and exits.  First, "poisoned INSN" for each
 * relocation the kernel could not resolve (its log says so).  A refusal
 * prints "refused: ERRNO: LAST VERIFIER LINE" and exits 3; 77 when this
 * kernel cannot do it at all.
 */
#include <errno.h>
#include <linux/bpf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static unsigned char *obj;
static size_t objlen;

static uint64_t u(size_t off, int n)
{
	uint64_t v = 0;

	if (off + (size_t)n > objlen) {
		fprintf(stderr, "bpf_load: offset %zu past the object\n", off);
		exit(1);
	}
	for (int i = n - 1; i >= 0; i--)
		v = v << 8 | obj[off + i];
	return v;
}

struct sec { const char *name; size_t off, size; };
static struct sec *secs;
static size_t nsec, symoff, symsize, strsec;

static const struct sec *find(const char *name)
{
	for (size_t i = 0; i < nsec; i++)
		if (!strcmp(secs[i].name, name))
			return &secs[i];
	return NULL;
}

/* st_value of the symbol called name. */
static int sym_value(const char *name, uint32_t *value)
{
	for (size_t off = symoff; off + 24 <= symoff + symsize; off += 24) {
		const char *n = (const char *)obj + secs[strsec].off + u(off, 4);

		if (!strcmp(n, name)) {
			*value = (uint32_t)u(off + 8, 8);
			return 0;
		}
	}
	return -1;
}

/* Bytes of the BTF type record at file offset p (header and what its
 * kind carries). */
static size_t btf_type_len(size_t p)
{
	uint32_t info = (uint32_t)u(p + 4, 4), kind = info >> 24 & 0x1f, vlen = info & 0xffff;

	return 12 + (kind == 1 || kind == 14 || kind == 17 ? 4 : kind == 3 ? 12 :
		     kind == 4 || kind == 5 || kind == 15 || kind == 19 ? 12 * vlen :
		     kind == 6 || kind == 13 ? 8 * vlen : 0);
}

static long bpf(int cmd, union bpf_attr *a)
{
	return syscall(__NR_bpf, cmd, a, sizeof(*a));
}

/* The value the kernel patched into each CO-RE record's instruction, from
 * the program as loaded (the verifier may have rewritten calls, but not
 * the instructions CO-RE patches, nor their positions when the count is
 * unchanged, which is checked). */
static int print_patched(int fd, const struct bpf_insn *orig, uint32_t n, const uint32_t *core,
			 uint32_t nc)
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

		(void)orig;
		printf("%u %lld\n", at, v);
	}
	return 0;
}

int main(int argc, char **argv)
{
	const struct sec *code, *btfsec, *extsec;
	unsigned char *btf;
	FILE *f;
	size_t shoff, shstr, hdr, tstart, tlen, sstart;
	union bpf_attr a;
	struct bpf_insn *insns;
	uint32_t *finfo = NULL, *linfo = NULL, nf = 0, nl = 0;
	uint32_t *core = NULL, nc = 0;
	char log[65536];
	int btf_fd, fd, kprobe = argc == 4 && !strcmp(argv[1], "-k");

	if (kprobe)
		argv++, argc--;
	else if (argc != 3 && !(argc == 5 && !strcmp(argv[3], "pin"))) {
		fputs("usage: bpf_load OBJ SECTION [pin PATH] | -k OBJ SECTION\n", stderr);
		return 2;
	}
	f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	obj = malloc(1 << 24);
	objlen = fread(obj, 1, 1 << 24, f);
	fclose(f);
	shoff = u(40, 8);
	nsec = u(60, 2);
	shstr = u(62, 2);
	secs = calloc(nsec, sizeof(*secs));
	for (size_t i = 0; i < nsec; i++) {
		size_t h = shoff + i * 64;

		secs[i].off = u(h + 24, 8);
		secs[i].size = u(h + 32, 8);
		if (u(h + 4, 4) == 2) { /* SHT_SYMTAB */
			symoff = secs[i].off;
			symsize = secs[i].size;
			strsec = u(h + 40, 4);
		}
	}
	for (size_t i = 0; i < nsec; i++)
		secs[i].name = (const char *)obj + secs[shstr].off + u(shoff + i * 64, 4);
	code = find(argv[2]);
	btfsec = find(".BTF");
	extsec = find(".BTF.ext");
	if (!code || !btfsec || !extsec) {
		fprintf(stderr, "bpf_load: %s needs %s, .BTF and .BTF.ext\n", argv[1], argv[2]);
		return 1;
	}

	/* BTF with DATASEC sizes and variable offsets filled in. */
	btf = malloc(btfsec->size);
	memcpy(btf, obj + btfsec->off, btfsec->size);
	hdr = u(btfsec->off + 4, 4);
	tstart = btfsec->off + hdr + u(btfsec->off + 8, 4);
	tlen = u(btfsec->off + 12, 4);
	sstart = btfsec->off + hdr + u(btfsec->off + 16, 4);
	for (size_t p = tstart; p < tstart + tlen;) {
		uint32_t info = (uint32_t)u(p + 4, 4), kind = info >> 24 & 0x1f, vlen = info & 0xffff;

		if (kind == 15) { /* DATASEC */
			const struct sec *s = find((const char *)obj + sstart + u(p, 4));
			uint32_t size = s ? (uint32_t)s->size : 0;

			memcpy(btf + (p + 8 - btfsec->off), &size, 4);
			for (uint32_t v = 0; v < vlen; v++) {
				uint32_t var = (uint32_t)u(p + 12 + v * 12, 4), off = 0;
				size_t q = tstart;

				/* the name of type id var */
				for (uint32_t id = 1; id < var && q < tstart + tlen; id++)
					q += btf_type_len(q);
				if (sym_value((const char *)obj + sstart + u(q, 4), &off) == 0)
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

	/* func_info, line_info and CO-RE records of the section; offsets
	 * in instructions, but CO-RE's in bytes. */
	for (int area = 0; area < (kprobe ? 3 : 2); area++) {
		size_t eh = u(extsec->off + 4, 4);
		size_t start = extsec->off + eh + u(extsec->off + 8 + area * 8, 4);
		size_t len = u(extsec->off + 12 + area * 8, 4), rec = u(start, 4);

		for (size_t p = start + 4; p < start + len;) {
			const char *name = (const char *)obj + sstart + u(p, 4);
			uint32_t cnt = (uint32_t)u(p + 4, 4);

			if (!strcmp(name, argv[2])) {
				uint32_t *out = calloc(cnt, rec);

				memcpy(out, obj + p + 8, cnt * rec);
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

	insns = malloc(code->size);
	memcpy(insns, obj + code->off, code->size);
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
	strncpy(a.prog_name, argv[2], sizeof(a.prog_name) - 1);
	for (char *c = a.prog_name; *c; c++)   /* the kernel takes [A-Za-z0-9_.] */
		if (!(*c == '_' || *c == '.' || (*c >= '0' && *c <= '9') ||
		      ((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z')))
			*c = '_';
	log[0] = 0;
	fd = (int)bpf(BPF_PROG_LOAD, &a);
	/* What the kernel could not relocate, from its log. */
	for (char *p = log; kprobe && (p = strstr(p, "substituting insn #")); p++) {
		long at = strtol(p + 19, NULL, 10);

		for (uint32_t i = 0; i < nc; i++)   /* an ld_imm64's second slot too: once */
			if (core[i * 4] / 8 == at) {
				printf("poisoned %ld\n", at);
				break;
			}
	}
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
		return print_patched(fd, insns, (uint32_t)(code->size / 8), core, nc);
	if (argc == 5) {
		memset(&a, 0, sizeof(a));
		a.pathname = (unsigned long)argv[4];
		a.bpf_fd = (uint32_t)fd;
		if (bpf(BPF_OBJ_PIN, &a) < 0) {
			perror("bpf_load: BPF_OBJ_PIN");
			return 77;
		}
	}
	{
		struct bpf_prog_info info;

		memset(&info, 0, sizeof(info));
		memset(&a, 0, sizeof(a));
		a.info.bpf_fd = (uint32_t)fd;
		a.info.info_len = sizeof(info);
		a.info.info = (unsigned long)&info;
		bpf(BPF_OBJ_GET_INFO_BY_FD, &a);
		printf("prog %u\nready\n", info.id);
	}
	fflush(stdout);
	fclose(stdout);
	for (;;)
		pause();
}
