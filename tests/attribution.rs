//! Quote attribution through the CLI, as a table of one-article cases: who
//! is the speaker (and addressee) of the quote whose content starts with a
//! given text. All cases of a table run in one `extract` call.

mod common;

use common::{read_jsonl, run_ok};
use serde_json::{json, Value};

const GAZETTEER: &str = "id\tname\ttype\taliases\tpart_of\trole
P1\tNorland\tGPE\tN.L.\t
P4\tLena Varga\tPERSON\tVarga\t
P5\tTomas Reich\tPERSON\tReich\t
P8\tMerovia Herald\tWORK\t\t
P9\tCNBC\tORG\t\t
T1\tZentrix Holdings\tORG\tZentrix\t
T2\tAnna Keller\tPERSON\tKeller\t
T3\tMarkus Brandt\tPERSON\tBrandt\t
T4\tKarl Brandes\tPERSON\tBrandes\t
T5\tNorland State University\tORG\t\t
T6\tNorlandish\tNORP\tNorlander\tP1
T7\tOstravia\tGPE\t\t
T8\tNorland City\tGPE\t\tP1
T9\tOstravian\tNORP\t\t
T10\tMerovian\tNORP\t\t
T11\tGeneral Kestrel\tORG\t\t
T12\tBrandt Kessler\tORG\t\t
T13\tHanna Lind\tPERSON\tLind\t\tChancellor of the Exchequer (Norland) 2001-2007; Minister for Women (Norland) 1999-2001
T14\tPiet Moor\tPERSON\tMoor\t\tPrime Minister of Norland 1997-2007
T15\tOskar Dahl\tPERSON\tDahl\t\tHome Secretary (Norland) 2003-2006; Prime Minister of Norland 2007-2010
T16\tErik Vale\tPERSON\tVale\t\tLeader of the Norland Labour Party 1994-2007
T17\tIsle of Skarn\tGPE\t\t
T18\tDouglas\tGPE\t\tT17
T19\tOffice of Fair Trading\tORG\t\t
";

struct Case {
    name: &'static str,
    text: &'static str,
    /// The start of the quote's content.
    content: &'static str,
    speaker: Option<&'static str>,
    addressee: Option<&'static str>,
}

const fn case(
    name: &'static str,
    text: &'static str,
    content: &'static str,
    speaker: Option<&'static str>,
    addressee: Option<&'static str>,
) -> Case {
    Case {
        name,
        text,
        content,
        speaker,
        addressee,
    }
}

