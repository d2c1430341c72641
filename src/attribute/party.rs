//! Speakers and addressees next to a cue: who is named right before or
//! right after a speech verb, as written (a gazetteer mention, a pronoun, a
//! description such as `the company`, or an unknown capitalised name).

use crate::doc::{Document, EntityType, Mention, Via};
use crate::lexicon;
use crate::resolve::partial::strip_possessive;
use crate::resolve::pronoun::{self, PronounClass};
use crate::span::Span;
use crate::token;

/// What the words next to a cue name, before resolution.
#[derive(Clone, Debug, PartialEq)]
pub enum Cand {
    /// A mention with this span (looked up again after discovery).
    Mention(Span),
    /// A pronoun to resolve against earlier mentions.
    Pronoun(Span, PronounClass),
    /// A description of an organisation (`the company`, `the ministry`).
    OrgDescription(Span),
    /// A spokesperson or official of the entity mentioned at the span
    /// (`a spokesman for Microsoft`, `a Foreign Ministry spokesman`).
    SpokespersonOf(Span, Span),
    /// A capitalised name no gazetteer knows (`Smith`).
    Discover(Span, EntityType),
    /// A class of people that is not an entity (`reporters`, `analysts`).
    Class(Span),
    /// A description of a person named earlier (`the Republican nominee`,
    /// `the presidential spokesman`).
    PersonDescription(Span),
    /// A relative pronoun (`who said`): the person just named.
    Relative(Span),
}

impl Cand {
    /// The words that name the party.
    pub fn span(&self) -> Span {
        match *self {
            Cand::Mention(s)
            | Cand::Pronoun(s, _)
            | Cand::OrgDescription(s)
            | Cand::Discover(s, _)
            | Cand::PersonDescription(s)
            | Cand::Relative(s)
            | Cand::Class(s) => s,
            Cand::SpokespersonOf(s, _) => s,
        }
    }
}

/// Nouns that refer back to a company named earlier (`the company said`).
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "bank",
    "airline",
    "carrier",
    "retailer",
    "lender",
    "insurer",
    "broadcaster",
    "manufacturer",
    "maker",
    "carmaker",
    "automaker",
    "producer",
    "supplier",
    "chain",
    "operator",
    "conglomerate",
    "brand",
    "network",
    "newspaper",
    "club",
    "corporation",
    "consultancy",
    "utility",
    "partnership",
];

/// Nouns for an organisation that speaks (`the ministry said`): named by
/// an entity inside (`the Foreign Ministry`) or kept as a description.
const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "bank",
    "ministry",
    "government",
    "department",
    "agency",
    "organisation",
    "organization",
    "club",
    "party",
    "union",
    "council",
    "board",
    "court",
    "airline",
    "carrier",
    "retailer",
    "regulator",
    "commission",
    "administration",
    "alliance",
    "team",
    "broadcaster",
    "network",
    "newspaper",
    "website",
    "embassy",
    "office",
    "police",
    "army",
    "military",
    "committee",
    "association",
    "institute",
    "lender",
    "insurer",
    "campaign",
    // `The exchange said` after `The New York Stock Exchange said`.
    "exchange",
    "bureau",
    "federation",
    "foundation",
    "fund",
];

/// Nouns for someone speaking for an organisation.
const SPOKESPERSON_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "spokeswomen",
    "official",
    "officials",
    "representative",
    "source",
    "sources",
    "statement",
    "executive",
    "executives",
];

/// The plural noun `word` is, for a group that speaks for an organisation
/// or country (`Officials` → `officials`): the plurals of
/// [`SPOKESPERSON_NOUNS`] that name people.
pub fn group_spokesperson_noun(word: &str) -> Option<&'static str> {
    ["officials", "sources", "spokesmen", "executives"]
        .into_iter()
        .find(|n| n.eq_ignore_ascii_case(word))
}

/// The body an unnamed spokesperson's class names, which they speak for:
/// `finance ministry` of `finance ministry spokesman`, `central bank` of
/// `senior central bank official`, `union` of `union officials` (not a
/// company's or a firm's, which says nothing without its name). The
/// speaker stays that class until the quotes of a document are resolved,
/// so that `he` and `they` still fit it.
pub fn body_of_spokesperson_class(name: &str) -> Option<&str> {
    const BODIES: &[&str] = &[
        "ministry",
        "department",
        "bank",
        "government",
        "union",
        "committee",
        "commission",
        "administration",
        "agency",
        "embassy",
        "treasury",
        "council",
        "board",
        "authority",
        "police",
        "military",
        "army",
        "navy",
        "party",
        "campaign",
    ];
    const RANKS: &[&str] = &["senior", "top", "junior", "chief", "deputy", "high-ranking"];
    let (body, person) = name.rsplit_once(' ')?;
    if !matches!(
        person,
        "spokesman" | "spokeswoman" | "spokesperson" | "spokesmen" | "official" | "officials"
    ) {
        return None;
    }
    let head = token::after_last_space(body);
    if !BODIES.contains(&head)
        || !body
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-')
    {
        return None;
    }
    // `bank officials`, `party officials`: people at many banks or in a
    // party, not one body (a `central bank`'s are).
    // Nor `government mining and central bank officials`, of several.
    let plural = person.ends_with('s');
    let several = body.split(' ').any(|w| matches!(w, "and" | "or"));
    if several || plural && matches!(body, "bank" | "party" | "senior bank" | "senior party") {
        return None;
    }
    let mut body = body;
    while let Some((first, rest)) = body.split_once(' ') {
        if !RANKS.contains(&first) {
            break;
        }
        body = rest;
    }
    Some(body)
}

/// People in trade and the professions, who speak for themselves or a
/// firm, never for the country their nationality names (`a Spanish
/// broker`, `West German bankers`).
const PRIVATE_PERSON_NOUNS: &[&str] = &[
    "analyst",
    "analysts",
    "banker",
    "bankers",
    "broker",
    "brokers",
    "dealer",
    "dealers",
    "economist",
    "economists",
    "expert",
    "experts",
    "investor",
    "investors",
    "lawyer",
    "lawyers",
    "trader",
    "traders",
    "businessman",
    "businessmen",
    "businesswoman",
    "farmer",
    "farmers",
    "scientist",
    "scientists",
    "doctor",
    "doctors",
    "journalist",
    "journalists",
];

/// True for a noun of [`PRIVATE_PERSON_NOUNS`], in any case.
pub fn is_private_person_noun(word: &str) -> bool {
    token::with_lower(word, |w| PRIVATE_PERSON_NOUNS.contains(&w))
}

/// Nouns for one person who speaks for an organisation the text may not
/// name (`the official`, `a senior official`).
const UNNAMED_PERSON_NOUNS: &[&str] = &["official", "spokesman", "spokeswoman", "spokesperson"];

/// The unnamed-person noun `word` is (`Spokesman` → `spokesman`).
pub fn unnamed_person_noun(word: &str) -> Option<&'static str> {
    UNNAMED_PERSON_NOUNS
        .iter()
        .find(|n| n.eq_ignore_ascii_case(word))
        .copied()
}

/// True for a noun that may stand for someone the text never names.
pub fn is_unnamed_person_noun(word: &str) -> bool {
    unnamed_person_noun(word).is_some()
}

/// `36-year-old`: a person described by age (in lower case).
fn is_aged(lower: &str) -> bool {
    lower
        .strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `One Mexican mining sector official`, `a senior official`: someone
/// unnamed, kept as the description; `the (mining sector) official`:
/// someone described before.
fn unnamed_person(doc: &Document, w: Span, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    // Back over at most three lower-case or capitalised modifiers to the
    // article.
    let mut pos = w.start;
    for _ in 0..4 {
        let p = token::word_before(text, pos, lo)?;
        if !token::only_space_between(text, p.end, pos) {
            return None;
        }
        match p.as_str(text).to_ascii_lowercase().as_str() {
            "a" | "an" | "one" | "another" => {
                return Some(Cand::Class(Span::new(p.start, w.end)));
            }
            "the" => return Some(Cand::PersonDescription(Span::new(p.start, w.end))),
            m if m.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !matches!(m, "and" | "or" | "of" | "for" | "who" | "which" | "that") =>
            {
                pos = p.start;
            }
            _ => return None,
        }
    }
    None
}

/// Nouns for an organisation or a document that speaks for its owner
/// (`Trump's campaign`, `Mr Sands' book`). A `match`: [`before`] asks it
/// of the word before most cues, and a scan of a list cost ten times
/// more.
fn is_owned_noun(word: &str) -> bool {
    matches!(
        word,
        "campaign"
            | "office"
            | "team"
            | "staff"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "book"
            | "memoir"
            | "report"
            | "study"
            | "research"
            | "analysis"
            | "statement"
            | "letter"
            | "email"
            | "e-mail"
            | "memo"
            | "tweet"
            | "op-ed"
            | "column"
            | "ad"
            | "video"
            | "website"
            | "lawyers"
            | "attorneys"
            | "aides"
            | "brief"
            | "filing"
            | "lawsuit"
            | "complaint"
            | "petition"
            | "manifesto"
    )
}

/// The mention of an owner right before `w` (`Trump's`, `Sands'`), with
/// at most one plain word between (`Trump's presidential campaign`).
pub fn possessive_before(doc: &Document, w: Span, lo: usize) -> Option<Span> {
    let text = doc.text.as_str();
    let mut pos = w.start;
    for _ in 0..2 {
        let p = token::word_before(text, pos, lo)?;
        let gap = text[p.end..pos].trim_end();
        let apostrophe_gap = matches!(gap, "'" | "\u{2019}");
        if !token::only_space_between(text, p.end, pos) && !apostrophe_gap {
            return None;
        }
        if apostrophe_gap {
            // `Mr Sands' book`
            return mention_ending_at(&doc.mentions, p.end).map(|m| m.span);
        }
        let word = p.as_str(text);
        let bare = strip_possessive(word);
        let apostrophe = text[..p.end].ends_with('\'') || text[..p.end].ends_with('\u{2019}');
        if bare.len() < word.len() || apostrophe {
            let end = p.start + bare.len();
            let end = if apostrophe && bare.len() == word.len() {
                p.end
            } else {
                end
            };
            return mention_ending_at(&doc.mentions, end).map(|m| m.span);
        }
        if !word.chars().all(|c| c.is_lowercase()) {
            return None;
        }
        pos = p.start;
    }
    None
}

/// People spoken of as a group, not an entity.
const CLASS_NOUNS: &[&str] = &[
    "reporters",
    "journalists",
    "analysts",
    "experts",
    "economists",
    "officials",
    "critics",
    "witnesses",
    "witness",
    "residents",
    "observers",
    "diplomats",
    "lawmakers",
    "investors",
    "traders",
    "dealers",
    "sources",
    "campaigners",
    "protesters",
    "supporters",
    "researchers",
    "scientists",
    "doctors",
    "police",
    "parliament",
    "mps",
    "the press",
    "the media",
    "jurors",
    "members",
    "voters",
    "fans",
    "students",
    "workers",
    "staff",
    "colleagues",
    "friends",
];

/// A lower-case plural noun (`activists`, `lawmakers`) or a count word
/// (`percent`, `majority`, `slide`): the head of a group that speaks.
pub fn is_group_noun(word: &str) -> bool {
    // Lowered on the stack: `before` asks of the word before most cues.
    let mut buf = [0u8; 32];
    is_group_noun_lower(word, &token::lower_in(word, &mut buf))
}

/// [`is_group_noun`] of `word` in lower case, `lower` (as
/// [`token::lower_in`] gives it): `before` has lowered the word already.
fn is_group_noun_lower(word: &str, lower: &str) -> bool {
    if matches!(
        lower,
        "percent"
            | "majority"
            | "minority"
            | "most"
            | "many"
            | "others"
            | "some"
            | "slide"
            | "poll"
            | "survey"
            | "study"
            | "report"
            | "statement"
            | "document"
            | "memo"
            | "letter"
            | "filing"
            | "data"
            | "figures"
            | "inquiry"
            | "investigation"
            | "review"
            | "audit"
            | "analysis"
            | "research"
            | "ruling"
            | "lawsuit"
            | "complaint"
            | "indictment"
            | "article"
            | "book"
            | "brief"
            | "motion"
            | "petition"
            | "order"
            | "opinion"
            | "verdict"
            | "judgment"
            | "resolution"
            | "proposal"
            | "agreement"
            | "treaty"
            | "guidance"
            | "manifesto"
            | "editorial"
            | "cable"
            | "dossier"
            | "affidavit"
            | "transcript"
            | "ad"
            | "advertisement"
            | "website"
            | "tweet"
    ) {
        return true;
    }
    word.chars().all(|c| c.is_ascii_lowercase())
        && word.len() > 4
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("ous")
        && !word.ends_with("ness")
        && !matches!(
            word,
            "always"
                | "perhaps"
                | "sometimes"
                | "nevertheless"
                | "news"
                | "was"
                | "has"
                | "does"
                | "this"
                | "thus"
                | "years"
                | "times"
                | "days"
                | "weeks"
                | "months"
                | "hours"
                | "minutes"
        )
}

/// The start of the modifiers right before a noun (`Civil rights
/// activists`, `top black lawmakers`): up to three plain words.
fn modifier_start(doc: &Document, w: Span, lo: usize) -> usize {
    let text = doc.text.as_str();
    let mut start = w.start;
    for _ in 0..3 {
        let Some(p) = token::word_before(text, start, lo) else {
            break;
        };
        let pw = p.as_str(text);
        // `U.S. officials`: an initialism keeps its periods.
        let plain = pw
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        let function = is_function_word(&pw.to_ascii_lowercase());
        if !token::only_space_between(text, p.end, start) || !plain {
            break;
        }
        if function {
            if matches!(pw, "and" | "or") {
                // `Protesters and civic leaders`: a class of people before
                // the conjunction, with its own modifiers.
                if let Some(first) = conjoined_class(text, p, lo) {
                    start = modifier_start(doc, first, lo);
                // `government mining and central bank officials`.
                } else if start < w.start {
                    start = coordinated_modifiers(text, p, lo).unwrap_or(start);
                }
            }
            break;
        }
        // `Meanwhile large numbers of MPs`: a word that opens the clause
        // modifies nothing.
        if is_clause_opener(pw) {
            break;
        }
        start = p.start;
    }
    number_start(text, start)
}

/// Where a number written with thousands separators that ends at `start`
/// begins (`1,300 bosses`: the words are `1` and `300`); `start` itself
/// when no such number ends there.
fn number_start(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let digits_before = |end: usize| {
        let n = bytes[..end]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        end - n
    };
    if digits_before(start) != start || !bytes.get(start).is_some_and(u8::is_ascii_digit) {
        return start;
    }
    let mut begin = start;
    while begin >= 2 && bytes[begin - 1] == b',' && bytes[begin - 2].is_ascii_digit() {
        begin = digits_before(begin - 1);
    }
    begin
}

/// The noun for a class of people right before the conjunction `conj`
/// (`Protesters` in `Protesters and civic leaders`, `Farmers and
/// traders`), in any case: a listed class or a plural agent noun.
fn conjoined_class(text: &str, conj: Span, lo: usize) -> Option<Span> {
    let noun = token::word_before(text, conj.start, lo)?;
    let people = |lower: &str| {
        is_class_noun(lower)
            || ["ers", "ors", "ists", "ians", "ants", "ents"]
                .iter()
                .any(|s| lower.ends_with(s) && lower.len() > s.len() + 2)
    };
    (token::only_space_between(text, noun.end, conj.start)
        && token::with_lower(noun.as_str(text), people))
    .then_some(noun)
}

/// Conjunctions, prepositions, copulas and adverbs that end a run of
/// modifiers before a noun.
pub fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "and"
            | "or"
            | "but"
            | "although"
            | "though"
            | "whereas"
            | "unless"
            | "since"
            | "once"
            | "that"
            | "which"
            | "who"
            | "when"
            | "while"
            | "if"
            | "because"
            | "as"
            | "in"
            | "on"
            | "at"
            | "of"
            | "for"
            | "to"
            | "with"
            | "by"
            | "from"
            | "also"
            | "now"
            | "then"
            | "is"
            | "are"
            | "was"
            | "were"
    )
}

/// The start of up to three plain lower-case words before the conjunction
/// `conj` that open their phrase (a comma, a colon or `lo` before them):
/// the first conjunct of coordinated modifiers.
fn coordinated_modifiers(text: &str, conj: Span, lo: usize) -> Option<usize> {
    let mut start = conj.start;
    for _ in 0..3 {
        let Some(p) = token::word_before(text, start, lo) else {
            return (start < conj.start).then_some(start);
        };
        let between = &text[p.end..start];
        if !between.trim().is_empty() {
            let opens = between.trim().chars().all(|c| matches!(c, ',' | ':' | ';'));
            return (opens && start < conj.start).then_some(start);
        }
        let pw = p.as_str(text);
        if !pw.chars().all(|c| c.is_lowercase() || c == '-') || is_function_word(pw) {
            return None;
        }
        start = p.start;
    }
    None
}

/// Nouns for a person's role: a description with one of them as its head
/// refers back to the person named before (`the presidential spokesman`).
const PERSON_NOUNS: &[&str] = &[
    "president",
    "nominee",
    "candidate",
    "senator",
    "governor",
    "minister",
    "secretary",
    "treasurer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "executive",
    "director",
    "chairman",
    "chairwoman",
    "leader",
    "mayor",
    "lawyer",
    "attorney",
    "judge",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "commissioner",
    "manager",
    "coach",
    "player",
    "captain",
    "founder",
    "owner",
    "economist",
    "professor",
    "scientist",
    "researcher",
    "doctor",
    "author",
    "writer",
    "editor",
    "congressman",
    "congresswoman",
    "lawmaker",
    "representative",
    "general",
    "officer",
    "commander",
    "prosecutor",
    "chancellor",
    "premier",
    "businessman",
    "businesswoman",
    "billionaire",
    "star",
    "singer",
    "actor",
    "actress",
    "wife",
    "husband",
    "mother",
    "father",
    "son",
    "daughter",
    "democrat",
    "republican",
    "striker",
    "midfielder",
    "defender",
    "boss",
    "veteran",
    "incumbent",
    "challenger",
    "rival",
    "opponent",
    "host",
    "anchor",
    "reporter",
    "mp",
    "mep",
    "msp",
    "legislator",
    "envoy",
    // Sport, the arts and business, whom news names and then describes
    // (`said the giant winger`, `the DJ says`, `The entrepreneur said`).
    "champion",
    "winger",
    "goalkeeper",
    "skipper",
    "batsman",
    "bowler",
    "jockey",
    "sprinter",
    "athlete",
    "golfer",
    "boxer",
    "entrepreneur",
    "tycoon",
    "presenter",
    "dj",
    "chef",
    "designer",
    "comedian",
    "musician",
    "rapper",
    "guitarist",
    "novelist",
    "artist",
    "teenager",
    "youngster",
    "prop",
    "hooker",
    "flanker",
    "fly-half",
    "scrum-half",
    "full-back",
    "fullback",
    "forward",
    "keeper",
    "wicketkeeper",
    "all-rounder",
    "spinner",
    "quarterback",
    "pitcher",
    "swimmer",
    "cyclist",
    "referee",
    "umpire",
    "songwriter",
    "composer",
    "vocalist",
    "frontman",
    "drummer",
    "film-maker",
    "filmmaker",
    "playwright",
    "poet",
];

/// Small words that may stand between a speaker and the cue (a `match`,
/// as [`is_owned_noun`]).
fn is_listed_adverb(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "long"
            | "today"
            | "yesterday"
            | "tonight"
            | "later"
            | "then"
            | "previously"
            | "earlier"
            | "again"
            | "once"
            | "recently"
            | "has"
            | "had"
            | "have"
            | "reportedly"
            | "further"
            | "subsequently"
            | "repeatedly"
            | "publicly"
            | "separately"
            | "quickly"
            | "simply"
            | "only"
            | "often"
            | "still"
            | "last"
    )
}

/// Words between a speaker at a quote's end and its cue that are not the
/// speaker (`"...," it was said`).
pub(super) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "The"
            | "A"
            | "An"
            | "its"
            | "Its"
            | "their"
            | "Their"
            | "his"
            | "His"
            | "her"
            | "Her"
    )
}

/// [`pronoun::classify`], without lowering a word too long to be a
/// pronoun: every pronoun it knows has at most five bytes, and no word of
/// more lowers to one (only ASCII capitals lower to its letters). Asked of
/// most words next to a cue. Every one starts with `h`, `s`, `i` or `t`
/// in either case (no other char lowers to those letters): a word that
/// does not is answered from its first byte.
fn pronoun_of(word: &str) -> Option<PronounClass> {
    if word.len() > 5
        || !matches!(
            word.as_bytes().first(),
            Some(b'h' | b's' | b'i' | b't' | b'H' | b'S' | b'I' | b'T')
        )
    {
        return None;
    }
    pronoun::classify(word)
}

/// The mentions that overlap `span` (mentions sorted by start; a mention
/// is at most a few hundred bytes long).
pub fn overlapping(mentions: &[Mention], span: Span) -> impl Iterator<Item = &Mention> {
    let from = mentions.partition_point(|m| m.span.start + 1024 < span.start);
    mentions[from..]
        .iter()
        .take_while(move |m| m.span.start < span.end)
        .filter(move |m| m.span.overlaps(span))
}

/// The mention whose span ends exactly at `end` (mentions sorted by start).
pub fn mention_ending_at(mentions: &[Mention], end: usize) -> Option<&Mention> {
    let i = mentions.partition_point(|m| m.span.start < end);
    mentions[..i]
        .iter()
        .rev()
        .take(4)
        .find(|m| m.span.end == end)
}

/// The mention that starts exactly at `start`.
pub fn mention_starting_at(mentions: &[Mention], start: usize) -> Option<&Mention> {
    let i = mentions.partition_point(|m| m.span.start < start);
    mentions.get(i).filter(|m| m.span.start == start)
}

/// The name mentioned at `at` (before `end`), or after up to four words
/// in lower case that describe it (`technology analysts Gartner`), or
/// after an owner's possessive (`France's Le Figaro newspaper`).
pub fn described_name(doc: &Document, at: usize, end: usize) -> Option<Span> {
    described_name_within(doc, at, end, 5)
}

/// [`described_name`] in at most `steps` steps over words and names, the
/// steps of the names a describing name passes to counted in (so that a
/// long run of names and words costs no more than a short one).
fn described_name_within(doc: &Document, at: usize, end: usize, steps: usize) -> Option<Span> {
    let text = doc.text.as_str();
    let mut at = at;
    for left in (0..steps).rev() {
        if let Some(m) = mention_starting_at(&doc.mentions, at) {
            // `Japanese electronics firm Matsushita`: a name that
            // describes one named after it (not `Norland State University
            // based on census data`).
            if m.span.end < end && describes_next(text, m.span.end, end) {
                if let Some(named) = described_name_within(doc, m.span.end + 1, end, left) {
                    return Some(named);
                }
            }
            if !m.modifier && m.span.end <= end {
                let rest = &text[m.span.end..end];
                match rest
                    .strip_prefix("'s ")
                    .or_else(|| rest.strip_prefix("\u{2019}s "))
                {
                    Some(after) => {
                        at = end - after.len();
                        continue;
                    }
                    None => return Some(m.span),
                }
            }
        }
        // Not past a place or an affiliation (`property developers in
        // Taipei`, `an associate of Edelman`).
        match token::word_after(text, at, end) {
            Some(w)
                if w.start == at
                    && w.end < end
                    && !is_function_word(w.as_str(text))
                    && !token::is_capitalised(w.as_str(text))
                    && text[w.end..].starts_with(' ') =>
            {
                at = w.end + 1;
            }
            _ => break,
        }
    }
    None
}

/// True when a word in lower case that is no function word follows
/// `pos` after one space (before `end`): the name before it describes
/// what follows.
fn describes_next(text: &str, pos: usize, end: usize) -> bool {
    text[pos..end].starts_with(' ')
        && token::word_after(text, pos, end).is_some_and(|w| {
            w.start == pos + 1
                && w.end < end
                && w.as_str(text).starts_with(char::is_lowercase)
                && !is_function_word(w.as_str(text))
        })
}

/// The name no mention covers at `at` (before `end`), or after up to
/// three words in lower case that describe it (`sugar company Svenska
/// Sockerfabriks`): the run of its capitalised words.
fn described_unknown_name(doc: &Document, at: usize, end: usize) -> Option<Span> {
    let text = doc.text.as_str();
    let mut at = at;
    for _ in 0..4 {
        let w = token::word_after(text, at, end).filter(|w| w.start == at)?;
        let word = w.as_str(text);
        if token::is_capitalised(word) {
            let acronym = word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase());
            let free = overlapping(&doc.mentions, w).next().is_none();
            return (free && (acronym || is_unknown_name(doc, w)))
                .then(|| org_name_run(doc, w, end));
        }
        if is_function_word(word) || !text[w.end..].starts_with(' ') {
            return None;
        }
        at = w.end + 1;
    }
    None
}

/// [`token::word_before`] with one `limit`, remembering its last answer:
/// [`before`] asks for the word before the same position up to five times
/// as it peels adverbs, auxiliaries and post-nominal letters off.
struct WordBefore<'t> {
    text: &'t str,
    limit: usize,
    last: Option<(usize, Option<Span>)>,
}

