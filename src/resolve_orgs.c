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

/* Classes of a word that make it no place of a list: a family name, a common word of
 * names and titles, a people's. */
#define NOT_LIST_PLACE (GZ_ORG | GZ_TITLE | GZ_TITLE_MOD | GZ_HONORIFIC | GZ_PERSON_NOUN | \
			GZ_ORG_HEAD | GZ_PLACE_HEAD | GZ_EVENT_HEAD | GZ_SURNAME | GZ_FF | \
			GZ_PARTICLE | GZ_CONNECTOR | GZ_FUNC | GZ_STOP | GZ_MONTH | GZ_WEEKDAY | \
			GZ_SPEECH | GZ_ABBREV | GZ_MW | GZ_DEMONYM)

/*
 * May lone name m of a run of places in article [f, e) be one too: a word of a capital
 * and small letters (not "PC", "E1533"), a word no list knows or a given name, a person
 * only by default or by the list's verb ("Honduras, Nicaragua, and Salvador agreed":
 * El Salvador's old name; "Midwood", "Ordway", "Shasta"); not a word that
 * qualifies the place after it ("Central and Eastern Europe"), a people's ("Frenchmen",
 * "Jacobites"), one the lists know otherwise ("Vol", "Republic", "Powell"), or a word of
 * a longer name of the article ("Muskie" of "Edmund Sixtus Muskie")?
 */
static bool
place_in_list(const struct resolver *r, const struct rm *m, size_t f, size_t e)
{
	static const char *const bad[] = {
		"central", "east", "eastern", "greater", "inner", "lower", "middle", "north",
		"northern", "outer", "south", "southern", "upper", "west", "western",
	};
	static const char *const people[] = { "man", "men", "ians", "ites", "ish", "ese" };
	const char *s = rs_raw(r, m), *k = rs_str(r, m->key);
	const struct gz_entry *g;
	size_t i, n = rs_len(r, m), kn = strlen(k), small = 0;

	if ((m->type != CAND_UNKNOWN &&
	     !(m->type == ENT_PERSON && (m->flags & (CF_GIVEN | CF_SPEECH)))) ||
	    n < 3 || !(s[0] >= 'A' && s[0] <= 'Z'))
		return false;
	for (i = 1; i < n; i++) {
		if ((unsigned char)s[i] < 0x80 && !(s[i] >= 'a' && s[i] <= 'z'))
			return false;
		small += s[i] >= 'a' && s[i] <= 'z';
	}
	for (i = 0; i < sizeof bad / sizeof *bad; i++)
		if (strcmp(k, bad[i]) == 0)
			return false;
	for (i = 0; i < sizeof people / sizeof *people; i++)
		if (kn > strlen(people[i]) + 2 && strcmp(k + kn - strlen(people[i]), people[i]) == 0)
			return false;
	if ((g = gaz_find(k, kn)) && (gaz_classes(g, 0) & NOT_LIST_PLACE))
		return false;
	for (i = f; i < e; i++)
		if (r->m[i].ntok >= 2 && (r->m[i].type == ENT_PERSON || r->m[i].type == ENT_ORG) &&
		    rs_sub_name(k, rs_str(r, r->m[i].key)))
			return false;
	return small > 0;
}

/* Is m a place by a listed place's name as it is written, not a people's ("British" has
 * the United Kingdom's key, "Armenians" Armenia's), an abbreviation's ("Tex."), nor a
 * given name's ("Henry")? */
static bool
place_named(const struct resolver *r, const struct rm *m)
{
	const struct gz_entry *g;
	size_t n = rs_len(r, m);
	uint32_t c;
	char w[4 * 64 + 8];

	if (m->type != ENT_PLACE || n >= 64)
		return false;
	n = ex_fold(rs_raw(r, m), n, w, sizeof w);	/* (as the gazetteer's keys are) */
	if (!(g = gaz_find(w, n)))
		return false;
	c = gaz_classes(g, 0);
	return (c & (GZ_COUNTRY | GZ_CAPITAL | GZ_CITY | GZ_REGION)) && !(c & GZ_FIRST);
}

