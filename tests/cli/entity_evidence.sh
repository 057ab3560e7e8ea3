# tests/cli/entity_evidence.sh -- entity rules of issue 15: evidence before type, linking, peoples. MIT licence.
# Each case is a small corpus written here; the assertions read `dossier entities` and
# `dossier mentions` as TSV. Every rule is general (word classes, corpus counts), not a list
# of the names below.
. "$SRCDIR/tests/lib.sh"

ents() { "$DOSSIER" entities --format=tsv --no-state "$@" 2>"$T/err"; }
ments() { "$DOSSIER" mentions --format=tsv --no-state "$@" 2>"$T/err"; }
# has TYPE CANONICAL FILE: the entity list in FILE holds that row.
has() { awk -F'\t' -v t="$1" -v c="$2" '$1 == t && $3 == c { f = 1 } END { exit !f }' "$3"; }
# rows TYPE FILE: "canonical articles" of the rows of that type, sorted, one a '|'.
rows() { awk -F'\t' -v t="$1" '$1 == t { print $3 " " $4 }' "$2" | sort | tr '\n' '|'; }
# spans FILE: "TYPE surface" of each mention in a mentions TSV, in text order, one a '|'.
spans() { awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$1" | tr '\n' '|'; }
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

# Second round (peoples, headings, companies, mail headers, namesakes).

# 14. A name the corpus keeps using for a people ("the tribe of Benjamin", "the children of
#    Ammon") is the PLACE of that people, even if it is a given name and even if a full name
#    once ends in it ("Shuah Benjamin", two names side by side without a comma).
mkdir -p "$T/tribe"
for i in 1 2 3 4 5; do
	printf '  %s And the children of Benjamin and the tribe of Benjamin went up, and the\nchildren of Ammon fled before the children of Benjamin. Then Moses said unto Aaron, Go.\n' \
		"$i" >"$T/tribe/$i.txt"
done
printf '  1 And Shuah Benjamin came. And Benjamin said, Here am I. And Moses said unto Aaron, Go.\n' >"$T/tribe/6.txt"
ents "$T/tribe" >"$T/tribe.tsv"
t_eq "peoples are no persons" "Aaron 6|Moses 6|Shuah Benjamin 1|" "$(rows PERSON "$T/tribe.tsv")"
t_eq "peoples are places" "Ammon 5|Benjamin 5|" "$(rows PLACE "$T/tribe.tsv")"

# 15. A reference line ("1 Samuel 17", "Song of Solomon 2") heads a chapter: it names a book,
#    not a person. Idols named in scripture ("the prophets of Baal") are no one either.
mkdir -p "$T/book"
for i in 1 2 3; do
	printf '1 Samuel %s\n\n  1 And David said unto Saul, Go; and they called on Baal, saying,\nO Baal, hear us. Then said Baal, No.\n' "$i" >"$T/book/$i.txt"
done
printf 'Song of Solomon 2\n\n  1 And Samuel said unto Saul, Go.\n' >"$T/book/4.txt"
ents "$T/book" >"$T/book.tsv"
t_eq "book headings and idols are nobody" "David 3|Samuel 1|Saul 4|" "$(rows PERSON "$T/book.tsv")"

# 16. A word seen once as a person does not make a person of its other uses: not where the
#    article also writes it in lower case ("the Notice ... this notice"), nor where its
#    uses without a cue outnumber that one a hundred to one ("On Debian systems").
mkdir -p "$T/known"
printf 'Then they said Debian said no, and Notice said yes.\n' >"$T/known/0.txt"
printf 'Read the Notice. This notice is short.\n' >"$T/known/l.txt"
i=1
while [ "$i" -le 120 ]; do
	printf 'On Debian systems, the text of the GPL is in /usr/share/common-licenses.\n' >"$T/known/$i.txt"
	i=$((i + 1))
done
ents "$T/known" >"$T/known.tsv"
t_eq "a person's word drowned by other uses" "Debian 1|Notice 1|" "$(rows PERSON "$T/known.tsv")"

# 17. Companies and addresses: a name before ", Inc." is an ORG, and its legal form does not
#    split it from the bare name ("Google", "Google Inc.", "Google LLC" are one); a licence
#    is a document, not "General Public"; a state code and a floor are no people; a name
#    wrapped onto the next line of running text is one name.
mkdir -p "$T/co"
cat >"$T/co/a.txt" <<'EOF'
Copyright 2001 Red Hat, Inc. and Google Inc. This program is free software under the GNU
General Public License. Write to 51 Franklin Street, Fifth Floor, Boston, MA 02110, USA.
EOF
cat >"$T/co/b.txt" <<'EOF'
The code came from Red Hat and Google LLC, and later from Google. It was then that Henry
Crawford wrote to his sister.
EOF
ents "$T/co" >"$T/co.tsv"
t_eq "companies with a legal form" "Google 2|Red Hat 2|" "$(rows ORG "$T/co.tsv")"
t_eq "no licence, address or state code as a person" "Henry Crawford 1|" "$(rows PERSON "$T/co.tsv")"

# 18. Mail header lines are not prose: two or more in a row (at the top, or quoted) give no
#    mentions and no dates, but for the display names of From, To and Cc. One "Date:" line
#    in prose stays prose.
cat >"$T/mail.txt" <<'EOF'
From: Alice Walker <alice.walker@example.com>
To: "Bob Stone" <bob@example.org>, Carol King <carol@example.net>
Subject: Meeting with Microsoft in Paris on March 3, 2004
Date: Mon, 1 Mar 2004 10:00:00 -0500
Message-ID: <1234.ABCD@mail.example.com>
X-Mailer: Microsoft Outlook Express 6.00
Received: from mail.example.com (HELO Johnson) by mx.example.org
	with ESMTP id 99; Mon, 1 Mar 2004 10:00:01 -0500

Bob, Microsoft wants to meet in Paris on March 3, 2004. Regards, Alice

> From: Bob Stone <bob@example.org>
> Date: Sun, 29 Feb 2004 09:00:00 -0500
> Subject: Re: Paris
>
> Alice, is Paris fine?
Date: March 9, 2004, in Rome.
EOF
ments "$T/mail.txt" >"$T/mail.tsv"
t_eq "mail headers are not prose" "PERSON Alice Walker|PERSON Bob Stone|PERSON Carol King|PERSON Bob|ORG Microsoft|PLACE Paris|DATE March 3, 2004|PERSON Alice|PERSON Bob Stone|PERSON Alice|PLACE Paris|DATE March 9, 2004|PLACE Rome|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/mail.tsv" | tr '\n' '|')"

# 19. A place inside an organisation's name is no PLACE ("University of Texas at Austin",
#    "Tour de France"); a city beside a result verb and a score, or before a team's name,
#    is its club, and so is its name alone in that article ("Boston was cold" in a match
#    report); in another article it is the city.
cat >"$T/org.txt" <<'EOF'
She studied at the University of Texas at Austin before joining the Bank of England.
The Tour de France starts in Lille. The Chief Public Prosecutor's Office of Istanbul charged him.
Liverpool beat Chelsea 2-1 on Sunday, and the Boston Celtics lost to the Los Angeles Lakers 101-99.
Boston was cold and Liverpool was wet.
EOF
ments "$T/org.txt" >"$T/org.tsv"
t_eq "places inside organisations, clubs" "ORG University of Texas at Austin|ORG Bank of England|PLACE Lille|ORG Chief Public Prosecutor's Office of Istanbul|ORG Liverpool|ORG Chelsea|ORG Boston Celtics|ORG Los Angeles Lakers|ORG Boston|ORG Liverpool|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/org.tsv" | tr '\n' '|')"

# 20. Peoples named with "-ite(s)" are the PLACE they come from (the dev gold's rule), the
#    plural and the singular one entity; older peoples with a land of their own map to it
#    (Philistines -> Philistia). Followers of a faith are not a people of a place.
mkdir -p "$T/ite"
printf '  1 And the Amorites fled, and the Philistines pursued them.\n' >"$T/ite/a.txt"
printf '  1 And Uriah the Amorite went up against the Philistine, and the Shiites stayed.\n' >"$T/ite/b.txt"
ents "$T/ite" >"$T/ite.tsv"
t_eq "peoples in -ites" "Amorite 2|Philistia 2|" "$(rows PLACE "$T/ite.tsv")"

