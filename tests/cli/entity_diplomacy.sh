# tests/cli/entity_diplomacy.sh -- entity rules of issue 15 for diplomatic history: offices, treaties and acts, bodies. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general
# (offices and head words of history and of the news), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. An office of diplomatic and naval history, or a title in the plural, before a name is
#    the title, peeled: "Commodore Matthew Perry" (6 essays), "Ensign Joseph de
#    Jumonville", "Viceroy Li Hongzhang", "Vice-Premier Deng Xiaoping", "Coordinator
#    Dennis Ross", "Presidents Richard M. Nixon and Gerald Ford" (9 essays) were people
#    named with their title (Milestones of U.S. foreign relations; "Commodore Decatur",
#    "Presidents Washington, Jefferson" in the State of the Union speeches).
mkdir -p "$T/office"
printf 'A note.\n\nPresidents Aldo Venkrin and Tomas Brevik met Commodore Ernst Valdane, Ensign Pavel Kross and Viceroy Oskar Demmler. Vice-Premier Ilse Marten and Coordinator Rudi Haslow came.\n' >"$T/office/a.txt"
t_eq "offices of history and plural titles are peeled" \
	"Aldo Venkrin>Aldo Venkrin PERSON|Tomas Brevik>Tomas Brevik PERSON|Ernst Valdane>Ernst Valdane PERSON|Pavel Kross>Pavel Kross PERSON|Oskar Demmler>Oskar Demmler PERSON|Ilse Marten>Ilse Marten PERSON|Rudi Haslow>Rudi Haslow PERSON|" \
	"$(rows "$T/office" a.txt)"

# 2. A decree, a proviso, a corollary or an affair is a law or an incident, not a person
#    whose name begins it: "the Milan Decree", "the Wilmot Proviso", "the Roosevelt
#    Corollary" (4 essays), "the Trent Affair" were people (Milestones).
mkdir -p "$T/acts"
printf 'Another note.\n\nThe Gordon Corollary, the Klaus Decree, the Boris Affair and the Rupert Proviso were debated.\n' >"$T/acts/a.txt"
t_eq "decrees, provisos, corollaries, affairs are no people" "" "$(rows "$T/acts" a.txt)"


# 3. An office "of" a body written before its holder's name with no comma: the body ends
#    at its head word and the holder is a person. "General Secretary of the Communist
#    Party Zhao Ziyang", "leader of the rival Federalist Party Alexander Hamilton",
#    "chairman of the Tennessee Valley Authority David Lilienthal" were one ORG each
#    (Milestones).
mkdir -p "$T/holder"
printf 'A note.\n\nThe General Secretary of the Velmar Workers Party Thomas Brevik visited. The chairman of the Dorran Valley Authority Alexander Marsh spoke.\n' >"$T/holder/a.txt"
t_eq "a body, then its holder" \
	"Velmar Workers Party>Velmar Workers Party ORG|Thomas Brevik>Thomas Brevik PERSON|Dorran Valley Authority>Dorran Valley Authority ORG|Alexander Marsh>Alexander Marsh PERSON|" \
	"$(rows "$T/holder" a.txt)"
#    Not when the body's name goes on after the given name.
printf 'A note.\n\nThe Velmar Party Alexander Group met.\n' >"$T/holder/b.txt"
t_eq "a given name inside a body's name" "Velmar Party Alexander Group>Velmar Party Alexander Group ORG|" \
	"$(rows "$T/holder" b.txt)"

# 4. A war named by a number of years or days and a possessive is an event, not the
#    organisation a number word opens: "the Seven Years' War" was an ORG "Seven Years"
#    (7 essays, 10 mentions of Milestones); also "the Nine Years' War", "the Seven Days'
#    Battles".
mkdir -p "$T/war"
printf 'A note.\n\nThe Eleven Years\342\200\231 War began in Ostria, and the Nine Years'"'"' War and the Six Days\342\200\231 Battles followed.\n' >"$T/war/a.txt"
t_eq "a number's war is no organisation" "" "$(rows "$T/war" a.txt | tr '|' '\n' | grep -v '^Ostria>' | tr '\n' '|')"
#    A number's firm stays ("Nine Network", "Five Guys").
printf 'A note.\n\nThe Six Brothers\342\200\231 bakery and Nine Network agreed.\n' >"$T/war/b.txt"
t_eq "a number's firm stays" "Six Brothers>Six Brothers ORG|Nine Network>Nine Network ORG|" "$(rows "$T/war" b.txt)"

