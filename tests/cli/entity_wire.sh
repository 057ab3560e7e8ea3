# tests/cli/entity_wire.sh -- entity rules of issue 15 for news wire: firms' legal names, their short forms, offices and wire bodies. MIT licence.
# Each case is a small corpus written here; the names are invented, the rules general (the
# shape of a firm's legal name, a title's words), from a corpus of 400 Reuters stories of
# 1987 (money, grain, trade, shipping; not committed).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. "and Co" before a legal form ends a firm's name: "Aubrey G. Lanston and Co Inc",
#    "Smith Barney, Harris Upham and Co Inc". The name stopped before "and", leaving an
#    ORG "Co Inc" (10 stories, 12 mentions) and the partners' names people ("Harris
#    Upham", 3 stories).
mkdir -p "$T/andco"
printf 'Rates\n\nDavid Jones, economist at Mirvane G. Tolbeck and Co Inc, said rates would fall. Shares were sold through Brentlow Okafor and Co Ltd.\n' >"$T/andco/a.txt"
t_eq "a firm's name ends in and Co and its legal form" \
	"David Jones>David Jones PERSON|Mirvane G. Tolbeck and Co Inc>Mirvane G. Tolbeck and Co Inc ORG|Brentlow Okafor and Co Ltd>Brentlow Okafor and Co Ltd ORG|" \
	"$(rows "$T/andco" a.txt)"
#    Also wrapped at "and" ("financial services company Seligmann Harris and\nCo, as
#    well as": a person "Seligmann Harris" that a lone "Harris" of 2 more stories joined).
printf 'Deal\n\nThe suit names the financial services company Orvall Tasker and\nCo, as well as three bankers.\n' >"$T/andco/d.txt"
t_eq "and Co over a line's end" "Orvall Tasker and Co>Orvall Tasker and Co ORG|" "$(rows "$T/andco" d.txt)"
#    The one partner a firm is named after stays a person of his own ("Ivan F. Boesky
#    ... his partnership Ivan F. Boesky and Co LP": his 8 mentions joined the firm).
printf 'Boesky case\n\nThe judge said Peter R. Velikov misled investors in his partnership Peter R. Velikov and Co LP. Velikov denied it.\n' >"$T/andco/b.txt"
t_eq "the partner is no firm" \
	"Peter R. Velikov>Peter R. Velikov PERSON|Peter R. Velikov and Co LP>Peter R. Velikov and Co LP ORG|Velikov>Peter R. Velikov PERSON|" \
	"$(rows "$T/andco" b.txt)"
#    A firm's name with two legal forms and without them are one firm ("British
#    Petroleum Co PLC ... British Petroleum", "Law Debenture Trust Corp Plc": two rows).
printf 'Oil\n\nThe Zarvex Petroleum Co PLC board met. Zarvex Petroleum shares rose.\n' >"$T/andco/c.txt"
t_eq "two legal forms go" \
	"Zarvex Petroleum Co PLC>Zarvex Petroleum ORG|Zarvex Petroleum>Zarvex Petroleum ORG|" \
	"$(rows "$T/andco" c.txt)"

# 2. A firm's first word alone is the firm its article names with a legal form, also when
#    the lists know the word as a given or family name ("Chrysler Corp ... Chrysler is
#    about to re-enter", "Ford Motor Co ... bullish on Ford": PERSON rows "Ford" and
#    "Chrysler" of 4 and 3 stories).
mkdir -p "$T/first"
printf 'Cars\n\nThe carmaker Gallagher Motor Co said its sales fell. Analysts said Gallagher is about to re-enter Europe.\n' >"$T/first/a.txt"
t_eq "a family name that starts a firm's legal name" \
	"Gallagher Motor Co>Gallagher Motor Co ORG|Gallagher>Gallagher Motor Co ORG|Europe>Europe PLACE|" \
	"$(rows "$T/first" a.txt)"
#    Not when the article names a person of that name.
printf 'Cars\n\nTom Gallagher, chairman of Gallagher Motor Co, spoke. Gallagher said sales fell.\n' >"$T/first/b.txt"
t_eq "not the article's person" \
	"Tom Gallagher>Tom Gallagher PERSON|Gallagher Motor Co>Gallagher Motor Co ORG|Gallagher>Tom Gallagher PERSON|" \
	"$(rows "$T/first" b.txt)"

