# tests/cli/entity_rolls.sh -- entity error classes of rolls and minutes whose line ends were lost (round 58, a central bank's minutes): plural honorifics, names run together, a body's name before a person's, a place's head amid other words. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A plural honorific's roll: "Messrs. Broaddus, Jordan, Forrestal, and Parry" made
#    "Jordan" the kingdom (84 sets of minutes) and left the others to chance; "Mses." was
#    no honorific at all. Every name of the roll is a person's, and so is a country's
#    name right after "Mr." ("Mr. Israel" of the Congressional Record); "Miss France"
#    stays the pageant's country.
mkdir -p "$T/roll"
printf 'Minutes\n\nVotes for this action: Messrs. Brodwick, Jordan, Fennimore, and Pardee. Mses. Pilcher and Yarrow abstained. Mr. Chad spoke for Israel. Miss France was crowned in Paris.\n' >"$T/roll/a.txt"
t_eq "a plural honorific's roll of people" \
	"Brodwick>Brodwick PERSON|Jordan>Jordan PERSON|Fennimore>Fennimore PERSON|Pardee>Pardee PERSON|Pilcher>Pilcher PERSON|Yarrow>Yarrow PERSON|Chad>Chad PERSON|Israel>Israel PLACE|France>France PLACE|Paris>Paris PLACE|" \
	"$(rows "$T/roll" a.txt)"

# 2. Full names run together, a roll's line ends lost: "Thomas M. Hoenig Donald L. Kohn
#    Sandra Pianalto Eric Rosengren ..." was one person of nine words, and took
#    "Hoenig" from the man's own entity. A given name after a family name starts the
#    next name when an initial or a third name says it is a roll; given names in a row
#    are one name ("George Herbert Walker Bush"), and so is "Jean Vilbrun Guillaume Sam".
mkdir -p "$T/run"
printf 'Minutes\n\nVoting for this action: Thomas M. Halvig Donald L. Korder Sandra Pillai Eric Rosenfeld Kevin Warden. George Herbert Walker Bush and Jean Vilbrun Guillaume Sam were named.\n' >"$T/run/a.txt"
t_eq "names run together, one by one" \
	"Thomas M. Halvig>Thomas M. Halvig PERSON|Donald L. Korder>Donald L. Korder PERSON|Sandra Pillai>Sandra Pillai PERSON|Eric Rosenfeld>Eric Rosenfeld PERSON|Kevin Warden>Kevin Warden PERSON|George Herbert Walker Bush>George Herbert Walker Bush PERSON|Jean Vilbrun Guillaume Sam>Jean Vilbrun Guillaume Sam PERSON|" \
	"$(rows "$T/run" a.txt)"

# 3. A person's full name after a body's or a place's name, the line end between them
#    lost: "Board of Governors Linda Robertson" was one body (85 sets of minutes),
#    "Maine State Police Trooper Jeremy Forbes" another. Not after "of" ("Church of Jesus
#    Christ"), nor a place's part ("Channel Islands Marine Sanctuary"); a family name
#    after an initial may be a word like "Small" ("David H. Small" was "David H").
mkdir -p "$T/tail"
printf 'Minutes\n\nAssistant Director, Board of Governors Linda Robbins, Assistant to the Board. Board of Governors David H. Small, Senior Adviser. The Church of Jesus Christ gave. The Channel Islands Marine Sanctuary grew.\n' >"$T/tail/a.txt"
t_eq "a body's name, then a person's" \
	"Board of Governors>Board of Governors ORG|Linda Robbins>Linda Robbins PERSON|Board of Governors>Board of Governors ORG|David H. Small>David H. Small PERSON|Church of Jesus Christ>Church of Jesus Christ ORG|Channel Islands Marine Sanctuary>Channel Islands Marine Sanctuary PLACE|" \
	"$(rows "$T/tail" a.txt)"

