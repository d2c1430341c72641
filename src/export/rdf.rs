//! `graph.nt` (with `--rdf`): the graph as RDF N-Triples, with schema.org
//! for quotes and articles and PROV-O for provenance.
//!
//! Owns: the RDF modelling and the N-Triples syntax. Reads: a [`Graph`] and
//! the `quotes.jsonl` lines (for each quote's addressee and what it is
//! about, which the aggregated graph does not keep per quote). Writes: one
//! triple per line (RDF 1.1 N-Triples, UTF-8), so files can be split or
//! concatenated freely.
//!
//! IRIs:
//! - an entity with a Wikidata id (`Q148`) is `http://www.wikidata.org/entity/Q148`
//!   (Wikidata's canonical concept IRI, as used by its SPARQL service);
//! - any other node is `urn:newsgraph:` plus its id, percent-encoded
//!   (everything but ASCII letters, digits and `-._~:`):
//!   `urn:newsgraph:article:seed-nato`, `urn:newsgraph:quote:seed-nato:2`,
//!   `urn:newsgraph:person:hadley-gamble`;
//! - newsgraph's own classes and properties are under
//!   `urn:newsgraph:vocab#` (prefix `ng:` below); each relation type is a
//!   property (`ng:SAID_TO`, `ng:ACCUSE`, ...);
//! - schema.org is `https://schema.org/` (its canonical https form).
//!
//! What is written, in Turtle shorthand (the file itself is N-Triples):
//!
//! ```text
//! wd:Q148 a ng:Entity, schema:AdministrativeArea ; schema:identifier "Q148" ; schema:name "China" ;
//!     schema:alternateName "PRC" ; ng:type "GPE" ; ng:mentions 13 ; ng:documents 1 ; ng:known true .
//! ng-node:article:a1 a schema:NewsArticle ; schema:identifier "article:a1" ; ng:doc "a1" ;
//!     schema:headline "..." ; schema:datePublished "2024-02-17" ; ng:source "in/news.jsonl" .
//! ng-node:quote:a1:0 a schema:Quotation ; schema:text "We must act \"now\"" ; ng:doc "a1" ;
//!     ng:kind "direct" ; ng:start 120 ; ng:end 135 ;
//!     schema:spokenByCharacter wd:Q57278 ; schema:creator wd:Q57278 ;        # from SAID edges
//!     prov:wasDerivedFrom ng-node:article:a1 ; schema:isBasedOn ng-node:article:a1 ;  # QUOTES edges
//!     schema:about wd:Q148 ; ng:addressee ng-node:person:hadley-gamble .      # from quotes.jsonl
//! ng-node:quote:a1:0/act a schema:CommunicateAction ; schema:agent wd:Q57278 ;
//!     schema:recipient ng-node:person:hadley-gamble ; schema:about wd:Q148 ;
//!     schema:result ng-node:quote:a1:0 ; prov:wasDerivedFrom ng-node:article:a1 .
//! wd:Q57278 ng:SAID_TO ng-node:person:hadley-gamble .                      # every edge, directly
//! <urn:newsgraph:edge/Q57278/SAID_TO/person:hadley-gamble> a ng:Edge ;     # and with its counts
//!     ng:source wd:Q57278 ; ng:relation ng:SAID_TO ; ng:target ng-node:person:hadley-gamble ;
//!     ng:weight 1 ; ng:documents 1 ; ng:firstDate "..." ; ng:lastDate "..." ;
//!     ng:evidence "..." ; prov:wasDerivedFrom ng-node:article:a1 .
//! ```
//!
//! Articles also get `schema:mentions` for their `MENTIONS` edges. Numbers
//! are `xsd:integer`, flags `xsd:boolean`; dates stay plain strings (input
//! dates are free text). Literals are escaped as the N-Triples spec
//! requires (`\"`, `\\`, `\n`, `\r`, and `\u00XX` for other control
//! characters); other characters, non-ASCII included, are written as
//! UTF-8.

use std::fmt;
use std::io::{self, BufRead, Write};

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::doc::EntityType;
use crate::graph::{Graph, NodeKind, Record};

