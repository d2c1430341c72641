//! The built-in data in `data/`, compiled into the binary.
//!
//! Owns: the raw built-in gazetteer text and the small lexicons the stages
//! share: common English words, speech verbs, titles, given names and the
//! words that end names of a type. Each
//! table is parsed once, by [`load_tables`] or on first use. Provenance
//! and licences: `data/README.md`.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::doc::EntityType;
use crate::span::Span;

/// The built-in gazetteer (`data/gazetteer.tsv`, DESIGN.md's format).
pub const GAZETTEER: &str = include_str!("../data/gazetteer.tsv");
const COMMON_WORDS: &str = include_str!("../data/common_words.txt");
const SPEECH_VERBS: &str = include_str!("../data/speech_verbs.tsv");
const TITLES: &str = include_str!("../data/titles.txt");
const GIVEN_NAMES: &str = include_str!("../data/given_names.tsv");
const NAME_HEADS: &str = include_str!("../data/name_heads.tsv");

/// Parses every table now rather than on first use.
///
/// [`crate::Pipeline`] calls this when it is built, so that the first
/// document does not pay for the tables inside its stages (the 26,000
/// given names alone take about 24M instructions, more than the resolver
/// spends on 2 MB of news) and the per-stage times measure the stages.
pub(crate) fn load_tables() {
    LazyLock::force(&COMMON_UNKEYED);
    LazyLock::force(&COMMON_KEYS);
    LazyLock::force(&SPEECH_SHAPES);
    LazyLock::force(&SPEECH_KEYS);
    LazyLock::force(&CUES);
    LazyLock::force(&GIVEN);
    // `title` and `name_head` keep their shape tests to themselves: one
    // lookup parses the table and its shapes.
    title("");
    name_head("");
}

/// Lines of a data file without comments and blanks.
///
/// Split by a byte loop, not `str::lines`: the lines are a dozen bytes, and
/// a `memchr` call per line cost more than the line (the 54,000 lines of
/// the given-name and common-word lists took 20M instructions that way).
/// The same lines: `trim_end` drops the `\r` of a `\r\n` ending.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (line, next) = match rest.bytes().position(|b| b == b'\n') {
            Some(end) => (&rest[..end], &rest[end + 1..]),
            None => (rest, ""),
        };
        rest = next;
        Some(line)
    })
    .map(str::trim_end)
    .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The tab-separated columns of a data line, split as `data_lines` splits
/// lines.
fn columns(line: &'static str) -> impl Iterator<Item = &'static str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b'\t') {
            Some(end) => {
                rest = Some(&r[end + 1..]);
                Some(&r[..end])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// A map sized for one entry per line of `text`: the tables are built
/// once, without regrowing.
fn map_for<K, V>(text: &str) -> HashMap<K, V> {
    let lines = memchr::memchr_iter(b'\n', text.as_bytes()).count();
    HashMap::with_capacity_and_hasher(lines, Default::default())
}

/// The common words that [`FoldedWord`] cannot key (longer than 16 bytes or
/// not ASCII): the rest are only in [`COMMON_KEYS`], so the whole list is
/// not held twice.
static COMMON_UNKEYED: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    data_lines(COMMON_WORDS)
        .filter(|w| FoldedWord::new(w).is_none())
        .collect()
});

/// True for a common English word, given in lower case (`may`, `young`).
pub fn is_common_word(lower: &str) -> bool {
    match FoldedWord::new(lower) {
        Some(w) => w.common() == Some(w.upper),
        // Only a listed word that cannot be keyed either can equal it.
        None => COMMON_UNKEYED.contains(lower),
    }
}

/// True for post-nominal letters that follow a name and are no part of it
/// (`Philippe Sands QC`, `Jane Smith MP`).
pub fn is_post_nominal(word: &str) -> bool {
    matches!(
        word,
        "QC" | "KC" | "MP" | "MEP" | "MSP" | "OBE" | "CBE" | "MBE" | "KBE"
    )
}

/// True for a common English word written in any case (`May`, `YOUNG`).
pub fn is_common_word_any(word: &str) -> bool {
    match FoldedWord::new(word) {
        // The word in lower case is listed exactly when the listed word
        // with its key has no upper-case letter.
        Some(w) => w.common() == Some(0),
        None => crate::token::with_lower(word, is_common_word),
    }
}

/// A noun for the kind of business a company is, written before its name
/// (`Carmaker Zentrix Motors`, `retailer Kestrel Stores`), in any case: no
/// part of the name.
pub fn is_company_kind(word: &str) -> bool {
    crate::token::with_lower(word, |l| {
        matches!(
            l,
            "company"
                | "firm"
                | "airline"
                | "carrier"
                | "retailer"
                | "lender"
                | "insurer"
                | "broadcaster"
                | "manufacturer"
                | "maker"
                | "carmaker"
                | "automaker"
                | "chipmaker"
                | "drugmaker"
                | "steelmaker"
                | "producer"
                | "supplier"
                | "conglomerate"
                | "consultancy"
                | "broker"
                | "brokerage"
                | "publisher"
                | "distributor"
                | "miner"
                | "refiner"
                | "exporter"
                | "importer"
                | "shipper"
                | "operator"
        )
    })
}

/// Word shapes (length, and first and last bytes folded to lower case) as
/// bits: a word whose shape is not among those of a set's words is not in
/// the set, in any case. A few instructions rule out most words before a
/// key is built and hashed.
pub(crate) struct Shapes {
    /// One word of bits per length and first byte, one bit per last byte
    /// ([`Shapes::row`], [`Shapes::column`]): a shape is tested with one
    /// load and one bit test.
    bits: Box<[u32; 1024]>,
}

