# tests/cli/entity_outlets.sh -- entity rules of issue 15 from news of many outlets (197 source articles of 129 sites, 2004-2005, cited by Wikinews; untuned): companies named by a word, a headline's verbs, a body's counsel, occupations, agencies, ranks. MIT licence.
# Each case is a small corpus written here, with invented names where the rule is not a list's.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# ents1 DIR FILE: "TYPE canonical" of each mention of FILE, one a '|'.
ents1() {
	ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $1 ~ ("/" f "$") { print $4 " " $6 }' | tr '\n' '|'
}

# 1. A headline's verb ends the name before it: "Kmart Acquires Sears in $11 Billion Deal"
#    was a company "Kmart Acquires Sears" that the story's every "Kmart" and "Sears"
#    joined (46 mentions). Business headlines' verbs are no speech verbs.
mkdir -p "$T/verb"
printf 'News\n\nUpdate 12: Vantrel Acquires Orlomax in $11 Billion Deal\nVantrel Holding Corp. agreed to buy Orlomax Inc.\n' \
	>"$T/verb/a.txt"
t_eq "a headline's verb ends a name" "" "$(ents1 "$T/verb" a.txt | tr '|' '\n' | grep Acquires)"
t_eq "and the company after it is named" "ORG Orlomax" \
	"$(ents1 "$T/verb" a.txt | tr '|' '\n' | grep -m1 Orlomax)"

# 2. A lone word that starts a listed company's name is that company ("Lockheed's
#    proposal" was a person "Lockheed" of four stories beside "Lockheed Martin"), and the
#    legal names of one company ("Kmart Corp", "Kmart Holding Corp") are not two that
#    make its word no one's.
mkdir -p "$T/firm"
printf 'News\n\nLockheed Martin won the tanker contract.\n' >"$T/firm/a.txt"
printf 'News\n\nThe Air Force liked Lockheed'"'"'s proposal, and Lockheed said it would bid.\n' >"$T/firm/b.txt"
printf 'News\n\nVantrel Corp. owns stores. Vantrel Holding Corp. owns more.\n' >"$T/firm/c.txt"
printf 'News\n\nShares rose as Vantrel said it would merge.\n' >"$T/firm/d.txt"
t_eq "a listed company's first word" "ORG Lockheed Martin|ORG Lockheed Martin|" \
	"$(ents1 "$T/firm" b.txt | tr '|' '\n' | grep -i lockheed | tr '\n' '|')"
t_eq "a company's legal names are one" "ORG" \
	"$(ments "$T/firm" | awk -F'\t' 'NR > 1 && $1 ~ /d.txt$/ && $7 == "Vantrel" { print $4 }')"

# 3. A market's leader is no person's title: "struggling against the sector leader,
#    Wal-Mart, and Home Depot" made Wal-Mart a person of four stories.
mkdir -p "$T/leader"
printf 'News\n\nBoth chains have struggled against the sector leader, Wal-Mart, and the opposition leader, Alexei Navalny, spoke.\n' \
	>"$T/leader/a.txt"
t_eq "a market's leader" "PERSON Alexei Navalny|" \
	"$(ents1 "$T/leader" a.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

# 4. Nor does a listed company's name go on over a headline's verb: "Microsoft Launches
#    Beta Version of New MSN Search Service" (a press release's title, twice in two
#    copies) was a mention "Microsoft Launches Beta" of the company.
mkdir -p "$T/launch"
printf 'Microsoft Launches Beta Version of New MSN Search Service\n\nMicrosoft Launches Beta Version of New MSN Search Service New MSN Search Microsoft said so.\n' \
	>"$T/launch/a.txt"
t_eq "a listed company before a headline's verb" "Microsoft|Microsoft|" \
	"$(ments "$T/launch" | awk -F'\t' 'NR > 1 && $6 == "Microsoft" { print $7 }' | tr '\n' '|')"

# 5. A body's lawyer is an office, not a rank and a person: "the Air Force's own General
#    Counsel's Office", "OMB General Counsel called" made a person "Counsel" of three
#    stories ("General" peeled as a rank). "Office of Legal Counsel" stays the office.
mkdir -p "$T/counsel"
printf 'News\n\nEven the Air Force'"'"'s own General Counsel'"'"'s Office raised concerns. OMB General Counsel called the Office of Legal Counsel, and General Counsel Doug Bain said so.\n' \
	>"$T/counsel/a.txt"
t_eq "a general counsel" "ORG Office of Legal Counsel|PERSON Doug Bain|" \
	"$(ents1 "$T/counsel" a.txt | tr '|' '\n' | grep -E 'PERSON|Counsel' | tr '\n' '|')"

