/* state_int.h -- shared by the state_*.c files: struct, statements, transactions. MIT licence. */
#ifndef DOSSIER_STATE_INT_H
#define DOSSIER_STATE_INT_H

#include <sqlite3.h>
#include <sys/types.h>

#include "dossier/state.h"

/* Prepared statements, made on first use and kept for the life of the connection. */
enum st_stmt {
	ST_ENSURE, ST_GET, ST_SET_READ, ST_SET_FLAGGED, ST_SET_ARCHIVED, ST_SET_NOTE,
	ST_ADD_TAG, ST_DEL_TAG, ST_TAGS_OF, ST_TOUCH, ST_OPENED, ST_BY_PATH,
	ST_TIMES, ST_TAG_COUNTS, ST_SEARCH_SAVE, ST_SEARCH_DEL, ST_SEARCH_GET, ST_SEARCH_LIST,
	ST_HIST_DEL, ST_HIST_ADD, ST_HIST_TRIM, ST_HIST_LIST, ST_EACH, ST_EACH_DECIDED,
	ST_TAGS_ALL,
	ST_NSTMT
};

/* The fields an undo step can restore. */
enum st_field { F_READ, F_FLAGGED, F_ARCHIVED, F_NOTE, F_TAG, F_CORR, F_WATCH };

struct corr;

/* One field of one article changed by an action. */
struct undo_change {
	char *hash;		/* owned */
	char *tag;		/* owned; F_TAG: the tag name */
	char *before, *after;	/* owned; F_NOTE: the notes (NULL: none); F_WATCH: before is
				 * the entity's name, hash its key, tag its type */
	struct corr *row;	/* owned; F_CORR: the correction row (its id once written) */
	unsigned char field;	/* enum st_field */
	unsigned char b, a;	/* flags and tag presence: value before and after */
};

/* One undoable action: all its changes are undone and redone together. */
struct undo_step {
	char *desc;		/* owned; "flag 3 articles" */
	struct undo_change *ch;	/* owned */
	size_t n, cap;
};

/* A stack of steps; the newest is last. */
struct undo_stack {
	struct undo_step **v;	/* owned, each owned */
	size_t n, cap;
};

struct state {
	sqlite3 *db;			/* owned */
	char *path;			/* owned; absolute file path, or the memdb name */
	char *uri;			/* owned; what state_attach() attaches */
	bool memory;			/* in-memory state (memdb VFS) */
	bool readonly;			/* opened for reading only (state_open_reader) */
	bool counted;			/* counted in state.c's open files (dev, ino) */
	dev_t dev;			/* the file's device and inode when opened */
	ino_t ino;
	sqlite3_stmt *stmt[ST_NSTMT];	/* owned; NULL until first used */
	struct undo_stack undo, redo;	/* this process's undo history */
	char desc[300];			/* last undo/redo description */
	int wait_ms;			/* one write's wait for another process; 0: BUSY_MS
					 * BUSY_RETRIES + 1 times (state_set_wait()) */
	char err[512];			/* last error, one clean line */
};

/* PRAGMA application_id of a dossier state file: "dsst". */
#define STATE_APP_ID 0x64737374
/* How long one attempt waits for another process, and how often it tries again. */
#define BUSY_MS 5000
#define BUSY_RETRIES 2
/* Maximum undo steps kept; older ones are dropped. */
#define STATE_UNDO_MAX 500

/* A transaction body: returns an SQLite result code; SQLITE_OK commits. */
typedef int (*st_body_fn)(struct state *s, void *ud);

/* The statement id, reset and unbound, or NULL (with s->err set) if it cannot be made. */
sqlite3_stmt *st_stmt(struct state *s, enum st_stmt id);
/* Run body inside BEGIN IMMEDIATE ... COMMIT, retrying while another process holds the
 * file; rolls back on any failure. what names the action for the message. */
int st_write(struct state *s, const char *what, st_body_fn body, void *ud);
/* Set s->err from an SQLite result code ("could not WHAT: the disk is full (SQLITE_FULL)")
 * and return the matching STATE_* code. */
int st_fail(struct state *s, int rc, const char *what);
/* "the disk is full (SQLITE_FULL)" into buf. */
void st_rc_words(int rc, char *buf, size_t n);
/* Set s->err from a format and return code. */
int st_err(struct state *s, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Step a statement that returns no rows; SQLITE_OK or the error code. */
int st_exec_stmt(sqlite3_stmt *st);
/* Bind text or NULL. */
int st_bind_text(sqlite3_stmt *st, int i, const char *v);
/* Unix time now. */
int64_t st_now(void);
/* The tags of hash into a->tags (sorted). SQLite result code. */
int st_load_tags(struct state *s, const char *hash, struct art_state *a);
/* Fill a from a row of (hash, path, read, flagged, archived, note, first_seen, last_opened)
 * starting at column col of st. */
void st_row_to_art(sqlite3_stmt *st, int col, struct art_state *a);

/* Undo stacks (state_ops.c). */
void undo_stack_clear(struct undo_stack *u);
/*
 * One change of a correction or watch row (F_CORR, F_WATCH) as one undo step described by
 * desc: c->a says the row is to be there (1) or not (0). c and its members are taken
 * over. *changed (may be NULL) is false when the row already was as asked.
 */
int st_row_action(struct state *s, const char *what, const char *desc, struct undo_change *c,
		  bool *changed);
/* Put (present) or delete a correction row (state_corr.c); sets row->id when it was 0. */
int st_corr_row(struct state *s, struct corr *row, bool present);
/* Put or delete a watch row; *was (may be NULL) gets whether it was there. */
int st_watch_row(struct state *s, const char *key, const char *type, const char *name,
		 bool present, bool *was);
/* Is the correction row id there? SQLite result code. */
int st_corr_has(struct state *s, int64_t id, bool *has);

/* The file on disk (state_check.c): a path with $HOME as ~ for messages; the absolute
 * path (owned); a file: URI (owned); why a file is refused as one message; a one-number
 * query; has the file a -wal beside it; check a file before the first connection (a
 * refusal, err set); make a new file 0600 (1 made, 0 there, -1 err set). */
/* Why a file is refused; each has one message. */
enum refusal { REF_OK, REF_NOTDB, REF_DAMAGED, REF_NEWER, REF_UNREADABLE, REF_READONLY, REF_DIR_RO,
	       REF_NOTREG, REF_OTHER };
void st_shown_path(const char *path, char *buf, size_t n);
char *st_absolute_path(const char *path);
char *st_file_uri(const char *path, const char *query);
void st_refusal_message(enum refusal r, const char *shown, int version, char *err, size_t errlen);
long long st_query_int(sqlite3 *db, const char *sql, int *rc);
bool st_has_wal(const char *path);
/* deep: every page walked (PRAGMA quick_check), not only the header and the schema. */
enum refusal st_validate_file(const char *path, const char *shown, bool deep, char *err,
			      size_t errlen);
int st_create_file(const char *path, const char *shown, char *err, size_t errlen);

#endif
