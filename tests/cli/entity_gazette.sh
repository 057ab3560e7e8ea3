# tests/cli/entity_gazette.sh -- entity rules of issue 15 for gazettes and reference works (the World Factbook's country entries): family names in capitals, courts and parties. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general (word
# classes, the ways of a reference work), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A family name written in capitals after a given name, as annals and reference works
#    write it ("Milton OBOTE", "Ali Abdallah SALIH", "Jose Eduardo DOS SANTOS"): one name.
#    The capitals were taken for an unknown acronym and cut off, leaving a given name alone
#    or nothing (Factbook: 270 people in 150 entries, "Christopher COLUMBUS" in 11).
mkdir -p "$T/caps"
printf 'Ostrava\n\nBritish explorer Samuel VORTANE landed in 1767. Later Gen. Orvan KELDITA seized power from Tesmu Varanko BRODELI DA COSTA.\n' >"$T/caps/a.txt"
t_eq "a family name in capitals after a given name" \
	"Samuel VORTANE PERSON|Orvan KELDITA PERSON|Tesmu Varanko BRODELI DA COSTA PERSON|" \
	"$(rows "$T/caps" a.txt | tr '|' '\n' | sed 's/>.* / /' | grep PERSON | tr '\n' '|')"
#    After a title the name's first word need be no listed given name ("Emperor Haile
#    SELASSIE", "Sultan Hassanal BOLKIAH": they were "Haile", "Hassanal" alone).
printf 'Ostrava\n\nIn 1930 Emperor Korvel SELANDI took power; Sultan Tesmin BORVAK followed.\n' >"$T/caps/c.txt"
t_eq "a family name in capitals after a title and a name" \
	"Korvel SELANDI PERSON|Tesmin BORVAK PERSON|" \
	"$(rows "$T/caps" c.txt | tr '|' '\n' | sed 's/>.* / /' | grep PERSON | tr '\n' '|')"
#    Not an unknown acronym after a name in a mail, nor a common word in capitals.
printf 'Hi all\n\nSandra CPU is slow again. Kelvo PDA sold out. Samuel HELP me.\n' >"$T/caps/b.txt"
t_eq "no acronym or common word joins a name" "" \
	"$(rows "$T/caps" b.txt | tr '|' '\n' | grep -E 'Sandra CPU|Kelvo PDA|Samuel HELP' | tr '\n' '|')"

# 2. A court, chamber or party named in its own language, head first ("Corte Suprema de
#    Justicia", "Cour Constitutionnelle", "Tribunal Supremo", "Mahkamah Agung", "Chama Cha
#    Mapinduzi"): an organisation. They were people (Factbook: 25 rows in 40 entries,
#    "Corte Suprema de Justicia" first of the PERSON list).
mkdir -p "$T/court"
printf 'Norvania\n\nCourts: Supreme Court or Corte Suprema de Justicia (consists of 9 judges); Constitutional Court or Cour Constitutionnelle; Tribunal Supremo; Mahkamah Agung.\n\nTwo parties formed the Chama Cha Mapinduzi in 1977.\n' >"$T/court/a.txt"
t_eq "a foreign body's head first" \
	"Corte Suprema de Justicia ORG|Cour Constitutionnelle ORG|Tribunal Supremo ORG|Mahkamah Agung ORG|Chama Cha Mapinduzi ORG|" \
	"$(rows "$T/court" a.txt | tr '|' '\n' | sed 's/^[^>]*>//' | grep -E '^(Corte|Cour|Tribunal|Mahkamah|Chama)' | tr '\n' '|')"
#    Not a family name that is also a chamber's ("Moussa Dadis CAMARA", "Admiral Camara").
printf 'Guinea\n\nIn 2008 Capt. Moussa Dadis CAMARA seized power. Admiral Camara agreed.\n' >"$T/court/b.txt"
t_eq "Camara is a person" "" "$(rows "$T/court" b.txt | tr '|' '\n' | grep -i 'camara.* ORG$' | tr '\n' '|')"

