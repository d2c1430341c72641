//! `newsgraph gazetteer check` and `newsgraph gazetteer stats`, end to end:
//! every kind of finding of the linter with its `file:line`, the exit
//! status, and the counts of `stats`.

mod common;

use std::path::Path;

use common::{run_in, stdout};
use serde_json::Value;

/// Writes `name` in a fresh folder and runs `gazetteer ARGS... name` there.
fn check(name: &str, content: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), content).unwrap();
    let out = run_in(dir.path(), &["gazetteer", "check", name], None);
    (out.status.code().unwrap_or(-1), stdout(&out))
}

const CLEAN: &str = "id\tname\ttype\taliases\tpart_of
Q148\tChina\tGPE\tPRC|People's Republic of China\t
Q956\tBeijing\tGPE\t\tQ148
Q57278\tJens Stoltenberg\tPERSON\tStoltenberg\t
";

#[test]
fn a_clean_gazetteer_passes() {
    let (code, out) = check("g.tsv", CLEAN);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("g.tsv: 3 entities, 6 forms, 0 errors"),
        "{out}"
    );
    // `China` is also `china`, the only warning.
    assert!(
        out.contains("warning: 1 aliases that are common English words"),
        "{out}"
    );
    assert_eq!(out.matches("warning").count(), 1, "{out}");
}

#[test]
fn bad_rows_and_duplicate_ids_are_errors_with_lines() {
    let tsv = "id\tname\ttype\taliases
Q1\tAcme\tORG\t
Q2\t\tORG\t
Q3\tBeta\tCITY\t
Q1\tAcme Corp\tORG\t
";
    let (code, out) = check("bad.tsv", tsv);
    assert_eq!(code, 1, "{out}");
    for want in [
        "error: bad.tsv:3: bad gazetteer row: entity `Q2` has an empty name",
        "error: bad.tsv:4: bad gazetteer row: entity `Q3` has unknown type `CITY`",
        "error: bad.tsv:5: duplicate id `Q1` (first on line 2)",
        "bad.tsv: 2 entities",
        "3 errors",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
}

#[test]
fn warnings_name_each_problem() {
    let tsv = "id\tname\ttype\taliases\tpart_of
p1\tTheresa May\tPERSON\tMay\t
p2\tBrian May\tPERSON\tMay\t
g1\tGeorgia\tGPE\t\t
g2\tGeorgia State\tGPE\tGeorgia\tg9
c1\tTurkey\tGPE\t\t
o1\tThe\tORG\t3|Wednesday\t
l1\tcity hall\tLOC\t\t
";
    let (code, out) = check("w.tsv", tsv);
    assert_eq!(code, 0, "warnings only: {out}");
    for want in [
        "w.tsv:5: part_of `g9` is not an id in this file",
        "`May`: p1 (line 2), p2 (line 3)",
        "`Georgia`: g1 (line 4), g2 (line 5)",
        "w.tsv:2: `May` is also an English word",
        "w.tsv:6: `Turkey` is also an English word",
        "w.tsv:5: alias `Georgia` of `g2` is the name of `g1` (line 4)",
        "w.tsv:8: `city hall` starts in lower case",
        "w.tsv:7: `3` is never matched",
        "w.tsv:7: `The` is never matched",
        "w.tsv:7: `Wednesday` is never matched",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
}

#[test]
fn check_reads_csv_and_jsonl_with_lines() {
    let (code, out) = check(
        "g.csv",
        "id,name,type\nq1,\"Smith, John\",PERSON\nq2,X,BAD\n",
    );
    assert_eq!(code, 1);
    assert!(out.contains("error: g.csv:3: bad gazetteer row"), "{out}");
    let (code, out) = check(
        "g.jsonl",
        "{\"id\": \"a\", \"name\": \"A\", \"type\": \"ORG\"}\nnot json\n",
    );
    assert_eq!(code, 1);
    assert!(out.contains("error: g.jsonl:2: bad gazetteer row"), "{out}");
}

#[test]
fn a_missing_file_is_a_fatal_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_in(dir.path(), &["gazetteer", "check", "nope.tsv"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(common::stderr(&out).contains("nope.tsv"));
}

fn stats(dir: &Path, args: &[&str]) -> Value {
    let mut all = vec!["gazetteer", "stats"];
    all.extend_from_slice(args);
    let out = run_in(dir, &all, None);
    assert!(out.status.success(), "{}", common::stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn stats_count_a_file_and_the_builtin_gazetteer() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("g.tsv"), CLEAN).unwrap();
    let s = stats(dir.path(), &["g.tsv"]);
    assert_eq!(s["entities"], 3);
    assert_eq!(s["by_type"]["GPE"], 2);
    assert_eq!(s["by_type"]["PERSON"], 1);
    assert_eq!(s["aliases"], 3);
    assert_eq!(s["with_part_of"], 1);
    assert!(s["forms"].as_u64().unwrap() >= 6, "{s}");
    assert!(s["automaton_bytes"].as_u64().unwrap() > 0);
    let builtin = stats(dir.path(), &[]);
    assert!(builtin["entities"].as_u64().unwrap() >= 10_000, "{builtin}");
    let both = stats(dir.path(), &["--with-default", "g.tsv"]);
    assert!(both["entities"].as_u64().unwrap() >= builtin["entities"].as_u64().unwrap());
}
