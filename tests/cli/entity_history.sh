# tests/cli/entity_history.sh -- entity rules of issue 15 from histories of diplomacy: the ranks of envoys, embassies without their host. MIT licence.
# Each case is a small corpus written here, with invented names where the rule is not a list's.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# ents1 DIR FILE: "TYPE surface" of each mention of FILE, one a '|'.
ents1() {
	ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $1 ~ ("/" f "$") { print $4 " " $7 }' | tr '\n' '|'
}

# 1. The State Department's guide to its relations with every country (rdcr, 228 essays)
#    writes envoys with their whole rank: "Envoy Extraordinary and Minister
#    Plenipotentiary Ulysses Grant-Smith presented credentials". "Extraordinary" (59
#    files) and "Plenipotentiary" (50 files) were the top PERSON rows, and
#    "Plenipotentiary William A. Stoltzfus" a name; "U.S. Chargé" (4 files) was a person
#    too. The diplomatic ranks are titles, peeled off the name.
mkdir -p "$T/rank"
printf 'Relations\n\nOn December 4, 1922, Envoy Extraordinary and Minister Plenipotentiary Ulysses Grant-Fennick presented credentials in Tirana. Ambassador Extraordinary and Plenipotentiary Marlow T. Quesh followed, then Minister Plenipotentiary Odo Brack. The U.S. Chargé d'"'"'Affaires ad interim Bontel Varrik opened the legation; the Chargé left.\n' \
	>"$T/rank/a.txt"
t_eq "the ranks of envoys are titles" \
	"DATE December 4, 1922|PERSON Ulysses Grant-Fennick|PLACE Tirana|PERSON Marlow T. Quesh|PERSON Odo Brack|PLACE U.S.|PERSON Bontel Varrik|" \
	"$(ents1 "$T/rank" a.txt)"

# 2. The same guide names the embassy of its essay's country by the envoy's country only:
#    "the American Embassy" (63 files, 99 mentions), "the U.S. Embassy" (20 files), "the
#    U.S. Consulate", "the American Mission", "the American Consulate" were each one
#    body of the whole corpus, the embassies in 60 capitals merged; and the minutes of
#    the FRUS advisory committee (frush) merged "the Department of History" of ten
#    universities (36 mentions). Such a name says which body only with its host ("the
#    U.S. Consulate in Sucre", a name of its own): without it, it is its article's.
mkdir -p "$T/host"
printf 'Albania\n\nThe American Embassy in Tirana opened in 1922. The American Embassy closed in 1939. Dr. Ilse Varn of the Department of History, Carrow College, spoke.\n' \
	>"$T/host/a.txt"
printf 'Bolivia\n\nThe American Embassy reopened. The U.S. Consulate in Sucre closed; the U.S. Consulate moved. Dr. Orm Tessel of the Department of History, Brill University, spoke.\n' \
	>"$T/host/b.txt"
t_eq "an embassy or a department without its host is its article's" \
	"American Embassy 1|American Embassy 1|American Embassy in Tirana 1|Department of History 1|Department of History 1|U.S. Consulate 1|U.S. Consulate in Sucre 1|" \
	"$("$DOSSIER" entities --format=tsv --no-state "$T/host" 2>"$T/err" | awk -F'\t' '$1 == "ORG" && $3 !~ /College|University/ { print $3 " " $4 }' | tr '\n' '|')"

# 3. The committee's minutes (frush) cite their source, "Advisory Committee on Historical
#    Diplomatic Documentation Files, 1957-1990 (Lot File 96 D 292)": that was an ORG row
#    of 40 files apart from the committee; "Paul Claussen Files", "Murphy Files", "Truman
#    Papers" were people, "the Pentagon Papers" 14 of 31 mentions of the Pentagon. A name
#    ending in "Papers" or "Files" is a collection of documents: a work, no entity. And
#    the guide (rdcr) writes the rank in the plural, "Ministers Plenipotentiary Benjamin
#    Franklin, John Adams", or hyphenated: a title too.
mkdir -p "$T/files"
printf 'Source\n\nSource: Board of Glazing Review Files, 1957-1990, Box 2. The Orvid Kallan Papers and the Brelm Papers leaked; the Brelm Commission met. In 1784 Ministers Plenipotentiary Odo Brack and Lem Tasso came; Minister-Plenipotentiary Ruan Pell stayed.\n' \
	>"$T/files/a.txt"
t_eq "a set of papers or files is no entity" \
	"ORG Brelm Commission|PERSON Odo Brack|PERSON Lem Tasso|PERSON Ruan Pell|" \
	"$(ents1 "$T/files" a.txt)"

