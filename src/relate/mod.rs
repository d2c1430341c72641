//! Relations between entities, with evidence.
//!
//! Owns: the speech relations drawn from quotes (`SAID_TO` speaker →
//! addressee, `QUOTED_ABOUT` speaker → each entity the quote is about),
//! sentence co-mentions (`CO_MENTIONED`, each unordered pair of distinct
//! actors in one sentence, written once with the smaller id first), and,
//! in [`action`], typed actions between actors (`ACCUSE`, `ATTACK`, ...).
//! Reads: `quotes`, `mentions`, `sentences`, `text`. Writes: `relations`.

pub mod action;

use crate::doc::{Document, EntityRef, Referent, Relation, RelationType, Via};
use crate::gazetteer::Gazetteer;
use crate::resolve::pronoun;
use crate::span::Span;

/// Most distinct entities per sentence that get co-mention pairs (a list of
/// 40 countries would otherwise give 780 pairs).
pub const MAX_CO_MENTIONS: usize = 12;

/// The id an entity is exported under, for ordering undirected pairs.
pub fn entity_id(gazetteer: &Gazetteer, doc: &Document, r: EntityRef) -> String {
    match r {
        EntityRef::Known(id) => gazetteer.entity(id).id.clone(),
        EntityRef::Discovered(i) => doc
            .discovered
            .get(i.0 as usize)
            .map_or_else(String::new, |d| d.id()),
    }
}

/// Every relation instance in the document, in text order.
pub fn extract(gazetteer: &Gazetteer, doc: &Document) -> Vec<Relation> {
    let mut out = Vec::new();
    speech(doc, &mut out);
    action::extract(gazetteer, doc, &mut out);
    co_mentions(gazetteer, doc, &mut out);
    out.sort_by_key(|r| (r.sentence, r.evidence.start, r.kind, r.source, r.target));
    out
}

fn speech(doc: &Document, out: &mut Vec<Relation>) {
    for (qi, q) in doc.quotes.iter().enumerate() {
        let Some(Referent::Entity(speaker)) = q.speaker.as_ref().map(|s| &s.referent) else {
            continue;
        };
        let mut evidence = q.content;
        for s in [
            q.cue,
            q.speaker.as_ref().and_then(|p| p.mention),
            q.addressee.as_ref().and_then(|p| p.mention),
        ]
        .into_iter()
        .flatten()
        {
            evidence = Span::new(evidence.start.min(s.start), evidence.end.max(s.end));
        }
        let base = |kind, target, target_span, rule| Relation {
            sentence: q.sentence,
            kind,
            source: *speaker,
            target,
            evidence,
            trigger: q.cue,
            quote: Some(qi as u32),
            rule,
            confidence: q.confidence,
            negated: false,
            modality: None,
            source_span: q.speaker.as_ref().and_then(|p| p.mention),
            target_span,
        };
        if let Some(addressee) = &q.addressee {
            if let Referent::Entity(a) = addressee.referent {
                if a != *speaker {
                    out.push(base(
                        RelationType::SAID_TO,
                        a,
                        addressee.mention,
                        "quote-addressee",
                    ));
                }
            }
        }
        for &e in &q.about {
            if e != *speaker {
                out.push(base(RelationType::QUOTED_ABOUT, e, None, "quote-mentions"));
            }
        }
    }
}

fn co_mentions(gazetteer: &Gazetteer, doc: &Document, out: &mut Vec<Relation>) {
    // The discovered entities' ids, each made once per document when a
    // sentence first needs it, rather than once per actor and sentence
    // (and not at all for those that share no sentence with another
    // actor).
    let mut discovered_ids: Vec<Option<String>> = Vec::new();
    // One list for every sentence, cleared for each: not an allocation per
    // sentence with a mention.
    let mut actors: Vec<EntityRef> = Vec::with_capacity(MAX_CO_MENTIONS);
    let mut i = 0;
    while i < doc.mentions.len() {
        let sentence = doc.mentions[i].sentence;
        let mut j = i;
        actors.clear();
        while j < doc.mentions.len() && doc.mentions[j].sentence == sentence {
            let m = &doc.mentions[j];
            let kind = pronoun::entity_type(gazetteer, doc, m.entity);
            let named = !matches!(m.via, Via::Pronoun | Via::Description);
            if named
                && !m.modifier
                && kind.can_act()
                && !actors.contains(&m.entity)
                && actors.len() < MAX_CO_MENTIONS
            {
                actors.push(m.entity);
            }
            j += 1;
        }
        if actors.len() >= 2 {
            let evidence = doc
                .sentences
                .get(sentence as usize)
                .copied()
                .unwrap_or_default();
            if discovered_ids.is_empty() {
                discovered_ids.resize(doc.discovered.len(), None);
            }
            for &a in &actors {
                if let EntityRef::Discovered(i) = a {
                    if let (Some(slot @ None), Some(d)) = (
                        discovered_ids.get_mut(i.0 as usize),
                        doc.discovered.get(i.0 as usize),
                    ) {
                        *slot = Some(d.id());
                    }
                }
            }
            let ids = &discovered_ids;
            // Borrowed ids, ordered as the owned ones of [`entity_id`] are.
            let id = |r: EntityRef| match r {
                EntityRef::Known(id) => gazetteer.entity(id).id.as_str(),
                EntityRef::Discovered(i) => ids
                    .get(i.0 as usize)
                    .and_then(Option::as_deref)
                    .unwrap_or(""),
            };
            // Sorted in place, each id looked up when compared: no list of
            // keyed actors allocated per sentence. The actors are distinct,
            // so the order is total and the same as a stable sort's.
            actors.sort_unstable_by(|&a, &b| (id(a), a).cmp(&(id(b), b)));
            for (x, a) in actors.iter().enumerate() {
                for b in &actors[x + 1..] {
                    out.push(Relation {
                        sentence,
                        kind: RelationType::CO_MENTIONED,
                        source: *a,
                        target: *b,
                        evidence,
                        trigger: None,
                        quote: None,
                        rule: "same-sentence",
                        confidence: 0.5,
                        negated: false,
                        modality: None,
                        source_span: None,
                        target_span: None,
                    });
                }
            }
        }
        i = j;
    }
}
