/* corpus.h -- walk paths, read files, text hygiene and article metadata. MIT licence. */
#ifndef DOSSIER_CORPUS_H
#define DOSSIER_CORPUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <sys/types.h>

/* Flags of one source line of an article. */
enum {
	LINE_BLANK = 1 << 0,		/* only whitespace */
	LINE_BOILERPLATE = 1 << 1,	/* [ad_1], Source link, RELATED ARTICLES, share/breadcrumb... */
	LINE_TITLE = 1 << 2,		/* the line the title was taken from */
	LINE_DATELINE = 1 << 3,		/* a line that only carries the date */
};

/* One line of the article text: bytes [start, end) of article->text, newline excluded. */
struct text_line {
	uint32_t start;
	uint32_t end;		/* exclusive; a trailing CR is excluded too */
	uint32_t flags;		/* LINE_* */
};

/* Where an article's date comes from, in the order they are tried. A date only met in the
 * prose of the first lines ("In my message of December 6, 1910, ...") is often another
 * day's: a full date in the file's name (2017-12-18-remarks.txt) goes before it. The
 * values are kept in the index file: new ones go at the end. */
enum article_date_from {
	DATE_FROM_HEADER,	/* a Date: line of a header block at the top */
	DATE_FROM_TEXT,		/* a date that leads a line near the top ("Published ...") */
	DATE_FROM_NAME,		/* the file's name (2026-01-21-slug.txt, 1990_bush.txt) */
	DATE_FROM_MTIME,	/* the file's modification time */
	DATE_FROM_NAME_OVER_TEXT,	/* the name's full date, before one in the prose */
	DATE_FROM_PROSE,	/* a date in the prose of the first lines; no full date in the
				   file's name */
	DATE_FROM_N
};

/* What stat() says of a file, as the index cache compares it (no read needed). */
struct corpus_stat {
	uint64_t dev, ino;
	int64_t size;		/* bytes on disk (before any UTF-16 conversion) */
	int64_t mtime_ns;	/* modification time, nanoseconds since the epoch */
};

/* struct article's from_path: fields made from the path, not the text. */
enum {
	FROM_PATH_TITLE = 1 << 0,	/* the title is the file's name */
	FROM_PATH_SOURCE = 1 << 1,	/* the source is the folder's name */
};

struct article {
	uint32_t id;		/* index in corpus->arts, stable for the run */
	char *path;		/* owned; the path as found (may hold any bytes) */
	char *display_path;	/* owned (or path itself); path sanitised for display */
	char *text;		/* owned; the file's bytes as stored, NUL-terminated */
	size_t len;		/* bytes in text */
	size_t body;		/* offset of the first byte after a UTF-8 BOM (0 or 3) */
	char *title;		/* owned; cleaned single line, never empty */
	char *source;		/* owned; outlet named in the text, else the folder name */
	char date[11];		/* YYYY-MM-DD, or YYYY when only the year is known */
	int32_t date_key;	/* YYYYMMDD, for sorting; YYYY0000 for a year alone */
	bool date_from_mtime;	/* no date in the text or name: date is the file's mtime */
	uint8_t date_from;	/* enum article_date_from: where the date was found */
	time_t mtime;		/* file modification time */
	uint32_t paragraphs;	/* non-blank, non-boilerplate lines */
	char hash[33];		/* content hash (hex), identity for triage state */
	struct text_line *lines;/* owned; every line of the text */
	size_t nlines;
	bool gone;		/* its file went while the TUI ran (a live folder): an empty
				   stand-in, out of the list and the index; the id stays */
	uint8_t from_path;	/* FROM_PATH_*: title, source made from the path */
	struct corpus_stat st;	/* the file when it was read (or when the cache saw it) */
	/*
	 * An article the index cache described is made without reading its file: text and
	 * lines are NULL (len, words, paragraphs are the cache's) until article_load() reads
	 * them. text_ready (atomic) is 1 once they are there; article_parse() sets it.
	 */
	int text_ready;
	int kept;		/* atomic: article_load() was asked: the text stays */
	uint32_t users;		/* article_hold()s not released (under corpus_text.c's lock) */
	bool loose;		/* its text may go when nobody reads it (a text_holds) */
	struct text_slab *slab;	/* text and lines packed in it (corpus_load_pending()),
				   else malloc()ed (corpus_text.c) */
	bool text_changed;	/* its text read again is the note that its file changed
				   since it was indexed (article_load()) */
	uint32_t words;		/* the cache's word count while the text is not read, or
				   article_count_words()'s (words_counted set) */
	bool words_counted;
};

