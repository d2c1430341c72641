//! `newsgraph mentions`: the entity view, one JSON line per mention.

use std::process::ExitCode;

use anyhow::Result;
use newsgraph::export::jsonl;

use crate::common::{GazetteerArgs, InputArgs};

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
    crate::common::print_documents(&args.input, |doc| {
        pipeline.annotate(doc);
        let mut lines = Vec::new();
        jsonl::mentions(pipeline.gazetteer(), doc, &mut lines);
        lines
    })
}
