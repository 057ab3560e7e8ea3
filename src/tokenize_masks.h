/* tokenize_masks.h -- the tokenizer's common word read 8 bytes at a time: byte classes as masks, the folded form and gaz_hash() in registers. MIT licence. */
/* Included by tokenize.c alone, for its hot path to inline (no other user). */
#ifndef DOSSIER_TOKENIZE_MASKS_H
#define DOSSIER_TOKENIZE_MASKS_H

#include <stdint.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/util.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* The high bit of each byte of x that is in [lo, hi] (ASCII, lo > 0): no branch. */
static inline uint64_t
bytes_in(uint64_t x, unsigned lo, unsigned hi)
{
	uint64_t y = x & (0x7f * ONES);

	return (y + (0x80 - lo) * ONES) & ~(y + (0x7f - hi) * ONES) & ~x & HIGHS;
}

/* The small letters, capitals and digits of the 8 bytes x, a high bit each: letters by
 * their small form (a capital with 0x20 added is one, nothing else becomes one),
 * capitals by that bit. */
static inline void
byte_classes(uint64_t x, uint64_t *lower, uint64_t *upper, uint64_t *digit)
{
	uint64_t letter = bytes_in(x | 0x20 * ONES, 'a', 'z');

	*upper = letter & ~(x << 2) & HIGHS;
	*lower = letter & ~*upper;
	*digit = bytes_in(x, '0', '9');
}

/* The bytes below k (0-8) of a word. */
static inline uint64_t
below(size_t k)
{
	return k >= 8 ? ~0ull : (1ull << (8 * k)) - 1;
}

/* fast_word() for a word of 1-15 letters and digits with 17 bytes or more of the block
 * from it: two loads of 8 bytes, the classes of their bytes as masks, the word's length
 * where the first byte of no class is, its folded form and place_hash() in registers (the
 * byte at a time loop's exit was a mispredicted branch a word, 7% of all extraction's).
 * The counts of capitals, digits, small letters and "aB" are 0, 1 or 2 (two or more).
 * Returns the word's length, or 0: the byte loop's case. */
static inline size_t
fast_word_masks(const unsigned char *p, struct token *t, char *restrict o, unsigned *up,
		unsigned *digits, unsigned *low, unsigned *trans)
{
	uint64_t a, b = 0, la, ua, da, lb = 0, ub = 0, db = 0, ea, ma, mb = 0, fa, fb = 0, h, x;
	size_t j;

	memcpy(&a, p, 8);
	byte_classes(a, &la, &ua, &da);
	if ((ea = ~(la | ua | da) & HIGHS) != 0) {	/* most words: 1-7 bytes */
		j = (size_t)__builtin_ctzll(ea) / 8;
		if (j == 0)
			return 0;
		ma = below(j) & HIGHS;
	} else {
		memcpy(&b, p + 8, 8);
		byte_classes(b, &lb, &ub, &db);
		if (!(x = ~(lb | ub | db) & HIGHS))
			return 0;	/* 16 letters or more */
		j = 8 + (size_t)__builtin_ctzll(x) / 8;
		ma = HIGHS;
		mb = below(j - 8) & HIGHS;
		fb = (b | ub >> 2) & below(j - 8);
	}
	/* case_flags() asks of the counts only none, one, or two and more: the masks of a
	 * and b side by side in one word, and the lowest bit cleared (no popcount: the
	 * machine may have none) */
	x = (ua & ma) >> 7 | (ub & mb) >> 6;
	*up = x ? ((x & (x - 1)) ? 2 : 1) : 0;
	*digits = ((da & ma) | (db & mb)) != 0;
	*low = ((la & ma) | (lb & mb)) != 0;
	/* a capital after a small letter ("aB"), the first of b after the last of a too */
	x = (ua & (la << 8) & ma) >> 7 | (ub & ((lb << 8) | (la >> 56)) & mb) >> 6;
	*trans = x ? ((x & (x - 1)) ? 2 : 1) : 0;
	fa = (a | ua >> 2) & below(j);	/* (0x20 added to a capital: its small letter) */
	memcpy(o, &fa, 8);	/* (the fold buffer has room past the word) */
	memcpy(o + 8, &fb, 8);
	h = PLACE_HASH_SEED ^ j;
	t->hash = j > 8 ? place_hash_last(place_hash_step(h, fa), fb) : place_hash_last(h, fa);
	return j;
}
#endif

#endif
