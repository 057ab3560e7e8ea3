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