/// The file name in the output folder.
pub const FILE: &str = "graph.nt";

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const SCHEMA: &str = "https://schema.org/";
const PROV: &str = "http://www.w3.org/ns/prov#";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
const WIKIDATA: &str = "http://www.wikidata.org/entity/";
/// The prefix of every non-Wikidata node IRI.
pub const NODE_BASE: &str = "urn:newsgraph:";
/// newsgraph's classes and properties.
pub const VOCAB: &str = "urn:newsgraph:vocab#";

/// Writes the triples of the graph's nodes and edges.
///
/// # Errors
/// The writer's I/O errors.
pub fn write_graph<W: Write>(graph: &Graph, mut out: W) -> io::Result<()> {
    let out = &mut out;
    for n in &graph.nodes {
        let s = Term::Node(&n.id);
        let class = match n.kind {
            NodeKind::Article => Term::Schema("NewsArticle"),
            NodeKind::Quote => Term::Schema("Quotation"),
            NodeKind::Entity(t) => {
                triple(out, s, Term::Iri(RDF_TYPE), Term::Vocab("Entity"))?;
                Term::Schema(schema_class(t))
            }
        };
        triple(out, s, Term::Iri(RDF_TYPE), class)?;
        triple(out, s, Term::Schema("identifier"), Term::Str(&n.id))?;
        match &n.record {
            Some(Record::Article {
                doc,
                title,
                date,
                source,
            }) => {
                triple(out, s, Term::Vocab("doc"), Term::Str(doc))?;
                if let Some(t) = title {
                    triple(out, s, Term::Schema("headline"), Term::Str(t))?;
                }
                if let Some(d) = date {
                    triple(out, s, Term::Schema("datePublished"), Term::Str(d))?;
                }
                if let Some(f) = source {
                    triple(out, s, Term::Vocab("source"), Term::Str(f))?;
                }
                triple(out, s, Term::Vocab("mentions"), Term::Int(n.mentions))?;
            }
            Some(Record::Quote {
                doc,
                start,
                end,
                kind,
                date,
            }) => {
                triple(out, s, Term::Schema("text"), Term::Str(&n.name))?;
                triple(out, s, Term::Vocab("doc"), Term::Str(doc))?;
                triple(out, s, Term::Vocab("kind"), Term::Str(kind))?;
                triple(out, s, Term::Vocab("start"), Term::Int(*start as u64))?;
                triple(out, s, Term::Vocab("end"), Term::Int(*end as u64))?;
                if let Some(d) = date {
                    triple(out, s, Term::Vocab("date"), Term::Str(d))?;
                }
            }
            None => {
                triple(out, s, Term::Schema("name"), Term::Str(&n.name))?;
                for a in n.aliases.iter().filter(|a| !a.is_empty()) {
                    triple(out, s, Term::Schema("alternateName"), Term::Str(a))?;
                }
                triple(out, s, Term::Vocab("type"), Term::Str(n.kind.type_name()))?;
                triple(out, s, Term::Vocab("mentions"), Term::Int(n.mentions))?;
                triple(out, s, Term::Vocab("documents"), Term::Int(n.documents))?;
                triple(out, s, Term::Vocab("known"), Term::Bool(n.known))?;
            }
        }
    }
    for e in &graph.edges {
        let (s, t) = (Term::Node(&e.source), Term::Node(&e.target));
        let relation = Term::Vocab(&e.kind);
        triple(out, s, relation, t)?;
        match e.kind.as_str() {
            "SAID" => {
                triple(out, t, Term::Schema("spokenByCharacter"), s)?;
                triple(out, t, Term::Schema("creator"), s)?;
            }
            "QUOTES" => {
                triple(out, t, Term::Prov("wasDerivedFrom"), s)?;
                triple(out, t, Term::Schema("isBasedOn"), s)?;
            }
            "MENTIONS" => triple(out, s, Term::Schema("mentions"), t)?,
            _ => {}
        }
        let edge = Term::Edge(&e.source, &e.kind, &e.target);
        triple(out, edge, Term::Iri(RDF_TYPE), Term::Vocab("Edge"))?;
        triple(out, edge, Term::Vocab("source"), s)?;
        triple(out, edge, Term::Vocab("relation"), relation)?;
        triple(out, edge, Term::Vocab("target"), t)?;
        triple(out, edge, Term::Vocab("weight"), Term::Int(e.weight))?;
        triple(out, edge, Term::Vocab("documents"), Term::Int(e.documents))?;
        if let Some(d) = &e.first_date {
            triple(out, edge, Term::Vocab("firstDate"), Term::Str(d))?;
        }
        if let Some(d) = &e.last_date {
            triple(out, edge, Term::Vocab("lastDate"), Term::Str(d))?;
        }
        for ev in &e.evidence {
            triple(out, edge, Term::Vocab("evidence"), Term::Str(&ev.text))?;
            triple(
                out,
                edge,
                Term::Prov("wasDerivedFrom"),
                Term::Article(&ev.doc),
            )?;
        }
    }
    out.flush()
}

