// SPDX-License-Identifier: GPL-2.0-only
/* s390x machine code as the kernel's BPF JIT emits it (arch/s390/net/
 * bpf_jit_comp.c, Linux 6.1 to current: prologue and epilogue, the body,
 * calls and tail calls, the z196 interlocked-access atomics, compare and
 * swap, the cpu-v4 sign-extending loads and moves and signed division,
 * arena accesses, expoline thunks, trampolines), printed as GNU objdump
 * 2.40 prints it with -m s390:64-bit.
 *
 * An instruction is 2, 4 or 6 bytes, its length in the top two bits of
 * its first byte; it is read here as one big-endian integer of that
 * length.  The table, S390_ROWS below, reads like the Principles of
 * Operation: each row an instruction format (RR, RX, RI, RRE, RIL, ...),
 * the opcode and objdump's text of it, the operands written with the
 * manual's field names.  The format says the length and which bits are
 * the opcode (and fields objdump wants zero); the first row whose format
 * and opcode fit a word prints it, and the same rows are the forms make
 * check-dis walks.
 *
 * What objdump does that shapes this file:
 *  - branch on condition prints an extended mnemonic for every mask
 *    (bcr 15 is "br", brc 8 "je", brcl 0 "jgnop", bc 0 "nop"), and
 *    compare and branch (crj, clij ...) for masks 2, 4, 6, 8, 10 and 12
 *    only ("cgrjh", "clijnl"; other masks stay an operand);
 *  - nop and nopr leave out a last operand that is zero: "nopr" bare,
 *    and "nop 0(%r15" with no ")" when the base is 0 but the index not;
 *  - a base register 0 after an index or a length prints as "%r0";
 *  - a word it cannot decode prints as ".long" of the next 4 bytes
 *    whatever its length (".short", ".byte" when fewer are left), and
 *    one it can decodes takes its length: dis_s390_known.h (made by
 *    tests/dis/s390_known.sh) says which, so that words the JIT does
 *    not emit (the literal pool after the code) take objdump's lengths
 *    and the listing stays in step with objdump's.  They print as their
 *    bytes, ".short" or ".long". */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dis.h"
#include "dis_s390_known.h"

/* The formats: length in bytes, where the opcode's first and second
 * byte go (shift counts), and the bits that are the opcode and the
 * fields objdump wants zero (the R3 of a shift, the unused byte of RRE). */
enum { RR, RX, RI, RRE, RRF, RIL, SS, RXY };
enum { RS = RI, RSY = RXY, RIE = RXY };  /* the same opcode bits */
static const struct fmt {
	unsigned char len, first, second;
	uint64_t mask;
} fmts[] = {
	[RR]  = { 2, 8, 0, 0xff00 },                    /* op R1 R2 */
	[RX]  = { 4, 24, 16, 0xff000000 },              /* op R1 X2 B2 D2 */
	[RI]  = { 4, 24, 16, 0xff0f0000 },              /* op R1 op I2; RS: op R1 0 B2 D2 */
	[RRE] = { 4, 24, 16, 0xffffff00 },              /* op 0 R1 R2 */
	[RRF] = { 4, 24, 16, 0xffff0000 },              /* op R3 M4 R1 R2 */
	[RIL] = { 6, 40, 32, 0xff0f00000000 },          /* op R1 op I2 */
	[SS]  = { 6, 40, 32, 0xff0000000000 },          /* op L B1 D1 B2 D2 */
	[RXY] = { 6, 40, 0, 0xff00000000ff },           /* op R1 X2|R3 B2 DL2 DH2 op;
							   RIE: op R1 R2|M3 RI4 M3|I2 op */
};

/* Mnemonic letters: "*" the condition of a branch (M1), objdump's
 * extended mnemonic; "#" of a compare and branch (M3 after RI4), "$" of
 * compare immediate and branch (M3 after R1).
 * Operand letters; anything else is copied:
 *   1 2 3   R1 R2 R3 (RRE, RRF: R1 R2 in the last byte, R3 first)
 *   x  D2(X2,B2)   y  the same, 20-bit signed displacement
 *   d  D2(B2)      e  the same, 20-bit signed displacement
 *   s  D1(L,B1),D2(B2)
 *   i  16-bit signed   I  32-bit signed   U  32-bit unsigned   u  I2 of RIE
 *   j  16-bit branch target   J  32-bit branch target   A  32-bit address
 *   m  M3 and a comma, when the mnemonic has no condition for it */
