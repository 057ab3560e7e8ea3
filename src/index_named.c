/* index_named.c -- the entities a name stands for, and their mentions per article. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/index.h"
#include "dossier/query.h"
#include "dossier/util.h"
#include "index_int.h"

/*
 * What `dossier timeline ENTITY` and the timeline view count: the entity: term's own
 * lookup (INDEX_ENTITY_NAMED, the name folded as the query folds it), then the
 * (article, entity, count) rows of the mention table, read through its entity index.
 */

enum index_status
index_entities_named(struct index *ix, const char *name, uint32_t **ids, size_t *n)
{
	char *key = query_fold_value(name, strlen(name));
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(ix->db, INDEX_ENTITY_NAMED " ORDER BY 1", -1, &st, NULL) !=
	    SQLITE_OK) {
		free(key);
		return index_fail(ix, "looking up an entity");
	}
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		xgrow((void **)ids, &cap, *n + 1, sizeof **ids);
		(*ids)[(*n)++] = (uint32_t)sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	free(key);
	return rc == SQLITE_DONE ? INDEX_OK : index_fail(ix, "looking up an entity");
}

static int
cmp_article(const void *pa, const void *pb)
{
	const struct index_count *a = pa, *b = pb;

	return (a->id > b->id) - (a->id < b->id);
}

enum index_status
index_entity_counts(struct index *ix, const uint32_t *ids, size_t nids,
		    struct index_count **out, size_t *n)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0, i, k;
	int rc = SQLITE_DONE;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(ix->db, "SELECT article, count FROM mention WHERE entity = ?",
			       -1, &st, NULL) != SQLITE_OK)
		return index_fail(ix, "counting an entity's mentions");
	for (i = 0; i < nids && rc == SQLITE_DONE; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, ids[i]);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			xgrow((void **)out, &cap, *n + 1, sizeof **out);
			(*out)[(*n)++] = (struct index_count){ (uint32_t)sqlite3_column_int64(st, 0),
							      (uint32_t)sqlite3_column_int64(st, 1) };
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return index_fail(ix, "counting an entity's mentions");
	}
	/* Several entities: one row per article, their mentions summed. */
	qsort(*out, *n, sizeof **out, cmp_article);
	for (i = k = 0; i < *n; i++) {
		if (k && (*out)[k - 1].id == (*out)[i].id)
			(*out)[k - 1].count += (*out)[i].count;
		else
			(*out)[k++] = (*out)[i];
	}
	*n = k;
	return INDEX_OK;
}
