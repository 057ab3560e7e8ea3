#!/usr/bin/env python3
# score_quotes.py -- precision and recall of (quote span, speaker) pairs against the gold. MIT licence.
"""Usage: score_quotes.py GOLD SYSTEM [--show DIR...]

GOLD is gold.tsv (file quote_start quote_end speaker text; a file with no quote has a
row with empty offsets); only the files in GOLD are scored. SYSTEM is the output of
`dossier quotes --format=tsv` (path start end speaker_entity_id speaker quote_start
quote_end). Files are matched by their base name. With --show, the misses and the false
quotes are printed with their text, looked up in the DIRs.

A system quote and a gold quote match when they are in the same file, the overlap of
their spans is at least half of each, and the speaker agrees: a named gold speaker needs
a quote linked to an entity whose name has the same words as the gold name (or one of
the gold's names, separated by "|"), or the words of the shorter in the longer (case,
accents, punctuation and -isation/-ization aside); an unnamed gold
speaker needs a quote linked to no entity. One to one, best overlap first. The last line
is "precision=P recall=R f1=F span_precision=SP span_recall=SR gold=N system=M".
"""
import os
import sys
import unicodedata


def words(name):
    s = unicodedata.normalize('NFKD', name.lower())
    s = ''.join(c if c.isalnum() else ' ' for c in s if not unicodedata.combining(c))
    # British and American spellings are one name ("Organisation", "Organization")
    return {w[:-7] + 'ization' if w.endswith('isation') else w for w in s.split()}


def same_speaker(gold, sys_linked, sys_name):
    if not gold:
        return not sys_linked
    if not sys_linked:
        return False
    b = words(sys_name)
    for name in gold.split('|'):    # the gold may give a speaker's other names
        a = words(name)
        if a and b and (a <= b or b <= a):
            return True
    return False


def read_gold(path):
    """The gold quotes, and every file annotated (with or without a quote)."""
    out, files = [], set()
    with open(path, encoding='utf-8') as f:
        next(f)
        for line in f:
            c = line.rstrip('\n').split('\t')
            files.add(c[0])
            if c[1]:
                out.append((c[0], int(c[1]), int(c[2]), c[3]))
    return out, files


def read_system(path):
    out, paths = [], {}
    with open(path, encoding='utf-8', errors='replace') as f:
        next(f)
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) != 7:
                continue
            base = os.path.basename(c[0])
            paths[base] = c[0]
            out.append((base, int(c[5]), int(c[6]), c[3] != '', c[4]))
    return out, paths


def overlaps(g, s):
    o = min(g[2], s[2]) - max(g[1], s[1])
    return o if o > 0 and 2 * o >= g[2] - g[1] and 2 * o >= s[2] - s[1] else 0


def match(gold, system, with_speaker):
    pairs = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            if g[0] != s[0]:
                continue
            o = overlaps(g, s)
            if o and (not with_speaker or same_speaker(g[3], s[3], s[4])):
                pairs.append((-o, i, j))
    pairs.sort()
    gi, sj = set(), set()
    for _, i, j in pairs:
        if i not in gi and j not in sj:
            gi.add(i)
            sj.add(j)
    return gi, sj


def text_of(dirs, paths, name, a, b):
    for p in [paths.get(name)] + [os.path.join(d, name) for d in dirs]:
        if p and os.path.exists(p):
            with open(p, 'rb') as f:
                return ' '.join(f.read()[a:b].decode('utf-8', 'replace').split())[:90]
    return '?'


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    show = args[3:] if len(args) > 2 and args[2] == '--show' else None
    gold, files = read_gold(args[0])
    system, paths = read_system(args[1])
    system = [s for s in system if s[0] in files]
    gi, sj = match(gold, system, True)
    sgi, ssj = match(gold, system, False)
    if show is not None:
        for i, g in enumerate(gold):
            if i not in gi:
                print('MISS  %s %d-%d [%s] %s' % (g[0], g[1], g[2], g[3] or '-',
                                                  text_of(show, paths, g[0], g[1], g[2])))
        for j, s in enumerate(system):
            if j not in sj:
                print('FALSE %s %d-%d [%s%s] %s' % (s[0], s[1], s[2], s[4],
                                                    '' if s[3] else ' (no entity)',
                                                    text_of(show, paths, s[0], s[1], s[2])))
    p = len(sj) / len(system) if system else 1.0
    r = len(gi) / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    sp = len(ssj) / len(system) if system else 1.0
    sr = len(sgi) / len(gold) if gold else 1.0
    print('precision=%.3f recall=%.3f f1=%.3f span_precision=%.3f span_recall=%.3f'
          ' gold=%d system=%d' % (p, r, f, sp, sr, len(gold), len(system)))


if __name__ == '__main__':
    main()
