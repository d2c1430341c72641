//! Adversarial input, end to end (issue 8): every kind of broken or hostile
//! input a scraped dump holds, generated here (nothing large is committed),
//! and for each the exact behaviour: the `path:line: reason` message, what
//! is skipped, what still comes out, the exit status, and the accounting
//! (`documents_read = documents_processed + documents_skipped`, in total
//! and per file, with every skipped record in `errors.jsonl`).
//!
//! Also: output safety (a run killed with SIGKILL, an unwritable or full
//! output folder) and determinism across thread counts and input splits on
//! inputs larger than one batch.
//!
//! Every run uses the tiny gazetteer and relative paths inside a temporary
//! folder, so messages are stable. Sub-cases that need privileges the
//! sandbox lacks (or has too many of: root reads a `chmod 000` file) are
//! skipped with a message on stderr, never silently.

mod common;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{for_each_jsonl, parse_jsonl, read, read_json, read_jsonl};
use serde_json::{json, Value};

/// The arguments that select the tiny gazetteer.
const TINY: [&str; 3] = ["--no-default-gazetteer", "--gazetteer", "g.tsv"];

/// A temporary working folder with the tiny gazetteer in `g.tsv`.
struct Fx {
    work: common::Workdir,
}

impl std::ops::Deref for Fx {
    type Target = common::Workdir;

    fn deref(&self) -> &common::Workdir {
        &self.work
    }
}

/// One finished `extract` run.
struct Run {
    code: Option<i32>,
    stderr: String,
    out: PathBuf,
}

impl Fx {
    fn new() -> Fx {
        Fx {
            work: common::Workdir::new(),
        }
    }

    /// `extract INPUTS... -o OUT` with the tiny gazetteer, quiet, plus `extra`.
    fn extract(&self, inputs: &[&str], out: &str, extra: &[&str]) -> Run {
        let mut args = vec!["extract"];
        args.extend(inputs);
        args.extend(TINY);
        args.extend(["-q", "-o", out]);
        args.extend(extra);
        let o = self.run(&args);
        Run {
            code: o.status.code(),
            stderr: common::stderr(&o),
            out: self.join(out),
        }
    }

    /// Like [`Fx::extract`], and asserts success and exact accounting.
    fn extract_ok(&self, inputs: &[&str], out: &str, extra: &[&str]) -> Run {
        let run = self.extract(inputs, out, extra);
        assert_eq!(run.code, Some(0), "stderr:\n{}", run.stderr);
        run.assert_accounted();
        run
    }

    /// `newsgraph sentences -q ARGS...`: `(doc id, sentence texts)`.
    fn sentences(&self, args: &[&str]) -> Vec<(String, Vec<String>)> {
        let mut all = vec!["sentences", "-q"];
        all.extend(args);
        let o = self.run(&all);
        assert!(o.status.success(), "{}", common::stderr(&o));
        parse_jsonl(&common::stdout(&o))
            .into_iter()
            .map(|v| {
                let s = v["sentences"].as_array().unwrap();
                let texts = s
                    .iter()
                    .map(|s| s["text"].as_str().unwrap().to_string())
                    .collect();
                (v["doc"].as_str().unwrap().to_string(), texts)
            })
            .collect()
    }
}

impl Run {
    fn summary(&self) -> Value {
        read_json(&self.out.join("summary.json"))
    }

