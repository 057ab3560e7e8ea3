# tests/cli/entity_evidence2.sh -- entity rules of issue 15, rounds 4 to 9: speeches, statements, licences, encyclopedia. MIT licence.
# Same helpers as entity_evidence.sh (that file is at its size limit). Each case is a small
# corpus written here; the rules are general (word classes, lexicons, years), not these names.
. "$SRCDIR/tests/lib.sh"

ents() { "$DOSSIER" entities --format=tsv --no-state "$@" 2>"$T/err"; }
ments() { "$DOSSIER" mentions --format=tsv --no-state "$@" 2>"$T/err"; }
# rows TYPE FILE: "canonical articles" of the rows of that type, sorted, one a '|'.
rows() { awk -F'\t' -v t="$1" '$1 == t { print $3 " " $4 }' "$2" | sort | tr '\n' '|'; }
# spans FILE: "TYPE surface" of each mention in a mentions TSV, in text order, one a '|'.
spans() { awk -F'\t' 'NR > 1 { print $4 " " $7 }' "$1" | tr '\n' '|'; }

# 1. Given names of earlier centuries are given names: a speech's first line naming its
#    speaker holds the whole name. Historical states keep their old spellings ("South
#    Viet-Nam"), and a party member ("a Democrat") is the party, not a person.
mkdir -p "$T/hist"
printf 'President: Franklin Q. Morvane\n\nThe people of South Viet-Nam and of North Viet-Nam want peace.\nI have been a Democrat all my life.\n' >"$T/hist/a.txt"
ments "$T/hist" >"$T/hist.tsv"
t_eq "old given names, old states, a party member" \
	"PERSON Franklin Q. Morvane|PLACE South Viet-Nam|PLACE North Viet-Nam|ORG Democrat|" \
	"$(spans "$T/hist.tsv")"

# 2. A lone family name that joins no full name is not one person across centuries: the
#    "Mr. Quendrick" of a survey of 1842 is not the "Senator Quendrick" of the 1960s.
#    Years close together stay one row.
mkdir -p "$T/era"
printf 'Boundary\n\nThe line of Mr. Quendrick was traced. Mr. Quendrick said the river was high.\n' >"$T/era/1842-08-11-boundary.txt"
printf 'Debate\n\nSenator Quendrick spoke on the budget, and Senator Quendrick voted no.\n' >"$T/era/1961-03-02-debate.txt"
printf 'Press\n\nI spoke with Senator Quendrick today.\n' >"$T/era/1967-05-04-press.txt"
ents "$T/era" >"$T/era.tsv"
t_eq "a lone family name per era" "Quendrick 1|Quendrick 2|" "$(rows PERSON "$T/era.tsv")"

#    Without a date of its own an article's year is the one its file's name ends with
#    ("quendrick-1842.txt"), as collections of speeches are named.
mkdir -p "$T/era2"
printf 'Boundary\n\nThe line of Mr. Quendrick was traced. Mr. Quendrick said the river was high.\n' >"$T/era2/boundary-1842.txt"
printf 'Debate\n\nSenator Quendrick spoke on the budget, and Senator Quendrick voted no.\n' >"$T/era2/debate_1961.txt"
printf 'Press\n\nI spoke with Senator Quendrick today.\n' >"$T/era2/press-1967.txt"
ents "$T/era2" >"$T/era2.tsv"
t_eq "a year that ends the file's name" "Quendrick 1|Quendrick 2|" "$(rows PERSON "$T/era2.tsv")"
#    A second speech of a year is "-1961-2.txt". Files numbered in a series are not dated
#    by their numbers ("note-0005.txt" ... "note-3000.txt").
mv "$T/era2/debate_1961.txt" "$T/era2/debate-1961-2.txt"
ents "$T/era2" >"$T/era2.tsv"
t_eq "a second speech of the year" "Quendrick 1|Quendrick 2|" "$(rows PERSON "$T/era2.tsv")"
mkdir -p "$T/era3"
cp "$T/era2/boundary-1842.txt" "$T/era3/note-1842.txt"
cp "$T/era2/debate-1961-2.txt" "$T/era3/note-1961.txt"
cp "$T/era2/press-1967.txt" "$T/era3/note-1967.txt"
for n in 0005 0130 0777 2400 3000; do printf 'Note\n\nNothing happened.\n' >"$T/era3/note-$n.txt"; done
ents "$T/era3" >"$T/era3.tsv"
t_eq "numbered files are not dated by their numbers" "Quendrick 3|" "$(rows PERSON "$T/era3.tsv")"

# 3. A signature in capitals run on after the last sentence of a prose line is one name,
#    read like a line in capitals of its own; capitals that are not a name stay nothing.
mkdir -p "$T/sig"
printf 'Message\n\nI trust in the wisdom of your counsels and the honor of our common country.  JAMES Q. VORTHAM\n' >"$T/sig/a.txt"
printf 'Message\n\nThe harvest was good and the accounts are in order at last. R. T. MELLORBY\n' >"$T/sig/b.txt"
printf 'Notice\n\nThe office closes at noon on the day of the count. NO ENTRY\n' >"$T/sig/c.txt"
ments "$T/sig" >"$T/sig.tsv"
t_eq "a signature at the end of a prose line" "PERSON JAMES Q. VORTHAM|" "$(spans "$T/sig.tsv")"

# 4. A given name alone joins the one full name of its article that has it, not one of two
#    people who share it ("George Thornbury" and "George Q. Vandemeer": "George" is neither).
mkdir -p "$T/given"
printf 'Remarks\n\nPresident George Q. Vandemeer spoke. I thank George Thornbury for coming; George and I agree on schools.\n' >"$T/given/a.txt"
printf 'Remarks\n\nPresident George Q. Vandemeer spoke, and George said the schools were good.\n' >"$T/given/b.txt"
ments "$T/given" >"$T/given.tsv"
t_eq "a given name two people share" "a.txt George|b.txt George Q. Vandemeer|" \
	"$(awk -F'\t' '$7 == "George" { n = $1; sub(/.*\//, "", n); print n " " $6 }' "$T/given.tsv" | sort | tr '\n' '|')"

# 5. A government's named programme is no organisation though its head word is one's
#    ("Great Society", "Alliance for Progress"); the Oval Office is a seat of power like
#    the White House: the room after "in the".
mkdir -p "$T/prog"
printf 'Speech\n\nThe Great Society and the Alliance for Progress serve the people of Chile. I spoke in the Oval Office. Then Obamacare passed.\n' >"$T/prog/a.txt"
ments "$T/prog" >"$T/prog.tsv"
t_eq "programmes and a room" "PLACE Chile|PLACE Oval Office|" "$(spans "$T/prog.tsv")"

# 6. Places of older state papers under the names they had then are places, not persons:
#    "the Del Norte" (the Rio Grande), "San Juan del Norte", "Panama and Colon"; the "Fox"
#    of the Sac and Fox nation is no person.
mkdir -p "$T/old"
printf 'Message\n\nThe army took position between the Nueces and the Del Norte. The port of San Juan del Norte was shelled. The cities of Panama and Colon are not in the zone. The Sac and Fox Indians signed.\n' >"$T/old/a.txt"
ments "$T/old" >"$T/old.tsv"
t_eq "places under their old names" "PLACE Del Norte|PLACE San Juan del Norte|PLACE Panama|PLACE Colon|ORG Sac and Fox|" \
	"$(spans "$T/old.tsv")"

# 7. A city named like a person is the city in a comma list of cities ("like Austin, San
#    Antonio, and Las Vegas"; "Dallas, Houston and Austin"), not two men joined by "and"
#    ("by Washington and Madison"), and the person after a title.
mkdir -p "$T/list"
printf 'Note\n\nWe will protect communities like Austin, San Antonio, and Las Vegas. Flights to Dallas, Houston and Austin were cut.\n' >"$T/list/a.txt"
printf 'Note\n\nThe policy was held by Washington and Madison. Secretary Austin spoke.\n' >"$T/list/b.txt"
ments "$T/list" >"$T/list.tsv"
t_eq "a city named like a person in a list of cities" \
	"PLACE Austin|PLACE San Antonio|PLACE Las Vegas|PLACE Dallas|PLACE Houston|PLACE Austin|PLACE Washington|PERSON Austin|" \
	"$(spans "$T/list.tsv")"

# 8. The federal departments whose names hold an "and" are known whole, also on a line of
#    capitalised words that reads like a heading (a signature's title line).
mkdir -p "$T/dept"
printf 'Readout\n\nThe meeting was held on Friday.\n\nXavier Q. Dellamor, Secretary, U.S. Department of Health and Human Services (HHS)\n' >"$T/dept/a.txt"
ments "$T/dept" >"$T/dept.tsv"
t_eq "a department with an and in its name" \
	"PERSON Xavier Q. Dellamor|ORG U.S. Department of Health and Human Services|ORG HHS|" \
	"$(spans "$T/dept.tsv")"

# 9. Evidence before type: a name of common English words only ("Build Back Better", "Black
#    Girls Code") is no person without a title or a person's verb, and its last word alone
#    elsewhere ("United States Code") does not join it; a given name that is a word too,
#    before a family name ("Ray Hill"), is still a person. Where the corpus names it an
#    organisation (", Inc."), it is that organisation.
mkdir -p "$T/cw" "$T/cwo"
printf 'Statement\n\nShe serves on the boards of Nordvale Partners, Brave Girls Code, and the Oakrun Trust. They backed the new G7-led Mend Broken Roads initiative, and the award went to Ray Hill.\n' >"$T/cw/a.txt"
printf 'Letter\n\nPursuant to title 2, United States Code, section 2a(a), I transmit the report.\n' >"$T/cw/b.txt"
ments "$T/cw" >"$T/cw.tsv"
t_eq "common words are no person" \
	"ORG Nordvale Partners|ORG Oakrun Trust|ORG G7|PERSON Ray Hill|PLACE United States|" \
	"$(spans "$T/cw.tsv")"
printf 'Statement\n\nShe serves on the board of Brave Girls Code.\n' >"$T/cwo/a.txt"
printf 'News\n\nBrave Girls Code, Inc. announced a grant.\n' >"$T/cwo/b.txt"
ents "$T/cwo" >"$T/cwo.tsv"
t_eq "common words an organisation names elsewhere" "Brave Girls Code 2|" "$(rows ORG "$T/cwo.tsv")"

# 10. One of the commonest English words is no place because the corpus writes "in" before
#     it ("constraints in Breaks" of package changelogs); an unknown name is ("in Quellmoor").
mkdir -p "$T/inw"
for i in 1 2 3; do
	printf 'Changes\n\nDrop the version constraint in Breaks. Remove the old entry in Breaks. The fair was held in Quellmoor.\n' >"$T/inw/$i.txt"
done
ents "$T/inw" >"$T/inw.tsv"
t_eq "a common word after in is no place" "Quellmoor 3|" "$(rows PLACE "$T/inw.tsv")"
# 11. A family name after an office prefers the full name the corpus writes after an office
#     only in that name's era: the 1994 "President Vantrel" is not the Theodore Vantrel of
#     1903-1905 (named again in retrospect in 1995) because no article titles the Franklin
#     Vantrel of the 1980s and 1990s; with both in time it stays unlinked. The 1910 one is
#     still Theodore's.
mkdir -p "$T/erao"
for y in 1903 1904 1905; do printf 'Message\n\nPresident Theodore Vantrel opened the canal.\n' >"$T/erao/msg-$y.txt"; done
printf 'Report\n\nThe report was sent to President Vantrel in February.\n' >"$T/erao/report-1910.txt"
printf 'Speech\n\nFranklin Vantrel told us fifty years ago that we must act.\n' >"$T/erao/speech-1988.txt"
printf 'Speech\n\nAs Franklin Vantrel warned, we must act.\n' >"$T/erao/speech-1992.txt"
printf 'Speech\n\nFor sixty years this country has tried. President Vantrel tried.\n' >"$T/erao/speech-1994.txt"
printf 'Speech\n\nA century ago, President Theodore Vantrel defined our task.\n' >"$T/erao/speech-1995.txt"
ments "$T/erao" >"$T/erao.tsv"
t_eq "an office holder of another era" "report-1910 Theodore Vantrel|speech-1994 Vantrel|" \
	"$(awk -F'\t' '$7 == "Vantrel" { n = $1; sub(/.*\//, "", n); sub(/\.txt$/, "", n); print n " " $6 }' "$T/erao.tsv" | sort | tr '\n' '|')"

