# tests/cli/entity_report.sh -- entity rules of issue 15 from round 61 (the Mueller report, 241 sections of a long report with footnotes): a family name before an interview's date, two family names side by side, a person named in full once a section and by the family name in every other. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A report's footnotes cite interviews by the witness and the date ("Bannon 2/14/18
#    302, at 5"): a word before a number was a part of a document ("Section 3"), so the
#    family name counted as written in lower case and joined no full name ("Bannon" of
#    13 sections apart from Steve Bannon). A date is no section number.
mkdir -p "$T/cite"
printf 'The Transition\n\nMarch 3, 2017\n\nStellan Vorbeck, the campaign strategist, met the donors. Vorbeck said the plan was sound.\n' >"$T/cite/a.txt"
printf 'The Firing\n\nMay 9, 2017\n\nAt the time, Vorbeck recalled the meeting.[1] Later that day, Vorbeck told the others to wait.[2]\n\nNotes\n\n[1] Vorbeck 2/14/18 302, at 5; Halloran 3/2/18 302, at 1.\n[2] Vorbeck 3/1/18 302, at 2.\n' >"$T/cite/b.txt"
t_eq "a family name before an interview's date" \
	"b.txt Stellan Vorbeck|b.txt Stellan Vorbeck|b.txt Stellan Vorbeck|b.txt Stellan Vorbeck|" \
	"$(given "$T/cite" Vorbeck | tr '|' '\n' | grep '^b' | tr '\n' '|')"

# 2. Two family names side by side in quoted notes ("—Bannon Priebus—came out okay") made
#    a full name whose first word counted as a given name, and a given name alone is no
#    namesake's family name ("James" is not LeBron James): the report's hundred "Bannon"
#    were no one's. A word no list knows as a given name weighs less than a listed one.
mkdir -p "$T/pair"
printf 'Campaign\n\nJune 1, 2016\n\nStellan Vorbeck joined. Stellan Vorbeck spoke. Stellan Vorbeck left, and Stellan Vorbeck came back.\n' >"$T/pair/a.txt"
printf 'Notes\n\nJune 9, 2016\n\nHis notes read: \xe2\x80\x9cDon[:] discussion in June.\xe2\x80\x94Vorbeck Halloran\xe2\x80\x94came out okay.\xe2\x80\x9d\n' >"$T/pair/b.txt"
printf 'Later\n\nJuly 2, 2016\n\nVorbeck said the plan was good.\n' >"$T/pair/c.txt"
t_eq "two family names are no given name" "c.txt Stellan Vorbeck|" "$(given "$T/pair" Vorbeck | tr '|' '\n' | grep '^c' | tr '\n' '|')"

# 3. A report names a person in full once, in the section that brings him in, and by the
#    family name in every section after ("Hope Hicks" 6 times, "Hicks" 104 times in 16
#    other sections): the lone name was far more frequent than the full name and joined
#    none. The person's mentions in the sections that name him in full weigh now.
mkdir -p "$T/once"
printf 'Part One\n\nApril 1, 2017\n\nThe counsel, Annika Quell, objected. Quell wrote a memo. Quell called the office. Quell waited. Quell left.\n' >"$T/once/a.txt"
printf 'Part Two\n\nApril 9, 2017\n\nThe deputy, Annika Quell, spoke. Quell agreed. Quell wrote back. Quell resigned. Quell returned.\n' >"$T/once/b.txt"
for f in c d e f; do
	printf 'Part %s\n\nMay 2, 2017\n\nQuell said no. Quell told the others. Quell recalled it. Quell wrote it down. Quell left early.\n' "$f" >"$T/once/$f.txt"
done
t_eq "a person named in full once a section" "Annika Quell|" \
	"$(ments "$T/once" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $6 }' | sort -u | tr '\n' '|')"

