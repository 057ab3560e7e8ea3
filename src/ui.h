/* ui.h -- the screen: layout, input loop, status line, shared UI state. MIT licence. */
#ifndef DOSSIER_UI_H
#define DOSSIER_UI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dossier/index.h"
#include "draw.h"
#include "request.h"

struct pane;

enum pane_id { PANE_SOURCES, PANE_READER, PANE_ENTITIES, PANE_N };

/* Sort orders of the source list, cycled by `o`. */
enum sort_order { SORT_DATE, SORT_TITLE, SORT_SOURCE, SORT_PATH, SORT_N };

struct ui_options {
	bool color;			/* false with NO_COLOR or --no-color */
	const char *script;		/* script file (test mode), or NULL */
	const char *paths_label;	/* what the title bar calls the corpus */
};

struct ui {
	struct index *ix;		/* not owned */
	const struct corpus *corpus;	/* not owned */
	struct ui_options opt;
	struct pane *panes[PANE_N];	/* owned */
	enum pane_id focus;
	bool sidebar_overlay;		/* narrow screen: the sidebar folds over the reader */
	bool help_open;
	int help_top;			/* first line of help shown */
	bool quit;
	bool too_small;
	enum sort_order sort;
	bool hide_boilerplate;		/* `z` */
	uint32_t *order;		/* owned; article ids in list order */
	size_t norder;
	size_t cursor;			/* list position of the selected article */
	long open_article;		/* article id in the reader, -1 for none */
	bool *read;			/* owned; per article: opened in this session */
	char status[512];		/* status message (cleared on the next key) */
	bool status_error;
	volatile int index_stage;	/* 0 text, 1 entities, 2 ready (set by the worker) */
	struct index_progress *progress;	/* not owned; NULL when done */
};

/* Run the TUI until quit. Returns the process exit status. */
int ui_run(struct index *ix, const struct corpus *c, const struct ui_options *opt,
	   struct index_progress *progress, void (*wait_ready)(void *), void *wait_ud);

/* Status line messages (printf-style); errors are shown in the error colour. */
void ui_report(struct ui *ui, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ui_error(struct ui *ui, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Show article id in the reader (and select it in the list when it is there);
 * mark_read when the user opened it (Enter, J/K) rather than passed over it. */
void ui_show_article(struct ui *ui, uint32_t id, bool mark_read);
/* Move the list selection by delta and open the article there (J/K). */
void ui_step_article(struct ui *ui, int delta);
/* Re-sort ui->order by ui->sort keeping the selection. */
void ui_sort(struct ui *ui);
bool ui_index_ready(const struct ui *ui);

#endif
