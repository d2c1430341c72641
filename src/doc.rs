//! The document model.
//!
//! Owns: [`Document`] and its layers ([`Mention`], [`Quote`], [`Relation`]),
//! the entity references they share ([`EntityRef`], [`EntityType`]) and the
//! small id newtypes. Stages add layers; none modifies `text`.

use std::borrow::Cow;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use crate::span::Span;

/// Where a record came from: the input file and the 1-based line (for JSON
/// Lines and CSV, the line the record starts on; 1 for a plain text file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub path: Arc<Path>,
    pub line: u64,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path.display(), self.line)
    }
}

/// The kind of an entity (DESIGN.md's gazetteer `type` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    Person,
    Org,
    Gpe,
    Loc,
    Norp,
    Event,
    Work,
    Other,
}

impl EntityType {
    /// Every type, in the order of the contract.
    pub const ALL: [EntityType; 8] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Gpe,
        EntityType::Loc,
        EntityType::Norp,
        EntityType::Event,
        EntityType::Work,
        EntityType::Other,
    ];

    /// The upper-case name used in files (`PERSON`, `ORG`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Norp => "NORP",
            EntityType::Event => "EVENT",
            EntityType::Work => "WORK",
            EntityType::Other => "OTHER",
        }
    }

    /// Parses a type name, case-insensitively.
    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// Types that can act (speak, accuse, attack) in a relation.
    pub const fn can_act(self) -> bool {
        matches!(
            self,
            EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Norp
        )
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Index of an entity in the [`crate::Gazetteer`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityId(pub u32);

/// Index of a [`Discovered`] entity in [`Document::discovered`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DiscoveredIdx(pub u32);

/// What a mention, speaker or relation end refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityRef {
    /// A gazetteer entity.
    Known(EntityId),
    /// An entity found in this document's text only (a speaker's name).
    Discovered(DiscoveredIdx),
}

/// An entity found in the text that no gazetteer knows, such as a speaker
/// `said John Smith, a spokesman`. Its id is derived from its name
/// ([`Discovered::id`]) so that the same name merges across documents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Discovered {
    pub name: String,
    pub kind: EntityType,
}

impl Discovered {
    /// The stable id: `ng:` and the name as a lower-case slug.
    pub fn id(&self) -> String {
        discovered_id(&self.name)
    }
}

/// The id newsgraph gives an entity discovered in the text: `ng:` followed by
/// the name in lower case with runs of non-alphanumerics turned into `-`.
pub fn discovered_id(name: &str) -> String {
    let mut id = String::with_capacity(name.len() + 3);
    id.push_str("ng:");
    let mut dash = false;
    let mut push = |id: &mut String, c: char, alphanumeric: bool| {
        if alphanumeric {
            if dash && id.len() > 3 {
                id.push('-');
            }
            dash = false;
            id.push(c);
        } else {
            dash = true;
        }
    };
    for c in name.chars() {
        // ASCII (most names) without the Unicode tables: the same result.
        if c.is_ascii() {
            let c = c.to_ascii_lowercase();
            push(&mut id, c, c.is_ascii_alphanumeric());
        } else {
            for c in c.to_lowercase() {
                push(&mut id, c, c.is_alphanumeric());
            }
        }
    }
    id
}

/// How a mention was found or resolved (`via` in mentions.jsonl).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Via {
    /// A gazetteer name or alias, as written.
    Alias,
    /// A part of a name seen in full earlier (`Stoltenberg`).
    Partial,
    /// A pronoun resolved to its antecedent.
    Pronoun,
    /// A description resolved to an entity (`the NATO chief`, `the company`).
    Description,
    /// A capital or seat of government standing for its country.
    Metonym,
    /// A name found in the text, not in any gazetteer.
    Discovered,
}

impl Via {
    /// Every way of linking, in the order of the contract.
    pub const ALL: [Via; 6] = [
        Via::Alias,
        Via::Partial,
        Via::Pronoun,
        Via::Description,
        Via::Metonym,
        Via::Discovered,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Via::Alias => "alias",
            Via::Partial => "partial",
            Via::Pronoun => "pronoun",
            Via::Description => "description",
            Via::Metonym => "metonym",
            Via::Discovered => "discovered",
        }
    }
}

