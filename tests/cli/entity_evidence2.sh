# tests/cli/entity_evidence2.sh -- entity rules of issue 15, round 4: speeches across two centuries. MIT licence.
# Same helpers as entity_evidence.sh (that file is at its size limit). Each case is a small
# corpus written here; the rules are general (word classes, lexicons, years), not these names.
. "$SRCDIR/tests/lib.sh"

ents() { "$DOSSIER" entities --format=tsv --no-state "$@" 2>"$T/err"; }
ments() { "$DOSSIER" mentions --format=tsv --no-state "$@" 2>"$T/err"; }
# rows TYPE FILE: "canonical articles" of the rows of that type, sorted, one a '|'.
rows() { awk -F'\t' -v t="$1" '$1 == t { print $3 " " $4 }' "$2" | sort | tr '\n' '|'; }
# spans FILE: "TYPE surface" of each mention in a mentions TSV, in text order, one a '|'.
spans() { awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$1" | tr '\n' '|'; }

# 1. Given names of earlier centuries are given names: a speech's first line naming its
#    speaker holds the whole name. Historical states keep their old spellings ("South
#    Viet-Nam"), and a party member ("a Democrat") is the party, not a person.
mkdir -p "$T/hist"
printf 'President: Franklin Q. Morvane\n\nThe people of South Viet-Nam and of North Viet-Nam want peace.\nI have been a Democrat all my life.\n' >"$T/hist/a.txt"
ments "$T/hist" >"$T/hist.tsv"
t_eq "old given names, old states, a party member" \
	"PERSON Franklin Q. Morvane|PLACE South Viet-Nam|PLACE North Viet-Nam|ORG Democrat|" \
	"$(spans "$T/hist.tsv")"
t_end
