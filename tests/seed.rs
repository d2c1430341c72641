//! The owner's public example: the seed article (`data/samples/seed-nato.jsonl`)
//! with the built-in gazetteer. The expectations are hard-coded from the
//! seed's expected list.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{read_jsonl, run_ok};
use serde_json::Value;

/// The 18 entities the seed article mentions, by canonical name.
const SEED_ENTITIES: [&str; 18] = [
    "NATO",
    "Jens Stoltenberg",
    "China",
    "Russia",
    "Ukraine",
    "Vladimir Putin",
    "CNBC",
    "Hadley Gamble",
    "Munich Security Conference",
    "Japan",
    "South Korea",
    "Australia",
    "New Zealand",
    "Taiwan",
    "United States",
    "North America",
    "Europe",
    "Asia",
];

struct SeedRun {
    text: String,
    mentions: Vec<Value>,
    quotes: Vec<Value>,
}

fn extract_seed(tmp: &Path) -> SeedRun {
    let seed = common::crate_root().join("data/samples/seed-nato.jsonl");
    let out = tmp.join("out");
    run_ok(
        tmp,
        &[
            "extract",
            seed.to_str().unwrap(),
            "-q",
            "-o",
            out.to_str().unwrap(),
        ],
        None,
    );
    let line: Value = serde_json::from_str(common::seed_line().as_str()).unwrap();
    SeedRun {
        text: line["text"].as_str().unwrap().to_string(),
        mentions: read_jsonl(&out.join("mentions.jsonl")),
        quotes: read_jsonl(&out.join("quotes.jsonl")),
    }
}

#[test]
fn seed_article_entities_metonyms_and_quotes() {
    let tmp = tempfile::tempdir().unwrap();
    let run = extract_seed(tmp.path());

    // Every mention points at the seed document and at its own bytes.
    for m in &run.mentions {
        assert_eq!(m["doc"], "seed-nato");
        let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
        assert_eq!(
            run.text.get(s as usize..e as usize),
            m["text"].as_str(),
            "mention {m}"
        );
    }

    // All 18 expected entities, by canonical name.
    let names: BTreeSet<&str> = run
        .mentions
        .iter()
        .filter_map(|m| m["name"].as_str())
        .collect();
    let missing: Vec<&str> = SEED_ENTITIES
        .iter()
        .copied()
        .filter(|n| !names.contains(n))
        .collect();
    assert!(missing.is_empty(), "missing entities: {missing:?}");

    // Capitals in actor roles stand for their country.
    for (capital, country) in [("Beijing", "China"), ("Washington", "United States")] {
        let resolved = run
            .mentions
            .iter()
            .any(|m| m["text"] == capital && m["name"] == country && m["via"] == "metonym");
        assert!(
            resolved,
            "no `{capital}` mention resolved to {country} via metonym"
        );
    }

    // Ten quotes, all Jens Stoltenberg's; exactly one addressed to Hadley Gamble.
    assert_eq!(run.quotes.len(), 10, "quotes: {:#?}", run.quotes);
    for q in &run.quotes {
        assert_eq!(q["doc"], "seed-nato");
        assert_eq!(q["speaker"]["name"], "Jens Stoltenberg", "quote {q}");
        assert_eq!(q["speaker"]["type"], "PERSON", "quote {q}");
    }
    let addressed: Vec<&Value> = run
        .quotes
        .iter()
        .filter(|q| !q["addressee"].is_null())
        .collect();
    assert_eq!(addressed.len(), 1, "addressed quotes: {addressed:#?}");
    assert_eq!(addressed[0]["addressee"]["name"], "Hadley Gamble");
    assert_eq!(addressed[0]["cue"]["text"], "told");
    assert!(addressed[0]["content"]["text"]
        .as_str()
        .unwrap()
        .starts_with("Beijing is watching closely what is happening in Ukraine."));
}

/// "John Simon | Stringers | News from Getty Images" is a photo credit; the
/// surname must not be linked to a gazetteer person who never appears in
/// the article (DESIGN: partial names resolve to "the full entity seen
/// earlier").
#[test]
fn seed_photo_credit_surname_is_not_linked_to_an_unseen_person() {
    let tmp = tempfile::tempdir().unwrap();
    let run = extract_seed(tmp.path());
    let wrong: Vec<&Value> = run
        .mentions
        .iter()
        .filter(|m| m["via"] == "partial" && m["text"] == "Simon" && !m["id"].is_null())
        .collect();
    assert!(wrong.is_empty(), "linked photo credit: {wrong:#?}");
}
