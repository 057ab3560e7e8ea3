/* test_query.c -- unit tests of the query language: parser, errors, SQL shape, results on an index. MIT licence. */
#include "config.h"

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
static const char *
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
static const char *
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

static void
collect(void *ud, uint32_t id)
{
	struct ids *r = ud;
	size_t n = strlen(r->s);

	snprintf(r->s + n, sizeof r->s - n, "%s%u", n ? "," : "", id);
}

/* Compile text (NULL sql when it does not parse); the caller frees with query_stmt_free(). */
static struct query_stmt
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
static const char *
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

static const char *
run(const char *text)
{
	return run_q(text, 0, false);
}

static int
sql(const char *s)
{
	return index_select_ids(ix, s, NULL, 0, collect, &(struct ids){ "" });
}

static void
add(const char *path, const char *text)
{
	fixture_add(&corpus, path, text);
}

/* Set what article_parse would find, so the tests do not depend on its heuristics. */
static void
meta(uint32_t id, const char *source, const char *date)
{
	struct article *a = corpus.arts[id];

	free(a->source);
	a->source = xstrdup(source);
	memcpy(a->date, date, 11);
	a->date_key = atoi(date) * 10000 + atoi(date + 5) * 100 + atoi(date + 8);
}

static void
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

static void
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
static void
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

static void
state_row(uint32_t id, const char *read, const char *flagged, const char *archived)
{
	const char *p[] = { corpus.arts[id]->hash, corpus.arts[id]->path, read, flagged, archived };

	CHECK_INT(index_select_ids(ix, "INSERT INTO st.article(hash, path, read, flagged, archived)"
				   " VALUES(?, ?, ?, ?, ?)", p, 5, collect, &(struct ids){ "" }),
		  INDEX_OK);
}

static void
tag_row(uint32_t id, const char *name)
{
	const char *p[] = { corpus.arts[id]->hash, name };

	CHECK_INT(index_select_ids(ix, "INSERT INTO st.tag(hash, name) VALUES(?, ?)", p, 2, collect,
				   &(struct ids){ "" }), INDEX_OK);
}

static void
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

static void
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

/* ---- the parser ---- */

static void
test_parse_empty(void)
{
	struct query *q = query_parse("  \t ", NULL, 0);

	CHECK(q && query_is_empty(q));
	CHECK_INT(query_needs(q), 0);
	query_free(q);
	q = query_parse(NULL, NULL, 0);
	CHECK(q && query_is_empty(q));
	query_free(q);
	/* Punctuation alone is no term, and a "-" before it goes with it; a query of nothing
	 * else would match every article, so it is an error. */
	CHECK_STR(dump("— - -— …"), "ERROR: nothing to search for at column 1");
	CHECK_STR(dump("!!!"), "ERROR: nothing to search for at column 1");
	CHECK_STR(dump("-"), "ERROR: nothing to search for at column 1");
	CHECK_STR(dump("\xff\xfe"), "ERROR: nothing to search for at column 1");
	CHECK_STR(dump("a — b"), "(and \"a\" \"b\")");
	CHECK_STR(dump("a !!!"), "\"a\"");
}

static void
test_parse_words_folded(void)
{
	CHECK_STR(dump("nong duc manh"), "(and \"nong\" \"duc\" \"manh\")");
	CHECK_STR(dump("NÔNG Đức"), "(and \"nong\" \"duc\")");
	CHECK_STR(dump("Nicolás"), "\"nicolas\"");
	CHECK_STR(dump("Øresund Łódź Ærø Straße"), "(and \"oresund\" \"lodz\" \"aero\" \"strasse\")");
	/* Inner punctuation splits a word as FTS5 does: one phrase. */
	CHECK_STR(dump("covid-19"), "\"covid 19\"");
	CHECK_STR(dump("o'brien"), "\"o brien\"");
}

static void
test_parse_phrase_prefix(void)
{
	CHECK_STR(dump("\"Nông  Đức Mạnh\""), "\"nong duc manh\"");
	CHECK_STR(dump("\"nong duc\"*"), "\"nong duc\"*");
	CHECK_STR(dump("nicol*"), "\"nicol\"*");
	CHECK_STR(dump("NICOL**"), "\"nicol\"*");
	CHECK_STR(dump("covid-1*"), "\"covid 1\"*");
	CHECK_STR(dump("\"tag:x NEAR(a\""), "\"tag x near a\"");
	CHECK_STR(dump("a\"b c\"d"), "(and \"a\" \"b c\" \"d\")");
}

