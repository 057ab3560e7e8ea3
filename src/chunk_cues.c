/* chunk_cues.c -- the rules that read a candidate's surroundings: titles, teams, peoples, places. MIT licence. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* "Sun" before a date or a month ("Sun Oct 12", "Sun, 12 Oct 2001") is the weekday of a
 * mail or web date line, not a family name or a newspaper; so is it after a time and a
 * comma, as in a listing of broadcasts ("(9pm, Sun, BBC2)"). */
int
ck_sun_weekday(const struct ex_block *b, size_t i)
{
	const struct token *n = i + 1 < b->n ? &b->t[i + 1] : NULL, *p;
	const char *s;
	size_t l;

	if (!tis(b, i, "sun"))
		return 0;
	if (i > 0 && (p = &b->t[i - 1])->gap == GAP_COMMA && (p->flags & TK_DIGIT) &&
	    (l = p->end - p->start) >= 3) {
		s = b->text + p->end - 2;
		if ((s[0] == 'a' || s[0] == 'p' || s[0] == 'A' || s[0] == 'P') &&
		    (s[1] == 'm' || s[1] == 'M'))
			return 1;
	}
	if (b->t[i].gap == GAP_PUNCT && (!n || n->start > b->t[i].end + 1))
		return 1;	/* a date span follows */
	return n && (b->t[i].gap == GAP_SPACE || b->t[i].gap == GAP_COMMA) &&
	       ((n->cls & GZ_MONTH) || (n->flags & TK_DIGIT));
}

/* Blanks that start the line holding byte offset at, with a list item's mark and the
 * blanks after it ("    -   text": 8, its hanging indent), or SIZE_MAX when that line is
 * shorter than WRAP_MIN bytes up to at (an address or a list, not filled text). */
#define WRAP_MIN 56
static size_t
line_indent(const struct ex_block *b, size_t at)
{
	size_t s = at, n = 0;

	while (s > 0 && b->text[s - 1] != '\n')
		s--;
	if (at - s < WRAP_MIN)
		return SIZE_MAX;
	while (b->text[s + n] == ' ')
		n++;
	if ((b->text[s + n] == '-' || b->text[s + n] == '*') && b->text[s + n + 1] == ' ')
		for (n++; b->text[s + n] == ' '; n++)
			;
	return n;
}

/* Is token i the last of a byline: a line of "By" and capitalised words (names, an
 * outlet, "and"), eight at most ("By Reuters", "By Do Thi Lan, Reuters")? */
static int
byline_end(const struct ex_block *b, size_t i)
{
	size_t j = i;

	while (j > 0 && i - j < 8 && b->t[j - 1].gap != GAP_LINE)
		j--;
	if (j == i || !ck_byline(b, j + 1))
		return 0;
	while (++j <= i)
		if (!(b->t[j].flags & (TK_CAP | TK_ALLCAP)) && !tis(b, j, "and"))
			return 0;
	return 1;
}

/* Is token i's line end inside a Markdown label, a link's text or bold words opened on
 * its line ("[**Westinghouse CEO Dan" ... "Sumner**](https://...)") and closed on the
 * next, after its first word? Such a label is a name and its office, wrapped at a fixed
 * width (pandoc's), on a line of capitalised words that looks like a headline. */
static int
in_label(const struct ex_block *b, size_t i)
{
	const char *t = b->text, *p, *e = t + b->t[i].end, *q;
	int open = 0, bold = 0;

	for (p = e; p > t && p[-1] != '\n'; p--)
		;
	for (; p < e; p++)
		if (*p == '[')
			open++;
		else if (*p == ']' && open)
			open--;
		else if (p[0] == '*' && p[1] == '*')
			bold ^= 1, p++;
	if (!open && !bold)
		return 0;
	/* (the label closes right after the next line's first word) */
	q = t + b->t[i + 1].end;
	return (*q == ']' || (q[0] == '*' && q[1] == '*'));
}

/* Does a name go on from token i over the end of its line, as in prose wrapped at a fixed
 * width ("the Free Software\nFoundation", "use. President\n Biden")? The line must be prose
 * (no headline's untrusted words; a sentence may start on it, no byline: "By Reuters\nGas
 * prices rose" was an ORG "Reuters Gas"), the next no new paragraph. */
