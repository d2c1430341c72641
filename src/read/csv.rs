//! CSV and TSV with a header row (RFC 4180 quoting, fields may span lines).
//!
//! Records are parsed by `csv-core` (the csv crate's own parser) over our
//! buffered reader, one call per record, so that we see every byte a
//! record spans: we count lines ourselves (the csv crate's line numbers
//! lag after CRLF record ends, BurntSushi/rust-csv#395), and we stop
//! holding a record's bytes once it is over `--max-record-mib` (the csv
//! crate keeps a whole record in memory before any size check), reading
//! on to its end so the next record is read as usual.

use std::io::{self, BufRead};
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::Arc;

use csv_core::ReadRecordResult;

use super::{fallback_id, ReadConfig};
use crate::doc::{Document, Origin};
use crate::error::{Error, Result};

pub(super) fn read(
    path: &Arc<Path>,
    reader: Box<dyn BufRead + '_>,
    delimiter: u8,
    config: &ReadConfig,
    sink: &mut dyn FnMut(Result<Document>) -> ControlFlow<()>,
) {
    let limit = config.max_record_bytes;
    let mut records = Records::new(reader, delimiter, limit);
    let record_err = |line: u64, reason: String| Error::Record {
        path: path.to_path_buf(),
        line,
        reason,
    };
    let read_err = |line: u64, source: io::Error| Error::ReadAt {
        path: path.to_path_buf(),
        line,
        source,
    };
    let (header_line, header): (u64, Vec<Vec<u8>>) = match records.next() {
        Next::End => return, // an empty file holds no records
        Next::Record { line } => (
            line,
            (0..records.fields)
                .map(|i| records.field(i).to_vec())
                .collect(),
        ),
        Next::TooLong { line, bytes } => {
            let _ = sink(Err(record_err(
                line,
                format!("header of {bytes} bytes is over the limit of {limit} bytes"),
            )));
            return;
        }
        Next::Failed { line, source } => {
            let _ = sink(Err(read_err(line, source)));
            return;
        }
    };
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(h) == name.as_bytes())
    };
    let Some(text_col) = column(&config.text_field) else {
        let names: Vec<String> = header
            .iter()
            .map(|h| String::from_utf8_lossy(h).into_owned())
            .collect();
        let _ = sink(Err(record_err(
            header_line,
            format!(
                "no column `{}` in the header (columns: {}); choose one with --text-field",
                config.text_field,
                names.join(", ")
            ),
        )));
        return;
    };
    let columns = Columns {
        text: text_col,
        id: column(&config.id_field),
        title: config.title_field.as_deref().and_then(column),
        date: config.date_field.as_deref().and_then(column),
    };
    // Only the header's fields are kept; more are counted (to report them).
    records.keep = header.len();
    loop {
        let result = match records.next() {
            Next::End => return,
            Next::Record { line } if records.fields != header.len() => Err(record_err(
                line,
                format!(
                    "record has {} fields, the header has {}",
                    records.fields,
                    header.len()
                ),
            )),
            Next::Record { line } => to_document(path, line, &records, &columns, config)
                .map_err(|reason| record_err(line, reason)),
            Next::TooLong { line, bytes } => Err(record_err(
                line,
                format!("record of {bytes} bytes is over the limit of {limit} bytes"),
            )),
            Next::Failed { line, source } => {
                // The stream itself is broken (a truncated gzip, a read
                // error): nothing after this point can be trusted.
                let _ = sink(Err(read_err(line, source)));
                return;
            }
        };
        if sink(result).is_break() {
            return;
        }
    }
}

/// Where the picked fields are in a record.
struct Columns {
    text: usize,
    id: Option<usize>,
    title: Option<usize>,
    date: Option<usize>,
}

/// What [`Records::next`] found.
enum Next {
    /// A record starting at `line`, its fields in the [`Records`].
    Record {
        line: u64,
    },
    /// A record starting at `line` of `bytes` bytes (without its line
    /// end), over the limit: read through, not kept.
    TooLong {
        line: u64,
        bytes: usize,
    },
    /// The input failed while reading the record starting at `line`.
    Failed {
        line: u64,
        source: io::Error,
    },
    End,
}

/// Line numbers: a line ends at `\n`, at `\r\n`, or at a lone `\r` (which
/// csv-core also takes as a record end).
#[derive(Clone, Copy, Debug)]
struct LineCounter {
    /// The line of the next byte, from 1.
    line: u64,
    /// The last byte counted was a `\r`: whether it ends a line depends on
    /// the next byte.
    pending_cr: bool,
}

