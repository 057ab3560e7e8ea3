/* cli_triage.c -- headless triage: tag/mark, export (csv, json, md) and import. MIT licence. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/state.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "cli.h"

/* The articles a command acts on: those matching the query, else every one. */
static size_t
selected(const struct cli_env *e, const char ***hashes, uint32_t **ids)
{
	size_t i, n = 0;

	*hashes = xmalloc((e->c->n ? e->c->n : 1) * sizeof **hashes);
	*ids = xmalloc((e->c->n ? e->c->n : 1) * sizeof **ids);
	for (i = 0; i < e->c->n; i++)
		if (!e->match || e->match[i]) {
			(*hashes)[n] = e->c->arts[i]->hash;
			(*ids)[n++] = (uint32_t)i;
		}
	return n;
}

/* Two operations that undo each other (mark --read --unread, tag +x -x): which one
 * would win is an accident of order, so it is a usage error. Writes the message to err. */
static bool
contradiction(const struct state_op *ops, size_t n, char *err, size_t errlen)
{
	static const char *const flags[][2] = {
		[STATE_OP_READ] = { "--read", "--unread" },
		[STATE_OP_FLAG] = { "--flag", "--unflag" },
		[STATE_OP_ARCHIVE] = { "--archive", "--unarchive" },
	};
	size_t i, k;

	for (i = 0; i < n; i++)
		for (k = i + 1; k < n; k++) {
			if (ops[i].kind != ops[k].kind || ops[i].on == ops[k].on ||
			    ops[i].kind == STATE_OP_NOTE ||
			    (ops[i].kind == STATE_OP_TAG && strcmp(ops[i].arg, ops[k].arg) != 0))
				continue;
			if (ops[i].kind == STATE_OP_TAG)
				snprintf(err, errlen, "+%s and -%s contradict each other", ops[i].arg,
					 ops[i].arg);
			else
				snprintf(err, errlen, "%s and %s contradict each other",
					 flags[ops[i].kind][0], flags[ops[i].kind][1]);
			return true;
		}
	return false;
}

bool
cli_tag_ops(const struct cli_opts *o, struct state_op **ops, size_t *nops, char *err,
	    size_t errlen)
{
	struct sbuf spec = {0};
	size_t i;
	bool ok;

	*ops = NULL;
	*nops = 0;
	for (i = 0; i < o->nops; i++)
		sb_printf(&spec, "%s%s", i ? " " : "", o->ops[i]);
	ok = state_parse_ops(sb_cstr(&spec), ops, nops, err, errlen) == STATE_OK &&
	     !contradiction(*ops, *nops, err, errlen);
	sb_free(&spec);
	if (!ok) {
		free(*ops);
		*ops = NULL;
	}
	return ok;
}

int
cli_tag_apply(struct state *st, const struct state_op *ops, size_t nops, const char **hashes,
	      size_t n)
{
	size_t changed = 0;

	if (n && state_apply(st, ops, nops, hashes, n, &changed) != STATE_OK) {
		warnx_("%s", state_error(st));
		return 1;
	}
	printf("%zu article%s changed (%zu matched)\n", changed, changed == 1 ? "" : "s", n);
	return 0;
}

int
cmd_tag(struct cli_opts *o, struct cli_env *e)
{
	struct state_op *ops = NULL;
	const char **hashes;
	uint32_t *ids;
	size_t nops, n;
	char err[256];
	int rc;

	if (!o->query) {
		warnx_("%s needs --query Q to choose the articles"
			" (--query '' for all of them)", o->cmd);
		return 2;
	}
	if (!cli_tag_ops(o, &ops, &nops, err, sizeof err)) {
		warnx_("%s", err);
		return 2;
	}
	n = selected(e, &hashes, &ids);
	rc = cli_tag_apply(e->st, ops, nops, hashes, n);
	free(hashes);
	free(ids);
	free(ops);
	return rc;
}

/* How top_entities() writes each name. */
enum top_style { TOP_PLAIN, TOP_JSON, TOP_MD };

static void md_text(struct sbuf *b, const char *s);

/* The article's most mentioned entities, "A|B|C" (at most 5), into b: plain, as JSON
 * strings, or as escaped Markdown. */
