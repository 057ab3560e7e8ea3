# tests/screen/navbugs.sh -- navigation and triage bugs of issue 17 that a status line or
# the state file shows, whatever the layout: each script runs in script mode and the test
# reads its last status line, or the state through the commands. MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
touch -d "2026-01-15 12:00:00" "$T/seeds"/*
cd "$T" || exit 1

# run NAME [CONFIG]: the keys on stdin as script NAME.keys, state in $T/NAME/state.db;
# every ":save-display X" leaves X in $T.
run() {
	mkdir -p "$T/$1"
	cat >"$1.keys"
	DOSSIER_STATE="$T/$1/state.db" COLUMNS=120 LINES=30 "$DOSSIER" --config "${2:-/dev/null}" \
		--script "$1.keys" ${CORPUS:-seeds} >"$1.out" 2>&1 || t_fail "$1: dossier failed" "$(head -c 500 "$1.out")"
}
status() { tail -n 1 "$1" | sed 's/  *$//; s/^ //'; }
# tags NAME: every tag in NAME's state file, sorted, on one line.
tags() {
	DOSSIER_STATE="$T/$1/state.db" "$DOSSIER" export --format=csv seeds |
		awk -F, 'NR > 1 && $0 ~ /,/ { print }' | grep -o ',[0-9],[0-9],[0-9],[^,]*,' |
		cut -d, -f5 | tr '|; ' '\n\n\n' | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//'
}

# The tag prompt takes "+a +b" as the README shows (it was pre-filled with "+": "++a").
run tagplus <<'K'
t + w a s h i n g t o n <Space> + e a r l y <Enter>
:save-display tagplus.screen
K
t_eq "tag prompt: +washington +early tags both" "early washington" "$(tags tagplus)"
t_eq "tag prompt: says what it did" "Tags changed: 1 article" \
	"$(status tagplus.screen | sed 's/   .*//')"
# A bad word is named as typed, and nothing of the line is applied.
run tagbad <<'K'
t w e s t <Space> + + b a d <Enter>
:save-display tagbad.screen
K
t_eq "tag prompt: a bad word is named as typed" \
	"++bad: a tag name cannot start with + or -; no tag changed" \
	"$(status tagbad.screen | sed 's/   .*//')"
t_eq "tag prompt: nothing of a refused line is stored" "" "$(tags tagbad)"

# After a filter from the sidebar the reader shows the list's article, not one the filter
# left out (the last article, 2025-12-19, does not mention Caracas).
run sidefilter <<'K'
G 3 c / c a r a c a s <Enter> <Enter>
:save-display sidefilter.screen
K
t_eq "sidebar filter: the reader left the article the filter left out" 0 \
	"$(grep -c 'Kremlin praises' sidefilter.screen)"
t_eq "sidebar filter: the list's selected article is open" 1 \
	"$(grep -c '▶.*2026-02-04' sidefilter.screen)"
# An empty list: an empty reader.
run emptyfilter <<'K'
/ z q x j <Enter>
:save-display emptyfilter.screen
K
t_eq "an empty list: no article open" 1 "$(grep -c 'No article open' emptyfilter.screen)"
# Archiving the last articles of a filtered list empties the reader too.
run archivelast <<'K'
/ c a r a c a s <Enter> a a
:save-display archivelast.screen
K
t_eq "archiving the list empty: no article open" 1 "$(grep -c 'No article open' archivelast.screen)"

# The sidebar's title counts what it lists at once (it was a frame behind).
run sidecount <<'K'
3 c
:save-display sidecount.screen
K
t_eq "sidebar title: the count of the corpus scope is current" \
	"$(status sidecount.screen | grep -o 'entity [0-9]*/[0-9]*' | cut -d/ -f2)" \
	"$(grep -o 'Entities (corpus [0-9]*' sidecount.screen | cut -d' ' -f3)"

# Mark all read, then undo: the counts agree, the undo restores exactly, and the dwell does
# not mark the open article read again at once (:dwell acts as the dwell time passing).
run allread <<'K'
:dwell
j A y
:save-display allread-done.screen
u
:save-display allread-undone.screen
:dwell
K
t_eq "A y counts the articles it marks" "Marked read: 4 articles" \
	"$(status allread-done.screen | sed 's/   .*//')"
t_eq "u undoes as many" "undid: mark read 4 articles" \
	"$(status allread-undone.screen | sed 's/   .*//')"
t_eq "after u only the article read before is read" 1 \
	"$(DOSSIER_STATE="$T/allread/state.db" "$DOSSIER" list --query is:read seeds | sed 1d | wc -l)"

# Several config errors: the status line counts them, :messages keeps every one.
printf 'set foo = 1\nset bar = 2\nbind x nothing-here\n' >bad.config
run configs "$T/bad.config" <<'K'
:save-display configs.screen
<Colon> m e s s a g e s <Enter>
:save-display configs-messages.screen
K
t_eq "config errors: the status line counts them" "3 config errors (:messages lists them):" \
	"$(status configs.screen | cut -c1-39)"
t_eq "config errors: :messages lists every one" 3 "$(grep -c 'bad.config:[123]:' configs-messages.screen)"

# set confirm-quit: q in the list, and Q in a view, ask first; n stays, y quits.
printf 'set confirm-quit = yes\n' >confirm.config
run confirm "$T/confirm.config" <<'K'
q
:save-display confirm-asked.screen
n
:save-display confirm-stayed.screen
? Q
:save-display confirm-help.screen
y
:save-display confirm-after.screen
K
t_eq "confirm-quit: q in the list asks" "Quit dossier? (y/n)" "$(status confirm-asked.screen)"
t_check "confirm-quit: n stays" test -f confirm-stayed.screen
t_eq "confirm-quit: Q in the help asks too" "Quit dossier? (y/n)" "$(status confirm-help.screen)"
t_eq "confirm-quit: y quits" no "$(test -f confirm-after.screen && echo yes || echo no)"
# Without it, a q that closes a view (help, links, concordance, a pick list) only closes it.
run qviews <<'K'
? q U q 3 m q <Colon> m e s s a g e s <Enter> q
:save-display qviews.screen
K
t_check "a q that closes a view does not quit" test -f qviews.screen

# A plain-word filter that finds fewer articles than the entity of that name: the status
# line says so ("Cuban" is Cuba too).
mkdir -p hint
printf 'Talks in Havana\n\nThe Cuban government said on Monday that the talks went well.\n' >hint/a.txt
printf 'Sugar exports\n\nCuban sugar exports rose, officials in Havana said.\n' >hint/b.txt
printf 'Cuba and Russia\n\nCuba and Russia signed a deal on Tuesday.\n' >hint/c.txt
CORPUS=hint run hint <<'K'
/ c u b a <Enter>
:save-display hint.screen
<BS> / r u s s i a <Enter>
:save-display hint-none.screen
K
t_eq "query hint: the entity finds more" "3 articles mention the entity Cuba: entity:cuba" \
	"$(status hint.screen | sed 's/   .*//')"
t_eq "query hint: not when the words find as many" "Filter: russia · 1 article · Backspace clears" \
	"$(status hint-none.screen | sed 's/   .*//')"
t_end
