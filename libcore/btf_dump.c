// SPDX-License-Identifier: GPL-2.0-only
/* BTF types printed as `bpftool btf dump file` prints them. */
#include <inttypes.h>
#include <stdio.h>

#include "btf.h"
#include "btf_dump.h"
#include "text.h"

/* A name as bpftool shows it, made safe for a terminal (text.h): two
 * buffers, for the two names one line may hold. */
static const char *anon(const char *s)
{
	static char buf[2][TEXT_SAFE_SIZE(128)];
	static int k;

	if (!s[0])
		return "(anon)";
	k ^= 1;
	return text_safe(s, buf[k], sizeof(buf[k]));
}

void btf_dump(const struct btf *b, FILE *out)
{
	static const char *const linkage[] = { "static", "global", "extern" };

	for (uint32_t id = 1; id <= b->ntypes; id++) {
		uint32_t k = btf_kind(b, id), n = btf_vlen(b, id), ref = btf_type_ref(b, id);
		const char *name = anon(btf_name(b, id));

		fprintf(out, "[%u] %s '%s'", id, btf_kind_name(k), name);
		switch (k) {
		case BTF_KIND_INT: {
			uint32_t v = btf_extra(b, id, 0), enc = v >> 24 & 0xf;

			fprintf(out, " size=%u bits_offset=%u nr_bits=%u encoding=%s\n", ref,
				v >> 16 & 0xff, v & 0xff,
				enc & 1 ? "SIGNED" : enc & 2 ? "CHAR" : enc & 4 ? "BOOL" : "(none)");
			break;
		}
		case BTF_KIND_PTR: case BTF_KIND_TYPEDEF: case BTF_KIND_VOLATILE:
		case BTF_KIND_CONST: case BTF_KIND_RESTRICT: case BTF_KIND_TYPE_TAG:
			fprintf(out, " type_id=%u\n", ref);
			break;
		case BTF_KIND_ARRAY:
			fprintf(out, " type_id=%u index_type_id=%u nr_elems=%u\n",
				btf_extra(b, id, 0), btf_extra(b, id, 1), btf_extra(b, id, 2));
			break;
		case BTF_KIND_STRUCT: case BTF_KIND_UNION:
			fprintf(out, " size=%u vlen=%u\n", ref, n);
			for (uint32_t i = 0; i < n; i++) {
				uint32_t off = btf_extra(b, id, i * 3 + 2);

				fprintf(out, "\t'%s' type_id=%u bits_offset=%u", anon(btf_str(b, btf_extra(b, id, i * 3))),
					btf_extra(b, id, i * 3 + 1), btf_kflag(b, id) ? off & 0xffffff : off);
				if (btf_kflag(b, id) && off >> 24)
					fprintf(out, " bitfield_size=%u", off >> 24);
				fputc('\n', out);
			}
			break;
		case BTF_KIND_ENUM:
			fprintf(out, " encoding=%s size=%u vlen=%u\n",
				btf_kflag(b, id) ? "SIGNED" : "UNSIGNED", ref, n);
			for (uint32_t i = 0; i < n; i++) {
				uint32_t v = btf_extra(b, id, i * 2 + 1);

				if (btf_kflag(b, id))
					fprintf(out, "\t'%s' val=%d\n", anon(btf_str(b, btf_extra(b, id, i * 2))), (int32_t)v);
				else
					fprintf(out, "\t'%s' val=%u\n", anon(btf_str(b, btf_extra(b, id, i * 2))), v);
			}
			break;
		case BTF_KIND_ENUM64:
			fprintf(out, " encoding=%s size=%u vlen=%u\n",
				btf_kflag(b, id) ? "SIGNED" : "UNSIGNED", ref, n);
			for (uint32_t i = 0; i < n; i++) {
				uint64_t v = (uint64_t)btf_extra(b, id, i * 3 + 2) << 32 | btf_extra(b, id, i * 3 + 1);

				if (btf_kflag(b, id))
					fprintf(out, "\t'%s' val=%" PRId64 "\n", anon(btf_str(b, btf_extra(b, id, i * 3))), (int64_t)v);
				else
					fprintf(out, "\t'%s' val=%" PRIu64 "\n", anon(btf_str(b, btf_extra(b, id, i * 3))), v);
			}
			break;
		case BTF_KIND_FWD:
			fprintf(out, " fwd_kind=%s\n", btf_kflag(b, id) ? "union" : "struct");
			break;
		case BTF_KIND_FUNC:
			fprintf(out, " type_id=%u linkage=%s\n", ref, n < 3 ? linkage[n] : "(unknown)");
			break;
		case BTF_KIND_FUNC_PROTO:
			fprintf(out, " ret_type_id=%u vlen=%u\n", ref, n);
			for (uint32_t i = 0; i < n; i++)
				fprintf(out, "\t'%s' type_id=%u\n", anon(btf_str(b, btf_extra(b, id, i * 2))),
					btf_extra(b, id, i * 2 + 1));
			break;
		case BTF_KIND_VAR: {
			uint32_t l = btf_extra(b, id, 0);

			fprintf(out, " type_id=%u, linkage=%s\n", ref,
				l == 0 ? "static" : l == 1 ? "global" : l == 2 ? "extern" : "(unknown)");
			break;
		}
		case BTF_KIND_DATASEC:
			fprintf(out, " size=%u vlen=%u\n", ref, n);
			for (uint32_t i = 0; i < n; i++) {
				uint32_t t = btf_extra(b, id, i * 3);

				fprintf(out, "\ttype_id=%u offset=%u size=%u (%s '%s')\n", t,
					btf_extra(b, id, i * 3 + 1), btf_extra(b, id, i * 3 + 2),
					btf_kind_name(btf_kind(b, t)), anon(btf_name(b, t)));
			}
			break;
		case BTF_KIND_FLOAT:
			fprintf(out, " size=%u\n", ref);
			break;
		case BTF_KIND_DECL_TAG:
			fprintf(out, " type_id=%u component_idx=%d\n", ref, (int32_t)btf_extra(b, id, 0));
			break;
		default:
			fputc('\n', out);
		}
	}
}
