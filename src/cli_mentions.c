/* cli_mentions.c -- `dossier mentions`: every mention, or one entity's, from the entity set or the persistent index alone. MIT licence. */
#include "config.h"

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/state.h"
#include "dossier/text.h"
#include "dossier/util.h"

#define MENTION_COLUMNS "path\tstart\tend\ttype\tentity_id\tcanonical\tsurface"

/* One row of `mentions` onto b: path (display_path in TSV), offsets, type, entity, names;
 * in JSON after its separator. */
static void
put_mention(struct sbuf *b, const struct cli_opts *o, const char *path,
	    const char *display_path, uint32_t start, uint32_t end, int type, uint32_t entity,
	    const char *canonical, const char *surface, bool first)
{
	if (o->format == FMT_JSON) {
		sb_adds(b, first ? "\n {" : ",\n {");
		cli_add_json_path(b, path);
		sb_adds(b, ", \"start\": ");
		cli_add_uint(b, start);
		sb_adds(b, ", \"end\": ");
		cli_add_uint(b, end);
		sb_adds(b, ", \"type\": \"");
		sb_adds(b, ent_type_name(type));
		sb_adds(b, "\", \"entity_id\": ");
		cli_add_uint(b, entity);
		sb_adds(b, ", \"canonical\": ");
		state_json_string(b, canonical);
		sb_adds(b, ", \"surface\": ");
		state_json_string(b, surface);
		sb_addc(b, '}');
		return;
	}
	sb_adds(b, display_path);
	sb_addc(b, '\t');
	cli_add_uint(b, start);
	sb_addc(b, '\t');
	cli_add_uint(b, end);
	sb_addc(b, '\t');
	sb_adds(b, ent_type_name(type));
	sb_addc(b, '\t');
	cli_add_uint(b, entity);
	sb_addc(b, '\t');
	cli_add_clean(b, canonical);
	sb_addc(b, '\t');
	cli_add_clean(b, surface);
	sb_addc(b, '\n');
}

/* A TSV row of `mentions` onto b as put_mention() writes it, its strings clean lines
 * already and their lengths known: copied, no call a field (the calls and each name's
 * check a row were a fifth of 123k mentions' rows). */
static void
put_clean_tsv(struct sbuf *b, const char *path, size_t plen, uint32_t start, uint32_t end,
	      const char *type, size_t tlen, uint32_t entity, const char *canonical,
	      size_t clen, const char *surface, size_t slen)
{
	size_t need = plen + tlen + clen + slen + 3 * 10 + 8;
	char *o;

	if (b->len + need + 1 > b->cap)
		xgrow((void **)&b->data, &b->cap, b->len + need + 1, 1);
	o = b->data + b->len;
	memcpy(o, path, plen), o += plen, *o++ = '\t';
	o = cli_put_uint(o, start), *o++ = '\t';
	o = cli_put_uint(o, end), *o++ = '\t';
	memcpy(o, type, tlen), o += tlen, *o++ = '\t';
	o = cli_put_uint(o, entity), *o++ = '\t';
	memcpy(o, canonical, clen), o += clen, *o++ = '\t';
	memcpy(o, surface, slen), o += slen, *o++ = '\n';
	*o = '\0';
	b->len = (size_t)(o - b->data);
}

/* text[start, end) as a string, in *buf (grown as needed). */
static const char *
surface_of(struct sbuf *buf, const char *text, uint32_t start, uint32_t end)
{
	buf->len = 0;
	sb_add(buf, text + start, end - start);
	return sb_cstr(buf);
}

