/* text.c -- UTF-8 decoding, folding, sanitising, words and hashes (widths: text_width.c). MIT licence. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "dossier/text.h"
#include "dossier/util.h"

/* Strict UTF-8: the second byte's allowed range depends on the lead byte, which is
 * what rules out overlongs (E0 80.., F0 80..), surrogates (ED A0..) and > U+10FFFF. */
size_t
text_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char b = u[0], lo = 0x80, hi = 0xBF;
	size_t need, i;
	uint32_t c;

	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	if (b >= 0xC2 && b <= 0xDF) {
		need = 1;
		c = b & 0x1F;
	} else if (b >= 0xE0 && b <= 0xEF) {
		need = 2;
		c = b & 0x0F;
		if (b == 0xE0)
			lo = 0xA0;
		else if (b == 0xED)
			hi = 0x9F;
	} else if (b >= 0xF0 && b <= 0xF4) {
		need = 3;
		c = b & 0x07;
		if (b == 0xF0)
			lo = 0x90;
		else if (b == 0xF4)
			hi = 0x8F;
	} else {
		goto invalid;
	}
	if (len <= need)
		goto invalid;
	if (u[1] < lo || u[1] > hi)
		goto invalid;
	for (i = 1; i <= need; i++) {
		if ((u[i] & 0xC0) != 0x80)
			goto invalid;
		c = (c << 6) | (u[i] & 0x3F);
	}
	*cp = c;
	return need + 1;
invalid:
	*cp = TEXT_REPLACEMENT;
	return 1;
}

size_t
text_encode(uint32_t cp, char out[4])
{
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = TEXT_REPLACEMENT;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Bidi embedding, override, isolate and mark characters: they could reorder what the
 * terminal shows (Trojan Source). */
static bool
is_bidi_control(uint32_t cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

static bool
is_noncharacter(uint32_t cp)
{
	return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

/*
 * The one table of unsafe code points. Ordered so that the common case (printable
 * ASCII, Latin letters) is decided without asking utf8proc.
 */
enum text_cp_class
text_cp_class(uint32_t cp)
{
	if (cp >= 0x20 && cp < 0x7F)
		return TEXT_CP_SAFE;
	if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
		return TEXT_CP_CONTROL;
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || is_noncharacter(cp))
		return TEXT_CP_INVALID;
	if (is_bidi_control(cp))
		return TEXT_CP_BIDI;
	if ((cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD)
		return TEXT_CP_INVISIBLE;
	if (cp < 0x300)
		return TEXT_CP_SAFE;	/* Latin-1 and Latin Extended letters: all assigned */
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_CN:
	case UTF8PROC_CATEGORY_CO:
	case UTF8PROC_CATEGORY_CS:
		return TEXT_CP_INVALID;
	case UTF8PROC_CATEGORY_CC:
		return TEXT_CP_CONTROL;
	case UTF8PROC_CATEGORY_CF:
		return TEXT_CP_INVISIBLE;	/* tags, invisible operators, U+FFF9.. */
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return TEXT_CP_SEPARATOR;
	default:
		return TEXT_CP_SAFE;
	}
}

uint32_t
text_display_cp(uint32_t cp)
{
	switch (text_cp_class(cp)) {
	case TEXT_CP_SAFE:
		return cp;
	case TEXT_CP_CONTROL:
		if (cp < 0x20)
			return 0x2400 + cp;	/* Control Pictures: ESC -> U+241B */
		return cp == 0x7F ? 0x2421 : TEXT_REPLACEMENT;
	case TEXT_CP_INVISIBLE:
		return 0;
	case TEXT_CP_SEPARATOR:
		return ' ';	/* U+2028/U+2029 would break a terminal line */
	case TEXT_CP_BIDI:
	case TEXT_CP_INVALID:
	default:
		return TEXT_REPLACEMENT;
	}
}

bool
text_valid_utf8(const char *s, size_t len)
{
	size_t i = 0, k;
	uint32_t cp;

	while (i < len) {
		k = text_decode(s + i, len - i, &cp);
		if (cp == TEXT_REPLACEMENT && k == 1)
			return false;	/* a real U+FFFD takes three bytes */
		i += k;
	}
	return true;
}

bool
text_cp_is_space(uint32_t cp)
{
	utf8proc_category_t cat;

	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
	    cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000)
		return true;
	if (cp < 0x300)
		return false;
	cat = utf8proc_category((utf8proc_int32_t)cp);
	return cat == UTF8PROC_CATEGORY_ZS;
}

/* How many bytes of s are their own cleaned form: printable ASCII, single inner spaces. */
static size_t
clean_prefix(const char *s, size_t len)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	const uint64_t low7 = 0x7F7F7F7F7F7F7F7Full, spaces = 0x2020202020202020ull;
	uint64_t w, sp;
	size_t i = 0;

	/* Eight bytes a step (a list of 100k articles spent a fifth of its time here, a
	 * byte a step): a byte >= 0x80, one that 1 more makes >= 0x80 (0x7F), one below
	 * 0x20 (its borrow sets the top bit: none is missed, a false alarm only stops the
	 * stride), two spaces in a row, or a space after a space or first, end the stride;
	 * the byte loop below decides there. */
	while (i + 8 <= len) {
		memcpy(&w, s + i, 8);
		if ((w & high) || ((w + ones) & high) || ((w - spaces) & ~w & high))
			break;
		w ^= spaces;	/* spaces are zero bytes now, found exactly: */
		sp = ~(((w & low7) + low7) | w) & high;
		if ((sp & (sp << 8)) || (s[i] == ' ' && (i == 0 || s[i - 1] == ' ')))
			break;
		i += 8;
	}
	while (i < len && s[i] >= 0x20 && s[i] < 0x7F && (s[i] != ' ' || (i > 0 && s[i - 1] != ' ')))
		i++;
	return i;
}

