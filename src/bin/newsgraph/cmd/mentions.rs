//! `newsgraph mentions`: the entity view, one JSON line per mention.

use std::io::Write;
use std::ops::ControlFlow;
use std::process::ExitCode;

use anyhow::Result;
use newsgraph::export::jsonl;
use newsgraph::pipeline::{self, Outcome};

use crate::common::{GazetteerArgs, InputArgs, Progress};

/// Print every mention as JSON Lines, in the schema of mentions.jsonl:
/// `{"doc","sentence","start","end","text","id","name","type","via",...}`.
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
    let mut progress = Progress::new(&inputs, args.input.quiet);
    let bytes = progress.bytes.clone();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = None;
    let mut write_err = None;
    pipeline::stream(
        &pool,
        &inputs,
        &options,
        &bytes,
        |doc| {
            pipeline.annotate(doc);
            let mut lines = Vec::new();
            jsonl::mentions(pipeline.gazetteer(), doc, &mut lines);
            lines
        },
        |_, outcome| {
            progress.record();
            match outcome {
                Outcome::Done(lines) => {
                    if let Err(e) = out.write_all(&lines) {
                        write_err = Some(e);
                        return ControlFlow::Break(());
                    }
                }
                Outcome::Skipped(err) => {
                    progress.warn(&format!("newsgraph: skipped {}", err.chain()));
                    if args.input.strict {
                        failed = Some(err);
                        return ControlFlow::Break(());
                    }
                }
            }
            ControlFlow::Continue(())
        },
    )?;
    progress.finish();
    crate::common::finish_stdout(out, write_err)?;
    if let Some(err) = failed {
        anyhow::bail!("{} (--strict)", err.chain());
    }
    Ok(ExitCode::SUCCESS)
}
