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
use std::collections::hash_map::Entry as HashEntry;
use std::collections::BTreeMap;
use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use crate::doc::{Document, EntityId, EntityRef, EntityType, RelationType};
use crate::export::json;
use crate::export::node_link::EdgeTails;
use crate::gazetteer::Gazetteer;
use crate::graph::{Edge, EntityNames, Evidence, Graph, Node, NodeKind, Record};
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
#[derive(Clone, Debug, Default)]
pub struct Aggregate {
    documents: u64,
    /// Every node id (entity, article or quote) once; nodes and edges refer
    /// to it by index. Hash maps throughout: the output sorts once at the
    /// end.
    ids: HashMap<Box<str>, NodeIdx>,
    /// Entity nodes by [`NodeIdx`]; `None` for the ids of `records`.
    nodes: Vec<Option<NodeAcc>>,
    /// One flat map: a nested map per source and a `BTreeMap` per
    /// (source, target) pair cost a 1 KiB tree node for each pair, half of
    /// the aggregate's memory.
    edges: HashMap<EdgeKey, EdgeAcc>,
    /// Article and quote nodes by id; a duplicate id (the same document
    /// read twice) keeps the smallest record.
    records: BTreeMap<String, RecordAcc>,
    /// Leave out article and quote nodes and their edges (`MENTIONS`,
    /// `QUOTES`, `SAID`): they grow with the dump, while the entity graph
    /// grows only with the number of distinct entities.
    entities_only: bool,
    /// The node of each gazetteer entity seen so far, by [`EntityId`].
    known_nodes: KnownNodes,
}

/// Node indices by [`EntityId`] for one gazetteer: a known entity's node is
/// found by its index in a dense list instead of hashing its id and reading
/// the key back (a cache miss each in a large aggregate), which made
/// [`Aggregate::intern`] the hottest part of adding a document. Only a
/// shortcut to `ids`: it never decides an index by itself.
#[derive(Clone, Debug, Default)]
struct KnownNodes {
    /// [`Gazetteer::generation`] of the gazetteer `nodes` is for.
    gazetteer: Option<u64>,
    /// Indexed by [`EntityId`]; [`KnownNodes::NONE`] where not seen yet.
    nodes: Vec<NodeIdx>,
}

impl KnownNodes {
    const NONE: NodeIdx = NodeIdx::MAX;
}

/// A node id's index in [`Aggregate::ids`].
type NodeIdx = u32;

/// `(source, target, type)`.
type EdgeKey = (NodeIdx, NodeIdx, RelationType);

/// Equal when they hold the same graph, whatever the order ids were
/// first seen in (which decides the indices).
impl PartialEq for Aggregate {
    fn eq(&self, other: &Aggregate) -> bool {
        fn edges<'a>(sorted: &Sorted<'a>) -> Vec<(&'a str, &'a str, RelationType, &'a EdgeAcc)> {
            let names = &sorted.names;
            sorted
                .edges
                .iter()
                .map(|&(&(s, t, kind), acc)| (names[s as usize], names[t as usize], kind, acc))
                .collect()
        }
        let (mine, theirs) = (self.sorted(), other.sorted());
        self.documents == other.documents
            && self.entities_only == other.entities_only
            && self.records == other.records
            && mine.nodes == theirs.nodes
            && edges(&mine) == edges(&theirs)
    }
}

/// The node ids in order, sorted once for everything written in id order
/// (nodes, and edges by their ends' ids).
struct IdOrder {
    /// The indices, in id order.
    order: Vec<NodeIdx>,
    /// Each index's rank in id order, so that sorting by rank sorts by id.
    ranks: Vec<u32>,
}

impl IdOrder {
    fn new<S: AsRef<str>>(names: &[S]) -> IdOrder {
        let mut order: Vec<NodeIdx> = (0..names.len() as NodeIdx).collect();
        order.sort_unstable_by(|&a, &b| names[a as usize].as_ref().cmp(names[b as usize].as_ref()));
        let mut ranks = vec![0; names.len()];
        for (rank, &i) in order.iter().enumerate() {
            ranks[i as usize] = rank as u32;
        }
        IdOrder { order, ranks }
    }

    /// An edge's ends' ranks in one number: edges sort by it first.
    fn ends_rank(&self, &(source, target, _): &EdgeKey) -> u64 {
        let rank = |i: NodeIdx| u64::from(self.ranks[i as usize]);
        (rank(source) << 32) | rank(target)
    }
}

/// An article or quote node: its display name and properties.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct RecordAcc {
    name: String,
    mentions: u64,
    record: Record,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct NodeAcc {
    mentions: u64,
    documents: u64,
    /// The gazetteer's view, when the id is a known entity.
    known: Option<KnownInfo>,
    /// For discovered entities: how often each `(name, type)` was seen,
    /// sorted by `(name, type)`, each once (see [`add_spelling`]).
    spellings: Vec<Spelling>,
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
    /// Shared with the other edges of the document the date is from (see
    /// [`DocDate`]): a `String` each cost every edge two allocations.
    first_date: Option<Arc<str>>,
    last_date: Option<Arc<str>>,
    /// Sorted, distinct, at most [`Evidence::MAX_SAMPLES`], no spare
    /// capacity: most edges keep one sample.
    evidence: Vec<Sample>,
}

/// An edge's evidence samples share their strings (see [`Evidence`]),
/// which halves the text an aggregate holds.
type Sample = Evidence;

/// One document's date, made shareable once when the first edge keeps it
/// (as [`SampleMaker`] makes its samples).
struct DocDate<'a> {
    date: Option<&'a str>,
    shared: Option<Arc<str>>,
}

impl<'a> DocDate<'a> {
    fn new(date: Option<&'a str>) -> DocDate<'a> {
        DocDate { date, shared: None }
    }

    /// The date, shared.
    fn share(&mut self, date: &str) -> Arc<str> {
        Arc::clone(self.shared.get_or_insert_with(|| date.into()))
    }
}

/// One document's samples, made once each however many edges keep them.
struct SampleMaker<'a> {
    doc: &'a Document,
    id: Option<Arc<str>>,
    texts: HashMap<Span, Arc<str>>,
}

impl<'a> SampleMaker<'a> {
    fn new(doc: &'a Document) -> SampleMaker<'a> {
        SampleMaker {
            doc,
            id: None,
            texts: HashMap::default(),
        }
    }

    fn text(&self, span: Span) -> &'a str {
        self.doc.text.get(span.start..span.end).unwrap_or("")
    }

    fn make(&mut self, span: Span) -> Sample {
        let doc = self.doc;
        Sample {
            doc: Arc::clone(self.id.get_or_insert_with(|| doc.id.as_str().into())),
            start: span.start,
            end: span.end,
            text: Arc::clone(
                self.texts
                    .entry(span)
                    .or_insert_with(|| doc.text.get(span.start..span.end).unwrap_or("").into()),
            ),
        }
    }
}

