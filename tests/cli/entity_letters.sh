# tests/cli/entity_letters.sh -- entity rules of issue 15 for newsletters in mail: HTML markup, footers, mastheads. MIT licence.
# Each case is a small corpus written here; the rules are general (the shape of HTML mail,
# word classes), not these names. The errors came from the hard ham of the SpamAssassin
# corpus (250 commercial newsletters of 2002: CNET, ZDNet, Lockergnome, The Register).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A tag's attributes are no text: a font list (face="Lucida Grande, Geneva, Arial")
#    gave the place Geneva (10 newsletters, 83 mentions), "Times New Roman" the Roman
#    Empire, alt texts people; image addresses (src="...b.gif") were the top links.
mkdir -p "$T/tag"
printf '<html><body>\n<font face="Verdana, Geneva, Arial" size=2><img src="http://www.vekmo.com/b.gif" alt="Trella Daily"></font>\n<p style="font-family: '"'"'Times New Roman'"'"'">Daniel Morvane wrote from Denver. Read <a\nhref="http://www.vekmo.com/news/">the news</a>.</p>\n</body></html>\n' >"$T/tag/a.txt"
t_eq "no names nor images in tags; a link's address stays" \
	"Daniel Morvane>Daniel Morvane PERSON|Denver>Denver PLACE|http://www.vekmo.com/news/>http://www.vekmo.com/news/ URL|" \
	"$(rows "$T/tag" a.txt)"
#    Quoted-printable mail writes '=' as "=3D"; a style sheet and a comment are no text.
printf '<html><head><style type=3D"text/css">\n.Head { font-family: Geneva, Arial; color: #FFCC00 }\n</style></head>\n<body><!-- Trella Daily Header -->\n<FONT=20 face=3D"Times New Roman">&nbsp;</FONT>\n<font face=3D"Arial, Geneva" size=3D"2">Daniel Morvane wrote from Denver.</font>\n</body></html>\n' >"$T/tag/b.txt"
t_eq "quoted-printable tags, a style sheet, a comment" \
	"Daniel Morvane>Daniel Morvane PERSON|Denver>Denver PLACE|" \
	"$(rows "$T/tag" b.txt)"
#    A caption in an image's alt text is text, a logo's few words are not.
printf '<html><body>\n<img src="http://www.vekmo.com/logo.gif" alt="Trella Daily">\n<img src="http://www.vekmo.com/p/1.jpg" alt="Daniel Morvane speaks in Denver, September 28, 2002." width=300>\n<p>Some news.</p>\n</body></html>\n' >"$T/tag/d.txt"
t_eq "a caption, not a logo" \
	"Daniel Morvane>Daniel Morvane PERSON|Denver>Denver PLACE|September 28, 2002>2002-09-28 DATE|" \
	"$(rows "$T/tag" d.txt)"
#    Plain text with angle brackets is still text.
printf 'Some news.\n\nDaniel Morvane said a <b and c> test is fine in Denver.\n' >"$T/tag/c.txt"
t_eq "not a tag without its '>'" \
	"Daniel Morvane>Daniel Morvane PERSON|Denver>Denver PLACE|" \
	"$(rows "$T/tag" c.txt)"
#    Nor a wire's company in angle brackets that starts like a tag ("<B and R International
#    Inc.>" of a Reuters story: words and no attribute).
printf 'Some news.\n\nHelm Corp acquired <B and Q Trellis Holdings Inc.> for five mln dlrs.\n' >"$T/tag/e.txt"
t_eq "a company in angle brackets" "1" "$(rows "$T/tag" e.txt | tr '|' '\n' | grep -c 'Trellis Holdings Inc')"
# 2. An HTML character reference is no word: "&nbsp;" before a link at a line's start was
#    read as a lower-case word, so the link's label seemed capitalised mid-sentence: the
#    menus of 30 Lockergnome mails gave people "Feedback" ("General Feedback", 25 mails),
#    "Web Weekly", "Book Collector", "Create Web" (over 150 mentions).
mkdir -p "$T/ref"
printf 'Some news.\n\n<p>\n&nbsp;<a href="http://www.vekmo.com/">Download Trellis Ebooks</a><br>\n&nbsp;<a href="http://weekly.vekmo.com/">Latest Web Weekly</a><br>\n&nbsp;<a href="mailto:x@vekmo.com">General Feedback</a><br>\n</p>\n' >"$T/ref/a.txt"
t_eq "a menu after &nbsp; is no one" "" "$(rows "$T/ref" a.txt | tr '|' '\n' | grep -v ' URL$' | tr '\n' '|')"
#    A blank written "&nbsp;" or "&#160;" still joins a name (shown as written).
printf 'Some news.\n\nThe talk of Daniel&nbsp;Morvane and Trella&#160;Kosk was good.\n' >"$T/ref/b.txt"
t_eq "names across a coded blank" \
	"Daniel&nbsp;Morvane>Daniel&nbsp;Morvane PERSON|Trella&#160;Kosk>Trella&#160;Kosk PERSON|" \
	"$(rows "$T/ref" b.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

