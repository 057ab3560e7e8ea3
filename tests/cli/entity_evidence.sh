# tests/cli/entity_evidence.sh -- entity rules of issue 15: evidence before type, careful linking. MIT licence.
# Each case is a small corpus written here; the assertions read `dossier entities` and
# `dossier mentions` as TSV. Every rule is general (word classes, corpus counts), not a list
# of the names below.
. "$SRCDIR/tests/lib.sh"

ents() { "$DOSSIER" entities --format=tsv --no-state "$@" 2>"$T/err"; }
ments() { "$DOSSIER" mentions --format=tsv --no-state "$@" 2>"$T/err"; }
# has TYPE CANONICAL FILE: the entity list in FILE holds that row.
has() { awk -F'\t' -v t="$1" -v c="$2" '$1 == t && $3 == c { f = 1 } END { exit !f }' "$3"; }
# persons FILE: the PERSON canonicals, one a line, sorted.
persons() { awk -F'\t' '$1 == "PERSON" { print $3 }' "$1" | sort | tr '\n' '|'; }

# 1. Interjections, adjectives of address and imperatives at the start of a sentence or a
#    verse are not part of the name after them; religious words and contractions are no one;
#    a lone word after "the" is no person ("the Philistine said").
mkdir -p "$T/lit"
cat >"$T/lit/ch1.txt" <<'EOF'
Chapter 1

"Poor Fanny!" said Edmund. "Oh Fanny, you are cold," said Edmund, and Fanny said no.
"Dearest Marianne, I've seen it," said Elinor. I'm sure Almighty God and Divine
Providence will keep her, said Marianne.
EOF
cat >"$T/lit/ch2.txt" <<'EOF'
Chapter 2

  1 And Abner went to Hebron. Then said Abner to Joab, Come.
  2 Wherefore Joab sent messengers after Abner, and Joab said unto them, Go.
  3 Behold Abner is dead; and Joab mourned.
  4 And the Philistine said unto Abner, Come.
EOF
ents "$T/lit" >"$T/lit.tsv"
t_eq "literary persons carry no lead word" "Abner|Edmund|Elinor|Fanny|Joab|Marianne|" \
	"$(persons "$T/lit.tsv")"

# 2. A bare family name shared by two people of the corpus links to neither.
mkdir -p "$T/pres"
printf 'Theodore Roosevelt spoke in 1905. Theodore Roosevelt said the canal mattered.\n' >"$T/pres/a.txt"
printf 'Franklin Roosevelt spoke in 1941. Franklin Roosevelt said the war mattered.\n' >"$T/pres/b.txt"
printf 'Later that year Roosevelt said the country would recover.\n' >"$T/pres/c.txt"
ments "$T/pres" >"$T/pres.tsv"
t_eq "ambiguous family name stays apart" "Roosevelt" \
	"$(awk -F'\t' '$1 ~ /c.txt$/ && $7 == "Roosevelt" { print $6 }' "$T/pres.tsv")"

# 3. A word the article also writes in lower case is not linked to a person of another
#    article ("Long before" is not Huey Long), nor is a lone name much more frequent than
#    the one full name that has it.
mkdir -p "$T/long"
printf 'Huey Long spoke. Huey Long said the state would pay.\n' >"$T/long/a.txt"
printf 'Long before the war, the road was long. Long after it, Reuters said little.\n' >"$T/long/b.txt"
ments "$T/long" >"$T/long.tsv"
t_eq "common word not linked across articles" "" \
	"$(awk -F'\t' '$1 ~ /b.txt$/ && $6 == "Huey Long"' "$T/long.tsv")"
mkdir -p "$T/rare"
printf 'The gift went to the tribe of Levi Moses gave nothing.\n' >"$T/rare/0.txt"
for i in 1 2 3 4 5 6 7 8 9 10; do
	printf 'And Moses said unto the people, hear me. Moses went up.\n' >"$T/rare/$i.txt"
done
ents "$T/rare" >"$T/rare.tsv"
if has PERSON Moses "$T/rare.tsv"; then t_pass "frequent lone name not joined to a rare full name"
else t_fail "frequent lone name not joined to a rare full name" "$(cat "$T/rare.tsv")"; fi

# 4. "ACR (Long Name)" defines the acronym like "Long Name (ACR)".
printf 'Officials said the KNAB (Kenyan National Archive Board) would decide. Later the KNAB said it agreed.\n' >"$T/acr.txt"
ments "$T/acr.txt" >"$T/acr.tsv"
t_eq "acronym before its bracketed name" "ORG KNAB|ORG Kenyan National Archive Board|ORG KNAB|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7; id[$5] } END { if (length(id) != 1) print "ids" }' \
	"$T/acr.tsv" | tr '\n' '|')"

# 5. Mail and web junk: colour codes are not hashtags, CSS at-rules and numbers not handles,
#    font names and abbreviated weekdays and months are not people.
cat >"$T/mail.txt" <<'EOF'
Date: Mon, 12 Oct 2001 10:00:00 -0700
Subject: Vignette V6 Mon Oct 12

