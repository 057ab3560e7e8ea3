/* cli_direct.c -- search, list, tag, entities and mentions --entity answered from the persistent index alone, when they can be. MIT licence. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "cli.h"
#include "dossier/correct.h"
#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/query.h"
#include "dossier/state.h"
#include "dossier/text.h"
#include "dossier/util.h"

/*
 * `dossier list` likewise prints the article rows of the index (all, or those of its
 * --query), without reading any file; `tag` and `mark` write to the state the articles
 * of their --query, each file's stat checked first (a decision goes to the content the
 * file has, never to an older one); `entities` prints the index's entity rows.
 *
 * A warm `dossier search` used to make the whole corpus from the persistent index (a
 * stat of every file, an article of every row) to print twenty lines: 0.6 s at 100k
 * files. When the index file can answer alone (index_direct_open(): its folders stat as
 * they did, nothing skipped, the same paths), the query runs on it and only the hits'
 * files are read, for their snippets; each must have the content the index describes
 * (its hash), or nothing is printed and the command goes the long way, which reads what
 * changed and updates the index. So does a query of story clusters (query_sql_indexed():
 * they are not SQL tables), a state that cannot be read as the long way would, and
 * --recheck.
 */

struct found {
	const struct cli_opts *o;
	size_t max_size;
	char **terms;
	size_t nterms;
	struct cli_hit *v;
	size_t n, cap;
	bool bad;	/* a hit's file is not the one indexed */
};

struct article *
cli_read_indexed(const char *path, const char *hash, size_t max_size)
{
	struct corpus c;
	struct article *a;
	char err[256];

	corpus_init(&c);
	c.max_file_size = max_size;
	a = corpus_read_file(&c, path, err, sizeof err);
	if (a && strcmp(a->hash, hash) != 0) {
		article_free(a);
		a = NULL;
	}
	return a;
}

char *
cli_read_indexed_text(const char *path, const char *hash, size_t max_size, size_t *len)
{
	struct corpus c;
	char mine[33], *text;

	corpus_init(&c);
	c.max_file_size = max_size;
	if ((text = corpus_read_text(&c, path, len)) != NULL) {
		text_hash(text, *len, mine);
		if (strcmp(mine, hash) != 0) {
			free(text);
			text = NULL;
		}
	}
	return text;
}

static void
take(void *ud, const struct index_row *r)
{
	struct found *f = ud;
	struct article *a;
	struct cli_hit *h;

	if (f->bad)
		return;
	a = cli_read_indexed(r->path, r->hash, f->max_size);
	/* The same content, and the same row: a file touched since has another date when
	 * its date is its mtime. */
	if (!a || strcmp(a->date, r->date) != 0 || strcmp(a->title, r->title) != 0) {
		f->bad = true;
		article_free(a);
		return;
	}
	xgrow((void **)&f->v, &f->cap, f->n + 1, sizeof *f->v);
	h = &f->v[f->n++];
	h->path = xstrdup(r->path);
	h->display_path = text_clean_line(r->path, strlen(r->path));
	h->score = r->score;
	h->date = xstrdup(r->date);
	h->title = xstrdup(r->title);
	h->snippet = index_snippet_of(a, f->terms, f->nterms);
	article_free(a);
}

static void
free_found(struct found *f)
{
	size_t i;

	for (i = 0; i < f->n; i++) {
		free((char *)f->v[i].path);
		free((char *)f->v[i].display_path);
		free((char *)f->v[i].date);
		free((char *)f->v[i].title);
		free((char *)f->v[i].snippet);
	}
	free(f->v);
	query_terms_free(f->terms);
}

/* The state's corrections made the index's entity tables? */
static bool
same_corrections(struct state *st, const struct index_direct *d)
{
	struct corr *v = NULL;
	char digest[17];
	size_t n = 0;

	if (state_corrections(st, &v, &n) != STATE_OK)
		return false;
	corr_digest(v, n, digest);
	corr_free_all(v, n);
	return strcmp(digest, index_direct_corrections(d)) == 0;
}

