# tests/cli/entity_firms.sh -- entity rules of issue 15 for companies and other organisations: legal forms, short names, number words, acronyms. MIT licence.
# Each case is a small corpus written here; the rules are general (word classes, a firm's
# head words), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A name of two words of the language before a legal form after a comma is the
#    company's whole name, first on its line too: "Endeavors Technology, Inc." in a mail's
#    signature was an organisation "Technology" (FoRK: five mails of one signature).
mkdir -p "$T/sig"
printf 'Hello there.\n\n-- \nGregory Alan Bolcer, CTO  | work: +1.949.833.2800\ngbolcer at example.com\nEndeavors Technology, Inc.| cell: +1.714.928.5476\n' >"$T/sig/mail.txt"
printf 'Some news.\n\nToday Pioneer Machines, Inc. reported earnings.\n' >"$T/sig/news.txt"
t_eq "a legal form after a comma: the words before it" \
	"Endeavors Technology>Endeavors Technology ORG|" \
	"$(rows "$T/sig" mail.txt | tr '|' '\n' | grep ' ORG$' | tr '\n' '|')"
t_eq "and mid-sentence as before" "Pioneer Machines>Pioneer Machines ORG|" \
	"$(rows "$T/sig" news.txt)"
#    A word of the language first in a sentence before a company's name stays out of it.
printf 'Some news.\n\nPlans Pacific Energy Corporation announced were dropped.\n' >"$T/sig/verb.txt"
t_eq "a verb first stays out" "Pacific Energy Corporation>Pacific Energy Corporation ORG|" \
	"$(rows "$T/sig" verb.txt)"

# 2. A company's first word alone is the company its article names by a firm's head
#    ("Korvex Holdings ... Korvex said", "Argon Networks ... Argon"), as one named with a
#    legal form was ("Multi-Step Products Inc ... Multi-Step"). It was a person "Korvex"
#    (FoRK: Venrock, Argon, Pirus, Unisphere, Akamai a place).
mkdir -p "$T/short"
printf 'Some news.\n\nKorvex Holdings said profits rose. Analysts said Korvex would gain.\n' >"$T/short/a.txt"
t_eq "a firm's first word alone" \
	"Korvex Holdings>Korvex Holdings ORG|Korvex>Korvex Holdings ORG|" "$(rows "$T/short" a.txt)"
#    Not a word the lists know as a place, nor the first word of a body's name.
printf 'Some news.\n\nSingapore Airlines said fares rose. Officials in Singapore agreed.\n' >"$T/short/b.txt"
printf 'Some news.\n\nBrannvik Commission said prices rose. Analysts said Brannvik would agree.\n' >"$T/short/c.txt"
t_eq "a place stays a place" \
	"Singapore Airlines>Singapore Airlines ORG|Singapore>Singapore PLACE|" "$(rows "$T/short" b.txt)"
t_eq "a body's first word is no short name" \
	"Brannvik Commission>Brannvik Commission ORG|Brannvik>Brannvik PERSON|" \
	"$(rows "$T/short" c.txt)"

# 3. A word of the language capitalised mid-sentence that starts a company's name there
#    is the company ("Continental Airlines ... investments in Continental and America
#    West"); not when the text writes it in lower case too.
mkdir -p "$T/word"
printf 'Some news.\n\nCascade Communications bought a rival. The fund made money with Cascade and others.\n' >"$T/word/a.txt"
printf 'Some news.\n\nCascade Communications bought a rival. A cascade of deals followed with Cascade and others.\n' >"$T/word/b.txt"
t_eq "a common word capitalised mid-sentence" \
	"Cascade Communications>Cascade Communications ORG|Cascade>Cascade Communications ORG|" \
	"$(rows "$T/word" a.txt)"
t_eq "not when written in lower case too" \
	"Cascade Communications>Cascade Communications ORG|" \
	"$(rows "$T/word" b.txt | tr '|' '\n' | grep -v '^Cascade>Cascade [A-Z]*$' | tr '\n' '|')"
