# tests/cli/entity_gazette.sh -- entity rules of issue 15 for gazettes and reference works (the World Factbook's country entries): family names in capitals, courts and parties. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general (word
# classes, the ways of a reference work), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A family name written in capitals after a given name, as annals and reference works
#    write it ("Milton OBOTE", "Ali Abdallah SALIH", "Jose Eduardo DOS SANTOS"): one name.
#    The capitals were taken for an unknown acronym and cut off, leaving a given name alone
#    or nothing (Factbook: 270 people in 150 entries, "Christopher COLUMBUS" in 11).
mkdir -p "$T/caps"
printf 'Ostrava\n\nBritish explorer Samuel VORTANE landed in 1767. Later Gen. Orvan KELDITA seized power from Tesmu Varanko BRODELI DA COSTA.\n' >"$T/caps/a.txt"
t_eq "a family name in capitals after a given name" \
	"Samuel VORTANE PERSON|Orvan KELDITA PERSON|Tesmu Varanko BRODELI DA COSTA PERSON|" \
	"$(rows "$T/caps" a.txt | tr '|' '\n' | sed 's/^[^>]*>//' | grep PERSON | tr '\n' '|')"
#    Not an unknown acronym after a name in a mail, nor a common word in capitals.
printf 'Hi all\n\nSandra CPU is slow again. Kelvo PDA sold out. Samuel HELP me.\n' >"$T/caps/b.txt"
t_eq "no acronym or common word joins a name" "" \
	"$(rows "$T/caps" b.txt | tr '|' '\n' | grep -E 'Sandra CPU|Kelvo PDA|Samuel HELP' | tr '\n' '|')"
