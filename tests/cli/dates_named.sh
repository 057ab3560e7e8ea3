# tests/cli/dates_named.sh -- a full date in a file's name goes before a date met only in
# the prose of its first lines, with the persistent index too: a file renamed keeps the
# date a launch that reads it would give (the prose's when the new name has none, which
# the index cannot know without the text: it reads that file again). MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

mkdir -p news
speech() { printf 'Remarks\n\nThank you. Since the election of November 8, 2016, we worked.\n'; }
speech >news/2017-12-18-remarks.txt
speech >news/remarks-b.txt
for i in $(seq 1 5); do printf 'Note %d\n\nPublished 3 March 2026\n\nA note.\n' "$i" >"news/n$i.txt"; done
# Settled files (an mtime more than two seconds before the index looked is trusted).
touch -d '2026-01-01 12:00' news/*
dates() { "$DOSSIER" --no-state "$@" list news | tail -n +2 | cut -f1,2 | sort; }
date_of() { n=$1; shift; dates "$@" | awk -F'	' -v n="$n" '$1 ~ "/" n "$" { print $2 }'; }

t_eq "the name's full date, not the prose's" 2017-12-18 "$(date_of 2017-12-18-remarks.txt --no-cache)"
t_eq "no date in the name: the prose's" 2016-11-08 "$(date_of remarks-b.txt --no-cache)"
dates --cache "$T/ix.db" >/dev/null
t_check "the index was written" test -s "$T/ix.db"
mv news/2017-12-18-remarks.txt news/remarks-a.txt
mv news/remarks-b.txt news/2018-01-30-remarks.txt
t_eq "renamed to a name without a date: the prose's, from the index" 2016-11-08 \
	"$(date_of remarks-a.txt --cache "$T/ix.db")"
t_eq "renamed to a dated name: the name's, from the index" 2018-01-30 \
	"$(date_of 2018-01-30-remarks.txt --cache "$T/ix.db")"
t_eq "the index's list is the one made without it" "$(dates --no-cache)" \
	"$(dates --cache "$T/ix.db")"
t_end
