#!/usr/bin/env bash
# Scores entity matching and resolution on CoNLL-2003 (issue 4).
#
# make_eval.py turns `eng.train` into the shared task's dictionary (train_gazetteer.tsv: every
# entity phrase of train with one class only) and each evaluated split into documents and gold
# mentions. The real CLI then runs
#     newsgraph mentions --no-default-gazetteer --gazetteer train_gazetteer.tsv SPLIT.docs.jsonl
# and score_mentions.py prints typed and untyped P/R/F1. Dev is `testa`; set SPLITS to score
# other splits (e.g. `SPLITS="testa testb"` when a held-out eng.testb is present).
# Baseline (the shared task's dictionary tagger): typed F1 71.18 on dev.
#
# The data is research-licensed and lives outside the repo, in ${NEWSGRAPH_SHARED:-../shared}
# (relative to the repo root). Without it the script says so and exits 0. It exits non-zero if
# the CLI or the scorer fails. KEEP=DIR keeps the generated files (docs, gold, predictions).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
shared="${NEWSGRAPH_SHARED:-../shared}"
conll="$shared/eval/conll2003"

if [[ ! -d "$shared" ]]; then
    echo "$shared not found: skipping the CoNLL-2003 evaluation"
    exit 0
fi
if [[ ! -f "$conll/make_eval.py" || ! -f "$conll/eng.train" ]]; then
    echo "$conll/make_eval.py or eng.train not found: skipping the CoNLL-2003 evaluation"
    exit 0
fi

if [[ -n "${KEEP:-}" ]]; then
    tmp="$KEEP"
    mkdir -p "$tmp"
else
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
fi

cargo build --release --quiet
bin="$root/target/release/newsgraph"

python3 "$conll/make_eval.py" "$conll/eng.train" "$tmp" --gazetteer
status=0
for split in ${SPLITS:-testa}; do
    src="$conll/eng.$split"
    if [[ ! -f "$src" ]]; then
        echo "$src not found: skipping"
        continue
    fi
    [[ "$split" == train ]] || python3 "$conll/make_eval.py" "$src" "$tmp"
    "$bin" mentions --quiet --no-default-gazetteer --gazetteer "$tmp/train_gazetteer.tsv" \
        "$tmp/$split.docs.jsonl" >"$tmp/$split.pred.jsonl"
    echo "== $split"
    python3 "$conll/score_mentions.py" --gold "$tmp/$split.gold.jsonl" \
        --pred "$tmp/$split.pred.jsonl" || status=$?
done
exit "$status"
