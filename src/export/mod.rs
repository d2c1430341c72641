//! Output files.
//!
//! Owns: the eight files of an `--out` folder ([`Output`]), [`OutputDir`]
//! which writes them all atomically, and one module per format: [`jsonl`]
//! (quotes, mentions, relations, errors), [`csv`] (nodes, edges),
//! [`node_link`] (graph.json), [`summary`] (summary.json), and the optional
//! files: [`cypher`] (load.cypher, Neo4j `LOAD CSV`), [`graphml`]
//! (graph.graphml), [`kuzu`] (the `kuzu/` folder), [`rdf`] (graph.nt, with
//! `--rdf`); [`atomic`] ([`AtomicFile`]). Reads: annotated documents, the
//! [`Graph`] and the [`Stats`]. Writes: files.
//!
//! Each format module documents its own layout with an example.
//!
//! # Example
//! ```no_run
//! use newsgraph::aggregate::Aggregate;
//! use newsgraph::export::{DocumentLines, OutputDir};
//! use newsgraph::stats::Stats;
//! use newsgraph::{Document, Gazetteer};
//!
//! let gazetteer = Gazetteer::builtin()?;
//! let doc = Document::new("a1", "Hello.");
//! let mut out = OutputDir::create("out")?;
//! out.write_document(&DocumentLines::render(&gazetteer, &doc))?;
//! let mut agg = Aggregate::default();
//! agg.add(&gazetteer, &doc);
//! let graph = agg.into_graph();
//! out.write_graph(&graph)?;
//! let mut stats = Stats::default();
//! stats.count_graph(&graph);
//! out.write_summary(&stats)?;
//! out.commit_all()?; // the files appear only now
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod atomic;
pub mod csv;
pub mod cypher;
pub mod graphml;
pub(crate) mod json;
pub mod jsonl;
pub mod kuzu;
pub mod node_link;
pub mod rdf;
mod scan;
pub mod summary;
mod tables;

use std::io;
use std::path::{Path, PathBuf};

pub use atomic::AtomicFile;
pub use jsonl::DocumentLines;

use crate::error::{Error, Result};
use crate::graph::Graph;
use crate::stats::Stats;

/// One of the files in an output folder (names fixed by DESIGN.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Output {
    Quotes,
    Mentions,
    Relations,
    Nodes,
    Edges,
    Graph,
    Summary,
    Errors,
}

impl Output {
    /// Every output file.
    pub const ALL: [Output; 8] = [
        Output::Quotes,
        Output::Mentions,
        Output::Relations,
        Output::Nodes,
        Output::Edges,
        Output::Graph,
        Output::Summary,
        Output::Errors,
    ];

    /// The file name.
    pub const fn file_name(self) -> &'static str {
        match self {
            Output::Quotes => "quotes.jsonl",
            Output::Mentions => "mentions.jsonl",
            Output::Relations => "relations.jsonl",
            Output::Nodes => "nodes.csv",
            Output::Edges => "edges.csv",
            Output::Graph => "graph.json",
            Output::Summary => "summary.json",
            Output::Errors => "errors.jsonl",
        }
    }
}

/// The output folder: all eight files open under temporary names, renamed
/// into place together by [`OutputDir::commit_all`] once everything
/// succeeded. Dropping it without committing removes the temporaries and
/// leaves any previous outputs untouched.
#[derive(Debug)]
pub struct OutputDir {
    dir: PathBuf,
    /// Indexed like [`Output::ALL`].
    files: Vec<AtomicFile>,
    /// Optional files (`aggregate.jsonl`, `kuzu/schema.cypher`, ...), by
    /// path relative to `dir`, committed with the others.
    extras: Vec<(String, AtomicFile)>,
    /// Sub-folders [`OutputDir::extra`] created, removed again (when
    /// empty) if the folder is dropped without committing.
    created_dirs: Vec<PathBuf>,
    /// Whether the per-document files are being synced already (see
    /// [`OutputDir::documents_done`]).
    documents_syncing: bool,
    /// Bytes of document lines written since their files were last handed
    /// to a background sync (see [`WRITE_BACK_EVERY`]).
    unsynced: usize,
}

