/* cli_entity.c -- entity corrections and the watchlist from the command line. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier/corpus.h"
#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/state.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "args.h"
#include "cli.h"

/*
 * `dossier entity ACTION NAME ...` keeps one correction (or star) in the state file, as
 * the TUI's keys will: the entity is found in the corrected set the other commands
 * show, by any of its names as `entity:` finds it, and kept by its key and type.
 */

/* Each action and the words it takes before the paths. */
static const struct {
	const char *name;
	int words;
} actions[] = {
	{ "hide", 1 }, { "retype", 2 }, { "rename", 2 }, { "merge", 2 }, { "split", 1 },
	{ "add", 1 }, { "watch", 1 }, { "unwatch", 1 },
};

int
cli_entity_words(const char *action)
{
	size_t i;

	for (i = 0; i < sizeof actions / sizeof *actions; i++)
		if (strcmp(action, actions[i].name) == 0)
			return actions[i].words;
	return -1;
}

/* Does entity e have the folded name key as its key or as an alias's? 2: its key. */
int
cli_entity_names(const struct entity *e, const char *key)
{
	size_t i;
	int hit = 0;
	char *f;

	if (strcmp(e->key, key) == 0)
		return 2;
	for (i = 0; i < e->naliases && !hit; i++) {
		f = text_fold(e->aliases[i], strlen(e->aliases[i]), NULL);
		hit = strcmp(f, key) == 0;
		free(f);
	}
	return hit;
}

/* Do a and b have one key and type (two clusters of the resolver with one name)? */
static bool
same_name(const struct entity *a, const struct entity *b)
{
	return a->type == b->type && strcmp(a->key, b->key) == 0;
}

/* Is hit i of hits[0, n) of one name and type with an earlier one (listed once)? */
static bool
seen_before(const struct entity_set *es, const uint32_t *hits, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (same_name(&es->ents[hits[j]], &es->ents[hits[i]]))
			return true;
	return false;
}

/* "Kremlin (PLACE)", as the candidates are listed, names the type too: *type gets it and
 * the length of the name without it is returned. */
static size_t
name_and_type(const char *name, int *type)
{
	size_t len = strlen(name);
	const char *open = strrchr(name, '(');
	char tbuf[16];
	int t;

	if (open && open > name + 1 && open[-1] == ' ' && name[len - 1] == ')' &&
	    (size_t)(name + len - 1 - open - 1) < sizeof tbuf) {
		memcpy(tbuf, open + 1, (size_t)(name + len - 1 - open - 1));
		tbuf[name + len - 1 - open - 1] = '\0';
		if ((t = ent_type_parse(tbuf)) >= 0 && (*type < 0 || *type == t)) {
			*type = t;
			len = (size_t)(open - 1 - name);
		}
	}
	return len;
}

/*
 * The entity called name (type: -1 any). One whose own name it is wins over those that
 * have it as an alias; two or more names left is an error that lists them. Entities of
 * one name and type (two clusters of the resolver) are one name: a correction names
 * them together. 0 with *id set (the first of them), 1 (none, or ambiguous: said on
 * stderr), or -1 (none found, nothing said: add's new).
 */
static int
find_entity(const struct entity_set *es, const char *name, int type, bool quiet_none,
	    uint32_t *id)
{
	size_t len = name_and_type(name, &type), i, nhit[3] = {0}, cap[3] = {0}, ndistinct = 0;
	uint32_t *hit[3] = {NULL, NULL, NULL};	/* [2]: by key, [1]: by an alias */
	char *key = text_fold(name, len, NULL), *clean;
	struct sbuf b = {0};
	int h, by;

	for (i = 0; es && i < es->n; i++) {
		if ((type >= 0 && es->ents[i].type != type) ||
		    (h = cli_entity_names(&es->ents[i], key)) == 0)
			continue;
		xgrow((void **)&hit[h], &cap[h], nhit[h] + 1, sizeof *hit[h]);
		hit[h][nhit[h]++] = (uint32_t)i;
	}
	free(key);
	by = nhit[2] ? 2 : 1;
	for (i = 0; i < nhit[by]; i++) {
		if (seen_before(es, hit[by], i))
			continue;
		if (ndistinct < 10)
			sb_printf(&b, "%s%s (%s)", ndistinct ? "; " : "",
				  es->ents[hit[by][i]].canonical,
				  ent_type_name((enum ent_type)es->ents[hit[by][i]].type));
		else if (ndistinct == 10)
			sb_adds(&b, "; ...");
		ndistinct++;
	}
	if (ndistinct == 1)
		*id = hit[by][0];
	clean = text_clean_line(name, strlen(name));
	if (ndistinct == 0 && !quiet_none)
		warnx_("no entity is called \"%s\"%s", clean, type >= 0 ? " with that type" : "");
	else if (ndistinct > 1)
		warnx_("\"%s\" names %zu entities: %s; give the full name or --type", clean,
		       ndistinct, b.data);
	free(clean);
	sb_free(&b);
	free(hit[1]);
	free(hit[2]);
	return ndistinct == 1 ? 0 : ndistinct == 0 && quiet_none ? -1 : 1;
}

