//! CSV and TSV with a header row (RFC 4180 quoting, fields may span lines).

use std::io::BufRead;
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::Arc;

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
    let mut csv = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(false)
        .from_reader(reader);
    let record_err = |line: u64, reason: String| Error::Record {
        path: path.to_path_buf(),
        line,
        reason,
    };
    let header = match csv.byte_headers() {
        Ok(h) => h.clone(),
        Err(source) => {
            let _ = sink(Err(Error::Csv {
                path: path.to_path_buf(),
                line: 1,
                source,
            }));
            return;
        }
    };
    if header.is_empty() {
        return; // an empty file holds no records
    }
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
            1,
            format!(
                "no column `{}` in the header (columns: {}); choose one with --text-field",
                config.text_field,
                names.join(", ")
            ),
        )));
        return;
    };
    let id_col = column(&config.id_field);
    let title_col = config.title_field.as_deref().and_then(column);
    let date_col = config.date_field.as_deref().and_then(column);

    let mut record = ::csv::ByteRecord::new();
    loop {
        let line = csv.position().line();
        match csv.read_byte_record(&mut record) {
            Ok(false) => return,
            Ok(true) => {
                let line = record.position().map_or(line, |p| p.line());
                let doc = to_document(
                    path, line, &record, text_col, id_col, title_col, date_col, config,
                );
                if sink(doc.map_err(|reason| record_err(line, reason))).is_break() {
                    return;
                }
            }
            Err(source) => {
                let fatal = matches!(source.kind(), ::csv::ErrorKind::Io(_));
                let line = source.position().map_or(line, |p| p.line());
                let err = match source.into_kind() {
                    ::csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => record_err(
                        line,
                        format!("record has {len} fields, the header has {expected_len}"),
                    ),
                    ::csv::ErrorKind::Io(source) => Error::ReadAt {
                        path: path.to_path_buf(),
                        line,
                        source,
                    },
                    other => record_err(line, format!("invalid CSV record: {other:?}")),
                };
                if sink(Err(err)).is_break() || fatal {
                    return;
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn to_document(
    path: &Arc<Path>,
    line: u64,
    record: &::csv::ByteRecord,
    text_col: usize,
    id_col: Option<usize>,
    title_col: Option<usize>,
    date_col: Option<usize>,
    config: &ReadConfig,
) -> Result<Document, String> {
    let field = |col: usize, name: &str| -> Result<String, String> {
        let bytes = record.get(col).unwrap_or_default();
        String::from_utf8(bytes.to_vec()).map_err(|e| {
            format!(
                "field `{name}` is not valid UTF-8 (at byte {})",
                e.utf8_error().valid_up_to()
            )
        })
    };
    let text = field(text_col, &config.text_field)?;
    if text.len() > config.max_record_bytes {
        return Err(format!(
            "record of {} bytes is over the limit of {} bytes",
            text.len(),
            config.max_record_bytes
        ));
    }
    let id = match id_col {
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
        title: optional(title_col, &config.title_field),
        date: optional(date_col, &config.date_field),
        text,
        ..Document::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8], delim: u8) -> Vec<std::result::Result<(String, String, u64), String>> {
        let path: Arc<Path> = Arc::from(Path::new("in.csv"));
        let mut out = Vec::new();
        let config = ReadConfig::default();
        read(&path, Box::new(input), delim, &config, &mut |r| {
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
}
