# tests/cli/entity_errors6.sh -- entity error classes left on a pile of web news (round 57): mail headers run into a line, a place's head after a given name, the last words of firms, leagues, refuges and scales. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. Mail headers run into one line ("From: James Roche Date: Sept 05, 2002 Subj: Re:
#    ..."; a record of a senator's tanker inquiry, wnews): the label "Date" went on the
#    name before it, "James Roche Date" was a person of 102 mentions and every "Date"
#    his. A header's label and its colon end a name.
mkdir -p "$T/mail"
printf 'Documents\n\nFrom: Arlen Voss To: Mira Calder Date: Sept 05, 2002 Subj: Re: Our friend. I agree. From: Mira Calder Sent: Sept 06, 2002 Subject: Re: the lease. Voss said so. Calder agreed.\n' >"$T/mail/a.txt"
t_eq "a header's label is no part of a name" \
	"Arlen Voss>Arlen Voss PERSON|Mira Calder>Mira Calder PERSON|Sept 05, 2002>2002-09-05 DATE|Mira Calder>Mira Calder PERSON|Sept 06, 2002>2002-09-06 DATE|Voss>Arlen Voss PERSON|Calder>Mira Calder PERSON|" \
	"$(rows "$T/mail" a.txt)"

# 2. A place's head that is also a family name, after a given name, in a place's slot:
#    "in Uhuru Park" was a person (Uhuru a given name, Park a family name as in "Iain
#    Lane"). After "in", "near", "outside" it is the place; "Tony Lane said" stays a man.
mkdir -p "$T/park"
printf 'Rally\n\nThousands gathered in Uhuru Park on Sunday. Tony Lane said the rally was peaceful.\n' >"$T/park/a.txt"
t_eq "a park in a place's slot" "Uhuru Park>Uhuru Park PLACE|Tony Lane>Tony Lane PERSON|" \
	"$(rows "$T/park" a.txt)"

# 3. Last words of a firm's or a league's name, a refuge's and a scale's: "Cox
#    Interactive", "Fox Family Worldwide", "Wildlife Refuge" and "the Palermo Scale"
#    were persons (one of the scales an alias of another), "Primera Liga" a person too.
mkdir -p "$T/heads"
printf 'Notes\n\nBarrow Interactive said it grew. Fox Family Worldwide was sold. Drilling in the Arctic National Wildlife Refuge was barred. The Palermo Scale rates asteroids, as the Richter Scale rates quakes. Real Madrid lead the Primera Liga.\n' >"$T/heads/a.txt"
t_eq "firms, refuges, scales and leagues by their last word" \
	"Barrow Interactive>Barrow Interactive ORG|Fox Family Worldwide>Fox Family Worldwide ORG|Arctic National Wildlife Refuge>Arctic National Wildlife Refuge PLACE|Real Madrid>Real Madrid ORG|Primera Liga>Primera Liga ORG|" \
	"$(rows "$T/heads" a.txt)"

# 4. A stage name after an honorific is a person, not a people of "-ite" ("Ms Dynamite"
#    was a place, as "the Hittites" are); minerals and satellites are no people either. A
#    publisher's "Verlag" ends a body's name ("Heise Zeitschriften Verlag" was a place),
#    and a site's "Website" is no one ("Office of the Historian Website").
mkdir -p "$T/ite"
printf 'Charity single\n\nMs Dynamite sang, said Tom Arlow. Uriah the Hittite came. Marta Lind of Brandt Zeitschriften Verlag wrote it up, citing the Office of the Historian Website.\n' >"$T/ite/a.txt"
t_eq "a stage name, a people, a publisher and a site" \
	"Dynamite>Dynamite PERSON|Tom Arlow>Tom Arlow PERSON|Hittite>Hittite PLACE|Marta Lind>Marta Lind PERSON|Brandt Zeitschriften Verlag>Brandt Zeitschriften Verlag ORG|Office of the Historian>Office of the Historian ORG|" \
	"$(rows "$T/ite" a.txt)"

# 5. A Gaelic prefix written apart in a heading: "State of the Union, 1897, William Mc
#    Kinley" (four of the speeches' title lines) was "William Mc": on an untrusted line
#    the word after it needs what a family name after a given name has.
mkdir -p "$T/mc"
printf 'State of the Union, 1897, William Mc Kinley\n\nTo the Senate: the year closed well.\n' >"$T/mc/a.txt"
t_eq "a name with its prefix apart" "William Mc Kinley>William Mc Kinley PERSON|" \
	"$(rows "$T/mc" a.txt)"

t_end
