/* request.h -- the one table of requests: enum, config names, help text and default keys. MIT licence. */
#ifndef DOSSIER_REQUEST_H
#define DOSSIER_REQUEST_H

/*
 * REQ_(NAME, help text, default keys). Keys are space-separated key names as in the
 * config file: letters, <C-x>, <Enter>, <Tab>, <S-Tab>, <Up>, <PgDn>, <Home>, <Space>...
 * The enum, the help screen, `--help-keys` and the man page key list all come from here.
 */
#define REQ_INFO(REQ_GROUP, REQ_) \
	REQ_GROUP("Moving") \
	REQ_(MOVE_DOWN, "Move down one line", "j <Down>") \
	REQ_(MOVE_UP, "Move up one line", "k <Up>") \
	REQ_(PAGE_DOWN, "Move down one page", "<PgDn> <Space>") \
	REQ_(PAGE_UP, "Move up one page", "<PgUp> b") \
	REQ_(HALF_DOWN, "Move down half a page", "<C-d>") \
	REQ_(HALF_UP, "Move up half a page", "<C-u>") \
	REQ_(MOVE_FIRST, "Go to the first line", "g <Home>") \
	REQ_(MOVE_LAST, "Go to the last line", "G <End>") \
	REQ_(MOVE_LEFT, "Previous period in the timeline (left)", "<Left>") \
	REQ_(MOVE_RIGHT, "Next period in the timeline (right)", "<Right>") \
	REQ_(NEXT_ARTICLE, "Open the next article (from any pane)", "J") \
	REQ_(PREV_ARTICLE, "Open the previous article (from any pane)", "K") \
	REQ_GROUP("Panes") \
	REQ_(FOCUS_NEXT, "Focus the next pane", "<Tab>") \
	REQ_(FOCUS_PREV, "Focus the previous pane", "<S-Tab>") \
	REQ_(FOCUS_SOURCES, "Focus the source list", "1") \
	REQ_(FOCUS_READER, "Focus the reader", "2") \
	REQ_(FOCUS_ENTITIES, "Focus the sidebar", "3") \
	REQ_(ENTER, "Open the article / select the entry", "<Enter>") \
	REQ_(ZOOM, "Zoom the focused pane to the whole screen, and back", "Z") \
	REQ_(LAYOUT, "Cycle the layout: auto, columns (side by side), rows (list on top)", "L") \
	REQ_GROUP("Entities") \
	REQ_(NEXT_MENTION, "Next mention of the selected entity (in the reader: next search hit)", "n") \
	REQ_(PREV_MENTION, "Previous mention of the selected entity (or search hit)", "N") \
	REQ_(NEXT_ENTITY_ARTICLE, "Next article that mentions the selected entity", "]") \
	REQ_(PREV_ENTITY_ARTICLE, "Previous article that mentions the selected entity", "[") \
	REQ_(NEXT_ANY_MENTION, "Next mention of any entity in the reader; select it", "e") \
	REQ_(PREV_ANY_MENTION, "Previous mention of any entity in the reader; select it", "E") \
	REQ_(MENTIONS_VIEW, "Every mention of the selected entity in the corpus (concordance)", "m") \
	REQ_(TIMELINE, "The selected entity's timeline: mentions per day, week or month", "h") \
	REQ_(QUOTES_VIEW, "Quotes of the selected entity across the corpus: who said what", "\"") \
	REQ_(COOCCUR, "Entities that share articles with the selected one (q goes back)", "w") \
	REQ_(SIDEBAR_SCOPE, "Sidebar: entities of this article / of the whole corpus", "c") \
	REQ_(TYPE_FILTER, "Sidebar: cycle the entity type shown (all, person, org, ...)", "T") \
	REQ_(JUMP_BACK, "Go back in the jump list (article switches, entity hops)", "<C-o>") \
	REQ_(JUMP_FORWARD, "Go forward in the jump list (Ctrl-I is Tab in a terminal)", "<C-n>") \
	REQ_(CLEAR_FILTER, "Clear the list filter (in the sidebar: its own filters)", "<Backspace> <BS>") \
	REQ_(CANCEL, "Close a view or overlay; clear the filter", "<Esc>") \
	REQ_GROUP("Correcting entities (the selected entity; in the reader, its selected mention)") \
	REQ_(CORR_HIDE, "Not an entity, hide it everywhere (in the reader, only this mention)", "H") \
	REQ_(CORR_RETYPE, "Retype the entity from a list (in the reader, only this mention)", "R") \
	REQ_(CORR_RENAME, "Rename the entity (the name shown everywhere)", "C") \
	REQ_(CORR_MERGE, "Merge the entity into another (Tab completes a name by any word)", "M") \
	REQ_(CORR_SPLIT, "In the reader: split this mention off (alone, or into another)", "S") \
	REQ_(CORR_SPLIT_ALL, "In the reader: take every mention with this surface in the article out", "P") \
	REQ_(CORR_ADD, "In the reader: select words (w/b grow, l/h move), Enter names the entity", "V") \
	REQ_(WATCH, "Star / unstar the entity (the watchlist; is:watched)", "*") \
	REQ_(WATCHLIST, "The watchlist: watched entities, unread counts; Enter filters (:watchlist)", "W") \
	REQ_(CORR_DELETE, "In :corrections: delete the selected correction (u undoes)", "D") \
	REQ_GROUP("Search and filter") \
	REQ_(SEARCH, "Filter the list (list), find in the article (reader), narrow entities (sidebar)", "/") \
	REQ_(FILTER, "Filter the list with the query language, from any pane", "l") \
	REQ_(COMMAND, "Command line (:save NAME, :searches, :search NAME, :delete-search NAME, :messages...)", ":") \
	REQ_GROUP("Triage (on the marked articles, else the current one)") \
	REQ_(TOGGLE_READ, "Toggle read / unread", "r") \
	REQ_(TOGGLE_FLAG, "Toggle the flag", "f") \
	REQ_(TOGGLE_ARCHIVE, "Archive / unarchive (archived articles are hidden unless is:archived)", "a") \
	REQ_(TAG, "Tag: +name adds, -name removes (Tab completes)", "t") \
	REQ_(NOTE, "Edit the one-line note", "i") \
	REQ_(TOGGLE_MARK, "Mark / unmark the current article (in the timeline: a range's end)", "x") \
	REQ_(MARK_ALL, "Mark every article in the list", "X") \
	REQ_(MARK_ALL_READ, "Mark every article in the list read (asks first)", "A") \
	REQ_(UNDO, "Undo the last triage action", "u") \
	REQ_(REDO, "Redo what was undone", "<C-r>") \
	REQ_GROUP("Story clusters (the same story from several outlets)") \
	REQ_(CLUSTER_TOGGLE, "Fold or unfold the story of the row (+N: N more versions)", "+") \
	REQ_(DIFF_VERSION, "Compare with another version of the story (again: the next)", "d") \
	REQ_GROUP("Viewing") \
	REQ_(SORT, "Cycle the sort order of the list (date, title, source, path); the timeline's period", "o") \
	REQ_(SORT_REVERSE, "Reverse the sort order of the list (oldest first, Z to A)", "O") \
	REQ_(TOGGLE_BOILERPLATE, "Hide or show boilerplate lines", "z") \
	REQ_(NEXT_NEW, "Open the next new article: a file added while dossier runs (N)", "I") \
	REQ_GROUP("Links and commands") \
	REQ_(LINKS, "List the article's links: Enter opens one with $BROWSER", "U") \
	REQ_(COPY_LINK, "In the links list: copy the link (OSC 52; set osc52 = yes)", "y") \
	REQ_(PIPE, "Pipe the article's text to a shell command", "|") \
	REQ_(PAGER, "Show the article's file in $PAGER", "v") \
	REQ_(EDIT, "Edit the article's file in $VISUAL or $EDITOR, then re-read it (:edit)", "") \
	REQ_GROUP("General") \
	REQ_(HELP, "Show this help", "?") \
	REQ_(BACK, "Go back: close a view or the sidebar overlay; quit from the list", "q") \
	REQ_(QUIT, "Quit", "Q") \
	REQ_(REDRAW, "Redraw the screen", "<C-l>")

#define REQ_ENUM_(name, help, keys) REQ_##name,
#define REQ_NOGROUP_(group)

enum request {
	REQ_NONE = 0x10000,	/* above every curses key code, like tig's KEY_MAX + 1 */
	REQ_INFO(REQ_NOGROUP_, REQ_ENUM_)
	REQ_UNKNOWN
};

#endif
