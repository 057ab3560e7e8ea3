/* ui_help.c -- the help view: the effective key bindings from the request table, searchable. MIT licence. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "dossier/text.h"
#include "dossier/util.h"
#include "config_file.h"
#include "keys.h"
#include "pane.h"
#include "prompt.h"
#include "ui.h"

#define HELP_MAX_LINES 256	/* the request table has about 60 entries and 7 groups */

/* One line of the help: a group heading, a request, or the blank line before a group. */
struct help_line {
	const char *group;	/* static; NULL for a request or a blank */
	enum request req;	/* REQ_NONE for a heading or a blank */
};

struct help_list {
	struct help_line v[HELP_MAX_LINES];
	int n;
};

/* The help view's own state (its pane's priv). */
struct help {
	size_t top;		/* first line shown */
	int h;			/* rows on the last draw */
	char search[128];	/* text searched for, "" for none */
	int match;		/* line of the current match, -1 for none */
};

static struct help *
help_of(struct ui *ui)
{
	return ui->panes[PANE_HELP]->priv;
}

static void
add_line(void *ud, const char *group, enum request req)
{
	struct help_list *l = ud;

	if (group && l->n > 0 && l->n < HELP_MAX_LINES)
		l->v[l->n++] = (struct help_line){ NULL, REQ_NONE };
	if (l->n < HELP_MAX_LINES)
		l->v[l->n++] = (struct help_line){ group, group ? REQ_NONE : req };
}

static void
help_lines(struct help_list *l)
{
	l->n = 0;
	requests_walk(add_line, l);
}

/* The keys for req as the help shows them: the bindings in effect in the focused pane. */
static void
line_keys(const struct ui *ui, enum request req, char *buf, size_t n)
{
	config_request_keys(ui->opt.cfg, req, ui->panes[ui->focus]->ops->ctx, buf, n);
	if (!buf[0])
		snprintf(buf, n, "(unbound)");
}

/* needle in hay, ignoring ASCII case (the help is ASCII but for a few symbols). */
static const char *
find_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle), i;

	if (!n)
		return NULL;
	for (; *hay; hay++) {
		for (i = 0; i < n && hay[i] &&
		     tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]); i++)
			;
		if (i == n)
			return hay;
	}
	return NULL;
}

static bool
line_matches(const struct ui *ui, const struct help_line *h, const char *needle)
{
	char keys[128];

	if (h->group)
		return find_ci(h->group, needle) != NULL;
	if (h->req == REQ_NONE)
		return false;
	line_keys(ui, h->req, keys, sizeof keys);
	return find_ci(keys, needle) || find_ci(request_name(h->req), needle) ||
	       find_ci(request_help(h->req), needle);
}

/* Draw text in maxw columns, then every match of the search over it in hit. */
static void
draw_marked(const struct help *hp, const struct canvas *c, int y, int x, const char *text,
	    int maxw, enum area a, enum area hit)
{
	const char *m = text, *needle = hp->search;
	size_t n = strlen(needle);

	draw_text(c, y, x, text, maxw, a, DRAW_ELLIPSIS);
	while (n && (m = find_ci(m, needle))) {
		int off = text_width(text, (size_t)(m - text)), w = text_width(m, n);

		if (off + w > maxw)
			break;	/* cut by the ellipsis */
		draw_text_ex(c, y, x + off, m, n, w, hit, 0, x + off);
		m += n;
	}
}

static void
help_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	struct help *hp = p->priv;
	struct help_list l;
	char keys[128];
	int i, y;

	(void)focused;
	help_lines(&l);
	hp->h = c->h;
	/* Scroll no further than a full last page, as less and tig do. */
	if ((int)hp->top > l.n - c->h)
		hp->top = l.n > c->h ? (size_t)(l.n - c->h) : 0;
	for (i = (int)hp->top; i < l.n && (y = i - (int)hp->top) < c->h; i++) {
		const struct help_line *h = &l.v[i];
		enum area hit = i == hp->match ? AREA_SEARCH : AREA_HIT;

		if (i == hp->match)
			draw_cp(c, y, 0, 0x25B8, AREA_SEARCH);
		if (h->group) {
			draw_marked(hp, c, y, 1, h->group, c->w - 2, AREA_GROUP, hit);
			continue;
		}
		if (h->req == REQ_NONE)
			continue;
		line_keys(ui, h->req, keys, sizeof keys);
		draw_marked(hp, c, y, 3, keys, 18, AREA_HELP_KEY, hit);
		draw_marked(hp, c, y, 22, request_name(h->req), 22, AREA_DIM, hit);
		draw_marked(hp, c, y, 45, request_help(h->req), c->w - 46, AREA_DEFAULT, hit);
	}
}

