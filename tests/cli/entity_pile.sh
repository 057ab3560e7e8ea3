# tests/cli/entity_pile.sh -- entity rules of issue 15 from round 62 (a pile of news from many outlets: WikiNews' sources of 2004-05, read mention by mention): plural demonyms, well-known bodies by their initials. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A people in the plural is a mention of its country (RULES.md 4) whatever its
#    singular's shape: "Sri Lankans" was a person "Lankans", and "New Zealanders",
#    "Swedes", "Serbs", "Croats", "Greeks", "Danes", "Finns" were no one.
mkdir -p "$T/dem"
printf 'Refugees\n\nJanuary 3, 2005\n\nThe camp took in Sri Lankans and New Zealanders, Swedes, Danes and Finns; Serbs, Croats and Greeks came later, and Saudi Arabians too.\n' >"$T/dem/a.txt"
t_eq "a people in the plural" "Sri Lanka|New Zealand|Sweden|Denmark|Finland|Serbia|Croatia|Greece|Saudi Arabia|" \
	"$(ments "$T/dem" | awk -F'\t' 'NR > 1 && $4 == "PLACE" { print $6 }' | tr '\n' '|')"

# 2. Bodies that news names by their initials alone: "OMB" (23 times in one story), "USAF",
#    "DoD", "NTSB", "NOAA", "UAW", "CFIUS" were no one. Only in capitals, and not where a headline is in
#    capitals ("ICE STORM"); no acronym that is as often something else (the IRA of
#    retirement accounts, the ETA of arrivals).
mkdir -p "$T/acr"
printf 'ICE STORM HITS THE PLAINS\n\nJanuary 3, 2005\n\nThe ice storm, said NOAA, was the worst in years.\n' >"$T/acr/a.txt"
printf 'Budget\n\nJanuary 4, 2005\n\nThe OMB and the USAF disagreed; DoD asked the NTSB, and ICE agents waited. Savers moved money into an IRA. The UAW struck; CFIUS weighed the deal.\n' >"$T/acr/b.txt"
t_eq "bodies by their initials" "NOAA|OMB|USAF|DoD|NTSB|ICE|UAW|CFIUS|" \
	"$(ments "$T/acr" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $7 }' | tr '\n' '|')"
t_eq "bodies by their names" "Office of Management and Budget|National Transportation Safety Board|" \
	"$(ments "$T/acr" | awk -F'\t' 'NR > 1 && ($7 == "OMB" || $7 == "NTSB") { print $6 }' | tr '\n' '|')"

# 3. A weblog's posts sign with a given name alone: "Another new worm found Posted by Mikko
#    @ 15:42 GMT" (75 of a security company's weblog were no one). One word after "Posted
#    by" or "Written by" with its capital, before the time, the date or the line's end; not
#    a common word ("Posted by Staff") nor "a video posted by" in prose.
mkdir -p "$T/blog"
printf 'Weblog\n\nDecember 9, 2004\n\nAnother new worm found Posted by Vesku @ 15:42 GMT\nA new variant was found.\nNotes Posted by Staff at 10:24 GMT\nWritten by Taneli on Monday\nA clip posted by Orvokki went round.\n' >"$T/blog/a.txt"
t_eq "a weblog's author by a given name" "Vesku|Taneli|" \
	"$(ments "$T/blog" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 4. "Will" inside a sentence before a capitalised word is a given name: "singer Will
#    Young", "Justin Hawkins, Will Young, Jamelia" were "Young" or no one, "Will Smith"
#    "Smith". Not after a capitalised word ("It Will Be Fine") nor before a function word.
mkdir -p "$T/will"
printf 'Charity single\n\nDecember 2, 2004\n\nThe line-up includes Justin Hawkins, Will Young and Robbie Williams; singer Will Torvane said so. It Will Be Fine, one wrote.\n' >"$T/will/a.txt"
t_eq "Will as a given name" "Justin Hawkins|Will Young|Robbie Williams|Will Torvane|" \
	"$(ments "$T/will" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 5. A firm's name in camel case with more than one capital inside ("WebSideStory Inc.")
