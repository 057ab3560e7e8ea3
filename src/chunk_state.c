/* chunk_state.c -- a US state after its town ("Eau Claire, Wis.", "Boise, ID 83702") or a member's party ("D-Mass."), a dateline's town in capitals, a university's campus after a comma: towns, places, one name. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"

/* The abbreviations news and old print write after a town and a comma, with a full stop,
 * and the gazetteer key of their state. Alone many are words or names ("Mo", "Pa",
 * "Miss", "Wash"): only the town, the comma and the full stop make them the state. A
 * first part of one letter is written with its own full stop ("N.D.", "W. Va."). */
static const struct {
	const char *ab;
	const char *key;
} abbrev[] = {
	{ "ala", "alabama" }, { "ariz", "arizona" }, { "ark", "arkansas" },
	{ "cal", "california" }, { "calif", "california" }, { "colo", "colorado" },
	{ "conn", "connecticut" }, { "del", "delaware" }, { "fla", "florida" },
	{ "ga", "state of georgia" }, { "ill", "illinois" }, { "ills", "illinois" },
	{ "ind", "indiana" }, { "kan", "kansas" }, { "kans", "kansas" }, { "ky", "kentucky" },
	{ "la", "louisiana" }, { "me", "maine" }, { "md", "maryland" },
	{ "mass", "massachusetts" }, { "mich", "michigan" }, { "minn", "minnesota" },
	{ "miss", "mississippi" }, { "mo", "missouri" }, { "mont", "montana" },
	{ "neb", "nebraska" }, { "nebr", "nebraska" }, { "nev", "nevada" },
	{ "okla", "oklahoma" }, { "ore", "oregon" }, { "oreg", "oregon" },
	{ "pa", "pennsylvania" }, { "penn", "pennsylvania" }, { "tenn", "tennessee" },
	{ "tex", "texas" }, { "va", "virginia" }, { "vt", "vermont" },
	{ "wash", "state of washington" }, { "wis", "wisconsin" }, { "wisc", "wisconsin" },
	{ "wyo", "wyoming" },
	{ "n h", "new hampshire" }, { "n j", "new jersey" }, { "n m", "new mexico" },
	{ "n mex", "new mexico" }, { "n y", "state of new york" }, { "n c", "north carolina" },
	{ "n d", "north dakota" }, { "n dak", "north dakota" }, { "s c", "south carolina" },
	{ "s d", "south dakota" }, { "s dak", "south dakota" }, { "r i", "rhode island" },
	{ "w va", "west virginia" },
};

/* The canonical index of the state of gazetteer key key, else -1. */
static int
state_place(const char *key)
{
	const struct gz_entry *g = gaz_lookup(key, strlen(key), gaz_hash(key, strlen(key)));

	return g && g->place >= 0 ? g->place : -1;
}

/* The canonical index of the state abbreviated by the folded key k[0, n) ("mass", "n y"),
 * else -1. */
static int
abbrev_state(const char *k, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof abbrev / sizeof abbrev[0]; i++)
		if (strlen(abbrev[i].ab) == n && memcmp(abbrev[i].ab, k, n) == 0)
			return state_place(abbrev[i].key);
	return -1;
}

/* The postal codes of the states (and of DC and Puerto Rico), with their keys. */
static const struct {
	char code[3];
	const char *key;
} postal[] = {
	{ "AL", "alabama" }, { "AK", "alaska" }, { "AZ", "arizona" }, { "AR", "arkansas" },
	{ "CA", "california" }, { "CO", "colorado" }, { "CT", "connecticut" },
	{ "DE", "delaware" }, { "DC", "washington, d.c." }, { "FL", "florida" },
	{ "GA", "state of georgia" }, { "HI", "hawaii" }, { "ID", "idaho" },
	{ "IL", "illinois" }, { "IN", "indiana" }, { "IA", "iowa" }, { "KS", "kansas" },
	{ "KY", "kentucky" }, { "LA", "louisiana" }, { "ME", "maine" }, { "MD", "maryland" },
	{ "MA", "massachusetts" }, { "MI", "michigan" }, { "MN", "minnesota" },
	{ "MS", "mississippi" }, { "MO", "missouri" }, { "MT", "montana" },
	{ "NE", "nebraska" }, { "NV", "nevada" }, { "NH", "new hampshire" },
	{ "NJ", "new jersey" }, { "NM", "new mexico" }, { "NY", "state of new york" },
	{ "NC", "north carolina" }, { "ND", "north dakota" }, { "OH", "ohio" },
	{ "OK", "oklahoma" }, { "OR", "oregon" }, { "PA", "pennsylvania" },
	{ "PR", "puerto rico" }, { "RI", "rhode island" }, { "SC", "south carolina" },
	{ "SD", "south dakota" }, { "TN", "tennessee" }, { "TX", "texas" }, { "UT", "utah" },
	{ "VT", "vermont" }, { "VA", "virginia" }, { "WA", "state of washington" },
	{ "WV", "west virginia" }, { "WI", "wisconsin" }, { "WY", "wyoming" } };

