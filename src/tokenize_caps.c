/* tokenize_caps.c -- line shapes: a signature in capitals ending a prose line, a book's labelled heading, a reference line, prose wrapped onto a line, a name broken at a line's end, a byline in capitals; "Will" as a given name. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"

/* Words of a signature: a given name, initials, a family name ("RUTHERFORD B. HAYES"). */
#define TAIL_MIN 2
#define TAIL_MAX 4

/*
 * A letter or a message ends with its signer's name, and a transcript often runs it on
 * after the last sentence: "...our common country.  JAMES K. POLK". The run is read like
 * a line in capitals of its own (TK_CAPSLINE: untrusted, a name only where a known given
 * name starts it), not as acronyms of the prose line.
 */
void
ex_caps_tail(struct ex_block *b, size_t first)
{
	size_t i, j, lim;

	if (b->n < first + TAIL_MIN + 1 || (b->t[first].flags & (TK_CAPSLINE | TK_REFLINE)))
		return;
	/* The last sentence's end, looked for no further back than a tail may start */
	lim = b->n > first + TAIL_MAX + 1 ? b->n - TAIL_MAX - 1 : first;
	for (j = b->n; j > lim && b->t[j - 1].gap != GAP_SENT; j--)
		;
	if (j <= lim || b->n - j < TAIL_MIN)
		return;
	for (i = j; i < b->n; i++) {
		const struct token *t = &b->t[i];

		if ((t->flags & TK_DIGIT) ||
		    !((t->flags & TK_ALLCAP) || ((t->flags & TK_CAP) && t->end - t->start == 1)))
			return;
	}
	for (i = j; i < b->n; i++)
		b->t[i].flags |= TK_CAPSLINE | TK_UNTRUSTED;
}

/* Is token t a chapter's number: digits, or a Roman numeral in capitals ("XLII")? */
static int
heading_number(const struct ex_block *b, const struct token *t)
{
	size_t k;

	if (t->flags & TK_DIGIT)
		return t->end - t->start <= 4;
	if (!(t->flags & (TK_ALLCAP | TK_CAP)) || t->end - t->start > 7 || !t->flen)
		return 0;
	for (k = 0; k < t->flen; k++)
		if (!memchr("ivxlcdm", b->fb[t->fold + k], 7))
			return 0;
	return (t->flags & TK_ALLCAP) || t->flen == 1;
}

/*
 * A book's heading names its part with a label and a number, then gives its title:
 * "CHAPTER 61. Stubb Kills a Whale.", "Chapter 3: The Spouter-Inn", "BOOK II. The
 * Return". The title is a headline, in Title Case, however many stops it has ("First Night
 * Watch. Fore-Top."); read as prose, its words were capitalised mid-sentence, and made a
 * person "Stubb Kills" and organisations "Night Watch", "Erroneous Pictures of Whales" of
 * Moby-Dick's chapter titles. Returns the title's first token, or first if the line of
 * tokens [first, n) is no such heading ("Chapter 3 of the report says": prose).
 */
size_t
ex_heading_title(const struct ex_block *b, size_t first)
{
	static const char *const label[] = { "chapter", "book", "part", "section", "canto",
					     "volume", "act", "scene", "stave" };
	const struct token *t = &b->t[first];
	size_t k;

	if (b->n < first + 3 || !(t->flags & TK_CAP) || t->gap != GAP_SPACE ||
	    !heading_number(b, &b->t[first + 1]) || b->t[first + 1].gap == GAP_SPACE ||
	    b->t[first + 1].gap == GAP_POSS || !(b->t[first + 2].flags & TK_CAP))
		return first;
	for (k = 0; k < sizeof label / sizeof label[0]; k++)
		if (t->flen == strlen(label[k]) && memcmp(b->fb + t->fold, label[k], t->flen) == 0)
			return first + 2;
	return first;
}

/*
 * Do token a, the last of a line, and token z, the first of the next, make a name of the
 * lists ("United\nStates", "Santa\nBarbara")? A wire story's first line is often short
 * (its dateline was cut away) and in title case, "McLean Industries Inc's United\nStates
 * Lines Inc subsidiary said": taken for a headline, it cut the name at its end ("States
 * Lines Inc", a person "Barbara" of "Financial Corp of Santa\nBarbara"). A name that runs
 * on to the next line says that the line was prose.
 */
