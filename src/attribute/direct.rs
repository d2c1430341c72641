//! Direct speech: passages in quote marks.
//!
//! Finds the quoted passages of each paragraph (curly, straight, guillemets
//! and low-9 marks), tolerating unbalanced marks: a quote left open at the
//! end of a paragraph ends there (news style for a quote that continues in
//! the next paragraph), and a stray mark never derails later paragraphs.

use std::sync::LazyLock;

use crate::lexicon;
use crate::span::Span;

/// A quoted passage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// The opening mark's start.
    pub open: usize,
    /// The words inside the marks, trimmed of spaces.
    pub content: Span,
    /// The end of the closing mark, or of the paragraph when unclosed.
    pub close: usize,
    /// True when a closing mark was found.
    pub closed: bool,
    /// Index of the paragraph.
    pub paragraph: usize,
}

/// The closing marks for an opening one. Some texts mix straight and
/// curly marks in one quote (`"Nothing we could do ...,” Kagan said`).
fn closer(open: char) -> Option<&'static [char]> {
    match open {
        '\u{201C}' => Some(&['\u{201D}', '"']),        // “ ” or “ "
        '"' => Some(&['"', '\u{201D}']),               // " " or " ”
        '\u{AB}' => Some(&['\u{BB}']),                 // « »
        '\u{201E}' => Some(&['\u{201C}', '\u{201D}']), // „ “ or „ ”
        '\u{201D}' => Some(&['\u{201D}', '"']),        // ” ” (see `right_mark_opens`)
        _ => None,
    }
}

/// True when a straight `"` at `i` opens rather than closes: at a word's
/// start (after space, an opening bracket, a dash or the paragraph start).
fn straight_opens(text: &str, i: usize) -> bool {
    match text[..i].chars().next_back() {
        None => true,
        Some(c) => {
            c.is_whitespace() || matches!(c, '(' | '[' | '\u{2014}' | '\u{2013}' | '-' | ':')
        }
    }
}

