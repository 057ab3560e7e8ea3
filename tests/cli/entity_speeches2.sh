# tests/cli/entity_speeches2.sh -- entity rules of issue 15 for long speeches of three centuries: parliaments, papers and letters. MIT licence.
# Each case is a small corpus written here, with invented names; the rules are general (the
# words around a name, the shape of a speech), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A parliament names its members by their seats: the word after "the Member for" is
#    the town or county of the seat, a place, even with a speech verb after it. In John
#    Bright's speeches (29 of them, 1845-1868) "Cork", "Tamworth", "Oxford" and "Lynn"
#    (of "King's Lynn") were four of the top 50 people.
mkdir -p "$T/seat"
printf 'Debate on the Grain Bill\nMarch 3, 1846\n\nThe hon. Member for Dunmarra told us that the tax was unjust. The Member for Quillby said so too.\n' >"$T/seat/a.txt"
t_eq "a seat with a speech verb after it" \
	"Dunmarra>Dunmarra PLACE|Quillby>Quillby PLACE|" \
	"$(rows "$T/seat" a.txt | tr '|' '\n' | grep -v DATE | tr '\n' '|')"
printf 'Debate on the Grain Bill\nMarch 4, 1846\n\nThe noble Lord the Member for the West Vorlan agreed with the Members for Brackwater and the Labour MP for Elsmoor.\n' >"$T/seat/b.txt"
t_eq "a seat after the, Members, an MP" \
	"West Vorlan>West Vorlan PLACE|Brackwater>Brackwater PLACE|Labour>Labour ORG|Elsmoor>Elsmoor PLACE|" \
	"$(rows "$T/seat" b.txt | tr '|' '\n' | grep -v DATE | tr '\n' '|')"
#    A person named in brackets after the seat is still the person; a member "for" a body
#    is no seat.
printf 'Debate on the Grain Bill\nMarch 5, 1846\n\nThe hon. Member for Dunmarra (Mr. Tobias Fenwright) said that a member for the Grain League spoke.\n' >"$T/seat/c.txt"
t_eq "the member is a person, a body no seat" \
	"Dunmarra>Dunmarra PLACE|Tobias Fenwright>Tobias Fenwright PERSON|Grain League>Grain League ORG|" \
	"$(rows "$T/seat" c.txt | tr '|' '\n' | grep -v DATE | tr '\n' '|')"

# 2. "The right hon. Baronet": the House's word for a member who is a baronet, as "the
#    noble Lord" is for a peer, is no one's name. "Baronet" was a person of 23 mentions in
#    four of Bright's speeches (row 11 of the PERSON top 50).
mkdir -p "$T/bart"
printf 'Debate on the Grain Bill\nMarch 6, 1846\n\nThe right hon. Baronet said that Sir Tobias Fenwright agreed. I answer the right hon. Baronet.\n' >"$T/bart/a.txt"
t_eq "a baronet addressed" "Tobias Fenwright>Tobias Fenwright PERSON|" \
	"$(rows "$T/bart" a.txt | tr '|' '\n' | grep -v DATE | tr '\n' '|')"

# 3. Newspapers of the eighteenth and nineteenth centuries were named "Packet",
#    "Advertiser", "Intelligencer": "From the New York Packet" heads 40 of the Federalist
#    papers, and its "New York" was a place, 40 of 105 mentions of the city's row.
mkdir -p "$T/paper"
printf 'The Same Subject Continued\n\nFrom the Veldon Packet. Tuesday, November 27, 1787.\n\nTo the People of the State of Veldon: The Marston Advertiser and the Daily Intelligencer printed it.\n' >"$T/paper/a.txt"
t_eq "newspapers' old heads" \
	"Veldon Packet>Veldon Packet ORG|Marston Advertiser>Marston Advertiser ORG|Daily Intelligencer>Daily Intelligencer ORG|" \
	"$(rows "$T/paper" a.txt | tr '|' '\n' | grep -v DATE | tr '\n' '|')"

