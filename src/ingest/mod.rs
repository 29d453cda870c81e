//! Ingest: files, directories and article collections into a [`Store`], one transaction
//! per input file. The command `tollcheck ingest` and the Python package both call this;
//! progress, `--explain` lines and warnings go to a [`Sink`] the caller implements (as
//! ripgrep's searcher pushes matches to its sink), and the result is a typed [`Summary`].
//!
//! ```no_run
//! use tollcheck::ingest::{Ingest, NoSink};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let tables = tollcheck::tables::Tables::load(None)?;
//! let mut store = tollcheck::store::Store::open("claims.db".as_ref())?;
//! let summary = Ingest::new(&tables).run(&mut store, &["reports/".into()], &mut NoSink)?;
//! println!("{} claims written, {} files rejected", summary.claims, summary.rejected.len());
//! # Ok(()) }
//! ```

mod extracted;
mod sheet;

pub use extracted::is_extracted_claims;

use crate::correction::CorrectionRow;
use crate::extract::{Extraction, Extractor};
use crate::input::article::{read_manifest, ManifestEntry};
use crate::input::{self, InputError, Loaded};
use crate::model::{Claim, Document, Method};
use crate::normalize::date::parse_partial;
use crate::store::{
    content_hash, CorrectionStats, DocumentKind, Store, StoreError, Timer, WriteOutcome, Writer,
};
use crate::tables::Tables;
use crate::xref::XrefConfig;
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Documents extracted at once, in parallel, before they are written.
pub const EXTRACT_CHUNK: usize = 512;

/// What an ingest does: the command's options.
#[derive(Debug, Clone)]
pub struct Ingest<'t> {
    pub tables: &'t Tables,
    /// CSV of path, outlet, published, url, title: article metadata, and with no path
    /// given, the list of articles.
    pub manifest: Option<PathBuf>,
    /// The outlet of every article read (overrides front matter).
    pub outlet: Option<String>,
    /// The publication date of every article read (YYYY-MM-DD).
    pub published: Option<String>,
    /// The URL of every article read.
    pub url: Option<String>,
    /// Read and check everything, store nothing.
    pub dry_run: bool,
    /// Push every candidate number's decision to the sink.
    pub explain: bool,
    /// Days apart within which claims about one place are one event.
    pub window_days: i64,
}

/// Where an ingest reports as it goes. Every method does nothing by default.
pub trait Sink {
    /// The files to read are known.
    fn start(&mut self, _files: usize) {}
    /// A file is about to be read.
    fn file(&mut self, _display: &str) {}
    /// Every file was read; linking follows.
    fn files_done(&mut self) {}
    /// A candidate number the extractor kept or dropped (with [`Ingest::explain`]).
    fn explain(&mut self, _decision: &Explained<'_>) {}
    /// Why a claim got its place (with [`Ingest::explain`]).
    fn explain_place(&mut self, _place: &ExplainedPlace<'_>) {}
    /// Something was read but not applied (the file still went in).
    fn warning(&mut self, _message: &str) {}
}

/// A sink that drops everything.
pub struct NoSink;
impl Sink for NoSink {}

/// One `--explain` line: why the extractor kept or dropped a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained<'a> {
    pub document: &'a str,
    /// 1-based line of the number in the document text.
    pub line: usize,
    pub kept: bool,
    /// The number as written.
    pub written: &'a str,
    /// Why, without the leading "kept"/"dropped".
    pub reason: &'a str,
}

/// One claim's place decision for `--explain`: the mentions seen and why one was taken.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplainedPlace<'a> {
    pub document: &'a str,
    /// 1-based line of the claim's sentence in the document text.
    pub line: usize,
    /// The claim: its figure as written and its outcome ("as many as 13 killed").
    pub claim: String,
    pub decision: &'a crate::places::PlaceDecision,
}

