/* resolve_alias.c -- within one article: a full name's shorter forms join it (sub-names, lone family and given names), save those the corpus writes apart. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"
#include "dossier/util.h"

/* One distinct full name of an article. */
struct fname {
	uint32_t key;		/* arena offset of the folded name */
	uint32_t count;		/* mentions in the article */
	uint32_t target;	/* index of the name it joins (itself if none) */
	int ff, office;		/* family name first; written after an office here */
	uint8_t nw;		/* words in the key (rs_nwords()) */
};

/* word_index()'s amb value for a family name written first of two names, whatever their
 * counts (above any count of mentions a 32-bit map holds in practice). */
#define AMBIGUOUS_FF 0x7ffffffe

/* Distinct full names of article [f, e), with counts; returns how many. */
static size_t
full_names(struct resolver *r, size_t f, size_t e, struct fname **out, struct imap *map)
{
	struct fname *fn = NULL;
	size_t n = 0, cap = 0, i;
	long v;

	for (i = f; i < e; i++)	/* the map sized for the full names, not every mention */
		n += rs_is_full(&r->m[i]);
	rs_imap_init(map, n);
	n = 0;
	for (i = f; i < e; i++) {
		const struct rm *m = &r->m[i];

		if (!rs_is_full(m))
			continue;
		if ((v = rs_imap_get(map, m->key)) < 0) {
			xgrow((void **)&fn, &cap, n + 1, sizeof *fn);
			fn[n] = (struct fname){ m->key, 0, (uint32_t)n, (m->flags & CF_FF) != 0, 0,
						rs_nwords(rs_str(r, m->key)) };
			rs_imap_put(map, m->key, (uint32_t)n);
			v = (long)n++;
		}
		fn[v].count++;
		fn[v].office |= (m->link & LK_OFFICE) != 0;
	}
	*out = fn;
	return n;
}

/* Shorter full names join a longer one that contains them ("Alvarez Casas"). Quadratic in
 * distinct names, so only done for articles of ordinary size. */
static void
merge_sub_names(const struct resolver *r, struct fname *fn, size_t n)
{
	size_t a, b;

	if (n > 2000)
		return;
	/* Each name's words counted once (fn[].nw), not in the inner loop (12% of
	 * resolution). */
	for (a = 0; a < n; a++)
		for (b = 0; b < n; b++) {
			if (fn[b].nw > fn[a].nw && rs_sub_name(rs_str(r, fn[a].key), rs_str(r, fn[b].key)) &&
			    (fn[a].target == a || fn[b].count > fn[fn[a].target].count) &&
			    !rs_elder_name(rs_str(r, fn[a].key), rs_str(r, fn[b].key), a < b)) {
				fn[a].target = (uint32_t)b;
				fn[a].ff |= fn[b].ff;
			}
		}
	/* "Mahamat Deby" after "Mahamat Idriss Deby": his, when he is the only such name
	 * (not after "George W. Hallory" and "George H. Hallory") */
	for (a = 0; a < n; a++) {
		size_t to = a;

		for (b = 0; fn[a].target == a && fn[a].nw == 2 && !fn[a].ff && b < a; b++)
			if (fn[b].nw > 2 && !fn[b].ff &&
			    rs_short_form(rs_str(r, fn[a].key), rs_str(r, fn[b].key), true))
				to = to == a ? b : n;
		if (to != a && to != n)
			fn[a].target = (uint32_t)to;
	}
}

/* The word at [st, st + len) of key off, interned: made once per key and word (each
 * article that names a person interned the words of the name again). */
static uint32_t
key_word(struct resolver *r, uint32_t off, uint32_t st, uint32_t len)
{
	uint64_t at = (uint64_t)off << 32 | st;
	uint32_t *w;

	if (!r->words.cap)
		rs_imap_init(&r->words, 1024);
	w = rs_imap_ref(&r->words, at, UINT32_MAX);
	if (*w == UINT32_MAX)	/* interning adds no key to r->words: w stays valid */
		*w = rs_intern_dup(r, off + st, len);
	return *w;
}

/* Map every word of the article's full names to the best name having it: as family name
 * first, then as any word; ties go to the name mentioned more often, then the earlier.
 * A family name of two names here written as often goes into amb, with that count. */