/// A stretch of text that refers to an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    /// Index into [`Document::sentences`].
    pub sentence: u32,
    /// The entity meant: for a metonym, the country acting.
    pub entity: EntityRef,
    /// For a metonym, the entity literally named (the capital).
    pub literal: Option<EntityRef>,
    pub via: Via,
    /// A modifier use (`Chinese-made`, `pro-Russian`): an attribute, not an actor.
    pub modifier: bool,
    pub confidence: f32,
}

impl Mention {
    /// A plain mention found by a stage (no metonym, no modifier) of
    /// `doc`'s text at `span`, in the sentence that holds it.
    pub fn found(
        doc: &Document,
        span: Span,
        entity: EntityRef,
        via: Via,
        confidence: f32,
    ) -> Mention {
        Mention {
            span,
            sentence: doc.sentence_at(span.start),
            entity,
            literal: None,
            via,
            modifier: false,
            confidence,
        }
    }
}

/// Direct, indirect or mixed speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

impl QuoteKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// Who a speaker or addressee is.
#[derive(Clone, Debug, PartialEq)]
pub enum Referent {
    /// A known or discovered entity.
    Entity(EntityRef),
    /// A class of people that is not an entity (`reporters`, `analysts`).
    Class(String),
    /// A speaker pronoun whose antecedent was not found (`she says` after a
    /// name no list knows): the pronoun as written, and what it can stand
    /// for (a person for `he` and `she`).
    Unresolved { pronoun: String, kind: EntityType },
}

/// A speaker or an addressee: who, and the words that name them here.
#[derive(Clone, Debug, PartialEq)]
pub struct Party {
    pub referent: Referent,
    /// The mention as written (`he`, `Stoltenberg`); `None` for a quote that
    /// continues the previous speaker.
    pub mention: Option<Span>,
}

/// A reported statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The sentence the content starts in.
    pub sentence: u32,
    pub kind: QuoteKind,
    /// The words reported: inside the quote marks for direct speech.
    pub content: Span,
    /// The pieces of a content that runs around its attribution (`"A," he
    /// said, "B."`: A and B); empty when the content is all reported words.
    pub fragments: Vec<Span>,
    /// The speech verb or phrase (`said`, `told`, `according to`).
    pub cue: Option<Span>,
    pub speaker: Option<Party>,
    pub addressee: Option<Party>,
    /// Entities mentioned in the content, metonyms applied, in first-seen order.
    pub about: Vec<EntityRef>,
    /// The rules that fired, joined with `+` in the output.
    pub rules: Vec<&'static str>,
    pub confidence: f32,
}

/// The type of a relation: a speech relation or a typed action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RelationType(pub &'static str);

impl RelationType {
    pub const SAID_TO: RelationType = RelationType("SAID_TO");
    pub const QUOTED_ABOUT: RelationType = RelationType("QUOTED_ABOUT");
    pub const CO_MENTIONED: RelationType = RelationType("CO_MENTIONED");
    /// Speaker → quote node (graph only).
    pub const SAID: RelationType = RelationType("SAID");
    /// Quote node → the entity it was said to (graph only).
    pub const ADDRESSED_TO: RelationType = RelationType("ADDRESSED_TO");
    /// Quote node → each entity its content mentions (graph only).
    pub const ABOUT: RelationType = RelationType("ABOUT");
    /// Article node → quote node (graph only).
    pub const QUOTES: RelationType = RelationType("QUOTES");
    /// Article node → entity, weighted by mentions (graph only).
    pub const MENTIONS: RelationType = RelationType("MENTIONS");

    /// The type named `name`, for types read back from files: the same
    /// `&'static str` for the same name (each new name is allocated once
    /// per process; there are a few dozen).
    pub fn intern(name: &str) -> RelationType {
        use std::collections::HashSet;
        use std::sync::{Mutex, OnceLock};
        static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
        let names = NAMES.get_or_init(Default::default);
        let mut names = names.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&s) = names.get(name) {
            return RelationType(s);
        }
        let s: &'static str = Box::leak(name.to_owned().into_boxed_str());
        names.insert(s);
        RelationType(s)
    }
}

