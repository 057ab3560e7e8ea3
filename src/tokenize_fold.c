/* tokenize_fold.c -- folding of a word for matching: lower case, accents stripped (ex_fold). MIT licence. */
#include "config.h"

#include <string.h>
#include <utf8proc.h>

#include "dossier/extract.h"

#define IS_UPPER(c) ((unsigned)((c) - 'A') < 26u)

/* Letters that do not decompose to a base letter. */
static const char *
special_fold(int32_t cp)
{
	switch (cp) {
	case 0xF8: case 0xD8: return "o";
	case 0x111: case 0x110: case 0xF0: case 0xD0: return "d";
	case 0x142: case 0x141: case 0x140: case 0x13F: return "l";
	case 0xE6: case 0xC6: return "ae";
	case 0x153: case 0x152: return "oe";
	case 0x131: return "i";
	case 0xFE: case 0xDE: return "th";
	case 0x127: case 0x126: return "h";
	case 0x167: case 0x166: return "t";
	case 0x2019: case 0x2018: case 0x02BC: return "'";
	case 0x2010: case 0x2011: return "-";
	case 0xA0: return " ";
	}
	return NULL;
}

static size_t
put(char *out, size_t o, size_t cap, const char *s, size_t n)
{
	if (o + n <= cap)
		memcpy(out + o, s, n);
	return o + n <= cap ? o + n : o;
}

/* Fold one non-ASCII code point into out at o. */
static size_t
fold_cp(int32_t cp, char *out, size_t o, size_t cap)
{
	utf8proc_int32_t dst[8];
	utf8proc_ssize_t n, k;
	const char *sp;
	int bc = 0;

	if (cp == 0xFFFD)
		return put(out, o, cap, "?", 1);
	if ((sp = special_fold(cp)))
		return put(out, o, cap, sp, strlen(sp));
	n = utf8proc_decompose_char(cp, dst, 8, UTF8PROC_CASEFOLD | UTF8PROC_COMPAT |
				    UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &bc);
	if (n < 0 || n > 8)
		return put(out, o, cap, "?", 1);
	for (k = 0; k < n; k++) {
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t el;

		if (dst[k] < 0x80) {
			char c = (char)dst[k];

			o = put(out, o, cap, &c, 1);
		} else if ((sp = special_fold(dst[k]))) {
			o = put(out, o, cap, sp, strlen(sp));
		} else {
			el = utf8proc_encode_char(dst[k], enc);
			o = put(out, o, cap, (const char *)enc, (size_t)el);
		}
	}
	return o;
}

size_t
ex_fold(const char *s, size_t len, char *out, size_t cap)
{
	size_t i = 0, o = 0;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		int32_t cp;

		if (c < 0x80) {
			if (o < cap)
				out[o++] = (char)(IS_UPPER(c) ? c + 32 : c);
			i++;
			continue;
		}
		i += ex_decode(s + i, len - i, &cp);
		o = fold_cp(cp, out, o, cap);
	}
	return o;
}
