#!/usr/bin/env bash
# Scores quote attribution (issue 5) on the shared evaluation sets:
#   - the seed article (../shared/eval/seed) and WhoSaid dev with score_whosaid.py,
#   - PolNeAR dev (and train with --train) with score_attribution.py.
# The sets are research-licensed and live outside the repo in ${NEWSGRAPH_SHARED:-../shared};
# without them the script says so and exits 0.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
shared="${NEWSGRAPH_SHARED:-../shared}"
if [[ ! -d "$shared/eval" ]]; then
    echo "$shared/eval not found: skipping the attribution evaluation"
    exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cargo build --release --quiet
bin="$root/target/release/newsgraph"

run_whosaid() { # name gold docs
    "$bin" extract "$3" -o "$tmp/$1" --quiet
    echo "== $1"
    python3 "$shared/eval/score_whosaid.py" --gold "$2" --pred "$tmp/$1/quotes.jsonl" --docs "$3" | tail -n 1
}
run_polnear() { # split
    local docs="$shared/eval/polnear/$1.docs.jsonl"
    "$bin" extract "$docs" -o "$tmp/polnear-$1" --quiet
    echo "== polnear $1"
    python3 "$shared/eval/score_attribution.py" --gold "$shared/eval/polnear/$1.gold.jsonl" \
        --pred "$tmp/polnear-$1/quotes.jsonl" --docs "$docs" | tail -n 1
}
run_whosaid seed "$shared/eval/seed/nato.gold.jsonl" "$shared/eval/seed/nato.docs.jsonl"
run_whosaid whosaid-dev "$shared/eval/whosaid/dev.gold.jsonl" "$shared/eval/whosaid/dev.docs.jsonl"
run_polnear dev
if [[ "${1:-}" == "--train" ]]; then
    run_polnear train
fi