/// One relation instance between two entities, with its evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Relation {
    pub sentence: u32,
    pub kind: RelationType,
    pub source: EntityRef,
    pub target: EntityRef,
    /// The text that supports the relation (a sentence or a quote with its attribution).
    pub evidence: Span,
    /// The words that trigger it (the cue or action verb), if any.
    pub trigger: Option<Span>,
    /// Index into [`Document::quotes`] for speech relations.
    pub quote: Option<u32>,
    pub rule: &'static str,
    pub confidence: f32,
    /// `did not attack`, `denied attacking`, `refused to meet`.
    pub negated: bool,
    /// Why the action is not asserted as having happened: the modal or the
    /// governing verb (`plan` in `X plans to visit Y`, `could` in `X could
    /// attack Y`, `urge` in `urged X to sanction Y`); `None` for a factual
    /// statement. Only asserted relations (see [`Relation::is_asserted`])
    /// become graph edges.
    pub modality: Option<&'static str>,
    /// The words naming the source here (the subject, possessor or agent).
    pub source_span: Option<Span>,
    /// The words naming the target here.
    pub target_span: Option<Span>,
}

impl Relation {
    /// True when the text states the relation as a fact: not negated and
    /// without modality.
    pub fn is_asserted(&self) -> bool {
        !self.negated && self.modality.is_none()
    }
}

/// One news article and every layer the stages added.
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub id: String,
    pub origin: Option<Origin>,
    pub title: Option<String>,
    pub date: Option<String>,
    /// The text exactly as read; read-only once the document is built.
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    /// Sorted by `span.start`.
    pub mentions: Vec<Mention>,
    pub discovered: Vec<Discovered>,
    pub quotes: Vec<Quote>,
    pub relations: Vec<Relation>,
}

impl Document {
    /// A document with only its id and text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// The text under a span.
    pub fn str(&self, span: Span) -> &str {
        span.as_str(&self.text)
    }

    /// The index of the sentence that contains byte `pos` (or the last one
    /// that starts before it).
    pub fn sentence_at(&self, pos: usize) -> u32 {
        let i = self.sentences.partition_point(|s| s.start <= pos);
        i.saturating_sub(1) as u32
    }

    /// Adds a discovered entity, or finds the one with the same name; the
    /// name keeps one space between its words (`Donald\nTrump`).
    pub fn discover(&mut self, name: &str, kind: EntityType) -> EntityRef {
        find_or_add(&mut self.discovered, squash_space(name), kind)
    }

    /// [`Document::discover`] for the name written at `span`, read from the
    /// text without a copy (the resolver names thousands this way).
    pub fn discover_at(&mut self, span: Span, kind: EntityType) -> EntityRef {
        let name = squash_space(span.as_str(&self.text));
        find_or_add(&mut self.discovered, name, kind)
    }
}

/// The discovered entity named `name` (squashed), added when new.
fn find_or_add(
    discovered: &mut Vec<Discovered>,
    name: Cow<'_, str>,
    kind: EntityType,
) -> EntityRef {
    let idx = match discovered.iter().position(|d| d.name == name) {
        Some(i) => i,
        None => {
            discovered.push(Discovered {
                name: name.into_owned(),
                kind,
            });
            discovered.len() - 1
        }
    };
    EntityRef::Discovered(DiscoveredIdx(idx as u32))
}

/// `name` with each run of white space as one space, and none at its ends:
/// a name written across a line break or with a non-breaking space.
pub fn squash_space(name: &str) -> Cow<'_, str> {
    if is_squashed(name) {
        Cow::Borrowed(name)
    } else {
        let mut out = String::with_capacity(name.len());
        for w in name.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
        Cow::Owned(out)
    }
}

/// True when `name` has single spaces between its words and no other white
/// space: every piece between spaces is non-empty and holds none.
///
/// An ASCII name (nearly all) is read a byte at a time, without a searcher
/// set up for each piece; ASCII white space is ` `, `\t`, `\n`, `\x0B`,
/// `\x0C` and `\r`.
fn is_squashed(name: &str) -> bool {
    if !name.is_ascii() {
        return name
            .split(' ')
            .all(|w| !w.is_empty() && !w.contains(char::is_whitespace));
    }
    // The start counts as a space: a name may neither open with one nor
    // have two in a row, nor end with one (nor be empty).
    let mut after_space = true;
    for &b in name.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => return false,
            _ => after_space = false,
        }
    }
    !after_space
}

/// Spaces that are not ASCII, each with as many ASCII spaces as its UTF-8
/// bytes: the no-break space of web pages (`Donald\u{a0}Trump said`), thin
/// and narrow ones, and the zero-width space.
const WIDE_SPACES: [(char, &str); 7] = [
    ('\u{a0}', "  "),
    ('\u{2007}', "   "),
    ('\u{2009}', "   "),
    ('\u{200a}', "   "),
    ('\u{200b}', "   "),
    ('\u{202f}', "   "),
    ('\u{3000}', "   "),
];

