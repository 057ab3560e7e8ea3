/* state.h -- persistent triage state: a SQLite file keyed by article content hash. MIT licence. */
#ifndef DOSSIER_STATE_H
#define DOSSIER_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct sbuf;
struct sqlite3;

/*
 * Every function returning int returns STATE_OK or one of these; the message for the
 * status line is then in state_error(). Messages are plain words, never SQLite's text.
 */
enum state_status {
	STATE_OK = 0,
	STATE_ERROR = -1,	/* anything not listed below */
	STATE_NONE = -2,	/* nothing there: nothing to undo/redo, no such name or path */
	STATE_INVALID = -3,	/* a bad argument (empty hash, bad tag name) */
	STATE_BUSY = -4,	/* another process held the file longer than the retries */
	STATE_FULL = -5,	/* the disk or quota is full */
	STATE_IOERR = -6,	/* a read or write failed */
	STATE_READONLY = -7,	/* the file or its folder cannot be written */
	STATE_CORRUPT = -8,	/* the file turned out to be damaged */
	STATE_PENDING = -9,	/* queued: another process holds the file (state_queue_*) */
};

/* The triage state of one article. Filled by state_get() and state_each(). */
struct art_state {
	char *hash;		/* owned; content hash */
	char *path;		/* owned; last path the article was seen at, NULL if never */
	bool known;		/* the state file has a row for this hash */
	bool read, flagged, archived;
	char *note;		/* owned; NULL when there is no note */
	int64_t first_seen;	/* unix seconds, 0 if unknown */
	int64_t last_opened;	/* unix seconds, 0 if never opened */
	char **tags;		/* owned, each owned; sorted by name */
	size_t ntags;
};
/* Free the members of a (the struct itself belongs to the caller) and zero it. */
void art_state_clear(struct art_state *a);

/* A triage operation; state_apply() runs a list of them on a list of articles. */
enum state_op_kind {
	STATE_OP_READ,		/* on: mark read, off: mark unread */
	STATE_OP_FLAG,		/* on: flag, off: unflag */
	STATE_OP_ARCHIVE,	/* on: archive, off: unarchive */
	STATE_OP_TAG,		/* on: add tag arg, off: remove it */
	STATE_OP_NOTE,		/* set the note to arg (NULL or "" removes it) */
};
struct state_op {
	enum state_op_kind kind;
	bool on;
	const char *arg;	/* not owned; the tag name or the note */
};

/* A tag and how many articles carry it (for completion). */
struct state_tag {
	char *name;		/* owned */
	size_t count;
};

/* A named saved search. */
struct state_search {
	char *name;		/* owned */
	char *query;		/* owned */
};

/* What state_import() did. */
struct state_import_stats {
	size_t by_hash;		/* records matched to a known article by content hash */
	size_t by_path;		/* matched by path (the file changed since the export) */
	size_t added;		/* not matched: kept under their own hash for later */
	size_t skipped;		/* no hash and no matching path */
	size_t changed;		/* articles whose state changed (of those here, see below) */
	size_t outside;		/* records applied or kept for articles not here: not in
				 * changed (state_import_here() only) */
};

/*
 * A state handle is one SQLite connection: use it from one thread. Every write is its own
 * transaction (BEGIN IMMEDIATE ... COMMIT, fsync'd) before the call returns, so what a
 * call reports done survives kill -9; other processes on the same file wait their turn.
 */
struct state;

/*
 * The state file for this user: $DOSSIER_STATE if set and non-empty, else
 * $XDG_STATE_HOME/dossier/state.db (XDG_STATE_HOME must be absolute), else
 * $HOME/.local/state/dossier/state.db. Returns buf, or NULL if no home is known or the
 * path does not fit in n bytes.
 */
const char *state_default_path(char *buf, size_t n);

/*
 * Open the state file at path, creating it (and its folders, 0700) with mode 0600 when
 * missing. An existing file is first checked read-only (header, schema version, integrity)
 * and is never modified when it is refused: NULL is returned with one clean line in err,
 * e.g. "state file ~/x/state.db is not a dossier state database". Corrupt, foreign,
 * newer-schema, unreadable and unwritable files are all refused this way.
 */
struct state *state_open(const char *path, char *err, size_t errlen);
/* A state that lives in memory for this process only (--no-state, or a fallback). */
struct state *state_open_memory(char *err, size_t errlen);
/*
 * What a session wants: the file at path (NULL: memory only). If the file cannot be used,
 * falls back to memory and writes "<why>; using memory for this session" to msg; msg is
 * "" when nothing went wrong. Returns NULL only when not even memory works.
 */