static void
word_index(struct resolver *r, struct fname *fn, size_t n, struct imap *wm, uint32_t **wstr,
	   struct imap *amb)
{
	size_t i, cap = 0, nw = 0;

	rs_imap_init(wm, 4 * n + 4);
	for (i = 0; i < n; i++) {
		uint32_t t = fn[i].target, off = fn[t].key, len, st;
		const char *k = rs_str(r, off);
		size_t klen = strlen(k), p = 0;

		while (p < klen) {
			long cur;
			uint32_t w, strength;

			len = (uint32_t)strcspn(k + p, " ");
			st = (uint32_t)p;
			/* the father's name after "bin" is the father's ("HAMAD peacefully
			 * abdicated, transferring power to his son TAMIM bin Hamad") */
			if (rs_after_patronymic(k, p)) {
				p += len + 1;
				continue;
			}
			w = key_word(r, off, st, len);
			k = rs_str(r, off);
			strength = rs_is_surname(k, fn[t].ff, rs_str(r, w)) ? 2 : 1;
			cur = rs_imap_get(wm, w);
			if (cur >= 0 && strength == 2 && (*wstr)[cur] >> 24 == 2 &&
			    ((*wstr)[cur] & 0xffffff) != t &&
			    (fn[t].count == fn[(*wstr)[cur] & 0xffffff].count ||
			     (fn[t].ff && fn[(*wstr)[cur] & 0xffffff].ff))) {
				/* (a family name written first, "KIM Il Sung", "KIM Jong Un", is
				 * shared by many: the lone one is the last named, whatever the
				 * counts; AMBIGUOUS_FF, not a count, says so to tied()) */
				if (!amb->cap)	/* (made when an article has a tie, not each) */
					rs_imap_init(amb, 4);
				rs_imap_put(amb, w, fn[t].ff && fn[(*wstr)[cur] & 0xffffff].ff ?
					    AMBIGUOUS_FF : fn[t].count);
			}
			/* a given name of two people here ("George Miller", "George W. Bush")
			 * is neither's */
			if (cur >= 0 && strength == 1 && (*wstr)[cur] >> 24 == 1 &&
			    ((*wstr)[cur] & 0xffffff) != t)
				(*wstr)[cur] = 1u << 24 | 0xffffff;
			else if (cur < 0 || strength > (*wstr)[cur] >> 24 ||
			    (strength == (*wstr)[cur] >> 24 &&
			     fn[t].count > fn[(*wstr)[cur] & 0xffffff].count)) {
				if (cur < 0) {
					xgrow((void **)wstr, &cap, nw + 1, sizeof **wstr);
					cur = (long)nw++;
					rs_imap_put(wm, w, (uint32_t)cur);
				}
				(*wstr)[cur] = strength << 24 | t;
			}
			p += len + 1;
		}
	}
}

/* Is m one word read as a town or a capital, not after a locative ("in Hamilton"), that
 * no list has as a country, region or people? In an article that names a person with it
 * as the family name ("Lewis Hamilton ... ahead of Hamilton"), it is that person. */
int
rs_town_word(const struct resolver *r, const struct rm *m)
{
	return m->type == ENT_PLACE && m->ntok == 1 && m->nw == 1 && !(m->flags & CF_LOC) &&
	       rs_town_key(rs_str(r, m->key));
}

bool
rs_town_key(const char *k)
{
	const struct gz_entry *g = gaz_find(k, strlen(k));
	uint32_t c;

	if (!g)
		return false;
	c = gaz_classes(g, 0);
	return (c & (GZ_CITY | GZ_CAPITAL)) && !(c & (GZ_COUNTRY | GZ_REGION | GZ_DEMONYM));
}

/* The key of the word a town's mention i is written with, when its key is another
 * canonical name ("Washington" -> "washington, d.c."): the family name it may be
 * ("Major George Washington ... Washington arrived"); else its key. */
