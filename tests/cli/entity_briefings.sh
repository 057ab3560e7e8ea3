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
t_end