# 21. Generic institutions are one per country: "Brazil's Supreme Court" and "the Supreme
#    Court of Brazil" are one body in every article, an unqualified "Supreme Court" is the
#    body its article qualified, or else a body of that article only; "US Congress" is
#    qualified by its own words, and shown so (as "Supreme Court of Brazil" is).
mkdir -p "$T/gen"
printf "Brazil's Supreme Court ruled on Monday. Then the Supreme Court said the law stands.\n" >"$T/gen/a.txt"
printf "India's Supreme Court ruled. Later the Supreme Court met again.\n" >"$T/gen/b.txt"
printf "Then the Supreme Court of Brazil heard it.\n" >"$T/gen/c.txt"
printf "Then the Supreme Court heard the case, and the US Congress agreed.\n" >"$T/gen/d.txt"
printf "Then the Supreme Court met, and the US Congress did not.\n" >"$T/gen/e.txt"
ents "$T/gen" >"$T/gen.tsv"
t_eq "generic bodies per country" "Supreme Court 1|Supreme Court 1|Supreme Court 1|Supreme Court of Brazil 2|US Congress 2|" \
	"$(rows ORG "$T/gen.tsv")"

# 22. A lone name borne by several people, told apart by "the son of" (no father in four of
#    five articles that name one), is one person per father, and a person of its own in
#    articles that name no father; a name with one father links as before.
mkdir -p "$T/hom"
printf '  1 And Azariah the son of Oded came, and Azariah spake unto David the son of Jesse.\n' >"$T/hom/a.txt"
printf '  1 Then Azariah the son of Nathan rose, and Azariah went to David the son of Jesse.\n' >"$T/hom/b.txt"
printf '  1 And Azariah said unto David, Go; and David went.\n' >"$T/hom/c.txt"
printf '  1 And Azariah said unto David, Come; and David came.\n' >"$T/hom/d.txt"
ents "$T/hom" >"$T/hom.tsv"
t_eq "namesakes told apart by their fathers" "Azariah 1|Azariah 1|Azariah 1|Azariah 1|David 4|Jesse 2|Nathan 1|Oded 1|" \
	"$(rows PERSON "$T/hom.tsv")"

# 23. Where a people's name stands beside a speech verb in an article and never in a
#     place's slot there, it is the person of that article ("Benjamin said" in the story of
#     Jacob's sons), while "the tribe of Benjamin" elsewhere is the tribe; a name whose
#     fathers are named in few of its articles is not split ("Judah the son of Senuah").
mkdir -p "$T/tp"
for i in 1 2 3 4; do
	printf '  1 And the children of Benjamin and the tribe of Benjamin went up to the cities of\nJudah, and the children of Judah fled.\n' >"$T/tp/$i.txt"
done
printf '  1 Then Benjamin said unto Joseph, Here am I; and Benjamin wept.\n' >"$T/tp/5.txt"
printf '  1 And Judah the son of Senuah came, and Judah the son of Joash went.\n' >"$T/tp/6.txt"
for i in 7 8 9 10 11 12; do
	printf '  1 And they dwelt in the cities of Judah.\n' >"$T/tp/$i.txt"
done
ents "$T/tp" >"$T/tp.tsv"
t_eq "a people's name as the person of one article" "Benjamin 1|Joseph 1|" "$(rows PERSON "$T/tp.tsv" | sed 's/Joash 1|//; s/Judah[^|]*|//g; s/Senuah 1|//')"
t_eq "the people elsewhere" "Benjamin 4|Judah 10|" "$(rows PLACE "$T/tp.tsv")"
# 24. A middle initial that is also a word ("A.") stays inside the name; "Solutions" heads
#     a company's name.
printf 'Copyright (C) 1997 by Andrey A. Chernov, Moscow, and then Harry S. Truman met Cygnus Solutions.\n' >"$T/ini.txt"
ments "$T/ini.txt" >"$T/ini.tsv"
t_eq "middle initials, Solutions" "PERSON Andrey A. Chernov|PLACE Moscow|PERSON Harry S. Truman|ORG Cygnus Solutions|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/ini.tsv" | tr '\n' '|')"
# 25. A part of a document, a file or a program after "in" is no place ("in Section 3",
#     "in COPYING", "in NetBSD"), and a given name before "Lane" or "Hall" is a person.
mkdir -p "$T/doc"
for i in 1 2 3 4; do
	printf 'As set out in Section\n3, in Clause 52.227 and in COPYING, the code in NetBSD was written by Iain Lane.\n' >"$T/doc/$i.txt"
done
ents "$T/doc" >"$T/doc.tsv"
t_eq "document parts are no places" "" "$(rows PLACE "$T/doc.tsv")"
t_eq "a given name before Lane" "Iain Lane 4|" "$(rows PERSON "$T/doc.tsv")"
# 26. A huge address line is read in linear time (the angle brackets of each display name
#     were scanned from the start of the line: 100,000 names took minutes).
awk 'BEGIN { printf "From: Bob Stone <bob@x.org>\nTo: "
	for (i = 0; i < 100000; i++) printf "Ann Smith <a%d@x.org>, ", i
	printf "\nSubject: hi\n\nHello.\n" }' >"$T/bigto.txt"
timeout 120 "$DOSSIER" mentions --format=tsv --no-state "$T/bigto.txt" >"$T/bigto.tsv" 2>"$T/err"; rc=$?
t_eq "huge address line: exit 0 within the bound" 0 "$rc"
t_eq "huge address line: every display name" 100001 "$(awk -F'\t' '$4 == "PERSON"' "$T/bigto.tsv" | wc -l | tr -d ' ')"
# 27. A word shaped as no name is never a person, whatever cue stands beside it (a title): digits
#     ("WIN32"), a capital after a small letter that no name prefix explains ("SunOS"),
#     capitals with a plural s ("APIs"); name prefixes keep theirs ("McVittie", "DeShawn").
mkdir -p "$T/shape"
for i in 1 2 3; do
	printf 'Mr SunOS said it works. Dr WIN32 said so too. Mr APIs said nothing. Mr McVittie said yes, and Dr DeShawn said no.\n' >"$T/shape/$i.txt"
done
ents "$T/shape" >"$T/shape.tsv"
t_eq "shapes that are no names" "DeShawn 3|McVittie 3|" "$(rows PERSON "$T/shape.tsv" | tr '|' '\n' | sort | tr '\n' '|')"
# 28. A lone family name links across articles only to the one person of its time with that
#     name (the year leads each file's name, as in a folder of speeches): a 1985 "Bush" is
#     not the George W. Bush of 2004-2005 (the "Bush" of 2005 is), a 1965 "Johnson" not the
#     Andrew Johnson of 1865, and where two Roosevelts are named the one of the lone name's
#     decade is meant.
mkdir -p "$T/time"
printf 'Vice President Bush met the Prime Minister. Bush said the talks went well.\n' >"$T/time/1985_a.txt"
printf 'President George W. Bush spoke in Texas. George W. Bush said so.\n' >"$T/time/2004_b.txt"
printf 'President George W. Bush spoke again. Bush said so.\n' >"$T/time/2005_c.txt"
printf 'Andrew Johnson took the oath. Andrew Johnson spoke.\n' >"$T/time/1865_d.txt"
printf 'President Johnson signed the bill. Johnson said it was good.\n' >"$T/time/1965_e.txt"
printf 'Theodore Roosevelt spoke. Theodore Roosevelt said the canal mattered.\n' >"$T/time/1905_f.txt"
printf 'Franklin Roosevelt spoke. Franklin Roosevelt said the war mattered.\n' >"$T/time/1941_g.txt"
printf 'Later that year Roosevelt said the country would recover.\n' >"$T/time/1937_h.txt"
ments "$T/time" >"$T/time.tsv"
t_eq "lone family names link within their time" \
	"1865_d Andrew Johnson|1905_f Theodore Roosevelt|1937_h Franklin Roosevelt|1941_g Franklin Roosevelt|1965_e Johnson|1985_a Bush|2004_b George W. Bush|2005_c George W. Bush|" \
	"$(awk -F'\t' '$4 == "PERSON" { sub(".*/", "", $1); sub(".txt", "", $1); print $1 " " $6 }' "$T/time.tsv" | sort -u | tr '\n' '|')"
