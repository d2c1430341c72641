//! Gazetteer files: TSV or CSV with a header, or JSON Lines with the same
//! keys (`id`, `name`, `type`, `aliases`, `part_of`, `located_in`,
//! `role`; more columns are ignored).

use std::io::BufRead;
use std::path::{Path, PathBuf};

use crate::doc::EntityType;
use crate::error::{Error, Result};

/// One gazetteer row as written, before ids are linked.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub kind: EntityType,
    pub aliases: Vec<String>,
    pub part_of: Option<String>,
    pub located_in: Option<String>,
    /// The offices a person held, as written (`Chancellor of the Exchequer
    /// (United Kingdom) 1997-2007; ...`): what `the chancellor` may mean.
    pub role: Option<String>,
    /// Where the row came from, for messages.
    pub path: PathBuf,
    pub line: u64,
}

/// Longest alias or name accepted; longer ones are certainly not names.
pub const MAX_ALIAS_BYTES: usize = 256;

/// Reads a gazetteer file (format by extension: `.jsonl`/`.json` for JSON
/// Lines, `.csv` for CSV, anything else TSV).
///
/// # Errors
/// The file cannot be read, or a row is bad (`path:line: bad gazetteer row: ...`).
pub fn read_file(path: &Path) -> Result<Vec<Row>> {
    read_file_with(path, None)
}

/// Reads a gazetteer file, collecting bad rows in `bad_rows` instead of
/// stopping at the first (for `newsgraph gazetteer check`).
///
/// # Errors
/// The file cannot be read, or its header is unusable.
pub fn read_file_lenient(path: &Path, bad_rows: &mut Vec<Error>) -> Result<Vec<Row>> {
    read_file_with(path, Some(bad_rows))
}

fn read_file_with(path: &Path, bad_rows: Option<&mut Vec<Error>>) -> Result<Vec<Row>> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let name = path.to_string_lossy().to_ascii_lowercase();
    if name.ends_with(".jsonl") || name.ends_with(".json") || name.ends_with(".ndjson") {
        read_jsonl(path, &bytes, bad_rows)
    } else {
        let delimiter = if name.ends_with(".csv") { b',' } else { b'\t' };
        parse_delimited(path, &bytes, delimiter, bad_rows)
    }
}

/// Keeps a bad row's error (lenient) or returns it (strict).
fn keep_or_fail(bad_rows: &mut Option<&mut Vec<Error>>, err: Error) -> Result<()> {
    match bad_rows {
        Some(list) => {
            list.push(err);
            Ok(())
        }
        None => Err(err),
    }
}

/// Reads TSV or CSV gazetteer bytes.
pub fn read_delimited(path: &Path, bytes: &[u8], delimiter: u8) -> Result<Vec<Row>> {
    parse_delimited(path, bytes, delimiter, None)
}

fn parse_delimited(
    path: &Path,
    bytes: &[u8],
    delimiter: u8,
    mut bad_rows: Option<&mut Vec<Error>>,
) -> Result<Vec<Row>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if delimiter == b'\t' {
        if let Some(text) = plain_tsv(bytes) {
            return parse_plain_tsv(path, text, bad_rows);
        }
    }
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .quoting(delimiter != b'\t')
        .from_reader(bytes);
    let headers = rdr
        .headers()
        .map_err(|e| bad_row(path, 1, e.to_string()))?
        .clone();
    let columns = Columns::find(path, headers.iter())?;
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = match rec {
            Ok(rec) => rec,
            Err(e) => {
                let line = e.position().map_or(0, |p| record_line(bytes, p));
                keep_or_fail(&mut bad_rows, bad_row(path, line, e.to_string()))?;
                continue;
            }
        };
        let line = rec.position().map_or(0, |p| record_line(bytes, p));
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        match columns.row(path, line, |c| rec.get(c)) {
            Ok(row) => rows.push(row),
            Err(e) => keep_or_fail(&mut bad_rows, e)?,
        }
    }
    Ok(rows)
}

/// The line a record starts on. The csv reader puts a record after empty
/// lines at the first of them: a bad row there would be reported lines
/// too early.
fn record_line(bytes: &[u8], pos: &csv::Position) -> u64 {
    let at = usize::try_from(pos.byte()).unwrap_or(usize::MAX);
    let blank = bytes
        .get(at..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| b == b'\n' || b == b'\r')
        .filter(|&&b| b == b'\n')
        .count();
    pos.line() + blank as u64
}

fn bad_row(path: &Path, line: u64, reason: String) -> Error {
    Error::Gazetteer {
        path: path.to_path_buf(),
        line,
        reason,
    }
}