int
ck_wrapped(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *u;
	const char *p, *q, *s;

	if (i + 1 >= b->n || t->gap != GAP_LINE ||
	    ((t->flags & TK_UNTRUSTED) && (i == 0 || b->t[i - 1].gap != GAP_SENT) &&
	     !in_label(b, i)) ||
	    byline_end(b, i))
		return 0;
	u = &b->t[i + 1];
	/* (nor into a dateline's town in capitals after a line that is not: "256th Brigade
	 * Combat Team Public Affairs\nBAGHDAD, Iraq, Dec. 22" was one organisation) */
	if ((u->flags & TK_ALLCAP) && !(t->flags & TK_ALLCAP) && u->end - u->start > 1 &&
	    u->gap == GAP_COMMA && !(t->cls & (GZ_HONORIFIC | GZ_TITLE)))
		return 0;	/* (not "Ms.\nSOLIS, Messrs. RUSH" of a roll) */
	/* an abbreviation's point may end the line: "suppose Mr.\nKnightley", "John F.\n
	 * Kennedy" (the honorific was lost, the name linked to his brother's) */
	s = b->text + t->end;
	if (*s == '.' && ((t->cls & (GZ_HONORIFIC | GZ_TITLE)) ||
			  (t->end - t->start == 1 && (t->flags & TK_CAP))))
		s++;
	for (p = s; p < b->text + u->start; p++)
		if (*p != ' ' && *p != '\n' && *p != '\r')
			return 0;
	p = s;
	while (*p == ' ' || *p == '\r')
		p++;
	/* a field of a header block ("License: GPL") starts a line of its own */
	if (b->text[u->end] == ':' || *p != '\n')
		return 0;
	for (q = p + 1; q < b->text + u->start; q++)
		if (*q != ' ')
			return 0;	/* a blank line: the paragraph ended */
	/* the next line starts within four blanks of the margin, or at this long line's own
	 * indent (an indented block of filled text, as licences quote theirs) */
	return (size_t)(q - (p + 1)) <= 4 || (size_t)(q - (p + 1)) == line_indent(b, t->start);
}

/* Is token i a family name after a given name and its middle initial ("Donald J.
 * Trump" on a signature line, where every word is untrusted; "Ulysses S Grant" in a
 * heading of a text that writes "a grant"): a capitalised word that is no function word,
 * month or weekday? The initial after a given name is the evidence. (Without its point,
 * not "A" or "I": "Thank You Maria A Lot".) */
int
ck_after_initial(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *j = &b->t[i - 1], *g;

	if (i < 2 || j->end - j->start != 1 || !(j->flags & TK_CAP) ||
	    (j->gap != GAP_DOT && (j->gap != GAP_SPACE || b->text[j->start] == 'A' ||
				   b->text[j->start] == 'I')))
		return 0;
	g = &b->t[i - 2];
	return (g->cls & GZ_FIRST) && (g->flags & TK_CAP) && !(g->flags & TK_ALLCAP) &&
	       g->gap == GAP_SPACE && (t->flags & TK_CAP) && !(t->flags & TK_ALLCAP) &&
	       !(t->flags & (TK_LONG | TK_GLUED | TK_DIGIT | TK_REFLINE)) &&
	       !(t->cls & (GZ_FUNC | GZ_STOP | GZ_MONTH | GZ_WEEKDAY));
}

/* Is token i a middle initial that is also a word ("Andrey A. Chernov", "Harry S.
 * Truman"): one capital letter and a full stop, with a name word on its right? */
int
ck_initial_in_name(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];

	return t->end - t->start == 1 && (t->flags & TK_CAP) && t->gap == GAP_DOT &&
	       i + 1 < b->n && (b->t[i + 1].flags & TK_CAP) && ck_nameish(b, i + 1) &&
	       !(b->t[i + 1].cls & (GZ_FUNC | GZ_STOP));
}

/* Is token i a company's legal form written after a comma ("Red Hat, Inc.")? */
int
ck_legal_form_at(const struct ex_block *b, size_t i)
{
	if (!(b->t[i].flags & TK_CAP) || b->t[i].flen < 2 || b->t[i].flen > 12)
		return 0;
	return ex_legal_form(tfold(b, i), b->t[i].flen) == 1;
}

/* Is token i followed by a mail address in angle brackets, as a mailbox's display name
 * ("Milan Broz <mbroz@example.org>", the sign-off of a changelog entry), quoted or not
 * ("\"Digital Bearer Settlement List\" <dbs@example.org>")? */
static int
mailbox_after(const struct ex_block *b, size_t i)
{
	const char *p = b->text + b->t[i].end, *e = p + 80;
	size_t n;

	if (*p == '"')
		p++;
	while (p < e && *p == ' ')
		p++;
	if (p >= e || *p != '<')
		return 0;
	n = scan_email(p + 1, (size_t)(e - p - 1));
	return n > 0 && p[1 + n] == '>';
}

/* Does a mailbox's display name start at token i: two to four capitalised words, joined by
 * blanks or an initial's full stop, right before "<address>"? Its first word may be one no
 * list knows at a line's start ("Miroslav Kure <...>"). */
int
ck_mailbox_start(const struct ex_block *b, size_t i)
{
	size_t k;

	if (!(b->t[i].flags & TK_CAP) || (b->t[i].flags & (TK_ALLCAP | TK_DIGIT)) ||
	    (b->t[i].cls & (GZ_FUNC | GZ_STOP | GZ_MONTH | GZ_WEEKDAY)))
		return 0;
	for (k = i; k < b->n && k < i + 4; k++) {
		if (!(b->t[k].flags & TK_CAP))
			return 0;
		if (k > i && mailbox_after(b, k))
			return 1;
		if (b->t[k].gap != GAP_SPACE && b->t[k].gap != GAP_DOT)
			return 0;
	}
	return 0;
}

/* Is token i what comes before an author or a copyright holder: a year ("2001 Ann Lee",
 * "1999-2003 Ann Lee"), "Copyright" or "by" ("Written by Ann Lee")? A name there that is
 * a person's is one the text vouches for (rs_person_evidence). */
