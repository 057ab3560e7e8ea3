# tests/cli/cache_live.sh -- a persistent index changed in place by a session (the live
# folder, :edit) is updated by the next launch, not built again: the rows of articles,
# files and full text stay true through the session (index_cache_live()), and the update
# resolves the corpus again, giving the answers of --no-cache on several edit scripts
# (files added, changed twice, removed, renamed, moved out and back, edited). MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db" COLUMNS=100 LINES=30

mkdir -p news
awk 'BEGIN {
	for (i = 0; i < 30; i++) {
		f = sprintf("news/%02d.txt", i)
		printf "Ferry report %d\n\nPublished %d April 2026\n\n", i, i % 28 + 1 > f
		printf "Captain Sela Maranov of the Dunmore Ferry Company spoke in Tarrow." > f
		printf " Maranov said the crossing to Wexmoor was late.\n" > f
		close(f)
	}
}'
cp "$SRCDIR"/seeds/*.txt news/
touch -d "2025-06-01 10:00" news/*

# figure NAME: a value DOSSIER_BENCH_LOG got in the last run (-1: none).
figure() { awk -v k="$1" 'BEGIN { v = -1 } $1 == k { v = $2 } END { printf "%d", v }' \
	"$T/bench.log"; }
complete() { sqlite3 ix.db "SELECT v FROM meta WHERE k = 'complete'"; }
# session NAME: the TUI on the index with the script NAME.keys (:wait-watch after each
# change), then the next command's run, checked against --no-cache.
session() {
	name=$1
	EDITOR="$T/edit.sh" VISUAL="$T/edit.sh" "$DOSSIER" --config /dev/null --cache ix.db \
		--script "$name.keys" news >"$name.tui" 2>&1
	t_eq "$name: the session ran" "0 live" "$? $(complete)"
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" --cache ix.db mentions --format=tsv news \
		>"$name.mentions" 2>"$name.err"
	t_eq "$name: the next launch updates the index" "1 -1 1" \
		"$([ "$(figure cache_text_updated)" -ge 0 ] && echo 1) $(figure salvaged) $(complete)"
	t_eq "$name: extracting only what changed" "$2" "$(figure articles_extracted)"
	t_eq "$name: nothing on stderr" "" "$(cat "$name.err")"
	"$DOSSIER" --no-cache mentions --format=tsv news >plain.out 2>&1
	t_check "$name: mentions as without an index" cmp -s plain.out "$name.mentions"
	for cmd in "entities" "list" "search ferry" "search zeppelin" "list --query entity:varga" \
		"list --query wexm*"; do
		# shellcheck disable=SC2086
		"$DOSSIER" --no-cache $cmd news >plain.out 2>&1
		# shellcheck disable=SC2086
		"$DOSSIER" --cache ix.db $cmd news >cached.out 2>&1
		t_check "$name: $cmd as without an index" cmp -s plain.out cached.out
	done
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" --cache ix.db mentions news >/dev/null 2>&1
	t_eq "$name: then it is used as it is" "-1 0" \
		"$(figure cache_text_updated) $(figure articles_extracted)"
}

"$DOSSIER" --cache ix.db list news >/dev/null 2>&1
t_eq "an index" 1 "$(complete)"

# 1. Added, changed, removed, renamed.
cat >one.keys <<'EOF'
:wait-index
:shell printf 'Zeppelin report\n\nPublished 3 March 2026\n\nGeneral Orla Vintry of the Kestrel Airship Company met Maranov in Tarrow.\n' >news/zz.txt
:wait-watch
:shell printf 'Ferry report changed\n\nCaptain Ilse Varga of Tarrow spoke. Varga left for Wexmoor.\n' >news/07.txt
:wait-watch
:shell rm news/03.txt
:wait-watch
:shell mv news/05.txt news/05b.txt
:wait-watch
/ z e p p e l i n <Enter>
:save-display one.screen
EOF
session one 2
t_eq "one: the new file was found in the session" 1 \
	"$(grep -c 'Limit: zeppelin · 1 of 35 shown' one.screen)"

# 2. Changed twice, a new file removed again, one moved out of the folder and back (its
# row left gone, then a new one for the same path, inode and times).
cat >two.keys <<'EOF'
:wait-index
:shell printf 'Ferry report again\n\nCaptain Ilse Varga of Tarrow spoke.\n' >news/08.txt
:wait-watch
:shell printf 'Ferry report again\n\nCaptain Ilse Varga met Sela Maranov in Wexmoor.\n' >news/08.txt
:wait-watch
:shell printf 'Short-lived\n\nNothing here.\n' >news/yy.txt
:wait-watch
:shell rm news/yy.txt
:wait-watch
:shell mv news/09.txt 09.txt
:wait-watch
:shell mv 09.txt news/09.txt
:wait-watch
EOF
session two 1

# 3. :edit of the article under the cursor, and a change to the edited file after.
printf '#!/bin/sh\nprintf "Edited by Orla Vintry in Wexmoor.\\n" >>"$1"\n' >edit.sh
chmod +x edit.sh
cat >three.keys <<'EOF'
:wait-index
<Colon> e d i t <Enter>
:shell printf 'Zeppelin report two\n\nThe zeppelin of the Kestrel Airship Company flew to Wexmoor.\n' >news/zz.txt
:wait-watch
EOF
session three 2
t_eq "three: the article was edited" 1 "$(grep -l 'Edited by Orla Vintry' news/* | wc -l)"

# 4. Another session changes the file in place too (it holds the file's lock, as a
# session that changed it does): this one marks it out of date instead, and the next
# launch builds it again (two sessions writing in place could give two articles one
# full-text row, which an update would keep).
cat >four.keys <<'EOF'
:wait-index
:shell printf 'Fourth\n\nCaptain Ilse Varga sailed to Wexmoor.\n' >news/four.txt
:wait-watch
EOF
flock -x ix.db -c 'touch locked; while [ -f locked ]; do sleep 0.05; done' &
held=$!
i=0
while [ $i -lt 100 ] && [ ! -f locked ]; do sleep 0.05; i=$((i + 1)); done
"$DOSSIER" --config /dev/null --cache ix.db --script four.keys news >four.tui 2>&1
rm -f locked
wait $held
t_eq "four: the file held by another session is marked out of date" "" "$(complete)"
rm -f "$T/bench.log"
DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" --cache ix.db mentions --format=tsv news \
	>four.mentions 2>four.err
t_eq "four: the next launch builds it again, taking its extractions" "-1 1" \
	"$(figure cache_text_updated) $(complete)"
"$DOSSIER" --no-cache mentions --format=tsv news >plain.out 2>&1
t_check "four: mentions as without an index" cmp -s plain.out four.mentions
t_end
