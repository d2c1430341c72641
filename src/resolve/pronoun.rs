//! Pronouns to their antecedent: the nearest earlier mention of a
//! compatible entity (gender from titles and given names).

use crate::doc::{Document, EntityRef, EntityType};
use crate::gazetteer::Gazetteer;
use crate::lexicon::{self, Gender};

/// What a pronoun can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PronounClass {
    /// he, him, his
    Male,
    /// she, her
    Female,
    /// it, its
    Thing,
    /// they, them, their
    Plural,
}

/// Classifies a pronoun (any case); `None` when the word is not one.
pub fn classify(word: &str) -> Option<PronounClass> {
    let mut buf = [0u8; 32];
    match crate::token::lower_in(word, &mut buf).as_ref() {
        "he" | "him" | "his" => Some(PronounClass::Male),
        "she" | "her" => Some(PronounClass::Female),
        "it" | "its" => Some(PronounClass::Thing),
        "they" | "them" | "their" => Some(PronounClass::Plural),
        _ => None,
    }
}

/// The type of an entity reference.
pub fn entity_type(gazetteer: &Gazetteer, doc: &Document, r: EntityRef) -> EntityType {
    match r {
        EntityRef::Known(id) => gazetteer.entity(id).kind,
        EntityRef::Discovered(i) => doc
            .discovered
            .get(i.0 as usize)
            .map_or(EntityType::Other, |d| d.kind),
    }
}

/// The name of an entity reference.
pub fn entity_name<'a>(gazetteer: &'a Gazetteer, doc: &'a Document, r: EntityRef) -> &'a str {
    match r {
        EntityRef::Known(id) => &gazetteer.entity(id).name,
        EntityRef::Discovered(i) => doc
            .discovered
            .get(i.0 as usize)
            .map_or("", |d| d.name.as_str()),
    }
}

/// The gender of a person, from a title before any of its mentions, else
/// a noun in apposition after one ([`apposition_gender`]), else the first
/// word of its name ([`name_gender`]).
pub fn gender(gazetteer: &Gazetteer, doc: &Document, r: EntityRef) -> Option<Gender> {
    let mut described = None;
    for m in doc.mentions.iter().filter(|m| m.entity == r) {
        let head = &doc.text[..m.span.start];
        let prev = head.trim_end().trim_end_matches('.');
        let word = prev
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if let Some(Some(g)) = lexicon::title(word) {
            return Some(g);
        }
        described = described.or_else(|| apposition_gender(&doc.text, m.span.end));
    }
    if described.is_some() {
        return described;
    }
    let name = entity_name(gazetteer, doc, r);
    let first = name.split(' ').next()?;
    name_gender(first)
}

/// The gender that a noun in apposition right after a name at `end` gives
/// its person: `Attallah Shabazz, the daughter of Malcolm X`, `Ruby Dee,
/// his wife`, `Tom Smith, a father of two`. Not `chairman` or
/// `spokesman`, which news writes of women too (`Martha Hesse, chairman
/// of the Federal Energy Regulatory Commission`).
pub fn apposition_gender(text: &str, end: usize) -> Option<Gender> {
    const FEMALE: &[&str] = &[
        "daughter",
        "wife",
        "mother",
        "sister",
        "widow",
        "woman",
        "girl",
        "actress",
        "aunt",
        "niece",
        "grandmother",
        "granddaughter",
        "girlfriend",
        "chairwoman",
        "spokeswoman",
        "businesswoman",
        "congresswoman",
        "sportswoman",
        "policewoman",
        "heiress",
        "queen",
        "princess",
        "duchess",
        "countess",
        "mum",
        "mom",
    ];
    const MALE: &[&str] = &[
        "son",
        "husband",
        "father",
        "brother",
        "widower",
        "man",
        "boy",
        "uncle",
        "nephew",
        "grandfather",
        "grandson",
        "boyfriend",
        "businessman",
        "congressman",
        "sportsman",
        "policeman",
        "king",
        "prince",
        "duke",
        "dad",
    ];
    let rest = text.get(end..)?.strip_prefix(", ")?;
    let rest = ["the ", "a ", "an ", "his ", "her ", "their "]
        .iter()
        .find_map(|d| rest.strip_prefix(d))
        .unwrap_or(rest);
    let noun = rest.split([' ', ',', '.', ';']).next()?;
    if FEMALE.contains(&noun) {
        Some(Gender::Female)
    } else if MALE.contains(&noun) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender the first word of a name implies: a title in the name
/// (`Lord Woolf`, `Lady Thatcher`) or a given name.
pub fn name_gender(first: &str) -> Option<Gender> {
    match lexicon::title(first) {
        Some(gender) => gender,
        None => lexicon::given_name(first).flatten(),
    }
}

/// The entity a pronoun at byte `pos` refers to: the nearest earlier
/// compatible mention, or `preferred` (the current speaker) when it fits.
pub fn antecedent(
    gazetteer: &Gazetteer,
    doc: &Document,
    pos: usize,
    class: PronounClass,
    preferred: Option<EntityRef>,
) -> Option<EntityRef> {
    let fits = |r: EntityRef| -> bool {
        let kind = entity_type(gazetteer, doc, r);
        match class {
            PronounClass::Male | PronounClass::Female => {
                let want = if class == PronounClass::Male {
                    Gender::Male
                } else {
                    Gender::Female
                };
                kind == EntityType::Person && gender(gazetteer, doc, r).is_none_or(|g| g == want)
            }
            PronounClass::Thing => matches!(kind, EntityType::Org | EntityType::Gpe),
            PronounClass::Plural => {
                matches!(kind, EntityType::Org | EntityType::Gpe | EntityType::Norp)
            }
        }
    };
    // In news, a pronoun next to a quote almost always continues the
    // current speaker, even when someone else was named in between.
    if let Some(p) = preferred.filter(|&p| fits(p)) {
        return Some(p);
    }
    doc.mentions
        .iter()
        .rev()
        .filter(|m| m.span.end <= pos && !m.modifier)
        .map(|m| m.entity)
        .find(|&r| fits(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronoun_classes() {
        assert_eq!(classify("He"), Some(PronounClass::Male));
        assert_eq!(classify("she"), Some(PronounClass::Female));
        assert_eq!(classify("They"), Some(PronounClass::Plural));
        assert_eq!(classify("the"), None);
    }

    /// [`classify`] as first written: every word copied and lowered.
    fn classify_by_copy(word: &str) -> Option<PronounClass> {
        match word.to_lowercase().as_str() {
            "he" | "him" | "his" => Some(PronounClass::Male),
            "she" | "her" => Some(PronounClass::Female),
            "it" | "its" => Some(PronounClass::Thing),
            "they" | "them" | "their" => Some(PronounClass::Plural),
            _ => None,
        }
    }

    proptest::proptest! {
        #[test]
        fn classify_as_by_copy(word in "[hHeEiItTsSyYmMrR\u{130}\u{212a}]{0,6}|\\PC{0,8}") {
            proptest::prop_assert_eq!(classify(&word), classify_by_copy(&word));
        }
    }
}