# 12. A memorial or a monument is a place, not a person nor a man's name and a word
#     ("Lincoln Memorial", "Washington Monument"); the man named alone is still the man.
#     So are an aquarium and a zoo ("John G. Shedd Aquarium" was a person).
mkdir -p "$T/mem"
printf 'Speech\n\nAbner Quenby spoke of the war. Later Quenby said the Union would stand.\n' >"$T/mem/speech-1862.txt"
printf 'Visit\n\nThe Quenby Memorial and the Vantrel Monument were shut. As Quenby said, the Union stands.\n' >"$T/mem/visit-1866.txt"
ments "$T/mem" >"$T/mem.tsv"
t_eq "a memorial is a place and no given name" \
	"PERSON Abner Quenby Abner Quenby|PERSON Abner Quenby Quenby|PLACE Quenby Memorial Quenby Memorial|PLACE Vantrel Monument Vantrel Monument|PERSON Abner Quenby Quenby|" \
	"$(awk -F'\t' 'NR > 1 { print $4 " " $6 " " $7 }' "$T/mem.tsv" | tr '\n' '|')"
printf 'Visit\n\nThe Quellmoor Aquarium and the Brisby Zoo were shut.\n' >"$T/mem/zoo.txt"
t_eq "an aquarium and a zoo are places" "PLACE Quellmoor Aquarium|PLACE Brisby Zoo|" \
	"$(ments "$T/mem/zoo.txt" | spans /dev/stdin)"

# 13. A lone word that the corpus also writes as a given name of its time ("Tasker
#     Holloway, a farmer") is no namesake's family name without a title: the nurse
#     "Tasker" is not the player Orrin Tasker of another article. In his own article
#     "Tasker" is still his.
mkdir -p "$T/gvn"
printf 'Game\n\nOrrin Tasker scored forty points. Tasker said the team played well.\n' >"$T/gvn/game-2018.txt"
printf 'Meeting\n\nTasker Holloway, a farmer, spoke at the meeting. Holloway said the road was bad.\n' >"$T/gvn/meeting-2019.txt"
printf 'Clinic\n\nThe wards were full, said Tasker, a nurse at the clinic.\n' >"$T/gvn/clinic-2019.txt"
ments "$T/gvn" >"$T/gvn.tsv"
t_eq "a given name is no namesake's family name" "clinic-2019 Tasker|game-2018 Orrin Tasker|" \
	"$(awk -F'\t' '$7 == "Tasker" { n = $1; sub(/.*\//, "", n); sub(/\.txt$/, "", n); print n " " $6 }' "$T/gvn.tsv" | sort | tr '\n' '|')"
#     A namesake written ten times as often as every full name the word begins keeps it.
mkdir -p "$T/gvn2"
for i in 1 2 3 4 5 6 7 8 9 10; do printf 'Senator Dovan Pell spoke. ' >>"$T/gvn2/senate-2018.txt"; done
printf 'Meeting\n\nPell Ambry, a farmer, spoke at the meeting.\n' >"$T/gvn2/meeting-2019.txt"
printf 'Vote\n\nThe vote was close, Pell said.\n' >"$T/gvn2/vote-2019.txt"
t_eq "a namesake far more often written" "Dovan Pell" \
	"$(ments "$T/gvn2" | awk -F'\t' '$1 ~ /vote-2019/ && $7 == "Pell" { print $6 }')"

# 14. A place name of two places is one or the other by its cues. The country Georgia and
#     the U.S. state: a list of states or of countries beside it, a city before it as in
#     an address ("Atlanta, Georgia"); an article keeps to one, an article without cues
#     takes the corpus's (two of three articles with cues say the state). The city New
#     York and the state: a cue counts only where it stands, else the city. An office or
#     a court of a state before the name says the state ("Governor of New York", "Senator
#     from Georgia", "the southern district of New York"; the Mayor's is the city's).
mkdir -p "$T/sense"
printf 'Awards\n\nThe grants go to Colorado, Florida, Georgia and Illinois. Georgia gets most.\n' >"$T/sense/a.txt"
printf 'Summit\n\nDenmark, France, Georgia and Germany signed. Georgia will host the next one.\n' >"$T/sense/b.txt"
printf 'Trip\n\nOrla Vantrel was raised in Atlanta, Georgia.\n' >"$T/sense/c.txt"
printf 'Plant\n\nThe plant in Georgia opened today.\n' >"$T/sense/d.txt"
printf 'Travel\n\nFlights from Chicago, New York and Boston were cut. The canals of New York and Vermont froze. The State of New York sued.\n' >"$T/sense/e.txt"
printf 'Races\n\nThe Governor of New York met the Senator from Georgia in the southern district of New York. The Mayor of New York stayed home.\n' >"$T/sense/f.txt"
ments "$T/sense" >"$T/sense.tsv"
t_eq "a place name of two places" \
	"a Georgia (U.S. state)|a Georgia (U.S. state)|b Georgia|b Georgia|c Georgia (U.S. state)|d Georgia (U.S. state)|e New York|e New York (state)|e New York (state)|f New York (state)|f Georgia (U.S. state)|f New York (state)|f New York|" \
	"$(awk -F'\t' '$6 ~ /^(Georgia|New York)/ { n = $1; sub(/.*\//, "", n); sub(/\.txt$/, "", n); print n " " $6 }' "$T/sense.tsv" | tr '\n' '|')"

# 15. In an article past the era of its full name, a titled family name is not that name
#     when another of the family is of the article's era: the 1932 "Governor Vantrel" and
#     "Mr. Vantrel" are not the Theodore Vantrel of 1903-1906 that the article names in
#     retrospect, but an article that gives him his office keeps him ("President Theodore
#     Vantrel ... President Vantrel").
mkdir -p "$T/past"
for y in 1903 1904 1906; do printf 'Message\n\nPresident Theodore Vantrel spoke.\n' >"$T/past/msg-$y.txt"; done
for y in 1933 1936 1940; do printf 'Chat\n\nFranklin Q. Vantrel spoke on the radio.\n' >"$T/past/chat-$y.txt"; done
printf 'Campaign\n\nThe tariff began with Theodore Vantrel. Governor Vantrel attacks it, and Mr. Vantrel knows better.\n' >"$T/past/campaign-1932.txt"
printf 'Canal\n\nPresident Theodore Vantrel dug the canal. President Vantrel was proud.\n' >"$T/past/canal-1934.txt"
ments "$T/past" >"$T/past.tsv"
t_eq "a titled family name past its full name's era" \
	"campaign-1932 Vantrel|campaign-1932 Vantrel|canal-1934 Theodore Vantrel|" \
	"$(awk -F'\t' '$7 == "Vantrel" { n = $1; sub(/.*\//, "", n); sub(/\.txt$/, "", n); print n " " $6 }' "$T/past.tsv" | sort | tr '\n' '|')"

# 16. A college named "X Tech" is an organisation, and the state in its name is not counted
#     ("Georgia Tech", "Virginia Tech"); "Big Tech" and "Tech companies" are no one.
mkdir -p "$T/tech"
printf 'Campus\n\nShe studied at Georgia Tech and Quellmoor Tech. Big Tech firms and Tech companies grew.\n' >"$T/tech/a.txt"
t_eq "a college named Tech" "ORG Georgia Tech|ORG Quellmoor Tech|" "$(ments "$T/tech" | spans /dev/stdin)"
# 17. A company's name before its legal form starts at a word of its own shape: an acronym
#     at a sentence's start ("VRQ Data Systems, Inc. makes...") or a word that starts in
#     lower case or a digit with a capital or digit inside ("q7 Code GmbH", "zPlanet
#     Inc.", "4K Holdings AG"), and the legal form ends it. Such a word before no legal
#     form is no name.
mkdir -p "$T/legal"
printf 'Notice\n\nThe work is provided as is.  VRQ Data Systems, Inc. makes no claims. Copyright 2004 q7 Code GmbH. Shares of zPlanet Inc. rose, and 4K Holdings AG fell. The x86 Quellmoor build and iPlonk Ledger apps shipped. zPlanet Inc Chief Executive Orla Vantrel spoke.\n' >"$T/legal/a.txt"
t_eq "a company's name before its legal form" \
	"ORG VRQ Data Systems|ORG q7 Code GmbH|ORG zPlanet Inc|ORG 4K Holdings AG|ORG zPlanet Inc|PERSON Orla Vantrel|" \
	"$(ments "$T/legal" | awk -F'\t' '$4 == "ORG" || $4 == "PERSON" { print $4 " " $7 }' | tr '\n' '|')"
# 18. More cues of the state of a name that is a city and a state, or a country and a
#     state, where they stand: "upstate New York", "the state of New York", "New York
#     state lawmakers", "the supreme court of New York", an office of a state after it
#     ("New York Gov. X", "our New York senator"), and a person's residence between commas
#     as in a nomination ("Orla Vantrel, of New York, to be ..."; not "X, of Georgia,
#     said", which may be the country). Without them the name stays the city ("moved to
#     New York", "Vantrel of New York met", "New York Mayor X").
mkdir -p "$T/state"
printf 'Nominations\n\nOrla Vantrel, of New York, to be Ambassador. She was raised in upstate New York. The state of New York sued, New York state lawmakers voted, and the supreme court of New York ruled. New York Gov. Dace Ormely met our New York senator. Pell Quarrine moved to New York in May, and Tam Vosper of New York met New York Mayor Lune Harrick.\n' >"$T/state/a.txt"
printf 'Nominations\n\nPell Quarrine, of Georgia, to be Judge.\n' >"$T/state/b.txt"
ments "$T/state" >"$T/state.tsv"
t_eq "more cues of a state" \
	"a New York (state)|a New York (state)|a New York (state)|a New York (state)|a New York (state)|a New York (state)|a New York (state)|a New York|a New York|a New York|b Georgia (U.S. state)|" \
	"$(awk -F'\t' '$6 ~ /^(Georgia|New York)/ { n = $1; sub(/.*\//, "", n); sub(/\.txt$/, "", n); print n " " $6 }' "$T/state.tsv" | tr '\n' '|')"
mkdir -p "$T/state2"
printf 'Talks\n\nThe talks went on. Dace Ormely, of Georgia, said the border was calm.\n' >"$T/state2/a.txt"
t_eq "a residence before said is no cue" "Georgia|" \
	"$(ments "$T/state2" | awk -F'\t' '$7 == "Georgia" { print $6 }' | tr '\n' '|')"
# 19. Given names of more cultures (data/sources/first_names.txt): a Ukrainian or Russian
#     given name that is also a city's ("Artem", the town Artyom) is a given name before
#     a family name, and the city alone.
mkdir -p "$T/cultures"
printf 'Credits\n\nArtem Quellby wrote the converter, and Serhii Marvek tested it in Kharkiv. Flights to Artem were cut.\n' >"$T/cultures/a.txt"
t_eq "given names of more cultures" \
	"PERSON Artem Quellby|PERSON Serhii Marvek|PLACE Kharkiv|PLACE Artem|" \
	"$(ments "$T/cultures" | spans /dev/stdin)"
