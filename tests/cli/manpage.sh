# tests/cli/manpage.sh -- the built man page is filled in: no @NAME@ placeholder of the
# template (man/dossier.1.in) is left, and its header names this version. MIT licence.
. "$SRCDIR/tests/lib.sh"

man=$BUILDDIR/man/dossier.1
t_check "the man page is built" test -f "$man"
t_eq "no placeholder is left in the man page" "" \
	"$(grep -o '@[A-Za-z_]*@' "$man" | sort -u | tr '\n' ' ')"
version=$("$DOSSIER" --version | awk '{ print $NF; exit }')
t_eq "its header names this version" "dossier $version" \
	"$(sed -n 's/^\.TH DOSSIER 1 "[^"]*" "\([^"]*\)".*/\1/p' "$man")"
t_end
