//! Gazetteer matching (built-in gazetteer) on arbitrary UTF-8: hits are
//! ordered, disjoint, on char boundaries, and name a known form.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph_fuzz::invariants::check_span;
use newsgraph_fuzz::pipeline;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let g = pipeline().gazetteer();
    let hits = g.find(text);
    for (i, h) in hits.iter().enumerate() {
        check_span(text, &format!("hit[{i}]"), h.span, true).unwrap();
        assert!(
            (h.form.0 as usize) < g.matcher().len(),
            "hit[{i}] names no form"
        );
        assert!(
            !g.matcher().form(h.form).entities.is_empty(),
            "form without entity"
        );
    }
    for w in hits.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "overlapping hits {:?} {:?}",
            w[0],
            w[1]
        );
    }
});
