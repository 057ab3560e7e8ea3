/* test_cluster.c -- unit tests of story clusters (near-duplicates) and the line diff. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/util.h"
#include "corpus_fixture.h"
#include "tap.h"

/* ---- a small generated set: stories, their versions, and near misses ---- */

static uint64_t
rnd(uint64_t *s)
{
	uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* A pseudo-word from syllables: 3000 of them, so unrelated texts share few shingles. */
static void
word(struct sbuf *b, uint64_t *s)
{
	static const char *const syl[] = { "ka", "lo", "mi", "ten", "var", "dor", "sel", "qui",
		"ban", "ro", "tu", "nel", "pra", "vin", "sho", "gal" };
	uint64_t w = rnd(s) % 3000;

	sb_adds(b, syl[w % 16]);
	sb_adds(b, syl[w / 16 % 16]);
	if (w >= 256)
		sb_adds(b, syl[w / 256 % 16]);
}

/* Paragraph p of story k: 40 words, the same every time it is asked for. */
static void
para(struct sbuf *b, int k, int p)
{
	uint64_t s = (uint64_t)k * 1000003 + (uint64_t)p * 7919 + 1;
	int i;

	for (i = 0; i < 40; i++) {
		if (i)
			sb_addc(b, ' ');
		word(b, &s);
	}
	sb_adds(b, ".\n\n");
}

/* Edits of a version of a story. */
enum { CUT = 1, HEADLINE = 2, BOILER = 4, REWORD = 8, ONE_SHARED = 16 };

/* Story k (8 paragraphs) as one outlet prints it, with the edits asked for. */
static char *
version(int k, int edits, const char *outlet, const char *date)
{
	struct sbuf b = {0};
	int p;

	sb_printf(&b, (edits & HEADLINE) ? "Another headline for story %d\n" :
		  "Story %d makes the news\n", k);
	sb_printf(&b, "%s\nBy %s\n\n", date, outlet);
	if (edits & BOILER)
		sb_adds(&b, "[ad_1]\n\nShare this article\n\n");
	for (p = 0; p < 8; p++) {
		if ((edits & CUT) && (p == 3 || p == 6))
			continue;	/* two paragraphs of eight cut */
		if ((edits & ONE_SHARED) && p != 2) {
			para(&b, k + 500, p);	/* a follow-up: one paragraph quoted */
			continue;
		}
		if ((edits & REWORD) && p == 4) {
			/* "a quote reworded": the paragraph's second half in other words */
			struct sbuf q = {0};
			uint64_t s = (uint64_t)k * 31 + 5;
			int i;

			para(&q, k, p);
			sb_add(&b, q.data, q.len / 2);
			for (i = 0; i < 20; i++) {
				sb_addc(&b, ' ');
				word(&b, &s);
			}
			sb_adds(&b, ".\n\n");
			sb_free(&q);
			continue;
		}
		para(&b, k, p);
	}
	if (edits & BOILER)
		sb_adds(&b, "Source link\nRELATED ARTICLES\n");
	return b.data;
}

/* Story k with only the paragraphs from..to (a brief, a heavily cut version). */
static char *
part(int k, int from, int to)
{
	struct sbuf b = {0};
	int p;

	sb_printf(&b, "Story %d in short\nJanuary 5, 2026\n\n", k);
	for (p = from; p <= to; p++)
		para(&b, k, p);
	return b.data;
}

static void
add(struct corpus *c, const char *path, char *text)
{
	fixture_add(c, path, text);
	free(text);
}

/* The set: three stories in several versions, two unrelated articles, a follow-up that
 * quotes one paragraph of story 1, and a story too short to judge printed twice. */
static void
make_set(struct corpus *c)
{
	corpus_init(c);
	add(c, "a/s1-reuters.txt", version(1, 0, "Reuters", "January 3, 2026"));
	add(c, "b/s1-guardian.txt", version(1, CUT | HEADLINE, "The Guardian", "January 4, 2026"));
	add(c, "c/s1-herald.txt", version(1, BOILER | REWORD, "The Herald", "January 2, 2026"));
	add(c, "d/s1-follow.txt", version(1, ONE_SHARED, "The Herald", "January 9, 2026"));
	add(c, "a/s2-ap.txt", version(2, 0, "AP", "February 1, 2026"));
	add(c, "b/s2-post.txt", version(2, CUT | BOILER | REWORD | HEADLINE, "The Post",
				       "February 1, 2026"));
	add(c, "a/s3-afp.txt", version(3, 0, "AFP", "March 5, 2026"));
	add(c, "b/s3-daily.txt", version(3, BOILER, "Daily", "March 5, 2026"));
	add(c, "c/s3-times.txt", version(3, HEADLINE, "Times", "March 4, 2026"));
	add(c, "e/other1.txt", version(7, 0, "AP", "April 1, 2026"));
	add(c, "e/other2.txt", version(8, 0, "AP", "April 2, 2026"));
	add(c, "f/short1.txt", xstrdup("Short\nJanuary 1, 2026\n\nOnly a few words here.\n"));
	add(c, "f/short2.txt", xstrdup("Short\nJanuary 1, 2026\n\nOnly a few words here.\n"));
	corpus_finish(c);
}

/* The article id of path, or -1. */
static long
id_of(const struct corpus *c, const char *path)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->arts[i]->path, path) == 0)
			return (long)i;
	return -1;
}

