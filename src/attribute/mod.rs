//! Quote attribution: who said what, to whom, about what.
//!
//! Owns: [`Attributor`] and the rules it tries, in two phases. First, on
//! the text: direct quotes ([`direct`]) with the attribution next to them
//! (`"...," X said`, `said X`, `X said: "..."`, split quotes, quote
//! paragraphs that continue the previous speaker), a headline's or a
//! transcript's `Name: words` ([`headline`], [`transcript`]), then
//! indirect speech ([`indirect`]). Second, in text order: each speaker and addressee is
//! resolved ([`party`] candidates to entities: mentions, pronouns to the
//! current speaker or nearest compatible antecedent, descriptions,
//! spokespeople to their organisation, documents to their authors
//! ([`author`]), unknown names to discovered entities).
//! Reads: `text`, `paragraphs`, `sentences`, `mentions`. Writes: `quotes`,
//! and adds mentions for pronouns, descriptions and discovered speakers.

pub mod author;
pub mod direct;
pub mod headline;
pub mod indirect;
pub mod naming;
pub mod nominal;
pub mod party;
pub mod transcript;

use crate::doc::{
    squash_space, Document, EntityRef, EntityType, Mention, Party, Quote, QuoteKind, Referent, Via,
};
use crate::gazetteer::Gazetteer;
use crate::lexicon::{self, SpeechVerb};
use crate::resolve::{names, pronoun};
use crate::span::Span;
use crate::token;
use party::Cand;

/// A quote found on the text, before its parties are resolved.
#[derive(Clone, Debug)]
pub struct Found {
    pub kind: QuoteKind,
    pub content: Span,
    /// The pieces of a content that runs around its attribution (`"A," he
    /// said, "B."`); empty when the content is all the speaker's words.
    pub fragments: Vec<Span>,
    pub cue: Option<Span>,
    /// `None`: continues the previous speaker.
    pub speaker: Option<Cand>,
    pub addressee: Option<Cand>,
    pub rules: Vec<&'static str>,
    pub confidence: f32,
}

impl Found {
    /// Reported speech with its cue and speaker, of the kind its content
    /// shows (indirect, or mixed with quoted words inside).
    fn reported(
        text: &str,
        content: Span,
        cue: Span,
        speaker: Cand,
        rule: &'static str,
        confidence: f32,
    ) -> Found {
        Found {
            kind: indirect::kind_of(text, content),
            content,
            fragments: Vec::new(),
            cue: Some(cue),
            speaker: Some(speaker),
            addressee: None,
            rules: vec![rule],
            confidence,
        }
    }

    /// Quoted words attributed by the words next to them; the content is
    /// set by the caller once the quote's extent is known.
    fn direct(
        cue: Option<Span>,
        speaker: Option<Cand>,
        rule: &'static str,
        confidence: f32,
    ) -> Found {
        Found {
            kind: QuoteKind::Direct,
            content: Span::default(),
            fragments: Vec::new(),
            cue,
            speaker,
            addressee: None,
            rules: vec![rule],
            confidence,
        }
    }

    /// Quoted words with no attribution of their own: the speaker is
    /// carried over when the quotes are resolved.
    fn unattributed(content: Span, rule: &'static str, confidence: f32) -> Found {
        Found {
            kind: QuoteKind::Direct,
            content,
            fragments: Vec::new(),
            cue: None,
            speaker: None,
            addressee: None,
            rules: vec![rule],
            confidence,
        }
    }
}

/// A speech verb used as a cue next to a direct quote (`said`, `told`,
/// `Says` in a headline), and the verbs that are cues only there: `"...,"
/// she continued`, `"...," the letter reads`, `protesters chanted, "..."`.
pub fn is_cue_word(word: &str) -> Option<SpeechVerb> {
    lexicon::speech_verb_any_case(word).or_else(|| {
        let lemma = match word {
            "continued" | "continues" | "continue" => "continue",
            "reads" | "read" => "read",
            "chanted" | "chants" | "chanting" | "chant" => "chant",
            "barked" | "barks" => "bark",
            _ => return None,
        };
        Some(SpeechVerb {
            lemma,
            addressee_object: false,
        })
    })
}

/// Finds and attributes quotes. Stateless: shared by all threads.
#[derive(Debug, Default, Clone, Copy)]
pub struct Attributor;

impl Attributor {
    /// Sets `doc.quotes`, and adds the mentions its speakers need.
    pub fn attribute(&self, gazetteer: &Gazetteer, doc: &mut Document) {
        let mut found = find_direct(gazetteer, doc);
        let directs = found.len();
        if let Some(h) = headline::find(doc) {
            if !found.iter().any(|f| f.content.overlaps(h.content)) {
                found.push(h);
            }
        }
        for t in transcript::find(gazetteer, doc) {
            // `"WALLACE: ...` quoted paragraph by paragraph: the line's
            // label names the speaker of the quote no words attribute.
            let quoted_line = found[..directs].iter().position(|f| {
                f.speaker.is_none()
                    && f.content.overlaps(t.content)
                    && t.speaker.as_ref().map(|s| s.span().start) == Some(f.content.start)
            });
            if let Some(i) = quoted_line {
                found[i] = t;
            } else if !found.iter().any(|f| f.content.overlaps(t.content)) {
                found.push(t);
            }
        }
        // Spans already used, bucketed by sentence so each sentence checks
        // only its own (a document with thousands of quotes stays linear).
        let mut taken: Vec<Vec<Span>> = vec![Vec::new(); doc.sentences.len()];
        let take = |taken: &mut Vec<Vec<Span>>, span: Span| {
            let first = doc.sentence_at(span.start) as usize;
            let last = doc.sentence_at(span.end.saturating_sub(1).max(span.start)) as usize;
            for bucket in taken.iter_mut().take(last + 1).skip(first) {
                bucket.push(span);
            }
        };
        let take_found = |taken: &mut Vec<Vec<Span>>, f: &Found| {
            take(taken, f.content);
            // `He said Mr Blunkett's integrity remained intact: "..."`:
            // the words between the cue and the colon are reported too.
            let cue = f.cue.filter(|c| !reports_before_colon(&doc.text, f, *c));
            for s in cue.into_iter().chain(f.speaker.as_ref().map(Cand::span)) {
                take(taken, s);
            }
        };
        // Quoted words attributed inside a sentence (`called it
        // “derisory”`, a fragment the subject said) give way to a reported
        // clause around them (`Clinton says she appreciated ... what she
        // calls a “war of words”`): one attribution, the outer one. They
        // take their spans only after their sentence's reported clauses
        // were looked for.
        let inner: Vec<bool> = found
            .iter()
            .enumerate()
            .map(|(i, f)| i < directs && is_inner(&doc.text, f))
            .collect();
        for (f, _) in found.iter().zip(&inner).filter(|(_, inner)| !**inner) {
            take_found(&mut taken, f);
        }
        let mut outer_won: Vec<bool> = vec![false; found.len()];
        let mut inner_taken: Vec<bool> = vec![false; directs];
        let mut cues = lexicon::find_cues(&doc.text);
        // A capitalised cue inside a sentence is part of a name (`Ohio
        // State University`, `the Washington Post`).
        cues.retain(|c| !is_capitalised_inside_sentence(doc, c.span));
        let mut rest = &cues[..];
        while let Some(first) = rest.first() {
            // The cues of one sentence at a time.
            let s = doc.sentence_at(first.span.start);
            let end = doc.sentences.get(s as usize).map_or(usize::MAX, |s| s.end);
            let n = rest
                .iter()
                .take_while(|c| c.span.start < end)
                .count()
                .max(1);
            // Inner quotes of earlier sentences (with no cue, or a quote
            // that runs on into this one) take their spans first.
            for (i, f) in found[..directs].iter().enumerate() {
                if inner[i] && !inner_taken[i] && doc.sentence_at(f.content.start) < s {
                    inner_taken[i] = true;
                    take_found(&mut taken, f);
                }
            }
            let before = found.len();
            let none = Vec::new();
            let here = taken.get(s as usize).unwrap_or(&none);
            indirect::find(doc, gazetteer, s, &rest[..n], here, directs, &mut found);
            rest = &rest[n..];
            settle_inner(doc, s, &inner, &mut outer_won, &mut found, before);
            for (i, f) in found[..directs].iter().enumerate() {
                if inner[i] && !inner_taken[i] && doc.sentence_at(f.content.start) == s {
                    inner_taken[i] = true;
                    if !outer_won[i] {
                        take_found(&mut taken, f);
                    }
                }
            }
            let (directs_found, added) = found.split_at_mut(before);
            for f in added {
                // A quote left open at the sentence's end runs on, over
                // words no other quote took, nor an inner quote of a later
                // sentence that has not taken its words yet.
                if let Some(&sent) = doc.sentences.get(s as usize) {
                    let longer = indirect::through_open_quote(doc, sent, f.content);
                    let beyond = Span::new(f.content.end, longer.end);
                    let over_inner = directs_found[..directs]
                        .iter()
                        .zip(&inner)
                        .any(|(d, &is)| is && d.content.overlaps(beyond));
                    if !beyond.is_empty() && is_free(&taken, doc, beyond) && !over_inner {
                        f.content = longer;
                    }
                }
                take(&mut taken, f.content);
            }
        }
        // Inner quotes whose sentence had no cue (so no turn above) keep
        // their place; those an outer clause took are dropped.
        let mut i = 0;
        found.retain(|_| {
            i += 1;
            !outer_won.get(i - 1).copied().unwrap_or(false)
        });
        found.sort_by_key(|f| f.content.start);
        materialise_discovered(gazetteer, doc, &mut found);
        relink_surnames(gazetteer, doc);
        relink_acronyms(doc);
        doc.quotes = resolve(gazetteer, doc, found);
        // An unnamed body's spokesperson speaks for the body, named only
        // now that pronouns have gone on with the spokesperson.
        for q in &mut doc.quotes {
            if let Some(Party {
                referent: Referent::Class(name),
                ..
            }) = &mut q.speaker
            {
                if let Some(body) = party::body_of_spokesperson_class(name) {
                    *name = body.to_string();
                }
            }
        }
    }
}

/// True when one of the first two words of `s` is in lower case or the
/// first is an owner's, as in an apposition that names a role (`director
/// of ...`, `OFHEO director`, `Petronas's Vice-President`): a cheap test
/// before the apposition's own.
fn role_opens(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let lower = |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase());
    let first_fits = words.next().is_some_and(|w| {
        lower(w) || w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with('\'')
    });
    first_fits || words.next().is_some_and(lower)
}

/// How many words `s.split_whitespace()` yields, counted no further than
/// `max`.
///
/// A loop over the bytes that decodes only non-ASCII characters: the
/// iterator's search cost several times more per byte, and these counts
/// (is a quote six words long, does a cue's tail have a thirteenth word)
/// are asked of most quotes and cues.
pub(crate) fn count_words_upto(s: &str, max: usize) -> usize {
    let bytes = s.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while count < max {
        // The spaces before a word: ASCII above the space starts one.
        loop {
            let Some(&b) = bytes.get(i) else {
                return count;
            };
            if b > b' ' && b < 0x80 || !is_space_at(s, i) {
                break;
            }
            i += char_len(b);
        }
        count += 1;
        if count == max {
            break;
        }
        // The word, and the space that ends it: letters and marks of
        // ASCII (nearly every byte) are stepped over eight at a time.
        loop {
            if let Some(chunk) = bytes.get(i..i + 8) {
                let stop = not_word_ascii(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
                if stop == 0 {
                    i += 8;
                    continue;
                }
                // The first byte flagged is exact: a false flag comes
                // only above a byte truly flagged.
                i += stop.trailing_zeros() as usize / 8;
            }
            let Some(&b) = bytes.get(i) else {
                return count;
            };
            if b > b' ' && b < 0x80 {
                i += 1;
            } else if b == b' ' {
                i += 1;
                break;
            } else if is_space_at(s, i) {
                i += char_len(b);
                break;
            } else {
                i += char_len(b);
            }
        }
    }
    count
}

/// The high bit of each byte of `x` (eight bytes of text, little-endian)
/// that is not ASCII above the space, `b > b' ' && b < 0x80`: a byte
/// below `0x21` by the borrow of its subtraction, any other by its own
/// high bit.
#[inline]
fn not_word_ascii(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    (x | x.wrapping_sub(ONES * 0x21) & !x) & HIGH
}

/// True when the character at `s[i..]` (a char boundary) is whitespace,
/// as `char::is_whitespace` tells.
fn is_space_at(s: &str, i: usize) -> bool {
    match s.as_bytes()[i] {
        b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => true,
        b if b < 0x80 => false,
        _ => s[i..].chars().next().is_some_and(char::is_whitespace),
    }
}

/// The length of the UTF-8 character that `lead` starts.
fn char_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// `s.split_whitespace().nth(n).is_some()`: more than `n` words.
pub(crate) fn has_more_words_than(s: &str, n: usize) -> bool {
    count_words_upto(s, n.saturating_add(1)) > n
}

/// A direct quote attributed inside its sentence's clause rather than by
/// a cue next to it: a naming act or a fragment the subject said.
fn is_inner(text: &str, f: &Found) -> bool {
    match f.rules.first().copied() {
        Some("naming-speech-act" | "sentence-subject") => true,
        // `he said, it could help officers who, "in fits and starts, are
        // struggling"`: a fragment that continues no sentence of its own
        // is part of the clause around it.
        Some("continuation-previous-speaker") => f
            .content
            .as_str(text)
            .starts_with(|c: char| c.is_lowercase()),
        _ => false,
    }
}

/// Settles the inner quotes of sentence `s` (`inner`, among the first
/// quotes of `found`) against the reported clauses found there from
/// `from` on: a clause whose cue comes before an inner quote and whose
/// content holds it wins (`outer_won`); any other clause that overlaps an
/// inner quote is dropped, as it would not have been found had the inner
/// quote taken its spans first.
fn settle_inner(
    doc: &Document,
    s: u32,
    inner: &[bool],
    outer_won: &mut Vec<bool>,
    found: &mut Vec<Found>,
    from: usize,
) {
    let here: Vec<usize> = (0..inner.len())
        .filter(|&i| inner[i] && doc.sentence_at(found[i].content.start) == s)
        .collect();
    if here.is_empty() || found.len() == from {
        return;
    }
    let mut keep = vec![true; found.len() - from];
    for (k, outer) in found[from..].iter().enumerate() {
        let mut held = Vec::new();
        for &i in &here {
            let q = &found[i];
            let mut spans = std::iter::once(q.content)
                .chain(q.cue)
                .chain(q.speaker.as_ref().map(Cand::span));
            if !spans.any(|sp| sp.overlaps(outer.content)) && q.cue != outer.cue {
                continue;
            }
            // Not the inner quote's own naming verb read as a cue
            // (`accused the striker of “cheating”`), and only a speaker
            // and a verb before the clause (not `X's claim that ...`,
            // whose end is less sure). An attribution set off inside the
            // sentence reports all of it (`And perhaps, he said, it could
            // help officers who, “in fits and starts, ...”`).
            let holds = outer.rules.first().is_some_and(|r| {
                r.starts_with("indirect-speaker-cue") || *r == "parenthetical-attribution"
            }) && outer.content.start <= q.content.start
                && q.content.end <= outer.content.end
                && !outer_won[i]
                && outer.cue.is_some_and(|c| {
                    c.end <= q.content.start && q.cue.is_none_or(|qc| !qc.overlaps(c))
                });
            if !holds {
                keep[k] = false;
                held.clear();
                break;
            }
            held.push(i);
        }
        for i in held {
            outer_won[i] = true;
        }
    }
    let mut k = 0;
    let mut i = 0;
    found.retain(|_| {
        i += 1;
        if i - 1 < from {
            return true;
        }
        k += 1;
        keep[k - 1]
    });
    outer_won.resize(found.len(), false);
}

/// True when `span` overlaps no span taken in the sentences it covers.
fn is_free(taken: &[Vec<Span>], doc: &Document, span: Span) -> bool {
    let first = doc.sentence_at(span.start) as usize;
    let last = doc.sentence_at(span.end.saturating_sub(1).max(span.start)) as usize;
    taken
        .iter()
        .take(last + 1)
        .skip(first)
        .all(|bucket| !bucket.iter().any(|t| t.overlaps(span)))
}

/// True when the word at `span` is capitalised, some word of its sentence
/// comes before it, and it is no headline verb (`Bellwether County Says
/// Trump Should Win`): `Ohio State University`, `The Washington Post`.
fn is_capitalised_inside_sentence(doc: &Document, span: Span) -> bool {
    let text = doc.text.as_str();
    let word = span.as_str(text);
    if !word.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let headline_verb = word.ends_with('s') && !word.ends_with("ss") && word != "States";
    if headline_verb {
        return false;
    }
    let start = doc
        .sentences
        .get(doc.sentence_at(span.start) as usize)
        .map_or(0, |s| s.start.min(span.start));
    // `It has not gone unnoticed: According to recent polls, ...`: a
    // clause opens after a colon or a parenthesis.
    let before = text[start..span.start].trim_end();
    !before.ends_with([':', '(']) && before.chars().any(char::is_alphanumeric)
}

/// Direct quotes and their attributions.
fn find_direct(gazetteer: &Gazetteer, doc: &Document) -> Vec<Found> {
    let text = doc.text.as_str();
    let passages = direct::quoted_passages(text, &doc.paragraphs);
    let mut out: Vec<Found> = Vec::new();
    let mut consumed = vec![false; passages.len()];
    // The paragraph and end of the last attribution: a quote right after
    // it (`"A," he said. "B."`) is still attributed by it.
    let mut attributed: Option<(usize, usize)> = None;
    let mut open_ended = Vec::new();
    let mut paragraph_of = Vec::new();
    for (i, q) in passages.iter().enumerate() {
        if consumed[i] {
            continue;
        }
        let para = doc.paragraphs[q.paragraph];
        let sent = doc
            .sentences
            .get(doc.sentence_at(q.open) as usize)
            .copied()
            .unwrap_or(para);
        // `Brady called it “derisory”`: the speaker's words, however short.
        let naming = || {
            naming::find(
                doc,
                Span::new(sent.start.max(para.start), q.open),
                q.open,
                q.content,
            )
        };
        // A title inside a sentence is nobody's words, whatever follows
        // it (`on CBS's “Face the Nation,” Sanders was asked ...`), unless
        // a naming act quotes it (`a memo titled “The Facts”`).
        let inside_sentence = text[sent.start.max(para.start)..q.open]
            .chars()
            .any(char::is_alphanumeric);
        let next_open = passages
            .get(i + 1)
            .filter(|n| n.paragraph == q.paragraph)
            .map_or(para.end, |n| n.open);
        // `"Absolutely," he said`: one word that opens the sentence and
        // ends like speech is speech when an attribution follows it.
        let one_word = || {
            !inside_sentence
                && direct::is_one_word_speech(q.content.as_str(text))
                && matches!(after_quote(doc, q, next_open), After::Attribution(..))
        };
        if !(direct::is_speech(text, q, para) || one_word())
            || inside_sentence && direct::is_title(q.content.as_str(text))
        {
            if let Some(f) = naming() {
                open_ended.push(!q.closed);
                paragraph_of.push(q.paragraph);
                out.push(f);
            }
            continue;
        }
        let mut content = q.content;
        let after = after_quote(doc, q, next_open);
        // `On “Sunday Morning Futures,” Issa said the emails ...`: no
        // speech, and the indirect rules report the clause.
        let own_clause = matches!(after, After::OwnClause);
        let after = match after {
            After::Attribution(f, end) => Some((f, end)),
            After::OwnClause | After::Nothing => None,
        };
        // `Gore tried ..., and in doing so he “made a strategic mistake,”
        // Lichtman said`: the quote ends a reported clause, which is the
        // content, a mixed quote.
        let clause = after.as_ref().and_then(|_| {
            let fragment = text[q.content.start..]
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase());
            clause_before_quote(
                text,
                Span::new(sent.start.max(para.start), q.open),
                fragment,
            )
        });
        // `Ms Brankin said: "... reflect on this." Ms Sturgeon has
        // written to ...`: a full sentence that `X said:` introduces is
        // X's; the subject and cue after it open a new sentence.
        let full_sentence = q.content.as_str(text).ends_with(['.', '?', '!']);
        let subject_first = |f: &Found| matches!((&f.speaker, f.cue), (Some(s), Some(c)) if s.span().end <= c.start);
        let after = match after {
            Some((f, end)) if full_sentence && subject_first(&f) => {
                let colon = before_quote(gazetteer, doc, q, para)
                    .filter(|(b, _)| b.rules.contains(&"speaker-cue-colon-quote"));
                colon.or(Some((f, end)))
            }
            after => after,
        };
        let mut found = after.or_else(|| before_quote(gazetteer, doc, q, para));
        if let (Some(start), Some((f, _))) = (clause, &mut found) {
            content = Span::new(start, q.close);
            f.kind = QuoteKind::Mixed;
            f.rules.push("quote-ends-reported-clause");
        }
        // `The club's investment, Ms. Tanzer said, “is a perfect example
        // of adapting” to the changing economics of golf.`: the quote goes
        // on with the reported clause that opens the sentence, a mixed
        // quote around its attribution.
        let around = found
            .as_ref()
            .filter(|_| clause.is_none())
            .and_then(|(f, _)| {
                clause_around_attribution(text, q, f, sent.start.max(para.start), sent, next_open)
            });
        if let (Some((span, before)), Some((f, _))) = (around, &mut found) {
            content = span;
            f.fragments = vec![before, Span::new(q.open, span.end)];
            f.kind = QuoteKind::Mixed;
            f.rules.push("quote-inside-reported-clause");
        }
        // `"A," he said, "B."`: one quote from A to B.
        if let Some((f, end)) = found
            .as_mut()
            .filter(|_| clause.is_none() && around.is_none())
        {
            if let Some(n) = passages.get(i + 1).filter(|n| n.paragraph == q.paragraph) {
                // Not over a line break (`"A" ― Name ¶ "B" ― Other`):
                // each line of a list of quotes is its own.
                let raw = &text[*end..n.open];
                let gap = raw.trim();
                let adjoins = gap.is_empty() && n.open > *end && !raw.contains('\n');
                if (gap == "," || gap == ":" || adjoins || goes_on_around(text, q, n, para, raw))
                    && q.closed
                {
                    content = Span::new(q.content.start, n.content.end);
                    f.fragments = vec![q.content, n.content];
                    consumed[i + 1] = true;
                    f.rules.push("split-quote");
                }
            }
        }
        let found = match found {
            None => naming().map(|f| (f, q.close)),
            found => found,
        };
        // Only the rest of the attribution's sentence may stand between
        // (`"A," he said during a debate last week. "B."`), in the same
        // paragraph or at the start of the next (`"A!" he said to a
        // cheer. ¶ "B."`).
        let same_attribution = attributed.is_some_and(|(p, end)| {
            let next_sentence = doc.sentence_at(q.open)
                == doc.sentence_at(end.saturating_sub(1)) + 1
                && text[sent.start.min(q.open)..q.open].trim().is_empty();
            (p == q.paragraph || p + 1 == q.paragraph && next_sentence)
                && text.get(end..q.open).is_some_and(|gap| {
                    gap.trim_matches(|c: char| c.is_whitespace() || c == '.')
                        .is_empty()
                        || next_sentence
                            && !gap.contains(['"', '\u{201C}', '\u{201D}', '\u{AB}', '\u{BB}'])
                })
        });
        attributed = None;
        let f = match found {
            Some((mut f, end)) => {
                f.content = content;
                if f.speaker.is_some() {
                    attributed = Some((q.paragraph, end.max(q.close)));
                }
                f
            }
            None if same_attribution => {
                attributed = Some((q.paragraph, q.close));
                Found::unattributed(content, SAME_ATTRIBUTION, 0.7)
            }
            None => {
                let starts_paragraph = text[para.start..q.open].trim().is_empty();
                let inside_sentence = !text[sent.start.max(para.start)..q.open].trim().is_empty();
                // `Sanders said the cuts “do nothing for growth.”`: quoted
                // words inside reported speech are a mixed quote, which
                // the indirect rules find with their speaker.
                let head = &text[sent.start.max(para.start)..q.open];
                let introduced = head.trim_end().ends_with([',', ':']);
                // Beliefs and findings (`I believe`, `polls show`) do not
                // report these words.
                let speech_cue = lexicon::find_cues(head).iter().any(|c| {
                    c.verb.is_none_or(|v| {
                        !indirect::is_belief(v.lemma) && !matches!(v.lemma, "find" | "show")
                    })
                });
                if inside_sentence && !introduced && speech_cue || own_clause {
                    continue;
                }
                // `“There's a sense of stability now,” and donations began
                // to pick up, Gilbert said.`: the quote opens a reported
                // clause attributed at the sentence's end, which the
                // indirect rules find as a mixed quote.
                let tail = &text[q.close.min(sent.end)..sent.end.max(q.close)];
                let clause_goes_on = token::words(text, Span::new(q.close, sent.end.max(q.close)))
                    .nth(3)
                    .is_some();
                // So does one inside a clause attributed at its end
                // (`Clinton “drew well from Democrats” in 2008, said X.`).
                if (inside_sentence || clause_goes_on) && ends_with_attribution(tail) {
                    continue;
                }
                // `X called the plan “a tax raid”`: the sentence's subject.
                // `Rubio fired back forcefully: “...”`, `Asked which county
                // was his favourite, he demurred:` ¶ `“...”`: words that a
                // clause with no cue introduces with a colon are its
                // subject's.
                // `Biden “kind of misspoke.”`: quoted words that go on
                // from the subject as its predicate are said of it, by
                // whoever spoke before.
                let predicate_of = |s: &party::Cand| {
                    text[s.span().end..q.open].trim().is_empty()
                        && text[content.start..].starts_with(char::is_lowercase)
                };
                let subject = inside_sentence
                    .then(|| party::sentence_subject(doc, gazetteer, sent, q.open))
                    .flatten()
                    .filter(|s| !predicate_of(s))
                    .map(|s| (s, "sentence-subject"))
                    .or_else(|| {
                        colon_clause_subject(gazetteer, doc, q.open)
                            .map(|s| (s, "colon-clause-subject"))
                    })
                    .or_else(|| {
                        (!starts_paragraph && !inside_sentence)
                            .then(|| previous_sentence_subject(gazetteer, doc, sent, para, content))
                            .flatten()
                            .map(|s| (s, "previous-sentence-subject"))
                    });
                if let Some((subject, rule)) = subject {
                    open_ended.push(!q.closed);
                    paragraph_of.push(q.paragraph);
                    out.push(Found {
                        content,
                        ..Found::direct(None, Some(subject), rule, 0.6)
                    });
                    continue;
                }
                let confidence = if starts_paragraph { 0.7 } else { 0.5 };
                Found::unattributed(content, "continuation-previous-speaker", confidence)
            }
        };
        open_ended.push(!q.closed);
        paragraph_of.push(q.paragraph);
        out.push(f);
    }
    // A quote left open at the end of its paragraph goes on in the next
    // one: it is the words of whoever the next quote is attributed to
    // (`“A ... ¶ “B,” she said.`).
    // So does one left open right before the next quote mark in its
    // paragraph (`"A. "B," said Mr Joseph.`), when no attribution before
    // it in the paragraph gave it a speaker.
    for i in (0..out.len().saturating_sub(1)).rev() {
        let next_paragraph = paragraph_of[i + 1] == paragraph_of[i] + 1;
        let runs_on = paragraph_of[i + 1] == paragraph_of[i]
            && out[i].rules == ["continuation-previous-speaker"]
            && text
                .get(out[i].content.end..out[i + 1].content.start)
                .is_some_and(|gap| {
                    gap.trim_start().chars().count() == 1
                        && gap
                            .trim_start()
                            .starts_with(['"', '\u{201C}', '\u{AB}', '\u{201E}'])
                });
        if out[i].speaker.is_none()
            && open_ended[i]
            && (next_paragraph || runs_on)
            && out[i + 1].speaker.is_some()
        {
            out[i].speaker = out[i + 1].speaker.clone();
            out[i].rules = vec![CARRIED_BACK];
            out[i].confidence = 0.75;
        }
    }
    out
}