/* Why a file was skipped. */
enum corpus_skip {
	SKIP_BINARY,		/* looks like binary data */
	SKIP_UNREADABLE,	/* open/read failed */
	SKIP_TOO_LARGE,		/* over the size cap */
	SKIP_LOOP,		/* symlink loop or already visited directory */
	SKIP_MISSING,		/* path given does not exist */
	SKIP_TOO_DEEP,		/* a folder nested deeper than the walk goes */
	SKIP_NTYPES
};

/*
 * What corpus_load_pending() asks before it reads a file (the index cache): the article as
 * the cache knows it for this path and stat (made without reading), or NULL to read the
 * file; or, with NULL and *skip set to a SKIP_* reason (*detail its words), the file is
 * one the cache knows as skipped. exact() first, on every loading thread at once (each
 * file once): the article recorded under this very path and stat, or NULL; then
 * article(), on the loading thread in path order, for the files exact() did not give
 * (moved ones, skipped ones).
 */
struct corpus_reuse {
	/* at: the file's place in the pending list (a list made from the hook's own rows
	 * has its rows' order: a hint, checked by path) */
	struct article *(*exact)(void *ud, size_t at, const char *path,
				 const struct corpus_stat *st);
	struct article *(*article)(void *ud, const char *path, const struct corpus_stat *st,
				   int *skip, const char **detail);
	void *ud;
};

/*
 * While corpus_load_pending() reads many files (LOAD_MANY or more), the caller's thread
 * can watch instead of reading (a screen that shows the list as it fills): wait() is
 * called again and again until every file is read, and must wait (for a key, or some
 * tens of milliseconds) before it returns. corpus_loading_article() says what a file
 * gave so far.
 */
struct corpus_loading;
struct corpus_watch {
	void (*wait)(void *ud, const struct corpus_loading *l);
	void *ud;
};
/* The files being read: how many, how many are done, file i's path as the walk found it. */
size_t corpus_loading_total(const struct corpus_loading *l);
size_t corpus_loading_done(const struct corpus_loading *l);
const char *corpus_loading_path(const struct corpus_loading *l, size_t i);
/* File i's article once it is read and parsed (title, date, source filled; read only),
 * else NULL: not read yet, or skipped. */
const struct article *corpus_loading_article(const struct corpus_loading *l, size_t i);

/* Called for each skipped file; path is raw bytes, reason one of SKIP_*. */
typedef void (*corpus_skip_fn)(void *ud, const char *path, enum corpus_skip reason,
			       const char *detail);

/* The (st_dev, st_ino) pairs already read, private to corpus.c. */
struct corpus_seen;

struct corpus {
	struct article **arts;	/* owned; freed by corpus_free() */
	size_t n;
	size_t cap;
	size_t skipped[SKIP_NTYPES];	/* counts by reason */
	uint64_t bytes;		/* total bytes of loaded articles */
	size_t max_file_size;	/* per-file cap in bytes (0: default 64 MiB) */
	corpus_skip_fn on_skip;	/* may be NULL */
	void *skip_ud;
	struct corpus_seen *seen;	/* owned; files and folders visited; freed by corpus_free() */
	double read_seconds;	/* time spent reading files (summed over threads) */
	double parse_seconds;	/* time spent in article_parse (summed over threads) */
	bool defer;		/* corpus_add_path only lists files; corpus_load_pending reads them */
	bool walk_fast;		/* with defer: a folder's regular files are listed as readdir()
				 * gives them, not stat()ed (their pending stat is unknown, size
				 * -1): for a load no persistent index is asked about */
	char **pending;		/* owned; files listed while defer is set */
	struct corpus_stat *pstat;	/* owned; their stat, one per pending file */
	size_t npending, cappending;
	size_t ngone;		/* articles marked gone (their file removed while the TUI ran) */
	const struct corpus_reuse *reuse;	/* may be NULL; not owned */
	const struct corpus_watch *watch;	/* may be NULL; not owned */
	size_t nread;		/* files corpus_load_pending() read */
	size_t nreused;		/* articles it took from reuse instead */
	/* The files skipped as binary data, with their stat (the cache keeps them so that
	 * they are not read again to be skipped again). */
	struct corpus_bin {
		char *path;	/* owned */
		struct corpus_stat st;
	} *bins;		/* owned */
	size_t nbins, capbins;
	/* Every folder walked, stat()ed before it was listed: the persistent index keeps
	 * them, and a command trusts a folder whose stat has not moved (cli_direct.c). */
	struct corpus_folder {
		char *path;	/* owned; as the walk spelt it */
		struct corpus_stat st;
		int64_t ctime_ns;
		bool root;	/* a path given, not found in a folder */
	} *folders;		/* owned */
	size_t nfolders, capfolders;
};

