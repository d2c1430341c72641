//! Words around a position, for the local, pattern-based decisions of the
//! resolver and the attributor (no full tokenisation of the document).
//!
//! A word is a run of alphanumerics, with inner apostrophes, hyphens and
//! periods kept when a letter follows (`O'Brien`, `Chinese-made`, `U.S.`).

use std::borrow::Cow;

use crate::span::Span;

fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// An ASCII letter or digit.
#[inline]
pub(crate) fn is_alnum_byte(b: u8) -> bool {
    ASCII_ALNUM[usize::from(b)]
}

/// `u8::is_ascii_alphanumeric` as a table: one load per byte in the loops
/// that walk every word of a document (a third fewer instructions there
/// than the range tests).
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '.' | '&')
}

/// The character at byte `i` (a char boundary) and its length, without
/// decoding when it is ASCII (nearly always, in news text).
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (char::from(b), 1);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

/// The part of `s` after its last `' '` (all of `s` when it has none), as
/// `s.rsplit(' ').next()` gives it: the head noun of a description, the
/// surname of a name. One search from the end: the iterator's reverse
/// search cost several times more, asked of every name a document
/// discovers.
#[inline]
pub fn after_last_space(s: &str) -> &str {
    match memchr::memrchr(b' ', s.as_bytes()) {
        // A space is one byte: the byte after it starts a char.
        Some(i) => &s[i + 1..],
        None => s,
    }
}

/// The part of `s` before its first `' '` (all of `s` when it has none), as
/// `s.split(' ').next()` gives it: a name's first word. One byte search:
/// the iterator's set-up cost more than the search, asked of most names
/// an attribution resolves.
#[inline]
pub fn before_first_space(s: &str) -> &str {
    match memchr::memchr(b' ', s.as_bytes()) {
        // A space is one byte: it ends a char.
        Some(i) => &s[..i],
        None => s,
    }
}

/// The word that starts at or after `pos`, skipping spaces and punctuation
/// but not crossing `limit`.
pub fn word_after(text: &str, pos: usize, limit: usize) -> Option<Span> {
    let limit = limit.min(text.len());
    text.get(pos..limit)?;
    let bytes = &text.as_bytes()[..limit];
    // The ASCII spaces and marks before the word (nearly always all there
    // is), in a loop of their own; the first other byte goes on in
    // `word_after_from`, which decodes.
    let mut i = pos;
    while let Some(&b) = bytes.get(i) {
        if b >= 0x80 {
            return word_after_from(text, i, limit);
        }
        if is_alnum_byte(b) {
            return Some(Span::new(i, word_end(text, i, limit)));
        }
        i += 1;
    }
    None
}

/// [`word_after`] from `pos`, a char boundary before `limit`, char by
/// char: out of line, so that the common ASCII path keeps few registers.
#[cold]
#[inline(never)]
fn word_after_from(text: &str, pos: usize, limit: usize) -> Option<Span> {
    let bytes = &text.as_bytes()[..limit];
    let mut i = pos;
    while i < bytes.len() {
        let b = bytes[i];
        let (word, len) = if b < 0x80 {
            (is_alnum_byte(b), 1)
        } else {
            let (c, len) = char_at(text, i);
            (c.is_alphanumeric(), len)
        };
        if word {
            return Some(Span::new(i, word_end(text, i, limit)));
        }
        i += len;
    }
    None
}

/// End of the word starting at `start`.
///
/// A word of ASCII letters and digits ended by a space or a mark that
/// joins nothing (nearly every word of news) is answered here, in a few
/// instructions; the rest of the word, from the first byte that may join
/// or needs decoding, in [`word_end_from`].
#[inline]
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let bytes = &text.as_bytes()[..limit];
    let (mut i, mut end) = (start, start);
    if bytes.get(start).is_some_and(|&b| is_alnum_byte(b)) {
        i = alnum_run_end(bytes, start + 1);
        match bytes.get(i) {
            None => return i,
            Some(&b) if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.' | b'&') => return i,
            Some(_) => end = i,
        }
    }
    word_end_from(text, start, i, end, limit)
}

/// [`word_end`] of the word at `start` from byte `i`, with the word
/// ending at `end` so far: the loop that decodes chars and follows
/// joiners, out of line so that the common path saves and restores no
/// registers for it.
#[inline(never)]
fn word_end_from(text: &str, start: usize, mut i: usize, mut end: usize, limit: usize) -> usize {
    let bytes = &text.as_bytes()[..limit];
    while i < bytes.len() {
        // The ASCII letters and digits of a word, in a tight loop; the
        // byte after them is looked at right below, not again here.
        if is_alnum_byte(bytes[i]) {
            i = alnum_run_end(bytes, i + 1);
            end = i;
            if i == bytes.len() {
                break;
            }
        }
        // Any other ASCII byte but a joiner ends the word (a space,
        // mostly): no need to decode it.
        if bytes[i] < 0x80 && !matches!(bytes[i], b'\'' | b'-' | b'.' | b'&') {
            break;
        }
        let (c, len) = char_at(text, i);
        if is_word(c) {
            i += len;
            end = i;
        } else if is_joiner(c) {
            // `U.S.` keeps its final period when the period follows a
            // single letter; `Chinese-made` keeps the hyphen.
            if i + len < limit && is_word(char_at(text, i + len).0) {
                i += len;
                continue;
            }
            if c == '.' && is_initialism(&text[start..i]) {
                end = i + 1;
            }
            break;
        } else {
            break;
        }
    }
    end
}

