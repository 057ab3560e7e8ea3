# tests/cli/entity_errors5.sh -- entity error classes left on speeches and on sports news (round 47, helper D). MIT licence.
# Each case is a small corpus written here with invented names; the rules are general
# (a listed body's bare alias, a team's slot, a seat, a case name), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. The lists give "General Assembly" and "Security Council" to the United Nations' bodies,
#    and every bare one was theirs: the General Assembly of a state Lincoln addressed in
#    1861 (speeches: 2 addresses), a state's in the Federalist (speeches2) became the row
#    "United Nations General Assembly". The bare alias is the wider body's only where its
#    article names that body or is dated after 1945, or, undated, is of a corpus that
#    names it; else it is a body of its own.
mkdir -p "$T/body" "$T/un"
printf 'ADDRESS AT VARNO\n\nGENTLEMEN OF THE GENERAL ASSEMBLY: I thank you. The assembly of Marrowland met at Varno.\n' >"$T/body/a.txt"
printf 'A church meets\n\nThe elders of Ostrava met. The General Assembly chose a moderator.\n' >"$T/body/b.txt"
printf 'Peace talks\n\nThe United Nations met in New York. The General Assembly voted on the plan.\n' >"$T/un/a.txt"
printf 'More talks\n\nOn Monday the General Assembly voted again.\n' >"$T/un/b.txt"
printf 'ADDRESS AT VARNO\nNovember 20, 1861\n\nGENTLEMEN OF THE GENERAL ASSEMBLY: I thank you.\n' >"$T/un/c.txt"
# bodies DIR: "file canonical" of each mention written General Assembly, one a '|'.
bodies() {
	ments "$1" | awk -F'\t' 'NR > 1 && tolower($7) == "general assembly" { sub(/.*\//, "", $1);
		print $1 " " $6 }' | tr '\n' '|'
}
t_eq "a bare General Assembly in a corpus that names no United Nations" \
	"a.txt GENERAL ASSEMBLY|b.txt General Assembly|" "$(bodies "$T/body")"
t_eq "the United Nations' where named, but not in 1861" \
	"a.txt United Nations General Assembly|b.txt United Nations General Assembly|c.txt GENERAL ASSEMBLY|" \
	"$(bodies "$T/un")"

# 2. Teams in sports reports (issue 15's news; a sports corpus of 24 wire reports written
#    for this round, /tmp/D47_sport): "Liverpool sacked its manager" was the city, "won
#    for Red Bull", "Leclerc of McLaren" missed the team, "the Celtics", "the Nuggets"
#    (a nickname after "the") were missed, "Barcelona have signed", "Liverpool are
#    ninth" were the city, and "Chelsea striker Joao Vella" first in its sentence was
#    dropped at the first word. In a sports report (two words only sport writes, or
#    scores beside a team or a result, one in 300 words), a name after "for" or after
#    "NAME of", a capitalised plural after "the", a city before a plural verb is a team;
#    a city that "sacked" someone is one anywhere; a team's slot after a first word
#    ("striker") makes it one. Outside sport, the city, and no team.
mkdir -p "$T/sport"
printf 'Club news\n\nCardiff sacked its manager on Monday after a run of defeats.\n' >"$T/sport/a.txt"
printf 'Race report\n\nPavel Dorn won for Brindlecar on Sunday from pole, ahead of Tomas Reyk of Vantorra, after 70 laps.\n' >"$T/sport/b.txt"
printf 'Late rally\n\nThe Harriers had led at halftime, but the Voltons rallied in overtime.\n' >"$T/sport/c.txt"
printf 'Table\n\nAfter the striker scored twice, Leeds are ninth.\n' >"$T/sport/d.txt"
printf 'Injury news\n\nChelsea striker Joao Vella will miss the derby.\n' >"$T/sport/e.txt"
printf 'Hill people\n\nThe Voltons live in the hills near Leeds. Leeds are proud of them, and a vote for Cardiff was close.\n' >"$T/sport/f.txt"
t_eq "a team by its slot in a sports report" \
	"Cardiff>Cardiff ORG|Pavel Dorn>Pavel Dorn PERSON|Brindlecar>Brindlecar ORG|Tomas Reyk>Tomas Reyk PERSON|Vantorra>Vantorra ORG|Harriers>Harriers ORG|Voltons>Voltons ORG|Leeds>Leeds ORG|Chelsea>Chelsea ORG|Joao Vella>Joao Vella PERSON|" \
	"$(for f in a b c d e; do rows "$T/sport" $f.txt; done)"
