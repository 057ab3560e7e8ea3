/* test_text.c -- unit tests of UTF-8 hygiene, widths, folding, wrapping and hashing. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "tap.h"

/* Decode s completely; the code points go to cps, the byte counts to lens. */
static size_t
decode_all(const char *s, size_t len, uint32_t *cps, size_t *lens)
{
	size_t i = 0, n = 0;

	while (i < len) {
		lens[n] = text_decode(s + i, len - i, &cps[n]);
		i += lens[n++];
	}
	return n;
}

static void
test_decode_valid(void)
{
	uint32_t cp;

	CHECK_INT(text_decode("A", 1, &cp), 1);
	CHECK_INT(cp, 'A');
	CHECK_INT(text_decode("\xC3\xA9", 2, &cp), 2);
	CHECK_INT(cp, 0xE9);
	CHECK_INT(text_decode("\xE4\xB8\xAD", 3, &cp), 3);
	CHECK_INT(cp, 0x4E2D);
	CHECK_INT(text_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
	CHECK_INT(cp, 0x1F600);
	CHECK_INT(text_decode("\xF4\x8F\xBF\xBF", 4, &cp), 4);
	CHECK_INT(cp, 0x10FFFF);
	CHECK_INT(text_decode("\xEF\xBF\xBD", 3, &cp), 3);	/* a real U+FFFD */
	CHECK_INT(cp, 0xFFFD);
}

static void
test_decode_invalid(void)
{
	static const struct { const char *s; size_t len; } bad[] = {
		{ "\x80", 1 },			/* lone continuation */
		{ "\xFF", 1 }, { "\xFE", 1 },	/* never valid */
		{ "\xC0\xAF", 2 },		/* overlong '/' */
		{ "\xC1\xBF", 2 },		/* overlong */
		{ "\xE0\x80\xAF", 3 },		/* overlong 3-byte */
		{ "\xF0\x80\x80\xAF", 4 },	/* overlong 4-byte */
		{ "\xED\xA0\x80", 3 },		/* surrogate U+D800 */
		{ "\xED\xBF\xBF", 3 },		/* surrogate U+DFFF */
		{ "\xF4\x90\x80\x80", 4 },	/* U+110000 */
		{ "\xF5\x80\x80\x80", 4 },
		{ "\xE4\xB8", 2 },		/* truncated */
		{ "\xF0\x9F\x98", 3 },		/* truncated */
		{ "\xE4\x41\x41", 3 },		/* bad continuation */
	};
	uint32_t cp;
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cp = 0;
		CHECK_INT(text_decode(bad[i].s, bad[i].len, &cp), 1);
		CHECK_INT(cp, TEXT_REPLACEMENT);
	}
}

static void
test_decode_accounts_every_byte(void)
{
	const char s[] = "a\xE4\xB8" "b\xC3\xA9\xFF";
	uint32_t cps[16];
	size_t lens[16], n, i, total = 0;

	n = decode_all(s, sizeof s - 1, cps, lens);
	for (i = 0; i < n; i++)
		total += lens[i];
	CHECK_INT(total, sizeof s - 1);
	CHECK_INT(n, 6);
	CHECK_INT(cps[0], 'a');
	CHECK_INT(cps[1], 0xFFFD);
	CHECK_INT(cps[2], 0xFFFD);
	CHECK_INT(cps[3], 'b');
	CHECK_INT(cps[4], 0xE9);
	CHECK_INT(cps[5], 0xFFFD);
}

static void
test_encode_roundtrip(void)
{
	static const uint32_t cps[] = { 0x41, 0xE9, 0x7FF, 0x800, 0x4E2D, 0xFFFD, 0x10000, 0x1F600, 0x10FFFF };
	char buf[4];
	uint32_t back;
	size_t i, n;

	for (i = 0; i < sizeof cps / sizeof cps[0]; i++) {
		n = text_encode(cps[i], buf);
		CHECK_INT(text_decode(buf, n, &back), n);
		CHECK_INT(back, cps[i]);
	}
	CHECK_INT(text_encode(0xD800, buf), 3);	/* surrogates are never encoded */
	CHECK(memcmp(buf, "\xEF\xBF\xBD", 3) == 0);
}

