/* resolve_orgword.c -- an article's organisations by their words: legal forms, a firm's first or last word alone, its initials. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* (resolve.h) */
int
rs_legal_written(const struct resolver *r, size_t j)
{
	const char *s = rs_str(r, r->at[j].surf), *w;
	char low[16];
	size_t n, i;

	n = strlen(s);
	while (n && (s[n - 1] == '.' || s[n - 1] == ','))
		n--;
	for (w = s + n; w > s && w[-1] != ' '; w--)
		;
	if ((size_t)(s + n - w) >= sizeof low)
		return 0;
	for (i = 0; w + i < s + n; i++)
		low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
	return ex_legal_form(low, i) != 0;
}

static int
cmp_word(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

/* Does the folded key end in the plural head of a company's name ("korvex holdings",
 * "pioneer software", "esselte business systems"), not of a body or a place? */
static int
firm_head_last(const char *key)
{
	static const char *const head[] = {	/* (sorted: bsearch) */
		"airlines", "airways", "associates", "bancorp", "bancshares",
		"biosciences", "brands", "capital", "chemicals", "communications",
		"dynamics", "electronics", "enterprises", "foods", "group", "holdings",
		"hotels", "industries", "instruments", "investments", "laboratories",
		"labs", "logistics", "metals", "microsystems", "minerals", "motors",
		"networks", "partners", "petroleum", "pharmaceuticals", "pictures",
		"publishers", "realty", "resorts", "resources", "robotics", "securities",
		"semiconductors", "software", "solutions", "studios", "systems",
		"technologies", "telecom", "therapeutics", "ventures",
	};
	const char *w = strrchr(key, ' ');

	return w && bsearch(w + 1, head, sizeof head / sizeof *head, sizeof *head, cmp_word);
}

/* (resolve.h) */
int
rs_firm_named(const struct resolver *r, size_t j)
{
	return r->m[j].nw >= 2 && (rs_legal_written(r, j) || firm_head_last(rs_str(r, r->m[j].key)));
}

/* The article's companies of several words, a legal form or a firm's head last, not run
 * on over "and" from its first word ("Redstone and MCV Holdings Inc": Sumner Redstone is
 * no company; "Firestone Tire and Rubber Co" is one), of orgs[0..norgs), into orgs[0..),
 * in place: how many. (Few in any article; each word asked of them.) */
static size_t
legal_companies(const struct resolver *r, uint32_t *orgs, size_t norgs)
{
	size_t i, n = 0;

	for (i = 0; i < norgs; i++)
		if (rs_firm_named(r, orgs[i]) && !rs_and_after_first(rs_str(r, r->m[orgs[i]].key)))
			orgs[n++] = orgs[i];
	return n;
}

/* (resolve.h) */
int
rs_and_after_first(const char *k)
{
	const char *a = strstr(k, " and ");

	return a && (size_t)(a - k) == strcspn(k, " ");
}

/* Is the word at w (to a blank or the end) the head of an organisation's or a firm's
 * name, or a legal form ("foundation", "systems", "inc")? */
static int
head_word_at(const char *w)
{
	char buf[64];
	size_t n = strcspn(w, " ");
	const struct gz_entry *g;

	if (n == 0 || n >= sizeof buf)
		return 0;
	memcpy(buf, w, n);
	buf[n] = '\0';
	g = gaz_find(buf, n);
	return (g && (gaz_classes(g, 0) & GZ_ORG_HEAD)) || ex_legal_form(buf, n);
}

/* The organisations of orgs[0..norgs) named as firms (rs_firm_named()), in their order,
 * into a new array (never NULL): how many at *n. (Asked once an article: each person's
 * name asked every organisation whether it was one, 13% of resolution.) */
static uint32_t *
article_firms(const struct resolver *r, const uint32_t *orgs, size_t norgs, size_t *n)
{
	uint32_t *firms = xmalloc((norgs ? norgs : 1) * sizeof *firms);
	size_t i;

	for (i = *n = 0; i < norgs; i++)
		if (rs_firm_named(r, orgs[i]))
			firms[(*n)++] = orgs[i];
	return firms;
}

/* The one company of firms[0..nfirms) (the article's organisations written with a legal
 * form, "Penn Traffic Co", or ending in a firm's head, "Korvex Holdings") keyed key, or
 * whose key starts with key's words and goes on ("Miller Tabak" of "<Miller Tabak Hirsch
 * and Co>"); NULL if none, or several. */
static const struct rm *
named_company(const struct resolver *r, const uint32_t *firms, size_t nfirms, uint32_t key,
	      int given)
{
	const struct rm *one = NULL;
	const char *k = rs_str(r, key);
	size_t i, n = strlen(k);

	for (i = 0; i < nfirms; i++) {
		const struct rm *o = &r->m[firms[i]];
		const char *ok = rs_str(r, o->key);

		if (o->key != key && (strncmp(ok, k, n) != 0 || ok[n] != ' '))
			continue;
		/* a person's name, a given name first, before a body's word is the person
		 * the body is named after: "Warren Buffett" of the "Warren Buffett
		 * Foundation Inc", not "Miller Tabak" of "Miller Tabak Hirsch and Co" */
		if (o->key != key && given && head_word_at(ok + n + 1))
			continue;
		/* nor the one partner a firm "and Co" is named after: "Ivan F. Boesky" of
		 * "Ivan F. Boesky and Co LP" (key "ivan f. boesky and co") */
		if (o->key != key && given && (!strcmp(ok + n, " and co") || !strcmp(ok + n, " & co")))
			continue;
		if (o->key == key)
			return o;
		if (one && one->key != o->key)
			return NULL;
		one = o;
	}
	return one;
}

/* Note in map that word w names mention ix[i]: its index i, or UINT32_MAX when another of
 * ix (of another key) has it too; with first set, the first noted keeps it. */
static void
note_only(const struct resolver *r, struct imap *map, uint32_t w, const uint32_t *ix, size_t i,
	  int first)
{
	long v = rs_imap_get(map, w);

	if (v < 0)
		rs_imap_put(map, w, (uint32_t)i);
	else if (!first && v != UINT32_MAX && r->m[ix[v]].key != r->m[ix[i]].key)
		rs_imap_put(map, w, UINT32_MAX);
}

/* The gazetteer classes of folded word w[0, n) (0: none). */
static uint32_t
word_class(const char *w, size_t n)
{
	const struct gz_entry *g = gaz_find(w, n);

	return g ? gaz_classes(g, 0) : 0;
}

/* Is word w[0, n) initials ("e.f.", "j.")? */
static int
initials_word(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < n; i += 2)
		if (w[i] < 'a' || w[i] > 'z' || w[i + 1] != '.')
			return 0;
	return n >= 2 && i == n;
}

