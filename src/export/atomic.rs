//! Atomic output files.
//!
//! Owns: [`AtomicFile`]. Writes: a temporary file next to its final path
//! (`.NAME.tmp-PID`), renamed onto the final name only by
//! [`AtomicFile::commit`]; an uncommitted file is removed when dropped, so a
//! failed run never leaves a half-written output behind. A killed run
//! cannot clean up: the next [`AtomicFile::create`] of the same path removes
//! the temporaries of that name whose process is gone.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The write buffer of each file. Output files are large (the per-document
/// lines are ~3x the input): writing them in 256 KB rather than 64 KB
/// pieces cut the kernel's share of writing them by about a third.
const BUFFER: usize = 1 << 18;

/// The stack of a background sync thread, which only calls `fsync`.
const SYNC_STACK: usize = 64 << 10;

/// A buffered file that appears under its final name only once complete.
///
/// It implements [`io::Write`], so `csv` and `serde_json` can write into it;
/// the `Result`-returning methods name the final path in their errors.
#[derive(Debug)]
pub struct AtomicFile {
    path: PathBuf,
    tmp: PathBuf,
    /// `None` once committed.
    writer: Option<BufWriter<File>>,
    /// A sync started by [`AtomicFile::sync_in_background`], not yet
    /// waited for.
    pending: Option<std::thread::JoinHandle<io::Result<()>>>,
}

impl AtomicFile {
    /// Creates the temporary file for `path` in the same folder (so the
    /// final rename stays on one file system), first removing the stale
    /// temporaries a killed run left for `path` (see
    /// [`remove_stale_temporaries`]).
    ///
    /// # Errors
    /// [`Error::Write`] naming `path` when the temporary file cannot be
    /// created.
    pub fn create(path: impl Into<PathBuf>) -> Result<AtomicFile> {
        let path = path.into();
        let name = path
            .file_name()
            .map_or_else(|| "out".into(), |n| n.to_string_lossy());
        remove_stale_temporaries(&path);
        let tmp = path.with_file_name(format!("{}{}", temp_prefix(&name), std::process::id()));
        let file = File::create(&tmp).map_err(|source| Error::Write {
            path: path.clone(),
            source,
        })?;
        Ok(AtomicFile {
            path,
            tmp,
            writer: Some(BufWriter::with_capacity(BUFFER, file)),
            pending: None,
        })
    }

    /// The final path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The temporary path the bytes go to until [`AtomicFile::commit`].
    pub fn temp_path(&self) -> &Path {
        &self.tmp
    }

    /// How many bytes were written so far (flushing the buffer).
    ///
    /// # Errors
    /// The I/O error of flushing, or of asking the file its position.
    pub fn written(&mut self) -> io::Result<u64> {
        io::Seek::stream_position(self.writer()?)
    }

    /// Writes all of `bytes`.
    ///
    /// # Errors
    /// [`Error::Write`] naming the final path.
    pub fn write_bytes(&mut self, bytes: &[u8]) -> Result<()> {
        self.write_all(bytes).map_err(|source| self.error(source))
    }

