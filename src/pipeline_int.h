/* pipeline_int.h -- what pipeline.c and pipeline_finish.c share. MIT licence. */
#ifndef DOSSIER_PIPELINE_INT_H
#define DOSSIER_PIPELINE_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "dossier/index.h"
#include "dossier/pipeline.h"

/* An array of n kept blobs freed (NULL after). */
void pipeline_free_kept(struct ex_blob **v, size_t n);
/* What the pipeline holds of the cache's per-article entries. */
struct index_kept pipeline_kept_of(const struct pipeline *p);
/* A line for the UI's status bar, when there is a UI. */
void pipeline_note(struct pipeline *p, const char *text, bool error);

#endif
