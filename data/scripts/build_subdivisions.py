#!/usr/bin/env python3
"""Build data/scripts/subdivisions.tsv: the provinces and states that news names (Ontario, Quebec,
Queensland, Punjab, Guangdong, Bavaria), which build_gazetteer.py adds to the built-in gazetteer.

Source: the ISO 3166-2 list of Debian's iso-codes package (/usr/share/iso-codes/json/iso_3166-2.json;
`apt install iso-codes`), LGPL-2.1, the same data pycountry ships. Only the first-level subdivisions of
the countries in COUNTRIES are read, with their names made English where ISO writes them in the local
language or with a suffix (`Guangdong Sheng` -> Guangdong, `Tamil Nādu` -> Tamil Nadu); ENGLISH gives
the English names of Germany's, Spain's, Italy's and Russia's best-known subdivisions, which ISO
writes only in the local language (written for this project, project-owned). build_gazetteer.py
drops a name that another entity already has, that is an English word or a common given name.

Usage (from the repository root):
    python3 data/scripts/build_subdivisions.py [--iso /usr/share/iso-codes/json/iso_3166-2.json]
Python 3.11, standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ISO = '/usr/share/iso-codes/json/iso_3166-2.json'
OUT = os.path.join(HERE, 'subdivisions.tsv')

# Countries whose first-level subdivisions ISO names as English news does (after the clean-up below).
COUNTRIES = ['AU', 'BR', 'CA', 'CN', 'IN', 'MX', 'NG', 'PK', 'ZA']

# Chinese suffixes: province, municipality, autonomous region (and the people it is named after).
CN_SUFFIXES = [' Zhuangzu Zizhiqu', ' Huizi Zizhiqu', ' Uygur Zizhiqu', ' Zizhiqu', ' Sheng', ' Shi', ' SAR']
CN_ENGLISH = {'Xizang': 'Tibet', 'Nei Mongol': 'Inner Mongolia'}
# Spanish and Portuguese long forms that news shortens.
SHORT = {'Coahuila de Zaragoza': 'Coahuila', 'Michoacán de Ocampo': 'Michoacán',
         'Veracruz de Ignacio de la Llave': 'Veracruz', 'Kwazulu-Natal': 'KwaZulu-Natal'}

# code -> English name (with `|` aliases), for subdivisions ISO names only in the local language. Not
# Hesse, whose name news writes more often of people (`Martha Hesse`), nor Piedmont, as often a US
# region or airline (`Piedmont Aviation`).
ENGLISH = {
    'DE-BY': 'Bavaria', 'DE-BW': 'Baden-Wuerttemberg|Baden-Württemberg',
    'DE-NI': 'Lower Saxony', 'DE-NW': 'North Rhine-Westphalia', 'DE-RP': 'Rhineland-Palatinate',
    'DE-SN': 'Saxony', 'DE-ST': 'Saxony-Anhalt', 'DE-TH': 'Thuringia', 'DE-BB': 'Brandenburg',
    'DE-MV': 'Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern', 'DE-SH': 'Schleswig-Holstein',
    'DE-SL': 'Saarland',
    'ES-CT': 'Catalonia', 'ES-AN': 'Andalusia', 'ES-PV': 'Basque Country', 'ES-GA': 'Galicia',
    'ES-AR': 'Aragon', 'ES-CL': 'Castile and Leon|Castilla y León', 'ES-NC': 'Navarre',
    'IT-25': 'Lombardy', 'IT-52': 'Tuscany', 'IT-82': 'Sicily', 'IT-88': 'Sardinia',
    'IT-34': 'Veneto', 'IT-72': 'Campania', 'IT-45': 'Emilia-Romagna', 'IT-62': 'Lazio',
    'IT-75': 'Apulia|Puglia', 'IT-78': 'Calabria',
    'RU-CE': 'Chechnya', 'RU-DA': 'Dagestan', 'RU-IN': 'Ingushetia', 'RU-TA': 'Tatarstan',
    'RU-BA': 'Bashkortostan', 'RU-KGD': 'Kaliningrad', 'RU-KDA': 'Krasnodar',
}


def ascii_fold(s: str) -> str:
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def english(cc: str, name: str) -> str:
    if cc == 'CN':
        for suffix in CN_SUFFIXES:
            if name.endswith(suffix):
                name = name[:-len(suffix)]
                break
        name = CN_ENGLISH.get(name, name)
    return SHORT.get(name, name)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--iso', default=DEFAULT_ISO, help='iso_3166-2.json (default: %(default)s)')
    ap.add_argument('--out', default=OUT)
    args = ap.parse_args(argv)
    if not os.path.isfile(args.iso):
        sys.exit(f'{args.iso} not found: install iso-codes (apt install iso-codes) or pass --iso')
    with open(args.iso, encoding='utf-8') as f:
        subs = json.load(f)['3166-2']
    rows = []
    for s in subs:
        cc = s['code'].split('-')[0]
        if 'parent' in s:
            continue
        if s['code'] in ENGLISH:
            name, *aliases = ENGLISH[s['code']].split('|')
        elif cc in COUNTRIES:
            name, aliases = english(cc, s['name']), []
        else:
            continue
        folded = ascii_fold(name)
        if folded != name:
            aliases.append(folded)
        rows.append((f"iso3166-2:{s['code']}", name, 'GPE', '|'.join(aliases), f'country:{cc}', s['type']))
    with open(args.out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('id\tname\ttype\taliases\tpart_of\tiso_type\n')
        for row in sorted(rows):
            f.write('\t'.join(row) + '\n')
    print(f'wrote {args.out}: {len(rows)} subdivisions')


if __name__ == '__main__':
    main()
