/* chunk_lead.c -- where a name starts and ends: an unknown word first in a sentence, a weekday first in an organisation's name, a number word first in a name, an acronym after the name it spells, a qualifier in brackets before a legal form, the legal forms, a byline's names, particles after a title. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Is token t shaped like a headline's verb: "Goes", "Sues", "Targets", "Hired", "Buying"? */
static int
headline_verb(const struct ex_block *b, const struct token *t)
{
	const char *w = b->fb + t->fold;
	size_t n = t->flen;

	return (n > 2 && w[n - 1] == 's') || (n > 3 && memcmp(w + n - 2, "ed", 2) == 0) ||
	       (n > 4 && memcmp(w + n - 3, "ing", 3) == 0);
}

/* Is token i a headline's word (its first is no TK_HEADLINE: the words after it are) no
 * list or dictionary knows, before an organisation's head word within three capitalised
 * words? "Loma Linda University Health to Pay $7.5 Million" (a teaser on 55 pages of the
 * prosecutors' releases) was "Linda University". */
int
ck_head_ahead(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	size_t j;

	if (!(t->flags & TK_CAP) || (t->flags & TK_ALLCAP) || t->gz || i + 1 >= b->n ||
	    !((t->flags | b->t[i + 1].flags) & TK_HEADLINE) ||
	    gaz_is_common(b->fb + t->fold, t->flen) || (ex_evidence(b, t->hash) & EV_LOWER))
		return 0;
	for (j = i + 1; j < b->n && j <= i + 3 && b->t[j - 1].gap == GAP_SPACE &&
	     (b->t[j].flags & TK_CAP); j++)
		if ((b->t[j].cls & GZ_ORG_HEAD) &&
		    !(b->t[j].cls & (GZ_FUNC | GZ_STOP | GZ_HEAD_PREFIX)))
			return 1;	/* (not "Daily", "Weekly": a menu's "Latest Web Weekly") */
	return 0;
}

/* Is token i a headline's word, no name, right before the head word that ends the line's
 * name ("James S. Brady Press Briefing Room", the dateline of 111 press briefings, was a
 * body "James S. Brady Press": "Briefing" stopped the name)? */
int
ck_common_before_last_head(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *u;
	const struct gz_entry *g = NULL;

	if (i + 1 >= b->n || !(t->flags & TK_HEADLINE) || !(t->flags & TK_CAP) ||
	    (t->flags & TK_ALLCAP) || t->gap != GAP_SPACE ||
	    (t->cls & (GZ_FUNC | GZ_STOP | GZ_MONTH | GZ_WEEKDAY | GZ_NAME | GZ_PERSONISH)))
		return 0;
	/* (not a headline's verb: "White House Announces Conference", "Administration
	 * Awards Rhode Island ...") */
	if (t->flen > 2 && b->fb[t->fold + t->flen - 1] == 's')
		return 0;
	if (ck_multi_match(b, i, &g) > 1)
		return 0;	/* (a listed name of its own: "... Awards Rhode Island $156M") */
	u = &b->t[i + 1];
	return (u->flags & TK_CAP) && !(u->flags & TK_ALLCAP) &&
	       (u->cls & (GZ_PLACE_HEAD | GZ_ORG_HEAD)) && !(u->cls & (GZ_FUNC | GZ_STOP)) &&
	       (u->gap >= GAP_PUNCT || i + 2 >= b->n);
}

