# tests/cli/entity_almanac.sh -- entity rules of issue 15 from round 60 (The World Factbook's 262 country profiles, and the White House's briefings again): a family name in capitals that is also a word, a thing named for a person, the features of an atlas, parties named in their own language, a family name written first that is a word, two capitals of a family name, phrases of agreements and of other languages, addresses and coordinates, a given name before common words, lists of parties, faiths, particles after a title. MIT licence.
# Each case is a small corpus written here with invented names but for the listed family
# names the rules are about; the rules are general.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. Reference works write family names in capitals ("Hosni MUBARAK"); one that is also
#    an English word ("trump") was cut from its name when an initial stood before it:
#    "President Donald J. TRUMP" of the Factbook's American profiles was a person "Donald
#    J" (12 mentions). "Trump" is now a listed family name, and "President Trump" of a
#    briefing that never writes his given name is he (138 mentions of 288 briefings were
#    no one).
mkdir -p "$T/caps"
printf 'Ruritania\n\nchief of state: President Donald J. TRUMP (since 20 January 2025); head of government: Prime Minister Anton VELKOV.\n' >"$T/caps/a.txt"
t_eq "a family name in capitals that is a word, after an initial" \
	"Donald J. TRUMP>Donald J. Trump PERSON|Anton VELKOV>Anton Velkov PERSON|" \
	"$(rows "$T/caps" a.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

mkdir -p "$T/trump"
printf 'Press Briefing\n\nQ Did President Trump sign it? MS. PELLAND: The Trump administration did.\n' >"$T/trump/a.txt"
t_eq "President Trump" "Trump>Trump PERSON|Trump>Trump PERSON|" \
	"$(rows "$T/trump" a.txt | tr '|' '\n' | grep Trump | tr '\n' '|')"

# 2. A family name before common words only, in capitals that count, names a thing after
#    its person (a program, a law, a test, a firm), which RULES.md leaves out with the
#    name inside it: "Trump Accounts" (41 mentions of 264 round-ups), "Turing Test",
#    "Kennedy Round", "Buffett Rule" were people.
mkdir -p "$T/for"
printf 'Savings\n\nCongress created these Kennedy Accounts in May. Kennedy Accounts will be seeded by the Treasury, and talks of the Kennedy Round ended. Lawmakers hailed \xe2\x80\x9cKennedy Accounts\xe2\x80\x9d today.\n' >"$T/for/a.txt"
t_eq "a thing named for a person is no one" "" \
	"$(rows "$T/for" a.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

# 3. The features of an atlas: "Amu Darya", "Syr Darya" (rivers, listed), "Mont Blanc", "Lac
#    Assal", "Wadi Rum", "Cerro Aconcagua", "Philippine Trench", the "Western
#    Highlands", an address's "Nairobi Place": people or a lone "Trench" before.
mkdir -p "$T/atlas"
printf 'Geography\n\nMajor rivers: Amu Darya, Syr Darya; highest point: Mont Blanc; lowest point: Lac Assal; also Wadi Rum, Cerro Aconcagua, the Philippine Trench and the Western Highlands. Mailing address: 8900 Nairobi Place, Washington, DC.\n' >"$T/atlas/a.txt"
t_eq "an atlas's features are places" \
	"Amu Darya|Syr Darya|Mont Blanc|Lac Assal|Wadi Rum|Cerro Aconcagua|Philippine Trench|Western Highlands|Nairobi Place|" \
	"$(ments "$T/atlas" | awk -F'\t' '$4 == "PLACE" && $7 != "Washington" && $7 != "DC" { print $7 }' | tr '\n' '|')"
t_eq "and no one" "" \
	"$(ments "$T/atlas" | awk -F'\t' '$4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 4. Parties that news names in their own language, no head word: "Nea Dimokratia",
#    "Koalicja Obywatelska", "Plaid Cymru" were people; "Lega", "Morena" were missed.
mkdir -p "$T/party"
printf 'Elections\n\nIn Greece, Nea Dimokratia won; in Poland, Koalicja Obywatelska and Prawo i Sprawiedliwość split the vote. Plaid Cymru gained. The Lega backed the plan, and in Mexico the ruling Morena party held on.\n' >"$T/party/a.txt"
t_eq "parties in their own language" \
	"New Democracy ORG|Civic Coalition ORG|Law and Justice ORG|Plaid Cymru ORG|Lega ORG|Morena ORG|" \
	"$(ments "$T/party" | awk -F'\t' 'NR > 1 && $4 != "PLACE" { print $6 " " $4 }' | tr '\n' '|')"

