//! Run statistics for `summary.json`.
//!
//! Owns: [`Stats`] (document, layer and graph counts, time per [`Stage`],
//! per-file [`FileCounts`]). Reads: documents and the graph, when the
//! pipeline reports them. Writes nothing itself:
//! [`crate::export::summary`] renders it.
//!
//! Stage times are summed across worker threads, so they are CPU time per
//! stage and can add up to more than [`Stats::wall`].

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::doc::Document;
use crate::graph::Graph;

/// A pipeline stage, for timing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    Read,
    Segment,
    Match,
    Resolve,
    Attribute,
    Relate,
    Aggregate,
    Export,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 8] = [
        Stage::Read,
        Stage::Segment,
        Stage::Match,
        Stage::Resolve,
        Stage::Attribute,
        Stage::Relate,
        Stage::Aggregate,
        Stage::Export,
    ];

    /// The lower-case name used in `summary.json`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Stage::Read => "read",
            Stage::Segment => "segment",
            Stage::Match => "match",
            Stage::Resolve => "resolve",
            Stage::Attribute => "attribute",
            Stage::Relate => "relate",
            Stage::Aggregate => "aggregate",
            Stage::Export => "export",
        }
    }
}

/// Records of one input file, each either processed or skipped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileCounts {
    pub read: u64,
    pub processed: u64,
    pub skipped: u64,
}

impl FileCounts {
    fn merge(&mut self, other: &FileCounts) {
        self.read += other.read;
        self.processed += other.processed;
        self.skipped += other.skipped;
    }
}

/// Counters of one run (or one worker's share of it; see [`Stats::merge`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    /// Records read, good or bad: `processed + skipped` once a run is done.
    pub documents_read: u64,
    pub documents_processed: u64,
    /// Records reported in `errors.jsonl`.
    pub documents_skipped: u64,
    /// Text bytes of processed documents.
    pub bytes: u64,
    pub sentences: u64,
    pub mentions: u64,
    pub quotes: u64,
    pub relations: u64,
    /// Graph size, set once by [`Stats::count_graph`].
    pub nodes: u64,
    pub edges: u64,
    /// Time per stage, indexed like [`Stage::ALL`]; see [`Stats::time`].
    pub stage_times: [Duration; 8],
    /// Elapsed time of the whole run.
    pub wall: Duration,
    /// Per input file (as displayed), sorted by path.
    pub files: BTreeMap<String, FileCounts>,
}

/// What [`Stats`] counts of one annotated document, taken where it was
/// annotated so that the document itself need not travel on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocCounts {
    pub bytes: u64,
    pub sentences: u64,
    pub mentions: u64,
    pub quotes: u64,
    pub relations: u64,
    /// The document's input file (`-` when it has none).
    pub file: Option<Arc<Path>>,
}

impl DocCounts {
    pub fn of(doc: &Document) -> DocCounts {
        DocCounts {
            bytes: doc.text.len() as u64,
            sentences: doc.sentences.len() as u64,
            mentions: doc.mentions.len() as u64,
            quotes: doc.quotes.len() as u64,
            relations: doc.relations.len() as u64,
            file: doc.origin.as_ref().map(|o| Arc::clone(&o.path)),
        }
    }
}

impl Stats {
    /// Counts one record read from `source`.
    pub fn record_read(&mut self, source: &str) {
        self.documents_read += 1;
        self.file(source).read += 1;
    }

    /// Counts one record of `source` skipped (and reported).
    pub fn record_skipped(&mut self, source: &str) {
        self.documents_skipped += 1;
        self.file(source).skipped += 1;
    }

    /// Counts an annotated document and its layers.
    pub fn record_processed(&mut self, doc: &DocCounts) {
        self.documents_processed += 1;
        self.bytes += doc.bytes;
        self.sentences += doc.sentences;
        self.mentions += doc.mentions;
        self.quotes += doc.quotes;
        self.relations += doc.relations;
        match &doc.file {
            Some(path) => self.file(&path.display().to_string()).processed += 1,
            None => self.file("-").processed += 1,
        }
    }