impl LineCounter {
    /// Counts the line ends in `bytes`, the next bytes of the input.
    fn advance(&mut self, bytes: &[u8]) {
        let Some(&last) = bytes.last() else {
            return;
        };
        if self.pending_cr && bytes[0] != b'\n' {
            self.line += 1;
        }
        self.line += memchr::memchr_iter(b'\n', bytes).count() as u64;
        // A `\r` followed by anything but `\n` is a line end of its own.
        for i in memchr::memchr_iter(b'\r', bytes) {
            if bytes.get(i + 1).is_some_and(|&b| b != b'\n') {
                self.line += 1;
            }
        }
        self.pending_cr = last == b'\r';
    }

    /// The next byte is neither `\r` nor `\n`.
    fn settle(&mut self) {
        if self.pending_cr {
            self.line += 1;
            self.pending_cr = false;
        }
    }
}

/// Reads CSV records one at a time, keeping one record's fields (up to
/// the limit) in reused buffers.
struct Records<'r> {
    reader: Box<dyn BufRead + 'r>,
    core: csv_core::Reader,
    lines: LineCounter,
    /// The most bytes a record may have (without its line end).
    limit: usize,
    /// The unquoted bytes of the current record's fields, back to back.
    output: Vec<u8>,
    /// Where each kept field ends in `output`.
    ends: Vec<usize>,
    /// How many fields' ends to keep (the rest are only counted).
    keep: usize,
    /// The current record's fields: `ends[..kept]` hold the first ones.
    fields: usize,
    kept: usize,
}

impl<'r> Records<'r> {
    fn new(reader: Box<dyn BufRead + 'r>, delimiter: u8, limit: usize) -> Records<'r> {
        Records {
            reader,
            core: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            lines: LineCounter {
                line: 1,
                pending_cr: false,
            },
            limit,
            output: vec![0; 4096],
            ends: vec![0; 64],
            keep: usize::MAX,
            fields: 0,
            kept: 0,
        }
    }

    /// The bytes of field `i` of the current record (`i < kept`).
    fn field(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.output[start..self.ends[i]]
    }

    /// Reads the next record.
    fn next(&mut self) -> Next {
        // Skip the line ends before a record ourselves (csv-core skips them
        // too), so that the record's line is the line of its first byte.
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(source) => {
                    let line = self.lines.line;
                    return Next::Failed { line, source };
                }
            };
            if buf.is_empty() {
                return Next::End;
            }
            let start = buf.iter().position(|&b| b != b'\r' && b != b'\n');
            let skip = start.unwrap_or(buf.len());
            self.lines.advance(&buf[..skip]);
            self.reader.consume(skip);
            if start.is_some() {
                break;
            }
        }
        self.lines.settle();
        let line = self.lines.line;
        // Bytes read of this record, its line end included.
        let mut raw = 0usize;
        let mut skipping = false;
        let (mut nout, mut nend, mut dropped) = (0usize, 0usize, 0usize);
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(source) => return Next::Failed { line, source },
            };
            let eof = buf.is_empty();
            // Once the record is over the limit its bytes go to scratch
            // space at the start of `output`, and its fields are not kept.
            let out = if skipping {
                &mut self.output[..]
            } else {
                &mut self.output[nout..]
            };
            let (result, nin, n_out, n_end) =
                self.core.read_record(buf, out, &mut self.ends[nend..]);
            self.lines.advance(&buf[..nin]);
            self.reader.consume(nin);
            raw += nin;
            nend += n_end;
            if !skipping {
                nout += n_out;
                // `raw` holds at most one byte of line end so far.
                skipping = raw > self.limit.saturating_add(1);
            }
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull if skipping => {}
                ReadRecordResult::OutputFull => {
                    if nout > self.limit {
                        // Unquoted bytes never outnumber the raw ones.
                        skipping = true;
                    } else {
                        let len = (2 * self.output.len()).min(self.limit.saturating_add(1));
                        self.output.resize(len, 0);
                    }
                }
                ReadRecordResult::OutputEndsFull => {
                    if skipping {
                        nend = 0;
                    } else if self.ends.len() <= self.keep {
                        let len = 2 * self.ends.len();
                        self.ends.resize(len, 0);
                    } else {
                        dropped += nend - self.keep;
                        nend = self.keep;
                    }
                }
                ReadRecordResult::Record => {
                    // The line end (`\r` of a `\r\n`, or `\n`) was read with
                    // the record, unless the input ended first.
                    let bytes = raw - usize::from(!eof);
                    if skipping || bytes > self.limit {
                        return Next::TooLong { line, bytes };
                    }
                    self.kept = nend;
                    self.fields = nend + dropped;
                    return Next::Record { line };
                }
                ReadRecordResult::End => return Next::End,
            }
        }
    }
}