/* An unknown sentence-initial word before an unknown capitalised one or a head word? */
int
ck_lookahead_start(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *u;
	size_t j;

	if (!(t->flags & TK_CAP) || !(t->flags & TK_UNTRUSTED) || (t->flags & TK_ALLCAP) ||
	    t->gap != GAP_SPACE || i + 1 >= b->n || t->flen == 0)
		return 0;
	if (ck_spelled_start(b, i))
		return 1;	/* "National Democratic Party or NDP" */
	u = &b->t[i + 1];
	/* a given name's shape: an unknown word, an initial and a capitalised word ("Dr.
	 * Alona E. Evans, Professor of Political Science" of a list of members, a line in
	 * Title Case, was "E. Evans") */
	if ((!t->gz || (t->cls & (GZ_PERSONISH | NOT_NAMEY)) == (t->cls & GZ_PERSONISH)) &&
	    u->flen == 1 && (u->flags & TK_CAP) && u->gap == GAP_DOT &&
	    i + 2 < b->n && (b->t[i + 2].flags & TK_CAP) && b->t[i + 2].flen > 1 &&
	    !(b->t[i + 2].cls & (GZ_FUNC | GZ_STOP | GZ_ORG_HEAD | GZ_PLACE_HEAD)) &&
	    !gaz_is_common(b->fb + t->fold, t->flen))
		return 1;
	/* "Real Madrid beat...", "Inter Milan and...": a club's word before its city's name
	 * (ck_club()) */
	if ((u->flags & TK_CAP) && ck_club_place(u->cls) &&
	    gaz_club_word(b->fb + t->fold, t->flen) == 1)
		return 1;
	if ((t->cls & (GZ_FUNC | GZ_STOP | GZ_MONTH | GZ_WEEKDAY)) || ck_wordy_suffix(b, i) ||
	    (ex_evidence(b, t->hash) & EV_LOWER))
		return 0;
	/* "Stroudley said the plan was fine": a word no list or dictionary knows opening a
	 * sentence before a reporting verb is a name to ask the corpus about (single()
	 * leaves it to resolution: a person only where the corpus knows one) */
	if ((b->t[i + 1].cls & GZ_SPEECH) && (b->t[i + 1].flags & TK_LOWER) && !t->gz &&
	    !gaz_is_common(b->fb + t->fold, t->flen))
		return 1;
	/* a headline's or a menu's line: an unknown word before a listed company's one word
	 * that ends it is that name's first ("Latest Penguin Shell", a newsletter of the hard
	 * ham, was the oil company); ck_company_last() keeps the two together */
	if ((t->flags & TK_HEADLINE) && !headline_verb(b, t) && !(u->flags & TK_ALLCAP) && u->gz &&
	    (u->cls & GZ_ORG) &&
	    u->gz->org >= 0 && !(u->cls & GZ_PLACE) &&
	    (i + 2 >= b->n || t->gap != GAP_SPACE || u->gap != GAP_SPACE ||
	     !(b->t[i + 2].flags & (TK_CAP | TK_ALLCAP))))
		return 1;
	if (ck_head_ahead(b, i))
		return 1;
	if ((u->flags & (TK_UNTRUSTED | TK_ALLCAP)) || !ck_nameish(b, i + 1))
		return 0;
	/* a company's name that an abbreviated legal form ends: "Viacom International Inc
	 * said" (was "International Inc", whatever word "International" is), or one after a
	 * comma ("Endeavors Technology, Inc." was "Technology"); not a word of the language
	 * ("Plans Pacific Energy Corporation") unless the text writes it capitalised
	 * mid-sentence too, or the name is one common word without it ("Technology, Inc.") */
	if (!gaz_is_common(b->fb + t->fold, t->flen) || (ex_evidence(b, t->hash) & EV_CAP) ||
	    (gaz_is_common(b->fb + u->fold, u->flen) && u->gap == GAP_COMMA &&
	     i + 2 < b->n && ck_legal_form_at(b, i + 2)))
		for (j = i + 2; j < b->n && j <= i + 5 && ck_nameish(b, j); j++) {
			if (b->t[j - 1].gap == GAP_COMMA && ck_legal_form_at(b, j))
				return 1;
			if (b->t[j - 1].gap != GAP_SPACE)
				break;
			if (ck_legal_end(b, j) && b->t[j].flen <= 4 &&
			    !(b->t[j].flen == 2 && memcmp(b->fb + b->t[j].fold, "co", 2) == 0))
				return 1;
		}
	/* an organisation's head after it: "Symbian Software Ltd", "Royal Institute of..." */
	if ((u->cls & GZ_ORG_HEAD) && !(u->cls & (GZ_NAME | GZ_FUNC | GZ_STOP)))
		return 1;
	if (ck_people_in_org(b, i + 1))
		return 1;	/* "Multiethnic Indigenous Party" */
	return !(u->cls & (GZ_NAME | NOT_NAMEY));
}

/* Does the weekday at token i - 1 start the name of an organisation gathered from i to z
 * ("the Sunday School Association", "a Friday Club"), not tell the day ("on Sunday
 * School Board members met", "Sunday Labour Party members met")? Only after an article
 * or a possessive word, and when the name ends in an organisation's head. */
