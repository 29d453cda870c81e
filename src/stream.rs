//! Extraction as a streaming filter (`tollcheck extract`): articles in, one claim record
//! per JSONL line out ([`crate::record`]), no database. Documents are read one at a time
//! (a JSONL or CSV collection a record at a time), extracted in parallel in chunks of
//! [`crate::ingest::EXTRACT_CHUNK`], and written in input order: memory holds one chunk
//! whatever the size of the input.

use crate::extract::Extractor;
use crate::ingest::{Ingest, EXTRACT_CHUNK};
use crate::input::article::ManifestEntry;
use crate::input::records::{check_delimited_file, object_record, BoundedLines, Delimited, Format};
use crate::input::{self, article, InputError};
use crate::model::{Document, Method};
use crate::record::document_records;
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// What stdin holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdinKind {
    /// An article collection, one JSON record a line.
    Jsonl,
    /// An article collection as CSV or TSV with a header.
    Csv,
    Tsv,
    /// One article.
    Text,
}

/// Why extraction stopped.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    #[error("writing claims")]
    Write(#[source] std::io::Error),
}

/// What an extraction run read and wrote.
#[derive(Debug, Default)]
pub struct StreamSummary {
    pub files: usize,
    pub documents: usize,
    pub claims: usize,
    /// Inputs that stopped at a bad record (the documents before it were written).
    pub rejected: Vec<crate::ingest::IngestError>,
}

/// Extracts documents a chunk at a time and writes their claim records.
pub struct Filter<'t, W: Write> {
    options: &'t Ingest<'t>,
    extractor: Extractor<'t>,
    out: W,
    chunk: Vec<Document>,
    /// The manifest's metadata for the input being read.
    manifest: Option<ManifestEntry>,
    /// Write a line for each document with no claim too (see
    /// [`crate::record::empty_document_record`]).
    pub empty_documents: bool,
    pub summary: StreamSummary,
}

impl<'t, W: Write> Filter<'t, W> {
    /// `options` gives the tables and the `outlet`/`published`/`url` overrides.
    pub fn new(options: &'t Ingest<'t>, out: W) -> Self {
        Filter {
            options,
            // the claims and signatures only: no `--explain` here
            extractor: Extractor::new(options.tables).explaining(false),
            out,
            chunk: Vec::with_capacity(EXTRACT_CHUNK),
            manifest: None,
            empty_documents: false,
            summary: StreamSummary::default(),
        }
    }

