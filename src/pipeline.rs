//! The pipeline: the one place that orders the stages, and the parallel
//! driver that streams documents through them.
//!
//! Owns: [`Pipeline`] (built once, shared by all threads), [`StageTimes`]
//! and [`stream`]: a reader thread fills bounded batches of records,
//! rayon annotates each batch, and the caller consumes the results in
//! input order, so no output byte depends on the number of threads and
//! memory stays bounded by the batch size.

use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::attribute::Attributor;
use crate::doc::Document;
use crate::error::{Error, Result};
use crate::gazetteer::Gazetteer;
use crate::read::{self, Input, ReadConfig};
use crate::relate;
use crate::resolve::Resolver;
use crate::segment;

/// What the pipeline needs to be built.
#[derive(Clone, Debug)]
pub struct PipelineConfig {
    /// Load the built-in gazetteer.
    pub default_gazetteer: bool,
    /// Extra gazetteer files, merged after the built-in one.
    pub gazetteers: Vec<PathBuf>,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        PipelineConfig {
            default_gazetteer: true,
            gazetteers: Vec::new(),
        }
    }
}

/// CPU time spent in each stage (summed over documents and threads).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StageTimes {
    pub segment: Duration,
    pub matching: Duration,
    pub resolve: Duration,
    pub attribute: Duration,
    pub relate: Duration,
}

impl StageTimes {
    /// Adds another set of times.
    pub fn add(&mut self, other: &StageTimes) {
        self.segment += other.segment;
        self.matching += other.matching;
        self.resolve += other.resolve;
        self.attribute += other.attribute;
        self.relate += other.relate;
    }
}

/// The stages, built once.
#[derive(Debug)]
pub struct Pipeline {
    gazetteer: Gazetteer,
    resolver: Resolver,
    attributor: Attributor,
}

/// One input record after the pipeline: an annotated result, or the
/// record's error.
pub enum Outcome<T> {
    Done(T),
    Skipped(Error),
}

/// How [`stream`] reads and batches.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub read: ReadConfig,
    /// Text bytes per batch handed to the workers.
    pub batch_bytes: usize,
    /// Documents per batch, at most.
    pub batch_docs: usize,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            read: ReadConfig::default(),
            batch_bytes: 1 << 20,
            batch_docs: 1024,
        }
    }
}

impl Pipeline {
    /// Loads the gazetteers and builds the matcher.
    ///
    /// # Errors
    /// A gazetteer that cannot be read or has a bad row.
    pub fn new(config: PipelineConfig) -> Result<Pipeline> {
        let gazetteer = Gazetteer::load(config.default_gazetteer, &config.gazetteers)?;
        Ok(Pipeline::with_gazetteer(gazetteer))
    }

