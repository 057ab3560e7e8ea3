# tests/cli/entity_speech.sh -- entity rules of issue 15 for political speeches and briefing transcripts. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general (titles,
# head words, how a transcript names people), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. "Agent" is a title before a name ("ICE Agent Derek Dunn", "Chief Patrol Agent Raul
#    Ortiz", "Agent Ortiz"): it was kept in the person's name, so the full name and the
#    bare surname became different people (presidential speeches: 5 agents in 2 speeches,
#    18 mentions; State of the Union 2020 alike).
mkdir -p "$T/agent"
printf 'A speech\n\nHere with us today is ICE Agent Dalmer Quisk. Later Agent Quisk spoke with Special Agent Tova Renhart and Chief Patrol Agent Ulm Brescott.\n' >"$T/agent/a.txt"
t_eq "Agent is peeled off the name" \
	"ICE>Immigration and Customs Enforcement ORG|Dalmer Quisk>Dalmer Quisk PERSON|Quisk>Dalmer Quisk PERSON|Tova Renhart>Tova Renhart PERSON|Ulm Brescott>Ulm Brescott PERSON|" \
	"$(rows "$T/agent" a.txt)"

# 2. "Garden" is the head of a place's name as "Gardens" is: "the Rose Garden" was a person
#    because "Rose" is a given name (speeches and briefings: 4 articles; "Madison Square
#    Garden", "Covent Garden" alike).
mkdir -p "$T/garden"
printf 'A speech\n\nWe gather in the Daisy Garden today. Tickets for Harmon Square Garden sold out.\n' >"$T/garden/a.txt"
t_eq "a Garden is a place" \
	"Daisy Garden>Daisy Garden PLACE|Harmon Square Garden>Harmon Square Garden PLACE|" \
	"$(rows "$T/garden" a.txt)"

# 3. A given name alone, untitled, is not the family name of a namesake of another article
#    even where the corpus writes no full name that it begins: a briefing's "Anthony" (Dr.
#    Anthony Fauci, called "Tony" and "Dr. Fauci" there) became Susan B. Anthony, named once
#    in a speech's list of heroes (7 mentions of 1 briefing; row 44 of the corpus list).
mkdir -p "$T/given"
printf 'A speech\n\nWe honour Clara Wendt. Orla P. Timothy. Booker Vane.\n' >"$T/given/a.txt"
printf 'A briefing\n\nI have some clips from Timothy. I think Timothy would be the first to say so.\n' >"$T/given/b.txt"
t_eq "a given name is no namesake's family name" \
	"Timothy>Timothy PERSON|Timothy>Timothy PERSON|" \
	"$(rows "$T/given" b.txt)"
#    A family name the lists know stays linked ("Lincoln" of "Abraham Lincoln").
printf 'A speech\n\nI have some clips from Wendt. I think Wendt would agree.\n' >"$T/given/c.txt"
t_eq "a family name still links" \
	"Wendt>Clara Wendt PERSON|Wendt>Clara Wendt PERSON|" \
	"$(rows "$T/given" c.txt)"

# 4. A given or family name alone is the company its article names with it and a firm's
#    head ("Abbott Labs", "Abbott Laboratories": "if you look at Abbott, what they've come
#    up with"), as with a legal form ("Chrysler Corp ... Chrysler"); it was a person, joined
#    to a governor of that family name in another briefing (8 of the 9 mentions of the
#    corpus row "Abbott" were the company's).
mkdir -p "$T/firm"
printf 'A briefing\n\nToday, Gregory Labs announced a test. If you look at Gregory, what they did is great. We work with Gregory Laboratories.\n' >"$T/firm/a.txt"
printf 'A speech\n\nThanks to Governor Gregory of Texas.\n' >"$T/firm/b.txt"
t_eq "a name alone is its article's company" \
	"Gregory Labs>Gregory Labs ORG|Gregory>Gregory Labs ORG|Gregory Laboratories>Gregory Laboratories ORG|" \
	"$(rows "$T/firm" a.txt)"
#    Not a person named with a title, nor a company named so in another article only.
printf 'A briefing\n\nIf you look at Gregory, what he did is great. Dr. Gregory agreed.\n' >"$T/firm/c.txt"
t_eq "no company of another article" \
	"Gregory>Gregory PERSON|Gregory>Gregory PERSON|" \
	"$(rows "$T/firm" c.txt | sed 's/>[^ |]* [^ |]* PERSON/>Gregory PERSON/g')"

# 5. An epithet before a given name mid-sentence is no part of the name: "by Crazy Nancy",
#    "Crying Chuck Schumer", "Honest Abe Lincoln" were people of their own (speeches: 4
#    rows, 10 mentions); and so a rank's or an office's word no list knows ("Sergeant
#    First Class Cory Remsburg", "Representatives Walter Capps": State of the Union).
mkdir -p "$T/epithet"
printf 'A speech\n\nI was criticized by Crazy Nancy Velmont and Crying Chuck Orrin. Thank you, Representatives Walter Quibb.\n' >"$T/epithet/a.txt"
t_eq "an epithet is peeled off the name" \
	"Nancy Velmont>Nancy Velmont PERSON|Chuck Orrin>Chuck Orrin PERSON|Walter Quibb>Walter Quibb PERSON|" \
	"$(rows "$T/epithet" a.txt)"
