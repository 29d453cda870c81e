//! Analysts' corrections of claim cells. A correction is stored by the claim's input
//! document name and seq (which outlive the claim rows: a changed document has its claims
//! deleted and written again) with the claim as first read (`orig_*`), and applied whenever
//! the claim is written. The corrected claim keeps its provenance (document, sentence,
//! span, method); `claim.corrected` records what was changed, from what, by which
//! correction.

use super::{normalise_group, ClaimId, DocumentId, Result, StoreError, Writer};
use crate::correction::{spreadsheet_dates, CorrectionRow, KEPT};
use crate::tables::{AliasKind, Tables};
use rusqlite::{params, OptionalExtension};
use serde_json::{json, Map, Value};
use std::collections::HashSet;

/// What reading one corrections file did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CorrectionStats {
    /// Rows read.
    pub rows: usize,
    /// Claims whose corrections changed.
    pub claims: usize,
    /// Cells corrected (new or changed corrections).
    pub cells: usize,
    /// Corrections withdrawn: the cell was set back to its original value.
    pub reverted: usize,
    /// Edited cells of columns that are not corrected (provenance, document metadata):
    /// column → rows.
    pub ignored: std::collections::BTreeMap<&'static str, usize>,
}

/// A stored claim as the corrections see it.
struct Current {
    claim_id: ClaimId,
    document: String,
    seq: i64,
    sentence: Option<String>,
    corrected: Option<String>,
}

