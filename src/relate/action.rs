//! Actions between actors: who did what to whom.
//!
//! Owns: the action lexicon (`data/actions.tsv`, built by
//! `data/scripts/build_actions.py` from PETRARCH2's CAMEO dictionary) and
//! the clause patterns that turn it into typed relations (`ACCUSE`,
//! `ATTACK`, `MEET`, ...). Reads: `sentences`, `mentions`, `text`.
//! Writes: relations appended by [`extract`].
//!
//! No parser: each sentence is cut into words and punctuation, entity
//! mentions are laid over the words, and a relation needs an actor in a
//! fixed position on each side of a trigger word, with only a few kinds of
//! words allowed in between (auxiliaries, modals, negation, adverbs, `the`).
//! Anything else (a comma, a clause, an unknown noun) blocks the pattern, so
//! a missed relation is much likelier than an invented one.
//!
//! | rule                    | example                                          |
//! |-------------------------|--------------------------------------------------|
//! | `active-verb`           | `X accused Y (of ...)`, `X has not met with Y`   |
//! | `passive-by`            | `Y was accused by X`, `Y, invaded by X,`         |
//! | `to-infinitive-object`  | `prompted X to accuse Y`, `urged X to sanction Y`|
//! | `control-to-infinitive` | `X plans to visit Y`, `X refused to meet Y`      |
//! | `threaten-to-infinitive`| `X threatened to invade Y` (one `THREATEN`)      |
//! | `denied-gerund`         | `X denied attacking Y` (negated `ATTACK`)        |
//! | `nominal-possessive`    | `X's invasion of Y`, `X's criticism of Y`        |
//! | `nominal-adjective`     | `the Russian invasion of Y`, `US strikes on Y`   |
//! | `nominal-of-by`         | `the invasion of Y by X`                         |
//! | `light-verb-nominal`    | `X launched an attack on Y`, `X held talks with Y` |
//!
//! Actors are PERSON, ORG and GPE mentions (metonyms already applied by the
//! resolver: `Washington` acting is the United States) and, as sources only,
//! NORP mentions of a nationality with a `part_of` country (`Russian troops
//! attacked`, `the Russian invasion`), which stand for that country.
//! Modifier uses (`Chinese-made`) never act.
//!
//! Flags: `negated` for `not`/`never`/`n't` in the verb group, `denied
//! attacking` and `refused to meet`; `modality` for a modal (`could attack`)
//! or a governing verb (`plans to visit`, `urged X to sanction`). A threat
//! to act (`threatened to invade Y`) is one asserted `THREATEN` relation,
//! whose trigger spans `threatened to invade`; the threatened `ATTACK` is not
//! emitted, because it did not happen. `attack` between people (or by an
//! organisation on a person) is verbal: `CRITICIZE`.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

use crate::doc::{Document, EntityRef, EntityType, Relation, RelationType, Via};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Shapes;
use crate::resolve::pronoun;
use crate::span::Span;
use crate::token;

/// The action lexicon (see `data/README.md`).
const ACTIONS: &str = include_str!("../../data/actions.tsv");

/// Inflection bits of a verb form.
const BASE: u8 = 1;
const THIRD: u8 = 2;
const PAST: u8 = 4;
const PART: u8 = 8;
const ING: u8 = 16;

/// One row of the action lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Action {
    pub lemma: &'static str,
    pub kind: RelationType,
    /// The CAMEO code (`112`, `042:043`).
    pub cameo: &'static str,
    /// Verbs: the words between the verb and its target (`out at`), empty
    /// for a direct object. Nouns: the prepositions that may introduce the
    /// target, `|`-separated.
    pub prep: &'static str,
}

/// What one lower-case word form may be.
#[derive(Debug, Default)]
struct Forms {
    /// Verb rows, longest `prep` first, with the form's inflection bits.
    verbs: Vec<(Action, u8)>,
    nouns: Vec<Action>,
}

struct Lexicon {
    /// Word form → its verb and noun rows: one lookup per word of a
    /// sentence, not one for verbs and one for nouns.
    forms: HashMap<&'static str, Forms>,
    /// The shapes of the keys of `forms`, a cheap test before a lookup.
    shapes: Shapes,
}

/// Parses the action lexicon now rather than on first use (see
/// [`crate::lexicon::load_tables`]).
pub(crate) fn load_tables() {
    LazyLock::force(&LEXICON);
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon {
        forms: HashMap::default(),
        shapes: Shapes::of([]),
    };
    let rows = ACTIONS
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .skip(1);
    for line in rows {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [kind, lemma, forms, prep, ty, cameo, ..] = cols[..] else {
            continue;
        };
        let action = Action {
            lemma,
            kind: RelationType(ty),
            cameo,
            prep,
        };
        if kind == "verb" {
            for (i, form) in forms.split('|').enumerate() {
                let bit = [BASE, THIRD, PAST, PART, ING].get(i).copied().unwrap_or(0);
                let entries = &mut lex.forms.entry(form).or_default().verbs;
                match entries.iter_mut().find(|(a, _)| *a == action) {
                    Some((_, bits)) => *bits |= bit,
                    None => entries.push((action, bit)),
                }
            }
        } else {
            for form in forms.split('|') {
                lex.forms.entry(form).or_default().nouns.push(action);
            }
        }
    }
    for forms in lex.forms.values_mut() {
        forms
            .verbs
            .sort_by_key(|(a, _)| std::cmp::Reverse(a.prep.len()));
    }
    lex.shapes = Shapes::of(lex.forms.keys().copied());
    lex
});

/// The action verbs a lower-case word form may be, with its inflection bits.
pub fn verb(lower: &str) -> &'static [(Action, u8)] {
    LEXICON.forms.get(lower).map_or(&[], |f| f.verbs.as_slice())
}

/// The action nouns a lower-case word form may be.
pub fn noun(lower: &str) -> &'static [Action] {
    LEXICON.forms.get(lower).map_or(&[], |f| f.nouns.as_slice())
}

