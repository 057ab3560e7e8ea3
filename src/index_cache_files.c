/* index_cache_files.c -- what the cache knows of each file, checked by stat: the catalog and the plan of an update. MIT licence. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/index.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_int.h"
#include "model_id.h"

/*
 * A cache file describes every file of the corpus it was made from: the article row
 * (path, title, source, date, hash, the row of the full text: doc) and, in the file
 * table, what stat() said of it (device, inode, size, mtime in nanoseconds) with what the
 * list needs that the article row lacks (length, words, where the date came from); the
 * files skipped as binary data are in the skipped table. Opening the catalog reads those
 * rows (not the articles' files); the loader then asks it about every file it walks
 * (index_catalog_reuse()): a file whose stat is the one recorded is made into an article
 * from the rows, without reading it; so is a file renamed (its device and inode, size and
 * mtime found under another name). Any other file is read.
 *
 * A file modified within RACY_NS before the catalog's files were looked at ("scanned")
 * could have changed again within the same tick of the file system's clock without its
 * mtime moving: it is read again (as git does with racily clean entries).
 *
 * After loading, index_catalog_plan() says what the cache can give: everything (a hit),
 * or an update: the full-text rows of the articles removed or changed go, those of the new
 * ones come (a new doc each), the article and file rows are written again, and the
 * entities are resolved again from every article's kept extraction (index_cache_update.c).
 */

static uint32_t
hash_ino(uint64_t dev, uint64_t ino)
{
	uint64_t k[2] = { dev, ino };

	return place_hash(k, sizeof k);
}

/* Slot tables: by path and by (device, inode), entry index + 1 (0: empty). */
static void
index_entries(struct index_catalog *k)
{
	size_t i, h;

	k->by_path = xcalloc(k->nslots, sizeof *k->by_path);
	k->by_ino = xcalloc(k->nslots, sizeof *k->by_ino);
	for (i = 0; i < k->n; i++) {
		const struct cat_entry *e = &k->e[i];

		if (e->skip < 0 && !e->hash[0])
			continue;	/* gone: its file is not looked for (an update drops it) */
		for (h = place_hash(e->path, strlen(e->path)) & (k->nslots - 1); k->by_path[h];
		     h = (h + 1) & (k->nslots - 1))
			;
		k->by_path[h] = (uint32_t)i + 1;
		for (h = hash_ino(e->st.dev, e->st.ino) & (k->nslots - 1); k->by_ino[h];
		     h = (h + 1) & (k->nslots - 1))
			;
		k->by_ino[h] = (uint32_t)i + 1;
	}
}

/*
 * The slot tables are made when a file is first looked up, not when the catalog opens:
 * a list made from the catalog finds each file's entry at its own place (reuse_exact()),
 * and at a million files the tables were 0.3 s of a warm launch's first paint. The first
 * to ask makes them (lookups run on several threads at once).
 */
