//! Node tables and relation groups: the schema view of a [`Graph`] that the
//! schema-first exporters ([`super::kuzu`], [`super::cypher`]) share.
//!
//! Owns: [`Table`], [`RelationGroup`] and [`relation_groups`]. Reads: a
//! [`Graph`]. Writes nothing.
//!
//! Every node belongs to one of three tables (entities, articles, quotes).
//! A relation group is the edges of one type between one pair of tables:
//! `SAID` goes from `Entity` to `Quote`, `QUOTES` from `Article` to
//! `Quote`, `SAID_TO` from `Entity` to `Entity`. A type that joins several
//! pairs of tables has one group per pair, because both Kùzu (`from=`/`to=`
//! on `COPY`) and a `LOAD CSV` statement (one `MATCH` label per end) need
//! them apart.

use std::borrow::Cow;
use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::graph::{Graph, NodeKind};

/// The table a node belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Table {
    Entity,
    Article,
    Quote,
}

impl Table {
    /// Every table, in the order schemas declare them.
    pub const ALL: [Table; 3] = [Table::Entity, Table::Article, Table::Quote];

    /// The table of a node kind.
    pub const fn of(kind: NodeKind) -> Table {
        match kind {
            NodeKind::Entity(_) => Table::Entity,
            NodeKind::Article => Table::Article,
            NodeKind::Quote => Table::Quote,
        }
    }

    /// The table (and Neo4j label) name.
    pub const fn name(self) -> &'static str {
        match self {
            Table::Entity => "Entity",
            Table::Article => "Article",
            Table::Quote => "Quote",
        }
    }
}

/// The edges of one type between one pair of tables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelationGroup<'g> {
    /// The relation type, as in `edges.csv`.
    pub kind: &'g str,
    pub from: Table,
    pub to: Table,
    /// Indexes into [`Graph::edges`], in graph order.
    pub edges: Vec<u32>,
}

/// The relation groups of a graph, sorted by `(type, from, to)`. Edges
/// whose ends are not nodes (which a [`Graph`] never has) are left out.
pub fn relation_groups(graph: &Graph) -> Vec<RelationGroup<'_>> {
    // A hash lookup per edge end: binary searches over string ids cost a
    // cache miss per step on large graphs.
    let tables: FxHashMap<&str, Table> = graph
        .nodes
        .iter()
        .map(|n| (n.id.as_str(), Table::of(n.kind)))
        .collect();
    // The groups in first-seen order, found by key in a hash map (an
    // ordered map compared type names a dozen times per edge), then sorted.
    let mut groups: Vec<RelationGroup<'_>> = Vec::new();
    let mut index: FxHashMap<(&str, Table, Table), usize> = FxHashMap::default();
    for (i, e) in graph.edges.iter().enumerate() {
        let (Some(&from), Some(&to)) =
            (tables.get(e.source.as_str()), tables.get(e.target.as_str()))
        else {
            continue;
        };
        let kind = e.kind.as_str();
        let g = *index.entry((kind, from, to)).or_insert_with(|| {
            groups.push(RelationGroup {
                kind,
                from,
                to,
                edges: Vec::new(),
            });
            groups.len() - 1
        });
        // Graphs with more than u32::MAX edges do not fit in memory anyway.
        groups[g].edges.push(i as u32);
    }
    // Keys are distinct, so an unstable sort gives the one order.
    groups.sort_unstable_by(|a, b| (a.kind, a.from, a.to).cmp(&(b.kind, b.from, b.to)));
    groups
}

/// How many groups share each type: a type with more than one group needs
/// its pairs named (Kùzu's `from=`/`to=`, one file per pair).
pub fn pairs_per_kind<'g>(groups: &[RelationGroup<'g>]) -> BTreeMap<&'g str, usize> {
    let mut n = BTreeMap::new();
    for g in groups {
        *n.entry(g.kind).or_insert(0) += 1;
    }
    n
}