impl Shapes {
    /// The shapes of `words` by their second and third bytes instead of
    /// their first and last, for [`Shapes::may_contain_shape`] with those
    /// bytes; words shorter than three bytes are left out.
    fn of_inner<'w>(words: impl IntoIterator<Item = &'w str>) -> Shapes {
        let mut bits = Box::new([0u32; 1024]);
        for w in words {
            if let [_, second, third, ..] = *w.as_bytes() {
                bits[Self::row(w.len(), second)] |= Self::column(third);
            }
        }
        Shapes { bits }
    }

    pub(crate) fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Shapes {
        let mut bits = Box::new([0u32; 1024]);
        for w in words {
            if let (Some(&first), Some(&last)) = (w.as_bytes().first(), w.as_bytes().last()) {
                bits[Self::row(w.len(), first)] |= Self::column(last);
            }
        }
        Shapes { bits }
    }

    /// Five bits each of the length and of the first byte with `| 0x20`,
    /// which folds only capitals onto letters (the stop-word keys fold the
    /// same way).
    #[inline]
    fn row(len: usize, first: u8) -> usize {
        (len & 0x1f) << 5 | usize::from((first | 0x20) & 0x1f)
    }

    /// The bit of the last byte, folded as [`Shapes::row`] folds the first.
    #[inline]
    fn column(last: u8) -> u32 {
        1 << ((last | 0x20) & 0x1f)
    }

    /// False only when no word of the set has the shape of `word`.
    #[inline]
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        self.may_contain_bytes(word.as_bytes())
    }

    /// [`Shapes::may_contain`] for a word as bytes.
    #[inline]
    pub(crate) fn may_contain_bytes(&self, word: &[u8]) -> bool {
        match (word.first(), word.last()) {
            (Some(&first), Some(&last)) => self.may_contain_shape(word.len(), first, last),
            _ => true,
        }
    }

    /// [`Shapes::may_contain`] for a word that is not empty, given by its
    /// length and its first and last bytes: no slice of the word is made
    /// (and checked) in the scan of a document for cues.
    #[inline]
    fn may_contain_shape(&self, len: usize, first: u8, last: u8) -> bool {
        self.bits[Self::row(len, first)] & Self::column(last) != 0
    }
}

/// A verb that reports speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpeechVerb {
    pub lemma: &'static str,
    /// The verb's object is the person spoken to (`told CNBC`).
    pub addressee_object: bool,
}

static SPEECH: LazyLock<HashMap<&'static str, SpeechVerb>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for line in data_lines(SPEECH_VERBS).skip(1) {
        let mut cols = columns(line);
        let (Some(lemma), Some(forms)) = (cols.next(), cols.next()) else {
            continue;
        };
        let verb = SpeechVerb {
            lemma,
            addressee_object: cols.next() == Some("yes"),
        };
        for form in forms.split('|') {
            map.insert(form, verb);
        }
    }
    map
});

/// The shapes of the speech-verb forms: asked of most words around a cue
/// (tens of thousands on 2 MB of news), nearly all of them no speech verb,
/// the test rules most out without hashing the word.
static SPEECH_SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(SPEECH.keys().copied()));

/// The speech verb an inflected form belongs to (`told` → tell), given in
/// lower case. Multi-word forms (`point out`) are keyed with one space.
pub fn speech_verb(lower: &str) -> Option<SpeechVerb> {
    if !SPEECH_SHAPES.may_contain(lower) {
        return None;
    }
    SPEECH.get(lower).copied()
}

/// The speech verb of a word in any case (`Said`, `SAYS`), without
/// allocating.
///
/// Asked of every word after many cues: a word already in lower case (most
/// of them) is looked up as it is, without a copy or a UTF-8 check.
pub fn speech_verb_any_case(word: &str) -> Option<SpeechVerb> {
    // A shape folds capitals as lower-casing does: the word and its lower
    // case have the same, tested before the copy.
    if word.len() > 24 || !SPEECH_SHAPES.may_contain(word) || !word.is_ascii() {
        return None;
    }
    // Up to 16 bytes (every form but a few phrases): the word's key is
    // its lower case, so it is looked up without a copy or a string hash.
    if let Some(w) = FoldedWord::new(word) {
        let &(len, verb) = SPEECH_KEYS.get(&w.key)?;
        return (len == w.len).then_some(verb);
    }
    let mut buf = [0u8; 32];
    // An ASCII word of up to 32 bytes always has an ASCII lower case.
    speech_verb(crate::token::ascii_lower(word, &mut buf)?)
}

/// The speech-verb forms that [`FoldedWord`] keys and that are their own
/// lower case (the only ones a lower-cased word can equal), by key, with
/// their length (keys are zero-padded).
static SPEECH_KEYS: LazyLock<HashMap<u128, (u8, SpeechVerb)>> = LazyLock::new(|| {
    SPEECH
        .iter()
        .filter_map(|(form, verb)| {
            let w = FoldedWord::new(form).filter(|w| w.upper == 0)?;
            Some((w.key, (w.len, *verb)))
        })
        .collect()
});

/// A cue found in text: a speech verb, or `according to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueHit {
    pub span: Span,
    /// `None` for `according to`.
    pub verb: Option<SpeechVerb>,
}

