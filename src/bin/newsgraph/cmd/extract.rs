//! `newsgraph extract`: the main job.

use std::ops::ControlFlow;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use newsgraph::aggregate::{Aggregate, PerWorker};
use newsgraph::export::{DocumentLines, OutputDir};
use newsgraph::graph::EntityNames;
use newsgraph::pipeline::{self, Outcome, StageTimes};
use newsgraph::stats::{DocCounts, Stage, Stats};

use crate::common::{GazetteerArgs, InputArgs, Progress};

/// Extract who said what to whom from news articles.
///
/// Writes to the --out folder: quotes.jsonl (every quote with speaker,
/// addressee, cue and what it is about), mentions.jsonl (every entity
/// mention and how it was resolved), relations.jsonl (relation instances
/// with evidence), nodes.csv and edges.csv (the aggregated graph in Neo4j's
/// bulk-import format, also read by DuckDB), graph.json (node-link JSON for
/// networkx and JavaScript viewers), summary.json (counts and time per
/// stage), errors.jsonl (every skipped record with its reason), load.cypher
/// (Neo4j LOAD CSV script), graph.graphml (Gephi, igraph), kuzu/ (CSVs and
/// the schema.cypher that loads them into Kùzu), aggregate.jsonl (the state
/// `newsgraph merge` combines) and, with --rdf, graph.nt (RDF N-Triples).
/// Offsets are UTF-8 byte offsets into each document's text. Files are
/// written under temporary names and renamed when the run succeeds.
///
/// Example: newsgraph extract data/samples/ -o out/
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
    /// Output folder (created if missing; existing files are replaced).
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    out: PathBuf,
    /// Also write every CO_MENTIONED instance (entities in one sentence) to
    /// relations.jsonl. By default co-mentions appear only as aggregated
    /// edges: there are many, and each repeats its sentence as evidence.
    #[arg(long)]
    co_mention_instances: bool,
    /// Add article and quote nodes to the graph, with MENTIONS (article →
    /// entity), QUOTES (article → quote) and SAID (speaker → quote) edges.
    /// They grow with the dump, so memory does too; the default graph holds
    /// entities and the relations between them.
    #[arg(long)]
    document_nodes: bool,
    /// Also write graph.nt: the graph as RDF N-Triples (schema.org
    /// Quotation and CommunicateAction for quotes, PROV for provenance,
    /// Wikidata IRIs for entities with a QID).
    #[arg(long)]
    rdf: bool,
}

/// How many bytes of lines are written together: a few times the write
/// buffer of each output file, so that each file's share fills its buffer.
const PENDING_BYTES: usize = 2 << 20;