static uint32_t
town_written(const struct resolver *r, size_t i, size_t f, size_t e)
{
	const struct rm *m = &r->m[i];
	const char *s, *key;
	const struct gz_entry *g;
	char fold[64];
	size_t n, j;
	uint32_t c, k;

	if (m->type != ENT_PLACE || m->ntok != 1 || m->nw < 2 || m->canon < 0 ||
	    (m->flags & CF_LOC))
		return m->key;
	s = rs_str(r, r->at[i].surf);
	key = rs_str(r, m->key);
	if ((s[0] | 0x20) != key[0])
		return m->key;
	/* (cheap tests first: the word must begin a longer key, "washington, d.c.", not be
	 * the key, "moscow", nor another word, "chinese") */
	if ((n = ex_fold(s, strlen(s), fold, sizeof fold)) == 0 || n >= sizeof fold ||
	    strncmp(fold, key, n) != 0 || (key[n] != ',' && key[n] != ' '))
		return m->key;
	fold[n] = '\0';
	if ((k = rs_find_key(r, fold)) == UINT32_MAX || !(g = gaz_find(fold, n)))
		return m->key;
	c = gaz_classes(g, 0);
	if (!(c & (GZ_CITY | GZ_CAPITAL)) || (c & (GZ_COUNTRY | GZ_DEMONYM)))
		return m->key;
	/* not in an article that writes the town as a town somewhere ("in Washington",
	 * "Washington, D.C."): a speech of 1982 names George Washington and "a newcomer to
	 * Washington" */
	for (j = f; j < e; j++)
		if (r->m[j].key == m->key && ((r->m[j].flags & CF_LOC) || r->m[j].ntok > 1))
			return m->key;
	return k;
}

/* The full name of fn[0, n) most written here, of family name w, that a lone w after an
 * honorific of sex sex may be ("Mrs. Clinton": Hillary beside Bill), or NULL. */
static const struct fname *
of_sex(const struct resolver *r, const struct fname *fn, size_t n, uint32_t w, int sex)
{
	const struct fname *best = NULL;
	size_t i;

	for (i = 0; i < n; i++) {
		const char *k = rs_str(r, fn[i].key);

		if (fn[i].target == i && rs_is_surname(k, fn[i].ff, rs_str(r, w)) &&
		    !rs_sex_clash(k, fn[i].ff, sex) && (!best || fn[i].count > best->count))
			best = &fn[i];
	}
	return best;
}

/* (Across the corpus, before any article is aliased: see resolve.h.) */
void
rs_names_apart(struct resolver *r)
{
	struct imap lone;	/* article << 40 | family word << 8 | honorific -> 1 */
	size_t i;

	rs_imap_init(&lone, 16);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint64_t art = (uint64_t)m->art << 40;

		if (!(m->link & LK_COURTESY) || !m->sex)
			continue;
		if (rs_is_single(m, r) && m->nw == 1) {
			rs_imap_put(&lone, art | (uint64_t)m->key << 8 | honorific_plain(m->sex), 1);
		} else if (rs_is_full(m) &&
			   rs_imap_get(&lone, art | (uint64_t)rs_family_word(r, m) << 8 |
				       honorific_plain(m->sex)) > 0) {
			if (!r->apart.cap)
				rs_imap_init(&r->apart, 16);
			rs_imap_put(&r->apart, m->key, 1);
		}
	}
	rs_imap_free(&lone);
}

/* Is full-name key k one that rs_names_apart() found? */
static bool
apart(const struct resolver *r, uint32_t k)
{
	return r->apart.cap && rs_imap_get(&r->apart, k) > 0;
}

/* Is family name w still written as often in full for two names as for its best one
 * (amb's count, word_index())? A third name written more is the one. */
static bool
tied(const struct imap *amb, const struct imap *wm, const uint32_t *wstr,
     const struct fname *fn, uint32_t w)
{
	long c = rs_imap_get(amb, w), v = rs_imap_get(wm, w);

	return c > 0 && v >= 0 && (wstr[v] & 0xffffff) != 0xffffff &&
	       (c == AMBIGUOUS_FF || fn[wstr[v] & 0xffffff].count == (uint32_t)c);
}

/* Within one article: shorter full names join longer ones that contain them, and lone
 * names join the full name they are a word of ("Putin", "Xi", "Vladimir"), except a name
 * after an office that rs_not_this_office() refuses: in "President Biden and First Lady
 * Jill Biden", "Biden" is not Jill Biden. */