/* The gazetteer classes of token i's word (0: none). */
static uint32_t
word_classes(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	const struct gz_entry *g = t->flen ? gaz_find(b->fb + t->fold, t->flen) : NULL;

	return g ? gaz_classes(g, 0) : 0;
}

/* (extract.h) */
int
ex_func_word(const struct ex_block *b, size_t i)
{
	return (b->t[i].flags & TK_LOWER) && (word_classes(b, i) & (GZ_FUNC | GZ_CONNECTOR));
}

/* (extract.h) */
int
ex_speech_word(const struct ex_block *b, size_t i)
{
	return (b->t[i].flags & TK_LOWER) && (word_classes(b, i) & GZ_SPEECH);
}

/*
 * Does a name run on from token a, the last of a line, to token z, the first of the next,
 * whose sentence goes on in lower case after it: a given name and the family name
 * ("chairman John\nPhelan said", "Finance Minister Chung\nIn-yong will visit"), a given
 * name's particle ("Richard von\nWeizsaecker said"), or a body's or firm's head, a title,
 * or a word and its legal form on the next line ("Industrial Development\nBank of India",
 * "Merrell Dow\nPharmaceuticals Inc unit")? A wire story's first line, short once its
 * dateline was cut, broke a name so in 43 of 400 stories.
 */
static int
name_runs_on(const struct ex_block *b, size_t a, size_t z)
{
	const struct token *t = &b->t[a], *u = &b->t[z];
	const uint32_t not = GZ_FUNC | GZ_STOP | GZ_MONTH | GZ_WEEKDAY;
	uint32_t tc, uc;
	size_t j;

	if (!(u->flags & TK_CAP) || (u->flags & (TK_ALLCAP | TK_DIGIT | TK_LONG | TK_GLUED)) ||
	    ((uc = word_classes(b, z)) & not))
		return 0;
	for (j = z + 1; j < b->n && j <= z + 4 && !(b->t[j].flags & TK_LOWER); j++)
		;
	if (j >= b->n || j > z + 4 || (b->t[j].flags & TK_DIGIT))
		return 0;	/* no prose after it on its line */
	tc = word_classes(b, a);
	if ((t->flags & TK_LOWER) && (tc & GZ_PARTICLE))	/* "Richard von" */
		return a > 0 && (b->t[a - 1].flags & TK_CAP) && !(b->t[a - 1].flags & TK_ALLCAP) &&
		       b->t[a - 1].gap == GAP_SPACE && (word_classes(b, a - 1) & GZ_FIRST);
	if (!(t->flags & TK_CAP) || (t->flags & (TK_ALLCAP | TK_DIGIT)) || (tc & not))
		return 0;
	/* (a name whole on its line, a heading over a paragraph that names him again:
	 * "Marshall T. Rose\nMarshall T. Rose runs his own firm") */
	if (a > 0 && b->t[a - 1].gap == GAP_DOT && b->t[a - 1].end - b->t[a - 1].start == 1)
		return 0;
	if ((tc & (GZ_FIRST | GZ_FF)) && !(uc & (GZ_PLACE | GZ_ORG | GZ_TITLE | GZ_FIRST)))
		return 1;	/* "John\nPhelan", "Chung\nIn-yong" */
	/* (a title after a body's head, "Committee\nChairman Patrick Leahy"; not a
	 * signature's "Katina Bishop\nDirector of Education") */
	return (uc & GZ_ORG_HEAD) || ((uc & GZ_TITLE) && (tc & GZ_ORG_HEAD)) ||
	       (z + 1 < b->n && u->gap == GAP_SPACE && (b->t[z + 1].flags & TK_CAP) &&
		ex_legal_form(b->fb + b->t[z + 1].fold, b->t[z + 1].flen));
}

