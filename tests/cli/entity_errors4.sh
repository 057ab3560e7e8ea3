# tests/cli/entity_errors4.sh -- entity error classes left on speeches and letters of two centuries and on news (round 47). MIT licence.
# Each case is a small corpus written here with invented names; the rules are general
# (a letter's date line, an era, a heading, a homonym's slot), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# dates DIR: "file date" of each article of `dossier list`, one a '|'.
dates() {
	"$DOSSIER" list --format=tsv --no-state "$1" 2>"$T/err" |
		awk -F'\t' 'NR > 1 { sub(/.*\//, "", $1); print $1 " " $2 }' | sort | tr '\n' '|'
}

# 1. A date before 1900 was never an article's date, so letters and speeches of 1776-1899
#    were dated by their files' mtimes and no rule of an era applied to them (speeches:
#    the 233 papers of Lincoln, 1858-1865, each with its date under the title or in its
#    letter's date line). Their own date is taken where nothing else can be meant: a line
#    of its own near the top, a letter's "PLACE, date" line.
mkdir -p "$T/old"
printf 'ADDRESS AT VARNO\nNovember 20, 1861\n\nFELLOW-CITIZENS: I thank you.\n' >"$T/old/a.txt"
printf 'TO J. K. MARLOW.\n\nSPRINGVALE, Aug. 2, 1858.\n\nDEAR SIR: Yours received.\n' >"$T/old/b.txt"
printf 'TO A. DORN.\nEXECUTIVE MANSION, Nov.20, 1862\n\nSIR: I write.\n' >"$T/old/c.txt"
#    Not a year the prose of a news story recalls, nor a date deep in a letter.
printf 'Old flags\n\nOn July 4, 1776, the flag was new, the museum said on Friday.\n' >"$T/old/d.txt"
printf 'Old flags\n\nThe museum said on Friday that the flag was sewn in\nJuly 4, 1776 by hand.\n' >"$T/old/e.txt"
touch -d "2024-05-06 12:00:00" "$T/old/d.txt" "$T/old/e.txt"
t_eq "an old article's own date" \
	"a.txt 1861-11-20|b.txt 1858-08-02|c.txt 1862-11-20|d.txt 2024-05-06|e.txt 2024-05-06|" \
	"$(dates "$T/old")"

t_end