/// True when the sentence of a quote ending in a comma goes on around the
/// rest of its attribution, `raw`, into the next quote (`"A," Trump said
/// during a rally in Kenansville, N.C., "but B."`): one split quote.
fn goes_on_around(
    text: &str,
    q: &direct::Quoted,
    next: &direct::Quoted,
    paragraph: Span,
    raw: &str,
) -> bool {
    let gap = raw.trim();
    let sentence_ends = gap
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1].is_ascii_whitespace());
    q.content.as_str(text).trim_end().ends_with(',')
        && gap.len() > 1
        && gap.len() <= 120
        && gap.ends_with(',')
        && !sentence_ends
        // `Trump said, adding later, "B"`: a second cue opens words of
        // their own.
        && lexicon::find_cues(gap).is_empty()
        && !raw.contains(['\n', '"', '\u{201C}', '\u{201D}', '\u{AB}', '\u{BB}'])
        // Not `said Johnson, who wore the slogan, "Back the Bid", on her
        // shorts`: the next quote must be speech too.
        && direct::is_speech(text, next, paragraph)
}

/// True when a sentence's last words are an attribution (`, Gilbert
/// said.`, `, she told reporters.`): a comma, then a speech verb within
/// the last few words.
fn ends_with_attribution(tail: &str) -> bool {
    let Some(comma) = memchr::memrchr(b',', tail.as_bytes()) else {
        return false;
    };
    let last = &tail[comma + 1..];
    // `, said Ohio State University professor Paul Beck.`: a cue first
    // may have a longer speaker after it.
    // Counted as far as the tests below need.
    let words = count_words_upto(last, 11);
    let cue_first = last
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "said" | "says" | "told" | "added" | "wrote"));
    (words <= 6 || cue_first && words <= 10)
        && lexicon::find_cues(last).iter().any(|c| {
            // `, saying ...` introduces words instead.
            !c.span.as_str(last).ends_with("ing")
                && c.verb.is_some_and(|v| !indirect::is_belief(v.lemma))
        })
}

/// Where the reported clause starts whose last words are the quote opening
/// at `head.end` (`head` runs from the sentence's start): `None` when the
/// quote opens the sentence or follows an introduction (`In a statement,`,
/// `He said:`), another quote or a speech cue of its own. A `fragment`
/// (the quote opens in lower case) goes on with the words before it
/// however few they are (`Mills “got an immunity agreement,” Jordan
/// said`), and after a comma (`With thousands of systems, “there is no
/// single point of failure,”`).
fn clause_before_quote(text: &str, head: Span, fragment: bool) -> Option<usize> {
    let words = head.as_str(text);
    let trimmed = words.trim_end();
    // `... magazine."I view ...`: a sentence ended before the mark, whose
    // space was left out.
    let introduced = trimmed.ends_with([':', ';', '(', '-', '\u{2014}', '\u{2013}'])
        || trimmed.ends_with(',') && !fragment
        || words.ends_with(['.', '?', '!']);
    let min_words = if fragment { 1 } else { 3 };
    // A cue in the head reports its own clause (`X said the plan “...”`);
    // a noun after a determiner is no cue (`The answers to ... are`).
    let cue = lexicon::find_cues(words).iter().any(|c| {
        let before = words[..c.span.start].trim_end();
        let previous = before
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        !party::is_determiner(previous)
    });
    if introduced
        || token::words(text, head).nth(min_words - 1).is_none()
        || words.contains(['"', '\u{201C}', '\u{201D}', '\u{AB}', '\u{BB}', '\u{201E}'])
        || cue
    {
        return None;
    }
    Some(head.start + (words.len() - words.trim_start().len()))
}

/// The reported clause around a parenthetical attribution that a quoted
/// fragment goes on from (`The investment, Ms. Tanzer said, “is a perfect
/// example” of adapting.`): the span from the clause's start to the end
/// of the sentence, and the clause's words before the attribution, when
/// the words before the attribution's comma are no quote and no reported
/// speech of their own, and no other quote opens before the sentence
/// ends.
fn clause_around_attribution(
    text: &str,
    q: &direct::Quoted,
    f: &Found,
    lo: usize,
    sent: Span,
    next_open: usize,
) -> Option<(Span, Span)> {
    let cue = f.cue?;
    // The quote has no subject of its own: it opens with an auxiliary or
    // `to` (not `In essence, X said, “the panel has adopted ...”`).
    let first = token::word_after(text, q.content.start, q.content.end)?;
    if !f.rules.contains(&"speaker-cue-colon-quote")
        || first.start != q.content.start
        || !(indirect::is_finite_verb(first.as_str(text)) || first.as_str(text) == "to")
        || text[cue.end..q.open].trim() != ","
    {
        return None;
    }
    // The attribution is the speaker and cue after the last comma, the
    // speaker first (with its titles and article): not `Theodore Brophy,
    // chairman of GTE said, “...”`, whose head is the speaker's name.
    let comma = lo + memchr::memrchr(b',', text.get(lo..cue.start)?.as_bytes())?;
    let speaker = f.speaker.as_ref()?.span();
    if speaker.start < comma || speaker.end > cue.start {
        return None;
    }
    let named = party::start_with_titles(text, speaker.start, comma);
    let mut before_speaker = token::words(text, Span::new(comma, named));
    let determiner = before_speaker
        .next()
        .is_none_or(|d| party::is_determiner(d.as_str(text)));
    if !determiner
        || before_speaker.next().is_some()
        || token::words(text, Span::new(comma, cue.start))
            .nth(MAX_ATTRIBUTION_WORDS)
            .is_some()
    {
        return None;
    }
    // Not `But, he added, “if ...”` (an opener) or `Carson of podcasting
    // which, he says, “is ...”` (a relative clause the quote goes on).
    // Nor `Markus Brandt, a local farmer said, “...”`: a name before the
    // comma is the speaker's, with its apposition.
    let last = token::word_before(text, comma, lo)?;
    let mut head = token::words(text, Span::new(lo, comma));
    let name = head.all(|w| token::is_capitalised(w.as_str(text)))
        && token::words(text, Span::new(lo, comma)).nth(1).is_some();
    if indirect::only_openers(text, lo, comma) || party::is_function_word(last.as_str(text)) || name
    {
        return None;
    }
    let start = clause_before_quote(text, Span::new(lo, comma), true)?;
    let end = indirect::trim_final(text, sent).max(q.close);
    (next_open >= end).then(|| (Span::new(start, end), Span::new(start, comma)))
}

/// The most words between the comma and the cue of an attribution set
/// off inside a sentence (`, UMWA Director Phil Smith said,`).
const MAX_ATTRIBUTION_WORDS: usize = 8;

/// The rule of a quote right after another one's attribution in the same
/// paragraph (`"A," he said. "B."`): B's speaker is A's, and so is the
/// mention that names it.
const SAME_ATTRIBUTION: &str = "quote-after-attributed-quote";

/// The rule of a quote paragraph whose speaker is named in the next one.
const CARRIED_BACK: &str = "quote-continues-in-next-paragraph";

/// What the words right after a quote say about it.
enum After {
    /// An attribution: the quote's cue and speaker, and where they end.
    Attribution(Found, usize),
    /// A speaker and a cue that report a clause of their own: the quote
    /// before them is not speech (`On “Sunday Morning Futures,” Issa said
    /// the emails ...`).
    OwnClause,
    Nothing,
}

/// Attribution after the closing mark: `” Stoltenberg told X`, `,” said X`,
/// `,” Ryanair's deputy chief executive Michael Cawley told X`.
fn after_quote(doc: &Document, q: &direct::Quoted, limit: usize) -> After {
    let text = doc.text.as_str();
    let close = q.close;
    let gap_end = close + text[close..limit].len()
        - text[close..limit]
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '\u{2014}' | '\u{2013}' | '\u{2015}' | '-')
            })
            .len();
    // Only words that end like a quote's first part (`,”`, `?”`) take an
    // attribution that starts with a subject phrase: after a full stop
    // (`”. She adds, “...`) a new sentence introduces the next quote.
    let spoken =
        q.content.as_str(text).ends_with([',', '?', '!']) || text[close..gap_end].contains(',');
    let Some((f, end)) = attribution_after(doc, gap_end, limit, spoken) else {
        return signed(doc, close, gap_end, limit)
            .or_else(|| according_to_after(doc, q, gap_end, limit))
            .map_or(After::Nothing, |(f, end)| After::Attribution(f, end));
    };
    // `"... emotional." Mr Florin predicted that ...`: a full sentence in
    // quote marks followed by a new sentence that reports other words.
    let full_sentence = q
        .content
        .as_str(text)
        .ends_with(['.', '?', '!', '\u{2026}']);
    // After a cue that takes an object (`told interviewers on CNN`), a
    // plain noun is the object, not a clause's subject.
    let plain = !f
        .cue
        .and_then(|c| is_cue_word(c.as_str(text)))
        .is_some_and(|v| v.addressee_object);
    if full_sentence && clause_follows(text, end, limit, plain) {
        return After::Nothing;
    }
    // `"... studying here." Mr Wallace agreed and said ...`: after a full
    // sentence, someone who agrees with it, or whose sentence goes on to
    // a verb of its own, answers the quote rather than speaking it.
    let answers = f.cue.is_some_and(|c| {
        is_cue_word(c.as_str(text)).is_some_and(|v| matches!(v.lemma, "agree" | "disagree"))
    });
    let goes_on = text[end..limit].trim_start().starts_with("and ");
    if full_sentence && (answers || goes_on) {
        return After::Nothing;
    }
    // `On Fox's “Sunday Morning Futures,” Rep. Issa said the emails ...`:
    // quoted words inside a sentence, then a speaker and a cue that goes
    // on with a clause: the clause is what the cue reports.
    let sentence_start = doc
        .sentences
        .get(doc.sentence_at(q.open) as usize)
        .map_or(q.open, |s| s.start);
    let inside_sentence = !text[sentence_start.min(q.open)..q.open].trim().is_empty();
    let speaker_first =
        matches!((&f.speaker, f.cue), (Some(s), Some(c)) if s.span().end <= c.start);
    if inside_sentence && speaker_first && clause_follows(text, end, limit, plain) {
        return After::OwnClause;
    }
    // `”. Lena Varga adds, “...`: an attribution that introduces the
    // next quote, after a full sentence, is that quote's.
    let rest = text[end..].trim_start();
    let introduces = rest.strip_prefix([',', ':']).is_some_and(|r| {
        r.trim_start()
            .starts_with(['"', '\u{201C}', '\u{AB}', '\u{201E}'])
    });
    if q.content.as_str(text).ends_with('.') && introduces {
        return After::Nothing;
    }
    After::Attribution(f, end)
}

/// `“... our culture.” ― Pamela Padilla`: a dash after the quote, then a
/// name that ends the paragraph or is followed by a comma (`— Ann Lee,
/// a voter`) signs it.
fn signed(doc: &Document, close: usize, gap_end: usize, limit: usize) -> Option<(Found, usize)> {
    let text = doc.text.as_str();
    if !text[close..gap_end].contains(['\u{2014}', '\u{2013}', '\u{2015}']) {
        return None;
    }
    let speaker = party::after(doc, gap_end, limit)
        .filter(|c| matches!(c, Cand::Mention(_) | Cand::Discover(..)))?;
    let end = speaker.span().end;
    // The name may end its line inside a paragraph (signed quotes listed
    // one per line).
    let line_ends = text[end..limit]
        .trim_start_matches([' ', '\t', '\r'])
        .starts_with('\n');
    let rest = text[end..limit].trim_start();
    if !(rest.is_empty() || line_ends || rest.starts_with([',', '.', '('])) {
        return None;
    }
    let f = Found::direct(None, Some(speaker), "quote-dash-name", 0.8);
    Some((f, end))
}

/// True when the words after an attribution ending at `end` start a
/// reported clause (`that ...`, `the challenge was ...`) rather than
/// closing the sentence (`.`, `, adding ...`, `on Monday.`).
fn clause_follows(text: &str, end: usize, limit: usize, plain: bool) -> bool {
    let rest = text[end..limit].trim_start();
    if rest.starts_with([',', '.', ';', ':', '!', '?', ')']) || rest.is_empty() {
        return false;
    }
    let Some(w) = token::word_after(text, end, limit) else {
        return false;
    };
    let word = w.as_str(text);
    matches!(
        word,
        "that"
            | "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "I"
            | "there"
            | "his"
            | "her"
            | "its"
            | "their"
            | "this"
            | "these"
            | "those"
    ) || token::is_capitalised(word) && !party::is_time_word(word)
        || plain && opens_plain_subject(word)
}

/// True for a lower-case word after a cue that opens a clause's subject
/// (`said ministers had kept ...`), not an adjunct of the saying (`said in
/// a statement`, `said yesterday`, `said quietly`, `told supporters
/// gathered outside`).
fn opens_plain_subject(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && !word.ends_with("ly")
        && !word.ends_with("ing")
        && !word.ends_with("ed")
        && !party::is_time_word(word)
        && !indirect::is_not_clause_start(word)
        && !matches!(
            word,
            "at" | "during"
                | "after"
                | "before"
                | "when"
                | "while"
                | "through"
                | "via"
                | "last"
                | "yesterday"
                | "today"
                | "tonight"
                | "earlier"
                | "later"
                | "afterwards"
                | "then"
                | "again"
                | "also"
                | "too"
                | "once"
                | "here"
                | "there"
                | "this"
                | "next"
        )
}

/// The attribution that starts at `gap_end` (right after a quote).
fn attribution_after(
    doc: &Document,
    gap_end: usize,
    limit: usize,
    spoken: bool,
) -> Option<(Found, usize)> {
    let text = doc.text.as_str();
    let first = token::word_after(text, gap_end, limit)?;
    if first.start != gap_end {
        return None;
    }
    let base = |cue: Span, speaker: Cand, rule: &'static str| {
        Found::direct(Some(cue), Some(speaker), rule, 0.9)
    };
    if let Some(verb) = is_cue_word(first.as_str(text)) {
        let after = token::word_after(text, first.end, limit)?;
        let speaker = party::after(doc, first.end, limit)
            .or_else(|| party::plain_description(doc, after.start, limit, None))?;
        let mut end = speaker.span().end;
        let mut f = base(first, speaker, "quote-cue-speaker");
        attach_addressee(doc, verb, &mut f, &mut end, limit);
        return Some((f, end));
    }
    if let Some(found) = speaker_then_cue(doc, first, limit) {
        return Some(found);
    }
    // `Ryanair deputy chief executive Michael Cawley told`, `the
    // presidential spokesman added`, `Reagan was quoted as telling`: the
    // subject before the first cue of the clause, read backwards.
    if !spoken {
        return None;
    }
    let mut pos = gap_end;
    for _ in 0..10 {
        let w = token::word_after(text, pos, limit)?;
        let between = &text[pos..w.start];
        if between.contains([
            '.', ',', '?', '!', ';', ':', '"', '\u{201C}', '\u{201D}', '(',
        ]) {
            return None;
        }
        if let Some(verb) = is_cue_word(w.as_str(text))
            .filter(|v| !indirect::is_belief(v.lemma) && !matches!(v.lemma, "find" | "show"))
            .filter(|&v| !is_noun_before_cue(text, w, v, limit))
        {
            // `..., who said: "...`: the cue of the next quote.
            if text[w.end..limit].trim_start().starts_with(':') {
                return None;
            }
            let head = text[gap_end..w.start].trim_end();
            let subject_end = ["was quoted as", "is quoted as", "were quoted as"]
                .iter()
                .find_map(|p| head.strip_suffix(p))
                .map_or(w.start, |h| gap_end + h.trim_end().len());
            let speaker = party::before(doc, subject_end, gap_end)?;
            let mut end = w.end;
            let mut f = base(w, speaker, "quote-subject-cue");
            attach_addressee(doc, verb, &mut f, &mut end, limit);
            return Some((f, end));
        }
        pos = w.end;
    }
    None
}

/// Where an apposition set off by dashes right at `pos` ends (after its
/// closing dash), before `limit`: ` - then economic adviser - `, ` — a
/// nurse — `, ` -- the chief -- `.
fn dashed_apposition_end(text: &str, pos: usize, limit: usize) -> Option<usize> {
    let rest = text.get(pos..limit)?;
    let dash = [" - ", " \u{2014} ", " -- ", "\u{2014}"]
        .into_iter()
        .find(|d| rest.starts_with(d))?;
    let inner = &rest[dash.len()..];
    let close = inner.find(dash)?;
    let chunk = &inner[..close];
    (party::is_apposition(chunk) && !chunk.contains(['"', '\u{201C}', '\u{201D}']))
        .then(|| pos + dash.len() + close + dash.len())
}

/// One or two capitalised words, the second of a place's names
/// (`Allentown, Pa.`, `Lyon, France`).
fn is_state_or_country(chunk: &str) -> bool {
    let mut words = chunk.split_whitespace();
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase()) && w.len() <= 12;
    words.next().is_some_and(capitalised)
        && words.next().is_none_or(capitalised)
        && words.next().is_none()
}