#    A firm named by a person's full name goes by his family name ("James Hardie
#    Industries Ltd ... Hardie said": a person "Hardie" of 6 mentions).
printf 'Results\n\nJames Tovarek Industries Ltd said its net rose. Tovarek said it sold a number of businesses.\n' >"$T/first/d.txt"
t_eq "the family name of a firm's given and family name" \
	"James Tovarek Industries Ltd>James Tovarek Industries Ltd ORG|Tovarek>James Tovarek Industries Ltd ORG|" \
	"$(rows "$T/first" d.txt)"
#    The firm's name is that one word and its legal form ("Chrysler Corp").
printf 'Cars\n\nThe carmaker Doyle Corp said its sales fell. Analysts said Doyle is about to re-enter Europe.\n' >"$T/first/c.txt"
t_eq "a family name and a legal form" \
	"Doyle Corp>Doyle ORG|Doyle>Doyle ORG|Europe>Europe PLACE|" \
	"$(rows "$T/first" c.txt)"

# 3. A firm's name written with a possessive ("Moody's Investors Service Inc",
#    "McDonald's Corp") goes on over it to its legal form: it was a person "Moody" (4
#    stories, 14 mentions) and an ORG "Investors Service Inc" (4 stories).
mkdir -p "$T/poss"
printf 'Ratings\n\nThe agency Brindle'"'"'s Credit Service Inc said it may cut the rating. Brindle'"'"'s said the debt was high.\n' >"$T/poss/a.txt"
t_eq "a possessive inside a firm's legal name" \
	"Brindle's Credit Service Inc>Brindle's Credit Service Inc ORG|Brindle>Brindle's Credit Service Inc ORG|" \
	"$(rows "$T/poss" a.txt)"
#    Not a place's, a person's with a given name, nor a firm's possessive before its unit.
printf 'Units\n\nBritain'"'"'s Kelvor Chemicals Plc rose. John Brindle'"'"'s Brindle Holdings Ltd fell. Ardent Corp'"'"'s Kelvor Motors Inc sold cars.\n' >"$T/poss/b.txt"
t_eq "no possessive of a place, a person or a firm" \
	"Britain>United Kingdom PLACE|Kelvor Chemicals Plc>Kelvor Chemicals Plc ORG|John Brindle>John Brindle PERSON|Brindle Holdings Ltd>Brindle Holdings Ltd ORG|Ardent Corp>Ardent Corp ORG|Kelvor Motors Inc>Kelvor Motors Inc ORG|" \
	"$(rows "$T/poss" b.txt)"

# 4. Lists: an office of several words before a name ("Chancellor of the Exchequer Nigel
#    Lawson" was a person "Exchequer Nigel Lawson", 5 stories), the agency's sign-off
#    and credit of the time ("Reuter": a person, 3 stories), the European Community
#    defined with its initials ("European Community, EC,": "European" was Europe, 41
#    mentions, and "EC" nothing).
mkdir -p "$T/lists"
printf 'Rates\n\nChancellor of the Exchequer Walden Prissick said rates would fall, he told Reuter. Prissick spoke in Brighton.\n Reuter\n' >"$T/lists/a.txt"
t_eq "an office of several words, the agency" \
	"Walden Prissick>Walden Prissick PERSON|Reuter>Reuters ORG|Prissick>Walden Prissick PERSON|Brighton>Brighton PLACE|Reuter>Reuters ORG|" \
	"$(rows "$T/lists" a.txt)"
printf 'Oils\n\nThe European Community (EC) plans a tax on oils. The EC ministers meet today.\n' >"$T/lists/b.txt"
t_eq "the European Community" \
	"European Community>European Community ORG|EC>European Community ORG|EC>European Community ORG|" \
	"$(rows "$T/lists" b.txt)"

