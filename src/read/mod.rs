//! Reading news dumps.
//!
//! Owns: input discovery ([`expand_inputs`]: files, folders, `-` for stdin),
//! format detection ([`Format`]) and the per-format readers, which stream
//! [`Document`]s one record at a time, so memory does not grow with the dump.
//! Reads: files and stdin. Writes: `Document::{id, origin, title, date, text}`.
//!
//! Every record is accounted for: the sink gets each one as a
//! `Result<Document>`; a bad record is an `Err` naming `path:line`, and the
//! reader goes on with the next one whenever the format allows it.

mod csv;
pub mod decompress;
mod jsonl;
mod text;

use std::fs::File;
use std::io::{self, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::doc::Document;
use crate::error::{Error, Result};

/// How input records map to documents.
#[derive(Clone, Debug)]
pub struct ReadConfig {
    /// The field that holds the article text (JSONL, CSV).
    pub text_field: String,
    /// The field that holds the document id; records without it get `file:line`.
    pub id_field: String,
    pub title_field: Option<String>,
    pub date_field: Option<String>,
    /// Forces a format instead of guessing it from the file name.
    pub format: Option<Format>,
    /// Records (or text files) larger than this are skipped with a reason.
    pub max_record_bytes: usize,
}

impl Default for ReadConfig {
    fn default() -> Self {
        ReadConfig {
            text_field: "text".into(),
            id_field: "id".into(),
            title_field: None,
            date_field: None,
            format: None,
            max_record_bytes: 64 << 20,
        }
    }
}

/// An input file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
    /// Tab-separated values with a header row.
    Tsv,
    /// One document per file.
    Text,
}

impl Format {
    /// Guesses the format from a file name, ignoring a compression suffix.
    pub fn from_name(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        let stem = [".gz", ".gzip", ".zst", ".zstd"]
            .iter()
            .find_map(|ext| lower.strip_suffix(ext))
            .unwrap_or(&lower);
        let ext = stem.rsplit_once('.').map(|(_, e)| e)?;
        match ext {
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            "tsv" | "tab" => Some(Format::Tsv),
            "txt" | "text" | "md" => Some(Format::Text),
            _ => None,
        }
    }

    /// Parses a `--format` value.
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            "tsv" => Some(Format::Tsv),
            "text" | "txt" => Some(Format::Text),
            _ => None,
        }
    }
}

/// One input: a file, or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A file named on the command line: if it cannot be opened (or its
    /// first bytes cannot be read), the run stops.
    Path(PathBuf),
    /// A file found in a folder: if it cannot be opened or read, it is
    /// skipped and reported ([`Error::Open`], or [`Error::ReadAt`] line 1),
    /// and the rest of the folder is read.
    Listed(PathBuf),
    Stdin,
}

impl Input {
    /// The name used in messages and `errors.jsonl`.
    pub fn name(&self) -> Arc<Path> {
        match self {
            Input::Path(p) | Input::Listed(p) => Arc::from(p.as_path()),
            Input::Stdin => Arc::from(Path::new("<stdin>")),
        }
    }

    /// The size on disk, when known (for progress and ETA).
    pub fn size(&self) -> Option<u64> {
        match self {
            Input::Path(p) | Input::Listed(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Input::Stdin => None,
        }
    }
}

/// Expands the command line's inputs: a file is itself ([`Input::Path`]), a
/// folder is every file below it with a known extension ([`Input::Listed`],
/// recursively, sorted by path, hidden entries skipped), `-` is stdin. No
/// inputs means stdin.
///
/// # Errors
/// A path that does not exist or a folder that cannot be listed.
pub fn expand_inputs(args: &[PathBuf]) -> Result<Vec<Input>> {
    let mut inputs = Vec::new();
    if args.is_empty() {
        inputs.push(Input::Stdin);
    }
    for arg in args {
        if arg.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let meta = std::fs::metadata(arg).map_err(|source| Error::Io {
            path: arg.clone(),
            source,
        })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            let mut visited = Vec::new();
            walk(arg, &mut found, &mut visited)?;
            found.sort();
            inputs.extend(found.into_iter().map(Input::Listed));
        } else {
            inputs.push(Input::Path(arg.clone()));
        }
    }
    Ok(inputs)
}

/// Collects files with a known format below `dir`; `visited` holds the
/// canonical folders seen so far, so a symlink loop ends.
fn walk(dir: &Path, found: &mut Vec<PathBuf>, visited: &mut Vec<PathBuf>) -> Result<()> {
    let io_err = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let canonical = dir.canonicalize().map_err(io_err)?;
    if visited.contains(&canonical) {
        return Ok(());
    }
    visited.push(canonical);
    for entry in std::fs::read_dir(dir).map_err(io_err)? {
        let path = entry.map_err(io_err)?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, found, visited)?;
        } else if Format::from_name(name).is_some() {
            found.push(path);
        }
    }
    Ok(())
}