/* The companies of comps[0..ncomps) (legal_companies()) by the first word of their
 * names, past initials ("E.F. Hutton Group Inc": "Hutton"), and by the family name after
 * a given name first when more words follow ("James Hardie Industries Ltd": "Hardie"
 * too), interned: the index of the company named first. Of several ("<Multi-Step
 * Products Inc> ... sell Multi-Step Manufacturing Inc ... Multi-Step said"), the first
 * named is the article's subject; the word is a company's in any case. */
static void
companies_by_first(struct resolver *r, const uint32_t *comps, size_t ncomps,
		   struct imap *first)
{
	char buf[256];
	size_t i, n, w, at;
	const char *ok;
	uint32_t cls;

	for (i = 0; i < ncomps; i++) {
		ok = rs_str(r, r->m[comps[i]].key);
		while ((n = strcspn(ok, " ")) && ok[n] == ' ' && initials_word(ok, n))
			ok += n + 1;
		at = (size_t)(ok - rs_str(r, r->m[comps[i]].key));
		for (w = 0; w < 2; w++) {
			/* (interning may move the arena the key lives in: at, not ok) */
			ok = rs_str(r, r->m[comps[i]].key) + at;
			if ((n = strcspn(ok, " ")) >= sizeof buf || !n)
				break;
			memcpy(buf, ok, n);
			cls = w == 0 && ok[n] == ' ' && strchr(ok + n + 1, ' ') ? word_class(buf, n) : 0;
			at += n + 1;	/* (past "James", two words after it, when cls has GZ_FIRST) */
			if (n > 3 && buf[n - 2] == '\'' && buf[n - 1] == 's')
				n -= 2;	/* "Moody's Investors Service Inc ... Moody's said" */
			note_only(r, first, rs_intern_key(r, buf, n), comps, i, 1);
			if (!(cls & GZ_FIRST))
				break;
		}
	}
}