const CASES: &[Case] = &[
    // A company's first word that is also a given name links to it too,
    // but not where it opens a name joined by `and`.
    case(
        "company-first-word-a-given-name",
        "Harper and Row Publishers Inc said it had no offer. Harper had no response to the bid. Later, Harper said no decision had been made.",
        "no decision had been made",
        Some("Harper and Row Publishers Inc"),
        None,
    ),
    case(
        "company-name-joined-by-and",
        "Thomas and Betts Corp said sales rose. Thomas and Betts said profits would rise next year.",
        "profits would rise",
        // The whole name, not `Betts`; the short form of the firm named
        // in full before, with its legal form.
        Some("Thomas and Betts Corp"),
        None,
    ),
    // A short quote that opens its sentence, the comma outside its mark,
    // then a cue: direct speech, not a reported clause with quote marks.
    case(
        "short-quote-comma-outside-the-mark",
        "Markets were calm. \"This picture was the story\", said Tomas Reich.",
        "This picture was the story",
        Some("Tomas Reich"),
        None,
    ),
    // Words a colon introduces are a quote however few (the full stop
    // outside the closing mark).
    case(
        "short-quote-after-a-colon",
        "Markets were calm. Asked about the claims, Tomas Reich told the Merovia Herald: \"I reject that entirely\". He left soon after.",
        "I reject that entirely",
        Some("Tomas Reich"),
        Some("Merovia Herald"),
    ),
    // A broadcaster's programme named before its noun: the addressee runs
    // to the noun, and the reported clause starts after it.
    case(
        "programme-noun-ends-the-addressee",
        "Markets were calm. Tomas Reich told CNBC's Morning Market show the rally would go on.",
        "the rally would go on",
        Some("Tomas Reich"),
        Some("CNBC"),
    ),
    // What a group believes gives no later quote paragraph its speaker.
    case(
        "no-continuation-after-a-group-belief",
        "Markets were calm.\n\nThis is the man who, some pundits believe, was responsible for the comeback.\n\n\"I was on a cruise in the Mediterranean when it started.\"",
        "I was on a cruise",
        None,
        None,
    ),
    // `it` after a body that no gazetteer knows, when nothing else fits.
    case(
        "it-after-an-unnamed-body",
        "Markets were calm. Sales fell in the quarter, the planning committee said. Profits are expected to rise next year, it said.",
        "Profits are expected",
        Some("planning committee"),
        None,
    ),
    // A broadcaster or paper named after a place is an organisation of
    // its own; officials named after a place speak for it, however the
    // phrase goes on.
    case(
        "broadcaster-named-after-a-place",
        "Markets were calm. Norland had more missiles at its disposal (about 40), Norland City Radio reported.",
        "Norland had more missiles",
        Some("Norland City Radio"),
        None,
    ),
    case(
        "officials-of-a-place-with-a-participle",
        "Markets were calm. The minister is in Ostravia (for talks) to discuss prices, Norlandish officials accompanying him said.",
        "The minister is in Ostravia",
        Some("Norland"),
        None,
    ),
    // A pronoun after `a spokesman for X said` is the spokesman, for X.
    case(
        "pronoun-after-a-spokesman-for",
        "Norland asked for an extension of credit lines, a spokesman for Zentrix said. He said that the talks would go on.",
        "the talks would go on",
        Some("Zentrix Holdings"),
        None,
    ),
    // A company's first word, alone, stands for it, even when it is a
    // known person's surname the article never names in full.
    case(
        "company-first-word-over-a-surname",
        "Reich and Vogel Publishers Inc said it had no offer. Later, Reich said no decision had been made.",
        "no decision had been made",
        Some("Reich and Vogel Publishers Inc"),
        None,
    ),
    // A title after a word that says of what opens a person's name, far
    // from the cue; not in a company's name (`Data General Corp`).
    case(
        "title-after-its-field-before-a-name",
        "Finance Minister Dilson Funaro, currently on an international tour to seek governmental support for his efforts to solve Norland's 108-billion-dlr foreign debt crisis, said creditors have expressed willingness to help.",
        "creditors have expressed",
        Some("Dilson Funaro"),
        None,
    ),
    // A participle after a second clause reports that clause's subject.
    case(
        "participle-after-second-clause",
        "Zentrix made an offer in 2003, but Tomas Reich rejected it, saying that the price was too low.",
        "the price was too low",
        Some("Tomas Reich"),
        None,
    ),
    // Partners' names joined by a comma before `and Co` are one company's
    // name: the known one when the gazetteer has them without the comma.
    case(
        "partners-joined-by-a-comma",
        "Zentrix is raising 75 mln dlrs through an offering of notes, said lead manager Brandt, Kessler and Co.",
        "Zentrix is raising",
        Some("Brandt Kessler"),
        None,
    ),
    // An addressee that is part of a body named after `of`: the words
    // after it are what was said.
    case(
        "addressee-part-of-named-body",
        "Anna Keller told the Norland chapter of Zentrix that an import fee would be difficult to operate.",
        "an import fee",
        Some("Anna Keller"),
        Some("Zentrix Holdings"),
    ),
    // People who are in a place speak as themselves; its officials and
    // authorities speak for it.
    case(
        "analysts-in-place-are-no-place",
        "Analysts in Norland City said the pound would fall.",
        "the pound would fall",
        Some("analysts in Norland City"),
        None,
    ),
    case(
        "officials-in-place-speak-for-it",
        "Officials in Norland City said the pound would fall.",
        "the pound would fall",
        Some("Norland City"),
        None,
    ),
    case(
        "they-after-people-in-place",
        "Traders in Norland City said the pound would fall.\n\nZentrix is discussing a link with Merovia Herald, they said.",
        "Zentrix is discussing",
        Some("traders in Norland City"),
        None,
    ),
    // `they` goes on for the group that spoke last: a subject inside the
    // words it attributes is no one new in between.
    case(
        "they-class-over-subject-in-own-content",
        "Dealers said there were rumours that the Norland central bank had sold dollars.\n\nZentrix also apparently sold sterling in London on Wednesday, they said.",
        "Zentrix also apparently",
        Some("dealers"),
        None,
    ),
    // A cue after a form of `be` is a passive: no one before it speaks
    // (`a plan that was proposed`), and the parenthetical attribution
    // before it stands.
    case(
        "passive-after-be-is-no-cue",
        "Zentrix said it had arranged a new agreement. The pact, the company said, replaces a plan that was proposed last December.",
        "The pact, the company said, replaces",
        Some("Zentrix Holdings"),
        None,
    ),
    // Where a company is based, after the comma of its place, is no part
    // of the subject; `U.S.-based` is no verb in it.
    case(
        "based-in-place-before-subject",
        "Zentrix made an offer. But the Stamford, Conn.-based company added that entry by the regional companies would set back progress.",
        "entry by the regional",
        Some("company"),
        None,
    ),
    case(
        "hyphenated-based-in-subject",
        "One dealer for a N.L.-based bank noted the dollar was weaker after the remarks.",
        "the dollar was weaker",
        Some("dealer for a N.L.-based bank"),
        None,
    ),
    // `he` goes on for an unnamed person whose description ends in a
    // prepositional phrase, over a person named before.
    case(
        "he-after-person-at-organisation",
        "Tomas Reich spoke on Monday. One dealer at a Norland bank noted the dollar was weaker after the remarks.\n\n\"They were obviously negative,\" he said.",
        "They were obviously",
        Some("dealer at a Norland bank"),
        None,
    ),
    // A role after a name and its comma, the closing comma left out.
    case(
        "role-after-name-without-closing-comma",
        "The bank plans to raise 200 mln dlrs this year, Markus Brandt, vice president of finance said at a presentation.",
        "The bank plans",
        Some("Markus Brandt"),
        None,
    ),
    // An apposition between dashes after the speaker's name.
    case(
        "dashed-apposition-after-quote",
        "Markets were calm. \"We used to see hustlers do this,\" Markus Brandt - then adviser to the president - told a press conference.",
        "We used to see",
        Some("Markus Brandt"),
        Some("press conference"),
    ),
    // Post-nominal letters after a determiner are the role (`The MP`), a
    // description of the person named before.
    case(
        "the-mp-is-a-description",
        "Tomas Reich says he will not stand down. The MP, who is consulting his lawyers, told Merovia Herald: \"They selected me.\"",
        "They selected me.",
        Some("Tomas Reich"),
        Some("Merovia Herald"),
    ),
    // A place that describes an unnamed organisation (`a Norland bank`)
    // is not whom the person speaks for.
    case(
        "place-of-unnamed-organisation",
        "One dealer for a Norland bank noted the dollar was weaker after the remarks.",
        "the dollar was weaker",
        Some("dealer for a Norland bank"),
        None,
    ),
    // A plural noun after `told` before `that` is whom the words were for.
    case(
        "told-plural-noun-that",
        "Zentrix told customers that prices would rise.",
        "prices would rise",
        Some("Zentrix Holdings"),
        Some("customers"),
    ),
    // A name after `familiar with` or `close to` is what the person
    // knows, not whom they speak for.
    case(
        "familiar-with-is-no-spokesperson",
        "An underwriter familiar with the Zentrix deal pointed out that the issuer felt comfortable.",
        "the issuer felt comfortable",
        Some("underwriter familiar with the Zentrix deal"),
        None,
    ),
    case(
        "close-to-is-no-spokesperson",
        "A banker close to Zentrix said the issuer felt comfortable.",
        "the issuer felt comfortable",
        Some("banker close to Zentrix"),
        None,
    ),
    // A participle after a document the subject put out reports the
    // subject's words, not the document's.
    case(
        "participle-after-issued-document",
        "Anna Keller issued a statement denying she had broken the law.",
        "she had broken the law",
        Some("Anna Keller"),
        None,
    ),
    case(
        "participle-after-document-sent-out",
        "Zentrix sent out a letter telling customers that prices would rise.",
        "prices would rise",
        Some("Zentrix Holdings"),
        None,
    ),
    // A spokesperson for an organisation described in lower case before
    // its name speaks for it, known or not.
    case(
        "spokesperson-for-described-organisation",
        "Sales will rise this year, according to a spokesman for carmaker Zentrix.",
        "Sales will rise",
        Some("Zentrix Holdings"),
        None,
    ),
    case(
        "spokesperson-for-described-new-organisation",
        "Sales will rise this year, according to a spokesman for sugar company Svenska Sockerfabriks.",
        "Sales will rise",
        Some("Svenska Sockerfabriks"),
        None,
    ),
    case(
        "spokesperson-for-new-organisation",
        "Sales will rise this year, said a spokesman for Svenska Sockerfabriks.",
        "Sales will rise",
        Some("Svenska Sockerfabriks"),
        None,
    ),
    // A known company's name and its legal form are one name, even when
    // a title opens it (`General`): not a speaker `Co`.
    case(
        "company-and-legal-form",
        "General Kestrel Co said Zentrix had obtained the rights.",
        "Zentrix had obtained",
        Some("General Kestrel"),
        None,
    ),
    // `The Norland spokesman` is the spokesman of the organisation
    // spoken for before, not the country.
    case(
        "definite-spokesman-goes-back",
        "Norland radio quoted a Foreign Ministry spokesman as saying any attack would be met by force.\n\nThe Norland spokesman said the reports were false.",
        "the reports were",
        Some("Foreign Ministry"),
        None,
    ),
    // A name after a preposition of place or time is not the subject:
    // the subject comes before the phrase.
    case(
        "subject-before-place-phrase",
        "Diplomatic sources in Vorn said Pell would leave early.",
        "Pell would leave early",
        // A class opening the sentence is named as anywhere else.
        Some("diplomatic sources"),
        None,
    ),
    case(
        "subject-before-time-phrase",
        "Chief Executive Jonas Pell on Friday told Reuters that sales had grown.",
        "sales had grown",
        Some("Jonas Pell"),
        Some("Reuters"),
    ),
    // `the officials` are the officials who spoke before.
    case(
        "definite-group-goes-back",
        "Norland officials said the policy had not changed.\n\nThe officials also said a change was not in the works.",
        "a change was not",
        Some("Norland"),
        None,
    ),
    // Phrases that report speech like a verb.
    case(
        "phrase-cue-expressed-doubt",
        "Jonas Pell expressed doubt that the talks would resume.",
        "the talks would resume",
        Some("Jonas Pell"),
        None,
    ),
    case(
        "phrase-cue-made-it-clear",
        "Jonas Pell made it clear that he would not resign.",
        "he would not resign",
        Some("Jonas Pell"),
        None,
    ),
    // Descriptions and roles after the cue.
    case(
        "cue-role-words-then-name",
        "“We are fine,” said conservative activist Jonas Pell.",
        "We are fine",
        Some("Jonas Pell"),
        None,
    ),
    case(
        "cue-description-with-modifiers",
        "“We are fine,” said a 2008 Varga campaign veteran.",
        "We are fine",
        Some("2008 Varga campaign veteran"),
        None,
    ),
    case(
        "cue-local-title",
        "“We are fine,” said Alderman Jonas D. Pell.",
        "We are fine",
        Some("Jonas D. Pell"),
        None,
    ),
    case(
        "cue-one-description",
        "“We are fine,” said one well-connected Democrat familiar with the campaign.",
        "We are fine",
        Some("well-connected Democrat familiar with the campaign"),
        None,
    ),
    case(
        "cue-org-role-title-name",
        "“We are fine,” said Zentrix executive Director Jonas Pell in a statement.",
        "We are fine",
        Some("Jonas Pell"),
        None,
    ),
    // `According to X, “...”`: X's words.
    case(
        "according-to-before-quote",
        "But according to Tomas Reich, “the tariffs protect our own farmers,” as he put it.",
        "the tariffs",
        Some("Tomas Reich"),
        None,
    ),
    // Initials open a name.
    case(
        "initials-after-cue",
        "“We are fine,” said J. J. Pricely, a firefighter.",
        "We are fine",
        Some("J. J. Pricely"),
        None,
    ),
    // A mention that modifies the described person.
    case(
        "mention-modifies-description",
        "“She is too far behind,” said a Norland Democrat, “and it was not a decisive win.”",
        "She is too far behind,” said",
        Some("Norland Democrat"),
        None,
    ),
    // A description no list knows, before the cue and the quote.
    case(
        "plain-description-cue-comma-quote",
        "As a phone rang, the announcer said, “It is 3 a.m., and your children are asleep.”",
        "It is 3 a.m.",
        Some("announcer"),
        None,
    ),
    // A name after a dash signs the quote.
    case(
        "quote-signed-after-dash",
        "Readers wrote in.\n\n“He makes simple blanket statements.” ― Anna Keller",
        "He makes simple",
        Some("Anna Keller"),
        None,
    ),
    // A quoted sentence, then a new sentence whose cue reports a clause of
    // its own: the quote is not the new speaker's.
    case(
        "full-quote-then-other-reported-clause",
        "Prices fell.\n\nLena Varga said: \"It is not the buyers who should be afraid.\" Tomas Reich said ministers had kept their pledge.",
        "It is not the buyers",
        Some("Lena Varga"),
        None,
    ),
    // After a cue that takes an object, a plain noun is the object, not
    // the subject of a clause of the cue's own.
    case(
        "quote-ends-clause-then-told-plain-noun",
        "Prices fell.\n\nIt was a \"successful test so far as we know,\" Tomas Reich told interviewers on the network.",
        "It was a",
        Some("Tomas Reich"),
        None,
    ),
    // A participle cue after a reported clause that names someone else
    // goes on with the sentence's first speaker.
    case(
        "adding-after-clause-naming-another",
        "Prices fell.\n\nZentrix's Tomas Reich said Anna Keller and Lena Varga had a \"scorching\" from voters adding: \"It was a meeting like no other.\"",
        "It was a meeting",
        Some("Tomas Reich"),
        None,
    ),
    // `Said X: "..."`: the cue opens the clause, before its speaker.
    case(
        "cue-before-speaker-before-colon",
        "Prices fell.\n\nSaid the Pew report: \"This finding is ironic.\"",
        "This finding is ironic",
        Some("Pew report"),
        None,
    ),
    // `according to X` right after a quote names its source, unless a
    // cue before the quote in its sentence reports it.
    case(
        "quote-then-according-to",
        "Prices fell.\n\n\"We will win this fight,\" according to Anna Keller.",
        "We will win",
        Some("Anna Keller"),
        None,
    ),
    case(
        "quote-after-cue-then-according-to",
        "Prices fell.\n\nTomas Reich said the plan was \"a disaster for everyone,\" according to Anna Keller.",
        "the plan was",
        Some("Tomas Reich"),
        None,
    ),
    // A transcript: each line is its label's words, and a label in
    // capitals is the person the document names in full.
    case(
        "transcript-line-surname-in-capitals",
        "Prices fell.\n\nAnna Keller spoke to Markus Brandt on Monday.\n\nBRANDT: Do you think the vote was fair?\n\nKELLER: I think it was fair to everyone here.\n\nBRANDT: Thank you for joining us today.",
        "I think it was fair",
        Some("Anna Keller"),
        None,
    ),
    // Each line of a list of signed quotes is its own quote, not the
    // second half of the one before.
    case(
        "quotes-signed-line-by-line",
        "Readers wrote in.\n\n“He makes simple blanket statements.” ― Anna Keller\n“I am ashamed of it.” ― Bea Moss",
        "I am ashamed",
        Some("Bea Moss"),
        None,
    ),
    // A right mark that opens a paragraph opens its quote (a typist's
    // slip for a left mark).
    case(
        "quote-opened-by-right-mark",
        "Readers wrote in.\n\n”I am truly afraid of him.” ― Anna Keller",
        "I am truly",
        Some("Anna Keller"),
        None,
    ),
    // A parenthesis or an organisation between the speaker and the cue.
    case(
        "parenthesis-between-speaker-and-cue",
        "\"We cannot have people come here and deny the right,\" Rep. Tomas Reich (R-Fla.) said.",
        "We cannot have",
        Some("Tomas Reich"),
        None,
    ),
    case(
        "organisation-between-speaker-and-cue",
        "Markus Brandt spoke. \"It was the least bad outcome,\" Mr. Brandt of Zentrix Holdings said.",
        "It was the least",
        Some("Markus Brandt"),
        None,
    ),
    // A capitalised English word between a quote and a cue is a name.
    case(
        "common-word-name-before-cue",
        "Voters spoke. \"They took his slogan and gave it to Trump,\" Hale said.",
        "They took his slogan",
        Some("Hale"),
        None,
    ),
    // A person described by a phrase after the cue.
    case(
        "person-close-to-after-cue",
        "“The drop is directly attributable to the emails,” said a person close to the Kellers.",
        "The drop is",
        Some("person close to the Kellers"),
        None,
    ),
    // A transcript: a name and its role, a colon, the quote.
    case(
        "transcript-name-colon",
        "Former secretary of state Anna Keller:\"We learned that from the department.\"",
        "We learned that",
        Some("Anna Keller"),
        None,
    ),
    // A straight opening mark closed by a curly one.
    case(
        "mixed-quote-marks",
        "\"Nothing we could do would help,” Anna Keller said in an interview.",
        "Nothing we could do",
        Some("Anna Keller"),
        None,
    ),
    // `He` after a spokesman's words goes on for the spokesman's country,
    // not the last man named.
    case(
        "he-after-a-spokesman",
        "Tomas Reich visited the port. A Norland spokesman said the reports were false.\n\nHe said the talks would go on.",
        "the talks would",
        Some("Norland"),
        None,
    ),
    // A sentence of speaker, cue and adjuncts before a quote attributes it.
    case(
        "bare-attribution-before-quote",
        "The Norland spokesman spoke first.\n\nTomas Reich said in a television interview in the N.L. “We are fully prepared to act.”",
        "We are fully prepared",
        Some("Tomas Reich"),
        None,
    ),
    // A description no list knows, next to the quote, is the speaker.
    case(
        "plain-description-before-cue",
        "Anna Keller spoke first. “It is not a big deal around here,” the insider said.",
        "It is not a big deal",
        Some("insider"),
        None,
    ),
    case(
        "plain-description-after-cue",
        "Anna Keller spoke first. “We move on,” says a narrator.",
        "We move on",
        Some("narrator"),
        None,
    ),
    // Ranks and an organisation before the name after the cue.
    case(
        "ranks-before-name-after-cue",
        "The base was quiet. “I was hoping for another candidate,” said Air Force 1st Lt. Jonas Weber. “It did not happen.”",
        "I was hoping",
        Some("Jonas Weber"),
        None,
    ),
    // A quote that opens a clause attributed at the sentence's end.
    case(
        "quote-opens-reported-clause",
        "The campaign had a bad month. “There is a sense of calm now,” and donations began to pick up again last week, Anna Keller said.",
        "“There is a sense of calm now,” and donations",
        Some("Anna Keller"),
        None,
    ),
    // A quote that ends a reported clause: the clause is the content.
    case(
        "quote-ends-reported-clause",
        "The vote ended. Markus Brandt tried to leave the party, and in doing so he “made a grave mistake,” Anna Keller said.",
        "Markus Brandt tried to leave the party, and in doing so he “made",
        Some("Anna Keller"),
        None,
    ),
    // A quoted fragment goes on with the words before it, however few.
    case(
        "fragment-ends-reported-clause",
        "The hearing went on. Mills “got an immunity agreement,” Anna Keller said.",
        "Mills “got an immunity",
        Some("Anna Keller"),
        None,
    ),
    case(
        "fragment-after-fronted-phrase",
        "The count went on. With thousands of counting systems, “there is no single point of failure,” Anna Keller said.",
        "With thousands of counting systems, “there",
        Some("Anna Keller"),
        None,
    ),
    // A speech noun after a determiner is no cue of the head.
    case(
        "speech-noun-in-reported-clause",
        "The report came out. The answers to the crisis are “not meeting the demand,” says Anna Keller.",
        "The answers to the crisis are",
        Some("Anna Keller"),
        None,
    ),
    // An unnamed official keeps the description; `the official` later is
    // that official, not the last person named.
    case(
        "unnamed-official",
        "One mining sector official said prices were stable. Markus Brandt said he was leaving. “The policy will be continued,” said the official.",
        "The policy will",
        Some("mining sector official"),
        None,
    ),
    case(
        "indefinite-official",
        "The talks ended on Monday. A senior official said the talks failed.",
        "the talks failed",
        Some("senior official"),
        None,
    ),
    // `the official` is a person an earlier sentence calls an official.
    case(
        "the-official-named-before",
        "Anna Keller, a Zentrix official, said prices would rise. Markus Brandt said he was leaving. “We are ready,” the official said.",
        "We are ready",
        Some("Anna Keller"),
        None,
    ),
    // Post-nominal letters are no part of the speaker's name.
    case(
        "post-nominal-letters",
        "The hearing ended on Monday. Lawyer Jonas Weber QC said the ruling was wrong.",
        "the ruling was",
        Some("Jonas Weber"),
        None,
    ),
    // A headline `Source: content`: the name before the colon said the rest
    // of the headline.
    case(
        "headline-colon",
        "Anna Keller: Zentrix Will Cut Prices Next Year\n\nThe company has not commented on the plan.",
        "Zentrix Will Cut",
        Some("Anna Keller"),
        None,
    ),
    // A surname after a full name found in the text is that person, not a
    // gazetteer person with the same surname (`Anna Keller` has alias `Keller`).
    case(
        "surname-after-discovered-full-name",
        "Jonas Keller, a farmer, said prices fell sharply this year. Later Mr Keller said the harvest was very poor.",
        "the harvest was",
        Some("Jonas Keller"),
        None,
    ),
    // A speaker pronoun continues the current speaker even when someone
    // else of the same kind was named in between.
    case(
        "pronoun-keeps-current-speaker",
        "“I am staying here,” Lena Varga said. “They were wrong,” she said in reply to Anna Keller's remarks. “We will win this fight,” she told reporters.",
        "We will win",
        Some("Lena Varga"),
        Some("reporters"),
    ),
    // A group named after a people (`Ostravian-Americans`) is addressed
    // as a class, and the reported words start after it.
    case(
        "people-group-addressee-is-a-class",
        "Lena Varga told Ostravian-Americans on Sunday she would consider it an insult if they stayed home.",
        "she would consider it an insult",
        Some("Lena Varga"),
        Some("Ostravian-Americans"),
    ),
    case(
        "people-group-with-class-noun-addressee",
        "Lena Varga told Ostravian-American voters she would consider it an insult if they stayed home.",
        "she would consider it an insult",
        Some("Lena Varga"),
        Some("Ostravian-American voters"),
    ),
    // A programme named in quote marks after the broadcaster's
    // possessive: the broadcaster is addressed, and the reported words
    // start after the title.
    case(
        "quoted-programme-of-broadcaster",
        "Lena Varga told CNBC's \"Squawk Box\" on Monday the tone of the talks was cordial.",
        "the tone of the talks was cordial",
        Some("Lena Varga"),
        Some("CNBC"),
    ),
    // A known name of several words that opens a longer unknown one
    // (`Merovia Herald Online`) stands for it.
    case(
        "known-outlet-opens-a-longer-name",
        "“We were shocked,” Lena Varga told Merovia Herald Online on Sunday.",
        "We were shocked",
        Some("Lena Varga"),
        Some("Merovia Herald"),
    ),
    // A name set off by a comma after the role closes the attribution.
    case(
        "name-set-off-after-role",
        "“Rate increases have helped,” said Zentrix chief economist, Jonas Weber. “The Bank should stand ready to cut rates.”",
        "Rate increases have helped",
        Some("Jonas Weber"),
        None,
    ),
    // The person a participle qualifies speaks, not the participle's
    // object; an indefinite description is someone new, no one named
    // before.
    case(
        "participle-object-is-not-the-speaker",
        "Lena Varga was charged on Monday. A lawyer representing Lena Varga and Tomas Reich said the pair denied the charges.",
        "the pair denied",
        Some("lawyer"),
        None,
    ),
    case(
        "plural-participle-subject",
        "Lawyers representing the families said the ruling was unfair to everyone.",
        "the ruling was unfair",
        Some("lawyers"),
        None,
    ),
    // ... except an unnamed official of an organisation named before,
    // who stands for it.
    case(
        "indefinite-official-of-a-named-organisation",
        "Zentrix Holdings sold new notes on Monday. A Zentrix officer said the coupon would rise if rates fell.",
        "the coupon would rise",
        Some("Zentrix Holdings"),
        None,
    ),
    case(
        "indefinite-description-is-someone-new",
        "Anna Keller played on Monday. Back then, a doctor treating Anna Keller feared that her career may be over.",
        "her career may be over",
        Some("doctor"),
        None,
    ),
    // A first name that is a word too (`whit`) opens a name before a
    // surname that is none.
    case(
        "word-first-name-before-a-surname",
        "Markets were calm. “She is weaker than I expected,” said Whit Ayres, who was a pollster.",
        "She is weaker",
        Some("Whit Ayres"),
        None,
    ),
    // A name set off after the description before the cue speaks; the
    // quote is a direct one, not reported words with the description.
    case(
        "name-set-off-after-description",
        "Markets were calm. “That would have been the fairer thing to do,” the Norland press secretary, Jonas Weber, said on Tuesday.",
        "That would have been",
        Some("Jonas Weber"),
        None,
    ),
    // A name discovered inside a longer one gives way to it.
    case(
        "discovered-name-inside-a-longer-one",
        "Markets were calm. “I was never given any reason to believe it,” said John Ward Anderson. Later he left.",
        "I was never given",
        Some("John Ward Anderson"),
        None,
    ),
    // ... unless a new person became a sentence's subject since.
    case(
        "pronoun-new-subject",
        "“Prices will fall,” Markus Brandt said. Norland coach Tomas Reich hopes to keep Brandt. “He has been great for us,” he said.",
        "He has been great",
        Some("Tomas Reich"),
        None,
    ),
    // A straight quote mark after a sentence's end, before a capital,
    // opens the next quote paragraph run into the same line.
    case(
        "straight-quote-reopened",
        "\"It was a long night,\" Lena Varga said. \"We won today. \"Now we must rest and get ready.\"",
        "Now we must",
        Some("Lena Varga"),
        None,
    ),
    // A subject phrase with titles between the quote and its cue.
    case(
        "quote-subject-phrase-cue",
        "“The tariffs hurt us badly,” Zentrix deputy chief executive Markus Brandt told reporters.",
        "The tariffs",
        Some("Markus Brandt"),
        Some("reporters"),
    ),
    // A full sentence in quote marks followed by a new sentence that
    // reports other words: the quote continues the current speaker.
    case(
        "full-quote-then-new-report",
        "“The harvest was poor,” Lena Varga said. “We will be ready for anything.” Tomas Reich said the talks had failed.",
        "We will be ready",
        Some("Lena Varga"),
        None,
    ),
    case(
        "full-quote-then-new-report-indirect",
        "“The harvest was poor,” Lena Varga said. “We will be ready for anything.” Tomas Reich said the talks had failed.",
        "the talks had failed",
        Some("Tomas Reich"),
        None,
    ),
    case(
        "apposition-age",
        "Jonas Weber, 44, a farmer from the north, said the harvest was very poor.",
        "the harvest",
        Some("Jonas Weber"),
        None,
    ),
    case(
        "apposition-possessive",
        "Jan Holt, Zentrix's head of sales in Norland, said the firm was growing fast.",
        "the firm",
        Some("Jan Holt"),
        None,
    ),
    case(
        "adverb-before-cue",
        "Lena Varga defiantly told reporters that the vote would go ahead.",
        "the vote",
        Some("Lena Varga"),
        Some("reporters"),
    ),
    // A participle after a quote's attribution reports the same speaker,
    // not the first name in the sentence.
    case(
        "participle-after-attribution",
        "Anna Keller spoke for an hour. Tomas Reich \"made the key decisions,\" she told the court, saying his team had full control of the budget.",
        "his team had",
        Some("Anna Keller"),
        None,
    ),
    // The object of `told` is no subject: a clause without one continues
    // the current speaker.
    case(
        "subjectless-told",
        "Lena Varga said the talks had failed. But told the Merovia Herald: \"We are not leaving this table.\"",
        "We are not leaving",
        Some("Lena Varga"),
        Some("Merovia Herald"),
    ),
    case(
        "quoted-as-telling-titled-person",
        "“We need more time,” Lena Varga was quoted as telling Prime Minister Tomas Reich.",
        "We need more time",
        Some("Lena Varga"),
        Some("Tomas Reich"),
    ),
    // Common words in a name after `the` inside a sentence.
    case(
        "told-the-paper",
        "“We will not sell the club,” Lena Varga told the Evening Star.",
        "We will not sell",
        Some("Lena Varga"),
        Some("Evening Star"),
    ),
    case(
        "told-the-paper-after-place",
        "“We will not sell the club,” Lena Varga told the Norland Evening Star.",
        "We will not sell",
        Some("Lena Varga"),
        Some("Norland Evening Star"),
    ),
    case(
        "officials-of-a-place",
        "The plant will close next year, Norland officials said.",
        "The plant will",
        Some("Norland"),
        None,
    ),
    case(
        "apposition-role-noun",
        "Jan Holt, Zentrix director of sales, said that profits rose sharply.",
        "profits rose",
        Some("Jan Holt"),
        None,
    ),
    // A second cue of the same subject (`but said`) or of a new subject
    // after a comma ends the first reported clause.
    case(
        "coordinated-cue-first",
        "Lena Varga conceded there were problems but said the plan would work.",
        "there were problems",
        Some("Lena Varga"),
        None,
    ),
    case(
        "coordinated-cue-second",
        "Lena Varga conceded there were problems but said the plan would work.",
        "the plan would work",
        Some("Lena Varga"),
        None,
    ),
    case(
        "comma-new-subject-first",
        "Before Zentrix said the plant would stay open, Tomas Reich insisted he had no plans to leave.",
        "the plant would stay open",
        Some("Zentrix Holdings"),
        None,
    ),
    case(
        "comma-new-subject-second",
        "Before Zentrix said the plant would stay open, Tomas Reich insisted he had no plans to leave.",
        "he had no plans",
        Some("Tomas Reich"),
        None,
    ),
    // An organisation or a document speaks for its owner.
    case(
        "campaign-of-person",
        "Tomas Reich's campaign said the rally would go ahead.",
        "the rally",
        Some("Tomas Reich"),
        None,
    ),
    case(
        "book-of-person",
        "Anna Keller's book suggests the deal was signed in March.",
        "the deal",
        Some("Anna Keller"),
        None,
    ),
    case(
        "participle-group-subject",
        "Local farmers have criticised the new rules, arguing that the costs are far too high.",
        "the costs",
        Some("local farmers"),
        None,
    ),
    case(
        "denied-pronoun-clause",
        "Tomas Reich denied he had met the buyers in secret.",
        "he had met",
        Some("Tomas Reich"),
        None,
    ),
    case(
        "found-that",
        "A study by Zentrix found that prices rose sharply in the north.",
        "prices rose",
        Some("Zentrix Holdings"),
        None,
    ),
    // Beliefs are attributions too, but not a second one inside reported
    // words.
    case(
        "belief-cue",
        "Tomas Reich believes the deal will collapse within a year.",
        "the deal will",
        Some("Tomas Reich"),
        None,
    ),
    case(
        "belief-inside-speech",
        "Lena Varga said she admired Tomas Reich and thought his plan was sound.",
        "she admired Tomas Reich and thought",
        Some("Lena Varga"),
        None,
    ),
    // A short form of a name given in full before is that entity.
    case(
        "title-given-name",
        "Sir Oskar Lindqvist opened the inquiry in May. On Tuesday Sir Oskar said the files had been processed quickly.",
        "the files",
        Some("Oskar Lindqvist"),
        None,
    ),
    case(
        "acronym-after-name",
        "Games maker Brightfield Interactive (BI) says it will double its sales. BI said the market was now larger than ever.",
        "the market",
        Some("Brightfield Interactive"),
        None,
    ),
    // `X says Y warned Z that W`: one attribution, the outer one.
    case(
        "nested-that",
        "Lena Varga says Tomas Reich warned Anna Keller that the plan could fail.",
        "Tomas Reich warned",
        Some("Lena Varga"),
        None,
    ),
    case(
        "owner-apostrophe",
        "Karl Brandes' book suggests the deal was signed in March.",
        "the deal",
        Some("Karl Brandes"),
        None,
    ),
    // `the Norland firm`: a company named before, not the country.
    case(
        "company-described-by-country",
        "Zentrix Holdings opened a new plant. The Norland firm says it wants to hire 500 workers next year.",
        "it wants",
        Some("Zentrix Holdings"),
        None,
    ),
    // A subject followed by its verb, after a time phrase, is a new
    // subject for the pronoun that follows.
    case(
        "pronoun-new-subject-after-time-phrase",
        "“I will stay,” Tomas Reich said. Later that week on Tuesday Markus Brandt denied the report. “I was never asked,” he said.",
        "I was never asked",
        Some("Markus Brandt"),
        None,
    ),
    // `according to` any source phrase, kept as its description.
    case(
        "according-to-description",
        "According to one research firm, the deal is worth 80 million euros.",
        "the deal",
        Some("research firm"),
        None,
    ),
    case(
        "inquiry-found",
        "The inquiry found that the office never searched its own records.",
        "the office",
        Some("inquiry"),
        None,
    ),
    // After a quoted full sentence, `X adds, “...”` introduces the next
    // quote; it is not a split quote.
    case(
        "next-quote-introduced-after-full-stop",
        "Tomas Reich spoke first. “The plan is dead.” Lena Varga adds, “We start again tomorrow morning.”",
        "We start again",
        Some("Lena Varga"),
        None,
    ),
    case(
        "quote-name-said",
        "“We will win this fight,” Lena Varga said.",
        "We will win",
        Some("Lena Varga"),
        None,
    ),
    case(
        "quote-said-new-name-title",
        "“Profits rose sharply in the first quarter,” said John Smith, a spokesman for the firm.",
        "Profits rose",
        Some("John Smith"),
        None,
    ),
    case(
        "quote-said-name-apposition",
        "“Profits rose sharply,” said Markus Brandt, the chief executive of Zentrix.",
        "Profits rose",
        Some("Markus Brandt"),
        None,
    ),
    case(
        "pronoun-after-name",
        "Anna Keller arrived late. “We will fight this decision,” she said.",
        "We will fight",
        Some("Anna Keller"),
        None,
    ),
    case(
        "told-entity",
        "“Poland is a good partner for us,” Keller told Markus Brandt.",
        "Poland is",
        Some("Anna Keller"),
        Some("Markus Brandt"),
    ),
    case(
        "told-class",
        "“We are ready for the talks,” Varga told reporters.",
        "We are ready",
        Some("Lena Varga"),
        Some("reporters"),
    ),
    case(
        "told-work",
        "“The tariffs protect our own farmers,” Reich told the Merovia Herald.",
        "The tariffs",
        Some("Tomas Reich"),
        Some("Merovia Herald"),
    ),
    case(
        "spokesman-for",
        "“We regret the impact on our staff,” a spokesman for Zentrix said.",
        "We regret",
        Some("Zentrix Holdings"),
        None,
    ),
    case(
        "colon",
        "Lena Varga said: “Security is not regional at all.”",
        "Security is",
        Some("Lena Varga"),
        None,
    ),
    case(
        "indirect-that",
        "Markus Brandt said on Thursday that profits rose sharply in the first quarter.",
        "profits rose",
        Some("Markus Brandt"),
        None,
    ),
    case(
        "indirect-content-name-said",
        "Profits rose sharply in the first quarter, Markus Brandt said.",
        "Profits rose",
        Some("Markus Brandt"),
        None,
    ),
    case(
        "indirect-content-said-name",
        "Profits rose sharply in the first quarter, said Markus Brandt.",
        "Profits rose",
        Some("Markus Brandt"),
        None,
    ),
    // No name or known noun right before the cue: the noun phrase that
    // opens the clause is the speaker.
    case(
        "subject-phrase",
        "Several farmers in the northern valley said the harvest was very poor this year.",
        "the harvest",
        Some("several farmers in the northern valley"),
        None,
    ),
    // `But, according to X, ...`: openers before the cue are no content.
    case(
        "according-to-after-opener",
        "But, according to the latest survey, most farmers expect a poor harvest.",
        "most farmers",
        Some("latest survey"),
        None,
    ),
    // `X spokesman Y ... and said`: the person, not the organisation.
    case(
        "subject-person-after-role",
        "Zentrix spokesman Markus Brandt defended the plan and said the factory would stay open.",
        "the factory",
        Some("Markus Brandt"),
        None,
    ),
    // `N.L. officials said`: an initialism names the country they speak for.
    case(
        "officials-of-initialism",
        "N.L. officials said the border would reopen next week.",
        "the border",
        Some("Norland"),
        None,
    ),
    case(
        "according-to",
        "According to Zentrix Holdings, the deal is worth 80 million euros.",
        "the deal",
        Some("Zentrix Holdings"),
        None,
    ),
    // Quoted sentences with no attribution after a sentence that opens with
    // a person are that person's, not the previous speaker's.
    case(
        "quote-after-sentence-with-person-subject",
        "Anna Keller said the plan was sound.\n\nWriting in the Merovia Herald, Tomas Reich outlined his view of the plan. \"Our ambition is not simply tackling idleness.\"",
        "Our ambition",
        Some("Tomas Reich"),
        None,
    ),
    // `the 36-year-old`: a person described by age is the person named
    // before, after the cue as before it.
    case(
        "aged-description-before-cue",
        "Prices fell.\n\nTomas Reich says there is no comparison. \"Mentally they are much stronger,\" the 36-year-old said.",
        "Mentally they",
        Some("Tomas Reich"),
        None,
    ),
    case(
        "aged-description-after-cue",
        "Prices fell.\n\nTomas Reich says there is no comparison. \"Mentally they are much stronger,\" said the 36-year-old.",
        "Mentally they",
        Some("Tomas Reich"),
        None,
    ),
    // Quoted sentences after a sentence whose subject is a person, a role
    // before the name, are that person's; not when the quotes name that
    // person (someone else's words about them).
    case(
        "quote-after-role-and-name-sentence",
        "Prices fell.\n\n\"We won,\" said Anna Keller. Double try scorer Lena Varga was keen not to talk about a title. \"We have got more self-belief these days.\"",
        "We have got more",
        Some("Lena Varga"),
        None,
    ),
    case(
        "quotes-naming-the-previous-subject-are-not-theirs",
        "Prices fell.\n\n\"We will pick the best,\" said Anna Keller. And forward Lena Varga looks certain to get the call. \"I took lessons from the past. \"Every player is looked at on merit and Lena Varga is an outstanding player.\"",
        "I took lessons",
        Some("Anna Keller"),
        None,
    ),
    // A title after a given name and before no other name word is a
    // surname, also when a mention opens the run (`Labour MP Oona King`).
    case(
        "title-word-as-surname-after-mention-and-role",
        "Prices fell.\n\nNorland MP Oona King faces a rival. She said: \"I am delighted to stand.\"",
        "I am delighted",
        Some("Oona King"),
        None,
    ),
    // `He` after a sentence whose subject is an unnamed spokesperson
    // (after an opener) is that spokesperson, who speaks for the
    // organisation; not the speaker of the quotes before.
    case(
        "pronoun-after-spokesperson-subject",
        "Lena Varga said the plans were wrong. \"They must change,\" she said.\n\nBut a spokeswoman for Zentrix defended the plans. She said: \"We stand by them.\"",
        "We stand by them",
        Some("Zentrix Holdings"),
        None,
    ),
    // A name after an article and a role is the speaker (`said the
    // 28-year-old Morientes`, `said a proud coach Mike Ruddock`); a role
    // that is no person's (`the company Tuesday`) or a word shaped like
    // an adjective before a nationality names nobody.
    case(
        "name-after-aged-description",
        "Prices fell.\n\nTomas Reich wants him. \"I would be keen to leave,\" admitted the 28-year-old Pell Darrow.",
        "I would be keen",
        Some("Pell Darrow"),
        None,
    ),
    case(
        "name-after-article-and-role",
        "Prices fell.\n\n\"People want to see us back at the top,\" said a proud coach Pell Darrow.",
        "People want",
        Some("Pell Darrow"),
        None,
    ),
    case(
        "adjective-and-nationality-are-no-role",
        "Prices fell.\n\n\"We are just waiting,\" an unidentified Norlandish trader told the agency.",
        "We are just waiting",
        Some("unidentified Norlandish trader"),
        None,
    ),
    case(
        "one-place-broker-is-a-description",
        "Prices fell.\n\nMost thought it was unlikely.\n\n\"Obviously we will have to wait,\" said one Norland City broker.",
        "Obviously we will",
        Some("Norland City broker"),
        None,
    ),
    // `the Norlander said` (`the Frenchman`): one person of a nationality is
    // the person named before; `the French` are all of them.
    case(
        "nationality-noun-for-one-person",
        "Prices fell.\n\nTomas Reich says there is no comparison. \"Mentally they are much stronger,\" the Norlander said.",
        "Mentally they",
        Some("Tomas Reich"),
        None,
    ),
    // `X in London said`: a place after `in` says where the named speaker
    // is.
    case(
        "named-speaker-then-place",
        "Prices fell.\n\nZentrix Holdings in Norland City said the plant would close in May.",
        "the plant would close",
        Some("Zentrix Holdings"),
        None,
    ),
    // `told news agency X`: the outlet after the words that say what it is.
    case(
        "told-media-noun-then-outlet",
        "Prices fell.\n\nZentrix Holdings told news agency Merovia Herald the plant would close in May.",
        "the plant would close",
        Some("Zentrix Holdings"),
        Some("Merovia Herald"),
    ),
    // `said the Rev. X`: an article before a title before a name.
    case(
        "said-the-title-name",
        "Prices fell.\n\n\"The city will never go back to normal,\" said the Rev. Peter Wherry, of Mayfield Church.",
        "The city will never",
        Some("Peter Wherry"),
        None,
    ),
    // A cue after `and then` shares the speaker of the sentence's first
    // cue; a cue word inside the first quote is not that cue.
    case(
        "colon-cue-after-and-then",
        "Prices fell.\n\n\"We think the plan will work,\" Tomas Reich said at a news conference, and then predicted: \"We do think that support is growing.\"",
        "We do think that",
        Some("Tomas Reich"),
        None,
    ),
    // A person named only by a title and a surname is someone a later
    // pronoun of the title's gender can refer to; one of the other gender
    // stays unresolved.
    // `The mayor` is the person the text calls the mayor, before the
    // nearest person; a role another word changes (`Deputy Mayor`) is
    // not that role.
    case(
        "description-person-with-that-role",
        "Prices fell.\n\nNorland City Mayor Tomas Reich was interviewed by reporter Peter Wherry. The mayor said the plan would work.",
        "the plan would work",
        Some("Tomas Reich"),
        None,
    ),
    // A description with no role given before is the nearest person who
    // was a subject, over one named since as an object (`told X`, `by
    // X`); a person `according to` names is a speaker, not an object.
    case(
        "description-over-person-named-as-object",
        "Lena Varga has dismissed reports she told Tomas Reich she would quit.\n\n\"You don't do deals like this,\" the minister told Merovia Herald.",
        "You don't do deals",
        Some("Lena Varga"),
        Some("Merovia Herald"),
    ),
    case(
        "description-over-person-after-preposition",
        "Anna Keller said the film would be made. She had a cameo in an earlier film, in which her part was played by Lena Varga. \"I am no actor,\" said the Zentrix founder.",
        "I am no actor",
        Some("Anna Keller"),
        None,
    ),
    case(
        "description-over-object-of-a-particle",
        "Prices fell.\n\nAnna Keller also said she understood why clubs were keen on signing up Tomas Reich. \"It would be a great loss,\" said the Zentrix chief.",
        "It would be a great loss",
        Some("Anna Keller"),
        None,
    ),
    case(
        "description-over-person-named-as-owner",
        "Lena Varga has backed Tomas Reich's report.\n\nIn a speech, the minister said the report was sound.",
        "the report was sound",
        Some("Lena Varga"),
        None,
    ),
    // `said the Old Trafford boss`: an organisation no gazetteer knows
    // qualifies a person described.
    case(
        "unknown-organisation-qualifies-a-person",
        "Anna Keller has praised her players.\n\n\"That was our hardest game,\" said the Merovia Rovers boss.",
        "That was our hardest",
        Some("Anna Keller"),
        None,
    ),
    case(
        "description-after-according-to",
        "Prices fell by a third, according to prosecutor Tomas Reich.\n\nThe prosecutor also said Lena Varga had lied.",
        "Lena Varga had lied",
        Some("Tomas Reich"),
        None,
    ),
    case(
        "description-role-changed-by-modifier",
        "Prices fell.\n\nMayor Lena Varga has appointed Deputy Mayor Tomas Reich. The mayor said the plan would work.",
        "the plan would work",
        Some("Lena Varga"),
        None,
    ),
    // `who said` is the party right before it, not the nearest person:
    // a class, an organisation or a person; not a place after `of`.
    case(
        "relative-who-after-class",
        "Prices fell.\n\nMarkus Brandt cut output, angering analysts who said the plan would fail.",
        "the plan would fail",
        Some("analysts"),
        None,
    ),
    case(
        "relative-who-after-organisation",
        "Prices fell.\n\nMarkus Brandt cut output, angering the Zentrix board, who said the plan would fail.",
        "the plan would fail",
        Some("Zentrix Holdings"),
        None,
    ),
    case(
        "relative-who-after-person-of-place",
        "Prices fell.\n\nThe plan was backed by Tomas Reich of Norland, who said it would work.",
        "it would work",
        Some("Tomas Reich"),
        None,
    ),
    // `told X on her mobile phone:`: an object and a phrase of occasion
    // between the cue and the colon.
    case(
        "told-object-occasion-colon",
        "Officials said she had been warned.\n\nHalloran told the Merovia Herald on her mobile phone: \"They are not even letting me go home.\"",
        "They are not even letting",
        Some("Halloran"),
        Some("Merovia Herald"),
    ),
    // An outlet's programme named in words that end in `programme` is the
    // outlet; a name before a noun after a possessive is no person.
    case(
        "outlet-programme-of-several-words",
        "Prices fell.\n\n\"We are outraged,\" Lena Varga told the Merovia Herald's Focus on Norland programme.",
        "We are outraged",
        Some("Lena Varga"),
        Some("Merovia Herald"),
    ),
    // Two classes of people joined by `and` speak together.
    case(
        "conjoined-classes",
        "Prices fell.\n\nProtesters and civic leaders said the plan would fail.",
        "the plan would fail",
        Some("protesters and civic leaders"),
        None,
    ),
    case(
        "honorific-surname-then-pronoun",
        "Prices fell.\n\nThe shop is run by Ms Halloran. \"We are closing in May,\" she said.",
        "We are closing",
        Some("Halloran"),
        None,
    ),
    case(
        "peer-title-surname-then-pronoun",
        "Prices fell.\n\nThe report was written by Lord Penbury. \"The rules are unfair,\" he said.",
        "The rules are unfair",
        Some("Lord Penbury"),
        None,
    ),
    case(
        "honorific-surname-other-gender-pronoun",
        "Prices fell.\n\nThe shop is run by Mr Halloran. \"We are closing in May,\" she said.",
        "We are closing",
        Some("she"),
        None,
    ),
    // A subject and its verb after a quote are no affiliation and role
    // (`He joined Keller`), and a cue's form after an owner is a noun
    // (`in backing Reich's claims`): the quote goes on with its speaker.
    case(
        "subject-and-verb-is-no-affiliation",
        "Markus Brandt added: \"Walter is a fine coach. \"On top of all that he is a good man.\" He joined Anna Keller in backing Reich's claims.",
        "On top of all",
        Some("Markus Brandt"),
        None,
    ),
    // A lower-case role between a capitalised word and a person's name
    // leaves the name the new subject, whom the next pronoun names (not
    // the last speaker).
    case(
        "unlisted-role-before-name-is-a-subject",
        "Lena Varga won the award. She told the audience: \"I am amazed.\" Zentrix frontwoman Anna Keller thanked fans after the show. She added: \"A lot of people do not think it is cool.\"",
        "A lot of people",
        Some("Anna Keller"),
        None,
    ),
    // A pronoun and a verb in `-s` are no role (`He sees Reich as`).
    case(
        "pronoun-and-verb-are-no-role",
        "Zentrix boss Markus Brandt is lining up a move for Norland striker Tomas Reich.\n\nHe sees Reich as the ideal replacement for Karl Brandes. \"Tomas is the kind of player we need,\" he told the Merovia Herald.",
        "Tomas is the kind",
        Some("Markus Brandt"),
        Some("Merovia Herald"),
    ),
    // A transcript quoted paragraph by paragraph: each line opens with a
    // quote mark, and its label names the speaker.
    case(
        "quoted-transcript-lines",
        "Lena Varga interviewed Tomas Reich.\n\nPartial transcript as follows:\n\n\"VARGA: Let us start with the news on the debate tonight.\n\n\"REICH: Well, the question really should be why they invited him.\n\n\"VARGA: Do you really see those two as equivalent here?\n\n\"REICH: And that is why the plan will pass in the end.\"",
        "Well, the question",
        Some("Tomas Reich"),
        None,
    ),
    // Quotes signed one per line (`” ― Name`, then a line break inside
    // the sentence the splitter sees): the name that ends the line signs
    // the quote before it.
    case(
        "signed-quote-name-ends-its-line",
        "Voters share their views.\n\n”His performance tonight confirms where he stands. His strategy tonight was to be a bully.” ― Veronica Cruz\n“As a young, Hispanic woman....I’d rather live in what he calls “hell” than live in a world where he is president.” ― Adriana Rodarte\n“He is someone that no sane person would want as the leader.” ― Luis Olidem",
        "His performance tonight",
        Some("Veronica Cruz"),
        None,
    ),
    // A label the story names no further (a moderator) still speaks its
    // lines when it opens two of them in an exchange.
    case(
        "quoted-transcript-unnamed-moderator",
        "Tomas Reich spoke on Sunday.\n\nPartial transcript as follows:\n\n\"HARDING: Let us start with the news on the debate tonight.\n\n\"REICH: Well, the question really should be why they invited him.\n\n\"HARDING: Do you really see those two as equivalent here?\n\n\"REICH: And that is why the plan will pass in the end.\"",
        "Do you really see",
        Some("HARDING"),
        None,
    ),
    // An apposition whose closing comma is left out ends at the cue.
    case(
        "apposition-without-closing-comma",
        "Prices fell. \"We are losing the plant,\" Markus Brandt, chief executive of Zentrix told the Merovia Herald.",
        "We are losing the plant",
        Some("Markus Brandt"),
        Some("Merovia Herald"),
    ),
    // A straight mark right after a full stop and before a capital opens
    // a quote whose space was left out.
    case(
        "quote-opens-after-stop",
        "Markus Brandt arrived. The crowd screamed when he walked on the red carpet.\"It is unlike anything I have ever seen. It is very loud,\" he told the Merovia Herald.",
        "It is unlike anything",
        Some("Markus Brandt"),
        Some("Merovia Herald"),
    ),
    // `he` goes on with an unnamed speaker whose noun is an agent's that
    // no list has, not with a name inside the speaker's words.
    case(
        "he-goes-on-with-an-agent-noun",
        "An arbitrageur said the rumors made no sense because Zentrix Holdings wants to ward off Markus Brandt. \"It is inconsistent with the plan,\" he said.",
        "It is inconsistent",
        Some("arbitrageur"),
        None,
    ),
    // One word that opens the sentence and ends like speech is a quote
    // when an attribution follows it; a split quote joined by it is one.
    case(
        "one-word-quote-with-an-attribution",
        "Lena Varga was asked about the plan. \"Absolutely,\" she said.",
        "Absolutely,",
        Some("Lena Varga"),
        None,
    ),
    case(
        "one-word-opens-a-split-quote",
        "Tomas Reich spoke to the board. \"But,\" he added, \"it is a recent thing and it has grown quickly.\"",
        "But,\" he added, \"it is a recent thing",
        Some("Tomas Reich"),
        None,
    ),
    // The sentence of a split quote may go on around more than its cue.
    case(
        "split-quote-around-a-longer-attribution",
        "\"I think the moderator will be very fair,\" Tomas Reich said during a rally in Kenansville, N.C., \"but a lot of people will be watching.\"",
        "I think the moderator will be very fair,\" Tomas Reich said during a rally in Kenansville, N.C., \"but a lot",
        Some("Tomas Reich"),
        None,
    ),
    case(
        "split-quote-around-a-participle",
        "\"Every time you say that,\" Lena Varga said, referring to the excuse, \"you give ammunition to the other side.\"",
        "Every time you say that,\" Lena Varga said, referring to the excuse, \"you give",
        Some("Lena Varga"),
        None,
    ),
    // A relative clause set off before the cue may end with quoted words
    // whose closing mark holds its comma.
    case(
        "relative-clause-ending-in-quoted-words",
        "Tomas Reich, who calls the mayor a \u{201C}sociopath,\u{201D} said he does not believe the effort needs a settled alternative.",
        "he does not believe",
        Some("Tomas Reich"),
        None,
    ),
    // A headline `X to Y: words` names whom the words were said to.
    case(
        "headline-to-addressee",
        "Lena Varga to Zentrix: Your Plan Will Fail Badly\n\nLena Varga wrote to the company on Monday.",
        "Your Plan Will Fail Badly",
        Some("Lena Varga"),
        Some("Zentrix Holdings"),
    ),
    // An honorific of the other gender is someone else of the same name.
    case(
        "honorific-of-the-other-gender",
        "Tomas Reich's wife, Sandra, will campaign too. Mrs Reich has appeared on chat shows. In an interview she said she often criticised her husband.",
        "she often criticised",
        Some("Mrs Reich"),
        None,
    ),
    // Of two people with one surname, an honorific names the one whose
    // given name has its gender.
    case(
        "honorific-picks-the-namesake-of-its-gender",
        "Bill Voss met donors on Monday. Hillary Voss spoke at the rally. Mrs. Voss said the plan would work.",
        "the plan would work",
        Some("Hillary Voss"),
        None,
    ),
    // Particles join the words of one person's name.
    case(
        "name-with-particles",
        "Oil output will rise. Sulman Bin Khalifa Al Khalifa said commercial banks will now open from Sunday to Thursday.",
        "commercial banks will now open",
        Some("Sulman Bin Khalifa Al Khalifa"),
        None,
    ),
    // A given name that is a word of geography opens a place's name, no
    // one `she` could be.
    case(
        "lake-is-no-given-name-here",
        "The canal joining Lake Superior with Lake Ontario was opened on March 22. The canal is open for daylight vessels, she added.",
        "The canal is open",
        Some("she"),
        None,
    ),
    // A modal between a description and its cue is no part of it.
    case(
        "modal-between-a-description-and-its-cue",
        "\"How is it that peace has not arrived?\" the cardinal will ask.",
        "How is it that peace",
        Some("cardinal"),
        None,
    ),
    // A past tense after a description's noun ends it: the sentence after
    // the quote is no attribution (`show` is no cue there).
    case(
        "past-tense-ends-a-description",
        "Tomas Reich told the crowd: \"We finally won an award, thank you very much.\" The rapper opened the show with a song.",
        "We finally won",
        Some("Tomas Reich"),
        Some("crowd"),
    ),
    // A role noun before the addressee's name is no part of the words.
    case(
        "role-noun-before-the-addressee",
        "Coach Tomas Reich has warned goalkeeper Lena Varga she may have to leave the club.",
        "she may have to leave",
        Some("Tomas Reich"),
        Some("Lena Varga"),
    ),
    // An apposition after the speaker may end with a place and its state.
    case(
        "apposition-ends-with-a-place-and-its-state",
        "\"I do not think she has been truthful,\" Lena Varga, 67, a retired teacher in Allentown, Pa., said in an interview.",
        "I do not think",
        Some("Lena Varga"),
        None,
    ),
    // An unknown one-word name described by a company noun is a company's,
    // so `the company` later goes back to it.
    case(
        "name-after-a-company-noun-is-a-company",
        "Profits at media giant Kovalent jumped 76%. Kovalent said sales rose 2%. However, the company said its online unit lost users.",
        "its online unit lost",
        Some("Kovalent"),
        None,
    ),
    // So is one word with a second word run into it after four letters.
    case(
        "run-together-name-is-a-company",
        "TellaStream said sales rose 2%. The firm said its costs fell.",
        "its costs fell",
        Some("TellaStream"),
        None,
    ),
    // Not after a given name, nor after `producer`, which names people.
    case(
        "run-together-given-name-stays-a-person",
        "AnnaBerger said sales rose 2%. The company said its costs fell.",
        "its costs fell",
        None,
        None,
    ),
    case(
        "producer-names-a-person",
        "Film producer Tomiyo Sakata said the film was finished. The company said its costs fell.",
        "its costs fell",
        None,
        None,
    ),
    // `a company spokesman` speaks for the company named before; with none,
    // the spokesman is the speaker.
    case(
        "company-spokesman-speaks-for-the-company",
        "Zentrix Holdings cut its dividend on Monday. A company spokesman said the cut was temporary.",
        "the cut was temporary",
        Some("Zentrix Holdings"),
        None,
    ),
    case(
        "company-spokesman-with-no-company",
        "Dividends were cut on Monday. A company spokesman said the cut was temporary.",
        "the cut was temporary",
        Some("company spokesman"),
        None,
    ),
    // Capitalised common words right before `that` are the addressee, a
    // programme or a body, and no part of the content.
    case(
        "programme-named-in-common-words-is-addressed",
        "Lena Varga told World Business Report that there was likely to be a strong reaction.",
        "there was likely",
        Some("Lena Varga"),
        Some("World Business Report"),
    ),
    case(
        "body-named-in-one-common-word-is-addressed",
        "Lena Varga told Congress that the dollar had fallen far enough.",
        "the dollar had fallen",
        Some("Lena Varga"),
        Some("Congress"),
    ),
    // A company's name opened by a title that is also a common word, at
    // the sentence's start, keeps it.
    case(
        "company-name-opened-by-a-title",
        "Shares rose. General Cinema Corp said it expects flat income this year.",
        "it expects flat income",
        Some("General Cinema Corp"),
        None,
    ),

    // A speaker's unknown name that ends like an organisation's is one:
    // `the group` goes back to it.
    case(
        "unknown-name-with-an-organisation-head",
        "Profits will fall 19 pct this year, Wako Research Institute of Economics said. The group also said its members were worried.",
        "its members were worried",
        Some("Wako Research Institute"),
        None,
    ),
    // A police force named in capitals, a known place among its words, is
    // an organisation; the officer named before its `of` speaks.
    case(
        "officer-of-a-named-police-force",
        "Shares fell. Detective Inspector Hal Brenner of Norland Valley Police said the man used a ladder.",
        "the man used a ladder",
        Some("Hal Brenner"),
        None,
    ),
    case(
        "named-police-force-after-a-known-place",
        "Inspector Ida Holm of Ostravia Police said the road was closed.",
        "the road was closed",
        Some("Ida Holm"),
        None,
    ),
    // `Now` opening the sentence is no part of the description.
    case(
        "description-after-sentence-adverb-now",
        "Now the board has confirmed that the bidder is back, with a statement reading: \"The board has received a proposal.\"",
        "The board has received",
        Some("board"),
        None,
    ),
    // Figures and research `from` a body are the body's, a description of
    // it between left out.
    case(
        "according-to-figures-from-a-body",
        "Markets were calm on Monday. Sales rose sharply last year, according to figures from Zentrix Holdings.",
        "Sales rose sharply",
        Some("Zentrix Holdings"),
        None,
    ),
    case(
        "according-to-research-from-described-analysts",
        "Markets were calm on Monday. Phones are still enjoying a boom in sales, according to research from technology analysts Zentrix Holdings.",
        "Phones are still",
        Some("Zentrix Holdings"),
        None,
    ),
    // A company named with the place it is based in speaks, not the place,
    // even when a given name opens its name.
    case(
        "company-of-a-place",
        "Markets were calm. Halvor Analytics Corp of Ostravia said it was awarded a contract to supply terminals.",
        "it was awarded",
        Some("Halvor Analytics Corp"),
        None,
    ),
    case(
        "company-of-a-place-after-its-kind",
        "Markets were calm. Consultancy Kestrel Analytics of Norland City estimates that mobile networks will have 51 million users by 2009.",
        "mobile networks",
        Some("Kestrel Analytics"),
        None,
    ),
    // The kind of company opening the sentence is no part of its name.
    case(
        "company-kind-before-its-name",
        "Markets were calm. Carmaker Halvor Motors said it would cut 400 jobs at its plant.",
        "it would cut",
        Some("Halvor Motors"),
        None,
    ),
    // `The bank` is a bank named after the subject, unless the subject
    // spoke.
    case(
        "the-bank-is-the-bank-named",
        "The Norland Tax Bureau has imposed a penalty tax on Halvor Bank Ltd for improper use of reserves, a bank spokeswoman told Reuters. The bank said in a statement it believes that its use of the reserves is legal.",
        "its use of the reserves",
        Some("Halvor Bank Ltd"),
        None,
    ),
    case(
        "the-bank-goes-on-with-the-subject-that-spoke",
        "Zentrix Holdings said its earnings were slowed by the purchase of Halvor Bancorp. The bank said it earned 128 mln dlrs in the quarter.",
        "it earned 128",
        Some("Zentrix Holdings"),
        None,
    ),
    // `who` after a name no gazetteer knows is that name's, not the
    // person named before.
    case(
        "relative-after-an-unknown-name",
        "Markets were calm. Anna Keller met bankers on Monday. Halvorsen, who told reporters here that he wanted a political discussion on the debt, held talks on Friday.",
        "he wanted a political",
        Some("Halvorsen"),
        Some("reporters"),
    ),
    // `The department said` after a department named in full is that
    // department, as `the company` is the company named.
    case(
        "the-department-named-before",
        "Markets were calm. The CCC accepted a bid for an export bonus to cover a sale of semolina to Egypt, the Norland Agriculture Department said. The department said the semolina is for shipment in April.",
        "the semolina is for",
        Some("Norland Agriculture Department"),
        None,
    ),
    // Not `the union` after the European Union.
    case(
        "the-union-stays-a-description",
        "Markets were calm. The European Union met on Monday. The union said its members would strike.",
        "its members would",
        Some("union"),
        None,
    ),
    // After such a cue, a clause with a verb is reported.
    case(
        "announced-a-clause-with-a-verb",
        "Markets were calm. Zentrix Holdings announced a version of its music service would be released next month.",
        "a version of its",
        Some("Zentrix Holdings"),
        None,
    ),
    // A role of several words after the cue, then the name, which speaks.
    case(
        "long-role-after-the-cue",
        "Markets were calm. \"This is typical of their hypocrisy,\" said Tory shadow local government secretary Ida Spelman.",
        "This is typical",
        Some("Ida Spelman"),
        None,
    ),
    case(
        "firm-with-and-before-the-role",
        "Markets were calm. \"The runup in crude oil will be short-lived,\" said Halvor and Brandt analyst Ida Holm.",
        "The runup",
        Some("Ida Holm"),
        None,
    ),
    // The role's words stop at a preposition: the name before it speaks.
    case(
        "name-of-a-described-firm",
        "Markets were calm. \"Eyeballs on the screen mean eyeballs on the TV,\" said Ida Holm of box office tracker Kestrel Relations.",
        "Eyeballs on the screen",
        Some("Ida Holm"),
        None,
    ),
    // A report after the cue speaks for its author.
    case(
        "says-a-report-from-analysts",
        "Markets were calm. \"Four times more phones with cameras will be sold this year,\" says a report from analysts Zentrix Holdings.",
        "Four times more",
        Some("Zentrix Holdings"),
        None,
    ),
    // The source after `according to`: a name after an owner's possessive
    // or a description in lower case.
    case(
        "according-to-a-table-by-an-owned-newspaper",
        "Markets were calm. Jugnot made 5.45m Euros last year, according to a table drawn up by Norland's Merovia Herald newspaper.",
        "Jugnot made",
        Some("Merovia Herald"),
        None,
    ),
    case(
        "according-to-a-described-name",
        "Markets were calm. Hitch has become the top film at the global box office, according to industry website Merovia Herald.",
        "Hitch has become",
        Some("Merovia Herald"),
        None,
    ),
    // Not past a place.
    case(
        "according-to-people-in-a-place",
        "Markets were calm. Prices will rise this year, according to property developers in Ostravia.",
        "Prices will rise",
        Some("property developers in Ostravia"),
        None,
    ),
    // A company's name that ends like one, with a place inside and a given
    // name first, is the company's; the person named after its possessive
    // is the subject.
    case(
        "person-after-a-company-possessive",
        "Bankers liked the notes. Kestrel Lynch Norland Ltd's Tomas Halvorsen defends the notes, saying they offer liquidity.",
        "they offer liquidity",
        Some("Tomas Halvorsen"),
        None,
    ),
    // A given name before an organisation's head is no person: `the
    // Sunday Times` is a newspaper.
    case(
        "given-name-before-an-organisation-head",
        "Markets were calm. Almost a quarter of those polled for the Sunday Times said he should return to the Cabinet after the election.",
        "he should return",
        Some("Sunday Times"),
        None,
    ),
];