/// A spelling of a discovered entity's name and how often it was seen.
type Spelling = ((String, EntityType), u64);

/// Adds `n` sightings of `(name, kind)` to a sorted list of spellings.
/// A sorted `Vec` rather than a map: a discovered entity nearly always has
/// one spelling, and a lookup by `&str` needs no owned key.
fn add_spelling(spellings: &mut Vec<Spelling>, name: &str, kind: EntityType, n: u64) {
    match spellings.binary_search_by(|((s, k), _)| (s.as_str(), *k).cmp(&(name, kind))) {
        Ok(i) => spellings[i].1 += n,
        Err(i) => spellings.insert(i, ((name.to_owned(), kind), n)),
    }
}

/// What one document contributes to one node.
#[derive(Default)]
struct LocalNode<'a> {
    mentions: u64,
    known: Option<EntityId>,
    /// `(name, type)` and how often, in first-seen order (a handful at most).
    spellings: Vec<((&'a str, EntityType), u64)>,
}

/// What one document contributes to each node, and which node each of
/// its entity references is.
struct LocalNodes<'a> {
    /// Each reference's slot in `locals`. A reference seen again (most
    /// are) costs this one lookup: a map from reference to node index and
    /// another from node index to share cost two.
    refs: HashMap<EntityRef, u32>,
    /// Each node's slot, asked only for a reference seen first (two
    /// references may have one id).
    slots: HashMap<NodeIdx, u32>,
    locals: Vec<(NodeIdx, LocalNode<'a>)>,
}

impl<'a> LocalNodes<'a> {
    /// Sized for a document's few dozen references up front, rather than
    /// grown by rehashing from empty.
    fn new(capacity: usize) -> LocalNodes<'a> {
        LocalNodes {
            refs: HashMap::with_capacity_and_hasher(capacity, Default::default()),
            slots: HashMap::with_capacity_and_hasher(capacity, Default::default()),
            locals: Vec::with_capacity(capacity),
        }
    }

    /// The node `r` names and this document's share of it.
    fn slot(
        &mut self,
        agg: &mut Aggregate,
        names: &EntityNames<'_>,
        r: EntityRef,
    ) -> (NodeIdx, &mut LocalNode<'a>) {
        let locals = &mut self.locals;
        let slots = &mut self.slots;
        let i = *self.refs.entry(r).or_insert_with(|| {
            let idx = agg.intern_ref(names, r);
            *slots.entry(idx).or_insert_with(|| {
                locals.push((idx, LocalNode::default()));
                locals.len() as u32 - 1
            })
        });
        let (idx, local) = &mut locals[i as usize];
        (*idx, local)
    }

    /// The node `r` names, without a share for it when it has none yet.
    fn node(&self, agg: &mut Aggregate, names: &EntityNames<'_>, r: EntityRef) -> NodeIdx {
        match self.refs.get(&r) {
            Some(&i) => self.locals[i as usize].0,
            None => agg.intern_ref(names, r),
        }
    }
}

impl Aggregate {
    /// An aggregate of the entity graph alone: no article or quote nodes,
    /// so memory stays bounded by the number of distinct entities and
    /// relations, whatever the number of documents.
    pub fn entities_only() -> Aggregate {
        Aggregate {
            entities_only: true,
            ..Aggregate::default()
        }
    }

    /// Adds one annotated document: a mention count for the entity of each
    /// mention (a metonym counts for the country it stands for, not the
    /// capital), an instance of an edge for each asserted relation (a
    /// negated or modal one, `did not attack`, `plans to visit`, stays in
    /// relations.jsonl only: an edge says it happened), and a node for
    /// every relation end, so that edges never dangle.
    ///
    /// Call it exactly once per document: `documents` counts are
    /// incremented once per call.
    pub fn add(&mut self, gazetteer: &Gazetteer, doc: &Document) {
        self.add_named(&EntityNames::new(gazetteer, doc));
    }

    /// [`Aggregate::add`] for the document `names` was made for, when the
    /// caller names its references for other uses too (its output lines):
    /// the ids of its discovered entities are then made once.
    pub fn add_named(&mut self, names: &EntityNames<'_>) {
        let (gazetteer, doc) = (names.gazetteer(), names.doc());
        self.documents += 1;
        let entities_only = self.entities_only;

        // Gather per document first, so each node and edge counts this
        // document once. Each entity reference's id is looked up once per
        // document; references with the same id share its node.
        let mut locals = LocalNodes::new(doc.mentions.len().min(64));
        let mut see = |agg: &mut Aggregate, r: EntityRef, mention: bool| -> NodeIdx {
            let (idx, local) = locals.slot(agg, names, r);
            local.mentions += u64::from(mention);
            match r {
                EntityRef::Known(id) => {
                    local.known.get_or_insert(id);
                }
                EntityRef::Discovered(_) => {
                    let spelling = (names.name(r), names.kind(r));
                    match local.spellings.iter_mut().find(|(s, _)| *s == spelling) {
                        Some((_, n)) => *n += 1,
                        None => local.spellings.push((spelling, 1)),
                    }
                }
            }
            idx
        };
        for m in &doc.mentions {
            see(self, m.entity, true);
        }
        // Each asserted relation's edge, with its evidence span.
        let mut relations: Vec<(EdgeKey, Span)> = Vec::with_capacity(doc.relations.len());
        for rel in doc.relations.iter().filter(|r| r.is_asserted()) {
            let source = see(self, rel.source, false);
            let target = see(self, rel.target, false);
            let key = (source, target, rel.kind);
            relations.push((key, rel.evidence));
        }
        // Speakers, addressees and what quotes are about, for the edges of
        // quote nodes.
        for q in &doc.quotes {
            if let Some(crate::doc::Referent::Entity(speaker)) =
                q.speaker.as_ref().map(|p| &p.referent)
            {
                see(self, *speaker, false);
            }
            if entities_only {
                continue;
            }
            if let Some(crate::doc::Referent::Entity(addressee)) =
                q.addressee.as_ref().map(|p| &p.referent)
            {
                see(self, *addressee, false);
            }
            for &e in &q.about {
                see(self, e, false);
            }
        }
        let node = |agg: &mut Aggregate, r: EntityRef| locals.node(agg, names, r);
        // The edges of the article and quote nodes, one key per instance,
        // sorted below so that each edge's instances are together (as
        // `relations`): no map from edge to count per document.
        let mut records: Vec<EdgeKey> = Vec::new();
        let mut article_node = None;
        if !entities_only {
            // The article, its quotes, and the edges that tie them to
            // entities: a count each, no text samples (the quote node has
            // the text, mentions.jsonl the offsets).
            let article_id = format!("article:{}", doc.id);
            let quote_ids: Vec<String> = (0..doc.quotes.len())
                .map(|i| format!("quote:{}:{i}", doc.id))
                .collect();
            let article = self.intern(&article_id);
            article_node = Some(article);
            let mut edge = |key: EdgeKey| records.push(key);
            for (q, id) in doc.quotes.iter().zip(&quote_ids) {
                let quote = self.intern(id);
                edge((article, quote, RelationType::QUOTES));
                if let Some(crate::doc::Referent::Entity(speaker)) =
                    q.speaker.as_ref().map(|p| &p.referent)
                {
                    edge((node(self, *speaker), quote, RelationType::SAID));
                }
                if let Some(crate::doc::Referent::Entity(addressee)) =
                    q.addressee.as_ref().map(|p| &p.referent)
                {
                    edge((quote, node(self, *addressee), RelationType::ADDRESSED_TO));
                }
                for &e in &q.about {
                    edge((quote, node(self, e), RelationType::ABOUT));
                }
            }
            self.add_records(doc, &article_id, &quote_ids);
        }

        // Each node's `MENTIONS` edge from the article, weighted by the
        // mentions counted for it above: not a lookup per mention.
        let mentions: Vec<(EdgeKey, u64)> = match article_node {
            Some(article) => mention_edges(article, &locals.locals),
            None => Vec::new(),
        };
        for (idx, local) in locals.locals {
            let acc = self.nodes[idx as usize].get_or_insert_with(NodeAcc::default);
            acc.mentions += local.mentions;
            acc.documents += 1;
            // The gazetteer's view is the same for every document of a run:
            // take it once (merging shards still keeps the smallest).
            let fresh = acc.known.is_none();
            if let Some(entity) = local
                .known
                .filter(|_| fresh)
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
                add_spelling(&mut acc.spellings, name, kind, n);
            }
        }

