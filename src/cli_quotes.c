/* cli_quotes.c -- dossier quotes: who said what, one row per quote, with its speaker. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/quote.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "cli.h"

/*
 * Columns (TSV): path, start, end, speaker_entity_id, speaker, quote_start, quote_end.
 * start/end is the quotation with its attribution (marks, what was said, the words
 * naming the speaker and the verb); quote_start/quote_end is what was said. Byte offsets
 * of the file as stored, ends exclusive, as `dossier mentions` gives them. The speaker is
 * the entity's name when the quote is linked to one (speaker_entity_id), else the words
 * that name the speaker ("a witness"), empty when none are written. JSON adds the kind
 * (direct, reported, tweet) and the text said.
 *
 * With the persistent index the quotes are those it keeps (index_quote_read(), found
 * with the same mentions), and a file is read only for what they do not hold: the words
 * naming a speaker who is no entity, and the JSON's text said.
 */

/* The speaker's name for output: the entity's, else the words of the text. Caller frees. */
static char *
speaker_name(const struct entity_set *es, const struct article *a, const struct quote *q)
{
	if (q->entity != QUOTE_NOBODY && q->entity < es->n)
		return xstrdup(es->ents[q->entity].canonical);
	return xstrndup(a->text + q->who_start, q->who_end - q->who_start);
}

static void
put_quote(const struct cli_opts *o, const struct entity_set *es, const struct article *a,
	  const struct quote *q, bool first)
{
	char *who = speaker_name(es, a, q), id[16] = "";

	if (q->entity != QUOTE_NOBODY)
		snprintf(id, sizeof id, "%u", (unsigned)q->entity);
	if (o->format == FMT_JSON) {
		char *said = xstrndup(a->text + q->quote_start, q->quote_end - q->quote_start);

		printf("%s\n {", first ? "" : ",");
		cli_put_json_path(a->path);
		printf(", \"start\": %u, \"end\": %u, \"speaker_entity_id\": %s, \"speaker\": ",
		       q->start, q->end, id[0] ? id : "null");
		cli_put_json(who);
		printf(", \"quote_start\": %u, \"quote_end\": %u, \"kind\": \"%s\", \"quote\": ",
		       q->quote_start, q->quote_end, quote_kind_name((enum quote_kind)q->kind));
		cli_put_json(said);
		putchar('}');
		free(said);
	} else {
		printf("%s\t%u\t%u\t%s\t", a->display_path, q->start, q->end, id);
		cli_put_tsv(who, false);
		printf("%u\t%u\n", q->quote_start, q->quote_end);
	}
	free(who);
}

/* Must article a's text be read to print the quotes of ql that are printed? */
static bool
needs_text(const struct cli_opts *o, const struct entity_set *es, const bool *want,
	   const struct quote_list *ql)
{
	size_t k;

	for (k = 0; k < ql->n; k++) {
		const struct quote *q = &ql->v[k];

		if (want && (q->entity == QUOTE_NOBODY || !want[q->entity]))
			continue;
		if (o->format == FMT_JSON || q->entity == QUOTE_NOBODY || q->entity >= es->n)
			return true;
	}
	return false;
}

/* Article a's quotes into ql: as the index keeps them (its text read only if they need
 * it), else found in its text. */
static void
quotes_of(const struct cli_opts *o, const struct cli_env *e, struct index_quote_reader *rd,
	  const bool *want, size_t a, struct quote_list *ql)
{
	const struct entity_set *es = e->es;
	const struct article *art = e->c->arts[a];

	if (!index_quote_read(rd, art, es->mentions[a], es->nmentions[a], ql))
		quote_article(art, es->mentions[a], es->nmentions[a], ql);
	else if (needs_text(o, es, want, ql))
		article_load(art);
}

bool *
cli_entities_named(const struct entity_set *es, const char *name)
{
	char *key = text_fold(name, strlen(name), NULL);
	bool *want = xcalloc(es->n ? es->n : 1, sizeof *want), any = false;
	size_t i;

	for (i = 0; i < es->n; i++)
		if (cli_entity_names(&es->ents[i], key))
			any = want[i] = true;
	free(key);
	if (!any) {
		cli_no_entity(name);
		free(want);
		return NULL;
	}
	return want;
}

void
cli_no_entity(const char *name)
{
	char *clean = text_clean_line(name, strlen(name));

	warnx_("no entity is called \"%s\"", clean);
	free(clean);
}

/* With an index, the articles where a wanted entity says a quote (the mention rows
 * count them): the only ones --entity must read and scan. NULL without an index (every
 * article is scanned then), or when it cannot be asked. */
static bool *
quoted_in(const struct cli_env *e, const bool *want)
{
	const struct entity_set *es = e->es;
	bool *in;
	size_t i;

	if (!e->ix || !want)
		return NULL;
	in = xcalloc(e->c->n ? e->c->n : 1, sizeof *in);
	for (i = 0; i < es->n; i++)
		if (want[i] && index_quoted_in(e->ix, (uint32_t)i, in, e->c->n) != INDEX_OK) {
			free(in);
			return NULL;
		}
	return in;
}

int
cmd_quotes(struct cli_opts *o, struct cli_env *e)
{
	const struct entity_set *es = e->es;
	struct quote_list ql = {0};
	struct index_quote_reader *rd;
	bool *want = NULL, *in, first = true;
	size_t a, k;

	if (o->entity)
		want = cli_entities_named(es, o->entity);
	if (o->format == FMT_JSON)
		putchar('[');
	else
		puts("path\tstart\tend\tspeaker_entity_id\tspeaker\tquote_start\tquote_end");
	in = quoted_in(e, want);
	rd = index_quote_reader(e->ix);
	for (a = 0; a < e->c->n && (want || !o->entity); a++) {
		if ((e->match && !e->match[a]) || (in && !in[a]))
			continue;
		quotes_of(o, e, rd, want, a, &ql);
		for (k = 0; k < ql.n; k++) {
			if (want && (ql.v[k].entity == QUOTE_NOBODY || !want[ql.v[k].entity]))
				continue;
			put_quote(o, es, e->c->arts[a], &ql.v[k], first);
			first = false;
		}
	}
	if (o->format == FMT_JSON)
		puts(first ? "]" : "\n]");
	quote_list_free(&ql);
	index_quote_reader_free(rd);
	free(in);
	free(want);
	return 0;
}
