//! Plain text: one document per file, id = the path as given.

use std::io::{BufRead, Read};
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::Arc;

use super::ReadConfig;
use crate::doc::{Document, Origin};
use crate::error::{Error, Result};

pub(super) fn read(
    path: &Arc<Path>,
    reader: Box<dyn BufRead + '_>,
    config: &ReadConfig,
    sink: &mut dyn FnMut(Result<Document>) -> ControlFlow<()>,
) {
    let _ = sink(read_one(path, reader, config));
}

fn read_one(
    path: &Arc<Path>,
    reader: Box<dyn BufRead + '_>,
    config: &ReadConfig,
) -> Result<Document> {
    let limit = config.max_record_bytes as u64;
    let mut bytes = Vec::new();
    let mut reader = reader.take(limit + 1);
    reader
        .read_to_end(&mut bytes)
        .map_err(|source| Error::ReadAt {
            path: path.to_path_buf(),
            line: 1 + memchr::memchr_iter(b'\n', &bytes).count() as u64,
            source,
        })?;
    let bad = |line: u64, reason: String| Error::Record {
        path: path.to_path_buf(),
        line,
        reason,
    };
    if bytes.len() as u64 > limit {
        return Err(bad(
            1,
            format!(
                "document is over the limit of {} bytes",
                config.max_record_bytes
            ),
        ));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3); // in place: a document may be the size of the limit
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = 1 + memchr::memchr_iter(b'\n', &e.as_bytes()[..at]).count() as u64;
        bad(line, format!("invalid UTF-8 at byte {at}"))
    })?;
    Ok(Document {
        id: path.display().to_string(),
        origin: Some(Origin {
            path: Arc::clone(path),
            line: 1,
        }),
        text,
        ..Document::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_files() {
        let path: Arc<Path> = Arc::from(Path::new("a.txt"));
        let config = ReadConfig::default();
        let doc = read_one(&path, Box::new(&b"\xEF\xBB\xBFHello.\nWorld."[..]), &config).unwrap();
        assert_eq!(
            (doc.id.as_str(), doc.text.as_str()),
            ("a.txt", "Hello.\nWorld.")
        );
        let err = read_one(&path, Box::new(&b"ok\nok\nbad \xff here"[..]), &config).unwrap_err();
        assert_eq!(err.to_string(), "a.txt:3: invalid UTF-8 at byte 10");
        let small = ReadConfig {
            max_record_bytes: 4,
            ..ReadConfig::default()
        };
        let err = read_one(&path, Box::new(&b"too long"[..]), &small).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.txt:1: document is over the limit of 4 bytes"
        );
    }
}