static void
top_entities(const struct cli_env *e, uint32_t id, struct sbuf *b, enum top_style style)
{
	const struct entity_set *es = e->es;
	struct { uint32_t ent, count; } top[64];
	size_t nt = 0, i, j, k, shown = 0;

	if (!es || id >= es->narticles)
		return;
	for (i = 0; i < es->nmentions[id]; i++) {
		uint32_t ent = es->mentions[id][i].entity;

		for (j = 0; j < nt && top[j].ent != ent; j++)
			;
		if (j == nt && nt < 64)
			top[nt++].ent = ent, top[j].count = 0;
		if (j < nt)
			top[j].count++;
	}
	for (k = 0; k < 5 && k < nt; k++) {
		size_t best = k;

		for (j = k + 1; j < nt; j++)
			if (top[j].count > top[best].count)
				best = j;
		if (best != k) {
			__typeof__(top[0]) t = top[k];

			top[k] = top[best];
			top[best] = t;
		}
		if (style == TOP_JSON) {
			sb_adds(b, shown++ ? ", " : "");
			state_json_string(b, es->ents[top[k].ent].canonical);
		} else if (style == TOP_MD) {
			sb_adds(b, shown++ ? ", " : "");
			md_text(b, es->ents[top[k].ent].canonical);
		} else {
			sb_printf(b, "%s%s", shown++ ? "|" : "", es->ents[top[k].ent].canonical);
		}
	}
}

/*
 * A CSV field: one clean line (the one sanitising rule), quoted when it needs to be,
 * quotes doubled. A cell that starts with = + - @ (or tab/CR, which cleaning already
 * turns into nothing at the start) is a formula to a spreadsheet (=HYPERLINK(...)), so
 * as OWASP recommends it gets a leading ' and is quoted: shown as text, not evaluated.
 */
static void
put_csv(const char *s, bool last)
{
	char *clean = text_clean_line(s, strlen(s));
	bool formula = strchr("=+-@\t\r", clean[0]) && clean[0];
	const char *p;

	/* A ';' too: spreadsheets in many locales split cells there, and the new cell
	 * could start with '='. */
	if (formula || strpbrk(clean, ",;\"\n")) {
		putchar('"');
		if (formula)
			putchar('\'');
		for (p = clean; *p; p++) {
			if (*p == '"')
				putchar('"');
			putchar(*p);
		}
		putchar('"');
	} else {
		fputs(clean, stdout);
	}
	putchar(last ? '\n' : ',');
	free(clean);
}

static void
export_csv_row(const struct cli_env *e, uint32_t id, const struct art_state *s)
{
	const struct article *a = e->c->arts[id];
	struct sbuf tags = {0}, ents = {0};
	size_t t;

	for (t = 0; t < s->ntags; t++)
		sb_printf(&tags, "%s%s", t ? " " : "", s->tags[t]);
	top_entities(e, id, &ents, TOP_PLAIN);
	put_csv(a->path, false);
	put_csv(a->title, false);
	put_csv(a->date, false);
	put_csv(a->source, false);
	put_csv(s->read ? "1" : "0", false);
	put_csv(s->flagged ? "1" : "0", false);
	put_csv(s->archived ? "1" : "0", false);
	put_csv(sb_cstr(&tags), false);
	put_csv(s->note ? s->note : "", false);
	put_csv(a->hash, false);
	put_csv(sb_cstr(&ents), true);
	sb_free(&tags);
	sb_free(&ents);
}

static void
export_json_row(const struct cli_env *e, uint32_t id, const struct art_state *s, bool first)
{
	const struct article *a = e->c->arts[id];
	struct sbuf b = {0};

	sb_adds(&b, first ? "\n {" : ",\n {");
	state_json_fields(&b, s);
	sb_adds(&b, ", \"title\": ");
	state_json_string(&b, a->title);
	sb_printf(&b, ", \"date\": \"%s\", \"source\": ", a->date);
	state_json_string(&b, a->source);
	sb_adds(&b, ", \"entities\": [");
	top_entities(e, id, &b, TOP_JSON);
	sb_adds(&b, "]}");
	fwrite(b.data, 1, b.len, stdout);
	sb_free(&b);
}

/* One article's state, with the corpus path and hash filled in when the state has none. */
static void
get_state(const struct cli_env *e, uint32_t id, struct art_state *s)
{
	const struct article *a = e->c->arts[id];

	memset(s, 0, sizeof *s);
	state_get(e->st, a->hash, s);
	if (!s->hash)
		s->hash = xstrdup(a->hash);
	free(s->path);
	s->path = abs_path(a->path);
}

