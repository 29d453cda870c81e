//! The rows that the store reads and `xref` and `render` work on: claims, events and
//! findings as plain values (no database here), and a table's cells.

use super::ids::{ClaimId, EventId, FindingId};
use serde::Serialize;

/// A stored claim with what cross-referencing needs.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ClaimRow {
    pub claim_id: ClaimId,
    /// Order within its input document: with `input`, a reference that survives re-ingest.
    pub seq: i64,
    pub document: String,
    pub input: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub claimant: Option<String>,
    /// Canonical claimant (through the source aliases).
    pub source: Option<String>,
    pub source_side: Option<String>,
    pub via: Option<String>,
    pub victims: String,
    pub victim_group: String,
    pub outcome: String,
    pub quantity: String,
    pub qualifier: String,
    pub low: Option<i64>,
    pub high: Option<i64>,
    pub scope: String,
    pub period: Option<String>,
    pub as_of: Option<String>,
    pub event_label: Option<String>,
    pub place: Option<String>,
    pub event_date: Option<String>,
    pub adversary: Option<String>,
    pub sentence: Option<String>,
    pub method: String,
    pub event_id: Option<EventId>,
    /// The document's URL, when known (a sheet row's cited document has none here).
    pub url: Option<String>,
}

impl ClaimRow {
    /// "input#seq": names the claim across re-ingests of an unchanged document.
    pub fn reference(&self) -> String {
        claim_reference(&self.input, self.seq)
    }

    /// The interval as text: "13", "≤13", "≥220", "360–440", "?".
    pub fn interval(&self) -> String {
        interval(self.low, self.high)
    }

    /// Who said it, as one phrase: "Revolutionary Guards official via Fars".
    pub fn attribution(&self) -> String {
        attribution(
            self.claimant.as_deref(),
            self.outlet.as_deref(),
            &self.document,
            self.via.as_deref(),
        )
    }
}

/// "input#seq": names a claim across re-ingests of an unchanged document.
pub fn claim_reference(input: &str, seq: i64) -> String {
    format!("{input}#{seq}")
}

/// An interval as text: "13", "≤13", "≥220", "360–440", "?".
pub fn interval(low: Option<i64>, high: Option<i64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if l == h => l.to_string(),
        (Some(l), Some(h)) => format!("{l}–{h}"),
        (Some(l), None) => format!("≥{l}"),
        (None, Some(h)) => format!("≤{h}"),
        (None, None) => "?".into(),
    }
}

/// Who said a claim, as one phrase: its claimant (else outlet, else document) via its relay.
pub fn attribution(
    claimant: Option<&str>,
    outlet: Option<&str>,
    document: &str,
    via: Option<&str>,
) -> String {
    let who = claimant.or(outlet).unwrap_or(document);
    match via {
        Some(v) => format!("{who} via {v}"),
        None => who.to_string(),
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventRow {
    pub event_id: EventId,
    pub label: String,
    pub kind: String,
    pub place: Option<String>,
    pub date_start: Option<String>,
    pub date_end: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FindingRow {
    pub finding_id: FindingId,
    pub kind: String,
    pub severity: String,
    pub event_id: Option<EventId>,
    pub outcome: Option<String>,
    pub victim_group: Option<String>,
    pub reason: String,
    pub claim_ids: Vec<ClaimId>,
}

/// How many claims and events the database holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub claims: i64,
    pub events: i64,
}

/// An analyst's correction to the linker (`tollcheck events merge|split|rename`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventCorrection {
    pub action: String,
    pub event_key: String,
    pub target: Option<String>,
    /// For split: claim references ("input#seq") separated by commas.
    pub claim_ref: Option<String>,
}

/// What the head of the report counts: each event's number of claims, every claim, and the
/// distinct documents they come from.
pub struct ClaimCounts {
    pub by_event: std::collections::HashMap<EventId, usize>,
    pub claims: usize,
    pub documents: usize,
    /// (event id, document number) of every claim in an event, sorted, each pair once:
    /// the documents of an event, numbered 0..documents (see `event_documents`).
    pub event_documents: Vec<(EventId, u32)>,
}

impl ClaimCounts {
    /// The numbers of the distinct documents an event's claims come from.
    pub fn event_documents(&self, event: EventId) -> impl Iterator<Item = u32> + '_ {
        let from = self.event_documents.partition_point(|p| p.0 < event);
        self.event_documents[from..]
            .iter()
            .take_while(move |p| p.0 == event)
            .map(|p| p.1)
    }
}

/// An event with a point, and what its claims say.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventPoint {
    pub event_id: EventId,
    pub label: String,
    pub kind: String,
    pub place: Option<String>,
    pub place_id: Option<String>,
    pub place_level: Option<String>,
    pub country: Option<String>,
    pub date_start: Option<String>,
    pub date_end: Option<String>,
    pub latitude: f64,
    pub longitude: f64,
    pub claims: i64,
    /// Per outcome: the lowest and highest figure claimed, and how many claims.
    pub outcomes: Vec<OutcomeFigures>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OutcomeFigures {
    pub outcome: String,
    pub low: Option<i64>,
    pub high: Option<i64>,
    pub claims: i64,
}

/// One cell of a table as SQLite holds it (a blob is shown by its length).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

/// Where a table's rows go as they are read (`sql`, `export`, `events list`): its column
/// names once, then each row's cells in the columns' order.
pub trait RowSink {
    type Error;
    fn columns(&mut self, names: Vec<String>) -> Result<(), Self::Error>;
    fn row(&mut self, cells: &[Cell]) -> Result<(), Self::Error>;
}
