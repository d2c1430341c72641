//! Paragraph and sentence segmentation for English news text.
//!
//! Owns: [`paragraphs`], [`sentences`] and [`sentences_in`], the rule-based splitter the
//! pipeline runs first. Reads: a document's text and the built-in word lists in
//! `data/abbreviations.txt` (parsed once). Writes: nothing; the pipeline stores the
//! returned spans in `Document::sentences`.
//!
//! # How it decides
//!
//! Paragraphs end at blank lines and before a line that starts with a bullet or list
//! marker. Inside a paragraph, a line break ends a sentence only when the line looks like
//! a headline or byline (no final punctuation, short or title-cased). Then the scanner
//! jumps from one candidate byte (`.`, `?`, `!`, `…`) to the next with `memchr` and decides
//! each one from a few bytes and words around it:
//!
//! - what closes the sentence: a period, a `?`/`!` run, an ellipsis (three dots or `…`
//!   are a pause, four are a period plus an ellipsis), followed by closing quotes and
//!   brackets, which stay with the sentence they close;
//! - the token before a period: an abbreviation class from the word lists (titles never
//!   end a sentence, `Inc.`/`U.S.` only before a typical sentence opener, `a.m.` before any
//!   capitalised word but a day or zone, `No.`/`Jan.` never before a number), an initial
//!   (`W.`, `J.K.`), or an ordinary word;
//! - the word after: capitalised, a digit, lower case (`iPhone` counts as capitalised),
//!   and whether it is a sentence opener (`The`, `It`, `How`) or a speech verb after a
//!   quotation (`"Who knows?" Johnson said.` is one sentence).
//!
//! No regex and no allocation happens on the hot path; the only allocation is the output
//! `Vec`. All offsets are byte offsets on `char` boundaries.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use memchr::{memchr, memchr3, memchr3_iter, memmem};

use crate::lexicon::Shapes;
use crate::span::Span;

/// Paragraph spans: split on blank lines (lines containing only whitespace); a line that
/// starts with a bullet or list marker (`- `, `* `, `• `, `1. `, `a) `, ...) also starts a
/// new paragraph. Spans are trimmed of surrounding whitespace and never empty.
///
/// # Example
/// ```
/// # use newsgraph::segment::paragraphs;
/// let text = "Headline\n\nBody one.\n• Point";
/// let got: Vec<&str> = paragraphs(text).iter().map(|s| s.as_str(text)).collect();
/// assert_eq!(got, ["Headline", "Body one.", "• Point"]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Span> {
    Paragraphs::new(text).collect()
}

/// Sentence spans over the whole text. A sentence never crosses a paragraph boundary.
/// Spans are trimmed, never empty, ordered, non-overlapping, on `char` boundaries, and
/// together cover every non-whitespace byte of `text`.
///
/// # Example
/// ```
/// # use newsgraph::segment::sentences;
/// let text = "Sen. Warren, D-Mass., spoke. \"Who knows?\" Johnson said.";
/// let got: Vec<&str> = sentences(text).iter().map(|s| s.as_str(text)).collect();
/// assert_eq!(got, ["Sen. Warren, D-Mass., spoke.", "\"Who knows?\" Johnson said."]);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    // News sentences average well over 100 bytes; this avoids most regrowth.
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    for para in Paragraphs::new(text) {
        sentences_in(text, para, &mut out);
    }
    out
}

/// Appends the sentences of one paragraph span `para` of `text` to `out`.
///
/// `para` should come from [`paragraphs`]; any span on char boundaries works, and the
/// sentences then cover its non-whitespace bytes.
pub fn sentences_in(text: &str, para: Span, out: &mut Vec<Span>) {
    let lex = &*LEXICON;
    let bytes = text.as_bytes();
    let mut block_start = para.start;
    let mut line_start = para.start;
    while let Some(off) = memchr(b'\n', &bytes[line_start..para.end]) {
        let nl = line_start + off;
        if is_hard_break(text, lex, line_start, nl, para.end) {
            Scanner::new(text, lex, Span::new(block_start, nl), out).run();
            block_start = nl + 1;
        }
        line_start = nl + 1;
    }
    Scanner::new(text, lex, Span::new(block_start, para.end), out).run();
}

// ---------------------------------------------------------------------------------------
// Word lists

/// The segmenter's word lists, one line per `word<TAB>class`; see the file's header.
const WORD_LISTS: &str = include_str!("../data/abbreviations.txt");

const TITLE: u16 = 1 << 0;
const INNER: u16 = 1 << 1;
const END: u16 = 1 << 2;
const TIME: u16 = 1 << 3;
const MONTH: u16 = 1 << 4;
const NUMBER: u16 = 1 << 5;
const STATE: u16 = 1 << 6;
const STARTER: u16 = 1 << 7;
const SPEECH: u16 = 1 << 8;
const PREP: u16 = 1 << 9;
const WHEN: u16 = 1 << 10;

/// Longest word the lexicon holds; longer tokens skip the lookup.
const MAX_WORD: usize = 24;

/// FNV-1a: the keys are a few bytes long, where SipHash's setup dominates.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Word -> class bits, keyed by the ASCII-lowercased word without its final period.
struct Lexicon {
    words: HashMap<Box<str>, u16, BuildHasherDefault<Fnv>>,
    /// The shapes of the keys of `words`: most words asked about (the one
    /// before each period) are ruled out by a few instructions, before a
    /// key is built and hashed.
    shapes: Shapes,
}

/// Parses the abbreviation lists now rather than on first use (see
/// [`crate::lexicon::load_tables`]).
pub(crate) fn load_tables() {
    LazyLock::force(&LEXICON);
    LazyLock::force(&ELLIPSIS);
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    // The lists are compiled in; the `word_lists_parse` test proves this cannot fail.
    Lexicon::parse(WORD_LISTS).expect("built-in data/abbreviations.txt is valid")
});

impl Lexicon {
    fn parse(src: &str) -> Result<Lexicon, String> {
        let mut words: HashMap<Box<str>, u16, BuildHasherDefault<Fnv>> = HashMap::default();
        for (n, line) in src.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((word, class)) = line.split_once('\t') else {
                return Err(format!("line {}: expected word<TAB>class", n + 1));
            };
            let bit = match class.trim() {
                "title" => TITLE,
                "inner" => INNER,
                "end" => END,
                "time" => TIME,
                "month" => MONTH,
                "number" => NUMBER,
                "state" => STATE,
                "starter" => STARTER,
                "speech" => SPEECH,
                "prep" => PREP,
                "when" => WHEN,
                other => return Err(format!("line {}: unknown class `{other}`", n + 1)),
            };
            let word = word.trim();
            let word = word.strip_suffix('.').unwrap_or(word);
            if word.is_empty() || word.len() > MAX_WORD {
                return Err(format!("line {}: bad word `{word}`", n + 1));
            }
            *words.entry(word.to_ascii_lowercase().into()).or_default() |= bit;
        }
        let shapes = Shapes::of(words.keys().map(|w| &**w));
        Ok(Lexicon { words, shapes })
    }

    /// Class bits of `word` (ASCII case-insensitive), 0 when unknown.
    fn flags(&self, word: &str) -> u16 {
        let b = word.as_bytes();
        if b.is_empty() || b.len() > MAX_WORD || !self.shapes.may_contain_bytes(b) {
            return 0;
        }
        let mut buf = [0u8; MAX_WORD];
        let key = &mut buf[..b.len()];
        key.copy_from_slice(b);
        key.make_ascii_lowercase();
        // ASCII lowercasing keeps UTF-8 valid, so this never fails.
        let Ok(key) = std::str::from_utf8(key) else {
            return 0;
        };
        let mut flags = self.words.get(key).copied().unwrap_or(0);
        if flags & STATE != 0 && !b[0].is_ascii_uppercase() {
            flags &= !STATE;
        }
        flags
    }
}