static void
test_display_placeholders(void)
{
	CHECK_INT(text_display_cp('a'), 'a');
	CHECK_INT(text_display_cp(0xE9), 0xE9);
	CHECK_INT(text_display_cp(0x1B), 0x241B);	/* ESC -> ␛ */
	CHECK_INT(text_display_cp(0x00), 0x2400);
	CHECK_INT(text_display_cp(0x07), 0x2407);
	CHECK_INT(text_display_cp(0x0D), 0x240D);
	CHECK_INT(text_display_cp(0x7F), 0x2421);	/* DEL */
	CHECK_INT(text_display_cp(0x85), 0xFFFD);	/* C1: NEL */
	CHECK_INT(text_display_cp(0x9B), 0xFFFD);	/* C1: CSI */
	CHECK_INT(text_display_cp(0x202E), 0xFFFD);	/* RLO */
	CHECK_INT(text_display_cp(0x202A), 0xFFFD);
	CHECK_INT(text_display_cp(0x2066), 0xFFFD);	/* LRI */
	CHECK_INT(text_display_cp(0x2069), 0xFFFD);
	CHECK_INT(text_display_cp(0x200E), 0xFFFD);	/* LRM */
	CHECK_INT(text_display_cp(0x200F), 0xFFFD);
	CHECK_INT(text_display_cp(0x061C), 0xFFFD);	/* ALM */
}

/* The one sanitising rule: every class of unsafe code point, and its neighbours. */
static void
test_cp_class(void)
{
	static const struct { uint32_t cp; enum text_cp_class want; } cases[] = {
		{ 'a', TEXT_CP_SAFE }, { ' ', TEXT_CP_SAFE }, { '~', TEXT_CP_SAFE },
		{ 0xE9, TEXT_CP_SAFE }, { 0xA0, TEXT_CP_SAFE }, { 0x4E2D, TEXT_CP_SAFE },
		{ 0x1F600, TEXT_CP_SAFE }, { 0xFFFD, TEXT_CP_SAFE }, { 0x0301, TEXT_CP_SAFE },
		{ 0x00, TEXT_CP_CONTROL }, { 0x09, TEXT_CP_CONTROL }, { 0x0A, TEXT_CP_CONTROL },
		{ 0x1B, TEXT_CP_CONTROL }, { 0x7F, TEXT_CP_CONTROL }, { 0x80, TEXT_CP_CONTROL },
		{ 0x85, TEXT_CP_CONTROL }, { 0x9B, TEXT_CP_CONTROL }, { 0x9F, TEXT_CP_CONTROL },
		{ 0x200E, TEXT_CP_BIDI }, { 0x200F, TEXT_CP_BIDI }, { 0x202A, TEXT_CP_BIDI },
		{ 0x202E, TEXT_CP_BIDI }, { 0x2066, TEXT_CP_BIDI }, { 0x2069, TEXT_CP_BIDI },
		{ 0x061C, TEXT_CP_BIDI },
		{ 0x200B, TEXT_CP_INVISIBLE }, { 0x200C, TEXT_CP_INVISIBLE },
		{ 0x200D, TEXT_CP_INVISIBLE }, { 0x2060, TEXT_CP_INVISIBLE },
		{ 0xFEFF, TEXT_CP_INVISIBLE }, { 0x00AD, TEXT_CP_INVISIBLE },
		{ 0xE0001, TEXT_CP_INVISIBLE },	/* language tag (Cf) */
		{ 0x2028, TEXT_CP_SEPARATOR }, { 0x2029, TEXT_CP_SEPARATOR },
		{ 0xD800, TEXT_CP_INVALID }, { 0xFFFE, TEXT_CP_INVALID },
		{ 0xFDD0, TEXT_CP_INVALID }, { 0x110000, TEXT_CP_INVALID },
		{ 0xE000, TEXT_CP_INVALID }, { 0x0378, TEXT_CP_INVALID },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		enum text_cp_class got = text_cp_class(cases[i].cp);

		if (got != cases[i].want)
			printf("#   U+%04X: class %d, expected %d\n", (unsigned)cases[i].cp, (int)got,
			       (int)cases[i].want);
		CHECK(got == cases[i].want);
	}
}

/* Display is derived from the class: safe passes, every other class is changed. */
static void
test_display_follows_class(void)
{
	uint32_t cp;

	for (cp = 0; cp < 0x30000; cp++) {
		enum text_cp_class c = text_cp_class(cp);
		uint32_t d = text_display_cp(cp);

		if ((c == TEXT_CP_SAFE) != (d == cp)) {
			printf("#   U+%04X: class %d, shown as U+%04X\n", (unsigned)cp, (int)c,
			       (unsigned)d);
			CHECK(0);
			return;
		}
		/* What is shown instead is always safe itself. */
		CHECK(d == 0 || text_cp_class(d) == TEXT_CP_SAFE);
	}
}