# 6. An occupation at a sentence's start is no part of the name after it: "Bouncer
#    Zdravko Micevic, 22, is charged with manslaughter" was a person "Bouncer Zdravko
#    Micevic" (the nouns of people that announce a name now list occupations).
mkdir -p "$T/job"
printf 'News\n\nBouncer Zdravko Micevic, 22, is charged with manslaughter. Micevic denies it.\n' \
	>"$T/job/a.txt"
t_eq "an occupation before a name" "PERSON Zdravko Micevic|PERSON Zdravko Micevic|" \
	"$(ents1 "$T/job" a.txt)"

# 7. Agencies news names by their acronyms or without a head word are listed: the FDA,
#    the CDC, the SEC, the IRS, the NHS, Ofsted (a person), the Scottish Executive (its
#    people's word, Scotland), the Commons. A transcript's "SEC. RUMSFELD:" is the
#    Secretary's label, not the commission (25 in a Pentagon briefing), and "Sec." an
#    honorific ("Sec. Rusk" was a person "Sec Rusk").
mkdir -p "$T/agency"
printf 'News\n\nThe FDA, the CDC and the SEC agreed with the IRS. Ofsted and the NHS disagreed. The Scottish Executive spoke in the Commons.\n' \
	>"$T/agency/a.txt"
printf 'Transcript\n\nDefense Secretary Donald Rumsfeld briefed reporters.\nSEC. RUMSFELD: Charlie?\nQ Mr. Secretary, will it pass?\nSEC. RUMSFELD: I think so. Sec. Rusk agreed.\n' \
	>"$T/agency/b.txt"
want="ORG Food and Drug Administration|ORG Centers for Disease Control and Prevention|"
want="${want}ORG Securities and Exchange Commission|ORG Internal Revenue Service|ORG Ofsted|"
want="${want}ORG National Health Service|ORG Scottish Government|ORG House of Commons|"
t_eq "agencies by their acronyms" "$want" "$(ents1 "$T/agency" a.txt)"
t_eq "a transcript's label" \
	"PERSON Donald Rumsfeld|PERSON Donald Rumsfeld|PERSON Donald Rumsfeld|PERSON Rusk|" \
	"$(ents1 "$T/agency" b.txt)"

# 8. A word no list knows that starts a company's legal name in one story is the company
#    in the others, with no cue of its own ("Kmart has annual sales", "some Kmart shops":
#    four stories of the merger named Kmart 35 times, none of them an entity), unless
#    the texts mostly write it in lower case: "Enforcement & Admin Corp" of a lobbying
#    report does not make the record's "Enforcement" a company.
mkdir -p "$T/firmword"
printf 'News\n\nVantrel Holding Corp said profits rose. Registrant: Enforcement & Admin Corp.\n' \
	>"$T/firmword/a.txt"
printf 'News\n\nShares of Vantrel rose. Some Vantrel shops will close. Vantrel has annual sales of $2bn.\n' \
	>"$T/firmword/b.txt"
printf 'News\n\nEnforcement officials met. Law enforcement agreed that enforcement works.\n' \
	>"$T/firmword/c.txt"
t_eq "a company's word in other stories" \
	"ORG Vantrel Holding Corp|ORG Vantrel Holding Corp|ORG Vantrel Holding Corp|MONEY \$2bn|" \
	"$(ents1 "$T/firmword" b.txt)"
t_eq "not a word the texts write in lower case" "" "$(ents1 "$T/firmword" c.txt)"

# 9. "Sen.", "Rep." and "Sec." are offices, as "Senator" is: "Sen. Harry Reid of Nevada
#    ... Senator Reid" in a story where the corpus also had a Health Secretary John Reid
#    made every "Reid" of the story someone else than Harry Reid (a name after an office
#    was another holder than a full name of courtesy).
mkdir -p "$T/sen"
printf 'News\n\nSen. Harry Reid of Nevada won the election. Reid said so. "Senator Reid and others will help," Durbin said.\n' \
	>"$T/sen/a.txt"
printf 'News\n\nHealth Secretary John Reid spoke in London. Mr Reid pledged to cut smoking.\n' \
	>"$T/sen/b.txt"
t_eq "a senator's abbreviation" "PERSON Harry Reid|PERSON Harry Reid|PERSON Harry Reid|" \
	"$(ents1 "$T/sen" a.txt | tr '|' '\n' | grep Reid | tr '\n' '|')"

# 10. A family name after an office is the one of its namesakes the corpus writes after
#     that office, where several are in time: "Governor Bush" of 2001 beside "Gov. Jeb
#     Bush" ("Gov." an office now, as "Governor") and "President George W. Bush" is Jeb
#     Bush; "President Bush" George W. Bush.
mkdir -p "$T/office"
printf 'Date: 2001-03-04\n\nPresident George W. Bush spoke today.\n' >"$T/office/a.txt"
printf 'Date: 2001-03-05\n\nGov. Jeb Bush of Florida agreed.\n' >"$T/office/b.txt"
printf 'Date: 2001-03-06\n\nPresident Bush signed the bill. Governor Bush praised it.\n' >"$T/office/c.txt"
t_eq "the holder of the office" "PERSON George W. Bush|PERSON Jeb Bush|" \
	"$(ents1 "$T/office" c.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

