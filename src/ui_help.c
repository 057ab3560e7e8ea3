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

#define HELP_MAX_LINES 1024	/* ~70 requests, 7 groups and the query language, wrapped */
#define KEY_X 3			/* the keys column */
#define KEY_W 18
#define NAME_X 22		/* the request-name column, on a wide screen */
#define NAME_W 22
#define WIDE_DESC_X 45		/* the description after it */
#define DESC_X 22		/* the description when there is no name column */
#define WIDE_HELP 110		/* columns from which the request names have a column */

/*
 * The query language, for the help (its last section; / in the help finds a field).
 * Kept in step with the README's "Queries" and the man page's QUERIES.
 */
static const char *const query_help[][2] = {
	{ "word word", "Articles with every word (case and accents are ignored)" },
	{ "\"a phrase\"", "The words next to each other, in this order" },
	{ "prefix*", "Words that start with prefix (mar* finds Maria, market...)" },
	{ "a OR b", "Either of them" },
	{ "-term", "Not this word, phrase or field (-tag:done)" },
	{ "( ... )", "Group: (cuba OR venezuela) -trump" },
	{ "is:unread is:read", "Unread or read articles" },
	{ "is:flagged", "Flagged articles" },
	{ "is:archived", "Archived articles (hidden unless the query names is:archived)" },
	{ "is:watched", "Articles that mention a watched entity (* stars one, W lists them)" },
	{ "tag:NAME", "Articles tagged NAME" },
	{ "entity:\"Full Name\"", "Articles that mention the entity (an alias works: entity:putin)" },
	{ "said:NAME", "Articles that quote the entity: said:putin (\" lists its quotes)" },
	{ "type:TYPE", "Articles with an entity of the type: person, org, place, date, money, "
		       "hashtag, handle or url" },
	{ "date:2026-01", "A month; date:2026-01-03 a day, date:2026 a year" },
	{ "date:A..B", "A range: date:2026-01..2026-02; date:>2025-12-01 after a day" },
	{ "source:NAME", "Articles from that source" },
	{ "path:GLOB", "Paths that match GLOB (*, ?, [abc]; [[] is a literal [)" },
	{ "Examples:", "entity:putin is:unread · (cuba OR venezuela) -trump · "
		       "type:money date:2026-01..2026-02 · \"foreign ministry\" -is:read" },
	{ "", "A bad query gets a message with the column of the problem; an empty one "
	      "shows every article. Backspace or Esc in the list clears the filter." },
};
#define NQUERY_HELP (sizeof query_help / sizeof query_help[0])
static const char query_group[] = "Query language (/ or l filters the list; --query, search)";

/* One row of the help: a heading, a blank, or one wrapped row of an entry (a request or
 * a query form), whose first row also has its keys (or syntax) and its request name. */
enum help_kind { HL_BLANK, HL_GROUP, HL_REQ, HL_QUERY };
struct help_line {
	enum help_kind kind;
	const char *group;	/* HL_GROUP: static */
	enum request req;	/* HL_REQ */
	const char *key;	/* HL_QUERY: the syntax, static */
	const char *text;	/* the description, static; NULL on a row of its own keys */
	size_t start, end;	/* the bytes of text on this row */
	bool first;		/* the entry's first row: keys and name go here */
	bool name;		/* the request name goes on this row (narrow screen: its last) */
};

struct help_list {
	struct help_line v[HELP_MAX_LINES];
	int n;
	int w;			/* the width they were wrapped to */
};

/* The help view's own state (its pane's priv). */
struct help {
	size_t top;		/* first line shown */
	int h, w;		/* rows and columns on the last draw */
	char search[128];	/* text searched for, "" for none */
	int match;		/* line of the current match, -1 for none */
};

static struct help *
help_of(struct ui *ui)
{
	return ui->panes[PANE_HELP]->priv;
}

static void
push(struct help_list *l, struct help_line h)
{
	if (l->n < HELP_MAX_LINES)
		l->v[l->n++] = h;
}

