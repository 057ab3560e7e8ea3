# tests/cli/cache_pack.sh -- a warm launch's catalog: packed in one blob
# (index_cache_pack.c), read at a launch instead of the rows, made again by every write of
# the rows (a build, an update, a refresh after a touch); a pack that is stale (the rows
# written by a dossier that did not pack them) or damaged is passed over for the rows,
# with the same answers and nothing said. And the walk skipped when no folder moved
# (index_catalog_list(), corpus_list.c): the same answers, a file edited in place still
# read; a file added, a folder touched or --recheck walk again. MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

mkdir -p news/a news/b
awk 'BEGIN {
	for (i = 0; i < 40; i++) {
		f = sprintf("news/%s/%02d.txt", i % 2 ? "a" : "b", i)
		printf "Canal report %d\n\nPublished %d May 2026\n\n", i, i % 28 + 1 > f
		printf "The lock keepers of berth %d met Ilse Varga in Utrecht.\n", i > f
		close(f)
	}
}'
touch -d "2025-06-01 10:00" news/*/* news/a news/b news

# way ARGS...: which way the catalog was read by `dossier --recheck ARGS` (packed, rows or
# none); its output in way.out, its stderr in way.err.
way() {
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" --recheck "$@" >way.out 2>way.err
	if grep -q '^catalog_packed ' "$T/bench.log" 2>/dev/null; then echo packed
	elif grep -q '^catalog_rows ' "$T/bench.log" 2>/dev/null; then echo rows
	else echo none; fi
}

"$DOSSIER" --no-cache list --format=tsv news >plain.out 2>&1
"$DOSSIER" --cache ix.db list --format=tsv news >/dev/null 2>&1
t_eq "a new index has a pack" 1 "$(sqlite3 ix.db 'SELECT count(*) FROM pack WHERE id = 0' 2>&1)"
t_eq "and the documents' lengths beside it" 1 \
	"$(sqlite3 ix.db 'SELECT count(*) FROM pack WHERE id = 1' 2>&1)"
t_eq "the next launch reads the pack" packed "$(way --cache ix.db list --format=tsv news)"
t_check "with the answer made without an index" cmp -s plain.out way.out
t_eq "and nothing on stderr" "" "$(cat way.err)"

# Rows written by a dossier that does not pack them: another "scanned", the old pack.
sqlite3 ix.db "UPDATE article SET title = 'Canal report rewritten' WHERE id = 3;
	UPDATE meta SET v = CAST(v AS INTEGER) + 1 WHERE k = 'scanned'"
t_eq "a stale pack is passed over" rows "$(way --cache ix.db list --format=tsv news)"
t_check "for the rows" grep -q "Canal report rewritten" way.out
t_eq "nothing said of it" "" "$(cat way.err)"

for damage in "substr(data, 1, 200)" "randomblob(5000)" "x'64706b31ffffffff'" "NULL"; do
	"$DOSSIER" --no-cache list --format=tsv news >plain.out 2>&1
	rm -f ix.db
	"$DOSSIER" --cache ix.db list --format=tsv news >/dev/null 2>&1
	sqlite3 ix.db "UPDATE pack SET data = $damage"
	t_eq "a pack set to $damage: the rows are read" rows \
		"$(way --cache ix.db list --format=tsv news)"
	t_check "a pack set to $damage: the same answer" cmp -s plain.out way.out
	t_eq "a pack set to $damage: nothing on stderr" "" "$(cat way.err)"
done

# A pack that parses but cannot be (two articles on one full-text row): made by a
# refresh while the rows said so, the rows mended after. The rows are read.
"$DOSSIER" --no-cache list --format=tsv news >plain.out 2>&1
rm -f ix.db
"$DOSSIER" --cache ix.db list --format=tsv news >/dev/null 2>&1
sqlite3 ix.db "UPDATE article SET doc = 0"
touch -d "2025-07-02 10:00" news/b/00.txt
way --cache ix.db list --format=tsv news >/dev/null
sqlite3 ix.db "UPDATE article SET doc = id"
t_eq "a pack with one full-text row twice: the rows are read" rows \
	"$(way --cache ix.db list --format=tsv news)"
t_check "a pack with one full-text row twice: the same answer" cmp -s plain.out way.out
t_eq "a pack with one full-text row twice: nothing on stderr" "" "$(cat way.err)"

# Each write of the rows packs them again: a refresh (a file touched), an update (a file
# changed, one added, one removed).
rm -f ix.db
"$DOSSIER" --cache ix.db list --format=tsv news >/dev/null 2>&1
touch -d "2025-07-01 10:00" news/a/01.txt
way --cache ix.db list --format=tsv news >/dev/null
t_eq "after a refresh, the pack is read" packed "$(way --cache ix.db list --format=tsv news)"
printf 'Canal report changed\n\nThe lock keepers met again.\n' >news/a/03.txt
printf 'Canal report new\n\nA new lock opened in Delft.\n' >news/b/99.txt
rm news/a/05.txt
way --cache ix.db list --format=tsv news >/dev/null
t_eq "after an update, the pack is read" packed "$(way --cache ix.db list --format=tsv news)"
"$DOSSIER" --no-cache list --format=tsv news >plain.out 2>&1
t_check "with the answer made without an index" cmp -s plain.out way.out
t_check "the changed title" grep -q "Canal report changed" way.out
t_check "the new article" grep -q "Canal report new" way.out

# A pack is the TUI's way too (the list drawn from it).
rm -f "$T/bench.log"
printf 'Q\n' >q.keys
DOSSIER_BENCH_LOG="$T/bench.log" COLUMNS=100 LINES=30 "$DOSSIER" --cache ix.db \
	--script q.keys news >/dev/null 2>&1
t_check "the TUI reads the pack" grep -q '^catalog_packed ' "$T/bench.log"

# The walk skipped. mentions stats every file (it is no command answered from the file
# alone): "listed" when the folders are as recorded, "walked" otherwise.
listing() {
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" "$@" >list.out 2>list.err
	if grep -q '^listed ' "$T/bench.log" 2>/dev/null; then echo listed
	elif grep -q '^walked ' "$T/bench.log" 2>/dev/null; then echo walked
	else echo none; fi
}
rm -f ix.db
touch -d "2025-06-01 10:00" news/*/* news/a news/b news
sleep 2.1	# the folders' change time (the touch) settles
"$DOSSIER" --cache ix.db mentions --format=tsv news >/dev/null 2>&1
t_eq "folders unmoved: the walk is skipped" listed \
	"$(listing --cache ix.db mentions --format=tsv news)"
