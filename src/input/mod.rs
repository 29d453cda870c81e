//! Bytes → documents and sheet rows. The kind of each input is known from its extension
//! and header, never guessed silently.

pub mod article;
pub mod corrections;
pub mod gkg;
pub mod html;
pub mod importers;
pub mod manifest;
pub mod records;
pub mod sheet;
pub mod ucdp;

use std::fmt;

/// A rejected input: names the file, the line (0 when the whole file is at fault) and what
/// was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub line: usize,
    pub reason: String,
}

impl InputError {
    pub fn new(path: impl Into<String>, line: usize, reason: impl Into<String>) -> Self {
        InputError {
            path: path.into(),
            line,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.path, self.line, self.reason)
        } else {
            write!(f, "{}: {}", self.path, self.reason)
        }
    }
}

impl std::error::Error for InputError {}

/// Decodes bytes as UTF-8 (a leading BOM is dropped), naming the line of the first bad byte.
pub fn decode_utf8<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, InputError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        InputError::new(
            path,
            line,
            format!("expected UTF-8 text, found an invalid byte at offset {at}"),
        )
    })
}

/// The most bytes a table file (CSV, TSV, JSONL, JSON) may hold: 512 MB. Reading stops
/// there, so memory stays bounded whatever the input.
pub const MAX_TABLE_BYTES: usize = 512 * 1024 * 1024;

/// Reads one input, at most as many bytes as its kind may hold (an article:
/// `article::MAX_DOCUMENT_BYTES`; a table: `MAX_TABLE_BYTES`): a larger input is rejected
/// without being read whole. `size` is the file's size when known (for the message).
pub fn read_limited(
    display: &str,
    name: &str,
    r: impl std::io::Read,
    size: Option<u64>,
) -> Result<Vec<u8>, InputError> {
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let (limit, what) = if ARTICLE_EXTENSIONS.contains(&ext.as_str()) {
        (
            article::MAX_DOCUMENT_BYTES,
            "a document of at most 20 MB of text",
        )
    } else if records::Format::from_path(name).is_some() {
        (MAX_TABLE_BYTES, "a file of at most 512 MB")
    } else {
        // no kind to read it as: not a byte of it is read (`ingest /dev/zero`)
        return Err(unknown_kind(display, &ext));
    };
    read_capped(display, r, size, limit, what)
}

/// The most bytes a manifest may hold: 64 MB (some 500,000 articles).
pub const MAX_MANIFEST_BYTES: usize = 64 * 1024 * 1024;

/// Reads at most `limit` bytes of `r`: a larger input is rejected ("expected `what`,
/// found N MB") without being read whole, so memory stays bounded whatever the input
/// (a pipe, /dev/zero). `size` is the input's size when known (for the message).
pub fn read_capped(
    display: &str,
    r: impl std::io::Read,
    size: Option<u64>,
    limit: usize,
    what: &str,
) -> Result<Vec<u8>, InputError> {
    let too_large = |len: Option<u64>| {
        let found = len.map_or("more".to_string(), |n| {
            format!("{:.1} MB", n as f64 / (1024.0 * 1024.0))
        });
        InputError::new(display, 0, format!("expected {what}, found {found}"))
    };
    if size.is_some_and(|n| n > limit as u64) {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(size.map_or(0, |n| n as usize).min(limit));
    std::io::Read::read_to_end(&mut r.take(limit as u64 + 1), &mut bytes)
        .map_err(|e| InputError::new(display, 0, format!("cannot read: {e}")))?;
    if bytes.len() > limit {
        return Err(too_large(size));
    }
    Ok(bytes)
}

fn unknown_kind(display: &str, ext: &str) -> InputError {
    InputError::new(
        display,
        0,
        format!(
            "expected an article (.txt .md .html), a claim sheet or collection (.csv .tsv .jsonl .json), found a .{ext} file"
        ),
    )
}

/// Reads an input file with `read_limited`.
pub fn read_file(path: &Path, display: &str, name: &str) -> Result<Vec<u8>, InputError> {
    let f = std::fs::File::open(path)
        .map_err(|e| InputError::new(display, 0, format!("cannot read: {e}")))?;
    // a device or pipe reports no size of its own
    let size = f.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
    read_limited(display, name, f, size)
}

use crate::model::{Claim, Document};
use crate::tables::Tables;
use std::path::Path;

/// What one input file holds.
#[derive(Debug, Clone)]
pub enum Loaded {
    /// Articles whose claims are to be extracted.
    Articles(Vec<Document>),
    /// A claim sheet: hand-coded claims.
    Sheet(Vec<sheet::SheetClaim>),
    /// Rows of a known dataset (UCDP GED ...): each a document with its claims.
    Dataset {
        format: &'static str,
        rows: Vec<(Document, Vec<Claim>)>,
    },
    /// An edited `export claims` file: corrections to stored claims.
    Corrections(Vec<corrections::CorrectionRow>),
}

/// Extensions read as single articles.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// True when a directory walk should pick this file up.
pub fn is_input_path(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    ARTICLE_EXTENSIONS.contains(&ext.as_str())
        || records::Format::from_path(&format!("x.{ext}")).is_some()
}

/// Reads one input file. `display` is the path as the user gave it (for messages);
/// `name` the document name (the file name).
pub fn load(
    display: &str,
    name: &str,
    bytes: &[u8],
    tables: &Tables,
) -> Result<Loaded, InputError> {
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if ARTICLE_EXTENSIONS.contains(&ext.as_str()) {
        return article::read_article(display, name, bytes).map(|d| Loaded::Articles(vec![d]));
    }
    let Some(format) = records::Format::from_path(name) else {
        return Err(unknown_kind(display, &ext));
    };
    let table = records::read(display, bytes, format)?;
    if table.columns.is_empty() {
        // a JSON `[]` or `[{}]`: nothing to say which kind of input it is
        let what = if table.records.is_empty() {
            "expected at least one record, found none"
        } else {
            "expected records with fields (a claim sheet, an article collection or a dataset), found only empty objects"
        };
        return Err(InputError::new(display, 1, what));
    }
    if corrections::is_claims_export(&table.columns) {
        return corrections::read_corrections(display, &table, &tables.vague)
            .map(Loaded::Corrections);
    }
    if sheet::is_sheet(&table.columns) {
        return sheet::read_sheet(display, &table, &tables.vague).map(Loaded::Sheet);
    }
    if let Some(loaded) = importers::detect(display, &table)? {
        return Ok(loaded);
    }
    if table.columns.iter().any(|c| c == "text" || c == "body") {
        return article::read_collection(display, &table).map(Loaded::Articles);
    }
    Err(InputError::new(
        display,
        1,
        format!(
            "expected a claim sheet (columns quantity and outcome), an article collection (a text or body column) or a known dataset (UCDP GED), found columns: {}",
            table.columns.join(", ")
        ),
    ))
}
