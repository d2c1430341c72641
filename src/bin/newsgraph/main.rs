//! The `newsgraph` command line: `extract` (the main job), the debug views
//! `sentences` and `mentions`, and `gazetteer` tools.

mod cmd;
mod common;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// mimalloc: the pipeline makes many small, short-lived allocations per
/// document on every thread, where it is faster than the system allocator
/// (see the README's performance section).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc.h (v2 and v3).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps freed memory for reuse instead of giving it back to the OS. With
/// the default (10 ms), the pages of one batch of documents were returned
/// and faulted in (and zeroed, 2 MiB at a time with huge pages) again for
/// the next: 13% of a single-threaded run in the kernel. Peak memory is
/// the same: a batch job reuses what it freed.
fn tune_allocator() {
    // SAFETY: sets a tuning option; mimalloc reads it on its next purge.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
}

/// Turns dumps of news articles into a graph of who said what to whom.
///
/// Inputs are files, folders (read recursively, in sorted order) or `-` for
/// standard input: JSON Lines (one article per line), CSV or TSV with a
/// header row, or plain text (one article per file), each optionally
/// compressed with gzip or zstd (recognised by extension or magic bytes).
#[derive(Parser, Debug)]
#[command(
    name = "newsgraph",
    version,
    propagate_version = true,
    max_term_width = 100
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Extract(cmd::extract::Args),
    Sentences(cmd::sentences::Args),
    Mentions(cmd::mentions::Args),
    Merge(cmd::merge::Args),
    /// The raw gazetteer scan alone, for benchmarks.
    #[command(hide = true)]
    Scan(cmd::scan::Args),
    #[command(subcommand)]
    Gazetteer(cmd::gazetteer::Command),
}

fn main() -> ExitCode {
    tune_allocator();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Sentences(args) => cmd::sentences::run(args),
        Command::Mentions(args) => cmd::mentions::run(args),
        Command::Merge(args) => cmd::merge::run(args),
        Command::Scan(args) => cmd::scan::run(args),
        Command::Gazetteer(command) => cmd::gazetteer::run(command),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("newsgraph: {err:#}");
            ExitCode::from(1)
        }
    }
}
