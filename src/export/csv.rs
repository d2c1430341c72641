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

use crate::graph::{Edge, Graph, Record};

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
    let mut w = Rows::new(out);
    w.record(&NODES_HEADER)?;
    let mut aliases = String::new();
    for n in &graph.nodes {
        // The rule graph.graphml and kuzu/ share, which copies an alias
        // only when it holds a `;` (a copy per alias of every node was most
        // of this loop's allocations).
        super::tables::join_aliases(&n.aliases, &mut aliases);
        let (mut doc, mut title, mut date, mut source) = ("", "", "", "");
        let (mut start, mut end, mut quote_kind) = (None, None, "");
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
                start = Some(*s);
                end = Some(*e);
                quote_kind = kind;
            }
            None => {}
        }
        w.line_field(&n.id);
        w.line_field(&n.name);
        w.field(n.kind.labels());
        w.field(n.kind.type_name());
        w.field(&aliases);
        w.int(n.mentions);
        w.int(n.documents);
        w.field(if n.known { "true" } else { "false" });
        w.line_field(doc);
        w.line_field(title);
        w.line_field(date);
        w.line_field(source);
        w.opt_int(start);
        w.opt_int(end);
        w.field(quote_kind);
        w.end_record()?;
    }
    w.finish()
}

/// Writes `edges.csv`.
///
/// # Errors
/// The writer's I/O errors.
pub fn write_edges<W: Write>(graph: &Graph, out: W) -> io::Result<()> {
    let mut w = Rows::new(out);
    w.record(&EDGES_HEADER)?;
    for e in &graph.edges {
        w.edge(e, true)?;
    }
    w.finish()
}

/// CSV records rendered by hand into a buffer that is written out in
/// chunks, byte for byte as the `csv` crate's default writer writes them
/// (the tests compare the two): fields separated by `,`, records ended by
/// `\n`, a field quoted when it holds `,`, `"`, `\r` or `\n` (with `"`
/// doubled), and a record of one empty field written as `""`.
///
/// The `csv` writer runs a state machine per field and byte; the graph
/// files are mostly evidence text, so skipping a block of plain bytes at
/// once ([`super::scan`]) and formatting numbers in place cost less.
/// Unlike that writer it does not check that records have equal lengths:
/// every caller writes fixed-size records.
pub(super) struct Rows<W: Write> {
    out: W,
    buf: Vec<u8>,
    /// Fields written in the current record.
    fields: usize,
    /// Where the current record starts in `buf`.
    record_start: usize,
}

impl<W: Write> Rows<W> {
    const CHUNK: usize = 1 << 15;

    pub(super) fn new(out: W) -> Rows<W> {
        Rows {
            out,
            buf: Vec::with_capacity(2 * Rows::<W>::CHUNK),
            fields: 0,
            record_start: 0,
        }
    }

    fn separate(&mut self) {
        if self.fields > 0 {
            self.buf.push(b',');
        }
        self.fields += 1;
    }

    /// A field, quoted when it needs to be.
    pub(super) fn field(&mut self, s: &str) {
        self.separate();
        let bytes = s.as_bytes();
        let plain = super::scan::skip_plain(bytes, 0, needs_quotes);
        if plain == bytes.len() {
            self.buf.extend_from_slice(bytes);
            return;
        }
        self.buf.push(b'"');
        let mut start = 0;
        while let Some(n) = memchr::memchr(b'"', &bytes[start..]) {
            self.buf.extend_from_slice(&bytes[start..=start + n]);
            self.buf.push(b'"');
            start += n + 1;
        }
        self.buf.extend_from_slice(&bytes[start..]);
        self.buf.push(b'"');
    }

    /// The field as [`one_line`] makes it, quoted when it needs to be.
    pub(super) fn line_field(&mut self, s: &str) {
        let bytes = s.as_bytes();
        let plain = super::scan::skip_plain(bytes, 0, needs_quotes);
        if plain == bytes.len() {
            self.separate();
            self.buf.extend_from_slice(bytes);
        } else {
            self.field(&one_line(s));
        }
    }

    /// A number (which never needs quotes).
    pub(super) fn int(&mut self, n: impl itoa::Integer) {
        self.separate();
        self.buf
            .extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    /// A number, or an empty field.
    pub(super) fn opt_int(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.int(n),
            None => self.separate(),
        }
    }

    /// One edge row: source, target, (with `kind`) its type, weight,
    /// documents, first and last date, and the first evidence sentence.
    pub(super) fn edge(&mut self, e: &Edge, kind: bool) -> io::Result<()> {
        self.line_field(&e.source);
        self.line_field(&e.target);
        if kind {
            self.line_field(&e.kind);
        }
        self.edge_tail(e);
        self.end_record()
    }

