//! Known entities: the gazetteer and the matcher built from it.
//!
//! Owns: [`Gazetteer`] (entities by [`EntityId`], the Aho-Corasick
//! [`Matcher`]) and its loading ([`load`]). Reads: gazetteer files and the
//! built-in `data/gazetteer.tsv`. Writes nothing to documents itself: the
//! resolver turns its [`Hit`]s into mentions.

pub mod find;
pub mod load;
mod trie;
pub mod words;

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

pub use find::{Form, FormId, Hit, Matcher};
pub use load::Row;
pub use words::WordStats;

use crate::doc::{EntityId, EntityType};
use crate::error::{Error, Result};
use crate::lexicon;

/// One known entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The id from the gazetteer (a Wikidata QID where known).
    pub id: String,
    pub name: String,
    pub kind: EntityType,
    pub aliases: Vec<String>,
    /// The entity this one stands for as an actor (a capital's country).
    pub part_of: Option<EntityId>,
    /// The place this one lies in, without acting for it (a city's
    /// country): context for telling same-named places apart.
    pub located_in: Option<EntityId>,
    /// The offices a person held, in lower case (`chancellor of the
    /// exchequer (united kingdom) 1997-2007; ...`), when the gazetteer
    /// says.
    pub role: Option<Box<str>>,
}

impl Entity {
    /// The place this one belongs to, as an actor or only as a location.
    pub fn within(&self) -> Option<EntityId> {
        self.part_of.or(self.located_in)
    }
}

/// A column that names another entity.
#[derive(Clone, Copy)]
enum Link {
    PartOf,
    LocatedIn,
}

impl Link {
    fn column(self) -> &'static str {
        match self {
            Link::PartOf => "part_of",
            Link::LocatedIn => "located_in",
        }
    }
}

/// The merged gazetteer and its automaton, built once and shared by all
/// threads.
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_id: HashMap<String, EntityId>,
    matcher: Matcher,
    words: WordStats,
    /// Distinct for every gazetteer a process builds (see
    /// [`Gazetteer::generation`]).
    generation: u64,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entities", &self.entities.len())
            .field("forms", &self.matcher.len())
            .finish()
    }
}

impl Gazetteer {
    /// Loads the built-in gazetteer (when `with_default`) and the given
    /// files, merged in that order: a row whose id is already known adds
    /// its aliases to that entity and replaces its name, type and links (`part_of`, `located_in`).
    ///
    /// # Errors
    /// A file that cannot be read, a bad row, or a `part_of` or
    /// `located_in` naming an unknown id, each with `path:line`.
    pub fn load(with_default: bool, files: &[impl AsRef<Path>]) -> Result<Gazetteer> {
        let mut rows = Vec::new();
        if with_default {
            rows.extend(builtin_rows()?);
        }
        for f in files {
            rows.extend(load::read_file(f.as_ref())?);
        }
        Gazetteer::from_rows(rows)
    }

    /// The built-in gazetteer alone.
    pub fn builtin() -> Result<Gazetteer> {
        Gazetteer::from_rows(builtin_rows()?)
    }

    /// Builds a gazetteer from rows (merging rows with the same id).
    ///
    /// # Errors
    /// A `part_of` or `located_in` that names no entity.
    pub fn from_rows(rows: Vec<Row>) -> Result<Gazetteer> {
        let mut entities: Vec<Entity> = Vec::with_capacity(rows.len());
        let mut by_id: HashMap<String, EntityId> =
            HashMap::with_capacity_and_hasher(rows.len(), Default::default());
        // Links to other ids are checked once every row is in: (entity,
        // which link, target id, where it was written).
        let mut links: Vec<(usize, Link, String, std::path::PathBuf, u64)> = Vec::new();
        for row in rows {
            let i = match by_id.get(&row.id) {
                Some(&id) => {
                    let e = &mut entities[id.0 as usize];
                    let old_name = std::mem::replace(&mut e.name, row.name);
                    e.kind = row.kind;
                    if e.role.is_none() {
                        e.role = row.role.map(|r| r.to_lowercase().into());
                    }
                    for a in std::iter::once(old_name).chain(row.aliases) {
                        if a != e.name && !e.aliases.contains(&a) {
                            e.aliases.push(a);
                        }
                    }
                    id.0 as usize
                }
                None => {
                    let id = EntityId(entities.len() as u32);
                    by_id.insert(row.id.clone(), id);
                    entities.push(Entity {
                        id: row.id,
                        name: row.name,
                        kind: row.kind,
                        aliases: row.aliases,
                        part_of: None,
                        located_in: None,
                        role: row.role.map(|r| r.to_lowercase().into()),
                    });
                    id.0 as usize
                }
            };
            for (link, target) in [
                (Link::PartOf, row.part_of),
                (Link::LocatedIn, row.located_in),
            ] {
                if let Some(t) = target {
                    links.push((i, link, t, row.path.clone(), row.line));
                }
            }
        }
        for (i, link, target, path, line) in links {
            let Some(&t) = by_id.get(&target) else {
                return Err(Error::Gazetteer {
                    path,
                    line,
                    reason: format!("{} `{target}` is not the id of any entity", link.column()),
                });
            };
            let t = (t.0 as usize != i).then_some(t);
            match link {
                Link::PartOf => entities[i].part_of = t,
                Link::LocatedIn => entities[i].located_in = t,
            }
        }
        let matcher = Matcher::build(&entities, &|w| lexicon::is_common_word(w))?;
        let words = WordStats::learn(&entities);
        static GENERATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        Ok(Gazetteer {
            entities,
            by_id,
            matcher,
            words,
            generation: GENERATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        })
    }