# 20. A lone word that the corpus links to as a web site ("zorvix.org") is a product's or
#     a company's name: no place for being written "in Zorvix", "from Zorvix" (packages
#     "imported from Zorvix" in changelogs). A word no site names stays a place by them.
mkdir -p "$T/site"
for n in 1 2 3 4; do printf 'Changes\n\n  * Merge the fix from Zorvix, as shipped in Zorvix.\n  * Flights in Quarmbel were cut, and the office in Quarmbel closed.\n' >"$T/site/c$n.txt"; done
printf 'Changes\n\n  * Mirror moved to https://www.zorvix.org/pool today.\n' >"$T/site/d.txt"
t_eq "a web site's name is no place" "Quarmbel 4|" "$(ents "$T/site" | rows PLACE /dev/stdin)"
# 21. Two capitalised names joined by an ampersand are one firm ("Brannock & Brannock",
#     "Orme, & Tarrant L.L.P.", "Centers for Quembly & Quarn Services"), not two people; a
#     head or a title after it is read as always ("Pellam & Strood Association President
#     Orla Vantrel"). Not joined: two given names ("Tom & Sue Harrick"), places ("Spain &
#     Portugal"), two common words ("City & State Council").
mkdir -p "$T/amp"
printf 'Deals\n\nBrannock & Brannock announced a plant. She was a partner at Vessly, Orme, & Tarrant L.L.P. in 2003. The Centers for Quembly & Quarn Services paid. The Pellam & Strood Association President Orla Vantrel spoke, and Tom & Sue Harrick came from Spain & Portugal to the City & State Council.\n' >"$T/amp/a.txt"
t_eq "two names joined by an ampersand" \
	"ORG Brannock & Brannock|ORG Orme, & Tarrant L.L.P.|ORG Centers for Quembly & Quarn Services|ORG Pellam & Strood Association|PERSON Orla Vantrel|PERSON Tom|PERSON Sue Harrick|PLACE Spain|PLACE Portugal|ORG State Council|" \
	"$(ments "$T/amp" | spans /dev/stdin)"
# 22. One person under several names: full names whose family names agree and whose given
#     names are one name or its short form (data/sources/given_name_forms.tsv), middle
#     initials optional, are one row where one article writes two of them ("Joseph R.
#     Quarnby ... Joe Quarnby"); a lone family name then links as to one full name. They
#     stay apart where the corpus tells them apart: two middle initials under one given
#     name (the name without one joins neither), a short form of two formal names the
#     corpus writes, names never written together ("Sen. Tom Vexley", "Thomas Q. Vexley").
mkdir -p "$T/nick"
printf 'Bridge\n\nGovernor Joseph R. Quarnby opened the bridge. Joe Quarnby said it was late.\n' >"$T/nick/a.txt"
printf 'Port\n\nJoe Quarnby visited the port, and Governor Quarnby spoke.\n' >"$T/nick/b.txt"
printf 'Family\n\nGeorge W. Hallory met his father George H. Hallory, and George Hallory spoke.\n' >"$T/nick/c.txt"
printf 'Vote\n\nSen. Tom Vexley voted no.\n' >"$T/nick/d.txt"
printf 'History\n\nPresident Thomas Q. Vexley signed the act in 1931.\n' >"$T/nick/e.txt"
printf 'Cousins\n\nChristopher Morrow and Christine Morrow met Chris Morrow.\n' >"$T/nick/f.txt"
ents "$T/nick" >"$T/nick.tsv"
t_eq "one person under several names" \
	"Chris Morrow 1|Christine Morrow 1|Christopher Morrow 1|George H. Hallory 1|George Hallory 1|George W. Hallory 1|Joe Quarnby 2|Thomas Q. Vexley 1|Tom Vexley 1|" \
	"$(rows PERSON "$T/nick.tsv")"
# 23. A lone name in a list of organisations is one too ("including Quorvex, Brandle,
#     Toyota, Siemens and Pfizer": two members or more known companies, no person's full
#     name or place among them), also after a comma and a no-break space as web text
#     writes it; a lone word the corpus lists so twice is the company elsewhere too, with
#     a speech verb ("Quorvex announced a plant").
mkdir -p "$T/orgl"
printf 'Plants\n\nCarmakers including Quorvex,\302\240Brandle, Toyota, Siemens and Pfizer are investing.\n' >"$T/orgl/a.txt"
printf 'Sales\n\nFirms such as Quorvex, Brandle, Apple and Nvidia grew.\n' >"$T/orgl/b.txt"
printf 'Plant\n\nOn Monday Quorvex announced a plant, and Brandle reported record sales.\n' >"$T/orgl/c.txt"
t_eq "a name in a list of companies" \
	"a ORG Quorvex|a ORG Brandle|a ORG Toyota|a ORG Siemens|a ORG Pfizer|b ORG Quorvex|b ORG Brandle|b ORG Apple|b ORG Nvidia|c ORG Quorvex|c ORG Brandle|" \
	"$(ments "$T/orgl" | awk -F'\t' 'NR > 1 { n = $1; sub(/.*\//, "", n); print substr(n, 1, 1) " " $4 " " $7 }' | tr '\n' '|')"
# 24. "and Company" and "& Co." end a company's legal name, whatever its words: "Orvin
#     Quell and Company" is no person "Orvin Quell", and its short name elsewhere is the
#     company ("Orvin Quell hired"), as "Red Hat" beside "Red Hat, Inc.".
mkdir -p "$T/andco"
printf 'Plant\n\nOrvin Quell and Company announced a plant. Later Orvin Quell hired 300 people, and Brask & Co. rose.\n' >"$T/andco/a.txt"
t_eq "a company's name before and Company" \
	"ORG Orvin Quell and Company|ORG Orvin Quell|ORG Brask & Co|" \
	"$(ments "$T/andco" | awk -F'\t' '$4 == "ORG" || $4 == "PERSON" { print $4 " " $7 }' | tr '\n' '|')"
# 25. A lone common English word is no person by being one elsewhere: one "Western said"
#     makes no person of "Western nations" and "Western governments" in other articles.
mkdir -p "$T/west"
printf 'Talks\n\nMany Western nations agreed on the plan.\n' >"$T/west/b.txt"
printf 'Talks\n\nThe leaders met, and Western said the plan would work.\n' >"$T/west/c.txt"
printf 'Talks\n\nThe envoy spoke for Western governments at length.\n' >"$T/west/d.txt"
t_eq "a common word a person elsewhere" "c PERSON Western|" \
	"$(ments "$T/west" | awk -F'\t' 'NR > 1 { n = $1; sub(/.*\//, "", n); print substr(n, 1, 1) " " $4 " " $7 }' | tr '\n' '|')"
# 26. A lone word after a place's preposition and before a state or a country is a town,
#     whatever it is named ("a plant in Anderby, Indiana", "near Quellbrook, Ohio"); the
#     same word with a title is a person ("General Anderby").
mkdir -p "$T/town"
printf 'Plant\n\nThe firm will build a plant in Anderby, Indiana, and a depot near Quellbrook, Ohio. Thank you, General Anderby.\n' >"$T/town/a.txt"
t_eq "a town before its state" "PLACE Anderby|PLACE Indiana|PLACE Quellbrook|PLACE Ohio|PERSON Anderby|" \
	"$(ments "$T/town" | spans /dev/stdin)"
# 27. A lone word that its article names as a place twice, and names no person of in
#     full, is that place where no title or speech verb makes a person of it: the
#     "Jordan" of "the U.S. - Jordan FTA" in a text on trade with Jordan.
mkdir -p "$T/plart"
printf 'Trade\n\nTrade with Jordan grew, and Jordan signed. Goods under the U.S. \342\200\223 Jordan FTA are free.\n' >"$T/plart/a.txt"
t_eq "a word its article names as a place" "PLACE Jordan|PLACE Jordan|PLACE U.S.|PLACE Jordan|" \
	"$(ments "$T/plart" | spans /dev/stdin)"
# 28. A city's name alone right after a title of office is a person ("General Houston
#     ordered the march"); the city stays the city elsewhere ("the mayor of Houston").
mkdir -p "$T/titlecity"
printf 'March\n\nAt dawn, General Houston ordered the march. Later the mayor of Houston spoke.\n' >"$T/titlecity/a.txt"
t_eq "a city's name after a title" "PERSON Houston|PLACE Houston|" "$(ments "$T/titlecity" | spans /dev/stdin)"
# 29. More head words of companies' names (data/sources/org_heads.txt: Aerospace, Pharma,
#     Healthcare, Appliances, Therapeutics...) and titles (Whip, Czar): "QRX Aerospace" and
#     "Vantrel Pharma" announced, "Majority Whip Orla Quenby" spoke.
mkdir -p "$T/heads"
printf 'Plants\n\nThe plan grew, QRX Aerospace announced a plant, Vantrel Pharma hired, and Senate Majority Whip Orla Quenby spoke.\n' >"$T/heads/a.txt"
t_eq "company heads and titles" "ORG QRX Aerospace|ORG Vantrel Pharma|PERSON Orla Quenby|" \
	"$(ments "$T/heads" | awk -F'\t' '$4 == "ORG" || $4 == "PERSON" { print $4 " " $7 }' | tr '\n' '|')"
# 30. Academic degrees are no one (data/sources/not_names.txt): "a Juris Doctorate from
#     Yale", "an Honorary Doctorate of Fine Arts".
mkdir -p "$T/deg"
printf 'Bios\n\nShe holds a Juris Doctorate from Yale and received an Honorary Doctorate of Fine Arts from Quarn College.\n' >"$T/deg/a.txt"
t_eq "degrees are no one" "ORG Quarn College|" "$(ments "$T/deg" | spans /dev/stdin)"
# 31. "Washington" names two places too, the capital and the state (data/sources/places.tsv
#     "Washington (U.S. state)"), told apart by the cues of a city and its state: after a
#     city as in an address ("Tacoma, Washington"), among states ("Oregon, Washington,
#     and Idaho"); bare, it stays the capital. Outlets named after it are outlets
#     ("Washington Free Beacon", "Washington Examiner").
mkdir -p "$T/wash"
printf 'Talks\n\nA depot in Tacoma, Washington burned, and Oregon, Washington, and Idaho sued. The senator flew back to Washington on Monday, the Washington Free Beacon and the Washington Examiner reported.\n' >"$T/wash/a.txt"
t_eq "the capital and the state Washington" \
	"Tacoma|Washington (U.S. state)|Oregon|Washington (U.S. state)|Idaho|Washington, D.C.|Washington Free Beacon|Washington Examiner|" \
	"$(ments "$T/wash" | awk -F'\t' 'NR > 1 && ($4 == "PLACE" || $4 == "ORG") { print $6 }' | tr '\n' '|')"
# 32. A town no list knows, read as one before its state, is a city for the state's cues
#     as a listed one is: "in Quellbrook, New York" is the state New York, as "Buffalo,
#     New York" is; "moved to New York" stays the city.
mkdir -p "$T/town2"
printf 'Plant\n\nA new facility in Quellbrook, New York opened. He moved to New York in May.\n' >"$T/town2/a.txt"
t_eq "an unknown town names its state" "Quellbrook|New York (state)|New York|" \
	"$(ments "$T/town2" | awk -F'\t' 'NR > 1 && $4 == "PLACE" { print $6 }' | tr '\n' '|')"
# 33. A name before a lower-case noun of a group's people is a group's ("238 Quarvo de
#     Lenta members", "Brask fighters"), not a person's; not a given name's ("John Brask
#     members" is no group's name alone), a place's ("Gaza militants") or an adjective's
#     ("Islamic militants").
mkdir -p "$T/group"
printf 'Raids\n\nPolice held 238 Quarvo de Lenta members and some Brask fighters, while Gaza militants and Islamic militants fled.\n' >"$T/group/a.txt"
t_eq "a group's name before its members" "ORG Quarvo de Lenta|ORG Brask|PLACE Gaza|" \
	"$(ments "$T/group" | spans /dev/stdin)"
# 34. Armed services and parties are generic bodies, one per country (as "Supreme Court"):
#     "the Air Force" and "the Coast Guard" of two countries are two rows each, not one.
mkdir -p "$T/arms"
printf 'Zembia\n\nThe forces of Zembia are the Army, Navy, Air Force and Coast Guard. The Coast Guard patrols the lakes.\n' >"$T/arms/a.txt"
printf 'Quorland\n\nQuorland has an Army and an Air Force; its Coast Guard and its Center Party date from 1950.\n' >"$T/arms/b.txt"
t_eq "an armed service per country" "Air Force 1|Air Force 1|Coast Guard 1|Coast Guard 1|" \
	"$(ents "$T/arms" | rows ORG /dev/stdin | tr '|' '\n' | grep -E '^(Air Force|Coast Guard) ' | tr '\n' '|')"
