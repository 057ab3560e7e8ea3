# tests/cli/entity_briefings.sh -- entity rules of issue 15 from round 59 (the White House's press briefings and statements, 2021-2025): given names of many bearers, field names before a title. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A given name alone joins a full name by its article's company only when no other
#    bearer named in full keeps the same company: "Peter" of a hundred press briefings
#    (reporters called on by their given names: Peter Doocy, Peter Alexander ...) was all
#    "Peter Baker", named in full in two briefings beside "Peter". Another Peter named in
#    full in two briefings is a rival, and the lone "Peter" of the others is nobody's.
mkdir -p "$T/brief"
C='on Ukraine, Kharkiv, NATO, the Pentagon and the Congress, and of Senator Moira Tallis'
for i in 1 2; do
	printf 'Press Briefing %s\n\nMS. PELLAND: Go ahead, Peter Baxter. Q Thanks. Peter asked %s. MS. PELLAND: Karina Pelland answered.\n' "$i" "$C" >"$T/brief/baxter$i.txt"
	printf 'Press Briefing %s\n\nMS. PELLAND: Peter Dunmore, go ahead. Q A question %s. MS. PELLAND: Karina Pelland answered.\n' "$i" "$C" >"$T/brief/dunmore$i.txt"
done
for i in 1 2 3; do
	printf 'Press Briefing %s\n\nMS. PELLAND: Go ahead, Peter. Q A question %s. MS. PELLAND: Karina Pelland answered.\n' "$i" "$C" >"$T/brief/lone$i.txt"
done
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do
	printf 'Report %s\n\nOtto Brannvik%s met Ilse Kortner%s in Oslo. Greta Lindqvist%s agreed.\n' \
		"$i" "$i" "$i" "$i" >"$T/brief/filler$i.txt"
done
t_eq "a given name of two bearers in one company is neither's" \
	"lone1.txt Peter|lone2.txt Peter|lone3.txt Peter|" \
	"$(given "$T/brief" Peter | tr '|' '\n' | grep lone | tr '\n' '|')"
rm "$T/brief"/dunmore*
t_eq "a given name of one bearer in full joins it by its company" \
	"lone1.txt Peter Baxter|lone2.txt Peter Baxter|lone3.txt Peter Baxter|" \
	"$(given "$T/brief" Peter | tr '|' '\n' | grep lone | tr '\n' '|')"

#    A bearer named in full in one article only is no rival: a heroine's married name
#    ("Lydia Wickham" once beside "Lydia Bennet"), a maiden name ("Maria Ward").
mkdir -p "$T/novel"
printf 'Chapter 1\n\nJane Fairfax came from London. Jane smiled at Emma Woodhouse and Harriet Smith in Kingston.\n' >"$T/novel/a1.txt"
printf 'Chapter 2\n\nJane Fairfax wrote from Kingston. Jane thanked Miss Bates, Emma Woodhouse and Harriet Smith in London.\n' >"$T/novel/a2.txt"
printf 'Chapter 3\n\nThen Jane walked with Emma Woodhouse and Harriet Smith from London to Kingston.\n' >"$T/novel/a3.txt"
printf 'Chapter 4\n\nJane Dixon, as she was to be, sat with Emma Woodhouse and Harriet Smith in London.\n' >"$T/novel/a4.txt"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do
	printf 'Report %s\n\nOtto Brannvik%s met Ilse Kortner%s in Oslo. Greta Lindqvist%s agreed.\n' \
		"$i" "$i" "$i" "$i" >"$T/novel/filler$i.txt"
done
t_eq "a bearer of one article is no rival" "a3.txt Jane Fairfax|" \
	"$(given "$T/novel" Jane | tr '|' '\n' | grep a3 | tr '\n' '|')"

# 2. A field's name before a headline ("title: "FACT SHEET: President Biden Issues
#    Executive Order to ..."" of a Markdown file's front matter) leaves the headline a
#    line of its own: "Biden Issues Executive Order" was a person (9 mentions).
mkdir -p "$T/field"
printf 'Note\n\ntitle: "FACT SHEET: President Vantor Issues Executive Order to Protect People in East Palestine, Ohio and Nearby Communities, and Continue to Hold Norfolk Southern Accountable"\n\nPresident Vantor directs the agency to act. Vantor said so.\n' >"$T/field/a.txt"
t_eq "a field's name, then a headline" \
	"Vantor>Vantor PERSON|Vantor>Vantor PERSON|Vantor>Vantor PERSON|" \
	"$(rows "$T/field" a.txt | tr "|" "\n" | grep PERSON | tr "\n" "|")"
