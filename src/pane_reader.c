/* pane_reader.c -- the reader: the wrapped body, boilerplate, scrolling, n/N e/E and search in it. MIT licence. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/quote.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "pane.h"
#include "config_file.h"
#include "prompt.h"

/* The widest line of text filled at a fixed width (72 to 80 columns, as mail and pandoc
 * fill it): a text with a longer line writes a paragraph a line. */
#define FILLED_COLS 80

enum row_kind { ROW_TITLE, ROW_META, ROW_BLANK, ROW_BODY, ROW_BOILER, ROW_ALSO };

/* One display row: bytes [start, end) of the title (ROW_TITLE), of the meta line
 * (ROW_META), of the other outlets of its story (ROW_ALSO) or of the article text
 * (ROW_BODY, ROW_BOILER). */
struct row {
	uint32_t start, end;
	uint32_t line;		/* source line index for body rows */
	uint8_t kind;		/* enum row_kind */
	uint8_t indent;		/* columns of hanging indent (continuations of bullets) */
};

struct reader {
	long article;		/* article the rows are for, -1 for none */
	int width;		/* text width the rows were wrapped to */
	bool hide_bp;		/* boilerplate hidden when the rows were built */
	struct row *rows;	/* owned */
	size_t nrows, cap;
	size_t top;		/* first row shown */
	char meta[256];		/* the "source · date · words" line */
	char also[512];		/* "also in: Reuters, AP" (ui_cluster_also()) */
	long title_line;	/* the text's line that is the title (drawn as one), or -1 */
	struct wrap_line *wl;	/* owned; scratch for wrapping */
	size_t nwl, capwl;
	long show;		/* byte offset to bring into view at the next draw, or -1 */
	struct quote_list quotes;	/* the article's quotes, marked in the text */
	long quotes_of;		/* the article they were found for, -1: none yet */
	unsigned quotes_reloads;	/* ui->reloads then (an edit or a correction) */
};

static void *
reader_init(struct ui *ui)
{
	struct reader *r = xcalloc(1, sizeof *r);

	(void)ui;
	r->article = -1;
	r->title_line = -1;
	r->show = -1;
	r->quotes_of = -1;
	return r;
}

static void
reader_done(void *priv)
{
	struct reader *r = priv;

	free(r->rows);
	free(r->wl);
	quote_list_free(&r->quotes);
	free(r);
}

static void
add_row(struct reader *r, enum row_kind kind, uint32_t line, size_t start, size_t end,
	int indent)
{
	xgrow((void **)&r->rows, &r->cap, r->nrows + 1, sizeof *r->rows);
	r->rows[r->nrows++] = (struct row){ (uint32_t)start, (uint32_t)end, line, (uint8_t)kind,
					    (uint8_t)indent };
}

/* Columns of leading space plus a list bullet ("  • ", "- "): where a wrapped list
 * item's text starts, so its continuation rows hang under it; 0 for a plain paragraph. */
static int
hang_indent(const char *s, size_t len, int width)
{
	size_t i = 0;
	uint32_t cp;
	int col = 0;
	bool bullet = false;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		col = s[i++] == '\t' ? col + TEXT_TABSTOP - col % TEXT_TABSTOP : col + 1;
	if (i < len) {
		size_t k = text_decode(s + i, len - i, &cp);

		if ((cp == 0x2022 || cp == '-' || cp == '*' || cp == 0x2013 || cp == 0x25AA ||
		     cp == 0x25CF) && i + k < len && s[i + k] == ' ') {
			col += 2;
			i += k + 1;
			bullet = true;
		}
	}
	while (i < len && s[i] == ' ') {
		col++;
		i++;
	}
	if (!bullet && col < 2)
		return 0;
	return col < width / 2 && col < 200 ? col : 0;
}

