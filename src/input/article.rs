//! Articles: `.txt` `.md` `.html` files (with optional front matter), article collections
//! (JSONL/JSON/CSV/TSV with a `text` or `body` field) and manifests.

use super::records::Table;
use super::InputError;
use crate::model::Document;
use std::path::{Path, PathBuf};

/// One article from a `.txt`, `.md` or `.html` file. `name` is the document name (the file
/// name). Front matter (`---` lines of `key: value`) supplies title, outlet, published, url,
/// language; HTML is reduced to its text.
pub fn read_article(path: &str, name: &str, bytes: &[u8]) -> Result<Document, InputError> {
    let _ = (name, bytes);
    Err(InputError::new(path, 0, "article files are not read yet"))
}

/// An article collection: one article a record; `id` (else the line or row number) names it.
pub fn read_collection(path: &str, table: &Table) -> Result<Vec<Document>, InputError> {
    let _ = table;
    Err(InputError::new(
        path,
        0,
        "article collections are not read yet",
    ))
}

/// One row of a manifest (CSV: path, outlet, published, url, title).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManifestEntry {
    /// Resolved against the manifest's folder.
    pub path: PathBuf,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

pub fn read_manifest(path: &Path, bytes: &[u8]) -> Result<Vec<ManifestEntry>, InputError> {
    let _ = bytes;
    Err(InputError::new(
        path.display().to_string(),
        0,
        "manifests are not read yet",
    ))
}
