# tests/cli/entity_clubs.sh -- entity rules of issue 15 for sports clubs named after their city: a club's word before the city, a city read as its club. MIT licence.
# Each case is a small corpus written here. The cities are real (the rule is about a
# club's word before a city's name); the clubs are not all real.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A club's word before a city names the club (issue 15: "Clubs and teams named after
#    cities are typed PLACE"): "Real Madrid", "Inter Milan", "Bayern Munich", "Sporting
#    Lisbon" were a PLACE Madrid, Milan, Munich, Lisbon in a transfer report, and their
#    cities' rows counted every club's match.
mkdir -p "$T/pre"
printf 'Transfer news\n\nThe striker left Dynamo Oslo for Real Cardiff in 2009. Inter Lyon and Sporting Dublin want the winger, and Olympique Vienna made an offer.\n' >"$T/pre/a.txt"
t_eq "a club's word before a city" \
	"Dynamo Oslo>Dynamo Oslo ORG|Real Cardiff>Real Cardiff ORG|Inter Lyon>Inter Lyon ORG|Sporting Dublin>Sporting Dublin ORG|Olympique Vienna>Olympique Vienna ORG|" \
	"$(rows "$T/pre" a.txt)"
# ... and the city alone, in the article of its club, is the club where no locative
# stands before it; "in Cardiff" is the city.
printf 'Real Cardiff win again\n\nReal Cardiff beat Dynamo Oslo 3-1. Cardiff scored twice before the break, and the fans in Cardiff celebrated.\n' >"$T/pre/b.txt"
t_eq "the city alone is its club" \
	"Real Cardiff>Real Cardiff ORG|Real Cardiff>Real Cardiff ORG|Dynamo Oslo>Dynamo Oslo ORG|Cardiff>Real Cardiff ORG|Cardiff>Cardiff PLACE|" \
	"$(rows "$T/pre" b.txt)"
# A word that is no club's, or a club's word before a word that is no place, is as before;
# a club's word in capitals ("AS", "FC") is one only in capitals ("As Paraguay grew" was
# an ORG in the State of the Union addresses).
printf 'Notes\n\nReal Estate Weekly covered the sale in Madrid. The Real Story was told in Lisbon. As Paraguay grew, FC Porto won.\n' >"$T/pre/c.txt"
t_eq "no club without a city after its word" \
	"Madrid>Madrid PLACE|Lisbon>Lisbon PLACE|Paraguay>Paraguay PLACE|FC Porto>FC Porto ORG|" \
	"$(rows "$T/pre" c.txt | sed 's/Real Estate Weekly>Real Estate Weekly ORG|//')"

# 2. Clubs with no city in their name are organisations (data/sources/orgs.tsv): "Paris
#    Saint-Germain" was a PERSON (a given name "Paris"), "Juventus" and "Galatasaray"
#    were missed.
mkdir -p "$T/named"
printf 'Results\n\nParis Saint-Germain lost to Juventus, and Galatasaray beat Benfica.\n' >"$T/named/a.txt"
t_eq "clubs by their names" \
	"Paris Saint-Germain>Paris Saint-Germain ORG|Juventus>Juventus ORG|Galatasaray>Galatasaray ORG|Benfica>Benfica ORG|" \
	"$(rows "$T/named" a.txt)"

t_end
