#!/usr/bin/env python3
# make_gold.py -- write dev_spans.tsv from the hand-made name table below. MIT licence.
#
# The development set's gold is written as a table: for each file, every name (a whole word,
# case-sensitive, possessive excluded) with its type and canonical entity, decided by hand
# after reading the file with RULES.md (tests/gold/RULES.md). Every occurrence of the word in
# the file is a mention, so the table must only hold words that are a name wherever they
# occur in that file (checked by reading; "Samuel" in the heading "1 Samuel 17" is a book,
# so it is absent). Words deliberately not annotated: LORD, God, Almighty (religious words,
# issue 15), Michaelmas (a feast), Monday (a weekday alone is no DATE).
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = {
    'austen_pp_01.txt': [
        # Mr. Bennet and Mrs. Bennet are two people; the title before each decides.
        (r'(?<=Mrs\.\s)Bennet', 'PERSON', 'Mrs Bennet'), (r'(?<=Mr\.\s)Bennet', 'PERSON', 'Mr Bennet'),
        ('Bingley', 'PERSON', 'Mr Bingley'), ('Lizzy', 'PERSON', 'Elizabeth Bennet'),
        ('Long', 'PERSON', 'Mrs Long'), ('Morris', 'PERSON', 'Mr Morris'),
        ('Netherfield Park', 'PLACE', 'Netherfield Park'), ('Netherfield', 'PLACE', 'Netherfield Park'),
        ('England', 'PLACE', 'England'), ('William', 'PERSON', 'Sir William Lucas'),
        ('Lucas', 'PERSON', 'Lady Lucas'), ('Jane', 'PERSON', 'Jane Bennet'),
        ('Lydia', 'PERSON', 'Lydia Bennet'),
    ],
    'kjv_ruth_01.txt': [
        ('Moabitess', 'PLACE', 'Moab'), ('Moab', 'PLACE', 'Moab'), ('Naomi', 'PERSON', 'Naomi'),
        ('Ruth', 'PERSON', 'Ruth'), ('Bethlehemjudah', 'PLACE', 'Bethlehem'),
        ('Bethlehem', 'PLACE', 'Bethlehem'), ('Judah', 'PLACE', 'Judah'),
        ('Ephrathites', 'PLACE', 'Ephrath'), ('Orpah', 'PERSON', 'Orpah'),
        ('Chilion', 'PERSON', 'Chilion'), ('Mahlon', 'PERSON', 'Mahlon'),
        ('Elimelech', 'PERSON', 'Elimelech'), ('Mara', 'PERSON', 'Naomi'),
    ],
    'kjv_1sa_17.txt': [
        ('David', 'PERSON', 'David'), ('Philistines', 'PLACE', 'Philistia'),
        ('Philistine', 'PLACE', 'Philistia'), ('Saul', 'PERSON', 'Saul'),
        ('Israel', 'PLACE', 'Israel'), ('Jesse', 'PERSON', 'Jesse'), ('Abner', 'PERSON', 'Abner'),
        ('Gath', 'PLACE', 'Gath'), ('Shochoh', 'PLACE', 'Shochoh'), ('Judah', 'PLACE', 'Judah'),
        ('Goliath', 'PERSON', 'Goliath'), ('Eliab', 'PERSON', 'Eliab'), ('Elah', 'PLACE', 'Elah'),
        ('Ekron', 'PLACE', 'Ekron'), ('Shammah', 'PERSON', 'Shammah'),
        ('Shaaraim', 'PLACE', 'Shaaraim'), ('Jerusalem', 'PLACE', 'Jerusalem'),
        ('Ephrathite', 'PLACE', 'Ephrath'), ('Ephesdammim', 'PLACE', 'Ephesdammim'),
        ('Bethlehemjudah', 'PLACE', 'Bethlehem'), ('Bethlehemite', 'PLACE', 'Bethlehem'),
        ('Bethlehem', 'PLACE', 'Bethlehem'), ('Azekah', 'PLACE', 'Azekah'),
        ('Abinadab', 'PERSON', 'Abinadab'),
    ],
}


def main():
    rows = []
    for f, names in NAMES.items():
        raw = open(os.path.join(HERE, f), 'rb').read()
        text = raw.decode('utf-8')
        assert text.isascii(), f  # byte offsets equal character offsets
        taken = [False] * len(text)
        for pat, typ, canon in names:
            for m in re.finditer(r'(?<![A-Za-z])' + pat.replace(' ', r'\s+') + r'(?![A-Za-z])', text):
                if any(taken[m.start():m.end()]):
                    continue
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                rows.append((f, m.start(), m.end(), typ, canon, ' '.join(m.group(0).split())))
    rows.sort()
    out = open(os.path.join(HERE, 'dev_spans.tsv'), 'w')
    out.write('file\tstart\tend\ttype\tcanonical\tsurface\n')
    for r in rows:
        out.write('\t'.join(map(str, r)) + '\n')
    print(len(rows), 'mentions', file=sys.stderr)


main()