int
ck_weekday_lead(const struct ex_block *b, size_t i, size_t z)
{
	static const char *const det[] = {
		"the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
	};
	const struct token *t;
	size_t k;

	if (i < 2 || z <= i)
		return 0;
	t = &b->t[i - 1];
	if (!(t->cls & GZ_WEEKDAY) || (t->flags & (TK_ALLCAP | TK_CAP)) != TK_CAP ||
	    t->gap != GAP_SPACE || b->t[i - 2].gap != GAP_SPACE ||
	    !(b->t[z - 1].cls & GZ_ORG_HEAD) || (b->t[z - 1].cls & (GZ_NAME | GZ_FUNC)))
		return 0;
	for (k = 0; k < sizeof det / sizeof *det; k++)
		if (tis(b, i - 2, det[k]))
			return 1;
	return 0;
}

/* After the name ending at token z - 1, a qualifier in brackets and a legal form
 * ("Industrial Equity (Pacific) Ltd", "Foo (UK) Limited", "Bar (Pty) Ltd"): the token
 * after the legal form (after "Pte Ltd", both), else 0. The qualifier: one to three
 * capitalised words, 24 bytes at most. */
size_t
ck_paren_legal(const struct ex_block *b, size_t z)
{
	const char *p = b->text + b->t[z - 1].end, *q;
	size_t j;

	if (z >= b->n || p[0] != ' ' || p[1] != '(' || p[2] < 'A' || p[2] > 'Z')
		return 0;
	for (q = p + 2; q < p + 26 && *q && *q != ')'; q++)
		if (!((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z') || *q == ' ' ||
		      *q == '.' || *q == '&'))
			return 0;
	if (*q != ')' || q[1] != ' ')
		return 0;
	q += 2;
	/* the legal form is the first token from there */
	for (j = z; j < b->n && b->text + b->t[j].start < q; j++)
		;
	if (j >= b->n || b->text + b->t[j].start != q || !(b->t[j].flags & TK_CAP) ||
	    !(ex_legal_form(b->fb + b->t[j].fold, b->t[j].flen) ||
	      (b->t[j].flen == 3 && (memcmp(b->fb + b->t[j].fold, "pty", 3) == 0 ||
				     memcmp(b->fb + b->t[j].fold, "pte", 3) == 0))))
		return 0;
	if (j + 1 < b->n && b->t[j].gap == GAP_SPACE && (b->t[j + 1].flags & TK_CAP) &&
	    ex_legal_form(b->fb + b->t[j + 1].fold, b->t[j + 1].flen) == 1)
		j++;	/* "(Singapore) Pte Ltd" */
	return j + 1;
}

/* Is token i a number word capitalised mid-sentence that starts a name ("at the Four
 * Seasons Biltmore", "Five Guys", "Nine Network")? No person's name starts so: the name
 * is an organisation's (one with a place's head is a place: "Three Mile Island"). */
int
ck_number_lead(const struct ex_block *b, size_t i)
{
	/* (not "One": "One Hundredth Anniversary", "One Wedding Brings"; nor "Thousand") */
	static const char *const w[] = { "two", "three", "four", "five", "six", "seven",
					  "eight", "nine", "ten", "eleven", "twelve" };
	const struct token *t = &b->t[i];

	return (t->flags & (TK_CAP | TK_ALLCAP | TK_UNTRUSTED)) == TK_CAP &&
	       t->gap == GAP_SPACE && i + 1 < b->n && (b->t[i + 1].flags & TK_CAP) &&
	       TIS_ANY(b, i, w);
}

/* Is token e, in capitals, the acronym of the capitalised words from token a to e - 1
 * written right before it ("Saudi Press Agency SPA", "European Central Bank ECB"; the
 * small words of a name skipped: "Bank of Japan BOJ")? Not on a line in capitals. */
int
ck_initials_after(const struct ex_block *b, size_t a, size_t e)
{
	const struct token *t = &b->t[e];
	const char *s = b->text + t->start;
	size_t n = t->end - t->start, k = 0, j;

	if (e >= b->n || e < a + 2 || n < 2 || n > 8 || !(t->flags & TK_ALLCAP) ||
	    (t->flags & TK_CAPSLINE) || e - a > 12)
		return 0;
	for (j = a; j < e; j++) {
		const char *w = b->text + b->t[j].start;

		if (!(b->t[j].flags & TK_CAP))
			continue;	/* "of", "the", "and" */
		if (k >= n || *w != s[k] || (b->t[j].flags & TK_ALLCAP))
			return 0;
		k++;
	}
	return k == n;
}

/* A company's legal form, folded: its length, and 1 if it ends a name after a comma too
 * ("Red Hat, Inc."), 2 if it ends one without a comma only ("Holdings AG"). */
struct legal_form {
	const char *w;
	unsigned char len, kind;
};
#define LEGAL(w, kind) { w, sizeof w - 1, kind }
/* The lengths and first letters of the forms of ex_legal_form(), as bits. */
#define LETTER(c) (1u << ((c) - 'a'))
#define LEGAL_LENGTHS (1u << 2 | 1u << 3 | 1u << 4 | 1u << 7 | 1u << 11 | 1u << 12)
#define LEGAL_FIRST (LETTER('a') | LETTER('b') | LETTER('c') | LETTER('g') | LETTER('i') | \
		     LETTER('l') | LETTER('n') | LETTER('o') | LETTER('p') | LETTER('s'))