static int
holder_before(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	const char *s = b->text + t->start;

	if (t->gap != GAP_SPACE && t->gap != GAP_COMMA && t->gap != GAP_LINE)
		return 0;
	if (t->flags & TK_DIGIT)
		return t->end - t->start >= 4 && (s[0] == '1' || s[0] == '2') &&
		       (t->end - t->start == 4 || s[4] == '-');
	return tis(b, i, "copyright") || ((t->flags & TK_LOWER) && tis(b, i, "by"));
}

/* Is token i, before "the" and a name, a way into a building or out of it: "left the",
 * "entered the", "cleared the", "went to the" ("Sessions left the Oval Office", "Priebus
 * brought him to the Oval Office"; a seat of power is its building there, as "in the
 * Kremlin" is: RULES.md 5)? Not "out of the", where a statement comes from ("a decision
 * made out of the White House"). */
static int
building_left(const struct ex_block *b, size_t i)
{
	static const char *const verb[] = { "left", "leave", "leaves", "leaving", "entered",
					    "enter", "enters", "entering", "cleared", "exited",
					    "exit", "exiting", "toured" };

	if (!(b->t[i].flags & TK_LOWER))
		return 0;
	if (TIS_ANY(b, i, verb))
		return 1;
	return tis(b, i, "to") && (ck_motion_to(b, i) ||
				   (i >= 2 && b->t[i - 2].gap == GAP_SPACE &&
				    (tis(b, i - 2, "brought") || tis(b, i - 2, "summoned") ||
				     tis(b, i - 2, "back"))));
}

/* Is the chunk [a, z) of one word a blog's or a forum's author, after "Posted by" or
 * "Written by" with its capital (a line's, or after a post's title on its line) and before
 * the time, the date or the line's end ("Posted by Mikko @ 15:42 GMT", "Posted by Katrin
 * at 10:24", "Written by Jarno on Monday")? Not "a video posted by Ann". A single given
 * name no list knows was no one (75 of a security company's weblog). Not a common word
 * ("Posted by Staff", "Posted by Admin"). */
static int
posted_by(const struct ex_block *b, size_t a, size_t z)
{
	static const char *const verb[] = { "posted", "written", "submitted", "filed" };
	const struct token *t = &b->t[a];

	if (z != a + 1 || a < 2 || !(t->flags & TK_CAP) || (t->flags & TK_ALLCAP) ||
	    b->t[a - 1].gap != GAP_SPACE || !tis(b, a - 1, "by") ||
	    !(b->t[a - 1].flags & TK_LOWER) || b->t[a - 2].gap != GAP_SPACE ||
	    !TIS_ANY(b, a - 2, verb) || !(b->t[a - 2].flags & TK_CAP) ||
	    (t->cls & (GZ_NAME | GZ_FUNC | GZ_STOP | GZ_MONTH | GZ_WEEKDAY)) ||
	    gaz_is_common(b->fb + t->fold, t->flen))
		return 0;
	return z == b->n || t->gap == GAP_LINE || t->gap == GAP_PUNCT ||
	       (t->gap == GAP_SPACE && (tis(b, z, "at") || tis(b, z, "on")));
}

