//! `summary.json`: the counts and timings of a run.
//!
//! Owns: the summary layout. Reads: [`Stats`]. Writes: pretty-printed JSON:
//!
//! ```text
//! {
//!   "version": "0.1.0",
//!   "documents_read": 3,
//!   "documents_processed": 2,
//!   "documents_skipped": 1,
//!   "bytes": 5120,
//!   "sentences": 48,
//!   "mentions": 97,
//!   "quotes": 12,
//!   "relations": 20,
//!   "nodes": 31,
//!   "edges": 17,
//!   "seconds": {
//!     "read": 0.001, "segment": 0.002, "match": 0.004, "resolve": 0.001,
//!     "attribute": 0.003, "relate": 0.001, "aggregate": 0.0, "export": 0.002,
//!     "wall": 0.012
//!   },
//!   "files": {
//!     "in/a.jsonl": {"read": 3, "processed": 2, "skipped": 1}
//!   }
//! }
//! ```
//!
//! (`seconds` and `files` are pretty-printed one key per line.) Stage times
//! are CPU time summed over worker threads; `wall` is elapsed time. The
//! `seconds` values, rounded to microseconds, are the only bytes that differ
//! between two runs on the same input.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::time::Duration;

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::stats::{FileCounts, Stage, Stats};

/// Writes `summary.json`.
///
/// # Errors
/// The writer's I/O errors.
pub fn write<W: Write>(stats: &Stats, mut out: W) -> io::Result<()> {
    let files: BTreeMap<&str, FileOut> = stats
        .files
        .iter()
        .map(|(path, counts)| (path.as_str(), FileOut::from(counts)))
        .collect();
    let summary = Summary {
        version: env!("CARGO_PKG_VERSION"),
        documents_read: stats.documents_read,
        documents_processed: stats.documents_processed,
        documents_skipped: stats.documents_skipped,
        bytes: stats.bytes,
        sentences: stats.sentences,
        mentions: stats.mentions,
        quotes: stats.quotes,
        relations: stats.relations,
        nodes: stats.nodes,
        edges: stats.edges,
        seconds: Seconds(stats),
        files,
    };
    serde_json::to_writer_pretty(&mut out, &summary)?;
    out.write_all(b"\n")?;
    out.flush()
}

#[derive(Serialize)]
struct Summary<'a> {
    version: &'static str,
    documents_read: u64,
    documents_processed: u64,
    documents_skipped: u64,
    bytes: u64,
    sentences: u64,
    mentions: u64,
    quotes: u64,
    relations: u64,
    nodes: u64,
    edges: u64,
    seconds: Seconds<'a>,
    files: BTreeMap<&'a str, FileOut>,
}

#[derive(Serialize)]
struct FileOut {
    read: u64,
    processed: u64,
    skipped: u64,
}

impl From<&FileCounts> for FileOut {
    fn from(c: &FileCounts) -> FileOut {
        FileOut {
            read: c.read,
            processed: c.processed,
            skipped: c.skipped,
        }
    }
}

/// Stage times in pipeline order, then `wall`.
struct Seconds<'a>(&'a Stats);

impl Serialize for Seconds<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(Stage::ALL.len() + 1))?;
        for stage in Stage::ALL {
            map.serialize_entry(stage.as_str(), &seconds(self.0.time(stage)))?;
        }
        map.serialize_entry("wall", &seconds(self.0.wall))?;
        map.end()
    }
}

/// Seconds, rounded to microseconds.
fn seconds(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    #[test]
    fn summary_has_counts_seconds_and_files() {
        let mut stats = Stats::default();
        stats.record_read("in/a, \"b\".jsonl");
        stats.record_skipped("in/a, \"b\".jsonl");
        stats.add_time(Stage::Match, Duration::from_nanos(1_234_567_890));
        stats.wall = Duration::from_millis(1500);
        let mut out = Vec::new();
        write(&stats, &mut out).unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(v["documents_read"], 1);
        assert_eq!(v["documents_skipped"], 1);
        assert_eq!(v["seconds"]["match"], 1.234568);
        assert_eq!(v["seconds"]["wall"], 1.5);
        assert_eq!(v["files"]["in/a, \"b\".jsonl"]["skipped"], 1);
        let keys: Vec<&str> = v["seconds"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        // serde_json's map sorts keys; the file itself keeps pipeline order.
        assert_eq!(keys.len(), 9);
        let text = String::from_utf8(out).unwrap();
        let read = text.find("\"read\": 0.0").unwrap();
        let export = text.find("\"export\": 0.0").unwrap();
        assert!(read < export && text.ends_with("}\n"));
    }
}