/* The article of the corpus at path (same file), or -1 after a message. */
static long
find_article(const struct corpus *c, const char *path)
{
	char *want = abs_path(path), *have, *clean;
	size_t i;

	for (i = 0; i < c->n; i++) {
		have = abs_path(c->arts[i]->path);
		if (strcmp(have, want) == 0) {
			free(have);
			free(want);
			return (long)i;
		}
		free(have);
	}
	free(want);
	clean = text_clean_line(path, strlen(path));
	warnx_("%s is not one of the articles read (give its folder as a PATH too)", clean);
	free(clean);
	return -1;
}

/* The mention place of --article/--surface/--occurrence into at; occ_all: without
 * --occurrence every occurrence (split), else the first. 0, or an exit status. */
static int
place(const struct cli_opts *o, const struct corpus *c, bool occ_all, struct corr_place *at)
{
	const struct article *a;
	long art;
	char *clean;

	at->hash = NULL;
	at->surface = o->surface;
	at->occurrence = o->occurrence ? o->occurrence - 1 : occ_all ? -1 : 0;
	if (!o->article) {
		if (o->occurrence) {
			warnx_("--occurrence needs --article");
			return 2;
		}
		return 0;
	}
	if ((art = find_article(c, o->article)) < 0)
		return 1;
	a = c->arts[art];
	at->hash = a->hash;
	article_load(a);
	if (at->occurrence >= 0 && corr_locate(a->text, a->len, o->surface, at->occurrence) < 0) {
		clean = text_clean_line(o->surface, strlen(o->surface));
		warnx_("\"%s\" does not occur %sin that article", clean,
		       at->occurrence ? "that often " : "");
		free(clean);
		return 1;
	}
	return 0;
}

static void
ent_of(const struct entity *e, struct corr_ent *out)
{
	out->key = e->key;
	out->type = e->type;
	out->name = e->canonical;
}

/* The parsed type word, or -1 after a usage message. */
static int
type_word(const char *w)
{
	int t = w ? ent_type_parse(w) : -1;

	if (t < 0)
		args_usage_error("unknown type (person, org, place, date, money, hashtag, handle"
				 " or url): ", w ? w : "");
	return t;
}

/* Say what was kept; the state's error when it was not. */
static int
kept(struct cli_env *e, int rc, const char *what)
{
	if (rc != STATE_OK) {
		warnx_("%s", state_error(e->st));
		return rc == STATE_INVALID ? 2 : 1;
	}
	printf("%s\n", what);
	return 0;
}

/* Does entity id (or one of its name and type) have a mention with surface s (in article
 * art, or any when < 0)? */
static bool
has_surface(const struct cli_env *e, uint32_t id, long art, const char *s)
{
	size_t a, k, n = strlen(s);

	for (a = art >= 0 ? (size_t)art : 0; a < e->es->narticles; a++) {
		for (k = 0; k < e->es->nmentions[a]; k++) {
			const struct mention *m = &e->es->mentions[a][k];

			if (!same_name(&e->es->ents[m->entity], &e->es->ents[id]) ||
			    m->end - m->start != n)
				continue;
			article_load(e->c->arts[a]);	/* read when a mention is a candidate */
			if (memcmp(e->c->arts[a]->text + m->start, s, n) == 0)
				return true;
		}
		if (art >= 0)
			break;
	}
	return false;
}

static long
article_by_hash(const struct corpus *c, const char *hash)
{
	size_t i;

	for (i = 0; hash && i < c->n; i++)
		if (strcmp(c->arts[i]->hash, hash) == 0)
			return (long)i;
	return -1;
}