int
cmd_mentions(struct cli_opts *o, struct cli_env *env)
{
	const struct corpus *c = env->c;
	const struct entity_set *es = env->es;
	bool *want = o->entity ? cli_entities_named(es, o->entity) : NULL;
	struct sbuf row = {0}, surface = {0};
	size_t a, k;
	bool first = true;

	if (o->format == FMT_JSON)
		putchar('[');
	else
		puts(MENTION_COLUMNS);
	for (a = 0; a < es->narticles && (want || !o->entity); a++) {
		const struct article *art = c->arts[a];

		if (env->match && !env->match[a])
			continue;
		if (es->nmentions[a])
			article_load(art);	/* the surfaces are the text's */
		for (k = 0; k < es->nmentions[a]; k++) {
			const struct mention *m = &es->mentions[a][k];

			if (want && !want[m->entity])
				continue;
			row.len = 0;
			put_mention(&row, o, art->path, art->display_path, m->start, m->end,
				    m->type, m->entity, es->ents[m->entity].canonical,
				    surface_of(&surface, art->text, m->start, m->end), first);
			fwrite_unlocked(row.data, 1, row.len, stdout);
			first = false;
		}
	}
	if (o->format == FMT_JSON)
		puts(first ? "]" : "\n]");
	free(want);
	sb_free(&row);
	sb_free(&surface);
	return 0;
}

/*
 * `mentions --entity` from the index: the articles and their mentions asked of the index
 * first, then each article's rows formatted, the articles in two halves on two threads,
 * each half into a buffer of its own, printed in order when both are done. The index
 * knows the bytes of most mentions (the alias that is their surface): their file is only
 * stat()ed, to see it is the one indexed, on a thread of its own while the index is
 * read (the stats were a third of the command). The others' file is read for their
 * surfaces and checked by its hash: reading and hashing 30k files was 60% of `mentions
 * --entity` of a name in 30k of 100k articles.
 */
struct stat_item {
	const char *path;	/* its job's */
	struct corpus_stat st;
};

/* The files to stat, handed from the index's reader to the stat thread in batches. */
struct stat_queue {
	pthread_mutex_t mu;
	pthread_cond_t more;
	struct stat_item *v;	/* owned; the batch not yet taken */
	size_t n, cap;
	bool done;		/* nothing more will come */
	bool bad;		/* a file does not stat as recorded (read after the join) */
};

/* Files of q stat()ed as they come, a few hundred at a time (taken from the end: the
 * order does not matter), until q is done and empty: the stat thread's, and the main
 * thread's too once it has read the index (33k stats were most of the time left). */
#define STAT_TAKE 256

/* The folder of the files stat()ed last, open: each file's name is looked up in it, not
 * its whole path (a fifth of each stat of 33k files seven folders deep). */
struct folder_fd {
	int fd;		/* -1: none */
	char *path;	/* owned */
	size_t len;
};

/* cli_stats_as() of path, in the folder of *d (opened when it is another). */
static bool
stat_in_folder(struct folder_fd *d, const char *path, const struct corpus_stat *was)
{
	const char *slash = strrchr(path, '/');
	size_t len = slash ? (size_t)(slash - path) : 0;

	if (!slash || len == 0)
		return cli_stats_as(path, was);
	if (d->fd < 0 || d->len != len || memcmp(d->path, path, len) != 0) {
		if (d->fd >= 0)
			close(d->fd);
		free(d->path);
		d->path = xstrndup(path, len);
		d->len = len;
		d->fd = open(d->path, O_PATH | O_DIRECTORY | O_CLOEXEC);
	}
	return d->fd >= 0 ? cli_stats_as_at(d->fd, slash + 1, was) : cli_stats_as(path, was);
}