        // Relations between entities: one list, sorted so that each edge's
        // spans are together (a map from edge to its spans allocated a
        // `Vec` for every edge of every document).
        relations.sort_unstable_by_key(|&(key, _)| key);
        let mut date = DocDate::new(doc.date.as_deref().map(str::trim).filter(|d| !d.is_empty()));
        for (key, weight) in mentions {
            self.count_edge(key, weight, &mut date);
        }
        records.sort_unstable();
        for keys in records.chunk_by(|a, b| a == b) {
            self.count_edge(keys[0], keys.len() as u64, &mut date);
        }
        let mut samples = SampleMaker::new(doc);
        for spans in relations.chunk_by(|a, b| a.0 == b.0) {
            let key = spans[0].0;
            let acc = self.count_edge(key, spans.len() as u64, &mut date);
            for &(_, span) in spans {
                let key = (doc.id.as_str(), span.start, span.end, samples.text(span));
                offer_evidence(&mut acc.evidence, key, || samples.make(span));
            }
        }
    }

    /// Adds one document's instances of an edge (`weight` of them, dated
    /// `date`) and returns the edge.
    fn count_edge(&mut self, key: EdgeKey, weight: u64, date: &mut DocDate<'_>) -> &mut EdgeAcc {
        let acc = self.edges.entry(key).or_default();
        acc.weight += weight;
        acc.documents += 1;
        if let Some(d) = date.date {
            if acc.first_date.as_deref().is_none_or(|first| d < first) {
                acc.first_date = Some(date.share(d));
            }
            if acc.last_date.as_deref().is_none_or(|last| d > last) {
                acc.last_date = Some(date.share(d));
            }
        }
        acc
    }

    /// Combines two aggregates; the result does not depend on which is
    /// `self`, nor on how the documents were split between them.
    pub fn merge(mut self, mut other: Aggregate) -> Aggregate {
        // Fold the smaller into the larger.
        if self.ids.len() < other.ids.len() {
            std::mem::swap(&mut self, &mut other);
        }
        self.documents += other.documents;
        // `other`'s indices → `self`'s.
        let mut to_mine = vec![0; other.ids.len()];
        for (id, idx) in other.ids {
            to_mine[idx as usize] = self.intern_owned(id);
        }
        for (idx, acc) in other.nodes.into_iter().enumerate() {
            if let Some(acc) = acc {
                self.merge_node(to_mine[idx], acc);
            }
        }
        for (id, record) in other.records {
            offer_record(&mut self.records, id, record);
        }
        for ((source, target, kind), acc) in other.edges {
            let key = (to_mine[source as usize], to_mine[target as usize], kind);
            self.merge_edge(key, acc);
        }
        self
    }

    /// The index of `id`, added when new.
    fn intern(&mut self, id: &str) -> NodeIdx {
        match self.ids.get(id) {
            Some(&idx) => idx,
            None => self.intern_owned(id.into()),
        }
    }

    /// The index of the node `r` names, added when new.
    fn intern_ref(&mut self, names: &EntityNames<'_>, r: EntityRef) -> NodeIdx {
        let EntityRef::Known(id) = r else {
            return self.intern(names.id(r));
        };
        let gazetteer = names.gazetteer();
        let known = &mut self.known_nodes;
        if known.gazetteer != Some(gazetteer.generation()) {
            known.gazetteer = Some(gazetteer.generation());
            known.nodes = vec![KnownNodes::NONE; gazetteer.entities().len()];
        }
        let slot = id.0 as usize;
        match known.nodes.get(slot) {
            Some(&idx) if idx != KnownNodes::NONE => idx,
            Some(_) => {
                let idx = self.intern(names.id(r));
                self.known_nodes.nodes[slot] = idx;
                idx
            }
            // Out of the gazetteer (which no stage produces): named "".
            None => self.intern(names.id(r)),
        }
    }

    fn intern_owned(&mut self, id: Box<str>) -> NodeIdx {
        let next = self.nodes.len() as NodeIdx;
        let idx = *self.ids.entry(id).or_insert(next);
        if idx == next {
            self.nodes.push(None);
        }
        idx
    }

    fn merge_node(&mut self, idx: NodeIdx, acc: NodeAcc) {
        match &mut self.nodes[idx as usize] {
            Some(mine) => mine.merge(acc),
            slot => *slot = Some(acc),
        }
    }

    fn merge_edge(&mut self, key: EdgeKey, acc: EdgeAcc) {
        match self.edges.entry(key) {
            HashEntry::Vacant(e) => {
                e.insert(acc);
            }
            HashEntry::Occupied(mut e) => e.get_mut().merge(acc),
        }
    }

    /// The ids and edges in output order, sorted once for both the saved
    /// state and the graph (see [`Sorted`]).
    pub fn sorted(&self) -> Sorted<'_> {
        let mut names = vec![""; self.ids.len()];
        for (id, &idx) in &self.ids {
            names[idx as usize] = id;
        }
        let order = IdOrder::new(&names);
        let nodes = order
            .order
            .iter()
            .filter_map(|&i| Some((names[i as usize], self.nodes[i as usize].as_ref()?)))
            .collect();
        // Sorted as plain numbers, each edge's ends' ranks and its index
        // in one: comparing and moving them costs a fraction of sorting
        // `(ranks, type, key, edge)` tuples. Edges with the same ends (a
        // few types each at most) are then put in type order.
        let entries: Vec<(&EdgeKey, &EdgeAcc)> = self.edges.iter().collect();
        let mut ranked: Vec<u128> = entries
            .iter()
            .enumerate()
            .map(|(i, (key, _))| (u128::from(order.ends_rank(key)) << 64) | i as u128)
            .collect();
        ranked.sort_unstable();
        let mut edges: Vec<(&EdgeKey, &EdgeAcc)> =
            ranked.iter().map(|&r| entries[r as u64 as usize]).collect();
        for same_ends in edges.chunk_by_mut(|a, b| (a.0 .0, a.0 .1) == (b.0 .0, b.0 .1)) {
            // Keys are distinct, so an unstable sort gives the one order.
            same_ends.sort_unstable_by_key(|(&(_, _, kind), _)| kind);
        }
        Sorted {
            agg: self,
            names,
            nodes,
            edges,
        }
    }

    /// How many documents were added.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// True when no node was seen yet.
    pub fn is_empty(&self) -> bool {
        self.nodes.iter().all(Option::is_none) && self.edges.is_empty() && self.records.is_empty()
    }

    /// The finished graph: nodes sorted by id, edges by
    /// `(source, target, type)`.
    pub fn into_graph(self) -> Graph {
        self.sorted().to_graph()
    }
}

