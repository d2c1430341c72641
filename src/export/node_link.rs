//! `graph.json`: the graph as node-link JSON.
//!
//! Owns: the node-link layout. Reads: a [`Graph`]. Writes: one JSON
//! document, with one node or edge per line so that diffs stay readable:
//!
//! ```text
//! {"directed":true,"multigraph":true,"graph":{"name":"newsgraph","version":"0.1.0","documents":2,"nodes":2,"edges":1},
//! "nodes":[
//! {"id":"Q148","name":"China","type":"GPE","aliases":["PRC"],"mentions":4,"documents":2,"known":true},
//! {"id":"Q7184","name":"NATO","type":"ORG","aliases":[],"mentions":3,"documents":2,"known":true}
//! ],
//! "edges":[
//! {"source":"Q148","target":"Q7184","key":"ACCUSE","type":"ACCUSE","weight":3,"documents":2,
//!  "first_date":"2024-02-16","last_date":"2024-02-17","evidence":[{"doc":"a1","start":0,"end":21,"text":"..."}]}
//! ],
//! "links":[
//! ... the same edges ...
//! ]}
//! ```
//!
//! Readers:
//! - networkx ≥ 3.6: `nx.node_link_graph(data)` (reads `edges`); 3.4–3.5:
//!   `nx.node_link_graph(data, edges="edges")`; ≤ 3.3: `nx.node_link_graph(data)`
//!   (reads `links`). The same edges are under both keys for that reason,
//!   and for d3's force layout, which wants `links`.
//! - `multigraph` is true and each edge's `key` is its type, since one pair
//!   of nodes can have several relation types; `(source, key, target)` is
//!   unique.
//! - Dates are `null` when no document had one.

use std::io::{self, BufRead, BufReader, Write};
use std::path::PathBuf;

use super::json;
use super::AtomicFile;
use crate::graph::{Edge, Graph, Node};

/// Writes `graph.json`.
///
/// # Errors
/// The writer's I/O errors.
pub fn write<W: Write>(graph: &Graph, mut out: W) -> io::Result<()> {
    write_head(graph, &mut out)?;
    write_edges(&mut out, &graph.edges, None)?;
    out.write_all(b",\n\"links\":")?;
    write_edges(&mut out, &graph.edges, None)?;
    out.write_all(b"}\n")?;
    out.flush()
}

/// Writes `graph.json` as [`write`] does, into an output file: the
/// `links` list is copied from the bytes just written under `edges` (read
/// back from the temporary file, still in the page cache) instead of
/// rendered again. The edges are most of the file, and rendering them
/// costs several times more than copying them. Returns where each edge's
/// tail went, for `aggregate.jsonl` to copy (see [`EdgeTails`]).
///
/// # Errors
/// The file's I/O errors, and an error when the bytes read back are not as
/// many as were written.
pub fn write_file(graph: &Graph, file: &mut AtomicFile) -> io::Result<EdgeTails> {
    use std::io::{Read, Seek, SeekFrom};

    write_head(graph, &mut *file)?;
    let start = file.written()?;
    let mut spans = Vec::with_capacity(graph.edges.len());
    write_edges(&mut *file, &graph.edges, Some((start, &mut spans)))?;
    let end = file.written()?;
    file.write_all(b",\n\"links\":")?;
    let mut edges = std::fs::File::open(file.temp_path())?;
    edges.seek(SeekFrom::Start(start))?;
    let mut edges = edges.take(end - start);
    // On the stack: a fresh heap block this size can need a new segment
    // from the OS, which a run under a memory cap may not get.
    let mut buf = [0; 1 << 16];
    let mut copied = 0;
    loop {
        let n = match edges.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        file.write_all(&buf[..n])?;
        copied += n as u64;
    }
    if copied != end - start {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "the edge list read back is shorter than written",
        ));
    }
    file.write_all(b"}\n")?;
    file.flush()?;
    Ok(EdgeTails {
        path: file.temp_path().to_path_buf(),
        spans,
    })
}

/// Where each edge's tail ([`json::edge_tail`]: tallies and evidence) is in
/// a `graph.json` written by [`write_file`], in edge order. An
/// `aggregate.jsonl` edge line ends with the same bytes, so the state of
/// the aggregate the graph was made from copies them ([`TailReader`])
/// instead of escaping every evidence text a second time.
#[derive(Debug)]
pub struct EdgeTails {
    /// The file, under its temporary name.
    path: PathBuf,
    /// `(offset, length)` of each edge's tail, offsets increasing.
    spans: Vec<(u64, u32)>,
}

