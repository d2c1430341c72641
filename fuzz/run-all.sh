#!/bin/sh
# Runs every target for $1 seconds (default 600), one at a time, niced.
cd "$(dirname "$0")"
T=${1:-600}
for t in pipeline jsonl_reader csv_reader segmenter matcher; do
  mkdir -p corpus/$t artifacts/$t
  echo "== $t $(date +%T)"
  nice -n 19 target/x86_64-unknown-linux-gnu/release/$t corpus/$t \
    -dict=dict/news.dict -max_total_time=$T -timeout=20 -rss_limit_mb=2048 \
    -max_len=8192 -artifact_prefix=artifacts/$t/ -print_final_stats=1 2>&1 | tail -25
done
