# tests/cli/entity_evidence3.sh -- entity rules of issue 15 from rounds 14-15: linking a name by its company, initials, nicknames, products. MIT licence.
# Same helpers as entity_evidence2.sh (that file is at its size limit). Each case is a small
# corpus written here; the rules are general (word classes, counts), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A given name alone joins the full name its article's company points to: "Jane" in a
#    chapter with Emma Woodhouse and Harriet Smith is Jane Fairfax, of the chapters that
#    name her beside them; "Jane" beside Elizabeth Bennet and Charles Bingley is Jane
#    Bennet. One row "Jane" gathered both (Austen's six novels: "Jane", "Fanny", "Mary",
#    "Elizabeth" of several novels each; FoRK's "Dave", "Adam").
mkdir -p "$T/co"
printf 'Chapter 1\n\nJane Fairfax came from London. Jane smiled at Emma Woodhouse and Harriet Smith in Kingston.\n' >"$T/co/emma1.txt"
printf 'Chapter 2\n\nJane Fairfax wrote from Kingston. Jane thanked Miss Bates, Emma Woodhouse and Harriet Smith in London.\n' >"$T/co/emma2.txt"
printf 'Chapter 3\n\nJane walked with Emma Woodhouse and Harriet Smith from London to Kingston.\n' >"$T/co/emma3.txt"
printf 'Chapter 4\n\nJane Bennet left Brighton. Jane wrote to Elizabeth Bennet of Charles Bingley in Leeds.\n' >"$T/co/pride1.txt"
printf 'Chapter 5\n\nJane Bennet came to Leeds. Jane told Elizabeth Bennet of Charles Bingley and Brighton.\n' >"$T/co/pride2.txt"
printf 'Chapter 6\n\nJane told Elizabeth Bennet that Charles Bingley had gone from Leeds to Brighton.\n' >"$T/co/pride3.txt"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do
	printf 'Report %s\n\nOtto Brannvik%s met Ilse Kortner%s in Oslo. Greta Lindqvist%s agreed.\n' \
		"$i" "$i" "$i" "$i" >"$T/co/filler$i.txt"
done
t_eq "a given name by its company" \
	"emma1.txt Jane Fairfax|emma2.txt Jane Fairfax|emma3.txt Jane Fairfax|pride1.txt Jane Bennet|pride2.txt Jane Bennet|pride3.txt Jane Bennet|" \
	"$(given "$T/co" Jane)"

#    A full name beside which the given name stands for it in one article only proves
#    nothing ("Mary King" once beside "Mary", who was Mary Bennet: every "Mary" of that
#    novel became Mary King); nor does a company that points nowhere clearly.
printf 'Chapter 7\n\nLydia King danced. Lydia laughed with Elizabeth Bennet and Charles Bingley in Leeds.\n' >"$T/co/pride4.txt"
printf 'Chapter 8\n\nThen Lydia ran to Elizabeth Bennet and Charles Bingley in Brighton and Leeds.\n' >"$T/co/pride5.txt"
t_eq "one article proves nothing" "pride4.txt Lydia King|pride5.txt Lydia|" "$(given "$T/co" Lydia)"
printf 'Chapter 9\n\nJane came to Oslo.\n' >"$T/co/other.txt"
t_eq "no company, no link" "other.txt Jane|" "$(given "$T/co" Jane | tr '|' '\n' | grep other | tr '\n' '|')"

# 2. "Miss" and "Mrs." of one family name are two women: a "Mrs. Smith" of articles that
#    name no Smith in full is not Harriet Smith, whom hers call "Miss Smith" (Persuasion's
#    Mrs. Smith, 64 mentions, joined Emma's Harriet); nor "Mrs. Price" her daughter Fanny
#    Price, "Miss Price". A "Miss Smith" elsewhere is still Harriet.
mkdir -p "$T/miss"
printf 'Chapter 1\n\nHarriet Smith came to tea. Miss Smith was pleased.\n' >"$T/miss/emma.txt"
printf 'Chapter 2\n\nAnne went to see Mrs. Smith at Bath. Mrs. Smith was ill.\n' >"$T/miss/pers.txt"
printf 'Chapter 3\n\nEmma thought Miss Smith very pretty.\n' >"$T/miss/emma2.txt"
t_eq "Miss and Mrs. are two women" "emma.txt Harriet Smith|emma.txt Harriet Smith|emma2.txt Harriet Smith|pers.txt Smith|pers.txt Smith|" \
	"$(ments "$T/miss" | awk -F'\t' 'NR > 1 && $6 ~ /Smith/ { sub(/.*\//, "", $1); print $1 " " $6 }' | tr '\n' '|')"