/// What an ingest did.
#[derive(Debug, Default)]
pub struct Summary {
    /// Input files read (rejected ones included).
    pub files: usize,
    pub documents: usize,
    /// Documents new to the database.
    pub added: usize,
    /// Documents whose content changed: their claims were replaced.
    pub replaced: usize,
    /// Documents stored before with the same content: nothing written.
    pub unchanged: usize,
    /// Claims written.
    pub claims: usize,
    /// Files rejected whole, each with its reason (`file:line: reason`).
    pub rejected: Vec<IngestError>,
    /// Edited claims exports read as corrections.
    pub corrections: CorrectionStats,
    /// Articles read with no published date (from their metadata, the manifest,
    /// --published or a date line printed in the text).
    pub undated: Vec<String>,
    /// Claims and events in the database afterwards.
    pub database_claims: i64,
    pub database_events: i64,
    /// How the claims were linked afterwards (none in a dry run).
    pub linking: Option<crate::store::Relinked>,
}

/// Why an ingest, or one of its files, failed.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot read {path}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: no such file or directory")]
    Missing { path: String },
    #[error("nothing to ingest: give files or directories, or --manifest FILE")]
    Nothing,
    #[error("--published: {0}")]
    Published(String),
    /// A file's writes failed.
    #[error("{file}: {error}")]
    File { file: String, error: StoreError },
    /// A document's writes failed.
    #[error("{file}: {document} ({error})")]
    Write {
        file: String,
        document: String,
        error: StoreError,
    },
    /// An edited claims export could not be applied.
    #[error("{0}")]
    Corrections(StoreError),
    #[error("{path}: cannot walk the directory: {error}")]
    Walk { path: String, error: String },
    /// The claims could not be written out (`tollcheck extract`).
    #[error(transparent)]
    Stream(#[from] crate::stream::StreamError),
    #[error("the writer stopped")]
    WriterStopped,
    #[error("the reader panicked")]
    ReaderPanicked,
}

impl IngestError {
    /// The error and its causes on one line, `outer: inner: ...`.
    pub fn message(&self) -> String {
        let mut out = self.to_string();
        let mut cause = std::error::Error::source(self);
        while let Some(c) = cause {
            out.push_str(": ");
            out.push_str(&c.to_string());
            cause = c.source();
        }
        out
    }
}

type Result<T> = std::result::Result<T, IngestError>;

/// "1 row", "2 rows".
pub fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// The files an ingest reads, with their manifest metadata, and those rejected before
/// reading (missing, or a directory that could not be walked).
#[derive(Debug, Default)]
pub struct Inputs {
    /// (path, path as given)
    pub files: Vec<(PathBuf, String)>,
    pub meta: HashMap<PathBuf, ManifestEntry>,
    pub rejected: Vec<IngestError>,
}

/// One input file as read, before writing.
struct Prepared {
    display: String,
    kind: DocumentKind,
    method: Method,
    /// (document, claims, hash); claims `None` when the stored copy is unchanged.
    docs: Vec<(Document, Option<Vec<Claim>>, String)>,
    /// An edited `export claims` file: corrections instead of documents.
    corrections: Option<Vec<CorrectionRow>>,
}

impl<'t> Ingest<'t> {
    /// Defaults: no manifest or metadata overrides, a 3-day window, stores what it reads.
    pub fn new(tables: &'t Tables) -> Self {
        Ingest {
            tables,
            manifest: None,
            outlet: None,
            published: None,
            url: None,
            dry_run: false,
            explain: false,
            window_days: 3,
        }
    }

    /// Reads `paths` (files, directories, `-` for an article on stdin) and the manifest
    /// into `store`, then links claims into events: [`Ingest::inputs`] then
    /// [`Ingest::run_inputs`]. A bad file is rejected whole (in [`Summary::rejected`]) and
    /// the others go in; an `Err` is a fault that stopped the whole ingest.
    pub fn run(
        &self,
        store: &mut Store,
        paths: &[PathBuf],
        sink: &mut dyn Sink,
    ) -> Result<Summary> {
        let inputs = self.inputs(paths)?;
        self.run_inputs(store, inputs, sink)
    }

