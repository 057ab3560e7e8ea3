# tests/cli/entity_history.sh -- entity rules of issue 15 from histories of diplomacy: the ranks of envoys, embassies without their host. MIT licence.
# Each case is a small corpus written here, with invented names where the rule is not a list's.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# ents1 DIR FILE: "TYPE surface" of each mention of FILE, one a '|'.
ents1() {
	ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $1 ~ ("/" f "$") { print $4 " " $7 }' | tr '\n' '|'
}

# 1. The State Department's guide to its relations with every country (rdcr, 228 essays)
#    writes envoys with their whole rank: "Envoy Extraordinary and Minister
#    Plenipotentiary Ulysses Grant-Smith presented credentials". "Extraordinary" (59
#    files) and "Plenipotentiary" (50 files) were the top PERSON rows, and
#    "Plenipotentiary William A. Stoltzfus" a name; "U.S. Chargé" (4 files) was a person
#    too. The diplomatic ranks are titles, peeled off the name.
mkdir -p "$T/rank"
printf 'Relations\n\nOn December 4, 1922, Envoy Extraordinary and Minister Plenipotentiary Ulysses Grant-Fennick presented credentials in Tirana. Ambassador Extraordinary and Plenipotentiary Marlow T. Quesh followed, then Minister Plenipotentiary Odo Brack. The U.S. Chargé d'"'"'Affaires ad interim Bontel Varrik opened the legation; the Chargé left.\n' \
	>"$T/rank/a.txt"
t_eq "the ranks of envoys are titles" \
	"DATE December 4, 1922|PERSON Ulysses Grant-Fennick|PLACE Tirana|PERSON Marlow T. Quesh|PERSON Odo Brack|PLACE U.S.|PERSON Bontel Varrik|" \
	"$(ents1 "$T/rank" a.txt)"

t_end
