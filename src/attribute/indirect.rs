//! Indirect speech: `X said (that) ...`, `..., X said.`, `according to X, ...`.
//!
//! Clause-level patterns around a speech verb inside one sentence; no
//! parser. The content is the reported clause without `that` and without
//! the sentence's final punctuation.

use super::party::{self, Cand};
use super::Found;
use crate::doc::{Document, EntityType, QuoteKind};
use crate::lexicon;
use crate::lexicon::CueHit;
use crate::resolve::pronoun;
use crate::span::Span;
use crate::token;

/// Words after a cue that show its object is not a reported clause.
const NOT_CLAUSE_START: &[&str] = &[
    "to",
    "for",
    "about",
    "in",
    "on",
    "at",
    "with",
    "of",
    "by",
    "from",
    "as",
    "into",
    "so",
    "goodbye",
    "sorry",
    "yes",
    "no",
    "nothing",
    "something",
    "anything",
    "was",
    "is",
    "were",
    "are",
    "had",
    "has",
    "have",
    "be",
    "been",
    "and",
    "or",
    "but",
    "what",
    "how",
    "why",
    "when",
    "where",
    "whether",
    "if",
    "which",
    "who",
    "up",
    "out",
];

/// True when `word`, in any case, is one of [`NOT_CLAUSE_START`].
pub(super) fn is_not_clause_start(word: &str) -> bool {
    // The shape of an ASCII word (its length, first and last letters in
    // either case) rules most words out before one is lowered and looked
    // for in the list. Not used for other words, whose lower case may be
    // of another length.
    static SHAPES: std::sync::LazyLock<lexicon::Shapes> =
        std::sync::LazyLock::new(|| lexicon::Shapes::of(NOT_CLAUSE_START.iter().copied()));
    if word.is_ascii() && !SHAPES.may_contain(word) {
        return false;
    }
    token::with_lower(word, |w| NOT_CLAUSE_START.contains(&w))
}

/// True when `text[span]` has at least `n` words; stops counting there, as
/// a reported clause may run on for many more.
fn has_words(text: &str, span: Span, n: usize) -> bool {
    n == 0 || token::words(text, span).nth(n - 1).is_some()
}

/// Cues that report a clause without `that` (`he said the talks failed`);
/// not `state`, a noun more often than not (`state Sen. X`, `Some states
/// remained too close to call`), which reports `states that ...`.
/// Cues whose object is often a noun phrase, not a clause (`reported a
/// loss`, `announced the deal`, `confirmed the sale`).
fn takes_noun_phrase(lemma: &str) -> bool {
    matches!(
        lemma,
        "report"
            | "announce"
            | "add"
            | "confirm"
            | "reveal"
            | "admit"
            | "predict"
            | "expect"
            | "disclose"
            | "acknowledge"
    )
}

/// True when `claim` takes a noun phrase, not a clause: no verb shows in
/// the words after it (`after claiming his third US Open crown`, `claimed
/// victory`; not `claim the sums do not add up`).
fn claims_a_thing(text: &str, content: Span) -> bool {
    !shows_verb(text, content)
        && !clause_has_verb(text, content)
        && !token::words(text, content)
            .take(8)
            .any(|w| matches!(w.as_str(text), "do" | "does" | "did" | "not"))
}

/// True when one of the words of `span` is a finite verb: an auxiliary or
/// a modal, a negated one (`couldn't`), a past tense in `-ed`, or a common
/// irregular past (`reported the firm lost money`, not `reported a loss`).
/// A past form after an article, or after an article and an adverb, is an
/// adjective (`confirmed a widely reported slowdown`, `the expected rise`).
fn shows_verb(text: &str, span: Span) -> bool {
    // `added he expects ...`, `added "We expect ..."`: a pronoun that is
    // only a subject (not `it` alone: `expects it to rise`) or a quoted
    // sentence opens a clause, whatever the tense of its verb; so do
    // `it` and `this` with a verb in `-s` (`added it expects to ...`).
    let body = span.as_str(text);
    let (quoted, body) = match body.strip_prefix(['"', '\u{201C}']) {
        Some(q) => (true, q),
        None => (false, body),
    };
    let mut words = body.split_whitespace();
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    let subject = matches!(first, "he" | "she" | "they" | "we" | "I" | "there")
        || matches!(first, "it" | "this")
            && (second.len() > 3
                && second.ends_with('s')
                && !second.ends_with("ss")
                && !second.contains(['\'', '\u{2019}'])
                || is_finite_verb(second)
                || is_irregular_past(second));
    if subject || quoted && first.starts_with(char::is_uppercase) {
        return true;
    }
    // The two words before the current one.
    let mut before: [&str; 2] = ["", ""];
    // Before the first comma: a verb set off after it belongs to an
    // apposition or a relative clause (`added the additional week, known
    // as the Golden Week because the days overlapped with ...`); only an
    // auxiliary or a modal right after a comma is the clause's own, after
    // a phrase set off inside it (`admits Gerrard, who has been linked
    // with Chelsea, will have the final say`, `admitted that, had he
    // ...`).
    let comma = memchr::memmem::find(body.as_bytes(), b", ");
    let main = comma.map_or(span, |c| Span::new(span.start, span.end - body.len() + c));
    let resumed = || {
        memchr::memmem::find_iter(body.as_bytes(), b", ").any(|c| {
            token::first_token(&body[c + 2..]).is_some_and(|w| is_finite_verb(w) || is_modal(w))
        })
    };
    if comma.is_some() && resumed() {
        return true;
    }
    token::words(text, main).any(|w| {
        let w = w.as_str(text);
        let past = is_past_in_ed(w) || is_irregular_past(w);
        let modifier = matches!(before[1], "a" | "an" | "the")
            || matches!(before[0], "a" | "an" | "the") && before[1].ends_with("ly");
        let verb = is_finite_verb(w)
            || has_modal(w)
            || w.ends_with("n't")
            || w.ends_with("n\u{2019}t")
            || past && !modifier;
        before = [before[1], w];
        verb
    })
}

/// Where the reported clause starts when the words after a cue at `start`
/// open with a comma or semicolon: past a connective set off by commas
/// (`said, however, the taxes ...`); nowhere when a participle, a
/// subordinator, a preposition or a verb opens a phrase that adds to the
/// cue (`said, quoting an official`, `added, although he declined to ...`,
/// `the 145 companies reporting, 76% didn't ...`), nor when a quotation
/// follows or the cue's form is a noun before an apposition. Other phrases
/// open the clause (`said, despite the delays, the work ...`).
fn after_set_off(text: &str, start: usize, end: usize) -> Option<usize> {
    let rest = text.get(start..end)?;
    let Some(after) = rest.strip_prefix([',', ';']) else {
        return Some(start);
    };
    let first = token::word_after(text, end - after.len(), end)?;
    // Not `said; "That could ..."`: a quotation is a quote of its own.
    if !text[end - after.len()..first.start].trim().is_empty() {
        return None;
    }
    let word = first.as_str(text);
    let connective = matches!(
        word,
        "however"
            | "though"
            | "meanwhile"
            | "moreover"
            | "nevertheless"
            | "nonetheless"
            | "therefore"
            | "too"
            | "also"
    );
    if connective {
        let next = token::word_after(text, first.end, end)?;
        return (text[first.end..next.start].trim() == ",").then_some(next.start);
    }
    // `a key influence on New Labour thinking, says ...`, `Branson's TV
    // show, The Rebel Billionaire, is proving ...`: the cue's form was a
    // noun, and a verb of the sentence follows it or its apposition.
    let next_verb = |from: usize| {
        token::word_after(text, from, end).is_some_and(|w| {
            let w = w.as_str(text);
            is_finite_verb(w) || lexicon::speech_verb_any_case(w).is_some()
        })
    };
    let apposition = memchr::memchr(b',', &text.as_bytes()[first.start..end])
        .is_some_and(|c| next_verb(first.start + c + 1));
    if lexicon::speech_verb_any_case(word).is_some() || is_finite_verb(word) || apposition {
        return None;
    }
    let adds = word.ends_with("ing")
        || word.ends_with("ed")
        || is_subordinator(word)
        || is_not_clause_start(word)
        || matches!(word, "without" | "through" | "via" | "twice" | "again");
    (!adds).then_some(first.start)
}

/// `The former secretary of state mocked Trump for ..., noting ...`: when
/// the name found for a participle's subject follows its clause's verb (a
/// past tense in `-ed` after the sentence's start), it is the verb's
/// object, and the noun phrase before the verb is the subject, if there is
/// one. Not a name right before the participle at `participle` (`with
/// finance minister Hans Eichel saying`), which is its subject.
fn subject_before_object(
    doc: &Document,
    gazetteer: &crate::gazetteer::Gazetteer,
    sent: Span,
    found: Cand,
    participle: usize,
) -> Cand {
    let text = doc.text.as_str();
    let Cand::Mention(m) = found else {
        return found;
    };
    if token::only_space_between(text, m.end, participle) {
        return found;
    }
    let verb = token::words(text, Span::new(sent.start, m.start)).find(|w| {
        let w = w.as_str(text);
        // Plain letters only (not `co-founded`).
        is_past_in_ed(w) && w.bytes().all(|b| b.is_ascii_lowercase())
    });
    verb.and_then(|v| party::subject_phrase(doc, gazetteer, v, sent.start))
        .filter(|c| c.span().end <= m.start)
        .unwrap_or(found)
}

/// A past tense or participle in `-ed` (`reported`, not `Ted` or `bed`).
fn is_past_in_ed(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase)
}

/// Common irregular past tenses (`Blackburn made a bid`).
fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "made"
            | "took"
            | "gave"
            | "won"
            | "lost"
            | "fell"
            | "rose"
            | "held"
            | "paid"
            | "sold"
            | "bought"
            | "left"
            | "met"
            | "got"
            | "went"
            | "came"
            | "saw"
            | "told"
            | "said"
            | "found"
            | "thought"
            | "knew"
            | "grew"
            | "began"
            | "ran"
            | "led"
            | "kept"
            | "sent"
            | "spent"
            | "built"
            | "brought"
            | "became"
            | "stood"
            | "struck"
            | "drew"
            | "broke"
            | "chose"
            | "wrote"
            | "spoke"
            | "fought"
            | "sought"
            | "meant"
            | "felt"
            | "heard"
            | "did"
            | "does"
    )
}

fn takes_bare_clause(lemma: &str) -> bool {
    matches!(
        lemma,
        "say"
            | "tell"
            | "add"
            | "warn"
            | "insist"
            | "claim"
            | "argue"
            | "note"
            | "write"
            | "predict"
            | "suggest"
            | "admit"
            | "explain"
            | "confirm"
            | "announce"
            | "report"
            | "tweet"
            | "reply"
            | "stress"
            | "emphasise"
            | "emphasize"
            | "concede"
            | "contend"
            | "reveal"
            | "believe"
            | "think"
            | "know"
            | "expect"
            | "hope"
            | "fear"
            | "reckon"
            | "speculate"
    )
}

/// What a directive reports: what to do, what was asked, what its object
/// is accused of, or what the speaker commits to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Directed {
    Infinitive,
    Question,
    Accusation,
    Commitment,
}

/// Words that open an indirect question (`asked whether ...`).
fn is_question_word(word: &str) -> bool {
    matches!(
        word,
        "whether" | "if" | "how" | "what" | "why" | "when" | "where" | "who" | "which"
    )
}

/// Cues that tell someone to do something (`urged voters to stay home`),
/// say what someone did (`accused Cruz of opposing ...`) or commit the
/// speaker to do something (`vowed to fight on`).
fn is_directive(lemma: &str) -> bool {
    matches!(
        lemma,
        "urge" | "warn" | "tell" | "ask" | "advise" | "caution" | "remind" | "accuse"
    ) || is_commissive(lemma)
}

/// Cues that commit the speaker to what the infinitive after them says
/// (`promised to cut taxes`, `threatened to leave`): speech acts, unlike
/// `hoped to` or `planned to`, which are intentions.
fn is_commissive(lemma: &str) -> bool {
    matches!(lemma, "promise" | "vow" | "pledge" | "threaten")
}

/// What a directive reports after a short object of the cue that runs
/// from `from` with no punctuation: the infinitive (its `to`, or the `not`
/// before it) of `urged the rest of the party to coalesce`, `warned the
/// U.S. and other countries not to interfere`; after `ask`, also the
/// question of `asked Clinton whether she would ...`; after `accuse`, the
/// object and what it did (`accused Cruz of opposing ...`, as PolNeAR
/// marks it).
fn directed_content(text: &str, from: usize, end: usize, lemma: &str) -> Option<(usize, Directed)> {
    let asks = lemma == "ask";
    let accuses = lemma == "accuse";
    let mut pos = from;
    let mut object_words = 0;
    let mut object = None;
    while let Some(w) = token::word_after(text, pos, end) {
        let object_start = *object.get_or_insert(w.start);
        if accuses {
            if w.as_str(text) == "of" && object_words > 0 {
                return Some((object_start, Directed::Accusation));
            }
            if text[pos..w.start].contains([',', ';', ':', '"', '(', '\u{201C}']) {
                return None;
            }
            object_words += 1;
            if object_words > 6 {
                return None;
            }
            pos = w.end;
            continue;
        }
        if text[pos..w.start].contains([',', ';', ':', '"', '(', '\u{201C}']) {
            return None;
        }
        let word = w.as_str(text);
        let to = match word {
            "to" => Some(w),
            "not" => token::word_after(text, w.end, end).filter(|t| t.as_str(text) == "to"),
            _ => None,
        };
        if let Some(to) = to {
            // `to stay`, not `to the press` (an addressee, `said to X`).
            let verb = token::word_after(text, to.end, end)?;
            let verb = verb.as_str(text);
            let is_verb = verb.starts_with(char::is_lowercase) && !party::is_determiner(verb);
            if is_commissive(lemma) {
                return (object_words == 0 && is_verb).then_some((w.start, Directed::Commitment));
            }
            return (object_words > 0 && is_verb).then_some((w.start, Directed::Infinitive));
        }
        if asks && is_question_word(word) {
            return has_words(text, Span::new(w.start, end), 3)
                .then_some((w.start, Directed::Question));
        }
        // A verb or a subject shows a clause: `told reporters the talks
        // were a follow-up to ...`.
        let clause = matches!(
            word,
            "that" | "if" | "whether" | "he" | "she" | "they" | "we" | "I" | "it"
        ) || is_finite_verb(word)
            || word.len() > 4 && word.ends_with("ed");
        if clause || object_words == 6 {
            return None;
        }
        object_words += 1;
        pos = w.end;
    }
    None
}

/// Cues of [`takes_bare_clause`] whose object is a noun phrase more often
/// than a clause (`wrote a letter`, `announced a plan`, `reported a loss`).
fn takes_object_or_clause(lemma: &str) -> bool {
    matches!(
        lemma,
        "write" | "announce" | "report" | "reveal" | "predict" | "suggest" | "claim" | "admit"
    )
}

/// Cues that report a clause without `that` only when it shows a verb
/// (`found X linked Y`, not `found a body`).
fn takes_clause_with_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "find"
            | "indicate"
            | "acknowledge"
            | "show"
            | "signal"
            | "deny"
            | "assert"
            | "maintain"
            | "declare"
            | "allege"
            | "boast"
            | "complain"
            | "recall"
            | "reiterate"
            | "disclose"
            | "hint"
            | "conclude"
            | "observe"
            | "remark"
    )
}

/// True when `source` ends with a noun of a count of opinions or votes
/// (`The poll`, `a Reuters rolling poll`, `exit polls`, `the survey`).
fn counts_votes(text: &str, source: Span) -> bool {
    let last = source.as_str(text).rsplit(' ').next().unwrap_or_default();
    token::with_lower(last, |l| {
        matches!(
            l,
            "poll" | "polls" | "polling" | "survey" | "surveys" | "count" | "tally" | "results"
        )
    })
}

/// True when `source` ends with a plural noun of records of facts
/// (`public records`, `Polls`).
fn ends_in_records(text: &str, source: Span) -> bool {
    let last = source.as_str(text).rsplit(' ').next().unwrap_or_default();
    token::with_lower(last, party::is_records)
}

/// True when `span` is a small clause, a subject then a participle or a
/// standing (`both Trump and Carson beating Clinton 45 to 40 percent`,
/// `Cruz 16 points ahead of Trump`), as a poll shows it.
fn small_clause(text: &str, span: Span) -> bool {
    let mut words = token::words(text, span).map(|w| w.as_str(text));
    let mut before = words.next().unwrap_or_default();
    words.take(8).any(|w| {
        let standing = w.len() > 5 && w.ends_with("ing") && !matches!(before, "a" | "an" | "the")
            || matches!(w, "ahead" | "behind" | "tied" | "lead" | "edge")
            // `Clinton up by 10 points`.
            || matches!(w, "up" | "down") && before.starts_with(char::is_uppercase);
        before = w;
        standing
    })
}

/// True when one of the first words of `span` after its first is a finite
/// verb: an auxiliary or modal, or a past tense in `-ed`.
pub(super) fn clause_has_verb(text: &str, span: Span) -> bool {
    token::words(text, span).skip(1).take(7).any(|w| {
        let w = w.as_str(text);
        is_finite_verb(w) || is_past_in_ed(w)
    })
}

/// Where the comma is that sets off an attribution closing `span`: a
/// speaker of at most seven words, then a speech verb in the past tense or
/// the present (`, a spokesman for the Central Bank said`).
fn closing_attribution_comma(text: &str, span: Span) -> Option<usize> {
    let words = span.as_str(text);
    let comma = words.rfind(", ")?;
    let tail = &words[comma + 2..];
    let mut parts = tail.split(' ');
    let cue = parts.next_back()?;
    let speaker_words = parts.count();
    let cue_form = (cue.ends_with("ed") || matches!(cue, "said" | "says" | "told"))
        && lexicon::speech_verb(cue).is_some();
    let speaker_opens = token::first_token(tail)
        .is_some_and(|f| matches!(f, "a" | "an" | "the") || token::is_capitalised(f));
    (cue_form && (1..=7).contains(&speaker_words) && speaker_opens && !tail.contains(','))
        .then_some(span.start + comma)
}

/// [`clause_has_verb`] over a longer subject (`suggest the re-election of
/// a Labour government with a small majority would amount to`), with the
/// common irregular past tenses (`paid`, `fell`): up to 16 words.
fn bare_clause_has_verb(text: &str, span: Span) -> bool {
    clause_has_verb_within(text, span, 16)
}

/// [`bare_clause_has_verb`] over the first `n` words after the first.
fn clause_has_verb_within(text: &str, span: Span, n: usize) -> bool {
    let words: Vec<&str> = token::words(text, span)
        .take(n + 1)
        .map(|w| w.as_str(text))
        .collect();
    let present = words.windows(3).any(|w| is_present_verb(w[0], w[1], w[2]));
    present
        || token::words(text, span).skip(1).take(n).any(|w| {
            let w = w.as_str(text);
            is_finite_verb(w) || is_past_in_ed(w) || is_common_past(w)
        })
}

/// The common irregular past tenses (`paid`, `fell`), and `did` and
/// `does`.
fn is_common_past(w: &str) -> bool {
    matches!(
        w,
        "did"
            | "does"
            | "fell"
            | "rose"
            | "grew"
            | "paid"
            | "made"
            | "won"
            | "lost"
            | "took"
            | "gave"
            | "went"
            | "came"
            | "sold"
            | "bought"
            | "held"
            | "left"
            | "kept"
            | "met"
            | "ran"
            | "began"
            | "became"
            | "brought"
            | "spent"
            | "sent"
            | "built"
            | "led"
            | "stood"
            | "knew"
            | "broke"
            | "chose"
            | "got"
            | "shrank"
            | "sank"
    )
}

/// True when `word`, between `prev` and `next`, reads as a verb in the
/// present tense: a form in `-s` after a noun (`the prime minister
/// favours a`), or a plain form after a plural (`Britons support the`),
/// either before an article, a possessive or `that`. Not a noun before a
/// preposition (`plans to`, `dlrs on revenues`), which is as often a noun
/// phrase's.
fn is_present_verb(prev: &str, word: &str, next: &str) -> bool {
    let opens_object = matches!(
        next,
        "the" | "a" | "an" | "that" | "his" | "her" | "its" | "their" | "our" | "strongly"
    );
    let plain = word.len() > 3 && word.bytes().all(|b| b.is_ascii_lowercase());
    if !opens_object || !plain || is_function_word(prev) {
        return false;
    }
    let third_person = word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is");
    let plural = |w: &str| {
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && w.bytes().last().is_some_and(|b| b.is_ascii_lowercase())
    };
    third_person
        || plural(prev)
            && !word.ends_with("ly")
            && !word.ends_with("ing")
            && !word.ends_with("ed")
            && !is_function_word(word)
}

