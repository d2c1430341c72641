//! Finding gazetteer names in text: one leftmost-longest Aho-Corasick
//! automaton over every surface form, then boundary and case checks on each
//! hit (checking after the match is much cheaper than `\b` in the automaton).

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::trie::Trie;
use super::Entity;
use crate::doc::EntityId;
use crate::error::{Error, Result};
use crate::span::Span;
use crate::token::with_lower;

/// Index of a surface form in [`Matcher::forms`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FormId(pub u32);

/// A surface form: one string that names one or more entities.
#[derive(Clone, Debug, Default)]
pub struct Form {
    /// Every entity with this name or alias (more than one: ambiguous).
    pub entities: Vec<EntityId>,
    /// Entities for which this form is the full name, not an alias.
    pub is_name_of: Vec<EntityId>,
    /// A single word that is also a common English word (`May`, `Young`).
    pub common_word: bool,
    /// A single word (no space).
    pub single_word: bool,
    /// A closed-class English word (`The`, `And`, `In`) or a day or month
    /// name: never a name on its own, even when a dictionary lists it.
    pub stop_word: bool,
    /// An ASCII-folded copy of a name written with diacritics (`Erdogan`
    /// for `Erdoğan`).
    pub folded: bool,
}

/// A raw match of a form in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    pub form: FormId,
    /// Attached by a hyphen to a lower-case word (`Chinese-made`, `pro-Russian`).
    pub modifier: bool,
    /// Found in ALL-CAPS text as a mixed-case name (`DORTMUND` for
    /// `Dortmund`): the capitals say nothing about it being a name.
    pub caps: bool,
}

/// A string written for an entity: its name or an alias, or a variant of
/// one (apostrophes, folded diacritics).
struct Written<'e> {
    /// The first eight bytes, big-endian (zero-padded): most comparisons
    /// of the sort end here, without reading the string.
    key: u64,
    text: Cow<'e, str>,
    id: EntityId,
    is_name: bool,
    folded: bool,
}

impl<'e> Written<'e> {
    fn new(text: Cow<'e, str>, id: EntityId, is_name: bool, folded: bool) -> Written<'e> {
        let mut head = [0u8; 8];
        let n = text.len().min(8);
        head[..n].copy_from_slice(&text.as_bytes()[..n]);
        Written {
            key: u64::from_be_bytes(head),
            text,
            id,
            is_name,
            folded,
        }
    }
}

/// The automaton and the forms it finds.
pub struct Matcher {
    trie: Trie,
    forms: Vec<Form>,
    /// Which first two bytes some pattern starts with (a 64 Ki-bit set),
    /// so that the scan tries the automaton only where a name can start.
    starts: Starts,
    /// Per byte value: can it open a pattern, and is it a character that
    /// continues a word. The scan's first test, one load per byte.
    class: ByteClass,
}

/// [`ByteClass`] bit: some pattern starts with this byte.
const HEAD: u8 = 1;
/// [`ByteClass`] bit: an ASCII letter, digit or `_`, a whole character
/// that continues a word ([`is_word_char`]), so no name starts after it.
const WORD: u8 = 2;

/// [`HEAD`] and [`WORD`] for each byte value.
struct ByteClass([u8; 256]);

impl ByteClass {
    fn new<S: AsRef<[u8]>>(patterns: &[S]) -> ByteClass {
        let mut class = [0u8; 256];
        for p in patterns {
            if let Some(&b) = p.as_ref().first() {
                class[usize::from(b)] |= HEAD;
            }
        }
        for b in 0..=u8::MAX {
            if b.is_ascii_alphanumeric() || b == b'_' {
                class[usize::from(b)] |= WORD;
            }
        }
        ByteClass(class)
    }

    #[inline]
    fn of(&self, b: u8) -> u8 {
        self.0[usize::from(b)]
    }
}

/// The first two bytes of every pattern (a one-byte pattern sets every
/// second byte), as a bit set: 8 KiB, so it stays in the L1 cache.
pub(crate) struct Starts(Box<[u64; 1024]>);

impl Starts {
    pub(crate) fn new<S: AsRef<[u8]>>(patterns: &[S]) -> Starts {
        let mut bits = Box::new([0u64; 1024]);
        let mut set = |i: usize| bits[i >> 6] |= 1 << (i & 63);
        for p in patterns {
            match p.as_ref() {
                [] => {}
                [a] => (0..256).for_each(|b| set(usize::from(*a) << 8 | b)),
                [a, b, ..] => set(usize::from(*a) << 8 | usize::from(*b)),
            }
        }
        Starts(bits)
    }

