/* resolve_unbody.c -- a listed body's bare generic alias ("General Assembly") is that body only where its article names the wider one. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/resolve.h"

/* The length of the wider body's key that the listed key k ends a bare generic alias
 * of, when mention m is written as that alias alone ("united nations" of "united nations
 * general assembly" written "General Assembly"); else 0. */
static size_t
wider_len(const struct resolver *r, const struct rm *m, const char *k)
{
	const char *s = rs_str(r, rs_at(r, m)->surf);
	char fold[256], head[256];
	size_t n, kl = strlen(k);

	if (!rs_generic_name(s))
		return 0;
	n = ex_fold(s, strlen(s), fold, sizeof fold);
	if (n >= sizeof fold || kl <= n + 1 || k[kl - n - 1] != ' ' || memcmp(k + kl - n, fold, n) != 0)
		return 0;
	memcpy(head, k, kl - n - 1);
	head[kl - n - 1] = '\0';
	/* (a body of generic words is one the generic rules key already) */
	return rs_generic_name(head) ? 0 : kl - n - 1;
}

/* Does article [f, e), other than at mention i, name the wider body w[0, wn) ("united
 * nations"), one of its bodies ("united nations security council") or a body "of" it
 * ("general assembly of the united nations")? */
static bool
names_wider(const struct resolver *r, size_t f, size_t e, size_t i, const char *w, size_t wn)
{
	const char *o, *of;
	size_t j, ol;

	for (j = f; j < e; j++) {
		/* (not the same alias again, written bare) */
		if (j == i || r->m[j].type != ENT_ORG || (r->m[j].key == r->m[i].key &&
		    rs_generic_name(rs_str(r, rs_at(r, &r->m[j])->surf))))
			continue;
		o = rs_str(r, r->m[j].key);
		ol = strlen(o);
		if (ol >= wn && memcmp(o, w, wn) == 0 && (o[wn] == '\0' || o[wn] == ' '))
			return true;
		if ((of = strstr(o, " of ")) != NULL) {
			of += 4;
			of += strncmp(of, "the ", 4) == 0 ? 4 : 0;
			if (strlen(of) == wn && memcmp(of, w, wn) == 0)
				return true;
		}
	}
	return false;
}

/* Does the corpus name the wider body w[0, wn) in any article (names_wider())? Cached
 * per surface of mention m in seen (11 << 32 | surface: 1, no; 2, yes). */
static bool
corpus_names_wider(const struct resolver *r, struct imap *seen, const struct rm *m,
		   size_t i, const char *w, size_t wn)
{
	uint32_t *v = rs_imap_ref(seen, (uint64_t)11 << 32 | rs_at(r, m)->surf, 0);

	if (!*v)
		*v = names_wider(r, 0, r->n, i, w, wn) ? 2 : 1;
	return *v == 2;
}

/* The key of organisation mention i of article [f, e): rs_listed_country_body()'s, but
 * a bare generic alias the name lists gave a body of a wider one ("General Assembly",
 * "Security Council": the United Nations') is a generic body of its own (its folded
 * surface, unlisted: a state's or a church's General Assembly, a country's Security
 * Council) unless the article names the wider body or is dated after 1945, or, undated,
 * is of a corpus that names it. The answer for the surface is cached in seen (10 << 32
 * | surface: 1, no such alias; else 2 + the wider key's length). */
uint32_t
rs_listed_body(struct resolver *r, struct imap *seen, size_t f, size_t e, size_t i)
{
	struct rm *m = &r->m[i];
	uint32_t *v, key = rs_listed_country_body(r, seen, m), year;
	const char *k;
	char fold[256];
	size_t wn, n;

	if (m->canon < 0 || key != m->key)
		return key;
	v = rs_imap_ref(seen, (uint64_t)10 << 32 | rs_at(r, m)->surf, 0);
	if (!*v)
		*v = (wn = wider_len(r, m, rs_str(r, m->key))) ? (uint32_t)wn + 2 : 1;
	if (*v == 1)
		return key;
	wn = *v - 2;
	k = rs_str(r, m->key);
	/* (1946: the year the United Nations' bodies first met; the bare "Security
	 * Council" of a 1974 address is theirs, the "General Assembly" of an 1861 one a
	 * state's) */
	year = r->year ? r->year[m->art] : 0;
	if (year >= 1946 || names_wider(r, f, e, i, k, wn) ||
	    (!year && corpus_names_wider(r, seen, m, i, k, wn)))
		return key;
	n = strlen(k) - wn - 1;
	if (n >= sizeof fold)
		return key;
	memcpy(fold, k + wn + 1, n);
	m->canon = -1;	/* no longer the listed body */
	return rs_intern_key(r, fold, n);
}