/// Words that never head a subject or are a verb: articles, possessives,
/// prepositions and conjunctions (not `which`, which may).
fn is_function_word(word: &str) -> bool {
    party::is_determiner(word)
        || matches!(
            word,
            "of" | "in" | "for" | "to" | "with" | "on" | "at" | "by"
        )
        || matches!(
            word,
            "from" | "and" | "or" | "our" | "this" | "that" | "these"
        )
        || matches!(word, "those" | "than" | "as" | "about" | "over" | "into")
        || matches!(word, "after" | "before")
        || matches!(
            word,
            "against" | "across" | "among" | "under" | "between" | "without"
        )
        || matches!(
            word,
            "through" | "during" | "despite" | "versus" | "toward" | "towards"
        )
}

/// An auxiliary or a modal: a finite verb whatever follows.
pub fn is_finite_verb(word: &str) -> bool {
    matches!(
        word,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
    )
}

/// Cues of belief, knowledge and hope rather than speech (`think`,
/// `expect`): attributions too, but never a second attribution inside
/// reported words.
pub fn is_belief(lemma: &str) -> bool {
    matches!(
        lemma,
        "believe" | "think" | "know" | "expect" | "hope" | "fear" | "reckon"
    )
}

/// Words between the cue and `that` that may be skipped
/// (`said on Saturday that`, `said in a statement that`).
const MAX_GAP_WORDS: usize = 10;

/// Finds indirect quotes in one sentence from its cues (`cues`: the
/// document's cue hits inside this sentence, in order), skipping cues and
/// contents that overlap `taken` (spans already used by direct quotes) or
/// a quote found earlier in the sentence (`X said Y told Z that W` is one
/// attribution, the outer one). `out` holds the direct quotes first
/// (`directs` of them, in text order), then the indirect ones found so
/// far, in text order.
pub fn find(
    doc: &Document,
    gazetteer: &crate::gazetteer::Gazetteer,
    sentence: u32,
    cues: &[CueHit],
    taken: &[Span],
    directs: usize,
    out: &mut Vec<Found>,
) {
    let Some(&sent) = doc.sentences.get(sentence as usize) else {
        return;
    };
    let sent = after_dateline(&doc.text, sent);
    let directs = directs.min(out.len());
    // `Canada has threatened to stop imports, an official said.`: a
    // closing attribution is the outer one, and the cues inside its
    // reported words report nothing of their own (one record, as for `X
    // said Y told Z that W`).
    let last = last_cue_quote(doc, gazetteer, sent, cues, taken, directs, out);
    let mut last_answer = match closing_outer(last, cues) {
        Closing::Outer(f) => {
            out.push(f);
            return;
        }
        Closing::Last(f) => Some(f),
        Closing::NotTried => None,
    };
    // This sentence's indirect quotes, pushed from here on: their spans
    // are taken, read in place rather than copied into a buffer of their
    // own (an allocation per sentence with a quote).
    let first_local = out.len();
    for (i, cue) in cues.iter().enumerate() {
        if cue.span.start < sent.start || !spans_free(&out[first_local..], cue.span) {
            continue;
        }
        // The last cue's quote, as `closing_outer` found it, while no
        // quote of the sentence has taken its spans since: the same
        // question, asked again.
        let asked = (i + 1 == cues.len() && out.len() == first_local)
            .then(|| last_answer.take())
            .flatten();
        let answer = asked.unwrap_or_else(|| {
            let taken = Taken {
                before: taken,
                local: &out[first_local..],
            };
            let (d, rest) = out.split_at(directs);
            let here = Near(&d[near(d, sent)], &rest[near(rest, sent)]);
            find_at(doc, gazetteer, sent, cue, &cues[i + 1..], &taken, here)
        });
        if let Some(f) = answer {
            out.push(f);
        }
    }
}

/// Where the words that a closing `according to X` sources start in
/// `head`, the clause before it: inside a parenthesis left open (`(the
/// actual number is closer to 15 percent, according to Factcheck.org)`),
/// when it holds a few words (not `(D-Minn., according to ...)`); else at
/// its start. A phrase before it that `with` sets off, or a clause that
/// `and` joins, is sourced with the rest of the clause (`Labatt is the
/// leading brewer, with about 41 pct of the market, according to ...`).
fn sourced_part_start(text: &str, head: Span) -> usize {
    let s = head.as_str(text);
    memchr::memrchr(b'(', s.as_bytes())
        .filter(|&open| !s[open..].contains(')'))
        .map(|open| skip_space(text, head.start + open + 1, head.end))
        .filter(|&start| has_words(text, Span::new(start, head.end), 3))
        .unwrap_or(head.start)
}

/// True when `s` ends with a comma or a dash (`-`, `\u{2014}`,
/// `\u{2013}`), perhaps inside closing marks (`"`, `\u{201D}`,
/// `\u{2019}`), as `s.trim_end_matches([...]).ends_with([...])` says: read
/// from the bytes (a UTF-8 char is whole in the bytes that end `s`), with
/// no decoding, for every cue.
fn ends_set_off(s: &str) -> bool {
    let mut b = s.as_bytes();
    while let [rest @ .., b'"'] | [rest @ .., 0xE2, 0x80, 0x9D | 0x99] = b {
        b = rest;
    }
    matches!(b, [.., b',' | b'-'] | [.., 0xE2, 0x80, 0x94 | 0x93])
}

/// What [`closing_outer`] found for the last cue of a sentence.
enum Closing {
    /// Its quote closes the sentence and holds the other cues.
    Outer(Found),
    /// Its quote (if any) does not: [`find_at`]'s answer for it with no
    /// span of the sentence's own quotes taken yet.
    Last(Option<Found>),
    /// The cue was not looked at.
    NotTried,
}

/// The quote of the last of a sentence's `cues` (`last`, from
/// [`last_cue_quote`]) when it closes the sentence after a comma (`...,
/// an official said.`) and its reported words hold the sentence's other
/// cues; else whatever was found for that cue, which [`find`] asks for
/// again only once a quote of the sentence has taken its spans.
fn closing_outer(last: Option<Option<Found>>, cues: &[CueHit]) -> Closing {
    match last {
        Some(Some(f)) if closes_outer(&f, cues) => Closing::Outer(f),
        Some(f) => Closing::Last(f),
        None => Closing::NotTried,
    }
}

/// True when `f`, the quote of the last of `cues`, reports the words
/// before it and they hold the other cues.
fn closes_outer(f: &Found, cues: &[CueHit]) -> bool {
    let inner = &cues[..cues.len().saturating_sub(1)];
    let closing = f
        .rules
        .first()
        .is_some_and(|r| r.starts_with("indirect-content-") || *r == "according-to");
    closing
        && inner
            .iter()
            .all(|c| f.content.start <= c.span.start && c.span.end <= f.content.end)
}

/// [`find_at`]'s answer for the last of `cues` when it may close the
/// sentence after a comma; `None` when it cannot.
fn last_cue_quote(
    doc: &Document,
    gazetteer: &crate::gazetteer::Gazetteer,
    sent: Span,
    cues: &[CueHit],
    taken: &[Span],
    directs: usize,
    out: &[Found],
) -> Option<Option<Found>> {
    let text = doc.text.as_str();
    let [first, .., last] = cues else {
        return None;
    };
    // Not `according to X` (`She told the BBC the advice should have
    // been attached, according to the ministerial code.`), which sources
    // the words rather than saying them.
    // The comma before the closing attribution comes after the other
    // cues, and only a short speaker phrase stands between it and the cue.
    let inner_end = cues[cues.len() - 2].span.end;
    let between = text.get(inner_end..last.span.start)?;
    let comma = inner_end + memchr::memrchr(b',', between.as_bytes())?;
    // The attribution ends the sentence, or a clause of its own follows
    // it after a comma (`..., said Mr Trainor, though work still needed
    // to be done ...`).
    let tail = text.get(last.span.end..sent.end)?;
    let closes = !super::has_more_words_than(tail, 8)
        || tail.find(", ").is_some_and(|c| {
            let next = token::first_token(&tail[c + 2..]).unwrap_or_default();
            !super::has_more_words_than(&tail[..c], 6)
                && (is_subordinator(next) || matches!(next, "but" | "adding" | "noting"))
        });
    // `according to X` closes a sentence whose other cues are beliefs
    // (`voters who believe that Wall Street is a boon, according to exit
    // polls`): they are no attributions inside the words it sources.
    let inner_beliefs = || {
        cues[..cues.len() - 1]
            .iter()
            .all(|c| c.verb.is_some_and(|v| is_belief(v.lemma)))
    };
    if first.span.start < sent.start
        || last.verb.is_none() && !inner_beliefs()
        || super::has_more_words_than(&text[comma..last.span.start], 12)
        || !closes
    {
        return None;
    }
    let taken = Taken {
        before: taken,
        local: &[],
    };
    let (d, rest) = out.split_at(directs);
    let here = Near(&d[near(d, sent)], &rest[near(rest, sent)]);
    Some(find_at(doc, gazetteer, sent, last, &[], &taken, here))
}

/// The sentence `sent` without the dateline that opens it (`MEXICO CITY,
/// March 3 - `): no content, speaker or addressee starts there.
fn after_dateline(text: &str, sent: Span) -> Span {
    let at_line_start = sent.start == 0 || text[..sent.start].ends_with('\n');
    match at_line_start.then(|| crate::resolve::names::after_dateline(text, sent.start)) {
        Some(Some(body)) if body < sent.end => Span::new(body, sent.end),
        _ => sent,
    }
}

/// The spans a new quote must not overlap: those taken before the
/// sentence's indirect quotes were looked for (`before`), and the contents
/// and cues of its earlier indirect quotes (`local`).
struct Taken<'a> {
    before: &'a [Span],
    local: &'a [Found],
}

impl Taken<'_> {
    /// True when `s` overlaps no taken span.
    fn is_free(&self, s: Span) -> bool {
        !self.before.iter().any(|t| t.overlaps(s)) && spans_free(self.local, s)
    }
}

/// True when `s` overlaps neither the content nor the cue of any of `fs`.
fn spans_free(fs: &[Found], s: Span) -> bool {
    !fs.iter()
        .any(|f| f.content.overlaps(s) || f.cue.is_some_and(|c| c.overlaps(s)))
}

/// The attributions already found in one sentence: the direct quotes
/// there, then the others, each in text order.
#[derive(Clone, Copy)]
struct Near<'a>(&'a [Found], &'a [Found]);

impl<'a> Near<'a> {
    fn iter(self) -> impl Iterator<Item = &'a Found> {
        self.0.iter().chain(self.1)
    }
}

/// The range of `fs` (sorted by content) whose contents fall in `sent`.
fn near(fs: &[Found], sent: Span) -> std::ops::Range<usize> {
    let from = fs.partition_point(|f| f.content.end <= sent.start);
    let to = fs.partition_point(|f| f.content.start < sent.end);
    from..to.max(from)
}

