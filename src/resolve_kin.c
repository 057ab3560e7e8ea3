/* resolve_kin.c -- relatives who share a name: a father and the son named after him are two people ("Jr."), a patronymic names the father. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"
#include "dossier/util.h"

/*
 * A son is often named after his father, his father's given name after his own ("Idriss
 * Deby", his son "Mahamat Idriss Deby"; "Hafez", "Bashar Hafez"): the father's full name
 * is then the end of the son's. A shorter full name is the short form of a longer one
 * that contains it ("Lopez Obrador" of "Andres Manuel Lopez Obrador"), but not when it is
 * the end of it, begins with a listed given name, and the article wrote it first: no one
 * introduces a man by the middle of his name, and the text that names the father before
 * the son is the common way of writing of both (Factbook: Chad's entry).
 */
bool
rs_elder_name(const char *a, const char *b, bool a_first)
{
	size_t al = strlen(a), bl = strlen(b), n = strcspn(a, " ");
	const struct gz_entry *g;

	if (!a_first || al + 1 >= bl || !a[n] || b[bl - al - 1] != ' ' ||
	    strcmp(b + bl - al, a) != 0)
		return false;
	g = gaz_find(a, n);
	return g && (g->word & GZ_FIRST);
}

/*
 * The son's own short form leaves out the father's name in the middle ("Mahamat Deby" of
 * "Mahamat Idriss Deby", as "John Kennedy" of "John Fitzgerald Kennedy"): a two-word
 * full name is the longer one with its first and last words, when the article wrote the
 * longer first. Written before it, it is another man's ("John Adams" before "John
 * Quincy Adams", his son).
 */
bool
rs_short_form(const char *a, const char *b, bool b_first)
{
	size_t n = strcspn(a, " "), bl = strlen(b), l;
	const char *last = a + n + 1;

	if (!b_first || !a[n] || strchr(last, ' ') || strncmp(a, b, n) != 0 || b[n] != ' ')
		return false;
	l = strlen(last);
	return bl > n + 1 + l && b[bl - l - 1] == ' ' && strcmp(b + bl - l, last) == 0 &&
	       bl - l - 1 > n;
}

/*
 * Is the word at k + p (a full name's key) right after a patronymic particle ("tamim bin
 * hamad": "hamad")? It is the father's given name, not a name of this man: a lone
 * "Hamad" in the article is the father ("Hamad bin Khalifa Al Thani"), who abdicated to
 * his son (Factbook: Qatar's entry).
 */
bool
rs_after_patronymic(const char *k, size_t p)
{
	static const char *const part[] = { "bin ", "ibn ", "bint " };
	size_t i, n;

	for (i = 0; i < sizeof part / sizeof *part; i++) {
		n = strlen(part[i]);
		if (p >= n && memcmp(k + p - n, part[i], n) == 0 && (p == n || k[p - n - 1] == ' '))
			return true;
	}
	return false;
}

/* The family word of mention m as written (its last word, folded) into buf; its length,
 * 0 for none. */
static size_t
written_family(const struct resolver *r, const struct rm *m, char *buf, size_t cap)
{
	const char *s = rs_raw(r, m), *w = s;
	size_t n = rs_len(r, m), i;

	for (i = 0; i < n; i++)
		if (s[i] == ' ' || s[i] == '\n')
			w = s + i + 1;
	n = (size_t)(s + n - w);
	n = n ? ex_fold(w, n, buf, cap) : 0;
	return n < cap ? n : 0;
}

/* How many times the corpus must write a family name and "Jr." alone for the son to be
 * named apart: "Cianci Jr." once, "Vega Jr." once were the one man "Vincent A. Cianci"
 * and "Javier Vega" are, and "KING, JR." Martin Luther King. */
#define JR_ALONE 3

/*
 * "Jr." marks a son named after his father, but a man's formal name too ("Joseph R.
 * Biden, Jr.", "Martin Luther King, Jr." are the men "Joe Biden" and "Martin Luther
 * King"). Where the corpus writes a family name and "Jr." alone ("Trump Jr.", "Kennedy
 * Jr.") JR_ALONE times, the son is named apart from his father: the Mueller report's
 * "Donald J. Trump Jr." (88 mentions, and 78 "Trump Jr.") was Donald Trump. Every name
 * of that family written before "Jr." is then the son's, keyed as the full name most
 * written so, with "\x05jr" after it (his father's lone family name and full name stay
 * the father's).
 */
void
rs_juniors(struct resolver *r)
{
	struct imap alone;	/* family word -> its mentions alone before "Jr." */
	struct imap son;	/* such a family word -> 1 + the key of its full name most
				 * written before "Jr." */
	struct imap count;	/* full key -> mentions before "Jr." */
	char buf[128], key[256];
	size_t i, n;
	uint32_t fam;
	long v;
	int len, any = 0;

	if (!r->mark)
		return;
	rs_imap_init(&alone, 16);
	rs_imap_init(&son, 16);
	rs_imap_init(&count, 16);
	for (i = 0; i < r->n; i++)
		if ((r->mark[i] & RS_MARK_JR) && r->m[i].ntok == 1 && r->m[i].type != RM_DROP &&
		    (n = written_family(r, &r->m[i], buf, sizeof buf)) > 0)
			any |= ++*rs_imap_ref(&alone, rs_intern_key(r, buf, n), 0) >= JR_ALONE;
	for (i = 0; any && i < r->n; i++) {	/* the son's full name: the most written */
		const struct rm *m = &r->m[i];

		if (!(r->mark[i] & RS_MARK_JR) || m->ntok < 2 || m->type != ENT_PERSON ||
		    (n = written_family(r, m, buf, sizeof buf)) == 0 ||
		    rs_imap_get(&alone, fam = rs_intern_key(r, buf, n)) < JR_ALONE)
			continue;
		++*rs_imap_ref(&count, m->key, 0);
		if ((v = rs_imap_get(&son, fam)) < 0 ||
		    rs_imap_get(&count, m->key) > rs_imap_get(&count, (uint32_t)(v - 1)))
			rs_imap_put(&son, fam, m->key + 1);
	}
	for (i = 0; any && i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (!(r->mark[i] & RS_MARK_JR) || (m->type != ENT_PERSON && m->type != CAND_UNKNOWN) ||
		    (n = written_family(r, m, buf, sizeof buf)) == 0 ||
		    rs_imap_get(&alone, fam = rs_intern_key(r, buf, n)) < JR_ALONE)
			continue;
		v = rs_imap_get(&son, fam);
		len = snprintf(key, sizeof key, "%s" RS_JUNIOR,
			       rs_str(r, v > 0 ? (uint32_t)(v - 1) : fam));
		if (len <= 0 || (size_t)len >= sizeof key)
			continue;
		m->key = rs_intern_key(r, key, (size_t)len);
		m->type = ENT_PERSON;
	}
	rs_imap_free(&alone);
	rs_imap_free(&son);
	rs_imap_free(&count);
}

size_t
rs_junior_stem(const char *key)
{
	size_t kl = strlen(key), ml = sizeof RS_JUNIOR - 1;

	return kl > ml && memcmp(key + kl - ml, RS_JUNIOR, ml) == 0 ? kl - ml : 0;
}

void
rs_junior_title(const char *key, char **canon)
{
	size_t cl = strlen(*canon);
	char *t;

	if (!rs_junior_stem(key) || (cl >= 3 && strcasecmp(*canon + cl - 3, "jr.") == 0))
		return;
	t = xmalloc(cl + 5);
	memcpy(t, *canon, cl);
	memcpy(t + cl, " Jr.", 5);
	free(*canon);
	*canon = t;
}