/// `Stoltenberg also told`, `he has said`, `"...," Markus Brandt, the chief
/// executive of Zentrix, said`: a speaker starting at `first`, then a cue.
fn speaker_then_cue(doc: &Document, first: Span, limit: usize) -> Option<(Found, usize)> {
    let text = doc.text.as_str();
    // `"...," the insider said`: a description the lexicon does not know
    // (one it knows, `the presidential spokesman`, is read back from the
    // cue later), right before a cue.
    let described = || {
        let cue = token::words(text, Span::new(first.start, limit))
            .take(5)
            .find(|w| is_cue_word(w.as_str(text)).is_some())?;
        if party::before(doc, cue.start, first.start).is_some() {
            return None;
        }
        party::plain_description(doc, first.start, limit, Some(cue.start))
    };
    let mut speaker = party::after(doc, first.start, limit)
        .or_else(|| name_after_affiliation(doc, first, limit))
        .or_else(described)
        .or_else(|| party::name_before_cue(doc, first, limit))?;
    let mut pos = party::end_of_postmodifier(doc, speaker.span().end, limit);
    // `James B. Comey Jr., the director of the FBI, said`: the stop of a
    // generational suffix that ends the name.
    // The suffix may follow a known name as a word of its own.
    let name = &text[speaker.span().start..pos];
    let mut suffixed = name.ends_with(" Jr") || name.ends_with(" Sr");
    if let Some(w) = token::word_after(text, pos, limit) {
        let gap = text[pos..w.start].trim_start_matches(',');
        if gap.trim().is_empty() && matches!(w.as_str(text), "Jr" | "Sr") {
            pos = w.end;
            suffixed = true;
        }
    }
    if suffixed && text[pos..limit].starts_with('.') {
        pos += 1;
    }
    // `"...," Andrei Illarionov - then economic adviser to President
    // Vladimir Putin - told`: an apposition between dashes.
    if let Some(after) = dashed_apposition_end(text, pos, limit) {
        pos = after;
    }
    // `"...," Markus Brandt, the chief executive of Zentrix, said.`; two
    // of them (`X, the attorney general of Oklahoma, one of the states
    // suing the EPA, said`, `X, 27, a nurse, said`), and the state or
    // country of a place the last one ends with (`X, 67, a retired
    // teacher in Allentown, Pa., said`).
    if text[pos..limit].starts_with(',') {
        let mut from = pos + 1;
        for i in 0..3 {
            // Not the cue itself (`X, a strategist, said, naming a few`).
            let apposition = |chunk: &str| {
                (party::is_apposition(chunk) || party::is_titled_role(chunk))
                    && chunk
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| is_cue_word(w).is_none())
            };
            let place_of = |chunk: &str| {
                i > 0
                    && text[..from - 1]
                        .rsplit(' ')
                        .nth(1)
                        .is_some_and(|w| w == "in")
                    && is_state_or_country(chunk)
            };
            // `"...," the press secretary, Josh Earnest, said`: the name
            // set off after a description is who speaks.
            let described = matches!(speaker, Cand::PersonDescription(_) | Cand::Class(_));
            let named = memchr::memchr(b',', &text.as_bytes()[from..limit])
                .filter(|_| i == 0 && described)
                .and_then(|close| {
                    let end = from + text[from..from + close].trim_end().len();
                    party::after(doc, from, end)
                        .filter(|c| matches!(c, Cand::Mention(_) | Cand::Discover(..)))
                        .filter(|c| c.span().end == end)
                        .map(|c| (c, close))
                });
            if let Some((name, close)) = named {
                speaker = name;
                from += close + 1;
                pos = from;
                continue;
            }
            match memchr::memchr(b',', &text.as_bytes()[from..limit]) {
                Some(close) if i == 2 && !place_of(&text[from..from + close]) => break,
                Some(close)
                    if apposition(&text[from..from + close])
                        || place_of(&text[from..from + close]) =>
                {
                    from += close + 1;
                    pos = from;
                }
                // `Will Davies, senior research fellow at the IPPR told
                // the BBC`: the apposition's closing comma left out, the
                // cue ends it. Only after a role.
                _ if role_opens(&text[from..limit]) => {
                    let cue = token::words(text, Span::new(from, limit))
                        .take(MAX_ATTRIBUTION_WORDS)
                        .take_while(|w| {
                            !text[from..w.start].contains(['.', ',', ';', ':', '"', '\u{201C}'])
                        })
                        .find(|w| {
                            is_cue_word(w.as_str(text)).is_some()
                                && !w.as_str(text).ends_with("ing")
                        });
                    if let Some(c) =
                        cue.filter(|c| c.start > from && apposition(&text[from..c.start]))
                    {
                        pos = c.start;
                    }
                    break;
                }
                _ => break,
            }
        }
    }
    // `Stoltenberg also told`, `he has said`.
    let mut cue = None;
    for _ in 0..2 {
        let w = token::word_after(text, pos, limit)?;
        if !token::only_space_between(text, pos, w.start) {
            return None;
        }
        if let Some(verb) = is_cue_word(w.as_str(text)) {
            // `the World Bank report said`: the noun heads the subject.
            if is_noun_before_cue(text, w, verb, limit) {
                pos = w.end;
                continue;
            }
            cue = Some((w, verb));
            break;
        }
        // Not the present of `be` or `have` (`Mr Blair is expected to
        // outline`, `The Liberal Democrats are promising`), which opens
        // the next sentence's own clause more often than it attributes.
        let present = matches!(w.as_str(text), "is" | "are" | "were" | "have");
        if present
            || !(party::is_auxiliary(w.as_str(text))
                || matches!(w.as_str(text), "quickly" | "simply"))
        {
            return None;
        }
        pos = w.end;
    }
    let (cue, verb) = cue?;
    let mut end = cue.end;
    let mut f = Found::direct(Some(cue), Some(speaker), "quote-speaker-cue", 0.9);
    attach_addressee(doc, verb, &mut f, &mut end, limit);
    Some((f, end))
}

/// True when the cue word `w` (of `verb`) is a noun heading a subject
/// because another cue follows it (`"...," the report said`, `the World
/// Bank report said`): a cue's noun lemma or its plural.
fn is_noun_before_cue(text: &str, w: Span, verb: SpeechVerb, limit: usize) -> bool {
    let word = w.as_str(text);
    let noun_form = word.eq_ignore_ascii_case(verb.lemma)
        || word
            .strip_suffix('s')
            .is_some_and(|s| s.eq_ignore_ascii_case(verb.lemma));
    noun_form
        && indirect::is_noun_lemma(verb.lemma)
        && token::word_after(text, w.end, limit).is_some_and(|n| {
            token::only_space_between(text, w.end, n.start)
                && is_cue_word(n.as_str(text)).is_some_and(|v| !indirect::is_noun_lemma(v.lemma))
        })
}

/// `House Speaker Paul Ryan, the convention chair, told`: a word the
/// gazetteer does not know before a title and a name is the name's
/// affiliation, and the name is the speaker.
fn name_after_affiliation(doc: &Document, first: Span, limit: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let title = token::word_after(text, first.end, limit)?;
    let word = title.as_str(text);
    // Not a subject and its verb (`He joined Ferguson in ...`, `Souness
    // backed Smith`): a pronoun is no affiliation, a past tense no role.
    let verb = word.ends_with("ed") || indirect::is_finite_verb(word);
    let titled = token::is_capitalised(first.as_str(text))
        && pronoun::classify(first.as_str(text)).is_none()
        && token::only_space_between(text, first.end, title.start)
        && (lexicon::title(word).is_some() || party::is_role_noun(word) && !verb);
    if !titled {
        return None;
    }
    party::after(doc, title.start, limit).filter(|c| {
        matches!(c, Cand::Mention(_) | Cand::Discover(..)) && c.span().start > title.start
    })
}

/// True when a cue at `w` that takes its addressee as object is followed,
/// up to `colon`, by a short object and a phrase of time, place or manner
/// (`told an Indian news channel on her mobile phone:`).
fn object_then_occasion(text: &str, w: Span, colon: usize) -> bool {
    if !is_cue_word(w.as_str(text)).is_some_and(|v| v.addressee_object) {
        return false;
    }
    let mut words = token::words(text, Span::new(w.end, colon)).take(6);
    let Some(at) = words.find(|x| {
        matches!(
            x.as_str(text),
            "on" | "in" | "at" | "during" | "via" | "over"
        )
    }) else {
        return false;
    };
    let object = &text[w.end..at.start];
    !object.trim().is_empty()
        && !object.contains([',', ';'])
        && indirect::only_occasion(text, at.start, colon)
}

/// Attribution before the opening mark in the same paragraph, or at the
/// end of the previous one: `He added: “...”`, `Stoltenberg said:`.
fn before_quote(
    gazetteer: &Gazetteer,
    doc: &Document,
    q: &direct::Quoted,
    para: Span,
) -> Option<(Found, usize)> {
    let text = doc.text.as_str();
    let head = text[para.start..q.open].trim_end();
    let (lo, head_end) = if head.is_empty() {
        // A block quote introduced at the end of the previous paragraph.
        let prev = *doc.paragraphs.get(q.paragraph.checked_sub(1)?)?;
        let t = text[prev.start..prev.end].trim_end();
        if !t.ends_with(':') {
            return None;
        }
        (prev.start, prev.start + t.len())
    } else {
        (para.start, para.start + head.len())
    };
    let punct = text[..head_end].chars().next_back()?;
    if punct == '.' && !head.is_empty() {
        return bare_attribution_before(doc, q, lo, head_end);
    }
    // `ended by saying “Too many.”`: a cue right before the mark of a
    // quoted sentence that ends the sentence (`said “the wind is at our
    // backs” despite ...` quotes a fragment of a reported clause).
    let inner = q.content.as_str(text).trim();
    let whole_sentence = inner.starts_with(char::is_uppercase)
        && inner.ends_with(['.', '!', '?'])
        && text[q.close..para.end]
            .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '"' && c != '\u{201C}')
            .chars()
            .next()
            .is_none_or(char::is_uppercase);
    let bare_cue = whole_sentence
        && punct.is_alphabetic()
        && token::word_before(text, head_end, lo)
            .is_some_and(|w| w.end == head_end && is_cue_word(w.as_str(text)).is_some());
    // `he said; "That could well be correct."`: a semicolon typed for a
    // colon, right after the cue.
    let semicolon_cue = punct == ';'
        && token::word_before(text, head_end - 1, lo)
            .is_some_and(|w| w.end == head_end - 1 && is_cue_word(w.as_str(text)).is_some());
    if !matches!(punct, ':' | ',') && !bare_cue && !semicolon_cue {
        return None;
    }
    let colon = if bare_cue { head_end } else { head_end - 1 };
    // The cue: one of the last few words before the colon (`said at a
    // ceremony in London on Tuesday:`).
    let mut pos = colon;
    for k in 0..9 {
        let Some(w) = token::word_before(text, pos, lo) else {
            break;
        };
        // Past six words, only a phrase of time or place may follow the
        // cue (`Swers said because Obama is popular, “...”` quotes inside
        // a reported clause).
        if k >= 6
            && !indirect::only_occasion(text, w.end, colon)
            && !object_then_occasion(text, w, colon)
        {
            pos = w.start;
            continue;
        }
        // `secretary of state`, `the Pew report`: a noun after `of` or an
        // article, or after a name that follows an article.
        let article = |p: &Span| matches!(p.as_str(text), "of" | "the" | "a" | "an" | "The" | "A");
        // Only a form that can be a noun (`report`, not `reported`, nor
        // `said` after `The Hague`).
        let noun_form = || {
            is_cue_word(w.as_str(text)).is_some_and(|v| {
                token::with_lower(w.as_str(text), |l| {
                    l == v.lemma || l.strip_suffix('s') == Some(v.lemma)
                })
            })
        };
        let nominal = token::word_before(text, w.start, lo).is_some_and(|p| {
            article(&p)
                || token::is_capitalised(p.as_str(text))
                    && token::word_before(text, p.start, lo).is_some_and(|pp| article(&pp))
                    && noun_form()
        });
        if let Some(verb) = is_cue_word(w.as_str(text)).filter(|_| !nominal) {
            // `she said, it could help officers who, “in fits and starts,
            // ...”`: a fragment after a clause of the cue's own is part of
            // that clause, a mixed quote the indirect rules find.
            if inner.starts_with(char::is_lowercase)
                && indirect::clause_has_verb(text, Span::new(w.end, colon))
            {
                return None;
            }
            // `But told BBC News: "..."`: no subject, the current speaker.
            let clause = doc
                .sentences
                .get(doc.sentence_at(w.start) as usize)
                .map_or(lo, |s| s.start.max(lo));
            let subjectless = text[clause..w.start]
                .split_whitespace()
                .all(|x| matches!(x, "But" | "And" | "Then" | "Also" | "Yet"));
            // `the announcer said, “...”`: a description no list knows.
            // `Obama ended the speech, saying “...”`: a participle reports
            // the words of the sentence's subject.
            let participle = w.as_str(text).ends_with("ing");
            let sent = doc
                .sentences
                .get(doc.sentence_at(w.start) as usize)
                .copied()
                .unwrap_or(Span::new(lo, colon));
            // `footage of Hillary Clinton asking, “...”`: a name right
            // before the participle is whose words they are.
            let named_right_before = || {
                party::before(doc, w.start, lo).filter(|c| {
                    matches!(c, Cand::Mention(_) | Cand::Discover(..))
                        && token::only_space_between(text, c.span().end, w.start)
                })
            };
            // Not the agency of a dateline (`WASHINGTON (UPI) — X rallied
            // supporters, saying: “...”`).
            let clause_start = sent.start.max(lo);
            let clause_start = names::after_dateline(text, clause_start).unwrap_or(clause_start);
            // `Said the Pew report: “...”`: a cue that opens the clause
            // goes before its speaker.
            let inverted = || {
                let opens = token::is_capitalised(w.as_str(text))
                    && text
                        .get(clause_start..w.start)
                        .is_some_and(|h| h.trim().is_empty());
                opens
                    .then(|| {
                        let to_colon = |c: &Cand| {
                            text.get(c.span().end..colon)
                                .is_some_and(|t| t.trim().is_empty())
                        };
                        party::after(doc, w.end, colon)
                            .filter(to_colon)
                            .or_else(|| {
                                indirect::source_phrase(text, w.end, colon).filter(to_colon)
                            })
                    })
                    .flatten()
            };
            // `Trump told Newsmax that Mitt Romney “had ...,” adding, “...”`:
            // the speaker of the sentence's first cue, whose reported clause
            // may name others.
            let first_cue_speaker = || {
                let cues = lexicon::find_cues(text.get(clause_start..w.start)?);
                let first = cues.iter().find(|c| {
                    c.verb.is_some()
                        && !inside_quote(text, clause_start, clause_start + c.span.start)
                })?;
                party::before(doc, clause_start + first.span.start, clause_start).filter(|c| {
                    matches!(c, Cand::Mention(_) | Cand::Discover(..) | Cand::Pronoun(..))
                })
            };
            let speaker = if let Some(after) = inverted() {
                Some(after)
            } else if token::word_before(text, w.start, lo)
                .is_some_and(|b| matches!(b.as_str(text), "following" | "same" | "above"))
            {
                // `Sanders made the following comment:`: the cue is a noun,
                // whose maker is the clause's subject.
                party::sentence_subject(doc, gazetteer, Span::new(clause_start, sent.end), w.start)
            } else if participle {
                named_right_before().or_else(first_cue_speaker).or_else(|| {
                    party::sentence_subject(
                        doc,
                        gazetteer,
                        Span::new(clause_start, sent.end),
                        w.start,
                    )
                })
            } else {
                // `Analysts at the bank said:`: the noun phrase that opens
                // the clause, as for reported speech. `She urges him to
                // come out of the car and repeatedly says, “...”`: a cue
                // after `and` shares the speaker of the sentence's first cue
                // (`“...,” he said, and then predicted: “...”`), else its
                // subject.
                party::before(doc, w.start, lo)
                    .or_else(|| {
                        after_conjunction(text, w.start, clause_start)
                            .then(|| {
                                first_cue_speaker().or_else(|| {
                                    party::sentence_subject(
                                        doc,
                                        gazetteer,
                                        Span::new(clause_start, sent.end),
                                        w.start,
                                    )
                                })
                            })
                            .flatten()
                    })
                    .or_else(|| party::subject_phrase(doc, gazetteer, w, clause_start))
                    .or_else(|| party::plain_description_before(doc, w, lo))
            };
            if speaker.is_none() && !subjectless {
                return None;
            }
            // `X says if he ... he'd be yelling at people saying “Hey,
            // vote for me.”`: a bare cue after another cue in its sentence
            // quotes words inside the reported clause.
            if bare_cue && !lexicon::find_cues(&text[clause_start..w.start]).is_empty() {
                return None;
            }
            let rule = if head.is_empty() {
                "speaker-cue-colon-block"
            } else {
                "speaker-cue-colon-quote"
            };
            let mut f = Found::direct(Some(w), speaker, rule, 0.85);
            let mut end = w.end;
            attach_addressee(doc, verb, &mut f, &mut end, colon);
            return Some((f, q.content.end));
        }
        pos = w.start;
    }
    according_to_before(doc, lo, colon).or_else(|| transcript_speaker(doc, q, lo, colon))
}

/// True when `pos` is inside quote marks opened after `from` (`“We think
/// ...,” he said`: `think` is quoted).
fn inside_quote(text: &str, from: usize, pos: usize) -> bool {
    let mut open = false;
    for c in text.get(from..pos).unwrap_or_default().chars() {
        match c {
            '\u{201C}' => open = true,
            '\u{201D}' => open = false,
            '"' => open = !open,
            _ => {}
        }
    }
    open
}

/// True when `and` or `but` stands right before `pos`, past adverbs
/// (`and repeatedly says`, `and then predicted`).
fn after_conjunction(text: &str, pos: usize, lo: usize) -> bool {
    let mut at = pos;
    for _ in 0..3 {
        let Some(w) = token::word_before(text, at, lo) else {
            return false;
        };
        if !token::only_space_between(text, w.end, at) {
            return false;
        }
        match w.as_str(text) {
            "and" | "but" => return true,
            "then" | "later" | "also" | "again" | "now" => at = w.start,
            word if word.ends_with("ly") => at = w.start,
            _ => return false,
        }
    }
    false
}

/// The subject of the clause that ends in a colon right before the quote
/// mark at `open` (in the same paragraph or at the end of the one before),
/// when it names someone.
fn colon_clause_subject(gazetteer: &Gazetteer, doc: &Document, open: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    let head = text.get(..open)?.trim_end();
    let colon = head.strip_suffix(':').map(str::len)?;
    if text[colon..open].matches('\n').count() > 2 {
        return None;
    }
    let sent = *doc.sentences.get(doc.sentence_at(colon) as usize)?;
    // Someone named, not a description (`Partial transcript as follows:`).
    party::sentence_subject(doc, gazetteer, Span::new(sent.start, colon), colon)
        .filter(|c| matches!(c, Cand::Mention(_) | Cand::Pronoun(..)))
}

/// `Writing in the Guardian, Mr Brown outlined his view. “...”`: quoted
/// sentences with no attribution after a sentence of the same paragraph
/// that has no quote and opens with a person as its subject are that
/// person's; not after a sentence attributed at its end (`Wilson spread the
/// increases evenly, James said.`), nor after one inside a quote left open
/// (`“... This morning Peter Hain called me a mongrel. “...`), nor when
/// the quoted words from `content` to the paragraph's end name that person
/// (`And Scotland forward Simon Taylor looks certain to get the call. “...
/// Simon Taylor is an outstanding player`: someone else's words about
/// him).
fn previous_sentence_subject(
    gazetteer: &Gazetteer,
    doc: &Document,
    sent: Span,
    para: Span,
    content: Span,
) -> Option<Cand> {
    let i = (doc.sentence_at(sent.start) as usize).checked_sub(1)?;
    let prev = *doc.sentences.get(i)?;
    let text = doc.text.as_str();
    let words = text.get(prev.start.max(para.start)..prev.end)?;
    if prev.start < para.start
        || words.contains(['"', '\u{201C}', '\u{201D}'])
        || last_mark_opens(&text[para.start..prev.start]) == Some(true)
    {
        return None;
    }
    // A cue among the last three words.
    let mut pos = prev.end;
    for _ in 0..3 {
        let Some(w) = token::word_before(text, pos, prev.start) else {
            break;
        };
        if is_cue_word(w.as_str(text)).is_some() {
            return None;
        }
        pos = w.start;
    }
    // The subject opens the sentence, after a conjunction or an opening
    // phrase set off by a comma (`Writing in the Guardian newspaper,`).
    let opens = |pos: usize| {
        let head = text.get(prev.start..pos).unwrap_or_default().trim();
        let head = head.strip_suffix(',').unwrap_or(head);
        head.is_empty()
            || matches!(head, "But" | "And" | "However" | "Meanwhile")
            // `Double try scorer Martyn Williams was keen ...`: a role in
            // lower case before the name.
            || head.split_whitespace().count() <= 4
                && !head.contains(',')
                && head
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.starts_with(char::is_lowercase) && party::is_role_noun(w))
            || head.split_whitespace().count() <= 8
                && !head.contains(',')
                && head.split_whitespace().next().is_some_and(|w| {
                    w.ends_with("ing") || matches!(w, "In" | "At" | "On" | "Speaking" | "After")
                })
    };
    let subject = party::sentence_subject(doc, gazetteer, prev, prev.end)?;
    let person = match subject {
        // Not an owner (`Radcliffe's best friend Liz Yelling`).
        Cand::Mention(span)
            if opens(span.start)
                && !text
                    .get(span.end..)
                    .is_some_and(|t| t.starts_with("'s") || t.starts_with("\u{2019}s")) =>
        {
            let i = doc.mentions.partition_point(|m| m.span.start < span.start);
            doc.mentions.get(i).is_some_and(|m| {
                m.span == span
                    && pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Person
                    && !names_in(doc, Span::new(content.start, para.end), m.entity)
            })
        }
        _ => false,
    };
    person.then_some(subject)
}

/// True when quoted words inside `span`, which starts inside a quote,
/// name `entity` (not by a pronoun): a mention after an opening mark, or
/// before any mark. Narration and attributions between the quotes (`said
/// McEnroe`) do not count.
fn names_in(doc: &Document, span: Span, entity: EntityRef) -> bool {
    let text = doc.text.as_str();
    let i = doc.mentions.partition_point(|m| m.span.start < span.start);
    doc.mentions[i..]
        .iter()
        .take_while(|m| m.span.end <= span.end)
        .any(|m| {
            m.entity == entity
                && m.via != Via::Pronoun
                && last_mark_opens(&text[span.start..m.span.start]).unwrap_or(true)
        })
}

/// Whether the last quote mark in `s` opens a quote (`None`: no mark).
/// A straight mark opens when a word follows it: news that opens each
/// quoted sentence with a mark of its own (`"A. "B.`) leaves marks
/// unpaired, so counting them says nothing.
fn last_mark_opens(s: &str) -> Option<bool> {
    let i = s.rfind(['"', '\u{201C}', '\u{201D}'])?;
    Some(match s[i..].chars().next() {
        Some('\u{201C}') => true,
        Some('\u{201D}') => false,
        _ => s[i + 1..].starts_with(char::is_alphanumeric),
    })
}