# 29. A title standing for its office ("the King", "King of Italy") is no one, and does
#     not join a person of that family name named elsewhere.
mkdir -p "$T/office"
printf 'June 1, 1963\n\nMartin Luther King spoke in Washington. Martin Luther King said he had a dream.\n' >"$T/office/a.txt"
printf 'July 1, 1963\n\nThe King of Italy was there. The King said nothing. King Umberto left.\n' >"$T/office/b.txt"
ments "$T/office" >"$T/office.tsv"
t_eq "an office is no person" "PERSON Umberto|" \
	"$(awk -F'\t' '$1 ~ /b.txt$/ && $4 == "PERSON" { print $4 " " $7 }' "$T/office.tsv" | tr '\n' '|')"
# 30. Spelling variants of a full name no table lists are one person when a long word is one
#     or two edits away and no article writes both ("Kadyrov"/"Kadirov", "Alexei"/"Alexey",
#     and a lone "Kadirov" then links too); short words ("Jon"/"John", "Dole"/"Doyle"), an
#     ending of gender ("Ivanov"/"Ivanova"), two names of the lists ("Christina"/
#     "Christine"), "-sen"/"-son", and two spellings in one article stay apart.
mkdir -p "$T/spell"
printf 'Ramzan Kadyrov spoke. Alexei Navalny was jailed. Christina Schmidt voted. Ivan Ivanov said yes. Peter Hansen left. Bob Dole ran. Jon Smith wrote. Ramzan Kadyrov again.\n' >"$T/spell/a.txt"
printf 'Ramzan Kadirov spoke. Alexey Navalny was freed. Christine Schmidt voted. Ivan Ivanova said no. Peter Hanson came. Bob Doyle ran. John Smith read. Later Kadirov said no.\n' >"$T/spell/b.txt"
printf 'Officials said Kadirov would come. Viktor Orlovsky met Viktor Orlowsky.\n' >"$T/spell/c.txt"
ents "$T/spell" >"$T/spell.tsv"
t_eq "spelling variants by edit distance" "Alexei Navalny 2 2|Bob Dole 1 1|Bob Doyle 1 1|Christina Schmidt 1 1|Christine Schmidt 1 1|Ivan Ivanov 1 1|Ivan Ivanova 1 1|John Smith 1 1|Jon Smith 1 1|Peter Hansen 1 1|Peter Hanson 1 1|Ramzan Kadyrov 3 5|Viktor Orlovsky 1 1|Viktor Orlowsky 1 1|" \
	"$(awk -F'\t' '$1 == "PERSON" { print $3 " " $4 " " $5 }' "$T/spell.tsv" | sort | tr '\n' '|')"
# 31. A leading "The" is not part of an organisation's name (RULES.md: the surface is the
#     name only), in any case and at a line's start; it stays only where the listed name
#     has it ("The Guardian", "The Hague").
printf 'Copyright 1998 The Open Group and THE NETBSD FOUNDATION, INC.\nShe joined The Heritage Foundation. The World Bank said so, as did The Guardian in The Hague.\n' >"$T/the.txt"
ments "$T/the.txt" >"$T/the.tsv"
t_eq "no leading The" "ORG Open Group|ORG NETBSD FOUNDATION|ORG Heritage Foundation|ORG World Bank|ORG The Guardian|PLACE The Hague|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/the.tsv" | tr '\n' '|')"
# 32. Copyright files and changelogs: a mail address is no name and no link ("Todd.Miller@
#     courtesan.com"); the words before "<address>" are a person even where a city has
#     the first or last word ("Milan Broz", "Miroslav Kure") and the line reads like a
#     headline; capitals with a plural s are no listed name ("FARs" is not Fars); an acronym
#     its article writes in lower case is not the listed body ("GCC" beside "gcc-12"); a
#     hyphenated word made of lower-case words is no person ("Build-Depends").
cat >"$T/deb.txt" <<'EOT'
gcc-12 (12.2.0-14) unstable; urgency=medium

  * Update Build-Depends for the GCC runtime. Build-Depends said nothing.
  * Regulations (FARs) apply; see build depends.

 -- Daniel Kahn Gillmor <dkg@fifthhorseman.net>  Wed, 27 Apr 2022 17:09:01 -0400

Copyright: 1998 Todd C. Miller <Todd.Miller@courtesan.com>
 2008-2023 Milan Broz <gmazyland@gmail.com>
 Miroslav Kure <kurem@debian.cz>
EOT
ments "$T/deb.txt" >"$T/deb.tsv"
t_eq "copyright and changelog lines" "PERSON Daniel Kahn Gillmor|DATE 27 Apr 2022|PERSON Todd C. Miller|PERSON Milan Broz|PERSON Miroslav Kure|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/deb.tsv" | tr '\n' '|')"
# 33. A word its article also writes in lower case is no place of the corpus, however often
#     it stands after "in" ("in Section", "the Licensor ... a licensor").
mkdir -p "$T/lic"
for i in 1 2 3 4 5 6; do
	printf 'As set out in Licensor terms, in Executable form, the Licensor grants. A licensor may
act, and an executable may run.
' >"$T/lic/$i.txt"
done
ents "$T/lic" >"$T/lic.tsv"
t_eq "defined terms are no places" "" "$(rows PLACE "$T/lic.tsv")"
# 34. An apposition is evidence of a person ("Zadok the priest", "Hushai, the scribe"), and
#     the counties of older English texts are places.
mkdir -p "$T/app"
printf '  1 And Zadok the priest came, and Hushai, the scribe, went down to Somerset.\n' >"$T/app/a.txt"
printf 'She had lived in Wiltshire and in Devonshire before.\n' >"$T/app/b.txt"
ments "$T/app" >"$T/app.tsv"
t_eq "appositions and counties" "PERSON Zadok|PERSON Hushai|PLACE Somerset|PLACE Wiltshire|PLACE Devonshire|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/app.tsv" | tr '\n' '|')"
# 35. Copyright lines and wrapped licence prose are no headlines: a year or "Copyright" first
#     ("2002 Red Hat Inc"), a line that goes on from a line ending mid-sentence ("by the
#     Free\nSoftware Foundation; either", "by Red\nHat, Inc."), or one with a semicolon; a
#     name goes on over such a break, not into a header field ("License:"); an unknown word
#     before an organisation's head starts its name ("1994-2005 Symbian Software Ltd"); a
#     word before a number is a part of a document, no person ("Sections 2.1").
cat >"$T/wrap.txt" <<'EOT'
Files: *
Copyright: 1994-2005 Symbian Software Ltd
 2002 Red Hat Inc
License: GPL-2+
 This program is published by the Free
 Software Foundation; either version 2, or by Red
 Hat, Inc. under Sections 2.1 and 2.2 of the Invariant Sections.
EOT
ments "$T/wrap.txt" >"$T/wrap.tsv"
t_eq "copyright lines and wrapped names" "ORG Symbian Software Ltd|ORG Red Hat|ORG Free Software Foundation|ORG Red Hat|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $6 }' "$T/wrap.tsv" | tr '\n' '|')"
t_eq "a numbered part is no one" "" "$(awk -F'\t' '$7 == "Sections"' "$T/wrap.tsv")"
# 36. A full name no list knows, never with a cue (title, speech verb, apposition, a year or
#     "by" before it, a mailbox), in three articles or more, ending in a word shaped as a
#     common noun, is a phrase, not a person ("Invariant Sections"); the same with a cue
#     somewhere, or in two articles, stays a person.
mkdir -p "$T/phr"
for i in 1 2 3; do
	printf 'Copied with no Invariant Sections and no Front-Cover Texts. Then Zorblat Quimbys came.\n' >"$T/phr/$i.txt"
