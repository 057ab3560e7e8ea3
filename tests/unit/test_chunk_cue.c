/* test_chunk_cue.c -- the chunker's word tests: cue bits of a token and its block, tis() and tis_any(). MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"
#include "tap.h"

/* Tokenise s (no scanner spans); the caller frees b. */
static void
tokens_of(struct ex_block *b, const char *s)
{
	memset(b, 0, sizeof *b);
	ex_tokenize(b, s, 0, strlen(s), NULL);
}

/* The index of the token whose text starts at s's word w, or -1. */
static long
token_at(const struct ex_block *b, const char *s, const char *w)
{
	const char *p = strstr(s, w);
	size_t i;

	for (i = 0; p && i < b->n; i++)
		if (b->t[i].start == (uint32_t)(p - s))
			return (long)i;
	return -1;
}

/* A listed word has its bits in any case; a word around it none. */
static void
test_cue_bits(void)
{
	const char *s = "The Striker signed FOR Chelsea against Arsenal in the derby; "
			"shares fell. Forth forty fo.";
	struct ex_block b;
	long i;

	tokens_of(&b, s);
	CHECK((i = token_at(&b, s, "Striker")) >= 0);
	CHECK_INT(b.t[i].cue, TC_ROLE | TC_SPORT | TC_SPORTW);
	CHECK(b.t[token_at(&b, s, "signed")].cue == TC_SIGN);
	CHECK(b.t[token_at(&b, s, "FOR")].cue == TC_FOR);
	CHECK(b.t[token_at(&b, s, "against")].cue == TC_AGAINST);
	CHECK(b.t[token_at(&b, s, "derby")].cue == (TC_GAME | TC_SPORTW));
	CHECK(b.t[token_at(&b, s, "shares")].cue == (TC_SHARES | TC_RUNNER));
	CHECK(b.t[token_at(&b, s, "fell")].cue == TC_MOVE);
	/* (a word that starts or ends like one is not it) */
	CHECK_INT(b.t[token_at(&b, s, "Chelsea")].cue, 0);
	CHECK_INT(b.t[token_at(&b, s, "Forth")].cue, 0);
	CHECK_INT(b.t[token_at(&b, s, "forty")].cue, 0);
	CHECK_INT(b.t[token_at(&b, s, "fo.")].cue, 0);
	CHECK_INT(b.t[token_at(&b, s, "The")].cue, 0);
	/* the block's bits are its words' */
	CHECK(b.cues & TC_ROLE);
	CHECK(b.cues & TC_MOVE);
	CHECK(!(b.cues & (TC_FIGURE | TC_VERDICT | TC_MEMBER | TC_KIND)));
	ex_block_free(&b);
}

/* A word whose hash passes the filter of cue words but is none of them has no bits: the
 * filter only says maybe. */
static void
test_cue_filter_collision(void)
{
	char w[32], text[64];
	struct ex_block b;
	int n, found = 0;

	tokens_of(&b, "for");	/* (the table made) */
	ex_block_free(&b);
	for (n = 0; n < 200000 && found < 3; n++) {
		snprintf(w, sizeof w, "zq%d", n);
		if (!ex_cue_may(gaz_hash(w, strlen(w))))
			continue;
		snprintf(text, sizeof text, "the %s word", w);
		tokens_of(&b, text);
		CHECK_INT(b.n, 3);
		CHECK_INT(b.t[1].cue, 0);
		CHECK_INT(b.cues, 0);
		ex_block_free(&b);
		found++;
	}
	CHECK_INT(found, 3);
}

/* tis() of a literal (a masked load of 8 bytes) and tis_str() agree, on words shorter,
 * longer and of 8 bytes, and on the block's last word (the fold buffer's room after it);
 * tis_any() finds a word of a list, no prefix of one. */
static void
test_tis(void)
{
	static const char *const list[] = { "coalition", "carmaker", "giant" };
	const char *s = "A carmaker's coalition giants Giant abcdefgh abcdefghi for";
	struct ex_block b;
	size_t i;

	tokens_of(&b, s);
	CHECK_INT(b.n, 8);
	for (i = 0; i < b.n; i++) {
		CHECK_INT(tis(&b, i, "carmaker"), tis_str(&b, i, "carmaker"));
		CHECK_INT(tis(&b, i, "abcdefgh"), tis_str(&b, i, "abcdefgh"));
		CHECK_INT(tis(&b, i, "abcdefghi"), tis_str(&b, i, "abcdefghi"));
		CHECK_INT(tis(&b, i, "giant"), tis_str(&b, i, "giant"));
		CHECK_INT(tis(&b, i, "for"), tis_str(&b, i, "for"));
		CHECK_INT(tis(&b, i, "a"), tis_str(&b, i, "a"));
	}
	CHECK(tis(&b, 1, "carmaker"));		/* without its 's */
	CHECK(!tis(&b, 1, "carmake"));
	CHECK(!tis(&b, 3, "giant"));		/* "giants" */
	CHECK(tis(&b, 4, "giant"));
	CHECK(tis(&b, 5, "abcdefgh") && !tis(&b, 5, "abcdefghi"));
	CHECK(tis(&b, 6, "abcdefghi") && !tis(&b, 6, "abcdefgh"));
	CHECK(tis(&b, 7, "for") && !tis(&b, 7, "fo") && !tis(&b, 7, "fort"));
	CHECK(TIS_ANY(&b, 2, list) && TIS_ANY(&b, 4, list) && !TIS_ANY(&b, 3, list));
	CHECK(!TIS_ANY(&b, 0, list));
	ex_block_free(&b);
}

int
main(void)
{
	RUN(test_cue_bits);
	RUN(test_cue_filter_collision);
	RUN(test_tis);
	return TAP_END();
}