/// TSV that the csv reader (no quoting, flexible) would read without any
/// error and with `\n` alone ending lines: valid UTF-8 without `\r`. Such
/// a file (the built-in gazetteer, generated alias lists) is split by hand,
/// without a `StringRecord` per line (built-in gazetteer: parse 111M ->
/// 66M instructions, most of the rest in `Row`'s strings).
fn plain_tsv(bytes: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(bytes).ok()?;
    (!bytes.contains(&b'\r')).then_some(text)
}

/// [`parse_delimited`] for [`plain_tsv`] text: empty lines are skipped,
/// and a record's line is its own.
fn parse_plain_tsv(
    path: &Path,
    text: &str,
    mut bad_rows: Option<&mut Vec<Error>>,
) -> Result<Vec<Row>> {
    let mut lines = text.split('\n').enumerate().filter(|(_, l)| !l.is_empty());
    let (_, header) = lines.next().unwrap_or((0, ""));
    let columns = Columns::find(path, header.split('\t'))?;
    let mut rows = Vec::new();
    let mut fields: Vec<&str> = Vec::new();
    for (i, l) in lines {
        let line = i as u64 + 1;
        // Every field blank: the whole line is white space.
        if l.trim().is_empty() {
            continue;
        }
        columns.split(l, &mut fields);
        match columns.row(path, line, |c| fields.get(c).copied()) {
            Ok(row) => rows.push(row),
            Err(e) => keep_or_fail(&mut bad_rows, e)?,
        }
    }
    Ok(rows)
}

/// Where the known columns are in a header.
struct Columns {
    id: usize,
    name: usize,
    kind: usize,
    aliases: Option<usize>,
    part_of: Option<usize>,
    located_in: Option<usize>,
    role: Option<usize>,
}

impl Columns {
    fn find<'h>(path: &Path, header: impl Iterator<Item = &'h str> + Clone) -> Result<Columns> {
        let col = |name: &str| {
            header
                .clone()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
        };
        let (Some(id), Some(name), Some(kind)) = (col("id"), col("name"), col("type")) else {
            return Err(bad_row(
                path,
                1,
                "the header must have the columns id, name and type".into(),
            ));
        };
        Ok(Columns {
            id,
            name,
            kind,
            aliases: col("aliases"),
            part_of: col("part_of"),
            located_in: col("located_in"),
            role: col("role"),
        })
    }

    /// The fields of a TSV line up to the last known column: the others
    /// (`source` in the built-in gazetteer) are never split.
    fn split<'l>(&self, line: &'l str, fields: &mut Vec<&'l str>) {
        let last = [self.aliases, self.part_of, self.located_in, self.role]
            .into_iter()
            .flatten()
            .chain([self.id, self.name, self.kind])
            .max()
            .unwrap_or_default();
        fields.clear();
        let mut rest = line;
        while fields.len() <= last {
            match memchr::memchr(b'\t', rest.as_bytes()) {
                Some(k) => {
                    fields.push(&rest[..k]);
                    rest = &rest[k + 1..];
                }
                None => {
                    fields.push(rest);
                    break;
                }
            }
        }
    }

    /// The row of a record whose field `c` is `field(c)`.
    fn row<'r>(
        &self,
        path: &Path,
        line: u64,
        field: impl Fn(usize) -> Option<&'r str>,
    ) -> Result<Row> {
        let get = |c: Option<usize>| c.and_then(&field).unwrap_or("");
        let fields = Fields {
            id: get(Some(self.id)),
            name: get(Some(self.name)),
            kind: get(Some(self.kind)),
            part_of: get(self.part_of),
            located_in: get(self.located_in),
            role: get(self.role),
        };
        make_row(path, line, fields, get(self.aliases).split('|'))
    }
}

