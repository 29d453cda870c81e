use super::Global;
use anyhow::Context;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tollcheck::extract::{Extraction, Extractor};
use tollcheck::input::article::{read_manifest, ManifestEntry};
use tollcheck::input::corrections::CorrectionRow;
use tollcheck::input::{self, InputError, Loaded};
use tollcheck::model::{Claim, Document, Method};
use tollcheck::normalize::date::parse_partial;
use tollcheck::store::{content_hash, DocumentKind, WriteOutcome, Writer};
use tollcheck::xref::XrefConfig;

/// Read articles (.txt .md .html), article collections and claim sheets (.csv .tsv .jsonl
/// .json) and known datasets (UCDP GED) into the database. Directories are walked
/// recursively. Each file is one transaction: a bad file is rejected whole with
/// `file:line: reason`, the others go in, and the exit status is 2. Ingesting the same
/// content again changes nothing; a document whose content changed replaces its claims.
///
/// A file written by `tollcheck export claims` (columns claim_id, quantity, outcome,
/// method) and edited in a spreadsheet is read as corrections: its claimant, via, victims,
/// outcome, quantity, scope, place and event_date cells win over what was read or
/// extracted, keep the claim's provenance, and survive later re-ingests of the document.
/// A cell set back to its exported value withdraws the correction. On a terminal, a
/// progress bar shows on stderr (not with --quiet).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories to read (`-` reads an article from stdin)
    pub paths: Vec<PathBuf>,
    /// CSV of path, outlet, published, url, title (paths relative to the manifest's
    /// folder); with no PATH given, the articles it lists are read
    #[arg(long)]
    pub manifest: Option<PathBuf>,
    /// The outlet of every article read (overrides front matter)
    #[arg(long)]
    pub outlet: Option<String>,
    /// The publication date of every article read (YYYY-MM-DD)
    #[arg(long)]
    pub published: Option<String>,
    /// The URL of every article read
    #[arg(long)]
    pub url: Option<String>,
    /// Read and check everything, store nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Print every candidate number the extractor saw and why it was kept or dropped
    #[arg(long)]
    pub explain: bool,
    /// Days apart within which claims about one place are one event
    #[arg(long, default_value_t = 3)]
    pub window_days: i64,
}

/// Documents extracted at once, in parallel, before they are written.
const EXTRACT_CHUNK: usize = 512;

#[derive(Default)]
struct Summary {
    files: usize,
    documents: usize,
    added: usize,
    replaced: usize,
    unchanged: usize,
    claims: usize,
    rejected: Vec<String>,
    /// Edited claims exports read as corrections.
    corrections: tollcheck::store::CorrectionStats,
    /// Articles read with no published date (from their metadata, the manifest,
    /// --published or a date line printed in the text).
    undated: Vec<String>,
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

pub fn run(a: Args, g: &Global) -> anyhow::Result<u8> {
    let tables = g.tables()?;
    if let Some(p) = &a.published {
        parse_partial(p).map_err(|e| anyhow::anyhow!("--published: {e}"))?;
    }
    let mut summary = Summary::default();

    // the list of files, with manifest metadata
    let mut meta: HashMap<PathBuf, ManifestEntry> = HashMap::new();
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    if let Some(m) = &a.manifest {
        let display = m.display().to_string();
        let file = std::fs::File::open(m).with_context(|| format!("cannot read {display}"))?;
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
            if a.paths.is_empty() {
                files.push((e.path.clone(), e.path.display().to_string()));
            }
            meta.insert(key, e);
        }
    }
    for p in &a.paths {
        collect(p, &mut files, &mut summary.rejected);
    }
    if files.is_empty() && summary.rejected.is_empty() {
        anyhow::bail!("nothing to ingest: give files or directories, or --manifest FILE");
    }
    // a file that is not there is rejected before the database is opened: an ingest of
    // nothing but missing files creates no database
    files.retain(|(p, display)| {
        let there = p.as_os_str() == "-" || p.exists();
        if !there {
            summary
                .rejected
                .push(format!("{display}: no such file or directory"));
        }
        there
    });
    if files.is_empty() {
        for r in &summary.rejected {
            eprintln!("tollcheck: rejected: {r}");
        }
        return Ok(2);
    }
    let mut store = g.open()?;