/* Where a description starts and how wide it may be at this width. */
static int
desc_x(const struct help_list *l, enum help_kind kind)
{
	return kind == HL_REQ && l->w >= WIDE_HELP ? WIDE_DESC_X : DESC_X;
}

static int
desc_w(const struct help_list *l, enum help_kind kind)
{
	int w = l->w - desc_x(l, kind) - 1;

	return w < 10 ? 10 : w;
}

/*
 * The rows of one entry: its description wrapped to the column it has (never cut), the
 * first row beside its keys; a syntax wider than the keys column gets a row of its own.
 * On a narrow screen the request name goes at the right of the last row, or under it.
 */
static void
add_entry(struct help_list *l, enum help_kind kind, enum request req, const char *key,
	  const char *text, int keyw)
{
	struct wrap_line *wl = NULL;
	size_t nw = 0, cap = 0, i;
	int dw = desc_w(l, kind), namew = kind == HL_REQ ? draw_width(request_name(req)) : 0;
	bool own_row = keyw > KEY_W, name_row = kind == HL_REQ && l->w < WIDE_HELP;
	struct help_line h = { kind, NULL, req, key, NULL, 0, 0, true, false };

	if (own_row)
		push(l, h);
	text_wrap(text, strlen(text), dw, &wl, &nw, &cap);
	for (i = 0; i < nw; i++) {
		h.text = text;
		h.start = wl[i].start;
		h.end = wl[i].end;
		h.first = !own_row && i == 0;
		h.name = name_row && i + 1 == nw && wl[i].width + 2 + namew <= dw;
		push(l, h);
	}
	if (name_row && nw && !l->v[l->n - 1].name)
		push(l, (struct help_line){ kind, NULL, req, key, NULL, 0, 0, false, true });
	free(wl);
}

struct walk {
	struct help_list *l;
	const struct ui *ui;
};

/* The keys for req as the help shows them: the bindings in effect in the focused pane. */
static void
line_keys(const struct ui *ui, enum request req, char *buf, size_t n)
{
	config_request_keys(ui->opt.cfg, req, ui->panes[ui->focus]->ops->ctx, buf, n);
	if (!buf[0])
		snprintf(buf, n, "(unbound)");
}

static void
add_line(void *ud, const char *group, enum request req)
{
	struct walk *wk = ud;
	char keys[128];

	if (group) {
		if (wk->l->n > 0)
			push(wk->l, (struct help_line){ .kind = HL_BLANK });
		push(wk->l, (struct help_line){ .kind = HL_GROUP, .group = group });
		return;
	}
	line_keys(wk->ui, req, keys, sizeof keys);
	add_entry(wk->l, HL_REQ, req, NULL, request_help(req), draw_width(keys));
}

/* Every row of the help wrapped to w columns: the request table, then the queries. */
static void
help_lines(const struct ui *ui, struct help_list *l, int w)
{
	struct walk wk = { l, ui };
	size_t i;

	l->n = 0;
	l->w = w > 0 ? w : COLS;
	requests_walk(add_line, &wk);
	push(l, (struct help_line){ .kind = HL_BLANK });
	push(l, (struct help_line){ .kind = HL_GROUP, .group = query_group });
	for (i = 0; i < NQUERY_HELP; i++)
		add_entry(l, HL_QUERY, REQ_NONE, query_help[i][0], query_help[i][1],
			  draw_width(query_help[i][0]));
}

/* needle in hay[0..len), ignoring ASCII case (the help is ASCII but for a few symbols). */
static const char *
find_ci(const char *hay, size_t len, const char *needle)
{
	size_t n = strlen(needle), i, k;

	if (!n)
		return NULL;
	for (k = 0; k + n <= len; k++) {
		for (i = 0; i < n && tolower((unsigned char)hay[k + i]) ==
				     tolower((unsigned char)needle[i]); i++)
			;
		if (i == n)
			return hay + k;
	}
	return NULL;
}

static bool
has(const char *s, const char *needle)
{
	return s && find_ci(s, strlen(s), needle) != NULL;
}

