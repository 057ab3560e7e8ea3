# tests/cli/persist.sh -- the persistent index by default: where it lives and when there is
# none, a warm launch reads no article file, and after each kind of change (edited, added,
# renamed, moved, removed, touched, copied files, a renamed folder) it is updated reading
# only what changed and answers as a launch without it does; a damaged file is never
# written over, a kill while it is written leaves a usable one. MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
CDIR="$XDG_CACHE_HOME/dossier"
export DOSSIER_STATE="$T/state.db"
# This test is about the long way: every command stats every file (files are edited in
# place below). Answers from the index file alone, trusting the folders, are
# tests/cli/cache_direct.sh's.
mkdir -p "$XDG_CONFIG_HOME/dossier"
printf 'set recheck = yes\n' >"$XDG_CONFIG_HOME/dossier/config"

# The corpus: 120 articles in two folders, written long ago (a file modified a moment
# before the index looked at it is read again until it is a few seconds old). Surnames
# alone in some articles join the full names of others across the corpus: what an update
# must resolve again exactly as a build does.
make_corpus() {
	mkdir -p news/world news/local
	awk 'BEGIN {
		split("Irina Kovalenko|Paolo Ferrante|Amara Diallo|Tomas Lindqvist", full, "|")
		split("Kovalenko|Ferrante|Diallo|Lindqvist", sur, "|")
		split("Lisbon|Nairobi|Quito|Oslo|Hanoi", place, "|")
		for (i = 0; i < 120; i++) {
			d = i % 2 ? "news/world" : "news/local"
			f = sprintf("%s/%03d.txt", d, i)
			k = i % 4 + 1
			printf "Report %d on the harbour talks\n\nPublished 12 March 2026\n\n", i > f
			if (i % 3 == 0)
				printf "%s, the minister, met officials in %s on Monday.\n", full[k], place[i % 5 + 1] > f
			else
				printf "%s said the minister would visit %s.\n", sur[k], place[i % 5 + 1] > f
			printf "The Data Protection Commission (DPC) and Brazil'"'"'s Supreme Court were named.\n" > f
			printf "Contact talks%d@example.org or see https://example.org/r/%d for #harbour%d.\n", i, i, i % 7 > f
			close(f)
		}
	}'
	# One story in three versions (another headline; a paragraph cut): a story cluster.
	for v in 1 2 3; do
		f=news/$([ $v = 2 ] && echo local || echo world)/story-$v.txt
		{
			echo "Harbour dredging version $v"
			echo
			for para in 1 2 3 4 5; do
				[ $v = 3 ] && [ $para = 4 ] && continue
				echo "Paragraph $para of the dredging story: the harbour authority said the work on the breakwater and the northern quay would begin after the winter storms, and that the herons nesting near the old pier would be moved first by the wardens of the bird reserve."
			done
		} >"$f"
	done
	touch -d "2025-06-01 10:00" news/*/*
}

# reads CMD...: the article files CMD read, and the articles it extracted ("N M").
reads() {
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" "$@" >/dev/null 2>"$T/reads.err"
	awk '$1 == "files_read" { r = $2 } $1 == "articles_extracted" { x = $2 }
	     END { if (r == "" || x == "") print "not counted"; else printf "%d %d", r, x }' \
		"$T/bench.log"
}

# same NAME: every command answers as a launch without the persistent index does.
same() {
	for cmd in "list" "entities --format=tsv" "mentions --format=tsv" \
		"search --limit 0 minister" "list --query ko*" "list --query type:person" \
		"list --query entity:kovalenko" "clusters" "list --query is:duplicate" \
		"quotes" "list --query said:kovalenko"; do
		# shellcheck disable=SC2086
		"$DOSSIER" $cmd news >warm.out 2>warm.err
		# shellcheck disable=SC2086
		"$DOSSIER" --no-cache $cmd news >cold.out 2>cold.err
		if cmp -s warm.out cold.out && cmp -s warm.err cold.err; then
			t_pass "$1: $cmd as without the index"
		else
			t_fail "$1: $cmd as without the index" "$(diff warm.out cold.out | head -5)" \
				"$(cat warm.err)"
		fi
	done
}

inode() { stat -c %i "$1" 2>/dev/null; }
cachefile() { ls "$CDIR"/index-*.db 2>/dev/null; }

make_corpus
cp -R "$SRCDIR/seeds" seeds

# ---- where it lives, and when there is none ----
"$DOSSIER" --no-cache list news >/dev/null
t_eq "--no-cache: no index written" "" "$(ls "$XDG_CACHE_HOME" 2>/dev/null)"
printf 'set cache = no\n' >nocache.conf
"$DOSSIER" --config nocache.conf list news >/dev/null
t_eq "set cache = no: no index written" "" "$(ls "$XDG_CACHE_HOME" 2>/dev/null)"
"$DOSSIER" --cache no list news >/dev/null
t_eq "--cache no: no index written" "" "$(ls "$XDG_CACHE_HOME" 2>/dev/null)"
"$DOSSIER" list seeds >/dev/null
t_eq "a tiny corpus (the seeds) is built in memory" "" "$(ls "$XDG_CACHE_HOME" 2>/dev/null)"
t_eq "a first launch reads every file" "123 123" "$(reads list news)"
t_check "by default the index is written in \$XDG_CACHE_HOME/dossier" test -s "$(cachefile)"
t_eq "one file, named by the paths opened" 1 "$(cachefile | wc -l)"
t_eq "the index is private (600), its folder too (700)" "600 700" \
	"$(stat -c %a "$(cachefile)") $(stat -c %a "$CDIR")"
"$DOSSIER" list "$T/news/" >/dev/null
"$DOSSIER" list news/../news >/dev/null
t_eq "the same paths written otherwise: the same file" 1 "$(cachefile | wc -l)"
"$DOSSIER" list news/world news/local >/dev/null
t_eq "other paths: a file of their own" 2 "$(cachefile | wc -l)"
rm -f "$CDIR"/index-*.db
HOME="$T/otherhome" XDG_CACHE_HOME="" "$DOSSIER" list news >/dev/null
t_check "without \$XDG_CACHE_HOME: in ~/.cache/dossier" test -s "$(ls "$T"/otherhome/.cache/dossier/index-*.db)"

# ---- a warm launch reads nothing ----
reads list news >/dev/null
t_eq "warm: list reads no article file" "0 0" "$(reads list news)"
t_eq "warm: entities neither" "0 0" "$(reads entities news)"
t_eq "warm: a query neither" "0 0" "$(reads list --query 'minister OR entity:diallo' news)"
t_eq "warm: search reads only the hits it prints (their snippets)" "5 0" \
	"$(reads search --limit 5 minister news)"
t_eq "warm: and no more than 20 by default" "20 0" "$(reads search minister news)"
t_eq "search prints 20 hits by default" 21 "$("$DOSSIER" search minister news | wc -l)"
"$DOSSIER" search --limit 0 minister news >all.out
t_eq "--limit 0: every hit" 121 "$(wc -l <all.out)"
t_eq "the story is one cluster of three" 3 "$("$DOSSIER" clusters news | grep -c story-)"
t_eq "warm: the clusters neither (their signatures are kept)" "0 0" "$(reads clusters news)"
t_eq "--limit 3: the best 3 of them" "$(head -n 4 all.out)" \
	"$("$DOSSIER" search --limit 3 minister news)"
same "warm"

# ---- changes: read what changed, answer as a build ----
printf '\nKovalenko also met Amara Diallo at the harbour.\n' >>news/local/004.txt
touch -d "2025-06-02 10:00" news/local/004.txt
t_eq "edited: one file read and extracted" "1 1" "$(reads list news)"
same "edited"
t_eq "edited: then nothing read" "0 0" "$(reads list news)"

cp news/world/003.txt news/world/new-full.txt
printf 'Olga Kovalenko and Irina Kovalenko arrived in Quito.\n' >>news/world/new-full.txt
printf 'Lindqvist spoke first.\n' >news/local/new-alone.txt
touch -d "2025-06-03 10:00" news/world/new-full.txt news/local/new-alone.txt
t_eq "added: the new files read and extracted" "2 2" "$(reads entities news)"
same "added"

mv news/local/new-alone.txt news/local/2025-05-01-renamed.txt
t_eq "renamed: nothing read or extracted" "0 0" "$(reads list news)"
same "renamed"
mv news/world/001.txt news/local/001-moved.txt
t_eq "moved to another folder: nothing read" "0 0" "$(reads list news)"
same "moved"
mv news/world news/abroad
t_eq "a folder renamed: nothing read" "0 0" "$(reads list --query ko* news)"
same "folder renamed"

rm news/abroad/new-full.txt news/local/010.txt
t_eq "removed: nothing read" "0 0" "$(reads entities news)"
same "removed"

touch -d "2025-06-04 10:00" news/local/012.txt
t_eq "touched without a change: read, not extracted" "1 0" "$(reads list news)"
ino=$(inode "$(cachefile)")
t_eq "touched: then nothing read" "0 0" "$(reads list news)"
t_eq "touched: the index is used as it is" "$ino" "$(inode "$(cachefile)")"
same "touched"

cp -p news/local/014.txt news/local/014-copy.txt
t_eq "a copy: read (a new file), not extracted (the same text)" "1 0" "$(reads list news)"
same "copied"

# A file written a moment before the index looked at it is read again (its mtime could
# hide a second change in the same tick), until its stat moves on.
printf 'Fresh news.\n' >news/local/fresh.txt
reads list news >/dev/null
t_eq "just written: read again" "1 0" "$(reads list news)"
touch -d "2025-06-05 10:00" news/local/fresh.txt
reads list news >/dev/null
t_eq "settled: not read" "0 0" "$(reads list news)"
same "settled"

# ---- the TUI: the list from the index, an article read when opened ----
printf ':save-display list.screen\n<Enter>\n:save-display open.screen\n' >keys
tui() { COLUMNS=100 LINES=30 "$DOSSIER" --config /dev/null --no-state "$@" --script keys news; }
tui --no-cache >/dev/null 2>&1 && mv list.screen cold-list.screen && mv open.screen cold-open.screen
rm -f bench.log
DOSSIER_BENCH_LOG="$T/bench.log" tui >/dev/null 2>&1
t_eq "TUI: one article read (the one opened)" 1 \
	"$(awk '$1 == "files_read" { printf "%d", $2; n++ } END { if (!n) print "none" }' bench.log)"
t_diff "TUI: the list from the index" cold-list.screen list.screen
t_diff "TUI: the article read when opened" cold-open.screen open.screen
# A correction in a session on the index: the sidebar follows it at once.
printf 'j j <Enter>\n3\nH\n:save-display hide.screen\n' >keys
COLUMNS=100 LINES=30 "$DOSSIER" --config /dev/null --state s1.db --no-cache --script keys news \
	>/dev/null 2>&1 && mv hide.screen cold-hide.screen
COLUMNS=100 LINES=30 "$DOSSIER" --config /dev/null --state s2.db --script keys news >/dev/null 2>&1
t_diff "TUI: a correction over the index" cold-hide.screen hide.screen
# The next launch resolves the corpus again with it, extracting nothing; it reads the
# articles whose mentions the correction changed (their quotes may change with them).
hidden=$(sed -n 's/.*Hidden: \(.*\) ([A-Z]*) is not an entity.*/\1/p' hide.screen)
n=$("$DOSSIER" --no-cache --no-state list --query "entity:\"$hidden\"" news | tail -n +2 | wc -l)
t_check "a correction hid an entity named in some articles" test -n "$hidden" -a "$n" -gt 0
r=$(reads --state s2.db list news)
if [ "${r#* }" = 0 ] && [ "${r% *}" -gt 0 ] && [ "${r% *}" -le "$n" ]; then
	t_pass "the next launch resolves again with it, reading only those articles"
