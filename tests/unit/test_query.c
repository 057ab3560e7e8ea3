/* test_query.c -- unit tests of the query language: the parser and its errors. MIT licence. */
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
#include "query_fixture.h"
#include "tap.h"

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
	/* said: reads the quotes' counts too, which the TUI's first build writes late */
	q = query_parse("entity:x OR type:person", NULL, 0);
	CHECK(!query_uses(q, QUERY_NEED_QUOTES));
	query_free(q);
	q = query_parse("said:x", NULL, 0);
	CHECK_INT(query_needs(q), QUERY_NEED_ENTITIES | QUERY_NEED_QUOTES);
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
	teardown();
	return TAP_END();
}
