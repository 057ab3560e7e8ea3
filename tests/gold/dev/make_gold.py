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
    'austen_em_01.txt': [
        ('Emma Woodhouse', 'PERSON', 'Emma Woodhouse'),
        ('Taylor', 'PERSON', 'Anne Taylor'), ('Emma', 'PERSON', 'Emma Woodhouse'),
        ('Weston', 'PERSON', 'Mr Weston'), ('Knightley', 'PERSON', 'George Knightley'),
        ('Woodhouse', 'PERSON', 'Mr Woodhouse'), ('Hartfield', 'PLACE', 'Hartfield'),
        ('James', 'PERSON', 'James'), ('Elton', 'PERSON', 'Mr Elton'),
        ('Isabella', 'PERSON', 'Isabella Knightley'), ('Highbury', 'PLACE', 'Highbury'),
        ('London', 'PLACE', 'London'), ('Randalls', 'PLACE', 'Randalls'),
        ('Hannah', 'PERSON', 'Hannah'), ('Brunswick Square', 'PLACE', 'Brunswick Square'),
        ('Broadway Lane', 'PLACE', 'Broadway Lane'), ('Mitchell', 'PERSON', 'Farmer Mitchell'),
    ],
    'austen_ss_01.txt': [
        # "Mrs. John Dashwood" is John's wife: the name written is still "John Dashwood".
        ('Henry Dashwood', 'PERSON', 'Henry Dashwood'), ('John Dashwood', 'PERSON', 'John Dashwood'),
        ('Dashwood', 'PERSON', 'Dashwood'), ('John', 'PERSON', 'John Dashwood'),
        ('Norland Park', 'PLACE', 'Norland Park'), ('Norland', 'PLACE', 'Norland Park'),
        ('Elinor', 'PERSON', 'Elinor Dashwood'), ('Henry', 'PERSON', 'Henry Dashwood'),
        ('Marianne', 'PERSON', 'Marianne Dashwood'), ('Margaret', 'PERSON', 'Margaret Dashwood'),
        ('Sussex', 'PLACE', 'Sussex'),
    ],
    'austen_na_01.txt': [
        # "The Beggar's Petition", "The Hare and many Friends": titles, not annotated.
        ('Catherine Morland', 'PERSON', 'Catherine Morland'),
        ('Catherine', 'PERSON', 'Catherine Morland'), ('Morland', 'PERSON', 'Mr Morland'),
        ('Richard', 'PERSON', 'Richard Morland'), ('Sally', 'PERSON', 'Sally Morland'),
        ('England', 'PLACE', 'England'), ('French', 'PLACE', 'France'),
        ('Pope', 'PERSON', 'Alexander Pope'), ('Gray', 'PERSON', 'Thomas Gray'),
        ('Thompson', 'PERSON', 'James Thomson'), ('Shakespeare', 'PERSON', 'William Shakespeare'),
        ('Allen', 'PERSON', 'Mr Allen'), ('Fullerton', 'PLACE', 'Fullerton'),
        ('Wiltshire', 'PLACE', 'Wiltshire'), ('Bath', 'PLACE', 'Bath'),
    ],
    'austen_mp_01.txt': [
        # "the Parsonage" is a building named by a common noun; "the East" is not annotated.
        ('Thomas Bertram', 'PERSON', 'Thomas Bertram'), ('Maria Ward', 'PERSON', 'Maria Ward'),
        ('Norris', 'PERSON', 'Mrs Norris'), ('Thomas', 'PERSON', 'Thomas Bertram'),
        ('Bertram', 'PERSON', 'Lady Bertram'), ('Price', 'PERSON', 'Mrs Price'),
        ('Ward', 'PERSON', 'Maria Ward'), ('Mansfield Park', 'PLACE', 'Mansfield Park'),
        ('Mansfield', 'PLACE', 'Mansfield Park'), ('Frances', 'PERSON', 'Frances Price'),
        ('Nanny', 'PERSON', 'Nanny'), ('Lee', 'PERSON', 'Miss Lee'), ('Maria', 'PERSON', 'Maria Bertram'),
        ('Huntingdon', 'PLACE', 'Huntingdon'), ('Fanny', 'PERSON', 'Fanny Price'),
        ('Northampton', 'PLACE', 'Northampton'), ('West Indian', 'PLACE', 'West Indies'),
        ('Woolwich', 'PLACE', 'Woolwich'), ('Tom', 'PERSON', 'Tom Bertram'),
        ('Edmund', 'PERSON', 'Edmund Bertram'), ('London', 'PLACE', 'London'),
        ('Portsmouth', 'PLACE', 'Portsmouth'), ('Ellis', 'PERSON', 'Ellis'),
        ('Julia', 'PERSON', 'Julia Bertram'),
    ],
    'austen_pe_01.txt': [
        # The heading "ELLIOT OF KELLYNCH HALL" names a family's entry: only the place counts.
        # "the Baronetage" is a book; "all the Marys and Elizabeths" are no one.
        (r'March 1, 1760', 'DATE', '1760-03-01'), (r'July 15, 1784', 'DATE', '1784-07-15'),
        (r'June 1, 1785', 'DATE', '1785-06-01'), (r'August 9, 1787', 'DATE', '1787-08-09'),
        (r'November 5, 1789', 'DATE', '1789-11-05'), (r'November 20, 1791', 'DATE', '1791-11-20'),
        (r'December 16, 1810', 'DATE', '1810-12-16'),
        ('William Walter Elliot', 'PERSON', 'William Walter Elliot'), ('Walter Elliot', 'PERSON', 'Walter Elliot'),
        ('Walter', 'PERSON', 'Walter Elliot'), ('Elizabeth Elliot', 'PERSON', 'Elizabeth Elliot'),
        ('Elizabeth', 'PERSON', 'Elizabeth Elliot'), ('Kellynch Hall', 'PLACE', 'Kellynch Hall'),
        ('KELLYNCH HALL', 'PLACE', 'Kellynch Hall'), ('Kellynch', 'PLACE', 'Kellynch Hall'),
        ('Anne Elliot', 'PERSON', 'Anne Elliot'), ('Anne', 'PERSON', 'Anne Elliot'),
        ('Elliot', 'PERSON', 'Walter Elliot'), ('Russell', 'PERSON', 'Lady Russell'),
        ('Mary', 'PERSON', 'Mary Musgrove'), ('Charles II', 'PERSON', 'Charles II'),
        ('Charles Musgrove', 'PERSON', 'Charles Musgrove'), ('Charles', 'PERSON', 'Charles Musgrove'),
        ('Musgrove', 'PERSON', 'Charles Musgrove'), ('Somersetshire', 'PLACE', 'Somerset'),
        ('Somerset', 'PLACE', 'Somerset'), ('London', 'PLACE', 'London'),
        ('Shepherd', 'PERSON', 'Mr Shepherd'), ('James Stevenson', 'PERSON', 'James Stevenson'),
        ('South Park', 'PLACE', 'South Park'), ('Gloucester', 'PLACE', 'Gloucester'),
        ('Uppercross', 'PLACE', 'Uppercross'), ('Cheshire', 'PLACE', 'Cheshire'),
        ('Dugdale', 'PERSON', 'William Dugdale'), ('Tattersall', 'ORG', "Tattersall's"),
        ('House of Commons', 'ORG', 'House of Commons'),
    ],
    'kjv_1ki_01.txt': [
        # The Cherethites and Pelethites (a guard) are not annotated; "1 Kings 1" is a heading.
        ('Solomon', 'PERSON', 'Solomon'), ('Adonijah', 'PERSON', 'Adonijah'), ('David', 'PERSON', 'David'),
        ('Nathan', 'PERSON', 'Nathan'), ('Zadok', 'PERSON', 'Zadok'), ('Benaiah', 'PERSON', 'Benaiah'),
        ('Jehoiada', 'PERSON', 'Jehoiada'), ('Bathsheba', 'PERSON', 'Bathsheba'),
        ('Abiathar', 'PERSON', 'Abiathar'), ('Joab', 'PERSON', 'Joab'), ('Abishag', 'PERSON', 'Abishag'),
        ('Haggith', 'PERSON', 'Haggith'), ('Jonathan', 'PERSON', 'Jonathan'), ('Absalom', 'PERSON', 'Absalom'),
        ('Zeruiah', 'PERSON', 'Zeruiah'), ('Shimei', 'PERSON', 'Shimei'), ('Rei', 'PERSON', 'Rei'),
        ('Israel', 'PLACE', 'Israel'), ('Gihon', 'PLACE', 'Gihon'), ('Shunammite', 'PLACE', 'Shunem'),
        ('Judah', 'PLACE', 'Judah'), ('Zoheleth', 'PLACE', 'Zoheleth'), ('Enrogel', 'PLACE', 'Enrogel'),
    ],
    'kjv_esth_01.txt': [
        # "Esther 1" is the heading (a book); Esther is not named in the chapter.
        ('Ahasuerus', 'PERSON', 'Ahasuerus'), ('Vashti', 'PERSON', 'Vashti'), ('Memucan', 'PERSON', 'Memucan'),
        ('Mehuman', 'PERSON', 'Mehuman'), ('Biztha', 'PERSON', 'Biztha'), ('Harbona', 'PERSON', 'Harbona'),
        ('Bigtha', 'PERSON', 'Bigtha'), ('Abagtha', 'PERSON', 'Abagtha'), ('Zethar', 'PERSON', 'Zethar'),
        ('Carcas', 'PERSON', 'Carcas'), ('Carshena', 'PERSON', 'Carshena'), ('Shethar', 'PERSON', 'Shethar'),
        ('Admatha', 'PERSON', 'Admatha'), ('Tarshish', 'PERSON', 'Tarshish'), ('Meres', 'PERSON', 'Meres'),
        ('Marsena', 'PERSON', 'Marsena'), ('Persians', 'PLACE', 'Persia'), ('Persia', 'PLACE', 'Persia'),
        ('Medes', 'PLACE', 'Media'), ('Media', 'PLACE', 'Media'), ('Shushan', 'PLACE', 'Shushan'),
        ('India', 'PLACE', 'India'), ('Ethiopia', 'PLACE', 'Ethiopia'),
    ],
    'kjv_ex_02.txt': [
        # The Hebrews have no place of their own here: not annotated. "Exodus 2" is a heading.
        ('Moses', 'PERSON', 'Moses'), ('Pharaoh', 'PERSON', 'Pharaoh'), ('Egyptian', 'PLACE', 'Egypt'),
        ('Egypt', 'PLACE', 'Egypt'), ('Levi', 'PERSON', 'Levi'), ('Midian', 'PLACE', 'Midian'),
        ('Israel', 'PLACE', 'Israel'), ('Reuel', 'PERSON', 'Reuel'), ('Zipporah', 'PERSON', 'Zipporah'),
        ('Gershom', 'PERSON', 'Gershom'), ('Abraham', 'PERSON', 'Abraham'), ('Isaac', 'PERSON', 'Isaac'),
        ('Jacob', 'PERSON', 'Jacob'),
    ],
    'kjv_gen_12.txt': [
        ('Abram', 'PERSON', 'Abram'), ('Pharaoh', 'PERSON', 'Pharaoh'), ('Sarai', 'PERSON', 'Sarai'),
        ('Lot', 'PERSON', 'Lot'), ('Egyptians', 'PLACE', 'Egypt'), ('Egypt', 'PLACE', 'Egypt'),
        ('Haran', 'PLACE', 'Haran'), ('Canaanite', 'PLACE', 'Canaan'), ('Canaan', 'PLACE', 'Canaan'),
        ('Bethel', 'PLACE', 'Bethel'), ('Sichem', 'PLACE', 'Sichem'), ('Moreh', 'PLACE', 'Moreh'),
        ('Hai', 'PLACE', 'Ai'),
    ],
    'kjv_josh_10.txt': [
        # "the book of Jasher" is a book; "Sun, stand thou still" is no place; "Joshua 10"
        # is the heading (a book).
        (r'Joshua(?! \d)', 'PERSON', 'Joshua'), ('Israel', 'PLACE', 'Israel'), ('Adonizedec', 'PERSON', 'Adonizedec'),
        ('Hoham', 'PERSON', 'Hoham'), ('Piram', 'PERSON', 'Piram'), ('Japhia', 'PERSON', 'Japhia'),
        ('Horam', 'PERSON', 'Horam'), (r'Debir(?= king)', 'PERSON', 'Debir'), ('Debir', 'PLACE', 'Debir'),
        ('Gibeon', 'PLACE', 'Gibeon'), ('Lachish', 'PLACE', 'Lachish'), ('Makkedah', 'PLACE', 'Makkedah'),
        ('Eglon', 'PLACE', 'Eglon'), ('Hebron', 'PLACE', 'Hebron'), ('Gilgal', 'PLACE', 'Gilgal'),
        ('Libnah', 'PLACE', 'Libnah'), ('Jerusalem', 'PLACE', 'Jerusalem'), ('Ai', 'PLACE', 'Ai'),
        ('Jericho', 'PLACE', 'Jericho'), ('Jarmuth', 'PLACE', 'Jarmuth'), ('Amorites', 'PLACE', 'Amor'),
        ('Bethhoron', 'PLACE', 'Bethhoron'), ('Azekah', 'PLACE', 'Azekah'), ('Ajalon', 'PLACE', 'Ajalon'),
        ('Gezer', 'PLACE', 'Gezer'), ('Kadeshbarnea', 'PLACE', 'Kadeshbarnea'), ('Gaza', 'PLACE', 'Gaza'),
        ('Goshen', 'PLACE', 'Goshen'),
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