"$DOSSIER" --no-cache mentions --format=tsv news >plain.out 2>&1
t_check "with the answer made without an index" cmp -s plain.out list.out
t_eq "and nothing on stderr" "" "$(cat list.err)"
# Appended to: the folder's time does not move, the file's stat does.
printf '\nThe lock keepers thanked Pieter Olsen of Leiden.\n' >>news/b/02.txt
t_eq "a file edited in place: still listed" listed \
	"$(listing --cache ix.db mentions --format=tsv news)"
t_check "and read: its new name is there" grep -q "Pieter Olsen" list.out
"$DOSSIER" --no-cache mentions --format=tsv news >plain.out 2>&1
t_check "the answer made without an index" cmp -s plain.out list.out
printf 'Canal report added\n\nBarges of Hanne Mikkelsen.\n' >news/a/77.txt
t_eq "a file added: walked" walked "$(listing --cache ix.db mentions --format=tsv news)"
t_check "and found" grep -q "Hanne Mikkelsen" list.out
sleep 2.1	# the folder's new time settles (two seconds: FAT's clock)
listing --cache ix.db mentions --format=tsv news >/dev/null
t_eq "then listed again" listed "$(listing --cache ix.db mentions --format=tsv news)"
t_check "with it" grep -q "Hanne Mikkelsen" list.out
t_eq "--recheck walks" walked "$(listing --recheck --cache ix.db mentions --format=tsv news)"
touch news/b
t_eq "a folder touched: walked" walked "$(listing --cache ix.db mentions --format=tsv news)"
rm -f "$T/bench.log"
sleep 2.1
listing --cache ix.db mentions --format=tsv news >/dev/null
DOSSIER_BENCH_LOG="$T/bench.log" COLUMNS=100 LINES=30 "$DOSSIER" --cache ix.db \
	--script q.keys news >/dev/null 2>&1
t_check "the TUI skips the walk too" grep -q '^listed ' "$T/bench.log"
# ...and with its live folder, it takes the stat the index recorded of each settled file
# (the live folder looks at every file once it runs): a file edited in place since is
# found by the live folder, not by the load. Without it, each file is stat()ed.
taken() { awk '$1 == "stats_taken" { v = $2 } END { printf "%d", v }' "$T/bench.log"; }
t_eq "the TUI takes the 41 recorded stats" 41 "$(taken)"
printf '\nThe lock keepers met Greta Lind of Gouda.\n' >>news/b/04.txt
printf ':wait-index\n:wait-watch\n/ g r e t a <Enter>\n:save-display greta.screen\n' >greta.keys
rm -f "$T/bench.log"
DOSSIER_BENCH_LOG="$T/bench.log" COLUMNS=100 LINES=30 "$DOSSIER" --cache ix.db \
	--script greta.keys news >/dev/null 2>&1