# 5. A family name written first that is an English word ("Moon", "Song", "Sun") is the
#    word when it stands alone with no title or verb of a person: "planned Moon
#    missions", "(National Song)" of the Factbook, "Sun's marketing department" were
#    people. With a title it is the person (and the corpus's lone word then his).
mkdir -p "$T/ff" "$T/ff2"
printf 'Space\n\nThe country joined planned Moon missions; its anthem is known as "Fasi" (National Song). Outside of Sun, Java grew.\n' >"$T/ff/a.txt"
printf 'Summit\n\nPresident Moon met the envoy in Seoul. Moon said the talks went well.\n' >"$T/ff2/b.txt"
t_eq "a family name written first that is a word, alone" "" \
	"$(rows "$T/ff" a.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"
t_eq "and with a title" "Moon>Moon PERSON|Moon>Moon PERSON|" \
	"$(rows "$T/ff2" b.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

# 6. A family name of two letters in capitals is shown as a name is written, a Roman
#    numeral's letters first in the name or not: "XI Jinping" and "LI Qiang" of the
#    Factbook's Chinese profiles were the people's names (a king's "George TUPOU V"
#    keeps its numeral).
mkdir -p "$T/two"
printf 'China\n\nchief of state: President XI Jinping; head of government: Premier LI Qiang. King George TUPOU V visited.\n' >"$T/two/a.txt"
t_eq "a family name of two capitals" "Xi Jinping|Li Qiang|George Tupou V|" \
	"$(ments "$T/two" | awk -F'\t' '$4 == "PERSON" { print $6 }' | tr '\n' '|')"

# 7. A run that no given name opens is a phrase when a year follows it (an agreement, a
#    plan: "Tropical Timber 2006" of 20 profiles' lists of agreements) or a particle of
#    another language's phrases joins it ("La Libreta Informativa del Mundo", the
#    Factbook's name in Spanish, in 22): both were people. A given name keeps a person's
#    name a person's ("Leonardo da Vinci", "John Smith 2006").
mkdir -p "$T/phrase"
printf 'Agreements\n\nparty to: Ozone Layer Protection, Tropical Timber 2006, Wetlands. La Libreta Informativa del Mundo, la fuente. Leonardo da Vinci painted; John Smith 2006 signed.\n' >"$T/phrase/a.txt"
t_eq "phrases are no one; people are" "Leonardo da Vinci|John Smith|" \
	"$(ments "$T/phrase" | awk -F'\t' '$4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 8. Addresses: a street's quadrant alone is no place ("2124 Kalorama Road NW": a place
#    "NW" of 74 profiles), and a line's first word after "Washington, D.C." at a line's
#    end is not a realm of it ("the size of Washington, D.C.\nLand boundaries": a place
#    "Washington, D.C. Land" of 72).
mkdir -p "$T/addr"
printf 'Embassy\n\nchancery: 2124 Kalorama Road NW, Washington, DC 20008\nArea - comparative: 2.5 times the size of Washington, D.C.\nLand boundaries - total: 118 km\n' >"$T/addr/a.txt"
t_eq "a quadrant and a line's first word" "Washington|DC|Washington, D.C.|" \
	"$(ments "$T/addr" | awk -F'\t' '$4 == "PLACE" { print $7 }' | tr '\n' '|')"

# 9. A letter after a number is a compass point, no name's first word: "11 35 N, 43 09
#    E\nCapital - time difference" was a body "E Capital" of 150 profiles. A lettered
#    street is one ("2300 E Street NW").
mkdir -p "$T/coord"
printf 'Djibouti\n\nCapital - geographic coordinates: 11 35 N, 43 09 E\nCapital - time difference: UTC+3\nchancery: 2300 E Street NW, Washington\n' >"$T/coord/a.txt"
t_eq "a compass point after a number" "PLACE Djibouti|PLACE E Street NW|PLACE Washington|" \
	"$(ments "$T/coord" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 10. A given name and two common words or more, no family name among them, name a
