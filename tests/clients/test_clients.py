"""Loads newsgraph's outputs with the real clients and checks their content.

Run by `.ci/run` after `cargo test` (which builds target/debug/newsgraph):

    python3 -m pytest -q tests/clients

One `extract --rdf --document-nodes --co-mention-instances` over data/samples/
feeds every test (every optional output on); `test_default_output_loads_in_kuzu`
checks the default, entity-only output too. Falls back to
`cargo run` when the debug binary is missing. Clients: networkx
(node-link JSON, GraphML), Kùzu (kuzu/schema.cypher), DuckDB (every CSV,
JSON Lines and JSON file) and rdflib (graph.nt + SPARQL).
"""

import json
import subprocess
from pathlib import Path

import duckdb
import kuzu
import networkx as nx
import pytest
import rdflib

ROOT = Path(__file__).resolve().parents[2]
SEED = "seed-nato"


@pytest.fixture(scope="session")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("newsgraph") / "out"
    binary = ROOT / "target" / "debug" / "newsgraph"
    cmd = [str(binary)] if binary.is_file() else ["cargo", "run", "--quiet", "--"]
    cmd += ["extract", "data/samples/", "--rdf", "--document-nodes", "--co-mention-instances", "-q", "-o", str(out)]
    subprocess.run(cmd, cwd=ROOT, check=True)
    return out


@pytest.fixture(scope="session")
def summary(out):
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def node_id(nodes, name):
    """The id of the one entity called `name` (nodes: id -> attributes)."""
    ids = [i for i, a in nodes if a.get("name") == name and a.get("type") not in ("ARTICLE", "QUOTE")]
    assert len(ids) == 1, (name, ids)
    return ids[0]


def test_networkx_node_link(out, summary):
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    g = nx.node_link_graph(data, edges="edges")
    assert g.is_directed() and g.is_multigraph()
    assert g.number_of_nodes() == summary["nodes"]
    assert g.number_of_edges() == summary["edges"]
    stoltenberg = node_id(g.nodes(data=True), "Jens Stoltenberg")
    gamble = node_id(g.nodes(data=True), "Hadley Gamble")
    china = node_id(g.nodes(data=True), "China")
    said_to = g.get_edge_data(stoltenberg, gamble, key="SAID_TO")
    assert said_to is not None and said_to["weight"] >= 1
    assert SEED in {e["doc"] for e in said_to["evidence"]}
    about = g.get_edge_data(stoltenberg, china, key="QUOTED_ABOUT")
    assert about is not None and about["weight"] >= 1
    assert "PRC" in g.nodes[china]["aliases"]
    # The speaker's quotes in the seed article hang off SAID edges.
    quotes = [v for _, v, k in g.out_edges(stoltenberg, keys=True) if k == "SAID"]
    assert any(g.nodes[q]["doc"] == SEED and "China" in g.nodes[q]["name"] for q in quotes)


def test_graphml(out, summary):
    g = nx.read_graphml(out / "graph.graphml")
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == summary["nodes"]
    assert g.number_of_edges() == summary["edges"]
    stoltenberg = node_id(g.nodes(data=True), "Jens Stoltenberg")
    china = node_id(g.nodes(data=True), "China")
    attrs = g.nodes[china]
    assert attrs["label"] == "China" and attrs["type"] == "GPE"
    assert "PRC" in attrs["aliases"].split(";")
    assert isinstance(attrs["mentions"], int) and attrs["mentions"] >= 1
    assert attrs["known"] is True
    targets = {
        (g.nodes[v]["name"], d["type"]) for _, v, d in g.out_edges(stoltenberg, data=True)
    }
    assert ("Hadley Gamble", "SAID_TO") in targets
    assert ("China", "QUOTED_ABOUT") in targets
    # Text survives XML escaping: a quote with curly quotes and a comma.
    texts = [a["name"] for _, a in g.nodes(data=True) if a.get("type") == "QUOTE"]
    assert any("“closely watching”" in t for t in texts)


def test_default_output_loads_in_kuzu(tmp_path, monkeypatch):
    out = tmp_path / "default"
    binary = ROOT / "target" / "debug" / "newsgraph"
    cmd = [str(binary)] if binary.is_file() else ["cargo", "run", "--quiet", "--"]
    subprocess.run(cmd + ["extract", "data/samples/", "-q", "-o", str(out)], cwd=ROOT, check=True)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    monkeypatch.chdir(out / "kuzu")
    conn = kuzu.Connection(kuzu.Database(str(tmp_path / "default.kuzu")))
    for line in (out / "kuzu" / "schema.cypher").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            conn.execute(line)
    result = conn.execute("MATCH ()-[r]->() RETURN count(*)")
    assert result.get_next()[0] == summary["edges"]
    result = conn.execute(
        "MATCH (s:Entity {name: 'Jens Stoltenberg'})-[:SAID_TO]->(a:Entity) RETURN a.name"
    )
    assert result.get_next()[0] == "Hadley Gamble"