/* Wrap s[0..len) at offset base and add its rows; continuations hang under a bullet. */
static void
add_wrapped(struct reader *r, enum row_kind kind, uint32_t line, const char *s, size_t base,
	    size_t len)
{
	int indent = kind == ROW_BODY ? hang_indent(s + base, len, r->width) : 0;
	size_t i, rest;

	r->nwl = 0;
	text_wrap(s + base, len, r->width, &r->wl, &r->nwl, &r->capwl);
	if (r->nwl < 2 || indent == 0) {
		for (i = 0; i < r->nwl; i++)
			add_row(r, kind, line, base + r->wl[i].start, base + r->wl[i].end, 0);
		return;
	}
	add_row(r, kind, line, base + r->wl[0].start, base + r->wl[0].end, 0);
	rest = r->wl[1].start;
	r->nwl = 0;
	text_wrap(s + base + rest, len - rest, r->width - indent, &r->wl, &r->nwl, &r->capwl);
	for (i = 0; i < r->nwl; i++)
		add_row(r, kind, line, base + rest + r->wl[i].start, base + rest + r->wl[i].end,
			indent);
}

/* Is the title the article's first line as written? Then the text shows it, in the
 * title's style, and the header does not repeat it (the pane's border names it too).
 * Returns that line's index, or -1. */
static long
title_first_line(const struct article *a)
{
	size_t i;
	char *first;
	bool same;

	for (i = 0; i < a->nlines && (a->lines[i].flags & LINE_BLANK); i++)
		;
	if (i == a->nlines || (a->lines[i].flags & LINE_BOILERPLATE))
		return -1;
	first = text_clean_line(a->text + a->lines[i].start, a->lines[i].end - a->lines[i].start);
	same = strcmp(first, a->title) == 0;
	free(first);
	return same ? (long)i : -1;
}

static void
build_rows(struct reader *r, struct ui *ui, int width)
{
	const struct article *a;
	bool blank = true, para = false, filled = true;
	size_t i, before;
	char date[64];

	r->nrows = 0;
	r->width = width < 1 ? 1 : width;
	r->hide_bp = ui->hide_boilerplate;
	if (r->article < 0)
		return;
	a = ui->corpus->arts[r->article];
	article_load(a);	/* read when opened (the persistent index listed it) */
	if ((r->title_line = title_first_line(a)) < 0)
		add_wrapped(r, ROW_TITLE, 0, a->title, 0, strlen(a->title));
	ui_article_date(ui, a, date, sizeof date);
	snprintf(r->meta, sizeof r->meta, "%s · %s%s · %u word%s", a->source, date,
		 a->date_from_mtime ? " (file date)" : "", article_words(a),
		 plural_s(article_words(a)));
	add_wrapped(r, ROW_META, 0, r->meta, 0, strlen(r->meta));
	if (ui_cluster_also(ui, (uint32_t)r->article, r->also, sizeof r->also))
		add_wrapped(r, ROW_ALSO, 0, r->also, 0, strlen(r->also));
	add_row(r, ROW_BLANK, 0, 0, 0, 0);
	for (i = 0; i < a->nlines && filled; i++)
		filled = text_width(a->text + a->lines[i].start,
				    a->lines[i].end - a->lines[i].start) <= FILLED_COLS;
	for (i = 0; i < a->nlines; i++) {
		const struct text_line *l = &a->lines[i];
		bool bp = l->flags & LINE_BOILERPLATE;

		if (bp && r->hide_bp)
			continue;
		if (l->flags & LINE_BLANK) {
			if (!blank)
				add_row(r, ROW_BLANK, (uint32_t)i, l->start, l->start, 0);
			blank = true;
			continue;
		}
		/* Paragraphs written without blank lines between them get one on screen; an
		 * indented line continues what is above it (a folded mail header, a quote),
		 * and so does every line of a text filled at a fixed width (no line wider
		 * than FILLED_COLS: mail, pandoc's Markdown), though a narrow pane wraps it. */
		if (!blank && para && a->text[l->start] != ' ' && a->text[l->start] != '\t')
			add_row(r, ROW_BLANK, (uint32_t)i, l->start, l->start, 0);
		before = r->nrows;
		add_wrapped(r, bp ? ROW_BOILER : ROW_BODY, (uint32_t)i, a->text, l->start,
			    l->end - l->start);
		para = r->nrows - before > 1 && !filled &&
		       !hang_indent(a->text + l->start, l->end - l->start, r->width);
		blank = false;
	}
	while (r->nrows > 3 && r->rows[r->nrows - 1].kind == ROW_BLANK)
		r->nrows--;
}