# 5. A headline in capitals that starts with a name and its ticker: the name is the firm
#    ("FIRESTONE <FIR> TO CLOSE THREE TIRE PLANTS", "MAGMA <MGCPV> STOCK ...": 6 such
#    headlines were people, and the story's lone "Firestone" with them).
mkdir -p "$T/ticker"
printf 'ZARBECK <ZRB> TO CLOSE THREE PLANTS\n\n3-MAR-1987\n\nZarbeck Tire and Rubber Co said it will close three plants. A Zarbeck spokesman said the cost was high.\n' >"$T/ticker/a.txt"
t_eq "a headline's name before its ticker" \
	"ZARBECK>Zarbeck Tire and Rubber Co ORG|Zarbeck Tire and Rubber Co>Zarbeck Tire and Rubber Co ORG|Zarbeck>Zarbeck Tire and Rubber Co ORG|" \
	"$(rows "$T/ticker" a.txt)"

#    The story's lone word that ends the firm's name is still the firm ("Eastman Kodak
#    Co ... Kodak said"), not the headline's word.
printf 'VELMOR <VLM> CONTINUES DRIVE\n\n3-MAR-1987\n\nEastman Velmor Co said it will buy firms. Velmor said the cost was high.\n' >"$T/ticker/b.txt"
t_eq "the story's word is the firm's" \
	"VELMOR>VELMOR ORG|Eastman Velmor Co>Eastman Velmor Co ORG|Velmor>Eastman Velmor Co ORG|" \
	"$(rows "$T/ticker" b.txt)"

#    The peoples of the states of 1949-1990: "West German interest rates", "the West
#    German Finance Minister" were Germany (40 of its 79 mentions).
printf 'Rates\n\nWest German interest rates rose, the West German Finance Minister said. East German leaders and West Germans met in Bonn.\n' >"$T/lists/c.txt"
t_eq "West German, East German" \
	"West German>West Germany PLACE|West German>West Germany PLACE|East German>East Germany PLACE|West Germans>West Germany PLACE|Bonn>Bonn PLACE|" \
	"$(rows "$T/lists" c.txt)"

# 6. A country and a plural of a body's head is a kind, no body: "U.S. Banks have 50 pct
#    representation", "U.K. Authorities", "U.S. Agencies" (an ORG "U.S. Banks" of 5
#    stories); the country stays. Not a name of more words ("Allied Irish Banks").
mkdir -p "$T/kind"
printf 'Debt\n\nU.S. Banks have 50 pct of the loans, and Japanese Companies the rest. Vernish Irish Banks Ltd agreed.\n' >"$T/kind/a.txt"
t_eq "a country's banks" \
	"U.S.>United States PLACE|Japanese>Japan PLACE|Vernish Irish Banks Ltd>Vernish Irish Banks Ltd ORG|" \
	"$(rows "$T/kind" a.txt)"
#    So in a headline in capitals ("GERMAN BANKS SEE ...", 2 stories).
printf 'GERMAN BANKS SEE SLOWER GROWTH\n\nBanks said growth was slow.\n' >"$T/kind/c.txt"
t_eq "a country's banks in capitals" "GERMAN>Germany PLACE|" "$(rows "$T/kind" c.txt)"
#    Its market is no place either ("share of the U.S. Market": a place "U.S. Market" of
#    5 stories); a sea is one ("the Irish Sea").
printf 'Chips\n\nTheir share of the U.S. Market grew, as did exports across the Irish Sea.\n' >"$T/kind/b.txt"
t_eq "a country's market" \
	"U.S.>United States PLACE|Irish Sea>Irish Sea PLACE|" \
	"$(rows "$T/kind" b.txt)"

# 7. The wire's other way of defining initials: between commas ("the European
#    Community, EC, on its proposed tax", also wrapped over a line's end: 7 more EC
#    mentions), for a body the lists know too.
printf 'Oils\n\nA tax of the European Community, EC, on oils is new. The 12 EC countries agreed.\n' >"$T/lists/d.txt"
t_eq "initials between commas" \
	"European Community>European Community ORG|EC>European Community ORG|EC>European Community ORG|" \
	"$(rows "$T/lists" d.txt)"