int
ex_legal_form(const char *w, size_t n)
{
	static const struct legal_form form[] = {
		LEGAL("inc", 1), LEGAL("incorporated", 1), LEGAL("ltd", 1), LEGAL("limited", 1),
		LEGAL("llc", 1), LEGAL("gmbh", 1), LEGAL("corp", 1), LEGAL("plc", 1),
		LEGAL("ag", 2), LEGAL("co", 2), LEGAL("corporation", 2), LEGAL("sa", 2),
		LEGAL("ab", 2), LEGAL("nv", 2), LEGAL("bv", 2), LEGAL("oyj", 2), LEGAL("asa", 2),
		LEGAL("spa", 2), LEGAL("lp", 2), LEGAL("llp", 2)
	};
	char bare[16];
	size_t i, k, o = 0;

	if (n < 2 || n >= sizeof bare)
		return 0;	/* (no form is shorter or longer, with points or not) */
	/* written with points, as the same letters: "N.V.", "S.A.", "S.p.A." */
	if (n >= 3 && memchr(w, '.', n)) {
		for (i = 0; i < n; i++)
			if (w[i] != '.')
				bare[o++] = w[i];
		if (o >= 2 && o < n)
			return ex_legal_form(bare, o);
	}
	/* Most words have neither the length nor the first letter of a form (every form
	 * compared, with a strlen() first, was 8% of extraction). */
	if (!((1u << n) & LEGAL_LENGTHS) || w[0] < 'a' || w[0] > 'z' ||
	    !(LETTER(w[0]) & LEGAL_FIRST))
		return 0;
	for (k = 0; k < sizeof form / sizeof form[0]; k++)
		if (form[k].len == n && form[k].w[0] == w[0] && memcmp(form[k].w, w, n) == 0)
			return form[k].kind;
	return 0;
}

/* Is token i a legal form that may end a company's name without a comma ("Code GmbH",
 * "Holdings AG", "3M Co")? */
int
ck_legal_end(const struct ex_block *b, size_t i)
{
	static const char *const caps[] = { "ag", "sa", "ab", "nv", "bv", "asa" };
	int form = ex_legal_form(tfold(b, i), b->t[i].flen);

	/* (ck_legal_form_at() without a second look at the word) */
	if (form == 1)
		return (b->t[i].flags & TK_CAP) && b->t[i].flen <= 12;
	if (form != 2)
		return 0;
	/* those written in capitals only when so written: "Åsa" and "Ab" are names */
	return (b->t[i].flags & TK_ALLCAP) || !TIS_ANY(b, i, caps);
}

/* Is token a the first word of a byline's name, the first after "By" (ck_byline()) or
 * the second after the "and" of a line that starts with "By" ("By Lisa Mascaro and Mary
 * Clare Jalonick")? */