static void
test_valid_utf8(void)
{
	CHECK(text_valid_utf8("", 0));
	CHECK(text_valid_utf8("plain", 5));
	CHECK(text_valid_utf8("caf\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80", 14));
	CHECK(text_valid_utf8("\xEF\xBF\xBD", 3));	/* a real U+FFFD */
	CHECK(!text_valid_utf8("bad\xFFname", 8));
	CHECK(!text_valid_utf8("\xC0\xAF", 2));	/* overlong */
	CHECK(!text_valid_utf8("\xED\xA0\x80", 3));	/* surrogate */
	CHECK(!text_valid_utf8("\xE4\xB8", 2));	/* truncated */
}

static void
test_display_drops_and_unassigned(void)
{
	CHECK_INT(text_display_cp(0x200B), 0);	/* zero-width space */
	CHECK_INT(text_display_cp(0x200C), 0);
	CHECK_INT(text_display_cp(0x200D), 0);	/* ZWJ */
	CHECK_INT(text_display_cp(0x2060), 0);
	CHECK_INT(text_display_cp(0xFEFF), 0);	/* BOM / ZWNBSP */
	CHECK_INT(text_display_cp(0x00AD), 0);	/* soft hyphen */
	CHECK_INT(text_display_cp(0xE000), 0xFFFD);	/* private use */
	CHECK_INT(text_display_cp(0x0378), 0xFFFD);	/* unassigned */
	CHECK_INT(text_display_cp(0xFFFE), 0xFFFD);	/* noncharacter */
	CHECK_INT(text_display_cp(0xFDD0), 0xFFFD);
	CHECK_INT(text_display_cp(0x10FFFF), 0xFFFD);
	CHECK_INT(text_display_cp(0x110000), 0xFFFD);
	CHECK_INT(text_display_cp(0xD800), 0xFFFD);
	CHECK_INT(text_display_cp(0x4E2D), 0x4E2D);
	CHECK_INT(text_display_cp(0x1F600), 0x1F600);
	CHECK_INT(text_display_cp(0x0301), 0x0301);
}

static void
test_cp_widths(void)
{
	uint32_t cp;

	CHECK_INT(text_cp_width('a'), 1);
	CHECK_INT(text_cp_width(0x4E2D), 2);	/* 中 */
	CHECK_INT(text_cp_width(0xAC00), 2);	/* 가 */
	CHECK_INT(text_cp_width(0xFF21), 2);	/* fullwidth A */
	CHECK_INT(text_cp_width(0x1F600), 2);	/* 😀 */
	CHECK_INT(text_cp_width(0x1F30D), 2);	/* 🌍 */
	CHECK_INT(text_cp_width(0x0301), 0);	/* combining acute */
	CHECK_INT(text_cp_width(0x20DD), 0);	/* enclosing circle */
	CHECK_INT(text_cp_width(0), 0);
	/* every placeholder is visible */
	for (cp = 0; cp < 0x20; cp++)
		CHECK_INT(text_cp_width(text_display_cp(cp)), 1);
	CHECK_INT(text_cp_width(text_display_cp(0x7F)), 1);
	CHECK_INT(text_cp_width(text_display_cp(0x85)), 1);
	CHECK_INT(text_cp_width(text_display_cp(0x202E)), 1);
}

static void
test_width_strings(void)
{
	CHECK_INT(text_width("", 0), 0);
	CHECK_INT(text_width("hello", 5), 5);
	CHECK_INT(text_width("a\tb", 3), 9);
	CHECK_INT(text_width("\tx", 2), 9);
	CHECK_INT(text_width("abcdefgh\tx", 10), 17);
	CHECK_INT(text_width("abcdefg\tx", 9), 9);
	CHECK_INT(text_width("\xE4\xB8\xAD\xE6\x96\x87", 6), 4);	/* 中文 */
	CHECK_INT(text_width("e\xCC\x81", 3), 1);			/* e + U+0301 */
	CHECK_INT(text_width("\xF0\x9F\x98\x80!", 5), 3);
	CHECK_INT(text_width("\x1b[31m", 5), 5);			/* ␛[31m */
	CHECK_INT(text_width("a\xFF\xFE" "b", 4), 4);			/* invalid: one column each */
	CHECK_INT(text_width("a\xE2\x80\x8B" "b", 5), 2);		/* ZWSP dropped */
	CHECK_INT(text_width("\xE4\xB8\xAD\t", 4), 8);			/* tab after a wide char */
}

/*
 * Issue 16: text_width() and the screen's draw_width() disagreed (a lone combining mark:
 * 0 against the dotted circle the screen draws; a newline: its placeholder against
 * nothing), so the prompt cursor, fitted paths, the mentions view and the help search
 * measured with one and drew with the other. One walker, text_cluster(), now gives both.
 */