/* Cluster k's members as "path path ..." (representative first). */
static char *
members_text(const struct corpus *c, const struct cluster_set *cs, uint32_t k)
{
	struct sbuf b = {0};
	size_t n, i;
	const uint32_t *m = cluster_members(cs, k, &n);

	for (i = 0; i < n; i++)
		sb_printf(&b, "%s%s", i ? " " : "", c->arts[m[i]]->path);
	return b.data ? b.data : xstrdup("");
}

static void
test_expected_clusters(void)
{
	struct corpus c;
	struct cluster_set *cs;
	char *t;

	make_set(&c);
	cs = cluster_build(&c, NULL);
	CHECK(cs != NULL);
	CHECK_INT(cs->n, 3);
	/* Numbered by their first article in path order: a/s1 < a/s2 < a/s3. */
	t = members_text(&c, cs, 1);
	CHECK_STR(t, "c/s1-herald.txt a/s1-reuters.txt b/s1-guardian.txt");
	free(t);
	t = members_text(&c, cs, 2);
	CHECK_STR(t, "a/s2-ap.txt b/s2-post.txt");	/* same date: by path */
	free(t);
	t = members_text(&c, cs, 3);
	CHECK_STR(t, "c/s3-times.txt a/s3-afp.txt b/s3-daily.txt");
	free(t);
	CHECK_INT(cluster_of(cs, (uint32_t)id_of(&c, "d/s1-follow.txt")), 0);
	CHECK_INT(cluster_of(cs, (uint32_t)id_of(&c, "e/other1.txt")), 0);
	CHECK_INT(cluster_of(cs, (uint32_t)id_of(&c, "f/short1.txt")), 0);
	CHECK_INT(cluster_of(cs, (uint32_t)id_of(&c, "b/s1-guardian.txt")), 1);
	CHECK(!cluster_is_duplicate(cs, (uint32_t)id_of(&c, "c/s1-herald.txt")));
	CHECK(cluster_is_duplicate(cs, (uint32_t)id_of(&c, "a/s1-reuters.txt")));
	CHECK(!cluster_is_duplicate(cs, (uint32_t)id_of(&c, "e/other2.txt")));
	CHECK(!cluster_is_duplicate(NULL, 0));
	CHECK_INT(cluster_of(cs, 1000), 0);
	cluster_set_free(cs);
	corpus_free(&c);
}

/* Only the title, the dateline and boilerplate differ: the same text. */
static void
test_resemblance(void)
{
	struct corpus c;

	corpus_init(&c);
	add(&c, "a.txt", version(3, 0, "AFP", "March 5, 2026"));
	add(&c, "b.txt", version(3, HEADLINE | BOILER, "AFP", "Monday, March 9, 2026"));
	corpus_finish(&c);
	CHECK(cluster_resemblance(c.arts[0], c.arts[1]) == 1.0);
	corpus_free(&c);
	make_set(&c);
	CHECK(cluster_resemblance(c.arts[id_of(&c, "a/s3-afp.txt")],
				  c.arts[id_of(&c, "b/s3-daily.txt")]) > 0.9);
	CHECK(cluster_resemblance(c.arts[id_of(&c, "a/s1-reuters.txt")],
				  c.arts[id_of(&c, "d/s1-follow.txt")]) < 0.2);
	CHECK(cluster_resemblance(c.arts[id_of(&c, "a/s1-reuters.txt")],
				  c.arts[id_of(&c, "b/s1-guardian.txt")]) >= CLUSTER_THRESHOLD);
	CHECK(cluster_resemblance(c.arts[id_of(&c, "f/short1.txt")],
				  c.arts[id_of(&c, "f/short2.txt")]) < 0);
	corpus_free(&c);
}

/* Three paragraphs of eight: below the resemblance threshold, but all of it is in the
 * story, so the same story; two of eight (a brief a roundup quotes) is not. */
