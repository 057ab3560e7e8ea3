# tests/cli/entity_people2.sh -- entity rules of issue 15 for people's names: given names of more cultures, a title before an unknown given name, a family name the text takes as known. MIT licence.
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

# 3. A speech on George Washington ("Washington," says Guizot ...) that later names his
#    forebears John, Sir Henry and Mary Washington gave John Washington its 32 lone uses
#    (speeches: a row of 4 addresses and 38 mentions, 32 of them George's); a chapter of
#    Grant's memoirs gave R. E. Lee's nine lone uses to the W. H. F. Lee of one list. A
#    family name written alone three times before several full names share it is none of
#    theirs. News writes the full name first: "Dalton Kresge ... Melinda Kresge ...
#    Kresge said" is still Dalton.
mkdir -p "$T/known"
printf 'Harwell\n\nHarwell was a patriot. Harwell led the army, and Harwell never wavered.\nHis forebear John Harwell came from Yorkshire; Sir Henry Harwell fought for the king, and Mary Harwell raised him. Harwell was her son.\n' \
	>"$T/known/a.txt"
printf 'Vote\n\nDalton Kresge won the vote on Monday, and Dalton Kresge thanked the voters. His wife Melinda Kresge stood beside him. Kresge said he was grateful.\n' \
	>"$T/known/b.txt"
t_eq "a family name known before several full names is none of theirs" \
	"Harwell>Harwell|Harwell>Harwell|Harwell>Harwell|Harwell>Harwell|John Harwell>John Harwell|Henry Harwell>Henry Harwell|Mary Harwell>Mary Harwell|Harwell>Harwell|" \
	"$(ments "$T/known" | awk -F'\t' 'NR > 1 && $1 ~ /a.txt$/ && $4 == "PERSON" { print $7 ">" $6 }' | tr '\n' '|')"
t_eq "... and news's full name first keeps the family name" \
	"Dalton Kresge>Dalton Kresge|Dalton Kresge>Dalton Kresge|Melinda Kresge>Melinda Kresge|Kresge>Dalton Kresge|" \
	"$(ments "$T/known" | awk -F'\t' 'NR > 1 && $1 ~ /b.txt$/ && $4 == "PERSON" { print $7 ">" $6 }' | tr '\n' '|')"

# 4. Local American news (a court report written for this session): "Manhattan District
#    Attorney Alvin Bragg" was one place, "Cook County State's Attorney Kim Foxx" a place
#    "Cook County State", "Springfield Public Schools" the town and a person "Schools".
#    A county's or a city's prosecutors are titles; a town's schools are a body.
mkdir -p "$T/local"
printf 'Court\n\nHarwick District Attorney Odell Brannagh spoke. Cook County State'"'"'s Attorney Mira Quist spoke. The Harwick Public Schools board met.\n' \
	>"$T/local/a.txt"
t_eq "a county's prosecutor is a title, a town's schools a body" \
	"Odell Brannagh>Odell Brannagh PERSON|Cook County>Cook County PLACE|Mira Quist>Mira Quist PERSON|Harwick Public Schools>Harwick Public Schools ORG|" \
	"$(rows "$T/local" a.txt)"

t_end
