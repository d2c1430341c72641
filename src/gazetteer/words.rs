//! What a gazetteer's own names say about single words: which words open
//! people's names (given names), and which words end the names of
//! organisations, places or events (`Corp`, `Party`, `River`, `Cup`).
//!
//! The resolver uses these counts to type names it has not seen in full
//! (`Kansai Electric Power` after the gazetteer's `... Power` companies,
//! `Andre Joubert` after its `Andre ...` people). Learned once, when the
//! gazetteer is built; no outside data.

use rustc_hash::FxHashMap as HashMap;

use super::Entity;
use crate::doc::EntityType;

/// Word counts over the names and aliases of a gazetteer.
#[derive(Clone, Debug, Default)]
pub struct WordStats {
    /// Word -> (times it opens a multi-word PERSON name, times it ends one).
    person: HashMap<String, (u32, u32)>,
    /// Word -> how often it ends a multi-word name of each type
    /// (indexed like [`EntityType::ALL`]).
    heads: HashMap<String, [u32; 8]>,
}

/// Least number of names a head word must end before it types a new name.
const MIN_HEAD_NAMES: u32 = 3;
/// Share of those names that must have one type.
const MIN_HEAD_SHARE: f32 = 0.8;

fn type_index(kind: EntityType) -> usize {
    EntityType::ALL
        .iter()
        .position(|&t| t == kind)
        .unwrap_or_default()
}

/// A word that can be a name part: starts with a letter, no digit.
fn name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_alphabetic) && !w.chars().any(|c| c.is_ascii_digit())
}

impl WordStats {
    /// Counts the first and last words of every multi-word name and alias.
    pub fn learn(entities: &[Entity]) -> WordStats {
        let mut stats = WordStats::default();
        for e in entities {
            for form in std::iter::once(&e.name).chain(&e.aliases) {
                let mut words = form.split(' ').filter(|w| !w.is_empty());
                let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
                    continue;
                };
                if e.kind == EntityType::Person {
                    if name_word(first) && !first.ends_with('.') {
                        stats.person.entry(first.to_string()).or_default().0 += 1;
                    }
                    if name_word(last) {
                        stats.person.entry(last.to_string()).or_default().1 += 1;
                    }
                }
                if name_word(last) {
                    stats.heads.entry(last.to_string()).or_default()[type_index(e.kind)] += 1;
                }
            }
        }
        stats
    }

    /// True when the gazetteer's people open their names with `word` more
    /// often than they end them with it (`Andre`, not `Jones`).
    pub fn is_given_name(&self, word: &str) -> bool {
        self.person
            .get(word)
            .is_some_and(|&(first, last)| first > 0 && first >= last)
    }

    /// True when `word` ends the name of at least one person.
    pub fn is_surname(&self, word: &str) -> bool {
        self.person.get(word).is_some_and(|&(_, last)| last > 0)
    }

    /// The type of the names that `word` ends, when it ends enough of them
    /// with one type (`Corp` → ORG, `River` → LOC); never PERSON.
    pub fn head_type(&self, word: &str) -> Option<EntityType> {
        let counts = self.heads.get(word)?;
        let total: u32 = counts.iter().sum();
        let (i, &best) = counts.iter().enumerate().max_by_key(|&(_, c)| *c)?;
        let kind = EntityType::ALL[i];
        (total >= MIN_HEAD_NAMES
            && best as f32 >= MIN_HEAD_SHARE * total as f32
            && kind != EntityType::Person)
            .then_some(kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, kind: EntityType) -> Entity {
        Entity {
            id: name.into(),
            name: name.into(),
            kind,
            aliases: Vec::new(),
            part_of: None,
            located_in: None,
            role: None,
        }
    }

    #[test]
    fn learns_given_names_and_heads() {
        let entities: Vec<Entity> = [
            ("Andre Agassi", EntityType::Person),
            ("Andre Joubert", EntityType::Person),
            ("Marion Jones", EntityType::Person),
            ("Lear Corp", EntityType::Org),
            ("Ford Motor Corp", EntityType::Org),
            ("Norwest Corp", EntityType::Org),
            ("Red River", EntityType::Loc),
        ]
        .into_iter()
        .map(|(n, k)| entity(n, k))
        .collect();
        let s = WordStats::learn(&entities);
        assert!(s.is_given_name("Andre") && !s.is_given_name("Jones"));
        assert!(s.is_surname("Jones") && !s.is_surname("Andre"));
        assert_eq!(s.head_type("Corp"), Some(EntityType::Org));
        assert_eq!(s.head_type("River"), None, "one name is not enough");
        assert_eq!(s.head_type("Jones"), None);
    }
}
