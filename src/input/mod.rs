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
        return Err(InputError::new(
            display,
            0,
            format!(
                "expected an article (.txt .md .html), a claim sheet or collection (.csv .tsv .jsonl .json), found a .{ext} file"
            ),
        ));
    };
    let table = records::read(display, bytes, format)?;
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