static bool
line_matches(const struct ui *ui, const struct help_line *h, const char *needle)
{
	char keys[128];

	if (h->kind == HL_GROUP)
		return has(h->group, needle);
	if (h->kind == HL_BLANK)
		return false;
	if (h->text && find_ci(h->text + h->start, h->end - h->start, needle))
		return true;
	if (h->name && has(request_name(h->req), needle))
		return true;
	if (!h->first)
		return false;
	if (h->kind == HL_QUERY)
		return has(h->key, needle);
	line_keys(ui, h->req, keys, sizeof keys);
	return has(keys, needle) || has(request_name(h->req), needle);
}

/* Draw text[0..len) in maxw columns, then every match of the search over it in hit. */
static void
draw_marked(const struct help *hp, const struct canvas *c, int y, int x, const char *text,
	    size_t len, int maxw, enum area a, enum area hit)
{
	const char *m = text, *needle = hp->search;
	size_t n = strlen(needle);

	draw_text_ex(c, y, x, text, len, maxw, a, DRAW_ELLIPSIS, x);
	while (n && (m = find_ci(m, len - (size_t)(m - text), needle))) {
		int off = text_width(text, (size_t)(m - text)), w = text_width(m, n);

		if (off + w > maxw)
			break;	/* cut by the ellipsis */
		draw_text_ex(c, y, x + off, m, n, w, hit, 0, x + off);
		m += n;
	}
}

static void
draw_line(const struct help *hp, const struct ui *ui, const struct help_list *l,
	  const struct help_line *h, const struct canvas *c, int y, enum area hit)
{
	char keys[128];
	const char *name = h->kind == HL_REQ ? request_name(h->req) : "";
	int dx = desc_x(l, h->kind), nw = draw_width(name);

	if (h->kind == HL_GROUP) {
		draw_marked(hp, c, y, 1, h->group, strlen(h->group), c->w - 2, AREA_GROUP, hit);
		return;
	}
	if (h->first && h->kind == HL_QUERY)
		draw_marked(hp, c, y, KEY_X, h->key, strlen(h->key), c->w - KEY_X - 1,
			    AREA_HELP_KEY, hit);
	if (h->first && h->kind == HL_REQ) {
		line_keys(ui, h->req, keys, sizeof keys);
		draw_marked(hp, c, y, KEY_X, keys, strlen(keys), KEY_W, AREA_HELP_KEY, hit);
		if (l->w >= WIDE_HELP)
			draw_marked(hp, c, y, NAME_X, name, strlen(name), NAME_W, AREA_DIM, hit);
	}
	if (h->text)
		draw_marked(hp, c, y, dx, h->text + h->start, h->end - h->start, c->w - dx - 1,
			    AREA_DEFAULT, hit);
	if (h->name)
		draw_marked(hp, c, y, c->w - 1 - nw, name, strlen(name), nw, AREA_DIM, hit);
}

static void
help_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	struct help *hp = p->priv;
	static struct help_list l;	/* 60 kB: not on the stack of every draw */
	int i, y;

	(void)focused;
	hp->h = c->h;
	hp->w = c->w;
	help_lines(ui, &l, c->w);
	/* Scroll no further than a full last page, as less and tig do. */
	if ((int)hp->top > l.n - c->h)
		hp->top = l.n > c->h ? (size_t)(l.n - c->h) : 0;
	for (i = (int)hp->top; i < l.n && (y = i - (int)hp->top) < c->h; i++) {
		if (i == hp->match)
			draw_cp(c, y, 0, 0x25B8, AREA_SEARCH);
		draw_line(hp, ui, &l, &l.v[i], c, y, i == hp->match ? AREA_SEARCH : AREA_HIT);
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
	static struct help_list l;
	int i, k, start = hp->match, count = 0, index = 0;

	help_lines(ui, &l, hp->w);
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
	static struct help_list l;
	struct help *hp = p->priv;

	help_lines(ui, &l, hp->w);
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
	case REQ_QUIT: ui_quit(ui); break;
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
	snprintf(buf, n, "Help: keys and the query language");
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
