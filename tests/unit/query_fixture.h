/* query_fixture.h -- helpers of the query tests: a small index, queries run. MIT licence. */
#ifndef DOSSIER_QUERY_FIXTURE_H
#define DOSSIER_QUERY_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/query.h"
#include "dossier/util.h"
#include "corpus_fixture.h"
#include "tap.h"

static struct corpus corpus;
static struct entity_set ents;
static struct index *ix;

/* ---- helpers ---- */

/* The AST of text as one line, or "ERROR: message". Owned by a static buffer. */
static inline const char *
dump(const char *text)
{
	static char out[512];
	char err[200];
	struct query *q = query_parse(text, err, sizeof err);
	char *d;

	if (!q) {
		snprintf(out, sizeof out, "ERROR: %s", err);
		return out;
	}
	d = query_dump(q);
	snprintf(out, sizeof out, "%s", d);
	free(d);
	query_free(q);
	return out;
}

/* The error message for text, or "" when it parses. */
static inline const char *
error_of(const char *text)
{
	static char err[200];
	struct query *q = query_parse(text, err, sizeof err);

	if (q) {
		query_free(q);
		return "";
	}
	return err;
}

struct ids {
	char s[256];	/* "0,2,3" in result order */
};

static inline void
collect(void *ud, uint32_t id)
{
	struct ids *r = ud;
	size_t n = strlen(r->s);

	snprintf(r->s + n, sizeof r->s - n, "%s%u", n ? "," : "", id);
}

/* Compile text (NULL sql when it does not parse); the caller frees with query_stmt_free(). */
static inline struct query_stmt
compile(const char *text, unsigned flags, bool ranked)
{
	struct query_stmt st = {0};
	struct query *q = query_parse(text, NULL, 0);

	if (!q)
		return st;
	if (ranked)
		query_sql_ranked(q, flags, &st);
	else
		query_sql(q, flags, &st);
	query_free(q);
	return st;
}

/* Run text on the index: the ids in result order, or "ERROR" / "SQLERROR". */
static inline const char *
run_q(const char *text, unsigned flags, bool ranked)
{
	static struct ids r;
	struct query_stmt st = compile(text, flags, ranked);
	struct sbuf b = {0};
	int rc;

	r.s[0] = '\0';
	if (!st.sql)
		return "ERROR";
	/* Unranked results come in no defined order: ask for id order to compare. */
	sb_printf(&b, "%s%s", st.sql, ranked ? "" : " ORDER BY a.id");
	rc = index_select_ids(ix, b.data, (const char *const *)st.params, st.nparams, collect, &r);
	sb_free(&b);
	query_stmt_free(&st);
	return rc == INDEX_OK ? r.s : "SQLERROR";
}

static inline const char *
run(const char *text)
{
	return run_q(text, 0, false);
}

static inline int
sql(const char *s)
{
	return index_select_ids(ix, s, NULL, 0, collect, &(struct ids){ "" });
}

static inline void
add(const char *path, const char *text)
{
	fixture_add(&corpus, path, text);
}

/* Set what article_parse would find, so the tests do not depend on its heuristics. */
static inline void
meta(uint32_t id, const char *source, const char *date)
{
	struct article *a = corpus.arts[id];

	free(a->source);
	a->source = xstrdup(source);
	memcpy(a->date, date, 11);
	a->date_key = atoi(date) * 10000 + atoi(date + 5) * 100 + atoi(date + 8);
}

static inline void
entity(uint32_t id, enum ent_type type, const char *canonical, const char *key,
       const char *alias1, const char *alias2)
{
	struct entity *e = &ents.ents[id];

	e->id = id;
	e->type = (uint8_t)type;
	e->canonical = xstrdup(canonical);
	e->key = xstrdup(key);
	e->aliases = xcalloc(2, sizeof *e->aliases);
	e->aliases[e->naliases++] = xstrdup(alias1);
	if (alias2)
		e->aliases[e->naliases++] = xstrdup(alias2);
}

static inline void
mention(uint32_t article, uint32_t ent)
{
	size_t k = ents.nmentions[article]++;

	ents.mentions[article] = xrealloc(ents.mentions[article], (k + 1) * sizeof (struct mention));
	ents.mentions[article][k] = (struct mention){ (uint32_t)k * 10, (uint32_t)k * 10 + 5, ent,
						     ents.ents[ent].type };
	ents.total_mentions++;
}

/* A mention of ent at the first occurrence of surface in the article after the last
 * mention (real offsets: the quotes are found from them). */
static inline void
mention_at(uint32_t article, uint32_t ent, const char *surface)
{
	const struct article *a = corpus.arts[article];
	size_t k = ents.nmentions[article]++;
	uint32_t from = k ? ents.mentions[article][k - 1].end : 0;
	const char *p = strstr(a->text + from, surface);

	CHECK(p != NULL);
	ents.mentions[article] = xrealloc(ents.mentions[article], (k + 1) * sizeof (struct mention));
	ents.mentions[article][k] = (struct mention){ (uint32_t)(p - a->text),
		(uint32_t)(p - a->text + strlen(surface)), ent, ents.ents[ent].type };
	ents.total_mentions++;
}