# 3. Quoted-printable mail breaks long lines with '=' at the line's end; glued to a word,
#    the word goes on in the next line: its piece is no name ("Report S=\nubscription
#    Problems" gave a person "Report S" in 8 Dilbert mails; "<b>Mo=\nnitors</b>" one "Mo").
mkdir -p "$T/qp"
printf 'Some news.\n\n<a href=3D"mailto:help@vekmo.com">Report S=\nubscription Problems</a> | <b>Mo=\nnitors</b>\nDaniel Morvane said so in Denver =\nyesterday.\n' >"$T/qp/a.txt"
t_eq "no piece of a word cut by a soft break" \
	"Daniel Morvane>Daniel Morvane PERSON|Denver>Denver PLACE|" \
	"$(rows "$T/qp" a.txt)"

# 4. A name followed by a model's code or a version names a product, which no one is:
#    shop and download lists of the newsletters gave people "Harman Kardon" (AVR520, 10
#    mails), "Nomad Jukebox" (6GB), "Flexible Renamer" (v5), "Guinness Draught" (500ml).
mkdir -p "$T/code"
printf 'Deals\n\nTrellis Vantor\tAVR520 costs less.\nGet Flexible Morvane v5 now.\nDaniel Morvane said so, and Helen Quorvath 3rd was there at 5pm.\n' >"$T/code/a.txt"
t_eq "a product's name before its code" \
	"Daniel Morvane>Daniel Morvane PERSON|Helen Quorvath>Helen Quorvath PERSON|" \
	"$(rows "$T/code" a.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

# 5. A mailing list's or a newsletter's display name holds no person: "To: Reg Subscribers
#    <update@...>" (10 mails of The Register), "From: Daily Dilbert <...>" (9 mails). A
#    list's owner stays: "Michael Moore's Mailing List".
mkdir -p "$T/list"
printf 'From: Daily Trellis <strip@vekmo.com>\nTo: Ruth Subscribers <update@vekmo.com>\nSubject: Your strip\n\nHello.\n' >"$T/list/a.txt"
printf 'From: "Daniel Morvane'"'"'s Mailing List" <list@vekmo.com>\nTo: Helen Quorvath <hq@vekmo.com>\nSubject: News\n\nHello.\n' >"$T/list/b.txt"
#    (a newsletter's own name is an outlet: "Daily Trellis" is an ORG since Daily and
#    Weekly may start a name, as the Daily Telegraph's does)
t_eq "no person in a list's name" "" "$(rows "$T/list" a.txt | tr '|' '\n' | grep PERSON)"
t_eq "a list's owner, a recipient" \
	"Daniel Morvane>Daniel Morvane PERSON|Helen Quorvath>Helen Quorvath PERSON|" \
	"$(rows "$T/list" b.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

# 6. Newsletters and magazines are outlets by their head word: "Web Weekly", "Investor
#    Dispatch", "Shopper Newsletter", "Strange Magazine" were people or nothing (the hard
#    ham's newsletters, 100 mentions; Forteana).
mkdir -p "$T/heads"
printf 'Some news.\n\nSubscribe to Trella Weekly, the Vekmo Newsletter and Kosk Digest. Morvane Dispatch and Dasse Magazine wrote.\n' >"$T/heads/a.txt"
t_eq "an outlet's head word" \
	"Trella Weekly>Trella Weekly ORG|Vekmo Newsletter>Vekmo Newsletter ORG|Kosk Digest>Kosk Digest ORG|Morvane Dispatch>Morvane Dispatch ORG|Dasse Magazine>Dasse Magazine ORG|" \
	"$(rows "$T/heads" a.txt)"

