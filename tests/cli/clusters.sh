# tests/cli/clusters.sh -- `dossier clusters`, is:duplicate and cluster:N: the story clusters
# of a small pile (tests/screen/corpus-story), its JSON, hostile files and paths. MIT licence.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"
cp -R "$SRCDIR/tests/screen/corpus-story" story

# --- the clusters, exactly ----------------------------------------------------------
"$DOSSIER" clusters story >out 2>err; rc=$?
t_eq "clusters exits 0 and says nothing on stderr" "0 " "$rc $(cat err)"
t_eq "clusters: a header, then cluster path title; earliest version first (ties by path)" \
"cluster	path	title
1	story/harbour-coastdaily.txt	Valdoria closes northern pier after divers find cracks
1	story/harbour-reuters.txt	Valdoria closes northern pier after divers find cracks
1	story/harbour-harbourpost.txt	Pier shut for months as port finds damage
1	story/harbour-times.txt	Northern pier to close until spring
2	story/harvest-wire.txt	Grape harvest starts two weeks early in Ostrava valley
2	story/harvest-agrar.txt	Early harvest in Ostrava valley" "$(cat out)"
t_eq "the state file is not made by clusters" "no" "$([ -e state.db ] && echo yes || echo no)"

"$DOSSIER" clusters --format=json story >out.json 2>err
t_eq "clusters --format=json: every row, the representative marked" \
	"1 story/harbour-coastdaily.txt True|1 story/harbour-reuters.txt False|1 story/harbour-harbourpost.txt False|1 story/harbour-times.txt False|2 story/harvest-wire.txt True|2 story/harvest-agrar.txt False|" \
	"$(python3 -c 'import json,sys
for r in json.load(open(sys.argv[1])): sys.stdout.write("%d %s %s|" % (r["cluster"], r["path"], r["representative"]))' out.json)"
t_eq "clusters --query lists the matching members" \
"cluster	path	title
2	story/harvest-wire.txt	Grape harvest starts two weeks early in Ostrava valley" \
	"$("$DOSSIER" --no-state clusters --query 'lorries press' story)"

# --- is:duplicate and cluster:N in the query language ---------------------------------
t_eq "list --query is:duplicate: every version but the representatives" \
	"story/harbour-harbourpost.txt story/harbour-reuters.txt story/harbour-times.txt story/harvest-agrar.txt" \
	"$("$DOSSIER" --no-state list --query is:duplicate story | tail -n +2 | cut -f1 | sort | tr '\n' ' ' | sed 's/ $//')"
t_eq "list --query cluster:2" "story/harvest-agrar.txt story/harvest-wire.txt" \
	"$("$DOSSIER" --no-state list --query cluster:2 story | tail -n +2 | cut -f1 | tr '\n' ' ' | sed 's/ $//')"
t_eq "search with -is:duplicate keeps one version of the story" "story/harbour-coastdaily.txt" \
	"$("$DOSSIER" --no-state search 'pier -is:duplicate' story | tail -n +2 | cut -f1)"
t_eq "cluster:N past the last is no article" "path	date	title	source	words" \
	"$("$DOSSIER" --no-state list --query cluster:99 story)"
"$DOSSIER" --no-state list --query 'cluster:x' story >out 2>err; rc=$?
t_eq "a bad cluster number is a usage error with a clean message" \
	"2 dossier: bad query: bad cluster \"x\" at column 9 (a story cluster's number: 1, 2, ...)" \
	"$rc $(cat err)"
"$DOSSIER" tag +dup --query is:duplicate story >out 2>err
t_eq "tag --query is:duplicate tags the four later versions" "4" \
	"$("$DOSSIER" list --query tag:dup story | tail -n +2 | wc -l | tr -d ' ')"

# --- nothing to cluster -------------------------------------------------------------
mkdir empty
t_eq "an empty folder: only the header" "cluster	path	title" "$("$DOSSIER" clusters empty 2>/dev/null)"
t_eq "an empty folder in JSON: []" "[]" "$("$DOSSIER" clusters --format=json empty 2>/dev/null)"
t_eq "the seeds: no two are the same story" "cluster	path	title" \
	"$("$DOSSIER" clusters "$SRCDIR/seeds")"

# --- hostile files and paths ----------------------------------------------------------
mkdir h
body=$(sed -n '5,$p' story/harvest-wire.txt)
# Two copies of one text, each with escapes and controls in title, body and path.
name=$(printf 'h/esc\033]0;pwn\007-\302\233x.txt')
printf 'Title \033[31mred\033[0m\342\200\256\n\n%s\n\033[2J\001\n' "$body" >"$name"
printf 'Other \302\205title\n\n%s\n' "$body" >h/plain.txt
# Invalid UTF-8, NUL-free binary-ish bytes, CRLF, a very long line, an empty file.
printf 'Bad \377\376 bytes\r\n\r\n%s\r\n' "$body" >h/crlf.txt
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "word%d ", i % 97; print "" }' >h/long.txt
: >h/empty.txt
"$DOSSIER" clusters h >out 2>err; rc=$?
t_eq "hostile files: exit 0" "0" "$rc"
t_eq "hostile files: the three copies are one cluster" "3" "$(grep -c '^1	' out)"
raw=$(printf '\033|\007|\302\205|\302\233|\342\200\256')
if LC_ALL=C grep -qE "$raw" out err; then t_fail "no raw escape or control in the TSV" "$(cat -v out)"
else t_pass "no raw escape or control in the TSV"; fi
"$DOSSIER" clusters --format=json h >out.json 2>err
if LC_ALL=C grep -qE "$raw" out.json; then t_fail "no raw escape or control in the JSON" "$(cat -v out.json)"
else t_pass "no raw escape or control in the JSON"; fi
t_eq "a JSON reader gets the hostile path back" "$name" \
	"$(python3 -c 'import json,sys
for r in json.load(open(sys.argv[1])):
	if r["path"].startswith("h/esc"): print(r["path"])' out.json)"
t_eq "no cluster of the long line alone" "" "$(grep long.txt out)"
"$DOSSIER" clusters --format=csv h >out 2>err; rc=$?
t_eq "clusters --format=csv is a usage error" "2" "$rc"
"$DOSSIER" clusters missing-folder >out 2>err; rc=$?
t_eq "a missing path is a usage error" "2" "$rc"
t_end