/// Writes, for each `quotes.jsonl` line whose quote is a node of `graph`,
/// what the quote is about and to whom it was said (a
/// `schema:CommunicateAction`, when both speaker and addressee have ids).
///
/// # Errors
/// The reader's and writer's I/O errors; a line that is not a
/// `quotes.jsonl` record is [`io::ErrorKind::InvalidData`].
pub fn write_quotes<R: BufRead, W: Write>(graph: &Graph, quotes: R, mut out: W) -> io::Result<()> {
    let out = &mut out;
    let mut ids: FxHashMap<(&str, usize, usize), &str> = FxHashMap::default();
    for n in &graph.nodes {
        if let Some(Record::Quote {
            doc, start, end, ..
        }) = &n.record
        {
            ids.insert((doc.as_str(), *start, *end), n.id.as_str());
        }
    }
    for (i, line) in quotes.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let q: QuoteLine = serde_json::from_str(&line).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("quotes.jsonl:{}: {e}", i + 1),
            )
        })?;
        let Some(&id) = ids.get(&(q.doc.as_str(), q.content.start, q.content.end)) else {
            continue;
        };
        let quote = Term::Node(id);
        let about: Vec<&str> = q.about.iter().filter_map(|a| a.id.as_deref()).collect();
        for z in &about {
            triple(out, quote, Term::Schema("about"), Term::Node(z))?;
        }
        let speaker = q.speaker.as_ref().and_then(|p| p.id.as_deref());
        let addressee = q.addressee.as_ref().and_then(|p| p.id.as_deref());
        let Some(r) = addressee else { continue };
        triple(out, quote, Term::Vocab("addressee"), Term::Node(r))?;
        let Some(s) = speaker else { continue };
        let act = Term::Act(id);
        triple(
            out,
            act,
            Term::Iri(RDF_TYPE),
            Term::Schema("CommunicateAction"),
        )?;
        triple(out, act, Term::Schema("agent"), Term::Node(s))?;
        triple(out, act, Term::Schema("recipient"), Term::Node(r))?;
        for z in &about {
            triple(out, act, Term::Schema("about"), Term::Node(z))?;
        }
        triple(out, act, Term::Schema("result"), quote)?;
        triple(
            out,
            act,
            Term::Prov("wasDerivedFrom"),
            Term::Article(&q.doc),
        )?;
    }
    out.flush()
}

/// The fields of a `quotes.jsonl` line this module needs.
#[derive(Deserialize)]
struct QuoteLine {
    doc: String,
    content: Offsets,
    speaker: Option<Party>,
    addressee: Option<Party>,
    #[serde(default)]
    about: Vec<Party>,
}

#[derive(Deserialize)]
struct Offsets {
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct Party {
    id: Option<String>,
}

/// The schema.org class of an entity type.
const fn schema_class(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "Person",
        EntityType::Org => "Organization",
        EntityType::Gpe => "AdministrativeArea",
        EntityType::Loc => "Place",
        EntityType::Event => "Event",
        EntityType::Work => "CreativeWork",
        EntityType::Norp | EntityType::Other => "Thing",
    }
}