/* A character from s[i] (len bytes left) that text_clean_line() keeps as it is written:
 * its length, or 0 (a space, a control, a byte that is not UTF-8, a character shown
 * otherwise). */
static size_t
kept_char(const char *s, size_t len)
{
	char out[4];
	uint32_t cp;
	size_t n = text_decode(s, len, &cp);

	return cp >= 0x80 && !text_cp_is_space(cp) && text_display_cp(cp) == cp &&
	       text_encode(cp, out) == n && memcmp(out, s, n) == 0 ? n : 0;
}

bool
text_is_clean_line(const char *s, size_t len)
{
	size_t i = 0, n;

	/* ASCII eight bytes a step; a title's "Nicolás" a character at a time, then on
	 * (a list of 100k such titles cleaned each into a copy). */
	for (;;) {
		i += clean_prefix(s + i, len - i);
		if (i == len)
			return len == 0 || s[len - 1] != ' ';
		if ((unsigned char)s[i] < 0x80 || !(n = kept_char(s + i, len - i)))
			return false;
		i += n;
		if (i < len && s[i] == ' ') {	/* (a space first is one more to clean_prefix()) */
			if (i + 1 == len || s[i + 1] == ' ')
				return false;
			i++;
		}
	}
}

char *
text_clean_line(const char *s, size_t len)
{
	size_t i = clean_prefix(s, len), o, cap;
	bool pending = false;
	uint32_t cp, d;
	char *out;

	/* Printable ASCII with single inner spaces (most paths and titles) stays as it is. */
	if (i == len && (len == 0 || s[len - 1] != ' '))
		return xstrndup(s, len);
	/* So far the text is its own cleaned form, but for a space ending it: that one waits
	 * for what follows. Then a space pends until a character is shown after it. */
	if (i > 0 && s[i - 1] == ' ')
		i--;
	cap = len + 16;
	out = xmalloc(cap);
	memcpy(out, s, i);
	o = i;
	while (i < len) {
		unsigned char b = (unsigned char)s[i];

		if (cap - o < 8)	/* room for a space, a character and the NUL */
			xgrow((void **)&out, &cap, o + 8 + (len - i), 1);
		if (b > 0x20 && b < 0x7F) {	/* (ASCII without a call per byte) */
			if (pending)
				out[o++] = ' ';
			pending = false;
			out[o++] = (char)b;
			i++;
			continue;
		}
		i += text_decode(s + i, len - i, &cp);
		if (text_cp_is_space(cp)) {
			pending = o > 0;
			continue;
		}
		d = text_display_cp(cp);
		if (d == 0)
			continue;
		if (pending)
			out[o++] = ' ';
		pending = false;
		o += text_encode(d, out + o);
	}
	out[o] = '\0';
	return out;
}