# 3. Such names are every country's: "Corte Suprema de Justicia" of two countries is two
#    bodies, like "Supreme Court" (issue 15); so are "Court of Cassation", "Cour de
#    Cassation", "Social Democrats", "Homeland Movement", "Action Party", "Alliance for
#    Change". They were one row across 15, 12, 8, 4 and 3 entries (Factbook).
mkdir -p "$T/gen"
printf 'Peru\n\nPeru has a long history.\n\nCourts: Corte Suprema de Justicia; Court of Cassation\n\nPolitical parties: Social Democrats. The Alliance for Change won seats.\n' >"$T/gen/a.txt"
printf 'Chile\n\nChile has a long history.\n\nCourts: Corte Suprema de Justicia; Court of Cassation\n\nPolitical parties: Social Democrats. The Alliance for Change won seats.\n' >"$T/gen/b.txt"
for n in "Corte Suprema de Justicia" "Court of Cassation" "Social Democrats" "Alliance for Change"; do
	t_eq "$n: one body a country" 2 \
		"$(ments "$T/gen" | awk -F'\t' -v n="$n" '$7 == n { print $5 }' | sort -u | wc -l | tr -d ' ')"
done
#    "Democrats" alone stays the party the lists know.
printf 'Vote\n\nThe Democrats won the House. Democrats cheered.\n' >"$T/gen/c.txt"
t_eq "Democrats" "Democrats>Democratic Party ORG|Democrats>Democratic Party ORG|" \
	"$(rows "$T/gen" c.txt | tr '|' '\n' | grep Democrats | tr '\n' '|')"

# 4. A law ("the 1992 Basic Law", "the Emergency Law") and a ruling house as a period of a
#    country's history ("the Qing Dynasty") are no people, and not annotated (RULES.md 1).
#    They were PERSON (Factbook: "Qing Dynasty", "Basic Law" in the top 50 and 8 more
#    dynasties; speeches and feeds: "Civil Service Law", "Yale Law", "Dodge Dynasty").
mkdir -p "$T/law"
printf 'Zemblia\n\nIn 1895 defeat forced the Wang Dynasty to cede the isles. The king rules as required by the country'"'"'s 1992 Basic Law. Protests led to the repeal of the restrictive Emergency Law allowing arrests.\n' >"$T/law/a.txt"
t_eq "a law and a dynasty" "" "$(rows "$T/law" a.txt)"

# 5. The display name of a person whose family name is written in capitals reads as a name
#    is written: "Christopher Columbus", "Kim Jong Il", "Charles de Gaulle", "El-Sisi",
#    with Roman numerals kept ("George Tupou V"). The Factbook's 600 people showed as
#    "Christopher COLUMBUS", "KIM Jong Il", "Charles DE GAULLE".
mkdir -p "$T/disp"
printf 'Ostrava\n\nThe explorer Samuel VORTANE landed. Later King George VORTANE IV and Tesmu Varanko DA COSTA met Paulo EL-Marek and PARK Soo-min. VORTANE left.\n' >"$T/disp/a.txt"
t_eq "a name in capitals shown as a name" \
	"Samuel Vortane|George Vortane IV|Tesmu Varanko da Costa|Paulo El-Marek|Park Soo-min|" \
	"$(ments "$T/disp" | awk -F'\t' 'NR > 1 && $4 == "PERSON" && !s[$6]++ { print $6 }' | tr '\n' '|')"

# 6. A people, ethnic group or tribe with no country of its name ("a failed Hutu-led coup",
#    "the Mapuche Indigenous peoples", "early Norse settlers") is no person; before a name
#    it says who the person is ("the first Hutu president, Hutu Melchior NDADAYE"); inside
#    an organisation's name it stays ("Arab League", "Multiethnic Indigenous Party"). Seven
#    of the Factbook's top 50 PERSON rows were such ("Hutu Melchior", "Tamil Eelam", "Arab
#    Republic", "Mapuche Indigenous", "B.C. Norse").
mkdir -p "$T/folk"
printf 'Vellmark\n\nIn 1993 voters chose Hutu Orvan KELDITA after Samuel VORTANE. A failed Hutu-led coup and Tamil rebels followed; the Mapuche Indigenous peoples and early Norse settlers lived there. The Arab League met.\n\nMultiethnic Indigenous Party or PIM (operates in a political alliance with the FSLN)\n' >"$T/folk/a.txt"
t_eq "peoples" \
	"Orvan KELDITA>Orvan Keldita PERSON|Samuel VORTANE>Samuel Vortane PERSON|Arab League>Arab League ORG|Multiethnic Indigenous Party>Multiethnic Indigenous Party ORG|FSLN>Sandinista National Liberation Front ORG|" \
	"$(rows "$T/folk" a.txt | tr '|' '\n' | grep -v PLACE | tr '\n' '|')"

