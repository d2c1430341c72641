//! Transcript lines: `TAPPER: Do you think Donald Trump has campaigned as a
//! racial healer?`, `Matthews: Well, speculation is bad.` A paragraph that
//! opens with a speaker's label and a colon holds that speaker's words to
//! its end.
//!
//! Only in a document with at least two such lines (a transcript, or an
//! exchange quoted line by line), and only labels that name a person the
//! document names (`TAPPER` for Jake Tapper): `UPDATE:`, `WASHINGTON:` or
//! `Note:` name nobody. The headline has its own rule ([`super::headline`]),
//! and a label before a quote mark is the direct quote's
//! (`transcript-speaker-colon`).
//!
//! Owns: the shape of a transcript line. Reads: `text`, `paragraphs`,
//! `mentions`.

use super::party::Cand;
use super::{indirect, Found};
use crate::doc::{Document, EntityType, Mention};
use crate::gazetteer::Gazetteer;
use crate::lexicon;
use crate::resolve::pronoun;
use crate::span::Span;
use crate::token;

/// The longest label, in bytes (`Former Secretary of State Clinton`).
const MAX_LABEL: usize = 40;
/// The most words a label has.
const MAX_LABEL_WORDS: usize = 4;
/// The fewest words a line's content has.
const MIN_CONTENT_WORDS: usize = 4;
/// The fewest transcript lines that make a document a transcript.
const MIN_LINES: usize = 2;

/// The attributions of the document's transcript lines, in text order;
/// none unless there are at least [`MIN_LINES`].
pub fn find(gazetteer: &Gazetteer, doc: &Document) -> Vec<Found> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    // Labels that name no person on their own, to try again against the
    // full names of the transcript's other labels (`TAPPER` after `JAKE
    // TAPPER:`).
    let mut unnamed = Vec::new();
    // The first paragraph is the headline.
    for para in doc.paragraphs.iter().skip(1) {
        if let Some((mut f, label)) = line(doc, *para) {
            f.speaker = speaker(gazetteer, doc, label);
            if f.speaker.is_some() {
                out.push(f);
            } else {
                unnamed.push((f, label));
            }
        }
    }
    let full_labels: Vec<&str> = out
        .iter()
        .filter_map(|f| f.speaker.as_ref())
        .map(|c| c.span().as_str(text))
        .filter(|l| l.contains(' '))
        .collect();
    // `WALLACE:` twice in an exchange with `PENCE:`: a moderator the
    // story names no further still speaks there.
    // Counted once: a long document may hold many such lines.
    let mut counts: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for (_, l) in &unnamed {
        *counts.entry(l.as_str(text)).or_default() += 1;
    }
    let repeated = |word: &str| counts.get(word).is_some_and(|&n| n >= 2);
    let capitals = |word: &str| {
        word.len() > 2 && word.bytes().all(|b| b.is_ascii_uppercase()) && !out.is_empty()
    };
    let labelled: Vec<bool> = unnamed
        .iter()
        .map(|(_, l)| {
            let word = l.as_str(text);
            !word.contains(' ')
                && (full_labels.iter().any(|f| has_surname(f, word))
                    || capitals(word) && repeated(word))
        })
        .collect();
    for ((mut f, label), named) in unnamed.into_iter().zip(labelled) {
        if named {
            f.speaker = Some(Cand::Discover(label, EntityType::Person));
            out.push(f);
        }
    }
    out.sort_by_key(|f| f.content.start);
    if out.len() < MIN_LINES || !has_repeated_label(text, &out) {
        out.clear();
    }
    out
}

/// True when some label opens two lines or more (`TAPPER: ...`, `FALLIN:
/// ...`, `TAPPER: ...`), as in an exchange; a list of headings names each
/// person once (`Jeb Bush: Student loans ...`, `Marco Rubio: Retirement
/// accounts ...`). Labels are compared by their last word, in any case.
fn has_repeated_label(text: &str, lines: &[Found]) -> bool {
    let last_word = |f: &Found| {
        let label = f.speaker.as_ref().map_or("", |c| c.span().as_str(text));
        last_word(label).to_lowercase()
    };
    let mut words: Vec<String> = lines.iter().map(last_word).collect();
    words.sort_unstable();
    words.windows(2).any(|w| w[0] == w[1])
}