/* Letters that do not decompose, and typographic marks mapped to ASCII so that
 * `don't` matches `don’t`. Applied after case folding and decomposition. */
static const char *
fold_special(uint32_t cp)
{
	switch (cp) {
	case 0x0110: case 0x0111: case 0x00D0: case 0x00F0: return "d";
	case 0x00D8: case 0x00F8: return "o";
	case 0x0141: case 0x0142: return "l";
	case 0x00C6: case 0x00E6: return "ae";
	case 0x0152: case 0x0153: return "oe";
	case 0x00DF: case 0x1E9E: return "ss";
	case 0x00DE: case 0x00FE: return "th";
	case 0x0131: return "i";
	case 0x0126: case 0x0127: return "h";
	case 0x0166: case 0x0167: return "t";
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return "'";
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
	case 0x00AB: case 0x00BB: return "\"";
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
	case 0x2212: return "-";
	default: return NULL;
	}
}

/* Fold one non-ASCII code point into out (room for at least 64 bytes more). */
static size_t
fold_cp(uint32_t cp, char *out)
{
	utf8proc_int32_t buf[24];
	utf8proc_ssize_t n, k;
	const char *sp;
	size_t o = 0;
	int lbc = 0;

	if ((sp = fold_special(cp)) != NULL) {
		memcpy(out, sp, strlen(sp));
		return strlen(sp);
	}
	n = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 24,
				    UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
				    UTF8PROC_COMPAT | UTF8PROC_IGNORE, &lbc);
	if (n < 0 || n > 16) {	/* error, or a long ligature like U+FDFA: keep as is */
		buf[0] = (utf8proc_int32_t)cp;
		n = 1;
	}
	for (k = 0; k < n; k++) {
		uint32_t c = (uint32_t)buf[k];

		if (c < 0x80)
			out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		else if ((sp = fold_special(c)) != NULL) {
			memcpy(out + o, sp, strlen(sp));
			o += strlen(sp);
		} else
			o += text_encode(c, out + o);
	}
	return o;
}

/* s folded onto *out (*cap bytes, o used; grown as needed): the bytes used after, its
 * NUL not counted. */
static size_t
fold_onto(char **out_, size_t *cap_, size_t o, const char *s, size_t len)
{
	size_t cap = *cap_, i = 0, k;
	char *out = *out_;
	uint32_t cp;

	if (cap - o < len + len / 4 + 72)
		xgrow((void **)&out, &cap, o + len + len / 4 + 72, 1);
	while (i < len) {
		unsigned char b = (unsigned char)s[i];

		if (cap - o < 72)
			xgrow((void **)&out, &cap, o + 72 + (len - i), 1);
		if (b < 0x80) {
			/* ASCII fast path: lowercase a run of bytes without leaving the loop,
			 * eight a step while all eight are ASCII (a byte a step was 13% of
			 * building the full-text index). */
			size_t stop = len - i < cap - o - 1 ? len : i + (cap - o - 1);

			while (i + 8 <= stop) {
				uint64_t w, upper;

				memcpy(&w, s + i, 8);
				if (w & 0x8080808080808080ull)
					break;
				/* (a byte's top bit: >= 'A', and not > 'Z'; then 0x20 there) */
				upper = (w + 0x3F3F3F3F3F3F3F3Full) & ~(w + 0x2525252525252525ull) &
					0x8080808080808080ull;
				w |= upper >> 2;
				memcpy(out + o, &w, 8);
				i += 8;
				o += 8;
			}
			while (i < stop && (unsigned char)s[i] < 0x80) {
				b = (unsigned char)s[i++];
				out[o++] = (char)((unsigned)(b - 'A') < 26u ? b + 32 : b);
			}
			continue;
		}
		k = text_decode(s + i, len - i, &cp);
		i += k;
		if (k == 1)
			out[o++] = ' ';	/* invalid byte */
		else
			o += fold_cp(cp, out + o);
	}
	out[o] = '\0';
	*out_ = out;
	*cap_ = cap;
	return o;
}