// ---------------------------------------------------------------------------------------
// Paragraphs

/// Iterator behind [`paragraphs`]: walks lines with `memchr`.
struct Paragraphs<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Paragraphs<'t> {
    fn new(text: &'t str) -> Paragraphs<'t> {
        Paragraphs { text, pos: 0 }
    }

    /// End of the line starting at `start` (the index of its `\n`, or the text's end).
    fn line_end(&self, start: usize) -> usize {
        memchr(b'\n', &self.text.as_bytes()[start..]).map_or(self.text.len(), |o| start + o)
    }
}

impl Iterator for Paragraphs<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let text = self.text;
        // Skip blank lines to the paragraph's first line.
        // The first line's end is found once, not again for the loop below.
        let (start, mut end) = loop {
            if self.pos >= text.len() {
                return None;
            }
            let end = self.line_end(self.pos);
            if !text[self.pos..end].trim().is_empty() {
                break (self.pos, end);
            }
            self.pos = end + 1;
        };
        loop {
            let next = end + 1;
            if next >= text.len() {
                break;
            }
            let next_end = self.line_end(next);
            let line = &text[next..next_end];
            let body = line.trim_start();
            if body.is_empty() || parse_marker(text, next_end - body.len(), next_end).is_some() {
                break;
            }
            end = next_end;
        }
        self.pos = end + 1;
        Some(trim(text, start, end))
    }
}

/// A bullet or list marker at the start of a paragraph or sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    /// Byte after the marker (and the spaces after a bullet).
    end: usize,
    /// The bullet (`•`, `⁃`, `-`, `*`, ...), which may also repeat inline.
    bullet: Option<char>,
    /// An ordinal such as `1.`, `2.)`, `3)` or `a.`.
    ordinal: Option<Ordinal>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Ordinal {
    /// The number, or the letter's byte for alphabetical lists.
    value: u32,
    letter: bool,
    /// What follows the number: `.`, `.)` or `)`.
    style: &'static str,
}

const BULLETS: &[char] = &['•', '⁃', '◦', '▪', '‣', '●', '■'];

/// Parses a list marker at `p` (the first non-space byte of a line or sentence).
fn parse_marker(text: &str, p: usize, end: usize) -> Option<Marker> {
    let b = text.as_bytes();
    let mut q = p;
    let mut bullet = None;
    let first = text[p..end].chars().next()?;
    // Most lines and sentences open with a capital: no bullet (non-ASCII,
    // `-` or `*`) and no ordinal (a digit, `(` or a small letter, maybe
    // after spaces) can start there.
    if first.is_ascii() && !matches!(first, '-' | '*' | ' ' | '\t' | '(' | '0'..='9' | 'a'..='z') {
        return None;
    }
    if BULLETS.contains(&first) {
        bullet = Some(first);
        q += first.len_utf8();
    } else if (first == '-' || first == '*') && matches!(b.get(p + 1), Some(b' ' | b'\t')) {
        bullet = Some(first);
        q += 1;
    }
    let had_bullet = q > p;
    while q < end && matches!(b[q], b' ' | b'\t') {
        q += 1;
    }
    let ordinal_start = q;
    let ordinal = parse_ordinal(b, &mut q, end);
    if ordinal.is_none() {
        q = ordinal_start;
        if !had_bullet {
            return None;
        }
    }
    Some(Marker {
        end: q,
        bullet,
        ordinal,
    })
}

/// Parses `12.`, `3.)`, `4)`, `(5)`, `a.`, `b)` followed by whitespace; advances `q`.
fn parse_ordinal(b: &[u8], q: &mut usize, end: usize) -> Option<Ordinal> {
    let mut i = *q;
    let paren = i < end && b[i] == b'(';
    if paren {
        i += 1;
    }
    let digits = b[i..end].iter().take_while(|c| c.is_ascii_digit()).count();
    let (value, letter) = if (1..=2).contains(&digits) {
        let v = b[i..i + digits]
            .iter()
            .fold(0u32, |v, c| v * 10 + u32::from(c - b'0'));
        i += digits;
        (v, false)
    } else if digits == 0
        && i < end
        && b[i].is_ascii_lowercase()
        && !b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
    {
        i += 1;
        (u32::from(b[i - 1]), true)
    } else {
        return None;
    };
    let rest = &b[i..end];
    let style = if paren {
        if rest.first() != Some(&b')') {
            return None;
        }
        ")"
    } else if rest.starts_with(b".)") {
        ".)"
    } else if rest.starts_with(b".") {
        "."
    } else if rest.starts_with(b")") {
        ")"
    } else {
        return None;
    };
    i += style.len();
    // The marker must be followed by whitespace, or "1.5" and "a.m." would be markers.
    if i < end && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        return None;
    }
    *q = i;
    Some(Ordinal {
        value,
        letter,
        style,
    })
}

// ---------------------------------------------------------------------------------------
// Line breaks inside a paragraph

/// True when the line `[line_start, nl)` ends a sentence although it has no final
/// punctuation: a headline or byline directly above more text. Hard-wrapped prose lines
/// are long and mostly lower case, so they do not qualify.
fn is_hard_break(text: &str, lex: &Lexicon, line_start: usize, nl: usize, end: usize) -> bool {
    let line = text[line_start..nl].trim();
    let next = text[nl + 1..end].trim_start();
    let (Some(last), Some(first)) = (line.chars().next_back(), next.chars().next()) else {
        return false;
    };
    // Final punctuation is the scanner's business; these marks continue the sentence.
    if matches!(
        last,
        '.' | '?'
            | '!'
            | '…'
            | ','
            | ';'
            | ':'
            | '-'
            | '–'
            | '—'
            | '('
            | '&'
            | '/'
            | '"'
            | '”'
            | '\''
            | '’'
            | ')'
    ) {
        return false;
    }
    if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '‘' | '('))
    {
        return false;
    }
    if let Some(rest) = line.strip_prefix("By ") {
        if rest.starts_with(|c: char| c.is_uppercase()) {
            return true;
        }
    }
    let mut words = 0;
    let mut capitalised = 0;
    let mut last_word = "";
    for w in line.split_whitespace() {
        words += 1;
        if w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            capitalised += 1;
        }
        last_word = w;
    }
    if words > 12 {
        return false;
    }
    let closes_phrase = lex.flags(last_word) & (PREP | STARTER) == 0;
    closes_phrase && (words <= 8 || capitalised * 5 >= words * 3)
}