t_eq "and not as another company's word" "" \
	"$(rows "$T/word" b.txt | tr '|' '\n' | grep '^Cascade>Cascade Communications' | tr '\n' '|')"

# 4. A ticker first on the next line makes the name before it a company, as on the same
#    line: "group companies, Atlas Copco\n<ASTS ST> and ..." was a person (Reuters).
mkdir -p "$T/tick"
printf 'Some news.\n\nVolvo is buying two key group companies, Atlas Copco\n<ASTS ST> and Stora Koppabergs <SKPS ST>.\n' >"$T/tick/a.txt"
t_eq "a ticker on the next line" "Atlas Copco>Atlas Copco ORG|" \
	"$(rows "$T/tick" a.txt | tr '|' '\n' | grep '^Atlas' | tr '\n' '|')"
#    Not after a blank line: a new paragraph names its own.
printf 'Some news.\n\nWe met Brannvik Oskarsen\n\n<ASTS ST> rose.\n' >"$T/tick/b.txt"
t_eq "not across a paragraph" "Brannvik Oskarsen>Brannvik Oskarsen PERSON|" \
	"$(rows "$T/tick" b.txt | tr '|' '\n' | grep '^Brannvik' | tr '\n' '|')"

# 5. A qualifier in brackets before a legal form ends a company's name: "Industrial Equity
#    (Pacific) Ltd ... Industrial Equity is owned by" was a person and a place (Reuters).
mkdir -p "$T/paren"
printf 'Some news.\n\nIndustrial Equity (Pacific) Ltd, a Hong Kong investment firm, raised its stake.\nIndustrial Equity is owned by Brierley.\n' >"$T/paren/a.txt"
printf 'Some news.\n\nShares of Korvin Mining (Pty) Ltd rose. Staff of Lindqvist Ventures (Singapore) Pte Ltd left.\n' >"$T/paren/b.txt"
t_eq "a qualifier in brackets" \
	"Industrial Equity>Industrial Equity ORG|Hong Kong>Hong Kong PLACE|Industrial Equity>Industrial Equity ORG|" \
	"$(rows "$T/paren" a.txt | tr '|' '\n' | grep -v Brierley | tr '\n' '|')"
t_eq "Pty, Pte Ltd" "Korvin Mining>Korvin Mining ORG|Lindqvist Ventures>Lindqvist Ventures ORG|" \
	"$(rows "$T/paren" b.txt)"
#    Not a place in brackets after a name that no legal form follows.
printf 'Some news.\n\nWe met Brannvik Oskarsen (Norway) yesterday.\n' >"$T/paren/c.txt"
t_eq "brackets alone say nothing" "Brannvik Oskarsen>Brannvik Oskarsen PERSON|Norway>Norway PLACE|" \
	"$(rows "$T/paren" c.txt)"

# 6. A number word capitalised mid-sentence starts a name, an organisation's: "at the Four
#    Seasons Biltmore" was a person "Seasons Biltmore" (Reuters); "Five Guys".
mkdir -p "$T/num"
printf 'Some news.\n\nWe stayed at the Four Seasons Biltmore in Boston and ate at Five Guys today.\n' >"$T/num/a.txt"
t_eq "a number word first" \
	"Four Seasons Biltmore>Four Seasons Biltmore ORG|Boston>Boston PLACE|Five Guys>Five Guys ORG|" \
	"$(rows "$T/num" a.txt)"
#    Not first in a sentence, nor "One".
printf 'Some news.\n\nFour Democrats met Brannvik Oskarsen. We marked the One Hundredth Anniversary.\n' >"$T/num/b.txt"
t_eq "not first in a sentence, nor One" "" \
	"$(rows "$T/num" b.txt | tr '|' '\n' | grep -E '^(Four|One) ' | tr '\n' '|')"

