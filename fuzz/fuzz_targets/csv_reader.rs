//! The CSV and TSV readers on arbitrary bytes (the first byte picks the
//! delimiter): never panic, every record is a document or a `path:line:`
//! error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::read::Format;
use newsgraph_fuzz::{check_records, is_compressed, read_bytes};

const LIMIT: usize = 256;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    if is_compressed(body) {
        return;
    }
    let format = if pick & 1 == 0 {
        Format::Csv
    } else {
        Format::Tsv
    };
    let records = read_bytes(body, format, LIMIT);
    check_records(&records, LIMIT);
});