const AUX: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
    "does", "did", "get", "gets", "got",
];
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got",
];
const MODALS: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
];
const NEGATIONS: &[&str] = &["not", "never"];
/// Adverbs that may sit in a verb group besides `-ly` words.
const ADVERBS: &[&str] = &[
    "also", "again", "already", "still", "yet", "now", "then", "once", "even", "just", "later",
    "soon", "first", "twice", "ever", "further", "too", "long", "since",
];
/// Nouns for the people acting for a country or organisation (`Russian
/// troops attacked`, `China's government accused`).
#[rustfmt::skip]
const AGENT_NOUNS: &[&str] = &[
    "government", "governments", "authorities", "officials", "forces", "troops", "army", "military",
    "navy", "police", "soldiers", "jets", "warplanes", "aircraft", "diplomats", "leaders",
    "leadership", "regime", "administration", "ministry", "militants", "fighters", "rebels",
    "prosecutors", "regulators", "lawmakers", "negotiators", "officers", "drones", "missiles",
    "artillery", "navy", "coastguard", "air force",
];
/// Words between a target and a person's name that are a title
/// (`criticised US President Joe Biden`), besides capitalised words.
#[rustfmt::skip]
const TITLE_NOUNS: &[&str] = &[
    "leader", "chief", "spokesman", "spokeswoman", "minister", "president", "boss", "head",
    "counterpart", "envoy", "ambassador", "secretary", "chancellor", "premier", "mayor",
    "manager", "coach", "captain", "striker", "midfielder", "defender", "goalkeeper", "chairman",
    "chairwoman", "governor", "senator", "official", "adviser", "founder", "executive",
    "commissioner", "editor", "star", "player",
];
/// Words that may follow a target (`accused Y of`, `met Y on Monday`,
/// `backed Y, who`); any other lower-case word makes the actor a modifier
/// of a noun (`urged London mayor ...`, `the US insurance industry`).
#[rustfmt::skip]
const FOLLOWERS: &[&str] = &[
    "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "as", "because", "when",
    "while", "if", "until", "since", "than", "not", "so", "yet", "last", "next", "this", "earlier",
    "yesterday", "today", "tonight", "again", "twice", "once", "instead", "too", "either",
    "directly", "where", "amid", "despite", "during", "following", "ahead", "through", "across",
    "within", "one", "two", "three", "four", "five", "several", "many", "some", "all", "both",
    "itself", "themselves", "himself", "herself", "personally", "publicly", "privately",
];
/// What a possessor target may own for an attitude to be about it:
/// `rejected Russia's proposal`, `praised Gibson's move`.
#[rustfmt::skip]
const CONTENT_NOUNS: &[&str] = &[
    "claim", "claims", "proposal", "proposals", "decision", "decisions", "policy", "policies",
    "plan", "plans", "move", "moves", "stance", "position", "record", "handling", "role",
    "response", "comments", "remarks", "statement", "statements", "view", "views", "contention",
    "offer", "bid", "demand", "demands", "request", "call", "approach", "efforts", "actions",
    "action", "entry", "accession", "candidacy", "budget", "conduct", "behaviour", "behavior",
    "allegations", "accusations", "assertion", "argument", "suggestion", "idea", "ideas",
    "strategy", "tactics", "refusal", "failure", "treatment", "performance",
];
/// Words before an actor that make it the object of a preposition, not a
/// subject.
const PREPOSITIONS: &[&str] = &[
    "of", "to", "in", "on", "at", "for", "with", "against", "from", "by", "into", "over", "about",
    "after", "before", "between", "under", "than", "like", "toward", "towards", "via", "without",
];
/// Verbs before `X to <action> Y` under which the action happens.
#[rustfmt::skip]
const CAUSATIVES: &[&str] = &[
    "prompted", "prompt", "prompts", "prompting", "led", "lead", "leads", "caused", "cause",
    "causes", "forced", "force", "forces", "forcing", "drove", "drive", "drives", "spurred", "spur",
    "compelled", "compel", "pushed", "push", "provoked", "provoke", "provokes",
];
/// Verbs before `X to <action> Y` under which the action is only wished
/// for: form → modality.
const REQUESTS: &[(&str, &str)] = &[
    ("urged", "urge"),
    ("urge", "urge"),
    ("urges", "urge"),
    ("urging", "urge"),
    ("asked", "ask"),
    ("ask", "ask"),
    ("asks", "ask"),
    ("asking", "ask"),
    ("pressed", "press"),
    ("press", "press"),
    ("pressing", "press"),
    ("pressured", "pressure"),
    ("pressure", "pressure"),
    ("encouraged", "encourage"),
    ("encourage", "encourage"),
    ("encourages", "encourage"),
    ("invited", "invite"),
    ("invite", "invite"),
    ("wants", "want"),
    ("want", "want"),
    ("wanted", "want"),
    ("expects", "expect"),
    ("expect", "expect"),
    ("expected", "expect"),
    ("allowed", "allow"),
    ("allow", "allow"),
    ("told", "tell"),
    ("persuaded", "persuade"),
    ("persuade", "persuade"),
    ("called", "call on"),
    ("call", "call on"),
    ("calls", "call on"),
    ("calling", "call on"),
];
/// Verbs and adjectives before `to <action> Y` whose subject is the
/// actor: form → lemma.
const CONTROLS: &[(&str, &str)] = &[
    ("threatened", "threaten"),
    ("threaten", "threaten"),
    ("threatens", "threaten"),
    ("threatening", "threaten"),
    ("vowed", "vow"),
    ("vow", "vow"),
    ("vows", "vow"),
    ("pledged", "pledge"),
    ("pledge", "pledge"),
    ("pledges", "pledge"),
    ("promised", "promise"),
    ("promise", "promise"),
    ("promises", "promise"),
    ("planned", "plan"),
    ("plan", "plan"),
    ("plans", "plan"),
    ("planning", "plan"),
    ("wants", "want"),
    ("want", "want"),
    ("wanted", "want"),
    ("sought", "seek"),
    ("seeks", "seek"),
    ("seek", "seek"),
    ("seeking", "seek"),
    ("refused", "refuse"),
    ("refuse", "refuse"),
    ("refuses", "refuse"),
    ("declined", "decline"),
    ("declines", "decline"),
    ("decline", "decline"),
    ("failed", "fail"),
    ("fail", "fail"),
    ("fails", "fail"),
    ("agreed", "agree"),
    ("agree", "agree"),
    ("agrees", "agree"),
    ("decided", "decide"),
    ("decides", "decide"),
    ("tried", "try"),
    ("tries", "try"),
    ("try", "try"),
    ("attempted", "attempt"),
    ("prepared", "prepare"),
    ("preparing", "prepare"),
    ("intends", "intend"),
    ("intended", "intend"),
    ("aims", "aim"),
    ("hopes", "hope"),
    ("hoped", "hope"),
    ("offered", "offer"),
    ("offers", "offer"),
    ("moved", "move"),
    ("expected", "expect"),
    ("set", "set"),
    ("due", "due"),
    ("likely", "likely"),
    ("ready", "ready"),
    ("poised", "poised"),
    ("going", "going"),
    ("continued", "continue"),
    ("continues", "continue"),
    ("continue", "continue"),
    ("began", "begin"),
    ("begun", "begin"),
    ("begins", "begin"),
    ("started", "start"),
    ("starts", "start"),
];
const DENY_FORMS: &[&str] = &["denied", "denies", "deny", "denying"];
/// Verbs that take an action noun as object (`launched an attack on Y`).
#[rustfmt::skip]
const LIGHT_VERBS: &[&str] = &[
    "launch", "launched", "launches", "launching", "carried", "carry", "carries", "carrying",
    "staged", "stage", "stages", "conducted", "conduct", "conducts", "imposed", "impose", "imposes",
    "imposing", "held", "hold", "holds", "holding", "filed", "file", "files", "lodged", "lodge",
    "levelled", "leveled", "level", "mounted", "mount", "stepped", "step", "issued", "issue",
    "issues", "made", "make", "makes", "signed", "sign", "signs", "signing", "struck", "strike",
    "reached", "reach", "opened", "open", "began", "begin", "resumed", "resume", "announced",
    "announce", "slapped", "slap", "expressed", "express", "voiced", "voice", "offered", "offer",
    "provided", "provide", "pledged", "pledge", "sent", "send", "gave", "give", "delivered",
    "deliver", "unleashed", "unleash", "intensified", "intensify", "renewed", "renew", "continued",
    "continue", "escalated", "escalate", "had", "has", "have",
];
/// Words that may sit between a light verb and its noun.
#[rustfmt::skip]
const LIGHT_FILLERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "new", "fresh", "further", "more", "joint",
    "renewed", "out", "up", "formal", "official", "legal", "military", "air", "diplomatic",
    "economic", "trade", "peace", "direct", "secret", "bilateral", "strong", "full", "unwavering",
    "wave", "series", "of", "major", "large-scale", "deadly", "missile", "drone", "rocket", "tough",
    "tougher", "additional", "sweeping", "financial", "humanitarian", "emergency",
];
/// Words that may not stand between a possessor and its action noun.
const STOP_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "for", "with", "by", "at",
    "from", "as", "that", "which", "who", "is", "was", "are", "were", "be", "has", "have", "had",
    "its", "their", "his", "her", "this", "these", "those", "not", "own",
];

/// Finds the action relations of `doc` and appends them to `out`.
pub fn extract(gazetteer: &Gazetteer, doc: &Document, out: &mut Vec<Relation>) {
    let mut seen = HashSet::default();
    let mut scratch = Scratch::default();
    // The sentence in ASCII lower case, reused across sentences: its words
    // are the tokens' lower-case forms (see [`tokenize`]).
    let mut lowered = String::new();
    let mut m = 0;
    for (si, &sentence) in doc.sentences.iter().enumerate() {
        let first = m;
        while m < doc.mentions.len() && doc.mentions[m].sentence as usize == si {
            m += 1;
        }
        // Mentions are sorted by start, and so by sentence.
        let mentions = &doc.mentions[first..m];
        // Most sentences have fewer than two mentions that can act: they
        // are ruled out before the sentence is cut into words.
        let mut acting = mentions.iter().filter(|m| may_act(gazetteer, doc, m));
        let (Some(_), Some(last)) = (acting.next(), acting.next_back()) else {
            continue;
        };
        let text = sentence.as_str(&doc.text);
        // Most of these sentences (two in three, in news) hold no word of
        // the action lexicon before their last actor (every pattern finds
        // a target after its trigger word): they are ruled out before they
        // are lower-cased and their tokens and actors built.
        if !may_hold_action_word(text, last.span.start.saturating_sub(sentence.start)) {
            continue;
        }
        lowered.clear();
        lowered.push_str(text);
        lowered.make_ascii_lowercase();
        let buffers = std::mem::take(&mut scratch);
        let mut clause = Clause::new(
            gazetteer, doc, si as u32, sentence, mentions, &lowered, buffers,
        );
        if clause.actors.len() >= 2 {
            clause.find();
            for r in clause.out.drain(..) {
                if seen.insert((r.source, r.target, r.kind, r.trigger, r.negated)) {
                    out.push(r);
                }
            }
        }
        scratch = clause.into_scratch();
    }
}