/// Cases found wrong by the first version of the suite, fixed since:
/// appositions, titles before names, `in an interview with`, quote
/// paragraphs attributed in the next paragraph.
const REGRESSIONS: &[Case] = &[
    // A word no gazetteer knows before a title and a name, then an
    // apposition: the name speaks (with the built-in gazetteer, `House
    // Speaker Paul Ryan, the convention chair, told` found no speaker).
    case(
        "affiliation-title-name-apposition-after-quote",
        "Prices fell.\n\n\"Order is important,\" House Speaker Tomas Reich, the convention chair, told the delegates.",
        "Order is important",
        Some("Tomas Reich"),
        Some("delegates"),
    ),
    // DESIGN: `said John Smith, a spokesman` finds unknown speakers.
    case("indirect-said-new-name-title", "Profits rose sharply in the first quarter, said John Smith, a spokesman for the firm.", "Profits rose", Some("John Smith"), None),
    // A name and its apposition before `, said` are inside the reported
    // words when a party closes the sentence after the cue.
    case("indirect-apposition-in-content-said-name", "The sale has ruined Zentrix, once the owner of the mine, said founder Markus Brandt.", "The sale has ruined Zentrix, once", Some("Markus Brandt"), None),
    // A spokesperson for no named organisation speaks for the organisation
    // that opens its sentence, or the sentence before, as the subject; a
    // later `the spokesman` goes on for it.
    case("spokesperson-of-subject-before", "Prices rose again. Zentrix defended the increase. A spokesman said the costs of steel had doubled.", "the costs of steel", Some("Zentrix Holdings"), None),
    case("spokesperson-of-subject-same-sentence", "Prices rose again. Zentrix defended the increase, with a spokeswoman saying the costs of steel had doubled.", "the costs of steel", Some("Zentrix Holdings"), None),
    case("spokesperson-of-person-subject", "Prices rose again. Markus Brandt went abroad. A spokesman said the trip had been planned for months.", "the trip had been", Some("spokesman"), None),
    case("spokesperson-subject-not-opening", "Prices rose again. New rules, including those of Zentrix, will be discussed. A spokesman said the costs of steel had doubled.", "the costs of steel", Some("spokesman"), None),
    case("spokesperson-definite-after", "Zentrix defended the increase. A spokesman said the costs of steel had doubled. Shares fell. The spokesman added that supply was short.", "supply was short", Some("Zentrix Holdings"), None),
    case("spokesperson-definite-after-new-org", "A Zentrix spokesman said the costs of steel had doubled. A spokesman for the Port Authority said ships were late. The spokesman added that the port was full.", "the port was full", Some("Port Authority"), None),
    case("spokesperson-definite-after-unnamed", "A Zentrix spokesman said the costs of steel had doubled. A spokesman for the port said ships were late. The spokesman added that the port was full.", "the port was full", Some("spokesman"), None),
    case("spokesperson-for-the-company-after", "Zentrix sells steel. \"Demand is strong,\" said a spokesman for the company.", "Demand is strong", Some("Zentrix Holdings"), None),
    // `..., X told Y.` closes the sentence as `..., X said.` does.
    case("indirect-content-speaker-told-addressee", "Shares fell. The plant will close in June, Markus Brandt told CNBC.", "The plant will close", Some("Markus Brandt"), Some("CNBC")),
    case("indirect-content-speaker-told-addressee-day", "Shares fell. The plant will close in June, Markus Brandt told CNBC on Monday.", "The plant will close", Some("Markus Brandt"), Some("CNBC")),
    // Nationals who speak are their country; one person of a sector there
    // keeps the description.
    case("officials-of-nationality", "Prices fell. Norlandish officials said output would not change.", "output would not", Some("Norland"), None),
    case("official-of-sector-of-nationality", "Prices fell. One Norlandish mining sector official said output would not change.", "output would not", Some("Norlandish mining sector official"), None),
    // An acronym before a spokesperson noun names the organisation.
    case("acronym-spokesman", "Prices fell. A ZRX spokesman said output would not change.", "output would not", Some("ZRX"), None),
    // A participle after the subject's noun opens a reduced relative clause.
    case("subject-reduced-relative", "Prices fell. Local farmers clamoring for more aid say the harvest was very poor.", "the harvest was", Some("local farmers"), None),
    // Capitalised words after the first keep it capitalised.
    case("class-name-capitalised-inside", "Prices fell. Wall Street analysts said output would not change.", "output would not", Some("Wall Street analysts"), None),
    // The person an organisation's possessive and a role name.
    case("said-owner-role-name", "Prices fell. The plant will close in June, said Zentrix's chief operating officer Jan Holt.", "The plant will close", Some("Jan Holt"), None),
    // `X, spokeswoman for Y said` without the apposition's closing comma.
    case("name-role-for-org-said", "Prices fell. Lena Varga, spokeswoman for the Norland State University said the campus would close.", "the campus would", Some("Lena Varga"), None),
    // `they` goes on for the group that spoke last, unless a person or an
    // organisation became a subject since.
    case("they-current-group", "Prices in Norland rose last week, dealers said. There was little demand for spot material, they said.", "There was little demand", Some("dealers"), None),
    case("they-after-new-subject", "Prices in Norland rose last week, dealers said. Zentrix cut its output. There was little demand for spot material, they said.", "There was little demand", Some("Zentrix Holdings"), None),
    // `he`/`she` go on for one unnamed person who spoke last, not for a
    // thing (`the report`).
    case("he-current-unnamed-person", "Prices in Norland rose. A spokesman said prices would rise again. \"We are ready for it,\" he said.", "We are ready", Some("spokesman"), None),
    case("she-current-witness", "Prices in Norland rose. A witness said the car was red. \"It was very fast,\" she said.", "It was very fast", Some("witness"), None),
    // `the company` is the latest organisation that was a subject, not one
    // named in a phrase since.
    case("the-company-latest-subject", "Zentrix said it found more ore. Its shares rose on the Norland State University exchange. Drilling continues at the mine, the company said.", "Drilling continues", Some("Zentrix Holdings"), None),
    // A cue's form after a possessive is a noun inside the subject.
    case("subject-with-cue-noun", "Prices fell. People familiar with her thinking say she now backs the plan.", "she now backs", Some("people familiar with her thinking"), None),
    case("indirect-said-name-apposition", "Profits rose sharply in the first quarter, said Markus Brandt, the chief executive of Zentrix.", "Profits rose", Some("Markus Brandt"), None),
    case("indirect-name-apposition-said-that", "Markus Brandt, the chief executive of Zentrix, said on Thursday that profits rose sharply in the first quarter.", "profits rose", Some("Markus Brandt"), None),
    case("indirect-name-apposition-said", "Profits rose sharply in the first quarter, Markus Brandt, the chief executive, said.", "Profits rose", Some("Markus Brandt"), None),
    case("quote-name-apposition-said", "“Profits rose sharply,” Markus Brandt, the chief executive of Zentrix, said.", "Profits rose", Some("Markus Brandt"), None),
    case("indirect-title-name-said-day", "Norland will challenge the new tariffs at the trade body, Prime Minister Lena Varga said on Friday.", "Norland will", Some("Lena Varga"), None),
    // DESIGN: `in an interview with X` is an addressee.
    case("interview-with", "“The tariffs protect our own farmers,” Reich said in an interview with the Merovia Herald.", "The tariffs", Some("Tomas Reich"), Some("Merovia Herald")),
    // A cue right before the marks of a quoted sentence: a participle's
    // words are the subject's, or those of a name right before it.
    case("bare-participle-before-quoted-sentence", "Lena Varga spoke in Norland City. She ended the speech by saying \u{201C}Too many.\u{201D}", "Too many.", Some("Lena Varga"), None),
    case("participle-after-object-colon-quote", "PARIS (CNBC) \u{2014} Lena Varga rallied supporters, saying: \u{201C}We have to be ready to stop him.\u{201D}", "We have to be ready", Some("Lena Varga"), None),
    case("name-right-before-participle-quote", "The ad uses footage of Lena Varga asking, \u{201C}Why are we not ahead?\u{201D}", "Why are we not ahead?", Some("Lena Varga"), None),
    // A quoted fragment after a cue is part of the reported clause.
    case("bare-cue-before-fragment-is-mixed", "Lena Varga said \u{201C}the wind is at our backs\u{201D} despite the loss.", "\u{201C}the wind is at our backs\u{201D} despite", Some("Lena Varga"), None),
    // Phrases of time and place between the cue and the colon.
    case("long-occasion-before-colon-quote", "Markus Brandt, chairman of the awards, said at a ceremony in Norland City on Tuesday: \u{201C}The last year has been a great year.\u{201D}", "The last year", Some("Markus Brandt"), None),
    case("occasion-interview-with-then-clause", "Prices fell. Lena Varga said in an interview with CNBC she would run again.", "she would run", Some("Lena Varga"), Some("CNBC")),
    case("interview-with-org", "“The tariffs protect our own farmers,” Reich said in an interview with CNBC.", "The tariffs", Some("Tomas Reich"), Some("CNBC")),
    // A quote running over two paragraphs (no closing mark on the first)
    // belongs to the speaker who closes it.
    case("multi-paragraph", "“We offered a fair deal in March. They refused it.\n\n“Now we will take our case to the courts,” Lena Varga said.", "We offered", Some("Lena Varga"), None),
    // Reuters marks a company's name with `<...>`: the whole name speaks,
    // its first word a common one, and the marks open a sentence.
    case("reuters-company-marks", "Prices rose. <Federal Industries Ltd> said it launched a 40 mln dlr bond.", "it launched", Some("Federal Industries Ltd"), None),
    case("reuters-company-marks-class", "Prices rose. <Four Seasons Hotels> said it would open a hotel in Norland.", "it would open", Some("Four Seasons Hotels"), None),
    // A dateline is not part of the first sentence's content.
    case("dateline-not-content", "NORLAND CITY, March 3 - Norland's silver policy has not changed, Lena Varga said.", "Norland's silver", Some("Lena Varga"), None),
    // Nor is the agency credited in it the company a description stands for.
    case("dateline-credit-not-antecedent", "Markus Brandt runs Zentrix.\n\nPARIS (CNBC) - Sales will fall, the company said on Monday.", "Sales will", Some("Zentrix Holdings"), None),
    // Unnamed government officials speak for the country their words are
    // about: the first named in the sentence.
    case("government-officials-of-country", "Norland's silver policy has not changed despite Ostravia's decision, government mining and central bank officials said.", "Norland's silver", Some("Norland"), None),
    case("government-figures-of-country", "Ostravia had an output of 70 mln ounces last year, according to preliminary government figures.", "Ostravia had", Some("Ostravia"), None),
    case("the-government-stays-a-description", "Norland's silver policy has not changed, the government said.", "Norland's silver", Some("government"), None),
    // Descriptions after a quote: `one` with any person noun and a phrase
    // of place, an organisation noun that only modifies the person, an
    // owner's unnamed person, a phrase of place before the cue.
    case("quote-one-source-on-panel", "Lena Varga spoke.\n\n“The panel is in a frenzy,” said one Norlandish source on the panel.", "The panel", Some("Norlandish source on the panel"), None),
    case("quote-campaign-strategist", "Lena Varga spoke.\n\n“The panel is in a frenzy,” the campaign strategist said.", "The panel", Some("campaign strategist"), None),
    case("quote-owner-strategist", "Lena Varga spoke.\n\n“The panel is in a frenzy,” Varga's former campaign strategist said.", "The panel", Some("Varga's former campaign strategist"), None),
    case("quote-narrator-in-ad", "Lena Varga spoke.\n\n“You pay your taxes. Why didn't he pay his?” a narrator in the Zentrix ad asks.", "You pay", Some("narrator"), None),
    // A party and state set off by commas, and a day after the cue, which
    // is nobody.
    case("quote-affiliation-apposition", "Lena Varga spoke.\n\n“Our assumption is that the veto will be overridden,” Senate leader Markus Brandt, R-Ky., said Tuesday.", "Our assumption", Some("Markus Brandt"), None),
    // Cues only next to a quote.
    case("quote-she-continued", "Lena Varga spoke.\n\n“We have got to do everything possible,” she continued.", "We have got", Some("Lena Varga"), None),
    case("quote-letter-reads", "Lena Varga spoke.\n\n“Our support for the schools is not new,” the letter reads.", "Our support", Some("letter"), None),
    // Someone's unnamed spokesman, named as a spokesman later on.
    case("spokesman-named-later", "Lena Varga has reaffirmed her opposition to tariffs and her chief spokesman said sanctions were unlikely.\n\nLater, Norland spokesman Markus Brandt defended the sanctions.", "sanctions were", Some("Markus Brandt"), None),
    case("spokesman-never-named", "Lena Varga has reaffirmed her opposition to tariffs and her chief spokesman said sanctions were unlikely.\n\nLater, Markus Brandt defended the sanctions.", "sanctions were", Some("Lena Varga"), None),
    case("mixed-group-stays-a-description", "Norland's silver policy has not changed, industry and government sources said.", "Norland's silver", Some("industry and government sources"), None),
    case("central-bank-of-a-nationality", "PARIS (Reuters) - The dollar will fall, the Norlandish central bank said on Monday.", "The dollar", Some("Norlandish central bank"), None),
    // Addressees: a broadcaster's programme is the broadcaster's; a
    // phrase that opens the sentence may name the addressee; a plural
    // noun right before the reported clause is one.
    // A definite spokesperson is the unnamed one with the same noun who
    // spoke before, not a person named since (in what that one said).
    case("spokesperson-before-named-person", "A Zentrix spokesman said Anna Keller would not join the board. \u{201C}She has other plans,\u{201D} the spokesman said.", "She has other plans", Some("Zentrix Holdings"), None),
    // A nationality's noun for one person is not someone the text gave
    // another nationality, even named again later without it.
    case("nationality-not-another", "Ostravian Karl Brandes beat Markus Brandt in the final. Brandes was happy. \u{201C}It was a tough match,\u{201D} said the Merovian.", "It was a tough match", Some("Markus Brandt"), None),
    // A nation or place before the noun of an audience qualifies it: the
    // audience is addressed, as written, or the outlet named after it.
    // Post-nominal letters after a comma are no speaker.
    case("post-nominal-after-comma", "Prices fell. Deputy Judge Tomas Reich, QC told the hearing the case could have serious consequences.", "the case could", Some("Tomas Reich"), Some("hearing")),
    case("audience-of-nationality", "Prices fell. Anna Keller told a Norlandish news channel that she was innocent.", "she was innocent", Some("Anna Keller"), Some("Norlandish news channel")),
    case("audience-of-nationality-bare-clause", "Prices fell. Anna Keller told Norlandish reporters she was innocent.", "she was innocent", Some("Anna Keller"), Some("Norlandish reporters")),
    case("audience-of-place", "Prices fell. Anna Keller told a Norland City court she was innocent.", "she was innocent", Some("Anna Keller"), Some("Norland City court")),
    case("filing-with-exchange-of-place", "Prices fell. Zentrix Holdings said in a statement to the Norland City stock exchange that it would sell the plant.", "it would sell", Some("Zentrix Holdings"), Some("Norland City stock exchange")),
    case("outlet-named-after-nationality", "Prices fell. Anna Keller told Norlandish newspaper Dagblad Nord: \u{201C}I am fine.\u{201D}", "I am fine.", Some("Anna Keller"), Some("Dagblad Nord")),
    case("audience-of-organisation", "Prices fell. Anna Keller told CNBC reporters she was innocent.", "she was innocent", Some("Anna Keller"), Some("CNBC")),
    // A plural noun with its verb after the addressee opens the clause.
    case("clause-subject-after-addressee", "Prices fell. Anna Keller told CNBC shareholders were angry.", "shareholders were angry", Some("Anna Keller"), Some("CNBC")),
    case("programme-of-outlet", "Anna Keller spoke. \u{201C}It is a non-story,\u{201D} Anna Keller told CNBC's Evening Show.", "It is a non-story", Some("Anna Keller"), Some("CNBC")),
    case("opening-phrase-addressee", "Prices fell. Speaking to CNBC, Anna Keller said the talks had failed.", "the talks had", Some("Anna Keller"), Some("CNBC")),
    case("opening-phrase-day-is-no-addressee", "Prices fell. Speaking on Monday, Anna Keller said the talks had failed.", "the talks had", Some("Anna Keller"), None),
    case("plural-addressee-before-clause", "Prices fell. Anna Keller told shareholders the firm would grow.", "the firm would", Some("Anna Keller"), Some("shareholders")),
    // Before a colon, the noun phrase that opens the clause speaks when no
    // name or known description stands right before the cue.
    case("colon-quote-subject-phrase", "Prices fell. One economist in the capital said: \u{201C}It is cheaper to stay here than to move.\u{201D}", "It is cheaper", Some("economist in the capital"), None),
    // `close to`, `familiar with`: the object is not the speaker.
    case("sources-close-to", "Prices fell. Sources close to Zentrix Holdings said the deal was likely to close.", "the deal was", Some("sources"), None),
    // A subordinate clause that opens the sentence holds no speaker.
    case("subordinate-clause-then-subject", "Tomas Reich spoke. When Markus Brandt suggested that Norland would sue, Reich fired back forcefully: \u{201C}That is absurd.\u{201D}", "That is absurd", Some("Tomas Reich"), None),
    // A clause with no cue that ends in a colon introduces its subject's
    // words, in the next paragraph too.
    case("colon-clause-subject", "Anna Keller spoke. When Karl Brandes died in 1998, Anna Keller released the following statement:\n\n\u{201C}He was a great man.\u{201D}", "He was a great", Some("Anna Keller"), None),
    // A short form of an outlet named in full before is that outlet.
    case("outlet-named-in-full-before", "Tomas Reich spoke. Anna Keller told the Norland Evening Chronicle: \u{201C}It is not about money.\u{201D} Reich hit back. \u{201C}I have done nothing wrong,\u{201D} Reich told the Evening Chronicle.", "I have done nothing", Some("Tomas Reich"), Some("Norland Evening Chronicle")),
    // A day of the week between the speaker and the cue is no name.
    case("day-before-cue", "Markus Brandt spoke. Brandt later Thursday told CNBC: \u{201C}They need to talk.\u{201D}", "They need", Some("Markus Brandt"), Some("CNBC")),
    // A long relative clause between the speaker and the cue.
    case("long-relative-clause", "Markus Brandt spoke. Mr Brandt, who is a member of the Norland intelligence and security committee and was part of the inquiry into pre-war intelligence, told CNBC on Friday: \u{201C}That is right, but it is not an absolute rule.\u{201D}", "That is right", Some("Markus Brandt"), Some("CNBC")),
    // A headline's surname that is also a common word stands for the
    // name the story gives in full after it.
    case("headline-surname-named-later", "Bell: Tariffs Will Hurt Our Farmers.\n\nSenator Lisa Bell spoke in Norland on Monday.", "Tariffs Will Hurt", Some("Lisa Bell"), None),
    // `he` after a spokesperson of the referent that spoke before: the
    // official's organisation (`Railways` ends an organisation's name).
    // A title inside the apposition between a quote's speaker and cue.
    case("titled-role-apposition-after-quote", "Zentrix sources said sales were slow. \"Project work is very slow in Norland. We hope the new office might help,\" Gunther Schulz, Zentrix Vice-President in charge of projects, said.", "Project work is very slow", Some("Gunther Schulz"), None),
    // An adjective, a nationality and a role of two words before a name.
    case("former-nationality-role-words-name", "Worse could follow, according to former Norlandish team member Chris Bailey.", "Worse could follow", Some("Chris Bailey"), None),
    // A pronoun after the current speaker named again as the latest
    // subject is theirs, not that of someone named in between.
    case("pronoun-after-speaker-again-subject", "Chris Bailey said the team was weak. Tomas Reich is 407th in the current list. But Bailey sees hope. He said: \"Now we have dropped down.\"", "Now we have dropped down", Some("Chris Bailey"), None),
    // A sportsperson or an entrepreneur described by what they do is the
    // person named before.
    case("the-giant-winger", "Markus Brandt says he cannot wait. \"Now it is basically bring it on!\" said the giant winger.", "Now it is basically", Some("Markus Brandt"), None),
    case("the-entrepreneur", "Andrew Fisher, from Omaha, said he would sell the space. The entrepreneur said his mother was surprised.", "his mother was surprised", Some("Andrew Fisher"), None),
    // Not someone the words reported before name: the one who spoke them.
    case("description-after-reported-name", "Team member Hayley Yelling said the team would understand if Lena Varga opted out of the event. \"It would be fantastic to have Lena in the team,\" said the Norlandish cross-country champion.", "It would be fantastic", Some("Hayley Yelling"), None),
    // A quote left open right before the next quote mark of its paragraph
    // is the words of whoever that quote is attributed to.
    case("open-quote-runs-into-attributed-one", "Zentrix predicted strong sales. \"This year we will really begin to see that come to life. \"Some exhibitors will be showcasing how you can take that content anywhere,\" said Markus Brandt.", "This year we will", Some("Markus Brandt"), None),
    // After a full sentence in quote marks, someone who agrees with it
    // answers it: the quote goes on with the speaker before.
    case("agreed-after-full-sentence-quote", "Anna Keller told the Merovia Herald: \"Students choose us for quality. \"It does not mean that we will see thousands more.\" Tomas Reich agreed and said the figures had to be looked at in context.", "It does not mean", Some("Anna Keller"), None),
    // A name set off after a possessive role that ends the sentence.
    case("inverted-cue-role-then-name", "The council spoke. But the share of poorer students \"hardly changed at all\", said its chief executive, Sir Howard Newby.", "But the share of poorer students", Some("Howard Newby"), None),
    // A free relative that opens the subject names the group after it.
    case("what-group-said-was", "Zentrix fell in what some bond traders said was a reaction to the news.", "was a reaction", Some("some bond traders"), None),
    // A known place after `for` ends an organisation's unknown name.
    case("organisation-for-place", "The Higher Education Funding Council for Norland said more people went to university between 1994 and 2000.", "more people went", Some("Higher Education Funding Council for Norland"), None),
    case("organisation-for-place-opening-sentence", "Higher Education Funding Council for Norland said more people went to university between 1994 and 2000.", "more people went", Some("Higher Education Funding Council for Norland"), None),
    // `The exchange` is the exchange named before, not a body whose name
    // only has the word inside (`Securities and Exchange Commission`).
    case("the-exchange-named-before", "The Norland Stock Exchange said it will move the expiry of index options. It has told the Securities and Exchange Commission. The exchange said it contacted the company on Monday.", "it contacted the company", Some("Norland Stock Exchange"), None),
    // The person the gazetteer knows in the office a description names,
    // over someone named nearer, when only one of those named before held
    // it; no one by office when two did (offices change hands).
    case("description-office-held", "Hanna Lind was in Ostravia. Piet Moor praised her work. The chancellor said the debt deal was fair.", "the debt deal was fair", Some("Hanna Lind"), None),
    case("description-office-held-by-two", "Piet Moor met Oskar Dahl and Markus Brandt. The prime minister said the talks went well.", "the talks went well", Some("Markus Brandt"), None),
    // An office with other words is another one: `Tory leader` is no
    // leader of the Labour party.
    case("description-office-other-party", "Erik Vale spoke first. Then Markus Brandt spoke. The Tory leader said the plan would fail.", "the plan would fail", Some("Markus Brandt"), None),
    // An article's opening description is the first person named after
    // it, when the gazetteer knows them in that office.
    case("description-office-held-named-later", "The prime minister has defended the plan, saying it would cut crime.\n\nThe government faces a revolt. But Piet Moor said there could be no concession.", "it would cut crime", Some("Piet Moor"), None),
    case("description-office-not-held-by-next-named", "The prime minister has defended the plan, saying it would cut crime.\n\nAnna Keller said it was fair. Piet Moor said there could be no concession.", "it would cut crime", Some("prime minister"), None),
    // A participle set off after the subject, and its phrase of place, is
    // no reported clause: the verb after it reports the words.
    case("participle-aside-before-the-verb", "Hanna Lind flew to Ostravia. Hanna Lind, speaking during a week-long tour of Ostravia, said it was time to talk about values.", "it was time to talk", Some("Hanna Lind"), None),
    // A description by office as a sentence's subject, before a participle.
    case("the-governor-saying", "Anna Keller lost the case on Monday. The governor attacked the ruling, saying it was unjust.", "it was unjust", Some("Anna Keller"), None),
    // A phrase that opens the sentence, up to its comma, is no subject.
    case("under-phrase-opens-sentence", "Markets were calm. Under Tomas Reich, Anna Keller criticised the plan, saying it would fail.", "it would fail", Some("Anna Keller"), None),
    // A name after a role word (and a word before it) and a preposition is
    // an object: the subject before is the description's antecedent.
    case("role-word-before-object-name", "Markus Brandt quit after a row over his love for married publisher Tomas Reich. The minister said he had done nothing wrong.", "he had done nothing wrong", Some("Markus Brandt"), None),
    // `the statement` speaks for whoever the words were said in it by.
    case("the-statement-issued-before", "The Paris Club said in a statement it had agreed to reschedule the debts. Talks began on Monday. The statement said both countries faced heavy debt service obligations.", "both countries faced", Some("Paris Club"), None),
    case("party-before-a-ticker", "Norland's state ferry company Vestlinjen Oy <VEST.HE> said it would order two new ships next year.", "it would order", Some("Vestlinjen Oy"), None),
    case("bank-of-a-place", "The Bank of Norland said it would keep interest rates unchanged for the rest of the year.", "it would keep", Some("Bank of Norland"), None),
    case("bank-of-a-place-of-two-words", "Cooperative Savings Bank of Norland City said it had raised its prime lending rate to eight pct.", "it had raised", Some("Cooperative Savings Bank of Norland City"), None),
    case("government-of-a-place-is-the-place", "The Government of Ostravia said it would not pay the debt before the end of March.", "it would not pay", Some("Ostravia"), None),
    // Quoted words that go on from a subject as its predicate are said of
    // it by the speaker before.
    case("quoted-predicate-of-a-subject", "\u{201C}We thought only one man was so careless,\u{201D} said Lena Varga, who wrote a book on the campaign. Tomas Reich \u{201C}kind of misspoke. He should not talk about it in public.\u{201D}", "kind of misspoke", Some("Lena Varga"), None),
    // A number before the role (`said 9/11 widow ...`) modifies it.
    case("number-before-a-role", "Anna Keller spoke first. \u{201C}The rationales for the veto do not hold weight,\u{201D} said 9/11 widow Marta Holm.", "The rationales for", Some("Marta Holm"), None),
    // `made the following comment:`: a noun cue, made by the subject.
    case("the-following-comment", "On July 6, Tomas Reich made the following comment:\n\n\u{201C}For young people who have left school, the jobless rate is far too high.\u{201D}", "For young people", Some("Tomas Reich"), None),
    // A plural noun opening a sentence is a class (`bankers`), unless the
    // word opens a name elsewhere in the document (`at Sears`).
    case("plural-word-written-as-a-name-elsewhere", "Shares of Sears rose sharply on Monday. Sears said it was optimistic about prospects for the year.", "it was optimistic", Some("Sears"), None),
    case("plural-noun-of-people-stays-a-class", "The lenders are Bankers Trust and two others. Bankers said the talks would resume next week.", "the talks would resume", Some("bankers"), None),
    // `Dynamics said` after `General Dynamics Corp`: a word of an
    // organisation's name, as a speaker opening a sentence, is it.
    case("word-of-an-organisation-opens-a-sentence", "Shares of Summit Petroleum Corp rose two pct on Monday. Summit said it would pay a dividend of ten cents a share.", "it would pay a dividend", Some("Summit Petroleum Corp"), None),
    // A given name and a word before `of` and a company are a person
    // there, even when both are English words (`rick`, `martin`).
    case("person-of-a-company-with-a-legal-form", "Profits will recover next year, analyst Rick Martin of Hollis Vane Securities Inc said.", "Profits will recover", Some("Rick Martin"), None),
    // A noun in apposition gives the person's gender over the given name
    // (`Jordan Hale, the daughter of ...` is a woman).
    case("gender-from-apposition", "Tomas Reich was buried on Monday. Casey Lund, the daughter of the late senator, read a poem. Jordan Hale, his son, lit a candle. \u{201C}He gave everything to this city,\u{201D} she said.", "He gave everything", Some("Casey Lund"), None),
    // A place that opens a longer name no gazetteer knows is part of it.
    case("place-opens-an-unknown-name", "Wheat stocks fell sharply in March, according to the Norland Wheat Pool in its weekly report.", "Wheat stocks fell", Some("Norland Wheat Pool"), None),
    // A place doing something (`was pushing`) is a subject that speaks.
    case("place-as-progressive-subject", "Ostravia was pushing to regulate banks by function, arguing that brokers and banks should be regulated in the same way.", "brokers and banks", Some("Ostravia"), None),
    // A place and a capitalised role before a name after the cue.
    case("capitalised-role-after-a-place", "\u{201C}We will act on this soon,\u{201D} said Norland Premier Bill Carver.", "We will act", Some("Bill Carver"), None),
    // A nationality only describes a broker or banker, who does not speak
    // for the country; `he` goes on with the description.
    case("nationality-of-a-broker", "A leading Norlandish broker said the central bank was tightening policy. Prices rose 8.3 pct last year. \u{201C}Money supply control is the chief weapon against inflation,\u{201D} he said.", "Money supply control", Some("leading Norlandish broker"), None),
    // `X at one of the banks said`: the person, not the banks.
    case("person-at-one-of-the-banks", "A senior official at one of the four banks said the ministry would approve the plan by April.", "the ministry would approve", Some("senior official at one of the four banks"), None),
    // A place that says where a trader works is not whom the trader
    // speaks for.
    case("trader-at-a-bank-of-a-place", "A trader at a big Norlandish bank said the currency would fall further this week.", "the currency would fall", Some("trader at a big Norlandish bank"), None),
    // `the Norlandish banker` after a person is named: that person; after
    // `a Norlandish banker`, the one unnamed before.
    case("the-banker-named-before", "Anna Keller, chairman of a big bank, spoke in Merovia on Monday. The Norlandish banker said the currency would fall further this year.", "the currency would fall", Some("Anna Keller"), None),
    case("the-banker-unnamed-before", "Tomas Reich spoke first. A Norlandish banker said rates would rise. The Norlandish banker said the currency would fall further this year.", "the currency would fall", Some("Norlandish banker"), None),
    // `Douglas` is also a capital that stands for its country, and `roger`
    // an English word: a given name before a town is still a person's name.
    case("given-name-before-a-town", "Norland will repay its debt, Finance Minister Roger Douglas said.\n\nHe said the surplus was the first in 35 years.", "the surplus was", Some("Roger Douglas"), None),
    // `Yuli` is a woman's name in the (American) given-name list, and a
    // rare one: `he` outweighs it when no one else fits.
    case("he-after-a-rarely-named-speaker", "Chief negotiator Yuli Vorontsov said the talks had made a breakthrough.\n\nHe told a news conference that only technical work remained.", "only technical work remained", Some("Yuli Vorontsov"), Some("news conference")),
    // `Premier` is a title; a title that is an English word may still
    // open an organisation's name, mid-sentence too.
    case("premier-before-a-name", "Norland should tighten imports, Premier Li Peng said.", "Norland should tighten imports", Some("Li Peng"), None),
    case("title-word-opens-an-organisation", "Farm subsidies rose, according to the General Accounting Office.", "Farm subsidies rose", Some("General Accounting Office"), None),
    case("title-word-opens-a-league", "\u{201C}It is hard to put a date on it,\u{201D} a Premier League spokesman said.", "It is hard", Some("Premier League"), None),
    // `here` after the cue says where it was said.
    case("said-here-closes-the-sentence", "Oil prices will rise sharply this year, energy analyst Tomas Reich said here.", "Oil prices will rise sharply this year", Some("Tomas Reich"), None),
    case("said-here-that", "Markets were calm. Tomas Reich said here on Monday that oil prices will rise sharply.", "oil prices will rise sharply", Some("Tomas Reich"), None),
    // An unnamed spokesperson of a body no name gives speaks for that body,
    // and `he` goes on with it.
    case("spokesperson-of-an-unnamed-body", "Markets were calm. Tax revenue rose sharply in March, a finance ministry spokesman said.", "Tax revenue rose sharply in March", Some("finance ministry"), None),
    // A description, then a role and a name set off by commas: the name
    // speaks. Not another name for the same one, nor a participle's
    // object.
    case("role-and-name-after-a-description", "The play is obscene, Tomas Reich told parliament. But the work's author, US playwright Mara Lindqvist, says it is all about the market.", "it is all about the market", Some("Mara Lindqvist"), None),
    case("formerly-names-the-same-company", "Union Pacific Resources, formerly Champlin Petroleum, said it raised posted prices for crude oil.", "it raised posted prices", Some("Union Pacific Resources"), None),
    case("participle-phrase-is-no-role", "The talks went well. Later Tomas Reich, contradicting Piet Moor, said he had told Moor at the start that Norland would not pay.", "he had told Moor", Some("Tomas Reich"), None),
    // A sport's position describes the player named before.
    case("position-describes-the-player", "Adam Jones says the forwards are determined to dominate the French pack.\n\nThe prop said: \u{201C}If we get stuffed in the front five our backs have had it.\u{201D}", "If we get stuffed", Some("Adam Jones"), None),
    // `It` goes on with a medium or a document that spoke.
    case("it-after-the-radio", "Markets were calm. The government will act if the protests go on, the radio said. It said a special statement would be made shortly.", "a special statement would be made", Some("radio"), None),
    // `They` with no speaker to go on with: the group that is the subject
    // before it, never a country or a nationality's adjective.
    case("they-after-a-group-subject", "Markets were calm. Few analysts have taken the minister's assurance seriously. They said the deficit would exceed the budgeted figure by far.", "the deficit would exceed", Some("few analysts"), None),
    case("they-is-no-country", "Coffee observers remained sceptical that Norland would accept a quota cut this year.\n\nNorland has adopted a tough stance with banks and is likely to be just as tough on coffee, they said.", "Norland has adopted a tough stance", Some("coffee observers"), None),
    // `one` is one of the group that was the subject before.
    case("one-of-a-group", "Markets were calm. Several dealers said the central bank intervened when the dollar stood around 149 yen. One said the bank had bought about 500 mln dlrs.", "the bank had bought", Some("several dealers"), None),
    // A full sentence that `X said:` introduces is X's, whoever opens the
    // next sentence with a cue.
    case("colon-quote-before-a-new-subject-and-cue", "Lena Varga spoke.\n\nTomas Reich said: \u{201C}We need to reflect on this.\u{201D} Ms Varga has written to the mayor asking for answers.", "We need to reflect on this.", Some("Tomas Reich"), None),
    // An adjective that qualifies a gathering: the gathering is told.
    case("told-a-parliamentary-lunch", "Tomas Reich spoke.\n\n\u{201C}This will not be a big election issue,\u{201D} he told a Parliamentary lunch.", "This will not be a big election issue", Some("Tomas Reich"), Some("Parliamentary lunch")),
    // `the Waterford man`: someone a place describes, named before.
    // A document speaks for its author, named where it was mentioned
    // before: a name before the noun, after `by`, or the subject of `said
    // in a report`. `report` before another cue is a noun.
    case("the-report-said-after-a-named-report", "A Zentrix Holdings report was published on Monday. Tomas Reich said it was badly wrong.\n\n\u{201C}Demand has fallen in every region,\u{201D} the report said.", "Demand has fallen in every region", Some("Zentrix Holdings"), None),
    case("said-the-report-after-report-by", "The report by Zentrix Holdings was published on Monday.\n\n\u{201C}Demand has fallen in every region,\u{201D} said the report.", "Demand has fallen in every region", Some("Zentrix Holdings"), None),
    case("the-report-said-after-said-in-a-report", "Zentrix Holdings said in a report that growth was slowing.\n\nDemand has fallen in every region, the report said.", "Demand has fallen in every region", Some("Zentrix Holdings"), None),
    case("the-named-report-said", "Markets were calm.\n\n\u{201C}Demand has fallen in every region,\u{201D} the Zentrix report said.", "Demand has fallen in every region", Some("Zentrix Holdings"), None),
    case("a-report-with-no-author", "A new report was published on Monday.\n\nDemand has fallen in every region, says the report.", "Demand has fallen in every region", Some("report"), None),
    // `he` that reports words naming someone after it is someone else.
    case("he-is-not-the-person-his-words-name", "Tomas Reich and Markus Brandt met on Monday. Mr Brandt said his rival was \u{201C}a disgrace\u{201D}. But now he claims Mr Brandt should be punished by the league.", "Mr Brandt should be punished", Some("Tomas Reich"), None),
    case("he-may-be-named-before-his-cue", "Markus Brandt spoke on Monday. Markus Brandt still expects prices to rise next year, he told reporters.", "Markus Brandt still expects", Some("Markus Brandt"), Some("reporters")),
    case("officials-of-a-name-with-of", "But Office of Fair Trading officials said they saw no need to change policy.", "they saw no need", Some("Office of Fair Trading"), None),
    case("spokesman-of-a-name-with-of", "An Office of Fair Trading spokesman said the rate would stay.", "the rate would stay", Some("Office of Fair Trading"), None),
    case("firm-of-names-joined-by-and", "Vossler and Kimbrough said it plans to launch a new line of lenses. The company said the line will be sold under the Renu name.", "the line will be sold", Some("Vossler and Kimbrough"), None),
    case("people-joined-by-and-keep-their-given-names", "Anna Keller and Markus Brandt said they plan to launch a new line of lenses. The company said the line will be sold under the Renu name.", "the line will be sold", None, None),
    case("official-at-a-body-is-he", "Tomas Reich, a ministry official, said the rules were new. An official at Zentrix Holdings said bonds were valued at 20 billion rupees. The share was 35 pct, he said.", "The share was 35 pct", Some("Zentrix Holdings"), None),
    case("subject-after-an-opening-time-phrase", "Research by Brandt Kessler revealed that 90% of machines have the software on board. Before now Zentrix has left the market to specialist firms. It said that its program would not stop machines being infected.", "its program would not", Some("Zentrix Holdings"), None),
    case("firm-without-its-legal-form", "Vossler and Kimbrough Co will study cancer rates at the plant. The studies found elevated rates, Vossler and Kimbrough said. The reports revealed no new risk, it added.", "The reports revealed", Some("Vossler and Kimbrough Co"), None),
    case("they-is-the-group-of-its-own-sentence", "Zentrix Holdings lost a point when Zentrix said the rumors were untrue. However, its shares remained up 5/8 on volume of more than three mln shares.\n\nSeveral analysts were skeptical of the rumors, yet they said they could not conclude a takeover was impossible.", "they could not conclude", Some("several analysts"), None),
    case("they-of-sources-is-the-body", "The rains will cut output, Zentrix Holdings sources said. The sources did not give an estimate, but they noted that shipments declined last year.", "shipments declined", Some("Zentrix Holdings"), None),
    case("legal-form-in-lower-case", "Kessel Tronic corp said it expects a loss for the quarter.\n\nThe company blamed the loss on a settlement with the Ostravia Attorney General's Office and Department of Health Services.\n\nThe company said the settlement relates to regulatory violations.", "the settlement relates", Some("Kessel Tronic corp"), None),
    case("poll-of-people-joined-by-and", "The poll of 1,751 adults in Norland and 682 top business executives found that 58 pct believe takeovers do more harm than good.", "58 pct believe", Some("poll"), None),
    case("a-woman-after-a-role-in-man", "Winter wheat can survive low temperatures, Spokesman Anna Keller told Reuters.\n\nAir temperatures down to minus 30 C should not be harmful, she said.", "Air temperatures", Some("Anna Keller"), None),
    case("subject-after-but-and-a-role", "Coach Tomas Reich picked the side on Monday. Norland have been criticised for their dull play this year but captain Markus Brandt sees hope on the horizon. \"I get the impression we are getting better,\" he said.", "I get the impression", Some("Markus Brandt"), None),
    case("no-subject-before-an-adverb-and-this", "Markus Brandt has accused the sprinters of lacking pride. Brandt was in a spat with Norland's Tomas Reich earlier this year.\n\nAnd the Ostravian remains highly critical. \"The only time you see them upset is in a debate,\" he claimed.", "The only time", Some("Markus Brandt"), None),
    case("company-a-place-opens", "Ostravia Mining Corp said it would cut output by 10 pct this year.", "it would cut output", Some("Ostravia Mining Corp"), None),
    case("body-with-a-place-after-of", "Rail traffic rose 5 pct last week, the Association of Norland Railroads said.", "Rail traffic rose", Some("Association of Norland Railroads"), None),
    case("short-name-of-a-company-a-place-opens", "Ostravian Pacific Ltd and its Ostravian Pacific Airlines Ltd unit were sold. Ostravian Pacific said the sale would close in May.", "the sale would close", Some("Ostravian Pacific Ltd"), None),
    case("place-man-describes-the-person-before", "Tomas Reich was hurt in Athens.\n\n\u{201C}I was in a lot of pain,\u{201D} says the Waterford man.", "I was in a lot of pain", Some("Tomas Reich"), None),
    case("he-after-a-second-spokesperson", "Norland has a rail link with the port, Norlandish officials said.\n\nCustoms take less than a day, a Norlandish Railways official said. \u{201C}Trade is slow now,\u{201D} he said.", "Trade is slow", Some("Norlandish Railways"), None),
];

