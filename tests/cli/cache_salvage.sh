# tests/cli/cache_salvage.sh -- a persistent index that cannot be used as it is (marked out
# of date by a live change or an :edit) still gives its extractions to the rebuild
# (index_cache_salvage()): nothing is extracted again but what changed, the answers are
# those of --no-cache, and the file written keeps them for the next update; an index of
# another model gives nothing. MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

mkdir -p news
awk 'BEGIN {
	for (i = 0; i < 30; i++) {
		f = sprintf("news/%02d.txt", i)
		printf "Ferry report %d\n\nPublished %d April 2026\n\n", i, i % 28 + 1 > f
		printf "Captain Sela Maranov of the Dunmore Ferry Company spoke in Tarrow.\n" > f
		close(f)
	}
}'
touch -d "2025-06-01 10:00" news/*

# figure NAME: a value DOSSIER_BENCH_LOG got in the last run.
figure() { awk -v k="$1" '$1 == k { v = $2 } END { printf "%d", v }' "$T/bench.log"; }
run() {
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" --cache ix.db mentions --format=tsv news \
		>run.out 2>run.err
}

"$DOSSIER" --cache ix.db list news >/dev/null 2>&1
sqlite3 ix.db "DELETE FROM meta WHERE k = 'complete'"	# as a live change leaves it
run
t_eq "an index out of date: every extraction taken from it" 30 "$(figure salvaged)"
t_eq "none made again" 0 "$(figure articles_extracted)"
"$DOSSIER" --no-cache mentions --format=tsv news >plain.out 2>&1
t_check "the answer made without an index" cmp -s plain.out run.out
t_eq "nothing on stderr" "" "$(cat run.err)"

# The file written kept them: an update extracts the changed article only.
printf 'Ferry report changed\n\nCaptain Ilse Varga of Tarrow.\n' >news/07.txt
run
t_eq "then an update extracts the changed one only" 1 "$(figure articles_extracted)"
"$DOSSIER" --no-cache mentions --format=tsv news >plain.out 2>&1
t_check "with the answer made without an index" cmp -s plain.out run.out

# Another model's extractions are not taken.
sqlite3 ix.db "DELETE FROM meta WHERE k = 'complete'; UPDATE meta SET v = 'other'
	WHERE k = 'model'"
run
t_eq "another model's index: nothing taken" 0 "$(figure salvaged)"
t_eq "every article extracted" 30 "$(figure articles_extracted)"
t_check "the same answer" cmp -s plain.out run.out
t_end