static void *
stat_run(void *arg)
{
	struct stat_queue *q = arg;
	struct stat_item mine[STAT_TAKE];
	struct folder_fd dir = { -1, NULL, 0 };
	size_t n, i;
	bool bad = false;

	for (;;) {
		pthread_mutex_lock(&q->mu);
		while (!q->n && !q->done && !q->bad)
			pthread_cond_wait(&q->more, &q->mu);
		if (!q->n || q->bad) {
			pthread_mutex_unlock(&q->mu);
			break;
		}
		n = q->n < STAT_TAKE ? q->n : STAT_TAKE;
		q->n -= n;
		memcpy(mine, q->v + q->n, n * sizeof *mine);
		pthread_mutex_unlock(&q->mu);
		for (i = 0; i < n && !bad; i++)
			bad = !stat_in_folder(&dir, mine[i].path, &mine[i].st);
		if (bad) {
			pthread_mutex_lock(&q->mu);
			q->bad = true;
			pthread_cond_broadcast(&q->more);
			pthread_mutex_unlock(&q->mu);
			break;
		}
	}
	if (dir.fd >= 0)
		close(dir.fd);
	free(dir.path);
	return NULL;
}

struct men_job {
	char *path;
	char hash[33];
	size_t len;
	size_t v0, n;	/* its mentions: v[v0, v0 + n) */
	bool known;	/* the index has every surface: surf[v0, v0 + n) */
	bool path_clean;	/* the index says its path is a clean line (shown as it is) */
	struct corpus_stat st;	/* the file's, as the index recorded it */
};

struct men_jobs {
	struct men_job *j;
	size_t nj, jcap;
	struct index_named_mention *v;
	size_t nv, vcap;
	char **names;	/* the canonical names, copied (the index's last the call only) */
	size_t nnames, ncap;
	const char *from;	/* the index's name last copied, and its copy */
	char *copy;
	struct sbuf surfs;	/* the surfaces the index knows, each once: its length (u32),
				 * whether it is a clean line (a byte), its bytes, a NUL */
	size_t *surf, scap;	/* per mention: its surface's bytes in surfs, if its job is known */
	struct seen_surf *seen;	/* the index's surface strings stored so far, by address */
	size_t nseen, seencap;	/* (slots: a power of two) */
	struct stat_queue *q;	/* the stat thread's, or NULL: the parts stat the files */
};

/* One of the index's surface strings and where surfs holds it. */
struct seen_surf {
	const char *s;
	size_t at;
};

#define SURF_HEAD 5	/* a surface's length (u32) and clean byte before its bytes */

/* The slot of seen (cap slots, a power of two) that holds s, or the empty one where it
 * goes. */
static size_t
seen_slot(const struct seen_surf *seen, size_t cap, const char *s)
{
	size_t h = ((uintptr_t)s >> 4) & (cap - 1);

	while (seen[h].s && seen[h].s != s)
		h = (h + 1) & (cap - 1);
	return h;
}

/* Where surfs holds the index's surface string s: stored the first time it comes (a
 * few aliases make an entity's 100k mentions; each was copied and checked a mention). */
static size_t
surface_at(struct men_jobs *J, const char *s)
{
	size_t h, i, n, at;
	uint32_t len;
	unsigned char clean;

	if (2 * (J->nseen + 1) > J->seencap) {	/* grown: every string placed again */
		struct seen_surf *old = J->seen;
		size_t ocap = J->seencap;

		J->seencap = ocap ? 2 * ocap : 64;
		J->seen = xcalloc(J->seencap, sizeof *J->seen);
		for (i = 0; i < ocap; i++)
			if (old[i].s)
				J->seen[seen_slot(J->seen, J->seencap, old[i].s)] = old[i];
		free(old);
	}
	h = seen_slot(J->seen, J->seencap, s);
	if (J->seen[h].s)
		return J->seen[h].at;
	n = strlen(s);
	len = (uint32_t)n;
	clean = text_is_clean_line(s, n);
	sb_add(&J->surfs, (const char *)&len, sizeof len);
	sb_add(&J->surfs, (const char *)&clean, 1);
	at = J->surfs.len;
	sb_add(&J->surfs, s, n + 1);
	J->seen[h] = (struct seen_surf){ s, at };
	J->nseen++;
	return at;
}

