/* cli_mentions.c -- `dossier mentions`: every mention, or one entity's, from the entity set or the persistent index alone. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* `mentions --entity` from the index: the rows, each article's file read for its
 * surfaces (and checked: its hash), formatted into one buffer before anything is
 * printed. */
struct men_found {
	const struct cli_opts *o;
	struct sbuf out, surface;
	size_t n;
	bool bad;	/* a file is not the one indexed */
};

static bool
take_mentions(void *ud, const struct index_row *r, const struct index_named_mention *v,
	      size_t n)
{
	struct men_found *f = ud;
	size_t len, i;
	char *text, *display;

	/* The file's text alone (no article made of it: a fifth of the command), its hash
	 * the one indexed. */
	text = cli_read_indexed_text(r->path, r->hash, f->o->max_file_size, &len);
	if (!text || len != r->len) {
		f->bad = true;
		free(text);
		return false;
	}
	display = text_clean_line(r->path, strlen(r->path));
	for (i = 0; i < n; i++, f->n++)
		put_mention(&f->out, f->o, r->path, display, v[i].start, v[i].end, v[i].type,
			    v[i].entity, v[i].canonical,
			    surface_of(&f->surface, text, v[i].start, v[i].end), f->n == 0);
	free(display);
	free(text);
	return true;
}

int
cli_mentions_direct(const struct cli_opts *o, struct index_direct *d)
{
	struct men_found f = { o, { NULL, 0, 0 }, { NULL, 0, 0 }, 0, false };
	char *key = text_fold(o->entity, strlen(o->entity), NULL);
	bool named = false;
	int rc = -1;

	if (index_direct_mentions(d, key, &named, take_mentions, &f) == INDEX_OK && !f.bad) {
		if (!named)
			cli_no_entity(o->entity);
		if (o->format == FMT_JSON)
			putchar('[');
		else
			puts(MENTION_COLUMNS);
		fwrite_unlocked(f.out.data, 1, f.out.len, stdout);
		if (o->format == FMT_JSON)
			puts(f.n ? "\n]" : "]");
		rc = 0;
	}
	sb_free(&f.out);
	sb_free(&f.surface);
	free(key);
	return rc;
}
