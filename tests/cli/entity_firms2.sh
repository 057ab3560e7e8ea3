# tests/cli/entity_firms2.sh -- entity rules of issue 15 for firms and bodies: a firm's offices, holders and holdings; a rank before a body's title; two bodies joined by "and"; partners joined by "and". MIT licence.
# Each case is a small corpus written here, with invented names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# kinds DIR WORD: the types the mentions written WORD have, sorted and counted.
kinds() {
	ments "$1" | awk -F'\t' -v w="$2" 'NR > 1 && $7 == w { print $4 }' | sort | uniq -c |
		awk '{ printf "%s %s|", $2, $1 }'
}

# 1. In a collection of mails with business news (hardham), "Vivendi" (4 mails, 32
#    mentions) was a person: "Vivendi's stake", "bail out Vivendi", "chairman of Vivendi"
#    are what a firm has, and only possessives before "shareholders", "profits" and the
#    like counted. A firm's officers ("chairman of X", "X's chief executive", "X's CEO"),
#    its holders and holdings ("shares of X", "a stake in X", "X's customers") say a
#    lone unknown word is a firm; each cue is written alone in its own corpus here.
n=0
for cue in "The chairman of Zentavo resigned." "Zentavo's chief executive resigned." \
	"Zentavo's CEO resigned." "Zentavo's chairwoman resigned." "Investors bought shares of Zentavo." \
	"Brokers took a stake in Zentavo." "Zentavo's customers complained." \
	"The chief executive of Zentavo resigned." "Zentavo's executives resigned."; do
	n=$((n + 1))
	mkdir -p "$T/cue$n"
	printf 'Markets\n\nBanks lent money to Zentavo on Tuesday. %s Zentavo said it would cut jobs.\n' \
		"$cue" >"$T/cue$n/a.txt"
	t_eq "a firm's cue makes a firm: $cue" "ORG 3|" "$(kinds "$T/cue$n" Zentavo)"
done

# 2. Guards: a person's campaign has a chairman ("the chairman of Halvorsen's campaign"),
#    and a name with a given name stays a person's whatever follows it.
mkdir -p "$T/camp"
printf 'Race\n\nSenator Dag Halvorsen spoke on Monday. The chairman of Halvorsen'"'"'s campaign resigned. Halvorsen said he would run.\n' \
	>"$T/camp/a.txt"
t_eq "the chairman of a person's campaign leaves the person a person" "PERSON 2|" \
	"$(kinds "$T/camp" Halvorsen)"
mkdir -p "$T/given"
printf 'Profile\n\nInvestors bought shares of Robert Quillan on Monday. Robert Quillan said he was pleased.\n' \
	>"$T/given/a.txt"
t_eq "a given name's bearer is no firm after 'shares of'" "PERSON 2|" \
	"$(kinds "$T/given" "Robert Quillan")"
# 3. Reuters stories (reu400): "Deputy Central Bank Governor Edgardo Zialcita" was one
#    organisation of five words (without "Deputy" the body and the person were right);
#    "the Bank of Japan and Finance Ministry" and "the Bundesbank and Finance Ministry"
#    were one body each. A rank before a body and its title is the title's; a body "of"
#    a place, or a listed one, is whole before "and" when a head ends the words after it.
mkdir -p "$T/rank"
printf 'Rates\n\nDeputy Central Bank Governor Tomas Vellacourt left. Officials of the Bank of Chile and Finance Ministry agreed. The Bundesbank and Finance Ministry gave no sign. The Republic of Trinidad and Tobago voted. The Department of Health and Human Services said so.\n' \
	>"$T/rank/a.txt"
t_eq "a rank before a body's title, and bodies joined by 'and'" \
	"ORG Central Bank|PERSON Tomas Vellacourt|ORG Bank of Chile|ORG Finance Ministry|ORG Bundesbank|ORG Finance Ministry|PLACE Republic of Trinidad and Tobago|ORG Department of Health and Human Services|" \
	"$(ments "$T/rank" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"