else
	t_fail "the next launch resolves again with it, reading only those articles" \
		"read and extracted: $r; articles naming it: $n"
fi
t_eq "then nothing" "0 0" "$(reads --state s2.db list news)"

# ---- answer first, then the index; a reader that goes away ----
rm -f "$CDIR"/index-*.db
mkfifo pipe
"$DOSSIER" search --limit 0 minister news >pipe 2>err &
pid=$!
head -n 1 pipe >first
wait $pid
t_eq "search | head: exit 0, nothing on stderr" "0|" "$?|$(cat err)"
t_eq "search | head: the first line is the header" "path	score	date	title	snippet" \
	"$(cat first)"
t_check "search | head: the index is written after the answer" test -s "$(cachefile)"

# ---- another build's rules: its entities are not used ----
if command -v python3 >/dev/null; then
	python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE meta SET v = ? WHERE k = ?", ("0", "model"))
db.commit()' "$(cachefile)"
	n=$(find news -type f | wc -l)
	t_eq "an index another build made: built again (its rules may differ)" "$n $n" \
		"$(reads list news)"
	t_eq "and used next" "0 0" "$(reads list news)"
fi

# ---- damaged: never written over; killed: usable ----
c=$(cachefile)
printf 'not a dossier index\n' >"$c"
"$DOSSIER" list news >out 2>err
t_eq "a damaged index: said, and left alone" \
	"dossier: cannot write the cache $c: the file there is not a dossier cache (remove it to let dossier write one)|not a dossier index" \
	"$(cat err)|$(cat "$c")"