/// The quote one cue introduces, if any; `later` are the cues after it in
/// the sentence (a reported clause ends where another attribution begins).
fn find_at(
    doc: &Document,
    gazetteer: &crate::gazetteer::Gazetteer,
    sent: Span,
    cue: &CueHit,
    later: &[CueHit],
    taken: &Taken,
    found: Near,
) -> Option<Found> {
    let text = doc.text.as_str();
    let free = |s: Span| taken.is_free(s);
    let w = cue.span;
    // `according to X, ...` / `..., according to X.`
    let Some(verb) = cue.verb else {
        if free(w) {
            if let Some(f) = according_to(doc, sent, later, w) {
                if free(f.content) {
                    return Some(f);
                }
            }
        }
        return None;
    };
    if !free(w) {
        return None;
    }
    // Only after the cue is known to be free: cues inside direct quotes
    // and their attributions, about a third, need no clause.
    let body_end = clause_end(text, cue.span.end, trim_final(text, sent), later);
    // `rejected allegations he ...`: these cue only the words of a claim
    // (not `rejected the offer`, `rejecting a takeover bid`).
    if matches!(verb.lemma, "reject" | "refute") && !claim_noun_after(text, w.end, body_end) {
        return None;
    }
    // `she has reckoned with the movement`: dealt with, not thought.
    if verb.lemma == "reckon"
        && token::word_after(text, w.end, sent.end)
            .is_some_and(|n| matches!(n.as_str(text), "with" | "without" | "on"))
    {
        return None;
    }
    // `The World Bank report said ...`, `the claims said`: a bare or
    // plural cue form that can be a noun, right before another cue, is
    // the head of its subject (not `Iran said reports ...`, `denied
    // claims that ...`).
    // The cue's word, which most tests below look at.
    let word = w.as_str(text);
    let noun_form = {
        word.eq_ignore_ascii_case(verb.lemma)
            || word.strip_suffix('s') == Some(verb.lemma) && is_noun_lemma(verb.lemma)
    };
    // So is one a few plain words before another cue's past form
    // (`reports this morning suggested`; not `claims he knew`, `claims
    // Mr Blair said`, `estimates that demand`).
    let cue_soon_after = || {
        later.first().is_some_and(|c| {
            let between = &text[w.end..c.span.start];
            let past = c.span.as_str(text);
            c.verb.is_some_and(|v| !is_belief(v.lemma))
                && (past.ends_with("ed") || matches!(past, "said" | "told" | "wrote"))
                && between.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
                && !between.trim().is_empty()
                && !super::has_more_words_than(between, 3)
                && !between.split(' ').any(|x| {
                    matches!(x, "and" | "but" | "or" | "then" | "that")
                        || pronoun::classify(x).is_some()
                })
        })
    };
    if noun_form
        && (token::word_after(text, w.end, sent.end).is_some_and(|n| {
            n.start == w.end + 1 && lexicon::speech_verb_any_case(n.as_str(text)).is_some()
        }) || word.ends_with('s') && cue_soon_after())
    {
        return None;
    }
    // The word before the cue, which most of the tests below look at.
    let prev = token::word_before(text, w.start, sent.start);
    // `Other UK hopes Kate Winslet and Imelda Staunton went home`: a
    // plural after a name that `other` or a possessive modifies is a noun
    // (not `The UK hopes`).
    let modified_plural = word.ends_with('s')
        && noun_form
        && prev.is_some_and(|p| {
            token::is_capitalised(p.as_str(text))
                && token::word_before(text, p.start, sent.start).is_some_and(|d| {
                    token::with_lower(d.as_str(text), |l| {
                        matches!(
                            l,
                            "other" | "their" | "his" | "her" | "its" | "our" | "these" | "those"
                        )
                    }) && token::only_space_between(text, d.end, p.start)
                })
        });
    // `An Ankara Radio report monitored in London said`, `A USDA report
    // released after trading said`: a bare form after `a` and names, with
    // a participle after it, is a noun (a singular subject takes
    // `reports`).
    let noun_before_participle = || {
        let participle = token::word_after(text, w.end, sent.end).is_some_and(|n| {
            token::only_space_between(text, w.end, n.start) && is_past_in_ed(n.as_str(text))
        });
        let mut pos = w.start;
        for _ in 0..4 {
            let Some(p) = token::word_before(text, pos, sent.start)
                .filter(|p| token::only_space_between(text, p.end, pos))
            else {
                return false;
            };
            match p.as_str(text) {
                "a" | "an" | "A" | "An" => return participle && pos < w.start,
                x if token::is_capitalised(x) => pos = p.start,
                _ => return false,
            }
        }
        false
    };
    if modified_plural || noun_form && !word.ends_with('s') && noun_before_participle() {
        return None;
    }
    // `other changes being suggested include ...`, `it has been reported
    // that ...`: a passive names no speaker before it (`has been saying`
    // is active).
    // `a plan that was proposed last December`, `it was disclosed that`:
    // a form of `be` before the participle makes a passive too (not one
    // that names its agent: `was asked by reporters`).
    let by_agent =
        || token::word_after(text, w.end, sent.end).is_some_and(|b| b.as_str(text) == "by");
    let participle_form = || {
        (word.ends_with("ed")
            || matches!(
                word,
                "said" | "told" | "known" | "thought" | "shown" | "written" | "spoken"
            ))
            && !by_agent()
    };
    if !word.ends_with("ing")
        && prev.is_some_and(|p| {
            matches!(p.as_str(text), "being" | "been")
                || matches!(p.as_str(text), "was" | "were" | "is" | "are" | "be")
                    && participle_form()
        })
    {
        return None;
    }
    // `soared about 1-1/2 points`, `two claims`: a plural form after a
    // number is a noun (a number before a verb takes its bare form: `40
    // say`). Not after the comma that closes a phrase (`X, who has been
    // active since 1990, says ...`).
    let after_number = || {
        prev.is_some_and(|p| {
            let adjoins = token::only_space_between(text, p.end, w.start);
            let p = p.as_str(text);
            adjoins
                && (p.starts_with(|c: char| c.is_ascii_digit())
                    || is_two_to_ten(&p.to_ascii_lowercase()))
        })
    };
    if word.strip_suffix('s') == Some(verb.lemma) && after_number() {
        return None;
    }
    // `In its first earnings report, Google said ...`: a noun form after a
    // determiner a few words back, ending a phrase at its comma.
    let noun_lemma = matches!(
        verb.lemma,
        "report" | "claim" | "comment" | "estimate" | "forecast" | "survey" | "poll" | "statement"
    );
    if noun_form
        && noun_lemma
        && text[w.end..].starts_with(',')
        && determiner_before(text, w.start, sent.start)
    {
        return None;
    }
    // `claims from X that ...`, `X's claim that ...`.
    if let Some(f) = super::nominal::find(doc, sent, w, body_end) {
        return free(f.content).then_some(f);
    }
    // `Sanders was asked by host John Dickerson whether ...`.
    if verb.lemma == "ask" {
        if let Some(f) = asked_by(doc, w, body_end) {
            return free(f.content).then_some(f);
        }
    }
    let before_cue = text[sent.start..w.start].trim_end();
    // `Tehran radio quoted a spokesman as saying ...`, `The spokesman was
    // quoted by Tehran radio as saying ...`.
    if word == "saying" && before_cue.ends_with(" as") {
        return quoted_as_saying(doc, sent, w, body_end, taken);
    }
    // `Airlines protested, saying (that) ...`: a participle after a comma
    // or a dash reports the words of the sentence's subject, as `saying`
    // does right after a clause (`Airlines attacked the rules saying ...`).
    let after_clause = word == "saying"
        && prev.is_some_and(|p| {
            !matches!(
                p.as_str(text),
                "of" | "for"
                    | "by"
                    | "without"
                    | "about"
                    | "after"
                    | "before"
                    | "from"
                    | "on"
                    | "while"
                    | "when"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "be"
                    | "been"
                    | "not"
            )
        });
    // `Deaver issued a statement denying ...`: a participle right after a
    // document that the subject put out reports the subject's words, as
    // `saying` does.
    let after_document =
        word.ends_with("ing") && prev.is_some_and(|p| after_issued_document(text, sent, p));
    let after_clause = after_clause || after_document;
    // The speaker of an attribution earlier in the sentence.
    let earlier_speaker = || {
        found
            .iter()
            .find(|f| {
                f.cue
                    .is_some_and(|c| c.start >= sent.start && c.end <= w.start)
            })
            .and_then(|f| f.speaker.clone())
    };
    // `began by saying he would ...`, `despite admitting that ...`: a
    // participle after a preposition of manner or time reports the words
    // of the sentence's subject (not after `for`: `criticised X for
    // saying`, whose words are X's).
    let after_preposition = prev.filter(|p| {
        matches!(
            p.as_str(text),
            "by" | "after" | "before" | "while" | "when" | "despite" | "in"
        )
    });
    // `..., he said: "...," adding that ...`: the comma may sit inside the
    // quote's closing mark.
    // So may an adverb after it (`..., even suggesting he may have been
    // sabotaged`).
    let set_off = ends_set_off(before_cue)
        || word.ends_with("ing")
            && before_cue.rsplit_once(' ').is_some_and(|(head, last)| {
                matches!(
                    last,
                    "even" | "also" | "again" | "further" | "repeatedly" | "apparently" | "falsely"
                ) && ends_set_off(head)
            });
    // `Noting that there are "enormous pressures" ..., he said, "..."`: a
    // participle that opens the sentence reports the words of the main
    // clause's subject, after the comma that ends its clause.
    if word.ends_with("ing") && only_openers(text, sent.start, w.start) {
        return opening_participle(doc, w, trim_final(text, sent)).filter(|f| free(f.content));
    }
    let participle =
        word.ends_with("ing") && (set_off || after_clause || after_preposition.is_some());
    if participle {
        // `After saying X, Trump left`: no subject before the phrase.
        if after_preposition
            .is_some_and(|p| token::word_before(text, p.start, sent.start).is_none())
        {
            return None;
        }
        // `"...," he told the court, saying ...`: the speaker of the
        // attribution earlier in the sentence; else the sentence's subject.
        // `Berlin welcomed the decision, with finance minister Hans Eichel
        // saying ...`: the name that `with` opens is the participle's own
        // subject.
        let with_subject = || {
            let p = prev?;
            let m = party::mention_ending_at(&doc.mentions, p.end)?;
            let head = &text[sent.start..m.span.start];
            let with = head.rfind(" with ")?;
            let between = &head[with + 6..];
            (!between.contains([',', ';']) && !super::has_more_words_than(between, 3))
                .then_some(party::Cand::Mention(m.span))
        };
        // `A court ruled X, but the Court of Appeal cleared him, saying
        // ...`: the subject of the clause the participle follows.
        let clause = Span::new(last_clause_start(text, sent.start, w.start), sent.end);
        let subject = earlier_speaker().or_else(with_subject).or_else(|| {
            party::sentence_subject(doc, gazetteer, clause, w.start)
                .map(|s| subject_before_object(doc, gazetteer, clause, s, w.start))
        });
        if let Some(subject) = subject {
            // `..., accusing him of endangering ...`: the object and
            // what it did.
            let accusation = (verb.lemma == "accuse")
                .then(|| directed_content(text, w.end, body_end, verb.lemma))
                .flatten()
                .map(|(start, _)| start);
            // `..., showing them that the quality had improved`: the
            // object pronoun is whom the words were for.
            let from = object_pronoun(text, w.end, body_end)
                .filter(|&o| {
                    token::word_after(text, o, body_end).is_some_and(|t| t.as_str(text) == "that")
                })
                .unwrap_or(w.end);
            let (start, has_that) = accusation.map_or_else(
                || clause_start(text, from, body_end, Some(cue)),
                |s| (s, false),
            );
            // `X, despite admitting that ..., said`: set off by commas.
            let parenthetical =
                after_preposition.is_some_and(|p| text[..p.start].trim_end().ends_with(','));
            let content = Span::new(start, reported_end(text, start, body_end, parenthetical));
            if aside_before_verb(text, content) {
                return None;
            }
            // `after reporting "unsatisfactory" earnings`, `denying them
            // seats`, `issued a note clarifying details`: after a cue that
            // often takes a noun phrase, or after a document, a clause
            // shows its verb.
            let noun_phrase = !has_that
                && ((after_document
                    || takes_noun_phrase(verb.lemma)
                    || takes_clause_with_verb(verb.lemma))
                    && !shows_verb(text, content)
                    || verb.lemma == "claim" && claims_a_thing(text, content));
            let clause = has_that
                || accusation.is_some()
                || !noun_phrase
                    && token::word_after(text, start, body_end)
                        .is_some_and(|f| !is_not_clause_start(f.as_str(text)));
            if clause && free(content) && has_words(text, content, 3) {
                return Some(Found::reported(
                    text,
                    content,
                    w,
                    subject,
                    "participle-subject",
                    0.7,
                ));
            }
        }
        return None;
    }
    // `X called it "derisory" and said ...`: the sentence's subject, or
    // the speaker of its first attribution (`Iran said X, and warned ...`).
    // `... but has said she will ...`: auxiliaries and adverbs may stand
    // between the conjunction and the cue.
    let mut before = prev;
    for _ in 0..3 {
        match before {
            Some(p) if is_auxiliary_or_adverb(p.as_str(text)) => {
                before = token::word_before(text, p.start, sent.start);
            }
            _ => break,
        }
    }
    let coordinated = before
        .filter(|p| {
            matches!(p.as_str(text), "and" | "but")
                && text[p.end..w.start]
                    .chars()
                    .all(|c| c.is_alphabetic() || c.is_whitespace())
        })
        .and_then(|p| {
            earlier_speaker().or_else(|| party::sentence_subject(doc, gazetteer, sent, p.start))
        });
    let mut subject_rule = None;
    // The party after the cue, looked for once: a cue set off by a comma
    // may ask twice, loosely after strictly.
    let after_cue = std::cell::OnceCell::new();
    // `..., said Mr Smith.`: a party after the cue that only an apposition
    // or (`loose`) a phrase of time, place or manner follows.
    let closing_party = |loose: bool| {
        let after = after_cue.get_or_init(|| party::after(doc, w.end, sent.end));
        after.clone().filter(|after| {
            let rest_end = after.span().end;
            trailing_only(text, rest_end, sent.end)
                || trailing_apposition(text, rest_end, sent.end)
                || trailing_relative(text, after, rest_end)
                || loose && closes_attribution(text, rest_end, sent.end)
        })
    };
    let inverted = |after: Cand| {
        let rule = "indirect-content-cue-speaker";
        content_before(doc, sent, w, after, verb.lemma, rule).filter(|f| free(f.content))
    };
    // `Broadband, argues the report, is encouraging ...`, `More
    // significantly, says the report, broadband is ...`: the cue and its
    // speaker set off inside the sentence, which is the content.
    // Not a noun form (`Earlier today, state bank BCI said ...`).
    let noun =
        || word.eq_ignore_ascii_case(verb.lemma) && (is_noun_lemma(verb.lemma) || word == "state");
    if set_off && coordinated.is_none() && !noun() {
        let after = after_cue.get_or_init(|| party::after(doc, w.end, sent.end));
        // The words after the speaker go on with the verb of the subject
        // before the cue; or, after a short opener with no comma (`Also`,
        // `More significantly`, `About the same time`), they are a clause
        // of their own. Not `X, a unit of Y, said Z, a former director,
        // has been named ...` nor `..., said Mr Fogg, who also ...`.
        let head = text[sent.start..w.start].trim_end().trim_end_matches(',');
        let opener = !head.contains(',') && !super::has_more_words_than(head, 6);
        let rest = after.as_ref().and_then(|a| {
            let tail = text.get(a.span().end..body_end)?;
            let rest = tail.strip_prefix(',')?;
            let rest_span = Span::new(body_end - rest.len(), body_end);
            let first = token::first_token(rest)?;
            let goes_on = is_finite_verb(first) || is_modal(first);
            let own_clause = opener
                && !is_subordinator(first)
                && !matches!(
                    first,
                    "who" | "which" | "whose" | "that" | "a" | "an" | "the"
                )
                && clause_has_verb(text, rest_span);
            ((goes_on || own_clause) && has_words(text, rest_span, 3))
                .then(|| body_end - rest.trim_start().len())
        });
        let content = Span::new(sent.start, body_end);
        if let (Some(speaker), Some(rest_start)) = (after.clone(), rest) {
            if free(content) && text[sent.start..w.start].trim_end().len() > 1 {
                let rule = "parenthetical-attribution";
                let mut f = Found::reported(text, content, w, speaker, rule, 0.7);
                let head_end = sent.start + text[sent.start..w.start].trim_end().len();
                let head_end = head_end - usize::from(text[..head_end].ends_with(','));
                f.fragments = around_attribution(content, head_end, rest_start);
                return Some(f);
            }
        }
    }
    // `The sale has destroyed Yukos, once its owner, said founder Mikhail
    // Khodorkovsky.`: after a cue set off by a comma, a party that ends the
    // sentence is the speaker even when a name and an apposition stand
    // before the comma; a bare name is never the reported words. A party
    // and its apposition are short: after most cues a clause runs on, and
    // the search is skipped.
    let short_tail = || {
        text.get(w.end..sent.end)
            .is_some_and(|t| !super::has_more_words_than(t, 12))
    };
    if set_off && coordinated.is_none() && short_tail() {
        if let Some(after) = closing_party(false) {
            return inverted(after);
        }
    }
    // `prev` is the word `before` asks for first.
    let speaker = coordinated.or_else(|| party::before_word(doc, w.start, sent.start, prev));
    let speaker = if let Some(speaker) = speaker {
        speaker
    } else {
        if let Some(after) = closing_party(true) {
            return inverted(after);
        }
        // `Democrats in Iowa who watched the debate said ...`: the noun
        // phrase that opens the clause. A name right after the cue opens
        // the reported clause then (`The official said the FBI had ...`).
        subject_rule = Some("subject-phrase");
        match party::subject_phrase_word(doc, gazetteer, w, sent.start, prev)? {
            // `..., Milan Kerno, vice president of finance said`.
            Cand::Class(core) => party::name_before_role(doc, core)
                .filter(|m| pronoun::entity_type(gazetteer, doc, m.entity) == EntityType::Person)
                .map_or(Cand::Class(core), |m| Cand::Mention(m.span)),
            c => c,
        }
    };
    // `Ex-chat show host Robert Kilroy-Silk`: a plain `show` after a name
    // that is no plural is part of a noun (`chat show`), not its verb; not
    // after the author of figures (`figures from Ofcom show`).
    let authored = || {
        let mut pos = speaker.span().start;
        std::iter::from_fn(|| {
            let p = token::word_before(text, pos, sent.start)?;
            pos = p.start;
            Some(p)
        })
        .take(4)
        .any(|p| matches!(p.as_str(text), "from" | "by" | "of"))
    };
    if w.as_str(text) == "show"
        && matches!(speaker, Cand::Mention(_) | Cand::Discover(..))
        && !speaker.span().as_str(text).ends_with('s')
        && token::only_space_between(text, speaker.span().end, w.start)
        && !authored()
    {
        return None;
    }
    // `..., twice what some analysts had been expecting`: a free relative
    // after other words compares, it names no speaker; one that opens the
    // phrase (`in what critics said was ...`) names the group after it.
    let speaker = match speaker {
        Cand::Class(span) => {
            let what = token::words(text, span).position(|x| x.as_str(text) == "what");
            match what {
                Some(0) => match token::words(text, span).nth(1) {
                    Some(next) => Cand::Class(Span::new(next.start, span.end)),
                    None => return None,
                },
                Some(_) => return None,
                None => speaker,
            }
        }
        _ => speaker,
    };
    // `..., the president told her.`: an object pronoun names no one new.
    let after_object = verb
        .addressee_object
        .then(|| token::word_after(text, w.end, body_end))
        .flatten()
        .filter(|o| matches!(o.as_str(text), "her" | "him" | "them" | "me" | "us" | "you"))
        .map_or(w.end, |o| o.end);
    // `The benefit, it says, would be $300.`: an attribution set off by
    // commas inside the reported sentence; the content is the sentence.
    // So is one with an object pronoun and a phrase of time (`The
    // difference now, he told me on Friday, is that ...`).
    // `w` may end past `body_end` (`U.S.` keeps the period trimmed off).
    let after_cue = text.get(after_object..body_end).unwrap_or_default();
    // Not `Mr. Kirk, who still speaks with difficulty from a stroke, also
    // noted ...`: a relative clause inside the subject.
    let of_time = |phrase: &str| {
        let opens = token::first_token(phrase).is_some_and(|f| {
            is_day_word(f) || matches!(f, "on" | "last" | "this" | "earlier" | "late")
        });
        let ends = phrase
            .split_whitespace()
            .next_back()
            .is_some_and(is_time_of_day_or_period);
        opens && ends && !super::has_more_words_than(phrase, 4)
    };
    // `..., the agency said in a June report, and ...`.
    let of_occasion = |phrase: &str| {
        let mut words = phrase.split_whitespace();
        let opens = words
            .next()
            .is_some_and(|f| matches!(f, "in" | "on" | "at" | "during"));
        opens
            && words.next_back().is_some_and(is_occasion_noun)
            && phrase.split_whitespace().nth(6).is_none()
    };
    // `..., Volcker said recently, is ...`: one adverb of time or manner.
    let adverb = |phrase: &str| {
        let mut words = phrase.split_whitespace();
        let one = words.next().filter(|_| words.next().is_none());
        // Not the first word of a quote (`said "Naturally, I ..."`).
        one.is_some_and(|w| {
            w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase())
                || matches!(w, "later" | "earlier" | "yesterday" | "today" | "again")
        })
    };
    let after_cue = match memchr::memchr(b',', after_cue.as_bytes()) {
        Some(c)
            if !matches!(speaker, Cand::Relative(_))
                && ((of_time(&after_cue[..c]) || of_occasion(&after_cue[..c]))
                    && only_occasion(text, after_object, after_object + c)
                    || adverb(&after_cue[..c])) =>
        {
            &after_cue[c..]
        }
        _ => after_cue.trim_start(),
    };
    // The speaker may stand before this sentence (a split or merged one).
    // `The plan, chairman Jim Leslie said, would fail.`: past the role.
    // The words before the speaker, up to the comma that sets it off.
    let set_off_before = || {
        let titled = party::start_with_titles(text, speaker.span().start.min(w.start), sent.start);
        let speaker_start = role_before(text, titled, sent.start).unwrap_or(titled);
        let before_speaker = text
            .get(sent.start..speaker_start)
            .unwrap_or_default()
            .trim_end()
            .strip_suffix(',')?;
        (!before_speaker.trim().is_empty()).then_some(before_speaker)
    };
    let set_off_head = after_cue.starts_with(',').then(set_off_before).flatten();
    let set_off = set_off_head.is_some();
    // `..., lawmakers said, as they bristled at ...`: what follows the
    // comma adds to the attribution, which closes the reported sentence.
    let tail_adds = set_off && adds_to_attribution(&after_cue[1..]);
    if let (Some(head), false) = (set_off_head, tail_adds) {
        // `..., which, Tompkins said, is usually full`: the relative
        // clause the attribution sits in is what was said, not the clause
        // it adds to.
        let start = token::word_before(text, sent.start + head.len(), sent.start)
            .filter(|r| matches!(r.as_str(text), "which" | "who" | "where" | "when"))
            .filter(|r| text[sent.start..r.start].trim_end().ends_with(','))
            .map_or(sent.start, |r| r.start);
        let content = Span::new(start, body_end);
        if free(content) && has_words(text, content, 4) {
            let rule = "parenthetical-attribution";
            let mut f = Found::reported(text, content, w, speaker, rule, 0.75);
            f.rules.extend(subject_rule);
            // The reported words are the two parts around the attribution.
            let head_end = sent.start + head.trim_end().len();
            let rest = &after_cue[1..];
            let rest_start = body_end - rest.trim_start().len();
            f.fragments = around_attribution(content, head_end, rest_start);
            return Some(f);
        }
    }
    // `..., he said.`: the speaker and cue close the sentence; an aside
    // after a dash may follow them (`..., the agency reported on Tuesday
    // -- a development that ...`).
    let aside = dash_after(text, after_object, body_end);
    // Not `..., the standard electronic component found in everything
    // from ...`: words after `found` make it a participle, unless they say
    // where it was found (`found in its latest survey`).
    let tail_may_follow = verb.lemma != "find" || {
        let mut tail = text
            .get(after_object..body_end)
            .unwrap_or_default()
            .split_whitespace();
        tail.next() == Some("in")
            && tail
                .next()
                .is_some_and(|d| matches!(d, "the" | "a" | "an" | "its" | "his" | "her" | "their"))
    };
    // `..., political analysts say; in 2012, ...`: a semicolon ends the
    // clause the attribution closes. Not one typed for a colon before a
    // quote (`Told of a survey ..., he said; "That could be correct."`).
    let semicolon = text.get(after_object..body_end).is_some_and(|rest| {
        rest.trim_start().strip_prefix(';').is_some_and(|after| {
            !after
                .trim_start()
                .starts_with(['"', '\u{201C}', '\u{2018}', '\''])
        })
    });
    let closes = tail_adds
        || semicolon
        || trailing_only(text, after_object, aside.unwrap_or(body_end))
        || tail_may_follow
            && (ends_with_cue_tail(text, after_object, aside.unwrap_or(sent.end))
                || closes_attribution(text, after_object, aside.unwrap_or(sent.end)))
        || trailing_source(text, after_object, body_end);
    // `..., a spokesman told Reuters.`: so do they with the addressee (not
    // `told reporters this was ...`, which goes on to the reported clause).
    let closing_addressee = (!closes && verb.addressee_object)
        .then(|| party::addressee_after(doc, w.end, body_end))
        .flatten()
        .filter(|(a, _)| {
            let end = noun_after(text, a.span().end, body_end);
            trailing_only(text, end, body_end) || ends_with_cue_tail(text, end, sent.end)
        });
    if closes || closing_addressee.is_some() {
        if let Some(mut f) = content_before(
            doc,
            sent,
            w,
            speaker,
            verb.lemma,
            "indirect-content-speaker-cue",
        ) {
            f.rules.extend(subject_rule);
            if let Some((a, rule)) = closing_addressee {
                f.addressee = Some(a);
                f.rules.push(rule);
            }
            if free(f.content) {
                return Some(f);
            }
        }
        return None;
    }
    // `in what authorities in Lima said was an effort to ...`.
    if let Some(f) = what_clause(doc, sent, w, &speaker, body_end) {
        return free(f.content).then_some(f);
    }
    // `X said (that) ...`
    let mut pos = w.end;
    let mut addressee = None;
    let mut rules = vec!["indirect-speaker-cue"];
    rules.extend(subject_rule);
    if verb.addressee_object {
        if let Some((a, rule)) = party::addressee_after(doc, pos, body_end) {
            pos = a.span().end;
            // `told an American Chamber of Commerce lunch the world was
            // ...`: the gathering the body held.
            if let Some(n) = token::word_after(text, pos, body_end).filter(|n| {
                token::only_space_between(text, pos, n.start) && is_gathering_noun(n.as_str(text))
            }) {
                pos = n.end;
            }
            addressee = Some(a);
            rules.push(rule);
        } else if let Some(o) = object_pronoun(text, pos, body_end) {
            pos = o;
        }
    }
    // `denied claims that he knew ...`, `rejected allegations he pressured
    // ...`: the words of the claim the speaker denies.
    let claim_object = matches!(
        verb.lemma,
        "deny" | "reject" | "dismiss" | "dispute" | "refute"
    ) && claim_noun_after(text, pos, body_end);
    if claim_object {
        pos = token::word_after(text, pos, body_end).map_or(pos, |n| n.end);
    }
    // `said in an interview with the BBC that ...`
    let mut clause = None;
    if addressee.is_none() {
        let opened = clause_start(text, pos, body_end, Some(cue));
        let found = party::addressee_in_clause(doc, pos, opened.0)
            .or_else(|| party::opening_addressee(doc, sent.start, speaker.span().start));
        if let Some((a, rule)) = found {
            addressee = Some(a);
            rules.push(rule);
        }
        clause = Some(opened);
    }
    // An addressee that runs to the sentence's end (`asked the U.S.`)
    // leaves no clause; one before a colon (`told BBC Radio 4's Today
    // programme: "..."`) a quote, found as one.
    if pos >= body_end || text[pos..body_end].trim_start().starts_with(':') {
        return None;
    }
    // `tells the story of a veteran who ...`: a story is told, no words.
    if verb.lemma == "tell"
        && token::word_after(text, w.end, body_end).is_some_and(|f| {
            matches!(
                f.as_str(text),
                "the" | "a" | "his" | "her" | "their" | "its"
            ) && token::word_after(text, f.end, body_end)
                .is_some_and(|n| matches!(n.as_str(text), "story" | "tale" | "truth"))
        })
    {
        return None;
    }
    // `pos` has not moved since `clause` was found, if it was.
    let (start, has_that) = clause.unwrap_or_else(|| clause_start(text, pos, body_end, Some(cue)));
    // `spoke on condition that he not be named`: a condition, no words.
    if has_that
        && text
            .get(w.end..start)
            .is_some_and(|g| g.contains(" on condition "))
    {
        return None;
    }
    // `denied he met him`: a bare clause after `deny` only with a subject
    // pronoun (`denied the charges` names no words).
    let pronoun_clause = || {
        (verb.lemma == "deny" || claim_object)
            && token::word_after(text, start, body_end).is_some_and(|f| {
                f.start == start
                    && matches!(f.as_str(text), "he" | "she" | "they" | "it" | "we" | "I")
            })
    };
    // `found a "chain of events" linked X to Y`, `indicated a settlement
    // would not come`: a bare clause after these cues only when a verb
    // shows it is one (`found a body` names no words).
    let verb_clause = || {
        takes_clause_with_verb(verb.lemma)
            && (clause_has_verb(text, Span::new(start, body_end))
                // Not `polls showing X ahead`, a phrase inside another
                // clause.
                || matches!(verb.lemma, "show" | "find")
                    && !w.as_str(text).ends_with("ing")
                    && counts_votes(text, speaker.span())
                    && small_clause(text, Span::new(start, body_end))
                // `Records show Trump gave nothing`, `Polls show Clinton
                // leads`: records of facts show a clause in any tense.
                // A verb far on belongs to a phrase (`a deficit of 83 mln
                // dlrs against 164 mln in March, revised from`).
                || verb.lemma == "show"
                    && !w.as_str(text).ends_with("ing")
                    && ends_in_records(text, speaker.span())
                    && clause_has_verb_within(text, Span::new(start, body_end), 7))
    };
    // `warned the U.S. not to interfere`, `urged voters to stay home`:
    // what a directive tells its addressee to do.
    let passive = prev.is_some_and(|p| {
        matches!(
            p.as_str(text),
            "was" | "were" | "is" | "are" | "be" | "been" | "being"
        )
    });
    // Not in a relative clause (`X, who asked them to ..., watched it,
    // Y said`), which is inside other reported words more often than not.
    let in_relative = matches!(speaker, Cand::Relative(_));
    let directed = (!has_that && is_directive(verb.lemma) && !passive && !in_relative)
        .then(|| directed_content(text, w.end, body_end, verb.lemma))
        .flatten();
    let infinitive = directed.map(|(start, _)| start);
    if infinitive.is_none()
        && !has_that
        && !takes_bare_clause(verb.lemma)
        && !pronoun_clause()
        && !verb_clause()
    {
        return None;
    }
    // `is writing an episode of The Simpsons`, `announced a plan`,
    // `reported a loss`: after cues that take a noun phrase as often as a
    // clause, a bare clause shows a subject pronoun or a verb.
    if infinitive.is_none() && !has_that && takes_object_or_clause(verb.lemma) {
        let pronoun = token::word_after(text, start, body_end).is_some_and(|f| {
            f.start == start && (is_clause_subject(f.as_str(text)) || f.as_str(text) == "it")
        });
        // `suggested an extension of credit lines, a spokesman said`: the
        // verb of an attribution closing the sentence is not the clause's.
        let end = closing_attribution_comma(text, Span::new(start, body_end)).unwrap_or(body_end);
        if !pronoun && !bare_clause_has_verb(text, Span::new(start, end)) {
            return None;
        }
    }
    let start = infinitive.unwrap_or(start);
    // `Mr. Trump, who said last week that X, issued ...`: a relative
    // clause set off by commas ends at its closing comma, as a
    // subordinate clause that opens the sentence does.
    let relative = matches!(speaker, Cand::Relative(_))
        && text[sent.start..speaker.span().start]
            .trim_end()
            .ends_with(',');
    // `donations, which he said were accompanied by favors`, `a deal that
    // officials said was worth $1bn`: the relative pronoun before the
    // speaker is the reported clause's subject, and its verb opens what
    // is left of it.
    let relative_gap = |f: Span| {
        let first = f.as_str(text);
        (is_finite_verb(first) || is_past_in_ed(first))
            && token::word_before(text, speaker.span().start, sent.start).is_some_and(|r| {
                matches!(r.as_str(text), "which" | "that" | "who")
                    && token::only_space_between(text, r.end, speaker.span().start)
            })
    };
    // The relative clause ends at its comma, as a subordinate one does.
    let in_relative_gap = token::word_after(text, start, body_end).is_some_and(relative_gap);
    let subordinate = relative
        || in_relative_gap
        || opens_subordinate(text, sent.start, speaker.span().start.min(w.start));
    let start = after_set_off(text, start, body_end)?;
    let content = Span::new(start, reported_end(text, start, body_end, subordinate));
    if content.is_empty() || !free(content) {
        return None;
    }
    // `told BBC Radio Scotland's Good Morning programme: "..."`: words
    // that end at a colon before a quote are reported only with a verb.
    let before_colon = text
        .get(content.end..body_end)
        .is_some_and(|rest| rest.trim_start().starts_with(':'));
    if before_colon && !clause_has_verb(text, content) {
        return None;
    }
    // `said no policy change had been made`, `said nothing was decided`:
    // a clause, unlike `said no` or `said nothing`.
    // `said about 20 people have ...`: `about` a number is no topic; nor
    // is `at` in `said at least six planes ...` a place.
    let about_number = |f: Span| {
        let qualifier = match f.as_str(text) {
            "about" | "around" | "roughly" | "nearly" | "almost" => Some(f),
            "at" | "more" | "less" | "fewer" | "up" => token::word_after(text, f.end, body_end)
                .filter(|s| {
                    matches!(
                        (f.as_str(text), s.as_str(text)),
                        ("at", "least" | "most")
                            | ("more" | "less" | "fewer", "than")
                            | ("up", "to")
                    )
                }),
            _ => None,
        };
        qualifier
            .and_then(|f| token::word_after(text, f.end, body_end))
            .is_some_and(|n| {
                let fraction = || {
                    token::word_after(text, n.end, body_end).is_some_and(|m| {
                        matches!(m.as_str(text), "third" | "quarter" | "fifth" | "dozen")
                    })
                };
                is_amount(n.as_str(text)) || n.as_str(text) == "a" && fraction()
            })
    };
    // `said if elected he could work with them`: a condition opens the
    // reported clause, whose main verb a modal shows (not after `ask`,
    // whose `if` opens a question).
    let condition = |f: Span| {
        matches!(f.as_str(text), "if" | "unless" | "once")
            && verb.lemma != "ask"
            && token::words(text, Span::new(f.end, content.end)).any(|w| has_modal(w.as_str(text)))
    };
    // `reported a loss on Monday`, `announced the deal on Monday`: after
    // cues that often take a noun phrase, a bare clause needs a verb.
    let noun_phrase = !has_that
        && (takes_noun_phrase(verb.lemma) && !shows_verb(text, content)
            || verb.lemma == "claim" && claims_a_thing(text, content));
    if infinitive.is_none() && noun_phrase {
        return None;
    }
    let opens_clause = |f: Span| {
        relative_gap(f)
            || !is_not_clause_start(f.as_str(text))
            || matches!(f.as_str(text), "no" | "nothing") && clause_has_verb(text, content)
            // `says no matter what action X takes, ...`: a concession
            // opens the clause, whose main part follows its comma.
            || f.as_str(text) == "no"
                && token::word_after(text, f.end, body_end).is_some_and(|m| m.as_str(text) == "matter")
                && content.as_str(text).contains(", ")
            // `said about half of the adjustment in its projections
            // reflected ...`: an amount's phrase may be long.
            || about_number(f) && bare_clause_has_verb(text, content)
            || condition(f)
            // `told X what was needed was one approach`: a clause that
            // `what` opens is the subject of another verb of being.
            || f.as_str(text) == "what"
                && token::words(text, content)
                    .take(12)
                    .filter(|w| matches!(w.as_str(text), "is" | "was" | "are" | "were"))
                    .count()
                    >= 2
    };
    if infinitive.is_none()
        && !has_that
        && token::word_after(text, start, body_end).is_none_or(|f| !opens_clause(f))
    {
        return None;
    }
    if !has_words(text, content, 3) {
        return None;
    }
    // `told the delegates before the vote.`: a phrase of time with no
    // verb is when the words were said, not what.
    // Both asked only when they may decide.
    let time_phrase = || {
        token::word_after(text, start, body_end).is_some_and(|f| {
            matches!(
                f.as_str(text),
                "before" | "after" | "during" | "until" | "throughout"
            )
        })
    };
    let short = || !super::has_more_words_than(content.as_str(text), 16);
    if infinitive.is_none()
        && !has_that
        && time_phrase()
        && short()
        && !clause_has_verb(text, content)
    {
        return None;
    }
    if has_that {
        rules[0] = "indirect-speaker-cue-that";
    } else if let Some((_, kind)) = directed {
        rules[0] = match kind {
            Directed::Infinitive => "indirect-directive",
            Directed::Question => "indirect-question",
            Directed::Accusation => "indirect-accusation",
            Directed::Commitment => "indirect-commitment",
        };
    }
    if is_belief(verb.lemma) {
        rules.push("belief-cue");
    }
    Some(Found {
        kind: kind_of(text, content),
        content,
        fragments: Vec::new(),
        cue: Some(w),
        speaker: Some(speaker),
        addressee,
        rules,
        confidence: if has_that { 0.85 } else { 0.75 },
    })
}