static void
test_width_as_drawn(void)
{
	uint32_t cps[TEXT_CLUSTER_MAX];
	size_t n;
	int w;

	CHECK_INT(text_width("\xCC\x81", 2), 1);		/* a lone U+0301: on U+25CC */
	CHECK_INT(text_width("x \xCC\x81y", 5), 3);	/* a mark after a space sits on it */
	CHECK_INT(text_width("a\nb", 3), 2);		/* a newline is not drawn */
	CHECK_INT(text_width("a\rb", 3), 2);
	CHECK_INT(text_width("e\xCC\x81\xCC\x82\xCC\x83\xCC\x84", 9), 2);	/* 4th mark: a new cluster */
	CHECK_INT(text_cluster("\xCC\x81z", 3, cps, &n, &w), 2);
	CHECK_INT(n, 2);
	CHECK_INT(cps[0], 0x25CC);
	CHECK_INT(cps[1], 0x301);
	CHECK_INT(w, 1);
	CHECK_INT(text_cluster("e\xCC\x81!", 4, cps, &n, &w), 3);
	CHECK_INT(n, 2);
	CHECK_INT(w, 1);
	CHECK_INT(text_cluster("\xE2\x80\x8B", 3, cps, &n, &w), 3);	/* ZWSP: dropped */
	CHECK_INT(n, 0);
	CHECK_INT(w, 0);
	CHECK_INT(text_cluster("\tx", 2, cps, &n, &w), 1);
	CHECK_INT(cps[0], '\t');
	CHECK_INT(text_cluster("\x1b", 1, cps, &n, &w), 1);
	CHECK_INT(cps[0], 0x241B);
	CHECK_INT(w, 1);
}

/* Wrapped lines are as wide as text_width() says their text is. */
static void
test_wrap_width_as_drawn(void)
{
	const char *s = "\xCC\x81\xCC\x81 ab \xE4\xB8\xAD\xCC\x81 \x1b\x01 e\xCC\x81\xCC\x82 z";
	struct wrap_line *lines = NULL;
	size_t i, n = 0, cap = 0;

	CHECK(text_wrap(s, strlen(s), 4, &lines, &n, &cap) > 1);
	for (i = 0; i < n; i++)
		CHECK_INT(lines[i].width,
			  text_width(s + lines[i].start, lines[i].end - lines[i].start));
	free(lines);
}

static void
test_clean_line(void)
{
	static const struct { const char *in, *want; } starts[] = {
		{ "Hello \xC3\xA9t\xC3\xA9", "Hello \xC3\xA9t\xC3\xA9" },
		{ "Hello  world", "Hello world" },
		{ "Hello \t", "Hello" },
		{ "Hello ", "Hello" },
		{ "Jos\xC3\xA9 \xE2\x80\x8B said", "Jos\xC3\xA9 said" },
	};
	char *t;
	size_t i;

	t = text_clean_line("  Hello\t\tworld \r\n", 17);
	CHECK_STR(t, "Hello world");
	free(t);
	t = text_clean_line("a\x1b[0mb", 6);
	CHECK_STR(t, "a\xE2\x90\x9B[0mb");	/* a␛[0mb */
	free(t);
	t = text_clean_line("x\xFFy", 3);
	CHECK_STR(t, "x\xEF\xBF\xBDy");
	free(t);
	t = text_clean_line("a\xE2\x80\x8B" "b\xE2\x80\xAE" "c", 9);
	CHECK_STR(t, "ab\xEF\xBF\xBD" "c");
	free(t);
	t = text_clean_line("one\xC2\xA0\xC2\xA0two\nthree", 16);
	CHECK_STR(t, "one two three");
	free(t);
	t = text_clean_line(" \t\r\n ", 5);
	CHECK_STR(t, "");
	free(t);
	t = text_clean_line("a\0b", 3);
	CHECK_STR(t, "a\xE2\x90\x80" "b");	/* NUL -> ␀ */
	free(t);
	/* a clean start kept as it is, up to a space that waits for what follows; a dropped
	 * character keeps the space pending */
	for (i = 0; i < sizeof starts / sizeof *starts; i++) {
		t = text_clean_line(starts[i].in, strlen(starts[i].in));
		CHECK_STR(t, starts[i].want);
		free(t);
	}
	/* three bytes out for one in: the buffer grows */
	t = text_clean_line("\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
			    "\x01\x01\x01\x01 x", 22);
	CHECK_INT(strlen(t), 62);
	CHECK(!memcmp(t, "\xE2\x90\x81\xE2\x90\x81", 6));
	CHECK_STR(t + 60, " x");
	free(t);
}