<style>body { color: #FFFFFF; background: #fff; font-family: Verdana Arial; }
@media print { @page { margin: 0 } }</style>
Meet me at @09 on Sun Oct 14; follow @dossier_news and #Gaza, and #ace.
EOF
ments "$T/mail.txt" >"$T/mail.tsv"
t_eq "mail junk: only real hashtags and handles" "HANDLE @dossier_news|HASHTAG #Gaza|HASHTAG #ace|" \
	"$(awk -F'\t' '$4 == "HASHTAG" || $4 == "HANDLE" { print $4 " " $7 }' "$T/mail.tsv" | sort | tr '\n' '|')"
t_eq "mail junk: no people" "" "$(awk -F'\t' '$4 == "PERSON" { print $7 }' "$T/mail.tsv")"

# 6. Dates of older prose: a year before 1800, and a year wrapped to the next line.
printf 'Walter Elliot, born March 1, 1760, married, July 15,\n1784, Elizabeth.\n' >"$T/old.txt"
ments "$T/old.txt" >"$T/old.tsv"
t_eq "dates with older years" "1760-03-01|1784-07-15|" \
	"$(awk -F'\t' '$4 == "DATE" { print $6 }' "$T/old.tsv" | tr '\n' '|')"

# 7. The wider city list: regional cities of 100,000 people or more are places; a given name
#    that is also a town ("Gilbert") stays out of it.
printf 'Shelling hit Zaporizhia and Vinnytsia overnight, and Gilbert Imlay said so.\n' >"$T/city.txt"
ments "$T/city.txt" >"$T/city.tsv"
t_eq "world cities" "PLACE Zaporizhia|PLACE Vinnytsia|PERSON Gilbert Imlay|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/city.tsv" | tr '\n' '|')"

# 8. Corpus-level evidence of a place: a word the corpus puts in a place's slot ("at
#    Hartfield", "the king of Eglon") again and again, and never beside a speech verb, is a
#    PLACE; a feast ("at Christmas") is nothing.
mkdir -p "$T/loc"
printf 'Emma stayed at Hartfield at Christmas. Then said Emma, no.\n' >"$T/loc/a.txt"
printf 'The party met at Hartfield and walked through Hartfield at Christmas.\n' >"$T/loc/b.txt"
printf 'Debir the king of Eglon came. Mr. Knightley rode into Hartfield.\n' >"$T/loc/c.txt"
ents "$T/loc" >"$T/loc.tsv"
t_eq "places by corpus evidence" "PLACE Hartfield 3|" \
	"$(awk -F'\t' '$3 == "Hartfield" || $3 == "Christmas" { print $1 " " $3 " " $4 }' "$T/loc.tsv" | tr '\n' '|')"

# 9. Spelling variants of one name are one entity (data/sources/name_variants.tsv).
mkdir -p "$T/var"
printf 'Osama bin Laden was killed in 2011. Volodymyr Zelensky spoke.\n' >"$T/var/a.txt"
printf 'Usama bin Laden was named. President Volodymyr Zelenskyy said yes.\n' >"$T/var/b.txt"
ents "$T/var" >"$T/var.tsv"
t_eq "spelling variants merge" "2 2|2 2|" \
	"$(awk -F'\t' '$1 == "PERSON" { print $4 " " $5 }' "$T/var.tsv" | tr '\n' '|')"

# 10. An ambiguous plural demonym is its place only where the article names the place.
mkdir -p "$T/dem"
printf 'The Indians of the plains signed the treaty with the army.\n' >"$T/dem/a.txt"
printf 'India and Pakistan met; Indians voted.\n' >"$T/dem/b.txt"
ments "$T/dem" >"$T/dem.tsv"
t_eq "ambiguous demonyms need their place" "b.txt India|b.txt Indians|" \
	"$(awk -F'\t' '$6 == "India" { sub(".*/", "", $1); print $1 " " $7 }' "$T/dem.tsv" | tr '\n' '|')"

# 11. Older texts: historical names map to the modern place, regions are places, unknown
#     words after "the" are nobody, and a lone initial is not an alias.
cat >"$T/speech.txt" <<'EOF'
Our Governments in the West Indies, the Western Hemisphere and the
Upper Lakes prospered. Trade with Porto Rico and Buenos Ayres grew.
David B wrote it. Later B said no, and B agreed with David B.
EOF
ments "$T/speech.txt" >"$T/speech.tsv"
t_eq "older texts" "PLACE West Indies West Indies|PLACE Western Hemisphere Western Hemisphere|PLACE Puerto Rico Porto Rico|PLACE Buenos Aires Buenos Ayres|PERSON David B David B|PERSON David B David B|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $6 " " $7 }' "$T/speech.tsv" | tr '\n' '|')"

# 12. A CJK topic closed by a second '#' is one hashtag with both marks.
printf '热议 #全国确诊新型肺炎病例# 今天 and #Gaza# too\n' >"$T/cjk.txt"
ments "$T/cjk.txt" >"$T/cjk.tsv"
t_eq "CJK hashtag closed by #" "#全国确诊新型肺炎病例#|#Gaza|" \
	"$(awk -F'\t' '$4 == "HASHTAG" { print $7 }' "$T/cjk.tsv" | tr '\n' '|')"

# 13. News: Vietnamese names keep their accented words ("Tô" is not "to"), Hà Nội in
#     capitals is Hanoi, and an acronym of another language in brackets is an alias.
printf 'HÀ NỘI — General Secretary Tô Lâm met officials in Hà Nội. The Federal Ministry for Economic Affairs and Climate Action (BMWK) agreed. The BMWK said so.\n' >"$T/vn.txt"
ments "$T/vn.txt" >"$T/vn.tsv"
t_eq "accented names, Hanoi, foreign acronyms" "PLACE Hanoi|PERSON Tô Lâm|PLACE Hanoi|ORG Federal Ministry for Economic Affairs and Climate Action|ORG Federal Ministry for Economic Affairs and Climate Action|ORG Federal Ministry for Economic Affairs and Climate Action|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $6 }' "$T/vn.tsv" | tr '\n' '|')"
t_end