done
printf 'Later Zorblat Quimbys said no.\n' >"$T/phr/4.txt"
printf 'We met Ulvar Kestrels there. Ulvar Kestrels left.\n' >"$T/phr/5.txt"
printf 'Ulvar Kestrels came back.\n' >"$T/phr/6.txt"
ents "$T/phr" >"$T/phr.tsv"
t_eq "phrases are no persons" "Ulvar Kestrels 2|Zorblat Quimbys 4|" "$(rows PERSON "$T/phr.tsv")"
# 37. A term a licence defines in quotes ('"Licensor" shall mean', '"Covered Code" means') is
#     a common word of its text: no place, no person, however often "in Licensor" stands.
mkdir -p "$T/defn"
for i in 1 2 3 4; do
	printf 'Terms.\n\n1. "Licensor" shall mean the owner. "Covered Code" means the code.\nIt is granted in Licensor terms to Covered Code users in Licensor land.\n' >"$T/defn/$i.txt"
done
ents "$T/defn" >"$T/defn.tsv"
t_eq "defined terms are no names" "" "$(awk -F'\t' 'NR > 1 { print $1 " " $3 }' "$T/defn.tsv")"
# 38. "St." before a name makes a place of a saint's name ("the St. Lawrence River", "the
#     St. Lawrence"), not a person "Lawrence"; after a name it is still a street.
printf 'The St. Lawrence River froze; the St. Lawrence carried ice past 51 Franklin St. in Boston.\n' >"$T/saint.txt"
ments "$T/saint.txt" >"$T/saint.tsv"
t_eq "saints' places" "PLACE St. Lawrence River|PLACE St. Lawrence|PLACE Franklin St|PLACE Boston|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/saint.tsv" | tr '\n' '|')"
# 39. Large software companies are listed organisations, whatever follows them.
printf 'Copyright: 2005-2018, Red Hat <http://www.redhat.com/>\nIt is by Red Hat now, and by International Business Machines.\n' >"$T/co2.txt"
ments "$T/co2.txt" >"$T/co2.tsv"
t_eq "listed companies" "ORG Red Hat|ORG Red Hat|ORG IBM|" \
	"$(awk -F'\t' 'NR > 1 && $4 != "URL" { print $4 " " $6 }' "$T/co2.tsv" | tr '\n' '|')"
# 40. Before a mailbox a place head ends a person's name ("Sunjae Park", "James M. Cape");
#     an organisation's head keeps the organisation ("Debian Install System Team").
printf 'Thanks to Sunjae Park <darehanl@gmail.com> and James M. Cape <jcape@example.tv>, not Debian Install System Team <debian-boot@lists.example.org>, in Cedar Park.\n' >"$T/mb2.txt"
ments "$T/mb2.txt" >"$T/mb2.tsv"
t_eq "mailbox names ending in a head" "PERSON Sunjae Park|PERSON James M. Cape|ORG Debian Install System Team|PLACE Cedar Park|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/mb2.tsv" | tr '\n' '|')"
# 41. A name goes on over the end of a line of wrapped prose after its connector ("the Bank
#     of\nEngland", a listed name "the House of\nRepresentatives"), and "and" joins the two
#     halves of a company's name when an organisation's head ends it ("American Telephone
#     and Telegraph Company", "National Oceanic and Atmospheric Administration"), but not
#     after a whole name, a person or a place, nor before a name of its own.
cat >"$T/wrapand.txt" <<'EOT'
Lines

Yesterday a letter from the National Oceanic and Atmospheric Administration said so,
and a reply came from the American Telephone and
Telegraph Company, which wrote to the House of
Representatives and to the Bank of
England. Then the Britain and France Trade Council members came to see them, with
the International Organization for Standardization and International Electrotechnical
Commission, and Ann Weinberg and Free Software Foundation staff.
EOT
ments "$T/wrapand.txt" >"$T/wrapand.tsv"
t_eq "connectors over a line break and between halves of a name" \
	"ORG National Oceanic and Atmospheric Administration|ORG American Telephone and Telegraph Company|ORG House of Representatives|ORG Bank of England|PLACE Britain|ORG France Trade Council|ORG International Organization for Standardization|ORG International Electrotechnical Commission|PERSON Ann Weinberg|ORG Free Software Foundation|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/wrapand.tsv" | tr '\n' '|')"
# 42. A city named like a person (data/sources/given_name_cities.txt): a listed city is a
#     given name before a family name ("Milan Kundera", "Leon Trotsky", not the "Paris" of
#     "Univ Paris Sud"), and a large city the lists leave out for its given name is the city
#     only in a place's slot or before a state ("mayor of Austin", "Regina, Saskatchewan"),
#     never before a possessive ("in Charlotte's room"), else the given name.
cat >"$T/namecity.txt" <<'EOT'
Names

We read that Milan Kundera lived in Milan, and that Paris Hilton flew to Paris. Leon Trotsky
never saw León. Later the mayor of Austin spoke, and Austin said he would stay in
Charlotte's room in Madison, Wisconsin. Regina Spektor sang in Regina, Saskatchewan, and
Eugene Levy in Eugene, Oregon, where Charlotte met Lincoln. Copies came from Univ Paris Sud XI.
EOT
ments "$T/namecity.txt" >"$T/namecity.tsv"
# (the last line's "Univ Paris Sud XI" is checked on its own below)
t_eq "cities named like people" \
	"PERSON Milan Kundera|PLACE Milan|PERSON Paris Hilton|PLACE Paris|PERSON Leon Trotsky|PLACE León|PLACE Austin|PERSON Austin|PLACE Madison|PLACE Wisconsin|PERSON Regina Spektor|PLACE Regina|PLACE Saskatchewan|PERSON Eugene Levy|PLACE Eugene|PLACE Oregon|PERSON Charlotte|PERSON Lincoln|" \
	"$(awk -F'\t' 'NR > 1 && $7 !~ /Sud/ { print $4 " " $7 }' "$T/namecity.tsv" | sed '$d' | tr '\n' '|')"
t_eq "a given name in the middle of a name is no person's" "PLACE Paris" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/namecity.tsv" | grep 'Paris' | tail -1)"
t_eq "the city of a name is its own entity" "Regina" \
	"$(awk -F'\t' '$4 == "PLACE" && $7 == "Regina" { print $6 }' "$T/namecity.tsv")"
# 43. Unknown words after "The" starting a sentence are a thing or a body, as after "the":
#     a person needs a known name there ("The Annual Message", "The Definitive Guide").
mkdir -p "$T/the"
printf 'Papers\n\nThe Annual Message was read to them on the day. The Definitive Guide came out later,\nand Mary Quimby read The Definitive Guide at home. The Annual Message was long.\n' >"$T/the/a.txt"
ents "$T/the" >"$T/the.tsv"
t_eq "after a sentence's The, unknown words are no person" "Mary Quimby|" "$(persons "$T/the.tsv")"
# 44. Two people side by side, the first named by kinship to the second ("because of Sarai
#     Abram's wife"): two words the article writes alone, the first no known given name, are
#     two people; "Walter Elliot's wife" stays one name.
mkdir -p "$T/kin"
printf 'Kin\n\nIn those days Quilla went to the hill, and Borvath came after her. The people mourned\nbecause of Quilla Borvath'"'"'s wife, and Borvath wept. Later Anna Marsh and Walter Elliot'"'"'s wife came.\n' >"$T/kin/a.txt"
ents "$T/kin" >"$T/kin.tsv"
t_eq "two people named by kinship" "Anna Marsh|Borvath|Quilla|Walter Elliot|" "$(persons "$T/kin.tsv")"
# 45. A known given name after an unknown word, both written alone elsewhere, does not end
#     one name ("from Lachish Joshua passed"): Joshua is the person of the other verses.
mkdir -p "$T/giv"
printf 'Verses\n\nThen the city fell, and Joshua came to Zorbeth with all his men. And from Zorbeth Joshua passed\nunto the hill, and there Joshua said so.\n' >"$T/giv/a.txt"
ents "$T/giv" >"$T/giv.tsv"
t_eq "a given name second is a name of its own" "PERSON Joshua 3|" \
	"$(awk -F'\t' '$1 == "PERSON" { print $1 " " $3 " " $5 }' "$T/giv.tsv" | tr '\n' '|')"
