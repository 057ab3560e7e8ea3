/* resolve_wider.c -- a generic body's bare name is the one longer body of that name its article names ("the Continental Congress ... Congress"). MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* The most bodies of one bare name an article is read for. */
#define WIDER_MAX 8

struct wider {
	uint32_t base, key, n;	/* the bare name's key, the body's, its mentions here */
	bool own;		/* base_of()'s */
};

/* Is the word w[0, n) of a body's name a place's or its people's ("Iraqi", "India"), or an
 * ordinal ("Seventy-seventh", "Twentieth", "1st")? A people's body is that people's
 * ("the Iraqi National Congress"), not the one an American text calls "Congress"; a
 * numbered one is a term of the bare one ("the Seventy-seventh Congress"). */
static bool
placed_or_numbered(const char *w, size_t n)
{
	static const char *const ord[] = { "first", "second", "third" };
	const struct gz_entry *g = gaz_find(w, n);
	size_t i, l;

	if (g && ((g->word | g->acr) & GZ_PLACE))
		return true;
	if ((w[0] >= '0' && w[0] <= '9') || (n > 2 && w[n - 2] == 't' && w[n - 1] == 'h'))
		return true;
	for (i = 0; i < sizeof ord / sizeof *ord; i++)
		if ((l = strlen(ord[i])) <= n && memcmp(w + n - l, ord[i], l) == 0 &&
		    (l == n || w[n - l - 1] == '-'))
			return true;
	return false;
}

/* The key of the bare body that key ends with ("continental congress": "congress"), when
 * key names a body of its own by words before it, not "of" one ("the Congress of
 * Industrial Organizations"), and a mention has the bare name; else UINT32_MAX. *own
 * is false when a word before is a place's, a people's or an ordinal: the bare name is
 * not that body, but that body makes the bare name no other's here. */
static uint32_t
base_of(const struct resolver *r, struct imap *seen, uint32_t key, bool *own)
{
	const char *k = rs_str(r, key), *sp = strrchr(k, ' '), *w;
	size_t n;

	if (!sp || strpbrk(k, "\x01\x02\x03\x04") || strstr(k, " of ") || rs_generic_name(k) ||
	    !rs_generic_name(sp + 1) || !rs_national_body(sp + 1) ||
	    rs_country_body(r, seen, key) != UINT32_MAX)
		return UINT32_MAX;
	*own = true;
	for (w = k; w < sp && *own; w += n + 1)
		*own = !placed_or_numbered(w, n = strcspn(w, " "));
	return rs_find_key(r, sp + 1);
}

/* base_of() remembered per key in seen (key 8 << 32 | key: 1, none; else 2 + the base,
 * and 9 << 32 | key: 1 + own): an organisation's name recurs in article after article. */
static uint32_t
base_memo(const struct resolver *r, struct imap *seen, uint32_t key, bool *own)
{
	uint32_t *v = rs_imap_ref(seen, (uint64_t)8 << 32 | key, 0), b;

	if (*v) {
		*own = rs_imap_get(seen, (uint64_t)9 << 32 | key) == 2;
		return *v == 1 ? UINT32_MAX : *v - 2;
	}
	*own = false;
	b = base_of(r, seen, key, own);	/* (may grow seen: v is not kept) */
	rs_imap_put(seen, (uint64_t)8 << 32 | key, b == UINT32_MAX ? 1 : b + 2);
	rs_imap_put(seen, (uint64_t)9 << 32 | key, *own ? 2 : 1);
	return b;
}

void
rs_wider_bodies(struct resolver *r, struct imap *seen, size_t f, size_t e, struct imap *q)
{
	struct wider w[WIDER_MAX];
	size_t i, j, nw = 0;
	uint32_t b, bare;
	bool own;

	for (i = f; i < e; i++) {
		const struct rm *m = &r->m[i];

		if (m->type != ENT_ORG || m->nw < 2 ||
		    (b = base_memo(r, seen, m->key, &own)) == UINT32_MAX)
			continue;
		for (j = 0; j < nw && w[j].key != m->key; j++)
			;
		if (j == nw) {
			if (nw == WIDER_MAX)
				return;
			w[nw++] = (struct wider){ b, m->key, 0, own };
		}
		w[j].n++;
	}
	/* The one body of a bare name written more than all the others of it together, at
	 * least twice, and at least a fifth as often as the bare name: the bare name is
	 * that body, unless the article qualified it already. A speech that names the
	 * Continental Congress once and "Congress" ten times means its own. */
	for (i = 0; i < nw; i++) {
		uint32_t others = 0;

		if (!w[i].own || w[i].n < 2 || rs_imap_get(q, w[i].base) >= 0)
			continue;
		for (j = 0; j < nw; j++)
			if (j != i && w[j].base == w[i].base)
				others += w[j].n;
		for (bare = 0, j = f; j < e; j++)
			bare += r->m[j].type == ENT_ORG && r->m[j].key == w[i].base;
		if (w[i].n > others && bare <= 5 * w[i].n)
			rs_imap_put(q, w[i].base, w[i].key);
	}
}
