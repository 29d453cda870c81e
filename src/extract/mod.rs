//! Article text → candidate claims. Pure: no database, no I/O, so it runs in parallel
//! (rayon) over documents and on machines with no database at all.

use crate::model::{Claim, Document};
use crate::tables::Tables;
use serde::Serialize;

/// Why a candidate number was kept or dropped (`ingest --explain`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// Byte span of the number in the document text.
    pub start: usize,
    pub end: usize,
    pub written: String,
    pub kept: bool,
    pub reason: String,
}

/// What the extractor made of one document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extraction {
    pub claims: Vec<Claim>,
    pub decisions: Vec<Decision>,
}

/// Holds the compiled rules and tables; build once, share across threads.
pub struct Extractor<'t> {
    pub tables: &'t Tables,
}

impl<'t> Extractor<'t> {
    pub fn new(tables: &'t Tables) -> Self {
        Extractor { tables }
    }

    /// Every casualty claim in `doc`, with provenance, and a decision for every candidate.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let _ = doc;
        Extraction::default() // replaced by the extractor (issue 3)
    }
}
