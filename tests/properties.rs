//! Property tests (proptest) of the invariants that hold for any input, on
//! random news-like text and random record files (issue 8). The segmenter's
//! and matcher's own properties live next to them in `src/`; these cover the
//! whole per-document pipeline and the readers' accounting.
//!
//! The same document invariants are checked by the fuzz targets in `fuzz/`
//! (`tests/invariants/mod.rs` is shared). Case counts are modest so a debug
//! `cargo test` stays fast; raise them with `PROPTEST_CASES=1000`.

mod invariants;

use std::io::Write;
use std::ops::ControlFlow;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, OnceLock};

use newsgraph::export::DocumentLines;
use newsgraph::read::{self, Format, Input, ReadConfig};
use newsgraph::{Document, Gazetteer, Pipeline};
use proptest::prelude::*;

/// The pipeline over the built-in gazetteer, built once per test binary.
fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::with_gazetteer(Gazetteer::builtin().unwrap()))
}

/// Words, names (full, partial, possessive, capitals), pronouns, cues,
/// every quote-mark style and the punctuation the segmenter decides on.
const TOKENS: &[&str] = &[
    "the",
    "a",
    "of",
    "on",
    "that",
    "would",
    "not",
    "talks",
    "troops",
    "deal",
    "sanctions",
    "Monday",
    "May",
    "said",
    "says",
    "told",
    "added",
    "asked",
    "accused",
    "criticised",
    "met",
    "praised",
    "threatened",
    "warned",
    "according to",
    "in an interview with",
    "he",
    "she",
    "they",
    "it",
    "his",
    "her",
    "Jens Stoltenberg",
    "Stoltenberg",
    "NATO",
    "the NATO chief",
    "Vladimir Putin",
    "Putin",
    "Russia",
    "Russia's",
    "Russia’s",
    "Moscow",
    "China",
    "Beijing",
    "Chinese-made",
    "pro-Russian",
    "Washington",
    "U.S.",
    "Ukraine",
    "Kyiv",
    "Mr.",
    "Dr.",
    "John Smith",
    "a spokesman",
    "reporters",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "...",
    "…",
    "—",
    "-",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\n\n",
    "•",
    "1.",
    "3.5",
    "12",
    "é",
    "中国",
    "🙂",
    "\u{0}",
    "\u{308}",
    "\u{200f}",
    "\u{200b}",
    "\u{a0}",
    "\t",
    "\r\n",
];

/// Random text: tokens joined by a space, nothing, or a comma.
fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(TOKENS),
            prop::sample::select(&[" ", " ", " ", "", ", "][..]),
        ),
        0..90,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(t, sep)| [t, sep])
            .collect::<String>()
    })
}

/// Quote-heavy text: speech patterns with nested, unbalanced and split quotes.
fn quote_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(
        &[
            "“We will not back down,” Stoltenberg said. ",
            "\"No,\" he told Putin. ",
            "Putin said that Russia would win. ",
            "“It is ",
            "over,” she added, “and done.” ",
            "According to NATO, China helped. ",
            "‘Why?’ ",
            "\"Unclosed ",
            "” ",
            "« Non », a dit Putin. ",
            "Beijing accused Washington. ",
            "\n\n",
            "Smith, a spokesman, said: \"Yes.\" ",
        ][..],
    );
    prop::collection::vec(pieces, 0..25).prop_map(|p| p.concat())
}

/// Inputs the fuzz targets crashed on (`tests/fuzz/`, one file each, named
/// after the bug): each must now pass every document invariant.
#[test]
fn fuzz_crashes_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz exists")
        .map(|e| e.expect("a readable entry").path())
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no fuzz regressions in {}",
        dir.display()
    );
    for path in files {
        let text = std::fs::read_to_string(&path).expect("fuzz inputs are UTF-8");
        if let Err(e) = check_pipeline(&text) {
            panic!("{}: {e}", path.display());
        }
    }
}

fn check_pipeline(text: &str) -> Result<(), TestCaseError> {
    let p = pipeline();
    let mut doc = Document::new("p", text);
    p.annotate(&mut doc);
    if let Err(e) = invariants::check_document(&doc, p.gazetteer()) {
        return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
    }
    // The outputs are valid JSON lines and the same every time.
    let lines = DocumentLines::render(p.gazetteer(), &doc);
    for bytes in [&lines.quotes, &lines.mentions, &lines.relations] {
        for line in bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            prop_assert!(serde_json::from_slice::<serde_json::Value>(line).is_ok());
        }
    }
    let mut again = Document::new("p", text);
    p.annotate(&mut again);
    prop_assert_eq!(DocumentLines::render(p.gazetteer(), &again), lines);
    Ok(())
}