/* The canonical place of the US state whose postal code is token i in an address, after
 * a town and its comma, before a ZIP code ("New Orleans, LA 70112", "Boise, ID
 * 83702-1234": "LA" was Los Angeles), or -1. */
int
ck_state_code(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *z;
	const char *s = b->text + t->start;
	size_t k;

	if (t->end - t->start != 2 || !(t->flags & TK_ALLCAP) || i == 0 || i + 1 >= b->n ||
	    b->t[i - 1].gap != GAP_COMMA || !(b->t[i - 1].flags & (TK_CAP | TK_ALLCAP)) ||
	    t->gap != GAP_SPACE)
		return -1;
	z = &b->t[i + 1];	/* the ZIP code: five digits */
	if (!(z->flags & TK_DIGIT) || z->end - z->start != 5 ||
	    strspn(b->text + z->start, "0123456789") != 5)
		return -1;
	for (k = 0; k < sizeof postal / sizeof postal[0]; k++)
		if (s[0] == postal[k].code[0] && s[1] == postal[k].code[1])
			return state_place(postal[k].key);
	return -1;
}

/* The state abbreviated at token i (and i + 1 when the first part is one letter), with
 * its full stop: its canonical index, and *last the abbreviation's last token; else -1. */
static int
state_at(const struct ex_block *b, size_t i, size_t *last)
{
	const struct token *t = &b->t[i];
	char key[8];
	size_t n = t->flen, k;

	*last = i;
	if (!(t->flags & TK_CAP) || n > 6)
		return -1;
	memcpy(key, b->fb + t->fold, n);
	if (n > 2 && key[n - 1] == '.') {	/* one token "N.D.", "W.Va." */
		for (k = 0; k + 1 < n; k++)
			key[k] = key[k] == '.' ? ' ' : key[k];
		n--;
	} else if (b->text[t->end] != '.') {
		return -1;
	}
	if (n == 1) {	/* "N. D.", "W.Va." */
		if (i + 1 >= b->n || !(b->t[i + 1].flags & TK_CAP) || b->t[i + 1].flen > 3 ||
		    b->text[t->end] != '.' || (t->gap != GAP_DOT && b->t[i + 1].start != t->end + 1))
			return -1;
		key[1] = ' ';
		memcpy(key + 2, b->fb + b->t[i + 1].fold, b->t[i + 1].flen);
		n = 2 + b->t[i + 1].flen;
		*last = i + 1;
		if (b->text[b->t[*last].end] != '.')
			return -1;
	}
	return abbrev_state(key, n);
}

/* The candidate of x from c0 on that starts at byte s, or x->n. */
static size_t
cand_at(const struct extraction *x, size_t c0, uint32_t s)
{
	size_t c;

	for (c = c0; c < x->n && x->c[c].start < s; c++)
		;
	return c;
}

/* Candidate c of x made a PLACE over bytes [s, e) with canonical canon, flags fl and ntok
 * words; when add, a new one opened at c first (the candidates stay in start order). */
static void
place_at(struct extraction *x, size_t c, bool add, uint32_t s, uint32_t e, int canon,
	 uint8_t fl, size_t ntok)
{
	if (add) {
		ex_add(x, s, e, ENT_PLACE);
		memmove(&x->c[c + 1], &x->c[c], (x->n - 1 - c) * sizeof *x->c);
		memset(&x->c[c], 0, sizeof x->c[c]);
	}
	x->c[c].start = s;
	x->c[c].end = e;
	x->c[c].type = ENT_PLACE;
	x->c[c].canon = (int16_t)canon;
	x->c[c].flags = fl;
	x->c[c].ntok = (uint8_t)ntok;
}

/* Is the folded word of token t one of the commonest English words? */
static int
common_at(const struct ex_block *b, const struct token *t)
{
	return gaz_is_common(b->fb + t->fold, t->flen) != 0;
}

/* Is candidate c shaped as a person's name: a known given name and a known family name
 * ("Mary Jones", not "Sierra Vista"), a known given name and a word that is neither a
 * common word nor a place's ("Debbie Lesko", "Kelly Armstrong": speeches name members of
 * Congress with their states so), or a word no list knows and a known family name
 * ("Bradley Byrne"; not "Bowling Green", "Fort Collins")? */