/// `Sanders was asked by host John Dickerson whether his aim was ...`,
/// `When asked by a reporter whether this differed ..., Trump said`: the
/// agent of a passive `asked` put the question that follows it, which ends
/// at the clause's comma.
fn asked_by(doc: &Document, w: Span, body_end: usize) -> Option<Found> {
    let text = doc.text.as_str();
    let by = token::word_after(text, w.end, body_end)
        .filter(|b| b.as_str(text) == "by" && token::only_space_between(text, w.end, b.start))?;
    let agent = party::after(doc, by.end, body_end)?;
    let question = token::word_after(text, agent.span().end, body_end).filter(|q| {
        is_question_word(q.as_str(text))
            && token::only_space_between(text, agent.span().end, q.start)
    })?;
    let content = Span::new(
        question.start,
        reported_end(text, question.start, body_end, true),
    );
    if !has_words(text, content, 3) {
        return None;
    }
    Some(Found {
        kind: kind_of(text, content),
        content,
        fragments: Vec::new(),
        cue: Some(w),
        speaker: Some(agent),
        addressee: None,
        rules: vec!["indirect-question-asked-by"],
        confidence: 0.75,
    })
}

/// Words that may stand between a coordinating conjunction and its verb
/// (`and has also said`, `but later told`); not `had` or `would`, which
/// back-shift verbs inside reported words (`said he met X and had warned
/// him ...`).
fn is_auxiliary_or_adverb(word: &str) -> bool {
    matches!(
        word,
        "has"
            | "have"
            | "also"
            | "later"
            | "then"
            | "since"
            | "previously"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "recently"
    )
}

/// Where the last clause joined to the one before by `; `, `, but `, `,
/// while `, `, whereas ` or `, yet ` starts before `end`, when a subject
/// opens it (a capitalised word, an article or a possessive, a pronoun);
/// else `start`.
fn last_clause_start(text: &str, start: usize, end: usize) -> usize {
    let head = &text[start..end];
    let joint = ["; ", ", but ", ", while ", ", whereas ", ", yet "]
        .iter()
        .filter_map(|j| head.rfind(j).map(|i| (i + j.len(), i)))
        .max_by_key(|&(after, _)| after);
    let Some((after, _)) = joint else {
        return start;
    };
    let opens_subject = token::first_token(&head[after..]).is_some_and(|w| {
        token::is_capitalised(w)
            || matches!(
                w,
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "he" | "she" | "they" | "it"
            )
    });
    if opens_subject {
        start + after
    } else {
        start
    }
}

/// True when `noun` is a document that a verb before it put out: `issued
/// a statement`, `sent a letter`, `released its report`.
fn after_issued_document(text: &str, sent: Span, noun: Span) -> bool {
    let document = matches!(
        noun.as_str(text),
        "statement" | "letter" | "release" | "communique" | "memo" | "note" | "declaration"
    );
    if !document {
        return false;
    }
    let Some(det) = token::word_before(text, noun.start, sent.start) else {
        return false;
    };
    if !matches!(
        det.as_str(text),
        "a" | "an" | "the" | "its" | "his" | "her" | "their"
    ) {
        return false;
    }
    let verb = token::word_before(text, det.start, sent.start);
    // `put out a statement`: the particle after the verb.
    let verb = match verb {
        Some(v) if v.as_str(text) == "out" => token::word_before(text, v.start, sent.start),
        v => v,
    };
    verb.is_some_and(|v| {
        matches!(
            v.as_str(text),
            "issued"
                | "released"
                | "sent"
                | "put"
                | "published"
                | "posted"
                | "wrote"
                | "signed"
                | "filed"
                | "circulated"
                | "distributed"
                | "delivered"
                | "read"
        )
    })
}

/// Where a reported clause ends: the sentence's end, or an earlier `, saying`
/// / `, adding` / `, according to` that starts another attribution.
fn clause_end(text: &str, start: usize, end: usize, later: &[CueHit]) -> usize {
    let end = speaker_adjunct_start(text, start, end).unwrap_or(end);
    let mut marks = QuoteMarks::default();
    let mut scanned = start;
    // Asked only when a later cue is a base form: most clauses have none.
    let main_is_base =
        || token::word_before(text, start, 0).is_some_and(|w| is_base_form(w.as_str(text)));
    for c in later {
        if c.span.start >= end {
            break;
        }
        // `said he fought ''for our rights, knowing that ...''`: a cue
        // inside quote marks is part of the quoted words. The marks are
        // counted once over the clause, however many cues it holds.
        if c.span.start > scanned {
            marks.count(text.get(scanned..c.span.start).unwrap_or_default());
            scanned = c.span.start;
        }
        if marks.open() {
            continue;
        }
        let participle = c.verb.is_none() || c.span.as_str(text).ends_with("ing");
        let head = text[..c.span.start].trim_end();
        if participle && head.ends_with([',', ';']) {
            return head.len() - 1;
        }
        // `said it was "corrupt," noting ...`: the comma inside the marks.
        let closed = head.trim_end_matches(['"', '\u{201D}']);
        if participle && closed.len() < head.len() && closed.ends_with(',') {
            return head.len();
        }
        // `said he admired X and thought ...`: a belief inside reported
        // words is part of them.
        if c.verb.is_some_and(|v| !is_belief(v.lemma)) && !is_plural_after_and(text, start, c) {
            // `said he has time to step up and show that ...`: a base form
            // after `and` goes on an infinitive inside the reported words,
            // unless the first cue is a base form too (`They say X and
            // warn Y`).
            let nested = is_base_form_cue(text, c) && !main_is_base();
            if let Some(cut) = next_attribution(text, start, c.span.start, nested) {
                return cut;
            }
        }
    }
    end
}

/// Where `, citing ...` or `, referring to ...` starts in `start..end`,
/// outside quote marks: a phrase that says why the speaker spoke, not part
/// of what was said (`said prices would rise, citing strong demand`).
fn speaker_adjunct_start(text: &str, start: usize, end: usize) -> Option<usize> {
    const ADJUNCTS: [&str; 2] = [", citing ", ", referring to "];
    let clause = text.get(start..end)?;
    let at = ADJUNCTS.iter().filter_map(|a| clause.find(a)).min()?;
    let mut marks = QuoteMarks::default();
    marks.count(&clause[..at]);
    (!marks.open()).then_some(start + at)
}

/// `said he would "carpet-bomb them into oblivion. I do not know ..."`: a
/// quote opened in a reported clause that runs to the sentence's end and
/// is still open there goes on to its closing mark in the same paragraph
/// (within a few sentences), which then ends the content.
pub(super) fn through_open_quote(doc: &Document, sent: Span, content: Span) -> Span {
    const MAX_REACH: usize = 2000;
    let text = doc.text.as_str();
    let mut marks = QuoteMarks::default();
    marks.count(content.as_str(text));
    if !marks.open() || content.end < trim_final(text, sent) {
        return content;
    }
    let p = doc.paragraphs.partition_point(|p| p.end <= sent.start);
    let Some(para) = doc.paragraphs.get(p) else {
        return content;
    };
    let limit = para.end.min(content.end + MAX_REACH);
    let Some(rest) = text.get(content.end..limit) else {
        return content;
    };
    let close = if marks.opening > marks.closing {
        // Another opening mark first means this one was never closed.
        rest.find(['\u{201C}', '\u{201D}'])
            .filter(|&i| rest[i..].starts_with('\u{201D}'))
            .map(|i| i + '\u{201D}'.len_utf8())
    } else {
        rest.find('"').map(|i| i + 1)
    };
    close.map_or(content, |n| Span::new(content.start, content.end + n))
}

/// Quote marks counted so far over a stretch of text.
#[derive(Default)]
struct QuoteMarks {
    /// Straight marks, and `''` pairs.
    straight: usize,
    opening: usize,
    closing: usize,
}

impl QuoteMarks {
    /// Counts the marks of `s` in one pass over the bytes that can start
    /// one (four passes of `str::matches` cost several times more). A run
    /// of apostrophes counts its pairs from the left, as `matches("''")`
    /// does.
    fn count(&mut self, s: &str) {
        let bytes = s.as_bytes();
        let mut pair_from = 0;
        for i in memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes) {
            match bytes[i] {
                b'"' => self.straight += 1,
                b'\'' => {
                    if i >= pair_from && bytes.get(i + 1) == Some(&b'\'') {
                        self.straight += 1;
                        pair_from = i + 2;
                    }
                }
                // The UTF-8 of `\u{201C}` and `\u{201D}`.
                _ => match bytes.get(i + 1..i + 3) {
                    Some([0x80, 0x9C]) => self.opening += 1,
                    Some([0x80, 0x9D]) => self.closing += 1,
                    _ => {}
                },
            }
        }
    }

    /// A quote is left open: an odd number of straight marks, or more
    /// opening curly marks than closing ones.
    fn open(&self) -> bool {
        self.straight % 2 == 1 || self.opening > self.closing
    }
}

/// True when `word` is a speech verb's base form (`say`, `Show`).
fn is_base_form(word: &str) -> bool {
    lexicon::speech_verb_any_case(word).is_some_and(|v| v.lemma.eq_ignore_ascii_case(word))
}

/// [`is_base_form`] of a cue's words, from the verb it was found with:
/// a cue's text is one of its verb's forms in one of the cases looked up
/// (see `lexicon::tests::a_cue_has_the_verb_of_its_form_in_any_case`).
fn is_base_form_cue(text: &str, cue: &CueHit) -> bool {
    cue.verb
        .is_some_and(|v| v.lemma.eq_ignore_ascii_case(cue.span.as_str(text)))
}

/// Cue lemmas that are nouns too, whose `-s` form may be a plural
/// (`reports`, `claims`, `protests`).
pub(super) fn is_noun_lemma(lemma: &str) -> bool {
    matches!(
        lemma,
        "report"
            | "claim"
            | "comment"
            | "estimate"
            | "forecast"
            | "survey"
            | "poll"
            | "note"
            | "promise"
            | "answer"
            | "reply"
            | "statement"
            | "warning"
            | "protest"
            | "demand"
            | "charge"
            | "vow"
            | "pledge"
            | "remark"
            | "quip"
            | "joke"
            | "boast"
            | "signal"
            | "hint"
            | "counter"
            | "object"
            | "fear"
            | "hope"
    )
}

/// `said the shootings and protests require ...`: the plural of a cue
/// that is a noun too, right after a plural noun and `and` or `or`, in a
/// clause reported by a cue that is no `-s` form (`main_end`: where that
/// cue ends), is a noun. Not `has denied being "leaned on" and says ...`,
/// the speaker's next act.
fn is_plural_after_and(text: &str, main_end: usize, cue: &CueHit) -> bool {
    let Some(verb) = cue.verb else {
        return false;
    };
    let plural = |w: &str| {
        w.strip_suffix('s')
            .is_some_and(|stem| !stem.ends_with(['s', '\'']) && stem.len() >= 2)
    };
    let word = cue.span.as_str(text);
    if !(is_noun_lemma(verb.lemma) && word.len() == verb.lemma.len() + 1 && plural(word)) {
        return false;
    }
    let Some(and) = token::word_before(text, cue.span.start, main_end) else {
        return false;
    };
    matches!(and.as_str(text), "and" | "or")
        && token::word_before(text, and.start, main_end).is_some_and(|w| plural(w.as_str(text)))
        && token::word_before(text, main_end, 0).is_some_and(|w| !plural(w.as_str(text)))
}

