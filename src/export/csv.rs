//! `nodes.csv` and `edges.csv`: the graph in Neo4j's bulk-import header
//! format.
//!
//! Owns: the two CSV layouts. Reads: a [`Graph`]. Writes: CSV (RFC 4180
//! quoting: a field with a comma, quote or line break is wrapped in `"`,
//! and `"` is doubled).
//!
//! `nodes.csv`:
//!
//! ```text
//! id:ID(Entity),name,:LABEL,type,aliases:string[],mentions:int,documents:int,known:boolean,doc,title,date,source,start:int,end:int,quote_kind
//! Q7184,NATO,Entity;Organization,ORG,North Atlantic Treaty Organization;North Atlantic Alliance,12,5,true,,,,,,,
//! ng:john-smith,John Smith,Entity;Person,PERSON,,2,1,false,,,,,,,
//! article:a1,NATO chief warns China,Article,ARTICLE,,14,1,false,a1,NATO chief warns China,2024-02-17,in/news.jsonl,,,
//! quote:a1:0,We must act now,Quote,QUOTE,,0,1,false,a1,,2024-02-17,,120,135,direct
//! ```
//!
//! `edges.csv`:
//!
//! ```text
//! :START_ID(Entity),:END_ID(Entity),:TYPE,weight:int,documents:int,first_date,last_date,evidence
//! Q57278,Q148,SAID_TO,3,2,2024-02-16,2024-02-17,"“We must act ""now"", together,” Stoltenberg told China."
//! ```
//!
//! Loading them:
//! - **Neo4j**: `neo4j-admin database import full neo4j --nodes=nodes.csv
//!   --relationships=edges.csv --id-type=string --array-delimiter=";"`. Ids
//!   live in the `Entity` id space and are also stored as the `id` property.
//!   `:LABEL` is `Entity` plus a label per type (see
//!   [`crate::graph::NodeKind::labels`]).
//! - **Kùzu** (0.11, checked): columns are taken by position, so declare
//!   them in this order, with `aliases` and `label` as `STRING` (Kùzu lists
//!   are `[a,b]`, not `a;b`), and one relation table per type, filled from
//!   `edges.csv` by a `LOAD FROM` subquery (which reads `weight:int` as a
//!   column `weight`):
//!
//!   ```text
//!   CREATE NODE TABLE Entity(id STRING PRIMARY KEY, name STRING, label STRING, type STRING,
//!       aliases STRING, mentions INT64, documents INT64, known BOOLEAN, doc STRING,
//!       title STRING, date STRING, source STRING, start INT64, end INT64, quote_kind STRING);
//!   COPY Entity FROM 'nodes.csv' (header=true, escape='"');
//!   CREATE REL TABLE SAID_TO(FROM Entity TO Entity, weight INT64, documents INT64,
//!       first_date STRING, last_date STRING, evidence STRING);
//!   COPY SAID_TO FROM (LOAD FROM 'edges.csv' (header=true, escape='"')
//!       WHERE `:TYPE` = 'SAID_TO'
//!       RETURN `:START_ID(Entity)`, `:END_ID(Entity)`, weight, documents,
//!              CAST(first_date AS STRING), CAST(last_date AS STRING), evidence);
//!   ```
//! - **DuckDB**, spreadsheets: `read_csv('nodes.csv')`; headers are kept as
//!   column names.
//!
//! Rules the writer enforces, because the importers cannot express them:
//! - line breaks (`\n`, `\r`) in any field become spaces (Kùzu's parallel
//!   reader refuses quoted newlines; Neo4j needs `--multiline-fields`);
//! - list elements are joined with `;` and stripped of `;` (Neo4j has no
//!   escape for its array delimiter); empty elements are dropped;
//! - an absent value (no date, no aliases) is an empty cell, which Neo4j
//!   reads as "no property";
//! - every edge end is a node (the graph guarantees it), and every node is
//!   written once, so neither importer needs `--skip-*` flags.
//!
//! `evidence` is the first (smallest) evidence sample's text; all samples
//! are in `graph.json`.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::graph::{Graph, Record};