/// Runs all cases in one `extract` and returns the failures.
/// `"A," he said. "B."`: B is attributed by the same words as A, so it
/// carries their mention, and so does a quote paragraph right after it; a
/// quote paragraph after other words continues the speaker with no mention
/// of its own.
#[test]
fn a_quote_right_after_an_attributed_one_shares_its_mention() {
    let text = "“The kids thought it was fireworks,” she said at the fair on Monday. “We just told them so.”\n\n“Nobody was hurt.”\n\nThe fair closed at ten.\n\n“We will be back.”";
    let text = format!("Lena Varga was there. {text}");
    let got: Vec<(String, String, Value)> = quotes_of([("a", text.as_str())])
        .iter()
        .map(|q| {
            (
                q["content"]["text"].as_str().unwrap().to_string(),
                q["speaker"]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                q["speaker"]["mention"]["text"].clone(),
            )
        })
        .collect();
    let want = [
        (
            "The kids thought it was fireworks,",
            "Lena Varga",
            json!("she"),
        ),
        ("We just told them so.", "Lena Varga", json!("she")),
        ("Nobody was hurt.", "Lena Varga", json!("she")),
        ("We will be back.", "Lena Varga", Value::Null),
    ];
    let want: Vec<(String, String, Value)> = want
        .iter()
        .map(|(c, s, m)| (c.to_string(), s.to_string(), m.clone()))
        .collect();
    assert_eq!(got, want);
}

