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
concur contend counter criticise criticize declare decry demand deny describe disclose dismiss dispute
elaborate emphasise emphasize estimate exclaim explain find forecast hint indicate inform insist joke lament maintain
mention muse note notify object observe plead pledge point predict proclaim promise propose protest
quip reason reassure recall recount refute reiterate reject remark remind repeat reply report respond retort reveal
say scream shout show signal speak speculate state stress suggest swear tell testify threaten tweet underline urge vow
warn whisper write yell
""".split()

# Phrases that report speech like a verb (`expressed concern that`, `made it
# clear that`), with their inflected forms.
PHRASES = {
    **{f"express {noun}": [f"{verb} {noun}" for verb in ("express", "expressed", "expresses", "expressing")]
       for noun in ("concern", "confidence", "doubt", "fear", "hope")},
    "voice concern": ["voice concern", "voiced concern", "voices concern", "voicing concern"],
    # `"...," he fired back.`
    "fire back": ["fire back", "fired back", "fires back", "firing back"],
    "shoot back": ["shoot back", "shot back", "shoots back", "shooting back"],
    "make clear": ["make clear", "made clear", "makes clear", "making clear",
                   "make it clear", "made it clear", "makes it clear", "making it clear"],
}

# Beliefs, knowledge and hopes: attributions too, tagged `belief-cue`; listed
# after the speech verbs.
BELIEFS = ["believe", "think", "know", "expect", "hope", "fear", "reckon"]

# Verbs whose object is the person spoken to (`told CNBC`, `warned reporters`).
ADDRESSEE = set("advise assure brief caution inform notify reassure remind tell urge warn ask".split())

IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "writing", "written"],
    "speak": ["speak", "speaks", "spoke", "speaking", "spoken"],
    "swear": ["swear", "swears", "swore", "swearing", "sworn"],
    "forecast": ["forecast", "forecasts", "forecasting", "forecasted"],
    "find": ["find", "finds", "found", "finding"],
    "concur": ["concur", "concurs", "concurred", "concurring"],
    "show": ["show", "shows", "showed", "showing", "shown"],
    "think": ["think", "thinks", "thought", "thinking"],
    "know": ["know", "knows", "knew", "knowing", "known"],
    # Only these: `reason` as a noun and base form is not a cue.
    "reason": ["reasoned", "reasoning"],
}


def inflect(lemma):
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("ee"):
        past, ing = lemma + "d", lemma + "ing"
    elif lemma.endswith("e"):
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


MONTHS_AND_DAYS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday",
]


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
        rows = {}
        for lemma in set(SPEECH):
            forms = IRREGULAR.get(lemma) or known.get(lemma) or inflect(lemma)
            rows[lemma] = set(forms) | set(inflect(lemma) if lemma not in IRREGULAR else [])
        for lemma, forms in PHRASES.items():
            rows[lemma] = set(forms)
        for lemma in sorted(rows):
            # The shared list misspells some -ee verbs (`agreing`).
            forms = sorted(f for f in rows[lemma] if not (lemma.endswith("ee") and f == lemma[:-1] + "ing"))
            out.write(f"{lemma}\t{'|'.join(forms)}\t{'yes' if lemma in ADDRESSEE else 'no'}\n")
        out.write("# Beliefs, knowledge and hopes: attributions too (rule `belief-cue`).\n")
        for lemma in BELIEFS:
            forms = sorted(IRREGULAR.get(lemma) or inflect(lemma))
            out.write(f"{lemma}\t{'|'.join(forms)}\tno\n")
    # Rarer names (200 to 2,000 births) only when they are no English word
    # and neither a single-word name in the gazetteer nor the first word of
    # one that names no person: news names many people born outside the US
    # (`Piers`, `Dieter`, `Jemima`), but a rare US name may be a country, a
    # nationality or a brand (`Italy`, `British`, `Sony`, `Windsor
    # Castle`), which would open false names (`British Chamber`).
    data = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    common = set()
    with open(os.path.join(data, "common_words.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                common.add(line.strip().lower())
    forms = set(MONTHS_AND_DAYS)
    with open(os.path.join(data, "gazetteer.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            for form in [cols[1]] + [x for x in cols[3].split("|") if x]:
                # A single word, or the first word of a name of no person
                # (`Windsor Castle`, `Alfa Romeo`).
                if " " not in form or cols[2] != "PERSON":
                    forms.add(form.split(" ")[0])
    with open(os.path.join(lex, "given_names.tsv"), encoding="utf-8") as f, \
            open(os.path.join(a.out, "given_names.tsv"), "w", encoding="utf-8") as out:
        header = next(f)
        out.write(header)
        for line in f:
            name, p_female, count = line.rstrip("\n").split("\t")
            rare_name = int(count) >= 200 and name.lower() not in common and name not in forms
            if int(count) >= 2000 or rare_name:
                out.write(line)
    print("wrote speech_verbs.tsv and given_names.tsv to", a.out)


if __name__ == "__main__":
    main()