# 4. The guide's timelines head each event with the post and a participle: "American
#    Embassy Reopened, 1945.", "U.S. Embassy Closed", "U.S. Liaison Office Established"
#    (17 such rows in 30 files, four in the top 50 ORG rows). A capitalised word in -ed
#    that no list knows, right after a body's head word, is no word of the name.
mkdir -p "$T/verb"
printf 'Brelvia\n\nAmerican Embassy Reopened, 1945.\n\nThe embassy reopened.\n\nU.S. Liaison Office Established in Brelvia, 1973.\n\nThe Orlan Company Limited and Tessa Bank bought it.\n' \
	>"$T/verb/a.txt"
t_eq "a heading's participle after a body's head word ends the name" \
	"ORG American Embassy|ORG U.S. Liaison Office|ORG Orlan Company Limited|ORG Tessa Bank|" \
	"$(ents1 "$T/verb" a.txt)"

# 5. The guide (rdcr) says "the German Kaiser (who was also the King of Prussia)" in ten
#    essays: a PERSON "Kaiser" of 10 files, Kaiser being a family name too; "the British
#    King" alike. A one-word title right after a people's name is the office, no person
#    (the family name stays a name with its person's given name).
mkdir -p "$T/office"
printf 'Note\n\nThe German Kaiser (who was also the King of Prussia) received envoys. The British King spoke. Orla J. King built ships; King was rich.\n' \
	>"$T/office/a.txt"
t_eq "a title alone after a demonym is the office" \
	"PLACE German|PLACE Prussia|PLACE British|PERSON Orla J. King|PERSON King|" \
	"$(ents1 "$T/office" a.txt)"

# 6. The guide's essays on the German states head their end "Baden Joins the German
#    Empire, 1871.", "Oldenburg Joins", "Mecklenburg-Schwerin Joins": "Baden Joins" was an
#    ORG that took the state's every mention in its essay (8 essays, 14 to 28 mentions
#    each). A verb of a history's headings ends the name before it.
mkdir -p "$T/joins"
printf 'Tessau\n\nIn 1871 Bavaria Joins the German Empire. The Orlan Company Unites with Tessa Bank.\n' \
	>"$T/joins/a.txt"
t_eq "a history's heading verb ends the name" \
	"PLACE Bavaria|PLACE German Empire|ORG Orlan Company|ORG Tessa Bank|" \
	"$(ents1 "$T/joins" a.txt)"

# 7. The guide has an essay on each German and Italian state the United States made
#    treaties with: "the Grand Duchy of Baden" (25 mentions) was a PERSON, "Lew Chew" (the
#    Ryukyu Kingdom, 18) too, Schaumburg-Lippe, Mecklenburg-Schwerin, the Papal States, the
#    Orange Free State no entity. The states of the 19th century join the place list.
mkdir -p "$T/states"
printf 'Treaties\n\nThe Grand Duchy of Baden, Wurttemberg, Schaumburg-Lippe, Mecklenburg-Schwerin, the Papal States, the Orange Free State and Lew Chew signed.\n' \
	>"$T/states/a.txt"
t_eq "the states of the 19th century are places" \
	"PLACE Baden|PLACE Wurttemberg|PLACE Schaumburg-Lippe|PLACE Mecklenburg-Schwerin|PLACE Papal States|PLACE Orange Free State|PLACE Lew Chew|" \
	"$(ents1 "$T/states" a.txt)"

# 8. The guide (rdcr) and the factbook name the unions of states of their history: "the
#    North German Confederation" (12 essays, 54 mentions), "the Germanic Confederation",
#    "the Federation of Mali", "the Peru-Bolivian Confederation", "the West Indies
#    Federation" were ORG rows, 9 of the top 50 ORG rows of rdcr. A confederation or
#    federation of places and peoples is a state, a PLACE; a federation of anything else
#    ("of Labor", "of British Industry", "Football") stays a body.
mkdir -p "$T/polity"
printf 'Unions\n\nThe North Bolivian Confederation, the Federation of Mali and the Chilean-Bolivian Confederation met the Confederation of British Industry, the Bolivian Football Federation and the Federation of American Scientists.\n' \
	>"$T/polity/a.txt"
t_eq "a confederation of places is a place" \
	"PLACE North Bolivian Confederation|PLACE Federation of Mali|PLACE Chilean-Bolivian Confederation|ORG Confederation of British Industry|ORG Bolivian Football Federation|ORG Federation of American Scientists|" \
	"$(ents1 "$T/polity" a.txt)"

# 9. The committee's minutes (frush) name two members at once, "Professors Perkins and
#    Cohen", "Professors Wayne S. Cole and George O. Kent": "Professors Perkins" was a
#    person of 20 mentions. The plural title is peeled as the singular is.
mkdir -p "$T/profs"
printf 'Note\n\nProfessors Ildo Varn and Pell Oster spoke. Then Professors Varn and Oster left.\n' \
	>"$T/profs/a.txt"
t_eq "a plural title is peeled" \
	"PERSON Ildo Varn|PERSON Pell Oster|PERSON Varn|PERSON Oster|" \
	"$(ents1 "$T/profs" a.txt)"

