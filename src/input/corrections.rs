//! Corrections: a claims table written by `tollcheck export claims`, edited in a
//! spreadsheet and read back. Recognised by its columns (claim_id, quantity, outcome and
//! method); each row names a stored claim, and its cells in [`FIELDS`] are the values the
//! analyst wants. Whether a cell changed is decided against the database (`store`); here
//! each cell is only read and checked, so that a bad one is reported as `file:line`.

use super::records::{Record, Table};
use super::InputError;
pub use crate::correction::{spreadsheet_dates, CorrectionRow, FIELDS, KEPT};
use crate::model::{Outcome, Scope};
use crate::quantity::{self, VagueTable};
use std::collections::BTreeMap;

/// True for the columns of `export claims`: claim_id, quantity, outcome and method.
pub fn is_claims_export(columns: &[String]) -> bool {
    ["claim_id", "quantity", "outcome", "method"]
        .iter()
        .all(|n| columns.iter().any(|c| c == n))
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

#[cfg(test)]
mod tests {
    use super::*;

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
