/* cli.c -- the subcommands: list, stats, entities, mentions, search. MIT licence. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "cli.h"

static const char *const commands[] = {
	"list", "stats", "entities", "mentions", "search", "tag", "mark", "export", "import",
};

bool
cli_is_command(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(name, commands[i]) == 0)
			return true;
	return false;
}

static bool cli_verbose;

static void
on_skip(void *ud, const char *path, enum corpus_skip reason, const char *detail)
{
	char *clean;

	(void)ud;
	if (!cli_verbose)
		return;
	clean = text_clean_line(path, strlen(path));
	fprintf(stderr, "dossier: skipped %s: %s%s%s\n", clean, corpus_skip_name(reason),
		detail ? ": " : "", detail ? detail : "");
	free(clean);
}

bool
load_corpus(struct corpus *c, char **paths, size_t npaths, bool verbose)
{
	size_t i;
	bool ok = true;

	cli_verbose = verbose;
	c->on_skip = on_skip;
	for (i = 0; i < npaths; i++)
		if (corpus_add_path(c, paths[i]) != 0)
			ok = false;
	corpus_finish(c);
	return ok;
}

/* A field for TSV output: one clean line, no tabs. */
static void
put_tsv(const char *s, bool last)
{
	char *clean = text_clean_line(s, strlen(s));

	fputs(clean, stdout);
	putchar(last ? '\n' : '\t');
	free(clean);
}

/* A JSON string: valid UTF-8 (invalid bytes as U+FFFD), controls escaped. */
static void
put_json(const char *s)
{
	size_t len = strlen(s), i = 0;

	putchar('"');
	while (i < len) {
		uint32_t cp;
		size_t k = text_decode(s + i, len - i, &cp);
		char buf[4];

		i += k;
		if (cp == '"' || cp == '\\')
			printf("\\%c", (char)cp);
		else if (cp == '\n')
			fputs("\\n", stdout);
		else if (cp == '\t')
			fputs("\\t", stdout);
		else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) ||
			 (cp >= 0x2028 && cp <= 0x2029))
			printf("\\u%04x", (unsigned)cp);
		else
			fwrite(buf, 1, text_encode(cp, buf), stdout);
	}
	putchar('"');
}

static int
cmp_date_desc(const void *pa, const void *pb)
{
	const struct article *a = *(struct article *const *)pa, *b = *(struct article *const *)pb;

	if (a->date_key != b->date_key)
		return a->date_key > b->date_key ? -1 : 1;
	return strcmp(a->path, b->path);
}

static int
cmd_list(struct cli_opts *o, struct corpus *c)
{
	struct article **v = xmalloc((c->n ? c->n : 1) * sizeof *v);
	size_t i;

	if (o->query) {
		free(v);
		fprintf(stderr, "dossier: list --query needs the query language, which is not yet available\n");
		return 2;
	}
	memcpy(v, c->arts, c->n * sizeof *v);
	qsort(v, c->n, sizeof *v, cmp_date_desc);
	if (o->format == FMT_JSON)
		putchar('[');
	else
		puts("path\tdate\ttitle\tsource\twords");
	for (i = 0; i < c->n; i++) {
		const struct article *a = v[i];
		char words[16];

		snprintf(words, sizeof words, "%u", a->words);
		if (o->format == FMT_JSON) {
			printf("%s\n {\"path\": ", i ? "," : "");
			put_json(a->path);
			printf(", \"date\": \"%s\", \"date_from_mtime\": %s, \"title\": ", a->date,
			       a->date_from_mtime ? "true" : "false");
			put_json(a->title);
			fputs(", \"source\": ", stdout);
			put_json(a->source);
			printf(", \"words\": %u, \"bytes\": %zu, \"hash\": \"%s\"}", a->words, a->len,
			       a->hash);
			continue;
		}
		put_tsv(a->display_path, false);
		put_tsv(a->date, false);
		put_tsv(a->title, false);
		put_tsv(a->source, false);
		put_tsv(words, true);
	}
	if (o->format == FMT_JSON)
		puts(c->n ? "\n]" : "]");
	free(v);
	return 0;
}

