//! Per-document JSON Lines: `quotes.jsonl`, `mentions.jsonl`,
//! `relations.jsonl` and `errors.jsonl`.
//!
//! Owns: the line formats below. Reads: one annotated [`Document`] and the
//! gazetteer (ids, names, types). Writes: lines appended to a byte buffer,
//! each ending in `\n`, so workers can render documents in parallel and the
//! writer can emit the buffers in input order.
//!
//! Every line starts with `doc` (the document id). Offsets are UTF-8 byte
//! offsets into the document's text, end exclusive. Confidences are rounded
//! to two decimals. Output is byte-identical across runs: fields come in a
//! fixed order and nothing depends on hashing or threads.
//!
//! `quotes.jsonl`, one line per quote:
//!
//! ```text
//! {"doc":"a1","sentence":3,"kind":"direct",
//!  "content":{"start":120,"end":188,"text":"..."},
//!  "cue":{"start":190,"end":194,"text":"told"},                     (or null)
//!  "speaker":{"id":"Q57278","name":"Jens Stoltenberg","type":"PERSON",
//!             "mention":{"start":195,"end":206,"text":"Stoltenberg"}}, (or null)
//!  "addressee":null,
//!  "about":[{"id":"Q148","name":"China"}],
//!  "rule":"said-after-quote+pronoun-previous-speaker","confidence":0.9}
//! ```
//!
//! A content that runs around its attribution (`"A," he said, "B."`, one
//! quote from A to B) adds `"content_fragments":[{"start","end","text"},...]`
//! after `content`: the reported words without the attribution.
//!
//! A speaker or addressee that is a class of people (`analysts`) has
//! `"id":null`, the class as `name` and type `OTHER`; `mention` is null for
//! a quote that continues the previous speaker.
//!
//! `mentions.jsonl`, one line per mention:
//!
//! ```text
//! {"doc":"a1","sentence":0,"start":0,"end":7,"text":"Beijing","id":"Q148","name":"China",
//!  "type":"GPE","via":"metonym","literal":{"id":"Q956","name":"Beijing"},"confidence":0.8}
//! ```
//!
//! `literal` (the entity literally named, for metonyms) and `"modifier":true`
//! (`Chinese-made`) appear only when they apply.
//!
//! `relations.jsonl`, one line per relation instance:
//!
//! ```text
//! {"doc":"a1","sentence":0,"type":"ACCUSE","source":{"id":"Q148","name":"China"},
//!  "target":{"id":"Q7184","name":"NATO"},"evidence":{"start":0,"end":21,"text":"..."},
//!  "trigger":{"start":8,"end":15,"text":"accused"},"quote":0,"rule":"actor-verb-object",
//!  "confidence":0.7}
//! ```
//!
//! `trigger` may be null; `quote` (the 0-based index of the document's quote
//! line it comes from), `"negated":true`, `modality` (the modal or governing
//! verb of an action not stated as fact: `"could"`, `"plan"`, `"urge"`) and
//! the `mention` of a source or target (`{"start","end","text"}`, the words
//! naming it in this sentence) appear only when they apply. Negated and
//! modal relations are not aggregated into graph edges.
//!
//! `errors.jsonl`: `{"source":"in/a.jsonl","line":12,"error":"..."}`, with
//! `"line":null` when the error has no line.

use rustc_hash::FxHashMap as HashMap;

use super::json;
use crate::doc::{Document, EntityRef, EntityType, Party, Quote, Referent, Via};
use crate::gazetteer::Gazetteer;
use crate::graph::EntityNames;
use crate::span::Span;

/// Appends one `quotes.jsonl` line per quote of `doc` to `out`.
pub fn quotes(gazetteer: &Gazetteer, doc: &Document, out: &mut Vec<u8>) {
    write_quotes(
        &mut Rendered::new(&EntityNames::new(gazetteer, doc)),
        doc,
        &line_start(doc),
        out,
    );
}

/// Appends one `mentions.jsonl` line per mention of `doc` to `out`.
pub fn mentions(gazetteer: &Gazetteer, doc: &Document, out: &mut Vec<u8>) {
    write_mentions(
        &mut Rendered::new(&EntityNames::new(gazetteer, doc)),
        doc,
        &line_start(doc),
        out,
    );
}

/// Appends one `relations.jsonl` line per relation of `doc` to `out`.
pub fn relations(gazetteer: &Gazetteer, doc: &Document, out: &mut Vec<u8>) {
    write_relations(
        &mut Rendered::new(&EntityNames::new(gazetteer, doc)),
        doc,
        &line_start(doc),
        true,
        out,
    );
}

/// Appends one `errors.jsonl` line.
pub fn error_line(source: &str, line: Option<u64>, error: &str, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"source\":");
    json::string(out, source);
    out.extend_from_slice(b",\"line\":");
    match line {
        Some(n) => json::int(out, n),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"error\":");
    json::string(out, error);
    out.extend_from_slice(b"}\n");
}

/// The three per-document renderings, as [`super::OutputDir::write_document`]
/// takes them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentLines {
    pub quotes: Vec<u8>,
    pub mentions: Vec<u8>,
    pub relations: Vec<u8>,
}

