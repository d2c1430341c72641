//! Names longer than the gazetteer's match: runs of capitalised words.
//!
//! A dictionary matches `Andre` and `Joubert` in `Andre Joubert`, `Power` in
//! `Kansai Electric Power`, and `Simon` in `John Simon`. Here each run of
//! capitalised words (a *name chunk*) that the mentions do not cover in one
//! piece becomes one mention when the words say what it is: a given name
//! followed by more name words is a person (`Sean Berry`), and a run that
//! ends in a word that ends many organisation, place or event names of the
//! gazetteer (`Corp`, `Party`, `Cup`) takes that type. Such a mention keeps
//! a known person when the gazetteer's name fits the run, and is otherwise a
//! discovered entity (`via: discovered`).
//!
//! Capitalisation is evidence only in ordinary text: not at the start of a
//! sentence or line, and not in ALL-CAPS or Title Case headlines
//! ([`CaseInfo`]).
//!
//! Reads: `text`, `sentences`, `mentions`. Writes: `mentions`, `discovered`.

use crate::doc::{Document, EntityRef, EntityType, Mention, Via};
use std::sync::LazyLock;

use crate::gazetteer::find::{is_stop_word_any_case, STOP_WORDS};
use crate::gazetteer::Gazetteer;
use crate::lexicon::{self, Shapes};
use crate::span::Span;
use crate::token;

use super::partial::{self, strip_possessive};
use super::pronoun::entity_type;

/// Lower-case words that join the parts of a name (`Gil de Ferran`,
/// `Bank of England`, `Procter & Gamble`).
///
/// A `match` rather than a list: asked of every word after a capitalised
/// one, where 20 string compares cost more than the rest of the step.
fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "da"
            | "di"
            | "do"
            | "dos"
            | "du"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "la"
            | "le"
            | "bin"
            | "al"
            | "el"
            | "ibn"
            | "of"
            | "&"
    )
}

/// True for the words that join names of organisations (`Allan Kaplan
/// of Merrill Lynch`, `Marks & Spencer`): a person's name never runs over
/// them.
fn joins_names(word: &str) -> bool {
    matches!(word, "of" | "&")
}

/// Per sentence, whether it is a headline, its words looked up in
/// `words` (for sentences in any order).
fn headlines_by_lookup(text: &str, words: &[Span], sentences: &[Span]) -> Vec<bool> {
    sentences
        .iter()
        .map(|&s| {
            let first = words.partition_point(|w| w.start < s.start);
            let last = words.partition_point(|w| w.start < s.end);
            is_headline(text, &words[first..last])
        })
        .collect()
}

/// The longest word whose inner capitals (`AT&T`, `U.S.`) may open a
/// capitalised word: longer ones are no names.
const MAX_INNER_CAPITALS_WORD: usize = 64;

/// The document's words, and which sentences carry no case evidence.
#[derive(Clone, Debug, Default)]
pub struct CaseInfo {
    /// Every word of the document, in order: found once, read by every
    /// pass over names.
    words: Vec<Span>,
    /// Per sentence: written in ALL CAPS or Title Case.
    headline: Vec<bool>,
    /// The words that open with an ASCII capital after no letter, digit,
    /// apostrophe or hyphen ([`super::partial::capitalised_words`]).
    capitalised: Vec<Span>,
    /// Indices into `words` of the words that start with an upper-case
    /// letter ([`starts_capitalised`]), in order: the passes over names
    /// start only at these (about one word in six), not at every word.
    upper: Vec<u32>,
    /// Per word of `upper`: only ASCII letters and digits.
    upper_plain: Vec<bool>,
}

impl CaseInfo {
    /// Looks at every sentence of `doc`.
    pub fn new(doc: &Document) -> CaseInfo {
        let text = doc.text.as_str();
        let bytes = text.as_bytes();
        let sentences = doc.sentences.as_slice();
        // Sentences come in order and apart (as `segment` makes them): the
        // words of each are those that start inside it, and the headline
        // test follows the words. Otherwise each sentence looks its words
        // up.
        let in_order = sentences
            .windows(2)
            .all(|p| p[0].start <= p[0].end && p[0].end <= p[1].start);
        // About one word in six bytes of news: room for one in five, one
        // allocation, not a dozen. (Room for one in six was outgrown by
        // half the documents, each copying its words once.)
        let mut words: Vec<Span> = Vec::with_capacity(text.len() / 5 + 1);
        let mut capitalised: Vec<Span> = Vec::with_capacity(text.len() / 24 + 1);
        let mut upper: Vec<u32> = Vec::with_capacity(text.len() / 24 + 1);
        let mut upper_plain: Vec<bool> = Vec::with_capacity(text.len() / 24 + 1);
        // Out of order, the scan sees no sentence and the lookup below
        // does the work.
        let mut headlines = Headlines::new(if in_order { sentences } else { &[] });
        token::for_each_word(text, |w, plain| {
            // `words` and `upper` grow together: the index fits in `u32`
            // for any text under 4 GiB, and a word takes at least a byte.
            let index = words.len() as u32;
            words.push(w);
            // The capitals that open a capitalised word (see
            // `partial::capitalised_words`): the word's first byte, and in
            // a word with joiners or other letters (`AT&T`, `U.S.`) any
            // capital after one.
            // As `starts_capitalised`, with the first byte already read.
            let first = bytes[w.start];
            if first.is_ascii_uppercase() {
                upper.push(index);
                upper_plain.push(plain);
                if partial::opens_capitalised_word(bytes, w.start) {
                    capitalised.push(w);
                }
            } else if first >= 0x80 && starts_capitalised(text, w) {
                upper.push(index);
                upper_plain.push(plain);
            }
            // Not in a run of letters longer than any name (`A.B.A.B...`
            // over 80 KB took seconds, a word found per inner capital).
            if !plain && w.len() <= MAX_INNER_CAPITALS_WORD {
                for p in w.start + 1..w.end {
                    if bytes[p].is_ascii_uppercase() && partial::opens_capitalised_word(bytes, p) {
                        capitalised.extend(token::word_after(text, p, text.len()));
                    }
                }
            }
            headlines.word(text, w, plain);
        });
        let headline = if in_order {
            headlines.finish(text)
        } else {
            headlines_by_lookup(text, &words, sentences)
        };
        CaseInfo {
            words,
            headline,
            capitalised,
            upper,
            upper_plain,
        }
    }

    /// The words that open with a capital, for people and surnames.
    pub fn capitalised(&self) -> &[Span] {
        &self.capitalised
    }

    /// True when a capital letter at `pos` says nothing: the word opens its
    /// sentence or line, or the sentence is a headline.
    pub fn bare_at(&self, doc: &Document, pos: usize) -> bool {
        self.bare_in(doc, doc.sentence_at(pos) as usize, pos)
    }

    /// [`CaseInfo::bare_at`] when the sentence `i` of `pos` is known.
    pub(super) fn bare_in(&self, doc: &Document, i: usize, pos: usize) -> bool {
        if self.headline.get(i).copied().unwrap_or(false) {
            return true;
        }
        let sentence_start = doc.sentences.get(i).map_or(0, |s| s.start.min(pos));
        opens_after(&doc.text, sentence_start, pos)
    }

    fn headline_in(&self, i: usize) -> bool {
        self.headline.get(i).copied().unwrap_or(false)
    }
}

/// True when nothing but non-letters lies between the last line break
/// before `pos` (or `start`) and `pos`: a word at `pos` opens its line or
/// sentence.
///
/// Walks back over non-letters only: a letter means the word does not open
/// either (and the walk stays short whatever the sentence's length). The
/// ASCII bytes before the word (a space, mostly) are read as bytes, without
/// slicing the text; the walk goes on by chars from the first other byte.
fn opens_after(text: &str, start: usize, pos: usize) -> bool {
    let bytes = &text.as_bytes()[start..pos];
    let mut end = bytes.len();
    while let Some(&b) = end.checked_sub(1).and_then(|i| bytes.get(i)) {
        if !b.is_ascii() {
            // Every byte after it is ASCII, so the char it ends is whole.
            return opens_after_chars(&text[start..start + end]);
        }
        if b == b'\n' {
            return true;
        }
        if b.is_ascii_alphabetic() {
            return false;
        }
        end -= 1;
    }
    true
}

/// [`opens_after`], a char at a time.
fn opens_after_chars(before: &str) -> bool {
    for c in before.chars().rev() {
        if c == '\n' {
            return true;
        }
        if c.is_alphabetic() {
            return false;
        }
    }
    true
}

/// The headline test of each sentence, fed every word of the document in
/// order (for sentences that come in order and apart).
struct Headlines<'a> {
    sentences: &'a [Span],
    /// The answer for each sentence before `si`.
    done: Vec<bool>,
    /// The sentence the words have reached, and its scan so far.
    si: usize,
    scan: Headline,
    /// The first position where a word changes anything: the start of
    /// sentence `si` while its scan still runs, else its end.
    next: usize,
}