/// Where a reported clause that started at `start` ends when another
/// attribution with its own cue at `cue` follows: `... but said`, `...
/// and warned` (the same subject goes on; not when `nested`, a base form
/// inside the reported words), `..., Bellamy insisted` and `..., and more
/// than 4 in 10 said` (a new subject after a comma).
fn next_attribution(text: &str, start: usize, cue: usize, nested: bool) -> Option<usize> {
    // `made further demands`, `their claims`: a cue's form after an
    // article, a possessive or a quantifier is a noun.
    // The word before the cue, which the walk back below starts with.
    let before_cue = token::word_before(text, cue, start);
    let noun = before_cue.is_some_and(|p| {
        matches!(
            p.as_str(text),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "further"
                | "new"
                | "more"
                | "several"
                | "many"
                | "some"
                | "any"
                | "no"
                | "such"
        )
    });
    if noun {
        return None;
    }
    let mut pos = cue;
    let mut subject_words = 0;
    for k in 0..6 {
        let w = if k == 0 {
            before_cue?
        } else {
            token::word_before(text, pos, start)?
        };
        let between = &text[w.end..pos];
        // Nearly always one space, which holds none of the marks: the
        // searches for them are skipped.
        let marked = between != " "
            && (between.contains([',', ';'])
                || between.contains(" - ")
                || between.contains('\u{2014}'));
        if marked {
            // `..., Bellamy insisted`: a short subject after the comma.
            let first = token::word_after(text, w.end, cue)?;
            let word = first.as_str(text);
            // `..., spokesmen for the firms said`.
            let subject = token::is_capitalised(word)
                || matches!(word, "he" | "she" | "they" | "it" | "the" | "officials")
                || party::group_spokesperson_noun(word).is_some();
            if subject_words == 0 || !subject || subject_words > 4 {
                return None;
            }
            let cut = text[start..w.end].trim_end().len() + start;
            return (cut > start).then_some(cut);
        }
        let word = w.as_str(text);
        if matches!(word, "and" | "but") {
            let head = text[start..w.start].trim_end();
            // `conceded there were "grey areas" but said ...`; `..., and
            // more than 4 in 10 said ...`.
            if subject_words == 0 && nested {
                return None;
            }
            // `said if she is elected, ... program and Trump says some
            // ...`: a name or a pronoun after `and` says something new.
            // Not a subject of two (`Congress and President Obama agreed`,
            // `both he and Rubio promised`): a plain word before `and`.
            let named = || {
                let first = token::word_after(text, w.end, cue).map(|f| f.as_str(text));
                let before_and = token::word_before(text, w.start, start).map(|p| p.as_str(text));
                let joins_clause = before_and.is_some_and(|p| {
                    p.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                        && pronoun::classify(p).is_none()
                });
                let people = |w: &str| w.ends_with('s') && party::is_plural_people_noun(w);
                // `and Smith was told`: a passive cue names whom words were
                // said to (not a progressive: `and he is forecasting`).
                let be_before = before_cue.is_some_and(|b| {
                    matches!(
                        b.as_str(text),
                        "was" | "were" | "is" | "are" | "been" | "be"
                    )
                });
                let progressive = token::word_after(text, cue, text.len())
                    .is_some_and(|c| c.as_str(text).ends_with("ing"));
                let passive = be_before && !progressive;
                // `patients and doctors having to find`: an infinitive.
                let infinitive = before_cue.is_some_and(|b| b.as_str(text) == "to");
                joins_clause
                    && subject_words <= 3
                    && !passive
                    && !infinitive
                    && first.is_some_and(|f| {
                        token::is_capitalised(f)
                            || matches!(f, "he" | "she" | "they")
                            // `... in 2004 and experts say ...`; not a
                            // subject of two (`traders and bankers said`).
                            || people(f) && !before_and.is_some_and(people)
                    })
            };
            // A base form after a subject of its own is a present tense
            // (`... in 2004 and experts say ...`).
            if subject_words == 0 || head.ends_with(',') || named() {
                let cut = head.trim_end_matches(',').trim_end().len() + start;
                return (cut > start).then_some(cut);
            }
        }
        // `if the two governments had intended to ..., Mexico would have
        // announced a freeze`: a modal makes it the main clause of a
        // condition, not another attribution.
        if is_modal(word) {
            return None;
        }
        if !matches!(word, "also" | "later" | "then" | "has" | "had" | "have") {
            subject_words += 1;
        }
        pos = w.start;
    }
    None
}

/// `Tehran radio quoted a Foreign Ministry spokesman as saying X` (the
/// speaker is the one quoted) and `The spokesman was quoted by Tehran radio
/// as saying X` (the subject).
fn quoted_as_saying(
    doc: &Document,
    sent: Span,
    cue: Span,
    body_end: usize,
    taken: &Taken,
) -> Option<Found> {
    let text = doc.text.as_str();
    let head = &text[sent.start..cue.start];
    let quoted = sent.start + head.rfind("quoted")?;
    let quoted_end = quoted + "quoted".len();
    let as_start = sent.start + head.trim_end().len() - 2;
    let object = text[quoted_end..as_start].trim();
    let speaker = if object.is_empty() || object.starts_with("by ") {
        let aux = token::word_before(text, quoted, sent.start)?;
        party::before(doc, aux.start, sent.start)?
    } else {
        party::before(doc, as_start, quoted_end)?
    };
    let (start, _) = clause_start(text, cue.end, body_end, None);
    let content = Span::new(start, reported_end(text, start, body_end, false));
    if !taken.is_free(content) || !has_words(text, content, 3) {
        return None;
    }
    Some(Found::reported(
        text,
        content,
        cue,
        speaker,
        "quoted-as-saying",
        0.8,
    ))
}

/// `X said` at the end: content is the sentence up to the comma before the
/// speaker.
fn content_before(
    doc: &Document,
    sent: Span,
    cue: Span,
    speaker: Cand,
    _lemma: &str,
    rule: &'static str,
) -> Option<Found> {
    let text = doc.text.as_str();
    let mut first = party::start_with_titles(text, speaker.span().start, sent.start).min(cue.start);
    // `..., the IMF said`: the article of the speaker's name.
    if let Some(det) = token::word_before(text, first, sent.start) {
        if party::is_determiner(det.as_str(text)) && token::only_space_between(text, det.end, first)
        {
            first = det.start;
        }
    }
    // `..., UMWA Director of Government Affairs Phil Smith told X`,
    // `..., chairman Jim Leslie said`: a role before the name (not before
    // a cue that the speaker follows).
    if let Some(role) = role_before(text, first, sent.start).filter(|_| first < cue.start) {
        first = role;
    }
    // `..., a spokesman for the Central Bank said`: the person who speaks
    // for the speaker, before it.
    if let Some(start) = spokesperson_before(text, first, sent.start).filter(|_| first < cue.start)
    {
        first = start;
    }
    // A speaker before the sentence (it was split) leaves no content here.
    let head = text.get(sent.start..first)?.trim_end();
    let head = match head.strip_suffix(',') {
        Some(head) => head.trim_end(),
        // `Trump's misinformation may be “strategic,” said X`: the comma
        // inside the closing quote mark; the content keeps the marks.
        None => head
            .strip_suffix(['\u{201D}', '"'])
            .filter(|h| h.ends_with(','))
            .map(|_| head)?,
    };
    let content = after_colon(text, Span::new(sent.start, sent.start + head.len()));
    if !has_words(text, content, 3) || is_verbless_phrase(text, content, speaker.span(), cue) {
        return None;
    }
    Some(Found::reported(text, content, cue, speaker, rule, 0.8))
}

/// True when the words before a closing attribution are a phrase, not a
/// clause: no verb, no comma, and either a preposition opens them (`In
/// the foreword to the manifesto, he promises to ...`) or a determiner,
/// with the speaker's name set off after them (`The other member of the
/// board, Marvin Duncan, agreed.`: the name's apposition).
fn is_verbless_phrase(text: &str, content: Span, speaker: Span, cue: Span) -> bool {
    let Some(first) = token::word_after(text, content.start, content.end) else {
        return false;
    };
    let first = first.as_str(text);
    let preposition = matches!(
        first,
        "In" | "On"
            | "At"
            | "For"
            | "Under"
            | "During"
            | "After"
            | "Before"
            | "From"
            | "With"
            | "Without"
            | "Despite"
            | "Since"
            | "Through"
            | "Throughout"
            | "Within"
            | "Among"
            | "Across"
            | "Unlike"
            | "Beyond"
    );
    let set_off_name = || {
        party::is_determiner(first)
            && text
                .get(content.end..speaker.start)
                .is_some_and(|g| g.trim() == ",")
            && text
                .get(speaker.end..cue.start)
                .is_some_and(|g| g.trim() == ",")
    };
    // A pronoun opens a clause (`For the coming months they expect ...`),
    // and a verb shows one (`died`, `was`).
    let words = || token::words(text, content).map(|w| w.as_str(text));
    (preposition || set_off_name())
        && !content.as_str(text).contains(',')
        && !super::has_more_words_than(content.as_str(text), 11)
        && !words().any(|w| {
            matches!(w, "he" | "she" | "it" | "they" | "we" | "I" | "you")
                || w.len() == 4 && w.ends_with("ed")
                || is_finite_verb(w)
        })
        && !bare_clause_has_verb(text, content)
}

/// Where `a spokesman for` starts before the organisation's name at
/// `first` (`a spokesman for`, `an official at`, `a senior official of`,
/// `spokeswoman for`): a spokesperson's noun, a preposition, perhaps a
/// determiner and one modifier before the noun.
fn spokesperson_before(text: &str, first: usize, lo: usize) -> Option<usize> {
    let prep = token::word_before(text, first, lo)
        .filter(|p| token::only_space_between(text, p.end, first))
        .filter(|p| matches!(p.as_str(text), "for" | "at" | "of" | "with"))?;
    let noun = token::word_before(text, prep.start, lo)
        .filter(|n| token::only_space_between(text, n.end, prep.start))
        .filter(|n| party::unnamed_person_noun(n.as_str(text)).is_some())?;
    // Back over one lower-case modifier to a determiner, if there is one.
    let mut pos = noun.start;
    for _ in 0..2 {
        let Some(w) = token::word_before(text, pos, lo)
            .filter(|w| token::only_space_between(text, w.end, pos))
        else {
            break;
        };
        let word = w.as_str(text);
        if party::is_determiner(word) {
            return Some(w.start);
        }
        if !word.bytes().all(|b| b.is_ascii_lowercase()) {
            break;
        }
        pos = w.start;
    }
    Some(noun.start)
}

/// The words of `head` after its last colon when a clause of three words
/// or more follows it (`... less attractive to financial firms: London was
/// the financial capital, according to one index`): the writer's lead-in
/// before the colon is no part of the reported words. Not in words with
/// quote marks, whose colon may be inside a quote.
fn after_colon(text: &str, head: Span) -> Span {
    let s = head.as_str(text);
    match last_colon_space(s) {
        Some(c)
            if !s.contains(['"', '\u{201C}', '\u{201D}'])
                && has_words(text, Span::new(head.start + c + 2, head.end), 3) =>
        {
            Span::new(skip_space(text, head.start + c + 1, head.end), head.end)
        }
        _ => head,
    }
}

/// Where the last `": "` of `s` starts, as `s.rfind(": ")` finds it: from
/// colon to colon backwards, without the searcher `rfind` sets up on
/// every call.
fn last_colon_space(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while let Some(c) = memchr::memrchr(b':', &bytes[..end]) {
        if bytes.get(c + 1) == Some(&b' ') {
            return Some(c);
        }
        end = c;
    }
    None
}

/// The most words a role before a name has (`UMWA Director of Government
/// Affairs`, `the company's chief financial officer`).
const MAX_ROLE_WORDS: usize = 8;

/// `..., UMWA Director of Government Affairs Phil Smith said`, `...,
/// chairman Jim Leslie said`, `..., its president Warren Idsal said`: the
/// start of the role that runs back from the name at `first` to a comma.
/// Its words are capitalised (with `of`, `for`, `and`, `the` between
/// them) with a title among them, or it ends in a lower-case role noun
/// right before the name, after more role words, capitalised words (`DFA
/// spokesman`) or a possessive (`its`, `the company's`).
fn role_before(text: &str, first: usize, lo: usize) -> Option<usize> {
    let mut start = first;
    // `UMWA Director Phil Smith`: the title may already start at `first`.
    let mut title = token::word_after(text, first, text.len())
        .is_some_and(|w| w.start == first && lexicon::title(w.as_str(text)).is_some());
    let mut lower_role = false;
    for k in 0..MAX_ROLE_WORDS {
        let w = token::word_before(text, start, lo)?;
        if !token::only_space_between(text, w.end, start) {
            break;
        }
        let word = w.as_str(text);
        let capital = token::is_capitalised(word);
        if k == 0 && !capital && !title && party::is_role_noun(word) {
            lower_role = true;
        } else if lower_role && !capital {
            let owner = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("\u{2019}s"));
            if !party::is_role_noun(owner.unwrap_or(word))
                && !matches!(word, "the" | "its" | "his" | "her" | "their" | "of" | "for")
            {
                return None;
            }
        } else if !capital && !matches!(word, "of" | "for" | "and" | "the") {
            return None;
        }
        title |= capital && lexicon::title(word).is_some();
        start = w.start;
    }
    let comma = text.get(lo..start)?.trim_end().ends_with(',');
    let opens = lower_role
        || token::word_after(text, start, first)
            .is_some_and(|w| token::is_capitalised(w.as_str(text)));
    ((title || lower_role) && comma && opens && start < first).then_some(start)
}

/// The source named after `according to` (ending at `cue_end`), before
/// `end`: in the phrase up to its comma (`According to the schedule,
/// Thiel will speak` is the schedule's), and a document's author (`a
/// count by the AP`).
pub(super) fn according_source(doc: &Document, cue_end: usize, end: usize) -> Option<Cand> {
    let text = doc.text.as_str();
    party::after(doc, cue_end, end)
        .filter(|s| !text[cue_end..s.span().start.max(cue_end)].contains(','))
        .or_else(|| source_phrase(text, cue_end, end).map(|c| by_author(doc, c)))
}

/// `according to X, CONTENT.` or `CONTENT, according to X.`
fn according_to(doc: &Document, sent: Span, later: &[CueHit], cue: Span) -> Option<Found> {
    let text = doc.text.as_str();
    let according = cue;
    let source = according_source(doc, cue.end, sent.end)?;
    // The phrase ends after the source's relative clause, up to its comma
    // (`, according to members who spoke with reporters afterward, was
    // any mention of ...`); the source is the noun.
    let src_end = source_with_relative(text, source.span().end, sent.end);
    // `... unnoticed: According to recent polls, Trump holds ...`, `(According
    // to the police, it keeps no statistics.)`: a clause that opens after
    // a colon or a parenthesis.
    let lead = text[sent.start..according.start].trim_end();
    let clause_from = lead
        .strip_suffix([':', '('])
        .map_or(sent.start, |h| sent.start + h.len() + 1);
    let content = if only_openers(text, clause_from, according.start) {
        // At the start: the content follows the comma after the source.
        // The source may end past `body_end` (`according to the U.S.`),
        // and a parenthesis closes after the sentence's stop.
        let mut sent_end = trim_final(text, sent);
        if lead.ends_with('(') {
            if let Some(inner) = text[sent.start..sent_end].strip_suffix(')') {
                sent_end = trim_final(text, Span::new(sent.start, sent.start + inner.len()));
            }
        }
        // With no comma after the source, a subject opens the clause
        // (`According to Ofcom there were almost four million ...`).
        let subject_next = token::word_after(text, src_end, sent_end).filter(|w| {
            token::only_space_between(text, src_end, w.start)
                && matches!(
                    w.as_str(text),
                    "there" | "it" | "he" | "she" | "they" | "we" | "I" | "this" | "these"
                )
        });
        let mut start = match subject_next {
            Some(w) => w.start,
            None => {
                let comma = memchr::memchr(b',', text.get(src_end..sent_end)?.as_bytes())?;
                skip_space(text, src_end + comma + 1, sent_end)
            }
        };
        // `According to the WSJ, which cites people familiar with the
        // case, the directors ...`: past the source's relative clause.
        if text[start..sent_end].starts_with("which ") || text[start..sent_end].starts_with("who ")
        {
            let comma = memchr::memchr(b',', &text.as_bytes()[start..sent_end])?;
            start = skip_space(text, start + comma + 1, sent_end);
        }
        // Another attribution after it ends the content (`According to
        // X, prices rose, Y said`).
        Span::new(start, clause_end(text, start, sent_end, later))
    } else {
        // `CONTENT, according to X`, `CONTENT — according to X`, and
        // with no mark (`Clinton leads by 271 delegates according to a
        // count by AP, but ...`).
        // With no mark, the phrase closes a clause with no comma of its
        // own, before the sentence's end or a new clause (not `Cubans, 82
        // percent of whom view Trump unfavorably according to the poll,
        // have ...`).
        let sent_end = trim_final(text, sent);
        let closes = || {
            let rest = text.get(src_end..sent_end).unwrap_or_default().trim_start();
            rest.is_empty()
                || rest.strip_prefix(',').is_some_and(|r| {
                    let next = token::first_token(r).unwrap_or_default();
                    matches!(next, "but" | "and" | "while" | "although" | "though" | "as")
                })
        };
        // And only a source that reports (a count, a poll, a named
        // body), not a manner (`modelled according to the laws of
        // physics`, `determined according to market conditions`).
        let reports = || {
            let span = source.span();
            party::mention_ending_at(&doc.mentions, span.end).is_some()
                || token::words(text, span).any(|w| {
                    token::with_lower(w.as_str(text), |l| {
                        matches!(
                            l,
                            "poll"
                                | "polls"
                                | "survey"
                                | "surveys"
                                | "data"
                                | "figures"
                                | "count"
                                | "tally"
                                | "report"
                                | "reports"
                                | "estimate"
                                | "estimates"
                                | "study"
                                | "studies"
                                | "census"
                                | "statistics"
                                | "research"
                                | "analysis"
                                | "records"
                                | "documents"
                                | "filings"
                                | "sources"
                                | "officials"
                        )
                    })
                })
        };
        // The clause may hold commas of its own (`Clinton, who was tied
        // on July 25, is now well ahead 46 percent to 39 percent
        // according to a CBS poll`).
        let bare = || lead.ends_with(char::is_alphanumeric) && closes() && reports();
        // `... "to discuss the test," according to a Pentagon readout`:
        // the comma inside a quote's closing mark, which the content keeps.
        let quoted_comma = || {
            [",\"", ",\u{201D}", ",''"]
                .iter()
                .any(|e| lead.ends_with(e))
                .then_some(lead)
        };
        let head = lead
            .strip_suffix([',', '\u{2014}'])
            .or_else(quoted_comma)
            .or_else(|| lead.strip_suffix(" --"))
            .or_else(|| bare().then_some(lead))?;
        let sent_end = trim_final(text, sent);
        let head = Span::new(sent.start, sent.start + head.trim_end().len());
        let head = after_colon(text, head);
        // `..., because, according to Trump, the media would call him
        // ...`, `after, according to him, Televisa censured ...`: after a
        // conjunction, the phrase is set off inside the clause the
        // conjunction opens, which is the content.
        let conjunction = token::word_before(text, head.end, head.start).filter(|c| {
            c.end == head.end
                && matches!(
                    c.as_str(text),
                    "because"
                        | "but"
                        | "and"
                        | "that"
                        | "although"
                        | "though"
                        | "since"
                        | "so"
                        | "after"
                        | "before"
                        | "when"
                        | "while"
                        | "if"
                        | "unless"
                        | "until"
                        | "once"
                )
        });
        let after_source = text
            .get(src_end..sent_end)
            .and_then(|r| r.trim_start().strip_prefix(','))
            .map(|r| sent_end - r.trim_start().len());
        if let (Some(_), Some(start)) = (conjunction, after_source) {
            let after_source_cues = &later[later.partition_point(|c| c.span.start < src_end)..];
            Span::new(start, clause_end(text, start, sent_end, after_source_cues))
        } else if set_off_inside(text, head, src_end, sent_end) {
            // `G4S receives, according to one report, $234 million`, `But
            // the next day, according to Roffman, Trump made further
            // demands`: set off by commas inside a clause, which is the
            // content (after an opening `But`).
            let mut start = sent.start;
            if let Some(first) = token::word_after(text, sent.start, according.start) {
                if matches!(first.as_str(text), "But" | "And" | "Yet" | "So") {
                    start = skip_space(text, first.end, sent_end);
                }
            }
            // Cues after the source only: not this phrase itself.
            let after_source = &later[later.partition_point(|c| c.span.start < src_end)..];
            let end = clause_end(text, start, sent_end, after_source);
            // Another attribution right after the source leaves no words
            // of this one's (`But later on Saturday, according to The
            // Independent, Wenger spoke to ...`).
            if end <= src_end {
                return None;
            }
            Span::new(start, end)
        } else {
            Span::new(sourced_part_start(text, head), head.end)
        }
    };
    if !has_words(text, content, 3) {
        return None;
    }
    Some(Found::reported(
        text,
        content,
        cue,
        source,
        "according-to",
        0.8,
    ))
}

