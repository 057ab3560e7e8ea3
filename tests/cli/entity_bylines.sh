# tests/cli/entity_bylines.sh -- entity rules of issue 15 for a wire story's furniture: bylines in capitals, a listed outlet's "The" inside a longer name. MIT licence.
# Each case is a small corpus written here, with invented people: the rules are about the
# shape of the line, not the names (case 2 needs the listed outlet "The National").
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A byline of two names in capitals joined by "and", the outlet after them: "By
#    MARGARET STROUD and DAVID OKAFOR Associated Press" named no one (the words were
#    unknown acronyms), and FoRK's New York Times bylines ("By JAMES GLANZ and ERIC
#    LIPTON") gave a person "Eric" at most. A byline's name ends its line: "By JOHN
#    KELLY" above "Associated Press" was one ORG "JOHN KELLY Associated Press".
mkdir -p "$T/by"
printf 'Storm report\n\nBy MARGARET STROUDLEY and DAVID OKAFORA Associated Press\n\nCHICAGO (AP) — Storms hit the city.\n' >"$T/by/a.txt"
printf 'Second storm report\n\nBy JOHN KELLIWAY\nAssociated Press\n\nStorms hit again.\n' >"$T/by/b.txt"
t_eq "two names in capitals, the outlet after" \
	"MARGARET STROUDLEY>Margaret Stroudley PERSON|DAVID OKAFORA>David Okafora PERSON|Associated Press>Associated Press ORG|CHICAGO>Chicago PLACE|AP>Associated Press ORG|" \
	"$(rows "$T/by" a.txt)"
t_eq "a name in capitals above its outlet" \
	"JOHN KELLIWAY>John Kelliway PERSON|Associated Press>Associated Press ORG|" \
	"$(rows "$T/by" b.txt)"

# 2. A listed name that begins with "The" ("The National", an outlet) is no part of a
#    longer name that begins with it: "The National Weather Service confirmed" was an
#    ORG "The National Weather Service" (and the SOTU addresses' "The National
#    Government" beside their "National Government"). A place's "The" stays: "The Hague
#    Court".
mkdir -p "$T/the"
printf 'Officials respond\n\nThe National Weather Service confirmed the figures. Later the National Weather Service said more. The Hague Court met.\n' >"$T/the/a.txt"
t_eq "no outlet's The in a longer name" \
	"National Weather Service>National Weather Service ORG|National Weather Service>National Weather Service ORG|The Hague Court>The Hague Court ORG|" \
	"$(rows "$T/the" a.txt)"

# 3. A photo credit names the photographer and the agency (RULES.md 3: credits count):
#    "(Photo by Scott Olson/Getty Images)" gave the person alone; the photo agencies are
#    outlets (data/sources/outlets.tsv).
mkdir -p "$T/photo"
printf 'Storm report\n\nThe storm hit Peoria. (Photo by Tomas Verhoek/Getty Images)\n\nA worker clears debris. Photo: Ilse Marrow/Shutterstock\n' >"$T/photo/a.txt"
t_eq "a photo agency in a credit" \
	"Peoria>Peoria PLACE|Tomas Verhoek>Tomas Verhoek PERSON|Getty Images>Getty Images ORG|Ilse Marrow>Ilse Marrow PERSON|Shutterstock>Shutterstock ORG|" \
	"$(rows "$T/photo" a.txt)"

# 4. A byline's line ends its names: "By Reuters" above "Gas prices rose" was an ORG
#    "Reuters Gas" (a line wrapped in the middle of a name, ck_wrapped()); in the 10k
#    bench corpus the Reuters row had hundreds of such aliases.
mkdir -p "$T/wrap"
printf 'Wire\n\nBy Reuters\nGas prices rose on Monday, traders said.\n' >"$T/wrap/a.txt"
t_eq "a byline's outlet above the text" "Reuters>Reuters ORG|" "$(rows "$T/wrap" a.txt)"

# 5. A byline run into a caption (a web page's text flattened): "By Geoffrey Dabelko
#    Wangari Maathai with good reason to smile" was one person of four words, and the
#    article's "Wangari Maathai" and every "Maathai" joined him. Two persons' names side
#    by side, each written alone in the article, are two; a body's name is not parted
#    ("Blue Cross Blue Shield", its halves written alone too).
mkdir -p "$T/pair"
printf 'Nobel Peace Prize\n\nActivist Wangari Maathai wins the prize. By Geoffrey Dabelko Wangari Maathai with good reason to smile.\n\nMaathai founded the movement. Geoffrey Dabelko is a director.\n' >"$T/pair/a.txt"
t_eq "two names side by side, each written alone, are two" \
	"Wangari Maathai>Wangari Maathai PERSON|Geoffrey Dabelko>Geoffrey Dabelko PERSON|Wangari Maathai>Wangari Maathai PERSON|Maathai>Wangari Maathai PERSON|Geoffrey Dabelko>Geoffrey Dabelko PERSON|" \
	"$(rows "$T/pair" a.txt)"
printf 'Donors\n\nGifts came from Blue Cross Blue Shield, the insurer, last year. Officials at Blue Cross said so, and Blue Shield agreed.\n' >"$T/pair/b.txt"
t_check "... not a body's name" sh -c "echo '$(rows "$T/pair" b.txt)' | grep -q '^Blue Cross Blue Shield>Blue Cross Blue Shield ORG|'"

t_end