printf 'Zembia\n\nIn Zembia the National Gendarmerie guards the roads.\n' >"$T/arms/c.txt"
printf 'Quorland\n\nIn Quorland the National Gendarmerie keeps order.\n' >"$T/arms/d.txt"
t_eq "a gendarmerie per country" "National Gendarmerie 1|National Gendarmerie 1|" \
	"$(ents "$T/arms" | rows ORG /dev/stdin | tr '|' '\n' | grep -E '^National Gendarmerie ' | tr '\n' '|')"
# 35. A group's plural in the possessive goes on inside a name ("People's Liberation Army",
#     "Workers' Party"): the name is whole, not cut after the possessive.
mkdir -p "$T/pposs"
printf 'Drills\n\nThe People'"'"'s Liberation Army held drills, the Quorland People'"'"'s Party won and the Zembian Workers'"'"' Union struck.\n' >"$T/pposs/a.txt"
t_eq "a group's possessive inside a name" \
	"ORG People's Liberation Army|ORG Quorland People's Party|ORG Zembian Workers' Union|" \
	"$(ments "$T/pposs" | spans /dev/stdin)"
# 36. Names of bodies in other languages start with their head word ("Frente Quorlandes",
#     "Partido Zembiano", "Guardia Nacional", "Korps Politie", "Jaysh al Quorn",
#     "Lashkar-e Quorn"): an organisation, not a person.
mkdir -p "$T/fhead"
printf 'Vote\n\nThe Frente Quorlandes and the Partido Zembiano won; the Guardia Nacional, the Korps Politie Quorn, Jaysh al Quorn and Lashkar-e Quorn were banned.\n' >"$T/fhead/a.txt"
t_eq "heads of names in other languages" \
	"ORG Frente Quorlandes|ORG Partido Zembiano|ORG Guardia Nacional|ORG Korps Politie Quorn|ORG Jaysh al Quorn|ORG Lashkar-e Quorn|" \
	"$(ments "$T/fhead" | spans /dev/stdin)"
# 37. A regnal number after a given name ends the name of a king, queen or pope, on a
#     short line too ("King Anselm II (since 2022)"); it is no acronym of its own, and a
#     lone numeral ("Phase I and II") joins no one: "King Anselm" is the same man.
mkdir -p "$T/regnal"
printf 'Kings\n\nKing Anselm II (since 2022)\n\nKing Anselm met Pope Leo XIV and George Tupou VI in May. Phase I and II trials began.\n' >"$T/regnal/a.txt"
t_eq "a regnal number in the name" "PERSON Anselm II|PERSON Anselm|PERSON Leo XIV|PERSON George Tupou VI|" \
	"$(ments "$T/regnal" | spans /dev/stdin)"
t_eq "a regnal number names no family" "Anselm II 1|George Tupou VI 1|Leo XIV 1|" \
	"$(ents "$T/regnal" | rows PERSON /dev/stdin)"
#     After a title the name needs no known given name: "King Quorvald II".
printf 'Court\n\nWe met King Quorvald II and Sultan Brask IV today.\n' >"$T/regnal/b.txt"
t_eq "a regnal number after a title" "PERSON Quorvald II|PERSON Brask IV|" \
	"$(ments "$T/regnal/b.txt" | spans /dev/stdin)"
# 38. A title that starts a sentence at the end of a wrapped line holds the name on the
#     next line ("... transit use. President\n    Quorvel is calling"): the lone family
#     name after an office joins the corpus's office holder, not a namesake by courtesy.
mkdir -p "$T/wrap2"
printf 'Plan\n\n    The plan is big and it is a long line that wraps at the end. President\n    Quorvel is calling on Congress to act now.\n' >"$T/wrap2/a.txt"
printf 'Call\n\nPresident Anton Quorvel spoke with the mayor.\n' >"$T/wrap2/b.txt"
printf 'Visit\n\nFirst Lady Dr. Mira Quorvel visited a school.\n' >"$T/wrap2/c.txt"
t_eq "a title at a wrapped line's end" "Anton Quorvel 2|Mira Quorvel 1|" "$(ents "$T/wrap2" | rows PERSON /dev/stdin)"
# 39. A lone word after "in" three times is a place only when that is a fair share of its
#     uses: a programme written "in Quarnicaid" now and then and far more often as a
#     subject or an object ("protects Quarnicaid", "Quarnicaid covers") is no place.
mkdir -p "$T/prog"
for f in a b c; do
	printf 'Care %s\n\nChildren enrolled in Quarnicaid are safe. The bill protects Quarnicaid. Cuts to Quarnicaid hurt. We expand Quarnicaid. Quarnicaid covers care. Funding for Quarnicaid grows. Nobody will touch Quarnicaid.\n' "$f" >"$T/prog/$f.txt"
done
t_eq "a programme is no place" "" "$(ents "$T/prog" | rows PLACE /dev/stdin)"
# 40. More heads of events, programmes and products: a span ending in Spring, Effect,
#     Moonshot, Telescope, Dome or Period is not annotated, and names inside it are not
#     counted ("Arab Spring", "Iron Dome", "James Webb Space Telescope").
mkdir -p "$T/evh"
for f in a b; do
	printf 'Notes %s\n\nThe Quorland Spring began. Critics of the Zembian Moonshot said the Quarn Effect and the Golden Quorn Dome worked; the Edwin Quorvel Space Telescope saw the Quorn Humid Period.\n' "$f" >"$T/evh/$f.txt"
done
t_eq "heads of events and products" "" "$(ments "$T/evh" | awk -F'\t' 'NR > 1 && $4 == "PERSON"')"
# 41. Plural heads of company names: "Quorvel Foods", "Zembar Resorts", "Quarn Robotics"
#     and "Anselm Bikes" are companies, not people (even after a given name), and
#     "announced" no person's verb for them.
mkdir -p "$T/firms"
printf 'Deals\n\nQuorvel Foods announced a plant; Zembar Resorts, Quarn Robotics and Anselm Bikes announced jobs.\n' >"$T/firms/a.txt"
t_eq "plural heads of companies" "ORG Quorvel Foods|ORG Zembar Resorts|ORG Quarn Robotics|ORG Anselm Bikes|" \
	"$(ments "$T/firms" | spans /dev/stdin)"
# 42. A family name before a headline's verb or a programme's noun is the person alone or
#     no one: "President Lindqvist Announces ..." is Lindqvist, the "Lindqvist Transition"
#     and the "Lindqvist Education Pathway" are no people, and the article's "President
#     Lindqvist" stays the corpus's Anton Lindqvist.
mkdir -p "$T/hverb"
printf 'FACT SHEET: President Lindqvist Announces 90%% of the Adult Population will be Eligible for Training and 90%% will have a Training Site Within 5 Miles of Home by April 19\n\nToday, President Lindqvist will unveil new actions. He was in the Lindqvist Transition and the Lindqvist Education Pathway.\n' >"$T/hverb/a.txt"
printf 'Call\n\nPresident Anton Lindqvist spoke with the mayor.\n' >"$T/hverb/b.txt"
t_eq "a headline's verb, a programme's noun" "Anton Lindqvist 2|" \
	"$(ents "$T/hverb" | rows PERSON /dev/stdin | tr '|' '\n' | grep Lindqvist | tr '\n' '|')"
# 43. Armed groups and cartels that news names without a head word are in the lexicon
#     (data/sources/orgs.tsv), with their spellings: the Factbook's "Hizballah" is
#     Hezbollah, "Boko Haram" and "Tren de Aragua" are no people.
mkdir -p "$T/groups"
printf 'Threats\n\nBoko Haram struck again. Officials said Hizballah and Tren de Aragua grew.\n' >"$T/groups/a.txt"
t_eq "armed groups by name" "ORG Boko Haram|ORG Hezbollah|ORG Tren de Aragua|" \
	"$(ments "$T/groups" | awk -F'\t' 'NR > 1 { print $4 " " $6 }' | tr '\n' '|')"
# 44. Regiments are organisations and "Seas" heads a place: "the Quorn Rifles", "the
#     Zembian Fusiliers", "the Black and Quorvel Seas" are no people.
mkdir -p "$T/regt"
for f in a b; do
	printf 'Forces %s\n\nThe Quorn Rifles and the Anselm Fusiliers said they sailed the Quorvel Seas.\n' "$f" >"$T/regt/$f.txt"
done
t_eq "regiments and seas" "ORG Quorn Rifles|ORG Anselm Fusiliers|PLACE Quorvel Seas|" \
	"$(ments "$T/regt/a.txt" | spans /dev/stdin)"
# 45. An Arabic name's article glued to the family name goes on in the name ("Bashar
#     al-Assad", "Abdel Fattah el-Sisi"), whatever the given name: "Quorvel al-Zembari"
#     and "Safia Quorn al-Brask" on a line of her own are whole, and her lone given name
#     is her.
mkdir -p "$T/arabic"
printf 'Guests\n\nPresident Quorvel al-Zembari met Anselm el-Quorn.\n\nSafia Quorn al-Brask\n\nLater, Safia voted.\n' >"$T/arabic/a.txt"
t_eq "an article glued to a family name" \
	"PERSON Quorvel al-Zembari|PERSON Anselm el-Quorn|PERSON Safia Quorn al-Brask|PERSON Safia|" \
	"$(ments "$T/arabic" | spans /dev/stdin)"
# 46. "New" inside a name makes no person of it: "the Lindqvist New Quorn" (a slogan on a
#     family name), "Brave New Zembar" are no one's names.
mkdir -p "$T/new"
printf 'Slogans\n\nThey ended the Lindqvist New Quorn, and the Brave New Zembar crew left.\n' >"$T/new/a.txt"
t_eq "New inside a name" "" "$(ments "$T/new" | awk -F'\t' 'NR > 1 && $4 == "PERSON"')"
# 47. A town's bodies are generic too ("High School", "Commercial Club", "First National
#     Bank", "Chamber of Commerce", "Circuit Court"): those of two towns' papers are two
#     rows each, not one.
mkdir -p "$T/town"
printf 'Quornville Notes\n\nThe Commercial Club met at the High School. The First National Bank and the Chamber of Commerce gave prizes, and the Circuit Court sat.\n' >"$T/town/a.txt"
printf 'Zembar Notes\n\nAt the High School the Commercial Club heard the First National Bank and the Chamber of Commerce; the Circuit Court adjourned.\n' >"$T/town/b.txt"
t_eq "a town's generic bodies" \
	"Chamber of Commerce 1|Chamber of Commerce 1|Circuit Court 1|Circuit Court 1|Commercial Club 1|Commercial Club 1|First National Bank 1|First National Bank 1|High School 1|High School 1|" \
	"$(ents "$T/town" | rows ORG /dev/stdin)"
# 48. Old print abbreviates given names with a full stop: "Geo. A. Quorndale" and "Chas.
#     Zembly" are whole names, "Chas." no town; a place whose name only its accents keep
#     from being a common word is not that word ("the Corner Drug Store" holds no place).
mkdir -p "$T/abbr"
printf 'Locals\n\nGeo. A. Quorndale and Chas. Zembly bought the Corner Drug Store from Wm. Brask.\n' >"$T/abbr/a.txt"
t_eq "abbreviated given names" \
	"PERSON Geo. A. Quorndale|PERSON Chas. Zembly|PERSON Wm. Brask|" \
	"$(ments "$T/abbr" | spans /dev/stdin)"
#     An abbreviated given name is that name written short: "Benj. Quorndale" of a
#     signature is the "Benjamin Quorndale" of another article, and the row has his name
#     written out.
mkdir -p "$T/abbr2"
printf 'Message\n\nThe tariff is high.\n\nBENJ. QUORNDALE\n' >"$T/abbr2/a-1890.txt"
printf 'Court\n\nI have appointed Hon. Benjamin Quorndale, of Indiana.\n' >"$T/abbr2/b-1892.txt"
t_eq "an abbreviated given name across articles" "Benjamin Quorndale 2|" \
	"$(ents "$T/abbr2" | rows PERSON /dev/stdin)"