static void
slots(struct index_catalog *k)
{
	if (__atomic_load_n(&k->slots_made, __ATOMIC_ACQUIRE))
		return;
	pthread_mutex_lock(&k->slot_lock);
	if (!k->slots_made) {
		index_entries(k);
		__atomic_store_n(&k->slots_made, true, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&k->slot_lock);
}

static struct cat_entry *
find_path(struct index_catalog *k, const char *path)
{
	size_t h;

	slots(k);
	for (h = place_hash(path, strlen(path)) & (k->nslots - 1); k->by_path[h];
	     h = (h + 1) & (k->nslots - 1))
		if (strcmp(k->e[k->by_path[h] - 1].path, path) == 0)
			return &k->e[k->by_path[h] - 1];
	return NULL;
}

/* An entry not taken yet with this device and inode, size and mtime. */
static struct cat_entry *
find_moved(struct index_catalog *k, const struct corpus_stat *st)
{
	size_t h;

	slots(k);
	for (h = hash_ino(st->dev, st->ino) & (k->nslots - 1); k->by_ino[h];
	     h = (h + 1) & (k->nslots - 1)) {
		struct cat_entry *e = &k->e[k->by_ino[h] - 1];

		if (!e->taken && e->st.dev == st->dev && e->st.ino == st->ino &&
		    e->st.size == st->size && e->st.mtime_ns == st->mtime_ns && e->skip < 0)
			return e;
	}
	return NULL;
}

static bool
same_stat(const struct corpus_stat *a, const struct corpus_stat *b)
{
	return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	       a->mtime_ns == b->mtime_ns;
}

bool
index_entry_settled(const struct index_catalog *k, const struct cat_entry *e)
{
	return e->st.mtime_ns < k->scanned_ns - RACY_NS;
}

/* Floor division: the seconds of an mtime in nanoseconds (before 1970 too). */
static time_t
seconds(int64_t ns)
{
	return (time_t)(ns >= 0 ? ns / 1000000000 : -((-ns + 999999999) / 1000000000));
}

/* The article entry e describes, found at path with stat st (no read). */
static struct article *
make_article(struct cat_entry *e, const char *path, const struct corpus_stat *st)
{
	char *title = NULL, *source = NULL;
	struct article *a;
	int y, m, d;

	/* Its date was the old name's, before one of its prose that the new name does not
	 * hide: read it again (as a file never seen; its extraction is kept by hash). */
	if (e->date_from == DATE_FROM_NAME_OVER_TEXT && strcmp(path, e->path) != 0 &&
	    !article_name_full_date(path, &y, &m, &d))
		return NULL;
	a = xcalloc(1, sizeof *a);
	article_set_path(a, path);
	a->title = e->title;
	a->source = e->source;
	e->title = e->source = NULL;	/* the article's now */
	memcpy(a->date, e->date, sizeof a->date);
	a->date_key = e->date_key;
	a->date_from = e->date_from;
	a->date_from_mtime = e->date_from == DATE_FROM_MTIME;
	a->from_path = e->from_path;
	memcpy(a->hash, e->hash, sizeof a->hash);
	a->len = e->len;
	a->words = e->words;
	a->paragraphs = e->paragraphs;
	a->st = *st;
	a->mtime = seconds(st->mtime_ns);
	/* The date of an mtime follows the time zone; a new name may give another date,
	 * title or source. */
	e->path_differs = strcmp(path, e->path) != 0;
	/* A title or source from the old name, to tell whether the new one gives another. */
	if (e->path_differs && (a->from_path & FROM_PATH_TITLE))
		title = xstrdup(a->title ? a->title : "");
	if (e->path_differs && (a->from_path & FROM_PATH_SOURCE))
		source = xstrdup(a->source ? a->source : "");
	if (e->path_differs || e->date_from == DATE_FROM_MTIME)
		article_path_fields(a);
	/* A new name alone (a file renamed or moved, its folder renamed, the paths given
	 * spelt otherwise) changes no entity: only its row's path is written again. */
	e->row_differs = strcmp(a->date, e->date) != 0 || a->date_key != e->date_key ||
			 (title && strcmp(title, a->title ? a->title : "") != 0) ||
			 (source && strcmp(source, a->source ? a->source : "") != 0);
	free(title);
	free(source);
	e->taken = a;
	return a;
}

/* The corpus_reuse hooks: see the comment at the top. This one runs on several threads
 * at once: it touches only the entry of its path (no two files share a path). */
static struct article *
reuse_exact(void *ud, size_t at, const char *path, const struct corpus_stat *st)
{
	struct index_catalog *k = ud;
	struct cat_entry *e = at < k->n ? &k->e[at] : NULL;

	/* A list made from the catalog (index_catalog_list()) is in its order: the entry at
	 * the same place, when it is the path's, saves a lookup (a fifth of a warm launch's
	 * work before its first paint at a million files). A gone one is never taken. */
	if (!e || (e->skip < 0 && !e->hash[0]) || strcmp(e->path, path) != 0)
		e = find_path(k, path);
	if (e && !e->taken && e->skip < 0 && same_stat(&e->st, st) && index_entry_settled(k, e))
		return make_article(e, path, st);
	return NULL;
}

static struct article *
reuse(void *ud, const char *path, const struct corpus_stat *st, int *skip, const char **detail)
{
	struct index_catalog *k = ud;
	struct cat_entry *e = find_path(k, path);

	if (e && !e->taken && same_stat(&e->st, st) && index_entry_settled(k, e)) {
		if (e->skip < 0)
			return make_article(e, path, st);
		e->seen = true;		/* kept: skipped again */
		*skip = e->skip;
		*detail = "looks like binary data";
		return NULL;
	}
	if ((e = find_moved(k, st)) && index_entry_settled(k, e))
		return make_article(e, path, st);
	return NULL;
}

const struct corpus_reuse *
index_catalog_reuse(struct index_catalog *k)
{
	return k ? &k->reuse : NULL;
}

/* ---- reading the rows ------------------------------------------------------------- */

static char *
col_text(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);

	return s ? xstrdup(s) : NULL;
}