# 46. A place's slot "NOUN of X" holds over the end of a line of wrapped prose ("the king\nof
#     Lachish"), and counts towards the corpus's place words.
mkdir -p "$T/kof"
printf 'Verses\n\nThen they came to the king of Zorbeth, and the men of the land were afraid of the king\nof Zorbeth, for the gates of Zorbeth were shut, and all Israel went up against Zorbeth.\n' >"$T/kof/a.txt"
ents "$T/kof" >"$T/kof.tsv"
t_eq "a wrapped place slot" "Israel 1|Zorbeth 1|" "$(rows PLACE "$T/kof.tsv")"
# 47. A long line full of names, with no full stop, is no Title-Case headline when its
#     sentence goes on in lower case on the next line: its names are read as prose.
printf 'Names\n\nWe read that Florence Nightingale was a nurse, and that Leon Trotsky and Sofia Coppola\nmet Victoria Beckham.\n\nQuimby Meets Zorblat At Last\nby Ann Lee\n' >"$T/runon.txt"
ments "$T/runon.txt" >"$T/runon.tsv"
t_eq "a run-on line is prose" "PERSON Florence Nightingale|PERSON Leon Trotsky|PERSON Sofia Coppola|PERSON Victoria Beckham|PERSON Ann Lee|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/runon.tsv" | tr '\n' '|')"
# 48. An agency's Administrator is a title ("Administrator Charles Bolden" is Charles
#     Bolden); a creek is a place; "Law" stays a family name (Simon Law).
printf 'Releases\n\n"We act," said Administrator Charles Bolden. The grant will clean Rock Creek, said\nRegional Administrator Cosmo Servidio. The award went to Simon Law.\n' >"$T/adm.txt"
ments "$T/adm.txt" >"$T/adm.tsv"
t_eq "Administrator is a title, a creek a place" "PERSON Charles Bolden|PLACE Rock Creek|PERSON Cosmo Servidio|PERSON Simon Law|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$T/adm.tsv" | tr '\n' '|')"
# 49. A signature or byline in capitals is a person's name when a known given name starts
#     it: the family name after it is no acronym ("JAMES MONROE", "DWIGHT D. EISENHOWER").
printf 'Message\n\nWe thank you for the good work of the year, and hope for peace.\n\nJAMES QUORVATH\n\nHELEN T. ZARBOS\n\nNATO TALKS OPEN IN PARIS\n' >"$T/sig.txt"
ments "$T/sig.txt" >"$T/sig.tsv"
t_eq "a signature in capitals is a person" "PERSON JAMES QUORVATH|PERSON HELEN T. ZARBOS|ORG NATO|PLACE PARIS|" \
	"$(spans "$T/sig.tsv")"
# 50. Forms of address are offices, not names: "His Britannic Majesty" is no one, and
#     "His Excellency" is peeled off the name after it like a title.
printf 'Treaty\n\nThe commissioners of His Britannic Majesty met. His Catholic Majesty and His Imperial\nMajesty agreed. His Excellency Juan Quorvath spoke. The Catholic Church stood by.\n' >"$T/maj.txt"
ments "$T/maj.txt" >"$T/maj.tsv"
t_eq "forms of address are no one" "PERSON Juan Quorvath|ORG Catholic Church|" \
	"$(spans "$T/maj.tsv")"
# 51. A lone word that other articles of the corpus write in lower case is a common word
#     there: one "Vantrel said" does not make a person of "that Vantrel" elsewhere.
mkdir -p "$T/lw"
printf 'News\n\nYesterday Vantrel said the talks would go on.\n' >"$T/lw/a.txt"
printf 'News\n\nThe vantrel of the city met, and every vantrel agreed with the Vantrel of the south.\n' >"$T/lw/b.txt"
printf 'News\n\nA vantrel is a council; the vantrel met again with Vantrel envoys.\n' >"$T/lw/c.txt"
printf 'News\n\nRelations with that Vantrel were good, and trade grew.\n' >"$T/lw/d.txt"
ents "$T/lw" >"$T/lw.tsv"
t_eq "a word the corpus writes in lower case needs its own cue" "Vantrel 1|" "$(rows PERSON "$T/lw.tsv")"
# 52. A plural beside its singular is a common noun ("Republics", "Founders"); a title
#     after a determiner and an adjective is its office ("the late King").
mkdir -p "$T/pl"
printf 'News\n\nYesterday Quelmars said no to the plan.\n' >"$T/pl/a.txt"
printf 'News\n\nEnvoys met with two Quelmars in town, and one Quelmar agreed. The late King was\nmourned, and the new King spoke.\n' >"$T/pl/b.txt"
ents "$T/pl" >"$T/pl.tsv"
t_eq "a plural with its singular, an office after an adjective" "Quelmar 1|Quelmars 1|" \
	"$(rows PERSON "$T/pl.tsv")"
# 53. A lone family name after an office ("President Quorvath") links to no full name of
#     another article that no title ever stands before ("Hillary Quorvath"): the corpus
#     names that president in full nowhere.
mkdir -p "$T/tl"
printf 'News\n\nWe thank Hillary Quorvath, a woman who ran against me.\n' >"$T/tl/a.txt"
printf 'News\n\nPresident Quorvath spoke of the retirement age.\n' >"$T/tl/b.txt"
ents "$T/tl" >"$T/tl.tsv"
t_eq "a titled family name is not an untitled namesake" "Hillary Quorvath 1|Quorvath 1|" \
	"$(rows PERSON "$T/tl.tsv")"
# 54. A title before a word the article writes in lower case is no person ("the General
#     Staff" beside "a general staff"); "Philippine" is the Philippines' adjective and
#     "Vera Cruz" an old spelling of Veracruz.
printf 'Army\n\nThe army needs a general staff like the navy, and the General Staff agreed. Philippine\ntrade grew, and Vera Cruz was taken.\n' >"$T/gs.txt"
ments "$T/gs.txt" >"$T/gs.tsv"
t_eq "a title before a common word; old place names" "PLACE Philippines|PLACE Veracruz|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $6 }' "$T/gs.tsv" | tr '\n' '|')"
# 55. A state named after its river is the river after "the", "upper" or "river" and
#     before "rivers" (a place of its own, "Mississippi River", since session 62); "the
#     State of Ohio" and a bare "Mississippi" stay the states.
printf 'Rivers\n\nWest of the Mississippi the tribes live, and the Ohio and Missouri rivers flood, and\nthe upper Missouri too. The State of Ohio and Missouri gave men. Mississippi voted.\n' >"$T/riv.txt"
ments "$T/riv.txt" >"$T/riv.tsv"
t_eq "a river named like its state is not the state" "PLACE Mississippi River|PLACE Ohio River|PLACE Missouri River|PLACE Missouri River|PLACE Ohio|PLACE Missouri|PLACE Mississippi|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $6 }' "$T/riv.tsv" | tr '\n' '|')"
# 56. A name goes on over the end of a long line of an indented block of filled text, and
#     starts on a line that goes on with a sentence ("by the\nFree Software Foundation");
#     a short line (an address, a name) does not run into the next.
printf 'Licence\n\nThis program is free software; you can redistribute it and/or modify it\nunder the terms of the GNU General Public License as published by the\nFree Software Foundation; either version 2.\n\n      Any dispute is subject to the jurisdiction of the Federal Courts of the Northern\n      District of California, with venue in the county.\n\n   Hans Quorvath\n   Permission is granted to copy it.\n' >"$T/wrap.txt"
ments "$T/wrap.txt" >"$T/wrap.tsv"
t_eq "names over wrapped lines" "ORG Free Software Foundation|ORG Federal Courts of the Northern District of California|PERSON Hans Quorvath|" \
	"$(spans "$T/wrap.tsv")"
# 57. A city's name that a middle initial or a name particle and a family name follow is a
#     person's given name ("Artem B. Bityuckiy", "Leon de Boer"); a word with two capitals
#     before small letters ("JGit") is a program, not a place, however often "in" it.
printf 'Credits\n\nCopyright (c) 2003, Artem B. Bityuckiy, SoftMine Corporation. Also\n1996-2000 Leon de Boer and Richard Koerber. We met in Paris and in Rio de Janeiro.\n' >"$T/pc.txt"
ments "$T/pc.txt" >"$T/pc.tsv"
t_eq "a city's name before an initial or a particle is a given name" "PERSON Artem B. Bityuckiy|ORG SoftMine Corporation|PERSON Leon de Boer|PERSON Richard Koerber|PLACE Paris|PLACE Rio de Janeiro|" \
	"$(spans "$T/pc.tsv")"