// ---------------------------------------------------------------------------------------
// Sentences in one block (a paragraph, or part of one between hard line breaks)

/// Closing marks that stay with the sentence they close.
fn closer_len(b: &[u8], i: usize) -> (usize, bool) {
    let Some(&first) = b.get(i) else {
        return (0, false);
    };
    match first {
        b'"' | b'\'' => (1, true),
        b')' | b']' | b'}' => (1, false),
        // ’ ” ›
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x99 | 0x9D | 0xBA)) => {
            (3, true)
        }
        // »
        0xC2 if b.get(i + 1) == Some(&0xBB) => (2, true),
        _ => (0, false),
    }
}

/// Opening marks a sentence may start with (`<` opens a company's name
/// in Reuters' text: `... rose. <Versatile Corp> said`).
fn opener_len(b: &[u8], i: usize) -> usize {
    let Some(&first) = b.get(i) else {
        return 0;
    };
    match first {
        b'"' | b'\'' | b'(' | b'[' | b'<' => 1,
        // “ ‘ ‹
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C | 0x98 | 0xB9)) => {
            3
        }
        // « ¿ ¡
        0xC2 if matches!(b.get(i + 1), Some(0xAB | 0xBF | 0xA1)) => 2,
        _ => 0,
    }
}

/// Length of the whitespace char at `i`, 0 if it is not whitespace.
fn ws_len(text: &str, i: usize) -> usize {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return usize::from(b.is_ascii_whitespace() || b == 0x0B);
    }
    match text[i..].chars().next() {
        Some(c) if c.is_whitespace() => c.len_utf8(),
        _ => 0,
    }
}

/// Trims whitespace from `[start, end)` of `text`.
fn trim(text: &str, start: usize, end: usize) -> Span {
    // ASCII whitespace (nearly all there is at a sentence's edges) is
    // skipped a byte at a time; at a non-ASCII byte `str::trim_start` and
    // `trim_end` take over.
    let b = text.as_bytes();
    let mut s = start;
    while s < end && is_ascii_space(b[s]) {
        s += 1;
    }
    if s < end && b[s] >= 0x80 {
        s = end - text[s..end].trim_start().len();
    }
    let mut e = end;
    while e > s && is_ascii_space(b[e - 1]) {
        e -= 1;
    }
    if e > s && b[e - 1] >= 0x80 {
        e = s + text[s..e].trim_end().len();
    }
    Span::new(s, e)
}

/// An ASCII byte that is `char::is_whitespace`.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// What the text after a candidate boundary starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Follow {
    /// A capital letter (or a camel-cased brand like `iPhone`), a bullet.
    Upper,
    /// A digit or currency sign.
    Digit,
    Lower,
    Other,
}

/// How a candidate was settled.
enum Decision {
    /// The sentence ends at `at`; scanning goes on from there.
    Split(usize),
    /// Not a boundary; scanning goes on from the given byte.
    Continue(usize),
}

struct Scanner<'a, 't> {
    text: &'t str,
    b: &'t [u8],
    lex: &'a Lexicon,
    end: usize,
    start: usize,
    out: &'a mut Vec<Span>,
    /// Cached next `.`/`?`/`!` at or after the last search (`usize::MAX`: none left).
    next_punct: Option<usize>,
    next_ellipsis: Option<usize>,
    /// Where the current list item's successor starts (`"1. a 2. b"`), if it is a list.
    next_item: Option<usize>,
}

static ELLIPSIS: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("…"));

impl<'a, 't> Scanner<'a, 't> {
    fn new(text: &'t str, lex: &'a Lexicon, block: Span, out: &'a mut Vec<Span>) -> Self {
        Scanner {
            text,
            b: text.as_bytes(),
            lex,
            end: block.end,
            start: block.start,
            out,
            next_punct: None,
            next_ellipsis: None,
            next_item: None,
        }
    }

    fn run(mut self) {
        let mut i = self.begin_sentence(self.start);
        loop {
            let c = self.next_candidate(i);
            if let Some(item) = self.next_item {
                if c.is_none_or(|c| item < c) {
                    self.split(item);
                    i = self.begin_sentence(item);
                    continue;
                }
            }
            let Some(c) = c else { break };
            match self.decide(c) {
                Decision::Split(at) => {
                    self.split(at);
                    i = self.begin_sentence(at);
                }
                Decision::Continue(next) => i = next,
            }
        }
        self.split(self.end);
    }

    /// Ends the current sentence at `at` (trimmed; dropped if only whitespace).
    fn split(&mut self, at: usize) {
        let s = trim(self.text, self.start, at);
        if !s.is_empty() {
            self.out.push(s);
        }
        self.start = at;
    }

    /// Starts a sentence at `at`: skips a list marker so its period is not a candidate,
    /// and finds where the next item of the same list starts. Returns where to scan from.
    fn begin_sentence(&mut self, at: usize) -> usize {
        self.next_item = None;
        let mut p = at;
        while p < self.end {
            let n = ws_len(self.text, p);
            if n == 0 {
                break;
            }
            p += n;
        }
        if p >= self.end {
            return p;
        }
        let Some(m) = parse_marker(self.text, p, self.end) else {
            return p;
        };
        let hay = &self.b[m.end..self.end];
        if let Some(bullet @ ('-' | '*')) = m.bullet {
            // A flattened list keeps its items apart with a run of spaces: "a   - b".
            let needle = [b' ', b' ', bullet as u8, b' '];
            self.next_item = memmem::find(hay, &needle).map(|o| m.end + o);
        } else if let Some(bullet) = m.bullet {
            let mut buf = [0u8; 4];
            let needle = bullet.encode_utf8(&mut buf).as_bytes();
            self.next_item = memmem::find_iter(hay, needle)
                .map(|o| m.end + o)
                .find(|&o| self.b[o - 1].is_ascii_whitespace());
        } else if let Some(ord) = m.ordinal {
            // " 2." after "1.", " b)" after "a)": the next item of the same list.
            let mut buf = [0u8; 8];
            buf[0] = b' ';
            let mut n = 1;
            if ord.letter {
                let Ok(next) = u8::try_from(ord.value + 1) else {
                    return m.end;
                };
                buf[n] = next;
                n += 1;
            } else {
                let v = ord.value + 1;
                if v >= 10 {
                    buf[n] = b'0' + (v / 10 % 10) as u8;
                    n += 1;
                }
                buf[n] = b'0' + (v % 10) as u8;
                n += 1;
            }
            for &s in ord.style.as_bytes() {
                buf[n] = s;
                n += 1;
            }
            let needle = &buf[..n];
            self.next_item = memmem::find_iter(hay, needle)
                .map(|o| m.end + o)
                .find(|&o| {
                    let after = o + n;
                    after >= self.end || self.b[after].is_ascii_whitespace()
                });
        }
        m.end
    }