#    The answer for one honorific is not kept for another: "Ms. Smith" first may join
#    Harriet Smith, "Mrs. Smith" after it still may not (one remembered answer for all
#    women's honorifics gave "Mrs." the "Ms." one).
printf 'Chapter 4\n\nMs. Smith came to tea.\n' >"$T/miss/emma3.txt"
printf 'Chapter 5\n\nMrs. Smith was ill at Bath.\n' >"$T/miss/pers2.txt"
t_eq "one honorific's answer, not another's" "emma3.txt Harriet Smith|pers2.txt Smith|" \
	"$(ments "$T/miss" | awk -F'\t' 'NR > 1 && ($1 ~ /emma3.txt$/ || $1 ~ /pers2.txt$/) { sub(/.*\//, "", $1); print $1 " " $6 }' | tr '\n' '|')"

# 3. Legal forms of several countries end a company's name as "Inc" does, as business
#    wires write them ("Exco International Plc said" and "Montedison Spa" were people,
#    "Skanska AB" a person's), and a sentence's first word, unknown, starts a name a
#    legal form ends ("Viacom International Inc said it" was "International Inc").
mkdir -p "$T/legal"
printf 'Deal\n\nViacom International Inc said it received offers.\nLater, Exco International Plc said it would buy RMJ. Montedison Spa agreed, as did Skanska AB and Philips NV.\n' >"$T/legal/a.txt"
t_eq "legal forms" "ORG Viacom International Inc|ORG Exco International Plc|ORG Montedison Spa|ORG Skanska AB|ORG Philips NV|" \
	"$(ments "$T/legal" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"
#    Not a word of the language before a name that "Corporation" ends, nor a given name
#    that folds to a legal form written in capitals ("Åsa" is no "ASA").
mkdir -p "$T/legal2"
printf 'Grid\n\nThe board met on Monday.\nPlans Pacific Energy Corporation said were late.\n' >"$T/legal2/a.txt"
printf 'Statement tikiber pressure Iran dorcorgalki kiki nelpra their\n11 January 2025\nÅsa Ødegaard of not to ostpenar be of an the support bel Jóhann Løvås for world.\n' >"$T/legal2/b.txt"
t_eq "not every word before a legal form" \
	"ORG Pacific Energy Corporation|PLACE Iran|DATE 11 January 2025|PERSON Åsa Ødegaard|PERSON Jóhann Løvås|" \
	"$(ments "$T/legal2" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 4. A line that ends in "of", "a", "it", "said"... is wrapped prose, not a Title-Case
#    headline, whatever its capitals: "<Exco International Plc>, a subsidiary of" (a
#    wire's wrapped line) lost its name; "Exco Holdings Plc said it" its first word. A
#    text's first line, its title, stays a headline.
mkdir -p "$T/wrap"
printf 'Deal\n\nThe board met.\n<Exco International Plc>, a subsidiary of\nBritish and Commonwealth Shipping Co Plc, said it agreed.\nExco Holdings Plc said it\nagreed to buy Acme Corp today.\n' >"$T/wrap/a.txt"
t_eq "wrapped prose is no headline" \
	"ORG Exco International Plc|PLACE British|ORG Commonwealth Shipping Co Plc|ORG Exco Holdings Plc|ORG Acme Corp|" \
	"$(ments "$T/wrap" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 5. A body's word between title words belongs to the title: "D.C. Assistant Police Chief
#    Terrance Gainer" made an organisation "D.C. Assistant Police"; "D.C. Police Chief"
#    keeps the police.
mkdir -p "$T/chief"
printf 'Hearing\n\nThe hearing began. D.C. Assistant Police Chief Terrance Gainer spoke. Deputy Police Commissioner John Miller agreed. D.C. Police Chief Cathy Lanier left.\n' >"$T/chief/a.txt"
t_eq "a body's word inside a title" \
	"PLACE D.C.|PERSON Terrance Gainer|PERSON John Miller|ORG D.C. Police|PERSON Cathy Lanier|" \
	"$(ments "$T/chief" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 6. A name of several words that starts one company's name in its article is that
#    company: "Scientific Micro Systems Inc said ... Scientific Micro said" (a person);
#    "Multi-Step Manufacturing" of "Multi-Step Manufacturing Inc" as before; a person's
#    name is never one ("Warren Buffett" beside the "Warren Buffett Foundation Inc").
mkdir -p "$T/start"
printf 'Deal\n\nScientific Micro Systems Inc said it. Scientific Micro said more. Warren Buffett Foundation Inc gave. Warren Buffett said.\n' >"$T/start/a.txt"
t_eq "a company by the start of its name" \
	"ORG Scientific Micro Systems Inc|ORG Scientific Micro Systems Inc|ORG Warren Buffett Foundation Inc|PERSON Warren Buffett|" \
	"$(ments "$T/start" | awk -F'\t' 'NR > 1 { print $4 " " $6 }' | tr '\n' '|')"