/// Where the phrase of a source ending at `end` ends: past a relative
/// clause right after it (`members who spoke with reporters afterward`)
/// that a comma closes before `limit`, of at most ten words.
fn source_with_relative(text: &str, end: usize, limit: usize) -> usize {
    let rest = text.get(end..limit).unwrap_or_default();
    let relative = [" who ", " which ", " whose "]
        .iter()
        .any(|r| rest.starts_with(r));
    match memchr::memchr(b',', rest.as_bytes()) {
        Some(c) if relative && !super::has_more_words_than(&rest[..c], 10) => end + c,
        _ => end,
    }
}

/// True when `, according to X,` (X ending at `src_end`) is set off inside
/// the clause of its sentence, after the words of `head`: the sentence goes
/// on after the source, and `head` is a short phrase or one opened by a
/// preposition (`Among the biggest laggards`, `The biggest culprit`), not
/// a clause of its own (`House prices fell 0.4% in October`, `Justice
/// Thomas remained ...`).
fn set_off_inside(text: &str, head: Span, src_end: usize, sent_end: usize) -> bool {
    let rest = text.get(src_end..sent_end).unwrap_or_default();
    let Some(after) = rest.trim_start().strip_prefix(',').map(str::trim_start) else {
        return false;
    };
    if after.is_empty() {
        return false;
    }
    if !has_words(text, head, 3) {
        return true;
    }
    // `One of the decisions they have made, according to X, is to ...`:
    // the sentence's verb right after the phrase, which splits the
    // subject from it.
    let next = token::first_token(after).unwrap_or_default();
    if is_finite_verb(next) {
        return true;
    }
    // `In Iowa, Trump is first, according to the average, although ...`:
    // a clause that closes with the phrase, whatever follows it.
    let closes_clause = is_subordinator(next)
        || matches!(
            next,
            "although"
                | "though"
                | "while"
                | "whereas"
                | "but"
                | "and"
                | "which"
                | "who"
                | "as"
                | "because"
                | "with"
                | "up"
                | "down"
        );
    // `Prices rose in May, according to X, a trader in Norland.`: the
    // source's apposition ends the sentence.
    let apposition = (after.starts_with("a ") || after.starts_with("an "))
        && trailing_apposition(text, src_end, sent_end);
    let opens_phrase = token::word_after(text, head.start, head.end).is_some_and(|f| {
        let first = f.as_str(text).to_ascii_lowercase();
        is_phrase_word(&first)
            || matches!(
                first.as_str(),
                "among"
                    | "over"
                    | "since"
                    | "about"
                    | "by"
                    | "for"
                    | "under"
                    | "until"
                    | "within"
                    | "but"
            )
    });
    let short = !has_words(text, head, 5);
    !closes_clause && !apposition && !clause_has_verb(text, head) && (opens_phrase || short)
}

/// True when an article or a possessive stands among the four words
/// before `pos`, with only words and spaces between (`its weekly petroleum
/// status report`).
fn determiner_before(text: &str, pos: usize, lo: usize) -> bool {
    let mut at = pos;
    for _ in 0..4 {
        let Some(p) = token::word_before(text, at, lo) else {
            return false;
        };
        if !token::only_space_between(text, p.end, at) {
            return false;
        }
        if matches!(
            p.as_str(text).to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this"
        ) {
            return true;
        }
        at = p.start;
    }
    false
}

/// True when a noun for someone's claim follows `pos` (`denied claims`,
/// `rejected allegations`).
fn claim_noun_after(text: &str, pos: usize, end: usize) -> bool {
    token::word_after(text, pos, end).is_some_and(|n| {
        n.start == pos + 1
            && matches!(
                n.as_str(text),
                "claims" | "allegations" | "accusations" | "reports" | "suggestions" | "charges"
            )
    })
}

/// `in what authorities in Lima said was an effort to protect its price`:
/// after `what`, a speaker and the cue `cue`, the words from the verb that
/// follows (`was an effort ...`) are what `what` stands for.
fn what_clause(
    doc: &Document,
    sent: Span,
    cue: Span,
    speaker: &Cand,
    body_end: usize,
) -> Option<Found> {
    let text = doc.text.as_str();
    // The `what` stands before the speaker, in the sentence: most
    // sentences have none, and looking for one is cheaper than the titles.
    let head = text.get(sent.start..speaker.span().start)?.as_bytes();
    let has_what = memchr::memchr2_iter(b'w', b'W', head).any(|i| {
        head[i..]
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"what"))
    });
    if !has_what {
        return None;
    }
    // `what authorities in Lima said`: a few lower-case words of a
    // description (40 bytes at most) before the name, which then speaks
    // for its place.
    let first = party::start_with_titles(text, speaker.span().start, sent.start);
    let mut speaker = speaker.clone();
    let mut pos = first;
    loop {
        let w = token::word_before(text, pos, sent.start)?;
        if !token::only_space_between(text, w.end, pos) {
            return None;
        }
        if w.as_str(text).eq_ignore_ascii_case("what") {
            break;
        }
        if first - w.start > 40 || !w.as_str(text).starts_with(char::is_lowercase) {
            return None;
        }
        pos = w.start;
    }
    if pos != first {
        let Cand::Mention(m) = speaker else {
            return None;
        };
        speaker = Cand::SpokespersonOf(Span::new(pos, m.end), m);
    }
    let verb = token::word_after(text, cue.end, body_end)?;
    if !token::only_space_between(text, cue.end, verb.start)
        || !(is_finite_verb(verb.as_str(text)) || is_modal(verb.as_str(text)))
    {
        return None;
    }
    let content = Span::new(verb.start, reported_end(text, verb.start, body_end, false));
    has_words(text, content, 3)
        .then(|| Found::reported(text, content, cue, speaker, "what-speaker-cue", 0.7))
}

/// `Noting that X, he said ...`, `Arguing that X, Smith voted no`: the
/// that-clause after a participle cue `cue` that opens the sentence, up to
/// the first comma a party and its verb follow (before `body_end`, the
/// sentence's end: the main clause may hold a cue of its own), and that
/// party as the speaker.
fn opening_participle(doc: &Document, cue: Span, body_end: usize) -> Option<Found> {
    let text = doc.text.as_str();
    let (start, has_that) = clause_start(text, cue.end, body_end, None);
    if !has_that {
        return None;
    }
    let mut marks = QuoteMarks::default();
    let mut from = start;
    while let Some(i) = memchr::memchr(b',', text.get(from..body_end)?.as_bytes()) {
        let comma = from + i;
        marks.count(&text[from..comma]);
        from = comma + 1;
        if marks.open() {
            continue;
        }
        let Some(speaker) = party::after(doc, comma + 1, body_end) else {
            continue;
        };
        // The party's own verb follows (`he said`, `Smith voted`).
        let verb_next = token::word_after(text, speaker.span().end, body_end)
            .is_some_and(|v| v.as_str(text).starts_with(char::is_lowercase));
        if !verb_next {
            continue;
        }
        let content = Span::new(start, comma);
        if !has_words(text, content, 3) {
            return None;
        }
        return Some(Found::reported(
            text,
            content,
            cue,
            speaker,
            "opening-participle",
            0.7,
        ));
    }
    None
}

/// Only clause openers and commas between `from` and `to` (`But,
/// according to the poll, ...`): nothing of the reported clause.
pub fn only_openers(text: &str, from: usize, to: usize) -> bool {
    let Some(head) = text.get(from..to) else {
        return false;
    };
    head.split(|c: char| c.is_whitespace() || c == ',')
        .all(|w| {
            matches!(
                w,
                "" | "But"
                    | "And"
                    | "Yet"
                    | "So"
                    | "Now"
                    | "However"
                    | "Still"
                    | "Meanwhile"
                    | "Also"
                    | "Indeed"
                    | "Instead"
                    | "Overall"
                    | "Moreover"
                    | "Plus"
            )
        })
}

/// The words after `according to` up to the next comma or the sentence's
/// end (`according to one research firm`, `according to some on
/// Twitter`), as a description, when no entity or known phrase is there.
pub(super) fn source_phrase(text: &str, start: usize, end: usize) -> Option<Cand> {
    let first = token::word_after(text, start, end)?;
    if !token::only_space_between(text, start, first.start) {
        return None;
    }
    let rest = &text[first.start..end];
    let stop = rest
        .find([',', ';', '(', ')', '"', '\u{201C}', '\u{2014}'])
        .unwrap_or(rest.len());
    let phrase =
        rest[..stop].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?'));
    if phrase.is_empty() || super::has_more_words_than(phrase, 18) {
        return None;
    }
    Some(Cand::Class(Span::new(
        first.start,
        first.start + phrase.len(),
    )))
}

/// `a January 2016 study by the Pew Research Center based on ...`: a
/// described source with a named author speaks for the author, as a
/// document does for its owner. So do figures and officials `from` a body
/// (`research from technology analysts Gartner`, `figures from the Office
/// for National Statistics`), with a description of the author between
/// (`analysts`) left out.
fn by_author(doc: &Document, source: Cand) -> Cand {
    let Cand::Class(span) = source else {
        return source;
    };
    let text = doc.text.as_str();
    let phrase = span.as_str(text);
    let mut at = match phrase.find(" by ") {
        Some(by) => span.start + by + " by ".len(),
        None => match phrase.find(" from ") {
            Some(from) if from_source_noun(&phrase[..from]) => span.start + from + " from ".len(),
            // `industry website Screen Daily`: a description in lower case
            // before a name that ends the source.
            _ => {
                return match party::described_name(doc, span.start, span.end) {
                    Some(m) if m.end == span.end => Cand::SpokespersonOf(span, m),
                    _ => source,
                };
            }
        },
    };
    if text[at..span.end].starts_with("the ") {
        at += "the ".len();
    }
    match party::described_name(doc, at, span.end) {
        Some(m) => Cand::SpokespersonOf(span, m),
        None => source,
    }
}

/// True when `head`, the words before `from` in a source, ends in a noun
/// for figures or for people speaking for a body (`figures from`,
/// `officials from`), not a place or time (`a man from Leeds`).
fn from_source_noun(head: &str) -> bool {
    let last = head.rsplit(' ').next().unwrap_or(head);
    token::with_lower(last, |l| {
        matches!(
            l,
            "figures"
                | "data"
                | "statistics"
                | "numbers"
                | "estimates"
                | "research"
                | "report"
                | "study"
                | "survey"
                | "poll"
                | "analysis"
                | "officials"
                | "sources"
        )
    })
}

/// The reported clause after a relative clause set off by commas that
/// starts at `at` (`where he is now a paid contributor, that ...`): where
/// the words after the `that` start, with no quote mark or colon in between.
fn that_after_aside(text: &str, at: usize, end: usize) -> Option<(usize, bool)> {
    if !text[..at].trim_end().ends_with(',') {
        return None;
    }
    let aside = text.get(at..end)?;
    let comma = aside.find(',')?;
    if aside[..comma].contains(['"', '\u{201C}', '\u{201D}', ':', ';']) {
        return None;
    }
    let that = token::word_after(text, at + comma + 1, end)?;
    (that.as_str(text) == "that" && token::only_space_between(text, at + comma + 1, that.start))
        .then(|| (skip_space(text, that.end, end), true))
}

/// Where the reported clause starts after the cue, and whether `that`
/// introduced it. Skips time and manner phrases before `that`. `cue`, when
/// known, is the cue the clause follows (at `pos` or before).
fn clause_start(text: &str, pos: usize, end: usize, cue: Option<&CueHit>) -> (usize, bool) {
    let mut prev: Option<Span> = None;
    // Right after the cue (not after its addressee, `told The Post and
    // Courier newspaper of Charleston on Saturday that`, nor a comma, `The
    // only problem, she said, is that`).
    // Nor after a cue whose object is the addressee (`told conservative
    // radio host Hugh Hewitt on Wednesday that`).
    // Asked last, only of a first word that may end the search.
    // The cue's verb is that of its word (see
    // `lexicon::tests::a_cue_has_the_verb_of_its_form_in_any_case`): when
    // the word is the cue, it is not looked up again.
    let right_after_cue = || {
        token::word_before(text, pos, 0).is_some_and(|c| {
            let verb = || match cue {
                Some(k) if k.span == c && k.verb.is_some() => k.verb,
                _ => lexicon::speech_verb_any_case(c.as_str(text)),
            };
            c.end == pos && verb().is_some_and(|v| !v.addressee_object)
        })
    };
    // The words from `pos`, each found once: the word after one, which the
    // tests below look at, is the next one the loop takes. The first is
    // also the one the phrase of occasion and the day after the loop start
    // with.
    let first = token::word_after(text, pos, end);
    let mut upcoming = first;
    for _ in 0..MAX_GAP_WORDS {
        let Some(w) = upcoming else {
            break;
        };
        // `said officials have a video that shows ...`: words that open no
        // phrase of time, place or manner have begun the reported clause,
        // whose own `that` this is not.
        if prev.is_none()
            && token::only_space_between(text, pos, w.start)
            && w.as_str(text) != "that"
            && !opens_adjunct(w.as_str(text))
            && right_after_cue()
        {
            break;
        }
        // `says Goldsmith warned Blair that ...`: the `that` of a nested
        // attribution; the clause starts right after the cue. Not a
        // participle after an article (`said in a written statement that`).
        // Nor a noun inside a phrase of occasion (`said in her opening
        // remarks that`).
        // `said on CNN, where he is now a paid contributor, that ...`: a
        // relative clause set off inside the phrase of place; the `that`
        // after its closing comma opens the reported clause.
        if prev.is_some() && matches!(w.as_str(text), "where" | "when") {
            if let Some(that) = that_after_aside(text, w.start, end) {
                return that;
            }
        }
        let after_article = prev.is_some_and(|p| matches!(p.as_str(text), "a" | "an" | "the"));
        let in_phrase = || {
            token::word_after(text, pos, end)
                .is_some_and(|f| f != w && matches!(f.as_str(text), "in" | "at" | "during" | "on"))
        };
        prev = Some(w);
        if !after_article && lexicon::speech_verb_any_case(w.as_str(text)).is_some() && !in_phrase()
        {
            break;
        }
        // `said he's hopeful that ...`: a subject opens the reported clause
        // before the `that`, which belongs to it. `said the city needs a
        // bridge, but that ...`: a conjunction joins a second clause to one
        // that has begun.
        // `told reporters the plan would ensure that ...`: so does a
        // finite verb (not the copula of `The problem, X said, is that`).
        let next = token::word_after(text, w.end, end);
        upcoming = next;
        let verb = is_finite_verb(w.as_str(text)) && next.is_none_or(|n| n.as_str(text) != "that");
        // An infinitive (`asking firms to second-guess the uses that`) or
        // a means (`responded by pushing the euro lower, in the
        // expectation that`) is no phrase of time or place.
        let infinitive = w.as_str(text) == "to"
            && next.is_some_and(|n| {
                let n = n.as_str(text);
                n.starts_with(char::is_lowercase)
                    && !party::is_determiner(n)
                    && !n.ends_with('s')
                    && !matches!(
                        n,
                        "our" | "my" | "your" | "this" | "all" | "some" | "each" | "every"
                    )
            });
        let means = w.as_str(text) == "by" && next.is_some_and(|n| n.as_str(text).ends_with("ing"));
        if is_clause_subject(w.as_str(text))
            || matches!(w.as_str(text), "but" | "and")
            || verb
            || infinitive
            || means
        {
            break;
        }
        if w.as_str(text) == "that" {
            // Only words and commas between: `said on Saturday that`; and
            // quote marks in a phrase of place (`stating on NBC's "Meet
            // the Press" that`).
            let gap = &text[pos..w.start];
            let place = token::word_after(text, pos, w.start)
                .is_some_and(|p| matches!(p.as_str(text), "on" | "in" | "at" | "to" | "during"));
            // Hyphens inside words (`the AFL-CIO`) and the stops of
            // abbreviations (`U.S.`, `Mr.`); dashes that set off an aside
            // (`said -- on Twitter, as it happens -- that`).
            let in_words = gap.split_whitespace().all(|t| {
                let t = t.trim_end_matches(',');
                let hyphens = t == "--" || !t.starts_with('-') && !t.ends_with('-');
                let stops =
                    place || !t.contains('.') || t.starts_with(char::is_uppercase) && t.len() <= 5;
                hyphens && stops
            });
            if in_words
                && gap.chars().all(|c| {
                    c.is_alphanumeric()
                        || c.is_whitespace()
                        || matches!(
                            c,
                            ',' | '\'' | '\u{2019}' | '-' | '.' | '&' | '\u{2013}' | '\u{2014}'
                        )
                        || place && matches!(c, '"' | '\u{201C}' | '\u{201D}' | '.')
                })
            {
                // `said that was not her view`: before a verb, `that` is
                // the clause's subject, not its conjunction; after other
                // words, a relative pronoun inside the clause (`warned
                // measures that would penalize Japan could ...`).
                if next.is_some_and(|n| is_finite_verb(n.as_str(text))) {
                    if gap.trim().is_empty() {
                        return (w.start, false);
                    }
                    break;
                }
                // `said that, if it did not make cuts, it expects ...`.
                let after = skip_space(text, w.end, end);
                let after = match text[after..end].strip_prefix(',') {
                    Some(_) => skip_space(text, after + 1, end),
                    None => after,
                };
                return (after, true);
            }
            break;
        }
    }
    // Only spaces before `start`: its first word is `first`.
    let mut start = skip_space(text, pos, end);
    let past = skip_occasion_from(text, start, end, first);
    if past != start {
        return (past, false);
    }
    // Skip a leading day set off by a comma: `said Saturday, China is...`.
    if let Some(w) = first {
        let word = w.as_str(text);
        if is_day_word(word) {
            start = skip_space(text, w.end, end);
            start += text[start..end].strip_prefix(',').map_or(0, |_| 1);
            start = skip_space(text, start, end);
        }
    }
    // `as Google has shown, there is money in ...`: the clause starts
    // after the comma that ends the attribution.
    // Only before a subject (not `said, quoting an official, that`).
    if text.get(start..end).is_some_and(|t| t.starts_with(',')) {
        let after = skip_space(text, start + 1, end);
        let subject = token::word_after(text, after, end).is_some_and(|w| {
            let word = w.as_str(text);
            is_clause_subject(word) || matches!(word, "it" | "the" | "a" | "an")
        });
        if subject {
            start = after;
        }
    }
    (start, false)
}

/// The longest phrase of time or occasion that may stand between a cue and
/// its reported clause with no `that`.
const MAX_OCCASION_WORDS: usize = 8;

/// `said on Friday he met ...`, `said in a statement it would ...`, `told
/// reporters at a news conference the talks ...`, `said in an interview
/// with CNN's Jake Tapper he ...`: past a phrase of time or occasion when a
/// clause, with a subject and a verb, follows it; else `pos`.
fn skip_occasion(text: &str, pos: usize, end: usize) -> usize {
    skip_occasion_from(text, pos, end, token::word_after(text, pos, end))
}

/// [`skip_occasion`] with the first word at or after `pos` (`first`)
/// already found.
fn skip_occasion_from(text: &str, pos: usize, end: usize, first: Option<Span>) -> usize {
    let Some(first) = first.filter(|f| f.start == pos) else {
        return pos;
    };
    let mut words = token::words(text, Span::new(first.end, end)).take(MAX_OCCASION_WORDS);
    let opener = first.as_str(text);
    let adverb = opener.len() > 4
        && opener.ends_with("ly")
        && opener.bytes().all(|b| b.is_ascii_lowercase());
    if !(adverb || is_day_word(opener) || is_occasion_opener(opener)) {
        return pos;
    }
    let mut last = first;
    let mut next = words.next();
    while let Some(w) = next {
        // Only words and spaces in the phrase (`U.S.` and `CNN's` are
        // words); a comma or a quote mark ends the search.
        let gap = &text[last.end..w.start];
        if !gap.chars().all(char::is_whitespace) {
            return pos;
        }
        let after = words.next();
        let ends_phrase = adverb && last == first || ends_occasion(text, opener, last, w);
        if ends_phrase && opens_bare_clause(text, w, end) {
            return w.start;
        }
        last = w;
        next = after;
    }
    pos
}

/// Words that open a phrase of time or occasion after a cue.
fn is_occasion_opener(w: &str) -> bool {
    matches!(
        w,
        "on" | "in" | "at" | "during" | "late" | "early" | "earlier" | "last" | "this"
    )
}

