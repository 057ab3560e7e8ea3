/* resolve_set.c -- entities from resolved mentions: grouping, aliases, display names, ids. MIT licence. */
#include "config.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"
#include "dossier/text.h"
#include "dossier/util.h"

/*
 * Entities are numbered in (type, folded key, display name) order, so ids do not depend
 * on the order of articles or threads. A display name is the gazetteer's canonical name,
 * the ISO date, or for people the most frequent full form with accents preferred
 * ("Nicolás Maduro" over "Nicolas Maduro"); aliases are listed most frequent first.
 */

/* Per-entity working data while grouping. */
struct egroup {
	uint8_t type;
	uint32_t key;		/* arena offset */
	uint32_t canon;		/* arena offset of the display name */
	uint32_t nment, narts, lastart;
	size_t first;		/* first mention index */
};

static int
has_non_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

/* Is s written in capitals only, and no acronym: a headline's "PENN TRAFFIC",
 * "MARRIOTT" (words of several, or a word of six letters or more), not "NATO", "IBM"? */
static int
shouted(const char *s)
{
	size_t run = 0, most = 0;
	int space = 0;

	for (; *s; s++) {
		if (*s >= 'a' && *s <= 'z')
			return 0;
		if (*s >= 'A' && *s <= 'Z') {
			if (++run > most)
				most = run;
		} else {
			space |= *s == ' ';
			run = 0;
		}
	}
	return most >= 2 && (space || most >= 6);
}

/* One distinct surface of an entity. */
struct alias {
	const char *surf;
	uint32_t count;
	size_t first;		/* first mention with it: ties go to the earlier form */
	uint32_t was;		/* its index before the sort */
};

static int
alias_cmp(const void *a, const void *b)
{
	const struct alias *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* Group mentions into entities by (type, key). Returns the number of groups. */
static size_t
group(struct resolver *r, struct egroup **gp)
{
	struct imap map;
	struct egroup *g = NULL;
	size_t ng = 0, gcap = 0, i;

	rs_imap_init(&map, 1024);
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];
		long v;

		if (m->type >= ENT_NTYPES)
			continue;
		if ((v = rs_imap_get(&map, (uint64_t)m->type << 32 | m->key)) < 0) {
			xgrow((void **)&g, &gcap, ng + 1, sizeof *g);
			memset(&g[ng], 0, sizeof *g);
			g[ng].type = m->type;
			g[ng].key = m->key;
			g[ng].lastart = UINT32_MAX;
			g[ng].first = i;
			rs_imap_put(&map, (uint64_t)m->type << 32 | m->key, (uint32_t)ng);
			v = (long)ng++;
		}
		r->ent[i] = (uint32_t)v;
		g[v].nment++;
		if (g[v].lastart != m->art) {
			g[v].narts++;
			g[v].lastart = m->art;
		}
	}
	rs_imap_free(&map);
	*gp = g;
	return ng;
}

/* Does the alias fold to the key itself (and so carries no legal form, "Google" beside
 * "Google Inc")? With words set, it must also have two words or more. */
int
rs_folds_to_key(const char *surf, const char *key, int words)
{
	size_t len = strlen(surf), n, kl = strlen(key);
	char stack[256], *buf = 4 * len + 8 <= sizeof stack ? stack : xmalloc(4 * len + 8);
	int ok;

	n = ex_fold(surf, len, buf, 4 * len + 8);
	/* (words 2: the key and more words after it, "scientific micro systems inc") */
	ok = words == 2 ? n > kl && memcmp(buf, key, kl) == 0 && buf[kl] == ' ' :
	     n == kl && memcmp(buf, key, n) == 0 && (!words || strchr(key, ' '));
	if (buf != stack)
		free(buf);
	return ok;
}

/* The words of folded s[0, n) but "the" and "of", hyphens as blanks, sorted, into out
 * (blank-separated); its length. */
