# tests/cli/cache_rank.sh -- `entities` answered from the index file's list kept in its
# order (es_rank, index_cache_rank.c): the long way's answer, every type and each, TSV and
# JSON; written again by an update (a file added, one removed); a file whose es_rank is
# missing, damaged or of another entity count answered from es_entity, the same. MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

# 120 articles: people, places, organisations, money and tags in varied numbers, so that
# the list has ties of articles broken by mentions and of both broken by id.
mkdir -p news/a news/b
awk 'BEGIN {
	split("Mira Kessel|Jonas Berg|Ana Lima|Tomas Hale|Ines Vidal", who, "|")
	split("Utrecht|Lisbon|Oslo|Kraków|Tallinn", at, "|")
	split("Harbour Board|Ferry Union|Port Authority", org, "|")
	for (i = 0; i < 120; i++) {
		f = sprintf("news/%s/%03d.txt", i % 2 ? "a" : "b", i)
		printf "Harbour report %d\n\nPublished %d March 2026\n\n", i, i % 28 + 1 > f
		printf "%s met the %s in %s on Monday.\n", who[i % 5 + 1], org[i % 3 + 1], at[i % 4 + 1] > f
		if (i % 3 == 0)
			printf "%s said the %s would pay $%d million. #harbour\n", who[i % 4 + 1], org[i % 2 + 1], i > f
		if (i % 7 == 0)
			printf "Later %s went to %s and %s.\n", who[(i + 2) % 5 + 1], at[5], at[i % 3 + 1] > f
		close(f)
	}
}'
touch -d "2025-06-01 10:00" news/*/* news/a news/b news

# direct ARGS...: was `dossier ARGS` answered from the index alone? (yes/no)
direct() {
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" "$@" >direct.out 2>direct.err
	if grep -q '^direct ' "$T/bench.log" 2>/dev/null; then echo yes; else echo no; fi
}

# same NAME ARGS...: `dossier ARGS news` answered direct, as the long way (--recheck).
same() {
	local name=$1 how
	shift
	how=$(direct "$@" news)
	"$DOSSIER" --recheck "$@" news >long.out 2>long.err
	t_eq "$name: answered from the index alone" yes "$how"
	if [ -s long.out ] && cmp -s direct.out long.out && cmp -s direct.err long.err; then
		t_pass "$name: as the long way"
	else
		t_fail "$name: as the long way" "$(diff direct.out long.out | head -6)"
	fi
}

ix() { ls "$XDG_CACHE_HOME"/dossier/index-*.db; }

"$DOSSIER" list news >/dev/null
sleep 3	# (a folder modified within two seconds of the scan is not trusted)
"$DOSSIER" list news >/dev/null
t_eq "es_rank: a row a type and the order row" 9 \
	"$(sqlite3 "$(ix)" 'SELECT count(*) FROM es_rank')"
t_eq "the order row: a byte an entity" "$(sqlite3 "$(ix)" 'SELECT max(id) + 1 FROM es_entity')" \
	"$(sqlite3 "$(ix)" 'SELECT length(data) - 8 FROM es_rank WHERE type = -1')"
same "entities" entities
same "entities as JSON" entities --format=json
for t in person org place money hashtag date; do
	same "entities --type=$t" entities --type="$t"
done
same "entities --type=url (none)" entities --type=url
t_eq "a type with no entity: the header alone" 1 "$(wc -l <direct.out | tr -d ' ')"

# An update in place writes the list again: a file added, a file removed.
printf 'Harbour report new\n\nPublished 3 March 2026\n\nZora Quint met Zora Quint in Oslo.\n' \
	>news/a/new.txt
rm news/b/004.txt
"$DOSSIER" list news >/dev/null
sleep 3
"$DOSSIER" list news >/dev/null
same "after an update" entities
same "after an update, people" entities --type=person
t_check "the new person is listed" grep -q 'Zora Quint' direct.out

# A file without the list, or with one that does not fit es_entity: the rows sorted.
cp "$(ix)" kept.db
for damage in "DELETE FROM es_rank" "DELETE FROM es_rank WHERE type = 0" \
	"UPDATE es_rank SET data = randomblob(300) WHERE type = 0" \
	"UPDATE es_rank SET data = substr(data, 1, length(data) - 3) WHERE type = -1" \
	"UPDATE es_rank SET data = substr(data, 1, 60) WHERE type = 0" \
	"DELETE FROM es_entity WHERE id = (SELECT max(id) FROM es_entity)"; do
	cp kept.db "$(ix)"
	sqlite3 "$(ix)" "$damage"
	"$DOSSIER" --recheck entities news >long.out 2>&1
	cp kept.db "$(ix)"
	sqlite3 "$(ix)" "$damage"
	how=$(direct entities news)
	if [ "$damage" = "DELETE FROM es_entity WHERE id = (SELECT max(id) FROM es_entity)" ]; then
		# (es_entity short of an entity: the list, one longer, is not used)
		t_eq "$damage: es_entity's rows listed" \
			"$(($(sqlite3 "$(ix)" 'SELECT count(*) FROM es_entity') + 1))" \
			"$(wc -l <direct.out | tr -d ' ')"
		continue
	fi
	t_eq "$damage: answered from the index alone" yes "$how"
	t_check "$damage: the same answer" cmp -s direct.out long.out
	t_eq "$damage: nothing on stderr" "" "$(cat direct.err)"
done

# The list marks an entity whose names are all clean lines, written as they are; one with
# a no-break space in its name (shown as a space) is cleaned as the long way cleans it.
mkdir -p nb
for i in $(seq 100 215); do
	printf 'Quay report %d\n\nPublished %d April 2026\n\nIlse\302\240Kortner met Mira Kessel at quay %d.\n' \
		"$i" $((i % 28 + 1)) "$i" >"nb/$i.txt"
done
touch -d "2025-06-01 10:00" nb/* nb
"$DOSSIER" list nb >/dev/null
sleep 3
"$DOSSIER" list nb >/dev/null
how=$(direct entities --type=person nb)
"$DOSSIER" --recheck entities --type=person nb >long.out 2>&1
t_eq "a name with a no-break space: answered from the index alone" yes "$how"
t_check "a name with a no-break space: as the long way" cmp -s direct.out long.out
t_eq "shown with a plain space, the clean name as it is" "Ilse Kortner|Mira Kessel" \
	"$(cut -f3 direct.out | sed -n '2,3p' | sort | tr '\n' '|' | sed 's/|$//')"

t_end
