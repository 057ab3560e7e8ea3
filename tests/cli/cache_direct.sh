# tests/cli/cache_direct.sh -- `dossier search` and `list` answered from the persistent
# index alone (cli_direct.c) when its folders stat as recorded: byte for byte the answer
# of the long way (--recheck) for text, phrase, prefix, OR, NOT and state queries, TSV
# and JSON; the
# long way whenever a folder moved (a file added, removed, renamed; a folder renamed),
# a hit's file was edited in place, the paths or the size limit differ, something was
# skipped, or the query names entities; and the index learns the folders again so the
# next search is direct. MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

# 120 articles in two folders: harbour news, every third on dredging, every fifth on
# herons, a few on the ferry strike.
mkdir -p news/world news/local
awk 'BEGIN {
	for (i = 0; i < 120; i++) {
		d = i % 2 ? "news/world" : "news/local"
		f = sprintf("%s/%03d.txt", d, i)
		printf "Harbour report %d\n\nPublished %d March 2026\n\n", i, i % 28 + 1 > f
		printf "The harbour board met on Monday about berth %d.\n\n", i > f
		if (i % 3 == 0)
			printf "The dredging of the channel goes on; dredging barges wait.\n\n" > f
		if (i % 5 == 0)
			printf "Herons nest near the old pier, said Mira Kessel, a warden.\n\n" > f
		if (i % 17 == 0)
			printf "A ferry strike stopped the crossings.\n\n" > f
		for (w = 0; w < 30; w++)
			printf "word%d ", (i * 7 + w) % 50 > f
		printf "\n" > f
		close(f)
	}
}'
touch -d "2025-06-01 10:00" news/*/*

# direct ARGS...: was the search answered from the index alone? (yes/no)
direct() {
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" "$@" >direct.out 2>direct.err
	if grep -q '^direct ' "$T/bench.log" 2>/dev/null; then echo yes; else echo no; fi
}

# same NAME QUERY [OPTIONS...]: the direct search is the long way's, and was direct.
same() {
	local name=$1 q=$2
	shift 2
	same_as "$name" "$@" search "$q" news
}

# same_as NAME ARGS...: dossier ARGS answered direct, as the long way.
same_as() {
	local name=$1 how
	shift
	how=$(direct "$@")
	"$DOSSIER" --recheck "$@" >long.out 2>long.err
	t_eq "$name: answered from the index alone" yes "$how"
	if [ -s long.out ] && cmp -s direct.out long.out && cmp -s direct.err long.err; then
		t_pass "$name: as the long way"
	else
		t_fail "$name: as the long way" "$(diff direct.out long.out | head -6)" \
			"$(cat direct.err)"
	fi
}

t_eq "the first search builds the index (the long way)" no "$(direct search dredging news)"
# A folder modified within two seconds of the scan is not trusted (its clock tick).
sleep 3
"$DOSSIER" list news >/dev/null	# the folders are settled now: the index says so
t_eq "warm: answered from the index alone" yes "$(direct search dredging news)"
t_eq "it finds the 40 dredging reports (20 printed)" 21 "$(wc -l <direct.out | tr -d ' ')"
same "a word" dredging
same "all hits" dredging --limit=0
same "JSON" herons --format=json
same "a phrase" '"ferry strike"'
same "a prefix" 'dredg*'
same "OR" 'herons OR ferry'
same "NOT" 'dredging -herons'
same "a word found nowhere" zeppelin
# A text matching many articles is scored first, and only the best hits (with every tie
# of the last one printed) are looked up, or the rest of the query is read once
# (index_cache_direct.c).
same "ties of the last one printed" dredging --limit=2
same "without a state: nothing else to read" dredging --limit=2 --no-state
same "without a state, all hits" dredging --limit=0 --no-state
same "a filter that turns the best away" 'dredging date:2026-03-01..2026-03-03' --limit=2
same "a filter that turns every hit away" 'dredging date:2027' --limit=2
same "a filter, all hits" 'dredging -date:2026-03-05..2026-03-20' --limit=0
t_check "archive a hit" "$DOSSIER" tag +archived --query '"harbour report 0"' news
same "an archived hit is hidden" dredging --limit=0
t_eq "hidden indeed" 0 "$(grep -c 'local/000.txt' direct.out)"
# Only the archive hides hits of the text: the best ones are looked up one by one, past
# the archived ones, until enough are shown with every tie of the last.
same "the archive alone hides: the best two" dredging --limit=2
t_eq "not every hit looked up" yes "$(awk '$1 == "looked_up" && $2 < 40 { print "yes" }' \
	"$T/bench.log")"
# The three best hits archived (by their titles), and a few more.
direct search dredging --limit=3 news >/dev/null
best=$(awk -F'\t' 'NR > 1 { printf "%s\"%s\"", n++ ? " OR " : "", $4 }' direct.out)
t_check "archive the best three" "$DOSSIER" tag +archived --query "$best" news
t_check "archive more" "$DOSSIER" tag +archived --query 'dredging date:2026-03-01..2026-03-05' news
same "the best ones archived: the next ones" dredging --limit=3
same "one hit and its ties" dredging --limit=1
same "more hits asked for than there are" dredging --limit=100
same "a phrase, the archive alone hides" '"dredging barges"' --limit=4
t_check "archive every dredging report" "$DOSSIER" tag +archived --query dredging news
same "every hit archived" dredging --limit=5
t_eq "none shown" 1 "$(wc -l <direct.out | tr -d ' ')"
same "is:archived: the long way's filter" 'dredging is:archived' --limit=5
t_check "unarchive them" "$DOSSIER" tag -archived --query 'is:archived dredging' news
t_check "archive the first again" "$DOSSIER" tag +archived --query '"harbour report 0"' news
same "as before" dredging --limit=0
t_eq "hidden again" 0 "$(grep -c 'local/000.txt' direct.out)"
same "state: is:unread" 'is:unread herons'
t_check "tag one" "$DOSSIER" tag +later --query '"harbour report 15"' news
same "state: tag:" 'tag:later OR ferry'
same_as "list" list news
same_as "list as JSON" list --format=json news
t_eq "list: the rows from the packed catalog" 1 "$(grep -c '^listed_packed' bench.log)"
same_as "list --query" list --query 'dredging -herons' news
same_as "list --query of the state" list --query 'tag:later OR is:archived' news
# The rows go out a writev() of many at a time: a full disk is an error said (exit 1), a
# reader gone is none (`| head -1`).
rm -f "$T/bench.log"
DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" list news >/dev/full 2>full.err
t_eq "list to a full disk: exit 1" 1 "$?"
t_eq "list to a full disk: said" "dossier: writing output: No space left on device" \
	"$(cat full.err)"
t_eq "list to a full disk: direct" 1 "$(grep -c '^direct ' bench.log)"
"$DOSSIER" list news 2>head.err | head -1 >head.out
t_eq "list to a reader gone: the header, no error" "path	date	title	source	words|" \
	"$(cat head.out head.err | tr '\n' '|')"
t_eq "list: the archived one too" 1 "$(grep -c 'local/000.txt' direct.out)"
same_as "entities" entities news
same_as "entities of a type, as JSON" entities --type=place --format=json news
# mentions --entity: the entity's articles read for the surfaces, checked, then printed.
same_as "mentions --entity" mentions --entity="Mira Kessel" news
t_eq "mentions --entity: the herons reports" 25 "$(wc -l <direct.out | tr -d ' ')"
same_as "mentions --entity by an alias, folded" mentions --entity=KESSEL news
same_as "mentions --entity as JSON" mentions --format=json --entity="mira kessel" news
same_as "mentions of no such entity" mentions --entity="Nobody Here" news
t_eq "mentions --entity with a query: the long way" no \
	"$(direct mentions --entity=kessel --query=dredging news)"
t_eq "mentions without --entity: the long way" no "$(direct mentions news)"
t_eq "entities with an unknown type: the long way" no "$(direct entities --type=thing news)"
t_eq "which says so" 1 "$(grep -c 'unknown entity type' direct.err)"

# tag and mark: the same decisions, written to a copy of the state each way.
cp "$T/state.db" s1.db && cp "$T/state.db" s2.db
tagged() { # STATE QUERY: the paths its state has tagged "harbour", and the read ones
	"$DOSSIER" --recheck --state "$1" list --query "$2" news | cut -f1 | sort | tr '\n' ' '
}
t_eq "tag: answered from the index alone" yes \
	"$(direct --state s1.db tag +harbour --query 'dredging -herons' news)"
"$DOSSIER" --recheck --state s2.db tag +harbour --query 'dredging -herons' news >long.out 2>&1
t_eq "tag: says what the long way says" "$(cat long.out)" "$(cat direct.out)"
t_eq "tag: the same articles tagged" "$(tagged s2.db tag:harbour)" "$(tagged s1.db tag:harbour)"
t_eq "mark: answered from the index alone" yes \
	"$(direct --state s1.db mark --read --query 'herons OR tag:harbour' news)"
"$DOSSIER" --recheck --state s2.db mark --read --query 'herons OR tag:harbour' news >long.out
t_eq "mark: says what the long way says" "$(cat long.out)" "$(cat direct.out)"
t_eq "mark: the same articles read" "$(tagged s2.db is:read)" "$(tagged s1.db is:read)"

# A correction makes other entities: the long way, once; then the index has them.
t_check "a correction" "$DOSSIER" entity rename "Mira Kessel" "Mira Kessel-Berg" news
t_eq "entities after a correction: the long way" no "$(direct entities news)"
sleep 3
"$DOSSIER" list news >/dev/null
same_as "entities after a correction, learnt" entities news
t_eq "with the corrected name" 1 "$(grep -c 'Mira Kessel-Berg' direct.out)"
same "entity: by its new name" 'entity:"mira kessel-berg"'
same "entity: by its old name" 'entity:"mira kessel"'
same "said: with words" 'said:kessel herons'
same_as "list --query entity:" list --query 'entity:kessel -dredging' news
t_check "watch the entity by its old name" "$DOSSIER" entity watch "Mira Kessel" news
same "is:watched (a former name)" 'is:watched herons'
same_as "list --query is:watched" list --query 'is:watched OR ferry' news

# ---- the long way whenever the folders or the hits are not as the index says ----
same "type: with words" 'type:person dredging'
same_as "list --query type:" list --query 'type:person -herons' news
t_eq "is:duplicate takes the long way" no "$(direct search 'is:duplicate' news)"
t_eq "so does --recheck" no "$(direct --recheck search dredging news)"
printf 'set recheck = yes\n' >recheck.conf
t_eq "and set recheck = yes" no "$(direct --config=recheck.conf search dredging news)"
t_eq "and another size limit" no "$(direct --max-file-size=1M search dredging news)"
t_eq "and another time zone (dates from mtimes)" no "$(TZ=JST-9 direct search dredging news)"
t_eq "and the paths spelt otherwise" no "$(direct search dredging news/)"
t_eq "the same answer that way" "$("$DOSSIER" search dredging news)" "$(cat direct.out)"

# The paths spelt otherwise, absolute then relative again: the long way, which finds
# every file moved and writes only their rows' paths again (nothing resolved again: at
# 100k articles that was an 18 s update), answering under the new spelling; then direct.
"$DOSSIER" --no-cache search --limit=0 dredging "$T/news" >abs.want 2>&1
"$DOSSIER" --no-cache list --query "path:$T/news/local/*" "$T/news" >abs-path.want 2>&1
for spelt in "$T/news" news; do
	t_eq "paths spelt $spelt: the long way" no "$(direct search --limit=0 dredging "$spelt")"
	t_eq "paths spelt $spelt: nothing resolved again" 0 "$(grep -c '^resolved ' bench.log)"
	if [ "$spelt" = news ]; then "$DOSSIER" --no-cache search --limit=0 dredging news >abs.want 2>&1; fi
	t_check "paths spelt $spelt: the answer under them" cmp -s abs.want direct.out
	t_eq "paths spelt $spelt: then direct" yes "$(direct search --limit=0 dredging "$spelt")"
	t_check "paths spelt $spelt: the same answer" cmp -s abs.want direct.out
done
t_eq "a path: query on the other spelling: the long way" no \
	"$(direct list --query "path:$T/news/local/*" "$T/news")"
t_check "which matches the paths as spelt" cmp -s abs-path.want direct.out
t_eq "then direct" yes "$(direct list --query "path:$T/news/local/*" "$T/news")"
t_check "with the same answer" cmp -s abs-path.want direct.out
"$DOSSIER" search dredging news >/dev/null 2>&1	# (as it was)

printf 'Harbour report new\n\nThe dredging fleet came home.\n' >news/world/new.txt
t_eq "a file added: the long way" no "$(direct search fleet news)"
t_eq "which finds it" 1 "$(grep -c 'new.txt' direct.out)"
sleep 3
"$DOSSIER" list news >/dev/null
same "after the addition, learnt" fleet

# Edited in place: the folder's time does not move, but a hit's file is read for its
# snippet and its content is not the one indexed.
printf 'A late note: the barges left.\n' >>news/local/006.txt
t_eq "a hit edited in place: the long way" no "$(direct search barges --limit=0 news)"
t_eq "which reads it again" "$("$DOSSIER" --recheck search barges --limit=0 news)" \
	"$(cat direct.out)"
t_eq "and learns it" 1 "$("$DOSSIER" search '"late note"' news | grep -c 006.txt)"

# A decision goes to the content a file has: tag a file edited in place.
sleep 3
"$DOSSIER" list news >/dev/null
printf 'Edited after the index looked.\n' >>news/local/012.txt
t_eq "tag of a file edited in place: the long way" no \
	"$(direct tag +fresh --query '"harbour report 12"' news)"
t_eq "which tags its new content" 1 \
	"$("$DOSSIER" --recheck list --query 'tag:fresh edited' news | grep -c 012.txt)"
"$DOSSIER" --recheck list news >/dev/null
same "after the edit, learnt" barges
printf 'Mira Kessel counted the herons again.\n' >>news/local/010.txt
t_eq "mentions of a file edited in place: the long way" no \
	"$(direct mentions --entity="Mira Kessel" news)"
t_eq "which has the new mention" 2 "$(grep -c 'local/010.txt' direct.out)"

# An undated article is dated by its mtime: touched, its date moves, its folder's not.
printf 'Basin works\n\nThe inner basin was surveyed.\n' >news/world/undated.txt
touch -d "2025-01-10 10:00" news/world/undated.txt
sleep 3
"$DOSSIER" list news >/dev/null
t_eq "an undated hit: direct" yes "$(direct search basin news)"
touch -d "2025-02-20 10:00" news/world/undated.txt
t_eq "an undated hit touched: the long way" no "$(direct search basin news)"
t_eq "with the new date" 1 "$(grep -c '2025-02-20' direct.out)"
rm news/world/undated.txt

# Edited in place and not a hit before: only a command that stats every file sees it.
printf 'Cormorants too.\n' >>news/local/008.txt
t_eq "--recheck finds a file edited in place" 1 \
	"$("$DOSSIER" --recheck search cormorants news | grep -c 008.txt)"
t_eq "then the index knows it" 1 "$("$DOSSIER" search cormorants news | grep -c 008.txt)"

mv news/world/new.txt news/world/renamed.txt
t_eq "a file renamed: the long way" no "$(direct search fleet news)"
t_eq "under its new name" 1 "$(grep -c renamed.txt direct.out)"
rm news/world/renamed.txt
t_eq "a file removed: the long way" no "$(direct search fleet news)"
t_eq "gone from the answer" 0 "$(grep -c renamed direct.out)"

# A file made and removed again moves the folder's time and changes no article: the
# index is used as it is and learns the folder (the next search is direct).
sleep 3
"$DOSSIER" list news >/dev/null
touch news/local/tmp.txt && rm news/local/tmp.txt
t_eq "a folder touched: the long way" no "$(direct search dredging news)"
sleep 3
"$DOSSIER" list news >/dev/null
t_eq "then direct again" yes "$(direct search dredging news)"

mv news/local news/harbour
t_eq "a folder renamed: the long way" no "$(direct search dredging --limit=0 news)"
t_eq "its articles under the new name" "0 19" \
	"$(grep -c 'news/local/' direct.out) $(grep -c 'news/harbour/' direct.out)"

# A skipped file is a warning the long way gives every time: never direct.
sleep 3
printf '\000\001binary' >news/world/blob.txt
touch -d "2025-06-01 10:00" news/world/blob.txt
"$DOSSIER" list news >/dev/null 2>&1
sleep 3
"$DOSSIER" list news >/dev/null 2>&1
t_eq "a corpus with a skipped file: the long way" no "$(direct search dredging news)"
t_eq "which says so" 1 "$(grep -c 'skipped' direct.err)"

# `list` formats each row as the index gives it (cli_direct.c): roots given out of the
# order of their paths (rows not in path order: the whole comparison), a path that is
# not UTF-8 (JSON's path_bytes) and a title with an escape, as the long way prints them.
mkdir -p two/a two/b
for i in $(seq 101 220); do	# (a persistent index from 100 files)
	printf 'Quay notice %d\n\nPublished %d March 2026\n\nThe quay closes.\n' "$i" \
		$((i % 3 + 1)) >"two/$([ $((i % 2)) = 0 ] && echo a || echo b)/$i.txt"
done
printf 'Bad \033[31m quay\n\nPublished 3 March 2026\n\nThe quay.\n' >"two/a/bad$(printf '\376').txt"
touch -d "2025-06-01 10:00" two/*/* two/a two/b
"$DOSSIER" list two/b two/a >/dev/null
sleep 3
"$DOSSIER" list two/b two/a >/dev/null
same_as "list, roots out of path order" list two/b two/a
same_as "list, roots out of path order, JSON" list --format=json two/b two/a
same_as "list --query, roots out of path order" list --query quay two/b two/a
t_eq "newest first, then by path" "two/a/104.txt two/a/110.txt two/a/116.txt" \
	"$(awk -F'\t' 'NR > 1 && NR < 5 { printf "%s%s", n++ ? " " : "", $1 }' direct.out)"
