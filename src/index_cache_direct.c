/* index_cache_direct.c -- a ranked search answered from a cache file alone, its folders unmoved. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/query.h"
#include "dossier/state.h"
#include "dossier/util.h"
#include "index_int.h"
#include "model_id.h"

/*
 * A warm command spends its time making an article of every file the cache describes
 * (the stat of each, the catalog's rows made into articles): 0.5 s at 100k files, for
 * an answer of twenty lines. Here the cache file answers a search itself, through the
 * query's SQL form (query_sql_ranked(), the evaluator's test oracle) on its own tables,
 * when it can be trusted to describe the files as they are without looking at them:
 * - written whole by this build (format, version, model), nothing skipped by its walk
 *   (each skip is a warning the command would give), with the same --max-file-size;
 * - the paths given are exactly the walk's roots, spelt the same;
 * - every folder it walked stats as recorded (device, inode, size, mtime, ctime), and
 *   none was modified within RACY_NS of the scan (see index_cache_folders.c).
 * The caller checks the corrections digest (the entity tables depend on it) and reads
 * each hit's file for its snippet, which proves its content (the hash) too.
 */

struct index_direct {
	sqlite3 *db;
	char *corr;	/* owned; meta "corrections" */
	struct index_rank rank;	/* dossier_bm25() on db, the file's lengths (index_rank.c) */
};

sqlite3 *
index_direct_db(struct index_direct *d)
{
	return d->db;
}

/* Is path one of the n paths given? */
static bool
given(const char *path, char *const *paths, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(path, paths[i]) == 0)
			return true;
	return false;
}

/* Every folder as recorded, and the roots the paths given (each once). */
static bool
folders_unmoved(sqlite3 *db, char *const *paths, size_t npaths, int64_t scanned_ns)
{
	sqlite3_stmt *st = NULL;
	size_t nroots = 0, i, j;
	bool ok = true;
	int rc;

	for (i = 0; i < npaths; i++)
		for (j = 0; j < i; j++)
			if (strcmp(paths[i], paths[j]) == 0)
				return false;	/* the walk skips it: a warning */
	if (sqlite3_prepare_v2(db, "SELECT path, dev, ino, size, mtime, ctime, root FROM folder",
			       -1, &st, NULL) != SQLITE_OK)
		return false;
	while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *path = (const char *)sqlite3_column_text(st, 0);
		struct corpus_stat cs;
		struct stat sb;

		if (!path || stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
			ok = false;
			break;
		}
		corpus_stat_of(&sb, &cs);
		ok = cs.dev == (uint64_t)sqlite3_column_int64(st, 1) &&
		     cs.ino == (uint64_t)sqlite3_column_int64(st, 2) &&
		     cs.size == sqlite3_column_int64(st, 3) &&
		     cs.mtime_ns == sqlite3_column_int64(st, 4) &&
		     corpus_ctime_of(&sb) == sqlite3_column_int64(st, 5) &&
		     index_folder_trusted(cs.mtime_ns, corpus_ctime_of(&sb), scanned_ns);
		if (sqlite3_column_int(st, 6)) {
			ok = ok && given(path, paths, npaths);
			nroots++;
		}
	}
	sqlite3_finalize(st);
	return ok && nroots == npaths;
}

bool
index_folders_unmoved(sqlite3 *db, char *const *paths, size_t npaths, size_t max_size)
{
	char *scanned, max[32], tz[32];
	bool ok = index_meta_is(db, "skips", "0");

	/* Another size limit could skip (or take) other files. */
	snprintf(max, sizeof max, "%zu", max_size);
	ok = ok && index_meta_is(db, "max_size", max);
	/* Another time zone dates the articles dated by their mtime otherwise. */
	index_tz_mark(tz);
	ok = ok && index_meta_is(db, "tz", tz);
	scanned = ok ? index_meta_of(db, "main", "scanned") : NULL;
	ok = ok && scanned && folders_unmoved(db, paths, npaths, strtoll(scanned, NULL, 10));
	free(scanned);
	return ok;
}