/* 32 lower-case hex digits, eight bytes a step: each byte (none has its top bit) is
 * 0-9 or a-f when adding 0x50 sets its top bit (>= '0') and 0x46 does not (<= '9'), or
 * 0x1F does (>= 'a') and 0x19 does not (<= 'f'). Two ranges a byte were most of
 * checking a million entries. */
static bool
is_hash(const char *h)
{
	const uint64_t top = 0x8080808080808080ull, one = 0x0101010101010101ull;
	uint64_t w, digit, letter;
	size_t i;

	if (!h)
		return false;
	for (i = 0; i < 32; i += 8) {	/* (h is a cat_entry's hash: 33 bytes to read) */
		memcpy(&w, h + i, 8);
		if (w & top)
			return false;
		digit = (w + 0x50 * one) & ~(w + 0x46 * one) & top;
		letter = (w + 0x1F * one) & ~(w + 0x19 * one) & top;
		if ((digit | letter) != top)
			return false;
	}
	return h[32] == '\0';
}

bool
index_cache_entry_valid(const struct cat_entry *e)
{
	/* A text is at most half as long again as its file (UTF-16 made UTF-8): a damaged
	 * length must not make article_load() fill gigabytes. */
	return e->path && *e->path && e->title && e->source && (is_hash(e->hash) || !*e->hash) &&
	       e->st.size >= 0 && (int64_t)e->len <= e->st.size + e->st.size / 2 + 16 &&
	       e->date_from < DATE_FROM_N && e->from_path <= 3;
}

/* One article row into e; false when a value is out of its range (a damaged file). */
static bool
read_article_row(sqlite3_stmt *st, size_t i, struct cat_entry *e)
{
	const char *date = (const char *)sqlite3_column_text(st, 4);
	const char *hash = (const char *)sqlite3_column_text(st, 6);

	memset(e, 0, sizeof *e);
	e->skip = -1;
	e->path = col_text(st, 1);
	e->title = col_text(st, 2);
	e->source = col_text(st, 3);
	if (sqlite3_column_int64(st, 0) != (sqlite3_int64)i || !date ||
	    strlen(date) >= sizeof e->date || !hash || strlen(hash) > 32)
		return false;
	memcpy(e->date, date, strlen(date) + 1);
	memcpy(e->hash, hash, strlen(hash) + 1);
	e->date_key = (int32_t)sqlite3_column_int64(st, 5);
	e->id = (uint32_t)i;
	e->doc = (uint32_t)sqlite3_column_int64(st, 7);
	e->st.dev = (uint64_t)sqlite3_column_int64(st, 8);
	e->st.ino = (uint64_t)sqlite3_column_int64(st, 9);
	e->st.size = sqlite3_column_int64(st, 10);
	e->st.mtime_ns = sqlite3_column_int64(st, 11);
	e->len = (uint32_t)sqlite3_column_int64(st, 12);
	e->words = (uint32_t)sqlite3_column_int64(st, 13);
	e->paragraphs = (uint32_t)sqlite3_column_int64(st, 14);
	e->date_from = (uint8_t)sqlite3_column_int(st, 15);
	e->from_path = (uint8_t)sqlite3_column_int(st, 16);
	return sqlite3_column_int64(st, 7) >= 0 && sqlite3_column_int64(st, 7) < UINT32_MAX &&
	       sqlite3_column_int64(st, 12) >= 0 && sqlite3_column_int64(st, 12) < UINT32_MAX &&
	       index_cache_entry_valid(e);
}

/* No two articles share a full-text row (a damaged file could say so): a bit a row,
 * k->ndocs of them (entries_sound() bounds it), not a sort of every row. */
static bool
docs_distinct(const struct index_catalog *k)
{
	uint64_t *seen = xcalloc(k->ndocs / 64 + 1, sizeof *seen);
	size_t i;
	bool ok = true;

	for (i = 0; i < k->n && ok; i++) {
		uint32_t d = k->e[i].doc;

		ok = !(seen[d / 64] >> (d % 64) & 1);
		seen[d / 64] |= (uint64_t)1 << (d % 64);
	}
	free(seen);
	return ok;
}