# 4. A report's footnotes cite cases by the law report's volume and page ("312 F. Supp. 3d
#    60", "138 S. Ct. 1101"): "F. Supp" and "S. Ct" were people of 11 and 10 mentions.
mkdir -p "$T/law"
printf 'Law\n\nMay 2, 2019\n\nSee United States v. Halloran, 312 F. Supp. 3d 60, 79 (D.D.C. 2018); Marinello v. United States, 138 S. Ct. 1101, 1106 (2018); see Shaw, 137 S. Ct. at 458; 19 O.L.C. Op. 350; the Act, 5 U.S.C. App., and 28 U.S.C. \xc2\xa7 458. Justice Kennedy wrote for the Court.\n' >"$T/law/a.txt"
t_eq "a law report is no one" "Kennedy|" \
	"$(ments "$T/law" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 5. A book of rules by its name is a work, no one's: "See Justice Manual § 9-27.000" was a
#    person "Manual" (19 mentions), "Justice" read as a judge's title.
mkdir -p "$T/manual"
printf 'Principles\n\nSee Justice Manual \xc2\xa7 9-27.000 (2018). The standard set forth in the Justice Manual is whether the conduct is a crime; the Army Field Manual and the Staff Handbook say more.\n' >"$T/manual/a.txt"
t_eq "a manual is no one" "" \
	"$(ments "$T/manual" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 6. After a title, a listed family name before common words only is the person, and the
#    rest the title of a speech or an article cited in Title Case: "President Trump
#    Remarks on Tax Reform" was a person "Trump Remarks" (a report's footnotes, 8), and
#    "President Trump Designates ..." of the White House's headlines "Trump Designates".
mkdir -p "$T/cited"
printf 'Notes\n\n[12] President Trump Remarks on Tax Reform, C-SPAN (Dec. 2, 2017).\n[13] President Trump Departure Remarks, C-SPAN (June 15, 2018).\n' >"$T/cited/a.txt"
t_eq "a speech cited by its title" "Trump|Trump|" \
	"$(ments "$T/cited" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 7. A seat of power is its building where one goes to it or leaves it, as "in the
#    Kremlin" (RULES.md 5): "Priebus brought him to the Oval Office", "Sessions left the
#    Oval Office" were the body (a row of 11 articles beside the place's 17). The Oval
#    Office is a room, no body ("the March 22 Oval Office meeting").
mkdir -p "$T/seat"
printf 'Meeting\n\nPriebus brought him to the White House. Later Sessions left the Pentagon, and the President said the White House would decide. The March 22 Oval Office meeting ran long.\n' >"$T/seat/a.txt"
t_eq "a seat's building" "PLACE White House|PLACE Pentagon|ORG White House|PLACE Oval Office|" \
	"$(ments "$T/seat" | awk -F'\t' 'NR > 1 && $4 != "PERSON" && $4 != "DATE" { print $4 " " $7 }' | tr '\n' '|')"

# 8. A diary and a briefing by their names are records and events, no bodies: "the
#    President's Daily Diary" (16) and the "White House Daily Briefing" of a recording
#    cited (11) were organisations.
mkdir -p "$T/diary"
printf 'Records

The President\x27s Daily Diary confirms the dinner. See White House Daily Briefing, C-SPAN (May 10, 2017).\n' >"$T/diary/a.txt"
t_eq "a diary and a briefing are no bodies" "C-SPAN|" \
	"$(ments "$T/diary" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $7 }' | tr '\n' '|')"

# 9. A given name, a listed family name and common words only are a thing named for its
#    person, as the family name and common words are (case 2 of entity_almanac.sh): "the
#    Martha Stewart Everyday brand" (a wire story), "Kirill Dmitriev Biography" (a cited
#    web page), "Henry Ford Health System" were people.
mkdir -p "$T/brand"
printf 'Retail\n\nThe Martha Stewart Everyday brand is sold at Kmart. See Kirill Dmitriev Biography, Fund website. Kirill Dmitriev said the fund would invest.\n' >"$T/brand/a.txt"
t_eq "a brand named for its person" "Kirill Dmitriev|" \
	"$(ments "$T/brand" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 10. A heading's Title Case made a full name after an office of a verb and a family