    /// True when a pattern may start at `bytes[i]`.
    #[inline]
    pub(crate) fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        let a = usize::from(bytes[i]);
        let b = bytes.get(i + 1).map_or(0, |&b| usize::from(b));
        let k = a << 8 | b;
        self.0[k >> 6] & (1 << (k & 63)) != 0
    }
}

impl Matcher {
    /// Builds the automaton over every name and alias of `entities`, with
    /// straight/curly apostrophe variants and ALL-CAPS variants of names.
    pub fn build(entities: &[Entity], is_common: &dyn Fn(&str) -> bool) -> Result<Matcher> {
        // Every string written for an entity, in gazetteer order.
        let mut written: Vec<Written> = Vec::with_capacity(
            entities.len() + entities.iter().map(|e| e.aliases.len()).sum::<usize>(),
        );
        for (i, e) in entities.iter().enumerate() {
            let id = EntityId(i as u32);
            let all = std::iter::once((&e.name, true)).chain(e.aliases.iter().map(|a| (a, false)));
            for (text, is_name) in all {
                // A form without a letter (`3`, `1996`) is never a name.
                if !text.chars().any(char::is_alphabetic) {
                    continue;
                }
                let folded = fold_diacritics(text).map(Cow::Owned);
                let as_written = std::iter::once((Cow::Borrowed(text.as_str()), false));
                for (base, folded) in as_written.chain(folded.map(|f| (f, true))) {
                    let other = other_apostrophe(&base);
                    for text in std::iter::once(base).chain(other.map(Cow::Owned)) {
                        written.push(Written::new(text, id, is_name, folded));
                    }
                }
            }
        }
        // In byte order, the copies of one string come together (no hash
        // map of every string), and the automaton gets its patterns sorted:
        // each one shares a prefix with the last, so building the trie and
        // its failure links walks states still in cache (1M aliases: build
        // 8.0 s -> 4.9 s). The sort is stable: a form lists its entities in
        // gazetteer order. Only `FormId`s depend on the order.
        written.sort_by(|a, b| a.key.cmp(&b.key).then_with(|| a.text.cmp(&b.text)));
        let mut patterns: Vec<Cow<str>> = Vec::with_capacity(written.len());
        let mut forms: Vec<Form> = Vec::with_capacity(written.len());
        for w in written {
            if patterns.last() != Some(&w.text) {
                let single = !w.text.contains(' ');
                // Acronyms are exact.
                let mixed = !is_all_caps(&w.text);
                let (common_word, stop_word) = if single && mixed {
                    with_lower(&w.text, |lower| (is_common(lower), is_stop_word(lower)))
                } else {
                    (false, false)
                };
                forms.push(Form {
                    folded: w.folded,
                    single_word: single,
                    common_word,
                    stop_word,
                    ..Form::default()
                });
                patterns.push(w.text);
            }
            let form = forms.last_mut().expect("a form was pushed for this text");
            // A real form wins over a variant of the same string.
            form.folded &= w.folded;
            if !form.entities.contains(&w.id) {
                form.entities.push(w.id);
            }
            if w.is_name && !form.is_name_of.contains(&w.id) {
                form.is_name_of.push(w.id);
            }
        }
        forms.shrink_to_fit();
        let bytes: Vec<&[u8]> = patterns.iter().map(|p| p.as_bytes()).collect();
        // Anchored searches at the places a name can start are what the
        // pipeline runs; unanchored ones are the raw-scan baseline.
        let trie = Trie::build(&bytes).map_err(Error::Matcher)?;
        let starts = Starts::new(&bytes);
        let class = ByteClass::new(&bytes);
        Ok(Matcher {
            trie,
            forms,
            starts,
            class,
        })
    }

    /// The forms, indexed by [`FormId`].
    pub fn form(&self, id: FormId) -> &Form {
        &self.forms[id.0 as usize]
    }

    /// Number of surface forms (patterns) in the automaton.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// True when there is no pattern at all.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Heap bytes of the automaton.
    pub fn memory_usage(&self) -> usize {
        self.trie.memory_usage()
    }

