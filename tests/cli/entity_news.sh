# tests/cli/entity_news.sh -- entity rules of issue 15 for news from many outlets: compounds, acronyms, outlets, bylines. MIT licence.
# Each case is a small corpus written here; the rules are general (word classes, the shape
# of a news story), not these names.
. "$SRCDIR/tests/lib.sh"

ments() { "$DOSSIER" mentions --format=tsv --no-state "$@" 2>"$T/err"; }
# rows DIR FILE: "surface>canonical TYPE" of each mention of FILE, one a '|'.
rows() {
	ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $1 ~ ("/" f "$") { print $7 ">" $6 " " $4 }' |
		tr '\n' '|'
}

# 1. A name and a lower-case word in one compound ("New Jersey-based", "Los Angeles-born",
#    "Clinton-era"): the name ends at the hyphen. "New Jersey-based" gave a place
#    "Jersey", "New York-based" nothing, "Los Angeles-based" a person (FoRK, Reuters).
mkdir -p "$T/hyph"
printf 'Some news.\n\nTarget Wireless, a small New Jersey-based company, asked. The Los Angeles-born actor agreed.\n' >"$T/hyph/a.txt"
t_eq "a place before -based, -born" \
	"New Jersey>New Jersey PLACE|Los Angeles>Los Angeles PLACE|" \
	"$(rows "$T/hyph" a.txt | tr '|' '\n' | grep PLACE | tr '\n' '|')"
printf 'Some news.\n\nA Sacramento-based Center for Energy Research opened.\n' >"$T/hyph/b.txt"
t_eq "the name after the compound is a name of its own" \
	"Sacramento>Sacramento PLACE|Center for Energy Research>Center for Energy Research ORG|" \
	"$(rows "$T/hyph" b.txt)"
#    A hyphen inside a name stays.
printf 'Some news.\n\nHewlett-Packard and Coca-Cola hired Jean-Luc Picard.\n' >"$T/hyph/c.txt"
t_eq "names with a hyphen" \
	"Hewlett-Packard>Hewlett-Packard ORG|Coca-Cola>Coca-Cola ORG|Jean-Luc Picard>Jean-Luc Picard PERSON|" \
	"$(rows "$T/hyph" c.txt)"

t_end
