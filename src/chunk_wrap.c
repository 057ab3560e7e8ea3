/* chunk_wrap.c -- a heading's name wrapped over its line end, its last word alone on the next line ("Meeting of the Advisory Committee on Historical Diplomatic\nDocumentation"). MIT licence. */
#include "config.h"

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
static int
wrapped_heading(const struct chunker *k, size_t i)
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

int
ck_joined_name(const struct chunker *k, size_t i)
{
	return ck_joined_across(k->b, i) || wrapped_heading(k, i);
}

int
ck_wrapped_name(const struct chunker *k, size_t i)
{
	return ck_wrapped_word(k->b, i) || wrapped_heading(k, i);
}