static bool
take_job(void *ud, const struct index_row *r, const struct index_named_mention *v, size_t n)
{
	struct men_jobs *J = ud;
	struct men_job *j;
	size_t i;

	xgrow((void **)&J->j, &J->jcap, J->nj + 1, sizeof *J->j);
	j = &J->j[J->nj++];
	j->path = xstrdup(r->path);
	snprintf(j->hash, sizeof j->hash, "%s", r->hash);
	j->path_clean = (r->clean & INDEX_CLEAN_PATH) != 0;
	j->len = r->len;
	j->v0 = J->nv;
	j->n = n;
	j->st = (struct corpus_stat){ r->dev, r->ino, r->size, r->mtime_ns };
	j->known = true;
	for (i = 0; i < n; i++)
		j->known = j->known && v[i].surface;
	if (j->known && J->q) {
		pthread_mutex_lock(&J->q->mu);
		xgrow((void **)&J->q->v, &J->q->cap, J->q->n + 1, sizeof *J->q->v);
		J->q->v[J->q->n++] = (struct stat_item){ j->path, j->st };
		if (J->q->n == 1)
			pthread_cond_signal(&J->q->more);
		pthread_mutex_unlock(&J->q->mu);
	}
	xgrow((void **)&J->v, &J->vcap, J->nv + n, sizeof *J->v);
	xgrow((void **)&J->surf, &J->scap, J->nv + n, sizeof *J->surf);
	for (i = 0; i < n; i++) {
		if (j->known)
			J->surf[J->nv] = surface_at(J, v[i].surface);
		if (v[i].canonical != J->from) {	/* (one or a few entities: a copy each) */
			xgrow((void **)&J->names, &J->ncap, J->nnames + 1, sizeof *J->names);
			J->copy = J->names[J->nnames++] = xstrdup(v[i].canonical);
			J->from = v[i].canonical;
		}
		J->v[J->nv] = v[i];
		J->v[J->nv++].canonical = J->copy;
	}
	return true;
}

/* The rows of jobs [a, b) of J, on one thread. */
struct men_part {
	const struct cli_opts *o;
	const struct men_jobs *J;
	size_t a, b;
	bool first;	/* its first row is the output's first */
	struct sbuf out, surface;
	bool bad;	/* a file is not the one indexed */
	const char *canon;	/* the canonical name last written, its bytes, if it is clean */
	size_t canon_len;
	bool canon_clean;
};

/* m's TSV row onto p->out when its names are clean lines (surface: in surfs); false
 * when one is not (put_mention() cleans it). */
static bool
put_known(struct men_part *p, const char *display, size_t dlen,
	  const struct index_named_mention *m, const char *surface)
{
	uint32_t slen;
	const char *type = ent_type_name(m->type);

	if (m->canonical != p->canon) {
		p->canon = m->canonical;
		p->canon_len = strlen(m->canonical);
		p->canon_clean = text_is_clean_line(m->canonical, p->canon_len);
	}
	if (!p->canon_clean || !surface[-1])
		return false;
	memcpy(&slen, surface - SURF_HEAD, sizeof slen);
	put_clean_tsv(&p->out, display, dlen, m->start, m->end, type, strlen(type),
		      m->entity, m->canonical, p->canon_len, surface, slen);
	p->first = false;
	return true;
}

static void *
men_part_run(void *arg)
{
	struct men_part *p = arg;
	size_t k, i, len, dlen;

	for (k = p->a; k < p->b && !p->bad; k++) {
		const struct men_job *j = &p->J->j[k];
		char *text = NULL, *display;

		/* The file as indexed, by its stat when the index knows the surfaces, else
		 * its text alone (no article made of it: a fifth of the command) and its
		 * hash. */
		if (j->known ? !p->J->q && !cli_stats_as(j->path, &j->st)
			     : !(text = cli_read_indexed_text(j->path, j->hash,
							      p->o->max_file_size, &len)) ||
			       len != j->len) {
			p->bad = true;
			free(text);
			break;
		}
		/* (a clean path as it is: making each one's copy was 4% of the command) */
		display = j->path_clean ? j->path : text_clean_line(j->path, strlen(j->path));
		dlen = strlen(display);
		for (i = 0; i < j->n; i++) {
			const struct index_named_mention *m = &p->J->v[j->v0 + i];

			if (j->known && p->o->format != FMT_JSON &&
			    put_known(p, display, dlen, m, p->J->surfs.data + p->J->surf[j->v0 + i]))
				continue;
			put_mention(&p->out, p->o, j->path, display, m->start, m->end, m->type,
				    m->entity, m->canonical,
				    j->known ? p->J->surfs.data + p->J->surf[j->v0 + i]
					     : surface_of(&p->surface, text, m->start, m->end),
				    p->first);
			p->first = false;
		}
		if (display != j->path)
			free(display);
		free(text);
	}
	return NULL;
}

