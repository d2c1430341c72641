//! The whole per-document pipeline (`Pipeline::annotate`, then rendering the
//! three per-document output files) on arbitrary UTF-8: never panics, and
//! every layer keeps the invariants of `tests/invariants/`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::export::DocumentLines;
use newsgraph::Document;
use newsgraph_fuzz::{assert_invariants, pipeline};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let p = pipeline();
    let mut doc = Document::new("fuzz", text);
    p.annotate(&mut doc);
    assert_invariants(&doc);
    let lines = DocumentLines::render(p.gazetteer(), &doc);
    for (name, bytes) in [
        ("quotes", &lines.quotes),
        ("mentions", &lines.mentions),
        ("relations", &lines.relations),
    ] {
        for line in bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            if let Err(e) = serde_json::from_slice::<serde_json::Value>(line) {
                panic!(
                    "{name}.jsonl line is not JSON ({e}): {}",
                    String::from_utf8_lossy(line)
                );
            }
        }
    }
});