/// `According to Woodward, “...”`: the source named between `according
/// to` at the sentence's start and the comma before the quote.
fn according_to_before(doc: &Document, lo: usize, comma: usize) -> Option<(Found, usize)> {
    let text = doc.text.as_str();
    let sent = doc
        .sentences
        .get(doc.sentence_at(comma) as usize)
        .map_or(lo, |s| s.start.max(lo));
    let head = &text[sent..comma];
    // `But according to ...`: an opener before it.
    let mut rest = head.trim_start();
    for opener in ["But ", "And ", "Yet ", "So ", "Still, ", "However, "] {
        rest = rest.strip_prefix(opener).unwrap_or(rest).trim_start();
    }
    let phrase = ["According to ", "according to "]
        .iter()
        .find(|p| rest.starts_with(*p))?;
    let at = comma - rest.len();
    let cue = Span::new(at, at + phrase.len() - 1);
    let speaker = party::after(doc, cue.end, comma)
        .or_else(|| indirect::source_phrase(text, cue.end, comma))?;
    if !text[speaker.span().end..comma].trim().is_empty() {
        return None;
    }
    let f = Found::direct(Some(cue), Some(speaker), "according-to-quote", 0.8);
    Some((f, comma))
}

/// `"...," according to Woodward.`: the source named after `according
/// to` right after the quote (at `gap_end`, past its comma). Not when a
/// cue before the quote in its sentence reports it (`The mayor said the
/// plan was "a disaster," according to the Times` is the mayor's, and the
/// indirect rules report it).
fn according_to_after(
    doc: &Document,
    q: &direct::Quoted,
    gap_end: usize,
    limit: usize,
) -> Option<(Found, usize)> {
    let text = doc.text.as_str();
    let phrase = "according to";
    if !text[gap_end..limit].starts_with("according to ") {
        return None;
    }
    let sent = doc.sentences.get(doc.sentence_at(q.open) as usize)?;
    if !lexicon::find_cues(&text[sent.start.min(q.open)..q.open]).is_empty() {
        return None;
    }
    let cue = Span::new(gap_end, gap_end + phrase.len());
    // The source ends with the phrase's sentence.
    let sent_end = doc
        .sentences
        .get(doc.sentence_at(cue.end) as usize)
        .map_or(limit, |s| s.end.min(limit));
    let speaker = indirect::according_source(doc, cue.end, sent_end)?;
    let end = speaker.span().end;
    let f = Found::direct(Some(cue), Some(speaker), "quote-according-to", 0.8);
    Some((f, end))
}

/// True when a quote attributed by `X said Y: "..."` leaves words of its
/// own between the cue and the colon: at least four, the first not a
/// preposition, with a verb (`told BBC News:`, `said in a statement:`
/// report nothing).
fn reports_before_colon(text: &str, f: &Found, cue: Span) -> bool {
    if !f.rules.contains(&"speaker-cue-colon-quote")
        || f.addressee.is_some()
        || cue.end >= f.content.start
    {
        return false;
    }
    let Some(colon) = text[cue.end..f.content.start].rfind(':') else {
        return false;
    };
    let between = Span::new(cue.end, cue.end + colon);
    let mut words = token::words(text, between);
    let first = words.next().map(|w| w.as_str(text));
    first.is_some_and(|w| {
        !matches!(
            w,
            "in" | "on" | "at" | "to" | "with" | "during" | "after" | "before" | "from" | "for"
        )
    }) && words.nth(2).is_some()
        && indirect::clause_has_verb(text, between)
}

/// `Former secretary of state Hillary Rodham Clinton: "We learned ..."`:
/// a paragraph that opens with only a name (and its role) and a colon, as
/// in transcripts.
fn transcript_speaker(
    doc: &Document,
    q: &direct::Quoted,
    lo: usize,
    colon: usize,
) -> Option<(Found, usize)> {
    let text = doc.text.as_str();
    if !text[colon..].starts_with(':') || token::words(text, Span::new(lo, colon)).nth(8).is_some()
    {
        return None;
    }
    let speaker = party::before(doc, colon, lo)
        .filter(|c| matches!(c, Cand::Mention(_) | Cand::Discover(..)))?;
    // `X continued in the Sydney Morning Herald:` names no speaker.
    let object = token::word_before(text, speaker.span().start, lo).is_some_and(|w| {
        matches!(
            w.as_str(text),
            "the" | "a" | "an" | "in" | "on" | "at" | "to" | "with" | "from" | "by" | "for"
        )
    });
    if speaker.span().end != colon || object {
        return None;
    }
    let f = Found::direct(None, Some(speaker), "transcript-speaker-colon", 0.75);
    Some((f, q.content.end))
}

/// `Weinberger said in a television interview in the U.S. “We are ...”`:
/// the sentence before the quote is a speaker, a cue and only adjuncts
/// (`in ...`, `on Monday`), with no words of its own to report.
fn bare_attribution_before(
    doc: &Document,
    q: &direct::Quoted,
    lo: usize,
    head_end: usize,
) -> Option<(Found, usize)> {
    let text = doc.text.as_str();
    let sent = *doc.sentences.get(doc.sentence_at(head_end - 1) as usize)?;
    let start = sent.start.max(lo);
    // The first 16 words, walked no further than the tests need: most
    // sentences fail at the word after the cue.
    let mut words = token::words(text, Span::new(start, head_end)).take(16);
    let cue = words.find(|w| is_cue_word(w.as_str(text)).is_some())?;
    let adjunct = words.next().is_some_and(|w| {
        matches!(
            w.as_str(text),
            "in" | "on" | "at" | "during" | "after" | "before" | "from" | "to"
        )
    });
    if !adjunct {
        return None;
    }
    // At most ten words after the cue, the adjunct's first, and no `that`.
    let mut more = 0;
    for w in words {
        if w.as_str(text) == "that" {
            return None;
        }
        more += 1;
    }
    if more > 9 {
        return None;
    }
    let speaker = party::before(doc, cue.start, start)?;
    Some((
        Found::direct(
            Some(cue),
            Some(speaker),
            "bare-attribution-before-quote",
            0.75,
        ),
        q.content.end,
    ))
}

/// Adds the addressee of an attribution: the object of `told`-like cues,
/// or a phrase later in the clause (`in an interview with X`).
fn attach_addressee(
    doc: &Document,
    verb: SpeechVerb,
    f: &mut Found,
    end: &mut usize,
    limit: usize,
) {
    let object = if verb.addressee_object {
        party::addressee_after(doc, *end, limit)
    } else {
        None
    };
    let sentence_end = doc
        .sentences
        .get(doc.sentence_at(*end) as usize)
        .map_or(limit, |s| s.end)
        .min(limit);
    let sentence_start = doc
        .sentences
        .get(doc.sentence_at(*end) as usize)
        .map_or(0, |s| s.start);
    let found = object
        .or_else(|| party::addressee_in_clause(doc, *end, sentence_end.max(*end)))
        .or_else(|| {
            let speaker = f.speaker.as_ref()?.span().start;
            party::opening_addressee(doc, sentence_start, speaker)
        });
    if let Some((a, rule)) = found {
        *end = (*end).max(a.span().end);
        f.addressee = Some(a);
        f.rules.push(rule);
    }
}

/// What party resolution needs to know about the whole document: the
/// direct quotes' contents (sorted, non-overlapping) and each person's
/// gender, computed once, when a pronoun first asks (`"...," she said`
/// with two people named before). Most documents ask for none, and the
/// genders of all their people cost more than the rest of `resolve`.
struct Context {
    quoted: Vec<Span>,
    /// The contents of reported clauses and mixed quotes, in order.
    reported: Vec<Span>,
    genders: std::cell::OnceCell<rustc_hash::FxHashMap<EntityRef, Option<lexicon::Gender>>>,
}

/// The run of alphabetic chars that ends `s` (empty when none), as
/// `s.rsplit(|c: char| !c.is_alphabetic()).next()` finds it: ASCII letters
/// are stepped over byte by byte, and only a word that reaches a
/// non-ASCII byte is searched by chars (the search decoded every char,
/// for the word before every person's mention).
fn trailing_letters(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut i = bytes.len();
    while i > 0 && bytes[i - 1].is_ascii_alphabetic() {
        i -= 1;
    }
    if i > 0 && bytes[i - 1] >= 0x80 {
        return s.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    }
    &s[i..]
}

impl Context {
    fn new(quoted: Vec<Span>, reported: Vec<Span>) -> Context {
        Context {
            quoted,
            reported,
            genders: std::cell::OnceCell::new(),
        }
    }

    /// The gender of each person of `doc`, by the title before a mention
    /// (`Mrs`) or else the given name. `doc` is the document `resolve`
    /// reads, whose mentions do not change before it ends.
    fn genders(
        gazetteer: &Gazetteer,
        doc: &Document,
    ) -> rustc_hash::FxHashMap<EntityRef, Option<lexicon::Gender>> {
        // What a gender was read from, weakest first.
        #[derive(Clone, Copy, PartialEq)]
        enum Rank {
            Name,
            Apposition,
            Title,
        }
        // Sized for every mention at once: grown as it fills, it was
        // rehashed several times a document.
        let mut genders: rustc_hash::FxHashMap<EntityRef, (Option<lexicon::Gender>, Rank)> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(doc.mentions.len(), Default::default());
        for m in &doc.mentions {
            if pronoun::entity_type(gazetteer, doc, m.entity) != EntityType::Person {
                continue;
            }
            let head = doc.text[..m.span.start].trim_end().trim_end_matches('.');
            let word = trailing_letters(head);
            match lexicon::title(word) {
                // `Spokesman Teresa Tomaszewska`, `Chairman Anna Keller`: a
                // role in `-man` is said of women too; her given name tells,
                // unless few bear it (`Chairman Mao Tse-tung`).
                Some(Some(g)) if word.ends_with("man") => {
                    let name = pronoun::entity_name(gazetteer, doc, m.entity);
                    let given = token::before_first_space(name);
                    let g = lexicon::given_name(given)
                        .flatten()
                        .filter(|_| !lexicon::is_rare_given_name(given))
                        .unwrap_or(g);
                    genders.insert(m.entity, (Some(g), Rank::Title));
                }
                Some(Some(g)) => {
                    genders.insert(m.entity, (Some(g), Rank::Title));
                }
                _ => {
                    // `Attallah Shabazz, the daughter of`: the noun after
                    // the name, over its given name.
                    if let Some(g) = pronoun::apposition_gender(&doc.text, m.span.end) {
                        let e = genders.entry(m.entity).or_insert((None, Rank::Name));
                        if e.1 == Rank::Name {
                            *e = (Some(g), Rank::Apposition);
                        }
                        continue;
                    }
                    genders.entry(m.entity).or_insert_with(|| {
                        let name = pronoun::entity_name(gazetteer, doc, m.entity);
                        (
                            pronoun::name_gender(token::before_first_space(name)),
                            Rank::Name,
                        )
                    });
                }
            }
        }
        genders.into_iter().map(|(e, (g, _))| (e, g)).collect()
    }

    /// True when `span` lies inside quoted words.
    fn in_quote(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.start <= span.start);
        i > 0 && self.quoted[i - 1].contains(span)
    }

    /// True when `span` lies inside a reported clause.
    fn in_reported(&self, span: Span) -> bool {
        let i = self.reported.partition_point(|q| q.start <= span.start);
        i > 0 && self.reported[i - 1].contains(span)
    }

    fn gender(
        &self,
        gazetteer: &Gazetteer,
        doc: &Document,
        e: EntityRef,
    ) -> Option<lexicon::Gender> {
        self.genders
            .get_or_init(|| Self::genders(gazetteer, doc))
            .get(&e)
            .copied()
            .flatten()
    }
}

/// The entity a referent names, if it is one.
fn entity_of(r: &Referent) -> Option<EntityRef> {
    match r {
        Referent::Entity(e) => Some(*e),
        Referent::Class(_) | Referent::Unresolved { .. } => None,
    }
}

/// Where `the` starts `the Frenchman`, `the Scot`, `the Brazilian`: a
/// nationality's noun for one person after the article. Not the nouns for
/// all of them (`the French`, `the British`, `the Chinese`, `the Swiss`),
/// nor a plural.
fn one_of_nationality(gazetteer: &Gazetteer, doc: &Document, m: &Mention) -> Option<usize> {
    let text = doc.text.as_str();
    if pronoun::entity_type(gazetteer, doc, m.entity) != EntityType::Norp {
        return None;
    }
    let word = m.span.as_str(text);
    let all_of_them = word.ends_with(['s', 'i'])
        || word.ends_with("ch")
        || word.ends_with("sh")
        || word.ends_with("ese");
    // A continent's people are no nationality (`the European team`).
    let one = word != "European" && (word.ends_with("man") || !all_of_them);
    let the = token::word_before(text, m.span.start, 0)?;
    (one && matches!(the.as_str(text), "the" | "The")
        && token::only_space_between(text, the.end, m.span.start))
    .then_some(the.start)
}

/// Nouns for a body that speaks as `it` (`the committee`, `the bank`).
fn is_body_noun(head: &str) -> bool {
    matches!(
        head,
        "committee"
            | "council"
            | "commission"
            | "board"
            | "panel"
            | "union"
            | "association"
            | "agency"
            | "company"
            | "firm"
            | "bank"
            | "group"
            | "ministry"
            | "department"
            | "government"
            | "court"
            | "newspaper"
            | "paper"
            | "body"
            | "watchdog"
            | "regulator"
            | "institute"
            | "exchange"
            | "club"
            | "party"
            | "radio"
            | "television"
            | "magazine"
            | "journal"
            | "broadcaster"
            | "report"
            | "study"
            | "survey"
            | "statement"
    )
}

/// `They` that nothing named goes on with: the group that is the subject
/// of its own sentence before it, or of the sentence before (`But few
/// analysts have taken Gandhi's assurance seriously. They said ...`,
/// `Experts studying the seas off Scotland's west coast have forecast ...
/// They predicted`). With `reach` [`Reach::Own`], only the group of its own
/// sentence, which comes before any speaker (`Several analysts were
/// skeptical of the rumors, yet they said`).
fn group_subject_for_they(
    gazetteer: &Gazetteer,
    doc: &Document,
    cand: &Cand,
    current: Current,
    rules: &mut Vec<&'static str>,
    quoted: &Context,
    reach: Reach,
) -> Option<Party> {
    let Cand::Pronoun(span, pronoun::PronounClass::Plural) = *cand else {
        return None;
    };
    // Before any speaker, not the subject of the reported words
    // (`Small-scale exporters would be worst hit, they said`), which is
    // only the last resort, nor officials or sources, who speak for the
    // body named before (`Agriculture Ministry sources said ... The
    // sources ... they noted`).
    let group = group_subject_before(gazetteer, doc, span, quoted, reach).filter(|g| {
        reach == Reach::OwnAndBefore
            || !current.content.overlaps(*g)
                && party::group_spokesperson_noun(token::after_last_space(g.as_str(&doc.text)))
                    .is_none()
    })?;
    one_of(
        gazetteer,
        doc,
        span,
        group,
        current,
        quoted,
        "pronoun-subject-group",
        rules,
    )
}

/// The sentences [`group_subject_before`] looks in.
#[derive(Clone, Copy, PartialEq)]
enum Reach {
    /// The sentence of the word that refers to the group.
    Own,
    /// That sentence, then the one before.
    OwnAndBefore,
}

/// The party of the group before `span` ([`group_subject_before`]), with
/// `span` as its mention and `rule` recorded.
fn one_of_group(
    gazetteer: &Gazetteer,
    doc: &Document,
    span: Span,
    current: Current,
    quoted: &Context,
    rule: &'static str,
    rules: &mut Vec<&'static str>,
) -> Option<Party> {
    let group = group_subject_before(gazetteer, doc, span, quoted, Reach::OwnAndBefore)?;
    one_of(gazetteer, doc, span, group, current, quoted, rule, rules)
}

/// The party of `group`, with `span` as its mention and `rule` recorded.
#[allow(clippy::too_many_arguments)]
fn one_of(
    gazetteer: &Gazetteer,
    doc: &Document,
    span: Span,
    group: Span,
    current: Current,
    quoted: &Context,
    rule: &'static str,
    rules: &mut Vec<&'static str>,
) -> Option<Party> {
    let party = resolve_cand(
        gazetteer,
        doc,
        &Cand::Class(group),
        current,
        &mut Vec::new(),
        &mut Vec::new(),
        quoted,
    )?;
    rules.push(rule);
    Some(Party {
        mention: Some(span),
        ..party
    })
}

/// The group of people that is the subject of the sentence of `span`
/// before it, or of the sentence before that: its words without a phrase
/// or subordinator that opens the clause (`At the time, police`, `When
/// ministers`).
fn group_subject_before(
    gazetteer: &Gazetteer,
    doc: &Document,
    span: Span,
    quoted: &Context,
    reach: Reach,
) -> Option<Span> {
    let text = doc.text.as_str();
    let own = doc.sentence_at(span.start) as usize;
    let here = *doc.sentences.get(own)?;
    let before = own
        .checked_sub(1)
        .filter(|_| reach == Reach::OwnAndBefore)
        .and_then(|p| doc.sentences.get(p).copied());
    let places = [Some((here, span.start)), before.map(|b| (b, b.end))];
    for (sent, end) in places.into_iter().flatten() {
        let Some(Cand::Class(group)) = party::sentence_subject(doc, gazetteer, sent, end) else {
            continue;
        };
        let g = group.as_str(text);
        let mut start = group.start + g.rfind(", ").map_or(0, |c| c + 2);
        if let Some(w) = token::word_after(text, start, group.end) {
            let first = w.as_str(text);
            if matches!(
                first.to_ascii_lowercase().as_str(),
                "when"
                    | "while"
                    | "as"
                    | "if"
                    | "after"
                    | "before"
                    | "although"
                    | "though"
                    | "because"
                    | "since"
                    | "once"
                    | "until"
                    | "unless"
            ) {
                start = token::word_after(text, w.end, group.end).map_or(group.end, |n| n.start);
            }
        }
        let group = Span::new(start, group.end);
        if group.is_empty() {
            continue;
        }
        let head = group
            .as_str(text)
            .split(' ')
            .take_while(|w| !matches!(*w, "of" | "in" | "at" | "from" | "with"))
            .last()
            .unwrap_or_default();
        if group.end > span.start || quoted.in_quote(group) || !party::is_plural_people_noun(head) {
            continue;
        }
        return Some(group);
    }
    None
}

/// A speaker pronoun no antecedent was found for names the previous
/// speaker when it can (`One senior dealer said ... dealers ... "...," he
/// said`), else stays as written, so that the quote keeps the words that
/// attribute it (and the quotes that go on after it keep that speaker, not
/// an earlier one).
fn unresolved_pronoun(
    gazetteer: &Gazetteer,
    doc: &Document,
    quoted: &Context,
    cand: &Cand,
    last: Option<&Referent>,
    rules: &mut Vec<&'static str>,
) -> Option<Party> {
    let Cand::Pronoun(span, class) = *cand else {
        return None;
    };
    use pronoun::PronounClass;
    // An organisation may be the current speaker through a spokesperson
    // (`a spokeswoman for the Office said ... "...," she said`).
    let fits = |r: &&Referent| match r {
        Referent::Entity(e) => {
            entity_fits(gazetteer, doc, quoted, *e, class)
                || matches!(class, PronounClass::Male | PronounClass::Female)
                    && pronoun::entity_type(gazetteer, doc, *e) == EntityType::Org
        }
        Referent::Class(name) => {
            // The head noun, before a phrase of place or affiliation
            // (`Department for Constitutional Affairs spokeswoman`, `trader
            // in Tokyo`).
            let head = name
                .split(' ')
                .take_while(|w| !matches!(*w, "of" | "in" | "at" | "from" | "with"))
                .last()
                .unwrap_or_default();
            let plural = head.len() > 3 && head.ends_with('s');
            match class {
                PronounClass::Male | PronounClass::Female => !plural,
                PronounClass::Plural => plural,
                // `the committee added. ... it said`: a body or a
                // document that spoke, when nothing else fits.
                PronounClass::Thing => {
                    !plural && (party::is_group_noun(head) || is_body_noun(head))
                }
            }
        }
        Referent::Unresolved { .. } => false,
    };
    if let Some(r) = last.filter(fits) {
        rules.push("pronoun-previous-speaker");
        return Some(Party {
            referent: r.clone(),
            mention: Some(span),
        });
    }
    let kind = match class {
        PronounClass::Male | PronounClass::Female => EntityType::Person,
        PronounClass::Thing | PronounClass::Plural => EntityType::Other,
    };
    rules.push("pronoun-unresolved");
    Some(Party {
        referent: Referent::Unresolved {
            pronoun: span.as_str(&doc.text).to_string(),
            kind,
        },
        mention: Some(span),
    })
}

/// How many sentences back a speaker pronoun looks for a new subject.
const SUBJECT_WINDOW: usize = 3;

/// The speaker a pronoun (`he said`) names. In news, a speaker pronoun
/// continues the current speaker even when others were named in between
/// (`"...," Bellamy said. "...," he said in response to Souness' remarks.
/// "...," he told the paper`), unless a new person of the pronoun's kind
/// became the subject of a sentence since that speaker's last quote
/// (`Manager Steve Bruce insists ... "...," he said`). Without a current
/// speaker who fits, the nearest such subject, then the nearest mention.
/// Mentions inside quoted words and inside the quote's own content are
/// never antecedents.
fn speaker_pronoun(
    gazetteer: &Gazetteer,
    doc: &Document,
    new: &[Mention],
    ctx: &Context,
    span: Span,
    class: pronoun::PronounClass,
    current: Current,
) -> Option<EntityRef> {
    let pos = span.start;
    let named = |e: EntityRef| named_in(gazetteer, doc, current.content, span, class, e);
    let fits = |m: &Mention| -> bool {
        !current.content.contains(m.span)
            && fits_pronoun(gazetteer, doc, ctx, m, pos, class)
            && !place_for_they(gazetteer, doc, m, class)
            && !named(m.entity)
    };
    // A new subject: in the few sentences before the pronoun's own, after
    // the current speaker's last quote. The latest subject counts, the
    // current speaker too (`Bailey said ... Murray is 407th ... But Bailey
    // sees hope. He said:` is Bailey's).
    let own = doc.sentence_at(pos) as usize;
    let from = doc
        .sentences
        .get(own.saturating_sub(SUBJECT_WINDOW))
        .map_or(0, |s| s.start)
        .max(current.since);
    let until = doc.sentences.get(own).map_or(pos, |s| s.start).min(pos);
    let subject = |m: &&Mention| {
        m.span.start >= from
            && m.span.end <= until
            && !m.modifier
            && !ctx.in_quote(m.span)
            && !current.content.contains(m.span)
            && entity_fits(gazetteer, doc, ctx, m.entity, class)
            && !place_for_they(gazetteer, doc, m, class)
            && !named(m.entity)
            && party::is_subject(doc, m.span)
    };
    let lo = doc.mentions.partition_point(|m| m.span.start < from);
    let hi = doc.mentions.partition_point(|m| m.span.start < until);
    let old = doc.mentions[lo..hi.max(lo)].iter().rev().find(subject);
    let newer = recent(new).iter().rev().find(subject);
    let new_subject = match (old, newer) {
        (Some(a), Some(b)) if b.span.start > a.span.start => Some(b.entity),
        (a, b) => a.or(b).map(|m| m.entity),
    };
    if new_subject.is_some() {
        return new_subject;
    }
    let person = matches!(
        class,
        pronoun::PronounClass::Male | pronoun::PronounClass::Female
    );
    // `But a spokesman for the Home Office defended the proposals. He
    // said: ...`: the spokesperson who opens the sentence before, after
    // the current speaker's quotes, speaks for the organisation.
    if person {
        if let Some(e) = spokesperson_subject_before(gazetteer, doc, own, current.since) {
            return Some(e);
        }
    }
    if let Some(e) = current.entity.filter(|&e| !named(e)) {
        if entity_fits(gazetteer, doc, ctx, e, class) || current.by_spokesperson && person {
            return Some(e);
        }
    }
    // `they` with no subject or speaker to go on with: most often a group
    // that no mention names (`bond traders in Tokyo`, `the diplomats`),
    // which the previous speaker may be; not the nearest organisation.
    // The subject of its own sentence may still be (`The Lib Dems have
    // published what they ...`).
    if class == pronoun::PronounClass::Plural {
        let lo = doc.mentions.partition_point(|m| m.span.start < until);
        let hi = doc.mentions.partition_point(|m| m.span.start < pos);
        return doc.mentions[lo..hi.max(lo)]
            .iter()
            .rev()
            .find(|m| fits(m) && party::is_subject(doc, m.span))
            .map(|m| m.entity);
    }
    let upto = doc.mentions.partition_point(|m| m.span.start < pos);
    let best_old = recent(&doc.mentions[..upto]).iter().rev().find(|m| fits(m));
    let best_new = recent(new).iter().rev().find(|m| fits(m));
    match (best_old, best_new) {
        (Some(a), Some(b)) => Some(if b.span.start > a.span.start {
            b.entity
        } else {
            a.entity
        }),
        (a, b) => a.or(b).map(|m| m.entity),
    }
}