/// The claim's value of `field`, as stored (`raw`) and as exported (`shown`: the place is
/// exported canonical).
fn values(w: &Writer, claim_id: ClaimId, field: &str) -> Result<(Option<String>, Option<String>)> {
    let sql = match field {
        "claimant" => "SELECT claimant, claimant FROM claim WHERE claim_id = ?1",
        "via" => "SELECT via, via FROM claim WHERE claim_id = ?1",
        "victims" => "SELECT victims, victims FROM claim WHERE claim_id = ?1",
        "outcome" => "SELECT outcome, outcome FROM claim WHERE claim_id = ?1",
        "quantity" => "SELECT quantity, quantity FROM claim WHERE claim_id = ?1",
        "scope" => "SELECT scope, scope FROM claim WHERE claim_id = ?1",
        "place" => "SELECT place, COALESCE(place_norm, place) FROM claim WHERE claim_id = ?1",
        "event_date" => "SELECT event_date, event_date FROM claim WHERE claim_id = ?1",
        other => return Err(StoreError::Rejected(format!("{other} cannot be corrected"))),
    };
    let (raw, shown): (Option<String>, Option<String>) = w
        .tx()
        .prepare_cached(sql)?
        .query_row([claim_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let clean = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok((clean(raw), clean(shown)))
}

/// Whether a cell says the same as a stored value, allowing for what spreadsheets do to
/// cells: dates shown in the locale's format, thousands separators dropped.
fn same(field: &str, cell: Option<&str>, stored: Option<&str>) -> bool {
    match (cell, stored) {
        (None, None) => true,
        (Some(a), Some(b)) if a == b => true,
        (Some(a), Some(b)) if field == "event_date" => spreadsheet_dates(a)
            .iter()
            .any(|d| d == b || (d.starts_with(b) && matches!(&d[b.len()..], "-01" | "-01-01"))),
        (Some(a), Some(b)) if field == "quantity" => {
            let strip = |s: &str| s.replace([',', ' ', '\u{a0}'], "");
            strip(a) == strip(b)
        }
        _ => false,
    }
}

impl Writer<'_> {
    fn current(&self, row: &CorrectionRow) -> Result<Option<Current>> {
        const SELECT: &str = "SELECT c.claim_id, d.name, c.seq, c.sentence, c.corrected
             FROM claim c JOIN document d ON d.document_id = c.document_id";
        let map = |r: &rusqlite::Row| {
            Ok(Current {
                claim_id: r.get(0)?,
                document: r.get(1)?,
                seq: r.get(2)?,
                sentence: r.get(3)?,
                corrected: r.get(4)?,
            })
        };
        let tx = self.tx();
        if let (Some(input), Some(seq)) = (&row.input, row.seq) {
            return Ok(tx
                .prepare_cached(&format!("{SELECT} WHERE d.name = ?1 AND c.seq = ?2"))?
                .query_row(params![input, seq], map)
                .optional()?);
        }
        Ok(tx
            .prepare_cached(&format!("{SELECT} WHERE c.claim_id = ?1"))?
            .query_row([row.claim_id], map)
            .optional()?)
    }

    /// A cell of the claims view as `export claims` writes it (numbers as text).
    fn exported(&self, claim_id: ClaimId, col: &str) -> Result<Option<String>> {
        if !KEPT.contains(&col) {
            return Ok(None);
        }
        let cell = self
            .tx()
            .prepare_cached(&format!("SELECT \"{col}\" FROM claims WHERE claim_id = ?1"))?
            .query_row([claim_id], |r| {
                use rusqlite::types::ValueRef;
                Ok(match r.get_ref(0)? {
                    ValueRef::Null => None,
                    ValueRef::Integer(i) => Some(i.to_string()),
                    ValueRef::Real(f) => Some(f.to_string()),
                    ValueRef::Text(t) => Some(String::from_utf8_lossy(t).trim().to_string()),
                    ValueRef::Blob(b) => Some(format!("<{} bytes>", b.len())),
                })
            })?;
        Ok(cell.filter(|t| !t.is_empty()))
    }

    /// Records the corrections an edited claims export makes and applies them. A row that
    /// names no stored claim, or a claim that has changed since the export, rejects the
    /// file (`path:line: reason`; the caller rolls back).
    pub fn record_corrections(
        &self,
        path: &str,
        rows: &[CorrectionRow],
        tables: &Tables,
    ) -> Result<CorrectionStats> {
        self.forget_corrected();
        let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let mut stats = CorrectionStats {
            rows: rows.len(),
            ..CorrectionStats::default()
        };
        let mut seen = HashSet::new();
        for row in rows {
            let reject =
                |reason: String| StoreError::Rejected(format!("{path}:{}: {reason}", row.line));
            let Some(cur) = self.current(row)? else {
                let which = match (&row.input, row.seq) {
                    (Some(i), Some(s)) => format!("claim {s} of {i} (claim_id {})", row.claim_id),
                    _ => format!("claim_id {}", row.claim_id),
                };
                return Err(reject(format!(
                    "{which} is not in this database: an edited export corrects the claims of the database it came from (to read its rows as new claims, delete the claim_id column)"
                )));
            };
            if !seen.insert(cur.claim_id) {
                return Err(reject(format!(
                    "claim_id {} appears twice in the file",
                    row.claim_id
                )));
            }
            let words = |s: &Option<String>| {
                s.as_deref()
                    .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            };
            if row.sentence.is_some()
                && cur.sentence.is_some()
                && words(&row.sentence) != words(&cur.sentence)
            {
                return Err(reject(format!(
                    "claim_id {}: the sentence is not the stored claim's (was {} changed since the export? export again and redo the edit)",
                    row.claim_id, cur.document
                )));
            }
            for (&col, cell) in &row.kept {
                let stored = self.exported(cur.claim_id, col)?;
                let date = matches!(col, "published");
                let same_cell = same(
                    if date { "event_date" } else { col },
                    cell.as_deref(),
                    stored.as_deref(),
                );
                if !same_cell {
                    *stats.ignored.entry(col).or_default() += 1;
                }
            }
            let from: Map<String, Value> = cur
                .corrected
                .as_deref()
                .and_then(|j| serde_json::from_str(j).ok())
                .unwrap_or_default();
            let original_of = |field: &str, raw: Option<String>| -> Option<String> {
                match from.get(field) {
                    Some(v) => v["from"].as_str().map(str::to_string),
                    None => raw,
                }
            };
            let (_, orig_q) = values(self, cur.claim_id, "quantity")?;
            let (_, orig_o) = values(self, cur.claim_id, "outcome")?;
            let orig_quantity = original_of("quantity", orig_q).unwrap_or_default();
            let orig_outcome = original_of("outcome", orig_o).unwrap_or_default();

            let mut changed = false;
            for (&field, cell) in &row.cells {
                let (raw, shown) = values(self, cur.claim_id, field)?;
                if same(field, cell.as_deref(), shown.as_deref()) {
                    continue;
                }
                let original = original_of(field, raw);
                let existing: Option<i64> = self
                    .tx()
                    .prepare_cached(
                        "SELECT correction_id FROM claim_correction
                         WHERE document = ?1 AND seq = ?2 AND field = ?3",
                    )?
                    .query_row(params![cur.document, cur.seq, field], |r| r.get(0))
                    .optional()?;
                let reverts = same(field, cell.as_deref(), original.as_deref())
                    || (field == "place"
                        && cell.as_deref().map(|c| canonical_place(tables, c))
                            == original.as_deref().map(|o| canonical_place(tables, o)));
                if reverts {
                    if let Some(id) = existing {
                        self.tx()
                            .prepare_cached(
                                "DELETE FROM claim_correction WHERE correction_id = ?1",
                            )?
                            .execute([id])?;
                        stats.reverted += 1;
                        changed = true;
                    }
                    continue;
                }
                let value = match (field, cell) {
                    ("event_date", Some(d)) => {
                        let ds = spreadsheet_dates(d);
                        match &ds[..] {
                            [one] => Some(one.clone()),
                            _ => {
                                return Err(reject(format!(
                                    "event_date: {d:?} could be {}: write it as YYYY-MM-DD",
                                    ds.join(" or ")
                                )))
                            }
                        }
                    }
                    _ => cell.clone(),
                };
                self.tx()
                    .prepare_cached(
                        "INSERT INTO claim_correction(document, seq, field, value, original,
                           orig_quantity, orig_outcome, orig_sentence, source_path, source_line,
                           made_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                         ON CONFLICT(document, seq, field) DO UPDATE SET value = excluded.value,
                           source_path = excluded.source_path,
                           source_line = excluded.source_line, made_at = excluded.made_at",
                    )?
                    .execute(params![
                        cur.document,
                        cur.seq,
                        field,
                        value,
                        original,
                        orig_quantity,
                        orig_outcome,
                        cur.sentence,
                        path,
                        row.line as i64,
                        now
                    ])?;
                stats.cells += 1;
                changed = true;
            }
            if changed {
                self.reapply(cur.claim_id, &cur.document, cur.seq, tables)
                    .map_err(|e| reject(e.to_string()))?;
                stats.claims += 1;
            }
        }
        Ok(stats)
    }

    /// Applies the stored corrections to the claims of a document just written. A
    /// correction whose claim is no longer at its seq follows it to the nearest claim with
    /// the same original quantity, outcome and sentence; with none, it waits. Returns the
    /// number of claims corrected.
    pub fn apply_corrections(
        &self,
        doc_id: DocumentId,
        doc_name: &str,
        tables: &Tables,
    ) -> Result<usize> {
        let groups: Vec<(i64, String, String, Option<String>)> = self
            .tx()
            .prepare_cached(
                "SELECT DISTINCT seq, orig_quantity, orig_outcome, orig_sentence
                 FROM claim_correction WHERE document = ?1 ORDER BY seq",
            )?
            .query_map([doc_name], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut used = HashSet::new();
        let mut targets = Vec::new();
        for (seq, q, o, sentence) in groups {
            let at_seq: Option<ClaimId> = self
                .tx()
                .prepare_cached(
                    "SELECT claim_id FROM claim WHERE document_id = ?1 AND seq = ?2
                     AND quantity = ?3 AND outcome = ?4 AND sentence IS ?5",
                )?
                .query_row(params![doc_id, seq, q, o, sentence], |r| r.get(0))
                .optional()?
                .filter(|id| !used.contains(id));
            let target = match at_seq {
                Some(id) => Some((id, seq)),
                None => self
                    .tx()
                    .prepare_cached(
                        "SELECT claim_id, seq FROM claim WHERE document_id = ?1
                         AND quantity = ?2 AND outcome = ?3 AND sentence IS ?4
                         ORDER BY abs(seq - ?5), seq",
                    )?
                    .query_map(params![doc_id, q, o, sentence, seq], |r| {
                        Ok((r.get::<_, ClaimId>(0)?, r.get::<_, i64>(1)?))
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?
                    .into_iter()
                    .find(|(id, _)| !used.contains(id)),
            };
            if let Some((claim_id, new_seq)) = target {
                used.insert(claim_id);
                targets.push((seq, claim_id, new_seq));
            }
        }
        // corrections that moved with their claim: through negative seqs, so that no two
        // share a (document, seq, field) on the way
        let moved: Vec<(i64, i64)> = targets
            .iter()
            .filter(|(old, _, new)| old != new)
            .map(|(old, _, new)| (*old, *new))
            .collect();
        // share a (document, seq, field) on the way. A waiting correction of the same cell
        // at the seq a live one moves to gives way (OR REPLACE): its claim is gone.
        let tx = self.tx();
        for (old, _) in &moved {
            tx.prepare_cached(
                "UPDATE claim_correction SET seq = ?3 WHERE document = ?1 AND seq = ?2",
            )?
            .execute(params![doc_name, old, -1 - old])?;
        }
        for (old, new) in &moved {
            tx.prepare_cached(
                "UPDATE OR REPLACE claim_correction SET seq = ?3 WHERE document = ?1 AND seq = ?2",
            )?
            .execute(params![doc_name, -1 - old, new])?;
        }
        for (_, claim_id, seq) in &targets {
            self.reapply(*claim_id, doc_name, *seq, tables)?;
        }
        Ok(used.len())
    }

    /// Sets a claim's corrected fields back to their originals, then applies the
    /// corrections stored for (document, seq).
    fn reapply(&self, claim_id: ClaimId, document: &str, seq: i64, tables: &Tables) -> Result<()> {
        let tx = self.tx();
        let before: Option<String> = tx
            .prepare_cached("SELECT corrected FROM claim WHERE claim_id = ?1")?
            .query_row([claim_id], |r| r.get(0))?;
        let before: Map<String, Value> = before
            .as_deref()
            .and_then(|j| serde_json::from_str(j).ok())
            .unwrap_or_default();
        for (field, v) in &before {
            self.set_field(claim_id, field, v["from"].as_str(), tables)?;
        }
        let corrections: Vec<(i64, String, Option<String>, Option<String>)> = tx
            .prepare_cached(
                "SELECT correction_id, field, value, original FROM claim_correction
                 WHERE document = ?1 AND seq = ?2 ORDER BY field",
            )?
            .query_map(params![document, seq], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut after = Map::new();
        for (id, field, value, original) in corrections {
            self.set_field(claim_id, &field, value.as_deref(), tables)?;
            after.insert(field, json!({"from": original, "to": value, "id": id}));
        }
        let after = (!after.is_empty()).then(|| Value::Object(after).to_string());
        tx.prepare_cached("UPDATE claim SET corrected = ?2 WHERE claim_id = ?1")?
            .execute(params![claim_id, after])?;
        Ok(())
    }

    fn set_field(
        &self,
        claim_id: ClaimId,
        field: &str,
        value: Option<&str>,
        tables: &Tables,
    ) -> Result<()> {
        let tx = self.tx();
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        let exec = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<()> {
            tx.prepare_cached(sql)?.execute(p)?;
            Ok(())
        };
        match field {
            "claimant" => {
                let id = match value {
                    Some(name) => {
                        let canon = tables
                            .aliases
                            .canonical(AliasKind::Source, name)
                            .unwrap_or(name)
                            .to_string();
                        Some(self.source_id(&canon)?)
                    }
                    None => None,
                };
                exec(
                    "UPDATE claim SET claimant = ?2, claimant_id = ?3 WHERE claim_id = ?1",
                    &[&claim_id, &value, &id],
                )
            }
            "via" => exec(
                "UPDATE claim SET via = ?2 WHERE claim_id = ?1",
                &[&claim_id, &value],
            ),
            "victims" => {
                let v = value.unwrap_or("");
                exec(
                    "UPDATE claim SET victims = ?2, victim_group = ?3 WHERE claim_id = ?1",
                    &[&claim_id, &v, &normalise_group(tables, v)],
                )
            }
            "outcome" | "scope" => {
                let Some(v) = value else {
                    return Err(StoreError::Rejected(format!(
                        "{field}: expected a value, found an empty cell"
                    )));
                };
                exec(
                    &format!("UPDATE claim SET {field} = ?2 WHERE claim_id = ?1"),
                    &[&claim_id, &v],
                )
            }
            "quantity" => {
                let Some(v) = value else {
                    return Err(StoreError::Rejected(
                        "quantity: expected a quantity, found an empty cell".into(),
                    ));
                };
                let q = crate::quantity::parse(v, &tables.vague)
                    .map_err(|e| StoreError::Rejected(format!("quantity: {e}")))?;
                exec(
                    "UPDATE claim SET quantity = ?2, qualifier = ?3, low = ?4, high = ?5
                     WHERE claim_id = ?1",
                    &[&claim_id, &v, &q.qualifier.as_str(), &q.low, &q.high],
                )
            }
            "place" => {
                let norm = value.map(|p| canonical_place(tables, p));
                // the corrected place's point, level and country from the gazetteer
                let r = norm.as_deref().and_then(|p| {
                    let g = crate::places::Gazetteer::new(tables);
                    g.resolve_name(p).map(|k| g.place_ref(k))
                });
                let r = r.as_ref();
                // an analyst's place is one place: no regions summed (V18)
                exec("DELETE FROM claim_region WHERE claim_id = ?1", &[&claim_id])?;
                exec(
                    "UPDATE claim SET place = ?2, place_norm = ?3, place_id = ?4, latitude = ?5,
                       longitude = ?6, place_level = ?7, country = ?8,
                       place_basis = NULL, place_relation = NULL, place_from = NULL,
                       place_km = NULL, place_bearing = NULL WHERE claim_id = ?1",
                    &[
                        &claim_id,
                        &value,
                        &norm,
                        &r.map(|r| r.id.as_str()),
                        &r.and_then(|r| r.latitude),
                        &r.and_then(|r| r.longitude),
                        &r.map(|r| r.level.as_str()),
                        &r.and_then(|r| r.country.as_deref()),
                    ],
                )
            }
            "event_date" => exec(
                "UPDATE claim SET event_date = ?2, date_basis = NULL,
                   as_of = COALESCE(?2, published,
                     (SELECT d.published FROM document d WHERE d.document_id = claim.document_id))
                 WHERE claim_id = ?1",
                &[&claim_id, &value],
            ),
            other => Err(StoreError::Rejected(format!("{other} cannot be corrected"))),
        }
    }
}

fn canonical_place(tables: &Tables, p: &str) -> String {
    tables
        .aliases
        .canonical(AliasKind::Place, p)
        .map(str::to_string)
        .unwrap_or_else(|| p.trim().to_string())
}
