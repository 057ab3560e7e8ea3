# tests/cli/entity_errors4.sh -- entity error classes left on speeches and letters of two centuries and on news (round 47). MIT licence.
# Each case is a small corpus written here with invented names; the rules are general
# (a letter's date line, an era, a heading, a homonym's slot), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# dates DIR: "file date" of each article of `dossier list`, one a '|'.
dates() {
	"$DOSSIER" list --format=tsv --no-state "$1" 2>"$T/err" |
		awk -F'\t' 'NR > 1 { sub(/.*\//, "", $1); print $1 " " $2 }' | sort | tr '\n' '|'
}

# 1. A date before 1900 was never an article's date, so letters and speeches of 1776-1899
#    were dated by their files' mtimes and no rule of an era applied to them (speeches:
#    the 233 papers of Lincoln, 1858-1865, each with its date under the title or in its
#    letter's date line). Their own date is taken where nothing else can be meant: a line
#    of its own near the top, a letter's "PLACE, date" line.
mkdir -p "$T/old"
printf 'ADDRESS AT VARNO\nNovember 20, 1861\n\nFELLOW-CITIZENS: I thank you.\n' >"$T/old/a.txt"
printf 'TO J. K. MARLOW.\n\nSPRINGVALE, Aug. 2, 1858.\n\nDEAR SIR: Yours received.\n' >"$T/old/b.txt"
printf 'TO A. DORN.\nEXECUTIVE MANSION, Nov.20, 1862\n\nSIR: I write.\n' >"$T/old/c.txt"
#    Not a year the prose of a news story recalls, nor a date deep in a letter.
printf 'Old flags\n\nOn July 4, 1776, the flag was new, the museum said on Friday.\n' >"$T/old/d.txt"
printf 'Old flags\n\nThe museum said on Friday that the flag was sewn in\nJuly 4, 1776 by hand.\n' >"$T/old/e.txt"
#    Nor a letter or an order that a chapter's prose quotes (Grant's memoirs: chapters of
#    1885 took the dates of 1861 and 1863 of what they quote).
printf 'CHAPTER XII.\n\nGoing home for a day or two soon after this talk with General Dorlan, I wrote\nthe following letter to the Adjutant-General of the Army:\n\nGALVENA, ILLINOIS, May 24, 1861.\n\nSIR: I offer my services.\n' >"$T/old/f.txt"
printf 'CHAPTER XXXII.\n\nI returned to the Bend on the 18th or 19th, and on the 20th issued the\nfollowing final order:\n\nApril 20, 1863.\n\nThe troops will move.\n' >"$T/old/g.txt"
touch -d "2024-05-06 12:00:00" "$T/old/d.txt" "$T/old/e.txt" "$T/old/f.txt" "$T/old/g.txt"
t_eq "an old article's own date" \
	"a.txt 1861-11-20|b.txt 1858-08-02|c.txt 1862-11-20|d.txt 2024-05-06|e.txt 2024-05-06|f.txt 2024-05-06|g.txt 2024-05-06|" \
	"$(dates "$T/old")"