# 11. Agencies of the United Nations, unions and advocates by their acronyms or names
#     ("the UN Development Programme", "the AFL-CIO", the ACLU) are listed, and Abu Ghraib
#     is a place, not a person "Abu Ghraib" (8 mentions in the record and the news).
mkdir -p "$T/unions"
printf 'News\n\nThe UN Development Programme and the AFL-CIO agreed with the ACLU. Detainees at Abu Ghraib were abused.\n' \
	>"$T/unions/a.txt"
t_eq "agencies, unions, a prison's town" \
	"ORG United Nations Development Programme|ORG AFL-CIO|ORG American Civil Liberties Union|PLACE Abu Ghraib|" \
	"$(ents1 "$T/unions" a.txt)"

# 12. A compass word before a listed town is the name of another place ("West Hollywood",
#     "North Texas", "East New York" were Hollywood, Texas, New York), as "New" is; a
#     dateline's town is all its words in capitals ("NEW LONDON, Conn. --" was London);
#     not a suite's wing in an address ("#100 West Washington, DC").
mkdir -p "$T/compass"
printf 'NEW LONDON, Conn. -- He lives in West Hollywood and works in North Texas.\n' >"$T/compass/a.txt"
printf 'Reports\n\nAmerican Nurses Assn, 600 Maryland Avenue, SW, #100 West Washington, DC 20024.\n' \
	>"$T/compass/b.txt"
t_eq "a compass word's place" "PLACE NEW LONDON|PLACE Connecticut|PLACE West Hollywood|PLACE North Texas|" \
	"$(ents1 "$T/compass" a.txt)"
# (twice: "DC" before the ZIP code is the same place, entity_rolls.sh 6)
t_eq "not in an address" "2" "$(ents1 "$T/compass" b.txt | tr '|' '\n' | grep -c 'PLACE Washington, D.C.')"
printf 'EAST ST. LOUIS, Ill. (AP) -- Police said so.\n' >"$T/compass/c.txt"
t_eq "a dateline's saint" "PLACE EAST ST. LOUIS|PLACE Illinois|" \
	"$(ents1 "$T/compass" c.txt | tr '|' '\n' | grep PLACE | tr '\n' '|')"

# 13. Another name's honorific with its point starts a name of its own ("Mr. John Smith
#     Mrs. Jane Doe", a caption's "photo by Spc. Erin Robicheaux Sgt. Jeanne Crochet" were
#     one person); "Spc.", "Pfc.", "Staff Sgt." are ranks; a wrapped line does not run
#     into a dateline's town ("Public Affairs\nBAGHDAD, Iraq" was one organisation).
mkdir -p "$T/ranks"
printf 'News\n\nU.S. Army photo by Spc. Erin Robicheaux Sgt. Jeanne Marie Crochet, Co. C, helped. Mr. John Smith Mrs. Jane Doe came. Staff Sgt. Jason Escoyne said so.\n' \
	>"$T/ranks/a.txt"
printf 'News\n\n256th Brigade Combat Team Public Affairs\nBAGHDAD, Iraq, Dec. 22, 2004 -- The unit helped.\n' \
	>"$T/ranks/b.txt"
t_eq "honorifics start names" \
	"PERSON Erin Robicheaux|PERSON Jeanne Marie Crochet|PERSON John Smith|PERSON Jane Doe|PERSON Jason Escoyne|" \
	"$(ents1 "$T/ranks" a.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"
t_eq "a dateline's town after a wrapped line" "PLACE Baghdad|" \
	"$(ents1 "$T/ranks" b.txt | tr '|' '\n' | grep -m1 PLACE | tr '\n' '|')"

# 14. National agencies and papers of many countries credited in datelines and captions
#     (data/sources/outlets.tsv): "VNA reported", "Photo: Bernama", "the Boston
#     Globe" (a person of two wnews pages), "The Moscow Times" were no organisation.
mkdir -p "$T/agencies"
printf 'Summit\n\nThe leaders met on Monday, VNA reported. Officials told the Press Trust of India and the Straits Times that talks went well. Photo: Bernama. The Boston Globe and The Moscow Times reported it.\n' >"$T/agencies/a.txt"
t_eq "agencies and papers of many countries" \
	"VNA>Vietnam News Agency ORG|Press Trust of India>Press Trust of India ORG|Straits Times>The Straits Times ORG|Bernama>Bernama ORG|The Boston Globe>The Boston Globe ORG|The Moscow Times>The Moscow Times ORG|" \
	"$(rows "$T/agencies" a.txt)"