static size_t
order_free(const char *s, size_t n, char *out, size_t cap)
{
	const char *w[64];
	size_t wl[64], nw = 0, i, j, o = 0, l;
	char tmp[512];

	if (n >= sizeof tmp)
		return 0;
	for (i = 0; i < n; i++)
		tmp[i] = s[i] == '-' ? ' ' : s[i];
	for (i = 0; i < n && nw < 64; i += l) {
		while (i < n && tmp[i] == ' ')
			i++;
		for (l = 0; i + l < n && tmp[i + l] != ' '; l++)
			;
		if (l && !(l == 3 && !memcmp(tmp + i, "the", 3)) && !(l == 2 && !memcmp(tmp + i, "of", 2))) {
			for (j = nw; j > 0 && (strncmp(w[j - 1], tmp + i, l < wl[j - 1] ? l : wl[j - 1]) > 0 ||
			     (strncmp(w[j - 1], tmp + i, l < wl[j - 1] ? l : wl[j - 1]) == 0 && wl[j - 1] > l)); j--) {
				w[j] = w[j - 1];
				wl[j] = wl[j - 1];
			}
			w[j] = tmp + i;
			wl[j] = l;
			nw++;
		}
	}
	for (i = 0; i < nw; i++) {
		if (o + wl[i] + 1 >= cap)
			return 0;
		memcpy(out + o, w[i], wl[i]);
		o += wl[i];
		out[o++] = ' ';
	}
	return o;
}

/* Is surf the key's words in another order ("Department of State", "state department":
 * an organisation's key made in one word order, resolve_orgname.c)? */
static int
reordered(const char *surf, const char *key)
{
	size_t len = strlen(surf), n, a, b;
	char fold[512], x[512], y[512];

	if (4 * len + 8 > sizeof fold)
		return 0;
	n = ex_fold(surf, len, fold, sizeof fold);
	a = order_free(fold, n, x, sizeof x);
	b = order_free(key, strlen(key), y, sizeof y);
	return a && a == b && memcmp(x, y, a) == 0;
}

/* The most written of al[0, n) not in a headline's capitals, else the most written. */
static const char *
first_quiet(const struct alias *al, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!shouted(al[i].surf))
			return al[i].surf;
	return al[0].surf;
}

/* Display name: for people the full form, accented preferred, then the most frequent;
 * never a headline's capitals where the text writes the name otherwise too. */
static const char *
pick_canon(const struct resolver *r, const struct egroup *g, const struct alias *al, size_t n)
{
	const struct rm *m = &r->m[g->first];
	const char *best = NULL, *key = rs_str(r, g->key);
	char son[256];
	uint32_t bestn = 0;
	size_t i = rs_junior_stem(key);
	int pass;

	if (g->type == ENT_DATE)
		return key;
	/* (a son keyed apart, "donald trump\x05jr": his name as written; rs_junior_title()
	 * adds the "Jr.") */
	if (i && i < sizeof son) {
		memcpy(son, key, i);
		son[i] = '\0';
		key = son;
	}
	/* A generic body keyed by its country ("Brazil's Supreme Court") shows its longest
	 * name ("Supreme Court of Brazil"), not the gazetteer's "Supreme Court"; a person
	 * whose name a place's word first stood for ("Washington" of "the character of
	 * Washington") is never shown by the place's name ("Washington, D.C."). */
	if (g->type != ENT_PERSON && gaz_canon(m->canon) &&
	    !(g->type == ENT_ORG && r->gkey[m->canon] != g->key &&
				     !reordered(gaz_canon(m->canon), key)))
		return gaz_canon(m->canon);
	if (g->type == ENT_ORG || g->type == ENT_PLACE) {
		/* The name as keyed ("Google", not "Google Inc"), else the full name written
		 * most, the longest of those written as often, rather than its acronym ("Data
		 * Protection Commission", not DPC; "Siemens AG" six times, not the "Siemens
		 * SIMpad SL4" of a product's one mention); a listed body keyed by its country
		 * the longest ("Supreme Court of Brazil"). */
		int longest = gaz_canon(m->canon) != NULL;

		/* (but the form written most when it is the key's words in another order:
		 * "Department of State" 104 times, "State Department" 33) */
		/* (a headline's capitals, "PENN TRAFFIC", "MARRIOTT", only where nothing else
		 * is written: "Penn Traffic", "Marriott Corp"; pass 0 leaves them out) */
		for (pass = 0; pass < 2; pass++) {
			for (i = 0; i < n; i++)
				if ((pass || !shouted(al[i].surf)) && rs_folds_to_key(al[i].surf, key, 0))
					return i > 0 && reordered(al[0].surf, key) &&
					       (pass || !shouted(al[0].surf)) ? al[0].surf : al[i].surf;
			/* the key itself only in capitals: the key written with its legal form
			 * ("Scientific Micro Systems Inc", not the "Scientific Micro" of later) */
			for (i = 0; !pass && i < n; i++)
				if (!shouted(al[i].surf) && rs_folds_to_key(al[i].surf, key, 2))
					return al[i].surf;
			for (i = 0; i < n; i++)	/* (al is most written first) */
				if (strchr(al[i].surf, ' ') && (pass || !shouted(al[i].surf)) &&
				    (!best || ((longest || al[i].count == bestn) &&
					       strlen(al[i].surf) > strlen(best)))) {
					best = al[i].surf;
					bestn = al[i].count;
				}
			if (best)
				return best;
		}
		return first_quiet(al, n);
	}
	if (g->type != ENT_PERSON)
		return first_quiet(al, n);
	for (i = 0; i < n; i++)
		if (rs_folds_to_key(al[i].surf, key, 1) &&
		    (!best || (shouted(best) && !shouted(al[i].surf)) ||
		     (has_non_ascii(al[i].surf) && !has_non_ascii(best) &&
		      shouted(al[i].surf) == shouted(best))))
			best = al[i].surf;
	return best ? best : first_quiet(al, n);
}

