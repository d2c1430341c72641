//! JSON Lines: one object per line; the text, id, title and date fields are
//! picked by name and every other field is skipped without being built.

use std::fmt;
use std::io::BufRead;
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::Arc;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};

use super::{fallback_id, ReadConfig};
use crate::doc::{Document, Origin};
use crate::error::{Error, Result};

pub(super) fn read(
    path: &Arc<Path>,
    mut reader: Box<dyn BufRead + '_>,
    config: &ReadConfig,
    sink: &mut dyn FnMut(Result<Document>) -> ControlFlow<()>,
) {
    let mut line = Vec::with_capacity(1 << 16);
    let mut number = 0u64;
    loop {
        line.clear();
        number += 1;
        match read_line(&mut reader, &mut line, config.max_record_bytes) {
            Ok(LineRead::Eof) => return,
            Ok(LineRead::TooLong(len)) => {
                let err = Error::Record {
                    path: path.to_path_buf(),
                    line: number,
                    reason: format!(
                        "record of {len} bytes is over the limit of {} bytes",
                        config.max_record_bytes
                    ),
                };
                if sink(Err(err)).is_break() {
                    return;
                }
            }
            Ok(LineRead::Line) => {
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                if sink(parse(path, number, &line, config)).is_break() {
                    return;
                }
            }
            Err(source) => {
                // The stream itself is broken (a truncated gzip, a read
                // error): nothing after this point can be trusted.
                let _ = sink(Err(Error::ReadAt {
                    path: path.to_path_buf(),
                    line: number,
                    source,
                }));
                return;
            }
        }
    }
}

enum LineRead {
    Line,
    Eof,
    /// The line was longer than the limit and was skipped to its end.
    TooLong(usize),
}

/// Reads one line into `buf` (newline dropped), never holding more than
/// `limit` bytes of it.
fn read_line(
    reader: &mut Box<dyn BufRead + '_>,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<LineRead> {
    let mut total = 0usize;
    let mut any = false;
    let mut newline = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        total += take;
        if total <= limit.saturating_add(1) {
            buf.extend_from_slice(&chunk[..take]);
        }
        reader.consume(take);
        if done {
            newline = true;
            break;
        }
    }
    if !any {
        return Ok(LineRead::Eof);
    }
    if newline {
        total -= 1;
        if buf.last() == Some(&b'\n') {
            buf.pop();
        }
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    if total > limit {
        buf.clear();
        return Ok(LineRead::TooLong(total));
    }
    Ok(LineRead::Line)
}

/// Parses one line into a document.
pub(super) fn parse(
    path: &Arc<Path>,
    line: u64,
    bytes: &[u8],
    config: &ReadConfig,
) -> Result<Document> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let fields = RecordSeed { config }
        .deserialize(&mut de)
        .and_then(|f| de.end().map(|()| f))
        .map_err(|source| Error::Json {
            path: path.to_path_buf(),
            line,
            source,
        })?;
    let bad = |reason: String| Error::Record {
        path: path.to_path_buf(),
        line,
        reason,
    };
    let text = match fields.text {
        Some(Field::Str(s)) => s,
        Some(Field::Other) => {
            return Err(bad(format!(
                "field `{}` is not a string",
                config.text_field
            )))
        }
        Some(Field::Num(_)) => {
            return Err(bad(format!(
                "field `{}` is not a string",
                config.text_field
            )))
        }
        None => return Err(bad(format!("missing field `{}`", config.text_field))),
    };
    let id = match fields.id {
        Some(Field::Str(s)) if !s.is_empty() => s,
        Some(Field::Num(n)) => n,
        _ => fallback_id(path, line),
    };
    let text_of = |f: Option<Field>| match f {
        Some(Field::Str(s)) | Some(Field::Num(s)) if !s.is_empty() => Some(s),
        _ => None,
    };
    Ok(Document {
        id,
        origin: Some(Origin {
            path: Arc::clone(path),
            line,
        }),
        title: text_of(fields.title),
        date: text_of(fields.date),
        text,
        ..Document::default()
    })
}

/// A picked field's value: a string, a number (kept as written), or
/// anything else (which is an error for `text`).
enum Field {
    Str(String),
    Num(String),
    Other,
}

#[derive(Default)]
struct Fields {
    text: Option<Field>,
    id: Option<Field>,
    title: Option<Field>,
    date: Option<Field>,
}

