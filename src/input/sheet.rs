//! Claim sheets: hand-coded claims in the columns of `seeds-claims.csv`, as CSV, TSV or
//! JSONL. Only `outcome` and `quantity` are required. A bad row rejects the whole sheet.

use super::records::{Cells, Table};
use super::InputError;
use crate::model::{Claim, Outcome, Qualifier, Scope};
use crate::normalize::date::parse_partial;
use crate::quantity::{self, VagueTable};
use std::collections::BTreeMap;

/// The columns tollcheck reads from a sheet; any other column is kept in `notes`.
pub const KNOWN_COLUMNS: &[&str] = &[
    "document",
    "outlet",
    "published",
    "claimant",
    "via",
    "victims",
    "outcome",
    "quantity",
    "qualifier",
    "low",
    "high",
    "event",
    "place",
    "event_date",
    "scope",
    "period",
    "quote",
    "sentence",
    "adversary",
];

/// True when the columns make a claim sheet (one with only one of the two required
/// columns is a sheet with a column missing, and is rejected as such).
pub fn is_sheet(columns: &[String]) -> bool {
    let has = |n: &str| columns.iter().any(|c| c == n);
    (has("quantity") || has("outcome")) && !has("text") && !has("body")
}

/// A claim read from a sheet, and the line it came from.
#[derive(Debug, Clone)]
pub struct SheetClaim {
    pub line: usize,
    pub claim: Claim,
}

pub fn read_sheet(
    path: &str,
    table: &Table,
    vague: &VagueTable,
) -> Result<Vec<SheetClaim>, InputError> {
    check_columns(path, &table.columns)?;
    table
        .records
        .iter()
        .map(|r| {
            read_row(path, r, vague).map(|claim| SheetClaim {
                line: r.line,
                claim,
            })
        })
        .collect()
}

fn check_columns(path: &str, columns: &[String]) -> Result<(), InputError> {
    for required in ["outcome", "quantity"] {
        if !columns.iter().any(|c| c == required) {
            return Err(InputError::new(
                path,
                1,
                format!(
                    "expected a column named {required:?} (a claim sheet needs outcome and quantity), found columns: {}",
                    columns.join(", ")
                ),
            ));
        }
    }
    Ok(())
}

/// A claim sheet read in batches of at most `batch` claims, each handed to `f` in order:
/// memory stays bounded however long the sheet. The first bad row stops the reading with
/// its error (batches already handed over are the caller's to undo).
pub fn stream_sheet<R: std::io::Read, E: From<InputError>>(
    path: &str,
    rows: &mut super::records::Delimited<R>,
    vague: &VagueTable,
    batch: usize,
    mut f: impl FnMut(Vec<Claim>) -> Result<(), E>,
) -> Result<(), E> {
    check_columns(path, &rows.columns)?;
    let mut claims = Vec::with_capacity(batch);
    while let Some(r) = rows.next_record()? {
        claims.push(read_row(path, &r, vague)?);
        if claims.len() >= batch {
            f(std::mem::replace(&mut claims, Vec::with_capacity(batch)))?;
        }
    }
    if !claims.is_empty() {
        f(claims)?;
    }
    Ok(())
}

fn read_row(path: &str, r: &impl Cells, vague: &VagueTable) -> Result<Claim, InputError> {
    let err = |reason: String| InputError::new(path, r.line(), reason);
    // a cell holds at most what a line of an article may (5 MB); of two, the first by name
    let mut too_large: Option<(String, usize)> = None;
    r.each(&mut |col, v| {
        if v.len() > super::article::MAX_LINE_BYTES
            && too_large.as_ref().is_none_or(|(c, _)| col < c.as_str())
        {
            too_large = Some((col.to_string(), v.len()));
        }
    });
    if let Some((col, len)) = too_large {
        return Err(err(format!(
            "{col}: expected a cell of at most {} MB, found {:.1} MB",
            super::article::MAX_LINE_BYTES / (1024 * 1024),
            len as f64 / (1024.0 * 1024.0)
        )));
    }
    let outcome: Outcome = r
        .get("outcome")
        .ok_or_else(|| err("expected an outcome, found an empty cell".into()))?
        .parse()
        .map_err(|e: String| err(format!("outcome: expected {e}")))?;
    let written = r
        .get("quantity")
        .ok_or_else(|| err("expected a quantity, found an empty cell".into()))?;
    let quantity = quantity::parse(written, vague).map_err(|e| err(format!("quantity: {e}")))?;

    // qualifier / low / high, when given, must agree with the parsed quantity
    if let Some(q) = r.get("qualifier") {
        let q: Qualifier = q
            .parse()
            .map_err(|e: String| err(format!("qualifier: expected {e}")))?;
        if q != quantity.qualifier {
            return Err(err(format!(
                "qualifier {q} does not agree with the quantity {written:?}, which reads as {}",
                quantity.qualifier
            )));
        }
    }
    for (col, parsed) in [("low", quantity.low), ("high", quantity.high)] {
        if let Some(v) = r.get(col) {
            let n: i64 = v
                .parse()
                .map_err(|_| err(format!("{col}: expected a whole number, found {v:?}")))?;
            if Some(n) != parsed {
                return Err(err(format!(
                    "{col} {n} does not agree with the quantity {written:?}, which reads as {col} {}",
                    parsed.map_or("(unbounded)".to_string(), |p| p.to_string())
                )));
            }
        }
    }

    let date = |col: &str| -> Result<Option<String>, InputError> {
        r.get(col)
            .map(|d| parse_partial(d).map_err(|e| err(format!("{col}: {e}"))))
            .transpose()
    };
    let published = date("published")?;
    let event_date = date("event_date")?;
    let scope = match r.get("scope") {
        Some(s) => s
            .parse::<Scope>()
            .map_err(|e| err(format!("scope: expected {e}")))?,
        None if quantity.increment => Scope::Increment,
        None if r.get("period").is_some() => Scope::Cumulative,
        None => Scope::Incident,
    };
    let text = |col: &str| r.get(col).map(str::to_string);

    let mut notes: BTreeMap<&str, &str> = BTreeMap::new();
    r.each(&mut |k, v| {
        if !KNOWN_COLUMNS.contains(&k) && !v.trim().is_empty() {
            notes.insert(k, v);
        }
    });

    let mut claim = Claim::new(quantity, outcome, text("victims").unwrap_or_default());
    claim.claimant = text("claimant");
    claim.via = text("via");
    claim.scope = scope;
    claim.period = text("period");
    claim.place = text("place");
    claim.event_date = event_date;
    claim.event = text("event");
    claim.adversary = text("adversary");
    claim.sentence = text("quote").or_else(|| text("sentence"));
    claim.cited_document = text("document");
    claim.outlet = text("outlet");
    claim.published = published;
    claim.notes = (!notes.is_empty()).then(|| serde_json::to_string(&notes).unwrap_or_default());
    Ok(claim)
}
