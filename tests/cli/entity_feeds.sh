# tests/cli/entity_feeds.sh -- entity rules of issue 15 for short items of news and web-log feeds from many outlets: programs, sites, products. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general (the
# shape of a word, word classes), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A capital before a word of English ("CNet", "KBase") is a site's or a program's name,
#    never a person's, and a word of a program's shape ("FoRKer", "BuddyScript", "MaXLine")
#    is no part of a person's name: "CNet would write", "MS KBase article" were people
#    (RSS feeds, 2002), "FoRKer Alexander Blakely", "BuddyScript Server", "SiSoft Sandra"
#    people of 14, 4 and 1 mentions (FoRK).
mkdir -p "$T/shape"
printf 'Feed item\n\nNobody believed me, but when ZNet says a browser is slow, Vexonet listens. We read the MS QBase pages. FlaRKer Alexander Trelsky wrote about it, and QuorBoard Server runs it.\n' >"$T/shape/a.txt"
t_eq "a program's shape is no person" \
	"Alexander Trelsky>Alexander Trelsky PERSON|" \
	"$(rows "$T/shape" a.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"
#    A family name's prefix and a typo in capitals are no program's shape.
printf 'Feed item\n\nDorvan McTrelsky and Ilse DeVarnon agreed with Dan GIlmorre.\n' >"$T/shape/b.txt"
t_eq "family names stay people" \
	"Dorvan McTrelsky>Dorvan McTrelsky PERSON|Ilse DeVarnon>Ilse DeVarnon PERSON|Dan GIlmorre>Dan GIlmorre PERSON|" \
	"$(rows "$T/shape" b.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

# 2. A name of two or more words that no list knows, with a word of English and no title
#    or person's verb beside it, is no person: "Movable Type" (5 mentions), "Monkey Switch
#    Ad" (4), "Forget Mars", "Light Touch Imagery", "Instant Outliner" were people in the
#    RSS feed items; "Java Developer", "Macromedia Flash", "Linux Advanced Server" in FoRK,
#    "Tenth Cavalry", "Eastern Shore" in the speeches, "Meantime Pip" in Moby-Dick: about
#    120 rows in six corpora. A given name first, a family name or an initial keeps it.
mkdir -p "$T/common"
printf 'Feed item\n\nIf you are using Quibbly Type or a rival tool, it works. This Ferret Toggle Ad is too funny. Forget Zurkel bars, the treat is new.\n' >"$T/common/a.txt"
t_eq "unknown words and a word of English are no one" "" \
	"$(rows "$T/common" a.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"
printf 'Feed item\n\nDorvan Kettlewick wrote about it, as did Sally Toggle and K. Riding.\n' >"$T/common/b.txt"
t_eq "a given name, an initial, unknown words stay people" \
	"Dorvan Kettlewick>Dorvan Kettlewick PERSON|Sally Toggle>Sally Toggle PERSON|K. Riding>K. Riding PERSON|" \
	"$(rows "$T/common" b.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"
#    Nor in a list of people: "Romelu Lukaku, Yannick Carrasco, and Dries Mertens" (the
#    quote gold's Wikinews articles) lost the third.
printf 'Match report\n\nThey started with Zoran Kelvic, Ivo Brankov, and Dries Wettel up front.\n' >"$T/common/c.txt"
t_eq "a name in a list of people" \
	"Zoran Kelvic>Zoran Kelvic PERSON|Ivo Brankov>Ivo Brankov PERSON|Dries Wettel>Dries Wettel PERSON|" \
	"$(rows "$T/common" c.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

# 3. A given name of the long lists is a word of computing too: where a corpus names a thing
#    by it a tenth of the time (before an acronym in capitals, "Mac OS X"; after "a" and an
#    adjective, "a new Mac"), it is no person alone anywhere in that corpus. "Mac" was the
#    first PERSON row of the RSS feed items (20 mentions in 13 items) and a row of FoRK;
#    "Melissa" (the virus), "Caroline" (a steamboat), "Marine expeditionary unit" went too.
mkdir -p "$T/thing" "$T/thing2"
printf 'Feed item\n\nRael is plagued by instability on Ollie OS X.\n' >"$T/thing/a.txt"
printf 'Feed item\n\nI am thinking about getting a new Ollie. Not any good reason for it.\n' >"$T/thing/b.txt"
printf 'Feed item\n\nDavid Pogue is talking about Ollie in the past. Ollie software shops are moving.\n' >"$T/thing/c.txt"
t_eq "a thing's given name is no person" "c.txt David Pogue|" \
	"$(ments "$T/thing" | awk -F'\t' '$4 == "PERSON" { sub(/.*\//, "", $1); print $1 " " $7 }' | tr '\n' '|')"
