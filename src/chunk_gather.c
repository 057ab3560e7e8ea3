/* chunk_gather.c -- a chunk's units gathered: the capitalised words, listed names and connectors of one name. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Add the unit starting at token i to the chunk; returns the token after it. */
static size_t
add_unit(struct chunker *k, size_t i)
{
	const struct ex_block *b = k->b;
	const struct gz_entry *e = NULL;
	size_t w = ck_multi_match(b, i, &e);
	struct unit *u = &k->u[k->nu++];

	u->a = (uint32_t)i;
	if (w) {
		u->b = (uint32_t)(i + w);
		u->cls = e->word | (b->t[i + w - 1].cls & HEADS);
		if ((b->t[i].flags & TK_LOWERLINE) && !(e->word & GZ_LOWER_OK))
			u->cls &= ~GZ_NAME;
		u->place = e->place;
		u->org = e->org;
	} else {
		u->b = (uint32_t)(i + 1);
		u->cls = b->t[i].cls;
		if ((u->cls & GZ_NAME) && (ck_plural_acronym(b, i) || ck_lower_acronym(b, i)))
			u->cls &= ~(uint32_t)(GZ_NAME | GZ_PERSONISH);
		/* a capital and its dot before another initial or a listed family name is an
		 * initial, not the word "A" or "I", nor the particle "E": "A. J. Smith" was
		 * "J. Smith", "E. V. X" "V. X", a letter's "A. LINCOLN" "LINCOLN" */
		if (b->t[i].end - b->t[i].start == 1 && b->t[i].gap == GAP_DOT &&
		    (u->cls & (GZ_FUNC | GZ_STOP | GZ_PARTICLE)) && i + 1 < b->n &&
		    (b->t[i].flags & TK_CAP) && ck_initial_before_name(b, i + 1))
			u->cls &= ~(uint32_t)(GZ_FUNC | GZ_STOP | GZ_PARTICLE);
		u->place = b->t[i].gz ? b->t[i].gz->place : -1;
		u->org = b->t[i].gz ? b->t[i].gz->org : -1;
	}
	return u->b;
}

/* Add a lower-case connector unit (of, de, in...). */
static void
add_connector(struct chunker *k, size_t i)
{
	struct unit *u = &k->u[k->nu++];

	u->a = (uint32_t)i;
	u->b = (uint32_t)(i + 1);
	u->cls = GZ_CONNECTOR | (k->b->t[i].cls & GZ_PARTICLE);
	u->place = u->org = -1;
}

/* Has the chunk gathered in k a word that is no title or honorific? */
static int
named(const struct chunker *k)
{
	int i;

	for (i = 0; i < k->nu; i++)
		if (!(k->u[i].cls & (GZ_HONORIFIC | GZ_TITLE | GZ_TITLE_MOD | GZ_CONNECTOR)))
			return 1;
	return 0;
}

/* Is the word at e the common noun's or the verb's, not a name's, by the word in lower
 * case after it: "the Microsoft Web page", "a Pentagon Web site" (a firm's "Web" is its
 * site), "About Microsoft Founded in 1975, Microsoft is ...", "the Government of
 * Yugoslavia Established in Egypt" (a participle before its place or date)? */
static int
noun_or_verb_next(const struct ex_block *b, size_t e)
{
	static const char *const site[] = { "site", "sites", "page", "pages", "address" };
	static const char *const made[] = { "founded", "established", "headquartered",
					    "incorporated" };
	static const char *const prep[] = { "in", "on", "by" };

	/* (the word's cue bit first: one branch, nearly never taken) */
	if (!(b->t[e].cue & TC_PAGEMADE) || e + 1 >= b->n || b->t[e].gap != GAP_SPACE ||
	    (b->t[e + 1].flags & TK_CAP))
		return 0;
	if (tis(b, e, "web"))
		return TIS_ANY(b, e + 1, site);
	return TIS_ANY(b, e, made) && TIS_ANY(b, e + 1, prep);
}

/* Is token t capitalised (not in capitals, no digit), of no class of the words but those
 * of names, nor of classes also: a word that can go on a name by where it stands (a
 * byline, a credit) whatever a headline's capitals say? */