/* Ask d; -1 when it cannot answer as the long way would. */
static int
ask(const struct cli_opts *o, struct index_direct *d, struct query *q, struct state *st)
{
	struct found f = { o, o->max_file_size, NULL, 0, NULL, 0, 0, false };
	size_t i;

	if (!same_corrections(st, d) || index_direct_attach_state(d, st) != INDEX_OK)
		return -1;
	f.nterms = query_fts_terms(q, &f.terms);
	if (index_direct_top(d, q, QUERY_HIDE_ARCHIVED, o->limit_set ? o->limit : SEARCH_LIMIT,
			     take, &f) != INDEX_OK || f.bad) {
		free_found(&f);
		return -1;
	}
	cli_head(o, CLI_SEARCH_COLUMNS);
	for (i = 0; i < f.n; i++)
		cli_print_hit(o, i, &f.v[i]);
	cli_search_tail(o, f.n);
	free_found(&f);
	bench_value("direct", 1);	/* tests/cli/cache_direct.sh */
	return 0;
}

/* The articles listed, each row formatted as it is read (cli_format_article()), one
 * after another into blocks of text, after its path; printed once all are in, in date
 * order. (A struct article kept per row, 220 bytes of them, and its strings copied, were
 * most of listing 92k articles, in their page faults; one buffer grown by doubling
 * copied 10 MB of rows again and again, a seventh of listing 100k.) */
struct line {
	int32_t date_key;
	uint32_t len;	/* the row's bytes */
	uint32_t block;	/* the block of text holding it */
	size_t at, row;	/* where its path (NUL-ended) starts in the block; its row */
};

/* A block of rows is this big, or one row's if that is bigger: in huge pages
 * (big_alloc()), where 4 KB pages were 14% of listing 89k articles in their faults. */
#define ROW_BLOCK ((size_t)4 << 20)

struct listed {
	const struct cli_opts *o;
	struct line *v;
	size_t n, cap;
	struct sbuf *blocks;	/* the text; rows never move once written (no doubling) */
	size_t nblocks, bcap;
	struct article a;	/* the row being formatted */
};

/* s into buf (size bytes), cut to fit: snprintf("%s") without its format's cost. */
static void
copy_str(char *buf, size_t size, const char *s)
{
	size_t n = strnlen(s, size - 1);

	memcpy(buf, s, n);
	buf[n] = '\0';
}

/* The block a row of need bytes or so goes in: the last one, or a new one when it has
 * not the room (a row longer than its estimate grows its block as an sbuf does: the rows
 * are found by their offsets). */
static struct sbuf *
row_block(struct listed *l, size_t need)
{
	struct sbuf *b = l->nblocks ? &l->blocks[l->nblocks - 1] : NULL;
	size_t cap;

	if (b && b->len + need + 1 <= b->cap)
		return b;
	xgrow((void **)&l->blocks, &l->bcap, l->nblocks + 1, sizeof *l->blocks);
	b = &l->blocks[l->nblocks++];
	cap = need + 1 > ROW_BLOCK ? need + 1 : ROW_BLOCK;
	b->data = big_alloc(cap);
	b->len = 0;
	b->cap = b->data ? cap : 0;
	return b;
}

static void
take_row(void *ud, const struct index_row *r)
{
	struct listed *l = ud;
	struct sbuf *text = row_block(l, 2 * r->path_len + r->title_len + r->source_len + 64);
	struct line *ln;
	size_t start;

	if (l->n == l->cap)	/* (xgrow() doubles; a call a row was 4% of a long list) */
		xgrow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v);
	ln = &l->v[l->n++];
	ln->date_key = r->date_key;
	ln->block = (uint32_t)(l->nblocks - 1);
	ln->at = text->len;
	sb_add(text, r->path, r->path_len + 1);
	ln->row = start = text->len;
	if (l->o->format != FMT_JSON) {
		/* (the lengths known: a strlen() a field was a tenth of listing 89k) */
		cli_format_tsv(text, r->clean, r->path, r->path_len, r->date, r->title,
			       r->title_len, r->source, r->source_len, r->words);
		ln->len = (uint32_t)(text->len - start);
		return;
	}
	/* (no text: article_words() gives the index's count) */
	l->a.path = l->a.display_path = (char *)r->path;
	l->a.title = (char *)r->title;
	l->a.source = (char *)r->source;
	copy_str(l->a.date, sizeof l->a.date, r->date);
	copy_str(l->a.hash, sizeof l->a.hash, r->hash);
	l->a.date_key = r->date_key;
	l->a.words = r->words;
	l->a.len = r->len;
	l->a.date_from_mtime = r->date_from_mtime;
	cli_format_article(text, l->o, &l->a);
	ln->len = (uint32_t)(text->len - start);
}