/* text_is_clean_line() (eight bytes a step, then a character at a time) against what it
 * stands for: text_clean_line() leaves s as it is. Over random strings of letters,
 * spaces, controls, accented letters (composed and combining), a zero-width space, an
 * emoji, a no-break space and bytes that are not UTF-8. */
static bool
clean_slow(const char *s, size_t n)
{
	char *c = text_clean_line(s, n);
	bool same = strlen(c) == n && memcmp(c, s, n) == 0;

	free(c);
	return same;
}

static void
test_clean_line_strides(void)
{
	static const char bytes[] = "a Z~\x7F\x1F\x80\xC3\xA9\t\0 \xCC\x81\xE2\x80\x8B\xF0\x9F\x98\x80"
				    "\xC2\xA0\xE6\x97\xA5";
	char buf[40];
	const char *s;
	unsigned seed = 7;
	size_t t, i, n, bad = 0, clean = 0;

	for (t = 0; t < 200000; t++) {
		n = (seed = seed * 1103515245u + 12345u) >> 16 & 31;
		for (i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			/* mostly letters, sometimes a space or a byte that is not clean */
			buf[i] = (seed >> 16) % 8 ? "abcdefgh"[(seed >> 20) & 7]
				: bytes[(seed >> 20) % (sizeof bytes - 1)];
		}
		if (text_is_clean_line(buf, n) != clean_slow(buf, n))
			bad++;
		clean += clean_slow(buf, n);
	}
	CHECK_INT(bad, 0);
	CHECK(clean > 1000);	/* both answers were met */
	CHECK(!text_is_clean_line("abcdefg  hijklmnop", 18));	/* two spaces inside a stride */
	CHECK(!text_is_clean_line("abcdefgh ijklmno\x7F", 17));
	CHECK(!text_is_clean_line("abcdefg  ", 8) && !text_is_clean_line(" abcdefghij", 11));
	CHECK(!text_is_clean_line("abcdefg\x1F" "abcdefgh", 16));
	CHECK(text_is_clean_line("abcdefg hijklmno pqrstuvw", 25));
	/* a title with accents is clean as it is written (a list copied each one) */
	s = "Nicol\xC3\xA1s Maduro and Jos\xC3\xA9 L\xC3\xB3pez";
	CHECK(text_is_clean_line(s, strlen(s)));
	s = "Jos\xC3\xA9  L\xC3\xB3pez";	/* two spaces */
	CHECK(!text_is_clean_line(s, strlen(s)));
	CHECK(!text_is_clean_line("Jos\xC3\xA9 ", 6) && !text_is_clean_line("Jos\xC3", 4));
	CHECK(!text_is_clean_line("a\xC2\xA0" "b", 4));	/* a no-break space is shown as ' ' */
}

/* fold(s) == want */
static int
fold_is(const char *s, const char *want)
{
	size_t n;
	char *f = text_fold(s, strlen(s), &n);
	int ok = n == strlen(want) && strcmp(f, want) == 0;

	if (!ok)
		printf("#   fold(\"%s\") = \"%s\", expected \"%s\"\n", s, f, want);
	free(f);
	return ok;
}

static void
test_fold_accents(void)
{
	CHECK(fold_is("Nicol\xC3\xA1s Maduro", "nicolas maduro"));
	CHECK(fold_is("N\xC3\xB4ng \xC4\x90\xE1\xBB\xA9" "c M\xE1\xBA\xA1nh", "nong duc manh"));
	CHECK(fold_is("T\xC3\xBCrkiye", "turkiye"));
	CHECK(fold_is("D\xC3\xAD" "az-Canel", "diaz-canel"));
	CHECK(fold_is("S\xC3\xA3o Paulo", "sao paulo"));
	CHECK(fold_is("\xC3\x89LYS\xC3\x89" "E", "elysee"));
	CHECK(fold_is("e\xCC\x81t\xC3\xA9", "ete"));		/* decomposed input too */
	CHECK(fold_is("\xC4\xB0stanbul", "istanbul"));		/* dotted capital I */
	CHECK(fold_is("\xEF\xAC\x81nal", "final"));		/* ﬁ ligature */
	CHECK(fold_is("\xEF\xBC\xA1\xEF\xBC\xA2", "ab"));	/* fullwidth */
}