# 10. The minutes (frush) speak of "the Presidential Libraries" (11 files) and of "Foreign
#     Service Officers" (9 files, 19 mentions), "American Embassies", "Government
#     Agencies": ORG rows of no one body. A name ending in the plural of a body's head or
#     in its people, with no "of" making it a name of its own, is no entity.
mkdir -p "$T/kinds"
printf 'Note\n\nThe Presidential Libraries and the Brelmish Embassies sent Tessa Service Officers to the Society of Orlan Officers and the Brelm Library.\n' \
	>"$T/kinds/a.txt"
t_eq "a plural head or a body's people is no one body" \
	"ORG Society of Orlan Officers|ORG Brelm Library|" \
	"$(ents1 "$T/kinds" a.txt)"

# 11. The guide (rdcr) ends each essay with its sources, "Washington: Government Printing
#     Office, 1936.": after the colon "Government" was a sentence's first word, and the
#     ORG "Printing Office" (23 essays, 38 mentions) no body. The government's printer is
#     listed.
mkdir -p "$T/gpo"
printf 'Resources\n\nOrvid Kallan. Treaties in Force. Washington: Government Printing Office, 1904. Orvid Kallan. More Treaties. Washington: U.S. Government Printing Office, 1910.\n' \
	>"$T/gpo/a.txt"
t_eq "the imprint's printer is the Government Printing Office" \
	"Government Printing Office 1 2|" \
	"$("$DOSSIER" entities --format=tsv --no-state "$T/gpo" 2>"$T/err" | awk -F'\t' '$1 == "ORG" { print $3 " " $4 " " $5 }' | tr '\n' '|')"

# 12. The guide's headings also use the present of a post's acts, "American Embassy Moves
#     to Bonn", "U.S. Embassy in Baghdad Reopens" (3 rows), and its posts include the
#     19th century's "Commercial Agency" and the "U.S. Diplomatic Mission" (3 and 2
#     essays, one row each). The verbs end the name; the posts are their article's.
mkdir -p "$T/moves"
printf 'Brelvia\n\nAmerican Embassy Moves to Tessau, 1949.\n\nThe Commercial Agency closed; the U.S. Diplomatic Mission stayed.\n' >"$T/moves/a.txt"
printf 'Orlavia\n\nU.S. Embassy in Tirana Reopens, 2004.\n\nThe Commercial Agency opened; the U.S. Diplomatic Mission left.\n' >"$T/moves/b.txt"
t_eq "a post's present verb ends the name; old posts are their article's" \
	"American Embassy 1|Commercial Agency 1|Commercial Agency 1|U.S. Diplomatic Mission 1|U.S. Diplomatic Mission 1|U.S. Embassy in Tirana 1|" \
	"$("$DOSSIER" entities --format=tsv --no-state "$T/moves" 2>"$T/err" | awk -F'\t' '$1 == "ORG" { print $3 " " $4 }' | tr '\n' '|')"

# 13. The committee's minutes (frush) open with a heading wrapped before its last word:
#     "Minutes of the 1978 Meeting of the Advisory Committee on Historical Diplomatic\n
#     Documentation\n\nNovember 3, 1978": the committee was cut to "... Historical
#     Diplomatic", a row of 12 files. A body's name in a heading goes on to the one word
#     of the next line when that line ends the heading; not over a byline's end ("By The
#     Moscow Times\nSanctioned, the ...").
mkdir -p "$T/wrap"
printf 'Minutes\n\nMinutes of the 1978 Meeting of the Advisory Committee on Historical Glazing\nDocumentation\n\nNovember 3, 1978\n\nThe Advisory Committee on Historical Glazing Documentation met.\n\nBy The Orlan Times\nSanctioned, the board met.\n' \
	>"$T/wrap/a.txt"
t_eq "a heading's name goes on to its last word alone on the next line" \
	"ORG Advisory Committee on Historical Glazing Documentation|DATE November 3, 1978|ORG Advisory Committee on Historical Glazing Documentation|ORG Orlan Times|" \
	"$(ents1 "$T/wrap" a.txt)"

# 14. The minutes (frush) list the members under their societies, each a line of its own:
#     "American Society of International Law" between blank lines was "American Society"
#     (15 files, 24 mentions), a heading's capitals making "International Law" untrusted.
#     A body's name that is a whole line goes on after its "of"; a headline does not
#     ("Bank of England Raises Rates").
mkdir -p "$T/line"
printf 'Minutes\n\nThe committee met in the morning and heard its members.\n\nCanadian Society of International Law\n\nBank of Canada Raises Rates\n\nThe board met.\n' \
	>"$T/line/a.txt"
t_eq "a body's name alone on its line goes on after its of" \
	"ORG Canadian Society of International Law|ORG Bank of Canada|" \
	"$(ents1 "$T/line" a.txt)"

t_end