/// Every speech-verb form in lower case, Capitalised and UPPER case, and
/// `according to`: the cue patterns, looked up by the word they start with.
struct Cues {
    /// Every pattern, in priority order (a duplicate keeps its first verb).
    patterns: Vec<String>,
    verbs: Vec<Option<SpeechVerb>>,
    /// The patterns that start with each first word, by [`word_key`]:
    /// one number per word is hashed faster than its text, and one probe
    /// answers for the word and the phrases together.
    heads: HashMap<u128, Head>,
    /// The shapes of the words of `heads`: most words are ruled out here,
    /// before their key is built and hashed.
    head_shapes: Shapes,
    /// The shapes of the same words by their second and third bytes
    /// ([`Shapes::of_inner`]): of the words with a head's shape, half are
    /// no cue (`and` has the shape of `add`), and most of those are ruled
    /// out here. The first two bytes, tested before, ruled out a quarter.
    inner_shapes: Shapes,
    /// The first three bytes of the same words ([`Prefixes`]): tested
    /// before the shapes, as it needs no word end.
    prefixes: Prefixes,
}

/// The first three bytes of a set of words, each folded as [`Shapes::row`]
/// folds a byte, as bits: a word whose first three bytes are no word's
/// (four words of news in five) is none of the words, and is ruled out
/// before its end is found.
struct Prefixes {
    bits: Box<[u64; 512]>,
}

impl Prefixes {
    /// The prefixes of `words`; words shorter than three bytes are left out.
    fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Prefixes {
        let mut bits = Box::new([0u64; 512]);
        for w in words {
            if let [a, b, c, ..] = *w.as_bytes() {
                let k = Self::key(a, b, c);
                bits[k >> 6] |= 1 << (k & 63);
            }
        }
        Prefixes { bits }
    }

    #[inline]
    fn key(a: u8, b: u8, c: u8) -> usize {
        let fold = |x: u8| usize::from((x | 0x20) & 0x1f);
        fold(a) << 10 | fold(b) << 5 | fold(c)
    }

    /// False only when no word of the set starts with `bytes[i..i + 3]`,
    /// or fewer than three bytes are left.
    #[inline]
    fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        match bytes.get(i..i + 3) {
            Some(&[a, b, c]) => {
                let k = Self::key(a, b, c);
                self.bits[k >> 6] & 1 << (k & 63) != 0
            }
            _ => false,
        }
    }
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut verbs = Vec::new();
    // The patterns so far, as a set: a scan of the list per variant made
    // building the table cost as much as scanning a megabyte of news.
    let mut seen: HashSet<String> = HashSet::default();
    let mut add = |form: &str, verb: Option<SpeechVerb>| {
        let mut cap = form.to_string();
        if let Some(first) = cap.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        for variant in [form.to_string(), cap, form.to_ascii_uppercase()] {
            if seen.insert(variant.clone()) {
                patterns.push(variant);
                verbs.push(verb);
            }
        }
    };
    let mut forms: Vec<(&str, SpeechVerb)> = SPEECH.iter().map(|(f, v)| (*f, *v)).collect();
    forms.sort_unstable_by_key(|(f, _)| *f);
    for (form, verb) in forms {
        add(form, Some(verb));
    }
    add("according to", None);
    let mut heads: HashMap<u128, Head> = HashMap::default();
    let mut head_words: Vec<&str> = Vec::with_capacity(patterns.len());
    for (k, p) in patterns.iter().enumerate() {
        let bytes = p.as_bytes();
        let len = bytes
            .iter()
            .position(|&b| !is_word_byte(b))
            .unwrap_or(p.len());
        // Every form in data/speech_verbs.tsv starts with a word of at
        // most 13 bytes (`acknowledging`); the unit tests load this table.
        let key = word_key(bytes, 0, len).expect("a cue's first word has at most 16 bytes");
        // `find_cues` looks at no shorter word.
        assert!(len >= 3, "a cue's first word has at least 3 bytes: {p}");
        head_words.push(&p[..len]);
        let head = heads.entry(key).or_default();
        if len == p.len() {
            head.word.get_or_insert(k);
        } else {
            head.phrases.push(k);
        }
    }
    // `find_cues` looks for cues at word starts only.
    debug_assert!(patterns
        .iter()
        .all(|p| p.bytes().next().is_some_and(is_word_byte)));
    let head_shapes = Shapes::of(head_words.iter().copied());
    let inner_shapes = Shapes::of_inner(head_words.iter().copied());
    let prefixes = Prefixes::of(head_words.iter().copied());
    Cues {
        patterns,
        verbs,
        heads,
        head_shapes,
        inner_shapes,
        prefixes,
    }
});

/// The patterns whose first word is one word of text.
#[derive(Default)]
struct Head {
    /// The pattern that is this word alone (the first listed, if several).
    word: Option<usize>,
    /// The patterns of several words that start with it, in order.
    phrases: Vec<usize>,
}

/// The word `bytes[i..end]` (word bytes only) as a number: its bytes,
/// little-endian, padded with zeros. No word byte is zero, so two words
/// share a key only when they are equal. `None` for a word longer than
/// 16 bytes, which starts no cue.
#[inline]
fn word_key(bytes: &[u8], i: usize, end: usize) -> Option<u128> {
    let len = end - i;
    if len > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    match bytes.get(i..i + 16) {
        // One 16-byte load, then the bytes past the word masked off: a
        // copy of `len` bytes costs a call to memcpy.
        Some(chunk) => {
            buf.copy_from_slice(chunk);
            Some(u128::from_le_bytes(buf) & WORD_KEY_MASKS[len])
        }
        None => {
            buf[..len].copy_from_slice(&bytes[i..end]);
            Some(u128::from_le_bytes(buf))
        }
    }
}

