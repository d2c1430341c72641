//! `load.cypher`: a Cypher script that loads `nodes.csv` and `edges.csv`
//! into a running Neo4j server with `LOAD CSV`.
//!
//! Owns: the script. Reads: a [`Graph`] (for the label sets and relation
//! types it has) and the CSV headers of [`super::csv`]. Writes: Cypher.
//!
//! The script is written for its graph: a uniqueness constraint per node
//! table (`Entity`, `Article`, `Quote`, on `id`), then one `LOAD CSV`
//! statement per label set present in `nodes.csv` and one per relation
//! type (and pair of tables) present in `edges.csv`. Spelling each label
//! and type out, instead of Cypher 5.26's dynamic `$(row.type)`, keeps it
//! working on Neo4j 4.4 and every 5.x:
//!
//! ```text
//! CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:`Entity`) REQUIRE n.id IS UNIQUE;
//! LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
//! WITH row WHERE row.`:LABEL` = 'Entity;Person'
//! CALL {
//!   WITH row
//!   MERGE (n:`Entity` {id: row.`id:ID(Entity)`})
//!   SET n:`Person`, n.name = row.`name`, n.mentions = toInteger(row.`mentions:int`), ...
//! } IN TRANSACTIONS OF 10000 ROWS;
//! LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
//! WITH row WHERE row.`:TYPE` = 'SAID_TO'
//! CALL {
//!   WITH row
//!   MATCH (a:`Entity` {id: row.`:START_ID(Entity)`})
//!   MATCH (b:`Entity` {id: row.`:END_ID(Entity)`})
//!   MERGE (a)-[r:`SAID_TO`]->(b)
//!   SET r.weight = toInteger(row.`weight:int`), ...
//! } IN TRANSACTIONS OF 10000 ROWS;
//! ```
//!
//! Properties are typed from the CSV headers (`x:int` with `toInteger`,
//! `x:boolean` by comparing with `'true'`, `x:string[]` with `split(…,
//! ';')`); an empty cell is `null` in `LOAD CSV`, so it sets no property,
//! as with the offline importer. Dates stay strings (input dates are free
//! text). Running it twice updates rather than duplicates (`MERGE`).

use std::collections::BTreeSet;
use std::io::{self, Write};

use super::csv::{EDGES_HEADER, NODES_HEADER};
use super::tables::{relation_groups, RelationGroup, Table};
use crate::graph::Graph;

/// The script's file name in the output folder.
pub const FILE: &str = "load.cypher";

/// How many rows each inner transaction commits.
const BATCH: u32 = 10_000;

/// Writes `load.cypher`.
///
/// # Errors
/// The writer's I/O errors.
pub fn write<W: Write>(graph: &Graph, out: W) -> io::Result<()> {
    write_groups(graph, &relation_groups(graph), out)
}

/// Writes `load.cypher` with the graph's [`relation_groups`] computed by
/// the caller (they cost a pass over the edges; the `kuzu/` folder needs
/// them too).
///
/// # Errors
/// The writer's I/O errors.
pub(super) fn write_groups<W: Write>(
    graph: &Graph,
    groups: &[RelationGroup<'_>],
    mut out: W,
) -> io::Result<()> {
    writeln!(
        out,
        "// Loads nodes.csv and edges.csv (newsgraph {}: {} nodes, {} edges) into Neo4j with LOAD CSV.",
        env!("CARGO_PKG_VERSION"),
        graph.nodes.len(),
        graph.edges.len()
    )?;
    out.write_all(
        b"// 1. Copy nodes.csv and edges.csv into the server's import folder: file:/// paths
//    resolve against it (server.directories.import in neo4j.conf).
// 2. Run the statements in order, each in an auto-commit transaction (CALL { ... } IN
//    TRANSACTIONS needs one):
//      cypher-shell -u neo4j -p PASSWORD -f load.cypher
//    or paste them into Neo4j Browser, prefixing each with :auto.
// Written for this graph: one statement per label set and relationship type it has, so it
// runs on Neo4j 4.4 and 5.x (dynamic labels and types need 5.26+). Re-running it updates
// nodes and relationships in place (MERGE). For a new database, the offline importer is
// faster: neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv
//   --id-type=string --array-delimiter=\";\"
",
    )?;
    for t in Table::ALL {
        writeln!(
            out,
            "CREATE CONSTRAINT newsgraph_{}_id IF NOT EXISTS FOR (n:{}) REQUIRE n.id IS UNIQUE;",
            t.name().to_ascii_lowercase(),
            Ident(t.name())
        )?;
    }
    let label_sets: BTreeSet<&'static str> = graph.nodes.iter().map(|n| n.kind.labels()).collect();
    for labels in label_sets {
        let mut split = labels.split(';');
        let primary = split.next().unwrap_or("Entity");
        writeln!(
            out,
            "\nLOAD CSV WITH HEADERS FROM 'file:///{}' AS row",
            super::Output::Nodes.file_name()
        )?;
        writeln!(out, "WITH row WHERE row.`:LABEL` = {}", Str(labels))?;
        writeln!(out, "CALL {{\n  WITH row")?;
        writeln!(
            out,
            "  MERGE (n:{} {{id: row.{}}})",
            Ident(primary),
            Ident(NODES_HEADER[0])
        )?;
        out.write_all(b"  SET ")?;
        for label in split {
            write!(out, "n:{}, ", Ident(label))?;
        }
        set_properties(&mut out, "n", &NODES_HEADER, &[":LABEL", "id:ID(Entity)"])?;
        writeln!(out, "\n}} IN TRANSACTIONS OF {BATCH} ROWS;")?;
    }
    for g in groups {
        writeln!(
            out,
            "\nLOAD CSV WITH HEADERS FROM 'file:///{}' AS row",
            super::Output::Edges.file_name()
        )?;
        writeln!(out, "WITH row WHERE row.`:TYPE` = {}", Str(g.kind))?;
        writeln!(out, "CALL {{\n  WITH row")?;
        writeln!(
            out,
            "  MATCH (a:{} {{id: row.{}}})",
            Ident(g.from.name()),
            Ident(EDGES_HEADER[0])
        )?;
        writeln!(
            out,
            "  MATCH (b:{} {{id: row.{}}})",
            Ident(g.to.name()),
            Ident(EDGES_HEADER[1])
        )?;
        writeln!(out, "  MERGE (a)-[r:{}]->(b)", Ident(g.kind))?;
        out.write_all(b"  SET ")?;
        set_properties(&mut out, "r", &EDGES_HEADER, &EDGES_HEADER[..3])?;
        writeln!(out, "\n}} IN TRANSACTIONS OF {BATCH} ROWS;")?;
    }
    out.flush()
}

/// `v.name = <typed row.column>` for each header column except `skip`,
/// comma-separated.
fn set_properties<W: Write>(
    out: &mut W,
    var: &str,
    header: &[&str],
    skip: &[&str],
) -> io::Result<()> {
    let mut first = true;
    for &column in header.iter().filter(|c| !skip.contains(c)) {
        let (name, kind) = column.split_once(':').unwrap_or((column, "string"));
        if !first {
            out.write_all(b",\n      ")?;
        }
        first = false;
        let cell = format!("row.{}", Ident(column));
        let value = match kind {
            "int" | "long" => format!("toInteger({cell})"),
            "float" | "double" => format!("toFloat({cell})"),
            "boolean" => format!("({cell} = 'true')"),
            "string[]" => format!("split({cell}, ';')"),
            _ => cell,
        };
        write!(out, "{var}.{} = {value}", Ident(name))?;
    }
    Ok(())
}

/// A Cypher identifier in backticks (a backtick inside is doubled).
struct Ident<'a>(&'a str);