/// A speaker pronoun with no antecedent keeps its words (`she`, no id), and
/// the quote after it keeps that speaker rather than an earlier one; one
/// that fits the previous speaker names them.
#[test]
fn an_unresolved_speaker_pronoun_stays_as_written() {
    let docs = [
        (
            "none",
            "The civic leaders said the video must be released.\n\nThe crowd gathered at the gate.\n\n\"Don't shoot him,\" she says. \"He has no weapon.\"",
        ),
        (
            "previous",
            "Rates rose. One senior dealer said the bank should have cut its sales.\n\nThough dealers learn late of the reserves, the bank knows them at once, he said.\n\n\"They should avoid such excesses,\" he said.",
        ),
    ];
    let got: Vec<(String, Value, Value, Value, Value)> = quotes_of(docs)
        .iter()
        .map(|q| {
            (
                q["content"]["text"].as_str().unwrap().to_string(),
                q["speaker"]["name"].clone(),
                q["speaker"]["id"].clone(),
                q["speaker"]["type"].clone(),
                q["speaker"]["mention"]["text"].clone(),
            )
        })
        .collect();
    let want = [
        (
            "the video must be released",
            json!("civic leaders"),
            Value::Null,
            json!("OTHER"),
            json!("The civic leaders"),
        ),
        (
            "Don't shoot him,",
            json!("she"),
            Value::Null,
            json!("PERSON"),
            json!("she"),
        ),
        (
            "He has no weapon.",
            json!("she"),
            Value::Null,
            json!("PERSON"),
            json!("she"),
        ),
        (
            "the bank should have cut its sales",
            json!("senior dealer"),
            Value::Null,
            json!("OTHER"),
            json!("One senior dealer"),
        ),
        (
            "Though dealers learn late of the reserves, the bank knows them at once",
            json!("senior dealer"),
            Value::Null,
            json!("OTHER"),
            json!("he"),
        ),
        (
            "They should avoid such excesses,",
            json!("senior dealer"),
            Value::Null,
            json!("OTHER"),
            json!("he"),
        ),
    ];
    let want: Vec<(String, Value, Value, Value, Value)> = want
        .into_iter()
        .map(|(c, n, i, t, m)| (c.to_string(), n, i, t, m))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_split_quote_keeps_its_pieces_without_the_attribution() {
    let text = "\"We will win,\" Lena Varga said on Monday in Kenansville, \"but it will be hard.\" \"No,\" she said.";
    let quotes = quotes_of([("split", text)]);
    assert_eq!(
        quotes[0]["content"]["text"],
        "We will win,\" Lena Varga said on Monday in Kenansville, \"but it will be hard."
    );
    assert_eq!(
        fragments(&quotes[0]),
        ["We will win,", "but it will be hard."]
    );
    // A quote all of whose content is reported words has none.
    assert_eq!(quotes[1]["content"]["text"], "No,");
    assert!(quotes[1].get("content_fragments").is_none());
}

#[test]
fn reported_words_around_an_attribution_set_off_inside_them_are_two_pieces() {
    let text =
        "Markets were calm. Many of the closures, Tomas Reich said, have involved public courses. \
                The tone of the campaign, said Lena Varga, would be more conversational.";
    let quotes = quotes_of([("set-off", text)]);
    assert_eq!(
        quotes[0]["content"]["text"],
        "Many of the closures, Tomas Reich said, have involved public courses"
    );
    assert_eq!(
        fragments(&quotes[0]),
        ["Many of the closures", "have involved public courses"]
    );
    assert_eq!(
        fragments(&quotes[1]),
        ["The tone of the campaign", "would be more conversational"]
    );
}

#[test]
fn no_split_quote_around_a_second_cue_or_a_quoted_name() {
    let docs = [
        (
            "cue",
            "\"We certainly cannot afford this,\" Tomas Reich said, adding later, \"the alliance costs us a fortune.\"",
        ),
        (
            "name",
            "\"I was quite surprised by second place,\" said Lena Varga, who wore the bid slogan, \"Back the Bid\", on her shorts.",
        ),
    ];
    let quotes = quotes_of(docs);
    let first = |doc: &str| {
        quotes.iter().find(|q| q["doc"] == doc).unwrap()["content"]["text"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(first("cue"), "We certainly cannot afford this,");
    assert_eq!(first("name"), "I was quite surprised by second place,");
}

#[test]
fn where_an_unnamed_person_works_is_an_organisation() {
    let quotes = quotes_of([
        (
            "with",
            "A senior economist with Banque Ostrale said the focus was now on trade and growth.",
        ),
        (
            "dealer",
            "A dealer with Kleinhaus Ostrale said the focus was now on trade and growth.",
        ),
    ]);
    for q in &quotes {
        assert_eq!(q["speaker"]["type"], "ORG", "{q}");
    }
    assert_eq!(quotes.len(), 2);
}

#[test]
fn a_cue_noun_before_another_cue_heads_the_subject() {
    let quotes = quotes_of([(
        "report-said",
        "Markets were calm.\n\n\u{201C}Demand has fallen in every region,\u{201D} the Zentrix report said.",
    )]);
    let cues: Vec<&str> = quotes
        .iter()
        .map(|q| q["cue"]["text"].as_str().unwrap())
        .collect();
    assert_eq!(cues, ["said"], "{quotes:?}");
}

#[test]
fn a_name_before_an_organisation_noun_is_an_organisation() {
    let quotes = quotes_of([(
        "agency",
        "Talks with the banks began yesterday, the official Vastrog news agency reported. Vastrog said the general attitude of the banks was favourable.",
    )]);
    let q = quotes
        .iter()
        .find(|q| q["speaker"]["name"] == "Vastrog")
        .unwrap();
    assert_eq!(q["speaker"]["type"], "ORG", "{q}");
}

/// The quotes `extract` finds in `docs` (id, text) with the test gazetteer.
/// The texts of a quote's `content_fragments` (none when it has none).
fn fragments(q: &Value) -> Vec<String> {
    q["content_fragments"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| f["text"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn quotes_of<'a>(docs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<Value> {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("g.tsv"), GAZETTEER).unwrap();
    let input: String = docs
        .into_iter()
        .map(|(id, text)| format!("{}\n", json!({"id": id, "text": text})))
        .collect();
    std::fs::write(dir.join("cases.jsonl"), input).unwrap();
    let args = common::extract_with_own_gazetteer("cases.jsonl", "out");
    run_ok(dir, &args, None);
    read_jsonl(&dir.join("out/quotes.jsonl"))
}

fn failures(cases: &[Case]) -> Vec<String> {
    let quotes = quotes_of(cases.iter().map(|c| (c.name, c.text)));
    let name = |v: &Value| v["name"].as_str().map(String::from);
    let mut failed = Vec::new();
    for c in cases {
        let Some(q) = quotes.iter().find(|q| {
            q["doc"] == c.name
                && q["content"]["text"]
                    .as_str()
                    .is_some_and(|t| t.starts_with(c.content))
        }) else {
            failed.push(format!(
                "{}: no quote starting `{}` in {:?}",
                c.name, c.content, c.text
            ));
            continue;
        };
        let got = (name(&q["speaker"]), name(&q["addressee"]));
        let want = (c.speaker.map(String::from), c.addressee.map(String::from));
        if got != want {
            failed.push(format!(
                "{}: (speaker, addressee) = {got:?}, want {want:?}; rule {}",
                c.name, q["rule"]
            ));
        }
    }
    failed
}

#[test]
fn attribution_cases() {
    let failed = failures(CASES);
    assert!(failed.is_empty(), "\n{}", failed.join("\n"));
}

#[test]
fn attribution_regressions() {
    let failed = failures(REGRESSIONS);
    assert!(failed.is_empty(), "\n{}", failed.join("\n"));
}

// Indirect speech (issue #5): the exact reported clause of the quote whose
// content starts with `content`'s first words, and its speaker.

/// An indirect quote: its whole content and its speaker's name.
struct Reported {
    name: &'static str,
    text: &'static str,
    content: &'static str,
    speaker: Option<&'static str>,
}

const fn reported(
    name: &'static str,
    text: &'static str,
    content: &'static str,
    speaker: Option<&'static str>,
) -> Reported {
    Reported {
        name,
        text,
        content,
        speaker,
    }
}

const REPORTED: &[Reported] = &[
    // A cue's bare noun after a name that an article opens heads the
    // subject; the name's organisation speaks through its document.
    reported(
        "a-named-report-released-after-trading",
        "Markets were calm. A Zentrix Holdings report released after trading said corn stocks were down.",
        "corn stocks were down",
        Some("Zentrix Holdings"),
    ),
    // A document's participle and a phrase of time or place after it
    // qualify the document, which speaks.
    reported(
        "document-released-after-the-close",
        "Markets were calm. A report released after the close said corn stocks were down 5% from a year ago.",
        "corn stocks were down 5% from a year ago",
        Some("report"),
    ),
    reported(
        "data-released-in-a-city",
        "Markets were calm. Other data released in Norland City showed there was a deficit in the services account.",
        "there was a deficit in the services account",
        Some("other data"),
    ),
    // A titled name set off after a description is who speaks, not an
    // apposition of it.
    reported(
        "description-then-titled-name",
        "Markets were calm. Another peer, Lord Halbrook, said not to publish the advice would strengthen the suspicion.",
        "not to publish the advice would strengthen the suspicion",
        Some("Lord Halbrook"),
    ),
    reported(
        "description-then-mr-name",
        "Markets were calm. The committee's chairman, Senator Tomas Reich, promised to return to the issues in October.",
        "to return to the issues in October",
        Some("Tomas Reich"),
    ),
    // `according to` set off inside the sentence, its source with a
    // relative clause: the sentence is the content.
    reported(
        "according-to-a-source-with-a-relative-clause",
        "Markets were calm. Notably absent from the talks, according to members who spoke with reporters afterward, was any mention of the inquiry.",
        "Notably absent from the talks, according to members who spoke with reporters afterward, was any mention of the inquiry",
        Some("members"),
    ),
    // A belief inside the words `according to` sources is no attribution
    // of its own: one record, the outer one.
    reported(
        "according-to-around-a-belief",
        "Markets were calm. Anna Keller performed well among Norland voters who believe that trade is a boon for the economy, according to exit polling data.",
        "Anna Keller performed well among Norland voters who believe that trade is a boon for the economy",
        Some("exit polling data"),
    ),
    // A relative clause inside a closing apposition runs to the end,
    // commas and all.
    reported(
        "apposition-with-a-relative-clause-and-commas",
        "Markets were calm. A variety of factors impact the cost of college, said Tomas Reich, a debt expert who has published several books, papers and editorials on the topic.",
        "A variety of factors impact the cost of college",
        Some("Tomas Reich"),
    ),
    // A share of people by `out of`.
    reported(
        "nine-out-of-10-say",
        "Markets were calm. Nearly nine out of 10 say they will need to develop new skills to advance their careers.",
        "they will need to develop new skills to advance their careers",
        Some("nearly nine out of 10"),
    ),
    // A relative clause with no pronoun after the subject's noun.
    reported(
        "people-i-have-spoken-with",
        "Markets were calm. Several people I've spoken with over the last couple of weeks said Tomas Reich had peppered Anna Keller with suggestions.",
        "Tomas Reich had peppered Anna Keller with suggestions",
        Some("several people"),
    ),
    // After records of facts, `show` is a verb, with `that` or without,
    // before a clause in any tense or a standing in a poll.
    reported(
        "polls-show-a-standing",
        "Markets were calm. Polls show Anna Keller up by 10 points in the next major contest.",
        "Anna Keller up by 10 points in the next major contest",
        Some("polls"),
    ),
    reported(
        "records-show-a-past-clause",
        "Markets were calm. Public records show Tomas Reich gave nothing to the foundation since 2008.",
        "Tomas Reich gave nothing to the foundation since 2008",
        Some("public records"),
    ),
    // `and` with a plural of people after it opens another attribution,
    // not when the word before `and` is one too (a subject of two).
    reported(
        "and-experts-say",
        "Markets were calm. Figures showed the Norland economy grew by 9.5% in 2004 and experts say the overall growth picture remains strong.",
        "the Norland economy grew by 9.5% in 2004",
        Some("figures"),
    ),
    reported(
        "traders-and-bankers-said",
        "Markets were calm. Traders in Norland said they expected the move to bring benefits, but traders and bankers in Ostravia said it posed a threat.",
        "they expected the move to bring benefits",
        Some("traders in Norland"),
    ),
    // So does a passive cue after `and` and a plural of people.
    reported(
        "and-a-passive-cue",
        "Markets were calm. Tomas Reich said many pensioners are means tested and students who were told there would be no fees are now in debt.",
        "many pensioners are means tested and students who were told there would be no fees are now in debt",
        Some("Tomas Reich"),
    ),
    // An infinitive after `and` goes on inside the reported words.
    reported(
        "and-an-infinitive-cue",
        "Markets were calm. Tomas Reich said this meant the prospect of patients and doctors having to find new appointments elsewhere.",
        "this meant the prospect of patients and doctors having to find new appointments elsewhere",
        Some("Tomas Reich"),
    ),
    // `easier said than done` is no cue.
    reported(
        "easier-said-than-done",
        "Markets were calm. Tomas Reich said cooperation between central banks and governments was easier said than done.",
        "cooperation between central banks and governments was easier said than done",
        Some("Tomas Reich"),
    ),
    // A report that a participle and a phrase of place qualify speaks;
    // `report` there is no cue.
    reported(
        "report-qualified-by-a-participle",
        "Markets were calm. An Ostravia Radio report monitored in Norland City said Anna Keller had called on Norland to talk.",
        "Anna Keller had called on Norland to talk",
        Some("Ostravia Radio report"),
    ),
    // The country an envoy is sent to is not who speaks; the country that
    // sent them is.
    reported(
        "envoy-to-a-country",
        "Markets were calm. Norland's High Commissioner to Ostravia said some Norlanders should integrate more.",
        "some Norlanders should integrate more",
        Some("Norland"),
    ),
    // A place after a peer's title is the peer's name.
    reported(
        "peer-named-after-a-place",
        "Markets were calm. Home Office minister Baroness Ostravia said the mandatory life sentence would stay.",
        "the mandatory life sentence would stay",
        Some("Baroness Ostravia"),
    ),
    // A clause after `claim` shows a verb (`do not`), and is reported.
    reported(
        "claim-with-a-clause",
        "Markets were calm. Critics claim the sums do not add up, and that families would be hit.",
        "the sums do not add up, and that families would be hit",
        Some("critics"),
    ),
    // An organisation's gathering told something: the content follows
    // the gathering's noun.
    reported(
        "told-an-organisations-lunch",
        "Markets were calm. Tomas Reich told a Zentrix Holdings lunch the world was changing rapidly.",
        "the world was changing rapidly",
        Some("Tomas Reich"),
    ),
    // `According to X` with no comma after it: the clause opens with its
    // subject right after the source.
    reported(
        "according-to-with-no-comma",
        "Markets were calm. According to Zentrix there were almost four million users in April, and numbers are climbing fast.",
        "there were almost four million users in April, and numbers are climbing fast",
        Some("Zentrix Holdings"),
    ),
    // A preposition's object before `and` is no part of the group that
    // speaks.
    reported(
        "group-after-a-prepositional-object",
        "Markets were calm. Children live with foster families in the Isle of Skarn and carers have said they need more money.",
        "they need more money",
        Some("carers"),
    ),
    // An apposition of where a person comes from, with no closing comma:
    // the person speaks.
    reported(
        "affiliation-apposition-with-no-closing-comma",
        "Markets were calm. Tomas Reich, from the Norland Public Services union said there should be a one day strike.",
        "there should be a one day strike",
        Some("Tomas Reich"),
    ),
    // A participle after the attribution tells what the speaker did; a
    // gerund with a verb of its own is the subject of the reported words.
    reported(
        "participle-after-a-set-off-attribution",
        "Markets were calm. Sales were great, Tomas Reich said, wiping sweat off his face.",
        "Sales were great",
        Some("Tomas Reich"),
    ),
    reported(
        "gerund-subject-after-a-set-off-attribution",
        "Markets were calm. The last move was seamless, Tomas Reich said, but replacing Lena Varga would be much harder.",
        "The last move was seamless, Tomas Reich said, but replacing Lena Varga would be much harder",
        Some("Tomas Reich"),
    ),
    reported(
        "gerund-subject-right-after-a-set-off-attribution",
        "Markets were calm. The last move was seamless, Tomas Reich said, replacing Lena Varga would be much harder.",
        "The last move was seamless, Tomas Reich said, replacing Lena Varga would be much harder",
        Some("Tomas Reich"),
    ),
    // A clause that `what` opens, as the subject of another verb of being.
    reported(
        "what-clause-as-subject",
        "Markets were calm. Tomas Reich told CNBC's Talking Point programme what was needed was one approach.",
        "what was needed was one approach",
        Some("Tomas Reich"),
    ),
    // A participle's phrase opening the sentence, up to its comma, is no
    // subject; a capitalised word in `-ing` that opens a name is.
    reported(
        "participle-phrase-opens-the-sentence",
        "Markets were calm. Looking further ahead in the year, the association's chairman Tomas Reich, has predicted that more people will go online.",
        "more people will go online",
        Some("Tomas Reich"),
    ),
    reported(
        "name-in-ing-opens-the-sentence",
        "Markets were calm. Carling Breweries Ltd, 50.1 pct owned by Zentrix, said it agreed to contribute 5.0 mln dlrs.",
        "it agreed to contribute 5.0 mln dlrs",
        Some("Carling Breweries Ltd"),
    ),
    // Surveys of people speak, not the people; an adverb opening the
    // clause is no part of the speaker.
    reported(
        "surveys-of-people",
        "Markets were calm. Surveys of economists have shown that the majority expect rates to stay at 2%.",
        "the majority expect rates to stay at 2%",
        Some("surveys of economists"),
    ),
    reported(
        "clause-opener-before-a-class",
        "Markets were calm. Meanwhile large numbers of backbench MPs said the plan would fail.",
        "the plan would fail",
        Some("large numbers of backbench MPs"),
    ),
    // A year after its preposition is a phrase of time before the cue.
    reported(
        "relative-speaker-then-a-year",
        "Markets were calm. Tomas Reich met Anna Keller, who in 2010 said the goal was to win.",
        "the goal was to win",
        Some("Anna Keller"),
    ),
    // Quote marks or brackets before the last comma leave the subject
    // after it; a phrase of time or a bare noun after it is none.
    reported(
        "subject-after-a-quoted-title",
        "Markets were calm. On an episode of \"The Morning Show,\" the former minister said she wanted to speak to voters.",
        "she wanted to speak to voters",
        Some("former minister"),
    ),
    reported(
        "closing-attribution-after-brackets",
        "Markets were calm. The index (base 1980) rose 0.7 pct in March, the Bureau of Statistics said.",
        "The index (base 1980) rose 0.7 pct in March",
        Some("Bureau of Statistics"),
    ),
    reported(
        "no-subject-in-a-list-after-quotes",
        "Markets were calm. A spokeswoman said the plans were in the \"very early stages\", with no cast, opening date or theatre announced.",
        "the plans were in the \"very early stages\", with no cast, opening date or theatre announced",
        Some("spokeswoman"),
    ),
    // `found` with words after it is a participle, unless they say where.
    reported(
        "found-as-a-participle",
        "Markets were calm. He predicted that few makers (most of them in Norland) will produce memory chips, the standard component found in everything from watches to computers.",
        "few makers (most of them in Norland) will produce memory chips",
        Some("He"),
    ),
    reported(
        "found-in-a-survey",
        "Markets were calm. Spending will rise to 1.5 billion stg in 1988, the association found in its latest survey.",
        "Spending will rise to 1.5 billion stg in 1988",
        Some("association"),
    ),
    // A relative pronoun before the speaker is the reported clause's
    // subject: what is left of the clause is reported, up to its comma,
    // past the commas of a list.
    reported(
        "relative-clause-around-the-attribution",
        "Markets were calm. Zentrix signed a deal that officials said was worth a billion dollars, and its shares rose.",
        "was worth a billion dollars",
        Some("officials"),
    ),
    reported(
        "relative-clause-with-a-list",
        "Markets were calm. The bill, which ministers say will tackle crime, terrorism and illegal immigration, is expected to pass.",
        "will tackle crime, terrorism and illegal immigration",
        Some("ministers"),
    ),
    // An adverb between the comma and the participle.
    reported(
        "adverb-before-a-participle",
        "Markets were calm. Tomas Reich complained about the sound, even suggesting his microphone had been sabotaged.",
        "his microphone had been sabotaged",
        Some("Tomas Reich"),
    ),
    // A spokesperson for an organisation, after the comma that closes the
    // reported sentence, is no part of it; the cue before it takes a noun
    // phrase there.
    reported(
        "spokesman-for-an-organisation-closes",
        "Markets were calm. Norland suggested to its creditors an extension of credit lines, a spokesman for the Central Bank said.",
        "Norland suggested to its creditors an extension of credit lines",
        Some("Central Bank"),
    ),
    reported(
        "present-tense-clause-after-suggest",
        "Markets were calm. The latest poll suggests most voters support the plan.",
        "most voters support the plan",
        Some("latest poll"),
    ),
    // A cue and its speaker set off inside the sentence, the speaker
    // after the cue: the sentence is what was said.
    reported(
        "inverted-attribution-set-off-before-the-verb",
        "The tone of the campaign, said Tomas Reich, would be more conversational than rhetorical.",
        "The tone of the campaign, said Tomas Reich, would be more conversational than rhetorical",
        Some("Tomas Reich"),
    ),
    reported(
        "inverted-attribution-set-off-after-an-opener",
        "Also, said Lena Varga, Zentrix has briefly cut off ten content sellers flouting the rules.",
        "Also, said Lena Varga, Zentrix has briefly cut off ten content sellers flouting the rules",
        Some("Lena Varga"),
    ),
    // Not after a subject with an apposition of its own: the subject
    // speaks, and the named person is what it said about.
    reported(
        "cue-after-a-subject-with-an-apposition",
        "Zentrix Holdings, a unit of Ostrava Group, said Tomas Reich, a former director, has been named chairman.",
        "Tomas Reich, a former director, has been named chairman",
        Some("Zentrix Holdings"),
    ),
    // `As such,` opens the main clause, not a subordinate one that ends
    // at its comma.
    reported(
        "as-such-opens-the-main-clause",
        "As such, Tomas Reich said Zentrix has begun to evaluate strategies, budgets and operating direction in each of its divisions.",
        "Zentrix has begun to evaluate strategies, budgets and operating direction in each of its divisions",
        Some("Tomas Reich"),
    ),
    // An attribution set off inside the sentence may end with an adverb.
    reported(
        "parenthetical-attribution-with-an-adverb",
        "The alternative to driving down the dollar, Tomas Reich said recently, is to reduce consumption.",
        "The alternative to driving down the dollar, Tomas Reich said recently, is to reduce consumption",
        Some("Tomas Reich"),
    ),
    // A quote's first word is no such adverb.
    reported(
        "said-then-a-quote-that-opens-with-an-adverb",
        "Speaking of the market, Tomas Reich said \"Naturally, I have to admit that there are still many obstacles.\"",
        "\"Naturally, I have to admit that there are still many obstacles.\"",
        Some("Tomas Reich"),
    ),
    // A closing attribution holds the cues of the words before it, also
    // when a clause of its own follows it.
    reported(
        "closing-attribution-before-a-clause-of-its-own",
        "Some new battery designs promise to cram more power into the same space, said Tomas Reich, though work still needed to be done to get them to market.",
        "Some new battery designs promise to cram more power into the same space",
        Some("Tomas Reich"),
    ),
    // A poll shows or finds a subject and its standing.
    reported(
        "poll-shows-a-small-clause",
        "The poll shows both Lena Varga and Tomas Reich beating Anna Keller 45 to 40 percent.",
        "both Lena Varga and Tomas Reich beating Anna Keller 45 to 40 percent",
        Some("poll"),
    ),
    reported(
        "poll-shows-a-standing",
        "One poll shows Tomas Reich 16 points ahead of Anna Keller in Norland.",
        "Tomas Reich 16 points ahead of Anna Keller in Norland",
        Some("poll"),
    ),
    // A closing `according to X` sources the words of a parenthesis left
    // open, and all of a clause with a last phrase that `with` sets off;
    // the parenthesis's closing mark is no part of the source.
    reported(
        "according-to-inside-a-parenthesis",
        "Reich repeated his claim about the harvest (the actual yield is closer to 15 percent, according to the ministry).",
        "the actual yield is closer to 15 percent",
        Some("ministry"),
    ),
    reported(
        "according-to-after-a-short-parenthesis",
        "Reich was an adviser to Sen. Anna Keller (D-Minn., according to his biography).",
        "Reich was an adviser to Sen. Anna Keller (D-Minn.",
        Some("his biography"),
    ),
    reported(
        "according-to-after-a-with-phrase",
        "Labatt is the leading brewer, with about 41 pct of the market, according to Anna Keller.",
        "Labatt is the leading brewer, with about 41 pct of the market",
        Some("Anna Keller"),
    ),
    // An opener is no part of a group's name, and a quantifier keeps its
    // noun.
    reported(
        "opener-and-quantifier-in-a-group-name",
        "However, many farmers rejected the ban, saying they would ignore it and go on.",
        "they would ignore it and go on",
        Some("many farmers"),
    ),
    // A pronoun after an opener is the sentence's subject.
    reported(
        "opener-then-pronoun-subject",
        "Lena Varga spoke on Monday. However, she described Tomas Reich as a friend, saying he would win the vote.",
        "he would win the vote",
        Some("Lena Varga"),
    ),
    // A participle reports its clause's subject, not a name after the
    // clause's verb (its object); a name right before the participle is
    // its own subject.
    reported(
        "participle-subject-before-object",
        "The government refused to back Tomas Reich's bill, saying it was too complex.",
        "it was too complex",
        Some("government"),
    ),
    reported(
        "participle-after-its-own-subject",
        "Norland welcomed the decision, with finance minister Lena Varga saying it showed the plan was right.",
        "it showed the plan was right",
        Some("Lena Varga"),
    ),
    // An apposition whose closing comma is left out: the name before it
    // speaks, not the organisation that ends it, known or not.
    reported(
        "open-apposition-known-org",
        "Markus Brandt, director of research at Zentrix Holdings said the plant would close.",
        "the plant would close",
        Some("Markus Brandt"),
    ),
    reported(
        "open-apposition-unknown-org",
        "Prices fell. Kurt Vogel, director of commodity analysis for Pillsco said wheat stocks could rise.",
        "wheat stocks could rise",
        Some("Kurt Vogel"),
    ),
    // After a cue that often takes a noun phrase, `it` with a verb in
    // `-s` opens a clause.
    reported(
        "added-it-expects",
        "Zentrix Holdings added it expects to open 15 branches this year.",
        "it expects to open 15 branches this year",
        Some("Zentrix Holdings"),
    ),
    // A source after the cue is a person described, with what follows it.
    reported(
        "said-a-source-familiar",
        "The talks failed, said a source familiar with the talks.",
        "The talks failed",
        Some("source familiar with the talks"),
    ),
    reported(
        "said-a-source",
        "The plant will close in May, said a source.",
        "The plant will close in May",
        Some("source"),
    ),
    // A quoted fragment inside a reported clause belongs to it: the clause
    // is one mixed quote, set off by its attribution or not.
    reported(
        "parenthetical-holds-quoted-fragment",
        "Lena Varga spoke. And perhaps, she said, it could help officers who, \"in fits and starts, are struggling to understand.\"",
        "And perhaps, she said, it could help officers who, \"in fits and starts, are struggling to understand.\"",
        Some("Lena Varga"),
    ),
    reported(
        "clause-holds-lower-case-fragment",
        "Tomas Reich said last March it would be difficult, \"if not impossible,\" for Norland to pay its debts.",
        "it would be difficult, \"if not impossible,\" for Norland to pay its debts",
        Some("Tomas Reich"),
    ),
    // A subordinator after a comma and a year after the subject are no
    // part of the subject phrase.
    reported(
        "though-subject-in-year-found",
        "Norland kept its cool, though an arbitration panel in 2001 found the Ostravian government was in breach of the deal.",
        "the Ostravian government was in breach of the deal",
        Some("arbitration panel"),
    ),
    reported(
        "although-one-or-two-said",
        "Most traders expect a cut, although one or two said they would not be surprised to see a rise.",
        "they would not be surprised to see a rise",
        Some("one or two"),
    ),
    // A connective set off by commas after the cue is no part of the
    // reported clause.
    reported(
        "said-however",
        "Markus Brandt said, however, the plant would stay open until May.",
        "the plant would stay open until May",
        Some("Markus Brandt"),
    ),
    // A phrase that names the source after the cue ends the attribution.
    reported(
        "said-quoting-an-official",
        "The plant will close in May, the Merovia Herald said, quoting an unnamed official.",
        "The plant will close in May",
        Some("Merovia Herald"),
    ),
    // A noun that the cue's subject has in apposition is no reported words:
    // the sentence's own cue reports.
    reported(
        "noun-cue-in-apposition",
        "Tomas Reich, a key influence on Norlandish thinking, says the plan is misplaced.",
        "the plan is misplaced",
        Some("Tomas Reich"),
    ),
    // `..., said X, an apposition.`: a relative clause after the
    // apposition's noun may make it long.
    reported(
        "said-name-long-apposition-with-relative",
        "Prices fell. The plant could close this week, said Markus Brandt, a longtime adviser to the Zentrix board who oversees the company's last-minute campaign to keep the plant open.",
        "The plant could close this week",
        Some("Markus Brandt"),
    ),
    // An irregular past tense is the verb of a bare reported clause.
    reported(
        "confirmed-irregular-past",
        "Prices fell. Zentrix Holdings confirmed Norland made a bid for the plant.",
        "Norland made a bid for the plant",
        Some("Zentrix Holdings"),
    ),
    // `told` with an addressee, an object pronoun or a long phrase of
    // place before `that`.
    reported(
        "told-addressee-then-time",
        "Prices fell. The plant will close, Markus Brandt told Merovia Herald last week.",
        "The plant will close",
        Some("Markus Brandt"),
    ),
    reported(
        "told-object-pronoun-closing",
        "Prices fell. The plant will close, Markus Brandt told her.",
        "The plant will close",
        Some("Markus Brandt"),
    ),
    reported(
        "told-object-pronoun-clause",
        "Prices fell. Markus Brandt told him the plant would close.",
        "the plant would close",
        Some("Markus Brandt"),
    ),
    reported(
        "told-long-phrase-of-place-that",
        "Prices fell. Markus Brandt told an audience at a literary festival in Norland City last week that the plant would close.",
        "the plant would close",
        Some("Markus Brandt"),
    ),
    reported(
        "hyphenated-addressee-that",
        "Prices fell. Markus Brandt told members of the AFL-CIO executive council that the plant would close.",
        "the plant would close",
        Some("Markus Brandt"),
    ),
    // A finite verb before `that` has begun the reported clause.
    reported(
        "finite-verb-before-that",
        "Prices fell. Markus Brandt told reporters the plan would ensure that prices fall.",
        "the plan would ensure that prices fall",
        Some("Markus Brandt"),
    ),
    reported(
        "bare-noun-clause-after-occasion",
        "Prices fell. Markus Brandt told MPs on Tuesday care was needed to keep the plant open.",
        "care was needed to keep the plant open",
        Some("Markus Brandt"),
    ),
    // A role in capitals between the comma and the name.
    reported(
        "role-in-capitals",
        "Prices fell. The plant will close, ZBU Director of Government Affairs Markus Brandt said.",
        "The plant will close",
        Some("Markus Brandt"),
    ),
    // A quoted predicate after a parenthetical attribution goes on with
    // the subject before it: one mixed quote around the attribution.
    reported(
        "quote-inside-reported-clause",
        "Prices fell. The plant's heavy investment in its machines, Ms. Keller said, \"is a perfect example of adapting\" to the market.",
        "The plant's heavy investment in its machines, Ms. Keller said, \"is a perfect example of adapting\" to the market",
        Some("Anna Keller"),
    ),
    // A quote with its own subject after an opening phrase stays direct.
    reported(
        "quote-with-subject-after-opener",
        "Prices fell. In essence, Markus Brandt said, \"the plant has no future.\"",
        "the plant has no future.",
        Some("Markus Brandt"),
    ),
    // A cue that is as often a noun is a verb between a plural subject
    // and `that` with a clause.
    reported(
        "nominal-cue-before-that",
        "Prices fell. Polls show that voters want change.",
        "voters want change",
        Some("polls"),
    ),
    // `accused Y of ...`: the accused and what they did, as PolNeAR
    // marks it; after a participle, the sentence's subject accuses.
    reported(
        "accused-of",
        "Prices fell. Anna Keller accused Zentrix Holdings of hiding its losses from investors.",
        "Zentrix Holdings of hiding its losses from investors",
        Some("Anna Keller"),
    ),
    reported(
        "accusing-of-participle",
        "Prices fell. Anna Keller left the meeting, accusing the board of hiding its losses.",
        "the board of hiding its losses",
        Some("Anna Keller"),
    ),
    // Commitments: what the speaker promises, vows, pledges or threatens
    // to do, quoted or not.
    reported(
        "vowed-to",
        "Prices fell. Anna Keller vowed to fight the closure in court.",
        "to fight the closure in court",
        Some("Anna Keller"),
    ),
    reported(
        "promised-to-quoted",
        "Prices fell. Anna Keller promised to \"be a champion for the plant\" if elected.",
        "to \"be a champion for the plant\" if elected",
        Some("Anna Keller"),
    ),
    // A closing attribution is the outer one: the cues inside its words
    // give no record of their own.
    reported(
        "closing-attribution-is-outer",
        "Prices fell. Norland has said it will stop imports of pork, a Zentrix spokesman said.",
        "Norland has said it will stop imports of pork",
        Some("Zentrix Holdings"),
    ),
    reported(
        "closing-according-to-is-inner",
        "Prices fell. Anna Keller told Merovia Herald the full advice should have been attached, according to the code.",
        "the full advice should have been attached",
        Some("Anna Keller"),
    ),
    // A place that modifies a role after the cue is part of the role.
    reported(
        "place-role-name-after-cue",
        "Prices fell. The plant will close, said former Norland governor Markus Brandt, who chairs the board.",
        "The plant will close",
        Some("Markus Brandt"),
    ),
    // An apposition that ends with a quoted title, its comma inside the
    // closing mark.
    reported(
        "apposition-ends-with-title",
        "Prices fell. Markus Brandt, the author of \"Going Viral,\" said the days of print are gone.",
        "the days of print are gone",
        Some("Markus Brandt"),
    ),
    // A cue after `and` (and an adverb) before a quote shares the
    // sentence's subject, not the noun phrase before `and`.
    reported(
        "quote-after-coordinated-cue",
        "Prices fell. Markus Brandt left the plant and repeatedly said: \"We will be back.\"",
        "We will be back.",
        Some("Markus Brandt"),
    ),
    // Verbs that are cues only next to a quote.
    reported(
        "exclaimed-after-quote",
        "Prices fell. \"We have won!\" Markus Brandt exclaimed.",
        "We have won!",
        Some("Markus Brandt"),
    ),
    // `according to X` set off between a subject and its verb: the
    // sentence is the content.
    reported(
        "according-to-before-verb",
        "Prices fell. One of the plans they have made, according to Markus Brandt, is to sell the plant.",
        "One of the plans they have made, according to Markus Brandt, is to sell the plant",
        Some("Markus Brandt"),
    ),
    // The comma of a clause inside a quote's closing mark ends the
    // reported words before another clause, keeping the mark.
    reported(
        "comma-inside-closing-mark",
        "Prices fell. Markus Brandt said the plan was \"dead in the water,\" but he gave no reason.",
        "the plan was \"dead in the water,\"",
        Some("Markus Brandt"),
    ),
    // A lead-in before a colon is the writer's, not the reported words.
    reported(
        "lead-in-before-colon",
        "Prices fell. The tax has not hurt the city: Norland City was the capital of finance in 2015, according to Markus Brandt.",
        "Norland City was the capital of finance in 2015",
        Some("Markus Brandt"),
    ),
    // A lower-case role, with an owner or more role words before it.
    reported(
        "role-lower-case",
        "Prices fell. The plant will close, chairman Markus Brandt said.",
        "The plant will close",
        Some("Markus Brandt"),
    ),
    reported(
        "role-lower-case-owner",
        "Prices fell. The plant will close, Zentrix spokesman Markus Brandt said on Monday.",
        "The plant will close",
        Some("Markus Brandt"),
    ),
    reported(
        "role-lower-case-possessive",
        "Prices fell. The plant will close, the company's chief financial officer Markus Brandt told Merovia Herald.",
        "The plant will close",
        Some("Markus Brandt"),
    ),
    reported(
        "role-lower-case-parenthetical",
        "Prices fell. The plant, chairman Markus Brandt said, would close.",
        "The plant, chairman Markus Brandt said, would close",
        Some("Markus Brandt"),
    ),
    // Set off with an object pronoun and a day.
    reported(
        "parenthetical-object-and-day",
        "Prices fell. The difference now, Markus Brandt told me on Friday, is that the plant is closed.",
        "The difference now, Markus Brandt told me on Friday, is that the plant is closed",
        Some("Markus Brandt"),
    ),
    // `this` and `last` open a subject, not a phrase of time, unless a
    // word of time follows them and no verb.
    reported(
        "this-opens-a-clause",
        "Prices fell. Critics say this is just a rough patch.",
        "this is just a rough patch",
        Some("critics"),
    ),
    reported(
        "last-year-opens-a-clause",
        "Prices fell. Critics say last year was bad for the plant.",
        "last year was bad for the plant",
        Some("critics"),
    ),
    // A description that opens the sentence is written in lower case,
    // each part of a hyphenated first word being a common word.
    reported(
        "hyphenated-description-lower-case",
        "Prices fell. Low-cost airlines said the levels were too high.",
        "the levels were too high",
        Some("low-cost airlines"),
    ),
    // A subordinator that opens the sentence is no part of the speaker,
    // and the reported clause ends at the subordinate clause's comma.
    reported(
        "subordinator-before-speaker",
        "Prices fell. Although some traders said the plan would fail, others were sure.",
        "the plan would fail",
        Some("some traders"),
    ),
    reported(
        "conjunction-before-speaker",
        "Prices fell. But the banks said the plan would fail.",
        "the plan would fail",
        Some("banks"),
    ),
    // A share of people by a number.
    reported(
        "share-in-ten",
        "Prices fell. Six in 10 say the plant should close.",
        "the plant should close",
        Some("six in 10"),
    ),
    reported(
        "share-percent",
        "Prices fell. On tariffs, 42% say they are too high.",
        "they are too high",
        Some("42%"),
    ),
    // A participle in `-ed` after a noun of people opens a reduced
    // relative clause, and a name in it is not the speaker.
    reported(
        "people-briefed-on",
        "Prices fell. People briefed on the talks said the plant would close.",
        "the plant would close",
        Some("People"),
    ),
    reported(
        "economists-polled-by",
        "Prices fell. Economists polled by Merovia Herald said prices would rise.",
        "prices would rise",
        Some("economists"),
    ),
    // A day after the closing cue, with the sentence's full stop.
    reported(
        "content-speaker-cue-day",
        "Prices fell. The plant will close in June, Markus Brandt said Wednesday.",
        "The plant will close in June",
        Some("Markus Brandt"),
    ),
    reported(
        "content-speaker-told-noun-phrase-day",
        "Prices fell. The plant will close in June, Markus Brandt told a CNBC panel Wednesday.",
        "The plant will close in June",
        Some("Markus Brandt"),
    ),
    // `said in a written statement that`: a participle after an article is
    // no nested cue.
    reported(
        "said-in-a-written-statement-that",
        "Prices fell. Markus Brandt said in a written statement in March that the claims had no substance.",
        "the claims had no substance",
        Some("Markus Brandt"),
    ),
    // `..., X said, adding that ...`: the attribution closes its own clause.
    reported(
        "content-speaker-cue-then-participle",
        "Prices fell. The plant closed early, Markus Brandt said, adding that demand was weak.",
        "The plant closed early",
        Some("Markus Brandt"),
    ),
    // `, while` opens another clause, unless a short phrase it opens is set
    // off inside the reported one (its verb follows the closing comma).
    reported(
        "while-phrase-inside-the-clause",
        "Prices fell. Markus Brandt said the scandal, while troublesome, was handled well.",
        "the scandal, while troublesome, was handled well",
        Some("Markus Brandt"),
    ),
    reported(
        "while-clause-after-the-clause",
        "Prices fell. Markus Brandt said the deal was good, while liberal groups, including unions, disagreed.",
        "the deal was good",
        Some("Markus Brandt"),
    ),
    // A `that` after a subject or a finite verb belongs to the reported
    // clause, not to the cue (`said on Tuesday that` skips the phrase).
    reported(
        "that-inside-the-reported-clause",
        "Anna Keller spoke first. Markus Brandt said he's hopeful that the vote will go ahead in May.",
        "he's hopeful that the vote will go ahead in May",
        Some("Markus Brandt"),
    ),
    // `, and` with a new subject and its own cue ends the first clause.
    reported(
        "new-subject-after-comma-and",
        "Most of the voters said they were worried about the economy, and more than half said taxes were too high.",
        "they were worried about the economy",
        Some("most of the voters"),
    ),
    // A base form after `and` inside the words reported by a past-tense
    // cue continues them (`to step up and show that ...`).
    reported(
        "base-form-after-and-stays-inside",
        "Anna Keller spoke first. Markus Brandt said the mayor still has time to step up and show that she is ready.",
        "the mayor still has time to step up and show that she is ready",
        Some("Markus Brandt"),
    ),
    // An apposition after a closing speaker may end in a relative clause.
    reported(
        "closing-speaker-apposition-and-relative",
        "Nor are tariffs likely to bring these jobs back, said Markus Brandt, a professor at Norland State University, who studies trade.",
        "Nor are tariffs likely to bring these jobs back",
        Some("Markus Brandt"),
    ),
    // A condition may open the reported clause when a modal shows its
    // main verb.
    reported(
        "condition-opens-reported-clause",
        "Anna Keller spoke first. Markus Brandt said if elected mayor he could work with the council.",
        "if elected mayor he could work with the council",
        Some("Markus Brandt"),
    ),
    // `continued to say`, `began to argue`: the subject of the aspect verb
    // speaks.
    reported(
        "continued-to-say",
        "Anna Keller spoke first. Markus Brandt continued to say he had never seen the letter.",
        "he had never seen the letter",
        Some("Markus Brandt"),
    ),
    // A Title Case headline with an -s verb reports its subject's words,
    // even when the name is only known further down.
    reported(
        "title-case-headline-verb",
        "Brandt Says He Never Saw The Letter\n\nMarkus Brandt spoke on Monday.",
        "He Never Saw The Letter",
        Some("Brandt"),
    ),
    // `, but that ...` goes on reporting: a second clause of the same cue.
    reported(
        "but-that-continues-the-report",
        "Anna Keller spoke first. Markus Brandt said the city needs a new bridge, but that he would not raise taxes for it.",
        "the city needs a new bridge, but that he would not raise taxes for it",
        Some("Markus Brandt"),
    ),
    // Coordinated modifiers before a group noun open the speaker.
    reported(
        "coordinated-modifiers-before-officials",
        "Prices have not changed since March, government mining and central bank officials said.",
        "Prices have not changed since March",
        Some("government mining and central bank officials"),
    ),
    // A participle after `by`, `despite`, `after`, ... reports the words
    // of the sentence's subject; set off by commas, it ends at the comma.
    reported(
        "participle-after-by",
        "Anna Keller appeared on the radio and began by saying she would never give up.",
        "she would never give up",
        Some("Anna Keller"),
    ),
    // An object pronoun before the participle's `that` is whom the words
    // were for, not what they said.
    // A concession opens the reported clause; its main part follows the
    // comma.
    reported(
        "no-matter-concession",
        "Anna Keller says no matter what action Tomas Reich takes on the plant, \u{201C}his word does not change the law.\u{201D}",
        "no matter what action Tomas Reich takes on the plant, \u{201C}his word does not change the law.\u{201D}",
        Some("Anna Keller"),
    ),
    reported(
        "participle-object-pronoun-then-that",
        "Zentrix Holdings wants to change how buyers see its cars, showing them that the quality had improved.",
        "the quality had improved",
        Some("Zentrix Holdings"),
    ),
    reported(
        "parenthetical-participle-after-despite",
        "Markus Brandt, despite admitting that he had doubts about the plan, said the vote would go ahead.",
        "he had doubts about the plan",
        Some("Markus Brandt"),
    ),
    reported(
        "cue-after-parenthetical-participle",
        "Markus Brandt, despite admitting that he had doubts about the plan, said the vote would go ahead.",
        "the vote would go ahead",
        Some("Markus Brandt"),
    ),
    // `, noting ...` after a quoted word whose comma is inside the marks
    // ends the clause before it.
    reported(
        "participle-after-quoted-comma-ends-clause",
        "Anna Keller spoke first. Markus Brandt said the system was \"corrupt,\" noting that it is \"very strange that a bank would do this.\"",
        "the system was \"corrupt,\"",
        Some("Markus Brandt"),
    ),
    // A quote inside a clause attributed at the sentence's end, by a cue
    // with a long speaker after it.
    reported(
        "quote-inside-clause-attributed-at-end",
        "Anna Keller spoke first. The party “drew well from older voters” in the 2008 vote, said Norland State University professor Markus Brandt.",
        "The party “drew well from older voters” in the 2008 vote",
        Some("Markus Brandt"),
    ),
    // The agent of a passive `asked` puts the question.
    reported(
        "asked-by-agent",
        "Anna Keller spoke first. During an appearance on “Face the Nation,” Anna Keller was asked by host Markus Brandt whether her aim was similar to Kennedy's.",
        "whether her aim was similar to Kennedy's",
        Some("Markus Brandt"),
    ),
    // Auxiliaries before a parenthesis; `went on to say`; `did tell`.
    reported(
        "auxiliary-after-parenthesis",
        "Anna Keller spoke first. Sen. Markus Brandt (Tex.) has said that he would win the state.",
        "he would win the state",
        Some("Markus Brandt"),
    ),
    reported(
        "went-on-to-say",
        "Markus Brandt spoke first. He went on to say the rules were very different now.",
        "the rules were very different now",
        Some("Markus Brandt"),
    ),
    reported(
        "emphatic-did-tell",
        "Markus Brandt spoke first. He did tell reporters that he received an apology from the firm.",
        "he received an apology from the firm",
        Some("Markus Brandt"),
    ),
    // A quote opened in the reported clause and still open at the
    // sentence's end runs on to its closing mark.
    reported(
        "mixed-quote-runs-past-sentence",
        "Markus Brandt spoke first. He has said that he would \"end the scheme for good. I do not know how, but we will find out.\" Then he left.",
        "he would \"end the scheme for good. I do not know how, but we will find out.\"",
        Some("Markus Brandt"),
    ),
    // `, adding ...` after a quote whose comma is inside the marks.
    reported(
        "participle-after-quote-comma",
        "In a statement, Zentrix said: \"The company was highly successful,\" adding that its value rose fourfold in a year.",
        "its value rose fourfold in a year",
        Some("Zentrix Holdings"),
    ),
    // `... but has said ...`: a coordinated cue past its auxiliary.
    reported(
        "coordinated-cue-after-auxiliary",
        "Anna Keller has urged the allies to spend more on defence but has said she will keep every commitment.",
        "she will keep every commitment",
        Some("Anna Keller"),
    ),
    // `claims from X that ...`: X's words; X, named inside another
    // subject's clause, is not whom the next `He` continues.
    reported(
        "claims-from-claimant",
        "Markus Brandt shrugged off claims from Karl Brandes that he led a bad government. He said the minister was honest.",
        "he led a bad government",
        Some("Karl Brandes"),
    ),
    reported(
        "he-after-claims-from",
        "Markus Brandt shrugged off claims from Karl Brandes that he led a bad government. He said the minister was honest.",
        "the minister was honest",
        Some("Markus Brandt"),
    ),
    // `He said X: "..."`: X is reported too, and ends at the colon.
    reported(
        "reported-before-colon-quote",
        "Tomas Reich spoke. He said the minister's integrity remained intact: \"He asked for this inquiry.\"",
        "the minister's integrity remained intact",
        Some("Tomas Reich"),
    ),
    // `found`, `indicated` report a clause without `that` when it shows a
    // verb (see `bare_clause_needs_a_verb` for `found a body`).
    reported(
        "found-bare-clause-with-verb",
        "The inquiry ended. Anna Keller found a \"chain of events\" linked the minister to the visa.",
        "a \"chain of events\" linked the minister to the visa",
        Some("Anna Keller"),
    ),
    reported(
        "indicated-bare-clause",
        "The talks ended. Tomas Reich indicated a settlement probably would not come in time.",
        "a settlement probably would not come in time",
        Some("Tomas Reich"),
    ),
    // A plural noun opening the sentence is the subject of `saying`.
    reported(
        "opening-plural-saying",
        "Airlines have attacked the legislation saying they could be forced to push prices higher.",
        "they could be forced to push prices higher",
        Some("airlines"),
    ),
    // The reported clause ends where the speaker's next act, another
    // attribution or a concession begins.
    reported(
        "ends-before-next-act",
        "The race went on. Tomas Reich said the tax plan would give money to the rich, and called him a fraud.",
        "the tax plan would give money to the rich",
        Some("Tomas Reich"),
    ),
    reported(
        "ends-before-another-attribution",
        "The race went on. Tomas Reich said he would run next week, but other leaders said he is too late.",
        "he would run next week",
        Some("Tomas Reich"),
    ),
    reported(
        "ends-before-though",
        "The race went on. Anna Keller said all staffers sign the forms, though she did not discuss their terms.",
        "all staffers sign the forms",
        Some("Anna Keller"),
    ),
    // `quoted X as saying`: X speaks; `X was quoted (by Y) as saying`: X.
    reported(
        "quoted-as-saying",
        "The talks ended. Norland radio quoted Tomas Reich as saying any attack would be met by force.",
        "any attack would be met by force",
        Some("Tomas Reich"),
    ),
    reported(
        "was-quoted-as-saying",
        "The talks ended. Anna Keller was quoted by Norland radio as saying the port would stay open.",
        "the port would stay open",
        Some("Anna Keller"),
    ),
    // `saying` after a dash, or right after a clause, reports the subject.
    reported(
        "saying-after-dash",
        "Zentrix Holdings refuses to publish the advice - saying such papers are always kept confidential.",
        "such papers are always kept confidential",
        Some("Zentrix Holdings"),
    ),
    reported(
        "saying-after-clause",
        "Zentrix Holdings attacked the rules saying they could be forced to raise prices.",
        "they could be forced to raise prices",
        Some("Zentrix Holdings"),
    ),
    // A spokesman of an organisation named in capitals that no gazetteer
    // knows speaks for it.
    reported(
        "spokesman-of-unknown-organisation",
        "The talks ended. A Foreign Ministry spokesman said the reports were false.",
        "the reports were false",
        Some("Foreign Ministry"),
    ),
    // `..., said X` after a quoted word whose closing mark follows the comma.
    reported(
        "comma-inside-closing-quote",
        "The talks ended. The plan may be “strategic,” said Anna Keller, a professor.",
        "The plan may be “strategic,”",
        Some("Anna Keller"),
    ),
    // A name right after the cue opens the reported clause; the speaker is
    // the noun phrase before the cue.
    reported(
        "name-after-cue-opens-clause",
        "The official said Zentrix had cut its prices sharply.",
        "Zentrix had cut its prices sharply",
        Some("official"),
    ),
    // `reasoning that` is a cue: the clause before it ends at its comma.
    reported(
        "reasoning-cue-ends-clause",
        "Anna Keller said prices would rise next year, reasoning that costs had grown.",
        "prices would rise next year",
        Some("Anna Keller"),
    ),
    // A clause opened by `While` (`Although`, `After`, ...) ends at its comma.
    reported(
        "subordinate-clause-ends-at-comma",
        "While Lena Varga said that prices would fall, she appeared uneasy about it.",
        "prices would fall",
        Some("Lena Varga"),
    ),
    // `, and when ...` opens another clause, out of the reported one.
    reported(
        "and-when-opens-another-clause",
        "Tomas Reich said he had not seen the report, and when asked about it later, he left.",
        "he had not seen the report",
        Some("Tomas Reich"),
    ),
    // `, while ...` sets another group's view against the reported one.
    reported(
        "while-opens-another-clause",
        "Most voters said the economy was their top issue, while others named health care.",
        "the economy was their top issue",
        Some("most voters"),
    ),
    // A phrase of place and time after a closing cue, then a participle:
    // the content is still the words before the speaker.
    reported(
        "closing-cue-with-phrase-and-participle",
        "Zentrix prices are far too high, Anna Keller said on Tuesday in Norland, noting the rise.",
        "Zentrix prices are far too high",
        Some("Anna Keller"),
    ),
    // `X, who said ..., did Y`: the relative clause ends at its comma.
    reported(
        "relative-who-said-ends-at-comma",
        "Tomas Reich, who said last week that the vote was rigged, issued a statement today.",
        "the vote was rigged",
        Some("Tomas Reich"),
    ),
    // A quoted title inside the sentence, then a speaker and a cue that
    // reports a clause: the clause is reported (see
    // `quoted_title_before_a_reporting_cue_is_not_speech`).
    reported(
        "quoted-title-then-cue-with-clause",
        "On the Merovia Herald's \"Sunday Morning Talk,\" Lena Varga said the tariffs were unfair to farmers.",
        "the tariffs were unfair to farmers",
        Some("Lena Varga"),
    ),
    // ` - but` after a reported clause starts another clause.
    reported(
        "dash-but-ends-clause",
        "Zentrix have confirmed Norland made a bid for the plant - but Markus Brandt has called the offer derisory.",
        "Norland made a bid for the plant",
        Some("Zentrix Holdings"),
    ),
    // The comma of a number does not end a clause, even one that must
    // end at its first comma (after an opening subordinate clause).
    reported(
        "number-comma-after-subordinate",
        "After weeks of talks, Tomas Reich said the city had recorded more than 2,700 shootings this year.",
        "the city had recorded more than 2,700 shootings this year",
        Some("Tomas Reich"),
    ),
    // A directive reports its infinitive; a second cue joined by `and`
    // goes on with the first one's speaker.
    reported(
        "directive-not-to-after-and",
        "Norland said the reports were false, and warned Zentrix and other firms not to interfere in the region.",
        "not to interfere in the region",
        Some("Norland"),
    ),
    reported(
        "directive-urged-to",
        "Lena Varga urged the rest of the party to coalesce around her campaign.",
        "to coalesce around her campaign",
        Some("Lena Varga"),
    ),
    // `According to X,` at the start: X is the phrase before the comma,
    // even with a name right after it.
    reported(
        "according-to-then-name",
        "According to the schedule, Tomas Reich will speak next Thursday night.",
        "Tomas Reich will speak next Thursday night",
        Some("schedule"),
    ),
    // `, according to X,` inside a clause too short to be one on its own.
    reported(
        "according-to-inside-clause",
        "Zentrix receives, according to one report, $234 million in contracts from Norland.",
        "Zentrix receives, according to one report, $234 million in contracts from Norland",
        Some("report"),
    ),
    reported(
        "according-to-then-apposition",
        "Prices rose in May, according to Anna Keller, a trader in Norland.",
        "Prices rose in May",
        Some("Anna Keller"),
    ),
    // A directive in a relative clause stays inside the outer words.
    reported(
        "directive-in-relative-clause",
        "Reich's relatives, who asked the police to show them the video, watched it on Thursday, lawyers for the family said.",
        "Reich's relatives, who asked the police to show them the video, watched it on Thursday",
        Some("lawyers for the family"),
    ),
    // `asked X whether ...`: an indirect question; `X of Y`: X speaks.
    reported(
        "asked-whether-name-of-org",
        "Lena Varga of the Merovia Herald asked Tomas Reich on Friday whether he would release the transcripts.",
        "whether he would release the transcripts",
        Some("Lena Varga"),
    ),
    reported(
        "has-long-said",
        "Tomas Reich has long said that he qualifies for the seat.",
        "he qualifies for the seat",
        Some("Tomas Reich"),
    ),
    reported(
        "said-about-a-number",
        "Anna Keller said about 20 people have shown an interest in the seat.",
        "about 20 people have shown an interest in the seat",
        Some("Anna Keller"),
    ),
    // `asserted` reports a bare clause that shows a verb (see
    // `not_reported` for `maintained his innocence`).
    reported(
        "asserted-bare-clause",
        "Lena Varga also asserted she could speak directly to the voters.",
        "she could speak directly to the voters",
        Some("Lena Varga"),
    ),
    // `, but` a new subject with its own verb ends the reported clause.
    reported(
        "but-new-subject-ends-clause",
        "Instant polls showed Lena Varga was the winner of the debate, but instant polls are not a measure.",
        "Lena Varga was the winner of the debate",
        Some("instant polls"),
    ),
    reported(
        "pointed-out-that",
        "The plan worried Anna Keller, who pointed out that such a tax would violate the constitution.",
        "such a tax would violate the constitution",
        Some("Anna Keller"),
    ),
    reported(
        "declined-to-comment-saying",
        "A spokeswoman for Zentrix also declined to comment, saying that nobody involved remains at the firm.",
        "nobody involved remains at the firm",
        Some("spokeswoman"),
    ),
    reported(
        "span-of-time-then-subordinator",
        "A few weeks after Lena Varga announced that the war would not end soon, Norland sent more troops.",
        "the war would not end soon",
        Some("Lena Varga"),
    ),
    // `..., the X said.`: the article before a named speaker.
    reported(
        "content-then-the-org-said",
        "Growth is being offset by improvements in trade, the Merovia Herald said.",
        "Growth is being offset by improvements in trade",
        Some("Merovia Herald"),
    ),
    // A cue inside quote marks is part of the quoted words.
    reported(
        "cue-inside-quote-marks",
        "Tomas Reich said he had fought ''for the nation's rights, knowing that back home we had none.''",
        "he had fought ''for the nation's rights, knowing that back home we had none.''",
        Some("Tomas Reich"),
    ),
    // `said no X had been made` is a clause; `said no to X` is not (see
    // `not_reported`).
    reported(
        "said-no-clause",
        "Anna Keller said no policy change had been made.",
        "no policy change had been made",
        Some("Anna Keller"),
    ),
    // A comma right after `that` opens no content.
    reported(
        "that-comma-condition",
        "Zentrix also said that, if it did not make any cuts, it expects to lose money.",
        "if it did not make any cuts, it expects to lose money",
        Some("Zentrix Holdings"),
    ),
    // A cue form that can be a noun, right before another cue, heads the
    // subject (`The bank report said`), unlike `said reports` or `denied
    // claims`.
    reported(
        "noun-cue-before-cue",
        "Prices rose. The Norland bank report said the government's policies had reduced inflation.",
        "the government's policies had reduced inflation",
        Some("Norland bank report"),
    ),
    reported(
        "cue-before-plural-noun",
        "Norland said reports that it would close the border were baseless.",
        "reports that it would close the border were baseless",
        Some("Norland"),
    ),
    // A closing attribution whose subject is a group noun ends the
    // reported clause before it.
    reported(
        "closing-group-subject",
        "Prices rose. Zentrix said makers would cut output by 10 pct, spokesmen for the firms said.",
        "makers would cut output by 10 pct",
        Some("Zentrix Holdings"),
    ),
    // Not back into a phrase that opens the sentence when skipping
    // appositions.
    reported(
        "apposition-after-opening-phrase",
        "Prices rose. In a statement, one of the family's attorneys, Markus Brandt, said the video was clear.",
        "the video was clear",
        Some("Markus Brandt"),
    ),
    // A phrase of time and its participle between the subject and the cue;
    // a bare month may end a name.
    reported(
        "time-phrase-before-cue",
        "Prices rose. A new poll released in late August found most voters were undecided.",
        "most voters were undecided",
        Some("new poll"),
    ),
    reported(
        "month-ending-a-name",
        "Prices rose. Tomas Reich met Anna May. Anna May said the video was clear.",
        "the video was clear",
        Some("Anna May"),
    ),
    // A participle that opens the sentence reports the words of the main
    // clause's subject, which may have a cue of its own.
    reported(
        "opening-participle",
        "Prices rose. Noting that there are “enormous pressures in the Congress” for Norland to act, Varga said, “This was a case where we had to act.”",
        "there are “enormous pressures in the Congress” for Norland to act",
        Some("Lena Varga"),
    ),
    // A cue after a modal past a comma is the main clause of a condition
    // inside the reported words, not another attribution.
    reported(
        "condition-main-clause-cue",
        "Prices fell. Lena Varga also said she doubted it, reasoning that if the two governments had wanted to coordinate, Norland would have announced a freeze.",
        "if the two governments had wanted to coordinate, Norland would have announced a freeze",
        Some("Lena Varga"),
    ),
    // `in what X said was Y`: the words from the verb after the cue; a
    // description with a capital speaks for its country.
    reported(
        "what-x-said-was",
        "Norland suspended sales of the metal in what authorities in Norland City said was an effort to protect its price.",
        "was an effort to protect its price",
        Some("Norland"),
    ),
    // The words of a claim someone denies or rejects; `today` is no
    // subject.
    reported(
        "denied-claims-that",
        "Prices fell. Tomas Reich has denied claims that he knew the books were doctored.",
        "he knew the books were doctored",
        Some("Tomas Reich"),
    ),
    reported(
        "rejected-allegations-bare",
        "Prices fell. Norland, a target of anger over the deal, today rejected allegations it had pressured the bank.",
        "it had pressured the bank",
        Some("Norland"),
    ),
    // A `that` after words that open no phrase of time, place or manner
    // belongs to the reported clause (a relative), not to the cue; after
    // `on Monday`, `out` or an addressee it is the cue's.
    reported(
        "that-of-a-relative-inside",
        "Prices rose. Tomas Reich said officials have a video that shows the explosion.",
        "officials have a video that shows the explosion",
        Some("Tomas Reich"),
    ),
    reported(
        "pointed-out-that",
        "Prices rose. Tomas Reich pointed out that the issues were largely ignored.",
        "the issues were largely ignored",
        Some("Tomas Reich"),
    ),
    reported(
        "told-role-name-that",
        "Prices rose. Tomas Reich told conservative radio host Markus Brandt on Wednesday that the tweet was a joke.",
        "the tweet was a joke",
        Some("Tomas Reich"),
    ),
    // A progressive before the cue.
    reported(
        "progressive-cue",
        "Prices rose. Lena Varga is saying the video was clear.",
        "the video was clear",
        Some("Lena Varga"),
    ),
    // A long described source after `According to`, by a named author,
    // speaks for the author.
    reported(
        "according-to-study-by",
        "Prices rose. According to a January 2016 study by Norland State University based on census data from 2014, young voters skew left in the north.",
        "young voters skew left in the north",
        Some("Norland State University"),
    ),
    // The source's relative clause after `According to X,` is not content.
    reported(
        "according-to-source-relative",
        "According to CNBC, which cites people familiar with the case, the directors will deny wrongdoing.",
        "the directors will deny wrongdoing",
        Some("CNBC"),
    ),
    // A phrase of time or occasion between the cue and a clause with no
    // `that`: the clause starts after the phrase.
    reported(
        "occasion-day-then-clause",
        "Prices fell. Lena Varga said Friday she would meet the envoy.",
        "she would meet the envoy",
        Some("Lena Varga"),
    ),
    reported(
        "occasion-day-part-then-clause",
        "Prices fell. Lena Varga said on Tuesday night Norland would veto the bill.",
        "Norland would veto the bill",
        Some("Lena Varga"),
    ),
    reported(
        "occasion-statement-then-clause",
        "Prices fell. Zentrix Holdings said in a statement it would cut 200 jobs.",
        "it would cut 200 jobs",
        Some("Zentrix Holdings"),
    ),
    reported(
        "occasion-conference-then-clause",
        "Prices fell. Lena Varga said at a news conference the talks had failed.",
        "the talks had failed",
        Some("Lena Varga"),
    ),
    // Still a closing attribution when no clause follows the phrase.
    reported(
        "occasion-closing-tail",
        "Prices fell. The talks failed, Lena Varga said on Friday in Norland City.",
        "The talks failed",
        Some("Lena Varga"),
    ),
    // `about` a number or an amount in words opens no topic.
    reported(
        "about-half",
        "Prices fell. The budget office said about half of the shortfall reflected lower revenue.",
        "about half of the shortfall reflected lower revenue",
        Some("budget office"),
    ),
    // A no-break space is a space: between subject and cue, and inside
    // a name.
    reported(
        "no-break-space-before-cue",
        "Prices fell. Lena Varga\u{a0}said she would meet the envoy.",
        "she would meet the envoy",
        Some("Lena Varga"),
    ),
    // `and` with a new subject and cue ends the reported clause; a
    // contracted modal shows a condition's main clause.
    reported(
        "and-name-cue-ends-clause",
        "Prices fell. Lena Varga said if the talks fail, she\u{2019}ll resign and Reich says the party will split.",
        "if the talks fail, she\u{2019}ll resign",
        Some("Lena Varga"),
    ),
    reported(
        "clause-and-name-cue-subject",
        "Prices fell. Lena Varga said if the talks fail, she\u{2019}ll resign and Reich says the party will split.",
        "the party will split",
        Some("Tomas Reich"),
    ),
    // Not a pair of subjects (`Reich and Varga agreed`).
    reported(
        "and-pair-of-subjects-stays",
        "Prices fell. Karl Brandes said the rise came early because Reich and Varga agreed to cut the tariff.",
        "the rise came early because Reich and Varga agreed to cut the tariff",
        Some("Karl Brandes"),
    ),
    // A document to someone speaks for its owner, not for them.
    reported(
        "document-to-class",
        "Prices fell. Lena Varga\u{2019}s email to her supporters notes that the vote was close.",
        "the vote was close",
        Some("Lena Varga"),
    ),
    // A determiner is not found back past a verb: `critics`, not `The
    // plan was good but critics`.
    reported(
        "class-after-a-first-conjunct",
        "Norland is struggling with a ballooning trade deficit and analysts said a weaker currency would help.",
        "a weaker currency would help",
        Some("analysts"),
    ),
    // A common word that opens the sentence opens a name that ends in a
    // name's head (`Group`); a word of description does not.
    reported(
        "sentence-opening-word-of-a-company",
        "Prices fell. Consumer Watchdog Group said the new law was weak.",
        "the new law was weak",
        Some("Consumer Watchdog Group"),
    ),
    reported(
        "sentence-opening-description-before-a-company",
        "Prices fell. Rival Orvell Group said the new law was weak.",
        "the new law was weak",
        Some("Orvell Group"),
    ),
    // Reuters marks a company's whole name, possessives and `and`
    // included; a ticker is no name.
    reported(
        "reuters-marked-name-with-possessive",
        "Prices fell. <Hudson's Bay Co> said it would sell its stores.",
        "it would sell its stores",
        Some("Hudson's Bay Co"),
    ),
    reported(
        "reuters-marked-name-with-and",
        "Prices fell. <Procter and Gamble Co> said it would sell its stores.",
        "it would sell its stores",
        Some("Procter and Gamble Co"),
    ),
    reported(
        "reuters-ticker-is-no-name",
        "Prices fell. Orvell Holdings Ltd <ORVL.T> said the company would sell its stores.",
        "the company would sell its stores",
        Some("Orvell Holdings Ltd"),
    ),
    // A title makes a name of the capitalised word after it, a word too:
    // a person, read back to the full name given before; a peer keeps the
    // title.
    reported(
        "title-before-a-word-names-a-person",
        "\u{201C}Sales are up,\u{201D} said Ulrich Parry, the chief executive. Prices fell. Mr Parry said the car was cheap.",
        "the car was cheap",
        Some("Ulrich Parry"),
    ),
    reported(
        "peer-keeps-the-title",
        "Prices fell. The rules were changed, Lord Falconer said.",
        "The rules were changed",
        Some("Lord Falconer"),
    ),
    // `this` opens a phrase of time only before a word of time.
    reported(
        "this-opens-a-clause",
        "Prices fell. Markus Brandt says this strong result means a new era.",
        "this strong result means a new era",
        Some("Markus Brandt"),
    ),
    // `according to X` set off inside a sentence: the whole clause when
    // what comes before is a phrase; only that when it is a clause.
    reported(
        "according-to-after-opening-phrase",
        "Prices fell. But the next day, according to Markus Brandt, Zentrix made further demands.",
        "the next day, according to Markus Brandt, Zentrix made further demands",
        Some("Markus Brandt"),
    ),
    reported(
        "according-to-after-clause-with-apposition",
        "Prices fell. Zentrix remained the largest firm, according to an analysis by Markus Brandt, a professor at Norland State University, and others.",
        "Zentrix remained the largest firm",
        Some("Markus Brandt"),
    ),
    reported(
        "according-to-after-a-long-clause",
        "Prices fell. House prices fell 0.4% in October, according to Zentrix Holdings, their biggest fall since 2001.",
        "House prices fell 0.4% in October",
        Some("Zentrix Holdings"),
    ),
    // A given name's possessive opens a company's name; a parent's
    // possessive does not.
    reported(
        "given-name-possessive-opens-a-company",
        "Prices fell. Ryan's Family Steak Houses Inc said its board declared a split.",
        "its board declared a split",
        Some("Ryan's Family Steak Houses Inc"),
    ),
    reported(
        "parent-possessive-before-a-company",
        "Prices fell. Orvell Holdings Corp's Kestrel Aircraft Co said its board declared a split.",
        "its board declared a split",
        Some("Kestrel Aircraft Co"),
    ),
    // A report noun ending an opening phrase is no cue; the clause after
    // an attribution's comma starts at its subject.
    reported(
        "report-noun-in-opening-phrase",
        "Prices fell. In its first earnings report, Zentrix Holdings said it made a net profit.",
        "it made a net profit",
        Some("Zentrix Holdings"),
    ),
    reported(
        "clause-after-attribution-comma",
        "Prices fell. And as Zentrix Holdings has shown, there is money in selling cheap phones.",
        "there is money in selling cheap phones",
        Some("Zentrix Holdings"),
    ),
    reported(
        "class-after-clause-and-but",
        "The plan was good but critics say it will fail.",
        "it will fail",
        Some("critics"),
    ),
    // Before a verb, `that` is the reported clause's subject; after a
    // noun, a relative pronoun inside the clause.
    reported(
        "demonstrative-that-subject",
        "Prices fell. Markus Brandt said that was not his view.",
        "that was not his view",
        Some("Markus Brandt"),
    ),
    reported(
        "relative-that-after-noun",
        "Prices fell. Markus Brandt warned measures that would penalize Norland could lead to retaliation.",
        "measures that would penalize Norland could lead to retaliation",
        Some("Markus Brandt"),
    ),
    // A cue's form after `of` is a noun inside the subject.
    reported(
        "cue-form-after-of",
        "Prices fell. The secretary of state said the plant would close.",
        "the plant would close",
        Some("secretary of state"),
    ),
    // Two appositions between a quote's speaker and the cue.
    reported(
        "two-appositions-after-quote",
        "Prices fell. \"The plant will close,\" Markus Brandt, the chief executive of Zentrix, one of the firms in the talks, said on Monday.",
        "The plant will close,",
        Some("Markus Brandt"),
    ),
    // Documents speak: a brief for its owner, an order as itself.
    reported(
        "owned-brief",
        "Prices fell. Zentrix Holdings' brief said the plant would close.",
        "the plant would close",
        Some("Zentrix Holdings"),
    ),
    reported(
        "court-order",
        "Prices fell. The court order said the plant would close.",
        "the plant would close",
        Some("court order"),
    ),
    // A phrase of occasion inside a parenthetical attribution.
    reported(
        "parenthetical-with-occasion",
        "Prices fell. The plant will close, the agency said in a June report, and the workers will leave.",
        "The plant will close, the agency said in a June report, and the workers will leave",
        Some("agency"),
    ),
    // `according to X` opening a clause after a colon or a parenthesis,
    // and closing one after a dash or with no mark.
    reported(
        "according-to-after-colon",
        "Prices fell. It has not gone unnoticed: According to recent polls, Anna Keller holds 14 percent of the vote.",
        "Anna Keller holds 14 percent of the vote",
        Some("recent polls"),
    ),
    reported(
        "according-to-in-parenthesis",
        "Prices fell. (According to the Norland Police Department, it keeps no statistics on violations.)",
        "it keeps no statistics on violations",
        Some("Norland Police Department"),
    ),
    reported(
        "according-to-after-dash",
        "Prices fell. In 2014, Norland had 115 violent crimes \u{2014} according to the most recent data available.",
        "In 2014, Norland had 115 violent crimes",
        Some("most recent data available"),
    ),
    // The clause's comma inside a quote's closing mark, which the
    // content keeps; the cue before the quote makes it no quote of the
    // source's own.
    reported(
        "according-to-after-quoted-comma",
        "Prices fell. Anna Keller met Tomas Reich \"to discuss the vote,\" according to a statement by the party.",
        "Anna Keller met Tomas Reich \"to discuss the vote,\"",
        Some("statement by the party"),
    ),
    // A title after a given name and before no other name is a surname;
    // a generational suffix ends the name.
    reported(
        "title-word-as-surname",
        "Prices fell.\n\nMartin Luther King Jr. said the arc of history is long.",
        "the arc of history is long",
        Some("Martin Luther King Jr"),
    ),
    // A number before the comma that closes a relative clause leaves the
    // cue a verb (`two claims` is a noun).
    reported(
        "relative-clause-ending-in-number",
        "Prices fell.\n\nAnna Keller, who has been active in politics since 1990, says she is an independent.",
        "she is an independent",
        Some("Anna Keller"),
    ),
    reported(
        "according-to-no-mark",
        "Prices fell. Anna Keller leads Tomas Reich by 271 delegates according to a count by the party, but the race goes on.",
        "Anna Keller leads Tomas Reich by 271 delegates",
        Some("count by the party"),
    ),
    // A cue's form inside a phrase of occasion before `that` is a noun.
    reported(
        "remarks-in-occasion-before-that",
        "Prices fell. Markus Brandt said in his opening remarks that the plant would close.",
        "the plant would close",
        Some("Markus Brandt"),
    ),
    // A period of time between the speaker and the cue.
    reported(
        "last-week-before-cue",
        "Prices fell. Zentrix Holdings (ZNX) last week said the plant would close.",
        "the plant would close",
        Some("Zentrix Holdings"),
    ),
    // A generational suffix between a quote's speaker and the apposition.
    reported(
        "junior-before-apposition",
        "Prices fell. \"The plant will close,\" Markus Brandt Jr., the chief executive of Zentrix, said.",
        "The plant will close,",
        Some("Markus Brandt"),
    ),
    // A group after a closing cue; not the reported clause's subject
    // after an opening one.
    reported(
        "several-after-closing-cue",
        "Prices fell. The plan will fail, said several analysts.",
        "The plan will fail",
        Some("several analysts"),
    ),
    reported(
        "group-of-after-closing-cue",
        "Prices fell. The plan will fail, said a group of analysts.",
        "The plan will fail",
        Some("group of analysts"),
    ),
    reported(
        "number-of-opens-clause",
        "Prices fell. Zentrix Holdings said the number of workers on layoff will remain at 300.",
        "the number of workers on layoff will remain at 300",
        Some("Zentrix Holdings"),
    ),
    reported(
        "quantifier-opens-clause",
        "Prices fell. Zentrix Holdings said four will replace units in Norland.",
        "four will replace units in Norland",
        Some("Zentrix Holdings"),
    ),
    // A relative clause after a group that speaks ends the sentence.
    reported(
        "group-then-relative-after-closing-cue",
        "Prices fell. Holding the plant is within her reach, said a handful of analysts who follow the firm.",
        "Holding the plant is within her reach",
        Some("handful of analysts"),
    ),
    // A dateline's place before a dash is no part of the story's first
    // sentence; a clause of time about the speakers after a closing
    // attribution adds to it, not to the reported sentence.
    reported(
        "dateline-dash-then-clause-about-the-speakers",
        "NORLAND CITY \u{2015} The new levy is a burden on every farmer, rural lawmakers said Friday, as they gathered at the capitol.",
        "The new levy is a burden on every farmer",
        Some("rural lawmakers"),
    ),
    // A clause after the attribution that goes on with the reported
    // sentence keeps it whole (guard).
    reported(
        "set-off-attribution-then-clause-of-the-content",
        "Prices fell. The mill was a giant, Lena Varga said, until it closed in 1999.",
        "The mill was a giant, Lena Varga said, until it closed in 1999",
        Some("Lena Varga"),
    ),
    // A name whose parts an article or `bin` joins is one name, from its
    // given name on, past a title before it.
    reported(
        "name-joined-by-an-article",
        "Prices fell. Norlandish Prime Minister Zayd al-Qasimi said he had made progress.",
        "he had made progress",
        Some("Zayd al-Qasimi"),
    ),
    reported(
        "name-joined-by-bin-and-an-article",
        "Prices fell. Sheikh Nurad bin Sultan al-Dhafri, chairman of the bank, told reporters the decree would be passed.",
        "the decree would be passed",
        Some("Nurad bin Sultan al-Dhafri"),
    ),
    reported(
        "name-joined-by-ibn-after-a-title",
        "Prices fell. Yesterday Prince Sultan ibn Rashad said the study was needed.",
        "the study was needed",
        Some("Sultan ibn Rashad"),
    ),
    // An unknown name of one word that reports of itself as `its` or as
    // `it` doing something is an organisation, which `the firm` names
    // later; an empty `it` (`it was not typical`) says nothing (guard).
    reported(
        "its-reports-an-organisation",
        "Prices fell. Zentrova says its new scanner will block most copies. \"The scanner is designed to reduce copying,\" said the firm.",
        "The scanner is designed to reduce copying,",
        Some("Zentrova"),
    ),
    reported(
        "empty-it-keeps-a-person",
        "Prices fell. Club midfielder Pelo agreed that it was not typical of his friend to protest. \"It was not logical,\" he said.",
        "It was not logical,",
        Some("Pelo"),
    ),
    // The last word of a company's name before its designator stands for
    // the company named in full before.
    reported(
        "short-form-of-a-company-name",
        "Prices fell. Eastvale Kodex Co said it will build a plant here. Kodex said the plant will cost 200 mln dlrs.",
        "the plant will cost 200 mln dlrs",
        Some("Eastvale Kodex Co"),
    ),
    // An amount after the cue opens the reported clause; it is no phrase
    // of place that closes the attribution.
    reported(
        "amount-after-cue-opens-the-clause",
        "Police said at least 20 people were killed in the blast.",
        "at least 20 people were killed in the blast",
        Some("Police"),
    ),
    reported(
        "more-than-an-amount-after-a-noun-phrase-cue",
        "The ministry reported more than 300 cases had been confirmed.",
        "more than 300 cases had been confirmed",
        Some("ministry"),
    ),
    // A dash after a closing attribution sets off an aside on the whole
    // sentence, which is not reported.
    reported(
        "dash-aside-after-a-closing-attribution",
        "Deficits will rise again this year, the budget office reported on Tuesday -- a development that worries the markets.",
        "Deficits will rise again this year",
        Some("budget office"),
    ),
    // A dash right after the cue opens the reported words.
    reported(
        "dash-before-the-reported-question",
        "After all, Lena Varga asked -- what aid group could possibly pay for such computers?",
        "what aid group could possibly pay for such computers",
        Some("Lena Varga"),
    ),
    // A person's place of work after `at` is not the speaker; a job
    // title before `at` is no person.
    reported(
        "person-at-a-firm-speaks",
        "Analyst Tomas Reich at Northgate Securities Ltd said the bank would lose money.",
        "the bank would lose money",
        Some("Tomas Reich"),
    ),
    reported(
        "title-at-a-firm-is-no-person",
        "Lena Varga, Assistant Treasurer at Northgate Motors Corp, said the swap had gone smoothly.",
        "the swap had gone smoothly",
        Some("Lena Varga"),
    ),
    // After a phrase of time or place that opens the sentence, the
    // subject of a verb coordinated with the cue speaks.
    reported(
        "coordinated-cue-after-an-opening-phrase",
        "In an interview with reporters on Thursday, the Ohio Republican criticized the plan and said allies wanted answers.",
        "allies wanted answers",
        Some("Ohio Republican"),
    ),
    // A name no list knows before a coordinated verb.
    reported(
        "coordinated-cue-after-an-unknown-name",
        "Brandt has rejected suggestions for talks and said there is no question of a deal.",
        "there is no question of a deal",
        Some("Brandt"),
    ),
    // A country that opens the clause before its deed speaks for its
    // government.
    reported(
        "country-subject-of-a-participle",
        "Peru defied its creditors last year by saying it would limit repayments on its debt.",
        "it would limit repayments on its debt",
        Some("Peru"),
    ),
    // A capitalised article makes a cue's form a noun inside the subject.
    reported(
        "cue-form-after-a-capitalised-article",
        "The state officials whose laws were struck down say the real change has come.",
        "the real change has come",
        Some("state officials"),
    ),
    reported(
        "document-subject-with-a-place",
        "A report in a local paper said that Lena Varga had used the images.",
        "Lena Varga had used the images",
        Some("report in a local paper"),
    ),
    // After a cue that often takes a noun phrase, an auxiliary right
    // after a set-off phrase shows the clause.
    reported(
        "auxiliary-after-a-set-off-relative-clause",
        "But Parry also admits Gerrard, who has been linked with Chelsea, will have the final say on his future.",
        "Gerrard, who has been linked with Chelsea, will have the final say on his future",
        Some("Parry"),
    ),
    // `according to X` set off after a conjunction reports the clause
    // the conjunction opens.
    reported(
        "according-to-after-a-conjunction",
        "He will go to the debate, because, according to Lena Varga, the media would mock him if he stayed away.",
        "the media would mock him if he stayed away",
        Some("Lena Varga"),
    ),
    // A subordinate clause inside the subject has a subject of its own.
    reported(
        "subject-after-a-subordinator",
        "His comments came as Lena Varga said the talks would resume.",
        "the talks would resume",
        Some("Lena Varga"),
    ),
    // A dateline's dash may be followed by more than one space and a
    // story that opens with `A`.
    reported(
        "dateline-dash-then-two-spaces",
        "OSLO --  A decade of falling deficits will end this year, the budget office said on Tuesday.",
        "A decade of falling deficits will end this year",
        Some("budget office"),
    ),
    // A cue's `-s` form after `and`, in words reported with `said`, is a
    // plural noun; after `says` it may be the speaker's next act.
    reported(
        "plural-cue-noun-after-and",
        "Lena Varga said the shootings and protests require more work from all of us.",
        "the shootings and protests require more work from all of us",
        Some("Lena Varga"),
    ),
    // An attribution set off inside a relative clause reports that
    // clause, not the sentence it adds to.
    reported(
        "parenthetical-inside-a-relative-clause",
        "The park is near the stadium, which, Lena Varga said, is usually full on game days.",
        "which, Lena Varga said, is usually full on game days",
        Some("Lena Varga"),
    ),
    // `according to X` set off after a subordinator sources the clause
    // the subordinator opens; with no comma before it, the clause may
    // hold commas of its own.
    reported(
        "according-to-after-a-subordinator",
        "He left the country in 1990 after, according to him, the Herald censured his first report.",
        "the Herald censured his first report",
        Some("him"),
    ),
    reported(
        "bare-according-to-after-a-clause-with-commas",
        "Lena Varga, who was tied with Tomas Reich in June, is now well ahead 46 percent to 39 percent according to a Herald poll released Monday.",
        "Lena Varga, who was tied with Tomas Reich in June, is now well ahead 46 percent to 39 percent",
        Some("Herald poll released Monday"),
    ),
    // New cues: `reckon` (a belief) and `speculate` report a bare
    // clause; `reckoned with` reports nothing.
    reported(
        "reckon-reports-a-bare-clause",
        "Analysts reckon the Norland central bank will raise rates next month.",
        "the Norland central bank will raise rates next month",
        Some("analysts"),
    ),
    // A place used as a modifier is not the source: the name after it is.
    reported(
        "name-after-a-place-modifier",
        "Sales of games will rise by a fifth next year, according to the Norland-based journal Tech Digest.",
        "Sales of games will rise by a fifth next year",
        Some("Tech Digest"),
    ),
    // `a` and one noun before a plural subject are what its clause
    // qualifies: the plural is the speaker.
    reported(
        "noun-qualified-by-a-reporting-clause",
        "It was a decision analysts say will hurt growth in the region for years.",
        "will hurt growth in the region for years",
        Some("analysts"),
    ),
    reported(
        "present-cue-after-and-is-the-next-act",
        "Lena Varga says the vote was fair and warns that rivals will sue.",
        "the vote was fair",
        Some("Lena Varga"),
    ),
    // The people a survey counted are not its speaker, and the comma of
    // a number is no clause boundary.
    reported(
        "survey-of-counted-people",
        "Markets were calm. More than 90% of large firms are optimistic about their prospects, a survey of 1,300 bosses suggests.",
        "More than 90% of large firms are optimistic about their prospects",
        Some("survey"),
    ),
    reported(
        "poll-of-a-number-of-people",
        "Markets were calm. Sales fell 5% in the quarter, a poll of 2,000 shoppers found.",
        "Sales fell 5% in the quarter",
        Some("poll"),
    ),
    reported(
        "number-with-separators-in-a-class",
        "Markets were calm. Some 18,000 clients said they would move their savings.",
        "they would move their savings",
        Some("18,000 clients"),
    ),
    // A class before `of` heads the phrase.
    reported(
        "class-of-a-plural",
        "Markets were calm. Critics of the farm programs said the plan would fail.",
        "the plan would fail",
        Some("critics of the farm programs"),
    ),
    // An amount opens a reported clause however long its phrase.
    reported(
        "about-an-amount-long-phrase",
        "Zentrix said about half of the adjustment in its projections reflected lower prices.",
        "about half of the adjustment in its projections reflected lower prices",
        Some("Zentrix Holdings"),
    ),
    // An aside set off by dashes before `that`.
    reported(
        "dashes-before-that",
        "Anna Keller said -- on Twitter, as it happens -- that the vote was rigged.",
        "the vote was rigged",
        Some("Anna Keller"),
    ),
    // A relative clause set off inside the phrase of place before `that`.
    reported(
        "relative-clause-before-that",
        "Anna Keller said on CNBC, where she is now a paid contributor, that the deal was dead.",
        "the deal was dead",
        Some("Anna Keller"),
    ),
    // The parts of a name set off by commas after the speaker's apposition.
    reported(
        "apposition-with-name-parts",
        "Turnout will rise, said Mindy Romero, director of the project at the University of Ostravia, East Campus.",
        "Turnout will rise",
        Some("Mindy Romero"),
    ),
    // A semicolon ends the clause an attribution closes.
    reported(
        "attribution-before-semicolon",
        "Markets were calm. Turnout will be low, political analysts say; in 2012, it was 40 percent.",
        "Turnout will be low",
        Some("political analysts"),
    ),
    // A phrase opened by a preposition is no subject.
    reported(
        "no-subject-after-a-preposition",
        "Zentrix restated its results. As such, the company said it is recording a net loss of 580,000 dlrs, versus the net income of 740,000 dlrs previously reported.",
        "it is recording a net loss of 580,000 dlrs, versus the net income of 740,000 dlrs previously reported",
        Some("Zentrix Holdings"),
    ),
    // `, citing ...` says why the speaker spoke: not what was said.
    reported(
        "citing-ends-the-clause",
        "Several Norlandish ministers said a cut in production was unlikely, citing rising prices and strong demand for oil from Asia.",
        "a cut in production was unlikely",
        Some("Several Norlandish ministers"),
    ),
    reported(
        "referring-to-ends-the-clause",
        "Tomas Reich said the plan would not work, referring to the cuts announced by Anna Keller last week.",
        "the plan would not work",
        Some("Tomas Reich"),
    ),
    // `afterwards` after the cue says when, before the `that`.
    reported(
        "afterwards-before-that",
        "Tomas Reich held talks with Lena Varga on Friday. He said afterwards that the prime minister had offered some movement.",
        "the prime minister had offered some movement",
        Some("Tomas Reich"),
    ),
    // The terms the speaker spoke on, after a set-off attribution, are
    // not what was said.
    reported(
        "on-condition-after-a-set-off-attribution",
        "Markets were calm. He was unable to find a single buyer, Tomas Reich said, on condition of anonymity to speak freely about the talks.",
        "He was unable to find a single buyer",
        Some("Tomas Reich"),
    ),
];

/// Quoted words attributed inside a reported clause (a naming act, a
/// fragment) are part of it: one attribution, the outer one, mixed.
#[test]
fn an_outer_reported_clause_takes_the_quoted_words_inside_it() {
    let cases = [
        (
            "naming",
            "Lena Varga spoke on Friday. Varga says she admired Reich's courage through what she calls a “war of some pretty unpleasant words.”",
            "she admired",
            "Lena Varga",
        ),
        (
            "other-speaker",
            "Markus Brandt said at a rally that Varga once described the trade pact as “the gold standard” of trade deals.",
            "Varga once described",
            "Markus Brandt",
        ),
    ];
    let quotes = quotes_of(cases.iter().map(|(id, text, _, _)| (*id, *text)));
    for (id, text, content, speaker) in cases {
        let here: Vec<&Value> = quotes.iter().filter(|q| q["doc"] == id).collect();
        assert_eq!(here.len(), 1, "{text}: {here:#?}");
        let q = here[0];
        assert!(
            q["content"]["text"].as_str().unwrap().starts_with(content),
            "{text}: {q:#?}"
        );
        assert_eq!(q["speaker"]["name"], speaker, "{text}: {q:#?}");
        assert_eq!(q["kind"], "mixed", "{text}: {q:#?}");
    }
}

#[test]
fn quoted_title_before_a_reporting_cue_is_not_speech() {
    let quotes = quotes_of([(
        "title",
        "On the Merovia Herald's \"Sunday Morning Talk,\" Lena Varga said the tariffs were unfair to farmers.",
    )]);
    let contents: Vec<&str> = quotes
        .iter()
        .filter_map(|q| q["content"]["text"].as_str())
        .collect();
    assert_eq!(contents, ["the tariffs were unfair to farmers"]);
}

/// A cue's plural a few plain words before another cue is the noun of
/// that cue's subject: it reports nothing of its own.
#[test]
fn plural_cue_noun_before_another_cue() {
    let quotes = quotes_of([(
        "plural-cue-noun-before-a-cue",
        "Price details were unclear but reports this morning suggested that Norland was offered sugar.",
    )]);
    let cues: Vec<&str> = quotes
        .iter()
        .filter_map(|q| q["cue"]["text"].as_str())
        .collect();
    assert!(!cues.contains(&"reports"), "{quotes:#?}");
}

/// Sentences with a cue that report no words.
#[test]
fn not_reported() {
    let quotes = quotes_of([
        ("said-no-to", "Anna Keller said no to the deal."),
        // A free relative after other words compares.
        (
            "twice-what-analysts-expected",
            "Sales were up 0.6% in January, twice what some analysts had been expecting.",
        ),
        // A plain `show` after a name that is no plural is part of a noun.
        (
            "chat-show-host",
            "Ex-chat show host Tomas Reich has quit the Norland Independence Party.",
        ),
        // Words before a closing attribution that are a phrase, not a
        // clause: a preposition's phrase, or a description the speaker's
        // name is set off after.
        (
            "prepositional-phrase-before-pronoun-cue",
            "In a summary of its weekly crop bulletin, the agency said.",
        ),
        (
            "description-before-set-off-name",
            "The other member of the three-man Zentrix board, Marvin Duncan, agreed.",
        ),
        // `claim` and `suggest` take a noun phrase as often as a clause:
        // a bare clause shows a verb, not the one of a closing attribution.
        ("claimed-a-title", "Anna Keller claimed her first national title in Norland City."),
        (
            "suggested-a-noun-phrase",
            "Tomas Reich suggested a 60-day extension of the deadline to his creditors.",
        ),
        // A poll shows a small clause only in a finite form, and a survey
        // a clause; neither shows a noun phrase alone.
        (
            "polls-showing-a-standing",
            "Recent opinion polls showing Tomas Reich's party well ahead of the opposition have also supported the pound.",
        ),
        ("poll-shows-a-noun-phrase", "The latest poll shows a tight race in Norland."),
        // A cue's form before a noun is an adjective, and a lone verb
        // before `that` no speaker.
        (
            "alleged-as-adjective",
            "Judge Anna Keller, sitting with two others, ruled that alleged breaches should be dealt with on the civil standard.",
        ),
        // After a document, a participle reports only a clause.
        (
            "document-participle-with-noun-phrase",
            "The exchange has issued a note clarifying details on its new aluminium contract.",
        ),
        // `reckon with` is to deal with.
        (
            "reckoned-with",
            "Like Tomas Reich, she has reckoned with the protest movement that grew up last year.",
        ),
        // A phrase of time with no verb is when, not what.
        (
            "told-before-the-vote",
            "Tomas Reich, the convention chair, told the delegates before the vote.",
        ),
        // Headings of a list name each person once: no transcript.
        (
            "list-of-headings-is-no-transcript",
            "The plans.\n\nAnna Keller: Student loans would be free for all of them.\n\nTomas Reich: Retirement accounts would be open to every worker.",
        ),
        // Words before a cue that a party follows are no role: the
        // addressee after the cue is not the speaker of the words before.
        (
            "no-role-before-inverted-cue",
            "The plant will close, Markus Brandt, the union's chief negotiator told Merovia Herald on Monday.",
        ),
        ("adverb-is-no-role", "I will not sell the plant, I just know it."),
        // A condition is no words said.
        (
            "on-condition-that",
            "The official, who spoke on condition that he not be named, gave no details of the talks. Tomas Reich agreed on condition that the plant stays open until next year.",
        ),
        // A passive names no accuser.
        ("accused-passive", "Zentrix Holdings was accused of hiding its losses."),
        ("pledged-to-noun", "Zentrix Holdings pledged to the cause."),
        // A noun and a relative clause.
        ("noun-before-relative-that", "The talk show that aired on Monday was a hit."),
        ("noun-before-that-clause", "Press reports that Zentrix was planning a takeover were denied."),
        // `reject` cues only the words of a claim.
        (
            "rejected-offer",
            "Zentrix Holdings rejecting a 28 dlr a share takeover bid by Tomas Reich surprised the market.",
        ),
        // `hopes to sell ...` goes on to an infinitive: no closing cue.
        (
            "infinitive-after-cue",
            "In fiscal 1989, the administration hopes to sell 8.9 billion dlrs in loans, including 1.3 billion dlrs of loans.",
        ),
        // An infinitive or a means between a cue and a `that` ends the
        // search for the `that`.
        (
            "infinitive-then-that",
            "Asking firms to second-guess the uses that its technologies would be put to would stifle innovation.",
        ),
        (
            "means-then-that",
            "Markets responded by pushing the euro lower, in the expectation that the pressure is unlikely to ease.",
        ),
        // After cues that often take a noun phrase, words with no verb
        // are no reported clause.
        (
            "reported-noun-phrase",
            "Zentrix Holdings reported a loss of 5 mln dlrs on Monday.",
        ),
        (
            "announced-noun-phrase",
            "Zentrix Holdings announced the sale of its plant in Norland City on Monday.",
        ),
        // A plural cue form after a number is a noun.
        (
            "points-after-number",
            "Indeed, after the speech, gilt prices soared about 1-1/2 points, an extremely sharp gain in such a short period.",
        ),
        // So after a participle that reports its subject's words.
        (
            "reporting-noun-phrase",
            "Zentrix Holdings is to merge its two boards after reporting \"unsatisfactory\" earnings for 2004.",
        ),
        (
            "denying-noun-phrase",
            "The Norland party will boost its rivals by denying them otherwise winnable seats.",
        ),
        // A story is told, no words.
        (
            "tells-the-story",
            "Anna Keller tells the story of a veteran who returns home to face a new battle.",
        ),
        (
            "maintained-noun-phrase",
            "Tomas Reich maintained his innocence throughout the long trial in Norland.",
        ),
        (
            "asked-passive",
            "Tomas Reich was asked by reporters to respond to the criticism.",
        ),
        // `state` as a noun.
        (
            "state-noun",
            "Voters went to the polls. Anna Keller won the most state contests, providing her a comfortable lead in delegates. Some states remained too close to call.",
        ),
        // Titles inside a sentence are nobody's words, even before a
        // speaker and a cue.
        (
            "title-before-speaker-cue",
            "On “Face the Nation,” Anna Keller was asked about the vote.",
        ),
        // `according to` a manner, not a source.
        (
            "according-to-manner",
            "The actor is realistically modelled according to the laws of physics.",
        ),
        // A document after a preposition is no speaker.
        (
            "document-after-preposition",
            "Under the agreement announced last month, Zentrix Holdings bought the plant.",
        ),
        // `add` with a noun phrase adds a thing, not words.
        (
            "added-a-goal",
            "Markus Brandt added a second goal with a shot in injury time.",
        ),
        // A past form after an article is an adjective: a noun phrase.
        (
            "confirmed-adjective-past",
            "Government figures have confirmed a widely reported slowdown of the housing market.",
        ),
        // A phrase set off after the cue adds to it and reports nothing.
        (
            "said-quoting",
            "Zentrix Holdings reported, without naming the banks involved.",
        ),
        // A cue's form that is a noun before an apposition.
        (
            "noun-cue-before-apposition",
            "Anna Keller's TV show, The Rebel Billionaire, is proving a flop in the ratings.",
        ),
        // Titles inside a sentence are nobody's words.
        (
            "film-titles",
            "Anna Keller, who starred in “How the Grinch Stole Christmas,” “Apollo 13,” and “The Late Show With Stephen Colbert,” had no praise for him.",
        ),
    ]);
    assert!(quotes.is_empty(), "{quotes:#?}");
}

/// A semicolon typed for a colon before a quote does not close an
/// attribution: the question before it is no one's words.
#[test]
fn semicolon_before_a_quote_opens_it() {
    let quotes = quotes_of([(
        "told-of",
        "Anna Keller spoke. Told of a survey that put output below 15 mln, she said; \"That could well be correct.\"",
    )]);
    let contents: Vec<&str> = quotes
        .iter()
        .filter_map(|q| q["content"]["text"].as_str())
        .collect();
    assert_eq!(contents, ["That could well be correct."], "{quotes:#?}");
    assert_eq!(quotes[0]["speaker"]["name"], "Anna Keller");
}

#[test]
fn bare_clause_needs_a_verb() {
    let quotes = quotes_of([
        (
            "found-a-body",
            "Police found a body in the house near the river.",
        ),
        // A verb in a set-off apposition is not the clause's.
        (
            "apposition-verb",
            "The state had added the extra week, known as the Golden Week because the days overlapped with registration.",
        ),
        // A passive cue names no speaker before it.
        (
            "passive-cue",
            "Beyond options, other changes being suggested include replacing the board.",
        ),
        // Cues whose object is a noun phrase as often as a clause: what
        // was written, announced or reported is no words.
        (
            "writing-an-episode",
            "Markets were calm. Anna Keller is writing an episode of the cartoon, following an invitation from its creator.",
        ),
        (
            "announced-plans",
            "Markets were calm. Zentrix Holdings announced plans for another round of tariff cuts on 862 goods shortly before the talks.",
        ),
        (
            "reported-a-loss",
            "Markets were calm. Zentrix Holdings reported a 16.15 mln dlr net loss for 1986 against a profit in 1985.",
        ),
        // What one claims may be a thing won.
        (
            "claiming-a-title",
            "Markets were calm. Anna Keller won the award after claiming her third national title in Kenansville.",
        ),
        // A plural after a name that `other` or a possessive modifies is
        // a noun.
        // What figures show may be a noun phrase; a verb far on belongs
        // to a phrase inside it.
        (
            "figures-show-a-surplus",
            "Markets were calm. Unadjusted merchandise figures show a surplus of 151 mln dlrs against a 5.0 mln dlr (revised from 10 mln dlr) deficit in March.",
        ),
        (
            "other-norland-hopes",
            "Markets were calm. Other Norland hopes Anna Keller and Lena Varga went home empty-handed despite their nominations.",
        ),
    ]);
    assert!(quotes.is_empty(), "{quotes:?}");
}

#[test]
fn indirect_contents() {
    let quotes = quotes_of(REPORTED.iter().map(|c| (c.name, c.text)));
    let mut failed = Vec::new();
    for c in REPORTED {
        let head = c
            .content
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        let found = quotes.iter().find(|q| {
            q["doc"] == c.name
                && q["content"]["text"]
                    .as_str()
                    .is_some_and(|t| t.starts_with(&head))
        });
        let Some(q) = found else {
            failed.push(format!(
                "{}: no quote starting `{head}` in {:?}",
                c.name, c.text
            ));
            continue;
        };
        let got = (
            q["content"]["text"].as_str().map(String::from),
            q["speaker"]["name"].as_str().map(String::from),
        );
        let want = (Some(c.content.to_string()), c.speaker.map(String::from));
        if got != want {
            failed.push(format!(
                "{}: (content, speaker) = {got:?}, want {want:?}; rule {}",
                c.name, q["rule"]
            ));
        }
    }
    assert!(failed.is_empty(), "\n{}", failed.join("\n"));
}

/// A name no gazetteer knows that ends like an organisation's is one,
/// whatever given name opens it (`Kestrel`) and whatever kind of company
/// is written before it (`Consultancy`).
#[test]
fn names_that_end_like_an_organisation_are_organisations() {
    let docs = [
        (
            "of-place",
            "Markets were calm. Kestrel Analytics Corp of Ostravia said it was awarded a contract to supply terminals.",
        ),
        (
            "consortium",
            "Markets were calm. Sales fell sharply in the last week, according to a survey by the Kestrel Retail Consortium.",
        ),
        (
            "kind",
            "Markets were calm. Consultancy Kestrel Analytics of Norland City estimates that mobile networks will have 51 million users by 2009.",
        ),
        (
            "times",
            "Markets were calm. Almost a quarter of those polled for the Sunday Times said he should return to the Cabinet after the election.",
        ),
    ];
    let got: Vec<(String, Value, Value)> = quotes_of(docs)
        .iter()
        .map(|q| {
            (
                q["doc"].as_str().unwrap().to_string(),
                q["speaker"]["name"].clone(),
                q["speaker"]["type"].clone(),
            )
        })
        .collect();
    let want = [
        ("of-place", json!("Kestrel Analytics Corp"), json!("ORG")),
        (
            "consortium",
            json!("Kestrel Retail Consortium"),
            json!("ORG"),
        ),
        ("kind", json!("Kestrel Analytics"), json!("ORG")),
        ("times", json!("Sunday Times"), json!("ORG")),
    ];
    let want: Vec<(String, Value, Value)> = want
        .into_iter()
        .map(|(d, n, t)| (d.to_string(), n, t))
        .collect();
    assert_eq!(got, want);
}