/// The low `len` bytes of a `u128` set, for each `len` up to 16: a load
/// costs fewer instructions than a shift of 128 bits.
static WORD_KEY_MASKS: [u128; 17] = {
    let mut masks = [0u128; 17];
    let mut len = 1;
    while len <= 16 {
        masks[len] = u128::MAX >> (8 * (16 - len));
        len += 1;
    }
    masks
};

impl Cues {
    /// The end and index of the longest pattern that starts at `i`, the
    /// start of the word `text[i..end]`, as an anchored leftmost-longest
    /// search would find it, except that a pattern ending inside the word
    /// at `i` (`add` in `address`) is `None`: it is no cue either, and no
    /// word starts before that word ends.
    ///
    /// Why not an anchored automaton search per word start: most English
    /// words start with the first two bytes of some cue, and a hash lookup
    /// of the word costs a fraction of a search. A pattern of one word
    /// ends a word only where the text's word ends, so it must equal that
    /// word; a pattern of several words must start with the word and a
    /// byte that ends it, so its first word must equal the text's word too.
    fn longest_at(&self, text: &str, i: usize, end: usize) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        let head = self.heads.get(&word_key(bytes, i, end)?)?;
        let mut best = head.word.map(|k| (end, k));
        for &k in &head.phrases {
            let p = &self.patterns[k];
            let e = i + p.len();
            if best.is_none_or(|(b, _)| e > b) && bytes[i..].starts_with(p.as_bytes()) {
                best = Some((e, k));
            }
        }
        best
    }
}

/// Every cue in `text`, in order, on word boundaries: the longest cue
/// starting at each word start whose shapes a cue's first word has.
///
/// Words are skipped whole: every cue starts with a letter, so no cue
/// starts at a byte that is not a word start.
///
/// The text is read in blocks of 64 bytes, each classified at once
/// ([`word_bits`]): the word starts of a block are its set bits that
/// follow a clear one, and a word's end is the next clear bit, so the
/// scan steps from word to word with a few bit operations instead of a
/// test of every byte.
pub fn find_cues(text: &str) -> Vec<CueHit> {
    let cues = &*CUES;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // The next word to look at is the first that starts at or after this:
    // past a cue, the scan goes on after it.
    let mut from = 0;
    // Bit 0 set when the byte before the block is a word byte.
    let mut carry = 0;
    let mut base = 0;
    while base < bytes.len() {
        let bits = block_bits(bytes, base);
        // Only words of three bytes or more: every cue's first word has
        // that many (`add`, `say`; checked as `CUES` is built), and it
        // equals a word of the text (see `Cues::longest_at`). A word that
        // starts in the block's last two bytes may go on in the next
        // block, and is kept. Shorter words (`a`, `of`, `to`, the letters
        // of `U.S.`) are a quarter of a text's words, each cheaper to drop
        // here than in the loop below.
        let long = bits >> 1 & bits >> 2 | 0b11 << 62;
        let mut starts = bits & !(bits << 1 | carry) & long;
        carry = bits >> 63;
        if from > base {
            starts &= u64::MAX.checked_shl((from - base) as u32).unwrap_or(0);
        }
        while starts != 0 {
            let s = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let i = base + s;
            // No head is shorter than three bytes, so a word shorter than
            // that is ruled out here too.
            if !cues.prefixes.may_start(bytes, i) {
                continue;
            }
            // Bits past the end of the text are clear: a word that ends
            // there ends at the first of them, the end of the text.
            let rest = !bits >> s;
            let end = if rest == 0 {
                word_end(bytes, base + 64)
            } else {
                i + rest.trailing_zeros() as usize
            };
            // The shape of the word by its first and last bytes, then (no
            // head has fewer than three bytes, so a word with a head's shape
            // has a second and a third) by its second and third.
            let (first, last) = (bytes[i], bytes[end - 1]);
            if !(cues.head_shapes.may_contain_shape(end - i, first, last)
                && cues
                    .inner_shapes
                    .may_contain_shape(end - i, bytes[i + 1], bytes[i + 2]))
            {
                continue;
            }
            let Some((e, k)) = cues.longest_at(text, i, end) else {
                continue;
            };
            // A phrase (`according to`) may end inside a word: it is no
            // cue then, and the scan goes on after that word.
            // `easier said than done` reports nothing.
            let idiom = &bytes[i..e] == b"said" && bytes[e..].starts_with(b" than ");
            if (e == bytes.len() || !is_word_byte(bytes[e])) && !idiom {
                out.push(CueHit {
                    span: Span::new(i, e),
                    verb: cues.verbs[k],
                });
            }
            from = e;
            starts &= u64::MAX.checked_shl((e - base) as u32).unwrap_or(0);
        }
        base += 64;
    }
    out
}

/// The end of the run of word bytes that `bytes[i]` is in (`i` when it
/// is no word byte), for a word longer than the rest of its block.
fn word_end(bytes: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < bytes.len() && is_word_byte(bytes[j]) {
        j += 1;
    }
    j
}

/// The word-byte bits of `bytes[base..base + 64]` ([`word_bits`]), with
/// the bytes past the end taken as zero, no word byte.
#[inline(always)]
fn block_bits(bytes: &[u8], base: usize) -> u64 {
    crate::token::with_block(bytes, base, word_bits)
}