static void
test_parse_or_precedence(void)
{
	CHECK_STR(dump("a b OR c"), "(or (and \"a\" \"b\") \"c\")");
	CHECK_STR(dump("a OR b c"), "(or \"a\" (and \"b\" \"c\"))");
	CHECK_STR(dump("a OR b OR c"), "(or \"a\" \"b\" \"c\")");
	CHECK_STR(dump("a AND b OR c AND d"), "(or (and \"a\" \"b\") (and \"c\" \"d\"))");
	/* Only capitals are operators. */
	CHECK_STR(dump("a or b"), "(and \"a\" \"or\" \"b\")");
	CHECK_STR(dump("\"OR\" \"AND\""), "(and \"or\" \"and\")");
}

static void
test_parse_negation(void)
{
	CHECK_STR(dump("-a"), "(not \"a\")");
	CHECK_STR(dump("a -b"), "(and \"a\" (not \"b\"))");
	CHECK_STR(dump("-(a OR b)"), "(not (or \"a\" \"b\"))");
	CHECK_STR(dump("-\"a b\""), "(not \"a b\")");
	CHECK_STR(dump("--a"), "(not (not \"a\"))");
	CHECK_STR(dump("-is:read"), "(not is:read)");
	CHECK_STR(dump("-tag:x -date:2026"), "(and (not tag:\"x\") (not date:20260000..20261231))");
	/* A dash that touches nothing is punctuation. */
	CHECK_STR(dump("a - b"), "(and \"a\" \"b\")");
	CHECK_STR(dump("(a -)"), "\"a\"");
}

static void
test_parse_parentheses(void)
{
	CHECK_STR(dump("(a OR b) c"), "(and (or \"a\" \"b\") \"c\")");
	CHECK_STR(dump("(a b) c"), "(and \"a\" \"b\" \"c\")");
	CHECK_STR(dump("((a))"), "\"a\"");
	CHECK_STR(dump("a (b OR (c d))"), "(and \"a\" (or \"b\" (and \"c\" \"d\")))");
	CHECK_STR(dump("(is:read)tag:x"), "(and is:read tag:\"x\")");
}

static void
test_parse_is_type(void)
{
	struct query *q;

	CHECK_STR(dump("is:unread is:read is:flagged"), "(and is:unread is:read is:flagged)");
	CHECK_STR(dump("IS:Archived"), "is:archived");
	CHECK_STR(dump("type:person type:ORG type:place"), "(and type:PERSON type:ORG type:PLACE)");
	CHECK_STR(dump("type:money type:hashtag type:handle type:url type:date"),
		  "(and type:MONEY type:HASHTAG type:HANDLE type:URL type:DATE)");
	q = query_parse("a -is:archived", NULL, 0);
	CHECK(q && query_mentions_archived(q));
	query_free(q);
	q = query_parse("is:read", NULL, 0);
	CHECK(q && !query_mentions_archived(q));
	query_free(q);
}

static void
test_parse_values(void)
{
	CHECK_STR(dump("tag:urgent"), "tag:\"urgent\"");
	CHECK_STR(dump("tag:\"Long  Name\""), "tag:\"long name\"");
	CHECK_STR(dump("tag:Élection"), "tag:\"election\"");
	CHECK_STR(dump("entity:\"Vladimir Putin\""), "entity:\"vladimir putin\"");
	CHECK_STR(dump("ENTITY:Nicolás"), "entity:\"nicolas\"");
	CHECK_STR(dump("said:\"Vladimir Putin\""), "said:\"vladimir putin\"");
	CHECK_STR(dump("-SAID:Putin"), "(not said:\"putin\")");
	CHECK_STR(dump("source:\"Anadolu Agency\""), "source:\"anadolu agency\"");
	CHECK_STR(dump("source:Agência"), "source:\"agencia\"");
	/* A glob is kept exactly as typed. */
	CHECK_STR(dump("path:Seeds/*.TXT"), "path:\"Seeds/*.TXT\"");
	CHECK_STR(dump("path:\"my dir/*\""), "path:\"my dir/*\"");
	/* A value ends at a parenthesis. */
	CHECK_STR(dump("(tag:a OR tag:b)"), "(or tag:\"a\" tag:\"b\")");
}