#     name ("The President Directs Trump Jr.'s Response ...": "Directs Trump"), a rival
#     holder of the office: no "President Trump" of the report joined Donald Trump, even
#     where its section names him in full (253 mentions). A full name written once that
#     opens with a common word no list knows as a given name is no one's rival.
mkdir -p "$T/rival"
printf 'The President Directs Vorbeck Jr.\x27s Response to Press Inquiries\n\nJuly 8, 2017\n\nThe statement was drafted on the plane.\n' >"$T/rival/a.txt"
printf 'Inauguration\n\nJanuary 20, 2017\n\nPresident Tomas Vorbeck took the oath.\n' >"$T/rival/b.txt"
printf 'Responses\n\nMay 2, 2017\n\nWritten Responses of Tomas Vorbeck were filed. The office asked President Vorbeck about the plan.\n' >"$T/rival/c.txt"
t_eq "a heading's verb is no rival" "c.txt Tomas Vorbeck|" "$(given "$T/rival" Vorbeck | tr '|' '\n' | grep '^c' | tr '\n' '|')"

# 11. "Jr." names a son after his father: the Mueller report's "Donald J. Trump Jr." (88
#     mentions) and "Trump Jr." (78) were Donald Trump, a third of that row. Where the
#     corpus writes the family name and "Jr." alone three times, every name of the family
#     before "Jr." is the son's; else "Jr." is the man's formal name ("Vincent A. Cianci
#     Jr." beside "Cianci", one man).
mkdir -p "$T/junior"
printf 'The Meeting\n\nJune 3, 2016\n\nTomas Vorbeck Jr. agreed to meet the lawyer. Vorbeck Jr. wrote back, and Vorbeck Jr. forwarded it.\n' >"$T/junior/a.txt"
printf 'The Campaign\n\nJune 9, 2016\n\nTomas Vorbeck spoke in Ohio. Vorbeck said the polls were wrong. Vorbeck Jr. was not there.\n' >"$T/junior/b.txt"
printf 'The Mayor\n\nMay 2, 2001\n\nMayor Alden Q. Pirro Jr. was indicted. Pirro said he was innocent. Pirro Jr. left.\n' >"$T/junior/c.txt"
t_eq "a son apart from his father" "Tomas Vorbeck Jr.|Tomas Vorbeck|Alden Q. Pirro|" \
	"$(ments "$T/junior" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $6 }' | awk '!s[$0]++' | tr '\n' '|')"
t_eq "the son's mentions" "a.txt Tomas Vorbeck Jr.|a.txt Tomas Vorbeck Jr.|b.txt Tomas Vorbeck|b.txt Tomas Vorbeck Jr.|" \
	"$(given "$T/junior" Vorbeck)"

# 12. A people's word says which of two places of one name an article means: "the
#     Georgian government" is the country's, though the corpus's other articles write
#     the state ("Governor of Georgia", "Atlanta, Georgia"); the White House's statement
#     on a lab "in the country of Georgia" was the state's.
mkdir -p "$T/sense"
printf 'Storm\n\nMay 2, 2023\n\nThe Governor of Georgia spoke in Atlanta, Georgia, after the storm.\n' >"$T/sense/a.txt"
printf 'Labs\n\nMay 9, 2023\n\nRussia accused the United States of running a lab in Georgia, to destabilize the Georgian government.\n' >"$T/sense/b.txt"
t_eq "a people's word picks the country" "Georgia|Georgia|" \
	"$(ments "$T/sense" | awk -F'\t' 'NR > 1 && $1 ~ /b.txt$/ && $7 ~ /^Georgia/ { print $6 }' | tr '\n' '|')"

