/* chunk_wrap.c -- a name on a line of its own: a heading's name wrapped before its last word ("... on Historical Diplomatic\nDocumentation"), a body's name that is its whole line ("American Society of International Law"). MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Is token u all of its line, and its paragraph's end: the last line of a heading (not
 * "By The Moscow Times\nSanctioned, the ..." of a byline, "Front Office\nFiles, 1989",
 * "Web Services\nProducts</a>")? */
static int
line_alone(const struct ex_block *b, size_t j)
{
	const char *p = b->text + b->t[j].end, *end;
	int lines = 0;

	if (j + 1 >= b->n)
		return 1;	/* (the block's last word) */
	for (end = b->text + b->t[j + 1].start; p < end && lines < 2; p++) {
		if (*p == '\n')
			lines++;
		else if (*p != ' ' && *p != '\r')
			return 0;
	}
	return lines >= 2;
}

/* Does the name of a body go on from token i, the last of a heading's line, to the one
 * word of the next line ("Minutes of the 1978 Meeting of the Advisory Committee on
 * Historical Diplomatic\nDocumentation\n\nNovember 3, 1978": the committee was cut to
 * "... Historical Diplomatic" in 12 minutes)? ck_wrapped() trusts no heading's words; but
 * a word that ends a body's name alone on its line, before a comma or the line's end, is
 * the name's. */
int
ck_wrapped_heading(const struct chunker *k, size_t i)
{
	const struct ex_block *b = k->b;
	const struct token *t = &b->t[i], *u;
	const char *p;

	if (i + 1 >= b->n || t->gap != GAP_LINE || !(t->flags & TK_UNTRUSTED) ||
	    !chunk_has(k, GZ_ORG_HEAD))
		return 0;
	u = &b->t[i + 1];
	if (!(u->flags & TK_CAP) || (u->flags & (TK_ALLCAP | TK_LONG | TK_GLUED | TK_DIGIT |
						  TK_REFLINE)) ||
	    (u->cls & (GZ_FUNC | GZ_STOP | GZ_MONTH | GZ_WEEKDAY | GZ_PERSONISH)))
		return 0;
	for (p = b->text + t->end; p < b->text + u->start && (*p == ' ' || *p == '\r'); p++)
		;
	if (*p++ != '\n')
		return 0;
	while (p < b->text + u->start && (*p == ' ' || *p == '\r'))
		p++;
	if (p != b->text + u->start)	/* (one line end: no blank line between) */
		return 0;
	return line_alone(b, i + 1);
}

/* Is token i, capitalised, a word a body's name may end with after "of" on a line of its
 * own: no function word, month, weekday, reporting verb or given name, and no verb's
 * shape ("Bank of England Raises Rates" is a headline: -s only in the nouns of names,
 * "Affairs", "Relations")? A heading's common words ("International") are allowed. */
static int
of_word(const struct ex_block *b, size_t i)
{
	static const char *const plural[] = { "affairs", "relations", "sciences", "studies",
					      "arts", "nations", "states", "letters" };
	const struct token *t = &b->t[i];
	const char *w = b->fb + t->fold;
	size_t n = t->flen;

	if (!(t->flags & TK_CAP) || (t->flags & (TK_ALLCAP | TK_LONG | TK_GLUED | TK_DIGIT)) ||
	    (t->cls & (GZ_FUNC | GZ_MONTH | GZ_WEEKDAY | GZ_SPEECH | GZ_PERSONISH)))
		return 0;
	if ((n > 3 && memcmp(w + n - 2, "ed", 2) == 0) ||
	    (n > 4 && memcmp(w + n - 3, "ing", 3) == 0))
		return 0;
	return n < 2 || w[n - 1] != 's' || TIS_ANY(b, i, plural);
}

/* Do tokens from i to the end of their line make the end of a body's name on a line of
 * its own: words of_word() allows, then the line's end and a blank line? */
static int
tail_of_line(const struct ex_block *b, size_t i)
{
	for (; i < b->n && of_word(b, i); i++)
		if (b->t[i].gap != GAP_SPACE)
			return b->t[i].gap == GAP_LINE && line_alone(b, i);
	return 0;
}

/* Does the chunk start a line (a list's entry, "American Society of International Law"
 * between blank lines in a committee's minutes)? */
static int
starts_line(const struct chunker *k)
{
	const char *p = k->b->text + k->b->t[k->u[0].a].start;

	while (p > k->b->text && (p[-1] == ' ' || p[-1] == '\r'))
		p--;
	return p == k->b->text || p[-1] == '\n';
}

/* Is token e an "of" after a body's head, on a line that is the body's name alone, its
 * words after "of" ones a heading's capitals made untrusted ("International Law")? */
int
ck_line_of(const struct chunker *k, size_t e)
{
	return tis(k->b, e, "of") && (k->u[k->nu - 1].cls & GZ_ORG_HEAD) && starts_line(k) &&
	       tail_of_line(k->b, e + 1);
}

/* Does a name that took ck_line_of()'s "of" go on from token i to the end of its line? */
int
ck_line_goes_on(const struct chunker *k, size_t i)
{
	int j;

	for (j = k->nu - 1; j > 0 && !(k->u[j].cls & GZ_CONNECTOR); j--)
		;
	return j > 0 && tis(k->b, k->u[j].a, "of") && (k->u[j - 1].cls & GZ_ORG_HEAD) &&
	       starts_line(k) && tail_of_line(k->b, i + 1);
}
