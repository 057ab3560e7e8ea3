/* state_json_corr.c -- the export's corrections and watched entities, and the state's own export. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/util.h"
#include "state_int.h"

/*
 * Corrections travel as the state file keeps them (correct.h): by content, so an import
 * into another state, on another machine, finds the same entities and mentions.
 *   {"kind":"split","made":int,"key":"…","type":"PERSON","name":"…","hash":"…"|null,
 *    "surface":"…"|null,"occurrence":int,"to_key":"…"|null,"to_type":"…"|null,
 *    "to_name":"…"|null}
 * and a watched entity {"key":"…","type":"PLACE","name":"…"|null,"made":int}.
 */

struct export_ctx {
	FILE *out;
	size_t n;
	struct sbuf b;
};

static int
export_one(void *ud, const struct art_state *a)
{
	struct export_ctx *c = ud;

	c->b.len = 0;
	sb_adds(&c->b, c->n++ ? ",\n{" : "\n{");
	state_json_fields(&c->b, a);
	sb_addc(&c->b, '}');
	return fwrite(c->b.data, 1, c->b.len, c->out) == c->b.len ? 0 : STATE_IOERR;
}

enum state_status
state_export_json(struct state *s, FILE *out)
{
	struct export_ctx c = { out, 0, {0} };
	int rc;

	fputc('[', out);
	rc = state_each(s, export_one, &c);
	sb_free(&c.b);
	if (rc == STATE_IOERR)
		return st_err(s, rc, "could not write the export");
	if (rc != STATE_OK)
		return rc;
	fputs(c.n ? "\n]\n" : "]\n", out);
	if (ferror(out) || fflush(out) != 0)
		return st_err(s, STATE_IOERR, "could not write the export");
	return STATE_OK;
}

static void
put_str(struct sbuf *b, const char *key, const char *v, bool comma)
{
	sb_printf(b, "%s\"%s\":", comma ? "," : "", key);
	if (v)
		state_json_string(b, v);
	else
		sb_adds(b, "null");
}

static const char *
type_text(int t)
{
	return t >= 0 && t < ENT_NTYPES ? ent_type_name((enum ent_type)t) : NULL;
}

enum state_status
state_json_corrections(struct state *s, struct sbuf *b)
{
	struct state_watch *w;
	struct corr *v;
	size_t n, nw, i;
	int rc;

	if ((rc = state_corrections(s, &v, &n)) != STATE_OK)
		return rc;
	if ((rc = state_watched(s, &w, &nw)) != STATE_OK) {
		corr_free_all(v, n);
		return rc;
	}
	sb_adds(b, "\"corrections\":[");
	for (i = 0; i < n; i++) {
		sb_adds(b, i ? ",\n{" : "\n{");
		put_str(b, "kind", corr_kind_name(v[i].kind), false);
		sb_printf(b, ",\"made\":%lld", (long long)v[i].made);
		put_str(b, "key", v[i].key, true);
		put_str(b, "type", type_text(v[i].type), true);
		put_str(b, "name", v[i].name, true);
		put_str(b, "hash", v[i].hash, true);
		put_str(b, "surface", v[i].surface, true);
		sb_printf(b, ",\"occurrence\":%d", v[i].occurrence);
		put_str(b, "to_key", v[i].to_key, true);
		put_str(b, "to_type", type_text(v[i].to_type), true);
		put_str(b, "to_name", v[i].to_name, true);
		sb_addc(b, '}');
	}
	sb_adds(b, n ? "\n],\"watched\":[" : "],\"watched\":[");
	for (i = 0; i < nw; i++) {
		sb_adds(b, i ? ",\n{" : "\n{");
		put_str(b, "key", w[i].key, false);
		put_str(b, "type", type_text(w[i].type), true);
		put_str(b, "name", w[i].name, true);
		sb_printf(b, ",\"made\":%lld}", (long long)w[i].made);
	}
	sb_adds(b, nw ? "\n]" : "]");
	corr_free_all(v, n);
	state_watch_free(w, nw);
	return STATE_OK;
}

