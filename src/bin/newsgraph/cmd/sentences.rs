//! `newsgraph sentences`: the segmenter's view, one JSON line per document.

use std::io::Write;
use std::ops::ControlFlow;
use std::process::ExitCode;

use anyhow::Result;
use newsgraph::pipeline::{self, Outcome};
use newsgraph::segment;

use crate::common::{InputArgs, Progress};

/// Print the sentences of each document as JSON Lines:
/// `{"doc": id, "sentences": [{"start","end","text"}...]}` (byte offsets).
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
}

#[derive(serde::Serialize)]
struct Line<'a> {
    doc: &'a str,
    sentences: Vec<Sentence<'a>>,
}

#[derive(serde::Serialize)]
struct Sentence<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

pub fn run(args: Args) -> Result<ExitCode> {
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
            let spans = segment::sentences(&doc.text);
            let line = Line {
                doc: &doc.id,
                sentences: spans
                    .iter()
                    .map(|s| Sentence {
                        start: s.start,
                        end: s.end,
                        text: s.as_str(&doc.text),
                    })
                    .collect(),
            };
            let mut bytes = serde_json::to_vec(&line).unwrap_or_default();
            bytes.push(b'\n');
            bytes
        },
        |_, outcome| {
            progress.record();
            match outcome {
                Outcome::Done(bytes) => {
                    if let Err(e) = out.write_all(&bytes) {
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