impl DocumentLines {
    /// Renders all three files' lines for one document (in a worker).
    pub fn render(gazetteer: &Gazetteer, doc: &Document) -> DocumentLines {
        let mut lines = DocumentLines::default();
        lines.append(gazetteer, doc);
        lines
    }

    /// Appends one document's lines, e.g. to batch several documents.
    pub fn append(&mut self, gazetteer: &Gazetteer, doc: &Document) {
        self.append_with(gazetteer, doc, true);
    }

    /// Appends one document's lines; `co_mentions: false` leaves the
    /// (numerous) `CO_MENTIONED` instances out of `relations.jsonl`; they
    /// still count in the graph's edges.
    pub fn append_with(&mut self, gazetteer: &Gazetteer, doc: &Document, co_mentions: bool) {
        self.append_named(&EntityNames::new(gazetteer, doc), co_mentions);
    }

    /// [`DocumentLines::append_with`] for the document `names` was made
    /// for, when the caller names its references for other uses too (the
    /// graph's [`crate::aggregate::Aggregate::add_named`]): the ids of its
    /// discovered entities are then made once.
    pub fn append_named(&mut self, names: &EntityNames<'_>, co_mentions: bool) {
        let doc = names.doc();
        self.reserve(doc, co_mentions);
        let open = line_start(doc);
        let mut names = Rendered::new(names);
        write_quotes(&mut names, doc, &open, &mut self.quotes);
        write_mentions(&mut names, doc, &open, &mut self.mentions);
        write_relations(&mut names, doc, &open, co_mentions, &mut self.relations);
    }

    /// Reserves about what `doc`'s lines take (the texts they quote plus a
    /// typical line's keys and names), so that a buffer grows at most once
    /// per document instead of doubling its way up: on large outputs the
    /// copies and the fresh pages of each doubling cost more than writing.
    fn reserve(&mut self, doc: &Document, co_mentions: bool) {
        let id = doc.id.len();
        let quotes: usize = doc
            .quotes
            .iter()
            .map(|q| 352 + 2 * id + text(doc, q.content).len() + 48 * q.about.len())
            .sum();
        let mentions: usize = doc
            .mentions
            .iter()
            .map(|m| 160 + id + 2 * text(doc, m.span).len())
            .sum();
        let relations: usize = doc
            .relations
            .iter()
            .filter(|r| co_mentions || r.kind != crate::doc::RelationType::CO_MENTIONED)
            .map(|r| 384 + id + text(doc, r.evidence).len())
            .sum();
        self.quotes.reserve(quotes);
        self.mentions.reserve(mentions);
        self.relations.reserve(relations);
    }

    /// The bytes of all three renderings.
    pub fn len(&self) -> usize {
        self.quotes.len() + self.mentions.len() + self.relations.len()
    }

    /// True when no line was rendered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Empties the buffers, keeping their capacity.
    pub fn clear(&mut self) {
        self.quotes.clear();
        self.mentions.clear();
        self.relations.clear();
    }
}

/// How every line of `doc` opens, `{"doc":"<id>"`, escaped once for all
/// of them.
fn line_start(doc: &Document) -> Vec<u8> {
    let mut open = Vec::with_capacity(doc.id.len() + 10);
    open.extend_from_slice(b"{\"doc\":");
    json::string(&mut open, &doc.id);
    open
}

/// Each entity's `"id":..,"name":..` as every line writes it, escaped once
/// per document: an entity is named by several mentions (and parties and
/// relation ends) of a document, and escaping its two strings cost more
/// than copying the bytes again.
struct Rendered<'n, 'a> {
    names: &'n EntityNames<'a>,
    /// The rendered fields, one after another.
    bytes: Vec<u8>,
    /// Each entity's fields in `bytes`, and its type.
    at: HashMap<EntityRef, (u32, u32, EntityType)>,
}

impl<'n, 'a> Rendered<'n, 'a> {
    fn new(names: &'n EntityNames<'a>) -> Rendered<'n, 'a> {
        let refs = names.doc().mentions.len().min(64);
        Rendered {
            names,
            bytes: Vec::with_capacity(32 * refs),
            at: HashMap::with_capacity_and_hasher(refs, Default::default()),
        }
    }

    /// `"id":..,"name":..` of `r`, and its type.
    fn fields(&mut self, r: EntityRef) -> (&[u8], EntityType) {
        let (start, end, kind) = *self.at.entry(r).or_insert_with(|| {
            let start = self.bytes.len() as u32;
            self.bytes.extend_from_slice(b"\"id\":");
            json::string(&mut self.bytes, self.names.id(r));
            self.bytes.extend_from_slice(b",\"name\":");
            json::string(&mut self.bytes, self.names.name(r));
            (start, self.bytes.len() as u32, self.names.kind(r))
        });
        (&self.bytes[start as usize..end as usize], kind)
    }
}

fn write_quotes(names: &mut Rendered<'_, '_>, doc: &Document, open: &[u8], out: &mut Vec<u8>) {
    for q in &doc.quotes {
        quote_line(names, doc, open, q, out);
    }
}