    let extractor = Extractor::new(&tables);
    // Writing the tables is part of the first transaction that stores anything.
    let mut tables_synced = false;
    let progress = super::progress::bar(files.len() as u64, g.quiet, "files");
    for (path, display) in files {
        progress.set_message(display.clone());
        progress.inc(1);
        summary.files += 1;
        // a CSV/TSV claim sheet streams through the writer in batches: memory stays
        // bounded however many rows it has
        if let Some(rows) = sheet_stream(&path, &display)? {
            if let Err(e) = ingest_sheet_stream(
                rows,
                &path,
                &display,
                &a,
                &tables,
                &mut store,
                &mut tables_synced,
                &mut summary,
            ) {
                summary.rejected.push(format!("{e:#}"));
            }
            continue;
        }
        let t = tollcheck::store::Timer::new();
        let prepared = match prepare(
            &mut summary.undated,
            &path,
            &display,
            &a,
            &meta,
            &tables,
            &store,
        ) {
            Ok(p) => p,
            Err(e) => {
                summary.rejected.push(format!("{e:#}"));
                continue;
            }
        };
        if let Some(rows) = &prepared.corrections {
            let writer = Writer::begin(&mut store)?;
            match writer.record_corrections(&prepared.display, rows, &tables) {
                Ok(stats) => {
                    if !a.dry_run {
                        writer.commit()?;
                    }
                    if !stats.ignored.is_empty() {
                        let cols: Vec<String> = stats
                            .ignored
                            .iter()
                            .map(|(col, n)| format!("{col} ({})", count(*n, "row")))
                            .collect();
                        eprintln!(
                            "tollcheck: warning: {}: edits to {} are not applied: only {} are corrected; the other columns are the claim's provenance, or follow from those",
                            prepared.display,
                            cols.join(", "),
                            tollcheck::input::corrections::FIELDS.join(", ")
                        );
                    }
                    let c = &mut summary.corrections;
                    c.rows += stats.rows;
                    c.claims += stats.claims;
                    c.cells += stats.cells;
                    c.reverted += stats.reverted;
                }
                Err(e) => summary.rejected.push(e.to_string()),
            }
            continue;
        }
        t.lap("articles: read, checked, hashed");
        let writer = Writer::begin(&mut store)?;
        if !tables_synced {
            writer.sync_tables(&tables)?;
        }
        let (stats, failed) = write_prepared(&writer, &prepared, &extractor, &a, &tables);
        if let Some(f) = failed {
            drop(writer); // rolls back: nothing of this file is stored
            summary.rejected.push(f);
            continue;
        }
        t.lap("articles: extracted, written");
        if a.dry_run {
            drop(writer);
        } else {
            writer.commit()?;
            tables_synced = true;
            t.lap("articles: committed");
        }
        summary.documents += prepared.docs.len();
        summary.added += stats.0;
        summary.replaced += stats.1;
        summary.unchanged += stats.2;
        summary.claims += stats.3;
    }

    progress.finish_and_clear();
    let cfg = XrefConfig {
        window_days: a.window_days,
        ..XrefConfig::default()
    };
    if !a.dry_run {
        store.rebuild_xref(&tables, &cfg, false)?;
    }
    let (total_claims, events): (i64, i64) = store.conn.query_row(
        "SELECT (SELECT COUNT(*) FROM claim), (SELECT COUNT(*) FROM event)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    for r in &summary.rejected {
        eprintln!("tollcheck: rejected: {r}");
    }
    if !g.quiet && !summary.undated.is_empty() {
        eprintln!("tollcheck: warning: {}", undated_warning(&summary.undated));
    }
    let c = &summary.corrections;
    if !g.quiet && c.rows > 0 {
        eprintln!(
            "{}corrections: {} read, {} corrected, {} withdrawn, {} changed",
            if a.dry_run { "dry run: " } else { "" },
            count(c.rows, "row"),
            count(c.cells, "cell"),
            c.reverted,
            count(c.claims, "claim")
        );
    }
    if !g.quiet {
        eprintln!(
            "{}{} files, {} documents ({} new, {} replaced, {} unchanged), {} claims written; database: {} claims, {} events; {} rejected",
            if a.dry_run { "dry run: " } else { "" },
            summary.files,
            summary.documents,
            summary.added,
            summary.replaced,
            summary.unchanged,
            summary.claims,
            total_claims,
            events,
            summary.rejected.len()
        );
    }
    Ok(if summary.rejected.is_empty() { 0 } else { 2 })
}