struct state *state_open_session(const char *path, char *msg, size_t msglen);
/*
 * For commands that only read (list, search, export): the state at path as it is. No file
 * there is made as state_open() makes it (else an empty state in memory, with the reason
 * in err); path NULL is an empty state in memory. A file that can be read but
 * not written (a read-only file or folder) is opened read-only: reads give its contents,
 * writes fail with STATE_READONLY. NULL with one line in err when the file is there but
 * cannot be read (damaged, not a state file, from a newer dossier, unreadable): a
 * command must not answer from an empty state then (a backup taken so would be empty).
 * err is "" on success, or a warning to show.
 */
struct state *state_open_reader(const char *path, char *err, size_t errlen);
/*
 * As state_open_reader(), for a command that reads a few rows to answer a query (search,
 * list, entities, mentions from the persistent index): the header and the schema are
 * checked, not every page first (PRAGMA quick_check walks the whole file: 180M
 * instructions for a state of 100k articles, five times the query). A damaged page it
 * reads is an error of that read; the command then goes the long way, which checks all.
 */
struct state *state_open_query(const char *path, char *err, size_t errlen);
/*
 * Another connection to the file s uses (for another thread), without checking it again:
 * every check opens the file by hand, and closing such a descriptor would drop the POSIX
 * locks of every SQLite connection of this process to it (they belong to the process),
 * letting another process delete the write-ahead log under them. Files are checked only
 * before a process's first connection. NULL with err set for a state in memory or when
 * the connection cannot be made.
 */
struct state *state_open_again(const struct state *s, char *err, size_t errlen);
void state_close(struct state *s);

/*
 * How long one write waits for another process that holds the file, in milliseconds, and
 * then fails with STATE_BUSY (nothing written). 0 (the default) waits 5 s, three times:
 * right for commands, which have no screen to keep alive. The TUI waits briefly and
 * queues what could not be written yet (state_queue_*, below).
 */
void state_set_wait(struct state *s, int ms);

/* The last error as one clean line. */
const char *state_error(const struct state *s);
/* True when the state lives in memory (nothing survives the process). */
bool state_is_memory(const struct state *s);
/* The absolute path of the file; in memory mode the URI that state_attach() uses (NULL if
 * this SQLite cannot share memory between connections). */
const char *state_file_path(const struct state *s);
/* The schema version this build reads and writes (PRAGMA user_version). */
int state_schema_version(void);

/*
 * ATTACH the state to another connection (the index) as schema name (NULL: "st") so
 * queries can join st.article and st.tag. The state file is attached by absolute path; a
 * memory state is a named in-memory database (the "memdb" VFS, SQLite >= 3.36) that both
 * connections share, attached by URI, so db must accept URI names (SQLITE_OPEN_URI or a
 * SQLite built with SQLITE_USE_URI). Either way both connections see the same data at
 * once. In memory mode db must not keep a statement over the schema active across a state
 * write (the shared memory database has no WAL; a reader blocks the writer).
 */
enum state_status state_attach(struct state *s, struct sqlite3 *db, const char *name);

/* Record that the article with this hash was seen at path: sets first_seen on the first
 * sighting and updates the path (a rename or move). Not undoable. */
enum state_status state_touch(struct state *s, const char *hash, const char *path);
/* The same for n articles in one transaction (what a corpus load wants). */
enum state_status state_touch_many(struct state *s, const char *const *hashes, const char *const *paths,
		     size_t n);
/*
 * The article at path (absolute) changed from hash from to hash to (an edit): its state is
 * copied to the new hash, merged with any the new hash had (flags ORed, tags united; when
 * both have a note, the new hash's then a blank line then the edited one's, unless one
 * already holds the other), and the new hash is recorded at path. The old
 * record stays (another copy of the old text keeps its state; undo steps name it) but no
 * longer claims path. The entity corrections of its mentions move to the new hash (a
 * mention's words still there are still corrected). One transaction; not undoable.
 */
enum state_status state_rehash(struct state *s, const char *from, const char *to, const char *path);
/* Set last_opened (when: unix seconds, 0 for now). Not undoable. */
enum state_status state_set_last_opened(struct state *s, const char *hash, int64_t when);
/* The hash last seen at path into *hash (owned by the caller), or STATE_NONE. */
enum state_status state_find_by_path(struct state *s, const char *path, char **hash);