/// True when `class` is `he` or `she` and a name in `content` after the
/// pronoun at `at` (not a pronoun itself) is a mention of `e`, a
/// person: the pronoun that reports those words is someone else (`he
/// claims Ferguson should be punished` is not Ferguson's). Not asked of
/// organisations and places, which name themselves in their own statements
/// (`She also said all of Exxon's operations were under review`, by an
/// Exxon spokeswoman).
fn named_in(
    gazetteer: &Gazetteer,
    doc: &Document,
    content: Span,
    at: Span,
    class: pronoun::PronounClass,
    e: EntityRef,
) -> bool {
    if !matches!(
        class,
        pronoun::PronounClass::Male | pronoun::PronounClass::Female
    ) {
        return false;
    }
    // Only a name after the pronoun, which it would govern: `Ford Chairman
    // Donald Petersen still expects ..., he told reporters` is his.
    let from = content.start.max(at.start);
    let lo = doc.mentions.partition_point(|m| m.span.start < from);
    pronoun::entity_type(gazetteer, doc, e) == EntityType::Person
        && doc.mentions[lo..]
            .iter()
            .take_while(|m| m.span.start < content.end)
            .any(|m| {
                // Not a name that only modifies (`the Reagan-Gorbachev
                // summit`).
                let hyphened = doc.text[m.span.end..].starts_with('-')
                    || doc.text[..m.span.start].ends_with('-');
                m.entity == e
                    && m.span.end <= content.end
                    && m.via != Via::Pronoun
                    && !m.modifier
                    && !hyphened
            })
}

/// True when `m` names a place or a nationality that `they` does not
/// stand for: a country or town (`Brazil has adopted a tough stance ...,
/// they said` is the observers'), or a nationality's adjective (`Thai and
/// foreign bankers said. They said` is the bankers'), not its people
/// (`Palestinians`).
fn place_for_they(
    gazetteer: &Gazetteer,
    doc: &Document,
    m: &Mention,
    class: pronoun::PronounClass,
) -> bool {
    if class != pronoun::PronounClass::Plural {
        return false;
    }
    match pronoun::entity_type(gazetteer, doc, m.entity) {
        EntityType::Gpe | EntityType::Loc => true,
        EntityType::Norp => m.modifier || !m.span.as_str(&doc.text).ends_with('s'),
        _ => false,
    }
}

/// When no one fits `he` or `she`: the current speaker, a person whose
/// gender was read only from a rare given name (`Yuli Vorontsov ... He
/// told a news conference`), which the pronoun outweighs.
fn rarely_named_speaker(
    gazetteer: &Gazetteer,
    doc: &Document,
    class: pronoun::PronounClass,
    current: Current,
) -> Option<EntityRef> {
    let e = current.entity?;
    let person = matches!(
        class,
        pronoun::PronounClass::Male | pronoun::PronounClass::Female
    ) && pronoun::entity_type(gazetteer, doc, e) == EntityType::Person;
    let name = pronoun::entity_name(gazetteer, doc, e);
    (person && lexicon::is_rare_given_name(token::before_first_space(name))).then_some(e)
}

/// The organisation or country whose unnamed spokesperson is the subject
/// of sentence `own - 1` (`a spokesman for the Home Office defended ...`),
/// when that sentence starts at or after `since`.
fn spokesperson_subject_before(
    gazetteer: &Gazetteer,
    doc: &Document,
    own: usize,
    since: usize,
) -> Option<EntityRef> {
    let prev = *doc.sentences.get(own.checked_sub(1)?)?;
    if prev.start < since {
        return None;
    }
    let text = doc.text.as_str();
    // Where the organisation's mention starts, and its span when known.
    let (start, exact) = match party::sentence_subject(doc, gazetteer, prev, prev.end)? {
        Cand::SpokespersonOf(_, of) => (of.start, Some(of)),
        // `a spokesman for the Home Office`: the mention after `for`.
        Cand::Class(span)
            if party::unnamed_person_noun(token::after_last_space(span.as_str(text))).is_some() =>
        {
            let prep = token::word_after(text, span.end, prev.end)?;
            if !matches!(prep.as_str(text), "for" | "of") {
                return None;
            }
            let mut name = token::word_after(text, prep.end, prev.end)?;
            if name.as_str(text) == "the" {
                name = token::word_after(text, name.end, prev.end)?;
            }
            (name.start, None)
        }
        _ => return None,
    };
    let i = doc.mentions.partition_point(|m| m.span.start < start);
    doc.mentions
        .get(i)
        .filter(|m| m.span.start == start && exact.is_none_or(|s| m.span == s))
        .map(|m| m.entity)
}

/// True when entity `e` can be what a pronoun of `class` names.
fn entity_fits(
    gazetteer: &Gazetteer,
    doc: &Document,
    ctx: &Context,
    e: EntityRef,
    class: pronoun::PronounClass,
) -> bool {
    use pronoun::PronounClass;
    let kind = pronoun::entity_type(gazetteer, doc, e);
    match class {
        PronounClass::Male | PronounClass::Female => {
            let want = if class == PronounClass::Male {
                lexicon::Gender::Male
            } else {
                lexicon::Gender::Female
            };
            kind == EntityType::Person && ctx.gender(gazetteer, doc, e).is_none_or(|g| g == want)
        }
        PronounClass::Thing => matches!(kind, EntityType::Org),
        PronounClass::Plural => {
            matches!(kind, EntityType::Org | EntityType::Gpe | EntityType::Norp)
        }
    }
}

/// A mention before `pos`, outside quoted words, that fits a pronoun.
fn fits_pronoun(
    gazetteer: &Gazetteer,
    doc: &Document,
    ctx: &Context,
    m: &Mention,
    pos: usize,
    class: pronoun::PronounClass,
) -> bool {
    !m.modifier
        && m.span.end <= pos
        && !ctx.in_quote(m.span)
        && entity_fits(gazetteer, doc, ctx, m.entity, class)
}

/// A surname linked to some gazetteer person whose full name the document
/// never gives goes to the person named in full here instead: after `Andy
/// Clarke`, `Mr Clarke` is Andy Clarke, not another Clarke in the gazetteer.
fn relink_surnames(gazetteer: &Gazetteer, doc: &mut Document) {
    let text = doc.text.as_str();
    // The entities named in full somewhere in the document: built only
    // when a surname first meets a person named in full before it, which
    // most documents never do (a set per document cost more than the rest
    // of this pass).
    let mut full_names: Option<rustc_hash::FxHashSet<EntityRef>> = None;
    // Surname -> the person last named in full with it, and where; one
    // pass in text order, so each surname looks back in constant time.
    let mut named: rustc_hash::FxHashMap<&str, (EntityRef, usize)> = Default::default();
    let mut changes = Vec::new();
    for (i, m) in doc.mentions.iter().enumerate() {
        // Pronouns, descriptions and metonyms neither name nor relink
        // anyone: their words are not looked at.
        let discovered = m.via == Via::Discovered;
        if !discovered && !matches!(m.via, Via::Partial | Via::Alias) {
            continue;
        }
        let words = m.span.as_str(text);
        // A name of several words: its last word, found by the search
        // that tells it has several.
        if let Some(space) = memchr::memrchr(b' ', words.as_bytes()) {
            if discovered {
                named.insert(&words[space + 1..], (m.entity, m.span.start));
            }
            continue;
        }
        if discovered {
            continue;
        }
        let Some(&(person, at)) = named.get(words) else {
            continue;
        };
        // Only a person: `to Douglas` (a town) stays a town after `Michael
        // Douglas`.
        if at < m.span.start
            && matches!(m.entity, EntityRef::Known(_))
            && !full_names
                .get_or_insert_with(|| entities_named_in_full(text, &doc.mentions))
                .contains(&m.entity)
            && pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Person
        {
            changes.push((i, person));
        }
    }
    for (i, person) in changes {
        let m = &mut doc.mentions[i];
        m.entity = person;
        m.via = Via::Partial;
        m.literal = None;
    }
}

/// The entities of the mentions of more than one word.
fn entities_named_in_full(text: &str, mentions: &[Mention]) -> rustc_hash::FxHashSet<EntityRef> {
    mentions
        .iter()
        .filter(|m| m.span.as_str(text).contains(' '))
        .map(|m| m.entity)
        .collect()
}

/// An acronym found as a name of its own (`EA`) after the name it
/// abbreviates (`Electronic Arts (EA)`) is that entity.
fn relink_acronyms(doc: &mut Document) {
    let text = doc.text.as_str();
    let mut changes = Vec::new();
    for (i, m) in doc.mentions.iter().enumerate() {
        if m.via != Via::Discovered {
            continue;
        }
        let word = m.span.as_str(text);
        if word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase()) {
            if let Some((_, e)) =
                earlier_full_name(text, &doc.mentions, m.span).filter(|&(_, e)| e != m.entity)
            {
                changes.push((i, e));
            }
        }
    }
    for (i, e) in changes {
        let m = &mut doc.mentions[i];
        m.entity = e;
        m.via = Via::Partial;
        m.literal = None;
    }
}

/// Turns unknown names used as speakers or addressees into discovered
/// entities with a mention each.
///
/// New mentions wait in a sorted list of their own and replaced ones are
/// only marked, so the document's mentions are rebuilt once, not once per
/// name (which made huge documents quadratic).
fn materialise_discovered(gazetteer: &Gazetteer, doc: &mut Document, found: &mut [Found]) {
    let mut added: Vec<Mention> = Vec::new();
    let mut removed = vec![false; doc.mentions.len()];
    let mut organisations: Vec<String> = found
        .iter()
        .filter_map(|f| speaks_as_it(&doc.text, f))
        .map(String::from)
        .collect();
    // Unknown names that look like an organisation's. Each name searches
    // the document once, and only while the searches stay within 64 passes
    // over a long document's bytes.
    let mut people: Vec<&str> = found
        .iter()
        .flat_map(|f| [&f.speaker, &f.addressee])
        .filter_map(|c| match *c {
            Some(Cand::Discover(span, EntityType::Person)) => Some(span.as_str(&doc.text)),
            _ => None,
        })
        .collect();
    people.sort_unstable();
    people.dedup();
    let search = people.len() <= 64 || doc.text.len() < 1 << 16;
    organisations.extend(
        people
            .into_iter()
            .filter(|name| party::looks_like_organisation(&doc.text, name, search))
            .map(String::from),
    );
    // `Funaro, who told reporters`: the unknown name a relative pronoun
    // follows is discovered too (the speaker stays `who`, as written).
    let mut antecedents: Vec<Option<Cand>> = found
        .iter()
        .map(|f| match f.speaker {
            // Not a capitalised class opening the sentence (`Optimists
            // who predict`), unless a comma sets the clause off.
            Some(Cand::Relative(w)) => party::relative_antecedent(doc, w).filter(|c| {
                let Cand::Discover(span, _) = *c else {
                    return false;
                };
                doc.text[span.end..w.start].contains(',')
                    || !party::is_sentence_start(doc, span.start)
            }),
            _ => None,
        })
        .collect();
    let cands = found
        .iter_mut()
        .flat_map(|f| [&mut f.speaker, &mut f.addressee])
        .chain(antecedents.iter_mut());
    // Where the headline ends: asked of most names, and a short story with
    // no line break was searched to its end each time.
    let first_newline = memchr::memchr(b'\n', doc.text.as_bytes());
    for cand in cands.flatten() {
        let Cand::Discover(span, kind) = *cand else {
            continue;
        };
        let kind = if kind == EntityType::Person
            && organisations.iter().any(|o| o == span.as_str(&doc.text))
        {
            EntityType::Org
        } else {
            kind
        };
        // `Philippe Sands QC`: post-nominal letters are no part of
        // the name.
        let span = party::with_opening_word(doc, without_post_nominals(&doc.text, span));
        // `Wako Research Institute`: a name that ends like an
        // organisation's is one (not a place's: `Hudson's Bay` is a
        // company's too).
        let head = lexicon::name_head(token::after_last_space(span.as_str(&doc.text)));
        // `A spokesman for IG Metall, the metalworkers' union, said`: what
        // a spokesperson speaks for is an organisation, and so is where an
        // unnamed person works (`A senior economist with Banque Indosuez`,
        // `an analyst at Kleinwort`).
        let spoken_for = || {
            let before = doc.text[..span.start].trim_end();
            if let Some(rest) = before
                .strip_suffix(" for")
                .or_else(|| before.strip_suffix(" of"))
            {
                return party::unnamed_person_noun(token::after_last_space(rest)).is_some();
            }
            before
                .strip_suffix(" with")
                .or_else(|| before.strip_suffix(" at"))
                .is_some_and(|rest| party::is_person_noun(token::after_last_space(rest)))
        };
        let kind = if head == Some(EntityType::Org) || kind == EntityType::Person && spoken_for() {
            EntityType::Org
        } else {
            kind
        };
        *cand = Cand::Discover(span, kind);
        let text = doc.text.as_str();
        // Single words of the name matched on their own (`Weber` in
        // `Anna Weber`, an alias of someone else) give way to the name.
        // So do names discovered inside it (`Ward Anderson` of `John Ward
        // Anderson`), and a place that opens an outlet's name (`Buenos
        // Aires Radio`).
        let outlet = kind == EntityType::Org
            && token::with_lower(
                token::after_last_space(span.as_str(text)),
                party::is_outlet_noun,
            );
        // `Amalgamated Bank of New York`: a place of several words that
        // ends an organisation's name after `of` or `for`.
        let place_ending_name = |m: &Mention| {
            kind == EntityType::Org
                && m.span.end == span.end
                && (text[..m.span.start].ends_with(" of ")
                    || text[..m.span.start].ends_with(" for "))
                && matches!(
                    pronoun::entity_type(gazetteer, doc, m.entity),
                    EntityType::Gpe | EntityType::Loc
                )
        };
        let inside = |m: &Mention| {
            span.contains(m.span)
                && m.span != span
                && (!m.span.as_str(text).contains(' ')
                    || place_ending_name(m)
                    || m.via == Via::Discovered
                    || outlet
                        && m.span.start == span.start
                        && matches!(
                            pronoun::entity_type(gazetteer, doc, m.entity),
                            EntityType::Gpe | EntityType::Loc | EntityType::Norp
                        ))
        };
        // The mentions overlapping the span, old (not replaced) and new.
        let from = doc
            .mentions
            .partition_point(|m| m.span.start + 1024 < span.start);
        let old = doc.mentions[from..]
            .iter()
            .zip(&removed[from..])
            .take_while(|(m, _)| m.span.start < span.end)
            .filter(|&(m, &gone)| !gone && m.span.overlaps(span))
            .map(|(m, _)| m);
        let (any, blocking) = old
            .chain(party::overlapping(&added, span))
            .fold((false, false), |(_, blocking), m| {
                (true, blocking || !inside(m))
            });
        // `Sir Alan` after `Sir Alan Budd`, `EA` after `Electronic
        // Arts`: a short form of someone named in full before.
        let earlier = [
            earlier_full_name(text, &doc.mentions, span),
            earlier_full_name(text, &added, span),
        ];
        // `Sanders: Clinton Email Story Has Moved`: a headline's short
        // name stands for the name the story gives in full.
        let later = || {
            let headline = first_newline.is_some_and(|nl| span.end <= nl);
            headline
                .then(|| later_full_name(text, &doc.mentions, span))
                .flatten()
        };
        // `Rohm and Haas said` after `Rohm and Haas Co`, `Canadian Pacific
        // said` after `Canadian Pacific Ltd`: that company, over the
        // mentions inside the short name (`Canadian`).
        let company = || {
            [
                earlier_company_name(text, &doc.mentions, span),
                earlier_company_name(text, &added, span),
            ]
            .into_iter()
            .flatten()
            .min_by_key(|&(len, _)| len)
        };
        if !blocking && span.as_str(text).contains(' ') {
            if let Some((_, entity)) = company() {
                let from = doc.mentions.partition_point(|m| m.span.start < span.start);
                let to = doc.mentions.partition_point(|m| m.span.start < span.end);
                for (m, gone) in doc.mentions[from..to].iter().zip(&mut removed[from..to]) {
                    *gone |= inside(m);
                }
                added.retain(|m| !(span.contains(m.span) && inside(m)));
                insert_sorted(
                    &mut added,
                    Mention::found(doc, span, entity, Via::Partial, 0.6),
                );
                continue;
            }
        }
        if let Some((_, entity)) = earlier
            .into_iter()
            .flatten()
            .max_by_key(|&(at, _)| at)
            .or_else(later)
        {
            if !any {
                let mention = Mention::found(doc, span, entity, Via::Partial, 0.6);
                insert_sorted(&mut added, mention);
                continue;
            }
            // A name of several words over other mentions is read as
            // a name of its own below (`St Germain` over `Germain`).
            if !span.as_str(text).contains(' ') {
                continue;
            }
        }
        if blocking {
            // `told BBC News Online`: a known name of several words
            // (`BBC News`) that opens the name stands for it.
            let opening = doc.mentions[from..]
                .iter()
                .zip(&removed[from..])
                .take_while(|(m, _)| m.span.start <= span.start)
                .find(|&(m, &gone)| !gone && m.span.start == span.start && !inside(m))
                .map(|(m, _)| m.span);
            if let Some(known) = opening {
                *cand = Cand::Mention(known);
            }
            continue;
        }
        let from = doc.mentions.partition_point(|m| m.span.start < span.start);
        let to = doc.mentions.partition_point(|m| m.span.start < span.end);
        for (m, gone) in doc.mentions[from..to].iter().zip(&mut removed[from..to]) {
            *gone |= inside(m);
        }
        let from = added.partition_point(|m| m.span.start < span.start);
        let to = added.partition_point(|m| m.span.start < span.end);
        for i in (from..to).rev() {
            if inside(&added[i]) {
                added.remove(i);
            }
        }
        let name = text[span.start..span.end].to_string();
        let entity = doc.discover(&name, kind);
        let mention = Mention::found(doc, span, entity, Via::Discovered, 0.6);
        insert_sorted(&mut added, mention);
    }
    if added.is_empty() {
        return;
    }
    let mut i = 0;
    doc.mentions.retain(|_| {
        i += 1;
        !removed[i - 1]
    });
    doc.mentions.extend(added);
    doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// The name of one word, no given name, that reports of itself as `it`
/// (`Macrovision says its new ...`, `Heck said it could not predict ...`):
/// an organisation, not the person a speaker's unknown name is taken for.
/// Not in a quote's own words (`"It doesn't look like ...," Wenger said`).
fn speaks_as_it<'t>(text: &'t str, f: &Found) -> Option<&'t str> {
    let Some(Cand::Discover(span, EntityType::Person)) = f.speaker else {
        return None;
    };
    let name = span.as_str(text);
    (f.kind != QuoteKind::Direct
        && opens_with_speaker_it(f.content.as_str(text))
        && !name.contains(' ')
        && lexicon::given_name(name).is_none())
    .then_some(name)
}

/// True when a reported clause opens with `its` or with `it` as a doer
/// (`it accepted full responsibility`, `it would introduce`, `it was
/// installing`), not as the empty subject of `it was not typical`, `it
/// would be difficult`, `it seems`.
fn opens_with_speaker_it(content: &str) -> bool {
    if content.starts_with("its ") {
        return true;
    }
    let Some(rest) = content.strip_prefix("it ") else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let verb = words.next().unwrap_or_default();
    let mut next = words.next().unwrap_or_default();
    if next == "not" {
        next = words.next().unwrap_or_default();
    }
    match verb {
        "was" | "is" => next.ends_with("ing") && next != "going",
        "would" | "will" | "could" | "can" | "should" | "had" | "has" | "did" | "does" => {
            !matches!(next, "be" | "been" | "")
        }
        "seems" | "appears" | "looks" | "remains" | "means" | "makes" | "takes" | "matters"
        | "depends" | "happened" | "needed" | "needs" => false,
        _ => verb.len() > 3 && (verb.ends_with("ed") || verb.ends_with('s')),
    }
}

/// Inserts a mention into mentions sorted by span (cheap when it belongs
/// near the end, as names found in text order do).
fn insert_sorted(mentions: &mut Vec<Mention>, mention: Mention) {
    let key = (mention.span.start, mention.span.end);
    let at = mentions.partition_point(|m| (m.span.start, m.span.end) <= key);
    mentions.insert(at, mention);
}

/// A name without trailing post-nominal letters (`QC`, `MP`).
fn without_post_nominals(text: &str, span: Span) -> Span {
    // `<Versatile Corp>`: the marks Reuters puts around a company's name.
    let name = span.as_str(text);
    if let Some(inner) = name.strip_prefix('<').and_then(|n| n.strip_suffix('>')) {
        let start = span.start + 1;
        return without_post_nominals(text, Span::new(start, start + inner.len()));
    }
    match name.rsplit_once(' ') {
        Some((head, last)) if lexicon::is_post_nominal(last) => {
            Span::new(span.start, span.start + head.len())
        }
        _ => span,
    }
}

/// How far back (in mentions) a pronoun or a description looks for its
/// antecedent: more than any article needs, and a bound that keeps huge
/// documents linear when nothing fits.
const ANTECEDENT_WINDOW: usize = 500;

/// How many sentences after a description with no antecedent are looked
/// through for the person named who holds its office.
const NAMED_LATER_SENTENCES: u32 = 3;