impl<'t> WordBefore<'t> {
    fn new(text: &'t str, limit: usize) -> WordBefore<'t> {
        WordBefore {
            text,
            limit,
            last: None,
        }
    }

    /// The word that ends at or before `pos`.
    fn at(&mut self, pos: usize) -> Option<Span> {
        match self.last {
            Some((p, w)) if p == pos => w,
            _ => {
                let w = token::word_before(self.text, pos, self.limit);
                self.last = Some((pos, w));
                w
            }
        }
    }
}

/// The party named by the words that end at `end` (a cue follows),
/// looking no further back than `lo`.
pub fn before(doc: &Document, end: usize, lo: usize) -> Option<Cand> {
    before_from(doc, end, lo, WordBefore::new(&doc.text, lo))
}

/// [`before`] when the caller has looked up the word before `end` already:
/// `word` is `token::word_before(&doc.text, end, lo)`, which `before` asks
/// for first.
pub fn before_word(doc: &Document, end: usize, lo: usize, word: Option<Span>) -> Option<Cand> {
    // `Neste Oy <NEOY.HE> said`: the party before a stock ticker.
    if let Some(name_end) = before_ticker(&doc.text, end, lo) {
        return before_from(doc, name_end, lo, WordBefore::new(&doc.text, lo));
    }
    let mut word_before = WordBefore::new(&doc.text, lo);
    word_before.last = Some((end, word));
    before_from(doc, end, lo, word_before)
}

/// Where the words before a Reuters stock ticker that ends right before
/// `end` end (`Neste Oy <NEOY.HE>`): a code in angle brackets with no
/// space or lower-case letter in it (not `<Exco International Plc>`, a
/// name so marked).
fn before_ticker(text: &str, end: usize, lo: usize) -> Option<usize> {
    let head = text.get(lo..end)?.trim_end();
    let inner = head.strip_suffix('>')?;
    let open = inner.rfind('<')?;
    let code = &inner[open + 1..];
    let ticker = !code.is_empty()
        && code.len() <= 12
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-'));
    ticker.then(|| lo + inner[..open].trim_end().len())
}

/// [`before`] with `word_before` (over `lo`) perhaps knowing the word
/// before `end`.
fn before_from(doc: &Document, end: usize, lo: usize, word_before: WordBefore<'_>) -> Option<Cand> {
    let cand = before_phrase(doc, end, lo, word_before)?;
    if let Some(org) = organisation_for(doc, &cand, lo) {
        return Some(org);
    }
    if let Some(person) = person_at_one_of(doc, &cand, lo) {
        return Some(person);
    }
    if let Some(person) = named_before_affiliation(doc, &cand, lo) {
        return Some(person);
    }
    if let Some(envoy) = envoy_to(doc, &cand, lo) {
        return Some(envoy);
    }
    if let Some(document) = document_with_participle(doc, &cand, lo) {
        return Some(document);
    }
    Some(qualified_by_participle(doc, &cand, lo).unwrap_or(cand))
}

/// `An Ankara Radio report monitored in London said`, `A USDA report
/// released after trading said`: a document that a participle and its
/// phrase of place or time qualify speaks, not the phrase's last word
/// (an agent after `by` is the author, who speaks: `a survey conducted by
/// PC Pro Magazine`).
fn document_with_participle(doc: &Document, cand: &Cand, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let mut pos = cand.span().start;
    for _ in 0..5 {
        let w = token::word_before(text, pos, lo)
            .filter(|w| token::only_space_between(text, w.end, pos))?;
        let word = w.as_str(text);
        if word.len() > 4 && word.ends_with("ed") && word.bytes().all(|b| b.is_ascii_lowercase()) {
            let prep = token::word_after(text, w.end, cand.span().start)?;
            if !matches!(
                prep.as_str(text),
                "in" | "on" | "at" | "after" | "from" | "last" | "this" | "late" | "earlier"
            ) {
                return None;
            }
            let noun = token::word_before(text, w.start, lo)
                .filter(|n| token::only_space_between(text, n.end, w.start))?;
            let document = token::with_lower(noun.as_str(text), super::author::is_document_noun);
            return document
                .then(|| before_phrase(doc, noun.end, lo, WordBefore::new(text, lo)))
                .flatten();
        }
        pos = w.start;
    }
    None
}

/// `Pakistan's High Commissioner to Britain said`, `the US envoy to China
/// said`: the country an envoy is sent to is not who speaks; the country
/// that sent the envoy (named with a possessive) or the envoy is.
fn envoy_to(doc: &Document, cand: &Cand, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let Cand::Mention(span) = *cand else {
        return None;
    };
    let word_before = |pos: usize| {
        token::word_before(text, pos, lo).filter(|w| token::only_space_between(text, w.end, pos))
    };
    let mut to = word_before(span.start)?;
    if to.as_str(text) == "the" {
        to = word_before(to.start)?;
    }
    if to.as_str(text) != "to" {
        return None;
    }
    let envoy = word_before(to.start)?;
    let is_envoy = token::with_lower(envoy.as_str(text), |l| {
        matches!(
            l,
            "ambassador"
                | "envoy"
                | "commissioner"
                | "representative"
                | "consul"
                | "delegate"
                | "emissary"
                | "attache"
                | "nuncio"
        )
    });
    if !is_envoy {
        return None;
    }
    // `Pakistan's High Commissioner`: the country that sent the envoy.
    let mut pos = envoy.start;
    for _ in 0..3 {
        let Some(w) = word_before(pos) else {
            break;
        };
        let word = w.as_str(text);
        if let Some(name) = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("\u{2019}s"))
        {
            if let Some(m) = mention_ending_at(&doc.mentions, w.start + name.len()) {
                return Some(Cand::Mention(m.span));
            }
            break;
        }
        pos = w.start;
    }
    before_phrase(doc, envoy.end, lo, WordBefore::new(text, lo))
}

/// `Mark Serwotka, from the Public and Commercial Services union said`:
/// an apposition that says where the person named before it comes from,
/// with no comma to close it; the person speaks, not the body.
fn named_before_affiliation(doc: &Document, cand: &Cand, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let (Cand::Class(span)
    | Cand::OrgDescription(span)
    | Cand::Mention(span)
    | Cand::SpokespersonOf(span, _)) = *cand
    else {
        return None;
    };
    let word_before = |pos: usize| {
        token::word_before(text, pos, lo).filter(|w| token::only_space_between(text, w.end, pos))
    };
    let mut prep = word_before(span.start)?;
    if is_determiner(prep.as_str(text)) {
        prep = word_before(prep.start)?;
    }
    if !matches!(prep.as_str(text), "from" | "of" | "at" | "with") {
        return None;
    }
    let name_end = lo + text[lo..prep.start].trim_end().strip_suffix(',')?.len();
    let name = before_phrase(doc, name_end, lo, WordBefore::new(text, lo))?;
    let (Cand::Mention(n) | Cand::Discover(n, EntityType::Person)) = name else {
        return None;
    };
    let mut words = token::words(text, n);
    let given = words
        .next()
        .is_some_and(|g| lexicon::given_name(g.as_str(text)).is_some());
    (given && words.next().is_some() && n.end == name_end).then_some(name)
}

/// True when `lead`, the words before a name in a subject, hold a noun for
/// someone in trade or the professions and then `at`, `with` or `in`
/// (`A trader at a big`): the name says where the person works.
fn works_at(lead: &str) -> bool {
    let words: Vec<&str> = lead.split(' ').collect();
    words.windows(2).any(|w| {
        matches!(w[1], "at" | "with" | "in")
            && (is_private_person_noun(w[0]) || token::with_lower(w[0], is_class_noun))
            && !token::with_lower(w[0], |l| SPOKESPERSON_NOUNS.contains(&l))
    })
}

/// `A senior official at one of the banks said`, `a spokesman for one of
/// the four banks said`: the phrase before the cue is the object of `one
/// of`; the person before the preposition is who speaks, a class described
/// by all the words.
fn person_at_one_of(doc: &Document, cand: &Cand, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let (Cand::Class(span) | Cand::OrgDescription(span) | Cand::Mention(span)) = *cand else {
        return None;
    };
    let word_before = |pos: usize| {
        token::word_before(text, pos, lo).filter(|w| token::only_space_between(text, w.end, pos))
    };
    let of = word_before(span.start).filter(|o| o.as_str(text) == "of")?;
    let some = word_before(of.start).filter(|q| {
        matches!(
            q.as_str(text),
            "one" | "some" | "many" | "most" | "several" | "each" | "two" | "three" | "all"
        )
    })?;
    let prep = word_before(some.start)
        .filter(|p| matches!(p.as_str(text), "at" | "for" | "from" | "with" | "in"))?;
    let head = word_before(prep.start)?;
    let noun = head.as_str(text);
    let person = (noun.starts_with(char::is_lowercase) || is_sentence_start(doc, head.start))
        && token::with_lower(noun, |l| {
            is_person_noun(l)
                || is_private_person_noun(l)
                || SPOKESPERSON_NOUNS.contains(&l)
                || is_class_noun(l)
        });
    if !person {
        return None;
    }
    let start = det_before(doc, head, lo).map_or(head.start, |d| d.start);
    Some(Cand::Class(Span::new(start, span.end)))
}

/// `The Higher Education Funding Council for England said`, `the Bank of
/// Spain said`: a mention after `for` or `of` and capitalised words that
/// end like an organisation's name is the end of that name, which no
/// gazetteer knows.
fn organisation_for(doc: &Document, cand: &Cand, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let Cand::Mention(span) = *cand else {
        return None;
    };
    let r#for = token::word_before(text, span.start, lo).filter(|f| {
        matches!(f.as_str(text), "for" | "of") && token::only_space_between(text, f.end, span.start)
    })?;
    let head = token::word_before(text, r#for.start, lo)
        .filter(|h| token::only_space_between(text, h.end, r#for.start))?;
    if lexicon::name_head(head.as_str(text)) != Some(EntityType::Org) {
        return None;
    }
    // `the Bank of Spain`, `Union Bank of Switzerland`: an organisation
    // named after a place; but `the Government of Japan` is the country.
    if r#for.as_str(text) == "of" && head.as_str(text) == "Government" {
        return None;
    }
    // `Higher Education Funding Council for England said`: the common word
    // opening the sentence belongs to the name that ends at its head.
    let before_for = with_opening_word(
        doc,
        Span::new(name_words_before(doc, head.start, lo), head.end),
    );
    Some(Cand::Discover(
        Span::new(before_for.start, span.end),
        EntityType::Org,
    ))
}

/// Where the capitalised words right before `first` start (at most four
/// of them, no determiner, title or sentence's first word): the rest of
/// an organisation's name that ends after `first`.
fn name_words_before(doc: &Document, first: usize, lo: usize) -> usize {
    let text = doc.text.as_str();
    let mut first = first;
    for _ in 0..4 {
        match token::word_before(text, first, lo) {
            Some(p)
                if token::only_space_between(text, p.end, first)
                    && token::is_capitalised(p.as_str(text))
                    && !is_determiner(p.as_str(text))
                    && lexicon::title(p.as_str(text)).is_none()
                    && !is_sentence_start(doc, p.start) =>
            {
                first = p.start;
            }
            _ => break,
        }
    }
    first
}

/// `A lawyer representing Pete Doherty said`, `Lawyers representing the
/// families said`: when `cand` (with its titles, article, and a first name
/// joined by `and`) is the object of a participle after a person's noun,
/// the person that noun names speaks.
fn qualified_by_participle(doc: &Document, cand: &Cand, lo: usize) -> Option<Cand> {
    // The few words before hold no participle, as before most subjects:
    // nothing more to look at. (Asked for every cue's subject.)
    const REACH: usize = 80;
    let text = doc.text.as_str();
    let near = cand.span().start.saturating_sub(REACH).max(lo);
    let near = (near..cand.span().start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(cand.span().start);
    // One searcher for every call: building it cost more than searching
    // the few words it looks at.
    static ING: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"ing "));
    ING.find(&text.as_bytes()[near..cand.span().start])?;
    let start = start_with_titles(text, cand.span().start, lo);
    let mut start = token::word_before(text, start, lo)
        .filter(|d| is_determiner(d.as_str(text)) && token::only_space_between(text, d.end, start))
        .map_or(start, |d| d.start);
    // `representing Mr Doherty and Mr Wass`: past the first of two names.
    if let Some(and) = token::word_before(text, start, lo).filter(|a| a.as_str(text) == "and") {
        let mut first = and.start;
        for _ in 0..4 {
            match token::word_before(text, first, lo) {
                Some(w)
                    if token::is_capitalised(w.as_str(text))
                        && token::only_space_between(text, w.end, first)
                        && !is_time_word(w.as_str(text)) =>
                {
                    first = w.start
                }
                _ => break,
            }
        }
        if first < and.start {
            start = first;
        }
    }
    let participle = token::word_before(text, start, lo).filter(|p| {
        let word = p.as_str(text);
        token::only_space_between(text, p.end, start)
            && word.len() > 5
            && word.ends_with("ing")
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && lexicon::speech_verb(word).is_none()
    })?;
    let noun = token::word_before(text, participle.start, lo)?;
    let word = noun.as_str(text);
    let person = token::with_lower(word, |l| {
        let one = l.strip_suffix('s').unwrap_or(l);
        is_person_noun(l) || is_person_noun(one) || is_agent_noun(one) || is_class_noun(l)
    });
    if !person || !token::only_space_between(text, noun.end, participle.start) {
        return None;
    }
    // `Lawyers representing ...`: a plural no list has is the class.
    before_phrase(doc, participle.start, lo, WordBefore::new(text, lo)).or(Some(Cand::Class(noun)))
}

/// [`before_from`] without the look past a participle's object.
fn before_phrase(
    doc: &Document,
    end: usize,
    lo: usize,
    mut word_before: WordBefore<'_>,
) -> Option<Cand> {
    let text = doc.text.as_str();
    // `Clinton on Tuesday said`, `A poll released in late August found`.
    let mut end = time_phrase_start(text, &mut word_before, end);
    // `X, who ..., also noted`, `X, 44, firmly said`: adverbs after the
    // apposition's comma.
    for _ in 0..2 {
        let Some(w) = word_before.at(end) else {
            break;
        };
        if !token::only_space_between(text, w.end, end) || !is_adverb(w.as_str(text)) {
            break;
        }
        let comma = text[lo..w.start].trim_end().ends_with(',');
        if !comma {
            break;
        }
        end = w.start;
    }
    // `Guy Mansfield QC said`, `Richard Mawrey, QC told`: post-nominal
    // letters are no part of the name, nor the comma before them. After a
    // determiner they are the role (`The MP said`).
    if let Some(w) = word_before.at(end) {
        if lexicon::is_post_nominal(w.as_str(text))
            && token::only_space_between(text, w.end, end)
            && token::word_before(text, w.start, lo).is_some_and(|p| !is_determiner(p.as_str(text)))
        {
            end = w.start;
            let head = text[lo..end].trim_end();
            if let Some(name) = head.strip_suffix(',') {
                end = lo + name.len();
            }
        }
    }
    // `Sen. Ted Cruz (Tex.) has said`, `X, the chief of Y, did tell`:
    // auxiliaries before the parenthesis or apposition; `went on to say`.
    for _ in 0..2 {
        let Some(w) = word_before.at(end) else {
            break;
        };
        if !token::only_space_between(text, w.end, end) {
            break;
        }
        // `Clinton is saying`, `Democrats have been arguing`: a progressive
        // (not a passive, `was told`).
        let progressive = || {
            matches!(
                w.as_str(text),
                "is" | "are" | "was" | "were" | "been" | "am"
            ) && token::word_after(text, end, text.len())
                .is_some_and(|c| c.as_str(text).ends_with("ing"))
        };
        if matches!(w.as_str(text), "has" | "have" | "had" | "did" | "does") || progressive() {
            end = w.start;
        } else if let Some(start) = went_on_to(text, w, lo) {
            end = start;
        } else {
            break;
        }
    }
    // `X, the chief executive of Y, said`: skip the apposition.
    let head = text.get(lo..end)?.trim_end();
    // `Hemsley, the co-author of “Going Viral,” said`: the apposition's
    // comma inside the closing mark of a title it ends with.
    let titled = head
        .strip_suffix(['"', '\u{201D}'])
        .filter(|h| h.ends_with(','));
    if let Some(inner) = titled.or(Some(head)).and_then(|h| h.strip_suffix(',')) {
        // The apposition may itself hold commas (`X, of Springfield, Va.,
        // said`): try the chunk after each of the last few commas.
        let mut cut = inner.len();
        for _ in 0..3 {
            let Some(open) = memchr::memrchr(b',', &inner.as_bytes()[..cut]) else {
                break;
            };
            let chunk = &inner[open + 1..];
            let apposition = if titled.is_some() {
                ends_with_title(chunk)
            } else {
                is_apposition(chunk) && !role_then_name(doc, lo + open + 1, lo + inner.len())
            };
            if apposition {
                // `Jillian Chase, 27, a nurse, said`: an age before it.
                let stop = inner[..open]
                    .rfind(',')
                    .filter(|&c| is_age(&inner[c + 1..open]))
                    .unwrap_or(open);
                // Not back into a phrase that opens the sentence: `In a
                // statement, one of the attorneys, Justin Bamberg, said` is
                // the name's, found below.
                let found = before(doc, lo + stop, lo);
                let opening = match &found {
                    Some(c) => in_opening_phrase(text, lo, c.span()),
                    // A document after the phrase's preposition speaks not.
                    None => in_opening_phrase(text, lo, Span::new(lo + stop, lo + stop)),
                };
                if !opening {
                    return found;
                }
                break;
            }
            cut = open;
        }
        // `A lawyer for the outlets, David Schulz, said`: the name between
        // the commas, filling the words between them.
        let last = lo + inner.len();
        let chunk_start = memchr::memrchr(b',', inner.as_bytes()).map_or(lo, |c| lo + c + 1);
        let chunk_start = chunk_start
            + (text[chunk_start..last].len() - text[chunk_start..last].trim_start().len());
        return match before(doc, last, lo) {
            Some(c @ (Cand::Mention(_) | Cand::Discover(..)))
                if start_with_titles(text, c.span().start, lo) <= chunk_start
                    || chunk_start > lo && role_then_name(doc, chunk_start, last) =>
            {
                Some(c)
            }
            _ => None,
        };
    }
    // `House Speaker Paul D. Ryan (R-Wis.) said`: skip a parenthesis.
    if let Some(inner) = head.strip_suffix(')') {
        let open = memchr::memrchr(b'(', inner.as_bytes())?;
        if open + 40 >= inner.len() {
            let found = before(doc, lo + open, lo);
            // `Electronic Arts (EA) says`: a name glossed by an acronym
            // is an organisation's.
            if is_acronym(inner[open + 1..].trim()) {
                if let Some(Cand::Discover(span, EntityType::Person)) = found {
                    return Some(Cand::Discover(span, EntityType::Org));
                }
            }
            return found;
        }
    }
    // Skip adverbs: `Stoltenberg also said`, `he has said`, `Rubio
    // defiantly told`.
    for _ in 0..2 {
        let w = word_before.at(end)?;
        if is_adverb(w.as_str(text)) && token::only_space_between(text, w.end, end) {
            end = w.start;
        } else {
            break;
        }
    }
    let w = word_before.at(end)?;
    if !token::only_space_between(text, w.end, end) {
        return None;
    }
    let word = w.as_str(text);
    // The mention that ends with the word, looked up once for the two
    // tests below.
    let ending = mention_ending_at(&doc.mentions, w.end);
    // A possessive mention right before the cue is not the speaker
    // (`China's foreign ministry said` is handled as a description).
    // `X, director of analysis for Pillsbury said`: the name or mention
    // before the cue may close an apposition.
    if token::is_capitalised(word) {
        let start = match ending.filter(|m| !m.modifier) {
            Some(m) => m.span.start,
            None => {
                let mut s = w.start;
                while let Some(p) = word_before.at(s).filter(|p| {
                    token::only_space_between(text, p.end, s)
                        && token::is_capitalised(p.as_str(text))
                }) {
                    s = p.start;
                }
                s
            }
        };
        if let Some(name) = name_before_open_apposition(doc, start, lo) {
            return Some(name);
        }
    }
    if let Some(m) = ending {
        if !m.modifier {
            if let Some(participle) = agent_of_participle(text, m.span.start, lo) {
                return before(doc, participle, lo);
            }
            // `a banker close to Zentrix said`: the person described.
            if let Some(person) = knower_before(doc, m.span, lo) {
                return Some(person);
            }
            // `Analysts at Gartner in London say`: a place after `in` only
            // says where, when a known name comes before the phrase
            // (`Officials in Beijing said` speak for the place; `Human
            // Rights in China said` is one name).
            let located = token::word_before(text, m.span.start, lo).filter(|p| {
                p.as_str(text) == "in" && token::only_space_between(text, p.end, m.span.start)
            });
            let subject = located.and_then(|p| before(doc, p.start, lo));
            if let Some(named @ (Cand::Mention(_) | Cand::SpokespersonOf(..))) = subject {
                return Some(named);
            }
            // `Analysts in London said`, `Residents in Zagreb said`: people
            // who are there, described with the place (officials and
            // sources there speak for it).
            if let Some(Cand::Class(people)) = subject {
                let speaks_for_place = people.as_str(text).split(' ').any(|w| {
                    group_spokesperson_noun(w).is_some()
                        || is_unnamed_person_noun(w)
                        || token::with_lower(w, |w| {
                            matches!(w, "authorities" | "police" | "government")
                        })
                });
                if !speaks_for_place {
                    return Some(Cand::Class(Span::new(people.start, m.span.end)));
                }
            }
            return Some(named_before_of(doc, m.span.start, lo).unwrap_or(Cand::Mention(m.span)));
        }
    }
    // `Trump's campaign said`, `Mr Sands' book suggests`: an organisation
    // or a document speaks for whoever owns it.
    if is_owned_noun(word) {
        if let Some(owner) = possessive_before(doc, w, lo) {
            return Some(Cand::SpokespersonOf(Span::new(owner.start, w.end), owner));
        }
    }
    if let Some(class) = pronoun_of(word) {
        if token::with_lower(word, |l| matches!(l, "he" | "she" | "it" | "they")) {
            return Some(Cand::Pronoun(w, class));
        }
        return None;
    }
    if lexicon::title(word).is_some() {
        return None;
    }
    // Lowered on the stack: `before` runs once per cue.
    let mut buf = [0u8; 32];
    let lower: &str = &token::lower_in(word, &mut buf);
    let lists = NounLists::of(lower);
    // `the company said`, `the foreign ministry said`, `the union said`.
    let company = lists.has(NounLists::COMPANY);
    if company || lists.has(NounLists::ORG) {
        let det = det_before(doc, w, lo);
        if let Some(det) = det {
            let d = det.as_str(text);
            if d.eq_ignore_ascii_case("the") {
                // `the Foreign Ministry`: a mention inside belongs to it.
                let desc = Span::new(det.start, w.end);
                return Some(match mention_between(doc, det.end, w.start) {
                    Some(m) => Cand::SpokespersonOf(desc, m),
                    None if company && det.end + 1 == w.start => Cand::OrgDescription(desc),
                    None => match named_with_head(doc, det.start, lower) {
                        Some(m) if det.end + 1 == w.start => Cand::SpokespersonOf(desc, m),
                        _ => Cand::Class(desc),
                    },
                });
            }
        }
        if lower == "police" {
            // `Paul Miller of Thames Valley Police said`: a force named in
            // capitals is an organisation, and one named before its `of`
            // speaks for it.
            if let Some(force) = police_force_before(doc, w, lo) {
                let force = Cand::Discover(force, EntityType::Org);
                return Some(named_before_of(doc, force.span().start, lo).unwrap_or(force));
            }
            return Some(Cand::Class(w));
        }
    }
    if lists.has(NounLists::SPOKESPERSON) {
        // `a Microsoft spokesman`, `a Foreign Ministry spokesman`, `Mexican
        // officials`.
        let start = det_before(doc, w, lo).map_or_else(|| modifier_start(doc, w, lo), |d| d.start);
        if let Some(count) = count_over_conjoined(text, start, lo) {
            return before(doc, count, lo);
        }
        if let Some(m) = mention_between(doc, start, w.start) {
            return Some(Cand::SpokespersonOf(Span::new(start, w.end), m));
        }
        // `Bank of Japan officials`: a name with a word in lower case, at
        // which the modifiers stopped, right before the noun.
        let named = token::word_before(text, w.start, lo)
            .filter(|p| token::only_space_between(text, p.end, w.start))
            .and_then(|p| mention_ending_at(&doc.mentions, p.end))
            .filter(|m| m.span.start >= lo && m.span.start < start);
        if let Some(m) = named {
            return Some(Cand::SpokespersonOf(Span::new(m.span.start, w.end), m.span));
        }
        // `the company spokesman`: for the company named before.
        if let Some(noun) = token::word_before(text, w.start, start) {
            if noun.start > start
                && token::only_space_between(text, noun.end, w.start)
                && token::word_before(text, noun.start, start)
                    .is_some_and(|d| d.start == start && is_determiner(d.as_str(text)))
                && COMPANY_NOUNS.contains(&noun.as_str(text))
            {
                return Some(Cand::OrgDescription(Span::new(start, w.end)));
            }
        }
        // `a Foreign Ministry spokesman`: an organisation no gazetteer
        // knows, named in capitals before the noun, speaks.
        let words: Vec<Span> = token::words(text, Span::new(start, w.start)).collect();
        let org = match words.split_first() {
            Some((d, rest)) if is_determiner(d.as_str(text)) => rest,
            _ => &words[..],
        };
        // Capitalised words or acronyms (`a MITI official`, `EC
        // officials`), not a common word that is capitalised only because
        // it opens the sentence (`Diplomatic sources said`).
        let named = org.iter().all(|x| {
            let s = x.as_str(text);
            token::is_capitalised(s)
                && (s.chars().any(char::is_lowercase) || is_acronym(s))
                && lexicon::title(s).is_none()
                && !(is_sentence_start(doc, x.start) && lexicon::is_common_word_any(s))
        });
        if let (Some(first), Some(last)) = (org.first(), org.last()) {
            if named && org.len() <= 4 {
                return Some(Cand::Discover(
                    Span::new(first.start, last.end),
                    EntityType::Org,
                ));
            }
        }
    }
    if lists.has(NounLists::CLASS) {
        // `analysts`, `the residents`, `local residents`.
        let start = det_before(doc, w, lo).map_or_else(|| modifier_start(doc, w, lo), |d| d.start);
        let start = past_qualified_noun(text, start, w);
        if let Some(participle) = agent_of_participle(text, start, lo) {
            return before(doc, participle, lo);
        }
        if let Some(decided) = head_before_of(doc, start, w, lo) {
            return decided;
        }
        // `Sanders' email to his supporters notes`: the object of a
        // preposition is not the subject, which comes before the phrase.
        if let Some(p) = token::word_before(text, start, lo) {
            if token::only_space_between(text, p.end, start)
                && matches!(p.as_str(text), "to" | "with" | "from")
            {
                return before(doc, p.start, lo);
            }
        }
        return Some(Cand::Class(Span::new(start, w.end)));
    }
    if lists.has(NounLists::UNNAMED_PERSON) {
        if let Some(c) = unnamed_person(doc, w, lo) {
            return Some(c);
        }
    }
    // `a spokesman for Microsoft said`.
    if let Some(m) = ending {
        return Some(Cand::Mention(m.span));
    }
    let name = strip_possessive(word);
    // `Video game giant Electronic Arts said`: capitalised common words
    // inside a sentence, two or more, are a name too. Asked once `w` is
    // known to be no unknown name.
    let name_of_words = || {
        is_name_word_not_unknown(doc, w)
            && token::word_before(text, w.start, lo).is_some_and(|p| {
                token::only_space_between(text, p.end, w.start) && is_name_word(doc, p)
            })
    };
    // `The MP said`: an acronym for a role is no name.
    let role = lists.has(NounLists::PERSON);
    if name == word
        && (is_acronym(word) && !role
            || token::is_capitalised(word) && (is_unknown_name(doc, w) || name_of_words()))
    {
        let name = unknown_name_before(doc, w, lo);
        let start = name.span().start;
        if let Some(participle) = agent_of_participle(text, start, lo) {
            return before(doc, participle, lo);
        }
        // `Diplomatic sources in Bonn said`, `Sorrell on Friday told`: a
        // name after a preposition is not the subject, which comes before
        // the phrase.
        if let Some(p) = token::word_before(text, start, lo) {
            if token::only_space_between(text, p.end, start)
                && is_place_or_time_preposition(p.as_str(text))
            {
                return before(doc, p.start, lo);
            }
        }
        return Some(named_before_of(doc, start, lo).unwrap_or(name));
    }
    // `the Republican nominee said`, `his chief spokesman said`.
    if role {
        if let Some(det) = det_before(doc, w, lo) {
            return Some(Cand::PersonDescription(Span::new(det.start, w.end)));
        }
    }
    // `who said`: the person just named.
    if lower == "who" {
        return Some(Cand::Relative(w));
    }
    // `Civil rights activists say`, `63 percent said`, `one slide says`:
    // a group or thing spoken of, kept as its description.
    if is_group_noun_lower(word, lower) {
        let start = det_before(doc, w, lo).map_or_else(|| modifier_start(doc, w, lo), |d| d.start);
        let start = past_qualified_noun(text, start, w);
        // `people briefed on the talks said`: the object of a participle
        // is not the subject.
        if let Some(participle) = agent_of_participle(text, start, lo) {
            return before(doc, participle, lo);
        }
        // `Under the agreement announced last month, X bought ...`, `In
        // brief remarks ...`: a document or a count after a preposition
        // speaks not (a plural is the head of its phrase: `critics of the
        // trials said`).
        if let Some(decided) = head_before_of(doc, start, w, lo) {
            return decided;
        }
        let singular = !word.ends_with('s');
        if singular
            && token::word_before(text, start, lo).is_some_and(|p| {
                token::only_space_between(text, p.end, start)
                    && token::with_lower(p.as_str(text), |l| {
                        matches!(l, "under" | "in" | "from" | "of" | "by" | "on" | "at")
                    })
            })
        {
            return None;
        }
        return Some(Cand::Class(Span::new(start, w.end)));
    }
    None
}