static void
test_parse_dates(void)
{
	/* A year starts at YYYY0000: the key of an article dated by its year alone. */
	CHECK_STR(dump("date:2026"), "date:20260000..20261231");
	CHECK_STR(dump("date:2026-01"), "date:20260101..20260131");
	CHECK_STR(dump("date:2024-02"), "date:20240201..20240229");
	CHECK_STR(dump("date:2026-02"), "date:20260201..20260228");
	CHECK_STR(dump("date:2026-01-03"), "date:20260103..20260103");
	CHECK_STR(dump("date:2026-01..2026-02"), "date:20260101..20260228");
	CHECK_STR(dump("date:2025-12-30..2026-01-02"), "date:20251230..20260102");
	CHECK_STR(dump("date:2026-01.."), "date:20260101..");
	CHECK_STR(dump("date:..2026-02"), "date:..20260228");
	CHECK_STR(dump("date:>2025-12-01"), "date:20251202..");
	CHECK_STR(dump("date:>2025-12"), "date:20260000..");
	CHECK_STR(dump("date:>2025"), "date:20260000..");
	CHECK_STR(dump("date:<2026"), "date:..20251231");
	CHECK_STR(dump("date:2026..2026-01"), "date:20260000..20260131");
	CHECK_STR(dump("date:>=2025-12"), "date:20251201..");
	CHECK_STR(dump("date:<2026-03-01"), "date:..20260228");
	CHECK_STR(dump("date:<2024-03"), "date:..20240229");
	CHECK_STR(dump("date:<=2026-01"), "date:..20260131");
	CHECK_STR(dump("date:\"2026-01\""), "date:20260101..20260131");
}

static void
test_parse_needs(void)
{
	struct query *q = query_parse("maduro", NULL, 0);

	CHECK_INT(query_needs(q), QUERY_NEED_TEXT);
	query_free(q);
	q = query_parse("date:2026 source:x path:*", NULL, 0);
	CHECK_INT(query_needs(q), 0);
	query_free(q);
	q = query_parse("entity:x OR type:person", NULL, 0);
	CHECK(query_uses(q, QUERY_NEED_ENTITIES) && !query_uses(q, QUERY_NEED_STATE));
	query_free(q);
	q = query_parse("-tag:x", NULL, 0);
	CHECK(query_uses(q, QUERY_NEED_STATE) && !query_uses(q, QUERY_NEED_ENTITIES));
	query_free(q);
	q = query_parse("(a OR is:flagged)", NULL, 0);
	CHECK_INT(query_needs(q), QUERY_NEED_TEXT | QUERY_NEED_STATE);
	query_free(q);
	/* The story clusters, not the state: is:duplicate means the same with --no-state. */
	q = query_parse("is:duplicate", NULL, 0);
	CHECK_INT(query_needs(q), QUERY_NEED_CLUSTERS);
	query_free(q);
	q = query_parse("-cluster:3 is:unread", NULL, 0);
	CHECK_INT(query_needs(q), QUERY_NEED_CLUSTERS | QUERY_NEED_STATE);
	query_free(q);
}

/* is:duplicate and cluster:N (story clusters). */
static void
test_parse_clusters(void)
{
	CHECK_STR(dump("is:duplicate"), "is:duplicate");
	CHECK_STR(dump("IS:Duplicate"), "is:duplicate");
	CHECK_STR(dump("cluster:12"), "cluster:12");
	CHECK_STR(dump("Cluster:\"7\""), "cluster:7");
	CHECK_STR(dump("cluster:007"), "cluster:7");
	CHECK_STR(dump("-is:duplicate cluster:2 OR cluster:3"),
		  "(or (and (not is:duplicate) cluster:2) cluster:3)");
	CHECK_STR(dump("cluster:2147483647"), "cluster:2147483647");
	CHECK_STR(error_of("cluster:0"),
		  "bad cluster \"0\" at column 9 (a story cluster's number: 1, 2, ...)");
	CHECK_STR(error_of("a cluster:x1"),
		  "bad cluster \"x1\" at column 11 (a story cluster's number: 1, 2, ...)");
	CHECK_STR(error_of("cluster:-1"),
		  "bad cluster \"-1\" at column 9 (a story cluster's number: 1, 2, ...)");
	CHECK_STR(error_of("cluster:2147483648"),
		  "bad cluster \"2147483648\" at column 9 (a story cluster's number: 1, 2, ...)");
	CHECK_STR(error_of("cluster:99999999999999999999999"),
		  "bad cluster \"99999999999999999999999\" at column 9 (a story cluster's"
		  " number: 1, 2, ...)");
	CHECK_STR(error_of("cluster:"), "empty value for \"cluster:\" at column 1");
	CHECK_STR(error_of("cluster:\"\x1b[31m\""),
		  "bad cluster \"?[31m\" at column 10 (a story cluster's number: 1, 2, ...)");
	CHECK_STR(error_of("is:dup"), "unknown is: value \"dup\" at column 4"
		  " (unread, read, flagged, archived, watched or duplicate)");
}

/* ---- errors ---- */

static void
test_error_quotes(void)
{
	CHECK_STR(error_of("\"abc"), "unclosed quote at column 1");
	CHECK_STR(error_of("a \"b c"), "unclosed quote at column 3");
	CHECK_STR(error_of("tag:\"abc"), "unclosed quote at column 5");
	CHECK_STR(error_of("a \"\" b"), "empty phrase at column 3");
	CHECK_STR(error_of("\" — \""), "empty phrase at column 1");
}

