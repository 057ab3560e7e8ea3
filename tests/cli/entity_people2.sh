# tests/cli/entity_people2.sh -- entity rules of issue 15 for people's names that hold a town's name: given names of more cultures, a title before an unknown given name. MIT licence.
# Each case is a small corpus written here, with invented names where the rule is not a list's.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. In a news test of central banking, "the BOJ governor Kazuo Ueda" and "Kazuo Ueda
#    said" were a person "Kazuo" and the town of Ueda (Nagano): the given-name list had
#    twenty Japanese names. It has a hundred and twenty now (first_names.txt).
mkdir -p "$T/jp"
printf 'Rates\n\nThe governor Kazuo Ueda signalled patience. Kazuo Ueda said more. Haruhiko Nagano agreed.\n' \
	>"$T/jp/a.txt"
t_eq "a Japanese given name before a town's name is a person's" \
	"Kazuo Ueda>Kazuo Ueda PERSON|Kazuo Ueda>Kazuo Ueda PERSON|Haruhiko Nagano>Haruhiko Nagano PERSON|" \
	"$(rows "$T/jp" a.txt)"

# 2. After a title, one unknown word and a town's name are a given and a family name:
#    "General Wade Hampton" of Grant's memoirs was a person "Wade" and the town of
#    Hampton (5 chapters). Not a state's or a country's name ("Governor Texas"), and a
#    known given name still goes first ("Mayor Tom Bradley of Los Angeles").
mkdir -p "$T/title"
printf 'Rates\n\nGovernor Tavrik Ueda spoke on Monday. Minister Oskenbai Toledo agreed. Mayor Tom Bradley of Los Angeles spoke. General Washington crossed.\n' \
	>"$T/title/a.txt"
t_eq "a title, an unknown word and a town's name make a person" \
	"Tavrik Ueda>Tavrik Ueda PERSON|Oskenbai Toledo>Oskenbai Toledo PERSON|Tom Bradley>Tom Bradley PERSON|Los Angeles>Los Angeles PLACE|Washington>Washington PERSON|" \
	"$(rows "$T/title" a.txt)"

t_end