/* Cues around the chunk of tokens [a, z). */
int
ck_chunk_cues(const struct ex_block *b, size_t a, size_t z)
{
	int cues = 0;
	size_t j;

	/* (not a market's leader: "the sector leader, Wal-Mart" was a person) */
	if (a > 0 && (b->t[a - 1].gap == GAP_SPACE || b->t[a - 1].gap == GAP_COMMA) &&
	    (b->t[a - 1].flags & TK_LOWER) && (b->t[a - 1].cls & GZ_PERSON_NOUN) &&
	    !(a >= 2 && (b->t[a - 2].flags & TK_LOWER) && b->t[a - 2].gap == GAP_SPACE &&
	      (tis(b, a - 2, "market") || tis(b, a - 2, "sector") || tis(b, a - 2, "industry"))))
		cues |= CUE_TITLE;
	else if (ck_title_apposition(b, a, z))
		cues |= CUE_TITLE;
	else if ((b->cues & TC_ROLL) && a >= 2 &&
		 (b->t[a - 1].gap == GAP_COMMA || (b->t[a - 1].flags & TK_LOWER)) &&
		 ck_honorific_roll(b, a, z))
		cues |= CUE_TITLE | CUE_ROLL;
	if (a > 0 && b->t[a - 1].gap == GAP_SPACE && (b->t[a - 1].flags & TK_LOWER) &&
	    (b->t[a - 1].cls & GZ_SPEECH))
		cues |= CUE_SPEECH_BEFORE;
	/* a byline's name of two to four words, alone after a line's "By": a writer ("By
	 * Shivam Patel", "By Ece Toksabay": unknown words of a line in Title Case were no one) */
	else if ((z - a >= 2 && z - a <= 4 && ck_byline_name(b, a) && ck_byline_alone(b, a, z)) ||
		 posted_by(b, a, z))
		cues |= CUE_SPEECH_BEFORE;
	if (z < b->n && (b->t[z - 1].gap == GAP_SPACE || b->t[z - 1].gap == GAP_POSS) &&
	    (b->t[z].flags & TK_LOWER) &&
	    (b->t[z].cls & GZ_SPEECH))
		cues |= CUE_SPEECH_AFTER;
	if (a >= 2 && tis(b, a - 1, "the") && b->t[a - 1].gap == GAP_SPACE &&
	    b->t[a - 2].gap == GAP_SPACE &&
	    (tis(b, a - 2, "in") || tis(b, a - 2, "at") || tis(b, a - 2, "inside") ||
	     tis(b, a - 2, "outside") || tis(b, a - 2, "near") || tis(b, a - 2, "within") ||
	     tis(b, a - 2, "into") || tis(b, a - 2, "around") || building_left(b, a - 2)))
		cues |= CUE_LOCATIVE;
	if (z < b->n && b->t[z - 1].gap == GAP_COMMA && ck_legal_form_at(b, z))
		cues |= CUE_LEGAL;
	/* its ticker after it: "Atlas Copco <ASTS ST>", "Acme Corp. (NYSE: ACME)" */
	if ((!(b->t[a].flags & TK_CAPSLINE) ||	/* (a headline in capitals is cut: not
						 * "SUFFIELD FINANCIAL <SSBK>"'s last word, */
	     a == 0 || b->t[a - 1].gap == GAP_LINE) &&	/* but its first: "FIRESTONE <FIR>") */
	    ex_ticker_after(b->text + b->t[z - 1].end, 48))	/* (stops at the NUL) */
		cues |= CUE_LEGAL;
	for (j = a; j + 1 < z; j++)	/* "Procter & Gamble": a firm, whatever its words */
		if (b->t[j].gap == GAP_PUNCT && ck_ampersand(b, j)) {
			/* unless a head or a title after it says what it is ("Sand & Gravel
			 * Association Interim CEO X") */
			for (j++; j < z && !(b->t[j].cls & (GZ_TITLE | GZ_HONORIFIC | GZ_ORG_HEAD |
							     GZ_PLACE_HEAD)); j++)
				;
			if (j == z)
				cues |= CUE_LEGAL;
			break;
		}
	/* (a display name with "of" or "the" in lower case is a body's or a nickname's:
	 * "Friends of the Earth <...>", "Rodent of Unusual Size <...>" made a person "Unusual
	 * Size" of 17 FoRK mails; looked for only before a mailbox) */
	if (mailbox_after(b, z - 1)) {
		for (j = a > 0 && b->t[a - 1].gap == GAP_SPACE ? a - 1 : a;
		     j < z && !((b->t[j].flags & TK_LOWER) && (tis(b, j, "of") || tis(b, j, "the")));
		     j++)
			;
		if (j == z)
			cues |= CUE_MAILBOX | CUE_SPEECH_AFTER;
	}
	if (z < b->n && (b->t[z].flags & TK_LOWER) && b->t[z].flen >= 4 && ck_group_after(b, z))
		cues |= CUE_GROUP;
	if (z < b->n && (b->t[z].flags & TK_LOWER) && b->t[z].flen >= 4 && ck_outlet_after(b, z))
		cues |= CUE_OUTLET;
	if (a > 0 && holder_before(b, a - 1))
		cues |= CUE_HOLDER;
	if (z < b->n && (((b->t[z - 1].flags & TK_POSS) && ck_firm_after(b, z)) ||
			 ck_firm_apposition(b, z) || ck_firm_around(b, a, z)))
		cues |= CUE_FIRM;
	/* (not a partner's name in a list of them: "analyst at Prescott, Ball and Turben";
	 * nor the owner of what is run: "the chairman of Halvorsen's campaign") */
	if (((a >= 2 && ck_employer_before(b, a - 2)) ||
	     ((b->cues & (TC_RUNNER | TC_STAKE | TC_CEO)) && ck_runner_before(b, a) &&
	      b->t[z - 1].gap != GAP_POSS)) &&
	    !(z < b->n && b->t[z - 1].gap == GAP_COMMA && (b->t[z].flags & TK_CAP)))
		cues |= CUE_EMPLOYER;
	/* an apposition: "Zadok the priest", "Irina Volk, the spokeswoman"; not the speaker
	 * of a reporting clause after it ("will come back to Internet Explorer, the spokesman
	 * said" made a person of the browser) */
	if (z + 1 < b->n && (b->t[z - 1].gap == GAP_SPACE || b->t[z - 1].gap == GAP_COMMA) &&
	    tis(b, z, "the") && (b->t[z].flags & TK_LOWER) && b->t[z].gap == GAP_SPACE &&
	    (b->t[z + 1].flags & TK_LOWER) && (b->t[z + 1].cls & GZ_PERSON_NOUN) &&
	    !(b->t[z - 1].gap == GAP_COMMA && z + 2 < b->n && b->t[z + 1].gap == GAP_SPACE &&
	      (b->t[z + 2].flags & TK_LOWER) && (b->t[z + 2].cls & GZ_SPEECH)))
		cues |= CUE_SPEECH_AFTER;
	/* and one of kin with more words: "Elinor, this eldest daughter"; one of a person's
	 * noun after its words, closed by a comma: "Hamilton, the seven-time champion,",
	 * "Vorland, the former prime minister," */
	if (ck_person_apposition(b, z))
		cues |= CUE_SPEECH_AFTER;
	return cues;
}

/* Does token a follow "the" (on the same line or the line before), lower-case, starting a
 * sentence ("The Annual Message was read") or a title ("read The Definitive Guide"), or
 * another determiner in lower case, but not in capitals (a line of capitals says nothing)? */
