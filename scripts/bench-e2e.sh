#!/usr/bin/env bash
# End-to-end benchmark (issue 7): newsgraph extract on a ~1 GB JSONL dump built from the shared
# BBC and Reuters corpora, at 1 and 2 threads, side by side with the raw Aho-Corasick scan of the
# same automaton over the same bytes (`newsgraph scan`, the ceiling), with peak RSS from
# /usr/bin/time -v. Prints a Markdown table. Usage: scripts/bench-e2e.sh [SIZE_MB] (default 1024).
# The corpora are research-licensed and live outside the repo in ${NEWSGRAPH_SHARED:-../shared};
# without them the script says so and exits 0. Scratch files go to ${TMPDIR:-/tmp}.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
shared="${NEWSGRAPH_SHARED:-../shared}"
news="$shared/data/news"
if [[ ! -f "$news/bbc2225.jsonl" || ! -f "$news/reuters21578.jsonl" ]]; then
    echo "$news not found: skipping the end-to-end benchmark"
    exit 0
fi
size_mb="${1:-1024}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
bin="$root/target/release/newsgraph"

dump="$work/dump.jsonl"
python3 - "$news" "$dump" "$size_mb" <<'PY'
import os, sys
news, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
chunk = b"".join(open(os.path.join(news, f), "rb").read().rstrip(b"\n") + b"\n"
                 for f in ("bbc2225.jsonl", "reuters21578.jsonl"))
with open(out, "wb") as f:
    written = 0
    while written < size_mb * 1_000_000:
        f.write(chunk)
        written += len(chunk)
PY
input_mb=$(python3 -c "import os; print(round(os.path.getsize('$dump')/1e6, 1))")

run() { # label, then the command; prints "label seconds rss_mb"
    local label="$1"; shift
    /usr/bin/time -v "$@" > "$work/out.txt" 2> "$work/time.txt"
    local secs rss
    secs=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print int($NF/1024)}')
    echo "$label $secs $rss"
}

echo "input: $input_mb MB of JSONL ($(wc -l < "$dump") documents)"
echo
echo "| run | seconds | MB/s (input) | peak RSS MB |"
echo "|---|---|---|---|"
for threads in 1 2; do
    read -r label s r < <(run "scan-$threads" "$bin" scan "$dump" --threads "$threads" -q)
    echo "| raw scan, $threads thread(s) | $s | $(python3 -c "print(round($input_mb/$s,1))") | $r |"
    read -r label s r < <(run "extract-$threads" "$bin" extract "$dump" -o "$work/out-$threads" --threads "$threads" -q)
    echo "| extract, $threads thread(s) | $s | $(python3 -c "print(round($input_mb/$s,1))") | $r |"
done