# 49. A US state's abbreviation after a town and a comma, with its full stop, is the
#     state, and the town a place, whatever its name: datelines ("QUORNVILLE, Minn. (AP)"),
#     "Anselm Brask, Wis.", "Zembar, N.D.", "Brask, W. Va.", "(Quorn, Mo.)". Alone, "Mo"
#     is a given name still.
mkdir -p "$T/states"
printf 'Storm\n\nQUORNVILLE, Minn. (AP) -- A storm hit. Anselm Brask, Wis., was spared; Zembar, N.D., and Brask, W. Va., were not. The Ledger (Quorn, Mo.) said so. Mo Zembly ran.\n' >"$T/states/a.txt"
t_eq "a state's abbreviation after its town" \
	"PLACE QUORNVILLE|PLACE Minnesota|PLACE Anselm Brask|PLACE Wisconsin|PLACE Zembar|PLACE North Dakota|PLACE Brask|PLACE West Virginia|PLACE Quorn|PLACE Missouri|PERSON Mo Zembly|" \
	"$(ments "$T/states" | awk -F'\t' 'NR > 1 && $4 != "ORG" { print $4 " " $6 }' | tr '\n' '|')"
# 50. A lone family name that several full names of the corpus share, written once in
#     each of several articles with no title of office, is one person per article: the
#     "Quornby" of a score, of a court list and of a wedding are three rows. Written after
#     an office in two articles, it stays one row.
mkdir -p "$T/lone"
printf 'Club\n\nAnselm Quornby joined the club.\n' >"$T/lone/a.txt"
printf 'Court\n\nTobias Quornby paid a fine.\n' >"$T/lone/b.txt"
printf 'Game\n\nThe goal was scored by Mr. Quornby.\n' >"$T/lone/c.txt"
printf 'Docket\n\nThe case of Mr. Quornby against the county was continued.\n' >"$T/lone/d.txt"
printf 'Wedding\n\nThe bride was given away by Mr. Quornby, her uncle.\n' >"$T/lone/e.txt"
t_eq "a shared family name alone in several articles" "Quornby 1|Quornby 1|Quornby 1|" \
	"$(ents "$T/lone" | rows PERSON /dev/stdin | tr '|' '\n' | grep '^Quornby ' | tr '\n' '|')"
printf 'Talks\n\nPresident Quornby spoke.\n' >"$T/lone/f.txt"
printf 'Visit\n\nPresident Quornby flew home.\n' >"$T/lone/g.txt"
t_eq "a shared family name after an office" "Quornby 5|" \
	"$(ents "$T/lone" | rows PERSON /dev/stdin | tr '|' '\n' | grep '^Quornby ' | tr '\n' '|')"
# 51. A listed organisation's one-word name that is a family name too, after a given name
#     or an initial, or alone after a title, is that family name: "Quorvel Wagner", "J. Q.
#     Wagner" and "Mayor Wagner" are people, "Wagner fighters" the group.
mkdir -p "$T/wagner"
printf 'Concert\n\nOn Monday the tenor Quorvel Wagner and J. Q. Wagner sang, and Wagner fighters left.\n' >"$T/wagner/a.txt"
t_eq "an organisation's name as a family name" \
	"PERSON Quorvel Wagner|PERSON J. Q. Wagner|ORG Wagner|" "$(ments "$T/wagner" | spans /dev/stdin)"
printf 'Vote\n\nThe city hall cheered when Mayor Wagner spoke.\n' >"$T/wagner/b.txt"
t_eq "an organisation's name as a family name after a title" "PERSON Wagner|" \
	"$(ments "$T/wagner/b.txt" | spans /dev/stdin)"
# 52. A party's members' word the name lists give a party of one country ("Democrats":
#     the US party) goes by the article's country, as the party's generic name does: the
#     Democrats of an article on Chile are not those of an American one.
mkdir -p "$T/party"
printf 'Election\n\nIn Chile the Democrats won. Chile voted, and Chilean turnout rose.\n' >"$T/party/a.txt"
printf 'Vote\n\nThe Democrats in the United States Senate voted no, and American voters agreed.\n' >"$T/party/b.txt"
t_eq "a party word by the article's country" "Democrats 1|Democrats 1|" \
	"$(ents "$T/party" | rows ORG /dev/stdin | tr '|' '\n' | grep -i '^democ' | tr '\n' '|')"
#     Only the plural, or the party's own first word ("Labour"): "a Democrat" is one of the
#     party's, or an outlet's name ("the Quorn Democrat"), not a party of the article's
#     country.
mkdir -p "$T/party2"
printf 'Chile\n\nIn Chile the vote was calm. Chile voted, and Chilean turnout rose, the Quorn Democrat reported.\n' >"$T/party2/a.txt"
t_eq "a party word in the singular" "Democratic Party 1|" "$(ents "$T/party2" | rows ORG /dev/stdin)"
# 53. A region's or town's one-word name first in a two-word name no list knows is no
#     place on its own: "the Nord Quorvel pipeline" (Nord, a region of Burkina Faso) has
#     none; "the Ohio River" and "the Texas Senate" keep theirs.
mkdir -p "$T/lead"
printf 'Pipes\n\nThe Nord Quorvel pipeline was damaged near the Ohio River, and the Texas Senate met.\n' >"$T/lead/a.txt"
t_eq "a place's word first in a longer name" "PLACE Ohio River|ORG Texas Senate|" \
	"$(ments "$T/lead" | spans /dev/stdin)"
# 54. A national body the corpus gives no country of its own is the corpus's own
#     country's, when two in three of its articles name that country: the "National
#     Security Council" of an American statement on Sweden is the one of the statement on
#     trade.
mkdir -p "$T/nsc"
for x in a b c d; do
	printf 'Note %s\n\nThe United States and American workers gained.\n' "$x" >"$T/nsc/$x.txt"
done
printf 'Statement\n\nA spokesperson of the National Security Council welcomed Sweden into NATO. Sweden and the Swedish people join, and the United States agrees.\n' >"$T/nsc/e.txt"
printf 'Readout\n\nThe National Security Council met on American trade; the United States will act.\n' >"$T/nsc/f.txt"
t_eq "a national body of the corpus's country" "NATO 1|National Security Council 2|" \
	"$(ents "$T/nsc" | rows ORG /dev/stdin)"
# 55. Parties that news names without a head word, and straits and ranges, are in the
#     lexicons (orgs.tsv, places.tsv); a listed name whose last word is an article glued
#     to a name is matched whole: "Sinn Fein", "Fine Gael", "the Bab el-Mandeb", "the
#     Hindu Kush" are no people.
mkdir -p "$T/lex"
printf 'Talks\n\nLeaders of Sinn Fein and Fine Gael met. Ships crossed the Bab el-Mandeb, and troops held the Hindu Kush.\n' >"$T/lex/a.txt"
t_eq "parties, a strait and a range by name" \
	"ORG Sinn Fein|ORG Fine Gael|PLACE Bab el-Mandeb|PLACE Hindu Kush|" "$(ments "$T/lex" | spans /dev/stdin)"
# 56. Old names of cities are the cities: "Petrograd" is Saint Petersburg, "Salonika"
#     Thessaloniki (no person, no region of today's name).
mkdir -p "$T/oldcity"
printf 'War\n\nPetrograd fell, and Salonika too.\n' >"$T/oldcity/a.txt"
t_eq "old names of cities" "PLACE Saint Petersburg|PLACE Thessaloniki|" \
	"$(ments "$T/oldcity" | awk -F'\t' 'NR > 1 { print $4 " " $6 }' | tr '\n' '|')"
# 57. A town's name after an initial or a listed family name is a family name: "Booker Q.
#     Washington", "Allen Washington", "Anselm Z. Dayton" are people (no Washington, no
#     Dayton); after a word no list knows it stays the town ("Northwest Washington").
mkdir -p "$T/townfam"
printf 'School\n\nOn Monday the founder Booker Q. Washington and the student Allen Washington met Anselm Z. Dayton in Northwest Washington.\n' >"$T/townfam/a.txt"
t_eq "a town's name as a family name" \
	"PERSON Booker Q. Washington|PERSON Allen Washington|PERSON Anselm Z. Dayton|PLACE Washington|" \
	"$(ments "$T/townfam" | spans /dev/stdin)"
printf 'School\n\nHe studied hard. Allen Washington came in 1890.\n' >"$T/townfam/b.txt"
t_eq "a town's name as a family name at a sentence's start" "PERSON Allen Washington|" \
	"$(ments "$T/townfam/b.txt" | spans /dev/stdin)"
# 58. Fraternal orders and unions are organisations: "the Knights of Quorvel" is no town
#     Quorvel, "the Brotherhood of Zembar Workers" no place.
mkdir -p "$T/orders"
printf 'Lodge\n\nOn Monday the Knights of Quorvel met, and the Brotherhood of Zembar Workers struck.\n' >"$T/orders/a.txt"
t_eq "orders and brotherhoods" "ORG Knights of Quorvel|ORG Brotherhood of Zembar Workers|" \
	"$(ments "$T/orders" | spans /dev/stdin)"
# 59. A US state's bodies share the nation's and the United Nations' generic names: in an
#     article at home in a state (named more than other states and countries) a bare "the
#     General Assembly" or "the Supreme Court" is that state's, as "the State Supreme
#     Court" and "the Kansas House" are; not the UN's, nor the nation's (the article names
#     neither). One body per state across articles.
mkdir -p "$T/stbody"
printf 'Session\n\nIn Topeka, Kansas, the State Supreme Court ruled on the Quorvel levy. Kansas farmers and the Kansas House of Representatives objected, and the General Assembly adjourned. The Kansas Supreme Court and the Kansas General Assembly will meet. The House of Representatives voted.\n' >"$T/stbody/a.txt"
printf 'Levy\n\nIn Quorvel, Kansas, the General Assembly met and the Supreme Court ruled.\n' >"$T/stbody/b.txt"
t_eq "a state's bodies in an article at home in the state" \
	"House of Representatives 1|Kansas General Assembly 2|Kansas Supreme Court 2|" \
	"$(ents "$T/stbody" | rows ORG /dev/stdin)"
#     The United Nations' and the nation's stay theirs where the article names them, by
#     name or as the body "of" them.
printf 'Levy\n\nIn Quorvel, Kansas, the United Nations met: the General Assembly voted, and the United States Supreme Court, not the Supreme Court of Kansas, ruled.\n' >"$T/stbody/c.txt"
t_eq "the UN's and the nation's named" \
	"Supreme Court of Kansas|United Nations|United Nations General Assembly|United States Supreme Court|" \
	"$(ments "$T/stbody/c.txt" | awk -F'\t' '$4 == "ORG" { print $6 }' | sort | tr '\n' '|')"
printf 'Levy\n\nIn Quorvel, Kansas, the General Assembly of the United Nations was watched; Kansas voted. The General Assembly met.\n' >"$T/stbody/d.txt"
t_eq "the UN's body of it named" "General Assembly of the United Nations|United Nations General Assembly|" \
	"$(ments "$T/stbody/d.txt" | awk -F'\t' '$4 == "ORG" { print $6 }' | sort | tr '\n' '|')"
# 60. A weekday after an article, first in a name that ends in an organisation's head, is
#     the name's: "the Sunday Quorvel Association" keeps its "Sunday"; "on Sunday the
#     Zembar Council met" and "Sunday Quorvel Party members" do not.
mkdir -p "$T/wday"
printf 'Notes\n\nMembers of the Sunday Quorvel Association met, and a Friday Zembar Club too. On Sunday the Zembar Council met. Sunday Quorvel Party members spoke.\n' >"$T/wday/a.txt"
t_eq "a weekday first in an organisation's name" \
	"ORG Sunday Quorvel Association|ORG Friday Zembar Club|ORG Zembar Council|ORG Quorvel Party|" \
	"$(ments "$T/wday" | spans /dev/stdin)"