impl<'a> Headlines<'a> {
    fn new(sentences: &'a [Span]) -> Headlines<'a> {
        let mut headlines = Headlines {
            sentences,
            done: Vec::with_capacity(sentences.len()),
            si: 0,
            scan: Headline::default(),
            next: 0,
        };
        headlines.next = headlines.next_change();
        headlines
    }

    /// Takes the next word of the document. Most words are inside a
    /// sentence whose first few words ruled it out: one compare each.
    #[inline]
    fn word(&mut self, text: &str, w: Span, plain: bool) {
        if w.start >= self.next {
            self.step(text, w, plain);
        }
    }

    fn step(&mut self, text: &str, w: Span, plain: bool) {
        while self
            .sentences
            .get(self.si)
            .is_some_and(|s| s.end <= w.start)
        {
            self.done.push(self.scan.finish(text));
            self.scan = Headline::default();
            self.si += 1;
        }
        let started = self
            .sentences
            .get(self.si)
            .is_some_and(|s| s.start <= w.start);
        if !self.scan.ruled_out && started {
            self.scan.push(text, w, plain);
        }
        self.next = self.next_change();
    }

    fn next_change(&self) -> usize {
        match self.sentences.get(self.si) {
            None => usize::MAX,
            Some(s) if self.scan.ruled_out => s.end,
            Some(s) => s.start.min(s.end),
        }
    }

    /// The answer for every sentence.
    fn finish(mut self, text: &str) -> Vec<bool> {
        while self.done.len() < self.sentences.len() {
            self.done.push(self.scan.finish(text));
            self.scan = Headline::default();
        }
        self.done
    }
}

/// ALL CAPS (no lower-case letter, at least two words), or Title Case (no
/// lower-case word of four letters or more, and capitalised English words
/// after the first, at least two and two in five of the capitalised words:
/// `Chinese Balloon Prompts Washington To Accuse Beijing`). `words` are the
/// sentence's words; the first lower-case word of four letters rules both
/// out, so ordinary sentences cost a few words.
fn is_headline(text: &str, words: &[Span]) -> bool {
    let mut scan = Headline::default();
    for &w in words {
        scan.push(text, w, false);
    }
    scan.finish(text)
}

/// [`is_headline`] a word at a time, for a pass over all the words of a
/// document.
#[derive(Clone, Copy, Debug, Default)]
struct Headline {
    /// Words seen, with or without letters (the first is not asked about
    /// common words).
    seen: usize,
    count: usize,
    any_lower: bool,
    caps: usize,
    common_caps: usize,
    /// A lower-case word of four letters or more: not a headline, whatever
    /// follows.
    ruled_out: bool,
    /// The first capitalised words (after the first word) that hold a
    /// lower-case letter, whose look-ups (an English word, not a given
    /// name: `common_caps`) wait for the end of the sentence: a later
    /// lower-case word rules most sentences out, and then none is needed.
    /// Words past these are looked up at once.
    deferred: [Span; DEFERRED_WORDS],
    n_deferred: usize,
}

/// How many words' look-ups a [`Headline`] scan defers.
const DEFERRED_WORDS: usize = 8;

impl Headline {
    /// Takes the next word of the sentence; `plain` says it is only ASCII
    /// letters and digits, which are told apart by their bytes.
    fn push(&mut self, text: &str, w: Span, plain: bool) {
        if self.ruled_out {
            return;
        }
        let i = self.seen;
        self.seen += 1;
        let span = w;
        let w = w.as_str(text);
        let (has_lower, opens_lower) = if plain {
            let b = w.as_bytes();
            if !b.iter().any(u8::is_ascii_alphabetic) {
                return;
            }
            let opens_lower = b.first().is_some_and(u8::is_ascii_lowercase);
            (b.iter().any(u8::is_ascii_lowercase), opens_lower)
        } else {
            if !w.chars().any(char::is_alphabetic) {
                return;
            }
            let opens_lower = w.chars().next().is_some_and(char::is_lowercase);
            (w.chars().any(char::is_lowercase), opens_lower)
        };
        self.count += 1;
        self.any_lower |= has_lower;
        if opens_lower {
            // An ASCII word has as many characters as bytes.
            let chars = if plain { w.len() } else { w.chars().count() };
            if chars >= 4 {
                self.ruled_out = true;
            }
            return;
        }
        self.caps += 1;
        if i > 0 && has_lower {
            match self.deferred.get_mut(self.n_deferred) {
                Some(slot) => {
                    *slot = span;
                    self.n_deferred += 1;
                }
                None => self.common_caps += usize::from(is_common_cap(w)),
            }
        }
    }

    /// The answer for the sentence the words were pushed of, in `text`.
    fn finish(&self, text: &str) -> bool {
        if self.ruled_out {
            return false;
        }
        if self.count >= 2 && !self.any_lower {
            return true;
        }
        let deferred = &self.deferred[..self.n_deferred];
        let common_caps = self.common_caps
            + deferred
                .iter()
                .filter(|w| is_common_cap(w.as_str(text)))
                .count();
        common_caps >= 2 && common_caps * 5 >= self.caps * 2
    }
}

/// A capitalised word that counts towards a Title Case headline: an
/// English word that is not also a given name.
fn is_common_cap(w: &str) -> bool {
    lexicon::is_common_word_any(w) && lexicon::given_name(w).is_none()
}

/// The word right before `pos` (one space between) is a capitalised name
/// word: a given name or a capitalised word that is not an English word or
/// a title (`John` in `John Simon`).
pub fn name_word_before(text: &str, pos: usize) -> bool {
    let Some(head) = text[..pos].strip_suffix(' ') else {
        return false;
    };
    let Some(w) = token::word_before(text, head.len(), head.len().saturating_sub(40))
        .filter(|w| w.end == head.len() && text.is_char_boundary(w.start))
    else {
        return false;
    };
    is_name_part(w.as_str(text))
}

/// The word right after `end` (one space between) is a capitalised name
/// word (`Johnson` in `Johnson Controls`).
pub fn name_word_after(text: &str, end: usize) -> bool {
    if !text[end..].starts_with(' ') {
        return false;
    }
    let limit = (end + 41).min(text.len());
    let Some(w) = token::word_after(text, end + 1, limit).filter(|w| w.start == end + 1) else {
        return false;
    };
    let word = strip_possessive(w.as_str(text));
    is_name_part(word) && !lexicon::is_common_word_any(word)
}

fn is_name_part(w: &str) -> bool {
    token::is_capitalised(w)
        && w.chars().any(char::is_lowercase)
        && lexicon::title(w).is_none()
        && !is_stop_word_any_case(w)
        && (lexicon::given_name(w).is_some() || !lexicon::is_common_word_any(w))
}

/// [`is_stop_word_any_case`], asked of every capitalised word: an ASCII
/// word whose shape no stop word has (most names) is ruled out by a bit
/// test, without building its key and hashing it.
fn is_stop_word_in_any_case(word: &str) -> bool {
    static SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(STOP_WORDS.iter().copied()));
    if word.is_ascii() && !SHAPES.may_contain(word) {
        return false;
    }
    is_stop_word_any_case(word)
}

/// Whether a word can be part of a name chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ChunkKind {
    Word,
    /// An English word only because it opens its sentence (`United`).
    Opener,
    Not,
}

/// `Martin Luther King Jr.`, `Martin Luther King said`: a title after a
/// person's given name and before no other name word is a surname (not
/// after a place that is also a given name: `Nevada Sen.`, `Florida
/// Judge`).
fn surname_title(text: &str, cur: &[ChunkWord], span: Span) -> bool {
    let (Some(first), Some(given)) = (cur.first(), cur.last()) else {
        return false;
    };
    // `the Tory Leader`: a description.
    let described = token::word_before(text, first.span.start, first.span.start.saturating_sub(8))
        .is_some_and(|w| matches!(w.as_str(text), "the" | "The" | "a" | "A" | "an" | "An"));
    // The given name is the word right before (`Labour MP Oona King`),
    // not a mention (`Nevada Sen.`).
    if given.mention.is_some()
        || described
        || lexicon::title(span.as_str(text)).is_none()
        || lexicon::given_name(given.span.as_str(text)).is_none()
    {
        return false;
    }
    let limit = (span.end + 41).min(text.len());
    token::word_after(text, span.end, limit).is_none_or(|n| {
        let next = n.as_str(text);
        matches!(next, "Jr" | "Sr") || !is_name_part(strip_possessive(next))
    })
}

/// Whether `w` can be part of a name chunk. `opens` says whether the word
/// opens its sentence or line; it is asked only of English words. `plain`
/// as for [`is_word_of_a_name`].
fn chunk_word(w: &str, plain: bool, opens: impl FnOnce() -> bool) -> ChunkKind {
    if !is_word_of_a_name(w, plain) {
        return ChunkKind::Not;
    }
    // A sentence opens with a capital anyway: an English word there is the
    // word, unless it is also a given name (`Mike Hulbert`, checked by the
    // person rule).
    // Most capitalised words do not open their sentence: the (large)
    // common-word set is asked only of those that do.
    if opens() && lexicon::is_common_word_any(w) && lexicon::given_name(w).is_none() {
        return ChunkKind::Opener;
    }
    ChunkKind::Word
}

/// A word that can be part of a name chunk where it does not open its
/// sentence.
///
/// `plain` says the word is only ASCII letters and digits (as
/// [`token::for_each_word`] tells): no hyphen, and a char per byte.
fn is_word_of_a_name(w: &str, plain: bool) -> bool {
    if !token::is_capitalised(w) && !is_joined_particle(w) {
        return false;
    }
    if is_stop_word_in_any_case(w) || lexicon::title(w).is_some() {
        return false;
    }
    if plain {
        // As below: a capitalised word of one letter has no lower-case
        // one, and a longer one has two chars.
        return w.len() >= 2;
    }
    // `Hong Kong-based`: a modifier, not a name word.
    // (A byte loop: the words are short, and `split_once` sets up a
    // searcher per word.)
    if let Some(k) = w.bytes().position(|b| b == b'-') {
        // `-` is one byte: `k + 1` is a char boundary.
        if w[k + 1..].chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
    }
    let initial = w.len() == 2 && w.ends_with('.');
    initial || w.chars().any(char::is_lowercase) || w.chars().count() >= 2
}

/// Common words that open a sentence before a name without being part of
/// it (`Several Democratic Party members`, `Rival Zentrix Group`).
fn is_sentence_opener(word: &str) -> bool {
    matches!(
        word,
        "Several"
            | "Many"
            | "Some"
            | "Most"
            | "Other"
            | "Both"
            | "Each"
            | "Every"
            | "Few"
            | "Former"
            | "Top"
            | "Senior"
            | "Local"
            | "Only"
            | "Even"
            | "Just"
            | "Still"
            | "Meanwhile"
            | "However"
            | "Last"
            | "Next"
            | "Such"
            | "Another"
            | "Rival"
            | "Fellow"
            | "Past"
            | "Recent"
            | "Current"
            | "Previous"
            | "Future"
            | "Big"
            | "Major"
            | "Leading"
            | "Private"
            | "Troubled"
            | "Embattled"
            | "Struggling"
            | "Giant"
            | "Parent"
            | "Junior"
            | "Shares"
            | "Officials"
            | "Analysts"
    )
}

/// A capital and a full stop: `J.`.
fn is_initial(w: &str) -> bool {
    let mut chars = w.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// One word of a chunk and the mention over it, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ChunkWord {
    span: Span,
    /// Index into `doc.mentions` of a mention that overlaps the word.
    mention: Option<usize>,
}

/// The name chunks of a document, one after another in one list: a
/// `Vec` per chunk cost an allocation each (a dozen a document).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Chunks {
    words: Vec<ChunkWord>,
    /// Where each chunk ends in `words`.
    ends: Vec<usize>,
}

impl Chunks {
    /// Each chunk's words, in order.
    fn iter(&self) -> impl Iterator<Item = &[ChunkWord]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.words[start..end])
    }
}