/// True when a mention may become an [`Actor`] (the tests of
/// [`Clause::new`] that need no words).
fn may_act(gazetteer: &Gazetteer, doc: &Document, m: &crate::doc::Mention) -> bool {
    if m.modifier {
        return false;
    }
    match pronoun::entity_type(gazetteer, doc, m.entity) {
        EntityType::Norp => match m.entity {
            EntityRef::Known(id) => gazetteer.entity(id).part_of.is_some(),
            EntityRef::Discovered(_) => false,
        },
        kind => kind.can_act(),
    }
}

#[derive(Clone, Debug)]
struct Tok<'t> {
    span: Span,
    /// Lower case, `’` as `'`; borrowed from the text when it already is.
    lower: Cow<'t, str>,
    kind: TokKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokKind {
    Word,
    /// `'s`, `’s`, or a lone `'` after a plural.
    Possessive,
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Actor {
    /// As a source: NORP mapped to its country.
    entity: EntityRef,
    kind: EntityType,
    span: Span,
    first: usize,
    last: usize,
    /// A pronoun or description: less sure.
    weak: bool,
    /// A nationality standing for its country: a source only.
    norp: bool,
}

/// The subject found before a verb group.
#[derive(Clone, Debug, Default)]
struct Subject {
    actors: Vec<usize>,
    negated: bool,
    modality: Option<&'static str>,
    /// The auxiliary nearest the verb.
    nearest_aux: Option<usize>,
}

/// The buffers of a [`Clause`] that borrow nothing, kept from one
/// sentence to the next of a document: not four allocations (and a zeroing
/// of two token-long lists) for every sentence that gets a clause.
#[derive(Default)]
struct Scratch {
    actors: Vec<Actor>,
    first_of: Vec<Option<usize>>,
    last_of: Vec<Option<usize>>,
    out: Vec<Relation>,
}

/// One sentence, its words and its actors.
struct Clause<'a> {
    gazetteer: &'a Gazetteer,
    doc: &'a Document,
    sentence: u32,
    evidence: Span,
    toks: Vec<Tok<'a>>,
    actors: Vec<Actor>,
    first_of: Vec<Option<usize>>,
    last_of: Vec<Option<usize>>,
    out: Vec<Relation>,
}