/// The end of the run of ASCII letters and digits at `bytes[i..]`.
///
/// A function of its own, so that the loop keeps one index: inside
/// [`word_end`] it also updated the word's end at every byte.
fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && is_alnum_byte(bytes[i]) {
        i += 1;
    }
    i
}

/// The start of the run of ASCII letters and digits that ends at `i`
/// (exclusive), not crossing `limit` ([`alnum_run_end`] backwards).
fn alnum_run_start(bytes: &[u8], mut i: usize, limit: usize) -> usize {
    while i > limit && is_alnum_byte(bytes[i - 1]) {
        i -= 1;
    }
    i
}

/// `U.S`, `U.K`: single letters joined by periods.
fn is_initialism(s: &str) -> bool {
    // Asked at the end of every word before a full stop: an ASCII first
    // character not followed by a period (`said.`) rules it out at once.
    if let [first, second, ..] = s.as_bytes() {
        if *first < 0x80 && *second != b'.' {
            return false;
        }
    }
    s.len() >= 3 && s.split('.').all(|p| p.chars().count() == 1)
}

/// The word that ends at or before `pos`, not crossing `limit` backwards.
pub fn word_before(text: &str, pos: usize, limit: usize) -> Option<Span> {
    let head = text.get(limit..pos)?.as_bytes();
    // The ASCII spaces and marks after the word (nearly always all there
    // is) are stepped over without decoding; a word of ASCII letters and
    // digits with an ASCII byte but a joiner before it (nearly every word
    // of news) is answered here. It keeps no final period: only an
    // initialism does, which has periods inside. The rest goes on in
    // `word_before_from`, out of line, so that this path saves and
    // restores no registers for it.
    let j = head.iter().rposition(|&b| b >= 0x80 || is_alnum_byte(b))?;
    if head[j] >= 0x80 {
        return word_before_from(text, pos, limit);
    }
    let start = alnum_run_start_back(head, j + 1);
    if start > 0 && (head[start - 1] >= 0x80 || is_joiner_byte(head[start - 1])) {
        return word_before_from(text, pos, limit);
    }
    Some(Span::new(limit + start, limit + j + 1))
}

/// An ASCII byte that joins the parts of a word (see [`is_joiner`]).
#[inline]
fn is_joiner_byte(b: u8) -> bool {
    matches!(b, b'\'' | b'-' | b'.' | b'&')
}

/// The start of the run of ASCII letters and digits that ends at `end`
/// (exclusive) in `bytes`: the eight bytes before `end` in one step (a
/// word of news, nearly always), then byte by byte.
#[inline]
fn alnum_run_start_back(bytes: &[u8], end: usize) -> usize {
    let mut i = end;
    if let Some(chunk) = i.checked_sub(8).and_then(|s| bytes.get(s..i)) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let stop = !alnum_bits(u64::from_le_bytes(word)) & HIGH;
        if stop != 0 {
            // The last byte that is none, of the eight: the run follows it.
            return i - 8 + (63 - stop.leading_zeros() as usize) / 8 + 1;
        }
        i -= 8;
    }
    bytes[..i]
        .iter()
        .rposition(|&b| !is_alnum_byte(b))
        .map_or(0, |k| k + 1)
}

/// [`word_before`] char by char, with joiners and initialisms: out of
/// line, for the words the short path leaves.
#[cold]
#[inline(never)]
fn word_before_from(text: &str, pos: usize, limit: usize) -> Option<Span> {
    let head = text.get(limit..pos)?;
    let (off, c) = last_word_char(head)?;
    let last = limit + off + c.len_utf8();
    let start = word_start(text, last, limit);
    // A final period that belongs to an initialism (`U.S.`).
    let period = last < pos && text.as_bytes()[last] == b'.';
    let end = if period && is_initialism(&text[start..last]) {
        last + 1
    } else {
        last
    };
    Some(Span::new(start, end))
}

/// The offset and char of the last word char of `head`. The ASCII
/// spaces and punctuation before a word (nearly always all there is) are
/// stepped over byte by byte, without decoding: no ASCII byte but a letter
/// or digit is a word char.
fn last_word_char(head: &str) -> Option<(usize, char)> {
    let bytes = head.as_bytes();
    let mut k = bytes.len();
    while k > 0 && bytes[k - 1] < 0x80 && !is_alnum_byte(bytes[k - 1]) {
        k -= 1;
    }
    match bytes[..k].last() {
        None => None,
        Some(&b) if b < 0x80 => Some((k - 1, char::from(b))),
        // `k` follows an ASCII byte or ends `head`: a char boundary.
        Some(_) => head[..k].char_indices().rev().find(|&(_, c)| is_word(c)),
    }
}