struct RecordSeed<'c> {
    config: &'c ReadConfig,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = Fields;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Fields, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = Fields;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let c = self.config;
        let mut fields = Fields::default();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let slot = if key == c.text_field.as_str() {
                &mut fields.text
            } else if key == c.id_field.as_str() {
                &mut fields.id
            } else if c.title_field.as_deref() == Some(&*key) {
                &mut fields.title
            } else if c.date_field.as_deref() == Some(&*key) {
                &mut fields.date
            } else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            *slot = Some(map.next_value::<FieldValue>()?.0);
        }
        Ok(fields)
    }
}

struct FieldValue(Field);

impl<'de> serde::Deserialize<'de> for FieldValue {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<FieldValue, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FieldValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FieldValue, E> {
                Ok(FieldValue(Field::Str(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<FieldValue, E> {
                Ok(FieldValue(Field::Str(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<FieldValue, E> {
                Ok(FieldValue(Field::Num(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<FieldValue, E> {
                Ok(FieldValue(Field::Num(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<FieldValue, E> {
                Ok(FieldValue(Field::Num(v.to_string())))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<FieldValue, E> {
                Ok(FieldValue(Field::Other))
            }
            fn visit_unit<E: de::Error>(self) -> Result<FieldValue, E> {
                Ok(FieldValue(Field::Other))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut s: A) -> Result<FieldValue, A::Error> {
                while s.next_element::<IgnoredAny>()?.is_some() {}
                Ok(FieldValue(Field::Other))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<FieldValue, A::Error> {
                while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(FieldValue(Field::Other))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(
        input: &str,
        config: &ReadConfig,
    ) -> Vec<std::result::Result<(String, String, u64), String>> {
        let path: Arc<Path> = Arc::from(Path::new("in.jsonl"));
        let mut out = Vec::new();
        read(&path, Box::new(input.as_bytes()), config, &mut |r| {
            out.push(
                r.map(|d| (d.id, d.text, d.origin.unwrap().line))
                    .map_err(|e| e.chain()),
            );
            ControlFlow::Continue(())
        });
        out
    }

    #[test]
    fn records_and_errors() {
        let input = concat!(
            "{\"id\": \"a\", \"text\": \"Hello.\", \"extra\": [1, {\"x\": 2}]}\n",
            "\n",
            "{\"id\": 7, \"text\": \"Num id.\"}\r\n",
            "{\"text\": \"No id.\"}\n",
            "{\"id\": \"b\", \"text\": \n",
            "{\"id\": \"c\"}\n",
            "{\"id\": \"d\", \"text\": 5}\n",
            "[1, 2]\n",
            "\u{feff}{\"id\": \"e\", \"text\": \"BOM\"}",
        );
        let got = run(input, &ReadConfig::default());
        assert_eq!(got[0], Ok(("a".into(), "Hello.".into(), 1)));
        assert_eq!(got[1], Ok(("7".into(), "Num id.".into(), 3)));
        assert_eq!(got[2], Ok(("in.jsonl:4".into(), "No id.".into(), 4)));
        assert!(got[3]
            .as_ref()
            .unwrap_err()
            .starts_with("in.jsonl:5: invalid JSON record: "));
        assert_eq!(got[4], Err("in.jsonl:6: missing field `text`".into()));
        assert_eq!(
            got[5],
            Err("in.jsonl:7: field `text` is not a string".into())
        );
        assert!(got[6]
            .as_ref()
            .unwrap_err()
            .starts_with("in.jsonl:8: invalid JSON record"));
        assert_eq!(got[7], Ok(("e".into(), "BOM".into(), 9)));
        assert_eq!(got.len(), 8);
    }

    #[test]
    fn custom_fields() {
        let config = ReadConfig {
            text_field: "body".into(),
            id_field: "uid".into(),
            ..ReadConfig::default()
        };
        let got = run(
            "{\"uid\": \"x\", \"text\": \"no\", \"body\": \"yes\"}\n",
            &config,
        );
        assert_eq!(got, [Ok(("x".into(), "yes".into(), 1))]);
    }

    #[test]
    fn over_long_lines_are_skipped_not_held() {
        let config = ReadConfig {
            max_record_bytes: 20,
            ..ReadConfig::default()
        };
        let long = format!(
            "{{\"text\": \"{}\"}}\n{{\"text\": \"ok\"}}\n",
            "x".repeat(100)
        );
        let got = run(&long, &config);
        assert_eq!(
            got[0],
            Err("in.jsonl:1: record of 112 bytes is over the limit of 20 bytes".into())
        );
        assert_eq!(got[1], Ok(("in.jsonl:2".into(), "ok".into(), 2)));
    }
}