    /// Queues a document; a full chunk is extracted and written.
    pub fn push(&mut self, mut doc: Document) -> Result<(), StreamError> {
        if let Some(m) = &self.manifest {
            m.apply(&mut doc);
        }
        self.options.override_metadata(&mut doc);
        self.chunk.push(doc);
        if self.chunk.len() >= EXTRACT_CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    /// Extracts the queued documents in parallel and writes their records in order.
    pub fn flush(&mut self) -> Result<(), StreamError> {
        let tables = self.options.tables;
        let ex = &self.extractor;
        let empty = self.empty_documents;
        let lines: Vec<(usize, Vec<u8>)> = self
            .chunk
            .par_iter()
            .map(|doc| {
                let x = ex.extract(doc);
                let mut buf = Vec::new();
                let records = document_records(
                    doc,
                    &x.claims,
                    &x.signature,
                    Method::Extracted,
                    tables,
                    empty,
                );
                for r in records {
                    // a record of strings, numbers and nulls always serialises
                    if serde_json::to_writer(&mut buf, &r).is_ok() {
                        buf.push(b'\n');
                    }
                }
                (x.claims.len(), buf)
            })
            .collect();
        self.summary.documents += self.chunk.len();
        self.chunk.clear();
        for (n, buf) in lines {
            self.summary.claims += n;
            self.out.write_all(&buf).map_err(StreamError::Write)?;
        }
        Ok(())
    }

    /// Reads every input (files, directories, `-` for stdin, and with no path the
    /// articles of the options' manifest) and writes the claims of every article. An input
    /// with a bad record, or missing, is reported in the summary's `rejected` and the next
    /// input is read; an `Err` stopped the run (the manifest could not be read, or the
    /// claims could not be written).
    pub fn run(
        mut self,
        paths: &[PathBuf],
        stdin: StdinKind,
    ) -> Result<StreamSummary, crate::ingest::IngestError> {
        let inputs = self.options.inputs(paths)?;
        self.summary.rejected = inputs.rejected;
        for (path, display) in inputs.files {
            self.summary.files += 1;
            self.manifest = inputs.meta.get(&crate::ingest::canonical(&path)).cloned();
            if let Err(e) = self.read_input(&path, &display, stdin) {
                match e {
                    Failure::Input(e) => self.summary.rejected.push(e.into()),
                    Failure::Stream(e) => return Err(e.into()),
                }
            }
        }
        self.flush()?;
        self.out.flush().map_err(StreamError::Write)?;
        Ok(self.summary)
    }

    fn read_input(&mut self, path: &Path, display: &str, stdin: StdinKind) -> Result<(), Failure> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| display.to_string());
        if path.as_os_str() == "-" {
            let reader = std::io::stdin().lock();
            return match stdin {
                StdinKind::Jsonl => self.jsonl(display, "stdin", reader),
                StdinKind::Csv | StdinKind::Tsv | StdinKind::Text => {
                    let stdin_name = match stdin {
                        StdinKind::Csv => "stdin.csv",
                        StdinKind::Tsv => "stdin.tsv",
                        _ => "stdin.txt",
                    };
                    let bytes = input::read_limited(display, stdin_name, reader, None)?;
                    self.whole(display, stdin_name, &bytes)
                }
            };
        }
        match Format::from_path(&name) {
            Some(Format::Jsonl) => {
                let file = std::fs::File::open(path)
                    .map_err(|e| InputError::new(display, 0, format!("cannot read: {e}")))?;
                self.jsonl(
                    display,
                    &name,
                    std::io::BufReader::with_capacity(1 << 20, file),
                )
            }
            Some(f @ (Format::Csv | Format::Tsv)) => {
                let delim = if f == Format::Tsv { b'\t' } else { b',' };
                check_delimited_file(display, path, delim)?;
                let file = std::fs::File::open(path)
                    .map_err(|e| InputError::new(display, 0, format!("cannot read: {e}")))?;
                let mut rows = Delimited::new(
                    display,
                    std::io::BufReader::with_capacity(1 << 20, file),
                    delim,
                )?;
                if !rows.columns.iter().any(|c| c == "text" || c == "body") {
                    return Err(not_articles(display, &rows.columns).into());
                }
                let mut names = Names::default();
                while let Some(row) = rows.next_record()? {
                    let doc = article::collection_record(display, &name, &row)?;
                    names.check(display, &doc.name, row.line)?;
                    self.push(doc)?;
                }
                Ok(())
            }
            _ => {
                let bytes = input::read_file(path, display, &name)?;
                self.whole(display, &name, &bytes)
            }
        }
    }

    /// A JSONL article collection, a record at a time.
    fn jsonl(&mut self, display: &str, name: &str, reader: impl BufRead) -> Result<(), Failure> {
        let mut names = Names::default();
        let mut columns = Vec::new();
        for next in BoundedLines::new(display, reader) {
            let (n, line) = next?;
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(&line).map_err(|e| {
                InputError::new(display, n, format!("expected one JSON object a line: {e}"))
            })?;
            let rec = object_record(display, n, v, &mut columns)?;
            if !rec.fields.contains_key("text")
                && !rec.fields.contains_key("body")
                && !rec.fields.contains_key("sentences")
            {
                return Err(not_articles(display, &columns).into());
            }
            let doc = article::collection_record(display, name, &rec)?;
            names.check(display, &doc.name, n)?;
            self.push(doc)?;
        }
        Ok(())
    }

    /// A file read whole: one article, or a JSON collection.
    fn whole(&mut self, display: &str, name: &str, bytes: &[u8]) -> Result<(), Failure> {
        match input::load(display, name, bytes, self.options.tables)? {
            input::Loaded::Articles(docs) => {
                for d in docs {
                    self.push(d)?;
                }
                Ok(())
            }
            _ => Err(InputError::new(
                display,
                1,
                "expected articles (text files, or a collection with a text or body field), found claims or a dataset: ingest it instead",
            )
            .into()),
        }
    }
}

fn not_articles(display: &str, columns: &[String]) -> InputError {
    InputError::new(
        display,
        1,
        format!(
            "expected an article collection (a text or body field), found fields: {}",
            columns.join(", ")
        ),
    )
}

/// Each document of a collection once, as ingest wants it.
#[derive(Default)]
struct Names(HashMap<String, usize>);

impl Names {
    fn check(&mut self, display: &str, name: &str, line: usize) -> Result<(), InputError> {
        if let Some(first) = self.0.insert(name.to_string(), line) {
            return Err(InputError::new(
                display,
                line,
                format!(
                    "expected each document once, found {name:?} again (first on line {first})"
                ),
            ));
        }
        Ok(())
    }
}

enum Failure {
    Input(InputError),
    Stream(StreamError),
}

impl From<InputError> for Failure {
    fn from(e: InputError) -> Self {
        Failure::Input(e)
    }
}

impl From<StreamError> for Failure {
    fn from(e: StreamError) -> Self {
        Failure::Stream(e)
    }
}