    /// Every accepted hit in `text`, in order.
    ///
    /// Names are matched as written, and in ALL-CAPS stretches (headlines,
    /// datelines, sports tables) also as their title-cased copy, so that
    /// `DORTMUND` finds `Dortmund` without a second pattern per name. A
    /// common word found that way (`CHINA`, `MAY`) counts only in ALL-CAPS
    /// context or at a dateline.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        self.scan(text, &mut hits);
        let mut extra = Vec::new();
        for run in caps_runs(text) {
            let titled = title_case(&text[run.start..run.end]);
            self.scan_at(text, &titled, run.start, &mut extra);
        }
        if extra.is_empty() {
            hits
        } else {
            merge_longest(hits, extra)
        }
    }

    /// Scans `text` as written: the longest name at each place where one
    /// can start (a pattern's first two bytes, after a word boundary), by
    /// an anchored search that walks the trie only as far as the text
    /// follows it. Far cheaper than an unanchored scan of every byte, since
    /// most positions are inside words or open lower-case words.
    fn scan(&self, text: &str, hits: &mut Vec<Hit>) {
        let bytes = text.as_bytes();
        // `i` is always the start of the text or right after a byte that
        // is no ASCII word byte, where a name may start. From a place ruled
        // out the walk goes on to the next such place, one table test a
        // byte, rather than asking every byte of a pattern's first letters
        // (half the letters of English) about the byte before it. (Eight
        // bytes at a time, as a mask of such places, cost more: a fifth of
        // the bytes follow a space or a mark.)
        let mut i = 0;
        while i < bytes.len() {
            // Most places are ruled out by a table: no pattern starts with
            // the byte (most lower-case letters).
            // A pattern is valid UTF-8, so `may_start` is false inside a
            // multi-byte character and `i` is a char boundary below.
            if self.class.of(bytes[i]) & HEAD == 0
                || !self.starts.may_start(bytes, i)
                || !opens_word(text, i)
            {
                i = self.next_open(bytes, i + 1);
                continue;
            }
            match self.trie.longest_at(bytes, i) {
                Some((pattern, end)) => {
                    if ends_word(text, end) {
                        hits.push(Hit {
                            span: Span::new(i, end),
                            form: FormId(pattern.as_u32()),
                            modifier: is_modifier(text, i, end),
                            caps: false,
                        });
                    }
                    // A name cut short by the text (`South America|n`)
                    // hides the names inside it (`American`), as in a
                    // leftmost-longest scan.
                    i = self.next_open(bytes, end.max(i + 1));
                }
                None => i = self.next_open(bytes, i + 1),
            }
        }
    }

    /// The first place at or after `p` (at least 1) that follows a byte
    /// that is no ASCII word byte ([`WORD`]), or the end: the first where
    /// a name may start.
    #[inline]
    fn next_open(&self, bytes: &[u8], p: usize) -> usize {
        match bytes[p - 1..]
            .iter()
            .position(|&b| self.class.of(b) & WORD == 0)
        {
            Some(k) => p + k,
            None => bytes.len(),
        }
    }

    /// Scans a title-cased copy of `text[offset..]` and keeps the hits
    /// whose words were written in capitals.
    fn scan_at(&self, text: &str, copy: &str, offset: usize, hits: &mut Vec<Hit>) {
        let bytes = text.as_bytes();
        for m in self.trie.find_all(copy) {
            let (start, end) = (offset + m.start(), offset + m.end());
            let form = &self.forms[m.pattern().as_usize()];
            // As written it is no different: the plain scan had its chance.
            if text[start..end] == copy[m.start()..m.end()] || !on_word_boundaries(text, start, end)
            {
                continue;
            }
            if form_is_common(form)
                && !in_caps_context(bytes, start, end)
                && !is_dateline(bytes, start, end)
            {
                continue;
            }
            hits.push(Hit {
                span: Span::new(start, end),
                form: FormId(m.pattern().as_u32()),
                modifier: is_modifier(text, start, end),
                caps: true,
            });
        }
    }

    /// The raw automaton scan alone (no checks): the speed ceiling, for benchmarks.
    pub fn raw_count(&self, text: &str) -> usize {
        self.trie.count(text)
    }
}

/// Stretches of a line whose words have no lower-case letter, with a word
/// of at least four capitals (`DORTMUND`, `NEW YORK 74 59`).
///
/// A run holds a strong word (four capitals, no lower-case letter), so
/// the scan looks only at words with a capital or a non-ASCII byte, eight
/// bytes at a time, and grows a run from each strong word it finds. A
/// word-by-word walk of the whole text (`caps_runs_by_words` in the tests)
/// cost about 15 instructions a byte; most news has no such word.
fn caps_runs(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while let Some(p) = next_capital_or_non_ascii(bytes, i) {
        // A small ASCII letter right after it is in its word, which is then
        // no strong word (`The`, `McDonald`): most capitals are ruled out
        // so, without finding their word. Any capital later in the word
        // is ruled out the same way.
        if bytes.get(p + 1).is_some_and(u8::is_ascii_lowercase) {
            i = p + 2;
            continue;
        }
        let word = word_around(bytes, p);
        if !is_strong_word(word.as_str(text)) {
            i = word.end;
            continue;
        }
        let mut run = word;
        while let Some(w) = caps_word_before(text, run.start) {
            run.start = w.start;
        }
        while let Some(w) = caps_word_after(text, run.end) {
            run.end = w.end;
        }
        runs.push(run);
        i = run.end;
    }
    runs
}