# 4. A place's head amid words that are no place's: "System Open Market Account" was a
#    place in 244 sets of minutes, "Open Market Operations" and "Balance Sheet" too. With
#    common words after the head, the place ends at its head when a name leads it
#    ("Harris County Criminal Case" -> "Harris County") and is none when common words do;
#    a place's part goes on with it ("Cook County Jail", "Long Island Sound"). "Sheet" and
#    "Shelf" head a place after "Ice" or "Continental" only.
mkdir -p "$T/head"
printf 'Minutes\n\nThe manager of the System Open Market Account spoke on Open Market Operations and the Balance Sheet. Harris County Criminal Case numbers fell. He was held in Cook County Jail near Long Island Sound. The Greenland Ice Sheet and the Outer Continental Shelf.\n' >"$T/head/a.txt"
t_eq "a place's head amid other words" \
	"Harris County>Harris County PLACE|Cook County Jail>Cook County Jail PLACE|Long Island Sound>Long Island Sound PLACE|Greenland Ice Sheet>Greenland Ice Sheet PLACE|Outer Continental Shelf>Outer Continental Shelf PLACE|" \
	"$(rows "$T/head" a.txt)"


# 5. A long roll run together: cut at 24 words it made two people of nine words each
#    ("Sandra Pianalto Jerome H. Powell ... Daniel" and "K. Tarullo John C. Williams
#    ..."); a word before an initial is a given name ("Jerome" is no listed one). Rolls
#    name their people's plural office before them ("Associate Economists Simon Potter",
#    "Detectives Chris Walton"): no part of a name.
mkdir -p "$T/long"
printf 'Minutes\n\nPresent: Vice Chairman Elena Dorsey, Jeffrey M. Latimer Dennis P. Lockwood Sandra Pinto Jerome H. Pollard Sarah Bloom Rankin Jeremy C. Stahl Daniel K. Tarrant John C. Wilmot Janet L. Yoder James Bullock, Associate Economists Simon Potts, Manager.\n' >"$T/long/a.txt"
t_eq "a long roll, one name each" \
	"Elena Dorsey>Elena Dorsey PERSON|Jeffrey M. Latimer>Jeffrey M. Latimer PERSON|Dennis P. Lockwood>Dennis P. Lockwood PERSON|Sandra Pinto>Sandra Pinto PERSON|Jerome H. Pollard>Jerome H. Pollard PERSON|Sarah Bloom Rankin>Sarah Bloom Rankin PERSON|Jeremy C. Stahl>Jeremy C. Stahl PERSON|Daniel K. Tarrant>Daniel K. Tarrant PERSON|John C. Wilmot>John C. Wilmot PERSON|Janet L. Yoder>Janet L. Yoder PERSON|James Bullock>James Bullock PERSON|Simon Potts>Simon Potts PERSON|" \
	"$(rows "$T/long" a.txt)"

# 6. A listed place right after a place's head starts a place of its own: an address's
#    street and town ("Poydras Street New Orleans" was one place, 740 lines of a
#    lobbying register), a web page's menu of countries ("Faroe Islands Fiji Finland").
#    Not after a head that comes first ("Mount Lebanon"). A state's postal code between
#    a town and a ZIP code is the state ("LA" was Los Angeles, "ID" nothing).
mkdir -p "$T/addr"
printf 'Register\n\nWrite to the Corvin Trade Council, 900 Poydras Street New Orleans, LA 70112. Choose: Faroe Islands Fiji Finland. He hiked Mount Lebanon. Boise, ID 83702.\n' >"$T/addr/a.txt"
t_eq "a street, then its town" \
	"Corvin Trade Council>Corvin Trade Council ORG|Poydras Street>Poydras Street PLACE|New Orleans>New Orleans PLACE|LA>Louisiana PLACE|Faroe Islands>Faroe Islands PLACE|Fiji>Fiji PLACE|Finland>Finland PLACE|Mount Lebanon>Mount Lebanon PLACE|Boise>Boise PLACE|ID>Idaho PLACE|" \
	"$(rows "$T/addr" a.txt)"