static void
test_fold_special_letters(void)
{
	CHECK(fold_is("\xC3\x98resund \xC3\xB8l", "oresund ol"));
	CHECK(fold_is("\xC5\x81\xC3\xB3" "d\xC5\xBA \xC5\x82", "lodz l"));
	CHECK(fold_is("\xC3\x86sir \xC3\xA6", "aesir ae"));
	CHECK(fold_is("Stra\xC3\x9F" "e", "strasse"));
	CHECK(fold_is("\xC5\x92uvre \xC5\x93", "oeuvre oe"));
	CHECK(fold_is("\xC3\x9E\xC3\xB3r\xC3\xB0ur", "thordur"));
	CHECK(fold_is("\xC4\xB1\xC4\xA7\xC5\xA7", "iht"));
	CHECK(fold_is("\xC4\x91\xC4\x90", "dd"));
}

static void
test_fold_ascii_and_invalid(void)
{
	char long_in[300], long_out[300];
	size_t i, n;
	char *f;

	CHECK(fold_is("", ""));
	CHECK(fold_is("Hello, World! 123", "hello, world! 123"));
	CHECK(fold_is("don\xE2\x80\x99t \xE2\x80\x9Cquote\xE2\x80\x9D", "don't \"quote\""));
	CHECK(fold_is("a\xFF" "b\xC3", "a b "));	/* invalid bytes become spaces */
	for (i = 0; i < sizeof long_in - 1; i++) {
		long_in[i] = (char)('A' + i % 26);
		long_out[i] = (char)('a' + i % 26);
	}
	long_in[i] = long_out[i] = '\0';
	f = text_fold(long_in, strlen(long_in), &n);
	CHECK_INT(n, strlen(long_out));
	CHECK_STR(f, long_out);
	free(f);
	f = text_fold("X\0Y", 3, &n);	/* embedded NUL kept, length exact */
	CHECK_INT(n, 3);
	CHECK(f[0] == 'x' && f[1] == '\0' && f[2] == 'y');
	free(f);
	/* Eight bytes a step while they are ASCII: the letters' neighbours stay ('@' before
	 * A, '[' after Z, '`' and '{' around the small letters, DEL), at every place in the
	 * step, and a non-ASCII character within a step or after it. */
	CHECK(fold_is("@AZ[`az{\x7F@ABYZ[`az{~@MQ", "@az[`az{\x7F@abyz[`az{~@mq"));
	CHECK(fold_is("ABCDEFG\xC3\x89HIJKLMNOP", "abcdefgehijklmnop"));
	CHECK(fold_is("ABCDEFGHIJKLMNO\xC3\x89", "abcdefghijklmnoe"));
	CHECK(fold_is("\x01\x1F !/09:?@ZA[\\]^_`{|}~", "\x01\x1F !/09:?@za[\\]^_`{|}~"));
}

static void
test_fold_matches_both_spellings(void)
{
	const char *a = "Vladimir Kolokoltsev and Nicol\xC3\xA1s Maduro in T\xC3\xBCrkiye";
	const char *b = "VLADIMIR KOLOKOLTSEV AND NICOLAS MADURO IN TURKIYE";
	char *fa = text_fold(a, strlen(a), NULL), *fb = text_fold(b, strlen(b), NULL);

	CHECK_STR(fa, fb);
	free(fa);
	free(fb);
}

/* Wrap s at width into a static array; returns the number of lines. */
static struct wrap_line *wl;
static size_t nwl, capwl;

static size_t
wrap(const char *s, int width)
{
	nwl = 0;
	return text_wrap(s, strlen(s), width, &wl, &nwl, &capwl);
}

static void
test_wrap_simple(void)
{
	const char *s = "the quick brown fox jumps";

	CHECK_INT(wrap(s, 10), 3);
	CHECK_INT(nwl, 3);
	CHECK_INT(wl[0].start, 0);
	CHECK_INT(wl[0].end, 9);	/* "the quick", break space excluded */
	CHECK_INT(wl[0].width, 9);
	CHECK_INT(wl[1].start, 10);
	CHECK_INT(wl[1].end, 19);	/* "brown fox" */
	CHECK_INT(wl[2].start, 20);
	CHECK_INT(wl[2].end, 25);
	CHECK_INT(wl[2].width, 5);
	CHECK_INT(wrap(s, 80), 1);
	CHECK_INT(wl[0].end, strlen(s));
}

static void
test_wrap_appends(void)
{
	nwl = 0;
	CHECK_INT(text_wrap("aa bb", 5, 2, &wl, &nwl, &capwl), 2);
	CHECK_INT(text_wrap("cc", 2, 2, &wl, &nwl, &capwl), 1);
	CHECK_INT(nwl, 3);
	CHECK_INT(wl[2].start, 0);
	CHECK_INT(wl[2].end, 2);
}