# 7. A full name written after an honorific once its family name alone had it ("Mr.
#    Knightley ... Mr. John Knightley") names another person: the writer adds the given
#    name to tell two men apart (Emma's brothers; "Miss Bennet" and "Miss Elizabeth
#    Bennet", "Mr. Bertram" and "Mr. Edmund Bertram"). "Mr. Knightley" was John
#    Knightley in 49 chapters. A given name after an honorific ("Sir Walter") still joins.
mkdir -p "$T/apart"
printf 'Chapter 1\n\nMr. Knightley came in. Mr. John Knightley followed him. Mr. Knightley laughed.\n' >"$T/apart/a.txt"
printf 'Chapter 2\n\nMr. Knightley walked to Hartfield.\n' >"$T/apart/b.txt"
printf 'Chapter 3\n\nSir Walter Elliot was vain. Sir Walter looked in the glass.\n' >"$T/apart/c.txt"
t_eq "a name written apart" \
	"a.txt Knightley|a.txt John Knightley|a.txt Knightley|b.txt Knightley|c.txt Walter Elliot|c.txt Walter Elliot|" \
	"$(ments "$T/apart" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { sub(/.*\//, "", $1); print $1 " " $6 }' | tr '\n' '|')"

# 8. An abbreviation's point may end a wrapped line: "or suppose Mr.\nKnightley to mean
#    you" lost its honorific (and joined John Knightley); "John F.\nKennedy" lost its
#    family name ("Donald L" of a mail's wrapped signature).
printf 'Chapter 4\n\nYou do not think I could mean you, or suppose Mr.\nKnightley to mean you. The late President John F.\nKennedy spoke.\n' >"$T/apart/d.txt"
t_eq "a point at a line's end" "d.txt Knightley|d.txt John F. Kennedy|" \
	"$(ments "$T/apart" | awk -F'\t' 'NR > 1 && $1 ~ /d.txt$/ { sub(/.*\//, "", $1); print $1 " " $6 }' | tr '\n' '|')"

# 9. Large companies news names bare: "American Express said" was a person "Express"
#    beside the United States; "Hitachi" a place.
mkdir -p "$T/firms"
printf 'Cards\n\nAmerican Express said it would cut fees. Hitachi and Verizon agreed.\n' >"$T/firms/a.txt"
t_eq "companies named bare" "ORG American Express|ORG Hitachi|ORG Verizon|" \
	"$(ments "$T/firms" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"
# 10. A middle initial without its point still carries a family name that the text also
#     writes as a word: "Ulysses S Grant" in a heading of a speech on "a grant of land"
#     was "Ulysses S" (seven State of the Union addresses; "Rutherford B Hayes", "Warren
#     G Harding" likewise). "A" and "I" without a point are words.
mkdir -p "$T/init"
printf 'State of the Union, 1870, Ulysses S Grant\n\nWe made a grant of land, and the grant was large.\n' >"$T/init/a.txt"
printf 'Thanks\n\nThank You Maria A Lot for the lot.\n' >"$T/init/b.txt"
t_eq "an initial with no point" "a.txt Ulysses S Grant|" \
	"$(ments "$T/init" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { sub(/.*\//, "", $1); print $1 " " $7 }' | tr '\n' '|')"

# 11. One name written with and without its initials' points is one person in articles
#     that never write both ("Dwight D. Eisenhower" of the speeches, "Dwight D Eisenhower"
#     of their headings: two rows of 16 addresses); other initials stay apart.
mkdir -p "$T/points"
printf 'Notes one\n\nPresident Dwight D. Eisenhower spoke on Monday.\n' >"$T/points/a.txt"
printf 'Notes two\n\nDwight D Eisenhower spoke on Tuesday.\n' >"$T/points/b.txt"
printf 'Notes three\n\nDwight E. Eisenhower flew on Monday.\n' >"$T/points/c.txt"
printf 'Notes four\n\nDwight Eisenhower spoke on Friday.\n' >"$T/points/d.txt"
t_eq "points or none, one name" "a.txt 0|b.txt 0|c.txt 1|d.txt 2|" \
	"$(ments "$T/points" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { sub(/.*\//, "", $1); if (!($5 in id)) id[$5] = n++; print $1 " " id[$5] }' | tr '\n' '|')"

# 12. A company's name that begins with initials is named by its next word: "E.F. Hutton
#     Group Inc ... Hutton said" made a person "Hutton" (Reuters, 1987).
mkdir -p "$T/inits"
printf 'Buyout\n\nE.F. Hutton Group Inc said it would buy the firm. Hutton said the price was fair.\n' >"$T/inits/a.txt"
t_eq "a company past its initials" "ORG E.F. Hutton Group Inc|ORG Hutton|" \
	"$(ments "$T/inits" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 13. A state's or a city's name before "Pacific" names a company, not two places:
#     "Texas Pacific" (a buyout firm: 41 of FoRK's 54 "Texas"), "Kansas Pacific" (a
#     railroad of the State of the Union addresses). Not a continent's ("Asia Pacific"),
#     nor a name that goes on ("Alaska Yukon Pacific Exposition").
mkdir -p "$T/pacific"
printf 'Rail\n\nTexas Pacific said it would bid. The Kansas Pacific line reached Denver. Asia Pacific markets fell, and ships sailed the Pacific to Texas.\n' >"$T/pacific/a.txt"
t_eq "a place before Pacific" "ORG Texas Pacific|ORG Kansas Pacific|PLACE Denver|PLACE Asia|PLACE Pacific|PLACE Pacific|PLACE Texas|" \
	"$(ments "$T/pacific" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 14. A company's name before one of its products' words is a product's name, not a
#     mention of the company (RULES.md 1): "Microsoft Windows", "Microsoft Internet
#     Explorer", "Intel Pentium", "IBM Model M" were a fifth of Microsoft's mentions in
#     FoRK's mails. The company's own parts stay it: "Microsoft Research".
mkdir -p "$T/prod"
printf 'Tech\n\nUsers of Microsoft Windows and Microsoft Internet Explorer complained, and Intel Pentium chips ran hot. Microsoft Research hired, and Microsoft said so.\n' >"$T/prod/a.txt"
t_eq "a product's name" "ORG Microsoft Research|ORG Microsoft|" \
	"$(ments "$T/prod" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 15. A nickname in quotes between a given name (or its initial) and a family name is
#     part of the name, and its key leaves it out: `Adam L. "Duncan" Beberg` was a person
#     "Adam L" and a lone "Beberg" (51 FoRK mails), `William "Bill" Clinton` only
#     "Clinton". A quotation after a name is no nickname.
mkdir -p "$T/nick"
printf 'Mail\n\nAdam L. "Duncan" Beberg wrote, and Earvin \342\200\234Magic\342\200\235 Johnson played. William "Bill" Clinton spoke.\n' >"$T/nick/a.txt"
printf 'More\n\nAdam L. Beberg and Earvin Johnson met. Mary said "Thank You" Monday.\n' >"$T/nick/b.txt"
lq=$(printf '\342\200\234') rq=$(printf '\342\200\235')	# (curly quotes)
t_eq "a nickname in quotes" "a.txt 0 Adam L. \"Duncan\" Beberg|a.txt 1 Earvin ${lq}Magic$rq Johnson|a.txt 2 William \"Bill\" Clinton|b.txt 0 Adam L. Beberg|b.txt 1 Earvin Johnson|b.txt 3 Mary|" \
	"$(ments "$T/nick" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { sub(/.*\//, "", $1); if (!($5 in id)) id[$5] = n++; print $1 " " id[$5] " " $7 }' | tr '\n' '|')"

# 16. A mailbox's display name with "of" or "the" in lower case is no person's name:
#     "Rodent of Unusual Size <coar@...>" made a person "Unusual Size" (17 FoRK mails). A
#     person's display name still is one.
mkdir -p "$T/mbox"
printf 'Re: hi\n\nRodent of Unusual Size <coar@example.org> wrote:\n> text\nMilan Broz <mbroz@example.com> wrote: ok\n' >"$T/mbox/a.txt"
t_eq "a display name with of" "PERSON Milan Broz|" \
	"$(ments "$T/mbox" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $4 " " $7 }' | tr '\n' '|')"

# 17. Sports leagues and bodies news names by their acronyms: "The NFL said" gave no
#     entity (nor NBA, NHL, NCAA, WADA); ESPN is an outlet.
mkdir -p "$T/sport"
printf 'Sports\n\nThe NFL said attendance rose. The NBA and the NHL met, NCAA rules changed, WADA said, and ESPN reported it.\n' >"$T/sport/a.txt"
t_eq "sports bodies" "ORG NFL|ORG NBA|ORG NHL|ORG NCAA|ORG WADA|ORG ESPN|" \
	"$(ments "$T/sport" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 18. A body named in two word orders is one row: "Department of War" and "War
#     Department", "Congress of the United States" and "United States Congress", "Government
#     of Spain" and "Spanish Government", "The National Government" and "National
#     Government" were rows of their own in 190 State of the Union addresses ("The
#     Heritage Foundation" here). The name shown is the form written most. A hyphen stays
#     in the key: a company's name typed a person by default joins it by its key.
mkdir -p "$T/order"
printf 'One\n\nThe Department of War asked the Congress of the United States for funds. The Government of Spain agreed, and The Heritage Foundation spent. The Department of War said so.\n' >"$T/order/a.txt"
printf 'Two\n\nThe War Department and the United States Congress met. The Spanish Government and the Heritage Foundation spoke.\n' >"$T/order/b.txt"
t_eq "one body in two word orders" "ORG Congress of the United States 2 2|ORG Department of War 2 3|ORG Government of Spain 2 2|ORG Heritage Foundation 2 2|" \
	"$("$DOSSIER" entities --format=tsv --no-state --no-cache "$T/order" | awk -F'\t' 'NR > 1 && $1 == "ORG" { print $1 " " $3 " " $4 " " $5 }' | sort | tr '\n' '|')"