# 13. "The Biden administration" is its head's, as after his title: 98 of the White
#     House's briefings were a row "Biden" apart from Joe Biden (the family's son is
#     named in full as often); and no one's who holds another office ("since the Carter
#     administration" is not Secretary Ash Carter's).
mkdir -p "$T/admin"
printf 'Inauguration\n\nJanuary 20, 2021\n\nPresident Tomas Vorbeck took the oath. His son Emil Vorbeck watched.\n' >"$T/admin/a.txt"
printf 'Hearing\n\nMay 2, 2021\n\nEmil Vorbeck testified in March. Emil Vorbeck left.\n' >"$T/admin/b.txt"
printf 'Policy\n\nJune 2, 2021\n\nOn Tuesday the Vorbeck administration announced new rules.\n' >"$T/admin/c.txt"
printf 'Defense\n\nJuly 2, 2021\n\nSecretary Ilan Pirro spoke at the base.\n' >"$T/admin/d.txt"
printf 'Judges\n\nJuly 9, 2021\n\nJudges confirmed since the Pirro administration doubled.\n' >"$T/admin/e.txt"
t_eq "an administration's head" "c.txt Tomas Vorbeck|" "$(given "$T/admin" Vorbeck | tr '|' '\n' | grep '^c' | tr '\n' '|')"
t_eq "and no other office's holder" "e.txt Pirro|" "$(given "$T/admin" Pirro | tr '|' '\n' | grep '^e' | tr '\n' '|')"

# 14. A school named by its grade alone is a body: "Sandy Hook Elementary" of a speech and
#     "Robb Elementary" of a statement were people.
mkdir -p "$T/school"
printf 'Uvalde\n\nThe children of Robb Elementary were remembered. Elementary schools closed early.\n' >"$T/school/a.txt"
t_eq "a school by its grade" "PLACE Uvalde|ORG Robb Elementary|" \
	"$(ments "$T/school" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 15. Bodies and anthems named in their own languages (The World Factbook's fields):
#     "Federaal Parlement", "Föderales Parlament", "Assembleia da Republica",
#     "Communaute Financiere Africaine" were people, and "Himno Nacional" (10 profiles).
mkdir -p "$T/native"
printf 'Belgium\n\nlegislative branch: Federaal Parlement; Föderales Parlament; Assembleia da Republica. currency: Communaute Financiere Africaine franc. national anthem: "Himno Nacional" (National Anthem).\n' >"$T/native/a.txt"
t_eq "bodies and anthems in their languages" "ORG Federaal Parlement|ORG Föderales Parlament|ORG Assembleia da Republica|ORG Communaute Financiere Africaine|" \
	"$(ments "$T/native" | awk -F'\t' 'NR > 1 && $4 != "PLACE" { print $4 " " $7 }' | tr '\n' '|')"

# 16. Spanish features head first: "the Río de la Plata" was a person "de la Plata" (the
#     Factbook's "Río" the city Rio de Janeiro), "Rio Bravo" and "Rio Hondo" of old
#     messages no one; "Rio Janeiro" is Rio de Janeiro under its older spelling.
mkdir -p "$T/rio"
printf 'Rivers\n\nThe United Provinces of the Río de la Plata declared independence; troops crossed the Rio Bravo near Cabo San Lucas, and a minister went to Rio Janeiro.\n' >"$T/rio/a.txt"
t_eq "Spanish features" "Río de la Plata|Rio Bravo|Cabo San Lucas|Rio de Janeiro|" \
	"$(ments "$T/rio" | awk -F'\t' 'NR > 1 { print $6 }' | tr '\n' '|')"

# 17. A phrase a foreign article opens is no one ("Het Wilhelmus", "Das World Factbook",
#     "Les Misérables"); a port is a place ("Puerto Barrios"); Mara Salvatrucha is a
#     gang, MS-13; "Puerto Ricans" are Puerto Rico's people.
mkdir -p "$T/foreign"
printf 'Anthems\n\nnational anthem: "Het Wilhelmus"; Das World Factbook; ports: Puerto Barrios; gangs: Mara Salvatrucha (MS-13). Puerto Ricans voted. Les Misérables played.\n' >"$T/foreign/a.txt"
t_eq "foreign phrases, ports, a gang" "PLACE Puerto Barrios|ORG Mara Salvatrucha|ORG Mara Salvatrucha|PLACE Puerto Rico|" \
	"$(ments "$T/foreign" | awk -F'\t' 'NR > 1 { print $4 " " $6 }' | tr '\n' '|')"

