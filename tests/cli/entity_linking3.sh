# tests/cli/entity_linking3.sh -- entity rules of issue 15 for one entity under several written forms: a family name before a noun of its bearer's, middle initials joined by the company kept, a country's government by its national adjectives, Indians who are not India's, a speech by its name, historical states, a person's name shown, one initial and a family name, a firm named for a place's possessive. MIT licence.
# Each case is a small corpus written here, with invented names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# oak DIR: "file surface>canonical" of the mentions written with "Oakhurst", one a '|'.
oak() {
	ments "$1" | awk -F'\t' 'NR > 1 && $7 ~ /Oakhurst/ { sub(/.*\//, "", $1); print $1 " " $7 ">" $6 }' |
		tr '\n' '|'
}

# 1. In the State Department's "Milestones" essays "President Eisenhower" of five essays
#    stayed a row apart from Dwight D. Eisenhower: "the Eisenhower administration" of four
#    others counted as the word written where it is a thing ("the Philistine said"), so
#    the family name passed for a common word and linked to no one. A known family name
#    before a noun of its bearer's ("administration", "government", "era") is still the
#    person's (the seeds' gold has "the Maduro government" as Maduro).
mkdir -p "$T/attr"
printf 'Policy\n\nPresident Carlo B. Henderson took office in the spring. Henderson named a cabinet.\n' \
	>"$T/attr/f1.txt"
printf 'Veto\n\nPresident Henderson vetoed the bill.\n' >"$T/attr/f2.txt"
for i in 3 4 5; do
	printf 'Trade %d\n\nThe Henderson administration raised tariffs. Critics of the Henderson administration objected.\n' \
		"$i" >"$T/attr/f$i.txt"
done
t_eq "a titled family name joins its full name beside 'the X administration'" \
	"Henderson>Carlo B. Henderson PERSON|" "$(rows "$T/attr" f2.txt)"
t_eq "... and the family name before 'administration' is the person" \
	"Henderson>Carlo B. Henderson PERSON|Henderson>Carlo B. Henderson PERSON|" \
	"$(rows "$T/attr" f3.txt)"
mkdir -p "$T/thing"
printf 'Hymn\n\nThe Vorlanx spoke loudly. The Vorlanx government fell.\n' >"$T/thing/h.txt"
t_eq "... but an unknown word after 'the' is no person" "" \
	"$(rows "$T/thing" h.txt | tr '|' '\n' | grep PERSON)"

# 2. "Richard Nixon" (11 essays) and "Richard M. Nixon" (8), "Harry Truman" and "Harry S.
#    Truman", "Franklin Roosevelt" and "Franklin D. Roosevelt" were two rows each: no
#    essay writes both, and the one without the initial is first written in an earlier
#    year. Where the two names' articles name the same rarely named people, they are one.
filler() {
	for i in $(seq 1 30); do
		printf 'Note %d\n\nThe council met in Bergstadt %d times; Mara Lindqvist%d chaired it.\n' \
			"$i" "$i" "$i" >"$1/n$i.txt"
	done
}
mkdir -p "$T/comp" "$T/nocomp" "$T/gen"
filler "$T/comp"
filler "$T/nocomp"
filler "$T/gen"
printf 'Summit\nMarch 3, 1969\n\nRichard Oakhurst met Lev Dravinsky, Anselm Qorvath and Ilse Brandauer in Vienna.\n' \
	>"$T/comp/a1.txt"
printf 'Talks\nMay 5, 1972\n\nRichard J. Oakhurst met Lev Dravinsky, Anselm Qorvath and Ilse Brandauer in Geneva.\n' \
	>"$T/comp/a2.txt"
t_eq "a name with and without its middle initial in one company is one person" \
	"a1.txt Richard Oakhurst>Richard J. Oakhurst|a2.txt Richard J. Oakhurst>Richard J. Oakhurst|" \
	"$(oak "$T/comp")"
cp "$T/comp/a1.txt" "$T/nocomp/a1.txt"
printf 'Talks\nMay 5, 1972\n\nRichard J. Oakhurst met Pavel Morrow, Tomas Eberle and Nina Caldwell in Geneva.\n' \
	>"$T/nocomp/a2.txt"
