/* corpus_int.h -- what corpus.c and corpus_load.c share: one file read, and its article appended. MIT licence. */
#ifndef DOSSIER_CORPUS_INT_H
#define DOSSIER_CORPUS_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "dossier/corpus.h"

/* What reading one file gave: an article, or why it was skipped. Thread-safe to fill. */
struct loaded {
	struct article *a;	/* owned until appended */
	double read_s, parse_s;	/* time spent reading and parsing this file */
	int reason;		/* enum corpus_skip when a is NULL */
	int ret;		/* read_article's return value */
	const char *detail;	/* static text */
	int err;		/* errno for the detail, 0 for none */
	struct corpus_stat st;	/* the file, once it could be looked at */
};

/* Read and parse one file without touching the corpus (several threads may run this). */
void corpus_load_file(const char *path, size_t max, bool check_seen, struct corpus *c,
		      struct loaded *out);
/* Append what corpus_load_file() gave, or report the skip; its return value. */
int corpus_take_loaded(struct corpus *c, const char *path, struct loaded *l);
/* A loading thread's texts packed in slabs of their own (corpus_text.c): a's text and
 * lines moved into *cur (a new one when it is full), so that letting texts go gives
 * whole slabs back to the system; text_slab_done() when the thread has no more. */
struct text_slab;
void article_pack(struct article *a, struct text_slab **cur);
void text_slab_done(struct text_slab **cur);
/* a's text and lines freed (from a slab or the heap), the pointers left as they are. */
void article_text_free(struct article *a);
/* The per-file size limit in effect. */
size_t corpus_max_size(const struct corpus *c);

#endif
