# tests/cli/completion.sh -- the bash completion parses, completes subcommands, options,
# --format and --type values and paths; the zsh one at least parses when zsh is there.
# MIT licence.
. "$SRCDIR/tests/lib.sh"

comp="$SRCDIR/completions/dossier"
t_check "bash -n parses the bash completion" bash -n "$comp"
mkdir -p "$T/corpus-a" "$T/corpus-b"
cd "$T" || exit 1

# complete WORD...: the candidates (sorted, one line) for the last word, with bash's own
# word splitting at '=' given as separate words by the caller.
complete_words() {
	bash -c '
		. "$1"; shift
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		_dossier
		printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "
	' sh "$comp" "$@"
}

mkdir -p empty
t_eq "subcommands after dossier (in an empty folder)" \
	"clusters corrections entities entity export import list mark mentions quotes search stats tag timeline " \
	"$(cd empty && complete_words dossier '')"
t_eq "subcommands by prefix" "mark mentions " "$(complete_words dossier m)"
t_eq "clusters by prefix" "clusters " "$(complete_words dossier cl)"
t_eq "folders beside subcommands" "corpus-a corpus-b corrections " "$(complete_words dossier cor)"
t_eq "entity's actions" "merge " "$(complete_words dossier entity m)"
t_eq "paths after a subcommand" "corpus-a corpus-b " "$(complete_words dossier list cor)"
t_eq "options" "--format= " "$(complete_words dossier list --fo)"
t_eq "--no- options" "--no-cache --no-color --no-state --no-watch " "$(complete_words dossier --no)"
t_eq "mark has its flags" "--unarchive --unflag --unread " "$(complete_words dossier mark --un)"
t_eq "--format values, '=' a word of its own" "json tsv " \
	"$(complete_words dossier list --format = '')"
t_eq "--format values in one word" "--format=json --format=tsv " \
	"$(complete_words dossier list --format=)"
t_eq "export formats" "csv json md " "$(complete_words dossier export --format = '')"
t_eq "--type values" "person place " "$(complete_words dossier entities --type = p)"
t_eq "--type as a separate word" "handle hashtag " "$(complete_words dossier entities --type h)"
t_eq "--by values" "day month week " "$(complete_words dossier timeline Putin --by = '')"
t_eq "timeline by prefix" "timeline " "$(cd empty && complete_words dossier ti)"
t_eq "quotes takes --entity" "--entity= " "$(complete_words dossier quotes --ent)"
t_eq "--entity's value: a name, nothing offered" " " "$(complete_words dossier quotes --entity = '')"

# Every long option of --help is offered (mark's flags after mark).
missing=
for o in $("$DOSSIER" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
	case $o in --keys-roff | --script) continue ;; esac
	case " $(complete_words dossier mark --) " in
	*" $o "* | *" $o= "*) ;;
	*) missing="$missing $o" ;;
	esac
done
t_eq "every option of --help completes" "" "$missing"

if command -v zsh >/dev/null; then
	t_check "zsh -n parses the zsh completion" zsh -n "$SRCDIR/completions/_dossier"
else
	t_pass "zsh not installed: the zsh completion is not parsed # SKIP"
fi
t_end