int
ck_byline_name(const struct ex_block *b, size_t a)
{
	size_t i;

	if (ck_byline(b, a))
		return 1;
	if (a < 2 || !tis(b, a - 1, "and") || !(b->t[a - 1].flags & TK_LOWER) ||
	    b->t[a - 1].gap != GAP_SPACE)
		return 0;
	for (i = a - 1; i > 0 && i + 8 > a && b->t[i - 1].gap != GAP_LINE; i--)
		;
	return (i == 0 || b->t[i - 1].gap == GAP_LINE) && tis(b, i, "by") &&
	       (b->t[i].flags & TK_CAP);
}

/* Are tokens [a, z) capitalised words only, ending their line or before a separator,
 * "and" or "in" (a byline's: "By Ece Toksabay | Reuters", "By Ece Toksabay and Tuvan
 * Gumrukcu", "By Ece Toksabay in Ankara")? */
int
ck_byline_alone(const struct ex_block *b, size_t a, size_t z)
{
	size_t i;

	for (i = a; i < z; i++)
		if ((b->t[i].flags & (TK_CAP | TK_DIGIT)) != TK_CAP ||
		    (b->t[i].cls & (GZ_CONNECTOR | GZ_FUNC | GZ_MONTH | GZ_WEEKDAY)) ||
		    (i + 1 < z && b->t[i].gap != GAP_SPACE))
			return 0;
	return z == b->n || b->t[z - 1].gap != GAP_SPACE || tis(b, z, "and") || tis(b, z, "in");
}

/* Is token i a partnership's legal form, points or none: LLP, LP, LLC, PLLC, PC? */
static int
partnership_form(const struct ex_block *b, size_t i)
{
	static const char *const form[] = { "llp", "lp", "llc", "pllc", "pc" };
	const char *f = tfold(b, i);
	char bare[8];
	size_t n = 0, j, k;

	if (!(b->t[i].flags & TK_CAP) || b->t[i].flen > 10)
		return 0;
	for (j = 0; j < b->t[i].flen && n < sizeof bare; j++)
		if (f[j] != '.')
			bare[n++] = f[j];
	for (k = 0; k < sizeof form / sizeof *form; k++)
		if (strlen(form[k]) == n && memcmp(form[k], bare, n) == 0)
			return 1;
	return 0;
}

/* (chunk_int.h) A firm of partners is named by their family names, joined by "and", its
 * form after the last: "Cahill Gordon and Reindel LLP" was a person "Cahill Gordon" (a
 * given name in it) and "Reindel LLP". The words before "and": one to three capitalised
 * ones of no class but a family name's or a given name's that is one too (not "John
 * Smith and Jones LLP"); after it, one such word and the form. */
int
ck_and_partners(const struct chunker *k, size_t e)
{
	const struct ex_block *b = k->b;
	int u;

	if (e + 2 >= b->n || k->nu < 1 || k->nu > 3 || b->t[e].gap != GAP_SPACE ||
	    b->t[e + 1].gap != GAP_SPACE || !partnership_form(b, e + 2) ||
	    (b->t[e + 1].flags & (TK_CAP | TK_ALLCAP)) != TK_CAP ||
	    (b->t[e + 1].cls & ~(GZ_SURNAME | GZ_FIRST)))
		return 0;
	for (u = 0; u < k->nu; u++) {
		const struct token *t = &b->t[k->u[u].a];

		if (k->u[u].b != k->u[u].a + 1 || (t->flags & (TK_CAP | TK_ALLCAP)) != TK_CAP ||
		    (k->u[u].cls & ~(GZ_SURNAME | GZ_FIRST)) ||
		    (u == 0 && (k->u[u].cls & (GZ_FIRST | GZ_SURNAME)) == GZ_FIRST))
			return 0;
	}
	return 1;
}

/* Are units te.. one or two particles and a name's word ("General de Gaulle", "President
 * von der Leyen", "Mr. van Gogh")? The name after a title starts at them: it was "Gaulle",
 * "Leyen", or no one ("President de Klerk"). */
int
ck_particles_then_name(const struct chunker *k, int te)
{
	int i;

	for (i = te; i < k->nu && i < te + 2 && (k->u[i].cls & GZ_PARTICLE) &&
	     k->u[i].b == k->u[i].a + 1 && (k->b->t[k->u[i].a].flags & TK_LOWER); i++)
		;
	return i > te && i < k->nu && !(k->u[i].cls & (GZ_CONNECTOR | GZ_NAME)) &&
	       (k->b->t[k->u[i].a].flags & TK_CAP);
}
