# tests/cli/entity_linking2.sh -- entity rules of issue 15 for linking a lone family name across articles: a family's honorific weighed, office holders, titles in apposition, places after "in". MIT licence.
# Each case is a small corpus written here, with invented names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. One "Mrs. Sherman" (a letter's "I will ask Mrs. Sherman to go with me") kept the 234
#    untitled "Sherman" of 39 chapters of Grant's memoirs apart from "W. T. Sherman",
#    though 28 chapters write "General Sherman"; the speeches' "Mr. Lincoln" (a man's
#    honorific before a man's name) did the same to "Lincoln". A family's honorific keeps
#    the untitled name apart only where it is not far outweighed by the titled articles
#    (tests/cli/entity_linking.sh keeps "Mrs. Tandrell" beside three "Lieutenant
#    Tandrell").
mkdir -p "$T/wife"
for i in 1 2 3 4 5 6 7 8 9; do
	printf 'Report %d\n\nGeneral Corvale crossed the river.\n' "$i" >"$T/wife/g$i.txt"
done
printf 'Letter\n\nI will ask Mrs. Corvale to come. General T. R. Corvale agreed.\n' >"$T/wife/l.txt"
printf 'Orders\n\nGeneral T. R. Corvale marched at dawn.\n' >"$T/wife/o.txt"
{ printf 'March\n\n'; for i in $(seq 1 24); do
	printf 'At dawn Corvale marched %d miles. ' "$i"; done; printf '\n'; } >"$T/wife/m.txt"
t_eq "one wife's honorific does not split a general titled in nine articles" \
	"Corvale>T. R. Corvale PERSON|" "$(rows "$T/wife" m.txt | awk -F'|' '{ print $1 "|" }')"
mkdir -p "$T/mister"
for i in 1 2 3; do
	printf 'Report %d\n\nPresident Oskarsen spoke.\n' "$i" >"$T/mister/p$i.txt"
	printf 'Visit %d\n\nMr. Oskarsen came to the camp.\n' "$i" >"$T/mister/v$i.txt"
done
printf 'Speech\n\nPresident Harald Oskarsen spoke.\n' >"$T/mister/s.txt"
printf 'Again\n\nHarald Oskarsen spoke again.\n' >"$T/mister/t.txt"
{ printf 'War\n\n'; for i in $(seq 1 24); do
	printf 'In the end Oskarsen signed %d orders. ' "$i"; done; printf '\n'; } >"$T/mister/w.txt"
t_eq "a man's honorific before a man's name is no other person" \
	"Oskarsen>Harald Oskarsen PERSON|" "$(rows "$T/mister" w.txt | awk -F'|' '{ print $1 "|" }')"

t_end
