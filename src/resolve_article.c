/* resolve_article.c -- rules of resolution within one article: acronyms, ambiguous demonyms. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* Are the capitals of acr (2-8 letters), in order, initials of name's capitalised words
 * ("Data Protection Commission" -> DPC, "US Centers for Disease Control" -> CDC)? */
static int
initials_match(const char *name, size_t nlen, const char *acr, size_t alen)
{
	size_t i, k = 0;

	if (alen < 2 || alen > 8)
		return 0;
	for (i = 0; i < nlen && k < alen; i++) {
		int start = i == 0 || name[i - 1] == ' ' || name[i - 1] == '-';

		if (!start || name[i] < 'A' || name[i] > 'Z')
			continue;
		if (name[i] == acr[k])
			k++;
	}
	return k == alen;
}

/* Give m the organisation its acronym was defined as, if any (map: acronym key -> index
 * of the defining organisation mention). */
static void
acronym_use(struct resolver *r, const struct imap *map, struct rm *m)
{
	long o;

	if (m->type != CAND_UNKNOWN || (o = rs_imap_get(map, m->key)) < 0)
		return;
	m->type = ENT_ORG;
	m->key = r->m[o].key;
	m->nw = r->m[o].nw;
}

/* Is the mention pair (n, b) written "N (B)", the second in brackets right after the first? */
static int
bracketed(const struct rm *n, const struct rm *b, const char *text)
{
	return b->start == n->end + 2 && text[n->end] == ' ' && text[n->end + 1] == '(' &&
	       text[b->end] == ')';
}

/* Is mention a, an acronym bracketed next to organisation o, its acronym: its capitals are
 * initials of o's words, or o is a long name and a is 2-8 capitals (an acronym of another
 * language: "Federal Ministry for Economic Affairs and Climate Action (BMWK)")? */
static int
acronym_of(const struct rm *o, const struct rm *a, const char *text)
{
	uint32_t i;

	if (initials_match(text + o->start, o->end - o->start, text + a->start, a->end - a->start))
		return 1;
	if (o->nw < 3 || a->end - a->start < 2 || a->end - a->start > 8)
		return 0;
	for (i = a->start; i < a->end; i++)
		if (text[i] < 'A' || text[i] > 'Z')
			return 0;
	return 1;
}

/* A bracketed all-capitals word after an organisation, whose letters are its initials, is
 * its acronym even when a place has that name ("Tork Eork Pork Iork Commission (TEPIC)",
 * not the city of Tepic). */
static int
place_acronym(const struct rm *a, const struct rm *o, const char *text)
{
	uint32_t i;

	if (a->type != ENT_PLACE || !bracketed(o, a, text))
		return 0;
	for (i = a->start; i < a->end; i++)
		if (text[i] < 'A' || text[i] > 'Z')
			return 0;
	return initials_match(text + o->start, o->end - o->start, text + a->start,
			      a->end - a->start);
}

/* "Data Protection Commission (DPC)" and "DPC (Data Protection Commission)": an acronym
 * bracketed after an organisation, or an organisation bracketed after its acronym, names
 * it there and wherever else the article uses it; the first definition of an acronym
 * wins. One pass records the definitions in a map (uses after a definition take it as
 * the pass reaches them, so they can define no other), a second gives the earlier uses
 * theirs: linear, where rewriting every use at each definition was quadratic (60,000
 * acronyms in one article: 12 s). */
void
rs_acronyms(struct resolver *r, size_t f, size_t e, const char *text)
{
	struct imap map;
	size_t i;

	if (e - f < 2)
		return;
	rs_imap_init(&map, 16);
	for (i = f; i + 1 < e; i++) {
		struct rm *p = &r->m[i], *q = &r->m[i + 1];

		acronym_use(r, &map, p);
		acronym_use(r, &map, q);
		if (!bracketed(p, q, text))
			continue;
		if (p->type == ENT_ORG && place_acronym(q, p, text))
			q->type = CAND_UNKNOWN;
		if (p->type == ENT_ORG && q->type == CAND_UNKNOWN && acronym_of(p, q, text)) {
			rs_imap_put(&map, q->key, (uint32_t)i);
			acronym_use(r, &map, q);
		} else if (q->type == ENT_ORG && p->type == CAND_UNKNOWN && acronym_of(q, p, text)) {
			rs_imap_put(&map, p->key, (uint32_t)(i + 1));
			acronym_use(r, &map, p);
		}
	}
	for (i = f; map.n > 0 && i < e; i++)
		acronym_use(r, &map, &r->m[i]);
	rs_imap_free(&map);
}

/* Is mention m written with a demonym that also names other peoples ("Indians")? The
 * answer is cached per interned surface in seen (value 1 + answer). */
static int
ambiguous_demonym(struct imap *seen, const struct rm *m, const char *text)
{
	char buf[4 * 32 + 8];
	const struct gz_entry *g;
	size_t n;
	long v;
	int amb;

	if (m->type != ENT_PLACE || m->end - m->start > 32)
		return 0;
	if ((v = rs_imap_get(seen, m->surf)) >= 0)
		return (int)v - 1;
	n = ex_fold(text + m->start, m->end - m->start, buf, sizeof buf);
	g = gaz_lookup(buf, n, gaz_hash(buf, n));
	amb = g && (g->word & GZ_AMB_DEMONYM);
	rs_imap_put(seen, m->surf, (uint32_t)amb + 1);
	return amb;
}

/* "Indians" is India's people only where the article also names India some other way;
 * in 19th-century American speeches it is not. Other such mentions are dropped. */
void
rs_demonyms_in_place(struct resolver *r, struct imap *seen, size_t f, size_t e, const char *text)
{
	size_t i, j;

	for (i = f; i < e; i++) {
		struct rm *m = &r->m[i];

		if (!ambiguous_demonym(seen, m, text))
			continue;
		for (j = f; j < e; j++)
			if (r->m[j].type == ENT_PLACE && r->m[j].canon == m->canon &&
			    r->m[j].canon >= 0 && !ambiguous_demonym(seen, &r->m[j], text))
				break;
		if (j == e)
			m->type = RM_DROP;
	}
}
