# tests/cli/front_matter.sh -- Markdown articles with YAML or TOML front matter: the title, date and source it gives, its lines dimmed, its escapes read (round 59, the White House's briefing room as pandoc wrote it). MIT licence.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# A statement as a site generator writes it: the title double-quoted over two lines,
# "\_" a no-break space, "\u201C" a quote, the line break escaped.
mkdir -p "$T/fm"
cat >"$T/fm/statement.md" <<'EOF'
---
tags: statements-releases
date: '2021-01-22'
modified_time: 2021-01-22 21:48:35-05:00
source_url: https://example.gov/briefing-room/statements/2021/01/22/statement/
title: "Statement of President Joe\_Biden on the Passing of Henry Louis \u201CHank\u201D\
  \_Aaron"
---

When I watched Henry Aaron play baseball in Atlanta, I knew I was watching someone
special. Jill and I send our love.
EOF
# TOML, as Hugo writes it, with a publisher; and a file whose first line is a rule.
cat >"$T/fm/hugo.md" <<'EOF'
+++
title = "Talks in Geneva end without a deal"
date = 2024-03-05T10:00:00Z
publisher = "Harbour Gazette"
tags = ["Geneva", "talks"]
+++

Negotiators met in Geneva on Monday.
EOF
cat >"$T/fm/rule.md" <<'EOF'
---

Ministers meet in Oslo

The ministers met in Oslo on Tuesday.
EOF

# 1-3. The list: the title of the front matter, decoded; its date; its source.
list=$("$DOSSIER" list --format=tsv --no-state "$T/fm" 2>"$T/err" | awk -F'\t' 'NR > 1 { sub(/.*\//, "", $1); print $1 "|" $2 "|" $3 "|" $4 }' | sort)
t_eq "a YAML title, its quotes and escapes undone" \
	"statement.md|2021-01-22|Statement of President Joe Biden on the Passing of Henry Louis “Hank” Aaron|fm" \
	"$(echo "$list" | grep '^statement')"
t_eq "a TOML title, date and publisher" \
	"hugo.md|2024-03-05|Talks in Geneva end without a deal|Harbour Gazette" \
	"$(echo "$list" | grep '^hugo')"
t_eq "a rule on the first line is no front matter" \
	"rule.md|Ministers meet in Oslo" \
	"$(echo "$list" | grep '^rule' | cut -d'|' -f1,3)"

# 4. The mentions: "Joe\_Biden" is Joe Biden (it was a person "Joe" in 65 statements);
#    nothing of the other fields (the link, the dates, the tags) is a mention.
t_eq "front matter: the title's names, read through the escapes" \
	"Joe\\_Biden>Joe Biden PERSON|" \
	"$(rows "$T/fm" statement.md | tr '|' '\n' | grep Joe | tr '\n' '|')"
t_eq "front matter: no link, date or tag of its fields is a mention" "0" \
	"$(ments "$T/fm" | awk -F'\t' '$1 ~ /statement.md$/ && $2 < 300' | grep -c -v 'PERSON')"
t_eq "TOML front matter: its tags are no mentions" \
	"Geneva>Geneva PLACE|Geneva>Geneva PLACE|" \
	"$(rows "$T/fm" hugo.md)"

# 5. Escapes in prose, as a program writes text out (JSON, YAML, Markdown): "\n" and "\_"
#    are blanks, "\u2019" a sign between words, and a name cut by an escaped letter
#    ("S\xE1nchez") is none.
mkdir -p "$T/esc"
printf '%s\n' 'Talks' '' 'The talks ended.\nPresident Joe\_Biden met Pedro S\xE1nchez in Madrid, and Macron\u2019s aides watched the Lindqvist-\u2060Harrow Administration.' >"$T/esc/a.txt"
t_eq "escapes in prose" \
	"Joe\\_Biden>Joe Biden PERSON|Madrid>Madrid PLACE|Macron>Macron PERSON|" \
	"$(rows "$T/esc" a.txt)"

# 6. The reader dims the front matter as boilerplate: hidden with z, the text starts with
#    the prose.
cd "$T" || exit 1
printf '%s\n' '2' ':save-display shown.screen' 'z' ':save-display hidden.screen' >"$T/keys"
COLUMNS=100 LINES=20 "$DOSSIER" --no-state --config /dev/null --script "$T/keys" \
	"$T/fm/statement.md" >"$T/screen" 2>&1
t_eq "the reader shows the front matter, and hides it with z" "1|0|1" \
	"$(grep -c 'source_url' shown.screen)|$(grep -c 'source_url' hidden.screen)|$(grep -c 'When I watched Henry' hidden.screen)"
# 7. Text filled at a fixed width (pandoc's Markdown, mail) that a narrow reader wraps
#    again: its lines are one paragraph, no blank row between them (a blank row came
#    after every line of the briefings in a pane narrower than 72 columns).
mkdir -p "$T/filled"
printf '%s\n' 'Filled text' '' 'The ministers met in Oslo on Tuesday and talked for hours about the fishing' \
	'quotas of the coming year, and about little else, as they had done before.' \
	'They parted late.' >"$T/filled/a.txt"
printf '%s\n' '2' ':save-display filled.screen' >"$T/keys2"
COLUMNS=60 LINES=20 "$DOSSIER" --no-state --config /dev/null --script "$T/keys2" \
	"$T/filled/a.txt" >"$T/screen2" 2>&1
t_eq "filled lines are one paragraph in a narrow reader" "quotas of the coming year, and about little else, as they" \
	"$(grep -A1 'about the fishing' filled.screen | tail -1 | sed 's/^ *//; s/ *$//')"
t_end