/// The `nodes.csv` header. The last seven columns are for article and
/// quote nodes (empty for entities): the document id, an article's title,
/// date and input file, a quote's byte offsets and kind (a quote's text is
/// its `name`, its date the article's).
pub const NODES_HEADER: [&str; 15] = [
    "id:ID(Entity)",
    "name",
    ":LABEL",
    "type",
    "aliases:string[]",
    "mentions:int",
    "documents:int",
    "known:boolean",
    "doc",
    "title",
    "date",
    "source",
    "start:int",
    "end:int",
    "quote_kind",
];

/// The `edges.csv` header.
pub const EDGES_HEADER: [&str; 8] = [
    ":START_ID(Entity)",
    ":END_ID(Entity)",
    ":TYPE",
    "weight:int",
    "documents:int",
    "first_date",
    "last_date",
    "evidence",
];

/// Writes `nodes.csv`.
///
/// # Errors
/// The writer's I/O errors.
pub fn write_nodes<W: Write>(graph: &Graph, out: W) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(NODES_HEADER)?;
    let mut aliases = String::new();
    for n in &graph.nodes {
        aliases.clear();
        for a in &n.aliases {
            let a = one_line(a);
            let a = a.replace(';', "");
            let a = a.trim();
            if !a.is_empty() {
                if !aliases.is_empty() {
                    aliases.push(';');
                }
                aliases.push_str(a);
            }
        }
        let (mut doc, mut title, mut date, mut source) = ("", "", "", "");
        let (mut start, mut end, mut quote_kind) = (String::new(), String::new(), "");
        match &n.record {
            Some(Record::Article {
                doc: d,
                title: t,
                date: dt,
                source: s,
            }) => {
                doc = d;
                title = t.as_deref().unwrap_or("");
                date = dt.as_deref().unwrap_or("");
                source = s.as_deref().unwrap_or("");
            }
            Some(Record::Quote {
                doc: d,
                start: s,
                end: e,
                kind,
                date: dt,
            }) => {
                doc = d;
                date = dt.as_deref().unwrap_or("");
                start = s.to_string();
                end = e.to_string();
                quote_kind = kind;
            }
            None => {}
        }
        w.write_record([
            &*one_line(&n.id),
            &one_line(&n.name),
            n.kind.labels(),
            n.kind.type_name(),
            &aliases,
            &n.mentions.to_string(),
            &n.documents.to_string(),
            if n.known { "true" } else { "false" },
            &one_line(doc),
            &one_line(title),
            &one_line(date),
            &one_line(source),
            &start,
            &end,
            quote_kind,
        ])?;
    }
    w.flush()
}

/// Writes `edges.csv`.
///
/// # Errors
/// The writer's I/O errors.
pub fn write_edges<W: Write>(graph: &Graph, out: W) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(EDGES_HEADER)?;
    for e in &graph.edges {
        let evidence = e.evidence.first().map_or("", |s| s.text.as_str());
        w.write_record([
            &*one_line(&e.source),
            &one_line(&e.target),
            &one_line(&e.kind),
            &e.weight.to_string(),
            &e.documents.to_string(),
            &one_line(e.first_date.as_deref().unwrap_or("")),
            &one_line(e.last_date.as_deref().unwrap_or("")),
            &one_line(evidence),
        ])?;
    }
    w.flush()
}