# 61. A given name that is also a company's one word ("Meta") before a family name is a
#     person: "Meta Quorvel", "Meta Schroeder"; before the company's words ("Meta
#     Platforms") it is the company's longer name, and alone the company; before one of
#     its products' words ("Meta Quest") a product's name, no mention (RULES.md 1).
mkdir -p "$T/gvco"
printf 'Class\n\nThe pupils were Meta Quorvel and Meta Schroeder. Shares of Meta Platforms fell on Monday, Meta Quest sold well, and Meta agreed.\n' >"$T/gvco/a.txt"
t_eq "a given name that is a company's word" \
	"PERSON Meta Quorvel|PERSON Meta Schroeder|ORG Meta Platforms|ORG Meta|" \
	"$(ments "$T/gvco" | spans /dev/stdin)"
# 61b. A listed company's one word with words no list knows after it is the company's
#     whole name, first in a sentence too: "Meta Platforms said" made a person
#     "Platforms", "Siemens Healthineers" an ORG "Siemens". A title, a place, a given name
#     or a head word after it is not the name's ("Siemens CEO Zembar Quorvel", "Samsung
#     Seoul", "Tesla Group" is the head's own).
mkdir -p "$T/coname"
printf 'Chips\n\nMeta Platforms said on Tuesday it would spend more. Siemens Healthineers gained. Samsung Seoul staff and Siemens CEO Zembar Quorvel agreed. Meta fell.\n' >"$T/coname/a.txt"
t_eq "a company's one word, then its other words" \
	"ORG Meta Platforms|ORG Siemens Healthineers|ORG Samsung|PLACE Seoul|ORG Siemens|PERSON Zembar Quorvel|ORG Meta|" \
	"$(ments "$T/coname" | spans /dev/stdin)"
# 62. A city's name that a state shares, after a compass word in lower case, is the
#     state: "southeastern Washington", "western New York"; the bare name stays the city,
#     and a country's name ("eastern Georgia") the country.
mkdir -p "$T/side"
printf 'Crops\n\nWheat of Quorvel farms in southeastern Washington and western New York sold in Washington and New York. Farmers of eastern Georgia agreed.\n' >"$T/side/a.txt"
t_eq "a compass word before a state's name" \
	"Washington (U.S. state)|New York (state)|Washington, D.C.|New York|Georgia|" \
	"$(ments "$T/side" | awk -F'\t' 'NR > 1 && $4 == "PLACE" { print $6 }' | tr '\n' '|')"
# 63. A town written with its US state after a comma is that state's town in its whole
#     article, when the state is not the one most articles give the name: "Columbus, N.M."
#     is not the Columbus of "Columbus, Ohio" (two articles); a capital's name with a state
#     ("Paris, Tenn.") is never the capital.
mkdir -p "$T/town"
printf 'Raid\n\nRaiders led by Quorvel Zembar struck Columbus, N.M., and Columbus burned.\n' >"$T/town/a.txt"
printf 'Bank\n\nThe bankers of Columbus, Ohio, met. Columbus grew.\n' >"$T/town/b.txt"
printf 'Fair\n\nAt Paris, Tenn., the fair opened; Paris was full.\n' >"$T/town/c.txt"
printf 'War\n\nParis and Columbus cheered. Columbus, Ohio, too.\n' >"$T/town/d.txt"
t_eq "a town with its state" "Columbus 1|Columbus 2|Paris 1|Paris 1|" \
	"$(ents "$T/town" | rows PLACE /dev/stdin | tr '|' '\n' | grep -E '^(Columbus|Paris) ' | tr '\n' '|')"
# 64. A town's one word is the family name of a person its article names, unless a
#     locative comes before it: "Lewis Hamilton ... ahead of Hamilton" is the driver
#     (was the capital of Bermuda); "raced in Hamilton" and an article with no such
#     person keep the town.
mkdir -p "$T/drv"
printf 'Race\n\nLewis Hamilton and Zembar Quorvel raced; Quorvel finished ahead of Hamilton. The series raced in Hamilton last year.\n' >"$T/drv/a.txt"
printf 'Port\n\nShips reached Hamilton on Monday.\n' >"$T/drv/b.txt"
t_eq "a town's word that a person of the article has as family name" \
	"PERSON Lewis Hamilton|PERSON Zembar Quorvel|PERSON Quorvel|PERSON Hamilton|PLACE Hamilton|PLACE Hamilton|" \
	"$(ments "$T/drv" | spans /dev/stdin)"
# 65. A city's name that its article reads as a club (a match report) or names a team of
#     is the club there: the headline's "Liverpool", "Liverpool manager", "Boston led";
#     not after a locative ("at Boston"), not before its country ("LIVERPOOL, England"),
#     and not in an article with no club of it. The headline's "Celtics" is the team its
#     article names in full (round 13: a lone word that one unlisted name ends in).
mkdir -p "$T/club"
printf 'Salah sends Liverpool top\n\nLIVERPOOL, England — Mohamed Salah scored as Liverpool beat Southampton 3-1 on Saturday. Liverpool manager Arne Slot was pleased.\n' >"$T/club/a.txt"
printf 'Celtics win\n\nThe Boston Celtics beat the Denver Nuggets. Boston led from the start and fans at Boston cheered.\n' >"$T/club/b.txt"
printf 'Weather\n\nLiverpool was wet and Boston was cold.\n' >"$T/club/c.txt"
t_eq "a city's name in an article of its club" \
	"PERSON Salah|ORG Liverpool|PLACE LIVERPOOL|PLACE England|PERSON Mohamed Salah|ORG Liverpool|ORG Southampton|ORG Liverpool|PERSON Arne Slot|ORG Celtics|ORG Boston Celtics|ORG Denver Nuggets|ORG Boston|PLACE Boston|PLACE Liverpool|PLACE Boston|" \
	"$(ments "$T/club" | spans /dev/stdin)"
# 66. An office's possessive inside a body's name goes on to the body: "the Istanbul Chief
#     Public Prosecutor's Office" (was PLACE Istanbul), "the Manhattan District Attorney's
#     Office" (was PLACE "Manhattan District Attorney"), "the Sheriff's Department"; before
#     a word in lower case it ends the name ("the Prosecutor's statement").
mkdir -p "$T/office"
printf "Charges\n\nThe Istanbul Chief Public Prosecutor's Office charged him, the Manhattan District Attorney's Office agreed, and the Los Angeles County Sheriff's Department waited. The Prosecutor's statement followed.\n" >"$T/office/a.txt"
t_eq "an office's possessive inside a body's name" \
	"ORG Istanbul Chief Public Prosecutor's Office|ORG Manhattan District Attorney's Office|ORG Los Angeles County Sheriff's Department|" \
	"$(ments "$T/office" | spans /dev/stdin)"
# 67. "Bill" is a law's head word and a given name: before a name it is the given name.
#     "Bill Clinton said", "President Bill Clinton", "said Bill Nelson" were dropped whole
#     as laws; "the Finance Bill" and "the Bill of Rights" stay laws (no entity).
mkdir -p "$T/bill"
printf 'Laws\n\nBill Clinton said it, President Bill Clinton agreed, and so said Bill Nelson, the NASA administrator. The Finance Bill passed and the Bill of Rights stands.\n' >"$T/bill/a.txt"
t_eq "a given name that is also a law's head" \
	"PERSON Bill Clinton|PERSON Bill Clinton|PERSON Bill Nelson|ORG NASA|" \
	"$(ments "$T/bill" | spans /dev/stdin)"
# 68. A party's own name before the listed plural of another ("Free Democrats", "Social
#     Democrats") is that party, not the US Democratic Party; "the Democrats" alone stays
#     the listed one. A laboratory is an organisation ("Jet Propulsion Laboratory" was
#     nothing, "Lawrence Livermore National Laboratory" a person).
mkdir -p "$T/fdp"
printf 'Coalition\n\nThe Free Democrats left and the Social Democrats stayed, as the Democrats did. Researchers at the Jet Propulsion Laboratory and the Lawrence Livermore National Laboratory agreed.\n' >"$T/fdp/a.txt"
t_eq "another party's plural, a laboratory" \
	"ORG Free Democrats|ORG Social Democrats|ORG Democrats|ORG Jet Propulsion Laboratory|ORG Lawrence Livermore National Laboratory|" \
	"$(ments "$T/fdp" | spans /dev/stdin)"
t_eq "the Free Democrats are no US party" "Free Democrats|Social Democrats|Democratic Party|" \
	"$(ments "$T/fdp" | awk -F'\t' 'NR > 1 && $6 ~ /Democ/ { print $6 }' | tr '\n' '|')"
# 69. Companies and parties news names with no head word: "Honda Motor" was a person,
#     "Nissan" nothing, and a party's acronym alone ("the SPD", "the FDP") nothing.
mkdir -p "$T/lex"
printf 'Markets\n\nHonda Motor and Nissan were flat, ASML rose. The SPD and the FDP agreed.\n' >"$T/lex/a.txt"
t_eq "companies and party acronyms of the lists" \
	"ORG Honda Motor|ORG Nissan|ORG ASML|ORG SPD|ORG FDP|" \
	"$(ments "$T/lex" | spans /dev/stdin)"
# 70. Legislatures named in their own language: "the Lok Sabha" was the Libyan city
#     Sabha ("Lok" dropped); the city itself stays one.
mkdir -p "$T/leg"
printf 'Vote\n\nIn the Lok Sabha, and in Sabha, Libya, members of the Riksdag and the Sejm watched.\n' >"$T/leg/a.txt"
t_eq "a legislature of its own language" \
	"ORG Lok Sabha|PLACE Sabha|PLACE Libya|ORG Riksdag|ORG Sejm|" \
	"$(ments "$T/leg" | spans /dev/stdin)"
# 71. A company is the one its article names with a legal form: "Pittston Co said ...
#     Pittston would gain" and "Quorvex Products Inc ... Quorvex said" made people of the
#     short names (companies say things too); a body with a head word does not lend its
#     first word ("the Irving Police Department ... Irving officers"), nor a name with no
#     legal form ("NOAA Weather Radio ... NOAA"), nor one run on over "and" ("Redstone and
#     Zembar Holdings Inc ... Redstone would win": Sumner Redstone).
mkdir -p "$T/co"
printf 'Deal\n\nThe company, Pittston Co, said it agreed. Analysts said Pittston would gain. Quorvex Products Inc bought it, and Quorvex said so.\n' >"$T/co/a.txt"
printf 'Clock\n\nThe Irving Police Department spoke. Irving officers said NOAA Weather Radio and NOAA agreed.\n' >"$T/co/b.txt"
printf 'Bid\n\nThe offer of Redstone and Zembar Holdings Inc was raised. Analysts said Redstone would win.\n' >"$T/co/c.txt"
t_eq "a company's short name in its article" \
	"ORG Pittston Co|ORG Pittston|ORG Quorvex Products Inc|ORG Quorvex|ORG Irving Police Department|ORG NOAA Weather Radio|ORG NOAA|ORG Redstone and Zembar Holdings Inc|PERSON Redstone|" \
	"$(ments "$T/co" | spans /dev/stdin)"
# 72. Company head words: "Nippon Steel", "Dow Chemical", "Newmont Mining", "Antonson
#     Machines", "Mitsubishi Electric", "Ford Motor", "Sony Pictures", "Coastal Bancorp"
#     (were persons or nothing); "Danielle Steel" stays a person (a given name before a
#     head that is a family name), and "the Securities and Exchange Commission" whole.
mkdir -p "$T/heads"
printf 'Firms\n\nNippon Steel, Dow Chemical, Newmont Mining and Antonson Machines gained; Mitsubishi Electric, Ford Motor, Sony Pictures and Coastal Bancorp fell. The Securities and Exchange Commission sued. Danielle Steel wrote a book.\n' >"$T/heads/a.txt"
t_eq "company head words" \
	"ORG Nippon Steel|ORG Dow Chemical|ORG Newmont Mining|ORG Antonson Machines|ORG Mitsubishi Electric|ORG Ford Motor|ORG Sony Pictures|ORG Coastal Bancorp|ORG Securities and Exchange Commission|PERSON Danielle Steel|" \
	"$(ments "$T/heads" | spans /dev/stdin)"