/* Are the entries' full-text rows believable? Rows are numbered anew by each build;
 * updates add at the end. Far more numbers than articles: a damaged file, or one worth
 * building again (smaller). */
static bool
entries_sound(struct index_catalog *k)
{
	size_t i;

	k->ndocs = 0;
	for (i = 0; i < k->n; i++)
		if (k->e[i].doc >= k->ndocs)
			k->ndocs = k->e[i].doc + (size_t)1;
	return k->ndocs <= 4 * (k->n + 1024) && docs_distinct(k);
}

/* The entries read so far, gone. */
static void
free_entries(struct index_catalog *k)
{
	size_t i;

	for (i = 0; i < k->n; i++) {
		free(k->e[i].path);
		free(k->e[i].title);
		free(k->e[i].source);
	}
	free(k->e);
	k->e = NULL;
	k->n = 0;
}

/* Every article row into k->e, one by one (when there is no pack to read); false for a
 * damaged file. */
static bool
read_article_rows(struct index_catalog *k, size_t *cap)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (sqlite3_prepare_v2(k->db, "SELECT " INDEX_CATALOG_COLUMNS " FROM article a"
			       " JOIN file f ON f.id = a.id ORDER BY a.id", -1, &st, NULL) != SQLITE_OK)
		return false;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_entry *e;
		bool ok;

		xgrow((void **)&k->e, cap, k->n + 1, sizeof *k->e);
		e = &k->e[k->n];
		ok = read_article_row(st, k->n, e);
		k->n++;
		if (!ok)
			break;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE;
}

/* Every article and skipped file of the cache into k->e; false for a damaged file. */
static bool
read_entries(struct index_catalog *k)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	bool packed;
	int rc;

	/* The pack's pages read through a map of the file, not a read each (0.03 s of 0.12
	 * at 100k articles); unmapped after, so that the copy of an update, through this
	 * connection, does not map the whole file. bench/ and the tests see which way the
	 * rows came. */
	sqlite3_exec(k->db, "PRAGMA mmap_size = 4294967296", NULL, NULL, NULL);
	packed = index_cache_unpack(k->db, &k->e, &k->n);
	sqlite3_exec(k->db, "PRAGMA mmap_size = 0", NULL, NULL, NULL);
	if (packed && !entries_sound(k)) {
		/* A pack that parses but cannot be: the rows say what the file holds. */
		free_entries(k);
		packed = false;
	}
	if (packed) {
		cap = k->n;
		bench_mark("catalog_packed");
	} else {
		bench_mark("catalog_rows");
		if (!read_article_rows(k, &cap) || !entries_sound(k))
			return false;
	}
	if (sqlite3_prepare_v2(k->db, "SELECT path, dev, ino, size, mtime, reason FROM skipped",
			       -1, &st, NULL) != SQLITE_OK)
		return false;
	k->narticles = k->n;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct cat_entry *e;

		xgrow((void **)&k->e, &cap, k->n + 1, sizeof *k->e);
		e = &k->e[k->n++];
		memset(e, 0, sizeof *e);
		e->path = col_text(st, 0);
		e->st.dev = (uint64_t)sqlite3_column_int64(st, 1);
		e->st.ino = (uint64_t)sqlite3_column_int64(st, 2);
		e->st.size = sqlite3_column_int64(st, 3);
		e->st.mtime_ns = sqlite3_column_int64(st, 4);
		e->skip = SKIP_BINARY;
		if (!e->path || sqlite3_column_int(st, 5) != SKIP_BINARY)
			break;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE;
}

/* Is the meta value of key want (any, when want is NULL)? The value in out (owned). */
static bool
meta(sqlite3 *db, const char *key, const char *want, char **out)
{
	char *v = index_meta_of(db, "main", key);
	bool ok = v && (!want || strcmp(v, want) == 0);

	if (out && v)
		*out = v;
	else
		free(v);
	return ok;
}

