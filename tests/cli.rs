//! The command line, end to end: input formats and compression, field
//! options, bad records (exact messages, `errors.jsonl`, counts), fatal and
//! usage errors, output schemas and offsets, determinism across thread
//! counts and input splits, and atomic output.
//!
//! Every run uses a tiny gazetteer (`--no-default-gazetteer`) unless the
//! built-in one is the point, and runs inside a temporary folder with
//! relative paths, so messages and ids are stable.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::path::Path;
use std::process::Output;

use common::{line_diff, names_in, parse_jsonl, read, read_json, read_jsonl, stderr, stdout};
use serde_json::{json, Value};

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

/// The arguments that select the tiny gazetteer.
const TINY: [&str; 3] = ["--no-default-gazetteer", "--gazetteer", "g.tsv"];

impl Fx {
    fn new() -> Fx {
        Fx {
            work: common::Workdir::new(),
        }
    }

    fn run_stdin(&self, args: &[&str], stdin: &[u8]) -> Output {
        common::run_in(self.path(), args, Some(stdin))
    }

    /// `extract INPUTS... -o OUT` with the tiny gazetteer, quiet, plus `extra`.
    fn extract(&self, inputs: &[&str], out: &str, extra: &[&str]) -> Output {
        let mut args = vec!["extract"];
        args.extend(inputs);
        args.extend(TINY);
        args.extend(["-q", "-o", out]);
        args.extend(extra);
        self.run(&args)
    }

    fn extract_ok(&self, inputs: &[&str], out: &str, extra: &[&str]) -> Output {
        let o = self.extract(inputs, out, extra);
        assert_ok(&o);
        o
    }

    /// `newsgraph sentences ARGS...`: `(doc id, sentence lines)` per document.
    fn sentences(&self, args: &[&str], stdin: Option<&[u8]>) -> Vec<(String, Vec<Value>)> {
        let mut all = vec!["sentences", "-q"];
        all.extend(args);
        let o = common::run_in(self.path(), &all, stdin);
        assert_ok(&o);
        parse_jsonl(&stdout(&o))
            .into_iter()
            .map(|v| {
                let id = v["doc"].as_str().expect("doc is a string").to_string();
                let s = v["sentences"].as_array().expect("sentences").clone();
                (id, s)
            })
            .collect()
    }
}

fn assert_ok(o: &Output) {
    assert!(
        o.status.success(),
        "exit {:?}\nstderr:\n{}",
        o.status.code(),
        stderr(o)
    );
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
fn jsonl(records: &[Value]) -> String {
    records.iter().map(|r| format!("{r}\n")).collect()
}

/// The document's sentences are ordered byte spans of `text` whose `text`
/// field is those bytes, and together they cover every non-blank character.
fn assert_sentences_of(id: &str, text: &str, sentences: &[Value]) {
    assert!(!sentences.is_empty(), "{id}: no sentences");
    let mut covered = String::new();
    let mut last_end = 0;
    for s in sentences {
        let (start, end) = span(s);
        assert!(last_end <= start && start < end, "{id}: span order {s}");
        last_end = end;
        assert_eq!(text.get(start..end), s["text"].as_str(), "{id}: {s}");
        covered.push_str(&text[start..end]);
    }
    let squash = |t: &str| t.split_whitespace().collect::<String>();
    assert_eq!(
        squash(&covered),
        squash(text),
        "{id}: sentences cover the text"
    );
}

/// `(start, end)` of a span object.
fn span(v: &Value) -> (usize, usize) {
    let n = |k: &str| v[k].as_u64().unwrap_or_else(|| panic!("`{k}` in {v}")) as usize;
    (n("start"), n("end"))
}

/// Asserts a `{"start","end","text"}` span is exactly those bytes of `text`.
fn assert_span(what: &str, text: &str, v: &Value) {
    let obj = v
        .as_object()
        .unwrap_or_else(|| panic!("{what}: not an object: {v}"));
    let keys: BTreeSet<&str> = obj.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        BTreeSet::from(["start", "end", "text"]),
        "{what}: span keys"
    );
    let (start, end) = span(v);
    assert!(
        start <= end && end <= text.len(),
        "{what}: {v} out of range"
    );
    assert_eq!(
        text.get(start..end),
        v["text"].as_str(),
        "{what}: span {v} is not the document's bytes"
    );
}

/// The keys of a JSON object line, in the order they are written
/// (serde_json's `Value` sorts them).
fn top_level_keys(line: &str) -> Vec<String> {
    struct Keys;
    impl<'de> serde::de::Visitor<'de> for Keys {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Vec<String>, A::Error> {
            let mut keys = Vec::new();
            while let Some(k) = map.next_key::<String>()? {
                map.next_value::<serde::de::IgnoredAny>()?;
                keys.push(k);
            }
            Ok(keys)
        }
    }
    let mut de = serde_json::Deserializer::from_str(line);
    serde::Deserializer::deserialize_map(&mut de, Keys).unwrap_or_else(|e| panic!("{e}: {line}"))
}

const TYPES: [&str; 8] = [
    "PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "WORK", "OTHER",
];

// ---------------------------------------------------------------------------
// Inputs: formats, compression, folders, stdin, fields.

#[test]
fn every_format_is_read() {
    let fx = Fx::new();
    let j1 = "Zentrix Holdings said profits rose. Shares fell 2.5% in Warsaw.";
    let j2 = "Anna Keller met Markus Brandt. They talked.";
    fx.write(
        "in.jsonl",
        jsonl(&[
            json!({"id": "j1", "text": j1}),
            json!({"id": "j2", "text": j2}),
        ]),
    );
    // RFC 4180: a quoted field with a comma, doubled quotes and a line break.
    let c1 = "Keller said, \"We will fight.\"\nBrandt said nothing.";
    fx.write(
        "in.csv",
        "id,title,text\n\
         c1,\"Strike, maybe\",\"Keller said, \"\"We will fight.\"\"\nBrandt said nothing.\"\n\
         c2,Plain,Poland agreed. Zentrix left.\n",
    );
    fx.write(
        "in.tsv",
        "id\ttext\nt1\tPutin spoke. Stoltenberg replied \"no\".\n",
    );
    let txt = "NATO met in Brussels.\n\nStoltenberg spoke first.\n";
    fx.write("in.txt", txt);
    let got = fx.sentences(&["in.jsonl", "in.csv", "in.tsv", "in.txt"], None);
    let ids: Vec<&str> = got.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["j1", "j2", "c1", "c2", "t1", "in.txt"]);
    let texts = [
        j1,
        j2,
        c1,
        "Poland agreed. Zentrix left.",
        "Putin spoke. Stoltenberg replied \"no\".",
        txt,
    ];
    for ((id, sentences), text) in got.iter().zip(texts) {
        assert_sentences_of(id, text, sentences);
    }
    // The multi-line CSV field is one document whose text keeps its newline.
    let c1_sentences: Vec<&str> = got[2]
        .1
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(c1_sentences.last(), Some(&"Brandt said nothing."));
    assert_eq!(got[0].1.len(), 2, "{:?}", got[0].1);
}