/* The one company of comps[0..ncomps) whose name starts with the words of key (and goes
 * on), or NULL: none, or several. */
static const struct rm *
company_by_start(const struct resolver *r, const uint32_t *comps, size_t ncomps,
		 uint32_t key)
{
	const struct rm *one = NULL;
	const char *k = rs_str(r, key);	/* (asked for now: interning moves the arena) */
	size_t i, n = strlen(k);

	for (i = 0; i < ncomps; i++) {
		const struct rm *o = &r->m[comps[i]];
		const char *ok = rs_str(r, o->key);

		if (strncmp(ok, k, n) != 0 || ok[n] != ' ')
			continue;
		if (one && one->key != o->key)
			return NULL;
		one = o;
	}
	return one;
}

/* (resolve.h) */
int
rs_capitals(const struct resolver *r, const struct rm *m)
{
	const char *s = rs_raw(r, m);
	uint32_t i, n = rs_len(r, m);

	for (i = 0; i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
	return 1;
}

/* The organisations of orgs[0..norgs) of several words that no list knows by the last word
 * of their names, interned: the index in orgs of the one, UINT32_MAX for several ("Media
 * Unspun": "Unspun"). Not a last word after a connector, the complement of a head: the
 * "Web" of "The New York Times on the Web" is the web elsewhere ("a Web-based service"). */
static void
orgs_by_last(struct resolver *r, const uint32_t *orgs, size_t norgs, struct imap *last)
{
	static const char *const conn[] = { " of ", " the ", " on ", " for ", " and ", " in ",
					    " at ", " to " };
	size_t i, k;

	for (i = 0; i < norgs; i++) {
		const struct rm *o = &r->m[orgs[i]];
		const char *ok = rs_str(r, o->key), *sp = strrchr(ok, ' ');
		char buf[128];
		size_t n;

		if (o->canon >= 0 || !sp || (n = strlen(sp + 1)) == 0 || n >= sizeof buf)
			continue;
		for (k = 0; k < sizeof conn / sizeof *conn; k++) {
			size_t l = strlen(conn[k]);

			if ((size_t)(sp + 1 - ok) >= l && memcmp(sp + 1 - l, conn[k], l) == 0)
				break;
		}
		if (k < sizeof conn / sizeof *conn)
			continue;
		memcpy(buf, sp + 1, n);
		note_only(r, last, rs_intern_key(r, buf, n), orgs, i, 0);
	}
}

/* The one organisation of the article's orgs[0..norgs) named key, or else (first: a
 * one-word key) the one company whose name starts with the word key (by_first,
 * companies_by_first() of comps, NULL when there are none); NULL if none. first 2: the key is an organisation's
 * already (a lone word a cue of its own made one), only such a company is asked for. */
static const struct rm *
org_of_word(const struct resolver *r, const uint32_t *orgs, size_t norgs,
	    const uint32_t *comps, const struct imap *by_first, uint32_t key, int first)
{
	const struct rm *same = NULL;
	size_t i;
	long v;

	for (i = 0; first != 2 && i < norgs; i++) {
		const struct rm *o = &r->m[orgs[i]];

		/* (a lone word made an organisation by a cue of its own is that word: the
		 * company with a legal form it starts, if any, comes first) */
		if (o->key == key && !(first && o->ntok == 1 && o->canon < 0))
			return o;
		if (o->key == key && !same)
			same = o;
	}
	if (first && by_first && (v = rs_imap_get(by_first, key)) >= 0 && v != UINT32_MAX)
		return &r->m[comps[v]];
	return first == 2 ? NULL : same;
}

/* Is org, the answer of org_of_word() to lone word m, only that word made an
 * organisation by a cue of its own ("KODAK <EK> CONTINUES DRIVE": its ticker), when the
 * one unlisted name here that ends in it is the firm ("Eastman Kodak Co ... Kodak said",
 * by_last of orgs_by_last())? Then m is asked of that. */
static int
lone_by_last(const struct resolver *r, const struct rm *org, const struct rm *m,
	     const struct imap *by_last)
{
	long v;

	return org->key == m->key && org->ntok == 1 && org->canon < 0 &&
	       m->type != ENT_ORG && m->ntok == 1 && !rs_capitals(r, m) &&
	       (v = rs_imap_get(by_last, m->key)) >= 0 && v != UINT32_MAX;
}

/*
 * A name that is a person by default only (no title, no given name, no office) is the
 * organisation its article names so, with a legal form or a head word ("Pittston Co said
 * ... Pittston said", "Multi-Step Manufacturing Inc ... Multi-Step Manufacturing"), and a
 * lone word that one organisation of its article, and no other, starts with is that one
 * ("Multi-Step Products Inc ... Multi-Step previously said", "Esselte Business Systems Inc
 * ... Esselte said"). Companies say things too: in business news they filled the corpus's
 * people. Not a word the lists know but as a town (a country, a given or family name), nor
 * one of the language.
 */
void
rs_org_words_in_article(struct resolver *r, size_t f, size_t e)
{
	uint32_t *orgs, *comps = NULL, *firms = NULL;
	size_t i, n, norgs = rs_article_orgs(r, f, e, 0, &orgs), ncomps = 0, nfirms = 0;
	struct imap by_first;	/* a company's first word -> its index in comps */
	struct imap by_last;	/* an unlisted name's last word -> its index in orgs */
	struct imap units;	/* keys of names made a company's unit here */
	uint32_t w;
	long v;

	if (!norgs)
		return;
	rs_imap_init(&units, 4);
	/* (a name made an organisation here takes a key of these: the same answers for the
	 * next) */
	for (i = f; i < e; i++) {
		struct rm *m = &r->m[i];
		const char *k = rs_str(r, m->key);
		const struct gz_entry *g;
		const struct rm *org;
		int lone, common, multi;

		/* the very name of a company the article writes with its legal form or a
		 * firm's head, or its first words, a given name first or a speech verb after
		 * it or not: "Penn Traffic Co said ... Penn Traffic said" */
		if ((m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && m->ntok >= 2 &&
		    !(m->flags & CF_TITLE) && !(m->link & (LK_OFFICE | LK_COURTESY)) &&
		    (firms || (firms = article_firms(r, orgs, norgs, &nfirms))) &&
		    (org = named_company(r, firms, nfirms, m->key,
					 (m->flags & CF_GIVEN) != 0)) != NULL) {
			m->type = ENT_ORG;
			m->key = org->key;
			m->nw = org->nw;
			m->canon = org->canon;
			continue;
		}
		/* (an organisation's one word too, that no list gave: "Shearson's
		 * shareholders" of "Shearson Lehman Brothers Inc") */
		/* (a lone given name, a family name too, may still start the article's
		 * company: "Chrysler Corp ... Chrysler said", rs_listed_firm_word()) */
		if ((m->type != ENT_PERSON && m->type != CAND_UNKNOWN &&
		     !(m->type == ENT_ORG && m->ntok == 1 && m->canon < 0)) ||
		    (m->flags & (CF_TITLE | CF_LOWER)) ||
		    ((m->flags & CF_GIVEN) && (m->ntok != 1 || strchr(k, ' '))) ||
		    (m->link & (LK_OFFICE | LK_COURTESY)))
			continue;
		/* one word: not one the lists know but as a town (a given or family name, a
		 * country), and the start of a company's name only if the lists and the
		 * language do not know it at all; its own name, with a legal form, may be a
		 * town's ("Pittston Co") */
		n = strlen(k);
		g = m->ntok == 1 && !strchr(k, ' ') ? gaz_find(k, n) : NULL;
		if ((g && rs_listed_firm_word(r, m, gaz_classes(g, 0), orgs, norgs)) ||
		    (m->flags & CF_GIVEN))
			continue;	/* "Sun Microsystems ... Sun said" */
		if (g && (gaz_classes(g, 0) & ~(uint32_t)GZ_CITY))
			continue;
		lone = m->ntok == 1 && !strchr(k, ' ') && !g && n >= 3 && !gaz_is_common(k, n);
		/* a word of the language too, capitalised mid-sentence, for a company that
		 * starts with it ("Endeavors Technology, Inc. ... Endeavors' products") */
		common = m->ntok == 1 && !strchr(k, ' ') && !g && n >= 3 &&
			 gaz_is_common(k, n) == 1 &&
			 !(m->flags & CF_WEAK) && m->type != ENT_ORG;
		multi = m->ntok >= 2 && m->type != ENT_ORG && strchr(k, ' ');
		if ((lone || common || multi) && !comps) {	/* the companies, once asked */
			comps = xmalloc(norgs * sizeof *comps);
			memcpy(comps, orgs, norgs * sizeof *comps);
			if ((ncomps = legal_companies(r, comps, norgs)) != 0) {
				rs_imap_init(&by_first, ncomps);
				companies_by_first(r, comps, ncomps, &by_first);
			}
			rs_imap_init(&by_last, norgs);
			orgs_by_last(r, orgs, norgs, &by_last);
		}
		if (m->type == ENT_ORG && (!lone || !ncomps))
			continue;
		/* (else a name of several words that starts one company's name here and no
		 * other's: "Scientific Micro Systems Inc ... Scientific Micro said"; else a
		 * lone word the one unlisted name of several words here ends in: "Unspun" of
		 * "Media Unspun", its first word dropped at a sentence's start; not an
		 * acronym, which may stand for something else: "the LBO" of "E.F. Hutton LBO
		 * Inc") */
		if (common) {
			if (ncomps && (v = rs_imap_get(&by_first, m->key)) >= 0 &&
			    v != UINT32_MAX)
				org = &r->m[comps[v]];
			else
				continue;
		} else if (!((org = org_of_word(r, orgs, norgs, comps, ncomps ? &by_first : NULL,
						m->key, m->type == ENT_ORG ? 2 : lone)) &&
			     !lone_by_last(r, org, m, &by_last)) &&
		    !(multi && (org = company_by_start(r, comps, ncomps, m->key))) &&
		    !(lone && m->type != ENT_ORG && !rs_capitals(r, m) &&
		      (v = rs_imap_get(&by_last, m->key)) >= 0 &&
		      v != UINT32_MAX && (org = &r->m[orgs[v]]))) {
			/* a unit named by a company's first word and its own ("Esselte
			 * Business Systems Inc's Esselte Meto division"): an organisation of
			 * its own name, and so are the words the article wrote for it */
			if (multi && ncomps && m->ntok == 2 &&
			    (w = rs_first_word(r, m->key)) != UINT32_MAX &&
			    rs_imap_get(&by_first, w) >= 0) {
				m->type = ENT_ORG;
				rs_imap_put(&units, m->key, 1);
			}
			continue;
		}
		m->type = ENT_ORG;
		m->key = org->key;
		m->nw = org->nw;
		m->canon = org->canon;
	}
	for (i = f; units.n && i < e; i++)
		if ((r->m[i].type == ENT_PERSON || r->m[i].type == CAND_UNKNOWN) &&
		    !(r->m[i].flags & CF_TITLE) && rs_imap_get(&units, r->m[i].key) >= 0)
			r->m[i].type = ENT_ORG;
	rs_imap_free(&units);
	if (ncomps)
		rs_imap_free(&by_first);
	if (comps)
		rs_imap_free(&by_last);
	free(comps);
	free(firms);
	free(orgs);
}