# 2. A lone family name is cut into eras by its articles' dates (rs_lone_eras()). With old
#    dates taken (case 1), a name that a speech of 1885 recalls ("Napoleon", "Jefferson",
#    "Franklin" beside a speech of 1860) made a row per era, and the undated articles went
#    with the first era: the 58 "President Wilson" of undated speeches of 1915 joined the
#    "Mayor Wilson" of 1861 and left the dated 1915 one (speeches; sotu: "Jefferson" of
#    1988 and 2018, "Lewis" of 1806 and 1903). A later era is another man's only where it
#    writes the name after a title of office; the era with the most mentions keeps the
#    undated ones.
mkdir -p "$T/era"
printf 'ADDRESS AT VARNO\nMarch 3, 1861\n\nI thank Mayor Kelbrook and the citizens of Varno. Mr. Kelbrook spoke well.\n' >"$T/era/a.txt"
printf 'THE NAVY\nApril 5, 1915\n\nThe following address was delivered by President Kelbrook at the dinner. Kelbrook spoke of ships.\n' >"$T/era/b.txt"
printf 'Preparedness\n\nPresident Kelbrook has kept the navy weak. The policy of President Kelbrook must change.\n' >"$T/era/c.txt"
printf 'SPEECH AT ORLAN\nMay 1, 1860\n\nThe armies of General Dravane were strong. Dravane won the day.\n' >"$T/era/d.txt"
printf 'THE ARMY\nJune 2, 1886\n\nThe soldiers of Dravane marched to the sea, as Dravane had wished.\n' >"$T/era/e.txt"
touch -d "2024-05-06 12:00:00" "$T/era"/*.txt
# ids DIR WORD: "file id" of each mention written WORD, the ids renumbered in order met.
ids() {
	ments "$1" | awk -F'\t' -v w="$2" 'NR > 1 && $7 == w { sub(/.*\//, "", $1);
		if (!($5 in n)) n[$5] = ++k; print $1 " " n[$5] }' | sort -u | tr '\n' '|'
}
t_eq "an office holder of a later era apart; the undated with the most" \
	"a.txt 1|b.txt 2|c.txt 2|" "$(ids "$T/era" Kelbrook)"
t_eq "a later era that writes no office recalls the earlier man" \
	"d.txt 1|e.txt 1|" "$(ids "$T/era" Dravane)"

# 3. A family name after a title of office ("Governor Quillan", "Secretary Quillan") joined
#    no full name that no title stood before, and a papers' corpus writes its men in full
#    mostly where they sign with their office after the name ("By the President: WILLIAM
#    H. SEWARD, Secretary of State."): "Seward" 21 mentions in 6 speeches, "Cameron",
#    "Lincoln" 18 stayed rows apart from the full names (speeches, 16 proclamations; Grant's
#    memoirs: "General Lee", "General Butler"). Such a full name holds the office as one
#    after a title does. Not with two such full names, and not a mere list after the comma.
mkdir -p "$T/sign"
printf 'PROCLAMATION\n\nDone at the city.\n\nBy the President:\nJOHN K. QUILLAN, Secretary of State.\n' >"$T/sign/a.txt"
printf 'SPEECH\n\nI refer to the words of Governor Quillan. Judge Dorlan has been annoyed by Secretary Quillan.\n' >"$T/sign/b.txt"
t_eq "a titled family name joins the full name signed with its office" \
	"b.txt John K. Quillan|b.txt John K. Quillan|" "$(given "$T/sign" Quillan)"
mkdir -p "$T/sign2"
cp "$T/sign/a.txt" "$T/sign/b.txt" "$T/sign2/"
printf 'ORDER\n\nBy command:\nPETER QUILLAN, Secretary of War.\n' >"$T/sign2/c.txt"
t_eq "not one of two such full names" "b.txt Quillan|b.txt Quillan|" "$(given "$T/sign2" Quillan)"
printf 'A LIST\n\nWe honour ANNA T. MERLOW, General Dorlan and the rest. Governor Merlow came.\n' >"$T/sign/d.txt"
printf 'A NOTE\n\nThe words of Governor Merlow were read.\n' >"$T/sign/e.txt"
t_eq "not a list after the comma" "e.txt Merlow|" "$(given "$T/sign" Merlow | tr '|' '\n' | grep '^e' | tr '\n' '|')"

# 4. A paper's kind heading its line in capitals ("TELEGRAM TO GENERAL McCLELLAN.",
#    "MEMORANDUM FOR THE SECRETARY OF WAR.") names the paper: "TELEGRAM" was the
#    messaging service Telegram, an ORG of 3 of Lincoln's papers (speeches; Grant's and
#    the State Department's papers head theirs so). Not a headline's verb after it.
mkdir -p "$T/paper"
printf 'TELEGRAM TO GENERAL J. K. QUILLAN.\nMay 2, 1862\n\nWASHINGTON, May 2, 1862\n\nYour despatch is received.\n' >"$T/paper/a.txt"
printf 'TELEGRAM TO FLAG-OFFICER DORLAN.\n\nMove at once.\n' >"$T/paper/b.txt"
t_eq "a paper's kind is no entity" "" \
	"$(ments "$T/paper" | awk -F'\t' 'NR > 1 && $6 == "Telegram" && $1 !~ /c[.]txt$/' | tr '\n' '|')"
printf 'TELEGRAM TO LAUNCH PAID TIER\n\nTelegram will charge users.\n' >"$T/paper/c.txt"
t_eq "a headline's service stays" "TELEGRAM>Telegram ORG|Telegram>Telegram ORG|" "$(rows "$T/paper" c.txt)"

# 5. A listed firm whose name is a place's too (Amazon: the company, the river and its
#    forest) was the firm everywhere: "up the Amazon.", "the Amazon and its tributaries",
#    "the rivers Amazon and La Plata" were 8 ORG mentions in 6 messages (sotu; FoRK: "in
#    the Amazon where"). The place takes "the" and nothing after it but a function word,
#    a stop or a noun of geography, or a noun of geography before it; the firm stays bare
#    or an adjective ("the Amazon deal"). (An invented firm cannot be listed: the lists'
#    one such homonym is the case.)
mkdir -p "$T/homo"
printf 'River trade\n\nThe navy sent a vessel up the Amazon. The Emperor opened the Amazon and its tributaries. Fires burn in the Amazon basin. They named the river Amazon.\n' >"$T/homo/a.txt"
printf 'Retail news\n\nAmazon said sales rose. He works at Amazon now. The Amazon deal closed, and the Amazon founder spoke.\n' >"$T/homo/b.txt"
t_eq "the river after the" "PLACE|PLACE|PLACE|PLACE|" \
	"$(ments "$T/homo" | awk -F'\t' '$1 ~ /a[.]txt$/ && $7 == "Amazon" { print $4 }' | tr '\n' '|')"
t_eq "the firm bare or before a noun" "ORG|ORG|ORG|ORG|" \
	"$(ments "$T/homo" | awk -F'\t' '$1 ~ /b[.]txt$/ && $7 == "Amazon" { print $4 }' | tr '\n' '|')"

# 6. A city beside a result verb was its club only with a score in the sentence: "lost to
#    Barcelona in the Cup final" was the city (issue 15's news from many outlets), and a
#    club or a racing team in a team's slot was missed or the city, the person: "Chelsea
#    striker", "McLaren team-mate", "signed for Cardiff", "the match against Liverpool".
#    A word of sport in the result's sentence, or such a slot, makes the team; a result
#    verb elsewhere ("the party lost to Labour", "the bid lost to Oslo") does not.
mkdir -p "$T/club"
printf 'Cup report\n\nDynamo Oslo lost to Cardiff in the Cup final on Sunday. On Monday Chelsea striker Joao Vella missed a penalty, and Vasko team-mate Leon Orbe was third. Vella signed for Cardiff in May. In the match against Liverpool he scored.\n' >"$T/club/a.txt"
t_eq "a team by a word of sport or its slot" \
	"Dynamo Oslo>Dynamo Oslo ORG|Cardiff>Cardiff ORG|Chelsea>Chelsea ORG|Joao Vella>Joao Vella PERSON|Vasko>Vasko ORG|Leon Orbe>Leon Orbe PERSON|Vella>Joao Vella PERSON|Cardiff>Cardiff ORG|Liverpool>Liverpool ORG|" \
	"$(rows "$T/club" a.txt)"
printf 'Politics\n\nThe party lost to Labour. The bid lost to Oslo, and the delegates met in Cardiff. Chelsea Vance spoke.\n' >"$T/club/b.txt"
t_eq "no team out of sport" \
	"Labour>Labour ORG|Oslo>Oslo PLACE|Cardiff>Cardiff PLACE|Chelsea Vance>Chelsea Vance PERSON|" \
	"$(rows "$T/club" b.txt)"

t_end