/// The subject when the phrase of the noun `w` (from `start`) follows
/// `of`: `a survey of 1,300 bosses suggests`, `a poll of 2,000 people
/// found` (the people counted are not the speaker; the count is, if
/// anything), `Critics of the trials said`, `Two of the members said` (the
/// class before `of` heads the phrase). `None` when no `of` decides it.
fn head_before_of(doc: &Document, start: usize, w: Span, lo: usize) -> Option<Option<Cand>> {
    let text = doc.text.as_str();
    // `The poll of 1,751 adults and 682 executives found`: the last of the
    // people a count of opinions asked.
    if let Some(count) = count_over_conjoined(text, start, lo) {
        return Some(before(doc, count, lo));
    }
    let of = token::word_before(text, start, lo)
        .filter(|p| p.as_str(text) == "of" && token::only_space_between(text, p.end, start))?;
    let counted = token::word_before(text, of.start, lo).is_some_and(|n| {
        token::only_space_between(text, n.end, of.start)
            && token::with_lower(n.as_str(text), is_count_of_opinions)
    });
    if counted {
        return Some(before(doc, of.start, lo));
    }
    match before(doc, of.start, lo) {
        Some(Cand::Class(head)) => Some(Some(Cand::Class(Span::new(head.start, w.end)))),
        _ => None,
    }
}

/// Where `of` starts after a count of opinions (`The poll of`), when the
/// words from it to `start` join people by `and` (`1,751 U.S. adults and`
/// before `682 executives`) within a few words and no comma.
fn count_over_conjoined(text: &str, start: usize, lo: usize) -> Option<usize> {
    let and = token::word_before(text, start, lo)
        .filter(|a| a.as_str(text) == "and" && token::only_space_between(text, a.end, start))?;
    let mut pos = and.start;
    for _ in 0..7 {
        let p = token::word_before(text, pos, lo)?;
        // Not a comma inside a number (`1,751`).
        let between = &text[p.end..pos];
        if between.contains(", ") || between.contains([';', ':']) {
            return None;
        }
        if p.as_str(text) == "of" {
            let head = token::word_before(text, p.start, lo)?;
            return (token::only_space_between(text, head.end, p.start)
                && token::with_lower(head.as_str(text), is_count_of_opinions))
            .then_some(p.start);
        }
        pos = p.start;
    }
    None
}

/// True for a noun of a count of opinions, in lower case (`survey`,
/// `poll`, `study`).
fn is_count_of_opinions(lower: &str) -> bool {
    matches!(
        lower,
        "survey"
            | "surveys"
            | "poll"
            | "polls"
            | "study"
            | "studies"
            | "census"
            | "questionnaire"
            | "canvass"
            | "sample"
    )
}

/// Where the subject whose plural head is `head` starts, given the
/// phrase found from `start`: `In a move ministers say ...`, `a decision
/// analysts say ...`: `a` and one noun before a plural are what the clause
/// qualifies (not `a few analysts`, `a handful of`).
fn past_qualified_noun(text: &str, start: usize, head: Span) -> usize {
    let plural = head.as_str(text).ends_with('s');
    let mut words = text.get(start..head.start).unwrap_or_default().split(' ');
    let (Some(a), Some(noun), Some(""), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return start;
    };
    let qualified = plural
        && matches!(a, "a" | "A" | "an" | "An")
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            noun,
            "few"
                | "couple"
                | "dozen"
                | "handful"
                | "lot"
                | "number"
                | "host"
                | "group"
                | "majority"
                | "minority"
                | "pair"
                | "series"
                | "string"
                | "panel"
                | "team"
                | "trio"
        );
    if qualified {
        head.start
    } else {
        start
    }
}

/// The noun lists a lower-case word is in, one bit per list: [`before`]
/// asks of the word before every cue, and one lookup costs a fraction of
/// a scan of each list.
#[derive(Clone, Copy)]
struct NounLists(u8);

impl NounLists {
    const COMPANY: u8 = 1;
    const ORG: u8 = 1 << 1;
    const SPOKESPERSON: u8 = 1 << 2;
    const CLASS: u8 = 1 << 3;
    const UNNAMED_PERSON: u8 = 1 << 4;
    const PERSON: u8 = 1 << 5;

    /// Each list with its bit.
    const LISTS: [(u8, &'static [&'static str]); 6] = [
        (NounLists::COMPANY, COMPANY_NOUNS),
        (NounLists::ORG, ORG_NOUNS),
        (NounLists::SPOKESPERSON, SPOKESPERSON_NOUNS),
        (NounLists::CLASS, CLASS_NOUNS),
        (NounLists::UNNAMED_PERSON, UNNAMED_PERSON_NOUNS),
        (NounLists::PERSON, PERSON_NOUNS),
    ];

    fn of(lower: &str) -> NounLists {
        if !NounLists::may_hold(lower) {
            return NounLists(if is_aged(lower) { NounLists::PERSON } else { 0 });
        }
        NounLists::listed(lower)
    }

    /// The lists `word` is in, as written (no `-year-old` for
    /// [`NounLists::PERSON`], unlike [`NounLists::of`]).
    fn listed(word: &str) -> NounLists {
        static LISTS: std::sync::LazyLock<rustc_hash::FxHashMap<&str, u8>> =
            std::sync::LazyLock::new(|| {
                let mut lists = rustc_hash::FxHashMap::default();
                for (bit, nouns) in NounLists::LISTS {
                    for &noun in nouns {
                        *lists.entry(noun).or_default() |= bit;
                    }
                }
                lists
            });
        NounLists(LISTS.get(word).copied().unwrap_or(0))
    }

    /// False when `word` is in no list: the shapes of the nouns rule out
    /// most words before a hash.
    fn may_hold(word: &str) -> bool {
        static SHAPES: std::sync::LazyLock<crate::lexicon::Shapes> =
            std::sync::LazyLock::new(|| {
                crate::lexicon::Shapes::of(
                    NounLists::LISTS
                        .iter()
                        .flat_map(|(_, nouns)| nouns.iter().copied()),
                )
            });
        SHAPES.may_contain(word)
    }

    fn has(self, list: u8) -> bool {
        self.0 & list != 0
    }
}

/// True when `head`, the head noun of a plural description, names people
/// (`analysts`, `traders`, `bankers`, `companies`, `opposition parties`,
/// `fans`): a group `they` can go on with; not `reserves` or `figures`.
pub fn is_plural_people_noun(head: &str) -> bool {
    let mut buf = [0u8; 32];
    let lower: &str = &token::lower_in(head, &mut buf);
    let singular = lower
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| lower.strip_suffix("men").map(|s| format!("{s}man")))
        .or_else(|| lower.strip_suffix('s').map(str::to_string))
        .unwrap_or_default();
    is_class_noun(lower)
        || is_private_person_noun(lower)
        || group_spokesperson_noun(lower).is_some()
        || is_person_noun(&singular)
        || is_company_noun(&singular)
        || matches!(
            lower,
            "parties"
                | "fans"
                | "people"
                | "voters"
                | "consumers"
                | "workers"
                | "farmers"
                | "producers"
                | "exporters"
                | "importers"
                | "governments"
                | "countries"
                | "states"
                | "authorities"
                | "leaders"
                | "politicians"
        )
}

/// True when `lower`, a word in lower case, is in [`CLASS_NOUNS`]: one
/// lookup in [`NounLists`] rather than a scan of the list, asked of the
/// word after many cues.
fn is_class_noun(lower: &str) -> bool {
    NounLists::of(lower).has(NounLists::CLASS)
}

/// `economists polled by Reuters said`, `voters questioned in Iowa said`,
/// `people briefed on the talks said`: the phrase at `start` is the
/// object of a participle's preposition after a noun of people, which is
/// the subject. Returns the participle's start.
fn agent_of_participle(text: &str, start: usize, lo: usize) -> Option<usize> {
    let by = token::word_before(text, start, lo).filter(|b| {
        matches!(
            b.as_str(text),
            "by" | "in" | "at" | "on" | "from" | "with" | "about" | "to"
        )
    })?;
    // `a source close to the talks`, `people familiar with the matter`:
    // adjectives that take an object as participles do.
    let participle = token::word_before(text, by.start, lo).filter(|p| {
        let p = p.as_str(text);
        p.len() > 4
            && (p.ends_with("ed") || p.ends_with("ing"))
            && p.bytes().all(|b| b.is_ascii_lowercase())
            || matches!(p, "close" | "closest" | "familiar" | "near")
    })?;
    let noun = token::word_before(text, participle.start, lo)?;
    let noun = noun.as_str(text);
    let people =
        is_people_noun(noun) || token::with_lower(noun, |l| SPOKESPERSON_NOUNS.contains(&l));
    (people && token::only_space_between(text, by.end, start)).then_some(participle.start)
}

/// `a banker close to Zentrix`: a person's noun (after a determiner)
/// before an adjective that takes the name at `name` as its object
/// ([`knows_about`]), as a class described by all the words.
fn knower_before(doc: &Document, name: Span, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let lead = text.get(lo..name.start)?;
    if !knows_about(lead) {
        return None;
    }
    // The adjective is the second or third word back (`close to`,
    // `familiar with the`).
    let mut pos = name.start;
    for _ in 0..3 {
        let w = token::word_before(text, pos, lo)?;
        if matches!(
            w.as_str(text),
            "close" | "closest" | "familiar" | "knowledgeable" | "briefed" | "involved"
        ) {
            let noun = token::word_before(text, w.start, lo)?;
            if !token::only_space_between(text, noun.end, w.start)
                || !noun.as_str(text).starts_with(char::is_lowercase)
                || is_function_word(noun.as_str(text))
            {
                return None;
            }
            let start = token::word_before(text, noun.start, lo)
                .filter(|d| is_determiner(d.as_str(text)))
                .map_or(noun.start, |d| d.start);
            return Some(Cand::Class(Span::new(start, name.end)));
        }
        pos = w.start;
    }
    None
}

/// A noun for people, in any case: `analysts`, `official`, `People`.
pub fn is_people_noun(word: &str) -> bool {
    is_unnamed_person_noun(word) || token::with_lower(word, |l| l == "people" || is_class_noun(l))
}

/// True when the mention at `m` opens its clause, as a subject does
/// (`Birmingham manager Steve Bruce insists`, `But Bellamy, 25, has`,
/// `In his first comments, Mr Blair told`): between the clause's start
/// (the sentence's start or the last comma, semicolon or colon) and the
/// mention stand only capitalised words, determiners and role nouns.
pub fn starts_clause(doc: &Document, m: Span) -> bool {
    let text = doc.text.as_str();
    let sent = doc
        .sentences
        .get(doc.sentence_at(m.start) as usize)
        .copied()
        .unwrap_or_default();
    let Some(head) = text.get(sent.start.min(m.start)..m.start) else {
        return false;
    };
    let clause = head.rsplit([',', ';', ':']).next().unwrap_or(head);
    let given_name_opens =
        token::first_token(m.as_str(text)).is_some_and(|w| lexicon::given_name(w).is_some());
    let mut words = 0;
    let mut after_capital = false;
    let mut all = clause.split_whitespace().peekable();
    while let Some(w) = all.next() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        words += 1;
        // `Keane frontman Tom Chaplin thanked`: a lower-case noun right
        // before a person's name (a given name opens it) and after a
        // capitalised word is the person's role, which no list need know
        // (not a verb: `Souness backed Tom Chaplin`, nor one in `-s` after
        // a pronoun: `He sees Owen as`; not `Geonex unit Records Corp`,
        // an organisation).
        let role = after_capital
            && given_name_opens
            && (!w.ends_with('s') || w.ends_with("ss"))
            && all.peek().is_none()
            && is_role_noun(w)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !is_finite_verb(w)
            && lexicon::speech_verb_any_case(w).is_none();
        let fits = token::is_capitalised(w)
            || is_determiner(w)
            || PERSON_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
            || matches!(w, "former" | "new" | "deputy" | "vice")
            || role;
        if !fits || words > 5 {
            return false;
        }
        after_capital = token::is_capitalised(w) && pronoun_of(w).is_none();
    }
    true
}

/// True when the mention at `m` is a clause's subject: it opens the
/// clause ([`starts_clause`]), or a verb follows it and no preposition or
/// verb governs it (`on Tuesday Mr Ebbers denied`).
pub fn is_subject(doc: &Document, m: Span) -> bool {
    if starts_clause(doc, m) {
        return true;
    }
    let text = doc.text.as_str();
    let sent = doc
        .sentences
        .get(doc.sentence_at(m.start) as usize)
        .copied()
        .unwrap_or_default();
    if is_object(doc, m, sent.start.min(m.start)) {
        return false;
    }
    if let Some(w) = token::word_before(text, m.start, sent.start.min(m.start)) {
        let word = w.as_str(text);
        // `Before now Microsoft has left`, `Since then the bank has`: a
        // short phrase of time that opens the sentence, as its start does.
        let opening_time = matches!(word, "now" | "then" | "today" | "yesterday" | "recently")
            && text[sent.start.min(w.start)..w.start]
                .split_whitespace()
                .count()
                <= 2;
        if opening_time {
            return true;
        }
        // `but captain Fabien Pelous sees hope`: a role after a
        // conjunction that joins two clauses.
        let role_after_conjunction = || {
            is_person_noun(word)
                && token::word_before(text, w.start, sent.start.min(w.start)).is_some_and(|c| {
                    matches!(c.as_str(text), "but" | "and" | "while" | "as")
                        && text[..c.start]
                            .trim_end()
                            .ends_with(|ch: char| ch.is_alphanumeric())
                })
        };
        if word.chars().all(char::is_lowercase) && !role_after_conjunction() {
            return false;
        }
    }
    let Some(mut n) = token::word_after(text, m.end, sent.end.max(m.end)) else {
        return false;
    };
    if !token::only_space_between(text, m.end, n.start) {
        return false;
    }
    let right_after = n;
    if is_adverb(n.as_str(text)) {
        match token::word_after(text, n.end, sent.end.max(n.end)) {
            Some(x) => n = x,
            None => return false,
        }
    }
    let verb = n.as_str(text);
    // `Fabien Pelous sees hope`: a verb in `-s` right after a person's
    // name (not `Darren Campbell earlier this year`).
    let present = || {
        n == right_after
            && !is_function_word(verb)
            && !matches!(verb, "this" | "thus" | "plus" | "perhaps")
            && verb.len() > 3
            && verb.ends_with('s')
            && !verb.ends_with("ss")
            && verb.bytes().all(|b| b.is_ascii_lowercase())
            && m.as_str(text).contains(' ')
            && token::first_token(m.as_str(text)).is_some_and(|f| lexicon::given_name(f).is_some())
    };
    lexicon::speech_verb_any_case(verb).is_some()
        || present()
        || matches!(
            verb,
            "has"
                | "had"
                | "have"
                | "was"
                | "is"
                | "were"
                | "are"
                | "will"
                | "would"
                | "could"
                | "did"
                | "does"
                | "can"
                | "must"
                | "should"
                | "may"
                | "might"
        )
        || verb.len() > 4 && verb.ends_with("ed") && verb.chars().all(|c| c.is_ascii_lowercase())
}