/// What a worker hands back for one document.
struct Annotated {
    counts: DocCounts,
    lines: DocumentLines,
    times: StageTimes,
    aggregate: std::time::Duration,
    export: std::time::Duration,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let started = Instant::now();
    let pipeline = args.gazetteer.pipeline()?;
    let inputs = args.input.inputs()?;
    let pool = args.input.pool()?;
    let options = args.input.run_options();
    let mut out = OutputDir::create(&args.out)
        .with_context(|| format!("creating the output folder {}", args.out.display()))?;
    let mut progress = Progress::new(&inputs, args.input.quiet);
    let bytes = progress.bytes.clone();
    let mut stats = Stats::default();
    let empty_aggregate = || {
        if args.document_nodes {
            Aggregate::default()
        } else {
            Aggregate::entities_only()
        }
    };
    // Each worker adds its documents to its own share of the graph, so the
    // consuming thread only writes.
    let shares = PerWorker::new(&pool, empty_aggregate);
    let mut fatal: Option<anyhow::Error> = None;
    // Documents' lines not written yet, and their bytes: written together
    // (see `OutputDir::write_documents`) once they fill every file's write
    // buffer ([`PENDING_BYTES`]).
    let mut pending: Vec<DocumentLines> = Vec::new();
    let mut pending_bytes = 0;
    let gazetteer = pipeline.gazetteer();
    let read_time = pipeline::stream(
        &pool,
        &inputs,
        &options,
        &bytes,
        |doc| {
            let times = pipeline.annotate_timed(doc);
            let t = Instant::now();
            // The document's references, named once for its lines and the
            // graph (a discovered entity's id is made from its name).
            let names = EntityNames::new(gazetteer, doc);
            let mut lines = DocumentLines::default();
            lines.append_named(&names, args.co_mention_instances);
            let export = t.elapsed();
            // Last, so that a document whose work panics (and is skipped)
            // adds nothing to the graph.
            let t = Instant::now();
            shares.add_named(&names);
            Annotated {
                counts: DocCounts::of(doc),
                lines,
                times,
                aggregate: t.elapsed(),
                export,
            }
        },
        |input, outcome| {
            progress.record();
            let name = input.name().display().to_string();
            stats.record_read(&name);
            match outcome {
                Outcome::Done(a) => {
                    stats.record_processed(&a.counts);
                    stats.add_time(Stage::Segment, a.times.segment);
                    stats.add_time(Stage::Match, a.times.matching);
                    stats.add_time(Stage::Resolve, a.times.resolve);
                    stats.add_time(Stage::Attribute, a.times.attribute);
                    stats.add_time(Stage::Relate, a.times.relate);
                    stats.add_time(Stage::Aggregate, a.aggregate);
                    stats.add_time(Stage::Export, a.export);
                    pending_bytes += a.lines.len();
                    pending.push(a.lines);
                    if pending_bytes >= PENDING_BYTES {
                        pending_bytes = 0;
                        let t = Instant::now();
                        if let Err(e) = out.write_documents(&pending) {
                            fatal = Some(e.into());
                            return ControlFlow::Break(());
                        }
                        pending.clear();
                        stats.add_time(Stage::Export, t.elapsed());
                    }
                }
                Outcome::Skipped(err) => {
                    stats.record_skipped(&name);
                    let message = err.chain();
                    progress.warn(&format!("newsgraph: skipped {message}"));
                    let (source, line) = match err.location() {
                        Some((p, l)) => (p.display().to_string(), Some(l)),
                        None => (name.clone(), None),
                    };
                    if let Err(e) = out.write_error(&source, line, &message) {
                        fatal = Some(e.into());
                        return ControlFlow::Break(());
                    }
                    if args.input.strict {
                        fatal = Some(anyhow::anyhow!("{message} (--strict)"));
                        return ControlFlow::Break(());
                    }
                }
            }
            ControlFlow::Continue(())
        },
    );
    progress.finish();
    let read_time = read_time?;
    if let Some(err) = fatal {
        return Err(err);
    }
    stats.add_time(Stage::Read, read_time);
    let t = Instant::now();
    out.write_documents(&pending)?;
    drop(pending);
    stats.add_time(Stage::Export, t.elapsed());
    let t = Instant::now();
    let aggregate = shares.into_aggregate();
    stats.add_time(Stage::Aggregate, t.elapsed());
    // `aggregate.jsonl` (for `newsgraph merge`; part of the export) and
    // the graph are made from the aggregate sorted once.
    let t = Instant::now();
    let sorted = aggregate.sorted();
    let graph = pool.install(|| sorted.to_graph());
    stats.add_time(Stage::Aggregate, t.elapsed());
    stats.count_graph(&graph);
    let t = Instant::now();
    pool.install(|| out.write_graph_and_state(&sorted, &graph))?;
    if args.rdf {
        out.write_rdf(&graph)?;
    }
    stats.add_time(Stage::Export, t.elapsed());
    stats.wall = started.elapsed();
    out.write_summary(&stats)?;
    out.commit_all()?;
    if !args.input.quiet {
        eprintln!(
            "newsgraph: {} documents ({} skipped), {} quotes, {} relations, {} nodes, {} edges in {:.1}s -> {}",
            stats.documents_processed,
            stats.documents_skipped,
            stats.quotes,
            stats.relations,
            stats.nodes,
            stats.edges,
            stats.wall.as_secs_f64(),
            args.out.display()
        );
    }
    // The process ends with this run: the graph, the aggregate and the
    // gazetteer (about a million allocations on large dumps, most made on
    // the pool's threads, which makes freeing them here dearer still) go
    // back to the OS at exit instead of being freed one by one.
    drop(sorted);
    std::mem::forget(graph);
    std::mem::forget(aggregate);
    std::mem::forget(pipeline);
    Ok(ExitCode::SUCCESS)
}