#define S390_ROWS(R) \
	R(RR, 0x0700, "b*r 2")          /* bcr */ \
	R(RR, 0x0d00, "basr 1,2") \
	R(RR, 0x1300, "lcr 1,2") \
	R(RR, 0x1400, "nr 1,2") \
	R(RR, 0x1500, "clr 1,2") \
	R(RR, 0x1600, "or 1,2") \
	R(RR, 0x1700, "xr 1,2") \
	R(RR, 0x1800, "lr 1,2") \
	R(RR, 0x1900, "cr 1,2") \
	R(RR, 0x1a00, "ar 1,2") \
	R(RR, 0x1b00, "sr 1,2") \
	R(RX, 0x4100, "la 1,x") \
	R(RX, 0x4400, "ex 1,x") \
	R(RX, 0x4700, "b* x")           /* bc */ \
	R(RS, 0x8800, "srl 1,d") \
	R(RS, 0x8900, "sll 1,d") \
	R(RS, 0x8a00, "sra 1,d") \
	R(RI, 0xa704, "j* j")           /* brc */ \
	R(RI, 0xa708, "lhi 1,i") \
	R(RI, 0xa709, "lghi 1,i") \
	R(RI, 0xa70a, "ahi 1,i") \
	R(RI, 0xa70b, "aghi 1,i") \
	R(RRE, 0xb252, "msr 1,2") \
	R(RRE, 0xb902, "ltgr 1,2") \
	R(RRE, 0xb903, "lcgr 1,2") \
	R(RRE, 0xb904, "lgr 1,2") \
	R(RRE, 0xb906, "lgbr 1,2") \
	R(RRE, 0xb907, "lghr 1,2") \
	R(RRE, 0xb908, "agr 1,2") \
	R(RRE, 0xb909, "sgr 1,2") \
	R(RRE, 0xb90c, "msgr 1,2") \
	R(RRE, 0xb90d, "dsgr 1,2") \
	R(RRE, 0xb90f, "lrvgr 1,2") \
	R(RRE, 0xb914, "lgfr 1,2") \
	R(RRE, 0xb916, "llgfr 1,2") \
	R(RRE, 0xb91d, "dsgfr 1,2") \
	R(RRE, 0xb91f, "lrvr 1,2") \
	R(RRE, 0xb920, "cgr 1,2") \
	R(RRE, 0xb921, "clgr 1,2") \
	R(RRE, 0xb926, "lbr 1,2") \
	R(RRE, 0xb927, "lhr 1,2") \
	R(RRE, 0xb980, "ngr 1,2") \
	R(RRE, 0xb981, "ogr 1,2") \
	R(RRE, 0xb982, "xgr 1,2") \
	R(RRE, 0xb985, "llghr 1,2") \
	R(RRE, 0xb987, "dlgr 1,2") \
	R(RRE, 0xb997, "dlr 1,2") \
	R(RRF, 0xb9e4, "ngrk 1,2,3") \
	R(RRF, 0xb9f4, "nrk 1,2,3") \
	R(RIL, 0xc000, "larl 1,A") \
	R(RIL, 0xc001, "lgfi 1,I") \
	R(RIL, 0xc004, "jg* J")         /* brcl */ \
	R(RIL, 0xc005, "brasl 1,J") \
	R(RIL, 0xc007, "xilf 1,U") \
	R(RIL, 0xc008, "iihf 1,U") \
	R(RIL, 0xc00b, "nilf 1,U") \
	R(RIL, 0xc00d, "oilf 1,U") \
	R(RIL, 0xc00e, "llihf 1,U") \
	R(RIL, 0xc00f, "llilf 1,U") \
	R(RIL, 0xc200, "msgfi 1,I") \
	R(RIL, 0xc201, "msfi 1,I") \
	R(RIL, 0xc208, "agfi 1,I") \
	R(RIL, 0xc20a, "algfi 1,U") \
	R(RIL, 0xc20b, "alfi 1,U") \
	R(RIL, 0xc20c, "cgfi 1,I") \
	R(RIL, 0xc20d, "cfi 1,I") \
	R(RIL, 0xc408, "lgrl 1,A") \
	R(RIL, 0xc40c, "lgfrl 1,A") \
	R(RIL, 0xc40d, "lrl 1,A") \
	R(RIL, 0xc600, "exrl 1,A") \
	R(SS, 0xd200, "mvc s") \
	R(SS, 0xd700, "xc s") \
	R(RXY, 0xe302, "ltg 1,y") \
	R(RXY, 0xe304, "lg 1,y") \
	R(RXY, 0xe30d, "dsg 1,y") \
	R(RXY, 0xe314, "lgf 1,y") \
	R(RXY, 0xe315, "lgh 1,y") \
	R(RXY, 0xe316, "llgf 1,y") \
	R(RXY, 0xe31d, "dsgf 1,y") \
	R(RXY, 0xe324, "stg 1,y") \
	R(RXY, 0xe350, "sty 1,y") \
	R(RXY, 0xe358, "ly 1,y") \
	R(RXY, 0xe370, "sthy 1,y") \
	R(RXY, 0xe372, "stcy 1,y") \
	R(RXY, 0xe377, "lgb 1,y") \
	R(RXY, 0xe380, "ng 1,y") \
	R(RXY, 0xe381, "og 1,y") \
	R(RXY, 0xe382, "xg 1,y") \
	R(RXY, 0xe387, "dlg 1,y") \
	R(RXY, 0xe390, "llgc 1,y") \
	R(RXY, 0xe391, "llgh 1,y") \
	R(RXY, 0xe397, "dl 1,y") \
	R(RSY, 0xeb04, "lmg 1,3,e") \
	R(RSY, 0xeb0a, "srag 1,3,e") \
	R(RSY, 0xeb0c, "srlg 1,3,e") \
	R(RSY, 0xeb0d, "sllg 1,3,e") \
	R(RSY, 0xeb14, "csy 1,3,e") \
	R(RSY, 0xeb24, "stmg 1,3,e") \
	R(RSY, 0xeb30, "csg 1,3,e") \
	R(RSY, 0xebe4, "lang 1,3,e") \
	R(RSY, 0xebe6, "laog 1,3,e") \
	R(RSY, 0xebe7, "laxg 1,3,e") \
	R(RSY, 0xebea, "laalg 1,3,e") \
	R(RSY, 0xebf4, "lan 1,3,e") \
	R(RSY, 0xebf6, "lao 1,3,e") \
	R(RSY, 0xebf7, "lax 1,3,e") \
	R(RSY, 0xebfa, "laal 1,3,e") \
	R(RIE, 0xec64, "cgrj# 1,2,mj") \
	R(RIE, 0xec65, "clgrj# 1,2,mj") \
	R(RIE, 0xec76, "crj# 1,2,mj") \
	R(RIE, 0xec77, "clrj# 1,2,mj") \
	R(RIE, 0xec7f, "clij$ 1,u,mj")