/* Mention indices ordered by entity (counting sort; 32 bits, as everywhere a mention's
 * index is kept); start[e] is entity e's first. Their surfaces in the same order in
 * *surfp, read in one pass over the mentions rather than one mention at a time (a cache
 * miss each at 100k articles). */
static uint32_t *
by_entity(const struct resolver *r, size_t ng, size_t **startp, uint32_t **surfp)
{
	size_t *start = xcalloc(ng + 2, sizeof *start), *pos, i;
	uint32_t *surf, *order;

	for (i = 0; i < r->n; i++)
		if (r->m[i].type < ENT_NTYPES)
			start[r->ent[i] + 1]++;
	for (i = 0; i < ng; i++)
		start[i + 1] += start[i];
	pos = xmalloc((ng + 1) * sizeof *pos);
	memcpy(pos, start, (ng + 1) * sizeof *pos);
	order = xbig_alloc((start[ng] ? start[ng] : 1) * sizeof *order);
	surf = xbig_alloc((start[ng] ? start[ng] : 1) * sizeof *surf);
	for (i = 0; i < r->n; i++)
		if (r->m[i].type < ENT_NTYPES) {
			size_t at = pos[r->ent[i]]++;

			order[at] = (uint32_t)i;
			surf[at] = r->at[i].surf;
		}
	free(pos);
	*startp = start;
	*surfp = surf;
	return order;
}

/* Count the distinct surfaces sfs[0..n) of mentions ms[0..n) into al, with a hash on the
 * interned surface offsets: tab has room for 2n, all UINT32_MAX on entry and again on
 * return (the slots used are listed in tval and cleared); pre[i] gets the index in al of
 * mention i's surface. */
static size_t
count_aliases(const struct resolver *r, const uint32_t *ms, const uint32_t *sfs, size_t n,
	      struct alias *al, uint32_t *tab, uint32_t *tval, uint32_t *used, uint32_t *pre)
{
	size_t i, na = 0, h, tcap = 16;

	while (tcap < 2 * n)	/* a small entity's slots stay in the cache */
		tcap <<= 1;
	for (i = 0; i < n; i++) {
		uint32_t sf = sfs[i];

		for (h = (sf * 2654435761u) & (tcap - 1); tab[h] != UINT32_MAX && tab[h] != sf;
		     h = (h + 1) & (tcap - 1))
			;
		if (tab[h] == sf) {
			al[tval[h]].count++;
			pre[i] = tval[h];
			continue;
		}
		tab[h] = sf;
		tval[h] = (uint32_t)na;
		used[na] = (uint32_t)h;
		pre[i] = (uint32_t)na;
		al[na] = (struct alias){ rs_str(r, sf), 1, ms[i], (uint32_t)na };
		na++;
	}
	for (i = 0; i < na; i++)
		tab[used[i]] = UINT32_MAX;
	return na;
}

