# tests/entity_lib.sh -- helpers of the entity tests that write a small corpus and read its mentions back. MIT licence.
# Sourced after tests/lib.sh; $DOSSIER and $T are set by it.

# ments ARGS: `dossier mentions --format=tsv` of ARGS, its stderr in $T/err.
ments() { "$DOSSIER" mentions --format=tsv --no-state "$@" 2>"$T/err"; }
# given DIR WORD: "file canonical" of each mention written WORD, one a '|'.
given() {
	ments "$1" | awk -F'\t' -v w="$2" 'NR > 1 && $7 == w { sub(/.*\//, "", $1); print $1 " " $6 }' |
		tr '\n' '|'
}
# rows DIR FILE: "surface>canonical TYPE" of each mention of FILE, one a '|'.
rows() {
	ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $1 ~ ("/" f "$") { print $7 ">" $6 " " $4 }' |
		tr '\n' '|'
}