fn read_jsonl(
    path: &Path,
    bytes: &[u8],
    mut bad_rows: Option<&mut Vec<Error>>,
) -> Result<Vec<Row>> {
    #[derive(serde::Deserialize)]
    struct JsonRow {
        id: serde_json::Value,
        name: String,
        #[serde(rename = "type")]
        kind: String,
        #[serde(default)]
        aliases: Aliases,
        #[serde(default)]
        part_of: Option<String>,
        #[serde(default)]
        located_in: Option<String>,
        #[serde(default)]
        role: Option<String>,
    }
    #[derive(serde::Deserialize, Default)]
    #[serde(untagged)]
    enum Aliases {
        #[default]
        None,
        List(Vec<String>),
        Joined(String),
    }
    let mut rows = Vec::new();
    for (i, line) in bytes.lines().enumerate() {
        let line_no = i as u64 + 1;
        let line = line.map_err(|source| Error::ReadAt {
            path: path.to_path_buf(),
            line: line_no,
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let r: JsonRow = match serde_json::from_str(&line) {
            Ok(r) => r,
            Err(e) => {
                let err = Error::Gazetteer {
                    path: path.to_path_buf(),
                    line: line_no,
                    reason: e.to_string(),
                };
                keep_or_fail(&mut bad_rows, err)?;
                continue;
            }
        };
        let id = match &r.id {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            _ => String::new(),
        };
        let aliases: Vec<String> = match r.aliases {
            Aliases::None => Vec::new(),
            Aliases::List(v) => v,
            Aliases::Joined(s) => s.split('|').map(str::to_string).collect(),
        };
        let fields = Fields {
            id: &id,
            name: &r.name,
            kind: &r.kind,
            part_of: r.part_of.as_deref().unwrap_or(""),
            located_in: r.located_in.as_deref().unwrap_or(""),
            role: r.role.as_deref().unwrap_or(""),
        };
        match make_row(path, line_no, fields, aliases.iter().map(String::as_str)) {
            Ok(row) => rows.push(row),
            Err(e) => keep_or_fail(&mut bad_rows, e)?,
        }
    }
    Ok(rows)
}

/// The single-valued fields of a row, as written.
struct Fields<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'a str,
    part_of: &'a str,
    located_in: &'a str,
    role: &'a str,
}

fn make_row<'a>(
    path: &Path,
    line: u64,
    fields: Fields<'_>,
    aliases: impl Iterator<Item = &'a str>,
) -> Result<Row> {
    let Fields {
        id,
        name,
        kind,
        part_of,
        located_in,
        role,
    } = fields;
    let bad = |reason: String| Error::Gazetteer {
        path: path.to_path_buf(),
        line,
        reason,
    };
    let (id, name) = (id.trim(), name.trim());
    if id.is_empty() {
        return Err(bad("empty id".into()));
    }
    if name.is_empty() {
        return Err(bad(format!("entity `{id}` has an empty name")));
    }
    if name.len() > MAX_ALIAS_BYTES {
        return Err(bad(format!(
            "entity `{id}` has a name of {} bytes (the limit is {MAX_ALIAS_BYTES})",
            name.len()
        )));
    }
    let kind = EntityType::parse(kind).ok_or_else(|| {
        bad(format!(
            "entity `{id}` has unknown type `{}` (one of PERSON, ORG, GPE, LOC, NORP, EVENT, WORK, OTHER)",
            kind.trim()
        ))
    })?;
    let mut list: Vec<String> = Vec::new();
    for alias in aliases.map(str::trim).filter(|a| !a.is_empty()) {
        if alias.len() > MAX_ALIAS_BYTES {
            return Err(bad(format!(
                "entity `{id}` has an alias of {} bytes (the limit is {MAX_ALIAS_BYTES})",
                alias.len()
            )));
        }
        if alias != name && !list.iter().any(|a| a == alias) {
            list.push(alias.to_string());
        }
    }
    let link = |s: &str| Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_string);
    Ok(Row {
        id: id.to_string(),
        name: name.to_string(),
        kind,
        aliases: list,
        part_of: link(part_of),
        located_in: link(located_in),
        role: link(role),
        path: path.to_path_buf(),
        line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_row_after_empty_lines_names_its_own_line() {
        let tsv = "id\tname\ttype\nQ1\tAlpha\tORG\n\n\n\tBad\tORG\n";
        let csv = tsv.replace('\t', ",").replace('\n', "\r\n");
        for (name, text, delimiter) in [("g.tsv", tsv.to_string(), b'\t'), ("g.csv", csv, b',')] {
            let err = read_delimited(Path::new(name), text.as_bytes(), delimiter).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("{name}:5: bad gazetteer row: empty id")
            );
        }
    }

    #[test]
    fn tsv_rows_and_errors() {
        let p = Path::new("g.tsv");
        let ok = "id\tname\ttype\taliases\tpart_of\nQ7184\tNATO\tORG\tNorth Atlantic Treaty Organization|NATO|\t\nQ956\tBeijing\tGPE\t\tQ148\n";
        let rows = read_delimited(p, ok.as_bytes(), b'\t').unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].aliases, ["North Atlantic Treaty Organization"]);
        assert_eq!(rows[1].part_of.as_deref(), Some("Q956").map(|_| "Q148"));
        assert_eq!(rows[1].line, 3);

        const BAD: &[(&str, &str)] = &[
            ("id\tname\ttype\nQ1\t\tORG\n", "g.tsv:2: bad gazetteer row: entity `Q1` has an empty name"),
            ("id\tname\ttype\nQ1\tX\tCITY\n", "g.tsv:2: bad gazetteer row: entity `Q1` has unknown type `CITY` (one of PERSON, ORG, GPE, LOC, NORP, EVENT, WORK, OTHER)"),
            ("id\tname\ttype\n\tX\tORG\n", "g.tsv:2: bad gazetteer row: empty id"),
            ("name\ttype\nX\tORG\n", "g.tsv:1: bad gazetteer row: the header must have the columns id, name and type"),
        ];
        for (input, want) in BAD {
            let err = read_delimited(p, input.as_bytes(), b'\t').unwrap_err();
            assert_eq!(err.to_string(), *want);
        }
        let long = format!(
            "id\tname\ttype\taliases\nQ1\tX\tORG\t{}\n",
            "a".repeat(10_000)
        );
        let err = read_delimited(p, long.as_bytes(), b'\t').unwrap_err();
        assert!(err.to_string().contains("an alias of 10000 bytes"), "{err}");
    }

    /// [`parse_delimited`] through the csv reader, as before the plain
    /// TSV path: rows, or the error, and the bad rows, as text.
    fn by_csv_reader(bytes: &[u8]) -> String {
        let p = Path::new("g.tsv");
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .flexible(true)
            .quoting(false)
            .from_reader(bytes);
        let mut bad = Vec::new();
        let result = (|| -> Result<Vec<Row>> {
            let headers = rdr
                .headers()
                .map_err(|e| bad_row(p, 1, e.to_string()))?
                .clone();
            let columns = Columns::find(p, headers.iter())?;
            let mut rows = Vec::new();
            for rec in rdr.records() {
                let rec = rec.map_err(|e| bad_row(p, 0, e.to_string()))?;
                let line = rec.position().map_or(0, |pos| record_line(bytes, pos));
                if rec.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                match columns.row(p, line, |c| rec.get(c)) {
                    Ok(row) => rows.push(row),
                    Err(e) => bad.push(e),
                }
            }
            Ok(rows)
        })();
        format!("{result:?} {bad:?}")
    }

    proptest::proptest! {
        #[test]
        fn plain_tsv_is_the_csv_reader(
            lines in proptest::collection::vec(
                "(|\\n| |id\tname\ttype|id\ttype\tname\taliases|Q[0-9]\t[A-C ]{0,3}\t(ORG|GPE|X)(\t[A-B|]{0,4}){0,3})",
                0..8,
            ),
        ) {
            let text = lines.join("\n");
            let mut bad = Vec::new();
            let fast = parse_plain_tsv(Path::new("g.tsv"), &text, Some(&mut bad));
            proptest::prop_assert_eq!(format!("{fast:?} {bad:?}"), by_csv_reader(text.as_bytes()));
        }
    }

    #[test]
    fn csv_and_jsonl_rows() {
        let rows = read_delimited(
            Path::new("g.csv"),
            b"id,name,type,aliases\nq1,\"Smith, John\",PERSON,Smith\n",
            b',',
        )
        .unwrap();
        assert_eq!(rows[0].name, "Smith, John");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.jsonl");
        std::fs::write(&path, "{\"id\": \"Q1\", \"name\": \"Acme\", \"type\": \"ORG\", \"aliases\": [\"Acme Corp\"]}\n\n{\"id\": 2, \"name\": \"B\", \"type\": \"ORG\", \"aliases\": \"B1|B2\"}\n").unwrap();
        let rows = read_file(&path).unwrap();
        assert_eq!(rows[0].aliases, ["Acme Corp"]);
        assert_eq!(
            (rows[1].id.as_str(), rows[1].aliases.len(), rows[1].line),
            ("2", 2, 3)
        );
    }

    #[test]
    fn role_column_in_tsv_and_jsonl() {
        let tsv = "id\tname\ttype\trole\tsource\nQ1\tAnna Keller\tPERSON\tChancellor (Norland) 2001-2007; Mayor\tx|y\nQ2\tZentrix\tORG\t\t\n";
        let rows = read_delimited(Path::new("g.tsv"), tsv.as_bytes(), b'\t').unwrap();
        assert_eq!(
            rows[0].role.as_deref(),
            Some("Chancellor (Norland) 2001-2007; Mayor")
        );
        assert_eq!(rows[1].role, None);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.jsonl");
        std::fs::write(
            &path,
            "{\"id\": \"Q1\", \"name\": \"Anna Keller\", \"type\": \"PERSON\", \"role\": \"Mayor\"}\n{\"id\": \"Q2\", \"name\": \"B\", \"type\": \"ORG\"}\n",
        )
        .unwrap();
        let rows = read_file(&path).unwrap();
        assert_eq!(
            (rows[0].role.as_deref(), rows[1].role.as_deref()),
            (Some("Mayor"), None)
        );
    }
}
