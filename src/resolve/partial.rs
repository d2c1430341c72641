//! People named in part, and people no gazetteer knows.
//!
//! After `Jens Stoltenberg`, a later `Stoltenberg` is the same person; after
//! `Hadley Gamble` (a given name and a capitalised word, found in the text),
//! a later `Gamble` is too.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::doc::{Document, EntityRef, EntityType, Mention, Via};
use crate::gazetteer::Gazetteer;
use crate::lexicon;
use crate::span::Span;
use crate::token;

use super::legal_form;
use super::names::{CaseInfo, Coverage};

/// Strips a possessive ending (`Gamble's`, `Jones’`).
///
/// Asked of every capitalised word, and of the word after each: the last
/// byte picks the one ending that can apply, instead of four
/// `strip_suffix` searches.
#[inline]
pub fn strip_possessive(word: &str) -> &str {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let cut = match bytes.last().copied() {
        Some(b's') if n >= 2 && bytes[n - 2] == b'\'' => 2,
        // `s` is one byte: `n - 1` is a char boundary.
        Some(b's') if word[..n - 1].ends_with('\u{2019}') => 1 + '\u{2019}'.len_utf8(),
        Some(b'\'') => 1,
        // `’` ends in 0x99 in UTF-8.
        Some(0x99) if word.ends_with('\u{2019}') => '\u{2019}'.len_utf8(),
        _ => 0,
    };
    &word[..n - cut]
}

/// A small set of words, as bits: a word whose bit is clear is not in the
/// set, and is not hashed to find that out.
#[derive(Clone, Debug, Default)]
struct WordFilter {
    bits: [u64; 16],
    /// The first bytes of the words: a document names a few people, whose
    /// names start with a few of the capitals.
    firsts: [u64; 4],
}

impl WordFilter {
    /// The bit of `word`: from its length and first and last bytes,
    /// which tell most different words apart.
    fn slot(word: &str) -> usize {
        let b = word.as_bytes();
        let (first, last) = (b.first().copied(), b.last().copied());
        let (first, last) = (
            usize::from(first.unwrap_or(0)),
            usize::from(last.unwrap_or(0)),
        );
        (first ^ (last << 3) ^ (b.len() << 6)) % (64 * 16)
    }

    fn insert(&mut self, word: &str) {
        let slot = Self::slot(word);
        self.bits[slot / 64] |= 1 << (slot % 64);
        if let Some(&b) = word.as_bytes().first() {
            self.firsts[usize::from(b / 64)] |= 1 << (b % 64);
        }
    }

    /// False when no word of the set starts with byte `b` (read from the
    /// text, before the word is cut out of it).
    fn may_start_with(&self, b: u8) -> bool {
        self.firsts[usize::from(b / 64)] & (1 << (b % 64)) != 0
    }

    fn may_contain(&self, word: &str) -> bool {
        let slot = Self::slot(word);
        self.bits[slot / 64] & (1 << (slot % 64)) != 0
    }
}

/// True when a capitalised word starts at byte `i`, which holds an ASCII
/// capital: nothing before it, or no letter, digit, apostrophe or hyphen.
pub(super) fn opens_capitalised_word(bytes: &[u8], i: usize) -> bool {
    i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && !matches!(bytes[i - 1], b'\'' | b'-')
}

/// Calls `f` with the position of every ASCII capital in `bytes`, in
/// order. Eight bytes are tested at once: capitals are one byte in thirty
/// of news, so most words are passed over without a test per byte.
fn for_each_capital(bytes: &[u8], mut f: impl FnMut(usize)) {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // Per byte, with its top bit cleared so that no sum carries into
        // the next byte: the top bit of `low + 0x3f` is set from `A` up,
        // that of `low + 0x25` from `[` up; an ASCII byte has no top bit.
        let low = x & !HIGH;
        let from_a = low + 0x3f * ONES;
        let past_z = low + 0x25 * ONES;
        let mut capitals = from_a & !past_z & !x & HIGH;
        while capitals != 0 {
            f(base + capitals.trailing_zeros() as usize / 8);
            capitals &= capitals - 1;
        }
        base += 8;
    }
    for (k, b) in chunks.remainder().iter().enumerate() {
        if b.is_ascii_uppercase() {
            f(base + k);
        }
    }
}

/// The word at each position where a capitalised word starts (an ASCII
/// capital after no letter, digit, apostrophe or hyphen), in order: found
/// once per document (in [`super::names::CaseInfo`]) and walked by both
/// people discovery and partial-name linking. `words` are all the words of
/// `text` ([`token::words`]): a capital that opens one of them (nearly
/// every capital) opens that same word, which is not looked for again.
pub fn capitalised_words(text: &str, words: &[Span]) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(words.len() / 4 + 1);
    let mut k = 0;
    for_each_capital(bytes, |start| {
        if !opens_capitalised_word(bytes, start) {
            return;
        }
        while words.get(k).is_some_and(|w| w.start < start) {
            k += 1;
        }
        match words.get(k) {
            Some(&w) if w.start == start => out.push(w),
            _ => out.extend(token::word_after(text, start, text.len())),
        }
    });
    out
}