fn to_document(
    path: &Arc<Path>,
    line: u64,
    records: &Records<'_>,
    columns: &Columns,
    config: &ReadConfig,
) -> Result<Document, String> {
    let field = |col: usize, name: &str| -> Result<String, String> {
        String::from_utf8(records.field(col).to_vec()).map_err(|e| {
            format!(
                "field `{name}` is not valid UTF-8 (at byte {})",
                e.utf8_error().valid_up_to()
            )
        })
    };
    let text = field(columns.text, &config.text_field)?;
    let id = match columns.id {
        Some(c) => field(c, &config.id_field)?,
        None => String::new(),
    };
    let optional = |col: Option<usize>, name: &Option<String>| -> Option<String> {
        let s = field(col?, name.as_deref().unwrap_or_default()).ok()?;
        (!s.is_empty()).then_some(s)
    };
    Ok(Document {
        id: if id.is_empty() {
            fallback_id(path, line)
        } else {
            id
        },
        origin: Some(Origin {
            path: Arc::clone(path),
            line,
        }),
        title: optional(columns.title, &config.title_field),
        date: optional(columns.date, &config.date_field),
        text,
        ..Document::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    type Got = Vec<std::result::Result<(String, String, u64), String>>;

    fn run(input: &[u8], delim: u8) -> Got {
        run_with(input, delim, &ReadConfig::default())
    }

    fn run_with(input: &[u8], delim: u8, config: &ReadConfig) -> Got {
        let path: Arc<Path> = Arc::from(Path::new("in.csv"));
        let mut out = Vec::new();
        read(&path, Box::new(input), delim, config, &mut |r| {
            out.push(
                r.map(|d| (d.id, d.text, d.origin.unwrap().line))
                    .map_err(|e| e.chain()),
            );
            ControlFlow::Continue(())
        });
        out
    }

    #[test]
    fn quoted_multiline_fields_and_errors() {
        let input =
            b"id,text\n1,plain\n2,\"two\nlines, \"\"quoted\"\"\"\n3,x,extra\n,no id\n5,\xff\n";
        let got = run(input, b',');
        assert_eq!(got[0], Ok(("1".into(), "plain".into(), 2)));
        assert_eq!(got[1], Ok(("2".into(), "two\nlines, \"quoted\"".into(), 3)));
        assert_eq!(
            got[2],
            Err("in.csv:5: record has 3 fields, the header has 2".into())
        );
        assert_eq!(got[3], Ok(("in.csv:6".into(), "no id".into(), 6)));
        assert_eq!(
            got[4],
            Err("in.csv:7: field `text` is not valid UTF-8 (at byte 0)".into())
        );
        assert_eq!(got.len(), 5);
    }

    #[test]
    fn tsv_and_missing_column() {
        assert_eq!(
            run(b"id\ttext\na\tb \"c\" d\n", b'\t'),
            [Ok(("a".into(), "b \"c\" d".into(), 2))]
        );
        let got = run(b"id,body\n1,x\n", b',');
        assert_eq!(
            got,
            [Err("in.csv:1: no column `text` in the header (columns: id, body); choose one with --text-field".into())]
        );
        assert!(run(b"", b',').is_empty());
    }

    /// `(id, line)` of each document, or the error message.
    fn lines(input: &[u8], config: &ReadConfig) -> Vec<String> {
        run_with(input, b',', config)
            .into_iter()
            .map(|r| match r {
                Ok((id, _, line)) => format!("{id}@{line}"),
                Err(e) => e,
            })
            .collect()
    }

    // rust-csv#395: the csv crate's line numbers lag after CRLF record ends.
    const LINE_CASES: &[(&str, &[u8], &[&str])] = &[
        ("lf", b"id,text\na,x\nb,y\n", &["a@2", "b@3"]),
        ("crlf", b"id,text\r\na,x\r\nb,y\r\n", &["a@2", "b@3"]),
        ("lone cr", b"id,text\ra,x\rb,y", &["a@2", "b@3"]),
        (
            "mixed",
            b"id,text\r\na,x\rb,y\nc,z\r\n",
            &["a@2", "b@3", "c@4"],
        ),
        (
            "blank lines",
            b"\r\n\nid,text\r\n\r\n\r\na,x\n\n\nb,y",
            &["a@6", "b@9"],
        ),
        (
            "multi-line quoted fields report their first line",
            b"id,text\r\na,\"1\r\n2\r\n3\"\r\nb,\"x\ny\"\r\nc,z\r\n",
            &["a@2", "b@5", "c@7"],
        ),
        (
            "errors too",
            b"id,text\r\n,x\r\nb,y,z\r\n,w\r\n",
            &[
                "in.csv:2@2",
                "in.csv:3: record has 3 fields, the header has 2",
                "in.csv:4@4",
            ],
        ),
        ("bom", b"\xEF\xBB\xBFid,text\r\na,x\r\n", &["a@2"]),
        ("no final line end", b"id,text\na,x", &["a@2"]),
        ("header only", b"id,text\r\n", &[]),
        ("nothing but line ends", b"\r\n\r\n", &[]),
    ];

    #[test]
    fn records_get_the_line_they_start_on() {
        for (name, input, want) in LINE_CASES {
            assert_eq!(lines(input, &ReadConfig::default()), *want, "case {name}");
        }
    }

    #[test]
    fn many_fields_are_counted_not_kept() {
        let input = format!("id,text\na,{}\nb,y\n", "x,".repeat(10_000));
        assert_eq!(
            lines(input.as_bytes(), &ReadConfig::default()),
            ["in.csv:2: record has 10002 fields, the header has 2", "b@3"]
        );
    }

    #[test]
    fn records_over_the_limit_are_skipped_and_the_next_one_read() {
        let small = ReadConfig {
            max_record_bytes: 10,
            ..ReadConfig::default()
        };
        // The limit is on a record's bytes in the file, line end excluded.
        let cases: &[(&str, &[u8], &[&str])] = &[
            ("at the limit", b"id,text\nabcd,12345\n", &["abcd@2"]),
            (
                "one over",
                b"id,text\r\nabcd,123456\r\nb,y\r\n",
                &[
                    "in.csv:2: record of 11 bytes is over the limit of 10 bytes",
                    "b@3",
                ],
            ),
            (
                "a long field",
                &b"id,text\na,xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nb,y"[..],
                &[
                    "in.csv:2: record of 42 bytes is over the limit of 10 bytes",
                    "b@3",
                ],
            ),
            (
                "a long quoted field over lines",
                b"id,text\na,\"x\r\nxxxxxxxx\nxxxxxxx\"\nb,y\n",
                &[
                    "in.csv:2: record of 23 bytes is over the limit of 10 bytes",
                    "b@5",
                ],
            ),
            (
                "a long last record without a line end",
                b"id,text\na,xxxxxxxxxxxx",
                &["in.csv:2: record of 14 bytes is over the limit of 10 bytes"],
            ),
            (
                "a long header",
                b"id,text,aaaaaaaaaa\na,x,y\n",
                &["in.csv:1: header of 18 bytes is over the limit of 10 bytes"],
            ),
        ];
        for (name, input, want) in cases {
            assert_eq!(lines(input, &small), *want, "case {name}");
        }
    }

    #[test]
    fn an_over_long_field_is_not_held() {
        // 32 MiB of record (a field every 4 bytes) through a 1 MiB limit:
        // the buffers stay at the limit.
        let limit = 1 << 20;
        let mut input: Vec<u8> = b"id,text\nbig,".to_vec();
        input.extend(b"xxx,".repeat(8 << 20));
        input.extend_from_slice(b"\nb,y\n");
        let mut records = Records::new(Box::new(&input[..]), b',', limit);
        assert!(matches!(records.next(), Next::Record { line: 1 }));
        records.keep = 2;
        match records.next() {
            Next::TooLong { line, bytes } => assert_eq!((line, bytes), (2, (32 << 20) + 4)),
            _ => panic!("expected the record to be too long"),
        }
        assert!(
            records.output.len() <= limit + 1,
            "{}",
            records.output.len()
        );
        assert!(records.ends.len() <= 64, "{}", records.ends.len());
        assert!(matches!(records.next(), Next::Record { line: 3 }));
        assert_eq!((records.field(0), records.field(1)), (&b"b"[..], &b"y"[..]));
        assert!(matches!(records.next(), Next::End));
    }
}