fn quote_line(
    names: &mut Rendered<'_, '_>,
    doc: &Document,
    open: &[u8],
    q: &Quote,
    out: &mut Vec<u8>,
) {
    out.extend_from_slice(open);
    out.extend_from_slice(b",\"sentence\":");
    json::int(out, q.sentence);
    out.extend_from_slice(b",\"kind\":");
    json::plain(out, q.kind.as_str());
    out.extend_from_slice(b",\"content\":");
    span_text(out, doc, q.content);
    if !q.fragments.is_empty() {
        out.extend_from_slice(b",\"content_fragments\":[");
        comma_separated(out, &q.fragments, |out, &f| span_text(out, doc, f));
        out.push(b']');
    }
    out.extend_from_slice(b",\"cue\":");
    opt_span_text(out, doc, q.cue);
    out.extend_from_slice(b",\"speaker\":");
    opt_party(out, names, doc, q.speaker.as_ref());
    out.extend_from_slice(b",\"addressee\":");
    opt_party(out, names, doc, q.addressee.as_ref());
    out.extend_from_slice(b",\"about\":[");
    comma_separated(out, &q.about, |out, &r| named(out, names, r));
    // The rules joined with `+` (which needs no escaping), piece by piece.
    out.extend_from_slice(b"],\"rule\":\"");
    for (i, rule) in q.rules.iter().enumerate() {
        if i > 0 {
            out.push(b'+');
        }
        json::string_contents(out, rule);
    }
    out.push(b'"');
    out.extend_from_slice(b",\"confidence\":");
    json::confidence(out, q.confidence);
    out.extend_from_slice(b"}\n");
}

/// `items` written one after another with `write`, commas between.
fn comma_separated<T>(out: &mut Vec<u8>, items: &[T], mut write: impl FnMut(&mut Vec<u8>, &T)) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write(out, item);
    }
}

fn write_mentions(names: &mut Rendered<'_, '_>, doc: &Document, open: &[u8], out: &mut Vec<u8>) {
    for m in &doc.mentions {
        out.extend_from_slice(open);
        out.extend_from_slice(b",\"sentence\":");
        json::int(out, m.sentence);
        out.extend_from_slice(b",\"start\":");
        json::int(out, m.span.start);
        out.extend_from_slice(b",\"end\":");
        json::int(out, m.span.end);
        out.extend_from_slice(b",\"text\":");
        json::string(out, text(doc, m.span));
        let (fields, kind) = names.fields(m.entity);
        out.push(b',');
        out.extend_from_slice(fields);
        out.extend_from_slice(type_field(kind));
        out.extend_from_slice(via_field(m.via));
        if let Some(r) = m.literal {
            out.extend_from_slice(b",\"literal\":");
            named(out, names, r);
        }
        if m.modifier {
            out.extend_from_slice(b",\"modifier\":true");
        }
        out.extend_from_slice(b",\"confidence\":");
        json::confidence(out, m.confidence);
        out.extend_from_slice(b"}\n");
    }
}

fn write_relations(
    names: &mut Rendered<'_, '_>,
    doc: &Document,
    open: &[u8],
    co_mentions: bool,
    out: &mut Vec<u8>,
) {
    for r in &doc.relations {
        if !co_mentions && r.kind == crate::doc::RelationType::CO_MENTIONED {
            continue;
        }
        out.extend_from_slice(open);
        out.extend_from_slice(b",\"sentence\":");
        json::int(out, r.sentence);
        out.extend_from_slice(b",\"type\":");
        json::string(out, r.kind.0);
        out.extend_from_slice(b",\"source\":");
        relation_end(out, names, doc, r.source, r.source_span);
        out.extend_from_slice(b",\"target\":");
        relation_end(out, names, doc, r.target, r.target_span);
        out.extend_from_slice(b",\"evidence\":");
        span_text(out, doc, r.evidence);
        out.extend_from_slice(b",\"trigger\":");
        opt_span_text(out, doc, r.trigger);
        if let Some(quote) = r.quote {
            out.extend_from_slice(b",\"quote\":");
            json::int(out, quote);
        }
        out.extend_from_slice(b",\"rule\":");
        json::string(out, r.rule);
        out.extend_from_slice(b",\"confidence\":");
        json::confidence(out, r.confidence);
        if r.negated {
            out.extend_from_slice(b",\"negated\":true");
        }
        if let Some(modality) = r.modality {
            out.extend_from_slice(b",\"modality\":");
            json::string(out, modality);
        }
        out.extend_from_slice(b"}\n");
    }
}

/// `,"type":"<TYPE>"`: one copy per mention line or party, where the key,
/// the quotes and the name cost one each.
fn type_field(kind: EntityType) -> &'static [u8] {
    match kind {
        EntityType::Person => b",\"type\":\"PERSON\"",
        EntityType::Org => b",\"type\":\"ORG\"",
        EntityType::Gpe => b",\"type\":\"GPE\"",
        EntityType::Loc => b",\"type\":\"LOC\"",
        EntityType::Norp => b",\"type\":\"NORP\"",
        EntityType::Event => b",\"type\":\"EVENT\"",
        EntityType::Work => b",\"type\":\"WORK\"",
        EntityType::Other => b",\"type\":\"OTHER\"",
    }
}

