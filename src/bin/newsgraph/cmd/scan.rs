//! `newsgraph scan`: the raw Aho-Corasick scan of the gazetteer over the
//! inputs' texts, with the same reader and threads as `extract` and no other
//! stage: the speed ceiling that `scripts/bench-e2e.sh` compares against.

use std::ops::ControlFlow;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;
use newsgraph::pipeline::{self, Outcome};

use crate::common::{GazetteerArgs, InputArgs, Progress};

/// Scan the inputs with the gazetteer's automaton only, and print the
/// matches, the text bytes and MB/s as JSON (a benchmark aid).
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let pipeline = args.gazetteer.pipeline()?;
    let inputs = args.input.inputs()?;
    let pool = args.input.pool()?;
    let options = args.input.run_options();
    let progress = Progress::new(&inputs, true);
    let started = Instant::now();
    let (mut matches, mut bytes, mut docs) = (0usize, 0usize, 0usize);
    let matcher = pipeline.gazetteer().matcher();
    pipeline::stream(
        &pool,
        &inputs,
        &options,
        &progress.bytes,
        |doc| (matcher.raw_count(&doc.text), doc.text.len()),
        |_, outcome| {
            if let Outcome::Done((m, b)) = outcome {
                matches += m;
                bytes += b;
                docs += 1;
            }
            ControlFlow::Continue(())
        },
    )?;
    let seconds = started.elapsed().as_secs_f64();
    let report = serde_json::json!({
        "documents": docs,
        "text_bytes": bytes,
        "matches": matches,
        "seconds": (seconds * 1000.0).round() / 1000.0,
        "mb_per_s": (bytes as f64 / 1e6 / seconds * 10.0).round() / 10.0,
    });
    println!("{report}");
    Ok(ExitCode::SUCCESS)
}