int
ex_name_across(const struct ex_block *b, size_t a, size_t z)
{
	const struct token *t = &b->t[a], *u = &b->t[z];
	const struct gz_entry *g;
	char buf[2 * 64 + 2];
	size_t n;

	if (name_runs_on(b, a, z))
		return 1;

	if (!(t->flags & TK_CAP) || !(u->flags & TK_CAP) || ((t->flags | u->flags) & TK_ALLCAP) ||
	    (t->flags & TK_POSS) || !t->flen || !u->flen || (size_t)t->flen + u->flen + 1 > sizeof buf)
		return 0;
	memcpy(buf, b->fb + t->fold, t->flen);
	buf[t->flen] = ' ';
	memcpy(buf + t->flen + 1, b->fb + u->fold, u->flen);
	n = t->flen + 1 + u->flen;
	g = gaz_lookup(buf, n, gaz_hash(buf, n));
	return g && (g->word & GZ_NAME);
}

/*
 * A wire story's byline writes the name in capitals after "By": "By JOHN MARKOFF", "By H.
 * JOSEF HEBERT, Associated Press Writer", "By LYNNLEY BROWNING", "By MARGARET STROUD and
 * DAVID OKAFOR Associated Press". On a line not all in capitals its words were unknown
 * acronyms, and the line a Title-Case headline: no one was found. The line from token
 * first is such a byline when "By" starts it and one or more names follow, each two to
 * four words in capitals or initials, joined by "and", up to the line's end, a comma or a
 * word not in capitals (the outlet's): the names' words are marked as a line in capitals
 * (TK_CAPSLINE: a name's words, not acronyms, which the chunker reads as a name after
 * "By", ck_caps_run(), and does not join to the words after them). Returns whether it is
 * one (then no headline).
 */
int
ex_byline_caps(struct ex_block *b, size_t first)
{
	size_t i, last = b->n - 1, caps = 0, words = 0, end = 0;
	const struct gz_entry *g;

	if (first + 2 > last || b->t[first].flen != 2 ||
	    memcmp(b->fb + b->t[first].fold, "by", 2) != 0 ||
	    (b->t[first].flags & (TK_CAP | TK_ALLCAP)) != TK_CAP || b->t[first].gap != GAP_SPACE)
		return 0;
	for (i = first + 1; i <= last && words <= 4; i++) {
		const struct token *t = &b->t[i];

		if (t->flags & (TK_DIGIT | TK_DOTTED))
			return 0;
		if ((t->flags & TK_CAP) && t->end - t->start == 1 && t->gap == GAP_DOT && i < last) {
			words++;
			continue;	/* an initial */
		}
		/* "and" between two names, each of two words or more */
		if (words >= 2 && t->flen == 3 && memcmp(b->fb + t->fold, "and", 3) == 0 &&
		    (t->flags & TK_LOWER) && t->gap == GAP_SPACE && i < last &&
		    (b->t[i + 1].flags & TK_ALLCAP)) {
			words = 0;
			continue;
		}
		if (!(t->flags & TK_ALLCAP)) {
			if (words < 2 || caps < 2)
				return 0;
			break;	/* the outlet's name after the last ("... OKAFOR Associated Press") */
		}
		/* (an agency's acronym, "By AFP STAFF", keeps its meaning) */
		if ((g = gaz_lookup(b->fb + t->fold, t->flen, t->hash)) && (g->acr & GZ_NAME))
			return 0;
		caps++;
		words++;
		end = i;
		if (i == last || t->gap == GAP_COMMA)
			break;
		if (t->gap != GAP_SPACE)
			return 0;
	}
	if (words > 4 || words == 0 || caps < 1 || !end)
		return 0;
	for (i = end; i > first; i--)
		if (!(b->t[i].flags & TK_LOWER))
			b->t[i].flags |= TK_CAPSLINE;
	return 1;
}

/* Is the line of tokens [f, n) a reference or chapter heading: an optional book number,
 * one to four capitalised words (or "of"), then numbers only ("1 Samuel 17", "Song of
 * Solomon 2:1", "Genesis 12")? Such a line names a book or a chapter, not a person. */
