/* ui_correct_add.c -- add a mention: select words in the reader, then name the entity. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/correct.h"
#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/state.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "keys.h"
#include "prompt.h"
#include "ui.h"

/*
 * V in the reader selects one word: the selected mention's first (e/E, n/N, a search hit),
 * else the first in view. w and b grow and shrink the selection by a word, l and h move
 * it, Enter asks for the entity (the selected text pre-filled; Tab completes a name), Esc
 * gives up. The selection is drawn as the reader's current mention. A name no entity has
 * makes a new entity, of a type picked from a list.
 */

/* A word's bytes: letters, digits and every non-ASCII byte; - . ' & inside a name. */
static bool
word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool
inner_byte(unsigned char c)
{
	return word_byte(c) || c == '-' || c == '.' || c == '\'' || c == '&';
}

/* The word starting at or after off: its start, and its end in *end; -1 when none. */
static long
word_after(const struct article *a, size_t off, size_t *end)
{
	size_t i = off, e;

	while (i < a->len && !word_byte((unsigned char)a->text[i]))
		i++;
	if (i >= a->len)
		return -1;
	for (e = i; e < a->len && inner_byte((unsigned char)a->text[e]); e++)
		;
	while (e > i && !word_byte((unsigned char)a->text[e - 1]))	/* "Inc." keeps no dot */
		e--;
	*end = e;
	return (long)i;
}

/* The start of the word that ends before off, or -1. */
static long
word_before(const struct article *a, size_t off)
{
	size_t i = off;

	while (i > 0 && !word_byte((unsigned char)a->text[i - 1]))
		i--;
	if (!i)
		return -1;
	while (i > 0 && inner_byte((unsigned char)a->text[i - 1]))
		i--;
	while (!word_byte((unsigned char)a->text[i]))
		i++;
	return (long)i;
}

/* The selected text on one line (owned): blanks of a line break are one space. */
static char *
selected_text(struct ui *ui)
{
	const struct article *a = ui->corpus->arts[ui->sel.article];
	char *text = xstrndup(a->text + ui->corr.sel_start,
			      (size_t)(ui->corr.sel_end - ui->corr.sel_start));
	size_t i;

	for (i = 0; text[i]; i++)
		if (text[i] == '\n' || text[i] == '\r' || text[i] == '\t')
			text[i] = ' ';
	return text;
}

static void
show(struct ui *ui)
{
	char *text = selected_text(ui);

	ui->sel.mention = ui->corr.sel_start;
	ui->sel.mention_end = ui->corr.sel_end;
	ui_reader_show(ui, ui->corr.sel_start);
	/* What is selected, in words too (a colourless terminal, a screen reader). */
	ui_report(ui, "Add \"%.60s\": w/b grow/shrink by a word · l/h move · Enter names it ·"
		  " Esc cancels", text);
	free(text);
}

void
ui_corr_add_start(struct ui *ui)
{
	const struct article *a;
	size_t end;
	long s, from;

	if (ui_top(ui) != PANE_READER || ui->sel.article < 0) {
		ui_report(ui, "Add a mention from the reader (2): V selects a word there");
		return;
	}
	if (!ui_index_ready(ui) || !index_entities(ui->ix) || !ui->st) {
		ui_report(ui, "Entities are still being indexed: corrections wait until they are in");
		return;
	}
	a = ui->corpus->arts[ui->sel.article];
	from = ui->sel.mention >= 0 ? ui->sel.mention : ui_reader_top_offset(ui);
	if ((s = word_after(a, from < 0 ? 0 : (size_t)from, &end)) < 0 &&
	    (s = word_after(a, 0, &end)) < 0) {
		ui_report(ui, "No word to select in this article");
		return;
	}
	ui->corr.selecting = true;
	ui->corr.sel_start = s;
	ui->corr.sel_end = (long)end;
	show(ui);
}

/* The selected text into the add prompt. */
static void
name_it(struct ui *ui)
{
	char *text = selected_text(ui);	/* a name across a line break is one line */

	ui->corr.selecting = false;
	ui_corr_forget(ui);
	ui_prompt(ui, PROMPT_ADD, "Mention of (Tab completes): ", text);
	free(text);
}