static void
test_contained(void)
{
	struct corpus c;
	double j;

	corpus_init(&c);
	add(&c, "a.txt", version(4, 0, "AP", "January 5, 2026"));
	add(&c, "b.txt", part(4, 0, 2));
	add(&c, "c.txt", part(4, 3, 4));
	corpus_finish(&c);
	j = cluster_resemblance(c.arts[0], c.arts[1]);
	CHECK(j >= CLUSTER_CONTAINED_MIN && j < CLUSTER_THRESHOLD);
	CHECK(cluster_same_story(c.arts[0], c.arts[1]));
	CHECK(cluster_resemblance(c.arts[0], c.arts[2]) < CLUSTER_CONTAINED_MIN);
	CHECK(!cluster_same_story(c.arts[0], c.arts[2]));
	CHECK(!cluster_same_story(c.arts[1], c.arts[2]));
	corpus_free(&c);
}

/* A chain A ~ B ~ C ~ D where each shares little with the next but one: single link put
 * all four together. A member is near the representative (A, the first) or near a member
 * that is: C joins through B, D (two steps from B, three from A) stands alone. */
static void
test_chain(void)
{
	struct corpus c;
	struct cluster_set *cs;

	corpus_init(&c);
	add(&c, "a.txt", part(9, 0, 11));
	add(&c, "b.txt", part(9, 4, 15));
	add(&c, "c.txt", part(9, 8, 19));
	add(&c, "d.txt", part(9, 12, 23));
	corpus_finish(&c);
	CHECK(cluster_same_story(c.arts[0], c.arts[1]));
	CHECK(cluster_same_story(c.arts[1], c.arts[2]));
	CHECK(cluster_same_story(c.arts[2], c.arts[3]));
	CHECK(cluster_resemblance(c.arts[0], c.arts[2]) < 0.25);
	CHECK(cluster_resemblance(c.arts[1], c.arts[3]) < 0.25);
	cs = cluster_build(&c, NULL);
	CHECK(cs != NULL);
	CHECK(cluster_of(cs, 0) != 0 && cluster_of(cs, 0) == cluster_of(cs, 1));
	CHECK_INT(cluster_of(cs, 2), cluster_of(cs, 0));
	CHECK_INT(cluster_of(cs, 3), 0);
	cluster_set_free(cs);
	corpus_free(&c);
}

/* Two builds give the same clusters (fixed seeds, threads or not). */
static void
test_deterministic(void)
{
	struct corpus c;
	struct cluster_set *a, *b;

	make_set(&c);
	a = cluster_build(&c, NULL);
	b = cluster_build(&c, NULL);
	CHECK(a && b && a->n == b->n);
	CHECK(a && b && memcmp(a->of, b->of, c.n * sizeof *a->of) == 0);
	CHECK(a && b && memcmp(a->members, b->members, a->start[a->n] * sizeof *a->members) == 0);
	cluster_set_free(a);
	cluster_set_free(b);
	corpus_free(&c);
}

/* Article k: its own paragraphs of story k, then the licence text many articles carry
 * (story 9999's six paragraphs: 60% of the words). */
static char *
licensed(int k, int own)
{
	struct sbuf b = {0};
	int p;

	sb_printf(&b, "Package %d\n\n", k);
	for (p = 0; p < 4; p++)
		para(&b, own, p);
	for (p = 0; p < 6; p++)
		para(&b, 9999, p);
	return b.data;
}

/*
 * Corpus-wide boilerplate: 80 files share a licence text (60% of their words, so any two
 * resemble at 0.43 over all their shingles) and nothing else; they are not one story. Two
 * of them with the same own text are. (A licence pile of 804 Debian copyright files put
 * 130 in one cluster.)
 */
static void
test_boilerplate(void)
{
	struct corpus c;
	struct cluster_set *cs;
	char path[32];
	int k;

	corpus_init(&c);
	for (k = 0; k < 80; k++) {
		snprintf(path, sizeof path, "pkg%02d.txt", k);
		add(&c, path, licensed(k, 100 + k));
	}
	add(&c, "same-a.txt", licensed(80, 5000));
	add(&c, "same-b.txt", licensed(81, 5000));
	corpus_finish(&c);
	CHECK(cluster_same_story(c.arts[0], c.arts[1]));	/* the pair alone knows no better */
	cs = cluster_build(&c, NULL);
	CHECK(cs != NULL);
	CHECK_INT(cs ? cs->n : 0, 1);
	CHECK(cluster_of(cs, (uint32_t)id_of(&c, "same-a.txt")) != 0);
	CHECK_INT(cluster_of(cs, (uint32_t)id_of(&c, "same-a.txt")),
		  cluster_of(cs, (uint32_t)id_of(&c, "same-b.txt")));
	for (k = 0; k < 80; k++) {
		snprintf(path, sizeof path, "pkg%02d.txt", k);
		if (cluster_of(cs, (uint32_t)id_of(&c, path)) != 0)
			break;
	}
	CHECK_INT(k, 80);	/* none of the others is in a cluster */
	cluster_set_free(cs);
	corpus_free(&c);
}

