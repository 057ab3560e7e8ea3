/* tokenize_hyph.c -- a hyphen that ends a name: a compound's second word in lower case ("New York-based"). MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"

/*
 * News writes a name and a participle or a noun as one word: "a New Jersey-based firm",
 * "the Los Angeles-born actor", "the Cold War-era base", "Kremlin-backed". Read as one
 * token, the name's last word was lost: "New Jersey-based" gave "Jersey", "New York-based"
 * nothing, "Los Angeles-based" a person. The second word is not the name's, so the token
 * ends before the hyphen and the name is read as if the hyphen were a blank after it.
 * Only these words: a hyphen inside a name stays ("Coca-Cola", "Jean-Luc", "al-Assad").
 */
static const char *const suffix[] = {
	"affiliated", "aligned", "allied", "appointed", "area", "backed", "based", "born",
	"bound", "brokered", "built", "centered", "centred", "controlled", "dominated", "era",
	"flagged", "focused", "funded", "headquartered", "inspired", "led", "linked", "listed",
	"made", "occupied", "owned", "registered", "related", "ruled", "run", "sponsored",
	"style", "supported", "trained", "type", "wide"
};

/* Is s[0, len) a compound's second word of the list, ended by no letter, digit or hyphen
 * (the word after the hyphen of "York-based")? */
int
ex_compound_suffix(const char *s, size_t len)
{
	size_t n, k;

	for (n = 0; n < len && n < 16 && s[n] >= 'a' && s[n] <= 'z'; n++)
		;
	if (n < 2 || n == 16 || (n < len && ((unsigned)(((unsigned char)s[n] | 0x20) - 'a') < 26u ||
					    (unsigned char)s[n] >= 0x80 ||
					    (unsigned)(s[n] - '0') < 10u || s[n] == '-')))
		return 0;
	for (k = 0; k < sizeof suffix / sizeof suffix[0]; k++)
		if (strlen(suffix[k]) == n && memcmp(suffix[k], s, n) == 0)
			return 1;
	return 0;
}
