//! Capitals and seats of government acting for their country.
//!
//! `Beijing is watching` and `Washington to accuse Beijing` are about
//! governments, not cities: when a place with a `part_of` stands in an actor
//! position (subject of a verb, possessor, object of an action verb), the
//! mention keeps the place as `literal` and its `entity` becomes the country
//! (`via: metonym`). `in Beijing` stays a place.

use crate::doc::{Document, EntityRef, EntityType, Via};
use crate::gazetteer::Gazetteer;
use crate::lexicon;
use crate::token;

/// Words after a subject that show it acts.
const SUBJECT_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "had",
    "have",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "does",
    "did",
    "wants",
    "wanted",
    "sees",
    "saw",
    "hopes",
    "plans",
    "needs",
    "seeks",
    "sought",
    "refuses",
    "refused",
    "rejects",
    "rejected",
    "accuses",
    "accused",
    "blames",
    "blamed",
    "condemns",
    "condemned",
    "backs",
    "backed",
    "supports",
    "supported",
    "opposes",
    "opposed",
    "imposes",
    "imposed",
    "launches",
    "launched",
    "sends",
    "sent",
    "agrees",
    "agreed",
    "insists",
    "insisted",
    "views",
    "viewed",
    "considers",
    "considered",
    "watches",
    "watched",
    "responds",
    "responded",
    "retaliates",
    "retaliated",
    "demands",
    "demanded",
    "threatens",
    "threatened",
    "vows",
    "vowed",
    "calls",
    "called",
    "urges",
    "urged",
    "announces",
    "announced",
    "approves",
    "approved",
    "signs",
    "signed",
    "invades",
    "invaded",
    "attacks",
    "attacked",
];

/// Verbs whose object is an actor (`accuse Beijing`).
const ACTION_VERBS: &[&str] = &[
    "accuse",
    "accuses",
    "accused",
    "accusing",
    "blame",
    "blamed",
    "blaming",
    "criticise",
    "criticised",
    "criticize",
    "criticized",
    "condemn",
    "condemned",
    "sanction",
    "sanctioned",
    "warn",
    "warned",
    "warning",
    "urge",
    "urged",
    "urging",
    "pressure",
    "pressured",
    "pressing",
    "press",
    "pressed",
    "threaten",
    "threatened",
    "attack",
    "attacked",
    "invade",
    "invaded",
    "support",
    "supported",
    "praise",
    "praised",
    "persuade",
    "persuaded",
    "prompted",
    "prompt",
    "push",
    "pushed",
    "confront",
    "confronted",
    "challenge",
    "challenged",
];

/// Prepositions that make a place a place (`in Beijing's streets`).
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "near", "to", "into", "around", "across", "outside", "inside", "via",
    "through", "visit", "visited", "visiting", "toward", "towards", "of",
];

/// Replaces the entity of acting capitals and seats of government.
pub fn apply(gazetteer: &Gazetteer, doc: &mut Document) {
    let text = doc.text.as_str();
    for m in &mut doc.mentions {
        let EntityRef::Known(id) = m.entity else {
            continue;
        };
        let ent = gazetteer.entity(id);
        let Some(country) = ent.part_of else {
            continue;
        };
        if !matches!(ent.kind, EntityType::Gpe | EntityType::Org) || m.modifier {
            continue;
        }
        if acts(text, m.span.start, m.span.end) {
            m.literal = Some(m.entity);
            m.entity = EntityRef::Known(country);
            m.via = Via::Metonym;
            m.confidence = m.confidence.min(0.8);
        }
    }
}

/// True when the words around `[start, end)` put it in an actor position.
pub fn acts(text: &str, start: usize, end: usize) -> bool {
    let mut buf = [0u8; 32];
    let window_end = (end + 80).min(text.len());
    let window_end = (window_end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let window_start = start.saturating_sub(60);
    let window_start = (0..=window_start)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let prev = token::word_before(text, start, window_start)
        .map(|w| token::lower_in(w.as_str(text), &mut buf));
    let prev_is_place_prep = prev
        .as_deref()
        .is_some_and(|p| PLACE_PREPOSITIONS.contains(&p));
    // Object of an action verb: `accuse Beijing`, `prompted Washington`.
    if prev.as_deref().is_some_and(|p| {
        ACTION_VERBS.contains(&p) || lexicon::speech_verb(p).is_some_and(|v| v.addressee_object)
    }) {
        return true;
    }
    let rest = &text[end..window_end];
    // Possessor: `Beijing's behavior`, but not `in Beijing's streets`.
    if ["'s ", "\u{2019}s "].iter().any(|p| rest.starts_with(p)) {
        return !prev_is_place_prep;
    }
    if !rest.starts_with(' ') {
        return false;
    }
    let mut next = token::word_after(text, end, window_end);
    // Skip one adverb: `Beijing is carefully watching`, `Washington
    // strongly condemned`.
    if let Some(w) = next {
        if w.as_str(text).ends_with("ly") && w.as_str(text).len() > 4 {
            next = token::word_after(text, w.end, window_end);
        }
    }
    let Some(next) = next else {
        return false;
    };
    let mut next_buf = [0u8; 32];
    let word = token::lower_in(next.as_str(text), &mut next_buf);
    if prev_is_place_prep {
        return false;
    }
    if SUBJECT_VERBS.contains(&word.as_ref()) || lexicon::speech_verb(&word).is_some() {
        return true;
    }
    // `Washington to accuse Beijing`.
    if word == "to" {
        if let Some(v) = token::word_after(text, next.end, window_end) {
            let mut verb_buf = [0u8; 32];
            let v = token::lower_in(v.as_str(text), &mut verb_buf);
            return ACTION_VERBS.contains(&v.as_ref()) || lexicon::speech_verb(&v).is_some();
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_positions() {
        // (text, the place tested, acts?)
        const CASES: &[(&str, &str, bool)] = &[
            ("Beijing is carefully watching", "Beijing", true),
            ("implications for Beijing’s behavior", "Beijing", true),
            (
                "prompted Washington to accuse Beijing of espionage",
                "Washington",
                true,
            ),
            (
                "prompted Washington to accuse Beijing of espionage",
                "Beijing",
                true,
            ),
            ("Moscow said on Monday", "Moscow", true),
            ("protests in Beijing on Sunday", "Beijing", false),
            ("in Beijing's Tiananmen Square", "Beijing", false),
            ("Beijing, Shanghai and Tokyo", "Beijing", false),
        ];
        for (text, place, want) in CASES {
            let start = text.find(place).unwrap();
            assert_eq!(
                acts(text, start, start + place.len()),
                *want,
                "{place} in {text:?}"
            );
        }
    }
}