/* Is every letter of s a capital (and there are two or more)? */
static bool
all_caps(const char *s)
{
	size_t i = 0, len = strlen(s), letters = 0;
	uint32_t cp;

	while (i < len) {
		i += text_decode(s + i, len - i, &cp);
		if (utf8proc_islower((utf8proc_int32_t)cp))
			return false;
		letters += utf8proc_isupper((utf8proc_int32_t)cp) != 0;
	}
	return letters >= 2;
}

/* Does the word at w[0..n) read as a Roman numeral ("III", "IV")? */
static bool
roman(const char *w, size_t n)
{
	return n >= 2 && n <= 4 && strspn(w, "IVX") >= n;
}

/* A person's name known only in capitals (a signature, a heading: "DWIGHT D.
 * EISENHOWER") shown as a name is written: "Dwight D. Eisenhower", "John McCain" from
 * MCCAIN, "O'Neill", "Henry VIII". Returns a new string. */
static char *
name_case(const char *s)
{
	struct sbuf b = {0};
	size_t i = 0, len = strlen(s), w = 0, end = 0, k;
	uint32_t cp;
	char enc[4];

	while (i < len) {
		if (i == w)	/* a word starts (after a blank, a hyphen or an apostrophe) */
			end = w + strcspn(s + w, " -'");
		k = text_decode(s + i, len - i, &cp);
		if (i > w && !roman(s + w, end - w) &&
		    !(i == w + 2 && end - w > 3 && !strncmp(s + w, "MC", 2)))
			cp = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
		sb_add(&b, enc, text_encode(cp, enc));
		i += k;
		if (i < len && strchr(" -'", s[i])) {
			sb_addc(&b, s[i++]);
			w = i;
		}
	}
	sb_cstr(&b);
	return b.data ? b.data : xstrdup("");
}

/* The gazetteer's entry of the word w[0..n), or NULL. */
static const struct gz_entry *
word_entry(const char *w, size_t n)
{
	char fold[4 * 128 + 8];

	n = ex_fold(w, n, fold, sizeof fold);
	return n < sizeof fold ? gaz_find(fold, n) : NULL;
}

/*
 * A person's name with its family name in capitals, as reference works and annals write
 * it ("Christopher COLUMBUS", "KIM Jong Il", "SASSOU-Nguesso", "Charles DE GAULLE"): each
 * word or hyphen's part of three capitals or more (two before a hyphen: "EL-Sisi") shown
 * as a name is written, a particle inside in lower case ("Christopher Columbus", "Kim Jong
 * Il", "Sassou-Nguesso", "Charles de Gaulle", "El-Sisi"), and so a listed family name of
 * two ("XI Jinping", "LI Qiang"); Roman numerals ("George TUPOU V"), initials ("J.R."),
 * known acronyms and other words of two capitals ("DJ") stay.
 * Returns a new string, or NULL when no word is in capitals.
 */
static char *
family_case(const char *s)
{
	struct sbuf b = {0};
	size_t i = 0, n, k, len = strlen(s);
	bool changed = false;
	char part[128];

	while (i < len) {
		n = strcspn(s + i, " -");
		/* (a numeral first is no king's: "XI Jinping") */
		if (n >= 2 && n < sizeof part && !(i > 0 && roman(s + i, n)) &&
		    !memchr(s + i, '.', n)) {
			const struct gz_entry *g = word_entry(s + i, n);

			memcpy(part, s + i, n);
			part[n] = '\0';
			if (!all_caps(part) || (g && g->acr))
				;
			else if (i > 0 && s[i + n] == ' ' && g && (g->word & GZ_PARTICLE)) {
				for (k = 0; k < n; k++)	/* "Charles DE GAULLE": "de" */
					part[k] = (char)(part[k] | 0x20);
				sb_adds(&b, part);
				changed = true;
				i += n;
				n = 0;
			} else if (n >= 3 || s[i + n] == '-' ||
				   (g && (g->word & (GZ_FF | GZ_SURNAME)))) {
				char *named = name_case(part);

				if (roman(part, n))	/* (name_case() keeps a numeral) */
					for (k = 1; k < n; k++)
						named[k] = (char)(named[k] | 0x20);
				sb_adds(&b, named);
				free(named);
				changed = true;
				i += n;
				n = 0;
			}
		}
		sb_add(&b, s + i, n);
		i += n;
		if (i < len)
			sb_addc(&b, s[i++]);
	}
	sb_cstr(&b);
	if (!changed) {
		free(b.data);
		return NULL;
	}
	return b.data;
}