bool
ui_corr_select_key(struct ui *ui, int key)
{
	const struct article *a;
	size_t end;
	long s;

	if (!ui->corr.selecting)
		return false;
	if (ui->sel.article < 0) {
		ui->corr.selecting = false;
		return false;
	}
	a = ui->corpus->arts[ui->sel.article];
	switch (key) {
	case 'w':
		if ((s = word_after(a, (size_t)ui->corr.sel_end, &end)) >= 0)
			ui->corr.sel_end = (long)end;
		break;
	case 'b':
		s = word_before(a, (size_t)ui->corr.sel_end);
		if (s > ui->corr.sel_start) {
			word_after(a, (size_t)word_before(a, (size_t)s), &end);
			ui->corr.sel_end = (long)end;
		}
		break;
	case 'l': case DK_RIGHT:
		if ((s = word_after(a, (size_t)ui->corr.sel_end, &end)) >= 0) {
			ui->corr.sel_start = s;
			ui->corr.sel_end = (long)end;
		}
		break;
	case 'h': case DK_LEFT:
		if ((s = word_before(a, (size_t)ui->corr.sel_start)) >= 0) {
			word_after(a, (size_t)s, &end);
			ui->corr.sel_start = s;
			ui->corr.sel_end = (long)end;
		}
		break;
	case '\r': case '\n': case DK_ENTER:
		name_it(ui);
		return true;
	case 27:
		ui->corr.selecting = false;
		ui->sel.mention = ui->sel.mention_end = -1;
		ui_report(ui, "No mention added");
		return true;
	default:
		break;
	}
	show(ui);
	return true;
}

/* The entity named name: by its folded key (the most mentioned of that name), or -1. */
static long
by_name(const struct entity_set *es, const char *name)
{
	char *want = text_fold(name, strlen(name), NULL);
	long best = -1;
	size_t i;

	for (i = 0; i < es->n; i++)
		if (strcmp(es->ents[i].key, want) == 0 &&
		    (best < 0 || es->ents[i].nmentions > es->ents[best].nmentions))
			best = (long)i;
	free(want);
	return best;
}

static void
add(struct ui *ui, const char *name, int type)
{
	const struct article *a = ui->corpus->arts[ui->sel.article];
	char *surface = xstrndup(a->text + ui->corr.sel_start,
				 (size_t)(ui->corr.sel_end - ui->corr.sel_start));
	char *key = text_fold(name, strlen(name), NULL);
	struct corr_place at = { a->hash, surface, corr_occurrence(a->text, a->len,
		(size_t)ui->corr.sel_start, (size_t)ui->corr.sel_end) };
	struct corr_ent into = { key, type, name };
	char what[400];

	snprintf(what, sizeof what, "Added \"%.120s\" as a mention of %.150s (%s)", surface, name,
		 ent_type_name(type));
	ui_corr_write(ui, state_correct_add(ui->st, &at, &into, NULL), what, name, type);
	free(key);
	free(surface);
}

void
ui_corr_add_named(struct ui *ui, const char *name)
{
	const struct entity_set *es = index_entities(ui->ix);
	long e;
	int t;

	if (!name[0] || ui->sel.article < 0 || !es) {
		ui_report(ui, "No mention added");
		return;
	}
	/* The entity Tab chose (of two of one name, the one it showed), else by name. */
	e = ui_corr_chosen(ui, name);
	ui_corr_forget(ui);
	if (e >= 0 || (e = by_name(es, name)) >= 0) {
		add(ui, es->ents[e].canonical, es->ents[e].type);
		return;
	}
	/* A new entity: its type first. */
	free(ui->corr.add_name);
	ui->corr.add_name = xstrdup(name);
	ui_menu_open(ui, MENU_ADD_TYPE, "A new entity: its type · Enter picks · q cancels");
	for (t = 0; t < ENT_NTYPES; t++) {
		char v[8];

		snprintf(v, sizeof v, "%d", t);
		ui_menu_add(ui, ent_type_name(t), v);
	}
}

void
ui_corr_add_typed(struct ui *ui, int type)
{
	if (ui->corr.add_name && ui->sel.article >= 0)
		add(ui, ui->corr.add_name, type);
	free(ui->corr.add_name);
	ui->corr.add_name = NULL;
}