/* hide and retype: the entity, or one mention of it (--article, --surface). */
static int
hide_or_retype(struct cli_opts *o, struct cli_env *e, const struct entity *ent, bool hide)
{
	struct corr_place at;
	struct corr_ent ce;
	int64_t id;
	int rc, type = -1;

	ent_of(ent, &ce);
	if (!hide && (type = type_word(o->words[1])) < 0)
		return 2;
	if (o->article && !o->surface) {
		warnx_("--article needs --surface: the mention's words");
		return 2;
	}
	if (o->surface) {
		if (!o->article) {
			warnx_("--surface needs --article: the mention's article");
			return 2;
		}
		if ((rc = place(o, e->c, false, &at)) != 0)
			return rc;
	}
	rc = hide ? state_correct_hide(e->st, &ce, o->surface ? &at : NULL, &id)
		  : state_correct_retype(e->st, &ce, o->surface ? &at : NULL, type, &id);
	return kept(e, rc, hide ? "hidden" : "retyped");
}

static int
split(struct cli_opts *o, struct cli_env *e, const struct entity *ent, uint32_t eid)
{
	struct corr_ent ce, ci;
	struct corr_place at;
	uint32_t into;
	int64_t id;
	long art;
	char *key = NULL;
	int rc;

	if (!o->surface || !*o->surface) {
		warnx_("entity split needs --surface S: the words of the mentions to take out");
		return 2;
	}
	if ((rc = place(o, e->c, true, &at)) != 0)
		return rc;
	art = article_by_hash(e->c, at.hash);
	if (!has_surface(e, eid, at.hash ? art : -1, o->surface)) {
		warnx_("%s has no mention \"%s\"%s", ent->canonical, o->surface,
		       at.hash ? " in that article" : "");
		return 1;
	}
	ent_of(ent, &ce);
	/* --into a name no entity has makes one of that name, of the entity's type: the way
	 * to tell apart two entities of one name ("Supreme Court" of two countries). */
	if (o->into) {
		if ((rc = find_entity(e->es, o->into, -1, true, &into)) > 0)
			return rc;
		if (rc == 0 && same_name(&e->es->ents[into], ent)) {
			warnx_("the mentions are %s's already: --into names another entity",
			       ent->canonical);
			return 1;
		}
		if (rc == 0) {
			ent_of(&e->es->ents[into], &ci);
		} else {
			key = text_fold(o->into, strlen(o->into), NULL);
			ci = (struct corr_ent){ key, ent->type, o->into };
			if (!*key) {
				free(key);
				warnx_("entity split --into needs a name");
				return 2;
			}
		}
	}
	rc = state_correct_split(e->st, &ce, &at, o->into ? &ci : NULL, &id);
	free(key);
	return kept(e, rc, "split");
}

/* add NAME --article PATH --surface S [--occurrence N] [--type T]: NAME is an entity,
 * or a new one of type T. */
static int
add(struct cli_opts *o, struct cli_env *e)
{
	struct corr_place at;
	struct corr_ent ci;
	uint32_t into = 0;
	int64_t id;
	int rc, found, type = -1;
	char *key = NULL, *clean;

	if (!o->article || !o->surface || !*o->surface) {
		warnx_("entity add needs --article PATH and --surface S (the words that are a"
		       " mention)");
		return 2;
	}
	if (o->type && (type = type_word(o->type)) < 0)
		return 2;
	if ((found = find_entity(e->es, o->words[0], type, true, &into)) > 0)
		return found;
	if (found < 0 && type < 0) {
		clean = text_clean_line(o->words[0], strlen(o->words[0]));
		warnx_("no entity is called \"%s\": give --type T to make it", clean);
		free(clean);
		return 2;
	}
	if ((rc = place(o, e->c, false, &at)) != 0)
		return rc;
	if (found == 0) {
		ent_of(&e->es->ents[into], &ci);
	} else {
		key = text_fold(o->words[0], strlen(o->words[0]), NULL);
		ci = (struct corr_ent){ key, type, o->words[0] };
	}
	rc = state_correct_add(e->st, &at, &ci, &id);
	free(key);
	return kept(e, rc, "added");
}

/* Watch entity id, or unwatch it: a watch designates its entity by the name it had when
 * it was made, so one made before a rename is this entity's too (entity_set.former):
 * watching it again changes nothing, unwatching removes every such row. */
static int
watch(struct cli_env *e, uint32_t id, bool on, bool *changed)
{
	struct state_watch *w = NULL;
	struct corr_ent ce;
	uint8_t *mark = xcalloc(e->es->n ? e->es->n : 1, 1);
	size_t nw = 0, i;
	bool one;
	int rc;

	*changed = false;
	if ((rc = state_watched(e->st, &w, &nw)) != STATE_OK) {
		free(mark);
		return rc;
	}
	for (i = 0; i < nw && rc == STATE_OK; i++) {
		memset(mark, 0, e->es->n ? e->es->n : 1);
		entity_set_mark_named(e->es, w[i].key, w[i].type, mark);
		if (!mark[id])
			continue;
		if (on)
			break;	/* watched already */
		ce = (struct corr_ent){ w[i].key, w[i].type, w[i].name };
		rc = state_watch(e->st, &ce, false, &one);
		*changed |= one;
	}
	if (on && i == nw) {
		ent_of(&e->es->ents[id], &ce);
		rc = state_watch(e->st, &ce, true, changed);
	}
	free(mark);
	state_watch_free(w, nw);
	return rc;
}