t_eq "an edit in place: the recorded stats taken" 41 "$(taken)"
t_eq "and the live folder finds the edit" 1 "$(grep -c 'Limit: greta · 1 of 41 shown' greta.screen)"
rm -f "$T/bench.log"
printf '\nThe lock keepers met Joost Brand of Gouda.\n' >>news/b/06.txt
printf ':wait-index\n/ j o o s t <Enter>\n:save-display joost.screen\n' >joost.keys
DOSSIER_BENCH_LOG="$T/bench.log" COLUMNS=100 LINES=30 "$DOSSIER" --cache ix.db --no-watch \
	--script joost.keys news >/dev/null 2>&1
t_eq "--no-watch: every file stat()ed" 0 "$(taken)"
t_eq "--no-watch: the edit read at once" 1 "$(grep -c 'Limit: joost · 1 of 41 shown' joost.screen)"
# A row left gone (an empty hash, as a live session leaves a removed file's) under
# folders as recorded: the names are not taken from the index, the folders are walked.
listing --cache ix.db mentions --format=tsv news >/dev/null
sqlite3 ix.db "UPDATE article SET hash = '' WHERE id = 3; DELETE FROM pack"
t_eq "a row left gone: walked" walked "$(listing --cache ix.db mentions --format=tsv news)"
"$DOSSIER" --no-cache mentions --format=tsv news >plain.out 2>&1
t_check "a row left gone: the answer made without an index" cmp -s plain.out list.out
# A pack of 4,096 entries or more is parsed in two halves, the second on a thread of its
# own from where a walk over the lengths says it begins (index_cache_unpack()): the same
# answers; a pack cut short in either half is passed over for the rows.
mkdir -p big
awk 'BEGIN {
	for (i = 0; i < 5000; i++) {
		f = sprintf("big/%04d.txt", i)
		printf "Lock report %d\n\nPublished %d June 2026\n\n", i, i % 28 + 1 > f
		printf "Berth %d was opened by Marit Solberg in Bergen.\n", i > f
		close(f)
	}
}'
"$DOSSIER" --no-cache list --format=tsv big >bigplain.out 2>&1
# The entries are kept in chunks of 32 KB (rows 1000 and on: one blob of them all is a
# chain of overflow pages SQLite walks from its start to read any byte); a chunk cut
# short or missing in either half, or the last gone, is a pack passed over.
rm -f big.db
"$DOSSIER" --cache big.db list --format=tsv big >/dev/null 2>&1
t_eq "5,000 entries: their bytes in chunks" 1 \
	"$(sqlite3 big.db 'SELECT count(*) > 10 FROM pack WHERE id >= 1000' 2>&1)"
for cut in "" "UPDATE pack SET data = substr(data, 1, 100) WHERE id = 1003" \
	"UPDATE pack SET data = substr(data, 1, 100) WHERE id = (SELECT max(id) - 2 FROM pack)" \
	"DELETE FROM pack WHERE id = 1002" "DELETE FROM pack WHERE id = (SELECT max(id) FROM pack)" \
	"UPDATE pack SET data = substr(data, 1, length(data) - 8) WHERE id = 0"; do
	rm -f big.db
	"$DOSSIER" --cache big.db list --format=tsv big >/dev/null 2>&1
	want=packed
	if [ -n "$cut" ]; then
		sqlite3 big.db "$cut"
		want=rows
	fi
	t_eq "5,000 entries, ${cut:-the pack whole}: read as $want" $want \
		"$(way --cache big.db list --format=tsv big)"
	t_check "5,000 entries, ${cut:-the pack whole}: the same answer" cmp -s bigplain.out way.out
	t_eq "5,000 entries, ${cut:-the pack whole}: nothing on stderr" "" "$(cat way.err)"