/// An [`Aggregate`] with its ids and edges put in output order, once for
/// everything made from it: the saved state ([`Sorted::write_state`]) and
/// the graph ([`Sorted::to_graph`]). Both only read it, so they can run at
/// the same time.
///
/// # Example
/// ```
/// use newsgraph::aggregate::Aggregate;
/// use newsgraph::{Document, Gazetteer};
///
/// let gazetteer = Gazetteer::builtin()?;
/// let mut agg = Aggregate::default();
/// agg.add(&gazetteer, &Document::new("a1", "One."));
/// let sorted = agg.sorted();
/// let (state, graph) = rayon::join(
///     || {
///         let mut state = Vec::new();
///         sorted.write_state(&mut state).map(|()| state)
///     },
///     || sorted.to_graph(),
/// );
/// assert!(state?.starts_with(b"{\"line\":\"header\""));
/// assert_eq!(graph, agg.clone().into_graph());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Sorted<'a> {
    agg: &'a Aggregate,
    /// Every id, by index.
    names: Vec<&'a str>,
    /// The entity nodes, in id order.
    nodes: Vec<(&'a str, &'a NodeAcc)>,
    /// The edges, in output order.
    edges: Vec<(&'a EdgeKey, &'a EdgeAcc)>,
}

impl Sorted<'_> {
    /// [`Aggregate::write_state`]: the state as `aggregate.jsonl` lines.
    ///
    /// # Errors
    /// The writer's I/O errors.
    pub fn write_state<W: std::io::Write>(&self, out: W) -> std::io::Result<()> {
        self.write_state_with(out, |buf, acc| {
            state_edge_tail(buf, acc);
            Ok(())
        })
    }

    /// [`Sorted::write_state`], with each edge line's tallies and evidence
    /// copied from `graph.json` (see [`EdgeTails`]) rather than rendered:
    /// the same bytes, when `tails` come from the graph this aggregate made
    /// ([`Sorted::made`] says whether it did).
    ///
    /// # Errors
    /// The writer's I/O errors, and those of reading `graph.json` back.
    pub fn write_state_copying<W: std::io::Write>(
        &self,
        out: W,
        tails: &EdgeTails,
    ) -> std::io::Result<()> {
        if tails.len() != self.edges.len() {
            return Err(std::io::Error::other(
                "graph.json has another number of edges than the aggregate",
            ));
        }
        let mut reader = tails.reader()?;
        self.write_state_with(out, |buf, _| reader.next_into(buf))
    }

    /// Whether `graph` is (most likely) the one [`Sorted::to_graph`] made
    /// from this aggregate: the same edges, in the same order, with the
    /// same ends, types, counts and number of samples.
    pub fn made(&self, graph: &Graph) -> bool {
        self.edges.len() == graph.edges.len()
            && self
                .edges
                .iter()
                .zip(&graph.edges)
                .all(|(&(&key, acc), e)| {
                    let (source, target, kind) = key;
                    self.names[source as usize] == e.source
                        && self.names[target as usize] == e.target
                        && kind.0 == e.kind
                        && acc.weight == e.weight
                        && acc.documents == e.documents
                        && acc.evidence.len() == e.evidence.len()
                })
    }

    /// [`Sorted::write_state`], with `tail` appending each edge line's
    /// tallies and evidence.
    fn write_state_with<W: std::io::Write>(
        &self,
        mut out: W,
        mut tail: impl FnMut(&mut Vec<u8>, &EdgeAcc) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        // Rendered by hand in chunks, byte for byte as `serde_json` writes
        // the [`StateLine`]s (the tests check it): building a `StateLine`
        // cloned every id, date and evidence text, and `serde_json`'s
        // escaping goes a byte at a time.
        const CHUNK: usize = 1 << 16;
        let mut buf = Vec::with_capacity(2 * CHUNK);
        let spill = |buf: &mut Vec<u8>, out: &mut W| -> std::io::Result<()> {
            if buf.len() >= CHUNK {
                out.write_all(buf)?;
                buf.clear();
            }
            Ok(())
        };
        buf.extend_from_slice(b"{\"line\":\"header\",\"format\":");
        json::string(&mut buf, STATE_FORMAT);
        buf.extend_from_slice(b",\"version\":");
        json::int(&mut buf, STATE_VERSION);
        buf.extend_from_slice(b",\"documents\":");
        json::int(&mut buf, self.agg.documents);
        buf.extend_from_slice(b"}\n");
        for &(id, acc) in &self.nodes {
            state_node(&mut buf, id, acc);
            spill(&mut buf, &mut out)?;
        }
        for (id, r) in &self.agg.records {
            state_record(&mut buf, id, r);
            spill(&mut buf, &mut out)?;
        }
        for &(&(source, target, kind), acc) in &self.edges {
            let ends = (self.names[source as usize], self.names[target as usize]);
            state_edge_head(&mut buf, ends, kind.0);
            tail(&mut buf, acc)?;
            buf.extend_from_slice(b"}\n");
            spill(&mut buf, &mut out)?;
        }
        out.write_all(&buf)?;
        out.flush()
    }

    /// The graph: nodes sorted by id, edges by `(source, target, type)`.
    ///
    /// Made on the current rayon pool (the nodes beside the edges, the
    /// edges in parallel), in the same order whatever its size: the graph
    /// copies every id, date and name, a serial step between the
    /// aggregate and the files written from the graph.
    pub fn to_graph(&self) -> Graph {
        use rayon::prelude::*;

        let (nodes, edges) = rayon::join(
            || self.graph_nodes(),
            || self.edges.par_iter().map(|&e| self.graph_edge(e)).collect(),
        );
        Graph {
            nodes,
            edges,
            documents: self.agg.documents,
        }
    }

    /// One edge of [`Sorted::to_graph`].
    fn graph_edge(&self, (&(source, target, kind), acc): (&EdgeKey, &EdgeAcc)) -> Edge {
        let names = &self.names;
        Edge {
            source: names[source as usize].to_owned(),
            kind: kind.0.to_owned(),
            target: names[target as usize].to_owned(),
            weight: acc.weight,
            documents: acc.documents,
            first_date: acc.first_date.as_deref().map(str::to_owned),
            last_date: acc.last_date.as_deref().map(str::to_owned),
            evidence: acc.evidence.clone(),
        }
    }

    /// The nodes of [`Sorted::to_graph`].
    fn graph_nodes(&self) -> Vec<Node> {
        // Entity nodes in id order, merged with the article and quote nodes
        // (sorted too); on an equal id (which no run makes) the entity
        // comes first, as a stable sort of the entities followed by the
        // records would have it.
        let records = &self.agg.records;
        let mut nodes = Vec::with_capacity(self.nodes.len() + records.len());
        let mut entities = self.nodes.iter().peekable();
        for (id, r) in records {
            while let Some((entity, acc)) = entities.next_if(|(e, _)| *e <= id.as_str()) {
                nodes.push(acc.to_node(entity));
            }
            nodes.push(Node {
                id: id.clone(),
                name: r.name.clone(),
                kind: match r.record {
                    Record::Article { .. } => NodeKind::Article,
                    Record::Quote { .. } => NodeKind::Quote,
                },
                aliases: Vec::new(),
                mentions: r.mentions,
                documents: 1,
                known: false,
                record: Some(r.record.clone()),
            });
        }
        nodes.extend(entities.map(|(id, acc)| acc.to_node(id)));
        nodes
    }
}