/// True when `span` overlaps any mention (mentions sorted by start).
fn covered(mentions: &[Mention], span: Span) -> bool {
    let i = mentions.partition_point(|m| m.span.end <= span.start);
    mentions.get(i).is_some_and(|m| m.span.overlaps(span))
}

/// Frequent given names that the word list also holds, but that open a
/// sentence as a name far more often than as the word (`John`, `Mark`,
/// `Tony`); other given names that are words (`Will`, `Grant`, `An`,
/// `Said`) open it as the word.
fn is_name_first(given: &str) -> bool {
    matches!(
        given,
        "John"
            | "Peter"
            | "Martin"
            | "Tony"
            | "Mike"
            | "Harry"
            | "Terry"
            | "Roger"
            | "Billy"
            | "Bobby"
            | "Jimmy"
            | "Tom"
            | "Jack"
            | "Mark"
            | "Maria"
            | "Carol"
            | "Sally"
            | "Lee"
            | "Ray"
            | "Jay"
            | "Colleen"
    )
}

/// Whether one space and then a capitalised word may follow `end`: a space,
/// then an ASCII capital or a byte of a non-ASCII char (which may be one).
/// False rules out what [`token::word_after`] and [`token::is_capitalised`]
/// would find there as a capitalised word one space away.
fn space_then_capital(bytes: &[u8], end: usize) -> bool {
    bytes.get(end) == Some(&b' ')
        && bytes
            .get(end + 1)
            .is_some_and(|&b| b >= 0x80 || b.is_ascii_uppercase())
}