    /// A number no other gazetteer of this process has, so that what is
    /// remembered by [`EntityId`] (which only means something within one
    /// gazetteer) can tell whose ids it holds, even after that gazetteer
    /// is gone and another took its place in memory.
    pub(crate) fn generation(&self) -> u64 {
        self.generation
    }

    /// The entity behind an id.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.0 as usize]
    }

    /// All entities, indexed by [`EntityId`].
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Looks an entity up by its gazetteer id (`Q7184`).
    pub fn by_id(&self, id: &str) -> Option<EntityId> {
        self.by_id.get(id).copied()
    }

    /// The matcher over every surface form.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// What the gazetteer's own names say about single words (given names,
    /// the head words of organisations and places).
    pub fn words(&self) -> &WordStats {
        &self.words
    }

    /// Raw hits of every name and alias in `text`.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        self.matcher.find(text)
    }
}

fn builtin_rows() -> Result<Vec<Row>> {
    load::read_delimited(
        Path::new("<built-in gazetteer>"),
        lexicon::GAZETTEER.as_bytes(),
        b'\t',
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(tsv: &str) -> Vec<Row> {
        load::read_delimited(Path::new("t.tsv"), tsv.as_bytes(), b'\t').unwrap()
    }

    #[test]
    fn builtin_covers_the_seed_entities() {
        let g = Gazetteer::builtin().unwrap();
        let names: std::collections::HashSet<&str> =
            g.entities().iter().map(|e| e.name.as_str()).collect();
        for want in [
            "NATO",
            "Jens Stoltenberg",
            "China",
            "Russia",
            "Ukraine",
            "Vladimir Putin",
            "CNBC",
            "Munich Security Conference",
            "Japan",
            "South Korea",
            "Australia",
            "New Zealand",
            "Taiwan",
            "United States",
            "North America",
            "Europe",
            "Asia",
            "Beijing",
            "Washington",
        ] {
            assert!(names.contains(want), "{want} is missing");
        }
        let beijing = g.entities().iter().find(|e| e.name == "Beijing").unwrap();
        let china = beijing.part_of.map(|p| g.entity(p).name.as_str());
        assert_eq!(china, Some("China"));
    }

    #[test]
    fn rows_with_the_same_id_merge() {
        let mut r = rows("id\tname\ttype\taliases\nQ1\tAcme\tORG\tAcme Corp\n");
        r.extend(rows("id\tname\ttype\taliases\nQ1\tAcme Inc\tORG\tACME\n"));
        let g = Gazetteer::from_rows(r).unwrap();
        assert_eq!(g.entities().len(), 1);
        assert_eq!(g.entity(EntityId(0)).name, "Acme Inc");
        assert_eq!(g.entity(EntityId(0)).aliases, ["Acme Corp", "Acme", "ACME"]);
    }

    #[test]
    fn unknown_part_of_is_an_error_with_line() {
        let r = rows("id\tname\ttype\taliases\tpart_of\nQ956\tBeijing\tGPE\t\tQ148\n");
        let err = Gazetteer::from_rows(r).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.tsv:2: bad gazetteer row: part_of `Q148` is not the id of any entity"
        );
    }
}