# 7. Where a text writes a person's family name in capitals and names a place after him
#    ("British captain William KEELING discovered the Cocos (Keeling) Islands"), the word
#    in ordinary capitals is the place's, not the man: "Keeling" (6 mentions) and "Wallis"
#    (of "Wallis and Futuna", 2) were William Keeling and Samuel Wallis (Factbook). Where no
#    place bears it ("Iosif STALIN ... Stalin's rule"), it is still the man.
mkdir -p "$T/named"
printf 'Tessel Islands\n\nBritish captain Samuel KORVANDE found the Korvande Islands in 1609. Maps named them the Korvande Islands later; Korvande is a name of the isles now.\n' >"$T/named/a.txt"
printf 'Ruvia\n\nThe rule of Samuel ORTVELD (1928-53) was brutal. The country stagnated after Ortveld died.\n' >"$T/named/b.txt"
t_eq "a place named after a man in capitals" \
	"Samuel KORVANDE>Samuel Korvande PERSON|" \
	"$(rows "$T/named" a.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"
t_eq "no place of his name: the man" \
	"Samuel ORTVELD>Samuel Ortveld PERSON|Ortveld>Samuel Ortveld PERSON|" \
	"$(rows "$T/named" b.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

# 8. "National Democratic Party or NDP": reference works define an acronym with "or"; it
#    names that body in its article, even where the lists know the letters as another
#    ("CPC" of Canada's Conservative Party was the Communist Party of China, "LA" of
#    Denmark's Liberal Alliance Los Angeles, "PSS", "CC": Factbook).
mkdir -p "$T/or"
printf 'Norvania\n\nThe Civic Patriots Coalition or CPC won in 2019, and the Liberal Alliance or LA joined it. The CPC rules with the Velmar Unity Front or VUF; the VUF grew.\n' >"$T/or/a.txt"
t_eq "an acronym after or" \
	"Civic Patriots Coalition>Civic Patriots Coalition ORG|CPC>Civic Patriots Coalition ORG|Liberal Alliance>Liberal Alliance ORG|LA>Liberal Alliance ORG|CPC>Civic Patriots Coalition ORG|Velmar Unity Front>Velmar Unity Front ORG|VUF>Velmar Unity Front ORG|VUF>Velmar Unity Front ORG|" \
	"$(rows "$T/or" a.txt | tr '|' '\n' | grep -v PLACE | tr '\n' '|')"

# 9. A reference work's list of parties, one "Name or ACR" a line: each line is an item,
#    no Title-Case headline, and its name runs from the line's first word that the acronym
#    spells ("National Democratic Party or NDP", "New Patriotic Party or NPP"); a name so
#    defined is a body's, never a person's ("Fanmi Lavalas or FL"). The lines were taken
#    for headlines and mostly lost (Factbook: about 900 parties found now), or cut
#    ("Democratic Party" for "National Democratic Party", whose "NDP" then was Canada's).
mkdir -p "$T/list"
printf 'Norvania\n\nNorvania has a long history.\n\nPolitical parties:\n\nVelmar Unity Front or VUF \n\nNational Civic Party or NCP \n\nKorvanda Lavalas or KL\n\nother minor parties\n' >"$T/list/a.txt"
t_eq "a list of parties" \
	"Velmar Unity Front>Velmar Unity Front ORG|VUF>Velmar Unity Front ORG|National Civic Party>National Civic Party ORG|NCP>National Civic Party ORG|Korvanda Lavalas>Korvanda Lavalas ORG|KL>Korvanda Lavalas ORG|" \
	"$(rows "$T/list" a.txt | tr '|' '\n' | grep -v PLACE | tr '\n' '|')"