/// The warning for articles with no published date: how many, which (the first few),
/// what follows (their claims' relative dates stay unknown) and how to give one.
fn undated_warning(names: &[String]) -> String {
    const NAMED: usize = 5;
    let mut list = names[..names.len().min(NAMED)].join(", ");
    if names.len() > NAMED {
        list.push_str(&format!(" and {} more", names.len() - NAMED));
    }
    format!(
        "{} with no published date ({list}): their claims get no date from \"on Saturday\" or \"yesterday\", and link badly. Give one in the article's front matter (`published: YYYY-MM-DD`), with --published DATE, or in a --manifest (path,outlet,published,url,title)",
        count(names.len(), "article")
    )
}

/// Counts of documents added, replaced, unchanged, and of claims written.
type Stats = (usize, usize, usize, usize);

/// Extracts and writes one file's documents: extraction runs in parallel over a chunk of
/// documents (pure text → claims) on the rayon threads while this thread writes the chunk
/// before it, in order. At most three chunks' extractions are held at once (one written,
/// one queued, one extracted): memory stays bounded, the file is still one transaction.
/// On a failed write, the reason (`file: document (error)`); the caller rolls back.
fn write_prepared(
    writer: &Writer<'_>,
    prepared: &Prepared,
    extractor: &Extractor<'_>,
    a: &Args,
    tables: &tollcheck::tables::Tables,
) -> (Stats, Option<String>) {
    let mut stats = (0, 0, 0, 0);
    let extract = |(doc, claims, _): &(Document, Option<Vec<Claim>>, String)| {
        (prepared.kind == DocumentKind::Article && (claims.is_some() || a.explain))
            .then(|| extractor.extract(doc))
    };
    let chunks = || prepared.docs.chunks(EXTRACT_CHUNK);
    // A file of new documents only goes in as a bulk load: the full-text trigger off (it
    // flushes a small index segment at every statement: about a fifth of this loop) and
    // the new claims indexed in one statement before the commit. A replaced document
    // deletes claims and a correction updates them: both need the triggers, so a file
    // with either goes in row by row.
    let names = prepared.docs.iter().map(|(d, _, _)| d.name.as_str());
    let bulk = match writer.all_new(names) {
        Ok(true) if !a.dry_run => match writer.bulk_load(0) {
            Ok(b) => Some(b),
            Err(e) => return (stats, Some(format!("{}: {e}", prepared.display))),
        },
        Ok(_) => None,
        Err(e) => return (stats, Some(format!("{}: {e}", prepared.display))),
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
            if a.explain {
                for ((doc, _, _), ex) in chunk.iter().zip(&extracted) {
                    if let Some(ex) = ex {
                        explain(doc, ex);
                    }
                }
            }
            for ((doc, claims, hash), ex) in chunk.iter().zip(extracted) {
                let claims: &[Claim] = match (claims, &ex) {
                    (None, _) => {
                        stats.2 += 1;
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
                    Ok(WriteOutcome::Added) => stats.0 += 1,
                    Ok(WriteOutcome::Replaced) => stats.1 += 1,
                    Ok(WriteOutcome::Unchanged) => stats.2 += 1,
                    // dropping the receiver stops the extraction
                    Err(e) => return Some(format!("{}: {} ({e})", prepared.display, doc.name)),
                }
                stats.3 += claims.len();
            }
        }
        None
    });
    if let (None, Some(bulk)) = (&failed, bulk) {
        if let Err(e) = bulk.finish() {
            return (stats, Some(format!("{}: {e}", prepared.display)));
        }
    }
    (stats, failed)
}

/// "1 row", "2 rows".
fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// Claims handed to the writer at a time when a sheet streams.
const SHEET_BATCH: usize = 4096;

type SheetRows = tollcheck::input::records::Delimited<std::io::BufReader<std::fs::File>>;

/// A CSV or TSV file whose header makes it a claim sheet, opened for streaming; `None`
/// for anything else (read whole, as before).
fn sheet_stream(path: &Path, display: &str) -> anyhow::Result<Option<SheetRows>> {
    use tollcheck::input::records::{Delimited, Format};
    let name = path.to_string_lossy();
    let delim = match Format::from_path(&name) {
        _ if path.as_os_str() == "-" || path.is_dir() => return Ok(None),
        Some(Format::Csv) => b',',
        Some(Format::Tsv) => b'\t',
        _ => return Ok(None),
    };
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(None); // the whole-file path names the error
    };
    // a header that is not UTF-8 or not CSV: the whole-file path names the error
    let Ok(rows) = Delimited::new(
        display,
        std::io::BufReader::with_capacity(1 << 20, file),
        delim,
    ) else {
        return Ok(None);
    };
    let sheet = tollcheck::input::sheet::is_sheet(&rows.columns)
        && !tollcheck::input::corrections::is_claims_export(&rows.columns);
    Ok(sheet.then_some(rows))
}

