//! Invariants every annotated [`Document`] keeps, whatever its text: shared
//! by `tests/properties.rs` (proptest, in CI) and the `fuzz/` targets
//! (cargo-fuzz, nightly), so both check exactly the same things.
//!
//! Each check returns `Err(description)` instead of panicking, so proptest
//! can shrink the input and a fuzz target can print the document.

#![allow(dead_code)] // each user picks a subset

use newsgraph::doc::{EntityRef, Party, Referent};
use newsgraph::{Document, Gazetteer, Span};

/// `span` is non-empty when `nonempty`, within `text` and on char boundaries.
pub fn check_span(text: &str, what: &str, span: Span, nonempty: bool) -> Result<(), String> {
    if span.start > span.end || text.get(span.start..span.end).is_none() {
        return Err(format!(
            "{what}: span {}..{} is out of bounds or not on char boundaries of a {}-byte text",
            span.start,
            span.end,
            text.len()
        ));
    }
    if nonempty && span.start == span.end {
        return Err(format!("{what}: empty span at {}", span.start));
    }
    Ok(())
}

/// Spans are valid, non-empty, ordered and do not overlap.
pub fn check_partition(text: &str, what: &str, spans: &[Span]) -> Result<(), String> {
    for (i, s) in spans.iter().enumerate() {
        check_span(text, &format!("{what}[{i}]"), *s, true)?;
    }
    for (i, w) in spans.windows(2).enumerate() {
        if w[0].end > w[1].start {
            return Err(format!(
                "{what}[{i}] {:?} overlaps or follows {what}[{}] {:?}",
                w[0],
                i + 1,
                w[1]
            ));
        }
    }
    Ok(())
}

fn check_ref(doc: &Document, g: &Gazetteer, what: &str, r: EntityRef) -> Result<(), String> {
    let ok = match r {
        EntityRef::Known(id) => (id.0 as usize) < g.entities().len(),
        EntityRef::Discovered(idx) => (idx.0 as usize) < doc.discovered.len(),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{what}: {r:?} names no entity"))
    }
}

fn check_party(doc: &Document, g: &Gazetteer, what: &str, p: &Party) -> Result<(), String> {
    if let Referent::Entity(r) = p.referent {
        check_ref(doc, g, what, r)?;
    }
    if let Some(m) = p.mention {
        check_span(&doc.text, &format!("{what}.mention"), m, true)?;
    }
    Ok(())
}

fn check_confidence(what: &str, c: f32) -> Result<(), String> {
    if (0.0..=1.0).contains(&c) {
        Ok(())
    } else {
        Err(format!("{what}: confidence {c} is not in 0..=1"))
    }
}

fn check_sentence(doc: &Document, what: &str, sentence: u32) -> Result<(), String> {
    // An empty document has no sentences; nothing may point into it then.
    if (sentence as usize) < doc.sentences.len() {
        Ok(())
    } else {
        Err(format!(
            "{what}: sentence {sentence} of {}",
            doc.sentences.len()
        ))
    }
}

/// Every layer of an annotated document: spans in bounds and on char
/// boundaries, paragraphs and sentences ordered and disjoint, mentions
/// sorted, quote contents disjoint, every index and entity reference
/// pointing at something that exists.
pub fn check_document(doc: &Document, g: &Gazetteer) -> Result<(), String> {
    let text = doc.text.as_str();
    check_partition(text, "paragraph", &doc.paragraphs)?;
    check_partition(text, "sentence", &doc.sentences)?;
    // Blank as the stages read it: the wide spaces they take for spaces
    // (the zero-width one too, which `trim` keeps) count as spaces.
    let spaced = newsgraph::doc::ascii_spaces(text);
    let blank = spaced.as_deref().unwrap_or(text).trim().is_empty();
    if blank != doc.sentences.is_empty() {
        return Err(format!(
            "{} sentences in a text that is {}blank",
            doc.sentences.len(),
            if blank { "" } else { "not " }
        ));
    }
    for (i, m) in doc.mentions.iter().enumerate() {
        let what = format!("mention[{i}]");
        check_span(text, &what, m.span, true)?;
        check_sentence(doc, &what, m.sentence)?;
        check_ref(doc, g, &what, m.entity)?;
        if let Some(l) = m.literal {
            check_ref(doc, g, &format!("{what}.literal"), l)?;
        }
        check_confidence(&what, m.confidence)?;
    }
    for (i, w) in doc.mentions.windows(2).enumerate() {
        if w[0].span.start > w[1].span.start {
            return Err(format!(
                "mentions not sorted at {i}: {:?} > {:?}",
                w[0].span, w[1].span
            ));
        }
    }
    let mut contents = Vec::new();
    for (i, q) in doc.quotes.iter().enumerate() {
        let what = format!("quote[{i}]");
        check_span(text, &format!("{what}.content"), q.content, false)?;
        check_sentence(doc, &what, q.sentence)?;
        if let Some(c) = q.cue {
            check_span(text, &format!("{what}.cue"), c, true)?;
        }
        if let Some(p) = &q.speaker {
            check_party(doc, g, &format!("{what}.speaker"), p)?;
        }
        if let Some(p) = &q.addressee {
            check_party(doc, g, &format!("{what}.addressee"), p)?;
        }
        for (j, r) in q.about.iter().enumerate() {
            check_ref(doc, g, &format!("{what}.about[{j}]"), *r)?;
        }
        check_confidence(&what, q.confidence)?;
        contents.push((q.content, i));
    }
    contents.sort();
    for w in contents.windows(2) {
        if w[0].0.end > w[1].0.start {
            return Err(format!(
                "quote[{}] content {:?} overlaps quote[{}] content {:?}",
                w[0].1, w[0].0, w[1].1, w[1].0
            ));
        }
    }
    for (i, r) in doc.relations.iter().enumerate() {
        let what = format!("relation[{i}]");
        check_span(text, &format!("{what}.evidence"), r.evidence, true)?;
        check_sentence(doc, &what, r.sentence)?;
        check_ref(doc, g, &format!("{what}.source"), r.source)?;
        check_ref(doc, g, &format!("{what}.target"), r.target)?;
        for (name, s) in [
            ("trigger", r.trigger),
            ("source_span", r.source_span),
            ("target_span", r.target_span),
        ] {
            if let Some(s) = s {
                check_span(text, &format!("{what}.{name}"), s, true)?;
            }
        }
        if let Some(q) = r.quote {
            if q as usize >= doc.quotes.len() {
                return Err(format!("{what}: quote {q} of {}", doc.quotes.len()));
            }
        }
        check_confidence(&what, r.confidence)?;
    }
    for (i, d) in doc.discovered.iter().enumerate() {
        if d.name.trim().is_empty() {
            return Err(format!("discovered[{i}] has an empty name"));
        }
    }
    Ok(())
}