# 7. A country's or an island's name after a given name and an initial is a family name:
#    "Jerry L. Jordan" was "Jerry L" and the kingdom (164 mentions of the minutes),
#    "Thomas C. Mann" the Isle of Man, "William O. Douglas" a town. A common word before
#    a country's name is its epithet, no one's name ("Red China": a person "Red" in nine
#    presidential speeches).
mkdir -p "$T/init"
printf 'Minutes\n\nYesterday Jerry L. Jordan said so, and Thomas C. Mann agreed. War with Red China was feared.\n' >"$T/init/a.txt"
t_eq "a family name after an initial; an epithet" \
	"Jerry L. Jordan>Jerry L. Jordan PERSON|Thomas C. Mann>Thomas C. Mann PERSON|China>China PLACE|" \
	"$(rows "$T/init" a.txt)"

# 8. Honorifics of address and of other languages peel off the name as "Mr." does: "the
#    Honorable George Wallace" (eight speeches), "Signor Mussolini", "Generalissimo
#    Chiang Kai-shek" were names with their honorific; "the Honorable Gentleman from New
#    York" is no one's name.
mkdir -p "$T/hon"
printf 'Remarks\n\nI thank the Honorable Walter Penrose and Signor Bellucci. Generalissimo Tavares spoke. The Honorable Gentleman from Ohio objected.\n' >"$T/hon/a.txt"
t_eq "honorifics of address peeled" \
	"Walter Penrose>Walter Penrose PERSON|Bellucci>Bellucci PERSON|Tavares>Tavares PERSON|Ohio>Ohio PLACE|" \
	"$(rows "$T/hon" a.txt)"

# 9. A staff title after a body's name: the body is the words up to its head ("Open
#    Market Secretariat Assistant" was a body in 104 sets of minutes); the plural of a
#    firm's head after an office's words alone is that office's people ("Senior
#    Advisers", "Special Advisers": 135 bodies), no firm.
mkdir -p "$T/staff"
printf 'Minutes\n\nMs. Lowell, Open Market Secretariat Assistant, and Messrs. Dalton and Sims, Senior Advisers, attended. Brixham Capital Advisers bought shares.\n' >"$T/staff/a.txt"
t_eq "a staff title, not a body's name" \
	"Lowell>Lowell PERSON|Open Market Secretariat>Open Market Secretariat ORG|Dalton>Dalton PERSON|Sims>Sims PERSON|Brixham Capital Advisers>Brixham Capital Advisers ORG|" \
	"$(rows "$T/staff" a.txt)"

# 10. A lodge's head word is a family name alone after a title ("Ambassador Lodge", "Mr.
#     Lodge": a place in 13 presidential speeches), as "Senator Hall" is.
mkdir -p "$T/lodge"
printf 'Cable\n\nAmbassador Lodge reported from Saigon. The Masonic Lodge met.\n' >"$T/lodge/a.txt"
t_eq "a lodge after a title is a man" \
	"Lodge>Lodge PERSON|Saigon>Ho Chi Minh City PLACE|Masonic Lodge>Masonic Lodge PLACE|" \
	"$(rows "$T/lodge" a.txt)"