static int
cmd_mentions(struct cli_opts *o, struct corpus *c)
{
	struct entity_set *es = entities_build(c);
	size_t a, k;
	bool first = true;

	if (o->format == FMT_JSON)
		putchar('[');
	else
		puts("path\tstart\tend\ttype\tentity_id\tcanonical\tsurface");
	for (a = 0; a < es->narticles; a++) {
		const struct article *art = c->arts[a];

		for (k = 0; k < es->nmentions[a]; k++) {
			const struct mention *m = &es->mentions[a][k];
			const struct entity *e = &es->ents[m->entity];
			char *surface = xstrndup(art->text + m->start, m->end - m->start);

			if (o->format == FMT_JSON) {
				printf("%s\n {\"path\": ", first ? "" : ",");
				put_json(art->path);
				printf(", \"start\": %u, \"end\": %u, \"type\": \"%s\", \"entity_id\": %u,"
				       " \"canonical\": ", m->start, m->end, ent_type_name(m->type),
				       m->entity);
				put_json(e->canonical);
				fputs(", \"surface\": ", stdout);
				put_json(surface);
				putchar('}');
			} else {
				printf("%s\t%u\t%u\t%s\t%u\t", art->display_path, m->start, m->end,
				       ent_type_name(m->type), m->entity);
				put_tsv(e->canonical, false);
				put_tsv(surface, true);
			}
			first = false;
			free(surface);
		}
	}
	if (o->format == FMT_JSON)
		puts(first ? "]" : "\n]");
	entity_set_free(es);
	return 0;
}

static const struct entity *cmp_ents;

static int
cmp_entity_rank(const void *pa, const void *pb)
{
	const struct entity *a = &cmp_ents[*(const uint32_t *)pa];
	const struct entity *b = &cmp_ents[*(const uint32_t *)pb];

	if (a->narticles != b->narticles)
		return a->narticles > b->narticles ? -1 : 1;
	if (a->nmentions != b->nmentions)
		return a->nmentions > b->nmentions ? -1 : 1;
	return a->id < b->id ? -1 : 1;
}

static int
cmd_entities(struct cli_opts *o, struct corpus *c)
{
	int type = o->type ? ent_type_parse(o->type) : -1;
	struct entity_set *es;
	uint32_t *order;
	size_t i, j, n = 0;

	if (o->type && type < 0) {
		fprintf(stderr, "dossier: unknown entity type \"%s\" (person, org, place, date, money,"
			" hashtag, handle, url)\n", o->type);
		return 2;
	}
	es = entities_build(c);
	order = xmalloc((es->n ? es->n : 1) * sizeof *order);
	for (i = 0; i < es->n; i++)
		if (type < 0 || es->ents[i].type == type)
			order[n++] = (uint32_t)i;
	cmp_ents = es->ents;
	qsort(order, n, sizeof *order, cmp_entity_rank);
	if (o->format == FMT_JSON)
		putchar('[');
	else
		puts("type\tentity_id\tcanonical\tarticles\tmentions\taliases");
	for (i = 0; i < n; i++) {
		const struct entity *e = &es->ents[order[i]];

		if (o->format == FMT_JSON) {
			printf("%s\n {\"type\": \"%s\", \"entity_id\": %u, \"canonical\": ", i ? "," : "",
			       ent_type_name(e->type), e->id);
			put_json(e->canonical);
			printf(", \"articles\": %u, \"mentions\": %u, \"aliases\": [", e->narticles,
			       e->nmentions);
			for (j = 0; j < e->naliases; j++) {
				if (j)
					fputs(", ", stdout);
				put_json(e->aliases[j]);
			}
			fputs("]}", stdout);
			continue;
		}
		printf("%s\t%u\t", ent_type_name(e->type), e->id);
		put_tsv(e->canonical, false);
		printf("%u\t%u\t", e->narticles, e->nmentions);
		for (j = 0; j < e->naliases; j++) {
			char *clean = text_clean_line(e->aliases[j], strlen(e->aliases[j]));

			printf("%s%s", j ? "|" : "", clean);
			free(clean);
		}
		putchar('\n');
	}
	if (o->format == FMT_JSON)
		puts(n ? "\n]" : "]");
	free(order);
	entity_set_free(es);
	return 0;
}