# 3. One article's cue of a firm ("Putin's revenues", a possessive before a firm's noun)
#    does not make a family name an organisation in the articles that give it none, when
#    the corpus names the person far more often: "Putin" was an ORG in 67 briefings
#    beside 555 mentions of Vladimir Putin. The cued article keeps its reading.
mkdir -p "$T/firm"
printf 'Gaggle\n\nWe want to drive down Vantorov\u2019s revenues from oil. Vantorov will not win.\n' >"$T/firm/a.txt"
printf 'Remarks\n\nPresident Oleg Vantorov spoke today. Oleg Vantorov said nothing. Later Oleg Vantorov left. Oleg Vantorov flew home, and Oleg Vantorov slept.\n' >"$T/firm/b.txt"
printf 'Call\n\nThey talked about what Vantorov wants in the region.\n' >"$T/firm/c.txt"
t_eq "a firm's cue in one article, a person's name in the others" "Vantorov>Oleg Vantorov PERSON|" \
	"$(rows "$T/firm" c.txt)"
# 4. Offices and programmes are nobody: "Chief Counselor", "Political and Economic
#    Counselor", "Professor Emeritus" made persons "Counselor" and "Emeritus"; one
#    "Medicare announced" made Medicare a person of 58 briefings (a programme, as
#    Obamacare is: not annotated), and "the maximum Pell Grant" one too. The agency that
#    runs it is a body.
mkdir -p "$T/office"
printf 'Nominees\n\nKate Hemming serves as Chief Counselor in the Office of the Attorney General. Earlier, Hanks was Political and Economic Counselor at the Embassy in Portugal. Arnold Ramsey is Professor Emeritus in the Humanities at Stanford University.\n' >"$T/office/a.txt"
printf 'Briefing\n\nThis morning, Medicare announced the first ten drugs. We protect Social Security and Medicare, and the maximum Pell Grant grows. The Centers for Medicare and Medicaid Services will act.\n' >"$T/office/b.txt"
t_eq "offices and programmes are nobody" \
	"Kate Hemming>Kate Hemming PERSON|Office of the Attorney General>Office of the Attorney General ORG|Hanks>Hanks PERSON|Embassy in Portugal>Embassy in Portugal ORG|Arnold Ramsey>Arnold Ramsey PERSON|Stanford University>Stanford University ORG|Centers for Medicare and Medicaid Services>Centers for Medicare and Medicaid Services ORG|" \
	"$(rows "$T/office" "[ab].txt" | tr '|' '\n' | grep -v PLACE | tr '\n' '|')"
# 5. A room of a building is a place: "the Roosevelt Room" was a person, "the Brady
#    Press Briefing Room" a body.
mkdir -p "$T/room"
printf 'Briefing\n\nThey met in the Roosevelt Room and the State Dining Room, then spoke in the Brady Press Briefing Room.\n' >"$T/room/a.txt"
t_eq "a room is a place" \
	"Roosevelt Room>Roosevelt Room PLACE|State Dining Room>State Dining Room PLACE|Brady Press Briefing Room>Brady Press Briefing Room PLACE|" \
	"$(rows "$T/room" a.txt)"
# 6. A transcript's speaker "SENIOR ADMINISTRATION OFFICIAL:" (60 briefings) was a body
#    "Senior Administration"; the dateline "Aboard Air Force One" (37 gaggles) a body
#    "Aboard Air Force": "Aboard" is a preposition, and the plane a vehicle, not
#    annotated (as a product is). A body's head after other words stays a body.
mkdir -p "$T/gaggle"
printf 'Press Gaggle\n\nAboard Air Force One\nEn Route Kankakee, Illinois\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks. A Senior Administration Official agreed with the Social Security Administration and the Air Force.\n' >"$T/gaggle/a.txt"
t_eq "a speaker's rank and a plane are no bodies" \
	"Illinois>Illinois PLACE|Social Security Administration>Social Security Administration ORG|Air Force>Air Force ORG|" \
	"$(rows "$T/gaggle" a.txt)"
# 7. A Markdown label wrapped at a fixed width: a person's name and office in a link's
#    text or bold words, cut by the line end before the family name ("[**Westinghouse
#    CEO Dan\nSumner**](https://...)", "[Rep. Jim\nBaird](https://...)"). Its line looks
#    like a headline, and the given names alone were 11 of the top 28 persons of a
#    corpus of press round-ups ("Dan", "Scott", "Jim", "Mike" ...).
mkdir -p "$T/label"
printf 'What They Are Saying\n\nThe bill passed.\n\n[**Harrowgate Coalition Executive Director Dan\nCombley**](https://example.org/a)**:** "A good bill."\n\n[**Westinghouse CEO Dan\nSumbury**](https://example.org/c)**:** "Jobs."\n\n[Rep. Jim\nBairnsdale](https://example.org/b): "Pass it."\n' >"$T/label/a.md"
t_eq "a name in a Markdown label, wrapped" \
	"Dan Combley>Dan Combley PERSON|Dan Sumbury>Dan Sumbury PERSON|Jim Bairnsdale>Jim Bairnsdale PERSON|" \
	"$(rows "$T/label" a.md | tr '|' '\n' | grep PERSON | tr '\n' '|')"