#[test]
fn folders_are_read_recursively_in_sorted_order() {
    let fx = Fx::new();
    fx.write(
        "news/b.jsonl",
        jsonl(&[json!({"id": "b1", "text": "Bee one."})]),
    );
    fx.write("news/a.txt", "Ay one.");
    fx.write("news/sub/c.csv", "id,text\nc1,See one.\n");
    fx.write("news/sub/deeper/d.tsv", "id\ttext\nd1\tDee one.\n");
    fx.write("news/0.md", "Zero one.");
    // Hidden files and unknown extensions are not inputs.
    fx.write(
        "news/.hidden.jsonl",
        jsonl(&[json!({"id": "h", "text": "No."})]),
    );
    fx.write("news/photo.png", "not news");
    fx.write("news/README", "not news");
    let got = fx.sentences(&["news"], None);
    let ids: Vec<&str> = got.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["news/0.md", "news/a.txt", "b1", "c1", "d1"]);
    assert_eq!(got[1].1[0]["text"], "Ay one.");
}

#[test]
fn stdin_is_read_with_a_dash_as_jsonl_or_text() {
    let fx = Fx::new();
    let input = jsonl(&[
        json!({"id": "s1", "text": "From stdin."}),
        json!({"id": "s2", "text": "Also stdin."}),
    ]);
    let got = fx.sentences(&["-"], Some(input.as_bytes()));
    let ids: Vec<&str> = got.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["s1", "s2"]);
    assert_eq!(got[1].1[0]["text"], "Also stdin.");

    // Compressed stdin is recognised by its magic bytes.
    let got = fx.sentences(&["-"], Some(&gzip(input.as_bytes())));
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].0, "s1");

    // Not JSON: one text document named `<stdin>`.
    let got = fx.sentences(&["-"], Some(b"Plain text. Two sentences."));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "<stdin>");
    assert_sentences_of("<stdin>", "Plain text. Two sentences.", &got[0].1);

    // `extract -` reads stdin too, and names it `<stdin>` in errors.
    let o = fx.run_stdin(
        &["extract", "-", TINY[0], TINY[1], TINY[2], "-q", "-o", "out"],
        b"{\"id\":\"s1\",\"text\":\"Anna Keller said hello.\"}\n{\"id\":\"s2\"}\n",
    );
    assert_ok(&o);
    assert_eq!(
        read(&fx.join("out/errors.jsonl")),
        "{\"source\":\"<stdin>\",\"line\":2,\"error\":\"<stdin>:2: missing field `text`\"}\n"
    );
    let mentions = read_jsonl(&fx.join("out/mentions.jsonl"));
    assert_eq!(mentions[0]["doc"], "s1");
    assert_eq!(mentions[0]["name"], "Anna Keller");
}

#[test]
fn gzip_and_zstd_by_extension_and_by_magic_bytes() {
    let fx = Fx::new();
    let record = |id: &str| jsonl(&[json!({"id": id, "text": format!("Document {id}.")})]);
    fx.write("z/a.jsonl.gz", gzip(record("gz").as_bytes()));
    fx.write("z/b.jsonl.zst", zstd(record("zst").as_bytes()));
    // gzip bytes under a plain name: found by the magic bytes.
    fx.write("z/c.jsonl", gzip(record("gz-no-ext").as_bytes()));
    fx.write("z/d.csv.gz", gzip(b"id,text\ncsv-gz,Document csv-gz.\n"));
    fx.write(
        "z/e.tsv.zstd",
        zstd(b"id\ttext\ntsv-zst\tDocument tsv-zst.\n"),
    );
    fx.write("z/f.txt.gz", gzip(b"Document txt-gz."));
    // zstd bytes under a plain name.
    fx.write("z/g.jsonl", zstd(record("zst-no-ext").as_bytes()));
    // Two concatenated gzip members are one stream.
    let mut members = gzip(record("member-1").as_bytes());
    members.extend(gzip(record("member-2").as_bytes()));
    fx.write("z/h.jsonl.gz", members);
    let got = fx.sentences(&["z"], None);
    let ids: Vec<&str> = got.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "gz",
            "zst",
            "gz-no-ext",
            "csv-gz",
            "tsv-zst",
            "z/f.txt.gz",
            "zst-no-ext",
            "member-1",
            "member-2"
        ]
    );
    for (id, sentences) in &got {
        let want = if id == "z/f.txt.gz" {
            "Document txt-gz.".to_string()
        } else {
            format!("Document {id}.")
        };
        assert_sentences_of(id, &want, sentences);
    }
}

#[test]
fn text_and_id_fields_numeric_ids_and_fallback_ids() {
    let fx = Fx::new();
    fx.write(
        "a.jsonl",
        jsonl(&[
            json!({"uid": "x1", "text": "Wrong field.", "body": "Right field."}),
            json!({"uid": 42, "body": "Numeric id."}),
            json!({"body": "No id at all."}),
            json!({"uid": "", "body": "Empty id."}),
            json!({"uid": 4.5, "body": "Float id."}),
        ]),
    );
    fx.write(
        "b.csv",
        "body,uid\nCSV body.,c1\n\"Multi\nline, no id.\",\nLast one.,c3\n",
    );
    let got = fx.sentences(
        &[
            "a.jsonl",
            "b.csv",
            "--text-field",
            "body",
            "--id-field",
            "uid",
        ],
        None,
    );
    let ids: Vec<&str> = got.iter().map(|(id, _)| id.as_str()).collect();
    // `file:line`: the line where the record starts.
    assert_eq!(
        ids,
        [
            "x1",
            "42",
            "a.jsonl:3",
            "a.jsonl:4",
            "4.5",
            "c1",
            "b.csv:3",
            "c3"
        ]
    );
    assert_eq!(got[0].1[0]["text"], "Right field.");
    assert_eq!(got[7].1[0]["text"], "Last one.");

    // Default fields: `text` and `id`; a number id is kept as written.
    fx.write(
        "c.jsonl",
        jsonl(&[json!({"id": 7, "text": "Seven."}), json!({"text": "None."})]),
    );
    let got = fx.sentences(&["c.jsonl"], None);
    let ids: Vec<&str> = got.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["7", "c.jsonl:2"]);

    // A CSV without the text column is reported, naming the columns.
    let o = fx.extract(&["b.csv"], "out", &[]);
    assert_ok(&o);
    let want = "b.csv:1: no column `text` in the header (columns: body, uid); choose one with --text-field";
    assert_eq!(stderr(&o), format!("newsgraph: skipped {want}\n"));
    assert_eq!(
        read_jsonl(&fx.join("out/errors.jsonl")),
        [json!({"source": "b.csv", "line": 1, "error": want})]
    );
}

