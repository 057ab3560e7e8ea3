# tests/cli/entity_states.sh -- entity rules of issue 15 from the State Department's guide to its relations with every country: states named as unions and confederations, rivers, provisional governments, vice consulates. MIT licence.
# Each case is a small corpus written here, with invented names where the rule is not a list's.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# ents1 DIR FILE: "TYPE surface" of each mention of FILE, one a '|'.
ents1() {
	ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $1 ~ ("/" f "$") { print $4 " " $7 }' | tr '\n' '|'
}
# orgs DIR: "canonical articles" of each ORG row of DIR's corpus, one a '|'.
orgs() {
	"$DOSSIER" entities --format=tsv --no-state "$1" 2>"$T/err" |
		awk -F'\t' '$1 == "ORG" { print $3 " " $4 }' | sort | tr '\n' '|'
}

# 1. The guide (rdcr, 228 essays, session 48) names states as unions of a country: "the
#    Union of South Africa" was an ORG of 6 mentions, and "Confederation of the Rhine" an
#    ORG of 3 files: its river was no place of the lists, so the confederation was of no
#    place. "Union of" one listed country is that state, a PLACE (the Union of Burma, of
#    India, of the Comoros); a union of more words is not ("the Union of South African
#    Miners" is a body). The great rivers are places: "the Rhine", "the Danube".
mkdir -p "$T/union"
printf 'South Africa\n\nThe Union of South Africa was formed in 1910. The Union of Burma followed in 1948. The Union of South African Miners struck. The French made the Confederation of the Rhine; boats sailed the Danube and the Rhine.\n' \
	>"$T/union/a.txt"
t_eq "a union of one country and a confederation of a river are states" \
	"PLACE South Africa|PLACE Union of South Africa|PLACE Union of Burma|ORG Union of South African Miners|PLACE French|PLACE Confederation of the Rhine|PLACE Danube|PLACE Rhine|" \
	"$(ents1 "$T/union" a.txt)"

# 2. "Provisional Government" was one ORG row of 3 essays (Russia's of 1917, France's of
#    1944, Iraq's): a provisional, interim or transitional government is one per country,
#    as a Supreme Court is; and "Vice Consulate" (2 essays) is its article's post, as an
#    embassy named without its host is.
mkdir -p "$T/prov"
printf 'Russia\n\nIn 1917 the Provisional Government ruled Russia. The Provisional Government fell in Russia in November. The Vice Consulate opened in Kazan.\n' \
	>"$T/prov/a.txt"
printf 'France\n\nIn 1944 the Provisional Government ruled France. The Provisional Government moved to Paris. The Vice Consulate closed.\n' \
	>"$T/prov/b.txt"
t_eq "a provisional government is its country's, a vice consulate its article's" \
	"Provisional Government 1|Provisional Government 1|Vice Consulate 1|Vice Consulate 1|" \
	"$(orgs "$T/prov")"

# 3. "Free Association" was an ORG of 3 essays: the "Compact of Free Association" of the
#    United States with Palau and Micronesia, a treaty; names of treaties are not
#    annotated, nor the names inside them (RULES.md), and a compact is one ("the Mayflower
#    Compact").
mkdir -p "$T/compact"
printf 'Palau\n\nIn 1986 the Compact of Free Association between the United States and Palau took effect. The Mayflower Compact was signed in 1620. The Trevan Compact lapsed.\n' \
	>"$T/compact/a.txt"
t_eq "a compact is a treaty: no entity" "PLACE Palau|PLACE United States|PLACE Palau|" \
	"$(ents1 "$T/compact" a.txt)"

t_end
