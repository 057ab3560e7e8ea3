/* fuzz_query.c -- libFuzzer target: query parser and SQL compiler. MIT licence. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/query.h"
#include "dossier/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct query_stmt st;
	struct query *q;
	char err[256];
	char **terms;
	char *text, *dump;

	text = xmalloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	q = query_parse(text, err, sizeof err);
	free(text);
	if (!q)
		return 0;
	(void)query_is_empty(q);
	(void)query_needs(q);
	(void)query_mentions_archived(q);
	query_sql(q, 0, &st);
	query_stmt_free(&st);
	query_sql(q, QUERY_HIDE_ARCHIVED, &st);
	query_stmt_free(&st);
	query_sql_ranked(q, QUERY_HIDE_ARCHIVED, &st);
	query_stmt_free(&st);
	query_fts_terms(q, &terms);
	query_terms_free(terms);
	dump = query_dump(q);
	free(dump);
	query_free(q);
	return 0;
}