/// True when a straight `"` at `i` (of `len` bytes), met with no quote
/// open, opens one with the space before it left out: a sentence ends
/// right before it and a capital follows (`on the red carpet."It's
/// unlike anything`).
fn opens_after_stop(text: &str, i: usize, len: usize) -> bool {
    text[..i].ends_with(['.', '?', '!'])
        && text[i + len..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// True when a right mark `”` at `i` (of `len` bytes), met with no quote
/// open, opens one: at a word's start and right before a letter or digit
/// (`¶”Fear. I am truly afraid ...”`, a typist's slip). A right mark that
/// closes nothing anywhere else is stray and opens nothing.
fn right_mark_opens(text: &str, i: usize, len: usize) -> bool {
    straight_opens(text, i)
        && text[i + len..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// True when a straight `"` at `i` (of `len` bytes) met inside an open
/// straight quote opens a new one instead of closing it: a space before it,
/// a capital letter right after it, and the end of a sentence before the
/// space (`it remains. "He's been`). A closing mark never has a space
/// before it in news text.
fn reopens(text: &str, i: usize, len: usize) -> bool {
    let before = text[..i].trim_end_matches(' ');
    if before.len() == i {
        return false;
    }
    let sentence_end = before.ends_with(['.', '?', '!']) || before.ends_with("...");
    let capital = text[i + len..]
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase());
    sentence_end && capital
}

/// True when an opening mark at `i` (of `len` bytes) stands where only a
/// closing one can: right after a word or punctuation, before a space or
/// the end (`“Do you want that?“ he asked`, a typist's slip).
fn closes_as_opener(text: &str, i: usize, len: usize) -> bool {
    let after_word = text[..i]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace() && !matches!(c, '(' | '[' | '\u{2014}' | '\u{2013}'));
    let before_space = text[i + len..]
        .chars()
        .next()
        .is_none_or(char::is_whitespace);
    after_word && before_space
}

/// Every quoted passage in `text`, paragraph by paragraph, in order.
pub fn quoted_passages(text: &str, paragraphs: &[Span]) -> Vec<Quoted> {
    let mut out = Vec::new();
    // Looked for once in the whole text rather than in each paragraph:
    // most texts have no doubled apostrophe, and a search of each
    // paragraph set up a searcher each time.
    let doubled = doubled_apostrophe().find(text.as_bytes()).is_some();
    // With no doubled apostrophe, the marks of the whole text in one
    // search, each paragraph's found among them by its span: a search per
    // paragraph set up a searcher for each of its (mostly short)
    // paragraphs. A mark is one char, so it lies inside a paragraph or
    // outside it, and is found the same either way.
    let mut all = Vec::new();
    if !doubled {
        marks(text, false, &mut all);
    }
    // One buffer for the marks of every paragraph.
    let mut found = Vec::new();
    for (pi, para) in paragraphs.iter().enumerate() {
        let mut open: Option<(usize, char, usize)> = None;
        let mut inner = false;
        // Offsets from the text's start (`base` 0), or from the
        // paragraph's.
        let (para_marks, base) = if doubled {
            marks(&text[para.start..para.end], doubled, &mut found);
            (&found[..], para.start)
        } else {
            let from = all.partition_point(|m: &(usize, char, usize)| m.0 < para.start);
            let to = all.partition_point(|m: &(usize, char, usize)| m.0 < para.end);
            (&all[from..to.max(from)], 0)
        };
        for &(off, c, len) in para_marks {
            let i = base + off;
            match open {
                None => {
                    let opens = match c {
                        '"' => straight_opens(text, i) || opens_after_stop(text, i, len),
                        '\u{201D}' => right_mark_opens(text, i, len),
                        _ => closer(c).is_some(),
                    };
                    if opens {
                        open = Some((i, c, len));
                        inner = false;
                    }
                }
                Some((o, oc, olen)) => {
                    // Straight marks inside curly ones: a mark at a
                    // word's start opens a quote within the quote, and
                    // the next straight mark closes that one.
                    if c == '"' && oc != '"' && (inner || straight_opens(text, i)) {
                        inner = !inner;
                        continue;
                    }
                    let closes = closer(oc).is_some_and(|cl| cl.contains(&c))
                        || c == oc && c == '\u{201C}' && closes_as_opener(text, i, len);
                    if closes && c == '"' && oc == '"' && reopens(text, i, len) {
                        // `"A. "B."`: a new quote paragraph run into the
                        // same line; the first quote's closing mark is
                        // missing, and it ends before this mark.
                        push(&mut out, text, o, olen, i, i, false, pi);
                        open = Some((i, c, len));
                    } else if closes && i > o + olen {
                        push(&mut out, text, o, olen, i, i + len, true, pi);
                        open = None;
                    } else if c != '"' && c == oc {
                        // A second opening mark: the first was stray or
                        // its closing mark is missing. Start again here.
                        open = Some((i, c, len));
                        inner = false;
                    }
                }
            }
        }
        if let Some((o, _, olen)) = open {
            push(&mut out, text, o, olen, para.end, para.end, false, pi);
        }
    }
    out
}

/// The quote marks of a paragraph, in order, into `out` (cleared first):
/// `(offset, mark, byte length)`. Two apostrophes (`''`, a typewriter
/// double quote some archives use) count as a straight `"`; `doubled` is
/// false when the whole text has none.
fn marks(body: &str, doubled: bool, out: &mut Vec<(usize, char, usize)>) {
    let bytes = body.as_bytes();
    // Every other mark starts with one of these bytes (`"`, and the UTF-8
    // lead bytes of “ ” „ and « »): skip the rest of the text.
    out.clear();
    out.extend(
        memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes).filter_map(|off| {
            let c = quote_mark_at(bytes, off)?;
            Some((off, c, c.len_utf8()))
        }),
    );
    let finder = doubled_apostrophe();
    if doubled && finder.find(bytes).is_some() {
        let mut from = 0;
        while let Some(i) = finder.find(&bytes[from..]) {
            let at = from + i;
            // Not part of a longer run of apostrophes.
            let run_before = at > 0 && bytes[at - 1] == b'\'';
            let run_after = bytes.get(at + 2) == Some(&b'\'');
            if !run_before && !run_after {
                out.push((at, '"', 2));
            }
            from = at + 2;
        }
        out.sort_unstable_by_key(|m| m.0);
    }
}

/// The searcher for `''`, built once: building one cost about as much as
/// searching a document with it.
fn doubled_apostrophe() -> &'static memchr::memmem::Finder<'static> {
    static FINDER: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"''"));
    &FINDER
}

