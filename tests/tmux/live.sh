# tests/tmux/live.sh -- the live folder in a real terminal: files added, edited, moved and
# removed while the TUI runs, the triage kept; a burst of 1,000 new files; set watch = poll;
# --no-watch. MIT licence. Waits poll the screen for text; nothing asserts on how long
# anything takes.
. "$SRCDIR/tests/lib.sh"

tmux_setup live
export DOSSIER_STATE="$T/state.db"
printf 'set mark-read-dwell = 0\n' >cfg

cat >run.sh <<EOF2
"$DOSSIER" --config cfg "\$@" seeds
echo EXIT=\$?
sleep 30
EOF2
zeppelin() {
	printf 'Zeppelin lands in Lisbon\n\nPublished 3 March 2026\n\nThe zeppelin crew met Carlos Moedas in Lisbon.\n' >"$1"
}

tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh"
check "starts" "seeds · 1/5"
zeppelin seeds/zeppelin.txt
check "a new file is listed, marked N" " N  2026-03-03 Zeppelin lands in Lisbon"
check "the status line counts it" "1 new article"
check "the cursor stays on its article (now the second row)" "seeds · 2/6"
check "the title bar counts new articles" "new 1"
# Flag it, then move its file into a new folder: the same article, still flagged.
tm send-keys -t "$S" k f
check "flagged" "Flagged: 1 article"
mkdir seeds/later
mv seeds/zeppelin.txt seeds/later/zeppelin.txt
check "a moved file is the same article" "1 moved"
check "its flag and new place show" "★ 2026-03-03 Zeppelin lands in Lisbon"
check "its source is the new folder" "later"
# Edit it: the text is re-read, the flag follows the new text.
printf 'The crew flew on to Porto.\n' >>seeds/later/zeppelin.txt
check "an edited file is re-read" "1 changed"
tm send-keys -t "$S" g Enter
check "the reader shows the new text" "The crew flew on to Porto."
# Remove an article's file: it leaves the list.
rm seeds/001_9c716bbef13f2200.txt
check "a removed file leaves the list" "1 removed"
check "one article fewer" "seeds · 1/5"
tm send-keys -t "$S" Q
check "quits" "EXIT=0"
next_server
t_eq "the flag followed the move and the edit" "seeds/later/zeppelin.txt" \
	"$("$DOSSIER" list --query is:flagged seeds | tail -n +2 | cut -f1)"

# A burst of a thousand new files: they are added in slices between keys; a key typed
# meanwhile is answered, and all of them arrive.
tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh"
check "starts again" "seeds · 1/5"
mkdir seeds/burst
awk 'BEGIN { for (i = 0; i < 1000; i++) { f = "seeds/burst/b" i ".txt"
	printf "Burst report %d on the harbour\n\nPublished 5 March 2026\n\nOfficials met in Porto.\n", i > f
	close(f) } }'
tm send-keys -t "$S" o
check "a key typed during the burst is answered" "· by title"
check "all thousand arrive" "new 1000"
check "the list holds them" "/1005 "
tm send-keys -t "$S" Q
check "quits after the burst" "EXIT=0"
next_server
rm -r seeds/burst

# set watch = poll: the folders are walked instead of watched with inotify.
printf 'set mark-read-dwell = 0\nset watch = poll\n' >cfg
tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh"
check "polling: starts" "seeds · 1/5"
zeppelin seeds/polled.txt
check "polling: a new file is listed" "1 new article"
tm send-keys -t "$S" Q
next_server

# --no-watch: + says the folders are not watched.
tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh --no-watch"
check "--no-watch: starts" "seeds · 1/6"
tm send-keys -t "$S" I
check "--no-watch: I says nothing is watched" "the folders are not watched"
tm kill-server 2>/dev/null
t_end