int
ck_after_the(const struct ex_block *b, size_t a)
{
	/* a determiner or a possessive before a name makes it a thing, a body or a group
	 * ("our Founders", "their Native American communities", "this Republic") */
	static const char *const det[] = { "the", "our", "their", "your", "its", "my", "his", "her",
					   "these", "those", "every", "each" };
	const struct token *t;
	size_t k;

	if (a == 0)
		return 0;
	for (k = 0; k < sizeof det / sizeof det[0]; k++)
		if (tis(b, a - 1, det[k]))
			break;
	if (k == sizeof det / sizeof det[0])
		return 0;
	t = &b->t[a - 1];
	return !(t->flags & TK_ALLCAP) && (t->gap == GAP_SPACE || t->gap == GAP_LINE) &&
	       (k == 0 || (t->flags & TK_LOWER));
}

/* Is the lone word at token i a title standing for its office: after "the" (or "The"
 * starting a sentence), after a determiner and an adjective, or before "of" ("the King
 * said", "the late King", "King of Italy")? */
int
ck_office(const struct ex_block *b, size_t i)
{
	if (!(b->t[i].cls & GZ_TITLE))
		return 0;
	if (i > 0 && tis(b, i - 1, "the") &&
	    (b->t[i - 1].gap == GAP_SPACE || b->t[i - 1].gap == GAP_LINE))
		return 1;
	/* "the late King", "the new King", "our own President" */
	if (i > 1 && (b->t[i - 1].flags & TK_LOWER) && !(b->t[i - 1].flags & TK_DIGIT) &&
	    b->t[i - 1].gap == GAP_SPACE && b->t[i - 2].gap == GAP_SPACE &&
	    !(b->t[i - 1].cls & GZ_FUNC) && ck_after_the(b, i - 1))
		return 1;
	return i + 1 < b->n && b->t[i].gap == GAP_SPACE && tis(b, i + 1, "of") &&
	       (b->t[i + 1].flags & TK_LOWER);
}

/* Is token a the name of a field, a tag or a header, as a document-structure noun after
 * it says ("the Homepage field", "a Breaks header", "the Author tag")? */
static int
field_name(const struct ex_block *b, size_t a)
{
	static const char *const noun[] = { "field", "fields", "header", "headers", "tag", "tags",
					    "entry", "entries", "keyword", "attribute", "column",
					    "property", "option", "flag", "variable", "stanza" };

	if (a + 1 >= b->n || b->t[a].gap != GAP_SPACE || !(b->t[a + 1].flags & TK_LOWER))
		return 0;
	return TIS_ANY(b, a + 1, noun);
}

/* Does token a end as an adjective does, in -ic or -al ("Islamic", "Tribal"), and no list
 * knows it as a name? */
static int
adjective_shape(const struct ex_block *b, size_t a)
{
	const char *f = tfold(b, a);
	size_t n = b->t[a].flen;

	return n >= 5 && !(b->t[a].cls & (GZ_PERSONISH | GZ_NAME)) &&
	       ((f[n - 2] == 'i' && f[n - 1] == 'c') || (f[n - 2] == 'a' && f[n - 1] == 'l'));
}

/* Is the lone word at token a in a place's slot: after a locative preposition ("at
 * Hartfield", "into Moab") or after "of" following a noun of place ("the king of Eglon",
 * "the island of Nantucket", "a native of Rokovoko") or of a people ("the tribe of
 * Benjamin", "the children of Ammon": a people is the PLACE it comes from, as demonyms
 * are)? */
int
ck_locative(const struct ex_block *b, size_t a)
{
	const struct token *p, *t = &b->t[a];
	int in;

	/* the preposition may end a line of wrapped prose ("opened in\nOrlando") */
	if (a == 0 || (b->t[a - 1].gap != GAP_SPACE && !ck_wrapped(b, a - 1)) ||
	    !(b->t[a - 1].flags & TK_LOWER))
		return 0;
	/* (the word before first: most lower-case words are none of these, and then the
	 * word itself need not be read) */
	in = (b->t[a - 1].cue & TC_LOCPREP) != 0;	/* "in", "at", "near", "through", ... */
	if (!in && !tis(b, a - 1, "to") && (a < 2 || !tis(b, a - 1, "of")))
		return 0;
	/* "in Section 3", "in Exhibit A", "in COPYING", "in GLib", "in Homepage field": a
	 * part of a document, a file or a program, or a field's name, not a place */
	if ((t->flags & TK_ALLCAP) || ck_camel(b, a) || ck_numbered(b, a) || field_name(b, a))
		return 0;
	if (in)	/* "in Tribal communities", "in Rural areas": an adjective before its noun */
		return !(a + 1 < b->n && t->gap == GAP_SPACE &&
			 (b->t[a + 1].flags & TK_LOWER) && adjective_shape(b, a));
	if (tis(b, a - 1, "to") && ck_motion_to(b, a - 1))
		return 1;
	if (a < 2 || !tis(b, a - 1, "of"))
		return 0;
	p = &b->t[a - 2];
	if ((p->gap != GAP_SPACE && !ck_wrapped(b, a - 2)) || !(p->flags & TK_LOWER))
		return 0;
	return (p->cue & TC_LOCNOUN) != 0;	/* "city", "king", "coast", "natives", ... */
}

