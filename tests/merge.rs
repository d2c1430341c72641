//! `newsgraph merge`: shards extracted separately and merged give exactly
//! the graph of one run over all their inputs.

mod common;

use common::{crate_root, run_ok};

#[test]
fn merged_shards_equal_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // Three documents in one shard, the seed article in the other, and the
    // first article again in both, so that shards share nodes and edges.
    let samples =
        std::fs::read_to_string(crate_root().join("data/samples/articles.jsonl")).unwrap();
    let first = samples.lines().next().unwrap();
    std::fs::write(dir.join("a.jsonl"), &samples).unwrap();
    std::fs::write(
        dir.join("b.jsonl"),
        format!("{}\n{first}\n", common::seed_line()),
    )
    .unwrap();
    let gazetteer = dir.join("g.tsv");
    std::fs::write(&gazetteer, common::TINY_GAZETTEER).unwrap();
    let g = gazetteer.to_str().unwrap();
    let extract = |inputs: &[&str], out: &str| {
        let mut args = vec![
            "extract",
            "--no-default-gazetteer",
            "--gazetteer",
            g,
            "-q",
            "--rdf",
            "--document-nodes",
            "-o",
            out,
        ];
        args.extend(inputs);
        run_ok(dir, &args, None);
    };
    extract(&["a.jsonl"], "s1");
    extract(&["b.jsonl"], "s2");
    extract(&["a.jsonl", "b.jsonl"], "all");
    run_ok(
        dir,
        &["merge", "s1", "s2", "-o", "merged", "-q", "--rdf"],
        None,
    );
    let kuzu_files = common::names_in(&dir.join("all/kuzu"));
    assert_eq!(common::names_in(&dir.join("merged/kuzu")), kuzu_files);
    assert!(kuzu_files.iter().any(|f| f == "schema.cypher"));
    let kuzu_files = kuzu_files.iter().map(|f| format!("kuzu/{f}"));
    for file in [
        "nodes.csv",
        "edges.csv",
        "graph.json",
        "graph.graphml",
        "graph.nt",
        "load.cypher",
        "aggregate.jsonl",
        "quotes.jsonl",
        "mentions.jsonl",
        "relations.jsonl",
        "errors.jsonl",
    ]
    .map(String::from)
    .into_iter()
    .chain(kuzu_files)
    {
        let want = common::read(&dir.join("all").join(&file));
        let got = common::read(&dir.join("merged").join(&file));
        assert!(
            want == got,
            "{file} differs:\n{}",
            common::line_diff(&want, &got, 40)
        );
    }
    assert_eq!(
        common::summary_without_seconds(&dir.join("all")),
        common::summary_without_seconds(&dir.join("merged"))
    );
    // The merged graph has article and quote nodes, and SAID edges.
    let nodes = common::read(&dir.join("merged/nodes.csv"));
    assert!(nodes.contains("\narticle:seed-nato,"), "{nodes}");
    assert!(nodes.contains("\nquote:seed-nato:0,"));
    let edges = common::read(&dir.join("merged/edges.csv"));
    assert!(
        edges.contains("\nQ57278,quote:seed-nato:0,SAID,"),
        "{edges}"
    );
}

#[test]
fn merge_needs_an_aggregate_state() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("empty")).unwrap();
    let out = common::run_in(tmp.path(), &["merge", "empty", "-o", "out"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(common::stderr(&out).contains("aggregate.jsonl"));
}