# 15. Parties that news names by their own names, without a head word: Poland's "Law and
#     Justice party (PiS)" was no entity; Pakistan's "Pakistan Tehreek-e-Insaf", Angola's
#     MPLA by its name. PTI is no agency's acronym (Pakistan's party, India's agency, a
#     prosecutor's pre-trial intervention): only the agency's name is listed.
mkdir -p "$T/parties"
printf 'Elections\n\nPoland'"'"'s ruling Law and Justice party (PiS) lost its majority. Pakistan Tehreek-e-Insaf won in Lahore. The MPLA held Luanda.\n' >"$T/parties/a.txt"
t_eq "parties without a head word" \
	"Poland>Poland PLACE|Law and Justice>Law and Justice ORG|PiS>Law and Justice ORG|Pakistan Tehreek-e-Insaf>Pakistan Tehreek-e-Insaf ORG|Lahore>Lahore PLACE|MPLA>Popular Movement for the Liberation of Angola ORG|Luanda>Luanda PLACE|" \
	"$(rows "$T/parties" a.txt)"

# 16. Airlines named without a head word or by a place after "Air": "Air India" was India,
#     "Cathay Pacific" the Pacific, "Virgin Atlantic" the Atlantic.
mkdir -p "$T/airlines"
printf 'Flights\n\nAir India, Cathay Pacific and Virgin Atlantic cancelled flights, and Qantas followed.\n' >"$T/airlines/a.txt"
t_eq "airlines" \
	"Air India>Air India ORG|Cathay Pacific>Cathay Pacific ORG|Virgin Atlantic>Virgin Atlantic ORG|Qantas>Qantas ORG|" \
	"$(rows "$T/airlines" a.txt)"

# 17. A byline's name of three words is one name: "By Lisa Mascaro and Mary Clare Jalonick |
#     Associated Press" named "Mary Clare" (the line's words, Title Case, read as a
#     headline's); an outlet after the name on its line is still the outlet's.
mkdir -p "$T/bylines3"
printf 'Senate passes bill\n\nBy Lisa Varnow and Mary Clare Tesslick | Associated Press\n\nThe Senate voted.\n' >"$T/bylines3/a.txt"
printf 'Senate passes bill\n\nBy John Penhale Associated Press\n\nThe Senate voted.\n' >"$T/bylines3/b.txt"
t_eq "a byline's name of three words" \
	"Lisa Varnow>Lisa Varnow PERSON|Mary Clare Tesslick>Mary Clare Tesslick PERSON|Associated Press>Associated Press ORG|" \
	"$(rows "$T/bylines3" a.txt)"
t_eq "... and an outlet after a name" "John Penhale>John Penhale PERSON|Associated Press>Associated Press ORG|" \
	"$(rows "$T/bylines3" b.txt)"

# 18. A byline's name of words no list knows is a writer's: "By Ece Toksabay and Tuvan
#     Gumrukcu in Ankara", "By Shivam Patel" named no one (a line in Title Case says
#     nothing by its capitals): 12 of 20 wire bylines of my own were missed; FoRK's
#     "By Declan McCullagh", "By Clint Boulton" too. "By Staff and Agencies", "By Order of
#     the President" are no one.
mkdir -p "$T/bylines4"
printf 'Market update\n\nBy Ecel Toksavar and Tuvin Gumrakci in Ankara\n\nShares rose.\n' >"$T/bylines4/a.txt"
printf 'Market update\n\nBy Staff and Agencies\n\nBy Order of the President\n\nShares rose.\n' >"$T/bylines4/b.txt"
t_eq "a byline's names no list knows" \
	"Ecel Toksavar>Ecel Toksavar PERSON|Tuvin Gumrakci>Tuvin Gumrakci PERSON|Ankara>Ankara PLACE|" \
	"$(rows "$T/bylines4" a.txt)"
t_eq "... not a byline's common words" "" "$(rows "$T/bylines4" b.txt)"

# 19. A photographer's name before a slash and a listed outlet is one name, on a caption's
#     line of its own too: "(Ng Han Guan/AP)" (RULES.md's credit) alone on its line, or
#     "Credit: Ng Han Guan/AP", was "Ng Han" (a short line's words are a headline's).
mkdir -p "$T/credits"
printf 'Talks\n\nThe leaders met.\n\n(Ng Han Guan/AP)\n\nCredit: Ng Han Guan/Reuters\n' >"$T/credits/a.txt"
t_eq "a credit's name before a slash and an outlet" \
	"Ng Han Guan>Ng Han Guan PERSON|AP>Associated Press ORG|Ng Han Guan>Ng Han Guan PERSON|Reuters>Reuters ORG|" \
	"$(rows "$T/credits" a.txt)"

t_end
