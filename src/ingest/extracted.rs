//! A JSONL file of claims written by `tollcheck extract` (recognised by its columns, see
//! [`crate::record::is_claim_record`]): each document's claims are stored with their
//! provenance (document, sentence, span, method), a document at a time, in one
//! transaction for the file. The documents are stored without their text, which the
//! file does not carry.

use super::{Counts, Ingest, IngestError, Result, Summary};
use crate::input::records::{BoundedLines, MAX_RECORD_BYTES};
use crate::input::InputError;
use crate::model::{Claim, Document, Method};
use crate::record::{is_claim_record, read_record};
use crate::store::{content_hash, DocumentKind, Store, Writer};
use serde_json::Value;
use std::collections::HashSet;
use std::io::{BufRead, Read};
use std::path::Path;

/// True when `path` is a `.jsonl`/`.ndjson` file whose first record has the columns of
/// an extracted claim.
pub fn is_extracted_claims(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if !matches!(ext.as_deref(), Some("jsonl" | "ndjson")) {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut lines =
        std::io::BufReader::new(std::io::Read::take(file, MAX_RECORD_BYTES as u64)).lines();
    let first = lines.find_map(|l| l.ok().filter(|l| !l.trim().is_empty()));
    first.is_some_and(|l| is_claim_line(&l))
}

/// True when `line` is a JSON object with the columns of an extracted claim.
fn is_claim_line(line: &str) -> bool {
    match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(m)) => {
            let keys: Vec<&str> = m.keys().map(String::as_str).collect();
            is_claim_record(&keys)
        }
        _ => false,
    }
}

/// The start of stdin, read to tell extracted claims (`tollcheck extract | tollcheck
/// ingest -`) from an article: up to its first line that is not blank (at most a record's
/// size). `claims` says whether that line is an extracted claim; `head` holds every byte
/// read, for whichever reader reads stdin on.
struct StdinHead {
    pub head: Vec<u8>,
    pub claims: bool,
}

impl StdinHead {
    pub fn read(mut stdin: impl BufRead) -> std::io::Result<StdinHead> {
        let mut head = Vec::new();
        loop {
            let from = head.len();
            let room = (MAX_RECORD_BYTES + 1).saturating_sub(from) as u64;
            let n = (&mut stdin).take(room).read_until(b'\n', &mut head)?;
            let line = &head[from..];
            if n == 0 || head.len() > MAX_RECORD_BYTES {
                return Ok(StdinHead {
                    head,
                    claims: false,
                });
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let claims = line.trim_ascii_start().starts_with(b"{")
                && std::str::from_utf8(line).is_ok_and(is_claim_line);
            return Ok(StdinHead { head, claims });
        }
    }
}

/// One document's claims as read, waiting to be written.
struct Pending {
    doc: Document,
    claims: Vec<Claim>,
    method: Method,
    signature: Option<Vec<(String, u32)>>,
}

/// The lines of extracted claims `path` holds, when it holds them: a `.jsonl` file whose
/// first record is an extracted claim (see [`is_extracted_claims`]), or stdin (`-`) whose
/// first line is one. `None` for any other input; what was read of stdin to tell is left in
/// `stdin_head`, for the article reader.
pub(super) fn claim_lines(
    path: &Path,
    display: &str,
    stdin_head: &mut Vec<u8>,
) -> Result<Option<Box<dyn BufRead>>> {
    let cannot_read = |e: std::io::Error| InputError::new(display, 0, format!("cannot read: {e}"));
    if path.as_os_str() == "-" {
        let head = StdinHead::read(std::io::stdin().lock()).map_err(cannot_read)?;
        if !head.claims {
            *stdin_head = head.head;
            return Ok(None);
        }
        let rest = std::io::Cursor::new(head.head).chain(std::io::stdin().lock());
        return Ok(Some(Box::new(rest)));
    }
    if !is_extracted_claims(path) {
        return Ok(None);
    }
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    Ok(Some(Box::new(std::io::BufReader::with_capacity(
        1 << 20,
        file,
    ))))
}

/// Reads and stores the lines of extracted claims `reader` gives (a file, or stdin). A bad
/// line rejects them all.
pub(super) fn ingest(
    ingest: &Ingest<'_>,
    reader: impl BufRead,
    display: &str,
    store: &mut Store,
    tables_synced: &mut bool,
    summary: &mut Summary,
) -> Result<()> {
    let tables = ingest.tables;
    let writer = Writer::begin(store)?;
    if !*tables_synced {
        writer.sync_tables(tables)?;
    }
    let mut counts = Counts::default();
    let mut seen: HashSet<String> = HashSet::new();
    let mut pending: Option<Pending> = None;
    let write = |p: Pending, counts: &mut Counts| -> Result<()> {
        let mut doc = p.doc;
        ingest.override_metadata(&mut doc);
        let hash = content_hash(&doc, DocumentKind::Article, Some(&p.claims));
        let outcome = writer
            .write_document(
                &doc,
                DocumentKind::Article,
                display,
                &hash,
                &p.claims,
                p.method,
                tables,
                p.signature.as_deref(),
            )
            .map_err(|error| IngestError::Write {
                file: display.to_string(),
                document: doc.name.clone(),
                error,
            })?;
        counts.count(outcome);
        if outcome != crate::store::WriteOutcome::Unchanged {
            counts.claims += p.claims.len();
        }
        Ok(())
    };
    for next in BoundedLines::new(display, reader) {
        let (n, line) = next?;
        if line.trim().is_empty() {
            continue;
        }
        let err = |reason: String| InputError::new(display, n, reason);
        let fields = match serde_json::from_str::<Value>(&line) {
            Ok(Value::Object(m)) => m,
            Ok(_) => return Err(err("expected one JSON object a line".into()).into()),
            Err(e) => return Err(err(format!("expected one JSON object a line: {e}")).into()),
        };
        let r = read_record(fields).map_err(err)?;
        match &mut pending {
            Some(p) if p.doc.name == r.document.name => {
                if p.signature.is_none() {
                    p.signature = r.signature;
                }
                p.claims.extend(r.claim);
            }
            _ => {
                if !seen.insert(r.document.name.clone()) {
                    return Err(err(format!(
                        "expected each document's claims together, found {:?} again (sort the file by document)",
                        r.document.name
                    ))
                    .into());
                }
                if let Some(p) = pending.replace(Pending {
                    doc: r.document,
                    claims: r.claim.into_iter().collect(),
                    method: r.method,
                    signature: r.signature,
                }) {
                    write(p, &mut counts)?;
                }
            }
        }
    }
    if let Some(p) = pending.take() {
        write(p, &mut counts)?;
    }
    if !ingest.dry_run {
        writer.commit()?;
        *tables_synced = true;
    }
    counts.add_to(summary);
    Ok(())
}
