//! Aggregation: annotated documents folded into one cross-document graph.
//!
//! Owns: [`Aggregate`], the mergeable accumulator behind [`Graph`].
//! Reads: `Document::{id, date, mentions, discovered, relations}` and the
//! gazetteer (names, types, aliases). Writes: a [`Graph`] ([`Aggregate::into_graph`]).
//!
//! Aggregation is associative and commutative: whatever the split of the
//! documents into shards and the order of [`Aggregate::add`] and
//! [`Aggregate::merge`], the result is the same, because
//! - everything is kept in ordered maps;
//! - per-document counts (`documents`) are incremented once per document and
//!   key inside `add`, and each document is added exactly once, so they are
//!   plain sums under `merge`;
//! - every choice is an order-free function of the merged values: min/max
//!   dates, the smallest evidence samples, the most frequent spelling of a
//!   discovered name (ties to the smallest).

use std::collections::btree_map::Entry;
use std::collections::BTreeMap;

use crate::doc::{Document, EntityId, EntityRef, EntityType, RelationType};
use crate::gazetteer::Gazetteer;
use crate::graph::{Edge, EntityNames, Evidence, Graph, Node, NodeKind};
use crate::span::Span;

/// A partial cross-document graph: build one per worker with
/// [`Aggregate::add`], combine them with [`Aggregate::merge`], finish with
/// [`Aggregate::into_graph`].
///
/// # Example
/// ```
/// use newsgraph::aggregate::Aggregate;
/// use newsgraph::{Document, Gazetteer};
///
/// let gazetteer = Gazetteer::builtin()?;
/// let docs = [Document::new("a1", "One."), Document::new("a2", "Two.")];
/// let mut left = Aggregate::default();
/// left.add(&gazetteer, &docs[0]);
/// let mut right = Aggregate::default();
/// right.add(&gazetteer, &docs[1]);
/// let graph = left.merge(right).into_graph();
/// assert_eq!(graph.documents, 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Aggregate {
    documents: u64,
    nodes: BTreeMap<String, NodeAcc>,
    edges: BTreeMap<EdgeKey, EdgeAcc>,
}

/// `(source id, relation type, target id)`; `RelationType` orders by its
/// name, so this is also the output order.
type EdgeKey = (String, RelationType, String);

#[derive(Clone, Debug, Default, PartialEq)]
struct NodeAcc {
    mentions: u64,
    documents: u64,
    /// The gazetteer's view, when the id is a known entity.
    known: Option<KnownInfo>,
    /// For discovered entities: how often each `(name, type)` was seen.
    spellings: BTreeMap<(String, EntityType), u64>,
}

/// Name, type and aliases from the gazetteer. Ordered so that shards built
/// with different gazetteers still merge deterministically (the smallest
/// wins), though one run uses one gazetteer.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct KnownInfo {
    name: String,
    kind: EntityType,
    aliases: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct EdgeAcc {
    weight: u64,
    documents: u64,
    first_date: Option<String>,
    last_date: Option<String>,
    /// Sorted, distinct, at most [`Evidence::MAX_SAMPLES`].
    evidence: Vec<Evidence>,
}

/// What one document contributes to one node.
#[derive(Default)]
struct LocalNode<'a> {
    mentions: u64,
    known: Option<EntityId>,
    spellings: BTreeMap<(&'a str, EntityType), u64>,
}