static void
test_error_parentheses(void)
{
	CHECK_STR(error_of("(a"), "unclosed parenthesis at column 1");
	CHECK_STR(error_of("(a (b)"), "unclosed parenthesis at column 1");
	CHECK_STR(error_of("a)"), "unmatched \")\" at column 2");
	CHECK_STR(error_of(")"), "unmatched \")\" at column 1");
	CHECK_STR(error_of("(a))"), "unmatched \")\" at column 4");
	CHECK_STR(error_of("()"), "empty parentheses at column 1");
	CHECK_STR(error_of("a ( — )"), "empty parentheses at column 3");
	CHECK_STR(error_of("-()"), "empty parentheses at column 2");
}

static void
test_error_fields(void)
{
	CHECK_STR(error_of("abc foo:bar"), "unknown field \"foo\" at column 5");
	CHECK_STR(error_of("title:maduro"), "unknown field \"title\" at column 1");
	CHECK_STR(error_of("http://example.com"), "unknown field \"http\" at column 1");
	CHECK_STR(error_of("is:new"),
		  "unknown is: value \"new\" at column 4 (unread, read, flagged, archived, watched or duplicate)");
	CHECK_STR(error_of("x type:animal"), "unknown type \"animal\" at column 8"
		  " (person, org, place, date, money, hashtag, handle or url)");
	CHECK_STR(error_of("tag:"), "empty value for \"tag:\" at column 1");
	CHECK_STR(error_of("a -entity: b"), "empty value for \"entity:\" at column 4");
	CHECK_STR(error_of("said:\"\" x"), "empty value for \"said:\" at column 1");
	CHECK_STR(error_of("tag:\"\""), "empty value for \"tag:\" at column 1");
	CHECK_STR(error_of("source:\"  \""), "empty value for \"source:\" at column 9");
	CHECK_STR(error_of("path:)"), "empty value for \"path:\" at column 1");
	/* Numbers before a colon are text, not a field. */
	CHECK_STR(error_of("10:30"), "");
}

static void
test_error_dates(void)
{
	CHECK_STR(error_of("date:2026-02-30"), "impossible date \"2026-02-30\" at column 6");
	CHECK_STR(error_of("date:2025-02-29"), "impossible date \"2025-02-29\" at column 6");
	CHECK_STR(error_of("date:2024-02-29"), "");
	CHECK_STR(error_of("date:2026-13"), "impossible date \"2026-13\" at column 6");
	CHECK_STR(error_of("date:2026-00-10"), "impossible date \"2026-00-10\" at column 6");
	CHECK_STR(error_of("date:2026-01..2026-13"), "impossible date \"2026-13\" at column 15");
	CHECK_STR(error_of("date:>2026-04-31"), "impossible date \"2026-04-31\" at column 7");
	CHECK_STR(error_of("date:2026-02..2026-01"),
		  "date range ends before it starts at column 6");
	CHECK(strncmp(error_of("date:yesterday"), "bad date \"yesterday\" at column 6 (", 34) == 0);
	CHECK(strncmp(error_of("date:26-1-3"), "bad date \"26-1-3\" at column 6", 29) == 0);
	CHECK(strncmp(error_of("date:>"), "bad date \"\" at column 7", 23) == 0);
	CHECK(strncmp(error_of("date:.."), "bad date \"..\" at column 6", 25) == 0);
	CHECK(strncmp(error_of("date:2026-1-03"), "bad date", 8) == 0);
}

static void
test_error_star_or(void)
{
	CHECK_STR(error_of("*"), "lone \"*\" at column 1");
	CHECK_STR(error_of("a -*"), "lone \"*\" at column 4");
	CHECK_STR(error_of("a —*"), "lone \"*\" at column 4");
	CHECK_STR(error_of("OR"), "\"OR\" without a term before it at column 1");
	CHECK_STR(error_of("OR a"), "\"OR\" without a term before it at column 1");
	CHECK_STR(error_of("a OR"), "\"OR\" without a term after it at column 3");
	CHECK_STR(error_of("a OR OR b"), "\"OR\" without a term after it at column 3");
	CHECK_STR(error_of("(OR a)"), "\"OR\" without a term before it at column 2");
	CHECK_STR(error_of("(a OR) b"), "\"OR\" without a term after it at column 4");
	CHECK_STR(error_of("a OR —"), "\"OR\" without a term after it at column 3");
	CHECK_STR(error_of("AND a"), "\"AND\" without a term before it at column 1");
	CHECK_STR(error_of("a AND"), "\"AND\" without a term after it at column 3");
	CHECK_STR(error_of("-OR a"), "\"-\" with nothing to negate at column 1");
}