/// The last [`ANTECEDENT_WINDOW`] of `mentions`.
fn recent(mentions: &[Mention]) -> &[Mention] {
    &mentions[mentions.len().saturating_sub(ANTECEDENT_WINDOW)..]
}

/// True when the words around the mention at `span` give its person the
/// role `role`, a description's words after its article (`London Mayor Ken
/// Livingstone` for `mayor`, `Tony Blair, the prime minister,` for `prime
/// minister`): right before the name, or in an apposition right after it
/// that comes before `described`, the description. Not a role that a word
/// before it changes (`shadow chancellor`, `Deputy Prime Minister`,
/// `former president`).
fn has_role_noun(text: &str, span: Span, role: &[&str], described: Span) -> bool {
    let Some(&head) = role.last() else {
        return false;
    };
    // The words before `end`, nearest first, with only spaces between.
    let words_before = |end: usize| {
        let mut end = end;
        std::iter::from_fn(move || {
            let w = token::word_before(text, end, end.saturating_sub(64))?;
            token::only_space_between(text, w.end, end).then(|| {
                end = w.start;
                w
            })
        })
    };
    // The role's words, last first, right before `end`, and no modifier
    // before them.
    let role_before = |end: usize| {
        let mut before = words_before(end);
        role.iter().rev().all(|r| {
            before
                .next()
                .is_some_and(|w| w.as_str(text).eq_ignore_ascii_case(r))
        }) && before
            .next()
            .is_none_or(|w| !is_role_modifier(&w.as_str(text).to_ascii_lowercase()))
    };
    // `London Mayor Ken Livingstone`: the role within four words before
    // the name, after capitalised words only (its own words are part of
    // it; not `The prime minister said Mr Bush`).
    let mut before = words_before(span.start);
    for _ in 0..4 {
        let Some(w) = before.next() else {
            break;
        };
        let word = w.as_str(text);
        if word.eq_ignore_ascii_case(head) && role_before(w.end) {
            return true;
        }
        if !token::is_capitalised(word) {
            break;
        }
    }
    // `, the mayor of London,`: an apposition after a comma.
    let Some(rest) = text.get(span.end..).and_then(|t| t.strip_prefix(", ")) else {
        return false;
    };
    let apposition = rest
        .split([',', '.', ';', '"', '\u{201C}', '\u{201D}'])
        .next()
        .unwrap_or_default();
    // A short phrase with no speech verb (not `Echoing X, the prime
    // minister said so.`).
    if has_more_words_than(apposition, 8)
        || apposition
            .split_whitespace()
            .any(|w| lexicon::speech_verb_any_case(w).is_some())
    {
        return false;
    }
    let from = span.end + 2;
    // Not the description being resolved (`Echoing X, the prime minister
    // said`), nor a role after a preposition (`X, a friend of the Tory
    // leader,`).
    token::words(text, Span::new(from, from + apposition.len()))
        .take(8)
        .take_while(|w| {
            w.start < described.start
                && !matches!(w.as_str(text), "of" | "to" | "for" | "with" | "by" | "from")
        })
        .any(|w| w.as_str(text).eq_ignore_ascii_case(head) && role_before(w.end))
}

/// The nation of a nationality word inside `span` (`the German`, `the
/// American`).
fn nationality_in(gazetteer: &Gazetteer, doc: &Document, span: Span) -> Option<EntityRef> {
    let i = doc.mentions.partition_point(|m| m.span.start < span.start);
    doc.mentions[i..]
        .iter()
        .take_while(|m| m.span.start < span.end)
        .find(|m| {
            m.span.end <= span.end
                && pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Norp
        })
        .map(|m| m.entity)
}

/// The nation of a nationality word among the few words right before a
/// name at `start` (`Argentine David Nalbandian`, `Chilean Olympic gold
/// medalist Nicolas Massu`), with no article, function word or other name
/// between.
fn nationality_before(gazetteer: &Gazetteer, doc: &Document, start: usize) -> Option<EntityRef> {
    let text = doc.text.as_str();
    let mut end = start;
    for _ in 0..5 {
        let w = token::word_before(text, end, end.saturating_sub(64))?;
        let word = w.as_str(text);
        if !token::only_space_between(text, w.end, end)
            || party::is_determiner(word)
            || party::is_function_word(word)
        {
            return None;
        }
        // Not past another name (`Ostravian Karl Brandes beat Markus
        // Brandt`).
        if let Some(m) = party::mention_ending_at(&doc.mentions, w.end) {
            return (pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Norp)
                .then_some(m.entity);
        }
        end = w.start;
    }
    None
}

/// True when the offices a gazetteer gives (in lower case) include the
/// description's role: each of its words, as a word
/// (`secretary` and `home` in `secretary of state for the home
/// department`), the head not after `vice` or `deputy` (`vice president`
/// is no president). Modifiers of the role (`former`) are not looked for;
/// other words are, in any case (`the Tory leader` is no `leader of the
/// labour party`, `the conference's president` no president of a country).
fn holds_office(offices: &str, role: &[&str]) -> bool {
    let Some((&head, rest)) = role.split_last() else {
        return false;
    };
    if !head.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let words = || {
        offices
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
    };
    let head_held = {
        let mut before = "";
        words().any(|w| {
            let held = w == head && !is_role_modifier(before);
            before = w;
            held
        })
    };
    head_held
        && rest.iter().filter(|w| !is_role_modifier(w)).all(|w| {
            let w = w.to_lowercase();
            words().any(|o| o == w)
        })
}

/// Words that make a role another one (`shadow chancellor`, `deputy
/// prime minister`, `former president`).
fn is_role_modifier(word: &str) -> bool {
    matches!(
        word,
        "shadow" | "deputy" | "vice" | "former" | "ex" | "assistant" | "acting" | "junior" | "late"
    )
}

/// How far back (in mentions) a short form looks for the full name.
const FULL_NAME_WINDOW: usize = 300;

/// True when `name` is `short` and then capitalised words that end in a
/// legal form: `Rohm and Haas` of `Rohm and Haas Co`, `Iowa Beef` of `Iowa
/// Beef Processors Inc`.
fn opens_company_name(short: &str, name: &str) -> bool {
    let Some(rest) = name.strip_prefix(short).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let words: Vec<&str> = rest.split(' ').collect();
    words
        .last()
        .is_some_and(|l| crate::resolve::legal_form::LEGAL_SUFFIXES.contains(l))
        && words.iter().all(|w| token::is_capitalised(w))
}

/// The earlier company whose name the name at `span` opens
/// ([`opens_company_name`]), with the length of that name: the shortest,
/// which is the parent more often than not (`Canadian Pacific Ltd`, not
/// its `Canadian Pacific Airlines Ltd` unit), and the latest of those.
fn earlier_company_name(
    text: &str,
    mentions: &[Mention],
    span: Span,
) -> Option<(usize, EntityRef)> {
    let short = span.as_str(text);
    let upto = mentions.partition_point(|m| m.span.start < span.start);
    mentions[upto.saturating_sub(FULL_NAME_WINDOW)..upto]
        .iter()
        .rev()
        .filter(|m| m.span.end <= span.start && opens_company_name(short, m.span.as_str(text)))
        .min_by_key(|m| m.span.len())
        .map(|m| (m.span.len(), m.entity))
}

/// The entity named in full before `span` that a short name at `span`
/// stands for: a person whose first or last name it is (`Sir Alan` after
/// `Sir Alan Budd`), a name whose initials it spells (`EA` after
/// `Electronic Arts`), or a longer name it ends (`Evening Chronicle` after
/// `Newcastle Evening Chronicle`).
fn earlier_full_name(text: &str, mentions: &[Mention], span: Span) -> Option<(usize, EntityRef)> {
    let word = span.as_str(text);
    if word.is_empty() {
        return None;
    }
    // `the Evening Chronicle` after `the Newcastle Evening Chronicle`: the
    // last words of a longer name given before.
    if word.contains(' ') {
        let upto = mentions.partition_point(|m| m.span.start < span.start);
        return mentions[upto.saturating_sub(FULL_NAME_WINDOW)..upto]
            .iter()
            .rev()
            .filter(|m| m.span.end <= span.start)
            .find(|m| {
                let name = m.span.as_str(text);
                name.len() > word.len()
                    && name.ends_with(word)
                    && name[..name.len() - word.len()].ends_with(' ')
            })
            .map(|m| (m.span.start, m.entity));
    }
    let acronym = word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase());
    let upto = mentions.partition_point(|m| m.span.start < span.start);
    mentions[upto.saturating_sub(FULL_NAME_WINDOW)..upto]
        .iter()
        .rev()
        .filter(|m| m.span.end <= span.start)
        .find(|m| {
            let name = m.span.as_str(text);
            if !name.contains(' ') {
                return false;
            }
            if acronym {
                let initials = name
                    .split(' ')
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .map(|w| w.as_bytes()[0]);
                // `TAPPER:` in a transcript after `Jake Tapper`: a person's
                // surname, the name opening with a given name (not
                // `ISTAT` after `National Statistics Institute ISTAT`).
                let surname = word.len() >= 3
                    && name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(word))
                    && lexicon::given_name(&transcript::title_case(token::before_first_space(
                        name,
                    )))
                    .is_some();
                surname || initials.eq(word.bytes())
            } else {
                token::before_first_space(name) == word
                    || token::after_last_space(name) == word
                    || last_before_org_heads(name) == Some(word)
            }
        })
        .map(|m| (m.span.start, m.entity))
}

/// `Kodak` of `Eastman Kodak Co`, `Heck` of `Heck's Inc`: the last word of
/// an organisation's name before the words that end such names, without a
/// possessive; `None` when no such word ends the name.
fn last_before_org_heads(name: &str) -> Option<&str> {
    let mut words = name.rsplit(' ');
    let mut headed = false;
    let core = words.find(|w| {
        let head = lexicon::name_head(w) == Some(EntityType::Org);
        headed |= head;
        !head
    })?;
    headed.then(|| crate::resolve::partial::strip_possessive(core))
}

/// The first name in full after the single word at `span` that ends or
/// starts with it (`Bernie Sanders` after `Sanders`): its start and entity.
fn later_full_name(text: &str, mentions: &[Mention], span: Span) -> Option<(usize, EntityRef)> {
    let word = span.as_str(text);
    if word.contains(' ') || word.is_empty() {
        return None;
    }
    let from = mentions.partition_point(|m| m.span.start < span.end);
    mentions[from..]
        .iter()
        .take(FULL_NAME_WINDOW)
        .find(|m| {
            let name = m.span.as_str(text);
            name.contains(' ')
                && (token::before_first_space(name) == word
                    || token::after_last_space(name) == word)
        })
        .map(|m| (m.span.start, m.entity))
}

/// Resolves every candidate party, in text order, carrying the current
/// speaker over to continuation quotes and pronouns.
fn resolve(gazetteer: &Gazetteer, doc: &mut Document, found: Vec<Found>) -> Vec<Quote> {
    let mut quotes = Vec::with_capacity(found.len());
    let mut last: Option<Referent> = None;
    let mut last_mention: Option<Span> = None;
    // The current speaker was first named by a spokesperson.
    let mut by_spokesperson = false;
    // Where the current speaker's last quote ends.
    let mut since = 0;
    let mut new_mentions = Vec::new();
    // Names inside quoted words are not antecedents of the pronoun that
    // attributes them (`"... David ...," he said` is not David).
    let quoted_spans: Vec<Span> = found
        .iter()
        .filter(|f| f.kind == QuoteKind::Direct)
        .map(|f| f.content)
        .collect();
    let reported_spans: Vec<Span> = found
        .iter()
        .filter(|f| f.kind != QuoteKind::Direct)
        .map(|f| f.content)
        .collect();
    let quoted = Context::new(quoted_spans, reported_spans);
    // Unnamed speakers so far (`Mexican mining sector official`), for a
    // later `the official`.
    let mut unnamed: Vec<String> = Vec::new();
    // Organisations spoken for so far, with the spokesperson's noun (`a
    // Foreign Ministry spokesman`), for a later `the Iranian spokesman`.
    // An unnamed one that resolved to no organisation (`a spokesman for the
    // Information Commissioner's Office`) is recorded as `None`, so that
    // `the spokesman` after it is not an earlier organisation's.
    let mut spokespeople: Vec<(&'static str, Option<EntityRef>)> = Vec::new();
    // Groups that spoke so far, by their plural noun (`Mexican officials`),
    // for a later `the officials`.
    let mut groups: Vec<(&'static str, Referent)> = Vec::new();
    // Who issued the documents named in attributions so far (`the Club
    // said in a statement`), for a later `the statement`.
    let mut documents: Vec<(&'static str, EntityRef)> = Vec::new();
    let mut nouns = SpokespersonNouns::default();
    // The last speaker was a group that believes (see below).
    let mut last_believed_by_group = false;
    for f in found {
        let mut rules = f.rules;
        let mut confidence = f.confidence;

        let speaker = match &f.speaker {
            None if last_believed_by_group => None,
            None => last.clone().map(|r| Party {
                referent: r,
                mention: last_mention.filter(|_| rules.contains(&SAME_ATTRIBUTION)),
            }),
            Some(Cand::SpokespersonOf(span, of))
                if spoken_for_before(gazetteer, doc, &spokespeople, *span, *of).is_some() =>
            {
                rules.push("description-earlier-spokesperson");
                spoken_for_before(gazetteer, doc, &spokespeople, *span, *of).map(|e| Party {
                    referent: Referent::Entity(e),
                    mention: Some(*span),
                })
            }
            Some(Cand::PersonDescription(span))
                if described_before(&unnamed, span.as_str(&doc.text)).is_some() =>
            {
                rules.push("description-earlier-unnamed-speaker");
                described_before(&unnamed, span.as_str(&doc.text)).map(|name| Party {
                    referent: Referent::Class(name.to_string()),
                    mention: Some(*span),
                })
            }
            Some(Cand::Class(span)) if group_before(&groups, span.as_str(&doc.text)).is_some() => {
                rules.push("description-earlier-group");
                group_before(&groups, span.as_str(&doc.text)).map(|r| Party {
                    referent: r.clone(),
                    mention: Some(*span),
                })
            }
            Some(Cand::Pronoun(span, class))
                if class_goes_on(
                    gazetteer,
                    doc,
                    &quoted,
                    last.as_ref(),
                    since,
                    (*span, *class),
                    f.content,
                ) =>
            {
                rules.push("pronoun-current-class");
                last.clone().map(|referent| Party {
                    referent,
                    mention: Some(*span),
                })
            }
            Some(Cand::Class(span))
                if issuer_before(&documents, span.as_str(&doc.text)).is_some() =>
            {
                rules.push("description-document-issuer");
                issuer_before(&documents, span.as_str(&doc.text)).map(|e| Party {
                    referent: Referent::Entity(e),
                    mention: Some(*span),
                })
            }
            Some(Cand::Class(span))
                if spokesperson_of_subject(gazetteer, doc, &quoted, *span).is_some() =>
            {
                rules.push("spokesperson-of-subject");
                spokesperson_of_subject(gazetteer, doc, &quoted, *span).map(|e| Party {
                    referent: Referent::Entity(e),
                    mention: Some(*span),
                })
            }
            Some(c) if rules.contains(&CARRIED_BACK) => {
                // Resolved where it is written, for the next quote; not
                // written here.
                let current = Current {
                    entity: last.as_ref().and_then(entity_of),
                    since,
                    content: f.content,
                    by_spokesperson,
                };
                let mut scratch = Vec::new();
                resolve_cand(
                    gazetteer,
                    doc,
                    c,
                    current,
                    &mut Vec::new(),
                    &mut scratch,
                    &quoted,
                )
                .map(|p| Party { mention: None, ..p })
            }
            Some(c) => {
                let current = Current {
                    entity: last.as_ref().and_then(entity_of),
                    since,
                    content: f.content,
                    by_spokesperson,
                };
                let group = |reach, rules: &mut Vec<&'static str>| {
                    group_subject_for_they(gazetteer, doc, c, current, rules, &quoted, reach)
                };
                group(Reach::Own, &mut rules)
                    .or_else(|| {
                        resolve_cand(
                            gazetteer,
                            doc,
                            c,
                            current,
                            &mut rules,
                            &mut new_mentions,
                            &quoted,
                        )
                    })
                    .or_else(|| group(Reach::OwnAndBefore, &mut rules))
                    .or_else(|| {
                        unresolved_pronoun(gazetteer, doc, &quoted, c, last.as_ref(), &mut rules)
                    })
            }
        };
        if speaker
            .as_ref()
            .is_none_or(|s| matches!(s.referent, Referent::Unresolved { .. }))
        {
            confidence *= 0.5;
        }
        let addressee = f.addressee.as_ref().and_then(|c| {
            let audience = audience_of_place(gazetteer, doc, c);
            let c = audience.as_ref().unwrap_or(c);
            resolve_cand(
                gazetteer,
                doc,
                c,
                Current {
                    entity: None,
                    since,
                    content: f.content,
                    by_spokesperson: false,
                },
                &mut rules,
                &mut new_mentions,
                &quoted,
            )
        });
        // `A spokesman said ... The spokesman added`: a definite
        // spokesperson no named person is described as speaks for the
        // organisation the same noun spoke for last.
        // So does one only the nearest person was found for (`A Treasury
        // official said ... "Reagan bonds" ... the official said`).
        let speaker = match (speaker, &f.speaker) {
            (Some(p), Some(Cand::PersonDescription(span))) => {
                let nearest = rules.last() == Some(&"description-nearest-person");
                let text = span.as_str(&doc.text);
                match spoken_for_last(&spokespeople, &p.referent, text, nearest) {
                    Some(e) => {
                        if nearest {
                            rules.pop();
                            if let Some(m) = new_mentions.iter_mut().rev().find(|m| m.span == *span)
                            {
                                m.entity = e;
                            }
                        }
                        rules.push("description-earlier-spokesperson");
                        Some(Party {
                            referent: Referent::Entity(e),
                            ..p
                        })
                    }
                    None => Some(p),
                }
            }
            (p, _) => p,
        };
        // `shrugged off claims from X that ...`: X is named inside another
        // subject's clause and does not become the current speaker.
        let in_object = rules.contains(&nominal::RULE);
        if let Some(s) = speaker.as_ref().filter(|_| !in_object) {
            if let Referent::Class(name) = &s.referent {
                unnamed.push(name.clone());
            }
            if let Some(noun) = s
                .mention
                .map(|m| token::after_last_space(m.as_str(&doc.text)))
                .and_then(party::group_spokesperson_noun)
            {
                groups.push((noun, s.referent.clone()));
            }
            if let (Referent::Entity(e), Some(noun)) =
                (&s.referent, document_in_attribution(doc, f.cue, f.content))
            {
                documents.push((noun, *e));
            }
            // `a Foreign Ministry spokesman` (the noun ends the
            // description, or follows the organisation's name); `a
            // spokesman for the Information Commissioner's Office`, an
            // organisation no gazetteer knows.
            if let Some(c) = &f.speaker {
                let noun = nouns.of(&doc.text, c.span()).or_else(|| match &s.referent {
                    Referent::Class(name) => {
                        name.split(' ').take(4).find_map(party::unnamed_person_noun)
                    }
                    Referent::Entity(_) | Referent::Unresolved { .. } => None,
                });
                let org = match s.referent {
                    Referent::Entity(e) => {
                        (pronoun::entity_type(gazetteer, doc, e) == EntityType::Org).then_some(e)
                    }
                    Referent::Class(_) | Referent::Unresolved { .. } => None,
                };
                if let Some(noun) = noun {
                    spokespeople.push((noun, org));
                }
            }
            // `Ugandan officials said ... a Ugandan Railways official
            // said. "...," he said.`: the latest spokesperson of the same
            // referent may be `he`.
            let mut spokesperson = || s.mention.is_some_and(|m| nouns.of(&doc.text, m).is_some());
            by_spokesperson =
                by_spokesperson && last.as_ref() == Some(&s.referent) || spokesperson();
            // `This is the man who, some pundits believe, was ...`: what a
            // group believes gives no later quote paragraph its speaker.
            let believed_by_group = matches!(s.referent, Referent::Class(_))
                && f.cue.is_some_and(|c| {
                    token::with_lower(c.as_str(&doc.text), |l| {
                        lexicon::speech_verb(l).is_some_and(|v| indirect::is_belief(v.lemma))
                    })
                });
            last_believed_by_group = believed_by_group;
            last = Some(s.referent.clone());
            last_mention = s.mention;
            since = f.content.end.max(f.cue.map_or(0, |c| c.end));
        }
        let speaker_entity = speaker.as_ref().and_then(|s| entity_of(&s.referent));
        let parts = if f.fragments.is_empty() {
            std::slice::from_ref(&f.content)
        } else {
            &f.fragments
        };
        let about = about(gazetteer, doc, parts, speaker_entity);
        quotes.push(Quote {
            sentence: doc.sentence_at(f.content.start),
            kind: f.kind,
            content: f.content,
            fragments: f.fragments,
            cue: f.cue,
            speaker,
            addressee,
            about,
            rules,
            confidence,
        });
    }
    if !new_mentions.is_empty() {
        doc.mentions.extend(new_mentions);
        doc.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
    quotes
}

/// The latest group that spoke with the noun of `description`, when it
/// is only the article and the noun (`the officials` → whoever `Mexican
/// officials` were).
fn group_before<'a>(
    groups: &'a [(&'static str, Referent)],
    description: &str,
) -> Option<&'a Referent> {
    let (det, noun) = description.split_once(' ')?;
    if !det.eq_ignore_ascii_case("the") {
        return None;
    }
    let noun = party::group_spokesperson_noun(noun)?;
    groups
        .iter()
        .rev()
        .take(8)
        .find(|(n, _)| *n == noun)
        .map(|(_, r)| r)
}

/// Nouns for a document that speaks for whoever issued it.
const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "communique",
    "communiqué",
    "announcement",
    "letter",
];

/// The document an attribution says the words were in, outside the
/// quote's content (`the Club said in a statement`, `said in a letter to
/// shareholders`), by its noun.
fn document_in_attribution(
    doc: &Document,
    cue: Option<Span>,
    content: Span,
) -> Option<&'static str> {
    let text = doc.text.as_str();
    let at = cue?;
    let sent = *doc.sentences.get(doc.sentence_at(at.start) as usize)?;
    let outside = [
        Span::new(sent.start, content.start.clamp(sent.start, sent.end)),
        Span::new(content.end.clamp(sent.start, sent.end), sent.end),
    ];
    // Only a document the words were said in (`in his monthly
    // statement`), not one that quotes them (`A central bank statement
    // quoted Fernandez as saying`).
    outside.iter().find_map(|part| {
        let words: Vec<Span> = token::words(text, *part).collect();
        words.iter().enumerate().find_map(|(i, w)| {
            let word = w.as_str(text);
            let noun = DOCUMENT_NOUNS
                .iter()
                .copied()
                .find(|n| n.eq_ignore_ascii_case(word))?;
            let said_in = words[i.saturating_sub(3)..i]
                .iter()
                .rev()
                .find(|p| p.as_str(text) == "in")
                .is_some_and(|p| !text[p.end..w.start].contains([',', ';', '"', '\u{201C}']));
            said_in.then_some(noun)
        })
    })
}