static int32_t
line_date(const void *ud, size_t i)
{
	return ((const struct listed *)ud)->v[i].date_key;
}

static const char *
line_path(const void *ud, size_t i)
{
	const struct listed *l = ud;

	return l->blocks[l->v[i].block].data + l->v[i].at;
}

/* The rows of l in the order given to standard output, a writev() of many at once
 * rather than each copied into stdio's buffer (a sixth of listing 100k); a JSON row is
 * led by its separator. False when the output fails. */
static bool
write_rows(const struct listed *l, const uint64_t *order, bool json)
{
	enum { BATCH = 512 };
	static char first[] = "\n ", next[] = ",\n ";
	struct iovec iov[2 * BATCH];
	size_t i = 0, k, n;

	fflush(stdout);
	while (i < l->n) {
		for (n = 0; i < l->n && n + 2 <= 2 * BATCH; i++) {
			const struct line *ln = &l->v[order[i]];

			if (json)
				iov[n++] = (struct iovec){ i ? next : first, i ? 3 : 2 };
			iov[n++] = (struct iovec){ l->blocks[ln->block].data + ln->row, ln->len };
		}
		for (k = 0; k < n;) {
			ssize_t w = writev(STDOUT_FILENO, iov + k, (int)(n - k));

			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0)
				return false;
			for (; k < n && (size_t)w >= iov[k].iov_len; k++)
				w -= (ssize_t)iov[k].iov_len;
			if (k < n) {	/* (a part of one written) */
				iov[k].iov_base = (char *)iov[k].iov_base + w;
				iov[k].iov_len -= (size_t)w;
			}
		}
	}
	return true;
}

/* `list` from d: every article, or those q matches, as cmd_list() prints them. */
static int
list(const struct cli_opts *o, struct index_direct *d, struct query *q, struct state *st)
{
	struct listed l = { o, NULL, 0, 0, NULL, 0, 0, { 0 } };
	uint64_t *order;
	bool ok, written, failed = false;
	size_t i;

	ok = same_corrections(st, d) && index_direct_attach_state(d, st) == INDEX_OK &&
	     index_direct_list(d, q, QUERY_HIDE_ARCHIVED, take_row, &l) == INDEX_OK;
	if (ok) {
		order = xmalloc((l.n ? l.n : 1) * sizeof *order);
		cli_order_date_desc(order, l.n, line_date, line_path, &l);
		cli_head(o, CLI_LIST_COLUMNS);
		written = write_rows(&l, order, o->format == FMT_JSON);
		if (written)
			cli_search_tail(o, l.n);
		failed = !cli_output_ok(written);
		free(order);
		bench_value("direct", 1);
	}
	free(l.v);
	for (i = 0; i < l.nblocks; i++)
		free(l.blocks[i].data);
	free(l.blocks);
	return !ok ? -1 : failed ? 1 : 0;
}

/* The articles a tag command writes to: their hashes, each file's stat as recorded (a
 * write goes to the content the file has: any other stat, and the long way reads it). */
struct picked {
	const char **hashes;
	size_t n, cap;
	bool moved;
};

bool
cli_stats_as_at(int dir, const char *path, const struct corpus_stat *was)
{
	struct corpus_stat cs;
	struct stat sb;

	if (fstatat(dir, path, &sb, 0) != 0)
		return false;
	corpus_stat_of(&sb, &cs);
	return cs.dev == was->dev && cs.ino == was->ino && cs.size == was->size &&
	       cs.mtime_ns == was->mtime_ns;
}

bool
cli_stats_as(const char *path, const struct corpus_stat *was)
{
	return cli_stats_as_at(AT_FDCWD, path, was);
}

static void
pick_row(void *ud, const struct index_row *r)
{
	struct picked *p = ud;
	struct corpus_stat was = { r->dev, r->ino, r->size, r->mtime_ns };

	if (p->moved)
		return;
	if (!cli_stats_as(r->path, &was)) {
		p->moved = true;
		return;
	}
	xgrow((void **)&p->hashes, &p->cap, p->n + 1, sizeof *p->hashes);
	p->hashes[p->n++] = xstrdup(r->hash);
}