/// No lower-case letter and at least four capitals (`DORTMUND`, `U.S.A.F.`).
fn is_strong_word(word: &str) -> bool {
    !word.chars().any(char::is_lowercase) && word.chars().filter(|c| c.is_uppercase()).count() >= 4
}

/// The first byte at or after `i` that is an ASCII capital or not ASCII:
/// every upper-case letter has one.
fn next_capital_or_non_ascii(bytes: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = u64::MAX / 0xFF;
    const HIGH: u64 = ONES * 0x80;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // Bit 7 of a byte for `A..=Z` (as in `lexicon`'s `FoldedWord`),
        // on the low seven bits so that no sum carries; then every byte
        // with bit 7 set.
        let low = x & !HIGH;
        let upper = low.wrapping_add(ONES * 0x3F) & !low.wrapping_add(ONES * 0x25) & HIGH;
        let hits = upper | (x & HIGH);
        if hits != 0 {
            return Some(i + hits.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    (i..bytes.len()).find(|&k| bytes[k].is_ascii_uppercase() || bytes[k] >= 0x80)
}

/// The word (between ASCII white space) that holds byte `p`.
fn word_around(bytes: &[u8], p: usize) -> Span {
    let start = bytes[..p]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |k| k + 1);
    let end = bytes[p..]
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(bytes.len(), |k| p + k);
    Span::new(start, end)
}

/// The word before `start` on the same line, when it has no lower-case
/// letter.
fn caps_word_before(text: &str, start: usize) -> Option<Span> {
    let bytes = text.as_bytes();
    let gap = bytes[..start]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    let end = start - gap;
    if end == 0 || bytes[end..start].contains(&b'\n') {
        return None;
    }
    let word = word_around(bytes, end - 1);
    let lower = word.as_str(text).chars().any(char::is_lowercase);
    (!lower).then_some(word)
}

/// The word after `end` on the same line, when it has no lower-case
/// letter.
fn caps_word_after(text: &str, end: usize) -> Option<Span> {
    let bytes = text.as_bytes();
    let gap = bytes[end..]
        .iter()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    let start = end + gap;
    if start == bytes.len() || bytes[end..start].contains(&b'\n') {
        return None;
    }
    let word = word_around(bytes, start);
    let lower = word.as_str(text).chars().any(char::is_lowercase);
    (!lower).then_some(word)
}

/// `NEW YORK` → `New York`, `URUS-MARTAN` → `Urus-Martan`, `CHINA'S` →
/// `China's`. Byte lengths never change: a letter whose lower case has
/// another length stays as it is.
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let starts_word = match prev {
            None => true,
            Some('-') => true,
            Some('\'' | '\u{2019}') => {
                // `O'NEILL` → `O'Neill`, but `CHINA'S` → `China's`.
                chars
                    .peek()
                    .is_some_and(|n| n.is_alphabetic() && *n != 'S' && *n != 's')
            }
            Some(p) => !p.is_alphanumeric(),
        };
        let mut lower = c.to_lowercase();
        match (starts_word, lower.next(), lower.next()) {
            (false, Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
        prev = Some(c);
    }
    out
}

/// Merges two ordered hit lists, keeping the longer of overlapping hits
/// (the leftmost when equal).
fn merge_longest(a: Vec<Hit>, b: Vec<Hit>) -> Vec<Hit> {
    let mut all: Vec<Hit> = a.into_iter().chain(b).collect();
    all.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
    let mut out: Vec<Hit> = Vec::with_capacity(all.len());
    for h in all {
        match out.last_mut() {
            Some(last) if last.span.end > h.span.start => {
                if h.span.len() > last.span.len() {
                    *last = h;
                }
            }
            _ => out.push(h),
        }
    }
    out
}

/// A name found in ALL-CAPS text (`DORTMUND`, `HOUSTON`) is
/// safe anywhere; one of a common word (`MAY`, `CHINA` shop) needs
/// ALL-CAPS context.
fn form_is_common(form: &Form) -> bool {
    form.common_word || form.stop_word
}

/// True for one of the [`STOP_WORDS`], given in lower case.
pub fn is_stop_word(lower: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(lower)
}

/// [`is_stop_word`] for a word in any case (`The`, `AND`, `in`), asked of
/// every capitalised word of a document: an ASCII word is compared as one
/// number with its letters lower-cased by a bit (`|= 0x20` turns only
/// capitals into letters), with no lower-case copy and no string hash.
pub fn is_stop_word_any_case(word: &str) -> bool {
    static KEYS: LazyLock<FxHashSet<u128>> = LazyLock::new(|| {
        STOP_WORDS
            .iter()
            .filter_map(|w| lower_key(w.as_bytes()))
            .collect()
    });
    if !word.is_ascii() {
        return with_lower(word, is_stop_word);
    }
    // Every stop word has at most 16 bytes.
    lower_key(word.as_bytes()).is_some_and(|key| KEYS.contains(&key))
}

/// An ASCII word of up to 16 bytes as a number, each byte `| 0x20`: equal
/// keys mean equal words in lower case when the words are letters only
/// (no other byte becomes a letter that way).
fn lower_key(bytes: &[u8]) -> Option<u128> {
    const SPACES: u128 = u128::from_ne_bytes([0x20; 16]);
    let mut key = [0u8; 16];
    key.get_mut(..bytes.len())?.copy_from_slice(bytes);
    // `| 0x20` on the word's bytes at once; the padding stays zero.
    let used = u128::MAX
        .checked_shr(8 * (16 - bytes.len() as u32))
        .unwrap_or(0);
    Some(u128::from_le_bytes(key) | (SPACES & used))
}

/// Closed-class English words and the days and months that are not also
/// names, lower case: never a name on their own, even when a dictionary
/// lists them (`The` from a badly split `The Hague`, `Wednesday`).
pub const STOP_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "april",
    "june",
    "july",
    "september",
    "october",
    "november",
    "december",
    "a",
    "about",
    "above",
    "after",
    "against",
    "all",
    "also",
    "although",
    "an",
    "and",
    "any",
    "as",
    "at",
    "because",
    "before",
    "behind",
    "below",
    "between",
    "both",
    "but",
    "by",
    "during",
    "each",
    "either",
    "every",
    "for",
    "from",
    "he",
    "her",
    "hers",
    "him",
    "his",
    "i",
    "if",
    "in",
    "into",
    "it",
    "its",
    "me",
    "my",
    "neither",
    "no",
    "nor",
    "not",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "our",
    "ours",
    "out",
    "over",
    "she",
    "since",
    "so",
    "some",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "we",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "with",
    "within",
    "without",
    "yet",
    "you",
    "your",
];

