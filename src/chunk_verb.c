/* chunk_verb.c -- a heading's verb ends the name before it: "American Embassy Reopened", "Baden Joins the German Empire". MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Is token i a heading's past participle right after an organisation's head word
 * ("American Embassy Reopened, 1945.", "U.S. Liaison Office Established", "Acme Bank
 * Fined"): a capitalised word in -ed that no list knows? A body's name does not go on
 * after its head with such a word but for its legal form ("Limited", "Incorporated"),
 * which the lists know. (The timeline headings of a history are not marked Title-Case
 * lines: a year closes them.) */
static int
participle_after_head(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *p;

	if (i == 0)
		return 0;
	p = &b->t[i - 1];
	return (p->cls & GZ_ORG_HEAD) && p->gap == GAP_SPACE && t->flen > 4 &&
	       (t->flags & TK_CAP) && !(t->flags & TK_ALLCAP) &&
	       !(t->cls & (GZ_PERSONISH | GZ_NAME | GZ_ORG_HEAD)) &&
	       memcmp(b->fb + t->fold + t->flen - 2, "ed", 2) == 0 && !ck_legal_end(b, i);
}

/* Is token i a verb of the headings of a history, in -s ("Baden Joins the German Empire,
 * 1871.", "Oldenburg Joins", "United States Severs Relations"), after a word of the name?
 * No name of a place or body goes on with one (unlike "Texas Instruments", "American
 * Airlines", whose nouns are not verbs). */
int
ck_history_verb(const struct ex_block *b, size_t i)
{
	static const char *const verb[] = {
		"joins", "becomes", "declares", "recognizes", "recognises", "severs", "annexes",
		"establishes", "gains", "regains", "withdraws", "suspends", "resumes", "elects",
		"invades", "abolishes", "secedes", "surrenders", "dissolves", "unites",
		/* (of a post: "American Embassy Moves to Bonn", "U.S. Consulate Reopens") */
		"moves", "opens", "reopens", "closes", "relocates",
	};
	const struct token *t = &b->t[i];
	size_t j;

	/* (every verb of the list has five letters or more and ends in -s) */
	if (i == 0 || t->flen < 5 || b->fb[t->fold + t->flen - 1] != 's' ||
	    !(t->flags & TK_CAP) || (t->flags & TK_ALLCAP) || b->t[i - 1].gap != GAP_SPACE)
		return 0;
	for (j = 0; j < sizeof verb / sizeof *verb; j++)
		if (strlen(verb[j]) == t->flen && memcmp(verb[j], b->fb + t->fold, t->flen) == 0)
			return 1;
	return 0;
}

int
ck_heading_verb_at(const struct chunker *k, int u)
{
	return participle_after_head(k->b, k->u[u].a) || ck_history_verb(k->b, k->u[u].a);
}