/* Scroll so line is in view, a third of the way down when it was not. */
static void
show_line(struct help *hp, int line)
{
	int h = hp->h > 0 ? hp->h : 1;

	if (line < (int)hp->top || line >= (int)hp->top + h)
		hp->top = line > h / 3 ? (size_t)(line - h / 3) : 0;
}

/* The next (dir 1) or previous (-1) matching line from the current match, wrapping. */
static void
step_match(struct ui *ui, struct help *hp, int dir)
{
	struct help_list l;
	int i, k, start = hp->match, count = 0, index = 0;

	help_lines(&l);
	for (i = 0; i < l.n; i++)
		count += line_matches(ui, &l.v[i], hp->search);
	if (!count) {
		ui_error(ui, "No match for \"%s\" in the help", hp->search);
		return;
	}
	for (k = 1; k <= l.n; k++) {
		i = ((start < 0 ? (dir > 0 ? -1 : 0) : start) + dir * k + 2 * l.n) % l.n;
		if (line_matches(ui, &l.v[i], hp->search))
			break;
	}
	for (k = 0; k <= i; k++)
		index += line_matches(ui, &l.v[k], hp->search);
	if (start >= 0 && ((dir > 0 && i <= start) || (dir < 0 && i >= start)))
		ui_report(ui, "Search wrapped to the %s · match %d/%d", dir > 0 ? "top" : "bottom",
			  index, count);
	else
		ui_report(ui, "Match %d/%d · n/N next/previous · Esc clears", index, count);
	hp->match = i;
	show_line(hp, i);
}

void
ui_help_search(struct ui *ui, const char *text)
{
	struct help *hp = help_of(ui);

	snprintf(hp->search, sizeof hp->search, "%s", text);
	hp->match = -1;
	if (text[0])
		step_match(ui, hp, 1);
}

bool
ui_help_searching(struct ui *ui)
{
	return help_of(ui)->search[0] != '\0';
}

void
ui_help_open(struct ui *ui)
{
	struct help *hp = help_of(ui);

	hp->top = 0;
	hp->search[0] = '\0';
	hp->match = -1;
	ui_view_push(ui, PANE_HELP);
	/* Opened once: the first-run hint is not needed any more, in later runs either. */
	if (!ui->help_seen && ui->opt.hint_file) {
		FILE *f = fopen(ui->opt.hint_file, "w");

		if (f)
			fclose(f);
	}
	ui->help_seen = true;
}

static bool
help_request(struct pane *p, struct ui *ui, enum request req)
{
	struct help_list l;
	struct help *hp = p->priv;

	help_lines(&l);
	if (pane_scroll(req, &hp->top, (size_t)l.n, hp->h))
		return true;
	switch (req) {
	case REQ_SEARCH: ui_prompt(ui, PROMPT_HELP, "Find in help: ", ""); break;
	case REQ_NEXT_MENTION: case REQ_PREV_MENTION:
		if (hp->search[0])
			step_match(ui, hp, req == REQ_NEXT_MENTION ? 1 : -1);
		else
			ui_report(ui, "Nothing searched: / finds in the help");
		break;
	case REQ_CANCEL:
		if (hp->search[0]) {
			ui_help_search(ui, "");
			ui_report(ui, "Search cleared");
		} else {
			ui_view_pop(ui);
		}
		break;
	case REQ_QUIT: ui->quit = true; break;
	case REQ_REDRAW: return false;
	default: ui_view_pop(ui); break;	/* any other key closes the help */
	}
	return true;
}

static void
help_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	(void)p;
	(void)ui;
	snprintf(buf, n, "Help: keys");
}

/* The wheel scrolls the help (it clamps its last line when it draws). */
static void
help_wheel(struct pane *p, struct ui *ui, int lines)
{
	struct help *hp = p->priv;

	(void)ui;
	if (lines < 0)
		hp->top = hp->top > (size_t)-lines ? hp->top - (size_t)-lines : 0;
	else
		hp->top += (size_t)lines;
}

static void *
help_init(struct ui *ui)
{
	struct help *hp = xcalloc(1, sizeof *hp);

	(void)ui;
	hp->match = -1;
	return hp;
}

static void
help_done(void *priv)
{
	free(priv);
}

const struct pane_ops help_ops = {
	.name = "help",
	.ctx = CTX_GENERIC,
	.init = help_init,
	.done = help_done,
	.draw = help_draw,
	.title = help_title,
	.request = help_request,
	.wheel = help_wheel,
};