    /// The next `.`, `?`, `!` or `…` at or after `from`.
    fn next_candidate(&mut self, from: usize) -> Option<usize> {
        if from >= self.end {
            return None;
        }
        if self.next_punct.is_none_or(|p| p < from) {
            let found = memchr3(b'.', b'?', b'!', &self.b[from..self.end]);
            self.next_punct = Some(found.map_or(usize::MAX, |o| from + o));
        }
        if self.next_ellipsis.is_none_or(|p| p < from) {
            let found = ELLIPSIS.find(&self.b[from..self.end]);
            self.next_ellipsis = Some(found.map_or(usize::MAX, |o| from + o));
        }
        let c = self
            .next_punct
            .unwrap_or(usize::MAX)
            .min(self.next_ellipsis.unwrap_or(usize::MAX));
        (c != usize::MAX).then_some(c)
    }

    fn decide(&self, c: usize) -> Decision {
        match self.b[c] {
            b'?' | b'!' => {
                let mut e = c + 1;
                while e < self.end && matches!(self.b[e], b'?' | b'!') {
                    e += 1;
                }
                let (k, quoted) = self.closers(e);
                self.after_strong(k, quoted, e)
            }
            _ => self.dots(c),
        }
    }

    /// Skips closing quotes and brackets from `i`; reports whether a quote was among them.
    fn closers(&self, mut i: usize) -> (usize, bool) {
        let mut quoted = false;
        while i < self.end {
            let (n, q) = closer_len(self.b, i);
            if n == 0 {
                break;
            }
            quoted |= q;
            i += n;
        }
        (i, quoted)
    }

    /// Skips whitespace from `k`; `None` if there is none (or the block ends), as a
    /// boundary needs a space after it.
    fn gap(&self, k: usize) -> Option<usize> {
        let mut j = k;
        while j < self.end {
            let n = ws_len(self.text, j);
            if n == 0 {
                break;
            }
            j += n;
        }
        (j > k && j < self.end).then_some(j)
    }

    /// What the text at `j` starts with, after any opening marks; and where its word is.
    fn follow(&self, j: usize) -> (Follow, usize) {
        let mut p = j;
        while p < self.end {
            let n = opener_len(self.b, p);
            if n == 0 {
                break;
            }
            p += n;
        }
        if p >= self.end {
            return (Follow::Other, p);
        }
        let b = self.b[p];
        let kind = if b.is_ascii_uppercase() {
            Follow::Upper
        } else if b.is_ascii_digit() || b == b'$' {
            Follow::Digit
        } else if b.is_ascii_lowercase() {
            // A camel-cased brand ("iPhone", "eBay") can open a sentence.
            let word = &self.b[p..self.end.min(p + 12)];
            let camel = word
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .any(u8::is_ascii_uppercase);
            if camel {
                Follow::Upper
            } else {
                Follow::Lower
            }
        } else if matches!(b, b'-' | b'*')
            && self.b.get(p + 1) == Some(&b' ')
            && self.b.get(p + 2).is_some_and(u8::is_ascii_uppercase)
        {
            // A list item flattened into the paragraph: "It fell.   - Taxes rose".
            Follow::Upper
        } else if b < 0x80 {
            Follow::Other
        } else {
            match self.text[p..].chars().next() {
                Some(ch) if ch.is_uppercase() || BULLETS.contains(&ch) => Follow::Upper,
                Some('£' | '€' | '¥') => Follow::Digit,
                Some(ch) if ch.is_lowercase() => Follow::Lower,
                _ => Follow::Other,
            }
        };
        (kind, p)
    }

