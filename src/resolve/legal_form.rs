//! A known company's name followed by its legal form: `General Electric
//! Co`, `Toyota Motor Corp`, `Siemens AG`, `Nissan Motor Co Ltd`.
//!
//! The gazetteer knows `General Electric` and `Toyota Motor`; news writes
//! the legal form after them. Without this step the run of capitalised
//! words became a new company (`Toyota Motor Corp`, not the known Toyota
//! Motor) or, when the name opens with a title (`General`), left the legal
//! form alone to be read as a name (`Co said ...` had the speaker `Co`).
//! Here the mention grows over the legal form and keeps its entity.
//!
//! Reads: `text`, `mentions`. Writes: `mentions` (spans only).

use crate::doc::{Document, EntityRef, EntityType};
use crate::gazetteer::Gazetteer;
use crate::span::Span;

/// Words that end a company's name: its legal form, or the word for the
/// group of companies it heads.
pub const LEGAL_SUFFIXES: &[&str] = &[
    "Inc",
    "Corp",
    "Co",
    "Ltd",
    "Plc",
    "PLC",
    "plc",
    "LLC",
    "AG",
    "SA",
    "NV",
    "Group",
    "Holdings",
    "Corporation",
    "Company",
    "Limited",
    "Incorporated",
];

/// At most this many legal forms in a row (`Co Ltd`).
const MAX_SUFFIXES: usize = 2;

/// Grows each mention of a known organisation over the legal forms right
/// after it (one space before each), and drops mentions inside them.
pub fn absorb(gazetteer: &Gazetteer, doc: &mut Document) {
    let text = doc.text.as_str();
    let mut grown = false;
    for m in doc.mentions.iter_mut() {
        if m.modifier || text.as_bytes().get(m.span.end) != Some(&b' ') {
            continue;
        }
        let EntityRef::Known(id) = m.entity else {
            continue;
        };
        if gazetteer.entity(id).kind != EntityType::Org {
            continue;
        }
        let end = suffixes_end(text, m.span.end);
        if end > m.span.end {
            m.span = Span::new(m.span.start, end);
            grown = true;
        }
    }
    if !grown {
        return;
    }
    // A mention inside a grown one (`SA` read as a place) gives way.
    let mut keep = vec![true; doc.mentions.len()];
    let mut reach: Option<Span> = None;
    for (i, m) in doc.mentions.iter().enumerate() {
        if let Some(r) = reach {
            if m.span.start >= r.start && m.span.end <= r.end && m.span != r {
                keep[i] = false;
                continue;
            }
        }
        if reach.is_none_or(|r| m.span.end > r.end) {
            reach = Some(m.span);
        }
    }
    let mut i = 0;
    doc.mentions.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// Where the legal forms that follow `end` (each after one space) end,
/// or `end` when none does. A possessive after the last one is left out
/// (`Siemens AG's`).
fn suffixes_end(text: &str, mut end: usize) -> usize {
    for _ in 0..MAX_SUFFIXES {
        let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(' ')) else {
            break;
        };
        if !rest.starts_with(|c: char| c.is_ascii_uppercase() || c == 'p') {
            break;
        }
        let Some(s) = LEGAL_SUFFIXES.iter().find(|s| {
            rest.starts_with(**s)
                && !rest[s.len()..]
                    .starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '&')
        }) else {
            break;
        };
        end += 1 + s.len();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::suffixes_end;
    use crate::doc::Document;
    use crate::gazetteer::{load, Gazetteer};
    use std::path::Path;

    #[test]
    fn known_companies_take_their_legal_form() {
        let rows = "id\tname\ttype\taliases\no1\tToyota Motor\tORG\t\np1\tWalt Disney\tPERSON\t\n";
        let rows = load::read_delimited(Path::new("g.tsv"), rows.as_bytes(), b'\t').unwrap();
        let g = Gazetteer::from_rows(rows).unwrap();
        let text = "Toyota Motor Corp and Walt Disney Co met.";
        let mut doc = Document::new("d", text);
        doc.sentences = crate::segment::sentences(text);
        let hits = g.find(text);
        crate::resolve::Resolver.resolve(&g, &mut doc, &hits);
        let spans: Vec<(&str, &str)> = doc
            .mentions
            .iter()
            .map(|m| (m.span.as_str(text), m.via.as_str()))
            .collect();
        // Only an organisation's name grows; a person's name before a
        // legal form is read as a new company's.
        assert_eq!(
            spans,
            [
                ("Toyota Motor Corp", "alias"),
                ("Walt Disney Co", "discovered")
            ]
        );
    }

    #[test]
    fn legal_forms_after_a_name() {
        // (text, the known name that opens it, the mention after the step)
        let cases: &[(&str, &str, &str)] = &[
            (
                "Toyota Motor Corp said",
                "Toyota Motor",
                "Toyota Motor Corp",
            ),
            (
                "Nissan Motor Co Ltd said",
                "Nissan Motor",
                "Nissan Motor Co Ltd",
            ),
            ("Siemens AG's profit", "Siemens", "Siemens AG"),
            ("Unilever plc.", "Unilever", "Unilever plc"),
            (
                "Toyota Motor Corp. said",
                "Toyota Motor",
                "Toyota Motor Corp",
            ),
            // Not a legal form: another word that opens like one.
            ("Toyota Motor Corps", "Toyota Motor", "Toyota Motor"),
            ("Toyota Motor Coal", "Toyota Motor", "Toyota Motor"),
            ("Toyota Motor Co-founder", "Toyota Motor", "Toyota Motor"),
            ("Toyota Motor  Corp", "Toyota Motor", "Toyota Motor"),
            ("Toyota Motor, Corp", "Toyota Motor", "Toyota Motor"),
            ("Toyota Motor", "Toyota Motor", "Toyota Motor"),
        ];
        for &(text, name, want) in cases {
            assert_eq!(&text[..suffixes_end(text, name.len())], want, "{text}");
        }
    }
}