# 19. A short line that ends in a word in lower case and goes on in lower case on the
#     next is a paragraph wrapped early, not a Title-Case headline whose names need
#     evidence: "<Multi-Step Products Inc>, earlier\nreporting a loss" lost the company
#     (Reuters). Of two companies whose names start with one word past initials, the
#     word alone is the first named's: "Hutton" of "E.F. Hutton LBO Inc" and "E.F. Hutton
#     Group Inc" was a person.
mkdir -p "$T/wrap"
printf 'MULTI-STEP TO SELL UNIT\n\n<Multi-Step Products Inc>, earlier\nreporting a loss, said it agreed to sell Multi-Step Manufacturing Inc for cash.\n' >"$T/wrap/a.txt"
t_eq "a paragraph wrapped early" "ORG MULTI-STEP|ORG Multi-Step Products Inc|ORG Multi-Step Manufacturing Inc|" \
	"$(ments "$T/wrap" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"
mkdir -p "$T/two"
printf 'PUROLATOR DEAL\n\nPurolator agreed to a bid from E.F. Hutton LBO Inc, a unit of E.F. Hutton Group Inc. Hutton said the offer stands, and Hutton will pay cash.\n' >"$T/two/a.txt"
t_eq "two companies of one first word" "ORG E.F. Hutton LBO Inc 0|ORG E.F. Hutton Group Inc 1|ORG Hutton 0|ORG Hutton 0|" \
	"$(ments "$T/two" | awk -F'\t' 'NR > 1 { if (!($5 in id)) id[$5] = n++; print $4 " " $7 " " id[$5] }' | tr '\n' '|')"

# 20. A ticker after a name says it is a company's, whatever its words: "Atlas Copco
#     <ASTS ST>", "Swedish Match <SMBS ST>" (a place and "SMBS ST" were), "Globex
#     Dynamics (NYSE: GDX)"; the ticker is no entity. Not a headline in capitals, which
#     is cut short ("SUFFIELD FINANCIAL <SSBK>" made "FINANCIAL" one).
mkdir -p "$T/tick"
printf 'SUFFIELD FINANCIAL <SSBK> GETS APPROVAL\n\nThe Wallenbergs kept Atlas Copco <ASTS ST> and Swedish Match <SMBS ST>, and Globex Dynamics (NYSE: GDX) and Initech Labs (Nasdaq: INTL, TSX: IL) said so.\n' >"$T/tick/a.txt"
t_eq "a ticker after a name" "ORG Atlas Copco|ORG Swedish Match|ORG Globex Dynamics|ORG NYSE|ORG Initech Labs|" \
	"$(ments "$T/tick" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 21. An apposition that says what a name is, a firm: "of Globex, the oil producer,",
#     "Nova, the Canadian company that owns ..." (first in its sentence too: a lone
#     unknown word there needed evidence, and the apposition was not any); not "a company
#     spokesman", nor "Meanwhile, the bank".
mkdir -p "$T/appo"
printf 'Markets\n\nShares of Globex, the oil producer, fell. Bids for Tarrant, the Canadian company that owns the mine, rose. Calls to Kessler, a company spokesman, went unanswered. Vantor, the chipmaker, rose. Meanwhile, the bank said no.\n' >"$T/appo/a.txt"
t_eq "a firm by its apposition" "ORG Globex|ORG Tarrant|ORG Vantor|" \
	"$(ments "$T/appo" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $4 " " $7 }' | tr '\n' '|')"

# 22. A full name the corpus writes as a person's (a given name and a speech verb) more
#     than twice as often as a firm's stays a person where nothing says otherwise: one
#     cue of a firm made a person of 48 articles an organisation. ("Penn Traffic Co ...
#     Penn Traffic said" stays the firm.)
mkdir -p "$T/pers"
printf 'One\n\nShares of Laura Ingram, Inc. rose.\n' >"$T/pers/a.txt"
printf 'Two\n\nLaura Ingram said the plan works.\n' >"$T/pers/b.txt"
printf 'Three\n\nThe mayor met Laura Ingram and Anna Berg on Monday.\n' >"$T/pers/c.txt"
printf 'Four\n\nLaura Ingram said it again.\n' >"$T/pers/d.txt"
printf 'Five\n\nLaura Ingram told reporters so.\n' >"$T/pers/e.txt"
t_eq "one firm cue against a person" "a.txt ORG|b.txt PERSON|c.txt PERSON|d.txt PERSON|e.txt PERSON|" \
	"$(ments "$T/pers" | awk -F'\t' 'NR > 1 && $7 == "Laura Ingram" { sub(/.*\//, "", $1); print $1 " " $4 }' | tr '\n' '|')"