    /// The run of letters starting at `p`.
    fn word_at(&self, p: usize) -> &'t str {
        let s = &self.text[p..self.end];
        let n = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
        &s[..n]
    }

    /// True when the word after `p` (past spaces) is a subject pronoun.
    fn pronoun_after(&self, p: usize) -> bool {
        let rest = self.text.get(p..self.end).unwrap_or_default();
        let trimmed = rest.trim_start();
        let word = self.word_at(self.end - trimmed.len());
        matches!(
            word,
            "he" | "she" | "it" | "they" | "we" | "I" | "you" | "there"
        )
    }

    fn is_starter(&self, p: usize) -> bool {
        self.lex.flags(self.word_at(p)) & STARTER != 0
    }

    /// After `?`, `!` or a quoted ellipsis ending at `k`: a boundary unless lower case
    /// follows, or a quotation is followed by its attribution ("Who knows?" Johnson said).
    fn after_strong(&self, k: usize, quoted: bool, resume: usize) -> Decision {
        let Some(j) = self.gap(k) else {
            return Decision::Continue(resume);
        };
        let (follow, p) = self.follow(j);
        match follow {
            Follow::Upper if quoted && self.is_attribution(p) => Decision::Continue(resume),
            Follow::Upper | Follow::Digit if self.has_word_before(k) => Decision::Split(k),
            _ => Decision::Continue(resume),
        }
    }

    /// A sentence needs at least one letter or digit, so a leading ". . ." or "?!" is
    /// never a sentence of its own.
    fn has_word_before(&self, at: usize) -> bool {
        // By byte while the text is ASCII (nearly always: the first word
        // is found a few bytes in); from the first other byte, by `char`.
        let b = &self.b[self.start..at];
        for (i, &x) in b.iter().enumerate() {
            if x.is_ascii_alphanumeric() {
                return true;
            }
            if x >= 0x80 {
                // After ASCII bytes: a char boundary.
                return self.text[self.start + i..at]
                    .chars()
                    .any(char::is_alphanumeric);
            }
        }
        false
    }

    /// Capitalised words (a name, not an opener like "Nobody") then a speech verb.
    fn is_attribution(&self, p: usize) -> bool {
        if self.is_starter(p) {
            return false;
        }
        let mut words = self.text[p..self.end].split_whitespace();
        for _ in 0..5 {
            let Some(w) = words.next() else { return false };
            if w.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let letters = w.trim_end_matches(|c: char| !c.is_alphabetic());
            return self.lex.flags(letters) & SPEECH != 0;
        }
        false
    }

    /// A period, or a run of dots and `…` starting at `c`.
    fn dots(&self, c: usize) -> Decision {
        let b = self.b;
        let mut p = c;
        let mut count = 0;
        let mut run_end = c;
        loop {
            if p < self.end && b[p] == b'.' {
                count += 1;
                p += 1;
            } else if b[p..self.end].starts_with("…".as_bytes()) {
                count += 3;
                p += 3;
            } else {
                break;
            }
            run_end = p;
            // ". . ." counts as one run.
            if p + 1 < self.end && b[p] == b' ' && (b[p + 1] == b'.' || b[p + 1] == 0xE2) {
                p += 1;
            }
        }
        if count <= 2 {
            return self.period(c, run_end);
        }
        // "[...]" and "(...)" mark an omission inside a quotation.
        if c > self.start
            && matches!(b[c - 1], b'[' | b'(')
            && run_end < self.end
            && matches!(b[run_end], b']' | b')')
        {
            return Decision::Continue(run_end + 1);
        }
        let attached = c > self.start
            && self.text[self.start..c]
                .chars()
                .next_back()
                .is_some_and(|ch| !ch.is_whitespace());
        let (k, quoted) = self.closers(run_end);
        if count >= 4 {
            // A period plus an ellipsis: ends the sentence before a capital. When the
            // period is attached to the word ("compounds. . . . The"), the ellipsis
            // belongs to the next sentence.
            let Some(j) = self.gap(k) else {
                return Decision::Continue(run_end);
            };
            return match self.follow(j).0 {
                Follow::Upper | Follow::Digit if attached && b[c + 1] == b' ' => {
                    Decision::Split(c + 1)
                }
                Follow::Upper | Follow::Digit if self.has_word_before(k) => Decision::Split(k),
                _ => Decision::Continue(run_end),
            };
        }
        // Three dots are a pause. They end a sentence inside a closing quotation, or before
        // a sentence opener; "I" is always capitalised, so it is no evidence.
        if quoted {
            return self.after_strong(k, true, run_end);
        }
        let Some(j) = self.gap(k) else {
            return Decision::Continue(run_end);
        };
        let (follow, p) = self.follow(j);
        if follow == Follow::Upper
            && self.word_at(p) != "I"
            && self.is_starter(p)
            && self.has_word_before(k)
        {
            return Decision::Split(k);
        }
        Decision::Continue(run_end)
    }

    /// A single period at `c` (`run_end` is after it, or after a doubled "..").
    fn period(&self, c: usize, run_end: usize) -> Decision {
        let (k, closed) = {
            let (k, q) = self.closers(run_end);
            (k, k > run_end || q)
        };
        if k >= self.end {
            return Decision::Continue(self.end);
        }
        let token = self.token_before(c);
        let Some(j) = self.gap(k) else {
            // "Senate.The governor": a scraping artefact, not "Amazon.com" or "J.K.".
            if !closed && self.missing_space(token, c) {
                return Decision::Split(c + 1);
            }
            return Decision::Continue(k.max(c + 1));
        };
        let (follow, p) = self.follow(j);
        if !self.has_word_before(c) {
            return Decision::Continue(k);
        }
        let split = Decision::Split(k);
        let keep = Decision::Continue(k);
        // A closing quote or bracket after the period leaves no abbreviation to doubt.
        let flags = if closed { 0 } else { self.token_flags(token) };
        if flags & (TITLE | INNER) != 0 {
            return keep;
        }
        if flags & (NUMBER | MONTH) != 0 && follow == Follow::Digit {
            return keep;
        }
        if flags & (TIME | END | STATE | MONTH) != 0 || (!closed && is_initials(token)) {
            if follow != Follow::Upper || self.is_fronted_phrase(c) {
                return keep;
            }
            let next = self.word_at(p);
            let word = self.lex.flags(next);
            let ends = if flags & TIME != 0 {
                word & WHEN == 0
            } else {
                // `the U.S. Would do whatever ...`: an auxiliary opens a
                // sentence only as a question. `the U.S. And Japan`: text
                // that capitalises every word after `U.S.` (Reuters) joins
                // names with `And`; a sentence opening with `And` after
                // such an abbreviation goes on with a pronoun.
                word & STARTER != 0
                    && (!is_auxiliary(next) || self.question_after(p))
                    && (!matches!(next, "And" | "Or") || self.pronoun_after(p + next.len()))
            };
            return if ends { split } else { keep };
        }
        match follow {
            Follow::Upper | Follow::Digit => split,
            Follow::Lower | Follow::Other => keep,
        }
    }

    /// True when the first sentence mark after `p` is a question mark; the
    /// period of an initial (`Albert I. Jones`) is none.
    fn question_after(&self, p: usize) -> bool {
        let rest = self.b.get(p..self.end.min(p + 400)).unwrap_or_default();
        let initial = |i: usize| {
            i >= 1
                && rest[i - 1].is_ascii_uppercase()
                && (i == 1 || !rest[i - 2].is_ascii_alphabetic())
        };
        memchr3_iter(b'.', b'?', b'!', rest)
            .find(|&i| rest[i] != b'.' || !initial(i))
            .is_some_and(|i| rest[i] == b'?')
    }

    /// The non-space token before the period at `c`, without opening marks.
    fn token_before(&self, c: usize) -> &'t str {
        let b = self.b;
        let mut s = c;
        while s > self.start && !b[s - 1].is_ascii_whitespace() && c - s < 64 {
            s -= 1;
        }
        // Stay on a char boundary if the 64-byte cap cut a character.
        while !self.text.is_char_boundary(s) {
            s += 1;
        }
        let mut t = &self.text[s..c];
        loop {
            let n = opener_len(t.as_bytes(), 0);
            if n == 0 || n >= t.len() {
                break;
            }
            t = &t[n..];
        }
        // A non-ASCII space (no-break space) before the token.
        match t.rfind(char::is_whitespace) {
            Some(i) => &t[i + t[i..].chars().next().map_or(1, char::len_utf8)..],
            None => t,
        }
    }

    /// Classes of `token`; for a party tag like "D-Mass" those of the part after the dash.
    fn token_flags(&self, token: &str) -> u16 {
        let flags = self.lex.flags(token);
        if flags != 0 {
            return flags;
        }
        // A byte search, not a `char` searcher: asked of most tokens before
        // a period, which hold no dash. `-` is ASCII, so `tail` starts on a
        // char boundary.
        match token.bytes().rposition(|b| b == b'-') {
            Some(dash) if dash + 1 < token.len() => {
                self.lex.flags(&token[dash + 1..]) & (STATE | END)
            }
            _ => 0,
        }
    }

    /// True when the sentence so far is a short phrase opened by a preposition
    /// ("At 5 a.m."), which cannot be a sentence of its own.
    fn is_fronted_phrase(&self, c: usize) -> bool {
        let s = &self.text[self.start..c];
        if s.len() > 40 {
            return false;
        }
        let mut words = s.split_whitespace();
        let first = words.next().unwrap_or("");
        words.count() < 4 && self.lex.flags(first) & PREP != 0
    }

    /// "word.Next": a missing space between sentences, not a domain, e-mail or initials.
    fn missing_space(&self, token: &str, c: usize) -> bool {
        let b = self.b;
        let up = b.get(c + 1).is_some_and(u8::is_ascii_uppercase);
        let low = b.get(c + 2).is_some_and(u8::is_ascii_lowercase);
        if !(up && low && token.len() >= 2 && token.bytes().all(|x| x.is_ascii_alphabetic())) {
            return false;
        }
        if self.lex.flags(token) != 0 {
            return false;
        }
        let rest = &b[c + 1..self.end];
        let word_len = rest.iter().take_while(|x| !x.is_ascii_whitespace()).count();
        let word = &rest[..word_len];
        let word = word.strip_suffix(b".").unwrap_or(word);
        !word.iter().any(|x| matches!(x, b'@' | b'/' | b'.' | b'_'))
    }
}