    /// A pipeline over an already built gazetteer.
    pub fn with_gazetteer(gazetteer: Gazetteer) -> Pipeline {
        // Once, before any worker starts: the first document does not
        // parse the word lists inside its stages.
        crate::lexicon::load_tables();
        segment::load_tables();
        relate::action::load_tables();
        crate::attribute::party::load_tables();
        Pipeline {
            gazetteer,
            resolver: Resolver,
            attributor: Attributor,
        }
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Runs every stage, in order, on one document.
    pub fn annotate(&self, doc: &mut Document) {
        self.annotate_timed(doc);
    }

    /// Runs every stage and says how long each took.
    pub fn annotate_timed(&self, doc: &mut Document) -> StageTimes {
        let mut t = StageTimes::default();
        let mut clock = Instant::now();
        let mut lap = |slot: &mut Duration| {
            let now = Instant::now();
            *slot += now - clock;
            clock = now;
        };
        // The stages read no-break and other wide spaces as the spaces
        // they are; the document keeps its text as read, at the same
        // offsets.
        let as_read = crate::doc::ascii_spaces(&doc.text)
            .map(|ascii| std::mem::replace(&mut doc.text, ascii));
        doc.paragraphs = segment::paragraphs(&doc.text);
        doc.sentences = segment::sentences(&doc.text);
        lap(&mut t.segment);
        let hits = self.gazetteer.find(&doc.text);
        lap(&mut t.matching);
        self.resolver.resolve(&self.gazetteer, doc, &hits);
        lap(&mut t.resolve);
        self.attributor.attribute(&self.gazetteer, doc);
        lap(&mut t.attribute);
        doc.relations = relate::extract(&self.gazetteer, doc);
        lap(&mut t.relate);
        if let Some(text) = as_read {
            doc.text = text;
        }
        t
    }
}

/// Streams every record of `inputs` through `work` (in parallel, on
/// `pool`) and hands the results to `consume` in input
/// order. `consume` returns `Break` to stop (`--strict`).
/// `progress` counts raw input bytes read. Returns the time the reader
/// spent reading and parsing (not waiting for the workers).
///
/// # Errors
/// An input that cannot be opened; a record error is an
/// [`Outcome::Skipped`], not an `Err`.
pub fn stream<T: Send>(
    pool: &rayon::ThreadPool,
    inputs: &[Input],
    options: &RunOptions,
    progress: &Arc<AtomicU64>,
    work: impl Fn(&mut Document) -> T + Sync,
    consume: impl FnMut(&Input, Outcome<T>) -> ControlFlow<()>,
) -> Result<Duration> {
    stream_batches(pool, inputs, options, progress, work, |_| {}, consume)
}

/// [`stream`], with `finish` run on each batch's results (in input order,
/// inside the pool, so it may use rayon) before they are consumed: work
/// that combines a batch's documents, such as merging their shares of the
/// graph, is then done by the workers rather than the consuming thread.
///
/// # Errors
/// As [`stream`].
pub fn stream_batches<T: Send>(
    pool: &rayon::ThreadPool,
    inputs: &[Input],
    options: &RunOptions,
    progress: &Arc<AtomicU64>,
    work: impl Fn(&mut Document) -> T + Sync,
    finish: impl Fn(&mut [(usize, Outcome<T>)]) + Sync,
    mut consume: impl FnMut(&Input, Outcome<T>) -> ControlFlow<()>,
) -> Result<Duration> {
    type Batch = Vec<(usize, Result<Document>)>;
    let (tx, rx) = mpsc::sync_channel::<Batch>(1);
    let (fatal_tx, fatal_rx) = mpsc::channel::<Error>();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let read_time = std::thread::scope(|scope| {
        let stop_reader = Arc::clone(&stop);
        let reader = scope.spawn(move || {
            let started = Instant::now();
            let mut blocked = Duration::ZERO;
            // Each batch is allocated at its full size once (up to a cap,
            // for callers who set no real limit): grown by doubling, a
            // batch of ~300-byte documents cost the reader a third of its
            // time in copies and fresh pages.
            let new_batch = || Batch::with_capacity(options.batch_docs.min(1 << 12));
            let mut batch: Batch = new_batch();
            let mut bytes = 0usize;
            for (i, input) in inputs.iter().enumerate() {
                let result = read::read_input(input, &options.read, progress, &mut |rec| {
                    if stop_reader.load(std::sync::atomic::Ordering::Relaxed) {
                        return ControlFlow::Break(());
                    }
                    bytes += rec.as_ref().map_or(0, |d| d.text.len());
                    batch.push((i, rec));
                    if bytes >= options.batch_bytes || batch.len() >= options.batch_docs {
                        bytes = 0;
                        let waiting = Instant::now();
                        let sent = tx.send(std::mem::replace(&mut batch, new_batch()));
                        blocked += waiting.elapsed();
                        if sent.is_err() {
                            return ControlFlow::Break(());
                        }
                    }
                    ControlFlow::Continue(())
                });
                if let Err(e) = result {
                    let _ = fatal_tx.send(e);
                    break;
                }
                if stop_reader.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
            }
            let busy = started.elapsed().saturating_sub(blocked);
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
            busy
        });
        // The workers annotate batch n+1 while this thread consumes batch
        // n: consuming (merging, writing) never leaves the workers idle.
        let (done_tx, done_rx) = mpsc::sync_channel::<Vec<(usize, Outcome<T>)>>(1);
        let (work, finish) = (&work, &finish);
        scope.spawn(move || {
            while let Ok(batch) = rx.recv() {
                let results: Vec<(usize, Outcome<T>)> = pool.install(|| {
                    let mut results: Vec<_> = batch
                        .into_par_iter()
                        .map(|(i, rec)| {
                            let out = match rec {
                                Ok(doc) => guarded(work, doc),
                                Err(e) => Outcome::Skipped(e),
                            };
                            (i, out)
                        })
                        .collect();
                    finish(&mut results);
                    results
                });
                if done_tx.send(results).is_err() {
                    // The consumer stopped: dropping `rx` unblocks the reader.
                    return;
                }
            }
        });
        while let Ok(results) = done_rx.recv() {
            for (i, out) in results {
                if consume(&inputs[i], out).is_break() {
                    stop.store(true, std::sync::atomic::Ordering::Relaxed);
                    drop(done_rx);
                    return reader.join().unwrap_or_default();
                }
            }
        }
        reader.join().unwrap_or_default()
    });
    match fatal_rx.try_recv() {
        Ok(e) => Err(e),
        Err(_) => Ok(read_time),
    }
}

/// Runs `work` on one document; a panic (a bug, never expected) costs
/// that document only: it is skipped and reported like a bad record, and
/// the run goes on.
fn guarded<T>(work: &(impl Fn(&mut Document) -> T + Sync), mut doc: Document) -> Outcome<T> {
    let id = doc.id.clone();
    let origin = doc.origin.clone();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(&mut doc))) {
        Ok(out) => Outcome::Done(out),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            let reason = format!("internal error on document `{id}` (please report it): {message}");
            Outcome::Skipped(match origin {
                Some(o) => Error::Record {
                    path: o.path.to_path_buf(),
                    line: o.line,
                    reason,
                },
                None => Error::Config(reason),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_document_is_skipped_not_fatal() {
        let doc = Document {
            origin: Some(crate::doc::Origin {
                path: std::sync::Arc::from(std::path::Path::new("in.jsonl")),
                line: 7,
            }),
            ..Document::new("d7", "text")
        };
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let out = guarded(&|_: &mut Document| -> u32 { panic!("boom") }, doc);
        std::panic::set_hook(hook);
        match out {
            Outcome::Skipped(e) => assert_eq!(
                e.to_string(),
                "in.jsonl:7: internal error on document `d7` (please report it): boom"
            ),
            Outcome::Done(_) => panic!("expected a skipped document"),
        }
        assert!(matches!(
            guarded(&|_: &mut Document| 5, Document::new("ok", "")),
            Outcome::Done(5)
        ));
    }

    #[test]
    fn pipeline_is_shareable_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Pipeline>();
        assert_send_sync::<Gazetteer>();
    }
}