/* `tag`/`mark`: the state's operations on the articles q matches, as cmd_tag(). */
static int
tag(const struct cli_opts *o, struct index_direct *d, struct query *q, struct state *st)
{
	struct picked p = { NULL, 0, 0, false };
	struct state_op *ops = NULL;
	char err[256];
	size_t nops, i;
	int rc = -1;

	if (cli_tag_ops(o, &ops, &nops, err, sizeof err) && same_corrections(st, d) &&
	    index_direct_attach_state(d, st) == INDEX_OK &&
	    index_direct_list(d, q, QUERY_HIDE_ARCHIVED, pick_row, &p) == INDEX_OK &&
	    !p.moved) {
		/* The index's connection lets go of the state before it is written. */
		index_direct_close_state(d);
		rc = cli_tag_apply(st, ops, nops, p.hashes, p.n);
		bench_value("direct", 1);
	}
	for (i = 0; i < p.n; i++)
		free((char *)p.hashes[i]);
	free(p.hashes);
	free(ops);
	return rc;
}

/* `entities`: the index's entity rows as cmd_entities() prints them. */
struct ranked_out {
	const struct cli_opts *o;
	size_t n;
};

static void
put_entity(void *ud, const struct entity *e)
{
	struct ranked_out *r = ud;

	cli_print_entity(r->o, r->n++, e);
}

static int
entities(const struct cli_opts *o, struct index_direct *d, struct state *st)
{
	struct ranked_out r = { o, 0 };
	int type = o->type ? ent_type_parse(o->type) : -1;

	/* The rows are printed as they come: a failure halfway is said, not hidden. */
	if ((o->type && type < 0) || !same_corrections(st, d))
		return -1;
	cli_head(o, CLI_ENTITY_COLUMNS);
	if (index_direct_entities(d, type, put_entity, &r) != INDEX_OK) {
		fflush(stdout);
		warnx_("the persistent index cannot be read; --recheck reads the files");
		return 1;
	}
	cli_search_tail(o, r.n);
	bench_value("direct", 1);
	return 0;
}

/* `mentions --entity`: as the long way, when the corrections made the index's tables. */
static int
mentions(const struct cli_opts *o, struct index_direct *d, struct state *st)
{
	int rc;

	if (!same_corrections(st, d))
		return -1;
	if ((rc = cli_mentions_direct(o, d)) == 0)
		bench_value("direct", 1);
	return rc;
}

int
cli_direct(const struct cli_opts *o)
{
	char *file, err[1024] = "";
	struct index_direct *d;
	struct state *st = NULL;
	struct query *q = NULL;
	bool search = strcmp(o->cmd, "search") == 0, list_cmd = strcmp(o->cmd, "list") == 0;
	bool ents = strcmp(o->cmd, "entities") == 0, men = strcmp(o->cmd, "mentions") == 0;
	int rc = -1;

	/* entities and mentions --entity without a query; list with or without; the others
	 * with one. */
	if (o->recheck || o->cache_mode == PIPELINE_CACHE_NO ||
	    (ents || men ? o->query != NULL : !list_cmd && !o->query) || (men && !o->entity))
		return -1;
	file = o->cache_mode == PIPELINE_CACHE_FILE ? (o->cache ? xstrdup(o->cache) : NULL)
		: pipeline_cache_path(o->paths, o->npaths);
	d = index_direct_open(file, o->paths, o->npaths, o->max_file_size);
	free(file);
	if (!d)
		return -1;
	/* A bad query, or a state with something to say, is said by the long way. */
	if (o->query)
		q = query_parse(o->query, err, sizeof err);
	if ((q || !o->query) && !(q && !query_sql_indexed(q)))
		st = search || list_cmd || ents || men ? state_open_query(o->state_path, err,
									      sizeof err)
		     : o->state_path ? state_open(o->state_path, err, sizeof err)
		     : state_open_memory(err, sizeof err);
	if (st && !err[0])
		rc = search ? ask(o, d, q, st) : list_cmd ? list(o, d, q, st) :
		     ents ? entities(o, d, st) : men ? mentions(o, d, st) : tag(o, d, q, st);
	state_close(st);
	query_free(q);
	index_direct_close(d);
	return rc;
}
