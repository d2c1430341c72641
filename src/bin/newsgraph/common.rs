//! Options and plumbing shared by the subcommands that read news.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsgraph::pipeline::RunOptions;
use newsgraph::read::{self, Format, Input, ReadConfig};
use newsgraph::{Pipeline, PipelineConfig};

/// Where the news comes from and how records map to documents.
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Input files or folders; `-` (or nothing) reads standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Field (JSONL) or column (CSV/TSV) that holds the article text.
    #[arg(long, value_name = "F", default_value = "text")]
    pub text_field: String,
    /// Field or column that holds the document id (default: `file:line`
    /// when absent).
    #[arg(long, value_name = "F", default_value = "id")]
    pub id_field: String,
    /// Field or column with the article's title.
    #[arg(long, value_name = "F")]
    pub title_field: Option<String>,
    /// Field or column with the article's date (ISO dates sort right).
    #[arg(long, value_name = "F")]
    pub date_field: Option<String>,
    /// Input format instead of guessing it from the file name: jsonl, csv,
    /// tsv or text.
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub format: Option<Format>,
    /// Records (or text files) larger than this many MiB are skipped and
    /// reported.
    #[arg(long, value_name = "MIB", default_value_t = 64)]
    pub max_record_mib: usize,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// Stop at the first bad record (exit status 1) instead of skipping it.
    #[arg(long)]
    pub strict: bool,
    /// No progress bar.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Which gazetteers to load.
#[derive(Args, Debug, Clone)]
pub struct GazetteerArgs {
    /// An extra gazetteer (TSV, CSV or JSONL with id, name, type and
    /// optional aliases, part_of, located_in, role), merged with the
    /// built-in one; repeatable.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,
    /// Use only the gazetteers given with --gazetteer.
    #[arg(long)]
    pub no_default_gazetteer: bool,
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::parse(s).ok_or_else(|| format!("unknown format `{s}` (one of jsonl, csv, tsv, text)"))
}

impl InputArgs {
    /// The reader and batching options.
    pub fn run_options(&self) -> RunOptions {
        RunOptions {
            read: ReadConfig {
                text_field: self.text_field.clone(),
                id_field: self.id_field.clone(),
                title_field: self.title_field.clone(),
                date_field: self.date_field.clone(),
                format: self.format,
                max_record_bytes: self.max_record_mib.saturating_mul(1 << 20),
            },
            ..RunOptions::default()
        }
    }

    /// The inputs, expanded; a missing file is an error.
    pub fn inputs(&self) -> Result<Vec<Input>> {
        Ok(read::expand_inputs(&self.inputs)?)
    }

    /// The rayon pool with `--threads` workers.
    pub fn pool(&self) -> Result<rayon::ThreadPool> {
        let mut builder = rayon::ThreadPoolBuilder::new();
        if let Some(n) = self.threads {
            builder = builder.num_threads(usize::from(n));
        }
        builder.build().context("starting the worker threads")
    }
}

impl GazetteerArgs {
    /// Builds the pipeline (loads and checks the gazetteers).
    pub fn pipeline(&self) -> Result<Pipeline> {
        let config = PipelineConfig {
            default_gazetteer: !self.no_default_gazetteer,
            gazetteers: self.gazetteer.clone(),
        };
        Pipeline::new(config).context("loading the gazetteer")
    }
}

/// A progress bar on stderr (documents, MB, MB/s, ETA when the total is
/// known), hidden with `--quiet` or when stderr is not a terminal.
pub struct Progress {
    bar: ProgressBar,
    pub bytes: Arc<AtomicU64>,
    docs: u64,
}

impl Progress {
    pub fn new(inputs: &[Input], quiet: bool) -> Progress {
        let total: Option<u64> = inputs.iter().map(Input::size).sum();
        let bar = match total {
            Some(t) => ProgressBar::new(t),
            None => ProgressBar::no_length(),
        };
        if quiet || !std::io::stderr().is_terminal() {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        let template = if total.is_some() {
            "{spinner} {msg} {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, ETA {eta}) {wide_bar}"
        } else {
            "{spinner} {msg} {binary_bytes} ({binary_bytes_per_sec})"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress {
            bar,
            bytes: Arc::new(AtomicU64::new(0)),
            docs: 0,
        }
    }

    /// Called once per record consumed.
    pub fn record(&mut self) {
        self.docs += 1;
        if self.docs % 64 == 0 {
            self.bar.set_position(self.bytes.load(Ordering::Relaxed));
            self.bar.set_message(format!("{} documents", self.docs));
        }
    }

    /// Prints a line above the bar (or to stderr when hidden).
    pub fn warn(&self, line: &str) {
        if self.bar.is_hidden() {
            eprintln!("{line}");
        } else {
            self.bar.println(line);
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// Flushes standard output; a closed pipe (`| head`) is not an error.
/// Runs `render` on every document of the inputs (in parallel) and writes
/// what it returns to standard output, in input order: the body of the
/// commands that print one view of the documents. Skipped records are
/// reported on stderr; with `--strict` the first one stops the run.
pub fn print_documents(
    input: &InputArgs,
    render: impl Fn(&mut newsgraph::Document) -> Vec<u8> + Sync,
) -> Result<ExitCode> {
    use newsgraph::pipeline::{self, Outcome};
    use std::io::Write;
    use std::ops::ControlFlow;
    let inputs = input.inputs()?;
    let pool = input.pool()?;
    let options = input.run_options();
    let mut progress = Progress::new(&inputs, input.quiet);
    let bytes = progress.bytes.clone();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = None;
    let mut write_err = None;
    pipeline::stream(&pool, &inputs, &options, &bytes, render, |_, outcome| {
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
                if input.strict {
                    failed = Some(err);
                    return ControlFlow::Break(());
                }
            }
        }
        ControlFlow::Continue(())
    })?;
    progress.finish();
    finish_stdout(out, write_err)?;
    if let Some(err) = failed {
        anyhow::bail!("{} (--strict)", err.chain());
    }
    Ok(ExitCode::SUCCESS)
}

pub fn finish_stdout(
    mut out: impl std::io::Write,
    write_err: Option<std::io::Error>,
) -> Result<()> {
    let result = match write_err {
        Some(e) => Err(e),
        None => out.flush(),
    };
    match result {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(anyhow::Error::new(e).context("writing to standard output"))
        }
        _ => Ok(()),
    }
}