# 7. A word of a linked host names a site, a product or a company, not a place: "Thinking
#    in Java" and "written in Java" made a place of Java in 17 newsletters that link to
#    java.sun.com (only the word before the top-level domain counted).
mkdir -p "$T/host"
for n in 1 2 3 4; do printf 'Code news %s.\n\nThe tool is written in Trellang. Read more at http://trellang.vekmo.com/news/ now.\n' $n >"$T/host/$n.txt"; done
t_eq "a host's word is no place" "" "$(ments "$T/host" | awk -F'\t' 'NR > 1 && $7 == "Trellang" { print $4 }' | sort -u)"

# 8. A greeting is no part of the name after it: "Hi Justin, enjoy your daily comic" was a
#    person "Hi Justin" in 10 Dilbert mails.
mkdir -p "$T/hi"
printf '<html><body><table><tr><td><font size="1">Hi Daniel, enjoy your daily comic.</font></td></tr></table>\n<p>Hey Daniel Morvane, read this.</p></body></html>\n' >"$T/hi/a.txt"
t_eq "a greeting before a name" "Daniel>Daniel Morvane PERSON|Daniel Morvane>Daniel Morvane PERSON|" "$(rows "$T/hi" a.txt)"

# 9. A listed company's one word that ends a longer unknown name is that name's: the
#    masthead "Lockergnome Penguin Shell" gave the oil company Shell (31 mails) and a
#    person "Lockergnome Penguin". Not after a given name, nor an acronym.
mkdir -p "$T/last"
printf 'Some news.\n\nRead the Vekmo Trella Shell today. Helen Quorvath joined Shell in May, and Daniel Morvane UN staff agreed.\n' >"$T/last/a.txt"
t_eq "a company's word ends a longer name" \
	"Vekmo Trella Shell>Vekmo Trella Shell ORG|Helen Quorvath>Helen Quorvath PERSON|Shell>Shell ORG|Daniel Morvane>Daniel Morvane PERSON|UN>United Nations ORG|" \
	"$(rows "$T/last" a.txt | tr '|' '\n' | grep -v DATE | tr '\n' '|')"
#    In a menu's or a headline's lines too ("Latest Penguin Shell" in 30 mails), but not
#    after a headline's verb ("Kosk Goes Shell").
printf 'Some news.\n\n&nbsp;<a href="http://x.vekmo.com/">Latest Trella Daily</a><br>\n&nbsp;<a href="http://y.vekmo.com/">Latest Vekmo Shell</a><br>\n\nKosk Goes Shell\n\nThe deal was done.\n' >"$T/last/b.txt"
t_eq "a company's word ends a menu's name" "Vekmo Shell>Vekmo Shell ORG|Shell>Shell ORG|" \
	"$(rows "$T/last" b.txt | tr '|' '\n' | grep -v URL | tr '\n' '|')"

# 10. An attachment's encoded lines and Japanese in ISO-2022-JP are no words: a base64
#     picture gave 83 mentions of "AP" in one newsletter, a uuencoded file 231 hashtags and
#     handles ("#X", "@8S") and people "I4", "P M" in another; JIS text money "$9" and a
#     handle "@_DjJ" in a third.
mkdir -p "$T/enc"
{ printf 'Some news.\n\nDaniel Morvane sent a file.\n\n'
  i=0; while [ $i -lt 4 ]; do
    printf '/9j/4AAQSkZJRgABAQEASABIAAD//gAXQ3JlYXRlZCB3aXRoIFRoZSBHSU1Q/9sAQwAIBgYHBgUI\n'
    printf '////////////////////////////////////////////////////////////AP//////////////\n'
    printf 'M,30P9F5C/ET*("!;/&,P,34R9F$V/ET@6SQC,#$Q-C8V,#Y=(%%L\\8S Q,#AD\n'
    printf 'M#X #8S@6SQC I4 P M B P #Q@6SQC,#$Q-C8V,#Y=(%%L\\8S Q,#AD(%%L\\8S\n'
    i=$((i + 1)); done
  printf '\033$B$$$D$b$*@$OC$K$J$C$F$*$j$^$9!#@_DjJ}K!\033(B\nHelen Quorvath\n'; } >"$T/enc/a.txt"
t_eq "no words in encoded lines" "Daniel Morvane>Daniel Morvane PERSON|Helen Quorvath>Helen Quorvath PERSON|" \
	"$(rows "$T/enc" a.txt)"

# 11. A name that ends in a word of the products' list, with no given name in it, is a
#     product's: "Internet Explorer" was a person of 12 newsletters (and "Internet" his
#     alias), "Excel" of 8. A person with a given name stays ("Peter Falcon").
mkdir -p "$T/prod"
for n in 1 2 3; do printf 'Tips %s\n\nOpen Trellis Explorer and then Excel. In Word or Excel, Peter Falcon said, it works. Internet Explorer and Excel crashed.\n' $n >"$T/prod/$n.txt"; done
t_eq "a product's name is no one" "Peter Falcon>Peter Falcon PERSON|" \
	"$(rows "$T/prod" 1.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"