/*
 * Apply nops operations to nhashes articles in one transaction: one undo step, and the
 * redo stack is cleared, when anything changed. *changed (may be NULL) gets how many
 * articles changed. On an error nothing is applied.
 */
enum state_status state_apply(struct state *s, const struct state_op *ops, size_t nops,
		const char *const *hashes, size_t nhashes, size_t *changed);
/* What ops on n articles do, in words: "flag 2 articles", "tag +x -y 1 article" (owned). */
char *state_describe(const struct state_op *ops, size_t nops, size_t n);
/* One operation on one article (state_apply() with one of each). */
enum state_status state_set_read(struct state *s, const char *hash, bool on);
enum state_status state_set_flagged(struct state *s, const char *hash, bool on);
enum state_status state_set_archived(struct state *s, const char *hash, bool on);
enum state_status state_add_tag(struct state *s, const char *hash, const char *tag);
enum state_status state_remove_tag(struct state *s, const char *hash, const char *tag);
enum state_status state_set_note(struct state *s, const char *hash, const char *note);

/*
 * Parse "+name -name name ..." (bare name adds): the reserved names read, flagged and
 * archived set those states, any other name is a tag. *ops is one allocation (free()); its
 * args point inside it. Returns STATE_INVALID with a message in err for a bad name.
 */
enum state_status state_parse_ops(const char *spec, struct state_op **ops, size_t *nops, char *err,
		    size_t errlen);
/* NULL if name is a valid tag name, else why not ("tag names cannot contain spaces"). */
const char *state_tag_invalid(const char *name);
/* NULL if -name may remove a tag of that name: looser than state_tag_invalid(), so a tag
 * stored before a rule was added can still be removed. */
const char *state_tag_unremovable(const char *name);

/*
 * Undo the last triage action (or redo the last undone one) in one transaction. *desc gets
 * e.g. "undid: flag 3 articles" (owned by s, valid until the next call). STATE_NONE when
 * there is nothing to undo or redo. A field another process changed since is left alone.
 */
enum state_status state_undo(struct state *s, const char **desc);
enum state_status state_redo(struct state *s, const char **desc);
bool state_can_undo(const struct state *s);
bool state_can_redo(const struct state *s);

/* The state of one article; an unknown hash gives known = false and defaults. */
enum state_status state_get(struct state *s, const char *hash, struct art_state *out);
/* Every tag with its article count, sorted by name. Free with state_tags_free(). */
enum state_status state_tags(struct state *s, struct state_tag **tags, size_t *n);
void state_tags_free(struct state_tag *tags, size_t n);

/* Saved searches: save (replacing one of the same name), delete, get, list by name. */
enum state_status state_search_save(struct state *s, const char *name, const char *query);
enum state_status state_search_delete(struct state *s, const char *name);
enum state_status state_search_get(struct state *s, const char *name, char **query);
enum state_status state_searches(struct state *s, struct state_search **list, size_t *n);
void state_searches_free(struct state_search *list, size_t n);

/*
 * Prompt history per kind ("filter", "search", "command"...): adding a text moves it to
 * the newest place (no duplicates); the oldest beyond 500 per kind are dropped.
 * state_history() gives up to limit texts, newest first; free with state_strings_free().
 */
enum state_status state_history_add(struct state *s, const char *kind, const char *text);
enum state_status state_history(struct state *s, const char *kind, size_t limit, char ***texts, size_t *n);
void state_strings_free(char **v, size_t n);

/*
 * Call fn for every article the state knows, ordered by hash, from one consistent
 * snapshot. fn returning non-zero stops the walk and that value is returned. fn may call
 * state_get() but must not write or start another walk.
 */
int state_each(struct state *s, int (*fn)(void *ud, const struct art_state *a), void *ud);
/* The same for the articles with a decision only (read, flagged, archived, a note or a
 * tag): a launch's mirror of the state, where every article seen has a row. */
int state_each_decided(struct state *s, int (*fn)(void *ud, const struct art_state *a),
		       void *ud);

/*
 * Restore state from records (an export): each record goes to the article with its hash
 * if the state knows it, else to the article last seen at its path, else it is kept
 * under its own hash. The article then has exactly the record's read/flagged/archived,
 * note and tags. One transaction, one undo step. Touch the corpus first so paths match.
 */
enum state_status state_import(struct state *s, const struct art_state *recs, size_t n,
		 struct state_import_stats *stats);
/* The same, for the articles here (the hashes of the corpus at hand, any order): a record
 * whose article is not one of them is still applied or kept as above, but counted in
 * stats->outside instead of stats->changed. */
