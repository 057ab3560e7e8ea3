/* correct.c -- the reader's entity corrections: their names, descriptions, digest and places. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/util.h"

/* How a correction changes an entity set is in correct_apply.c and correct_set.c. */

static const char *const kind_names[CORR_NKINDS] = {
	"hide", "retype", "rename", "merge", "split", "add",
};

const char *
corr_kind_name(enum corr_kind k)
{
	return (unsigned)k < CORR_NKINDS ? kind_names[k] : "?";
}

int
corr_kind_parse(const char *s)
{
	int i;

	for (i = 0; i < CORR_NKINDS; i++)
		if (strcmp(s, kind_names[i]) == 0)
			return i;
	return -1;
}

void
corr_clear(struct corr *c)
{
	free(c->key);
	free(c->name);
	free(c->hash);
	free(c->surface);
	free(c->to_key);
	free(c->to_name);
	memset(c, 0, sizeof *c);
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void
corr_copy(struct corr *out, const struct corr *c)
{
	*out = *c;
	out->key = dup_or_null(c->key);
	out->name = dup_or_null(c->name);
	out->hash = dup_or_null(c->hash);
	out->surface = dup_or_null(c->surface);
	out->to_key = dup_or_null(c->to_key);
	out->to_name = dup_or_null(c->to_name);
}

void
corr_free_all(struct corr *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		corr_clear(&v[i]);
	free(v);
}

static const char *
type_name(int t)
{
	return t >= 0 && t < ENT_NTYPES ? ent_type_name((enum ent_type)t) : "?";
}

char *
corr_describe(const struct corr *c)
{
	struct sbuf b = {0};
	const char *name = c->name ? c->name : c->key ? c->key : "";

	sb_adds(&b, corr_kind_name(c->kind));
	if (c->kind == CORR_ADD)
		sb_printf(&b, " \"%s\"", c->surface ? c->surface : "");
	else if (c->surface && c->kind != CORR_SPLIT)
		sb_printf(&b, " a mention \"%s\" of %s (%s)", c->surface, name, type_name(c->type));
	else
		sb_printf(&b, " %s (%s)", name, type_name(c->type));
	switch (c->kind) {
	case CORR_RETYPE:
		sb_printf(&b, " as %s", type_name(c->to_type));
		break;
	case CORR_RENAME:
		sb_printf(&b, " to %s", c->to_name ? c->to_name : "");
		break;
	case CORR_SPLIT:
		sb_printf(&b, ": \"%s\"", c->surface ? c->surface : "");
		/* fall through */
	case CORR_MERGE:
	case CORR_ADD:
		if (c->kind != CORR_SPLIT || c->to_key)
			sb_printf(&b, " into %s (%s)", c->to_name ? c->to_name : c->to_key ?
				  c->to_key : "", type_name(c->to_type));
		else
			sb_adds(&b, " out as an entity of its own");
		break;
	default:
		break;
	}
	if (c->hash)
		sb_printf(&b, " in article %.8s", c->hash);
	return b.data;
}

/* FNV-1a over a string and its terminator (NULL hashes as a lone 0xff). */
static uint64_t
fnv(uint64_t h, const char *s)
{
	if (!s)
		return (h ^ 0xff) * 0x100000001b3ULL;
	for (;; s++) {
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
		if (!*s)
			return h;
	}
}

void
corr_digest(const struct corr *v, size_t n, char out[17])
{
	uint64_t h = 0xcbf29ce484222325ULL;
	char num[64];
	size_t i;

	if (n == 0) {
		snprintf(out, 17, "none");
		return;
	}
	for (i = 0; i < n; i++) {
		snprintf(num, sizeof num, "%lld %d %d %d %d", (long long)v[i].id, (int)v[i].kind,
			 v[i].type, v[i].occurrence, v[i].to_type);
		h = fnv(h, num);
		h = fnv(h, v[i].key);
		h = fnv(h, v[i].hash);
		h = fnv(h, v[i].surface);
		h = fnv(h, v[i].to_key);
		h = fnv(h, v[i].to_name);
	}
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* The start of the next occurrence of needle at or after from, or NULL. */
static const char *
find_from(const char *text, size_t len, size_t from, const char *needle, size_t nlen)
{
	const char *p;

	if (nlen == 0 || from > len || len - from < nlen)
		return NULL;
	for (p = text + from; (size_t)(text + len - p) >= nlen; p++) {
		p = memchr(p, needle[0], (size_t)(text + len - p) - nlen + 1);
		if (!p)
			return NULL;
		if (memcmp(p, needle, nlen) == 0)
			return p;
	}
	return NULL;
}

int
corr_occurrence(const char *text, size_t len, size_t start, size_t end)
{
	const char *p;
	size_t from = 0;
	int k = 0;

	if (start >= end || end > len)
		return -1;
	while ((p = find_from(text, len, from, text + start, end - start)) &&
	       (size_t)(p - text) < start) {
		k++;
		from = (size_t)(p - text) + 1;
	}
	return k;
}

long
corr_locate(const char *text, size_t len, const char *surface, int occ)
{
	size_t from = 0, n = surface ? strlen(surface) : 0;
	const char *p;
	int k;

	if (occ < 0)
		return -1;
	for (k = 0; (p = find_from(text, len, from, surface, n)); k++) {
		if (k == occ)
			return (long)(p - text);
		from = (size_t)(p - text) + 1;
	}
	return -1;
}
