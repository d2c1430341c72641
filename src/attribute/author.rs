//! Documents that speak for their authors: `"...," the report said` after
//! `a World Bank report` is the World Bank's.
//!
//! Owns: the nouns of documents ([`is_document_noun`]) and the author of
//! `the report` named where the document was last mentioned
//! ([`author_before`]).
//! Reads: `text`, `sentences`, `mentions`, and the gazetteer for the
//! author's type.

use crate::doc::{Document, EntityType, Mention};
use crate::gazetteer::Gazetteer;
use crate::lexicon;
use crate::resolve::pronoun;
use crate::span::Span;
use crate::token;

use super::party;

/// True for a noun of a document that may speak, in lower case (`report`,
/// `study`, `statement`), singular or a plural of records (`figures`).
pub fn is_document_noun(lower: &str) -> bool {
    party::is_records(lower)
        || matches!(
            lower,
            "report"
                | "study"
                | "survey"
                | "research"
                | "analysis"
                | "poll"
                | "paper"
                | "statement"
                | "document"
                | "memo"
                | "letter"
                | "filing"
                | "ruling"
                | "review"
                | "audit"
                | "article"
                | "editorial"
                | "assessment"
                | "forecast"
        )
}

/// How far back the document's last mention is looked for, in bytes.
const LOOK_BACK: usize = 4000;

/// The author of the document that `span` describes (`the report`, `the
/// new study`: definite, ending in a document noun), as the text named it
/// where that noun was last written before: a name right before it (`a
/// World Bank report`, `the OECD's annual report`), after `by` or `from`
/// (`a report by Italy's Budget Ministry`), or the subject of the cue or
/// verb it follows (`The IMF said in a report`, `Ifo published its
/// survey`). Only an organisation, a person or a place writes.
pub fn author_before<'d>(
    gazetteer: &Gazetteer,
    doc: &'d Document,
    span: Span,
) -> Option<&'d Mention> {
    let text = doc.text.as_str();
    let words = span.as_str(text);
    if !(words.starts_with("the ") || words.starts_with("The ")) {
        return None;
    }
    let noun = token::after_last_space(words);
    // Not a document named by its own words (`the YouGov poll`).
    let named = words[4..words.len() - noun.len()]
        .split_whitespace()
        .any(|w| !w.bytes().all(|b| b.is_ascii_lowercase()));
    if named || !token::with_lower(noun, is_document_noun) {
        return None;
    }
    let mut lo = span.start.saturating_sub(LOOK_BACK);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &text[lo..span.start];
    // The same noun, newest first, as a whole word.
    let mut end = before.len();
    for _ in 0..4 {
        let at = before[..end].rfind(noun)?;
        end = at;
        let start = lo + at;
        let whole = !before[..at].ends_with(char::is_alphanumeric)
            && !before[at + noun.len()..].starts_with(char::is_alphanumeric);
        if !whole {
            continue;
        }
        let noun_span = Span::new(start, start + noun.len());
        let writes = |m: &&Mention| {
            matches!(
                pronoun::entity_type(gazetteer, doc, m.entity),
                EntityType::Org | EntityType::Person | EntityType::Gpe
            ) && !lexicon::is_month(m.span.as_str(text))
        };
        if let Some(m) = author_of(doc, noun_span).filter(writes) {
            return Some(m);
        }
        // `the report` again: the one named before it. A document named
        // with no author (`a new report`) speaks for itself.
        let definite = token::word_before(text, start, lo)
            .is_some_and(|w| matches!(w.as_str(text), "the" | "The"));
        if !definite {
            return None;
        }
    }
    None
}

/// The author of the document named by the noun at `noun`: a name before
/// it with at most two lower-case words or a possessive between, a name
/// after `by` or `from` (past words that describe it), else the subject of
/// the cue or verb of making the phrase follows.
fn author_of(doc: &Document, noun: Span) -> Option<&Mention> {
    let text = doc.text.as_str();
    let sent = *doc.sentences.get(doc.sentence_at(noun.start) as usize)?;
    // `a World Bank report`, `the OECD's annual report`.
    let mut pos = noun.start;
    let mut opener = None;
    for _ in 0..3 {
        let head = text[sent.start.min(pos)..pos].trim_end();
        let head_end = sent.start + head.len();
        let owner_end = head_end
            - ["'s", "\u{2019}s"]
                .iter()
                .find(|p| head.ends_with(*p))
                .map_or(0, |p| p.len());
        // The whole name (not `London` in `University College London`).
        let whole = |m: &&Mention| {
            !token::word_before(text, m.span.start, sent.start).is_some_and(|p| {
                token::only_space_between(text, p.end, m.span.start)
                    && token::is_capitalised(p.as_str(text))
                    && !party::is_determiner(p.as_str(text))
            })
        };
        if let Some(m) = party::mention_ending_at(&doc.mentions, owner_end) {
            return Some(m).filter(whole);
        }
        // Words next to each other: not `from High Street developers,
        // tests show`.
        let w = token::word_before(text, pos, sent.start)
            .filter(|w| token::only_space_between(text, w.end, pos))?;
        let word = w.as_str(text);
        if party::is_determiner(word) {
            opener = Some(w);
            break;
        }
        if !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        pos = w.start;
    }
    // `a report by Italy's Budget Ministry`, `a report from the OECD`.
    let by = token::word_after(text, noun.end, sent.end)
        .filter(|b| matches!(b.as_str(text), "by" | "from"))
        .filter(|b| token::only_space_between(text, noun.end, b.start));
    if let Some(by) = by {
        let mut at = token::word_after(text, by.end, sent.end)?;
        if matches!(at.as_str(text), "the" | "The") {
            at = token::word_after(text, at.end, sent.end)?;
        }
        // Not a name that modifies one no gazetteer knows (`the US Pew
        // Research Center`).
        let name = party::described_name(doc, at.start, sent.end)?;
        let modifies = token::word_after(text, name.end, sent.end).is_some_and(|n| {
            token::only_space_between(text, name.end, n.start)
                && token::is_capitalised(n.as_str(text))
        });
        return party::mention_starting_at(&doc.mentions, name.start).filter(|_| !modifies);
    }
    // `The IMF said in a report`, `Ifo published its survey`: the name
    // right before the cue or the verb, with an adverb between at most.
    let opener = opener?;
    let mut verb = token::word_before(text, opener.start, sent.start)?;
    let made = matches!(
        verb.as_str(text),
        "published" | "released" | "issued" | "presented" | "submitted" | "unveiled"
    );
    if !made {
        if !matches!(verb.as_str(text), "in" | "with") {
            return None;
        }
        verb = token::word_before(text, verb.start, sent.start)?;
        super::is_cue_word(verb.as_str(text))?;
    }
    let mut subject_end = text[sent.start..verb.start].trim_end().len() + sent.start;
    if let Some(adverb) = token::word_before(text, verb.start, sent.start)
        .filter(|a| matches!(a.as_str(text), "also" | "today" | "yesterday" | "recently"))
    {
        subject_end = text[sent.start..adverb.start].trim_end().len() + sent.start;
    }
    // The whole subject (not `the Department's counselor in Belgrade`).
    party::mention_ending_at(&doc.mentions, subject_end)
        .filter(|m| !m.modifier && party::starts_clause(doc, m.span))
}