/*
 * A family name that two or more full names here share, and that the article writes alone
 * (no title, no honorific) three times or more before any of them, names someone the text
 * takes as known, none of them (a word of the language aside: "Blog"):
 * a speech on George Washington ("Washington," says Guizot ...) that later names John,
 * Sir Henry and Mary Washington gave John its 32 lone uses (news writes the full name
 * first: "Donald Trump ... Melania Trump ... Trump said" keeps Trump). The word's entry
 * in wstr is cleared, and the word goes into known: its lone uses, and a town's written
 * so, are a person of that name alone (the town of Washington took them otherwise).
 */
static void
known_before(struct resolver *r, size_t f, size_t e, const struct fname *fn,
	     const struct imap *map, const struct imap *wm, uint32_t *wstr, struct imap *known)
{
	struct imap first;	/* family word -> 1 + its first full name's mention */
	struct imap who;	/* family word -> that name's key; UINT32_MAX: two names */
	struct imap before;	/* family word -> its lone uses before the first */
	size_t i;
	long v, a, b;
	int shared = 0;		/* some family word of two names here */

	rs_imap_init(&first, 8);
	rs_imap_init(&who, 8);
	rs_imap_init(&before, 8);
	for (i = f; i < e; i++) {
		const struct rm *m = &r->m[i];
		uint32_t w, k;

		if (!rs_is_full(m) || (v = rs_imap_get(map, m->key)) < 0)
			continue;
		w = rs_family_word(r, m);
		k = fn[fn[v].target].key;
		if ((a = rs_imap_get(&who, w)) < 0) {
			rs_imap_put(&who, w, k);
			rs_imap_put(&first, w, (uint32_t)(i + 1));
		} else if ((uint32_t)a != k) {
			rs_imap_put(&who, w, UINT32_MAX);
			shared = 1;
		}
	}
	for (i = f; shared && i < e; i++) {
		const struct rm *m = &r->m[i];
		uint32_t k = m->ntok != 1 ? UINT32_MAX :
			     m->type == ENT_PLACE ? town_written(r, i, f, e) : m->key;

		/* (a lone word, or a town's written as the family name: "Washington"; no
		 * title's or honorific's, "Mr. Crawford", which their own rules read) */
		if (k != UINT32_MAX && (m->type == ENT_PERSON || m->type == CAND_UNKNOWN ||
					m->type == ENT_PLACE) && (m->nw == 1 || k != m->key) &&
		    !(m->flags & (CF_TITLE | CF_LOWER)) && !(m->link & (LK_OFFICE | LK_COURTESY)) &&
		    (a = rs_imap_get(&first, k)) > 0 && i + 1 < (size_t)a)
			(*rs_imap_ref(&before, k, 0))++;
	}
	for (i = 0; i < before.cap; i++) {
		uint32_t w = (uint32_t)(before.s[i].key - 1);

		if (before.s[i].key && before.s[i].val >= 3 &&
		    (b = rs_imap_get(&who, w)) >= 0 && (uint32_t)b == UINT32_MAX &&
		    (v = rs_imap_get(wm, w)) >= 0 && !gaz_is_common(rs_str(r, w), strlen(rs_str(r, w)))) {
			wstr[v] |= 0xffffff;
			if (!known->cap)
				rs_imap_init(known, 4);
			rs_imap_put(known, w, 1);
		}
	}
	rs_imap_free(&first);
	rs_imap_free(&who);
	rs_imap_free(&before);
}