static inline void
state_row(uint32_t id, const char *read, const char *flagged, const char *archived)
{
	const char *p[] = { corpus.arts[id]->hash, corpus.arts[id]->path, read, flagged, archived };

	CHECK_INT(index_select_ids(ix, "INSERT INTO st.article(hash, path, read, flagged, archived)"
				   " VALUES(?, ?, ?, ?, ?)", p, 5, collect, &(struct ids){ "" }),
		  INDEX_OK);
}

static inline void
tag_row(uint32_t id, const char *name)
{
	const char *p[] = { corpus.arts[id]->hash, name };

	CHECK_INT(index_select_ids(ix, "INSERT INTO st.tag(hash, name) VALUES(?, ?)", p, 2, collect,
				   &(struct ids){ "" }), INDEX_OK);
}

static inline void
setup(void)
{
	char err[256];
	size_t i;

	corpus_init(&corpus);
	add("a.txt", "Vietnam leader\nNông Đức Mạnh met Nicolás Maduro in Hà Nội.\n");
	add("b.txt", "Nordic notes\nThe Øresund bridge and Łódź and Ærø were visited by Straße fans.\n");
	add("c.txt", "Maduro in the title\nA short text about oil and covid-19 prices.\n");
	add("d.txt", "Summit in Samarkand\nVladimir Putin met Xi Jinping. Putin said the talks went"
	    " well.\n");
	add("e/f.md", "Nothing relevant\nA report about weather and rain.\n");
	corpus_finish(&corpus);
	meta(0, "Anadolu Agency", "2026-01-03");
	meta(1, "The Guardian", "2025-12-01");
	meta(2, "Reuters", "2026-02-15");
	meta(3, "TASS", "2026-02-28");
	meta(4, "Agência Brasil", "2025-11-20");
	ix = index_open(err, sizeof err);
	CHECK(ix != NULL);
	CHECK_INT(index_add_corpus(ix, &corpus, NULL), INDEX_OK);

	ents.n = 4;
	ents.ents = xcalloc(ents.n, sizeof *ents.ents);
	ents.narticles = corpus.n;
	ents.mentions = xcalloc(corpus.n, sizeof *ents.mentions);
	ents.nmentions = xcalloc(corpus.n, sizeof *ents.nmentions);
	entity(0, ENT_PERSON, "Nông Đức Mạnh", "nong duc manh", "Nông Đức Mạnh", NULL);
	entity(1, ENT_PERSON, "Nicolás Maduro", "nicolas maduro", "Nicolás Maduro", "Maduro");
	entity(2, ENT_PERSON, "Vladimir Putin", "vladimir putin", "Vladimir Putin", "Putin");
	entity(3, ENT_PLACE, "Hà Nội", "ha noi", "Hà Nội", NULL);
	mention(0, 0);
	mention(0, 1);
	mention(0, 3);
	mention(2, 1);
	/* "Putin said the talks went well.": a quote of Vladimir Putin (said:) */
	mention_at(3, 2, "Vladimir Putin");
	mention_at(3, 2, "Putin");
	for (i = 0; i < ents.n; i++)
		ents.ents[i].narticles = 1;
	CHECK_INT(index_add_entities(ix, &ents), INDEX_OK);

	/* The triage state, as the state module attaches it. */
	CHECK_INT(sql("ATTACH DATABASE ':memory:' AS st"), INDEX_OK);
	CHECK_INT(sql("CREATE TABLE st.article(hash TEXT PRIMARY KEY, path TEXT, read INTEGER,"
		      " flagged INTEGER, archived INTEGER, note TEXT, first_seen INTEGER,"
		      " last_opened INTEGER)"), INDEX_OK);
	CHECK_INT(sql("CREATE TABLE st.tag(hash TEXT, name TEXT, PRIMARY KEY(hash, name))"),
		  INDEX_OK);
	state_row(0, "1", "0", "0");
	state_row(1, "1", "1", "0");
	state_row(2, "0", "0", "1");
	tag_row(0, "urgent");
	tag_row(3, "Urgent");
	tag_row(3, "Élection");
}

static inline void
teardown(void)
{
	size_t i;

	index_close(ix);
	for (i = 0; i < ents.n; i++) {
		free(ents.ents[i].canonical);
		free(ents.ents[i].key);
		while (ents.ents[i].naliases)
			free(ents.ents[i].aliases[--ents.ents[i].naliases]);
		free(ents.ents[i].aliases);
	}
	for (i = 0; i < ents.narticles; i++)
		free(ents.mentions[i]);
	free(ents.mentions);
	free(ents.nmentions);
	free(ents.ents);
	corpus_free(&corpus);
}

#endif