/*
 * Markdown text from an article, a tag or a note: one clean line (the one sanitising
 * rule) with the HTML metacharacters as entities and Markdown's as backslash escapes,
 * so <img onerror=...>, [x](javascript:...), *emphasis* or a heading come out as text.
 */
static void
md_text(struct sbuf *b, const char *s)
{
	char *clean = text_clean_line(s, strlen(s));
	const char *p;

	for (p = clean; *p; p++) {
		if (*p == '<')
			sb_adds(b, "&lt;");
		else if (*p == '>')
			sb_adds(b, "&gt;");
		else if (*p == '&')
			sb_adds(b, "&amp;");
		else if (strchr("\\`*_[]()!|~{}#", *p) || (p == clean && strchr("+-=", *p)))
			sb_printf(b, "\\%c", *p);
		else
			sb_addc(b, *p);
	}
	free(clean);
}

/*
 * A path as a code span: nothing inside one is Markdown or HTML, and the fence is one
 * backtick longer than the longest run of backticks in the path, so none closes it
 * (padded with spaces when the path starts or ends with a backtick, as CommonMark asks).
 */
static void
md_code(struct sbuf *b, const char *s)
{
	char *clean = text_clean_line(s, strlen(s));
	size_t run = 0, longest = 0, i, len = strlen(clean);
	bool pad = len && (clean[0] == '`' || clean[len - 1] == '`');

	for (i = 0; i < len; i++) {
		run = clean[i] == '`' ? run + 1 : 0;
		longest = run > longest ? run : longest;
	}
	for (i = 0; i <= longest; i++)
		sb_addc(b, '`');
	sb_adds(b, pad ? " " : "");
	sb_adds(b, clean);
	sb_adds(b, pad ? " " : "");
	for (i = 0; i <= longest; i++)
		sb_addc(b, '`');
	free(clean);
}

static void
md_entry(const struct cli_env *e, uint32_t id, const struct art_state *s)
{
	const struct article *a = e->c->arts[id];
	struct sbuf b = {0}, ents = {0};

	top_entities(e, id, &ents, TOP_MD);
	sb_printf(&b, "- [%c] **", s->read ? 'x' : ' ');
	md_text(&b, a->title);
	sb_adds(&b, "** — ");
	md_text(&b, a->date);
	sb_adds(&b, " · ");
	md_text(&b, a->source);
	sb_printf(&b, "%s%s\n", s->flagged ? " · flagged" : "", s->archived ? " · archived" : "");
	if (s->note && *s->note) {
		sb_adds(&b, "  > ");
		md_text(&b, s->note);
		sb_addc(&b, '\n');
	}
	sb_adds(&b, "  ");
	md_code(&b, a->path);
	sb_printf(&b, "%s%s\n", ents.len ? " · " : "", ents.len ? ents.data : "");
	fwrite(b.data, 1, b.len, stdout);
	sb_free(&b);
	sb_free(&ents);
}

/* The Markdown triage report: a section per tag, then the untagged articles. */
static void
export_md(const struct cli_env *e, const uint32_t *ids, struct art_state *st, size_t n)
{
	struct state_tag *tags = NULL;
	size_t ntags = 0, t, i, k, flagged = 0, unread = 0, untagged = 0;

	for (i = 0; i < n; i++) {
		flagged += st[i].flagged;
		unread += !st[i].read;
		untagged += st[i].ntags == 0;
	}
	printf("# dossier triage report\n\n%zu articles · %zu unread · %zu flagged\n", n, unread,
	       flagged);
	state_tags(e->st, &tags, &ntags);
	for (t = 0; t < ntags; t++) {
		bool head = false;

		for (i = 0; i < n; i++)
			for (k = 0; k < st[i].ntags; k++)
				if (strcmp(st[i].tags[k], tags[t].name) == 0) {
					if (!head) {
						struct sbuf h = {0};

						md_text(&h, tags[t].name);
						printf("\n## %s\n\n", sb_cstr(&h));
						sb_free(&h);
					}
					head = true;
					md_entry(e, ids[i], &st[i]);
				}
	}
	if (untagged)
		printf("\n## Untagged\n\n");
	for (i = 0; i < n; i++)
		if (!st[i].ntags)
			md_entry(e, ids[i], &st[i]);
	state_tags_free(tags, ntags);
}