/// The quote mark whose bytes start at `bytes[off]`, if any: `"`, `“`, `”`,
/// `„`, `«` or `»`. Read from the bytes, not decoded: most of the lead
/// bytes [`marks`] stops at begin other characters (`’`, `—`), which no
/// quote's search reacts to.
fn quote_mark_at(bytes: &[u8], off: usize) -> Option<char> {
    match bytes.get(off..)? {
        [b'"', ..] => Some('"'),
        [0xE2, 0x80, 0x9C, ..] => Some('\u{201C}'),
        [0xE2, 0x80, 0x9D, ..] => Some('\u{201D}'),
        [0xE2, 0x80, 0x9E, ..] => Some('\u{201E}'),
        [0xC2, 0xAB, ..] => Some('\u{AB}'),
        [0xC2, 0xBB, ..] => Some('\u{BB}'),
        _ => None,
    }
}

#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<Quoted>,
    text: &str,
    open: usize,
    mark_len: usize,
    end: usize,
    close: usize,
    closed: bool,
    paragraph: usize,
) {
    let start = open + mark_len;
    let inner = &text[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    if inner.trim().is_empty() {
        return;
    }
    out.push(Quoted {
        open,
        content: Span::new(start + lead, end - trail),
        close,
        closed,
        paragraph,
    });
}

/// Number of words in a span.
pub fn word_count(text: &str, span: Span) -> usize {
    span.as_str(text).split_whitespace().count()
}

/// A passage long enough, or shaped enough like speech, to be a direct
/// quote rather than scare quotes around a term (`“imminent”`).
pub fn is_speech(text: &str, q: &Quoted, paragraph: Span) -> bool {
    let inner = q.content.as_str(text);
    let ends_like_speech =
        inner.ends_with([',', '.', '?', '!', '\u{2026}']) || inner.ends_with("...");
    let whole_paragraph = text[paragraph.start..q.open].trim().is_empty();
    // `Mr Howard told the BBC: "I reject that entirely".`: words a colon
    // introduces are said, however they end.
    let after_colon = text[paragraph.start..q.open].trim_end().ends_with(':');
    // `"I reject that entirely", he said.`: a quote that opens its
    // sentence, the comma outside the closing mark, then the attribution's
    // cue within a few words (not the quoted end of a reported clause:
    // `people would "legalise their property", he said`).
    let before = text[paragraph.start..q.open].trim_end();
    let opens_sentence = before.is_empty() || before.ends_with(['.', '?', '!', '"', '\u{201D}']);
    let comma_then_cue = opens_sentence
        && q.closed
        && text
            .get(q.close..)
            .and_then(|t| t.strip_prefix(','))
            .is_some_and(|t| {
                t.split_whitespace()
                    .take(4)
                    .any(|w| lexicon::speech_verb(w.trim_end_matches(['.', ','])).is_some())
            });
    // Six words, or two that end like speech or follow a colon, or three
    // that fill a paragraph: the fewest words the quote's shape allows,
    // counted no further (most quotes end like speech).
    let needed = if ends_like_speech || after_colon || comma_then_cue {
        2
    } else if whole_paragraph {
        3
    } else {
        6
    };
    super::count_words_upto(inner, needed) >= needed
}

/// True when quoted words are one capitalised word that ends like speech
/// (`Absolutely,`, `Never!`), which an attribution makes a quote.
pub fn is_one_word_speech(inner: &str) -> bool {
    let word = inner.trim_end_matches([',', '.', '?', '!']);
    word.len() < inner.len()
        && word.starts_with(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '-'))
}

/// Words a title leaves in lower case (`The Late Show with Stephen
/// Colbert`, `Girls of the Year`).
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "de", "for", "from", "in", "is", "of", "on", "or", "the", "to",
    "with",
];

