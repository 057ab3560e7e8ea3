/* test_query_sql.c -- the query language: its SQL and its results on an index. MIT licence. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/query.h"
#include "dossier/util.h"
#include "index_int.h"
#include "corpus_fixture.h"
#include "query_fixture.h"
#include "tap.h"

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

	CHECK_INT(st.nparams, 6);
	if (st.nparams == 6) {
		CHECK_STR(st.params[0], "election");
		CHECK_STR(st.params[1], "nicolas maduro");
		CHECK_STR(st.params[2], "nicolas maduro");
		CHECK_STR(st.params[3], "% 100\\%\\_x%");
		CHECK_STR(st.params[4], "*.md");
		CHECK_STR(st.params[5], "PLACE");
	}
	CHECK(strstr(st.sql, "fold(name) = ?") != NULL);
	CHECK(strstr(st.sql, "a.path GLOB ?") != NULL);
	/* the bounds are numbers the parser made, compared as numbers */
	CHECK(strstr(st.sql, "(a.date_key BETWEEN 20260101 AND 20260131)") != NULL);
	CHECK(strstr(st.sql, "st.article WHERE hash IS NOT NULL AND flagged") != NULL);
	query_stmt_free(&st);
	st = compile("date:>2026-01", 0, false);
	CHECK_STR(st.sql, "SELECT a.id FROM article a WHERE a.date_key >= 20260201");
	CHECK_INT(st.nparams, 0);
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

	CHECK_STR(st.sql, "SELECT a.id, dossier_bm25(fts, 10.0, 1.0, ?1) AS score FROM fts JOIN"
		  " article a ON a.doc = fts.rowid WHERE fts MATCH ?1 AND a.hash IN (SELECT hash FROM st.tag"
		  " WHERE hash IS NOT NULL AND fold(name) = ?) ORDER BY score, a.date_key DESC, a.id");
	CHECK_INT(st.nparams, 2);
	CHECK_STR(st.params[0], "((\"maduro\") NOT (\"oil\"))");
	CHECK_STR(st.params[1], "x");
	query_stmt_free(&st);
	st = compile("maduro OR tag:x", 0, true);
	CHECK(strstr(st.sql, "LEFT JOIN (SELECT rowid AS doc, dossier_bm25(fts, 10.0, 1.0, ?1)") !=
	      NULL);
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

/* dossier_bm25() (index_rank.c) gives bm25()'s very numbers: with no packed lengths it
 * asks the docsize table as bm25() does, with them it takes the same counts (words in
 * fewer than half the articles: test_rank_floor has the others). */
static void
test_rank_is_bm25(void)
{
	static const char *const qs[] = { "maduro", "putin OR xi", "\"xi jinping\"", "met",
					  "met OR oil", "oil" };
	size_t i;
	int rows = 0, same = 0;

	for (i = 0; i < sizeof qs / sizeof *qs; i++) {
		sqlite3_stmt *st = NULL;

		CHECK(sqlite3_prepare_v2(ix->db, "SELECT bm25(fts, 10.0, 1.0),"
					 " dossier_bm25(fts, 10.0, 1.0), bm25(fts), dossier_bm25(fts)"
					 " FROM fts WHERE fts MATCH ?", -1, &st, NULL) == SQLITE_OK);
		sqlite3_bind_text(st, 1, qs[i], -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW) {
			rows++;
			same += sqlite3_column_double(st, 0) == sqlite3_column_double(st, 1) &&
				sqlite3_column_double(st, 2) == sqlite3_column_double(st, 3);
		}
		sqlite3_finalize(st);
	}
	CHECK(rows >= 8);
	CHECK_INT(same, rows);
}

/* A one-phrase text scored in one call (index_rank_all(): xQueryPhrase) gives each row
 * bm25()'s score to the last bit, idf included; a text of more phrases too. */
static void
test_rank_all_is_bm25(void)
{
	static const char *const qs[] = { "\"maduro\"", "\"xi jinping\"", "\"oil\"",
					  "\"met\"", "\"putin\" OR \"xi\"", "\"zeppelin\"",
					  "\"maduro\" OR \"met\"" };
	size_t i, k, n;
	int rows = 0, same = 0;

	for (i = 0; i < sizeof qs / sizeof *qs; i++) {
		struct index_scored *v = NULL;
		sqlite3_stmt *st = NULL;

		CHECK_INT(index_rank_all(&ix->rank, qs[i], false, &v, &n), SQLITE_DONE);
		CHECK(sqlite3_prepare_v2(ix->db, "SELECT rowid, bm25(fts, 10.0, 1.0) FROM fts"
					 " WHERE fts MATCH ?", -1, &st, NULL) == SQLITE_OK);
		sqlite3_bind_text(st, 1, qs[i], -1, SQLITE_STATIC);
		for (k = 0; sqlite3_step(st) == SQLITE_ROW; k++) {
			rows++;
			same += k < n && v[k].doc == sqlite3_column_int64(st, 0) &&
				v[k].score == sqlite3_column_double(st, 1);
		}
		sqlite3_finalize(st);
		CHECK_INT((int)n, (int)k);
		free(v);
	}
	CHECK(rows >= 8);
	CHECK_INT(same, rows);
}

