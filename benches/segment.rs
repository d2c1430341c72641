//! Throughput of [`newsgraph::segment::sentences`] on real news text, in bytes/s.
//!
//! Reads the BBC corpus from `../shared/data/news/bbc2225.jsonl` (field `text`) when it is
//! there; otherwise the committed samples in `data/samples/`, or, failing that, a small
//! embedded paragraph. It prints which one it used. Run with `cargo bench --bench segment`.

use std::path::Path;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};

const BBC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/news/bbc2225.jsonl"
);
const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");

/// Used when neither the corpus nor the samples are available.
const EMBEDDED: &str = "WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed the bill. \
Sen. Elizabeth Warren, D-Mass., said it would fail. \"Who knows?\" Johnson said. Shares fell \
3.5% to $12.75 at 9:30 a.m. on Tuesday. The company moved to the U.K. The move was announced \
on Monday by Goldman Sachs Group Inc. It closed on Friday.\n\nJ.K. Rowling's new novel sold \
a million copies in a week... and more.";

fn main() {
    divan::main();
}

/// The documents to segment, and where they came from.
fn corpus() -> (Vec<String>, String) {
    if let Ok(raw) = std::fs::read_to_string(BBC) {
        let docs: Vec<String> = raw
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
            .collect();
        if !docs.is_empty() {
            return (docs, format!("BBC corpus {BBC}"));
        }
    }
    let mut docs = Vec::new();
    if let Ok(dir) = std::fs::read_dir(Path::new(SAMPLES)) {
        let mut paths: Vec<_> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let Ok(raw) = std::fs::read_to_string(&path) else {
                continue;
            };
            if path.extension().is_some_and(|e| e == "jsonl") {
                docs.extend(
                    raw.lines()
                        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned)),
                );
            } else {
                docs.push(raw);
            }
        }
    }
    if !docs.is_empty() {
        return (docs, format!("samples in {SAMPLES}"));
    }
    (vec![EMBEDDED.to_owned()], "embedded paragraph".to_owned())
}

#[divan::bench]
fn sentences(bencher: Bencher) {
    let (docs, origin) = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    eprintln!(
        "segment bench: {} documents, {bytes} bytes from {origin}",
        docs.len()
    );
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut n = 0;
        for doc in &docs {
            n += newsgraph::segment::sentences(black_box(doc)).len();
        }
        n
    });
}