/// True when `bytes` hold a space of [`WIDE_SPACES`]. Each starts with
/// the byte 0xC2, 0xE2 or 0xE3, which a vectorised search finds; only there
/// is the character decoded (curly quotes start with 0xE2 too, so web
/// text has many such bytes, and decoding every character cost 4% of the
/// work on each document).
fn has_wide_space(bytes: &[u8]) -> bool {
    let mut from = 0;
    while let Some(k) = memchr::memchr3(0xC2, 0xE2, 0xE3, &bytes[from..]) {
        let at = from + k;
        let next = |i: usize| bytes.get(at + i).copied();
        let wide = match bytes[at] {
            0xC2 => next(1) == Some(0xA0),
            0xE2 => {
                next(1) == Some(0x80) && matches!(next(2), Some(0x87 | 0x89 | 0x8A | 0x8B | 0xAF))
            }
            _ => next(1) == Some(0x80) && next(2) == Some(0x80),
        };
        if wide {
            return true;
        }
        from = at + 1;
    }
    false
}

/// `text` with every space of [`WIDE_SPACES`] written as ASCII spaces, so
/// that every byte offset into it is one into `text`; `None` when `text`
/// has none.
pub fn ascii_spaces(text: &str) -> Option<String> {
    if !has_wide_space(text.as_bytes()) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match WIDE_SPACES.iter().find(|&&(w, _)| w == c) {
            Some((_, ascii)) => out.push_str(ascii),
            None => out.push(c),
        }
    }
    debug_assert_eq!(out.len(), text.len());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_spaces_keep_every_offset() {
        let text = "Donald\u{a0}Trump said\u{202f}it.\u{200b}";
        let ascii = ascii_spaces(text).unwrap();
        assert_eq!(ascii.len(), text.len());
        assert_eq!(ascii, "Donald  Trump said   it.   ");
        assert_eq!(ascii_spaces("Zoë said it."), None);
        assert_eq!(
            ascii_spaces("\u{201C}Yes,\u{201D} she said \u{2014} twice."),
            None
        );
        for (wide, _) in WIDE_SPACES {
            let text = format!("\u{201C}a{wide}b");
            assert!(has_wide_space(text.as_bytes()), "{wide:?}");
        }
    }

    #[test]
    fn squashed_names() {
        assert_eq!(squash_space("Donald\nTrump"), "Donald Trump");
        assert_eq!(squash_space(" the  budget office "), "the budget office");
        assert!(matches!(squash_space("Jens Stoltenberg"), Cow::Borrowed(_)));
    }

    proptest::proptest! {
        #[test]
        fn is_squashed_as_split(name in "[ab \t\n\r\u{b}\u{c}\u{a0}\u{85}\u{e9}]{0,8}") {
            let by_split = name
                .split(' ')
                .all(|w| !w.is_empty() && !w.contains(char::is_whitespace));
            proptest::prop_assert_eq!(is_squashed(&name), by_split);
        }
    }

    #[test]
    fn discovered_ids() {
        const CASES: &[(&str, &str)] = &[
            ("Hadley Gamble", "ng:hadley-gamble"),
            ("  John  O'Neil ", "ng:john-o-neil"),
            ("Zoë Ball", "ng:zoë-ball"),
            ("", "ng:"),
        ];
        for (name, want) in CASES {
            assert_eq!(discovered_id(name), *want, "{name}");
        }
    }

    #[test]
    fn entity_types_round_trip() {
        for t in EntityType::ALL {
            assert_eq!(EntityType::parse(t.as_str()), Some(t));
        }
        assert_eq!(EntityType::parse("person"), Some(EntityType::Person));
        assert_eq!(EntityType::parse("CITY"), None);
    }

    #[test]
    fn sentence_lookup() {
        let mut doc = Document::new("d", "A b. C d. E f.");
        doc.sentences = vec![Span::new(0, 4), Span::new(5, 9), Span::new(10, 14)];
        assert_eq!(doc.sentence_at(0), 0);
        assert_eq!(doc.sentence_at(6), 1);
        assert_eq!(doc.sentence_at(13), 2);
    }
}