/* The file open read-only when this build wrote it whole and its folders are unmoved. */
static sqlite3 *
open_unmoved(const char *file, char *const *paths, size_t npaths, size_t max_size)
{
	sqlite3 *db = NULL;
	char *name;
	bool ok;

	if (!file || !npaths)
		return NULL;
	name = index_cache_file_name(file);	/* as the catalog does */
	ok = sqlite3_open_v2(name, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX |
			     SQLITE_OPEN_URI, NULL) == SQLITE_OK;
	free(name);
	if (ok) {
		sqlite3_busy_timeout(db, 5000);	/* a launch may be writing what it learnt */
		/* Pages read in place, not copied by pread() into SQLite's own cache: a
		 * common word's search reads tens of megabytes of the index. */
		sqlite3_exec(db, "PRAGMA mmap_size = 4294967296", NULL, NULL, NULL);
		/* One shared lock, taken at the first read and held until the file is closed,
		 * rather than one a statement: each took and dropped the lock and looked for a
		 * hot journal (five system calls), 124,000 of them for `mentions --entity` of
		 * a name in 11,000 of 100k articles. (The state attached later is not held.) */
		sqlite3_exec(db, "PRAGMA main.locking_mode = EXCLUSIVE", NULL, NULL, NULL);
	}
	ok = ok && index_meta_is(db, "format", INDEX_CACHE_FORMAT) &&
	     index_meta_is(db, "version", PACKAGE_VERSION) &&
	     index_meta_is(db, "model", DOSSIER_MODEL_ID) && index_meta_is(db, "complete", "1") &&
	     index_folders_unmoved(db, paths, npaths, max_size);
	if (!ok) {
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

bool
index_cache_listable(const char *file, char *const *paths, size_t npaths, size_t max_size)
{
	sqlite3 *db = open_unmoved(file, paths, npaths, max_size);

	sqlite3_close(db);
	return db != NULL;
}

struct index_direct *
index_direct_open(const char *file, char *const *paths, size_t npaths, size_t max_size)
{
	struct index_direct *d;
	sqlite3 *db = open_unmoved(file, paths, npaths, max_size);

	if (!db || index_sql_fold(db) != SQLITE_OK) {
		sqlite3_close(db);
		return NULL;
	}
	d = xcalloc(1, sizeof *d);
	d->db = db;
	if (index_rank_register(db, &d->rank) != SQLITE_OK) {
		sqlite3_close(db);
		free(d);
		return NULL;
	}
	index_rank_reset(&d->rank, "main");
	d->corr = index_meta_of(db, "main", "corrections");
	return d;
}

const char *
index_direct_corrections(const struct index_direct *d)
{
	return d->corr ? d->corr : "";
}

enum index_status
index_direct_attach_state(struct index_direct *d, struct state *st)
{
	return state_attach(st, d->db, "st") == STATE_OK ? INDEX_OK : INDEX_ERROR;
}

void
index_direct_close_state(struct index_direct *d)
{
	sqlite3_exec(d->db, "DETACH DATABASE st", NULL, NULL, NULL);
}

/* One fts row of a ranked search: its score, then (once it passes) its article. */
struct hit {
	int64_t doc, id, date_key;
	double score;
};

static int
cmp_score(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;

	return x->score < y->score ? -1 : x->score > y->score ? 1 :
	       x->doc < y->doc ? -1 : x->doc > y->doc;
}

/* query_sql_ranked()'s order: score, then newest first, then id. */
static int
cmp_ranked(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;

	return index_rank_cmp(x->score, x->date_key, x->id, y->score, y->date_key, y->id);
}

/* Each fts row the text matches, with its score, into *v; false on an error. */
static bool
score_all(struct index_direct *d, const char *match, struct hit **v, size_t *n)
{
	struct index_scored *sc = NULL;
	size_t i;
	int rc;

	/* The file's prefix table is whole. */
	rc = index_rank_all(&d->rank, match, true, &sc, n);
	*v = xmalloc((*n ? *n : 1) * sizeof **v);
	for (i = 0; i < *n; i++)
		(*v)[i] = (struct hit){ sc[i].doc, 0, 0, sc[i].score };
	free(sc);
	return rc == SQLITE_DONE;
}

/* Keeps of v[0..*n) the hits whose article the statement sql (query_sql_text_first())
 * keeps, with their id and date; false on an error. */
static bool
keep_passed(struct index_direct *d, const struct query_stmt *cond, struct hit *v, size_t *n)
{
	struct { int64_t id, date_key; } *pass = NULL;	/* by doc; id + 1, 0 when turned away */
	sqlite3_stmt *st = NULL;
	size_t i, m = 0, cap = 0;
	int rc;

	rc = sqlite3_prepare_v2(d->db, cond->sql, -1, &st, NULL);
	for (i = 0; rc == SQLITE_OK && i < cond->nparams; i++)
		sqlite3_bind_text(st, (int)i + 1, cond->params[i], -1, SQLITE_STATIC);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t doc = sqlite3_column_int64(st, 0);
		size_t old = cap;

		rc = SQLITE_OK;
		if (doc < 0 || doc > INT32_MAX)
			continue;
		xgrow((void **)&pass, &cap, (size_t)doc + 1, sizeof *pass);
		memset(pass + old, 0, (cap - old) * sizeof *pass);
		pass[doc].id = sqlite3_column_int64(st, 1) + 1;
		pass[doc].date_key = sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
	for (i = 0; rc == SQLITE_DONE && i < *n; i++)
		if (v[i].doc >= 0 && (size_t)v[i].doc < cap && pass[v[i].doc].id) {
			v[m] = v[i];
			v[m].id = pass[v[i].doc].id - 1;
			v[m++].date_key = pass[v[i].doc].date_key;
		}
	*n = m;
	free(pass);
	return rc == SQLITE_DONE;
}

/* Each hit's article, for hits that are all articles; false when one has none. */
static bool
look_up(struct index_direct *d, struct hit *v, size_t n)
{
	sqlite3_stmt *st = NULL;
	size_t i;
	bool ok;

	ok = sqlite3_prepare_v2(d->db, "SELECT id, date_key FROM article WHERE doc = ?", -1,
				&st, NULL) == SQLITE_OK;
	for (i = 0; ok && i < n; i++) {
		sqlite3_bind_int64(st, 1, v[i].doc);
		ok = sqlite3_step(st) == SQLITE_ROW;
		if (ok) {
			v[i].id = sqlite3_column_int64(st, 0);
			v[i].date_key = sqlite3_column_int64(st, 1);
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return ok;
}

/* Moves the best limit of v[0..*n) and every tie of the last of them to the front,
 * *n their number. */
static void
keep_best(struct hit *v, size_t *n, size_t limit)
{
	double last;
	size_t i, m;

	if (!limit || limit >= *n)
		return;
	select_first(v, *n, sizeof *v, limit, cmp_score);
	for (last = v[0].score, i = 1; i < limit; i++)
		if (v[i].score > last)
			last = v[i].score;
	for (m = limit, i = limit; i < *n; i++)
		if (v[i].score == last) {
			struct hit t = v[m];

			v[m++] = v[i], v[i] = t;
		}
	*n = m;
}

/* The best limit hits of q from the file's sets (index_file_top()), its text's hits
 * v[0..n) scored already (v NULL: scored there): SQLITE_DONE, -1 when the file cannot
 * answer. */
static int
rank_file(struct index_direct *d, const struct query *q, unsigned flags, size_t limit,
	  const struct hit *v, size_t n, struct hit **out, size_t *nout)
{
	struct index_scored *sc = v ? xmalloc((n ? n : 1) * sizeof *sc) : NULL;
	struct index_ranked *r = NULL;
	size_t i, nr = 0;
	int rc;

	for (i = 0; v && i < n; i++)
		sc[i] = (struct index_scored){ v[i].doc, v[i].score };
	rc = index_file_top(d->db, &d->rank, q, flags, limit, sc, v ? n : 0, &r, &nr);
	free(sc);
	if (rc != 0)
		return -1;
	bench_value("evaluated", 1);	/* tests/cli/cache_eval.sh */
	*out = xmalloc((nr ? nr : 1) * sizeof **out);
	for (i = 0; i < nr; i++)
		(*out)[i] = (struct hit){ -1, r[i].id, r[i].date_key, r[i].score };
	*nout = nr;
	free(r);
	return SQLITE_DONE;
}

/*
 * The best limit hits (all when limit is 0) of a query whose hits all match its text
 * match, into *out in query_sql_ranked()'s order; -1 when the SQL form should answer,
 * else an SQLite code. Every match is scored (FTS5 reads each anyway), but the article
 * table is read once for the rest of the query, or only for the best hits: at 100k
 * articles, looking up the article of each of 88,000 hits of a common word in the
 * query's join cost more than scoring them.
 */
static int
rank_text_first(struct index_direct *d, const struct query *q, unsigned flags,
		const char *match, const struct query_stmt *cond, size_t narticles, size_t limit,
		struct hit **out, size_t *nout)
{
	struct hit *v;
	size_t n;
	int rc;

	*out = NULL, *nout = 0;
	if (!score_all(d, match, &v, &n)) {
		free(v);
		return SQLITE_ERROR;
	}
	if (cond->sql && n < narticles / 8) {
		free(v);	/* few hits: the join of each costs less than reading all */
		return -1;
	}
	/* Many: each term of the rest read once (index_cache_eval.c), the hits scored. */
	if (cond->sql && (rc = rank_file(d, q, flags, limit, v, n, out, nout)) != -1) {
		free(v);
		return rc;
	}
	if (cond->sql && !keep_passed(d, cond, v, &n)) {
		free(v);
		return SQLITE_ERROR;
	}
	keep_best(v, &n, limit);
	if (!cond->sql && !look_up(d, v, n)) {
		free(v);
		return -1;	/* an fts row without its article: as the join has it */
	}
	qsort(v, n, sizeof *v, cmp_ranked);
	*out = v;
	*nout = limit && n > limit ? limit : n;
	return SQLITE_DONE;
}

/* The content hashes of the archived articles, sorted, into *v (few: archiving is done by
 * hand); false on an error. */
static bool
archived_hashes(struct index_direct *d, char ***v, size_t *n)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc;

	*v = NULL, *n = 0;
	rc = sqlite3_prepare_v2(d->db, "SELECT hash FROM st.article WHERE hash IS NOT NULL"
				" AND archived", -1, &st, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *h = (const char *)sqlite3_column_text(st, 0);

		rc = SQLITE_OK;
		xgrow((void **)v, &cap, *n + 1, sizeof **v);
		(*v)[(*n)++] = xstrdup(h ? h : "");
	}
	sqlite3_finalize(st);
	if (*n)
		qsort(*v, *n, sizeof **v, cmp_strp);
	return rc == SQLITE_DONE;
}

/* Is the article of hit h (its row in st: id, date_key, hash) one a search shows, not
 * archived? Its id and date into h. */
static bool
shown(sqlite3_stmt *st, struct hit *h, char *const *arch, size_t narch)
{
	const char *hash;
	bool ok;

	sqlite3_bind_int64(st, 1, h->doc);
	ok = sqlite3_step(st) == SQLITE_ROW;	/* none: an fts row without an article */
	if (ok) {
		h->id = sqlite3_column_int64(st, 0);
		h->date_key = sqlite3_column_int64(st, 1);
		hash = (const char *)sqlite3_column_text(st, 2);
		/* NOT IN keeps no article without a hash, as the SQL form has it. */
		ok = hash && (!narch || !bsearch(&hash, arch, narch, sizeof *arch, cmp_strp));
	}
	sqlite3_reset(st);
	return ok;
}

/*
 * rank_text_first() for a query whose text decides every hit but the archived ones (a
 * plain `dossier search WORDS`): the hits are taken best first and each one's article
 * looked up until limit of them are shown, with every tie of the last. The article table
 * is read for about limit rows instead of all of them: at 100k articles the scan of the
 * archive condition took as many instructions as scoring 88,000 hits of a common word.
 */
static int
rank_unarchived(struct index_direct *d, const struct query *q, unsigned flags, const char *match,
		size_t limit, struct hit **out, size_t *nout)
{
	struct hit *v = NULL;
	char **arch = NULL;
	sqlite3_stmt *st = NULL;
	size_t n = 0, narch = 0, from = 0, to, i, m = 0;
	double last = 0.0;
	bool ok, done = false;

	*out = NULL, *nout = 0;
	if (!score_all(d, match, &v, &n)) {
		free(v);
		return SQLITE_ERROR;
	}
	for (i = 0; i < n && v[i].score == 0.0; i++)
		;
	if (n > limit && i == n) {
		/* Nothing ranked (a phrase in half the articles): newest first, from the
		 * file's dates, not each hit looked up as a tie. */
		ok = rank_file(d, q, flags, limit, v, n, out, nout) == SQLITE_DONE;
		free(v);
		return ok ? SQLITE_DONE : -1;
	}
	ok = archived_hashes(d, &arch, &narch) &&
	     sqlite3_prepare_v2(d->db, "SELECT id, date_key, hash FROM article WHERE doc = ?",
				-1, &st, NULL) == SQLITE_OK;
	/* v[0..from) is sorted best first and looked at; the shown ones move to v[0..m). */
	while (ok && !done && from < n) {
		to = from + (from > limit ? from : limit + 16);
		to = to < n ? to : n;
		select_first(v + from, n - from, sizeof *v, to - from, cmp_score);
		qsort(v + from, to - from, sizeof *v, cmp_score);
		for (i = from; i < to && !done; i++) {
			if (m >= limit && v[i].score > last)
				done = true;	/* worse than the last shown: no tie */
			else if (shown(st, &v[i], arch, narch) && (v[m++] = v[i], m == limit))
				last = v[i].score;
		}
		from = to;
	}
	sqlite3_finalize(st);
	for (i = 0; i < narch; i++)
		free(arch[i]);
	free(arch);
	if (!ok) {
		free(v);
		return SQLITE_ERROR;
	}
	qsort(v, m, sizeof *v, cmp_ranked);
	*out = v;
	*nout = m > limit ? limit : m;
	bench_value("looked_up", (double)from);	/* tests/cli/cache_direct.sh */
	return SQLITE_DONE;
}

/* Hands fn the article row of each of hits v[0..n); SQLITE_DONE when all were found. */
static int
emit_hits(struct index_direct *d, const struct hit *v, size_t n,
	  void (*fn)(void *ud, const struct index_row *r), void *ud)
{
	sqlite3_stmt *row = NULL;
	size_t i;
	int rc;

	rc = sqlite3_prepare_v2(d->db, "SELECT path, title, date, hash FROM article"
				" WHERE id = ?", -1, &row, NULL);
	for (i = 0; rc == SQLITE_OK && i < n; i++) {
		struct index_row r;

		sqlite3_bind_int64(row, 1, v[i].id);
		if (sqlite3_step(row) != SQLITE_ROW) {
			rc = SQLITE_CORRUPT;
			break;
		}
		r.article = (uint32_t)v[i].id;
		r.score = v[i].score;
		r.path = (const char *)sqlite3_column_text(row, 0);
		r.title = (const char *)sqlite3_column_text(row, 1);
		r.date = (const char *)sqlite3_column_text(row, 2);
		r.hash = (const char *)sqlite3_column_text(row, 3);
		if (r.path && r.title && r.date && r.hash)
			fn(ud, &r);
		else
			rc = SQLITE_CORRUPT;
		sqlite3_reset(row);
	}
	sqlite3_finalize(row);
	return rc == SQLITE_OK ? SQLITE_DONE : rc;
}

/* The query's SQL form when its text does not decide every hit. */
static int
rank_sql(struct index_direct *d, const struct query *q, unsigned flags, size_t limit,
	 struct hit **out, size_t *nout)
{
	struct query_stmt qs = { NULL, NULL, 0 };
	sqlite3_stmt *st = NULL;
	size_t i, cap = 0;
	char *sql;
	int rc;

	*out = NULL, *nout = 0;
	query_sql_ranked(q, flags, &qs);
	sql = limit ? sqlite3_mprintf("%s LIMIT %llu", qs.sql, (unsigned long long)limit)
		    : sqlite3_mprintf("%s", qs.sql);
	rc = sql ? sqlite3_prepare_v2(d->db, sql, -1, &st, NULL) : SQLITE_NOMEM;
	for (i = 0; rc == SQLITE_OK && i < qs.nparams; i++)
		sqlite3_bind_text(st, (int)i + 1, qs.params[i], -1, SQLITE_STATIC);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		rc = SQLITE_OK;
		xgrow((void **)out, &cap, *nout + 1, sizeof **out);
		(*out)[*nout].id = sqlite3_column_int64(st, 0);
		(*out)[(*nout)++].score = sqlite3_column_double(st, 1);
	}
	sqlite3_finalize(st);
	sqlite3_free(sql);
	query_stmt_free(&qs);
	return rc;
}

/* About how many articles d holds (the highest id: O(log n), unlike count()). */
static size_t
articles(struct index_direct *d)
{
	sqlite3_stmt *st = NULL;
	size_t n = 0;

	if (sqlite3_prepare_v2(d->db, "SELECT max(id) FROM article", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n = (size_t)sqlite3_column_int64(st, 0) + 1;
	sqlite3_finalize(st);
	return n;
}

enum index_status
index_direct_top(struct index_direct *d, const struct query *q, unsigned flags, size_t limit,
		 void (*fn)(void *ud, const struct index_row *r), void *ud)
{
	struct query_stmt cond = { NULL, NULL, 0 };
	struct sbuf match = {0};
	struct hit *v = NULL;
	size_t n = 0;
	int rc = -1;

	/* Only the archive hides hits of the text: the best hits are looked up one by one. */
	if (limit && (flags & QUERY_HIDE_ARCHIVED) && !query_mentions_archived(q) &&
	    query_sql_text_first(q, flags & ~(unsigned)QUERY_HIDE_ARCHIVED, &match, &cond) &&
	    !cond.sql) {
		/* A text with a phrase that weighs nothing (in half the articles) scans only
		 * the others: its hits are the file's sets' (index_rank_plan.c). */
		if (index_rank_reduced(&d->rank, match.data, true))
			rc = rank_file(d, q, flags, limit, NULL, 0, &v, &n);
		else
			rc = rank_unarchived(d, q, flags, match.data, limit, &v, &n);
	}
	query_stmt_free(&cond);
	cond = (struct query_stmt){ NULL, NULL, 0 };
	if (rc == -1) {
		sb_free(&match);
		if (query_sql_text_first(q, flags, &match, &cond) &&
		    !index_rank_reduced(&d->rank, match.data, true))
			rc = rank_text_first(d, q, flags, match.data, &cond, articles(d), limit,
					     &v, &n);
		else
			rc = rank_file(d, q, flags, limit, NULL, 0, &v, &n);
		query_stmt_free(&cond);
	}
	sb_free(&match);
	if (rc == -1)
		rc = rank_sql(d, q, flags, limit, &v, &n);
	if (rc == SQLITE_DONE)
		rc = emit_hits(d, v, n, fn, ud);
	free(v);
	return rc == SQLITE_DONE ? INDEX_OK : INDEX_ERROR;
}

/* The row st is on as an index_row handed to fn; SQLITE_OK, or SQLITE_CORRUPT. */
static int
put_row(sqlite3_stmt *st, void (*fn)(void *ud, const struct index_row *r), void *ud)
{
	struct index_row r;

	memset(&r, 0, sizeof r);
	r.article = (uint32_t)sqlite3_column_int64(st, 0);
	r.path = (const char *)sqlite3_column_text(st, 1);
	r.title = (const char *)sqlite3_column_text(st, 2);
	r.date = (const char *)sqlite3_column_text(st, 3);
	r.hash = (const char *)sqlite3_column_text(st, 4);
	r.source = (const char *)sqlite3_column_text(st, 5);
	r.date_key = (int32_t)sqlite3_column_int64(st, 13);
	r.words = (uint32_t)sqlite3_column_int64(st, 6);
	r.len = (size_t)sqlite3_column_int64(st, 7);
	r.date_from_mtime = sqlite3_column_int(st, 8) == DATE_FROM_MTIME;
	r.dev = (uint64_t)sqlite3_column_int64(st, 9);
	r.ino = (uint64_t)sqlite3_column_int64(st, 10);
	r.size = sqlite3_column_int64(st, 11);
	r.mtime_ns = sqlite3_column_int64(st, 12);
	if (!r.path || !r.title || !r.date || !r.hash || !r.source)
		return SQLITE_CORRUPT;
	r.path_len = strlen(r.path);
	r.title_len = strlen(r.title);
	r.source_len = strlen(r.source);
	fn(ud, &r);
	return SQLITE_OK;
}

#define LIST_COLUMNS "SELECT a.id, a.path, a.title, a.date, a.hash, a.source, f.words," \
	" f.len, f.date_from, f.dev, f.ino, f.size, f.mtime, a.date_key FROM article a" \
	" JOIN file f ON f.id = a.id"

/* The articles of set (by id, n ids) in id order: from the packed rows (a statement step
 * a row was 2,500 instructions), or, with none, each looked up when they are few, else
 * every row read and kept or not. */
static int
list_set(struct index_direct *d, const uint64_t *set, size_t n,
	 void (*fn)(void *ud, const struct index_row *r), void *ud)
{
	sqlite3_stmt *st = NULL;
	size_t i, count = 0;
	uint64_t w;
	int rc;

	if ((rc = index_cache_pack_rows(d->db, set, n, fn, ud)) != 0) {
		bench_value("listed_packed", 1);
		return rc > 0 ? SQLITE_DONE : SQLITE_CORRUPT;
	}
	for (i = 0; i < (n + 63) / 64; i++)
		count += (size_t)__builtin_popcountll(set[i]);
	if (count < n / 8) {
		rc = sqlite3_prepare_v2(d->db, LIST_COLUMNS " WHERE a.id = ?", -1, &st, NULL);
		for (i = 0; rc == SQLITE_OK && i < (n + 63) / 64; i++)
			for (w = set[i]; rc == SQLITE_OK && w; w &= w - 1) {
				sqlite3_bind_int64(st, 1, (int64_t)(i * 64 + (size_t)__builtin_ctzll(w)));
				if ((rc = sqlite3_step(st)) == SQLITE_ROW)
					rc = put_row(st, fn, ud);
				else if (rc == SQLITE_DONE)
					rc = SQLITE_OK;	/* (no such row: as the IN list has it) */
				sqlite3_reset(st);
			}
		sqlite3_finalize(st);
		return rc == SQLITE_OK ? SQLITE_DONE : rc;
	}
	rc = sqlite3_prepare_v2(d->db, LIST_COLUMNS " ORDER BY a.id", -1, &st, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);

		rc = SQLITE_OK;
		if (id >= 0 && (size_t)id < n && (set[id >> 6] >> (id & 63) & 1))
			rc = put_row(st, fn, ud);	/* (others: their columns never read) */
	}
	sqlite3_finalize(st);
	return rc;
}

enum index_status
index_direct_list(struct index_direct *d, const struct query *q, unsigned flags,
		  void (*fn)(void *ud, const struct index_row *r), void *ud)
{
	struct query_stmt qs = { NULL, NULL, 0 };
	sqlite3_stmt *st = NULL;
	uint64_t *set = NULL;
	size_t i, nset = 0;
	char *sql;
	int rc;

	/* A query: its articles as a set (index_cache_eval.c). Text alone too: SQL probed
	 * the archive's hashes and the file rows for each of its rows, 1,990M instructions
	 * for `the` at 100k articles where the set and the packed rows take 810M (a rare
	 * word 73M -> 79M). The SQL below is for a file the sets cannot read. */
	if (q && index_file_ids(d->db, q, flags, &set, &nset) == 0) {
		bench_value("evaluated", 1);	/* tests/cli/cache_eval.sh */
		rc = list_set(d, set, nset, fn, ud);
		free(set);
		return rc == SQLITE_DONE ? INDEX_OK : INDEX_ERROR;
	}
	if (!q && (rc = index_cache_pack_rows(d->db, NULL, 0, fn, ud)) != 0) {
		bench_value("listed_packed", 1);
		return rc > 0 ? INDEX_OK : INDEX_ERROR;
	}
	if (q)
		query_sql(q, flags, &qs);
	sql = sqlite3_mprintf(LIST_COLUMNS "%s%s%s ORDER BY a.id", q ? " WHERE a.id IN (" : "",
			      q ? qs.sql : "", q ? ")" : "");
	rc = sql ? sqlite3_prepare_v2(d->db, sql, -1, &st, NULL) : SQLITE_NOMEM;
	for (i = 0; rc == SQLITE_OK && i < qs.nparams; i++)
		sqlite3_bind_text(st, (int)i + 1, qs.params[i], -1, SQLITE_STATIC);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
		rc = put_row(st, fn, ud);
	sqlite3_finalize(st);
	sqlite3_free(sql);
	query_stmt_free(&qs);
	return rc == SQLITE_DONE ? INDEX_OK : INDEX_ERROR;
}

enum index_status
index_direct_entities(struct index_direct *d, int type,
		      void (*fn)(void *ud, const struct entity *e), void *ud)
{
	sqlite3_stmt *st = NULL;
	const char **al = NULL;
	size_t cap = 0;
	int rc;

	/* The list kept in its order (index_cache_rank.c), or a sort of the rows:
	 * entity_rank_cmp()'s order, articles, then mentions, most first; then the id. */
	if (index_cache_rank_entities(d->db, type, fn, ud))
		return INDEX_OK;
	rc = sqlite3_prepare_v2(d->db, type < 0 ?
				"SELECT id, type, canonical, key, narticles, nmentions, naliases,"
				" aliases FROM es_entity ORDER BY narticles DESC, nmentions DESC, id"
				: "SELECT id, type, canonical, key, narticles, nmentions, naliases,"
				" aliases FROM es_entity WHERE type = ?"
				" ORDER BY narticles DESC, nmentions DESC, id", -1, &st, NULL);
	if (rc == SQLITE_OK && type >= 0)
		sqlite3_bind_int(st, 1, type);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *blob = sqlite3_column_blob(st, 7), *p;
		size_t alen = (size_t)sqlite3_column_bytes(st, 7), k;
		struct entity e;

		rc = SQLITE_OK;
		memset(&e, 0, sizeof e);
		e.id = (uint32_t)sqlite3_column_int64(st, 0);
		e.type = (uint8_t)sqlite3_column_int(st, 1);
		e.canonical = (char *)sqlite3_column_text(st, 2);
		e.key = (char *)sqlite3_column_text(st, 3);
		e.narticles = (uint32_t)sqlite3_column_int64(st, 4);
		e.nmentions = (uint32_t)sqlite3_column_int64(st, 5);
		e.naliases = (size_t)sqlite3_column_int64(st, 6);
		/* As index_cache_es.c reads them: NUL-ended names, naliases of them. */
		if (!e.canonical || !e.key || e.naliases > alen || (alen && blob[alen - 1])) {
			rc = SQLITE_CORRUPT;
			break;
		}
		xgrow((void **)&al, &cap, e.naliases + 1, sizeof *al);
		for (k = 0, p = blob; k < e.naliases && rc == SQLITE_OK; k++) {
			if (p >= blob + alen)
				rc = SQLITE_CORRUPT;
			al[k] = p;
			p += strlen(p) + 1;
		}
		e.aliases = (char **)al;
		if (rc == SQLITE_OK)
			fn(ud, &e);
	}
	sqlite3_finalize(st);
	free(al);
	return rc == SQLITE_DONE ? INDEX_OK : INDEX_ERROR;
}

void
index_direct_close(struct index_direct *d)
{
	if (!d)
		return;
	sqlite3_close(d->db);
	index_rank_reset(&d->rank, NULL);
	free(d->corr);
	free(d);
}