void
rs_alias_article(struct resolver *r, size_t f, size_t e, const struct imap *kinds)
{
	struct imap map, wm;
	struct imap amb = {0};	/* family names of two full names written as often here
				 * -> that count (made on the first, word_index()) */
	struct imap last = {0};	/* such a family name -> the full name last written with it */
	struct imap known = {0};	/* known_before()'s family names */
	struct fname *fn;
	uint32_t *wstr = NULL, w;
	char *caps = NULL;	/* rs_caps_families() */
	size_t n, i;
	long v;

	n = full_names(r, f, e, &fn, &map);
	if (n > 0 && n < 0xffffff) {
		caps = rs_caps_families(r, f, e);
		merge_sub_names(r, fn, n);
		word_index(r, fn, n, &wm, &wstr, &amb);
		if (n >= 2)
			known_before(r, f, e, fn, &map, &wm, wstr, &known);
		if (amb.n)
			rs_imap_init(&last, 4);
		/* A family name after a title here names another holder than a full name of
		 * courtesy or of a past era: none of its lone uses here is that full name. */
		for (i = f; i < e; i++)
			if ((r->m[i].link & (LK_OFFICE | LK_COURTESY)) && rs_is_single(&r->m[i], r) &&
			    (v = rs_imap_get(&wm, r->m[i].key)) >= 0 &&
			    (wstr[v] & 0xffffff) != 0xffffff &&
			    rs_not_this_office(r, kinds, &r->m[i], fn[wstr[v] & 0xffffff].key,
					       fn[wstr[v] & 0xffffff].office))
				wstr[v] |= 0xffffff;
		for (i = f; i < e; i++) {
			struct rm *m = &r->m[i];
			const struct fname *t;
			uint32_t wk;

			if (rs_is_full(m)) {
				t = &fn[fn[rs_imap_get(&map, m->key)].target];
				/* "From: Tim Chapman ... Mark David Chapman ... Chapman said":
				 * of two names written as often, the family name alone is the
				 * one last written in full */
				if (amb.n && rs_imap_get(&amb, w = rs_family_word(r, m)) > 0)
					rs_imap_put(&last, w, (uint32_t)(t - fn));
			} else if (amb.n && rs_is_single(m, r) && !(m->link & (LK_COURTESY | LK_OFFICE)) &&
				   (v = rs_imap_get(&last, m->key)) >= 0 &&
				   tied(&amb, &wm, wstr, fn, m->key)) {
				t = &fn[v];
				m->type = ENT_PERSON;
			} else if (known.n && !(m->flags & CF_TITLE) &&
				   !(m->link & (LK_OFFICE | LK_COURTESY)) &&
				   ((wk = rs_is_single(m, r) ? m->key : town_written(r, i, f, e)) !=
				    m->key || rs_is_single(m, r)) && rs_imap_get(&known, wk) >= 0) {
				/* (a family name the text takes as known: known_before()) */
				m->type = ENT_PERSON;
				m->key = wk;
				m->nw = 1;
				m->canon = -1;
				continue;
			} else if ((v = rs_imap_get(&wm, (wk = town_written(r, i, f, e)))) >= 0 &&
				   (rs_is_single(m, r) || rs_town_word(r, m) || wk != m->key) &&
				   (wstr[v] & 0xffffff) != 0xffffff &&
				   (m->type != ENT_PLACE || wstr[v] >> 24 == 2)) {
				t = &fn[wstr[v] & 0xffffff];
				/* "Wallis" (of "Wallis and Futuna") where the text writes "Samuel
				 * WALLIS": another name than the person's, and no person alone */
				if (rs_is_single(m, r) && !(m->flags & (CF_TITLE | CF_SPEECH)) &&
				    rs_caps_family_apart(r, caps, m)) {
					m->type = RM_DROP;
					continue;
				}
				/* a family name after an honorific, not a name written apart
				 * from it ("Sir Walter" is still Walter Elliot) */
				if ((m->link & LK_COURTESY) && m->sex && apart(r, t->key) &&
				    wstr[v] >> 24 == 2)
					continue;
				/* an honorific of the other sex than the name's: another
				 * holder of the family name here, or none */
				if (m->sex && rs_sex_clash(rs_str(r, t->key), t->ff, m->sex) &&
				    !(t = of_sex(r, fn, n, m->key, m->sex)))
					continue;
				m->type = ENT_PERSON;
			} else
				continue;
			m->key = t->key;
			m->nw = t->nw;
			m->flags |= t->ff ? CF_FF : 0;
		}
		rs_imap_free(&wm);
		rs_imap_free(&amb);
		rs_imap_free(&last);
		if (known.cap)
			rs_imap_free(&known);
	}
	rs_imap_free(&map);
	free(fn);
	free(wstr);
	free(caps);
}
