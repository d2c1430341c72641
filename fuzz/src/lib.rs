//! Shared plumbing of the fuzz targets: the built-in gazetteer (loaded once
//! per process), feeding bytes to a reader, and the document invariants of
//! `tests/invariants/` (the same checks the proptest suite runs).

use std::io::Write;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, OnceLock};

use newsgraph::read::{self, Format, Input, ReadConfig};
use newsgraph::{Document, Gazetteer, Pipeline};

#[path = "../../tests/invariants/mod.rs"]
pub mod invariants;

/// The pipeline over the built-in gazetteer, built once.
pub fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        // The built-in gazetteer is compiled in: failing to load it is a bug.
        Pipeline::with_gazetteer(Gazetteer::builtin().expect("the built-in gazetteer loads"))
    })
}

/// Checks the invariants, printing the text on failure.
pub fn assert_invariants(doc: &Document) {
    if let Err(e) = invariants::check_document(doc, pipeline().gazetteer()) {
        panic!("{e}\ntext: {:?}", doc.text);
    }
}

/// Reads `data` as one input file of `format` and returns every record's
/// outcome. The readers take files or stdin only, so the bytes go through a
/// per-process file in the temp folder (tmpfs on most systems); that also
/// covers opening and sniffing, as in a real run.
pub fn read_bytes(
    data: &[u8],
    format: Format,
    max_record_bytes: usize,
) -> Vec<Result<Document, String>> {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    let path = PATH.get_or_init(|| {
        std::env::temp_dir().join(format!("newsgraph-fuzz-{}.input", std::process::id()))
    });
    let mut f = std::fs::File::create(path).expect("the temp folder is writable");
    f.write_all(data).expect("the temp folder is writable");
    drop(f);
    let config = ReadConfig {
        format: Some(format),
        max_record_bytes,
        ..ReadConfig::default()
    };
    let mut out = Vec::new();
    let progress = Arc::new(AtomicU64::new(0));
    let input = Input::Path(path.clone());
    read::read_input(&input, &config, &progress, &mut |r| {
        // Errors come back as `in:LINE: reason`, checked by `check_records`.
        out.push(r.map_err(|e| e.chain().replacen(&path.display().to_string(), "in", 1)));
        ControlFlow::Continue(())
    })
    .expect("the input file exists");
    out
}

/// Compressed inputs are skipped by the reader targets: a few fuzzed bytes
/// of zstd can expand to gigabytes (which the readers stream through, but
/// which only measures the decompressor's speed). Truncated and bomb-like
/// streams are covered by `tests/adversarial.rs`.
pub fn is_compressed(data: &[u8]) -> bool {
    data.starts_with(&[0x1f, 0x8b]) || data.starts_with(&[0x28, 0xb5, 0x2f, 0xfd])
}

/// What every record outcome must look like: an error names `path:line`,
/// a document has its origin and never more text than the limit.
pub fn check_records(records: &[Result<Document, String>], max_record_bytes: usize) {
    let mut last_line = 0;
    for r in records {
        match r {
            Ok(doc) => {
                let origin = doc.origin.as_ref().expect("read documents have an origin");
                // `>=`, not `>`: CSV records after a CRLF repeat a line
                // (rust-csv#395; tests/adversarial.rs has the regression).
                assert!(
                    origin.line >= 1 && origin.line >= last_line,
                    "lines go backward: {last_line} then {}",
                    origin.line
                );
                last_line = origin.line;
                assert!(
                    doc.text.len() <= max_record_bytes,
                    "a {}-byte text passed the limit",
                    doc.text.len()
                );
                assert!(!doc.id.is_empty(), "every document has an id");
            }
            Err(e) => {
                let line = e
                    .strip_prefix("in:")
                    .and_then(|rest| rest.split_once(": "))
                    .and_then(|(n, _)| n.parse::<u64>().ok());
                assert!(
                    matches!(line, Some(n) if n >= 1),
                    "error without path:line: {e}"
                );
            }
        }
    }
}