static int
person_shape(const struct ex_block *b, const struct cand *c)
{
	const struct token *f, *l;
	size_t lo = 0, hi = b->n, i;

	while (lo < hi) {	/* the first token at or after the name (tokens by start) */
		size_t mid = lo + (hi - lo) / 2;

		if (b->t[mid].start < c->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	i = lo;
	if (c->ntok < 2 || i == b->n || b->t[i].start != c->start)
		return 0;
	f = &b->t[i];
	for (; i < b->n && b->t[i].end < c->end; i++)	/* (its few words) */
		;
	if (i == b->n || b->t[i].end != c->end)
		return 0;
	l = &b->t[i];
	if ((f->cls & GZ_FIRST) && (l->cls & GZ_SURNAME))
		return 1;
	if (common_at(b, l) || (l->cls & (GZ_NAME | GZ_PLACE_HEAD | GZ_ORG_HEAD)))
		return 0;
	return (f->cls & GZ_FIRST) || (!f->cls && !common_at(b, f) && (l->cls & GZ_SURNAME));
}

/* Does a possessive stand right before byte s ("McLEAN's Edition", "Harper's Weekly"):
 * what it owns is a thing, a publisher's line's, not a town before its state? */
static int
owned(const char *t, uint32_t s)
{
	return s >= 3 && t[s - 1] == ' ' && (t[s - 2] | 32) == 's' &&
	       (t[s - 3] == '\'' || (s >= 5 && memcmp(t + s - 5, "\xe2\x80\x99", 3) == 0));
}

/*
 * A name of a few words that nothing calls a person's, then a comma and a US state's full
 * name that ends the phrase ("Terry W. Colvin, Sierra Vista, Arizona (USA)", "moved to
 * Sierra Vista, Arizona, last year"), is a town, as before a state's abbreviation: no
 * person is named with the state alone. Not before more of a phrase ("Jim Jordan, Ohio
 * Republican"), after a title ("Sen. Ann Lee, Texas") nor when it has a person's shape
 * ("Mary Jones, Texas, wrote"; "Kelly Armstrong, North Dakota": person_shape()).
 */
static void
state_towns(const struct ex_block *b, struct extraction *x, size_t c0)
{
	const char *t = b->text;
	size_t d;
	uint32_t e;

	for (d = c0; d + 1 < x->n; d++) {
		struct cand *c = &x->c[d];
		const struct cand *n = &x->c[d + 1];
		/* (or its postal code before a ZIP code: "#306 Arlington, VA 22202" was a
		 * man of 150 mentions in a register of lobbyists) */
		bool zip = n->end - n->start == 2 && t[n->end] == ' ' &&
			      strspn(t + n->end + 1, "0123456789") == 5;

		if (t[c->end] != ',' || n->type != ENT_PLACE ||
		    (c->type != ENT_PERSON && c->type != CAND_UNKNOWN &&
		     !(zip && c->type == ENT_PLACE)) ||
		    c->ntok > 3 || (c->flags & (CF_TITLE | CF_SPEECH)) ||
		    n->start != c->end + 2 || t[c->end + 1] != ' ' ||
		    (!zip && !gaz_us_state_name(t + n->start, n->end - n->start)) ||
		    owned(t, c->start))
			continue;
		e = n->end;
		if (t[e] == ' ' && (t[e + 1] == '(' || t[e + 1] == '-'))
			e++;
		if ((!zip && t[e] && !strchr("\n,.;:()-", t[e]) &&
		     strncmp(t + e, "\xe2\x80\x94", 3) != 0) || person_shape(b, c))
			continue;
		/* (a listed town before a ZIP code too is a town here, not a family name of
		 * the article's: "Arlington, VA 22202" beside a John G. Arlington) */
		if (c->type != ENT_PLACE)
			c->flags = 0;
		c->type = ENT_PLACE;
		c->flags |= CF_LOC;
	}
}

/* Does text go on after a name that ends a phrase: a stop, a bracket, the line's end, or
 * a comma or a blank before a lower-case word other than "and" and "or" (not a list of
 * names: "the University of Michigan, Harvard and Yale")? */
static int
phrase_ends(const char *t)
{
	if (!*t || strchr(".;:)\n", *t))
		return 1;
	if (*t != ',' && *t != ' ')
		return 0;
	t += *t == ',';
	if (*t != ' ' || !(t[1] >= 'a' && t[1] <= 'z'))
		return 0;
	return strncmp(t + 1, "and ", 4) != 0 && strncmp(t + 1, "or ", 3) != 0;
}

/* "from the University of California, Irvine, in 1984": a campus after a university's
 * name and a comma is part of its name, not a person or a town of its own, when the
 * phrase ends with it. */
static void
campuses(const struct ex_block *b, struct extraction *x, size_t c0)
{
	const char *t = b->text;
	size_t d;

	for (d = c0; d + 1 < x->n; d++) {
		struct cand *c = &x->c[d];
		const struct cand *n = &x->c[d + 1];

		if (t[c->end] != ',' || c->type != ENT_ORG || c->end - c->start < 15 ||
		    strncmp(t + c->start, "University of ", 14) != 0 || n->start != c->end + 2 ||
		    t[c->end + 1] != ' ' || n->ntok > 2 ||
		    (n->type != ENT_PERSON && n->type != ENT_PLACE && n->type != CAND_UNKNOWN) ||
		    (n->flags & (CF_TITLE | CF_SPEECH)) || !phrase_ends(t + n->end))
			continue;
		c->end = n->end;
		c->ntok = (uint8_t)(c->ntok + n->ntok < 255 ? c->ntok + n->ntok : 255);
		c->canon = -1;
		memmove(&x->c[d + 1], &x->c[d + 2], (x->n - d - 2) * sizeof *x->c);
		x->n--;
	}
}

/* Make state st of bytes [s, e) a PLACE among x's candidates from c0 (sorted by start):
 * the candidate of the hyphenated word it ends ("D-Calif", taken for a name) becomes it,
 * or the part inside it, else a new one is put in its place. */
static void
add_state(struct extraction *x, size_t c0, uint32_t s, uint32_t e, int st)
{
	size_t c = cand_at(x, c0, s);
	bool add = false;

	if (c > c0 && x->c[c - 1].end >= s) {
		if (x->c[c - 1].end > e || x->c[c - 1].start + 2 != s)
			return;
		c--;	/* the whole "D-Calif" */
	} else if (c < x->n && x->c[c].start < e) {
		if (x->c[c].end > e)
			return;
	} else {
		add = true;
	}
	place_at(x, c, add, s, e, st, 0, 1);
}

/* A member of Congress's party and state ("Sen. Ed Markey, D-Mass.", "Rep. Nancy Mace,
 * R-S.C.", "I-Vt."): the party's letter, a hyphen and the state's abbreviation with its
 * full stop. The state is a place, as "R-Ohio" makes Ohio one (ck_emit_parts()). */
static void
party_states(const struct ex_block *b, struct extraction *x, size_t c0)
{
	const char *s = b->text;
	char key[8];
	size_t i, n, k;
	int st;

	for (i = 0; i < b->n; i++) {
		const struct token *t = &b->t[i];
		uint32_t p = t->start + 2, e = t->end;

		if (!(t->flags & TK_HYPH) || e - t->start < 3 || s[t->start + 1] != '-' ||
		    !strchr("DRI", s[t->start]) || s[e] != '.' || e - p > 5)
			continue;
		for (n = 0; p + n < e; n++)
			key[n] = (char)(s[p + n] | 0x20);
		if (n == 1) {	/* "N.Y.", "S.C.": one letter, then another */
			if (i + 1 >= b->n || b->t[i + 1].start != e + 1 ||
			    b->t[i + 1].end - b->t[i + 1].start > 3 || s[b->t[i + 1].end] != '.')
				continue;
			key[1] = ' ';
			for (k = 0; k < b->t[i + 1].end - b->t[i + 1].start && n < 6; k++)
				key[++n] = (char)(s[b->t[i + 1].start + k] | 0x20);
			n++;
			e = b->t[i + 1].end;
		}
		if ((st = abbrev_state(key, n)) >= 0)
			add_state(x, c0, p, e, st);
	}
}

void
ex_states(const struct ex_block *b, struct extraction *x, size_t c0)
{
	size_t i, last, c, d;
	bool add;
	int st;

	for (i = 1; i < b->n; i++) {
		const struct token *t = b->t;
		size_t n = b->n;

		while (i < n && t[i - 1].gap != GAP_COMMA)	/* most tokens: one test */
			i++;
		if (i == n || !(t[i - 1].flags & TK_CAP) || t[i].flen > 6 ||
		    (st = state_at(b, i, &last)) < 0)
			continue;
		/* the town: a candidate ending at the comma (if any: "ROCHESTER, Minn." of a
		 * dateline is none), a place unless an organisation */
		for (d = c0; d < x->n && x->c[d].end < b->t[i - 1].end; d++)
			;
		if (d < x->n && x->c[d].end == b->t[i - 1].end &&
		    (x->c[d].type == ENT_PERSON || x->c[d].type == CAND_UNKNOWN)) {
			x->c[d].type = ENT_PLACE;
			x->c[d].flags = CF_LOC;
		}
		c = cand_at(x, c0, b->t[i].start);
		/* (none there: a new one, in its place) */
		add = !(c < x->n && x->c[c].start < b->t[last].end);
		if (!add && x->c[c].end > b->t[last].end)
			continue;	/* inside a longer name */
		place_at(x, c, add, b->t[i].start,
			 b->t[last].end - (b->text[b->t[last].end - 1] == '.'), st, 0, last - i + 1);
		i = last;
	}
	party_states(b, x, c0);
}

/* Does a dateline's place end at byte end: a dash or an agency's bracket after it ("Wis.
 * (AP)", "Texas —")? */
static int
dateline_end(const struct ex_block *b, uint32_t end)
{
	const unsigned char *p = (const unsigned char *)b->text + end;

	while (*p == '.' || *p == ' ')
		p++;
	return *p == '(' || *p == '-' || (p[0] == 0xe2 && p[1] == 0x80 &&
					  (p[2] == 0x94 || p[2] == 0x93));
}

/* Is token i the abbreviated "St.", "Ft." or "Mt." of a town's name ("EAST ST. LOUIS")? */
static bool
town_abbrev(const struct ex_block *b, size_t i)
{
	const char *f = b->fb + b->t[i].fold;

	return b->t[i].flen == 2 && (!memcmp(f, "st", 2) || !memcmp(f, "ft", 2) ||
				     !memcmp(f, "mt", 2));
}

void
ex_datelines(const struct ex_block *b, struct extraction *x, size_t c0)
{
	size_t a, z, c, d;

	for (a = 0; a < b->n; a++) {
		if (a > 0 && b->t[a - 1].gap != GAP_LINE)
			continue;	/* first on its line only */
		for (z = a; z + 1 < b->n && z < a + 2 && (b->t[z].flags & TK_ALLCAP) &&
			    (b->t[z].gap == GAP_SPACE || (b->t[z].gap == GAP_DOT && town_abbrev(b, z)));
		     z++)
			;
		if (z + 1 >= b->n || !(b->t[z].flags & TK_ALLCAP) || b->t[z].gap != GAP_COMMA)
			continue;
		c = cand_at(x, c0, b->t[a].start);
		/* the town's last words a listed place, its first ones no name: the town is
		 * all of them ("NEW LONDON, Conn. --" was London, "NORTH LITTLE ROCK, Ark."
		 * Little Rock) */
		if (c + 1 < x->n && x->c[c].start > b->t[a].start && x->c[c].end == b->t[z].end &&
		    x->c[c].type == ENT_PLACE && x->c[c + 1].start == b->t[z + 1].start &&
		    x->c[c + 1].type == ENT_PLACE && dateline_end(b, x->c[c + 1].end)) {
			x->c[c].start = b->t[a].start;
			x->c[c].canon = -1;
			x->c[c].ntok = (uint8_t)(z - a + 1);
			x->c[c].flags = CF_LOC;
			a = z;
			continue;
		}
		d = c < x->n && x->c[c].start == b->t[a].start && x->c[c].end == b->t[z].end &&
		    (x->c[c].type == ENT_PERSON || x->c[c].type == CAND_UNKNOWN) ? c + 1 : c;
		/* a place after the comma, then the dateline's dash or agency ("(AP)") */
		if (d >= x->n || x->c[d].start != b->t[z + 1].start || x->c[d].type != ENT_PLACE ||
		    !dateline_end(b, x->c[d].end))
			continue;
		if (d > c) {	/* the town read as a person's name alone */
			x->c[c].type = ENT_PLACE;
			x->c[c].flags = CF_LOC;
			x->c[c].canon = (int16_t)(z == a && b->t[a].gz ? b->t[a].gz->place : -1);
			a = z;
			continue;
		}
		if (c < x->n && x->c[c].start < b->t[z].end)
			continue;	/* the chunker made something else of it */
		place_at(x, c, true, b->t[a].start, b->t[z].end,
			 z == a && b->t[a].gz ? b->t[a].gz->place : -1, CF_LOC, z - a + 1);
		a = z;
	}
	state_towns(b, x, c0);	/* after: a dateline's town keeps its listed city */
	campuses(b, x, c0);
}
