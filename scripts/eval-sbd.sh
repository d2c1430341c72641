#!/usr/bin/env bash
# Scores the sentence segmenter on the shared SBD test sets (issue 3).
#
# Runs the real CLI (`newsgraph sentences --id-field id FILE`) on the Golden Rules and the
# news cases, converts its output ({"doc", "sentences": [{"start","end","text"}]}) to the
# scorer's prediction format ({"id", "sentences": [text]}) and prints both scores.
# The test sets are research-licensed and live outside the repo, in
# ${NEWSGRAPH_SHARED:-../shared} (relative to the repo root). Without them the script
# says so and exits 0. It exits non-zero if the CLI or the scorer fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
shared="${NEWSGRAPH_SHARED:-../shared}"
sbd="$shared/eval/sbd"

if [[ ! -d "$shared" ]]; then
    echo "$shared not found: skipping SBD evaluation"
    exit 0
fi
if [[ ! -f "$sbd/score_sbd.py" ]]; then
    echo "$sbd/score_sbd.py not found: skipping SBD evaluation"
    exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cargo build --release --quiet

status=0
for set in golden_rules_en:sbd_golden_pass news_cases_en:sbd_news_pass; do
    name="${set%%:*}"
    key="${set##*:}"
    gold="$sbd/$name.jsonl"
    if [[ ! -f "$gold" ]]; then
        echo "$gold not found: skipping"
        continue
    fi
    cargo run --release --quiet -- sentences --id-field id "$gold" >"$tmp/$name.out"
    python3 - "$tmp/$name.out" >"$tmp/$name.pred" <<'PY'
import json, sys

# The CLI echoes ids as strings; the gold ids are numbers.
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        row = json.loads(line)
        doc = row["doc"]
        try:
            doc = int(doc)
        except (TypeError, ValueError):
            pass
        texts = [s["text"] for s in row["sentences"]]
        print(json.dumps({"id": doc, "sentences": texts}, ensure_ascii=False))
PY
    echo "== $name"
    python3 "$sbd/score_sbd.py" "$gold" "$tmp/$name.pred" --key "$key" --show "${SHOW:-0}" || status=$?
done
exit "$status"