    /// `(source, line, error)` of each `errors.jsonl` line (`line` is
    /// `null` for a file that could not be read at all).
    fn errors(&self) -> Vec<(String, Option<u64>, String)> {
        read_jsonl(&self.out.join("errors.jsonl"))
            .iter()
            .map(|e| {
                assert!(e["line"].is_u64() || e["line"].is_null(), "{e}");
                (
                    e["source"].as_str().unwrap().to_string(),
                    e["line"].as_u64(),
                    e["error"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    /// Just the messages of `errors.jsonl`.
    fn messages(&self) -> Vec<String> {
        self.errors().into_iter().map(|(_, _, e)| e).collect()
    }

    /// Per-file `(read, processed, skipped)` from summary.json.
    fn files(&self) -> BTreeMap<String, (u64, u64, u64)> {
        let s = self.summary();
        s["files"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| {
                let n = |f: &str| v[f].as_u64().unwrap();
                (k.clone(), (n("read"), n("processed"), n("skipped")))
            })
            .collect()
    }

    /// The ids of the documents in `mentions.jsonl`, in order, once each.
    fn mentioned_docs(&self) -> Vec<String> {
        let mut docs: Vec<String> = Vec::new();
        for m in read_jsonl(&self.out.join("mentions.jsonl")) {
            let d = m["doc"].as_str().unwrap().to_string();
            if docs.last() != Some(&d) {
                docs.push(d);
            }
        }
        docs
    }

    /// The accounting contract of issue 8: read = processed + skipped, in
    /// total and per file; every skipped record has one `errors.jsonl` line
    /// (and one `skipped` line on stderr, in the same order) whose message
    /// starts with its `source:line: ` (`source: ` for a whole file).
    fn assert_accounted(&self) {
        let s = self.summary();
        let n = |f: &str| s[f].as_u64().unwrap();
        let (read, processed, skipped) = (
            n("documents_read"),
            n("documents_processed"),
            n("documents_skipped"),
        );
        assert_eq!(read, processed + skipped, "summary: {s:#}");
        let files = self.files();
        for (file, (r, p, k)) in &files {
            assert_eq!(*r, p + k, "{file}: {s:#}");
        }
        assert_eq!(files.values().map(|f| f.0).sum::<u64>(), read, "{s:#}");
        let errors = self.errors();
        assert_eq!(errors.len() as u64, skipped, "errors.jsonl vs summary");
        for (file, (_, _, k)) in &files {
            let listed = errors.iter().filter(|e| &e.0 == file).count() as u64;
            assert_eq!(listed, *k, "{file}: skipped vs errors.jsonl");
        }
        for (source, line, error) in &errors {
            let prefix = match line {
                Some(line) => format!("{source}:{line}: "),
                None => format!("{source}: "),
            };
            assert!(error.starts_with(&prefix), "{error:?} lacks {prefix:?}");
        }
        let stderr_skips: Vec<&str> = self
            .stderr
            .lines()
            .filter_map(|l| l.strip_prefix("newsgraph: skipped "))
            .collect();
        let listed: Vec<&str> = errors.iter().map(|e| e.2.as_str()).collect();
        assert_eq!(stderr_skips, listed, "stderr vs errors.jsonl");
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn zstd(bytes: &[u8]) -> Vec<u8> {
    zstd::encode_all(bytes, 3).unwrap()
}

/// One JSON line (ending in `\n`).
fn line(v: Value) -> String {
    format!("{v}\n")
}

/// A news-like paragraph with mentions of the tiny gazetteer and a quote.
fn article(i: usize) -> String {
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    let templates = [
        "“We will not back down,” Anna Keller told Markus Brandt on {day}. \
         She said Zentrix Holdings would stay in Poland.",
        "Washington accused Beijing of spying on {day}, Jens Stoltenberg said. \
         “China is watching,” he added.",
        "According to NATO, Ukraine asked for help on {day}. Putin said nothing. \
         “We are ready,” Stoltenberg told reporters.",
        "Markus Brandt, the chief executive of Zentrix, said on {day} that \
         profits rose {i} percent. Keller criticised him.",
    ];
    templates[i % templates.len()]
        .replace("{day}", days[i % days.len()])
        .replace("{i}", &i.to_string())
}

/// Every mention, quote and relation span in the output files is exactly
/// those bytes of its document's text (`texts` by doc id).
fn assert_spans_match(run: &Run, texts: &BTreeMap<&str, &str>) {
    let check = |what: &str, doc: &str, v: &Value| {
        let text = texts[doc];
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        let got = text
            .get(s..e)
            .unwrap_or_else(|| panic!("{what} {doc} {s}..{e}: not on char boundaries"));
        assert_eq!(got, v["text"].as_str().unwrap(), "{what} in {doc}");
    };
    for_each_jsonl(&run.out.join("mentions.jsonl"), |_, m| {
        check("mention", m["doc"].as_str().unwrap(), &m);
    });
    for_each_jsonl(&run.out.join("quotes.jsonl"), |_, q| {
        let doc = q["doc"].as_str().unwrap();
        check("quote content", doc, &q["content"]);
        if q["cue"].is_object() {
            check("cue", doc, &q["cue"]);
        }
        for party in ["speaker", "addressee"] {
            if q[party]["mention"].is_object() {
                check(party, doc, &q[party]["mention"]);
            }
        }
    });
    for_each_jsonl(&run.out.join("relations.jsonl"), |_, r| {
        check("evidence", r["doc"].as_str().unwrap(), &r["evidence"]);
    });
}

// ---------------------------------------------------------------------------
// Bytes: invalid UTF-8, NUL, BOM, CRLF.

#[test]
fn invalid_utf8_and_nul_bytes_in_text_files() {
    let fx = Fx::new();
    fx.write(
        "bad.txt",
        b"Anna Keller said hello.\nLine two.\nbad \xc3\x28 here\n",
    );
    // A NUL is valid UTF-8: the document is processed and offsets after it
    // still point at the right bytes.
    let nul = "Zero \0 byte.\0 Anna Keller said \0“We stay.”";
    fx.write("nul.txt", nul);
    // A lone continuation byte at the very start, and a truncated
    // multi-byte sequence at the very end.
    fx.write("start.txt", b"\x80Anna Keller");
    fx.write("end.txt", b"Anna Keller said \xe2\x80");
    let run = fx.extract_ok(&["bad.txt", "nul.txt", "start.txt", "end.txt"], "out", &[]);
    assert_eq!(
        run.messages(),
        [
            "bad.txt:3: invalid UTF-8 at byte 38",
            "start.txt:1: invalid UTF-8 at byte 0",
            "end.txt:1: invalid UTF-8 at byte 17",
        ]
    );
    assert_eq!(run.mentioned_docs(), ["nul.txt"]);
    assert_spans_match(&run, &BTreeMap::from([("nul.txt", nul)]));
    let s = run.summary();
    assert_eq!(
        (s["documents_processed"].as_u64(), s["bytes"].as_u64()),
        (Some(1), Some(nul.len() as u64))
    );
}

#[test]
fn invalid_utf8_and_nul_bytes_inside_json_strings() {
    let fx = Fx::new();
    let mut input: Vec<u8> = Vec::new();
    // 1: a raw invalid byte inside the string.
    input.extend(b"{\"id\":\"raw-ff\",\"text\":\"bad \xff byte\"}\n");
    // 2: a raw NUL byte: JSON forbids raw control characters in strings.
    input.extend(b"{\"id\":\"raw-nul\",\"text\":\"nul \x00 raw\"}\n");
    // 3: the escape \u0000 is valid JSON; the text holds a NUL.
    input.extend(b"{\"id\":\"esc-nul\",\"text\":\"Anna Keller \\u0000 said \\u0000hi.\"}\n");
    // 4: a lone surrogate escape is not a character.
    input.extend(b"{\"id\":\"surrogate\",\"text\":\"\\ud800 lone\"}\n");
    // 5: invalid UTF-8 in a field that is skipped unread: not checked, the
    // record is processed.
    input.extend(b"{\"id\":\"other\",\"junk\":\"\xfe\",\"text\":\"Anna Keller left.\"}\n");
    // 6: an overlong encoding of `/`.
    input.extend(b"{\"id\":\"overlong\",\"text\":\"\xc0\xaf\"}\n");
    fx.write("a.jsonl", &input);
    let run = fx.extract_ok(&["a.jsonl"], "out", &[]);
    assert_eq!(
        run.messages(),
        [
            "a.jsonl:1: invalid JSON record: invalid unicode code point at line 1 column 28",
            "a.jsonl:2: invalid JSON record: control character (\\u0000-\\u001F) found while parsing a string at line 1 column 29",
            "a.jsonl:4: invalid JSON record: unexpected end of hex escape at line 1 column 33",
            "a.jsonl:6: invalid JSON record: invalid unicode code point at line 1 column 26",
        ]
    );
    assert_eq!(run.mentioned_docs(), ["esc-nul", "other"]);
    let text = "Anna Keller \0 said \0hi.";
    assert_spans_match(
        &run,
        &BTreeMap::from([("esc-nul", text), ("other", "Anna Keller left.")]),
    );
}

#[test]
fn byte_order_marks_and_crlf_line_ends() {
    let fx = Fx::new();
    let bom = "\u{feff}";
    // JSONL: a BOM on the first line (and, from a concatenation, on a later
    // one), CRLF line ends, a CRLF blank line.
    fx.write(
        "a.jsonl",
        format!(
            "{bom}{}\r\n\r\n{bom}{}\r\n",
            json!({"id": "j1", "text": "Anna Keller said hi."}),
            json!({"id": "j2", "text": "Markus Brandt said bye."})
        ),
    );
    // CSV: a BOM before the header, CRLF records, a CRLF inside a quoted
    // field (kept: it is the field's text).
    fx.write(
        "b.csv",
        format!(
            "{bom}id,text\r\nc1,Anna Keller said hi.\r\nc2,\"Markus Brandt said:\r\nbye.\"\r\n"
        ),
    );
    // Text: a BOM (dropped) and CRLF paragraphs (kept in the text).
    let text = "Anna Keller said hi.\r\n\r\nMarkus Brandt said bye.\r\n";
    fx.write("c.txt", format!("{bom}{text}"));
    let run = fx.extract_ok(&["a.jsonl", "b.csv", "c.txt"], "out", &[]);
    assert!(run.errors().is_empty(), "{:?}", run.errors());
    assert_eq!(run.mentioned_docs(), ["j1", "j2", "c1", "c2", "c.txt"]);
    // Offsets count from the first byte after the BOM.
    assert_spans_match(
        &run,
        &BTreeMap::from([
            ("j1", "Anna Keller said hi."),
            ("j2", "Markus Brandt said bye."),
            ("c1", "Anna Keller said hi."),
            ("c2", "Markus Brandt said:\r\nbye."),
            ("c.txt", text),
        ]),
    );
    let first = &read_jsonl(&run.out.join("mentions.jsonl"))[0];
    assert_eq!(
        (first["start"].as_u64(), first["end"].as_u64()),
        (Some(0), Some(11))
    );
    // A CRLF blank line ends a paragraph; no sentence keeps a `\r`.
    let got = fx.sentences(&["c.txt", "b.csv"]);
    assert_eq!(
        got,
        [
            (
                "c.txt".into(),
                vec![
                    "Anna Keller said hi.".into(),
                    "Markus Brandt said bye.".into()
                ]
            ),
            ("c1".into(), vec!["Anna Keller said hi.".into()]),
            ("c2".into(), vec!["Markus Brandt said:\r\nbye.".into()]),
        ]
    );
}

// ---------------------------------------------------------------------------
// Size: huge documents, huge words, huge lines, many quote marks.

/// The default `--max-record-mib`.
const LIMIT: usize = 64 << 20;

/// About `bytes` of news text in paragraphs (whole articles only).
fn news_text(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 512);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&article(i));
        text.push_str("\n\n");
        i += 1;
    }
    text
}

/// Writes a single document of about `bytes` as `name` (a text file) and
/// as the one line of `name.jsonl` (followed by a small good line).
fn write_big(fx: &Fx, name: &str, bytes: usize) -> String {
    let text = news_text(bytes);
    fx.write(&format!("{name}.txt"), &text);
    let mut f = std::fs::File::create(fx.join(&format!("{name}.jsonl"))).unwrap();
    serde_json::to_writer(&mut f, &json!({"id": name, "text": &text})).unwrap();
    f.write_all(b"\n").unwrap();
    f.write_all(line(json!({"id": "after", "text": "Anna Keller said hi."})).as_bytes())
        .unwrap();
    text
}

#[test]
fn a_document_over_the_limit_is_skipped_with_its_size() {
    let fx = Fx::new();
    let text = write_big(&fx, "big", 100 << 20);
    let line_len = std::fs::read(fx.join("big.jsonl"))
        .unwrap()
        .iter()
        .position(|&b| b == b'\n')
        .unwrap();
    let run = fx.extract_ok(&["big.txt", "big.jsonl"], "out", &[]);
    assert!(text.len() > LIMIT);
    assert_eq!(
        run.messages(),
        [
            format!("big.txt:1: document is over the limit of {LIMIT} bytes"),
            format!("big.jsonl:1: record of {line_len} bytes is over the limit of {LIMIT} bytes"),
        ]
    );
    // The line after the huge one is read as usual.
    assert_eq!(run.mentioned_docs(), ["after"]);
    assert_eq!(
        run.files(),
        BTreeMap::from([
            ("big.jsonl".to_string(), (2, 1, 1)),
            ("big.txt".to_string(), (1, 0, 1)),
        ])
    );
    // A smaller limit applies to CSV fields and to every line.
    fx.write(
        "c.csv",
        format!(
            "id,text\nc1,{}\nc2,Anna Keller said hi.\n",
            "x".repeat(3 << 20)
        ),
    );
    let d1 = line(json!({"id": "d1", "text": "y".repeat(2 << 20)}));
    let d1_len = d1.len() - 1;
    fx.write(
        "d.jsonl",
        format!(
            "{d1}{}",
            line(json!({"id": "d2", "text": "Anna Keller said hi."}))
        ),
    );
    let run = fx.extract_ok(&["c.csv", "d.jsonl"], "small", &["--max-record-mib", "1"]);
    let mib = 1 << 20;
    assert_eq!(
        run.messages(),
        [
            // The whole record, as in the file: `c1,` and the field.
            format!(
                "c.csv:2: record of {} bytes is over the limit of {mib} bytes",
                3 + (3 << 20)
            ),
            format!("d.jsonl:1: record of {d1_len} bytes is over the limit of {mib} bytes"),
        ]
    );
    assert_eq!(run.mentioned_docs(), ["c2", "d2"]);
}

/// Processes one document of `bytes` (text file and JSON line) and checks
/// the outputs.
fn process_big_document(bytes: usize, extra: &[&str]) {
    let fx = Fx::new();
    let text = write_big(&fx, "big", bytes);
    let articles = text.matches("\n\n").count() as u64;
    let mut args = vec!["--threads", "2"];
    args.extend(extra);
    let run = fx.extract_ok(&["big.txt", "big.jsonl"], "out", &args);
    assert!(run.errors().is_empty(), "{:?}", run.errors());
    let s = run.summary();
    assert_eq!(s["documents_processed"], 3);
    assert_eq!(s["bytes"].as_u64(), Some(2 * text.len() as u64 + 20));
    // Every article has at least two sentences and a quote or a speech cue.
    assert!(s["sentences"].as_u64().unwrap() >= 4 * articles, "{s:#}");
    assert!(s["quotes"].as_u64().unwrap() >= 2 * articles, "{s:#}");
    // Both copies give the same annotations: each document's quote lines,
    // without their `doc` field, hashed one by one (the outputs of a 100 MB
    // document are too large to hold parsed).
    let mut quotes: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for_each_jsonl(&run.out.join("quotes.jsonl"), |line, q| {
        let doc = q["doc"].as_str().unwrap();
        let rest = &line[line.find(',').unwrap()..];
        let mut h = std::collections::hash_map::DefaultHasher::new();
        std::hash::Hash::hash(rest, &mut h);
        quotes
            .entry(doc.to_owned())
            .or_default()
            .push(std::hash::Hasher::finish(&h));
    });
    assert!(quotes["big"].len() as u64 >= articles);
    assert_eq!(quotes["big.txt"], quotes["big"]);
    assert_spans_match(
        &run,
        &BTreeMap::from([
            ("big.txt", text.as_str()),
            ("big", text.as_str()),
            ("after", "Anna Keller said hi."),
        ]),
    );
}

/// Runs by default: many paragraphs, small enough for a debug build (the
/// larger ones below are ignored for their time in a debug build, not for
/// failing).
#[test]
fn a_64_kb_document_is_processed_whole() {
    process_big_document(64 << 10, &[]);
}

#[test]
#[ignore = "slow in a debug build (8 MB: 80 s; 3 s in release); run with --ignored"]
fn an_8_mb_document_is_processed_whole() {
    process_big_document(8 << 20, &[]);
}

#[test]
#[ignore = "slow, and 6 GB of memory (two 100 MB documents at once): run with --ignored --release"]
fn a_100_mb_document_is_processed_under_a_higher_limit() {
    process_big_document(100 << 20, &["--max-record-mib", "128"]);
}

#[test]
fn a_one_megabyte_word() {
    let fx = Fx::new();
    let word = "a".repeat(1 << 20);
    let text = format!("Anna Keller said {word} was the word. “{word},” Markus Brandt said.");
    fx.write("w.txt", &text);
    fx.write("w.jsonl", line(json!({"id": "w", "text": &text})));
    // A 1 MB capitalised word, a 1 MB run of digits, of dots and of spaces.
    let cap = format!("Anna Keller met {}{} on Monday.", "Z", "z".repeat(1 << 20));
    let dots = format!("Anna Keller said no{} Then she left.", ".".repeat(1 << 20));
    let spaces = format!("Anna Keller{}said hi.", " ".repeat(1 << 20));
    fx.write(
        "x.jsonl",
        [
            line(json!({"id": "cap", "text": &cap})),
            line(json!({"id": "dots", "text": &dots})),
            line(json!({"id": "spaces", "text": &spaces})),
        ]
        .concat(),
    );
    let run = fx.extract_ok(&["w.txt", "w.jsonl", "x.jsonl"], "out", &[]);
    assert!(run.errors().is_empty());
    assert_eq!(
        run.mentioned_docs(),
        ["w.txt", "w", "cap", "dots", "spaces"]
    );
    // Only the names are mentions; a megabyte "quote" is no quote (the
    // attributor caps quote length), and every span is on the text.
    let mentions = read_jsonl(&run.out.join("mentions.jsonl"));
    assert!(mentions
        .iter()
        .all(|m| m["text"].as_str().unwrap().len() < 20));
    assert_spans_match(
        &run,
        &BTreeMap::from([
            ("w.txt", text.as_str()),
            ("w", text.as_str()),
            ("cap", cap.as_str()),
            ("dots", dots.as_str()),
            ("spaces", spaces.as_str()),
        ]),
    );
}

/// Words tens of kilobytes long made of initials and joiners: each inner
/// capital once looked its word up again, quadratic in the word (`A.B.`
/// repeated to 80 KB took 14 s in a release build).
#[test]
fn long_words_of_initials() {
    let fx = Fx::new();
    let texts = [
        (
            "dots",
            format!("Anna Keller said {} today.", "A.B.".repeat(20_000)),
        ),
        (
            "amps",
            format!("Anna Keller said {} today.", "AT&T&".repeat(20_000)),
        ),
        (
            "usa",
            format!("Anna Keller said {} today.", "U.S.A.".repeat(5_000)),
        ),
    ];
    // Linear, not quadratic: a debug build does it in seconds.
    extract_in_a_minute(&fx, &texts);
}

/// Runs `extract` on one JSON Lines file of `texts` (id, text): every
/// record processed whole, every span on its text, in under a minute.
fn extract_in_a_minute(fx: &Fx, texts: &[(&str, String)]) {
    let lines: Vec<String> = texts
        .iter()
        .map(|(id, text)| line(json!({"id": id, "text": text})))
        .collect();
    fx.write("t.jsonl", lines.concat());
    let started = Instant::now();
    let run = fx.extract_ok(&["t.jsonl"], "out", &[]);
    let took = started.elapsed();
    assert!(run.errors().is_empty());
    assert_eq!(run.summary()["documents_processed"], texts.len());
    assert_spans_match(
        &run,
        &texts.iter().map(|(id, t)| (*id, t.as_str())).collect(),
    );
    assert!(took < Duration::from_secs(60), "took {took:?}");
}

/// A spokesperson `for` a long run of names each before a word that
/// could describe the next name: the look for the organisation spoken for
/// takes a bounded number of steps whatever the run's length.
#[test]
fn a_spokesperson_for_a_long_run_of_describing_names() {
    let fx = Fx::new();
    let run_of_names = "China growth ".repeat(20_000);
    let texts = [
        (
            "after",
            format!("Sales will rise this year, said a spokesman for {run_of_names}Zentrix."),
        ),
        (
            "before",
            format!("A spokesman for {run_of_names}Zentrix said sales will rise this year."),
        ),
    ];
    extract_in_a_minute(&fx, &texts);
}

#[test]
fn a_hundred_thousand_unclosed_quote_marks() {
    unclosed_quote_marks(100_000);
}

#[test]
fn two_thousand_unclosed_quote_marks() {
    unclosed_quote_marks(2_000);
}

fn unclosed_quote_marks(n: usize) {
    let fx = Fx::new();
    // Curly opening marks that never close, straight marks with an odd
    // count, and guillemets, each around speech cues and names.
    let curly = "“Anna Keller said ".repeat(n);
    let straight = format!("{}end.", "He said \"no. ".repeat(n + 1));
    let guillemets = "« Markus Brandt told Keller ".repeat(n);
    let lines = [
        line(json!({"id": "curly", "text": &curly})),
        line(json!({"id": "straight", "text": &straight})),
        line(json!({"id": "guillemets", "text": &guillemets})),
    ];
    fx.write("q.jsonl", lines.concat());
    let started = Instant::now();
    let run = fx.extract_ok(&["q.jsonl"], "out", &[]);
    let took = started.elapsed();
    assert!(run.errors().is_empty());
    assert_eq!(run.summary()["documents_processed"], 3);
    assert_spans_match(
        &run,
        &BTreeMap::from([
            ("curly", curly.as_str()),
            ("straight", straight.as_str()),
            ("guillemets", guillemets.as_str()),
        ]),
    );
    // No quote content overlaps another of the same document.
    let mut contents: BTreeMap<String, Vec<(u64, u64)>> = BTreeMap::new();
    for q in read_jsonl(&run.out.join("quotes.jsonl")) {
        let c = &q["content"];
        contents
            .entry(q["doc"].as_str().unwrap().to_string())
            .or_default()
            .push((c["start"].as_u64().unwrap(), c["end"].as_u64().unwrap()));
    }
    for (doc, mut spans) in contents {
        spans.sort();
        for w in spans.windows(2) {
            assert!(w[0].1 <= w[1].0, "{doc}: overlapping quotes {w:?}");
        }
    }
    // Linear, not quadratic: a debug build does it in seconds.
    assert!(took < Duration::from_secs(60), "took {took:?}");
}

// ---------------------------------------------------------------------------
// JSON shapes: nesting, non-objects, duplicate ids, empty texts.

#[test]
fn deeply_nested_json_is_a_clean_error_not_a_stack_overflow() {
    let fx = Fx::new();
    let deep = 100_000;
    let open = "[".repeat(deep);
    let close = "]".repeat(deep);
    let lines = [
        // 1: an unclosed nest in an ignored field.
        format!("{{\"id\":\"n1\",\"text\":\"x\",\"junk\":{open}\n"),
        // 2: a closed nest in an ignored field: valid JSON, processed.
        format!("{{\"id\":\"n2\",\"junk\":{open}{close},\"text\":\"Anna Keller said hi.\"}}\n"),
        // 3: a bare nest.
        format!("{open}{close}\n"),
        // 4: a nest as the text.
        format!("{{\"id\":\"n4\",\"text\":{open}{close}}}\n"),
        // 5: nested objects.
        format!(
            "{{\"id\":\"n5\",\"text\":\"x\",\"o\":{}\n",
            "{\"a\":".repeat(deep)
        ),
        // 6: a good record after all that.
        line(json!({"id": "n6", "text": "Markus Brandt said bye."})),
    ];
    fx.write("deep.jsonl", lines.concat());
    let run = fx.extract_ok(&["deep.jsonl"], "out", &[]);
    let col1 = lines[0].len() - 1;
    let col5 = lines[4].len() - 1;
    assert_eq!(
        run.messages(),
        [
            format!("deep.jsonl:1: invalid JSON record: EOF while parsing a list at line 1 column {col1}"),
            "deep.jsonl:3: invalid JSON record: invalid type: sequence, expected a JSON object at line 1 column 0".into(),
            "deep.jsonl:4: field `text` is not a string".into(),
            format!("deep.jsonl:5: invalid JSON record: EOF while parsing a value at line 1 column {col5}"),
        ]
    );
    assert_eq!(run.mentioned_docs(), ["n2", "n6"]);
}

#[test]
fn json_lines_that_are_not_objects() {
    let fx = Fx::new();
    let lines = [
        "[1, 2]",
        "42",
        "-1.5e3",
        "\"just a string\"",
        "null",
        "true",
        "{}",
        "{\"text\": \"Anna Keller said hi.\"} trailing",
        "{\"text\": \"a\"}{\"text\": \"b\"}",
        "{\"id\": [\"x\"], \"text\": \"Markus Brandt said bye.\"}",
        "{\"id\": \"dup-key\", \"text\": \"first\", \"text\": \"Anna Keller won.\"}",
    ];
    fx.write("s.jsonl", lines.join("\n"));
    let run = fx.extract_ok(&["s.jsonl"], "out", &[]);
    assert_eq!(
        run.messages(),
        [
            "s.jsonl:1: invalid JSON record: invalid type: sequence, expected a JSON object at line 1 column 0",
            "s.jsonl:2: invalid JSON record: invalid type: integer `42`, expected a JSON object at line 1 column 2",
            "s.jsonl:3: invalid JSON record: invalid type: floating point `-1500.0`, expected a JSON object at line 1 column 6",
            "s.jsonl:4: invalid JSON record: invalid type: string \"just a string\", expected a JSON object at line 1 column 15",
            "s.jsonl:5: invalid JSON record: invalid type: null, expected a JSON object at line 1 column 4",
            "s.jsonl:6: invalid JSON record: invalid type: boolean `true`, expected a JSON object at line 1 column 4",
            "s.jsonl:7: missing field `text`",
            "s.jsonl:8: invalid JSON record: trailing characters at line 1 column 34",
            "s.jsonl:9: invalid JSON record: trailing characters at line 1 column 14",
        ]
    );
    // An id that is not a string or number falls back to `file:line`; a
    // repeated key keeps its last value.
    assert_eq!(run.mentioned_docs(), ["s.jsonl:10", "dup-key"]);
    let m = read_jsonl(&run.out.join("mentions.jsonl"));
    assert_eq!(m.last().unwrap()["text"], "Anna Keller");
}

#[test]
fn duplicate_ids_are_kept_apart_in_the_lines_and_merged_in_the_graph() {
    let fx = Fx::new();
    let a = "Anna Keller said hi.";
    let b = "Markus Brandt criticised Anna Keller.";
    fx.write(
        "a.jsonl",
        [
            line(json!({"id": "x", "text": a})),
            line(json!({"id": "x", "text": b})),
        ]
        .concat(),
    );
    fx.write("b.jsonl", line(json!({"id": "x", "text": a})));
    let run = fx.extract_ok(&["a.jsonl", "b.jsonl"], "out", &["--document-nodes"]);
    assert!(run.errors().is_empty());
    // Each record is processed and keeps its own lines (with the same id).
    assert_eq!(run.summary()["documents_processed"], 3);
    let mentions = read_jsonl(&run.out.join("mentions.jsonl"));
    let texts: Vec<(&str, &str)> = mentions
        .iter()
        .map(|m| (m["doc"].as_str().unwrap(), m["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        texts,
        [
            ("x", "Anna Keller"),
            ("x", "Markus Brandt"),
            ("x", "Anna Keller"),
            ("x", "Anna Keller")
        ]
    );
    // The graph has one article node per id: ids are the user's promise.
    let nodes = read(&run.out.join("nodes.csv"));
    let articles: Vec<&str> = nodes
        .lines()
        .filter(|l| l.starts_with("article:"))
        .collect();
    assert_eq!(articles.len(), 1, "{articles:?}");
}

#[test]
fn empty_files_and_empty_texts() {
    let fx = Fx::new();
    for name in ["e.jsonl", "e.csv", "e.tsv", "e.txt", "e.jsonl.gz"] {
        fx.write(name, "");
    }
    fx.write("blank.jsonl", "\n\n   \n\t\r\n");
    fx.write("header.csv", "id,text\n");
    fx.write("gz-empty.jsonl.gz", gzip(b""));
    fx.write("zst-empty.jsonl.zst", zstd(b""));
    fx.write("ws.txt", " \n\t\n");
    fx.write(
        "t.jsonl",
        [
            line(json!({"id": "empty", "text": ""})),
            line(json!({"id": "blank", "text": " \n\n\t "})),
            line(json!({"id": "null", "text": null})),
            line(json!({"id": "", "text": "Anna Keller said hi."})),
        ]
        .concat(),
    );
    fx.write("t.csv", "id,text\nc1,\nc2,\"\"\n,Anna Keller said hi.\n");
    let inputs = [
        "e.jsonl",
        "e.csv",
        "e.tsv",
        "e.txt",
        "e.jsonl.gz",
        "blank.jsonl",
        "header.csv",
        "gz-empty.jsonl.gz",
        "zst-empty.jsonl.zst",
        "ws.txt",
        "t.jsonl",
        "t.csv",
    ];
    let run = fx.extract_ok(&inputs, "out", &[]);
    assert_eq!(run.messages(), ["t.jsonl:3: field `text` is not a string"]);
    // Empty record files hold no records; an empty text file is one empty
    // document; empty texts are documents without sentences.
    let want: BTreeMap<String, (u64, u64, u64)> = [
        ("e.txt", (1, 1, 0)),
        ("ws.txt", (1, 1, 0)),
        ("t.jsonl", (4, 3, 1)),
        ("t.csv", (3, 3, 0)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    assert_eq!(run.files(), want);
    let s = run.summary();
    assert_eq!(s["sentences"], 2, "{s:#}");
    // A record with an empty id gets `file:line`.
    assert_eq!(run.mentioned_docs(), ["t.jsonl:4", "t.csv:4"]);
}

// ---------------------------------------------------------------------------
// CSV: mismatched columns, broken quoting.

#[test]
fn csv_with_mismatched_columns_and_broken_quoting() {
    let fx = Fx::new();
    fx.write(
        "a.csv",
        "id,text,date\n\
         a1,Anna Keller said hi.,2024-01-01\n\
         a2,too few\n\
         a3,too,many,fields,here\n\
         a4\n\
         a5,\"quoted, with comma\",2024-01-02\n\
         a6,mid\"field\"quote,2024-01-03\n\
         a7,\"closed\"then text,2024-01-04\n\
         a8,Markus Brandt said bye.,2024-01-05\n",
    );
    // A quote that never closes takes the rest of the file as one field
    // (RFC 4180 fields may span lines): the later records are inside it.
    fx.write(
        "b.csv",
        "id,text\nb1,Anna Keller said hi.\nb2,\"never closed\nb3,Markus Brandt said bye.\nb4,x\n",
    );
    // TSV: a field with a stray quote.
    fx.write("c.tsv", "id\ttext\nt1\tKeller said \"hi\n");
    let run = fx.extract_ok(&["a.csv", "b.csv", "c.tsv"], "out", &[]);
    assert_eq!(
        run.messages(),
        [
            "a.csv:3: record has 2 fields, the header has 3",
            "a.csv:4: record has 5 fields, the header has 3",
            "a.csv:5: record has 1 fields, the header has 3",
        ]
    );
    assert_eq!(
        run.files(),
        BTreeMap::from([
            ("a.csv".to_string(), (8, 5, 3)),
            ("b.csv".to_string(), (2, 2, 0)),
            ("c.tsv".to_string(), (1, 1, 0)),
        ])
    );
    let docs = fx.sentences(&["a.csv", "b.csv", "c.tsv"]);
    let texts: Vec<(String, String)> = docs
        .into_iter()
        .map(|(id, s)| (id, s.join(" | ")))
        .collect();
    let want: Vec<(String, String)> = [
        ("a1", "Anna Keller said hi."),
        ("a5", "quoted, with comma"),
        ("a6", "mid\"field\"quote"),
        ("a7", "closedthen text"),
        ("a8", "Markus Brandt said bye."),
        ("b1", "Anna Keller said hi."),
        ("b2", "never closed\nb3,Markus Brandt said bye.\nb4,x"),
        ("t1", "Keller said \"hi"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(texts, want);
}

// ---------------------------------------------------------------------------
// Compression: truncated streams, a decompression bomb.

/// `records` JSON lines with ids `prefix0..`, each naming an entity.
fn records(prefix: &str, n: usize) -> String {
    (0..n)
        .map(|i| {
            line(json!({"id": format!("{prefix}{i}"), "text": format!("Anna Keller said record {i} is fine.")}))
        })
        .collect()
}

/// The complete lines `decode` yields from a truncated stream before it fails.
fn lines_before_error(mut decoder: impl std::io::Read) -> usize {
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match decoder.read(&mut buf) {
            Ok(0) => panic!("the truncated stream must fail to decode"),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(_) => break,
        }
    }
    got.iter().filter(|&&b| b == b'\n').count()
}

#[test]
fn truncated_zstd_and_gzip_streams() {
    let fx = Fx::new();
    let raw = records("z", 20_000);
    let zst = zstd(raw.as_bytes());
    let zcut = zst[..zst.len() / 2].to_vec();
    let zcomplete = lines_before_error(zstd::stream::read::Decoder::new(&zcut[..]).unwrap());
    fx.write("a.jsonl.zst", &zcut);
    // A truncated text file and CSV (the JSONL case is in tests/cli.rs).
    let text = news_text(200_000);
    let gz = gzip(text.as_bytes());
    let tcut = gz[..gz.len() / 2].to_vec();
    // A text file names the line where reading failed.
    let tline = lines_before_error(flate2::read::GzDecoder::new(&tcut[..])) + 1;
    fx.write("b.txt.gz", &tcut);
    let csv: String = std::iter::once("id,text\n".to_string())
        .chain((0..2000).map(|i| format!("c{i},Anna Keller said {i}.\n")))
        .collect();
    let gz = gzip(csv.as_bytes());
    let ccut = gz[..gz.len() / 2].to_vec();
    let ccomplete = lines_before_error(flate2::read::GzDecoder::new(&ccut[..]));
    fx.write("c.csv.gz", &ccut);
    // Cut inside the header: the magic bytes alone.
    fx.write("d.jsonl.gz", &gzip(b"{}")[..2]);
    fx.write("e.jsonl.zst", &zstd(b"{}")[..4]);
    let inputs = [
        "a.jsonl.zst",
        "b.txt.gz",
        "c.csv.gz",
        "d.jsonl.gz",
        "e.jsonl.zst",
    ];
    let run = fx.extract_ok(&inputs, "out", &[]);
    let zline = zcomplete + 1;
    assert!(zcomplete > 100 && zcomplete < 20_000, "{zcomplete}");
    // The CSV reader names the line of the record it was reading.
    let cline = ccomplete + 1;
    assert_eq!(
        run.messages(),
        [
            format!("a.jsonl.zst:{zline}: read error: incomplete frame"),
            format!("b.txt.gz:{tline}: read error: incomplete deflate stream"),
            format!("c.csv.gz:{cline}: read error: incomplete deflate stream"),
            "d.jsonl.gz:1: read error: unexpected end of file".to_string(),
            "e.jsonl.zst:1: read error: incomplete frame".to_string(),
        ]
    );
    // Every complete line before the cut is processed.
    let files = run.files();
    assert_eq!(
        files["a.jsonl.zst"],
        (zcomplete as u64 + 1, zcomplete as u64, 1)
    );
    assert_eq!(
        files["c.csv.gz"],
        (ccomplete as u64, ccomplete as u64 - 1, 1)
    );
    assert_eq!(files["b.txt.gz"], (1, 0, 1));

    // --strict: the first broken stream stops the run with exit 1.
    let strict = fx.extract(&inputs, "strict", &["--strict"]);
    assert_eq!(strict.code, Some(1));
    assert_eq!(
        strict.stderr.lines().last().unwrap(),
        format!("newsgraph: a.jsonl.zst:{zline}: read error: incomplete frame (--strict)")
    );
    assert!(snapshot(&strict.out).is_empty(), "no final file");
}

/// A gzip file of about 1 MB that inflates to `prefix`, then `mib` MiB of
/// `a`, then `suffix`: concatenated gzip members (one stream to a reader),
/// so the test needs no gigabyte of memory to build it.
fn gzip_bomb(prefix: &[u8], mib: usize, suffix: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(&vec![b'a'; 1 << 20]).unwrap();
    let chunk = enc.finish().unwrap();
    let mut out = gzip(prefix);
    for _ in 0..mib {
        out.extend_from_slice(&chunk);
    }
    out.extend(gzip(suffix));
    out
}

#[test]
fn a_gzip_bomb_is_skipped_with_its_size_and_bounded_memory() {
    let fx = Fx::new();
    let prefix = b"{\"id\":\"bomb\",\"text\":\"";
    let good = line(json!({"id": "after", "text": "Anna Keller said hi."}));
    let suffix = format!("\"}}\n{good}");
    let bomb = gzip_bomb(prefix, 1024, suffix.as_bytes());
    assert!(bomb.len() < 2 << 20, "{} bytes", bomb.len());
    fx.write("bomb.jsonl.gz", &bomb);
    fx.write("bomb.txt.gz", gzip_bomb(b"", 1024, b""));
    let run = fx.extract_ok(&["bomb.jsonl.gz", "bomb.txt.gz"], "out", &[]);
    let line_len = prefix.len() + (1 << 30) + 2;
    assert_eq!(
        run.messages(),
        [
            format!(
                "bomb.jsonl.gz:1: record of {line_len} bytes is over the limit of {LIMIT} bytes"
            ),
            format!("bomb.txt.gz:1: document is over the limit of {LIMIT} bytes"),
        ]
    );
    assert_eq!(run.mentioned_docs(), ["after"]);
    // Peak memory is measured in the README (Limits), with /usr/bin/time.
}

impl Fx {
    /// [`Fx::extract`] with the data segment of the process (`ulimit -d`,
    /// which on Linux counts every private writable mapping: the heap,
    /// malloc's arenas, thread stacks) capped at `mib` MiB, or `None` when
    /// the shell cannot set that limit here.
    fn extract_in_mib(
        &self,
        mib: usize,
        inputs: &[&str],
        out: &str,
        extra: &[&str],
    ) -> Option<Run> {
        let probe = Command::new("sh")
            .args(["-c", "ulimit -d 1048576"])
            .status();
        if !probe.is_ok_and(|s| s.success()) {
            return None;
        }
        let script = format!("ulimit -d {} && exec \"$0\" \"$@\"", mib << 10);
        let o = Command::new("sh")
            .current_dir(self.path())
            .args(["-c", &script])
            .arg(env!("CARGO_BIN_EXE_newsgraph"))
            .arg("extract")
            .args(inputs)
            .args(TINY)
            .args(["-q", "-o", out])
            .args(extra)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        Some(Run {
            code: o.status.code(),
            stderr: common::stderr(&o),
            out: self.join(out),
        })
    }
}

/// A record many times `--max-record-mib` in each format is skipped, with
/// its size, without being held: the run fits in a memory cap below the
/// record's size (before the fix, the CSV reader held a whole record
/// first: a 1 GB field took 3.1 GB of memory).
#[test]
fn records_far_over_the_limit_are_skipped_in_bounded_memory() {
    let fx = Fx::new();
    let mib = 128;
    let after = b"\na2,Anna Keller said hi.\n";
    fx.write("a.csv.gz", gzip_bomb(b"id,text\nbig,", mib, after));
    // TSV, a quoted field over many CRLF lines (the record's first line is
    // named).
    let mut quoted = gzip(b"id\ttext\r\nb1\tAnna Keller said so.\r\nbig\t\"");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(&b"ab\r\n".repeat(1 << 18)).unwrap();
    let chunk = enc.finish().unwrap();
    for _ in 0..mib {
        quoted.extend_from_slice(&chunk);
    }
    quoted.extend(gzip(b"\"\r\nb3\tAnna Keller said hi.\r\n"));
    fx.write("b.tsv.gz", &quoted);
    let good = line(json!({"id": "c2", "text": "Anna Keller said hi."}));
    let json_prefix = b"{\"id\":\"big\",\"text\":\"";
    let json_suffix = format!("\"}}\n{good}");
    fx.write(
        "c.jsonl.gz",
        gzip_bomb(json_prefix, mib, json_suffix.as_bytes()),
    );
    fx.write("d.txt.gz", gzip_bomb(b"", mib, b""));
    let inputs = ["a.csv.gz", "b.tsv.gz", "c.jsonl.gz", "d.txt.gz"];
    let extra = ["--max-record-mib", "1", "--threads", "2"];
    // Under half the size of one record.
    let Some(run) = fx.extract_in_mib(64, &inputs, "out", &extra) else {
        eprintln!("skipped the memory cap: `ulimit -d` is not available here");
        return;
    };
    assert_eq!(run.code, Some(0), "stderr:\n{}", run.stderr);
    run.assert_accounted();
    let limit = 1 << 20;
    let record = mib << 20;
    assert_eq!(
        run.messages(),
        [
            format!(
                "a.csv.gz:2: record of {} bytes is over the limit of {limit} bytes",
                record + 4
            ),
            format!(
                "b.tsv.gz:3: record of {} bytes is over the limit of {limit} bytes",
                record + 6
            ),
            format!(
                "c.jsonl.gz:1: record of {} bytes is over the limit of {limit} bytes",
                json_prefix.len() + record + 2
            ),
            format!("d.txt.gz:1: document is over the limit of {limit} bytes"),
        ]
    );
    // The records after the huge ones are read as usual.
    assert_eq!(run.mentioned_docs(), ["a2", "b1", "b3", "c2"]);
    assert_eq!(
        run.files(),
        BTreeMap::from([
            ("a.csv.gz".to_string(), (2, 1, 1)),
            ("b.tsv.gz".to_string(), (3, 2, 1)),
            ("c.jsonl.gz".to_string(), (2, 1, 1)),
            ("d.txt.gz".to_string(), (1, 0, 1)),
        ])
    );
}

// ---------------------------------------------------------------------------
// Folders: unreadable files, symlink loops.

#[cfg(unix)]
#[test]
fn folders_with_unreadable_files_and_symlink_loops() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let fx = Fx::new();
    fx.write(
        "d/a.jsonl",
        line(json!({"id": "a", "text": "Anna Keller said hi."})),
    );
    fx.write("d/sub/b.txt", "Markus Brandt said bye.");
    // A loop back to the top, and one to itself via a sibling.
    symlink("..", fx.join("d/sub/up")).unwrap();
    symlink("../sub", fx.join("d/sub/again")).unwrap();
    let run = fx.extract_ok(&["d"], "out", &[]);
    assert!(run.errors().is_empty());
    assert_eq!(run.mentioned_docs(), ["a", "d/sub/b.txt"]);

    // Files in a folder that cannot be read are skipped, reported as
    // `path: reason` (or `path:1: reason` when the first read fails),
    // counted, and the rest of the folder is read. These all fail for
    // root too: a file that opens but cannot be read, a symlink to itself,
    // a dangling symlink, and a FIFO (which would block a reader forever).
    symlink("/proc/self/mem", fx.join("d/c.txt")).unwrap();
    symlink("self.jsonl", fx.join("d/self.jsonl")).unwrap();
    symlink("nowhere.jsonl", fx.join("d/gone.jsonl")).unwrap();
    let fifo = Command::new("mkfifo")
        .arg(fx.join("d/pipe.jsonl"))
        .status()
        .is_ok_and(|s| s.success());
    if !fifo {
        eprintln!("skipped the FIFO sub-case: mkfifo failed");
    }
    // chmod 000: skipped for a normal user; root reads it anyway.
    let secret = fx.join("d/secret.jsonl");
    std::fs::write(
        &secret,
        line(json!({"id": "s", "text": "Markus Brandt said hi."})),
    )
    .unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    let root_reads_it = std::fs::File::open(&secret).is_ok();
    if root_reads_it {
        eprintln!(
            "the chmod 000 sub-case reads the file: this user (root?) can read a mode-000 file"
        );
    }
    let run = fx.extract_ok(&["d"], "unreadable", &[]);
    let mut want = vec![
        "d/c.txt:1: read error: Input/output error (os error 5)".to_string(),
        "d/gone.jsonl: cannot open: No such file or directory (os error 2)".to_string(),
    ];
    if fifo {
        want.push("d/pipe.jsonl: cannot open: not a regular file".to_string());
    }
    if !root_reads_it {
        want.push("d/secret.jsonl: cannot open: Permission denied (os error 13)".to_string());
    }
    want.push(
        "d/self.jsonl: cannot open: Too many levels of symbolic links (os error 40)".to_string(),
    );
    assert_eq!(run.messages(), want);
    // A file that cannot be opened has no line; one whose first read
    // fails names line 1.
    let lines: Vec<(String, Option<u64>)> =
        run.errors().into_iter().map(|(f, l, _)| (f, l)).collect();
    assert_eq!(lines[0], ("d/c.txt".to_string(), Some(1)));
    assert_eq!(lines[1], ("d/gone.jsonl".to_string(), None));
    let mut files = BTreeMap::from([
        ("d/a.jsonl".to_string(), (1, 1, 0)),
        ("d/c.txt".to_string(), (1, 0, 1)),
        ("d/gone.jsonl".to_string(), (1, 0, 1)),
        ("d/self.jsonl".to_string(), (1, 0, 1)),
        ("d/sub/b.txt".to_string(), (1, 1, 0)),
    ]);
    if fifo {
        files.insert("d/pipe.jsonl".to_string(), (1, 0, 1));
    }
    if root_reads_it {
        files.insert("d/secret.jsonl".to_string(), (1, 1, 0));
    } else {
        files.insert("d/secret.jsonl".to_string(), (1, 0, 1));
    }
    assert_eq!(run.files(), files);
    let mut docs = vec!["a"];
    if root_reads_it {
        docs.push("s");
    }
    docs.push("d/sub/b.txt");
    assert_eq!(run.mentioned_docs(), docs);

    // --strict stops at the first one, with exit 1 and no output.
    let run = fx.extract(&["d"], "strict", &["--strict"]);
    assert_eq!(run.code, Some(1));
    assert_eq!(
        run.stderr.lines().last().unwrap(),
        "newsgraph: d/c.txt:1: read error: Input/output error (os error 5) (--strict)"
    );
    assert!(snapshot(&run.out).is_empty(), "no final file");

    // Named on the command line, the same files stay fatal: one line,
    // naming the file, and no output.
    for (name, error) in [
        ("d/c.txt", "Input/output error (os error 5)"),
        ("d/gone.jsonl", "No such file or directory (os error 2)"),
        (
            "d/self.jsonl",
            "Too many levels of symbolic links (os error 40)",
        ),
    ] {
        let run = fx.extract(&["d/a.jsonl", name], "explicit", &[]);
        assert_eq!(run.code, Some(1), "{name}");
        assert_eq!(
            run.stderr,
            format!("newsgraph: failed to read {name}: {error}\n")
        );
        assert!(snapshot(&run.out).is_empty(), "no final file");
    }
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o644)).unwrap();
}

// ---------------------------------------------------------------------------
// Scripts: right-to-left text, combining characters, emoji.

#[test]
fn right_to_left_combining_characters_and_emoji() {
    let fx = Fx::new();
    let mut g = common::TINY_GAZETTEER.to_string();
    g.push_str("U1\tمحمود عباس\tPERSON\tعباس\t\n");
    g.push_str("U2\tZoë Schmidt\tPERSON\tSchmidt\t\n");
    g.push_str("U3\tתל אביב\tGPE\t\t\n");
    fx.write("g.tsv", g);
    let texts = [
        // Arabic and Hebrew names, bidi controls and an RTL mark.
        ("rtl", "قال محمود عباس \u{200f}«لن نتراجع». Anna Keller visited תל אביב on Monday."),
        // Precomposed and decomposed (e + U+0308) diaeresis, a combining
        // accent right after a name, and zero-width joiners.
        ("combining", "Zoë Schmidt said hi. Zoe\u{308} Schmidt left. Keller\u{301} said “yes.” Anna\u{200d}Keller waved."),
        // Emoji: astral, skin tones, ZWJ families, flags, around names and quotes.
        ("emoji", "🇺🇸 Anna Keller 👍🏽 said “We 👨‍👩‍👧‍👦 will grow 🚀,” 🇵🇱 Markus Brandt told🙂Keller."),
        // Fullwidth and other-script punctuation around a quote.
        ("cjk", "Anna Keller說：「我們會成長。」 Markus Brandt said 「no」."),
    ];
    let lines: String = texts
        .iter()
        .map(|(id, text)| line(json!({"id": id, "text": text})))
        .collect();
    fx.write("u.jsonl", lines);
    let run = fx.extract_ok(&["u.jsonl"], "out", &[]);
    assert!(run.errors().is_empty());
    assert_spans_match(&run, &texts.iter().copied().collect());
    let mentions = read_jsonl(&run.out.join("mentions.jsonl"));
    let of = |doc: &str| -> Vec<String> {
        mentions
            .iter()
            .filter(|m| m["doc"] == doc)
            .map(|m| m["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(of("rtl"), ["محمود عباس", "Anna Keller", "תל אביב"]);
    // No Unicode normalisation: only the form written in the gazetteer matches.
    let combining = of("combining");
    assert_eq!(combining[0], "Zoë Schmidt");
    assert!(
        !combining.iter().any(|m| m.contains('\u{308}')),
        "{combining:?}"
    );
    assert!(
        of("emoji").contains(&"Anna Keller".to_string()),
        "{:?}",
        of("emoji")
    );
    assert!(
        of("emoji").contains(&"Markus Brandt".to_string()),
        "{:?}",
        of("emoji")
    );
}

// ---------------------------------------------------------------------------
// Gazetteers: empty names, tabs, duplicate ids, huge aliases.

#[test]
fn hostile_gazetteers() {
    let fx = Fx::new();
    fx.write(
        "a.jsonl",
        line(json!({"id": "a", "text": "Acme Corp and Acme Inc said hi to Anna Keller."})),
    );
    const HEADER: &str = "id\tname\ttype\taliases\tpart_of\n";
    let fatal: &[(&str, String, String)] = &[
        (
            "g.jsonl",
            "{\"id\": \"Q1\", \"name\": \"\", \"type\": \"ORG\"}\n".into(),
            "g.jsonl:1: bad gazetteer row: entity `Q1` has an empty name".into(),
        ),
        (
            "g.tsv",
            format!("{HEADER}Q1\t \t ORG\t\t\n"),
            "g.tsv:2: bad gazetteer row: entity `Q1` has an empty name".into(),
        ),
        (
            "g.tsv",
            format!("{HEADER}Q1\tAcme\tORG\t{}\t\n", "x".repeat(10_000)),
            "g.tsv:2: bad gazetteer row: entity `Q1` has an alias of 10000 bytes (the limit is 256)".into(),
        ),
        (
            "g.tsv",
            format!("{HEADER}Q1\t{}\tORG\t\t\n", "é".repeat(5_000)),
            "g.tsv:2: bad gazetteer row: entity `Q1` has a name of 10000 bytes (the limit is 256)".into(),
        ),
        (
            "g.jsonl",
            format!("{{\"id\": {}1{}, \"name\": \"A\", \"type\": \"ORG\"}}\n", "[".repeat(10_000), "]".repeat(10_000)),
            "g.jsonl:1: bad gazetteer row: recursion limit exceeded at line 1 column 134".into(),
        ),
    ];
    for (name, content, want) in fatal {
        fx.write(name, content);
        let o = fx.run(&[
            "extract",
            "a.jsonl",
            "--no-default-gazetteer",
            "--gazetteer",
            name,
            "-q",
            "-o",
            "out",
        ]);
        assert_eq!(o.status.code(), Some(1), "{want}");
        assert_eq!(
            common::stderr(&o),
            format!("newsgraph: loading the gazetteer: {want}\n")
        );
        assert!(!fx.join("out").exists(), "{want}");
    }

    // Accepted: extra tabs (more columns than the header), a tab inside a
    // quoted CSV name, and a duplicate id, which merges into the first
    // entity (its aliases added, its name the last one given).
    fx.write(
        "ok.tsv",
        format!("{HEADER}Q1\tAcme\tORG\tAcme Inc\t\t\t\textra\nQ1\tAcme Corp\tORG\t\t\n"),
    );
    fx.write("ok.csv", "id,name,type\nQ2,\"Anna\tKeller\",PERSON\n");
    let o = fx.run(&[
        "extract",
        "a.jsonl",
        "--no-default-gazetteer",
        "--gazetteer",
        "ok.tsv",
        "--gazetteer",
        "ok.csv",
        "-q",
        "-o",
        "out",
    ]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let mentions = read_jsonl(&fx.join("out/mentions.jsonl"));
    let got: Vec<(&str, &str, &str)> = mentions
        .iter()
        .map(|m| {
            (
                m["text"].as_str().unwrap(),
                m["id"].as_str().unwrap(),
                m["name"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Acme Corp", "Q1", "Acme Corp"),
            ("Acme Inc", "Q1", "Acme Corp"),
            // `Anna<TAB>Keller` is not `Anna Keller`: found as a speaker only.
            ("Anna Keller", "ng:anna-keller", "Anna Keller"),
        ]
    );
}

// ---------------------------------------------------------------------------
// Output safety: killed runs, unwritable and full output folders.

/// Every file in `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    if !dir.exists() {
        return BTreeMap::new();
    }
    common::names_in(dir)
        .into_iter()
        .filter(|n| !n.starts_with('.') && dir.join(n).is_file())
        .map(|n| {
            let bytes = std::fs::read(dir.join(&n)).unwrap();
            (n, bytes)
        })
        .collect()
}

/// Hidden `.NAME.tmp-PID` files a killed run left behind.
fn temporaries(dir: &Path) -> Vec<String> {
    common::names_in(dir)
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect()
}

/// Starts `extract` in the background.
fn spawn_extract(fx: &Fx, inputs: &[&str], out: &str) -> std::process::Child {
    let mut cmd = common::bin();
    cmd.current_dir(fx.path())
        .arg("extract")
        .args(inputs)
        .args(TINY)
        .args(["-q", "-o", out])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd.spawn().unwrap()
}

/// `n` generated articles as JSON lines.
fn corpus(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let date = format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
            line(json!({"id": format!("doc-{i:05}"), "date": date, "text": article(i)}))
        })
        .collect()
}

#[test]
fn a_killed_run_leaves_the_previous_outputs_or_none() {
    let fx = Fx::new();
    fx.write("small.jsonl", corpus(20).concat());
    // Large enough that no build finishes it in half a second.
    let big: String = corpus(4000).concat().repeat(40);
    assert!(big.len() > 20 << 20);
    fx.write("big.jsonl", &big);

    fx.extract_ok(&["small.jsonl"], "out", &[]);
    let before = snapshot(&fx.join("out"));
    for name in common::OUTPUTS {
        assert!(before.contains_key(name), "{name}: {:?}", before.keys());
    }
    for (out, previous) in [("out", Some(&before)), ("fresh", None)] {
        let mut child = spawn_extract(&fx, &["big.jsonl"], out);
        std::thread::sleep(Duration::from_millis(500));
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before the kill"
        );
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let dir = fx.join(out);
        match previous {
            // Byte for byte the previous run's files.
            Some(before) => assert!(snapshot(&dir) == *before, "{out}: outputs changed"),
            // Nothing under a final name.
            None => assert!(!dir.exists() || snapshot(&dir).is_empty(), "{out}"),
        }
        // Temporaries may remain, hidden and named after the dead process.
        for t in temporaries(&dir) {
            assert!(t.contains(".tmp-"), "{out}: {t}");
        }
    }
    // The next run replaces the outputs as usual and removes the killed
    // run's temporaries.
    for out in ["out", "fresh"] {
        let run = fx.extract_ok(&["small.jsonl"], out, &[]);
        let after = snapshot(&run.out);
        for (name, bytes) in &before {
            if name != "summary.json" {
                assert!(
                    after[name] == *bytes,
                    "{out}/{name} differs after a clean rerun"
                );
            }
        }
        assert_eq!(temporaries(&run.out), Vec::<String>::new(), "{out}");
        assert_eq!(
            temporaries(&run.out.join("kuzu")),
            Vec::<String>::new(),
            "{out}/kuzu"
        );
    }
}

/// Stale temporaries of a killed run (our `.NAME.tmp-PID` names, for a
/// process that is gone) are removed by the next run into the folder; any
/// other file stays, and so do a live process's temporaries.
#[cfg(unix)]
#[test]
fn the_next_run_removes_stale_temporaries_and_nothing_else() {
    let fx = Fx::new();
    fx.write("a.jsonl", corpus(20).concat());
    fx.extract_ok(&["a.jsonl"], "want", &[]);
    // No process has an id this large (Linux caps them at 2^22).
    let dead = 999_999_999;
    let stale = [
        format!("out/.quotes.jsonl.tmp-{dead}"),
        format!("out/.summary.json.tmp-{dead}"),
        format!("out/.aggregate.jsonl.tmp-{dead}"),
        format!("out/kuzu/.schema.cypher.tmp-{dead}"),
    ];
    // This test's own process is alive while newsgraph runs.
    let live = format!("out/.quotes.jsonl.tmp-{}", std::process::id());
    let others = [
        live.as_str(),
        "out/.quotes.jsonl.tmp-draft",
        "out/.notes.txt.tmp-999999999",
        "out/quotes.jsonl.tmp-999999999",
        "out/.quotes.jsonl.tmp-999999999.bak",
        "out/mine.jsonl",
    ];
    for name in stale.iter().map(String::as_str).chain(others) {
        fx.write(name, "partial");
    }
    let run = fx.extract_ok(&["a.jsonl"], "out", &[]);
    for name in &stale {
        assert!(!fx.join(name).exists(), "{name} is left");
    }
    for name in others {
        assert_eq!(read(&fx.join(name)), "partial", "{name}");
    }
    // The outputs are complete: the same as a run into an empty folder.
    let want = snapshot(&fx.join("want"));
    let got = snapshot(&run.out);
    for name in common::OUTPUTS {
        assert!(got.contains_key(name), "{name}: {:?}", got.keys());
    }
    for (name, bytes) in &want {
        if name != "summary.json" {
            assert!(got[name] == *bytes, "{name} differs");
        }
    }
    assert!(
        snapshot(&fx.join("out/kuzu")) == snapshot(&fx.join("want/kuzu")),
        "kuzu/ differs"
    );
}

#[test]
fn a_run_killed_at_any_moment_never_leaves_a_partial_file() {
    let fx = Fx::new();
    fx.write("old.jsonl", corpus(5).concat());
    fx.write("new.jsonl", corpus(300).concat());
    // The complete outputs of both inputs.
    fx.extract_ok(&["new.jsonl"], "new", &[]);
    let new = snapshot(&fx.join("new"));
    let started = Instant::now();
    fx.extract_ok(&["old.jsonl"], "out", &[]);
    let old = snapshot(&fx.join("out"));
    // Kill at evenly spread moments of a run, until one finishes first.
    let whole = started.elapsed().max(Duration::from_millis(100)) * 2;
    for step in 1..=10u32 {
        let mut child = spawn_extract(&fx, &["new.jsonl"], "out");
        std::thread::sleep(whole * step / 10);
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        child.wait().unwrap();
        for (name, bytes) in snapshot(&fx.join("out")) {
            if name == "summary.json" {
                // Timings differ; the file must still be complete JSON.
                serde_json::from_slice::<Value>(&bytes)
                    .unwrap_or_else(|e| panic!("step {step}: partial summary.json: {e}"));
            } else {
                assert!(
                    bytes == old[&name] || bytes == new[&name],
                    "step {step}: {name} is neither the old nor the new file"
                );
            }
        }
        if finished {
            break;
        }
        // Start every step from the old outputs again.
        std::fs::remove_dir_all(fx.join("out")).unwrap();
        fx.extract_ok(&["old.jsonl"], "out", &[]);
    }
}

#[test]
fn unwritable_output_folders_are_fatal_and_named() {
    let fx = Fx::new();
    fx.write("a.jsonl", corpus(3).concat());
    // A folder that cannot be created, whoever runs the test.
    let run = fx.extract(&["a.jsonl"], "/proc/newsgraph-test-out", &[]);
    assert_eq!(run.code, Some(1));
    assert_eq!(
        run.stderr,
        "newsgraph: creating the output folder /proc/newsgraph-test-out: \
         failed to write /proc/newsgraph-test-out: No such file or directory (os error 2)\n"
    );
    // A folder under a regular file (fails for root too, unlike a
    // read-only folder): fatal, named, the file untouched.
    fx.write("file", "precious");
    let run = fx.extract(&["a.jsonl"], "file/out", &[]);
    assert_eq!(run.code, Some(1));
    assert_eq!(
        run.stderr,
        "newsgraph: creating the output folder file/out: \
         failed to write file/out: Not a directory (os error 20)\n"
    );
    assert_eq!(read(&fx.join("file")), "precious");
    // An output name taken by a folder: the rename fails, fatal, named;
    // no final file of this run appears, no temporary stays.
    std::fs::create_dir_all(fx.join("out/quotes.jsonl")).unwrap();
    let run = fx.extract(&["a.jsonl"], "out", &[]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .starts_with("newsgraph: failed to write out/quotes.jsonl: "),
        "{}",
        run.stderr
    );
    assert_eq!(common::names_in(&fx.join("out")), ["quotes.jsonl"]);
}

/// A tmpfs mounted for one test, unmounted when dropped.
struct Mount(PathBuf);

impl Mount {
    /// Mounts a tmpfs with `options` at `dir`, or says why it cannot.
    fn tmpfs(dir: &Path, options: &str) -> Result<Mount, String> {
        std::fs::create_dir_all(dir).unwrap();
        let o = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir)
            .output()
            .map_err(|e| e.to_string())?;
        if o.status.success() {
            Ok(Mount(dir.to_path_buf()))
        } else {
            Err(String::from_utf8_lossy(&o.stderr).trim().to_string())
        }
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_and_a_read_only_file_system_are_fatal_and_named() {
    let fx = Fx::new();
    // More than 64 KiB of output lines.
    fx.write("a.jsonl", corpus(2000).concat());
    let full = match Mount::tmpfs(&fx.join("full"), "size=64k") {
        Ok(m) => m,
        Err(why) => {
            eprintln!("skipped the full-disk and read-only cases: cannot mount a tmpfs ({why})");
            return;
        }
    };
    let run = fx.extract(&["a.jsonl"], "full/out", &[]);
    assert_eq!(run.code, Some(1));
    let msg = run.stderr.trim_end();
    assert!(
        msg.starts_with("newsgraph: failed to write full/out/")
            && msg.ends_with(": No space left on device (os error 28)")
            && msg.lines().count() == 1,
        "{msg}"
    );
    // The failed run removed its temporaries: the space is free again.
    assert!(common::names_in(&fx.join("full/out")).is_empty());
    drop(full);

    let _ro = Mount::tmpfs(&fx.join("ro"), "ro,size=64k").unwrap();
    for (out, named) in [("ro", "ro/quotes.jsonl"), ("ro/out", "ro/out")] {
        let run = fx.extract(&["a.jsonl"], out, &[]);
        assert_eq!(run.code, Some(1));
        assert_eq!(
            run.stderr,
            format!(
                "newsgraph: creating the output folder {out}: failed to write {named}: \
                 Read-only file system (os error 30)\n"
            )
        );
    }
}

// ---------------------------------------------------------------------------
// Determinism across batches.

/// The files compared byte for byte (summary.json has timings).
const COMPARED: [&str; 8] = [
    "quotes.jsonl",
    "mentions.jsonl",
    "relations.jsonl",
    "nodes.csv",
    "edges.csv",
    "graph.json",
    "errors.jsonl",
    "aggregate.jsonl",
];

#[test]
fn output_is_identical_across_threads_and_splits_over_many_batches() {
    let fx = Fx::new();
    // 5,000 documents: more than one 4,096-document batch. Every 997th
    // line is broken, so skipped records cross batches too.
    let mut lines = corpus(5000);
    for i in (0..lines.len()).step_by(997) {
        lines[i] = format!("{{\"id\": \"broken-{i}\", \"text\": \n");
    }
    fx.write("all.jsonl", lines.concat());
    // Split unevenly, away from the batch boundary.
    fx.write("p1.jsonl", lines[..1234].concat());
    fx.write("p2.jsonl", lines[1234..4100].concat());
    fx.write("p3.jsonl", lines[4100..].concat());
    for threads in ["1", "2", "4"] {
        fx.extract_ok(
            &["all.jsonl"],
            &format!("t{threads}"),
            &["--threads", threads, "--date-field", "date"],
        );
    }
    let t1 = fx.join("t1");
    let s = read_json(&t1.join("summary.json"));
    assert_eq!(s["documents_read"], 5000);
    assert_eq!(s["documents_skipped"], 6);
    for threads in ["2", "4"] {
        let other = fx.join(&format!("t{threads}"));
        for file in COMPARED {
            let (x, y) = (read(&t1.join(file)), read(&other.join(file)));
            assert!(
                x == y,
                "--threads 1 vs {threads}: {file}:\n{}",
                common::line_diff(&x, &y, 20)
            );
        }
        assert_eq!(
            common::summary_without_seconds(&t1),
            common::summary_without_seconds(&other)
        );
    }
    fx.extract_ok(
        &["p1.jsonl", "p2.jsonl", "p3.jsonl"],
        "split",
        &["--threads", "2", "--date-field", "date"],
    );
    // Only the file names differ (article nodes, errors, line numbers).
    let split = fx.join("split");
    for file in [
        "quotes.jsonl",
        "mentions.jsonl",
        "relations.jsonl",
        "edges.csv",
    ] {
        let (x, y) = (read(&t1.join(file)), read(&split.join(file)));
        assert!(
            x == y,
            "one file vs three: {file}:\n{}",
            common::line_diff(&x, &y, 20)
        );
    }
    for file in ["nodes.csv", "graph.json", "aggregate.jsonl"] {
        let x = read(&t1.join(file));
        let y = read(&split.join(file))
            .replace("p1.jsonl", "all.jsonl")
            .replace("p2.jsonl", "all.jsonl")
            .replace("p3.jsonl", "all.jsonl");
        assert!(
            x == y,
            "one file vs three: {file}:\n{}",
            common::line_diff(&x, &y, 20)
        );
    }
    let errors: Vec<String> = read_jsonl(&split.join("errors.jsonl"))
        .iter()
        .map(|e| {
            e["error"]
                .as_str()
                .unwrap()
                .split(": ")
                .nth(1)
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(errors.len(), 6);
}

// ---------------------------------------------------------------------------
// Regressions found by fuzzing (fuzz/artifacts/csv_reader/crash-0b3dc5be...).

/// csv_reader fuzz crash: with CRLF (or lone CR) record ends, the csv
/// crate's record positions lag (BurntSushi/rust-csv#395), so records get
/// the line of an earlier record: wrong `path:line` in messages and
/// colliding `file:line` fallback ids.
#[test]
fn csv_crlf_records_get_their_own_lines() {
    let fx = Fx::new();
    fx.write(
        "cr.csv",
        "id,text\r\n,Anna Keller said a.\r\n,b\r\nx,\"c\",extra\r\n",
    );
    let run = fx.extract(&["cr.csv"], "out", &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.messages(),
        ["cr.csv:4: record has 3 fields, the header has 2"]
    );
    let ids: Vec<String> = fx
        .sentences(&["cr.csv"])
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(ids, ["cr.csv:2", "cr.csv:3"]);

    // Quoted fields over CRLF lines report the record's first line; blank
    // lines and lone CRs (old Mac line ends) count as lines too.
    fx.write(
        "multi.csv",
        "id,text\r\n,\"Anna Keller said:\r\n\r\nhi.\"\r\n\r\n,b\r\nx,\"c\r\nd\",extra\r\n,e\r\n",
    );
    fx.write("mac.csv", "id,text\r,Anna Keller said a.\r,b,c\r,d\r");
    let run = fx.extract_ok(&["cr.csv", "multi.csv", "mac.csv"], "more", &[]);
    assert_eq!(
        run.messages(),
        [
            "cr.csv:4: record has 3 fields, the header has 2",
            "multi.csv:7: record has 3 fields, the header has 2",
            "mac.csv:3: record has 3 fields, the header has 2",
        ]
    );
    assert_eq!(
        run.files(),
        BTreeMap::from([
            ("cr.csv".to_string(), (3, 2, 1)),
            ("mac.csv".to_string(), (3, 2, 1)),
            ("multi.csv".to_string(), (4, 3, 1)),
        ])
    );
    let ids: Vec<String> = fx
        .sentences(&["multi.csv", "mac.csv"])
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(
        ids,
        [
            "multi.csv:2",
            "multi.csv:6",
            "multi.csv:9",
            "mac.csv:2",
            "mac.csv:4"
        ]
    );
}