impl EdgeTails {
    /// How many edges.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True for a graph without edges.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Reads the tails back, in order.
    ///
    /// # Errors
    /// The file cannot be opened.
    pub fn reader(&self) -> io::Result<TailReader<'_>> {
        let file = std::fs::File::open(&self.path)?;
        Ok(TailReader {
            file: BufReader::with_capacity(1 << 16, file),
            at: 0,
            spans: self.spans.iter(),
        })
    }
}

/// Reads the tails of [`EdgeTails`] one after the other: the edge lines
/// between them are skipped within the read buffer, so the file is read
/// once, front to back.
#[derive(Debug)]
pub struct TailReader<'a> {
    file: BufReader<std::fs::File>,
    /// The file position `file` reads next.
    at: u64,
    spans: std::slice::Iter<'a, (u64, u32)>,
}

impl TailReader<'_> {
    /// Appends the next edge's tail to `out`.
    ///
    /// # Errors
    /// The file's read errors; an error when every tail was read already
    /// or the file ends early.
    pub fn next_into(&mut self, out: &mut Vec<u8>) -> io::Result<()> {
        let &(offset, len) = self
            .spans
            .next()
            .ok_or_else(|| io::Error::other("more edges than graph.json holds"))?;
        self.file.seek_relative((offset - self.at) as i64)?;
        let mut left = len as usize;
        while left > 0 {
            let bytes = self.file.fill_buf()?;
            if bytes.is_empty() {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            let n = bytes.len().min(left);
            out.extend_from_slice(&bytes[..n]);
            self.file.consume(n);
            left -= n;
        }
        self.at = offset + u64::from(len);
        Ok(())
    }
}