    /// The files to read: `paths` with directories walked, and the manifest's articles
    /// (with no path given). Files that are not there are rejected already, before any
    /// database is opened ([`Inputs::files`] empty: there is nothing to store).
    pub fn inputs(&self, paths: &[PathBuf]) -> Result<Inputs> {
        if let Some(p) = &self.published {
            parse_partial(p).map_err(IngestError::Published)?;
        }
        let mut inputs = Inputs::default();
        let Inputs {
            files,
            meta,
            rejected,
        } = &mut inputs;
        if let Some(m) = &self.manifest {
            let display = m.display().to_string();
            let file = std::fs::File::open(m).map_err(|source| IngestError::Read {
                path: display.clone(),
                source,
            })?;
            let size = file
                .metadata()
                .ok()
                .filter(|md| md.is_file())
                .map(|md| md.len());
            let bytes = input::read_capped(
                &display,
                file,
                size,
                input::MAX_MANIFEST_BYTES,
                "a manifest of at most 64 MB",
            )?;
            let entries = read_manifest(m, &bytes)?;
            for e in entries {
                let key = canonical(&e.path);
                if paths.is_empty() {
                    files.push((e.path.clone(), e.path.display().to_string()));
                }
                meta.insert(key, e);
            }
        }
        for p in paths {
            collect(p, files, rejected);
        }
        if files.is_empty() && rejected.is_empty() {
            return Err(IngestError::Nothing);
        }
        // a file that is not there is rejected before the database is opened: an ingest
        // of nothing but missing files creates no database
        files.retain(|(p, display)| {
            let there = p.as_os_str() == "-" || p.exists();
            if !there {
                rejected.push(IngestError::Missing {
                    path: display.clone(),
                });
            }
            there
        });
        Ok(inputs)
    }

    /// Reads `inputs` into `store`, then links claims into events.
    pub fn run_inputs(
        &self,
        store: &mut Store,
        inputs: Inputs,
        sink: &mut dyn Sink,
    ) -> Result<Summary> {
        let tables = self.tables;
        let Inputs {
            files,
            meta,
            rejected,
        } = inputs;
        let mut summary = Summary {
            rejected,
            ..Summary::default()
        };

        let extractor = Extractor::new(tables).explaining(self.explain);
        // Writing the tables is part of the first transaction that stores anything.
        let mut tables_synced = false;
        sink.start(files.len());
        for (path, display) in files {
            sink.file(&display);
            summary.files += 1;
            // a file of claims written by `tollcheck extract` (or stdin, when its first line
            // is one) streams through the writer a document at a time
            let mut stdin_head = Vec::new();
            let lines = match extracted::claim_lines(&path, &display, &mut stdin_head) {
                Ok(lines) => lines,
                Err(e) => {
                    summary.rejected.push(e);
                    continue;
                }
            };
            if let Some(lines) = lines {
                let res = extracted::ingest(
                    self,
                    lines,
                    &display,
                    store,
                    &mut tables_synced,
                    &mut summary,
                );
                if let Err(e) = res {
                    summary.rejected.push(e);
                }
                continue;
            }
            // a CSV/TSV claim sheet streams through the writer in batches: memory stays
            // bounded however many rows it has
            if let Some(rows) = sheet::sheet_stream(&path, &display) {
                if let Err(e) = sheet::ingest_sheet_stream(
                    self,
                    rows,
                    &path,
                    &display,
                    store,
                    &mut tables_synced,
                    &mut summary,
                ) {
                    summary.rejected.push(e);
                }
                continue;
            }
            let t = Timer::new();
            let prepared = match self.prepare(
                &mut summary.undated,
                &path,
                &display,
                &meta,
                store,
                stdin_head,
            ) {
                Ok(p) => p,
                Err(e) => {
                    summary.rejected.push(e);
                    continue;
                }
            };
            if let Some(rows) = &prepared.corrections {
                let writer = Writer::begin(store)?;
                match writer.record_corrections(&prepared.display, rows, tables) {
                    Ok(stats) => {
                        if !self.dry_run {
                            writer.commit()?;
                        }
                        if !stats.ignored.is_empty() {
                            let cols: Vec<String> = stats
                                .ignored
                                .iter()
                                .map(|(col, n)| format!("{col} ({})", count(*n, "row")))
                                .collect();
                            sink.warning(&format!(
                                "{}: edits to {} are not applied: only {} are corrected; the other columns are the claim's provenance, or follow from those",
                                prepared.display,
                                cols.join(", "),
                                crate::correction::FIELDS.join(", ")
                            ));
                        }
                        let c = &mut summary.corrections;
                        c.rows += stats.rows;
                        c.claims += stats.claims;
                        c.cells += stats.cells;
                        c.reverted += stats.reverted;
                    }
                    Err(e) => summary.rejected.push(IngestError::Corrections(e)),
                }
                continue;
            }
            t.lap("articles: read, checked, hashed");
            let writer = Writer::begin(store)?;
            if !tables_synced {
                writer.sync_tables(tables)?;
            }
            let (stats, failed) = self.write_prepared(&writer, &prepared, &extractor, sink);
            if let Some(f) = failed {
                drop(writer); // rolls back: nothing of this file is stored
                summary.rejected.push(f);
                continue;
            }
            t.lap("articles: extracted, written");
            if self.dry_run {
                drop(writer);
            } else {
                writer.commit()?;
                tables_synced = true;
                t.lap("articles: committed");
            }
            summary.documents += prepared.docs.len();
            summary.added += stats.added;
            summary.replaced += stats.replaced;
            summary.unchanged += stats.unchanged;
            summary.claims += stats.claims;
        }

        sink.files_done();
        let cfg = XrefConfig {
            window_days: self.window_days,
            ..XrefConfig::default()
        };
        if !self.dry_run {
            summary.linking = Some(store.link_new_claims(tables, &cfg)?);
        }
        let totals = store.totals()?;
        summary.database_claims = totals.claims;
        summary.database_events = totals.events;
        Ok(summary)
    }

