# tests/cli/entity_linking2.sh -- entity rules of issue 15 for linking a lone family name across articles: a family's honorific weighed, office holders, titles in apposition, places after "in". MIT licence.
# Each case is a small corpus written here, with invented names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. One "Mrs. Sherman" (a letter's "I will ask Mrs. Sherman to go with me") kept the 234
#    untitled "Sherman" of 39 chapters of Grant's memoirs apart from "W. T. Sherman",
#    though 28 chapters write "General Sherman"; the speeches' "Mr. Lincoln" (a man's
#    honorific before a man's name) did the same to "Lincoln". A family's honorific keeps
#    the untitled name apart only where it is not far outweighed by the titled articles
#    (tests/cli/entity_linking.sh keeps "Mrs. Tandrell" beside three "Lieutenant
#    Tandrell").
mkdir -p "$T/wife"
for i in 1 2 3 4 5 6 7 8 9; do
	printf 'Report %d\n\nGeneral Corvale crossed the river.\n' "$i" >"$T/wife/g$i.txt"
done
printf 'Letter\n\nI will ask Mrs. Corvale to come. General T. R. Corvale agreed.\n' >"$T/wife/l.txt"
printf 'Orders\n\nGeneral T. R. Corvale marched at dawn.\n' >"$T/wife/o.txt"
{ printf 'March\n\n'; for i in $(seq 1 24); do
	printf 'At dawn Corvale marched %d miles. ' "$i"; done; printf '\n'; } >"$T/wife/m.txt"
t_eq "one wife's honorific does not split a general titled in nine articles" \
	"Corvale>T. R. Corvale PERSON|" "$(rows "$T/wife" m.txt | awk -F'|' '{ print $1 "|" }')"
mkdir -p "$T/mister"
for i in 1 2 3; do
	printf 'Report %d\n\nPresident Oskarsen spoke.\n' "$i" >"$T/mister/p$i.txt"
	printf 'Visit %d\n\nMr. Oskarsen came to the camp.\n' "$i" >"$T/mister/v$i.txt"
done
printf 'Speech\n\nPresident Harald Oskarsen spoke.\n' >"$T/mister/s.txt"
printf 'Again\n\nHarald Oskarsen spoke again.\n' >"$T/mister/t.txt"
{ printf 'War\n\n'; for i in $(seq 1 24); do
	printf 'In the end Oskarsen signed %d orders. ' "$i"; done; printf '\n'; } >"$T/mister/w.txt"
t_eq "a man's honorific before a man's name is no other person" \
	"Oskarsen>Harald Oskarsen PERSON|" "$(rows "$T/mister" w.txt | awk -F'|' '{ print $1 "|" }')"

# 2. The briefings' untitled "Trump" (four articles: "vote against Trump", "Trump was
#    tough") stayed a row apart from Donald Trump, whose "President Trump" of eleven
#    articles joined him: one "Ivanka Trump" made the family name ambiguous. Where the
#    corpus writes the lone name after a title of office in more than TITLED_ARTS
#    articles and one full name of its family only is an office holder's, the untitled
#    name is that office holder's; where two of the family hold an office, it is no one's.
mkdir -p "$T/office"
for i in 1 2 3; do
	printf 'Rally %d\n\nPresident Vandermolt spoke to the crowd.\n' "$i" >"$T/office/p$i.txt"
	printf 'Speech %d\n\nAnton Vandermolt spoke of jobs.\n' "$i" >"$T/office/j$i.txt"
done
printf 'Inauguration\n\nPresident Anton Vandermolt took the oath.\n' >"$T/office/i.txt"
printf 'Family\n\nAnton Vandermolt thanked his daughter Greta Vandermolt.\n' >"$T/office/f.txt"
printf 'Polls\n\nNobody will vote against Vandermolt in the fall.\n' >"$T/office/v.txt"
t_eq "an untitled family name is its family's one office holder" \
	"Vandermolt>Anton Vandermolt PERSON|" "$(rows "$T/office" v.txt)"
