//! The JSON Lines reader on arbitrary bytes: never panics, every record is
//! a document or a `path:line:` error, and lines over the limit are skipped.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::read::Format;
use newsgraph_fuzz::{check_records, is_compressed, read_bytes};

// Small, so the over-long-line path runs often.
const LIMIT: usize = 256;

fuzz_target!(|data: &[u8]| {
    if is_compressed(data) {
        return;
    }
    let records = read_bytes(data, Format::Jsonl, LIMIT);
    check_records(&records, LIMIT);
    // Never more records than lines.
    let lines = data.split(|&b| b == b'\n').count();
    assert!(
        records.len() <= lines,
        "{} records from {lines} lines",
        records.len()
    );
});
