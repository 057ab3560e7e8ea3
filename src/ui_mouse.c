/* ui_mouse.c -- the mouse: a click focuses and selects, a double-click opens, the wheel scrolls. MIT licence. */
#include "config.h"

#include <curses.h>

#include "config_file.h"
#include "pane.h"
#include "prompt.h"
#include "ui.h"

#define WHEEL_LINES 3	/* rows one notch of the wheel scrolls */

/* Buttons we ask for: clicks and double-clicks of the first, and the wheel: 4 is up, 5
 * down. An ncurses with the old mouse encoding (version 1) has no button 5: no wheel down. */
#ifdef BUTTON5_PRESSED
#define WHEEL_DOWN_MASK BUTTON5_PRESSED
#else
#define WHEEL_DOWN_MASK ((mmask_t)0)
#endif
#define OUR_EVENTS (BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | WHEEL_DOWN_MASK)

void
ui_mouse_enable(struct ui *ui)
{
	/* Scripts feed their events with :mouse; nothing is asked of a terminal there. */
	if (ui->opt.script || !config_options(ui->opt.cfg)->mouse)
		return;
	mousemask(OUR_EVENTS, NULL);
}

bool
ui_mouse_read(struct ui *ui)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return false;
	ui->mouse_ev.x = ev.x;
	ui->mouse_ev.y = ev.y;
	if (ev.bstate & BUTTON4_PRESSED)
		ui->mouse_ev.kind = UI_MOUSE_WHEEL_UP;
	else if ((ev.bstate & WHEEL_DOWN_MASK) != 0)
		ui->mouse_ev.kind = UI_MOUSE_WHEEL_DOWN;
	else if (ev.bstate & BUTTON1_DOUBLE_CLICKED)
		ui->mouse_ev.kind = UI_MOUSE_DOUBLE;
	else if (ev.bstate & BUTTON1_CLICKED)
		ui->mouse_ev.kind = UI_MOUSE_CLICK;
	else
		return false;
	return true;
}

/* Is (x, y) on the canvas? */
static bool
inside(const struct canvas *c, int x, int y)
{
	return x >= c->x && x < c->x + c->w && y >= c->y && y < c->y + c->h;
}

/* The pane under (x, y): the full-screen view, the overlay sidebar above the reader, or
 * one of the three panes; PANE_N for none (the rules between panes). */
static enum pane_id
pane_at(const struct ui_layout *l, int x, int y)
{
	static const enum pane_id order[] = { PANE_MENTIONS, PANE_HELP, PANE_MENU, PANE_TIMELINE,
					      PANE_DIFF, PANE_QUOTES, PANE_ENTITIES, PANE_SOURCES, PANE_READER };
	size_t i;

	for (i = 0; i < sizeof order / sizeof order[0]; i++) {
		const struct canvas *c = &l->pane[order[i]];
		struct canvas with_header = { c->y - 1, c->x, c->h + 1, c->w };

		if (l->visible[order[i]] && inside(&with_header, x, y))
			return order[i];
	}
	return PANE_N;
}

void
ui_mouse(struct ui *ui, const struct ui_mouse_event *ev)
{
	struct ui_layout l;
	enum pane_id id;
	struct pane *p;
	bool wheel = ev->kind == UI_MOUSE_WHEEL_UP || ev->kind == UI_MOUSE_WHEEL_DOWN;

	/* set mouse = no: events are ignored here too, whatever delivers them. */
	if (!config_options(ui->opt.cfg)->mouse || ui->too_small || ui->in.prompt->kind != PROMPT_NONE)
		return;
	ui->status.text[0] = '\0';
	ui->in.pending_key = 0;
	ui_layout(ui, &l);
	/* A full-screen view takes every event over its rows. */
	if ((id = pane_at(&l, ev->x, ev->y)) == PANE_N)
		return;	/* a rule, the status line */
	p = ui->panes[id];
	if (wheel) {
		/* The pane under the pointer scrolls, focused or not; nothing is opened. */
		if (p->ops->wheel)
			p->ops->wheel(p, ui, ev->kind == UI_MOUSE_WHEEL_UP ? -WHEEL_LINES : WHEEL_LINES);
		return;
	}
	if (!ui_is_view(id))
		ui->focus = id;
	/* The header row only focuses. */
	if (ev->y >= l.pane[id].y && p->ops->click)
		p->ops->click(p, ui, ev->y - l.pane[id].y, ev->x - l.pane[id].x,
			      ev->kind == UI_MOUSE_DOUBLE);
}
