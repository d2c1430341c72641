//! JSON values written by hand into a byte buffer, byte for byte as
//! `serde_json` (compact) writes them, for the hot output paths.
//!
//! Owns: string escaping, integers and two-decimal confidences. Reads:
//! nothing. Writes: bytes appended to a `Vec<u8>`.
//!
//! `serde_json` drives every field through its `Serializer` and a
//! byte-at-a-time escape loop; the per-document lines are ~3x the input in
//! bytes, so they write keys as literals and scan strings a block at a time
//! ([`super::scan`]). The tests compare every function here with `serde_json`.

/// What `serde_json` writes for each byte of a string: 0 for the byte
/// itself, `u` for `\u00XX`, or the letter after the backslash.
use crate::graph::Record;

static ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0a] = b'n';
    table[0x0c] = b'f';
    table[0x0d] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// Appends `s` as a JSON string, quotes included: `"` and `\` escaped,
/// `\b \t \n \f \r` in their short form, other control characters as
/// `\u00XX` (lower-case hex), everything else (DEL, non-ASCII) as is.
pub(crate) fn string(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    string_contents(out, s);
    out.push(b'"');
}

/// Appends `s` escaped as in [`string`], without the quotes, e.g. to write
/// one string in pieces.
pub(crate) fn string_contents(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    // `bytes[start..]` is not written yet.
    let mut start = 0;
    loop {
        // The bytes `ESCAPE` marks, as comparisons (which vectorize).
        let i = super::scan::skip_plain(bytes, start, |b| (b < 0x20) | (b == b'"') | (b == b'\\'));
        out.extend_from_slice(&bytes[start..i]);
        let Some(&b) = bytes.get(i) else {
            return;
        };
        escape(out, b, ESCAPE[usize::from(b)]);
        start = i + 1;
    }
}

#[cold]
fn escape(out: &mut Vec<u8>, byte: u8, esc: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    if esc == b'u' {
        out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(byte >> 4)],
            HEX[usize::from(byte & 0xf)],
        ]);
    } else {
        out.extend_from_slice(&[b'\\', esc]);
    }
}

/// Appends a string the code itself names (an enum's `as_str`) that needs
/// no escaping, quoted, without scanning it.
pub(crate) fn plain(out: &mut Vec<u8>, s: &'static str) {
    debug_assert!(s.bytes().all(|b| ESCAPE[usize::from(b)] == 0), "{s:?}");
    out.reserve(s.len() + 2);
    out.push(b'"');
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
}

/// Appends `s` as a JSON string, or `null`.
pub(crate) fn opt_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// Appends a list of strings, `["a","b"]`.
pub(crate) fn string_list(out: &mut Vec<u8>, items: &[String]) {
    out.push(b'[');
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        string(out, s);
    }
    out.push(b']');
}

/// Appends an edge's tallies, `,"weight":..,"documents":..,"first_date":..,
/// "last_date":..` (the dates `null` when unknown).
pub(crate) fn edge_tallies(
    out: &mut Vec<u8>,
    weight: u64,
    documents: u64,
    dates: (Option<&str>, Option<&str>),
) {
    out.extend_from_slice(b",\"weight\":");
    int(out, weight);
    out.extend_from_slice(b",\"documents\":");
    int(out, documents);
    out.extend_from_slice(b",\"first_date\":");
    opt_string(out, dates.0);
    out.extend_from_slice(b",\"last_date\":");
    opt_string(out, dates.1);
}

/// Appends what an edge line of `graph.json` and of `aggregate.jsonl`
/// share, byte for byte, after its ends and type: `,"weight":..,
/// "documents":..,"first_date":..,"last_date":..,"evidence":[...]`.
/// One function for both, so that either file may copy it from the other
/// (see [`super::node_link::EdgeTails`]).
pub(crate) fn edge_tail<'a>(
    out: &mut Vec<u8>,
    weight: u64,
    documents: u64,
    dates: (Option<&str>, Option<&str>),
    samples: impl IntoIterator<Item = (&'a str, usize, usize, &'a str)>,
) {
    edge_tallies(out, weight, documents, dates);
    out.extend_from_slice(b",\"evidence\":");
    evidence_list(out, samples);
}

/// Appends an edge's evidence samples, `[{"doc","start","end","text"},...]`,
/// each given as (document id, start, end, text).
pub(crate) fn evidence_list<'a>(
    out: &mut Vec<u8>,
    samples: impl IntoIterator<Item = (&'a str, usize, usize, &'a str)>,
) {
    out.push(b'[');
    for (i, (doc, start, end, text)) in samples.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"doc\":");
        string(out, doc);
        out.extend_from_slice(b",\"start\":");
        int(out, start);
        out.extend_from_slice(b",\"end\":");
        int(out, end);
        out.extend_from_slice(b",\"text\":");
        string(out, text);
        out.push(b'}');
    }
    out.push(b']');
}

/// Appends an article or quote node's properties as `serde` writes the
/// internally tagged [`Record`] inside an object, without the braces:
/// `"node":"article","doc":..,"title":..,"date":..,"source":..` or
/// `"node":"quote","doc":..,"start":..,"end":..,"kind":..,"date":..`.
pub(crate) fn record_fields(out: &mut Vec<u8>, record: &Record) {
    match record {
        Record::Article {
            doc,
            title,
            date,
            source,
        } => {
            out.extend_from_slice(b"\"node\":\"article\",\"doc\":");
            string(out, doc);
            out.extend_from_slice(b",\"title\":");
            opt_string(out, title.as_deref());
            out.extend_from_slice(b",\"date\":");
            opt_string(out, date.as_deref());
            out.extend_from_slice(b",\"source\":");
            opt_string(out, source.as_deref());
        }
        Record::Quote {
            doc,
            start,
            end,
            kind,
            date,
        } => {
            out.extend_from_slice(b"\"node\":\"quote\",\"doc\":");
            string(out, doc);
            out.extend_from_slice(b",\"start\":");
            int(out, *start);
            out.extend_from_slice(b",\"end\":");
            int(out, *end);
            out.extend_from_slice(b",\"kind\":");
            string(out, kind);
            out.extend_from_slice(b",\"date\":");
            opt_string(out, date.as_deref());
        }
    }
}

