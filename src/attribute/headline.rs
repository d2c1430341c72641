//! Headlines that attribute with a colon: `Trump: Cruz Has a Long Way to
//! Go`, `NY Daily News: Attacks Highlight Threat`, `Poll: Trump Ties
//! Clinton`, `Clinton to Planned Parenthood: Trump will reverse Roe v.
//! Wade`, `Mukasey at RNC: ...`. The source is the name before the colon
//! (and before a preposition), the addressee what `to` names, the content
//! the rest of the headline (the document's first line), the cue the colon.
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
    let mut head = (2 * MAX_SOURCE + 2).min(line.len());
    while !line.is_char_boundary(head) {
        head -= 1;
    }
    // The first `: ` of a few dozen bytes: a search for the colon, with no
    // substring searcher built for every document.
    let near = &line.as_bytes()[..head];
    let colon = memchr::memchr_iter(b':', near).find(|&i| near.get(i + 1) == Some(&b' '))?;
    let before_colon: Vec<Span> = token::words(text, Span::new(0, colon)).collect();
    // `Clinton to Planned Parenthood:`, `Mukasey at RNC:`, `Obama on
    // Trump:`: the source is the words before the preposition, and `to`
    // names whom the words were said to.
    let preposition = before_colon
        .iter()
        .skip(1)
        .position(|w| matches!(w.as_str(text), "to" | "To" | "at" | "At" | "on" | "On"));
    let (words, target) = match preposition {
        Some(i) => {
            let (words, rest) = before_colon.split_at(i + 1);
            let to = matches!(rest[0].as_str(text), "to" | "To");
            let target = rest.get(1).map(|w| Span::new(w.start, colon));
            (words, target.filter(|_| to))
        }
        None => (&before_colon[..], None),
    };
    let first = words.first()?;
    let source = Span::new(0, words.last()?.end);
    if first.start != 0
        || words.len() > MAX_SOURCE_WORDS
        || before_colon.len() > 2 * MAX_SOURCE_WORDS
        || !source_shape(text, source, words)
    {
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
        speaker: Some(speaker(doc, source, words)?),
        addressee: target.and_then(|t| mention_ending(doc, t)),
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

/// A mention that ends where `span` ends and starts inside it.
fn mention_ending(doc: &Document, span: Span) -> Option<Cand> {
    let i = doc.mentions.partition_point(|m| m.span.end < span.end);
    doc.mentions
        .get(i)
        .filter(|m| m.span.end == span.end && m.span.start >= span.start)
        .map(|m| Cand::Mention(m.span))
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
    // `Former AG Mukasey:`: a surname of someone the story names in full
    // is that person's, whatever words come before it.
    if let Some(last) = words.last().filter(|_| words.len() > 1) {
        let surname = last.as_str(text);
        let named_later = doc.mentions.iter().any(|m| {
            m.span.start > source.end
                && m.span.as_str(text).rsplit(' ').next() == Some(surname)
                && m.span.as_str(text).contains(' ')
        });
        let first = words[0].as_str(text);
        if named_later && lexicon::title(first).is_none() && lexicon::given_name(first).is_none() {
            return Some(Cand::Discover(*last, EntityType::Person));
        }
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
    use crate::doc::{EntityId, EntityRef, Via};

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
            (
                "Jonas Brandt to Farmers: Tariffs Will Hurt You",
                t("Jonas Brandt", "Tariffs Will Hurt You", "person"),
            ),
            (
                "Jonas Brandt at Convention: Tariffs Will Hurt Farmers",
                t("Jonas Brandt", "Tariffs Will Hurt Farmers", "person"),
            ),
            ("Talks on Tariffs to Resume in Geneva: a Timeline", None),
            ("LONDON: Markets fell on Monday", None),
            ("Result: Brandt 6-3 6-4 Keller", None),
            ("Update 2: Markets fell on Monday", None),
            ("Brandt: No", None),
            ("Markets fell on Monday: a review of the week", None),
        ];
        for (headline, want) in cases {
            assert_eq!(&found(&format!("{headline}{BODY}")), want, "{headline}");
        }
        // A surname after other words is that of the person the story
        // names in full; not after a given name.
        let named = |headline: &str, full: &str| {
            let text = format!("{headline}\n\n{full} spoke on Monday.");
            let mut doc = Document::new("d", &text);
            let at = text.rfind(full).unwrap();
            let span = Span::new(at, at + full.len());
            let m = Mention::found(&doc, span, EntityRef::Known(EntityId(0)), Via::Alias, 1.0);
            doc.mentions.push(m);
            find(&doc).map(|f| (f.speaker.unwrap(), f.content.as_str(&text).to_string()))
        };
        let (who, content) = named(
            "Former AG Mukasey at Convention: Tariffs Hurt Farmers",
            "Michael Mukasey",
        )
        .unwrap();
        assert_eq!(content, "Tariffs Hurt Farmers");
        assert!(matches!(who, Cand::Discover(s, EntityType::Person) if s == Span::new(10, 17)));
        let (who, _) = named("Jonas Mukasey: Tariffs Hurt Farmers", "Michael Mukasey").unwrap();
        assert!(matches!(who, Cand::Discover(s, EntityType::Person) if s == Span::new(0, 13)));
        // A one-line document has no headline.
        assert_eq!(found("Jonas Brandt: Tariffs Will Hurt Farmers"), None);
    }
}