/// One RDF term, written without allocating.
#[derive(Clone, Copy)]
enum Term<'a> {
    /// An absolute IRI, written as is.
    Iri(&'a str),
    Schema(&'a str),
    Prov(&'a str),
    /// `ng:` + a local name (percent-encoded).
    Vocab(&'a str),
    /// A graph node, by id.
    Node(&'a str),
    /// The article node of a document id.
    Article(&'a str),
    /// The communicate action of a quote node, by the quote's id.
    Act(&'a str),
    /// An aggregated edge: source, type, target.
    Edge(&'a str, &'a str, &'a str),
    Str(&'a str),
    Int(u64),
    Bool(bool),
}

fn triple<W: Write>(out: &mut W, s: Term<'_>, p: Term<'_>, o: Term<'_>) -> io::Result<()> {
    writeln!(out, "{s} {p} {o} .")
}

impl fmt::Display for Term<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Term::Iri(iri) => write!(f, "<{iri}>"),
            Term::Schema(name) => write!(f, "<{SCHEMA}{name}>"),
            Term::Prov(name) => write!(f, "<{PROV}{name}>"),
            Term::Vocab(name) => write!(f, "<{VOCAB}{}>", Encoded(name)),
            Term::Node(id) => {
                f.write_str("<")?;
                node_iri(f, id)?;
                f.write_str(">")
            }
            Term::Article(doc) => write!(f, "<{NODE_BASE}article:{}>", Encoded(doc)),
            Term::Act(id) => {
                f.write_str("<")?;
                node_iri(f, id)?;
                f.write_str("/act>")
            }
            Term::Edge(s, kind, t) => write!(
                f,
                "<{NODE_BASE}edge/{}/{}/{}>",
                Encoded(s),
                Encoded(kind),
                Encoded(t)
            ),
            Term::Str(s) => {
                f.write_str("\"")?;
                literal(f, s)?;
                f.write_str("\"")
            }
            Term::Int(n) => write!(f, "\"{n}\"^^<{XSD}integer>"),
            Term::Bool(b) => write!(f, "\"{b}\"^^<{XSD}boolean>"),
        }
    }
}

/// The IRI of a node id (without the angle brackets).
fn node_iri(f: &mut fmt::Formatter<'_>, id: &str) -> fmt::Result {
    if is_qid(id) {
        write!(f, "{WIKIDATA}{id}")
    } else {
        write!(f, "{NODE_BASE}{}", Encoded(id))
    }
}

/// `Q` and a number without leading zeros: a Wikidata item id.
fn is_qid(id: &str) -> bool {
    let Some(digits) = id.strip_prefix('Q') else {
        return false;
    };
    !digits.is_empty() && !digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Percent-encodes everything but ASCII letters, digits and `-._~:`.
struct Encoded<'a>(&'a str);

impl fmt::Display for Encoded<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut rest = 0;
        for (i, &b) in s.as_bytes().iter().enumerate() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b':') {
                continue;
            }
            // A run of kept (ASCII) bytes starts and ends on char
            // boundaries; `rest` alone may sit inside an escaped char.
            if rest < i {
                f.write_str(&s[rest..i])?;
            }
            write!(f, "%{b:02X}")?;
            rest = i + 1;
        }
        if rest < s.len() {
            f.write_str(&s[rest..])?;
        }
        Ok(())
    }
}

/// The body of an N-Triples string literal (`STRING_LITERAL_QUOTE`).
fn literal(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    let mut rest = 0;
    for (i, c) in s.char_indices() {
        let esc = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            '\u{0}'..='\u{1f}' | '\u{7f}' => "",
            _ => continue,
        };
        f.write_str(&s[rest..i])?;
        if esc.is_empty() {
            write!(f, "\\u{:04X}", c as u32)?;
        } else {
            f.write_str(esc)?;
        }
        rest = i + c.len_utf8();
    }
    f.write_str(&s[rest..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::tests::graph;

    fn nt(graph: &Graph, quotes: &str) -> String {
        let mut out = Vec::new();
        write_graph(graph, &mut out).unwrap();
        write_quotes(graph, quotes.as_bytes(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn literal_escaping_follows_n_triples() {
        const CASES: &[(&str, &str)] = &[
            ("plain", "\"plain\""),
            ("say \"hi\"", "\"say \\\"hi\\\"\""),
            ("C:\\x", "\"C:\\\\x\""),
            ("a\r\nb\tc", "\"a\\r\\nb\\tc\""),
            ("bell\u{7}del\u{7f}", "\"bell\\u0007del\\u007F\""),
            ("Zoë 中国 ‘x’; a,b <&>", "\"Zoë 中国 ‘x’; a,b <&>\""),
        ];
        for (input, want) in CASES {
            assert_eq!(Term::Str(input).to_string(), *want, "{input:?}");
        }
    }

    #[test]
    fn iris() {
        const CASES: &[(&str, &str)] = &[
            ("Q148", "<http://www.wikidata.org/entity/Q148>"),
            ("Q0", "<urn:newsgraph:Q0>"),
            ("Q12a", "<urn:newsgraph:Q12a>"),
            ("country:CN", "<urn:newsgraph:country:CN>"),
            ("ng:zoë ünal", "<urn:newsgraph:ng:zo%C3%AB%20%C3%BCnal>"),
            ("a/b#c<d>\"e", "<urn:newsgraph:a%2Fb%23c%3Cd%3E%22e>"),
        ];
        for (id, want) in CASES {
            assert_eq!(Term::Node(id).to_string(), *want, "{id:?}");
        }
        assert_eq!(
            Term::Edge("Q1", "SAID_TO", "x/y").to_string(),
            "<urn:newsgraph:edge/Q1/SAID_TO/x%2Fy>"
        );
    }

    #[test]
    fn quotes_entities_and_edges() {
        let quotes = concat!(
            r#"{"doc":"a1","content":{"start":10,"end":50,"text":"x"},"speaker":{"id":"Q57278","name":"J"},"addressee":{"id":"ng:zoë-ünal","name":"Z"},"about":[{"id":"Q148","name":"China"}],"rule":"r","confidence":1.0}"#,
            "\n",
            // Not a node of the graph: ignored.
            r#"{"doc":"a9","content":{"start":0,"end":5,"text":"y"},"speaker":null,"addressee":null,"about":[]}"#,
            "\n",
        );
        let text = nt(&graph(), quotes);
        let q = "<urn:newsgraph:quote:a1:0>";
        for want in [
            format!("{q} <{RDF_TYPE}> <https://schema.org/Quotation> ."),
            format!("{q} <https://schema.org/text> \"We act \\\"now\\\", together;\\nC:\\\\path ‘Zoë’ <b>\" ."),
            format!("{q} <https://schema.org/spokenByCharacter> <http://www.wikidata.org/entity/Q57278> ."),
            format!("{q} <http://www.w3.org/ns/prov#wasDerivedFrom> <urn:newsgraph:article:a1> ."),
            format!("{q} <https://schema.org/about> <http://www.wikidata.org/entity/Q148> ."),
            format!("{q} <urn:newsgraph:vocab#addressee> <urn:newsgraph:ng:zo%C3%AB-%C3%BCnal> ."),
            format!("<urn:newsgraph:quote:a1:0/act> <https://schema.org/result> {q} ."),
            "<http://www.wikidata.org/entity/Q148> <https://schema.org/alternateName> \"People's Republic; of China\" .".into(),
            "<http://www.wikidata.org/entity/Q148> <urn:newsgraph:vocab#mentions> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .".into(),
            "<urn:newsgraph:ng:zo%C3%AB-%C3%BCnal> <urn:newsgraph:vocab#known> \"false\"^^<http://www.w3.org/2001/XMLSchema#boolean> .".into(),
            "<http://www.wikidata.org/entity/Q57278> <urn:newsgraph:vocab#QUOTED_ABOUT> <http://www.wikidata.org/entity/Q148> .".into(),
            "<urn:newsgraph:edge/Q57278/QUOTED_ABOUT/Q148> <urn:newsgraph:vocab#evidence> \"He said \\\"China\\\",\\r\\nthen <left>.\" .".into(),
            "<urn:newsgraph:article:a1> <https://schema.org/headline> \"NATO & China: \\\"a <test>\\\"\" .".into(),
        ] {
            assert!(text.lines().any(|l| l == want), "missing {want}\n{text}");
        }
        assert!(!text.contains("a9"));
        // Every line is one triple.
        for line in text.lines() {
            assert!(line.starts_with('<') && line.ends_with(" ."), "{line}");
        }
    }

    #[test]
    fn a_bad_quotes_line_is_invalid_data() {
        let mut out = Vec::new();
        let err = write_quotes(&graph(), "{\"doc\":1}\n".as_bytes(), &mut out).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        assert!(err.to_string().starts_with("quotes.jsonl:1: "), "{err}");
    }
}
