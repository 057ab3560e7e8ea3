# tests/cli/entity_news.sh -- entity rules of issue 15 for news from many outlets: compounds, acronyms, outlets, bylines. MIT licence.
# Each case is a small corpus written here; the rules are general (word classes, the shape
# of a news story), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A name and a lower-case word in one compound ("New Jersey-based", "Los Angeles-born",
#    "Clinton-era"): the name ends at the hyphen. "New Jersey-based" gave a place
#    "Jersey", "New York-based" nothing, "Los Angeles-based" a person (FoRK, Reuters).
mkdir -p "$T/hyph"
printf 'Some news.\n\nTarget Wireless, a small New Jersey-based company, asked. The Los Angeles-born actor agreed.\n' >"$T/hyph/a.txt"
t_eq "a place before -based, -born" \
	"New Jersey>New Jersey PLACE|Los Angeles>Los Angeles PLACE|" \
	"$(rows "$T/hyph" a.txt | tr '|' '\n' | grep PLACE | tr '\n' '|')"
printf 'Some news.\n\nA Sacramento-based Center for Energy Research opened.\n' >"$T/hyph/b.txt"
t_eq "the name after the compound is a name of its own" \
	"Sacramento>Sacramento PLACE|Center for Energy Research>Center for Energy Research ORG|" \
	"$(rows "$T/hyph" b.txt)"
#    A hyphen inside a name stays.
printf 'Some news.\n\nHewlett-Packard and Coca-Cola hired Jean-Luc Picard.\n' >"$T/hyph/c.txt"
t_eq "names with a hyphen" \
	"Hewlett-Packard>Hewlett-Packard ORG|Coca-Cola>Coca-Cola ORG|Jean-Luc Picard>Jean-Luc Picard PERSON|" \
	"$(rows "$T/hyph" c.txt)"

# 2. A body named in full, then by its initials without brackets ("the Environmental
#    Protection Agency ... The EPA finding"): the acronym is the body. It was dropped as an
#    unknown word (FoRK: EPA, FCC, FEC, FEMA, NIST; speeches: TVA, REA, NIH).
mkdir -p "$T/acr"
printf 'Diesel rules\n\nThe Ubrenian Pollution Agency said diesel can cause cancer. The UPA finding is new.\n' >"$T/acr/a.txt"
t_eq "an acronym of a body named before" \
	"Ubrenian Pollution Agency>Ubrenian Pollution Agency ORG|UPA>Ubrenian Pollution Agency ORG|" \
	"$(rows "$T/acr" a.txt)"
#    A body of generic words keyed by its country keeps its acronym: one row, not two.
printf 'Text ads\n\nThe Federal Election Commission said ads are fine. The FEC also said so.\n' >"$T/acr/b.txt"
t_eq "a generic body and its acronym are one" \
	"Federal Election Commission>Federal Election Commission ORG|FEC>Federal Election Commission ORG|" \
	"$(rows "$T/acr" b.txt)"
printf 'Text ads\n\nThe Federal Election Commission (FEC) said ads are fine. The FEC also said so.\n' >"$T/acr/b2.txt"
t_eq "bracketed too" \
	"Federal Election Commission>Federal Election Commission ORG|FEC>Federal Election Commission ORG|FEC>Federal Election Commission ORG|" \
	"$(rows "$T/acr" b2.txt)"
#    Not far away in a long text, nor when two bodies share the initials.
{ printf 'A speech\n\nThe Office of Rural Trade opened.'; i=0
  while [ $i -lt 300 ]; do printf ' We must work harder for the people of this land.'; i=$((i + 1)); done
  printf ' The ORT budget grew.\n'; } >"$T/acr/c.txt"
printf 'Two bodies\n\nThe Office of Rural Trade and the Office of Regional Transport met. The ORT budget grew.\n' >"$T/acr/d.txt"
t_eq "not 15 kB after the name" "" "$(rows "$T/acr" c.txt | tr '|' '\n' | grep '^ORT' | tr '\n' '|')"
t_eq "not of two bodies" "" "$(rows "$T/acr" d.txt | tr '|' '\n' | grep '^ORT' | tr '\n' '|')"

# 3. A noun of outlets right after a name makes it an outlet: "NTV television reported",
#    "Ekho Moskvy radio", "Bild newspaper", "Macmillan publishers", "Britain's Independent
#    newspaper". They were dropped or people (Forteana, FoRK).
mkdir -p "$T/outlet"
printf 'Some news.\n\nThe man was held, Velkomi Zaravy radio reported. He told Kradno newspaper so. Britain'"'"'s Independent newspaper agreed.\n' >"$T/outlet/a.txt"
t_eq "an outlet before its noun" \
	"Velkomi Zaravy>Velkomi Zaravy ORG|Kradno>Kradno ORG|Britain>United Kingdom PLACE|Independent>Independent ORG|" \
	"$(rows "$T/outlet" a.txt)"
#    Not a programme's person, an adjective, a place's paper, a band.
printf 'Some news.\n\nThe Marla Venkey television show aired. A Catholic newspaper and a Humboldt County newspaper wrote. It has FM radio.\n' >"$T/outlet/b.txt"
t_eq "no outlet" "" "$(rows "$T/outlet" b.txt | tr '|' '\n' | grep ' ORG$' | tr '\n' '|')"