// ---------------------------------------------------------------------------
// Bad records: reported exactly, counted, and everything else processed.

/// The records of the truncated gzip fixture.
const GZ_RECORDS: usize = 2000;

fn truncated_gzip() -> (Vec<u8>, usize) {
    let raw: String = (0..GZ_RECORDS)
        .map(|i| {
            format!(
                "{}\n",
                json!({"id": format!("g{i}"), "text": format!("Zentrix Holdings said record {i} is fine.")})
            )
        })
        .collect();
    let gz = gzip(raw.as_bytes());
    let cut = gz[..gz.len() / 2].to_vec();
    // Independently: the complete lines a decoder yields before the error.
    let mut dec = flate2::read::GzDecoder::new(&cut[..]);
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match dec.read(&mut buf) {
            Ok(0) => panic!("the truncated gzip must fail to decode"),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(_) => break,
        }
    }
    let complete = got.iter().filter(|&&b| b == b'\n').count();
    (cut, complete)
}

#[test]
fn bad_records_are_reported_counted_and_skipped() {
    let fx = Fx::new();
    fx.write(
        "in/a.jsonl",
        "{\"id\":\"a1\",\"text\":\"Zentrix Holdings said profits rose.\"}\n\
         {\"id\":\"a2\", text}\n\
         {\"id\":\"a3\"}\n\
         {\"id\":\"a4\",\"text\":5}\n\
         \n\
         {\"id\":\"a6\",\"text\":[\"Anna Keller\"]}\n\
         {\"id\":\"a7\",\"text\":\"Anna Keller said the plant would close.\"}\n",
    );
    fx.write(
        "in/b.csv",
        b"id,text\nb1,\"Markus Brandt said, \"\"We will grow.\"\"\nHe smiled.\"\nb2,x,extra\nb3,\xff bad\nb4,Poland said it agreed.\n",
    );
    fx.write("in/c.txt", b"Zentrix Holdings said ok.\nbad \xff\n");
    let (cut, complete) = truncated_gzip();
    fx.write("in/d.jsonl.gz", cut);
    fx.write("in/e.txt", "Zentrix Holdings said text files work.");
    let o = fx.extract(&["in"], "out", &[]);
    assert_ok(&o);

    assert!(
        complete > GZ_RECORDS / 4 && complete < GZ_RECORDS,
        "{complete}"
    );
    let gz_line = complete as u64 + 1;
    let gz_error = format!("in/d.jsonl.gz:{gz_line}: read error: incomplete deflate stream");
    let want: Vec<(&str, u64, String)> = vec![
        (
            "in/a.jsonl",
            2,
            "in/a.jsonl:2: invalid JSON record: key must be a string at line 1 column 13".into(),
        ),
        ("in/a.jsonl", 3, "in/a.jsonl:3: missing field `text`".into()),
        (
            "in/a.jsonl",
            4,
            "in/a.jsonl:4: field `text` is not a string".into(),
        ),
        (
            "in/a.jsonl",
            6,
            "in/a.jsonl:6: field `text` is not a string".into(),
        ),
        (
            "in/b.csv",
            4,
            "in/b.csv:4: record has 3 fields, the header has 2".into(),
        ),
        (
            "in/b.csv",
            5,
            "in/b.csv:5: field `text` is not valid UTF-8 (at byte 0)".into(),
        ),
        ("in/c.txt", 2, "in/c.txt:2: invalid UTF-8 at byte 30".into()),
        ("in/d.jsonl.gz", gz_line, gz_error),
    ];
    let want_stderr: String = want
        .iter()
        .map(|(_, _, e)| format!("newsgraph: skipped {e}\n"))
        .collect();
    assert_eq!(stderr(&o), want_stderr);
    let want_errors: Vec<Value> = want
        .iter()
        .map(|(s, l, e)| json!({"source": s, "line": l, "error": e}))
        .collect();
    let errors_text = read(&fx.join("out/errors.jsonl"));
    assert_eq!(parse_jsonl(&errors_text), want_errors);
    // Field order is part of the format.
    assert!(errors_text.starts_with("{\"source\":\"in/a.jsonl\",\"line\":2,\"error\":"));

    // Every good record is processed, in input order.
    let mut want_docs: Vec<String> = ["a1", "a7", "b1", "b4"].map(String::from).to_vec();
    want_docs.extend((0..complete).map(|i| format!("g{i}")));
    want_docs.push("in/e.txt".into());
    let mut docs: Vec<String> = Vec::new();
    for m in read_jsonl(&fx.join("out/mentions.jsonl")) {
        let doc = m["doc"].as_str().unwrap().to_string();
        if docs.last() != Some(&doc) {
            docs.push(doc);
        }
    }
    assert_eq!(docs, want_docs);
    let quotes = read_jsonl(&fx.join("out/quotes.jsonl"));
    let b1 = quotes.iter().find(|q| q["doc"] == "b1").expect("b1 quote");
    assert_eq!(b1["content"]["text"], "We will grow.");
    assert_eq!(b1["speaker"]["name"], "Markus Brandt");

    // Counts: read = processed + skipped, in total and per file.
    let s = read_json(&fx.join("out/summary.json"));
    let files = json!({
        "in/a.jsonl": {"read": 6, "processed": 2, "skipped": 4},
        "in/b.csv": {"read": 4, "processed": 2, "skipped": 2},
        "in/c.txt": {"read": 1, "processed": 0, "skipped": 1},
        "in/d.jsonl.gz": {"read": complete + 1, "processed": complete, "skipped": 1},
        "in/e.txt": {"read": 1, "processed": 1, "skipped": 0},
    });
    assert_eq!(s["files"], files);
    let processed = 5 + complete as u64;
    assert_eq!(s["documents_processed"], processed);
    assert_eq!(s["documents_skipped"], 8);
    assert_eq!(s["documents_read"], processed + 8);
}