# 7. An acronym right after the name it spells is that name's, as in brackets: "the
#    official Saudi Press Agency SPA said" was one organisation "Saudi Press Agency SPA"
#    (Reuters); "SPA" alone later is the agency.
mkdir -p "$T/acr"
printf 'Some news.\n\nThe official Saudi Press Agency SPA said output rose.\n' >"$T/acr/a.txt"
printf 'Some news.\n\nThe Korvex Mining Authority KMA said output rose. Later KMA said more.\n' >"$T/acr/c.txt"
t_eq "an acronym after the name it spells" "Saudi Press Agency>Saudi Press Agency ORG|" \
	"$(rows "$T/acr" a.txt)"
t_eq "and is the name's" \
	"Korvex Mining Authority>Korvex Mining Authority ORG|KMA>Korvex Mining Authority ORG|KMA>Korvex Mining Authority ORG|" \
	"$(rows "$T/acr" c.txt)"
#    Not letters that spell something else: "Korvex Holdings KHX" keeps its ticker-like word.
printf 'Some news.\n\nShares of Korvex Holdings KHX rose.\n' >"$T/acr/b.txt"
t_eq "letters that do not spell it" "" \
	"$(rows "$T/acr" b.txt | tr '|' '\n' | grep '^KHX>Korvex' | tr '\n' '|')"

# 8. An acronym an article defines in lower-case words is no organisation there:
#    "genetically modified (GM) grain ... the GM grain" was General Motors (Forteana, 12
#    mentions); "non-governmental organisations (NGOs)".
mkdir -p "$T/low"
printf 'Some news.\n\nZambia rejects genetically modified (GM) grain. The GM grain was milled.\n' >"$T/low/a.txt"
printf 'Some news.\n\nWe met non-governmental organisations (NGOs) and the NGOs agreed.\n' >"$T/low/b.txt"
t_eq "an acronym of words in lower case" "Zambia>Zambia PLACE|" "$(rows "$T/low" a.txt)"
t_eq "and its plural" "" "$(rows "$T/low" b.txt)"
#    An acronym of a name stays the name's.
printf 'Some news.\n\nShares of General Motors (GM) rose. GM said more.\n' >"$T/low/c.txt"
t_eq "an acronym of a name" "General Motors>General Motors ORG|GM>General Motors ORG|GM>General Motors ORG|" \
	"$(rows "$T/low" c.txt)"

# 9. A library is a body, "Resources" a firm's head: "The Library of Congress, for example"
#    was an ORG "Congress" (FoRK), "from Dominion\nResources for 21 mln dlrs" a person
#    (Reuters).
mkdir -p "$T/head"
printf 'Some news.\n\nThe Library of Congress, for example, cites it.\n' >"$T/head/a.txt"
printf 'Some news.\n\nUnited Inc completed the purchase of the unit from Dominion\nResources for about 21 mln dlrs.\n' >"$T/head/b.txt"
t_eq "a library" "Library of Congress>Library of Congress ORG|" "$(rows "$T/head" a.txt)"
t_eq "a firm's resources" "Dominion Resources>Dominion Resources ORG|" \
	"$(rows "$T/head" b.txt | tr '|' '\n' | grep Dominion | tr '\n' '|')"

# 10. A row shows a name as the text writes it, not a headline's capitals, wherever the
#     text writes it otherwise too: "MARRIOTT" with "Marriott Corp" in the story, "PENN
#     TRAFFIC" with "Penn Traffic" (Reuters); an acronym stays in capitals.
mkdir -p "$T/caps"
printf 'MARRIOTT <MHS> TO SELL HOTELS\n\nMarriott Corp said it would sell hotels to Penn Traffic Co.\n' >"$T/caps/a.txt"
printf 'PENN TRAFFIC <PNF> BUYS HOTELS\n\nPenn Traffic Co said it bought hotels. It agreed with NATO and Nato.\n' >"$T/caps/b.txt"
t_eq "a headline's capitals" "Marriott Corp|NATO|Penn Traffic Co|" \
	"$("$DOSSIER" entities --format=tsv --no-state "$T/caps" 2>/dev/null | awk -F'\t' '$1 == "ORG" { print $3 }' | sort | tr '\n' '|')"

