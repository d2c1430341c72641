#!/usr/bin/env python3
"""Build data/common_words.txt: common English words, lowercase, one per line, sorted.

A word is kept when it is among the TOP most frequent English words of the `wordfreq` package (data CC BY-SA 4.0,
code Apache-2.0) AND appears in lowercase in the SCOWL-based word list of Debian's `wamerican` package
(/usr/share/dict/american-english, permissive SCOWL licence). The dictionary filter removes proper names that are
frequent in text (putin, nato, jordan, asia) but keeps words that are also names (may, young, bill, turkey, china,
will, mark, rose, hope, grant, brown, white, chad, guinea ...). Only ASCII letters and apostrophes; capped at --cap.

Usage (from the repository root):
    pip install wordfreq==3.1.1 && apt-get install -y wamerican
    python3 data/scripts/build_common_words.py --out data/common_words.txt
"""
from __future__ import annotations

import argparse
import os
import re
import sys

WORD = re.compile(r"[a-z']+")
MUST_HAVE = ['may', 'young', 'bill', 'turkey', 'china', 'will', 'mark', 'rose', 'hope', 'grant', 'brown', 'white',
             'chad', 'guinea']


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', required=True)
    ap.add_argument('--top', type=int, default=40000, help='frequency rank cut in wordfreq (default %(default)s)')
    ap.add_argument('--cap', type=int, default=30000, help='maximum number of words (default %(default)s)')
    ap.add_argument('--dict', default='/usr/share/dict/american-english',
                    help='lowercase dictionary filter (default %(default)s, Debian package wamerican)')
    args = ap.parse_args(argv)
    try:
        import wordfreq
    except ImportError:
        print('build_common_words: error: Python package wordfreq is missing (pip install wordfreq==3.1.1)',
              file=sys.stderr)
        return 2
    if not os.path.isfile(args.dict):
        print(f'build_common_words: error: {args.dict} is missing (apt-get install -y wamerican)', file=sys.stderr)
        return 2
    with open(args.dict, encoding='utf-8', errors='replace') as f:
        lower = {w.strip() for w in f if WORD.fullmatch(w.strip())}
    ranked = [w for w in wordfreq.top_n_list('en', args.top) if WORD.fullmatch(w) and w in lower]
    words = sorted(set(ranked[:args.cap]))
    missing = [w for w in MUST_HAVE if w not in words]
    if missing:
        print(f'build_common_words: error: expected common words missing: {missing}', file=sys.stderr)
        return 1
    version = getattr(wordfreq, '__version__', None)
    if version is None:
        try:
            from importlib.metadata import version as _v
            version = _v('wordfreq')
        except Exception:  # pragma: no cover
            version = 'unknown'
    header = [
        '# common_words.txt: common English words (lowercase), one per line, sorted.',
        f'# {len(words)} words: the top {args.top} English words of wordfreq {version} (Robyn Speer et al.;',
        '# word-frequency data CC BY-SA 4.0, https://github.com/rspeer/wordfreq) that also appear in lowercase',
        "# in SCOWL's american-english list (Debian package wamerican; Copyright 2000-2011 Kevin Atkinson and",
        '# others, permissive licence: use, copy, modify, distribute with the copyright notice).',
        '# ASCII letters and apostrophes only. Built by data/scripts/build_common_words.py.',
        '# Because of the wordfreq data this file is CC BY-SA 4.0: keep this attribution.',
    ]
    tmp = args.out + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(header) + '\n')
        f.write('\n'.join(words) + '\n')
    os.replace(tmp, args.out)
    print(f'wrote {args.out}: {len(words)} words')
    return 0


if __name__ == '__main__':
    sys.exit(main())
