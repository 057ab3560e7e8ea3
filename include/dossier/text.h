/* text.h -- UTF-8 decoding, folding, display width, wrapping and sanitising (utf8proc). MIT licence. */
#ifndef DOSSIER_TEXT_H
#define DOSSIER_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TEXT_REPLACEMENT 0xFFFDu
#define TEXT_TABSTOP 8

/*
 * Decode one code point at s (len > 0 bytes available). Returns the bytes consumed
 * (always >= 1). Invalid, overlong, surrogate or truncated sequences consume one byte
 * and yield U+FFFD, so every byte is accounted for and offsets stay file offsets.
 */
size_t text_decode(const char *s, size_t len, uint32_t *cp);
/* Encode cp as UTF-8 into out (4 bytes room); returns the length. */
size_t text_encode(uint32_t cp, char out[4]);

/*
 * The one sanitising rule: which code points may reach a consumer as they are. Every
 * writer asks it. Terminals, stderr, TSV, CSV and Markdown replace an unsafe code point
 * with a visible placeholder (text_display_cp(), text_clean_line()); JSON escapes it as
 * \uXXXX (lossless: a JSON reader gets the text back); tag names refuse it.
 */
enum text_cp_class {
	TEXT_CP_SAFE = 0,	/* printable: passes through everywhere */
	TEXT_CP_CONTROL,	/* C0 (tab and newline too), DEL, C1 (U+0080-U+009F) */
	TEXT_CP_BIDI,		/* U+200E/F, U+202A-202E, U+2066-2069, U+061C (Trojan Source) */
	TEXT_CP_INVISIBLE,	/* zero width: U+200B-200D, U+2060, U+FEFF, U+00AD, other Cf */
	TEXT_CP_SEPARATOR,	/* U+2028/U+2029: a line break to some readers, not to others */
	TEXT_CP_INVALID,	/* surrogates, noncharacters, unassigned, private use, > U+10FFFF */
};
enum text_cp_class text_cp_class(uint32_t cp);
/* Is s[0..len) valid UTF-8 (no byte that text_decode() turns into U+FFFD)? */
bool text_valid_utf8(const char *s, size_t len);
/* ASCII blanks and Unicode spaces/separators (what single-line fields collapse). */
bool text_cp_is_space(uint32_t cp);

/*
 * What a code point looks like on screen, by text_cp_class(). Returns the code point to draw instead
 * (a visible placeholder for C0/C1 controls, DEL, bidi controls, invalid input), or 0
 * to draw nothing (zero-width format characters). Tab and newline are not handled here.
 */
uint32_t text_display_cp(uint32_t cp);
/* Display columns of a (display) code point: 0, 1 or 2. */
int text_cp_width(uint32_t cp);
/*
 * One cluster of s[0..len) as the screen draws it: a base code point and the zero-width
 * marks after it (at most TEXT_CLUSTER_MAX code points), each through text_display_cp()
 * (controls as placeholders; format characters dropped), a mark with no base on a dotted
 * circle (U+25CC). cps gets what to draw (*n of them; none when everything was dropped),
 * *width its columns. A tab, newline or carriage return is a cluster of its own with
 * width 0 (where a tab stops depends on the column: the caller's business). Returns the
 * bytes used (at least 1 when len > 0). Every width in dossier comes from here:
 * text_width(), wrapping, the reader's mouse columns and the screen's draw_text().
 */
#define TEXT_CLUSTER_MAX 4
size_t text_cluster(const char *s, size_t len, uint32_t cps[TEXT_CLUSTER_MAX], size_t *n,
		    int *width);
/*
 * On a terminal, curses measures with the C library's wcwidth(): once this is on, a base
 * code point whose width wcwidth() disagrees with is shown (and measured) as '?', so the
 * pane borders never drift. Off by default (the commands and the tests).
 */
void text_use_wcwidth(bool on);
/* Display columns of s (tabs expand from column 0; controls as their placeholders;
 * newlines and carriage returns take none): the columns draw_text() uses for it. */
int text_width(const char *s, size_t len);

/*
 * Sanitised copy for a single-line field (title, status, CLI output to a terminal):
 * valid UTF-8, controls replaced by placeholders, tabs/newlines become spaces,
 * runs of whitespace collapsed, leading/trailing space trimmed. Caller frees.
 */
char *text_clean_line(const char *s, size_t len);
/* Is s (len bytes) its own text_clean_line()? */
bool text_is_clean_line(const char *s, size_t len);

/*
 * Folded copy for searching and matching: case-folded, accents stripped and letters
 * that do not decompose mapped (đ→d, ø→o, ł→l, æ→ae, ß→ss, ...). Invalid bytes become
 * spaces. Caller frees; *outlen gets the length when outlen is not NULL.
 */
char *text_fold(const char *s, size_t len, size_t *outlen);
/* text_fold() of s onto b (NUL-terminated after). */
struct sbuf;
void text_fold_add(struct sbuf *b, const char *s, size_t len);

/*
 * text_fold() that also says where each folded byte came from: (*map)[i] is the byte
 * offset in s of the code point that folded byte i belongs to, (*map)[*outlen] == len.
 * For searching inside an article and mapping hits back. Caller frees both.
 */
char *text_fold_map(const char *s, size_t len, size_t *outlen, uint32_t **map);

/* One wrapped display line of a paragraph: the bytes [start, end) of the source. */
struct wrap_line {
	size_t start;	/* byte offset of the first byte shown */
	size_t end;	/* byte offset just past the last byte shown (excluding the break space) */
	int width;	/* display columns used */
};

/*
 * Wrap the single line s[0..len) (no newline inside) to width columns, breaking at
 * spaces where possible and inside words only when a word is wider than the line.
 * Offsets in the result are relative to s. Appends to *lines (capacity *cap) and
 * returns the number of lines added (at least 1, even for an empty line).
 */
size_t text_wrap(const char *s, size_t len, int width, struct wrap_line **lines,
		 size_t *n, size_t *cap);

/*
 * Length of the first sentence of s: up to and including its end punctuation and any
 * closing quotes, or len when s holds one sentence. A full stop after an abbreviation
 * (Mr., U.S., Jan.) or an initial does not end a sentence.
 */
size_t text_sentence_end(const char *s, size_t len);
/* Copy of s in at most cols columns: cut at a word boundary (inside a word only when
 * there is none) with "…" appended when anything was cut. Caller frees. */
char *text_ellipsize(const char *s, size_t len, int cols);
/* Words in s: runs of letters, digits and marks (an inner apostrophe does not split). */
size_t text_count_words(const char *s, size_t len);
/* UTF-16 with its BOM (FF FE or FE FF) converted to UTF-8 without BOM; unpaired
 * surrogates and an odd last byte become U+FFFD. Caller frees; *outlen gets the length. */
char *text_from_utf16(const char *s, size_t len, size_t *outlen);

/* 128-bit content hash of a buffer as 32 lowercase hex digits + NUL. */
void text_hash(const void *data, size_t len, char out[33]);

#endif