def test_kuzu(out, summary, tmp_path, monkeypatch):
    folder = out / "kuzu"
    monkeypatch.chdir(folder)  # the COPY paths are relative to the folder
    conn = kuzu.Connection(kuzu.Database(str(tmp_path / "graph.kuzu")))
    statements = [
        line
        for line in (folder / "schema.cypher").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("//")
    ]
    assert any(s.startswith("COPY") for s in statements)
    for statement in statements:
        conn.execute(statement)

    def rows(query):
        result = conn.execute(query)
        found = []
        while result.has_next():
            found.append(result.get_next())
        return found

    nodes = sum(rows(f"MATCH (n:{t}) RETURN count(*)")[0][0] for t in ("Entity", "Article", "Quote"))
    assert nodes == summary["nodes"]
    assert rows("MATCH ()-[r]->() RETURN count(*)")[0][0] == summary["edges"]

    # Who said what to whom about China, in the seed article.
    found = rows(
        f"""
        MATCH (a:Article {{doc: '{SEED}'}})-[:QUOTES]->(q:Quote)<-[:SAID]-(s:Entity),
              (s)-[about:QUOTED_ABOUT]->(c:Entity {{name: 'China'}}),
              (s)-[:SAID_TO]->(r:Entity)
        RETURN DISTINCT s.name, r.name, q.text, about.weight
        ORDER BY q.text
        """
    )
    assert {(s, r) for s, r, _, _ in found} == {("Jens Stoltenberg", "Hadley Gamble")}
    assert any("China" in text for _, _, text, _ in found)
    assert all(weight >= 1 for *_, weight in found)

    # The same question per quote: the quote itself is about China and was
    # said to its addressee.
    per_quote = rows(
        f"""
        MATCH (a:Article {{doc: '{SEED}'}})-[:QUOTES]->(q:Quote)<-[:SAID]-(s:Entity),
              (q)-[:ABOUT]->(c:Entity {{name: 'China'}}),
              (q)-[:ADDRESSED_TO]->(r:Entity)
        RETURN s.name, r.name, q.text
        """
    )
    assert {(s, r) for s, r, _ in per_quote} == {("Jens Stoltenberg", "Hadley Gamble")}
    assert all("China" in text or "Beijing" in text for *_, text in per_quote)
    assert len(per_quote) < len(rows("MATCH (:Article)-[:QUOTES]->(q:Quote) RETURN q.text"))


def test_duckdb_reads_every_file(out, summary):
    con = duckdb.connect()

    def count(sql):
        return con.execute(sql).fetchone()[0]

    assert count(f"SELECT count(*) FROM read_csv('{out}/nodes.csv')") == summary["nodes"]
    assert count(f"SELECT count(*) FROM read_csv('{out}/edges.csv')") == summary["edges"]
    said_to = con.execute(
        f"""SELECT count(*) FROM read_csv('{out}/edges.csv') e
            JOIN read_csv('{out}/nodes.csv') a ON e.":START_ID(Entity)" = a."id:ID(Entity)"
            JOIN read_csv('{out}/nodes.csv') b ON e.":END_ID(Entity)" = b."id:ID(Entity)"
            WHERE e.":TYPE" = 'SAID_TO' AND a.name = 'Jens Stoltenberg' AND b.name = 'Hadley Gamble'"""
    ).fetchone()[0]
    assert said_to == 1

    jsonl = {
        "quotes.jsonl": summary["quotes"],
        "mentions.jsonl": summary["mentions"],
        "relations.jsonl": summary["relations"],
    }
    for name, want in jsonl.items():
        assert count(f"SELECT count(*) FROM read_json('{out}/{name}', format='newline_delimited')") == want, name
    # errors.jsonl is empty here (nothing skipped): DuckDB cannot infer a
    # schema from no lines, so give it one.
    assert (out / "errors.jsonl").read_text() == ""
    errors = count(
        f"""SELECT count(*) FROM read_json('{out}/errors.jsonl', format='newline_delimited',
            columns={{'source': 'VARCHAR', 'line': 'BIGINT', 'error': 'VARCHAR'}})"""
    )
    assert errors == summary["documents_skipped"] == 0
    kinds = dict(
        con.execute(
            f"SELECT line, count(*) FROM read_json('{out}/aggregate.jsonl', format='newline_delimited') GROUP BY line"
        ).fetchall()
    )
    assert kinds["header"] == 1
    assert kinds["node"] + kinds["record"] == summary["nodes"]
    assert kinds["edge"] == summary["edges"]
    graph = con.execute(
        f"SELECT len(nodes), len(edges), len(links), graph.documents FROM read_json('{out}/graph.json')"
    ).fetchone()
    assert graph == (summary["nodes"], summary["edges"], summary["edges"], summary["documents_processed"])

    # The Kùzu CSVs hold the same graph, split by table.
    folder = out / "kuzu"
    node_files = [folder / f"{t}.csv" for t in ("Entity", "Article", "Quote")]
    rel_files = [p for p in folder.glob("*.csv") if p not in node_files]
    assert sum(count(f"SELECT count(*) FROM read_csv('{p}')") for p in node_files) == summary["nodes"]
    assert sum(count(f"SELECT count(*) FROM read_csv('{p}')") for p in rel_files) == summary["edges"]


def test_rdf_sparql(out):
    g = rdflib.Graph()
    g.parse(out / "graph.nt", format="nt")
    found = list(
        g.query(
            """
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?text ?doc ?recipient WHERE {
              ?q a schema:Quotation ; schema:text ?text ; schema:spokenByCharacter ?s ;
                 schema:about ?c ; prov:wasDerivedFrom ?article .
              ?s schema:name "Jens Stoltenberg" .
              ?c schema:name "China" .
              ?article schema:identifier ?doc .
              OPTIONAL { ?act a schema:CommunicateAction ; schema:result ?q ;
                              schema:recipient ?r . ?r schema:name ?recipient . }
            }
            """
        )
    )
    assert found, "no Quotation by Stoltenberg about China"
    assert {str(row.doc) for row in found} == {f"article:{SEED}"}
    assert any("China" in str(row.text) for row in found)
    assert "Hadley Gamble" in {str(row.recipient) for row in found if row.recipient is not None}
    # Entities with a QID are Wikidata IRIs.
    nato = list(g.subjects(rdflib.URIRef("https://schema.org/name"), rdflib.Literal("NATO")))
    assert nato == [rdflib.URIRef("http://www.wikidata.org/entity/Q7184")]

