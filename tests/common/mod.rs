//! Helpers shared by the integration tests: running the real binary,
//! reading its outputs, small fixture gazetteers.

#![allow(dead_code)] // each test crate uses a different subset

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The eight output files of `extract` (DESIGN.md, fixed names).
pub const OUTPUTS: [&str; 8] = [
    "quotes.jsonl",
    "mentions.jsonl",
    "relations.jsonl",
    "nodes.csv",
    "edges.csv",
    "graph.json",
    "summary.json",
    "errors.jsonl",
];

/// What `extract` writes besides [`OUTPUTS`] (without `--rdf`): the
/// aggregate state and the optional exports (`kuzu` is a folder).
pub const EXTRA_OUTPUTS: [&str; 4] = ["aggregate.jsonl", "graph.graphml", "kuzu", "load.cypher"];

/// A tiny gazetteer for tests that are not about the built-in one (the
/// built-in one takes about a second to load in a debug build).
pub const TINY_GAZETTEER: &str = "id\tname\ttype\taliases\tpart_of
Q7184\tNATO\tORG\tNorth Atlantic Treaty Organization\t
Q57278\tJens Stoltenberg\tPERSON\tStoltenberg\t
Q148\tChina\tGPE\tPRC\t
Q956\tBeijing\tGPE\t\tQ148
Q159\tRussia\tGPE\t\t
Q212\tUkraine\tGPE\t\t
Q7747\tVladimir Putin\tPERSON\tPutin\t
Q30\tUnited States\tGPE\tUS|U.S.\t
Q61\tWashington\tGPE\t\tQ30
T1\tZentrix Holdings\tORG\tZentrix\t
T2\tAnna Keller\tPERSON\tKeller\t
T3\tMarkus Brandt\tPERSON\tBrandt\t
T4\tPoland\tGPE\t\t
";

/// The built binary.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
}

/// The crate root (for `data/samples/seed-nato.jsonl`).
pub fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The seed article's JSON line, as committed in `data/samples/`.
pub fn seed_line() -> String {
    let text = std::fs::read_to_string(crate_root().join("data/samples/seed-nato.jsonl"))
        .expect("data/samples/seed-nato.jsonl is committed");
    text.trim_end().to_string()
}

/// Runs the binary in `cwd` with `args`, feeding `stdin` (empty if `None`).
pub fn run_in(cwd: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = bin();
    cmd.current_dir(cwd)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the newsgraph binary runs");
    {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        if let Some(bytes) = stdin {
            pipe.write_all(bytes).expect("writing stdin");
        }
    }
    child.wait_with_output().expect("waiting for newsgraph")
}

/// `extract INPUT` with only the gazetteer `g.tsv`, quietly, into `OUT`.
pub fn extract_with_own_gazetteer<'a>(input: &'a str, out: &'a str) -> [&'a str; 8] {
    [
        "extract",
        input,
        "--no-default-gazetteer",
        "--gazetteer",
        "g.tsv",
        "-q",
        "-o",
        out,
    ]
}

/// Like [`run_in`], and asserts exit status 0.
pub fn run_ok(cwd: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let out = run_in(cwd, args, stdin);
    assert!(
        out.status.success(),
        "newsgraph {args:?} failed with {:?}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

/// Parses JSON Lines.
pub fn parse_jsonl(text: &str) -> Vec<Value> {
    text.lines()
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("line {}: {e}: {l}", i + 1))
        })
        .collect()
}

/// Reads and parses a JSON Lines file.
pub fn read_jsonl(path: &Path) -> Vec<Value> {
    parse_jsonl(&read(path))
}

/// Calls `f` with each raw line and its parsed value, one line at a time
/// (for outputs too large to hold parsed).
pub fn for_each_jsonl(path: &Path, mut f: impl FnMut(&str, Value)) {
    use std::io::BufRead;
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    for (i, l) in std::io::BufReader::new(file).lines().enumerate() {
        let l = l.unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1));
        let v = serde_json::from_str(&l).unwrap_or_else(|e| panic!("line {}: {e}: {l}", i + 1));
        f(&l, v);
    }
}

