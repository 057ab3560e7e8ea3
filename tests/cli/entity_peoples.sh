# tests/cli/entity_peoples.sh -- issue 15, second round: peoples, headings and mail headers. MIT licence.
# Each case is a small corpus written here; the assertions read `dossier entities` and
# `dossier mentions` as TSV. The rules are general (word slots, corpus counts, line shapes).
. "$SRCDIR/tests/lib.sh"

ents() { "$DOSSIER" entities --format=tsv --no-state "$@" 2>"$T/err"; }
ments() { "$DOSSIER" mentions --format=tsv --no-state "$@" 2>"$T/err"; }
# rows TYPE FILE: "canonical articles" of the rows of that type, sorted, one a '|'.
rows() { awk -F'\t' -v t="$1" '$1 == t { print $3 " " $4 }' "$2" | sort | tr '\n' '|'; }

# 1. A name the corpus keeps using for a people ("the tribe of Benjamin", "the children of
#    Ammon") is the PLACE of that people, even if it is a given name and even if a full name
#    once ends in it ("Shuah Benjamin", two names side by side without a comma).
mkdir -p "$T/tribe"
for i in 1 2 3 4 5; do
	printf '  %s And the children of Benjamin and the tribe of Benjamin went up, and the\nchildren of Ammon fled before the children of Benjamin. Then Moses said unto Aaron, Go.\n' \
		"$i" >"$T/tribe/$i.txt"
done
printf '  1 And Shuah Benjamin came. And Benjamin said, Here am I. And Moses said unto Aaron, Go.\n' >"$T/tribe/6.txt"
ents "$T/tribe" >"$T/tribe.tsv"
t_eq "peoples are no persons" "Aaron 6|Moses 6|Shuah Benjamin 1|" "$(rows PERSON "$T/tribe.tsv")"
t_eq "peoples are places" "Ammon 5|Benjamin 5|" "$(rows PLACE "$T/tribe.tsv")"
t_end