impl Aggregate {
    /// Adds one annotated document: a mention count for the entity of each
    /// mention (a metonym counts for the country it stands for, not the
    /// capital), an instance of an edge for each relation, and a node for
    /// every relation end, so that edges never dangle.
    ///
    /// Call it exactly once per document: `documents` counts are
    /// incremented once per call.
    pub fn add(&mut self, gazetteer: &Gazetteer, doc: &Document) {
        self.documents += 1;
        let names = EntityNames::new(gazetteer, doc);

        // Gather per document first, so each node and edge counts this
        // document once.
        let mut nodes: BTreeMap<&str, LocalNode> = BTreeMap::new();
        let mut see = |r: EntityRef, mention: bool| {
            let local = nodes.entry(names.id(r)).or_default();
            local.mentions += u64::from(mention);
            match r {
                EntityRef::Known(id) => {
                    local.known.get_or_insert(id);
                }
                EntityRef::Discovered(_) => {
                    *local
                        .spellings
                        .entry((names.name(r), names.kind(r)))
                        .or_default() += 1;
                }
            }
        };
        for m in &doc.mentions {
            see(m.entity, true);
        }
        for rel in &doc.relations {
            see(rel.source, false);
            see(rel.target, false);
        }
        let mut edges: BTreeMap<(&str, RelationType, &str), Vec<Span>> = BTreeMap::new();
        for rel in &doc.relations {
            edges
                .entry((names.id(rel.source), rel.kind, names.id(rel.target)))
                .or_default()
                .push(rel.evidence);
        }

        for (id, local) in nodes {
            if !self.nodes.contains_key(id) {
                self.nodes.insert(id.to_owned(), NodeAcc::default());
            }
            // Inserted just above when missing.
            let acc = self.nodes.get_mut(id).expect("node present");
            acc.mentions += local.mentions;
            acc.documents += 1;
            if let Some(entity) = local
                .known
                .and_then(|id| gazetteer.entities().get(id.0 as usize))
            {
                let info = KnownInfo {
                    name: entity.name.clone(),
                    kind: entity.kind,
                    aliases: entity.aliases.clone(),
                };
                merge_known(&mut acc.known, Some(info));
            }
            for ((name, kind), n) in local.spellings {
                *acc.spellings.entry((name.to_owned(), kind)).or_default() += n;
            }
        }

        let date = doc.date.as_deref().map(str::trim).filter(|d| !d.is_empty());
        for ((source, kind, target), spans) in edges {
            let acc = self
                .edges
                .entry((source.to_owned(), kind, target.to_owned()))
                .or_default();
            acc.weight += spans.len() as u64;
            acc.documents += 1;
            if let Some(date) = date {
                if acc.first_date.as_deref().is_none_or(|d| date < d) {
                    acc.first_date = Some(date.to_owned());
                }
                if acc.last_date.as_deref().is_none_or(|d| date > d) {
                    acc.last_date = Some(date.to_owned());
                }
            }
            for span in spans {
                let text = doc.text.get(span.start..span.end).unwrap_or("");
                offer_evidence(&mut acc.evidence, &doc.id, span, text);
            }
        }
    }

    /// Combines two aggregates; the result does not depend on which is
    /// `self`, nor on how the documents were split between them.
    pub fn merge(mut self, mut other: Aggregate) -> Aggregate {
        // Fold the smaller into the larger.
        if self.nodes.len() + self.edges.len() < other.nodes.len() + other.edges.len() {
            std::mem::swap(&mut self, &mut other);
        }
        self.documents += other.documents;
        for (id, acc) in other.nodes {
            match self.nodes.entry(id) {
                Entry::Vacant(e) => {
                    e.insert(acc);
                }
                Entry::Occupied(mut e) => e.get_mut().merge(acc),
            }
        }
        for (key, acc) in other.edges {
            match self.edges.entry(key) {
                Entry::Vacant(e) => {
                    e.insert(acc);
                }
                Entry::Occupied(mut e) => e.get_mut().merge(acc),
            }
        }
        self
    }

    /// How many documents were added.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// True when no node was seen yet.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty() && self.edges.is_empty()
    }

    /// The finished graph: nodes sorted by id, edges by
    /// `(source, type, target)`.
    pub fn into_graph(self) -> Graph {
        let nodes = self
            .nodes
            .into_iter()
            .map(|(id, acc)| acc.into_node(id))
            .collect();
        let edges = self
            .edges
            .into_iter()
            .map(|((source, kind, target), acc)| Edge {
                source,
                kind: kind.0.to_owned(),
                target,
                weight: acc.weight,
                documents: acc.documents,
                first_date: acc.first_date,
                last_date: acc.last_date,
                evidence: acc.evidence,
            })
            .collect();
        Graph {
            nodes,
            edges,
            documents: self.documents,
        }
    }
}

impl NodeAcc {
    fn merge(&mut self, other: NodeAcc) {
        self.mentions += other.mentions;
        self.documents += other.documents;
        merge_known(&mut self.known, other.known);
        for (spelling, n) in other.spellings {
            *self.spellings.entry(spelling).or_default() += n;
        }
    }