/* The member key of o: its string (NULL for null or absent), or its number. */
static const struct json_kv *
member(const struct json_obj *o, const char *key)
{
	size_t i;

	for (i = 0; i < o->n; i++)
		if (strcmp(o->kv[i].key, key) == 0)
			return &o->kv[i];
	return NULL;
}

static char *
str_of(const struct json_obj *o, const char *key)
{
	const struct json_kv *kv = member(o, key);

	return kv && kv->str ? xstrdup(kv->str) : NULL;
}

static int
type_of(const struct json_obj *o, const char *key)
{
	const struct json_kv *kv = member(o, key);

	return kv && kv->str ? ent_type_parse(kv->str) : -1;
}

static int64_t
num_of(const struct json_obj *o, const char *key, int64_t dflt)
{
	const struct json_kv *kv = member(o, key);

	return kv && kv->is_num ? kv->num : dflt;
}

static bool
same_text(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* Is c already one of v[0..n) (the same correction, made whenever)? */
static bool
known(const struct corr *v, size_t n, const struct corr *c)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i].kind == c->kind && v[i].type == c->type &&
		    v[i].occurrence == c->occurrence && v[i].to_type == c->to_type &&
		    same_text(v[i].key, c->key) && same_text(v[i].hash, c->hash) &&
		    same_text(v[i].surface, c->surface) && same_text(v[i].to_key, c->to_key) &&
		    same_text(v[i].to_name, c->to_name))
			return true;
	return false;
}

static void
obj_to_corr(const struct json_obj *o, struct corr *c)
{
	char *kind = str_of(o, "kind");
	int k = kind ? corr_kind_parse(kind) : -1;

	free(kind);
	memset(c, 0, sizeof *c);
	c->kind = k < 0 ? CORR_NKINDS : (enum corr_kind)k;
	c->made = num_of(o, "made", 0);
	c->key = str_of(o, "key");
	c->type = type_of(o, "type");
	c->name = str_of(o, "name");
	c->hash = str_of(o, "hash");
	c->surface = str_of(o, "surface");
	c->occurrence = (int)num_of(o, "occurrence", -1);
	c->to_key = str_of(o, "to_key");
	c->to_type = type_of(o, "to_type");
	c->to_name = str_of(o, "to_name");
}

/* Put the corrections of objs that are not there yet. */
static enum state_status
import_corrs(struct state *s, const struct json_obj *objs, size_t n, size_t *added)
{
	struct corr *have, c;
	size_t nhave, i;
	int rc;

	if ((rc = state_corrections(s, &have, &nhave)) != STATE_OK)
		return rc;
	for (i = 0; i < n && rc == STATE_OK; i++) {
		obj_to_corr(&objs[i], &c);
		if (!known(have, nhave, &c)) {
			rc = state_correct_put(s, &c, NULL);
			if (rc == STATE_INVALID)
				rc = st_err(s, STATE_INVALID, "correction %zu: %s", i + 1,
					    state_error(s));
			*added += rc == STATE_OK;
		}
		corr_clear(&c);
	}
	corr_free_all(have, nhave);
	return rc;
}

enum state_status
state_import_corrections(struct state *s, const char *text, size_t len, size_t *added,
			 size_t *watched, char *err, size_t errlen)
{
	struct json_obj *objs = NULL, *ws = NULL;
	size_t n = 0, nw = 0, i;
	bool changed;
	int rc;

	*added = *watched = 0;
	if (state_json_objects(text, len, "corrections", &objs, &n, err, errlen) != STATE_OK ||
	    state_json_objects(text, len, "watched", &ws, &nw, err, errlen) != STATE_OK) {
		state_json_objs_free(objs, n);
		return STATE_INVALID;
	}
	rc = import_corrs(s, objs, n, added);
	for (i = 0; i < nw && rc == STATE_OK; i++) {
		char *key = str_of(&ws[i], "key"), *name = str_of(&ws[i], "name");
		struct corr_ent e = { key, type_of(&ws[i], "type"), name };

		rc = state_watch(s, &e, true, &changed);
		*watched += rc == STATE_OK && changed;
		free(key);
		free(name);
	}
	if (rc != STATE_OK)
		snprintf(err, errlen, "%s", state_error(s));
	state_json_objs_free(objs, n);
	state_json_objs_free(ws, nw);
	return rc;
}