/* A lone name in a list of organisations is one too: in a run of three names or more
 * joined by commas or a conjunction only ("including Ford, Hyundai, Stellantis, General
 * Motors, Honda, Toyota"), two of them organisations and none a person's full name or a
 * place, a lone name that is a person only by default (no title, speech verb or given
 * name alone) is an organisation. In such a run of places named as places (half of it
 * at least, two or more, a comma between two of them), none an organisation or a
 * person's full name, a lone name that may be a place (place_in_list()) is one: "the
 * States of Honduras, Guatemala, Nicaragua, Costa Rica, and Salvador" (El Salvador's
 * old name), "the counties of Alameda, Monterey, Orange, Shasta and Yolo". */
void
rs_org_lists(struct resolver *r, size_t f, size_t e)
{
	size_t i, j, k, orgs, places, anyplace, people, commas;
	bool as_orgs, as_places;

	for (i = f; i < e; i = j) {
		for (j = i; j + 1 < e && (r->m[j].link & LK_LIST); j++)
			;
		j++;
		if (j - i < 3)
			continue;
		for (orgs = places = anyplace = people = commas = 0, k = i; k < j; k++) {
			const struct rm *m = &r->m[k];

			orgs += m->type == ENT_ORG;
			places += place_named(r, m);
			anyplace += m->type == ENT_PLACE;
			people += m->type == ENT_PERSON && m->ntok >= 2;
			commas += k + 1 < j && (m->link & LK_COMMA);
		}
		as_orgs = !people && orgs >= 2 && !anyplace;
		as_places = !people && !orgs && places >= 2 && 2 * places >= j - i && commas;
		if (!as_orgs && !as_places)
			continue;
		for (k = i; k < j; k++) {
			struct rm *m = &r->m[k];

			if ((m->type != ENT_PERSON && m->type != CAND_UNKNOWN) || m->ntok != 1 ||
			    (m->flags & (CF_TITLE | CF_FF)))
				continue;
			if (as_orgs && !(m->flags & (CF_GIVEN | CF_SPEECH)))
				m->type = ENT_ORG;
			/* (a person's name only if a given name: a family name in a list of
			 * places is a member's, "Messrs. Skelton, Ryun of Kansas"; a verb of
			 * speech after a list of places is theirs: "Honduras, Nicaragua, and
			 * Salvador agreed") */
			else if (as_places && place_in_list(r, m, f, e))
				m->type = ENT_PLACE;
		}
	}
}

/* A name the corpus types ORG by its own evidence (a head word, ", Inc.", a list of
 * companies) is an ORG wherever else it was a person only by default, with no title or
 * speech verb beside it: "Red Hat, Inc." makes the "Red Hat" of other articles the
 * company. A lone word needs no title only, and two such mentions: "Stellantis announced"
 * is the carmaker the corpus lists with others twice; in capitals it may be an acronym
 * of something else ("SNAP" beside "Snap Inc."), and a common word ("Software") is an
 * organisation only where the text says so; nor is a family name the corpus gives people
 * more than twice as often: one press gaggle's "Putin's revenues" made "Putin" an ORG in
 * 67 briefings beside 555 mentions of Vladimir Putin. */
void
rs_org_names(struct resolver *r)
{
	struct imap org, people, fam;
	size_t i;
	uint32_t w;
	long v;

	org_keys(r, &org, &people);
	/* (a family name: the mentions of people's full names that end in it, and of it
	 * alone after a title or beside a speech verb) */
	rs_imap_init(&fam, 64);
	for (i = 0; org.n && i < r->n; i++) {
		const struct rm *m = &r->m[i];

		if (m->type != ENT_PERSON)
			continue;
		if (rs_is_full(m) && (w = rs_family_word(r, m)) != UINT32_MAX)
			(*rs_imap_ref(&fam, w, 0))++;
		else if (m->ntok == 1 && (m->flags & (CF_TITLE | CF_SPEECH)))
			(*rs_imap_ref(&fam, m->key, 0))++;
	}
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
		    !rs_capitals(r, m) && !gaz_is_common(rs_str(r, m->key), strlen(rs_str(r, m->key))) &&
		    rs_imap_get(&fam, m->key) <= 2 * v)
			m->type = ENT_ORG;
	}
	rs_imap_free(&org);
	rs_imap_free(&people);
	rs_imap_free(&fam);
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

