/* resolve_titled.c -- a listed town's word that the text titles as a person ("Judge Douglas") is that person where it stands alone too. MIT licence. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/* A word titled as a person in at least this many articles is the person in the corpus's
 * other articles too, where the corpus hardly writes it as a place. */
#define TITLED_TOWN_ARTS 2
/* ... "hardly": a place's slot for at most one in this many of the articles that title it
 * ("the Kentuckians don't like this in Douglas!" beside ten articles of "Judge Douglas"),
 * as in an article: at most one place's slot for this many titled mentions. */
#define TITLED_TOWN_RATIO 4
/* Even in an article that titles it, the word stays a town where the corpus puts it in a
 * place's slot, or names it as a place in articles, more than this many times for each
 * article that titles it: a text generator's "Mayor Dakar" of one article beside 164
 * articles of the town. */
#define TOWN_PER_TITLE 4

/* The folded first word of mention m's surface, interned (UINT32_MAX when none fits). */
static uint32_t
first_word(struct resolver *r, struct imap *memo, const struct rm *m)
{
	uint32_t surf = rs_at(r, m)->surf, *v = rs_imap_ref(memo, surf, 0);
	const char *s = rs_str(r, surf);
	size_t n, f;
	char buf[64];

	if (!*v) {	/* (each mention's word folded and interned: 4% of resolution) */
		n = strcspn(s, " ,");
		*v = n == 0 || (f = ex_fold(s, n, buf, sizeof buf)) == 0 || f >= sizeof buf
			     ? UINT32_MAX
			     : rs_intern_key(r, buf, f) + 1;
	}
	return *v == UINT32_MAX ? UINT32_MAX : *v - 1;
}

/* Is mention m written with no lower-case letter (a dateline's town, a heading)? */
static bool
in_capitals(const struct resolver *r, const struct rm *m)
{
	const char *s = rs_raw(r, m);
	uint32_t i, n = rs_len(r, m);

	for (i = 0; i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return false;
	return true;
}

/*
 * "Judge Douglas ... Lincoln or Douglas": a town's word after a title of office or an
 * honorific names a person (LK_OFFICE, LK_COURTESY, CF_TITLE), and its lone uses out of
 * a place's slot are that person in its article, unless the article also writes the town
 * as a town ("in Douglas", "Douglas, Isle of Man") more than rarely. In the other
 * articles they are the person when the corpus titles the word so in TITLED_TOWN_ARTS
 * articles and hardly writes it in a place's slot. (Before the corpus's lone words are
 * linked: the person may be the full name of its family name there.)
 */
void
rs_titled_towns(struct resolver *r)
{
	struct imap titled;	/* art << 32 | word -> the titled mention's key; 1 << 63 |
				 * word -> the articles that title it */
	struct imap ntitled;	/* art << 32 | word -> its titled mentions there */
	struct imap slot;	/* art << 32 | word, and 1 << 63 | word -> its mentions in a
				 * place's slot there, in the corpus */
	struct imap placed;	/* art << 32 | word -> 1: a place there; 1 << 63 | word -> the
				 * articles where it is a place */
	struct imap words;	/* surface -> 1 + its first word's key (UINT32_MAX: none) */
	size_t i;
	uint32_t w;
	long v, arts, slots;

	rs_imap_init(&words, 256);
	rs_imap_init(&titled, 16);
	rs_imap_init(&ntitled, 16);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t *na;

		if (m->type != ENT_PERSON || m->ntok != 1 ||
		    !((m->flags & CF_TITLE) || (m->link & (LK_OFFICE | LK_COURTESY))) ||
		    (w = first_word(r, &words, m)) == UINT32_MAX || !rs_town_key(rs_str(r, w)))
			continue;
		if (rs_imap_get(&titled, (uint64_t)m->art << 32 | w) < 0) {
			na = rs_imap_ref(&titled, (uint64_t)1 << 63 | w, 0);
			++*na;
		}
		rs_imap_put(&titled, (uint64_t)m->art << 32 | w, m->key);
		(*rs_imap_ref(&ntitled, (uint64_t)m->art << 32 | w, 0))++;
	}
	if (titled.n == 0) {	/* most corpora: no such word */
		rs_imap_free(&words);
		rs_imap_free(&titled);
		rs_imap_free(&ntitled);
		return;
	}
	rs_imap_init(&slot, 16);
	rs_imap_init(&placed, 16);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];

		if (m->type != ENT_PLACE || (w = first_word(r, &words, m)) == UINT32_MAX ||
		    rs_imap_get(&titled, (uint64_t)1 << 63 | w) < 0)
			continue;
		if (rs_imap_get(&placed, (uint64_t)m->art << 32 | w) < 0) {
			rs_imap_put(&placed, (uint64_t)m->art << 32 | w, 1);
			(*rs_imap_ref(&placed, (uint64_t)1 << 63 | w, 0))++;
		}
		if (!(m->flags & CF_LOC) && m->ntok < 2)
			continue;
		(*rs_imap_ref(&slot, (uint64_t)m->art << 32 | w, 0))++;
		(*rs_imap_ref(&slot, (uint64_t)1 << 63 | w, 0))++;
	}
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];
		uint64_t here;

		if (m->type != ENT_PLACE || !rs_town_word(r, m) || in_capitals(r, m) ||
		    (w = first_word(r, &words, m)) == UINT32_MAX)
			continue;
		here = (uint64_t)m->art << 32 | w;
		arts = rs_imap_get(&titled, (uint64_t)1 << 63 | w);
		slots = rs_imap_get(&slot, (uint64_t)1 << 63 | w);
		if (slots > TOWN_PER_TITLE * arts ||
		    rs_imap_get(&placed, (uint64_t)1 << 63 | w) > TOWN_PER_TITLE * arts)
			continue;
		if ((v = rs_imap_get(&titled, here)) >= 0) {
			if (rs_imap_get(&slot, here) * TITLED_TOWN_RATIO >
			    rs_imap_get(&ntitled, here))
				continue;
		} else {
			if (arts < TITLED_TOWN_ARTS || rs_imap_get(&slot, here) > 0 ||
			    slots * TITLED_TOWN_RATIO > arts)
				continue;
			v = w;
		}
		m->type = ENT_PERSON;
		m->key = (uint32_t)v;
		m->nw = rs_nwords(rs_str(r, m->key));
		m->canon = -1;
	}
	rs_imap_free(&words);
	rs_imap_free(&slot);
	rs_imap_free(&placed);
	rs_imap_free(&titled);
	rs_imap_free(&ntitled);
}
