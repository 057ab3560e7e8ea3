/* ui.h -- the screen: struct ui (shared state, one struct per concern) and what ui*.c export. MIT licence. */
#ifndef DOSSIER_UI_H
#define DOSSIER_UI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dossier/entity.h"
#include "dossier/index.h"
#include "draw.h"
#include "request.h"

struct config;
struct pane;
struct prompt;
struct mention;

/*
 * The three panes of the main screen, then the full-screen views. What the user sees is
 * the top of a stack of views (as tig's): the main screen at the bottom (VIEW_MAIN: the
 * three panes, focus on one), views pushed over it (the concordance, the help, a pick
 * list, the timeline) and the main screen again when a view opens an article (Enter in the
 * concordance); `q` pops back to what was below.
 */
enum pane_id { PANE_SOURCES, PANE_READER, PANE_ENTITIES, PANE_MENTIONS, PANE_HELP, PANE_MENU,
	       PANE_TIMELINE, PANE_DIFF, PANE_QUOTES, PANE_N };
#define PANE_MAIN 3		/* panes that Tab cycles through */
#define VIEW_MAIN PANE_N	/* on the view stack: the three panes */
#define UI_VIEWS_MAX 8

/* One in-article search hit: bytes [start, end) of the article text. */
struct ui_hit {
	uint32_t start, end;
};

/* One place in the jump list: an article, the entity selected there, a byte offset. */
struct jump {
	uint32_t article;
	long entity;
	long offset;
};

/* What a pick list lists (ui_views.c keeps its state). */
enum menu_kind { MENU_NONE, MENU_SEARCHES, MENU_LINKS, MENU_MESSAGES, MENU_TYPES, MENU_WATCH,
		 MENU_CORRECTIONS, MENU_ADD_TYPE };

/* Per-article flags mirrored from the state (and marks and the live folder's new mark,
 * which are not saved). */
enum { AF_READ = 1, AF_FLAGGED = 2, AF_ARCHIVED = 4, AF_NOTE = 8, AF_MARKED = 16, AF_NEW = 32 };

/* What the sidebar lists. */
enum sidebar_scope { SCOPE_ARTICLE, SCOPE_CORPUS, SCOPE_COOCCUR };

/* Sort orders of the source list, cycled by `o`. */
enum sort_order { SORT_DATE, SORT_TITLE, SORT_SOURCE, SORT_PATH, SORT_N };

struct ui_options {
	bool color;			/* false with NO_COLOR or --no-color */
	struct state *st;		/* the triage state (not owned) */
	const char *state_msg;		/* why the state is only in memory, or "" */
	const char *start_msg;		/* what the command line skipped (a bad path), or "" */
	const char *script;		/* script file (test mode), or NULL */
	const char *paths_label;	/* what the title bar calls the corpus */
	const struct config *cfg;	/* not owned; options, styles, key sequences */
	const char *hint_file;		/* "help seen" marker beside the state file; NULL when
					 * nothing is kept (--no-state, state in memory) */
	const char *typeahead;		/* keys typed while the corpus loaded (not owned) */
	size_t ntypeahead;		/* how many; the UI reads them first */
	struct corpus *live_corpus;	/* not owned; the corpus, writable: the live folder adds
					 * to it (NULL: no live folder) */
	char *const *paths;		/* not owned; the paths given, the live folder's roots */
	size_t npaths;
	int watch;			/* enum watch_mode: set watch, --no-watch */
};

/* A mouse event in screen cells (0-based), from curses or from a script's :mouse line. */
enum ui_mouse_kind { UI_MOUSE_CLICK, UI_MOUSE_DOUBLE, UI_MOUSE_WHEEL_UP, UI_MOUSE_WHEEL_DOWN };
struct ui_mouse_event {
	int kind;		/* enum ui_mouse_kind */
	int x, y;
};

/* Where each pane goes on a screen of the current size (ui_layout.c). A pane's header
 * (its title on a rule) is the row above its canvas. */
struct ui_layout {
	struct canvas pane[PANE_N];
	bool visible[PANE_N];
	int content_h;		/* rows between the top header row and the bottom rule */
	int kind;		/* enum layout_kind in effect: LAYOUT_COLUMNS or LAYOUT_ROWS */
};

