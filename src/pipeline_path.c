/* pipeline_path.c -- where a corpus's persistent index lives: $XDG_CACHE_HOME/dossier/index-HASH.db, by the canonical set of its paths. MIT licence. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dossier/pipeline.h"
#include "dossier/text.h"
#include "dossier/util.h"

/* The paths made canonical (real, absolute), sorted, once each: one string with a NUL
 * after each; its length in *len. */
static char *
canonical_paths(char **paths, size_t n, size_t *len)
{
	char **v = xmalloc((n ? n : 1) * sizeof *v), *r;
	struct sbuf b = {0};
	size_t i;

	for (i = 0; i < n; i++)
		v[i] = (r = realpath(paths[i], NULL)) ? r : abs_path(paths[i]);
	qsort(v, n, sizeof *v, cmp_strp);
	for (i = 0; i < n; i++)
		if (i == 0 || strcmp(v[i], v[i - 1]) != 0)
			sb_add(&b, v[i], strlen(v[i]) + 1);
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
	*len = b.len;
	return (char *)sb_cstr(&b);
}

char *
pipeline_cache_path(char **paths, size_t npaths)
{
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	struct sbuf b = {0};
	char hash[33], *key;
	size_t len;

	/* The XDG rule: a relative $XDG_CACHE_HOME is ignored. */
	if (xdg && xdg[0] == '/')
		sb_adds(&b, xdg);
	else if (home && home[0])
		sb_printf(&b, "%s/.cache", home);
	else
		return NULL;
	key = canonical_paths(paths, npaths, &len);
	text_hash(key, len, hash);
	free(key);
	sb_printf(&b, "/dossier/index-%.16s.db", hash);
	return (char *)sb_cstr(&b);
}

/* The folders of file, made private (0700) when they are not there. */
void
pipeline_make_folders(const char *file)
{
	char *d = xstrdup(file), *p;

	for (p = strchr(d + 1, '/'); p; p = strchr(p + 1, '/')) {
		*p = '\0';
		if (mkdir(d, 0700) != 0 && errno != EEXIST)
			break;
		*p = '/';
	}
	free(d);
}
