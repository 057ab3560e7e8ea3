/* chunk_papers.c -- chunk rules for collections of papers and letters: the kind of a paper heading its line. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/*
 * Is token i the kind of a paper in capitals first on a heading line: "TELEGRAM TO GENERAL
 * McCLELLAN.", "DESPATCH FROM ...", "MEMORANDUM FOR ...", "LETTER TO ..."? Collections of
 * papers head each one so; the word names the paper, not a firm or a person ("TELEGRAM"
 * was the messaging service Telegram in 3 of Lincoln's papers). After the preposition
 * comes whom it is for: a title, "the", an initial ("TO J. W. SOMERS"), not a headline's
 * verb ("TELEGRAM TO LAUNCH ..."). The name after it is read as ever.
 */
int
ck_paper_kind(const struct ex_block *b, size_t i)
{
	static const char *const kinds[] = {
		"telegram", "telegrams", "despatch", "despatches", "dispatch", "dispatches",
		"memorandum", "memoranda", "letter", "letters", "message", "note", "notes",
		"order", "orders", "proclamation", "circular", "cable", "cablegram", "indorsement",
		"endorsement", "reply", "minute", "report", "statement", "instructions"
	};
	static const char *const after[] = {
		"to", "from", "for", "of", "on", "concerning", "regarding", "addressed", "in"
	};

	if (!(b->t[i].flags & TK_ALLCAP) || (i > 0 && b->t[i - 1].gap != GAP_LINE) ||
	    !tis_any(b, i, kinds, sizeof kinds / sizeof *kinds))
		return 0;
	if (i + 1 == b->n || b->t[i].gap == GAP_LINE || b->t[i].gap == GAP_SENT)
		return 1;	/* "MEMORANDUM." alone */
	if (b->t[i].gap != GAP_SPACE || i + 2 >= b->n || b->t[i + 1].gap != GAP_SPACE ||
	    !(b->t[i + 1].flags & TK_ALLCAP) || !tis_any(b, i + 1, after, sizeof after / sizeof *after))
		return 0;
	return (b->t[i + 2].cls & (GZ_TITLE | GZ_HONORIFIC | GZ_PERSON_NOUN)) ||
	       tis(b, i + 2, "the") || b->t[i + 2].end - b->t[i + 2].start == 1 ||
	       (b->t[i + 2].flags & (TK_ALLCAP | TK_HYPH)) == (TK_ALLCAP | TK_HYPH);
}

/*
 * Do tokens from i name a paper whose kind is a listed body's name too (the messaging
 * service Telegram): "Telegram from Herrick (Paris) to Secretary of State" heads a quoted
 * cable, "the Long Telegram" is Kennan's of 1946 (views-from-the-embassy, session 48: a
 * Telegram ORG of 6 essays)? Returns its words, or 0. (Not "Telegram said", "on Telegram".)
 */
size_t
ck_paper_named(const struct ex_block *b, size_t i)
{
	if ((b->t[i].cue & TC_PAPER) && i + 1 < b->n && b->t[i].gap == GAP_SPACE &&
	    (b->t[i + 1].flags & TK_LOWER) && (tis(b, i + 1, "from") || tis(b, i + 1, "to")) &&
	    i + 2 < b->n && (b->t[i + 2].flags & TK_CAP))
		return 1;
	return tis(b, i, "long") && i + 1 < b->n && b->t[i].gap == GAP_SPACE &&
	       (b->t[i + 1].cue & TC_PAPER) ? 2 : 0;
}