/* The search in the reader's article (`/` there): what, and where it hits. */
struct ui_find {
	char search[256];		/* the text ("" for none) */
	struct ui_hit *hits;		/* owned; its hits in the open article, sorted */
	size_t nhits, caphits;
	long article;			/* article the hits were found in (-1 none, -2 redo) */
};

/* The source list's model: which articles, in which order, where the cursor is. */
struct ui_list {
	enum sort_order sort;		/* the order, cycled by o */
	bool reverse;			/* reversed (O, set sort = -date): oldest first, Z to A */
	uint32_t *order;		/* owned; article ids in list order (the filtered view) */
	uint32_t *sorted_all;		/* owned; every article id in sort order sorted_mode */
	int sorted_mode;		/* 2 * sort + reverse of sorted_all; -1 to redo it */
	uint8_t *sort_mark;		/* owned; scratch, one byte per article (ui_sort) */
	size_t norder;			/* articles in order */
	char filter_label[256];		/* what the list is filtered by; "" for everything */
	size_t cursor;			/* list position of the selected article */
	long kept;			/* the article selected before the list went empty (-1
					 * none): selected again when a filter brings it back */
	char *prev_label;		/* owned; the filter before the filter prompt opened */
	uint32_t *prev_ids;		/* owned; its articles */
	size_t prev_n;
	bool ids_unordered;		/* the live folder added or moved articles: ids no
					 * longer follow paths (the sort's last tie-break) */
	bool hold_row;			/* the live folder made the list again: the cursor's
					 * article keeps its row on screen (pane_sources.c) */
};

/* The triage mirror: each article's state as the screen shows it (state.c has the truth). */
struct ui_triage {
	uint8_t *aflags;		/* owned; per article: AF_* mirror of the state */
	char **atags;			/* owned; per article: "tag1 tag2" or NULL */
	size_t nmarked;			/* articles with AF_MARKED */
	double shown_at;		/* when the open article was shown (mark-read dwell) */
	double dwell;			/* seconds in the reader that mark an article read */
	bool dwell_spent;		/* the open article was read while shown: the dwell does
					 * not mark it again once undone or made unread */
	bool auto_advance;		/* move down after r/f/a on the current article */
};

/* The jump list (Ctrl-O / Ctrl-N), as vim's: every hop between articles and entities. */
struct ui_jumps {
	struct jump *list;		/* owned */
	size_t n, cap;
	size_t pos;			/* where Ctrl-O goes back from */
	bool walking;			/* Ctrl-O/Ctrl-N is showing a place: not a new jump */
};

/* Key input: the status line editor, its history and a pending two-key sequence. */
struct ui_input {
	struct prompt *prompt;		/* owned; the status line editor */
	char **history;			/* owned; the open prompt's history, oldest first */
	size_t nhistory;
	int pending_key;		/* first key of a two-key sequence ("g g"), 0 for none */
	enum request pending_req;	/* what that key does alone */
};

/* The status line and this run's messages (:messages). */
struct ui_status {
	char text[512];			/* status message (cleared on the next key) */
	bool error;
	char state_msg[256];		/* why the state is in memory, kept on the status line */
	int note_seen;			/* the builder's last note shown (progress->note_seq) */
	char **log;			/* owned, each owned; this run's errors and warnings */
	size_t nlog, caplog;
};

/* Triage writes that wait for a busy state file (ui_save.c owns these). */
struct ui_saves {
	struct state_queue *queue;	/* owned; writes waiting for a busy state file */
	bool waited;			/* something was queued: reload the mirror once all is saved */
	double tried;			/* when the waiting saves were last tried */
	char failed[512];		/* a save that failed, shown until Enter or Esc */
	char **unsaved;			/* owned, each owned; what was not saved (stderr at exit) */
	size_t nunsaved;
	bool quitting;			/* quit asked while saves wait: they are tried first */
};