fn word_start(text: &str, end: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = end;
    // `i` walks back over whole characters: the word is `text[start..end]`
    // so far, and a joiner at `text[i..start]` waits for a word character.
    let mut i = end;
    while i > limit {
        // ASCII letters and digits (nearly every byte of a word) one byte
        // at a time, without decoding.
        // The byte before them is looked at right below, not again here.
        if is_alnum_byte(bytes[i - 1]) {
            i = alnum_run_start(bytes, i - 1, limit);
            start = i;
            if i == limit {
                break;
            }
        }
        // Any other ASCII byte but a joiner ends the word (a space, mostly).
        if bytes[i - 1] < 0x80 && !matches!(bytes[i - 1], b'\'' | b'-' | b'.' | b'&') {
            break;
        }
        let Some(c) = text[limit..i].chars().next_back() else {
            break;
        };
        let len = c.len_utf8();
        if is_word(c) {
            i -= len;
            start = i;
        } else if is_joiner(c)
            && text[limit..i - len]
                .chars()
                .next_back()
                .is_some_and(is_word)
        {
            i -= len;
        } else {
            break;
        }
    }
    start
}

/// The words of `text[span]`, in order.
pub fn words(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let mut pos = span.start;
    std::iter::from_fn(move || {
        let w = word_after(text, pos, span.end)?;
        pos = w.end;
        Some(w)
    })
}

/// Calls `f` with every word of `text`, in order, as [`words`] finds them
/// over the whole text, and whether the word is only ASCII letters and
/// digits (nearly every word of news; the others may hold inner capitals,
/// `U.S.`, `AT&T`, or letters to decode).
///
/// The text is read in blocks of 64 bytes, each classified at once
/// ([`BlockBits`]): the words of a block start at its set bits (the first
/// letter or digit of each run, or a byte to decode), and a word's ASCII
/// letters and digits run to the next clear bit, a few bit operations per
/// word instead of a test of every byte. A word that goes on past its run
/// (a joiner, a byte to decode) is read on by [`word_rest`], as the
/// byte-at-a-time scan [`next_word`] reads it.
///
/// Inlined into its caller, so that `f` keeps its state in registers: as
/// a function of its own it cost `CaseInfo::new` 2M more instructions on
/// the 2 MB slice.
#[inline(always)]
pub fn for_each_word(text: &str, mut f: impl FnMut(Span, bool)) {
    let bytes = text.as_bytes();
    // The next word starts at or after `i`, a char boundary (the end of
    // the last word): the starts before it are inside words already read.
    let mut i: usize = 0;
    let mut base = 0;
    while base < bytes.len() {
        let bits = BlockBits::of(bytes, base);
        // A run of letters and digits that goes on from the block before
        // belongs to a word read already: `i` is past it.
        let mut starts =
            (bits.alnum & !(bits.alnum << 1) | bits.high) & from_bit(i.saturating_sub(base));
        while starts != 0 {
            let s = starts.trailing_zeros() as usize;
            let start = base + s;
            // The start just read, and in a word that goes on past its
            // run (below) any start before its end.
            starts &= starts - 1;
            let (span, plain) = if bits.high >> s & 1 != 0 {
                // Only ASCII bytes that open no word lie between `i` and
                // `start`, which starts a char: the scan from there finds
                // the word the scan from `i` would.
                match next_word(text, start) {
                    Some(word) => {
                        starts &= from_bit(word.0.end - base);
                        word
                    }
                    None => return,
                }
            } else {
                let rest = !bits.alnum >> s;
                let run_end = if rest == 0 {
                    ascii_alnum_end(bytes, base + 64)
                } else {
                    start + rest.trailing_zeros() as usize
                };
                match bytes.get(run_end) {
                    Some(&b) if b >= 0x80 || is_joiner_byte(b) && joins_at(bytes, run_end + 1) => {
                        let word = word_rest(text, start, run_end);
                        starts &= from_bit(word.0.end - base);
                        word
                    }
                    // A joiner before no word char (`said.`, `Smith's`)
                    // ends the word, and keeps no period: the run is no
                    // initialism, which has periods inside.
                    _ => (Span::new(start, run_end), true),
                }
            };
            f(span, plain);
            i = span.end;
        }
        // Past the block, or on to the block of the end of a long word.
        base = (base + 64).max(i & !63);
    }
}

/// The bits from bit `k` up (none when `k` is 64 or more).
#[inline(always)]
fn from_bit(k: usize) -> u64 {
    u64::MAX.checked_shl(k as u32).unwrap_or(0)
}

/// Whether a joiner before byte `i` may join a word there: the byte is an
/// ASCII letter or digit, or starts a char to decode (a word char when it
/// is a letter).
#[inline(always)]
fn joins_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_some_and(|&c| c >= 0x80 || is_alnum_byte(c))
}

/// Which bytes of a block of 64 bytes of text open a word or go on with
/// one, bit `k` for byte `base + k` (bytes past the end of the text are
/// neither).
#[derive(Clone, Copy)]
struct BlockBits {
    /// ASCII letters and digits ([`is_alnum_byte`]).
    alnum: u64,
    /// Every byte of a non-ASCII char (which may be a letter, decoded
    /// then).
    high: u64,
}