# 11. More of a body's name then a person's: a given name no list has before an initial
#     ("Board of Governors Antulio N. Bomfim", 30 sets of minutes), a middle name
#     ("Marnie Gillis DeBoer"); not a post box ("One Century Tower P. O. Box"). A plural
#     body's head "of" a list of places names several bodies: "the Federal Reserve Banks
#     of Atlanta, Chicago, and Dallas" was one body "... of Atlanta" in 102 sets of
#     minutes; "the Armed Forces of Ukraine" stays one.
mkdir -p "$T/plural"
printf 'Minutes\n\nAdviser, Board of Governors Antulio N. Bomberg, Deputy; Board of Governors Marnie Gillis Dekker, Senior. Presidents of the Federal Reserve Banks of Atlanta, Chicago, and Dallas spoke. The Armed Forces of Ukraine advanced.\n' >"$T/plural/a.txt"
t_eq "names after a body; bodies of places" \
	"Board of Governors>Board of Governors ORG|Antulio N. Bomberg>Antulio N. Bomberg PERSON|Board of Governors>Board of Governors ORG|Marnie Gillis Dekker>Marnie Gillis Dekker PERSON|Federal Reserve Banks>Federal Reserve Banks ORG|Atlanta>Atlanta PLACE|Chicago>Chicago PLACE|Dallas>Dallas PLACE|Armed Forces of Ukraine>Armed Forces of Ukraine ORG|" \
	"$(rows "$T/plural" a.txt)"

# 12. A heading's word before a roll's first name ("Attendance Jerome H. Powell, Chair", 14
#     sets of minutes) is no part of it: a common word before a word and an initial, as
#     before a listed given name ("Contact Erik Vanderkolk").
mkdir -p "$T/head2"
printf 'Minutes\n\nThe meeting began at 9:00 a.m. Attendance Jerold H. Pownall, Chair.\n' >"$T/head2/a.txt"
t_eq "a heading's word before a roll" "Jerold H. Pownall>Jerold H. Pownall PERSON|" \
	"$(rows "$T/head2" a.txt)"

# 13. A town before a state's postal code and a ZIP code is a place, whoever else has its
#     name: "#306 Arlington, VA 22202" was a man "John G. Arlington" 150 times in a
#     register of lobbyists, "Helena, MT 59624" a woman.
mkdir -p "$T/town"
printf 'Register\n\nJohn G. Arlington, 1130 Connecticut Ave., NW, Washington, DC 20036. Fenwick Boiler Assn, 1215 Jefferson Davis Highway, #360 Arlington, VA 22015.\n' >"$T/town/a.txt"
t_eq "a town before a postal code" \
	"John G. Arlington>John G. Arlington PERSON|Connecticut Ave>Connecticut Ave PLACE|Washington>Washington, D.C. PLACE|DC>Washington, D.C. PLACE|Fenwick Boiler Assn>Fenwick Boiler Assn ORG|Jefferson Davis Highway>Jefferson Davis Highway PLACE|Arlington>Arlington PLACE|VA>Virginia PLACE|" \
	"$(rows "$T/town" a.txt)"

# 14. A name of a given name, an initial and a family name is whole, and what follows it
#     in a roll is the next name even if no list knows its given name ("Michelle W.
#     Bowman Lael Brainard James Bullard ..." was one person of 20 sets of minutes), or its
#     family name is a given name ("Esther L. George Randal K. Quarles"). A roll's rank
#     and plural office after a name is none of it ("David W. Wilcox Associate
#     Economists"); "Robert F. Brothers" keeps his name.
mkdir -p "$T/roll2"
printf 'Minutes\n\nVoting: Michelle W. Bowden Lael Brainerd James Bullock Richard H. Clarke, and Esther L. George Randal K. Quinn Eric Rosen, and David W. Wilcott Associate Economists. Robert F. Brothers, 1776 I Street.\n' >"$T/roll2/a.txt"
t_eq "a roll of whole names" \
	"Michelle W. Bowden>Michelle W. Bowden PERSON|Lael Brainerd>Lael Brainerd PERSON|James Bullock>James Bullock PERSON|Richard H. Clarke>Richard H. Clarke PERSON|Esther L. George>Esther L. George PERSON|Randal K. Quinn>Randal K. Quinn PERSON|Eric Rosen>Eric Rosen PERSON|David W. Wilcott>David W. Wilcott PERSON|Robert F. Brothers>Robert F. Brothers PERSON|" \
	"$(rows "$T/roll2" a.txt)"

t_end