#    Not the first word of a longer name of the lists ("Saint John").
printf 'A text\n\nThe port of Saint Thomas is big.\n' >"$T/epithet/b.txt"
t_eq "Saint stays" "Saint Thomas" \
	"$(rows "$T/epithet" b.txt | sed 's/>.*//')"

# 6. A speaker's label, a title and a family name ("ACTING UNDER SECRETARY BRYAN:"), is the
#    full name its transcript writes ("Bill Bryan") even where the given name is a common
#    word the text also writes in lower case ("the bill also includes"): the lone "Bill"
#    made the label's key a "common word" and the label was dropped (17 labels of one
#    briefing).
mkdir -p "$T/label"
printf 'THE PRESIDENT: Thanks. The bill also includes money. I would be pleased to call Bill forward. Bill Quorrel leads the office.\nUNDER SECRETARY QUORREL: Thank you, Mr. President.\nTHE PRESIDENT: Thank you, Bill.\n' >"$T/label/a.txt"
t_eq "a label after a given name that is a common word" \
	"Bill>Bill Quorrel PERSON|Bill Quorrel>Bill Quorrel PERSON|QUORREL>Bill Quorrel PERSON|Bill>Bill Quorrel PERSON|" \
	"$(rows "$T/label" a.txt)"

# 7. A team named once in passing by its city and a plural ("George Brett of the Kansas
#    City Royals", "Bobby Richardson for the New York Yankees") does not make a club of
#    every mention of its city in a speech: "Kansas City. And what a special place" and
#    "back to New York", "Our New York senator" became the teams (2 speeches, 7 mentions).
#    A match report names its team again ("the Celtics"), and stays as it was.
mkdir -p "$T/team"
printf 'A speech\n\nToledo. What a special place. I met Dale Ruck of the Toledo Owls today.\n' >"$T/team/a.txt"
t_eq "a team named once leaves its city alone" \
	"Toledo>Toledo PLACE|Dale Ruck>Dale Ruck PERSON|Toledo Owls>Toledo Owls ORG|" \
	"$(rows "$T/team" a.txt)"
printf 'Owls win\n\nThe Toledo Owls beat the Marsh Town Herons. Toledo led from the start.\n' >"$T/team/b.txt"
t_eq "a match report's city is its team" "Toledo>Toledo Owls ORG" \
	"$(rows "$T/team" b.txt | tr '|' '\n' | grep '^Toledo>')"

# 8. Speeches name members of Congress with their states: "Kelly Armstrong, North
#    Dakota", "Debbie Lesko, Arizona", "Bradley Byrne, Alabama" were towns before their
#    states (3 in one speech). A name of a person's shape is no town: a known given name
#    and a word that is neither common nor a place's, or an unknown word and a known
#    family name; "Sierra Vista, Arizona" and "Bowling Green, Kentucky" stay towns.
mkdir -p "$T/member"
printf 'A speech\n\nSo I will start: Kelly Tranmoor, North Dakota. Kelly, thank you. Bradwin Byrne, Alabama. Debbie Quellan, Arizona. Great job.\n' >"$T/member/a.txt"
t_eq "a member and the state" \
	"Kelly Tranmoor>Kelly Tranmoor PERSON|North Dakota>North Dakota PLACE|Kelly>Kelly Tranmoor PERSON|Bradwin Byrne>Bradwin Byrne PERSON|Alabama>Alabama PLACE|Debbie Quellan>Debbie Quellan PERSON|Arizona>Arizona PLACE|" \
	"$(rows "$T/member" a.txt)"
printf 'A story\n\nShe moved to Sierra Vista, Arizona, and then to Bowling Green, Kentucky.\n' >"$T/member/b.txt"
t_eq "towns stay towns" \
	"Sierra Vista>Sierra Vista PLACE|Arizona>Arizona PLACE|Bowling Green>Bowling Green PLACE|Kentucky>Kentucky PLACE|" \
	"$(rows "$T/member" b.txt)"

#    A capital that is also a given name (Stanley, of the Falkland Islands) is a given name
#    before a family name: "Any thoughts on Stanley Chera" was the place (1 briefing, 5).
printf 'A briefing\n\nQ: Any thoughts on Stanley Quellan, sir?\n' >"$T/member/c.txt"
t_eq "a capital's name as a given name" "Stanley Quellan>Stanley Quellan PERSON|" \
	"$(rows "$T/member" c.txt)"

# 9. A military operation's name is an event's (RULES.md 1): "Operation Desert Storm" was a
#    place by its "Desert" (State of the Union 1991, 1992; trump 1), and names inside it
#    counted.
mkdir -p "$T/op"
printf 'A speech\n\nThe heroes of Operation Quorlan Desert and of Operation Paris Bridge came home.\n' >"$T/op/a.txt"
t_eq "an operation is no place" "" "$(rows "$T/op" a.txt)"

t_end