mkdir -p "$T/jg"
for n in 1 2 3 4; do printf 'Notes\n\nThe patch was merged in JGit and in KDevelop last week, see the log.\n' >"$T/jg/$n.txt"; done
ents "$T/jg" >"$T/jg.tsv"
t_eq "program names are no places" "" "$(rows PLACE "$T/jg.tsv")"
# 58. A holder's two words after a year are a person's name even when the first is a
#     city's ("© 2016 Yiyang Fei"); a word before "field" or "header" is a field's name,
#     not a place however often "in" it.
printf 'Credits\n\nCopyright:\n © 2013 Vasiliy Balyasnyy / Samsung\n © 2016 Yiyang Fei\n In 2016 Paris hosted the games.\n' >"$T/yy.txt"
ments "$T/yy.txt" >"$T/yy.tsv"
t_eq "a holder after a year is a person" "PERSON Vasiliy Balyasnyy|ORG Samsung|PERSON Yiyang Fei|PLACE Paris|" \
	"$(spans "$T/yy.tsv")"
mkdir -p "$T/hp"
for n in 1 2 3 4; do printf 'Changes\n\nUse a secure URI in Homepage field, and move the patch in Quorvath.\n' >"$T/hp/$n.txt"; done
ents "$T/hp" >"$T/hp.tsv"
t_eq "a field's name is no place" "Quorvath 4|" "$(rows PLACE "$T/hp.tsv")"
# 59. A blank line ends a paragraph: no name goes on over it ("The Open Group\n\nPermission
#     to use...", "Zorbic Corporation\n\nZorbic hereby grants": the second "Zorbic" is the
#     company's short name, on its own).
printf 'Licence\n\nCopyright (c) 1993 Zorbic Corporation\n\nZorbic hereby grants you permission to copy it.\n\nCopyright 2003  The Open Group\n\nPermission to use, copy, modify, distribute, and sell this software and its\ndocumentation is granted.\n' >"$T/blank.txt"
ments "$T/blank.txt" >"$T/blank.tsv"
t_eq "no name over a blank line" "ORG Zorbic Corporation|ORG Zorbic|ORG Open Group|" "$(spans "$T/blank.tsv")"
# 60. A title before a common word of the corpus makes no person, in the articles that
#     write it in lower case and in the others ("General Staff"); a name no list knows
#     after a title is still one ("General Quorvath").
mkdir -p "$T/st"
printf 'Army\n\nThe army needs a general staff, and the General Staff agreed.\n' >"$T/st/a.txt"
printf 'Navy\n\nThe navy has a general staff too, and the General Staff met.\n' >"$T/st/b.txt"
printf 'Duty\n\nMany officers went to General Staff duty, said General Quorvath.\n' >"$T/st/c.txt"
ents "$T/st" >"$T/st.tsv"
t_eq "a title before a common word of the corpus" "Quorvath 1|" "$(rows PERSON "$T/st.tsv")"
# 61. A holder after a year whose name starts with a given name and ends in a place's head
#     word is a person ("2004 James M. Cape"), as a mailbox's display name is.
printf 'Credits\n\nCopyright: 2004 Helen Q. Harbour\nWe sailed to Cape Town in 2004.\n' >"$T/cape.txt"
ments "$T/cape.txt" >"$T/cape.tsv"
t_eq "a holder's family name that is a place's head" "PERSON Helen Q. Harbour|PLACE Cape Town|" \
	"$(spans "$T/cape.tsv")"
# 62. A person's name known only in capitals (a signature) is shown as a name is written:
#     "Dwight Q. Vantrel", a Roman numeral kept ("Henry VIII"); Mc and O' as in McCain.
mkdir -p "$T/sig"
for n in 1 2; do printf 'Address\n\nWe met the Senate today, said the President.\n\nDWIGHT Q. VANTREL\n' >"$T/sig/$n.txt"; done
printf 'Letter\n\nThe Senate agreed to the treaty, said Senator Hale.\n\nHENRY VIII\n' >"$T/sig/3.txt"
ents "$T/sig" >"$T/sig.tsv"
t_eq "a name in capitals shown as a name" "Dwight Q. Vantrel 2|Hale 1|Henry VIII 1|" \
	"$(rows PERSON "$T/sig.tsv")"
# 63. Adjectives of race, faith or age that are also names ("Black or White", "a Christian
#     nation", "Young Americans") are no one alone without a cue of their own; the same
#     word in a full name or after a title is a person ("Jack White", "Mr. Brown").
mkdir -p "$T/grp"
printf 'Voters\n\nBlack or White, Christian or not, Young Americans voted, said Jack White.\n' >"$T/grp/a.txt"
printf 'Church\n\nA powerful Christian nation met Black and Brown families, Mr. Brown said.\n' >"$T/grp/b.txt"
ents "$T/grp" >"$T/grp.tsv"
t_eq "adjectives of peoples are no one alone" "Brown 1|Jack White 1|" "$(rows PERSON "$T/grp.tsv")"
# 64. A family name after a title of office is not a full name that the corpus titles only
#     by courtesy when another full name has that family name ("President Biden" beside
#     "First Lady Jill Biden", "Dr. Jill Biden"), nor are its other lone uses in that
#     article; with one full name of the family, it is that name ("Prime Minister
#     Churchill", "Sir Winston Churchill").
mkdir -p "$T/fl"
printf 'Visit\n\nPresident Quorvath met First Lady Mara Quorvath today. Quorvath said the talks went well.\n' >"$T/fl/a.txt"
printf 'Talks\n\nPresident Dan Quorvath spoke. Later Dr. Mara Quorvath spoke too.\n' >"$T/fl/b.txt"
printf 'War\n\nPrime Minister Vantrel spoke, and Sir Hugo Vantrel was cheered.\n' >"$T/fl/c.txt"
ments "$T/fl" >"$T/fl.tsv"
t_eq "an office holder is not a namesake of courtesy" "Dan Quorvath|Mara Quorvath|Quorvath|" \
	"$(awk -F'\t' '$1 ~ /a.txt$/ && $4 == "PERSON" { print $6 }' "$T/fl.tsv" | tr '\n' '|')"
t_eq "one full name of the family takes the office" "Hugo Vantrel|Hugo Vantrel|" \
	"$(awk -F'\t' '$1 ~ /c.txt$/ && $4 == "PERSON" { print $6 }' "$T/fl.tsv" | tr '\n' '|')"
# 65. Religions and their branches are no one ("radical Islam", "Shi'a extremists"); a
#     Legion is an organisation ("the Quorvath Legion"), a Month an event, not annotated
#     ("Vantrel Heritage Month").
mkdir -p "$T/rel"
for n in 1 2 3; do printf 'Faith\n\nLet the skeptics look to Islam and its history. Shi'"'"'a and Sunni leaders met, said Islam scholars.\nThe Quorvath Legion marched in Vantrel Heritage Month.\n' >"$T/rel/$n.txt"; done
ents "$T/rel" >"$T/rel.tsv"
t_eq "religions are no one; Legion, Month" "ORG Quorvath Legion 3|" \
	"$(awk -F'\t' '$1 == "PERSON" || $1 == "ORG" { print $1 " " $3 " " $4 }' "$T/rel.tsv" | tr '\n' '|')"