/// Reads a UTF-8 file.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Reads a JSON file.
pub fn read_json(path: &Path) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `summary.json` without its timing fields (the only bytes that may differ
/// between runs).
pub fn summary_without_seconds(dir: &Path) -> Value {
    let mut v = read_json(&dir.join("summary.json"));
    v.as_object_mut()
        .expect("summary.json is an object")
        .remove("seconds");
    v
}

/// A small line diff (longest common subsequence), `-` for `want`, `+` for
/// `got`, with a line of context and at most `limit` lines printed.
pub fn line_diff(want: &str, got: &str, limit: usize) -> String {
    let a: Vec<&str> = want.lines().collect();
    let b: Vec<&str> = got.lines().collect();
    // Trim the common head and tail so the table stays small.
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a_mid, b_mid) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    let mut ops: Vec<(char, usize, &str)> = Vec::new(); // (op, line in want/got, text)
    if a_mid.len() * b_mid.len() <= 4_000_000 {
        let (n, m) = (a_mid.len(), b_mid.len());
        let mut lcs = vec![vec![0u32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i][j] = if a_mid[i] == b_mid[j] {
                    lcs[i + 1][j + 1] + 1
                } else {
                    lcs[i + 1][j].max(lcs[i][j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && a_mid[i] == b_mid[j] {
                ops.push((' ', head + i + 1, a_mid[i]));
                i += 1;
                j += 1;
            } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
                ops.push(('+', head + j + 1, b_mid[j]));
                j += 1;
            } else {
                ops.push(('-', head + i + 1, a_mid[i]));
                i += 1;
            }
        }
    } else {
        ops.extend(
            a_mid
                .iter()
                .enumerate()
                .map(|(i, l)| ('-', head + i + 1, *l)),
        );
        ops.extend(
            b_mid
                .iter()
                .enumerate()
                .map(|(j, l)| ('+', head + j + 1, *l)),
        );
    }
    let mut out = String::new();
    let mut printed = 0;
    for (k, (op, line, text)) in ops.iter().enumerate() {
        let near_change = ops[k.saturating_sub(1)..(k + 2).min(ops.len())]
            .iter()
            .any(|(o, _, _)| *o != ' ');
        if *op == ' ' && !near_change {
            continue;
        }
        if printed == limit {
            out.push_str("  ... (diff truncated)\n");
            break;
        }
        let short: String = text.chars().take(1000).collect();
        out.push_str(&format!("{op} {line:>5}: {short}\n"));
        printed += 1;
    }
    if out.is_empty() && want != got {
        out.push_str("  (files differ only in line endings or a final newline)\n");
    }
    out.push_str(&first_difference(want, got));
    out
}

/// Where two texts first differ: line, column and a window of each side.
fn first_difference(want: &str, got: &str) -> String {
    let at = want
        .bytes()
        .zip(got.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    if at == want.len() && at == got.len() {
        return String::new();
    }
    let line = want[..at].matches('\n').count() + 1;
    let line_start = want[..at].rfind('\n').map_or(0, |i| i + 1);
    let window = |t: &str| -> String {
        let mut from = at.saturating_sub(40).max(line_start);
        while !t.is_char_boundary(from) {
            from -= 1;
        }
        t[from..]
            .chars()
            .take(100)
            .take_while(|&c| c != '\n')
            .collect()
    };
    format!(
        "  first difference at line {line}, byte {} of the line:\n    expected: …{}\n    got:      …{}\n",
        at - line_start + 1,
        window(want),
        window(got)
    )
}

/// Lists a folder's entry names, sorted.
pub fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A temporary working folder with the tiny gazetteer in `g.tsv`, shared by
/// the CLI test files (each wraps it with its own run helpers).
pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        let w = Workdir {
            dir: tempfile::tempdir().unwrap(),
        };
        w.write("g.tsv", TINY_GAZETTEER);
        w
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.path().join(rel)
    }

    /// Writes a file (creating its folders) under the working folder.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// `newsgraph ARGS...` in the folder.
    pub fn run(&self, args: &[&str]) -> Output {
        run_in(self.path(), args, None)
    }
}
