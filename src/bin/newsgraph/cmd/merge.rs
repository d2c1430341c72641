//! `newsgraph merge`: combines the output folders of shards.

use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use newsgraph::aggregate::Aggregate;
use newsgraph::export::{Output, OutputDir, AGGREGATE_STATE};
use newsgraph::stats::Stats;

/// Merge the output folders of shards into one.
///
/// Each folder must come from `newsgraph extract` (it reads their
/// aggregate.jsonl). The graph files (nodes.csv, edges.csv, graph.json,
/// aggregate.jsonl, and load.cypher, graph.graphml, kuzu/ and, with --rdf,
/// graph.nt) are exactly those of one run over all the shards' inputs;
/// quotes.jsonl, mentions.jsonl, relations.jsonl and errors.jsonl
/// are the shards' lines in the order the folders are given; summary.json
/// sums their counts.
///
/// Example: newsgraph merge out-1/ out-2/ -o out/
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The shards' output folders.
    #[arg(required = true, value_name = "DIR")]
    shards: Vec<PathBuf>,
    /// Output folder (created if missing; existing files are replaced).
    #[arg(short, long, value_name = "DIR")]
    out: PathBuf,
    /// Print nothing but errors.
    #[arg(short, long)]
    quiet: bool,
    /// Also write graph.nt (RDF N-Triples), as `extract --rdf` does.
    #[arg(long)]
    rdf: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let started = Instant::now();
    let mut aggregate = Aggregate::default();
    let mut stats = Stats::default();
    for shard in &args.shards {
        let path = shard.join(AGGREGATE_STATE);
        let file =
            std::fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
        let part = Aggregate::read_state(BufReader::new(file), &path)?;
        aggregate = aggregate.merge(part);
        add_summary(&mut stats, &shard.join(Output::Summary.file_name()))?;
    }
    let mut out = OutputDir::create(&args.out)
        .with_context(|| format!("creating the output folder {}", args.out.display()))?;
    for output in [
        Output::Quotes,
        Output::Mentions,
        Output::Relations,
        Output::Errors,
    ] {
        for shard in &args.shards {
            let path = shard.join(output.file_name());
            let mut bytes = Vec::new();
            std::fs::File::open(&path)
                .and_then(|mut f| f.read_to_end(&mut bytes))
                .with_context(|| format!("reading {}", path.display()))?;
            out.file(output).write_bytes(&bytes)?;
        }
    }
    let sorted = aggregate.sorted();
    let graph = sorted.to_graph();
    stats.count_graph(&graph);
    out.write_graph_and_state(&sorted, &graph)?;
    if args.rdf {
        out.write_rdf(&graph)?;
    }
    stats.wall = started.elapsed();
    out.write_summary(&stats)?;
    out.commit_all()?;
    if !args.quiet {
        eprintln!(
            "newsgraph: merged {} folders: {} documents, {} nodes, {} edges -> {}",
            args.shards.len(),
            graph.documents,
            stats.nodes,
            stats.edges,
            args.out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Adds a shard's summary.json counts (not its timings) to `stats`.
fn add_summary(stats: &mut Stats, path: &Path) -> Result<()> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let v: serde_json::Value =
        serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    let n = |key: &str| v[key].as_u64().unwrap_or(0);
    stats.documents_read += n("documents_read");
    stats.documents_processed += n("documents_processed");
    stats.documents_skipped += n("documents_skipped");
    stats.bytes += n("bytes");
    stats.sentences += n("sentences");
    stats.mentions += n("mentions");
    stats.quotes += n("quotes");
    stats.relations += n("relations");
    if let Some(files) = v["files"].as_object() {
        for (name, counts) in files {
            let f = stats.file(name);
            f.read += counts["read"].as_u64().unwrap_or(0);
            f.processed += counts["processed"].as_u64().unwrap_or(0);
            f.skipped += counts["skipped"].as_u64().unwrap_or(0);
        }
    }
    Ok(())
}