#    was split as a breadcrumb's glued words ("HomeWorldKremlin") and named no one. Before
#    its legal form it is the firm, and alone the same firm where the article so names it.
mkdir -p "$T/camel"
printf 'Browsers\n\nNovember 2, 2004\n\nIts share fell, QuillTrackWorks Inc., a Web metrics company, said Tuesday. "It is fast," said an analyst with QuillTrackWorks. He used PowerPoint and JavaScript.\n' >"$T/camel/a.txt"
t_eq "a firm in camel case" "ORG QuillTrackWorks Inc|ORG QuillTrackWorks|" \
	"$(ments "$T/camel" | awk -F'\t' 'NR > 1 && $4 != "DATE" { print $4 " " $7 }' | tr '\n' '|')"

# 6. ", the spokesman said" after a name is a reporting clause, not an apposition: "Users
#    will come back to Internet Explorer, the spokesman said" made the browser a person.
mkdir -p "$T/clause"
printf 'Browsers\n\nNovember 2, 2004\n\nUsers will come back to Vantor Explorer, the spokesman said. The plan was good, Irina Volk, the spokeswoman, said.\n' >"$T/clause/a.txt"
t_eq "a reporting clause is no apposition" "Irina Volk|" \
	"$(ments "$T/clause" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 7. A resort named for a firm is a place: "Walt Disney World guests" were "Walt" (the film
#    studio) and "Disney".
mkdir -p "$T/resort"
printf 'Attractions\n\nNovember 2, 2004\n\nFans of Walt Disney Pictures will like it. Walt Disney World guests will find out soon.\n' >"$T/resort/a.txt"
t_eq "a resort is a place" "ORG Walt Disney Pictures|PLACE Walt Disney World|" \
	"$(ments "$T/resort" | awk -F'\t' 'NR > 1 && $4 != "DATE" { print $4 " " $7 }' | tr '\n' '|')"

# 8. Common given names the wide lists left out for a town of the name somewhere ("Vincent",
#    Alabama): "Vincent R. Reinhart", "Olivia Dalton" (and her 123 "DALTON:" of the
#    briefings), "Tim Scott" were no one or a family name alone.
mkdir -p "$T/given"
printf 'Quotes\n\nMay 2, 2017\n\nAs it should be.\n\n[**Sen. Tim Vorbeck\n(R-SC):**](https://example.com/a) "Great day."\n\nThe staff of the Board of Governors Andreas Lehnert and Vincent R. Quellmann, Division of Research.\n' >"$T/given/a.txt"
t_eq "given names of towns" "Tim Vorbeck|Andreas Lehnert|Vincent R. Quellmann|" \
	"$(ments "$T/given" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 9. A cited story's title in Title Case before a full name is none of the name: "A GOP
#    Congressman's Lonely Quest Defending Julian Assange, CNN" made a person of five words
#    that the report's lone "Assange" joined; so "Climate Policy John Podesta".
mkdir -p "$T/title"
printf 'Notes\n\nMay 2, 2019\n\n[3] A. Raju, A Congressman\x27s Lonely Quest Defending Julian Vorland, CNN (May 23, 2018). Vorland said so.\n' >"$T/title/a.txt"
t_eq "a title's words before a name" "Julian Vorland|Julian Vorland|" \
	"$(ments "$T/title" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $6 }' | tr '\n' '|')"

# 10. A list of fixtures names clubs: "Barcelona v Chelsea", "Liverpool v Leverkusen" were
#     cities, and "Chelsea" a person. Two fixtures in the block, a listed club in one; not
#     a court's "Roe v. Wade", nor a list of Slovene towns ("Sveti Jurij v Slovenskih").
mkdir -p "$T/fix"
printf 'Draw\n\nDecember 17, 2004\n\nThe draw was made on Friday: Bayern Munich v Arsenal, Liverpool v Leverkusen, Barcelona v Chelsea.\n' >"$T/fix/a.txt"
printf 'Law\n\nDecember 17, 2004\n\nIn Roe v. Wade the court held so, and in Doe v. Bolton.\n' >"$T/fix/b.txt"
t_eq "a list of fixtures" "a Bayern Munich|a Arsenal|a Liverpool|a Leverkusen|a Barcelona|a Chelsea|" \
	"$(ments "$T/fix" | awk -F'\t' 'NR > 1 && $4 == "ORG" { sub(/.*\//, "", $1); sub(/\.txt/, "", $1); print $1 " " $7 }' | tr '\n' '|')"