/// How many bytes of document lines [`OutputDir::write_documents`] lets
/// pile up before it starts syncing their files in the background. The
/// kernel starts writing dirty pages only past a tenth of memory, so
/// without this the ~3x the input's size of lines waited in memory for
/// the final sync: at the end of 133 MB, the run sat a third of a second
/// waiting for the disk, with nothing else left to do.
const WRITE_BACK_EVERY: usize = 64 << 20;

/// The saved aggregate state `newsgraph merge` reads (see
/// [`crate::aggregate::Aggregate::write_state`]).
pub const AGGREGATE_STATE: &str = "aggregate.jsonl";

impl OutputDir {
    /// Creates the folder (and its parents) if needed and opens the eight
    /// temporary files.
    ///
    /// # Errors
    /// [`Error::Write`] naming the folder or the file that cannot be created.
    pub fn create(dir: impl Into<PathBuf>) -> Result<OutputDir> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir).map_err(|source| Error::Write {
            path: dir.clone(),
            source,
        })?;
        let files = Output::ALL
            .iter()
            .map(|o| AtomicFile::create(dir.join(o.file_name())))
            .collect::<Result<Vec<_>>>()?;
        Ok(OutputDir {
            dir,
            files,
            extras: Vec::new(),
            created_dirs: Vec::new(),
            documents_syncing: false,
            unsynced: 0,
        })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file for one output, to write into directly.
    pub fn file(&mut self, output: Output) -> &mut AtomicFile {
        &mut self.files[output as usize]
    }

    /// An optional file, by path relative to the folder (sub-folders are
    /// created), opened under a temporary name on first use and committed
    /// by [`OutputDir::commit_all`] with the fixed files.
    ///
    /// # Errors
    /// [`Error::Write`] naming the file or folder that cannot be created.
    pub fn extra(&mut self, relative: &str) -> Result<&mut AtomicFile> {
        if let Some(i) = self.extras.iter().position(|(name, _)| name == relative) {
            return Ok(&mut self.extras[i].1);
        }
        let path = self.dir.join(relative);
        if let Some(parent) = path.parent() {
            if !parent.is_dir() {
                std::fs::create_dir_all(parent).map_err(|source| Error::Write {
                    path: parent.to_path_buf(),
                    source,
                })?;
                self.created_dirs.push(parent.to_path_buf());
            }
        }
        let file = AtomicFile::create(path)?;
        self.extras.push((relative.to_owned(), file));
        Ok(&mut self.extras.last_mut().expect("pushed just above").1)
    }

    /// Writes a whole optional file with `write`, and starts syncing it
    /// ([`AtomicFile::sync_in_background`]).
    ///
    /// # Errors
    /// [`Error::Write`] naming the file.
    pub fn write_extra(
        &mut self,
        relative: &str,
        write: impl FnOnce(&mut AtomicFile) -> io::Result<()>,
    ) -> Result<()> {
        let file = self.extra(relative)?;
        write(file).map_err(|source| Error::Write {
            path: file.path().to_path_buf(),
            source,
        })?;
        file.sync_in_background()
    }

    /// Writes `aggregate.jsonl`, the state `newsgraph merge` combines, from
    /// the sorted aggregate ([`crate::aggregate::Aggregate::sorted`]).
    ///
    /// # Errors
    /// [`Error::Write`] naming the file.
    pub fn write_state(&mut self, aggregate: &crate::aggregate::Sorted<'_>) -> Result<()> {
        self.documents_done()?;
        self.write_extra(AGGREGATE_STATE, |f| aggregate.write_state(f))
    }

    /// Starts syncing the per-document files ([`AtomicFile::sync_in_background`]),
    /// once: the state and the graph are written after the last document.
    /// Only a head start: [`OutputDir::commit_all`] syncs whatever comes
    /// later.
    fn documents_done(&mut self) -> Result<()> {
        if std::mem::replace(&mut self.documents_syncing, true) {
            return Ok(());
        }
        for output in [
            Output::Quotes,
            Output::Mentions,
            Output::Relations,
            Output::Errors,
        ] {
            self.file(output).sync_in_background()?;
        }
        Ok(())
    }

    /// Appends one document's (or a batch's) rendered lines to
    /// `quotes.jsonl`, `mentions.jsonl` and `relations.jsonl`. Call it in
    /// input order.
    ///
    /// # Errors
    /// [`Error::Write`] naming the file.
    pub fn write_document(&mut self, lines: &DocumentLines) -> Result<()> {
        self.file(Output::Quotes).write_bytes(&lines.quotes)?;
        self.file(Output::Mentions).write_bytes(&lines.mentions)?;
        self.file(Output::Relations).write_bytes(&lines.relations)
    }

    /// Appends several documents' lines, in input order, as
    /// [`OutputDir::write_document`] does one by one, with one vectored
    /// write per file: once their lines fill a file's write buffer they go
    /// to the kernel straight from the buffers the workers rendered them
    /// into. Copying them into the write buffer first was most of the
    /// consuming thread's work (the lines are ~3x the input), and that
    /// thread is not parallel. Every [`WRITE_BACK_EVERY`] bytes the three
    /// files start syncing in the background.
    ///
    /// # Errors
    /// [`Error::Write`] naming the file.
    pub fn write_documents(&mut self, docs: &[DocumentLines]) -> Result<()> {
        type Part = fn(&DocumentLines) -> &[u8];
        let parts: [(Output, Part); 3] = [
            (Output::Quotes, |l| &l.quotes),
            (Output::Mentions, |l| &l.mentions),
            (Output::Relations, |l| &l.relations),
        ];
        let mut slices = Vec::with_capacity(docs.len());
        for (output, part) in parts {
            slices.clear();
            let bytes = docs.iter().map(part).filter(|b| !b.is_empty());
            slices.extend(bytes.map(io::IoSlice::new));
            self.file(output).write_all_vectored(&mut slices)?;
        }
        self.unsynced += docs.iter().map(DocumentLines::len).sum::<usize>();
        if self.unsynced >= WRITE_BACK_EVERY {
            // The disk writes what came so far while the run goes on; a
            // file whose last sync is still running waits for the next
            // round. Only a head start: `commit_all` syncs everything.
            self.unsynced = 0;
            for (output, _) in parts {
                self.file(output).sync_in_background_if_idle()?;
            }
        }
        Ok(())
    }

    /// Appends one line to `errors.jsonl`: a skipped record of `source`
    /// (at `line`, when known) and why.
    ///
    /// # Errors
    /// [`Error::Write`] naming the file.
    pub fn write_error(&mut self, source: &str, line: Option<u64>, error: &str) -> Result<()> {
        let mut buf = Vec::with_capacity(64 + error.len());
        jsonl::error_line(source, line, error, &mut buf);
        self.file(Output::Errors).write_bytes(&buf)
    }

    /// Writes `nodes.csv`, `edges.csv` and `graph.json`, and the optional
    /// `load.cypher`, `graph.graphml` and `kuzu/` folder.
    ///
    /// The files are independent, so they are written at the same time on
    /// the current rayon pool (the global one outside a pool); the bytes do
    /// not depend on how many threads it has.
    ///
    /// # Errors
    /// [`Error::Write`] naming the file.
    pub fn write_graph(&mut self, graph: &Graph) -> Result<()> {
        self.write_graph_files(graph, None)
    }

    /// [`OutputDir::write_state`] and [`OutputDir::write_graph`] in one,
    /// for `graph` made from `aggregate` ([`crate::aggregate::Sorted::to_graph`]).
    ///
    /// `aggregate.jsonl` is written after `graph.json`, copying the ends of
    /// its edge lines from there ([`node_link::EdgeTails`]): they are the
    /// same bytes, mostly evidence text, which is then escaped once. The
    /// other graph files are written meanwhile. A `graph` that was not made
    /// from `aggregate` gets its state rendered in full, so the files are
    /// the same either way.
    ///
    /// # Errors
    /// [`Error::Write`] naming the file.
    pub fn write_graph_and_state(
        &mut self,
        aggregate: &crate::aggregate::Sorted<'_>,
        graph: &Graph,
    ) -> Result<()> {
        self.write_graph_files(graph, Some(aggregate))
    }

    /// [`OutputDir::write_graph`], and `aggregate.jsonl` from `state` when
    /// given (see [`OutputDir::write_graph_and_state`]).
    fn write_graph_files(
        &mut self,
        graph: &Graph,
        state: Option<&crate::aggregate::Sorted<'_>>,
    ) -> Result<()> {
        self.documents_done()?;
        if state.is_some() {
            self.extra(AGGREGATE_STATE)?;
        }
        let schema = kuzu::Schema::new(graph);
        // Every file is opened first, so that each writer below can hold
        // its own.
        let kuzu_path = |name: &str| format!("{}/{name}", kuzu::DIR);
        let schema_path = kuzu_path(kuzu::SCHEMA_FILE);
        let csv_paths: Vec<String> = schema.csv_files().map(kuzu_path).collect();
        for path in [cypher::FILE, graphml::FILE, &schema_path]
            .into_iter()
            .chain(csv_paths.iter().map(String::as_str))
        {
            self.extra(path)?;
        }
        let mut extras: Vec<(&str, Option<&mut AtomicFile>)> = self
            .extras
            .iter_mut()
            .map(|(name, f)| (name.as_str(), Some(f)))
            .collect();
        let mut take = |path: &str| {
            extras
                .iter_mut()
                .find(|(name, _)| *name == path)
                .and_then(|(_, f)| f.take())
                .expect("opened above, and taken once")
        };
        let state = state.map(|sorted| (sorted, take(AGGREGATE_STATE)));
        let cypher_file = take(cypher::FILE);
        let graphml_file = take(graphml::FILE);
        let schema_file = take(&schema_path);
        // Each group's relation file goes with edges.csv; the node files
        // with the schema.
        let mut relation_files: Vec<Option<&mut AtomicFile>> =
            (0..schema.groups().len()).map(|_| None).collect();
        let mut node_files = Vec::new();
        for (i, path) in csv_paths.iter().enumerate() {
            match schema.relation_group(i) {
                Some(g) => relation_files[g] = Some(take(path)),
                None => node_files.push((i, take(path))),
            }
        }
        let [nodes_file, edges_file, graph_file] = each_mut(
            &mut self.files,
            [Output::Nodes, Output::Edges, Output::Graph],
        );
        let schema = &schema;
        // Roughly even halves on large graphs: graph.json and the state
        // copied from it, and the rest.
        let (json, (csv, (kuzu, cypher_graphml))) = rayon::join(
            || {
                let tails = write_whole(graph_file, |f| node_link::write_file(graph, f))?;
                match state {
                    Some((sorted, file)) if sorted.made(graph) => {
                        write_whole(file, |f| sorted.write_state_copying(f, &tails))
                    }
                    Some((sorted, file)) => write_whole(file, |f| sorted.write_state(f)),
                    None => Ok(()),
                }
            },
            || {
                rayon::join(
                    || {
                        write_whole(nodes_file, |f| csv::write_nodes(graph, f))?;
                        write_edges(graph, schema, edges_file, relation_files)
                    },
                    || {
                        rayon::join(
                            || {
                                for (i, file) in node_files {
                                    write_whole(file, |f| schema.write_csv(i, f))?;
                                }
                                write_whole(schema_file, |f| schema.write_schema(f))
                            },
                            || {
                                write_whole(cypher_file, |f| {
                                    cypher::write_groups(graph, schema.groups(), f)
                                })?;
                                write_whole(graphml_file, |f| graphml::write(graph, f))
                            },
                        )
                    },
                )
            },
        );
        json.and(csv).and(kuzu).and(cypher_graphml)
    }

    /// Writes `graph.nt` (RDF): the graph, and what each quote is about and
    /// to whom it was said, read back from this folder's `quotes.jsonl`.
    /// Call it after every document's lines are written.
    ///
    /// # Errors
    /// [`Error::Write`] naming `quotes.jsonl` when it cannot be read back,
    /// or `graph.nt`.
    pub fn write_rdf(&mut self, graph: &Graph) -> Result<()> {
        let quotes = self.file(Output::Quotes);
        let path = quotes.path().to_path_buf();
        let read_error = |source| Error::Write {
            path: path.clone(),
            source,
        };
        io::Write::flush(quotes).map_err(read_error)?;
        let reader = std::fs::File::open(quotes.temp_path())
            .map(io::BufReader::new)
            .map_err(read_error)?;
        // A read error or a bad line (named `quotes.jsonl:N:` in the
        // cause) is reported as failing to write graph.nt.
        self.write_extra(rdf::FILE, |f| {
            rdf::write_graph(graph, &mut *f)?;
            rdf::write_quotes(graph, reader, f)
        })
    }

    /// Writes `summary.json`.
    ///
    /// # Errors
    /// [`Error::Write`] naming the file.
    pub fn write_summary(&mut self, stats: &Stats) -> Result<()> {
        self.write_with(Output::Summary, |f| summary::write(stats, f))
    }

    /// Syncs every file, then renames each onto its final name. No file is
    /// renamed unless all of them were written and synced; a rename that
    /// fails midway (rare: same folder, same file system) leaves the
    /// earlier files renamed and removes the rest.
    ///
    /// # Errors
    /// [`Error::Write`] naming the file.
    pub fn commit_all(mut self) -> Result<()> {
        for f in self
            .files
            .iter_mut()
            .chain(self.extras.iter_mut().map(|(_, f)| f))
        {
            f.sync()?;
        }
        for f in self
            .files
            .drain(..)
            .chain(self.extras.drain(..).map(|(_, f)| f))
        {
            f.commit()?;
        }
        self.created_dirs.clear();
        sync_dir(&self.dir);
        Ok(())
    }

    fn write_with(
        &mut self,
        output: Output,
        write: impl FnOnce(&mut AtomicFile) -> io::Result<()>,
    ) -> Result<()> {
        let file = self.file(output);
        write(file).map_err(|source| Error::Write {
            path: file.path().to_path_buf(),
            source,
        })?;
        file.sync_in_background()
    }
}

