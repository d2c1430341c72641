//! The aggregated cross-document graph.
//!
//! Owns: [`Graph`], [`Node`], [`NodeKind`], [`Edge`] and [`Evidence`], and
//! [`EntityNames`], which gives a document's entity references the ids,
//! names and types every output uses. Reads: the gazetteer and
//! `Document::discovered` (for names). Writes nothing:
//! [`crate::aggregate::Aggregate::into_graph`] builds the graph and the
//! exporters in [`crate::export`] write it. Nodes are sorted by id and edges
//! by `(source, target, type)`, so a graph's bytes never depend on the order
//! documents were processed in.

use std::sync::Arc;

use crate::doc::{Document, EntityRef, EntityType};
use crate::gazetteer::Gazetteer;

/// The graph of entities and the relations between them, across a dump.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    /// Every node once, sorted by [`Node::id`].
    pub nodes: Vec<Node>,
    /// Every edge once, sorted by `(source, target, kind)`; both ends are
    /// always in `nodes`.
    pub edges: Vec<Edge>,
    /// How many documents were aggregated.
    pub documents: u64,
}

impl Graph {
    /// The node with this id, if any (binary search: nodes are sorted).
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes
            .binary_search_by(|n| n.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.nodes[i])
    }

    /// The edge `source -kind-> target`, if any (binary search: edges are
    /// sorted).
    pub fn edge(&self, source: &str, kind: &str, target: &str) -> Option<&Edge> {
        self.edges
            .binary_search_by(|e| {
                (e.source.as_str(), e.target.as_str(), e.kind.as_str()).cmp(&(source, target, kind))
            })
            .ok()
            .map(|i| &self.edges[i])
    }
}

/// What a node stands for: an entity, an article or a quote. Exporters ask
/// the kind for its type name and labels instead of matching on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    /// A known (gazetteer) or discovered entity.
    Entity(EntityType),
    /// A news article (id `article:<doc id>`), with `MENTIONS` edges to the
    /// entities it mentions and `QUOTES` edges to its quotes.
    Article,
    /// A quote (id `quote:<doc id>:<n>`, `n` its 0-based line in the
    /// document's quotes), with a `SAID` edge from its speaker.
    Quote,
}

impl NodeKind {
    /// The `type` written in every output (`PERSON`, `ORG`, ...,
    /// `ARTICLE`, `QUOTE`).
    pub const fn type_name(self) -> &'static str {
        match self {
            NodeKind::Entity(t) => t.as_str(),
            NodeKind::Article => "ARTICLE",
            NodeKind::Quote => "QUOTE",
        }
    }

    /// The Neo4j labels, joined with `;` (the import tool's array
    /// delimiter): `Entity` plus one CamelCase label per type.
    ///
    /// | type   | labels                         |
    /// |--------|--------------------------------|
    /// | PERSON | `Entity;Person`                |
    /// | ORG    | `Entity;Organization`          |
    /// | GPE    | `Entity;GeopoliticalEntity`    |
    /// | LOC    | `Entity;Location`              |
    /// | NORP   | `Entity;Group`                 |
    /// | EVENT  | `Entity;Event`                 |
    /// | WORK   | `Entity;Work`                  |
    /// | OTHER  | `Entity`                       |
    /// | ARTICLE| `Article`                      |
    /// | QUOTE  | `Quote`                        |
    pub const fn labels(self) -> &'static str {
        match self {
            NodeKind::Article => "Article",
            NodeKind::Quote => "Quote",
            NodeKind::Entity(t) => match t {
                EntityType::Person => "Entity;Person",
                EntityType::Org => "Entity;Organization",
                EntityType::Gpe => "Entity;GeopoliticalEntity",
                EntityType::Loc => "Entity;Location",
                EntityType::Norp => "Entity;Group",
                EntityType::Event => "Entity;Event",
                EntityType::Work => "Entity;Work",
                EntityType::Other => "Entity",
            },
        }
    }
}

/// One node: an entity with its counts over the dump, an article or a
/// quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The gazetteer id (`Q7184`), or [`crate::doc::Discovered::id`]
    /// (`ng:john-smith`) for an entity found only in the text.
    pub id: String,
    pub name: String,
    pub kind: NodeKind,
    /// The gazetteer's aliases, in gazetteer order; empty for discovered
    /// entities.
    pub aliases: Vec<String>,
    /// How many mentions refer to it (metonyms count for what they stand
    /// for: `Beijing accused` counts for China).
    pub mentions: u64,
    /// How many documents mention it or have it as a relation end.
    pub documents: u64,
    /// True for gazetteer entities, false for discovered ones (and for
    /// articles and quotes).
    pub known: bool,
    /// What an article or quote node carries; `None` for entities.
    pub record: Option<Record>,
}

/// The properties of an article or quote node. `name` holds the article's
/// title (or its id) and the quote's text.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(tag = "node", rename_all = "lowercase")]
pub enum Record {
    Article {
        /// The document id.
        doc: String,
        title: Option<String>,
        date: Option<String>,
        /// The input file the article was read from.
        source: Option<String>,
    },
    Quote {
        /// The document id.
        doc: String,
        /// Byte offsets of the content in the document's text.
        start: usize,
        end: usize,
        /// `direct`, `indirect` or `mixed`.
        kind: String,
        date: Option<String>,
    },
}

/// One aggregated edge: every relation instance of one type between the
/// same two nodes.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    pub source: String,
    /// The relation type (`SAID_TO`, `ACCUSE`, ...).
    pub kind: String,
    pub target: String,
    /// How many relation instances.
    pub weight: u64,
    /// How many distinct documents they come from.
    pub documents: u64,
    /// The smallest [`crate::Document::date`] among them, as written (ISO
    /// dates sort chronologically); `None` when no document had a date.
    pub first_date: Option<String>,
    /// The largest date among them.
    pub last_date: Option<String>,
    /// At most [`Evidence::MAX_SAMPLES`] instances: the smallest by
    /// `(doc, start, end, text)`, which does not depend on merge order.
    pub evidence: Vec<Evidence>,
}