impl<'a> Clause<'a> {
    fn new(
        gazetteer: &'a Gazetteer,
        doc: &'a Document,
        sentence: u32,
        span: Span,
        mentions: &[crate::doc::Mention],
        lowered: &'a str,
        scratch: Scratch,
    ) -> Clause<'a> {
        let toks = tokenize(&doc.text, span, lowered);
        let Scratch {
            mut actors,
            mut first_of,
            mut last_of,
            mut out,
        } = scratch;
        actors.clear();
        out.clear();
        for ends in [&mut first_of, &mut last_of] {
            ends.clear();
            ends.resize(toks.len(), None);
        }
        for m in mentions {
            if m.modifier {
                continue;
            }
            let kind = pronoun::entity_type(gazetteer, doc, m.entity);
            if !kind.can_act() {
                continue;
            }
            let mut entity = m.entity;
            let norp = kind == EntityType::Norp;
            if norp {
                match m.entity {
                    EntityRef::Known(id) => match gazetteer.entity(id).part_of {
                        Some(country) => entity = EntityRef::Known(country),
                        None => continue,
                    },
                    EntityRef::Discovered(_) => continue,
                }
            }
            let first = toks.partition_point(|t| t.span.start < m.span.start);
            let last = toks.partition_point(|t| t.span.start < m.span.end);
            if first >= last || first_of[first].is_some() || last_of[last - 1].is_some() {
                continue;
            }
            first_of[first] = Some(actors.len());
            last_of[last - 1] = Some(actors.len());
            actors.push(Actor {
                entity,
                kind,
                span: m.span,
                first,
                last: last - 1,
                weak: matches!(m.via, Via::Pronoun | Via::Description),
                norp,
            });
        }
        Clause {
            gazetteer,
            doc,
            sentence,
            evidence: span,
            toks,
            actors,
            first_of,
            last_of,
            out,
        }
    }

    /// The buffers, for the next sentence's clause.
    fn into_scratch(self) -> Scratch {
        Scratch {
            actors: self.actors,
            first_of: self.first_of,
            last_of: self.last_of,
            out: self.out,
        }
    }

    fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Word => &t.lower,
            _ => "",
        }
    }

    fn is(&self, i: usize, kind: TokKind) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == kind)
    }

    fn find(&mut self) {
        // Every pattern finds a target after its trigger word: a word at or
        // after the last actor's first triggers nothing.
        let end = self.actors.iter().map(|a| a.first).max().unwrap_or(0);
        let lex: &'static Lexicon = &LEXICON;
        for i in 0..end {
            if self.toks[i].kind != TokKind::Word || self.first_of[i].is_some() {
                continue;
            }
            // The rows are borrowed from the lexicon, not from `self`: no
            // copy of the word. The shape test rules out most words
            // without hashing them.
            let lower = self.toks[i].lower.as_ref();
            if !lex.shapes.may_contain(lower) {
                continue;
            }
            let Some(forms) = lex.forms.get(lower) else {
                continue;
            };
            for &(action, bits) in &forms.verbs {
                if self.verb(i, action, bits) {
                    break;
                }
            }
            for &action in &forms.nouns {
                if self.nominal(i, action) {
                    break;
                }
            }
        }
    }

    /// Tries the verb patterns on the verb at `p`; true when one matched.
    fn verb(&mut self, p: usize, action: Action, bits: u8) -> bool {
        let trigger = self.toks[p].span;
        // `prompted X to accuse Y`, `X plans to visit Y`.
        if p > 0 && self.word(p - 1) == "to" && bits & BASE != 0 {
            return self.infinitive(p, action);
        }
        // `X denied attacking Y`.
        if bits & ING != 0 && p > 0 && DENY_FORMS.contains(&self.word(p - 1)) {
            let Some(subject) = self.subject(p - 1) else {
                return false;
            };
            let Some(targets) = self.objects(p + 1, action) else {
                return false;
            };
            let span = Span::new(self.toks[p - 1].span.start, trigger.end);
            self.emit(
                action,
                &subject.actors,
                &targets,
                span,
                "denied-gerund",
                0.7,
                true,
                subject.modality,
            );
            return true;
        }
        let subject = self.subject(p);
        // Passive: `Y was accused by X`, `Y, invaded by X`.
        if bits & PART != 0 && action.prep.is_empty() {
            let be = subject
                .as_ref()
                .and_then(|s| s.nearest_aux)
                .is_some_and(|a| BE.contains(&self.word(a)));
            let reduced = self.word(p + 1) == "by" && {
                let before = if self.is(p.wrapping_sub(1), TokKind::Punct)
                    && self.toks[p - 1].lower == ","
                {
                    p.wrapping_sub(2)
                } else {
                    p.wrapping_sub(1)
                };
                self.last_of.get(before).copied().flatten().is_some()
            };
            if be || reduced {
                let patients = match (&subject, be) {
                    (Some(s), true) => s.actors.clone(),
                    _ => {
                        let before = if self.word(p - 1).is_empty() {
                            p - 2
                        } else {
                            p - 1
                        };
                        self.last_of[before].into_iter().collect()
                    }
                };
                if let Some(agents) = self.by_agent(p + 1) {
                    let (negated, modality) = subject
                        .as_ref()
                        .map_or((false, None), |s| (s.negated, s.modality));
                    let patients: Vec<usize> = patients
                        .into_iter()
                        .filter(|&a| !self.actors[a].norp)
                        .collect();
                    self.emit(
                        action,
                        &agents,
                        &patients,
                        trigger,
                        "passive-by",
                        0.75,
                        negated,
                        modality,
                    );
                }
                // A passive without an agent says nothing about who acted.
                return true;
            }
        }
        let Some(subject) = subject else {
            return false;
        };
        let Some(targets) = self.objects(p + 1, action) else {
            return false;
        };
        self.emit(
            action,
            &subject.actors,
            &targets,
            trigger,
            "active-verb",
            0.8,
            subject.negated,
            subject.modality,
        );
        true
    }

    /// `V X to <verb> Y` and `X <control> to <verb> Y`, the verb at `p`.
    fn infinitive(&mut self, p: usize, action: Action) -> bool {
        let to = p - 1;
        if to == 0 {
            return false;
        }
        if let Some(a) = self.last_of[to - 1] {
            // `prompted Washington to accuse Beijing`.
            let first = self.actors[a].first;
            let mut v = first.wrapping_sub(1);
            if self.word(v) == "the" {
                v = v.wrapping_sub(1);
            }
            let word = self.word(v);
            let modality = if CAUSATIVES.contains(&word) {
                None
            } else if let Some(&(_, lemma)) = REQUESTS.iter().find(|(f, _)| *f == word) {
                Some(lemma)
            } else if word == "on" {
                let call = self.word(v.wrapping_sub(1));
                match REQUESTS.iter().find(|(f, l)| *f == call && *l == "call on") {
                    Some(&(_, lemma)) => Some(lemma),
                    None => return false,
                }
            } else {
                return false;
            };
            let Some(targets) = self.objects(p + 1, action) else {
                return false;
            };
            self.emit(
                action,
                &[a],
                &targets,
                self.toks[p].span,
                "to-infinitive-object",
                0.7,
                false,
                modality,
            );
            return true;
        }
        let control = to - 1;
        let Some(&(_, lemma)) = CONTROLS.iter().find(|(f, _)| *f == self.word(control)) else {
            return false;
        };
        let Some(subject) = self.subject(control) else {
            return false;
        };
        let Some(targets) = self.objects(p + 1, action) else {
            return false;
        };
        let (action, rule, trigger) = if lemma == "threaten" {
            let threaten = Action {
                lemma: "threaten",
                kind: RelationType("THREATEN"),
                cameo: "130",
                prep: "",
            };
            let span = Span::new(self.toks[control].span.start, self.toks[p].span.end);
            (threaten, "threaten-to-infinitive", span)
        } else {
            (action, "control-to-infinitive", self.toks[p].span)
        };
        let negated = subject.negated || matches!(lemma, "refuse" | "decline" | "fail");
        let modality = match lemma {
            "threaten" | "refuse" | "decline" | "fail" | "continue" | "begin" | "start" => {
                subject.modality
            }
            _ => Some(lemma),
        };
        self.emit(
            action,
            &subject.actors,
            &targets,
            trigger,
            rule,
            0.7,
            negated,
            modality,
        );
        true
    }

    /// Tries the nominal patterns on the action noun at `n`.
    fn nominal(&mut self, n: usize, action: Action) -> bool {
        let prep = self.word(n + 1);
        if prep.is_empty() || !action.prep.split('|').any(|p| p == prep) {
            return false;
        }
        let prep_is_of = prep == "of";
        let Some(targets) = self.objects(n + 2, Action { prep: "", ..action }) else {
            return false;
        };
        let trigger = self.toks[n].span;
        // `X's invasion of Y`: up to two modifiers between.
        let mut j = n;
        for _ in 0..3 {
            if self.is(j.wrapping_sub(1), TokKind::Possessive) {
                if let Some(a) = self.last_of.get(j.wrapping_sub(2)).copied().flatten() {
                    self.emit(
                        action,
                        &[a],
                        &targets,
                        trigger,
                        "nominal-possessive",
                        0.75,
                        false,
                        None,
                    );
                    return true;
                }
                break;
            }
            if !self.is_modifier(j.wrapping_sub(1)) {
                break;
            }
            j -= 1;
        }
        // `the Russian invasion of Y`, `US strikes on Y`: at most one
        // modifier between, and not a verb (`China held talks`).
        let mut j = n;
        for _ in 0..2 {
            if let Some(a) = self.last_of.get(j.wrapping_sub(1)).copied().flatten() {
                let actor = self.actors[a];
                let before = self.word(actor.first.wrapping_sub(1));
                let adjective = matches!(
                    actor.kind,
                    EntityType::Gpe | EntityType::Norp | EntityType::Org
                ) && !actor.weak;
                // `a US lawsuit` is one filed in the US, not by it.
                if adjective
                    && !PREPOSITIONS.contains(&before)
                    && !matches!(action.lemma, "lawsuit" | "suit")
                {
                    // `j < n`: a word between; it must not be a verb.
                    let between = self.word(j);
                    if j < n && (LIGHT_VERBS.contains(&between) || !verb(between).is_empty()) {
                        break;
                    }
                    self.emit(
                        action,
                        &[a],
                        &targets,
                        trigger,
                        "nominal-adjective",
                        0.65,
                        false,
                        None,
                    );
                    return true;
                }
                break;
            }
            if !self.is_modifier(j.wrapping_sub(1)) {
                break;
            }
            j -= 1;
        }
        // `the invasion of Y by X`.
        if prep_is_of {
            let last = targets
                .iter()
                .map(|&t| self.actors[t].last)
                .max()
                .unwrap_or(n);
            if self.word(last + 1) == "by" {
                if let Some(agents) = self.by_agent(last + 1) {
                    self.emit(
                        action,
                        &agents,
                        &targets,
                        trigger,
                        "nominal-of-by",
                        0.7,
                        false,
                        None,
                    );
                    return true;
                }
            }
        }
        // `X launched an attack on Y`.
        let mut j = n;
        for _ in 0..4 {
            let w = self.word(j.wrapping_sub(1));
            if LIGHT_VERBS.contains(&w) && j - 1 < n {
                if let Some(subject) = self.subject(j - 1) {
                    self.emit(
                        action,
                        &subject.actors,
                        &targets,
                        trigger,
                        "light-verb-nominal",
                        0.7,
                        subject.negated,
                        subject.modality,
                    );
                    return true;
                }
                return false;
            }
            if !(LIGHT_FILLERS.contains(&w) || self.is_modifier(j.wrapping_sub(1))) {
                break;
            }
            j -= 1;
        }
        false
    }

    /// True when the possessed noun at `i` (after at most two modifiers)
    /// makes its possessor the target: people acting for it (`attacked
    /// Russia's troops`), or, for attitudes, what it said or did
    /// (`rejected Russia's proposal`, `condemned Russia's invasion`).
    fn possessor_target(&self, start: usize, kind: RelationType) -> bool {
        for i in start..start + 3 {
            let w = self.word(i);
            if AGENT_NOUNS.contains(&w) {
                return true;
            }
            if attitude(kind) && (CONTENT_NOUNS.contains(&w) || !noun(w).is_empty()) {
                return true;
            }
            if !self.is_modifier(i) {
                return false;
            }
        }
        false
    }

    /// True when the token at `i`, right after a target, leaves the actor a
    /// target: punctuation, a function word, an adverb, a capitalised word
    /// or a noun for the people acting for it (`the US government`).
    fn may_follow_target(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return true;
        };
        if t.kind != TokKind::Word || self.first_of[i].is_some() {
            return true;
        }
        let w = t.lower.as_ref();
        let raw = t.span.as_str(&self.doc.text);
        !raw.starts_with(char::is_lowercase)
            || looks_like_verb(w)
            || FOLLOWERS.contains(&w)
            || PREPOSITIONS.contains(&w)
            || AGENT_NOUNS.contains(&w)
            || ADVERBS.contains(&w)
            || (w.len() > 4 && w.ends_with("ly"))
    }

    /// A lower-case word that can modify an action noun (`full-scale`,
    /// `brutal`), not a function word.
    fn is_modifier(&self, i: usize) -> bool {
        let w = self.word(i);
        !w.is_empty()
            && self.first_of[i].is_none()
            && self.last_of[i].is_none()
            && !STOP_WORDS.contains(&w)
            && !PREPOSITIONS.contains(&w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && self.toks[i]
                .span
                .as_str(&self.doc.text)
                .starts_with(|c: char| c.is_lowercase())
    }

    /// The subject of the verb group ending just before token `p`: walks
    /// back over auxiliaries, modals, negation and adverbs to an actor.
    fn subject(&self, p: usize) -> Option<Subject> {
        let mut s = Subject::default();
        let mut j = p;
        while j > 0 {
            let i = j - 1;
            if self.last_of[i].is_some() {
                break;
            }
            let w = self.word(i);
            if w.is_empty() {
                break;
            }
            if NEGATIONS.contains(&w) {
                s.negated = true;
            } else if let Some(stem) = w.strip_suffix("n't").or_else(|| w.strip_suffix("n’t")) {
                s.negated = true;
                let aux = match stem {
                    "wo" => Some("will"),
                    "ca" => Some("can"),
                    "sha" => Some("shall"),
                    _ => MODALS.iter().find(|m| **m == stem).copied(),
                };
                if aux.is_some() && s.modality.is_none() {
                    s.modality = aux;
                }
                s.nearest_aux.get_or_insert(i);
            } else if let Some(m) = MODALS.iter().find(|m| **m == w) {
                s.modality.get_or_insert(m);
                s.nearest_aux.get_or_insert(i);
            } else if AUX.contains(&w) {
                s.nearest_aux.get_or_insert(i);
            } else if !(ADVERBS.contains(&w) || (w.len() > 4 && w.ends_with("ly"))) {
                break;
            }
            j -= 1;
        }
        let end = j.checked_sub(1)?;
        let a = if let Some(a) = self.last_of[end] {
            // `The American could meet Rusedski`: a nationality alone is
            // a person or a people, not its country.
            if self.actors[a].norp {
                return None;
            }
            a
        } else if AGENT_NOUNS.contains(&self.word(end)) {
            // `Russian troops`, `China's government`.
            let mut k = end.checked_sub(1)?;
            if self.is(k, TokKind::Possessive) {
                k = k.checked_sub(1)?;
            }
            let a = self.last_of[k]?;
            if self.actors[a].kind == EntityType::Person {
                return None;
            }
            a
        } else if matches!(self.word(end), "who" | "which" | "that")
            && end >= 2
            && self.toks[end - 1].lower == ","
        {
            self.last_of[end - 2]?
        } else {
            return None;
        };
        // `... aid to Ukraine will help` : Ukraine is not the subject.
        let first = self.actors[a].first;
        if first > 0 && PREPOSITIONS.contains(&self.word(first - 1)) {
            return None;
        }
        s.actors.push(a);
        // `China and Russia accused`, `Japan, China and Russia accused`;
        // a comma only before an `and` (`In Ukraine, Russia attacked`).
        let mut first = first;
        let mut and = false;
        loop {
            let mut k = first;
            if self.word(k.wrapping_sub(1)) == "the" {
                k -= 1;
            }
            if k < 2 {
                break;
            }
            match self.toks[k - 1].lower.as_ref() {
                "and" => and = true,
                "," if and => {}
                _ => break,
            }
            match self.last_of[k - 2] {
                Some(b) => {
                    s.actors.push(b);
                    first = self.actors[b].first;
                }
                None => break,
            }
        }
        Some(s)
    }

    /// The targets after a verb: the preposition words, an optional `the`,
    /// then one actor or a coordination of actors. `None` when anything
    /// else comes first (`attacked the vote`).
    fn objects(&self, q: usize, action: Action) -> Option<Vec<usize>> {
        let mut q = q;
        for w in action.prep.split_whitespace() {
            if self.word(q) != w {
                return None;
            }
            q += 1;
        }
        let mut targets = Vec::new();
        loop {
            if self.word(q) == "the" {
                q += 1;
            }
            let Some(mut a) = self.first_of.get(q).copied().flatten() else {
                break;
            };
            // `criticised US President Joe Biden`: the person, not the country.
            let mut k = self.actors[a].last + 1;
            let mut titles = 0;
            while titles < 4 && self.first_of.get(k).copied().flatten().is_none() {
                let t = match self.toks.get(k) {
                    Some(t) if t.kind == TokKind::Word => t,
                    _ => break,
                };
                let capitalised = t
                    .span
                    .as_str(&self.doc.text)
                    .starts_with(char::is_uppercase);
                if !(capitalised || TITLE_NOUNS.contains(&t.lower.as_ref())) {
                    break;
                }
                k += 1;
                titles += 1;
            }
            match self.first_of.get(k).copied().flatten() {
                // `US President Joe Biden`.
                Some(b) if titles > 0 && self.actors[b].kind == EntityType::Person => a = b,
                // `the US Anti-Doping Agency`: a name right after the actor
                // is what it modifies.
                Some(b) if titles == 0 => a = b,
                _ if titles > 0 => break,
                _ => {}
            }
            let actor = self.actors[a];
            if actor.norp {
                break;
            }
            let after = actor.last + 1;
            let possessive = self.is(after, TokKind::Possessive);
            if possessive && !self.possessor_target(after + 1, action.kind) {
                break;
            }
            // `denied Gerrard a goal`, `dismissed Drogba` are football: a
            // denial or dismissal is of what an actor said or did.
            if !possessive && (action.kind.0 == "DENY" || action.lemma == "dismiss") {
                break;
            }
            if !possessive && !self.may_follow_target(after) {
                break;
            }
            targets.push(a);
            let next = self.toks.get(after).map_or("", |t| t.lower.as_ref());
            if matches!(next, "and" | ",") {
                let mut r = after + 1;
                if self.word(r) == "the" {
                    r += 1;
                }
                // `X, Y and Z`: a comma joins actors only inside such a
                // list (`invasion of Ukraine, Stoltenberg said` is not one).
                let listed = self.first_of.get(r).copied().flatten().is_some_and(|b| {
                    next == "and"
                        || matches!(
                            self.toks
                                .get(self.actors[b].last + 1)
                                .map(|t| t.lower.as_ref()),
                            Some("and" | ",")
                        )
                });
                if listed {
                    q = after + 1;
                    continue;
                }
            }
            break;
        }
        (!targets.is_empty()).then_some(targets)
    }

    /// `by X (and Z)` at `q`: the agents of a passive or a nominal.
    fn by_agent(&self, q: usize) -> Option<Vec<usize>> {
        // Up to five words before `by` (`accused of espionage by X`).
        for q in q..q + 6 {
            if self.word(q) == "by" {
                let agents = self.objects(
                    q + 1,
                    Action {
                        lemma: "",
                        kind: RelationType(""),
                        cameo: "",
                        prep: "",
                    },
                )?;
                return Some(agents);
            }
            let w = self.word(q);
            if w.is_empty()
                || self.first_of[q].is_some()
                || matches!(w, "and" | "or" | "but" | "after" | "because" | "while")
                || looks_like_verb(w)
            {
                return None;
            }
        }
        None
    }

    #[allow(clippy::too_many_arguments)]
    fn emit(
        &mut self,
        action: Action,
        sources: &[usize],
        targets: &[usize],
        trigger: Span,
        rule: &'static str,
        confidence: f32,
        negated: bool,
        modality: Option<&'static str>,
    ) {
        for &s in sources {
            for &t in targets {
                let (src, tgt) = (self.actors[s], self.actors[t]);
                if src.entity == tgt.entity || tgt.norp || self.part_of(src.entity, tgt.entity) {
                    continue;
                }
                let mut kind = action.kind;
                // `Blair attacked Howard`: words, not weapons.
                if action.lemma == "attack"
                    && (src.kind == EntityType::Person
                        || (src.kind == EntityType::Org && tgt.kind == EntityType::Person))
                {
                    kind = RelationType("CRITICIZE");
                }
                let mut confidence = confidence;
                if src.weak || tgt.weak {
                    confidence *= 0.85;
                }
                if sources.len() > 1 || targets.len() > 1 {
                    confidence *= 0.9;
                }
                self.out.push(Relation {
                    sentence: self.sentence,
                    kind,
                    source: src.entity,
                    target: tgt.entity,
                    evidence: self.evidence,
                    trigger: Some(trigger),
                    quote: None,
                    rule,
                    confidence,
                    negated,
                    modality,
                    source_span: Some(src.span),
                    target_span: Some(tgt.span),
                });
            }
        }
    }

    /// True when one entity stands for the other (`the White House` and
    /// the United States): not a relation between two actors.
    fn part_of(&self, a: EntityRef, b: EntityRef) -> bool {
        let up = |x: EntityRef| match x {
            EntityRef::Known(id) => self.gazetteer.entity(id).part_of.map(EntityRef::Known),
            EntityRef::Discovered(_) => None,
        };
        up(a) == Some(b) || up(b) == Some(a)
    }
}