static int
name_only_word(const struct token *t, uint32_t also)
{
	return (t->flags & (TK_CAP | TK_ALLCAP | TK_DIGIT)) == TK_CAP &&
	       !(t->cls & (GZ_FUNC | GZ_STOP | GZ_ORG_HEAD | GZ_PLACE_HEAD | GZ_CONNECTOR | also)) &&
	       (!(t->cls & GZ_NAME) || (t->cls & GZ_PERSONISH));
}

/* Is token e, after the words of a byline's name so far (a line's "By" before it), a word
 * of that name: a capitalised word no list knows as anything but a name's ("By Mary
 * Clare Jalonick | Associated Press": the line's words, Title Case, are a headline's,
 * which say nothing, and the name was "Mary Clare")? */
static int
byline_word(const struct chunker *k, size_t e)
{
	const struct gz_entry *g = NULL;

	if (k->nu >= 4 || !name_only_word(&k->b->t[e], GZ_MONTH | GZ_WEEKDAY) ||
	    ck_multi_match(k->b, e, &g) > 1)	/* ("By John Smith Associated Press") */
		return 0;
	return ck_byline_name(k->b, k->u[0].a);
}

/* Is token e the last word of a photographer's name in a credit, a slash and a listed
 * outlet after it ("(Ng Han Guan/AP)", "Credit: Evan Vucci/Reuters")? On a line of its
 * own a credit's words are a headline's, which say nothing: it was "Ng Han". */
static int
credit_word(const struct ex_block *b, size_t e)
{
	const struct token *t = &b->t[e];

	return name_only_word(t, 0) && e + 1 < b->n && b->text[t->end] == '/' &&
	       b->t[e + 1].start == t->end + 1 && (b->t[e + 1].cls & GZ_ORG);
}

/* Is token e a mail header's label, a colon right after it ("Date:", "Subject:", "Cc:")? */
static int
header_label(const struct ex_block *b, size_t e)
{
	static const char *const label[] = { "date", "subject", "subj", "sent", "cc", "bcc",
					      "to", "from", "attachments", "importance" };
	const struct token *t = &b->t[e];

	return b->text[t->end] == ':' && (t->flags & TK_CAP) &&
	       TIS_ANY(b, e, label);
}

/* Is token e a common word first on its line after a given name alone on the end of the
 * line before (after its start, a dash or a colon): a post's signature before its next
 * heading ("--Mikko\nImportant note about ..."), a field's value before the next field
 * ("capital: Paris\nAdministrative divisions")? Not a name wrapped in prose ("said
 * John\nHall"). */
static int
signature_end(const struct ex_block *b, size_t e)
{
	const struct token *g = &b->t[e - 1];
	size_t p = g->start;

	if (!(g->cls & GZ_FIRST) || (b->t[e].cls & (GZ_PERSONISH | GZ_NAME)) ||
	    !memchr(b->text + g->end, '\n', b->t[e].start - g->end) ||
	    !gaz_is_common(b->fb + b->t[e].fold, b->t[e].flen))
		return 0;
	while (p > 0 && (b->text[p - 1] == ' ' || b->text[p - 1] == '\t'))
		p--;
	return p == 0 || b->text[p - 1] == '\n' || b->text[p - 1] == '-' || b->text[p - 1] == ':';
}

/*
 * Does token i, a chunk's first word, gather no more words (e: the token after it)? A
 * letter after a number is a compass point or a unit, no name's first word ("43 09
 * E\nCapital - time difference" was a body "E Capital" of 150 Factbook profiles), but a
 * lettered street's ("1250 K Street") or an initial; nor does an acronym at a line's end
 * after "or", a list's name's ("National Action Party or PAN\nParty of the Democratic
 * Revolution or PRD\n...": a body "PAN Party of the Democratic Revolution"), nor a family
 * name's letters there before a common word or one the text writes in lower case
 * ("PAM\nConstitutional Union", "judge tenure NA\nJudicial branch": a person "Na
 * Judicial" of 12 profiles).
 */
