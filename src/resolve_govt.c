/* resolve_govt.c -- a country's government under its national adjectives ("the Federal Government", "the General Government"): its government. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/resolve.h"

/* A country's "Federal Government", "National Government", "General Government" or
 * "Central Government" is its government: the State of the Union addresses' 108
 * "Federal Government", 35 "National Government" and 51 "General Government" were three
 * rows beside "Government of the United States" (80). Their keys "COUNTRY federal
 * government" become "COUNTRY government", as "Government of COUNTRY" and "COUNTRY
 * Government" are keyed (resolve_orgname.c). */
void
rs_national_governments(struct resolver *r)
{
	static const char *const adj[] = { "federal", "national", "general", "central" };
	struct imap memo;	/* key -> 1 + its new key, or 0: none */
	char buf[512];
	size_t i, j, n, an;
	long v;

	rs_imap_init(&memo, 16);
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];
		const char *k, *sp;

		if (m->type != ENT_ORG)
			continue;
		if ((v = rs_imap_get(&memo, m->key)) >= 0) {
			if (v > 0)
				m->key = (uint32_t)(v - 1);
			continue;
		}
		rs_imap_put(&memo, m->key, 0);
		k = rs_str(r, m->key);
		n = strlen(k);
		if (n < 12 || n >= sizeof buf || strcmp(k + n - 11, " government") != 0)
			continue;
		for (j = 0; j < sizeof adj / sizeof *adj; j++) {
			an = strlen(adj[j]);
			sp = k + n - 11 - an;
			if (sp > k && sp[-1] == ' ' && strncmp(sp, adj[j], an) == 0 &&
			    rs_country_key(k, (size_t)(sp - 1 - k)))
				break;
		}
		if (j == sizeof adj / sizeof *adj)
			continue;
		memcpy(buf, k, (size_t)(sp - k));
		memcpy(buf + (sp - k), "government", 11);
		v = rs_intern_key(r, buf, (size_t)(sp - k) + 10);
		rs_imap_put(&memo, m->key, (uint32_t)v + 1);
		m->key = (uint32_t)v;
	}
	rs_imap_free(&memo);
}
