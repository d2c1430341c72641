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
//! Reuters also writes partners' names with a comma (`Goldman, Sachs and
//! Co`, `Kidder, Peabody and Co`): such a name is one mention, of the
//! known company when the gazetteer knows the two names without the comma
//! (`Goldman Sachs`), else of a new one. Before, `Sachs and Co` was the name.
//!
//! Reads: `text`, `mentions`. Writes: `mentions`, `discovered`.

use crate::doc::{Document, EntityRef, EntityType, Mention, Via};
use crate::gazetteer::Gazetteer;
use crate::span::Span;
use crate::token;

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

/// Legal forms as Reuters at times writes them, in lower case (`Key Tronic
/// corp`).
pub const LOWER_CASE_SUFFIXES: &[&str] = &["corp", "inc", "co", "ltd", "plc"];

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

/// `Goldman, Sachs and Co`, `Dillon, Read and Co Inc`: names of partners
/// joined by a comma and `and` before `Co` become one mention each.
pub fn partners(gazetteer: &Gazetteer, doc: &mut Document) {
    let text = doc.text.as_str();
    // Each name, with the known company it names if any.
    let mut found: Vec<(Span, Option<EntityRef>)> = Vec::new();
    for at in memchr::memmem::find_iter(text.as_bytes(), " and Co") {
        let co_end = at + " and Co".len();
        if text[co_end..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let Some((first, second)) = partner_names(text, at) else {
            continue;
        };
        let span = Span::new(first.start, suffixes_end(text, co_end));
        // The two names without the comma, as the gazetteer may know them.
        let plain = format!("{} {}", first.as_str(text), second.as_str(text));
        let known = gazetteer
            .find(&plain)
            .into_iter()
            .filter(|h| h.span == Span::new(0, plain.len()))
            .flat_map(|h| gazetteer.matcher().form(h.form).entities.iter().copied())
            .find(|&e| gazetteer.entity(e).kind == EntityType::Org);
        found.push((span, known.map(EntityRef::Known)));
    }
    if found.is_empty() {
        return;
    }
    doc.mentions
        .retain(|m| !found.iter().any(|(span, _)| span.overlaps(m.span)));
    for (span, known) in found {
        let (entity, via, confidence) = match known {
            Some(e) => (e, Via::Alias, 0.8),
            None => (doc.discover_at(span, EntityType::Org), Via::Discovered, 0.6),
        };
        let mention = Mention::found(doc, span, entity, via, confidence);
        doc.mentions.push(mention);
    }
    doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// The two capitalised words of `W, Y and Co` whose ` and` starts at
/// `and`: `Y` right before it, `W` before `Y`'s comma.
fn partner_names(text: &str, and: usize) -> Option<(Span, Span)> {
    let name = |w: Span| {
        let word = w.as_str(text);
        word.len() >= 2
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.bytes().all(|b| b.is_ascii_alphabetic())
    };
    let second = token::word_before(text, and, 0).filter(|&w| w.end == and && name(w))?;
    let comma = second.start.checked_sub(2)?;
    if text.get(comma..second.start) != Some(", ") {
        return None;
    }
    let first = token::word_before(text, comma, 0).filter(|&w| w.end == comma && name(w))?;
    Some((first, second))
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

    /// The mentions (words, `via`) that resolving `text` with the
    /// gazetteer `rows` gives.
    fn mentions(rows: &str, text: &str) -> Vec<(String, &'static str)> {
        let rows = load::read_delimited(Path::new("g.tsv"), rows.as_bytes(), b'\t').unwrap();
        let g = Gazetteer::from_rows(rows).unwrap();
        let mut doc = Document::new("d", text);
        doc.sentences = crate::segment::sentences(text);
        let hits = g.find(text);
        crate::resolve::Resolver.resolve(&g, &mut doc, &hits);
        doc.mentions
            .iter()
            .map(|m| (m.span.as_str(text).to_string(), m.via.as_str()))
            .collect()
    }

    #[test]
    fn partners_joined_by_a_comma() {
        let spans = mentions(
            "id\tname\ttype\taliases\no1\tGoldman Sachs\tORG\t\n",
            "Shares were sold by Goldman, Sachs and Co and Dillon, Read and Co Inc. \
             Britain, France and Coventry met.",
        );
        let has = |s: &str, via: &str| spans.iter().any(|(t, v)| t == s && *v == via);
        // The known company when the gazetteer has the names without the
        // comma; a new one otherwise; no name before `and Coventry`.
        assert!(has("Goldman, Sachs and Co", "alias"), "{spans:?}");
        assert!(has("Dillon, Read and Co Inc", "discovered"), "{spans:?}");
        assert!(
            !spans.iter().any(|(s, _)| s.contains("France and")),
            "{spans:?}"
        );
    }

    #[test]
    fn known_companies_take_their_legal_form() {
        let spans = mentions(
            "id\tname\ttype\taliases\no1\tToyota Motor\tORG\t\np1\tWalt Disney\tPERSON\t\n",
            "Toyota Motor Corp and Walt Disney Co met.",
        );
        // Only an organisation's name grows; a person's name before a
        // legal form is read as a new company's.
        assert_eq!(
            spans,
            [
                ("Toyota Motor Corp".to_string(), "alias"),
                ("Walt Disney Co".to_string(), "discovered")
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