static void
test_wrap_long_word(void)
{
	CHECK_INT(wrap("abcdefghijklmnop", 5), 4);
	CHECK_INT(wl[0].end, 5);
	CHECK_INT(wl[1].start, 5);
	CHECK_INT(wl[3].start, 15);
	CHECK_INT(wl[3].end, 16);
	CHECK_INT(wl[3].width, 1);
	/* a short word first, then the long one starts on its own line */
	CHECK_INT(wrap("ab abcdefghij", 5), 3);
	CHECK_INT(wl[0].end, 2);
	CHECK_INT(wl[1].start, 3);
	CHECK_INT(wl[1].end, 8);
	CHECK_INT(wrap("abc", 0), 3);	/* silly widths still make progress */
}

static void
test_wrap_cjk(void)
{
	/* ten ideographs, 3 bytes and 2 columns each */
	const char *s = "\xE4\xB8\xAD\xE6\x96\x87\xE4\xB8\xAD\xE6\x96\x87\xE4\xB8\xAD"
			"\xE6\x96\x87\xE4\xB8\xAD\xE6\x96\x87\xE4\xB8\xAD\xE6\x96\x87";
	size_t i;

	CHECK_INT(wrap(s, 7), 4);
	for (i = 0; i < nwl; i++) {
		CHECK(wl[i].start % 3 == 0 && wl[i].end % 3 == 0);
		CHECK(wl[i].width <= 7);
		CHECK_INT(wl[i].width, text_width(s + wl[i].start, wl[i].end - wl[i].start));
	}
	CHECK_INT(wl[0].width, 6);
	CHECK_INT(wl[3].end, strlen(s));
	CHECK_INT(wrap(s, 1), 10);	/* a wide char on a 1-column line: one per line */
}

static void
test_wrap_combining(void)
{
	/* "éééé" written as e + U+0301 (3 bytes per cluster) */
	const char *s = "e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81";
	size_t i;

	CHECK_INT(wrap(s, 2), 2);
	for (i = 0; i < nwl; i++) {
		CHECK_INT(wl[i].width, 2);
		CHECK_INT(wl[i].end - wl[i].start, 6);	/* marks stay with their base */
	}
	CHECK_INT(wrap("caf\xC3\xA9 na\xC3\xAFve", 5), 2);
	CHECK_INT(wl[0].end, 5);
	CHECK_INT(wl[0].width, 4);
}

static void
test_wrap_exact_fit(void)
{
	CHECK_INT(wrap("abcde", 5), 1);
	CHECK_INT(wl[0].width, 5);
	CHECK_INT(wrap("abcde fghij", 5), 2);
	CHECK_INT(wl[0].end, 5);
	CHECK_INT(wl[1].start, 6);
	CHECK_INT(wl[1].width, 5);
	CHECK_INT(wrap("abcde fghij", 11), 1);
	CHECK_INT(wrap("abcde fghij", 10), 2);
}

static void
test_wrap_empty_and_spaces(void)
{
	CHECK_INT(wrap("", 10), 1);
	CHECK_INT(wl[0].start, 0);
	CHECK_INT(wl[0].end, 0);
	CHECK_INT(wl[0].width, 0);
	CHECK_INT(wrap("     ", 10), 1);
	CHECK_INT(wl[0].end, 0);
	CHECK_INT(wrap("aa    bb", 3), 2);
	CHECK_INT(wl[0].end, 2);
	CHECK_INT(wl[1].start, 6);
	CHECK_INT(wrap("aa bb   ", 20), 1);
	CHECK_INT(wl[0].end, 5);	/* trailing spaces excluded */
}

static void
test_wrap_indent_and_tabs(void)
{
	CHECK_INT(wrap("  \xE2\x80\xA2 item one two", 12), 2);
	CHECK_INT(wl[0].start, 0);	/* the paragraph keeps its indent */
	CHECK_INT(wl[0].end, 14);	/* "  • item one" */
	CHECK_INT(wl[0].width, 12);
	CHECK_INT(wrap("a\tb", 20), 1);
	CHECK_INT(wl[0].width, 9);
	CHECK_INT(wrap("abcdef\tgh", 8), 2);	/* the tab would end past the edge */
	CHECK_INT(wl[0].end, 6);
	CHECK_INT(wl[1].start, 7);
}