int
cmd_entity(struct cli_opts *o, struct cli_env *e)
{
	int want = cli_entity_words(o->action), rc, type = -1;
	struct corr_ent ce, ci;
	uint32_t eid, into;
	bool changed;
	int64_t id;

	if (want < 0)
		return args_usage_error("unknown entity action (hide, retype, rename, merge, split,"
					" add, watch, unwatch): ", o->action);
	if (o->nwords < (size_t)want) {
		warnx_("entity %s needs %s", o->action, want == 1 ? "a NAME" :
		       strcmp(o->action, "retype") == 0 ? "NAME TYPE" :
		       strcmp(o->action, "rename") == 0 ? "NAME NEW-NAME" : "NAME INTO-NAME");
		return 2;
	}
	if (strcmp(o->action, "add") == 0)
		return add(o, e);
	if (o->type && (type = type_word(o->type)) < 0)
		return 2;
	if ((rc = find_entity(e->es, o->words[0], type, false, &eid)) != 0)
		return rc;
	ent_of(&e->es->ents[eid], &ce);
	if (strcmp(o->action, "hide") == 0 || strcmp(o->action, "retype") == 0)
		return hide_or_retype(o, e, &e->es->ents[eid], o->action[0] == 'h');
	if (strcmp(o->action, "split") == 0)
		return split(o, e, &e->es->ents[eid], eid);
	if (strcmp(o->action, "rename") == 0) {
		if (!*o->words[1]) {
			warnx_("entity rename needs a new name that is not empty");
			return 2;
		}
		return kept(e, state_correct_rename(e->st, &ce, o->words[1], &id), "renamed");
	}
	if (strcmp(o->action, "merge") == 0) {
		if ((rc = find_entity(e->es, o->words[1], -1, false, &into)) != 0)
			return rc;
		if (same_name(&e->es->ents[into], &e->es->ents[eid])) {
			warnx_("an entity cannot be merged into itself (or one of its name and type)");
			return 1;
		}
		ent_of(&e->es->ents[into], &ci);
		return kept(e, state_correct_merge(e->st, &ce, &ci, &id), "merged");
	}
	rc = watch(e, eid, o->action[0] == 'w', &changed);
	return kept(e, rc, !changed ? "unchanged" : o->action[0] == 'w' ? "watched" : "unwatched");
}

/* When c was made, as 2026-01-21T09:53:00Z. */
static void
iso_time(int64_t t, char *buf, size_t n)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (!t || !gmtime_r(&tt, &tm))
		snprintf(buf, n, "-");
	else
		strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static const char *
tname(int t)
{
	return t >= 0 && t < ENT_NTYPES ? ent_type_name((enum ent_type)t) : "";
}

static void
put_corr_tsv(const struct corr *c, uint32_t used, const char *path)
{
	char when[32], num[32], *what = corr_describe(c);

	snprintf(num, sizeof num, "%lld", (long long)c->id);
	cli_put_tsv(num, false);
	iso_time(c->made, when, sizeof when);
	cli_put_tsv(when, false);
	cli_put_tsv(corr_kind_name(c->kind), false);
	cli_put_tsv(c->name ? c->name : c->key ? c->key : "", false);
	cli_put_tsv(tname(c->type), false);
	cli_put_tsv(c->surface ? c->surface : "", false);
	cli_put_tsv(path ? path : c->hash ? c->hash : "", false);
	snprintf(num, sizeof num, "%d", c->occurrence >= 0 ? c->occurrence + 1 : 0);
	cli_put_tsv(c->surface && c->hash && c->occurrence >= 0 ? num : "", false);
	cli_put_tsv(c->to_name ? c->to_name : c->to_key ? c->to_key : "", false);
	cli_put_tsv(c->kind == CORR_RENAME ? "" : tname(c->to_type), false);
	snprintf(num, sizeof num, "%u", (unsigned)used);
	cli_put_tsv(num, false);
	cli_put_tsv(used ? "" : "unused", false);
	cli_put_tsv(what, true);
	free(what);
}