# 18. A headline's verb ends the name before it ("President Biden Announces New Plan"),
#     but not after a "the" of prose: "the Trump Tax Cuts" of the round-ups was a person
#     "Trump Tax" (16 mentions), "Cuts" read as a headline's verb.
mkdir -p "$T/cuts"
printf 'Wins\n\nIt makes the Trump Tax Cuts permanent. The Trump Tax Cuts grew.\n' >"$T/cuts/a.txt"
t_eq "a name's capitals after the" "" \
	"$(ments "$T/cuts" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 19. A slogan on the press is no outlet: "the Fake News media" was an organisation of
#     nine round-ups and of the report's notes.
mkdir -p "$T/fake"
printf 'Media\n\nThe Fake News media lied again, Fox News said.\n' >"$T/fake/a.txt"
t_eq "a slogan is no outlet" "Fox News|" \
	"$(ments "$T/fake" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $7 }' | tr '\n' '|')"

# 20. A city the lists place in one country names it before a comma: "Batumi, Georgia"
#     (twice in the report) was the US state, as "Atlanta, Georgia" is.
mkdir -p "$T/batumi"
printf 'Towers\n\nMay 2, 2015\n\nThe Governor of Georgia spoke in Atlanta, Georgia.\n' >"$T/batumi/a.txt"
printf 'Hotels\n\nMay 9, 2015\n\nThe company planned a hotel in Batumi, Georgia.\n' >"$T/batumi/b.txt"
t_eq "a city names its country" "Georgia|" \
	"$(ments "$T/batumi" | awk -F'\t' 'NR > 1 && $1 ~ /b.txt$/ && $7 == "Georgia" { print $6 }' | tr '\n' '|')"

# 21. An honorific of no sex before a family name of several people ("Dr. Biden", 12 of
#     the briefings) is the one the corpus titles so or by courtesy and by no office ("Dr.
#     Jill Biden", "First Lady Jill Biden"), not the office holder nor the untitled son.
mkdir -p "$T/dr"
printf 'Inauguration\n\nJanuary 20, 2021\n\nPresident Tomas Vorbeck took the oath beside First Lady Ana Vorbeck. Emil Vorbeck watched.\n' >"$T/dr/a.txt"
printf 'Schools\n\nMay 2, 2021\n\nOf course, Dr. Vorbeck, his wife, is a teacher.\n' >"$T/dr/b.txt"
t_eq "a courtesy title of no sex" "b.txt Ana Vorbeck|" "$(given "$T/dr" Vorbeck | tr '|' '\n' | grep '^b' | tr '\n' '|')"

# 22. "Candidate Trump" is the office's one, as "President Trump" is: 55 of the report's
#     "candidate Trump" were a row "Trump" apart from Donald Trump (his children named in
#     full); the briefings' "then-candidate Biden" too.
mkdir -p "$T/race"
printf 'Campaign\n\nJune 1, 2016\n\nPresident-Elect Tomas Vorbeck thanked his daughter, Ilse Vorbeck.\n' >"$T/race/a.txt"
printf 'Rallies\n\nJune 9, 2016\n\nThe Russians had dirt on the rival of candidate Vorbeck.\n' >"$T/race/b.txt"
t_eq "a race's noun before a family name" "b.txt Tomas Vorbeck|" "$(given "$T/race" Vorbeck | tr '|' '\n' | grep '^b' | tr '\n' '|')"

# 23. A business wire's firm named by a place or its own word, then common words, with
#     "said": "Corning Glass Works said", "U.S. Lines said", "IC Gas said" were people
#     "Glass Works", "Lines", "Gas" (Reuters); not "After Sessions said".
mkdir -p "$T/firm"
printf 'Deals\n\nMarch 2, 1987\n\nCorning Glass Works said the ratio was set. U.S. Lines said talks continued. IC Gas said in a statement it noted the offer. After Sessions said no, Sessions left.\n' >"$T/firm/a.txt"
t_eq "a firm's common words after its first" "ORG Corning Glass Works|ORG U.S. Lines|ORG IC Gas|PERSON Sessions|" \
	"$(ments "$T/firm" | awk -F'\t' 'NR > 1 && $4 != "DATE" { print $4 " " $7 }' | tr '\n' '|')"

t_end