/// Bit `k` set when `block[k]` is a word byte: the bytes tested as
/// comparisons joined with `|` ([`is_word_byte`] without its table, which
/// does not vectorize), then gathered ([`crate::token::gather_flag_bits`]). One
/// loop that shifts each flag into place was not vectorized, and cost
/// more than the byte-at-a-time scan.
#[inline(always)]
fn word_bits(block: &[u8; 64]) -> u64 {
    let mut flags = [0u8; 64];
    for (flag, &b) in flags.iter_mut().zip(block) {
        let word = (b >= 0x80)
            | ((b | 0x20).wrapping_sub(b'a') < 26)
            | (b.wrapping_sub(b'0') < 10)
            | (b == b'_')
            | (b == b'-');
        *flag = u8::from(word);
    }
    crate::token::gather_flag_bits(&flags, 0)
}

/// A byte that continues a word (letters, digits, `_`, and any non-ASCII
/// byte, so a cue never matches inside `Saïd` or `sayıng`).
fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// [`is_word_byte`] as a table: one load per byte in the scan of a whole
/// document for cues.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 || c == b'-';
        b += 1;
    }
    table
};

/// A gender implied by a title or a given name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

static TITLE_TABLE: LazyLock<HashMap<&'static str, Option<Gender>>> = LazyLock::new(|| {
    data_lines(TITLES)
        .map(|l| {
            let mut cols = columns(l);
            let title = cols.next().unwrap_or_default();
            let gender = match cols.next() {
                Some("m") => Some(Gender::Male),
                Some("f") => Some(Gender::Female),
                _ => None,
            };
            (title, gender)
        })
        .collect()
});

/// The longest title (in words) in the table.
pub const MAX_TITLE_WORDS: usize = 3;

/// If `words` (as written, without a final `.`) is a title, the gender it
/// implies, if any: `Some(None)` for a title without gender.
///
/// Asked of nearly every capitalised word (a name chunk's words, the words
/// before a name): the shape test rules out most of them without hashing
/// the string.
pub fn title(words: &str) -> Option<Option<Gender>> {
    static SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(TITLE_TABLE.keys().copied()));
    if !SHAPES.may_contain(words) {
        return None;
    }
    TITLE_TABLE.get(words).copied()
}

static HEADS: LazyLock<HashMap<&'static str, EntityType>> = LazyLock::new(|| {
    data_lines(NAME_HEADS)
        .filter_map(|l| {
            let (word, kind) = l.split_once('\t')?;
            Some((word, EntityType::parse(kind)?))
        })
        .collect()
});

/// The type of the names that `word` ends (`Inc` → ORG, `Cup` → EVENT,
/// `River` → LOC), as written; a final `.` is ignored (`Inc.`).
pub fn name_head(word: &str) -> Option<EntityType> {
    static SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(HEADS.keys().copied()));
    let word = word.strip_suffix('.').unwrap_or(word);
    if !SHAPES.may_contain(word) {
        return None;
    }
    HEADS.get(word).copied()
}

/// Given names: the share of women who bear each, and how many people do.
static GIVEN: LazyLock<HashMap<&'static str, (f32, u32)>> = LazyLock::new(|| {
    let mut map = map_for(GIVEN_NAMES);
    map.extend(data_lines(GIVEN_NAMES).skip(1).filter_map(|l| {
        let mut cols = columns(l);
        let name = cols.next()?;
        let p_female = cols.next()?.parse().ok()?;
        let count = cols.next().and_then(|c| c.parse().ok()).unwrap_or(0);
        Some((name, (p_female, count)))
    }));
    map
});

/// A month's name, capitalised (`May`, `April` are given names too).
pub fn is_month(word: &str) -> bool {
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// A given name borne by so many people (100,000 in the list's counts)
/// that, capitalised before a name word, it is one even when it is an
/// English word too (`Roger`, `Bill`, `Mark`; not `West`, `Lake`).
pub fn is_common_given_name(name: &str) -> bool {
    GIVEN.get(name).is_some_and(|&(_, count)| count >= 100_000)
}

/// Words of geography that are given names too and open a place's name
/// (`Lake Superior`, `Mount Kenya`, `Cape Town`): no person's.
pub fn is_place_opener(word: &str) -> bool {
    matches!(
        word,
        "Lake" | "Mount" | "Cape" | "Fort" | "Port" | "Isle" | "Bay"
    )
}

/// Particles inside Arabic and Hebrew names, capitalised as written in
/// news (`Bin`, `Al`, `Abu`): `Sulman Bin Khalifa Al Khalifa` is one name.
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "Bin" | "Ibn" | "Al" | "El" | "Abu" | "Abd" | "Abdul" | "Ben" | "Bint"
    )
}

/// If `name` is a common given name, the gender it usually has (`None` when
/// it is used for both).
///
/// No shape test here: the capitalised words asked about mostly have the
/// shape of some given name, so it saved nothing.
pub fn given_name(name: &str) -> Option<Option<Gender>> {
    GIVEN
        .get(name)
        .map(|&(p_female, _)| gender_of_given(p_female))
}

/// True for a given name that so few people bear in the list's counts
/// (under 1,000) that the gender it gives is weak evidence: the list is
/// American, and `Yuli`, 268 women there, is a man's name in Russian.
pub fn is_rare_given_name(name: &str) -> bool {
    GIVEN.get(name).is_some_and(|&(_, count)| count < 1000)
}

/// The gender a given name usually has, from the share of women who bear
/// it (`None` when it is used for both).
fn gender_of_given(p_female: f32) -> Option<Gender> {
    if p_female >= 0.9 {
        Some(Gender::Female)
    } else if p_female <= 0.1 {
        Some(Gender::Male)
    } else {
        None
    }
}

/// An ASCII word of up to 16 bytes in lower case, as a number, with which
/// of its bytes were upper case: together they give the word back exactly.
#[derive(Clone, Copy, Debug)]
struct FoldedWord {
    key: u128,
    /// Bit `i` set when byte `i` is an upper-case letter.
    upper: u16,
    len: u8,
}