static void
test_sentence_and_ellipsize(void)
{
	const char *s = "Mr. Smith met the U.S. envoy on Jan. 3. Then he left.";
	char *t;

	CHECK_INT(text_sentence_end(s, strlen(s)), 39);
	CHECK_INT(text_sentence_end("One. Two.", 9), 4);
	CHECK_INT(text_sentence_end("\xE2\x80\x9CGo!\xE2\x80\x9D She ran.", 17), 9);
	CHECK_INT(text_sentence_end("no end here", 11), 11);
	t = text_ellipsize("short", 5, 10);
	CHECK_STR(t, "short");
	free(t);
	t = text_ellipsize("alpha beta gamma delta", 22, 12);
	CHECK_STR(t, "alpha beta\xE2\x80\xA6");
	CHECK(text_width(t, strlen(t)) <= 12);
	free(t);
	t = text_ellipsize("abcdefghijkl", 12, 5);
	CHECK_STR(t, "abcd\xE2\x80\xA6");
	free(t);
}

static void
test_count_words(void)
{
	CHECK_INT(text_count_words("", 0), 0);
	CHECK_INT(text_count_words("Hello, world!", 13), 2);
	CHECK_INT(text_count_words("country's 32 soldiers", 21), 3);
	CHECK_INT(text_count_words("Nicol\xC3\xA1s Maduro\xE2\x80\x99s", 18), 2);
	CHECK_INT(text_count_words("\xE2\x80\x94 -- ***", 9), 0);
}

static void
test_utf16(void)
{
	static const char le[] = "\xFF\xFE" "A\0\xE9\0=\xD8\x00\xDE" "\x3D\xD8";	/* A é 😀 lone */
	static const char be[] = "\xFE\xFF\0H\0i";
	size_t n;
	char *t;

	t = text_from_utf16(le, sizeof le - 1, &n);
	CHECK_STR(t, "A\xC3\xA9\xF0\x9F\x98\x80\xEF\xBF\xBD");
	CHECK_INT(n, strlen(t));
	free(t);
	t = text_from_utf16(be, sizeof be - 1, &n);
	CHECK_STR(t, "Hi");
	free(t);
	t = text_from_utf16("\xFF\xFE" "A", 3, &n);	/* odd trailing byte */
	CHECK_STR(t, "\xEF\xBF\xBD");
	free(t);
}

static void
test_hash(void)
{
	static const char fox[] = "The quick brown fox jumps over the lazy dog";
	char h1[33], h2[33], buf[80];
	size_t i;

	/* MurmurHash3_x64_128, seed 0, canonical byte order: the published test vector */
	text_hash(fox, strlen(fox), h1);
	CHECK_STR(h1, "6c1b07bc7bbc4be347939ac4a93c437a");
	text_hash("", 0, h1);
	CHECK_STR(h1, "00000000000000000000000000000000");
	text_hash("hello", 5, h1);
	CHECK_STR(h1, "029bbd41b3a7d8cb191dae486a901e5b");
	/* stable, independent of alignment, and every prefix differs */
	memcpy(buf + 1, fox, sizeof fox);
	text_hash(buf + 1, strlen(fox), h2);
	text_hash(fox, strlen(fox), h1);
	CHECK_STR(h1, h2);
	for (i = 0; i < strlen(fox); i++) {
		text_hash(fox, i, h2);
		CHECK(strcmp(h1, h2) != 0);
		CHECK_INT(strlen(h2), 32);
	}
	text_hash("The quick brown fox jumps over the lazy cog", strlen(fox), h2);
	CHECK(strcmp(h1, h2) != 0);
}

int
main(void)
{
	RUN(test_decode_valid);
	RUN(test_decode_invalid);
	RUN(test_decode_accounts_every_byte);
	RUN(test_encode_roundtrip);
	RUN(test_display_placeholders);
	RUN(test_display_drops_and_unassigned);
	RUN(test_cp_class);
	RUN(test_display_follows_class);
	RUN(test_valid_utf8);
	RUN(test_cp_widths);
	RUN(test_width_strings);
	RUN(test_width_as_drawn);
	RUN(test_wrap_width_as_drawn);
	RUN(test_clean_line);
	RUN(test_fold_accents);
	RUN(test_fold_special_letters);
	RUN(test_fold_ascii_and_invalid);
	RUN(test_fold_matches_both_spellings);
	RUN(test_wrap_simple);
	RUN(test_wrap_appends);
	RUN(test_wrap_long_word);
	RUN(test_wrap_cjk);
	RUN(test_wrap_combining);
	RUN(test_wrap_exact_fit);
	RUN(test_wrap_empty_and_spaces);
	RUN(test_wrap_indent_and_tabs);
	RUN(test_sentence_and_ellipsize);
	RUN(test_count_words);
	RUN(test_utf16);
	RUN(test_hash);
	RUN(test_clean_line_strides);
	free(wl);
	return TAP_END();
}
