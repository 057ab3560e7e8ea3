/* state_json_read.c -- an export read back: article records, and the flat objects of corrections. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "state_int.h"
#include "state_json_int.h"

/* ["a", "b"]: a later "tags" key replaces an earlier one. */
static int
tags_value(struct jp *j, struct sbuf *b, struct art_state *a)
{
	size_t cap = 0, i;

	for (i = 0; i < a->ntags; i++)
		free(a->tags[i]);
	free(a->tags);
	a->tags = NULL;
	a->ntags = 0;
	if (jp_literal(j, "null"))
		return 0;
	if (!jp_eat(j, '['))
		return jp_fail(j, "expected a list of tags");
	if (jp_eat(j, ']'))
		return 0;
	do {
		if (jp_string(j, b) != 0)
			return -1;
		xgrow((void **)&a->tags, &cap, a->ntags + 1, sizeof *a->tags);
		a->tags[a->ntags++] = xstrdup(b->data);
	} while (jp_eat(j, ','));
	return jp_eat(j, ']') ? 0 : jp_fail(j, "expected ] or , in the tags");
}

/* One "key": value of an article object. */
static int
field(struct jp *j, const char *key, struct sbuf *b, struct art_state *a)
{
	if (strcmp(key, "hash") == 0)
		return jp_opt_string(j, b, &a->hash);
	if (strcmp(key, "path") == 0)
		return jp_opt_string(j, b, &a->path);
	if (strcmp(key, "note") == 0)
		return jp_opt_string(j, b, &a->note);
	if (strcmp(key, "read") == 0)
		return jp_bool_value(j, &a->read);
	if (strcmp(key, "flagged") == 0)
		return jp_bool_value(j, &a->flagged);
	if (strcmp(key, "archived") == 0)
		return jp_bool_value(j, &a->archived);
	if (strcmp(key, "tags") == 0)
		return tags_value(j, b, a);
	if (strcmp(key, "first_seen") == 0)
		return jp_time_value(j, key, &a->first_seen);
	if (strcmp(key, "last_opened") == 0)
		return jp_time_value(j, key, &a->last_opened);
	return jp_skip_value(j, 1);	/* title, entities...: the CLI's, not ours */
}

/* "path_bytes" (see state_json_path_bytes()) back into the path's bytes: *out. */
static int
path_bytes(struct jp *j, struct sbuf *b, char **out)
{
	struct sbuf raw = {0};
	const char *p;
	int hi, lo;

	if (jp_string(j, b) != 0)
		return -1;
	for (p = b->data; *p; p++) {
		if (*p != '%') {
			sb_addc(&raw, *p);
			continue;
		}
		hi = p[1] ? jp_hex_digit(p[1]) : -1;
		lo = hi >= 0 && p[2] ? jp_hex_digit(p[2]) : -1;
		if (lo < 0 || (hi == 0 && lo == 0)) {
			sb_free(&raw);
			return jp_fail(j, "bad %XX in path_bytes");
		}
		sb_addc(&raw, (char)(hi << 4 | lo));
		p += 2;
	}
	free(*out);
	*out = xstrdup(sb_cstr(&raw));
	sb_free(&raw);
	return 0;
}

static int
record(struct jp *j, struct art_state *a)
{
	struct sbuf key = {0}, b = {0};
	char *bytes = NULL;
	int rc = 0;

	if (!jp_eat(j, '{'))
		return jp_fail(j, "expected an article object");
	if (!jp_eat(j, '}')) {
		do {
			rc = jp_string(j, &key);
			if (rc == 0 && !jp_eat(j, ':'))
				rc = jp_fail(j, "expected :");
			if (rc == 0 && strcmp(key.data, "path_bytes") == 0)
				rc = path_bytes(j, &b, &bytes);
			else if (rc == 0)
				rc = field(j, key.data, &b, a);
		} while (rc == 0 && jp_eat(j, ','));
		if (rc == 0 && !jp_eat(j, '}'))
			rc = jp_fail(j, "expected } or , after a field");
	}
	sb_free(&key);
	sb_free(&b);
	/* The exact bytes win over "path", which holds U+FFFD for them. */
	if (bytes) {
		free(a->path);
		a->path = bytes;
	}
	if (a->hash && !*a->hash) {
		free(a->hash);
		a->hash = NULL;
	}
	return rc;
}

/* [ {article}, ... ]: the records in file order. */
static int
articles(struct jp *j, struct art_state **recs, size_t *n)
{
	size_t cap = 0;
	int rc = 0;

	if (!jp_eat(j, '['))
		return jp_fail(j, "expected a list of articles");
	if (jp_eat(j, ']'))
		return 0;
	do {
		xgrow((void **)recs, &cap, *n + 1, sizeof **recs);
		memset(&(*recs)[*n], 0, sizeof **recs);
		j->rec = *n + 1;
		rc = record(j, &(*recs)[(*n)++]);
	} while (rc == 0 && jp_eat(j, ','));
	if (rc == 0)
		j->rec = 0;
	return rc == 0 && !jp_eat(j, ']') ? jp_fail(j, "expected ] or , after an article") : rc;
}