/// The ASCII spelling of a name written with Latin diacritics (`Erdoğan` →
/// `Erdogan`, `Zoë` → `Zoe`), or `None` when folding changes nothing or
/// leaves non-ASCII letters (other scripts are not transliterated).
pub fn fold_diacritics(text: &str) -> Option<String> {
    if text.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        match fold_char(c) {
            Some(s) => out.push_str(s),
            None if c == '\u{2019}' => out.push(c),
            None => return None,
        }
    }
    Some(out)
}

/// One Latin letter with a diacritic, as ASCII: a `match`, which the
/// compiler turns into range tests, where searching a table of strings cost
/// about 600 instructions per non-ASCII name at start-up.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'Ď' | 'Đ' => "D",
        'ď' | 'đ' => "d",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'Ĥ' | 'Ħ' => "H",
        'ĥ' | 'ħ' => "h",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "I",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'Ĵ' => "J",
        'ĵ' => "j",
        'Ķ' => "K",
        'ķ' => "k",
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "L",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' => "N",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => "O",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'Ŕ' | 'Ŗ' | 'Ř' => "R",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => "S",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => "T",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'Ŵ' => "W",
        'ŵ' => "w",
        'Ý' | 'Ŷ' | 'Ÿ' => "Y",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ź' | 'ż' | 'ž' => "z",
        'Æ' => "AE",
        'æ' => "ae",
        'Œ' => "OE",
        'œ' => "oe",
        'ß' => "ss",
        'Þ' => "Th",
        'þ' => "th",
        'Ð' => "D",
        'ð' => "d",
        _ => return None,
    })
}

/// The form in the other apostrophe style, when it has an apostrophe.
fn other_apostrophe(text: &str) -> Option<String> {
    if text.contains('\'') {
        Some(text.replace('\'', "\u{2019}"))
    } else if text.contains('\u{2019}') {
        Some(text.replace('\u{2019}', "'"))
    } else {
        None
    }
}

fn is_all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// A word character for boundary purposes.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The hit must not start or end inside a word. An apostrophe between two
/// letters also joins a word (`O'Brien` does not contain `Brien`), but a
/// possessive after the hit (`China's`) is fine.
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    starts_word(text, start) && ends_word(text, end)
}

