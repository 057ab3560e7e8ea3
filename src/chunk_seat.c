/* chunk_seat.c -- set phrases of parliaments and churches: "the Member for Cork" is a place, "Parliament for Bristol" two names, "Roman Catholic" none; an office's abbreviation ("Sen."). MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Is token p "Parliament" in "Member of Parliament", "Members of Parliament"? */
static int
member_of_parliament(const struct ex_block *b, size_t p)
{
	return p >= 2 && (b->t[p].cue & TC_PARLIAMENT) && tis(b, p - 1, "of") &&
	       ck_joined(b, p - 1) && ck_joined(b, p - 2) && (b->t[p - 2].cue & TC_MEMBER);
}

/*
 * Does the chunk at token a name the seat a member sits for: "the hon. Member for Cork",
 * "the Member for the West Riding", "Members for Oxford", "the Labour MP for Uxbridge"?
 * A parliament names its members by their seats, and
 * a seat is named after its town or county: a place, not the person a lone unknown word
 * with a verb after it is taken for (John Bright's speeches: "Cork", "Tamworth", "Oxford"
 * and "King's Lynn" were four of the top 50 people, their members' names beside them).
 */
int
ck_seat_at(const struct ex_block *b, size_t a)
{
	size_t f;

	if (a < 2 || b->t[a - 1].flen != 3)	/* ("the" or "for": asked of every name) */
		return 0;
	f = a - 1;
	if (tis(b, f, "the") && ck_joined(b, f))	/* "for the West Riding" */
		f--;
	return f >= 1 && tis(b, f, "for") && (b->t[f].flags & TK_LOWER) && ck_joined(b, f) &&
	       ck_joined(b, f - 1) && ((b->t[f - 1].cue & TC_MEMBER) || member_of_parliament(b, f - 1));
}

/*
 * Does the chunk, the one word "Parliament", "Congress" or "Senate", end before the "for"
 * at token e: "Member of Parliament for Bristol" names the house and the seat, "a bad
 * Parliament for the United Kingdom" the house and the country it sits for, not a body
 * "Parliament for Bristol" (John Bright's speeches)? After "Member of", any seat; else a
 * listed place.
 */
int
ck_house_for(const struct chunker *k, size_t e)
{
	static const char *const house[] = { "parliament", "congress", "senate" };
	const struct ex_block *b = k->b;
	const struct gz_entry *g = NULL;
	size_t p = e + 1;

	if (k->nu != 1 || k->u[0].b != k->u[0].a + 1 || !tis(b, e, "for") ||
	    !TIS_ANY(b, k->u[0].a, house))
		return 0;
	if (member_of_parliament(b, k->u[0].a))
		return 1;
	if (tis(b, p, "the") && p + 1 < b->n)
		p++;
	if (ck_multi_match(b, p, &g))	/* "the United Kingdom" */
		return g->place >= 0 && g->org < 0;
	return (b->t[p].cls & GZ_PLACE) && !(b->t[p].cls & GZ_DEMONYM);
}

/*
 * Is unit u the "Roman" of "Roman Catholic(s)", "Roman Catholicism": a faith named by its
 * see, not the people of Rome? Its "Roman" was a mention of the Roman Empire (11 of 20 in
 * John Bright's speeches on Ireland; in the State of the Union addresses, the Factbook and
 * FoRK too). The Romans of history ("the Roman legions") stay the Empire's.
 */
int
ck_faith_see(const struct ex_block *b, const struct unit *u)
{
	static const char *const faith[] = { "catholic", "catholics", "catholicism" };

	return u->b == u->a + 1 && u->b < b->n && tis(b, u->a, "roman") && ck_joined(b, u->a) &&
	       TIS_ANY(b, u->b, faith);
}

