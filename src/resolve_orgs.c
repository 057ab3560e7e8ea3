/* resolve_orgs.c -- organisations by the corpus's evidence: lists of names, a name typed ORG elsewhere, names of common words. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* Fill org (initialised here) with the keys of the names typed ORG, each with how often;
 * and people (initialised here) with the keys of names of several words written after a
 * title, or beside a speech verb with a known given or family name in them (firms say
 * things too: "Multi-Step Manufacturing said"), each with how often. */
static void
org_keys(const struct resolver *r, struct imap *org, struct imap *people)
{
	size_t i;

	rs_imap_init(org, 64);
	rs_imap_init(people, 64);
	for (i = 0; i < r->n; i++)
		if (r->m[i].type == ENT_ORG)
			(*rs_imap_ref(org, r->m[i].key, 0))++;
		else if (r->m[i].type == ENT_PERSON && r->m[i].ntok >= 2 &&
			 ((r->m[i].flags & CF_TITLE) ||
			  (r->m[i].flags & (CF_SPEECH | CF_GIVEN)) == (CF_SPEECH | CF_GIVEN)))
			(*rs_imap_ref(people, r->m[i].key, 0))++;
}

/* A lone name in a list of organisations is one too: in a run of three names or more
 * joined by commas or a conjunction only ("including Ford, Hyundai, Stellantis, General
 * Motors, Honda, Toyota"), two of them organisations and none a person's full name or a
 * place, a lone name that is a person only by default (no title, speech verb or given
 * name alone) is an organisation. */
void
rs_org_lists(struct resolver *r, size_t f, size_t e)
{
	size_t i, j, k, orgs, other;

	for (i = f; i < e; i = j) {
		for (j = i; j + 1 < e && (r->m[j].link & LK_LIST); j++)
			;
		j++;
		if (j - i < 3)
			continue;
		for (orgs = other = 0, k = i; k < j; k++) {
			const struct rm *m = &r->m[k];

			orgs += m->type == ENT_ORG;
			other += m->type == ENT_PLACE || (m->type == ENT_PERSON && m->ntok >= 2);
		}
		if (orgs < 2 || other)
			continue;
		for (k = i; k < j; k++) {
			struct rm *m = &r->m[k];

			if ((m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && m->ntok == 1 &&
			    !(m->flags & (CF_TITLE | CF_SPEECH | CF_GIVEN | CF_FF)))
				m->type = ENT_ORG;
		}
	}
}

/* A name the corpus types ORG by its own evidence (a head word, ", Inc.", a list of
 * companies) is an ORG wherever else it was a person only by default, with no title or
 * speech verb beside it: "Red Hat, Inc." makes the "Red Hat" of other articles the
 * company. A lone word needs no title only, and two such mentions: "Stellantis announced"
 * is the carmaker the corpus lists with others twice; in capitals it may be an acronym
 * of something else ("SNAP" beside "Snap Inc."), and a common word ("Software") is an
 * organisation only where the text says so. */
void
rs_org_names(struct resolver *r)
{
	struct imap org, people;
	size_t i;
	long v;

	org_keys(r, &org, &people);
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];

		if ((m->type != ENT_PERSON && (m->type != CAND_UNKNOWN || m->ntok != 1)) ||
		    (v = rs_imap_get(&org, m->key)) < 0)
			continue;
		/* (a full name the corpus writes as a person's more than twice as often as
		 * a firm's stays a person where nothing says otherwise: one cue of a firm,
		 * right or wrong, made a person of 48 articles an organisation; "Penn Traffic
		 * Co ... Penn Traffic said" is the firm. So does a family name alone that
		 * stands for a full name here: seven "Søren Lindqvist newspaper" of a 10k
		 * corpus made 7,985 lone "Lindqvist" of 1,653 articles an ORG Søren Lindqvist
		 * beside his 6,377 mentions in full.) */
		if (m->nw >= 2 ? !(m->flags & (CF_TITLE | CF_SPEECH)) &&
				   rs_imap_get(&people, m->key) <= 2 * v :
		    v >= 2 && !(m->flags & (CF_TITLE | CF_GIVEN | CF_FF | CF_LOWER)) &&
		    !rs_capitals(r, m) && !gaz_is_common(rs_str(r, m->key), strlen(rs_str(r, m->key))))
			m->type = ENT_ORG;
	}
	rs_imap_free(&org);
	rs_imap_free(&people);
}

/* Is mention i an item of a list that holds two other people's full names ("Romelu
 * Lukaku, Yannick Carrasco, and Dries Mertens")? */
static bool
in_people_list(const struct resolver *r, size_t i)
{
	size_t a = i, z = i, k;
	int n = 0;

	while (a > 0 && (r->m[a - 1].link & LK_LIST) && r->m[a - 1].art == r->m[i].art)
		a--;
	while (z + 1 < r->n && (r->m[z].link & LK_LIST) && r->m[z + 1].art == r->m[i].art)
		z++;
	for (k = a; k <= z && n < 2; k++)
		n += k != i && r->m[k].type == ENT_PERSON && r->m[k].ntok >= 2 &&
		     !(r->m[k].flags & CF_LOWER);
	return n >= 2;
}

/* A name of common English words only, or of unknown words and a word of English, with no
 * title or speech verb beside it ("Build Back Better", "Black Girls Code", "Movable Type":
 * CF_LOWER on a name of several words), is an ORG where the corpus types the same name
 * ORG, else no one; or a firm's name that rs_firm_names() reads, when its article makes
 * its first word alone a firm ("Vivendi Universal ... Vivendi's board"); a person still
 * in a list of people. Before the aliases: its words alone ("Better", "Code") must not
 * join it. */
void
rs_common_names(struct resolver *r)
{
	struct imap org, people, firm;	/* firm: article << 32 | a lone ORG word -> 0 */
	size_t i;
	uint32_t w;

	org_keys(r, &org, &people);
	rs_imap_init(&firm, 16);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];

		if (m->type == ENT_ORG && m->ntok == 1 && m->nw == 1 && m->canon < 0)
			rs_imap_put(&firm, (uint64_t)m->art << 32 | m->key, 0);
	}
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (m->type != ENT_PERSON || m->ntok < 2 || !(m->flags & CF_LOWER) ||
		    in_people_list(r, i))
			continue;
		if (rs_imap_get(&org, m->key) >= 0)
			m->type = ENT_ORG;
		else if ((w = rs_first_word(r, m->key)) == UINT32_MAX ||
			 rs_imap_get(&firm, (uint64_t)m->art << 32 | w) < 0)
			m->type = RM_DROP;
	}
	rs_imap_free(&org);
	rs_imap_free(&people);
	rs_imap_free(&firm);
}

