//! `newsgraph sentences`: the segmenter's view, one JSON line per document.

use std::process::ExitCode;

use anyhow::Result;
use newsgraph::segment;

use crate::common::InputArgs;

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
    crate::common::print_documents(&args.input, |doc| {
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
    })
}