# 23. The wire's brokers by name: "Merrill Lynch, Pierce Fenner and Smith Inc" made a
#     person Merrill Lynch; "Salomon Smith Barney" one.
mkdir -p "$T/brok"
printf 'Deal\n\nMerrill Lynch raised its commitment, and Salomon Smith Barney and Bear Stearns advised.\n' >"$T/brok/a.txt"
t_eq "brokers by name" "ORG Merrill Lynch|ORG Salomon Smith Barney|ORG Bear Stearns|" \
	"$(ments "$T/brok" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 24. A given name alone that joined no full name, where the corpus names two people in
#     full with it (Dave Long, Dave Winer), is one person only across articles near each
#     other in path order (three apart at most): FoRK's "Dave" of 4 mails, Austen's
#     "Catherine" of Catherine Morland's chapters and Lady Catherine's were one row each.
#     A name written after a title in two articles stays one ("Queen Elizabeth").
mkdir -p "$T/given"
printf 'One\n\nDave Long said the code works.\n' >"$T/given/01.txt"
printf 'Two\n\nDave Winer wrote a post.\n' >"$T/given/02.txt"
printf 'Three\n\nThanks, Dave said on Monday.\n' >"$T/given/03.txt"
printf 'Four\n\nThen Dave said it again.\n' >"$T/given/04.txt"
for i in 05 06 07 08; do printf 'Filler\n\nNothing here.\n' >"$T/given/$i.txt"; done
printf 'Nine\n\nLater Dave said no.\n' >"$T/given/09.txt"
printf 'Ten\n\nQueen Elizabeth spoke. Elizabeth Warren and Elizabeth Holmes listened.\n' >"$T/given/10.txt"
printf 'Eleven\n\nQueen Elizabeth waved.\n' >"$T/given/11.txt"
t_eq "a given name alone, near and far" "03.txt Dave 0|04.txt Dave 0|09.txt Dave 1|10.txt Elizabeth 2|11.txt Elizabeth 2|" \
	"$(ments "$T/given" | awk -F'\t' 'NR > 1 && ($7 == "Dave" || $7 == "Elizabeth") { sub(/.*\//, "", $1); if (!($5 in id)) id[$5] = n++; print $1 " " $7 " " id[$5] }' | tr '\n' '|')"

# 25. A short line that ends in a possessive goes on on the next line, whatever case it
#     starts with: "Esselte Business Systems Inc's\nEsselte Meto division said" made a
#     person "Esselte" and an ORG "Systems Inc" (Reuters). A name that starts with a
#     company's first word beside it, with a word of its own, is a unit of it: an
#     organisation ("Esselte Meto"), and so are the words the article wrote for it.
mkdir -p "$T/unit"
printf 'ESSELTE BUSINESS UNIT BUYS ANTONSON UNIT\n\nEsselte Business Systems Inc'"'"'s\nEsselte Meto division said it has acquired the Antonson America\nCo, a subsidiary of Antonson Machines AB, of Sweden.\n    Esselte said the Antonson unit makes scales sold by Esselte in the U.S.\n' >"$T/unit/a.txt"
t_eq "a possessive at a line's end, a company's unit" "ORG Esselte Business Systems Inc|ORG Esselte Meto|ORG Esselte|ORG Esselte|" \
	"$(ments "$T/unit" | awk -F'\t' 'NR > 1 && $7 ~ /Esselte/ { print $4 " " $7 }' | tr '\n' '|')"

# 26. A book's heading gives a label and a number, then a title in Title Case, stops and
#     all: "CHAPTER 61. Stubb Kills a Whale." made a person "Stubb Kills" of every Stubb of
#     its chapter, "CHAPTER 39. First Night Watch. Fore-Top." an organisation (Moby-Dick:
#     seven of its 28 organisations were chapter titles). Its words are a headline's.
#     "Chapter 3 of the report" goes on as prose.
mkdir -p "$T/head"
printf 'CHAPTER 61. Stubb Kills a Whale.\n\nIf to Starbuck the sight was an omen, to Stubb it was not. Stubb said so.\n' >"$T/head/a.txt"
printf 'CHAPTER 39. First Night Watch. Fore-Top.\n\nStubb mended a brace. Then Stubb sang.\n' >"$T/head/b.txt"
printf 'Notes\n\nChapter 3 of the Federal Reserve report says Jerome Powell was right.\n' >"$T/head/c.txt"
t_eq "a book's labelled heading" "a.txt PERSON Stubb|a.txt PERSON Stubb|a.txt PERSON Stubb|b.txt PERSON Stubb|b.txt PERSON Stubb|c.txt ORG Federal Reserve|c.txt PERSON Jerome Powell|" \
	"$(ments "$T/head" | awk -F'\t' 'NR > 1 { sub(/.*\//, "", $1); print $1 " " $4 " " $6 }' | tr '\n' '|')"

