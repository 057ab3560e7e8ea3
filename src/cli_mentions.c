/* cli_mentions.c -- `dossier mentions`: every mention, or one entity's, from the entity set or the persistent index alone. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/text.h"
#include "dossier/util.h"

#define MENTION_COLUMNS "path\tstart\tend\ttype\tentity_id\tcanonical\tsurface"

/* One row of `mentions`: path (display_path in TSV), offsets, type, entity, names. */
static void
put_mention(const struct cli_opts *o, const char *path, const char *display_path,
	    uint32_t start, uint32_t end, int type, uint32_t entity, const char *canonical,
	    const char *surface, bool first)
{
	if (o->format == FMT_JSON) {
		printf("%s\n {", first ? "" : ",");
		cli_put_json_path(path);
		printf(", \"start\": %u, \"end\": %u, \"type\": \"%s\", \"entity_id\": %u,"
		       " \"canonical\": ", start, end, ent_type_name(type), entity);
		cli_put_json(canonical);
		fputs(", \"surface\": ", stdout);
		cli_put_json(surface);
		putchar('}');
	} else {
		printf("%s\t%u\t%u\t%s\t%u\t", display_path, start, end, ent_type_name(type),
		       entity);
		cli_put_tsv(canonical, false);
		cli_put_tsv(surface, true);
	}
}

int
cmd_mentions(struct cli_opts *o, struct cli_env *env)
{
	const struct corpus *c = env->c;
	const struct entity_set *es = env->es;
	bool *want = o->entity ? cli_entities_named(es, o->entity) : NULL;
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
			char *surface;

			if (want && !want[m->entity])
				continue;
			surface = xstrndup(art->text + m->start, m->end - m->start);
			put_mention(o, art->path, art->display_path, m->start, m->end, m->type,
				    m->entity, es->ents[m->entity].canonical, surface, first);
			first = false;
			free(surface);
		}
	}
	if (o->format == FMT_JSON)
		puts(first ? "]" : "\n]");
	free(want);
	return 0;
}

/* `mentions --entity` from the index: the rows, each article's file read for its
 * surfaces (and checked: its hash) before anything is printed. */
struct men_row {
	char *path, *canonical, *surface;
	struct index_named_mention m;
};

struct men_found {
	size_t max_size;
	struct men_row *v;
	size_t n, cap;
	bool bad;	/* a file is not the one indexed */
};

static bool
take_mentions(void *ud, const struct index_row *r, const struct index_named_mention *v,
	      size_t n)
{
	struct men_found *f = ud;
	struct article *a = cli_read_indexed(r->path, r->hash, f->max_size);
	size_t i;

	if (!a || a->len != r->len) {
		f->bad = true;
		article_free(a);
		return false;
	}
	for (i = 0; i < n; i++) {
		struct men_row *x;

		xgrow((void **)&f->v, &f->cap, f->n + 1, sizeof *f->v);
		x = &f->v[f->n++];
		x->path = xstrdup(r->path);
		x->canonical = xstrdup(v[i].canonical);
		x->surface = xstrndup(a->text + v[i].start, v[i].end - v[i].start);
		x->m = v[i];
		x->m.canonical = NULL;
	}
	article_free(a);
	return true;
}

int
cli_mentions_direct(const struct cli_opts *o, struct index_direct *d)
{
	struct men_found f = { o->max_file_size, NULL, 0, 0, false };
	char *key = text_fold(o->entity, strlen(o->entity), NULL), *display;
	bool named = false;
	size_t i;
	int rc = -1;

	if (index_direct_mentions(d, key, &named, take_mentions, &f) == INDEX_OK && !f.bad) {
		if (!named)
			cli_no_entity(o->entity);
		if (o->format == FMT_JSON)
			putchar('[');
		else
			puts(MENTION_COLUMNS);
		for (i = 0; i < f.n; i++) {
			const struct men_row *x = &f.v[i];

			display = text_clean_line(x->path, strlen(x->path));
			put_mention(o, x->path, display, x->m.start, x->m.end, x->m.type,
				    x->m.entity, x->canonical, x->surface, i == 0);
			free(display);
		}
		if (o->format == FMT_JSON)
			puts(f.n ? "\n]" : "]");
		rc = 0;
	}
	for (i = 0; i < f.n; i++) {
		free(f.v[i].path);
		free(f.v[i].canonical);
		free(f.v[i].surface);
	}
	free(f.v);
	free(key);
	return rc;
}