# 5. A country named with an organisation's head word ("Soviet Union") is a complete name:
#    "on", "of" and "for" after it start no longer body. "the Soviet Union on the Eastern
#    Front", "the Soviet Union on the SALT II agreement", "the Soviet Union on the United
#    States" were organisations (3 essays of Milestones). The rule is about listed
#    countries; the words after them are invented.
mkdir -p "$T/closed"
printf 'A note.\n\nThey talked with the Soviet Union on the Varnen Plateau, and with the Soviet Union of Ilse Marten.\n' >"$T/closed/a.txt"
t_eq "a country's name ends at its head" \
	"Soviet Union>Soviet Union PLACE|Varnen Plateau>Varnen Plateau PLACE|Soviet Union>Soviet Union PLACE|Ilse Marten>Ilse Marten PERSON|" \
	"$(rows "$T/closed" a.txt)"
#    A region named with a place's head keeps its complement.
printf 'A note.\n\nThe Virgin Islands of Saint Thomas and Saint John voted.\n' >"$T/closed/b.txt"
t_eq "islands of a saint" "Virgin Islands of Saint Thomas and Saint John PLACE|" \
	"$(rows "$T/closed" b.txt | sed 's/^[^>]*>//')"

# 6. A state's demonym before a name says where the person is from; it is the state
#    (RULES.md 4), not the first word of the name: "Pennsylvanian Benjamin Franklin",
#    "South Carolinian Thomas Pinckney" (a row of 9 mentions, alias "South") were people
#    (Milestones); "Alaskan" (18 mentions in the State of the Union speeches) and
#    "Kentuckian" (Moby-Dick) were nothing.
mkdir -p "$T/state"
printf 'A note.\n\nVirginian Aldo Venkrin and South Carolinian Ilse Marten met Ohioans and Alaskans.\n' >"$T/state/a.txt"
t_eq "a state's demonym before a name" \
	"Virginian>Virginia PLACE|Aldo Venkrin>Aldo Venkrin PERSON|South Carolinian>South Carolina PLACE|Ilse Marten>Ilse Marten PERSON|Ohioans>Ohio PLACE|Alaskans>Alaska PLACE|" \
	"$(rows "$T/state" a.txt)"

# 7. A faith's adjective in a place's slot ("into Jewish and Arab states", "in Jewish
#    territory") is no place: "Jewish" became a PLACE of 15 mentions in 5 essays
#    (Milestones); likewise "Muslim" and "Catholic" were people in the Factbook and FoRK.
mkdir -p "$T/faith"
printf 'A note.\n\nThe partition of Velmaria into a Jewish and an Arab state was recommended. The plan would divide the mandate into Jewish and Arab states in May. The office recommended limits on Jewish immigration and a division of Velmaria into separate Jewish and Arab provinces.\n' >"$T/faith/a.txt"
printf 'Another note.\n\nThe plan would divide the mandate into Jewish and Arab states in May. The Arab population would remain in Jewish territory. Attacks on Jewish cities and Muslim pilgrims followed.\n' >"$T/faith/b.txt"
t_eq "a faith is no place" "" "$(ments "$T/faith" | awk -F'\t' 'NR > 1 && $7 != "Velmaria"' | tr '\n' '|')"

# 8. Armed movements of the Cold War named with no head word are bodies: "Viet Minh" was a
#    person of 3 essays (Milestones), "Sandinistas" nothing in 6 sentences of the State of
#    the Union speeches, "Khmer Rouge" nothing in Forteana. (A list: the names are real.)
mkdir -p "$T/move"
printf 'A note.\n\nThe Viet Minh, the Viet Cong, the Khmer Rouge, the Pathet Lao and the Sandinistas fought on.\n' >"$T/move/a.txt"
t_eq "armed movements" \
	"Viet Minh>Viet Minh ORG|Viet Cong>Viet Cong ORG|Khmer Rouge>Khmer Rouge ORG|Pathet Lao>Pathet Lao ORG|Sandinistas>Sandinista National Liberation Front ORG|" \
	"$(rows "$T/move" a.txt)"

# 9. A diplomacy named for its manner or its maker is no one: "Wilsonian Diplomacy",
#    "International Diplomacy", "Interwar Diplomacy" in the headings of 3 essays were one
#    person (Milestones); "Ping-Pong Diplomacy" a person. A holder's name after such a
#    head in an office is still a person ("Under Secretary for Public Diplomacy ...").
mkdir -p "$T/dipl"
printf 'A note.\n\nThey tried Table-Tennis Diplomacy and Gunboat Diplomacy. Under Secretary for Public Diplomacy Anna Marsh came.\n' >"$T/dipl/a.txt"
t_eq "a diplomacy is no one" "Anna Marsh>Anna Marsh PERSON|" "$(rows "$T/dipl" a.txt)"