# 73. "U.S. District Judge David Ezra": "District" is the title's, the place is the U.S.
#     (was PLACE "U.S. District"); "U.S. District Court" stays a court. Analysts' firms:
#     "Capital Economics" (nothing), "Oxford Economics" (a person "Oxford"), "Nomura" (a
#     person).
mkdir -p "$T/judge"
printf 'Ruling\n\nU.S. District Judge David Ezra wrote it, and the U.S. District Court agreed. Analysts at Capital Economics, Oxford Economics and Nomura said growth would slow.\n' >"$T/judge/a.txt"
t_eq "a district judge, analysts' firms" \
	"PLACE U.S.|PERSON David Ezra|ORG U.S. District Court|ORG Capital Economics|ORG Oxford Economics|ORG Nomura|" \
	"$(ments "$T/judge" | spans /dev/stdin)"
# 74. A dateline's town in capitals that is also a given name: "AUSTIN, Texas (AP) —",
#     "MADISON, Wis. (AP) —" gave no town; "NOTE, Texas is big." (no dash, no agency)
#     stays nothing.
mkdir -p "$T/dl"
printf 'Ruling\n\nAUSTIN, Texas (AP) — A judge ruled.\n' >"$T/dl/a.txt"
printf 'Vote\n\nMADISON, Wis. (AP) — Voters went.\nNOTE, Texas is big.\n' >"$T/dl/b.txt"
t_eq "a dateline's town in capitals" \
	"PLACE AUSTIN|PLACE Texas|ORG AP|PLACE MADISON|PLACE Wis|ORG AP|PLACE Texas|" \
	"$(ments "$T/dl" | spans /dev/stdin)"
# 75. Names whose words are all common words: "New South Wales" was PLACE "Wales";
#     "Reform UK" PLACE UK; "the Bloc Quebecois" nothing.
mkdir -p "$T/nsw"
printf 'Floods\n\nFloods hit New South Wales. Reform UK and the Bloc Quebecois agreed.\n' >"$T/nsw/a.txt"
t_eq "a state and parties of common words" \
	"PLACE New South Wales|ORG Reform UK|ORG Bloc Quebecois|" \
	"$(ments "$T/nsw" | spans /dev/stdin)"
# 76. A market index is a product's name, nothing inside it counted: "the Dow Jones
#     Industrial Average rose" was a PERSON, "the Nasdaq Composite" too is no entity;
#     "Dow Jones said" is the company (was a person).
mkdir -p "$T/index"
printf 'Markets\n\nThe Dow Jones Industrial Average rose and the Nasdaq Composite climbed. Dow Jones said so.\n' >"$T/index/a.txt"
t_eq "a market index, the company" "ORG Dow Jones|" "$(ments "$T/index" | spans /dev/stdin)"
# 77. Cities by their English names where the world list has the local one: "Officials
#     said Seville reached 46C" made a person of Seville; "Sevilla" is the same city.
mkdir -p "$T/exo"
printf 'Heat\n\nOfficials said Seville reached 46C, and Sevilla, Nuremberg and Antwerp were hot.\n' >"$T/exo/a.txt"
t_eq "a city's English name" "Seville|Seville|Nuremberg|Antwerp|" \
	"$(ments "$T/exo" | awk -F'\t' 'NR > 1 && $4 == "PLACE" { print $6 }' | tr '\n' '|')"
# 78. "Securities" ends a broker's name ("Wedbush Securities" was a person), and one head
#     word alone before "and" is no whole name, so "the Securities and Exchange
#     Commission" stays whole (four Reuters wires had "Exchange Commission"), and "the
#     Mining and Metallurgical Society"; "the Foreign Ministry and the Defence Ministry"
#     are two.
mkdir -p "$T/sec"
printf 'Firms\n\nThe stake rose.\n    In a filing with the Securities and Exchange Commission,\nthe group said it agreed. Analysts at Wedbush Securities agreed. The Mining and Metallurgical Society met. The Foreign Ministry and the Defence Ministry agreed.\n' >"$T/sec/a.txt"
t_eq "a head word alone before \"and\"" \
	"ORG Securities and Exchange Commission|ORG Wedbush Securities|ORG Mining and Metallurgical Society|ORG Foreign Ministry|ORG Defence Ministry|" \
	"$(ments "$T/sec" | spans /dev/stdin)"
# 79. A party of generic words defined by its listed acronym is one row with it:
#     "the Christian Democratic Union (CDU)", "Justice and Development Party (AKP)" and
#     "AKP (Justice and Development Party)" were two rows each, both with the party's name.
mkdir -p "$T/acr"
printf 'Talks\n\nBERLIN - Friedrich Merz, leader of the Christian Democratic Union (CDU), met the Social Democratic Party (SPD). The CDU said talks went on.\n' >"$T/acr/a.txt"
printf 'Vote\n\nISTANBUL - The Justice and Development Party (AKP) lost. The AKP has ruled since 2002.\n' >"$T/acr/b.txt"
printf 'Vote again\n\nANKARA - The AKP (Justice and Development Party) won a seat.\n' >"$T/acr/c.txt"
ents "$T/acr" >"$T/acr.tsv"
t_eq "a party defined by its listed acronym: one row" \
	"Christian Democratic Union 1|Justice and Development Party 2|Social Democratic Party 1|" \
	"$(rows ORG "$T/acr.tsv")"
# 80. "and" after an "of" complement does not take a listed body in: "Bank of America and
#     Wells Fargo" was one ORG, "Bank of America and Citigroup" too; "the Department of
#     Health and Human Services", "the Department of Commerce and Labor" stay whole.
mkdir -p "$T/bofa"
printf 'Banks\n\nShares of Bank of America and Wells Fargo fell. The Bank of America and Citigroup rose. The Department of Health and Human Services said. The Department of Commerce and Labor was formed.\n' >"$T/bofa/a.txt"
t_eq "a listed body after \"and\" is another" \
	"ORG Bank of America|ORG Wells Fargo|ORG Bank of America|ORG Citigroup|ORG Department of Health and Human Services|ORG Department of Commerce and Labor|" \
	"$(ments "$T/bofa" | spans /dev/stdin)"
# 81. Someone's employer: "Analysts at Wedbush said", "an economist at Pantheon said"
#     were persons; "analyst at Prescott, Ball and Turben Inc." (a list of partners) and
#     "analysts at Davos" (a place) are not taken for one.
mkdir -p "$T/emp"
printf 'Stocks\n\nAnalysts at Wedbush said the sector was weak. An economist at Pantheon said so. Investors at Davos met. I think so, said Elliott Schlang, analyst at Prescott, Ball and Turben Inc.\n' >"$T/emp/a.txt"
t_eq "an employer after \"analysts at\"" \
	"ORG Wedbush|ORG Pantheon|PLACE Davos|PERSON Elliott Schlang|ORG Turben Inc|" \
	"$(ments "$T/emp" | spans /dev/stdin)"
# 82. Mail footers and listings: "4 DVDs Free Join Now" (52 mails of a list's footer) was
#     a person; "Contact Erik Vanderkolk for details" gave "Contact Erik Vanderkolk"; "Sun"
#     after a broadcast's time ("(9pm, Sun, BBC2)") was a person.
mkdir -p "$T/foot"
printf 'List\n\nAdvertise in Media Unspun.\nContact Erik Vanderkolk for details at erik@example.com\ntoday.\n4 DVDs Free Join Now\nCLEAR THE SKIES (9pm, Sun, BBC2) is an account.\n' >"$T/foot/a.txt"
t_eq "a sentence's verb, a listing's weekday" "PERSON Erik Vanderkolk|" \
	"$(ments "$T/foot" | spans /dev/stdin)"
mkdir -p "$T/foot6"
for i in 1 2 3 4 5 6; do
	printf 'Post %d\n\nA member wrote about the moon %d.\n\n--- Groups Sponsor ---~-->\n4 DVDs Free +s&p Join Now\n' $i $i >"$T/foot6/$i.txt"
done
t_eq "a footer in six mails" "" "$(ments "$T/foot6" | spans /dev/stdin)"
# 83. Cafés, hotels, restaurants and theatres are places: "NEW!! Cafe Forteana is back"
#     (a list's signature in six mails) was a person.
mkdir -p "$T/cafe"
printf 'Cafe\n\nNEW!! Cafe Forteana is back. We met at the Ritz Hotel and the Globe Theatre. Hotel Adlon was full.\n' >"$T/cafe/a.txt"
t_eq "cafés and hotels" "PLACE Cafe Forteana|PLACE Ritz Hotel|PLACE Globe Theatre|PLACE Hotel Adlon|" \
	"$(ments "$T/cafe" | spans /dev/stdin)"
# 84. A town before a US state's full name: "Terry W. Colvin, Sierra Vista, Arizona (USA)"
#     (a signature in three mails) and "moved to Sierra Vista, Arizona, last year" made a
#     person of the town; "based in LaPorte, Indiana," gave nothing. Not "Rep. Jim Jordan,
#     Ohio Republican", "Sen. Ann Lee, Texas" nor "Mary Jones, Texas, wrote".
mkdir -p "$T/statetown"
printf 'Towns\n\nHe moved to Sierra Vista, Arizona, last year. The unit, based in LaPorte, Indiana, makes scales. Rep. Jim Jordan, Ohio Republican, spoke. Sen. Ann Lee, Texas, voted. Mary Jones, Texas, wrote a letter.\n' >"$T/statetown/a.txt"
t_eq "a town before a state's full name" \
	"PLACE Sierra Vista|PLACE Arizona|PLACE LaPorte|PLACE Indiana|PERSON Jim Jordan|PLACE Ohio|PERSON Ann Lee|PLACE Texas|PERSON Mary Jones|PLACE Texas|" \
	"$(ments "$T/statetown" | spans /dev/stdin)"
# 85. A lone word of English with no cue of a person is not another article's full name:
#     "Winters from \"Band of Brothers\"" was Caroline Brothers (a byline of another
#     mail), "the Oxford Dictionary" someone "Oxford Dictionary"; a listed family name
#     with a cue still is ("Bush said" in an article apart from "George Bush").
mkdir -p "$T/eng"
printf 'Report\n\nBy Caroline Brothers\nPARIS (Reuters) - A novelist went on trial.\n' >"$T/eng/a.txt"
printf 'TV\n\nHe played Winters from "Band of Brothers" which is annoying.\n' >"$T/eng/b.txt"
printf 'Visit\n\nGeorge Bush visited Ohio.\n' >"$T/eng/c.txt"
printf 'Talks\n\nBush said the talks went well.\n' >"$T/eng/d.txt"
t_eq "a word of English is no namesake" "a.txt Caroline Brothers|c.txt George Bush|d.txt George Bush|" \
	"$(ments "$T/eng" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { sub(/.*\//, "", $1); print $1 " " $6 }' | tr '\n' '|')"
# 86. What only a firm has, after a possessive: "Vivendi's share price sank", "the vote of
#     Initech's creditors" were a person and nothing (not headquarters, which a general
#     or a campaign has too: entity_memoirs.sh); a company its article names with
#     a legal form stays the one its short name stands for ("Quorbex Holdings Inc ...
#     Quorbex's shareholders ... Quorbex said").
mkdir -p "$T/firm"
printf 'Firms\n\nThe Guardian said that Vivendi'"'"'s share price sank. The vote of Initech'"'"'s creditors was close.\n' >"$T/firm/a.txt"
printf 'Deal\n\nThe board of Quorbex Holdings Inc met. Later Quorbex'"'"'s shareholders voted, and Quorbex said it agreed.\n' >"$T/firm/b.txt"
t_eq "a firm's share price, shareholders, creditors" \
	"ORG The Guardian The Guardian|ORG Vivendi Vivendi|ORG Initech Initech|ORG Quorbex Holdings Inc Quorbex Holdings Inc|ORG Quorbex Holdings Inc Quorbex|ORG Quorbex Holdings Inc Quorbex|" \
	"$(ments "$T/firm" | awk -F'\t' 'NR > 1 { print $4 " " $6 " " $7 }' | tr '\n' '|')"