mkdir -p "$T/office2"
cp "$T"/office/*.txt "$T/office2/"
printf 'Senate\n\nSenator Greta Vandermolt voted no.\n' >"$T/office/s.txt"
t_eq "... and no one's where two of the family hold an office" \
	"Vandermolt>Vandermolt PERSON|" "$(rows "$T/office" v.txt)"
# ... nor where the family's other full names are not far rarer (the 10k bench corpus's
# Hannah Groß, 130 mentions, beside Uwe and Katrin Groß, 108 and 85)
for i in 1 2 3; do
	printf 'Farm %d\n\nGreta Vandermolt sold the farm.\n' "$i" >"$T/office2/g$i.txt"
done
t_eq "... nor where the family's other names are not far rarer" \
	"Vandermolt>Vandermolt PERSON|" "$(rows "$T/office2" v.txt)"

# 3. A title in apposition is a title: "The Treasury Secretary, Steve Mnuchin, said" (a
#    briefing's question) did not title Steve Mnuchin, so the 36 "Secretary Mnuchin" and
#    "SECRETARY MNUCHIN:" of two briefings, which name him in full nowhere, stayed a row
#    apart (a lone name after an office joins no full name the corpus never titles: the
#    "President Clinton" that is not Hillary Clinton).
mkdir -p "$T/appos"
printf 'Question\n\nThe Finance Secretary, Rodrik Vellamy, said the talks went well.\n' \
	>"$T/appos/q.txt"
printf 'Talks\n\nRodrik Vellamy met the bankers.\n' >"$T/appos/t.txt"
{ printf 'Briefing\n\n'; for i in $(seq 1 20); do
	printf 'Secretary Vellamy answered question %d. ' "$i"; done; printf '\n'; } \
	>"$T/appos/b.txt"
t_eq "a title in apposition titles the name" \
	"Vellamy>Rodrik Vellamy PERSON|" "$(rows "$T/appos" b.txt | awk -F'|' '{ print $1 "|" }')"
# ... but a name after a comma that follows a title as a form of address is none
# ("Thank you, Mr. President. Nancy Pelosi...": no "the" opens it)
mkdir -p "$T/appos2"
printf 'Question\n\nYes, Mr. President, Rodrik Vellamy said the talks went well.\n' \
	>"$T/appos2/q.txt"
cp "$T/appos/t.txt" "$T/appos/b.txt" "$T/appos2/"
t_eq "... not a title that addresses someone" \
	"Vellamy>Vellamy PERSON|" "$(rows "$T/appos2" b.txt | awk -F'|' '{ print $1 "|" }')"

# 4. A run of words no list knows in a place's slot became a place by that slot alone,
#    films, programs and firms too: FoRK's "the test in Blade Runner", "at Exponent
#    Failure Analysis", the hard ham's "found in Apache Struts 1.1", SOTU's "a decline
#    in Scholastic Aptitude Test scores", Reuters's "its investment in Palo Verde Unit
#    Two" (13 of the 45 places the rule made on eleven corpora were no places). A word
#    of English in the run now needs a place's head word at its end ("Gravelly Run",
#    "Huntley Corners" of Grant's memoirs stay places); so does a run after a noun of
#    trust or holding ("faith in", "investment in") or before a version number.
mkdir -p "$T/things"
printf 'Films\n\nThe best scene in Korvel Window was cut.\n' >"$T/things/a.txt"
t_eq "a word of English makes no place of a run" "" \
	"$(rows "$T/things" a.txt | tr '|' '\n' | grep PLACE)"
printf 'Faith\n\nHe kept his faith in Vornak Telli all year.\n' >"$T/things/b.txt"
t_eq "... nor a run after faith in" "" "$(rows "$T/things" b.txt | tr '|' '\n' | grep PLACE)"
printf 'Bugs\n\nThe flaw was found in Zentrax Quorble 2.1 last week.\n' >"$T/things/c.txt"
t_eq "... nor a run before a version number" "" \
	"$(rows "$T/things" c.txt | tr '|' '\n' | grep PLACE)"
printf 'March\n\nThe corps camped at Tolliver Corners and crossed near Brovka Zelen.\n' \
	>"$T/things/d.txt"
t_eq "... but a town of English words and a place's head is a place" \
	"Tolliver Corners>Tolliver Corners PLACE|Brovka Zelen>Brovka Zelen PLACE|" \
	"$(rows "$T/things" d.txt)"

# 5. An initial "A." before another was read as the article: Grant's memoirs' 23 "A. J.
#    Smith" were a person "J. Smith" (30 mentions in 16 chapters), who took lone "Smith"
#    of other Smiths with him.
mkdir -p "$T/initial"
printf 'Orders\n\nHovey and A. J. Tolbridge moved. Then A. J. Tolbridge halted.\n' \
	>"$T/initial/a.txt"
t_eq "an initial A. is no article" "A. J. Tolbridge>A. J. Tolbridge PERSON|A. J. Tolbridge>A. J. Tolbridge PERSON|" \
	"$(rows "$T/initial" a.txt | tr '|' '\n' | grep Tolbridge | tr '\n' '|')"

# 6. A place named by a possessive ("Harper's Ferry", "Hatcher's Run", "Champion's
#    Hill": 153 of them in Grant's memoirs and the speeches) was the possessor's name,
#    a place "Harper" or a person "Baker", and "At Fisher's Hill Sheridan turned" made a
#    person "Hill Sheridan" who took the 38 "Sheridan" of his chapter and kept the lone
#    "Sheridan" of 29 chapters from P. H. Sheridan. The possessive and a place's head
#    after it are one place; a name after that is a name of its own.
mkdir -p "$T/poss"
printf "March\n\nWe crossed at Tolver's Ferry. At Grisham's Hill Pembrook turned back.\n" \
	>"$T/poss/a.txt"
t_eq "a possessive and a place's head are a place" \
	"Tolver's Ferry>Tolver's Ferry PLACE|Grisham's Hill>Grisham's Hill PLACE|" \
	"$(rows "$T/poss" a.txt)"
printf "Trade\n\nThe Hudson's Bay Company bought furs. Boston's City Hall was shut.\n" >"$T/poss/b.txt"
t_eq "... not inside a longer name" "" "$(rows "$T/poss" b.txt | tr '|' '\n' | grep "'s" | grep PLACE)"

# 7. A point of the compass before a given name made a person of a river: Grant's
#    memoirs' "crossed the North Anna" (8 chapters, 28 mentions, a PERSON row of the top
#    50). A compass word is no given name; with a given name alone after it, the two are
#    a place.
mkdir -p "$T/compass"
printf 'March\n\nWe crossed the North Marta at dawn and camped by the South Marta.\n' \
	>"$T/compass/a.txt"
t_eq "a compass word and a given name are a place" \
	"North Marta>North Marta PLACE|South Marta>South Marta PLACE|" "$(rows "$T/compass" a.txt)"

# 8. A name written with its initials is the one name of the corpus those initials spell
#    out: Grant's memoirs' "J. E. Johnston" (4 chapters) and "Joseph E. Johnston" (3),
#    "A. S. Johnston" and "Albert Sidney Johnston" were four rows. Not where two written
#    names share the initials ("J. E. Smith": "John E. Smith", "James E. Smith").
mkdir -p "$T/inits"
printf 'Shiloh\n\nGeneral Albert Sidney Harwick fell. Joseph E. Harwick retreated.\n' >"$T/inits/a.txt"
printf 'Later\n\nA. S. Harwick was buried. J. E. Harwick wrote to me.\n' >"$T/inits/b.txt"
printf 'Camp\n\nJohn E. Pellow and James E. Pellow came. J. E. Pellow stayed.\n' >"$T/inits/c.txt"
t_eq "initials are the one name they spell out" \
	"A. S. Harwick>Albert Sidney Harwick PERSON|J. E. Harwick>Joseph E. Harwick PERSON|" \
	"$(rows "$T/inits" b.txt)"
t_eq "... not one of two" "J. E. Pellow" \
	"$(rows "$T/inits" c.txt | tr '|' '\n' | awk -F'>' '$1 == "J. E. Pellow" { sub(/ PERSON$/, "", $2); print $2 }')"

# 9. A dispatch's signature names the signer's command after "Commanding" ("U. S.
#    GRANT, Major-General, Commanding Army of the Potomac."): Grant's memoirs had six
#    ORG rows "Commanding Army of the Potomac", "Commanding Army of N. Va", "Commanding
#    U. S. Forces"... The participle is no word of the body's name.
mkdir -p "$T/signed"
printf 'Dispatch\n\nI shall move at once.\n\nT. R. VELLISON,\nMajor-General, Commanding Army of the Corvale.\n' \
	>"$T/signed/a.txt"
t_eq "the command after Commanding is the body" "Army of the Corvale" \
	"$(rows "$T/signed" a.txt | tr '|' '\n' | awk -F'>' '/ ORG$/ { sub(/ ORG$/, "", $2); print $2 }')"

t_end