impl FoldedWord {
    /// `None` for a longer or non-ASCII word: those are asked of the
    /// tables keyed by string (Unicode lower-casing can turn a non-ASCII
    /// word into an ASCII one: `\u{212A}ey`, with a Kelvin sign, is `key`).
    ///
    /// All 16 bytes at once (SWAR): a loop over the bytes cost more than
    /// the string hashes it saves.
    #[inline]
    fn new(word: &str) -> Option<FoldedWord> {
        const ONES: u128 = u128::MAX / 0xFF;
        const HIGH: u128 = ONES * 0x80;
        let bytes = word.as_bytes();
        let mut buf = [0u8; 16];
        buf.get_mut(..bytes.len())?.copy_from_slice(bytes);
        let raw = u128::from_le_bytes(buf);
        if raw & HIGH != 0 {
            return None;
        }
        // Bit 7 of a byte is set for `A..=Z`: at least `A` (0x41 + 0x3F)
        // and below `[` (0x5B + 0x25). Every byte is below 0x80, so no sum
        // carries into the next byte.
        let upper_bits = raw.wrapping_add(ONES * 0x3F) & !raw.wrapping_add(ONES * 0x25) & HIGH;
        Some(FoldedWord {
            key: raw | (upper_bits >> 2),
            upper: gather_high_bits(upper_bits),
            // At most 16: `get_mut` above.
            len: bytes.len() as u8,
        })
    }

    /// The upper-case mask of the common word that is this word in lower
    /// case, if there is one.
    #[inline]
    fn common(&self) -> Option<u16> {
        let &(len, upper) = COMMON_KEYS.get(&self.key)?;
        (len == self.len).then_some(upper)
    }
}

/// Bit 7 of byte `i` of `bits` (the only bits set) as bit `i` of the
/// result: the multiplication moves each to the top byte, in order.
#[inline]
fn gather_high_bits(bits: u128) -> u16 {
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let half = |x: u64| ((x >> 7).wrapping_mul(GATHER) >> 56) as u16;
    half(bits as u64) | (half((bits >> 64) as u64) << 8)
}

