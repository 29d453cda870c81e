//! An analyst's correction of a stored claim's cells: what `input::corrections` reads
//! from an edited `export claims` file and what `store` applies. Plain types and rules
//! shared by both, so that the store imports nothing from `input` (nor `render`).

use crate::normalize::date::parse_partial;
use std::collections::BTreeMap;

/// The cells of an exported claim that an analyst can correct. Everything else in the row
/// (document, sentence, span, method, ...) is provenance and stays as stored.
pub const FIELDS: &[&str] = &[
    "claimant",
    "via",
    "victims",
    "outcome",
    "quantity",
    "scope",
    "place",
    "event_date",
];

/// Columns of the export that stay as stored whatever the file says (provenance and the
/// document's metadata); an edit to one is reported, not applied. Columns derived from
/// the correctable ones (qualifier, low, high, victim_group, as_of, event) are not listed:
/// they follow their source cell.
pub const KEPT: &[&str] = &[
    "document",
    "outlet",
    "published",
    "period",
    "adversary",
    "span_start",
    "span_end",
    "method",
];

/// One row of an edited claims export.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionRow {
    pub line: usize,
    pub claim_id: i64,
    /// The input document's name and the claim's seq in it (exported since schema V2).
    pub input: Option<String>,
    pub seq: Option<i64>,
    /// The sentence as exported, to check the row still names the same claim.
    pub sentence: Option<String>,
    /// field → cell (None = empty). Only the [`FIELDS`] columns the file has.
    pub cells: BTreeMap<&'static str, Option<String>>,
    /// The [`KEPT`] columns the file has, to report edits that are not applied.
    pub kept: BTreeMap<&'static str, Option<String>>,
}

/// The ISO dates a date cell can stand for. ISO (`2016-04-12`, `2016-04`, `2016`) is one
/// date; a spreadsheet's own rendering of an ISO date (`4/12/2016`, `12/04/2016`,
/// `04/12/16`) may be month-first or day-first, so it gives both readings.
pub fn spreadsheet_dates(s: &str) -> Vec<String> {
    let s = s.trim();
    if let Ok(d) = parse_partial(s) {
        return vec![d];
    }
    // a date with a time of day, as some spreadsheets write it
    if let Some((d, _)) = s.split_once([' ', 'T']) {
        if let Ok(d) = parse_partial(d) {
            return vec![d];
        }
    }
    let parts: Vec<&str> = s.split(['/', '.', '-']).collect();
    let [a, b, y] = parts[..] else {
        return Vec::new();
    };
    let (Ok(a), Ok(b), Ok(mut y)) = (a.parse::<u32>(), b.parse::<u32>(), y.parse::<i32>()) else {
        return Vec::new();
    };
    if y < 100 {
        y += if y < 70 { 2000 } else { 1900 };
    }
    let mut out = Vec::new();
    for (m, d) in [(a, b), (b, a)] {
        let iso = format!("{y:04}-{m:02}-{d:02}");
        if parse_partial(&iso).as_deref() == Ok(iso.as_str()) && !out.contains(&iso) {
            out.push(iso);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_dates_read_both_ways() {
        assert_eq!(spreadsheet_dates("2016-04-12"), ["2016-04-12"]);
        assert_eq!(spreadsheet_dates("2016-04"), ["2016-04"]);
        assert_eq!(spreadsheet_dates("4/12/2016"), ["2016-04-12", "2016-12-04"]);
        assert_eq!(spreadsheet_dates("04/13/16"), ["2016-04-13"]);
        // dotted dates are day-first, as the date parser reads them in articles
        assert_eq!(spreadsheet_dates("12.04.2016"), ["2016-04-12"]);
        assert_eq!(spreadsheet_dates("2016-04-12 00:00:00"), ["2016-04-12"]);
        assert!(spreadsheet_dates("next week").is_empty());
        assert!(spreadsheet_dates("31/31/2016").is_empty());
    }
}