/// Appends an integer.
pub(crate) fn int(out: &mut Vec<u8>, n: impl itoa::Integer) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// Appends `value` rounded to two decimals as `serde_json` writes the f64
/// `(value * 100).round() / 100` (`0.9`, `1.0`, `0.13`, `0.0`); non-finite
/// values and `-0` are written as `0.0` (see [`rounded`]).
pub(crate) fn confidence(out: &mut Vec<u8>, value: f32) {
    let hundredths = f64::from(value) * 100.0;
    // Below 1e9 the f64 nearest to `k / 100` is written by ryu (shortest
    // round trip) exactly as the decimal `k / 100` without trailing zeros:
    // any shorter decimal is at least 0.01 away, far more than its spacing.
    if hundredths.abs() < 1e9 {
        let k = hundredths.round() as i64;
        if k < 0 {
            out.push(b'-');
        }
        let k = k.unsigned_abs();
        let cents = (k % 100) as u8;
        let tens = b'0' + cents / 10;
        let units = b'0' + cents % 10;
        let len = if units == b'0' { 3 } else { 4 };
        if k < 1000 {
            // One digit before the point (every confidence in [0, 1]):
            // the whole number in one copy, without formatting an integer.
            let whole = b'0' + (k / 100) as u8;
            out.extend_from_slice(&[whole, b'.', tens, units][..len]);
        } else {
            int(out, k / 100);
            out.extend_from_slice(&[b'.', tens, units][..len - 1]);
        }
    } else {
        // Huge or not finite: rare enough for serde_json.
        serde_json::to_writer(&mut *out, &rounded(value))
            .expect("writing an f64 to a Vec cannot fail");
    }
}

/// The rounded value; non-finite values become 0 and `-0` becomes `0`.
pub(crate) fn rounded(value: f32) -> f64 {
    let c = f64::from(value);
    if c.is_finite() {
        (c * 100.0).round() / 100.0 + 0.0
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn via_string(s: &str) -> String {
        let mut out = Vec::new();
        string(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    fn via_confidence(c: f32) -> String {
        let mut out = Vec::new();
        confidence(&mut out, c);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_escape_as_serde_json() {
        const CASES: &[(&str, &str)] = &[
            ("", r#""""#),
            ("plain", r#""plain""#),
            ("say \"no\"", r#""say \"no\"""#),
            ("a\\b", r#""a\\b""#),
            ("\n\r\t\u{8}\u{c}", r#""\n\r\t\b\f""#),
            ("\u{0}\u{1}\u{1f}\u{7f}", "\"\\u0000\\u0001\\u001f\u{7f}\""),
            ("Zoë — “quoted”", "\"Zoë — “quoted”\""),
            ("exactly8\"", r#""exactly8\"""#),
            ("0123456789abcdef\n", r#""0123456789abcdef\n""#),
        ];
        for (s, want) in CASES {
            assert_eq!(via_string(s), *want, "{s:?}");
            assert_eq!(via_string(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
        // Every character up to U+00FF alone, and inside longer text (so it
        // lands in each position of an eight-byte chunk).
        for c in (0..=0xff_u32).filter_map(char::from_u32) {
            for s in [c.to_string(), format!("abcdefg{c}hijklmnopq{c}{c}")] {
                assert_eq!(via_string(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
    }

    #[test]
    fn confidences_are_written_as_serde_json_writes_the_rounded_f64() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.005,
            0.015,
            0.125,
            0.999,
            -0.004,
            -0.005,
            9_999_999.0,
            10_000_000.0,
            123_456.79,
            f32::MIN_POSITIVE,
            f32::MAX,
            f32::MIN,
            f32::EPSILON,
            f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
        ];
        // Every f32 step from -2 to 2 around each hundredth, and a sample
        // of all bit patterns.
        for k in -200..=200 {
            let c = k as f32 / 100.0;
            let mut v = c;
            for _ in 0..64 {
                values.push(v);
                v = f32::from_bits(v.to_bits() + 1);
            }
            let mut v = c;
            for _ in 0..64 {
                values.push(v);
                v = f32::from_bits(v.to_bits().wrapping_sub(1));
            }
        }
        values.extend((0..u32::MAX).step_by(65_521).map(f32::from_bits));
        for c in values {
            let want = serde_json::to_string(&rounded(c)).unwrap();
            assert_eq!(via_confidence(c), want, "{c:e} ({:#x})", c.to_bits());
        }
    }

    #[test]
    fn integers() {
        for n in [0_u64, 7, 10, 99, 100, 12_345, u64::MAX] {
            let mut out = Vec::new();
            int(&mut out, n);
            assert_eq!(out, n.to_string().into_bytes());
        }
    }

    proptest! {
        #[test]
        fn any_string_escapes_as_serde_json(s in "\\PC{0,64}|[\\x00-\\x7f]{0,64}|(\\PC|[\\x00-\\x1f\"\\\\]){0,80}") {
            prop_assert_eq!(via_string(&s), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn any_confidence_is_written_as_serde_json(bits in any::<u32>(), c in -2.0_f32..2.0) {
            for c in [f32::from_bits(bits), c] {
                prop_assert_eq!(via_confidence(c), serde_json::to_string(&rounded(c)).unwrap());
            }
        }
    }
}
