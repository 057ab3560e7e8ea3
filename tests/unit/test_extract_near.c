/* test_extract_near.c -- the extractor's tests of what stands around a name: the line of another language. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "tap.h"

/* A person candidate of text's first w after byte from, with no cue of its own. */
static struct cand
person_at(const char *text, size_t from, const char *w)
{
	const char *p = strstr(text + from, w);
	struct cand c;

	memset(&c, 0, sizeof c);
	c.start = (uint32_t)(p - text);
	c.end = c.start + (uint32_t)strlen(w);
	c.canon = -1;
	c.type = ENT_PERSON;
	c.ntok = 1;
	return c;
}

/* A line of Spanish is another language's; one of English is not; a name's cue of its
 * own (a given name) speaks for it wherever it stands. */
static void
test_foreign_line(void)
{
	const char *t = "La sangre coincidio con el ADN de la victima y de los que vinieron.\n"
			"Canales was arrested in Lovington, the police said.\n";
	struct cand a = person_at(t, 0, "ADN"), b = person_at(t, 0, "Canales");

	CHECK(ex_foreign_line(t, strlen(t), &a, NULL));
	CHECK(!ex_foreign_line(t, strlen(t), &b, NULL));
	a.flags = CF_GIVEN;
	CHECK(!ex_foreign_line(t, strlen(t), &a, NULL));
}

/* The memo of the line counted last answers as the count would, for each name of a line
 * in text order; never for a line a name before it spanned with the line before (the
 * two lines together are Spanish, the second alone is not). */
static void
test_foreign_memo(void)
{
	const char *t = "Uno de los dos, el que vino con la de los que y el hijo de Ana\n"
			"Lopez. Then Lopez said it and Garza said it.\n"
			"Y el que vino con los de Garza para la casa.\n";
	const char *names[] = { "Ana\nLopez", "Lopez", "Garza", "Garza" };
	struct ex_line_memo memo;
	size_t i, from = 0, len = strlen(t);

	memset(&memo, 0, sizeof memo);
	for (i = 0; i < sizeof names / sizeof *names; i++) {
		struct cand c = person_at(t, from, names[i]);
		bool alone = ex_foreign_line(t, len, &c, NULL);

		CHECK_INT(ex_foreign_line(t, len, &c, &memo), alone);
		CHECK_INT(alone, i != 1 && i != 2);
		from = c.end;
	}
	ex_line_memo_free(&memo);
}

/* The words are counted 64 bytes at a time: one on either side of a step's end counts
 * as it reads ("often", "ants" are no "of", "an"; "of" after "Z" is no word), and one of
 * over five letters not at all ("yesterday", "enterprise" are no "y", "en"). Three Spanish words and one English: Spanish; one more
 * English word: not. Every offset of the words from the line's start. */
static void
test_foreign_steps(void)
{
	static const struct {
		const char *line;
		bool foreign;
	} lines[] = {
		{ " el los que of often ants Zof anthem Garza\n", true },
		{ " el los que of often ants Zof anthem to Garza\n", false },
		{ " el los que of elloses Garza\n", true },
		{ " el que yesterday enterprise Garza\n", false },
	};
	char t[512];
	size_t shift, k;
	int wrong = 0;

	for (shift = 0; shift < 140; shift++)
		for (k = 0; k < sizeof lines / sizeof *lines; k++) {
			struct cand c;
			size_t n;

			memset(t, 'Z', shift);
			n = shift + (size_t)snprintf(t + shift, sizeof t - shift, "%s", lines[k].line);
			c = person_at(t, 0, "Garza");
			wrong += ex_foreign_line(t, n, &c, NULL) != lines[k].foreign;
		}
	CHECK_INT(wrong, 0);
}

/* A line longer than a name's window (2000 bytes each side) is counted once, from its
 * words listed with the memo: each name's answer is the count of its own window, at
 * every offset, words cut at either end of the window counted as the window reads them. */
static void
test_foreign_long_line(void)
{
	static const char *const words[] = { "el", "los", "que", "of", "the", "often",
					      "elote", "Garza", "yesterday", "andes", "con" };
	char *t = malloc(30000);
	struct ex_line_memo memo;
	size_t n = 0, i, k = 0;
	int wrong = 0, yes = 0;
	unsigned r = 12345;

	memset(&memo, 0, sizeof memo);
	while (n < 29000) {	/* one line of words in a random order, Spanish at times */
		const char *w;

		r = r * 1103515245u + 12345u;
		w = words[(r >> 16) % (sizeof words / sizeof *words)];
		if (((r >> 8) & 255) < ((n / 3000) % 2 ? 40 : 0))
			w = "los";
		n += (size_t)sprintf(t + n, "%s ", w);
	}
	t[n++] = '\n';
	for (i = 0; i + 5 < n; i++) {
		struct cand c;
		bool alone;

		if (memcmp(t + i, "Garza", 5) != 0)
			continue;
		c = person_at(t, i, "Garza");
		alone = ex_foreign_line(t, n, &c, NULL);
		wrong += ex_foreign_line(t, n, &c, &memo) != alone;
		yes += alone;
		k++;
	}
	CHECK(k > 100);
	CHECK(yes > 10 && (size_t)yes + 10 < k);	/* both answers met */
	CHECK_INT(wrong, 0);
	ex_line_memo_free(&memo);
	free(t);
}

/* The edges of a long line's window, read as the window reads them: a word cut at its
 * start counts as what is left ("often" from its "e": "en", Spanish), a word cut at its
 * end too ("thesis" to "the", English; "that" to "th", nothing). */
static void
test_foreign_window_edges(void)
{
	/* what stands 2000 bytes before the name, and what ends 2000 bytes after it */
	static const struct {
		const char *before, *after;
		bool foreign;
	} cases[] = {
		{ " often", " Zzz", true },	/* en el los, of: Spanish */
		{ " Zzzzz", " Zzz", false },	/* el los, of: two Spanish words are not enough */
		{ " often", " thesis", false },	/* en el los, of the: not twice as many */
		{ " often", " that", true },	/* "th" is no word */
	};
	static char t[9000];
	size_t k, n, at;

	for (k = 0; k < sizeof cases / sizeof *cases; k++) {
		struct ex_line_memo memo;
		struct cand c;

		memset(&memo, 0, sizeof memo);
		memset(t, 'Z', sizeof t);	/* capitals: no words counted */
		for (n = 0; n < 8000; n += 5)
			t[n + 4] = ' ';
		at = 4000;	/* the name; the window is [2000, 6005) */
		memcpy(t + at, "Garza", 5);
		memcpy(t + 1996, cases[k].before, strlen(cases[k].before));	/* cut at its 4th */
		memcpy(t + 3000, " el los of ", 11);
		memcpy(t + 6001, cases[k].after, strlen(cases[k].after));	/* cut after 3 */
		t[8000] = '\n';
		c = person_at(t, 3500, "Garza");
		CHECK_INT(ex_foreign_line(t, 8001, &c, NULL), cases[k].foreign);
		CHECK_INT(ex_foreign_line(t, 8001, &c, &memo), cases[k].foreign);
		ex_line_memo_free(&memo);
	}
}

int
main(void)
{
	RUN(test_foreign_line);
	RUN(test_foreign_memo);
	RUN(test_foreign_steps);
	RUN(test_foreign_long_line);
	RUN(test_foreign_window_edges);
	return TAP_END();
}