/* Is the lone word at token i the name of a people made with "-ite(s)" ("the Amorites",
 * "Uriah the Hittite")? A people is the PLACE it comes from, as demonyms are. Followers of
 * a faith or a man ("Shiite", "Luddite") are not a people of a place. */
int
ck_people_ite(const struct ex_block *b, size_t i)
{
	static const char *const not_people[] = { "shiite", "shiites", "sunnite", "maronite",
						  "maronites", "luddite", "luddites",
						  "jacobite", "jacobites", "mennonite",
						  "mennonites", "trotskyite", "trotskyites",
						  "sodomite", "sodomites", "nazarite", "favourite",
						  "kryptonite", "marmite", "vegemite", "dolomite",
						  "dynamite", "granite", "graphite", "bauxite",
						  "calcite", "magnetite", "termite", "termites",
						  "satellite", "satellites", "website", "websites",
						  "parasite", "parasites", "appetite", "socialite" };
	const struct token *t = &b->t[i];
	const char *f = tfold(b, i);
	size_t n = t->flen;

	if ((t->cls & (GZ_NAME | GZ_PERSONISH | GZ_FUNC | GZ_STOP)) ||
	    !(t->flags & TK_CAP) || (t->flags & (TK_ALLCAP | TK_HYPH)) ||
	    ((t->flags & TK_UNTRUSTED) && !ck_after_the(b, i)) ||
	    (ex_evidence(b, t->hash) & EV_LOWER) ||
	    (i > 0 && (b->t[i - 1].cls & (GZ_HONORIFIC | GZ_TITLE))))	/* "Ms Dynamite" */
		return 0;
	if (n > 4 && f[n - 1] == 's')
		n--;
	if (n < 6 || memcmp(f + n - 3, "ite", 3) != 0)
		return 0;
	return !TIS_ANY(b, i, not_people);
}

/* Is the lone word at token i a given name that is also a large city (GZ_NAME_CITY), in a
 * place's slot ("in Eugene", "the mayor of Regina", not "in Charlotte's room"), before
 * a state or a country ("Regina, Saskatchewan", "Eugene, Oregon") or listed beside a
 * known place ("Austin, San Antonio, and Las Vegas")? Elsewhere it is the given name. */
int
ck_name_city(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];

	if (!(t->cls & GZ_NAME_CITY) || (t->flags & (TK_POSS | TK_ALLCAP)) || !t->gz ||
	    t->gz->place < 0)
		return 0;
	if (ck_locative(b, i) || ck_listed_place(b, i))
		return 1;
	return t->gap == GAP_COMMA && i + 1 < b->n && (b->t[i + 1].flags & TK_CAP) &&
	       (b->t[i + 1].cls & (GZ_REGION | GZ_COUNTRY));
}

/* Are tokens i and i+1 two people side by side, the first named by kinship to the second
 * ("because of Sarai Abram's wife", "Elimelech Naomi's husband died"): two words the
 * article also writes alone mid-sentence, the second's possessive before a word of kin?
 * (The caller checks that the first is no known given or family name, that would begin
 * one name: "Walter Elliot's wife".) */
int
ck_kin_pair(const struct ex_block *b, size_t i)
{
	static const char *const kin[] = { "wife", "husband", "son", "daughter", "brother",
					   "sister", "father", "mother", "sons", "daughters",
					   "brethren", "kinsman", "kinswoman", "servant", "maid" };
	const struct token *a = &b->t[i], *z;
	size_t j;

	if (i + 2 >= b->n)
		return 0;
	z = &b->t[i + 1];
	if (!(z->flags & TK_POSS) || !(b->t[i + 2].flags & TK_LOWER) || a->gap != GAP_SPACE ||
	    ((a->flags | z->flags) & TK_ALLCAP) || a->hash == z->hash ||
	    a->end - a->start < 2 || z->end - z->start < 2)
		return 0;
	for (j = 0; j < sizeof kin / sizeof kin[0] && !tis(b, i + 2, kin[j]); j++)
		;
	return j < sizeof kin / sizeof kin[0] &&
	       (ex_evidence(b, a->hash) & (EV_LONE | EV_LOWER)) == EV_LONE &&
	       (ex_evidence(b, z->hash) & (EV_LONE | EV_LOWER)) == EV_LONE;
}

/* Is token i+1 a known given name (classes cz) after an unknown word i (classes ci: none),
 * both written alone elsewhere in the article ("from Lachish Joshua passed")? A given name
 * does not end a name unless it is also a family name ("Anthony Joshua"). */
int
ck_given_second(const struct ex_block *b, size_t i, uint32_t ci, uint32_t cz)
{
	const struct token *a = &b->t[i], *z = &b->t[i + 1];

	if ((cz & (GZ_FIRST | GZ_SURNAME | GZ_FF | GZ_NAME)) != GZ_FIRST || ci ||
	    a->gap != GAP_SPACE || ((a->flags | z->flags) & TK_ALLCAP))
		return 0;
	return (ex_evidence(b, a->hash) & (EV_LONE | EV_LOWER)) == EV_LONE &&
	       (ex_evidence(b, z->hash) & (EV_LONE | EV_LOWER)) == EV_LONE;
}