/* {"articles": [...], ...}: other keys are skipped. */
static int
wrapper(struct jp *j, struct art_state **recs, size_t *n)
{
	struct sbuf key = {0};
	bool found = false;
	int rc = 0;

	jp_eat(j, '{');
	if (!jp_eat(j, '}')) {
		do {
			rc = jp_string(j, &key);
			if (rc == 0 && !jp_eat(j, ':'))
				rc = jp_fail(j, "expected :");
			if (rc == 0 && strcmp(key.data, "articles") == 0 && !found) {
				found = true;
				rc = articles(j, recs, n);
			} else if (rc == 0)
				rc = jp_skip_value(j, 1);
		} while (rc == 0 && jp_eat(j, ','));
		if (rc == 0 && !jp_eat(j, '}'))
			rc = jp_fail(j, "expected } or ,");
	}
	sb_free(&key);
	return rc == 0 && !found ? jp_fail(j, "no \"articles\" list") : rc;
}

/* One member of a flat object: a string, a whole number (may be negative), or null. */
static int
flat_member(struct jp *j, struct sbuf *b, struct json_kv *kv)
{
	const char *num;
	size_t n;
	int64_t v;
	bool neg;

	if (jp_string(j, b) != 0 || !jp_eat(j, ':'))
		return jp_fail(j, "expected \"key\": value");
	kv->key = xstrdup(b->data);
	jp_ws(j);
	if (jp_literal(j, "null"))
		return 0;
	if (j->p < j->end && *j->p == '"') {
		if (jp_string(j, b) != 0)
			return -1;
		kv->str = xstrdup(b->data);
		return 0;
	}
	if (jp_number_text(j, &num, &n) != 0)
		return -1;
	neg = num[0] == '-';
	if (!jp_number_whole(num + neg, n - neg, JSON_TIME_MAX, &v))
		return jp_fail(j, "number out of range");
	kv->is_num = true;
	kv->num = neg ? -v : v;
	return 0;
}

/* [{...}, ...] of flat objects into *objs. */
static int
flat_list(struct jp *j, struct json_obj **objs, size_t *n)
{
	struct sbuf b = {0};
	size_t cap = 0, kcap;
	struct json_obj *o;
	int rc = 0;

	if (jp_literal(j, "null"))
		return 0;
	if (!jp_eat(j, '['))
		return jp_fail(j, "expected a list");
	if (jp_eat(j, ']'))
		return 0;
	do {
		xgrow((void **)objs, &cap, *n + 1, sizeof **objs);
		o = &(*objs)[(*n)++];
		memset(o, 0, sizeof *o);
		kcap = 0;
		if (!jp_eat(j, '{')) {
			rc = jp_fail(j, "expected an object");
			break;
		}
		if (jp_eat(j, '}'))
			continue;
		do {
			xgrow((void **)&o->kv, &kcap, o->n + 1, sizeof *o->kv);
			memset(&o->kv[o->n], 0, sizeof *o->kv);
			rc = flat_member(j, &b, &o->kv[o->n++]);
		} while (rc == 0 && jp_eat(j, ','));
		if (rc == 0 && !jp_eat(j, '}'))
			rc = jp_fail(j, "expected } or ,");
	} while (rc == 0 && jp_eat(j, ','));
	if (rc == 0 && !jp_eat(j, ']'))
		rc = jp_fail(j, "expected ] or ,");
	sb_free(&b);
	return rc;
}

void
state_json_objs_free(struct json_obj *v, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		for (k = 0; k < v[i].n; k++) {
			free(v[i].kv[k].key);
			free(v[i].kv[k].str);
		}
		free(v[i].kv);
	}
	free(v);
}

enum state_status
state_json_objects(const char *text, size_t len, const char *member, struct json_obj **objs,
		   size_t *n, char *err, size_t errlen)
{
	struct jp j = { text, text, text + len, err, errlen, false, 0 };
	struct sbuf key = {0};
	int rc = 0;

	*objs = NULL;
	*n = 0;
	/* An export of before (a list of articles) has none. */
	if (!jp_eat(&j, '{') || jp_eat(&j, '}'))
		return STATE_OK;
	do {
		rc = jp_string(&j, &key);
		if (rc == 0 && !jp_eat(&j, ':'))
			rc = jp_fail(&j, "expected :");
		if (rc == 0 && strcmp(key.data, member) == 0 && !*n)
			rc = flat_list(&j, objs, n);
		else if (rc == 0)
			rc = jp_skip_value(&j, 1);
	} while (rc == 0 && jp_eat(&j, ','));
	sb_free(&key);
	if (rc == 0)
		return STATE_OK;
	state_json_objs_free(*objs, *n);
	*objs = NULL;
	*n = 0;
	return STATE_INVALID;
}

enum state_status
state_json_parse(const char *text, size_t len, struct art_state **recs, size_t *n,
		 char *err, size_t errlen)
{
	struct jp j = { text, text, text + len, err, errlen, false, 0 };
	int rc;

	*recs = NULL;
	*n = 0;
	jp_ws(&j);
	if (j.p < j.end && *j.p == '{')
		rc = wrapper(&j, recs, n);
	else
		rc = articles(&j, recs, n);
	jp_ws(&j);
	if (rc == 0 && j.p != j.end)
		rc = jp_fail(&j, "unexpected text after the export");
	if (rc == 0)
		return STATE_OK;
	art_states_free(*recs, *n);
	*recs = NULL;
	*n = 0;
	return STATE_INVALID;
}