/*
 * Is token i a family name in capitals on a line of its own, alone or beside another
 * name ("HAMILTON", "HAMILTON OR MADISON" over the Federalist's papers): the signature or
 * the byline of a letter or an essay, its author, not the town of that name ("Hamilton"
 * was a place of 66 papers, row 4 of the PLACE top 50)? The line holds up to four words
 * in capitals and nothing else but "AND", "OR", "&" between them; one word in capitals
 * alone is otherwise a heading ("SUMMARY", "APPENDIX"), and a country's or a region's
 * name stays the place ("CANADA.").
 */
int
ck_signature_line(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	const char *s = b->text;
	size_t p, q, words = 0;

	if ((t->flags & (TK_ALLCAP | TK_POSS)) != TK_ALLCAP || !(t->cls & (GZ_SURNAME | GZ_FF)) ||
	    (t->cls & (GZ_COUNTRY | GZ_REGION)) || t->end - t->start < 3)
		return 0;
	for (p = t->start; p > 0 && s[p - 1] != '\n'; p--)
		;
	for (q = p; s[q] && s[q] != '\n'; q++) {
		if (s[q] >= 'A' && s[q] <= 'Z') {
			if (q == p || s[q - 1] == ' ')
				words++;
		} else if (!strchr(" \t\r&", s[q])) {
			return 0;
		}
	}
	return words <= 4;
}


/* Is token q's word, the last of a name, a case's there: before "decision", "case",
 * "ruling", "verdict", "court", "opinion", or the "Supreme Court" that decided it? */
static int
case_slot(const struct ex_block *b, size_t q)
{
	if (q + 1 >= b->n || !ck_joined(b, q))
		return 0;
	if ((b->t[q + 1].flags & TK_LOWER) && (b->t[q + 1].cue & TC_VERDICT))
		return 1;
	return q + 2 < b->n && (b->t[q + 1].cue & TC_SUPREME) && ck_joined(b, q + 1) &&
	       tis(b, q + 2, "court");
}

/*
 * Is the name of two or three words at token i a court case's: "the Dred Scott decision",
 * "a second Dred Scott decision", "the Dred Scott case"? A case is named after a party, and RULES.md annotates names
 * inside the names of events and decisions not at all: 22 mentions of Dred Scott in 5
 * speeches made a PERSON row, though the speeches named no one acting. Only where the
 * block writes the name's last word nowhere else (a person's own decision, "the Ananya
 * Patel decision" in an article naming Patel, stays his). Returns the name's words, or 0.
 */
static size_t
case_name(const struct ex_block *b, size_t i)
{
	static const char *const det[] = { "the", "a", "this", "that", "another", "second",
					   "next", "new", "whole", "same", "first", "famous" };
	size_t j, q, n;
	char c;

	/* (a determiner before: "the", "a second", "This", "the whole"; its first letter
	 * asked first, before every name of two words) */
	if (i < 1 || b->t[i - 1].flen > 7 || b->t[i - 1].flen == 0)
		return 0;
	c = b->fb[b->t[i - 1].fold];
	if ((c != 't' && c != 'a' && c != 's' && c != 'n' && c != 'w' && c != 'f') ||
	    !TIS_ANY(b, i - 1, det) || !ck_joined(b, i - 1))
		return 0;
	for (j = i;; j++) {
		if (j >= b->n || j >= i + 3 ||
		    (b->t[j].flags & (TK_CAP | TK_ALLCAP | TK_POSS)) != TK_CAP ||
		    (b->t[j].cls & (GZ_PLACE | GZ_ORG | GZ_ORG_HEAD | GZ_PLACE_HEAD |
				    GZ_EVENT_HEAD | GZ_TITLE | GZ_HONORIFIC | GZ_FUNC | GZ_MW)))
			return 0;
		if (case_slot(b, j))
			break;
		if (!ck_joined(b, j))
			return 0;
	}
	if ((n = j + 1 - i) < 2)
		return 0;
	for (q = 0; q < b->n; q++)
		if (q != j && b->t[q].hash == b->t[j].hash && b->t[q].flen == b->t[j].flen &&
		    !memcmp(b->fb + b->t[q].fold, b->fb + b->t[j].fold, b->t[j].flen) &&
		    !case_slot(b, q))
			return 0;
	return n;
}

