//! Speech reported by a noun: `claims from Michael Howard that he led a
//! "grubby government"`, `the union's claim that jobs would go`, `the
//! Fed's warning that rates would rise`. The claimant must be named:
//! `claims that X` alone is hearsay.

use super::party::{self, Cand};
use super::{indirect, Found};
use crate::doc::Document;
use crate::lexicon;
use crate::span::Span;
use crate::token;

/// The rule of the quotes found here.
pub const RULE: &str = "speech-noun-claimant-that";

/// The reported clause of the speech noun `cue` (`claim`, `claims`) in a
/// sentence whose words end at `body_end`, with its claimant.
pub fn find(doc: &Document, sent: Span, cue: Span, body_end: usize) -> Option<Found> {
    let text = doc.text.as_str();
    if !matches!(
        cue.as_str(text),
        "claim" | "claims" | "warning" | "warnings" | "promise" | "promises" | "pledge" | "pledges"
    ) {
        return None;
    }
    let next = token::word_after(text, cue.end, body_end)?;
    // Where the noun phrase starts: `claims`, or the claimant's name.
    let phrase_start;
    let (speaker, that) = if matches!(next.as_str(text), "from" | "by") {
        // `claims from Conservative leader Michael Howard that ...`: the
        // claimant is read back from `that`, as a subject from its cue.
        let that = token::words(text, Span::new(next.end, body_end))
            .take(10)
            .find(|w| w.as_str(text) == "that")?;
        let speaker = party::before(doc, that.start, next.end)
            .filter(|c| matches!(c, Cand::Mention(_) | Cand::Discover(..)))?;
        let end = party::end_of_postmodifier(doc, speaker.span().end, body_end);
        if !token::only_space_between(text, end, that.start) {
            return None;
        }
        phrase_start = token::word_before(text, cue.start, sent.start)
            .filter(|d| party::is_determiner(d.as_str(text)))
            .map_or(cue.start, |d| d.start);
        (speaker, that)
    } else {
        // `the union's claim that ...`
        let owner = party::possessive_before(doc, cue, sent.start)?;
        phrase_start = owner.start;
        (Cand::Mention(owner), next)
    };
    if that.as_str(text) != "that" {
        return None;
    }
    let start = text[that.end..body_end]
        .find(|c: char| !c.is_whitespace())
        .map(|i| that.end + i)?;
    let end = indirect::reported_end(text, start, body_end, false);
    // `replying to a warning from Turkey that it will stop Athens, repeated
    // today that ...`: a speech verb after a comma speaks for the sentence.
    let end = memchr::memmem::find_iter(&text.as_bytes()[start..end], b", ")
        .map(|c| start + c)
        .find(|&c| {
            token::word_after(text, c + 2, end).is_some_and(|w| {
                w.start == c + 2
                    && w.as_str(text).starts_with(|c: char| c.is_ascii_lowercase())
                    && lexicon::speech_verb_any_case(w.as_str(text)).is_some()
            })
        })
        .unwrap_or(end);
    // `Unison's claim that jobs would go was denied`: a claim that is the
    // sentence's subject has its clause end where the sentence's own verb
    // begins.
    let opens = token::word_before(text, phrase_start, sent.start).is_none_or(|w| {
        matches!(w.as_str(text), "But" | "And" | "Yet") && party::is_sentence_start(doc, w.start)
    });
    let end = if opens {
        sentence_verb(text, Span::new(start, end)).unwrap_or(end)
    } else {
        end
    };
    let content = Span::new(start, end);
    // Three words at least.
    token::words(text, content).nth(2)?;
    Some(Found::reported(text, content, cue, speaker, RULE, 0.7))
}