/* What is selected across the panes: the article in the reader, the entity, the mention. */
struct ui_selection {
	long article;			/* article id in the reader, -1 for none */
	long entity;			/* entity selected in the sidebar, -1 for none */
	long mention;			/* byte offset of the current mention/hit in the reader, -1 */
	long mention_end;		/* its end */
};

/* Entity corrections and the watchlist on the screen (ui_correct.c owns these). */
struct ui_corrections {
	struct entity_set *raw;		/* owned; the set before corrections, NULL until needed */
	unsigned raw_reloads;		/* ui->reloads when raw was made (an edit makes it stale) */
	struct ex_kept kept;		/* owned; every article's extraction when raw was made:
					 * after an edit only the changed article is extracted */
	struct entity_set *set;		/* owned; the corrected set the index reads now, NULL
					 * while it is the loaded one (main.c's) */
	char digest[17];		/* corr_digest() of the corrections in the tables now */
	uint8_t *watched_art;		/* owned; per article: it mentions a watched entity */
	bool watched_stale;		/* watched_art is to be made once the index is ready */
	long entity;			/* what a pick list or prompt corrects: the entity */
	bool at_mention;		/* and, when true, one mention of it: */
	char *hash;			/* owned; its article */
	char *surface;			/* owned; its bytes */
	int occurrence;			/* which occurrence of them */
	bool split_every;		/* the split prompt is P's: every mention with the words
					 * in the article, not this one */
	bool selecting;			/* V in the reader: words being selected (keys go to
					 * ui_corr_select_key()) */
	long sel_start, sel_end;	/* the selection: bytes of the open article */
	char *add_name;			/* owned; the new entity's name while its type is picked */
	bool keep_row;			/* the tables were rebuilt by a correction: the sidebar
					 * keeps its cursor on the same row */
	char *next_key;			/* owned; the entity to select after the rebuild (folded
					 * name; NULL: the one selected before) */
	int next_type;
	/* Tab in the merge and add prompts: the candidates for what was typed, best first;
	 * Tab again (the text still the one Tab put there) goes to the next. */
	long *cands;			/* owned; entity ids */
	size_t ncands, cand_at;
	char *cand_text;		/* owned; the name Tab put in the prompt; NULL: none */
	unsigned cand_reloads;		/* ui->reloads when the candidates were made */
};

/*
 * Story clusters on the screen (ui_cluster.c writes these). The list folds each cluster
 * into one row, its head (the representative, or the earliest version the filter left),
 * with the count of the others; + unfolds it. list.order is then the rows, and full the
 * articles of the list as sorted before folding.
 */
struct ui_clusters {
	const struct cluster_set *cs;	/* not owned (the build's); NULL until found */
	uint8_t *open;			/* owned; per cluster (1..n): unfolded in the list */
	uint32_t *head;			/* owned; per cluster: the article of its row */
	uint32_t *count;		/* owned; per cluster: its articles in the list */
	uint8_t *mark;			/* owned; scratch, one byte per article */
	uint32_t *full;			/* owned; every article of the list, sorted */
	size_t nfull;
	bool grouped;			/* list.order holds rows folded from full */
	int ask_kind;			/* the triage a question is about (state_op_kind) */
	uint32_t ask_id;		/* the row it was asked on */
};

/* The live folder (ui_live.c owns these): the watcher, and its changes being applied a
 * slice at a time between keys. */
struct watch;
struct watch_change;
struct strmap;
struct ui_live {
	struct watch *w;		/* owned; NULL when off, not started or failed */
	bool tried;			/* the start was tried (once the build is done) */
	int note_seen;			/* the watcher's last note shown */
	struct strmap *ids;		/* owned; path -> article id, NULL until a change */
	struct watch_change *todo;	/* owned; the changes of a burst being applied */
	size_t ntodo, next;		/* how many, and the next one to apply */
	size_t room;			/* articles the per-article arrays have room for */
	uint32_t *touched;		/* owned; articles added, changed or moved by the burst */
	size_t ntouched, captouched;
	size_t added, changed, moved, removed;	/* the burst's counts */
	bool open_changed;		/* the open article's file changed or moved */
	char *open_gone;		/* owned; the open article's path when its file went */
	double shown_at;		/* when the list last showed a burst's progress */
};

