//! Naming speech acts with quoted words: `Brady has called it “derisory”`,
//! `IATA, which has attacked the package as a “bad piece of legislation”`,
//! `Shepherd, who accused the striker of “cheating”`.
//!
//! The quoted words are the speaker's own, however short (a direct quote,
//! not scare quotes), and the speaker is whoever does the naming: the
//! party right before the verb. Passives (`was accused of “cheating”`) name
//! no speaker and are left alone.

use super::party::{self, Cand};
use super::Found;
use crate::doc::{Document, QuoteKind};
use crate::span::Span;
use crate::token;

/// Words allowed between the verb and the quote (`the package as a`).
const MAX_OBJECT_WORDS: usize = 6;

/// The word a naming verb needs right before the quoted words (an article
/// may follow it): `described it as a “...”`, `accused him of “...”`.
#[derive(Clone, Copy, PartialEq)]
enum Link {
    /// `called it “...”`: nothing.
    Direct,
    As,
    Of,
}

/// The naming verb `word` is a form of, with the link it needs.
fn naming_verb(word: &str) -> Option<Link> {
    let link = match word {
        "call" | "calls" | "called" | "calling" | "label" | "labels" | "labelled" | "labeled"
        | "labelling" | "labeling" | "brand" | "brands" | "branded" | "branding" | "dub"
        | "dubs" | "dubbed" | "dubbing" | "termed" => Link::Direct,
        "describe" | "describes" | "described" | "describing" | "attack" | "attacks"
        | "attacked" | "attacking" | "dismiss" | "dismisses" | "dismissed" | "dismissing"
        | "denounce" | "denounces" | "denounced" | "denouncing" | "condemn" | "condemns"
        | "condemned" | "condemning" | "criticise" | "criticises" | "criticised"
        | "criticising" | "criticize" | "criticizes" | "criticized" | "criticizing"
        | "characterise" | "characterised" | "characterize" | "characterized" | "hail"
        | "hailed" | "slammed" => Link::As,
        "accuse" | "accuses" | "accused" | "accusing" => Link::Of,
        _ => return None,
    };
    Some(link)
}

/// The naming act whose quoted words (`content`, opening at `open`) end
/// its clause in sentence `sent`, with the speaker before the verb.
pub fn find(doc: &Document, sent: Span, open: usize, content: Span) -> Option<Found> {
    let text = doc.text.as_str();
    let lo = sent.start;
    // Walk back from the quote over the object to the verb.
    let mut pos = open;
    // The object's words, nearest the quote first: at most one per turn
    // of the loop, on the stack.
    let mut object = [Span::new(0, 0); MAX_OBJECT_WORDS + 1];
    for n in 0..=MAX_OBJECT_WORDS {
        let w = token::word_before(text, pos, lo)?;
        // The object holds no punctuation but possessives and hyphens.
        if !text[w.end..pos]
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '\'' | '’' | '-'))
        {
            return None;
        }
        let word = w.as_str(text);
        if let Some(link) = naming_verb(word) {
            return linked(text, link, &object[..n])
                .then(|| speaker(doc, w, lo))
                .flatten()
                .map(|speaker| Found {
                    kind: QuoteKind::Direct,
                    content,
                    fragments: Vec::new(),
                    cue: Some(w),
                    speaker: Some(speaker),
                    addressee: None,
                    rules: vec!["naming-speech-act"],
                    confidence: 0.7,
                });
        }
        object[n] = w;
        pos = w.start;
    }
    None
}

/// True when the object words (nearest the quote first) fit the verb's
/// link: `as a`, `of`, or, for `call`, anything but a particle (`called
/// for`, `called on`).
fn linked(text: &str, link: Link, object: &[Span]) -> bool {
    let word = |i: usize| object.get(i).map(|w| w.as_str(text).to_ascii_lowercase());
    let last = |i: usize| object.len().checked_sub(i + 1).and_then(word);
    match link {
        Link::Direct => !matches!(
            last(0).as_deref(),
            Some("for" | "on" | "off" | "up" | "in" | "out" | "back" | "upon")
        ),
        Link::As | Link::Of => {
            let want = if link == Link::As { "as" } else { "of" };
            let article = matches!(word(0).as_deref(), Some("a" | "an" | "the"));
            word(usize::from(article)).as_deref() == Some(want)
        }
    }
}

/// Who does the naming: the party right before the verb at `verb`, or,
/// after `, which`, the organisation before the comma. `so-called` and
/// passives (`was accused of`) have none.
fn speaker(doc: &Document, verb: Span, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    if text[..verb.start].ends_with('-') {
        return None;
    }
    let mut end = verb.start;
    for _ in 0..2 {
        let w = token::word_before(text, end, lo)?;
        if !token::only_space_between(text, w.end, end) {
            break;
        }
        match w.as_str(text) {
            "was" | "were" | "is" | "are" | "be" | "been" | "being" => return None,
            "has" | "have" | "had" | "also" | "publicly" | "repeatedly" => end = w.start,
            "which" => {
                let comma = text[lo..w.start].trim_end();
                return comma
                    .strip_suffix(',')
                    .and_then(|head| party::before(doc, lo + head.len(), lo));
            }
            _ => break,
        }
    }
    party::before(doc, end, lo)
}

#[cfg(test)]
mod tests {
    use crate::doc::Document;
    use crate::gazetteer::{Gazetteer, Row};

    /// The quotes found in `text` as (content, speaker mention, rules).
    fn quotes(text: &str) -> Vec<(String, Option<String>, String)> {
        let row = |id: &str, name: &str| Row {
            id: id.into(),
            name: name.into(),
            kind: crate::doc::EntityType::Person,
            aliases: Vec::new(),
            part_of: None,
            located_in: None,
            role: None,
            path: std::path::PathBuf::from("t.tsv"),
            line: 1,
        };
        let g =
            Gazetteer::from_rows(vec![row("Q1", "Anna Keller"), row("Q2", "Tomas Reich")]).unwrap();
        let pipeline = crate::Pipeline::with_gazetteer(g);
        let mut doc = Document::new("d", text);
        pipeline.annotate(&mut doc);
        doc.quotes
            .iter()
            .map(|q| {
                (
                    q.content.as_str(text).to_string(),
                    q.speaker
                        .as_ref()
                        .and_then(|s| s.mention)
                        .map(|m| m.as_str(text).to_string()),
                    q.rules.join("+"),
                )
            })
            .collect()
    }

    #[test]
    fn the_namer_says_the_quoted_words() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Tomas Reich made a bid. Anna Keller has called it “derisory”.",
                "derisory",
                "Anna Keller",
            ),
            (
                "Tomas Reich, who accused the striker of \"cheating\" the club, left.",
                "cheating",
                "who",
            ),
            (
                "Anna Keller attacked the package as a “bad piece of law” on Monday.",
                "bad piece of law",
                "Anna Keller",
            ),
        ];
        for (text, content, speaker) in cases {
            let got = quotes(text);
            assert!(
                got.iter().any(|(c, s, r)| c == content
                    && s.as_deref() == Some(speaker)
                    && r.contains("naming-speech-act")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn scare_quotes_without_a_namer_stay_unattributed() {
        for text in [
            "Anna Keller was accused of “cheating” by the league.",
            "The so-called “reform” failed, Anna Keller wrote in a blog.",
            "Anna Keller called for a “review” of the rules.",
            "Anna Keller described the “plan” in detail.",
        ] {
            let got = quotes(text);
            assert!(
                got.iter().all(|(_, _, r)| !r.contains("naming-speech-act")),
                "{text}: {got:?}"
            );
        }
    }
}
