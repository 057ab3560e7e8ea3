# tests/cli/entity_errors3.sh -- entity error classes left on whole corpora of history, speeches and news (round 46). MIT licence.
# Each case is a small corpus written here with invented names; the rules are general
# (a place's slot, a body's country, an event's head, a church, a namesake), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A trading post or a works named for its place, in a place's slot ("traded furs at
#    York Factory", "Moose Factory"): a place, not a person. "York" is no place of the
#    lists (a family name), "Factory" no place's head, and the run became a PERSON
#    (a probe of round 45; a class of the fur trade's and the frontier's history).
mkdir -p "$T/post"
printf 'Fur trade\n\nThe company traded furs at Zarnak Factory. Later the traders met near Velbrook Depot and at Ostran Works.\n' >"$T/post/a.txt"
t_eq "a post or a works after a locative is a place" \
	"Zarnak Factory>Zarnak Factory PLACE|Velbrook Depot>Velbrook Depot PLACE|Ostran Works>Ostran Works PLACE|" \
	"$(rows "$T/post" a.txt)"
#    Not in another slot: no place there.
printf 'Fur trade\n\nZarnak Factory was slow.\n' >"$T/post/b.txt"
t_eq "no place out of the slot" "" "$(rows "$T/post" b.txt | tr '|' '\n' | grep ' PLACE$' | tr '\n' '|')"

t_end