# 8. Bodies and firms named in Portuguese, Spanish or French start with their head
#    ("Empresa Publica de Abastecimento de Cereais, EPAC,": a person of 2 stories, its
#    EPAC nothing in 19 mentions; "Banque Indosuez", "Het Comite").
mkdir -p "$T/heads"
printf 'Grain\n\nPortugal'"'"'s Empresa Publica de Vartozes de Cereais, EPVC, said it will buy wheat. The Sociedad Minera Tolvana agreed, as did Banque Ardelle.\n' >"$T/heads/a.txt"
t_eq "a head word first in another language" \
	"Portugal>Portugal PLACE|Empresa Publica de Vartozes de Cereais>Empresa Publica de Vartozes de Cereais ORG|EPVC>Empresa Publica de Vartozes de Cereais ORG|Sociedad Minera Tolvana>Sociedad Minera Tolvana ORG|Banque Ardelle>Banque Ardelle ORG|" \
	"$(rows "$T/heads" a.txt)"

# 9. A story's first line, short and capitalised once its dateline was cut, looked like
#    a Title-Case headline and kept the name it breaks at its end from going on: "New
#    York Stock Exchange chairman John\nPhelan said", "Finance Minister Chung\nIn-yong
#    will visit", "President Richard von\nWeizsaecker said", "Industrial Development\nBank
#    of India" (43 of 400 stories break a name there).
mkdir -p "$T/wrap"
printf 'EXCHANGE TO ACT\n\n20-OCT-1987\n\nThe Vardane Stock Exchange chairman John\nPelmont said the exchange will continue to ask firms to report.\n    Later, officials said Pelmont told a news conference so.\n' >"$T/wrap/a.txt"
t_eq "a given name at the first line's end" \
	"Vardane Stock Exchange>Vardane Stock Exchange ORG|John Pelmont>John Pelmont PERSON|Pelmont>John Pelmont PERSON|" \
	"$(rows "$T/wrap" a.txt)"
printf 'DRUG RULING\n\n3-MAR-1987\n\nKelso Chemical Co'"'"'s <KCC> Ardent Kelso\nPharmaceuticals Inc unit said a jury found for it.\n' >"$T/wrap/b.txt"
t_eq "a firm's word and legal form at the next line's start" \
	"Kelso Chemical Co>Kelso Chemical Co ORG|Ardent Kelso Pharmaceuticals Inc>Ardent Kelso Pharmaceuticals Inc ORG|" \
	"$(rows "$T/wrap" b.txt)"
#    A short first line that is all the subject of a speech verb on the next
#    ("<Hayes Microcomputer Products Inc>\nsaid it has introduced five new": no firm,
#    and its lone "Hayes" a person of 8 mentions joined to Ford's Walter Hayes).
printf 'NEW MODEMS\n\n1-JUN-1987\n\n<Zorvane Microcomputer Products Inc>\nsaid it has introduced five new modems.\n' >"$T/wrap/d.txt"
t_eq "a firm on a line of its own, then said" \
	"Zorvane Microcomputer Products Inc>Zorvane Microcomputer Products Inc ORG|" "$(rows "$T/wrap" d.txt)"
#    A Title-Case heading with a body right under it stays a heading.
printf 'Market Report From Garvel\nPrices rose in the morning and fell later.\n' >"$T/wrap/c.txt"
t_eq "no name run on from a heading" "" \
	"$(rows "$T/wrap" c.txt | tr '|' '\n' | grep -i 'prices' | tr '\n' '|')"

# 10. A firm's short name of its words' first syllables, bracketed after it, names it
#    ("Amsterdam-Rotterdam Bank NV (Amro) ... Amro said": a person "Amro" of 2 stories;
#    "Benelux", "Comecon" are made so).
mkdir -p "$T/syll"
printf 'Bonds\n\nThe issue is led by Vestrovia-Halden Bank NV (Vesha), the bank said. Vesha said it was the second time.\n' >"$T/syll/a.txt"
t_eq "a short name of syllables" \
	"Vestrovia-Halden Bank NV>Vestrovia-Halden Bank NV ORG|Vesha>Vestrovia-Halden Bank NV ORG|Vesha>Vestrovia-Halden Bank NV ORG|" \
	"$(rows "$T/syll" a.txt)"
#    Not a person named in brackets after his firm.
printf 'Bonds\n\nThe issue is led by Vestrovia Bank NV (Vernon Hale), the bank said. Hale said it was the second time.\n' >"$T/syll/b.txt"
t_eq "a person in brackets" \
	"Vestrovia Bank NV>Vestrovia Bank NV ORG|Vernon Hale>Vernon Hale PERSON|Hale>Vernon Hale PERSON|" \
	"$(rows "$T/syll" b.txt)"

