/* index_int.h -- shared by index.c and reindex.c: the index struct and its helpers. MIT licence. */
#ifndef DOSSIER_INDEX_INT_H
#define DOSSIER_INDEX_INT_H

#include <sqlite3.h>

#include "dossier/index.h"

struct index {
	sqlite3 *db;			/* owned */
	const struct corpus *corpus;	/* not owned; index_reread_article() swaps one article */
	struct entity_set *ents;	/* not owned (main's); index_reread_article() updates it */
	char err[256];			/* last error, one clean line */
};

/* Set ix->err to "index: WHAT failed (reason)" and return INDEX_ERROR. */
int index_fail(struct index *ix, const char *what);
/* sqlite3_exec, with index_fail(what) on an error. */
int index_exec(struct index *ix, const char *sql, const char *what);
/* Folded body without boilerplate lines, as the FTS table holds it. Caller frees. */
char *index_folded_body(const struct article *a, size_t *len);

#endif