/// True for a word that is likely a verb (`criticism of NATO grew`), which
/// ends a noun phrase, unlike a noun (`the US insurance industry`).
fn looks_like_verb(w: &str) -> bool {
    #[rustfmt::skip]
    const VERBS: &[&str] = &[
        "began", "begins", "grew", "grows", "came", "comes", "went", "goes", "made", "makes",
        "took", "takes", "gave", "gives", "got", "gets", "left", "saw", "sees", "became",
        "becomes", "remains", "remain", "continues", "continue", "seems", "seem", "led", "leads",
        "won", "wins", "lost", "loses", "fell", "falls", "rose", "rises", "says", "said", "began",
        "sent", "sends", "brought", "brings", "put", "puts", "set", "sets", "ran", "runs", "drew",
        "draws", "meant", "means", "showed", "shows", "ended", "ends", "followed", "follows",
    ];
    w.ends_with("ed")
        || VERBS.contains(&w)
        || AUX.contains(&w)
        || MODALS.contains(&w)
        || !verb(w).is_empty()
        || crate::lexicon::speech_verb(w).is_some()
}

/// Types whose target may be the possessor of what they are about
/// (`criticised China's record`, `rejected Russia's proposal`).
fn attitude(kind: RelationType) -> bool {
    matches!(
        kind.0,
        "PRAISE" | "CRITICIZE" | "REJECT" | "DENY" | "PROTEST" | "DEMAND"
    )
}