# 11. A navy's ship is no one: "the USS Kitty Hawk" was a person, and a carrier named for
#     a president the president; a class of ships by its first one's name neither ("the
#     Han class submarine").
mkdir -p "$T/ship"
printf 'Navy\n\nOctober 28, 1994\n\nA Han class submarine shadowed the USS Kitty Hawk and the USS Gerald R. Ford near HMS Queen Elizabeth. President Gerald R. Ford spoke later.\n' >"$T/ship/a.txt"
t_eq "a ship is no one" "Gerald R. Ford|" \
	"$(ments "$T/ship" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 12. An abstract noun first is none of a name: "a new Clean Energy and Sustainability
#     Accelerator" was a person, and so were "Litigation Counsel", "Section Chiefs";
#     "Competitiveness Peter Harrell" of a list of posts and their holders is Peter Harrell.
#     Not "Felicity Jones" (a listed family name last).
mkdir -p "$T/abstract"
printf 'Plan\n\nMay 2, 2022\n\nIt creates a new Clean Energy and Sustainability Accelerator.\nDeputy Director for Competitiveness Peter Vorland\nWith them came Felicity Jones.\n' >"$T/abstract/a.txt"
t_eq "an abstract noun first" "Peter Vorland|Felicity Jones|" \
	"$(ments "$T/abstract" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 13. More agencies and bodies by their initials: "USAID" (39 of the White House's
#     statements), CBP, SBA, OSHA, FDIC; the Factbook's ICAO, WIPO, ITU were rows apart
#     from their names.
mkdir -p "$T/acr2"
printf 'Aid\n\nMay 2, 2022\n\nFunding through USAID grew; CBP officers, the SBA, OSHA and the FDIC agreed, as did ICAO and the International Civil Aviation Organization.\n' >"$T/acr2/a.txt"
t_eq "more bodies by their initials" "U.S. Agency for International Development|U.S. Customs and Border Protection|Small Business Administration|Occupational Safety and Health Administration|Federal Deposit Insurance Corporation|International Civil Aviation Organization|International Civil Aviation Organization|" \
	"$(ments "$T/acr2" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $6 }' | tr '\n' '|')"

# 14. A listed name may end in a number: "reported by France 24" was France.
mkdir -p "$T/num"
printf 'Media\n\nMay 2, 2022\n\nIt was reported by France 24 on Monday, and France said so.\n' >"$T/num/a.txt"
t_eq "a listed name ending in a number" "ORG France 24|PLACE France|" \
	"$(ments "$T/num" | awk -F'\t' 'NR > 1 && $4 != "DATE" { print $4 " " $7 }' | tr '\n' '|')"

# 15. A listed name with an ampersand wrapped after it over a line is one name: "Johnson
#     &\nJohnson" of a briefing's wrapped text was two people "Johnson".
mkdir -p "$T/amp"
printf 'Vaccines\n\nMarch 3, 2021\n\nThe doses came from Johnson &\nJohnson and from Procter & Gamble.\n' >"$T/amp/a.txt"
t_eq "an ampersand at a line's end" "ORG Johnson & Johnson|ORG Procter & Gamble|" \
	"$(ments "$T/amp" | awk -F'\t' 'NR > 1 && $4 != "DATE" { print $4 " " $6 }' | tr '\n' '|')"

# 16. A state's name standing for its river is the river, a place: "ascended the Missouri",
#     "west of the Mississippi" of the speeches were no one (400 mentions); and the state's
#     name before a noun of its own is the state ("the Delaware primaries" was no one).
mkdir -p "$T/river"
printf 'Rivers\n\nMay 2, 1845\n\nThey ascended the Missouri to its headsprings, west of the Mississippi and the Ohio valley. He voted in the Delaware primaries.\n' >"$T/river/a.txt"
t_eq "a state's river" "Missouri River|Mississippi River|Ohio River|Delaware|" \
	"$(ments "$T/river" | awk -F'\t' 'NR > 1 && $4 == "PLACE" { print $6 }' | tr '\n' '|')"

# 17. A club competition named as a league is an event, no body: "the Champions League"
#     was an ORG of the top 50 of WikiNews' list.
mkdir -p "$T/cup"
printf 'Football\n\nDecember 17, 2004\n\nChelsea will play Barcelona in the Champions League, and Lazio in the Europa League.\n' >"$T/cup/a.txt"
t_eq "a competition is no body" "" \
	"$(ments "$T/cup" | awk -F'\t' 'NR > 1 && $6 ~ /League/ { print $4 " " $6 }' | tr '\n' '|')"

t_end
