# tests/cli/entity_clubs.sh -- entity rules of issue 15 for sports news: clubs named after their city, a driver's family name that is a town's. MIT licence.
# Each case is a small corpus written here. The cities are real (the rules are about a
# club's word before a city's name, a person named as a town is); the clubs and the
# people are not all real.
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

# 3. A town's name beside a reporting verb, in an article that does not write the full
#    name, is the one person of the corpus with that family name (issue 15: "a racing
#    driver's surname that is also a city becomes the city": "Hamilton said" was the
#    town; FoRK's "Burbank says", of John Burbank in the mail before, was the city), and
#    so is the word in the rest of that article; "in Hamilton" is still the town.
mkdir -p "$T/town"
printf 'Race report\n\nDaniel Hamilton won in Monza, ahead of Leon Vasko.\n' >"$T/town/a.txt"
printf 'Practice\n\nHamilton said the tyres were fine. The car of Vasko crashed, and Hamilton was quickest.\n' >"$T/town/b.txt"
printf 'Travel\n\nThe team stayed in Hamilton on Monday.\n' >"$T/town/c.txt"
t_eq "a town's name that speaks is the person" \
	"Hamilton>Daniel Hamilton PERSON|Vasko>Leon Vasko PERSON|Hamilton>Daniel Hamilton PERSON|" \
	"$(rows "$T/town" b.txt)"
t_eq "a town gone to is the town" "Hamilton>Hamilton PLACE|" "$(rows "$T/town" c.txt)"

# ... but not when the corpus writes the town far more often than the full name (eight
#    times or more): "Moscow said" is its government (RULES.md 5), and a "Bel Moscow"
#    of two articles of the 10k bench corpus took 2,500 of its "Moscow".
mkdir -p "$T/often"
printf 'Talks\n\nArne Oslo said hello to the delegates.\n' >"$T/often/a.txt"
for i in 1 2 3 4 5 6 7 8 9; do
	printf 'Talks %s\n\nOslo said the talks would go on. The delegates met in Oslo.\n' "$i" >"$T/often/b$i.txt"
done
t_eq "a town far more often a town stays one" "Oslo>Oslo PLACE|Oslo>Oslo PLACE|" \
	"$(rows "$T/often" b1.txt)"

t_end
