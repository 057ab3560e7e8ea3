# tests/cli/cache_eval.sh -- a search answered from the persistent index alone through its
# sets (index_cache_eval.c: each term read once, combined as bitsets, ranked with a heap)
# gives byte for byte the long way's answer (--recheck: the articles in memory) for
# fields, text under OR and NOT, short prefixes, sources, paths, dates, the triage state
# and the archive, ranked and not, limited and not. MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

# 160 articles from three outlets (their folders), over two years: harbour news, every
# third on dredging, every fifth on herons with a warden named, every seventh on a ferry
# strike in Portmaro, some with a date in their text and some dated by their file.
mkdir -p news/gazette news/times news/wire
awk 'BEGIN {
	split("gazette times wire", src, " ")
	split("January March June October", mon, " ")
	for (i = 0; i < 160; i++) {
		f = sprintf("news/%s/%03d.txt", src[i % 3 + 1], i)
		printf "Harbour report %d\n\n", i > f
		if (i % 4)
			printf "Published %d %s %d\n\n", i % 27 + 1, mon[i % 4 + 1], 2025 + i % 2 > f
		printf "The harbour board met on Monday about berth %d.\n\n", i > f
		if (i % 3 == 0)
			printf "The dredging of the channel goes on; dredging barges wait.\n\n" > f
		if (i % 5 == 0)
			printf "Herons nest near the old pier, said Mira Kessel, a warden.\n\n" > f
		if (i % 7 == 0)
			printf "A ferry strike in Portmaro stopped the crossings, Tomas Reyd said.\n\n" > f
		for (w = 0; w < 20 + i % 9; w++)
			printf "word%d ", (i * 7 + w) % 40 > f
		printf "\n" > f
		close(f)
	}
}'
touch -d "2025-06-01 10:00" news/*/*

# direct ARGS...: "yes" when the search came from the index alone, "sets" when through
# its sets, "no" when the long way answered.
direct() {
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" "$@" >direct.out 2>direct.err
	if grep -q '^evaluated ' "$T/bench.log" 2>/dev/null; then echo sets
	elif grep -q '^direct ' "$T/bench.log" 2>/dev/null; then echo yes
	else echo no; fi
}

# same NAME HOW QUERY [OPTIONS...]: answered as HOW says (sets, yes), as the long way;
# list: the same for `list --query`.
same() {
	same_cmd search "$@"
}
list() {
	same_cmd list "$@"
}
same_cmd() {
	local cmd=$1 name=$2 want=$3 q=$4 how
	shift 4
	if [ "$cmd" = list ]; then set -- --query="$q" "$@"; else set -- "$q" "$@"; fi
	how=$(direct "$cmd" "$@" news)
	"$DOSSIER" --recheck "$cmd" "$@" news >long.out 2>long.err
	t_eq "$name: answered $want" "$want" "$how"
	if [ -s long.out ] && cmp -s direct.out long.out && cmp -s direct.err long.err; then
		t_pass "$name: as the long way"
	else
		t_fail "$name: as the long way" "$(diff direct.out long.out | head -6)" \
			"$(cat direct.err)"
	fi
}

"$DOSSIER" list news >/dev/null
sleep 3	# a folder modified within two seconds of the scan is not trusted
"$DOSSIER" list news >/dev/null
t_eq "warm: the index answers" yes "$(direct search dredging news)"

# Text the rest of the query narrows: the hits scored, the rest read once.
same "a type and a word" sets 'type:person harbour'
same "a source and a word" sets 'harbour source:gazette'
same "a word, not a source, a year" sets 'harbour -source:times date:2026' --limit=0
same "a path" sets 'harbour path:*/wire/*' --limit=7
same "a place" sets 'harbour entity:portmaro'
same "said:" sets 'harbour said:reyd' --limit=0
same "a word, not a field under an OR" sets 'harbour -(herons OR date:2025)' --limit=0
same "two short prefixes and a field" sets 'dredg* harb* -source:wire'
same "JSON" sets 'type:place harbour' --format=json
# Text under an OR, fields alone, negations alone: the whole query as sets.
same "text OR a source" sets 'herons OR source:wire'
same "a type alone" sets 'type:person'
same "a type alone, all of them" sets 'type:person' --limit=0
same "text or an entity" sets 'entity:kessel OR ferry' --limit=0
same "OR of phrases, not a date" sets '"ferry strike" OR "dredging barges" -date:2025'
same "groups" sets '(herons OR ferry) (dredging OR -source:times)' --limit=0
# (A hit with no word to show is read the long way, for its snippet.)
same "a negated word alone" no '-herons' --limit=9
same "a short prefix under an OR" sets 'dre* OR ferry' --limit=0
same "nothing matches" sets 'type:money OR zeppelin'
# Short prefixes rank with their rows counted in the prefix table (index_rank.c): the
# scores printed are bm25's to the last digit, as the long way counts them through FTS5.
# A prefix in every article (harb*) weighs nothing (index_rank_plan.c): the hits come
# through the sets, only the other phrases scanned.
same "two short prefixes" yes 'dre* her*'
same "two short prefixes, one in every article" sets 'dredg* harb*'
same "two short prefixes, all hits" sets 'dredg* harb*' --limit=0
same "short prefixes under an OR" sets 'her* OR dre* OR ferry' --limit=0
same "a short prefix and a phrase" sets '"harbour board" barg*' --limit=0
same "a short prefix, not another" yes 'her* -dre*' --limit=5
same "a short prefix in every article, not another" sets 'harb* -dre*' --limit=5
# The triage state: read, flagged, tagged, archived.
t_check "read some" "$DOSSIER" mark --read --query herons news
t_check "flag some" "$DOSSIER" mark --flag --query 'ferry source:gazette' news
t_check "tag some" "$DOSSIER" tag +later --query '"harbour report 12"' news
same "is:unread with a word" sets 'is:unread harbour' --limit=0
same "is:read OR is:flagged" sets 'is:read OR is:flagged'
same "tag: or a word" sets 'tag:later OR ferry' --limit=0
t_check "archive some" "$DOSSIER" tag +archived --query 'dredging source:times' news
same "archived hidden, a field" sets 'type:person harbour' --limit=0
same "archived hidden, an OR" sets 'herons OR dredging' --limit=0
same "is:archived shows them" sets 'is:archived OR ferry' --limit=0
same "a plain word: the best hits looked up" yes 'dredging' --limit=4
# list --query: the query's set, each article row kept or not.
list "list: a type and a word" sets 'type:person harbour'
list "list: an OR of a source and a prefix" sets 'source:wire OR dre*' --format=json
list "list: a date, not a path" sets 'date:2026 -path:*/times/*'
list "list: the state" sets 'is:flagged OR tag:later OR is:archived'
list "list: lists alone (no article row read for them)" sets 'entity:kessel OR said:reyd'
list "list: a few, each looked up" sets 'said:reyd source:gazette'
list "list: text alone, a set too" sets 'zeppelin OR ferry'
list "list: a phrase alone" sets '"harbour board"'
list "list: a short prefix alone" sets 'dre*'

# The columns a query of fields needs (each article's full-text row, date and hash) come
# from rows 2 and 3 of the pack (index_cache_pack.c), not from a pass over the article
# table; a pack damaged or stale is passed over for the rows, with the same answers.
packed() {
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" "$@" news >packed.out 2>packed.err
	grep -c '^eval_packed' "$T/bench.log" 2>/dev/null
}
"$DOSSIER" --recheck search 'is:unread date:2025 -harbour OR is:flagged' --limit=0 news \
	>long.out 2>&1
t_eq "fields and the state: the columns and hashes from the pack" 2 \
	"$(packed search 'is:unread date:2025 -harbour OR is:flagged' --limit=0)"
t_check "and the long way's answer" cmp -s long.out packed.out
ix=$(ls "$XDG_CACHE_HOME"/dossier/*.db)
# A query with no date or source term reads no column when each article's full-text row
# is its id (row 6 of the pack, a build's order): the ids alone, and the dates of a
# ranking when it needs them (index_cache_eval.c fe_load_ids(), fe_dates()). Row 6 or
# row 2 damaged: the same answers another way.
ids() {
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" "$@" news >ids.out 2>ids.err
	grep -c '^eval_ids' "$T/bench.log" 2>/dev/null
}
"$DOSSIER" --recheck list --query='ferry OR dredging -berth' news >long-ids.out 2>&1
"$DOSSIER" --recheck search 'ferry OR herons -entity:reyd' --limit=5 news >long-rank.out 2>&1
t_eq "text alone: the ids alone" 1 "$(ids list --query='ferry OR dredging -berth')"
t_check "text alone: the long way's list" cmp -s long-ids.out ids.out
t_eq "text and a list, ranked: the ids alone" 1 "$(ids search 'ferry OR herons -entity:reyd' --limit=5)"
t_check "text and a list, ranked: the long way's hits, by score then date" cmp -s long-rank.out ids.out
for damage in "UPDATE pack SET data = randomblob(40) WHERE id = 6" \
	"UPDATE pack SET data = substr(data, 1, 40) WHERE id = 2"; do
	cp "$ix" ix.keep
	sqlite3 "$ix" "$damage"
	ids list --query='ferry OR dredging -berth' >/dev/null
	t_check "$damage: the same list" cmp -s long-ids.out ids.out
	ids search 'ferry OR herons -entity:reyd' --limit=5 >/dev/null
	t_check "$damage: the same hits" cmp -s long-rank.out ids.out
	t_eq "$damage: nothing on stderr" "" "$(cat ids.err)"
	cp ix.keep "$ix"
done
for damage in "randomblob(800)" "substr(data, 1, 40)" "NULL"; do
	cp "$ix" ix.keep
	sqlite3 "$ix" "UPDATE pack SET data = $damage WHERE id IN (2, 3)"
	t_eq "columns packed set to $damage: read from the rows" 0 \
		"$(packed search 'is:unread date:2025 -harbour OR is:flagged' --limit=0)"
	t_check "columns packed set to $damage: the same answer" cmp -s long.out packed.out
	t_eq "columns packed set to $damage: nothing on stderr" "" "$(cat packed.err)"
	cp ix.keep "$ix"
done
"$DOSSIER" --recheck search 'source:gazette OR source:wire -harbour' --limit=0 news \
	>long-src.out 2>&1
t_eq "sources: from the pack too" 1 \
	"$(packed search 'source:gazette OR source:wire -harbour' --limit=0)"
t_check "sources: the long way's answer" cmp -s long-src.out packed.out
sqlite3 "$ix" "UPDATE pack SET data = substr(data, 1, length(data) - 2) WHERE id = 4"
t_eq "sources packed damaged: from the rows" 0 \
	"$(packed search 'source:gazette OR source:wire -harbour' --limit=0)"
t_check "sources packed damaged: the same answer" cmp -s long-src.out packed.out
cp ix.keep "$ix"
sqlite3 "$ix" "UPDATE pack SET data = randomblob(4000) WHERE id = 3"
t_eq "hashes packed damaged: the columns from the pack, the hashes from the rows" 1 \
	"$(packed search 'is:unread date:2025 -harbour OR is:flagged' --limit=0)"
t_check "hashes packed damaged: the same answer" cmp -s long.out packed.out
cp ix.keep "$ix"
# list --query of many articles: their rows from the packed catalog (row 0), not a
# statement step each; from the rows when that pack is damaged; the same answer.
"$DOSSIER" --recheck list --query 'date:2025 OR dredging' --format=json news >long.out 2>&1
rm -f "$T/bench.log"
DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" list --query 'date:2025 OR dredging' \
	--format=json news >packed.out 2>packed.err
t_eq "list of many: the rows from the pack" 1 "$(grep -c '^listed_packed' "$T/bench.log")"
t_check "list of many: the long way's answer" cmp -s long.out packed.out
cp "$ix" ix.keep
sqlite3 "$ix" "UPDATE pack SET data = substr(data, 1, length(data) - 3) WHERE id = 0"
rm -f "$T/bench.log"
DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" list --query 'date:2025 OR dredging' \
	--format=json news >packed.out 2>packed.err
t_eq "list of many, the pack cut short: from the rows" 0 \
	"$(grep -c '^listed_packed' "$T/bench.log")"
t_check "list of many, the pack cut short: the same answer" cmp -s long.out packed.out
t_eq "list of many, the pack cut short: nothing on stderr" "" "$(cat packed.err)"
cp ix.keep "$ix"

# One text in two files: a tag of one is the other's (the state is by content), as the
# long way says.
cp news/wire/002.txt news/wire/copy-of-002.txt
touch -d "2025-06-01 10:00" news/wire/copy-of-002.txt news/wire
sleep 3	# the folder's ctime is now: trusted once the index is written 2 s after it
t_check "a copy made" "$DOSSIER" list news
t_check "tag the text" "$DOSSIER" tag +twice --query 'path:*/copy-of-002.txt' news
same "a tag of a text in two files" sets 'tag:twice OR zeppelin' --limit=0
t_eq "both files" 2 "$(tail -n +2 direct.out | wc -l)"

t_end