# 10. A capital known by a longer name ("Washington" for "Washington, D.C.") is the family
#     name of a person its article names in full, as a town's word is ("Lewis Hamilton
#     ... Hamilton"): "Major George Washington ... Washington arrived" was the capital,
#     17 mentions in 9 essays of the 18th century (Milestones), a fifth of the row of
#     Washington, D.C. Not where it is gone to or from ("a newcomer to Washington",
#     "power back from Washington" in speeches that also name George Washington).
mkdir -p "$T/cap"
printf 'A note.\n\nThe governor sent Major Thomas Washington with a small force. Washington arrived at the fort. The commander received Washington courteously.\n' >"$T/cap/a.txt"
t_eq "a capital's word as a family name" \
	"Thomas Washington>Thomas Washington PERSON|Washington>Thomas Washington PERSON|Washington>Thomas Washington PERSON|" \
	"$(rows "$T/cap" a.txt)"
printf 'A speech.\n\nWe honour Thomas Washington. Officials went to Washington, and power came back from Washington to the states.\n' >"$T/cap/b.txt"
t_eq "a capital gone to" \
	"Thomas Washington>Thomas Washington PERSON|Washington>Washington, D.C. PLACE|Washington>Washington, D.C. PLACE|" \
	"$(rows "$T/cap" b.txt)"

# 11. Names of the Cold War's history: the fronts of a war are no movement named a Front
#     ("the Eastern Front", an ORG of 3 essays), a trail is a place ("Ho Chi Minh Trail"
#     was a person), "Ho Chi Minh" alone is the president, not the city (a PLACE of 4
#     essays, 9 mentions: the city's time zone is named so), and the CSCE is one body
#     ("Conference on Security and Cooperation" was cut before "in Europe") (Milestones).
mkdir -p "$T/cold"
printf 'A note.\n\nThe army fought on the Eastern Front. Supplies came down the Velmar Trail. Ho Chi Minh spoke. The Conference on Security and Cooperation in Europe met.\n' >"$T/cold/a.txt"
t_eq "fronts, trails, a president, the CSCE" \
	"Velmar Trail>Velmar Trail PLACE|Ho Chi Minh>Ho Chi Minh PERSON|Conference on Security and Cooperation in Europe>Conference on Security and Cooperation in Europe ORG|" \
	"$(rows "$T/cold" a.txt)"

# 12. A treaty, a war or a rebellion named for its maker with a possessive is an event,
#     and the maker's name in it is not counted (RULES.md 1): "Jay's Treaty" (3 of the 16
#     mentions of John Jay), "Pinckney's Treaty", "Pontiac's War" (Milestones), "Moore's
#     Law" a mention of Michael Moore (FoRK). Not when a name of its own follows the
#     possessive ("Thomas Jefferson's Declaration of Independence"), nor in a headline.
mkdir -p "$T/poss"
printf 'A note.\n\nEllis Varn signed. Varn\342\200\231s Treaty was unpopular, and Korver'"'"'s Rebellion followed. Ellis Varn\342\200\231s Declaration of Rights was read.\n' >"$T/poss/a.txt"
t_eq "a maker's treaty" "Ellis Varn>Ellis Varn PERSON|Ellis Varn>Ellis Varn PERSON|" "$(rows "$T/poss" a.txt)"

# 13. Initials written together or spaced are one name: "George H.W. Bush" (13 essays)
#     and "George H. W. Bush" (4 essays) were two rows of one president (Milestones);
#     "David G.W. Birch" and "David Birch" two people in FoRK. Another initial is
#     another person still ("George W. Bush").
mkdir -p "$T/init"
printf 'A note.\n\nPresident Anton K.L. Brevik spoke. Brevik agreed.\n' >"$T/init/a.txt"
printf 'Another note.\n\nPresident Anton K. L. Brevik met Anton L. Brevik.\n' >"$T/init/b.txt"
t_eq "initials with or without a space" "2 1" \
	"$(ments "$T/init" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $5 }' | sort -u | wc -l | tr -d ' ') $(ments "$T/init" | awk -F'\t' 'NR > 1 && $4 == "PERSON" && $7 ~ /K/ { print $5 }' | sort -u | wc -l | tr -d ' ')"

# 14. The estates where conferences met are places, not people: "Bretton Woods" (a PERSON
#     of 3 essays, 11 mentions) and "Dumbarton Oaks" (Milestones; the State of the Union
#     of 1946). (A list: the names are real.)
mkdir -p "$T/site"
printf 'A note.\n\nThe Bretton Woods system ended, and the Dumbarton Oaks talks began.\n' >"$T/site/a.txt"
t_eq "conference sites" "Bretton Woods>Bretton Woods PLACE|Dumbarton Oaks>Dumbarton Oaks PLACE|" "$(rows "$T/site" a.txt)"

t_end
