# tests/cli/metadata.sh -- article metadata a user expects (issue 17): dates from file
# names (a year alone matches date:YEAR and sorts within its year), mail and news-export
# header blocks for title, date and source, an mbox envelope never a title. MIT licence.
. "$SRCDIR/tests/lib.sh"

mkdir -p "$T/c"
cd "$T/c" || exit 1
for y in 1989 1990 1991; do
	printf 'Address to the Congress\n\nMr. Speaker, members of the Congress.\n' >"${y}_bush.txt"
done
printf 'Address on the budget\n\nMr. Speaker.\n' >1990-05-01-budget.txt
printf 'Notes from the talks\n\nNothing was agreed.\n' >20260121_notes.txt
printf 'From desk@example.org Tue Jan 20 10:00:00 2026\nFrom: Jane Doe <desk@example.org>\nSubject: Talks in Geneva\n resume today\nDate: Tue, 20 Jan 2026 10:00:00 +0000\n\nThe talks resumed.\n' >mail.txt
printf 'Headline: Ties with Cuba grow\nSource: Anadolu Agency\nDate: January 21, 2026\n\nMOSCOW - The minister spoke.\n' >export.txt
printf 'From someone@example.org Mon Feb  2 09:15:00 2026\n\nBudget talks stall\n\nThe talks stalled.\n' >envelope.txt
touch -d "2020-06-01 12:00:00" ./*
cd "$T" || exit 1

"$DOSSIER" list --format=tsv c >out 2>err
row() { awk -F'\t' -v f="c/$1" '$1 == f { print $2 " | " $3 " | " $4 }' out; }
t_eq "YYYY-MM-DD-slug: the date of the name" "1990-05-01 | Address on the budget | c" \
	"$(row 1990-05-01-budget.txt)"
t_eq "YYYYMMDD_x: the date of the name" "2026-01-21 | Notes from the talks | c" "$(row 20260121_notes.txt)"
t_eq "YEAR_x: the year alone" "1990 | Address to the Congress | c" "$(row 1990_bush.txt)"
t_eq "mail header: title (folded), date and sender" \
	"2026-01-20 | Talks in Geneva resume today | Jane Doe" "$(row mail.txt)"
t_eq "news-export header: headline, date and source" \
	"2026-01-21 | Ties with Cuba grow | Anadolu Agency" "$(row export.txt)"
t_eq "an mbox envelope is not the title" "2020-06-01 | Budget talks stall | c" "$(row envelope.txt)"
t_eq "the year alone sorts within its year (newest first)" \
	"1991_bush.txt 1990-05-01-budget.txt 1990_bush.txt 1989_bush.txt" \
	"$(grep -e _bush -e budget out | cut -f1 | sed 's|^c/||' | tr '\n' ' ' | sed 's/ $//')"
t_eq "date:1990 finds the year alone and the day" "1990-05-01-budget.txt 1990_bush.txt" \
	"$("$DOSSIER" list --query date:1990 c | sed 1d | cut -f1 | sed 's|^c/||' | tr '\n' ' ' | sed 's/ $//')"
t_eq "date:1990-05 does not take the year alone" "1990-05-01-budget.txt" \
	"$("$DOSSIER" list --query date:1990-05 c | sed 1d | cut -f1 | sed 's|^c/||' | tr '\n' ' ' | sed 's/ $//')"
t_eq "date:>1989 takes 1990 alone" "1991_bush.txt 1990-05-01-budget.txt 1990_bush.txt" \
	"$("$DOSSIER" list --query 'date:>1989 date:<1992' c | sed 1d | cut -f1 | sed 's|^c/||' | tr '\n' ' ' | sed 's/ $//')"
"$DOSSIER" list --format=json c >json
t_eq "JSON: the year alone is the year, not a file date" "1" \
	"$(grep -c '"date": "1990", "date_from_mtime": false' json)"
t_end