    fn into_node(self, id: String) -> Node {
        let (name, kind, aliases, known) = match self.known {
            Some(info) => (info.name, info.kind, info.aliases, true),
            None => {
                // The most frequent spelling; `max_by_key` keeps the last
                // maximum, so iterate in reverse to let ties go to the
                // smallest `(name, type)`.
                let best = self.spellings.into_iter().rev().max_by_key(|(_, n)| *n);
                match best {
                    Some(((name, kind), _)) => (name, kind, Vec::new(), false),
                    None => (id.clone(), EntityType::Other, Vec::new(), false),
                }
            }
        };
        Node {
            id,
            name,
            kind: NodeKind::Entity(kind),
            aliases,
            mentions: self.mentions,
            documents: self.documents,
            known,
        }
    }
}

impl EdgeAcc {
    fn merge(&mut self, other: EdgeAcc) {
        self.weight += other.weight;
        self.documents += other.documents;
        self.first_date = match (self.first_date.take(), other.first_date) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.last_date = match (self.last_date.take(), other.last_date) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        self.evidence.extend(other.evidence);
        self.evidence.sort_unstable();
        self.evidence.dedup();
        self.evidence.truncate(Evidence::MAX_SAMPLES);
    }
}

/// Keeps the smallest of two gazetteer views (they are equal within a run).
fn merge_known(slot: &mut Option<KnownInfo>, other: Option<KnownInfo>) {
    if let Some(other) = other {
        match slot {
            Some(current) if *current <= other => {}
            _ => *slot = Some(other),
        }
    }
}