/* The header: this format and version, written whole; why not in why. */
static bool
usable(struct index_catalog *k, char *why, size_t n)
{
	char *v = NULL;

	/* The same format, version and model: another build's rules give other entities. */
	if (!meta(k->db, "format", INDEX_CACHE_FORMAT, NULL) ||
	    !meta(k->db, "version", PACKAGE_VERSION, NULL) ||
	    !meta(k->db, "model", DOSSIER_MODEL_ID, NULL)) {
		snprintf(why, n, "another version of dossier wrote it");
		return false;
	}
	if (!meta(k->db, "complete", NULL, &v)) {
		snprintf(why, n, "it is incomplete");
		return false;
	}
	k->live = strcmp(v, "live") == 0;	/* changed in place (index_cache_live()) */
	free(v);
	v = NULL;
	if (!meta(k->db, "generation", NULL, &k->generation) ||
	    !meta(k->db, "scanned", NULL, &v) || !meta(k->db, "corrections", NULL, &k->corr)) {
		free(v);
		snprintf(why, n, "it cannot be read");
		return false;
	}
	k->scanned_ns = strtoll(v, NULL, 10);
	free(v);
	meta(k->db, "folders", NULL, &k->folders);	/* NULL: written again */
	return true;
}

struct index_catalog *
index_catalog_open(const char *path, char *why, size_t n)
{
	struct index_catalog *k;
	struct stat sb;
	char *name;

	if (stat(path, &sb) != 0) {
		snprintf(why, n, errno == ENOENT ? "no cache yet" : "it cannot be read");
		return NULL;
	}
	if (!S_ISREG(sb.st_mode)) {
		snprintf(why, n, "it is not a regular file");
		return NULL;
	}
	k = xcalloc(1, sizeof *k);
	pthread_mutex_init(&k->slot_lock, NULL);
	name = index_cache_file_name(path);
	why[0] = '\0';
	k->path = xstrdup(path);
	/* One thread at a time uses the catalog (the loader, then the build): no mutex on
	 * every call (13% of a warm `search`'s instructions at 10k). */
	if (sqlite3_open_v2(name, &k->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		snprintf(why, n, "it cannot be opened");
	} else {
		/* Another launch may be writing what it learnt of its files: wait for it. */
		sqlite3_busy_timeout(k->db, 5000);
		if (usable(k, why, n) && !read_entries(k))
			snprintf(why, n, "it cannot be read");
	}
	free(name);
	if (why[0]) {
		index_catalog_close(k);
		return NULL;
	}
	/* The same pages are read again by the attach or the copy that follow. */
	sqlite3_exec(k->db, "PRAGMA cache_size = -8192", NULL, NULL, NULL);
	for (k->nslots = 64; k->nslots < 2 * k->n; k->nslots *= 2)
		;
	k->reuse.exact = reuse_exact;
	k->reuse.article = reuse;
	k->reuse.ud = k;
	return k;
}

void
index_catalog_close(struct index_catalog *k)
{
	if (!k)
		return;
	free_entries(k);
	free(k->by_path);
	free(k->by_ino);
	free(k->by_hash);
	free(k->generation);
	free(k->corr);
	free(k->folders);
	free(k->path);
	sqlite3_close(k->db);
	pthread_mutex_destroy(&k->slot_lock);
	free(k);
}

/* ---- the plan --------------------------------------------------------------------- */

/* The articles' entries by content hash (built when a read file first asks). */
static void
index_hashes(struct index_catalog *k)
{
	size_t i, h;

	k->by_hash = xcalloc(k->nslots, sizeof *k->by_hash);
	for (i = 0; i < k->narticles; i++) {
		if (!k->e[i].hash[0])
			continue;	/* gone */
		for (h = place_hash(k->e[i].hash, 32) & (k->nslots - 1); k->by_hash[h];
		     h = (h + 1) & (k->nslots - 1))
			;
		k->by_hash[h] = (uint32_t)i + 1;
	}
}

/* An entry not taken for read article a: at its path with its content (touched, not
 * changed), else anywhere with its content (moved to another file system). */
static struct cat_entry *
find_content(struct index_catalog *k, const struct article *a)
{
	struct cat_entry *e = find_path(k, a->path);
	size_t h;

	if (e && !e->taken && e->skip < 0 && strcmp(e->hash, a->hash) == 0)
		return e;
	if (!k->by_hash)
		index_hashes(k);
	for (h = place_hash(a->hash, 32) & (k->nslots - 1); k->by_hash[h];
	     h = (h + 1) & (k->nslots - 1)) {
		e = &k->e[k->by_hash[h] - 1];
		if (!e->taken && strcmp(e->hash, a->hash) == 0)
			return e;
	}
	return NULL;
}

/* Does read article a's row differ from e's? */
static bool
row_differs(struct cat_entry *e, const struct article *a)
{
	e->path_differs = strcmp(e->path, a->path) != 0;
	return strcmp(e->title, a->title) ||
	       strcmp(e->source, a->source) || strcmp(e->date, a->date) ||
	       e->date_key != a->date_key || e->len != a->len;
}

/* Docs for the articles: each taken entry's, a new one for the others. */
static void
assign_docs(struct index_catalog *k, const struct corpus *c, int64_t scanned_ns,
	    struct index_plan *p)
{
	struct cat_entry **of = xcalloc(c->n ? c->n : 1, sizeof *of);
	uint32_t next = (uint32_t)k->ndocs;
	size_t i;

	p->first_new = next;
	for (i = 0; i < k->narticles; i++)
		if (k->e[i].taken && k->e[i].taken->id < c->n && c->arts[k->e[i].taken->id] ==
		    k->e[i].taken)
			of[k->e[i].taken->id] = &k->e[i];
	for (i = 0; i < c->n; i++) {
		struct cat_entry *e = of[i];

		if (!e && (e = find_content(k, c->arts[i]))) {
			e->taken = c->arts[i];
			e->row_differs = row_differs(e, c->arts[i]);
		}
		if (!e) {
			p->doc_of[i] = next++;
			p->nnew++;
			continue;
		}
		p->doc_of[i] = e->doc;
		p->rows |= e->row_differs || e->id != i;
		if (e->path_differs)
			p->repath[p->nrepath++] = (uint32_t)i;
		if (!same_stat(&e->st, &c->arts[i]->st))
			p->restat[p->nrestat++] = (uint32_t)i;	/* read again, or touched */
		else if (!index_entry_settled(k, e) && e->st.mtime_ns < scanned_ns - RACY_NS)
			p->settle = true;	/* read as racy, settled now: said so */
	}
	free(of);
}

void
index_catalog_plan(struct index_catalog *k, const struct corpus *c, const char *corr,
		   int64_t scanned_ns, struct index_plan *p)
{
	char folders[33];
	size_t i;

	memset(p, 0, sizeof *p);
	p->doc_of = xmalloc((c->n ? c->n : 1) * sizeof *p->doc_of);
	p->restat = xmalloc((c->n ? c->n : 1) * sizeof *p->restat);
	p->repath = xmalloc((c->n ? c->n : 1) * sizeof *p->repath);
	assign_docs(k, c, scanned_ns, p);
	p->removed = xmalloc((k->narticles ? k->narticles : 1) * sizeof *p->removed);
	p->removed_len = xmalloc((k->narticles ? k->narticles : 1) * sizeof *p->removed_len);
	for (i = 0; i < k->narticles; i++)
		if (!k->e[i].taken) {
			p->removed_len[p->nremoved] = k->e[i].len;
			p->removed[p->nremoved++] = k->e[i].doc;
		}
	for (i = k->narticles; i < k->n; i++)
		p->skipped |= !k->e[i].seen;	/* a skipped file is gone, or was read again */
	/* A binary file read (new, or changed): the skipped rows are written again. */
	p->skipped |= c->nbins != k->n - k->narticles;
	p->rows |= p->nnew || p->nremoved || c->n != k->narticles;
	/* Entities: made from each article's extraction and id, with the corrections; again
	 * after a live session, whose resolution was approximate. */
	p->entities = p->rows || strcmp(corr, k->corr) != 0 || k->live;
	/* The folders as they are now, for the commands that trust them. */
	index_folders_digest(c, folders);
	p->folders = !k->folders || strcmp(folders, k->folders) != 0;
	p->settle |= index_folders_settle(c, k->scanned_ns, scanned_ns);
	p->stat = p->nrestat > 0 || p->nrepath > 0 || p->skipped || p->settle || p->folders;
	p->update = p->entities;	/* rows, new and removed ones too */
	snprintf(p->why, sizeof p->why, "%zu new, %zu removed", p->nnew, p->nremoved);
}

void
index_plan_free(struct index_plan *p)
{
	free(p->doc_of);
	free(p->removed);
	free(p->removed_len);
	free(p->restat);
	free(p->repath);
	memset(p, 0, sizeof *p);
}