/// Nothing that continues a word before `start` (a letter, a digit, or an
/// apostrophe after a letter: `O'Neill` holds no `Neill`).
#[inline]
fn starts_word(text: &str, start: usize) -> bool {
    // An ASCII byte before, other than an apostrophe (most places): read
    // as a byte, without decoding the char.
    match start.checked_sub(1).map(|p| text.as_bytes()[p]) {
        None => return true,
        Some(b) if b < 0x80 && b != b'\'' => return !(b.is_ascii_alphanumeric() || b == b'_'),
        _ => {}
    }
    let mut before = text[..start].chars().rev();
    match before.next() {
        Some(c) if is_word_char(c) => false,
        Some('\'' | '\u{2019}') => !before.next().is_some_and(char::is_alphabetic),
        _ => true,
    }
}

/// [`starts_word`] at a place the scan reached, after no ASCII word byte:
/// true unless an apostrophe or a char that is not ASCII comes before (the
/// byte before is read; the call and the char are left for those).
#[inline]
fn opens_word(text: &str, i: usize) -> bool {
    match i.checked_sub(1).map(|p| text.as_bytes()[p]) {
        Some(b) if b >= 0x80 || b == b'\'' => starts_word(text, i),
        _ => true,
    }
}

/// No letter or digit right after `end`.
fn ends_word(text: &str, end: usize) -> bool {
    !text[end..].chars().next().is_some_and(is_word_char)
}

/// An ALL-CAPS variant counts only in ALL-CAPS text (a headline, a
/// dateline): no lower-case letter in the nearby words of the same line.
fn in_caps_context(bytes: &[u8], start: usize, end: usize) -> bool {
    let lo = start.saturating_sub(24);
    let hi = (end + 24).min(bytes.len());
    let window = |range: &[u8]| -> bool { !range.iter().any(u8::is_ascii_lowercase) };
    let left = &bytes[lo..start];
    let left = match memchr::memrchr(b'\n', left) {
        Some(i) => &left[i + 1..],
        None => left,
    };
    let right = &bytes[end..hi];
    let right = match memchr::memchr(b'\n', right) {
        Some(i) => &right[..i],
        None => right,
    };
    let letters = left
        .iter()
        .chain(right)
        .filter(|b| b.is_ascii_alphabetic())
        .count();
    letters >= 2 && window(left) && window(right)
}

/// A dateline: the name opens a line and a comma, a parenthesis or a dash
/// follows (`DORTMUND, Germany (Reuters) -`, `WASHINGTON (AP) —`).
fn is_dateline(bytes: &[u8], start: usize, end: usize) -> bool {
    let opens_line = bytes[..start]
        .iter()
        .rev()
        .take_while(|&&b| b != b'\n')
        .all(|b| b.is_ascii_whitespace());
    let rest = &bytes[end..];
    let rest = &rest[rest.iter().take_while(|&&b| b == b' ').count()..];
    opens_line
        && (matches!(rest.first(), Some(b',' | b'(' | b'-'))
            || rest.starts_with("\u{2014}".as_bytes()))
}