/// Finds people that are not in the gazetteer: a common given name followed
/// by one or two capitalised words (`Hadley Gamble`, `John A. Smith`),
/// outside any known mention. A given name that is also an English word
/// (`Will`, `Rose`) needs a title in front when it opens a sentence, unless
/// it is rarely the word there (`John`). After a name and `of`, such a name
/// is the organisation the person belongs to (`Allan Kaplan of Merrill
/// Lynch`).
pub fn discover_people(doc: &mut Document, case: &CaseInfo) {
    let text = doc.text.as_str();
    let mut found: Vec<(Span, EntityType)> = Vec::new();
    let mut next_free = 0;
    // The capitalised words come in order. Many are inside a mention:
    // those are ruled out before the given names are looked up.
    let mut coverage = Coverage::new(&doc.mentions);
    for &first in case.capitalised() {
        let start = first.start;
        if start < next_free {
            continue;
        }
        // A name runs on over one space to a capitalised word (see the
        // loop below): read from two bytes before anything is looked up.
        if !space_then_capital(text.as_bytes(), first.end) {
            continue;
        }
        if coverage.covers(first) {
            continue;
        }
        let given = first.as_str(text);
        if lexicon::given_name(given).is_none() {
            continue;
        }
        // `Lake Superior`, `Mount Kenya`: a given name that is also a
        // word of geography opens a place's name.
        if lexicon::is_place_opener(given) {
            // The whole name is the place's (`Lake Buena Vista`).
            let mut end = first.end;
            while let Some(w) = token::word_after(text, end, text.len()) {
                if &text[end..w.start] != " " || !token::is_capitalised(w.as_str(text)) {
                    break;
                }
                end = w.end;
            }
            next_free = end;
            continue;
        }
        // `Sulman Bin Khalifa Al Khalifa`: a particle that is a given name
        // too (`Al`) inside a longer name opens no name of its own.
        if lexicon::is_name_particle(given)
            && token::word_before(text, start, 0).is_some_and(|p| {
                token::only_space_between(text, p.end, start)
                    && token::is_capitalised(p.as_str(text))
            })
        {
            continue;
        }
        // A given name that is also a word (`Will`, `Grant`) opening a
        // sentence is most likely the word, unless it is one of the names
        // that are rarely words there (`John Smith said`).
        let opens_sentence = doc
            .sentences
            .get(doc.sentence_at(start) as usize)
            .is_some_and(|s| s.start == start);
        if opens_sentence
            && token::with_lower(given, lexicon::is_common_word)
            && !is_name_first(given)
            && !super::has_title_before(text, start)
        {
            continue;
        }
        let mut end = first.end;
        let mut surname = None;
        for _ in 0..3 {
            let Some(mut w) = token::word_after(text, end, text.len()) else {
                break;
            };
            let between = &text[end..w.start];
            if between != " " {
                break;
            }
            // A middle initial: `John A. Smith`.
            let single = w.len() == 1 && text.as_bytes()[w.start].is_ascii_uppercase();
            if single && text[w.end..].starts_with('.') {
                w.end += 1;
            }
            let word = w.as_str(text);
            let is_initial = word.len() == 2 && word.ends_with('.');
            if !token::is_capitalised(word)
                || covered(&doc.mentions, w)
                || word.chars().all(|c| !c.is_lowercase()) && !is_initial
            {
                break;
            }
            if lexicon::title(word).is_some() {
                break;
            }
            end = w.end;
            if !is_initial {
                surname = Some(w);
                // `'s` ends the name: `Gamble's report`.
                if strip_possessive(word) != word {
                    break;
                }
            }
        }
        let Some(last) = surname else {
            continue;
        };
        // `effective May One`, `on April Three`: a date written in words.
        if lexicon::is_month(given) && is_number_word(last.as_str(text)) {
            continue;
        }
        let name_end = last.start + strip_possessive(last.as_str(text)).len();
        let span = Span::new(first.start, name_end);
        next_free = span.end;
        // `the Sunday Times`, `Lloyd Webber Group`: a run that ends like an
        // organisation's name is one.
        // Only the whole of one: in `Michigan General Corp`, `General Corp`
        // is no name of its own.
        let org_head =
            lexicon::name_head(strip_possessive(last.as_str(text))) == Some(EntityType::Org);
        let in_longer_name = || {
            token::word_before(text, first.start, 0).is_some_and(|p| {
                token::only_space_between(text, p.end, first.start)
                    && token::is_capitalised(p.as_str(text))
            })
        };
        if org_head && in_longer_name() {
            continue;
        }
        let kind = if org_head || after_name_and_of(text, first) {
            EntityType::Org
        } else {
            EntityType::Person
        };
        found.push((span, kind));
    }
    if found.is_empty() {
        return;
    }
    for (span, kind) in found {
        let entity = doc.discover_at(span, kind);
        let sentence = doc.sentence_at(span.start);
        doc.mentions.push(Mention {
            span,
            sentence,
            entity,
            literal: None,
            via: Via::Discovered,
            modifier: false,
            confidence: 0.7,
        });
    }
    doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// Finds people named only by a title and a surname (`Ms King`, `Dr.
/// Patel`, `Sen. Grassley`) that no mention covers after the partial names
/// are linked: the surname becomes a discovered person, so that a later
/// `she said` has someone to refer to. An honorific (`Mr`, `Ms`, `Dr`)
/// names a person before any word (`Mr Brown`); another title only before
/// a word that is no common word (`Judge Dredd`, not `Bishop Auckland`
/// nor `Mayor Street`); never before a title (`Mr President`), before a
/// word that ends organisations' names (`Dr Foster Group`), or before
/// another capitalised word (the name runs on: those are the chunks').
pub fn discover_titled(gazetteer: &Gazetteer, doc: &mut Document, case: &CaseInfo) {
    let text = doc.text.as_str();
    let mut found: Vec<Span> = Vec::new();
    // Places a peer's title names (`Baroness Scotland`, `Lady Jersey`):
    // the peer, not the place.
    let mut peer_places: Vec<Span> = Vec::new();
    let mut coverage = Coverage::new(&doc.mentions);
    // Per surname: named in full before (see `named_in_full_before`).
    let mut in_full: HashMap<&str, bool> = HashMap::default();
    for &w in case.capitalised() {
        if !titled_surname(text, w) || case.bare_at(doc, w.start) {
            continue;
        }
        if coverage.covers(w) {
            let place = doc.mentions.iter().any(|m| {
                m.span == w
                    && matches!(
                        super::pronoun::entity_type(gazetteer, doc, m.entity),
                        EntityType::Gpe | EntityType::Loc
                    )
            });
            if place && peer_title_start(text, w) < w.start {
                peer_places.push(w);
                found.push(Span::new(peer_title_start(text, w), w.end));
            }
            continue;
        }
        let word = strip_possessive(w.as_str(text));
        let gender = title_gender_before(text, w.start);
        let first = *in_full
            .entry(word)
            .or_insert_with(|| named_in_full_before(text, word, w.start, None));
        if !first {
            found.push(Span::new(peer_title_start(text, w), w.start + word.len()));
        } else if gender.is_some() && !named_in_full_before(text, word, w.start, gender) {
            // `Mrs Howard` after `Michael Howard`: someone else, named
            // with the honorific that tells them apart.
            let honorific = token::word_before(text, w.start, 0).map_or(w.start, |h| h.start);
            found.push(Span::new(honorific, w.start + word.len()));
        }
    }
    if found.is_empty() {
        return;
    }
    doc.mentions.retain(|m| !peer_places.contains(&m.span));
    for span in found {
        let entity = doc.discover_at(span, EntityType::Person);
        doc.mentions
            .push(Mention::found(doc, span, entity, Via::Discovered, 0.7));
    }
    doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// True when `surname` follows a capitalised word that is no title
/// somewhere before `pos` (`Malte Pollmann` before `Mr Pollmann`): the
/// person is named in full there, and the speakers' surnames are linked to
/// that name later, when the full name is found next to a cue.
fn named_in_full_before(
    text: &str,
    surname: &str,
    pos: usize,
    gender: Option<lexicon::Gender>,
) -> bool {
    let head = &text[..pos];
    // Not someone of another `gender` (the honorific's before `pos`:
    // `Michael Howard` before `Mrs Howard`).
    let name_word = |w: Span| {
        let word = w.as_str(text);
        token::is_capitalised(word)
            && lexicon::title(word).is_none()
            && gender.is_none_or(|g| lexicon::given_name(word).flatten().is_none_or(|n| n == g))
    };
    memchr::memmem::find_iter(head.as_bytes(), surname.as_bytes()).any(|i| {
        let end = i + surname.len();
        let whole = !text[..i].ends_with(char::is_alphanumeric)
            && !text[end..].starts_with(char::is_alphanumeric);
        // `Malte Pollmann`, or family name first: `Wang Yan`; one space
        // between the words.
        let before = token::word_before(text, i, i.saturating_sub(32))
            .filter(|w| token::only_space_between(text, w.end, i));
        let after = token::word_after(text, end, (end + 32).min(text.len()))
            .filter(|w| token::only_space_between(text, end, w.start));
        whole && (before.is_some_and(name_word) || after.is_some_and(name_word))
    })
}

/// The ASCII word that ends one space (or a period and a space) before
/// `pos`, read from the bytes: asked of every capitalised word, which a
/// title rarely comes before.
fn title_before(text: &str, pos: usize) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut end = pos.checked_sub(1).filter(|&i| bytes[i] == b' ')?;
    if end > 0 && bytes[end - 1] == b'.' {
        end -= 1;
    }
    let start = end - token::ascii_letters_before(bytes, end);
    // Every title is capitalised: most words before a name are not.
    let opens_word = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
    (start < end && opens_word && bytes[start].is_ascii_uppercase()).then(|| &text[start..end])
}

/// A day of the month written as a capitalised word (`One` to `Thirty`,
/// `Twenty-one`, `Thirty-one`).
fn is_number_word(word: &str) -> bool {
    let last = word.rsplit('-').next().unwrap_or(word);
    let tens = word.contains('-') && (word.starts_with("Twenty") || word.starts_with("Thirty"));
    let units = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
        )
    };
    tens && units(last)
        || units(word)
        || matches!(
            word,
            "Ten"
                | "Eleven"
                | "Twelve"
                | "Thirteen"
                | "Fourteen"
                | "Fifteen"
                | "Sixteen"
                | "Seventeen"
                | "Eighteen"
                | "Nineteen"
                | "Twenty"
                | "Thirty"
        )
}