impl Drop for OutputDir {
    fn drop(&mut self) {
        // Not committed (or a commit failed): remove the temporaries first,
        // then the sub-folders this run created, if nothing else is in them.
        self.files.clear();
        self.extras.clear();
        for dir in self.created_dirs.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
    }
}

/// Makes the renames durable. Best effort: some file systems refuse to sync
/// a folder, and the files themselves are already synced.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// The files of `outputs` (each named once), from `files` indexed like
/// [`Output::ALL`].
fn each_mut<const N: usize>(
    files: &mut [AtomicFile],
    outputs: [Output; N],
) -> [&mut AtomicFile; N] {
    let mut files: Vec<Option<&mut AtomicFile>> = files.iter_mut().map(Some).collect();
    outputs.map(|o| files[o as usize].take().expect("each output once"))
}

/// Writes a whole file with `write` and starts syncing it
/// ([`AtomicFile::sync_in_background`]).
fn write_whole<T>(
    file: &mut AtomicFile,
    write: impl FnOnce(&mut AtomicFile) -> io::Result<T>,
) -> Result<T> {
    let written = write(file).map_err(|source| Error::Write {
        path: file.path().to_path_buf(),
        source,
    })?;
    file.sync_in_background()?;
    Ok(written)
}

/// Writes `edges.csv` and the Kùzu relation files (`relation_files`, one
/// per relation group) in one pass over the edges: a row is escaped once,
/// for `edges.csv`, and copied without its type into its group's file,
/// byte for byte as [`csv::write_edges`] and [`kuzu::Schema::write_csv`]
/// write them.
fn write_edges(
    graph: &Graph,
    schema: &kuzu::Schema<'_>,
    edges_file: &mut AtomicFile,
    relation_files: Vec<Option<&mut AtomicFile>>,
) -> Result<()> {
    let mut group_of = vec![u32::MAX; graph.edges.len()];
    for (g, group) in schema.groups().iter().enumerate() {
        for &e in &group.edges {
            if let Some(slot) = group_of.get_mut(e as usize) {
                *slot = g as u32;
            }
        }
    }
    let error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Write { path, source }
    };
    let edges_path = edges_file.path().to_path_buf();
    let mut edges = csv::Rows::new(&mut *edges_file);
    edges
        .record(&csv::EDGES_HEADER)
        .map_err(error(&edges_path))?;
    // Each group's writer, and its file's path for errors.
    let mut rels: Vec<Option<(csv::Rows<&mut AtomicFile>, PathBuf)>> = Vec::new();
    for file in relation_files {
        rels.push(match file {
            Some(file) => {
                let path = file.path().to_path_buf();
                let mut rows = csv::Rows::new(file);
                kuzu::write_relation_header(&mut rows).map_err(error(&path))?;
                Some((rows, path))
            }
            None => None,
        });
    }
    for (e, &g) in graph.edges.iter().zip(&group_of) {
        let rel = rels.get_mut(g as usize).and_then(Option::as_mut);
        let (rows, path) = match rel {
            Some((rows, path)) => (Some(rows), Some(&*path)),
            None => (None, None),
        };
        let (copied, own) = edges.edge_twice(e, rows);
        if let (Err(source), Some(path)) = (copied, path) {
            return Err(error(path)(source));
        }
        own.map_err(error(&edges_path))?;
    }
    edges.finish().map_err(error(&edges_path))?;
    for (rows, path) in rels.into_iter().flatten() {
        let file = rows.into_inner().map_err(error(&path))?;
        file.sync_in_background()?;
    }
    edges_file.sync_in_background()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn files_appear_only_on_commit() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("out");
        let mut out = OutputDir::create(&dir).unwrap();
        out.write_error("a.jsonl", Some(2), "missing field `text`")
            .unwrap();
        out.write_graph(&Graph::default()).unwrap();
        assert!(
            names(&dir)
                .iter()
                .all(|n| n.starts_with('.') || n == "kuzu"),
            "{:?}",
            names(&dir)
        );
        assert!(names(&dir.join("kuzu")).iter().all(|n| n.starts_with('.')));
        drop(out);
        assert!(
            names(&dir).is_empty(),
            "temporaries left: {:?}",
            names(&dir)
        );

        let mut out = OutputDir::create(&dir).unwrap();
        out.write_error("a.jsonl", Some(2), "missing field `text`")
            .unwrap();
        out.write_graph(&Graph::default()).unwrap();
        out.write_summary(&Stats::default()).unwrap();
        out.commit_all().unwrap();
        let mut want: Vec<&str> = Output::ALL.iter().map(|o| o.file_name()).collect();
        want.extend([cypher::FILE, graphml::FILE, kuzu::DIR]);
        want.sort();
        assert_eq!(names(&dir), want);
        assert_eq!(
            names(&dir.join("kuzu")),
            ["Article.csv", "Entity.csv", "Quote.csv", "schema.cypher"]
        );
        let errors = std::fs::read_to_string(dir.join("errors.jsonl")).unwrap();
        assert_eq!(
            errors,
            "{\"source\":\"a.jsonl\",\"line\":2,\"error\":\"missing field `text`\"}\n"
        );
        assert_eq!(std::fs::read(dir.join("quotes.jsonl")).unwrap(), b"");
        let nodes = std::fs::read_to_string(dir.join("nodes.csv")).unwrap();
        assert!(nodes.starts_with("id:ID(Entity),"));
    }

    #[test]
    fn documents_written_together_are_written_in_order() {
        let tmp = tempfile::tempdir().unwrap();
        // Small, empty and larger-than-the-buffer renderings, so that some
        // writes go through the buffer and some straight to the file.
        let docs: Vec<DocumentLines> = (0..40_usize)
            .map(|i| {
                let line =
                    |tag: &str, n: usize| format!("{tag}{i}:{}\n", "x".repeat(n)).into_bytes();
                DocumentLines {
                    quotes: line("q", i * 997),
                    mentions: if i % 3 == 0 {
                        Vec::new()
                    } else {
                        line("m", 10 * i)
                    },
                    relations: line("r", if i % 7 == 0 { 300_000 } else { i }),
                }
            })
            .collect();
        let mut out = OutputDir::create(tmp.path()).unwrap();
        out.write_documents(&docs[..1]).unwrap();
        out.write_documents(&docs[1..25]).unwrap();
        out.write_documents(&[]).unwrap();
        out.write_documents(&docs[25..]).unwrap();
        out.commit_all().unwrap();
        type Part = fn(&DocumentLines) -> &Vec<u8>;
        let parts: [(Output, Part); 3] = [
            (Output::Quotes, |l| &l.quotes),
            (Output::Mentions, |l| &l.mentions),
            (Output::Relations, |l| &l.relations),
        ];
        for (output, part) in parts {
            let want: Vec<u8> = docs.iter().flat_map(|d| part(d).iter().copied()).collect();
            let got = std::fs::read(tmp.path().join(output.file_name())).unwrap();
            assert!(got == want, "{output:?}");
        }
    }

    #[test]
    fn output_names_are_the_contract() {
        let names: Vec<&str> = Output::ALL.iter().map(|o| o.file_name()).collect();
        assert_eq!(
            names,
            [
                "quotes.jsonl",
                "mentions.jsonl",
                "relations.jsonl",
                "nodes.csv",
                "edges.csv",
                "graph.json",
                "summary.json",
                "errors.jsonl"
            ]
        );
        for (i, o) in Output::ALL.into_iter().enumerate() {
            assert_eq!(o as usize, i);
        }
    }
}
