/* extract_front.c -- backslash escapes in the text, and a Markdown article's front matter: no prose but its title's and its author's. MIT licence. */
#include "config.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "dossier/corpus.h"
#include "dossier/extract.h"
#include "dossier/util.h"

/*
 * Text written out by a program carries its escapes: YAML's "Joe\_Biden" (a no-break
 * space), JSON's "\u201CHank\u201D" and "\nPresident", Markdown's "\*". Nothing is
 * decoded (a mention is bytes of the file), but the tokenizer reads an escaped blank as a
 * blank and any other escape as a sign between words: "Joe\_Biden" was a person "Joe" in
 * 65 statements of the White House's briefing room, "u201CHank" a word.
 */

/* The code point of the hex escape at s (after its backslash: x, u or U and digits), with
 * *n its bytes (the backslash included); false for none. */
static bool
hex_escape(const char *s, size_t len, uint32_t *cp, size_t *n)
{
	size_t digits = s[0] == 'x' ? 2 : s[0] == 'u' ? 4 : s[0] == 'U' ? 8 : 0;

	if (!digits || !hex_digits(s + 1, len - 1, digits, cp))
		return false;
	*n = digits + 2;
	return true;
}

static bool
space_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 ||
	       (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000;
}

size_t
scan_escape(const char *s, size_t len, int *space)
{
	uint32_t cp;
	size_t n;

	*space = 0;
	if (len < 2 || s[0] != '\\')
		return 0;
	switch (s[1]) {
	case '_': case ' ': case 'n': case 't': case 'r':
		*space = 1;	/* YAML's no-break space; JSON's line break and tab */
		return 2;
	case '\n':
		*space = 1;	/* an escaped line break: the lines are one */
		return 2;
	case '\r':
		*space = 1;
		return len > 2 && s[2] == '\n' ? 3 : 2;
	case 'x': case 'u': case 'U':
		if (!hex_escape(s + 1, len - 1, &cp, &n))
			return 0;
		*space = space_cp(cp);
		return n;
	default:
		/* an escaped sign (Markdown's "\*", "\[", "1986\."): the sign is read next */
		return ispunct((unsigned char)s[1]) ? 1 : 0;
	}
}

/* Is cp a letter, or a sign that joins the words beside it (a word joiner, a soft
 * hyphen: "Biden-\u2060Harris")? */
static bool
in_word(uint32_t cp)
{
	utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);

	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
	       c == UTF8PROC_CATEGORY_CF;
}

/* Does an escaped letter end at text[i] (a name cut by it: "S\xE1nchez")? */
static bool
letter_before(const char *text, size_t i)
{
	static const size_t back[] = { 4, 6, 10 };
	uint32_t cp;
	size_t k, n;

	for (k = 0; k < sizeof back / sizeof *back; k++)
		if (i >= back[k] && text[i - back[k]] == '\\' &&
		    hex_escape(text + i - back[k] + 1, back[k] - 1, &cp, &n) && n == back[k])
			return in_word(cp);
	return false;
}

/* Does an escaped letter start at text[i]? */
static bool
letter_at(const char *text, size_t i, size_t len)
{
	uint32_t cp;
	size_t n;

	return i + 1 < len && text[i] == '\\' && hex_escape(text + i + 1, len - i - 1, &cp, &n) &&
	       in_word(cp);
}

/* The fields of a front matter whose values are prose: the rest is no mention. */
struct kept {
	size_t lo[8], hi[8], n;
};

static void
keep_field(void *ud, const char *key, size_t klen, size_t vstart, size_t vend)
{
	static const char *const prose[] = {
		"title", "headline", "subject", "subtitle", "author", "authors", "byline",
		"description", "summary", "excerpt", "abstract",
	};
	struct kept *k = ud;
	size_t i;

	for (i = 0; i < sizeof prose / sizeof *prose && k->n < 8; i++)
		if (strlen(prose[i]) == klen && !strncasecmp(key, prose[i], klen)) {
			k->lo[k->n] = vstart;
			k->hi[k->n++] = vend;
			return;
		}
}

void
ex_drop_front_matter(const char *text, size_t from, size_t len, struct extraction *x)
{
	struct kept kept = { .n = 0 };
	size_t end = from + corpus_front_matter(text, from, len, keep_field, &kept), c, o, k;

	for (c = 0, o = 0; c < x->n; c++) {
		const struct cand *m = &x->c[c];

		if (m->start < end) {
			for (k = 0; k < kept.n && !(m->start >= kept.lo[k] && m->end <= kept.hi[k]);
			     k++)
				;
			if (k == kept.n)
				continue;
		}
		/* (a name cut by an escaped letter is no name: "Pedro S\xE1nchez", nor one
		 * by an escaped word joiner: "Biden-\u2060Harris Administration") */
		if ((m->type == ENT_PERSON || m->type == ENT_ORG || m->type == ENT_PLACE ||
		     m->type == CAND_UNKNOWN) &&
		    (letter_before(text, m->start) || letter_at(text, m->end, len)))
			continue;
		x->c[o++] = *m;
	}
	x->n = o;
}
