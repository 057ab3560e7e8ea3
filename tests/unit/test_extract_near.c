/* test_extract_near.c -- the extractor's tests of what stands around a name: the line of another language. MIT licence. */
#include "config.h"

#include <stdio.h>
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
	struct ex_line_memo memo = { 0, 0, false, false };
	size_t i, from = 0, len = strlen(t);

	for (i = 0; i < sizeof names / sizeof *names; i++) {
		struct cand c = person_at(t, from, names[i]);
		bool alone = ex_foreign_line(t, len, &c, NULL);

		CHECK_INT(ex_foreign_line(t, len, &c, &memo), alone);
		CHECK_INT(alone, i != 1 && i != 2);
		from = c.end;
	}
}

/* The words are counted 64 bytes at a time: one on either side of a step's end counts
 * as it reads ("often", "ants" are no "of", "an"; "of" after "Z" is no word), and one of
 * over five letters not at all ("yesterday", "enterprise" are no "y", "en"). Three Spanish words and one English: Spanish; one more
 * English word: not. Every offset of the words from the line's start. */
static void
test_foreign_steps(void)
{
	char t[512];
	size_t shift;
	int wrong = 0;

	for (shift = 0; shift < 140; shift++) {
		struct cand c;
		size_t n;

		memset(t, 'Z', shift);
		n = shift + (size_t)snprintf(t + shift, sizeof t - shift, "%s",
					     " el los que of often ants Zof anthem Garza\n");
		c = person_at(t, 0, "Garza");
		wrong += !ex_foreign_line(t, n, &c, NULL);
		n = shift + (size_t)snprintf(t + shift, sizeof t - shift, "%s",
					     " el los que of often ants Zof anthem to Garza\n");
		c = person_at(t, 0, "Garza");
		wrong += ex_foreign_line(t, n, &c, NULL);
		n = shift + (size_t)snprintf(t + shift, sizeof t - shift, "%s",
					     " el los que of elloses Garza\n");
		c = person_at(t, 0, "Garza");
		wrong += !ex_foreign_line(t, n, &c, NULL);
		n = shift + (size_t)snprintf(t + shift, sizeof t - shift, "%s",
					     " el que yesterday enterprise Garza\n");
		c = person_at(t, 0, "Garza");
		wrong += ex_foreign_line(t, n, &c, NULL);
	}
	CHECK_INT(wrong, 0);
}

int
main(void)
{
	RUN(test_foreign_line);
	RUN(test_foreign_memo);
	RUN(test_foreign_steps);
	return TAP_END();
}