impl BlockBits {
    /// The bits of `bytes[base..base + 64]`.
    #[inline(always)]
    fn of(bytes: &[u8], base: usize) -> BlockBits {
        with_block(bytes, base, BlockBits::of_block)
    }

    /// The bytes tested by comparisons joined with `|` (which vectorize;
    /// the table of [`is_alnum_byte`] does not): bit 0 of a flag for a
    /// letter or digit, bit 1 for a non-ASCII byte.
    #[inline(always)]
    fn of_block(block: &[u8; 64]) -> BlockBits {
        let mut flags = [0u8; 64];
        for (flag, &b) in flags.iter_mut().zip(block) {
            let alnum = ((b | 0x20).wrapping_sub(b'a') < 26) | (b.wrapping_sub(b'0') < 10);
            *flag = u8::from(alnum) | (u8::from(b >= 0x80) << 1);
        }
        BlockBits {
            alnum: gather_flag_bits(&flags, 0),
            high: gather_flag_bits(&flags, 1),
        }
    }
}

/// `f` of the 64 bytes of `bytes` from `base`, the bytes past the end
/// taken as zero: the blocks that the scans classified 64 bytes at a time
/// read ([`for_each_word`], `lexicon::find_cues`).
#[inline(always)]
pub(crate) fn with_block<T>(bytes: &[u8], base: usize, f: impl FnOnce(&[u8; 64]) -> T) -> T {
    let rest = bytes.get(base..).unwrap_or_default();
    match rest.first_chunk::<64>() {
        Some(block) => f(block),
        None => {
            let mut block = [0u8; 64];
            block[..rest.len()].copy_from_slice(rest);
            f(&block)
        }
    }
}

/// Bit `k` set when bit `bit` of `flags[k]` is: each eight flags gathered
/// into a byte of bits by one multiplication, a few instructions per eight
/// bytes (a loop that shifts each flag into place does not vectorize).
#[inline(always)]
pub(crate) fn gather_flag_bits(flags: &[u8; 64], bit: u32) -> u64 {
    let mut bits = 0u64;
    for (j, eight) in flags.chunks_exact(8).enumerate() {
        // Bit 0 of byte `k` to bit `56 + k`: the partial products do not
        // overlap, so no sum carries.
        const GATHER: u64 = 0x0102_0408_1020_4080;
        let eight = u64::from_le_bytes(eight.try_into().expect("chunks of eight"));
        bits |= ((eight >> bit & ONES).wrapping_mul(GATHER) >> 56) << (8 * j);
    }
    bits
}

/// The first word at or after `i` (a char boundary) of the whole `text`,
/// as [`word_after`] with `limit == text.len()` finds it, and whether it
/// is only ASCII letters and digits: byte by byte, for the words
/// [`for_each_word`] finds opening with a non-ASCII byte.
#[inline(never)]
fn next_word(text: &str, mut i: usize) -> Option<(Span, bool)> {
    let bytes = text.as_bytes();
    // Spaces and punctuation before the word.
    loop {
        let &b = bytes.get(i)?;
        if b < 0x80 {
            if is_alnum_byte(b) {
                break;
            }
            i += 1;
        } else {
            let (c, len) = char_at(text, i);
            if c.is_alphanumeric() {
                break;
            }
            i += len;
        }
    }
    Some(word_rest(text, i, i))
}

/// The word that starts at `start` (a word char) and whose first `i -
/// start` bytes are ASCII letters and digits, and whether it is only
/// those: the rest of [`next_word`], from where the letters and digits
/// found so far end.
#[inline(never)]
fn word_rest(text: &str, start: usize, mut i: usize) -> (Span, bool) {
    let bytes = text.as_bytes();
    let mut end = i;
    let mut plain = true;
    loop {
        // The ASCII letters and digits of the word: eight bytes at a time
        // (a word of news in one step), then the last few one by one.
        let run = i;
        loop {
            let Some(chunk) = bytes.get(i..i + 8) else {
                while bytes.get(i).is_some_and(|&b| is_alnum_byte(b)) {
                    i += 1;
                }
                break;
            };
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let stop = !alnum_bits(u64::from_le_bytes(word)) & HIGH;
            if stop != 0 {
                i += stop.trailing_zeros() as usize / 8;
                break;
            }
            i += 8;
        }
        if i > run {
            end = i;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if b < 0x80 {
            if !matches!(b, b'\'' | b'-' | b'.' | b'&') {
                break;
            }
            // As in `word_end`: a joiner stays inside when a word
            // character follows; `U.S.` keeps its final period.
            if word_char_at(text, i + 1) {
                i += 1;
                plain = false;
                continue;
            }
            if b == b'.' && is_initialism(&text[start..i]) {
                end = i + 1;
                plain = false;
            }
            break;
        }
        let (c, len) = char_at(text, i);
        if c.is_alphanumeric() {
            i += len;
            end = i;
            plain = false;
        } else if c == '\u{2019}' && word_char_at(text, i + len) {
            i += len;
            plain = false;
        } else {
            break;
        }
    }
    (Span::new(start, end), plain)
}

const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);