t_eq "no team out of sport" "Leeds>Leeds PLACE|Leeds>Leeds PLACE|Cardiff>Cardiff PLACE|" \
	"$(rows "$T/sport" f.txt)"

# 3. "Member of Parliament for X" was an ORG "Parliament for X", and "a bad Parliament for
#    the United Kingdom" one too (speeches2: John Bright; sotu: "provided by Congress for
#    Utah", "by Congress for California" were bodies "Congress for Utah"). The house ends
#    before "for": after "Member of", any seat is a place; else a listed place.
mkdir -p "$T/seat"
printf 'Election\n\nJohn Varley, Member of Parliament for Brindlow, spoke. A law was provided by Congress for Utah. It was a bad Parliament for the United Kingdom.\n' >"$T/seat/a.txt"
t_eq "a house for a seat or a country" \
	"John Varley>John Varley PERSON|Brindlow>Brindlow PLACE|Congress>Congress ORG|Utah>Utah PLACE|United Kingdom>United Kingdom PLACE|" \
	"$(rows "$T/seat" a.txt)"
printf 'Bodies\n\nThe Commission for Racial Equality met, and the Parliament of Ireland sat.\n' >"$T/seat/b.txt"
t_eq "a body's own for and of" \
	"Commission for Racial Equality>Commission for Racial Equality ORG|Parliament of Ireland>Parliament of Ireland ORG|" \
	"$(rows "$T/seat" b.txt)"

# 4. A nation's figure is no one: "keep Uncle Sam in such a position" was a mention of a
#    "Sam Young" (speeches: T. Roosevelt), "John Bull" and "Brother Jonathan" people
#    (moby). A real uncle, a longer name, stay people.
mkdir -p "$T/figure"
printf 'Navy\n\nWe must keep Uncle Sam strong. Uncle Sam pays. John Bull and Brother Jonathan quarrelled, said Sam Yorvel. Uncle Bob Marren came, and John Bullen spoke.\n' >"$T/figure/a.txt"
t_eq "Uncle Sam and John Bull are no one" \
	"Sam Yorvel>Sam Yorvel PERSON|Bob Marren>Bob Marren PERSON|John Bullen>John Bullen PERSON|" \
	"$(rows "$T/figure" a.txt)"

# 5. A court case named after a party is no mention of that party: "the Dred Scott
#    decision", "a second Dred Scott decision", "the Dred Scott case", "the Dred Scott
#    Supreme Court" made Dred Scott a PERSON row of 22 mentions in 5 speeches that name
#    no man acting (speeches: Lincoln). Only where the article writes the name's last word
#    in no other slot: a person's own decision stays his ("the Ananya Patel decision" of
#    the 10k bench corpus, Patel named again).
mkdir -p "$T/case"
printf 'Speech\n\nThe Harlan Vost decision was wrong. I oppose a second Harlan Vost\ndecision, and the Harlan Vost Supreme Court erred. The Harlan Vost case stands.\n' >"$T/case/a.txt"
printf 'Policy\n\nThe Ananya Marlow decision surprised many. Marlow said she would stay. The New York case closed.\n' >"$T/case/b.txt"
t_eq "a case's party is no mention" "Supreme Court>Supreme Court ORG|" "$(rows "$T/case" a.txt)"
t_eq "a person's own decision" \
	"Ananya Marlow>Ananya Marlow PERSON|Marlow>Ananya Marlow PERSON|New York>New York PLACE|" \
	"$(rows "$T/case" b.txt)"

t_end