# 66. Two unknown words are no person when the last is a plural whose singular the article
#     writes ("Tribal Nations" beside "each nation"); a Proclamation is a document.
printf 'Council\n\nThe leaders of Quorvath Nations met today, and each nation sent two chiefs. The Vantrel Proclamation was read.\n' >"$T/pl.txt"
ments "$T/pl.txt" >"$T/pl.tsv"
t_eq "a name ends in no common plural" "" "$(spans "$T/pl.tsv")"
# 67. The department in a secretary's title is part of the title, not of the name
#     ("Secretary of Homeland Security Alejandro Mayorkas", "of Veterans Affairs").
printf 'Meeting\n\nWe met Secretary of Homeland Security Alejandro Vantrel and Secretary of Veterans Affairs Denis Quorvath today.\n' >"$T/sec.txt"
ments "$T/sec.txt" >"$T/sec.tsv"
t_eq "a department inside a title" "PERSON Alejandro Vantrel|PERSON Denis Quorvath|" "$(spans "$T/sec.tsv")"
# 68. A law's name goes on over a lower-case connector to its head ("George Floyd Justice
#     in Policing Act"): the whole is a law, not annotated, and no person is inside it.
printf 'Law\n\nCongress must pass the Dana Miller Justice in Policing Act this year.\n' >"$T/act.txt"
ments "$T/act.txt" >"$T/act.tsv"
t_eq "a law over a connector" "ORG Congress|" "$(spans "$T/act.tsv")"
# 69. "Imperial Government", "Task Force", "Advisory Council" name a different body in each
#     article that does not say whose; a Chamber is an organisation ("the Quorvath Area
#     Chamber"), a hurricane an event ("Hurricane Vantrel").
mkdir -p "$T/gen2"
printf 'Japan\n\nThe Imperial Government agreed with Japan. The Imperial Government said so, and a Task Force met.\n' >"$T/gen2/a.txt"
printf 'Russia\n\nThe Imperial Government replied to the Tsar, and the Task Force and the Advisory Council met.\n' >"$T/gen2/b.txt"
printf 'Storm\n\nAfter Hurricane Vantrel, the Quorvath Area Chamber and the Advisory Council met.\n' >"$T/gen2/c.txt"
ents "$T/gen2" >"$T/gen2.tsv"
t_eq "generic bodies of no one, chambers, hurricanes" "Imperial Government 1|Imperial Government 1|Quorvath Area Chamber 1|" \
	"$(awk -F'\t' 'NR > 1 && $1 != "PLACE" && $1 != "DATE" { print $3 " " $4 }' "$T/gen2.tsv" | sort | grep -v "Advisory Council 1\|Task Force 1" | tr '\n' '|')"
t_eq "one row for each generic body of an article" "6" \
	"$(awk -F'\t' '$3 == "Advisory Council" || $3 == "Task Force" || $3 == "Imperial Government"' "$T/gen2.tsv" | wc -l | tr -d ' ')"
# 70. A name before a possessive feast or season is inside an event ("Saint Patrick's
#     Day"), not counted; before other heads it is still a name ("Quorvath's War").
printf 'Feast\n\nWe mark Saint Quorvath'"'"'s Day and Mother'"'"'s Day. Vantrel'"'"'s War goes on, said General Vantrel.\n' >"$T/feast.txt"
ments "$T/feast.txt" >"$T/feast.tsv"
t_eq "names inside feasts" "PERSON Vantrel|PERSON Vantrel|" "$(spans "$T/feast.tsv")"
# 71. A lone family name after an office is the one full name of the family that the corpus
#     writes after an office ("President Quorvath" is "President Dana Quorvath", not the
#     Reverend Jesse Quorvath nor an untitled Lee Quorvath).
mkdir -p "$T/fam"
printf 'One\n\nPresident Dana Quorvath spoke, and the Reverend Jesse Quorvath prayed.\n' >"$T/fam/a.txt"
printf 'Two\n\nThe law of President Quorvath stood.\n' >"$T/fam/b.txt"
printf 'Three\n\nLee Quorvath wrote to Dana Quorvath about it.\n' >"$T/fam/c.txt"
ments "$T/fam" >"$T/fam.tsv"
t_eq "a lone name after an office" "Dana Quorvath" \
	"$(awk -F'\t' '$1 ~ /b.txt$/ && $4 == "PERSON" { print $6 }' "$T/fam.tsv")"
# 72. The "Jr." after a name is no name of its own, and the name is read without it
#     ("Joseph R. Biden Jr.", "Clarence A. Nesbitt, Jr.").
printf 'Board\n\nPresident Dana R. Quorvath Jr. spoke with Lee Vantrel, Jr., today.\n' >"$T/jr.txt"
ments "$T/jr.txt" >"$T/jr.tsv"
t_eq "no Jr of its own" "PERSON Dana R. Quorvath|PERSON Lee Vantrel|" "$(spans "$T/jr.tsv")"
# 73. An unknown adjective in -al or -ic before a plural is a field or a body, no person's
#     name ("Islamic Studies", "Tribal Nations"), and before a lower-case noun after "in" no
#     place ("in Tribal communities").
printf 'Aid\n\nThe grants went to Quorvatic Studies and to Vantral Nations, said Jake Miller.\n' >"$T/adj1.txt"
ments "$T/adj1.txt" >"$T/adj1.tsv"
t_eq "an adjective before a plural" "PERSON Jake Miller|" "$(spans "$T/adj1.tsv")"
mkdir -p "$T/adj"
for n in 1 2 3; do printf 'Aid\n\nPrograms in Vantral communities grew this year, said Jake Miller.\n' >"$T/adj/$n.txt"; done
ents "$T/adj" >"$T/adj.tsv"
t_eq "an adjective after in" "" "$(rows PLACE "$T/adj.tsv")"
# 74. Where two office holders of a family have other given names ("President Theodore
#     Vantrel", "President Franklin Vantrel"), a family name after an office joins the
#     article's full name only where the article gives that name its office: beside an
#     untitled "Theodore Vantrel", "President Vantrel" may be Franklin.
mkdir -p "$T/riv2"
printf 'One\n\nPresident Theodore Vantrel spoke.\n' >"$T/riv2/a.txt"
printf 'Two\n\nPresident Franklin Vantrel spoke.\n' >"$T/riv2/b.txt"
printf 'Three\n\nTheodore Vantrel built canals. Later President Vantrel built dams.\n' >"$T/riv2/c.txt"
printf 'Four\n\nPresident Theodore Vantrel built canals, and President Vantrel was proud.\n' >"$T/riv2/d.txt"
ments "$T/riv2" >"$T/riv2.tsv"
t_eq "an office holder beside an untitled namesake" "c.txt Vantrel|d.txt Theodore Vantrel|" \
	"$(awk -F'\t' '$1 ~ /[cd].txt$/ && $7 == "Vantrel" { n = $1; sub(/.*\//, "", n); print n " " $6 }' "$T/riv2.tsv" | tr '\n' '|')"
# 75. "Mrs. Quorvath" in articles that name no Quorvath in full is a person of her own where
#     the corpus writes "Vice President Quorvath": not the office holder's row. So is "Mrs.
#     Vantrel" beside "Mr. Vantrel" (round 13: a man's and a woman's honorific before one
#     family name are two people; she is shown with hers); "Vantrel said" stays with Mr.
#     Vantrel's row.
mkdir -p "$T/mrs"
printf 'One\n\nUnder Vice President Quorvath, we cut waste.\n' >"$T/mrs/a.txt"
printf 'Two\n\nThanks to Vice President Quorvath, the payroll fell. Mrs. Quorvath spoke of parents.\n' >"$T/mrs/b.txt"
printf 'Three\n\nMr. Vantrel and Mrs. Vantrel came. Vantrel said little.\n' >"$T/mrs/c.txt"
ents "$T/mrs" >"$T/mrs.tsv"
t_eq "a woman's honorific beside an office" "Mrs. Quorvath 1|Mrs. Vantrel 1|Quorvath 2|Vantrel 1|" "$(rows PERSON "$T/mrs.tsv")"
# 76. A family name after a given name and its middle initial belongs to the name even
#     where the line is a signature and its words are untrusted ("Marlon J. Quellbrand"
#     alone, or in a column beside the other signatory); four or more blanks between two
#     words are a column's gap, not one name.
mkdir -p "$T/ini"
printf 'Framework\n\nFor the Republic of Vantralia:\n\nMarlon J. Quellbrand\n' >"$T/ini/a.txt"
printf 'Framework\n\nThe deal was good, said Helena Tamberlane.\n\nSigned:\n\nMarlon J. Quellbrand                          Helena Tamberlane\n' >"$T/ini/b.txt"
printf 'Framework\n\nThe deal was good, said Helena Tamberlane.\n\nSigned:\n\nMarlon Quellbrand                          Helena Tamberlane\n' >"$T/ini/c.txt"
ments "$T/ini" >"$T/ini.tsv"
t_eq "a family name after a middle initial; columns" \
	"Marlon J. Quellbrand|Helena Tamberlane|Marlon J. Quellbrand|Helena Tamberlane|Helena Tamberlane|Marlon Quellbrand|Helena Tamberlane|" \
	"$(awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' "$T/ini.tsv" | tr '\n' '|')"