static int
cmd_search(struct cli_opts *o, struct corpus *c)
{
	char err[256];
	struct index *ix = index_open(err, sizeof err);
	struct index_hit *hits = NULL;
	size_t n = 0, i;

	if (!ix) {
		fprintf(stderr, "dossier: %s\n", err);
		return 1;
	}
	if (index_add_corpus(ix, c, NULL) != INDEX_OK ||
	    index_search_text(ix, o->query, 0, &hits, &n) != INDEX_OK) {
		fprintf(stderr, "dossier: %s\n", index_error(ix));
		index_close(ix);
		return 1;
	}
	if (o->format == FMT_JSON)
		putchar('[');
	else
		puts("path\tscore\tdate\ttitle\tsnippet");
	for (i = 0; i < n; i++) {
		const struct article *a = c->arts[hits[i].article];

		if (o->format == FMT_JSON) {
			printf("%s\n {\"path\": ", i ? "," : "");
			put_json(a->path);
			printf(", \"score\": %.4f, \"date\": \"%s\", \"title\": ", -hits[i].score, a->date);
			put_json(a->title);
			fputs(", \"snippet\": ", stdout);
			put_json(hits[i].snippet);
			putchar('}');
			continue;
		}
		printf("%s\t%.4f\t%s\t", a->display_path, -hits[i].score, a->date);
		put_tsv(a->title, false);
		put_tsv(hits[i].snippet, true);
	}
	if (o->format == FMT_JSON)
		puts(n ? "\n]" : "]");
	index_hits_free(hits, n);
	index_close(ix);
	return 0;
}

static int
cmd_stats(struct cli_opts *o, char **paths, size_t npaths)
{
	struct corpus c;
	struct entity_set *es;
	struct index *ix;
	char err[256];
	double t0, t1, t2, t3;
	size_t i, nment = 0;

	(void)o;
	corpus_init(&c);
	t0 = now_seconds();
	if (!load_corpus(&c, paths, npaths, true)) {
		corpus_free(&c);
		return 1;
	}
	t1 = now_seconds();
	if (!(ix = index_open(err, sizeof err))) {
		fprintf(stderr, "dossier: %s\n", err);
		corpus_free(&c);
		return 1;
	}
	if (index_add_corpus(ix, &c, NULL) != INDEX_OK) {
		fprintf(stderr, "dossier: %s\n", index_error(ix));
		index_close(ix);
		corpus_free(&c);
		return 1;
	}
	t2 = now_seconds();
	es = entities_build(&c);
	index_add_entities(ix, es);
	t3 = now_seconds();
	for (i = 0; i < es->narticles; i++)
		nment += es->nmentions[i];
	printf("articles\t%zu\n", c.n);
	printf("bytes\t%llu\n", (unsigned long long)c.bytes);
	for (i = 0; i < SKIP_NTYPES; i++)
		if (c.skipped[i])
			printf("skipped_%s\t%zu\n", corpus_skip_name((enum corpus_skip)i), c.skipped[i]);
	printf("entities\t%zu\n", es->n);
	printf("mentions\t%zu\n", nment);
	printf("time_read\t%.3f s\n", t1 - t0 - c.parse_seconds);
	printf("time_parse\t%.3f s\n", c.parse_seconds);
	printf("time_index\t%.3f s\n", t2 - t1);
	printf("time_entities\t%.3f s\n", t3 - t2);
	printf("time_total\t%.3f s\n", t3 - t0);
	printf("peak_rss\t%ld KiB\n", peak_rss_kb());
	index_close(ix);
	entity_set_free(es);
	corpus_free(&c);
	return 0;
}

int
cli_run(struct cli_opts *o)
{
	struct corpus c;
	int rc;

	if (strcmp(o->cmd, "stats") == 0)
		return cmd_stats(o, o->paths, o->npaths);
	if (strcmp(o->cmd, "search") == 0 && (!o->query || !*o->query)) {
		fprintf(stderr, "dossier: search needs a query: dossier search QUERY [PATH...]\n");
		return 2;
	}
	if (strcmp(o->cmd, "tag") == 0 || strcmp(o->cmd, "mark") == 0 ||
	    strcmp(o->cmd, "export") == 0 || strcmp(o->cmd, "import") == 0) {
		fprintf(stderr, "dossier: %s: triage state is not yet available in this version\n",
			o->cmd);
		return 2;
	}
	corpus_init(&c);
	if (!load_corpus(&c, o->paths, o->npaths, true)) {
		corpus_free(&c);
		return 1;
	}
	if (strcmp(o->cmd, "list") == 0)
		rc = cmd_list(o, &c);
	else if (strcmp(o->cmd, "mentions") == 0)
		rc = cmd_mentions(o, &c);
	else if (strcmp(o->cmd, "entities") == 0)
		rc = cmd_entities(o, &c);
	else
		rc = cmd_search(o, &c);
	corpus_free(&c);
	if (fflush(stdout) != 0 && errno != EPIPE) {
		fprintf(stderr, "dossier: writing output: %s\n", strerror(errno));
		return 1;
	}
	return rc;
}