/// `,"via":"<via>"`, as [`type_field`].
fn via_field(via: Via) -> &'static [u8] {
    match via {
        Via::Alias => b",\"via\":\"alias\"",
        Via::Partial => b",\"via\":\"partial\"",
        Via::Pronoun => b",\"via\":\"pronoun\"",
        Via::Description => b",\"via\":\"description\"",
        Via::Metonym => b",\"via\":\"metonym\"",
        Via::Discovered => b",\"via\":\"discovered\"",
    }
}

/// A speaker or addressee: `{"id","name","type","mention"}`, or `null`.
fn opt_party(out: &mut Vec<u8>, names: &mut Rendered<'_, '_>, doc: &Document, p: Option<&Party>) {
    let Some(p) = p else {
        out.extend_from_slice(b"null");
        return;
    };
    out.push(b'{');
    let kind = match &p.referent {
        Referent::Entity(r) => {
            let (fields, kind) = names.fields(*r);
            out.extend_from_slice(fields);
            kind
        }
        Referent::Class(class) => {
            out.extend_from_slice(b"\"id\":null,\"name\":");
            json::string(out, class.as_str());
            EntityType::Other
        }
        Referent::Unresolved { pronoun, kind } => {
            out.extend_from_slice(b"\"id\":null,\"name\":");
            json::string(out, pronoun.as_str());
            *kind
        }
    };
    out.extend_from_slice(type_field(kind));
    out.extend_from_slice(b",\"mention\":");
    opt_span_text(out, doc, p.mention);
    out.push(b'}');
}

/// A relation's source or target: the entity, and the words naming it in
/// this sentence when the rule knows them.
fn relation_end(
    out: &mut Vec<u8>,
    names: &mut Rendered<'_, '_>,
    doc: &Document,
    r: EntityRef,
    span: Option<Span>,
) {
    out.push(b'{');
    out.extend_from_slice(names.fields(r).0);
    if let Some(span) = span {
        out.extend_from_slice(b",\"mention\":");
        span_text(out, doc, span);
    }
    out.push(b'}');
}

/// `{"id","name"}`.
fn named(out: &mut Vec<u8>, names: &mut Rendered<'_, '_>, r: EntityRef) {
    out.push(b'{');
    out.extend_from_slice(names.fields(r).0);
    out.push(b'}');
}

/// `{"start","end","text"}`.
fn span_text(out: &mut Vec<u8>, doc: &Document, span: Span) {
    out.extend_from_slice(b"{\"start\":");
    json::int(out, span.start);
    out.extend_from_slice(b",\"end\":");
    json::int(out, span.end);
    out.extend_from_slice(b",\"text\":");
    json::string(out, text(doc, span));
    out.push(b'}');
}

/// `{"start","end","text"}`, or `null`.
fn opt_span_text(out: &mut Vec<u8>, doc: &Document, span: Option<Span>) {
    match span {
        Some(span) => span_text(out, doc, span),
        None => out.extend_from_slice(b"null"),
    }
}

