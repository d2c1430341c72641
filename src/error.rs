//! Errors of the library.
//!
//! Owns: [`Error`] and [`Result`]. Record errors start with `path:line:` so a
//! user can find the bad record; messages are lower-case and do not repeat
//! their `#[source]`.

use std::path::PathBuf;

/// Everything the library can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or stream could not be opened or read.
    #[error("failed to read {}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file found in a folder could not be opened (or is not a regular
    /// file); it is skipped.
    #[error("{}: cannot open", .path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A record (or a compressed stream) could not be read at a given line.
    #[error("{}:{}: read error", .path.display(), .line)]
    ReadAt {
        path: PathBuf,
        line: u64,
        #[source]
        source: std::io::Error,
    },
    /// A JSON Lines record that is not valid JSON.
    #[error("{}:{}: invalid JSON record", .path.display(), .line)]
    Json {
        path: PathBuf,
        line: u64,
        #[source]
        source: serde_json::Error,
    },
    /// A CSV/TSV record that cannot be parsed.
    #[error("{}:{}: invalid CSV record", .path.display(), .line)]
    Csv {
        path: PathBuf,
        line: u64,
        #[source]
        source: csv::Error,
    },
    /// A record that parses but is unusable (missing or mistyped field, ...).
    #[error("{}:{}: {}", .path.display(), .line, .reason)]
    Record {
        path: PathBuf,
        line: u64,
        reason: String,
    },
    /// A gazetteer row that cannot be used.
    #[error("{}:{}: bad gazetteer row: {}", .path.display(), .line, .reason)]
    Gazetteer {
        path: PathBuf,
        line: u64,
        reason: String,
    },
    /// The matcher could not be built.
    #[error("failed to build the entity matcher")]
    Matcher(#[source] aho_corasick::BuildError),
    /// An output file could not be written.
    #[error("failed to write {}", .path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An invalid option value.
    #[error("{0}")]
    Config(String),
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The `(path, line)` a record error points at, if it is one.
    pub fn location(&self) -> Option<(&std::path::Path, u64)> {
        match self {
            Error::ReadAt { path, line, .. }
            | Error::Json { path, line, .. }
            | Error::Csv { path, line, .. }
            | Error::Record { path, line, .. }
            | Error::Gazetteer { path, line, .. } => Some((path, *line)),
            _ => None,
        }
    }

    /// The message with its causes, without the leading `path:line: ` of a
    /// record error (for `errors.jsonl`, which has its own fields for them).
    pub fn detail(&self) -> String {
        let chain = self.chain();
        match self.location() {
            Some((path, line)) => {
                let prefix = format!("{}:{}: ", path.display(), line);
                chain
                    .strip_prefix(&prefix)
                    .map_or(chain.clone(), str::to_string)
            }
            None => chain,
        }
    }

    /// The message with its causes, on one line (`a: b: c`).
    pub fn chain(&self) -> String {
        let mut msg = self.to_string();
        let mut source = std::error::Error::source(self);
        while let Some(err) = source {
            msg.push_str(": ");
            msg.push_str(&err.to_string());
            source = err.source();
        }
        msg
    }
}