/* The naming of the groups, shared by its threads. */
struct naming {
	struct resolver *r;
	const struct egroup *g;
	struct entity *ents;	/* ents[e] filled for group e, by one thread */
	const size_t *start;	/* by_entity()'s */
	const uint32_t *order;
	const uint32_t *surf;
	uint16_t *alias_of;	/* per mention: its struct mention's surf, filled here */
	size_t ng, most;	/* groups; the mentions of the largest */
	atomic_size_t next;	/* the first group of the next chunk to name */
};

/* Groups handed out at once; with fewer groups than NAME_THREADS_MIN, one thread. */
#define NAME_CHUNK 2048
#define NAME_THREADS_MIN 16384

/* A woman keyed apart by her honorific ("mrs bennet", rs_women_apart()) is shown with it
 * when her name is the lone family name: "Mrs. Bennet", "Miss Bennet", not two rows
 * "Bennet" beside Mr. Bennet's. */
static void
woman_title(const char *key, char **canon)
{
	const struct rs_woman_word *w;
	size_t k, n;
	char *t;

	for (k = 0; k < sizeof rs_woman_words / sizeof *rs_woman_words; k++) {
		w = &rs_woman_words[k];
		n = strlen(w->key);
		if (strncmp(key, w->key, n) != 0 || key[n] != ' ' ||
		    !rs_folds_to_key(*canon, key + n + 1, 0))
			continue;
		t = xmalloc(strlen(w->shown) + 1 + strlen(*canon) + 1);
		sprintf(t, "%s %s", w->shown, *canon);
		free(*canon);
		*canon = t;
		return;
	}
}

/* Aliases, canonical name and its folded key of group e into w->ents[e], and each of its
 * mentions' alias (w->alias_of); al, tab, tval, used and pre are the thread's scratch
 * (count_aliases()). */
static void
name_group(const struct naming *w, size_t e, struct alias *al, uint32_t *tab, uint32_t *tval,
	   uint32_t *used, uint32_t *pre)
{
	const struct egroup *g = &w->g[e];
	struct entity *ent = &w->ents[e];
	const uint32_t *ms = w->order + w->start[e];
	size_t n = w->start[e + 1] - w->start[e], na, k;

	na = count_aliases(w->r, ms, w->surf + w->start[e], n, al, tab, tval, used, pre);
	if (na > 1)
		qsort(al, na, sizeof *al, alias_cmp);
	/* A mention whose bytes are its surface's (written with single spaces) is that
	 * alias; used, free again, maps the indices before the sort to those after. */
	for (k = 0; k < na; k++)
		used[al[k].was] = (uint32_t)k;
	for (k = 0; k < n; k++) {
		const struct rm_at *at = &w->r->at[ms[k]];
		uint32_t to = used[pre[k]];

		w->alias_of[ms[k]] = at->raw == at->surf && to < UINT16_MAX - 1 ?
				     (uint16_t)(to + 1) : 0;
	}
	ent->aliases = xmalloc((na ? na : 1) * sizeof *ent->aliases);
	ent->naliases = na;
	for (k = 0; k < na; k++)
		ent->aliases[k] = xstrdup(al[k].surf);
	ent->canonical = xstrdup(na ? pick_canon(w->r, g, al, na) : rs_str(w->r, g->key));
	if (g->type == ENT_PERSON && all_caps(ent->canonical)) {
		char *named = name_case(ent->canonical);

		free(ent->canonical);
		ent->canonical = named;
	} else if (g->type == ENT_PERSON) {
		char *named = family_case(ent->canonical);

		if (named) {
			free(ent->canonical);
			ent->canonical = named;
		}
	}
	if (g->type == ENT_PERSON) {
		woman_title(rs_str(w->r, g->key), &ent->canonical);
		rs_seat_title(rs_str(w->r, g->key), &ent->canonical);
		rs_junior_title(rs_str(w->r, g->key), &ent->canonical);
	}
	ent->key = text_fold(ent->canonical, strlen(ent->canonical), NULL);
}

