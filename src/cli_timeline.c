/* cli_timeline.c -- `dossier timeline ENTITY`: an entity's mentions and articles per period. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/text.h"
#include "dossier/timeline.h"
#include "dossier/util.h"
#include "cli.h"

/*
 * One row per period of the corpus' dated span (empty ones too, so two entities' rows
 * line up), then `year-only` (when the corpus has articles dated by a year alone) and
 * `undated` (articles dated only by the file's mtime): those have no day to be placed
 * on. ENTITY is what entity:ENTITY finds: every entity with that name or alias, their
 * mentions added up.
 */

static void
put_row(const struct cli_opts *o, const char *period, uint32_t mentions, uint32_t articles,
	bool first)
{
	if (o->format == FMT_JSON)
		printf("%s\n {\"period\": \"%s\", \"mentions\": %u, \"articles\": %u}",
		       first ? "" : ",", period, mentions, articles);
	else
		printf("%s\t%u\t%u\n", period, mentions, articles);
}

/* Several entities answer to the name: say which, on stderr; they are counted together. */
static void
say_several(const struct entity_set *es, const char *name, const uint32_t *ids, size_t n)
{
	struct sbuf b = {0};
	char *clean = text_clean_line(name, strlen(name)), *names;
	size_t i;

	for (i = 0; i < n && i < 10; i++)
		sb_printf(&b, "%s%s (%s)", i ? "; " : "", es->ents[ids[i]].canonical,
			  ent_type_name((enum ent_type)es->ents[ids[i]].type));
	names = text_clean_line(b.data, b.len);
	warnx_("\"%s\" names %zu entities, counted together: %s%s", clean, n, names,
	       n > 10 ? "; ..." : "");
	free(names);
	free(clean);
	sb_free(&b);
}

static void
print_timeline(const struct cli_opts *o, const struct timeline *t)
{
	char name[32];
	size_t i;

	if (o->format == FMT_JSON)
		putchar('[');
	else
		puts("period\tmentions\tarticles");
	for (i = 0; i < t->n; i++) {
		tl_period_name(t->scale, t->first + (int32_t)i, name, sizeof name);
		put_row(o, name, t->mentions[i], t->articles[i], i == 0);
	}
	if (t->corpus_has_year)
		put_row(o, "year-only", t->year_mentions, t->year_articles, t->n == 0);
	put_row(o, "undated", t->mtime_mentions, t->mtime_articles,
		t->n == 0 && !t->corpus_has_year);
	if (o->format == FMT_JSON)
		puts("\n]");
}

int
cmd_timeline(struct cli_opts *o, struct cli_env *e)
{
	enum tl_scale s = o->scale >= 0 ? (enum tl_scale)o->scale : tl_scale_for(e->c);
	struct index_count *counts = NULL;
	struct timeline *t;
	uint32_t *ids = NULL;
	size_t nids, nc;
	char *clean;

	if (index_entities_named(e->ix, o->words[0], &ids, &nids) != INDEX_OK ||
	    (nids && index_entity_counts(e->ix, ids, nids, &counts, &nc) != INDEX_OK)) {
		warnx_("%s", index_error(e->ix));
		free(ids);
		return 1;
	}
	if (!nids) {
		clean = text_clean_line(o->words[0], strlen(o->words[0]));
		warnx_("no entity is called \"%s\" (dossier entities lists them)", clean);
		free(clean);
		return 1;
	}
	if (nids > 1)
		say_several(e->es, o->words[0], ids, nids);
	t = timeline_build(e->c, s, counts, nc);
	print_timeline(o, t);
	timeline_free(t);
	free(counts);
	free(ids);
	return 0;
}