/* Is token i an acronym the lists know only in capitals, that its article also writes as
 * a lower-case word ("GCC" beside "gcc-12": the compiler, not the Gulf council)? Function
 * words ("US", "WHO") are left out. */
int
ck_lower_acronym(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];

	return (t->flags & TK_ALLCAP) && t->gz && !(t->gz->word & (GZ_NAME | GZ_FUNC | GZ_STOP)) &&
	       (ex_evidence(b, t->hash) & EV_LOWER);
}

/* Is token i "St." or "Ste." before a name: a saint's name, as a place's ("St. Lawrence",
 * "the St. Lawrence River"), never "Street" and no person? */
int
ck_saint(const struct ex_block *b, size_t i)
{
	return b->t[i].gap == GAP_DOT && (b->t[i].flags & TK_CAP) &&
	       (tis(b, i, "st") || tis(b, i, "ste"));
}

/* Does a name go on from token i over a soft line break to a capitalised word that only
 * the line's start made untrusted ("by Red\nHat, Inc.")? */
int
ck_wrapped_word(const struct ex_block *b, size_t i)
{
	const struct token *u = &b->t[i + 1];

	return (u->flags & TK_CAP) && !(u->flags & (TK_LONG | TK_GLUED | TK_DIGIT | TK_REFLINE)) &&
	       !(u->cls & (GZ_FUNC | GZ_STOP | GZ_MONTH | GZ_WEEKDAY)) && ck_wrapped(b, i);
}

/* Does a name go on over a connector that ends a wrapped line ("the Department of\nHealth
 * and Human Services")? The capitalised word after it may be a common word ("Health"):
 * only the line's start made it untrusted, and a name's "of" or "for" wants a name. */
int
ck_wrapped_after(const struct ex_block *b, size_t i)
{
	const struct token *u = &b->t[i + 1];

	return (u->flags & TK_CAP) && !(u->flags & (TK_LONG | TK_GLUED | TK_DIGIT | TK_REFLINE)) &&
	       !(u->cls & (GZ_FUNC | GZ_MONTH | GZ_WEEKDAY)) && ck_wrapped(b, i);
}

/* Is token i, after a state's name and "the", a noun of the state's in lower case ("the
 * Delaware primaries", "the Tennessee statehouse", "the Mississippi issue" of the
 * briefings): not a function word, nor a river's ("the Ohio valley")? */
static int
state_noun_after(const struct ex_block *b, size_t i)
{
	static const char *const water[] = { "river", "rivers", "valley", "basin", "delta",
					     "bottoms", "waters", "banks", "mouth" };

	return (b->t[i].flags & TK_LOWER) && !(b->t[i].cls & (GZ_FUNC | GZ_STOP)) &&
	       !TIS_ANY(b, i, water);
}

/* Is token i a state's name that is also its river's, standing for the river: after a
 * lower-case "the" ("west of the Mississippi", "the Ohio and ..."), "river", "upper" or
 * "lower" ("the upper Missouri"), or before "river" ("the Ohio and Mississippi rivers")? The state is "Ohio" alone or "the State of Ohio".
 * The list holds the American states named after their rivers, which 19th- and
 * 20th-century speeches name as rivers most of the time. */
int
ck_state_river(const struct ex_block *b, size_t i)
{
	static const char *const river[] = { "mississippi", "missouri", "ohio", "arkansas",
					     "tennessee", "colorado", "delaware", "connecticut",
					     "illinois", "wisconsin", "minnesota", "kentucky" };

	if ((b->t[i].flags & TK_ALLCAP) || !(b->t[i].cls & GZ_REGION))
		return 0;
	if (!TIS_ANY(b, i, river))
		return 0;
	if (i + 1 < b->n && b->t[i].gap == GAP_SPACE &&
	    (tis(b, i + 1, "river") || tis(b, i + 1, "rivers")) && (b->t[i + 1].flags & TK_LOWER))
		return 1;
	if (i > 0 && (b->t[i - 1].flags & TK_LOWER) && b->t[i - 1].gap == GAP_SPACE &&
	    (tis(b, i - 1, "river") || tis(b, i - 1, "upper") || tis(b, i - 1, "lower")))
		return 1;
	return i > 0 && tis(b, i - 1, "the") && (b->t[i - 1].flags & TK_LOWER) &&
	       (b->t[i - 1].gap == GAP_SPACE || b->t[i - 1].gap == GAP_LINE) &&
	       !(i + 1 < b->n && (b->t[i].gap == GAP_SPACE || ck_wrapped(b, i)) &&
		 ((b->t[i + 1].flags & TK_CAP) || state_noun_after(b, i + 1)));
}

/* The listed river a state's name stands for at token i (ck_state_river(): "west of the
 * Mississippi", "ascended the Missouri"): its canonical index ("Missouri River"), or -1.
 * It was no one: the state is no river, and the river no mention at all. */
int
ck_river_of_state(const struct ex_block *b, size_t i)
{
	const struct gz_entry *e;
	char key[48];
	size_t n = b->t[i].flen;

	if (!ck_state_river(b, i) || n + 7 > sizeof key)
		return -1;
	memcpy(key, b->fb + b->t[i].fold, n);
	memcpy(key + n, " river", 6);
	e = gaz_find(key, n + 6);
	return e ? e->place : -1;
}