/// The issuer of the latest document named with the noun of
/// `description`, when it is only the article and the noun (`the
/// statement` → the Paris Club, after `the Club said in a statement`).
fn issuer_before(documents: &[(&'static str, EntityRef)], description: &str) -> Option<EntityRef> {
    let (det, noun) = description.split_once(' ')?;
    if !det.eq_ignore_ascii_case("the") {
        return None;
    }
    documents
        .iter()
        .rev()
        .take(8)
        .find(|(n, _)| n.eq_ignore_ascii_case(noun))
        .map(|&(_, e)| e)
}

/// The latest unnamed speaker with the head noun of `description` (`the
/// official` → `Mexican mining sector official`).
fn described_before<'a>(unnamed: &'a [String], description: &str) -> Option<&'a str> {
    let head = description
        .rsplit(' ')
        .next()
        .filter(|h| party::is_unnamed_person_noun(h))?;
    unnamed
        .iter()
        .rev()
        .take(8)
        .find(|name| token::after_last_space(name) == head && name.as_str() != head)
        .map(String::as_str)
}

/// `Analysts said ... There was little demand in Berlin, they said`: `they`
/// goes on for the group that spoke last (`last`, whose last quote ends at
/// `since`), and `he` or `she` for the one unnamed person (`a spokesman`,
/// `a witness`), while no person or organisation became a subject in
/// between (none can when the pronoun attributes that quote too: `they
/// said, adding ...`), outside the words the pronoun attributes
/// (`content`).
fn class_goes_on(
    gazetteer: &Gazetteer,
    doc: &Document,
    quoted: &Context,
    last: Option<&Referent>,
    since: usize,
    (pronoun, class): (Span, pronoun::PronounClass),
    content: Span,
) -> bool {
    use pronoun::PronounClass;
    let Some(Referent::Class(name)) = last else {
        return false;
    };
    let head = token::after_last_space(name);
    // Before a prepositional phrase (`dealer for a U.S.-based bank`,
    // `traders in Sydney`), the noun before it heads the description too.
    let one = [" for ", " at ", " of ", " with ", " in ", " from "]
        .iter()
        .filter_map(|p| name.find(p))
        .min()
        .map_or(head, |i| token::after_last_space(&name[..i]));
    let is_plural = |n: &str| n.ends_with('s') && !n.ends_with("ss");
    let plural = is_plural(head) || is_plural(one);
    // One person: a noun for one (`spokesman`, `witness`), or a name after
    // a title (`Lord Falconer`).
    // An agent noun no list has (`arbitrageur`, `strategist`).
    let agent = |n: &str| n.len() > 6 && (n.ends_with("eur") || n.ends_with("ist"));
    let person = party::is_person_noun(head)
        || agent(head)
        || one != head && (party::is_person_noun(one) || agent(one))
        || name
            .split(' ')
            .next()
            .is_some_and(|t| lexicon::title(t).is_some() && token::is_capitalised(head));
    let fits = match class {
        PronounClass::Plural => plural,
        PronounClass::Male => person && !head.ends_with("woman") && !one.ends_with("woman"),
        PronounClass::Female => person && !head.ends_with("man") && !one.ends_with("man"),
        PronounClass::Thing => false,
    };
    if !fits {
        return false;
    }
    let lo = doc.mentions.partition_point(|m| m.span.start < since);
    let hi = doc
        .mentions
        .partition_point(|m| m.span.start < pronoun.start);
    // Not a subject inside the words the pronoun attributes (`The Bank
    // of England also sold sterling, they said`).
    !doc.mentions[lo..hi.max(lo)].iter().any(|m| {
        !m.modifier
            && !quoted.in_quote(m.span)
            && !content.contains(m.span)
            && matches!(
                pronoun::entity_type(gazetteer, doc, m.entity),
                EntityType::Person | EntityType::Org
            )
            && party::is_subject(doc, m.span)
    })
}

/// The organisation that the latest spokesperson with the head noun of
/// `description` spoke for, when `description` resolved to no more than
/// that noun (`the spokesman` → `spokesman`) or only to the `nearest`
/// person.
fn spoken_for_last(
    spokespeople: &[(&'static str, Option<EntityRef>)],
    resolved: &Referent,
    description: &str,
    nearest: bool,
) -> Option<EntityRef> {
    let head = token::after_last_space(description);
    if !nearest && !matches!(resolved, Referent::Class(name) if name == head) {
        return None;
    }
    spokespeople
        .iter()
        .rev()
        .take(8)
        .find(|(n, _)| *n == head)?
        .1
}

/// The noun of the spokesperson that a speaker written at `span` names:
/// its last word (`a Foreign Ministry spokesman`), the word right after it
/// (`Microsoft spokesman Bob Smith`), or the noun that `for`, `from`, `at`,
/// `of` or `with` puts it after (`a spokesman for the Information
/// Commissioner's Office`, `an official at Zentrix`).
fn spokesperson_noun(text: &str, span: Span) -> Option<&'static str> {
    let head = token::after_last_space(span.as_str(text));
    // Cheap tests first, as most speakers have no such noun next to them:
    // every noun starts with `o` or `s` in either case, right after spaces.
    let after = || {
        let next = text.get(span.end..)?.trim_start().as_bytes().first()?;
        if !matches!(next, b'o' | b'O' | b's' | b'S') {
            return None;
        }
        token::word_after(text, span.end, text.len())
            .filter(|w| token::only_space_between(text, span.end, w.start))
            .and_then(|w| party::unnamed_person_noun(w.as_str(text)))
    };
    let before = || {
        // The last letter or digit before the span ends the word before
        // (`for`, `from`, `at`, `of`, `with` or `the`), unless it has a
        // final period.
        let head = text.as_bytes().get(..span.start)?;
        let last = head
            .iter()
            .rposition(|&b| b >= 0x80 || b.is_ascii_alphanumeric())?;
        if head[last] < 0x80
            && !matches!(head[last], b'e' | b'E' | b'r' | b'm' | b't' | b'f' | b'h')
        {
            return None;
        }
        let mut p = token::word_before(text, span.start, 0)?;
        if p.as_str(text).eq_ignore_ascii_case("the") {
            p = token::word_before(text, p.start, 0)?;
        }
        if !matches!(p.as_str(text), "for" | "from" | "at" | "of" | "with") {
            return None;
        }
        party::unnamed_person_noun(token::word_before(text, p.start, 0)?.as_str(text))
    };
    party::unnamed_person_noun(head)
        .or_else(after)
        .or_else(before)
}

/// [`spokesperson_noun`] remembering its last answer: [`resolve`] asks of
/// the speaker as written and then of its mention, most often the same
/// span.
#[derive(Default)]
struct SpokespersonNouns {
    last: Option<(Span, Option<&'static str>)>,
}

impl SpokespersonNouns {
    fn of(&mut self, text: &str, span: Span) -> Option<&'static str> {
        match self.last {
            Some((s, noun)) if s == span => noun,
            _ => {
                let noun = spokesperson_noun(text, span);
                self.last = Some((span, noun));
                noun
            }
        }
    }
}

/// `The Home Office defended the measures. A spokesman said ...`: a
/// spokesperson for no named organisation (`a spokesman`, not `his
/// spokesman` or `a spokesman for the author`) speaks for the organisation
/// that opens its own sentence as the subject, or else the sentence before.
/// Not when a person is that subject (`Mr Galloway ... A spokesman said`).
fn spokesperson_of_subject(
    gazetteer: &Gazetteer,
    doc: &Document,
    quoted: &Context,
    span: Span,
) -> Option<EntityRef> {
    let text = doc.text.as_str();
    let noun = span.as_str(text);
    let noun = noun
        .strip_prefix("A ")
        .or_else(|| noun.strip_prefix("a "))
        .unwrap_or(noun);
    if !matches!(noun, "spokesman" | "spokeswoman" | "spokesperson") {
        return None;
    }
    let noun_start = span.end - noun.len();
    let own = doc.sentence_at(span.start) as usize;
    let sent = *doc.sentences.get(own)?;
    let article = token::word_before(text, noun_start, sent.start)?;
    if !article.as_str(text).eq_ignore_ascii_case("a") {
        return None;
    }
    if token::word_after(text, span.end, sent.end)
        .is_some_and(|w| matches!(w.as_str(text), "for" | "from" | "at" | "of" | "to"))
    {
        return None;
    }
    let subject = |sent: Span, pos: usize| match party::sentence_subject(doc, gazetteer, sent, pos)
    {
        Some(Cand::Mention(m)) if !quoted.in_quote(m) && party::starts_clause(doc, m) => {
            doc.mentions.iter().find(|x| x.span == m).map(|x| x.entity)
        }
        _ => None,
    };
    let e = match subject(sent, article.start) {
        Some(e) => e,
        None => {
            let before = *doc.sentences.get(own.checked_sub(1)?)?;
            subject(before, before.end)?
        }
    };
    (pronoun::entity_type(gazetteer, doc, e) == EntityType::Org).then_some(e)
}

/// `The Iranian spokesman` after `a Foreign Ministry spokesman`: a
/// definite spokesperson described by a place is the latest organisation
/// with the same noun spoken for before, unless that organisation belongs
/// to another country.
fn spoken_for_before(
    gazetteer: &Gazetteer,
    doc: &Document,
    spokespeople: &[(&'static str, Option<EntityRef>)],
    span: Span,
    of: Span,
) -> Option<EntityRef> {
    let text = span.as_str(&doc.text);
    let (det, rest) = text.split_once(' ')?;
    let head = party::unnamed_person_noun(token::after_last_space(rest))?;
    if !det.eq_ignore_ascii_case("the") {
        return None;
    }
    let place = doc
        .mentions
        .iter()
        .find(|m| m.span == of)
        .map(|m| m.entity)
        .filter(|&e| {
            matches!(
                pronoun::entity_type(gazetteer, doc, e),
                EntityType::Gpe | EntityType::Norp
            )
        })?;
    let country = |e: EntityRef| match e {
        EntityRef::Known(id) => {
            let ent = gazetteer.entity(id);
            Some(match ent.kind {
                EntityType::Norp | EntityType::Org => ent.within()?,
                _ => id,
            })
        }
        EntityRef::Discovered(_) => None,
    };
    let org = spokespeople
        .iter()
        .rev()
        .take(8)
        .find(|(n, _)| *n == head)?
        .1?;
    match (country(place), country(org)) {
        (Some(a), Some(b)) if a != b => None,
        _ => Some(org),
    }
}

/// The speaker a quote's parties are resolved against.
#[derive(Clone, Copy, Debug)]
struct Current {
    /// The speaker of the quotes before.
    entity: Option<EntityRef>,
    /// Where the last of those quotes (or its attribution) ends.
    since: usize,
    /// The content of the quote being resolved.
    content: Span,
    /// The current speaker was named by a spokesperson (`The Iranian
    /// spokesman`): `he` may go on for the organisation or country.
    by_spokesperson: bool,
}

/// The person a later sentence names as a spokesperson (`White House
/// spokesman Marlin Fitzwater`) when `span` is someone's unnamed one (`his
/// chief spokesman`): the spokesman speaks, not the person he speaks for.
/// Looked for in the next three sentences.
fn spokesman_named_later(gazetteer: &Gazetteer, doc: &Document, span: Span) -> Option<EntityRef> {
    const NOUNS: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];
    let text = doc.text.as_str();
    let mut words = span.as_str(text).split(' ');
    let (first, head) = (words.next()?, words.next_back()?);
    if !matches!(first, "his" | "her" | "His" | "Her") || !NOUNS.contains(&head) {
        return None;
    }
    let sentence = doc.sentence_at(span.start);
    let from = doc.mentions.partition_point(|m| m.span.start < span.end);
    doc.mentions[from..]
        .iter()
        .take_while(|m| doc.sentence_at(m.span.start) <= sentence + 3)
        .find(|m| {
            !m.modifier
                && pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Person
                && token::word_before(text, m.span.start, 0)
                    .is_some_and(|w| NOUNS.contains(&w.as_str(text)))
        })
        .map(|m| m.entity)
}

/// The country whose government unnamed `government officials` (`government
/// sources`, `preliminary government figures`) speak for: the first country
/// named in the same sentence, the topic of what they say (`Mexico's policies
/// ... have not changed despite Peru's decision ..., government mining and
/// central bank officials said`). `the government` alone stays a
/// description, and so do mixed groups (`industry and government sources`).
fn government_country(gazetteer: &Gazetteer, doc: &Document, span: Span) -> Option<EntityRef> {
    const HEADS: &[&str] = &[
        "official",
        "officials",
        "source",
        "sources",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "figures",
        "statistics",
        "data",
    ];
    let words: Vec<&str> = span.as_str(&doc.text).split(' ').collect();
    let (head, modifiers) = words.split_last()?;
    if !HEADS.contains(head) {
        return None;
    }
    let government = modifiers
        .iter()
        .position(|w| w.eq_ignore_ascii_case("government"))?;
    if modifiers[..government]
        .iter()
        .any(|w| matches!(*w, "and" | "or") || w.ends_with(','))
    {
        return None;
    }
    let sent = doc.sentences.get(doc.sentence_at(span.start) as usize)?;
    let from = doc.mentions.partition_point(|m| m.span.start < sent.start);
    doc.mentions[from..]
        .iter()
        .take_while(|m| m.span.start < span.start)
        .find_map(|m| country_of(gazetteer, m.entity))
}

/// The country `e` is or acts for (`Mexican` → Mexico, `Beijing` → China).
fn country_of(gazetteer: &Gazetteer, e: EntityRef) -> Option<EntityRef> {
    let EntityRef::Known(id) = e else {
        return None;
    };
    let is_country = |id| {
        let c = gazetteer.entity(id);
        c.kind == EntityType::Gpe && c.within().is_none()
    };
    let ent = gazetteer.entity(id);
    match ent.kind {
        EntityType::Gpe if is_country(id) => Some(e),
        EntityType::Gpe | EntityType::Norp => {
            ent.part_of.filter(|&p| is_country(p)).map(EntityRef::Known)
        }
        _ => None,
    }
}

/// True when the name at `span` is an agency's credit in parentheses
/// (`PARIS (Reuters) - `): not an organisation the story is about.
fn is_credit(text: &str, span: Span) -> bool {
    text[..span.start].ends_with('(') && text[span.end..].starts_with(')')
}

/// True when a mention at exactly `span` names an entity of a type that
/// `wanted` accepts.
fn mention_type_is(
    gazetteer: &Gazetteer,
    doc: &Document,
    span: Span,
    wanted: impl Fn(EntityType) -> bool,
) -> bool {
    let i = doc.mentions.partition_point(|m| m.span.start < span.start);
    doc.mentions[i..]
        .iter()
        .take_while(|m| m.span.start == span.start)
        .any(|m| m.span == span && wanted(pronoun::entity_type(gazetteer, doc, m.entity)))
}

/// `told an Indian news channel`, `told a Moscow court`: an addressee
/// that a nation or place only qualifies is a kind of audience, named as
/// written; or the outlet named after it (`told Dutch newspaper Algemeen
/// Dagblad`). `told CNN reporters` stays CNN's.
fn audience_of_place(gazetteer: &Gazetteer, doc: &Document, cand: &Cand) -> Option<Cand> {
    let Cand::SpokespersonOf(span, of) = *cand else {
        return None;
    };
    let text = doc.text.as_str();
    if !mention_type_is(gazetteer, doc, of, |t| {
        matches!(t, EntityType::Gpe | EntityType::Norp)
    }) {
        return None;
    }
    let noun = token::words(text, Span::new(of.end, span.end))
        .filter(|w| token::with_lower(w.as_str(text), party::is_audience_noun))
        .last()?;
    match token::word_after(text, noun.end, span.end) {
        Some(name) => Some(Cand::Class(Span::new(name.start, span.end))),
        None => Some(Cand::Class(span)),
    }
}

/// One party candidate to an entity or class.
fn resolve_cand(
    gazetteer: &Gazetteer,
    doc: &Document,
    cand: &Cand,
    current: Current,
    rules: &mut Vec<&'static str>,
    new_mentions: &mut Vec<Mention>,
    quoted: &Context,
) -> Option<Party> {
    let text = doc.text.as_str();
    // `the Conservatives who said`, `analysts who said`: the party the
    // relative pronoun follows; else the person just named.
    if let Cand::Relative(span) = *cand {
        // Not a place (`Sen. James McClure of Idaho, who`).
        let place = |c: &Cand| {
            let Cand::Mention(m) = *c else {
                return false;
            };
            mention_type_is(gazetteer, doc, m, |t| t == EntityType::Gpe)
        };
        if let Some(before) = party::relative_antecedent(doc, span).filter(|c| !place(c)) {
            // The mention stays the pronoun as written.
            let party = resolve_cand(
                gazetteer,
                doc,
                &before,
                current,
                rules,
                new_mentions,
                quoted,
            );
            if let Some(party) = party {
                rules.push("relative-antecedent");
                return Some(Party {
                    mention: Some(span),
                    ..party
                });
            }
        }
    }
    let mention_of = |span: Span| {
        let i = doc.mentions.partition_point(|m| m.span.start < span.start);
        doc.mentions[i..]
            .iter()
            .take_while(|m| m.span.start == span.start)
            .find(|m| m.span == span || m.span.contains(span))
    };
    // A class keeps one space between its words (`the budget\noffice`).
    let party = |referent, span| {
        let referent = match referent {
            Referent::Class(name) => Referent::Class(squash_space(&name).into_owned()),
            entity => entity,
        };
        Some(Party {
            referent,
            mention: Some(span),
        })
    };
    let add = |new_mentions: &mut Vec<Mention>,
               span: Span,
               entity: EntityRef,
               via: Via,
               confidence: f32| {
        new_mentions.push(Mention::found(doc, span, entity, via, confidence));
    };
    match *cand {
        Cand::Mention(span) | Cand::Discover(span, _) => {
            let m = mention_of(span)?;
            // `the Frenchman said`, `the Brazilian said`: one person of a
            // nationality, described (not `the French`, all of them).
            if let Some(the) = one_of_nationality(gazetteer, doc, m) {
                return resolve_cand(
                    gazetteer,
                    doc,
                    &Cand::PersonDescription(Span::new(the, m.span.end)),
                    current,
                    rules,
                    new_mentions,
                    quoted,
                );
            }
            party(Referent::Entity(m.entity), m.span)
        }
        Cand::Pronoun(span, class) => {
            // `he claims Ferguson should be punished`: not Ferguson.
            let named = |e: EntityRef| named_in(gazetteer, doc, current.content, span, class, e);
            let e = speaker_pronoun(gazetteer, doc, new_mentions, quoted, span, class, current)
                .or_else(|| {
                    (class != pronoun::PronounClass::Plural)
                        .then(|| {
                            pronoun::antecedent(gazetteer, doc, span.start, class, current.entity)
                        })
                        .flatten()
                        .filter(|&e| !named(e))
                })
                .or_else(|| {
                    rarely_named_speaker(gazetteer, doc, class, current).filter(|&e| !named(e))
                })?;
            rules.push(if Some(e) == current.entity {
                "pronoun-current-speaker"
            } else {
                "pronoun-antecedent"
            });
            add(new_mentions, span, e, Via::Pronoun, 0.8);
            party(Referent::Entity(e), span)
        }
        Cand::OrgDescription(span) => {
            // The latest organisation that was a subject (`Barrick said
            // ... traded on the Toronto Stock Exchange ... the company
            // said` is Barrick's), else the latest named.
            let upto = doc.mentions.partition_point(|m| m.span.end <= span.start);
            let orgs = || {
                doc.mentions[..upto].iter().rev().take(64).filter(|m| {
                    !m.modifier
                        && !is_credit(text, m.span)
                        && pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Org
                })
            };
            let subject_or_latest = || {
                orgs()
                    .find(|m| !quoted.in_quote(m.span) && party::is_subject(doc, m.span))
                    .or_else(|| orgs().next())
            };
            // `The Tokyo Regional Taxation Bureau has imposed a penalty tax
            // on Fuji Bank Ltd ..., a bank spokeswoman told Reuters`: a bank
            // named after that organisation is meant (`Fuji Bank`, the
            // `Bundesbank`; `the ANZ said ..., the bank said` stays ANZ's).
            let bank =
                token::words(text, span).any(|w| w.as_str(text).eq_ignore_ascii_case("bank"));
            let named_bank = |m: &&Mention| {
                let name = m.span.as_str(text).as_bytes();
                // `Fuji Bank`, `Bundesbank`, `Banco Santander`, `Banque`.
                name.windows(4)
                    .any(|w| w.eq_ignore_ascii_case(b"bank") || w.eq_ignore_ascii_case(b"banc"))
            };
            // `Security Pacific Corp said ... Rainier Bancorp ... The bank
            // said` goes on with the organisation that spoke.
            let spoke = |m: &Mention| {
                let rest = text[m.span.end..].trim_start();
                let rest = match rest.strip_prefix('<') {
                    Some(r) => r.split_once('>').map_or(rest, |(_, r)| r.trim_start()),
                    None => rest,
                };
                token::first_token(rest).is_some_and(|w| is_cue_word(w).is_some())
            };
            let found = match subject_or_latest() {
                Some(chosen) if bank && !named_bank(&chosen) && !spoke(chosen) => orgs()
                    .take_while(|m| m.span.start > chosen.span.start)
                    .find(named_bank)
                    .or(Some(chosen)),
                chosen => chosen,
            };
            let Some(e) = found.map(|m| m.entity) else {
                // `a company spokesman` with no company named before: a
                // speaker of that class, as `a spokesman` is.
                let head = token::after_last_space(span.as_str(text));
                if party::is_company_noun(head) {
                    return None;
                }
                let class = Cand::Class(span);
                return resolve_cand(gazetteer, doc, &class, current, rules, new_mentions, quoted);
            };
            rules.push("description-antecedent");
            add(new_mentions, span, e, Via::Description, 0.7);
            party(Referent::Entity(e), span)
        }
        Cand::SpokespersonOf(span, org) => {
            let m = mention_of(org)?;
            let mut e = m.entity;
            // `the US firm`: a company described by its country, named
            // before.
            let head = token::after_last_space(span.as_str(text));
            let place = matches!(
                pronoun::entity_type(gazetteer, doc, e),
                EntityType::Gpe | EntityType::Norp
            );
            // `the French central bank` is the country's own bank, not a
            // company named before.
            let central = head == "bank"
                && text
                    .get(org.end..span.end)
                    .is_some_and(|b| b.split_whitespace().any(|w| w == "central"));
            if place && central {
                let name = text.get(org.start..span.end).unwrap_or_default();
                return party(Referent::Class(name.to_string()), span);
            }
            // `A leading Spanish broker`: someone in trade or the
            // professions whom a nationality only describes; not the
            // country.
            if place && party::is_private_person_noun(head) {
                // `the Canadian banker`, after `William Mulholland,
                // chairman of the Bank of Montreal`: someone named before;
                // not after `A Chinese journalist` (the one unnamed before),
                // nor someone's (`the Iraqi families' lawyer`).
                let words = span.as_str(text);
                let definite = words.starts_with("the ") || words.starts_with("The ");
                let described_before = || {
                    let rest = &words[4..];
                    ["a ", "A ", "an ", "An ", "one ", "One "].iter().any(|d| {
                        memchr::memmem::find(
                            &text.as_bytes()[..span.start],
                            format!("{d}{rest}").as_bytes(),
                        )
                        .is_some()
                    })
                };
                let owned = words.contains("'") || words.contains('\u{2019}');
                let described = if definite && !owned && !described_before() {
                    Cand::PersonDescription(span)
                } else {
                    Cand::Class(span)
                };
                return resolve_cand(
                    gazetteer,
                    doc,
                    &described,
                    current,
                    rules,
                    new_mentions,
                    quoted,
                );
            }
            if place && party::is_company_noun(head) {
                return resolve_cand(
                    gazetteer,
                    doc,
                    &Cand::OrgDescription(span),
                    current,
                    rules,
                    new_mentions,
                    quoted,
                )
                .or_else(|| party(Referent::Entity(e), span));
            }
            // `Mexican officials`: the country the people belong to. `One
            // Mexican mining sector official` is one person of a sector
            // there, not the country: the description.
            if let EntityRef::Known(id) = e {
                let ent = gazetteer.entity(id);
                let sector = || {
                    let between = text.get(org.end..span.end).unwrap_or_default();
                    let mut words: Vec<&str> = between.split_whitespace().collect();
                    let head = words.pop().unwrap_or_default();
                    !head.ends_with('s')
                        && !words.is_empty()
                        && words.iter().all(|w| w.starts_with(char::is_lowercase))
                        && !words.contains(&"government")
                };
                if ent.kind == EntityType::Norp && sector() {
                    let name = text.get(org.start..span.end).unwrap_or_default();
                    return party(Referent::Class(name.to_string()), span);
                }
                // `Mexican officials`, `authorities in Lima`: the country
                // a nationality or a capital acts for.
                if matches!(ent.kind, EntityType::Norp | EntityType::Gpe) {
                    if let Some(p) = ent.part_of {
                        e = EntityRef::Known(p);
                    }
                }
            }
            // `BBC Radio 4's World at One`: a broadcaster's programme.
            let programme = ["'s ", "\u{2019}s "]
                .iter()
                .any(|p| text.get(org.end..).is_some_and(|t| t.starts_with(*p)))
                && span
                    .as_str(text)
                    .split(' ')
                    .nth(1)
                    .is_some_and(token::is_capitalised)
                && spokesperson_noun(text, span).is_none();
            rules.push(if programme {
                "programme-of-outlet"
            } else {
                "spokesperson-for-entity"
            });
            party(Referent::Entity(e), span)
        }
        Cand::PersonDescription(span) | Cand::Relative(span) => {
            // `his chief spokesman said ... Later, White House spokesman
            // Marlin Fitzwater ...`: someone's spokesman, named later.
            if let Some(e) = spokesman_named_later(gazetteer, doc, span) {
                rules.push("description-named-later");
                add(new_mentions, span, e, Via::Description, 0.6);
                return party(Referent::Entity(e), span);
            }
            // The nearest person named before, outside quoted words. `The
            // official` is someone an earlier sentence calls an official.
            let head = token::after_last_space(span.as_str(text));
            let described = |m: &Mention| {
                !party::is_unnamed_person_noun(head) || {
                    let sent = doc.sentences.get(doc.sentence_at(m.span.start) as usize);
                    sent.is_some_and(|s| {
                        token::words(text, *s).any(|w| w.as_str(text).eq_ignore_ascii_case(head))
                    })
                }
            };
            let is_person =
                |m: &Mention| pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Person;
            // `the German said` is not `Spaniard Conchita Martinez`: the
            // people the text gave another nationality before.
            let foreign: Vec<EntityRef> = match nationality_in(gazetteer, doc, span) {
                Some(n) => doc.mentions
                    [..doc.mentions.partition_point(|m| m.span.end <= span.start)]
                    .iter()
                    .filter(|m| {
                        is_person(m)
                            && nationality_before(gazetteer, doc, m.span.start)
                                .is_some_and(|o| o != n)
                    })
                    .map(|m| m.entity)
                    .collect(),
                None => Vec::new(),
            };
            let fits = |m: &&Mention| {
                !m.modifier
                    && !quoted.in_quote(m.span)
                    && is_person(m)
                    && described(m)
                    && !foreign.contains(&m.entity)
            };
            let upto = doc.mentions.partition_point(|m| m.span.end <= span.start);
            // `The mayor said` after `London Mayor Ken Livingstone` and a
            // reporter he spoke to: the person the text gives that role,
            // before the nearest one.
            let described_role = matches!(cand, Cand::PersonDescription(_));
            // The description's words after its article.
            let mut role: Vec<&str> = span.as_str(text).split_whitespace().collect();
            if role.first().is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "the" | "a" | "an" | "this" | "that"
                )
            }) {
                role.remove(0);
            }
            let has_role = |m: &&Mention| {
                described_role && fits(m) && has_role_noun(text, m.span, &role, span)
            };
            let nearest_mention = |fits: &dyn Fn(&&Mention) -> bool| {
                let old = recent(&doc.mentions[..upto]).iter().rev().find(|m| fits(m));
                let new = recent(new_mentions)
                    .iter()
                    .rev()
                    .find(|m| m.span.end <= span.start && fits(m));
                match (old, new) {
                    (Some(a), Some(b)) if b.span.start > a.span.start => Some(b),
                    (a, b) => a.or(b),
                }
                .map(|m| (m.entity, m.span))
            };
            let nearest = |fits: &dyn Fn(&&Mention) -> bool| nearest_mention(fits).map(|(e, _)| e);
            // `Tony Blair has dismissed reports he told Gordon Brown ...
            // "...," the prime minister told`: the nearest person who was
            // a subject, in that person's sentence or the one before, over
            // one named as an object or after a preposition.
            // Not for someone who speaks for others (`the spokesman`, `the
            // aide`), who is named with the person spoken for, whoever
            // that person is in the sentence.
            let speaks_for_others = party::is_unnamed_person_noun(head)
                || [
                    "aide",
                    "adviser",
                    "advisor",
                    "representative",
                    "source",
                    "lawyer",
                ]
                .iter()
                .any(|n| n.eq_ignore_ascii_case(head));
            let relative = matches!(cand, Cand::Relative(_));
            // Not someone the words an earlier speaker reported name
            // (`Hayley Yelling said the team would understand if Radcliffe
            // opted out. "...," said the European cross-country champion`).
            // Holders of an office are the exception: reported words name
            // them by name, then the text by office (`Livingstone said he
            // would not apologise even if Mr Blair asked. Later the prime
            // minister said`).
            let office = [
                "minister",
                "chancellor",
                "president",
                "premier",
                "secretary",
                "governor",
                "mayor",
                "senator",
            ]
            .iter()
            .any(|o| o.eq_ignore_ascii_case(head));
            // Its own words may name the person (`Jackson and Stiller have
            // signed up for Ricky Gervais' new sitcom, the comedian has
            // told BBC News`).
            let unreported = |m: &&Mention| {
                fits(m)
                    && (relative
                        || office
                        || current.content.contains(m.span)
                        || !quoted.in_reported(m.span))
            };
            let nearest_subject = || {
                let (e, at) = nearest_mention(&unreported)?;
                if relative || speaks_for_others || !named_as_object(doc, at) {
                    return Some((e, "description-nearest-person"));
                }
                let s = doc.sentence_at(at.start) as usize;
                let floor = doc
                    .sentences
                    .get(s.saturating_sub(1))
                    .map_or(0, |s| s.start);
                let subject = |m: &&Mention| {
                    m.span.start >= floor && unreported(m) && party::is_subject(doc, m.span)
                };
                Some(match nearest(&subject) {
                    Some(e) => (e, "description-nearest-subject"),
                    None => (e, "description-nearest-person"),
                })
            };
            // `A lawyer representing X said`, `a doctor treating the
            // Belgian feared`: an indefinite description brings in someone
            // new, no one named before.
            let indefinite = matches!(cand, Cand::PersonDescription(_))
                && span
                    .as_str(text)
                    .split(' ')
                    .next()
                    .is_some_and(|a| matches!(a, "a" | "A" | "an" | "An"));
            // `A Thomson officer said` after `Thomson McKinnon`: an unnamed
            // official of an organisation named before stands for it.
            let of_named_org = || {
                let words: Vec<&str> = span.as_str(text).split(' ').collect();
                let [_, owner @ .., noun] = words.as_slice() else {
                    return None;
                };
                let official = party::is_unnamed_person_noun(noun)
                    || matches!(*noun, "officer" | "official" | "executive");
                if owner.is_empty() || !official || !owner.iter().all(|w| token::is_capitalised(w))
                {
                    return None;
                }
                let owner = owner.join(" ");
                recent(&doc.mentions[..upto])
                    .iter()
                    .rev()
                    .find(|m| {
                        !m.modifier
                            && m.span.as_str(text).starts_with(owner.as_str())
                            && pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Org
                    })
                    .map(|m| (m.entity, "description-official-of-organisation"))
            };
            // `Gordon Brown ... after reports claimed Mr Blair went back
            // on a pledge. The chancellor would not comment`: the person
            // the gazetteer knows in that office, over the nearest one,
            // when only one of those named before held it (offices change
            // hands: `Tony Blair ... Gordon Brown ... the prime minister`
            // names no one by office).
            // Quoted words count: they name holders too (`"Mr Blair will
            // waste more," Mr Howard said. ... Gordon Brown ... the prime
            // minister`).
            let held_office = |m: &&Mention| {
                described_role
                    && !m.modifier
                    && is_person(m)
                    && !foreign.contains(&m.entity)
                    && match m.entity {
                        EntityRef::Known(id) => gazetteer
                            .entity(id)
                            .role
                            .as_deref()
                            .is_some_and(|r| holds_office(r, &role)),
                        EntityRef::Discovered(_) => false,
                    }
            };
            let e = if indefinite {
                of_named_org()
            } else {
                nearest(&has_role)
                    .map(|e| (e, "description-role-person"))
                    .or_else(|| {
                        let mut holders = recent(&doc.mentions[..upto])
                            .iter()
                            .chain(
                                recent(new_mentions)
                                    .iter()
                                    .filter(|m| m.span.end <= span.start),
                            )
                            .filter(|m| held_office(m))
                            .map(|m| m.entity);
                        let first = holders.next()?;
                        holders
                            .all(|e| e == first)
                            .then_some((first, "description-office-held"))
                    })
                    .or_else(nearest_subject)
                    .or_else(|| {
                        // `The prime minister has defended ... But Tony
                        // Blair said`: a description with no one before
                        // it is the first person named in the sentences
                        // after it, when the gazetteer knows them in that
                        // office (not `the lord chancellor ... Lord
                        // Falconer said`, a person it does not know so).
                        let sentence = doc.mentions.get(upto).map(|m| m.sentence)?;
                        let next = doc.mentions[upto..]
                            .iter()
                            .take_while(|m| m.sentence <= sentence + NAMED_LATER_SENTENCES)
                            .find(|m| m.span.start >= span.end && !m.modifier && is_person(m))?;
                        held_office(&next).then_some((next.entity, "description-office-held-later"))
                    })
            };
            match e {
                Some((e, rule)) => {
                    rules.push(rule);
                    add(new_mentions, span, e, Via::Description, 0.6);
                    party(Referent::Entity(e), span)
                }
                None => {
                    let name = span.as_str(text);
                    let name = name
                        .split_once(' ')
                        .map_or(name, |(_, rest)| rest)
                        .to_string();
                    party(Referent::Class(name), span)
                }
            }
        }
        Cand::Class(span) => {
            // `"...," the report said` after `a World Bank report`: a
            // document speaks for its author.
            if let Some(m) = author::author_before(gazetteer, doc, span) {
                let e = m.entity;
                rules.push("document-author");
                add(new_mentions, span, e, Via::Description, 0.6);
                return party(Referent::Entity(e), span);
            }
            // `Other arbitrageurs said ... Another said`, `Some former
            // employees are angry ... One told BBC News`: one of the group
            // that was the subject before.
            if matches!(
                span.as_str(text).to_ascii_lowercase().as_str(),
                "one" | "another"
            ) {
                let one =
                    one_of_group(gazetteer, doc, span, current, quoted, "one-of-group", rules);
                if one.is_some() {
                    return one;
                }
            }
            // The description without a conjunction that opened the
            // clause (`But the banks said`, `Although some traders said`)
            // and without its article: `the residents`, `one official`.
            const CONJUNCTIONS: &[&str] = &[
                "but ",
                "and ",
                "although ",
                "though ",
                "yet ",
                "nevertheless ",
                "however, ",
                "meanwhile, ",
                "still, ",
                "now ",
            ];
            let name = strip_any_prefix(span.as_str(text), CONJUNCTIONS);
            let name = strip_any_prefix(name, CONJUNCTIONS);
            // Not `one or two`, a number of its own.
            let name = match strip_any_prefix(name, &["the ", "a ", "an ", "one ", "another "]) {
                n if n.starts_with("or ") => name,
                n => n,
            };
            // `<Four Seasons Hotels>`: Reuters' marks around a company.
            let name = name
                .strip_prefix('<')
                .and_then(|n| n.strip_suffix('>'))
                .unwrap_or(name);
            // `Analysts say` opening a sentence are the `analysts` of
            // anywhere else; a name that is a word too stays (`Smith
            // voiced concern`).
            let start = span.end - name.len();
            let first = token::before_first_space(name);
            let mut buf = [0u8; 32];
            let lower: &str = &token::lower_in(first, &mut buf);
            // Not `Wall Street analysts`, whose next word is capitalised too
            // (a place after `in` is no part of the head: `Analysts in
            // London`).
            let common_head = match name.split_once(' ') {
                Some((_, rest)) => !rest
                    .split(' ')
                    .take_while(|w| !matches!(*w, "in" | "at" | "from" | "of" | "for"))
                    .any(token::is_capitalised),
                None => party::is_group_noun(lower),
            };
            // `Low-cost airlines`: each part of a hyphenated word.
            let common_first = lexicon::is_common_word(lower)
                || lower.contains('-') && lower.split('-').all(lexicon::is_common_word);
            let opens_sentence = party::is_sentence_start(doc, start)
                && token::is_capitalised(first)
                && common_first;
            // `Sears said` where `Shares of Sears` is written: a name.
            let a_name = opens_sentence
                && first.len() == name.len()
                && capitalised_inside_sentence(doc, first);
            // `Dynamics said` after `General Dynamics Corp`: the
            // organisation named before with that word.
            if a_name {
                let upto = doc.mentions.partition_point(|m| m.span.start < span.start);
                let named = recent(&doc.mentions[..upto]).iter().rev().find(|m| {
                    !m.modifier
                        && m.span.as_str(text).split(' ').any(|w| w == first)
                        && pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Org
                });
                if let Some(m) = named {
                    rules.push("class-word-of-organisation");
                    return party(Referent::Entity(m.entity), span);
                }
            }
            let name = if opens_sentence && common_head && !a_name {
                let mut chars = name.chars();
                chars
                    .next()
                    .map(|c| c.to_lowercase().chain(chars).collect())
                    .unwrap_or_default()
            } else {
                name.to_string()
            };
            if let Some(country) = government_country(gazetteer, doc, span) {
                rules.push("government-of-country");
                return party(Referent::Entity(country), span);
            }
            party(Referent::Class(name), span)
        }
    }
}