t_eq "a damaged index: the answer is there" "$("$DOSSIER" --no-cache list news)" "$(cat out)"
rm -f "$c"
DOSSIER_BENCH_KILL=cache_written_tmp "$DOSSIER" list news >/dev/null 2>&1
t_eq "killed before the first index took its name: none" "" "$(cachefile)"
t_check "killed: its temporary file is left" test -n "$(ls "$CDIR" | grep 'tmp-')"
n=$(find news -type f | wc -l)
t_eq "and the next launch builds it" "$n $n" "$(reads list news)"
t_eq "and removes the temporary file" "" "$(ls "$CDIR" | grep 'tmp-')"
ino=$(inode "$(cachefile)")
printf '\nDiallo left for Oslo.\n' >>news/local/020.txt
touch -d "2025-06-06 10:00" news/local/020.txt
DOSSIER_BENCH_KILL=cache_update_rename "$DOSSIER" list news >/dev/null 2>&1
t_eq "killed before an update took the name: the old index stays" "$ino" "$(inode "$(cachefile)")"
DOSSIER_BENCH_KILL=cache_text_updated "$DOSSIER" entities news >/dev/null 2>&1
t_eq "killed halfway through an update: the old index stays" "$ino" "$(inode "$(cachefile)")"
t_eq "and is updated by the next launch" "1 1" "$(reads list news)"
t_eq "no temporary file is left" "" "$(ls "$CDIR" | grep 'tmp-')"
same "after the kills"
t_end