/// True when the phrase of time or occasion may end at `last`, before
/// `next`: a day, a time or an occasion (`on Tuesday night`, `in a
/// statement`), or the end of a name (`on CNN`, `with Fox News`), never
/// inside one nor at a possessive (`CNN's Jake Tapper`).
fn ends_occasion(text: &str, opener: &str, last: Span, next: Span) -> bool {
    let w = last.as_str(text);
    // `said last week he`, but `said in the fiscal year starting April 1,
    // spending will fall`: a period of time after `in` may be the reported
    // clause's own.
    if matches!(w, "week" | "weekend" | "month" | "year") {
        return matches!(opener, "last" | "this" | "earlier" | "late");
    }
    if is_day_word(w) || party::is_time_word(w) {
        return true;
    }
    if w.ends_with("'s") || w.ends_with("\u{2019}s") {
        return false;
    }
    if w.starts_with(|c: char| c.is_uppercase()) {
        return !next.as_str(text).starts_with(|c: char| c.is_uppercase());
    }
    is_occasion_noun(w)
}

/// A noun that ends a phrase of occasion (`in a statement`, `at a
/// rally`, `in a June report`).
fn is_occasion_noun(w: &str) -> bool {
    matches!(
        w,
        "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "statement"
            | "interview"
            | "conference"
            | "briefing"
            | "release"
            | "speech"
            | "email"
            | "e-mail"
            | "letter"
            | "call"
            | "post"
            | "tweet"
            | "message"
            | "filing"
            | "hearing"
            | "rally"
            | "appearance"
            | "address"
            | "debate"
            | "broadcast"
            | "session"
            | "meeting"
            | "summit"
            | "event"
            | "forum"
            | "op-ed"
            | "column"
            | "video"
            | "podcast"
            | "report"
    )
}

/// A gathering that an organisation holds, which is told something
/// (`a Chamber of Commerce lunch`, `a party conference`).
pub(super) fn is_gathering_noun(w: &str) -> bool {
    matches!(
        w,
        "lunch"
            | "luncheon"
            | "dinner"
            | "breakfast"
            | "meeting"
            | "conference"
            | "convention"
            | "congress"
            | "seminar"
            | "symposium"
            | "forum"
            | "rally"
            | "gathering"
            | "audience"
            | "hearing"
            | "session"
            | "summit"
            | "event"
            | "briefing"
    )
}

/// True when `w` opens a clause that holds a verb: a subject pronoun, a
/// determiner, a number or a name (`he met`, `the talks had failed`,
/// `Obama would`).
fn opens_bare_clause(text: &str, w: Span, end: usize) -> bool {
    let word = w.as_str(text);
    // `starting April 1, spending will fall`: a subject runs on to its
    // verb, with no comma after its first word.
    if text[w.end..end].starts_with(',') {
        return false;
    }
    if is_clause_subject(word) || word == "it" {
        return true;
    }
    // `told MPs on Tuesday care was needed`: a bare noun right before an
    // auxiliary.
    let bare_noun = word.len() > 2
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && token::word_after(text, w.end, end).is_some_and(|n| {
            token::only_space_between(text, w.end, n.start) && is_finite_verb(n.as_str(text))
        });
    if bare_noun {
        return true;
    }
    let subject = matches!(
        word,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "this"
            | "these"
            | "those"
            | "some"
            | "many"
            | "most"
            | "all"
            | "both"
            | "several"
            | "no"
    ) || word.starts_with(|c: char| c.is_ascii_digit())
        || word.starts_with(|c: char| c.is_uppercase()) && !is_not_clause_start(word);
    subject && clause_has_verb(text, Span::new(w.start, end))
}

/// True when `w`, right after a cue, may open a phrase of time, place or
/// manner before a `that` (`said on Monday that`, `said Tuesday night
/// that`, `said via email that`, `said, however, that`).
fn opens_adjunct(w: &str) -> bool {
    is_phrase_word(w)
        || is_day_word(w)
        || party::is_time_word(w)
        || w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase())
        || matches!(
            w,
            "via"
                | "through"
                | "out"
                | "up"
                | "back"
                | "down"
                | "however"
                | "also"
                | "again"
                | "here"
                | "then"
                | "now"
                | "later"
                | "afterwards"
                | "afterward"
                | "next"
                | "over"
                | "under"
                | "for"
                | "about"
                | "of"
                | "as"
                | "by"
                | "when"
        )
}

/// A number or an amount in words (`20`, `half`, `two-thirds`, `dozens`).
fn is_amount(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            w,
            "half"
                | "two-thirds"
                | "one-third"
                | "dozens"
                | "hundreds"
                | "thousands"
                | "one"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
        )
        || is_two_to_ten(w)
}

/// True when `phrase` opens with `at least` or `at most` and an amount
/// (`at least 20 people`, not `at least twice`).
fn opens_amount(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    words.next() == Some("at")
        && words.next().is_some_and(|w| matches!(w, "least" | "most"))
        && words.next().is_some_and(is_amount)
}

/// `two` to `ten` in words.
fn is_two_to_ten(w: &str) -> bool {
    matches!(
        w,
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "would" | "could" | "will" | "can" | "should" | "might" | "may" | "must"
    )
}

/// A modal, also contracted (`she'll`, `they'd`).
fn has_modal(w: &str) -> bool {
    is_modal(w)
        || ["'ll", "\u{2019}ll", "'d", "\u{2019}d"]
            .iter()
            .any(|c| w.ends_with(c))
}

/// A subject pronoun, also contracted (`he's`, `they're`): the reported
/// clause has begun (`said he's hopeful that ...`). Not `it` or `you`,
/// which may be objects (`making it clear to the judge that`), nor a verb
/// (`The only problem, she said, is that ...`).
fn is_clause_subject(w: &str) -> bool {
    // The word up to its first apostrophe, compared as a prefix: a split by
    // chars decoded the words after every cue.
    ["he", "she", "they", "we", "I", "there"].iter().any(|s| {
        w.strip_prefix(s)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['\'', '\u{2019}']))
    })
}

fn is_day_word(w: &str) -> bool {
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "yesterday"
            | "today"
            | "tonight"
    )
}

fn skip_space(text: &str, pos: usize, end: usize) -> usize {
    let Some(rest) = text.get(pos..end) else {
        return pos.max(end);
    };
    pos + (rest.len() - rest.trim_start().len())
}

/// The end of a sentence without its final punctuation and closing marks.
pub fn trim_final(text: &str, sent: Span) -> usize {
    // ASCII marks and spaces (nearly always all there is) are stepped over
    // without decoding, as this is asked several times for every cue; the
    // chars from the first other byte on are trimmed as chars.
    let bytes = text.as_bytes();
    let mut end = sent.end;
    while end > sent.start {
        match bytes[end - 1] {
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b'.' | b'!' | b'?' => end -= 1,
            b if b < 0x80 => return end,
            _ => break,
        }
    }
    let s = &text[sent.start..end];
    let t = s
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?' | '\u{2026}'));
    sent.start + t.len()
}

/// `told him it would close`, `told her the plan ...`: the end of an
/// object pronoun right after the cue at `pos` (`her` only before a
/// clause, not `told her husband`).
fn object_pronoun(text: &str, pos: usize, end: usize) -> Option<usize> {
    let o = token::word_after(text, pos, end).filter(|o| o.start == pos + 1)?;
    match o.as_str(text) {
        "him" | "them" | "me" | "us" | "you" => Some(o.end),
        "her" => token::word_after(text, o.end, end)
            .is_some_and(|n| {
                let n = n.as_str(text);
                n == "that"
                    || is_clause_subject(n)
                    || matches!(n, "it" | "the" | "a" | "an" | "this" | "his")
                    || token::is_capitalised(n)
            })
            .then_some(o.end),
        _ => None,
    }
}

/// `told a Senate panel`: past one lower-case noun right after a name
/// (`panel`, `committee`), where the noun phrase ends; else `pos`.
fn noun_after(text: &str, pos: usize, end: usize) -> usize {
    match token::word_after(text, pos, end) {
        Some(n)
            if n.start == pos + 1
                && n.as_str(text).bytes().all(|b| b.is_ascii_lowercase())
                && !is_not_clause_start(n.as_str(text))
                && !is_clause_subject(n.as_str(text))
                && !is_finite_verb(n.as_str(text))
                && !is_day_word(n.as_str(text))
                && !is_phrase_word(n.as_str(text))
                && n.as_str(text).len() > 3 =>
        {
            n.end
        }
        _ => pos,
    }
}

/// Where a dash (`--`, an em dash, or an en dash between spaces) between
/// `pos` and `end` sets off an aside on the whole sentence: the last dash,
/// before a noun phrase or a new clause (`-- a development that ...`, `--
/// and then he left`); not the dashes that set off words inside the
/// clause (`announced -- at the Conference -- the program`) nor one that
/// opens the reported words (`he asked -- what aid group could ...`).
fn dash_after(text: &str, pos: usize, end: usize) -> Option<usize> {
    let rest = text.get(pos..end)?;
    let dash = first_dash;
    let at = dash(rest)?;
    let after = rest[at..].trim_start_matches(['-', '\u{2014}', '\u{2013}', ' ']);
    let aside = token::first_token(after).is_some_and(|w| {
        matches!(
            w,
            "a" | "an" | "the" | "and" | "but" | "which" | "while" | "as"
        )
    });
    (aside && dash(after).is_none()).then_some(pos + at)
}

/// Where the first dash of `s` starts: the least of `s.find("--")`,
/// `s.find('\u{2014}')` and `s.find(" \u{2013} ")`, found in one pass for
/// `-` and the lead byte of both dashes (the three searches, each set up
/// anew, cost about 2,000 instructions a cue). A hit's match starts at it
/// or, for the spaced en dash, one byte before, so the first hit that
/// matches is the first match.
fn first_dash(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memchr2_iter(b'-', 0xE2, b).find_map(|i| match b[i..] {
        [b'-', b'-', ..] | [0xE2, 0x80, 0x94, ..] => Some(i),
        [0xE2, 0x80, 0x93, b' ', ..] if i > 0 && b[i - 1] == b' ' => Some(i - 1),
        _ => None,
    })
}

/// Only punctuation (and closing marks) between `pos` and `end`.
fn trailing_only(text: &str, pos: usize, end: usize) -> bool {
    // Nothing between when `pos` is past the trimmed end (`end` drops the
    // sentence's final punctuation, which `pos` may already be beyond).
    pos >= end
        || text
            .get(pos..end)
            .is_some_and(|s| s.chars().all(|c| !c.is_alphanumeric()))
}

/// `The chancellor, speaking during a tour of Africa, said ...`: what
/// follows a participle set off after the subject is a phrase of place or
/// time, closed by a comma and the finite speech verb that reports the
/// words, not a reported clause.
fn aside_before_verb(text: &str, content: Span) -> bool {
    let Some(phrase) = text.get(content.start..content.end) else {
        return false;
    };
    let Some((aside, rest)) = phrase.split_once(", ") else {
        return false;
    };
    let opens_phrase = token::first_token(aside).is_some_and(|w| {
        matches!(
            w,
            "during" | "at" | "in" | "on" | "to" | "from" | "after" | "before" | "while" | "with"
        )
    });
    let finite_cue = token::first_token(rest).is_some_and(|w| {
        w.starts_with(char::is_lowercase)
            && !w.ends_with("ing")
            && lexicon::speech_verb_any_case(w).is_some()
    });
    opens_phrase && finite_cue && !aside.contains(['"', '\u{201C}', '\u{201D}'])
}

/// `..., said John Smith, a spokesman for the firm.`: only an apposition
/// after the speaker, which a relative clause may end (`..., said David
/// Autor, a professor at M.I.T., who is one of ...`).
fn trailing_apposition(text: &str, pos: usize, end: usize) -> bool {
    let rest = text
        .get(pos..end)
        .unwrap_or_default()
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?'));
    rest.strip_prefix(',').is_some_and(|a| {
        let (apposition, more) = a.split_once(',').unwrap_or((a, ""));
        let relative = || {
            let first = token::first_token(more).unwrap_or_default();
            matches!(first, "who" | "whose" | "which")
        };
        // `director of the project at the University of California, Davis,
        // Center for Regional Change`: parts of a name set off by commas.
        let name_parts = || {
            more.split(',').all(|part| {
                let mut words = part.split_whitespace().peekable();
                words.peek().is_some_and(|w| token::is_capitalised(w))
                    && words.all(|w| {
                        token::is_capitalised(w)
                            || matches!(w, "of" | "for" | "and" | "the" | "at" | "on" | "de")
                    })
            })
        };
        // `, a debt expert who has published books, papers and ...`: a
        // relative clause inside the apposition runs to the end, commas
        // and all.
        let inner_relative = || {
            [" who ", " whose ", " which "]
                .iter()
                .filter_map(|r| a.find(r))
                .min()
                .is_some_and(|r| !a[..r].contains(',') && party::is_apposition(&a[..r]))
        };
        party::is_apposition(apposition) && (more.is_empty() || relative() || name_parts())
            || inner_relative()
    })
}

/// `..., the New York Times said, quoting an unnamed official.`: a phrase
/// after the cue that names where the words came from ends the sentence.
fn trailing_source(text: &str, pos: usize, end: usize) -> bool {
    text.get(pos..end)
        .and_then(|rest| rest.trim_start().strip_prefix(','))
        .and_then(token::first_token)
        .is_some_and(|w| matches!(w, "quoting" | "citing"))
}

/// `..., said a handful of Democrats who point to his ties with labor.`:
/// a relative clause right after a group that speaks ends the sentence.
fn trailing_relative(text: &str, party: &Cand, pos: usize) -> bool {
    matches!(party, Cand::Class(_))
        && token::word_after(text, pos, text.len()).is_some_and(|w| {
            token::only_space_between(text, pos, w.start) && w.as_str(text) == "who"
        })
}

/// `..., he said on Monday.` / `..., he said in a statement.`: a short
/// tail after the cue that is not a clause.
fn ends_with_cue_tail(text: &str, pos: usize, end: usize) -> bool {
    // `said Wednesday.`: without the sentence's final stop.
    let tail = text
        .get(pos..end)
        .unwrap_or_default()
        .trim()
        .trim_end_matches(['.', '!', '?']);
    let Some(first) = token::first_token(tail) else {
        return false;
    };
    // `said here.`, `said here on Monday.`: where, then perhaps when.
    if first == "here" {
        let raw = text.get(pos..end).unwrap_or_default();
        let rest = pos + (raw.len() - raw.trim_start().len()) + "here".len();
        return text[rest..end]
            .trim()
            .trim_end_matches(['.', '!', '?'])
            .is_empty()
            || ends_with_cue_tail(text, rest, end);
    }
    let opens = matches!(
        first,
        "on" | "in"
            | "at"
            | "during"
            | "last"
            | "this"
            | "earlier"
            | "late"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "yesterday"
            | "today"
    );
    // At most six words in all: no seventh (counted only after an opener,
    // which most tails lack). `said at least 20 people were killed`: an
    // amount, no place.
    if !opens || tail.split_whitespace().nth(6).is_some() || opens_amount(tail) {
        return false;
    }
    this_opens_time(tail) && !tail.contains(',') && !occasion_then_clause(text, pos, end)
}

/// False when `phrase` opens with `this` or `last` as a subject's
/// determiner rather than a phrase of time: `said this week`, `said last
/// night in London`; not `says this is a rough patch`, `says this strong
/// result means ...`, `says last year was bad`.
fn this_opens_time(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    if !words.next().is_some_and(|w| matches!(w, "this" | "last")) {
        return true;
    }
    words.next().is_some_and(is_time_of_day_or_period) && !words.any(is_finite_verb)
}

/// A day, a month or a period of time (`Monday`, `May`, `week`, `night`,
/// `spring`).
fn is_time_of_day_or_period(w: &str) -> bool {
    is_day_word(w)
        || party::is_time_word(w)
        || matches!(
            w,
            "week"
                | "weekend"
                | "month"
                | "year"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "time"
        )
}

/// True when the words from `from` to `to` are only phrases of time, place
/// or occasion (`at a ceremony in London on Tuesday`): no comma, and no
/// word that opens a clause.
pub(super) fn only_occasion(text: &str, from: usize, to: usize) -> bool {
    let Some(tail) = text.get(from..to) else {
        return false;
    };
    let first = token::first_token(tail).unwrap_or_default();
    (is_phrase_word(first) || is_day_word(first))
        && !tail.contains([',', ';', '"', '\u{201C}'])
        && !tail.split_whitespace().any(|w| {
            is_clause_subject(w)
                || is_finite_verb(w)
                || matches!(w, "it" | "that" | "because" | "if" | "when" | "while")
        })
}

/// `said Friday he met ...`, `said at a news conference the talks had
/// failed`: a phrase of time or occasion after the cue, then a reported
/// clause.
fn occasion_then_clause(text: &str, pos: usize, end: usize) -> bool {
    let start = skip_space(text, pos, end);
    skip_occasion(text, start, end) != start
}

/// `..., Wilkin said during his speech to the delegates.`, `..., Ban said
/// on Monday, noting ...`: what follows a closing attribution from `pos` to `end` is a
/// phrase of time, place or manner (never with `that`), then an
/// apposition, a relative clause or a participle set off by a comma.
fn closes_attribution(text: &str, pos: usize, end: usize) -> bool {
    let Some(tail) = text.get(pos..end) else {
        return false;
    };
    let tail = tail.trim_start();
    if !may_open_phrase(tail) {
        return false;
    }
    // ASCII marks, found in the bytes: a search by chars decoded the
    // rest of the sentence.
    let stop = memchr::memchr3(b',', b';', b'(', tail.as_bytes()).unwrap_or(tail.len());
    let (head, rest) = tail.split_at(stop);
    let mut words = head.split_whitespace();
    let first = words.next().unwrap_or_default();
    // `said to reporters`, `told to the BBC`; not an infinitive (`the
    // administration hopes to sell ...`, `promised to “stay home”`).
    let infinitive = first == "to"
        && words.next().is_some_and(|n| {
            let n = n.trim_start_matches(['"', '\u{201C}']);
            n.starts_with(char::is_lowercase)
                && !n.ends_with('s')
                && !matches!(
                    n,
                    "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our"
                )
        });
    let time_after_this = this_opens_time(head);
    let phrase = is_day_word(first)
        || is_phrase_word(first)
            && !infinitive
            && time_after_this
            && !super::has_more_words_than(head, 12);
    // `said Thursday he would ...`, `said at the meeting the plan was
    // dead`: a clause, not a phrase; so is an amount (`said at least 20
    // people died`).
    let clause = head.split_whitespace().any(|w| {
        matches!(
            w,
            "that" | "he" | "she" | "they" | "it" | "we" | "I" | "there"
        ) || is_finite_verb(w)
    }) || opens_amount(head);
    if !phrase || clause || occasion_then_clause(text, pos, end) {
        return false;
    }
    let rest = rest.trim_start();
    if rest.is_empty() || rest.starts_with(';') {
        return true;
    }
    let Some(set_off) = rest.strip_prefix(',') else {
        return false;
    };
    let next = token::first_token(set_off).unwrap_or_default();
    // Not `said on CNN, where he is a contributor, that ...`: the clause
    // set off inside the phrase, then the reported one.
    let then_that = || {
        set_off
            .split_once(',')
            .is_some_and(|(_, after)| token::first_token(after) == Some("that"))
    };
    matches!(next, "who" | "which" | "where" | "when") && !then_that()
        || next.len() > 4 && next.ends_with("ing")
        || matches!(next, "a" | "an")
            && party::is_apposition(set_off.split(',').next().unwrap_or_default())
}

/// False when the first word of `tail` (trimmed at the start), up to a
/// comma, semicolon or parenthesis, can open no phrase of time, place or
/// manner, and so [`closes_attribution`] is false. Most calls end here,
/// before the search of the whole tail for its first comma.
fn may_open_phrase(tail: &str) -> bool {
    // The first bytes of the day words and phrase words: a tail that
    // opens with another (`he`, `reporters`, a quote mark) is ruled out
    // before its first word is found.
    if !matches!(
        tail.as_bytes().first(),
        Some(b'o' | b'i' | b'a' | b'd' | b'b' | b'l' | b't' | b'e' | b'w' | b'f' | b'y')
            | Some(b'M' | b'T' | b'W' | b'F' | b'S')
    ) {
        return false;
    }
    let word = token::first_token(tail).unwrap_or_default();
    let first = &word[..word.find([',', ';', '(']).unwrap_or(word.len())];
    is_day_word(first) || is_phrase_word(first)
}