done
# `list --query` reads the entries it prints from the chunks (index_cache_listed.c); a
# chunk cut short late in the pack gives the same list, read another way.
"$DOSSIER" --no-cache --no-state list --format=tsv --query berth big >bigq.out 2>&1
rm -f big.db
"$DOSSIER" --cache big.db list --format=tsv big >/dev/null 2>&1
sqlite3 big.db "UPDATE pack SET data = substr(data, 1, 100) WHERE id = (SELECT max(id) - 2 FROM pack)"
"$DOSSIER" --cache big.db --no-state list --format=tsv --query berth big >way.out 2>way.err
t_check "5,000 entries, a late chunk cut short: list --query the same" cmp -s bigq.out way.out
t_eq "5,000 entries, a late chunk cut short: nothing on stderr" "" "$(cat way.err)"
# The set's mentions are read in one block, its size from the count row of es_mentions
# (article -1); a count that is wrong or damaged gives the same answers.
rm -f ix.db
"$DOSSIER" --no-cache mentions --format=tsv news >plain.out 2>&1
"$DOSSIER" --cache ix.db mentions --format=tsv news >/dev/null 2>&1
t_eq "the count row is written" "$(awk -F'\t' 'NR > 1' plain.out | wc -l | tr -d ' ')" \
	"$(sqlite3 ix.db "SELECT length(data) || ' ' || (SELECT sum(length(data)) / 15 FROM es_mentions WHERE article >= 0) FROM es_mentions WHERE article = -1" | awk '$1 == 8 { print $2 }')"
rm -f "$T/bench.log"
DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" --cache ix.db mentions --format=tsv news >list.out 2>&1
t_check "a launch reads the mentions in one block" grep -q '^mentions_block ' "$T/bench.log"
t_check "with the same answer" cmp -s plain.out list.out
for count in "x'0300000000000000'" "x'ffffffffffffff00'" "x'0102'"; do
	cp ix.db ixc.db
	sqlite3 ixc.db "UPDATE es_mentions SET data = $count WHERE article = -1"
	"$DOSSIER" --cache ixc.db mentions --format=tsv news >list.out 2>list.err
	t_check "a count row of $count: the same answer" cmp -s plain.out list.out
	t_eq "a count row of $count: nothing on stderr" "" "$(cat list.err)"
done
# Row 5 of the pack says where each entry begins (a `list` of a few reads theirs alone):
# without it the entries are walked; offsets that disagree with the entries are passed
# over before any row is given (the rows read), or, found after some were given, send
# the command the long way; the same answer every time.
"$DOSSIER" --no-cache list --format=tsv news >plain.out 2>&1
"$DOSSIER" --no-cache list --format=tsv --query=keepers news >plainq.out 2>&1
rm -f ix.db
"$DOSSIER" --cache ix.db list --format=tsv news >/dev/null 2>&1
sleep 3	# (folders settled: the index answers alone)
"$DOSSIER" --cache ix.db list --format=tsv news >/dev/null 2>&1
n=$(($(wc -l <plain.out) - 1))	# (the articles listed)
t_eq "row 5: an offset per entry and the end" "$n $((n + 1))" "$(python3 - <<'PY'
import sqlite3, struct
data = sqlite3.connect("ix.db").execute("SELECT data FROM pack WHERE id = 5").fetchone()[0]
count, slen = struct.unpack_from("<II", data, 4)
print(count, (len(data) - 12 - slen) // 4)
PY
)"
cp ix.db ix5.db
# direct_list NAME WANT ARGS...: `list ARGS` from ix.db, answered as WANT (direct or long).
direct_list() {
	local name=$1 want=$2 got=long
	shift 2
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" --cache ix.db list --format=tsv "$@" news \
		>way.out 2>way.err
	grep -q '^direct ' "$T/bench.log" 2>/dev/null && got=direct
	t_eq "$name: answered $want" "$want" "$got"
	t_eq "$name: nothing on stderr" "" "$(cat way.err)"
}
direct_list "with row 5" direct
t_check "with row 5: the same answer" cmp -s plain.out way.out
direct_list "with row 5, a query" direct --query=keepers
t_check "with row 5, a query: the same answer" cmp -s plainq.out way.out
sqlite3 ix.db "DELETE FROM pack WHERE id = 5"
direct_list "without row 5" direct
t_check "without row 5: the same answer" cmp -s plain.out way.out
# shift K: row 5 of ix5.db into ix.db with entry K's offset 4 bytes on.
shift_offset() {
	cp ix5.db ix.db
	python3 - "$1" <<'PY'
import sqlite3, struct, sys
k = int(sys.argv[1])
db = sqlite3.connect("ix.db")
data = bytearray(db.execute("SELECT data FROM pack WHERE id = 5").fetchone()[0])
at = 12 + struct.unpack_from("<I", data, 8)[0] + 4 * k
struct.pack_into("<I", data, at, struct.unpack_from("<I", data, at)[0] + 4)
db.execute("UPDATE pack SET data = ? WHERE id = 5", (bytes(data),))
db.commit()
PY
}
shift_offset 1
direct_list "the second entry's offset off by 4" direct
t_check "the second entry's offset off by 4: the same answer" cmp -s plain.out way.out
shift_offset 30
direct_list "the 31st entry's offset off by 4" long
t_check "the 31st entry's offset off by 4: the same answer" cmp -s plain.out way.out

t_end