#    So after "using" and a maker's "of": "Perl" was then the first PERSON row of the
#    RSS items ("Who is the author of Perl?", "using Perl", "Perl's niftier features").
mkdir -p "$T/thing3"
printf 'Feed item\n\nWho is the author of Ollie? Nobody knows.\n' >"$T/thing3/a.txt"
printf 'Feed item\n\nI parsed it using Ollie, and cleaned it up.\n' >"$T/thing3/b.txt"
printf 'Feed item\n\nI used some of Ollie'"'"'s niftier features.\n' >"$T/thing3/c.txt"
t_eq "a maker's thing is no person" "" \
	"$(ments "$T/thing3" | awk -F'\t' '$4 == "PERSON" { print $7 }' | tr '\n' '|')"
#    The same name with no such use stays a person.
printf 'Feed item\n\nA judge ruled on the pipeline. (Thanks, Ollie!)\n' >"$T/thing2/a.txt"
printf 'Feed item\n\nToday Ollie explains it. It was a rocket test.\n' >"$T/thing2/b.txt"
t_eq "a given name alone stays a person" "a.txt Ollie|b.txt Ollie|" \
	"$(ments "$T/thing2" | awk -F'\t' '$4 == "PERSON" { sub(/.*\//, "", $1); print $1 " " $7 }' | tr '\n' '|')"

# 4. Firms and sites that news of the 1990s and 2000s names were missing from the lists:
#    "Yahoo" was nothing in 10 RSS items and "Yahoo Internet" a person, "America Online"
#    the United States (FoRK, 21 mentions), "Slashdot" nothing in 6 items.
mkdir -p "$T/era"
printf 'Feed item\n\nThe memo went to execs at Yahoo, Napster and America Online, Slashdot reported.\n' >"$T/era/a.txt"
t_eq "firms of the 2000s" \
	"Yahoo>Yahoo ORG|Napster>Napster ORG|America Online>AOL ORG|Slashdot>Slashdot ORG|" \
	"$(rows "$T/era" a.txt)"

# 5. A word of a program's shape after a listed company names its product, which is not
#    annotated, nor the company inside it: "Selling Microsoft VisualStudio" (4 RSS items)
#    and "Microsoft ActiMates Interactive" made a fifth of the company's row; FoRK's
#    "Microsoft NetMeeting", "Honeywell WebPad", "Toshiba Libretto L5" the same. A
#    company's own part stays the company's.
mkdir -p "$T/product"
printf 'Feed item\n\nSelling Microsoft PageWeaver on the open source platform. Microsoft Research agreed, and so did Google DeepMind.\n' >"$T/product/a.txt"
t_eq "a product's name after its maker" \
	"Microsoft Research>Microsoft ORG|Google DeepMind>Google DeepMind ORG|" \
	"$(rows "$T/product" a.txt)"

# 6. A typeface is no person: "Anyone have a copy of Gill Sans I can borrow?" made a
#    person of 2 RSS items ("Sans" is a product's head word now, as "Olympics" an event's).
mkdir -p "$T/font"
printf 'Feed item\n\nAnyone have a copy of Trellis Sans I can borrow? Ollie Sans looks fine too.\n' >"$T/font/a.txt"
t_eq "a typeface" "" "$(rows "$T/font" a.txt)"

# 7. The name after "the publisher of", "an editor of", "the founder of" is the outlet or
#    the firm someone runs: "Ben Silverman, the publisher of Dotcom Scoop" made a person of
#    2 RSS items; "founder of DataPower" was nothing in FoRK, nor "editor of Personal
#    Computer World".
mkdir -p "$T/runner"
printf 'Feed item\n\nQuentin Marrow, the publisher of Gossip Ladle, says the email is real. An editor of the Weekly Quill agreed.\n' >"$T/runner/a.txt"
t_eq "the outlet someone runs" \
	"Quentin Marrow>Quentin Marrow PERSON|Gossip Ladle>Gossip Ladle ORG|Weekly Quill>Weekly Quill ORG|" \
	"$(rows "$T/runner" a.txt)"
#    Not the founders of a country.
printf 'Feed item\n\nThe founders of the Republic met.\n' >"$T/runner/b.txt"
t_eq "no founders' firm" "" "$(rows "$T/runner" b.txt | tr '|' '\n' | grep ' ORG$' | tr '\n' '|')"

# 8. A listed family or given name alone is the listed company its article names that
#    starts with it: "Sun Microsystems ... Sun said" made a person "Sun" of 9 FoRK mails
#    (20 mentions). Not a building's name: "the White House ... White said".
mkdir -p "$T/firstword"
printf 'Feed item\n\nMorgan Stanley cut its forecast. Morgan said the cut was small.\n' >"$T/firstword/a.txt"
t_eq "a company by its first word" \
	"Morgan Stanley>Morgan Stanley ORG|Morgan>Morgan Stanley ORG|" "$(rows "$T/firstword" a.txt)"
printf 'Feed item\n\nThe White House met the press. White said the talks were good.\n' >"$T/firstword/b.txt"
t_eq "not a building's" "" "$(rows "$T/firstword" b.txt | tr '|' '\n' | grep '^White>White House' | tr '\n' '|')"

t_end