static int
first_alone(const struct ex_block *b, size_t i, size_t e)
{
	const struct token *t = &b->t[i];

	if (t->end - t->start == 1)
		return i > 0 && (b->t[i - 1].flags & TK_DIGIT) && b->t[i - 1].gap == GAP_SPACE &&
		       t->gap != GAP_DOT && !(b->t[e].cls & GZ_PLACE_HEAD);
	return (t->flags & TK_ALLCAP) && !(t->cls & GZ_NAME) &&
	       memchr(b->text + t->end, '\n', b->t[e].start - t->end) &&
	       ((i > 0 && tis(b, i - 1, "or")) ||
		((t->cls & GZ_PERSONISH) &&
		 (gaz_is_common(b->fb + b->t[e].fold, b->t[e].flen) == 1 ||
		  (ex_evidence(b, b->t[e].hash) & EV_LOWER))));
}

/* (chunk_int.h) */
size_t
ck_gather(struct chunker *k, size_t i)
{
	const struct ex_block *b = k->b;
	size_t e, nc, c, list_end = 0;
	int has_of = 0;

	k->nu = 0;
	for (;;) {
		e = add_unit(k, i);
		if (k->nu >= MAX_UNITS - 3 || e >= b->n)
			break;
		if (k->nu == 1 && e == i + 1 && first_alone(b, i, e))
			break;
		/* another name's honorific and its point starts a name of its own: "Mr. John
		 * Smith Mrs. Jane Doe", "photo by Spc. Erin Robicheaux Sgt. Jeanne Crochet"
		 * were one person */
		if ((b->t[e].cls & GZ_HONORIFIC) && b->t[e].gap == GAP_DOT && !tis(b, e, "sr") &&
		    named(k))
			break;
		/* a mail's header label and its colon end the name before it: "From: James
		 * Roche Date: Sept 05, 2002 Subj: ..." (headers run into one line) */
		if (header_label(b, e))
			break;
		/* (a byline's name in capitals ends before its outlet: "By JOHN KELLY\n
		 * Associated Press", ex_byline_caps()) */
		if ((b->t[e - 1].flags & TK_LOWERLINE) ||
		    ((b->t[e - 1].flags ^ b->t[e].flags) & TK_CAPSLINE))
			break;
		/* "the official Saudi Press Agency SPA said": the acronym of the words before
		 * it is a name of its own (resolve_article.c's rs_acronyms() joins them) */
		if (b->t[e - 1].gap == GAP_SPACE && ck_initials_after(b, k->u[0].a, e))
			break;
		if (ck_member_title(b, e))	/* "Labour MP", "Diane Abbott MP" */
			break;
		if (k->nu == 1 && signature_end(b, e))
			break;
		if (b->t[e - 1].gap == GAP_SPACE && ck_common_before_last_head(b, e)) {
			i = e;
			continue;
		}
		if (b->t[e - 1].gap == GAP_SPACE && noun_or_verb_next(b, e))
			break;
		/* "Ministry of Agriculture, Forestry and Fisheries" (ck_comma_list()) */
		if (e < list_end || (b->t[e - 1].gap == GAP_COMMA && (list_end = ck_comma_list(k, e)))) {
			if (tis(b, e, "and"))
				add_connector(k, e++);
			i = e;
			continue;
		}
		if ((b->t[e - 1].gap == GAP_SPACE || ck_joined_name(k, e - 1) ||
		     (b->t[e - 1].gap == GAP_DOT && ((k->u[k->nu - 1].cls & GZ_HONORIFIC) ||
						     ck_saint(b, e - 1) || /* "Geo. A. Smith" */
						     !(~k->u[k->nu - 1].cls & (GZ_FIRST | GZ_ABBREV)) ||
						     b->t[e - 1].end - b->t[e - 1].start == 1))) &&
		    (ck_nameish(b, e) || ck_head_ahead(b, e) || byline_word(k, e) ||
		     credit_word(b, e) ||
		     ck_surname_after_given(k, e) || ck_common_surname(k, 0, k->nu - 1, e) ||
		     ck_initial_in_name(b, e) ||
		     ck_after_initial(b, e) || ck_regnal(b, e) || ck_article_name(b, e) ||
		     ck_wrapped_name(k, e - 1))) {
			i = e;
			continue;
		}
		/* a legal form ends the name: "Sedio NV of Lugano" is the company of a town */
		if (ck_legal_end(b, e - 1) || (nc = ck_connectors(k, e, &has_of)) == 0)
			break;
		for (c = 0; c < nc; c++)
			add_connector(k, e + c);
		i = e + nc;
	}
	return e;
}