# 87. Empires are places ("Edward Gibbon, Decline and Fall of the Roman Empire", a mail
#     signature in 57 mails, was the corpus's second person); a campus after a
#     university's name and a comma is part of it ("the University of California, Irvine,
#     in 1984" gave a person Irvine), not in a list of names.
mkdir -p "$T/empire"
printf 'Gibbon\n\nSo wrote Edward Gibbon in the Decline and Fall of the Roman Empire. The Ottoman Empire fell. He received a PhD from the University of California, Irvine, in 1984. She studied at the University of Michigan, Harvard and Yale.\n' >"$T/empire/a.txt"
t_eq "empires; a university's campus" \
	"PERSON Gibbon|PERSON Edward Gibbon|PLACE Roman Empire|PLACE Ottoman Empire|ORG University of California, Irvine|ORG University of Michigan|" \
	"$(ments "$T/empire" | spans /dev/stdin)"
# 88. A courtesy title's sex: "Mr. Clinton" beside Hillary and Bill Clinton was Hillary
#     (the name written more), "Mrs. Smith" beside Mary and John Smith was John when John
#     was written more; "Miss Crawford" of one chapter was the Henry Crawford another
#     chapter names in full, "Mr. Woodhouse" his daughter Emma Woodhouse.
mkdir -p "$T/sex"
printf 'Campaign\n\nHillary Clinton and Bill Clinton arrived. Hillary Clinton spoke. Mr. Clinton spoke after her. John Smith and Mary Smith came. John Smith sat. Mrs. Smith stood.\n' >"$T/sex/a.txt"
printf 'Chapter I\n\nMr. Henry Crawford rode to the park with his friends.\n' >"$T/sex/b.txt"
printf 'Chapter II\n\nMiss Crawford played the harp. Mr. Crawford listened.\n' >"$T/sex/c.txt"
printf 'Chapter III\n\nEmma Woodhouse was handsome. Mr. Woodhouse was fond of her.\n' >"$T/sex/d.txt"
t_eq "a courtesy title's sex" \
	"a.txt Clinton Bill Clinton|a.txt Smith Mary Smith|c.txt Crawford Crawford|c.txt Crawford Henry Crawford|d.txt Woodhouse Woodhouse|" \
	"$(ments "$T/sex" | awk -F'\t' 'NR > 1 && $4 == "PERSON" && $7 !~ / / { sub(/.*\//, "", $1); print $1 " " $7 " " $6 }' | tr '\n' '|')"
# 89. A law's head word right after "and" starts a law's name only before "of":
#     "Hillary Clinton and Bill Gates arrived" was one person, "Ben, Kevin and Bill are"
#     nothing; "the Magna Carta and Bill of Rights", "the Health and Care Bill" stay
#     unannotated.
mkdir -p "$T/billand"
printf 'Visit\n\nHillary Clinton and Bill Gates arrived in Atlanta. It seems Ben, Kevin and Bill are right. The Magna Carta and Bill of Rights were read. The Health and Care Bill passed.\n' >"$T/billand/a.txt"
t_eq "Bill after and" \
	"PERSON Hillary Clinton|PERSON Bill Gates|PLACE Atlanta|PERSON Ben|PERSON Kevin|PERSON Bill|" \
	"$(ments "$T/billand" | spans /dev/stdin)"
# 90. Mail in HTML: a tag's name is no word of the text ("<META http-equiv=...>" was the
#     company Meta in three mails), nor are letters spaced out ("alt=\"M E D I A  U N S P U
#     N\"", a logo's text, was a person "U N S P U N"); a name in angle brackets that is no
#     tag stays one ("tomwhore <Tom> writes").
mkdir -p "$T/html"
printf 'News\n\n<HTML><HEAD><META http-equiv="expires" CONTENT="0"><TITLE>News</TITLE></HEAD>\n<BODY><P>Hello <FONT face=Verdana>there</FONT><IMG SRC="logo.GIF" alt="M E D I A  U N S P U N"><BR>Paris was busy.</P>\n"t" == tomwhore <Tom> writes:\n</BODY></HTML>\n' >"$T/html/a.txt"
t_eq "HTML tags, spaced letters" "PLACE Paris|PERSON Tom|" "$(ments "$T/html" | spans /dev/stdin)"
# 91. A firm's name by its parts: "Vivendi Universal ... Vivendi's share price ... Vivendi
#     said" was a person of 52 mentions in two mails (the cued "Vivendi's" an organisation
#     apart), "Media Unspun, Inc. ... Unspun said" a person "Unspun" of 69 (a newsletter's
#     name, its first word dropped at a sentence's start); "John Smith ... Smith's board"
#     stays a person.
mkdir -p "$T/firmname"
printf 'Deal\n\nVivendi Universal met on Monday. The Guardian reported that Vivendi'"'"'s share price sank. Vivendi said it would sell assets.\n' >"$T/firmname/a.txt"
printf 'Letter\n\nCopyright 2002 Media Unspun, Inc. Unspun said so.\n' >"$T/firmname/b.txt"
printf 'Board\n\nJohn Smith met on Monday. Later Smith'"'"'s board voted.\n' >"$T/firmname/c.txt"
t_eq "a firm named by its parts" \
	"ORG Vivendi Universal|ORG The Guardian|ORG Vivendi Universal|ORG Vivendi Universal|ORG Media Unspun|ORG Media Unspun|PERSON John Smith|PERSON John Smith|" \
	"$(ments "$T/firmname" | awk -F'\t' 'NR > 1 { print $4 " " $6 }' | tr '\n' '|')"
# 92. Mail headers: a quoted display name before its mailbox is one too ("\"R. A.
#     Hettinga\" <rah@...>", and its initials are no words where the text writes "a": it
#     gave nothing, or "Hettinga"); a mailing list's name there is an organisation
#     ("\"Digital Bearer Settlement List\" <dbs@...>" was a person in 5 mails); a family
#     name that is a club's head word after a given name is the person's ("Luis Villa
#     wrote", an ORG in 5 mails), not "Aston Villa".
mkdir -p "$T/hdr"
printf 'Re: cars\n\nFrom: A guy\nTo: "R. A. Hettinga" <rah@example.com>\nCc: "Digital Bearer Settlement List" <dbs@example.com>\n\nIt is a test of a car. On Thu, Aug 15, 2002, Luis Villa wrote: fine. Aston Villa won.\n' >"$T/hdr/a.txt"
t_eq "mail headers' names" \
	"PERSON R. A. Hettinga|ORG Digital Bearer Settlement List|DATE Aug 15, 2002|PERSON Luis Villa|ORG Aston Villa|" \
	"$(ments "$T/hdr" | spans /dev/stdin)"
# 93. A courtesy title's sex across articles: "Mrs. Clinton" of an article that names no
#     Clinton in full was no one's of the corpus's Bill and Hillary Clinton (two of the
#     name), "Mr. Clinton" neither (a short given name has its formal one's sex: Bill,
#     William); "Mrs. Bennet" and "Mr. Bennet", where no full name takes them, were one
#     person: she is one of her own, he keeps the lone name's.
mkdir -p "$T/sex2"
printf 'Visit\n\nBill Clinton spoke. Hillary Clinton spoke. Bill Clinton left.\n' >"$T/sex2/a.txt"
printf 'Dinner\n\nMrs. Clinton said the plan was good. Mr. Clinton agreed.\n' >"$T/sex2/b.txt"
printf 'Chapter I\n\nMrs. Bennet spoke to her husband. Mr. Bennet laughed.\n' >"$T/sex2/c.txt"
printf 'Chapter II\n\nMr. Bennet read. Mrs. Bennet talked.\n' >"$T/sex2/d.txt"
ments "$T/sex2" >"$T/sex2.tsv"
t_eq "a courtesy title's sex, across articles" "b.txt Hillary Clinton|b.txt Bill Clinton|" \
	"$(awk -F'\t' 'NR > 1 && $1 ~ /b.txt$/ { sub(/.*\//, "", $1); print $1 " " $6 }' "$T/sex2.tsv" | tr '\n' '|')"
t_eq "Mrs. and Mr. Bennet: two people" "Bennet|Mrs. Bennet|" \
	"$(awk -F'\t' 'NR > 1 && $7 == "Bennet" { print $6 }' "$T/sex2.tsv" | sort -u | tr '\n' '|')"
t_eq "each the same in both chapters" "4" \
	"$(awk -F'\t' 'NR > 1 && $7 == "Bennet" { print $5, $1 }' "$T/sex2.tsv" | sort -u | wc -l | tr -d ' ')"
# 94. "San", "Santa" before a word no list knows as a name is a saint's place, as "St." is:
#     "the battle of San Jacinto" (State of the Union addresses, 1837-1846) was a person;
#     "Santa Anna surrendered", "General Santa Anna" stay the general.
mkdir -p "$T/san"
printf 'Texas\n\nSince the battle of San Jacinto the war has gone on. Santa Anna surrendered. General Santa Anna fled.\n' >"$T/san/a.txt"
t_eq "San Jacinto" "PLACE Texas|PLACE San Jacinto|PERSON Santa Anna|PERSON Santa Anna|" "$(ments "$T/san" | spans /dev/stdin)"
# 95. A kind of firm capitalised for emphasis is no firm: "the executives of Telecom
#     Companies have managed to bilk..." (6 FoRK mails) was an organisation; "Coca-Cola
#     Companies", "Hudson Companies" and "the Bureau of Corporations" stay ones.
mkdir -p "$T/kind"
printf 'Telecom\n\nThe executives of Telecom Companies have managed to bilk investors. Oil Companies lobbied. The Coca-Cola Companies said so. Hudson Companies grew. The Bureau of Corporations reported.\n' >"$T/kind/a.txt"
t_eq "a kind of firm" "ORG Coca-Cola Companies|ORG Hudson Companies|ORG Bureau of Corporations|" "$(ments "$T/kind" | spans /dev/stdin)"
# 96. A woman's honorific names her apart from another's of her family: "Miss Bates" and
#     "Mrs. Bates" (daughter and mother) were one row, as were "Mrs. Bennet" and "Miss
#     Bennet"; she is shown with her honorific ("Bennet" three times before).
mkdir -p "$T/miss"
printf 'Chapter III\n\nMrs. Bennet spoke. Mr. Bennet laughed. Miss Bennet smiled. Miss Bates and Mrs. Bates came.\n' >"$T/miss/a.txt"
t_eq "Miss and Mrs." "Bennet 1|Miss Bates 1|Miss Bennet 1|Mrs. Bates 1|Mrs. Bennet 1|" \
	"$(ents "$T/miss" | awk -F'\t' '$1 == "PERSON" { print $3 " " $4 }' | sort | tr '\n' '|')"
# 97. An organisation's display name is the full name written most, not the longest: a
#     product's one "Siemens SIMpad SL4" named the row of "Siemens AG" (written twice) in
#     the FoRK list; a listed body keyed by its country keeps its longest name (65).
mkdir -p "$T/orgname"
printf 'Deal\n\nThe maker of routers was acquired by Siemens AG in 1999.\n' >"$T/orgname/a.txt"
printf 'Deal two\n\nUnisphere was acquired by Siemens AG in 1999.\n' >"$T/orgname/b.txt"
printf 'Sale\n\nThe Siemens SIMpad SL4 is a tablet. Order the Siemens SIMpad today.\n' >"$T/orgname/c.txt"
t_eq "an organisation's name written most" "Siemens AG 3" \
	"$(ents "$T/orgname" | awk -F'\t' '$1 == "ORG" && $3 ~ /^Siemens/ { print $3 " " $4 }')"
t_end