/// One claim sheet, streamed: checked and hashed, then written a batch at a time in one
/// transaction. A new sheet is written and hashed in one pass; a sheet stored before is
/// hashed first, and written only when its content changed.
#[allow(clippy::too_many_arguments)]
fn ingest_sheet_stream(
    rows: SheetRows,
    path: &Path,
    display: &str,
    a: &Args,
    tables: &tollcheck::tables::Tables,
    store: &mut tollcheck::store::Store,
    tables_synced: &mut bool,
    summary: &mut Summary,
) -> anyhow::Result<()> {
    use tollcheck::input::records::{check_delimited_file, Delimited, Format};
    use tollcheck::input::sheet::stream_sheet;
    use tollcheck::store::SheetHasher;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| display.to_string());
    let sheet_delim = match Format::from_path(&name) {
        Some(Format::Tsv) => b'\t',
        _ => b',',
    };
    let lines = check_delimited_file(display, path, sheet_delim)?;
    let doc = Document {
        name: name.clone(),
        title: Some(format!("claim sheet {name}")),
        ..Document::default()
    };
    let reopen = || -> anyhow::Result<SheetRows> {
        let delim = sheet_delim;
        let file = std::fs::File::open(path)
            .map_err(|e| InputError::new(display, 0, format!("cannot read: {e}")))?;
        Ok(Delimited::new(
            display,
            std::io::BufReader::with_capacity(1 << 20, file),
            delim,
        )?)
    };
    let stored: Option<String> = store
        .conn
        .prepare_cached("SELECT content_hash FROM document WHERE name = ?1")?
        .query_row([&name], |r| r.get(0))
        .ok();

    // a sheet stored before, or a dry run: read and hash it without writing
    let mut rows = Some(rows);
    let mut known_hash = None;
    if stored.is_some() || a.dry_run {
        let mut hasher = SheetHasher::new(&doc, DocumentKind::Sheet);
        let mut n = 0;
        let mut r = rows.take().expect("rows");
        stream_sheet::<_, anyhow::Error>(display, &mut r, &tables.vague, SHEET_BATCH, |b| {
            hasher.add(&b);
            n += b.len();
            Ok(())
        })?;
        let hash = hasher.finish();
        summary.documents += 1;
        if stored.as_deref() == Some(hash.as_str()) {
            summary.unchanged += 1;
            return Ok(());
        }
        if a.dry_run {
            if stored.is_some() {
                summary.replaced += 1;
            } else {
                summary.added += 1;
            }
            summary.claims += n;
            return Ok(());
        }
        summary.documents -= 1;
        known_hash = Some(hash);
    }

    let writer = Writer::begin(store)?;
    if !*tables_synced {
        writer.sync_tables(tables)?;
    }
    let placeholder = known_hash.clone().unwrap_or_default();
    let Some((id, outcome)) =
        writer.begin_document(&doc, DocumentKind::Sheet, display, &placeholder)?
    else {
        summary.documents += 1;
        summary.unchanged += 1;
        return Ok(());
    };
    let r = match rows.take() {
        Some(r) => r,
        None => reopen()?,
    };
    let t = tollcheck::store::Timer::new();
    let bulk = writer.bulk_load(lines as u64)?;
    // two threads: one reads, checks and hashes rows, the other writes them; batches pass
    // through a short queue, so memory stays bounded
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Claim>>(4);
    let hash_here = known_hash.is_none();
    let vague = &tables.vague;
    let doc_ref = &doc;
    let (read, written) = std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let mut r = r;
            let mut hasher = SheetHasher::new(doc_ref, DocumentKind::Sheet);
            let res = stream_sheet::<_, anyhow::Error>(display, &mut r, vague, SHEET_BATCH, |b| {
                if hash_here {
                    hasher.add(&b);
                }
                // the writer hung up: it failed, and says why
                tx.send(b)
                    .map_err(|_| anyhow::anyhow!("the writer stopped"))
            });
            res.map(|()| hasher.finish())
        });
        let mut n = 0;
        let mut written: anyhow::Result<usize> = Ok(0);
        for b in rx {
            if let Err(e) = writer.insert_claims(id, n, &doc, &b, Method::Sheet, tables) {
                written = Err(anyhow::anyhow!("{display}: {name} ({e})"));
                break; // drops the receiver: the reader stops
            }
            n += b.len();
            written = Ok(n);
        }
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the reader panicked")));
        (read, written)
    });
    let (hash, n) = match (read, written) {
        (_, Err(e)) | (Err(e), Ok(_)) => {
            drop(bulk);
            drop(writer); // rolls back: nothing of this file is stored
            return Err(e);
        }
        (Ok(h), Ok(n)) => (h, n),
    };
    t.lap("sheet: read, checked, hashed, written");
    bulk.finish()?;
    t.lap("sheet: bulk load finished");
    writer.finish_document(id, &doc, tables)?;
    if known_hash.is_none() {
        writer.set_hash(id, &hash)?;
    }
    writer.commit()?;
    t.lap("sheet: committed");
    *tables_synced = true;
    summary.documents += 1;
    match outcome {
        WriteOutcome::Added => summary.added += 1,
        WriteOutcome::Replaced => summary.replaced += 1,
        WriteOutcome::Unchanged => summary.unchanged += 1,
    }
    summary.claims += n;
    Ok(())
}