/// The top bit of each byte of `x` (eight bytes of text, little-endian)
/// set when the byte is an ASCII letter or digit ([`is_alnum_byte`]).
#[inline(always)]
fn alnum_bits(x: u64) -> u64 {
    // With the top bits cleared no per-byte sum carries into the next
    // byte: the top bit of `low + (0x80 - lo)` is set from `lo` up, that
    // of `low + (0x7f - hi)` from past `hi` up. `| 0x20` folds capitals
    // onto small letters (and no other byte onto one).
    let low = x & !HIGH;
    let folded = low | (ONES * 0x20);
    let letter = (folded + ONES * (0x80 - 0x61)) & !(folded + ONES * (0x7f - 0x7a));
    let digit = (low + ONES * (0x80 - 0x30)) & !(low + ONES * (0x7f - 0x39));
    (letter | digit) & !x & HIGH
}

/// The top bit of each byte of `x` (eight bytes of text, little-endian)
/// set when the byte is an ASCII letter ([`alnum_bits`] without digits).
#[inline(always)]
fn letter_bits(x: u64) -> u64 {
    let folded = x & !HIGH | (ONES * 0x20);
    (folded + ONES * (0x80 - 0x61)) & !(folded + ONES * (0x7f - 0x7a)) & !x & HIGH
}

/// How many ASCII letters run right before `end` in `bytes`, counting at
/// most 16: the sixteen bytes before `end` tested at once where there are
/// sixteen (for the word before a capitalised word, which is asked of
/// every one).
pub(crate) fn ascii_letters_before(bytes: &[u8], end: usize) -> usize {
    let Some(chunk) = end.checked_sub(16).and_then(|s| bytes.get(s..end)) else {
        let head = bytes.get(..end).unwrap_or_default();
        return head
            .iter()
            .rev()
            .take(16)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
    };
    let eight = |k: usize| {
        let mut word = [0u8; 8];
        word.copy_from_slice(&chunk[k..k + 8]);
        u64::from_le_bytes(word)
    };
    // The last byte is the top one: the letters before `end` are the clear
    // top bits from the top down.
    let not_last = !letter_bits(eight(8)) & HIGH;
    if not_last != 0 {
        return not_last.leading_zeros() as usize / 8;
    }
    let not_first = !letter_bits(eight(0)) & HIGH;
    8 + (not_first.leading_zeros() as usize / 8).min(8)
}

/// The end of the run of ASCII letters and digits at `bytes[i..]`: the
/// first byte at or after `i` that is none (or the end). Eight bytes at a
/// time, as [`next_word`] reads a word, for the scans that look up every
/// run of a sentence.
#[inline]
pub(crate) fn ascii_alnum_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let stop = !alnum_bits(u64::from_le_bytes(word)) & HIGH;
        if stop != 0 {
            return i + stop.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| is_alnum_byte(b)) {
        i += 1;
    }
    i
}

/// A word character starts at byte `i` (a char boundary, or the end).
#[inline]
fn word_char_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => is_alnum_byte(b),
        Some(_) => char_at(text, i).0.is_alphanumeric(),
    }
}

/// The first word `s.split_whitespace()` yields (`None` when it yields
/// none).
///
/// The ASCII whitespace before it and its ASCII bytes are read as bytes;
/// only a word with a byte of another char (or such a char before it) is
/// left to the iterator, which decodes every char. Asked of the text after
/// most cues.
pub fn first_token(s: &str) -> Option<&str> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() && is_ascii_space(bytes[i]) {
        i += 1;
    }
    if i == bytes.len() {
        return None;
    }
    let start = i;
    while i < bytes.len() && !is_ascii_space(bytes[i]) {
        if bytes[i] >= 0x80 {
            return s.split_whitespace().next();
        }
        i += 1;
    }
    // `start` and `i` follow or precede ASCII bytes: char boundaries.
    Some(&s[start..i])
}

/// The ASCII chars that `char::is_whitespace` is true of (`\t`, `\n`,
/// vertical tab, form feed, `\r` and the space).
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// Calls `f` with `word` in lower case, without allocating for ASCII words
/// of up to 32 bytes (nearly every word of English news).
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    match ascii_lower(word, &mut buf) {
        Some(lower) => f(lower),
        None => f(&word.to_lowercase()),
    }
}

/// `word` in lower case, as `str::to_lowercase` gives it: borrowed (from
/// `word` or `buf`, see [`ascii_lower`]) for an ASCII word of up to 32
/// bytes, and a new string only for a longer or non-ASCII one. For the
/// words the resolver and the attributor look up in lower case, which
/// cost an allocation and a free each when every one was copied.
pub fn lower_in<'a>(word: &'a str, buf: &'a mut [u8; 32]) -> Cow<'a, str> {
    match ascii_lower(word, buf) {
        Some(lower) => Cow::Borrowed(lower),
        None => Cow::Owned(word.to_lowercase()),
    }
}

