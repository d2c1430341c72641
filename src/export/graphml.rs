//! `graph.graphml`: the graph as GraphML, for Gephi, networkx
//! (`nx.read_graphml`) and igraph (`Graph.Read_GraphML`).
//!
//! Owns: the GraphML layout. Reads: a [`Graph`]. Writes: one XML document,
//! one node or edge per line:
//!
//! ```text
//! <?xml version="1.0" encoding="UTF-8"?>
//! <graphml xmlns="http://graphml.graphdrawing.org/xmlns" ...>
//! <key id="d0" for="node" attr.name="label" attr.type="string"/>
//! ...
//! <graph id="newsgraph" edgedefault="directed">
//! <node id="Q148"><data key="d0">China</data><data key="d1">China</data><data key="d2">GPE</data><data key="d3">PRC;People's Republic of China</data>...</node>
//! <edge id="e0" source="Q57278" target="Q148"><data key="d13">QUOTED_ABOUT</data><data key="d14">7</data>...</edge>
//! </graph>
//! </graphml>
//! ```
//!
//! - Every attribute has a typed `<key>` (`string`, `long`, `boolean`).
//!   GraphML has no list type, so `aliases` is `;`-joined (as in
//!   `nodes.csv`) and an edge carries its first evidence sample only.
//! - `label` repeats the name, because Gephi displays the `label`
//!   attribute; the entity type is in `type`.
//! - Edges are directed and numbered `e0`, `e1`, ... in graph order (unique
//!   ids; networkx uses them as multigraph keys). One pair of nodes can
//!   have several edges of different types, so networkx reads a
//!   `MultiDiGraph`.
//! - A missing value (no date, no title) has no `<data>` element.
//! - Text is XML-escaped (`&<>"'`, and line breaks and tabs as character
//!   references so attribute values keep them); characters XML 1.0 cannot
//!   hold (most control characters) become U+FFFD.

use std::io::{self, Write};

use super::tables::join_aliases;
use crate::graph::{Graph, Record};

/// The file name in the output folder.
pub const FILE: &str = "graph.graphml";

/// Node attributes, in key order: `(name, GraphML type)`.
const NODE_KEYS: [(&str, &str); 13] = [
    ("label", "string"),
    ("name", "string"),
    ("type", "string"),
    ("aliases", "string"),
    ("mentions", "long"),
    ("documents", "long"),
    ("known", "boolean"),
    ("doc", "string"),
    ("title", "string"),
    ("date", "string"),
    ("source", "string"),
    ("start", "long"),
    ("end", "long"),
];

/// `quote_kind` comes after the node keys; then the edge keys.
const QUOTE_KIND_KEY: usize = NODE_KEYS.len();