/// `Chinese-made`, `pro-Russian`: joined by a hyphen to a lower-case word.
fn is_modifier(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].strip_prefix('-');
    if after
        .and_then(|a| a.chars().next())
        .is_some_and(char::is_lowercase)
    {
        return true;
    }
    let before = text[..start].strip_suffix('-');
    before
        .and_then(|b| b.chars().next_back())
        .is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::EntityType;

    /// [`caps_runs`] as first written: every word of the text, in order.
    pub(super) fn caps_runs_by_words(text: &str) -> Vec<Span> {
        let mut runs = Vec::new();
        let mut run: Option<(Span, bool)> = None;
        let mut close = |run: &mut Option<(Span, bool)>| {
            if let Some((span, true)) = run.take() {
                runs.push(span);
            }
        };
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_whitespace() {
                if b == b'\n' {
                    close(&mut run);
                }
                i += 1;
                continue;
            }
            let end = bytes[i..]
                .iter()
                .position(u8::is_ascii_whitespace)
                .map_or(bytes.len(), |p| i + p);
            let word = &text[i..end];
            if word.chars().any(char::is_lowercase) {
                close(&mut run);
            } else {
                // Acronyms (`BBC`, `US`) are matched as written; a run needs a
                // word of four capitals or more to be worth a second look.
                let strong = word.chars().filter(|c| c.is_uppercase()).count() >= 4;
                match &mut run {
                    Some((span, s)) => {
                        span.end = end;
                        *s |= strong;
                    }
                    None => run = Some((Span::new(i, end), strong)),
                }
            }
            i = end;
        }
        close(&mut run);
        runs
    }

    proptest::proptest! {
        #[test]
        fn caps_runs_are_the_word_walk(s in "[A-Za-z0-9 .,'\n\t\u{e9}\u{c9}\u{3a3}\u{2019}-]{0,60}") {
            proptest::prop_assert_eq!(caps_runs(&s), caps_runs_by_words(&s));
        }

        #[test]
        fn caps_runs_are_the_word_walk_on_capitals(s in "[A-GNa-c \n.\u{c9}\u{e9}]{0,40}") {
            proptest::prop_assert_eq!(caps_runs(&s), caps_runs_by_words(&s));
        }
    }

    #[test]
    fn caps_runs_cases() {
        const CASES: &[&str] = &[
            "DORTMUND, Germany (Reuters) - BORUSSIA DORTMUND won.",
            "the NEW YORK 74 59\nBOSTON 60 61 x",
            "U.S.A.F. said\n  \n ÉCOLE ÉTÉ",
            "NATO IMF and WHO",
            "  TRAILING CAPS  ",
        ];
        for text in CASES {
            assert_eq!(caps_runs(text), caps_runs_by_words(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_key_is_the_byte_loop(s in "[A-Za-z' .\u{e9}-]{0,18}") {
            let bytes = s.as_bytes();
            let by_loop = (bytes.len() <= 16).then(|| {
                let mut key = [0u8; 16];
                key[..bytes.len()].copy_from_slice(bytes);
                for b in &mut key[..bytes.len()] {
                    *b |= 0x20;
                }
                u128::from_le_bytes(key)
            });
            proptest::prop_assert_eq!(lower_key(bytes), by_loop);
        }
    }

    /// [`fold_char`] as first written: a search of this table.
    #[rustfmt::skip]
    fn fold_char_by_table(c: char) -> Option<&'static str> {
    const TABLE: &[(&str, &str)] = &[
        ("ÀÁÂÃÄÅĀĂĄ", "A"),
        ("àáâãäåāăą", "a"),
        ("ÇĆĈĊČ", "C"),
        ("çćĉċč", "c"),
        ("ĎĐ", "D"),
        ("ďđ", "d"),
        ("ÈÉÊËĒĔĖĘĚ", "E"),
        ("èéêëēĕėęě", "e"),
        ("ĜĞĠĢ", "G"),
        ("ĝğġģ", "g"),
        ("ĤĦ", "H"),
        ("ĥħ", "h"),
        ("ÌÍÎÏĨĪĬĮİ", "I"),
        ("ìíîïĩīĭįı", "i"),
        ("Ĵ", "J"),
        ("ĵ", "j"),
        ("Ķ", "K"),
        ("ķ", "k"),
        ("ĹĻĽĿŁ", "L"),
        ("ĺļľŀł", "l"),
        ("ÑŃŅŇ", "N"),
        ("ñńņň", "n"),
        ("ÒÓÔÕÖØŌŎŐ", "O"),
        ("òóôõöøōŏő", "o"),
        ("ŔŖŘ", "R"),
        ("ŕŗř", "r"),
        ("ŚŜŞŠȘ", "S"),
        ("śŝşšș", "s"),
        ("ŢŤŦȚ", "T"),
        ("ţťŧț", "t"),
        ("ÙÚÛÜŨŪŬŮŰŲ", "U"),
        ("ùúûüũūŭůűų", "u"),
        ("Ŵ", "W"),
        ("ŵ", "w"),
        ("ÝŶŸ", "Y"),
        ("ýÿŷ", "y"),
        ("ŹŻŽ", "Z"),
        ("źżž", "z"),
        ("Æ", "AE"),
        ("æ", "ae"),
        ("Œ", "OE"),
        ("œ", "oe"),
        ("ß", "ss"),
        ("Þ", "Th"),
        ("þ", "th"),
        ("Ð", "D"),
        ("ð", "d"),
    ];
        TABLE
            .iter()
            .find(|(from, _)| from.contains(c))
            .map(|&(_, to)| to)
    }

    #[test]
    fn fold_char_is_the_table() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(fold_char(c), fold_char_by_table(c), "{c:?}");
        }
    }

    fn entity(name: &str, aliases: &[&str], kind: EntityType) -> Entity {
        Entity {
            id: name.to_string(),
            name: name.to_string(),
            kind,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            part_of: None,
            located_in: None,
            role: None,
        }
    }

    fn matcher() -> (Matcher, Vec<Entity>) {
        let entities = vec![
            entity("China", &["People's Republic of China"], EntityType::Gpe),
            entity("United States", &["US", "U.S."], EntityType::Gpe),
            entity("Chinese", &[], EntityType::Norp),
            entity("Russian", &[], EntityType::Norp),
            entity("Theresa May", &["May"], EntityType::Person),
            entity("New York", &[], EntityType::Gpe),
            entity("New York Times", &[], EntityType::Org),
            entity("Brien", &[], EntityType::Person),
            entity("Dortmund", &[], EntityType::Gpe),
            entity("Washington", &[], EntityType::Gpe),
            entity("Recep Tayyip Erdoğan", &["Erdoğan"], EntityType::Person),
            entity("3", &[], EntityType::Org),
            entity("The", &[], EntityType::Gpe),
        ];
        let m = Matcher::build(&entities, &|w| matches!(w, "may" | "china" | "the")).unwrap();
        (m, entities)
    }

    fn found(text: &str) -> Vec<(String, bool)> {
        let (m, _) = matcher();
        m.find(text)
            .iter()
            .map(|h| (h.span.as_str(text).to_string(), h.modifier))
            .collect()
    }

    #[test]
    fn matching_cases() {
        type Case = (&'static str, &'static str, &'static [(&'static str, bool)]);
        const CASES: &[Case] = &[
            (
                "plain",
                "China and the US met.",
                &[("China", false), ("US", false)],
            ),
            ("acronym case", "Give it to us now.", &[]),
            ("possessive straight", "China's plan", &[("China", false)]),
            (
                "possessive curly",
                "China\u{2019}s plan",
                &[("China", false)],
            ),
            ("inside a word", "Chinatown and USB", &[]),
            (
                "longest",
                "the New York Times said",
                &[("New York Times", false)],
            ),
            (
                "dotted acronym",
                "the U.S. and China",
                &[("U.S.", false), ("China", false)],
            ),
            (
                "modifier after",
                "Chinese-made balloons",
                &[("Chinese", true)],
            ),
            (
                "modifier before",
                "pro-Russian forces",
                &[("Russian", true)],
            ),
            ("apostrophe inside name", "O'Brien said", &[]),
            ("caps headline", "CHINA WARNS TAIWAN", &[("CHINA", false)]),
            (
                "caps variant needs caps context",
                "a CHINA shop in town",
                &[],
            ),
            (
                "distinctive caps name anywhere",
                "Chicago 4 DORTMUND 3",
                &[("DORTMUND", false)],
            ),
            (
                "dateline",
                "DORTMUND, Germany (Reuters) - a",
                &[("DORTMUND", false)],
            ),
            (
                "dateline with dash",
                "WASHINGTON (AP) \u{2014} a",
                &[("WASHINGTON", false)],
            ),
            (
                "common word caps variant at a dateline",
                "CHINA, Texas (Reuters) - a",
                &[("CHINA", false)],
            ),
            (
                "diacritics folded",
                "Erdogan and Erdoğan and Recep Tayyip Erdogan",
                &[
                    ("Erdogan", false),
                    ("Erdoğan", false),
                    ("Recep Tayyip Erdogan", false),
                ],
            ),
            ("no letters, no name", "won 3-1", &[]),
            ("unicode boundary", "Chinaé Éngland", &[]),
            (
                "curly apostrophe variant",
                "the People\u{2019}s Republic of China",
                &[("People\u{2019}s Republic of China", false)],
            ),
        ];
        for (name, text, want) in CASES {
            let want: Vec<(String, bool)> = want.iter().map(|(s, m)| (s.to_string(), *m)).collect();
            assert_eq!(found(text), want, "case {name}");
        }
    }

    #[test]
    fn forms_know_their_entities() {
        let (m, _) = matcher();
        let text = "May";
        let hit = m.find(text)[0];
        let form = m.form(hit.form);
        assert!(form.common_word && form.single_word);
        assert_eq!(form.entities, [EntityId(4)]);
        assert!(form.is_name_of.is_empty());
        let text = "The";
        let form = m.form(m.find(text)[0].form);
        assert!(form.stop_word && !form.folded);
        let text = "Erdogan";
        assert!(m.form(m.find(text)[0].form).folded);
    }

    proptest::proptest! {
        #[test]
        fn stop_words_in_any_case_as_lower_cased(
            word in "(the|The|THE|tHe|of|OF|Of|in|In|and|AND|wednesday|Wednesday|WEDNESDAY|th|the_|@he|[a-zA-Z@\\[`{ \u{130}\u{212a}]{0,5})"
        ) {
            proptest::prop_assert_eq!(
                is_stop_word_any_case(&word),
                with_lower(&word, is_stop_word)
            );
        }

        #[test]
        fn hits_are_ordered_on_boundaries(text in "[A-Za-z'’ .\\-]{0,80}") {
            let (m, _) = matcher();
            let hits = m.find(&text);
            for w in hits.windows(2) {
                proptest::prop_assert!(w[0].span.end <= w[1].span.start);
            }
            for h in &hits {
                proptest::prop_assert!(text.is_char_boundary(h.span.start) && text.is_char_boundary(h.span.end));
            }
        }
    }
}