/// Everything before the edge list: the graph's attributes, the nodes and
/// the `edges` key.
fn write_head<W: Write>(graph: &Graph, mut out: W) -> io::Result<()> {
    let meta = Meta {
        name: "newsgraph",
        version: env!("CARGO_PKG_VERSION"),
        documents: graph.documents,
        nodes: graph.nodes.len(),
        edges: graph.edges.len(),
    };
    out.write_all(br#"{"directed":true,"multigraph":true,"graph":"#)?;
    serde_json::to_writer(&mut out, &meta)?;
    out.write_all(b",\n\"nodes\":")?;
    write_nodes(&mut out, &graph.nodes)?;
    out.write_all(b",\n\"edges\":")
}

/// The edge list, one edge per line, rendered by hand: edges are most of
/// the file on large graphs. Rendered in small chunks (rendering the list
/// once for both keys would need a buffer the size of the list, whose fresh
/// pages cost more than rendering it twice). With `tails`, the file offset
/// the list starts at and where to note each edge's tail (see
/// [`EdgeTails`]).
///
/// `{"source","target","key","type","weight","documents","first_date",
/// "last_date","evidence":[{"doc","start","end","text"}]}`
fn write_edges<W: Write>(
    out: &mut W,
    edges: &[Edge],
    mut tails: Option<(u64, &mut Vec<(u64, u32)>)>,
) -> io::Result<()> {
    const CHUNK: usize = 1 << 15;
    let mut buf = Vec::with_capacity(2 * CHUNK);
    // Bytes of the list written to `out` before `buf`.
    let mut written = 0u64;
    buf.push(b'[');
    for (i, e) in edges.iter().enumerate() {
        buf.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        let tail = edge(&mut buf, e);
        if let Some((start, spans)) = tails.as_mut() {
            let offset = *start + written + tail.start as u64;
            spans.push((offset, (tail.end - tail.start) as u32));
        }
        if buf.len() >= CHUNK {
            out.write_all(&buf)?;
            written += buf.len() as u64;
            buf.clear();
        }
    }
    buf.extend_from_slice(if edges.is_empty() { b"]" } else { b"\n]" });
    out.write_all(&buf)
}

/// The node list as [`write_edges`] writes the edges (`serde` took a
/// dozen calls per field of a node, flattening its record through a map).
///
/// `{"id","name","type","aliases","mentions","documents","known"}`, plus
/// the record's fields for articles and quotes.
fn write_nodes<W: Write>(out: &mut W, nodes: &[Node]) -> io::Result<()> {
    const CHUNK: usize = 1 << 15;
    let mut buf = Vec::with_capacity(2 * CHUNK);
    buf.push(b'[');
    for (i, n) in nodes.iter().enumerate() {
        buf.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        node(&mut buf, n);
        if buf.len() >= CHUNK {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    buf.extend_from_slice(if nodes.is_empty() { b"]" } else { b"\n]" });
    out.write_all(&buf)
}

fn node(out: &mut Vec<u8>, n: &Node) {
    out.extend_from_slice(b"{\"id\":");
    json::string(out, &n.id);
    out.extend_from_slice(b",\"name\":");
    json::string(out, &n.name);
    out.extend_from_slice(b",\"type\":");
    json::plain(out, n.kind.type_name());
    out.extend_from_slice(b",\"aliases\":");
    json::string_list(out, &n.aliases);
    out.extend_from_slice(b",\"mentions\":");
    json::int(out, n.mentions);
    out.extend_from_slice(b",\"documents\":");
    json::int(out, n.documents);
    out.extend_from_slice(if n.known {
        b",\"known\":true"
    } else {
        b",\"known\":false"
    });
    if let Some(record) = &n.record {
        out.push(b',');
        json::record_fields(out, record);
    }
    out.push(b'}');
}

/// Appends one edge; returns where in `out` its tail is.
fn edge(out: &mut Vec<u8>, e: &Edge) -> std::ops::Range<usize> {
    out.extend_from_slice(b"{\"source\":");
    json::string(out, &e.source);
    out.extend_from_slice(b",\"target\":");
    json::string(out, &e.target);
    out.extend_from_slice(b",\"key\":");
    json::string(out, &e.kind);
    out.extend_from_slice(b",\"type\":");
    json::string(out, &e.kind);
    let start = out.len();
    let dates = (e.first_date.as_deref(), e.last_date.as_deref());
    let samples = e
        .evidence
        .iter()
        .map(|v| (&*v.doc, v.start, v.end, &*v.text));
    json::edge_tail(out, e.weight, e.documents, dates, samples);
    let tail = start..out.len();
    out.push(b'}');
    tail
}

#[derive(serde::Serialize)]
struct Meta {
    name: &'static str,
    version: &'static str,
    documents: u64,
    nodes: usize,
    edges: usize,
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde::Serialize;
    use serde_json::Value;

    use super::*;
    use crate::doc::EntityType;
    use crate::graph::{Evidence, NodeKind, Record};

    fn graph() -> Graph {
        let node = |id: &str, name: &str| Node {
            id: id.into(),
            name: name.into(),
            kind: NodeKind::Entity(EntityType::Person),
            aliases: vec!["A \"b\"".into()],
            mentions: 2,
            documents: 1,
            known: true,
            record: None,
        };
        let edge = |s: &str, k: &str, t: &str| Edge {
            source: s.into(),
            kind: k.into(),
            target: t.into(),
            weight: 2,
            documents: 1,
            first_date: None,
            last_date: Some("2024-05-01".into()),
            evidence: vec![Evidence {
                doc: "a1".into(),
                start: 0,
                end: 9,
                text: "Zoë\nsaid".into(),
            }],
        };
        Graph {
            nodes: vec![node("Q1", "Zoë"), node("Q2", "Bo")],
            edges: vec![edge("Q1", "ACCUSE", "Q2"), edge("Q1", "SAID_TO", "Q2")],
            documents: 1,
        }
    }

    #[test]
    fn has_both_edge_keys_and_no_dangling_edges() {
        let mut out = Vec::new();
        write(&graph(), &mut out).unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["directed"], true);
        assert_eq!(v["multigraph"], true);
        assert_eq!(v["graph"]["nodes"], 2);
        assert_eq!(v["edges"], v["links"]);
        let ids: BTreeSet<&str> = v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap())
            .collect();
        let edges = v["edges"].as_array().unwrap();
        assert_eq!(edges.len(), 2);
        let mut keys = BTreeSet::new();
        for e in edges {
            assert!(ids.contains(e["source"].as_str().unwrap()));
            assert!(ids.contains(e["target"].as_str().unwrap()));
            assert_eq!(e["key"], e["type"]);
            assert!(keys.insert((
                e["source"].to_string(),
                e["key"].to_string(),
                e["target"].to_string()
            )));
        }
        assert_eq!(edges[0]["first_date"], Value::Null);
        assert_eq!(edges[0]["evidence"][0]["text"], "Zoë\nsaid");
        assert_eq!(v["nodes"][0]["aliases"][0], "A \"b\"");
    }

    #[test]
    fn a_file_gets_the_same_bytes() {
        let tmp = tempfile::tempdir().unwrap();
        let mut g = graph();
        // Enough edges for several buffers and read-back chunks.
        let e = g.edges[0].clone();
        for i in 0..20_000 {
            let mut e = e.clone();
            e.target = format!("Q{i}");
            g.edges.push(e);
        }
        for graph in [Graph::default(), super::tests::graph(), g] {
            let mut want = Vec::new();
            write(&graph, &mut want).unwrap();
            let path = tmp.path().join("graph.json");
            let mut file = AtomicFile::create(&path).unwrap();
            write_file(&graph, &mut file).unwrap();
            file.commit().unwrap();
            assert_eq!(std::fs::read(&path).unwrap(), want);
        }
    }

    #[test]
    fn layout_is_one_item_per_line() {
        let mut out = Vec::new();
        write(&graph(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1 + 4 + 4 + 4, "{text}");
        assert_eq!(
            lines[2],
            r#"{"id":"Q1","name":"Zoë","type":"PERSON","aliases":["A \"b\""],"mentions":2,"documents":1,"known":true},"#
        );
        assert_eq!(lines[5], r#""edges":["#);
        assert!(text.ends_with("\n]}\n"));
    }

    #[test]
    fn empty_graph_is_valid() {
        let mut out = Vec::new();
        write(&Graph::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("\"nodes\":[],\n\"edges\":[],\n\"links\":[]}"),
            "{text}"
        );
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["nodes"], Value::Array(vec![]));
    }

    #[derive(Serialize)]
    struct NodeOut<'a> {
        id: &'a str,
        name: &'a str,
        #[serde(rename = "type")]
        kind: &'static str,
        aliases: &'a [String],
        mentions: u64,
        documents: u64,
        known: bool,
        /// `"node":"article"|"quote"` and the record's fields.
        #[serde(flatten, skip_serializing_if = "Option::is_none")]
        record: Option<&'a Record>,
    }

    impl<'a> NodeOut<'a> {
        fn new(n: &'a Node) -> NodeOut<'a> {
            NodeOut {
                id: &n.id,
                name: &n.name,
                kind: n.kind.type_name(),
                aliases: &n.aliases,
                mentions: n.mentions,
                documents: n.documents,
                known: n.known,
                record: n.record.as_ref(),
            }
        }
    }

    /// `[` items one per line `]`, or `[]`.
    fn write_list<W: Write, T: Serialize>(
        out: &mut W,
        items: impl Iterator<Item = T>,
    ) -> io::Result<()> {
        out.write_all(b"[")?;
        let mut first = true;
        for item in items {
            out.write_all(if first { b"\n" } else { b",\n" })?;
            first = false;
            serde_json::to_writer(&mut *out, &item)?;
        }
        out.write_all(if first { b"]" } else { b"\n]" })
    }

    #[test]
    fn nodes_are_written_as_serde_json_writes_them() {
        let mut g = graph();
        g.nodes[1].known = false;
        g.nodes[1].aliases.clear();
        let record = |r: Record| Node {
            id: "x\"1".into(),
            name: "T\u{1}itle “x”".into(),
            kind: NodeKind::Article,
            aliases: vec![],
            mentions: 3,
            documents: 1,
            known: false,
            record: Some(r),
        };
        g.nodes.push(record(Record::Article {
            doc: "a\\1".into(),
            title: Some("T\n".into()),
            date: None,
            source: Some("in/a.jsonl".into()),
        }));
        g.nodes.push(record(Record::Article {
            doc: "a2".into(),
            title: None,
            date: Some("2024".into()),
            source: None,
        }));
        g.nodes.push(record(Record::Quote {
            doc: "a1".into(),
            start: 0,
            end: usize::MAX,
            kind: "direct".into(),
            date: None,
        }));
        for nodes in [&g.nodes[..], &g.nodes[..1], &[]] {
            let mut want = Vec::new();
            write_list(&mut want, nodes.iter().map(NodeOut::new)).unwrap();
            let mut got = Vec::new();
            write_nodes(&mut got, nodes).unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want).unwrap()
            );
        }
    }

    /// The serde layout [`write_edges`] replaced, as the reference.
    #[derive(Serialize)]
    struct EdgeOut<'a> {
        source: &'a str,
        target: &'a str,
        key: &'a str,
        #[serde(rename = "type")]
        kind: &'a str,
        weight: u64,
        documents: u64,
        first_date: Option<&'a str>,
        last_date: Option<&'a str>,
        evidence: &'a [Evidence],
    }

    #[test]
    fn edges_are_written_as_serde_json_writes_them() {
        let mut g = graph();
        g.edges[0].evidence.push(Evidence {
            doc: "d\"\u{1}\\".into(),
            start: 7,
            end: usize::MAX,
            text: "\t\u{7f}é".into(),
        });
        g.edges[1].evidence.clear();
        g.edges[1].first_date = Some("2024\n".into());
        for edges in [&g.edges[..], &g.edges[..1], &[]] {
            let mut want = Vec::new();
            let serde_edges = edges.iter().map(|e| EdgeOut {
                source: &e.source,
                target: &e.target,
                key: &e.kind,
                kind: &e.kind,
                weight: e.weight,
                documents: e.documents,
                first_date: e.first_date.as_deref(),
                last_date: e.last_date.as_deref(),
                evidence: &e.evidence,
            });
            write_list(&mut want, serde_edges).unwrap();
            let mut got = Vec::new();
            write_edges(&mut got, edges, None).unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want).unwrap()
            );
        }
    }
}