enum state_status state_import_here(struct state *s, const struct art_state *recs, size_t n,
		      const char *const *here, size_t nhere, struct state_import_stats *stats);

/*
 * Entity corrections and the watchlist (state_corr.c; correct.h says what each kind
 * does). Each call is one write, committed before it returns, and one undo step in the
 * same journal as triage (state_undo()/state_redo()); *id (may be NULL) gets the new
 * correction's id. STATE_INVALID (with a message) for a missing key, surface or name
 * or a bad type. ent names the entity as `entity:` does: its folded key and type, and
 * the name shown; at names one mention (hash, surface, occurrence), or with occurrence
 * -1 every mention of that surface in the article, or with hash NULL in every article.
 */
struct corr;
struct corr_ent {
	const char *key;	/* folded name (text_fold) */
	int type;		/* enum ent_type */
	const char *name;	/* shown; the new entity's name for split and add */
};
struct corr_place {
	const char *hash;	/* article content hash; NULL: every article */
	const char *surface;	/* the mention's exact bytes */
	int occurrence;		/* 0 the first in the article; -1 every one */
};
/* Not an entity: the whole entity (at NULL), or one mention. */
enum state_status state_correct_hide(struct state *s, const struct corr_ent *ent,
				     const struct corr_place *at, int64_t *id);
/* The entity (at NULL), or one mention, is of type type. */
enum state_status state_correct_retype(struct state *s, const struct corr_ent *ent,
				       const struct corr_place *at, int type, int64_t *id);
/* The entity is shown as name. */
enum state_status state_correct_rename(struct state *s, const struct corr_ent *ent,
				       const char *name, int64_t *id);
/* ent joins into. */
enum state_status state_correct_merge(struct state *s, const struct corr_ent *ent,
				      const struct corr_ent *into, int64_t *id);
/* Mentions at at (surface required) leave ent: for into, or (into NULL) an entity of
 * their own named by the surface. */
enum state_status state_correct_split(struct state *s, const struct corr_ent *ent,
				      const struct corr_place *at, const struct corr_ent *into,
				      int64_t *id);
/* The text at at (hash, surface and occurrence >= 0 required) is a mention of into,
 * made (into->name, into->type) when there is no such entity. */
enum state_status state_correct_add(struct state *s, const struct corr_place *at,
				    const struct corr_ent *into, int64_t *id);
/* Any correction row as it is (an import, a redo): one undo step. */
enum state_status state_correct_put(struct state *s, const struct corr *c, int64_t *id);
/* Delete correction id (undoable); STATE_NONE when there is none. */
enum state_status state_correction_delete(struct state *s, int64_t id);
/* Every correction in id order (the order they apply in). Free with corr_free_all(). */
enum state_status state_corrections(struct state *s, struct corr **v, size_t *n);

/* A watched entity. */
struct state_watch {
	char *key;		/* owned; folded name */
	int type;		/* enum ent_type */
	char *name;		/* owned; the name shown when it was starred */
	int64_t made;		/* unix seconds */
};
/* Star (on) or unstar an entity; STATE_OK with nothing done when it already was so
 * (*changed false; may be NULL). One undo step otherwise. */
enum state_status state_watch(struct state *s, const struct corr_ent *ent, bool on,
			      bool *changed);
/* The watched entities by type and key. Free with state_watch_free(). */
enum state_status state_watched(struct state *s, struct state_watch **v, size_t *n);
void state_watch_free(struct state_watch *v, size_t n);

/*
 * Triage writes that wait their turn (state_queue.c), for a screen that must not freeze
 * while another process holds the file. Jobs run in the order they were made. A job that
 * finds the file busy stays queued, with every job after it, until state_queue_flush()
 * gets it through. A job that fails for any other reason, or is still busy give_up
 * seconds after it was queued, is dropped together with every job behind it (they were
 * decided on top of it: an undo queued after a flag undoes that flag), and the
 * descriptions of the dropped jobs are handed back, so nothing is ever lost silently.
 * The queue borrows s (state_set_wait() it short); one thread.
 */
struct state_queue;
struct state_queue *state_queue_new(struct state *s);
/* Free the queue; pending jobs are forgotten (state_queue_abandon() names them first). */
void state_queue_free(struct state_queue *q);
/*
 * state_apply() through the queue; what describes the action (NULL: state_describe()). With
 * nothing queued it is tried at once: STATE_OK (saved), STATE_PENDING (queued: the file
 * is busy), or another error (nothing saved or queued; state_error() says why). With jobs
 * already waiting it joins them and returns STATE_PENDING.
 */
