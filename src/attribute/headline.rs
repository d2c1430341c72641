//! Headlines that attribute with a colon: `Trump: Cruz Has a Long Way to
//! Go`, `NY Daily News: Attacks Highlight Threat`, `Poll: Trump Ties
//! Clinton`. The source is the name before the colon, the content the rest
//! of the headline (the document's first line), the cue the colon.
//!
//! Owns: the shape of such a headline. Reads: `text`, `mentions`.

use super::party::Cand;
use super::Found;
use crate::doc::{Document, EntityType, Mention, QuoteKind};
use crate::lexicon;
use crate::span::Span;
use crate::token;

/// The longest source a headline names before its colon, in bytes.
const MAX_SOURCE: usize = 40;
/// The most words a source has (`Wash Post Fact-Check`, `Dr. Ben Carson`).
const MAX_SOURCE_WORDS: usize = 5;
/// The fewest words the content has.
const MIN_CONTENT_WORDS: usize = 3;
/// Common words that name a source on their own before a headline's colon.
const SOURCE_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "report",
    "study",
    "newspaper",
    "sources",
    "officials",
    "police",
    "experts",
    "analysts",
    "critics",
    "witnesses",
    "lawmakers",
    "aides",
    "prosecutors",
];
/// The longest headline, in bytes.
const MAX_HEADLINE: usize = 300;

/// The attribution of the document's headline, when its first line is
/// `Source: content` and more text follows it.
pub fn find(doc: &Document) -> Option<Found> {
    let text = doc.text.as_str();
    let line_end = text.find('\n')?;
    if line_end > MAX_HEADLINE || text[line_end..].trim().is_empty() {
        return None;
    }
    let line = &text[..line_end];
    let mut head = (MAX_SOURCE + 2).min(line.len());
    while !line.is_char_boundary(head) {
        head -= 1;
    }
    // The first `: ` of a few dozen bytes: a search for the colon, with no
    // substring searcher built for every document.
    let near = &line.as_bytes()[..head];
    let colon = memchr::memchr_iter(b':', near).find(|&i| near.get(i + 1) == Some(&b' '))?;
    let source = Span::new(0, colon);
    let words: Vec<Span> = token::words(text, source).collect();
    let first = words.first()?;
    if first.start != 0 || words.len() > MAX_SOURCE_WORDS || !source_shape(text, source, &words) {
        return None;
    }
    let after = colon + 2;
    let rest = line[after..].trim_end();
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    let content = Span::new(after, after + rest.len());
    if token::words(text, content).count() < MIN_CONTENT_WORDS {
        return None;
    }
    Some(Found {
        kind: QuoteKind::Indirect,
        content,
        fragments: Vec::new(),
        cue: Some(Span::new(colon, colon + 1)),
        speaker: Some(speaker(doc, source, &words)?),
        addressee: None,
        rules: vec!["headline-colon"],
        confidence: 0.6,
    })
}

/// True when the words before the colon can name a source: each starts
/// with a capital letter (`Dr.`, `NY`, `Fact-Check`), none is a digit, and
/// the source is not written all in capitals (`LONDON:`, `UPDATE:`).
fn source_shape(text: &str, source: Span, words: &[Span]) -> bool {
    let s = source.as_str(text);
    let gaps_ok = s
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
    gaps_ok
        && s.chars().any(char::is_lowercase)
        && words.iter().all(|w| {
            let word = w.as_str(text);
            word.starts_with(|c: char| c.is_uppercase())
        })
}

/// The source as a party: a mention that ends where it ends, else one
/// common word that names a kind of source (`Poll`, `Newspaper`), else a
/// name to discover; `None` for any other common word.
fn speaker(doc: &Document, source: Span, words: &[Span]) -> Option<Cand> {
    let text = doc.text.as_str();
    let i = doc.mentions.partition_point(|m| m.span.end < source.end);
    if let Some(m) = doc.mentions.get(i).filter(|m| m.span.end == source.end) {
        return Some(Cand::Mention(m.span));
    }
    let word = source.as_str(text);
    if words.len() == 1 && lexicon::is_common_word_any(word) {
        // Only words that name a source (`Result: Nadal 6-7 ...` is none),
        // or the surname of someone the story names in full (`Trump:`,
        // `Lynch:`).
        let lower = word.to_lowercase();
        if SOURCE_NOUNS.contains(&lower.as_str()) {
            return Some(Cand::Class(source));
        }
        let surname = |m: &Mention| {
            m.span.start > source.end
                && m.span.as_str(text).rsplit(' ').next() == Some(word)
                && m.span.as_str(text).contains(' ')
        };
        return doc
            .mentions
            .iter()
            .any(surname)
            .then_some(Cand::Discover(source, EntityType::Person));
    }
    let kind = match words.first().map(|w| w.as_str(text)) {
        Some(w) if lexicon::given_name(w).is_some() || lexicon::title(w).is_some() => {
            EntityType::Person
        }
        _ => EntityType::Org,
    };
    Some(Cand::Discover(source, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Speaker words, content and the kind of speaker.
    type Attribution = (String, String, String);

    fn found(text: &str) -> Option<Attribution> {
        let doc = Document::new("d", text);
        find(&doc).map(|f| {
            let who = f
                .speaker
                .as_ref()
                .map(|c| c.span().as_str(text).to_string())
                .unwrap_or_default();
            let kind = match f.speaker {
                Some(Cand::Class(_)) => "class",
                Some(Cand::Discover(_, EntityType::Person)) => "person",
                Some(Cand::Discover(..)) => "org",
                _ => "other",
            };
            (who, f.content.as_str(text).to_string(), kind.to_string())
        })
    }

    #[test]
    fn headline_cases() {
        let t = |who: &str, content: &str, kind: &str| {
            Some((who.to_string(), content.to_string(), kind.to_string()))
        };
        const BODY: &str = "\n\nThe body of the article follows here.";
        let cases: &[(&str, Option<Attribution>)] = &[
            (
                "Jonas Brandt: Tariffs Will Hurt Farmers Badly.",
                t("Jonas Brandt", "Tariffs Will Hurt Farmers Badly", "person"),
            ),
            (
                "Merovia Daily News: Floods Highlight Threat to Towns",
                t(
                    "Merovia Daily News",
                    "Floods Highlight Threat to Towns",
                    "org",
                ),
            ),
            (
                "Poll: Keller Ties Brandt in Race",
                t("Poll", "Keller Ties Brandt in Race", "class"),
            ),
            ("LONDON: Markets fell on Monday", None),
            ("Result: Brandt 6-3 6-4 Keller", None),
            ("Update 2: Markets fell on Monday", None),
            ("Brandt: No", None),
            ("Markets fell on Monday: a review of the week", None),
        ];
        for (headline, want) in cases {
            assert_eq!(&found(&format!("{headline}{BODY}")), want, "{headline}");
        }
        // A one-line document has no headline.
        assert_eq!(found("Jonas Brandt: Tariffs Will Hurt Farmers"), None);
    }
}
