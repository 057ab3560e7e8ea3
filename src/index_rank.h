/* index_rank.h -- a ranked search's plan: which phrases of its FTS5 expression rank, and what is scanned. MIT licence. */
#ifndef DOSSIER_INDEX_RANK_H
#define DOSSIER_INDEX_RANK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One phrase of an expression, in FTS5's order (the order of the text). */
struct rank_phrase {
	char *text;		/* owned; between the quotes */
	bool prefix;		/* a star after it */
	bool negated;		/* under the right side of a NOT: it does not rank */
	bool words;		/* more than one word (a space in text) */
	int64_t df;		/* the rows holding it; -1 until counted */
	double idf;		/* bm25's, 0 when it does not rank (rank_plan_idf()) */
};

/* A phrase's rows as a ranking walked them (index_rank_seen()). */
struct rank_seen {
	char *m;		/* owned; the phrase as FTS5 text: "words", "prefix"* */
	int64_t *docs;		/* owned; ascending */
	size_t n;
};

struct rank_plan {
	char *match;			/* owned; the expression planned */
	struct rank_phrase *ph;		/* owned */
	size_t n;
	/* What is scanned for the scores: match itself, or (reduced) an expression of the
	 * phrases that rank alone, whose rows hold every row of match that scores; NULL when
	 * no phrase ranks. */
	char *scan;			/* owned */
	int *map;			/* owned; the scan's phrase i is ph[map[i]] */
	size_t nscan;
	bool reduced;			/* the scan's rows are not match's */
	bool pure_or;			/* the scan is phrases under OR alone: every row of each */
	int64_t *rows;			/* owned; a one-phrase text's rows when counted so */
	size_t nrows;
	bool have_rows;
	int64_t nrow, ntok;		/* the table's rows and tokens (bm25's N and lengths) */
	double avgdl;
	struct rank_node *node;		/* owned; the parsed expression */
	size_t nnode;
	int root;
};

/* Parses match, an expression of double-quoted phrases, AND, OR, NOT and parentheses with
 * one operator a level (as query_sql.c writes them), into p (zeroed first); false when it
 * is not one (p is left empty). */
bool rank_plan_parse(struct rank_plan *p, const char *match);
/* bm25's idf of a phrase in df of nrow rows, 0 where bm25() puts it at 1e-6. */
double rank_idf(int64_t nrow, int64_t df);
/* bm25's idf of every counted phrase, 0 for a negated phrase and for one in at least half
 * of nrow rows (where bm25() gives 1e-6: it carries no weight). */
void rank_plan_idf(struct rank_plan *p);
/* The scan of p (every counted phrase's idf set): match when every phrase that is not
 * negated ranks or may (not counted), else the smallest expression of the ranking
 * phrases whose rows hold every row of match that one of them is in. */
void rank_plan_scan(struct rank_plan *p);
void rank_plan_free(struct rank_plan *p);
/* Does phrase i rank (not negated, not known to be in half the rows)? */
bool rank_plan_ranks(const struct rank_plan *p, size_t i);

/* index_rank.c's pieces for index_rank_scan.c (FTS5's extension types from sqlite3.h). */
#ifdef SQLITE_API
struct index_rank;
struct index_scored;
/* Each phrase's weighted count of instances in the row of fc into freq (zeroed first);
 * a phrase whose want is false (want not NULL) is not walked. */
int rank_row_freq(const Fts5ExtensionApi *api, Fts5Context *fc, const double *w, int nw,
		  double *freq, int nphrase, const bool *want);
/* The length of the row of fc in tokens: packed (the cache's), else asked. */
int rank_row_len(const Fts5ExtensionApi *api, Fts5Context *fc, struct index_rank *r, double *D);
/* bm25's term of one phrase. */
double rank_term(double idf, double freq, double D, double avgdl);
/* A score as the ORDER BY has it: the sum negated, 0 (not -0) for nothing. */
double rank_negated(double sum);
/* The rows of the prefix table holding word (a short prefix); -1 on an error. */
int64_t rank_prefix_rows(sqlite3 *db, const char *word, size_t len);
/* bm25()'s way for an expression that is not one of ours. */
int rank_legacy_all(struct index_rank *r, const char *match, bool prefixes,
		    struct index_scored **v, size_t *n);
/* The table's rows and tokens from FTS5's averages record (what xRowCount() and
 * xColumnTotalSize() read); false when it cannot be read. */
bool rank_averages(struct index_rank *r, int64_t *nrow, int64_t *ntok);
/* Forgets lengths read from the docsize table of an index in memory when the table no
 * longer has nrow rows of ntok tokens. */
void rank_lengths_check(struct index_rank *r, int64_t nrow, int64_t ntok);
/* dossier_rank_scan(fts, collector, w0, w1) (index_rank_scan.c). */
void rank_scan_function(const Fts5ExtensionApi *api, Fts5Context *fc, sqlite3_context *ctx,
			int argc, sqlite3_value **argv);
#endif

#endif