impl std::fmt::Display for Ident<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("`")?;
        for (i, part) in self.0.split('`').enumerate() {
            if i > 0 {
                f.write_str("``")?;
            }
            f.write_str(part)?;
        }
        f.write_str("`")
    }
}

/// A Cypher string literal in single quotes (`\` and `'` escaped).
struct Str<'a>(&'a str);

impl std::fmt::Display for Str<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("'")?;
        for c in self.0.chars() {
            match c {
                '\\' => f.write_str("\\\\")?,
                '\'' => f.write_str("\\'")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                c => write!(f, "{c}")?,
            }
        }
        f.write_str("'")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::tests::graph;

    fn script(graph: &Graph) -> String {
        let mut out = Vec::new();
        write(graph, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_statement_per_label_set_and_type() {
        let text = script(&graph());
        let statements: Vec<String> = text
            .split(";\n")
            .map(|s| {
                s.lines()
                    .filter(|l| !l.starts_with("//") && !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .filter(|s| !s.is_empty())
            .collect();
        // 3 constraints, 3 label sets (Entity;Person, Entity;GeopoliticalEntity,
        // Article, Quote = 4), 5 relation types.
        assert_eq!(statements.len(), 3 + 4 + 5, "{text}");
        assert!(text.contains("WITH row WHERE row.`:LABEL` = 'Entity;Person'\n"));
        assert!(text.contains("MERGE (n:`Entity` {id: row.`id:ID(Entity)`})\n  SET n:`Person`, n.`name` = row.`name`,"));
        assert!(text
            .contains("MERGE (n:`Quote` {id: row.`id:ID(Entity)`})\n  SET n.`name` = row.`name`,"));
        assert!(text.contains("n.`aliases` = split(row.`aliases:string[]`, ';')"));
        assert!(text.contains("n.`mentions` = toInteger(row.`mentions:int`)"));
        assert!(text.contains("n.`known` = (row.`known:boolean` = 'true')"));
        assert!(text.contains("n.`end` = toInteger(row.`end:int`)"));
        assert!(text.contains(concat!(
            "WITH row WHERE row.`:TYPE` = 'SAID'\nCALL {\n  WITH row\n",
            "  MATCH (a:`Entity` {id: row.`:START_ID(Entity)`})\n",
            "  MATCH (b:`Quote` {id: row.`:END_ID(Entity)`})\n",
            "  MERGE (a)-[r:`SAID`]->(b)\n",
            "  SET r.`weight` = toInteger(row.`weight:int`),"
        )));
        assert!(text.contains("r.`evidence` = row.`evidence`\n} IN TRANSACTIONS OF 10000 ROWS;\n"));
        assert!(!text.contains(":TYPE` = 'CO_MENTIONED'"));
    }

    #[test]
    fn identifiers_and_strings_are_escaped() {
        const CASES: &[(&str, &str, &str)] = &[
            ("SAID_TO", "`SAID_TO`", "'SAID_TO'"),
            ("a`b", "`a``b`", "'a`b'"),
            ("it's", "`it's`", "'it\\'s'"),
            ("C:\\x", "`C:\\x`", "'C:\\\\x'"),
            ("a\nb", "`a\nb`", "'a\\nb'"),
            ("Zoë", "`Zoë`", "'Zoë'"),
        ];
        for (raw, ident, string) in CASES {
            assert_eq!(Ident(raw).to_string(), *ident);
            assert_eq!(Str(raw).to_string(), *string);
        }
    }

    #[test]
    fn empty_graph_has_only_constraints() {
        let text = script(&Graph::default());
        assert_eq!(text.matches("CREATE CONSTRAINT").count(), 3);
        assert!(!text.contains("LOAD CSV WITH"));
    }
}