static void
test_error_limits(void)
{
	char buf[QUERY_MAX_LEN + 16];
	int i;

	for (i = 0; i < 32; i++)
		buf[i] = '(';
	buf[i] = 'a';
	memset(buf + i + 1, ')', 32);
	buf[2 * i + 1] = '\0';
	CHECK_STR(error_of(buf), "");
	memmove(buf + 1, buf, strlen(buf) + 1);
	strcat(buf, ")");
	CHECK_STR(error_of(buf), "query nested too deeply at column 33 (at most 32 levels)");
	memset(buf, '-', 40);
	strcpy(buf + 40, "a");
	CHECK_STR(error_of(buf), "query nested too deeply at column 33 (at most 32 levels)");
	memset(buf, 'a', QUERY_MAX_LEN);
	buf[QUERY_MAX_LEN] = '\0';
	CHECK_STR(error_of(buf), "");
	strcat(buf, "b");
	CHECK_STR(error_of(buf), "query too long (at most 2048 bytes) at column 2049");
}

static void
test_error_columns_and_text(void)
{
	char small[16];
	struct query *q;

	/* Columns count characters, not bytes. */
	CHECK_STR(error_of("Đức Mạnh foo:x"), "unknown field \"foo\" at column 10");
	/* Values in messages are cut short and have no control characters. */
	CHECK_STR(error_of("is:\x1b[31mred"), "unknown is: value \"?[31mred\" at column 4"
		  " (unread, read, flagged, archived, watched or duplicate)");
	CHECK_STR(error_of("is:\xff\xc3\xa9\xc2\x85"), "unknown is: value \"?\xc3\xa9?\" at column 4"
		  " (unread, read, flagged, archived, watched or duplicate)");
	CHECK_STR(error_of("is:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
		  "unknown is: value \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\" at column 4"
		  " (unread, read, flagged, archived, watched or duplicate)");
	/* A small buffer is truncated, never overrun; no buffer at all is fine too. */
	q = query_parse("foo:bar", small, sizeof small);
	CHECK(q == NULL);
	CHECK_INT(strlen(small), sizeof small - 1);
	CHECK(query_parse("foo:bar", NULL, 0) == NULL);
	CHECK(strstr(error_of("(a"), "SQL") == NULL);
}

/* ---- the SQL ---- */

static void
test_sql_free_text(void)
{
	struct query_stmt st = compile("Nông Đức Mạnh", 0, false);

	CHECK_STR(st.sql, "SELECT a.id FROM article a WHERE a.doc IN (SELECT rowid FROM fts WHERE fts MATCH ?)");
	CHECK_INT(st.nparams, 1);
	CHECK_STR(st.params[0], "(\"nong\" AND \"duc\" AND \"manh\")");
	query_stmt_free(&st);
	st = compile("(a OR b*) -c -\"d e\"", 0, false);
	CHECK_INT(st.nparams, 1);
	CHECK_STR(st.params[0], "(((\"a\" OR \"b\"*)) NOT (\"c\" OR \"d e\"))");
	query_stmt_free(&st);
	st = compile("-a -b", 0, false);
	CHECK_STR(st.sql, "SELECT a.id FROM article a WHERE a.doc NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)");
	CHECK_STR(st.params[0], "(\"a\" OR \"b\")");
	query_stmt_free(&st);
	st = compile("", 0, false);
	CHECK_STR(st.sql, "SELECT a.id FROM article a WHERE 1");
	CHECK_INT(st.nparams, 0);
	query_stmt_free(&st);
}

static void
test_sql_no_user_text(void)
{
	static const char *const qs[] = {
		"x'; DROP TABLE article; --", "tag:\"x' OR 1=1 --\"", "source:\"a%b_c\\\"",
		"path:\"*'\"", "entity:\"Robert'); --\"", "NEAR title author",
	};
	size_t i, k;

	for (i = 0; i < sizeof qs / sizeof *qs; i++) {
		struct query_stmt st = compile(qs[i], QUERY_HIDE_ARCHIVED, i % 2 == 1);

		CHECK(st.sql != NULL);
		if (!st.sql)
			continue;
		CHECK(strstr(st.sql, "DROP") == NULL && strstr(st.sql, "1=1") == NULL);
		CHECK(strstr(st.sql, "Robert") == NULL && strstr(st.sql, "NEAR") == NULL);
		CHECK(strchr(st.sql, '%') == NULL);
		/* FTS5 strings hold only folded letters and digits between quotes. */
		for (k = 0; k < st.nparams; k++)
			if (st.params[k][0] == '(' || st.params[k][0] == '"')
				CHECK(strspn(st.params[k], "\"()*abcdefghijklmnopqrstuvwxyz0123456789 ANDORT")
				      == strlen(st.params[k]));
		query_stmt_free(&st);
	}
	CHECK_STR(run("x'; DROP TABLE article; --"), "");
	CHECK_INT(index_narticles(ix), 5);
	CHECK_STR(run("NEAR(maduro"), "ERROR");
	CHECK_STR(run("NEAR maduro"), "");
}

static void
test_sql_fields(void)
{
	struct query_stmt st = compile("tag:Élection entity:\"Nicolás Maduro\" source:100%_x "
				       "path:*.md date:2026-01 type:place is:flagged", 0, false);

	CHECK_INT(st.nparams, 8);
	if (st.nparams == 8) {
		CHECK_STR(st.params[0], "election");
		CHECK_STR(st.params[1], "nicolas maduro");
		CHECK_STR(st.params[2], "nicolas maduro");
		CHECK_STR(st.params[3], "% 100\\%\\_x%");
		CHECK_STR(st.params[4], "*.md");
		CHECK_STR(st.params[5], "20260101");
		CHECK_STR(st.params[6], "20260131");
		CHECK_STR(st.params[7], "PLACE");
	}
	CHECK(strstr(st.sql, "fold(name) = ?") != NULL);
	CHECK(strstr(st.sql, "a.path GLOB ?") != NULL);
	CHECK(strstr(st.sql, "(a.date_key BETWEEN ? AND ?)") != NULL);
	CHECK(strstr(st.sql, "st.article WHERE hash IS NOT NULL AND flagged") != NULL);
	query_stmt_free(&st);
	st = compile("date:>2026-01", 0, false);
	CHECK_STR(st.sql, "SELECT a.id FROM article a WHERE a.date_key >= ?");
	CHECK_STR(st.params[0], "20260201");
	query_stmt_free(&st);
}

static void
test_sql_archived_default(void)
{
	struct query_stmt st = compile("", QUERY_HIDE_ARCHIVED, false);

	CHECK_STR(st.sql, "SELECT a.id FROM article a WHERE a.hash NOT IN (SELECT hash FROM"
		  " st.article WHERE hash IS NOT NULL AND archived)");
	query_stmt_free(&st);
	st = compile("tag:x", QUERY_HIDE_ARCHIVED, false);
	CHECK(strstr(st.sql, ") AND a.hash NOT IN (SELECT hash FROM st.article WHERE hash IS NOT NULL"
		     " AND archived)") != NULL);
	query_stmt_free(&st);
	st = compile("a OR is:archived", QUERY_HIDE_ARCHIVED, false);
	CHECK(strstr(st.sql, "NOT IN (SELECT hash FROM st.article") == NULL);
	query_stmt_free(&st);
	st = compile("maduro", 0, false);
	CHECK(strstr(st.sql, "st.") == NULL);
	query_stmt_free(&st);
}

static void
test_sql_ranked_shapes(void)
{
	struct query_stmt st = compile("maduro -oil tag:x", 0, true);

	CHECK_STR(st.sql, "SELECT a.id, bm25(fts, 10.0, 1.0) AS score FROM fts JOIN article a"
		  " ON a.doc = fts.rowid WHERE fts MATCH ? AND a.hash IN (SELECT hash FROM st.tag"
		  " WHERE hash IS NOT NULL AND fold(name) = ?) ORDER BY score, a.date_key DESC, a.id");
	CHECK_INT(st.nparams, 2);
	CHECK_STR(st.params[0], "((\"maduro\") NOT (\"oil\"))");
	CHECK_STR(st.params[1], "x");
	query_stmt_free(&st);
	st = compile("maduro OR tag:x", 0, true);
	CHECK(strstr(st.sql, "LEFT JOIN (SELECT rowid AS doc, bm25(fts, 10.0, 1.0)") != NULL);
	CHECK_INT(st.nparams, 3);
	CHECK_STR(st.params[0], "\"maduro\"");
	query_stmt_free(&st);
	st = compile("tag:x", 0, true);
	CHECK_STR(st.sql, "SELECT a.id, 0.0 AS score FROM article a WHERE a.hash IN (SELECT hash"
		  " FROM st.tag WHERE hash IS NOT NULL AND fold(name) = ?) ORDER BY a.date_key DESC, a.id");
	query_stmt_free(&st);
}

static void
test_fts_terms(void)
{
	struct query *q = query_parse("Nicolás \"Nông Đức\" nicol* -maduro -(x y) a OR (b nicolas)"
				      " tag:z", NULL, 0);
	char **t;
	size_t n = query_fts_terms(q, &t);

	CHECK_INT(n, 6);
	if (n == 6) {
		CHECK_STR(t[0], "nicolas");
		CHECK_STR(t[1], "nong");
		CHECK_STR(t[2], "duc");
		CHECK_STR(t[3], "nicol*");
		CHECK_STR(t[4], "a");
		CHECK_STR(t[5], "b");
	}
	CHECK(t[n] == NULL);
	query_terms_free(t);
	query_free(q);
	q = query_parse("is:read", NULL, 0);
	CHECK_INT(query_fts_terms(q, &t), 0);
	CHECK(t && t[0] == NULL);
	query_terms_free(t);
	query_free(q);
}

/* ---- results on the index ---- */

static void
test_run_folded_text(void)
{
	CHECK_STR(run("nong duc manh"), "0");
	CHECK_STR(run("NÔNG ĐỨC"), "0");
	CHECK_STR(run("nicolas"), "0");
	CHECK_STR(run("Nicolás"), "0");
	CHECK_STR(run("oresund lodz"), "1");
	CHECK_STR(run("aero strasse"), "1");
	CHECK_STR(run("maduro"), "0,2");
	CHECK_STR(run("covid-19"), "2");
	CHECK_STR(run("nothingatall"), "");
}

static void
test_run_phrase_prefix(void)
{
	CHECK_STR(run("\"duc manh\""), "0");
	CHECK_STR(run("\"manh duc\""), "");
	CHECK_STR(run("nicol*"), "0");
	CHECK_STR(run("madur*"), "0,2");
	CHECK_STR(run("\"nong du\"*"), "0");
	CHECK_STR(run("covid-1*"), "2");
}

static void
test_run_or_not_parens(void)
{
	CHECK_STR(run("oresund OR samarkand"), "1,3");
	CHECK_STR(run("maduro oil OR putin"), "2,3");
	CHECK_STR(run("maduro -oil"), "0");
	CHECK_STR(run("-maduro"), "1,3,4");
	CHECK_STR(run("-maduro -putin"), "1,4");
	CHECK_STR(run("(oresund OR putin) -samarkand"), "1");
	CHECK_STR(run("-(maduro OR putin)"), "1,4");
	CHECK_STR(run("oil OR tag:urgent"), "0,2,3");
	CHECK_STR(run("maduro OR -putin"), "0,1,2,4");
	CHECK_STR(run("--maduro"), "0,2");
}

static void
test_run_dates(void)
{
	CHECK_STR(run("date:2026-01"), "0");
	CHECK_STR(run("date:2026"), "0,2,3");
	CHECK_STR(run("date:2026-01..2026-02"), "0,2,3");
	CHECK_STR(run("date:2026-02-28"), "3");
	CHECK_STR(run("date:>2025-12-01"), "0,2,3");
	CHECK_STR(run("date:>=2025-12-01"), "0,1,2,3");
	CHECK_STR(run("date:<2025-12"), "4");
	CHECK_STR(run("date:<=2025-12-01"), "1,4");
	CHECK_STR(run("date:..2025-12"), "1,4");
	CHECK_STR(run("-date:2026"), "1,4");
}

static void
test_run_source_path(void)
{
	CHECK_STR(run("source:guardian"), "1");
	CHECK_STR(run("source:\"anadolu agency\""), "0");
	CHECK_STR(run("source:ANADOLU"), "0");
	CHECK_STR(run("source:\"anadolu ag\""), "0");
	CHECK_STR(run("source:agencia"), "4");
	CHECK_STR(run("source:agency"), "0");
	CHECK_STR(run("source:uters"), "");
	CHECK_STR(run("-source:reuters"), "0,1,3,4");
	CHECK_STR(run("source:a%"), "");
	CHECK_STR(run("path:*.md"), "4");
	CHECK_STR(run("path:e/*"), "4");
	CHECK_STR(run("path:?.txt"), "0,1,2,3");
	CHECK_STR(run("path:A.TXT"), "");
}

static void
test_run_state(void)
{
	CHECK_STR(run("is:read"), "0,1");
	CHECK_STR(run("is:unread"), "2,3,4");
	CHECK_STR(run("is:flagged"), "1");
	CHECK_STR(run("-is:flagged"), "0,2,3,4");
	CHECK_STR(run("is:archived"), "2");
	CHECK_STR(run("tag:urgent"), "0,3");
	CHECK_STR(run("tag:URGENT"), "0,3");
	CHECK_STR(run("tag:election"), "3");
	CHECK_STR(run("-tag:urgent"), "1,2,4");
	CHECK_STR(run("tag:nosuch"), "");
	CHECK_STR(run("is:unread tag:urgent"), "3");
}

static void
test_run_entities(void)
{
	CHECK_STR(run("entity:\"Nicolás Maduro\""), "0,2");
	CHECK_STR(run("entity:\"NICOLAS  MADURO\""), "0,2");
	CHECK_STR(run("entity:maduro"), "0,2");
	CHECK_STR(run("entity:putin"), "3");
	CHECK_STR(run("entity:\"nong duc manh\""), "0");
	CHECK_STR(run("entity:nobody"), "");
	CHECK_STR(run("type:person"), "0,2,3");
	CHECK_STR(run("type:place"), "0");
	CHECK_STR(run("type:money"), "");
	CHECK_STR(run("-type:place"), "1,2,3,4");
	CHECK_STR(run("type:person -entity:putin"), "0,2");
}

/* said: the articles where the entity speaks, not every one that names it. */
static void
test_run_said(void)
{
	CHECK_STR(run("said:putin"), "3");
	CHECK_STR(run("said:\"Vladimir Putin\""), "3");
	CHECK_STR(run("said:maduro"), "");
	CHECK_STR(run("entity:maduro"), "0,2");
	CHECK_STR(run("-said:putin"), "0,1,2,4");
	CHECK_STR(run("said:nobody"), "");
	CHECK_STR(run("said:putin OR entity:maduro"), "0,2,3");
}

static void
test_run_archived_default(void)
{
	CHECK_STR(run_q("maduro", QUERY_HIDE_ARCHIVED, false), "0");
	CHECK_STR(run_q("", QUERY_HIDE_ARCHIVED, false), "0,1,3,4");
	CHECK_STR(run_q("maduro is:archived", QUERY_HIDE_ARCHIVED, false), "2");
	CHECK_STR(run_q("-is:archived", QUERY_HIDE_ARCHIVED, false), "0,1,3,4");
	CHECK_STR(run_q("maduro OR is:archived", QUERY_HIDE_ARCHIVED, false), "0,2");
	CHECK_STR(run_q("maduro", QUERY_HIDE_ARCHIVED, true), "0");
}

static void
test_run_ranked(void)
{
	/* A title match ranks above a body match. */
	CHECK_STR(run_q("maduro", 0, true), "2,0");
	CHECK_STR(run_q("maduro -oil", 0, true), "0");
	CHECK_STR(run_q("maduro tag:urgent", 0, true), "0");
	CHECK_STR(run_q("maduro OR tag:urgent", 0, true), "2,0,3");
	CHECK_STR(run_q("tag:urgent", 0, true), "3,0");
	CHECK_STR(run_q("", 0, true), "3,2,0,1,4");
	CHECK_STR(run_q("-maduro", 0, true), "3,1,4");
}

static void
test_run_many_terms(void)
{
	struct sbuf b = {0};
	int i;

	/* Hundreds of terms stay well inside SQLite's expression depth. */
	for (i = 0; i < 200; i++)
		sb_printf(&b, "-path:%d ", i);
	CHECK(b.len < QUERY_MAX_LEN);
	CHECK_STR(run(b.data), "0,1,2,3,4");
	sb_free(&b);
	sb_adds(&b, "(");
	for (i = 0; i < 120; i++)
		sb_printf(&b, "%stag:t%d", i ? " OR " : "", i);
	sb_adds(&b, " OR maduro) ");
	for (i = 0; i < 60; i++)
		sb_printf(&b, "w%d OR ", i);
	sb_adds(&b, "nicolas");
	CHECK(b.len < QUERY_MAX_LEN);
	CHECK_STR(run(b.data), "0");
	sb_free(&b);
}

int
main(void)
{
	setup();
	RUN(test_parse_empty);
	RUN(test_parse_words_folded);
	RUN(test_parse_phrase_prefix);
	RUN(test_parse_or_precedence);
	RUN(test_parse_negation);
	RUN(test_parse_parentheses);
	RUN(test_parse_is_type);
	RUN(test_parse_values);
	RUN(test_parse_dates);
	RUN(test_parse_needs);
	RUN(test_parse_clusters);
	RUN(test_error_quotes);
	RUN(test_error_parentheses);
	RUN(test_error_fields);
	RUN(test_error_dates);
	RUN(test_error_star_or);
	RUN(test_error_limits);
	RUN(test_error_columns_and_text);
	RUN(test_sql_free_text);
	RUN(test_sql_no_user_text);
	RUN(test_sql_fields);
	RUN(test_sql_archived_default);
	RUN(test_sql_ranked_shapes);
	RUN(test_fts_terms);
	RUN(test_run_folded_text);
	RUN(test_run_phrase_prefix);
	RUN(test_run_or_not_parens);
	RUN(test_run_dates);
	RUN(test_run_source_path);
	RUN(test_run_state);
	RUN(test_run_entities);
	RUN(test_run_said);
	RUN(test_run_archived_default);
	RUN(test_run_ranked);
	RUN(test_run_many_terms);
	teardown();
	return TAP_END();
}