# 11. The very name of a company its article writes with a legal form is the company's,
#     a given name first and a speech verb after it or not: "Penn Traffic Co said ...
#     Penn Traffic said" was a person "Penn Traffic" (Reuters).
mkdir -p "$T/same"
printf 'Some news.\n\nPenn Traffic Co said it bought hotels. Later Penn Traffic said it would buy more.\n' >"$T/same/a.txt"
t_eq "a company's name said" "ORG Penn Traffic|ORG Penn Traffic|" \
	"$(ments "$T/same" | awk -F'\t' 'NR > 1 && $1 ~ /a.txt$/ { print $4 " " $6 }' | tr '\n' '|')"
#     Its first words too, a given name first or not: "<Miller Tabak Hirsch and Co> ...
#     a merger into Miller Tabak" was a person (Reuters).
printf 'Some news.\n\n<Miller Tabak Hirsch and Co> said it owns 91.8 pct of the firm. It plans a merger into Miller Tabak at the tender price.\n' >"$T/same/b.txt"
t_eq "a company's first words" "ORG Miller Tabak Hirsch and Co|ORG Miller Tabak Hirsch and Co|" \
	"$(ments "$T/same" | awk -F'\t' 'NR > 1 && $1 ~ /b.txt$/ { print $4 " " $6 }' | tr '\n' '|')"

# 12. A legal form written with points is one ("<Sedio N.V.> of Lugano" was a person
#     "Sedio"; "WTC International N.V. ... WTC said" was nothing, Reuters), and a legal form
#     ends a name: "Sedio NV of Lugano" is no company "of Lugano".
mkdir -p "$T/dots"
printf 'Some news.\n\nThe firm sold shares to <Sedio N.V.> of Lugano. Later Korvin S.A. agreed.\n' >"$T/dots/a.txt"
printf 'Some news.\n\nThe firm sold shares to Sedio NV of Lugano.\n' >"$T/dots/b.txt"
t_eq "a legal form with points" "Sedio N.V.>Sedio N.V. ORG|Korvin S.A.>Korvin S.A. ORG|" \
	"$(rows "$T/dots" a.txt | tr '|' '\n' | grep -v Lugano | tr '\n' '|')"
t_eq "a legal form ends the name" "Sedio NV>Sedio NV ORG|" \
	"$(rows "$T/dots" b.txt | tr '|' '\n' | grep -v '^Lugano' | tr '\n' '|')"

# 13. LP and LLP are legal forms, as LLC is: "<Sterling Grace Capital Management LP>"
#     was a person "Sterling Grace Capital Management" (Reuters). A long-playing record
#     alone is no name.
mkdir -p "$T/lp"
printf 'Some news.\n\nIt had an offer from Quorvane Grace Capital Management LP and hired Tallow Brine LLP. He released an LP.\n' >"$T/lp/a.txt"
t_eq "partnerships' legal forms" "ORG Quorvane Grace Capital Management LP|ORG Tallow Brine LLP|" \
	"$(ments "$T/lp" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 14. Capital heads a firm's name after a name ("Onex Capital", "Mobius Venture Capital"
#     were persons in Reuters and FoRK), not first, nor after words that only say what
#     kind of capital or which city it is ("the National Capital" of the SOTU addresses,
#     "Capital of the Nation", "Venture Capital is scarce").
mkdir -p "$T/capital"
printf 'Some news.\n\nIt sold its unit to Quorvex Capital for 170 mln dlrs. Then Tarnby Venture Capital invested.\n' >"$T/capital/a.txt"
t_eq "a firm's Capital" "ORG Quorvex Capital|ORG Tarnby Venture Capital|" \
	"$(ments "$T/capital" | awk -F'\t' 'NR > 1 && $1 ~ /a.txt$/ { print $4 " " $7 }' | tr '\n' '|')"
printf 'Some news.\n\nMuseums at the National Capital grew. The Capital of the Nation is fair.\nVenture Capital is scarce.\n' >"$T/capital/b.txt"
t_eq "a city's or a kind of capital" "" \
	"$(ments "$T/capital" | awk -F'\t' 'NR > 1 && $1 ~ /b.txt$/ && $4 == "ORG" { print $7 }' | tr '\n' '|')"

t_end