#[test]
fn strict_stops_at_the_first_bad_record_and_writes_nothing() {
    let fx = Fx::new();
    fx.write(
        "a.jsonl",
        "{\"id\":\"a1\",\"text\":\"Fine.\"}\n{\"id\":\"a2\"}\n{\"id\":\"a3\",\"text\":\"Fine.\"}\n",
    );
    // Outputs of an earlier run stay as they were.
    fx.write("out/quotes.jsonl", "old\n");
    let o = fx.extract(&["a.jsonl"], "out", &["--strict"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "newsgraph: skipped a.jsonl:2: missing field `text`\n\
         newsgraph: a.jsonl:2: missing field `text` (--strict)\n"
    );
    assert_eq!(names_in(&fx.join("out")), ["quotes.jsonl"]);
    assert_eq!(read(&fx.join("out/quotes.jsonl")), "old\n");

    // The debug views honour --strict too.
    let o = fx.run(&["sentences", "-q", "--strict", "a.jsonl"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).ends_with("newsgraph: a.jsonl:2: missing field `text` (--strict)\n"),
        "{}",
        stderr(&o)
    );
    // Without --strict the same input is fine.
    let got = fx.sentences(&["a.jsonl"], None);
    assert_eq!(got.len(), 2);
}

// ---------------------------------------------------------------------------
// Fatal and usage errors.

#[test]
fn missing_input_is_fatal_and_names_the_file() {
    let fx = Fx::new();
    fx.write("good.jsonl", jsonl(&[json!({"id": "a", "text": "Fine."})]));
    for inputs in [&["nosuch.jsonl"][..], &["good.jsonl", "nosuch.jsonl"]] {
        let o = fx.extract(inputs, "out", &[]);
        assert_eq!(o.status.code(), Some(1), "{inputs:?}");
        let err = stderr(&o);
        assert!(
            err.starts_with("newsgraph: failed to read nosuch.jsonl: "),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(!fx.join("out").exists(), "nothing is written");
    }
    let o = fx.run(&["sentences", "nosuch.jsonl"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).starts_with("newsgraph: failed to read nosuch.jsonl: "));
}

#[test]
fn bad_gazetteers_are_fatal_and_name_file_and_line() {
    const HEADER: &str = "id\tname\ttype\taliases\tpart_of\n";
    let cases: &[(&str, String, &str)] = &[
        (
            "unknown type",
            format!("{HEADER}Q1\tAcme\tORG\t\t\nQ2\tBad Row\tBOGUS\t\t\n"),
            "bad.tsv:3: bad gazetteer row: entity `Q2` has unknown type `BOGUS` (one of PERSON, ORG, GPE, LOC, NORP, EVENT, WORK, OTHER)",
        ),
        (
            "empty name",
            format!("{HEADER}Q1\t\tORG\t\t\n"),
            "bad.tsv:2: bad gazetteer row: entity `Q1` has an empty name",
        ),
        (
            "empty id",
            format!("{HEADER}Q1\tAcme\tORG\t\t\n\tNo Id\tPERSON\t\t\n"),
            "bad.tsv:3: bad gazetteer row: empty id",
        ),
        (
            "header",
            "id\tlabel\ttype\nQ1\tAcme\tORG\n".to_string(),
            "bad.tsv:1: bad gazetteer row: the header must have the columns id, name and type",
        ),
    ];
    let fx = Fx::new();
    fx.write("a.jsonl", jsonl(&[json!({"id": "a", "text": "Fine."})]));
    for (name, gazetteer, want) in cases {
        fx.write("bad.tsv", gazetteer);
        let o = fx.run(&[
            "extract",
            "a.jsonl",
            "--no-default-gazetteer",
            "--gazetteer",
            "bad.tsv",
            "-q",
            "-o",
            "out",
        ]);
        assert_eq!(o.status.code(), Some(1), "case {name}");
        assert_eq!(
            stderr(&o),
            format!("newsgraph: loading the gazetteer: {want}\n"),
            "case {name}"
        );
        assert!(!fx.join("out").exists(), "case {name}: nothing is written");
    }
    // `gazetteer check` reports the same row and fails.
    let o = fx.run(&["gazetteer", "check", "bad.tsv"]);
    assert_eq!(o.status.code(), Some(1));

    // A gazetteer that does not exist.
    let o = fx.run(&[
        "extract",
        "a.jsonl",
        "--no-default-gazetteer",
        "--gazetteer",
        "nosuch.tsv",
        "-o",
        "out",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.starts_with("newsgraph: loading the gazetteer: failed to read nosuch.tsv: "),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// (text, name, type) of every mention in an `--out` folder.
fn mentions_in(out: &Path) -> Vec<(String, String, String)> {
    read_jsonl(&out.join("mentions.jsonl"))
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap_or_default().to_string();
            (s("text"), s("name"), s("type"))
        })
        .collect()
}

/// Asserts that an output folder has a mention of each `(text, name)`.
fn assert_names(out: &Path, want: &[(&str, &str)]) {
    let got: Vec<(String, String)> = mentions_in(out)
        .into_iter()
        .map(|(text, name, _)| (text, name))
        .collect();
    for &(text, name) in want {
        assert!(
            got.contains(&(text.into(), name.into())),
            "no `{text}` as {name} in {got:?}"
        );
    }
}

#[test]
fn only_a_place_with_part_of_acts_for_its_country() {
    // Capitalia is Norland's capital (`part_of`): acting, it is Norland.
    // Portville only lies in Norland (`located_in`): acting, it stays
    // itself, as `Newcastle said` is the club, not Australia.
    let fx = Fx::new();
    fx.write(
        "g.tsv",
        "id\tname\ttype\taliases\tpart_of\tlocated_in\n\
         c1\tNorland\tGPE\t\t\t\n\
         c2\tCapitalia\tGPE\t\tc1\t\n\
         c3\tPortville\tGPE\t\t\tc1\n",
    );
    fx.write(
        "a.jsonl",
        jsonl(&[json!({"id": "a", "text": "Capitalia said on Monday that talks had failed. Portville said on Tuesday that the player would not be sold."})]),
    );
    fx.run(&common::extract_with_own_gazetteer("a.jsonl", "out"));
    assert_names(
        &fx.join("out"),
        &[("Capitalia", "Norland"), ("Portville", "Portville")],
    );

    // In the built-in gazetteer only capitals and seats of government act
    // for their country.
    fx.write(
        "b.jsonl",
        jsonl(&[json!({"id": "b", "text": "Newcastle said on Tuesday that the player would not be sold. Moscow said it would reply."})]),
    );
    fx.run(&["extract", "b.jsonl", "-q", "-o", "out-builtin"]);
    assert_names(
        &fx.join("out-builtin"),
        &[("Newcastle", "Newcastle"), ("Moscow", "Russia")],
    );

    // A `located_in` must name a known id, like `part_of`.
    fx.write(
        "bad.tsv",
        "id\tname\ttype\tlocated_in\nc3\tPortville\tGPE\tnosuch\n",
    );
    let o = fx.run(&[
        "extract",
        "a.jsonl",
        "--no-default-gazetteer",
        "--gazetteer",
        "bad.tsv",
        "-q",
        "-o",
        "out2",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "newsgraph: loading the gazetteer: bad.tsv:2: bad gazetteer row: located_in `nosuch` is not the id of any entity\n"
    );
}

#[test]
fn a_given_name_and_a_towns_name_are_a_person() {
    // `Douglas` is a town (the capital of the Isle of Man) in the built-in
    // gazetteer; after a given name it is a surname, and later alone that
    // person, as a nationality is (`Philip French`). A country's name after
    // a given name stays a country.
    let fx = Fx::new();
    fx.write(
        "a.jsonl",
        jsonl(&[json!({"id": "a", "text": "The film starred Michael Douglas. Douglas said he was happy. Ferries sail to Douglas daily. Troops left Chad Monday. The critic Philip French wrote it."})]),
    );
    fx.run(&["extract", "a.jsonl", "-q", "-o", "out"]);
    let got = mentions_in(&fx.join("out"));
    let want = [
        ("Michael Douglas", "Michael Douglas", "PERSON"),
        ("Douglas", "Michael Douglas", "PERSON"),
        ("Douglas", "Douglas", "GPE"),
        ("Chad", "Chad", "GPE"),
        ("Philip French", "Philip French", "PERSON"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn political_parties_and_agencies_are_organisations() {
    // The built-in gazetteer knows the parties news names by their short
    // forms: `Labour said` is the party, not a person called Labour.
    let got = builtin_mentions("Labour said the Tories had no plan. The Lib Dems and the GOP disagreed. The FBI and the IOC declined to comment.");
    for (text, name) in [
        ("Labour", "Labour Party"),
        ("Tories", "Conservative Party"),
        ("Lib Dems", "Liberal Democrats"),
        ("GOP", "Republican Party"),
        // National agencies and sports bodies too; `IOC` is the Olympic
        // committee, not the International Olive Council.
        ("FBI", "Federal Bureau of Investigation"),
        ("IOC", "International Olympic Committee"),
    ] {
        assert_mention(&got, (text, name, "ORG"));
    }
}

#[test]
fn the_last_word_of_an_unknown_name_gives_its_type() {
    // `Alberta`, `Davis` and `Merrill` are given names, but `Exchange`,
    // `Cup` and `Inc` end names of organisations and events; after `of`,
    // a name that follows a person's is where that person works.
    assert_named_as_written(
        "Adia Services Inc said profits rose. Shares fell on the Alberta Stock Exchange. The Davis Cup final is on Sunday. Allan Kaplan of Merrill Lynch said prices would fall.",
        &[
            ("Adia Services Inc", "ORG"),
            ("Alberta Stock Exchange", "ORG"),
            ("Davis Cup", "EVENT"),
            ("Allan Kaplan", "PERSON"),
            ("Merrill Lynch", "ORG"),
        ],
    );
    // Roads and squares are places, even after a person's name.
    assert_named_as_written(
        "Crowds gathered in Washington Square. The London Road site closed.",
        &[("Washington Square", "LOC"), ("London Road", "LOC")],
    );
}

#[test]
fn unknown_capitalised_speakers_are_organisations() {
    // Capitalised words no gazetteer knows, opening with no given name,
    // that speak are an organisation; so is an acronym before a
    // spokesperson noun.
    assert_named_as_written(
        "Sales rose. Hospital Corp said it would sell the unit. The Department of Widgets and Gears said it would act. A QXJ spokesman said trading was halted.",
        &[
            ("Hospital Corp", "ORG"),
            ("Department of Widgets and Gears", "ORG"),
            ("QXJ", "ORG"),
        ],
    );
}

/// Asserts that, with the built-in gazetteer, `text` has a mention of
/// each (text, type), named as written (a discovered entity).
fn assert_named_as_written(text: &str, want: &[(&str, &str)]) {
    let got = builtin_mentions(text);
    for &(text, kind) in want {
        assert_mention(&got, (text, text, kind));
    }
}

#[test]
fn provinces_and_states_are_places() {
    // The built-in gazetteer knows the provinces and states news names
    // (ISO 3166-2, in English), so a premier's province is no part of his
    // name.
    let got = builtin_mentions("Ontario Premier David Peterson met officials from Quebec, Bavaria and Guangdong. Tamil Nadu and Queensland sent no one.");
    for (text, name) in [
        ("Ontario", "Ontario"),
        ("Quebec", "Quebec"),
        ("Bavaria", "Bavaria"),
        ("Guangdong", "Guangdong"),
        ("Tamil Nadu", "Tamil N\u{101}du"),
        ("Queensland", "Queensland"),
    ] {
        assert_mention(&got, (text, name, "GPE"));
    }
    assert_mention(&got, ("David Peterson", "David Peterson", "PERSON"));
}

/// (text, name, type) of every mention in `text`, with the built-in
/// gazetteer.
fn builtin_mentions(text: &str) -> Vec<(String, String, String)> {
    let fx = Fx::new();
    fx.write("a.jsonl", jsonl(&[json!({"id": "a", "text": text})]));
    fx.run(&["extract", "a.jsonl", "-q", "-o", "out"]);
    mentions_in(&fx.join("out"))
}

/// Asserts that `got` has a mention with this (text, name, type).
fn assert_mention(got: &[(String, String, String)], (text, name, kind): (&str, &str, &str)) {
    let want = (text.to_string(), name.to_string(), kind.to_string());
    assert!(got.contains(&want), "no {want:?} in {got:?}");
}

#[test]
fn usage_errors_exit_2() {
    let fx = Fx::new();
    fx.write("a.jsonl", jsonl(&[json!({"id": "a", "text": "Fine."})]));
    let cases: &[(&[&str], &str)] = &[
        (
            &["extract", "a.jsonl", "--bogus"],
            "unexpected argument '--bogus'",
        ),
        (
            &["extract", "a.jsonl", "--format", "xml"],
            "unknown format `xml`",
        ),
        (&["extract", "a.jsonl", "--threads", "many"], "--threads"),
        (&["sentences", "--nope"], "unexpected argument '--nope'"),
        (&["frobnicate"], "unrecognized subcommand 'frobnicate'"),
        (&[], "Usage:"),
    ];
    for (args, want) in cases {
        let o = fx.run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(want), "{args:?}: {}", stderr(&o));
        assert!(!fx.join("out").exists(), "{args:?}");
    }
}

// ---------------------------------------------------------------------------
// Output files: schemas, offsets, graph integrity, counts, atomicity.

/// Articles that exercise every output: non-ASCII bytes before the spans,
/// a quote with an addressee and `about` entities, a CSV-escaped document.
fn schema_fixture(fx: &Fx) -> BTreeMap<String, String> {
    let s1 = "ZÜRICH — Anna Keller met Markus Brandt on Monday.\n\n\
              “Poland is a good partner for Zentrix, and we will stay,” Keller told Brandt. \
              “Nobody in Zürich disagrees.”\n\n\
              Brandt said that China and Russia were not part of the plan. \
              According to Zentrix Holdings, the deal is worth €80 million.\n\n\
              Washington accused Beijing of spying, Stoltenberg said.";
    let s2 = "Putin said nothing. NATO met again on Friday.";
    fx.write(
        "s.jsonl",
        jsonl(&[
            json!({"id": "s1", "text": s1}),
            json!({"id": "s2", "text": s2}),
        ]),
    );
    fx.write(
        "s.csv",
        "id,text\nc1,\"Jens Stoltenberg said, \"\"NATO is ready.\"\"\nPutin did not reply.\"\n",
    );
    BTreeMap::from([
        ("s1".to_string(), s1.to_string()),
        ("s2".to_string(), s2.to_string()),
        (
            "c1".to_string(),
            "Jens Stoltenberg said, \"NATO is ready.\"\nPutin did not reply.".to_string(),
        ),
    ])
}

fn assert_party(what: &str, text: &str, p: &Value) {
    let obj = p.as_object().unwrap_or_else(|| panic!("{what}: {p}"));
    let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    for k in ["id", "name", "type", "mention"] {
        assert!(keys.contains(&k), "{what}: no `{k}` in {p}");
    }
    assert!(p["id"].is_string() || p["id"].is_null(), "{what}: id {p}");
    assert!(
        !p["name"].as_str().unwrap_or("").is_empty(),
        "{what}: name {p}"
    );
    assert!(
        TYPES.contains(&p["type"].as_str().unwrap_or("")),
        "{what}: type {p}"
    );
    if !p["mention"].is_null() {
        assert_span(&format!("{what}.mention"), text, &p["mention"]);
    }
}

fn assert_entity_ref(what: &str, v: &Value) {
    let obj = v.as_object().unwrap_or_else(|| panic!("{what}: {v}"));
    assert!(
        obj.contains_key("id") && obj.contains_key("name"),
        "{what}: {v}"
    );
    assert!(v["id"].is_string() || v["id"].is_null(), "{what}: {v}");
    assert!(v["name"].is_string(), "{what}: {v}");
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut rdr = csv::Reader::from_path(path).unwrap();
    let header = rdr.headers().unwrap().iter().map(String::from).collect();
    let rows = rdr
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

#[test]
fn output_files_follow_the_schemas() {
    let fx = Fx::new();
    let texts = schema_fixture(&fx);
    // Nested output folders are created.
    fx.extract_ok(
        &["s.jsonl", "s.csv"],
        "deep/er/out",
        &["--co-mention-instances"],
    );
    let out = fx.join("deep/er/out");

    // Exactly the eight files, the aggregate state and the optional
    // exports, no temporaries left behind.
    let mut want_names: Vec<&str> = common::OUTPUTS.to_vec();
    want_names.extend(common::EXTRA_OUTPUTS);
    want_names.sort();
    assert_eq!(names_in(&out), want_names);
    assert_eq!(read(&out.join("errors.jsonl")), "");

    // quotes.jsonl: the fields of DESIGN.md, in order.
    let quotes = read_jsonl(&out.join("quotes.jsonl"));
    assert!(!quotes.is_empty());
    let quote_lines = read(&out.join("quotes.jsonl"));
    for (q, line) in quotes.iter().zip(quote_lines.lines()) {
        let keys = top_level_keys(line);
        assert_eq!(
            keys,
            [
                "doc",
                "sentence",
                "kind",
                "content",
                "cue",
                "speaker",
                "addressee",
                "about",
                "rule",
                "confidence"
            ],
            "{q}"
        );
        let text = &texts[q["doc"].as_str().unwrap()];
        assert!(q["sentence"].is_u64(), "{q}");
        assert!(
            ["direct", "indirect", "mixed"].contains(&q["kind"].as_str().unwrap()),
            "{q}"
        );
        assert_span("content", text, &q["content"]);
        if !q["cue"].is_null() {
            assert_span("cue", text, &q["cue"]);
        }
        for party in ["speaker", "addressee"] {
            if !q[party].is_null() {
                assert_party(party, text, &q[party]);
            }
        }
        for a in q["about"].as_array().expect("about is a list") {
            assert_entity_ref("about", a);
            let keys: BTreeSet<&str> = a.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(keys, BTreeSet::from(["id", "name"]), "{a}");
        }
        assert!(!q["rule"].as_str().unwrap().is_empty(), "{q}");
        let c = q["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c), "{q}");
    }
    // The interesting quote: byte offsets after multi-byte characters,
    // an addressee, and what it is about.
    let told = quotes
        .iter()
        .find(|q| q["cue"]["text"] == "told")
        .expect("a `told` quote");
    assert_eq!(told["doc"], "s1");
    assert_eq!(
        told["content"]["text"],
        "Poland is a good partner for Zentrix, and we will stay,"
    );
    assert_eq!(told["kind"], "direct");
    assert_eq!(told["speaker"]["name"], "Anna Keller");
    assert_eq!(told["speaker"]["mention"]["text"], "Keller");
    assert_eq!(told["addressee"]["name"], "Markus Brandt");
    assert_eq!(told["addressee"]["id"], "T3");
    let about: Vec<&str> = told["about"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert!(
        about.contains(&"Poland") && about.contains(&"Zentrix Holdings"),
        "{about:?}"
    );
    // CSV unescaping happens before offsets are taken.
    let csv_quote = quotes.iter().find(|q| q["doc"] == "c1").expect("c1 quote");
    assert_eq!(csv_quote["content"]["text"], "NATO is ready.");
    assert_eq!(csv_quote["speaker"]["name"], "Jens Stoltenberg");

    // mentions.jsonl
    let mention_lines = read(&out.join("mentions.jsonl"));
    let mentions = parse_jsonl(&mention_lines);
    for (m, line) in mentions.iter().zip(mention_lines.lines()) {
        assert_eq!(top_level_keys(line)[0], "doc", "{line}");
        let obj = m.as_object().unwrap();
        for k in [
            "doc", "sentence", "start", "end", "text", "id", "name", "type", "via",
        ] {
            assert!(obj.contains_key(k), "no `{k}` in {m}");
        }
        let text = &texts[m["doc"].as_str().unwrap()];
        let (start, end) = span(m);
        assert_eq!(text.get(start..end), m["text"].as_str(), "{m}");
        assert!(TYPES.contains(&m["type"].as_str().unwrap()), "{m}");
        assert!(!m["via"].as_str().unwrap().is_empty(), "{m}");
        assert!(m["sentence"].is_u64(), "{m}");
    }
    let washington = mentions
        .iter()
        .find(|m| m["text"] == "Washington")
        .expect("Washington");
    assert_eq!(
        (&washington["name"], &washington["via"]),
        (&json!("United States"), &json!("metonym"))
    );
    // Mentions of one document come sorted by offset.
    for w in mentions.windows(2) {
        if w[0]["doc"] == w[1]["doc"] {
            assert!(span(&w[0]).0 <= span(&w[1]).0, "{} / {}", w[0], w[1]);
        }
    }

    // relations.jsonl
    let relation_lines = read(&out.join("relations.jsonl"));
    let relations = parse_jsonl(&relation_lines);
    assert!(!relations.is_empty());
    for (r, line) in relations.iter().zip(relation_lines.lines()) {
        assert_eq!(top_level_keys(line)[0], "doc", "{line}");
        let obj = r.as_object().unwrap();
        for k in ["doc", "sentence", "type", "source", "target", "evidence"] {
            assert!(obj.contains_key(k), "no `{k}` in {r}");
        }
        let text = &texts[r["doc"].as_str().unwrap()];
        assert!(!r["type"].as_str().unwrap().is_empty(), "{r}");
        assert_entity_ref("source", &r["source"]);
        assert_entity_ref("target", &r["target"]);
        assert_span("evidence", text, &r["evidence"]);
        if let Some(trigger) = obj.get("trigger").filter(|t| !t.is_null()) {
            assert_span("trigger", text, trigger);
        }
    }
    assert!(
        relations.iter().any(|r| r["type"] == "SAID_TO"
            && r["source"]["name"] == "Anna Keller"
            && r["target"]["name"] == "Markus Brandt"),
        "SAID_TO Keller -> Brandt"
    );

    // nodes.csv / edges.csv: Neo4j bulk-import headers, every edge end a node.
    let (node_header, nodes) = read_csv(&out.join("nodes.csv"));
    assert_eq!(
        node_header,
        [
            "id:ID(Entity)",
            "name",
            ":LABEL",
            "type",
            "aliases:string[]",
            "mentions:int",
            "documents:int",
            "known:boolean",
            "doc",
            "title",
            "date",
            "source",
            "start:int",
            "end:int",
            "quote_kind"
        ]
    );
    let (edge_header, edges) = read_csv(&out.join("edges.csv"));
    assert_eq!(
        edge_header,
        [
            ":START_ID(Entity)",
            ":END_ID(Entity)",
            ":TYPE",
            "weight:int",
            "documents:int",
            "first_date",
            "last_date",
            "evidence"
        ]
    );
    let mut node_ids = BTreeSet::new();
    for n in &nodes {
        assert!(node_ids.insert(n[0].clone()), "node {} twice", n[0]);
        // Article and quote nodes: their own label, no aliases.
        if n[0].starts_with("article:") || n[0].starts_with("quote:") {
            assert!(["Article", "Quote"].contains(&n[2].as_str()), "{n:?}");
            assert!(["ARTICLE", "QUOTE"].contains(&n[3].as_str()), "{n:?}");
            assert!(!n[8].is_empty(), "{n:?}");
            continue;
        }
        assert!(n[2].split(';').next() == Some("Entity"), "{n:?}");
        assert!(TYPES.contains(&n[3].as_str()), "{n:?}");
        assert!(n[5].parse::<u64>().unwrap() >= 1, "{n:?}");
        assert!(n[6].parse::<u64>().unwrap() >= 1, "{n:?}");
        assert!(n[7] == "true" || n[7] == "false", "{n:?}");
    }
    assert!(node_ids.contains("T2") && node_ids.contains("Q148"));
    let mut edge_keys = BTreeSet::new();
    for e in &edges {
        assert!(node_ids.contains(&e[0]), "edge start {e:?} is not a node");
        assert!(node_ids.contains(&e[1]), "edge end {e:?} is not a node");
        assert!(!e[2].is_empty());
        assert!(e[3].parse::<u64>().unwrap() >= 1, "{e:?}");
        assert!(e[4].parse::<u64>().unwrap() >= 1, "{e:?}");
        assert!(
            edge_keys.insert((e[0].clone(), e[2].clone(), e[1].clone())),
            "{e:?}"
        );
    }

    // graph.json: node-link, the same nodes and edges.
    let graph = read_json(&out.join("graph.json"));
    assert_eq!(graph["directed"], true);
    assert_eq!(graph["multigraph"], true);
    assert!(graph["graph"].is_object());
    assert_eq!(graph["graph"]["documents"], 3);
    let g_nodes = graph["nodes"].as_array().unwrap();
    let g_edges = graph["edges"].as_array().unwrap();
    assert_eq!(graph["links"], graph["edges"]);
    let g_ids: BTreeSet<String> = g_nodes
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(g_ids, node_ids);
    assert_eq!(g_edges.len(), edges.len());
    for e in g_edges {
        assert!(g_ids.contains(e["source"].as_str().unwrap()), "{e}");
        assert!(g_ids.contains(e["target"].as_str().unwrap()), "{e}");
        assert!(e["weight"].as_u64().unwrap() >= 1, "{e}");
    }

    // summary.json: the counts match the files.
    let s = read_json(&out.join("summary.json"));
    assert_eq!(s["documents_read"], 3);
    assert_eq!(s["documents_processed"], 3);
    assert_eq!(s["documents_skipped"], 0);
    let bytes: usize = texts.values().map(String::len).sum();
    assert_eq!(s["bytes"], bytes);
    assert_eq!(s["quotes"], quotes.len());
    assert_eq!(s["mentions"], mentions.len());
    assert_eq!(s["relations"], relations.len());
    assert_eq!(s["nodes"], nodes.len());
    assert_eq!(s["edges"], edges.len());
    let sentences: usize = fx
        .sentences(&["s.jsonl", "s.csv"], None)
        .iter()
        .map(|(_, s)| s.len())
        .sum();
    assert_eq!(s["sentences"], sentences);
    for stage in [
        "read",
        "segment",
        "match",
        "resolve",
        "attribute",
        "relate",
        "aggregate",
        "export",
        "wall",
    ] {
        assert!(s["seconds"][stage].as_f64().is_some(), "seconds.{stage}");
    }
    assert_eq!(
        s["files"],
        json!({
            "s.csv": {"read": 1, "processed": 1, "skipped": 0},
            "s.jsonl": {"read": 2, "processed": 2, "skipped": 0},
        })
    );
}

#[test]
fn mentions_view_matches_mentions_jsonl() {
    let fx = Fx::new();
    schema_fixture(&fx);
    fx.extract_ok(&["s.jsonl", "s.csv"], "out", &[]);
    let mut args = vec!["mentions", "-q", "s.jsonl", "s.csv"];
    args.extend(TINY);
    let o = fx.run(&args);
    assert_ok(&o);
    assert_eq!(stdout(&o), read(&fx.join("out/mentions.jsonl")));
}

#[test]
fn output_path_that_is_a_file_is_fatal() {
    let fx = Fx::new();
    fx.write(
        "a.jsonl",
        jsonl(&[json!({"id": "a", "text": "Anna Keller said hi."})]),
    );
    fx.write("taken", "precious");
    let o = fx.extract(&["a.jsonl"], "taken", &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.starts_with("newsgraph: creating the output folder taken: "),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(read(&fx.join("taken")), "precious");
    // No stray temporaries next to it either.
    let stray: Vec<String> = names_in(fx.path())
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

#[test]
fn a_second_run_replaces_outputs_and_leaves_no_temporaries() {
    let fx = Fx::new();
    fx.write(
        "a.jsonl",
        jsonl(&[json!({"id": "a", "text": "Anna Keller said hi."})]),
    );
    fx.write(
        "b.jsonl",
        jsonl(&[json!({"id": "b", "text": "Markus Brandt said bye."})]),
    );
    fx.write("out/old-file.txt", "kept");
    fx.extract_ok(&["a.jsonl"], "out", &[]);
    fx.extract_ok(&["b.jsonl"], "out", &[]);
    let mut want: Vec<&str> = common::OUTPUTS.to_vec();
    want.push("old-file.txt");
    want.extend(common::EXTRA_OUTPUTS);
    want.sort();
    assert_eq!(names_in(&fx.join("out")), want);
    let docs: BTreeSet<String> = read_jsonl(&fx.join("out/mentions.jsonl"))
        .iter()
        .map(|m| m["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(docs, BTreeSet::from(["b".to_string()]));
}

// ---------------------------------------------------------------------------
// Determinism.

/// About 200 documents: the seed article and a few generated ones, each
/// with an explicit, unique id.
fn corpus() -> Vec<String> {
    let seed: Value = serde_json::from_str(&common::seed_line()).unwrap();
    let seed_text = seed["text"].as_str().unwrap();
    let templates = [
        "“We will not back down,” Anna Keller told Markus Brandt on {day}. \
         She said Zentrix Holdings would stay in Poland.",
        "Washington accused Beijing of spying on {day}, Jens Stoltenberg said. \
         “China is watching,” he added. “So is Russia.”",
        "According to NATO, Ukraine asked for help on {day}. Putin said nothing.\n\n\
         “We are ready,” Stoltenberg told reporters. The U.S. agreed.",
        "Markus Brandt, the chief executive of Zentrix, said on {day} that profits rose. \
         Keller criticised him.",
    ];
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    let mut lines = Vec::new();
    for i in 0..200 {
        let text = if i % 25 == 0 {
            seed_text.to_string()
        } else {
            templates[i % templates.len()].replace("{day}", days[i % days.len()])
        };
        let date = format!("2024-03-{:02}", 1 + i % 28);
        lines.push(format!(
            "{}\n",
            json!({"id": format!("doc-{i:03}"), "date": date, "text": text})
        ));
    }
    lines
}

const COMPARED: [&str; 7] = [
    "quotes.jsonl",
    "mentions.jsonl",
    "relations.jsonl",
    "nodes.csv",
    "edges.csv",
    "graph.json",
    "errors.jsonl",
];

fn assert_same_outputs(what: &str, a: &Path, b: &Path) {
    for file in COMPARED {
        let x = read(&a.join(file));
        let y = read(&b.join(file));
        assert!(x == y, "{what}: {file} differs:\n{}", line_diff(&x, &y, 30));
    }
}

#[test]
fn output_does_not_depend_on_threads_or_input_split() {
    let fx = Fx::new();
    let lines = corpus();
    fx.write("all.jsonl", lines.concat());
    fx.write("part1.jsonl", lines[..77].concat());
    fx.write("part2.jsonl", lines[77..].concat());
    let date = ["--date-field", "date"];
    for threads in ["1", "2", "4"] {
        let mut extra = vec!["--threads", threads];
        extra.extend(date);
        fx.extract_ok(&["all.jsonl"], &format!("t{threads}"), &extra);
    }
    let t1 = fx.join("t1");
    let quotes = read_jsonl(&t1.join("quotes.jsonl"));
    assert!(
        quotes.len() > 200,
        "the corpus has quotes: {}",
        quotes.len()
    );
    let s = read_json(&t1.join("summary.json"));
    assert_eq!(s["documents_processed"], 200);
    // Dates aggregate into first/last per edge.
    let (_, edges) = read_csv(&t1.join("edges.csv"));
    assert!(
        edges
            .iter()
            .all(|e| e[5] <= e[6] && e[5].starts_with("2024-03-")),
        "{edges:?}"
    );
    assert!(
        edges.iter().any(|e| e[5] == "2024-03-01" && e[6] > e[5]),
        "{edges:?}"
    );
    for threads in ["2", "4"] {
        let other = fx.join(&format!("t{threads}"));
        assert_same_outputs(&format!("--threads 1 vs {threads}"), &t1, &other);
        assert_eq!(
            common::summary_without_seconds(&t1),
            common::summary_without_seconds(&other),
            "summary.json, --threads 1 vs {threads}"
        );
    }
    let mut extra = vec!["--threads", "2"];
    extra.extend(date);
    fx.extract_ok(&["part1.jsonl", "part2.jsonl"], "split", &extra);
    // Article nodes name their input file; nothing else may differ.
    let split = fx.join("split");
    for file in COMPARED {
        let x = read(&t1.join(file));
        let y = read(&split.join(file))
            .replace("part1.jsonl", "all.jsonl")
            .replace("part2.jsonl", "all.jsonl");
        assert!(
            x == y,
            "one file vs two: {file} differs:\n{}",
            line_diff(&x, &y, 30)
        );
    }
}

/// DESIGN.md: exit status 2 is a usage error; `--threads 0` is a bad option
/// value, like `--threads many`, which already exits 2.
#[test]
fn zero_threads_is_a_usage_error() {
    let fx = Fx::new();
    fx.write("a.jsonl", jsonl(&[json!({"id": "a", "text": "Fine."})]));
    let o = fx.extract(&["a.jsonl"], "out", &["--threads", "0"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--threads"), "{}", stderr(&o));
}
