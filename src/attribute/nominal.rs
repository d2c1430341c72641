//! Speech reported by a noun: `claims from Michael Howard that he led a
//! "grubby government"`, `the union's claim that jobs would go`. The
//! claimant must be named: `claims that X` alone is hearsay.

use super::party::{self, Cand};
use super::{indirect, Found};
use crate::doc::Document;
use crate::span::Span;
use crate::token;

/// The rule of the quotes found here.
pub const RULE: &str = "speech-noun-claimant-that";

/// The reported clause of the speech noun `cue` (`claim`, `claims`) in a
/// sentence whose words end at `body_end`, with its claimant.
pub fn find(doc: &Document, sent: Span, cue: Span, body_end: usize) -> Option<Found> {
    let text = doc.text.as_str();
    if !matches!(cue.as_str(text), "claim" | "claims") {
        return None;
    }
    let next = token::word_after(text, cue.end, body_end)?;
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
        (speaker, that)
    } else {
        // `the union's claim that ...`
        let owner = party::possessive_before(doc, cue, sent.start)?;
        (Cand::Mention(owner), next)
    };
    if that.as_str(text) != "that" {
        return None;
    }
    let start = text[that.end..body_end]
        .find(|c: char| !c.is_whitespace())
        .map(|i| that.end + i)?;
    let content = Span::new(start, indirect::reported_end(text, start, body_end, false));
    // Three words at least.
    token::words(text, content).nth(2)?;
    Some(Found::reported(text, content, cue, speaker, RULE, 0.7))
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
        let cue = text.find("claim").unwrap();
        let len = if text[cue..].starts_with("claims") {
            6
        } else {
            5
        };
        let f = find(
            &doc,
            doc.sentences[0],
            Span::new(cue, cue + len),
            text.len() - 1,
        )?;
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
            Some("jobs would go was denied")
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