# 4. "Roman Catholic" names a faith by its see, not the people of Rome: its "Roman" was
#    a mention of the Roman Empire, 11 of its 20 "Roman" in Bright's speeches on Ireland
#    (and in the State of the Union addresses, the Factbook, FoRK). The Romans of history
#    stay the Roman Empire's.
mkdir -p "$T/faith"
printf 'On the Church of Brenland\nApril 1, 1868\n\nThe Roman Catholic people of Brenland and the Roman Catholics of Tarvel ask it. The Roman legions left.\n' >"$T/faith/a.txt"
t_eq "a faith's see is no place" "Roman>Roman Empire PLACE|" \
	"$(rows "$T/faith" a.txt | tr '|' '\n' | grep Roman | tr '\n' '|')"

# 5. "States" after a region or a people's word names states of it, no team: "the
#    Balkan States" (Wilson, 3 addresses) and "the New England States" (Bright, the
#    Federalist) were organisations, and the latter took the article's 12 "England" along.
#    A team's plural name after its city stays a team.
mkdir -p "$T/states"
printf 'On the War\nJune 4, 1917\n\nThe thrones of the Balkan States were filled. The German States and the Tarvelian Provinces agree. The Boston Quillers won.\n' >"$T/states/a.txt"
t_eq "states of a region, a team" \
	"Balkan>Balkans PLACE|German>Germany PLACE|Boston Quillers>Boston Quillers ORG|" \
	"$(rows "$T/states" a.txt | tr '|' '\n' | grep -v DATE | tr '\n' '|')"

# 6. A heading's capitals on words the text writes as a phrase in lower case make no
#    name: "The Executive Department Further Considered" over a paper that writes "the
#    executive department", "(The Insufficiency of the Present Confederation...)" over
#    "the present Confederation" were organisations (the Federalist: "Present
#    Confederation" in 5 papers, "Executive Department" in 3). A body the text names with
#    capitals stays one.
mkdir -p "$T/head"
printf 'The Tribunal Department Further Considered\n\n(The Weakness of the Present Confederation to Preserve the\nUnion)\n\nThe powers of the tribunal department are great. Under the present Confederation the states are weak.\n' >"$T/head/a.txt"
t_eq "a heading's generic phrase" "" "$(rows "$T/head" a.txt | tr '|' '\n' | grep ' ORG$' | tr '\n' '|')"
printf 'Veldan Department Opens Inquiry\n\nThe Veldan Department said on Monday that a veldan department of the old kind is gone.\n' >"$T/head/b.txt"
t_eq "a body named with capitals in the text" \
	"Veldan Department>Veldan Department ORG|Veldan Department>Veldan Department ORG|" \
	"$(rows "$T/head" b.txt | tr '|' '\n' | grep ' ORG$' | tr '\n' '|')"

# 7. An office of a state names the state across the end of a wrapped line too: "the
#    governor of\nNew York" in books of 70 columns (the Federalist's 69th paper: 4 of its 8
#    "governor of New York") was the city, as "Governor of" never reached past the line.
mkdir -p "$T/wrap"
printf 'The Same Subject\nMarch 14, 1788\n\nThe power of the President is like that of the governor of\nNew York, and no more; the governor of New York is elected.\n' >"$T/wrap/a.txt"
t_eq "an office of a state across a line's end" \
	"New York>New York (state) PLACE|New York>New York (state) PLACE|" \
	"$(rows "$T/wrap" a.txt | tr '|' '\n' | grep New | tr '\n' '|')"

# 8. "The American Union" of 19th-century speeches is the United States, not an
#    organisation: it was an ORG of 9 of Bright's speeches (row 11 of the ORG top 50) and
#    of 5 State of the Union addresses. The Pan American Union stays a body.
mkdir -p "$T/union"
printf 'On the War\nDecember 4, 1861\n\nThe States of the American Union are at war. The Pan American Union met.\n' >"$T/union/a.txt"
t_eq "the American Union" \
	"American Union>United States PLACE|Pan American Union>Pan American Union ORG|" \
	"$(rows "$T/union" a.txt | tr '|' '\n' | grep Union | tr '\n' '|')"