static void
put_json_field(const char *key, const char *v, bool comma)
{
	printf("%s\"%s\": ", comma ? ", " : "", key);
	if (v)
		cli_put_json(v);
	else
		fputs("null", stdout);
}

static void
put_corr_json(const struct corr *c, uint32_t used, const char *path, bool first)
{
	char when[32], *what = corr_describe(c);

	iso_time(c->made, when, sizeof when);
	printf("%s\n  {\"id\": %lld", first ? "" : ",", (long long)c->id);
	put_json_field("made", when, true);
	put_json_field("kind", corr_kind_name(c->kind), true);
	put_json_field("entity", c->name ? c->name : c->key, true);
	put_json_field("type", c->type >= 0 ? tname(c->type) : NULL, true);
	put_json_field("surface", c->surface, true);
	put_json_field("article", c->hash, true);
	put_json_field("path", path, true);
	printf(", \"occurrence\": %d", c->surface && c->hash && c->occurrence >= 0 ?
	       c->occurrence + 1 : 0);
	put_json_field("to", c->to_name ? c->to_name : c->to_key, true);
	put_json_field("to_type", c->kind != CORR_RENAME && c->to_type >= 0 ?
		       tname(c->to_type) : NULL, true);
	printf(", \"mentions\": %u, \"unused\": %s", (unsigned)used, used ? "false" : "true");
	put_json_field("what", what, true);
	fputs("}", stdout);
	free(what);
}

int
cmd_corrections(struct cli_opts *o, struct cli_env *e)
{
	size_t i;
	long art;

	if (o->format == FMT_TSV)
		printf("id\tmade\tkind\tentity\ttype\tsurface\tarticle\toccurrence\tto\tto_type"
		       "\tmentions\tunused\twhat\n");
	else
		fputs("[", stdout);
	for (i = 0; i < e->ncorr; i++) {
		uint32_t used = e->corr_used ? e->corr_used[i] : 0;
		const char *path = NULL;

		if ((art = article_by_hash(e->c, e->corr[i].hash)) >= 0)
			path = e->c->arts[art]->path;
		if (o->format == FMT_TSV)
			put_corr_tsv(&e->corr[i], used, path);
		else
			put_corr_json(&e->corr[i], used, path, i == 0);
	}
	if (o->format != FMT_TSV)
		fputs(e->ncorr ? "\n]\n" : "]\n", stdout);
	return 0;
}

/* A name onto b as a TSV field: as it is when known clean, else cleaned. */
static void
add_name(struct sbuf *b, bool clean, const char *s)
{
	if (clean)
		sb_adds(b, s);
	else
		cli_add_clean(b, s);
}

void
cli_print_entity(const struct cli_opts *o, size_t i, const struct entity *e)
{
	static struct sbuf row;	/* one row, written at once (the CLI is one thread) */
	size_t j;

	row.len = 0;
	if (o->format == FMT_JSON) {
		sb_adds(&row, i ? ",\n {\"type\": \"" : "\n {\"type\": \"");
		sb_adds(&row, ent_type_name(e->type));
		sb_adds(&row, "\", \"entity_id\": ");
		cli_add_uint(&row, e->id);
		sb_adds(&row, ", \"canonical\": ");
		state_json_string(&row, e->canonical);
		sb_adds(&row, ", \"articles\": ");
		cli_add_uint(&row, e->narticles);
		sb_adds(&row, ", \"mentions\": ");
		cli_add_uint(&row, e->nmentions);
		sb_adds(&row, ", \"aliases\": [");
		for (j = 0; j < e->naliases; j++) {
			if (j)
				sb_adds(&row, ", ");
			state_json_string(&row, e->aliases[j]);
		}
		sb_adds(&row, "]}");
	} else {
		sb_adds(&row, ent_type_name(e->type));
		sb_addc(&row, '\t');
		cli_add_uint(&row, e->id);
		sb_addc(&row, '\t');
		/* (names the index checked are copied as they are: checking each was a
		 * quarter of listing 33k people) */
		add_name(&row, e->clean, e->canonical);
		sb_addc(&row, '\t');
		cli_add_uint(&row, e->narticles);
		sb_addc(&row, '\t');
		cli_add_uint(&row, e->nmentions);
		sb_addc(&row, '\t');
		for (j = 0; j < e->naliases; j++) {
			if (j)
				sb_addc(&row, '|');
			add_name(&row, e->clean, e->aliases[j]);
		}
		sb_addc(&row, '\n');
	}
	fwrite_unlocked(row.data, 1, row.len, stdout);
}