/*
 * Do tokens from i name a nation's figure: "Uncle Sam", "John Bull", "Brother Jonathan",
 * "Johnny Bull", "Lady Liberty", "Mother Russia"? Returns its words, or 0. A
 * personification is no one: "Uncle Sam" was the "Sam" of a "Sam Young" (speeches: T.
 * Roosevelt's "keep Uncle Sam in such a position"), "John Bull" would be a John. (Not
 * "Jim Crow", whose laws RULES.md does not annotate either way.) Nor is the party a
 * court case is named after (case_name()).
 */
size_t
ck_figure_at(const struct ex_block *b, size_t i)
{
	static const char *const figure[][2] = {
		{ "uncle", "sam" }, { "john", "bull" }, { "johnny", "bull" },
		{ "brother", "jonathan" }, { "lady", "liberty" }, { "mother", "russia" },
	};
	const struct token *t = &b->t[i];
	size_t k;

	/* (a capitalised word after it: ck_figure() asked) */
	for (k = 0; (t->cue & TC_FIGURE) && t->gap == GAP_SPACE &&
		    k < sizeof figure / sizeof *figure; k++)
		if (tis(b, i, figure[k][0]) && tis(b, i + 1, figure[k][1]))
			return 2;
	return case_name(b, i);
}

/* The office abbreviations of honorifics.txt, with the title each stands for. */
static const char *const office_abbrev[][2] = {
	{ "sen", "senator" }, { "rep", "representative" }, { "sec", "secretary" },
	{ "gov", "governor" }, { "gen", "general" }, { "pres", "president" },
};

/* The title that honorific token i abbreviates ("senator" of "Sen."), or NULL. */
static const char *
office_abbreviated(const struct ex_block *b, size_t i)
{
	size_t k;

	for (k = 0; k < sizeof office_abbrev / sizeof *office_abbrev; k++)
		if (tis(b, i, office_abbrev[k][0]))
			return office_abbrev[k][1];
	return NULL;
}

/* Is honorific token i a legislator's, a secretary's or a governor's abbreviation ("Sen.",
 * "Rep.", "Sec.", "Gov."), not a courtesy ("Mr.", "Dr.", "Sir")? A name after it is an
 * office holder's, as after "Senator": "Sen. Harry Reid ... Senator Reid" was two holders
 * of the name, one of courtesy, where the corpus had another Reid in office. */
int
ck_office_honorific(const struct ex_block *b, size_t i)
{
	return office_abbreviated(b, i) != NULL;
}

/* One folded word w[0, n) into office hash h (ck_office_hash(), ex_office_hash()). */
static uint32_t
office_word(uint32_t h, const char *w, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		h = (h ^ (unsigned char)w[k]) * 16777619u;
	return (h ^ ' ') * 16777619u;
}

/* The 16 bits kept of office hash h, never 0. */
static uint32_t
office_bits(uint32_t h)
{
	h = (h ^ (h >> 16)) & 0xffffu;
	return h ? h : 1;
}

/* The office of the title of tokens [a, z), for NAME_OFFICE: a 16-bit hash of its folded
 * words, an abbreviation written out, never 0. */
uint32_t
ck_office_hash(const struct ex_block *b, size_t a, size_t z)
{
	uint32_t h = 2166136261u;
	const char *w;
	size_t i;

	for (i = a; i < z; i++) {
		w = z == a + 1 ? office_abbreviated(b, i) : NULL;
		h = w ? office_word(h, w, strlen(w)) : office_word(h, b->fb + b->t[i].fold,
								   b->t[i].flen);
	}
	return office_bits(h);
}

uint32_t
ex_office_hash(const char *words)
{
	uint32_t h = 2166136261u;
	size_t n;

	for (; *words; words += n + (words[n] == ' ')) {
		n = strcspn(words, " ");
		h = office_word(h, words, n);
	}
	return office_bits(h);
}

