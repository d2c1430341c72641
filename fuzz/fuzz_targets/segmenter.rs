//! Paragraphs and sentences of arbitrary UTF-8: ordered, disjoint, trimmed,
//! non-empty spans on char boundaries; sentences inside paragraphs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::segment;
use newsgraph_fuzz::invariants::check_partition;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let paragraphs = segment::paragraphs(text);
    let sentences = segment::sentences(text);
    check_partition(text, "paragraph", &paragraphs).unwrap();
    check_partition(text, "sentence", &sentences).unwrap();
    for s in &sentences {
        let t = s.as_str(text);
        assert_eq!(t, t.trim(), "untrimmed sentence {s:?}");
        assert!(
            paragraphs
                .iter()
                .any(|p| p.start <= s.start && s.end <= p.end),
            "sentence {s:?} crosses a paragraph boundary"
        );
    }
    // Together the sentences cover every non-whitespace character.
    let covered: usize = sentences
        .iter()
        .map(|s| {
            s.as_str(text)
                .chars()
                .filter(|c| !c.is_whitespace())
                .count()
        })
        .sum();
    let all = text.chars().filter(|c| !c.is_whitespace()).count();
    assert_eq!(covered, all, "sentences miss some text");
});