/// True for a noun that names a company (`the firm`, `the carrier`).
pub fn is_company_noun(word: &str) -> bool {
    COMPANY_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// True when an unknown name of no given name has the marks of an
/// organisation: one word with a capital inside after four letters
/// (`TimeWarner`, `PetroChina`; not `McCain`, `DeLay`, `MacDonald`), or,
/// when `search` allows a pass over the document, somewhere in it right
/// after a company noun (`US media giant TimeWarner`, `Russian oil firm
/// Yukos`, `the news agency Tanjug`).
pub fn looks_like_organisation(text: &str, name: &str, search: bool) -> bool {
    let first = name.split(' ').next().unwrap_or(name);
    if lexicon::given_name(first).is_some() {
        return false;
    }
    let bytes = name.as_bytes();
    // Where a second capital starts a second word run together with the
    // first; not after a given name (`MargaretThatcher`, a typo).
    let inner = bytes
        .windows(2)
        .skip(4)
        .position(|p| p[0].is_ascii_uppercase() && p[1].is_ascii_lowercase())
        .map(|i| i + 4);
    let camel = !name.contains(' ')
        && bytes[0].is_ascii_uppercase()
        && bytes[1..].iter().take(3).all(u8::is_ascii_lowercase)
        && inner.is_some_and(|i| lexicon::given_name(&name[..i]).is_none());
    camel
        || search
            && memchr::memmem::find_iter(text.as_bytes(), bytes).any(|at| {
                let whole = text[at + name.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                // `the official Tanjug news agency`: an organisation's noun
                // right after the name.
                let noun_after = || {
                    let rest = &text[at + name.len()..];
                    let rest = rest.strip_prefix(" news").unwrap_or(rest);
                    let noun = rest.strip_prefix(' ').and_then(token::first_token);
                    noun.is_some_and(|n| {
                        matches!(
                            n,
                            "agency"
                                | "newspaper"
                                | "magazine"
                                | "company"
                                | "firm"
                                | "bank"
                                | "brokerage"
                                | "airline"
                                | "group"
                        )
                    })
                };
                whole
                    && (noun_after()
                        || token::word_before(text, at, at.saturating_sub(32)).is_some_and(|w| {
                            // Not `producer` or `maker`, which name people too
                            // (`film producer Shogo Tomiyama`).
                            token::only_space_between(text, w.end, at)
                                && matches!(
                                    w.as_str(text),
                                    "giant" | "agency" | "institute" | "regulator"
                                ) | (COMPANY_NOUNS.contains(&w.as_str(text))
                                    && !matches!(w.as_str(text), "producer" | "maker"))
                        }))
            })
}

/// A short phrase with a title after its first word (`ADB Vice-President
/// in charge of projects`, `Senate President`): a role, when it is set
/// off between a speaker's name and the cue.
pub fn is_titled_role(s: &str) -> bool {
    let s = s.trim();
    !super::has_more_words_than(s, 8)
        && !s.contains(['"', '\u{201C}', '\u{201D}'])
        && s.split_whitespace().take(4).skip(1).any(|w| {
            let w = w.trim_end_matches([',', '.']);
            token::is_capitalised(w) && lexicon::title(w).is_some()
        })
}

/// True when `start..end`, set off by commas after a description, is a
/// role and a name (`But the work's author, US playwright Eve Ensler,
/// says`): the name speaks, not the description. Not a name after a
/// preposition (`X, a friend of John Smith, said`).
fn role_then_name(doc: &Document, start: usize, end: usize) -> bool {
    let text = doc.text.as_str();
    let Some(Cand::Mention(name) | Cand::Discover(name, _)) = before(doc, end, start) else {
        return false;
    };
    let role = text.get(start..name.start).unwrap_or_default();
    // The role ends in a noun in lower case (`playwright`; not `Brown's
    // Britain`, `Universities UK`, `D-Texas`), and the name is no title
    // (`the venue's Promotions Coordinator`).
    let noun = role.split_whitespace().next_back().is_some_and(|w| {
        w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !w.ends_with("ing")
    });
    // Not a participle's phrase (`contradicting Trump`).
    let participle = token::first_token(role)
        .is_some_and(|w| w.ends_with("ing") && w != "leading" && w.len() > 5);
    let titled = token::words(text, name).last().is_some_and(|w| {
        let w = w.as_str(text);
        lexicon::title(w).is_some() || token::with_lower(w, is_person_noun)
    });
    // A few words of role: no preposition, conjunction or clause, and not
    // another name for the same one (`Jay-Z, real name Shawn Carter`,
    // `formerly Champlin Petroleum`).
    let words = role.split_whitespace().count();
    name.end == text[..end].trim_end().len()
        && noun
        && !participle
        && !titled
        && (1..=4).contains(&words)
        && !role.split_whitespace().any(|w| {
            matches!(
                w,
                "of" | "for"
                    | "at"
                    | "with"
                    | "to"
                    | "from"
                    | "by"
                    | "and"
                    | "or"
                    | "in"
                    | "on"
                    | "as"
                    | "after"
                    | "before"
                    | "since"
                    | "during"
                    | "than"
                    | "about"
                    | "like"
                    | "including"
                    | "such"
                    | "among"
                    | "who"
                    | "which"
                    | "that"
                    | "whose"
                    | "name"
                    | "named"
                    | "known"
                    | "aka"
                    | "alias"
                    | "nicknamed"
                    | "formerly"
                    | "previously"
                    | "now"
                    | "into"
                    | "he"
                    | "she"
                    | "they"
                    | "it"
                    | "we"
            )
        })
}

/// An apposition that describes a speaker (`the chief executive of Y`,
/// `a spokesman for the firm`, `who chairs the panel`): it starts with a
/// determiner, a relative pronoun, a title or a lower-case word, is short,
/// and holds no quote marks.
pub fn is_apposition(s: &str) -> bool {
    let s = s.trim();
    let Some(first) = token::first_token(s) else {
        return false;
    };
    // Words counted and marks looked for only as far as needed: `s` may
    // be a long clause, which most often is no apposition.
    let more_words_than = |n: usize| super::has_more_words_than(s, n);
    let opener = matches!(
        first,
        "the" | "a" | "an" | "who" | "which" | "its" | "his" | "her" | "their" | "The" | "A" | "An"
    ) || first.chars().next().is_some_and(char::is_lowercase)
        // `Secretary of State`, not a titled name (`Another peer, Lord
        // Skidelsky, said`, `Mr Raynsford`), whose words are all
        // capitalised.
        || lexicon::title(first.trim_end_matches('.')).is_some()
            && s.split_whitespace().any(|w| w.starts_with(char::is_lowercase))
        // `EA's vice president for Europe`
        || (first.ends_with("'s") || first.ends_with("\u{2019}s")) && more_words_than(1);
    // `ERAA director of air transport`: a role noun inside. Looked up in
    // the noun lists' table: a scan of the list per word cost most of
    // this function.
    let role = || {
        s.split_whitespace().take(4).any(|w| {
            let w = w.trim_end_matches([',', '.']);
            NounLists::may_hold(w) && NounLists::listed(w).has(NounLists::PERSON)
        })
    };
    // A relative clause may run longer (`who is a member of the Commons
    // intelligence and security committee and was part of the Butler
    // inquiry into pre-war intelligence`), also after a short noun phrase
    // (`a longtime adviser to the family who oversees the super PAC's
    // last-minute campaign to stop Clinton`).
    let relative_after_noun = || {
        s.split_whitespace()
            .take(17)
            .skip(1)
            .any(|w| matches!(w, "who" | "whose" | "which"))
    };
    if is_age(s) || is_affiliation(s) {
        return true;
    }
    // The relative clause is looked for only past sixteen words: most
    // appositions are shorter, and most clauses asked about no apposition.
    let short = || {
        !more_words_than(16)
            || (matches!(first, "who" | "which") || relative_after_noun()) && !more_words_than(30)
    };
    (opener || role()) && short() && !s.contains(['"', '\u{201C}', '\u{201D}'])
}

/// An apposition that ends with a title in quote marks whose closing mark
/// comes after the apposition's comma (`the co-author of “Going Viral`),
/// or a relative clause that ends with quoted words (`who calls Trump a
/// “sociopath`).
fn ends_with_title(s: &str) -> bool {
    let Some((before, title)) = s.rsplit_once(['"', '\u{201C}']) else {
        return false;
    };
    let relative = matches!(token::first_token(before), Some("who" | "whose" | "which"));
    (title.starts_with(char::is_uppercase) || relative)
        && !super::has_more_words_than(title, 8)
        && is_apposition(before)
}

/// A US politician's party and state set off by commas (`McConnell,
/// R-Ky., said`, `D-N.C.`, `I-Vt.`).
fn is_affiliation(s: &str) -> bool {
    let b = s.trim().as_bytes();
    b.len() >= 4
        && b.len() <= 10
        && matches!(b[0], b'R' | b'D' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && b[3..].iter().all(|&c| c.is_ascii_alphabetic() || c == b'.')
}

/// An age set off by commas (`Smith, 44, said`).
fn is_age(s: &str) -> bool {
    let s = s.trim();
    (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// A manner or time adverb that may stand between a speaker and the cue
/// (`also`, `defiantly`).
/// Where `went on to` (`goes on to`, `go on to`, `continued to`, `began
/// to`) starts when `to` is its last word: the verb after it is the
/// subject's next act.
fn went_on_to(text: &str, to: Span, lo: usize) -> Option<usize> {
    if to.as_str(text) != "to" {
        return None;
    }
    let aspect = token::word_before(text, to.start, lo).filter(|w| {
        matches!(
            w.as_str(text),
            "continued" | "continues" | "continue" | "began" | "begins" | "started" | "starts"
        ) && token::only_space_between(text, w.end, to.start)
    });
    if let Some(verb) = aspect {
        return Some(verb.start);
    }
    let on = token::word_before(text, to.start, lo).filter(|w| w.as_str(text) == "on")?;
    let go = token::word_before(text, on.start, lo)
        .filter(|w| matches!(w.as_str(text), "went" | "goes" | "go" | "going"))?;
    (token::only_space_between(text, go.end, on.start)
        && token::only_space_between(text, on.end, to.start))
    .then_some(go.start)
}

fn is_adverb(w: &str) -> bool {
    is_listed_adverb(w)
        || w.len() > 4
            && w.ends_with("ly")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(
                w,
                "family"
                    | "ally"
                    | "assembly"
                    | "rally"
                    | "supply"
                    | "reply"
                    | "monopoly"
                    | "anomaly"
                    | "weekly"
                    | "monthly"
                    | "quarterly"
                    | "daily"
            )
}

/// The longest apposition, in bytes, whose closing comma may be left out.
const MAX_OPEN_APPOSITION: usize = 100;

/// `George Hoffman, director of commodity analysis for Pillsbury said`:
/// the name that opens the clause, when the mention that ends at the cue
/// (`start` is where it starts) closes its apposition and the comma after
/// the apposition was left out.
fn name_before_open_apposition(doc: &Document, start: usize, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let comma = lo + memchr::memrchr(b',', text.get(lo..start)?.as_bytes())?;
    let chunk = text.get(comma + 1..start)?;
    // Cheap tests first (this is asked before most cues after a name): a
    // short role after the comma.
    if chunk.len() > MAX_OPEN_APPOSITION || !super::role_opens(chunk) || !is_apposition(chunk) {
        return None;
    }
    let name =
        before(doc, comma, lo).filter(|c| matches!(c, Cand::Mention(_) | Cand::Discover(..)))?;
    let opens = start_with_titles(text, name.span().start, lo);
    super::indirect::only_openers(text, lo, opens).then_some(name)
}

/// Where a phrase of time that ends at `end` starts (`on Tuesday`, `in
/// late August`, `released Friday`, with the participle that governs it),
/// else `end`.
fn time_phrase_start(text: &str, word_before: &mut WordBefore<'_>, end: usize) -> usize {
    // `Feinstein last week said`, `Trump yesterday said`: a period needs
    // `last` or `this` before it (checked below: no name ends in `day`).
    // Tested inline, without the steps below: the word before nearly every
    // cue is no time word, and this is asked before every cue.
    let Some(w) = word_before.at(end) else {
        return end;
    };
    // `McConnell, who in 2010 said`: a year, after its preposition.
    let year = |w: &str| {
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(&w[..2], "19" | "20")
    };
    let time_word = |w: &str| {
        is_time_word(w)
            || year(w)
            || matches!(
                w,
                "yesterday" | "today" | "week" | "weekend" | "month" | "year" | "night"
            )
    };
    if !(token::only_space_between(text, w.end, end) && time_word(w.as_str(text))) {
        return end;
    }
    let mut start = w.start;
    let mut step = |start: &mut usize, fits: &dyn Fn(&str) -> bool| match word_before.at(*start) {
        Some(w) if token::only_space_between(text, w.end, *start) && fits(w.as_str(text)) => {
            *start = w.start;
            true
        }
        _ => false,
    };
    let time = start;
    step(&mut start, &|w| matches!(w, "late" | "early" | "mid"));
    step(&mut start, &|w| {
        matches!(
            w,
            "on" | "in" | "since" | "last" | "this" | "by" | "later" | "earlier"
        )
    });
    step(&mut start, &|w| {
        w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
    });
    // A bare month may end a name (`Theresa May said`); no name ends in a
    // day of the week (`Priebus Thursday told`).
    let weekday = text[time..end].trim_end().ends_with("day");
    if start == time && !weekday {
        return end;
    }
    start
}

/// True when `span` lies in the phrase that opens the sentence at `lo`
/// with a preposition, before its first comma (`In a statement,`).
fn in_opening_phrase(text: &str, lo: usize, span: Span) -> bool {
    let head = &text[lo..span.end.min(text.len())];
    let first = token::first_token(head).unwrap_or_default();
    matches!(
        first,
        "In" | "On" | "At" | "During" | "After" | "Before" | "With" | "Under" | "Since" | "Despite"
    ) && !text[lo..span.start].contains(',')
}

/// Where a speaker's name starts once the titles right before it are
/// included (`Prime Minister Lena Varga` → the start of `Prime`).
pub fn start_with_titles(text: &str, start: usize, lo: usize) -> usize {
    let mut start = start;
    loop {
        // Up to three words right before `start`, nearest first (on the
        // stack: asked for every speaker before a cue).
        let mut found = [Span::default(); lexicon::MAX_TITLE_WORDS];
        let mut len = 0;
        let mut probe = start;
        while len < found.len() {
            let Some(w) = token::word_before(text, probe, lo) else {
                break;
            };
            if !text[w.end..probe]
                .trim_start_matches('.')
                .chars()
                .all(char::is_whitespace)
            {
                break;
            }
            found[len] = w;
            len += 1;
            probe = w.start;
        }
        let words = &found[..len];
        // The longest title that ends right before `start`.
        let nearest_end = match words.first() {
            Some(w) => w.end,
            None => return start,
        };
        let longest = words.iter().rev().find(|w| {
            let phrase = &text[w.start..nearest_end];
            lexicon::title(phrase.trim_end_matches('.')).is_some()
        });
        match longest {
            Some(w) => start = w.start,
            None => return start,
        }
    }
}

/// Where the titles starting at `start` end (`Prime Minister Lena Varga`
/// → the space before `Lena`); `start` when no title starts there.
fn end_of_titles(text: &str, start: usize, hi: usize) -> usize {
    let mut pos = start;
    for _ in 0..2 {
        let mut words = Vec::with_capacity(lexicon::MAX_TITLE_WORDS);
        let mut probe = pos;
        for _ in 0..lexicon::MAX_TITLE_WORDS {
            let Some(n) = token::word_after(text, probe, hi) else {
                break;
            };
            if !token::only_space_between(text, probe, n.start) && probe != pos {
                break;
            }
            words.push(n);
            probe = n.end;
        }
        let Some(first) = words.first().copied() else {
            break;
        };
        let longest = words
            .iter()
            .rev()
            .find(|w| lexicon::title(text[first.start..w.end].trim_end_matches('.')).is_some());
        match longest {
            Some(w) => pos = w.end + usize::from(text[w.end..].starts_with('.')),
            None => break,
        }
    }
    pos
}

/// Prepositions of place and time, whose object is never a speaker
/// (`in Bonn`, `on Friday`). Not `of`, `for` or `by`: `a spokesman for
/// Yukos`, `a report by Ofcom` name who speaks.
fn is_place_or_time_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "on"
            | "at"
            | "from"
            | "since"
            | "during"
            | "near"
            | "outside"
            | "inside"
            | "until"
            | "after"
            | "before"
            | "within"
            | "across"
            | "throughout"
    )
}

/// An all-caps acronym of two to six letters (`EA`, `OPEC`).
fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// `Thames Valley Police`, `Norland Police`: the name of a police force
/// that ends with `police` (capitalised), the run of capitalised words
/// before it that are names, known places among them; `None` when no such
/// word comes before it.
fn police_force_before(doc: &Document, police: Span, lo: usize) -> Option<Span> {
    let text = doc.text.as_str();
    if police.as_str(text) != "Police" {
        return None;
    }
    let mut start = police.start;
    for _ in 0..4 {
        let Some(p) = token::word_before(text, start, lo) else {
            break;
        };
        let word = p.as_str(text);
        let name = token::only_space_between(text, p.end, start)
            && token::is_capitalised(word)
            && !is_determiner(word)
            && lexicon::title(word).is_none()
            && (is_name_word(doc, p)
                || overlapping(&doc.mentions, p).any(|m| !m.modifier && m.span.start >= lo));
        if !name {
            break;
        }
        start = p.start;
    }
    (start < police.start).then(|| Span::new(start, police.end))
}

/// A name no gazetteer knows that ends at `last` (a cue follows): the run
/// of capitalised words (joined by `of`, `for`, `and`) before it. An
/// organisation when `the` precedes it, when it ends in an organisation
/// word (`Association`), is an acronym (`EA said`) or joins names with no
/// given name by `and`; a person otherwise.
fn unknown_name_before(doc: &Document, last: Span, lo: usize) -> Cand {
    let text = doc.text.as_str();
    let mut start = last.start;
    let mut words = 1;
    let mut cursor = last.start;
    let mut determiner = false;
    while words < 6 {
        let Some(prev) = token::word_before(text, cursor, lo) else {
            break;
        };
        if !token::only_space_between(text, prev.end, cursor) {
            break;
        }
        let p = prev.as_str(text);
        if p == "the" || p == "The" {
            determiner = true;
            break;
        }
        let joiner = matches!(p, "of" | "for" | "and" | "&");
        let capital = token::is_capitalised(p)
            && (is_unknown_name(doc, prev) || is_name_word(doc, prev))
            && lexicon::title(p).is_none()
            // `Carmaker Zentrix Motors said` (not `The Airline Pilots
            // Association`).
            && !(lexicon::is_company_kind(p) && is_sentence_start(doc, prev.start));
        if !(capital || joiner && words > 0) {
            break;
        }
        cursor = prev.start;
        if capital {
            start = prev.start;
            words += 1;
        }
    }
    let span = Span::new(start, last.end);
    let head = last.as_str(text);
    // Four words or more make an organisation's name, unless a particle
    // of a person's name joins them (`Sulman Bin Khalifa Al Khalifa`).
    let long = || {
        words > 3
            && !token::words(text, Span::new(start, last.start))
                .any(|w| lexicon::is_name_particle(w.as_str(text)))
    };
    // `Bausch and Lomb said`: names joined by `and` with no given name
    // among them are a firm's (people are named in full before they are
    // joined by their surnames).
    let firm = || {
        let names = span.as_str(text).split_whitespace();
        names.clone().any(|w| matches!(w, "and" | "&"))
            && !names.clone().any(|w| lexicon::given_name(w).is_some())
    };
    let org = determiner
        || is_acronym(head)
        || lexicon::name_head(head) == Some(EntityType::Org)
        || long()
        || firm();
    Cand::Discover(
        span,
        if org {
            EntityType::Org
        } else {
            EntityType::Person
        },
    )
}

/// The subject of the sentence `sent`, for a verb at `pos` whose own
/// subject is further back (`X called it "a raid" and said ...`): the first
/// person or organisation mentioned in the sentence before `pos`, or a
/// pronoun that opens the sentence.
pub fn sentence_subject(
    doc: &Document,
    gazetteer: &crate::gazetteer::Gazetteer,
    sent: Span,
    pos: usize,
) -> Option<Cand> {
    let text = doc.text.as_str();
    let mut sent = sent;
    // `When Trump suggested ..., Rubio fired back:`: the main clause's
    // subject, after a subordinate clause that opens the sentence (not
    // after `As X put it,`, which names the speaker).
    let opener = token::word_after(text, sent.start, pos)?;
    if matches!(
        opener.as_str(text),
        "When"
            | "After"
            | "While"
            | "If"
            | "Although"
            | "Though"
            | "Because"
            | "Before"
            | "Since"
            | "Once"
            | "Until"
            | "Asked"
    ) {
        // The last comma after which a subject starts (not `If, as
        // expected, his party ...,` nor `President Bush, a friend, said`).
        let head = text.get(opener.end..pos).unwrap_or_default();
        let main = head.match_indices(',').rev().find(|&(i, _)| {
            token::first_token(&head[i + 1..]).is_some_and(|w| {
                token::is_capitalised(w) || matches!(w, "he" | "she" | "they" | "it" | "we")
            })
        });
        if let Some((comma, _)) = main {
            sent = Span::new(opener.end + comma + 1, sent.end);
        }
    } else if matches!(
        opener.as_str(text),
        "In" | "At"
            | "On"
            | "During"
            | "Earlier"
            | "Later"
            | "Last"
            | "Speaking"
            | "Despite"
            | "Beyond"
            | "Under"
            | "With"
            | "Without"
            | "Amid"
            | "Among"
            | "Within"
            | "Following"
            | "Unlike"
            | "Besides"
            | "Throughout"
            | "Outside"
            | "Instead"
            | "Meanwhile"
            | "Separately"
            | "Today"
            | "Yesterday"
    ) {
        // `In an interview with reporters Thursday, the Wisconsin
        // Republican criticized ... and said`: past a phrase of time or
        // place that opens the sentence, to its first comma, when a noun
        // phrase or a pronoun follows it.
        let head = text.get(opener.end..pos).unwrap_or_default();
        if let Some(comma) = memchr::memchr(b',', head.as_bytes()) {
            let subject = token::first_token(&head[comma + 1..]).is_some_and(|w| {
                token::is_capitalised(w)
                    || matches!(w, "he" | "she" | "they" | "it" | "we")
                    || is_determiner(w)
            });
            if subject {
                sent = Span::new(opener.end + comma + 1, sent.end);
            }
        }
    }
    let mut first = token::word_after(text, sent.start, pos)?;
    // `However, he characterized X as ...`: the pronoun after an opener;
    // `But a spokesman for ...`: the article that opens the noun phrase.
    if is_clause_opener(first.as_str(text)) {
        if let Some(next) = token::word_after(text, first.end, pos) {
            if pronoun_of(next.as_str(text)).is_some() || matches!(next.as_str(text), "a" | "an") {
                first = next;
            }
        }
    }
    if let Some(class) = pronoun_of(first.as_str(text)) {
        if matches!(
            first.as_str(text),
            "He" | "She" | "They" | "It" | "he" | "she" | "they" | "it"
        ) {
            return Some(Cand::Pronoun(first, class));
        }
    }
    let i = doc.mentions.partition_point(|m| m.span.start < sent.start);
    let found = doc.mentions[i..]
        .iter()
        .take_while(|m| m.span.end <= pos)
        .find(|m| {
            // `Zaire defied its creditors ... by saying`: a place that
            // opens the clause, right before its verb, speaks for its
            // government.
            let place_subject = || {
                m.span.start == first.start
                    && token::word_after(text, m.span.end, pos).is_some_and(|v| {
                        // A deed, not a copula (`India is a "growing
                        // economy"` is said of it); `Ontario was pushing
                        // to regulate` is one.
                        let progressive = || {
                            token::word_after(text, v.end, pos)
                                .is_some_and(|g| g.as_str(text).ends_with("ing"))
                        };
                        let v = v.as_str(text);
                        v.starts_with(char::is_lowercase)
                            && (matches!(v, "has" | "had")
                                || v.len() > 4 && v.ends_with("ed")
                                || matches!(v, "is" | "was" | "are" | "were") && progressive())
                    })
            };
            // `Merrill Lynch Europe Ltd's Kevin Regan defends ...,
            // saying`: the person named after an owner's possessive is the
            // subject (not so `Tamura's ministry`, which speaks for him).
            let rest = &text[m.span.end..];
            let owned = rest
                .strip_prefix("'s ")
                .or_else(|| rest.strip_prefix("\u{2019}s "))
                .map(|after| text.len() - after.len());
            let owner_of_person = || {
                owned
                    .and_then(|at| mention_starting_at(&doc.mentions, at))
                    .is_some_and(|p| {
                        pronoun::entity_type(gazetteer, doc, p.entity) == EntityType::Person
                    })
            };
            !m.modifier
                && !owner_of_person()
                && !is_object(doc, m.span, sent.start)
                && match pronoun::entity_type(gazetteer, doc, m.entity) {
                    EntityType::Person | EntityType::Org => true,
                    EntityType::Gpe => place_subject(),
                    _ => false,
                }
        })
        .map(|m| Cand::Mention(m.span));
    if let Some(Cand::Mention(org)) = found {
        // `White House spokesman Marlin Fitzwater ... and said`: the
        // person a role noun puts after the organisation.
        return Some(Cand::Mention(
            person_after_role(doc, gazetteer, org, pos).unwrap_or(org),
        ));
    }
    // `Low-cost airlines have criticised ..., arguing`, `The government
    // refuses ..., saying`: a group or organisation noun opening the
    // sentence.
    let mut w = first;
    for _ in 0..4 {
        let word = w.as_str(text);
        // `Hughes adjourned a shareholders meeting`: the subject ends at
        // its verb; a name no list knows may stand before it (`Funaro has
        // rejected ... and said`).
        let verb = w != first
            && word.starts_with(char::is_lowercase)
            && (is_finite_verb(word) || word.len() > 4 && word.ends_with("ed"));
        if verb {
            let name = token::is_capitalised(first.as_str(text))
                && !is_determiner(first.as_str(text))
                && is_unknown_name(doc, first);
            let run = name.then(|| name_run(doc, first, w.start));
            return run
                .filter(|r| text[r.end..w.start].trim().is_empty())
                .map(|r| Cand::Discover(r, EntityType::Person));
        }
        let lower = word.to_ascii_lowercase();
        // `Airlines have attacked ...`: capitalised only as the first word.
        let opening_plural = w == first && lexicon::is_common_word(&lower) && is_group_noun(&lower);
        // `A spokeswoman for Janney declined to comment, saying ...`;
        // `The governor attacked the ruling, saying ...`: a person named
        // before by their office.
        let person_noun = first != w
            && is_determiner(first.as_str(text))
            && (SPOKESPERSON_NOUNS.contains(&lower.as_str())
                || PERSON_HEAD_NOUNS.contains(&lower.as_str()));
        if first != w
            && first.as_str(text).eq_ignore_ascii_case("the")
            && word.starts_with(char::is_lowercase)
            && PERSON_NOUNS.contains(&word)
            && !SPOKESPERSON_NOUNS.contains(&word)
        {
            return Some(Cand::PersonDescription(Span::new(first.start, w.end)));
        }
        if is_group_noun(word)
            || opening_plural
            || person_noun
            || is_class_noun(&lower)
            || ORG_NOUNS.contains(&lower.as_str())
        {
            let start = if is_determiner(first.as_str(text)) && first != w {
                first.start
            } else {
                w.start.min(first.start)
            };
            // `many farmers`, `some analysts`: a quantifier's noun.
            let end = match token::word_after(text, w.end, pos) {
                Some(n)
                    if matches!(word, "many" | "some" | "several" | "most")
                        && token::only_space_between(text, w.end, n.start)
                        && is_plural_subject(n.as_str(text))
                        && n.as_str(text).bytes().all(|b| b.is_ascii_lowercase()) =>
                {
                    n.end
                }
                _ => w.end,
            };
            return Some(Cand::Class(Span::new(start, end)));
        }
        w = token::word_after(text, w.end, pos)?;
    }
    None
}

/// The party a relative pronoun at `rel` follows (`the Conservatives
/// who`, `Tony Blair, who`, `analysts who`) in its sentence: a name, a
/// description or a plain class, not another pronoun.
pub fn relative_antecedent(doc: &Document, rel: Span) -> Option<Cand> {
    let text = doc.text.as_str();
    let sent = doc.sentences.get(doc.sentence_at(rel.start) as usize)?;
    let head = text.get(sent.start..rel.start)?.trim_end();
    let head = head.strip_suffix(',').unwrap_or(head);
    let end = sent.start + head.len();
    match before(doc, end, sent.start)? {
        c if c.span().end != end => None,
        Cand::Relative(_) | Cand::Pronoun(..) => None,
        Cand::Class(span) => plain_noun_phrase(text, span).map(Cand::Class),
        c => Some(c),
    }
}

/// The noun phrase that ends a class's words at `span`, after the last
/// verb or preposition but `of` in them (`analysts` in `angered
/// analysts`, `some analysts and activists` in `The remark worried some
/// analysts and activists`, `a coalition of labor unions`).
fn plain_noun_phrase(text: &str, span: Span) -> Option<Span> {
    let mut start = span.start;
    for w in token::words(text, span) {
        let lower = w.as_str(text).to_ascii_lowercase();
        let verb_like = lower.ends_with("ing")
            || lower.ends_with("ed") && lower.len() > 4
            || super::indirect::is_finite_verb(&lower);
        let preposition = is_place_or_time_preposition(&lower)
            || matches!(
                lower.as_str(),
                "among" | "for" | "by" | "with" | "to" | "about" | "against"
            );
        if verb_like || preposition {
            start = w.end;
        }
    }
    let first = token::word_after(text, start, span.end)?;
    Some(Span::new(first.start, span.end))
}

/// The person named right after the organisation at `org` and a role
/// noun (`White House spokesman Marlin Fitzwater`), before `pos`.
fn person_after_role(
    doc: &Document,
    gazetteer: &crate::gazetteer::Gazetteer,
    org: Span,
    pos: usize,
) -> Option<Span> {
    let text = doc.text.as_str();
    let i = doc.mentions.partition_point(|m| m.span.start < org.end);
    let next = doc.mentions.get(i).filter(|m| m.span.end <= pos)?;
    if pronoun::entity_type(gazetteer, doc, next.entity) != EntityType::Person {
        return None;
    }
    let between = text.get(org.end..next.span.start)?;
    let mut roles = 0;
    for w in between.split_whitespace() {
        let role = SPOKESPERSON_NOUNS.contains(&w)
            || PERSON_NOUNS.contains(&w)
            || lexicon::title(w.trim_end_matches('.')).is_some();
        if !role {
            return None;
        }
        roles += 1;
    }
    (roles > 0).then_some(next.span)
}

/// True when the words right before `span` make it an object, not a
/// subject: a speech verb (`told BBC News`) or a preposition (`with Mr
/// Ebbers`).
fn is_object(doc: &Document, span: Span, lo: usize) -> bool {
    let text = doc.text.as_str();
    let Some(mut w) = token::word_before(text, span.start, lo) else {
        return false;
    };
    if !token::only_space_between(text, w.end, span.start) {
        return false;
    }
    if is_determiner(w.as_str(text)) {
        match token::word_before(text, w.start, lo) {
            Some(p) if token::only_space_between(text, p.end, w.start) => w = p,
            _ => return false,
        }
    }
    let word = w.as_str(text);
    lexicon::speech_verb_any_case(word).is_some()
        || matches!(
            word,
            "to" | "with"
                | "by"
                | "for"
                | "from"
                | "against"
                | "of"
                | "about"
                | "at"
                | "on"
                | "in"
                | "into"
                | "over"
                | "than"
                | "and"
                | "or"
        )
}

/// The party named right after `start` (a cue precedes): `said Stoltenberg`,
/// `said John Smith, a spokesman`, `said the company`.
pub fn after(doc: &Document, start: usize, hi: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let w = token::word_after(text, start, hi)?;
    let word = w.as_str(text);
    // `said Tuesday`: a day or month is nobody.
    if !token::only_space_between(text, start, w.start) || is_time_word(word) {
        return None;
    }
    if let Some(person) = person_after_ranks(doc, w, hi) {
        return Some(person);
    }
    if let Some(person) = person_of_owner(doc, w, hi) {
        return Some(person);
    }
    if let Some(m) = mention_starting_at(&doc.mentions, w.start) {
        if !m.modifier {
            // `said ACLU executive Director Anthony Romero`: the person;
            // `said Texas Governor Bill Clements`, `said Ontario Premier
            // David Peterson`: the person after a capitalised role.
            let person = token::word_after(text, m.span.end, hi)
                .filter(|n| token::only_space_between(text, m.span.end, n.start))
                .and_then(|n| {
                    name_after_role_words(doc, n, hi)
                        .or_else(|| name_after_capitalised_role(doc, n, hi))
                });
            return Some(person.unwrap_or(Cand::Mention(m.span)));
        }
    }
    // Skip a title: `said Mr Smith`, `said Secretary General Stoltenberg`.
    let is_title = |w: Span| lexicon::title(w.as_str(text).trim_end_matches('.')).is_some();
    let name_after_title = |title: Span| {
        // `according to the General Accounting Office`: a name that opens
        // with the title's word.
        if let Some(m) = mention_starting_at(&doc.mentions, title.start) {
            if m.span.end > title.end {
                return Some(Cand::Mention(m.span));
            }
        }
        let mut pos = title.end;
        for _ in 0..3 {
            let n = token::word_after(text, pos, hi)?;
            if let Some(m) = mention_starting_at(&doc.mentions, n.start) {
                return Some(Cand::Mention(m.span));
            }
            if lexicon::title(n.as_str(text)).is_none() {
                return token::is_capitalised(n.as_str(text))
                    .then(|| Cand::Discover(name_run(doc, n, hi), EntityType::Person));
            }
            pos = n.end;
        }
        None
    };
    if is_title(w) {
        return name_after_title(w);
    }
    // `said the Rev. Peter Wherry`; `said the President` is a description.
    if matches!(word, "the" | "The") {
        let named = token::word_after(text, w.end, hi)
            .filter(|n| token::is_capitalised(n.as_str(text)) && is_title(*n))
            .and_then(name_after_title);
        if named.is_some() {
            return named;
        }
    }
    if let Some(class) = pronoun_of(word) {
        if matches!(word, "he" | "she" | "it" | "they") {
            return Some(Cand::Pronoun(w, class));
        }
        // `his campaign strategist said`: a possessive opens a description.
        if !is_determiner(word) {
            return None;
        }
    }
    // `said several analysts`, `said two Democrats on the panel`.
    if matches!(
        word,
        "several" | "many" | "some" | "two" | "three" | "four" | "five" | "dozens" | "other"
    ) {
        return group_head(text, w, w.end, hi);
    }
    // `said one well-connected Democrat`, `said another supporter`.
    if matches!(word, "one" | "another") {
        let n = token::word_after(text, w.end, hi)?;
        let head = person_head_after_modifiers(text, n, hi, true)?;
        let end = postmodifier_end(text, head.end, hi).unwrap_or(head.end);
        return Some(Cand::Class(Span::new(w.start, end)));
    }
    if is_determiner(word) {
        let n = token::word_after(text, w.end, hi)?;
        // `says a report from analysts Gartner`: a document speaks for its
        // author.
        if let Some(c) = document_author_after(doc, w, n, hi) {
            return Some(c);
        }
        // `argues the report,`, `says the latest survey.`: a document
        // speaks; only where the phrase ends (not `said the report was
        // wrong`, whose subject opens the reported words).
        if let Some(c) = document_after(text, w, n, hi) {
            return Some(c);
        }
        // `said the 28-year-old Morientes`, `said the Democratic strategist
        // Bob Klaus`: the name after the role.
        if matches!(word, "the" | "The" | "a" | "A" | "an" | "An")
            && token::only_space_between(text, w.end, n.start)
        {
            // A person's role right before the name: not `said the company
            // Tuesday`, `said an unidentified Mexican trader`.
            let person_role = |c: &Cand| {
                token::word_before(text, c.span().start, n.start).is_some_and(|r| {
                    token::with_lower(r.as_str(text), |r| {
                        is_person_noun(r) || is_aged(r) || is_agent_noun(r)
                    })
                })
            };
            if let Some(c) = name_after_role_words(doc, n, hi).filter(person_role) {
                return Some(c);
            }
        }
        if let Some(m) = mention_starting_at(&doc.mentions, n.start) {
            // `said a White House spokesman`, `said an Iowa Democrat`: the
            // mention only modifies the person described.
            if let Some(c) = described_after_mention(doc, w, m.span, hi) {
                return Some(c);
            }
            // `according to the UK-based journal Screen Digest`.
            if let Some(c) = m
                .modifier
                .then(|| named_after_modifier(doc, n.end, hi))
                .flatten()
            {
                return Some(c);
            }
            // `according to the Saskatchewan Wheat Pool`: a mention that
            // opens a longer name no gazetteer knows; not `the BBC's`, nor
            // a person's description (`said the Texas Democrat`, `the U.S.
            // Ambassador`).
            let run = org_name_run(doc, n, hi);
            let person = token::with_lower(token::after_last_space(run.as_str(text)), |l| {
                is_person_noun(l) || is_unnamed_person_noun(l) || is_class_noun(l)
            });
            if run.end > m.span.end && text[m.span.end..].starts_with(' ') && !person {
                return Some(Cand::Discover(run, EntityType::Org));
            }
            // `according to the BBC`
            return Some(Cand::Mention(m.span));
        }
        let mut buf = [0u8; 32];
        let noun: &str = &token::lower_in(n.as_str(text), &mut buf);
        // The lists the noun is in, with one lookup.
        let lists = NounLists::of(noun);
        // `the campaign strategist`: the organisation noun only modifies
        // the person.
        let person_next = || {
            token::word_after(text, n.end, hi).is_some_and(|x| {
                token::only_space_between(text, n.end, x.start)
                    && token::with_lower(x.as_str(text), is_person_noun)
            })
        };
        // `said a handful of Democrats`, `said a group of economists`.
        // Not `said the number of workers will ...`: the clause's subject.
        if matches!(noun, "handful" | "group" | "number" | "couple" | "panel")
            && matches!(word, "a" | "A" | "an" | "An")
            && token::word_after(text, n.end, hi).is_some_and(|o| o.as_str(text) == "of")
        {
            return group_head(text, w, n.end, hi);
        }
        if lists.has(NounLists::COMPANY) && !person_next() {
            return Some(Cand::OrgDescription(Span::new(w.start, n.end)));
        }
        if lists.has(NounLists::ORG) && !token::is_capitalised(n.as_str(text)) && !person_next() {
            return Some(Cand::Class(Span::new(w.start, n.end)));
        }
        if word.eq_ignore_ascii_case("the") && token::is_capitalised(n.as_str(text)) {
            // `the Institute for Fiscal Studies`: an organisation no
            // gazetteer knows; `the Old Trafford boss`, someone it
            // qualifies, described as someone named before.
            let run = org_name_run(doc, n, hi);
            // Not `the M&S spokesman`, who speaks for the organisation.
            let person = token::word_after(text, run.end, hi).filter(|p| {
                token::only_space_between(text, run.end, p.start)
                    && token::with_lower(p.as_str(text), |p| {
                        PERSON_NOUNS.contains(&p) && !SPOKESPERSON_NOUNS.contains(&p)
                            // `says the Waterford man`.
                            || matches!(p, "man" | "woman")
                    })
                    && ends_phrase(text, p.end, hi)
            });
            return Some(match person {
                Some(p) => Cand::PersonDescription(Span::new(w.start, p.end)),
                None => Cand::Discover(run, EntityType::Org),
            });
        }
        if lists.has(NounLists::SPOKESPERSON) {
            // `said a spokesman for Microsoft`
            let f = token::word_after(text, n.end, hi);
            if let Some(f) = f.filter(|f| f.as_str(text) == "for") {
                let e = token::word_after(text, f.end, hi)?;
                if let Some(m) = mention_starting_at(&doc.mentions, e.start) {
                    return Some(Cand::SpokespersonOf(Span::new(w.start, m.span.end), m.span));
                }
                // `a spokesman for sugar company Svenska Sockerfabriks`:
                // the name after a few words that describe it, known or
                // not.
                let mut at = e.start;
                if e.as_str(text).eq_ignore_ascii_case("the") {
                    at = token::word_after(text, e.end, hi)?.start;
                }
                if let Some(m) = described_name(doc, at, hi) {
                    return Some(Cand::SpokespersonOf(Span::new(w.start, m.end), m));
                }
                if let Some(name) = described_unknown_name(doc, at, hi) {
                    return Some(Cand::Discover(name, EntityType::Org));
                }
                // `said a spokesman for the company`: the company named
                // before.
                if e.as_str(text).eq_ignore_ascii_case("the") {
                    if let Some(c) = token::word_after(text, e.end, hi) {
                        if token::with_lower(c.as_str(text), |c| COMPANY_NOUNS.contains(&c)) {
                            return Some(Cand::OrgDescription(Span::new(e.start, c.end)));
                        }
                    }
                }
            }
            // `said the official`, `said a spokesman`.
            if lists.has(NounLists::UNNAMED_PERSON) {
                return Some(if word.eq_ignore_ascii_case("the") {
                    Cand::PersonDescription(Span::new(w.start, n.end))
                } else {
                    Cand::Class(n)
                });
            }
            // `said a source familiar with the talks`: a person described,
            // below.
        }
        if lists.has(NounLists::CLASS) {
            return Some(Cand::Class(Span::new(w.start, n.end)));
        }
        // `said a person close to the Clintons`, `said an aide`, `said a
        // Democratic strategist`, `said a 2008 Clinton veteran`.
        let the = word.eq_ignore_ascii_case("the");
        let mut head = person_head_after_modifiers(text, n, hi, !the)?;
        let first_head = head;
        // `its chief executive`: a role of two nouns.
        if let Some(next) = token::word_after(text, head.end, hi).filter(|x| {
            token::only_space_between(text, head.end, x.start)
                && x.as_str(text).starts_with(char::is_lowercase)
                && is_person_noun(x.as_str(text))
        }) {
            head = Span::new(head.start, next.end);
        }
        // `said its chief executive, Sir Howard Newby.`: the name set off
        // after the role, which ends the clause, is who speaks.
        if let Some(name) = name_set_off_after(doc, head.end, hi) {
            return Some(name);
        }
        let end = postmodifier_end(text, head.end, hi).unwrap_or(head.end);
        // `said the 36-year-old`: someone described, as in `the
        // 36-year-old said` (`said the aide` may be someone unnamed).
        // So is `said the giant winger`, a person known by what they do,
        // unlike someone who acts for others (`said the aide`).
        let aged = token::with_lower(first_head.as_str(text), is_aged)
            || token::with_lower(token::after_last_space(head.as_str(text)), |h| {
                is_aged(h) || is_described_person_noun(h)
            });
        // Not `said the manager of a European bank`, someone new.
        let of_follows = token::word_after(text, head.end, hi)
            .is_some_and(|o| matches!(o.as_str(text), "of" | "at" | "with" | "from" | "for"));
        return Some(if the && aged && end == head.end && !of_follows {
            Cand::PersonDescription(Span::new(w.start, end))
        } else {
            Cand::Class(Span::new(w.start, end))
        });
    }
    // `said conservative activist Bob Klaus`: a role in lower case, then
    // the name.
    if let Some(c) = name_after_role_words(doc, w, hi) {
        return Some(c);
    }
    if token::with_lower(word, is_class_noun) {
        return Some(Cand::Class(w));
    }
    if token::is_capitalised(word) && is_unknown_name(doc, w) {
        return Some(Cand::Discover(name_run(doc, w, hi), EntityType::Person));
    }
    None
}

/// A group of people after a cue, from `first` (`several analysts`, `a
/// handful of Democrats who ...`): a plural head within three words of
/// `pos` (after `of` and modifiers, no verb: not `said four will replace
/// units`), and its postmodifier.
fn group_head(text: &str, first: Span, pos: usize, hi: usize) -> Option<Cand> {
    let mut pos = pos;
    for _ in 0..3 {
        let n = token::word_after(text, pos, hi)?;
        if !token::only_space_between(text, pos, n.start) {
            return None;
        }
        let word = n.as_str(text);
        let plural = word.len() > 3 && word.ends_with('s') && !word.ends_with("ss");
        let people = token::is_capitalised(word) && plural || is_group_noun(word);
        if people && word != "others" {
            let end = postmodifier_end(text, n.end, hi).unwrap_or(n.end);
            return Some(Cand::Class(Span::new(first.start, end)));
        }
        let modifier = word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !is_finite_verb(word)
            && !matches!(
                word,
                "will" | "would" | "can" | "could" | "may" | "did" | "do"
            );
        if !(word == "of" || modifier) {
            return None;
        }
        pos = n.end;
    }
    None
}

/// Nouns that head a description of one person (`a Clinton aide`, `an
/// Iowa Democrat`), besides spokespeople.
const PERSON_HEAD_NOUNS: &[&str] = &[
    "person",
    "man",
    "woman",
    "aide",
    "adviser",
    "advisor",
    "strategist",
    "operative",
    "insider",
    "staffer",
    "donor",
    "supporter",
    "voter",
    "delegate",
    "lawmaker",
    "veteran",
    "democrat",
    "republican",
];

/// Other nouns for one person that news quotes without a name.
const QUOTED_PERSON_NOUNS: &[&str] = &[
    "witness",
    "analyst",
    "dealer",
    "broker",
    "student",
    "consultant",
    "trader",
    "diplomat",
    "banker",
    "economist",
    "correspondent",
    "expert",
    "resident",
    "officer",
    "narrator",
    "widow",
];

/// True when the lower-case `word` names one person (`spokesman`,
/// `official`, `witness`, `strategist`), not a thing or a body.
pub fn is_person_noun(word: &str) -> bool {
    // One lookup instead of a scan of each list: asked of the head of
    // most descriptions after a cue.
    static NOUNS: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
        std::sync::LazyLock::new(|| {
            PERSON_NOUN_LISTS
                .iter()
                .flat_map(|l| l.iter().copied())
                .collect()
        });
    NOUNS.contains(word)
}

/// The lists of nouns for one person that [`is_person_noun`] knows.
const PERSON_NOUN_LISTS: [&[&str]; 5] = [
    PERSON_NOUNS,
    PERSON_HEAD_NOUNS,
    UNNAMED_PERSON_NOUNS,
    QUOTED_PERSON_NOUNS,
    &["representative", "source"],
];

/// The head noun of a description of one person that starts at `first`
/// (after its article), past up to three modifiers: `strategist` in
/// `Democratic strategist`, `veteran` in `2008 Clinton veteran`. With
/// `any`, every person noun (`one Democratic source`); without, not the
/// spokespeople and officials that `the presidential spokesman` reads
/// back to someone named before.
/// A name right after `, ` at `pos` that ends the clause (`, Sir Howard
/// Newby.`), as a mention or a name to discover.
fn name_set_off_after(doc: &Document, pos: usize, hi: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let rest = text.get(pos..hi)?.strip_prefix(", ")?;
    let first = token::first_token(rest)?;
    if !token::is_capitalised(first) {
        return None;
    }
    let name = match after(doc, pos + 2, hi)? {
        c @ (Cand::Mention(_) | Cand::Discover(..)) => c,
        _ => return None,
    };
    let tail = text.get(name.span().end..hi)?.trim_start();
    (tail.is_empty() || tail.starts_with(['.', ';'])).then_some(name)
}

/// A lower-case noun for a person known by what they do (`winger`,
/// `champion`, `entrepreneur`), whom `the` describes as someone named
/// before: not someone who acts for others (`aide`, `spokesman`).
fn is_described_person_noun(lower: &str) -> bool {
    PERSON_NOUNS.contains(&lower)
        && !is_unnamed_person_noun(lower)
        && !SPOKESPERSON_NOUNS.contains(&lower)
        && !QUOTED_PERSON_NOUNS.contains(&lower)
        && !matches!(
            lower,
            "aide" | "adviser" | "advisor" | "representative" | "lawyer" | "attorney"
        )
}

fn person_head_after_modifiers(text: &str, first: Span, hi: usize, any: bool) -> Option<Span> {
    let mut w = first;
    for _ in 0..4 {
        let mut buf = [0u8; 32];
        let lower: &str = &token::lower_in(w.as_str(text), &mut buf);
        if PERSON_HEAD_NOUNS.contains(&lower)
            || is_aged(lower)
            || any && is_person_noun(lower)
            || is_described_person_noun(lower)
        {
            return Some(w);
        }
        if lexicon::speech_verb_any_case(w.as_str(text)).is_some() {
            return None;
        }
        let next = token::word_after(text, w.end, hi)?;
        if !token::only_space_between(text, w.end, next.start) {
            return None;
        }
        w = next;
    }
    None
}

/// `said Sun's chief operating officer Jonathan Schwartz`, `said CNBC's
/// Hadley Gamble`: the person an organisation's possessive (starting at
/// `w`) puts before a role or right before the name.
fn person_of_owner(doc: &Document, w: Span, hi: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    if !token::is_capitalised(w.as_str(text)) {
        return None;
    }
    let owner_end = match mention_starting_at(&doc.mentions, w.start) {
        Some(m) => m.span.end,
        None => name_run(doc, w, hi).end,
    };
    let rest = text.get(owner_end..hi)?;
    let suffix = ["'s ", "\u{2019}s "]
        .iter()
        .find(|p| rest.starts_with(*p))?;
    let pos = owner_end + suffix.len();
    let n = token::word_after(text, pos, hi).filter(|n| n.start == pos)?;
    if let Some(m) = mention_starting_at(&doc.mentions, n.start) {
        return (!m.modifier).then_some(Cand::Mention(m.span));
    }
    if token::is_capitalised(n.as_str(text)) {
        // `Sun's Jonathan Schwartz`, not `Sun's Solaris`.
        return (lexicon::given_name(n.as_str(text)).is_some() && is_unknown_name(doc, n))
            .then(|| Cand::Discover(name_run(doc, n, hi), EntityType::Person));
    }
    name_after_role_words(doc, n, hi).or_else(|| {
        // `Obama's former campaign strategist said`: an unnamed person of
        // the owner, kept as the description.
        let head = person_head_after_modifiers(text, n, hi, true)?;
        Some(Cand::Class(Span::new(w.start, head.end)))
    })
}

/// `a report from analysts Gartner`, `a new study by the Zentrix Institute`
/// (after the determiner `det`, whose next word is `n`): the author named
/// after `from` or `by`, with up to three words describing it, for whom the
/// document speaks.
/// `the report`, `a new study`, `the latest figures` after a cue, with
/// up to two lower-case words before the noun, where the phrase ends: a
/// description of the document that speaks. `det` is the determiner and
/// `n` the word after it.
fn document_after(text: &str, det: Span, n: Span, hi: usize) -> Option<Cand> {
    let is_document = |w: Span| token::with_lower(w.as_str(text), super::author::is_document_noun);
    // An article only: a possessive's document speaks for its owner
    // (`says its report`), which the caller finds.
    if !matches!(det.as_str(text), "the" | "The" | "a" | "A" | "an" | "An") {
        return None;
    }
    let mut noun = n;
    for _ in 0..2 {
        let word = noun.as_str(text);
        if is_document(noun) || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            break;
        }
        // `the company statement`, `court papers`, `the police report`:
        // the body's document is the body's, which the caller finds.
        if NounLists::of(word).0 & (NounLists::COMPANY | NounLists::ORG | NounLists::CLASS) != 0
            || is_people_noun(word)
        {
            return None;
        }
        noun = token::word_after(text, noun.end, hi)
            .filter(|next| token::only_space_between(text, noun.end, next.start))?;
    }
    (is_document(noun) && ends_phrase(text, noun.end, hi))
        .then(|| Cand::Class(Span::new(det.start, noun.end)))
}

fn document_author_after(doc: &Document, det: Span, n: Span, hi: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let is_document = |w: Span| {
        token::with_lower(w.as_str(text), |l| {
            matches!(
                l,
                "report" | "study" | "survey" | "research" | "analysis" | "poll" | "paper"
            )
        })
    };
    // `a new report`, `a recent study`: up to two adjectives before the
    // noun.
    let mut noun = n;
    for _ in 0..2 {
        if is_document(noun) || !noun.as_str(text).bytes().all(|b| b.is_ascii_lowercase()) {
            break;
        }
        noun = token::word_after(text, noun.end, hi)?;
    }
    if !is_document(noun) {
        return None;
    }
    let by = token::word_after(text, noun.end, hi)?;
    if !matches!(by.as_str(text), "from" | "by")
        || !token::only_space_between(text, noun.end, by.start)
    {
        return None;
    }
    let mut at = by;
    for _ in 0..4 {
        let next = token::word_after(text, at.end, hi)?;
        if !token::only_space_between(text, at.end, next.start) {
            return None;
        }
        if let Some(m) = mention_starting_at(&doc.mentions, next.start).filter(|m| !m.modifier) {
            return Some(Cand::SpokespersonOf(
                Span::new(det.start, m.span.end),
                m.span,
            ));
        }
        if token::is_capitalised(next.as_str(text)) && !is_determiner(next.as_str(text)) {
            return None;
        }
        at = next;
    }
    None
}

/// `said conservative activist Bob Klaus`, `said Democratic pollster Geoff
/// Garin`, `said executive Director Anthony Romero`: up to six words of
/// a role, the last a lower-case noun, then titles and a name, which is
/// the speaker. A place that modifies the role is part of it (`said
/// former Pennsylvania governor Ed Rendell`).
fn name_after_role_words(doc: &Document, first: Span, hi: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let mut w = first;
    // The words so far, none of which may be a cue: looked up only once a
    // role is found, as every other way out answers `None` anyway.
    // `Tory shadow local government secretary Caroline Spelman`: up to
    // six words.
    let mut seen = [Span::default(); 6];
    for k in 0..seen.len() {
        let word = w.as_str(text);
        // `the 28-year-old Morientes`: an age is a role too.
        let aged = is_aged(word);
        // `said 9/11 widow Terry Strada`, `said 2008 nominee John Doe`: a
        // number modifies the role.
        let numeric = word.starts_with(|c: char| c.is_ascii_digit());
        if !word.starts_with(char::is_lowercase)
            && !token::is_capitalised(word)
            && !aged
            && !numeric
        {
            return None;
        }
        // Not past a preposition (`said Paul Dergarabedian of box office
        // tracker Exhibitor Relations` is Dergarabedian's) or into a
        // clause (`said there were no new developments concerning Bass`).
        let clause_word = || {
            token::with_lower(word, |l| {
                is_function_word(l)
                    || matches!(l, "from" | "with" | "by" | "there" | "no" | "not")
                    || pronoun_of(l).is_some()
            }) || super::indirect::is_finite_verb(word)
        };
        // `Richard and Judy executive producer Amanda Ross`: `and` inside
        // a name.
        let joins_names = matches!(word, "and" | "&")
            && match k {
                0 => token::word_before(text, w.start, 0),
                _ => Some(seen[k - 1]),
            }
            .is_some_and(|p| token::is_capitalised(p.as_str(text)));
        if !joins_names && clause_word() {
            return None;
        }
        seen[k] = w;
        let next = token::word_after(text, w.end, hi)?;
        // `said EEF chief economist, Steve Radley.`: a name set off after
        // the role, which it closes.
        let set_off = &text[w.end..next.start] == ", "
            && word.starts_with(char::is_lowercase)
            && is_role_noun(word)
            && token::is_capitalised(next.as_str(text))
            && {
                // The name ends the sentence or a clause that adds to the
                // attribution (`, adding ...`, `, who ...`).
                let run = name_run(doc, next, hi);
                let rest = &text[run.end..hi];
                let adds = rest.strip_prefix(", ").is_some_and(|r| {
                    token::first_token(r).is_some_and(|f| f.ends_with("ing") || f == "who")
                });
                run.end == hi || rest.starts_with(['.', ';']) || adds
            };
        let number_goes_on = numeric
            && matches!(&text[w.end..next.start], "/" | "-")
            && next.as_str(text).starts_with(|c: char| c.is_ascii_digit());
        if !set_off && !number_goes_on && !token::only_space_between(text, w.end, next.start) {
            return None;
        }
        let before_name = token::is_capitalised(next.as_str(text));
        if before_name && (aged || word.starts_with(char::is_lowercase) && is_role_noun(word)) {
            if seen[..=k]
                .iter()
                .any(|s| lexicon::speech_verb_any_case(s.as_str(text)).is_some())
            {
                return None;
            }
            let name_start = end_of_titles(text, next.start, hi);
            let name = token::word_after(text, name_start, hi)?;
            if !token::is_capitalised(name.as_str(text)) || is_time_word(name.as_str(text)) {
                return None;
            }
            if let Some(m) = mention_starting_at(&doc.mentions, name.start) {
                // `Pennsylvania governor Ed Rendell`, `former British team
                // member Chris Bailey`: a place, a role of up to three
                // words, a name.
                let role_after = role_words_before_name(text, m.span.end, hi);
                if let Some(role) = role_after.filter(|_| name.start == next.start) {
                    w = role;
                    continue;
                }
                return (!m.modifier).then_some(Cand::Mention(m.span));
            }
            return is_unknown_name(doc, name)
                .then(|| Cand::Discover(name_run(doc, name, hi), EntityType::Person));
        }
        w = next;
    }
    None
}

/// `Governor Bill Clements` at `role`: a person's role written with a
/// capital (`Governor`, `Premier`, `President`) and the name right after
/// it, known or not.
fn name_after_capitalised_role(doc: &Document, role: Span, hi: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let word = role.as_str(text);
    if !token::is_capitalised(word) || !token::with_lower(word, is_person_noun) {
        return None;
    }
    let name = token::word_after(text, role.end, hi)
        .filter(|n| token::only_space_between(text, role.end, n.start))?;
    if !token::is_capitalised(name.as_str(text)) || is_time_word(name.as_str(text)) {
        return None;
    }
    if let Some(m) = mention_starting_at(&doc.mentions, name.start) {
        return (!m.modifier).then_some(Cand::Mention(m.span));
    }
    is_unknown_name(doc, name).then(|| Cand::Discover(name_run(doc, name, hi), EntityType::Person))
}

/// The last of one to three lower-case role words right after `pos`
/// (`governor`, `team member`) when a capitalised word follows it.
fn role_words_before_name(text: &str, pos: usize, hi: usize) -> Option<Span> {
    let mut at = pos;
    for _ in 0..3 {
        let r = token::word_after(text, at, hi)
            .filter(|r| token::only_space_between(text, at, r.start))?;
        let word = r.as_str(text);
        if !(word.starts_with(char::is_lowercase)
            && is_role_noun(word)
            && lexicon::speech_verb_any_case(word).is_none())
        {
            return None;
        }
        let next = token::word_after(text, r.end, hi)
            .filter(|n| token::only_space_between(text, r.end, n.start))?;
        if token::is_capitalised(next.as_str(text)) {
            return Some(r);
        }
        at = r.end;
    }
    None
}

/// A lower-case noun for what a person is or does (`publisher`,
/// `senator`), as written before a name.
pub fn is_role_word(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_lowercase()) && (is_person_noun(word) || is_agent_noun(word))
}

/// True for a lower-case noun shaped like one for someone who does
/// something (`strategist`, `organiser`, `historian`). Not `-ent` or
/// `-ant`: more adjectives than people end so (`recent`, `significant`).
fn is_agent_noun(word: &str) -> bool {
    word.len() > 5
        && ["ist", "er", "or", "ian"].iter().any(|s| word.ends_with(s))
        // Adjectives of the same shape: `senior`, `former`, `upper`.
        && !word.ends_with("ior")
        && !matches!(word, "former" | "other" | "latter" | "further" | "longer")
        && !is_comparative(word)
}

/// A comparative adjective of the agent noun's shape: `Higher` opens `Higher
/// Education Funding Council`, no researcher or trader.
fn is_comparative(word: &str) -> bool {
    matches!(
        word,
        "higher"
            | "bigger"
            | "larger"
            | "greater"
            | "younger"
            | "stronger"
            | "weaker"
            | "faster"
            | "slower"
            | "smaller"
            | "taller"
            | "shorter"
            | "cheaper"
            | "deeper"
            | "richer"
            | "poorer"
            | "harder"
            | "broader"
            | "closer"
            | "easier"
            | "earlier"
            | "tougher"
            | "tighter"
            | "brighter"
            | "darker"
            | "smarter"
            | "sharper"
            | "steeper"
            | "thinner"
            | "wealthier"
            | "healthier"
            | "happier"
            | "heavier"
            | "bolder"
            | "louder"
            | "warmer"
            | "colder"
            | "simpler"
            | "riskier"
            | "costlier"
    )
}

/// A lower-case word that can name what a person does, right before the
/// name (`pollster`, `activist`, `executive`): no function word, time
/// word or adverb.
pub fn is_role_noun(word: &str) -> bool {
    word.len() > 3
        && !word.ends_with("ly")
        && !is_time_word(word)
        && !matches!(
            word,
            "from"
                | "with"
                | "about"
                | "after"
                | "before"
                | "during"
                | "since"
                | "that"
                | "this"
                | "then"
                | "when"
                | "while"
                | "into"
                | "over"
                | "under"
                | "also"
                | "last"
                | "next"
                | "through"
                | "without"
                | "against"
                | "among"
                | "outside"
                | "inside"
        )
        && !crate::gazetteer::find::is_stop_word(word)
}

/// The end of a phrase that says more about a person and ends the
/// clause: `close to the Clintons`, `familiar with the talks`.
fn postmodifier_end(text: &str, start: usize, hi: usize) -> Option<usize> {
    let first = token::word_after(text, start, hi)?;
    if !matches!(
        first.as_str(text),
        "close"
            | "familiar"
            | "with"
            | "in"
            | "on"
            | "from"
            | "at"
            | "involved"
            | "briefed"
            | "near"
    ) || !token::only_space_between(text, start, first.start)
    {
        return None;
    }
    let mut last = first;
    for _ in 0..8 {
        if text[last.end..hi.max(last.end)].starts_with([',', '.', ';']) {
            return Some(last.end);
        }
        let w = token::word_after(text, last.end, hi)?;
        if !token::only_space_between(text, last.end, w.start)
            || lexicon::speech_verb_any_case(w.as_str(text)).is_some()
        {
            return None;
        }
        last = w;
    }
    None
}

/// `a White House spokesman`, `a Clinton aide`, `an Iowa Democrat`: after
/// the determiner `det` and the mention `m`, up to two more words ending
/// the phrase name the person. A spokesperson speaks for the mention;
/// anyone else is a description.
fn described_after_mention(doc: &Document, det: Span, m: Span, hi: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let mut last = m;
    let mut head = None;
    for _ in 0..2 {
        let Some(w) = token::word_after(text, last.end, hi) else {
            break;
        };
        let mut buf = [0u8; 32];
        let lower: &str = &token::lower_in(w.as_str(text), &mut buf);
        if !token::only_space_between(text, last.end, w.start) {
            break;
        }
        if SPOKESPERSON_NOUNS.contains(&lower) {
            let desc = Span::new(det.start, w.end);
            return Some(Cand::SpokespersonOf(desc, m));
        }
        if PERSON_HEAD_NOUNS.contains(&lower) {
            head = Some(w);
        }
        // `said the Zentrix founder`: someone the organisation only
        // qualifies, described as someone named before.
        if det.as_str(text).eq_ignore_ascii_case("the")
            && PERSON_NOUNS.contains(&lower)
            && ends_phrase(text, w.end, hi)
        {
            return Some(Cand::PersonDescription(Span::new(det.start, w.end)));
        }
        last = w;
    }
    let head = head.filter(|h| ends_phrase(text, h.end, hi))?;
    // `says the Waterford man`, `the Irish woman`: someone the place or
    // nation describes, named before.
    let described = det.as_str(text).eq_ignore_ascii_case("the")
        && matches!(head.as_str(text), "man" | "woman");
    Some(if described {
        Cand::PersonDescription(Span::new(det.start, head.end))
    } else {
        Cand::Class(Span::new(det.start, head.end))
    })
}

/// True when punctuation that ends a phrase (`,`, `.`, `;`) follows `end`.
fn ends_phrase(text: &str, end: usize, hi: usize) -> bool {
    text[end..hi.max(end)]
        .trim_start_matches(' ')
        .starts_with([',', '.', ';'])
}

/// `said Air Force 1st Lt. Tyler Livingston`, `said United Auto Workers
/// Secretary-Treasurer Gary Casteel`: an organisation, ranks and ordinals
/// before a person's name; the person is the party. `first` is the word
/// the run opens with.
fn person_after_ranks(doc: &Document, first: Span, hi: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    // The run of capitalised words and ordinals, across abbreviations'
    // periods (`Lt. Tyler`), and where each word's gap ended. On the
    // stack: `after` asks after every cue, and a `Vec` cost an allocation
    // whenever a capitalised word follows.
    let mut words = [(Span::default(), false); 10];
    let mut len = 0;
    let mut pos = first.start;
    // The first word, which `after` has found: the word after `pos` then.
    let mut seed = Some(first);
    while len < words.len() {
        let Some(w) = seed.take().or_else(|| token::word_after(text, pos, hi)) else {
            break;
        };
        let gap = &text[pos..w.start];
        let last = len.checked_sub(1);
        let abbreviated = gap == ". " && last.is_some_and(|l| words[l].0.len() <= 4);
        if !(len == 0 && gap.is_empty() || gap == " " || abbreviated) {
            break;
        }
        if let Some(l) = last {
            words[l].1 = abbreviated;
        }
        let word = w.as_str(text);
        if !token::is_capitalised(word) && !is_ordinal(word) {
            break;
        }
        words[len] = (w, false);
        len += 1;
        pos = w.end;
    }
    let run = &words[..len];
    // The name: a given name and one or two more words, ending the run.
    let given = |w: &Span| lexicon::given_name(w.as_str(text)).is_some();
    let k = run.iter().rposition(|(w, _)| given(w))?;
    if k == 0 || !(2..=3).contains(&(run.len() - k)) || given(&run[k - 1].0) {
        return None;
    }
    // Something before it says rank or organisation, not more name.
    let rank = |(w, abbreviated): &(Span, bool)| {
        let word = w.as_str(text);
        *abbreviated
            || is_ordinal(word)
            || word.contains('-')
            || lexicon::title(word).is_some()
            || overlapping(&doc.mentions, *w).next().is_some()
    };
    if !run[..k].iter().any(rank) {
        return None;
    }
    let name = Span::new(run[k].0.start, run[run.len() - 1].0.end);
    if let Some(m) =
        mention_starting_at(&doc.mentions, name.start).filter(|m| m.span.end <= name.end)
    {
        return Some(Cand::Mention(m.span));
    }
    overlapping(&doc.mentions, name)
        .next()
        .is_none()
        .then_some(Cand::Discover(name, EntityType::Person))
}

/// An auxiliary, a modal or an adverb that may stand between a subject
/// and its cue (`will ask`, `has also said`).
pub fn is_auxiliary(word: &str) -> bool {
    super::indirect::is_finite_verb(word)
        || matches!(word, "did" | "does" | "also" | "then" | "later")
}

/// `the insider`, `a narrator`, `the 43-year-old`: an article and up to
/// three lower-case words, a speaker the lexicon does not know, for
/// attributions next to quote marks only. The words must end at `stop`
/// (the cue) or, when `stop` is `None`, at punctuation ending the clause.
pub fn plain_description(
    doc: &Document,
    start: usize,
    hi: usize,
    stop: Option<usize>,
) -> Option<Cand> {
    let text = doc.text.as_str();
    let det = token::word_after(text, start, hi).filter(|d| d.start == start)?;
    if !matches!(
        det.as_str(text),
        "the" | "The" | "a" | "A" | "an" | "An" | "another" | "Another" | "one" | "One"
    ) {
        return None;
    }
    let mut last = det;
    for _ in 0..3 {
        let Some(w) = token::word_after(text, last.end, hi) else {
            break;
        };
        let word = w.as_str(text);
        let plain = word.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            && word.chars().all(|c| c.is_alphanumeric() || c == '-');
        if !token::only_space_between(text, last.end, w.start)
            || !plain
            || lexicon::speech_verb(word).is_some()
            || pronoun_of(word).is_some()
            || is_auxiliary(word)
            // `The rapper opened the show`: a past tense after the noun
            // ends the phrase (not `the retired teacher`).
            || last != det && word.len() > 4 && word.ends_with("ed")
        {
            break;
        }
        last = w;
    }
    if last == det {
        return None;
    }
    // `the cardinal will ask`: auxiliaries and adverbs before the cue are
    // no part of the description.
    let mut end = last.end;
    while let Some(w) = token::word_after(text, end, hi)
        .filter(|w| Some(w.start) != stop && is_auxiliary(w.as_str(text)))
    {
        end = w.end;
    }
    let ends_right = match stop {
        Some(stop) => {
            token::word_after(text, end, hi).is_some_and(|w| w.start == stop)
                && token::only_space_between(text, end, stop)
        }
        None => text[last.end..hi.max(last.end)]
            .trim_start_matches(' ')
            .starts_with(['.', ',', ';']),
    };
    ends_right.then_some(Cand::Class(Span::new(det.start, last.end)))
}

/// `the announcer said`: [`plain_description`] for the words before the
/// cue `cue`, back to their article.
pub fn plain_description_before(doc: &Document, cue: Span, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let w = token::word_before(text, cue.start, lo)?;
    let det = det_before(doc, w, lo)?;
    plain_description(doc, det.start, cue.end, Some(cue.start))
}

/// Where the words after a speaker's name that only say more about the
/// speaker end: a parenthesis (`Rep. John Mica (R-Fla.)`) and an
/// organisation (`Mr. Morgan of the Sierra Club`). `end` when none.
pub fn end_of_postmodifier(doc: &Document, end: usize, limit: usize) -> usize {
    let text = doc.text.as_str();
    let mut pos = end;
    let rest = &text[pos..limit];
    if let Some(inner) = rest.strip_prefix(" (") {
        if let Some(close) = inner
            .find(')')
            .filter(|&c| c <= 30 && !inner[..c].contains('('))
        {
            pos += 2 + close + 1;
        }
    }
    let Some(of) = token::word_after(text, pos, limit) else {
        return pos;
    };
    if !token::only_space_between(text, pos, of.start) {
        return pos;
    }
    // `a narrator in the Clinton ad asks`: a short phrase of place that
    // runs to the cue.
    if matches!(of.as_str(text), "in" | "on" | "at" | "from" | "with") {
        let mut last = of;
        for _ in 0..6 {
            let Some(w) = token::word_after(text, last.end, limit) else {
                break;
            };
            if !token::only_space_between(text, last.end, w.start) {
                break;
            }
            // Not a noun after an owner or article (`in backing Smith's
            // claims`, `in the report`).
            let owned = {
                let l = last.as_str(text);
                is_determiner(l) || l.ends_with("'s") || l.ends_with("\u{2019}s")
            };
            if !owned && lexicon::speech_verb_any_case(w.as_str(text)).is_some() {
                return last.end;
            }
            last = w;
        }
        return pos;
    }
    if of.as_str(text) != "of" {
        return pos;
    }
    let mut org = token::word_after(text, of.end, limit);
    if let Some(the) = org.filter(|w| w.as_str(text) == "the") {
        org = token::word_after(text, the.end, limit);
    }
    match org.and_then(|w| mention_starting_at(&doc.mentions, w.start)) {
        Some(m) if !m.modifier => m.span.end,
        _ => pos,
    }
}

/// `Lee Wang of The Intercept said`: the name before `of` that a mention
/// starting at `start` belongs to, not the organisation, is the speaker.
fn named_before_of(doc: &Document, start: usize, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let mut start = start;
    let mut of = token::word_before(text, start, lo)?;
    if matches!(of.as_str(text), "the" | "The") && token::only_space_between(text, of.end, start) {
        start = of.start;
        of = token::word_before(text, of.start, lo)?;
    }
    if of.as_str(text) == "for" && token::only_space_between(text, of.end, start) {
        return named_before_role(doc, of, lo);
    }
    // `Michael Walsh at First Marathon Securities said`, `Jane Roe from
    // Acme said`: a person's place of work (only a person's: `the crowd at
    // Wembley`).
    let at = matches!(of.as_str(text), "at" | "from" | "with");
    if !(at || of.as_str(text) == "of") || !token::only_space_between(text, of.end, start) {
        return None;
    }
    let owner = token::word_before(text, of.start, lo)?;
    if !token::only_space_between(text, owner.end, of.start) {
        return None;
    }
    let given_name = |span: Span| {
        token::first_token(span.as_str(text)).is_some_and(|f| lexicon::given_name(f).is_some())
    };
    // Not a job title (`Frank Fountain, Assistant Treasurer at Chrysler`).
    let role = || is_person_noun(&owner.as_str(text).to_lowercase());
    match before(doc, of.start, lo)? {
        c @ Cand::Mention(span) if span.end == owner.end && (!at || given_name(span)) => Some(c),
        c @ Cand::Discover(span, EntityType::Person)
            if span.end == owner.end && !(at && role()) =>
        {
            Some(c)
        }
        // `Zentrix Corp of Boston said`: a company named with the place it
        // is based in (not `Bank of England`, whose `of` is in its name).
        Cand::Discover(span, EntityType::Org)
            if span.end == owner.end && !at && is_company_head(owner.as_str(text)) =>
        {
            // `L.M. Ericsson Telephone Co of Sweden`, `Hooker Corp Ltd of
            // Australia`: the capitalised words before the company's head,
            // a known name among them, are its name too.
            let first = name_words_before(doc, span.start, lo);
            // `Hooker Corp Ltd of Australia said`: a common word opening
            // the sentence and the name.
            let name = with_opening_word(doc, Span::new(first, span.end));
            Some(Cand::Discover(name, EntityType::Org))
        }
        _ => None,
    }
}

/// The last word of a company's name (`Zentrix Corp`, `Strategy
/// Analytics`), which an `of` after the name does not continue.
fn is_company_head(word: &str) -> bool {
    matches!(
        word.strip_suffix('.').unwrap_or(word),
        "Inc"
            | "Incorporated"
            | "Corp"
            | "Corporation"
            | "Co"
            | "Ltd"
            | "Limited"
            | "Plc"
            | "PLC"
            | "LLC"
            | "Group"
            | "Holdings"
            | "Industries"
            | "Partners"
            | "Associates"
            | "Securities"
            | "Analytics"
            | "Consulting"
            | "Consultants"
            | "Capital"
            | "Ventures"
            | "Technologies"
            | "Systems"
            | "Software"
            | "Electronics"
            | "Communications"
            | "Enterprises"
            | "Laboratories"
            | "Labs"
    )
}

/// `Patricia Sanders, spokeswoman for the Disaster Emergency Committee
/// said` (the apposition's closing comma left out): the person named before
/// the role that `for` follows.
fn named_before_role(doc: &Document, r#for: Span, lo: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let noun = token::word_before(text, r#for.start, lo)?;
    unnamed_person_noun(noun.as_str(text))?;
    let mut first = noun;
    if let Some(det) = token::word_before(text, noun.start, lo) {
        if matches!(det.as_str(text), "a" | "the")
            && token::only_space_between(text, det.end, noun.start)
        {
            first = det;
        }
    }
    let comma = text[..first.start].trim_end();
    let comma = comma.strip_suffix(',')?.len();
    match before(doc, comma, lo)? {
        c @ (Cand::Mention(_) | Cand::Discover(_, EntityType::Person)) => Some(c),
        _ => None,
    }
}

/// `"...," Hale said`: capitalised words right after a quote's closing
/// comma and right before a cue are a name, even when they are English
/// words too (a sentence does not start there).
pub fn name_before_cue(doc: &Document, first: Span, limit: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let word = first.as_str(text);
    if !token::is_capitalised(word)
        || word.chars().all(|c| !c.is_lowercase())
        || pronoun_of(word).is_some()
        || lexicon::title(word).is_some()
        || is_sentence_start(doc, first.start)
    {
        return None;
    }
    let run = name_run(doc, first, limit);
    let cue = token::word_after(text, run.end, limit)?;
    let cued = token::only_space_between(text, run.end, cue.start)
        && lexicon::speech_verb_any_case(cue.as_str(text)).is_some();
    (cued && overlapping(&doc.mentions, run).next().is_none())
        .then_some(Cand::Discover(run, EntityType::Person))
}

/// `1st`, `2nd`, `23rd`, `4th`.
fn is_ordinal(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].iter().any(|s| word.ends_with(s))
}