/// `word` in lower case, as `str::to_lowercase` gives it, for an ASCII
/// word of up to 32 bytes: the word itself when it has no capital (most
/// words of news: no copy, and no UTF-8 check of the copy), else lowered
/// into `buf`. `None` for a longer or non-ASCII word.
pub fn ascii_lower<'a>(word: &'a str, buf: &'a mut [u8; 32]) -> Option<&'a str> {
    let bytes = word.as_bytes();
    if bytes
        .iter()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return Some(word);
    }
    if bytes.len() <= buf.len() && word.is_ascii() {
        let lower = &mut buf[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        // ASCII stays ASCII, and so valid UTF-8, when lower-cased.
        return std::str::from_utf8(lower).ok();
    }
    None
}

/// True when the word starts with an upper-case letter.
///
/// Asked of every word of a document, several times: an ASCII first byte
/// (nearly always) is answered from the byte, without decoding a `char`.
#[inline]
pub fn is_capitalised(word: &str) -> bool {
    match word.as_bytes().first() {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        Some(_) => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// True when the word has a lower-case letter.
///
/// Asked of capitalised words, which nearly all have an ASCII lower-case
/// letter among their first bytes: those are read as bytes, and only a
/// word without one that is not all ASCII is decoded.
#[inline(always)]
pub fn has_lowercase(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_lowercase())
        || !word.is_ascii() && word.chars().any(char::is_lowercase)
}

/// Only whitespace between two positions (true when they are equal; false
/// when `a..b` is no range of chars of `text`).
///
/// Asked of the gap between two words, nearly always one space: that is
/// answered inline, and any other gap in [`only_space_between_from`].
#[inline]
pub fn only_space_between(text: &str, a: usize, b: usize) -> bool {
    // A space is one byte: both ends of it are char boundaries.
    if b == a.wrapping_add(1) && text.as_bytes().get(a) == Some(&b' ') {
        return true;
    }
    only_space_between_from(text, a, b)
}

/// [`only_space_between`] for any gap, out of line.
#[inline(never)]
fn only_space_between_from(text: &str, a: usize, b: usize) -> bool {
    let Some(s) = text.get(a..b) else {
        return false;
    };
    // ASCII whitespace (nearly always one space) byte by byte; the first
    // non-ASCII byte hands the rest to the decoding test.
    for (k, &byte) in s.as_bytes().iter().enumerate() {
        if byte >= 0x80 {
            return s[k..].chars().all(char::is_whitespace);
        }
        if !matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_cases() {
        const CASES: &[(&str, &[&str])] = &[
            ("He said, “We win.”", &["He", "said", "We", "win"]),
            (
                "O'Brien's Chinese-made U.S. jets",
                &["O'Brien's", "Chinese-made", "U.S.", "jets"],
            ),
            ("ends here.", &["ends", "here"]),
            ("CNBC’s Hadley Gamble", &["CNBC’s", "Hadley", "Gamble"]),
        ];
        for (text, want) in CASES {
            let got: Vec<&str> = words(text, Span::new(0, text.len()))
                .map(|s| s.as_str(text))
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn initialism_shortcut_changes_nothing(s in "[A-Za-z.\u{e9}\u{4e2d}]{0,8}") {
            let plain = s.len() >= 3 && s.split('.').all(|p| p.chars().count() == 1);
            proptest::prop_assert_eq!(is_initialism(&s), plain);
        }

        #[test]
        fn with_lower_is_to_lowercase(s in "[A-Za-z' \u{e9}\u{c9}\u{212a}]{0,40}") {
            proptest::prop_assert_eq!(with_lower(&s, str::to_string), s.to_lowercase());
        }

        #[test]
        fn capitalised_as_by_chars(s in "[A-Za-z .\u{c9}\u{e9}\u{4e2d}]{0,4}") {
            let plain = s.chars().next().is_some_and(char::is_uppercase);
            proptest::prop_assert_eq!(is_capitalised(&s), plain);
        }
    }

    /// `word_start` as it was before the ASCII steps, to check against.
    fn word_start_by_chars(text: &str, end: usize, limit: usize) -> usize {
        let mut start = end;
        let mut chars = text[limit..end].char_indices().rev().peekable();
        while let Some((i, c)) = chars.next() {
            if is_word(c) {
                start = limit + i;
            } else if is_joiner(c) && chars.peek().is_some_and(|&(_, p)| is_word(p)) {
                continue;
            } else {
                break;
            }
        }
        start
    }

    /// `word_end` decoding every char, to check the byte steps against.
    fn word_end_by_chars(text: &str, start: usize, limit: usize) -> usize {
        let mut end = start;
        let mut i = start;
        while let Some(c) = text[i..limit].chars().next() {
            let len = c.len_utf8();
            if is_word(c) {
                i += len;
                end = i;
            } else if is_joiner(c) {
                if text[i + len..limit].chars().next().is_some_and(is_word) {
                    i += len;
                    continue;
                }
                if c == '.' && is_initialism(&text[start..i]) {
                    end = i + 1;
                }
                break;
            } else {
                break;
            }
        }
        end
    }

    /// `word_after` decoding every char, to check the ASCII steps against.
    fn word_after_by_chars(text: &str, pos: usize, limit: usize) -> Option<Span> {
        let limit = limit.min(text.len());
        let head = text.get(pos..limit)?;
        let (off, _) = head.char_indices().find(|&(_, c)| is_word(c))?;
        Some(Span::new(
            pos + off,
            word_end_by_chars(text, pos + off, limit),
        ))
    }

    proptest::proptest! {
        #[test]
        fn word_end_as_by_chars(
            s in "[a-zA-Z0-9 .,'\u{2019}&\u{e9}\u{4e2d}-]{0,40}",
            a in 0usize..60,
            b in 0usize..60,
        ) {
            let (start, limit) = (a.min(b).min(s.len()), a.max(b).min(s.len()));
            if s.is_char_boundary(start) && s.is_char_boundary(limit) {
                proptest::prop_assert_eq!(
                    word_end(&s, start, limit),
                    word_end_by_chars(&s, start, limit)
                );
            }
        }

        #[test]
        fn word_after_as_by_chars(
            s in "[a-zA-Z0-9 .,'\u{2019}&\u{e9}\u{4e2d}\u{201c}-]{0,40}",
            a in 0usize..60,
            b in 0usize..60,
        ) {
            proptest::prop_assert_eq!(word_after(&s, a, b), word_after_by_chars(&s, a, b));
        }

        #[test]
        fn ascii_lower_is_to_lowercase(s in "[A-Za-z' \u{e9}\u{c9}\u{212a}]{0,40}") {
            let mut buf = [0u8; 32];
            let got = ascii_lower(&s, &mut buf).map(str::to_string);
            let ascii = s.is_ascii() && (s.len() <= 32 || !s.bytes().any(|b| b.is_ascii_uppercase()));
            proptest::prop_assert_eq!(got, ascii.then(|| s.to_lowercase()));
        }

        #[test]
        fn ascii_alnum_end_as_by_bytes(s in "[a-zA-Z0-9 .,'\u{e9}-]{0,40}", i in 0usize..40) {
            let bytes = s.as_bytes();
            let i = i.min(bytes.len());
            let want = i + bytes[i..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            proptest::prop_assert_eq!(ascii_alnum_end(bytes, i), want);
        }

        #[test]
        fn lower_in_is_to_lowercase(s in "[A-Za-z' \u{e9}\u{c9}\u{130}\u{212a}]{0,40}") {
            let mut buf = [0u8; 32];
            let lower = lower_in(&s, &mut buf);
            proptest::prop_assert_eq!(lower.as_ref(), s.to_lowercase());
        }

        #[test]
        fn last_word_char_as_by_chars(s in "[a-zA-Z0-9 .,'\u{2019}&\u{e9}\u{2014}\u{4e2d}-]{0,20}") {
            proptest::prop_assert_eq!(
                last_word_char(&s),
                s.char_indices().rev().find(|&(_, c)| is_word(c))
            );
        }

        #[test]
        fn word_start_as_by_chars(
            s in "[a-zA-Z0-9 .,'\u{2019}&\u{e9}\u{4e2d}-]{0,40}",
            a in 0usize..60,
            b in 0usize..60,
        ) {
            let (limit, end) = (a.min(b).min(s.len()), a.max(b).min(s.len()));
            if s.is_char_boundary(limit) && s.is_char_boundary(end) {
                proptest::prop_assert_eq!(
                    word_start(&s, end, limit),
                    word_start_by_chars(&s, end, limit)
                );
            }
        }
    }

    /// `bits` marks in each byte's high bit the bytes `want` holds, for
    /// every byte value at every place among `others`.
    fn assert_byte_bits(bits: fn(u64) -> u64, want: fn(&u8) -> bool, others: &[u8]) {
        for b in 0..=u8::MAX {
            for &other in others {
                for k in 0..8 {
                    let mut word = [other; 8];
                    word[k] = b;
                    let got = bits(u64::from_le_bytes(word)) >> (8 * k + 7) & 1 == 1;
                    assert_eq!(got, want(&b), "byte {b} at {k} among {other}");
                }
            }
        }
    }

    #[test]
    fn letter_bits_are_ascii_alphabetic() {
        let others = [0u8, b' ', b'a', b'Z', b'5', 0x7f, 0x80, 0xff];
        assert_byte_bits(letter_bits, u8::is_ascii_alphabetic, &others);
    }

    #[test]
    fn alnum_bits_are_ascii_alphanumeric() {
        let others = [0u8, b' ', b'a', b'Z', 0x7f, 0x80, 0xff];
        assert_byte_bits(alnum_bits, u8::is_ascii_alphanumeric, &others);
    }

    proptest::proptest! {
        #[test]
        fn after_last_space_is_rsplit(s in "[a \u{e9}\u{4e2d}.]{0,12}") {
            proptest::prop_assert_eq!(after_last_space(&s), s.rsplit(' ').next().unwrap_or_default());
            proptest::prop_assert_eq!(before_first_space(&s), s.split(' ').next().unwrap_or_default());
        }
    }

    /// Words with whether each is plain ASCII letters and digits.
    type PlainWords = Vec<(Span, bool)>;

    /// What [`for_each_word`] hands over for `s`, and what [`words`] says
    /// it should.
    fn for_each_word_and_words(s: &str) -> (PlainWords, PlainWords) {
        let mut got = Vec::new();
        for_each_word(s, |w, plain| got.push((w, plain)));
        let want = words(s, Span::new(0, s.len()))
            .map(|w| (w, w.as_str(s).bytes().all(|b| b.is_ascii_alphanumeric())))
            .collect();
        (got, want)
    }

    proptest::proptest! {
        #[test]
        fn for_each_word_is_words(s in "[a-zA-Z0-9 .,'\u{2019}&\u{e9}\u{c9}\u{4e2d}\n-]{0,80}") {
            let (got, want) = for_each_word_and_words(&s);
            proptest::prop_assert_eq!(got, want);
        }

        /// Over texts of several blocks, with words across their edges.
        #[test]
        fn for_each_word_is_words_over_blocks(s in "([a-zA-Z0-9]{0,70}[ .,'\u{2019}&\u{e9}\u{4e2d}\n-]{0,3}){0,12}") {
            let (got, want) = for_each_word_and_words(&s);
            proptest::prop_assert_eq!(got, want);
        }

        #[test]
        fn only_space_between_is_all_whitespace(
            s in "[ \t\n\r\u{b}\u{c}\u{85}\u{a0}\u{2009}\u{3000}a.\u{e9}]{0,8}",
            a in 0usize..12,
            b in 0usize..12,
        ) {
            let want = s.get(a..b).is_some_and(|t| t.chars().all(char::is_whitespace));
            proptest::prop_assert_eq!(only_space_between(&s, a, b), want);
        }

        #[test]
        fn has_lowercase_is_any_lowercase_char(s in "[aZ09 .\u{e9}\u{c9}\u{df}\u{4e2d}\u{2170}]{0,8}") {
            proptest::prop_assert_eq!(has_lowercase(&s), s.chars().any(char::is_lowercase));
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_letters_before_as_by_bytes(s in "[a-zA-Z0-9 .,'\u{e9}-]{0,40}", end in 0usize..44) {
            let bytes = s.as_bytes();
            let end = end.min(bytes.len());
            let want = bytes[..end].iter().rev().take(16).take_while(|b| b.is_ascii_alphabetic()).count();
            proptest::prop_assert_eq!(ascii_letters_before(bytes, end), want);
        }
    }

    #[test]
    fn alnum_table_is_ascii_alphanumeric() {
        for b in 0..=u8::MAX {
            assert_eq!(is_alnum_byte(b), b.is_ascii_alphanumeric(), "byte {b}");
        }
    }

    proptest::proptest! {
        #[test]
        fn first_token_is_the_first_of_split_whitespace(
            s in "[ a-z\t\n\r\u{0B}\u{0C}\u{A0}\u{2009}\u{85}\u{e9},.'-]{0,20}"
        ) {
            proptest::prop_assert_eq!(first_token(&s), s.split_whitespace().next());
        }
    }

    #[test]
    fn word_before_cases() {
        let text = "moved to the U.S. Then";
        let w = word_before(text, 17, 0).unwrap();
        assert_eq!(w.as_str(text), "U.S.");
        let w = word_before(text, 12, 0).unwrap();
        assert_eq!(w.as_str(text), "the");
        assert_eq!(word_before(text, 0, 0), None);
        let text = "“Go,” he";
        assert_eq!(word_before(text, text.len(), 0).unwrap().as_str(text), "he");
    }

    /// `word_before` decoding every char, to check the ASCII steps against.
    fn word_before_by_chars(text: &str, pos: usize, limit: usize) -> Option<Span> {
        let head = text.get(limit..pos)?;
        let (off, c) = head.char_indices().rev().find(|&(_, c)| is_word(c))?;
        let last = limit + off + c.len_utf8();
        let start = word_start_by_chars(text, last, limit);
        let period = last < pos && text.as_bytes()[last] == b'.';
        let end = if period && is_initialism(&text[start..last]) {
            last + 1
        } else {
            last
        };
        Some(Span::new(start, end))
    }

    proptest::proptest! {
        #[test]
        fn word_before_as_by_chars(
            s in "[a-zA-Z0-9 .,'\u{2019}&\u{e9}\u{4e2d}\u{201c}-]{0,40}",
            a in 0usize..60,
            b in 0usize..60,
        ) {
            proptest::prop_assert_eq!(word_before(&s, b, a), word_before_by_chars(&s, b, a));
        }

        #[test]
        fn alnum_run_start_back_as_by_bytes(s in "[a-zA-Z0-9 .,'\u{e9}-]{0,40}", i in 0usize..40) {
            let bytes = s.as_bytes();
            let i = i.min(bytes.len());
            let want = i - bytes[..i].iter().rev().take_while(|b| b.is_ascii_alphanumeric()).count();
            proptest::prop_assert_eq!(alnum_run_start_back(bytes, i), want);
        }
    }
}