/// Runs of capitalised words, each separated by one space (particles may
/// join them), outside headlines.
fn chunks(doc: &Document, case: &CaseInfo) -> Chunks {
    let text = doc.text.as_str();
    // Every word of a chunk but its particles has a capital: one
    // allocation each for most documents, not a growth per few chunks.
    let mut out = Chunks {
        words: Vec::with_capacity(case.upper.len()),
        ends: Vec::with_capacity(case.upper.len() / 2),
    };
    // The chunk being read: kept (and its room) from chunk to chunk.
    let mut cur: Vec<ChunkWord> = Vec::new();
    let mut particles: Vec<ChunkWord> = Vec::new();
    let mut m = 0;
    let mut si = 0;
    // A common word that opens its sentence (`United`), held back: it
    // opens the chunk after it only when that ends in a name's head
    // (`United Gun Group`, `Consumer Watchdog Group`).
    let mut held: Option<ChunkWord> = None;
    let mut flush =
        |cur: &mut Vec<ChunkWord>, particles: &mut Vec<ChunkWord>, held: &mut Option<ChunkWord>| {
            if let (Some(h), Some(first), Some(last)) = (held.take(), cur.first(), cur.last()) {
                let unknown = cur.iter().all(|c| c.mention.is_none());
                if unknown
                    && &text[h.span.end..first.span.start] == " "
                    && lexicon::name_head(last.span.as_str(text)).is_some()
                    && !lexicon::is_company_kind(h.span.as_str(text))
                {
                    cur.insert(0, h);
                }
            }
            // `Carmaker Zentrix Motors said`: the kind of company that
            // opens the sentence is no part of its name.
            if cur.len() > 2
                && lexicon::is_company_kind(cur[0].span.as_str(text))
                && case.bare_at(doc, cur[0].span.start)
                && cur[0].mention.is_none()
                && token::is_capitalised(cur[1].span.as_str(text))
                && lexicon::name_head(cur[cur.len() - 1].span.as_str(text)).is_some()
            {
                cur.remove(0);
            }
            if cur.len() >= 2 {
                out.words.extend_from_slice(cur);
                out.ends.push(out.words.len());
            }
            cur.clear();
            particles.clear();
        };
    // Most words are lower case: outside a chunk there is nothing to end
    // (flushing an empty chunk does nothing), so the walk jumps to the next
    // capitalised word; inside one it takes every word.
    // `u` is the first of `case.upper` at or after word `k` (for the
    // word's `upper_plain`).
    let bytes = text.as_bytes();
    let mut u = 0;
    let mut k = 0;
    while k < case.words.len() {
        while case.upper.get(u).is_some_and(|&j| (j as usize) < k) {
            u += 1;
        }
        if cur.is_empty() {
            match case.upper.get(u) {
                Some(&j) => k = j as usize,
                None => break,
            }
            // Most capitalised words stand alone (`He`, `Reuters`): one
            // before a lower-case word that is no particle opens no chunk
            // of two words, whatever its tests say, and with no opener
            // held nothing joins it. It is passed over untested.
            if held.is_none() && !may_join_next(case, text, u, k) {
                k += 1;
                continue;
            }
        }
        let in_upper = case.upper.get(u).is_some_and(|&j| j as usize == k);
        let w = case.words[k];
        k += 1;
        // As `token::is_capitalised` of the word (or of it stripped of a
        // possessive or grown to an initial: the same first letter), read
        // from its first byte.
        // `Zaid al-Rifa'i`, `Bashar al-Assad`: an article joined to the
        // capitalised part of a name counts as its capital, inside a name.
        let capitalised =
            starts_capitalised(text, w) || !cur.is_empty() && is_joined_particle(w.as_str(text));
        // A lower-case word ends a chunk, unless it is a particle inside
        // one. (A possessive leaves the first letter.)
        if !capitalised && (cur.is_empty() || !is_particle(strip_possessive(w.as_str(text)))) {
            flush(&mut cur, &mut particles, &mut held);
            continue;
        }
        let mut span = w;
        // An initial: `A. Smith`.
        if span.len() == 1 && bytes.get(span.end) == Some(&b'.') {
            span.end += 1;
        }
        let last_end = particles.last().or(cur.last()).map(|c| c.span.end);
        // One space between the words, or two or three where the text had
        // a no-break space (`Donald\u{a0}Trump`).
        let spaced = |e: usize| {
            let gap = &bytes[e..span.start];
            (1..=3).contains(&gap.len()) && gap.iter().all(|&b| b == b' ')
        };
        if last_end.is_some_and(|e| !spaced(e)) {
            flush(&mut cur, &mut particles, &mut held);
        }
        let word = span.as_str(text);
        let stripped = strip_possessive(word);
        let possessive = stripped.len() < word.len();
        span.end = span.start + stripped.len();
        while m < doc.mentions.len() && doc.mentions[m].span.end <= span.start {
            m += 1;
        }
        let mention = doc
            .mentions
            .get(m)
            .filter(|x| x.span.overlaps(span))
            .map(|_| m);
        let cw = ChunkWord { span, mention };
        if !cur.is_empty() && is_particle(stripped) {
            particles.push(cw);
            continue;
        }
        // Most words are lower case: rule them out before asking where
        // the sentence starts. (`stripped` opens as the word does.)
        if !capitalised {
            flush(&mut cur, &mut particles, &mut held);
            continue;
        }
        // The words come in order: the sentence index only moves forward
        // (`Document::sentence_at` without a search per word).
        while doc
            .sentences
            .get(si + 1)
            .is_some_and(|s| s.start <= span.start)
        {
            si += 1;
        }
        // `<Federal Industries Ltd>`: Reuters marks a company's name; its
        // first word opens nothing.
        let opens = || !text[..span.start].ends_with('<') && case.bare_in(doc, si, span.start);
        let kind = if case.headline_in(si) {
            ChunkKind::Not
        } else {
            // The word as found, neither grown to an initial nor stripped.
            let plain = in_upper && case.upper_plain[u] && span == w;
            chunk_word(stripped, plain, opens)
        };
        let kind = if kind == ChunkKind::Not && surname_title(text, &cur, span) {
            ChunkKind::Word
        } else {
            kind
        };
        if kind != ChunkKind::Word {
            let after_name = !cur.is_empty() || held.is_some();
            flush(&mut cur, &mut particles, &mut held);
            // `General Binding Corp said`, `a Premier League spokesman`: a
            // title that is also a common word may open a company's name
            // too; not inside one (`Media General Inc`, which the
            // attribution reads whole).
            let title_opener = || {
                kind == ChunkKind::Not
                    && lexicon::title(stripped).is_some()
                    && lexicon::is_common_word_any(stripped)
                    && (opens() || !after_name)
            };
            let opener =
                (kind == ChunkKind::Opener || title_opener()) && !is_sentence_opener(stripped);
            held = opener.then_some(cw);
            continue;
        }
        cur.append(&mut particles);
        cur.push(cw);
        if possessive {
            flush(&mut cur, &mut particles, &mut held);
        }
    }
    flush(&mut cur, &mut particles, &mut held);
    out
}

/// Whether word `k`, the `u`-th of [`CaseInfo::upper`], may be followed
/// in a chunk by the word after it: that word is capitalised, or a
/// particle (`Bank of England`). A lower-case word ends the chunk.
fn may_join_next(case: &CaseInfo, text: &str, u: usize, k: usize) -> bool {
    let Some(next) = case.words.get(k + 1) else {
        return false;
    };
    case.upper.get(u + 1).is_some_and(|&j| j as usize == k + 1) || {
        let next = next.as_str(text);
        is_particle(strip_possessive(next)) || is_joined_particle(next)
    }
}

/// Replaces the mentions inside runs of capitalised words by one mention
/// over the run when the words say what it is (see the module doc).
pub fn extend(gazetteer: &Gazetteer, doc: &mut Document, case: &CaseInfo) {
    let mut replace: Vec<(Span, Found)> = Vec::new();
    // `<Hudson's Bay Co>`: Reuters marks where a company's name starts and
    // ends; a mention over exactly those words stays.
    let marked = marked_names(&doc.text);
    for &span in &marked {
        if !doc.mentions.iter().any(|m| m.span == span) {
            replace.push((span, Found::New(EntityType::Org)));
        }
    }
    let chunks = chunks(doc, case);
    // One chunk at a time, in a list kept from chunk to chunk (the owner
    // of a company may open it).
    let mut chunk: Vec<ChunkWord> = Vec::new();
    for words in chunks.iter() {
        chunk.clear();
        chunk.extend_from_slice(words);
        owner_of_company(doc, &mut chunk);
        let (Some(first), Some(last)) = (chunk.first(), chunk.last()) else {
            continue;
        };
        let whole = Span::new(first.span.start, last.span.end);
        if marked.iter().any(|m| m.overlaps(whole)) {
            continue;
        }
        if let Some(found) = read_chunk(gazetteer, doc, &chunk) {
            replace.push(found);
        }
    }
    replace.sort_by_key(|(span, _)| (span.start, span.end));
    if replace.is_empty() {
        return;
    }
    // `Tate and Lyle Plc`: a new organisation's name may open with words
    // that `and` joins to it, which no other name found here takes
    // (`Asher Edelman and Dominion Textiles Inc` are two).
    let text = doc.text.as_str();
    let mut dropped = vec![false; replace.len()];
    for k in 0..replace.len() {
        let (span, found) = replace[k];
        if found != Found::New(EntityType::Org) {
            continue;
        }
        // `Alex Brown and Sons Inc`, `Nippon Telegraph and Telephone
        // Corp`: a name read here just before ` and ` is the firm's first
        // part, when this one opens with `Co` or that one is an
        // organisation's with no legal form of its own.
        let before_end = text[..span.start].strip_suffix(" and ").map(str::len);
        let first_part = before_end.and_then(|end| {
            let j = k.checked_sub(1)?;
            let (s, f) = replace[j];
            // Not `the Surgeon General's Office and Department of ...`:
            // a body's name is whole.
            let org_part = f == Found::New(EntityType::Org)
                && !s.as_str(text).contains(['\'', '\u{2019}'])
                && !s
                    .as_str(text)
                    .split_whitespace()
                    .next_back()
                    .is_some_and(is_body_head)
                && !s
                    .as_str(text)
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|l| super::legal_form::LEGAL_SUFFIXES.contains(&l));
            (s.end == end && !dropped[j] && (opens_with_co(text, span) || org_part)).then_some(j)
        });
        if let Some(j) = first_part {
            let found = match replace[j].1 {
                Found::Known(e) if entity_type(gazetteer, doc, e) == EntityType::Org => {
                    Found::Known(e)
                }
                _ => Found::New(EntityType::Org),
            };
            replace[j] = (Span::new(replace[j].0.start, span.end), found);
            dropped[k] = true;
            continue;
        }
        // `Morgan Stanley and Co Inc`: the firm found before, named before
        // `and Co` (a known one keeps its entity).
        if let Some(firm) = firm_and_co(doc, span) {
            if !replace[..k].iter().any(|(s, _)| s.end > firm.span.start) {
                let found = match firm.entity {
                    EntityRef::Known(_)
                        if entity_type(gazetteer, doc, firm.entity) == EntityType::Org =>
                    {
                        Found::Known(firm.entity)
                    }
                    _ => Found::New(EntityType::Org),
                };
                replace[k] = (Span::new(firm.span.start, span.end), found);
                continue;
            }
        }
        let start = joined_by_and(gazetteer, doc, span);
        if start < span.start && !replace[..k].iter().any(|(s, _)| s.end > start) {
            replace[k].0 = Span::new(start, span.end);
        }
    }
    let mut added = Vec::with_capacity(replace.len());
    for ((span, found), _) in replace.into_iter().zip(dropped).filter(|(_, d)| !d) {
        let (entity, via, confidence) = match found {
            Found::Known(e) => (e, Via::Alias, 0.8),
            Found::New(kind) => (doc.discover_at(span, kind), Via::Discovered, 0.6),
        };
        added.push(Mention::found(doc, span, entity, via, confidence));
    }
    let spans: Vec<Span> = added.iter().map(|m| m.span).collect();
    remove_overlapping(&mut doc.mentions, spans);
    doc.mentions.extend(added);
    doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// `Ryan's Family Steak Houses Inc`: a given name's possessive right