#    thing: "Marine Life Conservation" of 59 profiles' agreements, and "Life" beside it
#    ("Life expectancy at birth", 177), "Summer Gas Prices", "Gordon Research
#    Conferences" were people. "Marine Le Pen" is one still.
mkdir -p "$T/marine" "$T/marine2"
printf 'Environment\n\nparty to: Biodiversity, Marine Life Conservation, Wetlands.\nLife expectancy at birth: 77 years.\n' >"$T/marine/a.txt"
printf 'France\n\nMarine Le Pen spoke in Paris.\n' >"$T/marine2/a.txt"
t_eq "a given name and common words" "" \
	"$(ments "$T/marine" | awk -F'\t' '$4 == "PERSON" { print $7 }' | tr '\n' '|')"
t_eq "and a name" "Marine Le Pen|" \
	"$(ments "$T/marine2" | awk -F'\t' '$4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 11. Lists of parties, a party a line ("National Action Party or PAN\nParty of the
#    Democratic Revolution or PRD\n..."): an acronym after "or" at a line's end is the
#    name's before it, and no part of the next line's ("PAN Party of the Democratic
#    Revolution" was one body). An acronym defined in capitals is used in capitals:
#    "Republican Alternative Party or REAL" made a body of 21 "Real GDP" lines. A family
#    name's letters in capitals at a line's end ("NA", not available) before a word the
#    text writes in lower case are no person ("NA\nJudicial branch").
mkdir -p "$T/parties"
printf 'Mexico\n\nPolitical parties: Party of the Democratic Revolution or PRD\nInstitutional Revolutionary Party or PRI\nRepublican Alternative Party or REAL\nReal GDP (purchasing power parity): $2 trillion\njudge tenure NA\nJudicial branch - subordinate courts: the judicial council\n' >"$T/parties/a.txt"
t_eq "a list of parties" \
	"Party of the Democratic Revolution>Party of the Democratic Revolution|Institutional Revolutionary Party>Institutional Revolutionary Party|PRI>Institutional Revolutionary Party|Republican Alternative Party>Republican Alternative Party|REAL>Republican Alternative Party|" \
	"$(ments "$T/parties" | awk -F'\t' '$4 == "ORG" { print $7 ">" $6 }' | tr '\n' '|')"
t_eq "and no person" "" \
	"$(ments "$T/parties" | awk -F'\t' '$4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 12. Churches and schools of a faith are no people: the Factbook's lists of religions
#    ("Evangelical Lutheran 60%, Roman Catholicism, Methodist Episcopal", "White Moors")
#    were; a church's name stays a body.
mkdir -p "$T/faith"
printf 'Religions\n\nReligions: Evangelical Lutheran 60%%, Roman Catholicism 2%%, Methodist Episcopal 1%%; ethnic groups: White Moors 30%%. The Evangelical Lutheran Church spoke.\n' >"$T/faith/a.txt"
t_eq "faiths" "ORG Evangelical Lutheran Church|" \
	"$(ments "$T/faith" | awk -F'\t' 'NR > 1 && $4 != "PLACE" { print $4 " " $7 }' | tr '\n' '|')"

# 13. A name after a title may open with particles in lower case: "General de Gaulle"
#    was "Gaulle" (16 mentions in three speeches), "President von der Leyen" "Leyen",
#    "President de Klerk" and "Dr. de Klerk" no one. The particles are the name's and it
#    still joins the full name ("Charles de Gaulle"). "Scripture tells us" is no one.
mkdir -p "$T/part"
printf 'Talks\n\nGeneral de Gaulle met President de Klerk. Commission President von der Leyen spoke; Dr. de Klerk listened. Charles de Gaulle said no. Scripture tells us to hope.\n' >"$T/part/a.txt"
t_eq "particles after a title" \
	"de Gaulle>Charles de Gaulle|de Klerk>de Klerk|von der Leyen>von der Leyen|de Klerk>de Klerk|Charles de Gaulle>Charles de Gaulle|" \
	"$(ments "$T/part" | awk -F'\t' '$4 == "PERSON" { print $7 ">" $6 }' | tr '\n' '|')"

t_end
