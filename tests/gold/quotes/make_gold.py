#!/usr/bin/env python3
# make_gold.py -- the quote gold (gold.tsv, byte offsets) from annotations.txt. MIT licence.
"""Usage: make_gold.py [SRCDIR [OUTDIR]]  (writes gold.tsv, heldout.tsv, heldout2.tsv and
heldout3.tsv in OUTDIR, by default tests/gold/quotes)

Reads tests/gold/quotes/annotations.txt (and heldout.txt, heldout2.txt and heldout3.txt, the
held-out sets): "== FILE" (seeds/NAME or articles/NAME, the
latter under tests/gold/quotes), then "SPEAKER | WORDS" lines, WORDS exact or
"START ~~ END". Each quote is looked for from the start of the previous one of its file;
a quote that is not found stops the script with its line number. A file with no quote
gets one row with empty offsets: it is scored too (every quote found there is false).
"""
import os
import sys


def find(text, words, since):
    """Byte span (start, end) of words in text (bytes) at or after since, or None."""
    if ' ~~ ' in words:
        head, tail = words.split(' ~~ ', 1)
        a = text.find(head.encode(), since)
        if a < 0:
            return None
        b = text.find(tail.encode(), a + len(head.encode()))
        return None if b < 0 else (a, b + len(tail.encode()))
    a = text.find(words.encode(), since)
    return None if a < 0 else (a, a + len(words.encode()))


def convert(src, here, source, target):
    rows, text, name, since, files = [], b'', None, 0, []
    with open(os.path.join(here, source), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            if line.startswith('== '):
                name = line[3:].strip()
                base = src if name.startswith('seeds/') else here
                with open(os.path.join(base, name), 'rb') as g:
                    text = g.read()
                since = 0
                files.append(os.path.basename(name))
                continue
            speaker, words = (x.strip() for x in line.rsplit(' | ', 1))
            span = find(text, words, since)
            if span is None:
                sys.exit('%s:%d: not found in %s: %s' % (source, n, name, words))
            since = span[0]
            said = text[span[0]:span[1]].decode('utf-8', 'replace')
            shown = ' '.join(said.split())[:60]
            rows.append((os.path.basename(name), span[0], span[1],
                         '' if speaker == '-' else speaker, shown))
    quoted = {r[0] for r in rows}
    with open(target, 'w', encoding='utf-8') as out:
        out.write('file\tquote_start\tquote_end\tspeaker\ttext\n')
        for r in rows:
            out.write('%s\t%d\t%d\t%s\t%s\n' % r)
        for f in files:
            if f not in quoted:
                out.write('%s\t\t\t\t\n' % f)
    print('%s: %d quotes in %d files (%d without a quote)'
          % (os.path.basename(target), len(rows), len(quoted), len(set(files) - quoted)))


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else '.'
    here = os.path.join(src, 'tests', 'gold', 'quotes')
    out = sys.argv[2] if len(sys.argv) > 2 else here
    convert(src, here, 'annotations.txt', os.path.join(out, 'gold.tsv'))
    convert(src, here, 'heldout.txt', os.path.join(out, 'heldout.tsv'))
    convert(src, here, 'heldout2.txt', os.path.join(out, 'heldout2.tsv'))
    convert(src, here, 'heldout3.txt', os.path.join(out, 'heldout3.tsv'))


if __name__ == '__main__':
    main()
