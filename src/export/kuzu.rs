//! `kuzu/`: the graph as CSV files plus the `schema.cypher` that loads them
//! into a Kùzu (or LadybugDB) database.
//!
//! Owns: [`Schema`], the folder's layout. Reads: a [`Graph`]. Writes: one
//! CSV per node table and per relation table, and `schema.cypher`.
//!
//! Kùzu is schema-first, so the graph is split by what the nodes are:
//!
//! | table     | columns |
//! |-----------|---------|
//! | `Entity`  | `id` (key), `name`, `type` (`PERSON`, `ORG`, ...), `aliases` (`;`-joined), `mentions`, `documents`, `known` |
//! | `Article` | `id` (key, `article:<doc>`), `doc`, `title`, `date`, `source`, `mentions` |
//! | `Quote`   | `id` (key, `quote:<doc>:<n>`), `doc`, `text`, `kind`, `start`, `end`, `date` |
//!
//! and there is **one relation table per relation type** (`SAID`,
//! `SAID_TO`, `QUOTED_ABOUT`, `ACCUSE`, ...), each with `weight`,
//! `documents`, `first_date`, `last_date` and `evidence` (the first
//! evidence sample). Per-type tables keep queries short and typed:
//!
//! ```text
//! MATCH (a:Article {doc: 'seed-nato'})-[:QUOTES]->(q:Quote)<-[:SAID]-(s:Entity),
//!       (s)-[:SAID_TO]->(r:Entity), (s)-[:QUOTED_ABOUT]->(:Entity {name: 'China'})
//! RETURN s.name, r.name, q.text;
//! ```
//!
//! Files, all relative to `kuzu/`: `Entity.csv`, `Article.csv`,
//! `Quote.csv`, `<TYPE>.csv` per relation type (`<TYPE>-<From>-<To>.csv`
//! when one type joins several pairs of tables), and `schema.cypher`:
//!
//! ```text
//! CREATE NODE TABLE `Entity`(id STRING PRIMARY KEY, name STRING, ...);
//! CREATE REL TABLE `SAID_TO`(FROM `Entity` TO `Entity`, weight INT64, ...);
//! COPY `Entity` FROM 'Entity.csv' (header=true, escape='"');
//! COPY `SAID_TO` FROM 'SAID_TO.csv' (header=true, escape='"');
//! ```
//!
//! one statement per line, `//` lines are comments; run them in order with
//! the `kuzu/` folder as the working directory.
//!
//! What the CSVs avoid, because Kùzu (0.11, checked) cannot read it:
//! - line breaks inside a field (its parallel reader refuses them): they
//!   become spaces;
//! - list columns: Kùzu lists are `[a,b]` with no way to escape a comma in
//!   an element, so `aliases` is a `;`-joined string
//!   (`string_split(e.aliases, ';')` gives the list);
//! - dates as `DATE`: input dates are free text, so they stay strings;
//! - Neo4j's `name:type` headers (the header row is plain names; the first
//!   two columns of a relation file are its ends, by position).
//!
//! Fields are quoted RFC 4180 style (`"` doubled), hence `escape='"'`.
//! Relation type names are used as table names: any character other than
//! ASCII letters, digits and `_` becomes `_`, and a name that clashes
//! (ignoring case) with a table already declared gets a `_2`, `_3`, ...

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::csv::{one_line, Rows};
use super::tables::{join_aliases, pairs_per_kind, relation_groups, RelationGroup, Table};
use crate::graph::{Graph, Record};

/// The folder, relative to the output folder.
pub const DIR: &str = "kuzu";

/// The script's name inside [`DIR`].
pub const SCHEMA_FILE: &str = "schema.cypher";

/// The layout of the `kuzu/` folder for one graph: which files, which
/// tables.
#[derive(Debug)]
pub struct Schema<'g> {
    graph: &'g Graph,
    groups: Vec<RelationGroup<'g>>,
    /// The table name of each relation type.
    rel_names: BTreeMap<&'g str, String>,
    files: Vec<CsvFile>,
}