/// The field with `\r\n`, `\n` and `\r` each turned into one space.
pub(super) fn one_line(s: &str) -> Cow<'_, str> {
    if memchr::memchr2(b'\n', b'\r', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.replace("\r\n", " ").replace(['\n', '\r'], " "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::EntityType;
    use crate::graph::{Edge, Evidence, Node, NodeKind};

    fn node(id: &str, name: &str, kind: EntityType, aliases: &[&str], known: bool) -> Node {
        Node {
            id: id.into(),
            name: name.into(),
            kind: NodeKind::Entity(kind),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions: 3,
            documents: 2,
            known,
            record: None,
        }
    }

    fn graph() -> Graph {
        let evidence = |doc: &str, text: &str| Evidence {
            doc: doc.into(),
            start: 0,
            end: text.len(),
            text: text.into(),
        };
        Graph {
            nodes: vec![
                node(
                    "Q1",
                    "Lee, Hsien Loong",
                    EntityType::Person,
                    &["LHL", "Lee; H.L.", ";", "Mr \"Lee\""],
                    true,
                ),
                node("Q2", "Acme\nCorp", EntityType::Org, &[], true),
                node("ng:ann", "Ann", EntityType::Other, &[], false),
            ],
            edges: vec![
                Edge {
                    source: "Q1".into(),
                    kind: "SAID_TO".into(),
                    target: "ng:ann".into(),
                    weight: 3,
                    documents: 2,
                    first_date: Some("2024-02-16".into()),
                    last_date: Some("2024-02-17".into()),
                    evidence: vec![
                        evidence("a1", "“We must act \"now\",\r\ntogether,” Lee told Ann."),
                        evidence("a2", "unused"),
                    ],
                },
                Edge {
                    source: "Q2".into(),
                    kind: "MEET".into(),
                    target: "Q1".into(),
                    weight: 1,
                    documents: 1,
                    first_date: None,
                    last_date: None,
                    evidence: vec![],
                },
            ],
            documents: 2,
        }
    }

    #[test]
    fn nodes_csv() {
        let mut out = Vec::new();
        write_nodes(&graph(), &mut out).unwrap();
        let want = concat!(
            "id:ID(Entity),name,:LABEL,type,aliases:string[],mentions:int,documents:int,known:boolean,doc,title,date,source,start:int,end:int,quote_kind\n",
            "Q1,\"Lee, Hsien Loong\",Entity;Person,PERSON,\"LHL;Lee H.L.;Mr \"\"Lee\"\"\",3,2,true,,,,,,,\n",
            "Q2,Acme Corp,Entity;Organization,ORG,,3,2,true,,,,,,,\n",
            "ng:ann,Ann,Entity,OTHER,,3,2,false,,,,,,,\n",
        );
        assert_eq!(String::from_utf8(out).unwrap(), want);
    }

    #[test]
    fn edges_csv() {
        let mut out = Vec::new();
        write_edges(&graph(), &mut out).unwrap();
        let want = concat!(
            ":START_ID(Entity),:END_ID(Entity),:TYPE,weight:int,documents:int,first_date,last_date,evidence\n",
            "Q1,ng:ann,SAID_TO,3,2,2024-02-16,2024-02-17,\"“We must act \"\"now\"\", together,” Lee told Ann.\"\n",
            "Q2,Q1,MEET,1,1,,,\n",
        );
        assert_eq!(String::from_utf8(out).unwrap(), want);
    }

    #[test]
    fn csv_round_trips_through_a_reader() {
        let mut out = Vec::new();
        write_nodes(&graph(), &mut out).unwrap();
        let mut rdr = ::csv::Reader::from_reader(out.as_slice());
        let rows: Vec<::csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[0][1], "Lee, Hsien Loong");
        let aliases: Vec<&str> = rows[0][4].split(';').collect();
        assert_eq!(aliases, ["LHL", "Lee H.L.", "Mr \"Lee\""]);
        assert!(rows.iter().all(|r| r.len() == NODES_HEADER.len()));
    }

    #[test]
    fn line_breaks_become_spaces() {
        const CASES: &[(&str, &str)] = &[
            ("a\nb", "a b"),
            ("a\r\nb", "a b"),
            ("a\rb\n", "a b "),
            ("ab", "ab"),
        ];
        for (input, want) in CASES {
            assert_eq!(one_line(input), *want, "{input:?}");
        }
    }
}