#     Systems and chips of the computer trade too: "Mandrake Linux", "Tru64 Unix", "Mobile
#     Athlon", "Dell Inspiron" were people of the newsletters and FoRK.
printf 'Tips\n\nInstall Trellis Linux or Vekmo Unix on the Kosk Athlon, said Peter Falcon.\n' >"$T/prod/4.txt"
t_eq "systems and chips are no one" "Peter Falcon>Peter Falcon PERSON|" \
	"$(rows "$T/prod" 4.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"
#     And office programs: "Microsoft Word" (11 mentions of Microsoft), "Microsoft
#     Passport", "Netscape Messenger" (a person of FoRK).
printf 'Tips\n\nBoth Microsoft Word and Trellis Passport crashed, Peter Falcon said.\n' >"$T/prod/5.txt"
t_eq "office programs are no one" "Peter Falcon>Peter Falcon PERSON|" "$(rows "$T/prod" 5.txt)"
#     Even with an organisation's head word in it: "Microsoft Office" was an ORG (31).
printf 'Tips\n\nBuy Microsoft Office Suite and Microsoft Office today, Peter Falcon said.\n' >"$T/prod/6.txt"
t_eq "a product with a head word" "Peter Falcon>Peter Falcon PERSON|" "$(rows "$T/prod" 6.txt)"

# 12. A lone word that names a site the corpus links to is no person: "Gnomedex", a
#     conference at www.gnomedex.com, was a person of 16 newsletters ("Miss Gnomedex contest"
#     in one made it one); "Gartner" (gartner.com)
#     of 4; FoRK's "Endeavors" (endeavors.com) of several mails.
mkdir -p "$T/site"
printf 'News\n\nCould it compare to last year'"'"'s Miss Trellidex contest? I think not.\n' >"$T/site/1.txt"
for n in 2 3 4; do printf 'News %s\n\nRegister for Trellidex today at http://www.trellidex.com/ now. Come to Trellidex.\n' $n >"$T/site/$n.txt"; done
t_eq "a site's name is no one" "" "$(rows "$T/site" 2.txt | tr '|' '\n' | grep PERSON)"

# 13. An acronym glued to a model's number is the model's: "Pioneer HTS-910DV" and "Onkyo
#     HTS-L5" were the armed group HTS in 11 newsletters. Two digits are no model ("EU-27").
mkdir -p "$T/model"
#     (A listed acronym: only those are read inside a word with a hyphen.)
printf 'Some news.\n\nBuy the EU-910DV or the EU-L5 now. The EU said so, and the EU-27 agreed.\n' >"$T/model/a.txt"
t_eq "an acronym's model" "EU>European Union ORG|EU>European Union ORG|" "$(rows "$T/model" a.txt)"

# 14. A word of capitals and small letters mixed ("ZDNet", "CuteFTP", "MusicMatch") names a
#     site, a firm or a product: no place after "in" ("in ZDNet's Career Center", 17
#     mentions of a place), no first word of a person ("ZDNet Shopper", "CuteFTP Pro",
#     "MaXLine Plus" were people of the newsletters and FoRK), no person by a link to one.
mkdir -p "$T/camel"
for n in 1 2 3 4; do printf 'News %s\n\nFind a job today in TRellNet'"'"'s Career Center. The TRellNet Shopper and VekMatch Jukebox Plus are new, Peter Falcon said.\n' $n >"$T/camel/$n.txt"; done
t_eq "mixed capitals" "Peter Falcon>Peter Falcon PERSON|" "$(rows "$T/camel" 1.txt | tr '|' '\n' | grep -v ORG | tr '\n' '|')"

# 15. A name glued to another by '&' is a piece of one: "AT&T Broadband" gave a person
#     "T Broadband" (5 newsletters), "AT&T Corp" an ORG "T Corp", FoRK "T Bell Laboratories".
mkdir -p "$T/amp"
printf 'Some news.\n\nThe sale of VK&T Broadband closed, said Daniel Morvane. Trella&Kosk Wireless grew in Denver.\n' >"$T/amp/a.txt"
t_eq "a piece after an ampersand" "Daniel Morvane>Daniel Morvane PERSON|Denver>Denver PLACE|" "$(rows "$T/amp" a.txt)"

t_end
