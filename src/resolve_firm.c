/* resolve_firm.c -- within one article: a firm named by one word with a cue, and the longer name it starts. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* Is mention m a name of several words that is a person by default only: no title,
 * honorific or office before it, no known given or family name in it? */
static bool
default_person(const struct rm *m)
{
	return (m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && m->nw >= 2 &&
	       !(m->flags & (CF_TITLE | CF_GIVEN | CF_FF)) &&
	       !(m->link & (LK_OFFICE | LK_COURTESY));
}

/*
 * A lone word that a cue of its own made a firm ("Vivendi's share price", "Vivendi's
 * board") names the firm that a name of several words it starts names in the same article
 * when that name is a person by default only ("Vivendi Universal ... Vivendi said"): the
 * name, its lone forms (joined to it by rs_alias_article()) and the cued word are one
 * organisation. Of several such names the one written most; none when any mention of it
 * has a title, an honorific or a known name in it.
 */
void
rs_firm_names(struct resolver *r, size_t f, size_t e)
{
	struct imap cue;	/* the cued word -> 1 + the name it starts (0: none yet) */
	struct imap count;	/* a name -> its mentions here; UINT32_MAX: a person's */
	size_t i, n = 0;
	uint32_t w;
	long c;

	for (i = f; i < e; i++)
		n += r->m[i].type == ENT_ORG && r->m[i].ntok == 1 && r->m[i].nw == 1 &&
		     r->m[i].canon < 0;
	if (!n)
		return;
	rs_imap_init(&cue, n);
	rs_imap_init(&count, 16);
	for (i = f; i < e; i++)
		if (r->m[i].type == ENT_ORG && r->m[i].ntok == 1 && r->m[i].nw == 1 &&
		    r->m[i].canon < 0)
			rs_imap_put(&cue, r->m[i].key, 0);
	for (i = f; i < e; i++) {	/* the names those words start */
		const struct rm *m = &r->m[i];

		if ((m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && m->nw >= 2 &&
		    (w = rs_first_word(r, m->key)) != UINT32_MAX && rs_imap_get(&cue, w) >= 0)
			rs_imap_ref(&count, m->key, 0);
	}
	for (i = f; i < e; i++) {	/* their mentions; a person's evidence spoils one */
		const struct rm *m = &r->m[i];

		if ((m->type != ENT_PERSON && m->type != CAND_UNKNOWN) ||
		    (c = rs_imap_get(&count, m->key)) < 0 || c == UINT32_MAX)
			continue;
		rs_imap_put(&count, m->key, default_person(m) || m->nw < 2 ? (uint32_t)c + 1 :
					    UINT32_MAX);
	}
	for (i = f; i < e; i++) {	/* each word's name written most */
		const struct rm *m = &r->m[i];
		long best;

		if ((c = rs_imap_get(&count, m->key)) <= 0 || c == UINT32_MAX ||
		    (w = rs_first_word(r, m->key)) == UINT32_MAX || (best = rs_imap_get(&cue, w)) < 0)
			continue;
		if (best == 0 || rs_imap_get(&count, (uint32_t)best - 1) < c)
			rs_imap_put(&cue, w, m->key + 1);
	}
	for (i = f; i < e; i++) {
		struct rm *m = &r->m[i];
		uint32_t name;

		if (m->type == ENT_ORG && (c = rs_imap_get(&cue, m->key)) > 0)
			name = (uint32_t)c - 1;
		else if ((m->type == ENT_PERSON || m->type == CAND_UNKNOWN) &&
			 (c = rs_imap_get(&count, m->key)) > 0 && c != UINT32_MAX &&
			 (w = rs_first_word(r, m->key)) != UINT32_MAX &&
			 rs_imap_get(&cue, w) == (long)m->key + 1)
			name = m->key;
		else
			continue;
		m->type = ENT_ORG;
		m->key = name;
		m->nw = rs_nwords(rs_str(r, name));
		m->canon = -1;
	}
	rs_imap_free(&cue);
	rs_imap_free(&count);
}

/* The one listed organisation of several words among the article's ORG mentions
 * orgs[0..norgs), or one written with a legal form ("Chrysler Corp", "Ford Motor Co") or
 * a firm's head last ("Abbott Laboratories", "Abbott Labs": a briefing's "Abbott" was the
 * governor of another), whose name starts with the word key, or NULL: none, or several;
 * not a building's or an office's ("White House ... White"). */
static const struct rm *
listed_firm_of_word(const struct resolver *r, const uint32_t *orgs, size_t norgs, uint32_t key)
{
	const struct rm *found = NULL, *headed = NULL;
	size_t j;
	int several = 0;

	for (j = 0; j < norgs; j++) {
		const struct rm *o = &r->m[orgs[j]];
		const char *k = rs_str(r, o->key), *last = strrchr(k, ' ');
		const struct gz_entry *h;
		int legal = o->canon >= 0 || rs_legal_written(r, orgs[j]);

		if (!legal && !rs_firm_named(r, orgs[j]))
			continue;
		/* (a company's one word and its legal form: "Chrysler Corp ... Chrysler") */
		if (o->key == key && o->canon < 0 && legal) {
			if (found && found->key != o->key)
				return NULL;
			found = o;
			continue;
		}
		if (o->nw < 2 || !last || rs_first_word_bare(r, o->key) != key)
			continue;
		/* a building's, a place's or an office's last word: "White House" */
		h = gaz_find(last + 1, strlen(last + 1));
		if (h && (gaz_classes(h, 0) & (GZ_PLACE_HEAD | GZ_TITLE | GZ_TITLE_MOD)))
			continue;
		/* (a name with only a firm's head counts where no listed name or legal form
		 * does; two such are one firm's forms, the first named: "Abbott Labs",
		 * "Abbott Laboratories") */
		if (!legal) {
			if (!headed)
				headed = o;
			continue;
		}
		if (found && found->key != o->key)
			several = 1;
		found = o;
	}
	return several ? NULL : found ? found : headed;
}

/* A lone word m that the lists know as a family or given name only (classes cls) is the
 * listed company of its article that starts with it ("Sun Microsystems ... Sun said": a
 * person "Sun" of 20 FoRK mentions; "Morgan Stanley ... Morgan"), as an unlisted word is
 * (rs_org_words_in_article()): made so, true. */
bool
rs_listed_firm_word(const struct resolver *r, struct rm *m, uint32_t cls, const uint32_t *orgs,
		    size_t norgs)
{
	const struct rm *org;

	if (!(cls & GZ_PERSONISH) || (cls & ~(uint32_t)(GZ_CITY | GZ_PERSONISH | GZ_MW)) ||
	    m->type == ENT_ORG || !(org = listed_firm_of_word(r, orgs, norgs, m->key)))
		return false;
	m->type = ENT_ORG;
	m->key = org->key;
	m->nw = org->nw;
	m->canon = org->canon;
	return true;
}

/* Is a[0, an) (lower case past its capital) the first letters of words of w[0, wn) from
 * word wi on, in order, two or more each, and of two words at least (got: how many
 * so far)? Words are split at blanks and hyphens; a word may be passed over. */
static bool
syllables_of(const char *a, size_t an, const char *const *w, const size_t *wl, size_t wn,
	     size_t wi, int got)
{
	size_t i, k;

	if (an == 0)
		return got >= 2;
	for (i = wi; i < wn; i++) {
		for (k = 0; k < an && k < wl[i] && (a[k] | 32) == (w[i][k] | 32); k++)
			if (k + 1 >= 2 && syllables_of(a + k + 1, an - k - 1, w, wl, wn, i + 1,
						       got + 1))
				return true;
		if (got == 0)
			return false;	/* the first word's letters come first */
	}
	return false;
}

/* (resolve.h) */
bool
rs_syllable_acronym(const struct resolver *r, const struct rm *o, const struct rm *a)
{
	const char *s = rs_raw(r, a), *n = rs_raw(r, o), *w[12];
	size_t wl[12], wn = 0, i, an = rs_len(r, a), nn = rs_len(r, o);

	if (an < 4 || an > 10 || s[0] < 'A' || s[0] > 'Z')
		return false;
	for (i = 1; i < an; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return false;
	for (i = 0; i < nn && wn < 12; i++)
		if ((i == 0 || n[i - 1] == ' ' || n[i - 1] == '-' || n[i - 1] == '\n') &&
		    n[i] >= 'A' && n[i] <= 'Z') {
			w[wn] = n + i;
			wl[wn] = strcspn(n + i, " -\n");
			if (wl[wn] > nn - i)
				wl[wn] = nn - i;
			wn++;
		}
	return syllables_of(s, an, w, wl, wn, 0, 0);
}

/* Is lone word m's key no word the lists know but as a given or family name or a town
 * ("Korea", "Arab"), nor one of the language ("Imperial", "Golden" of "Golden Nugget
 * Inc")? */
static bool
firm_word_only(const struct resolver *r, const struct rm *m)
{
	const char *k = rs_str(r, m->key);
	size_t n = strlen(k);
	const struct gz_entry *g = gaz_find(k, n);

	return (!g || !(gaz_classes(g, 0) & ~(uint32_t)(GZ_CITY | GZ_PERSONISH | GZ_MW))) &&
	       !gaz_is_common(k, n);
}

/* Is lone word m's key a word no list knows at all, nor the language ("Kmart", not
 * "Korea", "Arab" or "Golden")? Such a word that starts a company's name is the company
 * even with no person's cue of its own ("Kmart has annual sales"), and its CF_LOWER says
 * only that it stood in a thing's slot ("some Kmart shops"). */
static bool
unlisted_word(const struct resolver *r, const struct rm *m)
{
	const char *k = rs_str(r, m->key);
	size_t n = strlen(k);

	return !gaz_find(k, n) && !gaz_is_common(k, n);
}

/* Is key an unlisted word (unlisted_word()) whose mentions are a company's word more than
 * a word of the language: in a thing's slot or in a text that writes it in lower case
 * (CF_LOWER) a fourth of them at most? ("some Kmart shops" is one of 40 Kmart; the
 * Congressional Record's "Enforcement" of "Enforcement & Admin Corp" is mostly where its
 * texts write "enforcement".) */
static bool
company_word(const struct imap *unlisted, uint32_t key)
{
	long v = rs_imap_get(unlisted, key);

	return v >= 0 && 4 * ((uint32_t)v & 0xffffu) <= ((uint32_t)v >> 16);
}

/* The key of the last word of key k (of several words) when some mention's key is that
 * word, else UINT32_MAX. */
static uint32_t
last_word(const struct resolver *r, uint32_t k)
{
	const char *s = rs_str(r, k), *sp = strrchr(s, ' ');

	return sp && sp[1] ? rs_find_key(r, sp + 1) : UINT32_MAX;
}

/* Do org keys a and b name one company, their words but legal forms and a holding's
 * ("kmart holding corp", "kmart corp") the same? */
static bool
same_firm(const char *a, const char *b)
{
	static const char *const skip[] = { "holding", "holdings", "group", "co", "corp",
					    "corporation", "company", "inc", "incorporated", "ltd",
					    "limited", "plc", "llc", "sa", "ag", "nv" };
	const char *p[2] = { a, b };
	size_t n[2], k, i;

	for (;;) {
		for (i = 0; i < 2; i++)	/* the next word of each that is no such word */
			for (;;) {
				while (*p[i] == ' ')
					p[i]++;
				n[i] = strcspn(p[i], " ");
				for (k = 0; k < sizeof skip / sizeof *skip; k++)
					if (n[i] == strlen(skip[k]) && !strncmp(p[i], skip[k], n[i]))
						break;
				if (!n[i] || k == sizeof skip / sizeof *skip)
					break;
				p[i] += n[i];
			}
		if (n[0] != n[1] || strncmp(p[0], p[1], n[0]) != 0)
			return false;
		if (!n[0])
			return true;
		p[0] += n[0];
		p[1] += n[1];
	}
}

/*
 * A lone word, a person by default only, that starts the legal name of one company of the
 * corpus ("Shearson Lehman Brothers Inc" in one story; "Shearson sees Soviet shipments
 * soon returning" in two others: a person "Shearson"), or the name of a listed one
 * ("Lockheed Martin": "Lockheed's proposal" was a person of four stories; "Kmart Corp" and
 * "Kmart Holding Corp" are one), is that company, unless the corpus
 * writes it as a person's family name ("Peter Shearson") or with a title, a given name's
 * evidence or in lower case anywhere. Its own article may not name the company at all.
 */
void
rs_firm_words_corpus(struct resolver *r)
{
	struct imap firm;	/* a first word -> index of its company's mention; UINT32_MAX:
				 * several companies */
	struct imap person;	/* words the corpus writes as a person's */
	struct imap lone;	/* lone words a person by default, or beside a speech verb */
	struct imap unlisted;	/* an unlisted lone word -> its mentions << 16 | those in a
				 * thing's slot or a text that writes it in lower case */
	struct imap orgword;	/* lone words that are an organisation's key somewhere */
	size_t i;
	uint32_t w, *u;
	long v;

	rs_imap_init(&firm, 64);
	rs_imap_init(&person, 64);
	rs_imap_init(&lone, 64);
	rs_imap_init(&unlisted, 64);
	rs_imap_init(&orgword, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		bool unl = (m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && m->ntok == 1 &&
			   unlisted_word(r, m);

		if (m->type == ENT_ORG && m->nw == 1)
			rs_imap_put(&orgword, m->key, 1);
		if (unl) {
			u = rs_imap_ref(&unlisted, m->key, 0);
			if (*u < 0xffff0000u)
				*u += 0x10000u + ((m->flags & CF_LOWER) != 0);
		}

		if (m->type == ENT_ORG && m->ntok >= 2 &&
		    (m->canon >= 0 || rs_legal_written(r, i)) &&
		    !rs_and_after_first(rs_str(r, m->key)) &&
		    (w = rs_first_word_bare(r, m->key)) != UINT32_MAX) {
			v = rs_imap_get(&firm, w);
			if (v < 0)
				rs_imap_put(&firm, w, (uint32_t)i);
			else if (v != UINT32_MAX && r->m[v].key != m->key &&
				 !same_firm(rs_str(r, r->m[v].key), rs_str(r, m->key)))
				rs_imap_put(&firm, w, UINT32_MAX);
		} else if (m->type == ENT_PERSON && m->ntok >= 2 &&
			   (w = last_word(r, m->key)) != UINT32_MAX)
			rs_imap_put(&person, w, 1);
		else if ((m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && m->ntok == 1 &&
			 ((m->flags & (CF_TITLE | CF_GIVEN | CF_FF)) ||
			  ((m->flags & CF_LOWER) && !unl) ||
			  (m->link & (LK_OFFICE | LK_COURTESY))))
			rs_imap_put(&person, m->key, 1);
		else if (m->ntok == 1 && (m->type == ENT_PERSON || (m->flags & CF_SPEECH)))
			rs_imap_put(&lone, m->key, 1);
	}
	for (i = 0; firm.n && i < r->n; i++) {
		struct rm *m = &r->m[i];
		const struct rm *o;

		/* (a word the corpus made a person somewhere, or wrote beside a speech verb:
		 * "Korea's gaining market share", "Arab countries" are no company's) */
		if ((m->type != ENT_PERSON && m->type != CAND_UNKNOWN) || m->ntok != 1 ||
		    m->nw != 1 ||
		    (rs_imap_get(&lone, m->key) < 0 && !company_word(&unlisted, m->key)) ||
		    (v = rs_imap_get(&firm, m->key)) < 0 || v == UINT32_MAX ||
		    rs_imap_get(&person, m->key) >= 0 || !firm_word_only(r, m))
			continue;
		/* (the word alone, where other stories make it an organisation of its own:
		 * "Lycos" of 14 stories is not the "Lycos Europe N.V." of one) */
		m->type = ENT_ORG;
		if (rs_imap_get(&orgword, m->key) >= 0)
			continue;
		o = &r->m[v];
		m->key = o->key;
		m->nw = o->nw;
		m->canon = o->canon;
	}
	rs_imap_free(&firm);
	rs_imap_free(&person);
	rs_imap_free(&lone);
	rs_imap_free(&unlisted);
	rs_imap_free(&orgword);
}
