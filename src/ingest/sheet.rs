//! A CSV or TSV claim sheet, streamed through the writer: memory stays bounded however
//! many rows it has.

use super::{file_name, Counts, Ingest, IngestError, Result, Summary};
use crate::input::records::{check_delimited_file, Delimited, Format};
use crate::input::sheet::stream_sheet;
use crate::input::InputError;
use crate::model::{Claim, Document, Method};
use crate::store::{DocumentKind, SheetHasher, Store, Timer, Writer};
use std::path::Path;

/// Claims handed to the writer at a time when a sheet streams.
const SHEET_BATCH: usize = 4096;

pub(super) type SheetRows = Delimited<std::io::BufReader<std::fs::File>>;

/// The document a claim sheet is stored as.
pub(super) fn sheet_document(name: &str) -> Document {
    Document {
        name: name.to_string(),
        title: Some(format!("claim sheet {name}")),
        ..Document::default()
    }
}

/// A CSV or TSV file whose header makes it a claim sheet, opened for streaming; `None`
/// for anything else (read whole).
pub(super) fn sheet_stream(path: &Path, display: &str) -> Option<SheetRows> {
    let name = path.to_string_lossy();
    let delim = match Format::from_path(&name) {
        _ if path.as_os_str() == "-" || path.is_dir() => return None,
        Some(Format::Csv) => b',',
        Some(Format::Tsv) => b'\t',
        _ => return None,
    };
    // unreadable: the whole-file path names the error
    let file = std::fs::File::open(path).ok()?;
    // a header that is not UTF-8 or not CSV: the whole-file path names the error
    let rows = Delimited::new(
        display,
        std::io::BufReader::with_capacity(1 << 20, file),
        delim,
    )
    .ok()?;
    let sheet = crate::input::sheet::is_sheet(&rows.columns)
        && !crate::input::corrections::is_claims_export(&rows.columns);
    sheet.then_some(rows)
}

/// One claim sheet, streamed: checked and hashed, then written a batch at a time in one
/// transaction. A new sheet is written and hashed in one pass; a sheet stored before is
/// hashed first, and written only when its content changed.
pub(super) fn ingest_sheet_stream(
    ingest: &Ingest<'_>,
    rows: SheetRows,
    path: &Path,
    display: &str,
    store: &mut Store,
    tables_synced: &mut bool,
    summary: &mut Summary,
) -> Result<()> {
    let tables = ingest.tables;
    let name = file_name(path, display);
    let sheet_delim = match Format::from_path(&name) {
        Some(Format::Tsv) => b'\t',
        _ => b',',
    };
    let lines = check_delimited_file(display, path, sheet_delim)?;
    let doc = sheet_document(&name);
    let reopen = || -> Result<SheetRows> {
        let file = std::fs::File::open(path)
            .map_err(|e| InputError::new(display, 0, format!("cannot read: {e}")))?;
        Ok(Delimited::new(
            display,
            std::io::BufReader::with_capacity(1 << 20, file),
            sheet_delim,
        )?)
    };
    let stored = store.stored_hash(&name)?;

    // a sheet stored before, or a dry run: read and hash it without writing
    let mut rows = Some(rows);
    let mut known_hash = None;
    if let Some(mut r) = rows.take().filter(|_| stored.is_some() || ingest.dry_run) {
        let mut hasher = SheetHasher::new(&doc, DocumentKind::Sheet);
        let mut n = 0;
        stream_sheet::<_, IngestError>(display, &mut r, &tables.vague, SHEET_BATCH, |b| {
            hasher.add(&b);
            n += b.len();
            Ok(())
        })?;
        let hash = hasher.finish();
        if stored.as_deref() == Some(hash.as_str()) {
            summary.documents += 1;
            summary.unchanged += 1;
            return Ok(());
        }
        if ingest.dry_run {
            let mut c = Counts {
                claims: n,
                ..Counts::default()
            };
            if stored.is_some() {
                c.replaced = 1;
            } else {
                c.added = 1;
            }
            c.add_to(summary);
            return Ok(());
        }
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
    let t = Timer::new();
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
            let res = stream_sheet::<_, IngestError>(display, &mut r, vague, SHEET_BATCH, |b| {
                if hash_here {
                    hasher.add(&b);
                }
                // the writer hung up: it failed, and says why
                tx.send(b).map_err(|_| IngestError::WriterStopped)
            });
            res.map(|()| hasher.finish())
        });
        let mut n = 0;
        let mut written: Result<usize> = Ok(0);
        for b in rx {
            if let Err(error) = writer.insert_claims(id, n, &doc, &b, Method::Sheet, tables) {
                written = Err(IngestError::Write {
                    file: display.to_string(),
                    document: name.clone(),
                    error,
                });
                break; // drops the receiver: the reader stops
            }
            n += b.len();
            written = Ok(n);
        }
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(IngestError::ReaderPanicked));
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
    let mut c = Counts {
        claims: n,
        ..Counts::default()
    };
    c.count(outcome);
    c.add_to(summary);
    Ok(())
}