char *
text_fold(const char *s, size_t len, size_t *outlen)
{
	size_t cap = len + len / 4 + 72, o;
	char *out = xmalloc(cap);

	o = fold_onto(&out, &cap, 0, s, len);
	if (outlen)
		*outlen = o;
	return out;
}

void
text_fold_add(struct sbuf *b, const char *s, size_t len)
{
	b->len = fold_onto(&b->data, &b->cap, b->len, s, len);
}

/* Abbreviations whose full stop does not end a sentence (lower case, no dot). */
static bool
is_abbrev(const char *s, size_t dot)
{
	static const char *const abbr[] = {
		"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "gov", "sen",
		"rep", "prof", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
		"sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "capt", "adm", "rev", NULL
	};
	size_t w = dot, i;

	while (w > 0 && (((s[w - 1] | 32) >= 'a' && (s[w - 1] | 32) <= 'z') || s[w - 1] == '.'))
		w--;
	if (dot - w == 1 || memchr(s + w, '.', dot - w))
		return true;	/* an initial, or U.S. */
	for (i = 0; abbr[i]; i++)
		if (strlen(abbr[i]) == dot - w && !strncasecmp(s + w, abbr[i], dot - w))
			return true;
	return false;
}

size_t
text_sentence_end(const char *s, size_t len)
{
	size_t i, j, k;
	unsigned char next;

	for (i = 0; i < len; i++) {
		if (s[i] != '.' && s[i] != '!' && s[i] != '?')
			continue;
		for (j = i + 1; j < len;) {	/* closing quotes stay with the sentence */
			if (s[j] == '"' || s[j] == '\'' || s[j] == ')')
				j++;
			else if (len - j >= 3 && !memcmp(s + j, "\xE2\x80", 2) &&
				 (s[j + 2] == '\x9D' || s[j + 2] == '\x99'))
				j += 3;
			else
				break;
		}
		if (j < len && s[j] != ' ')
			continue;
		for (k = j; k < len && s[k] == ' '; k++)
			;
		if (k == len)
			return j;
		next = (unsigned char)s[k];
		if (!((next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9') || next == '"' ||
		      next == '\'' || next >= 0x80))
			continue;
		if (s[i] == '.' && is_abbrev(s, i))
			continue;
		return j;
	}
	return len;
}

/* ASCII letters and digits. */
static const bool ascii_word[128] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
	['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
	['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
	['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
	['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
	['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
};

size_t
text_count_words(const char *s, size_t len)
{
	size_t n = 0, i = 0, k;
	bool in = false, wc;
	uint32_t cp;
	utf8proc_category_t cat;

	while (i < len) {
		unsigned char b = (unsigned char)s[i];

		if (b < 0x80) {
			/* ASCII runs without a call per byte. */
			while (i < len && (b = (unsigned char)s[i]) < 0x80) {
				wc = ascii_word[b] || (in && b == '\'');
				n += wc && !in;
				in = wc;
				i++;
			}
			continue;
		} else {
			k = text_decode(s + i, len - i, &cp);
			cat = utf8proc_category((utf8proc_int32_t)cp);
			wc = (k > 1 && cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO) ||
			     (in && cp == 0x2019);
		}
		if (wc && !in)
			n++;
		in = wc;
		i += k;
	}
	return n;
}

char *
text_from_utf16(const char *s, size_t len, size_t *outlen)
{
	const unsigned char *p = (const unsigned char *)s;
	bool be = len >= 2 && p[0] == 0xFE;
	struct sbuf b = { 0 };
	size_t i = 2;
	uint32_t u, lo;
	char enc[4];

	xgrow((void **)&b.data, &b.cap, len + len / 2 + 8, 1);
	while (i + 1 < len) {
		u = be ? (uint32_t)(p[i] << 8 | p[i + 1]) : (uint32_t)(p[i] | p[i + 1] << 8);
		i += 2;
		if (u >= 0xD800 && u <= 0xDBFF && i + 1 < len) {
			lo = be ? (uint32_t)(p[i] << 8 | p[i + 1]) : (uint32_t)(p[i] | p[i + 1] << 8);
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				i += 2;
			} else {
				u = TEXT_REPLACEMENT;
			}
		} else if (u >= 0xD800 && u <= 0xDFFF) {
			u = TEXT_REPLACEMENT;
		}
		sb_add(&b, enc, text_encode(u, enc));
	}
	if (i < len)
		sb_add(&b, enc, text_encode(TEXT_REPLACEMENT, enc));
	sb_cstr(&b);
	*outlen = b.len;
	return b.data;
}

/* MurmurHash3 x64_128 mixing (public domain, Austin Appleby): two 64-bit lanes,
 * 16 bytes per round; read little-endian so the hash is the same on every host. */
static uint64_t
load64(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

static uint64_t
rotl64(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

static uint64_t
fmix64(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ULL;
	k ^= k >> 33;
	return k;
}

void
text_hash(const void *data, size_t len, char out[33])
{
	static const char hex[] = "0123456789abcdef";
	const uint64_t c1 = 0x87c37b91114253d5ULL, c2 = 0x4cf5ad432745937fULL;
	const unsigned char *p = data;
	uint64_t h1 = 0, h2 = 0, k1, k2, v;
	size_t i, nblocks = len / 16;
	unsigned char tail[16] = { 0 };
	int j;

	for (i = 0; i < nblocks; i++, p += 16) {
		k1 = load64(p) * c1;
		k2 = load64(p + 8) * c2;
		h1 ^= rotl64(k1, 31) * c2;
		h1 = (rotl64(h1, 27) + h2) * 5 + 0x52dce729;
		h2 ^= rotl64(k2, 33) * c1;
		h2 = (rotl64(h2, 31) + h1) * 5 + 0x38495ab5;
	}
	if (len & 15) {
		memcpy(tail, p, len & 15);
		k1 = load64(tail);
		k2 = load64(tail + 8);
		if ((len & 15) > 8)
			h2 ^= rotl64(k2 * c2, 33) * c1;
		h1 ^= rotl64(k1 * c1, 31) * c2;
	}
	h1 ^= (uint64_t)len;
	h2 ^= (uint64_t)len;
	h1 += h2;
	h2 += h1;
	h1 = fmix64(h1);
	h2 = fmix64(h2);
	h1 += h2;
	h2 += h1;
	for (j = 0; j < 16; j++) {
		v = j < 8 ? h1 >> (8 * j) : h2 >> (8 * (j - 8));	/* canonical byte order */
		out[2 * j] = hex[(v >> 4) & 15];
		out[2 * j + 1] = hex[v & 15];
	}
	out[32] = '\0';
}

char *
text_fold_map(const char *s, size_t len, size_t *outlen, uint32_t **map)
{
	size_t cap = len + len / 4 + 72, o = 0, i = 0, k, j, n;
	char *out = xmalloc(cap);
	uint32_t *m = xmalloc(cap * sizeof *m);
	uint32_t cp;

	while (i < len) {
		if (cap - o < 72) {
			size_t old = cap;

			xgrow((void **)&out, &cap, o + 72 + (len - i), 1);
			xgrow((void **)&m, &old, cap, sizeof *m);
		}
		if ((unsigned char)s[i] < 0x80) {
			unsigned char b = (unsigned char)s[i];

			m[o] = (uint32_t)i++;
			out[o++] = (char)((unsigned)(b - 'A') < 26u ? b + 32 : b);
			continue;
		}
		k = text_decode(s + i, len - i, &cp);
		n = k == 1 ? (out[o] = ' ', 1) : fold_cp(cp, out + o);
		for (j = 0; j < n; j++)
			m[o + j] = (uint32_t)i;
		o += n;
		i += k;
	}
	out[o] = '\0';
	m[o] = (uint32_t)len;
	*outlen = o;
	*map = m;
	return out;
}