/// `told news agency Reuters`, `told business daily Handelsblatt`: the
/// outlet named after a few lower-case words that end in a noun for one.
fn media_named_after(doc: &Document, first: Span, hi: usize) -> Option<&Mention> {
    let text = doc.text.as_str();
    let mut w = first;
    for _ in 0..3 {
        if !w.as_str(text).bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        let n = token::word_after(text, w.end, hi)?;
        if !token::only_space_between(text, w.end, n.start) {
            return None;
        }
        let media = matches!(
            w.as_str(text),
            "agency"
                | "daily"
                | "newspaper"
                | "paper"
                | "weekly"
                | "magazine"
                | "broadcaster"
                | "television"
                | "radio"
                | "station"
                | "channel"
                | "website"
                | "network"
                | "journal"
                | "tabloid"
        );
        if media {
            return mention_starting_at(&doc.mentions, n.start);
        }
        w = n;
    }
    None
}

/// The end of a title in quote marks that opens at `pos` (`"Good Morning
/// America"`): a few capitalised words closed on the same line.
fn quoted_title_end(text: &str, pos: usize, hi: usize) -> Option<usize> {
    const MAX_TITLE: usize = 80;
    let rest = text.get(pos..hi)?;
    let (open, close) = if rest.starts_with('"') {
        ('"', '"')
    } else if rest.starts_with('\u{201C}') {
        ('\u{201C}', '\u{201D}')
    } else {
        return None;
    };
    let inner = &rest[open.len_utf8()..];
    let len = inner.find([close, '\n'])?;
    let title = &inner[..len];
    let closed = inner[len..].starts_with(close);
    (closed && len <= MAX_TITLE && title.starts_with(|c: char| c.is_uppercase()))
        .then(|| pos + open.len_utf8() + len + close.len_utf8())
}

