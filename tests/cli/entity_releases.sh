# tests/cli/entity_releases.sh -- entity rules of issue 15 from prosecutors' press releases (ten offices, 486 texts, untuned): given names that are words, a language is no place, patrols, a Texas title. MIT licence.
# Each case is a small corpus written here, with invented names where the rule is not a list's.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# ents1 DIR FILE: "TYPE surface" of each mention of FILE, one a '|'.
ents1() {
	ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $1 ~ ("/" f "$") { print $4 " " $7 }' | tr '\n' '|'
}

# 1. "San Diego County District Attorney Summer Stephan announced" was a person "Stephan"
#    of 60 releases (the wide lists of given names leave out the English words, and
#    "Summer" is one). A few such names are listed; a season alone after a word of time is
#    no one ("the past Summer" of a 1906 address, "this Summer" of a mail).
mkdir -p "$T/given"
printf 'News\n\nIt rained. District Attorney Summer Stephan announced the charges. Holly Quarrel said so.\nMuch trouble came during the past Summer from them. We meet this Summer again.\n' \
	>"$T/given/a.txt"
t_eq "a given name that is a word" "PERSON Summer Stephan|PERSON Holly Quarrel|" \
	"$(ents1 "$T/given" a.txt)"

# 2. A language is no mention of its place: "taught in Spanish", "in both English and
#    Spanish", "speak Spanish at home", "Spanish speakers" made Spain and England two of
#    the releases' top places (32 and 22 mentions, none of them the country). The people's
#    word before a noun stays the place's, and "American" or "European" is no language.
#    A list with a language no people is named by ("Tagalog") and a menu of languages
#    (Google's translation menu on every page of a site) are languages.
mkdir -p "$T/lang"
printf 'News\n\nIt rained. The academy is taught in Spanish on Thursdays, in both English and Spanish. Residents who speak Spanish at home came, and Spanish speakers. The message was in English, Spanish, Tagalog, and Vietnamese.\nSelect a language:\nSwedish\nThai\nTurkish\nUkrainian\n' \
	>"$T/lang/a.txt"
printf 'News\n\nIt rained. The Spanish government said no. Ships sailed in Spanish waters. It was welcomed in Russian and Chinese media, in Dutch or American vessels, in European as well as in American cities.\n' \
	>"$T/lang/b.txt"
t_eq "a language is no place" "" "$(ents1 "$T/lang" a.txt)"
t_eq "a people's word before its noun is" \
	"PLACE Spanish|PLACE Spanish|PLACE Russian|PLACE Chinese|PLACE Dutch|PLACE American|PLACE European|PLACE American|" \
	"$(ents1 "$T/lang" b.txt)"

# 3. "California Highway Patrol" was a place (8 releases); "Patrol" is a body's head word,
#    and an acronym before "and" is a whole name ("ICE and Border Patrol" was one body).
mkdir -p "$T/patrol"
printf 'News\n\nIt rained. The California Highway Patrol arrested him. We worked with officers from ICE and Border Patrol.\n' \
	>"$T/patrol/a.txt"
t_eq "a patrol is a body" "ORG California Highway Patrol|ORG ICE|ORG Border Patrol|" "$(ents1 "$T/patrol" a.txt)"

# 4. Texas's "Criminal District Attorney" is a title: "Dallas County Criminal District
#    Attorney John Creuzot" made a place "Dallas County Criminal" (28 releases).
mkdir -p "$T/title"
printf 'News\n\nIt rained. Dallas County Criminal District Attorney Joan Orvell announced the plea.\n' \
	>"$T/title/a.txt"
t_eq "Criminal District Attorney is a title" "PLACE Dallas County|PERSON Joan Orvell|" \
	"$(ents1 "$T/title" a.txt)"

# 5. What a title owns is not its holder: "of the District Attorney's Investigations
#    Division" made a person "Investigations Division" (15 releases), while a body with
#    its head word is still peeled of the title ("the District Attorney's Frauds
#    Bureau"). A hotline is a service, no one ("Orange County District Attorney Anonymous
#    Tip Hotline" was a person of 17 releases).
mkdir -p "$T/owned"
printf 'News\n\nIt rained. The case was investigated by the District Attorney'"'"'s Investigations Division and the District Attorney'"'"'s Frauds Bureau. Call the Orange County District Attorney Anonymous Tip Hotline today.\n' \
	>"$T/owned/a.txt"
t_eq "what a title owns" "ORG Frauds Bureau|PLACE Orange County|" "$(ents1 "$T/owned" a.txt)"