t_eq "a's after b's (path order), the bad byte shown as U+FFFD" \
	"two/a/bad$(printf '\357\277\275').txt two/b/217.txt" \
	"$(awk -F'\t' '$1 ~ /217|bad/ { printf "%s%s", n++ ? " " : "", $1 }' direct.out)"

# mentions --entity of an entity in 64 articles or more: the files read in two halves on
# two threads (cli_mentions.c), printed in order, as the long way; a file of the second
# half edited in place sends it the long way. (110 files: a persistent index is kept
# from 100.)
mkdir -p many
awk 'BEGIN {
	for (i = 0; i < 110; i++) {
		f = sprintf("many/%03d.txt", i)
		printf "Quay report %d\n\nPublished %d April 2026\n\n", i, i % 28 + 1 > f
		printf "Ilse Kortner, the harbourmaster, said the quay %d is open. Kortner smiled.\n", i > f
		close(f)
	}
}'
# (a file whose name is not UTF-8: its path is cleaned in TSV as the long way cleans it)
printf 'Quay report\n\nPublished 2 April 2026\n\nIlse Kortner opened the quay.\n' \
	>"many/bad$(printf '\376').txt"
touch -d "2025-06-01 10:00" many/*
"$DOSSIER" list many >/dev/null
sleep 3
"$DOSSIER" list many >/dev/null	# the folder is settled now
same_as "mentions --entity, in two halves" mentions --entity="Ilse Kortner" many
t_eq "mentions --entity, in two halves: every row" 222 "$(wc -l <direct.out | tr -d ' ')"
t_eq "the path that is not UTF-8 shown with U+FFFD" 1 \
	"$(grep -c "many/bad$(printf '\357\277\275').txt" direct.out)"
same_as "mentions --entity, in two halves, as JSON" mentions --format=json --entity=kortner many
# The index knows each mention's bytes (its alias: struct mention's surf): the files are
# stat()ed, not read. (Every file was read and hashed before: 60% of the command.)
t_eq "mentions --entity: no file read for its surfaces" "mention_files_read 0.000000" \
	"$(grep '^mention_files_read ' "$T/bench.log")"
# Each entity's mentions are kept together (es_posts): its 221 read, not every mention
# of its articles; a row missing or damaged, the articles' rows are asked instead, or
# the long way goes; the same answer each time.
t_eq "mentions --entity: the entity's mentions, together" "mention_posts 221.000000" \
	"$(grep '^mention_posts ' "$T/bench.log")"
"$DOSSIER" --recheck mentions --entity="Ilse Kortner" many >posts-long.out 2>&1
ix=$(ls "$XDG_CACHE_HOME"/dossier/index-*.db | head -1)
cp "$ix" posts-kept.db
if command -v sqlite3 >/dev/null; then
	for damage in "DELETE FROM es_posts" "UPDATE es_posts SET data = randomblob(40)" \
		"UPDATE es_posts SET data = substr(data, 1, length(data) - 1)" \
		"UPDATE es_posts SET data = x'00000000ff7f000000'"; do
		cp posts-kept.db "$ix"
		sqlite3 "$ix" "$damage"
		"$DOSSIER" mentions --entity="Ilse Kortner" many >posts.out 2>posts.err
		t_check "es_posts damaged ($damage): the same answer" cmp -s posts.out posts-long.out
		t_eq "es_posts damaged ($damage): nothing on stderr" "" "$(cat posts.err)"
	done
	cp posts-kept.db "$ix"
fi
printf 'Ilse Kortner came back.\n' >>many/100.txt
t_eq "a file of the second half edited: the long way" no \
	"$(direct mentions --entity="Ilse Kortner" many)"
t_eq "which has the new mention" 3 "$(grep -c 'many/100.txt' direct.out)"

# A name broken across lines is no alias's bytes ("Ilse Kortner" with a blank): those
# files are read for it, the others only stat()ed, and the rows are the long way's; a
# file changed within two seconds of the index's scan is read too (its stat could be the
# same after a second change in the same tick).
mkdir -p wrap
awk 'BEGIN {
	for (i = 0; i < 110; i++) {
		f = sprintf("wrap/%03d.txt", i)
		printf "Pier report %d\n\nPublished %d May 2026\n\n", i, i % 28 + 1 > f
		if (i % 10 == 0)
			printf "The pier opened, said Ilse\nKortner, the harbourmaster.\n", i > f
		else
			printf "The pier opened, said Ilse Kortner, the harbourmaster.\n", i > f
		printf "Kortner waved at the boats of pier %d.\n", i > f
		close(f)
	}
}'
touch -d "2025-06-01 10:00" wrap/*
"$DOSSIER" list wrap >/dev/null
sleep 3
"$DOSSIER" list wrap >/dev/null
same_as "mentions --entity, some names broken across lines" mentions --entity=kortner wrap
t_eq "only the files with a broken name read" "mention_files_read 11.000000" \
	"$(grep '^mention_files_read ' "$T/bench.log")"
same_as "mentions --entity, some names broken across lines, JSON" mentions --format=json \
	--entity=kortner wrap
t_eq "the broken name's bytes in JSON, as in the file" 11 \
	"$(grep -c '"surface": "Ilse\\nKortner"' direct.out)"

# A correction that moves mentions counts its entities' aliases again from the text:
# which alias is a mention's is not known, and its files are read (correct_set.c).
printf 'Aldo Vence, the pilot, said the pier was busy. Vence left.\n' >>wrap/005.txt
touch -d "2025-06-01 10:00" wrap/005.txt wrap
"$DOSSIER" entity merge "Aldo Vence" "Ilse Kortner" wrap >/dev/null
sleep 3	# (the folder's change settled)
"$DOSSIER" list wrap >/dev/null
same_as "mentions --entity of a merged entity" mentions --entity=kortner wrap
t_eq "its files all read" "mention_files_read 110.000000" \
	"$(grep '^mention_files_read ' "$T/bench.log")"
t_eq "with the merged name's mentions" 2 "$(grep -c 'Vence' direct.out)"

# list's order from the index, as the long way: newest first, a day's articles by path.
# Dates over two centuries (more days than rows: the radix sort) and within one month
# (a count a day, in one pass: cli_print.c by_day()), with ties. (100 files or more
# have a persistent index.)
mkdir -p eras/a eras/b
for i in $(seq 10 69); do
	printf 'Dispatch %s\n\nPublished %s March 1865\n\nThe river rose.\n' "$i" $((i % 3 + 1)) \
		>eras/b/old$i.txt
	printf 'Report %s\n\nPublished %s March 2026\n\nThe river rose.\n' "$i" $((i % 2 + 1)) \
		>eras/b/new$i.txt
done
for i in 1 2 3 4 5 6; do
	printf 'Report %s\n\nPublished %s March 2026\n\nThe river fell.\n' "$i" $((i % 4 + 1)) \
		>eras/a/new$i.txt
done
touch -d "2025-06-01 10:00" eras/*/* eras/a eras/b
"$DOSSIER" list eras >/dev/null
sleep 3
"$DOSSIER" list eras >/dev/null
same_as "list over two centuries" list eras
same_as "list --query over two centuries" list --query river eras
same_as "list within one month" list --query fell eras
t_eq "newest first, a day's by path" "a/new3 a/new2 a/new6 a/new1 a/new5 a/new4" \
	"$(cut -f1 direct.out | sed -n '2,$s|.*eras/||p' | sed 's/\.txt$//' | tr '\n' ' ' |
	   sed 's/ $//')"
t_end