/// `the UK-based journal Screen Digest`, `the US-born singer Madonna`:
/// the name after a place used as a modifier (ending at `from`) and up to
/// two plain nouns, a person after a person's noun.
fn named_after_modifier(doc: &Document, from: usize, hi: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let mut pos = from;
    let mut person = false;
    for _ in 0..3 {
        let n = token::word_after(text, pos, hi)?;
        if !token::only_space_between(text, pos, n.start) {
            return None;
        }
        if let Some(m) = mention_starting_at(&doc.mentions, n.start) {
            return (!m.modifier).then_some(Cand::Mention(m.span));
        }
        let word = n.as_str(text);
        if pos > from && token::is_capitalised(word) && pronoun_of(word).is_none() {
            let kind = if person {
                EntityType::Person
            } else {
                EntityType::Org
            };
            return Some(Cand::Discover(name_run(doc, n, hi), kind));
        }
        if !word.bytes().all(|b| b.is_ascii_lowercase()) || is_function_word(word) {
            return None;
        }
        person = is_person_noun(word) || is_agent_noun(word);
        pos = n.end;
    }
    None
}

/// The addressee after a cue such as `told`: `told CNBC's Hadley Gamble`
/// (the person, not the outlet), `told reporters`, `told the BBC`.
pub fn addressee_after(doc: &Document, start: usize, hi: usize) -> Option<(Cand, &'static str)> {
    let text = doc.text.as_str();
    let mut w = token::word_after(text, start, hi)?;
    if !token::only_space_between(text, start, w.start) {
        return None;
    }
    // `telling Prime Minister Jacques Chirac`: the person after the titles.
    let after_titles = end_of_titles(text, w.start, hi);
    if after_titles > w.start {
        if let Some(n) = token::word_after(text, after_titles, hi) {
            if mention_starting_at(&doc.mentions, n.start).is_some() {
                w = n;
            }
        }
    }
    // `warned goalkeeper Jens Lehmann`: the person after one role noun
    // (not a plural: `warned voters Trump would win`).
    let role = w.as_str(text);
    if role.starts_with(char::is_lowercase)
        && (is_person_noun(role) || is_agent_noun(role))
        && !role.ends_with('s')
    {
        if let Some(n) = token::word_after(text, w.end, hi) {
            if token::only_space_between(text, w.end, n.start)
                && mention_starting_at(&doc.mentions, n.start).is_some()
            {
                w = n;
            }
        }
    }
    // `told African-Americans`, `told Irish-American voters`: a group
    // named after a people (the mention `African` ends inside the word),
    // addressed as a class.
    let hyphenated = |m: &Mention| m.span.end < w.end && text[m.span.end..].starts_with('-');
    if mention_starting_at(&doc.mentions, w.start).is_some_and(hyphenated) {
        let group = if w.as_str(text).ends_with('s') {
            Some(w)
        } else {
            token::word_after(text, w.end, hi)
                .filter(|n| token::only_space_between(text, w.end, n.start))
                .filter(|n| token::with_lower(n.as_str(text), is_class_noun))
                .map(|n| Span::new(w.start, n.end))
        };
        return group.map(|g| (Cand::Class(g), "addressee-class"));
    }
    let m = mention_starting_at(&doc.mentions, w.start).or_else(|| {
        // `told the BBC`
        let word = w.as_str(text);
        if is_determiner(word) {
            let n = token::word_after(text, w.end, hi)?;
            mention_starting_at(&doc.mentions, n.start)
        } else {
            media_named_after(doc, w, hi)
        }
    });
    if let Some(m) = m {
        // `CNBC's Hadley Gamble`: the person named after the possessive.
        let rest = &text[m.span.end..hi.max(m.span.end)];
        for p in ["'s ", "\u{2019}s ", "' ", "\u{2019} "] {
            if rest.starts_with(p) {
                let pos = m.span.end + p.len();
                // `ABC's "Good Morning America"`: a programme named in quote
                // marks; the broadcaster is addressed.
                if let Some(end) = quoted_title_end(text, pos, hi) {
                    let whole = Span::new(m.span.start, end);
                    return Some((Cand::SpokespersonOf(whole, m.span), "addressee-object"));
                }
                let named = mention_starting_at(&doc.mentions, pos);
                if let Some(person) = named.filter(|n| n.via != Via::Discovered) {
                    return Some((Cand::Mention(person.span), "addressee-affiliation-person"));
                }
                if let Some(n) = token::word_after(text, pos, hi) {
                    // `BBC Radio 4's World at One`: a programme, not a
                    // person; the broadcaster is addressed.
                    let first = n.as_str(text);
                    let run = name_run(doc, n, hi);
                    let last = run.as_str(text).rsplit(' ').next().unwrap_or_default();
                    // Not `California's Superior court`.
                    let noun_after = token::word_after(text, run.end, hi).is_some_and(|a| {
                        let a = a.as_str(text);
                        a.starts_with(char::is_lowercase)
                            && !matches!(a, "at" | "with" | "programme" | "show")
                    });
                    // `the BBC's Focus on Africa programme`: a programme
                    // named in a few words before the noun.
                    // The addressee runs to that noun, which the reported
                    // words do not open.
                    let programme_noun = token::words(text, Span::new(run.end, hi))
                        .take(4)
                        .take_while(|x| !text[run.end..x.start].contains(','))
                        .find(|x| matches!(x.as_str(text), "programme" | "program" | "show"));
                    let named_like_one = lexicon::given_name(first).is_none()
                        && (lexicon::is_common_word_any(first)
                            || matches!(last, "Programme" | "Hour" | "Show" | "Tonight" | "Live"))
                        && !noun_after;
                    let programme = named_like_one || programme_noun.is_some();
                    if token::is_capitalised(first) && n.start == pos && programme {
                        let end = programme_noun.map_or(run.end, |x| x.end);
                        let whole = Span::new(m.span.start, end);
                        return Some((Cand::SpokespersonOf(whole, m.span), "addressee-object"));
                    }
                    if let Some(person) = named {
                        return Some((Cand::Mention(person.span), "addressee-affiliation-person"));
                    }
                    // Not `California's Superior court`: a name before a
                    // noun is no person.
                    let noun_next = token::word_after(text, run.end, hi).is_some_and(|a| {
                        let a = a.as_str(text);
                        a.starts_with(char::is_lowercase) && !is_function_word(a)
                    });
                    if token::is_capitalised(n.as_str(text)) && n.start == pos && !noun_next {
                        return Some((
                            Cand::Discover(name_run(doc, n, hi), EntityType::Person),
                            "addressee-affiliation-person",
                        ));
                    }
                }
            }
        }
        // `told CNN reporters`, `told an Indian news channel`: the mention
        // is what the audience is of.
        if let Some(end) = audience_after(doc, m.span.end, hi) {
            let whole = Span::new(m.span.start, end);
            return Some((Cand::SpokespersonOf(whole, m.span), "addressee-object"));
        }
        // `told the U.S. chapter of the World Energy Conference she
        // believed`: a noun that the mention qualifies, and the body it is
        // part of, named after `of`.
        if let Some(c) = part_of_named_body(doc, m.span, hi) {
            return Some((c, "addressee-object"));
        }
        // `the Newcastle Evening Chronicle`: a name that runs on past the
        // mention is an organisation no gazetteer knows.
        if let Some(n) = token::word_after(text, m.span.end, hi) {
            if n.start == m.span.end + 1 && is_name_word(doc, n) {
                let run = org_name_run(doc, Span::new(m.span.start, m.span.end), hi);
                return Some((Cand::Discover(run, EntityType::Org), "addressee-object"));
            }
        }
        return Some((Cand::Mention(m.span), "addressee-object"));
    }
    let word = w.as_str(text);
    if token::with_lower(word, is_class_noun) {
        return Some((Cand::Class(w), "addressee-class"));
    }
    // `told shareholders the firm would grow`, `told customers that
    // prices would rise`: a plural noun right before the reported clause's
    // first word or its `that`.
    let plural = word.len() > 4
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.bytes().all(|b| b.is_ascii_lowercase());
    let clause_after = || {
        token::word_after(text, w.end, hi).is_some_and(|n| {
            token::only_space_between(text, w.end, n.start)
                && matches!(
                    n.as_str(text),
                    "the"
                        | "a"
                        | "he"
                        | "she"
                        | "it"
                        | "they"
                        | "we"
                        | "there"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "that"
                )
        })
    };
    // Before `that`, only when a subject follows it (not `warned measures
    // that would penalize ...`, a relative clause).
    let that_clause = || {
        let Some(that) = token::word_after(text, w.end, hi).filter(|t| {
            t.as_str(text) == "that" && token::only_space_between(text, w.end, t.start)
        }) else {
            return true;
        };
        let Some(first) = token::word_after(text, that.end, hi) else {
            return false;
        };
        let f = first.as_str(text);
        let subject_word = is_determiner(f)
            || pronoun::classify(f).is_some()
            || token::is_capitalised(f)
            || f.starts_with(|c: char| c.is_ascii_digit());
        subject_word
            || !is_finite_verb(f)
                && token::word_after(text, first.end, hi)
                    .is_some_and(|v| is_finite_verb(v.as_str(text)))
    };
    if plural && clause_after() && that_clause() {
        return Some((Cand::Class(w), "addressee-class"));
    }
    if is_determiner(word) {
        let n = token::word_after(text, w.end, hi)?;
        if token::with_lower(n.as_str(text), is_class_noun) {
            return Some((Cand::Class(Span::new(w.start, n.end)), "addressee-class"));
        }
        // `told The Sun`, `told the Evening Chronicle`: a capitalised
        // name after the article.
        if is_name_word(doc, n) {
            let start = if word == "The" { w.start } else { n.start };
            let run = org_name_run(doc, n, hi);
            // `told a Parliamentary lunch`: an adjective that only
            // qualifies a gathering, addressed as a class (not `a Euromoney
            // conference`, `a House Ways and Means subcommittee hearing`).
            let adjective = run == n
                && ["ary", "al", "ian", "ic"]
                    .iter()
                    .any(|e| n.as_str(text).ends_with(e));
            let gathering = token::word_after(text, run.end, hi).filter(|g| {
                adjective
                    && token::only_space_between(text, run.end, g.start)
                    && super::indirect::is_gathering_noun(g.as_str(text))
            });
            if let Some(g) = gathering.filter(|_| matches!(word, "a" | "an")) {
                return Some((Cand::Class(Span::new(n.start, g.end)), "addressee-class"));
            }
            return Some((
                Cand::Discover(Span::new(start, run.end), EntityType::Org),
                "addressee-object",
            ));
        }
        // `told his monthly press conference`, `told the federal court`.
        let mut last = n;
        for _ in 0..3 {
            if token::with_lower(last.as_str(text), |noun| AUDIENCE_NOUNS.contains(&noun)) {
                return Some((Cand::Class(Span::new(n.start, last.end)), "addressee-class"));
            }
            if !last
                .as_str(text)
                .chars()
                .all(|c| c.is_lowercase() || c == '-')
            {
                break;
            }
            match token::word_after(text, last.end, hi) {
                Some(next) if next.start == last.end + 1 => last = next,
                _ => break,
            }
        }
    }
    if token::is_capitalised(word) && is_unknown_name(doc, w) && pronoun_of(word).is_none() {
        // `Woman's Hour`: a name that owns the next is a programme or
        // paper's, as a whole.
        let run = name_run(doc, w, hi);
        let owned = ["'s ", "\u{2019}s "]
            .iter()
            .find(|p| text.get(run.end..hi).is_some_and(|t| t.starts_with(*p)))
            .and_then(|p| {
                let pos = run.end + p.len();
                // `ABC's "Good Morning America"`: the title in quote marks.
                quoted_title_end(text, pos, hi).or_else(|| {
                    token::word_after(text, pos, hi)
                        .filter(|n| n.start == pos && token::is_capitalised(n.as_str(text)))
                        .map(|n| name_run(doc, n, hi).end)
                })
            });
        if let Some(end) = owned {
            return Some((
                Cand::Discover(Span::new(run.start, end), EntityType::Org),
                "addressee-object",
            ));
        }
        return Some((
            Cand::Discover(name_run(doc, w, hi), EntityType::Person),
            "addressee-object",
        ));
    }
    // `told World Business Report that`, `told Congress that`: capitalised
    // common words right before `that` name a programme or a body.
    if token::is_capitalised(word)
        && pronoun_of(word).is_none()
        && lexicon::title(word).is_none()
        && !is_time_word(word)
    {
        let run = name_run(doc, w, hi);
        let that_after = token::word_after(text, run.end, hi)
            .is_some_and(|t| t.start == run.end + 1 && t.as_str(text) == "that");
        if that_after {
            return Some((Cand::Discover(run, EntityType::Org), "addressee-object"));
        }
    }
    None
}

/// Audiences spoken to that are not entities (`his monthly press
/// conference`, `the federal court`, `a rally`).
const AUDIENCE_NOUNS: &[&str] = &[
    "conference",
    "court",
    "jury",
    "jurors",
    "reporters",
    "journalists",
    "parliament",
    "mps",
    "lawmakers",
    "senators",
    "committee",
    "panel",
    "audience",
    "crowd",
    "supporters",
    "delegates",
    "students",
    "rally",
    "hearing",
    "inquiry",
    "summit",
    "meeting",
    "assembly",
    "congress",
    "council",
    "shareholders",
    "investors",
    "analysts",
    "staff",
    "employees",
    "workers",
    "troops",
    "nation",
    "briefing",
    "gathering",
    "convention",
    "tribunal",
    "commission",
    "chamber",
    "house",
    "senate",
    "radio",
    "television",
    "newspaper",
];

/// True when `word` (in lower case) heads an audience: a group, a body or
/// an outlet spoken to (`reporters`, `court`, `channel`).
pub fn is_audience_noun(word: &str) -> bool {
    AUDIENCE_NOUNS.contains(&word)
        || is_class_noun(word)
        || is_media_noun(word)
        || matches!(word, "exchange" | "board" | "regulator" | "authorities")
}

/// True when `word` (in lower case) ends the name of an outlet called
/// after a place (`Tehran Radio`, `Hanoi TV`, `Oslo's business daily`):
/// a kind of outlet, or `tv`, `daily`, `weekly`.
pub(super) fn is_outlet_noun(word: &str) -> bool {
    is_media_noun(word) || matches!(word, "tv" | "daily" | "weekly")
}

/// True when `word` (in lower case) names a kind of outlet (`newspaper`,
/// `news agency`).
fn is_media_noun(word: &str) -> bool {
    matches!(
        word,
        "channel"
            | "paper"
            | "newspaper"
            | "magazine"
            | "station"
            | "agency"
            | "network"
            | "website"
            | "radio"
            | "television"
    )
}

/// `the U.S. chapter of the World Energy Conference`: after the mention at
/// `m`, one lower-case noun, `of`, maybe `the`, and a name: the part of
/// the named body (known: it speaks for the body; else a class of all the
/// words). `None` when the words are otherwise.
fn part_of_named_body(doc: &Document, m: Span, hi: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let noun = token::word_after(text, m.end, hi).filter(|n| n.start == m.end + 1)?;
    let n = noun.as_str(text);
    if !n.bytes().all(|b| b.is_ascii_lowercase()) || is_function_word(n) || is_determiner(n) {
        return None;
    }
    let of = token::word_after(text, noun.end, hi)
        .filter(|o| o.start == noun.end + 1 && o.as_str(text) == "of")?;
    let mut name = token::word_after(text, of.end, hi).filter(|w| w.start == of.end + 1)?;
    if name.as_str(text) == "the" {
        name = token::word_after(text, name.end, hi).filter(|w| w.start == name.end + 1)?;
    }
    if let Some(body) = mention_starting_at(&doc.mentions, name.start).filter(|b| !b.modifier) {
        return Some(Cand::SpokespersonOf(
            Span::new(m.start, body.span.end),
            body.span,
        ));
    }
    if !token::is_capitalised(name.as_str(text)) {
        return None;
    }
    let run = org_name_run(doc, name, hi);
    Some(Cand::Class(Span::new(m.start, run.end)))
}

/// The end of up to three plain lower-case words right after `pos` that
/// end in the noun of an audience (`reporters`, `news channel`, `state
/// television`), before `hi`. Not the subject of a clause (`told Reuters
/// the committee wanted`, `told Reuters shareholders were`).
fn audience_after(doc: &Document, pos: usize, hi: usize) -> Option<usize> {
    let text = doc.text.as_str();
    let plain = |w: &str| {
        w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !is_function_word(w)
            && !is_determiner(w)
            && pronoun::classify(w).is_none()
    };
    let mut at = pos;
    for _ in 0..3 {
        let n = token::word_after(text, at, hi)?;
        let word = n.as_str(text);
        if n.start != at + 1 || !plain(word) {
            return None;
        }
        if is_audience_noun(word) {
            let next = token::word_after(text, n.end, hi).filter(|v| v.start == n.end + 1);
            let Some(next) = next else {
                return Some(n.end);
            };
            let after = next.as_str(text);
            // `the Iraqi news agency INA`: an outlet and its name.
            // Not a name that owns a noun (`news agency Contrack's
            // withdrawal`), which opens the clause.
            if is_media_noun(word) && token::is_capitalised(after) {
                let run = name_run(doc, next, hi);
                let owns = text[run.end..].starts_with(['\'', '\u{2019}']);
                return (!owns).then_some(run.end);
            }
            // A plain word right after it is the clause's verb (`told
            // Reuters shareholders were ...`).
            let verb_next = after.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && (!is_function_word(after) || matches!(after, "is" | "are" | "was" | "were"))
                && !is_determiner(after)
                && pronoun::classify(after).is_none();
            return (!verb_next).then_some(n.end);
        }
        at = n.end;
    }
    None
}

