# tests/cli/entity_memoirs.sh -- entity rules of issue 15 for history and memoirs: commanders, their units, old place names. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general (word
# classes, the shape of a narrative of war or politics), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A commander's (or a candidate's) headquarters and divisions are not a firm's: "sent to
#    Rosecrans' headquarters", "one of McPherson's divisions" made the general an ORG, and
#    the corpus vote then took his every mention (Grant's memoirs: Meade, McPherson, Bragg,
#    Rosecrans, Wallace, about 280 mentions in 40 chapters).
mkdir -p "$T/hq"
printf 'Chapter one\n\nGeneral Vettergren held the ford. An officer was sent to Vettergren'"'"'s headquarters. Two of Vettergren'"'"'s divisions crossed.\n' >"$T/hq/a.txt"
t_eq "a general's headquarters and divisions" \
	"Vettergren>Vettergren PERSON|Vettergren>Vettergren PERSON|Vettergren>Vettergren PERSON|" \
	"$(rows "$T/hq" a.txt)"
printf 'Chapter two\n\nThe scouts rode on to Vettergren'"'"'s headquarters before noon.\n' >"$T/hq/b.txt"
t_eq "and in a chapter that gives no rank" \
	"Vettergren>Vettergren PERSON|" \
	"$(rows "$T/hq" b.txt)"
#    A firm's shareholders, earnings and subsidiaries still make a firm.
printf 'Some news.\n\nOn Monday Brandolex'"'"'s shareholders voted, and later Brandolex'"'"'s earnings fell.\n' >"$T/hq/c.txt"
t_eq "a firm's shareholders" \
	"Brandolex>Brandolex ORG|Brandolex>Brandolex ORG|" \
	"$(rows "$T/hq" c.txt)"

t_end