# 11. A lone word that starts a company's legal name in another story of the corpus is
#    that company where nothing says it is a person ("Shearson Lehman Brothers Inc" in
#    one story, "Shearson sees Soviet shipments" in two others: a person "Shearson").
mkdir -p "$T/corp" "$T/corp2"
printf 'Nickel\n\nThe broker Zandor Lehnhart Brothers Inc said nickel prices will fall.\n' >"$T/corp/a.txt"
printf 'Copper\n\nCopper is weak, but demand will recover, Zandor said.\n' >"$T/corp/b.txt"
t_eq "a company's first word in another story" \
	"Zandor>Zandor Lehnhart Brothers Inc ORG|" \
	"$(rows "$T/corp" b.txt | tr '|' '\n' | grep '^Zandor>' | tr '\n' '|')"
#    Not a word the corpus writes as a person's family name.
cp "$T/corp/a.txt" "$T/corp/b.txt" "$T/corp2/"
printf 'Tin\n\nThe analyst Peter Zandor said tin is weak.\n' >"$T/corp2/c.txt"
t_eq "not a family name of the corpus" \
	"Zandor>Peter Zandor PERSON|" \
	"$(rows "$T/corp2" b.txt | tr '|' '\n' | grep '^Zandor>' | tr '\n' '|')"

# 12. A range of months ("output will fall during Jan/May", "Jan/Sept 1986") names no
#    one: "Jan" was a person of 4 mentions, and "May" may be one too.
mkdir -p "$T/months"
printf 'Palm oil\n\nOutput is forecast to fall about eight pct during Jan/May, as it did in Jan/Sept 1986, the Kuala Lumpur office said.\n' >"$T/months/a.txt"
t_eq "a range of months" "Kuala Lumpur>Kuala Lumpur PLACE|" "$(rows "$T/months" a.txt)"
#    A given name still before a family name ("Jan Pronk").
printf 'Aid\n\nThe minister Jan Pronk/Vardell met them.\n' >"$T/months/b.txt"
t_eq "not a given name" "Jan Pronk>Jan Pronk PERSON|" "$(rows "$T/months" b.txt | tr '|' '\n' | grep '^Jan' | tr '\n' '|')"

# 13. A compass word split from the place it qualifies is no place of its own ("factories
#    in West Europe", "stocks in West Malaysia", "in West Berlin": a PLACE "West" of 6
#    stories once "West German" no longer left it alone); nor is "West Berlin" two.
mkdir -p "$T/compass"
printf 'Plants\n\nFord has 41 factories in West Europe, the firm said.\n' >"$T/compass/a.txt"
printf 'Palm\n\nStocks in West Malaysia fell, it said.\n' >"$T/compass/b.txt"
printf 'Banks\n\nThe office in West Berlin is considering it.\n' >"$T/compass/c.txt"
printf 'Rates\n\nRates rose in West Europe and Japan.\n' >"$T/compass/d.txt"
printf 'Trees\n\nThis could affect trees in West Malaysia.\n' >"$T/compass/e.txt"
t_eq "no place West" "" "$(ments "$T/compass" | awk -F'\t' '$7 == "West"')"
t_eq "West Berlin" "West Berlin>West Berlin PLACE|" "$(rows "$T/compass" c.txt)"

# 14. British and American spellings of a body's head word are one name: "International
#    Coffee Organisation" (2 stories) and "International Coffee Organization" (2 more)
#    were two rows, as "Organisation for Economic Cooperation" was beside the OECD.
mkdir -p "$T/spell"
printf 'Pepper\n\nThe International Pepper Organisation met in London.\n' >"$T/spell/a.txt"
printf 'Pepper\n\nThe International Pepper Organization set quotas. The Vardane Research Centre and the Vardane Research Center agreed.\n' >"$T/spell/b.txt"
t_eq "one body in two spellings" "PLACE 1 1|ORG 2 2|ORG 1 2|" \
	"$("$DOSSIER" entities --format=tsv --no-state "$T/spell" 2>/dev/null |
	   awk -F'\t' 'NR > 1 { print $1 " " $4 " " $5 }' | sort -r | tr '\n' '|')"

t_end