# 27. "New" capitalised mid-sentence before a town or a region names another place: "New
#     Bedford", "New England", "New Granada" were counted as Bedford, England and
#     Granada (35 of SOTU's "Granada"). Not before a country ("a New India": a slogan of
#     India), nor first in a sentence ("New Russia sanctions").
mkdir -p "$T/new"
printf 'Travels\n\nI arrived in New Bedford. Here in southern New England it snowed. Ships left New London.\n' >"$T/new/a.txt"
printf 'Policy\n\nNew Russia sanctions came. He praised a New India.\n' >"$T/new/b.txt"
t_eq "New and a town" "PLACE New Bedford|PLACE New England|PLACE New London|PLACE Russia|PLACE India|" \
	"$(ments "$T/new" | awk -F'\t' 'NR > 1 { print $4 " " $6 }' | tr '\n' '|')"

# 28. A country's own name in its language that is an English word is no alias of it:
#     "Island" (Iceland's) made a mention of Iceland of "the Island" (Cuba in SOTU, the
#     Isle of Wight in Austen) and of "Island days" first in a sentence.
mkdir -p "$T/isl"
printf 'Home\n\nOrder was kept in the Island. Island days were long. He went to Iceland.\n' >"$T/isl/a.txt"
t_eq "an alias that is an English word" "PLACE Iceland Iceland|" \
	"$(ments "$T/isl" | awk -F'\t' 'NR > 1 { print $4 " " $6 " " $7 }' | tr '\n' '|')"

# 29. Places under old names, and a people of one: "Roman", "Romans" are the Roman
#     Empire's (a PERSON "Roman" in Moby-Dick's 10 chapters, KJV, SOTU and FoRK), but a
#     given name still before a family name ("Roman Polanski"); "New Granada" is
#     Colombia (SOTU, 1840s-1850s); "New Guinea" the island, not Guinea.
mkdir -p "$T/old"
printf 'Old\n\nA Roman general marched. The Romans took it. Roman Polanski filmed there. Envoys went to New Granada and New Guinea.\n' >"$T/old/a.txt"
t_eq "a people and old names" "PLACE Roman Empire|PLACE Roman Empire|PERSON Roman Polanski|PLACE Colombia|PLACE New Guinea|" \
	"$(ments "$T/old" | awk -F'\t' 'NR > 1 && $4 != "ORG" { print $4 " " $6 }' | tr '\n' '|')"

# 30. "native of X", "island of X", "port of X", "residents of X" are a place's slots, as
#     "in X" and "city of X" are: Nantucket (Moby-Dick's 72 mentions in 38 chapters, in
#     few "in" slots) was a PERSON by one apposition ("the island of Nantucket, the widow
#     of Radney") and became a place by its slots.
mkdir -p "$T/isle"
for i in 1 2 3; do
	printf 'Voyage %s\n\nStarbuck was a native of Tiverloo. The island of Tiverloo is far. Tiverloo ships sail.\n' "$i" >"$T/isle/v$i.txt"
done
printf 'Widow\n\nUpon the island of Tiverloo, the widow of Radney still waits.\n' >"$T/isle/w.txt"
t_eq "a place's slots: native of, island of" "PLACE 10|" \
	"$(ments "$T/isle" | awk -F'\t' 'NR > 1 && $7 == "Tiverloo" { t[$4]++ } END { for (k in t) print k " " t[k] }' | tr '\n' '|')"

# 31. A body written with and without a hyphen is one row, shown as written most:
#     "Post-Office Department" (77 mentions in 233 State of the Union addresses) and "Post
#     Office Department" (21) were two, as "Light-House Board", "Marine-Hospital Service",
#     "Miami-Dade Police Department" and "Coca-Cola Company" were.
mkdir -p "$T/hyph"
printf 'One\n\nThe Post-Office Department grew. The Vorland-Tessic Shipping Company bid. The Post-Office Department paid.\n' >"$T/hyph/a.txt"
printf 'Two\n\nThe Post Office Department and the Vorland Tessic Shipping Company met.\n' >"$T/hyph/b.txt"
t_eq "one body with and without a hyphen" "ORG Post-Office Department 2 3|ORG Vorland-Tessic Shipping Company 2 2|" \
	"$("$DOSSIER" entities --format=tsv --no-state --no-cache "$T/hyph" | awk -F'\t' 'NR > 1 && $1 == "ORG" { print $1 " " $3 " " $4 " " $5 }' | sort | tr '\n' '|')"

