//! Entity resolution within one document.
//!
//! Owns: [`Resolver`], which turns the gazetteer's raw hits into mentions:
//! it picks a sense for ambiguous forms (document context, one sense per
//! document), keeps common-word aliases only with evidence, links partial
//! names to the full name seen earlier ([`partial`]), discovers people not
//! in any gazetteer, and maps capitals acting as actors to their country
//! ([`metonym`]). Pronouns are resolved on demand ([`pronoun`]).
//! Reads: `text`, `sentences`, gazetteer hits. Writes: `mentions`, `discovered`.

pub mod legal_form;
pub mod metonym;
pub mod names;
pub mod partial;
pub mod pronoun;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::doc::{Document, EntityId, EntityRef, EntityType, Mention, Via};
use crate::gazetteer::{Form, FormId, Gazetteer, Hit};
use crate::lexicon;
use crate::span::Span;
use crate::token;

/// Links mentions to entities inside one document. Stateless: shared by
/// all threads.
#[derive(Debug, Default, Clone, Copy)]
pub struct Resolver;

impl Resolver {
    /// Builds `doc.mentions` (sorted by start) from the gazetteer hits.
    pub fn resolve(&self, gazetteer: &Gazetteer, doc: &mut Document, hits: &[Hit]) {
        let case = names::CaseInfo::new(doc);
        let ctx = Context::new(gazetteer, doc, hits, &case);
        let mut mentions = Vec::with_capacity(hits.len());
        // Entities named in full so far, for surnames and ambiguous forms.
        // Sized for the document's hits up front (a few dozen for news),
        // rather than grown by rehashing from empty, as the context's maps.
        let mut seen: HashMap<EntityId, usize> =
            HashMap::with_capacity_and_hasher(hits.len(), Default::default());
        for (i, hit) in hits.iter().enumerate() {
            let form = gazetteer.matcher().form(hit.form);
            let sentence = ctx.sentence[i];
            let Some((entity, via, confidence)) = choose(&ctx, hit, form, ctx.bare[i], &seen)
            else {
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
        legal_form::absorb(gazetteer, doc);
        legal_form::partners(gazetteer, doc);
        names::extend(gazetteer, doc, &case);
        partial::discover_people(doc, &case);
        names::places(gazetteer, doc, &case);
        partial::unlink_other_gender(gazetteer, doc);
        partial::link_partial_names(gazetteer, doc, &case);
        partial::discover_titled(gazetteer, doc, &case);
        metonym::apply(gazetteer, doc);
    }
}

/// What the whole document says, for choosing senses and keeping common
/// words.
struct Context<'a> {
    gazetteer: &'a Gazetteer,
    text: &'a str,
    /// Per hit: its capitalisation is no evidence of a name (it opens a
    /// sentence or line, or its sentence is ALL-CAPS or Title Case).
    bare: Vec<bool>,
    /// Per hit: the index of its sentence.
    sentence: Vec<u32>,
    /// Forms seen at least once with capitalisation as evidence.
    evidenced: HashSet<FormId>,
    /// How often each entity is named by an unambiguous multi-word form or
    /// its full name.
    named: HashMap<EntityId, u32>,
    /// How often something inside each entity is named (Tbilisi for Georgia).
    inside: HashMap<EntityId, u32>,
}

impl<'a> Context<'a> {
    fn new(
        gazetteer: &'a Gazetteer,
        doc: &'a Document,
        hits: &[Hit],
        case: &names::CaseInfo,
    ) -> Context<'a> {
        let text = doc.text.as_str();
        let mut bare = Vec::with_capacity(hits.len());
        let mut sentence = Vec::with_capacity(hits.len());
        // The hits come in order (as the matcher finds them): their
        // sentences are found by one walk, not a search each.
        let in_order = hits.windows(2).all(|p| p[0].span.start <= p[1].span.start);
        let mut walk = names::SentenceWalk::new(doc);
        let mut evidenced = HashSet::with_capacity_and_hasher(hits.len(), Default::default());
        let mut named = HashMap::with_capacity_and_hasher(hits.len(), Default::default());
        let mut inside = HashMap::with_capacity_and_hasher(hits.len(), Default::default());
        for hit in hits {
            let form = gazetteer.matcher().form(hit.form);
            let si = if in_order {
                walk.at(doc, hit.span.start)
            } else {
                doc.sentence_at(hit.span.start) as usize
            };
            sentence.push(si as u32);
            let b = hit.caps || case.bare_in(doc, si, hit.span.start);
            bare.push(b);
            if !b {
                evidenced.insert(hit.form);
            }
            // Only forms that can name the entity on their own count.
            let weak = form.stop_word || form.common_word && b;
            if form.entities.len() == 1
                && (!form.single_word || !form.is_name_of.is_empty())
                && !weak
            {
                let e = form.entities[0];
                *named.entry(e).or_insert(0) += 1;
                if let Some(p) = gazetteer.entity(e).within() {
                    *inside.entry(p).or_insert(0) += 1;
                }
            }
        }
        Context {
            gazetteer,
            text,
            bare,
            sentence,
            evidenced,
            named,
            inside,
        }
    }

    /// How much the document supports entity `e`: itself, the places in
    /// it, the entity it belongs to and that entity's other parts.
    fn support(&self, e: EntityId) -> u32 {
        let get = |m: &HashMap<EntityId, u32>, id: EntityId| m.get(&id).copied().unwrap_or(0);
        let mut n = 2 * get(&self.named, e) + get(&self.inside, e);
        if let Some(p) = self.gazetteer.entity(e).within() {
            n += get(&self.named, p) + get(&self.inside, p);
        }
        n
    }
}