/// Auxiliary and modal verbs, capitalised: they open a sentence only as a question.
fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "Is" | "Are"
            | "Was"
            | "Were"
            | "Has"
            | "Have"
            | "Had"
            | "Will"
            | "Would"
            | "Can"
            | "Could"
            | "Should"
            | "May"
            | "Might"
            | "Must"
            | "Shall"
            | "Do"
            | "Does"
            | "Did"
    )
}

/// Initials and dotted acronyms: "W", "J.K", "A.I", "U.S.A" (segments of one or two
/// letters). They end a sentence only before a sentence opener.
fn is_initials(token: &str) -> bool {
    // One pass over the bytes, not a `split('.')`: asked of most tokens
    // before a period, which fail at their third letter.
    let b = token.as_bytes();
    let mut seg = 0;
    for &x in b {
        if x == b'.' {
            if seg == 0 {
                return false;
            }
            seg = 0;
        } else if x.is_ascii_alphabetic() && seg < 2 {
            seg += 1;
        } else {
            return false;
        }
    }
    seg > 0 && (b.len() == 1 || b.contains(&b'.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.as_str(text)).collect()
    }

    #[test]
    fn word_lists_parse() {
        let lex = Lexicon::parse(WORD_LISTS).expect("word lists parse");
        assert_ne!(lex.flags("Mr") & TITLE, 0);
        assert_ne!(lex.flags("U.S") & END, 0);
        assert_ne!(lex.flags("Calif") & STATE, 0);
        assert_eq!(lex.flags("ill") & STATE, 0, "states match only capitalised");
        assert!(Lexicon::parse("Mr\tbogus").is_err());
        assert!(Lexicon::parse("Mr title").is_err());
    }

    #[rustfmt::skip]
    const PARAGRAPHS: &[(&str, &str, &[&str])] = &[
        ("blank line", "One.\n\nTwo.", &["One.", "Two."]),
        ("whitespace line", "One.\n  \t\nTwo.", &["One.", "Two."]),
        ("single newline joins", "One\ntwo.", &["One\ntwo."]),
        ("bullets", "Intro:\n• a\n• b", &["Intro:", "• a", "• b"]),
        ("hyphen bullets", "- a\n- b", &["- a", "- b"]),
        ("numbered", "1. a\n2) b", &["1. a", "2) b"]),
        ("letter items", "a) x\nb) y", &["a) x", "b) y"]),
        ("negative number is no bullet", "It fell\n-5 points.", &["It fell\n-5 points."]),
        ("decimal is no marker", "It rose\n1.5 pct.", &["It rose\n1.5 pct."]),
        ("trimmed", "  \n  One. \n\n", &["One."]),
        ("empty", "", &[]),
        ("only space", " \n\n \t", &[]),
    ];

    #[test]
    fn paragraph_cases() {
        for (name, text, want) in PARAGRAPHS {
            let got: Vec<&str> = paragraphs(text).iter().map(|s| s.as_str(text)).collect();
            assert_eq!(&got, want, "case {name}");
        }
    }

    #[rustfmt::skip]
    const BASIC: &[(&str, &str, &[&str])] = &[
        ("period", "He left. She stayed.", &["He left.", "She stayed."]),
        ("question", "Why? Nobody knows.", &["Why?", "Nobody knows."]),
        ("exclamation", "Stop! Police arrived.", &["Stop!", "Police arrived."]),
        ("double punctuation", "What?! No way.", &["What?!", "No way."]),
        ("repeated", "Wow!! Great.", &["Wow!!", "Great."]),
        ("lowercase continues", "The firm, i.e. the group, grew. Then it fell.", &["The firm, i.e. the group, grew.", "Then it fell."]),
        ("brand exclamation", "She joined Yahoo! in May.", &["She joined Yahoo! in May."]),
        ("no final punctuation", "No ending here", &["No ending here"]),
        ("digit starts sentence", "It ended. 25 people died.", &["It ended.", "25 people died."]),
        ("camel-cased brand", "Sales fell. eBay shares rose.", &["Sales fell.", "eBay shares rose."]),
        ("missing space", "It passed.The vote was close.", &["It passed.", "The vote was close."]),
        ("newline after period", "It passed.\nThe vote was close.", &["It passed.", "The vote was close."]),
        ("non-breaking space", "It passed.\u{a0}The vote", &["It passed.", "The vote"]),
    ];

    #[rustfmt::skip]
    const ABBREVIATIONS: &[(&str, &str, &[&str])] = &[
        ("title before name", "Mr. Smith met Dr. Jones.", &["Mr. Smith met Dr. Jones."]),
        ("stacked titles", "Lt. Col. Ann Lee spoke.", &["Lt. Col. Ann Lee spoke."]),
        ("saint", "She lives in St. Paul. It is cold.", &["She lives in St. Paul.", "It is cold."]),
        ("title after boundary", "He left. Dr. Lee stayed.", &["He left.", "Dr. Lee stayed."]),
        ("company then pronoun", "He joined Acme Corp. It was 1990.", &["He joined Acme Corp.", "It was 1990."]),
        ("company then name", "Acme Corp. Chairman Ann Lee left.", &["Acme Corp. Chairman Ann Lee left."]),
        ("company then lowercase", "Acme Inc. said so.", &["Acme Inc. said so."]),
        ("country as adjective", "The U.K. Treasury agreed.", &["The U.K. Treasury agreed."]),
        ("country ends", "She flew to the U.N. Then she rested.", &["She flew to the U.N.", "Then she rested."]),
        ("unlisted acronym", "It joined N.A.T.O. We know.", &["It joined N.A.T.O.", "We know."]),
        ("time ends", "It opens at 9 a.m. Crowds gather early.", &["It opens at 9 a.m.", "Crowds gather early."]),
        ("time then day", "It opens at 9 a.m. Monday.", &["It opens at 9 a.m. Monday."]),
        ("fronted time", "By 7 p.m. Mrs. Lee had left.", &["By 7 p.m. Mrs. Lee had left."]),
        ("month before day", "On Oct. 3 it rained.", &["On Oct. 3 it rained."]),
        ("day number ends", "It ends Dec. 31. Few care.", &["It ends Dec. 31.", "Few care."]),
        ("number prefix", "See Vol. 2 and No. 7.", &["See Vol. 2 and No. 7."]),
        ("number prefix as word", "He said No. The talks ended.", &["He said No.", "The talks ended."]),
        ("suffix mid sentence", "Martin Luther King Jr. spoke.", &["Martin Luther King Jr. spoke."]),
        ("possessive suffix", "It is Jr.'s car.", &["It is Jr.'s car."]),
        ("state then pronoun", "He lives in Austin, Tex. He likes it.", &["He lives in Austin, Tex.", "He likes it."]),
        ("party tag", "Sen. Ann Lee, R-Ga., objected.", &["Sen. Ann Lee, R-Ga., objected."]),
        ("dotted state party tag", "Rep. Bo Ray, D-N.Y., agreed.", &["Rep. Bo Ray, D-N.Y., agreed."]),
        ("lowercase word is not a state", "He was ill. Doctors came.", &["He was ill.", "Doctors came."]),
        ("latin", "Roe v. Wade, cf. Casey, held.", &["Roe v. Wade, cf. Casey, held."]),
        ("etc ends", "Pens, ink, etc. They sell all.", &["Pens, ink, etc.", "They sell all."]),
        ("degree", "A Ph.D. student won.", &["A Ph.D. student won."]),
        ("all caps title", "ST. PAUL (AP) - It snowed.", &["ST. PAUL (AP) - It snowed."]),
    ];

    #[rustfmt::skip]
    const INITIALS: &[(&str, &str, &[&str])] = &[
        ("middle initial", "John F. Kennedy spoke.", &["John F. Kennedy spoke."]),
        ("joined initials", "By C.S. Lewis, 1950.", &["By C.S. Lewis, 1950."]),
        ("leading initial", "T. Boone Pickens bought it.", &["T. Boone Pickens bought it."]),
        ("pronoun I ends", "Ask him and I. Do you agree?", &["Ask him and I.", "Do you agree?"]),
        ("acronym before lowercase", "It uses A.I. to sort mail.", &["It uses A.I. to sort mail."]),
    ];

    #[rustfmt::skip]
    const NUMBERS: &[(&str, &str, &[&str])] = &[
        ("decimal", "It rose 2.5% on Monday.", &["It rose 2.5% on Monday."]),
        ("money ends", "It cost $4.50. He paid.", &["It cost $4.50.", "He paid."]),
        ("thousands", "It hit 1,234.5. Then it fell.", &["It hit 1,234.5.", "Then it fell."]),
        ("score", "They won 3-2. Fans cheered.", &["They won 3-2.", "Fans cheered."]),
        ("version", "Use version 2.0.1 today.", &["Use version 2.0.1 today."]),
        ("pound sign starts", "Prices rose. £5 buys less.", &["Prices rose.", "£5 buys less."]),
        ("ip and coordinates", "Go to No. 12.5.6. It is there.", &["Go to No. 12.5.6.", "It is there."]),
    ];

    #[rustfmt::skip]
    const WEB: &[(&str, &str, &[&str])] = &[
        ("url ends", "See http://a.example.org/x.html. It loads.", &["See http://a.example.org/x.html.", "It loads."]),
        ("email", "Write to Ann.Lee@example.org. She replies.", &["Write to Ann.Lee@example.org.", "She replies."]),
        ("domain company", "Shop.com Inc. grew fast.", &["Shop.com Inc. grew fast."]),
        ("domain ends", "Visit www.gov.uk. Forms are there.", &["Visit www.gov.uk.", "Forms are there."]),
    ];

    #[rustfmt::skip]
    const QUOTES: &[(&str, &str, &[&str])] = &[
        ("period inside quote", "He said \"yes.\" She left.", &["He said \"yes.\"", "She left."]),
        ("curly inside", "He said “yes.” She left.", &["He said “yes.”", "She left."]),
        ("single curly", "It was ‘fine.’ Others disagreed.", &["It was ‘fine.’", "Others disagreed."]),
        ("quote then lowercase", "\"Go home.\" he said.", &["\"Go home.\" he said."]),
        ("comma attribution", "\"We won,\" Lee said. \"Now rest.\"", &["\"We won,\" Lee said.", "\"Now rest.\""]),
        ("question attribution", "\"Why not?\" Lee asked.", &["\"Why not?\" Lee asked."]),
        ("exclamation attribution with title", "“Go!” Coach Ann Lee shouted.", &["“Go!” Coach Ann Lee shouted."]),
        ("question then opener", "\"Why not?\" Nobody replied.", &["\"Why not?\"", "Nobody replied."]),
        ("question then new subject", "“Why?” Crowds booed.", &["“Why?”", "Crowds booed."]),
        ("question then lowercase", "\"Why?\" asked Lee.", &["\"Why?\" asked Lee."]),
        ("parenthesis closes", "It fell (as feared.) Then it rose.", &["It fell (as feared.)", "Then it rose."]),
        ("parenthesis then lowercase", "It fell (Lee said so.) and rose.", &["It fell (Lee said so.) and rose."]),
        ("opening quote starts sentence", "He left. \"Bye,\" he said.", &["He left.", "\"Bye,\" he said."]),
        ("guillemets", "Il a dit «Non.» Puis rien.", &["Il a dit «Non.»", "Puis rien."]),
    ];

    #[rustfmt::skip]
    const ELLIPSES: &[(&str, &str, &[&str])] = &[
        ("pause lowercase", "We waited... and waited.", &["We waited... and waited."]),
        ("unicode pause", "We waited… and waited.", &["We waited… and waited."]),
        ("pause before name", "It was... Paris, in fact.", &["It was... Paris, in fact."]),
        ("pause before opener", "It rained... Then it stopped.", &["It rained...", "Then it stopped."]),
        ("pause before I", "Well . . . I think so.", &["Well . . . I think so."]),
        ("four dots end", "It ended.... Then silence.", &["It ended....", "Then silence."]),
        ("spaced four dots", "It ended . . . . Then silence.", &["It ended . . . .", "Then silence."]),
        ("attached period then ellipsis", "It ended. . . . Then silence.", &["It ended.", ". . . Then silence."]),
        ("ellipsis in quote ends", "“We will see…” The mayor left.", &["“We will see…”", "The mayor left."]),
        ("bracketed omission", "\"It works [...]\" (Lee 5). So?", &["\"It works [...]\" (Lee 5).", "So?"]),
        ("leading ellipsis", "... Then it ended.", &["... Then it ended."]),
    ];

    #[rustfmt::skip]
    const NEWS: &[(&str, &str, &[&str])] = &[
        ("dateline", "PARIS (Reuters) - It rained. Roads shut.", &["PARIS (Reuters) - It rained.", "Roads shut."]),
        ("company marks", "Prices rose. <Versatile Corp> said so.", &["Prices rose.", "<Versatile Corp> said so."]),
        ("dateline with month", "ROME, Feb. 2 (AP) — It snowed.", &["ROME, Feb. 2 (AP) — It snowed."]),
        ("credit", "It rained. (Writing by Ann Lee)", &["It rained.", "(Writing by Ann Lee)"]),
        ("headline paragraph", "Rain hits city\n\nIt rained.", &["Rain hits city", "It rained."]),
        ("headline line", "Rain hits city\nIt rained all day.", &["Rain hits city", "It rained all day."]),
        ("title case headline line", "Storm Hits Northern Coastal Towns Hard Overnight Again\nIt rained.", &["Storm Hits Northern Coastal Towns Hard Overnight Again", "It rained."]),
        ("byline line", "By Ann Lee and Bo Ray, Staff Writers at Large\nIt rained.", &["By Ann Lee and Bo Ray, Staff Writers at Large", "It rained."]),
        ("wrapped prose stays", "The city council voted on Tuesday to approve the\nBudget Office plan.", &["The city council voted on Tuesday to approve the\nBudget Office plan."]),
        ("wrapped after comma", "It rained,\nThen stopped.", &["It rained,\nThen stopped."]),
        ("dash parenthetical", "The deal — said the U.S. envoy — closed.", &["The deal — said the U.S. envoy — closed."]),
        ("auxiliary after U.S.", "He said the U.S. Would act. It did.", &["He said the U.S. Would act.", "It did."]),
        ("question after U.S.", "They met in the U.S. Was it wise? No.", &["They met in the U.S.", "Was it wise?", "No."]),
        ("And joining names after U.S.", "He warned the U.S. And other countries not to interfere.", &["He warned the U.S. And other countries not to interfere."]),
        ("And opening a sentence after U.S.", "They flew to the U.S. And they stayed.", &["They flew to the U.S.", "And they stayed."]),
    ];

    #[rustfmt::skip]
    const LISTS: &[(&str, &str, &[&str])] = &[
        ("bullet lines", "• Up 5%\n• Down 2%", &["• Up 5%", "• Down 2%"]),
        ("inline numbers", "1. Eat well 2. Sleep more", &["1. Eat well", "2. Sleep more"]),
        ("inline numbers with periods", "1. Eat. 2. Sleep.", &["1. Eat.", "2. Sleep."]),
        ("inline parens", "1) Eat 2) Sleep", &["1) Eat", "2) Sleep"]),
        ("inline dot parens", "1.) Eat 2.) Sleep", &["1.) Eat", "2.) Sleep"]),
        ("inline letters", "a. Eat b. Sleep c. Run", &["a. Eat", "b. Sleep", "c. Run"]),
        ("inline bullets", "• 1. Eat • 2. Sleep", &["• 1. Eat", "• 2. Sleep"]),
        ("attached bullets", "⁃1. Eat ⁃2. Sleep", &["⁃1. Eat", "⁃2. Sleep"]),
        ("flattened dash items", "It fell.   - Cut tax   - Build homes", &["It fell.", "- Cut tax", "- Build homes"]),
        ("prose dash is no item", "- Tax rose - Pay fell", &["- Tax rose - Pay fell"]),
        ("no list without marker", "He ate 2. Then slept.", &["He ate 2.", "Then slept."]),
        ("unrelated number", "1. He ate 3. Then slept.", &["1. He ate 3.", "Then slept."]),
    ];

    #[test]
    fn sentence_cases() {
        let tables = [
            BASIC,
            ABBREVIATIONS,
            INITIALS,
            NUMBERS,
            WEB,
            QUOTES,
            ELLIPSES,
            NEWS,
            LISTS,
        ];
        let mut failed = Vec::new();
        for (name, text, want) in tables.iter().flat_map(|t| t.iter()) {
            let got = split(text);
            if &got != want {
                failed.push(format!("case {name}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }

    #[test]
    fn sentences_in_matches_sentences() {
        let text = "Title line\n\nOne. Two.\n• Three";
        let mut out = Vec::new();
        for p in paragraphs(text) {
            sentences_in(text, p, &mut out);
        }
        assert_eq!(out, sentences(text));
    }

    /// The invariants every output must hold.
    fn check(text: &str) -> Result<(), TestCaseError> {
        let spans = sentences(text);
        for w in spans.windows(2) {
            prop_assert!(w[0].end <= w[1].start, "overlap {:?}", w);
        }
        let mut covered = vec![false; text.len()];
        for s in &spans {
            prop_assert!(s.start < s.end, "empty {:?}", s);
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let t = s.as_str(text);
            prop_assert_eq!(t, t.trim(), "untrimmed {:?}", s);
            covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
        }
        for (i, ch) in text.char_indices() {
            prop_assert!(
                ch.is_whitespace() || covered[i],
                "byte {} ({:?}) uncovered",
                i,
                ch
            );
        }
        for p in paragraphs(text) {
            prop_assert!(!p.is_empty());
            prop_assert_eq!(p.as_str(text), p.as_str(text).trim());
        }
        Ok(())
    }

    /// [`is_initials`] as it was, with `split`, to check against.
    fn is_initials_by_split(token: &str) -> bool {
        !token.is_empty()
            && token.split('.').all(|seg| {
                (1..=2).contains(&seg.len()) && seg.bytes().all(|x| x.is_ascii_alphabetic())
            })
            && (token.len() == 1 || token.contains('.'))
    }

    #[test]
    fn initials_cases() {
        for (token, want) in [
            ("W", true),
            ("J.K", true),
            ("U.S.A", true),
            ("Ph.D", true),
            ("", false),
            (".", false),
            ("J.", false),
            (".J", false),
            ("J..K", false),
            ("JK", false),
            ("ABC", false),
            ("J.KLM", false),
            ("1.2", false),
            ("\u{e9}.K", false),
        ] {
            assert_eq!(is_initials(token), want, "{token:?}");
            assert_eq!(is_initials_by_split(token), want, "{token:?}");
        }
    }

    proptest! {
        #[test]
        fn initials_as_by_split(token in "[a-zA-Z.\u{e9}1 -]{0,8}") {
            prop_assert_eq!(is_initials(&token), is_initials_by_split(&token));
        }

        #[test]
        fn trim_as_str_trim(text in "[ \t\n\r\u{b}\u{c}\u{a0}\u{2003}\u{85}a\u{e9}.]{0,12}") {
            let span = trim(&text, 0, text.len());
            let start = text.len() - text.trim_start().len();
            prop_assert_eq!(span, Span::new(start, start + text.trim().len()));
        }

        #[test]
        fn lexicon_flags_as_by_lookup(word in "[a-zA-Z.\u{e9}-]{0,8}") {
            // The shape test only rules out words the map does not hold.
            let lex = &*LEXICON;
            let key = word.to_ascii_lowercase();
            let mut listed = lex.words.get(key.as_str()).copied().unwrap_or(0);
            if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
                listed &= !STATE;
            }
            prop_assert_eq!(lex.flags(&word), listed);
        }
    }

    #[test]
    fn every_listed_word_has_flags() {
        let lex = &*LEXICON;
        for (word, &bits) in &lex.words {
            // `flags` drops STATE for a word not capitalised.
            assert_eq!(lex.flags(word) | STATE, bits | STATE, "{word}");
            assert_eq!(lex.flags(&word.to_ascii_uppercase()), bits, "{word}");
        }
    }

    proptest! {
        // Failures print their minimal input; add it to a case table, not a file.
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn invariants_on_any_text(text in "\\PC{0,200}") {
            check(&text)?;
        }

        #[test]
        fn invariants_on_newsish_text(
            text in "([a-zA-Z]{1,6}|[.\"“”‘’'\n…!?()\\[\\]•\u{a0}-]|[0-9]{1,3}| {1,2}){0,60}"
        ) {
            check(&text)?;
        }
    }
}