/// Phrases that introduce the person or outlet spoken to.
const ADDRESSEE_PHRASES: &[&str] = &[
    "in an interview with",
    "in an interview on",
    "in a television interview with",
    "in a radio interview with",
    "in a telephone interview with",
    "in a phone interview with",
    "in a letter to",
    "in a statement to",
    "in a filing with",
    "in remarks to",
    "speaking to",
    "talking to",
    "speaking on",
    "said to",
    "wrote to",
    "writing to",
    "told",
];

/// One automaton for [`ADDRESSEE_PHRASES`]: a clause is scanned once, not
/// once per phrase.
static ADDRESSEE_AUTOMATON: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(ADDRESSEE_PHRASES).expect("fixed phrases build")
    });

/// Builds [`ADDRESSEE_AUTOMATON`] now rather than in the first document
/// whose attribution clause is searched for an addressee (see
/// [`crate::lexicon::load_tables`]).
pub(crate) fn load_tables() {
    std::sync::LazyLock::force(&ADDRESSEE_AUTOMATON);
}

/// An addressee named later in the attribution clause `[start, end)`:
/// `in an interview with X`, `speaking to X`, `in a letter to X`. Phrases
/// are tried in the order of [`ADDRESSEE_PHRASES`], each from left to right.
pub fn addressee_in_clause(
    doc: &Document,
    start: usize,
    end: usize,
) -> Option<(Cand, &'static str)> {
    let text = doc.text.get(start..end)?;
    // Every phrase holds an `o` or a `w`: most clauses (` `, ` that `)
    // hold neither and need no search.
    memchr::memchr2(b'o', b'w', text.as_bytes())?;
    let mut hits: Vec<(usize, usize)> = ADDRESSEE_AUTOMATON
        .find_overlapping_iter(text)
        .map(|m| (m.pattern().as_usize(), m.start()))
        .collect();
    hits.sort_unstable();
    for (phrase, at) in hits {
        let from = at + ADDRESSEE_PHRASES[phrase].len();
        let before_ok = at == 0 || !text.as_bytes()[at - 1].is_ascii_alphanumeric();
        let after_ok = text[from..].starts_with(' ');
        if before_ok && after_ok {
            if let Some(found) = addressee_after(doc, start + from, start + text.len()) {
                return Some((found.0, "addressee-phrase"));
            }
        }
    }
    None
}

/// Phrases that open a sentence and name whom its speaker addressed.
const OPENING_ADDRESSEE_PHRASES: &[&str] = &[
    "Speaking to ",
    "Speaking on ",
    "Speaking with ",
    "Talking to ",
    "In an interview with ",
    "In an interview on ",
    "In a letter to ",
    "Writing to ",
    "Writing in ",
];

/// `Speaking on BBC Radio 4's Today programme, Mr Smith said ...`: the
/// addressee named first in a phrase that opens the sentence at `start`
/// and ends at a comma right before the speaker at `speaker`.
pub fn opening_addressee(
    doc: &Document,
    start: usize,
    speaker: usize,
) -> Option<(Cand, &'static str)> {
    let text = doc.text.as_str();
    // Most sentences open with none of the phrases: test that first.
    let opening = text.get(start..speaker)?.trim_start();
    if !OPENING_ADDRESSEE_PHRASES
        .iter()
        .any(|p| opening.starts_with(p))
    {
        return None;
    }
    // `Mr Smith`, `the minister`: the speaker's titles and article.
    let mut speaker = start_with_titles(text, speaker, start);
    if let Some(d) = token::word_before(text, speaker, start) {
        if is_determiner(d.as_str(text)) && token::only_space_between(text, d.end, speaker) {
            speaker = d.start;
        }
    }
    let head = text.get(start..speaker)?;
    let lead = head.len() - head.trim_start().len();
    let phrase = OPENING_ADDRESSEE_PHRASES
        .iter()
        .find(|p| head[lead..].starts_with(*p))?;
    let comma = start + head.trim_end().strip_suffix(',')?.len();
    let (a, _) = addressee_after(doc, start + lead + phrase.len() - 1, comma)?;
    // Not a day (`Speaking on Monday,`).
    let first = a.span().as_str(text).split(' ').next().unwrap_or_default();
    // The whole addressee, perhaps with a phrase of place or time after
    // it (`Speaking to reporters in London,`), not a word of a longer
    // name (`In an interview with the West German weekly magazine Der
    // Spiegel,`, `Speaking to the President's Export Council,`).
    let rest = text.get(a.span().end..comma).unwrap_or_default().trim();
    let whole = rest.is_empty()
        || rest.split(' ').next().is_some_and(|w| {
            matches!(
                w,
                "in" | "at" | "on" | "during" | "after" | "before" | "last" | "this" | "from"
            )
        });
    (whole && !is_time_word(first)).then_some((a, "addressee-opening-phrase"))
}

/// A run of capitalised words starting at `first` (`John Smith`), without a
/// possessive ending.
fn name_run(doc: &Document, first: Span, hi: usize) -> Span {
    let text = doc.text.as_str();
    let mut end = first.start + strip_possessive(first.as_str(text)).len();
    let mut last = first;
    if end == first.end {
        for _ in 0..2 {
            let Some(n) = token::word_after(text, last.end, hi) else {
                break;
            };
            if n.start != last.end + 1
                || !token::is_capitalised(n.as_str(text))
                || lexicon::title(n.as_str(text)).is_some()
            {
                break;
            }
            end = n.start + strip_possessive(n.as_str(text)).len();
            if end != n.end {
                break;
            }
            last = n;
        }
    }
    Span::new(first.start, end)
}

/// A capitalised organisation name starting at `first`, with the small
/// words that join such names (`Institute for Fiscal Studies`, `Bank of
/// England`, `Marks and Spencer`).
fn org_name_run(doc: &Document, first: Span, hi: usize) -> Span {
    let text = doc.text.as_str();
    let mut end = first.start + strip_possessive(first.as_str(text)).len();
    let mut last = first;
    let mut pending_joiner = false;
    for _ in 0..8 {
        if !pending_joiner && end != last.end {
            break; // a possessive ends the name
        }
        let Some(n) = token::word_after(text, last.end, hi) else {
            break;
        };
        if n.start != last.end + 1 {
            break;
        }
        let word = n.as_str(text);
        if matches!(word, "for" | "of" | "and" | "&" | "on" | "de") && !pending_joiner {
            pending_joiner = true;
            last = n;
            continue;
        }
        if !token::is_capitalised(word) {
            break;
        }
        pending_joiner = false;
        end = n.start + strip_possessive(word).len();
        last = n;
    }
    // A trailing joiner is not part of the name (`the Bank of`).
    Span::new(first.start, end)
}

/// The determiner (or a capitalised modifier run ending in one) before `w`.
fn det_before(doc: &Document, w: Span, lo: usize) -> Option<Span> {
    let text = doc.text.as_str();
    let mut pos = w.start;
    let mut joined = false;
    let mut quantity = false;
    for _ in 0..6 {
        let p = token::word_before(text, pos, lo)?;
        if !token::only_space_between(text, p.end, pos) {
            return None;
        }
        if is_determiner(p.as_str(text)) {
            // `a ballooning trade deficit and analysts`: `a` is the first
            // conjunct's, not a determiner of a plural (`a Department for
            // Education and Skills spokeswoman` is one phrase).
            let head = w.as_str(text);
            let plural = head.ends_with('s') && !head.ends_with("ss");
            if joined && plural && !quantity && matches!(p.as_str(text), "a" | "an" | "A" | "An") {
                return None;
            }
            // `live with foster families in the UK and carers have said`:
            // the first conjunct is a preposition's object.
            let governed = token::word_before(text, p.start, lo).is_some_and(|b| {
                token::only_space_between(text, b.end, p.start)
                    && matches!(
                        b.as_str(text),
                        "in" | "on" | "at" | "to" | "from" | "into" | "across" | "throughout"
                    )
            });
            if joined && governed && plural {
                return None;
            }
            return Some(p);
        }
        joined |= matches!(p.as_str(text), "and" | "or");
        // `a host of mortgage lenders and economists`.
        quantity |= p.as_str(text) == "of";
        // `The plan was good but critics say`: not back past a verb or
        // into another clause (`the government and central bank
        // officials` is one phrase).
        if matches!(
            p.as_str(text),
            "but" | "that" | "which" | "who" | "when" | "while" | "if" | "because"
        ) || is_finite_verb(p.as_str(text))
        {
            return None;
        }
        pos = p.start;
    }
    None
}

/// A mention inside `[start, end)`.
fn mention_between(doc: &Document, start: usize, end: usize) -> Option<Span> {
    let i = doc.mentions.partition_point(|m| m.span.start < start);
    doc.mentions[i..]
        .iter()
        .take_while(|m| m.span.end <= end)
        .find(|m| !m.span.is_empty())
        .map(|m| m.span)
}

/// `the Commission said` after `the EC Commission`, `the court` after `the
/// Court of Auditors`: the latest name before `pos` with the noun `head` (in
/// lower case) among its words. Not `the government` or `the union`, whose
/// names (`the European Union`) are seldom the ones meant.
fn named_with_head(doc: &Document, pos: usize, head: &str) -> Option<Span> {
    if matches!(head, "government" | "union" | "party" | "team" | "office") {
        return None;
    }
    let text = doc.text.as_str();
    let upto = doc.mentions.partition_point(|m| m.span.end <= pos);
    doc.mentions[..upto]
        .iter()
        .rev()
        .take(64)
        .find(|m| {
            !m.modifier
                && m.span.as_str(text).contains(' ')
                && heads_name(m.span.as_str(text), head)
        })
        .map(|m| m.span)
}

/// True when `head` heads `name`: its last word, the word before `of`,
/// `for` or `on` (`Department of Transportation`), or before a legal form
/// or an acronym (`Mexico Fund Inc`, `Industry Association VDA`); not a
/// word that only qualifies another (`Exchange` in `Securities and
/// Exchange Commission`).
fn heads_name(name: &str, head: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    words.iter().enumerate().any(|(i, w)| {
        w.eq_ignore_ascii_case(head)
            && words.get(i + 1).is_none_or(|n| {
                matches!(*n, "of" | "for" | "on")
                    || is_acronym(n)
                    || crate::resolve::legal_form::LEGAL_SUFFIXES.contains(&n.trim_end_matches('.'))
            })
    })
}

/// A capitalised word inside a sentence that is no mention, pronoun or
/// title: part of a name even when it is also a common word (`the Evening
/// Chronicle`, `The Sun`).
fn is_name_word(doc: &Document, w: Span) -> bool {
    is_name_shape(w.as_str(&doc.text)) && (is_unknown_name(doc, w) || is_other_name_word(doc, w))
}

/// [`is_name_word`] of a word that [`is_unknown_name`] is false of, which
/// it need not ask again.
fn is_name_word_not_unknown(doc: &Document, w: Span) -> bool {
    let word = w.as_str(&doc.text);
    is_name_shape(word) && is_other_name_word(doc, w)
}

/// The shape [`is_name_word`] asks of a word: capitalised, two letters
/// or more, no conjunction.
fn is_name_shape(word: &str) -> bool {
    // `the U.S. And other countries` (text that capitalises every word
    // after `U.S.`): a conjunction joins names, it is none.
    token::is_capitalised(word) && word.len() >= 2 && !matches!(word, "And" | "Or" | "But" | "Nor")
}

/// [`is_name_word`] of a word of its shape that is no unknown name: no
/// pronoun, title, sentence start, day or month, nor mention.
fn is_other_name_word(doc: &Document, w: Span) -> bool {
    let word = w.as_str(&doc.text);
    pronoun_of(word).is_none()
        && lexicon::title(word).is_none()
        && !is_sentence_start(doc, w.start)
        && !is_time_word(word)
        && overlapping(&doc.mentions, w).next().is_none()
}

/// `General Binding Corp said`, `Red Lion Inns Inc said`: a name that
/// ends like an organisation's and follows a capitalised common word that
/// opens the sentence takes that word in, left out only because a common
/// word at a sentence's start is no name of its own. Not a word that opens
/// a clause (`But`, `The`, `Yesterday`, `Analyst`).
pub fn with_opening_word(doc: &Document, span: Span) -> Span {
    let text = doc.text.as_str();
    let last = token::after_last_space(span.as_str(text));
    if lexicon::name_head(last) != Some(EntityType::Org) {
        return span;
    }
    let Some(w) = token::word_before(text, span.start, span.start.saturating_sub(32)) else {
        return span;
    };
    let word = w.as_str(text);
    let opens = w.end + 1 == span.start
        && text.as_bytes()[w.end] == b' '
        && word.len() > 1
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && is_sentence_start(doc, w.start)
        && lexicon::is_common_word_any(word)
        && pronoun_of(word).is_none()
        && lexicon::title(word).is_none()
        && !is_determiner(word)
        && !is_time_word(word)
        && !token::with_lower(word, |l| {
            is_function_word(l)
                || is_adverb(l)
                || is_person_noun(l)
                || is_agent_noun(l)
                // `Consultancy Strategy Analytics said`: what the company is.
                || lexicon::is_company_kind(l)
        });
    if opens {
        Span::new(w.start, span.end)
    } else {
        span
    }
}

/// Days and months, capitalised but no names.
pub fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    ) || lexicon::is_month(w)
}

/// A capitalised word that is no mention, no common word at a sentence
/// start, and no pronoun or title: a name the gazetteer does not know.
fn is_unknown_name(doc: &Document, w: Span) -> bool {
    let word = w.as_str(&doc.text);
    if word.chars().all(|c| !c.is_lowercase()) || word.len() < 2 {
        return false;
    }
    if pronoun_of(word).is_some() || lexicon::title(word).is_some() {
        return false;
    }
    // `Whit Ayres`: a rare first name that is a word too, before a
    // surname that is none.
    let surname_after = || {
        token::word_after(&doc.text, w.end, doc.text.len()).is_some_and(|n| {
            let next = n.as_str(&doc.text);
            token::only_space_between(&doc.text, w.end, n.start)
                && token::is_capitalised(next)
                && next.chars().any(char::is_lowercase)
                && !token::with_lower(next, lexicon::is_common_word)
                && overlapping(&doc.mentions, n).next().is_none()
        })
    };
    if token::with_lower(word, lexicon::is_common_word)
        && (is_sentence_start(doc, w.start)
            || lexicon::given_name(word).is_none() && !surname_after())
    {
        return false;
    }
    overlapping(&doc.mentions, w).next().is_none()
}

/// True when only non-word characters come before `pos` in its sentence.
pub fn is_sentence_start(doc: &Document, pos: usize) -> bool {
    let s = doc.sentence_at(pos) as usize;
    doc.sentences
        .get(s)
        .is_none_or(|s| doc.text[s.start..pos].chars().all(|c| !c.is_alphanumeric()))
}

/// Words that open a clause without being part of its subject (`But
/// analysts say`, `Meanwhile, the poll shows`).
/// Conjunctions that open a subordinate clause at a sentence's start or
/// after a comma.
fn is_subordinator(word: &str) -> bool {
    matches!(
        word,
        "Although"
            | "Though"
            | "While"
            | "Whereas"
            | "Because"
            | "Since"
            | "If"
            | "Unless"
            | "When"
            | "Once"
            | "After"
            | "Before"
            | "As"
            // After a comma: `..., though an arbitration panel found`.
            | "although"
            | "though"
            | "whereas"
            | "because"
            | "while"
    )
}

fn is_clause_opener(word: &str) -> bool {
    matches!(
        word,
        "But"
            | "And"
            | "Yet"
            | "So"
            | "Still"
            | "Meanwhile"
            | "However"
            | "Now"
            | "Instead"
            | "Indeed"
            | "Separately"
            | "Overall"
            | "Already"
            | "Today"
            | "Yesterday"
            | "but"
            | "and"
            | "yet"
            | "meanwhile"
    )
}

/// Prepositions and adverbs that open an introductory phrase set off by a
/// comma (`In Florida, a June poll found`).
fn opens_intro_phrase(word: &str) -> bool {
    matches!(
        word,
        "In" | "At"
            | "On"
            | "By"
            | "For"
            | "After"
            | "During"
            | "With"
            | "Over"
            | "Since"
            | "Among"
            | "Across"
            | "Under"
            | "Last"
            | "This"
            | "Earlier"
            | "Later"
            | "Nationally"
            | "Overall"
            | "Still"
            | "Meanwhile"
            | "However"
            | "Now"
            | "Separately"
            | "Instead"
            | "Indeed"
            | "Today"
            | "Yesterday"
    )
}

/// Words that cannot open a subject (subordinators, expletives,
/// prepositions, interrogatives).
fn cannot_open_subject(lower: &str) -> bool {
    matches!(
        lower,
        "there"
            | "here"
            | "what"
            | "how"
            | "if"
            | "when"
            | "while"
            | "whilst"
            | "although"
            | "though"
            | "because"
            | "as"
            | "after"
            | "before"
            | "since"
            | "whether"
            | "where"
            | "why"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "that"
            | "to"
            | "in"
            | "on"
            | "at"
            | "of"
            | "for"
            | "with"
            | "by"
            | "from"
            | "unless"
            | "until"
            | "once"
            | "so"
            | "than"
            | "not"
            | "no"
            | "yes"
            | "i"
            | "you"
            | "we"
    )
}

/// Finite verbs and auxiliaries: a subject phrase holding one is a
/// clause, not a noun phrase.
fn is_finite_verb(lower: &str) -> bool {
    matches!(
        lower,
        "is" | "was"
            | "were"
            | "are"
            | "am"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "shall"
            | "may"
            | "might"
            | "must"
            | "do"
            | "does"
            | "did"
            | "isn't"
            | "wasn't"
            | "don't"
            | "doesn't"
            | "didn't"
            | "won't"
            | "it's"
            | "there's"
            | "he's"
            | "she's"
            | "that's"
            | "what's"
            | "who's"
            | "they're"
            | "we're"
            | "they've"
            | "we've"
    )
}

/// Words that cannot end a subject phrase (`declined to`, `coupled with
/// the`): the cue after them is no verb of that phrase.
fn cannot_end_subject(lower: &str) -> bool {
    matches!(
        lower,
        "to" | "of"
            | "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "and"
            | "or"
            | "but"
            | "that"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "than"
            | "as"
            | "not"
            | "this"
            | "these"
            | "every"
            | "each"
            | "some"
            | "no"
            | "very"
    )
}

/// Cue forms that are as often nouns or adjectives (`the United States`,
/// `a think tank`, `well known`, `Editor's note`): no subject phrase is
/// read before them.
fn is_nominal_cue(lower: &str) -> bool {
    matches!(
        lower,
        "state"
            | "states"
            | "think"
            | "thought"
            | "know"
            | "known"
            | "note"
            | "notes"
            | "report"
            | "reports"
            | "comment"
            | "comments"
            | "answer"
            | "answers"
            | "forecast"
            | "estimate"
            | "estimates"
            | "promise"
            | "promises"
            | "charge"
            | "charges"
            | "claim"
            | "claims"
            | "reply"
            | "protest"
            | "protests"
            | "demand"
            | "demands"
            | "pledge"
            | "vow"
            | "signal"
            | "signals"
            | "counter"
            | "point"
            | "out"
            | "hope"
            | "hopes"
            | "fear"
            | "fears"
            | "object"
            | "plead"
            | "remark"
            | "remarks"
            | "brief"
            | "find"
            | "show"
            | "speak"
            | "tweet"
            | "tweets"
            | "write"
            | "quip"
            | "joke"
            | "blame"
            | "caution"
            | "expect"
            | "swear"
            | "whisper"
            | "yell"
            | "shout"
            | "dispute"
            | "mention"
            | "repeat"
            | "respond"
            | "advise"
    )
}

/// Most words a subject phrase's core may have.
const MAX_SUBJECT_WORDS: usize = 10;

/// How far back from its cue a subject phrase may start, in bytes.
const MAX_SUBJECT_BYTES: usize = 600;

/// True when `core` names a share of people by a number (`Six in 10`,
/// `more than 4 in 10`, `nine out of 10`, `42%`): a subject that ends in a
/// number.
fn is_share(text: &str, core: Span) -> bool {
    let mut words = core.as_str(text).split_whitespace().rev();
    let last = words.next().unwrap_or_default();
    if last.ends_with('%') {
        return true;
    }
    let number = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
            )
    };
    // `Six in 10`, `nine out of 10`.
    let by = match words.next() {
        Some("in") => true,
        Some("of") => words.next() == Some("out"),
        _ => false,
    };
    last.bytes().all(|b| b.is_ascii_digit()) && by && words.next().is_some_and(number)
}

/// True when `that` follows `pos` and opens a clause: the next word is no
/// verb (`that voters want`, not `that aired on Monday`).
fn complement_that(text: &str, pos: usize) -> bool {
    let Some(that) = token::word_after(text, pos, text.len())
        .filter(|t| t.as_str(text) == "that" && token::only_space_between(text, pos, t.start))
    else {
        return false;
    };
    token::word_after(text, that.end, text.len()).is_some_and(|w| {
        let w = w.as_str(text);
        !is_finite_verb(w) && !w.ends_with("ed")
    })
}

/// A subject a plural verb agrees with: a plural noun or a pronoun (not
/// an adverb or function word in `-s`: `I've always thought that`).
fn is_plural_subject(word: &str) -> bool {
    word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("ways")
        && !matches!(
            word,
            "is" | "was"
                | "has"
                | "does"
                | "its"
                | "his"
                | "this"
                | "us"
                | "as"
                | "thus"
                | "sometimes"
                | "perhaps"
                | "besides"
                | "nevertheless"
                | "afterwards"
        )
        || matches!(
            word,
            "people" | "People" | "police" | "they" | "we" | "I" | "you" | "men" | "women"
        )
}

/// True for a plural noun of records of facts, in lower case (`polls`,
/// `figures`, `emails`): a subject whose `show` is a verb.
pub(super) fn is_records(lower: &str) -> bool {
    matches!(
        lower,
        "polls"
            | "surveys"
            | "studies"
            | "records"
            | "figures"
            | "data"
            | "documents"
            | "emails"
            | "e-mails"
            | "results"
            | "numbers"
            | "statistics"
            | "estimates"
            | "projections"
            | "reports"
            | "findings"
            | "filings"
            | "papers"
            | "files"
            | "returns"
            | "minutes"
            | "transcripts"
            | "memos"
            | "photos"
            | "photographs"
            | "images"
            | "videos"
            | "pictures"
            | "analyses"
            | "tests"
    )
}

/// True when `s` holds a double quote, straight, curly (`\u{201C}`,
/// `\u{201D}`) or doubled (`''`), or a parenthesis. A search of the bytes:
/// the ASCII marks with `memchr3`, then each `'` and `0xE2` lead byte; a
/// search by chars decoded the whole subject's window before every cue.
fn has_quote_or_parenthesis(s: &str) -> bool {
    let bytes = s.as_bytes();
    memchr::memchr3(b'"', b'(', b')', bytes).is_some()
        || memchr::memchr2_iter(b'\'', 0xE2, bytes).any(|i| {
            let tail = &bytes[i + 1..];
            match bytes[i] {
                b'\'' => tail.starts_with(b"'"),
                _ => tail.starts_with(&[0x80, 0x9C]) || tail.starts_with(&[0x80, 0x9D]),
            }
        })
}

/// The subject of a cue at `cue` when no name, pronoun or known noun
/// stands right before it: the noun phrase that opens its clause
/// (`Democrats in Iowa who watched the debate said`, `A review by The
/// Times shows`, `those surveyed say`, `Corey Lewandowski, a rival whom
/// Trump fired, said`). An entity named at its start is the speaker; one
/// named inside speaks through it (`a review by The Times`); otherwise the
/// phrase is kept as a description. Looks no further back than `lo`.
pub fn subject_phrase(
    doc: &Document,
    gazetteer: &crate::gazetteer::Gazetteer,
    cue: Span,
    lo: usize,
) -> Option<Cand> {
    let before = token::word_before(&doc.text, cue.start, lo);
    subject_phrase_word(doc, gazetteer, cue, lo, before)
}