# 77. An organisation's name goes on over "for", "of" or "and" at the end of a wrapped
#     line to capitalised words that only the new line made untrusted ("the Norland Agency
#     for\nCoastal Development"), also in a list item whose lines hang under its text.
mkdir -p "$T/wrapc"
printf 'Grants\n\nThe families were paid on time this year, and next year they will add more to the Norland Agency for\nCoastal Development, said the report.\n' >"$T/wrapc/a.txt"
printf 'Grants\n\n    -   The families were paid on time this year, and more will go to the Vantral Office of\n        Tidal Works and Harbours, said the report.\n' >"$T/wrapc/b.txt"
ments "$T/wrapc" >"$T/wrapc.tsv"
t_eq "a connector at the end of a wrapped line" \
	"ORG Norland Agency for Coastal Development|ORG Vantral Office of Tidal Works and Harbours|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $6 }' "$T/wrapc.tsv" | tr '\n' '|')"
#     The word after the connector may be a common word ("of\nHealth", "for\nInternational").
mkdir -p "$T/wrapd"
printf 'Grants\n\nThe families were paid on time this year, and next year the Vantral Ministry of\nHealth and Tidal Affairs will add more, said the report.\n' >"$T/wrapd/a.txt"
ments "$T/wrapd" >"$T/wrapd.tsv"
t_eq "a common word after a wrapped connector" "ORG Vantral Ministry of Health and Tidal Affairs|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $6 }' "$T/wrapd.tsv" | tr '\n' '|')"
# 78. An unqualified generic body is the one of the country its article names most: two
#     articles naming Norway most give one "Supreme Court" of two articles, one naming
#     Chile another; one naming both as often, or neither, a body of its own.
mkdir -p "$T/home"
printf 'One\n\nNorway will grow, and in Norway the Supreme Court met on Monday.\n' >"$T/home/a.txt"
printf 'Two\n\nOn Monday the Supreme Court voted, and Norway agreed. Norway is calm.\n' >"$T/home/b.txt"
printf 'Three\n\nChile waited while the Supreme Court sat in Chile.\n' >"$T/home/c.txt"
printf 'Four\n\nNorway and Chile met; later the Supreme Court said nothing.\n' >"$T/home/d.txt"
printf 'Five\n\nAt dusk the Supreme Court sat late into the night.\n' >"$T/home/e.txt"
ents "$T/home" >"$T/home.tsv"
t_eq "generic bodies of the country an article names most" \
	"Supreme Court 1|Supreme Court 1|Supreme Court 1|Supreme Court 2|" "$(rows ORG "$T/home.tsv")"
# 79. "The" of an outlet's name ("The National", "The Hill") is no part of a longer name
#     that starts a sentence: "The National Assembly voted" names the National Assembly;
#     the outlets themselves keep it.
printf 'Vote\n\nThe National Assembly voted. The National Guard came. The National said so, and The Hill agreed.\n' >"$T/theo.txt"
ments "$T/theo.txt" >"$T/theo.tsv"
t_eq "an outlet's The before a longer name" \
	"ORG National Assembly|ORG National Guard|ORG The National|ORG The Hill|" "$(spans "$T/theo.tsv")"
# 80. A national body the corpus gives one country (3 of 4 of the articles that imply one)
#     is that country's in an article that names no country, or names it, if not most: the
#     "Congress" of speeches on China is still the Congress of the corpus's country.
mkdir -p "$T/home2"
for i in 1 2 3 4 5 6 7; do
	printf 'Day %s\n\nIn Norway the Supreme Court met, and Norway listened.\n' "$i" >"$T/home2/n$i.txt"
done
printf 'Talks\n\nChile and Chile again, said Norway; the Supreme Court agreed.\n' >"$T/home2/m.txt"
printf 'Late\n\nAt dusk the Supreme Court sat late into the night.\n' >"$T/home2/z.txt"
printf 'South\n\nIn Chile the Supreme Court ruled, and Chile waited.\n' >"$T/home2/c.txt"
ents "$T/home2" >"$T/home2.tsv"
t_eq "a body the corpus gives one country" "Supreme Court 1|Supreme Court 9|" \
	"$(rows ORG "$T/home2.tsv")"
# 81. A country's armed services are national bodies too: the Air Force of two articles
#     naming Norway most is one, Chile's another.
mkdir -p "$T/home3"
printf 'One\n\nNorway will grow, and in Norway the Air Force flew on Monday.\n' >"$T/home3/a.txt"
printf 'Two\n\nOn Monday the Air Force flew, and Norway agreed. Norway is calm.\n' >"$T/home3/b.txt"
printf 'Three\n\nChile waited while the Air Force flew over Chile.\n' >"$T/home3/c.txt"
ents "$T/home3" >"$T/home3.tsv"
t_eq "armed services of the country an article names most" "Air Force 1|Air Force 2|" \
	"$(rows ORG "$T/home3.tsv")"
# 82. A party the name lists know ("Democrats": the Democratic Party) is one row with the
#     party its country's articles write without the country; a majority ("a Democratic
#     Congress") is no body of the country.
mkdir -p "$T/party"
printf 'A\n\nIn America the Democratic Party met, said America.\n' >"$T/party/a.txt"
printf 'B\n\nAmerica voted, and the Democratic Party won in America.\n' >"$T/party/b.txt"
printf 'C\n\nIn America the Democratic Party lost, and America moved on.\n' >"$T/party/c.txt"
printf 'D\n\nThe Democrats said no on Monday.\n' >"$T/party/d.txt"
printf 'E\n\nOn Monday the Democrats agreed.\n' >"$T/party/e.txt"
printf 'F\n\nAmerica elected a Democratic Congress, said America.\n' >"$T/party/f.txt"
ents "$T/party" >"$T/party.tsv"
t_eq "a known party and its country's" "Democratic Congress 1|Democratic Party 5|" \
	"$(rows ORG "$T/party.tsv")"
# 83. A generic surface the name lists give one body ("the Security Council": the United
#     Nations') is that body in every article, not one a country or an article.
mkdir -p "$T/unsc"
printf 'A\n\nOn Monday the Security Council met in New York.\n' >"$T/unsc/a.txt"
printf 'B\n\nLater the Security Council voted on the resolution.\n' >"$T/unsc/b.txt"
printf 'C\n\nThe UN Security Council met again.\n' >"$T/unsc/c.txt"
ents "$T/unsc" >"$T/unsc.tsv"
t_eq "a known body with a generic name" "United Nations Security Council 3|" \
	"$(rows ORG "$T/unsc.tsv")"
# 84. First-level subdivisions of every country are places (data/regions.tsv: "North Kivu",
#     "Aceh", "Tigray" were a person or nothing); after a title, one is a person's name, as
#     a town's is ("General Westmoreland").
printf 'Regions\n\nFighting went on in North Kivu and Aceh on Monday, said General Westmoreland. Tigray was calm.\n' >"$T/reg.txt"
ments "$T/reg.txt" >"$T/reg.tsv"
t_eq "subdivisions are places" "PLACE North Kivu|PLACE Aceh|PERSON Westmoreland|PLACE Tigray|" \
	"$(spans "$T/reg.tsv")"
# 85. Head words of Arabic names of armed groups come first ("Ansar", "Asa'ib", "Jabhat",
#     "Hay'at"): the group is an organisation, not a person cut short.
printf "Groups\n\nFighters of Ansar al-Islam and Asa'ib Ahl al-Haq attacked, and Jabhat al-Nusra and Hay'at Tahrir al-Sham answered.\n" >"$T/grp.txt"
ments "$T/grp.txt" >"$T/grp.tsv"
t_eq "armed groups named in Arabic" \
	"ORG Ansar al-Islam|ORG Asa'ib Ahl al-Haq|ORG Jabhat al-Nusra|ORG Hay'at Tahrir al-Sham|" \
	"$(spans "$T/grp.tsv")"
t_end