/* Folders nested deeper than this below a path given are not walked. */
#define CORPUS_MAX_DEPTH 128

void corpus_init(struct corpus *c);
/* Is a name found in a folder read as an article? Not hidden (a leading dot), and a
 * .txt, .md or .text file or one without an extension: the walk's rule, for the live
 * folder's watcher. */
bool corpus_wanted_name(const char *name);
/* The names in folder path the walk goes through: hidden ones left out, in byte order
 * (owned by the caller, each owned); NULL with errno when it cannot be read. */
char **corpus_dir_names(const char *path, size_t *n);
/* Record a file or folder as visited; false when it was already (a hard link, a symlink
 * to it, a loop). The walk's rule for files reached twice, for the watcher's scans. */
bool corpus_mark_seen(struct corpus *c, dev_t dev, ino_t ino);
/* Add every article under path (file or folder, recursive). Returns 0, or -1 if path
 * itself could not be read (it is reported through on_skip as well). */
int corpus_add_path(struct corpus *c, const char *path);
/* Parse one article from bytes (takes ownership of text, which must be NUL-terminated
 * at text[len]). Used by corpus_add_path and by the tests. A UTF-16 file (with BOM) has
 * been converted to UTF-8 by corpus_add_path before this: its offsets refer to the
 * converted text. Text beyond 4 GiB is ignored (offsets are 32-bit). */
struct article *article_parse(const char *path, char *text, size_t len, time_t mtime);
/* Words in the article's kept lines (not blank, not boilerplate). Counted on demand, not
 * by article_parse(): the first paint does not need it (it was a quarter of parsing). */
uint32_t article_words(const struct article *a);
/* A Markdown article's front matter: a YAML block between "---" lines (or "..." to close
 * it) or a TOML one between "+++" lines, starting at text[from]. Returns its bytes (its
 * closing line included), 0 for none; fn, when not NULL, is given each field in order:
 * its key and the span [vstart, vend) of its value, over the lines folded under it. */
typedef void (*corpus_front_fn)(void *ud, const char *key, size_t klen, size_t vstart,
				size_t vend);
size_t corpus_front_matter(const char *text, size_t from, size_t len, corpus_front_fn fn,
			   void *ud);
/* A field's value (n bytes at s) as one clean line: quotes and escapes undone, its lines
 * joined, a comment after a plain value left out. Owned by the caller. */
char *corpus_front_value(const char *s, size_t n);
/* Count them now and keep the count (for article_words()): done on the extraction
 * workers when a cache is written, which keeps every file's count. */
void article_count_words(struct article *a);
void article_free(struct article *a);
/* a->path a copy of path, a->display_path its cleaned form (path itself when it needs no
 * cleaning: most do, and a million launches' copies were a tenth of a warm first paint). */
void article_set_path(struct article *a, const char *path);
/*
 * Make sure a's text and lines are there: an article made from the index cache reads its
 * file now (once; thread-safe). If the file changed since it was indexed, or cannot be
 * read, the text is a line saying so, padded to a->len bytes (offsets of the index stay
 * inside it); a->hash is not changed. A no-op for an article read from its file.
 */
void article_load(const struct article *a);
/*
 * The text of an article for a while (corpus_text.c): article_hold() reads it as
 * article_load() does and it stays until article_release(), which lets it go again when
 * the article is loose (below) and nobody else reads it; article_load() keeps it for good.
 */
void article_hold(const struct article *a);
void article_release(const struct article *a);
/* Is a's text there and the one that was indexed (not the note that its file changed
 * since, which article_load() gives then)? What deleting its old rows needs. */
bool article_text_indexed(const struct article *a);
/* Let a loose article's text and lines go when nobody holds or kept it (article_load()
 * reads them again); the bytes freed, 0 when it stays. */
