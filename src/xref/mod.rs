//! Cross-referencing: claims → events (across documents) → findings. Pure: plain rows in,
//! plain results out; `store` persists them.

pub mod context;
pub mod event_type;
pub mod findings;
pub mod incidents;
pub mod link;
pub mod neighbourhood;
pub mod rows;

use crate::model::{ClaimId, EventCorrection};
use crate::tables::Tables;
use serde::Serialize;

/// Tunables of linking and findings.
#[derive(Debug, Clone)]
pub struct XrefConfig {
    /// Incident claims about one place this many days apart or less are one event.
    pub window_days: i64,
    /// Point figures this many times apart are a `divergence`.
    pub divergence_ratio: f64,
    /// Reports whose signatures are at least this similar (average cosine of their
    /// proper-noun TF-IDF vectors) are one event when their claims carry no place or date.
    pub context_similarity: f64,
}

impl Default for XrefConfig {
    fn default() -> Self {
        XrefConfig {
            window_days: 3,
            divergence_ratio: 1.4,
            context_similarity: 0.2,
        }
    }
}

/// Whether an event is one happening or a running total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Incident,
    Cumulative,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Incident => "incident",
            EventKind::Cumulative => "cumulative",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct LinkedEvent {
    /// Stable across rebuilds, so analysts' corrections and event ids survive re-ingest.
    pub key: String,
    pub label: String,
    pub kind: EventKind,
    pub place: Option<String>,
    /// Its first and last day (dates, not text: a million claims make a few hundred
    /// thousand events, and two strings each took 18 MB).
    #[serde(serialize_with = "day_text")]
    pub date_start: Option<chrono::NaiveDate>,
    #[serde(serialize_with = "day_text")]
    pub date_end: Option<chrono::NaiveDate>,
    pub claims: Vec<ClaimId>,
}

/// A day as the text it is stored as ("2016-05-06"), or null.
fn day_text<S: serde::Serializer>(
    day: &Option<chrono::NaiveDate>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match day {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
    pub fn parse(s: &str) -> Option<Severity> {
        [
            Severity::Info,
            Severity::Low,
            Severity::Medium,
            Severity::High,
        ]
        .into_iter()
        .find(|v| v.as_str() == s.trim().to_ascii_lowercase())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub kind: &'static str,
    pub severity: Severity,
    /// Index into `Linked::events`.
    pub event: usize,
    pub outcome: String,
    pub victim_group: String,
    pub claims: Vec<ClaimId>,
    /// One sentence: why.
    pub reason: String,
}

/// The finding kinds, mildest first: `--fail-on KIND` fails on this kind "or worse".
pub const FINDING_KINDS: &[&str] = &[
    "corroboration",
    "partisan",
    "divergence",
    "adversary_mismatch",
    "subgroup_exceeds",
    "toll_decrease",
    "numeric_conflict",
];

#[derive(Debug, Clone, Default, Serialize)]
pub struct Linked {
    pub events: Vec<LinkedEvent>,
    pub findings: Vec<Finding>,
    /// Why claims are in their events.
    pub why: link::Why,
}

/// Links claims into events and computes every finding.
pub fn cross_reference(
    claims: &rows::Claims,
    tables: &Tables,
    cfg: &XrefConfig,
    corrections: &[EventCorrection],
    terms: &rows::DocTerms,
) -> Linked {
    cross_reference_part(claims, None, tables, cfg, corrections, terms)
}

/// [`cross_reference`] of the claims not in `context` (by position in `claims`; see
/// [`link::link_part`]).
pub fn cross_reference_part(
    claims: &rows::Claims,
    context: Option<&[bool]>,
    tables: &Tables,
    cfg: &XrefConfig,
    corrections: &[EventCorrection],
    terms: &rows::DocTerms,
) -> Linked {
    let (events, why) = link::link_part(claims, context, tables, cfg, corrections, terms);
    let findings = findings::all(claims, &events, tables, cfg);
    Linked {
        events,
        findings,
        why,
    }
}