struct row {
	unsigned char fmt, hi, lo;      /* the opcode's two bytes */
};
#define S390_ROW(fmt, op, text) { fmt, (op) >> 8, (op) & 0xff },
#define S390_TEXT(fmt, op, text) text "\0"
static const struct row rows[] = { S390_ROWS(S390_ROW) };
static const char texts[] = S390_ROWS(S390_TEXT);

#define NROWS (sizeof(rows) / sizeof(rows[0]))

/* The forms for make check-dis, from the rows by dis_open(). */
static struct dis_form s390_forms[NROWS];

/* Branch on condition (M1): objdump's names after "b", "j" or "jg";
 * mask 0 is a no-op ("nop", "jnop"), 15 always. */
static const char bc_names[16][4] = {
	"nop", "o", "h", "nle", "l", "nhe", "lh", "ne",
	"e", "nlh", "he", "nl", "le", "nh", "no", "",
};
/* Compare and branch (M3): the masks with a name. */
static const char cj_names[16][3] = {
	[2] = "h", [4] = "l", [6] = "ne", [8] = "e", [10] = "nl", [12] = "nh",
};

static uint64_t row_value(const struct row *r)
{
	const struct fmt *f = &fmts[r->fmt];

	return (uint64_t)r->hi << f->first | (uint64_t)r->lo << f->second;
}

