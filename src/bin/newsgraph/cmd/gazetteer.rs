//! `newsgraph gazetteer check|stats`: lint and describe gazetteers.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Subcommand;
use newsgraph::gazetteer::{load, Gazetteer, Row};
use newsgraph::lexicon;

/// Gazetteer tools.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Lint a gazetteer: bad rows (file:line), duplicate ids, unknown
    /// part_of/located_in ids, aliases shared by several entities, aliases that are
    /// common English words, and aliases shadowed by another entity's
    /// name. Exit status 1 when there are errors (not only warnings).
    Check {
        /// The gazetteer file (TSV, CSV or JSONL).
        file: PathBuf,
        /// Print at most this many lines per kind of warning.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Counts of a gazetteer (the built-in one unless files are given) and
    /// the cost of its automaton.
    Stats {
        /// Gazetteer files; none means the built-in gazetteer.
        files: Vec<PathBuf>,
        /// Add the built-in gazetteer to the given files.
        #[arg(long)]
        with_default: bool,
    },
}

pub fn run(command: Command) -> Result<ExitCode> {
    match command {
        Command::Check { file, limit } => check(&file, limit),
        Command::Stats {
            files,
            with_default,
        } => stats(&files, files.is_empty() || with_default),
    }
}

fn check(file: &Path, limit: usize) -> Result<ExitCode> {
    let mut bad = Vec::new();
    let rows = load::read_file_lenient(file, &mut bad)
        .with_context(|| format!("checking {}", file.display()))?;
    let mut errors = bad.len();
    for e in &bad {
        println!("error: {e}");
    }
    let mut by_id: HashMap<&str, &Row> = HashMap::new();
    for row in &rows {
        if let Some(first) = by_id.insert(&row.id, row) {
            errors += 1;
            println!(
                "error: {}:{}: duplicate id `{}` (first on line {})",
                file.display(),
                row.line,
                row.id,
                first.line
            );
        }
    }
    for row in &rows {
        for (column, link) in [("part_of", &row.part_of), ("located_in", &row.located_in)] {
            if let Some(p) = link {
                if !by_id.contains_key(p.as_str()) {
                    println!("warning: {}:{}: {column} `{p}` is not an id in this file (fine if another gazetteer defines it)", file.display(), row.line);
                }
            }
        }
    }
    // Every surface form and the rows it names.
    let mut forms: BTreeMap<&str, Vec<(&Row, bool)>> = BTreeMap::new();
    for row in &rows {
        forms.entry(&row.name).or_default().push((row, true));
        for a in &row.aliases {
            forms.entry(a).or_default().push((row, false));
        }
    }
    let warn = |kind: &str, lines: Vec<String>| {
        if lines.is_empty() {
            return;
        }
        println!("warning: {} {kind}", lines.len());
        for l in lines.iter().take(limit) {
            println!("  {l}");
        }
        if lines.len() > limit {
            println!("  ... and {} more (--limit)", lines.len() - limit);
        }
    };
    let shared: Vec<String> = forms
        .iter()
        .filter(|(_, rows)| {
            let mut ids: Vec<&str> = rows.iter().map(|(r, _)| r.id.as_str()).collect();
            ids.dedup();
            ids.len() > 1
        })
        .map(|(form, rows)| {
            let ids: Vec<String> = rows
                .iter()
                .map(|(r, _)| format!("{} (line {})", r.id, r.line))
                .collect();
            format!("`{form}`: {}", ids.join(", "))
        })
        .collect();
    warn(
        "names or aliases shared by several entities (resolved by context):",
        shared,
    );
    let common: Vec<String> = forms
        .iter()
        .filter(|(form, _)| {
            !form.contains(' ')
                && form.chars().any(char::is_lowercase)
                && lexicon::is_common_word(&form.to_lowercase())
        })
        .map(|(form, rows)| {
            format!(
                "{}:{}: `{form}` is also an English word (matched only with evidence)",
                file.display(),
                rows[0].0.line
            )
        })
        .collect();
    warn("aliases that are common English words:", common);
    let shadowed: Vec<String> = rows
        .iter()
        .flat_map(|row| row.aliases.iter().map(move |a| (row, a)))
        .filter_map(|(row, a)| {
            let owners = forms.get(a.as_str())?;
            let other = owners
                .iter()
                .find(|(r, is_name)| *is_name && r.id != row.id)?;
            Some(format!(
                "{}:{}: alias `{a}` of `{}` is the name of `{}` (line {})",
                file.display(),
                row.line,
                row.id,
                other.0.id,
                other.0.line
            ))
        })
        .collect();
    warn("aliases shadowed by another entity's name:", shadowed);
    let lower_only: Vec<String> = forms
        .iter()
        .filter(|(form, _)| form.chars().next().is_some_and(char::is_lowercase))
        .map(|(form, rows)| {
            format!(
                "{}:{}: `{form}` starts in lower case (matched case-sensitively)",
                file.display(),
                rows[0].0.line
            )
        })
        .collect();
    warn("forms that start in lower case:", lower_only);
    let never: Vec<String> = forms
        .iter()
        .filter(|(form, _)| {
            let lower = form.to_lowercase();
            !form.chars().any(char::is_alphabetic)
                || (!form.contains(' ')
                    && form.chars().any(char::is_lowercase)
                    && newsgraph::gazetteer::find::STOP_WORDS.contains(&lower.as_str()))
        })
        .map(|(form, rows)| {
            format!(
                "{}:{}: `{form}` is never matched (no letter, or a function word, day or month)",
                file.display(),
                rows[0].0.line
            )
        })
        .collect();
    warn("forms that are never matched:", never);
    println!(
        "{}: {} entities, {} forms, {} errors",
        file.display(),
        rows.len(),
        forms.len(),
        errors
    );
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn stats(files: &[PathBuf], with_default: bool) -> Result<ExitCode> {
    let started = Instant::now();
    let g = Gazetteer::load(with_default, files).context("loading the gazetteer")?;
    let built = started.elapsed();
    let mut by_type: BTreeMap<&str, usize> = BTreeMap::new();
    let mut aliases = 0;
    let mut part_of = 0;
    let mut located_in = 0;
    for e in g.entities() {
        *by_type.entry(e.kind.as_str()).or_default() += 1;
        aliases += e.aliases.len();
        part_of += usize::from(e.part_of.is_some());
        located_in += usize::from(e.located_in.is_some());
    }
    let m = g.matcher();
    let ambiguous = (0..m.len() as u32)
        .filter(|&i| m.form(newsgraph::gazetteer::FormId(i)).entities.len() > 1)
        .count();
    let report = serde_json::json!({
        "entities": g.entities().len(),
        "by_type": by_type,
        "aliases": aliases,
        "with_part_of": part_of,
        "with_located_in": located_in,
        "forms": m.len(),
        "ambiguous_forms": ambiguous,
        "automaton_bytes": m.memory_usage(),
        "load_and_build_seconds": (built.as_secs_f64() * 1000.0).round() / 1000.0,
    });
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(ExitCode::SUCCESS)
}
