# tests/cli/timeline.sh -- `dossier timeline ENTITY`: periods, scales, undated articles,
# formats, exit codes, hostile names; on the seeds and on a corpus of known dates. MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

# col N: the Nth column of TSV on stdin, header dropped, summed
sum() { tail -n +2 | awk -F'\t' -v c="$1" '{ s += $c } END { print s + 0 }'; }

# --- the seeds: 2025-12-19 .. 2026-02-04, 48 days (47 apart): by day ---
"$DOSSIER" timeline putin seeds >out 2>err; rc=$?
t_eq "timeline: exit 0" 0 "$rc"
t_eq "a header, as the other commands" "period	mentions	articles" "$(head -1 out)"
t_eq "the seeds span 48 days: a row a day, then undated" 50 "$(wc -l <out)"
t_eq "the first day is the corpus' first" "2025-12-19	9	1" "$(sed -n 2p out)"
t_eq "empty days are rows too" "2025-12-20	0	0" "$(sed -n 3p out)"
t_eq "the last day is the corpus' last" "2026-02-04	3	1" "$(sed -n 49p out)"
t_eq "the article dated by its mtime is apart, last" "undated	1	1" "$(tail -1 out)"
t_eq "no year-only row without such articles" 0 "$(grep -c '^year-only' out)"
ment=$("$DOSSIER" mentions seeds | awk -F'\t' '$6 == "Vladimir Putin"' | wc -l)
t_eq "every mention of the entity is counted once" "$ment" "$(sum 2 <out)"
arts=$("$DOSSIER" list --query 'entity:putin' seeds | tail -n +2 | wc -l)
t_eq "every article of entity:putin is counted once" "$arts" "$(sum 3 <out)"
t_eq "nothing on stderr" "" "$(cat err)"

"$DOSSIER" timeline "Vladimir Putin" --by week seeds >week
t_eq "--by week: ISO weeks" "2025-W51	9	1" "$(sed -n 2p week)"
t_eq "--by week: to the corpus' last week" "2026-W06	3	1" "$(tail -2 week | head -1)"
t_eq "--by week: 8 weeks and undated" 10 "$(wc -l <week)"
"$DOSSIER" timeline "Vladimir Putin" --by=month seeds >month
t_eq "--by=month" "2025-12 9 1|2026-01 2 1|2026-02 3 1|undated 1 1" \
	"$(tail -n +2 month | tr '\t' ' ' | paste -sd'|')"
t_eq "an alias finds the entity, folded" "$(cat month)" \
	"$("$DOSSIER" timeline ' PUTIN ' --by month seeds)"

"$DOSSIER" timeline putin --by month --format=json seeds >json
t_check "--format=json is JSON" python3 -c 'import json, sys; json.load(open(sys.argv[1]))' json
t_eq "json rows are the tsv rows" "$(tail -n +2 month | tr '\t' ' ')" \
	"$(python3 -c 'import json, sys
for r in json.load(open(sys.argv[1])): print(r["period"], r["mentions"], r["articles"])' json)"

# A name of several entities: said, and counted together (entity: finds them all).
"$DOSSIER" timeline kremlin --by month seeds >out 2>err; rc=$?
t_eq "several entities: exit 0" 0 "$rc"
if grep -q 'names 2 entities' err && grep -q 'Kremlin (ORG)' err && grep -q 'Kremlin (PLACE)' err
then t_pass "several entities: named on stderr"; else t_fail "several entities: named on stderr" "$(cat err)"; fi
arts=$("$DOSSIER" list --query 'entity:kremlin' seeds | tail -n +2 | wc -l)
t_eq "several entities: the articles of entity:kremlin" "$arts" "$(sum 3 <out)"

# The same from a --cache file (its entity tables), written and then read.
"$DOSSIER" timeline putin --by month --cache="$T/tl.cache" seeds >cached1
"$DOSSIER" timeline putin --by month --cache="$T/tl.cache" seeds >cached2
t_eq "--cache: the same rows when it is written" "$(cat month)" "$(cat cached1)"
t_eq "--cache: the same rows when it is read" "$(cat month)" "$(cat cached2)"

# The state's corrections apply: a hidden entity has no timeline.
"$DOSSIER" --state "$T/corr.db" entity hide "Vladimir Putin" seeds >/dev/null
"$DOSSIER" --state "$T/corr.db" timeline putin seeds >out 2>err; rc=$?
t_eq "a hidden entity: exit 1" 1 "$rc"

