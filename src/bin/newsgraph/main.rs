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

/// `mi_option_arena_eager_commit` and `mi_option_purge_delay` in
/// mimalloc.h (the same numbers in v2 and v3).
const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Two tunings for a batch job, measured on the 26 MB BBC+Reuters file:
/// - Keep freed memory for reuse instead of giving it back to the OS. With
///   the default (10 ms), the pages of one batch of documents were returned
///   and faulted in (and zeroed, 2 MiB at a time with huge pages) again for
///   the next: 13% of a single-threaded run in the kernel. Peak memory is
///   the same: a batch job reuses what it freed.
/// - Commit arena memory as it is touched, not the whole arena up front:
///   eager commit backed arenas with huge pages that the kernel zeroed
///   whole. Off (5 alternated runs, medians): system time 0.71 to 0.30 s
///   at 1 thread, wall time 2.59 to 2.32 s at 1 thread and 1.68 to 1.51 s
///   at 2, peak memory 181 to 153 MB at 1 thread.
extern "C" fn tune_allocator() {
    // SAFETY: sets tuning options before the first allocation; mimalloc
    // reads them when it reserves an arena or purges.
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1);
    }
}

/// Runs `tune_allocator` as a program constructor, before the Rust runtime
/// makes its first allocation: mimalloc reserves its first arena then, and
/// reads `arena_eager_commit` for it (set from `main`, it came too late).
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static TUNE_ALLOCATOR: extern "C" fn() = tune_allocator;

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
    #[cfg(not(target_os = "linux"))]
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
