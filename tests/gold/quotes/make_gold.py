#!/usr/bin/env python3
# make_gold.py -- the quote gold (gold.tsv, byte offsets) from annotations.txt. MIT licence.
"""Usage: make_gold.py [SRCDIR]  (writes tests/gold/quotes/gold.tsv)

Reads tests/gold/quotes/annotations.txt: "== FILE" (seeds/NAME or articles/NAME, the
latter under tests/gold/quotes), then "SPEAKER | WORDS" lines, WORDS exact or
"START ~~ END". Each quote is looked for from the start of the previous one of its file;
a quote that is not found stops the script with its line number.
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


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else '.'
    here = os.path.join(src, 'tests', 'gold', 'quotes')
    rows, text, name, since = [], b'', None, 0
    with open(os.path.join(here, 'annotations.txt'), encoding='utf-8') as f:
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
                continue
            speaker, words = (x.strip() for x in line.rsplit(' | ', 1))
            span = find(text, words, since)
            if span is None:
                sys.exit('annotations.txt:%d: not found in %s: %s' % (n, name, words))
            since = span[0]
            said = text[span[0]:span[1]].decode('utf-8', 'replace')
            shown = ' '.join(said.split())[:60]
            rows.append((os.path.basename(name), span[0], span[1],
                         '' if speaker == '-' else speaker, shown))
    with open(os.path.join(here, 'gold.tsv'), 'w', encoding='utf-8') as out:
        out.write('file\tquote_start\tquote_end\tspeaker\ttext\n')
        for r in rows:
            out.write('%s\t%d\t%d\t%s\t%s\n' % r)
    print('%d quotes in %d files' % (len(rows), len({r[0] for r in rows})))


if __name__ == '__main__':
    main()
