# tests/cli/entity_given.sh -- entity rules of issue 15 from round 63 (Wikinews stories, interviews and biographies read against another project's entity layer): family names that are common words, given names of many countries, agencies named "<Subject> <Country>", a shuttle's name. MIT licence.
# Each case is a small corpus written here with invented names where it can be; the rules
# are general.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A family name that is also a stop word or a month, after a given name or "Mr"/"Mrs":
#    "Prime Minister John Key said" was "John", "Mr Key" no one, "Theresa May said" and
#    "Mrs May" no one. Not a weekday ("Colonel Brandon Monday morning"), a number ("the
#    Artemis One launch"), a plural, a function word the family names do not list ("James
#    To"), nor a month before its day ("since Ann May 5").
mkdir -p "$T/common"
printf 'Flag vote\n\nMarch 3, 2016\n\nPrime Minister John Key said the flag would change. Mr Key promoted the campaign.\n' >"$T/common/a.txt"
printf 'Brexit\n\nMarch 4, 2017\n\nTheresa May said on Monday that the talks would go on. Later Mrs May met the envoys.\n' >"$T/common/b.txt"
printf 'Diary\n\nMarch 5, 1811\n\nI met Colonel Quenby Monday morning, before the Artemis One launch. He beat James To in the vote.\n' >"$T/common/c.txt"
t_eq "a family name that is a common word" "John Key|John Key|Theresa May|Theresa May|" \
	"$(ments "$T/common" | awk -F'\t' 'NR > 1 && $4 == "PERSON" && $1 !~ /c.txt/ { print $6 }' | tr '\n' '|')"
t_eq "...but not a weekday, a number, a function word" "Quenby|James|" \
	"$(ments "$T/common" | awk -F'\t' 'NR > 1 && $4 == "PERSON" && $1 ~ /c.txt/ { print $7 }' | tr '\n' '|')"

# 2. Given names of many countries that no list had, alone in a story: "Gloria" (ten
#    mentions of a Wikinews story), "Agnieszka", "Niamh", "Zeynep" were no one; with an
#    unknown family name after an organisation's head they were its words ("the Board of
#    Governors Zeynep Senyuz", "the Refugee Council Enver Solomon").
mkdir -p "$T/given"
printf 'Eczema case\n\nMay 8, 2009\n\nBy the end, Gloria was very ill. Doctors said Agnieszka and Niamh had seen her.\n' >"$T/given/a.txt"
printf 'Minutes\n\nMarch 17, 2015\n\nPresent were staff of the Board of Governors Zeynep Quillor and of the Refugee Council Enver Tamsk.\n' >"$T/given/b.txt"
t_eq "a given name alone" "Gloria|Agnieszka|Niamh|" \
	"$(ments "$T/given" | awk -F'\t' 'NR > 1 && $4 == "PERSON" && $1 ~ /a.txt/ { print $7 }' | tr '\n' '|')"
t_eq "a given name after a body's head" "ORG Board of Governors|PERSON Zeynep Quillor|ORG Refugee Council|PERSON Enver Tamsk|" \
	"$(ments "$T/given" | awk -F'\t' 'NR > 1 && $1 ~ /b.txt/ && $4 != "DATE" { print $4 " " $7 }' | tr '\n' '|')"

# 3. A signature's given name at a line's end does not take the next line's heading:
#    "--Mikko\nImportant note about ..." was a person "Mikko Important".
mkdir -p "$T/sig"
printf 'Weblog\n\nDecember 4, 2004\n\nThis attempt by spammers will fail, Mikko said. --Mikko\nImportant note about the update\n' >"$T/sig/a.txt"
t_eq "a signature before a heading" "Mikko|Mikko|" \
	"$(ments "$T/sig" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 4. Agencies named "<Subject> <Country>": "Environment Canada spokesperson Julie Hahn" was
#    the country; "Transport for London" was London; a church and a wiki of news by their
#    short names ("Scientology officials", "Wikinews spoke with") were no one or a person.
mkdir -p "$T/agency"
printf 'Documents\n\nAugust 15, 2008\n\nEnvironment Canada spokesperson Odile Brun said Statistics Canada and Transport for London agreed. Scientology officials declined. Of the thousands, Wikinews spoke with one.\n' >"$T/agency/a.txt"
t_eq "agencies by subject and country" "Environment Canada|Statistics Canada|Transport for London|Church of Scientology|Wikinews|" \
	"$(ments "$T/agency" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $6 }' | tr '\n' '|')"
t_eq "...the country inside is none" "" \
	"$(ments "$T/agency" | awk -F'\t' 'NR > 1 && $4 == "PLACE" { print $6 }' | tr '\n' '|')"

# 5. A space shuttle is a vessel, no place nor person: "Space Shuttle Columbia lifted off"
#    was the capital of South Carolina; and a body's name does not go on over "on" to a
#    mission's code ("the Kennedy Space Center on STS-1").
mkdir -p "$T/shuttle"
printf 'Shuttles\n\nApril 12, 2011\n\nSpace Shuttle Columbia lifted off from the Kennedy Space Center on STS-1, and the shuttle Discovery flew later.\n' >"$T/shuttle/a.txt"
t_eq "a shuttle's name" "ORG Kennedy Space Center|" \
	"$(ments "$T/shuttle" | awk -F'\t' 'NR > 1 && $4 != "DATE" { print $4 " " $7 }' | tr '\n' '|')"

t_end
