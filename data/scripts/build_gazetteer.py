#!/usr/bin/env python3
"""Build data/gazetteer.tsv, the built-in gazetteer of newsgraph.

Reads the prepared open-licensed sources in <shared>/data/gazetteer/ (candidate.tsv, people.tsv, media.tsv,
companies.tsv, companies_global.tsv; see the README.md there for provenance) plus the curated corrections in
data/scripts/curated.tsv, merges rows with the same id (Wikidata QID or source slug), cleans country aliases,
adds demonym plurals, validates the result and writes a TSV sorted by id.

legislators.tsv is skipped on purpose (116k backbench legislators are too noisy for the default gazetteer).

Usage (from the repository root):
    python3 data/scripts/build_gazetteer.py --shared ../shared --out data/gazetteer.tsv
Python 3.11, standard library only. Exits non-zero with a clear message when the shared folder is missing or a
check fails.
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CURATED = os.path.join(HERE, 'curated.tsv')

# Source files in merge order (earlier sources give the name/type when ids collide).
SOURCES = ['candidate.tsv', 'people.tsv', 'media.tsv', 'companies.tsv', 'companies_global.tsv']
SKIPPED = ['legislators.tsv']
# Sources that state no licence (see the shared README); --open-only drops rows that come only from them.
NO_LICENCE_SOURCES = {'fortune-global-500-2019', 'forbes-global-2021-top500'}

TYPES = {'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'WORK', 'OTHER'}
COLUMNS = ['id', 'name', 'type', 'aliases', 'part_of', 'located_in', 'source', 'country', 'role']

# Short codes that are genuinely used in English news text; every other alias of 2-3 letters on a country row
# (ISO codes such as CN, DE, IN, IT, NO, AM, ME, TO, BE, IS, OR ...) is dropped.
KEEP_COUNTRY_CODES = {'US', 'UK', 'USA', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK',
                      'U.S.', 'U.K.', 'U.S.A.', 'U.A.E.', 'P.R.C.'}

# Demonyms that have no -s plural (or whose plural is irregular and curated).
NO_PLURAL_ENDINGS = ('ese', 'ish', 'ch', 'sh', 's', 'x', 'z', 'ic', 'y', 'a', 'o')
PLURAL_OVERRIDE = {'Czech': 'Czechs'}
NO_PLURAL = {'Turkmen', 'Manx', 'Swiss', 'Malagasy', 'Motswana', 'Mosotho', 'I-Kiribati', 'Ni-Vanuatu'}

# The seed article's entities: name -> type (and part_of name where it matters).
SEED = {
    'NATO': ('ORG', None), 'Jens Stoltenberg': ('PERSON', None), 'China': ('GPE', None), 'Russia': ('GPE', None),
    'Ukraine': ('GPE', None), 'Vladimir Putin': ('PERSON', None), 'CNBC': ('ORG', None),
    'Hadley Gamble': ('PERSON', None), 'Munich Security Conference': ('EVENT', None), 'Japan': ('GPE', None),
    'South Korea': ('GPE', None), 'Australia': ('GPE', None), 'New Zealand': ('GPE', None), 'Taiwan': ('GPE', None),
    'United States': ('GPE', None), 'North America': ('LOC', None), 'Europe': ('LOC', None), 'Asia': ('LOC', None),
    'Beijing': ('GPE', 'China'), 'Washington': ('GPE', 'United States'),
}
SEED_ALIASES = {'Jens Stoltenberg': 'Stoltenberg', 'Vladimir Putin': 'Putin', 'Hadley Gamble': 'Gamble',
                'NATO': 'North Atlantic Treaty Organization'}


def die(msg: str, code: int = 2) -> None:
    print(f'build_gazetteer: error: {msg}', file=sys.stderr)
    sys.exit(code)


def clean(s: str) -> str:
    """Collapse whitespace (tabs and newlines included) and strip."""
    return re.sub(r'\s+', ' ', s or '').strip()


class Row:
    __slots__ = ('id', 'name', 'type', 'aliases', 'part_of', 'located_in', 'source', 'country', 'role')

    def __init__(self, id_, name, type_, aliases, part_of, source, country='', role=''):
        self.id, self.name, self.type = id_, name, type_
        self.aliases: list[str] = []
        self.part_of, self.source, self.country, self.role = part_of, source, country, role
        self.located_in = ''
        self.add_aliases(aliases)

    def add_aliases(self, aliases):
        for a in aliases:
            a = clean(a)
            if a and a != self.name and a not in self.aliases:
                self.aliases.append(a)

    def add_source(self, src):
        for s in src.split('+'):
            if s and s not in self.source.split('+'):
                self.source = f'{self.source}+{s}' if self.source else s


def read_tsv(path):
    """Yield (line_no, dict) for a headered TSV without quoting."""
    with open(path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        for col in ('id', 'name', 'type', 'aliases', 'part_of'):
            if col not in header:
                die(f'{path}: header lacks column {col!r}')
        for n, line in enumerate(f, start=2):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            cells = line.split('\t')
            if len(cells) > len(header):
                die(f'{path}:{n}: {len(cells)} cells, header has {len(header)}')
            cells += [''] * (len(header) - len(cells))
            yield n, dict(zip(header, cells))


def load_sources(gdir, rows, open_only):
    stats = collections.Counter()
    for fname in SOURCES:
        path = os.path.join(gdir, fname)
        if not os.path.isfile(path):
            die(f'missing source file {path}')
        for n, r in read_tsv(path):
            src = r.get('source', '') or fname
            if open_only and set(src.split('+')) <= NO_LICENCE_SOURCES:
                stats['dropped_no_licence'] += 1
                continue
            id_, name, typ = clean(r['id']), clean(r['name']), clean(r['type'])
            if not name or id_.endswith(':'):
                # e.g. companies_global.tsv has one empty row ("company:" with no name): a source defect.
                print(f'warning: {fname}:{n}: skipped row without name/id ({id_!r})', file=sys.stderr)
                stats['skipped_empty'] += 1
                continue
            if not id_ or not name or typ not in TYPES:
                die(f'{path}:{n}: bad row (id={id_!r}, name={name!r}, type={typ!r})')
            aliases = r['aliases'].split('|') if r['aliases'] else []
            if id_ in rows:  # same entity (same QID / slug) in two sources: union of aliases
                old = rows[id_]
                if old.type != typ:
                    print(f'warning: {fname}:{n}: id {id_} typed {typ}, kept {old.type}', file=sys.stderr)
                old.add_aliases([name] + aliases)
                old.add_source(src)
                old.role = old.role or clean(r.get('role', ''))
                old.country = old.country or clean(r.get('country', ''))
                stats['merged_by_id'] += 1
                continue
            rows[id_] = Row(id_, name, typ, aliases, clean(r['part_of']), src,
                            clean(r.get('country', '')), clean(r.get('role', '')))
            stats[f'read:{fname}'] += 1
    return stats


IPA = re.compile('[\u0250-\u0258\u025a-\u02af\u02b0-\u02ff]')  # IPA letters, except ə (Azerbaijani)


def clean_country_aliases(row: Row):
    keep = []
    for a in row.aliases:
        if a in KEEP_COUNTRY_CODES:
            keep.append(a)
            continue
        letters = re.sub(r'[^A-Za-z]', '', a)
        if len(a) <= 3 or (a.isupper() and len(letters) <= 3):
            continue          # ISO codes: CN, DE, IN, IT, NO, ...
        if ',' in a or '(' in a:
            continue          # ISO inverted forms: "Korea, Republic of", "Taiwan, Province of China"
        if IPA.search(a):
            continue          # phonetic transcriptions in the source
        if a.lower().startswith('the ') and a[4:] in row.aliases:
            continue
        keep.append(a)
    row.aliases = keep


def demonym_plural(word: str):
    if word in PLURAL_OVERRIDE:
        return PLURAL_OVERRIDE[word]
    last = word.split()[-1]
    if word in NO_PLURAL or last in NO_PLURAL or last.endswith(NO_PLURAL_ENDINGS):
        return None
    return word + 's'


def fix_demonyms(rows):
    for r in list(rows.values()):
        if not r.id.startswith('demonym:'):
            continue
        # "Antiguan, Barbudan", "Kittitian or Nevisian": first form is the name, the rest aliases.
        parts = [p for p in re.split(r',\s*| or ', r.name) if p.strip()]
        if len(parts) > 1:
            r.name = parts[0].strip()
            r.add_aliases(parts[1:])
        for form in [r.name] + list(r.aliases):
            if ' ' not in form or form.split()[-1][0].isupper():
                p = demonym_plural(form)
                if p:
                    r.add_aliases([p])


def drop_conjoined_regions(rows):
    """Drops regions named "X and Y" where X and Y are both countries ("Australia and New Zealand"):
    as one leftmost-longest form they would swallow two country mentions."""
    countries = {r.name for r in rows.values() if r.id.startswith('country:')}
    dropped = []
    for id_, r in list(rows.items()):
        if r.type in ('LOC', 'GPE') and not id_.startswith('country:') and ' and ' in r.name:
            left, right = r.name.split(' and ', 1)
            if left in countries and right in countries:
                dropped.append(id_)
                del rows[id_]
    return dropped


# Offices whose holders news names by surname alone, with no full name in the article (`Reagan said`,
# `Musharraf met ...`): heads of state and government. A role item must start with one of them
# (`President (Pakistan)`, not `Counselor to the President (United States)`).
PROMINENT_ROLE = re.compile(r'(?:^|; )(?:President|Prime Minister|Chancellor|Premier|King|Queen|Monarch|Emperor'
                            r'|Supreme Leader|Pope|Secretary-General|Secretary General) \(')


def prominent(r: Row) -> bool:
    """True for people famous enough to be named by a lone surname: US presidents and vice presidents,
    heads of state and government, and curated rows."""
    return '(executive)' in r.source or 'curated' in r.source or bool(PROMINENT_ROLE.search(r.role))


def drop_lone_surnames(rows) -> int:
    """Drops the one-word aliases (`Warner`, `Paul`, `Justice`) of people who are not prominent: as a lone
    word such an alias is far more often a company, a place or someone else than that person (Mark Warner,
    Rand Paul, Jim Justice). Within an article the resolver still links the surname to the full name given
    before it, which is how news names everyone else. Returns how many aliases were dropped."""
    dropped = 0
    for r in rows.values():
        if r.type != 'PERSON' or prominent(r):
            continue
        keep = [a for a in r.aliases if ' ' in a]
        dropped += len(r.aliases) - len(keep)
        r.aliases = keep
    return dropped


PEERAGE = re.compile(r'^(Marquess|Marchioness|Earl|Countess|Viscount|Viscountess|Duke|Duchess|Baron|Baroness|Lord|Lady) ')
PERSONAL_NAME = re.compile(r"^[A-Z][a-z'\-]+( [A-Z][a-z'\-]+){1,2}$")


def prefer_personal_names(rows) -> int:
    """A peer listed under a title (`Marquess of Lothian`, `Viscount Whitelaw`) whose aliases hold the
    personal name news uses (`Michael Ancram`, `William Whitelaw`) is named by it; the title stays an alias."""
    n = 0
    for r in rows.values():
        if r.type != 'PERSON' or not PEERAGE.match(r.name):
            continue
        personal = next((a for a in r.aliases if PERSONAL_NAME.match(a) and not PEERAGE.match(a)), None)
        if personal:
            r.aliases = [r.name] + [a for a in r.aliases if a != personal]
            r.name = personal
            n += 1
    return n


# The last words of a company's name that news drops (`Seagate Technology` -> `Seagate`).
COMPANY_TAILS = {'Technology', 'Technologies', 'International', 'Systems', 'Industries', 'Enterprises'}
COMPANY_SOURCES = ('sp500', 'fortune-global-500-2019', 'forbes-global-2021-top500')


def read_words(path, column=0):
    """The lower-cased first column of a word list in data/ (comments skipped)."""
    with open(path, encoding='utf-8') as f:
        return {l.split('\t')[column].strip().lower() for l in f if l.strip() and not l.startswith('#')}


def add_company_short_names(rows) -> int:
    """Gives a listed company whose name is one distinctive word and a dropped tail (`Seagate Technology`,
    `Akamai Technologies`, `Marriott International`) that word as an alias: not an English word
    (`Micron`, `Target`), not a given name, not a surname of a person in the gazetteer (`Ferguson
    Enterprises`, `Roper Technologies`) and no name or alias of another entity. Returns how many were added."""
    data = os.path.join(HERE, '..')
    common = read_words(os.path.join(data, 'common_words.txt'))
    given = read_words(os.path.join(data, 'given_names.tsv'))
    taken, surnames = set(), set()
    # Words that open names: `Toyota` opens `Toyota Motor` too, so is not Toyota Industries' alone.
    openers = collections.Counter()
    for r in rows.values():
        for n in {r.name, *r.aliases}:
            taken.add(n.lower())
            if r.type == 'PERSON':
                surnames.add(n.split()[-1].lower())
        for first in {n.split()[0].lower() for n in [r.name] + r.aliases if n.split()}:
            openers[first] += 1
    candidates = collections.defaultdict(list)
    for r in rows.values():
        if r.type != 'ORG' or not any(src in r.source for src in COMPANY_SOURCES):
            continue
        words = r.name.split()
        if len(words) != 2 or words[1] not in COMPANY_TAILS:
            continue
        short = words[0]
        low = short.lower()
        if (len(short) < 4 or not short.isalpha() or not short[0].isupper() or low in common or low in given
                or low in surnames or low in taken or openers[low] > 1):
            continue
        candidates[short].append(r)
    added = 0
    for short, owners in candidates.items():
        if len(owners) == 1:
            owners[0].add_aliases([short])
            added += 1
    return added


def add_subdivisions(path, rows) -> tuple[int, int]:
    """Adds the provinces and states of data/scripts/subdivisions.tsv (ISO 3166-2, see
    build_subdivisions.py) as places that lie in their country. Leaves out a subdivision whose name or
    alias another entity already has (`Beijing`, `Lagos`, `Mexico`) or another subdivision shares
    (`Punjab` of India and Pakistan), and one whose name is an English word (`Delta`, `Plateau`), a
    common given name (`Victoria`) or a surname of a person in the gazetteer (`Guerrero`, `Hidalgo`): a name
    read as a place would be a person's or a word's. Returns (added, left out)."""
    data = os.path.join(HERE, '..')
    common = read_words(os.path.join(data, 'common_words.txt'))
    # Common given names only (2,000 births or more): `Ontario` is a rare one.
    with open(os.path.join(data, 'given_names.tsv'), encoding='utf-8') as f:
        next(f)
        given = {c[0].lower() for c in (l.rstrip('\n').split('\t') for l in f) if int(c[2]) >= 2000}
    def key(name):
        """A name as the matcher compares it: `Québec` is `Quebec`."""
        return ''.join(c for c in unicodedata.normalize('NFKD', name) if not unicodedata.combining(c)).lower()

    taken, surnames = set(), set()
    for r in rows.values():
        for n in {r.name, *r.aliases}:
            taken.add(key(n))
            if r.type == 'PERSON' and n.split():
                surnames.add(n.split()[-1].lower())
    subs = []
    for _, row in read_tsv(path):
        forms = [row['name']] + [a for a in row['aliases'].split('|') if a]
        subs.append((row, forms))
    shared = collections.Counter(key(f) for _, forms in subs for f in {key(f) for f in forms})
    added = left_out = 0
    for row, forms in subs:
        low = row['name'].lower()
        if (any(key(f) in taken or shared[key(f)] > 1 for f in forms)
                or low in common or low in given or low in surnames):
            left_out += 1
            continue
        rows[row['id']] = Row(row['id'], row['name'], 'GPE', forms[1:], row['part_of'], 'iso3166-2')
        added += 1
    return added, left_out


def apply_curated(path, rows):
    if not os.path.isfile(path):
        die(f'missing curated table {path}')
    n_new = n_upd = n_drop = 0
    with open(path, encoding='utf-8') as f:
        lines = [(i, l.rstrip('\n')) for i, l in enumerate(f, 1)]
    header_seen = False
    for i, line in lines:
        if not line.strip() or line.startswith('#'):
            continue
        cells = line.split('\t')
        if not header_seen:
            if cells[:5] != ['id', 'name', 'type', 'aliases', 'part_of']:
                die(f'{path}:{i}: expected header id/name/type/aliases/part_of')
            header_seen = True
            continue
        cells += [''] * (6 - len(cells))
        id_, name, typ, aliases, part_of = (clean(c) for c in cells[:5])
        add = [a for a in aliases.split('|') if a and not a.startswith('-')]
        remove = [a[1:] for a in aliases.split('|') if a.startswith('-')]
        if typ == 'DROP':
            if id_ not in rows:
                die(f'{path}:{i}: DROP of unknown id {id_}')
            del rows[id_]
            n_drop += 1
            continue
        if typ and typ not in TYPES:
            die(f'{path}:{i}: bad type {typ!r}')
        if id_ in rows:
            r = rows[id_]
            if name and name != r.name:
                old = r.name
                r.name = name
                r.aliases = [a for a in r.aliases if a != name]
                r.add_aliases([old])
            if typ:
                r.type = typ
            if part_of:
                r.part_of = '' if part_of == '-' else part_of
            r.add_aliases(add)
            r.add_source('curated')
            n_upd += 1
        else:
            if not name or not typ:
                die(f'{path}:{i}: new row {id_} needs a name and a type')
            r = rows[id_] = Row(id_, name, typ, add, '' if part_of == '-' else part_of, 'curated')
            n_new += 1
        if remove:
            r.aliases = [a for a in r.aliases if a not in remove]
    return n_new, n_upd, n_drop


def fill_country(rows):
    for r in rows.values():
        if r.country:
            continue
        for ref in (r.id, r.part_of):
            m = re.fullmatch(r'(?:country|demonym):([A-Z]{2})', ref or '')
            if m:
                r.country = m.group(1)
                break
        else:
            if r.id.startswith('us-state:'):
                r.country = 'US'


def split_locations(rows):
    """Keep `part_of` (the entity a place acts for) only for capitals and curated seats of government.

    The sources give every city and US state its country as `part_of`. Only a capital stands for its
    country's government (`Beijing accuses`); `Newcastle said`, `Texas sued` and `Douglas told` are not
    the country speaking. For every other place the country moves to `located_in`, which the pipeline
    uses only as context to tell same-named places apart. Returns the number of rows changed.
    """
    n = 0
    for r in rows.values():
        if r.part_of and r.type in ('GPE', 'LOC') and 'capital' not in r.source and 'curated' not in r.source:
            r.located_in, r.part_of = r.part_of, ''
            n += 1
    return n


def validate(rows):
    errors = []
    names = collections.defaultdict(list)
    for r in rows.values():
        names[r.name].append(r)
        for field in ('id', 'name', 'type', 'part_of', 'located_in', 'source', 'country', 'role'):
            v = getattr(r, field)
            if '\t' in v or '\n' in v or '\r' in v:
                errors.append(f'{r.id}: tab/newline in {field}')
        if '|' in r.name:
            errors.append(f'{r.id}: "|" in name')
        if r.type not in TYPES:
            errors.append(f'{r.id}: bad type {r.type}')
        if r.part_of and r.part_of not in rows:
            errors.append(f'{r.id}: part_of {r.part_of} not in file')
        if r.part_of == r.id:
            errors.append(f'{r.id}: part_of itself')
        if r.located_in and r.located_in not in rows:
            errors.append(f'{r.id}: located_in {r.located_in} not in file')
        if r.name in r.aliases or len(set(r.aliases)) != len(r.aliases) or '' in r.aliases:
            errors.append(f'{r.id}: alias equal to name, duplicate or empty')
        if any('|' in a or '\t' in a for a in r.aliases):
            errors.append(f'{r.id}: separator inside alias')
        if r.type == 'NORP' and r.id.startswith('demonym:') and not r.part_of:
            errors.append(f'{r.id}: demonym without part_of')
    # Metonyms must not be country aliases.
    for r in rows.values():
        if r.id.startswith('country:'):
            bad = {'Kremlin', 'White House', 'Downing Street', 'Beijing', 'Washington', 'Moscow'} & set(r.aliases)
            if bad:
                errors.append(f'{r.id}: seat of government/capital as country alias: {sorted(bad)}')
    # Seed article entities.
    for name, (typ, parent) in SEED.items():
        cands = [r for r in names.get(name, []) if r.type == typ]
        if len(cands) != 1:
            errors.append(f'seed: {len(cands)} rows named {name!r} of type {typ} (need exactly 1)')
            continue
        r = cands[0]
        if parent:
            p = rows.get(r.part_of)
            if not p or p.name != parent:
                errors.append(f'seed: {name} part_of {r.part_of!r}, expected {parent}')
        want = SEED_ALIASES.get(name)
        if want and want not in r.aliases:
            errors.append(f'seed: {name} lacks alias {want!r}')
    for name in ('Washington', 'Beijing'):
        for r in names.get(name, []):
            if r.type == 'GPE' and rows.get(r.part_of, None) is None:
                errors.append(f'seed: GPE {r.id} named {name} without part_of')
    if len(rows) < 10000:
        errors.append(f'only {len(rows)} entities (need >= 10,000)')
    return errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--shared', required=True, help='the shared folder (holds data/gazetteer/)')
    ap.add_argument('--out', required=True, help='output TSV, e.g. data/gazetteer.tsv')
    ap.add_argument('--curated', default=DEFAULT_CURATED, help='curated table (default: %(default)s)')
    ap.add_argument('--open-only', action='store_true',
                    help='drop rows whose only sources state no licence (Fortune/Forbes lists)')
    args = ap.parse_args(argv)

    gdir = os.path.join(args.shared, 'data', 'gazetteer')
    if not os.path.isdir(args.shared):
        die(f'shared folder {args.shared!r} does not exist; pass --shared PATH (the folder holding '
            f'data/gazetteer/candidate.tsv)')
    if not os.path.isdir(gdir):
        die(f'{gdir!r} does not exist: {args.shared!r} is not the shared folder with the gazetteer sources')

    rows: dict[str, Row] = {}
    stats = load_sources(gdir, rows, args.open_only)
    for r in rows.values():
        if r.id.startswith('country:'):
            r.aliases = [unicodedata.normalize('NFC', a) for a in r.aliases]
    fix_demonyms(rows)
    for id_ in drop_conjoined_regions(rows):
        print(f'build_gazetteer: dropped region {id_} (named after two countries)', file=sys.stderr)
    n_surnames = drop_lone_surnames(rows)
    n_personal = prefer_personal_names(rows)
    n_short = add_company_short_names(rows)
    n_new, n_upd, n_drop = apply_curated(args.curated, rows)
    n_subs, n_subs_out = add_subdivisions(os.path.join(HERE, 'subdivisions.tsv'), rows)
    for r in rows.values():
        if r.id.startswith('country:'):
            clean_country_aliases(r)
    fill_country(rows)
    n_located = split_locations(rows)

    errors = validate(rows)
    if errors:
        for e in errors[:50]:
            print(f'build_gazetteer: check failed: {e}', file=sys.stderr)
        die(f'{len(errors)} check(s) failed; nothing written', 1)

    out_dir = os.path.dirname(os.path.abspath(args.out))
    os.makedirs(out_dir, exist_ok=True)
    tmp = args.out + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\t'.join(COLUMNS) + '\n')
        for id_ in sorted(rows):
            r = rows[id_]
            f.write('\t'.join([r.id, r.name, r.type, '|'.join(r.aliases), r.part_of, r.located_in, r.source,
                               r.country, r.role]) + '\n')
    os.replace(tmp, args.out)

    by_type = collections.Counter(r.type for r in rows.values())
    n_alias = sum(len(r.aliases) for r in rows.values())
    print(f'wrote {args.out}: {len(rows)} entities, {n_alias} aliases')
    print('  by type: ' + ', '.join(f'{t} {n}' for t, n in sorted(by_type.items(), key=lambda x: -x[1])))
    print('  sources: ' + ', '.join(f'{k} {v}' for k, v in sorted(stats.items())))
    print(f'  curated: {n_new} new, {n_upd} updated, {n_drop} dropped; skipped: {", ".join(SKIPPED)}')
    print(f'  one-word aliases of people who are not heads of state or government: {n_surnames} dropped')
    print(f'  peers named by their personal name rather than their title: {n_personal}')
    print(f'  companies also named without their last word (Seagate Technology -> Seagate): {n_short}')
    print(f'  places that lie in a country without acting for it (part_of moved to located_in): {n_located}')
    print(f'  provinces and states (ISO 3166-2): {n_subs} added, {n_subs_out} left out (names taken or words)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
