//! The gazetteer's Aho-Corasick automaton, held by its concrete type.
//!
//! Owns: [`Trie`]. `AhoCorasick` keeps its automaton behind a trait
//! object, so an anchored search calls through it for every byte, after
//! setting the search up. The matcher runs one short anchored search at
//! each place a name can start (60,000 in 2 MB of news), where that cost
//! more than the walk itself: [`Trie::longest_at`] walks the same
//! automaton with the calls inlined.
//!
//! The kind is the one `AhoCorasick`'s default (`auto`) picks for patterns
//! searched both anchored and unanchored: a contiguous NFA, or the
//! noncontiguous NFA when the contiguous one cannot hold them. Every kind
//! finds the same matches.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::{contiguous, noncontiguous};
use aho_corasick::{Anchored, BuildError, Input, Match, MatchKind, PatternID};

/// A leftmost-longest Aho-Corasick automaton over the gazetteer's forms.
pub(crate) enum Trie {
    Contiguous(contiguous::NFA),
    Noncontiguous(noncontiguous::NFA),
}

impl Trie {
    /// Builds the automaton; pattern ids are indices into `patterns`.
    pub(crate) fn build<P: AsRef<[u8]>>(patterns: &[P]) -> Result<Trie, BuildError> {
        let nfa = noncontiguous::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns)?;
        let contiguous = contiguous::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build_from_noncontiguous(&nfa);
        Ok(match contiguous {
            Ok(c) => Trie::Contiguous(c),
            Err(_) => Trie::Noncontiguous(nfa),
        })
    }

    /// The longest pattern that starts at `start`, and where it ends: an
    /// anchored leftmost-longest search of `haystack[start..]`.
    #[inline]
    pub(crate) fn longest_at(&self, haystack: &[u8], start: usize) -> Option<(PatternID, usize)> {
        match self {
            Trie::Contiguous(a) => longest_at(a, haystack, start),
            Trie::Noncontiguous(a) => longest_at(a, haystack, start),
        }
    }

    /// Every leftmost-longest match in `haystack` (unanchored), in order.
    pub(crate) fn find_all(&self, haystack: &str) -> Vec<Match> {
        match self {
            Trie::Contiguous(a) => find_all(a, haystack),
            Trie::Noncontiguous(a) => find_all(a, haystack),
        }
    }

    /// How many leftmost-longest matches `haystack` has (unanchored).
    pub(crate) fn count(&self, haystack: &str) -> usize {
        match self {
            Trie::Contiguous(a) => count(a, haystack),
            Trie::Noncontiguous(a) => count(a, haystack),
        }
    }

    /// Heap bytes of the automaton.
    pub(crate) fn memory_usage(&self) -> usize {
        match self {
            Trie::Contiguous(a) => a.memory_usage(),
            Trie::Noncontiguous(a) => a.memory_usage(),
        }
    }
}

/// As `aho_corasick`'s own anchored forward search: walk until the dead
/// state, keeping the last match that starts at `start`.
#[inline]
fn longest_at<A: Automaton>(aut: &A, haystack: &[u8], start: usize) -> Option<(PatternID, usize)> {
    let mut sid = aut.start_state(Anchored::Yes).ok()?;
    let mut found = None;
    if aut.is_match(sid) {
        found = Some((aut.match_pattern(sid, 0), start));
    }
    for (at, &b) in haystack.iter().enumerate().skip(start) {
        sid = aut.next_state(Anchored::Yes, sid, b);
        if !aut.is_special(sid) {
            continue;
        }
        if aut.is_dead(sid) {
            break;
        }
        if aut.is_match(sid) {
            let pid = aut.match_pattern(sid, 0);
            let end = at + 1;
            // A match state also holds the matches its failure links reach,
            // which start later: an anchored search ignores them.
            if end.saturating_sub(aut.pattern_len(pid)) <= start {
                found = Some((pid, end));
            }
        }
    }
    found
}

fn find_all<A: Automaton>(aut: &A, haystack: &str) -> Vec<Match> {
    // An unanchored search of an NFA cannot fail: both start states exist.
    aut.try_find_iter(Input::new(haystack))
        .map(Iterator::collect)
        .unwrap_or_default()
}

fn count<A: Automaton>(aut: &A, haystack: &str) -> usize {
    aut.try_find_iter(Input::new(haystack))
        .map_or(0, Iterator::count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, StartKind};

    const PATTERNS: &[&str] = &[
        "New York",
        "New York Times",
        "York",
        "Times",
        "ew",
        "China",
        "Chin",
        "a",
        "Erdoğan",
        "U.S.",
        "US",
    ];

    fn reference() -> AhoCorasick {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(PATTERNS)
            .unwrap()
    }

    fn tries() -> Vec<Trie> {
        let nfa = noncontiguous::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(PATTERNS)
            .unwrap();
        vec![Trie::build(PATTERNS).unwrap(), Trie::Noncontiguous(nfa)]
    }

    proptest::proptest! {
        #[test]
        fn longest_at_is_an_anchored_search(
            text in "(New|York|Times|Chin|China|a|ew| |U\\.S\\.|US|Erdoğan|x|\\.){0,12}"
        ) {
            let ac = reference();
            for trie in tries() {
                for start in 0..=text.len() {
                    let input = Input::new(&text).span(start..text.len()).anchored(Anchored::Yes);
                    let want = ac.try_find(input).unwrap().map(|m| (m.pattern(), m.end()));
                    proptest::prop_assert_eq!(trie.longest_at(text.as_bytes(), start), want);
                }
            }
        }

        #[test]
        fn find_all_is_find_iter(
            text in "(New|York|Times|Chin|China|a|ew| |U\\.S\\.|US|Erdoğan|x|\\.){0,12}"
        ) {
            let ac = reference();
            let want: Vec<Match> = ac.find_iter(&text).collect();
            for trie in tries() {
                proptest::prop_assert_eq!(trie.count(&text), want.len());
                proptest::prop_assert_eq!(trie.find_all(&text), want.clone());
            }
        }
    }
}