#[derive(Debug)]
struct CsvFile {
    name: String,
    content: Content,
    rows: usize,
}

#[derive(Clone, Copy, Debug)]
enum Content {
    Nodes(Table),
    /// An index into `groups`.
    Relations(usize),
}

const ENTITY_COLUMNS: &str = "id STRING PRIMARY KEY, name STRING, type STRING, aliases STRING, mentions INT64, documents INT64, known BOOLEAN";
const ARTICLE_COLUMNS: &str =
    "id STRING PRIMARY KEY, doc STRING, title STRING, date STRING, source STRING, mentions INT64";
const QUOTE_COLUMNS: &str = "id STRING PRIMARY KEY, doc STRING, text STRING, kind STRING, start INT64, `end` INT64, date STRING";
const REL_COLUMNS: &str =
    "weight INT64, documents INT64, first_date STRING, last_date STRING, evidence STRING";

impl<'g> Schema<'g> {
    /// Plans the folder for `graph`.
    pub fn new(graph: &'g Graph) -> Schema<'g> {
        let groups = relation_groups(graph);
        let pairs = pairs_per_kind(&groups);
        let mut taken: Vec<String> = Table::ALL
            .iter()
            .map(|t| t.name().to_ascii_lowercase())
            .collect();
        let mut rel_names = BTreeMap::new();
        for &kind in pairs.keys() {
            let base = identifier(kind);
            let mut name = base.clone();
            let mut n = 1;
            while taken.contains(&name.to_ascii_lowercase()) {
                n += 1;
                name = format!("{base}_{n}");
            }
            taken.push(name.to_ascii_lowercase());
            rel_names.insert(kind, name);
        }
        let mut files: Vec<CsvFile> = Table::ALL
            .iter()
            .map(|&t| CsvFile {
                name: format!("{}.csv", t.name()),
                content: Content::Nodes(t),
                rows: graph
                    .nodes
                    .iter()
                    .filter(|n| Table::of(n.kind) == t)
                    .count(),
            })
            .collect();
        for (i, g) in groups.iter().enumerate() {
            let table = &rel_names[g.kind];
            let name = if pairs[g.kind] > 1 {
                format!("{table}-{}-{}.csv", g.from.name(), g.to.name())
            } else {
                format!("{table}.csv")
            };
            files.push(CsvFile {
                name,
                content: Content::Relations(i),
                rows: g.edges.len(),
            });
        }
        Schema {
            graph,
            groups,
            rel_names,
            files,
        }
    }

    /// The graph's relation groups, as [`relation_groups`] returns them.
    pub(super) fn groups(&self) -> &[RelationGroup<'g>] {
        &self.groups
    }

    /// The CSV files' names, relative to [`DIR`]; pass their index to
    /// [`Schema::write_csv`].
    pub fn csv_files(&self) -> impl Iterator<Item = &str> {
        self.files.iter().map(|f| f.name.as_str())
    }

    /// The relation group (an index into [`Schema::groups`]) whose edges
    /// the CSV file number `index` holds; `None` for a node file.
    pub(super) fn relation_group(&self, index: usize) -> Option<usize> {
        match self.files.get(index)?.content {
            Content::Nodes(_) => None,
            Content::Relations(g) => Some(g),
        }
    }

    /// Writes the CSV file number `index` (in [`Schema::csv_files`] order).
    ///
    /// # Errors
    /// The writer's I/O errors.
    ///
    /// # Panics
    /// If `index` is out of range.
    pub fn write_csv<W: Write>(&self, index: usize, out: W) -> io::Result<()> {
        let mut w = Rows::new(out);
        match self.files[index].content {
            Content::Nodes(table) => self.write_nodes(table, &mut w)?,
            Content::Relations(g) => self.write_relations(&self.groups[g], &mut w)?,
        }
        w.finish()
    }

    fn write_nodes<W: Write>(&self, table: Table, w: &mut Rows<W>) -> io::Result<()> {
        let mut aliases = String::new();
        match table {
            Table::Entity => w.record(&[
                "id",
                "name",
                "type",
                "aliases",
                "mentions",
                "documents",
                "known",
            ])?,
            Table::Article => w.record(&["id", "doc", "title", "date", "source", "mentions"])?,
            Table::Quote => w.record(&["id", "doc", "text", "kind", "start", "end", "date"])?,
        }
        for n in self
            .graph
            .nodes
            .iter()
            .filter(|n| Table::of(n.kind) == table)
        {
            match (table, &n.record) {
                (
                    Table::Article,
                    Some(Record::Article {
                        doc,
                        title,
                        date,
                        source,
                    }),
                ) => {
                    w.line_field(&n.id);
                    w.line_field(doc);
                    w.line_field(title.as_deref().unwrap_or(""));
                    w.line_field(date.as_deref().unwrap_or(""));
                    w.line_field(source.as_deref().unwrap_or(""));
                    w.int(n.mentions);
                    w.end_record()?;
                }
                (
                    Table::Quote,
                    Some(Record::Quote {
                        doc,
                        start,
                        end,
                        kind,
                        date,
                    }),
                ) => {
                    w.line_field(&n.id);
                    w.line_field(doc);
                    w.line_field(&n.name);
                    w.line_field(kind);
                    w.int(*start);
                    w.int(*end);
                    w.line_field(date.as_deref().unwrap_or(""));
                    w.end_record()?;
                }
                (Table::Article | Table::Quote, _) => {
                    // An article or quote without its record (no stage
                    // makes one): the id, and the name as title or text.
                    let (id, text) = (one_line(&n.id), one_line(&n.name));
                    let mut row = [""; 7];
                    row[0] = &id;
                    row[2] = &text;
                    let len = if table == Table::Quote { 7 } else { 6 };
                    w.record(&row[..len])?;
                }
                (Table::Entity, _) => {
                    join_aliases(&n.aliases, &mut aliases);
                    w.line_field(&n.id);
                    w.line_field(&n.name);
                    w.field(n.kind.type_name());
                    w.field(&aliases);
                    w.int(n.mentions);
                    w.int(n.documents);
                    w.field(if n.known { "true" } else { "false" });
                    w.end_record()?;
                }
            }
        }
        Ok(())
    }

    fn write_relations<W: Write>(
        &self,
        group: &RelationGroup<'_>,
        w: &mut Rows<W>,
    ) -> io::Result<()> {
        write_relation_header(w)?;
        for &i in &group.edges {
            w.edge(&self.graph.edges[i as usize], false)?;
        }
        Ok(())
    }

    /// Writes `schema.cypher`: the tables, then a `COPY` per non-empty
    /// file, one statement per line.
    ///
    /// # Errors
    /// The writer's I/O errors.
    pub fn write_schema<W: Write>(&self, mut out: W) -> io::Result<()> {
        writeln!(
            out,
            "// Kùzu schema for a newsgraph {} graph ({} nodes, {} edges).",
            env!("CARGO_PKG_VERSION"),
            self.graph.nodes.len(),
            self.graph.edges.len()
        )?;
        out.write_all(
            b"// Run the statements in order with this folder as the working directory (the
// COPY paths are relative to it). One statement per line; `//` lines are comments.
// In Python (pip install kuzu):
//   import kuzu, os
//   os.chdir(\"out/kuzu\")
//   conn = kuzu.Connection(kuzu.Database(\"../graph.kuzu\"))
//   for line in open(\"schema.cypher\", encoding=\"utf-8\"):
//       if line.strip() and not line.startswith(\"//\"):
//           conn.execute(line)
// Then, for example, who said what to whom about China:
//   MATCH (q:Quote)<-[:SAID]-(s:Entity)-[:QUOTED_ABOUT]->(:Entity {name: 'China'}),
//         (s)-[:SAID_TO]->(r:Entity) RETURN s.name, r.name, q.text;
// Entity.aliases is ';'-joined: string_split(e.aliases, ';') gives the list.
",
        )?;
        for (table, columns) in [
            (Table::Entity, ENTITY_COLUMNS),
            (Table::Article, ARTICLE_COLUMNS),
            (Table::Quote, QUOTE_COLUMNS),
        ] {
            writeln!(out, "CREATE NODE TABLE `{}`({columns});", table.name())?;
        }
        // One CREATE REL TABLE per type, listing every pair of tables it joins.
        let mut i = 0;
        while i < self.groups.len() {
            let kind = self.groups[i].kind;
            write!(out, "CREATE REL TABLE `{}`(", self.rel_names[kind])?;
            while i < self.groups.len() && self.groups[i].kind == kind {
                let g = &self.groups[i];
                write!(out, "FROM `{}` TO `{}`, ", g.from.name(), g.to.name())?;
                i += 1;
            }
            writeln!(out, "{REL_COLUMNS});")?;
        }
        let pairs = pairs_per_kind(&self.groups);
        for f in self.files.iter().filter(|f| f.rows > 0) {
            match f.content {
                Content::Nodes(t) => writeln!(
                    out,
                    "COPY `{}` FROM '{}' (header=true, escape='\"');",
                    t.name(),
                    f.name
                )?,
                Content::Relations(g) => {
                    let g = &self.groups[g];
                    write!(
                        out,
                        "COPY `{}` FROM '{}' (header=true, escape='\"'",
                        self.rel_names[g.kind], f.name
                    )?;
                    if pairs[g.kind] > 1 {
                        write!(out, ", from='{}', to='{}'", g.from.name(), g.to.name())?;
                    }
                    writeln!(out, ");")?;
                }
            }
        }
        out.flush()
    }
}

/// The header of a relation file; its rows are [`Rows::edge`] without the
/// type.
pub(super) fn write_relation_header<W: Write>(w: &mut Rows<W>) -> io::Result<()> {
    w.record(&[
        "from",
        "to",
        "weight",
        "documents",
        "first_date",
        "last_date",
        "evidence",
    ])
}

/// A table name for a relation type: ASCII letters, digits and `_`, not
/// starting with a digit.
fn identifier(kind: &str) -> String {
    let mut s: String = kind
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if !s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        s.insert_str(0, "R_");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::tests::graph;

    fn csv(schema: &Schema<'_>, name: &str) -> String {
        let i = schema.csv_files().position(|f| f == name).unwrap();
        let mut out = Vec::new();
        schema.write_csv(i, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn files_per_table_and_type() {
        let g = graph();
        let s = Schema::new(&g);
        let files: Vec<&str> = s.csv_files().collect();
        assert_eq!(
            files,
            [
                "Entity.csv",
                "Article.csv",
                "Quote.csv",
                "MENTIONS.csv",
                "QUOTED_ABOUT.csv",
                "QUOTES.csv",
                "SAID.csv",
                "SAID_TO.csv"
            ]
        );
    }

    #[test]
    fn csvs_escape_and_stay_on_one_line() {
        let g = graph();
        let s = Schema::new(&g);
        assert_eq!(
            csv(&s, "Entity.csv"),
            concat!(
                "id,name,type,aliases,mentions,documents,known\n",
                "Q148,China,GPE,PRC;People's Republic of China;Zhōngguó,2,1,true\n",
                "Q57278,\"Lee, \"\"Jens\"\" Stoltenberg\",PERSON,Stoltenberg,2,1,true\n",
                "ng:zoë-ünal,Zoë Ünal <&>,PERSON,,2,1,false\n",
            )
        );
        assert_eq!(
            csv(&s, "Article.csv"),
            concat!(
                "id,doc,title,date,source,mentions\n",
                "article:a1,a1,\"NATO & China: \"\"a <test>\"\"\",2024-02-17,in/news.jsonl,2\n",
            )
        );
        assert_eq!(
            csv(&s, "Quote.csv"),
            concat!(
                "id,doc,text,kind,start,end,date\n",
                "quote:a1:0,a1,\"We act \"\"now\"\", together; C:\\path ‘Zoë’ <b>\",direct,10,50,2024-02-17\n",
            )
        );
        assert_eq!(
            csv(&s, "QUOTED_ABOUT.csv"),
            concat!(
                "from,to,weight,documents,first_date,last_date,evidence\n",
                "Q57278,Q148,2,1,2024-02-17,2024-02-18,\"He said \"\"China\"\", then <left>.\"\n",
            )
        );
        assert!(csv(&s, "MENTIONS.csv").contains("\narticle:a1,Q148,2,1,,,China\n"));
        for f in s.csv_files() {
            let text = csv(&s, f);
            let mut rdr = ::csv::Reader::from_reader(text.as_bytes());
            let width = rdr.headers().unwrap().len();
            for r in rdr.records() {
                let r = r.unwrap();
                assert_eq!(r.len(), width, "{f}");
                assert!(r.iter().all(|f| !f.contains(['\n', '\r'])));
            }
        }
    }

    #[test]
    fn schema_creates_then_copies() {
        let g = graph();
        let s = Schema::new(&g);
        let mut out = Vec::new();
        s.write_schema(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let statements: Vec<&str> = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with("//"))
            .collect();
        assert_eq!(statements.len(), 3 + 5 + 3 + 5, "{text}");
        assert!(statements.iter().all(|l| l.ends_with(';')));
        assert_eq!(
            statements[5],
            "CREATE REL TABLE `QUOTES`(FROM `Article` TO `Quote`, weight INT64, documents INT64, first_date STRING, last_date STRING, evidence STRING);"
        );
        assert_eq!(
            statements[8],
            "COPY `Entity` FROM 'Entity.csv' (header=true, escape='\"');"
        );
        assert!(statements[0].starts_with("CREATE NODE TABLE `Entity`(id STRING PRIMARY KEY,"));
        // Every CREATE comes before every COPY.
        let first_copy = statements
            .iter()
            .position(|l| l.starts_with("COPY"))
            .unwrap();
        assert!(statements[first_copy..]
            .iter()
            .all(|l| l.starts_with("COPY")));
    }

    #[test]
    fn a_type_over_several_pairs_names_them() {
        let mut g = graph();
        let mut e = g.edges[0].clone();
        (e.source, e.kind, e.target) = ("Q57278".into(), "SAID".into(), "Q148".into());
        g.edges.push(e);
        g.edges
            .sort_by(|a, b| (&a.source, &a.target, &a.kind).cmp(&(&b.source, &b.target, &b.kind)));
        let s = Schema::new(&g);
        let mut out = Vec::new();
        s.write_schema(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("CREATE REL TABLE `SAID`(FROM `Entity` TO `Entity`, FROM `Entity` TO `Quote`, weight"), "{text}");
        assert!(text.contains("COPY `SAID` FROM 'SAID-Entity-Quote.csv' (header=true, escape='\"', from='Entity', to='Quote');"), "{text}");
        assert!(s.csv_files().any(|f| f == "SAID-Entity-Entity.csv"));
    }

    #[test]
    fn relation_names_are_identifiers_and_unique() {
        const CASES: &[(&str, &str)] = &[
            ("SAID_TO", "SAID_TO"),
            ("CO-MENTIONED", "CO_MENTIONED"),
            ("2X", "R_2X"),
            ("Zoë", "Zo_"),
        ];
        for (kind, want) in CASES {
            assert_eq!(identifier(kind), *want);
        }
        let mut g = graph();
        g.edges[0].kind = "quote".into(); // clashes with the Quote table
        let s = Schema::new(&g);
        assert!(s.csv_files().any(|f| f == "quote_2.csv"));
    }

    #[test]
    fn empty_graph_creates_tables_and_copies_nothing() {
        let g = Graph::default();
        let s = Schema::new(&g);
        let mut out = Vec::new();
        s.write_schema(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().filter(|l| l.starts_with("CREATE")).count(), 3);
        assert!(!text.contains("\nCOPY"));
    }
}