    /// Extracts and writes one file's documents: extraction runs in parallel over a chunk
    /// of documents (pure text → claims) on the rayon threads while this thread writes the
    /// chunk before it, in order. At most three chunks' extractions are held at once (one
    /// written, one queued, one extracted): memory stays bounded, the file is still one
    /// transaction. On a failed write, the reason; the caller rolls back.
    fn write_prepared(
        &self,
        writer: &Writer<'_>,
        prepared: &Prepared,
        extractor: &Extractor<'_>,
        sink: &mut dyn Sink,
    ) -> (Counts, Option<IngestError>) {
        let tables = self.tables;
        let mut stats = Counts::default();
        let explain = self.explain;
        let extract = |(doc, claims, _): &(Document, Option<Vec<Claim>>, String)| {
            (prepared.kind == DocumentKind::Article && (claims.is_some() || explain))
                .then(|| extractor.extract(doc))
        };
        let chunks = || prepared.docs.chunks(EXTRACT_CHUNK);
        let file_error = |error| IngestError::File {
            file: prepared.display.clone(),
            error,
        };
        // A file of new documents only goes in as a bulk load: the full-text trigger off
        // (it flushes a small index segment at every statement: about a fifth of this
        // loop) and the new claims indexed in one statement before the commit. A replaced
        // document deletes claims and a correction updates them: both need the triggers,
        // so a file with either goes in row by row.
        let names = prepared.docs.iter().map(|(d, _, _)| d.name.as_str());
        let bulk = match writer.all_new(names) {
            Ok(true) if !self.dry_run => match writer.bulk_load(0) {
                Ok(b) => Some(b),
                Err(e) => return (stats, Some(file_error(e))),
            },
            Ok(_) => None,
            Err(e) => return (stats, Some(file_error(e))),
        };
        let failed = std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Option<Extraction>>>(1);
            scope.spawn(move || {
                for chunk in chunks() {
                    let extracted = chunk.par_iter().map(extract).collect();
                    if tx.send(extracted).is_err() {
                        break; // the writer failed: the file is rejected
                    }
                }
            });
            for (chunk, extracted) in chunks().zip(rx) {
                if explain {
                    for ((doc, _, _), ex) in chunk.iter().zip(&extracted) {
                        if let Some(ex) = ex {
                            explain_decisions(doc, ex, sink);
                        }
                    }
                }
                for ((doc, claims, hash), ex) in chunk.iter().zip(extracted) {
                    let claims: &[Claim] = match (claims, &ex) {
                        (None, _) => {
                            stats.unchanged += 1;
                            continue;
                        }
                        (Some(_), Some(ex)) => &ex.claims,
                        (Some(c), None) => c,
                    };
                    let written = writer.write_document(
                        doc,
                        prepared.kind,
                        &prepared.display,
                        hash,
                        claims,
                        prepared.method,
                        tables,
                        ex.as_ref().map(|ex| ex.signature.as_slice()),
                    );
                    match written {
                        Ok(outcome) => stats.count(outcome),
                        // dropping the receiver stops the extraction
                        Err(error) => {
                            return Some(IngestError::Write {
                                file: prepared.display.clone(),
                                document: doc.name.clone(),
                                error,
                            })
                        }
                    }
                    stats.claims += claims.len();
                }
            }
            None
        });
        if let (None, Some(bulk)) = (&failed, bulk) {
            if let Err(e) = bulk.finish() {
                return (stats, Some(file_error(e)));
            }
        }
        (stats, failed)
    }

    fn prepare(
        &self,
        undated: &mut Vec<String>,
        path: &Path,
        display: &str,
        meta: &HashMap<PathBuf, ManifestEntry>,
        store: &Store,
        stdin_head: Vec<u8>,
    ) -> Result<Prepared> {
        let (bytes, name) = if path.as_os_str() == "-" {
            // what was read of stdin to tell what it holds, then the rest
            let stdin = std::io::Cursor::new(stdin_head).chain(std::io::stdin());
            let b = input::read_limited(display, "stdin.txt", stdin, None)?;
            (b, "stdin.txt".to_string())
        } else {
            let name = file_name(path, display);
            (input::read_file(path, display, &name)?, name)
        };
        let loaded = input::load(display, &name, &bytes, self.tables)?;
        let m = meta.get(&canonical(path));
        let unchanged = |name: &str, hash: &str| -> Result<bool> {
            Ok(store.stored_hash(name)?.as_deref() == Some(hash))
        };
        Ok(match loaded {
            Loaded::Articles(docs) => {
                let mut out = Vec::with_capacity(docs.len());
                for mut d in docs {
                    if let Some(m) = m {
                        m.apply(&mut d);
                    }
                    self.override_metadata(&mut d);
                    if d.published.is_none() {
                        undated.push(d.name.clone());
                    }
                    let hash = content_hash(&d, DocumentKind::Article, None);
                    let same = unchanged(&d.name, &hash)?;
                    out.push((d, (!same).then(Vec::new), hash));
                }
                Prepared {
                    display: display.to_string(),
                    kind: DocumentKind::Article,
                    method: Method::Extracted,
                    docs: out,
                    corrections: None,
                }
            }
            Loaded::Sheet(rows) => {
                let claims: Vec<Claim> = rows.into_iter().map(|r| r.claim).collect();
                let doc = sheet::sheet_document(&name);
                let hash = content_hash(&doc, DocumentKind::Sheet, Some(&claims));
                let same = unchanged(&doc.name, &hash)?;
                Prepared {
                    display: display.to_string(),
                    kind: DocumentKind::Sheet,
                    method: Method::Sheet,
                    docs: vec![(doc, (!same).then_some(claims), hash)],
                    corrections: None,
                }
            }
            Loaded::Dataset { rows, .. } => {
                let mut out = Vec::with_capacity(rows.len());
                for (d, claims) in rows {
                    let hash = content_hash(&d, DocumentKind::Dataset, Some(&claims));
                    let same = unchanged(&d.name, &hash)?;
                    out.push((d, (!same).then_some(claims), hash));
                }
                Prepared {
                    display: display.to_string(),
                    kind: DocumentKind::Dataset,
                    method: Method::Import,
                    docs: out,
                    corrections: None,
                }
            }
            Loaded::Corrections(rows) => Prepared {
                display: display.to_string(),
                kind: DocumentKind::Sheet,
                method: Method::Sheet,
                docs: Vec::new(),
                corrections: Some(rows),
            },
        })
    }

    /// `--outlet`, `--published`, `--url`: they win over what the article says.
    pub fn override_metadata(&self, d: &mut Document) {
        if self.outlet.is_some() {
            d.outlet = self.outlet.clone();
        }
        if let Some(p) = &self.published {
            d.published = parse_partial(p).ok();
        }
        if self.url.is_some() {
            d.url = self.url.clone();
        }
    }
}