# 6. A media advisory's labels and headlines: "WHO:" made the World Health Organization a
#    body of 15 advisories; "Former Bank Officer Arrested", "Deputy Bureau Chief" made
#    bodies "Former Bank" and "Deputy Bureau"; "Press Conference" was a body of 23. The
#    WHO itself is still named. A page's "Scroll to top" after a title that ends a line
#    ("... - Orange County District Attorney") was a person "Scroll" of 5 pages.
mkdir -p "$T/advisory"
printf 'News\n\nMEDIA ADVISORY: Press Conference Related to the Theft Case\nWHO:\nJulie Orvell, 46, of Costa Mesa\nMEDIA ADVISORY: Former Bank Officer Arrested\nHe met Michael Vanek, Deputy Bureau Chief, and the WHO said no.\n' \
	>"$T/advisory/a.txt"
t_eq "an advisory's labels and headlines" \
	"PERSON Julie Orvell|PLACE Costa Mesa|PERSON Michael Vanek|ORG WHO|" "$(ents1 "$T/advisory" a.txt)"
printf 'BUILDER SENTENCED FOR MISAPPROPRIATION OF PUBLIC FUNDS BY FALSIFYING INVOICES FOR MORE THAN $130,000 AGAINST THE COUNTY AND EMBEZZLING MORE THAN $440,000 AGAINST EMPLOYER - Orange County District Attorney\nScroll to top\nFollow Us\n' \
	>"$T/advisory/b.txt"
t_eq "a page's control after a title" "MONEY \$130,000|MONEY \$440,000|PLACE Orange County|" \
	"$(ents1 "$T/advisory" b.txt)"

# 7. "the District Attorney's Office" of five counties' releases was one body (48
#    releases): a county's prosecutor's and sheriff's offices are generic names, one body
#    an article unless the text says whose.
mkdir -p "$T/generic"
printf 'News\n\nIt rained in Dallas. The District Attorney'"'"'s Office charged him.\n' >"$T/generic/a.txt"
printf 'News\n\nIt rained in Brooklyn. The District Attorney'"'"'s Office charged her.\n' >"$T/generic/b.txt"
t_eq "a county's office is its own" "2 2" \
	"$(ments "$T/generic" | awk -F'\t' 'NR > 1 && $4 == "ORG" { n++; if (!s[$5]++) d++ } END { print n + 0, d + 0 }')"

# 8. On a line of Title Case (a quote's signature, a headline) a known given name goes on
#    with an unknown family name that ends as English words do, when it is no English
#    word: "Superintendent Larry Snelling, Chicago Police Department" was "Larry".
mkdir -p "$T/headline"
printf 'News\n\nIt rained.\nSuperintendent Larry Snelling, Chicago Police Department\nJohn Announcing New Plan\n' \
	>"$T/headline/a.txt"
t_eq "a family name in -ing on a Title Case line" "PERSON Larry Snelling|PLACE Chicago|" \
	"$(ents1 "$T/headline" a.txt)"

# 9. "Jane Doe" of nine releases was one person of 30 mentions, nine different women: a
#    name that stands for someone unnamed is a person of its article.
mkdir -p "$T/doe"
printf 'News\n\nIt rained. Orvell met Jane Doe at a tavern. Jane Doe ran.\n' >"$T/doe/a.txt"
printf 'News\n\nIt rained. Vanek approached Jane Doe on the road.\n' >"$T/doe/b.txt"
t_eq "Jane Doe is someone of her article" "3 2" \
	"$(ments "$T/doe" | awk -F'\t' 'NR > 1 && $6 == "Jane Doe" { n++; if (!s[$5]++) d++ } END { print n + 0, d + 0 }')"

# 10. A footer in Spanish and Vietnamese on 59 releases made three "persons" of its lines
#     in Title Case ("Línea de la Fiscalía del Distrito del Condado de Orange Solicitan
#     Información Sobre el Incidente", "Văn Phòng Công Tố Quận Orange"): six capitalised
#     words, two of them beyond ASCII, are no one's name; a long name in ASCII is one.
#     Nor is a name without a cue of its own on a line of Spanish ("Materiales Peligrosos
#     Ocurrido" of the same footer).
mkdir -p "$T/footer"
printf 'News\n\nIt rained.\nLínea de la Fiscalía del Distrito del Condado de Orange Solicitan Información Sobre el Incidente\n\nThe king, Tribhuvan Bir Bikram Jung Bahadur Shah, said so.\nSobre el Incidente con Materiales Peligrosos Ocurrido el 21 de Mayo en Garden Grove\n' \
	>"$T/footer/a.txt"
t_eq "a line of another language is no one" "PERSON Tribhuvan Bir Bikram Jung Bahadur Shah|" \
	"$(ents1 "$T/footer" a.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

t_end