struct ui {
	struct index *ix;		/* not owned */
	const struct corpus *corpus;	/* not owned */
	struct state *st;		/* not owned; the triage state */
	struct index_progress *progress;	/* not owned; NULL when done */
	struct ui_options opt;
	struct ui_list list;		/* the source list's model */
	struct ui_triage tri;		/* the triage mirror */
	struct ui_selection sel;
	struct ui_find find;		/* the search in the open article */
	struct ui_jumps jumps;
	struct ui_input in;
	struct ui_status status;
	struct ui_saves save;
	struct ui_corrections corr;
	struct ui_clusters clus;
	struct ui_live live;		/* the live folder */
	struct pane *panes[PANE_N];	/* owned */
	enum pane_id focus;
	int views[UI_VIEWS_MAX];	/* the view stack: VIEW_MAIN or a view's pane_id */
	int nviews;			/* views[0] is always VIEW_MAIN */
	struct ui_mouse_event mouse_ev;	/* what the last KEY_MOUSE key stands for */
	bool sidebar_overlay;		/* narrow screen: the sidebar folds over the reader */
	int layout;			/* enum layout_kind chosen (set layout, L cycles) */
	bool zoom;			/* Z: the focused pane has the whole screen */
	bool accept_when_ready;		/* Enter on the filter while indexing: apply it when ready */
	bool query_interrupted;		/* the live filter stopped for a key: run it again */
	bool help_seen;			/* help opened (this run, or one the hint file remembers) */
	bool quit;
	bool keyed;			/* a key or click came since launch */
	bool too_small;
	bool hide_boilerplate;		/* `z` */
	unsigned reloads;		/* bumped when :edit re-reads an article: caches rebuild */
	/* Blocks until the index is ready (script :wait-index), or with all also until the
	 * prefix table and the cache are written (:wait-build, the start of a script). */
	void (*wait_ready)(void *, bool all);
	void *wait_ud;
};

/* The geometry (ui_layout.c, the one place that decides it): pane rectangles on a screen
 * of the current size; the layout in effect (rows or columns); its name for messages;
 * false with a message that fits when the screen is too small for any layout. */
void ui_layout(struct ui *ui, struct ui_layout *l);
int ui_layout_kind(const struct ui *ui);
const char *ui_layout_name(int kind);
bool ui_layout_fits(char *msg, size_t n);
/* Z (zoom the focused pane) and L (the next layout). */
void ui_layout_request(struct ui *ui, enum request req);
/* The frame (ui_draw.c): the whole screen, the list's title counts. */
void ui_draw_screen(struct ui *ui);
void ui_title_counts(struct ui *ui, int cols, char *buf, size_t n);
/* The last part of path that fits in cols columns, after a "…" when cut: the end of a
 * path names the folder, its start is mostly the home directory. */
void ui_fit_path(const char *path, int cols, char *buf, size_t n);
/* An article's date in `set date-format` (its YYYY-MM-DD when the format gives nothing). */
struct article;
void ui_article_date(const struct ui *ui, const struct article *a, char *buf, size_t n);
/* The same with the configuration alone (the list shown while the files are read). */
void ui_date_text(const struct config *cfg, const struct article *a, char *buf, size_t n);

/* The mouse (ui_mouse.c): switch reporting on (set mouse = yes, not in scripts); turn a
 * curses KEY_MOUSE into ui->mouse_ev (false if it is not one we use); act on an event. */
void ui_mouse_enable(struct ui *ui);
bool ui_mouse_read(struct ui *ui);
void ui_mouse(struct ui *ui, const struct ui_mouse_event *ev);

/* The signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) that asked the UI to end, or 0. */
int ui_signalled(void);
/* Run the TUI until quit. Returns the process exit status. */
int ui_run(struct index *ix, const struct corpus *c, const struct ui_options *opt,
	   struct index_progress *progress, void (*wait_ready)(void *, bool), void *wait_ud);