static void
men_jobs_free(struct men_jobs *J)
{
	size_t i;

	for (i = 0; i < J->nj; i++)
		free(J->j[i].path);
	for (i = 0; i < J->nnames; i++)
		free(J->names[i]);
	free(J->j);
	free(J->v);
	free(J->names);
	free(J->surf);
	free(J->seen);
	sb_free(&J->surfs);
}

int
cli_mentions_direct(const struct cli_opts *o, struct index_direct *d)
{
	struct men_jobs J;
	struct men_part part[2];
	struct stat_queue q;
	char *key = text_fold(o->entity, strlen(o->entity), NULL);
	bool named = false, two, read_ok;
	pthread_t tid, stid;
	size_t half = 0, seen = 0, k;
	int rc = -1;

	memset(&J, 0, sizeof J);
	memset(part, 0, sizeof part);
	memset(&q, 0, sizeof q);
	pthread_mutex_init(&q.mu, NULL);
	pthread_cond_init(&q.more, NULL);
	if (pthread_create(&stid, NULL, stat_run, &q) == 0)
		J.q = &q;
	read_ok = index_direct_mentions(d, key, &named, take_job, &J) == INDEX_OK;
	if (J.q) {
		pthread_mutex_lock(&q.mu);
		q.done = true;
		pthread_cond_broadcast(&q.more);
		pthread_mutex_unlock(&q.mu);
		stat_run(&q);	/* (this thread helps with the files left) */
		pthread_join(stid, NULL);
	}
	if (!read_ok || q.bad)
		goto out;
	/* halves of about as many mentions each; one part when there are few articles */
	for (k = 0; k < J.nj && 2 * seen < J.nv; k++)
		seen += J.j[k].n;
	half = k;
	part[0] = (struct men_part){ .o = o, .J = &J, .a = 0, .b = half, .first = true };
	part[1] = (struct men_part){ .o = o, .J = &J, .a = half, .b = J.nj, .first = false };
	two = J.nj >= 64 && pthread_create(&tid, NULL, men_part_run, &part[1]) == 0;
	men_part_run(&part[0]);
	if (two)
		pthread_join(tid, NULL);
	else
		men_part_run(&part[1]);
	if (part[0].bad || part[1].bad)
		goto out;
	for (k = seen = 0; k < J.nj; k++)
		seen += !J.j[k].known;
	bench_value("mention_files_read", (double)seen);	/* tests/cli/cache_direct.sh */
	if (!named)
		cli_no_entity(o->entity);
	if (o->format == FMT_JSON)
		putchar('[');
	else
		puts(MENTION_COLUMNS);
	for (k = 0; k < 2; k++)
		fwrite_unlocked(part[k].out.data, 1, part[k].out.len, stdout);
	if (o->format == FMT_JSON)
		puts(J.nv ? "\n]" : "]");
	rc = 0;
out:
	for (k = 0; k < 2; k++) {
		sb_free(&part[k].out);
		sb_free(&part[k].surface);
	}
	men_jobs_free(&J);
	free(q.v);
	pthread_mutex_destroy(&q.mu);
	pthread_cond_destroy(&q.more);
	free(key);
	return rc;
}