    /// Writes all of `bufs`, one after the other. Slices that fill the
    /// write buffer together go to the file in one `writev`, straight from
    /// where they are, instead of being copied into the buffer first (see
    /// [`BufWriter::write_vectored`]).
    ///
    /// # Errors
    /// [`Error::Write`] naming the final path.
    pub fn write_all_vectored(&mut self, mut bufs: &mut [io::IoSlice<'_>]) -> Result<()> {
        while !bufs.is_empty() {
            match self.write_vectored(bufs) {
                Ok(0) => return Err(self.error(io::ErrorKind::WriteZero.into())),
                Ok(n) => io::IoSlice::advance_slices(&mut bufs, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(self.error(e)),
            }
        }
        Ok(())
    }

    /// Flushes the buffer and syncs the temporary file to disk; called by
    /// [`AtomicFile::commit`], and separately by
    /// [`super::OutputDir::commit_all`] so that no file is renamed before
    /// every file is safely written.
    ///
    /// # Errors
    /// [`Error::Write`] naming the final path.
    pub fn sync(&mut self) -> Result<()> {
        self.wait_for_background_sync()
            .map_err(|source| self.error(source))?;
        let Some(writer) = self.writer.as_mut() else {
            return Ok(());
        };
        // After a background sync this finds (almost) nothing left to
        // write, and still covers whatever was written since.
        let res = writer.flush().and_then(|()| writer.get_ref().sync_all());
        res.map_err(|source| self.error(source))
    }

    /// Flushes the buffer and starts syncing what was written so far on
    /// another thread; [`AtomicFile::sync`] (and so
    /// [`AtomicFile::commit`]) waits for it, then syncs again, so the
    /// guarantees are those of `sync` alone. Call it once a file is
    /// complete: the disk then writes it while the run renders the next
    /// file. Syncing the ~200 MB of outputs of a 16 MB dump one after the
    /// other at the end took a quarter of a second, all of it waiting.
    /// When no thread can be started the sync is simply left to `sync`.
    ///
    /// # Errors
    /// [`Error::Write`] naming the final path when flushing fails.
    pub fn sync_in_background(&mut self) -> Result<()> {
        self.wait_for_background_sync()
            .map_err(|source| self.error(source))?;
        let Some(writer) = self.writer.as_mut() else {
            return Ok(());
        };
        let file = writer
            .flush()
            .and_then(|()| writer.get_ref().try_clone())
            .map_err(|source| self.error(source))?;
        // A small stack: a finished thread's stack stays mapped until
        // `commit` joins it, and a run with dozens of output files would
        // otherwise hold 2 MiB for each (64 MiB in all, enough to fail a
        // run under a memory cap).
        self.pending = std::thread::Builder::new()
            .name("newsgraph-sync".into())
            .stack_size(SYNC_STACK)
            .spawn(move || file.sync_all())
            .ok();
        Ok(())
    }

    /// [`AtomicFile::sync_in_background`], unless the last background sync
    /// is still running: then nothing is done (and false returned), so that
    /// the caller, who only wants the disk kept busy while it writes on,
    /// never waits for it.
    ///
    /// # Errors
    /// As [`AtomicFile::sync_in_background`], and the error of the last
    /// background sync.
    pub fn sync_in_background_if_idle(&mut self) -> Result<bool> {
        if self.pending.as_ref().is_some_and(|h| !h.is_finished()) {
            return Ok(false);
        }
        self.sync_in_background()?;
        Ok(true)
    }

    /// Waits for a sync started by [`AtomicFile::sync_in_background`] and
    /// returns its result.
    fn wait_for_background_sync(&mut self) -> io::Result<()> {
        match self.pending.take() {
            Some(handle) => handle
                .join()
                .unwrap_or_else(|_| Err(io::Error::other("the sync thread panicked"))),
            None => Ok(()),
        }
    }

    /// Flushes, syncs, and renames the temporary file onto the final name.
    ///
    /// # Errors
    /// [`Error::Write`] naming the final path; the temporary file is then
    /// removed.
    pub fn commit(mut self) -> Result<()> {
        self.sync()?;
        // Close the file before renaming it (required on Windows).
        drop(self.writer.take());
        fs::rename(&self.tmp, &self.path).map_err(|source| {
            // The writer is gone, so Drop will not clean up; do it here.
            let _ = fs::remove_file(&self.tmp);
            self.error(source)
        })
    }

    fn error(&self, source: io::Error) -> Error {
        Error::Write {
            path: self.path.clone(),
            source,
        }
    }

    fn writer(&mut self) -> io::Result<&mut BufWriter<File>> {
        self.writer
            .as_mut()
            .ok_or_else(|| io::Error::other("write after commit"))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer()?.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.writer()?.write_all(buf)
    }

    fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        self.writer()?.write_vectored(bufs)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer()?.flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        // Its outcome is moot, but the temporary file must be closed by
        // every handle before it is removed (on Windows).
        let _ = self.wait_for_background_sync();
        if let Some(writer) = self.writer.take() {
            // Not committed: discard the buffer and the temporary file.
            // Errors are moot here; the run has already failed.
            let (file, _) = writer.into_parts();
            drop(file);
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// The temporary names of a file called `name` start with this; the
/// writer's process id follows.
fn temp_prefix(name: &str) -> String {
    format!(".{name}.tmp-")
}

/// Removes the temporaries of `path` that a killed run left behind: the
/// regular files next to it named `.NAME.tmp-PID` (exactly this pattern,
/// for this `NAME`, so nobody else's files) whose process is gone.
/// Temporaries of a live process (another run writing to the same folder)
/// stay. Best effort: a temporary that cannot be removed is left alone.
///
/// Whether a process is alive is read from `/proc`; without it (other
/// systems), every temporary of another process id is taken as stale.
pub fn remove_stale_temporaries(path: &Path) {
    let Some(name) = path.file_name() else {
        return;
    };
    let prefix = temp_prefix(&name.to_string_lossy());
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return; // creating the temporary file will say why
    };
    let own = std::process::id();
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .filter(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if pid != own && is_file && !process_is_alive(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether process `pid` exists, as far as `/proc` tells (false without
/// a `/proc`).
fn process_is_alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    proc.join("self").exists() && proc.join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn commit_renames_and_drop_removes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quotes.jsonl");

        let mut f = AtomicFile::create(&path).unwrap();
        f.write_bytes(b"{}\n").unwrap();
        let tmp_name = format!(".quotes.jsonl.tmp-{}", std::process::id());
        assert_eq!(names(dir.path()), [tmp_name.as_str()]);
        drop(f);
        assert!(names(dir.path()).is_empty(), "uncommitted file left behind");

        let mut f = AtomicFile::create(&path).unwrap();
        f.write_bytes(b"{\"a\":1}\n").unwrap();
        f.commit().unwrap();
        assert_eq!(names(dir.path()), ["quotes.jsonl"]);
        assert_eq!(fs::read(&path).unwrap(), b"{\"a\":1}\n");
    }

    #[test]
    fn a_background_sync_keeps_later_writes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        let mut f = AtomicFile::create(&path).unwrap();
        f.write_bytes(b"first ").unwrap();
        f.sync_in_background().unwrap();
        f.sync_in_background().unwrap();
        f.write_bytes(b"second").unwrap();
        // Started or skipped (the last sync may still run): either way
        // nothing is lost.
        f.sync_in_background_if_idle().unwrap();
        f.write_bytes(b" third").unwrap();
        f.commit().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"first second third");

        let mut f = AtomicFile::create(&path).unwrap();
        f.write_bytes(b"dropped").unwrap();
        f.sync_in_background().unwrap();
        drop(f);
        assert_eq!(names(dir.path()), ["graph.json"]);
        assert_eq!(fs::read(&path).unwrap(), b"first second third");
    }

    #[test]
    fn commit_replaces_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nodes.csv");
        fs::write(&path, "old").unwrap();
        let mut f = AtomicFile::create(&path).unwrap();
        f.write_bytes(b"new").unwrap();
        // Until the commit, readers still see the old file.
        assert_eq!(fs::read(&path).unwrap(), b"old");
        f.commit().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn stale_temporaries_of_the_same_name_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("edges.csv");
        // No process has a pid this large (Linux caps pids at 2^22).
        let dead = ".edges.csv.tmp-999999999";
        // This test's parent (cargo) is alive while the test runs.
        let alive = format!(".edges.csv.tmp-{}", std::os::unix::process::parent_id());
        let kept = [
            alive.as_str(),
            ".edges.csv.tmp-",
            ".edges.csv.tmp-12x",
            ".nodes.csv.tmp-999999999",
            "edges.csv.tmp-999999999",
            ".edges.csv.tmp-999999999.bak",
        ];
        for name in kept.iter().chain([&dead]) {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        // A folder with the pattern's name is not ours to remove.
        fs::create_dir(dir.path().join(".edges.csv.tmp-999999998")).unwrap();
        let mut f = AtomicFile::create(&path).unwrap();
        f.write_bytes(b"a").unwrap();
        f.commit().unwrap();
        let mut want: Vec<&str> = kept.to_vec();
        want.extend([".edges.csv.tmp-999999998", "edges.csv"]);
        want.sort();
        assert_eq!(names(dir.path()), want);
    }

    #[test]
    fn create_in_a_missing_folder_names_the_final_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("edges.csv");
        let err = AtomicFile::create(&path).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("failed to write {}", path.display())
        );
    }
}