# --- exit codes and hostile names ---
"$DOSSIER" timeline "Nobody Atall" seeds >out 2>err; rc=$?
t_eq "no such entity: exit 1" 1 "$rc"
t_eq "no such entity: said" 'dossier: no entity is called "Nobody Atall" (dossier entities lists them)' "$(cat err)"
t_eq "no such entity: nothing on stdout" "" "$(cat out)"
"$DOSSIER" timeline "$(printf 'Pu\033]0;owned\007tin\033[2J')" seeds >out 2>err; rc=$?
t_eq "control characters in ENTITY: exit 1" 1 "$rc"
if grep -q "$(printf '[\033\007]')" out err; then t_fail "no control character reaches the terminal" "$(od -c err | head)"
else t_pass "no control character reaches the terminal"; fi
"$DOSSIER" timeline >out 2>err; rc=$?
t_eq "no ENTITY: usage error 2" 2 "$rc"
t_eq "no ENTITY: says how" "dossier: timeline needs an entity: dossier timeline ENTITY [--by day|week|month] [PATH...]" "$(cat err)"
"$DOSSIER" timeline putin --by year seeds >out 2>err; rc=$?
t_eq "--by year: usage error 2" 2 "$rc"
"$DOSSIER" list --by week seeds >out 2>err; rc=$?
t_eq "--by elsewhere: usage error 2" 2 "$rc"
"$DOSSIER" timeline putin --format=csv seeds >out 2>err; rc=$?
t_eq "--format=csv: usage error 2" 2 "$rc"
"$DOSSIER" timeline putin no-such-folder >out 2>err; rc=$?
t_eq "a missing path: usage error 2, as the other commands" 2 "$rc"

# --- a corpus of known dates across New Year: 81 days, so weeks ---
mkdir known
printf 'Talks in Paris\n\nEmmanuel Macron met reporters in Paris. Macron said the talks went well.\n' \
	>known/2025-12-29-talks.txt			# a Monday: 2026-W01
printf 'More talks\n\nOn Sunday Emmanuel Macron spoke again.\n' >known/2026-01-04-sunday.txt
printf 'Week two\n\nEmmanuel Macron travelled to Berlin.\n' >known/2026-01-05-berlin.txt
printf 'Spring\n\nEmmanuel Macron and Olaf Scholz met. Macron smiled. Macron left.\n' \
	>known/2026-03-20-spring.txt
printf 'Old notes\n\nEmmanuel Macron was not yet known.\n' >known/1999_notes.txt
printf 'No date here\n\nEmmanuel Macron, undated.\n' >known/undated.txt
touch -d "2026-02-10 12:00:00" known/undated.txt
"$DOSSIER" timeline macron known >out
t_eq "81 days: weeks, from 2026-W01 (2025-12-29) to 2026-W12" \
	"2026-W01 3 2|2026-W02 1 1|2026-W03 0 0|2026-W04 0 0|2026-W05 0 0|2026-W06 0 0|2026-W07 0 0|2026-W08 0 0|2026-W09 0 0|2026-W10 0 0|2026-W11 0 0|2026-W12 3 1|year-only 1 1|undated 1 1" \
	"$(tail -n +2 out | tr '\t' ' ' | paste -sd'|')"
"$DOSSIER" timeline macron --by day known >out
t_eq "--by day: 2025-12-29 to 2026-03-20 and the two rows apart" 84 "$(tail -n +2 out | wc -l)"
t_eq "--by day: the Sunday" "2026-01-04	1	1" "$(grep '^2026-01-04' out)"
"$DOSSIER" timeline macron --by month known >out
t_eq "--by month" "2025-12 2 1|2026-01 2 2|2026-02 0 0|2026-03 3 1|year-only 1 1|undated 1 1" \
	"$(tail -n +2 out | tr '\t' ' ' | paste -sd'|')"
"$DOSSIER" timeline "Olaf Scholz" known >out
t_eq "an entity of one article: the corpus' rows, one of them not empty" "14|2026-W12 1 1" \
	"$(tail -n +2 out | wc -l)|$(tail -n +2 out | awk -F'\t' '$2 > 0' | tr '\t' ' ')"
# A span over a year: months.
printf 'Later\n\nEmmanuel Macron again.\n' >known/2027-02-01-later.txt
t_eq "a span over 366 days: months" "2025-12" "$("$DOSSIER" timeline macron known | sed -n 2p | cut -f1)"
rm known/2027-02-01-later.txt

# --- no dates at all: only the undated row ---
mkdir nodates
printf 'First\n\nEmmanuel Macron spoke.\n' >nodates/a.txt
printf 'Second\n\nEmmanuel Macron spoke. Macron left.\n' >nodates/b.txt
"$DOSSIER" timeline macron nodates >out 2>err; rc=$?
t_eq "no dates: exit 0" 0 "$rc"
t_eq "no dates: the header and undated only" "period mentions articles|undated 3 2" \
	"$(tr '\t' ' ' <out | paste -sd'|')"
"$DOSSIER" timeline macron --format=json nodates >json
t_eq "no dates: json" '[{"period": "undated", "mentions": 3, "articles": 2}]' \
	"$(python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))))' json)"

# Control characters in the text of an article: the entity's rows stay clean.
printf 'Hostile\n\nEmmanuel Macron\033[31m said \033]0;x\007 this on 3 March 2026.\n' \
	>nodates/c.txt
"$DOSSIER" timeline macron nodates >out 2>err; rc=$?
t_eq "hostile text: exit 0" 0 "$rc"
if grep -q "$(printf '[\033\007]')" out err; then t_fail "hostile text: no control character out" "$(od -c out | head)"
else t_pass "hostile text: no control character out"; fi
t_end