/// Where a peer's name starts: at `Lord`, `Lady`, `Baroness` or `Baron`
/// right before the surname `w` (`Lord Condon` is the name a peer goes
/// by), else at the surname.
fn peer_title_start(text: &str, w: Span) -> usize {
    token::word_before(text, w.start, w.start.saturating_sub(16))
        .filter(|t| {
            token::only_space_between(text, t.end, w.start)
                && matches!(t.as_str(text), "Lord" | "Lady" | "Baroness" | "Baron")
        })
        .map_or(w.start, |t| t.start)
}

/// Titles that are common surnames too (`Ms King`, `Mr Bishop`).
fn is_surname_too(word: &str) -> bool {
    matches!(
        word,
        "King" | "Bishop" | "Major" | "Baron" | "Judge" | "Sheriff" | "Prince"
    )
}

/// Honorifics: any surname may follow (`Mr Brown`, `Mrs Wood`).
fn is_honorific(word: &str) -> bool {
    matches!(word, "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Mme")
}

/// Titles that name a person before a surname that is no common word
/// (`Sen. Grassley`, `Judge Ito`): not those that open names of
/// organisations and places as often (`General`, `Justice`, `Major`).
fn is_surname_title(word: &str) -> bool {
    matches!(
        word,
        "Prof"
            | "Professor"
            | "Lord"
            | "Lady"
            | "Baroness"
            | "Baron"
            | "Rev"
            | "Reverend"
            | "Rabbi"
            | "Imam"
            | "Cardinal"
            | "Archbishop"
            | "Bishop"
            | "Senator"
            | "Sen"
            | "Rep"
            | "Congressman"
            | "Congresswoman"
            | "Gov"
            | "Governor"
            | "Judge"
            | "Mayor"
            | "Sheriff"
            | "Gen"
            | "Lt"
            | "Col"
            | "Colonel"
            | "Capt"
            | "Sgt"
            | "Detective"
            | "Inspector"
            | "Ambassador"
            | "Councillor"
            | "Councilor"
    )
}

/// True when the capitalised word `w` is a surname after a title (see
/// [`discover_titled`]): the title right before it (`Mr `, `Mr. `), the
/// word itself mixed-case and neither a title (but see [`is_surname_too`])
/// nor an organisation's head word, and no capitalised word right after it.
fn titled_surname(text: &str, w: Span) -> bool {
    let Some(title) = title_before(text, w.start) else {
        return false;
    };
    let honorific = is_honorific(title);
    if !honorific && !is_surname_title(title) {
        return false;
    }
    let word = strip_possessive(w.as_str(text));
    if word.len() < 2
        || !word
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase() || c == '-' || c == '\'')
        || lexicon::title(word).is_some() && !is_surname_too(word)
        || lexicon::name_head(word).is_some()
        || !honorific && token::with_lower(word, lexicon::is_common_word)
    {
        return false;
    }
    // `Mr Duncan Smith`: a name that runs on is not this word alone.
    let next = &text[w.end..];
    let runs_on = next
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()));
    word.len() < w.len() || !runs_on
}

/// True when `of` after a capitalised word comes right before `word`
/// (`Kaplan of` before `Merrill`).
fn after_name_and_of(text: &str, word: Span) -> bool {
    let Some(of) = token::word_before(text, word.start, 0) else {
        return false;
    };
    of.as_str(text) == "of"
        && token::only_space_between(text, of.end, word.start)
        && token::word_before(text, of.start, 0).is_some_and(|name| {
            token::only_space_between(text, name.end, of.start)
                && token::is_capitalised(name.as_str(text))
        })
}