/// Picks the entity a hit means, or `None` when the evidence is too weak.
fn choose(
    ctx: &Context<'_>,
    hit: &Hit,
    form: &Form,
    bare: bool,
    seen: &HashMap<EntityId, usize>,
) -> Option<(EntityId, Via, f32)> {
    let gazetteer = ctx.gazetteer;
    let text = ctx.text;
    if form.stop_word {
        return None;
    }
    // A surname-like alias (one word, not the entity's own name) of a
    // person: after the full name it is that person.
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
    // Both looks at the words around the hit are asked for only when a
    // rule needs them: most hits are full names or places, which need
    // neither (a title before every hit cost 4% of resolving).
    let titled = std::cell::OnceCell::new();
    let titled = || *titled.get_or_init(|| has_title_before(text, hit.span.start));
    let word = hit.span.as_str(text);
    // Otherwise a lone surname needs strong evidence: a title in front, or
    // a distinctive word (one candidate, not an English word, not a word
    // that opens more of the gazetteer's names than it ends) that is not
    // part of another name (`John Simon` is not Lateefah
    // Simon).
    let distinctive = std::cell::OnceCell::new();
    let distinctive = || {
        *distinctive.get_or_init(|| {
            !form.common_word
                && form.entities.len() == 1
                && !bare
                && !gazetteer.words().is_given_name(word)
                && !names::name_word_before(text, hit.span.start)
                && !names::name_word_after(text, hit.span.end)
        })
    };
    // The senses kept, walked again where needed rather than collected:
    // most forms have one, and a list per hit cost an allocation.
    let candidates = || {
        form.entities
            .iter()
            .copied()
            .filter(|&e| !person_alias(e) || titled() || distinctive())
    };
    let mut kept = candidates();
    let first = kept.next()?;
    let single = kept.next().is_none();
    // A common word that is also a name (`Turkey`, `Bill`, `May`) needs
    // evidence: capitalised mid-sentence, a title, or the entity named in
    // full elsewhere. Countries and nationalities opening a sentence are
    // the exception (`Turkey said ...`, `French President ...`), unless
    // the word is written in capitals.
    if form.common_word
        && bare
        && !titled()
        && !ctx.evidenced.contains(&hit.form)
        && !candidates().any(|e| ctx.support(e) > 0)
    {
        let country = candidates().any(|e| {
            let ent = gazetteer.entity(e);
            ent.kind == EntityType::Gpe && ent.within().is_none() || ent.kind == EntityType::Norp
        });
        if !country || hit.caps {
            return None;
        }
    }
    if single {
        let e = first;
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
    let candidates: Vec<EntityId> = candidates().collect();
    let (best, confidence) = disambiguate(ctx, hit.span, &candidates, seen, titled());
    Some((best, Via::Alias, confidence))
}

/// Picks one of several senses of a form (`Georgia`, `Washington`,
/// `Jordan`): one sense per document (a sense already chosen or named in
/// full), then the document's other entities (Tbilisi for the country,
/// Atlanta for the state), then the words around it (`in Georgia` is a
/// place, `Mr Jordan` a person), then a prior by type. The confidence
/// grows with the margin between the best two.
fn disambiguate(
    ctx: &Context<'_>,
    span: Span,
    candidates: &[EntityId],
    seen: &HashMap<EntityId, usize>,
    titled: bool,
) -> (EntityId, f32) {
    let text = ctx.text;
    let mut buf = [0u8; 32];
    let prev = token::word_before(text, span.start, span.start.saturating_sub(30))
        .filter(|w| text.is_char_boundary(w.start))
        .map(|w| token::lower_in(w.as_str(text), &mut buf));
    let after_place_word = prev
        .as_deref()
        .is_some_and(|p| metonym::PLACE_PREPOSITIONS.contains(&p));
    let score = |e: EntityId| -> u32 {
        let ent = ctx.gazetteer.entity(e);
        let place = matches!(ent.kind, EntityType::Gpe | EntityType::Loc);
        let prior = match ent.kind {
            EntityType::Gpe if ent.within().is_none() => 5,
            EntityType::Gpe => 4,
            EntityType::Org => 3,
            EntityType::Norp => 2,
            EntityType::Person => 1,
            _ => 0,
        };
        let cue = u32::from(after_place_word && place)
            + u32::from(titled && ent.kind == EntityType::Person) * 2;
        let one_sense = u32::from(seen.contains_key(&e));
        one_sense * 1000 + ctx.support(e).min(30) * 20 + cue * 8 + prior
    };
    let mut scored: Vec<(u32, EntityId)> = candidates.iter().map(|&e| (score(e), e)).collect();
    // Highest score first; equal scores keep the gazetteer's order.
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let margin = scored[0].0 - scored.get(1).map_or(0, |s| s.0);
    let confidence = match margin {
        0..=3 => 0.5,
        4..=19 => 0.6,
        20..=99 => 0.75,
        _ => 0.9,
    };
    (scored[0].1, confidence)
}

/// A title or honorific right before `pos` (`Mr May`, `President Xi`).
pub fn has_title_before(text: &str, pos: usize) -> bool {
    let mut end = pos;
    let lo = pos.saturating_sub(40);
    let lo = (lo..=pos)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(pos);
    // The phrase grows leftwards from the word right before `pos`.
    let mut phrase_end = None;
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
        let phrase = &text[w.start..*phrase_end.get_or_insert(w.end)];
        end = w.start;
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