static int s390_open(struct dis *d)
{
	(void)d;
	for (size_t i = 0; i < NROWS; i++) {
		s390_forms[i].mask = fmts[rows[i].fmt].mask;
		s390_forms[i].value = row_value(&rows[i]);
		s390_forms[i].len = fmts[rows[i].fmt].len;
	}
	return 0;
}

/* Field n (counting 4-bit fields from the left) of an instruction of
 * len bytes, bits fields wide. */
static unsigned field(uint64_t w, unsigned len, unsigned n, unsigned bits)
{
	return (unsigned)(w >> (8 * len - 4 * n - bits) & ((1ull << bits) - 1));
}

static int32_t sext(uint32_t v, unsigned bits)
{
	return (int32_t)(v << (32 - bits)) >> (32 - bits);
}

/* D2 of a 4-byte instruction, or the 20-bit DH2:DL2 of a 6-byte one. */
static int disp(uint64_t w, unsigned len, int wide)
{
	return wide ? sext(field(w, len, 8, 8) << 12 | field(w, len, 5, 12), 20)
		    : (int)field(w, len, 5, 12);
}

/* Whether objdump decodes the len bytes at c (dis_s390_known.h). */
static int objdump_knows(const unsigned char *c, unsigned len)
{
	const unsigned char *bits = known_bits, *zeros = known_zeros;
	unsigned b0 = c[0], i;

	if (known_none[b0 / 8] >> b0 % 8 & 1)
		return 0;
	for (size_t f = 0; f < sizeof(known_fams) / sizeof(known_fams[0]); f++) {
		unsigned where = known_fams[f][1], zero = known_fams[f][2];
		unsigned n = where == 3 ? 16 : where ? 256 : 0;
		unsigned e = where == 3 ? c[1] & 15 : c[where];

		if (known_fams[f][0] == b0) {
			if (n && !(bits[e / 8] >> e % 8 & 1))
				return 0;
			if (zero == 255) {
				for (i = 0; i < e; i++)
					zeros += bits[i / 8] >> i % 8 & 1;
				zero = *zeros;
			}
			/* the 4-bit fields 2 to 9 that must be 0 */
			for (i = 0; i < 2 * len - 2; i++)
				if (zero >> i & 1 && (c[1 + i / 2] >> (i % 2 ? 0 : 4) & 15))
					return 0;
			return 1;
		}
		for (i = 0; zero == 255 && i < n; i++)
			zeros += bits[i / 8] >> i % 8 & 1;
		bits += n / 8;
	}
	return 1;
}