/* Each row of text (an FTS5 expression) and its score into docs and scores (up to 8):
 * dossier_bm25 with the match text when planned, else bm25() when bm25, else
 * dossier_bm25 alone; the rows' number. */
static int
scores(const char *text, int how, int64_t *docs, double *sc)
{
	static const char *const sql[] = {
		"SELECT rowid, dossier_bm25(fts, 10.0, 1.0) FROM fts WHERE fts MATCH ?1",
		"SELECT rowid, dossier_bm25(fts, 10.0, 1.0, ?1) FROM fts WHERE fts MATCH ?1",
		"SELECT rowid, bm25(fts, 10.0, 1.0) FROM fts WHERE fts MATCH ?1" };
	sqlite3_stmt *st = NULL;
	int n = 0;

	CHECK(sqlite3_prepare_v2(ix->db, sql[how], -1, &st, NULL) == SQLITE_OK);
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW && n < 8) {
		docs[n] = sqlite3_column_int64(st, 0);
		sc[n++] = sqlite3_column_double(st, 1);
	}
	sqlite3_finalize(st);
	return n;
}

/* A phrase in at least half the rows, where bm25() puts its idf at 1e-6, and a negated
 * phrase weigh nothing (index_rank_plan.c): "the" is in 3 of the 5 articles. A search of
 * it alone scans nothing and scores every hit 0 (newest first, as the list); beside a
 * word that ranks, the scores are that word's alone. */
static void
test_rank_floor(void)
{
	int64_t d[8], d2[8];
	double s[8], s2[8];
	struct index_scored *v = NULL;
	size_t n = 0, i, nz = 0, same = 0;
	int k, j, rows;

	rows = scores("\"the\" OR \"and\"", 2, d, s);
	CHECK_INT(rows, 4);
	for (k = 0; k < rows; k++)
		CHECK(s[k] < 0.0 && s[k] > -1e-4);	/* bm25(): 1e-6 times the counts */
	CHECK_INT(scores("\"the\" OR \"and\"", 0, d, s), 4);
	CHECK_INT(scores("\"the\" OR \"and\"", 1, d2, s2), 4);
	for (k = 0; k < 4; k++) {
		nz += s[k] != 0.0 || s2[k] != 0.0;
		CHECK(!signbit(s[k]) && !signbit(s2[k]));	/* 0, not -0 */
	}
	CHECK_INT((int)nz, 0);
	/* One phrase: its rows are kept from its count, so its hits cost no second walk. */
	CHECK(!index_rank_reduced(&ix->rank, "\"the\"", false));
	CHECK_INT(index_rank_scores(&ix->rank, "\"the\"", false, false, &v, &n), SQLITE_DONE);
	CHECK_INT((int)n, 0);	/* nothing scanned */
	free(v);
	CHECK_INT(index_rank_all(&ix->rank, "\"the\"", false, &v, &n), SQLITE_DONE);
	CHECK_INT((int)n, 3);	/* every hit, each 0 */
	for (i = 0; i < n; i++)
		nz += v[i].score != 0.0;
	CHECK_INT((int)nz, 0);
	free(v);
	/* "the" OR "oil": c's score is oil's alone, the other two rows 0. */
	rows = scores("\"oil\"", 2, d2, s2);
	CHECK_INT(rows, 1);
	CHECK(!index_rank_reduced(&ix->rank, "\"oil\"", false));
	CHECK(index_rank_reduced(&ix->rank, "\"the\" OR \"oil\"", false));
	CHECK_INT(index_rank_all(&ix->rank, "\"the\" OR \"oil\"", false, &v, &n), SQLITE_DONE);
	CHECK_INT((int)n, 3);
	for (i = 0; i < n; i++)
		same += v[i].doc == d2[0] ? v[i].score == s2[0] : v[i].score == 0.0;
	CHECK_INT((int)same, 3);
	free(v);
	/* The same from the SQL form, the text planned (query_sql.c's RANK). */
	rows = scores("\"the\" OR \"oil\"", 1, d, s);
	for (same = 0, k = 0; k < rows; k++)
		same += d[k] == d2[0] ? s[k] == s2[0] : s[k] == 0.0;
	CHECK_INT((int)same, 3);
	/* A negated phrase: its rows are none of the hits, so bm25()'s numbers. */
	rows = scores("((\"maduro\") NOT (\"oil\"))", 1, d, s);
	CHECK_INT(scores("((\"maduro\") NOT (\"oil\"))", 2, d2, s2), rows);
	for (same = 0, j = 0; j < rows; j++)
		same += d[j] == d2[j] && s[j] == s2[j] && s[j] < 0.0;
	CHECK_INT((int)same, 1);
}