t_eq "... two people in different company" \
	"a1.txt Richard Oakhurst>Richard Oakhurst|a2.txt Richard J. Oakhurst>Richard J. Oakhurst|" \
	"$(oak "$T/nocomp")"
# (a father and the son named after him: "George Bush" of 1989, "George W. Bush" of 2003,
# in one company in the State of the Union addresses)
printf 'Summit\nMarch 3, 1989\n\nGeorge Oakhurst met Lev Dravinsky, Anselm Qorvath and Ilse Brandauer in Vienna.\n' \
	>"$T/gen/a1.txt"
printf 'Talks\nMay 5, 2003\n\nGeorge W. Oakhurst met Lev Dravinsky, Anselm Qorvath and Ilse Brandauer in Geneva.\n' \
	>"$T/gen/a2.txt"
t_eq "... and a name first written without initials a generation before is a parent's" \
	"a1.txt George Oakhurst>George Oakhurst|a2.txt George W. Oakhurst>George W. Oakhurst|" \
	"$(oak "$T/gen")"

# 3. The State of the Union addresses' "Federal Government" (108 addresses), "General
#    Government" (51) and "National Government" (35) were three rows beside "Government
#    of the United States" (80): a country's government under a national adjective is
#    its government.
mkdir -p "$T/gov"
printf 'Message 1\n\nThe Federal Government of the United States will pay the debt.\nThe Federal Government acts for the United States.\n' \
	>"$T/gov/a.txt"
printf 'Message 2\n\nThe General Government shall raise revenue for the United States.\n' >"$T/gov/b.txt"
printf 'Message 3\n\nThe Government of the United States protested.\n' >"$T/gov/c.txt"
printf 'Message 4\n\nThe National Government of the United States grew.\n' >"$T/gov/d.txt"
t_eq "a country's federal, general, national government is its government" "1" \
	"$(ments "$T/gov" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $5 }' | sort -u | wc -l | tr -d ' ')"
t_eq "... all five mentions" "5" \
	"$(ments "$T/gov" | awk -F'\t' 'NR > 1 && $4 == "ORG"' | wc -l | tr -d ' ')"

# 4. The State of the Union addresses' India row (31 addresses, 220 mentions) was mostly
#    19th-century "Indian tribes" and "Indians": "West India" (the West Indies' trade)
#    counted as India named some other way, and so did "the mango from India" in an
#    address that also writes "Indian reservations". "West India" is the West Indies; an
#    article that writes "Indian" for the peoples of the Americas ("Indian tribes",
#    "American Indians") has no Indian of India; "Indian territory" is still India's.
mkdir -p "$T/ind"
printf 'Message 1\n\nThe West India trade grew. The Indian tribes ceded their lands, and the Indians moved west.\n' \
	>"$T/ind/a.txt"
printf 'Message 2\n\nWe import the mango from India. The Indians of the plains need schools on Indian reservations.\n' \
	>"$T/ind/b.txt"
printf 'Message 3\n\nPakistan was separated by Indian territory. Indian forces and Pakistani forces clashed near India.\n' \
	>"$T/ind/c.txt"
places() { ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $4 == "PLACE" && $1 ~ ("/" f "$") { print $7 ">" $6 }' | tr '\n' '|'; }
t_eq "'West India' is the West Indies, and Indian tribes are not India's" "West India>West Indies|" \
	"$(places "$T/ind" a.txt)"
t_eq "... nor are the Indians of an article on reservations that names India" "India>India|" \
	"$(places "$T/ind" b.txt)"
t_eq "... while 'Indian territory' of an article on India is India's" \
	"Pakistan>Pakistan|Indian>India|Indian>India|Pakistani>Pakistan|India>India|" "$(places "$T/ind" c.txt)"

#    A dateline's capital names the country too ("NEW DELHI - Indian Prime Minister
#    Narendra Modi's party": "Indian" was no entity in a news test written this session).
printf 'Vote\n\nNEW DELHI - Indian Prime Minister Jaswant Kohli spoke to the Indian team.\n' \
	>"$T/ind/d.txt"
t_eq "... and a dateline's capital names India for 'Indian'" \
	"NEW DELHI>New Delhi|Indian>India|Indian>India|" "$(places "$T/ind" d.txt)"

# 5. "State of the Union Message" made an organisation "Union Message" in six addresses,
#    and "his Farewell Address" a person: a speech or a state paper named so is a work,
#    not an entity (RULES.md 1), and the names inside it are not counted.
mkdir -p "$T/speech"
printf 'Speech\n\nIn my State of the Union Message last January I spoke. His Farewell Address warned us.\n' \
	>"$T/speech/a.txt"
t_eq "a speech by its name is no entity" "" "$(rows "$T/speech" a.txt)"

# 6. "Argentine Confederation" (7 addresses of the 1850s-60s) and "Two Sicilies" (6) were
#    organisations: a historical state is a place (data/sources/country_overrides.tsv,
#    places.tsv), the Confederation the Argentina of later addresses.
mkdir -p "$T/hist"
printf 'Treaty\n\nThe Argentine Confederation and the Kingdom of the Two Sicilies signed. The Two Sicilies agreed.\n' \
	>"$T/hist/a.txt"
t_eq "historical states are places" \
	"Argentine Confederation>Argentina PLACE|Kingdom of the Two Sicilies>Kingdom of the Two Sicilies PLACE|Two Sicilies>Kingdom of the Two Sicilies PLACE|" \
	"$(rows "$T/hist" a.txt)"

# 7. A person first written with a place's word ("Lyon marched", General N. Lyon of
#    Grant's memoirs; "Washington" of a speech on George Washington) was shown by the
#    gazetteer's name of the place ("Lyon", "Washington, D.C."): a person's row shows a
#    name of the person.
mkdir -p "$T/disp"
printf 'Battle\n\nLyon marched at dawn with his men. General N. Lyon fell in the battle. Lyon was brave.\n' \
	>"$T/disp/a.txt"
t_eq "a person's row is named by the person's name, not a place's" "N. Lyon" \
	"$("$DOSSIER" entities --no-state --format=tsv "$T/disp" | awk -F'\t' '$1 == "PERSON" { print $3 }')"

# 8. Lincoln's letters, each signed "A. LINCOLN", made a person "LINCOLN" of 161 letters
#    beside Abraham Lincoln: "A." before a family name was the word "a", and a name of one
#    initial spelled out no written name. One initial and a listed family name are a
#    name, and join the one written name they spell out ("A. Henderson": Amos Henderson),
#    not one of two ("J. Henderson": John and James).
mkdir -p "$T/sig"
printf 'Letter 1\n\nDear Sir: the land is sold.\n\nYours truly,\n\nA. HENDERSON.\n' >"$T/sig/l1.txt"
printf 'Letter 2\n\nThe note was signed by A. Henderson and J. Henderson yesterday.\n' >"$T/sig/l2.txt"
printf 'Life\n\nAmos Henderson was born in Ohio. John Henderson and James Henderson were his sons.\n' \
	>"$T/sig/life.txt"
t_eq "a signature of one initial and a family name is the name it spells out" \
	"A. HENDERSON>Amos Henderson PERSON|" "$(rows "$T/sig" l1.txt)"
t_eq "... and so mid-sentence, but not where two names share the initial" \
	"A. Henderson>Amos Henderson PERSON|J. Henderson>J. Henderson PERSON|" "$(rows "$T/sig" l2.txt)"

# 9. "Hudson's Bay Company" came out as an organisation "Bay Company" in Grant's memoirs
#    and the Milestones essays: a possessive place's name ("Harper's Ferry") before an
#    organisation's head is the firm's whole name.
mkdir -p "$T/hbc"
printf 'Trade\n\nThe Hudson'"'"'s Bay Company traded furs. The company of Hudson'"'"'s Bay grew.\n' >"$T/hbc/a.txt"
t_eq "a firm named for a possessive place keeps its whole name" \
	"Hudson's Bay Company>Hudson's Bay Company ORG|Hudson's Bay>Hudson's Bay PLACE|" "$(rows "$T/hbc" a.txt)"

# 10. British news writes a member by party and title: "Labour MP" was an organisation
#     named so, "Tory MPs" a person "Tory", "Green MP" a person "Green", "Lib Dem MP" a
#     person "Lib Dem". A member's title in capitals (MP, MEP, MSP, MLA, TD) ends the
#     name before it, and a lone word before it is no person; Tory and Lib Dem are the
#     parties' words.
mkdir -p "$T/mp"
printf 'Politics\n\nThe Labour MP said no. Tory MPs voted, and Green MP Carys Penhallow objected. Lib Dem MP Owain Trevelyan agreed. Later Marta Quennell MP spoke.\n' \
	>"$T/mp/a.txt"
t_eq "a party before a member's title is the party, the title no part of a name" \
	"Labour>Labour ORG|Tory>Conservative Party ORG|Carys Penhallow>Carys Penhallow PERSON|Lib Dem>Liberal Democrats ORG|Owain Trevelyan>Owain Trevelyan PERSON|Marta Quennell>Marta Quennell PERSON|" \
	"$(rows "$T/mp" a.txt)"

# 11. American news names a member of Congress with party and state: "Sen. Patrick Leahy
#     (D-Vt.)", "Rep. Bill Emerson, R-Mo." (400 Reuters stories of 1987: 19 such states).
#     "R-Ohio" made Ohio a place; an abbreviated state was none.
mkdir -p "$T/dst"
printf 'Politics\n\nSen. Carla Venn, D-N.Y., and Sen. Hal Dorsey (I-Vt.) met Rep. Bo Frist, R-Calif.\n' \
	>"$T/dst/a.txt"
t_eq "a party's letter and an abbreviated state: the state is a place" \
	"N.Y>New York (state) PLACE|Vt>Vermont PLACE|Calif>California PLACE|" \
	"$(rows "$T/dst" a.txt | tr '|' '\n' | grep PLACE | tr '\n' '|')"

# 12. Today's war news names the Israel Defense Forces by "IDF" and Sudan's Rapid Support
#     Forces by their name: neither was an organisation (data/sources/orgs.tsv; "RSF"
#     is left out: Reporters Without Borders write it too).
mkdir -p "$T/idf"
printf 'War\n\nThe IDF said it struck targets. The Rapid Support Forces fought the army in Khartoum.\n' \
	>"$T/idf/a.txt"
t_eq "the IDF and the Rapid Support Forces are organisations" \
	"IDF>Israel Defense Forces ORG|Rapid Support Forces>Rapid Support Forces ORG|Khartoum>Khartoum PLACE|" \
	"$(rows "$T/idf" a.txt)"

# 13. A middle name written out and the same as an initial are one person: "Franklin
#     Delano Roosevelt" (24 mentions in the State Department's Milestones) and "Franklin
#     D. Roosevelt" (85), "William Henry Seward" and "William H. Seward", "George Herbert
#     Walker Bush" and "George H.W. Bush" were two rows each, whatever company their
#     essays kept. A middle name written out is still no name without one: "John Quincy
#     Adams" is not "John Adams"; nor are other initials ("Edmund C. Harlow").
mkdir -p "$T/spelt"
printf 'One\n\nEdmund Caspar Harlow spoke, and Talia Morwen Voss answered. John Quincy Vannet agreed.\n' >"$T/spelt/a.txt"
printf 'Two\n\nEdmund C. Harlow left. Talia M. Voss stayed. John Vannet and Edmund R. Harlow wrote.\n' >"$T/spelt/b.txt"
t_eq "a middle name written out and as its initial" \
	"Edmund C. Harlow 2 2|Edmund R. Harlow 1 1|John Quincy Vannet 1 1|John Vannet 1 1|Talia M. Voss 2 2|" \
	"$("$DOSSIER" entities --format=tsv --no-state --no-cache "$T/spelt" | awk -F'\t' '$1 == "PERSON" { print $3 " " $4 " " $5 }' | sort | tr '\n' '|')"

t_end