/// Every common word that [`FoldedWord`] can key, by its key: the length
/// (keys are zero-padded, so `may` and `may\0` share one) and upper-case
/// mask (0 with the built-in list, which is lower case) that give back
/// the word as listed.
static COMMON_KEYS: LazyLock<HashMap<u128, (u8, u16)>> = LazyLock::new(|| {
    let mut map = map_for(COMMON_WORDS);
    map.extend(
        data_lines(COMMON_WORDS)
            .filter_map(FoldedWord::new)
            .map(|w| (w.key, (w.len, w.upper))),
    );
    map
});

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
    use proptest::prelude::*;

    // The attributor reads a cue's verb instead of looking its words up.
    #[test]
    fn a_cue_has_the_verb_of_its_form_in_any_case() {
        for (pattern, verb) in CUES.patterns.iter().zip(&CUES.verbs) {
            if verb.is_some() {
                assert_eq!(speech_verb_any_case(pattern), *verb, "{pattern}");
            }
        }
    }

    #[test]
    fn every_name_head_has_a_known_type() {
        assert_eq!(HEADS.len(), data_lines(NAME_HEADS).count());
        assert_eq!(name_head("Inc."), Some(EntityType::Org));
        assert_eq!(name_head("Cup"), Some(EntityType::Event));
        assert_eq!(name_head("River"), Some(EntityType::Loc));
        assert_eq!(name_head("cup"), None);
    }

    /// `find_cues` as it was first written: an anchored leftmost-longest
    /// automaton search at every word start.
    fn find_cues_naive(text: &str) -> Vec<CueHit> {
        let cues = &*CUES;
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .start_kind(StartKind::Anchored)
            .build(&cues.patterns)
            .unwrap();
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if i > 0 && is_word_byte(bytes[i - 1]) {
                i += 1;
                continue;
            }
            let input = Input::new(text).span(i..text.len()).anchored(Anchored::Yes);
            match ac.try_find(input) {
                Ok(Some(m)) => {
                    let e = m.end();
                    if e == bytes.len() || !is_word_byte(bytes[e]) {
                        out.push(CueHit {
                            span: Span::new(i, e),
                            verb: cues.verbs[m.pattern().as_usize()],
                        });
                    }
                    i = e.max(i + 1);
                }
                _ => i += 1,
            }
        }
        out
    }

    proptest! {
        #[test]
        fn cues_equal_an_automaton_search(parts in proptest::collection::vec(
            proptest::sample::select(&[
                "said", "Said", "SAID", "says", "add", "address", "according", "According",
                "ACCORDING", "to", "TO", "toward", "told", "tell", "un", "x", "é", "1",
                "acknowledging", "ACKNOWLEDGED", "reiterated",
                " ", ",", "-", "_", ".", "\n", "\u{2019}",
                // Longer than a block of the scan, or nearly.
                "wordswordswordswordswordswordswordswordswordswordswordsword",
            ][..]),
            0..60,
        )) {
            let text: String = parts.concat();
            prop_assert_eq!(find_cues(&text), find_cues_naive(&text), "{:?}", text);
        }
    }

    /// Every speech-verb form and its Capitalised and UPPER variants, the
    /// words `find_cues` looks up, pass the shape test.
    #[test]
    fn cue_shapes_rule_out_no_cue() {
        let cues = &*CUES;
        for p in &cues.patterns {
            let len = p.bytes().position(|b| !is_word_byte(b)).unwrap_or(p.len());
            assert!(cues.head_shapes.may_contain(&p[..len]), "{p}");
            let b = p.as_bytes();
            assert!(cues.inner_shapes.may_contain_shape(len, b[1], b[2]), "{p}");
        }
    }

    proptest! {
        #[test]
        fn shapes_keep_their_words(words in proptest::collection::vec("[a-zA-Z\u{e9}-]{0,20}", 0..8)) {
            let shapes = Shapes::of(words.iter().map(String::as_str));
            for w in &words {
                prop_assert!(shapes.may_contain(w), "{:?}", w);
            }
        }
    }

    proptest! {
        #[test]
        fn word_key_is_the_padded_word(text in "[a-z\u{e9} ]{0,40}", i in 0usize..40) {
            let bytes = text.as_bytes();
            let i = i.min(bytes.len());
            let end = i + bytes[i..].iter().take_while(|&&b| b != b' ').count();
            let mut want = [0u8; 16];
            let key = word_key(bytes, i, end);
            if end - i <= 16 {
                want[..end - i].copy_from_slice(&bytes[i..end]);
                prop_assert_eq!(key, Some(u128::from_le_bytes(want)));
            } else {
                prop_assert_eq!(key, None);
            }
        }
    }

    proptest! {
        #[test]
        fn word_end_as_by_position(text in "[a-zA-Z0-9 _.,\\-\u{e9}]{1,30}", i in 0usize..30) {
            let bytes = text.as_bytes();
            let i = i.min(bytes.len() - 1);
            let want = bytes[i..]
                .iter()
                .position(|&b| !is_word_byte(b))
                .map_or(bytes.len(), |n| i + n);
            prop_assert_eq!(word_end(bytes, i), want);
        }
    }

    #[test]
    fn word_bits_agree_with_the_table() {
        for b in 0..=255u8 {
            let mut block = [b'.'; 64];
            block[b as usize % 64] = b;
            let bit = word_bits(&block) >> (b as usize % 64) & 1;
            assert_eq!(bit == 1, is_word_byte(b), "{b:#x}");
        }
    }

    /// [`speech_verb_any_case`] as first written: every word copied and
    /// lowered.
    fn speech_verb_any_case_by_copy(word: &str) -> Option<SpeechVerb> {
        let mut buf = [0u8; 24];
        let bytes = word.as_bytes();
        if bytes.len() > buf.len() || !word.is_ascii() {
            return None;
        }
        buf[..bytes.len()].copy_from_slice(bytes);
        buf[..bytes.len()].make_ascii_lowercase();
        SPEECH
            .get(std::str::from_utf8(&buf[..bytes.len()]).ok()?)
            .copied()
    }

    /// Every key of the speech-verb and name-head tables (and the given
    /// names, none of which they hold), as
    /// listed, in lower case, UPPER case and Capitalised, with a period
    /// added and a byte dropped: the shape tests answer as the tables do.
    #[test]
    fn shape_tested_lookups_answer_as_the_tables() {
        let keys = SPEECH.keys().chain(GIVEN.keys()).chain(HEADS.keys());
        for key in keys {
            let mut capitalised = key.to_lowercase();
            if let Some(first) = capitalised.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            let variants = [
                key.to_string(),
                key.to_lowercase(),
                key.to_uppercase(),
                capitalised,
                format!("{key}."),
                // Keys are zero-padded: a NUL byte must not pass for one.
                format!("{key}\0"),
                key[..key.len() - key.chars().last().map_or(0, char::len_utf8)].to_string(),
            ];
            for w in &variants {
                assert_eq!(speech_verb(w), SPEECH.get(w.as_str()).copied(), "{w:?}");
                assert_eq!(
                    speech_verb_any_case(w),
                    speech_verb_any_case_by_copy(w),
                    "{w:?}"
                );
                assert_eq!(
                    given_name(w),
                    GIVEN.get(w.as_str()).map(|&(p, _)| gender_of_given(p)),
                    "{w:?}"
                );
                let stripped = w.strip_suffix('.').unwrap_or(w);
                assert_eq!(name_head(w), HEADS.get(stripped).copied(), "{w:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn speech_verb_any_case_as_by_copy(
            form in proptest::sample::select(&["said", "says", "told", "point out", "x", ""][..]),
            case in 0u8..4,
            extra in "[a-zA-Z \u{e9}\u{212a}]{0,30}",
        ) {
            let mut word = match case {
                0 => form.to_string(),
                1 => form.to_ascii_uppercase(),
                2 => form.replacen('s', "S", 1),
                _ => format!("{form}{extra}"),
            };
            prop_assert_eq!(speech_verb_any_case(&word), speech_verb_any_case_by_copy(&word));
            word = extra.clone();
            prop_assert_eq!(speech_verb_any_case(&word), speech_verb_any_case_by_copy(&word));
        }
    }

    #[test]
    fn cues_in_text() {
        let text = "He said, according to Reuters, that she told X. Saying-so SAYS unsaid Said";
        let got: Vec<(&str, Option<&str>)> = find_cues(text)
            .iter()
            .map(|c| (c.span.as_str(text), c.verb.map(|v| v.lemma)))
            .collect();
        assert_eq!(
            got,
            [
                ("said", Some("say")),
                ("according to", None),
                ("told", Some("tell")),
                ("SAYS", Some("say")),
                ("Said", Some("say")),
            ]
        );
    }

    /// The whole list of common words, as the lexicon held it before
    /// [`COMMON_KEYS`].
    static COMMON: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| data_lines(COMMON_WORDS).collect());

    /// The lookups as they were before [`COMMON_KEYS`]: one string-keyed table
    /// each, the word lower-cased by [`crate::token::with_lower`].
    fn old_lookups(word: &str) -> (bool, bool, Option<Option<Gender>>, Option<Option<Gender>>) {
        (
            COMMON.contains(word),
            crate::token::with_lower(word, |l| COMMON.contains(l)),
            TITLE_TABLE.get(word).copied(),
            GIVEN.get(word).map(|&(p, _)| gender_of_given(p)),
        )
    }

    fn new_lookups(word: &str) -> (bool, bool, Option<Option<Gender>>, Option<Option<Gender>>) {
        (
            is_common_word(word),
            is_common_word_any(word),
            title(word),
            given_name(word),
        )
    }

    /// Every listed word as listed, in lower case, UPPER case and
    /// Capitalised, with a byte added or dropped.
    fn listed_word_variants() -> Vec<String> {
        let listed = COMMON.iter().chain(TITLE_TABLE.keys()).chain(GIVEN.keys());
        let mut out = Vec::new();
        for w in listed {
            let mut cap = w.to_lowercase();
            if let Some(first) = cap.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            out.extend([
                w.to_string(),
                w.to_lowercase(),
                w.to_uppercase(),
                cap,
                format!("{w}s"),
                format!("{w}\0"),
                w[..w.len() - 1].to_string(),
            ]);
        }
        out
    }

    #[test]
    fn folded_words_keep_case_and_bytes() {
        for w in [
            "",
            "a",
            "Mr",
            "MR",
            "Secretary-Gener",
            "@[`{Az0\0",
            "ABCDEFGHIJKLMNOP",
        ] {
            let f = FoldedWord::new(w).unwrap();
            let lower = w.to_ascii_lowercase();
            let mut key = [0u8; 16];
            key[..w.len()].copy_from_slice(lower.as_bytes());
            assert_eq!(f.key, u128::from_le_bytes(key), "{w:?}");
            let upper = w
                .bytes()
                .enumerate()
                .filter(|(_, b)| b.is_ascii_uppercase());
            assert_eq!(f.upper, upper.fold(0, |m, (i, _)| m | 1 << i), "{w:?}");
            assert_eq!(usize::from(f.len), w.len());
        }
        assert!(FoldedWord::new("ABCDEFGHIJKLMNOPQ").is_none());
        assert!(FoldedWord::new("Sa\u{ef}d").is_none());
    }

    #[test]
    fn word_table_answers_as_the_string_tables() {
        for w in listed_word_variants() {
            assert_eq!(new_lookups(&w), old_lookups(&w), "{w:?}");
        }
    }

    /// Ad hoc: the same check on every word of a file, such as a news
    /// dump: `NEWSGRAPH_WORDS_FILE=/tmp/small.jsonl cargo test --release
    /// word_table_answers_on_a_file -- --ignored`.
    #[test]
    #[ignore]
    fn word_table_answers_on_a_file() {
        let path = std::env::var("NEWSGRAPH_WORDS_FILE").expect("NEWSGRAPH_WORDS_FILE is set");
        let text = std::fs::read_to_string(path).unwrap();
        let mut seen = std::collections::HashSet::new();
        for w in crate::token::words(&text, Span::new(0, text.len())) {
            let w = w.as_str(&text);
            if seen.insert(w) {
                assert_eq!(new_lookups(w), old_lookups(w), "{w:?}");
            }
        }
        assert!(seen.len() > 1000, "{} words", seen.len());
    }

    proptest! {
        #[test]
        fn word_table_answers_as_the_string_tables_at_random(
            w in "[A-Za-z' .\\-@`\\[{\0\r\u{e9}\u{c9}\u{212a}]{0,20}",
        ) {
            prop_assert_eq!(new_lookups(&w), old_lookups(&w), "{:?}", w);
        }

        #[test]
        fn word_table_answers_on_listed_words_with_noise(
            k in 0usize..100_000,
            at in 0usize..20,
            c in proptest::sample::select(&['a', 'Z', '\'', ' ', '-', '@', '`', '\0', '\u{e9}', '\u{212a}'][..]),
        ) {
            let words = &*LISTED;
            let mut w = words[k % words.len()].clone();
            let mut at = at.min(w.len());
            while !w.is_char_boundary(at) {
                at -= 1;
            }
            w.insert(at, c);
            prop_assert_eq!(new_lookups(&w), old_lookups(&w), "{:?}", w);
        }
    }

    static LISTED: LazyLock<Vec<String>> = LazyLock::new(listed_word_variants);

    #[test]
    fn lexicons_load() {
        assert!(is_common_word("may") && is_common_word("the"));
        assert!(!is_common_word("stoltenberg"));
        assert_eq!(
            speech_verb("told").map(|v| (v.lemma, v.addressee_object)),
            Some(("tell", true))
        );
        assert_eq!(speech_verb("said").map(|v| v.lemma), Some("say"));
        assert_eq!(speech_verb("table"), None);
        assert_eq!(speech_verb_any_case("SAID").map(|v| v.lemma), Some("say"));
        assert_eq!(speech_verb_any_case("Told").map(|v| v.lemma), Some("tell"));
        assert_eq!(title("Mr"), Some(Some(Gender::Male)));
        assert_eq!(title("Secretary General"), Some(None));
        assert_eq!(given_name("Jens"), Some(Some(Gender::Male)));
        assert_eq!(given_name("Mary"), Some(Some(Gender::Female)));
        assert_eq!(given_name("Xyzzy"), None);
    }
}