/// [`subject_phrase`] when the caller has looked up the word before the
/// cue already: `before` is `token::word_before(&doc.text, cue.start, lo)`.
pub fn subject_phrase_word(
    doc: &Document,
    gazetteer: &crate::gazetteer::Gazetteer,
    cue: Span,
    lo: usize,
    before: Option<Span>,
) -> Option<Cand> {
    let text = doc.text.as_str();
    let form = cue.as_str(text);
    // `-ing` forms report the words of a subject further back (`...,
    // saying`, `Addressing the meeting, he`). A capitalised cue is one only
    // as a headline's verb (`Trump Says He Never Pledged ...`).
    let headline_verb = form.ends_with('s') && !form.ends_with("ss");
    // `Polls show that ...`, `Many think that ...`: before `that` and a
    // clause, a plural verb after a plural subject (not `The talk show
    // that aired ...`). Not the forms in `-s` and `-ed`, which are as
    // often nouns before a clause (`Press reports that ...`, `hopes
    // that`, `the forecast that`).
    let verb_before_that = matches!(form, "show" | "think" | "know" | "thought")
        && complement_that(text, cue.end)
        && before.is_some_and(|w| is_plural_subject(w.as_str(text)))
        // `Polls show Clinton ahead`, `Records show Trump gave nothing`:
        // after records of facts `show` is the verb, `that` or not.
        || form == "show" && before.is_some_and(|w| token::with_lower(w.as_str(text), is_records));
    if !(form.starts_with(char::is_lowercase) || headline_verb)
        || form.ends_with("ing")
        || token::with_lower(form, is_nominal_cue) && !verb_before_that
    {
        return None;
    }
    // `looking to add`: an infinitive has no subject of its own.
    if before.is_some_and(|w| w.as_str(text) == "to") {
        return None;
    }
    let cue = cue.start;
    // A subject is short: look back a bounded number of bytes, so a huge
    // sentence with many cues stays linear.
    let mut lo = lo.max(cue.saturating_sub(MAX_SUBJECT_BYTES));
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let clamped = lo > 0
        && text
            .get(..lo)
            .is_some_and(|t| !t.ends_with(char::is_whitespace));
    let mut head = text.get(lo..cue)?;
    // `On Tuesday's episode of "The Morning Show," the former secretary of
    // state said`: quote marks or brackets in a phrase before the last
    // comma leave the words after it.
    let mut clamped = clamped;
    if has_quote_or_parenthesis(head) {
        let comma = memchr::memrchr(b',', head.as_bytes())?;
        let rest = &head[comma + 1..];
        let rest = rest
            .strip_prefix('"')
            .or_else(|| rest.strip_prefix('\u{201D}'))
            .unwrap_or(rest);
        // Not a phrase of time after the comma (`Sen. David Boren (D-Okla.),
        // ..., last week pledged`): the subject is before it.
        let of_time = token::first_token(rest).is_some_and(|f| {
            matches!(
                f,
                "last" | "this" | "on" | "in" | "earlier" | "later" | "yesterday" | "today"
            )
        }) && !super::has_more_words_than(rest, 3);
        // A subject opens with a determiner or a name, not with a bare
        // noun that may end a list (`with no cast, opening date or theatre
        // announced`).
        let opens_subject = token::first_token(rest).is_some_and(|f| {
            is_determiner(f) || matches!(f, "one" | "another") || token::is_capitalised(f)
        });
        if has_quote_or_parenthesis(rest) || !opens_subject || of_time {
            return None;
        }
        lo = cue - rest.len();
        head = rest;
        clamped = false;
    }
    // The clause: after the last semicolon or colon.
    let boundary = memchr::memrchr2(b';', b':', head.as_bytes());
    let mut start = lo + boundary.map_or(0, |i| i + 1);
    // `..., the Times said, including ...`: the words after the last
    // comma, unless they close an apposition (`X, a rival, said`).
    let mut end = cue;
    // `X has also said`: auxiliaries and adverbs before the cue.
    for _ in 0..2 {
        let Some(w) = token::word_before(text, end, start) else {
            break;
        };
        if !token::only_space_between(text, w.end, end) || !is_adverb(w.as_str(text)) {
            break;
        }
        end = w.start;
    }
    // `an arbitration panel in 2001 found`, `a Pew study from 2011
    // noted`: a year after the subject.
    let year = token::word_before(text, end, start).filter(|y| {
        let y = y.as_str(text);
        y.len() == 4
            && y.bytes().all(|b| b.is_ascii_digit())
            && matches!(y.as_bytes()[0], b'1' | b'2')
    });
    if let Some(y) = year.filter(|y| token::only_space_between(text, y.end, end)) {
        if let Some(p) = token::word_before(text, y.start, start)
            .filter(|p| matches!(p.as_str(text), "in" | "since" | "by" | "from"))
        {
            end = p.start;
        }
    }
    let phrase = text.get(start..end)?.trim_end();
    let closes_apposition = phrase.ends_with(',')
        || phrase.ends_with('\u{2014}')
        || phrase.ends_with("--")
        || phrase.ends_with(" -");
    let mut comma = None;
    if !closes_apposition {
        // Not the comma of a number (`1,000 people`).
        comma = phrase
            .match_indices(',')
            .map(|(i, _)| i)
            .rfind(|&i| !phrase[i + 1..].starts_with(|c: char| c.is_ascii_digit()));
        if let Some(c) = comma {
            start += c + 1;
        }
    }
    // Cut off inside a long sentence with no clause boundary in sight: the
    // subject's start is unknown.
    if clamped && boundary.is_none() && comma.is_none() {
        return None;
    }
    // Openers: `But`, `Meanwhile,`, `In Florida,`.
    for _ in 0..3 {
        let first = token::word_after(text, start, end)?;
        let word = first.as_str(text);
        let rest = text.get(first.end..end).unwrap_or_default();
        // `Although some traders said ...,`: a subordinator opens the
        // clause before its subject.
        if is_clause_opener(word) || is_subordinator(word) {
            start = first.end + usize::from(rest.starts_with(','));
            continue;
        }
        // `Looking further ahead in the year, the chairman has predicted`:
        // a participle's phrase opening the sentence, up to its comma.
        // Its next word is in lower case (not `Carling O'Keefe Ltd, 50.1 pct
        // owned by X, said`), and no comma but one closing an apposition
        // follows its own (not `Responding to the speech, shadow chief
        // secretary to the Treasury, George Osborne, said`, whose name the
        // sentence's subject finds).
        let participle_opener = start == lo
            && word.len() > 5
            && word.ends_with("ing")
            && token::is_capitalised(word)
            && token::first_token(rest).is_some_and(|n| n.starts_with(|c: char| c.is_lowercase()))
            && memchr::memchr(b',', rest.as_bytes()).is_some_and(|c| {
                let after = rest[c + 1..].trim_end();
                !super::has_more_words_than(&rest[..c], 6)
                    && !after.strip_suffix(',').unwrap_or(after).contains(',')
            });
        if opens_intro_phrase(word) || participle_opener {
            // An introductory phrase of a few words up to a comma.
            let comma = memchr::memchr(b',', rest.as_bytes())?;
            if super::has_more_words_than(&rest[..comma], 6) {
                return None;
            }
            start = first.end + comma + 1;
            continue;
        }
        break;
    }
    // `..., versus the net income of 740,000 dlrs previously reported`: a
    // phrase opened by a preposition (or a participle used as one:
    // `compared with`, `based on`) is no subject.
    if token::word_after(text, start, end).is_some_and(|f| {
        matches!(
            f.as_str(text),
            "versus"
                | "compared"
                | "based"
                | "against"
                | "than"
                | "unlike"
                | "including"
                | "of"
                | "to"
                | "for"
                | "with"
                | "without"
                | "from"
                | "into"
                | "about"
                | "between"
                | "per"
        )
    }) {
        return None;
    }
    // `The plan is good and Trump says ...`: after a clause with a verb of
    // its own, `and` or `but` opens a new one (not `Smith and Jones said`).
    let joined = text.get(start..end)?;
    // The searchers built once: `str::rfind` set one up on every call.
    static AND: std::sync::LazyLock<memchr::memmem::FinderRev<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::FinderRev::new(" and "));
    static BUT: std::sync::LazyLock<memchr::memmem::FinderRev<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::FinderRev::new(" but "));
    let clause_and = (!closes_apposition)
        .then(|| AND.rfind(joined).or_else(|| BUT.rfind(joined)))
        .flatten();
    if let Some(i) = clause_and {
        let verb_before = joined[..i].split_whitespace().any(|w| {
            // Lowered on the stack: a copy per word cost an allocation.
            let mut buf = [0u8; 32];
            let finite = match token::ascii_lower(w, &mut buf) {
                Some(lower) => is_finite_verb(lower),
                None => is_finite_verb(&w.to_ascii_lowercase()),
            };
            finite
                || w.ends_with("'ll")
                || w.ends_with("\u{2019}ll")
                || w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase)
        });
        // Not inside a name (`Cooperation and Development`) nor before a
        // relative clause (`here and who did not want to be named`).
        let plain_before = joined[..i]
            .split_whitespace()
            .next_back()
            .is_some_and(|p| p.bytes().all(|b| b.is_ascii_lowercase()));
        // After `and`, a name, a pronoun or a quantifier opens the new
        // subject (`and Trump says`, `and many observers say`), not an
        // article (`this is a party and a leader that believes`).
        let conj = token::first_token(&joined[i..]).unwrap_or_default();
        let after = joined[i..].split_whitespace().nth(1).unwrap_or_default();
        let new_subject = conj == "but"
            || token::is_capitalised(after)
            || matches!(
                after,
                "he" | "she" | "they" | "we" | "many" | "some" | "most" | "several" | "other"
            );
        if verb_before && plain_before && new_subject {
            start += i + joined[i..].trim_start().find(' ').map_or(0, |k| k + 1);
        }
    }
    let mut start =
        start + (text.get(start..end)?.len() - text.get(start..end)?.trim_start().len());
    // `Santa Ana, Calif.-based Meridian said`: where the subject is based
    // (after the comma of its place) is no part of it.
    if let Some(first) = text.get(start..end)?.split(' ').next() {
        if first.ends_with("-based") && first.len() < end - start {
            start += first.len() + 1;
        }
    }
    // The core: up to an apposition or a relative clause.
    let body = text.get(start..end)?.trim_end();
    // The first of `,`, `\u{2014}`, ` --` and ` - `, in one pass over the
    // bytes (a search for each cost several times more).
    // The bytes a mark starts with or holds (a dash: ` --` and ` - ` are
    // found at their `-`, after the space), in one search: a test of every
    // byte cost more.
    let bytes = body.as_bytes();
    let cut = memchr::memchr3_iter(b',', 0xE2, b'-', bytes)
        .find_map(|i| match bytes[i] {
            // Not the comma of a number (`a poll of 2,000 people`).
            b',' => (i == 0
                || !bytes[i - 1].is_ascii_digit()
                || !bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
            .then_some(i),
            // The UTF-8 of `\u{2014}`.
            0xE2 => bytes[i + 1..].starts_with(&[0x80, 0x94]).then_some(i),
            _ => (i > 0 && bytes[i - 1] == b' ' && matches!(bytes.get(i + 1), Some(b'-' | b' ')))
                .then(|| i - 1),
        })
        .unwrap_or(body.len());
    let mut core_end = start + body[..cut].trim_end().len();
    let mut words = 0;
    let mut first = None;
    let mut prev: Option<Span> = None;
    let mut pos = start;
    while let Some(w) = token::word_after(text, pos, core_end) {
        let word = w.as_str(text);
        // Lowered on the stack: a copy per word cost an allocation.
        let mut buf = [0u8; 32];
        let lowered;
        let lower = match token::ascii_lower(word, &mut buf) {
            Some(lower) => lower,
            None => {
                lowered = word.to_ascii_lowercase();
                lowered.as_str()
            }
        };
        if prev.is_some() && matches!(lower, "who" | "which" | "that" | "whose" | "whom") {
            core_end = text[..w.start].trim_end().len();
            break;
        }
        // `His comments came as President Bush said`: a subordinate
        // clause has a subject of its own, after its conjunction.
        let subordinator = matches!(
            lower,
            "as" | "while" | "when" | "because" | "although" | "though" | "whereas" | "if"
        );
        if prev.is_some() && subordinator {
            start = w.end;
            first = None;
            prev = None;
            words = 0;
            pos = w.end;
            continue;
        }
        // `Republican activists clamoring to block Trump say`, `an official
        // working closely with ...`: a participle after a plural or a
        // person's noun opens a reduced relative clause (not `the ruling
        // party`, `the landmark ruling`, `Mexican mining officials`).
        // So does a participle in `-ed` before a preposition (`people
        // briefed on the move`, `economists polled by Reuters`), not a
        // verb before its object (`The firm reported profits`).
        // Asked only of a word in `-ing` or `-ed` (the noun lists are
        // long).
        let (plural, people) = match prev {
            Some(p) if lower.ends_with("ing") || lower.ends_with("ed") => {
                let opens = first == Some(p);
                let p = p.as_str(text);
                let noun = (p.starts_with(char::is_lowercase) || opens)
                    && !is_determiner(p)
                    && !is_adverb(p);
                let people = is_people_noun(p);
                (
                    noun && p.ends_with('s') && !p.ends_with("ss"),
                    noun && people,
                )
            }
            _ => (false, false),
        };
        // `Several people I've spoken with said`: a relative clause with
        // no pronoun opens with a subject of its own.
        let contact = matches!(
            lower,
            "i" | "we" | "i've" | "we've" | "i\u{2019}ve" | "we\u{2019}ve"
        ) && prev.is_some_and(|p| {
            let opens = first == Some(p);
            let p = p.as_str(text);
            (p.starts_with(char::is_lowercase) || opens)
                && (is_people_noun(&p.to_ascii_lowercase()) || is_plural_people_noun(p))
        });
        if contact {
            core_end = text[..w.start].trim_end().len();
            break;
        }
        let ing = lower.ends_with("ing") && (plural || people);
        // `A USDA report released after trading said`: a document's
        // participle before a phrase of place or time too; not before its
        // agent (`A statement issued by the Treasury said`), who speaks.
        let document = lower.ends_with("ed")
            && prev.is_some_and(|p| {
                token::with_lower(p.as_str(text), super::author::is_document_noun)
            });
        let ed = lower.ends_with("ed")
            && token::word_after(text, w.end, core_end).is_some_and(|n| {
                let n = n.as_str(text);
                people
                    && matches!(
                        n,
                        "by" | "on" | "in" | "with" | "at" | "for" | "about" | "from"
                    )
                    || document
                        && matches!(
                            n,
                            "on" | "in" | "at" | "after" | "before" | "late" | "last" | "earlier"
                        )
            });
        let reduced_relative =
            lower.len() > 4 && word.starts_with(char::is_lowercase) && (ing || ed);
        if reduced_relative {
            // The clause holds no finite verb of its own (`So-called grid
            // computing is ...` is no subject).
            let rest = Span::new(w.end, core_end);
            if token::words(text, rest)
                .any(|r| is_finite_verb(&r.as_str(text).to_ascii_lowercase()))
            {
                return None;
            }
            core_end = text[..w.start].trim_end().len();
            break;
        }
        if first.is_none() {
            if cannot_open_subject(lower) {
                return None;
            }
            first = Some(w);
        }
        let subject_pronoun = matches!(lower, "he" | "she" | "they" | "it");
        // `people familiar with her thinking`: a cue's form after a
        // possessive, an article or `of` is a noun (`the secretary of
        // state`, `The state officials whose laws ... say`).
        let noun = prev.is_some_and(|p| {
            matches!(
                p.as_str(text),
                "her"
                    | "his"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "the"
                    | "a"
                    | "an"
                    | "of"
                    | "Her"
                    | "His"
                    | "Their"
                    | "Its"
                    | "Our"
                    | "My"
                    | "Your"
                    | "The"
                    | "A"
                    | "An"
            )
        });
        // `A USDA report released ...`: the bare noun of a cue after a name
        // that an article opens is a noun too (not `The U.S. claims`).
        let after_name = || {
            lexicon::speech_verb_any_case(word)
                .is_some_and(|v| v.lemma == lower && super::indirect::is_noun_lemma(v.lemma))
                && prev.is_some_and(|p| token::is_capitalised(p.as_str(text)))
                && first.is_some_and(|f| is_determiner(f.as_str(text)))
        };
        if is_finite_verb(lower)
            || lexicon::speech_verb_any_case(word).is_some() && !noun && !after_name()
            || subject_pronoun && prev.is_some()
        {
            return None;
        }
        // `-ed` words inside the core are verbs (`The firm reported
        // profits and`), unless they modify a noun after a determiner or
        // end the phrase (`those surveyed`).
        // (`U.S.-based` is read as `U.S` and `based`: a hyphen joins them.)
        let ed = lower.len() > 4
            && lower.ends_with("ed")
            && word.starts_with(char::is_lowercase)
            && !text[..w.start].ends_with('-');
        if ed {
            let after_det = prev.is_none_or(|p| {
                let p = p.as_str(text);
                is_determiner(p) || p.bytes().all(|b| b.is_ascii_digit()) || is_adverb(p)
            });
            let last = token::word_after(text, w.end, core_end).is_none();
            if !after_det && !last {
                return None;
            }
        }
        words += 1;
        if words > MAX_SUBJECT_WORDS {
            return None;
        }
        prev = Some(w);
        pos = w.end;
    }
    let first = first?;
    let core = Span::new(start, core_end);
    let last = prev?;
    // `ruled that alleged breaches ...`: a lone verb in `-ed` is no
    // subject (the cue is an adjective there).
    let lone = first.as_str(text);
    if words == 1 && lone.len() > 4 && lone.ends_with("ed") && lone.starts_with(char::is_lowercase)
    {
        return None;
    }
    if core.is_empty()
        || token::with_lower(last.as_str(text), cannot_end_subject)
        || last.as_str(text).starts_with(|c: char| c.is_ascii_digit()) && !is_share(text, core)
    {
        return None;
    }
    let word = first.as_str(text);
    if matches!(
        word,
        "He" | "She" | "They" | "It" | "he" | "she" | "they" | "it"
    ) {
        return pronoun_of(word)
            .filter(|_| words == 1)
            .map(|class| Cand::Pronoun(first, class));
    }
    // An entity named at the start, after titles, is the speaker; one
    // named further in speaks through the phrase.
    let named_from = end_of_titles(text, first.start, core_end);
    let named_from = token::word_after(text, named_from, core_end).map_or(first.start, |w| w.start);
    let i = doc.mentions.partition_point(|m| m.span.start < start);
    if let Some(m) = doc.mentions[i..]
        .iter()
        .take_while(|m| m.span.end <= core_end)
        .find(|m| !m.modifier)
    {
        if m.span.start == first.start || m.span.start == named_from {
            // `Tehran Radio reported`: a broadcaster or paper named after
            // a place is an organisation; `Iranian officials accompanying
            // him said`: officials speak for the one named before them.
            let head = last.as_str(text);
            if m.span.end < last.end {
                let place = matches!(
                    pronoun::entity_type(gazetteer, doc, m.entity),
                    EntityType::Gpe | EntityType::Norp | EntityType::Loc
                );
                let media = token::with_lower(head, is_outlet_noun);
                if media && place {
                    // `Tehran's IRNA news agency`: the outlet named after
                    // the possessive speaks.
                    let named = doc.mentions[i..]
                        .iter()
                        .take_while(|n| n.span.end <= core_end)
                        .find(|n| n.span.start > m.span.end && !n.modifier);
                    if let Some(n) = named {
                        return Some(Cand::SpokespersonOf(core, n.span));
                    }
                    return Some(Cand::Discover(
                        Span::new(m.span.start, last.end),
                        EntityType::Org,
                    ));
                }
                if group_spokesperson_noun(head).is_some() || unnamed_person_noun(head).is_some() {
                    return Some(Cand::SpokespersonOf(core, m.span));
                }
                // `The Hong Kong Association of Banks said`: a name no
                // gazetteer knows that a place opens.
                let name = Span::new(m.span.start, last.end);
                if place && unknown_org_name(name.as_str(text)) == Some(EntityType::Org) {
                    return Some(Cand::Discover(name, EntityType::Org));
                }
            }
            return Some(Cand::Mention(m.span));
        }
        // `a source familiar with Zentrix`, `an underwriter close to the
        // Dow deal`: a name after an adjective's object says what the
        // person knows, not whom they speak for.
        if knows_about(&text[core.start..m.span.start]) {
            return Some(Cand::Class(core));
        }
        // `One dealer for a German bank`: a name that describes an
        // organisation left unnamed (`a German bank`) is not the one the
        // person speaks for.
        let lead = text[core.start..m.span.start].trim_end();
        let indefinite = lead.ends_with(" a") || lead.ends_with(" an");
        let noun_after = || {
            text[m.span.end..].starts_with(' ')
                && token::word_after(text, m.span.end, core_end).is_some_and(|n| {
                    n.as_str(text).starts_with(char::is_lowercase)
                        && !is_function_word(n.as_str(text))
                })
        };
        if indefinite && (noun_after() || text[m.span.end..].starts_with("-based")) {
            return Some(Cand::Class(core));
        }
        // `A trader at a big Japanese bank`: a place that describes where
        // someone works, after a person's noun and a preposition, is not
        // whom the person speaks for (`an official at the Japanese
        // embassy` still speaks for Japan).
        let place = matches!(
            pronoun::entity_type(gazetteer, doc, m.entity),
            EntityType::Gpe | EntityType::Norp | EntityType::Loc
        );
        if place && works_at(lead) {
            return Some(Cand::Class(core));
        }
        // `the Association of American Railroads said`: a name no
        // gazetteer knows with a place inside, after `of`.
        let name = match token::word_after(text, core.start, core_end) {
            Some(d) if is_determiner(d.as_str(text)) => token::word_after(text, d.end, core_end)
                .map_or(core, |n| Span::new(n.start, last.end)),
            _ => Span::new(core.start, last.end),
        };
        if place
            && text[name.start..m.span.start].ends_with(" of ")
            && unknown_org_name(name.as_str(text)) == Some(EntityType::Org)
        {
            return Some(Cand::Discover(name, EntityType::Org));
        }
        return Some(Cand::SpokespersonOf(core, m.span));
    }
    if token::is_capitalised(word) && is_unknown_name(doc, first) && !is_determiner(word) {
        return Some(Cand::Discover(
            name_run(doc, first, core_end),
            EntityType::Person,
        ));
    }
    // `Lord Falconer said`, `Mr Parry said`: a title makes the capitalised
    // words after it a person's name, even one that is also a word. So
    // does a title after a word that says of what (`Finance Minister
    // Dilson Funaro`, `Defence Secretary X`).
    let titled_from = if lexicon::title(word).is_some() {
        Some(first.start)
    } else {
        // Not a company's name (`Data General Corp`, `Media General
        // Inc`): no word after the title ends one.
        let names_company = |from: usize| {
            token::words(text, Span::new(from, core_end))
                .any(|w| lexicon::name_head(w.as_str(text)).is_some())
        };
        token::word_after(text, first.end, core_end)
            .filter(|t| {
                token::only_space_between(text, first.end, t.start)
                    && token::is_capitalised(word)
                    && lexicon::title(t.as_str(text)).is_some()
                    && !names_company(t.end)
            })
            .map(|t| t.start)
    };
    if let Some(title) = titled_from {
        let after = end_of_titles(text, title, core_end);
        if let Some(n) = token::word_after(text, after, core_end) {
            let name = n.as_str(text);
            let run = name_run(doc, n, core_end);
            let plain_name = token::is_capitalised(name)
                && pronoun_of(name).is_none()
                && lexicon::title(name).is_none()
                && overlapping(&doc.mentions, n).next().is_none();
            // A peer is known by the title (`Lord Falconer`, `Lady Hale`).
            let peer = matches!(
                word,
                "Lord" | "Lady" | "Baroness" | "Baron" | "Dame" | "Sir"
            );
            if plain_name && run.end == core_end {
                let name = if peer {
                    Span::new(first.start, run.end)
                } else {
                    run
                };
                return Some(Cand::Discover(name, EntityType::Person));
            }
        }
    }
    // `The Department of Trade and Industry said`: the name after `the`.
    let name = match token::word_after(text, core.start, core.end) {
        Some(t) if t.as_str(text).eq_ignore_ascii_case("the") => {
            token::word_after(text, t.end, core.end).map_or(core, |n| Span::new(n.start, core.end))
        }
        _ => core,
    };
    if let Some(kind) = unknown_org_name(name.as_str(text)) {
        return Some(Cand::Discover(name, kind));
    }
    Some(Cand::Class(core))
}

/// `..., Milan Kerno, vice president of finance said`: the mention right
/// before the comma that opens `core`, a role in lower case (the
/// apposition's closing comma left out). The caller checks that it names
/// a person.
pub fn name_before_role(doc: &Document, core: Span) -> Option<&Mention> {
    let text = doc.text.as_str();
    let role = core.as_str(text);
    let first = token::first_token(role)?;
    let role_noun = || {
        role.split_whitespace().take(4).any(|w| {
            let w = w.trim_end_matches([',', '.']);
            NounLists::may_hold(w) && NounLists::listed(w).has(NounLists::PERSON)
        })
    };
    if !first.starts_with(char::is_lowercase)
        || is_determiner(first)
        || !role_noun()
        || !is_apposition(role)
    {
        return None;
    }
    let before = text[..core.start].trim_end().strip_suffix(',')?.trim_end();
    let i = doc.mentions.partition_point(|m| m.span.end <= before.len());
    i.checked_sub(1)
        .map(|i| &doc.mentions[i])
        .filter(|m| m.span.end == before.len() && !m.modifier)
}

/// True when `lead`, the words of a subject before a name, ends in an
/// adjective that takes an object (`familiar with`, `close to`), maybe
/// before an article or a possessive (`familiar with the`).
fn knows_about(lead: &str) -> bool {
    const ADJECTIVES: &[&str] = &[
        " familiar with ",
        " close to ",
        " closest to ",
        " knowledgeable about ",
        " briefed on ",
        " involved in ",
    ];
    let lead = lead.trim_end();
    let lead = ["the", "its", "his", "her", "their"]
        .iter()
        .find_map(|d| lead.strip_suffix(d).filter(|l| l.ends_with(' ')))
        .unwrap_or(lead);
    let lead = lead.trim_end();
    ADJECTIVES
        .iter()
        .any(|a| lead.ends_with(a.trim_end()) && lead.len() > a.len())
}

/// `Hospital Corp said`, `Data General said`, `Department of Trade and
/// Industry said`: two to six capitalised words no gazetteer knows (joined
/// by `and`, `of`, `for`, `&`; the last may be a legal form in lower case),
/// opening with no given name or title, name an organisation, or what their
/// last word names (`Cup`: an event).
fn unknown_org_name(core: &str) -> Option<EntityType> {
    let words: Vec<&str> = core.split_whitespace().collect();
    let (&first, &last) = (words.first()?, words.last()?);
    let joined = |w: &str| matches!(w, "and" | "of" | "&" | "for");
    // `International Technology corp said`: Reuters at times writes the
    // legal form in lower case.
    let legal_form = crate::resolve::legal_form::LOWER_CASE_SUFFIXES.contains(&last);
    let named = words
        .iter()
        .all(|w| token::is_capitalised(w) || joined(w) || legal_form && *w == last);
    let ok = (2..=6).contains(&words.len())
        && named
        && !joined(last)
        && lexicon::given_name(first).is_none()
        && lexicon::title(first).is_none()
        && lexicon::title(last).is_none()
        && !is_determiner(first)
        && !words
            .iter()
            .any(|w| w.ends_with('.') || w.contains(['\'', '\u{2019}']) && !w.ends_with("'s"));
    if !ok {
        return None;
    }
    Some(match lexicon::name_head(last) {
        Some(EntityType::Person) | None => EntityType::Org,
        Some(kind) => kind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bodies_of_spokesperson_classes() {
        const CASES: &[(&str, Option<&str>)] = &[
            ("finance ministry spokesman", Some("finance ministry")),
            ("senior central bank official", Some("central bank")),
            ("union officials", Some("union")),
            ("bank official", Some("bank")),
            ("central bank officials", Some("central bank")),
            // People at many banks; a company says nothing unnamed.
            ("bank officials", None),
            ("government mining and central bank officials", None),
            ("company spokesman", None),
            ("trade sources", None),
            ("analysts", None),
            ("U.S. Treasury official", None),
        ];
        for (name, want) in CASES {
            assert_eq!(body_of_spokesperson_class(name), *want, "{name}");
        }
    }

    #[test]
    fn noun_lists_answer_as_the_lists() {
        let lists = NounLists::LISTS;
        let words = lists.iter().flat_map(|(_, nouns)| nouns.iter());
        for word in words.chain(&["said", "", "Company", "the company"]) {
            for (bit, nouns) in lists {
                assert_eq!(NounLists::of(word).has(bit), nouns.contains(word), "{word}");
            }
        }
    }

    #[test]
    fn addressee_phrases_hold_o_or_w() {
        // `addressee_in_clause` skips a clause with neither.
        for phrase in ADDRESSEE_PHRASES {
            assert!(phrase.contains(['o', 'w']), "{phrase}");
        }
    }

    #[test]
    fn person_nouns_are_those_of_the_lists() {
        let listed = PERSON_NOUN_LISTS.iter().flat_map(|l| l.iter());
        for word in listed.chain(&["company", "said", "", "Spokesman", "the official"]) {
            let want = PERSON_NOUN_LISTS.iter().any(|l| l.contains(word));
            assert_eq!(is_person_noun(word), want, "{word}");
        }
    }

    proptest! {
        #[test]
        fn quote_or_parenthesis_as_by_chars(s in "[a '\"()\u{201C}\u{201D}\u{2019}\u{2014}\u{e9}]{0,12}") {
            let want = s.contains(['"', '\u{201C}', '\u{201D}', '(', ')']) || s.contains("''");
            prop_assert_eq!(has_quote_or_parenthesis(&s), want);
        }

        #[test]
        fn word_before_memo_answers_as_word_before(
            text in "[a-zA-Z .,'\u{e9}]{0,30}",
            lo in 0usize..30,
            asks in proptest::collection::vec(0usize..30, 1..8),
        ) {
            let lo = lo.min(text.len());
            let mut memo = WordBefore::new(&text, lo);
            for pos in asks {
                let pos = pos.min(text.len()).max(lo);
                if text.is_char_boundary(pos) {
                    prop_assert_eq!(memo.at(pos), token::word_before(&text, pos, lo));
                }
            }
        }
    }
}