/// True when `word` (capitalised, no noun for people) opens a name
/// somewhere in the document away from a sentence's start: a name (`Sears
/// said` where `at Sears` is written too), not a plural noun that opens a
/// sentence (`Airlines said`, though `Continental Airlines` is written).
fn capitalised_inside_sentence(doc: &Document, word: &str) -> bool {
    let people = party::is_people_noun(word)
        || word
            .strip_suffix('s')
            .is_some_and(|one| token::with_lower(one, party::is_person_noun));
    if people {
        return false;
    }
    let text = doc.text.as_str();
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).any(|at| {
        let whole = token::word_after(text, at, text.len())
            .is_some_and(|w| w.start == at && w.end == at + word.len());
        whole
            && !party::is_sentence_start(doc, at)
            && token::word_before(text, at, 0)
                .is_some_and(|b| !token::is_capitalised(b.as_str(text)))
    })
}

/// True when the mention at `span` is the object of a preposition or of
/// a cue that takes its addressee as object (`played by Steve Coogan`,
/// `told Gordon Brown`) or owns something (`Steve Finnan's cross`), not
/// the subject of anything: `according to` names a speaker.
fn named_as_object(doc: &Document, span: Span) -> bool {
    let text = doc.text.as_str();
    // `He opted to bring Steve Finnan's cross down`: an owner.
    if text[span.end..].starts_with("'s ") || text[span.end..].starts_with("\u{2019}s ") {
        return true;
    }
    let lo = doc
        .sentences
        .get(doc.sentence_at(span.start) as usize)
        .map_or(0, |s| s.start.min(span.start));
    let before = |end: usize| {
        token::word_before(text, end, lo).filter(|w| token::only_space_between(text, w.end, end))
    };
    let Some(mut w) = before(span.start) else {
        return false;
    };
    // `his love for married publisher Kimberly Quinn`: the role before
    // the name, and a word that qualifies it.
    if party::is_role_word(w.as_str(text)) {
        for _ in 0..2 {
            match before(w.start) {
                Some(p) if p.as_str(text).bytes().all(|b| b.is_ascii_lowercase()) => w = p,
                _ => return false,
            }
            let word = w.as_str(text);
            if party::is_determiner(word) || is_object_marker(word) {
                break;
            }
        }
    }
    if party::is_determiner(w.as_str(text)) {
        match before(w.start) {
            Some(p) => w = p,
            None => return false,
        }
    }
    match w.as_str(text) {
        "to" => token::word_before(text, w.start, lo)
            .is_none_or(|a| !a.as_str(text).eq_ignore_ascii_case("according")),
        word => is_object_marker(word) || is_cue_word(word).is_some_and(|v| v.addressee_object),
    }
}

/// A preposition, or a verb's particle (`signing up Farrell`), before an
/// object.
fn is_object_marker(word: &str) -> bool {
    matches!(
        word,
        "by" | "with"
            | "for"
            | "from"
            | "against"
            | "of"
            | "about"
            | "at"
            | "on"
            | "into"
            | "over"
            | "than"
            | "up"
            | "off"
            | "out"
            | "down"
    )
}

/// `name` without the first of `prefixes` (ASCII, in lower case) it starts
/// with, in any case.
fn strip_any_prefix<'a>(name: &'a str, prefixes: &[&str]) -> &'a str {
    let bytes = name.as_bytes();
    let first = bytes.first().map(u8::to_ascii_lowercase);
    prefixes
        .iter()
        .find(|p| {
            let p = p.as_bytes();
            // The first letter rules out most prefixes before a compare;
            // the bytes of an ASCII prefix that match end on a char
            // boundary.
            p.first().is_none_or(|&c| first == Some(c))
                && bytes
                    .get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })
        .map_or(name, |p| &name[p.len()..])
}

/// The entities a quote's content mentions (metonyms applied; demonyms as
/// their country), first-seen order, without the speaker: in each of its
/// `parts`, so not in an attribution that splits it.
fn about(
    gazetteer: &Gazetteer,
    doc: &Document,
    parts: &[Span],
    speaker: Option<EntityRef>,
) -> Vec<EntityRef> {
    let mut out: Vec<EntityRef> = Vec::new();
    for part in parts {
        about_part(gazetteer, doc, *part, speaker, &mut out);
    }
    out
}

/// Adds the entities mentioned in one part of a content to `out`.
fn about_part(
    gazetteer: &Gazetteer,
    doc: &Document,
    content: Span,
    speaker: Option<EntityRef>,
    out: &mut Vec<EntityRef>,
) {
    let i = doc
        .mentions
        .partition_point(|m| m.span.start < content.start);
    for m in doc.mentions[i..]
        .iter()
        .take_while(|m| m.span.end <= content.end)
    {
        if matches!(m.via, Via::Pronoun | Via::Description) {
            continue;
        }
        let mut e = m.entity;
        if let EntityRef::Known(id) = e {
            let ent = gazetteer.entity(id);
            if ent.kind == EntityType::Norp {
                match ent.part_of {
                    Some(p) => e = EntityRef::Known(p),
                    None => continue,
                }
            }
        }
        if Some(e) != speaker && !out.contains(&e) {
            out.push(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_counts_cases() {
        const CASES: &[(&str, usize)] = &[
            ("", 0),
            ("   ", 0),
            ("one", 1),
            ("  two words ", 2),
            ("tab\tand\nnew\x0Bline\x0Cfeed\rreturn", 6),
            ("no\u{A0}break and\u{2009}thin", 4),
            ("curly “quotes” and — dashes", 5),
        ];
        for (s, want) in CASES {
            assert_eq!(count_words_upto(s, usize::MAX), *want, "{s:?}");
        }
    }

    /// [`strip_any_prefix`] as first written: each prefix sliced off the
    /// name as a `str` and compared.
    fn strip_any_prefix_by_str<'a>(name: &'a str, prefixes: &[&str]) -> &'a str {
        prefixes
            .iter()
            .find_map(|p| {
                name.get(..p.len())
                    .filter(|h| h.eq_ignore_ascii_case(p))
                    .map(|_| &name[p.len()..])
            })
            .unwrap_or(name)
    }

    proptest::proptest! {
        #[test]
        fn trailing_letters_as_by_rsplit(s in "[aZ .,1\u{e9}\u{c9}\u{4e2d}\u{2019}]{0,10}") {
            let want = s.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            proptest::prop_assert_eq!(trailing_letters(&s), want);
        }

        #[test]
        fn prefixes_strip_as_sliced_strs(name in "[aAnNtThHeEbBuU \u{e9}\u{c9}]{0,8}") {
            let prefixes = ["the ", "a ", "an ", "but ", "and ", ""];
            for n in 0..=prefixes.len() {
                proptest::prop_assert_eq!(
                    strip_any_prefix(&name, &prefixes[..n]),
                    strip_any_prefix_by_str(&name, &prefixes[..n])
                );
            }
        }

        #[test]
        fn word_counts_are_split_whitespace_counts(
            s in "[ a!~\x7F\t\n\x0B\x0C\r\x1C\u{85}\u{A0}\u{2003}\u{3000}é“-]{0,40}",
            max in 0usize..12,
        ) {
            let want = s.split_whitespace().take(max).count();
            proptest::prop_assert_eq!(count_words_upto(&s, max), want);
            proptest::prop_assert_eq!(
                has_more_words_than(&s, max),
                s.split_whitespace().nth(max).is_some()
            );
        }
    }
}