# 4. News of Kenya, Nigeria and Gaza: "opposition coalition Azimio la Umoja" and
#    "Dangote Cement shares rose" were people; in hardham's mails "media giant Vivendi"
#    (5 mails, 49 mentions) was. A kind of body after a word that describes it names
#    the body ("militant group", "media giant"); shares that move after a name name a
#    firm; industries are heads of firms' names ("Cement"). Guards: the kind alone after
#    "the" (a clause may follow: "the party Halvorsen leads"), a giant thing ("the
#    powerful giant Kelvar rocket"), and two names' words that may be a person's ("the
#    central bank Amara Tovelli", as the bench's generated text writes).
mkdir -p "$T/kind"
printf 'News\n\nThe opposition coalition Vantari la Umboro rejected the results. The militant group Zorvek claimed the attack. Kelvor Cement shares rose, and Quillstone shares fell. Media giant Brannoch said it would cut jobs.\n' \
	>"$T/kind/a.txt"
t_eq "a kind of body before a name, shares moving after it" \
	"ORG Vantari la Umboro|ORG Zorvek|ORG Kelvor Cement|ORG Quillstone|ORG Brannoch|" \
	"$(ments "$T/kind" | awk -F'\t' 'NR > 1 { print $4 " " $7 }' | tr '\n' '|')"
mkdir -p "$T/kind2"
printf 'Space\n\nSenator Dag Halvorsen spoke. The party Halvorsen leads won. They saw the powerful giant Kelvar rocket rise.\nThe central bank Amara Tovelli met, said Amara Tovelli.\n' \
	>"$T/kind2/a.txt"
t_eq "... not after 'the' alone, a giant thing, or a person's two names" "" \
	"$(ments "$T/kind2" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $7 }' | tr '\n' '|')"

# 5. An acronym that a cue made an organisation joins the body its article defines it as,
#    in brackets on the next line too: "the state grain buying agency EPAC ... held by
#    EPAC\n(Empresa Publica de Abastecimento de Cereais)" was a row "EPAC" apart (2
#    Reuters stories).
mkdir -p "$T/acr"
printf 'Grain\n\nA court ruled that the state grain buying agency EPKC should not bid.\nA monopoly held by EPKC\n(Empresa Publica de Kelvor Cereais) ended. Later the chairman of EPKC spoke.\n' \
	>"$T/acr/a.txt"
t_eq "a cued acronym joins its body, defined on the next line" \
	"EPKC>Empresa Publica de Kelvor Cereais|EPKC>Empresa Publica de Kelvor Cereais|Empresa Publica de Kelvor Cereais>Empresa Publica de Kelvor Cereais|EPKC>Empresa Publica de Kelvor Cereais|" \
	"$(ments "$T/acr" | awk -F'\t' 'NR > 1 { print $7 ">" $6 }' | tr '\n' '|')"

# 6. A speech of 2012 written for this session, and FoRK's mails: "We took the fight to al
#    Qaeda" and "We fought al Qaeda" named no one (a name can start only at a capital);
#    FoRK had a row "Qaeda" of 3 mails. The Arabic article in lower case before a
#    capitalised word may start a listed name.
mkdir -p "$T/al"
printf 'Speech\n\nWe took the fight to al Qaeda and ISIL. We fought al Qaeda. Al Qaeda attacked.\n' \
	>"$T/al/a.txt"
t_eq "a listed name that starts with 'al' in lower case" \
	"al Qaeda>al-Qaeda|ISIL>Islamic State|al Qaeda>al-Qaeda|Al Qaeda>al-Qaeda|" \
	"$(ments "$T/al" | awk -F'\t' 'NR > 1 { print $7 ">" $6 }' | tr '\n' '|')"

# 7. A firm of partners named by their family names (crec's witness list, "Floyd Abrams,
#    Partner, Cahill Gordon and Reindel LLP") was a person "Cahill Gordon" and a firm
#    "Reindel LLP", as were "Sullivan and Cromwell LLP" and "Davis Polk and Wardwell LLP"
#    in prose: a given name among the family names stopped the "and". Not a person's full
#    name before it ("John Smith and Jones LLP"), nor a company's other form ("Rosetta
#    Contributors and Canonical Ltd" are two).
mkdir -p "$T/llp"
printf 'Counsel\n\nShe joined Cahill Gordon and Reindel LLP in 1990, then Sullivan and Cromwell LLP.\nThey met John Smith and Jones LLP partners. Rosetta Contributors and Canonical Ltd wrote it.\n' \
	>"$T/llp/a.txt"
t_eq "partners' family names and a partnership's form are one firm" \
	"Cahill Gordon and Reindel LLP|Sullivan and Cromwell LLP|Jones LLP|Canonical Ltd|" \
	"$(ments "$T/llp" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $7 }' | tr '\n' '|')"

t_end