/// The text under a span; empty (rather than a panic) for a span that is
/// out of range or off a char boundary, which no stage produces.
fn text(doc: &Document, span: Span) -> &str {
    doc.text.get(span.start..span.end).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::doc::{
        Discovered, DiscoveredIdx, EntityId, EntityType, Mention, QuoteKind, Relation,
        RelationType, Via,
    };
    use crate::gazetteer::Row;

    fn gazetteer() -> Gazetteer {
        let row = |id: &str, name: &str, kind: EntityType, part_of: Option<&str>| Row {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: vec![],
            part_of: part_of.map(str::to_owned),
            located_in: None,
            role: None,
            path: PathBuf::from("t.tsv"),
            line: 1,
        };
        Gazetteer::from_rows(vec![
            row("Q148", "China", EntityType::Gpe, None),
            row("Q956", "Beijing", EntityType::Gpe, Some("Q148")),
            row("Q57278", "Jens Stoltenberg", EntityType::Person, None),
        ])
        .unwrap()
    }

    const CHINA: EntityRef = EntityRef::Known(EntityId(0));
    const BEIJING: EntityRef = EntityRef::Known(EntityId(1));
    const JENS: EntityRef = EntityRef::Known(EntityId(2));
    const SMITH: EntityRef = EntityRef::Discovered(DiscoveredIdx(0));

    /// Finds `needle` in `text` (the first occurrence).
    fn span(text: &str, needle: &str) -> Span {
        let start = text.find(needle).expect("needle in text");
        Span::new(start, start + needle.len())
    }

    fn lines(out: &[u8]) -> Vec<&str> {
        std::str::from_utf8(out).unwrap().lines().collect()
    }

    #[test]
    fn quote_lines() {
        let text =
            "“We say \"no\",\nfriends — Zoë,” Stoltenberg told John Smith. Analysts said it.";
        let mut doc = Document::new("a\"1", text);
        doc.discovered.push(Discovered {
            name: "John Smith".into(),
            kind: EntityType::Person,
        });
        let base = Quote {
            sentence: 0,
            kind: QuoteKind::Direct,
            content: span(text, "We say \"no\",\nfriends — Zoë,"),
            fragments: vec![span(text, "We say \"no\","), span(text, "friends — Zoë,")],
            cue: Some(span(text, "told")),
            speaker: Some(Party {
                referent: Referent::Entity(JENS),
                mention: Some(span(text, "Stoltenberg")),
            }),
            addressee: Some(Party {
                referent: Referent::Entity(SMITH),
                mention: Some(span(text, "John Smith")),
            }),
            about: vec![CHINA, SMITH],
            rules: vec!["said-after-quote", "told-object"],
            confidence: 0.9,
        };
        let class = Quote {
            sentence: 1,
            kind: QuoteKind::Indirect,
            content: Span::new(text.len() - 3, text.len() - 1), // "it"
            fragments: vec![],
            cue: None,
            speaker: Some(Party {
                referent: Referent::Class("analysts".into()),
                mention: None,
            }),
            addressee: None,
            about: vec![],
            rules: vec![],
            confidence: 0.333,
        };
        doc.quotes = vec![base, class];
        let mut out = Vec::new();
        quotes(&gazetteer(), &doc, &mut out);
        let want = [
            concat!(
                r#"{"doc":"a\"1","sentence":0,"kind":"direct","#,
                r#""content":{"start":3,"end":33,"text":"We say \"no\",\nfriends — Zoë,"},"#,
                r#""content_fragments":[{"start":3,"end":15,"text":"We say \"no\","},{"start":16,"end":33,"text":"friends — Zoë,"}],"#,
                r#""cue":{"start":49,"end":53,"text":"told"},"#,
                r#""speaker":{"id":"Q57278","name":"Jens Stoltenberg","type":"PERSON","mention":{"start":37,"end":48,"text":"Stoltenberg"}},"#,
                r#""addressee":{"id":"ng:john-smith","name":"John Smith","type":"PERSON","mention":{"start":54,"end":64,"text":"John Smith"}},"#,
                r#""about":[{"id":"Q148","name":"China"},{"id":"ng:john-smith","name":"John Smith"}],"#,
                r#""rule":"said-after-quote+told-object","confidence":0.9}"#
            ),
            concat!(
                r#"{"doc":"a\"1","sentence":1,"kind":"indirect","content":{"start":80,"end":82,"text":"it"},"#,
                r#""cue":null,"speaker":{"id":null,"name":"analysts","type":"OTHER","mention":null},"#,
                r#""addressee":null,"about":[],"rule":"","confidence":0.33}"#
            ),
        ];
        assert_eq!(lines(&out), want);
        // Every line is valid JSON that round-trips the text exactly.
        let v: serde_json::Value = serde_json::from_str(lines(&out)[0]).unwrap();
        assert_eq!(v["content"]["text"], "We say \"no\",\nfriends — Zoë,");
    }

    #[test]
    fn mention_lines() {
        let text = "Beijing hit Chinese-made tanks.";
        let mut doc = Document::new("m1", text);
        let mention = |s: Span, entity, literal, via, modifier, confidence| Mention {
            span: s,
            sentence: 0,
            entity,
            literal,
            via,
            modifier,
            confidence,
        };
        doc.mentions = vec![
            mention(
                span(text, "Beijing"),
                CHINA,
                Some(BEIJING),
                Via::Metonym,
                false,
                0.8,
            ),
            mention(span(text, "Chinese"), CHINA, None, Via::Alias, true, 1.0),
        ];
        let mut out = Vec::new();
        mentions(&gazetteer(), &doc, &mut out);
        let want = [
            concat!(
                r#"{"doc":"m1","sentence":0,"start":0,"end":7,"text":"Beijing","id":"Q148","name":"China","#,
                r#""type":"GPE","via":"metonym","literal":{"id":"Q956","name":"Beijing"},"confidence":0.8}"#
            ),
            concat!(
                r#"{"doc":"m1","sentence":0,"start":12,"end":19,"text":"Chinese","id":"Q148","name":"China","#,
                r#""type":"GPE","via":"alias","modifier":true,"confidence":1.0}"#
            ),
        ];
        assert_eq!(lines(&out), want);
    }

    #[test]
    fn relation_lines() {
        let text = "China did not praise Stoltenberg.";
        let mut doc = Document::new("r1", text);
        let relation = |kind, trigger, quote, negated| Relation {
            sentence: 0,
            kind: RelationType(kind),
            source: CHINA,
            target: JENS,
            evidence: span(text, text),
            trigger,
            quote,
            rule: "actor-verb-object",
            confidence: 0.7,
            negated,
            modality: None,
            source_span: None,
            target_span: None,
        };
        doc.relations = vec![
            relation("PRAISE", Some(span(text, "praise")), None, true),
            relation("SAID_TO", None, Some(2), false),
        ];
        let mut out = Vec::new();
        relations(&gazetteer(), &doc, &mut out);
        let head = concat!(
            r#""source":{"id":"Q148","name":"China"},"target":{"id":"Q57278","name":"Jens Stoltenberg"},"#,
            r#""evidence":{"start":0,"end":33,"text":"China did not praise Stoltenberg."},"#
        );
        let want = [
            format!(
                r#"{{"doc":"r1","sentence":0,"type":"PRAISE",{head}"trigger":{{"start":14,"end":20,"text":"praise"}},"rule":"actor-verb-object","confidence":0.7,"negated":true}}"#
            ),
            format!(
                r#"{{"doc":"r1","sentence":0,"type":"SAID_TO",{head}"trigger":null,"quote":2,"rule":"actor-verb-object","confidence":0.7}}"#
            ),
        ];
        assert_eq!(lines(&out), want);
    }

    #[test]
    fn error_lines() {
        const CASES: &[(&str, Option<u64>, &str, &str)] = &[
            (
                "a.jsonl",
                Some(3),
                "missing field `text`",
                r#"{"source":"a.jsonl","line":3,"error":"missing field `text`"}"#,
            ),
            (
                "-",
                None,
                "bad \"gzip\"\nstream",
                r#"{"source":"-","line":null,"error":"bad \"gzip\"\nstream"}"#,
            ),
            (
                "dir/é.txt",
                Some(1),
                "\u{1}",
                r#"{"source":"dir/é.txt","line":1,"error":"\u0001"}"#,
            ),
        ];
        for (source, line, error, want) in CASES {
            let mut out = Vec::new();
            error_line(source, *line, error, &mut out);
            assert_eq!(out, format!("{want}\n").into_bytes(), "{source}");
        }
    }

    #[test]
    fn confidences_are_rounded() {
        const CASES: &[(f32, &str)] = &[
            (0.9, "0.9"),
            (0.899_999_9, "0.9"),
            (1.0, "1.0"),
            (0.0, "0.0"),
            (-0.001, "0.0"),
            (0.125, "0.13"),
            (f32::NAN, "0.0"),
        ];
        for (c, want) in CASES {
            let mut out = Vec::new();
            json::confidence(&mut out, *c);
            assert_eq!(String::from_utf8(out).unwrap(), *want, "{c}");
        }
    }

    #[test]
    fn type_and_via_fields_are_their_names() {
        for kind in EntityType::ALL {
            let want = format!(",\"type\":\"{}\"", kind.as_str());
            assert_eq!(type_field(kind), want.as_bytes());
        }
        for via in Via::ALL {
            let want = format!(",\"via\":\"{}\"", via.as_str());
            assert_eq!(via_field(via), want.as_bytes());
        }
    }

    #[test]
    fn bad_spans_do_not_panic() {
        let mut doc = Document::new("x", "Zoë");
        doc.mentions = vec![Mention {
            span: Span::new(2, 3), // inside `ë`
            sentence: 0,
            entity: EntityRef::Discovered(DiscoveredIdx(7)), // out of range
            literal: None,
            via: Via::Discovered,
            modifier: false,
            confidence: 0.5,
        }];
        let lines = DocumentLines::render(&gazetteer(), &doc);
        assert_eq!(
            lines.mentions,
            br#"{"doc":"x","sentence":0,"start":2,"end":3,"text":"","id":"","name":"","type":"OTHER","via":"discovered","confidence":0.5}
"#
        );
    }

    /// The serde-derived line types the hand-written writer replaced, kept
    /// as the reference it must match byte for byte.
    mod reference {
        use serde::ser::{Serialize, Serializer};

        use super::super::text;
        use crate::doc::{Document, EntityRef, Party, Quote, Referent};
        use crate::graph::EntityNames;
        use crate::span::Span;

        pub fn render(names: &EntityNames<'_>, doc: &Document, co_mentions: bool) -> DocumentLines {
            let mut lines = DocumentLines::default();
            for q in &doc.quotes {
                push_line(&mut lines.quotes, &quote_line(names, doc, q));
            }
            for m in &doc.mentions {
                let line = MentionLine {
                    doc: &doc.id,
                    sentence: m.sentence,
                    start: m.span.start,
                    end: m.span.end,
                    text: text(doc, m.span),
                    id: names.id(m.entity),
                    name: names.name(m.entity),
                    kind: names.kind(m.entity).as_str(),
                    via: m.via.as_str(),
                    literal: m.literal.map(|r| named(names, r)),
                    modifier: m.modifier,
                    confidence: Confidence(m.confidence),
                };
                push_line(&mut lines.mentions, &line);
            }
            for r in &doc.relations {
                if !co_mentions && r.kind == crate::doc::RelationType::CO_MENTIONED {
                    continue;
                }
                let line = RelationLine {
                    doc: &doc.id,
                    sentence: r.sentence,
                    kind: r.kind.0,
                    source: RelationEnd::new(names, doc, r.source, r.source_span),
                    target: RelationEnd::new(names, doc, r.target, r.target_span),
                    evidence: Text::new(doc, r.evidence),
                    trigger: r.trigger.map(|s| Text::new(doc, s)),
                    quote: r.quote,
                    rule: r.rule,
                    confidence: Confidence(r.confidence),
                    negated: r.negated,
                    modality: r.modality,
                };
                push_line(&mut lines.relations, &line);
            }
            lines
        }

        use super::super::DocumentLines;

        fn quote_line<'a>(
            names: &'a EntityNames<'a>,
            doc: &'a Document,
            q: &'a Quote,
        ) -> QuoteLine<'a> {
            QuoteLine {
                doc: &doc.id,
                sentence: q.sentence,
                kind: q.kind.as_str(),
                content: Text::new(doc, q.content),
                content_fragments: q.fragments.iter().map(|&s| Text::new(doc, s)).collect(),
                cue: q.cue.map(|s| Text::new(doc, s)),
                speaker: q.speaker.as_ref().map(|p| party(names, doc, p)),
                addressee: q.addressee.as_ref().map(|p| party(names, doc, p)),
                about: q.about.iter().map(|&r| named(names, r)).collect(),
                rule: q.rules.join("+"),
                confidence: Confidence(q.confidence),
            }
        }

        fn party<'a>(names: &'a EntityNames<'a>, doc: &'a Document, p: &'a Party) -> PartyOut<'a> {
            let (id, name, kind) = match &p.referent {
                Referent::Entity(r) => {
                    (Some(names.id(*r)), names.name(*r), names.kind(*r).as_str())
                }
                Referent::Class(class) => (None, class.as_str(), "OTHER"),
                Referent::Unresolved { pronoun, kind } => (None, pronoun.as_str(), kind.as_str()),
            };
            PartyOut {
                id,
                name,
                kind,
                mention: p.mention.map(|s| Text::new(doc, s)),
            }
        }

        fn named<'a>(names: &'a EntityNames<'a>, r: EntityRef) -> Named<'a> {
            Named {
                id: names.id(r),
                name: names.name(r),
            }
        }

        fn push_line(out: &mut Vec<u8>, value: &impl Serialize) {
            serde_json::to_writer(&mut *out, value).unwrap();
            out.push(b'\n');
        }

        #[derive(serde::Serialize)]
        struct Text<'a> {
            start: usize,
            end: usize,
            text: &'a str,
        }

        impl<'a> Text<'a> {
            fn new(doc: &'a Document, span: Span) -> Text<'a> {
                Text {
                    start: span.start,
                    end: span.end,
                    text: text(doc, span),
                }
            }
        }

        #[derive(serde::Serialize)]
        struct Named<'a> {
            id: &'a str,
            name: &'a str,
        }

        #[derive(serde::Serialize)]
        struct PartyOut<'a> {
            id: Option<&'a str>,
            name: &'a str,
            #[serde(rename = "type")]
            kind: &'static str,
            mention: Option<Text<'a>>,
        }

        #[derive(serde::Serialize)]
        struct QuoteLine<'a> {
            doc: &'a str,
            sentence: u32,
            kind: &'static str,
            content: Text<'a>,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            content_fragments: Vec<Text<'a>>,
            cue: Option<Text<'a>>,
            speaker: Option<PartyOut<'a>>,
            addressee: Option<PartyOut<'a>>,
            about: Vec<Named<'a>>,
            rule: String,
            confidence: Confidence,
        }

        #[derive(serde::Serialize)]
        struct MentionLine<'a> {
            doc: &'a str,
            sentence: u32,
            start: usize,
            end: usize,
            text: &'a str,
            id: &'a str,
            name: &'a str,
            #[serde(rename = "type")]
            kind: &'static str,
            via: &'static str,
            #[serde(skip_serializing_if = "Option::is_none")]
            literal: Option<Named<'a>>,
            #[serde(skip_serializing_if = "is_false")]
            modifier: bool,
            confidence: Confidence,
        }

        #[derive(serde::Serialize)]
        struct RelationLine<'a> {
            doc: &'a str,
            sentence: u32,
            #[serde(rename = "type")]
            kind: &'static str,
            source: RelationEnd<'a>,
            target: RelationEnd<'a>,
            evidence: Text<'a>,
            trigger: Option<Text<'a>>,
            #[serde(skip_serializing_if = "Option::is_none")]
            quote: Option<u32>,
            rule: &'static str,
            confidence: Confidence,
            #[serde(skip_serializing_if = "is_false")]
            negated: bool,
            #[serde(skip_serializing_if = "Option::is_none")]
            modality: Option<&'static str>,
        }

        #[derive(serde::Serialize)]
        struct RelationEnd<'a> {
            id: &'a str,
            name: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            mention: Option<Text<'a>>,
        }

        impl<'a> RelationEnd<'a> {
            fn new(
                names: &'a EntityNames<'a>,
                doc: &'a Document,
                r: EntityRef,
                span: Option<Span>,
            ) -> RelationEnd<'a> {
                RelationEnd {
                    id: names.id(r),
                    name: names.name(r),
                    mention: span.map(|s| Text::new(doc, s)),
                }
            }
        }

        fn is_false(b: &bool) -> bool {
            !*b
        }

        struct Confidence(f32);

        impl Serialize for Confidence {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_f64(crate::export::json::rounded(self.0))
            }
        }
    }

    mod generated {
        use proptest::prelude::*;

        use super::*;

        const REFS: &[EntityRef] = &[
            CHINA,
            BEIJING,
            JENS,
            SMITH,
            EntityRef::Known(EntityId(99)),
            EntityRef::Discovered(DiscoveredIdx(9)),
        ];
        const RULES: &[&str] = &["said-after-quote", "told-object", "a\"b\\c"];
        const TYPES: &[&str] = &["ACCUSE", "CO_MENTIONED", "SAID_TO", "x\"\n"];
        const VIAS: &[Via] = &Via::ALL;

        fn a_span() -> impl Strategy<Value = Span> {
            (0_usize..40, 0_usize..40).prop_map(|(start, end)| Span { start, end })
        }

        fn a_ref() -> impl Strategy<Value = EntityRef> {
            prop::sample::select(REFS)
        }

        fn a_confidence() -> impl Strategy<Value = f32> {
            prop_oneof![-0.5_f32..1.5, any::<f32>()]
        }

        fn a_party() -> impl Strategy<Value = Option<Party>> {
            let referent = prop_oneof![
                a_ref().prop_map(Referent::Entity),
                "[a-z\"\\\\\u{1}]{0,8}".prop_map(Referent::Class),
            ];
            prop::option::of(
                (referent, prop::option::of(a_span()))
                    .prop_map(|(referent, mention)| Party { referent, mention }),
            )
        }

        fn a_quote() -> impl Strategy<Value = Quote> {
            (
                (
                    any::<u32>(),
                    0_usize..3,
                    a_span(),
                    prop::option::of(a_span()),
                    prop::collection::vec(a_span(), 0..3),
                ),
                (a_party(), a_party()),
                prop::collection::vec(a_ref(), 0..3),
                prop::sample::subsequence(RULES, 0..=RULES.len()),
                a_confidence(),
            )
                .prop_map(
                    |(
                        (sentence, kind, content, cue, fragments),
                        (speaker, addressee),
                        about,
                        rules,
                        c,
                    )| {
                        Quote {
                            sentence,
                            kind: [QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed][kind],
                            content,
                            fragments,
                            cue,
                            speaker,
                            addressee,
                            about,
                            rules,
                            confidence: c,
                        }
                    },
                )
        }

        fn a_mention() -> impl Strategy<Value = Mention> {
            (
                a_span(),
                any::<u32>(),
                a_ref(),
                prop::option::of(a_ref()),
                prop::sample::select(VIAS),
                any::<bool>(),
                a_confidence(),
            )
                .prop_map(
                    |(span, sentence, entity, literal, via, modifier, confidence)| Mention {
                        span,
                        sentence,
                        entity,
                        literal,
                        via,
                        modifier,
                        confidence,
                    },
                )
        }

        fn a_relation() -> impl Strategy<Value = Relation> {
            (
                (any::<u32>(), prop::sample::select(TYPES), a_ref(), a_ref()),
                (
                    a_span(),
                    prop::option::of(a_span()),
                    prop::option::of(any::<u32>()),
                ),
                (prop::sample::select(RULES), a_confidence(), any::<bool>()),
                prop::option::of(prop::sample::select(&["could", "plan\"x"][..])),
                (prop::option::of(a_span()), prop::option::of(a_span())),
            )
                .prop_map(
                    |(
                        (sentence, kind, source, target),
                        (evidence, trigger, quote),
                        (rule, confidence, negated),
                        modality,
                        (source_span, target_span),
                    )| Relation {
                        sentence,
                        kind: RelationType(kind),
                        source,
                        target,
                        evidence,
                        trigger,
                        quote,
                        rule,
                        confidence,
                        negated,
                        modality,
                        source_span,
                        target_span,
                    },
                )
        }

        proptest! {
            #[test]
            fn lines_are_byte_identical_to_the_serde_rendering(
                id in "\\PC{0,6}|[\"\\\\\u{0}-\u{1f}a]{0,6}",
                text in "[a-zé—“\"\\\\\n\t\u{1}\u{7f} ]{0,40}",
                quotes in prop::collection::vec(a_quote(), 0..4),
                mentions in prop::collection::vec(a_mention(), 0..4),
                relations in prop::collection::vec(a_relation(), 0..4),
                co_mentions in any::<bool>(),
            ) {
                let mut doc = Document::new(id, text);
                doc.discovered.push(Discovered {
                    name: "John \"Smith\"\n".into(),
                    kind: EntityType::Person,
                });
                doc.quotes = quotes;
                doc.mentions = mentions;
                doc.relations = relations;
                let gazetteer = gazetteer();
                let mut got = DocumentLines::default();
                got.append_with(&gazetteer, &doc, co_mentions);
                let want = reference::render(&EntityNames::new(&gazetteer, &doc), &doc, co_mentions);
                prop_assert_eq!(String::from_utf8(got.quotes).unwrap(), String::from_utf8(want.quotes).unwrap());
                prop_assert_eq!(String::from_utf8(got.mentions).unwrap(), String::from_utf8(want.mentions).unwrap());
                prop_assert_eq!(String::from_utf8(got.relations).unwrap(), String::from_utf8(want.relations).unwrap());
            }
        }
    }
}