# 4. A cemetery is a place: "Lone Hill Cemetery" was nothing, or a person.
mkdir -p "$T/cem"
printf 'Some news.\n\nHe was buried on Friday at the Norvel Ridge Cemetery near the town.\n' >"$T/cem/a.txt"
t_eq "a cemetery" "Norvel Ridge Cemetery>Norvel Ridge Cemetery PLACE|" "$(rows "$T/cem" a.txt)"

# 5. A wire story's short first line in title case is prose when a listed name runs off
#    its end onto the next line: "Financial Corp of Santa\nBarbara said" was a person
#    "Barbara", "Inc's United\nStates Lines Inc" a firm "States Lines Inc" (Reuters).
mkdir -p "$T/wrap"
printf 'VELDRAN BUYS STAKE\n\nVeldran Industries Inc said its United\nStates Shipping Co unit bought a stake in a rival for 10 mln dlrs.\n' >"$T/wrap/a.txt"
t_eq "a name across the first line's end" \
	"Veldran Industries Inc>Veldran Industries Inc ORG|United States Shipping Co>United States Shipping Co ORG|" \
	"$(rows "$T/wrap" a.txt | tr '|' '\n' | grep -v VELDRAN | tr '\n' '|')"
#    A headline before the story is still a headline.
printf 'Kremlin Names New Envoy\n\nThe Kremlin on Monday named a new envoy to the talks.\n' >"$T/wrap/b.txt"
t_eq "a headline stays one" "Kremlin>Kremlin ORG|Kremlin>Kremlin ORG|" "$(rows "$T/wrap" b.txt)"

# 6. A word of titles last in a name, right after a known given name, is the family name:
#    "John Major", "Julie Bishop", "Carl Singer" were cut to the given name or dropped.
mkdir -p "$T/famt"
printf 'Some news.\n\nThe day was long. Julie Bishop said no. Former prime minister John Major agreed with Stephen Bishop.\n' >"$T/famt/a.txt"
t_eq "a title's word as a family name" \
	"Julie Bishop>Julie Bishop PERSON|John Major>John Major PERSON|Stephen Bishop>Stephen Bishop PERSON|" \
	"$(rows "$T/famt" a.txt)"
#    Not an office of a place, nor a title before a name.
printf 'Some news.\n\nThe day was long. Mary Queen of Scots died. Prime Minister John Major spoke.\n' >"$T/famt/b.txt"
t_eq "an office of a place stays one" "Scots>Scotland PLACE|John Major>John Major PERSON|" \
	"$(rows "$T/famt" b.txt)"

# 7. Ranks written with a hyphen, and council and service ranks, are titles: "Major-General
#    John Schofield", "Navy Seaman Craig Wibberley" were people with the rank in the name.
mkdir -p "$T/rank"
printf 'Some news.\n\nThe day was long. Major-General Varen Holt and Councillor Mira Ostby met Petty Officer Dane Kolvik.\n' >"$T/rank/a.txt"
t_eq "ranks peeled" "Varen Holt>Varen Holt PERSON|Mira Ostby>Mira Ostby PERSON|Dane Kolvik>Dane Kolvik PERSON|" \
	"$(rows "$T/rank" a.txt)"

# 8. A byline in capitals after "By" is a person, whatever the given name: "By JOHN
#    MARKOFF", "By H. JOSEF HEBERT, Associated Press Writer" were acronyms on a headline
#    (FoRK: 17 bylines of forwarded stories).
mkdir -p "$T/by"
printf 'Dam Plan Stalls\nBy VARDEN K. KOLSTAD, Associated Press Writer\n\nThe plan stalled on Monday.\n' >"$T/by/a.txt"
printf 'Dam Plan Stalls\nBy JOHN MERRICK\n\nThe plan stalled on Monday.\n' >"$T/by/b.txt"
t_eq "a byline in capitals" "VARDEN K. KOLSTAD>Varden K. Kolstad PERSON|Associated Press>Associated Press ORG|" \
	"$(rows "$T/by" a.txt)"
t_eq "with a known given name" "JOHN MERRICK>John Merrick PERSON|" "$(rows "$T/by" b.txt)"
#    Not a word alone, nor an agency's acronym.
printf 'Dam Plan Stalls\nBy CONTRAST, the dam went on.\nBy AFP STAFF\n\nThe plan stalled.\n' >"$T/by/c.txt"
t_eq "no byline" "AFP>Agence France-Presse ORG|" "$(rows "$T/by" c.txt)"

# 9. A lone word joins the one organisation whose name ends in it ("Unspun" of "Media
#    Unspun"), but not the complement after its connector: the "Web" of a "Web-based"
#    service was "The New York Times on the Web", a general "Paredes" the "Government of
#    Paredes".
mkdir -p "$T/last"
printf 'Some news.\n\nRead The Zorvan Herald on the Web today. Texas Pacific started a Web-based service and Kovar led the Government of Kovar.\n' >"$T/last/a.txt"
t_eq "no complement alone" "" "$(rows "$T/last" a.txt | tr '|' '\n' | grep -E '^(Web|Kovar)>' | grep ORG | tr '\n' '|')"

# 10. Arabic names with several glued articles are one name: "Sheikh Ali al-Khalifa al-Sabah"
#    was a person "Ali al-Khalifa" and a place "Sabah" (Reuters, 3 stories).
mkdir -p "$T/art"
printf 'Some news.\n\nThe Oil Minister, Sheikh Hamid al-Qasar al-Sabah, said so.\n' >"$T/art/a.txt"
t_eq "articles in a chain" "Hamid al-Qasar al-Sabah>Hamid al-Qasar al-Sabah PERSON|" "$(rows "$T/art" a.txt)"

t_end
