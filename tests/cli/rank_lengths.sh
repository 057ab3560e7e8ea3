# tests/cli/rank_lengths.sh -- ranked search from a persistent index takes each document's
# length from the lengths packed beside the catalog (index_rank.c), not from a statement
# per hit, and ranks and scores exactly as bm25() over the docsize table does: the same
# output as --no-cache, byte for byte, for words common and rare, phrases, OR, prefixes;
# a stale or damaged packed row is passed over. MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

mkdir -p news
awk 'BEGIN {
	srand(7)
	for (i = 0; i < 120; i++) {
		f = sprintf("news/%03d.txt", i)
		printf "%s report %d\n\nPublished %d March 2026\n\n", i % 3 ? "River" : "Harbour",
			i, i % 28 + 1 > f
		n = 3 + i % 17
		for (k = 0; k < n; k++) {
			if (i % 3 == 0) printf "The harbour master spoke of cargo and tides. " > f
			else printf "The river warden spoke of grain and tides. " > f
			if (i % 4 == 1 && (i + k) % 5 == 0)
				printf "Pilot Mara Quill boarded the ferry. " > f
			if (i % 5 == 2 && (i * k) % 11 == 3) printf "A storm closed the harbour. " > f
		}
		printf "\n" > f
		close(f)
	}
}'
cp "$SRCDIR"/seeds/*.txt news/

# figure NAME: the last value DOSSIER_BENCH_LOG got (-1: none).
figure() { awk -v k="$1" 'BEGIN { v = -1 } $1 == k { v = $2 } END { printf "%d", v }' \
	"$T/bench.log"; }

"$DOSSIER" --cache ix.db list news >/dev/null 2>&1
t_eq "the lengths are packed" 1 "$(sqlite3 ix.db 'SELECT count(*) FROM pack WHERE id = 1')"
for q in harbour storm "mara quill" "storm OR pilot" "harb*" "\"harbour master\"" \
	minister cargo; do
	"$DOSSIER" --no-cache search "$q" news >plain.out 2>&1
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" --cache ix.db search "$q" news \
		>cached.out 2>&1
	t_check "search $q: the packed lengths are used" [ "$(figure rank_lengths)" -gt 0 ]
	t_check "search $q: the same hits and scores as without an index" \
		cmp -s plain.out cached.out
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" --recheck --cache ix.db search "$q" \
		news >long.out 2>&1
	t_check "search $q, the long way: the same again" cmp -s plain.out long.out
done

# A text of one phrase is scored without its idf, which the rows counted give after (no
# second pass over the index, index_rank.c): every score is still bm25()'s, as SQLite
# computes it on the same file.
for q in harbour 'harb*' '"harbour master"' storm; do
	"$DOSSIER" --cache ix.db --limit=0 --format=tsv search "$q" news 2>&1 |
		awk -F'\t' 'NR > 1 { print $2 }' | sort >ours.out
	sqlite3 ix.db "SELECT printf('%.6g', -bm25(fts, 10.0, 1.0)) FROM fts
		WHERE fts MATCH '$q'" | sort >bm25.out
	t_check "search $q: every score is bm25()'s" cmp -s ours.out bm25.out
	"$DOSSIER" --no-cache --limit=0 --format=tsv search "$q" news 2>&1 |
		awk -F'\t' 'NR > 1 { print $2 }' | sort >ours.out
	t_check "search $q, no index file: bm25()'s too" cmp -s ours.out bm25.out
done

# A word in at least half the articles weighs nothing (bm25() puts its idf at 1e-6,
# index_rank_plan.c): nothing is scanned, every hit scores 0 and they come newest first,
# as the list has them.
"$DOSSIER" --cache ix.db --limit=0 --format=tsv search tides news 2>&1 |
	awk -F'\t' 'NR > 1 { print $2 "\t" $3 }' >ours.out
t_eq "search tides: every article" 120 "$(wc -l <ours.out)"
t_eq "search tides: every score 0" 0 "$(awk -F'\t' '$1 != "0"' ours.out | wc -l)"
t_check "search tides: newest first" sh -c 'cut -f2 ours.out | sort -c -r'
"$DOSSIER" --no-cache --limit=0 --format=tsv search tides news >plain.out 2>&1
"$DOSSIER" --cache ix.db --limit=0 --format=tsv search tides news >cached.out 2>&1
t_check "search tides: the same without an index" cmp -s plain.out cached.out
"$DOSSIER" --cache ix.db --format=tsv search "harbour tides" news 2>&1 |
	awk -F'\t' 'NR > 1 { print $1 "\t" $2 }' >both.out
"$DOSSIER" --cache ix.db --format=tsv search harbour news 2>&1 |
	awk -F'\t' 'NR > 1 { print $1 "\t" $2 }' >one.out
t_check "search harbour tides: harbour's hits and scores" cmp -s one.out both.out

# The rows a ranking walked are the query's sets' too, not walked a second time: the
# phrase of an OR with a field (through the sets, from the file or in memory), a phrase
# alone in memory (from the file, its scan's rows are its hits: no set is made).
for q in '"harbour master" OR source:news' '"harbour master"'; do
	hows="--cache=ix.db --no-cache"
	[ "$q" = '"harbour master"' ] && hows=--no-cache
	for how in $hows; do
		rm -f "$T/bench.log"
		DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" $how --limit=0 search "$q" news \
			>seen.out 2>&1
		"$DOSSIER" --recheck $how --limit=0 search "$q" news >long.out 2>&1
		t_check "search $q $how: the scan's rows are the set's" \
			[ "$(figure rows_seen)" -gt 0 ]
		t_check "search $q $how: the same hits" cmp -s seen.out long.out
	done
done

# A stale row (another "scanned") or a damaged one is passed over: bm25's own way.
sqlite3 ix.db "UPDATE meta SET v = CAST(v AS INTEGER) + 1 WHERE k = 'scanned'"
"$DOSSIER" --no-cache search harbour news >plain.out 2>&1
rm -f "$T/bench.log"
DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" --cache ix.db search harbour news >cached.out 2>&1
t_eq "stale lengths: not used" -1 "$(figure rank_lengths)"
t_check "stale lengths: the same answer" cmp -s plain.out cached.out
sqlite3 ix.db "UPDATE pack SET data = substr(data, 1, 30) WHERE id = 1"
rm -f "$T/bench.log"
DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" --cache ix.db search harbour news >cached.out 2>&1
t_eq "damaged lengths: not used" -1 "$(figure rank_lengths)"
t_check "damaged lengths: the same answer" cmp -s plain.out cached.out
t_end