# 32. A name ends before a common noun's or a verb's word: "the Microsoft Web page" and
#     "a Pentagon Web site" named "Microsoft Web" and "Pentagon Web" (a release's footer),
#     "About Microsoft Founded in 1975, Microsoft is" a "Microsoft Founded", and "the
#     Government of Yugoslavia Established in Egypt" kept the participle.
mkdir -p "$T/webs"
printf 'Release\n\nAbout Korvath Founded in 1975, Korvath Systems Inc makes tools. See Korvath Web pages, or a Pentagon Web site. The Government of Vorland Established in Cairo agreed.\n' >"$T/webs/a.txt"
t_eq "a name ends before a noun's or a verb's word" "Korvath|Korvath Systems Inc|Korvath|Pentagon|Government of Vorland|Cairo|" \
	"$(ments "$T/webs" | awk -F'\t' 'NR > 1 && $4 != "DATE" { print $7 }' | tr '\n' '|')"

# 33. A name before a title with a name after it is a person's when it opens with a given
#     name ("... met Anna Kovac President Boris Tadic", not the affiliation of "Acme
#     Widgets CEO John Smith"), and a second title ends the name after the first: the
#     State Department's history wrote its captions into the text, "President Theodore
#     Roosevelt President Theodore Roosevelt agreed", one person of four words.
mkdir -p "$T/twice"
printf 'History\n\nThe talks went on.\n\nPresident Oskar Varnell President Oskar Varnell agreed. They met Anna Kovac Minister Boris Teldic there. Acme Widgets CEO Lars Dunmore said so.\n' >"$T/twice/a.txt"
t_eq "a name before a title, a title after a name" "Oskar Varnell|Oskar Varnell|Anna Kovac|Boris Teldic|Lars Dunmore|" \
	"$(ments "$T/twice" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 34. A person's noun or title in apposition with words before it is a person's cue, as
#     "Irina Volk, the spokeswoman" was: "Then Vorland, the seven-time champion, finished"
#     and "Orvel, the former minister, said" named no one.
mkdir -p "$T/appos"
printf 'Race\n\nThe day began. Then Vorland, the seven-time champion, finished fifth. Later Orvel, the former minister, said so.\n' >"$T/appos/a.txt"
t_eq "a person's noun in apposition after its words" "Vorland PERSON|Orvel PERSON|" \
	"$(ments "$T/appos" | awk -F'\t' 'NR > 1 { print $7, $4 }' | tr '\n' '|')"

# 35. A town's name alone with a person's words after it is a person: "Hamilton, the
#     seven-time champion, finished fifth", "Hamilton said he" (a driver's family name
#     was the town in Ontario); not where the words are another's ("in the Bushwick
#     section of Brooklyn, the defendant called his wife").
mkdir -p "$T/driver"
printf 'Race\n\nThe day began. Hamilton, the seven-time champion, finished fifth. Hamilton said he was happy. In Brooklyn, the defendant called his wife, and Dallas said it would sue.\n' >"$T/driver/a.txt"
t_eq "a town's name with a person's words after it" "Hamilton PERSON|Hamilton PERSON|Brooklyn PLACE|Dallas PLACE|" \
	"$(ments "$T/driver" | awk -F'\t' 'NR > 1 { print $7, $4 }' | tr '\n' '|')"

# 36. An acronym may spell the "of", "and" or "for" of its name: "Bank of Japan (BOJ)"
#     and "Department of Defense (DOD)" defined none ("BOJ Governor Kazuo Ueda" lost the
#     bank, wnews's 16 "DOD" and "DoD" were no entity).
mkdir -p "$T/boj"
printf 'Rates\n\nThe Bank of Japan (BOJ) met, and the BOJ Governor spoke. Then BOJ officials left.\n' >"$T/boj/a.txt"
t_eq "an acronym spelling its name's of, and, for" \
	"Bank of Japan|BOJ>Bank of Japan|BOJ>Bank of Japan|BOJ>Bank of Japan|" \
	"$(ments "$T/boj" | awk -F'\t' 'NR > 1 { print ($7 == $6 ? $7 : $7 ">" $6) }' | tr '\n' '|')"

# 37. A headline's first word no list or dictionary knows, before an organisation's head
#     word, is the organisation's: a teaser on 55 pages of the prosecutors' releases, "Loma
#     Linda University Health to Pay $7.5 Million", named "Linda University" (the given
#     name started it); "Vorlund Tessic University to Pay Fine" named no one.
mkdir -p "$T/teaser"
printf 'Latest News\n\nJune 3, 2026\n\nVorlund Tessic University to Pay Fine Over Waste\n\nThe school agreed.\n' >"$T/teaser/a.txt"
t_eq "a headline's unknown word before an organisation's head" "Vorlund Tessic University|" \
	"$(ments "$T/teaser" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $7 }' | tr '\n' '|')"

t_end