/// before an organisation's name (one that ends in an organisation's head
/// word) is part of it, when no mention covers it.
fn owner_of_company(doc: &Document, chunk: &mut Vec<ChunkWord>) {
    let text = doc.text.as_str();
    let (Some(first), Some(last)) = (chunk.first(), chunk.last()) else {
        return;
    };
    if lexicon::name_head(last.span.as_str(text)) != Some(EntityType::Org) {
        return;
    }
    let Some(owner) = token::word_before(text, first.span.start, 0) else {
        return;
    };
    let word = owner.as_str(text);
    let name = strip_possessive(word);
    // A given name (`Ryan's`, `Claire's Stores Inc`), standing alone: not
    // a parent company (`General Motors Corp's Hughes Aircraft Co`,
    // `Ciba's Vision Group`).
    let alone = token::word_before(text, owner.start, 0).is_none_or(|p| {
        !token::is_capitalised(p.as_str(text))
            || !token::only_space_between(text, p.end, owner.start)
    });
    if name.len() < word.len()
        && lexicon::given_name(name).is_some()
        && alone
        && &text[owner.end..first.span.start] == " "
        && token::is_capitalised(word)
        && doc.sentence_at(owner.start) == doc.sentence_at(first.span.start)
        && overlapping(&doc.mentions, owner).next().is_none()
    {
        chunk.insert(
            0,
            ChunkWord {
                span: owner,
                mention: None,
            },
        );
    }
}

/// The longest company name that Reuters marks, in bytes.
const MAX_MARKED_NAME: usize = 80;

/// The names inside Reuters' company marks (`<Hudson's Bay Co>`, `<Procter
/// and Gamble Co>`), without the marks: a capital or a digit first, then
/// only the letters, digits, spaces and joiners of a name; not tickers.
fn marked_names(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    // Asked of every document, and most have no mark: the vector search
    // of `memchr` over the whole text, not the word-at-a-time one of
    // `str::contains`. `<` is ASCII: its bytes are its chars.
    for i in memchr::memchr_iter(b'<', text.as_bytes()) {
        let start = i + 1;
        let Some(len) = text.as_bytes()[start..]
            .iter()
            .take(MAX_MARKED_NAME)
            .position(|&b| b == b'>')
        else {
            continue;
        };
        // `<` and `>` are ASCII: both ends are char boundaries.
        let inner = &text[start..start + len];
        let opens = inner
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let name_chars = inner
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '&' | '\'' | '.' | '-' | ',' | '/'));
        // Not a ticker (`Fujitsu Ltd <ITSU.T>`, `<QLTV>`): one word with no
        // lower-case letter.
        let ticker = !inner.contains(' ') && !inner.chars().any(char::is_lowercase);
        if opens && name_chars && !ticker && !inner.ends_with([' ', ',']) {
            // `<Scicon Corp's> Systems Control unit`: the owner's name.
            let name = inner.strip_suffix("'s").unwrap_or(inner);
            out.push(Span::new(start, start + name.len()));
        }
    }
    out
}

/// Words before a place name: `the town of Tacambaro`, `province of Hubei`.
const PLACE_CUES: &[&str] = &[
    "town",
    "city",
    "village",
    "province",
    "region",
    "district",
    "county",
    "port",
    "suburb",
    "island",
    "state",
    "capital",
    "municipality",
    "prefecture",
];

/// Finds places no gazetteer knows, from how news writes them: a dateline
/// (`DORTMUND, Germany (Reuters) -`, `CARDIFF 1996-08-31`), a place word
/// and `of` before the name (`the town of Tacambaro`), or a country or
/// state after it (`Tacambaro, Michoacan`, `Wuxi, China`). A known mention
/// of something else at a dateline (a sports team named after its city) is
/// replaced by the place.
pub fn places(gazetteer: &Gazetteer, doc: &mut Document, case: &CaseInfo) {
    let text = doc.text.as_str();
    let mut found: Vec<Span> = Vec::new();
    let mut replaced: Vec<Span> = Vec::new();
    // Datelines.
    let line_starts =
        std::iter::once(0).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
    for start in line_starts {
        let Some(span) = dateline(text, start) else {
            continue;
        };
        let inside: Vec<&Mention> = overlapping(&doc.mentions, span).collect();
        if inside
            .iter()
            .any(|m| m.span.start < span.start || m.span.end > span.end)
        {
            continue;
        }
        let place = |m: &&Mention| {
            m.span == span
                && matches!(
                    entity_type(gazetteer, doc, m.entity),
                    EntityType::Gpe | EntityType::Loc
                )
        };
        if inside.iter().any(place) {
            continue;
        }
        replaced.push(span);
        found.push(span);
    }
    // Cue words and a country or state after the name.
    let words = &case.words;
    let bytes = text.as_bytes();
    // The capitalised words come in order.
    let mut coverage = Coverage::new(&doc.mentions);
    let mut sentence = SentenceWalk::new(doc);
    // Most words are lower case: only the capitalised ones are visited.
    for &k in &case.upper {
        let k = k as usize;
        let w = words[k];
        // The neighbours first: a capitalised word right after (part of a
        // longer name) or, without a cue, right before rules the word out
        // whatever it is, and costs no lookup. Read from the bytes: every
        // word is visited, and slicing the text checks char boundaries.
        let next_free = words
            .get(k + 1)
            .is_some_and(|&n| one_space(bytes, w.end, n.start) && starts_capitalised(text, n));
        if next_free {
            continue;
        }
        let cue = k >= 2
            && &bytes[words[k - 1].start..words[k - 1].end] == b"of"
            && PLACE_CUES.contains(&words[k - 2].as_str(text));
        let before_capitalised = k > 0
            && starts_capitalised(text, words[k - 1])
            && one_space(bytes, words[k - 1].end, w.start);
        if !cue && before_capitalised {
            continue;
        }
        let after_place = || {
            let rest = &text[w.end..];
            let gap = rest.len() - rest.trim_start_matches([' ', ',']).len();
            if !rest.trim_start_matches(' ').starts_with(',') {
                return false;
            }
            let at = w.end + gap;
            let i = doc.mentions.partition_point(|m| m.span.start < at);
            doc.mentions.get(i).is_some_and(|m| {
                m.span.start == at
                    && !m.modifier
                    && matches!(m.entity, EntityRef::Known(id)
                        if gazetteer.entity(id).kind == EntityType::Gpe)
                    && !text[m.span.end..].starts_with(['\'', '\u{2019}'])
            })
        };
        // Neither neighbour is a free capitalised word (see above). The
        // cue or the place after is asked first: few words have either (the
        // place needs a comma right after the word), and the look-ups below
        // are then not needed. (`coverage` and `sentence` walk forward over
        // the words they are asked about, which may skip words.)
        if !(cue || after_place()) {
            continue;
        }
        let word = w.as_str(text);
        if !token::has_lowercase(word)
            || coverage.covers(w)
            || case.bare_in(doc, sentence.at(doc, w.start), w.start)
            // Both look the word up in lower case, without a copy of it.
            || lexicon::is_common_word_any(word)
            || is_stop_word_in_any_case(word)
            || lexicon::title(word).is_some()
        {
            continue;
        }
        found.push(w);
    }
    if found.is_empty() {
        return;
    }
    remove_overlapping(&mut doc.mentions, replaced);
    for span in found {
        let entity = doc.discover_at(span, EntityType::Gpe);
        doc.mentions
            .push(Mention::found(doc, span, entity, Via::Discovered, 0.6));
    }
    doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// Exactly one space between `a` and `b` (`&text[a..b] == " "`).
#[inline(always)]
fn one_space(bytes: &[u8], a: usize, b: usize) -> bool {
    b == a + 1 && bytes[a] == b' '
}

/// [`token::is_capitalised`] for the word at `w`, from its first byte when
/// that is ASCII (no slicing of the text).
#[inline(always)]
/// `al-Assad`, `el-Sisi`, `bin-Laden`: a particle, a hyphen, then a
/// capital.
fn is_joined_particle(word: &str) -> bool {
    // By the first bytes: asked of most words after a capitalised one.
    let rest = match word.as_bytes() {
        [b'a' | b'e', b'l', b'-', ..] => &word[3..],
        [b'b', b'i' | b'e', b'n', b'-', ..] | [b'i', b'b', b'n', b'-', ..] => &word[4..],
        _ => return false,
    };
    rest.starts_with(char::is_uppercase)
}

fn starts_capitalised(text: &str, w: Span) -> bool {
    match text.as_bytes().get(w.start) {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        _ => token::is_capitalised(w.as_str(text)),
    }
}

/// Removes the mentions that overlap any of `spans`, in one pass over the
/// mentions however many spans there are.
fn remove_overlapping(mentions: &mut Vec<Mention>, mut spans: Vec<Span>) {
    spans.sort_unstable_by_key(|s| s.start);
    // The union of the spans, as disjoint intervals sorted by start (and
    // so by end).
    let mut union: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match union.last_mut() {
            Some(last) if s.start < last.end => last.end = last.end.max(s.end),
            _ => union.push(s),
        }
    }
    mentions.retain(|m| {
        let i = union.partition_point(|u| u.end <= m.span.start);
        !union.get(i).is_some_and(|u| u.overlaps(m.span))
    });
}

/// The mentions (sorted by start, none inside another) overlapping `span`.
fn overlapping(mentions: &[Mention], span: Span) -> impl Iterator<Item = &Mention> {
    let from = mentions.partition_point(|m| m.span.end <= span.start);
    mentions[from..]
        .iter()
        .take_while(move |m| m.span.start < span.end)
        .filter(move |m| m.span.overlaps(span))
}

/// True when `span` overlaps any mention (mentions sorted by start).
fn covered(mentions: &[Mention], span: Span) -> bool {
    let i = mentions.partition_point(|m| m.span.end <= span.start);
    mentions.get(i).is_some_and(|m| m.span.overlaps(span))
}

/// [`covered`] for spans asked in order of start (the capitalised words of
/// a document): the first mention that ends after the span only moves
/// forward, instead of a binary search per word. Mentions whose ends are
/// out of order (one inside another) are searched as by [`covered`].
pub(super) struct Coverage<'m> {
    mentions: &'m [Mention],
    /// The mentions end in order: `next` is where `covered`'s search ends.
    in_order: bool,
    next: usize,
}

impl<'m> Coverage<'m> {
    pub(super) fn new(mentions: &'m [Mention]) -> Coverage<'m> {
        let in_order = mentions.windows(2).all(|p| p[0].span.end <= p[1].span.end);
        Coverage {
            mentions,
            in_order,
            next: 0,
        }
    }

    /// [`covered`]; `span` starts at or after every span asked before.
    pub(super) fn covers(&mut self, span: Span) -> bool {
        if !self.in_order {
            return covered(self.mentions, span);
        }
        while self
            .mentions
            .get(self.next)
            .is_some_and(|m| m.span.end <= span.start)
        {
            self.next += 1;
        }
        self.mentions
            .get(self.next)
            .is_some_and(|m| m.span.overlaps(span))
    }
}

/// [`Document::sentence_at`] for positions asked in order: the index only
/// moves forward, instead of a binary search per word. Sentences out of
/// order are searched as by `sentence_at`.
pub(super) struct SentenceWalk<'d> {
    sentences: &'d [Span],
    in_order: bool,
    i: usize,
}