/// Where the verb of the sentence whose subject a clause completes
/// begins: the last passive after the clause's own finite verb (`was
/// denied`, `was strongly denied by`, `has been rejected`), or a past tense
/// after a dash or comma that closes an aside (`-- France being a major
/// producer -- won him applause`), whichever comes first.
fn sentence_verb(text: &str, clause: Span) -> Option<usize> {
    let words: Vec<Span> = token::words(text, clause).collect();
    let word = |i: usize| words.get(i).map_or("", |w| w.as_str(text));
    let first_finite = words
        .iter()
        .position(|w| indirect::is_finite_verb(w.as_str(text)))?;
    let lower = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase());
    let participle = |w: &str| w.len() > 3 && (w.ends_with("ed") || w.ends_with("en")) && lower(w);
    let past = |w: &str| {
        w.len() > 4 && w.ends_with("ed") && lower(w)
            || matches!(
                w,
                "came"
                    | "won"
                    | "drew"
                    | "led"
                    | "left"
                    | "made"
                    | "took"
                    | "gave"
                    | "sent"
                    | "brought"
            )
    };
    let after_aside = (first_finite + 2..words.len()).find(|&k| {
        let gap = &text[words[k - 1].end..words[k].start];
        (gap.contains("--") || gap.contains('\u{2014}') || gap.contains(',')) && past(word(k))
    });
    let passive = (first_finite + 2..words.len()).rev().find(|&k| {
        let mut next = match word(k) {
            "was" | "were" | "is" | "are" => k + 1,
            "has" | "have" | "had" if word(k + 1) == "been" => k + 2,
            _ => return false,
        };
        let adverb = word(next);
        if adverb.len() > 4 && adverb.ends_with("ly") {
            next += 1;
        }
        participle(word(next))
    });
    let k = [after_aside, passive].into_iter().flatten().min()?;
    Some(text[..words[k].start].trim_end().len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{EntityId, EntityRef, Mention, Via};

    fn content_of(text: &str, names: &[&str]) -> Option<String> {
        let mut doc = Document::new("t", text);
        doc.sentences = vec![Span::new(0, text.len())];
        for (i, name) in names.iter().enumerate() {
            let start = text.find(name).unwrap();
            let span = Span::new(start, start + name.len());
            let entity = EntityRef::Known(EntityId(i as u32));
            doc.mentions
                .push(Mention::found(&doc, span, entity, Via::Alias, 1.0));
        }
        // The first of the speech nouns, as a word.
        let cue = ["claims", "claim", "warning"]
            .iter()
            .filter_map(|n| {
                text.match_indices(n)
                    .find(|(i, _)| !text[i + n.len()..].starts_with(char::is_alphabetic))
                    .map(|(i, _)| Span::new(i, i + n.len()))
            })
            .min_by_key(|s| s.start)
            .unwrap();
        let f = find(&doc, doc.sentences[0], cue, text.len() - 1)?;
        Some(f.content.as_str(text).to_string())
    }

    #[test]
    fn a_named_claimant_reports_the_clause() {
        assert_eq!(
            content_of(
                "He shrugged off claims from Michael Howard that he led a bad government.",
                &["Michael Howard"]
            )
            .as_deref(),
            Some("he led a bad government")
        );
        assert_eq!(
            content_of("Unison's claim that jobs would go was denied.", &["Unison"]).as_deref(),
            Some("jobs would go")
        );
        assert_eq!(
            content_of(
                "Unison's claim that the vote was rigged was strongly denied by the board.",
                &["Unison"]
            )
            .as_deref(),
            Some("the vote was rigged")
        );
        assert_eq!(
            content_of(
                "But Unison's warning that it would strike -- the first time in years -- won it applause.",
                &["Unison"]
            )
            .as_deref(),
            Some("it would strike -- the first time in years --")
        );
        assert_eq!(
            content_of(
                "Greece, replying to a warning from Norland that it will stop Athens drilling, repeated today that it has rights.",
                &["Norland"]
            )
            .as_deref(),
            Some("it will stop Athens drilling")
        );
        // Not where the claim is an object: the clause runs to its end.
        assert_eq!(
            content_of(
                "The board denied Unison's claim that the vote was rigged and was ignored.",
                &["Unison"]
            )
            .as_deref(),
            Some("the vote was rigged and was ignored")
        );
    }

    #[test]
    fn a_claim_without_a_claimant_is_hearsay() {
        assert_eq!(
            content_of("He denied claims that jobs would go.", &[]),
            None
        );
        assert_eq!(
            content_of("The claims from the floor were loud.", &[]),
            None
        );
    }
}