/* Endings of English words that names rarely have; "abstract" marks those of abstract
 * nouns ("Sustainability", "Engagement", "Competitiveness"). */
#define SUF(s, a) { s, sizeof s - 1, a }
static const struct { const char *s; size_t len; int abstract; } word_end[] = {
	SUF("ing", 0), SUF("ed", 0), SUF("ly", 0), SUF("tion", 1), SUF("ment", 1),
	SUF("ness", 1), SUF("ity", 1), SUF("ies", 0), SUF("ous", 1), SUF("ive", 0),
	SUF("ful", 1), SUF("less", 1), SUF("able", 1), SUF("ism", 1)
};
#undef SUF

/* Does the folded word f[0, n) end in one of word_end[] (an abstract noun's only, if
 * abstract is set), stem letters at least before it? */
static int
word_ending(const char *f, size_t n, int abstract, size_t stem)
{
	size_t k, l;

	/* the last letter first: most endings differ there (a strlen() and a memcmp() of
	 * every ending were 1% of extraction) */
	for (k = 0; k < sizeof word_end / sizeof word_end[0]; k++) {
		l = word_end[k].len;
		if (n >= l + stem && f[n - 1] == word_end[k].s[l - 1] &&
		    (!abstract || word_end[k].abstract) && memcmp(f + n - l, word_end[k].s, l) == 0)
			return 1;
	}
	return 0;
}

/* An English word ending that names rarely have (for unknown sentence-initial words). */
int
ck_wordy_suffix(const struct ex_block *b, size_t i)
{
	return word_ending(tfold(b, i), b->t[i].flen, 0, 3);
}

/* (chunk_int.h) */
int
ck_abstract_noun(const struct ex_block *b, const struct token *t)
{
	return t->flen >= 6 && (t->flags & (TK_ALLCAP | TK_CAP)) == TK_CAP &&
	       word_ending(b->fb + t->fold, t->flen, 1, 1);
}

/* Does a person's name go on after token i, as a place's name does not: a middle initial
 * and a capitalised word ("Artem B. Bityuckiy"), or a name particle and a capitalised word
 * ("Leon de Boer")? */
int
ck_name_goes_on(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *u;

	if (i + 2 >= b->n || (t->flags & TK_ALLCAP))
		return 0;
	u = &b->t[i + 1];
	if (t->gap == GAP_SPACE && u->end - u->start == 1 && (u->flags & TK_CAP) &&
	    u->gap == GAP_DOT && (b->t[i + 2].flags & TK_CAP) && !(b->t[i + 2].flags & TK_ALLCAP) &&
	    !(b->t[i + 2].cls & (GZ_NAME | GZ_FUNC | GZ_STOP)))
		return 1;
	return t->gap == GAP_SPACE && (u->flags & TK_LOWER) && (u->cls & GZ_PARTICLE) &&
	       !tis(b, i + 1, "of") && u->gap == GAP_SPACE && (b->t[i + 2].flags & TK_CAP) &&
	       !(b->t[i + 2].cls & (GZ_NAME | GZ_FUNC | GZ_STOP | GZ_ORG_HEAD | GZ_PLACE_HEAD));
}

/* Does the chunk that ends before token z name a feast or a season after a possessive
 * ("Saint Patrick's Day", "Mother's Day", "New Year's Eve")? The whole is an event, and
 * the name inside it is not counted. */
int
ck_feast_of(const struct ex_block *b, size_t z)
{
	return z > 0 && z < b->n && b->t[z - 1].gap == GAP_POSS && (b->t[z].flags & TK_CAP) &&
	       (b->t[z].cls & GZ_EVENT_HEAD) && (tis(b, z, "day") || tis(b, z, "eve") ||
						 tis(b, z, "week") || tis(b, z, "month"));
}

/* Do the words a..z (tokens) read as an adjective and a plural noun, the shape of a field
 * or a body and not of a person's name: a first word in -ic or -al that no list knows as
 * a given name, and a last word in -s, not -ss, -us or -is ("Islamic Studies", "Tribal
 * Nations")? */
int
ck_adjective_plural(const struct ex_block *b, size_t a, size_t z)
{
	const char *l = tfold(b, z);
	size_t nl = b->t[z].flen;

	if (a >= z || nl < 4 || !adjective_shape(b, a))
		return 0;
	return l[nl - 1] == 's' && !strchr("siu", l[nl - 2]);
}

/* Is token i a woman's honorific ("Mrs.", "Ms.", "Miss", "Madame", "Lady")? Which:
 * SEX_MISS ("Miss", "Mlle", "Señorita"), SEX_MS, SEX_LADY ("Lady", "Dame"), else SEX_MRS;
 * 0 for none. */
int
ck_feminine(const struct ex_block *b, size_t i)
{
	static const char *const w[] = { "mrs", "madame", "mme", "frau", "señora", "senora",
					  "doña", "dona", "smt" };
	static const char *const miss[] = { "miss", "mlle", "señorita", "senorita" };
	static const char *const lady[] = { "lady", "dame" };

	return TIS_ANY(b, i, w) ? SEX_MRS : TIS_ANY(b, i, miss) ? SEX_MISS :
	       TIS_ANY(b, i, lady) ? SEX_LADY : tis(b, i, "ms") ? SEX_MS : 0;
}