/// Words and punctuation of `text[span]`; a possessive `'s` is its own
/// token (`Russia’s` → `Russia`, `’s`). `lowered` is `text[span]` in ASCII
/// lower case.
fn tokenize<'t>(text: &'t str, span: Span, lowered: &'t str) -> Vec<Tok<'t>> {
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    // ASCII lower-casing keeps every byte offset, so an ASCII token's lower
    // case is the same range of the lowered sentence: one copy per sentence
    // instead of a test and an allocation per capitalised word.
    // About one token in five bytes of news: room for a sentence's tokens
    // at once (a huge record grows as before).
    let mut out: Vec<Tok<'t>> = Vec::with_capacity((s.len() / 4 + 1).min(4096));
    let lower_of = |start: usize, end: usize| -> Cow<'t, str> {
        let raw = &s[start..end];
        if raw.is_ascii() {
            // ASCII has no `’` to replace.
            Cow::Borrowed(&lowered[start..end])
        } else {
            Cow::Owned(raw.to_lowercase().replace('’', "'"))
        }
    };
    let push = |out: &mut Vec<Tok<'t>>, start: usize, end: usize, kind: TokKind| {
        out.push(Tok {
            span: Span::new(span.start + start, span.start + end),
            lower: lower_of(start, end),
            kind,
        });
    };
    let is_apostrophe = |c: char| matches!(c, '\'' | '’');
    // `'s` ending a word: an `s` not followed by a letter or digit.
    let possessive_at = |i: usize| {
        let rest = &s[i..];
        let mut chars = rest.chars();
        matches!(chars.next(), Some(c) if is_apostrophe(c))
            && matches!(chars.next(), Some('s' | 'S'))
            && !chars.next().is_some_and(char::is_alphanumeric)
    };
    let mut i = 0;
    while i < s.len() {
        // ASCII (nearly every byte of news) without decoding a `char`.
        let c = match bytes[i] {
            b if b < 0x80 => char::from(b),
            _ => s[i..].chars().next().unwrap_or(' '),
        };
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let mut end = i + len;
            // An ASCII word (nearly every one) is known to be one from its
            // bytes as they are read: its lower case is taken from
            // `lowered` without a second pass over it.
            let mut ascii = len == 1;
            loop {
                // Runs of ASCII letters and digits eight bytes at a time.
                end = token::ascii_alnum_end(bytes, end);
                let Some(&b) = bytes.get(end) else {
                    break;
                };
                let d = match b {
                    b if b < 0x80 => char::from(b),
                    _ => s[end..].chars().next().unwrap_or(' '),
                };
                if d.is_alphanumeric() {
                    ascii = false;
                    end += d.len_utf8();
                    continue;
                }
                if matches!(d, '-' | '.' | '&') || is_apostrophe(d) {
                    if is_apostrophe(d) && possessive_at(end) {
                        break;
                    }
                    let after = end + d.len_utf8();
                    if s[after..].starts_with(char::is_alphanumeric) {
                        ascii &= d.is_ascii();
                        end = after;
                        continue;
                    }
                    if d == '.' && is_initialism(&s[start..end]) {
                        end = after;
                    }
                }
                break;
            }
            let lower = if ascii {
                Cow::Borrowed(&lowered[start..end])
            } else {
                lower_of(start, end)
            };
            out.push(Tok {
                span: Span::new(span.start + start, span.start + end),
                lower,
                kind: TokKind::Word,
            });
            i = end;
            continue;
        }
        if is_apostrophe(c) && out.last().is_some_and(|t| t.span.end == span.start + i) {
            if possessive_at(i) {
                push(&mut out, i, i + len + 1, TokKind::Possessive);
                i += len + 1;
                continue;
            }
            // `the allies' support`.
            if out.last().is_some_and(|t| t.lower.ends_with('s'))
                && !s[i + len..].starts_with(char::is_alphanumeric)
            {
                push(&mut out, i, i + len, TokKind::Possessive);
                i += len;
                continue;
            }
        }
        push(&mut out, i, i + len, TokKind::Punct);
        i += len;
    }
    out
}

/// False only when no word [`tokenize`] finds in `s` (a sentence) that
/// starts before byte `limit` is in the action lexicon, where
/// [`Clause::find`] starts every pattern. May be true when none is.
///
/// Every form is ASCII letters and hyphens (a test checks), and only ASCII
/// letters and the Kelvin sign lower-case to ASCII letters (a test checks),
/// so a word that is a form is a run of ASCII letters and digits, with
/// hyphens inside, that `tokenize` starts after a byte that is no ASCII
/// letter or digit, and that ends where no such byte or hyphen before one
/// follows. Each such run is looked up from each of its starts (after a
/// hyphen too: `Russia's-attack` holds the word `attack`), without building
/// the tokens: a fifth of the cost of `tokenize` alone.
///
/// Reads `s` as written, lower-casing only the runs whose shape some form
/// has: two sentences in three are ruled out here, before the sentence is
/// copied and lower-cased for [`Clause::new`].
fn may_hold_action_word(s: &str, limit: usize) -> bool {
    if has_kelvin_sign(s) {
        return true;
    }
    let lex = &*LEXICON;
    let bytes = s.as_bytes();
    // The runs are found eight bytes at a time: a byte at a time, this
    // walk over every sentence with two actors cost a quarter of the
    // stage.
    let run_end = |j: usize| token::ascii_alnum_end(bytes, j);
    let limit = limit.min(bytes.len());
    let mut i = 0;
    while i < limit {
        if !token::is_alnum_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let first = run_end(i);
        let mut end = first;
        while bytes.get(end) == Some(&b'-')
            && bytes.get(end + 1).is_some_and(|&b| token::is_alnum_byte(b))
        {
            end = run_end(end + 1);
        }
        // `i` and `end` are at ASCII bytes or the end: char boundaries,
        // and `s[i..end]` is ASCII.
        if is_action_form_any_case(lex, &s[i..end]) {
            return true;
        }
        i = first;
    }
    false
}

/// True when the ASCII `word`, in lower case, is a form of the action
/// lexicon. The shape test (the case of letters aside) rules out most
/// words before a lower-case copy is made and hashed.
fn is_action_form_any_case(lex: &Lexicon, word: &str) -> bool {
    if !lex.shapes.may_contain(word) {
        return false;
    }
    let mut buf = [0u8; 32];
    match token::ascii_lower(word, &mut buf) {
        Some(lower) => lex.forms.contains_key(lower),
        None => lex.forms.contains_key(word.to_ascii_lowercase().as_str()),
    }
}

