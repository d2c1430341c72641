//! Words around a position, for the local, pattern-based decisions of the
//! resolver and the attributor (no full tokenisation of the document).
//!
//! A word is a run of alphanumerics, with inner apostrophes, hyphens and
//! periods kept when a letter follows (`O'Brien`, `Chinese-made`, `U.S.`).

use crate::span::Span;

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '.' | '&')
}

/// The word that starts at or after `pos`, skipping spaces and punctuation
/// but not crossing `limit`.
pub fn word_after(text: &str, pos: usize, limit: usize) -> Option<Span> {
    let limit = limit.min(text.len());
    let rest = text.get(pos..limit)?;
    let (off, _) = rest.char_indices().find(|&(_, c)| is_word(c))?;
    let start = pos + off;
    Some(Span::new(start, word_end(text, start, limit)))
}

/// End of the word starting at `start`.
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..limit].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word(c) {
            end = start + i + c.len_utf8();
        } else if is_joiner(c) {
            // `U.S.` keeps its final period when the period follows a
            // single letter; `Chinese-made` keeps the hyphen.
            match chars.peek() {
                Some(&(_, n)) if is_word(n) => continue,
                _ => {
                    if c == '.' && is_initialism(&text[start..start + i]) {
                        end = start + i + 1;
                    }
                    break;
                }
            }
        } else {
            break;
        }
    }
    end
}

/// `U.S`, `U.K`: single letters joined by periods.
fn is_initialism(s: &str) -> bool {
    s.len() >= 3 && s.split('.').all(|p| p.chars().count() == 1)
}

/// The word that ends at or before `pos`, not crossing `limit` backwards.
pub fn word_before(text: &str, pos: usize, limit: usize) -> Option<Span> {
    let head = text.get(limit..pos)?;
    let (off, c) = head.char_indices().rev().find(|&(_, c)| is_word(c))?;
    let mut end = limit + off + c.len_utf8();
    // A final period that belongs to an initialism (`U.S.`).
    if text[end..].starts_with('.') && end < pos {
        let probe = word_start(text, end, limit);
        if is_initialism(&text[probe..end]) {
            end += 1;
        }
    }
    let start = word_start(text, limit + off + c.len_utf8(), limit);
    Some(Span::new(start, end))
}

fn word_start(text: &str, end: usize, limit: usize) -> usize {
    let mut start = end;
    let head = &text[limit..end];
    let mut chars = head.char_indices().rev().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word(c) {
            start = limit + i;
        } else if is_joiner(c) && chars.peek().is_some_and(|&(_, p)| is_word(p)) {
            continue;
        } else {
            break;
        }
    }
    start
}

/// The words of `text[span]`, in order.
pub fn words(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let mut pos = span.start;
    std::iter::from_fn(move || {
        let w = word_after(text, pos, span.end)?;
        pos = w.end;
        Some(w)
    })
}

/// True when the word starts with an upper-case letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Only whitespace (and at most `extra` of the given punctuation) between
/// two positions.
pub fn only_space_between(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b)
        .is_some_and(|s| s.chars().all(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_cases() {
        const CASES: &[(&str, &[&str])] = &[
            ("He said, “We win.”", &["He", "said", "We", "win"]),
            (
                "O'Brien's Chinese-made U.S. jets",
                &["O'Brien's", "Chinese-made", "U.S.", "jets"],
            ),
            ("ends here.", &["ends", "here"]),
            ("CNBC’s Hadley Gamble", &["CNBC’s", "Hadley", "Gamble"]),
        ];
        for (text, want) in CASES {
            let got: Vec<&str> = words(text, Span::new(0, text.len()))
                .map(|s| s.as_str(text))
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn word_before_cases() {
        let text = "moved to the U.S. Then";
        let w = word_before(text, 17, 0).unwrap();
        assert_eq!(w.as_str(text), "U.S.");
        let w = word_before(text, 12, 0).unwrap();
        assert_eq!(w.as_str(text), "the");
        assert_eq!(word_before(text, 0, 0), None);
        let text = "“Go,” he";
        assert_eq!(word_before(text, text.len(), 0).unwrap().as_str(text), "he");
    }
}