/// True when quoted words read as a title (`“Thelma and Louise,”`, `“The
/// Late Show With Stephen Colbert,”`, `“Sharknado 3: Oh Hell No!”`): up to
/// a dozen words, every one but small function words capitalised or a
/// number. A sentence's subject did not say these; a speech cue can still
/// quote them (`“Make America Great Again!” he shouted`).
pub fn is_title(text: &str) -> bool {
    let mut words = 0;
    let mut capitalised = 0;
    for w in text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-'))) {
        let Some(first) = w.chars().next() else {
            continue;
        };
        words += 1;
        if words > 12 {
            return false;
        }
        if first.is_uppercase() || first.is_ascii_digit() {
            capitalised += 1;
        } else if !TITLE_SMALL_WORDS.contains(&w) {
            return false;
        }
    }
    capitalised > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passages(text: &str) -> Vec<(&str, bool)> {
        let paras = vec![Span::new(0, text.len())];
        quoted_passages(text, &paras)
            .iter()
            .map(|q| (q.content.as_str(text), q.closed))
            .collect()
    }

    #[test]
    fn one_word_speech_is_a_capitalised_word_that_ends_like_speech() {
        for yes in ["Absolutely,", "Never!", "No.", "Why?", "Don't!"] {
            assert!(is_one_word_speech(yes), "{yes}");
        }
        for no in ["derisory,", "Absolutely", "Yes, sir.", "9/11,", ","] {
            assert!(!is_one_word_speech(no), "{no}");
        }
    }

    #[test]
    fn passage_cases() {
        type Case = (&'static str, &'static str, &'static [(&'static str, bool)]);
        const CASES: &[Case] = &[
            ("curly", "“We win,” he said.", &[("We win,", true)]),
            ("straight", "\"We win,\" he said.", &[("We win,", true)]),
            (
                "guillemets",
                "« Nous gagnons » dit-il",
                &[("Nous gagnons", true)],
            ),
            (
                "low-9",
                "„Wir gewinnen“, sagte er",
                &[("Wir gewinnen", true)],
            ),
            ("split", "“A,” he said, “B.”", &[("A,", true), ("B.", true)]),
            (
                "unclosed",
                "“We go on and on",
                &[("We go on and on", false)],
            ),
            (
                "inch mark",
                "a 12\" screen and \"a quote\"",
                &[("a quote", true)],
            ),
            (
                "double open",
                "“stray “real quote”",
                &[("real quote", true)],
            ),
            ("empty", "“ ” x", &[]),
            (
                "opening mark used to close",
                "“Do you want that?“ he asked. “Yes.”",
                &[("Do you want that?", true), ("Yes.", true)],
            ),
            (
                "reopened",
                "\"It is over. \"We go home now.\"",
                &[("It is over.", false), ("We go home now.", true)],
            ),
            (
                "mixed marks",
                "\"Nothing works,” he said. “Not \"this\" one,\" she said.",
                &[("Nothing works,", true), ("Not \"this\" one,", true)],
            ),
            (
                "space-before-close",
                "\"It is over, \" he said.",
                &[("It is over,", true)],
            ),
            (
                "right mark opening",
                "\u{201D}Fear. I am afraid.\u{201D} \u{2015} Ana Cruz",
                &[("Fear. I am afraid.", true)],
            ),
            (
                "stray right mark",
                "It was 6\u{201D} long and \u{201D} wide.",
                &[],
            ),
        ];
        for (name, text, want) in CASES {
            assert_eq!(passages(text), *want, "case {name}");
        }
    }

    #[test]
    fn quote_marks_are_read_from_their_bytes() {
        // Quote marks, and characters that share their lead bytes.
        for c in [
            '"', '“', '”', '„', '«', '»', '’', '‘', '—', '–', '…', '©', '½', '€',
        ] {
            let quote = closer(c).is_some() || matches!(c, '”' | '»');
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(quote_mark_at(bytes, 0), quote.then_some(c), "{c}");
        }
    }

    #[test]
    fn titles() {
        for t in [
            "Thelma and Louise,",
            "The Late Show With Stephen Colbert,",
            "Sharknado 3: Oh Hell No!",
            "A Child's First Book of Trump,",
        ] {
            assert!(is_title(t), "{t}");
        }
        for t in [
            "We are ready,",
            "Really bad shooting in Orlando.",
            "closing tax loopholes",
            "",
            "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen",
        ] {
            assert!(!is_title(t), "{t}");
        }
    }

    proptest::proptest! {
        #[test]
        fn is_speech_as_with_every_word_counted(
            text in "[a\" .,\u{201C}\u{201D}\n]{0,60}",
        ) {
            let paras = vec![Span::new(0, text.len())];
            for q in quoted_passages(&text, &paras) {
                // As first written: every word of the quote counted.
                let words = word_count(&text, q.content);
                let inner = q.content.as_str(&text);
                let ends_like_speech =
                    inner.ends_with([',', '.', '?', '!', '\u{2026}']) || inner.ends_with("...");
                let whole_paragraph = text[..q.open].trim().is_empty();
                let want =
                    words >= 6 || (ends_like_speech && words >= 2) || (whole_paragraph && words >= 3);
                proptest::prop_assert_eq!(is_speech(&text, &q, paras[0]), want);
            }
        }
    }

    #[test]
    fn speech_or_scare_quotes() {
        let text = "China is an “imminent” threat. “We are ready,” he said.";
        let paras = vec![Span::new(0, text.len())];
        let qs = quoted_passages(text, &paras);
        assert!(!is_speech(text, &qs[0], paras[0]));
        assert!(is_speech(text, &qs[1], paras[0]));
    }
}