/// Reads `bytes` as one file of `format` and returns each record's outcome:
/// `Ok((id, text))` or the error message.
fn read_records(
    bytes: &[u8],
    format: Format,
    limit: usize,
) -> Vec<Result<(String, String), String>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("in");
    std::fs::File::create(&path)
        .unwrap()
        .write_all(bytes)
        .unwrap();
    let config = ReadConfig {
        format: Some(format),
        max_record_bytes: limit,
        ..ReadConfig::default()
    };
    let mut out = Vec::new();
    let prefix = format!("{}:", path.display());
    read::read_input(
        &Input::Path(path.clone()),
        &config,
        &Arc::new(AtomicU64::new(0)),
        &mut |r| {
            out.push(
                r.map(|d| (d.id, d.text))
                    .map_err(|e| e.chain().replacen(&prefix, "in:", 1)),
            );
            ControlFlow::Continue(())
        },
    )
    .unwrap();
    out
}

/// One JSONL line of each kind: good, bad JSON, wrong shape, over the limit.
fn jsonl_line() -> impl Strategy<Value = (String, bool)> {
    prop_oneof![
        "\\PC{0,40}".prop_map(|t| (serde_json::json!({"text": t}).to_string(), true)),
        "[a-z{}\\[\\]\":, ]{1,30}".prop_map(|junk| {
            let ok = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&junk)
                .is_ok_and(|m| m.get("text").is_some_and(|t| t.is_string()));
            (junk, ok)
        }),
        Just(("[1]".to_string(), false)),
        Just(("{\"id\": 1}".to_string(), false)),
        "[a-z]{260,300}".prop_map(|t| (serde_json::json!({"text": t}).to_string(), false)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 48,
        // Failures print their minimal input; add it to a case table.
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn pipeline_keeps_its_invariants_on_news_like_text(text in news_text()) {
        check_pipeline(&text)?;
    }

    #[test]
    fn pipeline_keeps_its_invariants_on_quote_heavy_text(text in quote_text()) {
        check_pipeline(&text)?;
    }

    #[test]
    fn pipeline_keeps_its_invariants_on_any_text(text in "\\PC{0,120}") {
        check_pipeline(&text)?;
    }

    /// Any string survives a JSONL round trip byte for byte (NUL, controls,
    /// astral characters, a leading BOM are all escaped by the writer).
    #[test]
    fn jsonl_text_round_trips(texts in prop::collection::vec("\\PC{0,30}|[\\x00-\\x1f\u{feff}]{0,4}", 1..8)) {
        let input: String = texts
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{}\r\n", serde_json::json!({"id": i, "text": t})))
            .collect();
        let got = read_records(input.as_bytes(), Format::Jsonl, 1 << 20);
        let want: Vec<Result<(String, String), String>> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Ok((i.to_string(), t.clone())))
            .collect();
        prop_assert_eq!(got, want);
    }

    /// Any text survives a CSV round trip (quotes, commas, line breaks).
    #[test]
    fn csv_text_round_trips(texts in prop::collection::vec("[^\\x00\r]{0,30}", 1..8)) {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(["id", "text"]).unwrap();
        for (i, t) in texts.iter().enumerate() {
            w.write_record([format!("r{i}").as_str(), t.as_str()]).unwrap();
        }
        let bytes = w.into_inner().unwrap();
        let got = read_records(&bytes, Format::Csv, 1 << 20);
        let want: Vec<Result<(String, String), String>> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Ok((format!("r{i}"), t.clone())))
            .collect();
        prop_assert_eq!(got, want);
    }

    /// Every non-blank line is exactly one outcome, in order: a document
    /// or an error naming that line.
    #[test]
    fn every_jsonl_line_is_accounted_for(lines in prop::collection::vec(jsonl_line(), 0..20)) {
        let input: String = lines.iter().map(|(l, _)| format!("{l}\n")).collect();
        let got = read_records(input.as_bytes(), Format::Jsonl, 256);
        let kept: Vec<(usize, bool)> = lines
            .iter()
            .enumerate()
            .filter(|(_, (l, _))| !l.trim().is_empty())
            .map(|(i, (_, ok))| (i + 1, *ok))
            .collect();
        prop_assert_eq!(got.len(), kept.len(), "{:?}", got);
        for (r, (line, ok)) in got.iter().zip(&kept) {
            match r {
                Ok((id, _)) => {
                    prop_assert!(ok, "line {} should fail: {:?}", line, r);
                    // No id field: the fallback `path:line`.
                    prop_assert!(id.ends_with(&format!(":{line}")), "{} on line {}", id, line);
                }
                Err(e) => {
                    prop_assert!(!ok, "line {} should pass: {}", line, e);
                    let prefix = format!("in:{line}: ");
                    prop_assert!(e.starts_with(&prefix), "{} lacks {}", e, prefix);
                }
            }
        }
    }
}