int
ex_reference_line(const struct ex_block *b, size_t f, size_t n)
{
	size_t i = f, words = 0;

	if (i < n && (b->t[i].flags & TK_DIGIT) && b->t[i].end - b->t[i].start == 1)
		i++;
	for (; i < n && !(b->t[i].flags & TK_DIGIT); i++, words++) {
		const struct token *t = &b->t[i];

		if (!(t->flags & TK_CAP) && !(t->flen == 2 && memcmp(b->fb + t->fold, "of", 2) == 0))
			return 0;
		if (t->gap != GAP_SPACE && t->gap != GAP_LINE)
			return 0;
	}
	if (words == 0 || words > 4 || i == n || b->t[i].end - b->t[i].start > 3)
		return 0;
	for (; i < n; i++)
		if (!(b->t[i].flags & TK_DIGIT))
			return 0;
	return 1;
}

/* Is the line starting at token f prose, whatever its capitals: a copyright line (a year
 * or "Copyright" first: "2002 Red Hat Inc"), or the rest of a sentence wrapped from the
 * line before, which ended in a word of running text (no headline's) with no stop
 * ("...published by the\nFree Software Foundation", "...by the Free\nSoftware
 * Foundation, and by Red\nHat, Inc."), or a weblog's byline? Then it is no headline. */
int
ex_prose_line(const struct ex_block *b, size_t f)
{
	const struct token *t = &b->t[f], *p = f > 0 ? &b->t[f - 1] : NULL;
	const char *s = b->text + t->start, *q;

	if (((t->flags & TK_DIGIT) && t->end - t->start >= 4 && s[0] >= '1' && s[0] <= '2' &&
	     s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9' && s[3] >= '0' &&
	     s[3] <= '9' && (t->end - t->start == 4 || s[4] == '-' || s[4] == ',')) ||
	    (t->flen == 9 && memcmp(b->fb + t->fold, "copyright", 9) == 0))
		return 1;
	/* a weblog's byline: "Posted by Mikko at 14:04", "Written by Katrin on Monday" */
	if ((t->flags & TK_CAP) && t->gap == GAP_SPACE && f + 1 < b->n &&
	    ((t->flen == 6 && memcmp(b->fb + t->fold, "posted", 6) == 0) ||
	     (t->flen == 7 && memcmp(b->fb + t->fold, "written", 7) == 0)) &&
	    (b->t[f + 1].flags & TK_LOWER) && b->t[f + 1].flen == 2 &&
	    memcmp(b->fb + b->t[f + 1].fold, "by", 2) == 0)
		return 1;
	if (!p || !(p->flags & (TK_LOWER | TK_CAP)) ||
	    (p->flags & (TK_UNTRUSTED | TK_DIGIT | TK_CAPSLINE)))
		return 0;
	for (q = b->text + p->end; q < s && *q != '\n'; q++)
		if (*q != ' ' && *q != ',' && *q != '\r')
			return 0;
	for (q++; q < s; q++)
		if (*q != ' ' && *q != '\t')
			return 0;
	return 1;
}

/* Is the line of tokens f..e-1 a name and its acronym after "or", an item of a reference
 * work's list ("New Patriotic Party or NPP", "Alliance of Progressives or AP")? Then it
 * is no headline: its name is a name however few words the lists know in it. */
int
ex_acronym_line(const struct ex_block *b, size_t f, size_t e)
{
	const struct token *a, *o;

	if (e < f + 3)
		return 0;
	a = &b->t[e - 1];
	o = &b->t[e - 2];
	return (a->flags & TK_ALLCAP) && a->end - a->start >= 2 && a->end - a->start <= 8 &&
	       (o->flags & TK_LOWER) && o->gap == GAP_SPACE && o->flen == 2 &&
	       memcmp(b->fb + o->fold, "or", 2) == 0 && (b->t[e - 3].flags & TK_CAP) &&
	       b->t[e - 3].gap == GAP_SPACE;
}

/* Does the line of tokens f..e-1 end in a word that only running text ends a line with:
 * an article, a preposition, a pronoun, "said", a possessive ("<Exco International Plc>,
 * a subsidiary of\nBritish...", "Exco Holdings Plc said it\nagreed")? A headline ends in a name or a
 * noun. (Not asked of a text's first line, its title, whatever it ends with.) */