/// One [`Aggregate`] per worker thread of a rayon pool, each filled by
/// [`Aggregate::add`] on the documents its thread annotates, merged once at
/// the end ([`PerWorker::into_aggregate`]).
///
/// Why: a fresh aggregate per document, merged per batch and then into the
/// total on the consuming thread, allocated every node id, edge key and
/// gazetteer name of every document again, and made the consuming thread
/// merge every batch. Adding into a long-lived aggregate allocates only for
/// what the thread sees for the first time. The result is the same because
/// aggregation is associative and commutative (see the module doc).
///
/// # Example
/// ```
/// use newsgraph::aggregate::{Aggregate, PerWorker};
/// use newsgraph::{Document, Gazetteer};
///
/// let gazetteer = Gazetteer::builtin()?;
/// let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build()?;
/// let shares = PerWorker::new(&pool, Aggregate::entities_only);
/// pool.install(|| shares.add(&gazetteer, &Document::new("a1", "One.")));
/// assert_eq!(shares.into_aggregate().documents(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct PerWorker {
    /// Indexed by `rayon::current_thread_index()`. Each thread locks only
    /// its own slot, so the locks are never contended; they make the type
    /// `Sync` without `unsafe`.
    slots: Vec<std::sync::Mutex<Aggregate>>,
}

impl PerWorker {
    /// One empty aggregate (made by `empty`) per thread of `pool`.
    pub fn new(pool: &rayon::ThreadPool, empty: impl Fn() -> Aggregate) -> PerWorker {
        let slots = (0..pool.current_num_threads().max(1))
            .map(|_| std::sync::Mutex::new(empty()))
            .collect();
        PerWorker { slots }
    }

    /// [`Aggregate::add`] into the calling worker's aggregate (the first
    /// one when called from outside the pool).
    pub fn add(&self, gazetteer: &Gazetteer, doc: &Document) {
        self.add_named(&EntityNames::new(gazetteer, doc));
    }

    /// [`Aggregate::add_named`] into the calling worker's aggregate.
    pub fn add_named(&self, names: &EntityNames<'_>) {
        let i = rayon::current_thread_index().unwrap_or(0) % self.slots.len();
        // A panic in an earlier `add` (which no input causes) leaves the
        // lock poisoned; the aggregate is still usable.
        let mut slot = self.slots[i]
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        slot.add_named(names);
    }

    /// Every worker's aggregate, merged.
    pub fn into_aggregate(self) -> Aggregate {
        let mut shares = self.slots.into_iter().map(|s| {
            s.into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        });
        let first = shares.next().unwrap_or_default();
        shares.fold(first, Aggregate::merge)
    }
}

impl NodeAcc {
    fn merge(&mut self, other: NodeAcc) {
        self.mentions += other.mentions;
        self.documents += other.documents;
        merge_known(&mut self.known, other.known);
        for ((name, kind), n) in other.spellings {
            add_spelling(&mut self.spellings, &name, kind, n);
        }
    }