/// Counts the bytes read from the underlying file (compressed bytes for a
/// compressed file), for progress reporting.
struct Counted<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Reads every record of one input and hands each to `sink`, in order.
/// `sink` returns `ControlFlow::Break` to stop early (`--strict`).
/// `progress` counts the raw bytes read from the file.
///
/// # Errors
/// Only when an [`Input::Path`] or stdin cannot be opened or its first
/// bytes cannot be read; record errors, and those of an
/// [`Input::Listed`] file, go to `sink`.
pub fn read_input(
    input: &Input,
    config: &ReadConfig,
    progress: &Arc<AtomicU64>,
    sink: &mut dyn FnMut(Result<Document>) -> ControlFlow<()>,
) -> Result<()> {
    let name = input.name();
    let raw: Box<dyn Read> = match input {
        Input::Path(p) => Box::new(File::open(p).map_err(|source| Error::Io {
            path: p.clone(),
            source,
        })?),
        Input::Listed(p) => match open_listed(p) {
            Ok(file) => Box::new(file),
            Err(err) => {
                let _ = sink(Err(err));
                return Ok(());
            }
        },
        Input::Stdin => Box::new(io::stdin().lock()),
    };
    let counted = Counted {
        inner: raw,
        counter: Arc::clone(progress),
    };
    let mut reader = match decompress::decoder(counted) {
        Ok((_, reader)) => reader,
        // A listed file that opens but cannot be read (`/proc/self/mem`,
        // a failing disk) is skipped like a stream that breaks later.
        Err(source) if matches!(input, Input::Listed(_)) => {
            let _ = sink(Err(Error::ReadAt {
                path: name.to_path_buf(),
                line: 1,
                source,
            }));
            return Ok(());
        }
        Err(source) => {
            return Err(Error::Io {
                path: name.to_path_buf(),
                source,
            })
        }
    };
    let format = match (config.format, input) {
        (Some(f), _) => f,
        (None, Input::Path(p) | Input::Listed(p)) => {
            Format::from_name(&p.to_string_lossy()).unwrap_or(Format::Text)
        }
        (None, Input::Stdin) => sniff_stdin(&mut reader),
    };
    match format {
        Format::Jsonl => jsonl::read(&name, reader, config, sink),
        Format::Csv => csv::read(&name, reader, b',', config, sink),
        Format::Tsv => csv::read(&name, reader, b'\t', config, sink),
        Format::Text => text::read(&name, reader, config, sink),
    }
    Ok(())
}

/// Opens a file found in a folder. Only regular files (or symlinks to
/// them) are read: a FIFO or a device in a dump folder would block or
/// never end.
fn open_listed(path: &Path) -> Result<File> {
    let open_err = |source| Error::Open {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(open_err)?;
    if !meta.is_file() {
        return Err(open_err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file",
        )));
    }
    File::open(path).map_err(open_err)
}

/// Stdin has no name: a first non-blank `{` means JSON Lines, anything else
/// one text document.
fn sniff_stdin(reader: &mut Box<dyn io::BufRead + '_>) -> Format {
    match reader.fill_buf() {
        Ok(head) => match head.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => Format::Jsonl,
            _ => Format::Text,
        },
        Err(_) => Format::Text,
    }
}

/// The id of a record without one: `file:line`.
fn fallback_id(path: &Path, line: u64) -> String {
    format!("{}:{}", path.display(), line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_names() {
        const CASES: &[(&str, Option<Format>)] = &[
            ("a.jsonl", Some(Format::Jsonl)),
            ("a.ndjson.gz", Some(Format::Jsonl)),
            ("a.CSV.zst", Some(Format::Csv)),
            ("dir/a.tsv", Some(Format::Tsv)),
            ("a.txt", Some(Format::Text)),
            ("README", None),
            ("a.png", None),
        ];
        for (name, want) in CASES {
            assert_eq!(Format::from_name(name), *want, "{name}");
        }
    }

    #[test]
    fn folders_expand_sorted_and_recursive() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("sub")).unwrap();
        for f in [
            "b.jsonl",
            "a.txt",
            "sub/c.csv.gz",
            "notes.png",
            ".hidden.jsonl",
        ] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let got = expand_inputs(&[root.to_path_buf()]).unwrap();
        let names: Vec<String> = got
            .iter()
            .map(|i| match i {
                Input::Listed(p) => p.strip_prefix(root).unwrap().display().to_string(),
                other => panic!("{other:?} is not a listed file"),
            })
            .collect();
        assert_eq!(names, ["a.txt", "b.jsonl", "sub/c.csv.gz"]);
    }

    #[test]
    fn missing_input_is_an_error() {
        let err = expand_inputs(&[PathBuf::from("/no/such/file.jsonl")]).unwrap_err();
        assert!(err.to_string().contains("/no/such/file.jsonl"));
    }
}
