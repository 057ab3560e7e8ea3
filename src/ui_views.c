/* ui_views.c -- the pick list view (saved searches, links, messages) and the view stack. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "config_file.h"
#include "keys.h"
#include "pane.h"
#include "ui.h"

/* A pick list: its own state (the menu pane's priv). */
struct menu {
	int kind;		/* enum menu_kind; MENU_NONE when empty */
	char title[160];
	char **labels;		/* owned, each owned */
	char **values;		/* owned, each owned */
	size_t n, cap, cursor, top;
	int h;			/* rows on the last draw */
};

static struct menu *
menu_of(struct ui *ui)
{
	return ui->panes[PANE_MENU]->priv;
}

static void
menu_clear(struct menu *m)
{
	size_t i;

	for (i = 0; i < m->n; i++) {
		free(m->labels[i]);
		free(m->values[i]);
	}
	free(m->labels);
	free(m->values);
	memset(m, 0, sizeof *m);
}

void
ui_menu_open(struct ui *ui, int kind, const char *title)
{
	struct menu *m = menu_of(ui);

	menu_clear(m);
	m->kind = kind;
	snprintf(m->title, sizeof m->title, "%s", title);
	ui_view_push(ui, PANE_MENU);
}

void
ui_menu_add(struct ui *ui, const char *label, const char *value)
{
	struct menu *m = menu_of(ui);
	size_t cap = m->cap;

	xgrow((void **)&m->labels, &cap, m->n + 1, sizeof *m->labels);
	xgrow((void **)&m->values, &m->cap, m->n + 1, sizeof *m->values);
	m->labels[m->n] = xstrdup(label);
	m->values[m->n++] = xstrdup(value);
}

bool
ui_menu_has(struct ui *ui, const char *value)
{
	struct menu *m = menu_of(ui);
	size_t i;

	for (i = 0; i < m->n; i++)
		if (strcmp(m->values[i], value) == 0)
			return true;
	return false;
}

void
ui_menu_select(struct ui *ui, size_t row)
{
	struct menu *m = menu_of(ui);

	if (row < m->n)
		m->cursor = row;
}

void
ui_menu_close(struct ui *ui)
{
	if (ui_top(ui) == PANE_MENU)
		ui_view_pop(ui);
	menu_clear(menu_of(ui));
}

static void
menu_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	struct menu *m = p->priv;
	int y;

	(void)ui;
	(void)focused;
	m->h = c->h;
	pane_scroll_to(m->cursor, &m->top, m->n, c->h);
	for (y = 0; y < c->h && m->top + (size_t)y < m->n; y++) {
		bool cur = m->top + (size_t)y == m->cursor;

		if (cur)
			draw_fill(c, y, 0, c->w, AREA_CURSOR);
		draw_text(c, y, 1, m->labels[m->top + (size_t)y], c->w - 2,
			  cur ? AREA_CURSOR : AREA_DEFAULT, DRAW_ELLIPSIS);
	}
}

static bool
menu_request(struct pane *p, struct ui *ui, enum request req)
{
	struct menu *m = p->priv;
	char *value;
	int kind = m->kind;

	if (pane_move(req, &m->cursor, &m->top, m->n, m->h))
		return true;
	if (req == REQ_ENTER && m->n) {
		value = xstrdup(m->values[m->cursor]);
		ui_menu_close(ui);
		ui_menu_chosen(ui, kind, value);
		free(value);
	} else if (req == REQ_COPY_LINK && kind == MENU_LINKS && m->n) {
		ui_links_copy(ui, m->values[m->cursor]);
	} else if (req == REQ_BACK || req == REQ_CANCEL) {
		ui_menu_close(ui);
	} else if (req == REQ_QUIT) {
		ui_quit(ui);
	} else if (req == REQ_REDRAW) {
		return false;
	} else if (m->n) {
		/* A pick list's own keys (d in :corrections); the list may be opened again. */
		value = xstrdup(m->values[m->cursor]);
		ui_corr_menu_key(ui, kind, value, req);
		free(value);
	}
	return true;
}

static void
menu_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct menu *m = p->priv;

	(void)ui;
	snprintf(buf, n, "%s", m->title);
}

/* A pick list is drawn over the panes: the status line keeps the focused pane's place. */
static void
menu_position(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct pane *under = ui->panes[ui->focus];

	(void)p;
	buf[0] = '\0';
	if (under->ops->position)
		under->ops->position(under, ui, buf, n);
}

/* A click moves the cursor, a double-click chooses. */
static void
menu_click(struct pane *p, struct ui *ui, int y, int x, bool twice)
{
	struct menu *m = p->priv;
	size_t row = m->top + (size_t)y;

	(void)x;
	if (y < 0 || row >= m->n)
		return;
	m->cursor = row;
	if (twice)
		menu_request(p, ui, REQ_ENTER);
}

/* The wheel moves the cursor, as in a pick list of mutt's. */
static void
menu_wheel(struct pane *p, struct ui *ui, int lines)
{
	struct menu *m = p->priv;
	int i;

	for (i = 0; i < (lines < 0 ? -lines : lines); i++)
		pane_move(lines < 0 ? REQ_MOVE_UP : REQ_MOVE_DOWN, &m->cursor, &m->top, m->n,
			  m->h);
	(void)ui;
}

static void *
menu_init(struct ui *ui)
{
	(void)ui;
	return xcalloc(1, sizeof(struct menu));
}

static void
menu_done(void *priv)
{
	menu_clear(priv);
	free(priv);
}

const struct pane_ops menu_ops = {
	.name = "menu",
	.ctx = CTX_GENERIC,
	.init = menu_init,
	.done = menu_done,
	.draw = menu_draw,
	.title = menu_title,
	.position = menu_position,
	.request = menu_request,
	.click = menu_click,
	.wheel = menu_wheel,
};

/* The view stack ------------------------------------------------------------------ */

void
ui_view_push(struct ui *ui, int view)
{
	int i;

	/* A view already on the stack is gone back to, as in tig: nothing opens twice. */
	if (view != VIEW_MAIN)
		for (i = 1; i < ui->nviews; i++)
			if (ui->views[i] == view) {
				ui->nviews = i + 1;
				return;
			}
	if (ui->views[ui->nviews - 1] == view)
		return;
	if (ui->nviews == UI_VIEWS_MAX) {	/* full: forget the oldest above the base */
		memmove(ui->views + 1, ui->views + 2, (UI_VIEWS_MAX - 2) * sizeof *ui->views);
		ui->nviews--;
	}
	ui->views[ui->nviews++] = view;
}

bool
ui_view_pop(struct ui *ui)
{
	if (ui->nviews <= 1)
		return false;
	ui->nviews--;
	return true;
}