impl<'d> SentenceWalk<'d> {
    pub(super) fn new(doc: &'d Document) -> SentenceWalk<'d> {
        let sentences = doc.sentences.as_slice();
        let in_order = sentences.windows(2).all(|p| p[0].start <= p[1].start);
        SentenceWalk {
            sentences,
            in_order,
            i: 0,
        }
    }

    /// The index of the sentence of `pos`; `pos` is at or after every
    /// position asked before.
    pub(super) fn at(&mut self, doc: &Document, pos: usize) -> usize {
        if !self.in_order {
            return doc.sentence_at(pos) as usize;
        }
        while self
            .sentences
            .get(self.i + 1)
            .is_some_and(|s| s.start <= pos)
        {
            self.i += 1;
        }
        self.i
    }
}

/// The place of a dateline that opens a line at `start`: one to three
/// ALL-CAPS words, then a comma, a parenthesis (`(Reuters)`) or a date
/// (`1996-08-31`).
pub fn dateline(text: &str, start: usize) -> Option<Span> {
    dateline_at(text, start, false)
}

/// [`dateline`], or with `dash`, also a place right before a dash and the
/// story (`WASHINGTON ― Donald Trump's ...`): where a story starts, not a
/// place (a headline has that shape too: `RUGBY UNION - Cuttitta back`).
fn dateline_at(text: &str, start: usize, dash: bool) -> Option<Span> {
    let after = &text.as_bytes()[start..];
    // Most lines open with a word in lower case or Title Case, or with a
    // byte no place opens with (a quote mark, a digit), which no dateline
    // does: ruled out from the first word's bytes before the line's end is
    // searched for (a line is often a whole paragraph) and a searcher is
    // set up to split it.
    if !after.first().is_none_or(|&b| opens_dateline(b)) {
        return None;
    }
    let mut first_word = after.iter().take_while(|&&b| b != b' ' && b != b'\n');
    if first_word.any(u8::is_ascii_lowercase) {
        return None;
    }
    let line_end = memchr::memchr(b'\n', after).map_or(text.len(), |i| start + i);
    let place = dateline_place(&text[start..line_end], dash)?;
    Some(Span::new(start, start + place))
}

/// The length of the place of a dateline that opens `line`, if it has one
/// (see [`dateline`]).
fn dateline_place(line: &str, dash_ok: bool) -> Option<usize> {
    let mut end = 0;
    let mut words = 0;
    for w in line.split(' ') {
        // `DORTMUND,`: the comma ends the place.
        let (w, comma) = match w.strip_suffix(',') {
            Some(w) => (w, true),
            None => (w, false),
        };
        if w.is_empty() || !w.chars().any(char::is_alphabetic) {
            break;
        }
        if w.chars().any(char::is_lowercase)
            || !w
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
        {
            break;
        }
        words += 1;
        end += w.len() + usize::from(words > 1);
        if words == 3 || comma {
            break;
        }
    }
    if words == 0 || end < 3 {
        return None;
    }
    let rest = line[end..].trim_start_matches(' ');
    let date = rest.len() >= 10
        && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && rest.as_bytes()[4] == b'-';
    let paren = rest.starts_with('(') && rest[1..].chars().next().is_some_and(char::is_uppercase);
    let comma = rest.starts_with(',')
        && rest[1..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    // `WASHINGTON ― Donald Trump's ...`, `WASHINGTON --  A six-year
    // trend`: a dash, then the story's first word in Title Case or `A`
    // (not `SOCCER - SHEARER NAMED`).
    let dash = dash_ok
        && ["\u{2014} ", "\u{2013} ", "\u{2015} ", "-- ", "- "]
            .iter()
            .filter_map(|d| rest.strip_prefix(d))
            .any(|story| {
                let mut chars = story.trim_start_matches(' ').chars();
                chars.next().is_some_and(char::is_uppercase)
                    && chars.next().is_some_and(|c| c.is_lowercase() || c == ' ')
            });
    (date || paren || comma || dash).then_some(end)
}

/// Whether a line opening with byte `b` can open with a dateline's place:
/// an upper-case letter, a byte of a non-ASCII letter, or one of the marks
/// a place's word may hold (`-`, `.`, `'`). Any other first byte makes the
/// first word no place word (or empty), and so the line no dateline.
fn opens_dateline(b: u8) -> bool {
    b >= 0x80 || b.is_ascii_uppercase() || matches!(b, b'-' | b'.' | b'\'')
}

/// Where the story begins after a dateline that opens the line at `start`
/// and ends in a dash within a few words: `MEXICO CITY, March 3 - Mexico's`
/// gives the offset of `Mexico's`, as do `PARIS (Reuters) - ` and `ROME,
/// Feb. 2 (AP) — `.
pub fn after_dateline(text: &str, start: usize) -> Option<usize> {
    /// The most bytes between the place and its dash (`, Feb. 26 (Reuters)`).
    const MAX_TAIL: usize = 40;
    let place = dateline_at(text, start, true)?;
    let rest = &text[place.end..];
    let mut window = rest.len().min(MAX_TAIL + 5);
    while !rest.is_char_boundary(window) {
        window -= 1;
    }
    let rest = &rest[..window];
    let (at, dash) = [" - ", " \u{2014} ", " \u{2013} ", " \u{2015} ", " -- "]
        .iter()
        .filter_map(|d| rest.find(d).map(|i| (i, d.len())))
        .min()?;
    if at > MAX_TAIL || rest[..at].contains(['\n', '"', '\u{201c}']) {
        return None;
    }
    let body = place.end + at + dash;
    let skipped = text[body..].len() - text[body..].trim_start_matches(' ').len();
    Some(body + skipped)
}

/// What a chunk turned out to be.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Found {
    /// A known entity whose name fits the whole run.
    Known(EntityRef),
    /// A name no gazetteer knows, of this type.
    New(EntityType),
}

fn read_chunk(gazetteer: &Gazetteer, doc: &Document, chunk: &[ChunkWord]) -> Option<(Span, Found)> {
    let text = doc.text.as_str();
    // `Philippe Sands QC`: post-nominal letters are no part of the name.
    if let [rest @ .., last] = chunk {
        if !rest.is_empty() && lexicon::is_post_nominal(last.span.as_str(text)) {
            return read_chunk(gazetteer, doc, rest);
        }
    }
    let whole = Span::new(chunk[0].span.start, chunk[chunk.len() - 1].span.end);
    // Mentions that reach outside the chunk, or one mention over all of it:
    // nothing to do.
    for w in chunk {
        if let Some(i) = w.mention {
            let s = doc.mentions[i].span;
            if s.start < whole.start || s.end > whole.end || s == whole {
                return None;
            }
        }
    }
    // `Key Tronic corp said`, `J.C. Penney co Inc`: Reuters at times
    // writes the legal form in lower case, which no chunk takes in; the
    // name is a company's, with its legal forms.
    let legal_form_after = |end: usize, lower_only: bool| {
        token::word_after(text, end, text.len()).filter(|f| {
            let form = f.as_str(text);
            token::only_space_between(text, end, f.start)
                && (super::legal_form::LOWER_CASE_SUFFIXES.contains(&form)
                    || !lower_only && super::legal_form::LEGAL_SUFFIXES.contains(&form))
        })
    };
    if let Some(form) = legal_form_after(whole.end, true) {
        let end = legal_form_after(form.end, false).map_or(form.end, |f| f.end);
        return Some((Span::new(whole.start, end), Found::New(EntityType::Org)));
    }
    let mention = |w: &ChunkWord| w.mention.map(|i| &doc.mentions[i]);
    // A mention over exactly this one word.
    let single = |w: &ChunkWord| mention(w).filter(|m| m.span == w.span);
    let kind_of = |m: &Mention| entity_type(gazetteer, doc, m.entity);
    let word = |w: &ChunkWord| w.span.as_str(text);
    let stats = gazetteer.words();
    let given = |w: &ChunkWord| {
        let s = word(w);
        lexicon::given_name(s).is_some() || stats.is_given_name(s)
    };
    let initial = |w: &ChunkWord| word(w).ends_with('.');
    let last = &chunk[chunk.len() - 1];
    let head = lexicon::name_head(word(last))
        .or_else(|| stats.head_type(word(last)))
        .or_else(|| {
            single(last)
                .filter(|m| kind_of(m) == EntityType::Org)
                .map(|_| EntityType::Org)
        });

    // A person: a given name, then name words that are free or surnames.
    let particle =
        |w: &ChunkWord| token::with_lower(word(w), |s| s != "of" && s != "&" && is_particle(s));
    let free_or_person = |w: &ChunkWord| match w.mention {
        None => true,
        Some(_) => single(w).is_some_and(|m| kind_of(m) == EntityType::Person) || particle(w),
    };
    let common = |w: &ChunkWord| lexicon::is_common_word_any(word(w));
    // Not at a particle inside the name (`Al` of `Sulman Bin Khalifa Al
    // Khalifa`), which no name starts at, nor in a place's name (`Lake
    // Ontario`, `Lake Buena Vista`).
    let place = lexicon::is_place_opener(word(&chunk[0]));
    let person_start = chunk.iter().enumerate().position(|(k, w)| {
        given(w)
            && !place
            && !(k > 0 && lexicon::is_name_particle(word(w)))
            && (w.mention.is_none() || single(w).is_some())
            && (k > 0 || !common(w) || chunk.get(1).is_some_and(|n| !common(n)))
    });
    let mut person = person_start.and_then(|i| {
        let n = chunk[i + 1..]
            .iter()
            .take_while(|w| free_or_person(w) && !joins_names(word(w)))
            .count();
        (n >= 1).then_some((i, i + 1 + n))
    });
    // Or a given name and a town's name or a nationality: `Michael
    // Douglas`, `George Washington`, `Mark Cuban` (not a country's: `Chad`;
    // not after a common word: `West Berlin`, `Lake Victoria`), even a
    // given name that is an English word too (`Roger Douglas`).
    if person.is_none() {
        if let [first, second] = chunk {
            // The town itself, not the country it may stand for.
            let town = single(second).is_some_and(|m| match m.literal.unwrap_or(m.entity) {
                EntityRef::Known(e) => {
                    let ent = gazetteer.entity(e);
                    ent.kind == EntityType::Gpe && ent.within().is_some()
                        || ent.kind == EntityType::Norp && !word(second).ends_with('s')
                }
                EntityRef::Discovered(_) => false,
            });
            let name_word = !common(first) || lexicon::is_common_given_name(word(first));
            if town && first.mention.is_none() && given(first) && name_word {
                person = Some((0, 2));
            }
        }
    }
    // Or initials before one or two free name words: `J. J. Price`,
    // `E. J. Dionne`.
    if person.is_none() {
        let k = chunk.iter().take_while(|w| is_initial(word(w))).count();
        let rest = &chunk[k..];
        if k >= 1
            && (1..=2).contains(&rest.len())
            && rest.iter().all(|w| w.mention.is_none() && !initial(w))
            && head.is_none()
        {
            person = Some((0, chunk.len()));
        }
    }
    // Or free name words before a known surname: `Suu Kyi`.
    if person.is_none() {
        person = chunk.iter().enumerate().skip(1).find_map(|(k, w)| {
            let m = single(w)?;
            if kind_of(m) != EntityType::Person || chunk[k - 1].mention.is_some() {
                return None;
            }
            let i = chunk[..k]
                .iter()
                .rposition(|w| w.mention.is_some())
                .map_or(0, |p| p + 1);
            Some((i, k + 1))
        });
    }
    // Or name words that end in a surname of the gazetteer's people that
    // opens none of their names: `Didier Ernst`.
    if person.is_none() && chunk.len() <= 3 {
        let surname = |w: &ChunkWord| {
            let s = word(w);
            stats.is_surname(s) && !stats.is_given_name(s) && !common(w)
        };
        if chunk.iter().all(|w| w.mention.is_none() || particle(w))
            && surname(last)
            && !common(&chunk[0])
            && head.is_none()
        {
            person = Some((0, chunk.len()));
        }
    }
    // Or a name whose parts `bin` or an article joins (`Sheikh Suroor bin
    // Sultan al-Dhahiri`, `Abdul-Aziz bin Khalifa al-Thani`): the run from
    // its first given name, word that is no English word or word that a
    // particle joins (not `Foreign Affairs Rashid Abdulla al-Nuaimi`), not
    // only from a given name inside it (`Sultan`).
    let joins = |w: &ChunkWord| {
        let w = word(w);
        is_joined_particle(w) || matches!(w, "bin" | "ibn")
    };
    let joined = chunk.len() >= 3
        && head.is_none()
        && chunk[1..].iter().any(joins)
        && chunk.iter().all(|w| w.mention.is_none() || particle(w));
    if joined {
        if let Some(i) = (0..chunk.len()).position(|k| {
            let w = &chunk[k];
            !particle(w) && (!common(w) || given(w) || chunk.get(k + 1).is_some_and(joins))
        }) {
            person = Some((i, chunk.len()));
        }
    }
    // `Merrill Lynch Europe Ltd`: a run that ends like a company's name is
    // the company's, whatever given name opens it and whatever place is
    // inside it (not `Jens Stoltenberg of NATO`, nor a run over a known
    // person).
    if person.is_some_and(|(_, j)| j < chunk.len())
        && lexicon::name_head(word(last)) == Some(EntityType::Org)
        && !chunk.iter().any(|w| word(w) == "of")
        && !chunk
            .iter()
            .any(|w| single(w).is_some_and(|m| kind_of(m) == EntityType::Person))
    {
        person = None;
    }
    if let Some((mut i, mut j)) = person {
        // A title or post-nominal letters before two more name words start
        // the name (`Green MEP Caroline Lucas`); post-nominal letters end
        // none (`Tory MP` before a known name is nobody).
        let role = |w: &ChunkWord| {
            let s = word(w);
            lexicon::is_post_nominal(s) || lexicon::title(s.trim_end_matches('.')).is_some()
        };
        // Not before a word that ends organisations' names (`Meyer
        // Detective Agency Inc`).
        if let Some(p) = (i..j.saturating_sub(2)).rev().find(|&p| role(&chunk[p])) {
            if chunk[p + 1..j]
                .iter()
                .all(|w| lexicon::name_head(word(w)).is_none())
            {
                i = p + 1;
            }
        }
        while j > i && lexicon::is_post_nominal(word(&chunk[j - 1])) {
            j -= 1;
        }
        // Never end on an initial, never start or end on a particle.
        while j > i && (initial(&chunk[j - 1]) || is_particle(word(&chunk[j - 1]))) {
            j -= 1;
        }
        while i < j && is_particle(word(&chunk[i])) {
            i += 1;
        }
        // `Stephen Cape`: a given name and one word that only the
        // gazetteer's places end with (`Western Cape`, `Eastern Cape`) is
        // a person; a word that ends places in the lexicon (`Street`,
        // `River`) still ends one.
        let place_by_count = chunk.len() == 2
            && lexicon::name_head(word(last)).is_none()
            && matches!(head, Some(EntityType::Gpe | EntityType::Loc));
        let ends_in_head = j == chunk.len() && head.is_some() && !place_by_count;
        // `Kestrel Analytics Corp of Ostravia`: a name that ends like a
        // company's before `of` and a place is the company's, whatever
        // given name opens it.
        if j >= i + 2 && j < chunk.len() {
            if let Some(kind @ EntityType::Org) = lexicon::name_head(word(&chunk[j - 1])) {
                let span = Span::new(chunk[i].span.start, chunk[j - 1].span.end);
                return Some((span, Found::New(kind)));
            }
        }
        if j >= i + 2 && !ends_in_head {
            let span = Span::new(chunk[i].span.start, chunk[j - 1].span.end);
            return Some((span, person_found(gazetteer, doc, &chunk[i..j])));
        }
    }
    // An organisation, place or event: the last word ends names of one
    // type. Not over a known person before `of` (`Jens Stoltenberg of
    // NATO` is a person and an organisation; `Walt Disney Co` is one).
    let person_of = chunk.windows(2).any(|p| {
        word(&p[1]) == "of" && mention(&p[0]).is_some_and(|m| kind_of(m) == EntityType::Person)
    });
    if person_of {
        return None;
    }
    let kind = head?;
    // `Rick Martin of Sanford C. Bernstein Co Inc`: a given name and one
    // or two free words before `of` name a person, even words that are
    // English words too (`rick`, `martin`); the company is the rest.
    if kind == EntityType::Org {
        let of = chunk.iter().position(|w| word(w) == "of");
        if let Some(k) = of.filter(|&k| (2..=3).contains(&k) && k + 2 < chunk.len()) {
            let named = given(&chunk[0])
                && chunk[..k]
                    .iter()
                    .all(|w| w.mention.is_none() && lexicon::name_head(word(w)).is_none());
            if named {
                let company = Span::new(chunk[k + 1].span.start, whole.end);
                return Some((company, Found::New(kind)));
            }
        }
    }
    let mut i = 0;
    while i < chunk.len() - 1 && is_particle(word(&chunk[i])) {
        i += 1;
    }
    if i + 1 >= chunk.len() {
        return None;
    }
    Some((Span::new(chunk[i].span.start, whole.end), Found::New(kind)))
}

/// `Tate and Lyle Plc`, `Procter and Gamble Co`: where an organisation's
/// name starts whose run of capitalised words at `start` follows `and`
/// and one or two capitalised words that no mention covers (not
/// `Britain and Texaco Inc`); else `start`. A person's bare surname is
/// no such mention (`Harper and Row Publishers Inc`).
fn joined_by_and(gazetteer: &Gazetteer, doc: &Document, span: Span) -> usize {
    let text = doc.text.as_str();
    let start = span.start;
    // Not `Universal and Warner Brothers`: a common word joins only a name
    // with a legal form.
    // So does a bank's (`Federal Savings and Loan Association`, `Trust
    // and Savings Bank`).
    let legal = span
        .as_str(text)
        .split_whitespace()
        .next_back()
        .is_some_and(|l| {
            super::legal_form::LEGAL_SUFFIXES.contains(&l)
                || matches!(l, "Association" | "Bank" | "Trust")
        });
    let Some(before) = text[..start].strip_suffix(" and ") else {
        return start;
    };
    let mut first = None;
    let mut pos = before.len();
    for k in 0..2 {
        let Some(w) = token::word_before(text, pos, 0) else {
            break;
        };
        let word = w.as_str(text);
        let gap = &text[w.end..pos];
        // `American Telephone and Telegraph Co`, `Texas Oil and Gas
        // Corp`: a place or nationality may open the name, before a word
        // of its own.
        let place = k == 1
            && first.is_some()
            && gap == " "
            && doc.mentions.iter().any(|m| {
                m.span == w
                    && matches!(
                        entity_type(gazetteer, doc, m.entity),
                        EntityType::Gpe | EntityType::Norp | EntityType::Loc
                    )
            });
        if place {
            first = Some(w.start);
            break;
        }
        // A common word is a name's when capitalised inside the sentence
        // (`Goodyear Tire and Rubber Co`, `Cable and Wireless Plc`).
        let common = lexicon::is_common_word_any(word) && !(legal && mid_sentence(doc, w.start));
        // Not a whole name's head (`Fireman's Fund and United Bank` are
        // two) nor an owner's possessive.
        let head = is_body_head(word)
            || word == "Fund"
            || word.ends_with("'s")
            || word.ends_with("\u{2019}s");
        let plain_name = token::is_capitalised(word)
            && word.chars().any(char::is_lowercase)
            && !common
            && !head
            && lexicon::title(word).is_none()
            // `Morgan Stanley and Co and Salomon Bros`: two companies.
            && !super::legal_form::LEGAL_SUFFIXES.contains(&word)
            && !doc.mentions.iter().any(|m| {
                m.span.overlaps(w)
                    && !(m.span == w
                        && entity_type(gazetteer, doc, m.entity) == EntityType::Person
                        && !named_in_full(doc, m.entity))
            });
        if !plain_name || !(gap.is_empty() || first.is_some() && gap == " ") {
            break;
        }
        first = Some(w.start);
        pos = w.start;
    }
    first.unwrap_or(start)
}

/// The mention right before ` and ` when the new organisation `span`
/// opens with `Co`, `Company` or `Sons` (`Merrill Lynch and Co Inc`,
/// `Alex Brown and Sons Inc`): the firm's name, which the partners' names
/// or the known company open.
fn firm_and_co(doc: &Document, span: Span) -> Option<&Mention> {
    let text = doc.text.as_str();
    if !opens_with_co(text, span) {
        return None;
    }
    let before = text[..span.start].strip_suffix(" and ")?;
    doc.mentions
        .iter()
        .find(|m| m.span.end == before.len() && !m.modifier && m.literal.is_none())
}

/// The last word of a body's name that is whole (`Office`, `Ministry`):
/// no second part joins it.
fn is_body_head(word: &str) -> bool {
    matches!(
        word,
        "Office"
            | "Department"
            | "Ministry"
            | "Agency"
            | "Commission"
            | "Board"
            | "Authority"
            | "Council"
            | "Committee"
            | "Bank"
            | "Group"
            | "Union"
            | "Association"
            | "Institute"
            | "University"
            | "Court"
            | "Party"
            | "Service"
            | "Services"
            | "Brothers"
            | "Bros"
    )
}

/// True when the name at `span` opens with `Co`, `Company`, `Sons` or
/// `Associates` (`Louis Harris and Assoc Inc`).
fn opens_with_co(text: &str, span: Span) -> bool {
    token::first_token(span.as_str(text)).is_some_and(|f| {
        matches!(
            f,
            "Co" | "Co." | "Company" | "Sons" | "Associates" | "Assoc" | "Assoc." | "Partners"
        )
    })
}

/// True when a word other than a quote mark or bracket comes before `pos`
/// in its sentence.
fn mid_sentence(doc: &Document, pos: usize) -> bool {
    let s = doc.sentence_at(pos) as usize;
    doc.sentences
        .get(s)
        .is_some_and(|s| doc.text[s.start..pos].chars().any(char::is_alphanumeric))
}

/// True when a mention of more than one word names `entity` (`George
/// Soros`, before `Soros and Quantum Fund`).
fn named_in_full(doc: &Document, entity: EntityRef) -> bool {
    doc.mentions
        .iter()
        .any(|m| m.entity == entity && m.span.as_str(&doc.text).contains(' '))
}

/// The known person whose name has the run's first and last words, else
/// a new person.
fn person_found(gazetteer: &Gazetteer, doc: &Document, words: &[ChunkWord]) -> Found {
    let text = doc.text.as_str();
    let first = words[0].span.as_str(text);
    let last = words[words.len() - 1].span.as_str(text);
    for w in words {
        let Some(m) = w.mention.map(|i| &doc.mentions[i]) else {
            continue;
        };
        let EntityRef::Known(id) = m.entity else {
            continue;
        };
        let e = gazetteer.entity(id);
        let fits = |name: &str| {
            let mut parts = name.split(' ');
            parts.next() == Some(first) && parts.next_back() == Some(last)
        };
        if e.kind == EntityType::Person && (fits(&e.name) || e.aliases.iter().any(|a| fits(a))) {
            return Found::Known(m.entity);
        }
    }
    Found::New(EntityType::Person)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::load;
    use std::path::Path;

    const GAZETTEER: &str = "id\tname\ttype\taliases\tpart_of
p1\tAndre Agassi\tPERSON\t
p2\tAndre\tPERSON\t
p3\tJoubert\tPERSON\t
p4\tLateefah Simon\tPERSON\tSimon
p5\tSimon Rattle\tPERSON\t
p6\tStephen Harper\tPERSON\tHarper
o1\tLear Corp\tORG\t
o2\tNorwest Corp\tORG\t
o3\tBanc One Corp\tORG\t
o4\tPower\tORG\t
o5\tMorgan Stanley\tORG\t
n1\tAmericans\tNORP\tAmerican
g1\tYork\tGPE\t
g2\tWestern Cape\tGPE\t
g3\tEastern Cape\tGPE\t
g4\tNorthern Cape\tGPE\t
c1\tIsle of Man\tGPE\t
g5\tDouglas\tGPE\t\tc1
";

    fn run(text: &str) -> Vec<(String, String, &'static str)> {
        let rows = load::read_delimited(Path::new("g.tsv"), GAZETTEER.as_bytes(), b'\t').unwrap();
        let g = Gazetteer::from_rows(rows).unwrap();
        let mut doc = Document::new("d", text);
        doc.sentences = crate::segment::sentences(text);
        let hits = g.find(text);
        super::super::Resolver.resolve(&g, &mut doc, &hits);
        doc.mentions
            .iter()
            .map(|m| {
                let kind = entity_type(&g, &doc, m.entity).as_str();
                (
                    m.span.as_str(text).to_string(),
                    kind.to_string(),
                    m.via.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn chunk_cases() {
        type Case = (
            &'static str,
            &'static [(&'static str, &'static str, &'static str)],
        );
        const CASES: &[Case] = &[
            // `and` joins words to a company's name, not a person's name
            // to it, nor a legal form.
            (
                "Production stopped, Tate and Lyle Plc said.",
                &[("Tate and Lyle Plc", "ORG", "discovered")],
            ),
            // A person's name before `and Associates` names the firm.
            (
                "Prices rose, Louis Harris and Assoc Inc said.",
                &[("Louis Harris and Assoc Inc", "ORG", "discovered")],
            ),
            // A legal form in lower case ends a company's name, with the
            // legal forms after it.
            (
                "Shares rose, Kessel Tronic corp said.",
                &[("Kessel Tronic corp", "ORG", "discovered")],
            ),
            (
                "Sales rose, J.C. Penney co Inc said.",
                &[("J.C. Penney co Inc", "ORG", "discovered")],
            ),
            // A bank's name joins common words capitalised inside the
            // sentence; an owner's possessive or a whole name's head ends
            // what `and` joins.
            (
                "Shares rose, Victor Savings and Loan Association said.",
                &[("Victor Savings and Loan Association", "ORG", "discovered")],
            ),
            (
                "Shares rose, Fireman's Fund and United Bank said.",
                &[("United Bank", "ORG", "discovered")],
            ),
            // A broadcaster's or news agency's name no gazetteer knows.
            (
                "Shares rose, Taft Broadcasting said.",
                &[("Taft Broadcasting", "ORG", "discovered")],
            ),
            (
                "The news was confirmed, Ankara Radio said.",
                &[("Ankara Radio", "ORG", "discovered")],
            ),
            // `and Co` after a firm's name: the firm, a known one kept.
            (
                "Shares rose, Morgan Stanley and Co Inc said.",
                &[("Morgan Stanley and Co Inc", "ORG", "alias")],
            ),
            (
                "Shares rose, Alex Brown and Sons Inc said.",
                &[("Alex Brown and Sons Inc", "ORG", "discovered")],
            ),
            // An organisation's two parts (`Nippon Telegraph`, with no
            // legal form), a nationality and a common word capitalised
            // inside the sentence open the name.
            (
                "Shares rose, Nippon Telegraph and Telephone Corp said.",
                &[("Nippon Telegraph and Telephone Corp", "ORG", "discovered")],
            ),
            (
                "Shares rose, American Telephone and Telegraph Co said.",
                &[("American Telephone and Telegraph Co", "ORG", "discovered")],
            ),
            (
                "Shares of Cable and Wireless Plc rose.",
                &[("Cable and Wireless Plc", "ORG", "discovered")],
            ),
            // Not without a legal form, nor after a whole body's name.
            (
                "It was a deal for Universal and Warner Brothers.",
                &[("Warner Brothers", "ORG", "discovered")],
            ),
            (
                "Staff at the Norland Trade Ministry and Export Development Corp said so.",
                &[
                    ("Norland Trade Ministry", "ORG", "discovered"),
                    ("Export Development Corp", "ORG", "discovered"),
                ],
            ),
            // A known person's bare surname too (`Harper` of Stephen
            // Harper).
            (
                "Production stopped, Harper and Row Publishers Inc said.",
                &[("Harper and Row Publishers Inc", "ORG", "discovered")],
            ),
            (
                "A stake was bought by Asher Edelman and Dominion Textiles Inc.",
                &[
                    ("Asher Edelman", "PERSON", "discovered"),
                    ("Dominion Textiles Inc", "ORG", "discovered"),
                ],
            ),
            (
                "The notes were sold by Bache Co and Salomon Bros Inc.",
                &[
                    ("Bache Co", "ORG", "discovered"),
                    ("Salomon Bros Inc", "ORG", "discovered"),
                ],
            ),
            // A given name and a word that only the gazetteer's places end
            // with (`Western Cape`, ...) is a person.
            (
                "The report was read by Stephen Cape on Monday in Western Cape.",
                &[
                    ("Stephen Cape", "PERSON", "discovered"),
                    ("Western Cape", "GPE", "alias"),
                ],
            ),
            // A given name before a town's name (`Douglas`, the capital of
            // the Isle of Man, which stands for it) is a person's, even a
            // given name that is an English word.
            (
                "The debt is large, Finance Minister Roger Douglas said.",
                &[("Roger Douglas", "PERSON", "discovered")],
            ),
            // A given name and a word before `of` and a company are a
            // person at the company, which is the rest.
            (
                "Profits will recover, analyst Rick Martin of Hollis Vane Securities Inc said.",
                &[
                    ("Rick Martin", "PERSON", "discovered"),
                    ("Hollis Vane Securities Inc", "ORG", "discovered"),
                ],
            ),
            // A title or post-nominal letters before a name start it.
            (
                "The plan was welcomed by Green MEP Caroline Lucas today.",
                &[("Caroline Lucas", "PERSON", "discovered")],
            ),
            (
                "A view shared by Tory MP Jim Bloggs and others.",
                &[("Jim Bloggs", "PERSON", "discovered")],
            ),
            (
                "The try by Andre Joubert came late.",
                &[("Andre Joubert", "PERSON", "discovered")],
            ),
            (
                "He sold it to Kansai Electric Corp last year.",
                &[("Kansai Electric Corp", "ORG", "discovered")],
            ),
            (
                "Photo: John Simon for Reuters.",
                &[("John Simon", "PERSON", "discovered")],
            ),
            (
                "A win for Andre Agassi today.",
                &[("Andre Agassi", "PERSON", "alias")],
            ),
            (
                "THE DAY ANDRE JOUBERT SCORED",
                &[("ANDRE", "PERSON", "alias"), ("JOUBERT", "PERSON", "alias")],
            ),
            ("In York, Simon spoke.", &[("York", "GPE", "alias")]),
            (
                "Lateefah Simon spoke. Later Simon left.",
                &[
                    ("Lateefah Simon", "PERSON", "alias"),
                    ("Simon", "PERSON", "partial"),
                ],
            ),
            (
                "The party met in the town of Tacambaro on Friday.",
                &[("Tacambaro", "GPE", "discovered")],
            ),
            (
                "The book by Philippe Sands QC came out.",
                &[("Philippe Sands", "PERSON", "discovered")],
            ),
            (
                "CARDIFF 1996-08-31\nWales won.",
                &[("CARDIFF", "GPE", "discovered")],
            ),
            // A known person before `of` and an organisation stay two.
            (
                "Simon Rattle of Norwest Corp said so.",
                &[
                    ("Simon Rattle", "PERSON", "alias"),
                    ("Norwest Corp", "ORG", "alias"),
                ],
            ),
        ];
        for (text, want) in CASES {
            let want: Vec<(String, String, &str)> = want
                .iter()
                .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
                .collect();
            assert_eq!(run(text), want, "{text}");
        }
    }

    #[test]
    fn datelines() {
        const CASES: &[(&str, Option<&str>)] = &[
            ("DORTMUND, Germany (Reuters) - The", Some("DORTMUND")),
            ("WASHINGTON (AP) \u{2014} The", Some("WASHINGTON")),
            ("LA CORUNA , Spain 1996-08-31", Some("LA CORUNA")),
            ("CARDIFF 1996-08-31", Some("CARDIFF")),
            ("SOCCER - SHEARER NAMED", None),
            ("WASHINGTON \u{2015} Donald", None),
            ("RUGBY UNION - Cuttitta back", None),
            ("NEW YORK 74 59 .556 -", None),
            ("Beijing, March 3", None),
            ("O'HARE, Illinois (Reuters) -", Some("O'HARE")),
            ("PARIS, France", Some("PARIS")),
            ("Paris, France", None),
            ("pARIS, France", None),
            ("\u{c9}VRY, France", Some("\u{c9}VRY")),
            (" PARIS, France", None),
            ("\"PARIS, France", None),
            ("1996 PARIS, France", None),
            ("-PARIS, France", Some("-PARIS")),
            ("\nPARIS, France", None),
            ("", None),
        ];
        for (text, want) in CASES {
            let got = dateline(text, 0).map(|s| s.as_str(text));
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn story_after_a_dateline() {
        const CASES: &[(&str, Option<&str>)] = &[
            (
                "MEXICO CITY, March 3 - Mexico's policy",
                Some("Mexico's policy"),
            ),
            ("PARIS (Reuters) - It rained.", Some("It rained.")),
            ("ROME, Feb. 2 (AP) \u{2014} It snowed.", Some("It snowed.")),
            ("WASHINGTON - Officials said", Some("Officials said")),
            ("WASHINGTON \u{2015} It rained.", Some("It rained.")),
            ("CARDIFF 1996-08-31", None),
            ("Beijing, March 3 - It rained.", None),
        ];
        for (text, want) in CASES {
            let got = after_dateline(text, 0).map(|i| &text[i..]);
            assert_eq!(got, *want, "{text}");
        }
    }

    /// `CaseInfo::new` as it was before the single pass: every word by
    /// `token::words`, the headline test per sentence over the words found
    /// by binary search, and the capitals found by a scan of the bytes
    /// (none inside a word too long for a name).
    fn case_info_by_parts(doc: &Document) -> CaseInfo {
        let text = doc.text.as_str();
        let words: Vec<Span> = token::words(text, Span::new(0, text.len())).collect();
        let headline = headlines_by_lookup(text, &words, &doc.sentences);
        // Inner capitals count only in words of up to
        // `MAX_INNER_CAPITALS_WORD` bytes.
        let inside_long_word = |c: &Span| {
            let k = words.partition_point(|w| w.end <= c.start);
            words
                .get(k)
                .is_some_and(|w| w.start < c.start && w.end - w.start > MAX_INNER_CAPITALS_WORD)
        };
        let capitalised = partial::capitalised_words(text, &words)
            .into_iter()
            .filter(|c| !inside_long_word(c))
            .collect();
        let upper: Vec<u32> = (0..words.len() as u32)
            .filter(|&k| starts_capitalised(text, words[k as usize]))
            .collect();
        let upper_plain = upper
            .iter()
            .map(|&k| is_plain(text, words[k as usize]))
            .collect();
        CaseInfo {
            words,
            headline,
            capitalised,
            upper,
            upper_plain,
        }
    }

    /// Only ASCII letters and digits, as `token::for_each_word` tells.
    fn is_plain(text: &str, w: Span) -> bool {
        w.as_str(text).bytes().all(|b| b.is_ascii_alphanumeric())
    }

    fn check_case_info(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let mut doc = Document::new("d", text);
        doc.sentences = crate::segment::sentences(text);
        let (got, want) = (CaseInfo::new(&doc), case_info_by_parts(&doc));
        proptest::prop_assert_eq!(&got.words, &want.words);
        proptest::prop_assert_eq!(&got.headline, &want.headline);
        proptest::prop_assert_eq!(&got.capitalised, &want.capitalised);
        proptest::prop_assert_eq!(&got.upper, &want.upper);
        proptest::prop_assert_eq!(&got.upper_plain, &want.upper_plain);
        // `chunks` jumps from capitalised word to capitalised word: as if
        // it took every word (a lower-case word outside a chunk ends
        // nothing).
        let every = CaseInfo {
            upper: (0..got.words.len() as u32).collect(),
            upper_plain: got.words.iter().map(|&w| is_plain(text, w)).collect(),
            ..got.clone()
        };
        proptest::prop_assert_eq!(chunks(&doc, &got), chunks(&doc, &every));
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn case_info_as_by_parts(text in "\\PC{0,120}") {
            check_case_info(&text)?;
        }

        #[test]
        fn case_info_as_by_parts_on_newsish_text(
            text in "([A-Za-z0-9 .,'\u{2019}&\u{e9}\u{c9}\u{4e2d}\n\"-]|U\\.S\\.|AT&T|THE |Mr\\. ){0,60}"
        ) {
            check_case_info(&text)?;
        }
    }

    #[test]
    fn case_info_cases() {
        for text in [
            "",
            "THE DAY ANDRE JOUBERT SCORED. He said so.",
            "AT&T and the U.S. met CNBC\u{2019}S team. \u{c9}COLE Normale.",
            "Chinese Balloon Prompts Washington To Accuse Beijing\nBeijing is watching.",
            "x.Y.Z. and 'Smith and -Jones and O'Brien.",
            // A word longer than any name: no inner capitals (found by the
            // newsish proptest).
            "U.S.U.S.U.S.U.S.U.S.aU.S.U.S.AT&T&aU.S.U.S.U.S.U.S.U.S.U.S.U.S.U.S.",
        ] {
            check_case_info(text).unwrap();
        }
    }

    proptest::proptest! {
        #[test]
        fn coverage_as_covered(
            spans in proptest::collection::vec((0usize..40, 0usize..8), 0..12),
            asked in proptest::collection::vec((0usize..40, 1usize..6), 0..20),
        ) {
            // Sorted by start, and maybe one inside another.
            let mut spans: Vec<Span> = spans.iter().map(|&(s, n)| Span::new(s, s + n)).collect();
            spans.sort_by_key(|s| (s.start, s.end));
            let mentions: Vec<Mention> = spans
                .iter()
                .map(|&span| Mention {
                    span,
                    sentence: 0,
                    entity: EntityRef::Known(crate::doc::EntityId(0)),
                    literal: None,
                    via: Via::Alias,
                    modifier: false,
                    confidence: 1.0,
                })
                .collect();
            let mut asked: Vec<Span> = asked.iter().map(|&(s, n)| Span::new(s, s + n)).collect();
            asked.sort_by_key(|s| s.start);
            let mut coverage = Coverage::new(&mentions);
            for span in asked {
                proptest::prop_assert_eq!(coverage.covers(span), covered(&mentions, span));
            }
        }

        #[test]
        fn sentence_walk_as_sentence_at(
            starts in proptest::collection::vec(0usize..60, 0..8),
            asked in proptest::collection::vec(0usize..70, 0..20),
            sorted in proptest::bool::ANY,
        ) {
            let mut doc = Document::new("d", "");
            let mut starts = starts;
            if sorted {
                starts.sort_unstable();
            }
            doc.sentences = starts.iter().map(|&s| Span::new(s, s + 5)).collect();
            let mut asked = asked;
            asked.sort_unstable();
            let mut walk = SentenceWalk::new(&doc);
            for pos in asked {
                proptest::prop_assert_eq!(walk.at(&doc, pos), doc.sentence_at(pos) as usize);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn opens_after_as_by_chars(before in "[a-z \n.,\"\u{e9}\u{2019}\u{a0}\u{4e2d}]{0,12}") {
            proptest::prop_assert_eq!(opens_after(&before, 0, before.len()), opens_after_chars(&before));
        }

        #[test]
        fn lines_ruled_out_by_their_first_byte_are_no_datelines(
            first in 0u8..0x80,
            rest in "[A-Z]{0,8}(, [A-Z][a-z]+| \\(Reuters\\)| 1996-08-31| - The)?",
            dash: bool,
        ) {
            let line = format!("{}{rest}", char::from(first));
            if !opens_dateline(first) {
                proptest::prop_assert_eq!(dateline_place(&line, dash), None, "{:?}", line);
            }
        }
    }

    /// The particles as a list, as they were asked before [`is_particle`].
    const PARTICLE_LIST: &[&str] = &[
        "de", "da", "di", "do", "dos", "du", "del", "della", "der", "den", "van", "von", "la",
        "le", "bin", "al", "el", "ibn", "of", "&",
    ];

    proptest::proptest! {
        #[test]
        fn particles_as_listed(word in "(de|da|del|della|of|&|[a-z&]{0,6})") {
            proptest::prop_assert_eq!(is_particle(&word), PARTICLE_LIST.contains(&word.as_str()));
        }
    }

    /// Words that are, or look like, stop words and common words, in
    /// several cases.
    fn listed_words_in_any_case() -> Vec<String> {
        let mut words: Vec<String> = STOP_WORDS
            .iter()
            .chain(&[
                "may", "young", "turkey", "bill", "smith", "nato", "o'brien", "x.y",
            ])
            .flat_map(|w| {
                let mut title = w.to_string();
                title[..1].make_ascii_uppercase();
                [w.to_string(), w.to_uppercase(), title, format!("{w}s")]
            })
            .collect();
        words.extend(["", "A", "\u{212a}ey", "Th\u{e9}", "@BOUT", "abou[", "I"].map(String::from));
        words
    }

    fn check_word_lookups(word: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        use crate::gazetteer::find::is_stop_word;
        proptest::prop_assert_eq!(
            is_stop_word_in_any_case(word),
            is_stop_word_any_case(word),
            "{}",
            word
        );
        proptest::prop_assert_eq!(
            lexicon::is_common_word_any(word) || is_stop_word_in_any_case(word),
            token::with_lower(word, |l| lexicon::is_common_word(l) || is_stop_word(l)),
            "{}",
            word
        );
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn word_lookups_as_in_lower_case(word in "[A-Za-z'.&@\\[`\u{e9}\u{c9}-]{0,10}") {
            check_word_lookups(&word)?;
        }
    }

    #[test]
    fn word_lookups_on_listed_words() {
        for word in listed_words_in_any_case() {
            check_word_lookups(&word).unwrap();
        }
    }

    #[test]
    fn particle_list_cases() {
        for word in PARTICLE_LIST {
            assert!(is_particle(word), "{word}");
        }
        for word in ["", "De", "DE", "dell", "dellaa", "and", "of ", "ibnn"] {
            assert!(!is_particle(word), "{word}");
        }
    }

    #[test]
    fn headlines() {
        const CASES: &[(&str, bool)] = &[
            ("SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN .", true),
            ("Chinese Balloon Prompts Washington To Accuse Beijing", true),
            (
                "Beijing is carefully watching Russia's success in Ukraine",
                false,
            ),
            ("France - 1 - Bernard Lama ; 2 - Lilian Thuram", false),
        ];
        for (text, want) in CASES {
            let words: Vec<Span> = token::words(text, Span::new(0, text.len())).collect();
            assert_eq!(is_headline(text, &words), *want, "{text}");
        }
    }

    /// [`is_headline`] with every look-up made as its word comes (before
    /// [`Headline`] deferred them).
    fn is_headline_eagerly(text: &str, words: &[Span]) -> bool {
        let (mut seen, mut count, mut any_lower, mut caps, mut common_caps) = (0, 0, false, 0, 0);
        for w in words.iter().map(|w| w.as_str(text)) {
            let i = seen;
            seen += 1;
            if !w.chars().any(char::is_alphabetic) {
                continue;
            }
            count += 1;
            let has_lower = w.chars().any(char::is_lowercase);
            any_lower |= has_lower;
            if w.chars().next().is_some_and(char::is_lowercase) {
                if w.chars().count() >= 4 {
                    return false;
                }
                continue;
            }
            caps += 1;
            if i > 0 && has_lower && is_common_cap(w) {
                common_caps += 1;
            }
        }
        if count >= 2 && !any_lower {
            return true;
        }
        common_caps >= 2 && common_caps * 5 >= caps * 2
    }

    proptest::proptest! {
        #[test]
        fn headlines_as_eagerly(
            text in "((Chinese|Balloon|Prompts|Washington|To|Accuse|Beijing|Over|Spy|New|Xi|Jinping|Mike|May|US|a|the|is|watching|-|;|1) ){0,24}"
        ) {
            let words: Vec<Span> = token::words(&text, Span::new(0, text.len())).collect();
            proptest::prop_assert_eq!(is_headline(&text, &words), is_headline_eagerly(&text, &words));
        }
    }
}