/// The attribution of one paragraph when it has the shape of a transcript
/// line, with no speaker yet, and its label.
fn line(doc: &Document, para: Span) -> Option<(Found, Span)> {
    let text = doc.text.as_str();
    // `"WALLACE: Let's start ...`: a transcript quoted paragraph by
    // paragraph opens each line with a quote mark.
    let (para, quoted) = match para.as_str(text).strip_prefix(['"', '\u{201C}']) {
        Some(rest) => (Span::new(para.end - rest.len(), para.end), true),
        None => (para, false),
    };
    let body = para.as_str(text);
    // Most paragraphs fail on their first byte or have no colon near
    // their start: both tested on bytes.
    if !body.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let head = &body.as_bytes()[..(MAX_LABEL + 2).min(body.len())];
    let at = memchr::memchr(b':', head).filter(|&i| head.get(i + 1) == Some(&b' '))?;
    let colon = para.start + at;
    let label = Span::new(para.start, colon);
    if !label_shape(label.as_str(text)) {
        return None;
    }
    let after = colon + 2;
    let rest = text[after..para.end].trim();
    // `Clinton: “We learned ...”`: the direct quote's.
    if rest.starts_with(['"', '\u{201C}', '\u{201D}', '\u{AB}', '\u{201E}']) {
        return None;
    }
    // Spoken words end a sentence, on one line: not a list's heading
    // (`Sanders: Win in a walk`, `Jeb Bush: Student loans ¶ Some big
    // ideas ...`) or a table's row (`Hillary Clinton: 1,769`).
    let spoken = rest.starts_with(char::is_alphabetic)
        && rest.ends_with(['.', '?', '!', '\u{2026}', '"', '\u{201D}', ')'])
        && !rest.contains('\n');
    if !spoken {
        return None;
    }
    // The mark that closes the last quoted line is not the speaker's.
    let rest = match rest.strip_suffix(['"', '\u{201D}']) {
        Some(r) if quoted => r,
        _ => rest,
    };
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    let start = after + (text[after..para.end].len() - text[after..para.end].trim_start().len());
    let content = Span::new(start, start + rest.len());
    token::words(text, content).nth(MIN_CONTENT_WORDS - 1)?;
    let f = Found {
        kind: indirect::kind_of(text, content),
        content,
        fragments: Vec::new(),
        cue: Some(Span::new(colon, colon + 1)),
        speaker: None,
        addressee: None,
        rules: vec!["transcript-line"],
        confidence: 0.7,
    };
    Some((f, label))
}

/// True when `label` has the shape of a speaker's label: one to four words,
/// each opening with a capital (`Sen.`, `O'Rourke`, `JAKE TAPPER`).
fn label_shape(label: &str) -> bool {
    let mut words = 0;
    for w in label.split(' ') {
        words += 1;
        let capital = w.starts_with(|c: char| c.is_uppercase());
        let chars_ok = w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '\u{2019}'));
        if !capital || !chars_ok || words > MAX_LABEL_WORDS {
            return false;
        }
    }
    words > 0
}

/// The person a label names: a person's mention that is the whole label,
/// or a label whose last word is the surname of a person the document
/// names in full (`TAPPER`, `Matthews`), in any case.
fn speaker(gazetteer: &Gazetteer, doc: &Document, label: Span) -> Option<Cand> {
    let text = doc.text.as_str();
    let is_person =
        |m: &Mention| pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Person;
    let i = doc.mentions.partition_point(|m| m.span.start < label.start);
    if let Some(m) = doc.mentions.get(i).filter(|m| m.span == label) {
        return is_person(m).then_some(Cand::Mention(m.span));
    }
    let mut words = label.as_str(text).split(' ');
    // `JAKE TAPPER`: a given name and a surname, in any case.
    let first = words.next().unwrap_or_default();
    let last = words.next_back();
    if last.is_some() && lexicon::given_name(&title_case(first)).is_some() {
        return Some(Cand::Discover(label, EntityType::Person));
    }
    let last = last.unwrap_or(first);
    doc.mentions
        .iter()
        .any(|m| has_surname(m.span.as_str(text), last) && is_person(m))
        .then_some(Cand::Discover(label, EntityType::Person))
}

/// The last word of a name or label (`Tapper` of `Jake Tapper`).
fn last_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// True when `full` is a name of several words whose last is `surname`, in
/// any case (`Jake Tapper`, `TAPPER`).
fn has_surname(full: &str, surname: &str) -> bool {
    full.contains(' ') && last_word(full).eq_ignore_ascii_case(surname)
}

/// `JAKE` -> `Jake`, `jake` -> `Jake`.
pub(super) fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (i, c) in word.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_shapes() {
        for l in ["TAPPER", "Matthews", "JAKE TAPPER", "Sen. O'Rourke"] {
            assert!(label_shape(l), "{l}");
        }
        for l in ["", "Update 2", "the president", "A B C D E", "Q&A"] {
            assert!(!label_shape(l), "{l}");
        }
    }
}