/// Documents added, replaced, unchanged, and claims written, for one file.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    added: usize,
    replaced: usize,
    unchanged: usize,
    claims: usize,
}

impl Counts {
    fn count(&mut self, outcome: WriteOutcome) {
        match outcome {
            WriteOutcome::Added => self.added += 1,
            WriteOutcome::Replaced => self.replaced += 1,
            WriteOutcome::Unchanged => self.unchanged += 1,
        }
    }

    fn add_to(self, summary: &mut Summary) {
        summary.documents += self.added + self.replaced + self.unchanged;
        summary.added += self.added;
        summary.replaced += self.replaced;
        summary.unchanged += self.unchanged;
        summary.claims += self.claims;
    }
}

/// The file name of `path` (the document name of a file), or `display`.
fn file_name(path: &Path, display: &str) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| display.to_string())
}

/// The path a manifest entry is keyed by.
pub(crate) fn canonical(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Expands directories (recursively, sorted, following no links into loops).
pub fn collect(p: &Path, files: &mut Vec<(PathBuf, String)>, rejected: &mut Vec<IngestError>) {
    if p.as_os_str() == "-" || !p.is_dir() {
        files.push((p.to_path_buf(), p.display().to_string()));
        return;
    }
    let walk = walkdir::WalkDir::new(p)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walk {
        match entry {
            Ok(e) if e.file_type().is_file() && input::is_input_path(e.path()) => {
                files.push((e.path().to_path_buf(), e.path().display().to_string()))
            }
            Ok(_) => {}
            Err(e) => rejected.push(IngestError::Walk {
                path: e.path().unwrap_or(p).display().to_string(),
                error: e.to_string(),
            }),
        }
    }
}

/// Pushes an extraction's decisions to the sink, each with its line in the document.
pub fn explain_decisions(doc: &Document, ex: &Extraction, sink: &mut dyn Sink) {
    for d in &ex.decisions {
        let line = doc.text[..d.start.min(doc.text.len())]
            .bytes()
            .filter(|&b| b == b'\n')
            .count()
            + 1;
        // the extractor's reasons start with kept/dropped already
        let verdict = if d.kept { "kept" } else { "dropped" };
        let reason = d
            .reason
            .strip_prefix(verdict)
            .map(|r| r.trim_start_matches(':').trim_start())
            .unwrap_or(&d.reason);
        sink.explain(&Explained {
            document: &doc.name,
            line,
            kept: d.kept,
            written: &d.written,
            reason,
        });
    }
    for p in &ex.places {
        let Some(c) = ex.claims.get(p.claim) else {
            continue;
        };
        let line = c.span.map_or(0, |(s, _)| {
            doc.text[..s.min(doc.text.len())]
                .bytes()
                .filter(|&b| b == b'\n')
                .count()
                + 1
        });
        sink.explain_place(&ExplainedPlace {
            document: &doc.name,
            line,
            claim: format!("{} {}", c.quantity.written, c.outcome),
            decision: p,
        });
    }
}