/* bm25's idf of a short prefix phrase taken from the prefix table (index_rank_prefixes())
 * is the one FTS5 counts: the scores are bm25()'s, to the last bit, for expressions of
 * several phrases some of which are short prefixes. */
static void
test_rank_prefix_counts(void)
{
	/* Phrases in one or two of the five articles: a count one off moves the idf. */
	static const char *const qs[] = { "\"ores\"* OR \"sama\"*",
					  "\"madu\"* OR \"puti\"* OR \"oil\"",
					  "\"madu\"* \"oil\"", "\"puti\"* OR \"ores\"* NOT \"sama\"*" };
	size_t i, k;
	int rows = 0, same = 0, counted = 0;

	CHECK(index_build_prefixes(ix, NULL) == INDEX_OK);
	for (i = 0; i < sizeof qs / sizeof *qs; i++) {
		sqlite3_stmt *st = NULL;

		index_rank_prefixes(&ix->rank, qs[i]);
		for (k = 0; k < ix->rank.nknown; k++)
			counted += ix->rank.known[k] > 0;
		CHECK(sqlite3_prepare_v2(ix->db, "SELECT bm25(fts, 10.0, 1.0),"
					 " dossier_bm25(fts, 10.0, 1.0) FROM fts WHERE fts MATCH ?",
					 -1, &st, NULL) == SQLITE_OK);
		sqlite3_bind_text(st, 1, qs[i], -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW) {
			rows++;
			same += sqlite3_column_double(st, 0) == sqlite3_column_double(st, 1);
		}
		sqlite3_finalize(st);
	}
	index_rank_prefixes(&ix->rank, "");	/* (index_rank_all() forgets them) */
	CHECK(counted >= 7);
	CHECK(rows >= 6);
	CHECK_INT(same, rows);
}

/* On the persistent index's tables (article_doc: an index on the row of the full text),
 * an entity with words and a date is a list probed per hit of the words: the planner
 * once walked the entity's whole article list for each hit (rowid=? from the IN list),
 * minutes at 100k articles (cli_direct.c answers with this SQL). */
static void
test_sql_entity_plan(void)
{
	struct query_stmt st = compile("entity:ferreira \"foreign minister\" date:2025-06..", 0,
				       true);
	sqlite3 *db = NULL;
	sqlite3_stmt *ex = NULL;
	char *sql = NULL;
	bool walked = false;
	int rows = 0;
	struct index_rank rank = {0};

	CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
	CHECK(index_rank_register(db, &rank) == SQLITE_OK);
	CHECK(sqlite3_exec(db, "CREATE TABLE article(id INTEGER PRIMARY KEY, path TEXT,"
			   " title TEXT, source TEXT, date TEXT, date_key INTEGER, hash TEXT,"
			   " doc INTEGER); CREATE INDEX article_doc ON article(doc);"
			   "CREATE VIRTUAL TABLE fts USING fts5(title, body, content='');"
			   "CREATE TABLE entity(id INTEGER PRIMARY KEY, type TEXT, canonical TEXT,"
			   " key TEXT, narticles INTEGER, nmentions INTEGER);"
			   "CREATE TABLE alias(entity INTEGER, key TEXT);"
			   "CREATE TABLE mention(article INTEGER, entity INTEGER, count INTEGER,"
			   " quotes INTEGER, PRIMARY KEY(article, entity)) WITHOUT ROWID;"
			   "CREATE INDEX alias_key ON alias(key); CREATE INDEX entity_key ON"
			   " entity(key); CREATE INDEX mention_entity ON mention(entity, article);",
			   NULL, NULL, NULL) == SQLITE_OK);
	sql = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", st.sql);
	CHECK(sqlite3_prepare_v2(db, sql, -1, &ex, NULL) == SQLITE_OK);
	while (ex && sqlite3_step(ex) == SQLITE_ROW) {
		const char *d = (const char *)sqlite3_column_text(ex, 3);

		rows++;
		if (d && strstr(d, "SEARCH a ") && strstr(d, "rowid=?"))
			walked = true;
	}
	CHECK(rows > 0);
	CHECK(!walked);
	sqlite3_finalize(ex);
	sqlite3_free(sql);
	sqlite3_close(db);
	query_stmt_free(&st);
}

int
main(void)
{
	setup();
	RUN(test_sql_free_text);
	RUN(test_sql_no_user_text);
	RUN(test_sql_fields);
	RUN(test_sql_archived_default);
	RUN(test_sql_ranked_shapes);
	RUN(test_sql_entity_plan);
	RUN(test_rank_is_bm25);
	RUN(test_rank_all_is_bm25);
	RUN(test_rank_floor);
	RUN(test_rank_prefix_counts);
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