fn canonical(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Expands directories (recursively, sorted, following no links into loops).
fn collect(p: &Path, files: &mut Vec<(PathBuf, String)>, rejected: &mut Vec<String>) {
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
            Err(e) => rejected.push(format!(
                "{}: cannot walk the directory: {e}",
                e.path().unwrap_or(p).display()
            )),
        }
    }
}

fn prepare(
    undated: &mut Vec<String>,
    path: &Path,
    display: &str,
    a: &Args,
    meta: &HashMap<PathBuf, ManifestEntry>,
    tables: &tollcheck::tables::Tables,
    store: &tollcheck::store::Store,
) -> anyhow::Result<Prepared> {
    let (bytes, name) = if path.as_os_str() == "-" {
        let b = input::read_limited(display, "stdin.txt", std::io::stdin(), None)?;
        (b, "stdin.txt".to_string())
    } else {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| display.to_string());
        (input::read_file(path, display, &name)?, name)
    };
    let loaded = input::load(display, &name, &bytes, tables)?;
    let m = meta.get(&canonical(path));
    let stored = |name: &str| -> anyhow::Result<Option<String>> {
        Ok(store
            .conn
            .prepare_cached("SELECT content_hash FROM document WHERE name = ?1")?
            .query_row([name], |r| r.get(0))
            .ok())
    };
    Ok(match loaded {
        Loaded::Articles(docs) => {
            let mut out = Vec::with_capacity(docs.len());
            for mut d in docs {
                if let Some(m) = m {
                    d.outlet = m.outlet.clone().or(d.outlet);
                    d.published = m.published.clone().or(d.published);
                    d.url = m.url.clone().or(d.url);
                    d.title = m.title.clone().or(d.title);
                }
                if a.outlet.is_some() {
                    d.outlet = a.outlet.clone();
                }
                if let Some(p) = &a.published {
                    d.published = parse_partial(p).ok();
                }
                if a.url.is_some() {
                    d.url = a.url.clone();
                }
                if d.published.is_none() {
                    undated.push(d.name.clone());
                }
                let hash = content_hash(&d, DocumentKind::Article, None);
                let unchanged = stored(&d.name)?.as_deref() == Some(hash.as_str());
                out.push((d, (!unchanged).then(Vec::new), hash));
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
            let doc = Document {
                name: name.clone(),
                title: Some(format!("claim sheet {name}")),
                ..Document::default()
            };
            let hash = content_hash(&doc, DocumentKind::Sheet, Some(&claims));
            let unchanged = stored(&doc.name)?.as_deref() == Some(hash.as_str());
            Prepared {
                display: display.to_string(),
                kind: DocumentKind::Sheet,
                method: Method::Sheet,
                docs: vec![(doc, (!unchanged).then_some(claims), hash)],
                corrections: None,
            }
        }
        Loaded::Dataset { rows, .. } => {
            let mut out = Vec::with_capacity(rows.len());
            for (d, claims) in rows {
                let hash = content_hash(&d, DocumentKind::Dataset, Some(&claims));
                let unchanged = stored(&d.name)?.as_deref() == Some(hash.as_str());
                out.push((d, (!unchanged).then_some(claims), hash));
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

fn explain(doc: &Document, ex: &Extraction) {
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
        println!("{}:{}: {verdict} {:?}: {reason}", doc.name, line, d.written);
    }
}
