//! Throughput of each pipeline stage and of the whole per-document
//! pipeline, in bytes of article text per second, with the built-in
//! gazetteer.
//!
//! The corpus is the committed sample articles (`data/samples/`) repeated to
//! about 1 MB, so the bench runs anywhere; set `NEWSGRAPH_BENCH_JSONL` to a
//! JSON Lines file (field `text`) to measure on real news instead. The end
//! to end benchmark of the binary on large dumps is `scripts/bench-e2e.sh`.
//! Run with `cargo bench --bench pipeline`.

use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use newsgraph::aggregate::Aggregate;
use newsgraph::attribute::Attributor;
use newsgraph::export::DocumentLines;
use newsgraph::resolve::Resolver;
use newsgraph::{relate, segment, Document, Gazetteer, Pipeline};

fn main() {
    divan::main();
}

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");

static PIPELINE: LazyLock<Pipeline> =
    LazyLock::new(|| Pipeline::with_gazetteer(Gazetteer::builtin().expect("built-in gazetteer")));

/// The raw texts: the env corpus or the samples repeated to about 1 MB.
static TEXTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let read = |path: &std::path::Path| -> Vec<String> {
        let raw = std::fs::read_to_string(path).unwrap_or_default();
        raw.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
            .collect()
    };
    if let Ok(path) = std::env::var("NEWSGRAPH_BENCH_JSONL") {
        let docs = read(std::path::Path::new(&path));
        eprintln!("bench corpus: {path} ({} documents)", docs.len());
        return docs;
    }
    let mut one_round = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(SAMPLES)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    for p in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
    {
        one_round.extend(read(p));
    }
    let size: usize = one_round.iter().map(String::len).sum::<usize>().max(1);
    let rounds = (1 << 20) / size + 1;
    eprintln!("bench corpus: data/samples repeated {rounds} times");
    (0..rounds)
        .flat_map(|_| one_round.iter().cloned())
        .collect()
});

fn bytes() -> BytesCount {
    BytesCount::new(TEXTS.iter().map(String::len).sum::<usize>())
}

/// Documents annotated up to (not including) `stage`.
fn prepared(stage: usize) -> Vec<Document> {
    let g = PIPELINE.gazetteer();
    TEXTS
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut doc = Document::new(format!("d{i}"), t.clone());
            if stage > 0 {
                doc.paragraphs = segment::paragraphs(&doc.text);
                doc.sentences = segment::sentences(&doc.text);
            }
            if stage > 2 {
                let hits = g.find(&doc.text);
                Resolver.resolve(g, &mut doc, &hits);
            }
            if stage > 3 {
                Attributor.attribute(g, &mut doc);
            }
            if stage > 4 {
                doc.relations = relate::extract(g, &doc);
            }
            doc
        })
        .collect()
}

#[divan::bench]
fn segment(bencher: Bencher) {
    bencher.counter(bytes()).bench(|| {
        for t in TEXTS.iter() {
            black_box(segment::sentences(t));
        }
    });
}

#[divan::bench]
fn matching(bencher: Bencher) {
    let g = PIPELINE.gazetteer();
    bencher.counter(bytes()).bench(|| {
        for t in TEXTS.iter() {
            black_box(g.find(t));
        }
    });
}

#[divan::bench]
fn raw_scan(bencher: Bencher) {
    let g = PIPELINE.gazetteer();
    bencher.counter(bytes()).bench(|| {
        for t in TEXTS.iter() {
            black_box(g.matcher().raw_count(t));
        }
    });
}

#[divan::bench]
fn resolve(bencher: Bencher) {
    let g = PIPELINE.gazetteer();
    let docs = prepared(1);
    let hits: Vec<_> = docs.iter().map(|d| g.find(&d.text)).collect();
    bencher
        .counter(bytes())
        .with_inputs(|| docs.clone())
        .bench_local_values(|mut docs| {
            for (d, h) in docs.iter_mut().zip(&hits) {
                Resolver.resolve(g, d, h);
            }
            docs
        });
}

#[divan::bench]
fn attribute(bencher: Bencher) {
    let g = PIPELINE.gazetteer();
    bencher
        .counter(bytes())
        .with_inputs(|| prepared(3))
        .bench_local_values(|mut docs| {
            for d in &mut docs {
                Attributor.attribute(g, d);
            }
            docs
        });
}

#[divan::bench]
fn relate(bencher: Bencher) {
    let g = PIPELINE.gazetteer();
    let docs = prepared(4);
    bencher.counter(bytes()).bench(|| {
        for d in &docs {
            black_box(relate::extract(g, d));
        }
    });
}

#[divan::bench]
fn aggregate(bencher: Bencher) {
    let g = PIPELINE.gazetteer();
    let docs = prepared(5);
    bencher.counter(bytes()).bench(|| {
        let mut agg = Aggregate::default();
        for d in &docs {
            agg.add(g, d);
        }
        black_box(agg.into_graph())
    });
}

#[divan::bench]
fn export_lines(bencher: Bencher) {
    let g = PIPELINE.gazetteer();
    let docs = prepared(5);
    bencher.counter(bytes()).bench(|| {
        let mut lines = DocumentLines::default();
        for d in &docs {
            lines.append(g, d);
        }
        black_box(lines)
    });
}

#[divan::bench]
fn end_to_end(bencher: Bencher) {
    bencher
        .counter(bytes())
        .with_inputs(|| prepared(0))
        .bench_local_values(|mut docs| {
            let g = PIPELINE.gazetteer();
            let mut lines = DocumentLines::default();
            for d in &mut docs {
                PIPELINE.annotate(d);
                lines.append(g, d);
            }
            (docs, lines)
        });
}