    /// The fields of an edge row after its ends and type.
    fn edge_tail(&mut self, e: &Edge) {
        self.int(e.weight);
        self.int(e.documents);
        self.line_field(e.first_date.as_deref().unwrap_or(""));
        self.line_field(e.last_date.as_deref().unwrap_or(""));
        self.line_field(e.evidence.first().map_or("", |s| &*s.text));
    }

    /// [`Rows::edge`] with its type, and, into `untyped` when given, the
    /// same row without the type (as `edge(e, false)` writes it) copied
    /// from this one rather than escaped again: `edges.csv` and the Kùzu
    /// relation files hold the same rows. Returns the result of ending the
    /// row in `untyped` (`Ok` when there is none), then in `self`, so the
    /// caller can tell which writer failed.
    pub(super) fn edge_twice<V: Write>(
        &mut self,
        e: &Edge,
        untyped: Option<&mut Rows<V>>,
    ) -> (io::Result<()>, io::Result<()>) {
        let start = self.buf.len();
        self.line_field(&e.source);
        self.line_field(&e.target);
        let ends = self.buf.len();
        self.line_field(&e.kind);
        let tail = self.buf.len();
        self.edge_tail(e);
        let copied = match untyped {
            Some(other) => {
                other.buf.extend_from_slice(&self.buf[start..ends]);
                other.buf.extend_from_slice(&self.buf[tail..]);
                // Seven fields: never the one-empty-field record.
                other.fields = 7;
                other.end_record()
            }
            None => Ok(()),
        };
        (copied, self.end_record())
    }

    /// Ends the current record.
    pub(super) fn end_record(&mut self) -> io::Result<()> {
        if self.fields == 1 && self.buf.len() == self.record_start {
            self.buf.extend_from_slice(b"\"\"");
        }
        self.buf.push(b'\n');
        self.fields = 0;
        if self.buf.len() >= Rows::<W>::CHUNK {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        self.record_start = self.buf.len();
        Ok(())
    }

    /// A whole record of fields.
    pub(super) fn record(&mut self, fields: &[&str]) -> io::Result<()> {
        for f in fields {
            self.field(f);
        }
        self.end_record()
    }

    /// Writes what is left and flushes the writer.
    pub(super) fn finish(self) -> io::Result<()> {
        self.into_inner().map(drop)
    }

    /// [`Rows::finish`], giving the writer back.
    pub(super) fn into_inner(mut self) -> io::Result<W> {
        self.out.write_all(&self.buf)?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// The bytes that make the `csv` writer quote a field (`,`, `"`, `\r`,
/// `\n`). Comparisons joined with `|`, so that [`super::scan::skip_plain`]
/// tests a block at once.
#[inline(always)]
fn needs_quotes(b: u8) -> bool {
    (b == b',') | (b == b'"') | (b == b'\n') | (b == b'\r')
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
    fn rows_are_written_as_the_csv_crate_writes_them() {
        const FIELDS: &[&str] = &[
            "",
            "plain",
            "a,b",
            "say \"no\"",
            "\"",
            "\"\"",
            "line\nbreak",
            "cr\rlf\r\n",
            " spaced ",
            "#hash",
            "Zoë — “quoted”, again",
            "0123456789abcdef0123456789abcdef0123456789,",
            "0123456789abcdef0123456789abcdef\"0123456789",
        ];
        let mut records: Vec<Vec<&str>> = vec![vec![""], vec!["", ""], vec!["x"]];
        for a in FIELDS {
            records.push(vec![a]);
            for b in FIELDS {
                records.push(vec![a, b, a]);
            }
        }
        for record in &records {
            let mut want = ::csv::Writer::from_writer(Vec::new());
            want.write_record(record).unwrap();
            let want = want.into_inner().unwrap();
            let mut got = Vec::new();
            let mut rows = Rows::new(&mut got);
            rows.record(record).unwrap();
            rows.finish().unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want).unwrap(),
                "{record:?}"
            );
            // `line_field` is `field` of the one-line form.
            let mut got = Vec::new();
            let mut rows = Rows::new(&mut got);
            for f in record {
                rows.line_field(f);
            }
            rows.end_record().unwrap();
            rows.finish().unwrap();
            let mut want = Vec::new();
            let mut rows = Rows::new(&mut want);
            let lines: Vec<Cow<'_, str>> = record.iter().map(|f| one_line(f)).collect();
            for f in &lines {
                rows.field(f);
            }
            rows.end_record().unwrap();
            rows.finish().unwrap();
            assert_eq!(got, want, "{record:?}");
        }
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
