/* config_fixture.h -- config test helpers: load a text, its errors, dump, keymap. MIT licence. */
#ifndef DOSSIER_CONFIG_FIXTURE_H
#define DOSSIER_CONFIG_FIXTURE_H

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier/util.h"
#include "config_file.h"
#include "tap.h"

/* A configuration with text loaded as "config"; nbad gets the bad line count. */
static inline struct config *
load(const char *text, int *nbad)
{
	struct config *cfg = config_new();
	int bad = config_load_string(cfg, text, "config");

	if (nbad)
		*nbad = bad;
	return cfg;
}

/* The i-th error message, or "" when there are fewer. */
static inline const char *
err(const struct config *cfg, size_t i)
{
	const char *const *msgs;
	size_t n = config_errors(cfg, &msgs);

	return i < n ? msgs[i] : "";
}

static inline size_t
nerr(const struct config *cfg)
{
	const char *const *msgs;

	return config_errors(cfg, &msgs);
}

/* The dump as a string (caller frees). */
static inline char *
dump(const struct config *cfg)
{
	FILE *f = tmpfile();
	long len;
	char *s;

	config_dump(cfg, f);
	len = ftell(f);
	rewind(f);
	s = xcalloc((size_t)len + 1, 1);
	if (fread(s, 1, (size_t)len, f) != (size_t)len)
		s[0] = '\0';
	fclose(f);
	return s;
}

/* What one key alone does in ctx under cfg (REQ_NONE: nothing). */
static inline enum request
one(const struct config *cfg, enum key_context ctx, int key)
{
	enum request req;

	config_lookup_seq(cfg, ctx, &key, 1, &req);
	return req;
}

static inline enum keys_match
seq(const struct config *cfg, enum key_context ctx, const char *keys, enum request *req)
{
	int k[4];
	size_t n;

	for (n = 0; keys[n] && n < 4; n++)
		k[n] = keys[n];
	return config_lookup_seq(cfg, ctx, k, n, req);
}

#endif