    /// Sets the graph counts.
    pub fn count_graph(&mut self, graph: &Graph) {
        self.nodes = graph.nodes.len() as u64;
        self.edges = graph.edges.len() as u64;
    }

    /// The counts of one input file, created on first use.
    pub fn file(&mut self, source: &str) -> &mut FileCounts {
        if !self.files.contains_key(source) {
            self.files.insert(source.to_owned(), FileCounts::default());
        }
        // Inserted just above when missing.
        self.files.get_mut(source).expect("file present")
    }

    /// Time spent in a stage so far.
    pub fn time(&self, stage: Stage) -> Duration {
        self.stage_times[stage as usize]
    }

    /// Adds time to a stage.
    pub fn add_time(&mut self, stage: Stage, elapsed: Duration) {
        self.stage_times[stage as usize] += elapsed;
    }

    /// Runs `f` and adds its elapsed time to `stage`.
    pub fn timed<T>(&mut self, stage: Stage, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = f();
        self.add_time(stage, start.elapsed());
        out
    }

    /// Adds another worker's counts and stage times. Graph counts and wall
    /// time are not sums: the larger one is kept.
    pub fn merge(&mut self, other: &Stats) {
        self.documents_read += other.documents_read;
        self.documents_processed += other.documents_processed;
        self.documents_skipped += other.documents_skipped;
        self.bytes += other.bytes;
        self.sentences += other.sentences;
        self.mentions += other.mentions;
        self.quotes += other.quotes;
        self.relations += other.relations;
        self.nodes = self.nodes.max(other.nodes);
        self.edges = self.edges.max(other.edges);
        for (mine, theirs) in self.stage_times.iter_mut().zip(&other.stage_times) {
            *mine += *theirs;
        }
        self.wall = self.wall.max(other.wall);
        for (path, counts) in &other.files {
            self.file(path).merge(counts);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Origin;
    use crate::span::Span;

    #[test]
    fn stage_index_matches_all() {
        for (i, stage) in Stage::ALL.into_iter().enumerate() {
            assert_eq!(stage as usize, i, "{}", stage.as_str());
        }
    }

    #[test]
    fn records_and_merge() {
        let mut doc = Document::new("a1", "One. Two.");
        doc.sentences = vec![Span::new(0, 4), Span::new(5, 9)];
        doc.origin = Some(Origin {
            path: Arc::from(Path::new("in/a.jsonl")),
            line: 1,
        });
        let mut a = Stats::default();
        a.record_read("in/a.jsonl");
        a.record_processed(&DocCounts::of(&doc));
        a.add_time(Stage::Segment, Duration::from_millis(5));
        a.wall = Duration::from_secs(2);
        let mut b = Stats::default();
        b.record_read("in/a.jsonl");
        b.record_skipped("in/a.jsonl");
        b.record_read("in/b.jsonl");
        b.record_processed(&DocCounts::of(&Document::new("b1", "Three.")));
        b.add_time(Stage::Segment, Duration::from_millis(7));
        b.wall = Duration::from_secs(1);
        a.merge(&b);
        assert_eq!(
            (a.documents_read, a.documents_processed, a.documents_skipped),
            (3, 2, 1)
        );
        assert_eq!((a.bytes, a.sentences), (15, 2));
        assert_eq!(a.time(Stage::Segment), Duration::from_millis(12));
        assert_eq!(a.wall, Duration::from_secs(2));
        let a_counts = FileCounts {
            read: 2,
            processed: 1,
            skipped: 1,
        };
        assert_eq!(a.files["in/a.jsonl"], a_counts);
        assert_eq!(a.files["in/b.jsonl"].read, 1);
        assert_eq!(a.files["-"].processed, 1);
    }
}