/// Writes a node's aliases into `out` joined with `;`, each on one line,
/// stripped of `;` and surrounding spaces; empty ones are dropped (the same
/// rule as `nodes.csv`).
pub fn join_aliases(aliases: &[String], out: &mut String) {
    out.clear();
    for a in aliases {
        let a = super::csv::one_line(a);
        let a = if a.contains(';') {
            Cow::Owned(a.replace(';', ""))
        } else {
            a
        };
        let a = a.trim();
        if a.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(';');
        }
        out.push_str(a);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::doc::EntityType;
    use crate::graph::{Edge, Evidence, Node, Record};

    fn node(id: &str, name: &str, kind: NodeKind, aliases: &[&str]) -> Node {
        Node {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions: 2,
            documents: 1,
            known: matches!(kind, NodeKind::Entity(_)),
            record: None,
        }
    }

    fn edge(s: &str, k: &str, t: &str, evidence: &str) -> Edge {
        Edge {
            source: s.into(),
            kind: k.into(),
            target: t.into(),
            weight: 2,
            documents: 1,
            first_date: Some("2024-02-17".into()),
            last_date: Some("2024-02-18".into()),
            evidence: vec![Evidence {
                doc: "a1".into(),
                start: 0,
                end: evidence.len(),
                text: evidence.into(),
            }],
        }
    }

    /// A small graph with every node kind and the awkward characters each
    /// format must escape: commas, quotes, `;`, line breaks, `<>&`,
    /// backslashes, non-ASCII.
    pub(crate) fn graph() -> Graph {
        let mut article = node(
            "article:a1",
            "NATO & China: \"a <test>\"",
            NodeKind::Article,
            &[],
        );
        article.record = Some(Record::Article {
            doc: "a1".into(),
            title: Some("NATO & China: \"a <test>\"".into()),
            date: Some("2024-02-17".into()),
            source: Some("in/news.jsonl".into()),
        });
        let mut quote = node(
            "quote:a1:0",
            "We act \"now\", together;\nC:\\path ‘Zoë’ <b>",
            NodeKind::Quote,
            &[],
        );
        quote.record = Some(Record::Quote {
            doc: "a1".into(),
            start: 10,
            end: 50,
            kind: "direct".into(),
            date: Some("2024-02-17".into()),
        });
        let mut nodes = vec![
            node(
                "Q148",
                "China",
                NodeKind::Entity(EntityType::Gpe),
                &["PRC", "People's Republic; of China", "Zhōngguó"],
            ),
            node(
                "Q57278",
                "Lee, \"Jens\" Stoltenberg",
                NodeKind::Entity(EntityType::Person),
                &["Stoltenberg"],
            ),
            node(
                "ng:zoë-ünal",
                "Zoë Ünal <&>",
                NodeKind::Entity(EntityType::Person),
                &[],
            ),
            article,
            quote,
        ];
        nodes[2].known = false;
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        let mut edges = vec![
            edge(
                "Q57278",
                "QUOTED_ABOUT",
                "Q148",
                "He said \"China\",\r\nthen <left>.",
            ),
            edge("Q57278", "SAID_TO", "ng:zoë-ünal", "told Zoë; \\ok"),
            edge("Q57278", "SAID", "quote:a1:0", "We act"),
            edge("article:a1", "QUOTES", "quote:a1:0", "We act"),
            edge("article:a1", "MENTIONS", "Q148", "China"),
            edge("article:a1", "MENTIONS", "Q57278", "Lee"),
        ];
        edges[4].first_date = None;
        edges[4].last_date = None;
        edges.sort_by(|a, b| (&a.source, &a.target, &a.kind).cmp(&(&b.source, &b.target, &b.kind)));
        Graph {
            nodes,
            edges,
            documents: 1,
        }
    }

    #[test]
    fn groups_split_types_by_table_pair() {
        let mut g = graph();
        // A second pair for SAID: an entity quoting an entity (made up).
        g.edges.push(edge("Q57278", "SAID", "Q148", "x"));
        g.edges
            .sort_by(|a, b| (&a.source, &a.target, &a.kind).cmp(&(&b.source, &b.target, &b.kind)));
        let groups = relation_groups(&g);
        let keys: Vec<(&str, &str, &str, usize)> = groups
            .iter()
            .map(|r| (r.kind, r.from.name(), r.to.name(), r.edges.len()))
            .collect();
        assert_eq!(
            keys,
            [
                ("MENTIONS", "Article", "Entity", 2),
                ("QUOTED_ABOUT", "Entity", "Entity", 1),
                ("QUOTES", "Article", "Quote", 1),
                ("SAID", "Entity", "Entity", 1),
                ("SAID", "Entity", "Quote", 1),
                ("SAID_TO", "Entity", "Entity", 1),
            ]
        );
        assert_eq!(pairs_per_kind(&groups)["SAID"], 2);
        assert_eq!(pairs_per_kind(&groups)["MENTIONS"], 1);
    }
}
