//! Entity resolution within one document.
//!
//! Owns: [`Resolver`], which turns the gazetteer's raw hits into mentions:
//! it picks a sense for ambiguous forms (document context, one sense per
//! document), keeps common-word aliases only with evidence, links partial
//! names to the full name seen earlier ([`partial`]), discovers people not
//! in any gazetteer, and maps capitals acting as actors to their country
//! ([`metonym`]). Pronouns are resolved on demand ([`pronoun`]).
//! Reads: `text`, `sentences`, gazetteer hits. Writes: `mentions`, `discovered`.

pub mod metonym;
pub mod partial;
pub mod pronoun;

use std::collections::HashMap;

use crate::doc::{Document, EntityId, EntityRef, EntityType, Mention, Via};
use crate::gazetteer::{Gazetteer, Hit};
use crate::lexicon;
use crate::token;

/// Links mentions to entities inside one document. Stateless: shared by
/// all threads.
#[derive(Debug, Default, Clone, Copy)]
pub struct Resolver;

impl Resolver {
    /// Builds `doc.mentions` (sorted by start) from the gazetteer hits.
    pub fn resolve(&self, gazetteer: &Gazetteer, doc: &mut Document, hits: &[Hit]) {
        let mut mentions = Vec::with_capacity(hits.len());
        // Entities named in full so far, for surnames and ambiguous forms.
        let mut seen: HashMap<EntityId, usize> = HashMap::new();
        let full_counts = count_unambiguous(gazetteer, hits);
        for hit in hits {
            let form = gazetteer.matcher().form(hit.form);
            let sentence = doc.sentence_at(hit.span.start);
            let sentence_start = doc
                .sentences
                .get(sentence as usize)
                .is_some_and(|s| s.start == hit.span.start);
            let Some((entity, via, confidence)) = choose(
                gazetteer,
                doc,
                hit,
                form,
                sentence_start,
                &seen,
                &full_counts,
            ) else {
                continue;
            };
            if form.is_name_of.contains(&entity) || !form.single_word {
                seen.entry(entity).or_insert(hit.span.start);
            }
            mentions.push(Mention {
                span: hit.span,
                sentence,
                entity: EntityRef::Known(entity),
                literal: None,
                via,
                modifier: hit.modifier,
                confidence,
            });
        }
        doc.mentions = mentions;
        partial::discover_people(doc);
        partial::link_partial_names(gazetteer, doc);
        metonym::apply(gazetteer, doc);
    }
}

/// How often each entity is named by an unambiguous multi-word form or its
/// full name: the document's context for choosing between senses.
fn count_unambiguous(gazetteer: &Gazetteer, hits: &[Hit]) -> HashMap<EntityId, u32> {
    let mut counts = HashMap::new();
    for hit in hits {
        let form = gazetteer.matcher().form(hit.form);
        if form.entities.len() == 1 && (!form.single_word || !form.is_name_of.is_empty()) {
            *counts.entry(form.entities[0]).or_insert(0) += 1;
        }
    }
    counts
}

/// Picks the entity a hit means, or `None` when the evidence is too weak.
fn choose(
    gazetteer: &Gazetteer,
    doc: &Document,
    hit: &Hit,
    form: &crate::gazetteer::Form,
    sentence_start: bool,
    seen: &HashMap<EntityId, usize>,
    context: &HashMap<EntityId, u32>,
) -> Option<(EntityId, Via, f32)> {
    // A surname-like alias (one word, not the entity's own name) of a
    // person: only after the full name, or with a title in front, or when
    // it is distinctive (one candidate, not an English word).
    let person_alias = |e: EntityId| {
        gazetteer.entity(e).kind == EntityType::Person
            && form.single_word
            && !form.is_name_of.contains(&e)
    };
    if let Some(&e) = form
        .entities
        .iter()
        .find(|e| seen.contains_key(e) && person_alias(**e))
    {
        return Some((e, Via::Partial, 0.9));
    }
    let titled = has_title_before(&doc.text, hit.span.start);
    let candidates: Vec<EntityId> = form
        .entities
        .iter()
        .copied()
        .filter(|&e| {
            if !person_alias(e) {
                return true;
            }
            titled || (!form.common_word && form.entities.len() == 1 && !sentence_start)
        })
        .collect();
    if candidates.is_empty() {
        return None;
    }
    // A common word that is also a name (`Turkey`, `Chad`, `Bill`) at the
    // start of a sentence is most likely the word.
    if form.common_word
        && sentence_start
        && !titled
        && !candidates.iter().any(|e| context.contains_key(e))
    {
        let kind = gazetteer.entity(candidates[0]).kind;
        if !matches!(kind, EntityType::Gpe) {
            return None;
        }
    }
    if candidates.len() == 1 {
        let e = candidates[0];
        let via = if person_alias(e) {
            Via::Partial
        } else {
            Via::Alias
        };
        let confidence = match (via, form.common_word) {
            (Via::Alias, false) => 0.95,
            (Via::Alias, true) => 0.8,
            _ => 0.7,
        };
        return Some((e, via, confidence));
    }
    // Several senses: one sense per document, then the sense whose country
    // (or that is itself a country) the document names, then the type order.
    let score = |e: EntityId| -> (u32, u32, u32, std::cmp::Reverse<u32>) {
        let ent = gazetteer.entity(e);
        let in_doc = u32::from(seen.contains_key(&e)) * 2 + u32::from(context.contains_key(&e));
        let country = ent
            .part_of
            .map_or(0, |p| u32::from(context.contains_key(&p)));
        let prior = match ent.kind {
            EntityType::Gpe if ent.part_of.is_none() => 5,
            EntityType::Gpe => 4,
            EntityType::Org => 3,
            EntityType::Norp => 2,
            EntityType::Person => 1,
            _ => 0,
        };
        (in_doc, country, prior, std::cmp::Reverse(e.0))
    };
    let best = candidates.iter().copied().max_by_key(|&e| score(e))?;
    Some((best, Via::Alias, 0.6))
}

/// A title or honorific right before `pos` (`Mr May`, `President Xi`).
pub fn has_title_before(text: &str, pos: usize) -> bool {
    let mut end = pos;
    let lo = pos.saturating_sub(40);
    let lo = (lo..=pos)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(pos);
    let mut words = Vec::new();
    for _ in 0..lexicon::MAX_TITLE_WORDS {
        let Some(w) = token::word_before(text, end, lo) else {
            break;
        };
        if !token::only_space_between(text, w.end, end)
            && !text[w.end..end]
                .trim_start_matches('.')
                .chars()
                .all(char::is_whitespace)
        {
            break;
        }
        words.insert(0, w);
        end = w.start;
        let phrase = &text[words[0].start..words[words.len() - 1].end];
        if lexicon::title(phrase.trim_end_matches('.')).is_some() {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_before() {
        const CASES: &[(&str, bool)] = &[
            ("Mr May", true),
            ("Mrs. May", true),
            ("Secretary General Stoltenberg", true),
            ("in May", false),
            ("May", false),
        ];
        for (text, want) in CASES {
            let pos = text.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
            assert_eq!(has_title_before(text, pos), *want, "{text}");
        }
    }
}