/* One thread of the naming: chunks of groups until none is left. The threads only read
 * the resolver (nothing is interned here) and each fills the entities of its chunks. */
static void *
name_worker(void *arg)
{
	struct naming *w = arg;
	size_t tcap = 16, e, end;
	struct alias *al;
	uint32_t *tab, *tval, *used, *pre;

	while (tcap < 2 * w->most)
		tcap <<= 1;
	al = xmalloc(w->most * sizeof *al);
	tab = xmalloc(tcap * sizeof *tab);
	tval = xmalloc(tcap * sizeof *tval);
	used = xmalloc(w->most * sizeof *used);
	pre = xmalloc(w->most * sizeof *pre);
	memset(tab, 0xff, tcap * sizeof *tab);
	while ((e = atomic_fetch_add(&w->next, NAME_CHUNK)) < w->ng)
		for (end = e + NAME_CHUNK < w->ng ? e + NAME_CHUNK : w->ng; e < end; e++)
			name_group(w, e, al, tab, tval, used, pre);
	free(pre);
	free(al);
	free(tab);
	free(tval);
	free(used);
	return NULL;
}

/* Fill aliases, canonical names and keys of every group into ents[group]: on two threads
 * for a large corpus (a third of the entity set's time at 100k articles), each entity's
 * the same whichever thread names it. Returns each mention's struct mention surf, by
 * its index in r (owned by the caller: free()). */
static uint16_t *
name_groups(struct resolver *r, const struct egroup *g, size_t ng, struct entity *ents)
{
	struct naming w = { r, g, ents, NULL, NULL, NULL, NULL, ng, 1, 0 };
	size_t *start, e;
	uint32_t *surf;

	w.alias_of = xbig_alloc((r->n ? r->n : 1) * sizeof *w.alias_of);
	w.order = by_entity(r, ng, &start, &surf);
	w.start = start;
	w.surf = surf;
	for (e = 0; e < ng; e++)
		if (start[e + 1] - start[e] > w.most)
			w.most = start[e + 1] - start[e];
	atomic_init(&w.next, 0);
	threads_run(ng >= NAME_THREADS_MIN ? 2 : 1, name_worker, &w);
	free((void *)w.order);
	free(surf);
	free(start);
	return w.alias_of;
}

/* Entity ids follow type, then folded key, then display name (entity.h); the corrected
 * set (correct_set.c) numbers its entities by the same order. */
int
entity_order_cmp(const void *a, const void *b)
{
	const struct entity_order *x = a, *y = b;
	int c;

	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	if ((c = strcmp(x->key, y->key)) != 0)
		return c;
	return strcmp(x->canon, y->canon);
}

int
entity_rank_cmp(const void *pa, const void *pb, void *ctx)
{
	const struct entity *ents = ctx;
	const struct entity *a = &ents[*(const uint32_t *)pa];
	const struct entity *b = &ents[*(const uint32_t *)pb];

	if (a->narticles != b->narticles)
		return a->narticles > b->narticles ? -1 : 1;
	if (a->nmentions != b->nmentions)
		return a->nmentions > b->nmentions ? -1 : 1;
	return a->id < b->id ? -1 : 1;
}

/* Sort ord[0, n) as qsort with entity_order_cmp() does, stably: a radix sort on the type
 * and the first seven bytes of the key, then each run of one prefix by the comparator
 * (a qsort of the whole set compared 211,000 keys at 100k articles 18 times each). */
static void
sort_order(struct entity_order *ord, size_t n)
{
	uint64_t *k = xmalloc((n + 1) * sizeof *k);
	uint32_t *v;
	size_t i, j, b;

	for (i = 0; i < n; i++) {
		const unsigned char *key = (const unsigned char *)ord[i].key;

		k[i] = (uint64_t)ord[i].type << 56;
		for (b = 0; b < 7 && key[b]; b++)
			k[i] |= (uint64_t)key[b] << (8 * (6 - b));
	}
	v = rs_sort_order(k, n);
	rs_permute(ord, v, n, sizeof *ord);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && k[j] == k[i]; j++)
			;
		if (j - i > 1)
			qsort(ord + i, j - i, sizeof *ord, entity_order_cmp);
	}
	free(k);
	free(v);
}