# 9. A family name in capitals on a line of its own, alone or with another ("HAMILTON",
#    "HAMILTON OR MADISON" over the Federalist's papers), signs an essay or a letter: its
#    author, a person. "HAMILTON" was the town, a place of 66 papers (row 4 of the PLACE top
#    50). A heading of one word in capitals stays none, a country's the place.
mkdir -p "$T/sign"
printf 'The Same Subject\nMarch 14, 1788\n\nFrom the Daily Gazette.\n\nJACKSON OR MERRIVALE\n\nTo the People of the State:\n\nSUMMARY\n\nText of the paper.\n\nCANADA.\n\nMore text.\n' >"$T/sign/a.txt"
t_eq "a signature in capitals" "Daily Gazette>Daily Gazette ORG|JACKSON>Jackson PERSON|CANADA>Canada PLACE|" \
	"$(rows "$T/sign" a.txt | tr '|' '\n' | grep -v DATE | tr '\n' '|')"

# 10. What a possessive owns before a state is no town: "From McLEAN's Edition, New
#     York." (a publisher's line over 8 of the Federalist's papers) made a place "Edition",
#     row 48 of the PLACE top 50; so would "Harper's Weekly, New York". A town before its
#     state stays one.
mkdir -p "$T/imprint"
printf 'The Judiciary Continued\n\nFrom Veldon'"'"'s Edition, New York.\n\nWe moved to Quarrytown, Ohio.\n' >"$T/imprint/a.txt"
t_eq "a possessive's thing before a state" "New York>New York PLACE|Quarrytown>Quarrytown PLACE|Ohio>Ohio PLACE|" \
	"$(rows "$T/imprint" a.txt)"

# 11. A peer is not the knight of his family name: "Lord Grey" (an earl) is not the "Sir
#     George Grey" of other speeches, whom the House never calls "Lord". In Bright's
#     speeches Lord Grey's mentions joined Sir George Grey's row (3 of its 5 were other
#     Greys). A lord named in full ("Lord Tobias Fenwright") is still his lone name's.
mkdir -p "$T/peer"
printf 'Debate one\nMarch 1, 1848\n\nSir Tobias Fenwright moved the Bill. Sir Tobias Fenwright spoke again.\n' >"$T/peer/a.txt"
printf 'Debate two\nMarch 2, 1855\n\nThe Resolution moved by Lord Fenwright was lost.\n' >"$T/peer/b.txt"
printf 'Debate three\nMarch 3, 1856\n\nLord Amos Quillbrand spoke first.\n' >"$T/peer/c.txt"
printf 'Debate four\nMarch 4, 1856\n\nThe Resolution moved by Lord Quillbrand was carried.\n' >"$T/peer/d.txt"
t_eq "a lord is not the knight" "Fenwright>Fenwright PERSON|" "$(rows "$T/peer" b.txt | tr "|" "\n" | grep -v DATE | tr "\n" "|")"
t_eq "a lord is the lord" "Quillbrand>Amos Quillbrand PERSON|" "$(rows "$T/peer" d.txt | tr "|" "\n" | grep -v DATE | tr "\n" "|")"

# 12. Old prose writes a word in capitals for emphasis: "The TIMES, PLACES, and MANNER of
#     holding elections" (the Federalist quoting the Constitution) was the newspaper "The
#     Times" (1 of its row's 4 mentions). A listed name written with "The" and a common
#     word in capitals after it is no name; the paper's own forms stay.
mkdir -p "$T/emph"
printf 'Elections\n\nThe TIMES, PLACES, and MANNER of holding elections are fixed. The Times reported it, and so did THE TIMES.\n' >"$T/emph/a.txt"
t_eq "emphasis is no paper" "The Times>The Times ORG|THE TIMES>The Times ORG|" \
	"$(rows "$T/emph" a.txt)"

# 13. Old charters and writs are documents, no one's name: "Magna Charta" and "Habeas
#     Corpus" were people (Bright's and the Federalist's "Magna Charta", 2 papers; "Habeas
#     Corpus", 1); speeches of every century cite them. Names inside them are not counted,
#     as inside other laws.
mkdir -p "$T/writ"
printf 'On Liberty\n\nThe law anterior to the date of Magna Charta is obscure. Such was MAGNA CHARTA, obtained by the barons. They suspended the writ of Habeas Corpus in Vorland.\n' >"$T/writ/a.txt"
t_eq "charters and writs" "" "$(rows "$T/writ" a.txt | tr '|' '\n' | grep -v Vorland | tr '\n' '|')"

t_end
