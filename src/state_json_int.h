/* state_json_int.h -- the JSON reader's cursor and value readers (state_json_lex.c). MIT licence. */
#ifndef DOSSIER_STATE_JSON_INT_H
#define DOSSIER_STATE_JSON_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dossier/util.h"

/*
 * A small reader for the exports dossier writes and imports: state_json_lex.c reads the
 * tokens and plain values, state_json_read.c the article records and the flat objects
 * of the corrections and the watchlist. Every reader returns 0, or -1 after jp_fail()
 * recorded the first error with its line.
 */

/* Nesting the reader accepts inside unknown values before giving up. */
#define JSON_DEPTH 64

/* The latest time an import accepts: 9999-12-31 23:59:59 UTC, in unix seconds. */
#define JSON_TIME_MAX INT64_C(253402300799)

/* The reader: a cursor over the text and the first error. */
struct jp {
	const char *start, *p, *end;
	char *err;		/* not owned; the caller's buffer for the first error */
	size_t errlen;
	bool failed;
	size_t rec;		/* the article record being read (from 1), 0 outside one */
};

/* Record what went wrong where (the first error only); returns -1. */
int jp_fail(struct jp *j, const char *what);
/* Skip blanks; skip them, then consume c or the word if it is next. */
void jp_ws(struct jp *j);
bool jp_eat(struct jp *j, char c);
bool jp_literal(struct jp *j, const char *word);
/* The value of a hex digit, or -1. */
int jp_hex_digit(char c);
/* A string into b (which is reset); the opening quote must be next. */
int jp_string(struct jp *j, struct sbuf *b);
/* A number's text, checked but not converted (*num, *len). */
int jp_number_text(struct jp *j, const char **num, size_t *len);
/* Does the checked number have a non-zero digit before its exponent? */
bool jp_number_nonzero(const char *s, size_t n);
/* Its whole part into *v when it lies in [0, max]. */
bool jp_number_whole(const char *s, size_t n, int64_t max, int64_t *v);
/* A time in unix seconds (0 to JSON_TIME_MAX), null as 0; key names it in errors. */
int jp_time_value(struct jp *j, const char *key, int64_t *t);
/* Any value, checked and thrown away. */
int jp_skip_value(struct jp *j, int depth);
/* true/false, or a number (0 is false); null is false. */
int jp_bool_value(struct jp *j, bool *v);
/* A string into *out (replacing it; owned), or null (NULL). */
int jp_opt_string(struct jp *j, struct sbuf *b, char **out);

#endif
