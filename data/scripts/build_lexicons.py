#!/usr/bin/env python3
"""Builds data/speech_verbs.tsv and data/given_names.tsv from the open-licensed
lexicons in ../shared/data/lexicons (see data/README.md for provenance).

Usage: python3 data/scripts/build_lexicons.py [--shared ../shared] [--out data]
"""
import argparse
import os
import sys

# Verbs that report speech or writing in news (a curated subset of the GGT list
# and the VerbNet communication classes). Beliefs (think, believe) are left
# out on purpose: they are not attributions of speech.
SPEECH = """
accuse acknowledge add admit advise affirm agree allege announce answer argue ask assert assure
blame boast brief caution charge claim clarify comment complain concede conclude confess confirm
contend counter criticise criticize declare decry demand deny describe disclose dismiss dispute
emphasise emphasize estimate explain forecast hint indicate inform insist joke lament maintain
mention note notify object observe plead pledge point out predict proclaim promise propose protest
quip reassure recall recount reiterate remark remind repeat reply report respond retort reveal say
scream shout signal speak state stress suggest swear tell testify threaten tweet urge vow warn
whisper write yell
""".split()

# Verbs whose object is the person spoken to (`told CNBC`, `warned reporters`).
ADDRESSEE = set("advise assure brief caution inform notify reassure remind tell urge warn ask".split())

IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "writing", "written"],
    "speak": ["speak", "speaks", "spoke", "speaking", "spoken"],
    "swear": ["swear", "swears", "swore", "swearing", "sworn"],
    "forecast": ["forecast", "forecasts", "forecasting", "forecasted"],
    "point out": ["point out", "points out", "pointed out", "pointing out"],
}


def inflect(lemma):
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    elif lemma in ("admit", "commit", "quip", "plan", "regret"):
        past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return [lemma, third, past, ing]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="data")
    a = ap.parse_args()
    lex = os.path.join(a.shared, "data", "lexicons")
    if not os.path.isdir(lex):
        sys.exit(f"{lex} not found: the shared lexicons are needed to rebuild (the built files are committed)")
    known = {}
    with open(os.path.join(lex, "speech_verbs.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            lemma, forms = line.rstrip("\n").split("\t")[:2]
            known[lemma] = forms.split("|")
    with open(os.path.join(a.out, "speech_verbs.tsv"), "w", encoding="utf-8") as out:
        out.write("lemma\tforms\taddressee_object\n")
        for lemma in sorted(set(SPEECH)):
            forms = IRREGULAR.get(lemma) or known.get(lemma) or inflect(lemma)
            forms = sorted(set(forms) | set(inflect(lemma) if lemma not in IRREGULAR else []))
            out.write(f"{lemma}\t{'|'.join(forms)}\t{'yes' if lemma in ADDRESSEE else 'no'}\n")
    with open(os.path.join(lex, "given_names.tsv"), encoding="utf-8") as f, \
            open(os.path.join(a.out, "given_names.tsv"), "w", encoding="utf-8") as out:
        header = next(f)
        out.write(header)
        for line in f:
            name, p_female, count = line.rstrip("\n").split("\t")
            if int(count) >= 2000:
                out.write(line)
    print("wrote speech_verbs.tsv and given_names.tsv to", a.out)


if __name__ == "__main__":
    main()