size_t article_let_go(const struct article *a);
/*
 * A build's readers of every text (TEXT_READER_*): each calls text_holds_done() when done
 * with article i, and after the last of them the text goes (article_let_go()). The calls
 * of reader each_reader run each(ud, i) (may be NULL) first, with the text there. Makes
 * every article of c loose. h may be NULL.
 *
 * A lagging reader (TEXT_READERS: none) does not hold the others' texts: they go when the
 * others are done, and it reads one between text_holds_enter() (the file read again if
 * it went: a note in its place if the file changed, as article_load() does) and
 * text_holds_leave() (instead of text_holds_done()).
 */
enum { TEXT_READER_FTS, TEXT_READER_EXTRACT, TEXT_READERS };
struct text_holds;
struct text_holds *text_holds_new(const struct corpus *c, unsigned readers,
				  unsigned each_reader, unsigned lagging,
				  void (*each)(void *ud, size_t i), void *ud);
void text_holds_done(struct text_holds *h, size_t i, unsigned reader);
void text_holds_enter(struct text_holds *h, size_t i);
void text_holds_leave(struct text_holds *h, size_t i);
void text_holds_free(struct text_holds *h);
/* Recompute what a takes from its path and mtime (date from the name or mtime, title from
 * the name, source from the folder), for a cached article found at another path. */
void article_path_fields(struct article *a);
/* A full date (year, month, day) in the file name of path (2017-12-18-remarks.txt). */
bool article_name_full_date(const char *path, int *y, int *m, int *d);
/* Article files read so far by this process (loading, article_load(), re-reads). */
size_t corpus_files_read(void);
/* Fill c->pstat-like stat from a struct stat. */
struct stat;
void corpus_stat_of(const struct stat *sb, struct corpus_stat *out);
/* Its change time (inode), nanoseconds since the epoch. */
int64_t corpus_ctime_of(const struct stat *sb);
/*
 * Read the file at path again as corpus_add_path() would (size cap, UTF-16, binary test)
 * without adding it to c (used after an outside edit). Returns the article (id 0, owned
 * by the caller), or NULL with why in err ("looks like binary data", "No such file...").
 */
struct article *corpus_read_file(const struct corpus *c, const char *path, char *err,
				 size_t errlen);
/* The text corpus_read_file() would give its article (*len bytes, owned, NUL after them),
 * without the article made of it; NULL when it would give none. */
char *corpus_read_text(const struct corpus *c, const char *path, size_t *len);
/*
 * With c->defer set, corpus_add_path() only walks and lists the files; this reads and
 * parses them for nthreads cores (more threads when many files are read: most of them wait
 * on the disk when the page cache does not hold the files; done counts files for a
 * progress display), then
 * appends the articles and reports skips in path order, as corpus_add_path() would have.
 */
void corpus_load_pending(struct corpus *c, int nthreads, volatile size_t *done);
/*
 * Instead of the walk, with c->defer set: the n files a walk of unmoved folders is known
 * to find (a persistent index's, index_catalog_list()), each stat()ed (on nthreads
 * threads) into the pending list, and the folders (copied) as the walk would record them;
 * known (NULL: none) gives a file's stat instead where its size is >= 0. False, with
 * nothing listed, when a file no longer stats as a regular file: walk then.
 */
bool corpus_list_known(struct corpus *c, char *const *files, const struct corpus_stat *known,
		       size_t n, const struct corpus_folder *folders, size_t nfolders,
		       int nthreads);
/* After the last corpus_add_path: sort the articles by path (byte order, so runs are
 * deterministic) and assign ids (id == index). May be called again after more paths. */
void corpus_finish(struct corpus *c);
void corpus_free(struct corpus *c);
/* Total skipped files. */
size_t corpus_skipped_total(const struct corpus *c);
const char *corpus_skip_name(enum corpus_skip reason);

/*
 * Parse a date written in the text at s: "21 January 2026", "January 21, 2026",
 * "Jan. 21, 2026", "2026-01-21", "Friday, December 19, 2025"... On success fills
 * *y, *m, *d and returns the bytes matched; else 0. Used for article dates.
 */
size_t corpus_parse_date(const char *s, size_t len, int *y, int *m, int *d);
/*
 * The same with details for the entity extractor: with allow_no_year, "January 3",
 * "Jan. 3" and "3 January" match too (*y is then 0). *lead (may be NULL) gets the bytes
 * of a leading weekday ("Friday, ") that are part of the match but not of the date.
 * "27/01/2026" (day or month first?) never matches.
 */
size_t corpus_parse_date_ex(const char *s, size_t len, bool allow_no_year, int *y, int *m,
			    int *d, size_t *lead);

#endif
