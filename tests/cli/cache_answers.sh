# tests/cli/cache_answers.sh -- quotes and story clusters answered from the persistent
# index: `quotes` reads the quotes the index keeps (a file only for the words naming a
# speaker who is no entity, or the JSON's text said: `--entity` the articles where the
# entity is quoted at most), `clusters` reads the clusters the index keeps, and quotes, quotes --entity and clusters (TSV and
# JSON) answer byte for byte as without the index, warm and after files are added,
# changed and removed. MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

# 120 articles: every fourth one quotes Irina Kovalenko, others Paolo Ferrante or a
# witness; a story in three versions (a cluster); a licence text that 100 of them carry
# (boilerplate: it must not make them one story).
make_corpus() {
	mkdir -p news/world news/local
	awk 'BEGIN {
		split("Irina Kovalenko|Paolo Ferrante|Amara Diallo|Tomas Lindqvist", full, "|")
		for (i = 0; i < 120; i++) {
			d = i % 2 ? "news/world" : "news/local"
			f = sprintf("%s/%03d.txt", d, i)
			k = i % 4 + 1
			printf "Report %d on the harbour talks\n\nPublished 12 March 2026\n\n", i > f
			printf "%s met officials of district %d on Monday.\n\n", full[k], i > f
			if (k == 1)
				printf "\"We will reopen the quay %d before the summer,\" Kovalenko said.\n\n", i > f
			else if (k == 2)
				printf "Ferrante said the dredging of berth %d would wait.\n\n", i > f
			else
				printf "\"Nobody told us about pier %d,\" a witness said.\n\n", i > f
			for (w = 0; w < 40; w++)
				printf "word%d%d ", i, w > f
			printf "\n\n" > f
			if (i < 100) {
				for (p = 0; p < 6; p++) {
					for (w = 0; w < 30; w++)
						printf "licence%d ", p * 30 + w > f
					printf "\n\n" > f
				}
			}
			close(f)
		}
	}'
	for v in 1 2 3; do story $v; done
	touch -d "2025-06-01 10:00" news/*/*
}

# story V: version V of the dredging story (version 3 has a paragraph cut).
story() {
	local f=news/$([ "$1" = 2 ] && echo local || echo world)/story-$1.txt para
	{
		echo "Harbour dredging version $1"
		echo
		for para in 1 2 3 4 5; do
			[ "$1" = 3 ] && [ $para = 4 ] && continue
			echo "Paragraph $para of the dredging story: the harbour authority said the work on the breakwater and the northern quay would begin after the winter storms, and that the herons nesting near the old pier would be moved first by the wardens of the bird reserve."
			echo
		done
	} >"$f"
}

# counted NAME CMD...: the value NAME of CMD's bench log ("none" when not there).
counted() {
	local name=$1
	shift
	rm -f "$T/bench.log"
	DOSSIER_BENCH_LOG="$T/bench.log" "$DOSSIER" "$@" >/dev/null 2>"$T/counted.err"
	awk -v k="$name" '$1 == k { v = $2 } END { print v == "" ? "none" : v + 0 }' "$T/bench.log"
}

# same NAME: each answer as a launch without the persistent index gives it.
same() {
	for cmd in "quotes" "quotes --format=json" "quotes --entity Kovalenko" \
		"quotes --entity Kovalenko --format=json" "quotes --entity ferrante" \
		"clusters" "clusters --format=json"; do
		# shellcheck disable=SC2086
		"$DOSSIER" $cmd news >warm.out 2>warm.err
		# shellcheck disable=SC2086
		"$DOSSIER" --no-cache $cmd news >cold.out 2>cold.err
		if [ -s cold.out ] && cmp -s warm.out cold.out && cmp -s warm.err cold.err; then
			t_pass "$1: $cmd as without the index"
		else
			t_fail "$1: $cmd as without the index" "$(diff warm.out cold.out | head -5)" \
				"$(cat warm.err)"
		fi
	done
}

# quoted_in ENTITY: how many files quotes --entity lists.
quoted_in() {
	"$DOSSIER" quotes --entity "$1" news | awk -F'\t' 'NR > 1 { print $1 }' | sort -u | wc -l |
		tr -d ' '
}

make_corpus
"$DOSSIER" list news >/dev/null	# the index is written

t_eq "Kovalenko is quoted in 30 articles" 30 "$(quoted_in Kovalenko)"
t_eq "warm: quotes --entity reads no file (the index keeps the quotes)" 0 \
	"$(counted files_read quotes --entity Kovalenko news)"
t_eq "warm: as JSON, only the files where it is quoted (the words said)" 30 \
	"$(counted files_read quotes --entity Kovalenko --format=json news)"
unlinked=$("$DOSSIER" quotes news | awk -F'\t' 'NR > 1 && $4 == "" { print $1 }' | sort -u |
	wc -l | tr -d ' ')
t_eq "63 files quote a speaker who is no entity (a witness, the harbour authority)" 63 "$unlinked"
t_eq "warm: quotes reads only those" "$unlinked" "$(counted files_read quotes news)"
t_eq "warm: an entity quoted nowhere reads nothing" 0 \
	"$(counted files_read quotes --entity "Tomas Lindqvist" news)"
t_eq "the story is one cluster of three; the licence makes none" \
	"1 3" "$("$DOSSIER" clusters news | awk -F'\t' 'NR > 1 { c[$1]++; n++ }
		END { printf "%d %d", length(c), n }')"
t_eq "warm: the clusters are read from the index" 1 "$(counted clusters_read clusters news)"
t_eq "warm: and no file" 0 "$(counted files_read clusters news)"
same "warm"

# ---- changes: the answers follow, and the clusters are kept again ----
story 4
printf '"The herons are safe," Kovalenko said.\n' >>news/local/002.txt
touch -d "2025-06-02 10:00" news/world/story-4.txt news/local/002.txt
t_eq "added and changed: the clusters found again" none "$(counted clusters_read clusters news)"
t_eq "then read from the index" 1 "$(counted clusters_read clusters news)"
t_eq "the new version joins the story" 4 "$("$DOSSIER" clusters news | grep -c story-)"
same "added and changed"

rm news/world/story-1.txt news/local/000.txt
t_eq "removed: the clusters found again" none "$(counted clusters_read clusters news)"
t_eq "the story keeps three versions" 3 "$("$DOSSIER" clusters news | grep -c story-)"
t_eq "Kovalenko is quoted in 30 articles (one more, one less)" 30 "$(quoted_in Kovalenko)"
same "removed"

printf 'Paolo Ferrante said nothing more.\n' >news/local/004.txt
touch -d "2025-06-03 10:00" news/local/004.txt
"$DOSSIER" --recheck list news >/dev/null	# rewritten in place: no folder moved
t_eq "changed: Kovalenko no longer quoted there" 29 "$(quoted_in Kovalenko)"
t_eq "warm again: quotes --entity reads no file" 0 \
	"$(counted files_read quotes --entity Kovalenko news)"
t_eq "nor for Ferrante, quoted in the changed file" 0 \
	"$(counted files_read quotes --entity Ferrante news)"
same "changed"

# ---- corrections: the speakers are the corrected entities, kept quotes or not ----
"$DOSSIER" entity rename "Irina Kovalenko" "Irina K. Kovalenko" news >/dev/null
"$DOSSIER" list news >/dev/null
t_eq "renamed: quotes --entity still reads no file" 0 \
	"$(counted files_read quotes --entity "Irina K. Kovalenko" news)"
t_eq "renamed: the speaker has the new name" 29 \
	"$("$DOSSIER" quotes --entity Kovalenko news | grep -c 'Irina K. Kovalenko')"
same "renamed"
"$DOSSIER" entity merge "Paolo Ferrante" "Irina K. Kovalenko" news >/dev/null
"$DOSSIER" list news >/dev/null
t_eq "merged: Ferrante's quotes are Kovalenko's" 59 "$(quoted_in Kovalenko)"
same "merged"

# ---- kept clusters that do not hold together are not used ----
"$DOSSIER" clusters news >cold.out 2>&1
for damage in "UPDATE story SET rank = rank + 10" "UPDATE story SET cluster = 7" \
	"UPDATE story SET article = 100000" "DELETE FROM story WHERE rank = 1"; do
	python3 -c 'import sqlite3, sys, glob
db = sqlite3.connect(glob.glob(sys.argv[1] + "/dossier/index-*.db")[0])
db.execute(sys.argv[2]); db.commit()' "$XDG_CACHE_HOME" "$damage"
	t_eq "$damage: not read" none "$(counted clusters_read clusters news)"
	"$DOSSIER" clusters news >warm.out 2>&1
	t_check "$damage: the clusters found again" cmp -s warm.out cold.out
done
t_end