/* Status line messages (printf-style); errors are shown in the error colour. */
void ui_report(struct ui *ui, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The report of an entity key pressed with no entity selected. */
void ui_no_entity(struct ui *ui);
void ui_error(struct ui *ui, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * Saving triage (ui_save.c). The state waits only briefly for another process; what finds
 * the file busy is queued, shown as done in the mirror, and retried from the input loop
 * while keys keep working. A save that fails stays on the screen until Enter or Esc, goes
 * to the :messages log and, if never saved, to stderr at exit.
 */
struct state_op;
void ui_save_start(struct ui *ui);
/* Quit, or ask first with `set confirm-quit`. */
void ui_quit(struct ui *ui);
/* Save ops on ids: STATE_OK, STATE_PENDING (queued; the mirror shows it) or an error (the
 * failure is shown and logged). */
int ui_save(struct ui *ui, const struct state_op *ops, size_t nops, const uint32_t *ids,
	    size_t n);
/* Undo or redo through the queue: as state_queue_undo(); failures shown and logged. */
int ui_save_undo(struct ui *ui, bool redo, const char **desc);
/* Retry waiting saves when it is time (every loop turn); ms until the next try, or -1. */
void ui_save_tick(struct ui *ui);
int ui_save_wait_ms(const struct ui *ui);
/* The line over the status line: the failure or the wait; false when there is none. */
bool ui_save_notice(const struct ui *ui, char *buf, size_t n, bool *error);
/* Enter or Esc acknowledges a failure (the key is consumed); false if key is not that. */
bool ui_save_ack(struct ui *ui, int key);
/* May the loop end? With saves waiting the first quit waits for them (a second one
 * gives up on them). */
bool ui_save_may_quit(struct ui *ui);
bool ui_save_quit_key(struct ui *ui, int key);
/* On: writes wait as long as a command's (and what waits is tried now); off: briefly. */
void ui_save_blocking(struct ui *ui, bool on);
/* After the loop: last try, then what is still waiting counts as not saved. */
void ui_save_finish(struct ui *ui);
/* The end of a script: wait for the saves as a first Q does (up to save-wait). */
void ui_save_drain(struct ui *ui);
/* With the terminal restored: "dossier: not saved: ..." lines; how many. Frees it all. */
size_t ui_save_report(struct ui *ui);
/* Keep an error or warning in this run's log; :messages shows it. */
void ui_log(struct ui *ui, const char *msg);
void ui_messages_open(struct ui *ui);
/* Put what an action queued into the mirror (ui_triage.c), and re-read it all. */
void ui_triage_mirror_ops(struct ui *ui, const struct state_op *ops, size_t nops,
			  const uint32_t *ids, size_t n);
void ui_triage_reload(struct ui *ui);

/* Show article id in the reader (and select it in the list when it is there);
 * mark_read when the user opened it (Enter, J/K) rather than passed over it. */
void ui_show_article(struct ui *ui, uint32_t id, bool mark_read);
/* Show no article (an empty list): the reader and the article's sidebar are empty. */
void ui_show_none(struct ui *ui);
/* Move the list selection by delta and open the article there (J/K). */
void ui_step_article(struct ui *ui, int delta);
/* Show only ids (copied) in the list, described by label; a NULL label: every article.
 * The reader follows: it shows the list's selected article, or none for an empty list. */
void ui_set_filter(struct ui *ui, const char *label, const uint32_t *ids, size_t n);
/* The same without moving the reader (the list rebuilt after an undo: an article opened
 * from the concordance stays open). */
void ui_list_rebuild(struct ui *ui, const char *label, const uint32_t *ids, size_t n);
/* Select an entity (from the sidebar, e/E, a jump); -1 clears. Resets the mention cursor. */
void ui_select_entity(struct ui *ui, long entity);
/* Triage requests (r, f, a, t, i, x, X, A, u, Ctrl-R); false if req is not one. */
bool ui_triage_request(struct ui *ui, enum request req);
/* Load the state into the per-article mirror. */
void ui_triage_load(struct ui *ui);
/* Apply a triage prompt (tag, note, confirm) the user accepted. */
void ui_triage_prompt_done(struct ui *ui, int kind, const char *text);
/* Mark the open article read (dwell elapsed, or opened explicitly). */
void ui_mark_read(struct ui *ui, uint32_t id);
/* Milliseconds until the open article counts as read; -1 when nothing is to wait for
 * (no article, read, no dwell, or read once while shown). */
int ui_dwell_left(struct ui *ui);
/* Is the article hidden from the default view (archived)? */
bool ui_hidden(const struct ui *ui, uint32_t id);
/* The query language on the list (ui_filter.c). */
bool ui_run_query(struct ui *ui, const char *text, uint32_t **ids, size_t *n);
struct query;
bool ui_query_answerable(const struct ui *ui, const struct query *q);
bool ui_apply_query(struct ui *ui, const char *text);
/* After a plain-word filter: say so when the entity of that name is in more articles. */
void ui_filter_hint(struct ui *ui, const char *text);
void ui_command(struct ui *ui, const char *line);
void ui_complete(struct ui *ui);
/* The list's order (ui_sort.c): re-sort keeping the selection; o and O; :sort [-]NAME;
 * the order as `set sort` writes it ("date", "-title"), into buf. */
void ui_sort(struct ui *ui);
void ui_sort_request(struct ui *ui, enum request req);
void ui_sort_by(struct ui *ui, const char *name);
const char *ui_sort_label(const struct ui *ui, char *buf, size_t n);
/* The sidebar (pane_entities.c): narrow by name; list what co-occurs with entity; toggle
 * article/corpus scope; cycle the type shown; leave the co-occurrence list (false: it
 * was not shown). */
void ui_sidebar_narrow(struct ui *ui, const char *text);
void ui_sidebar_cooccur(struct ui *ui, long entity);
void ui_sidebar_scope(struct ui *ui);
void ui_sidebar_next_type(struct ui *ui);
bool ui_sidebar_uncooccur(struct ui *ui);
/* The reader (pane_reader.c): bring byte off of the open article into view at the next
 * draw (-1: nothing); the byte offset of the text at the top of its view. */
void ui_reader_show(struct ui *ui, long off);
long ui_reader_top_offset(const struct ui *ui);
/* The view stack (ui_views.c): the pane or view that has the keys (a view, else the
 * focused pane of the main screen); is id a full-screen view; push a view (one already
 * on the stack is gone back to) or VIEW_MAIN; pop the top (false at the bottom). */
static inline enum pane_id
ui_top(const struct ui *ui)
{
	int v = ui->views[ui->nviews - 1];

	return v == VIEW_MAIN ? ui->focus : (enum pane_id)v;
}
static inline bool
ui_is_view(enum pane_id id)
{
	return id >= PANE_MAIN;
}
void ui_view_push(struct ui *ui, int view);
bool ui_view_pop(struct ui *ui);
/* The help view (ui_help.c): open it (and remember that it was opened); search it ("" clears). */
void ui_help_open(struct ui *ui);
void ui_help_search(struct ui *ui, const char *text);
bool ui_help_searching(struct ui *ui);
/* The pick list view (ui_views.c): open it empty, add rows, is a value listed, put the
 * cursor on a row, close it. */
void ui_menu_open(struct ui *ui, int kind, const char *title);
void ui_menu_add(struct ui *ui, const char *label, const char *value);
bool ui_menu_has(struct ui *ui, const char *value);
void ui_menu_select(struct ui *ui, size_t row);
void ui_menu_close(struct ui *ui);
void ui_menu_chosen(struct ui *ui, int kind, const char *value);
/* Open the status-line prompt; feed it keys; apply its text live. */
void ui_prompt(struct ui *ui, int kind, const char *label, const char *initial);
void ui_prompt_input(struct ui *ui, int key);
/* A filter accepted (Enter) while indexing applies once the index is ready: call after
 * every wake of the loop. */
void ui_prompt_when_ready(struct ui *ui);
void ui_prompt_live(struct ui *ui, const char *text);
/* Set the in-article search ("" clears) and find its hits in the open article
 * (pane_reader.c, as the next two). */
void ui_set_search(struct ui *ui, const char *text);
/* Find the hits again if the open article changed. */
void ui_refresh_hits(struct ui *ui);
/* Remember where we are before a jump. */
void ui_push_jump(struct ui *ui);
/* Entity navigation requests (n/N, ]/[, e/E, Ctrl-O...); false if req is not one. */
bool ui_nav_request(struct ui *ui, enum request req);
/* The current article's mentions (sorted by start), or NULL with *n = 0. */
const struct mention *ui_article_mentions(const struct ui *ui, uint32_t article, size_t *n);
/* The reader's moves (pane_reader.c): n/N, e/E from any pane (false: not one of them);
 * land on a mention (select it and bring it into view). */
bool ui_reader_step(struct ui *ui, enum request req);
void ui_reader_land(struct ui *ui, const struct mention *m);
/* An entity's canonical name, "?" for none. */
const char *ui_entity_name(const struct ui *ui, long e);
bool ui_index_ready(const struct ui *ui);
/* Ready, but the quotes still being counted (index_progress.quoting): said: and the quotes
 * view wait for them. */
bool ui_quotes_pending(const struct ui *ui);
/* What the status says the index is doing while it is not ready: "indexing" (a build) or
 * "updating" (a persistent index updated). */
const char *ui_index_verb(const struct ui *ui);
/* The stream curses writes to: the terminal, or /dev/null (a capture file) in script mode. */
FILE *ui_output(void);
/* Links, pipe, :!, pager, :edit (ui_extern.c); false if req is not one of them. */
bool ui_extern_request(struct ui *ui, enum request req);
/* Open url with $BROWSER (detached); copy it with OSC 52 (links list Enter and y). */
void ui_links_chosen(struct ui *ui, const char *url);
void ui_links_copy(struct ui *ui, const char *url);
/* Run cmd with /bin/sh, the open article's text on its stdin (|) or the terminal's (:!). */
void ui_pipe_article(struct ui *ui, const char *cmd);
void ui_shell_command(struct ui *ui, const char *cmd);
/* Corrections and the watchlist (ui_correct.c): read what the load applied; the
 * requests; a prompt or pick list of theirs done (false: not theirs); a key in a pick
 * list; Tab in the merge prompt; re-read the corrections and rebuild the entity tables
 * when they changed (after an undo too); the two views; the title bar's count. */
void ui_corr_start(struct ui *ui);
void ui_corr_done(struct ui *ui);
bool ui_corr_request(struct ui *ui, enum request req);
void ui_corr_prompt_done(struct ui *ui, int kind, const char *text);
bool ui_corr_menu_chosen(struct ui *ui, int kind, const char *value);
bool ui_corr_menu_key(struct ui *ui, int kind, const char *value, enum request req);
/* Naming the entity a correction goes to (ui_correct_pick.c): Tab in the merge, split
 * and add prompts; the entity Tab put there when the text is still text, else -1;
 * forget the candidates (a prompt opens); the best candidate for text, the entity of
 * exactly that name (both never one of the name and type of entity not; -1 none);
 * entities i and j have one name and type (a correction names both). */
bool ui_corr_complete(struct ui *ui);
long ui_corr_chosen(struct ui *ui, const char *text);
void ui_corr_forget(struct ui *ui);
long ui_corr_best(struct ui *ui, const char *text, long not);
long ui_corr_by_name(struct ui *ui, const char *name, long not);
bool ui_corr_same_name(struct ui *ui, size_t i, size_t j);
void ui_corr_sync(struct ui *ui);
/* After :edit re-read an article (ui->reloads bumped): with corrections, the corpus's
 * entities are extracted again and every correction applied to them, as at launch (the
 * re-read's own entities are the extractor's, uncorrected). True when that was done. */
bool ui_corr_after_edit(struct ui *ui);
/* A correction written (rc from state_correct_*()): said on the status line, tables made
 * again, the entity (name, type) selected after; or why it was not saved. */
void ui_corr_write(struct ui *ui, int rc, const char *what, const char *name, int type);
/* Add a mention (ui_correct_add.c): V starts a selection in the reader; its keys (false:
 * not selecting); the prompt's name; the new entity's type. */
void ui_corr_add_start(struct ui *ui);
bool ui_corr_select_key(struct ui *ui, int key);
void ui_corr_add_named(struct ui *ui, const char *name);
void ui_corr_add_typed(struct ui *ui, int type);
void ui_corrections_open(struct ui *ui);
/* The watchlist (ui_watch.c): which articles mention a watched entity (again, after a
 * change); the unread ones (the title bar); star or unstar the entity ui->corr.entity
 * (every watch row that designates it, under a former name too); W's list. */
void ui_watch_load(struct ui *ui);
size_t ui_watched_unread(struct ui *ui);
void ui_watch_toggle(struct ui *ui);
void ui_watchlist_open(struct ui *ui);
/* The concordance's selected mention (pane_mentions.c); false when it lists none. */
bool ui_mentions_selected(const struct ui *ui, uint32_t *article, uint32_t *start,
			  uint32_t *end);
/* Open a view of the selected entity, the concordance (m), the timeline (h) or the
 * quotes ("), once the index is ready (else say why not). */
void ui_open_view(struct ui *ui, enum pane_id view);
/* Edit the open article's file, then re-read and re-index it (:edit). */
void ui_edit_article(struct ui *ui);
/*
 * Story clusters (ui_cluster.c): take them once the builder found them (every loop
 * turn); fold the list's clusters after a sort, and unfold all before one; the articles
 * of the list (folded ones too) and how many; what a list row is (CROW_*; *more: the
 * other versions it folds or shows); show a folded article by unfolding its cluster
 * (false: it is not in the list); + and d (false: req is not one); r or a on a folded
 * row asks whether all its versions are meant (true: asked); the answer; the reader's
 * "also in: ..." line of article id (false: none); free it all.
 */
enum { CROW_PLAIN, CROW_FOLDED, CROW_OPEN, CROW_MEMBER };
void ui_clusters_poll(struct ui *ui);
void ui_list_group(struct ui *ui);
void ui_list_ungroup(struct ui *ui);
const uint32_t *ui_list_articles(const struct ui *ui, size_t *n);
int ui_cluster_row(const struct ui *ui, uint32_t id, size_t *more);
/* The cursor's place among every article of the list, from 1 (0 when it is empty), and
 * their number in *n: a folded story counts each of its versions, as unread does. */
size_t ui_list_place(const struct ui *ui, size_t *n);
bool ui_cluster_reveal(struct ui *ui, uint32_t id);
bool ui_cluster_request(struct ui *ui, enum request req);
bool ui_cluster_ask(struct ui *ui, int kind);
void ui_cluster_answer(struct ui *ui, bool all);
bool ui_cluster_also(const struct ui *ui, uint32_t id, char *buf, size_t n);
void ui_clusters_free(struct ui *ui);
/* The live folder adds articles: room for n in the per-article arrays (new articles are
 * in no cluster until the next launch). */
void ui_clusters_room(struct ui *ui, size_t n);
/* The diff view (pane_diff.c): compare article id with other, a version of its story. */
void ui_diff_open(struct ui *ui, uint32_t id, uint32_t other);
/* Triage (ui_triage.c): r, f or a (kind: a state_op_kind) on ids, as those keys do. */
void ui_triage_toggle(struct ui *ui, int kind, const uint32_t *ids, size_t n);
/* Carry an article's triage state from hash old to hash (its file at path changed),
 * waiting for the file as a command would; false when the state refused. */
bool ui_rehash(struct ui *ui, const char *old, const char *hash, const char *path);
/* The live folder (ui_live.c): every turn of the loop, start the watcher once the build
 * is done and apply a slice of its changes (not in script mode); ms the loop may sleep
 * (-1: as long as it likes); :wait-watch (everything on disk now, applied); stop it; the
 * articles there are (those whose file went left out); I (the next new article). */
void ui_live_tick(struct ui *ui);
int ui_live_wait_ms(const struct ui *ui);
void ui_live_sync(struct ui *ui);
void ui_live_done(struct ui *ui);
size_t ui_articles_total(const struct ui *ui);
bool ui_live_request(struct ui *ui, enum request req);
/* Re-read one article's triage state into the mirror (ui_triage.c). */
void ui_triage_reload_article(struct ui *ui, uint32_t id);

#endif