# 8. A moderator's "Let's go to Josh Wingrove of Bloomberg" made a place of a reporter
#    (14 briefings): "Josh", "Zeke", "Jen" and "Deb" are given names.
mkdir -p "$T/go"
printf 'Briefing\n\nMODERATOR:  Let us go to Josh Wendover of Bloomberg. Then to Zeke Millard of the AP.\n' >"$T/go/a.txt"
t_eq "a reporter called on is a person" "Josh Wendover>Josh Wendover PERSON|Zeke Millard>Zeke Millard PERSON|" \
	"$(rows "$T/go" a.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"
# 9. A transcript's speaker label in capitals, written before every answer: "MR. ZIENTS:"
#    257 times in 19 briefings that never name Jeff Zients in full was a person of its
#    own, the label's count outweighing his 22 mentions in full (a lone name joins a
#    full name of other articles only when not much more frequent). Such labels count
#    three times an article at most.
mkdir -p "$T/label2"
for i in 1 2 3; do
	{ printf 'Press Briefing %s\n\n' "$i"
	  for j in 1 2 3 4 5 6 7 8 9 10; do printf 'Q Question %s?\n\nMR. ZANTIS:  Answer %s.\n\n' "$j" "$j"; done
	} >"$T/label2/b$i.txt"
done
printf 'Remarks\n\nJeff Zantis, the coordinator, spoke today. Later Jeff Zantis left.\n' >"$T/label2/full.txt"
t_eq "a speaker's label in capitals joins the full name" "Jeff Zantis" \
	"$(ments "$T/label2" | awk -F'\t' '$1 ~ /b1.txt$/ && $7 == "ZANTIS" { print $6 }' | sort -u)"
# 10. A headline's word right before the head that ends its line's name: "James S. Brady
#     Press Briefing Room" (the dateline of 111 briefings) was a body "James S. Brady
#     Press"; "Taiwan Semiconductor Manufacturing Company" was "Taiwan Semiconductor".
#     Not a headline's verb ("White House Announces Conference on Hunger") nor a listed
#     name's first word ("Administration Awards Rhode Island $156M").
mkdir -p "$T/dateline"
printf 'Notes\n\nJames S. Brady Press Briefing Room\n\nThey met in the Roosevelt Room.\n' >"$T/dateline/a.txt"
printf 'Round-up\n\nTrump Administration Awards Rhode Island $156M for Health Care\n\nIt was announced.\n' >"$T/dateline/b.txt"
t_eq "a headline's word before its head" \
	"James S. Brady Press Briefing Room>James S. Brady Press Briefing Room PLACE|Roosevelt Room>Roosevelt Room PLACE|Rhode Island>Rhode Island PLACE|" \
	"$(rows "$T/dateline" "[ab].txt" | tr '|' '\n' | grep PLACE | tr '\n' '|')"
# 11. A family name after an office, in an article that names another of the family in
#     full: "President Biden" of a briefing that names Hunter Biden was Hunter (138
#     mentions of 21 briefings), as the corpus writes Joe Biden after the office and
#     Hunter never. Not where both are of one given name ("President Dwight Eisenhower"
#     beside "Dwight D. Eisenhower": one man).
mkdir -p "$T/kin"
for i in 1 2 3; do
	printf 'Remarks %s\n\nPresident Joel Baydon spoke today. President Baydon thanked the workers.\n' "$i" >"$T/kin/joel$i.txt"
done
printf 'Briefing\n\nQ Did President Baydon speak with Hunter Baydon? MS. PELLAND: Hunter Baydon is a private citizen. President Baydon loves his son.\n' >"$T/kin/brief.txt"
t_eq "an office's family name is the office holder's" "Joel Baydon|Joel Baydon|" \
	"$(ments "$T/kin" | awk -F'\t' '$1 ~ /brief.txt$/ && $7 == "Baydon" { print $6 }' | tr '\n' '|')"
# 12. Drug makers of the round-ups: "Bristol Myers Squibb" was the city of Bristol and a
#     person "Myers Squibb" (6 round-ups); AbbVie nothing.
mkdir -p "$T/pharma"
printf 'Pharma\n\nBristol Myers Squibb and AbbVie said sales rose, as did Regeneron Pharmaceuticals.\n' >"$T/pharma/a.txt"
t_eq "drug makers" \
	"Bristol Myers Squibb>Bristol-Myers Squibb ORG|AbbVie>AbbVie ORG|Regeneron Pharmaceuticals>Regeneron ORG|" \
	"$(rows "$T/pharma" a.txt)"
t_end
