# tests/cli/entity_errors5.sh -- entity error classes left on speeches and on sports news (round 47, helper D). MIT licence.
# Each case is a small corpus written here with invented names; the rules are general
# (a listed body's bare alias, a team's slot, a seat, a case name), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. The lists give "General Assembly" and "Security Council" to the United Nations' bodies,
#    and every bare one was theirs: the General Assembly of a state Lincoln addressed in
#    1861 (speeches: 2 addresses), a state's in the Federalist (speeches2) became the row
#    "United Nations General Assembly". The bare alias is the wider body's only where its
#    article names that body or is dated after 1945, or, undated, is of a corpus that
#    names it; else it is a body of its own.
mkdir -p "$T/body" "$T/un"
printf 'ADDRESS AT VARNO\n\nGENTLEMEN OF THE GENERAL ASSEMBLY: I thank you. The assembly of Marrowland met at Varno.\n' >"$T/body/a.txt"
printf 'A church meets\n\nThe elders of Ostrava met. The General Assembly chose a moderator.\n' >"$T/body/b.txt"
printf 'Peace talks\n\nThe United Nations met in New York. The General Assembly voted on the plan.\n' >"$T/un/a.txt"
printf 'More talks\n\nOn Monday the General Assembly voted again.\n' >"$T/un/b.txt"
printf 'ADDRESS AT VARNO\nNovember 20, 1861\n\nGENTLEMEN OF THE GENERAL ASSEMBLY: I thank you.\n' >"$T/un/c.txt"
# bodies DIR: "file canonical" of each mention written General Assembly, one a '|'.
bodies() {
	ments "$1" | awk -F'\t' 'NR > 1 && tolower($7) == "general assembly" { sub(/.*\//, "", $1);
		print $1 " " $6 }' | tr '\n' '|'
}
t_eq "a bare General Assembly in a corpus that names no United Nations" \
	"a.txt GENERAL ASSEMBLY|b.txt General Assembly|" "$(bodies "$T/body")"
t_eq "the United Nations' where named, but not in 1861" \
	"a.txt United Nations General Assembly|b.txt United Nations General Assembly|c.txt GENERAL ASSEMBLY|" \
	"$(bodies "$T/un")"

t_end