static void
test_stop(void)
{
	struct corpus c;
	volatile int stop = 1;

	make_set(&c);
	CHECK(cluster_build(&c, &stop) == NULL);
	corpus_free(&c);
}

/* Nothing to cluster: an empty corpus, empty and hostile files. */
static void
test_hostile(void)
{
	struct corpus c;
	struct cluster_set *cs;
	char bad[4096];
	size_t i;

	corpus_init(&c);
	cs = cluster_build(&c, NULL);
	CHECK(cs && cs->n == 0);
	cluster_set_free(cs);
	for (i = 0; i < sizeof bad - 1; i++)
		bad[i] = (char)(i % 7 == 0 ? 0xC3 : i % 11 == 0 ? 0x1B : 0x80 + i % 64);
	bad[sizeof bad - 1] = '\0';
	add(&c, "x/empty.txt", xstrdup(""));
	add(&c, "x/bad1.txt", xstrdup(bad));
	add(&c, "x/bad2.txt", xstrdup(bad));
	add(&c, "x/nl.txt", xstrdup("\n\n\n\r\n"));
	corpus_finish(&c);
	cs = cluster_build(&c, NULL);
	CHECK(cs != NULL);
	for (i = 0; cs && i < c.n; i++)
		if (strcmp(c.arts[i]->path, "x/bad1.txt") && strcmp(c.arts[i]->path, "x/bad2.txt"))
			CHECK_INT(cluster_of(cs, (uint32_t)i), 0);
	cluster_set_free(cs);
	corpus_free(&c);
}

/* The diff as a string: one letter a line (= same, - cut, + added) and the line's text. */
static char *
diff_text(const struct article *a, const struct article *b)
{
	struct diff_line *d;
	size_t n = cluster_diff(a, b, &d), i;
	struct sbuf s = {0};

	for (i = 0; i < n; i++) {
		const struct article *from = d[i].kind == DIFF_ADDED ? b : a;
		uint32_t l = d[i].kind == DIFF_ADDED ? d[i].b : d[i].a;

		sb_printf(&s, "%c%.*s|", "=-+"[d[i].kind],
			  (int)(from->lines[l].end - from->lines[l].start),
			  from->text + from->lines[l].start);
	}
	free(d);
	return s.data ? s.data : xstrdup("");
}

static void
test_diff(void)
{
	struct corpus c;
	char *t;

	corpus_init(&c);
	fixture_add(&c, "a.txt", "Title\n\nOne.\nTwo.\n[ad_1]\nThree.\nFour.\n");
	fixture_add(&c, "b.txt", "Title\n\nOne.\nThree.\n  Four.  \nFive.\nSource link\n");
	fixture_add(&c, "c.txt", "");
	corpus_finish(&c);
	t = diff_text(c.arts[0], c.arts[1]);
	CHECK_STR(t, "=Title|=One.|-Two.|=Three.|=Four.|+Five.|");
	free(t);
	t = diff_text(c.arts[1], c.arts[0]);
	CHECK_STR(t, "=Title|=One.|+Two.|=Three.|=  Four.  |-Five.|");
	free(t);
	t = diff_text(c.arts[0], c.arts[2]);
	CHECK_STR(t, "-Title|-One.|-Two.|-Three.|-Four.|");
	free(t);
	t = diff_text(c.arts[2], c.arts[2]);
	CHECK_STR(t, "");
	free(t);
	corpus_free(&c);
}

/* Two long texts with nothing in common: not aligned, all cut then all added, quickly. */
static void
test_diff_unrelated(void)
{
	struct corpus c;
	struct sbuf a = {0}, b = {0};
	struct diff_line *d;
	size_t n, i, cut = 0;
	int k;

	corpus_init(&c);
	for (k = 0; k < 3000; k++) {
		sb_printf(&a, "line a %d\n", k);
		sb_printf(&b, "line b %d\n", k);
	}
	fixture_add(&c, "a.txt", a.data);
	fixture_add(&c, "b.txt", b.data);
	corpus_finish(&c);
	n = cluster_diff(c.arts[0], c.arts[1], &d);
	CHECK_INT(n, 6000);
	for (i = 0; i < n; i++)
		cut += d[i].kind == DIFF_CUT;
	CHECK_INT(cut, 3000);
	CHECK(n == 6000 && d[0].kind == DIFF_CUT && d[5999].kind == DIFF_ADDED);
	free(d);
	sb_free(&a);
	sb_free(&b);
	corpus_free(&c);
}

int
main(void)
{
	RUN(test_expected_clusters);
	RUN(test_resemblance);
	RUN(test_contained);
	RUN(test_chain);
	RUN(test_deterministic);
	RUN(test_boilerplate);
	RUN(test_stop);
	RUN(test_hostile);
	RUN(test_diff);
	RUN(test_diff_unrelated);
	return TAP_END();
}