int
cmd_export(struct cli_opts *o, struct cli_env *e)
{
	const char **hashes;
	uint32_t *ids;
	size_t n = selected(e, &hashes, &ids), i;
	struct art_state *st = xcalloc(n ? n : 1, sizeof *st);
	int rc = 0;

	for (i = 0; i < n; i++)
		get_state(e, ids[i], &st[i]);
	if (o->format == FMT_JSON) {
		struct sbuf b = {0};

		/* An object: the articles, and the entity corrections and watchlist (all of
		 * them, whatever the query), which import restores. */
		fputs("{\"articles\":[", stdout);
		for (i = 0; i < n; i++)
			export_json_row(e, ids[i], &st[i], i == 0);
		fputs(n ? "\n],\n" : "],\n", stdout);
		if (state_json_corrections(e->st, &b) != STATE_OK) {
			warnx_("%s", state_error(e->st));
			rc = 1;
		}
		fwrite(b.data ? b.data : "", 1, b.len, stdout);
		puts("}");
		sb_free(&b);
	} else if (o->format == FMT_MD) {
		export_md(e, ids, st, n);
	} else {
		puts("path,title,date,source,read,flagged,archived,tags,note,hash,entities");
		for (i = 0; i < n; i++)
			export_csv_row(e, ids[i], &st[i]);
	}
	for (i = 0; i < n; i++)
		art_state_clear(&st[i]);
	free(st);
	free(hashes);
	free(ids);
	return rc;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	struct sbuf b = {0};
	char buf[65536];
	size_t k;

	if (!f)
		return NULL;
	while ((k = fread(buf, 1, sizeof buf, f)) > 0)
		sb_add(&b, buf, k);
	if (f != stdin)
		fclose(f);
	*len = b.len;
	return b.data ? b.data : xstrdup("");
}

int
cmd_import(struct cli_opts *o, struct cli_env *e)
{
	struct art_state *recs = NULL;
	struct state_import_stats stats;
	size_t len, n = 0, i, added = 0, watched = 0;
	char err[256], *text = slurp(o->file, &len);
	const char **hashes, **paths;
	struct abs_dir d = { NULL, NULL };
	int rc = 0;

	if (!text) {
		warnx_("cannot read %s: %s", o->file, strerror(errno));
		return 1;
	}
	if (state_json_parse(text, len, &recs, &n, err, sizeof err) != STATE_OK) {
		warnx_("%s is not a dossier export: %s", o->file, err);
		free(text);
		return 1;
	}
	/* The corpus first, so records whose file changed still find it by path. */
	hashes = xmalloc((e->c->n ? e->c->n : 1) * sizeof *hashes);
	paths = xmalloc((e->c->n ? e->c->n : 1) * sizeof *paths);
	for (i = 0; i < e->c->n; i++) {
		hashes[i] = e->c->arts[i]->hash;
		paths[i] = abs_path_in(e->c->arts[i]->path, &d);
	}
	abs_dir_free(&d);
	state_touch_many(e->st, hashes, paths, e->c->n);
	for (i = 0; i < e->c->n; i++)
		free((char *)paths[i]);
	memset(&stats, 0, sizeof stats);
	if (state_import_here(e->st, recs, n, hashes, e->c->n, &stats) != STATE_OK) {
		warnx_("%s", state_error(e->st));
		rc = 1;
	} else {
		printf("%zu records: %zu by hash, %zu by path, %zu kept for later, %zu skipped;"
		       " %zu article%s changed", n, stats.by_hash, stats.by_path, stats.added,
		       stats.skipped, stats.changed, stats.changed == 1 ? "" : "s");
		/* Applied or kept as before, but not counted as changes to these paths. */
		if (stats.outside)
			printf("; %zu %s not in these paths %s kept", stats.outside,
			       stats.outside == 1 ? "record for an article" : "records for articles",
			       stats.outside == 1 ? "was" : "were");
		putchar('\n');
		if (state_import_corrections(e->st, text, len, &added, &watched, err,
					     sizeof err) != STATE_OK) {
			warnx_("%s: %s", o->file, err);
			rc = 1;
		} else if (added || watched) {
			printf("%zu correction%s and %zu watched entit%s restored\n", added,
			       added == 1 ? "" : "s", watched, watched == 1 ? "y" : "ies");
		}
	}
	free(hashes);
	free(paths);
	art_states_free(recs, n);
	free(text);
	return rc;
}