int
ex_runs_on(const struct ex_block *b, size_t f, size_t e)
{
	static const char *const w[] = { "a", "an", "and", "at", "by", "for", "from", "in",
					  "into", "it", "its", "of", "on", "or", "said", "that",
					  "the", "to", "with" };
	const struct token *t;
	size_t k;

	/* a possessive: its noun is on the next line ("Esselte Business Systems Inc's\n
	 * Esselte Meto division said") */
	if (e > f && (b->t[e - 1].flags & TK_POSS))
		return 1;
	if (e <= f || !((t = &b->t[e - 1])->flags & TK_LOWER))
		return 0;
	for (k = 0; k < sizeof w / sizeof *w; k++)
		if (t->flen == strlen(w[k]) && memcmp(b->fb + t->fold, w[k], t->flen) == 0)
			return 1;
	return 0;
}

/*
 * Is the line of tokens [f, e) an entry of a list of people, no headline: a person's
 * name and a comma, then the post or the place ("Dr. Alona E. Evans, Professor of
 * Political Science, Wellesley College", "Hardy C. Dillard, Professor of Law, University
 * of Virginia" of a committee's minutes, whose names and bodies went untrusted as a
 * headline's)? The name: two to four capitalised words, with an initial in it, or after
 * an honorific ("Mr. Edgar Turlington, American Society of International Law"), or
 * followed by a post and another comma or a bracket at the line's end ("Hardy Cross
 * Dillard, Dean of the School of Law, University of Virginia (American Society of
 * International Law)": a post is a title's or a person's word, or one before "of").
 */
int
ex_person_entry(const struct ex_block *b, size_t f, size_t e)
{
	size_t i = f, words = 0, j;
	int initial = 0, honor = 0;

	if (i < e && b->t[i].gap == GAP_DOT && (word_classes(b, i) & GZ_HONORIFIC)) {
		honor = 1;	/* ("Dr.": its class is not yet the token's) */
		i++;
	}
	for (; i < e && words < 4; i++) {
		const struct token *t = &b->t[i];

		if (!(t->flags & TK_CAP) || ((t->flags & (TK_ALLCAP | TK_DIGIT)) && t->flen > 1))
			return 0;
		words++;
		if (t->flen == 1 && t->gap == GAP_DOT)
			initial = 1;
		else if (t->gap == GAP_COMMA)
			break;
		else if (t->gap != GAP_SPACE)
			return 0;
	}
	if (i >= e || words < 2 || b->t[i].gap != GAP_COMMA || i + 1 >= e)
		return 0;
	if (initial || honor)
		return 1;
	j = i + 1;	/* the post */
	if (!(b->t[j].flags & TK_CAP) ||
	    !((word_classes(b, j) & (GZ_TITLE | GZ_TITLE_MOD | GZ_PERSON_NOUN | GZ_HONORIFIC)) ||
	      (j + 1 < e && b->t[j].gap == GAP_SPACE && (b->t[j + 1].flags & TK_LOWER) &&
	       b->t[j + 1].flen == 2 && memcmp(b->fb + b->t[j + 1].fold, "of", 2) == 0)))
		return 0;
	for (j = i + 1; j + 1 < e; j++)	/* another comma, or a bracket that ends the line */
		if (b->t[j].gap == GAP_COMMA)
			return 1;
	return b->text[b->t[e - 1].end] == ')';
}

/* Is token i "Will" capitalised inside a sentence after a word in lower case or a
 * comma, before a capitalised word no function word: a given name, not the verb ("Will
 * Young", "singer Will Smith" were "Young" and "Smith"; not "It Will Be Fine")? */
int
ex_will_given(struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *p;
	struct token *u;

	if ((t->flags & (TK_CAP | TK_ALLCAP | TK_UNTRUSTED)) != TK_CAP || t->flen != 4 ||
	    t->gap != GAP_SPACE || i == 0 || i + 1 >= b->n ||
	    memcmp(b->fb + t->fold, "will", 4) != 0)
		return 0;
	p = &b->t[i - 1];
	u = &b->t[i + 1];
	if (!((p->flags & TK_LOWER) && p->gap == GAP_SPACE) && p->gap != GAP_COMMA)
		return 0;
	if ((u->flags & (TK_CAP | TK_ALLCAP | TK_DIGIT)) != TK_CAP)
		return 0;
	ex_lookup(b, u);
	return !(u->gz && (u->gz->word & (GZ_FUNC | GZ_STOP)));
}