static void
reader_article_changed(struct pane *p, struct ui *ui)
{
	struct reader *r = p->priv;

	if (r->article != ui->sel.article)
		r->top = 0;
	r->article = ui->sel.article;
	r->width = 0;	/* rebuild on the next draw */
}

/* The area a mention is drawn in: the current one, the selected entity, or its type. */
static enum area
mention_area(const struct ui *ui, const struct mention *m)
{
	if ((long)m->start == ui->sel.mention)
		return AREA_SEARCH;
	if ((long)m->entity == ui->sel.entity)
		return AREA_SELECTED;
	return (enum area)(AREA_ENT_PERSON + m->type);
}

/* First mention that ends after off (mentions are sorted and do not overlap). */
static size_t
first_mention_after(const struct mention *m, size_t n, uint32_t off)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (m[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* First search hit that ends after off. */
static size_t
first_hit_after(const struct ui_hit *h, size_t n, uint32_t off)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (h[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The first quote that may hold byte off or come after it (quotes are sorted by start
 * and seldom overlap: a few steps back cover those that do). */
static size_t
first_quote_at(const struct quote *q, size_t n, uint32_t off)
{
	size_t lo = 0, hi = n, back = 8;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (q[mid].quote_start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo > 0 && back-- > 0 && q[lo - 1].quote_end > off)
		lo--;
	return lo;
}

/* The quotes of the open article, found again when it or the entity set changed (none
 * before the entities are in). */
static const struct quote_list *
article_quotes(struct reader *r, struct ui *ui)
{
	if (!ui_index_ready(ui)) {
		r->quotes.n = 0;
		return &r->quotes;
	}
	if (r->quotes_of != r->article || r->quotes_reloads != ui->reloads) {
		index_article_quotes(ui->ix, (uint32_t)r->article, &r->quotes);
		r->quotes_of = r->article;
		r->quotes_reloads = ui->reloads;
	}
	return &r->quotes;
}

/* The mentions of article in es (none without es), their number in *n. */
static const struct mention *
set_mentions(const struct entity_set *es, uint32_t article, size_t *n)
{
	*n = 0;
	if (!es || article >= es->narticles)
		return NULL;
	*n = es->nmentions[article];
	return es->mentions[article];
}

/* ui_article_mentions(), or while an update makes the entities again, the mentions the
 * cache file held (index_entities_shown()): drawn, never acted on. */
static const struct mention *
mentions_shown(const struct ui *ui, uint32_t article, size_t *n)
{
	return set_mentions(ui_index_ready(ui) ? index_entities(ui->ix) :
			    index_entities_shown(ui->ix), article, n);
}

/* A body row in segments: plain text (what a quote says in its own area), mentions,
 * and search hits drawn over them; the words V selects (to add a mention) over
 * everything. */
static void
draw_body_row(const struct ui *ui, const struct canvas *c, int y, const char *text,
	      const struct row *w, enum area base, const struct quote_list *ql)
{
	size_t n, k, h, nh = ui->find.nhits, qi, nq = ql->n;
	const struct mention *m = mentions_shown(ui, (uint32_t)ui->sel.article, &n);
	const struct ui_hit *hit = ui->find.hits;
	const struct quote *q = ql->v;
	uint32_t pos = w->start;
	int x = 1 + w->indent, maxw = c->w - 1;
	/* The selection was drawn only where it began at a mention or a hit, and then as
	 * far as that went: a plain word selected showed nothing. */
	long ss = ui->corr.selecting ? ui->sel.mention : -1, se = ui->sel.mention_end;

	k = m ? first_mention_after(m, n, pos) : 0;
	h = nh ? first_hit_after(hit, nh, pos) : 0;
	qi = nq ? first_quote_at(q, nq, pos) : 0;
	while (pos < w->end && x < maxw) {
		uint32_t to = w->end;
		enum area a = base;

		while (k < n && m[k].end <= pos)
			k++;
		while (h < nh && hit[h].end <= pos)
			h++;
		while (qi < nq && q[qi].quote_end <= pos)
			qi++;
		if (qi < nq && q[qi].quote_start <= pos) {
			to = q[qi].quote_end;
			if (base == AREA_DEFAULT)
				a = AREA_QUOTE;
		} else if (qi < nq && q[qi].quote_start < to) {
			to = q[qi].quote_start;
		}
		if (ss >= 0 && (long)pos >= ss && (long)pos < se) {
			to = (uint32_t)se;
			a = AREA_SEARCH;
		} else if (h < nh && hit[h].start <= pos) {
			to = hit[h].end < to ? hit[h].end : to;
			a = (long)hit[h].start == ui->sel.mention ? AREA_SEARCH : AREA_HIT;
		} else {
			if (k < n && m[k].start <= pos) {
				to = m[k].end < to ? m[k].end : to;
				a = mention_area(ui, &m[k]);
			} else if (k < n && m[k].start < to) {
				to = m[k].start;
			}
			if (h < nh && hit[h].start < to)
				to = hit[h].start;
		}
		if (ss > (long)pos && ss < (long)to)
			to = (uint32_t)ss;
		if (to > w->end)
			to = w->end;
		x += draw_text_ex(c, y, x, text + pos, to - pos, maxw - x, a, 0, 1 + w->indent);
		pos = to;
	}
}

/* Scroll so the row holding off is in view, a third of the way down. */
static void
scroll_to_offset(struct reader *r, long off, int h)
{
	size_t i, row = r->nrows;

	for (i = 0; i < r->nrows; i++) {
		const struct row *w = &r->rows[i];

		if ((w->kind == ROW_BODY || w->kind == ROW_BOILER) && (long)w->end > off) {
			row = i;
			break;
		}
	}
	if (row == r->nrows)
		return;
	if (row < r->top || row >= r->top + (size_t)h)
		r->top = row > (size_t)h / 3 ? row - (size_t)h / 3 : 0;
}

/* The text width: the pane's, or `set wrap-width` when that is narrower. */
static int
text_columns(const struct ui *ui, const struct canvas *c)
{
	int w = c->w - 2, ww = config_options(ui->opt.cfg)->wrap_width;

	return ww > 0 && ww < w ? ww : w;
}

static void
reader_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	struct reader *r = p->priv;
	const struct quote_list *ql;
	const struct article *a;
	int y;

	(void)focused;
	if (r->article < 0) {
		draw_text(c, 0, 1, "No article open.", c->w - 2, AREA_DIM, 0);
		return;
	}
	ui_refresh_hits(ui);
	if (r->width != text_columns(ui, c) || r->hide_bp != ui->hide_boilerplate)
		build_rows(r, ui, text_columns(ui, c));
	a = ui->corpus->arts[r->article];
	ql = article_quotes(r, ui);
	if (r->show >= 0) {
		scroll_to_offset(r, r->show, c->h);
		r->show = -1;
	}
	if (r->nrows > (size_t)c->h && r->top > r->nrows - (size_t)c->h)
		r->top = r->nrows - (size_t)c->h;
	if (r->nrows <= (size_t)c->h)
		r->top = 0;
	for (y = 0; y < c->h && r->top + (size_t)y < r->nrows; y++) {
		const struct row *w = &r->rows[r->top + (size_t)y];

		switch (w->kind) {
		case ROW_TITLE:
			draw_text_ex(c, y, 1, a->title + w->start, w->end - w->start, c->w - 2,
				     AREA_TITLE, 0, 1);
			break;
		case ROW_META:
		case ROW_ALSO:
			draw_text_ex(c, y, 1, (w->kind == ROW_META ? r->meta : r->also) + w->start,
				     w->end - w->start, c->w - 2, AREA_META, 0, 1);
			break;
		case ROW_BODY:
		case ROW_BOILER:
			draw_body_row(ui, c, y, a->text, w,
				      w->kind == ROW_BOILER ? AREA_BOILERPLATE :
				      (long)w->line == r->title_line ? AREA_TITLE : AREA_DEFAULT, ql);
			break;
		default:
			break;
		}
	}
}

static void
reader_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct reader *r = p->priv;

	snprintf(buf, n, "%s", r->article >= 0 ? ui->corpus->arts[r->article]->title : "Reader");
}

static void
reader_position(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct reader *r = p->priv;

	(void)ui;
	pane_line_position(buf, n, r->top, r->nrows, p->h);
}

/* Moves inside the open article: n/N (mentions of the selected entity, or search hits),
 * e/E (any entity), the search. ]/[ and the jump list, across articles, are ui_nav.c's. */

const char *
ui_entity_name(const struct ui *ui, long e)
{
	const struct entity_set *es = index_entities(ui->ix);

	return es && e >= 0 && (size_t)e < es->n ? es->ents[e].canonical : "?";
}

const struct mention *
ui_article_mentions(const struct ui *ui, uint32_t article, size_t *n)
{
	return set_mentions(ui_index_ready(ui) ? index_entities(ui->ix) : NULL, article, n);
}

void
ui_refresh_hits(struct ui *ui)
{
	const struct article *a;
	char *fold, *q, *p;
	uint32_t *map;
	size_t flen, qlen;

	if (ui->find.article == ui->sel.article)
		return;
	ui->find.nhits = 0;
	ui->find.article = ui->sel.article;
	if (!ui->find.search[0] || ui->sel.article < 0)
		return;
	a = ui->corpus->arts[ui->sel.article];
	article_load(a);
	q = text_fold(ui->find.search, strlen(ui->find.search), &qlen);
	fold = text_fold_map(a->text, a->len, &flen, &map);
	/* Folded text, folded query: the same rules as the index (nicolas finds Nicolás). */
	for (p = qlen ? fold : NULL; p && (p = strstr(p, q)); p += qlen) {
		size_t s = (size_t)(p - fold), e = s + qlen;

		xgrow((void **)&ui->find.hits, &ui->find.caphits, ui->find.nhits + 1, sizeof *ui->find.hits);
		ui->find.hits[ui->find.nhits].start = map[s];
		/* The end is where the code point after the last folded byte starts. */
		while (e < flen && map[e] == map[e - 1])
			e++;
		ui->find.hits[ui->find.nhits++].end = map[e];
	}
	free(fold);
	free(map);
	free(q);
}

void
ui_set_search(struct ui *ui, const char *text)
{
	size_t i;

	snprintf(ui->find.search, sizeof ui->find.search, "%s", text);
	ui->find.article = -2;
	ui_refresh_hits(ui);
	ui->sel.mention = ui->sel.mention_end = -1;
	if (!ui->find.search[0])
		return;
	if (!ui->find.nhits) {
		ui_error(ui, "Not found in this article: %s", ui->find.search);
		return;
	}
	/* The first hit at or below the top of the view, else the first one. */
	for (i = 0; i < ui->find.nhits && (long)ui->find.hits[i].start < ui_reader_top_offset(ui); i++)
		;
	if (i == ui->find.nhits)
		i = 0;
	ui->sel.mention = ui->find.hits[i].start;
	ui->sel.mention_end = ui->find.hits[i].end;
	ui_reader_show(ui, ui->find.hits[i].start);
	ui_report(ui, "hit %zu/%zu", i + 1, ui->find.nhits);
}

/* n/N with a search: the next or previous hit, wrapping with a message. */
static void
step_hit(struct ui *ui, int dir)
{
	size_t i, k = 0;
	bool wrapped = false, found = false;

	ui_refresh_hits(ui);
	if (!ui->find.nhits) {
		ui_error(ui, "Not found in this article: %s", ui->find.search);
		return;
	}
	for (i = 0; i < ui->find.nhits; i++) {
		size_t j = dir > 0 ? i : ui->find.nhits - 1 - i;

		if ((dir > 0 && (long)ui->find.hits[j].start > ui->sel.mention) ||
		    (dir < 0 && (long)ui->find.hits[j].start < ui->sel.mention && ui->sel.mention >= 0)) {
			k = j;
			found = true;
			break;
		}
	}
	if (!found) {
		k = dir > 0 ? 0 : ui->find.nhits - 1;
		wrapped = true;
	}
	ui->sel.mention = ui->find.hits[k].start;
	ui->sel.mention_end = ui->find.hits[k].end;
	ui_reader_show(ui, ui->find.hits[k].start);
	ui_report(ui, "hit %zu/%zu%s", k + 1, ui->find.nhits,
		  wrapped ? (dir > 0 ? " (search wrapped to the top)" : " (search wrapped to the bottom)")
		  : "");
}

void
ui_reader_land(struct ui *ui, const struct mention *m)
{
	ui->sel.mention = m->start;
	ui->sel.mention_end = m->end;
	ui_reader_show(ui, m->start);
}

/* n/N: the next or previous mention of the selected entity in the open article. */
static void
step_mention(struct ui *ui, int dir)
{
	size_t n, i, k = 0, pos = 0, count = 0;
	const struct mention *m;
	long found = -1;

	if (ui->sel.entity < 0) {
		ui_no_entity(ui);
		return;
	}
	m = ui_article_mentions(ui, (uint32_t)ui->sel.article, &n);
	for (i = 0; i < n; i++)
		if (m[i].entity == (uint32_t)ui->sel.entity)
			count++;
	if (!count) {
		ui_report(ui, "%s is not mentioned in this article; ]/[ find one that does",
			  ui_entity_name(ui, ui->sel.entity));
		return;
	}
	for (i = 0; i < n; i++) {
		if (m[i].entity != (uint32_t)ui->sel.entity)
			continue;
		k++;
		if (dir > 0 && found < 0 && (long)m[i].start > ui->sel.mention)
			found = (long)i, pos = k;
		if (dir < 0 && (long)m[i].start < ui->sel.mention)
			found = (long)i, pos = k;
	}
	if (found < 0) {
		/* Wrap around, and say so. */
		for (i = 0, k = 0; i < n; i++)
			if (m[i].entity == (uint32_t)ui->sel.entity) {
				k++;
				if (found < 0 || dir < 0)
					found = (long)i, pos = k;
			}
		ui_reader_land(ui, &m[found]);
		ui_report(ui, "mention %zu/%zu of %s (wrapped)", pos, count,
			  ui_entity_name(ui, ui->sel.entity));
		return;
	}
	ui_reader_land(ui, &m[found]);
	ui_report(ui, "mention %zu/%zu of %s", pos, count, ui_entity_name(ui, ui->sel.entity));
}

/* e/E: the next or previous mention of any entity, from the current one or the view. */
static void
step_any(struct ui *ui, int dir)
{
	size_t n, i;
	const struct mention *m;
	long ref = ui->sel.mention;

	if (ui->sel.article < 0)
		return;
	if (ref < 0)	/* nothing current: from the top of the view */
		ref = dir > 0 ? ui_reader_top_offset(ui) - 1 : LONG_MAX;
	m = ui_article_mentions(ui, (uint32_t)ui->sel.article, &n);
	if (!m || !n) {
		ui_report(ui, ui_index_ready(ui) ? "No entities in this article"
			  : "Entities are still being indexed");
		return;
	}
	for (i = 0; i < n; i++) {
		size_t k = dir > 0 ? i : n - 1 - i;

		if ((dir > 0 && (long)m[k].start > ref) || (dir < 0 && (long)m[k].start < ref)) {
			ui_push_jump(ui);
			ui_select_entity(ui, m[k].entity);
			ui_reader_land(ui, &m[k]);
			ui_report(ui, "%s %s", ent_type_name(m[k].type), ui_entity_name(ui, m[k].entity));
			return;
		}
	}
	ui_report(ui, dir > 0 ? "No more entity mentions below" : "No more entity mentions above");
}

bool
ui_reader_step(struct ui *ui, enum request req)
{
	bool search = ui->find.search[0] && ui->focus == PANE_READER;

	switch (req) {
	case REQ_NEXT_MENTION: if (search) step_hit(ui, 1); else step_mention(ui, 1); break;
	case REQ_PREV_MENTION: if (search) step_hit(ui, -1); else step_mention(ui, -1); break;
	case REQ_NEXT_ANY_MENTION: step_any(ui, 1); break;
	case REQ_PREV_ANY_MENTION: step_any(ui, -1); break;
	default: return false;
	}
	return true;
}

static bool
reader_request(struct pane *p, struct ui *ui, enum request req)
{
	struct reader *r = p->priv;

	if (pane_scroll(req, &r->top, r->nrows, p->h))
		return true;
	switch (req) {
	case REQ_SEARCH:
		ui_prompt(ui, PROMPT_SEARCH, "Find in article: ", "");
		return true;
	case REQ_CANCEL:
		if (!ui->find.search[0])
			return false;
		ui_set_search(ui, "");
		ui_report(ui, "Search cleared");
		return true;
	default: return ui_reader_step(ui, req);
	}
	return true;
}

/* The byte of row w under column x of the pane (as draw_body_row lays it out), or -1.
 * Columns are counted cluster by cluster, as the row was drawn (text_cluster()). */
static long
offset_at(const struct ui *ui, const struct row *w, int x)
{
	const char *text = ui->corpus->arts[ui->sel.article]->text;
	uint32_t pos = w->start, cps[TEXT_CLUSTER_MAX];
	int col = 1 + w->indent, cw;
	size_t n, k;

	while (pos < w->end) {
		k = text_cluster(text + pos, w->end - pos, cps, &n, &cw);
		if (n && cps[0] == '\t')
			cw = TEXT_TABSTOP - (col - 1 - w->indent) % TEXT_TABSTOP;
		if (x < col + cw)
			return x < col ? -1 : (long)pos;
		col += cw;
		pos += (uint32_t)k;
	}
	return -1;
}

/* A click on a mention selects its entity and makes it the current mention. */
static void
reader_click(struct pane *p, struct ui *ui, int y, int x, bool twice)
{
	struct reader *r = p->priv;
	const struct row *w;
	const struct mention *m;
	size_t n, i;
	long off;

	(void)twice;
	if (r->article < 0 || r->article != ui->sel.article || r->top + (size_t)y >= r->nrows)
		return;
	w = &r->rows[r->top + (size_t)y];
	if ((w->kind != ROW_BODY && w->kind != ROW_BOILER) || (off = offset_at(ui, w, x)) < 0)
		return;
	m = ui_article_mentions(ui, (uint32_t)ui->sel.article, &n);
	for (i = m ? first_mention_after(m, n, (uint32_t)off) : n; i < n; i++) {
		if ((long)m[i].start > off)
			break;
		ui_select_entity(ui, m[i].entity);
		ui->sel.mention = m[i].start;
		ui->sel.mention_end = m[i].end;
		return;
	}
}

/* The wheel scrolls like j/k (three lines a notch); it never marks anything read. */
static void
reader_wheel(struct pane *p, struct ui *ui, int lines)
{
	for (; lines > 0; lines--)
		reader_request(p, ui, REQ_MOVE_DOWN);
	for (; lines < 0; lines++)
		reader_request(p, ui, REQ_MOVE_UP);
}

void
ui_reader_show(struct ui *ui, long off)
{
	struct reader *r = ui->panes[PANE_READER] ? ui->panes[PANE_READER]->priv : NULL;

	/* Scrolled at the next draw: the rows are wrapped to the pane's width there. */
	if (r)
		r->show = off;
}

long
ui_reader_top_offset(const struct ui *ui)
{
	const struct reader *r = ui->panes[PANE_READER]->priv;
	size_t i;

	if (r->article != ui->sel.article)
		return 0;	/* not drawn yet: from the top */
	for (i = r->top; i < r->nrows; i++)
		if (r->rows[i].kind == ROW_BODY || r->rows[i].kind == ROW_BOILER)
			return r->rows[i].start;
	return 0;
}

const struct pane_ops reader_ops = {
	.name = "reader",
	.ctx = CTX_READER,
	.init = reader_init,
	.done = reader_done,
	.draw = reader_draw,
	.title = reader_title,
	.position = reader_position,
	.request = reader_request,
	.article_changed = reader_article_changed,
	.click = reader_click,
	.wheel = reader_wheel,
};
