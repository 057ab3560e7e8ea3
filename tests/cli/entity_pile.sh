# tests/cli/entity_pile.sh -- entity rules of issue 15 from round 62 (a pile of news from many outlets: WikiNews' sources of 2004-05, read mention by mention): plural demonyms, well-known bodies by their initials. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A people in the plural is a mention of its country (RULES.md 4) whatever its
#    singular's shape: "Sri Lankans" was a person "Lankans", and "New Zealanders",
#    "Swedes", "Serbs", "Croats", "Greeks", "Danes", "Finns" were no one.
mkdir -p "$T/dem"
printf 'Refugees\n\nJanuary 3, 2005\n\nThe camp took in Sri Lankans and New Zealanders, Swedes, Danes and Finns; Serbs, Croats and Greeks came later, and Saudi Arabians too.\n' >"$T/dem/a.txt"
t_eq "a people in the plural" "Sri Lanka|New Zealand|Sweden|Denmark|Finland|Serbia|Croatia|Greece|Saudi Arabia|" \
	"$(ments "$T/dem" | awk -F'\t' 'NR > 1 && $4 == "PLACE" { print $6 }' | tr '\n' '|')"

t_end