/// Links a later surname (or a `Mr`/`Ms` + surname) to the person named in
/// full earlier in the document. A bare surname that the gazetteer gives to
/// someone the document never names in full (`Kennedy`, an alias of a US
/// congressman) is the person the document does name in full (`Charles
/// Kennedy`), before or after that full name: one sense per document.
pub fn link_partial_names(gazetteer: &Gazetteer, doc: &mut Document, case: &CaseInfo) {
    let text = doc.text.as_str();
    // Surname -> (entity, where its full name was first seen).
    let mut surnames: HashMap<&str, (EntityRef, usize)> = HashMap::default();
    // Surname -> a person of the other gender with it, named in full later
    // (`Hillary Clinton` after `Bill Clinton`), with the gender of each.
    let mut namesakes: HashMap<&str, (EntityRef, lexicon::Gender, usize)> = HashMap::default();
    let mut genders: HashMap<EntityRef, lexicon::Gender> = HashMap::default();
    // People named in full (more than one word) somewhere in the document.
    let mut named_in_full: HashSet<EntityRef> = HashSet::default();
    let stats = gazetteer.words();
    // Companies' first words, added after the people's surnames, which
    // they never take (`Lieberman Enterprises Inc` beside `David
    // Lieberman`).
    let mut firsts: Vec<(&str, EntityRef, usize)> = Vec::new();
    for m in &doc.mentions {
        if m.modifier {
            continue;
        }
        let name = m.span.as_str(text);
        let Some((first, last, two_words)) = first_and_last_words(name) else {
            continue;
        };
        match super::pronoun::entity_type(gazetteer, doc, m.entity) {
            EntityType::Person => {
                named_in_full.insert(m.entity);
                surnames.entry(last).or_insert((m.entity, m.span.start));
                if let Some(g) = lexicon::given_name(first)
                    .flatten()
                    .filter(|_| first != last)
                {
                    genders.entry(m.entity).or_insert(g);
                    let known = surnames.get(last).and_then(|(e, _)| genders.get(e));
                    if known.is_some_and(|k| *k != g) {
                        namesakes.entry(last).or_insert((m.entity, g, m.span.start));
                    }
                }
                // Family name first (`Wang Dan`, `Deng Xiaoping`): a first
                // word that is no given name, of a two-word name. So is a
                // given name few bear in the list that is no known
                // person's surname (`Lleyton Hewitt`: 690 bearers; not
                // `Hutton`, `Hughes`): the person goes by it.
                if two_words
                    && (lexicon::given_name(first).is_none()
                        || lexicon::is_rare_given_name(first) && !stats.is_surname(first))
                    && !stats.is_given_name(first)
                    && !token::with_lower(first, lexicon::is_common_word)
                {
                    surnames.entry(first).or_insert((m.entity, m.span.start));
                }
            }
            // `Lear Corp` then `Lear`: a company without its legal suffix.
            EntityType::Org => {
                let (short, suffix) = (&name[..name.len() - last.len() - 1], last);
                let suffix = suffix.trim_end_matches('.');
                if legal_form::LEGAL_SUFFIXES.contains(&suffix)
                    && two_words
                    && !token::with_lower(short, lexicon::is_common_word)
                {
                    surnames.entry(short).or_insert((m.entity, m.span.start));
                }
                // `Harper and Row Publishers Inc` then `Harper`: the first
                // word of a longer company name, when it is no word (a
                // given name too: a person is named by surname).
                if legal_form::LEGAL_SUFFIXES.contains(&suffix)
                    && !two_words
                    && token::is_capitalised(first)
                    && first.chars().any(char::is_lowercase)
                    && !token::with_lower(first, lexicon::is_common_word)
                {
                    firsts.push((first, m.entity, m.span.start));
                }
            }
            _ => {}
        }
    }
    let mut org_firsts: HashSet<&str> = HashSet::default();
    // Not a word two companies open with (`Oakwood Homes Corp`, `Oakwood
    // Acceptance Corp`): which one it names is unknown.
    let shared =
        |first: &str, entity: EntityRef| firsts.iter().any(|&(f, e, _)| f == first && e != entity);
    for &(first, entity, at) in &firsts {
        if !surnames.contains_key(first) && !shared(first, entity) {
            surnames.insert(first, (entity, at));
            org_firsts.insert(first);
        }
    }
    if surnames.is_empty() {
        return;
    }
    // A document names a few people: most capitalised words are none of
    // their surnames, and are ruled out without a hash.
    let mut filter = WordFilter::default();
    for word in surnames.keys() {
        filter.insert(word);
    }
    let mut added = Vec::new();
    let mut relinked: Vec<(usize, EntityRef)> = Vec::new();
    let bytes = text.as_bytes();
    for &w in case.capitalised() {
        // A capitalised word is not empty, and stripping a possessive
        // keeps its first byte.
        if !filter.may_start_with(bytes[w.start]) {
            continue;
        }
        let word = strip_possessive(w.as_str(text));
        if !filter.may_contain(word) {
            continue;
        }
        let span = Span::new(w.start, w.start + word.len());
        let Some(&(mut entity, mut first)) = surnames.get(word) else {
            continue;
        };
        // A company's first word stands for it alone, not opening another
        // name (`Phelps Dodge`, `Cambridge BioScience`, `Thomas and Betts`,
        // `Helen of Troy`).
        if org_firsts.contains(word) {
            let joined = [" and ", " & ", " of "].iter().find_map(|j| {
                text.get(span.end..)
                    .and_then(|t| t.strip_prefix(j))
                    .map(|_| span.end + j.len() - 1)
            });
            if space_then_capital(bytes, span.end)
                || joined.is_some_and(|at| space_then_capital(bytes, at))
            {
                continue;
            }
        }
        // `Mrs. Clinton` where both Clintons are named: the one the
        // honorific's gender fits; none when only the other is named.
        let honorific = title_gender_before(text, w.start);
        if let Some(&(other, g, at)) = namesakes.get(word) {
            if honorific == Some(g) {
                (entity, first) = (other, at);
            }
        }
        if honorific.is_some_and(|h| genders.get(&entity).is_some_and(|g| *g != h)) {
            continue;
        }
        if covered(&doc.mentions, span) {
            let i = doc.mentions.partition_point(|m| m.span.end <= span.start);
            let m = &doc.mentions[i];
            let namesake = m.span == span
                && matches!(m.via, Via::Alias | Via::Partial)
                && m.entity != entity
                && matches!(m.entity, EntityRef::Known(_))
                && super::pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Person
                && !named_in_full.contains(&m.entity);
            // `Jordan said` after `Rep. Jim Jordan`: a place or an
            // organisation that is also the surname of someone named in
            // full before is that person where a person is meant (a title
            // in front, or a speech verb right after).
            let person_here = m.span == span
                && first < span.start
                && m.entity != entity
                && super::pronoun::entity_type(gazetteer, doc, entity) == EntityType::Person
                && !m.modifier
                && matches!(m.entity, EntityRef::Known(_))
                && super::pronoun::entity_type(gazetteer, doc, m.entity) != EntityType::Person
                && word.contains(|c: char| c.is_lowercase())
                && (super::has_title_before(text, span.start) || speech_verb_after(text, w.end));
            if namesake || person_here {
                relinked.push((i, entity));
            }
            continue;
        }
        if first >= span.start {
            continue;
        }
        added.push(Mention::found(doc, span, entity, Via::Partial, 0.85));
    }
    for (i, entity) in relinked {
        let m = &mut doc.mentions[i];
        m.entity = entity;
        m.via = Via::Partial;
        m.confidence = 0.85;
    }
    if !added.is_empty() {
        doc.mentions.extend(added);
        doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

/// Drops the links of a surname after an honorific of the other gender
/// than the given name of the person it names (`Mrs Howard` after `Michael
/// Howard's ex-model wife, Sandra`): she is someone else, whom
/// [`discover_titled`] then finds.
pub fn unlink_other_gender(gazetteer: &Gazetteer, doc: &mut Document) {
    let text = doc.text.as_str();
    let discovered = &doc.discovered;
    let given_gender = |e: EntityRef| {
        let name = match e {
            EntityRef::Known(id) => gazetteer.entity(id).name.as_str(),
            EntityRef::Discovered(i) => {
                discovered.get(i.0 as usize).map_or("", |d| d.name.as_str())
            }
        };
        let first = name.split(' ').next().filter(|f| f.len() < name.len())?;
        lexicon::given_name(first).flatten()
    };
    // Asked of every mention: the honorific first, the name only after one.
    doc.mentions.retain(|m| {
        let other = matches!(m.via, Via::Alias | Via::Partial)
            && !m.span.as_str(text).contains(' ')
            && title_gender_before(text, m.span.start)
                .is_some_and(|t| given_gender(m.entity).is_some_and(|g| g != t));
        !other
    });
}

/// The gender of the honorific right before `pos` (`Mrs`, `Mr.`), if any.
fn title_gender_before(text: &str, pos: usize) -> Option<lexicon::Gender> {
    let w = token::word_before(text, pos, pos.saturating_sub(8))?;
    if !text[w.end..pos].trim_start_matches('.').trim().is_empty() {
        return None;
    }
    lexicon::title(w.as_str(text)).flatten()
}

/// The words before the first space and after the last one of a name, and
/// whether those are its only two; `None` for a name without a space.
///
/// Asked of every mention: a byte loop over the short name, not a char
/// searcher set up for each of `contains`, `split` and `rsplit_once`.
fn first_and_last_words(name: &str) -> Option<(&str, &str, bool)> {
    let bytes = name.as_bytes();
    let i = bytes.iter().position(|&b| b == b' ')?;
    let j = bytes.iter().rposition(|&b| b == b' ').unwrap_or(i);
    // A space is one byte: both cuts are char boundaries.
    Some((&name[..i], &name[j + 1..], i == j))
}

/// True when the word after `pos` (across spaces only) is a speech verb:
/// `Jordan said`, `Jordan told`.
fn speech_verb_after(text: &str, pos: usize) -> bool {
    let Some(rest) = text.get(pos..) else {
        return false;
    };
    let gap = rest.len() - rest.trim_start_matches(' ').len();
    if gap == 0 {
        return false;
    }
    token::word_after(text, pos + gap, text.len())
        .filter(|w| w.start == pos + gap)
        .is_some_and(|w| lexicon::speech_verb_any_case(w.as_str(text)).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_is_the_person_named_in_full_not_a_gazetteer_namesake() {
        use crate::doc::EntityId;
        use crate::gazetteer::Row;
        let row = |id: &str, name: &str, aliases: &[&str]| Row {
            id: id.into(),
            name: name.into(),
            kind: EntityType::Person,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            part_of: None,
            located_in: None,
            role: None,
            path: std::path::PathBuf::from("t.tsv"),
            line: 1,
        };
        let g = Gazetteer::from_rows(vec![
            row("Q1", "Mike Kennedy", &["Kennedy"]),
            row("Q2", "Charles Kennedy", &[]),
        ])
        .unwrap();
        let pipeline = crate::Pipeline::with_gazetteer(g);
        let text = "Mr Kennedy spoke first. The Liberal Democrat leader Charles Kennedy \
                    said more. Later Kennedy left.";
        let mut doc = Document::new("d", text);
        pipeline.annotate(&mut doc);
        let who: Vec<(&str, EntityRef)> = doc
            .mentions
            .iter()
            .map(|m| (m.span.as_str(text), m.entity))
            .collect();
        let charles = EntityRef::Known(EntityId(1));
        assert_eq!(
            who,
            [
                ("Kennedy", charles),
                ("Charles Kennedy", charles),
                ("Kennedy", charles)
            ]
        );
        // Named in full, the namesake keeps its own mentions.
        let text = "Mike Kennedy met Charles Kennedy. Kennedy said no.";
        let mut doc = Document::new("d", text);
        pipeline.annotate(&mut doc);
        assert_eq!(
            doc.mentions.last().map(|m| m.entity),
            Some(EntityRef::Known(EntityId(0)))
        );
    }

    #[test]
    fn a_place_named_like_someone_named_in_full_is_that_person_where_a_person_is_meant() {
        use crate::doc::EntityId;
        use crate::gazetteer::Row;
        let row = |id: &str, name: &str, kind: EntityType| Row {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: vec![],
            part_of: None,
            located_in: None,
            role: None,
            path: std::path::PathBuf::from("t.tsv"),
            line: 1,
        };
        let g = Gazetteer::from_rows(vec![
            row("P1", "Jordan", EntityType::Gpe),
            row("P2", "Jim Jordan", EntityType::Person),
        ])
        .unwrap();
        let pipeline = crate::Pipeline::with_gazetteer(g);
        let text = "Jordan sent troops. Rep. Jim Jordan spoke. Jordan said the deal was bad. \
                    Mr. Jordan left for Jordan. Jordan's king met him.";
        let mut doc = Document::new("d", text);
        pipeline.annotate(&mut doc);
        let (country, person) = (EntityRef::Known(EntityId(0)), EntityRef::Known(EntityId(1)));
        let who: Vec<EntityRef> = doc.mentions.iter().map(|m| m.entity).collect();
        // Before the full name, after `for` and before `'s king`: the
        // country; before `said` and after `Mr.`: the person.
        assert_eq!(who, [country, person, person, person, country, country]);
    }

    #[test]
    fn a_rare_given_name_that_opens_a_name_stands_for_it() {
        let g = Gazetteer::from_rows(Vec::new()).unwrap();
        let pipeline = crate::Pipeline::with_gazetteer(g);
        // `Lleyton`: 690 bearers in the list, under 1,000; `John`: millions.
        for (text, first, full) in [
            (
                "Lleyton Hewitt won the final. Lleyton played well.",
                "Lleyton",
                Some("Lleyton Hewitt"),
            ),
            ("John Hewitt won the final. John played well.", "John", None),
        ] {
            let mut doc = Document::new("d", text);
            pipeline.annotate(&mut doc);
            let at = text.rfind(first).unwrap();
            let linked =
                doc.mentions.iter().find(|m| m.span.start == at).map(|m| {
                    super::super::pronoun::entity_name(pipeline.gazetteer(), &doc, m.entity)
                });
            assert_eq!(linked, full, "{text}");
        }
    }

    /// The mentions one discovery pass finds in `text`, alone.
    fn found_by(pass: &dyn Fn(&mut Document, &CaseInfo), text: &str) -> Vec<String> {
        let mut doc = Document::new("d", text);
        doc.sentences = crate::segment::sentences(text);
        let case = CaseInfo::new(&doc);
        pass(&mut doc, &case);
        doc.mentions
            .iter()
            .map(|m| m.span.as_str(text).to_string())
            .collect()
    }

    fn discovered(text: &str) -> Vec<String> {
        found_by(&discover_people, text)
    }

    #[test]
    fn discovery_cases() {
        type Case = (&'static str, &'static [&'static str]);
        const CASES: &[Case] = &[
            ("told Hadley Gamble on Friday", &["Hadley Gamble"]),
            // A date in words is nobody.
            ("The cut is effective May One and April Twenty-three.", &[]),
            ("said John A. Smith, a spokesman", &["John A. Smith"]),
            ("Mary Jones's report", &["Mary Jones"]),
            ("Will Britain leave?", &[]),
            ("Will Smith left.", &[]),
            // A given name that is rarely a word opens a sentence as a name.
            ("Prices fell. John Smith spoke on Monday.", &["John Smith"]),
            ("Prices fell. Grant Dean spoke on Monday.", &[]),
            ("with Mark Carney today", &["Mark Carney"]),
            ("said John", &[]),
            ("John SMITH", &[]),
        ];
        for (text, want) in CASES {
            assert_eq!(discovered(text), *want, "{text}");
        }
    }

    #[test]
    fn titled_surname_cases() {
        type Case = (&'static str, &'static [&'static str]);
        const CASES: &[Case] = &[
            ("The shop is run by Ms King.", &["King"]),
            ("Prices fell. Later Mr. Jones left.", &["Jones"]),
            ("Ask Mr Smith's dog.", &["Smith"]),
            ("as Sen. Grassley said", &["Grassley"]),
            // A peer goes by the title and the name.
            ("It was Lord Condon who spoke.", &["Lord Condon"]),
            // A title, an organisation's head word, a name that runs on.
            ("Thank you, Mr President.", &[]),
            ("Ask Dr Foster Group.", &[]),
            ("Ask Mr Duncan Smith.", &[]),
            // After other titles, not a common word.
            ("The Mayor Street office", &[]),
            // Named in full before, surname last or first.
            ("Malte Pollmann founded it. Mr Pollmann said so.", &[]),
            ("Wang Yan spoke. Mr Wang said so.", &[]),
            ("Mr Wang spoke.", &["Wang"]),
        ];
        // No mention in these texts: the gazetteer types none.
        let gazetteer = Gazetteer::from_rows(Vec::new()).unwrap();
        let titled = |doc: &mut Document, case: &CaseInfo| discover_titled(&gazetteer, doc, case);
        for (text, want) in CASES {
            assert_eq!(found_by(&titled, text), *want, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn no_capitalised_word_one_space_on_where_ruled_out(
            text in "[a-zA-Z .,'\u{e9}\u{c9}\u{a0}-]{0,12}",
            end in 0usize..13,
        ) {
            let end = end.min(text.len());
            let capitalised_next = text.is_char_boundary(end)
                && token::word_after(&text, end, text.len()).is_some_and(|w| {
                    &text[end..w.start] == " " && token::is_capitalised(w.as_str(&text))
                });
            if !space_then_capital(text.as_bytes(), end) {
                proptest::prop_assert!(!capitalised_next, "{:?} at {}", text, end);
            }
        }

        #[test]
        fn first_and_last_words_as_split(name in "[ab \u{e9}.]{0,8}") {
            let mut words = name.split(' ');
            let want = match (words.next(), words.next_back()) {
                (Some(first), Some(last)) => Some((first, last, words.next().is_none())),
                _ => None,
            };
            proptest::prop_assert_eq!(first_and_last_words(&name), want);
            if let Some((_, last, _)) = first_and_last_words(&name) {
                let short = &name[..name.len() - last.len() - 1];
                proptest::prop_assert_eq!(name.rsplit_once(' '), Some((short, last)));
            }
        }

        #[test]
        fn capitals_found_eight_at_a_time_are_every_capital(
            text in "[A-Za-z@\\[`{ .'\u{e9}\u{c9}\u{2019}]{0,40}"
        ) {
            let bytes = text.as_bytes();
            let mut got = Vec::new();
            for_each_capital(bytes, |i| got.push(i));
            let want: Vec<usize> = (0..bytes.len())
                .filter(|&i| bytes[i].is_ascii_uppercase())
                .collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    /// `strip_possessive` as it was first written: each ending in turn.
    fn strip_possessive_by_suffixes(word: &str) -> &str {
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
            if let Some(w) = word.strip_suffix(suffix) {
                return w;
            }
        }
        word
    }

    proptest::proptest! {
        #[test]
        fn possessives_as_by_suffixes(word in "[Ase'\u{2019}\u{e9}\u{4e2d}]{0,5}") {
            proptest::prop_assert_eq!(strip_possessive(&word), strip_possessive_by_suffixes(&word));
        }

        #[test]
        fn word_filter_keeps_every_word_put_in(
            words in proptest::collection::vec("[A-Za-z.'\u{e9}]{0,12}", 0..20),
            other in "[A-Za-z.'\u{e9}]{0,12}",
        ) {
            let mut filter = WordFilter::default();
            for w in &words {
                filter.insert(w);
            }
            for w in &words {
                proptest::prop_assert!(filter.may_contain(w));
                if let Some(&b) = w.as_bytes().first() {
                    proptest::prop_assert!(filter.may_start_with(b));
                }
            }
            if !filter.may_contain(&other) {
                proptest::prop_assert!(!words.contains(&other));
            }
        }
    }

    #[test]
    fn possessives() {
        for word in [
            "",
            "'",
            "\u{2019}",
            "'s",
            "\u{2019}s",
            "s",
            "Jones'",
            "Jones's",
        ] {
            assert_eq!(
                strip_possessive(word),
                strip_possessive_by_suffixes(word),
                "{word}"
            );
        }
        assert_eq!(strip_possessive("Gamble's"), "Gamble");
        assert_eq!(strip_possessive("Jones’"), "Jones");
        assert_eq!(strip_possessive("Gamble"), "Gamble");
    }
}