/// True when `s` holds the Kelvin sign (`\u{212A}`, bytes E2 84 AA), the
/// one non-ASCII character that lower-cases to an ASCII letter. Its last
/// byte is rare in news (curly quotes and dashes end in others): a search
/// for it, then a look at the two before, instead of a scan that stops at
/// each E2.
fn has_kelvin_sign(s: &str) -> bool {
    let bytes = s.as_bytes();
    memchr::memchr_iter(0xAA, bytes).any(|i| i >= 2 && bytes[i - 2..i] == [0xE2, 0x84])
}

/// `U.S`, `U.K`: single letters joined by periods.
fn is_initialism(s: &str) -> bool {
    s.len() >= 3 && s.split('.').all(|p| p.chars().count() == 1)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::pipeline::Pipeline;

    const GAZETTEER: &str = "id\tname\ttype\taliases\tpart_of
Q148\tChina\tGPE\tPRC\t
Q956\tBeijing\tGPE\t\tQ148
Q159\tRussia\tGPE\t\t
Q649\tMoscow\tGPE\t\tQ159
Q212\tUkraine\tGPE\t\t
Q30\tUnited States\tGPE\tUS|U.S.\t
Q61\tWashington\tGPE\t\tQ30
Q17\tJapan\tGPE\t\t
Q458\tEuropean Union\tORG\tEU\t
Q7184\tNATO\tORG\t\t
Q7747\tVladimir Putin\tPERSON\tPutin\t
Q6279\tJoe Biden\tPERSON\tBiden\t
Q9545\tTony Blair\tPERSON\tBlair\t
Q2\tMichael Howard\tPERSON\tHoward\t
N1\tRussian\tNORP\tRussians\tQ159
N2\tChinese\tNORP\t\tQ148
";

    fn pipeline() -> Pipeline {
        let rows =
            crate::gazetteer::load::read_delimited(Path::new("t.tsv"), GAZETTEER.as_bytes(), b'\t')
                .unwrap();
        Pipeline::with_gazetteer(Gazetteer::from_rows(rows).unwrap())
    }

    /// `Source TYPE Target`, with ` !neg` for negated and ` ?modality`.
    fn actions(pipeline: &Pipeline, text: &str) -> Vec<String> {
        let mut doc = Document::new("t", text);
        pipeline.annotate(&mut doc);
        let g = pipeline.gazetteer();
        doc.relations
            .iter()
            .filter(|r| r.quote.is_none() && r.kind != RelationType::CO_MENTIONED)
            .map(|r| {
                let name = |e| pronoun::entity_name(g, &doc, e).to_string();
                let mut s = format!("{} {} {}", name(r.source), r.kind.0, name(r.target));
                if r.negated {
                    s.push_str(" !neg");
                }
                if let Some(m) = r.modality {
                    s.push_str(&format!(" ?{m}"));
                }
                s
            })
            .collect()
    }

    /// (name, text, relations, rule of the first).
    #[rustfmt::skip]
    const CASES: &[(&str, &str, &[&str], &str)] = &[
        ("active", "China accused Japan of spying.", &["China ACCUSE Japan"], "active-verb"),
        ("active-the", "Moscow accused the European Union of prolonging the war.", &["Russia ACCUSE European Union"], "active-verb"),
        ("active-aux-adverb", "Russia has repeatedly criticised NATO.", &["Russia CRITICIZE NATO"], "active-verb"),
        ("active-prep", "Japan met with China on Monday.", &["Japan MEET China"], "active-verb"),
        ("phrasal", "Tony Blair hit out at Michael Howard.", &["Tony Blair CRITICIZE Michael Howard"], "active-verb"),
        ("call-on", "The EU called on Russia to stop.", &["European Union APPEAL Russia"], "active-verb"),
        ("coordination", "China and Russia condemned NATO.", &["China CRITICIZE NATO", "Russia CRITICIZE NATO"], "active-verb"),
        ("object-coordination", "Japan sanctioned China and Russia.", &["Japan SANCTION China", "Japan SANCTION Russia"], "active-verb"),
        ("list-coordination", "NATO, Japan and the EU condemned China, Russia and Ukraine.", &["Japan CRITICIZE China", "Japan CRITICIZE Russia", "Japan CRITICIZE Ukraine", "European Union CRITICIZE China", "European Union CRITICIZE Russia", "European Union CRITICIZE Ukraine", "NATO CRITICIZE China", "NATO CRITICIZE Russia", "NATO CRITICIZE Ukraine"], "active-verb"),
        ("comma-not-list", "After the invasion of Ukraine, Russia met China.", &["Russia MEET China"], "active-verb"),
        ("title-person", "Russia criticised US President Joe Biden.", &["Russia CRITICIZE Joe Biden"], "active-verb"),
        ("agent-noun", "Russian troops invaded Ukraine.", &["Russia ATTACK Ukraine"], "active-verb"),
        ("negated", "China did not attack Japan.", &["China ATTACK Japan !neg"], "active-verb"),
        ("negated-contraction", "China didn't attack Japan.", &["China ATTACK Japan !neg"], "active-verb"),
        ("modal", "Russia could invade Ukraine.", &["Russia ATTACK Ukraine ?could"], "active-verb"),
        ("passive", "Japan was accused by China of spying.", &["China ACCUSE Japan"], "passive-by"),
        ("passive-gap", "Japan was accused of espionage by China.", &["China ACCUSE Japan"], "passive-by"),
        ("passive-negated", "Japan has not been sanctioned by the EU.", &["European Union SANCTION Japan !neg"], "passive-by"),
        ("passive-reduced", "Ukraine, invaded by Russia in 2022, fought back.", &["Russia ATTACK Ukraine"], "passive-by"),
        ("passive-no-agent", "Japan was attacked on Monday by gunmen near China.", &[], ""),
        ("causative", "The balloons prompted Washington to accuse Beijing of espionage.", &["United States ACCUSE China"], "to-infinitive-object"),
        ("request", "NATO urged Japan to sanction Russia.", &["NATO APPEAL Japan", "Japan SANCTION Russia ?urge"], "active-verb"),
        ("control", "China plans to visit Japan.", &["China MEET Japan ?plan"], "control-to-infinitive"),
        ("refuse", "Russia refused to meet Ukraine.", &["Russia MEET Ukraine !neg"], "control-to-infinitive"),
        ("threaten-to", "Russia threatened to invade Ukraine.", &["Russia THREATEN Ukraine"], "threaten-to-infinitive"),
        ("denied-gerund", "Russia denied attacking Ukraine.", &["Russia ATTACK Ukraine !neg"], "denied-gerund"),
        ("nominal-possessive", "Ahead of the anniversary of Russia’s invasion of Ukraine, he spoke.", &["Russia ATTACK Ukraine"], "nominal-possessive"),
        ("nominal-possessive-adj", "China's full-scale invasion of Japan.", &["China ATTACK Japan"], "nominal-possessive"),
        ("nominal-criticism", "China's criticism of NATO grew.", &["China CRITICIZE NATO"], "nominal-possessive"),
        ("nominal-adjective", "The Russian invasion of Ukraine began.", &["Russia ATTACK Ukraine"], "nominal-adjective"),
        ("nominal-of-by", "The invasion of Ukraine by Russia shocked Japan.", &["Russia ATTACK Ukraine"], "nominal-of-by"),
        ("light-verb", "Russia launched an attack on Ukraine.", &["Russia ATTACK Ukraine"], "light-verb-nominal"),
        ("light-verb-talks", "China held talks with Japan.", &["China MEET Japan"], "light-verb-nominal"),
        ("verbal-attack", "Tony Blair attacked Michael Howard over tax.", &["Tony Blair CRITICIZE Michael Howard"], "active-verb"),
        ("possessor-object", "Japan rejected China's proposal.", &["Japan REJECT China"], "active-verb"),
        ("possessor-agent", "Japan attacked Russia's troops.", &["Japan ATTACK Russia"], "active-verb"),
        ("agent-after-target", "Japan criticised the US government.", &["Japan CRITICIZE United States"], "active-verb"),
        // `the US Anti-Doping Agency`: the agency acts, not the US.
        ("passive-name-after", "Japan was suspended by the US Anti-Doping Agency.", &["Anti-Doping Agency SANCTION Japan"], "passive-by"),
        // Traps: no relation.
        ("no-object", "China and Russia attacked.", &[], ""),
        ("attack-on-vote", "China condemned the attack on the vote.", &[], ""),
        ("object-not-actor", "China attacked the plan of Japan.", &[], ""),
        ("possessor-meet", "Japan visited China's capital.", &[], ""),
        ("possessor-subject", "China's foreign minister accused Japan.", &[], ""),
        ("prep-subject", "Aid to Ukraine will help Japan.", &[], ""),
        ("modifier", "Chinese-made drones attacked Japan.", &[], ""),
        ("success", "China is watching Russia’s success in Ukraine.", &[], ""),
        ("comma-clause", "China, Japan said, attacked.", &[], ""),
        ("target-modifier", "Japan urged London mayor Ken Livingstone to apologise.", &[], ""),
        ("target-noun", "Japan's investigation of the US insurance industry.", &[], ""),
        ("possessor-people", "Japan accused China's top sprinters of lacking pride.", &[], ""),
        ("by-across-clause", "Japan is suspended and could be replaced by China.", &[], ""),
        ("dismiss-person", "The referee Anders Frisk dismissed China.", &[], ""),
        ("us-lawsuit", "Yukos filed a US lawsuit against Gazprom and China.", &[], ""),
        ("deny-person", "Japan denied China with a late tackle.", &[], ""),
        ("norp-person", "The American could meet China in the final.", &[], ""),
        ("growing-power", "China’s growing economic and military power poses a challenge to Japan.", &[], ""),
    ];

    #[test]
    fn action_cases() {
        let p = pipeline();
        let mut failures = Vec::new();
        for (name, text, want, rule) in CASES {
            let got = actions(&p, text);
            if got != *want {
                failures.push(format!("{name}: {text:?}\n  want {want:?}\n  got  {got:?}"));
                continue;
            }
            if !rule.is_empty() {
                let mut doc = Document::new("t", *text);
                p.annotate(&mut doc);
                let first = doc
                    .relations
                    .iter()
                    .find(|r| r.quote.is_none() && r.kind != RelationType::CO_MENTIONED)
                    .map(|r| r.rule);
                if first != Some(*rule) {
                    failures.push(format!("{name}: rule {first:?}, want {rule}"));
                }
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn spans_point_at_the_words() {
        let p = pipeline();
        let text = "The balloons prompted Washington to accuse Beijing of espionage.";
        let mut doc = Document::new("t", text);
        p.annotate(&mut doc);
        let r = doc
            .relations
            .iter()
            .find(|r| r.kind.0 == "ACCUSE")
            .expect("an ACCUSE relation");
        assert_eq!(doc.str(r.trigger.unwrap()), "accuse");
        assert_eq!(doc.str(r.source_span.unwrap()), "Washington");
        assert_eq!(doc.str(r.target_span.unwrap()), "Beijing");
        assert_eq!(doc.str(r.evidence), text);
    }

    #[test]
    fn lexicon_has_fixed_inflections() {
        for (form, lemma, bit) in [
            ("slammed", "slam", PAST),
            ("hitting", "hit", ING),
            ("attacked", "attack", PART),
            ("struck", "strike", PAST),
            ("expelled", "expel", PART),
            ("sued", "sue", PAST),
        ] {
            assert!(
                verb(form)
                    .iter()
                    .any(|(a, b)| a.lemma == lemma && b & bit != 0),
                "{form}"
            );
        }
        assert!(verb("hited").is_empty() && verb("slamed").is_empty());
        assert_eq!(noun("invasion")[0].kind.0, "ATTACK");
    }

    #[test]
    fn tokens_split_possessives() {
        let text = "Russia’s allies' U.S. Chinese-made didn't";
        let lowered = text.to_ascii_lowercase();
        let toks = tokenize(text, Span::new(0, text.len()), &lowered);
        let got: Vec<(&str, TokKind)> =
            toks.iter().map(|t| (t.span.as_str(text), t.kind)).collect();
        assert_eq!(
            got,
            [
                ("Russia", TokKind::Word),
                ("’s", TokKind::Possessive),
                ("allies", TokKind::Word),
                ("'", TokKind::Possessive),
                ("U.S.", TokKind::Word),
                ("Chinese-made", TokKind::Word),
                ("didn't", TokKind::Word),
            ]
        );
    }

    #[test]
    fn forms_are_ascii_letters_and_hyphens() {
        // `may_hold_action_word` relies on it.
        for form in LEXICON.forms.keys() {
            assert!(
                form.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{form:?}"
            );
        }
    }

    #[test]
    fn only_the_kelvin_sign_lowers_to_ascii() {
        // `may_hold_action_word` relies on it: any other non-ASCII
        // character keeps a word out of the lexicon.
        let to_ascii: Vec<char> = (0x80..=0x10_FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().all(|l| l.is_ascii()))
            .collect();
        assert_eq!(to_ascii, ['\u{212A}']);
    }

    /// [`may_hold_action_word`] as it was, on a lower-cased copy of the
    /// whole sentence, to check against.
    fn may_hold_action_word_by_copy(s: &str, lowered: &str) -> bool {
        if s.contains('\u{212A}') {
            return true;
        }
        let bytes = lowered.as_bytes();
        let run_end = |mut j: usize| {
            while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
                j += 1;
            }
            j
        };
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let first = run_end(i);
            let mut end = first;
            while bytes.get(end) == Some(&b'-')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                end = run_end(end + 1);
            }
            // `i` and `end` are at ASCII bytes or the end: char boundaries.
            if LEXICON.forms.contains_key(&lowered[i..end]) {
                return true;
            }
            i = first;
        }
        false
    }

    /// True when [`tokenize`] finds a word of the action lexicon in `text`
    /// that starts before byte `limit`.
    fn holds_action_word(text: &str, limit: usize) -> bool {
        let lowered = text.to_ascii_lowercase();
        tokenize(text, Span::new(0, text.len()), &lowered)
            .iter()
            .filter(|t| t.span.start < limit)
            .any(|t| t.kind == TokKind::Word && LEXICON.forms.contains_key(t.lower.as_ref()))
    }

    #[test]
    fn action_words_in_sentences() {
        const CASES: &[(&str, bool)] = &[
            ("Russia attacked Ukraine.", true),
            ("Russia's-attack on Kyiv", true),
            ("They co-operated with NATO", true),
            ("The \u{212A}ILLING of X", true),
            ("Nothing here, just words.", false),
            ("pre-attack", false),
            ("attack\u{e9}", false),
        ];
        for (text, want) in CASES {
            assert_eq!(holds_action_word(text, text.len()), *want, "{text:?}");
            if *want {
                assert!(may_hold_action_word(text, text.len()), "{text:?}");
            }
        }
        // Only words that start before the limit count.
        let text = "Russia attacked Ukraine.";
        assert!(may_hold_action_word(text, 8));
        assert!(!may_hold_action_word(text, 7));
    }

    #[test]
    fn kelvin_sign_is_found_by_its_bytes() {
        for (text, want) in [
            ("\u{212A}", true),
            ("the \u{212A}ILLING", true),
            ("\u{2019}\u{2026}\u{201C}", false),
            ("\u{AA} \u{122A} \u{212B}", false),
            ("", false),
        ] {
            assert_eq!(has_kelvin_sign(text), want, "{text:?}");
            assert_eq!(has_kelvin_sign(text), text.contains('\u{212A}'), "{text:?}");
        }
    }

    proptest::proptest! {
        // Enough cases to meet rare joins such as `'s-attack`.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]
        #[test]
        fn may_hold_action_word_when_tokenize_finds_one(parts in proptest::collection::vec(
            proptest::sample::select(&[
                "attack", "ATTACK", "met", "co-operate", "operate", "\u{212A}illing", "s", "x",
                "1", "\u{e9}", "\u{130}", "'", "\u{2019}", "'s", "\u{2019}S", "-", ".", "&", " ",
            ][..]),
            0..16,
        ), cut in 0usize..64) {
            let text: String = parts.concat();
            let limit = cut.min(text.len());
            if holds_action_word(&text, limit) {
                proptest::prop_assert!(may_hold_action_word(&text, limit), "{:?} {}", text, limit);
            }
            proptest::prop_assert_eq!(
                may_hold_action_word(&text, text.len()),
                may_hold_action_word_by_copy(&text, &text.to_ascii_lowercase()),
                "{:?}", text
            );
        }
    }
}
