/* test_tokenize_fast.c -- the tokenizer's word read by masks against its byte loop: folded form, hash, case flags. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "tap.h"

/* A word of one to seventeen bytes of letters, digits and capitals in any order. */
static size_t
random_word(char *w, unsigned *r)
{
	static const char set[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	size_t n, k;

	*r = *r * 1103515245u + 12345u;
	n = 1 + (*r >> 16) % 17;
	for (k = 0; k < n; k++) {
		*r = *r * 1103515245u + 12345u;
		w[k] = set[(*r >> 16) % (sizeof set - 1)];
	}
	return n;
}

/* Each word read where 17 bytes or more of the block follow it (the masks) and as the
 * block's last (the byte loop) gives one folded form, one hash (gaz_hash()'s of the
 * form) and one set of case flags, at every offset of the word in its 8 bytes, before a
 * blank or punctuation. */
static void
test_masks_as_loop(void)
{
	static const char *const after[] = { " ", ", ", ". ", ") ", "\n" };
	unsigned r = 7;
	int wrong = 0, words = 0;
	size_t i;

	for (i = 0; i < 3000; i++) {
		char w[32], text[128], alone[64];
		struct ex_block a, b;
		size_t n = random_word(w, &r), lead = i % 9, ta, tb;
		const struct token *x, *y;

		/* the word after "lead" letters and a blank, then text enough for the masks */
		memset(text, 'q', lead);
		text[lead] = ' ';
		snprintf(text + lead + 1, sizeof text - lead - 1, "%.*s%sand the rest of it here",
			 (int)n, w, after[i % 5]);
		snprintf(alone, sizeof alone, "%.*s%.*s", (int)(lead + 1), text, (int)n, w);
		memset(&a, 0, sizeof a);
		memset(&b, 0, sizeof b);
		ex_tokenize(&a, text, 0, strlen(text), NULL);
		ex_tokenize(&b, alone, 0, strlen(alone), NULL);
		ta = lead ? 1 : 0;
		tb = ta;
		if (a.n <= ta || b.n <= tb) {
			wrong++;
		} else {
			x = &a.t[ta];
			y = &b.t[tb];
			words++;
			wrong += x->flen != y->flen || x->hash != y->hash ||
				 memcmp(a.fb + x->fold, b.fb + y->fold, x->flen) != 0 ||
				 x->hash != gaz_hash(a.fb + x->fold, x->flen) ||
				 (x->flags & (TK_CAP | TK_ALLCAP | TK_LOWER | TK_DIGIT | TK_GLUED)) !=
					 (y->flags & (TK_CAP | TK_ALLCAP | TK_LOWER | TK_DIGIT | TK_GLUED));
		}
		ex_block_free(&a);
		ex_block_free(&b);
	}
	CHECK_INT(words, 3000);
	CHECK_INT(wrong, 0);
}

/* Known answers: a capitals word, a glued one, a number, a word of 8 and of 15 bytes. */
static void
test_masks_flags(void)
{
	struct ex_block b;
	const char *s = "NATO HomeWorldKremlin 2024 Abcdefgh Abcdefghijklmno then text to follow";

	memset(&b, 0, sizeof b);
	ex_tokenize(&b, s, 0, strlen(s), NULL);
	CHECK(b.n >= 5);
	CHECK(b.t[0].flags & TK_ALLCAP);
	CHECK(b.t[1].flags & TK_GLUED);
	CHECK(b.t[2].flags & TK_DIGIT);
	CHECK_INT(b.t[3].flen, 8);
	CHECK(memcmp(b.fb + b.t[3].fold, "abcdefgh", 8) == 0);
	CHECK_INT(b.t[3].hash, gaz_hash("abcdefgh", 8));
	CHECK_INT(b.t[4].flen, 15);
	CHECK_INT(b.t[4].hash, gaz_hash("abcdefghijklmno", 15));
	CHECK((b.t[4].flags & (TK_CAP | TK_ALLCAP)) == TK_CAP);
	ex_block_free(&b);
}

int
main(void)
{
	RUN(test_masks_as_loop);
	RUN(test_masks_flags);
	return TAP_END();
}