/// Edge attributes, in key order, numbered after the node keys.
const EDGE_KEYS: [(&str, &str); 6] = [
    ("type", "string"),
    ("weight", "long"),
    ("documents", "long"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("evidence", "string"),
];
const EDGE_KEY_BASE: usize = QUOTE_KIND_KEY + 1;

/// Writes `graph.graphml`.
///
/// # Errors
/// The writer's I/O errors.
pub fn write<W: Write>(graph: &Graph, mut out: W) -> io::Result<()> {
    out.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">
",
    )?;
    let node_keys = NODE_KEYS.iter().chain([&("quote_kind", "string")]);
    for (i, (name, kind)) in node_keys.enumerate() {
        writeln!(
            out,
            "<key id=\"d{i}\" for=\"node\" attr.name=\"{name}\" attr.type=\"{kind}\"/>"
        )?;
    }
    for (i, (name, kind)) in EDGE_KEYS.iter().enumerate() {
        writeln!(
            out,
            "<key id=\"d{}\" for=\"edge\" attr.name=\"{name}\" attr.type=\"{kind}\"/>",
            EDGE_KEY_BASE + i
        )?;
    }
    out.write_all(b"<graph id=\"newsgraph\" edgedefault=\"directed\">\n")?;
    let mut aliases = String::new();
    // Nodes and edges are rendered into a buffer that is written out every
    // CHUNK bytes: many small writes through `W` cost more than the bytes.
    const CHUNK: usize = 1 << 15;
    let mut buf: Vec<u8> = Vec::with_capacity(2 * CHUNK);
    for n in &graph.nodes {
        buf.write_all(b"<node id=\"")?;
        escape(&mut buf, &n.id)?;
        buf.write_all(b"\">")?;
        text(&mut buf, 0, &n.name)?;
        text(&mut buf, 1, &n.name)?;
        text(&mut buf, 2, n.kind.type_name())?;
        join_aliases(&n.aliases, &mut aliases);
        text(&mut buf, 3, &aliases)?;
        number(&mut buf, 4, n.mentions)?;
        number(&mut buf, 5, n.documents)?;
        buf.write_all(DATA_TAGS[6].as_bytes())?;
        buf.write_all(if n.known {
            b"true</data>"
        } else {
            b"false</data>"
        })?;
        match &n.record {
            Some(Record::Article {
                doc,
                title,
                date,
                source,
            }) => {
                text(&mut buf, 7, doc)?;
                text(&mut buf, 8, title.as_deref().unwrap_or(""))?;
                text(&mut buf, 9, date.as_deref().unwrap_or(""))?;
                text(&mut buf, 10, source.as_deref().unwrap_or(""))?;
            }
            Some(Record::Quote {
                doc,
                start,
                end,
                kind,
                date,
            }) => {
                text(&mut buf, 7, doc)?;
                text(&mut buf, 9, date.as_deref().unwrap_or(""))?;
                number(&mut buf, 11, *start as u64)?;
                number(&mut buf, 12, *end as u64)?;
                text(&mut buf, QUOTE_KIND_KEY, kind)?;
            }
            None => {}
        }
        buf.write_all(b"</node>\n")?;
        if buf.len() >= CHUNK {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    for (i, e) in graph.edges.iter().enumerate() {
        buf.write_all(b"<edge id=\"e")?;
        buf.write_all(itoa::Buffer::new().format(i).as_bytes())?;
        buf.write_all(b"\" source=\"")?;
        escape(&mut buf, &e.source)?;
        buf.write_all(b"\" target=\"")?;
        escape(&mut buf, &e.target)?;
        buf.write_all(b"\">")?;
        text(&mut buf, EDGE_KEY_BASE, &e.kind)?;
        number(&mut buf, EDGE_KEY_BASE + 1, e.weight)?;
        number(&mut buf, EDGE_KEY_BASE + 2, e.documents)?;
        text(
            &mut buf,
            EDGE_KEY_BASE + 3,
            e.first_date.as_deref().unwrap_or(""),
        )?;
        text(
            &mut buf,
            EDGE_KEY_BASE + 4,
            e.last_date.as_deref().unwrap_or(""),
        )?;
        if let Some(s) = e.evidence.first() {
            text(&mut buf, EDGE_KEY_BASE + 5, &s.text)?;
        }
        buf.write_all(b"</edge>\n")?;
        if buf.len() >= CHUNK {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    out.write_all(&buf)?;
    out.write_all(b"</graph>\n</graphml>\n")?;
    out.flush()
}

/// `<data key="dK">` for every key (formatting it per value is a
/// measurable share of the export on large graphs).
const DATA_TAGS: [&str; EDGE_KEY_BASE + EDGE_KEYS.len()] = [
    "<data key=\"d0\">",
    "<data key=\"d1\">",
    "<data key=\"d2\">",
    "<data key=\"d3\">",
    "<data key=\"d4\">",
    "<data key=\"d5\">",
    "<data key=\"d6\">",
    "<data key=\"d7\">",
    "<data key=\"d8\">",
    "<data key=\"d9\">",
    "<data key=\"d10\">",
    "<data key=\"d11\">",
    "<data key=\"d12\">",
    "<data key=\"d13\">",
    "<data key=\"d14\">",
    "<data key=\"d15\">",
    "<data key=\"d16\">",
    "<data key=\"d17\">",
    "<data key=\"d18\">",
    "<data key=\"d19\">",
];

/// `<data key="dK">value</data>`, or nothing for an empty value.
fn text<W: Write>(out: &mut W, key: usize, value: &str) -> io::Result<()> {
    if value.is_empty() {
        return Ok(());
    }
    out.write_all(DATA_TAGS[key].as_bytes())?;
    escape(out, value)?;
    out.write_all(b"</data>")
}

fn number<W: Write>(out: &mut W, key: usize, value: u64) -> io::Result<()> {
    out.write_all(DATA_TAGS[key].as_bytes())?;
    out.write_all(itoa::Buffer::new().format(value).as_bytes())?;
    out.write_all(b"</data>")
}

/// The bytes [`escape`] looks at: the XML specials, control characters
/// and 0xEF (which starts U+FFFE and U+FFFF). Comparisons rather than a
/// table, so that [`super::scan::skip_plain`] tests a block at once.
#[inline(always)]
fn special(b: u8) -> bool {
    (b < 0x20) | (b == b'&') | (b == b'<') | (b == b'>') | (b == b'"') | (b == b'\'') | (b == 0xef)
}

/// Writes `s` XML-escaped, valid in both element content and attribute
/// values.
fn escape<W: Write>(out: &mut W, s: &str) -> io::Result<()> {
    const REPLACEMENT: &[u8] = "\u{fffd}".as_bytes();
    let bytes = s.as_bytes();
    let (mut i, mut rest) = (0, 0);
    loop {
        // Skip to the next byte that may need replacing.
        i = super::scan::skip_plain(bytes, i, special);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let (rep, len): (&[u8], usize) = match b {
            b'&' => (b"&amp;", 1),
            b'<' => (b"&lt;", 1),
            b'>' => (b"&gt;", 1),
            b'"' => (b"&quot;", 1),
            b'\'' => (b"&apos;", 1),
            // Attribute values turn raw line breaks and tabs into spaces,
            // and element content turns `\r` into `\n`: keep them exact.
            b'\n' => (b"&#10;", 1),
            b'\r' => (b"&#13;", 1),
            b'\t' => (b"&#9;", 1),
            // Not allowed in XML 1.0, even as references.
            0..=0x1f => (REPLACEMENT, 1),
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
            0xef if bytes.get(i + 1) == Some(&0xbf)
                && matches!(bytes.get(i + 2), Some(0xbe | 0xbf)) =>
            {
                (REPLACEMENT, 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.write_all(&bytes[rest..i])?;
        out.write_all(rep)?;
        i += len;
        rest = i;
    }
    out.write_all(&bytes[rest..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::tests::graph;

    fn escaped(s: &str) -> String {
        let mut out = Vec::new();
        escape(&mut out, s).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escaping() {
        const CASES: &[(&str, &str)] = &[
            ("plain", "plain"),
            ("a<b>&c", "a&lt;b&gt;&amp;c"),
            ("say \"hi\" it's", "say &quot;hi&quot; it&apos;s"),
            ("a\r\nb\tc", "a&#13;&#10;b&#9;c"),
            ("bell\u{7}\u{0}", "bell\u{fffd}\u{fffd}"),
            (
                "non-char \u{fffe}\u{ffff}\u{fffd}",
                "non-char \u{fffd}\u{fffd}\u{fffd}",
            ),
            ("Zoë ‘x’ 中国; a,b", "Zoë ‘x’ 中国; a,b"),
            ("", ""),
        ];
        for (input, want) in CASES {
            assert_eq!(escaped(input), *want, "{input:?}");
        }
    }

    #[test]
    fn layout() {
        let mut out = Vec::new();
        write(&graph(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[2],
            r#"<key id="d0" for="node" attr.name="label" attr.type="string"/>"#
        );
        assert!(text
            .contains(r#"<key id="d13" for="node" attr.name="quote_kind" attr.type="string"/>"#));
        assert!(text.contains(r#"<key id="d15" for="edge" attr.name="weight" attr.type="long"/>"#));
        assert!(text.contains(concat!(
            r#"<node id="Q148"><data key="d0">China</data><data key="d1">China</data>"#,
            r#"<data key="d2">GPE</data><data key="d3">PRC;People&apos;s Republic of China;Zhōngguó</data>"#,
            r#"<data key="d4">2</data><data key="d5">1</data><data key="d6">true</data></node>"#,
        )));
        assert!(
            text.contains(r#"<node id="ng:zoë-ünal"><data key="d0">Zoë Ünal &lt;&amp;&gt;</data>"#)
        );
        assert!(text.contains(
            r#"<data key="d1">We act &quot;now&quot;, together;&#10;C:\path ‘Zoë’ &lt;b&gt;</data>"#
        ));
        assert!(text.contains(r#"<data key="d11">10</data><data key="d12">50</data><data key="d13">direct</data></node>"#));
        assert!(text.contains(concat!(
            r#"<edge id="e0" source="Q57278" target="Q148"><data key="d14">QUOTED_ABOUT</data>"#,
            r#"<data key="d15">2</data><data key="d16">1</data><data key="d17">2024-02-17</data>"#,
            r#"<data key="d18">2024-02-18</data><data key="d19">He said &quot;China&quot;,&#13;&#10;then &lt;left&gt;.</data></edge>"#,
        )), "{text}");
        // No date: no <data> for it.
        assert!(text.contains(r#"<edge id="e3" source="article:a1" target="Q148"><data key="d14">MENTIONS</data><data key="d15">2</data><data key="d16">1</data><data key="d19">China</data></edge>"#), "{text}");
        assert!(text.ends_with("</graph>\n</graphml>\n"));
        assert_eq!(text.matches("<node ").count(), 5);
        assert_eq!(text.matches("<edge ").count(), 6);
    }

    #[test]
    fn empty_graph_is_valid() {
        let mut out = Vec::new();
        write(&Graph::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.ends_with(
            "<graph id=\"newsgraph\" edgedefault=\"directed\">\n</graph>\n</graphml>\n"
        ));
    }
}