/* Build the entity set: entities in id order, mentions per article. */
static struct entity_set *
build_set(struct resolver *r, const struct egroup *g, size_t ng, struct entity *tmp,
	  const uint16_t *alias_of)
{
	struct entity_set *s = xcalloc(1, sizeof *s);
	struct entity_order *ord = xmalloc((ng ? ng : 1) * sizeof *ord);
	uint32_t *id = xmalloc((ng ? ng : 1) * sizeof *id);
	size_t i, a;

	for (i = 0; i < ng; i++)
		ord[i] = (struct entity_order){ (uint32_t)i, g[i].type, rs_str(r, g[i].key), tmp[i].canonical };
	sort_order(ord, ng);
	s->ents = xcalloc(ng ? ng : 1, sizeof *s->ents);
	s->n = ng;
	for (i = 0; i < ng; i++) {
		struct entity *e = &s->ents[i];
		uint32_t gi = ord[i].at;

		*e = tmp[gi];
		e->id = (uint32_t)i;
		e->type = g[gi].type;
		e->narticles = g[gi].narts;
		e->nmentions = g[gi].nment;
		id[gi] = (uint32_t)i;
	}
	s->narticles = r->narts;
	s->mentions = xcalloc(r->narts ? r->narts : 1, sizeof *s->mentions);
	s->nmentions = xcalloc(r->narts ? r->narts : 1, sizeof *s->nmentions);
	for (a = 0; a < r->narts; a++) {
		size_t k = 0;

		for (i = r->first[a]; i < r->first[a + 1]; i++)
			k += r->m[i].type < ENT_NTYPES;
		s->mentions[a] = xmalloc((k ? k : 1) * sizeof *s->mentions[a]);
		for (i = r->first[a], k = 0; i < r->first[a + 1]; i++) {
			const struct rm *m = &r->m[i];

			if (m->type >= ENT_NTYPES)
				continue;
			s->mentions[a][k++] = (struct mention){ r->at[i].start, r->at[i].end, id[r->ent[i]],
								 m->type, alias_of[i] };
		}
		s->nmentions[a] = k;
		s->total_mentions += k;
	}
	free(ord);
	free(id);
	return s;
}

struct entity_set *
rs_entity_set(struct resolver *r)
{
	struct egroup *g;
	struct entity *tmp;
	struct entity_set *s;
	uint16_t *alias_of;
	size_t ng;

	r->ent = xbig_alloc((r->n ? r->n : 1) * sizeof *r->ent);
	ng = group(r, &g);
	tmp = xcalloc(ng ? ng : 1, sizeof *tmp);
	alias_of = name_groups(r, g, ng, tmp);
	s = build_set(r, g, ng, tmp, alias_of);
	free(alias_of);
	free(r->ent);
	r->ent = NULL;
	free(tmp);
	free(g);
	return s;
}

void
entity_set_free(struct entity_set *s)
{
	size_t i, j;

	if (!s)
		return;
	for (i = 0; i < s->n; i++) {
		free(s->ents[i].canonical);
		free(s->ents[i].key);
		for (j = 0; j < s->ents[i].naliases; j++)
			free(s->ents[i].aliases[j]);
		free(s->ents[i].aliases);
	}
	free(s->ents);
	for (i = 0; i < s->nformer; i++)
		free(s->former[i].key);
	free(s->former);
	for (i = 0; i < s->narticles; i++)
		entity_set_free_mentions(s, i);
	free(s->block);
	free(s->mentions);
	free(s->nmentions);
	free(s);
}

void
entity_set_free_mentions(struct entity_set *s, size_t a)
{
	struct mention *m = s->mentions[a];

	if (!s->block || m < s->block || m >= s->block + s->nblock)
		free(m);
	s->mentions[a] = NULL;
	s->nmentions[a] = 0;
}