/// Words that open a phrase of time, place or manner after a closing
/// attribution (`said on Monday`, `said during his speech`).
fn is_phrase_word(word: &str) -> bool {
    matches!(
        word,
        "on" | "in"
            | "at"
            | "during"
            | "after"
            | "before"
            | "last"
            | "this"
            | "earlier"
            | "late"
            | "while"
            | "from"
            | "with"
            | "to"
    )
}

/// Mixed when the content holds a quoted part.
pub fn kind_of(text: &str, content: Span) -> QuoteKind {
    if has_quote_mark(content.as_str(text)) {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    }
}

/// True when `s` holds a quote mark (`“ ” " « »` or `''`). Searches the
/// bytes that start one with memchr, instead of decoding every char.
fn has_quote_mark(s: &str) -> bool {
    let b = s.as_bytes();
    let marks = memchr::memchr3_iter(b'"', b'\'', 0xE2, b).any(|i| match b[i] {
        b'"' => true,
        b'\'' => b.get(i + 1) == Some(&b'\''),
        // The UTF-8 of `\u{201C}` and `\u{201D}`.
        _ => matches!(b.get(i + 1..i + 3), Some([0x80, 0x9C | 0x9D])),
    });
    // The UTF-8 of `\u{AB}` and `\u{BB}`.
    marks || memchr::memchr_iter(0xC2, b).any(|i| matches!(b.get(i + 1), Some(0xAB | 0xBB)))
}

/// True when a word is a speech verb used as a cue.
pub fn cue_lemma(word: &str) -> Option<&'static str> {
    token::with_lower(word, lexicon::speech_verb).map(|v| v.lemma)
}

/// Past-tense verbs that, after `, and`, are the speaker's next act rather
/// than more reported words (`said X, and called him ...`), besides the
/// speech verbs.
const NEXT_ACTS: &[&str] = &[
    "called",
    "praised",
    "criticized",
    "criticised",
    "attacked",
    "vowed",
    "pledged",
    "declined",
    "refused",
    "highlighted",
    "dismissed",
    "defended",
];

/// Words that open a subordinate clause (`While X said Y, Z`).
const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "after", "as", "if", "because", "when", "since", "whereas",
    "once", "until", "unless", "before",
];

fn is_subordinator(word: &str) -> bool {
    SUBORDINATORS.iter().any(|o| o.eq_ignore_ascii_case(word))
}

/// True when the clause of a speaker at `speaker` is a subordinate one that
/// opens the sentence (`While Ramos said that ..., he appears ...`).
fn opens_subordinate(text: &str, sent_start: usize, speaker: usize) -> bool {
    let mut pos = sent_start;
    for _ in 0..5 {
        let Some(w) = token::word_after(text, pos, speaker) else {
            return false;
        };
        let word = w.as_str(text);
        // `But when`, and a span of time before the subordinator: `A few
        // weeks after`, `Two days before`, `Shortly after`.
        let lead = ["but", "and", "yet", "so"]
            .iter()
            .any(|o| o.eq_ignore_ascii_case(word))
            || token::with_lower(word, |w| {
                matches!(
                    w,
                    "a" | "few"
                        | "just"
                        | "shortly"
                        | "moments"
                        | "minutes"
                        | "hours"
                        | "days"
                        | "weeks"
                        | "months"
                        | "years"
                        | "two"
                        | "three"
                        | "several"
                )
            })
            || word.bytes().all(|b| b.is_ascii_digit());
        // Not `As such,`, `As a result,`, `As expected,`: phrases that
        // open the main clause, with no clause of their own.
        let as_phrase = || {
            word.eq_ignore_ascii_case("as")
                && token::word_after(text, w.end, speaker).is_some_and(|n| {
                    matches!(
                        n.as_str(text),
                        "such" | "a" | "usual" | "expected" | "always" | "ever" | "well" | "of"
                    )
                })
        };
        if is_subordinator(word) && !as_phrase() {
            return true;
        }
        if !lead {
            return false;
        }
        pos = w.end;
    }
    false
}

/// The bytes [`reported_end`] acts on: its ASCII marks, and the lead
/// bytes of other chars (curly quotes, dashes). A table, so the letters
/// and spaces of a clause cost one load each.
static CLAUSE_MARK_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(
            b as u8,
            b'"' | b'\'' | b'(' | b'[' | b')' | b']' | b':' | b'-' | b',' | b';' | 0xC0..=0xFF
        );
        b += 1;
    }
    table
};

/// Where a reported clause from `start` ends, before `end`: outside quote
/// marks and brackets, at a semicolon, at the comma that closes the
/// subordinate clause it stands in (`subordinate`), or at a comma that
/// opens another clause (`, and when asked ...`, `, but he ...`, `, while
/// others ...`, `, compared with ...`). One pass over the clause.
pub(super) fn reported_end(text: &str, start: usize, end: usize, subordinate: bool) -> usize {
    let Some(s) = text.get(start..end) else {
        return end;
    };
    let bytes = s.as_bytes();
    let mut clause = ClauseMarks::default();
    let mut i = 0;
    loop {
        // Every other char changes nothing: skip it without decoding, in a
        // loop that only tests the bytes. Eight at a time while eight are
        // left, with no branch per byte (most of a clause is letters and
        // spaces); the byte loop then finds the mark in the chunk.
        while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
            let marked = chunk
                .iter()
                .fold(false, |any, &b| any | CLAUSE_MARK_BYTES[usize::from(b)]);
            if marked {
                break;
            }
            i += 8;
        }
        while i < bytes.len() && !CLAUSE_MARK_BYTES[usize::from(bytes[i])] {
            i += 1;
        }
        let Some(&byte) = bytes.get(i) else {
            break;
        };
        // The byte before: the last of the char before, only ever compared
        // with ASCII chars (which no byte of another char equals).
        let was = if i == 0 { b' ' } else { bytes[i - 1] };
        let c = if byte < 0x80 {
            char::from(byte)
        } else {
            // A lead byte starts a char.
            s[i..].chars().next().unwrap_or(' ')
        };
        let was = if was < 0x80 {
            char::from(was)
        } else {
            char::REPLACEMENT_CHARACTER
        };
        if clause.ends_at(s, i, c, was, subordinate) {
            return start + ClauseMarks::end_before(s, i, c, was);
        }
        i += 1;
    }
    end
}

/// Quote marks and brackets open so far in a reported clause.
#[derive(Default)]
struct ClauseMarks {
    quoted: bool,
    depth: u32,
}

impl ClauseMarks {
    /// Where a clause that ends at the char `c` (at byte `i` of `s`, after
    /// `was`) ends: before it, or after it when it is a closing quote mark
    /// with the clause's comma inside (`“non-entities,” but ...`).
    fn end_before(s: &str, i: usize, c: char, was: char) -> usize {
        if was == ',' && matches!(c, '"' | '\u{201D}') {
            i + c.len_utf8()
        } else {
            s[..i].trim_end().len()
        }
    }

    /// Takes the char `c` at byte `i` of the clause `s` (`was` is the char
    /// before it, as far as ASCII goes) and says whether the clause ends
    /// before it.
    fn ends_at(&mut self, s: &str, i: usize, c: char, was: char, subordinate: bool) -> bool {
        match c {
            '"' => self.quoted = !self.quoted,
            // `''` marks quotes in some newspapers' text.
            '\'' if was == '\'' => self.quoted = !self.quoted,
            '\u{201C}' | '(' | '[' => self.depth += 1,
            '\u{201D}' | ')' | ']' => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        // `said X: "..."`: a colon before a quote ends the clause.
        if c == ':' && !self.quoted && self.depth == 0 && i > 0 {
            let after = s[i + 1..].trim_start();
            if after.starts_with(['"', '\u{201C}', '\u{AB}']) {
                return true;
            }
        }
        if self.quoted || self.depth > 0 || i == 0 {
            return false;
        }
        // `are “non-entities in the Senate,” but he gave ...`: the comma
        // inside the closing mark of a quote.
        if was == ',' && matches!(c, '"' | '\u{201D}') {
            return subordinate || opens_new_clause(&s[i + c.len_utf8()..]);
        }
        // `said the offer was fair - but Brady has called it ...`: a dash
        // before `but` starts another clause.
        let dash = match c {
            '-' => was == ' ' && s[i + 1..].starts_with(' '),
            '\u{2014}' | '\u{2013}' => true,
            _ => false,
        };
        if dash && s[i + c.len_utf8()..].trim_start().starts_with("but ") {
            return true;
        }
        // `2,700 shootings`: the comma of a number.
        if !matches!(c, ',' | ';')
            || was.is_ascii_digit() && s[i + 1..].starts_with(|d: char| d.is_ascii_digit())
        {
            return false;
        }
        c == ';' || subordinate && !continues_list(&s[i + 1..]) || opens_new_clause(&s[i + 1..])
    }
}

/// True when the words `after` a comma go on with a list of a few words
/// (`crime, terrorism and illegal immigration, is ...`, `crime, drugs,
/// and fraud`), not with another clause: the subordinate clause has not
/// ended there.
fn continues_list(after: &str) -> bool {
    let segment_end = memchr::memchr(b',', after.as_bytes()).unwrap_or(after.len());
    let mut words = after[..segment_end].split_whitespace();
    let mut n = 0;
    let mut joined = false;
    let mut after_conjunction = false;
    for w in words.by_ref() {
        // `, and he said ...`: a pronoun after the conjunction opens a
        // clause.
        if n == 5
            || is_finite_verb(w)
            || is_past_in_ed(w)
            || is_common_past(w)
            || after_conjunction && is_clause_subject(w)
        {
            return false;
        }
        after_conjunction = matches!(w, "and" | "or");
        joined |= after_conjunction;
        n += 1;
    }
    // `crime, drugs, and fraud`: a word or two, then the list's end.
    joined
        || n < 3
            && segment_end < after.len()
            && token::first_token(&after[segment_end + 1..])
                .is_some_and(|f| f == "and" || f == "or")
            && continues_list(&after[segment_end + 1..])
}

/// True when the words `after` the comma that follows an attribution add
/// to it rather than go on with the sentence it is set off in: a clause of
/// time whose subject is a person (`..., lawmakers said, as they bristled
/// at ...`; not `..., Mr. Clarke said, until it went bankrupt`, `...,
/// Graham said, since the vast majority of them ...`) or the participle of
/// a speech verb (`..., he said, adding ...`; not `..., Twitter announced,
/// gaining 22,000 followers`, where the participle goes on with what was
/// said, as it mostly does) or the terms it was given on.
/// The two parts of a reported sentence around an attribution set off
/// inside it (`Many of the closures, he said, have involved ...`): from
/// the start to `head_end`, and from `rest_start` to the end; none when a
/// part would be empty.
fn around_attribution(content: Span, head_end: usize, rest_start: usize) -> Vec<Span> {
    if content.start < head_end && head_end <= rest_start && rest_start < content.end {
        vec![
            Span::new(content.start, head_end),
            Span::new(rest_start, content.end),
        ]
    } else {
        Vec::new()
    }
}

fn adds_to_attribution(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let first = words.next().unwrap_or_default();
    let then = words.next().unwrap_or_default();
    matches!(first, "as" | "while" | "when" | "after" | "before")
        && matches!(then, "he" | "she" | "they" | "we")
        || first.ends_with("ing") && lexicon::speech_verb(first).is_some()
        // `Sales were great, he said, wiping sweat off his face.`: a
        // participle tells what the speaker did as they spoke.
        // Not a gerund that is the subject of the reported clause
        // (`..., he said, replacing Clinton would be ...`), nor a phrase
        // set off before the rest of it (`The plan, the paper said,
        // quoting sources, aims to ...`).
        || is_participle(first)
            && !matches!(then, "to" | "that")
            && !after.contains(',')
            && !after
                .split_whitespace()
                .skip(1)
                .take(8)
                .any(|w| is_finite_verb(w) || is_modal(w))
        // `..., he said, on condition of anonymity to ...`.
        || first == "on" && then == "condition"
}

/// A present participle (`wiping`, `pointing`), not a noun or a
/// preposition that ends like one (`nothing`, `morning`, `during`,
/// `including`).
fn is_participle(word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ing")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            word,
            "nothing"
                | "something"
                | "anything"
                | "everything"
                | "morning"
                | "evening"
                | "during"
                | "including"
                | "according"
                | "regarding"
                | "concerning"
                | "following"
                | "pending"
                | "notwithstanding"
                | "excluding"
                | "building"
                | "funding"
                | "spending"
                | "housing"
                | "training"
                | "meeting"
                | "hearing"
                | "ruling"
                | "setting"
                | "spring"
        )
}

/// `while troublesome, was`: two or three words then a comma, none of
/// them a finite verb or a subject pronoun, set off inside a clause whose
/// verb comes right after (not `while liberal groups, including ...`).
fn is_parenthetical(after: &str) -> bool {
    let Some((phrase, rest)) = after.split_once(',') else {
        return false;
    };
    let next = token::first_token(rest).unwrap_or_default();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    (is_finite_verb(next) || is_modal(next))
        && (2..=3).contains(&words.len())
        && words.iter().skip(1).all(|w| {
            !is_finite_verb(w) && !matches!(*w, "he" | "she" | "they" | "it" | "we" | "I" | "you")
        })
}

/// True when the words `after` a comma open another clause than the
/// reported one (`, and when asked ...`, `, but he ...`, `, while others
/// ...`, `, compared with ...`).
fn opens_new_clause(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let next = words.next().unwrap_or_default();
    let then = words.next().unwrap_or_default();
    match next {
        // `said X, but that he would ...`: a second reported clause.
        "and" | "but" if then == "that" => false,
        "and" | "but" | "And" | "But" => {
            is_subordinator(then)
                || matches!(then, "he" | "she" | "they" | "it" | "we" | "I")
                // `said X, and called him ...`: the speaker's next act.
                || lexicon::speech_verb_any_case(then).is_some_and(|_| then.ends_with("ed"))
                || NEXT_ACTS.contains(&then)
                // `said X, but officials said ...`: another attribution.
                || words
                    .clone()
                    .take(4)
                    .any(|w| matches!(w, "said" | "say" | "says" | "told"))
                // `showed X was the winner, but instant polls are not ...`:
                // a subject and its own verb.
                || matches!(next, "but" | "But")
                    && !is_finite_verb(then)
                    && std::iter::once(then)
                        .chain(words.take(3))
                        .take_while(|w| !w.ends_with(','))
                        .skip(1)
                        .any(is_finite_verb)
        }
        // `said the scandal, while troublesome, was dealt with`: a short
        // phrase set off by commas, with no verb, inside the clause.
        "while" | "though" | "although" => !is_parenthetical(after),
        "whereas" | "compared" => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Text with every quote mark, apostrophes, and the bytes that share
    /// their UTF-8 lead bytes (`—`, `’`, `é`).
    const MARKED: &str = "[a '\"\u{201C}\u{201D}\u{AB}\u{BB}\u{2014}\u{2019}\u{e9}\u{c0}]{0,30}";

    #[test]
    fn ends_set_off_as_by_chars() {
        for s in [
            "",
            ",",
            "a,",
            "a, \"",
            "x\u{201D}\u{2019}\"",
            "a -",
            "a\u{2014}",
            "a\u{2013}\"",
            "a\u{201C}",
            "\u{201D}",
            "a.",
            ",\u{2019}x",
        ] {
            let want = s
                .trim_end_matches(['"', '\u{201D}', '\u{2019}'])
                .ends_with([',', '-', '\u{2014}', '\u{2013}']);
            assert_eq!(ends_set_off(s), want, "{s:?}");
        }
    }

    #[test]
    fn last_colon_space_is_rfind() {
        for s in ["", ":", ": ", "a: b: c", "a:b", "a:  b:", "x: y:z", ":: :"] {
            assert_eq!(last_colon_space(s), s.rfind(": "), "{s:?}");
        }
    }

    #[test]
    fn not_clause_starts_in_any_case() {
        for &w in NOT_CLAUSE_START {
            let mut capitalised = w.to_string();
            capitalised[..1].make_ascii_uppercase();
            for word in [w.to_string(), capitalised, w.to_ascii_uppercase()] {
                assert!(is_not_clause_start(&word), "{word}");
            }
        }
        for word in ["officials", "He", "the", "Tuesday", "noting", "ups", "beé"] {
            assert!(!is_not_clause_start(word), "{word}");
        }
    }

    /// [`QuoteMarks::count`] as first written: one `str::matches` per mark.
    fn count_by_matches(s: &str) -> (usize, usize, usize) {
        (
            s.matches('"').count() + s.matches("''").count(),
            s.matches('\u{201C}').count(),
            s.matches('\u{201D}').count(),
        )
    }

    /// [`reported_end`] as first written, every char decoded and given to
    /// [`ClauseMarks::ends_at`]: the reference for its byte-skipping scan.
    fn reported_end_by_chars(text: &str, start: usize, end: usize, subordinate: bool) -> usize {
        let Some(s) = text.get(start..end) else {
            return end;
        };
        let mut clause = ClauseMarks::default();
        let mut prev = ' ';
        for (i, c) in s.char_indices() {
            let was = prev;
            prev = c;
            if clause.ends_at(s, i, c, was, subordinate) {
                return start + ClauseMarks::end_before(s, i, c, was);
            }
        }
        end
    }

    /// Clauses built of the words and marks [`reported_end`] tests.
    fn clause() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            proptest::sample::select(
                &[
                    "a",
                    " ",
                    ", ",
                    "; ",
                    ": ",
                    "\"",
                    "'",
                    "''",
                    "(",
                    ")",
                    "[",
                    "]",
                    "\u{201C}",
                    "\u{201D}",
                    "\u{AB}",
                    " - ",
                    "-",
                    "\u{2014}",
                    "\u{2013}",
                    "\u{e9}",
                    "2,700",
                    "and",
                    "but",
                    "But",
                    "that",
                    "he",
                    "when",
                    "while",
                    "said",
                    "called",
                    "is",
                    "officials",
                    "\u{2019}",
                ][..],
            ),
            0..30,
        )
        .prop_map(|parts| parts.join(" "))
    }

    proptest! {
        #[test]
        fn reported_end_as_by_chars(s in clause(), from in 0usize..8, subordinate: bool) {
            let mut start = from.min(s.len());
            while !s.is_char_boundary(start) {
                start -= 1;
            }
            prop_assert_eq!(
                reported_end(&s, start, s.len(), subordinate),
                reported_end_by_chars(&s, start, s.len(), subordinate)
            );
        }

        #[test]
        fn may_open_phrase_as_the_first_word_of_the_head(
            parts in proptest::collection::vec(
                proptest::sample::select(&[
                    "on", "Monday", "to", "a", " ", "\u{a0}", ",", ";", "(", "x", "\u{e9}",
                ][..]),
                0..8,
            ),
        ) {
            let tail = parts.concat();
            let tail = tail.trim_start();
            // As `closes_attribution` finds the first word.
            let stop = tail.find([',', ';', '(']).unwrap_or(tail.len());
            let first = tail[..stop].split_whitespace().next().unwrap_or_default();
            prop_assert_eq!(
                may_open_phrase(tail),
                is_day_word(first) || is_phrase_word(first)
            );
        }

        #[test]
        fn first_dash_as_three_finds(
            parts in proptest::collection::vec(
                proptest::sample::select(&[
                    "-", " ", "a", "\u{2014}", "\u{2013}", "\u{2019}", "\u{e9}",
                ][..]),
                0..12,
            ),
        ) {
            let s = parts.concat();
            let want = [s.find("--"), s.find('\u{2014}'), s.find(" \u{2013} ")]
                .into_iter()
                .flatten()
                .min();
            prop_assert_eq!(first_dash(&s), want);
        }

        #[test]
        fn quote_marks_count_as_by_matches(s in MARKED, t in MARKED) {
            let mut marks = QuoteMarks::default();
            marks.count(&s);
            marks.count(&t);
            let (a, b) = (count_by_matches(&s), count_by_matches(&t));
            prop_assert_eq!(
                (marks.straight, marks.opening, marks.closing),
                (a.0 + b.0, a.1 + b.1, a.2 + b.2)
            );
        }

        #[test]
        fn has_quote_mark_as_by_chars(s in MARKED) {
            let want = s.contains(['\u{201C}', '\u{201D}', '"', '\u{AB}', '\u{BB}'])
                || s.contains("''");
            prop_assert_eq!(has_quote_mark(&s), want);
        }
    }
}
