//! Corrections: a claims table written by `tollcheck export claims`, edited in a
//! spreadsheet and read back. Recognised by its columns (claim_id, quantity, outcome and
//! method); each row names a stored claim, and its cells in [`FIELDS`] are the values the
//! analyst wants. Whether a cell changed is decided against the database (`store`); here
//! each cell is only read and checked, so that a bad one is reported as `file:line`.

use super::records::{Record, Table};
use super::InputError;
use crate::model::{Outcome, Scope};
use crate::normalize::date::parse_partial;
use crate::quantity::{self, VagueTable};
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

/// True for the columns of `export claims`: claim_id, quantity, outcome and method.
pub fn is_claims_export(columns: &[String]) -> bool {
    ["claim_id", "quantity", "outcome", "method"]
        .iter()
        .all(|n| columns.iter().any(|c| c == n))
}

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

/// Undoes the export's formula safety: `'=x` → `=x` (and for + - @ tab CR).
pub fn unescape(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => s,
    }
}

fn cell(r: &Record, name: &str) -> Option<String> {
    r.get(name)
        .map(unescape)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

pub fn read_corrections(
    path: &str,
    table: &Table,
    vague: &VagueTable,
) -> Result<Vec<CorrectionRow>, InputError> {
    table
        .records
        .iter()
        .map(|r| read_row(path, r, table, vague))
        .collect()
}

fn read_row(
    path: &str,
    r: &Record,
    table: &Table,
    vague: &VagueTable,
) -> Result<CorrectionRow, InputError> {
    let err = |reason: String| InputError::new(path, r.line, reason);
    let whole = |col: &str| -> Result<Option<i64>, InputError> {
        cell(r, col)
            .map(|v| {
                // a spreadsheet may write 12 as 12.0
                let t = v.strip_suffix(".0").unwrap_or(&v);
                t.parse::<i64>()
                    .map_err(|_| err(format!("{col}: expected a whole number, found {v:?}")))
            })
            .transpose()
    };
    let claim_id = whole("claim_id")?.ok_or_else(|| {
        err("claim_id: expected the id of a stored claim, found an empty cell (rows added in a spreadsheet are not claims: add them to a claim sheet)".into())
    })?;
    let mut cells = BTreeMap::new();
    for &f in FIELDS {
        if !table.columns.iter().any(|c| c == f) {
            continue;
        }
        let v = cell(r, f);
        match (f, &v) {
            ("outcome", None) => {
                return Err(err(
                    "outcome: expected an outcome, found an empty cell".into()
                ))
            }
            ("quantity", None) => {
                return Err(err(
                    "quantity: expected a quantity, found an empty cell".into()
                ))
            }
            ("outcome", Some(o)) => {
                let o: Outcome = o
                    .parse()
                    .map_err(|e: String| err(format!("outcome: expected {e}")))?;
                cells.insert(f, Some(o.as_str().to_string()));
                continue;
            }
            ("quantity", Some(q)) => {
                quantity::parse(q, vague).map_err(|e| err(format!("quantity: {e}")))?;
            }
            ("scope", Some(s)) => {
                let s: Scope = s
                    .parse()
                    .map_err(|e: String| err(format!("scope: expected {e}")))?;
                cells.insert(f, Some(s.as_str().to_string()));
                continue;
            }
            ("event_date", Some(d)) if spreadsheet_dates(d).is_empty() => {
                return Err(err(format!(
                    "event_date: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY), found {d:?}"
                )));
            }
            _ => {}
        }
        cells.insert(f, v);
    }
    Ok(CorrectionRow {
        line: r.line,
        claim_id,
        input: cell(r, "input"),
        seq: whole("seq")?,
        sentence: cell(r, "sentence"),
        cells,
        kept: KEPT
            .iter()
            .filter(|k| table.columns.iter().any(|c| c == *k))
            .map(|&k| (k, cell(r, k)))
            .collect(),
    })
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

    #[test]
    fn formula_safety_is_undone() {
        assert_eq!(unescape("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unescape("'-5 more"), "-5 more");
        assert_eq!(unescape("'tis"), "'tis");
    }

    #[test]
    fn an_export_is_recognised_by_its_columns() {
        let cols = |s: &str| s.split(',').map(str::to_string).collect::<Vec<_>>();
        assert!(is_claims_export(&cols(
            "claim_id,document,outcome,quantity,method"
        )));
        assert!(!is_claims_export(&cols("document,outcome,quantity")));
    }
}