static void s390_decode(const struct dis *d, const unsigned char *code, size_t avail,
			uint64_t addr, struct dis_insn *out)
{
	static const unsigned char lens[4] = { 2, 4, 4, 6 };
	unsigned len = lens[code[0] >> 6], i, n;
	const char *t = texts, *a;
	char *p = out->text;
	uint64_t w = 0;

	(void)d;
	for (i = 0; i < len && i < avail; i++)
		w = w << 8 | code[i];
	for (i = 0; len <= avail && i < NROWS; i++, t += strlen(t) + 1) {
		const struct fmt *f = &fmts[rows[i].fmt];
		int rre = rows[i].fmt == RRE || rows[i].fmt == RRF;
		int cond = -1, named = 1, nop = 0;

		if (f->len != len || (w & f->mask) != row_value(&rows[i]))
			continue;
		/* The mnemonic, its condition spelled out. */
		for (a = t; *a != ' '; a++) {
			if (*a == '*') {
				cond = field(w, len, 2, 4);
				nop = !cond;
				if (nop && *t == 'b')
					p--;    /* "nop", "nopr" */
				p += sprintf(p, "%s", bc_names[cond]);
			} else if (*a == '#' || *a == '$') {
				cond = field(w, len, *a == '#' ? 8 : 3, 4);
				named = *cj_names[cond] != 0;
				p += sprintf(p, "%s", cj_names[cond]);
			} else {
				*p++ = *a;
			}
		}
		/* The operands. */
		for (*p++ = '\t', a++; *a; a++) {
			unsigned x = field(w, len, 3, 4), b = field(w, len, 4, 4);
			int64_t v = 0;

			switch (*a) {
			case '1':
			case '2':
			case '3':
				n = *a == '1' ? (rre ? 6 : 2) : *a == '2' ? (rre ? 7 : 3) : (rre ? 4 : 3);
				n = field(w, len, n, 4);
				/* nopr: objdump leaves out a last operand of
				 * 0, and the tab before it */
				if (nop && !n) {
					p--;
					goto done;
				}
				p += sprintf(p, "%%r%u", n);
				continue;
			case 'x':
			case 'y':
				p += sprintf(p, "%d", disp(w, len, *a == 'y'));
				if (x) {
					p += sprintf(p, "(%%r%u", x);
					if (nop && !b)
						goto done;      /* nop's last operand */
					p += sprintf(p, ",%%r%u)", b);
				} else if (b) {
					p += sprintf(p, "(%%r%u)", b);
				}
				continue;
			case 'd':
			case 'e':
				p += sprintf(p, "%d", disp(w, len, *a == 'e'));
				if (b)
					p += sprintf(p, "(%%r%u)", b);
				continue;
			case 's':
				p += sprintf(p, "%u(%u,%%r%u),%u", field(w, len, 5, 12),
					     field(w, len, 2, 8) + 1, b, field(w, len, 9, 12));
				if (field(w, len, 8, 4))
					p += sprintf(p, "(%%r%u)", field(w, len, 8, 4));
				continue;
			case 'i':
				v = sext(field(w, len, 4, 16), 16);
				break;
			case 'I':
				v = (int32_t)field(w, len, 4, 32);
				break;
			case 'U':
				v = field(w, len, 4, 32);
				break;
			case 'u':
				v = field(w, len, 8, 8);
				break;
			case 'm':
				if (!named)
					p += sprintf(p, "%d,", cond);
				continue;
			case 'j':
			case 'J':
			case 'A':
				v = *a == 'j' ? sext(field(w, len, 4, 16), 16) : (int32_t)field(w, len, 4, 32);
				v = (int64_t)(addr + (uint64_t)v * 2);
				if (*a != 'A') {
					out->has_target = 1;
					out->target = (uint64_t)v;
				}
				p += sprintf(p, "0x%llx", (unsigned long long)v);
				continue;
			default:
				*p++ = *a;
				continue;
			}
			p += sprintf(p, "%lld", (long long)v);
		}
done:
		*p = 0;
		out->len = len;
		out->known = 1;
		return;
	}
	/* An instruction objdump knows but the JIT does not emit: its
	 * bytes, its length. */
	if (len <= avail && objdump_knows(code, len)) {
		out->len = len;
		if (len == 4)
			sprintf(p, ".long\t0x%08x", (unsigned)w);
		else
			for (p += sprintf(p, ".short\t"), i = len; i; i -= 2)
				p += sprintf(p, "0x%04x%s", (unsigned)(w >> 8 * (i - 2) & 0xffff), i > 2 ? ", " : "");
		return;
	}
	/* objdump's text of what it cannot decode: 4 bytes when it has
	 * them, whatever the length bits say. */
	n = avail < 4 ? (unsigned)avail : 4;
	out->len = n;
	if (n == 4)
		sprintf(p, ".long\t0x%08x", (unsigned)(code[0] << 24 | code[1] << 16 | code[2] << 8 | code[3]));
	else if (n == 2)
		sprintf(p, ".short\t0x%04x", (unsigned)(code[0] << 8 | code[1]));
	else
		for (p += sprintf(p, ".byte\t"), i = 0; i < n; i++)
			p += sprintf(p, "0x%02x", code[i]);     /* objdump's: no separator */
}

const struct dis_machine dis_s390x = {
	.name = "s390x", .big_endian = 1, .unit = 2,
	.addr_digits = 16, .bytes_per_line = 6, .chunk = 1,
	.objdump = "s390x-linux-gnu -m s390:64-bit",
	.decode = s390_decode, .open = s390_open,
	.forms = s390_forms, .nforms = NROWS,
};