# 10. An acronym after "or" ending a list's line that the words before it neither spell
#     nor name as the lists' body of those letters is that item's, in its own language:
#     "Popular Action (Accion Popular) or AP" is no Associated Press (AP of 8 parties'
#     lines, Montenegro's and Serbia's SNP, the new FARC party: Factbook). Where the line
#     names the listed body, it is that body ("Justice and Development Party or AKP").
mkdir -p "$T/item"
printf 'Norvania\n\nNorvania has a long history.\n\nPolitical parties:\n\nVelmar Action (Accion Velmar) or AP \n\nThe Alternative or AP\n\nJustice and Development Party or AKP\n\nother minor parties\n' >"$T/item/a.txt"
t_eq "an acronym of its item" "" \
	"$(rows "$T/item" a.txt | tr '|' '\n' | grep 'Associated Press' | tr '\n' '|')"
t_eq "an acronym of the listed body it names" "AKP>Justice and Development Party ORG|" \
	"$(rows "$T/item" a.txt | tr '|' '\n' | grep -E '^AKP>' | tr '\n' '|')"

# 11. A list's "Name or ACR" whose letters come from another language ("Bienestar
#     Nacional or BIEN", "Alliance for the Fatherland or APP") defines the acronym too,
#     and the name is a body's; "Bloc" heads a party's name first or last ("Gainde
#     Centrist Bloc", "Bloc Quebecois"). "Gainde Centrist Bloc" and "Bienestar Nacional"
#     were people (Factbook: about 390 parties gained their acronym).
mkdir -p "$T/bloc"
printf 'Norvania\n\nNorvania has a long history.\n\nPolitical parties:\n\nBienestar Velmarino or BIEN \n\nVelmar Centrist Bloc or BCV\n\nAlliance for the Velmar Fatherland or APPV\n\nother minor parties\n' >"$T/bloc/a.txt"
t_eq "a list's names and their acronyms" \
	"Bienestar Velmarino>Bienestar Velmarino ORG|BIEN>Bienestar Velmarino ORG|Velmar Centrist Bloc>Velmar Centrist Bloc ORG|BCV>Velmar Centrist Bloc ORG|Alliance for the Velmar Fatherland>Alliance for the Velmar Fatherland ORG|APPV>Alliance for the Velmar Fatherland ORG|" \
	"$(rows "$T/bloc" a.txt | tr '|' '\n' | grep -v PLACE | tr '\n' '|')"

#     Only a whole item defines: "Unity for the Republic or UDR", where "Republic" alone
#     was found, made an ORG "Republic" of 20 entries.
printf 'Norvania\n\nPolitical parties:\n\nUnity for the Republic or UDR\n\nother minor parties\n' >"$T/bloc/b.txt"
printf 'Velmaria\n\nPolitical parties:\n\nRally for the Republic or RPV\n\nother minor parties\n' >"$T/bloc/c.txt"
t_eq "no cut item defines" "" \
	"$(ments "$T/bloc" | awk -F'\t' '$4 == "ORG" && $6 == "Republic"' | tr '\n' '|')"


# 12. A family name written first is shared by many ("KIM Il Sung", "KIM Jong Il", "KIM
#     Jong Un" in one entry): the lone one is the last named in full before it, not the
#     one named most (all three lone KIMs of North Korea's entry were Kim Jong Il).
mkdir -p "$T/ff"
printf 'Norvania\n\nPresident Kim Dal Sun founded the state. Kim Dal Sun ruled long, and Kim Dal Sun named his son. Kim Jong Mo took over in 1994. Since then, Kim has ruled alone.\n' >"$T/ff/a.txt"
t_eq "a lone family name written first" "Kim>Kim Jong Mo PERSON|" \
	"$(rows "$T/ff" a.txt | tr '|' '\n' | grep '^Kim>' | tr '\n' '|')"

t_end