/// Inserts a sample into a sorted, distinct, bounded list, allocating only
/// when it makes the cut.
fn offer_evidence(samples: &mut Vec<Evidence>, doc: &str, span: Span, text: &str) {
    let key = (doc, span.start, span.end, text);
    let pos = samples.partition_point(|e| (e.doc.as_str(), e.start, e.end, e.text.as_str()) < key);
    if pos >= Evidence::MAX_SAMPLES {
        return;
    }
    if let Some(e) = samples.get(pos) {
        if (e.doc.as_str(), e.start, e.end, e.text.as_str()) == key {
            return;
        }
    }
    samples.insert(
        pos,
        Evidence {
            doc: doc.to_owned(),
            start: span.start,
            end: span.end,
            text: text.to_owned(),
        },
    );
    samples.truncate(Evidence::MAX_SAMPLES);
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use proptest::prelude::*;

    use super::*;
    use crate::doc::{Discovered, DiscoveredIdx, Mention, Relation, Via};
    use crate::gazetteer::Row;

    const TEXT: &str = "Beijing accused NATO. Stoltenberg said: “No.” John Smith spoke.";

    fn gazetteer() -> Gazetteer {
        let row =
            |id: &str, name: &str, kind: EntityType, aliases: &[&str], part_of: Option<&str>| Row {
                id: id.into(),
                name: name.into(),
                kind,
                aliases: aliases.iter().map(|a| a.to_string()).collect(),
                part_of: part_of.map(str::to_owned),
                path: PathBuf::from("t.tsv"),
                line: 1,
            };
        Gazetteer::from_rows(vec![
            row("Q148", "China", EntityType::Gpe, &["PRC"], None),
            row("Q956", "Beijing", EntityType::Gpe, &[], Some("Q148")),
            row(
                "Q7184",
                "NATO",
                EntityType::Org,
                &["North Atlantic Alliance"],
                None,
            ),
            row(
                "Q57278",
                "Jens Stoltenberg",
                EntityType::Person,
                &["Stoltenberg"],
                None,
            ),
        ])
        .unwrap()
    }

    fn known(i: u32) -> EntityRef {
        EntityRef::Known(EntityId(i))
    }

    fn discovered(i: u32) -> EntityRef {
        EntityRef::Discovered(DiscoveredIdx(i))
    }

    fn mention(start: usize, end: usize, entity: EntityRef) -> Mention {
        Mention {
            span: Span::new(start, end),
            sentence: 0,
            entity,
            literal: None,
            via: Via::Alias,
            modifier: false,
            confidence: 1.0,
        }
    }

    fn relation(
        kind: &'static str,
        source: EntityRef,
        target: EntityRef,
        start: usize,
        end: usize,
    ) -> Relation {
        Relation {
            sentence: 0,
            kind: RelationType(kind),
            source,
            target,
            evidence: Span::new(start, end),
            trigger: None,
            quote: None,
            rule: "test",
            confidence: 0.5,
            negated: false,
        }
    }

    /// A small document whose refs, relations and date come from codes, so
    /// that proptest can generate many.
    fn synthetic(
        id: u8,
        date: Option<u8>,
        mentions: &[u8],
        relations: &[(u8, u8, u8, u8)],
    ) -> Document {
        const KINDS: [&str; 3] = ["ACCUSE", "SAID_TO", "MEET"];
        let mut doc = Document::new(format!("d{id}"), TEXT);
        doc.date = date.map(|d| format!("2024-0{}-01", d + 1));
        // Two spellings of one discovered id, which documents disagree on.
        let smith = if id % 2 == 0 {
            "John Smith"
        } else {
            "JOHN SMITH"
        };
        doc.discovered = vec![
            Discovered {
                name: smith.into(),
                kind: EntityType::Person,
            },
            Discovered {
                name: "Ann Lee".into(),
                kind: EntityType::Person,
            },
        ];
        let r = |code: u8| {
            if code < 4 {
                known(u32::from(code))
            } else {
                discovered(u32::from(code - 4))
            }
        };
        for (i, &code) in mentions.iter().enumerate() {
            doc.mentions.push(mention(i, i + 1, r(code)));
        }
        for &(s, k, t, at) in relations {
            let start = usize::from(at) * 4;
            doc.relations.push(relation(
                KINDS[usize::from(k)],
                r(s),
                r(t),
                start,
                start + 7,
            ));
        }
        doc
    }

    fn arb_doc() -> impl Strategy<Value = Document> {
        (
            0u8..6,
            proptest::option::of(0u8..4),
            proptest::collection::vec(0u8..6, 0..6),
            proptest::collection::vec((0u8..6, 0u8..3, 0u8..6, 0u8..8), 0..5),
        )
            .prop_map(|(id, date, mentions, relations)| synthetic(id, date, &mentions, &relations))
    }

    fn aggregate(gazetteer: &Gazetteer, docs: &[Document]) -> Aggregate {
        let mut agg = Aggregate::default();
        for doc in docs {
            agg.add(gazetteer, doc);
        }
        agg
    }

    proptest! {
        #[test]
        fn merge_order_does_not_matter(
            (docs, shuffled) in proptest::collection::vec(arb_doc(), 0..12)
                .prop_flat_map(|docs| (Just(docs.clone()), Just(docs).prop_shuffle())),
            sizes in proptest::collection::vec(1usize..4, 1..8),
            picks in proptest::collection::vec(any::<u8>(), 0..12),
        ) {
            let g = gazetteer();
            let want = aggregate(&g, &docs);
            // Split the shuffled documents into shards of random sizes ...
            let mut shards = Vec::new();
            let mut rest = &shuffled[..];
            for &n in sizes.iter().cycle() {
                let (shard, tail) = rest.split_at(n.min(rest.len()));
                shards.push(aggregate(&g, shard));
                rest = tail;
                if rest.is_empty() {
                    break;
                }
            }
            // ... and merge neighbours in a random order and direction.
            let mut picks = picks.into_iter().cycle();
            while shards.len() > 1 {
                let pick = picks.next().unwrap_or(0);
                let i = usize::from(pick) % (shards.len() - 1);
                let b = shards.remove(i + 1);
                let a = shards.remove(i);
                let merged = if pick % 2 == 0 { a.merge(b) } else { b.merge(a) };
                shards.insert(i, merged);
            }
            let got = shards.pop().unwrap_or_default();
            prop_assert_eq!(&got, &want);
            let graph = got.into_graph();
            for e in &graph.edges {
                prop_assert!(graph.node(&e.source).is_some() && graph.node(&e.target).is_some());
            }
            prop_assert!(graph.nodes.windows(2).all(|w| w[0].id < w[1].id));
        }
    }

    #[test]
    fn counts_are_right() {
        let g = gazetteer();
        // Doc 1: "Beijing" is a metonym for China; China accuses NATO twice.
        let mut d1 = Document::new("a1", TEXT);
        d1.date = Some("2024-02-01".into());
        let mut beijing = mention(0, 7, known(0));
        beijing.literal = Some(known(1));
        beijing.via = Via::Metonym;
        d1.mentions = vec![
            beijing,
            mention(16, 20, known(2)),
            mention(22, 33, known(3)),
        ];
        d1.relations = vec![
            relation("ACCUSE", known(0), known(2), 0, 21),
            relation("ACCUSE", known(0), known(2), 0, 21),
            relation("SAID_TO", known(3), discovered(0), 22, 49),
        ];
        d1.discovered = vec![Discovered {
            name: "John Smith".into(),
            kind: EntityType::Person,
        }];
        // Doc 2: one more accusation, earlier, and no mentions at all.
        let mut d2 = Document::new("a0", TEXT);
        d2.date = Some("2023-12-31".into());
        d2.relations = vec![relation("ACCUSE", known(0), known(2), 8, 15)];

        let graph = aggregate(&g, &[d1, d2]).into_graph();
        let ids: Vec<&str> = graph.nodes.iter().map(|n| n.id.as_str()).collect();
        // Beijing is not a node: it was only the literal of a metonym.
        assert_eq!(ids, ["Q148", "Q57278", "Q7184", "ng:john-smith"]);
        let counts = |id: &str| graph.node(id).map(|n| (n.mentions, n.documents, n.known));
        assert_eq!(counts("Q148"), Some((1, 2, true)));
        assert_eq!(counts("Q7184"), Some((1, 2, true)));
        assert_eq!(counts("Q57278"), Some((1, 1, true)));
        assert_eq!(counts("ng:john-smith"), Some((0, 1, false)));
        let china = graph.node("Q148").unwrap();
        assert_eq!(
            (china.name.as_str(), china.aliases.as_slice()),
            ("China", &["PRC".to_string()][..])
        );
        assert_eq!(graph.node("ng:john-smith").unwrap().name, "John Smith");

        let accuse = graph.edge("Q148", "ACCUSE", "Q7184").unwrap();
        assert_eq!((accuse.weight, accuse.documents), (3, 2));
        assert_eq!(accuse.first_date.as_deref(), Some("2023-12-31"));
        assert_eq!(accuse.last_date.as_deref(), Some("2024-02-01"));
        let samples: Vec<(&str, usize, &str)> = accuse
            .evidence
            .iter()
            .map(|e| (e.doc.as_str(), e.start, e.text.as_str()))
            .collect();
        // The duplicate instance in a1 is one sample; a0 sorts first.
        assert_eq!(
            samples,
            [("a0", 8, "accused"), ("a1", 0, "Beijing accused NATO.")]
        );
        let keys: Vec<(&str, &str, &str)> = graph
            .edges
            .iter()
            .map(|e| (e.source.as_str(), e.kind.as_str(), e.target.as_str()))
            .collect();
        assert_eq!(
            keys,
            [
                ("Q148", "ACCUSE", "Q7184"),
                ("Q57278", "SAID_TO", "ng:john-smith")
            ]
        );
        assert_eq!(graph.documents, 2);
    }

    #[test]
    fn evidence_keeps_the_smallest_three() {
        let mut samples = Vec::new();
        for (doc, start) in [("b", 5), ("a", 9), ("b", 1), ("a", 9), ("c", 0), ("a", 2)] {
            offer_evidence(&mut samples, doc, Span::new(start, start + 1), "x");
        }
        let got: Vec<(&str, usize)> = samples.iter().map(|e| (e.doc.as_str(), e.start)).collect();
        assert_eq!(got, [("a", 2), ("a", 9), ("b", 1)]);
    }

    #[test]
    fn discovered_spelling_is_the_most_frequent() {
        let g = gazetteer();
        // Even ids spell "John Smith", odd ids "JOHN SMITH": two against one.
        let docs = [
            synthetic(0, None, &[4], &[]),
            synthetic(1, None, &[4], &[]),
            synthetic(2, None, &[4], &[]),
        ];
        let graph = aggregate(&g, &docs).into_graph();
        let smith = graph.node("ng:john-smith").unwrap();
        assert_eq!(
            (
                smith.name.as_str(),
                smith.mentions,
                smith.documents,
                smith.known
            ),
            ("John Smith", 3, 3, false)
        );
    }
}