/// The text supporting one relation instance (serialised as
/// `{"doc","start","end","text"}` in `graph.json`).
///
/// The strings are shared: with the other samples of the same document
/// (its id), and with the other edges that quote the same sentence (the
/// co-mentions of one sentence all do), so that a graph holds each text
/// once and is made without copying it.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Evidence {
    /// The document id.
    #[serde(with = "shared_str")]
    pub doc: Arc<str>,
    /// Byte offsets into that document's text.
    pub start: usize,
    pub end: usize,
    #[serde(with = "shared_str")]
    pub text: Arc<str>,
}

/// `Arc<str>` as a JSON string (serde's own impls need its `rc` feature).
mod shared_str {
    use std::sync::Arc;

    pub fn serialize<S: serde::Serializer>(s: &Arc<str>, out: S) -> Result<S::Ok, S::Error> {
        out.serialize_str(s)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(input: D) -> Result<Arc<str>, D::Error> {
        <String as serde::Deserialize>::deserialize(input).map(Arc::from)
    }
}

impl Evidence {
    /// How many evidence samples an edge keeps.
    pub const MAX_SAMPLES: usize = 3;
}

/// The id, name and type of each entity reference of one document, as
/// every output writes them: a known entity's gazetteer id, or
/// [`crate::doc::Discovered::id`] for an entity found in the text.
///
/// Built once per document (it computes the discovered ids up front).
#[derive(Debug)]
pub struct EntityNames<'a> {
    gazetteer: &'a Gazetteer,
    doc: &'a Document,
    discovered_ids: Vec<String>,
}

impl<'a> EntityNames<'a> {
    /// Names the references of `doc`.
    pub fn new(gazetteer: &'a Gazetteer, doc: &'a Document) -> EntityNames<'a> {
        EntityNames {
            gazetteer,
            doc,
            discovered_ids: doc.discovered.iter().map(|d| d.id()).collect(),
        }
    }

    /// The gazetteer the known references are named from.
    pub fn gazetteer(&self) -> &'a Gazetteer {
        self.gazetteer
    }

    /// The document whose references these are.
    pub fn doc(&self) -> &'a Document {
        self.doc
    }

    /// The node id. A reference out of range (which no stage produces)
    /// gets an empty id rather than a panic.
    pub fn id(&self, r: EntityRef) -> &str {
        match r {
            EntityRef::Known(id) => self
                .gazetteer
                .entities()
                .get(id.0 as usize)
                .map_or("", |e| &e.id),
            EntityRef::Discovered(i) => self.discovered_ids.get(i.0 as usize).map_or("", |s| s),
        }
    }

    /// The display name.
    pub fn name(&self, r: EntityRef) -> &'a str {
        match r {
            EntityRef::Known(id) => self
                .gazetteer
                .entities()
                .get(id.0 as usize)
                .map_or("", |e| &e.name),
            EntityRef::Discovered(i) => self
                .doc
                .discovered
                .get(i.0 as usize)
                .map_or("", |d| &d.name),
        }
    }

    /// The entity type.
    pub fn kind(&self, r: EntityRef) -> EntityType {
        match r {
            EntityRef::Known(id) => self
                .gazetteer
                .entities()
                .get(id.0 as usize)
                .map_or(EntityType::Other, |e| e.kind),
            EntityRef::Discovered(i) => self
                .doc
                .discovered
                .get(i.0 as usize)
                .map_or(EntityType::Other, |d| d.kind),
        }
    }

    /// The gazetteer's aliases of a known entity; empty for a discovered one.
    pub fn aliases(&self, r: EntityRef) -> &'a [String] {
        match r {
            EntityRef::Known(id) => self
                .gazetteer
                .entities()
                .get(id.0 as usize)
                .map_or(&[], |e| &e.aliases),
            EntityRef::Discovered(_) => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str) -> Node {
        Node {
            id: id.into(),
            name: id.into(),
            kind: NodeKind::Entity(EntityType::Other),
            aliases: vec![],
            mentions: 1,
            documents: 1,
            known: true,
            record: None,
        }
    }

    fn edge(s: &str, k: &str, t: &str) -> Edge {
        Edge {
            source: s.into(),
            kind: k.into(),
            target: t.into(),
            weight: 1,
            documents: 1,
            first_date: None,
            last_date: None,
            evidence: vec![],
        }
    }

    #[test]
    fn lookups_use_the_sort_order() {
        let g = Graph {
            nodes: vec![node("Q1"), node("Q2"), node("ng:x")],
            edges: vec![
                edge("Q1", "ACCUSE", "Q2"),
                edge("Q1", "SAID_TO", "Q2"),
                edge("Q2", "ACCUSE", "Q1"),
            ],
            documents: 1,
        };
        for id in ["Q1", "Q2", "ng:x"] {
            assert_eq!(g.node(id).map(|n| n.id.as_str()), Some(id));
        }
        assert!(g.node("Q3").is_none());
        assert!(g.edge("Q1", "SAID_TO", "Q2").is_some());
        assert!(g.edge("Q2", "SAID_TO", "Q1").is_none());
    }

    #[test]
    fn every_type_has_labels_starting_with_entity() {
        for t in EntityType::ALL {
            let kind = NodeKind::Entity(t);
            assert!(kind.labels().starts_with("Entity"), "{t}");
            assert_eq!(kind.type_name(), t.as_str());
        }
    }
}
