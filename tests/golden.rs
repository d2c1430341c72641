//! Golden files: `tests/golden/<case>/` holds `input.jsonl`, optionally
//! `gazetteer.tsv` (passed with `--gazetteer`) and `args` (extra arguments,
//! whitespace-separated, `#` starts a comment), and `expected/` with every
//! output file of `extract` except `summary.json` (its timings vary).
//!
//! Each case runs with `--threads 1` and `--threads 2`; both runs must be
//! byte-identical, and equal to `expected/`. Regenerate with
//! `NEWSGRAPH_BLESS=1 cargo test --test golden` and review the diff like code.

mod common;

use std::path::{Path, PathBuf};

use common::{line_diff, names_in, run_ok, OUTPUTS};

/// The files compared with `expected/`.
fn compared() -> impl Iterator<Item = &'static str> {
    OUTPUTS.into_iter().filter(|f| *f != "summary.json")
}

fn cases() -> Vec<PathBuf> {
    let root = common::crate_root().join("tests/golden");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("input.jsonl").is_file())
        .collect();
    cases.sort();
    cases
}

fn extra_args(case: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(case.join("args")) else {
        return Vec::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .flat_map(str::split_whitespace)
        .map(String::from)
        .collect()
}

/// Runs `extract` on a case (from inside its folder, so every path in the
/// outputs is relative and stable) and returns the output folder.
fn extract(case: &Path, threads: &str, tmp: &Path) -> PathBuf {
    let out = tmp.join(format!("out-{threads}"));
    let out_str = out.to_str().expect("temp paths are UTF-8").to_string();
    let mut args: Vec<String> = vec!["extract".into(), "input.jsonl".into()];
    if case.join("gazetteer.tsv").is_file() {
        args.extend(["--gazetteer".into(), "gazetteer.tsv".into()]);
    }
    args.extend(extra_args(case));
    args.extend([
        "--threads".into(),
        threads.into(),
        "-q".into(),
        "-o".into(),
        out_str,
    ]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run_ok(case, &args, None);
    out
}

#[test]
fn golden_cases() {
    let cases = cases();
    let names: Vec<String> = cases
        .iter()
        .map(|c| c.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for want in ["company", "politics", "seed"] {
        assert!(names.iter().any(|n| n == want), "missing case {want}");
    }
    let bless = std::env::var_os("NEWSGRAPH_BLESS").is_some_and(|v| v != "0" && !v.is_empty());
    let mut failures = Vec::new();
    for (case, name) in cases.iter().zip(&names) {
        let tmp = tempfile::tempdir().unwrap();
        let one = extract(case, "1", tmp.path());
        let two = extract(case, "2", tmp.path());
        for file in compared() {
            let a = std::fs::read(one.join(file)).unwrap();
            let b = std::fs::read(two.join(file)).unwrap();
            if a != b {
                failures.push(format!(
                    "{name}/{file}: --threads 1 and --threads 2 differ:\n{}",
                    line_diff(
                        &String::from_utf8_lossy(&a),
                        &String::from_utf8_lossy(&b),
                        40
                    )
                ));
            }
        }
        // The summaries agree too, timings aside.
        assert_eq!(
            common::summary_without_seconds(&one),
            common::summary_without_seconds(&two),
            "{name}: summary.json"
        );
        let expected = case.join("expected");
        if bless {
            std::fs::create_dir_all(&expected).unwrap();
            for file in compared() {
                std::fs::copy(one.join(file), expected.join(file)).unwrap();
            }
            eprintln!("blessed {}", expected.display());
            continue;
        }
        assert!(
            expected.is_dir(),
            "{name}: no expected/ folder; run with NEWSGRAPH_BLESS=1"
        );
        let mut want_names: Vec<String> = compared().map(String::from).collect();
        want_names.sort();
        assert_eq!(
            names_in(&expected),
            want_names,
            "{name}: files in expected/"
        );
        for file in compared() {
            let want = common::read(&expected.join(file));
            let got = common::read(&one.join(file));
            if want != got {
                failures.push(format!(
                    "{name}/{file} differs from expected (- expected, + got; \
                     NEWSGRAPH_BLESS=1 regenerates):\n{}",
                    line_diff(&want, &got, 40)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