    fn to_node(&self, id: &str) -> Node {
        let (name, kind, aliases, known) = match &self.known {
            Some(info) => (info.name.clone(), info.kind, info.aliases.clone(), true),
            None => {
                // The most frequent spelling; `max_by_key` keeps the last
                // maximum, so iterate in reverse to let ties go to the
                // smallest `(name, type)`.
                let best = self.spellings.iter().rev().max_by_key(|(_, n)| *n);
                match best {
                    Some(((name, kind), _)) => (name.clone(), *kind, Vec::new(), false),
                    None => (id.to_owned(), EntityType::Other, Vec::new(), false),
                }
            }
        };
        Node {
            id: id.to_owned(),
            name,
            kind: NodeKind::Entity(kind),
            aliases,
            mentions: self.mentions,
            documents: self.documents,
            known,
            record: None,
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
        self.evidence.shrink_to_fit();
    }
}

impl Aggregate {
    fn add_records(&mut self, doc: &Document, article: &str, quote_ids: &[String]) {
        let date = doc.date.as_deref().map(str::trim).filter(|d| !d.is_empty());
        let record = RecordAcc {
            name: doc.title.clone().unwrap_or_else(|| doc.id.clone()),
            mentions: doc.mentions.len() as u64,
            record: Record::Article {
                doc: doc.id.clone(),
                title: doc.title.clone(),
                date: date.map(str::to_owned),
                source: doc.origin.as_ref().map(|o| o.path.display().to_string()),
            },
        };
        offer_record(&mut self.records, article.to_owned(), record);
        for (q, id) in doc.quotes.iter().zip(quote_ids) {
            let record = RecordAcc {
                name: doc
                    .text
                    .get(q.content.start..q.content.end)
                    .unwrap_or("")
                    .to_owned(),
                mentions: 0,
                record: Record::Quote {
                    doc: doc.id.clone(),
                    start: q.content.start,
                    end: q.content.end,
                    kind: q.kind.as_str().to_owned(),
                    date: date.map(str::to_owned),
                },
            };
            offer_record(&mut self.records, id.clone(), record);
        }
    }
}

/// The `MENTIONS` edges from `article` to the nodes of one document's
/// mentions, each weighted by its count of mentions (nodes seen only as
/// relation or quote ends have none, and no edge).
fn mention_edges(article: NodeIdx, locals: &[(NodeIdx, LocalNode<'_>)]) -> Vec<(EdgeKey, u64)> {
    locals
        .iter()
        .filter(|(_, local)| local.mentions > 0)
        .map(|&(idx, ref local)| ((article, idx, RelationType::MENTIONS), local.mentions))
        .collect()
}

/// Keeps the smallest record under one id, whatever the order they come in.
fn offer_record(records: &mut BTreeMap<String, RecordAcc>, id: String, record: RecordAcc) {
    match records.entry(id) {
        Entry::Vacant(e) => {
            e.insert(record);
        }
        Entry::Occupied(mut e) => {
            if record < *e.get() {
                e.insert(record);
            }
        }
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

/// Inserts a sample, `(doc, start, end, text)`, into a sorted, distinct,
/// bounded list, making it (with `make`) only when it makes the cut.
fn offer_evidence(
    samples: &mut Vec<Sample>,
    key: (&str, usize, usize, &str),
    make: impl FnOnce() -> Sample,
) {
    fn sample_key(e: &Sample) -> (&str, usize, usize, &str) {
        (&e.doc, e.start, e.end, &e.text)
    }
    // A full list usually keeps its samples: documents come in id order,
    // so a new one mostly sorts after the last. One comparison, reading
    // one sample's strings, rules that out; the search reads two (each a
    // cache miss, in a large aggregate).
    if samples.len() == Evidence::MAX_SAMPLES && samples.last().is_some_and(|e| sample_key(e) < key)
    {
        return;
    }
    let pos = samples.partition_point(|e| sample_key(e) < key);
    if pos >= Evidence::MAX_SAMPLES {
        return;
    }
    if samples.get(pos).is_some_and(|e| sample_key(e) == key) {
        return;
    }
    if samples.len() == Evidence::MAX_SAMPLES {
        samples.pop();
    } else {
        // Grow one at a time: a `Vec` would reserve four.
        samples.reserve_exact(1);
    }
    samples.insert(pos, make());
}

/// The saved state of an [`Aggregate`]: `aggregate.jsonl` in an output
/// folder, read back by `newsgraph merge`. One JSON object per line: a
/// header, then every node, record and edge accumulator in key order.
///
/// ```text
/// {"line":"header","format":"newsgraph-aggregate","version":1,"documents":2}
/// {"line":"node","id":"Q148","mentions":4,"documents":2,"known":{"name":"China","kind":"GPE","aliases":["PRC"]},"spellings":[]}
/// {"line":"record","id":"article:a1","name":"...","mentions":9,"record":{"node":"article","doc":"a1",...}}
/// {"line":"edge","source":"Q148","target":"Q7184","kind":"ACCUSE","weight":3,"documents":2,...}
/// ```
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(tag = "line", rename_all = "lowercase")]
enum StateLine {
    Header {
        format: String,
        version: u32,
        documents: u64,
    },
    Node {
        id: String,
        mentions: u64,
        documents: u64,
        known: Option<StateKnown>,
        /// `[name, type, count]`.
        spellings: Vec<(String, String, u64)>,
    },
    Record {
        id: String,
        name: String,
        mentions: u64,
        record: Record,
    },
    Edge {
        source: String,
        target: String,
        kind: String,
        weight: u64,
        documents: u64,
        first_date: Option<String>,
        last_date: Option<String>,
        evidence: Vec<Evidence>,
    },
}

#[derive(serde::Serialize, serde::Deserialize)]
struct StateKnown {
    name: String,
    kind: String,
    aliases: Vec<String>,
}

const STATE_FORMAT: &str = "newsgraph-aggregate";
const STATE_VERSION: u32 = 1;

impl Aggregate {
    /// Writes the state as `aggregate.jsonl` lines (see [`StateLine`]), so
    /// that [`Aggregate::read_state`] and [`Aggregate::merge`] give the
    /// same graph as one run over all the documents.
    ///
    /// # Errors
    /// The writer's I/O errors.
    pub fn write_state<W: std::io::Write>(&self, out: W) -> std::io::Result<()> {
        self.sorted().write_state(out)
    }

    /// Reads a state written by [`Aggregate::write_state`]; `path` names
    /// the file in errors.
    ///
    /// # Errors
    /// [`crate::Error::Io`] when reading fails, [`crate::Error::Json`] for
    /// a bad line, [`crate::Error::Record`] for a file that is not an
    /// aggregate state of this version.
    pub fn read_state<R: std::io::BufRead>(
        input: R,
        path: &std::path::Path,
    ) -> crate::Result<Aggregate> {
        let mut agg = Aggregate::default();
        let bad = |line: u64, reason: String| crate::Error::Record {
            path: path.to_path_buf(),
            line,
            reason,
        };
        let mut header = false;
        for (i, text) in input.lines().enumerate() {
            let line = i as u64 + 1;
            let text = text.map_err(|source| crate::Error::Io {
                path: path.to_path_buf(),
                source,
            })?;
            if text.trim().is_empty() {
                continue;
            }
            let parsed: StateLine =
                serde_json::from_str(&text).map_err(|source| crate::Error::Json {
                    path: path.to_path_buf(),
                    line,
                    source,
                })?;
            let kind = |k: &str| {
                EntityType::parse(k).ok_or_else(|| bad(line, format!("unknown entity type `{k}`")))
            };
            match parsed {
                StateLine::Header {
                    format,
                    version,
                    documents,
                } => {
                    if format != STATE_FORMAT || version != STATE_VERSION {
                        return Err(bad(
                            line,
                            format!("not a {STATE_FORMAT} v{STATE_VERSION} file"),
                        ));
                    }
                    agg.documents += documents;
                    header = true;
                }
                _ if !header => return Err(bad(line, "missing header line".into())),
                StateLine::Node {
                    id,
                    mentions,
                    documents,
                    known,
                    spellings,
                } => {
                    let known = match known {
                        Some(k) => Some(KnownInfo {
                            name: k.name,
                            kind: kind(&k.kind)?,
                            aliases: k.aliases,
                        }),
                        None => None,
                    };
                    let mut acc = NodeAcc {
                        mentions,
                        documents,
                        known,
                        spellings: Vec::new(),
                    };
                    for (name, k, n) in spellings {
                        add_spelling(&mut acc.spellings, &name, kind(&k)?, n);
                    }
                    let idx = agg.intern_owned(id.into());
                    agg.merge_node(idx, acc);
                }
                StateLine::Record {
                    id,
                    name,
                    mentions,
                    record,
                } => offer_record(
                    &mut agg.records,
                    id,
                    RecordAcc {
                        name,
                        mentions,
                        record,
                    },
                ),
                StateLine::Edge {
                    source,
                    target,
                    kind,
                    weight,
                    documents,
                    first_date,
                    last_date,
                    evidence,
                } => {
                    let acc = EdgeAcc {
                        weight,
                        documents,
                        first_date: first_date.map(Arc::from),
                        last_date: last_date.map(Arc::from),
                        evidence,
                    };
                    let key = (
                        agg.intern_owned(source.into()),
                        agg.intern_owned(target.into()),
                        RelationType::intern(&kind),
                    );
                    agg.merge_edge(key, acc);
                }
            }
        }
        if !header {
            return Err(bad(1, "empty aggregate state".into()));
        }
        Ok(agg)
    }
}

/// A [`StateLine::Node`] line.
fn state_node(out: &mut Vec<u8>, id: &str, acc: &NodeAcc) {
    out.extend_from_slice(b"{\"line\":\"node\",\"id\":");
    json::string(out, id);
    out.extend_from_slice(b",\"mentions\":");
    json::int(out, acc.mentions);
    out.extend_from_slice(b",\"documents\":");
    json::int(out, acc.documents);
    out.extend_from_slice(b",\"known\":");
    match &acc.known {
        Some(k) => {
            out.extend_from_slice(b"{\"name\":");
            json::string(out, &k.name);
            out.extend_from_slice(b",\"kind\":");
            json::plain(out, k.kind.as_str());
            out.extend_from_slice(b",\"aliases\":");
            json::string_list(out, &k.aliases);
            out.push(b'}');
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"spellings\":[");
    for (i, ((name, kind), n)) in acc.spellings.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.push(b'[');
        json::string(out, name);
        out.push(b',');
        json::plain(out, kind.as_str());
        out.push(b',');
        json::int(out, *n);
        out.push(b']');
    }
    out.extend_from_slice(b"]}\n");
}

/// A [`StateLine::Record`] line.
fn state_record(out: &mut Vec<u8>, id: &str, r: &RecordAcc) {
    out.extend_from_slice(b"{\"line\":\"record\",\"id\":");
    json::string(out, id);
    out.extend_from_slice(b",\"name\":");
    json::string(out, &r.name);
    out.extend_from_slice(b",\"mentions\":");
    json::int(out, r.mentions);
    out.extend_from_slice(b",\"record\":{");
    json::record_fields(out, &r.record);
    out.extend_from_slice(b"}}\n");
}

/// A [`StateLine::Edge`] line up to its tail ([`state_edge_tail`]); `ends`
/// are the source and target ids.
fn state_edge_head(out: &mut Vec<u8>, ends: (&str, &str), kind: &str) {
    out.extend_from_slice(b"{\"line\":\"edge\",\"source\":");
    json::string(out, ends.0);
    out.extend_from_slice(b",\"target\":");
    json::string(out, ends.1);
    out.extend_from_slice(b",\"kind\":");
    json::string(out, kind);
}

/// A [`StateLine::Edge`] line's tallies and evidence, the same bytes as
/// its edge's in `graph.json` ([`json::edge_tail`]).
fn state_edge_tail(out: &mut Vec<u8>, acc: &EdgeAcc) {
    let dates = (acc.first_date.as_deref(), acc.last_date.as_deref());
    let samples = acc
        .evidence
        .iter()
        .map(|e| (&*e.doc, e.start, e.end, &*e.text));
    json::edge_tail(out, acc.weight, acc.documents, dates, samples);
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
                located_in: None,
                role: None,
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
            modality: None,
            source_span: None,
            target_span: None,
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
    fn entity_ids_are_read_in_the_gazetteer_of_each_document() {
        // The same `EntityId` names different entities in two gazetteers:
        // what one aggregate remembers by id for the first must not be
        // taken for the second.
        let (first, second) = (gazetteer(), gazetteer());
        let row = |id: &str, name: &str| Row {
            id: id.into(),
            name: name.into(),
            kind: EntityType::Org,
            aliases: vec![],
            part_of: None,
            located_in: None,
            role: None,
            path: PathBuf::from("t.tsv"),
            line: 1,
        };
        let other = Gazetteer::from_rows(vec![row("Q1", "One"), row("Q2", "Two")]).unwrap();
        let doc = |id: &str| {
            let mut d = Document::new(id, TEXT);
            d.mentions = vec![mention(0, 7, known(0))];
            d
        };
        let mut agg = Aggregate::default();
        agg.add(&first, &doc("a1"));
        agg.add(&other, &doc("a2"));
        agg.add(&second, &doc("a3"));
        let graph = agg.into_graph();
        let mentions = |id: &str| graph.node(id).map(|n| n.mentions);
        assert_eq!(mentions("Q148"), Some(2));
        assert_eq!(mentions("Q1"), Some(1));
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
        assert_eq!(
            ids,
            [
                "Q148",
                "Q57278",
                "Q7184",
                "article:a0",
                "article:a1",
                "ng:john-smith"
            ]
        );
        let article = graph.node("article:a1").unwrap();
        assert_eq!((article.kind, article.mentions), (NodeKind::Article, 3));
        assert!(matches!(
            &article.record,
            Some(Record::Article { doc, date: Some(date), .. }) if doc == "a1" && date == "2024-02-01"
        ));
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
            .map(|e| (&*e.doc, e.start, &*e.text))
            .collect();
        // The duplicate instance in a1 is one sample; a0 sorts first.
        assert_eq!(
            samples,
            [("a0", 8, "accused"), ("a1", 0, "Beijing accused NATO.")]
        );
        let keys: Vec<(&str, &str, &str)> = graph
            .edges
            .iter()
            .filter(|e| e.kind != "MENTIONS")
            .map(|e| (e.source.as_str(), e.kind.as_str(), e.target.as_str()))
            .collect();
        let mentions = graph.edge("article:a1", "MENTIONS", "Q148").unwrap();
        assert_eq!(mentions.weight, 1);
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
    fn quote_nodes_link_speaker_addressee_and_topics() {
        let g = gazetteer();
        let mut doc = Document::new("a1", TEXT);
        doc.mentions = vec![mention(0, 7, known(0)), mention(22, 33, known(3))];
        doc.discovered = vec![Discovered {
            name: "John Smith".into(),
            kind: EntityType::Person,
        }];
        doc.quotes = vec![crate::doc::Quote {
            sentence: 1,
            kind: crate::doc::QuoteKind::Direct,
            content: Span::new(42, 45),
            fragments: vec![],
            cue: None,
            speaker: Some(crate::doc::Party {
                referent: crate::doc::Referent::Entity(known(3)),
                mention: Some(Span::new(22, 33)),
            }),
            addressee: Some(crate::doc::Party {
                referent: crate::doc::Referent::Entity(discovered(0)),
                mention: None,
            }),
            about: vec![known(0), known(2)],
            rules: vec!["test"],
            confidence: 0.9,
        }];
        let keys = |agg: Aggregate| -> Vec<(String, String, String)> {
            agg.into_graph()
                .edges
                .iter()
                .map(|e| (e.source.clone(), e.kind.clone(), e.target.clone()))
                .collect()
        };
        let own = |v: &[(&str, &str, &str)]| -> Vec<(String, String, String)> {
            v.iter()
                .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
                .collect()
        };
        let mut with_records = Aggregate::default();
        with_records.add(&g, &doc);
        assert_eq!(
            keys(with_records),
            own(&[
                ("Q57278", "SAID", "quote:a1:0"),
                ("article:a1", "MENTIONS", "Q148"),
                ("article:a1", "MENTIONS", "Q57278"),
                ("article:a1", "QUOTES", "quote:a1:0"),
                ("quote:a1:0", "ABOUT", "Q148"),
                ("quote:a1:0", "ABOUT", "Q7184"),
                ("quote:a1:0", "ADDRESSED_TO", "ng:john-smith"),
            ])
        );
        // The entity graph has no quote nodes, so none of their edges.
        let mut entities = Aggregate::entities_only();
        entities.add(&g, &doc);
        assert_eq!(keys(entities), own(&[]));
    }

    /// The state as `serde_json` writes its [`StateLine`]s: what
    /// [`Aggregate::write_state`] must match byte for byte.
    fn serde_state(agg: &Aggregate) -> Vec<u8> {
        let mut out = Vec::new();
        let mut line = |l: &StateLine| {
            serde_json::to_writer(&mut out, l).unwrap();
            out.push(b'\n');
        };
        line(&StateLine::Header {
            format: STATE_FORMAT.into(),
            version: STATE_VERSION,
            documents: agg.documents,
        });
        let sorted = agg.sorted();
        let names = &sorted.names;
        for &(id, acc) in &sorted.nodes {
            line(&StateLine::Node {
                id: id.to_owned(),
                mentions: acc.mentions,
                documents: acc.documents,
                known: acc.known.as_ref().map(|k| StateKnown {
                    name: k.name.clone(),
                    kind: k.kind.as_str().into(),
                    aliases: k.aliases.clone(),
                }),
                spellings: acc
                    .spellings
                    .iter()
                    .map(|((name, kind), n)| (name.clone(), kind.as_str().into(), *n))
                    .collect(),
            });
        }
        for (id, r) in &agg.records {
            line(&StateLine::Record {
                id: id.clone(),
                name: r.name.clone(),
                mentions: r.mentions,
                record: r.record.clone(),
            });
        }
        for &(&(source, target, kind), acc) in &sorted.edges {
            line(&StateLine::Edge {
                source: names[source as usize].to_owned(),
                target: names[target as usize].to_owned(),
                kind: kind.0.into(),
                weight: acc.weight,
                documents: acc.documents,
                first_date: acc.first_date.as_deref().map(str::to_owned),
                last_date: acc.last_date.as_deref().map(str::to_owned),
                evidence: acc.evidence.clone(),
            });
        }
        out
    }

    /// Six documents with mentions, quotes and relations, some sharing
    /// entities.
    fn six_documents() -> Vec<Document> {
        (0..6)
            .map(|i| {
                synthetic(
                    i,
                    (i % 3 != 0).then_some(i % 4),
                    &[0, 4, 5, 2],
                    &[(0, 0, 2, 1), (3, 1, 4, 2), (5, 2, 0, 3)],
                )
            })
            .collect()
    }

    #[test]
    fn state_is_written_as_serde_json_writes_it() {
        let g = gazetteer();
        let mut docs = six_documents();
        // Escapes everywhere a string goes: ids, titles, dates, sources, text.
        docs[1].id = "a\"1\\\n".into();
        docs[1].title = Some("T\u{1}itle “x”".into());
        docs[1].date = Some("2024\t01".into());
        docs[1].text = TEXT.replace("NATO", "N\"TO");
        for entities_only in [false, true] {
            let mut agg = if entities_only {
                Aggregate::entities_only()
            } else {
                Aggregate::default()
            };
            for doc in &docs {
                agg.add(&g, doc);
            }
            let mut out = Vec::new();
            agg.write_state(&mut out).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(serde_state(&agg)).unwrap()
            );
        }
    }

    #[test]
    fn state_copied_from_graph_json_is_the_state_rendered() {
        let g = gazetteer();
        let mut docs = six_documents();
        docs[1].text = TEXT.replace("NATO", "N\"TO");
        let agg = aggregate(&g, &docs);
        let other = aggregate(&g, &docs[..2]);
        let sorted = agg.sorted();
        let mut want = Vec::new();
        sorted.write_state(&mut want).unwrap();
        // The graph made from this aggregate, and one from another
        // aggregate (whose state must then be rendered in full).
        for graph in [sorted.to_graph(), other.into_graph()] {
            assert_eq!(sorted.made(&graph), graph == sorted.to_graph());
            let tmp = tempfile::tempdir().unwrap();
            let mut out = crate::export::OutputDir::create(tmp.path()).unwrap();
            out.write_graph_and_state(&sorted, &graph).unwrap();
            out.commit_all().unwrap();
            let got = std::fs::read(tmp.path().join(crate::export::AGGREGATE_STATE)).unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want.clone()).unwrap()
            );
        }
    }

    #[test]
    fn state_round_trips() {
        let g = gazetteer();
        let docs = [
            synthetic(0, Some(1), &[0, 4], &[(0, 0, 2, 1), (3, 1, 4, 2)]),
            synthetic(1, None, &[4, 2], &[(0, 2, 2, 0)]),
        ];
        let agg = aggregate(&g, &docs);
        let mut out = Vec::new();
        agg.write_state(&mut out).unwrap();
        let back = Aggregate::read_state(out.as_slice(), std::path::Path::new("a.jsonl")).unwrap();
        assert_eq!(back, agg);
        let err = Aggregate::read_state(&b"{}\n"[..], std::path::Path::new("a.jsonl")).unwrap_err();
        assert!(err.to_string().starts_with("a.jsonl:1:"), "{err}");
    }

    #[test]
    fn evidence_keeps_the_smallest_three() {
        let mut samples = Vec::new();
        for (doc, start) in [("b", 5), ("a", 9), ("b", 1), ("a", 9), ("c", 0), ("a", 2)] {
            let make = || Sample {
                doc: doc.into(),
                start,
                end: start + 1,
                text: "x".into(),
            };
            offer_evidence(&mut samples, (doc, start, start + 1, "x"), make);
        }
        let got: Vec<(&str, usize)> = samples.iter().map(|e| (&*e.doc, e.start)).collect();
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