enum state_status state_queue_apply(struct state_queue *q, const struct state_op *ops, size_t nops,
		      const char *const *hashes, size_t nhashes, const char *what);
/* state_undo()/state_redo() through the queue: STATE_OK (*desc as there), STATE_NONE,
 * STATE_PENDING or an error. A queued undo with nothing left to undo does nothing. */
enum state_status state_queue_undo(struct state_queue *q, bool redo, const char **desc);
/*
 * Try the waiting jobs, in order. STATE_OK: none is left. STATE_PENDING: the first still
 * finds the file busy (state_error() says why). Any other code: the first failed for good
 * (state_error() says why) and it and every job behind it were dropped; *dropped gets
 * their descriptions, owned by the caller (state_strings_free()).
 */
enum state_status state_queue_flush(struct state_queue *q, double give_up, char ***dropped,
		      size_t *ndropped);
/* Drop every waiting job; *dropped gets their descriptions as above. */
void state_queue_abandon(struct state_queue *q, char ***dropped, size_t *ndropped);
/* Jobs waiting, and the description of the first ("" when none). */
size_t state_queue_pending(const struct state_queue *q);
const char *state_queue_first(const struct state_queue *q);
/* How many jobs got through since the queue was made (the caller reloads what it shows). */
unsigned long state_queue_done(const struct state_queue *q);

/*
 * JSON (state_json.c writes it, state_json_read.c reads it back). The export is
 * {"articles": [...], "corrections": [...], "watched": [...]}; each article an object:
 *   {"hash":"…","path":"…"|null,"read":bool,"flagged":bool,"archived":bool,
 *    "tags":["…"],"note":"…"|null,"first_seen":int|null,"last_opened":int|null}
 * plus "path_bytes":"…" after "path" when the path is not valid UTF-8 (the reader
 * takes the path from it).
 * The reader also takes {"articles":[…]}, ignores unknown keys (title, entities…) and
 * accepts 0/1 for booleans, so the CLI may add fields around these.
 */
/* Append the fields above (no braces) for embedding in a larger object. */
void state_json_fields(struct sbuf *b, const struct art_state *a);
/* Append s as a JSON string: invalid UTF-8 as U+FFFD, every code point that
 * text_cp_class() does not call safe escaped as \uXXXX. */
void state_json_string(struct sbuf *b, const char *s);
/* When path is not valid UTF-8: append it as a JSON string of its bytes, printable
 * ASCII as is, every other byte (and % " \) as %XX, and return true (the "path_bytes"
 * field that import reads back). Else append nothing and return false. */
bool state_json_path_bytes(struct sbuf *b, const char *path);
/* Write every article (state_each() order) as the JSON array above. */
enum state_status state_export_json(struct state *s, FILE *out);
/* Parse an export. *recs is owned by the caller: free with art_states_free(). */
enum state_status state_json_parse(const char *text, size_t len, struct art_state **recs, size_t *n,
		     char *err, size_t errlen);
void art_states_free(struct art_state *v, size_t n);
/*
 * The export's other members (state_json_read.c): "corrections" and "watched" are lists of
 * flat objects, read into key/value pairs; state_json_corr.c writes and reads them.
 */
struct json_kv {
	char *key;		/* owned */
	char *str;		/* owned; a string value, NULL for a number or null */
	int64_t num;		/* a number's value (whole) */
	bool is_num;
};
struct json_obj {
	struct json_kv *kv;	/* owned */
	size_t n;
};
/* The list of flat objects under member of the export's top object (none: *n = 0, also
 * for an export that is a bare list). STATE_INVALID with err set for bad JSON. */
enum state_status state_json_objects(const char *text, size_t len, const char *member,
				     struct json_obj **objs, size_t *n, char *err, size_t errlen);
void state_json_objs_free(struct json_obj *v, size_t n);
/* The corrections and watched entities as the export's members (no braces around):
 * "corrections":[...],"watched":[...] */
enum state_status state_json_corrections(struct state *s, struct sbuf *b);
/* Restore corrections and watched entities from an export: rows already there (same
 * kind, entity and place) are skipped. *added and *watched get how many were new. */
enum state_status state_import_corrections(struct state *s, const char *text, size_t len,
					   size_t *added, size_t *watched, char *err,
					   size_t errlen);

/*
 * Testing hook: add one more migration step (schema version + 1) run after the built-in
 * ones, to exercise upgrades; NULL removes it. Not for use by the program.
 */
void state_test_extra_migration(const char *sql);

#endif
