//! Storing the cross-reference: events, each claim's event, findings. Linking runs again
//! only when what it reads changed since the last time (`xref_state`, migration V4), and
//! then writes only what differs: unchanged events and claims are not touched.

use super::write::{Timer, Writer};
use super::{Result, Store};
use crate::tables::Tables;
use crate::xref::rows::Claims;
use crate::xref::{Linked, XrefConfig};
use rusqlite::{params, Connection};
use std::collections::HashMap;

/// What linking reads besides the rows the triggers of `xref_state` watch: the number and
/// highest id of the claims and the number of document terms (rows added since), the data
/// tables, the settings and the linker itself.
fn fingerprint(conn: &Connection, tables: &Tables, cfg: &XrefConfig) -> Result<String> {
    let (claims, max_claim, terms): (i64, Option<i64>, i64) = conn.query_row(
        "SELECT (SELECT COUNT(*) FROM claim), (SELECT MAX(claim_id) FROM claim),
                (SELECT COUNT(*) FROM document_term)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    Ok(format!(
        "linker {}; {claims} claims up to #{}; {terms} terms; tables {}; window {} days, \
         divergence {}, context {}",
        env!("TOLLCHECK_XREF_SOURCE"),
        max_claim.unwrap_or(0),
        tables.digest,
        cfg.window_days,
        cfg.divergence_ratio,
        cfg.context_similarity
    ))
}

/// Whether the stored events and findings were linked from exactly this.
fn unchanged(conn: &Connection, fingerprint: &str) -> Result<bool> {
    let (stale, stored): (i64, Option<String>) = conn.query_row(
        "SELECT stale, fingerprint FROM xref_state WHERE id = 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(stale == 0 && stored.as_deref() == Some(fingerprint))
}

impl Store {
    /// Re-links every claim into events and recomputes the findings, in one transaction,
    /// unless nothing they depend on changed since the last time (`force` links anyway).
    /// Returns whether it linked.
    pub fn rebuild_xref(&mut self, tables: &Tables, cfg: &XrefConfig, force: bool) -> Result<bool> {
        // Read the claims inside the write transaction: read before it, another process's
        // ingest could commit in between, and this rebuild would then overwrite its fresh
        // events with ones that leave its claims out.
        let t = Timer::new();
        let w = Writer::begin(self)?;
        let fingerprint = fingerprint(w.tx(), tables, cfg)?;
        if !force && unchanged(w.tx(), &fingerprint)? {
            t.lap("xref: unchanged since the last linking");
            return Ok(false);
        }
        let claims = super::read::link_claims(w.tx())?;
        let corrections = super::read::event_corrections(w.tx())?;
        let terms = super::read::document_terms(w.tx())?;
        t.lap("xref: claims read");
        let linked = crate::xref::cross_reference(&claims, tables, cfg, &corrections, &terms);
        drop(terms);
        t.lap("xref: events linked, findings made");
        w.replace_xref(&linked, &claims)?;
        w.tx().execute(
            "UPDATE xref_state SET stale = 0, fingerprint = ?1 WHERE id = 1",
            [&fingerprint],
        )?;
        t.lap("xref: events and findings written");
        w.commit()?;
        t.lap("xref: committed");
        Ok(true)
    }
}

/// An event's stored columns besides its key.
type EventValues = (
    String,
    &'static str,
    Option<String>,
    Option<String>,
    Option<String>,
);

impl Writer<'_> {
    /// Replaces events and findings with a fresh cross-reference, writing only what
    /// changed: event ids are kept for events whose key is unchanged, an event row is
    /// written only when its label, kind, place or dates changed, a claim only when its
    /// event did.
    pub fn replace_xref(&self, linked: &Linked, claims: &Claims) -> Result<()> {
        let tx = self.tx();
        let t = Timer::new();
        // the links first: deleting a finding then finds no link rows to cascade to
        tx.execute("DELETE FROM finding_claim", [])?;
        tx.execute("DELETE FROM finding", [])?;
        t.lap("xref write: old findings deleted");
        // key → (id, values, whether this linking has it)
        let mut stored: HashMap<String, (i64, EventValues, bool)> = HashMap::new();
        {
            let mut stmt = tx.prepare(
                "SELECT event_id, event_key, label, kind, place, date_start, date_end FROM event",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let kind: String = r.get(3)?;
                // a kind this version does not write (edited by hand) never compares equal
                let kind = match kind.as_str() {
                    "incident" => "incident",
                    "cumulative" => "cumulative",
                    _ => "",
                };
                stored.insert(
                    r.get(1)?,
                    (
                        r.get(0)?,
                        (r.get(2)?, kind, r.get(4)?, r.get(5)?, r.get(6)?),
                        false,
                    ),
                );
            }
        }
        let mut ids = Vec::with_capacity(linked.events.len());
        // each claim's event, by its position in `claims`
        let mut assigned: Vec<Option<i64>> = vec![None; claims.rows().len()];
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO event(event_key, label, kind, place, date_start, date_end)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let mut update = tx.prepare_cached(
                "UPDATE event SET label = ?2, kind = ?3, place = ?4, date_start = ?5,
                   date_end = ?6 WHERE event_id = ?1",
            )?;
            for e in &linked.events {
                let values: EventValues = (
                    e.label.clone(),
                    e.kind.as_str(),
                    e.place.clone(),
                    e.date_start.clone(),
                    e.date_end.clone(),
                );
                let (l, k, p, s, d) = &values;
                let id = match stored.get_mut(&e.key) {
                    Some((id, old, live)) => {
                        if *old != values {
                            update.execute(params![*id, l, k, p, s, d])?;
                            *old = values;
                        }
                        *live = true;
                        *id
                    }
                    None => {
                        insert.execute(params![e.key, l, k, p, s, d])?;
                        let id = tx.last_insert_rowid();
                        stored.insert(e.key.clone(), (id, values, true));
                        id
                    }
                };
                for c in &e.claims {
                    if let Ok(i) = claims.rows().binary_search_by_key(c, |r| r.claim_id) {
                        assigned[i] = Some(id);
                    }
                }
                ids.push(id);
            }
        }
        t.lap("xref write: events written");
        {
            let mut set =
                tx.prepare_cached("UPDATE claim SET event_id = ?2 WHERE claim_id = ?1")?;
            for (c, new) in claims.rows().iter().zip(&assigned) {
                if let Some(id) = new {
                    if c.event_id.map(|e| e.0) != Some(*id) {
                        set.execute(params![c.claim_id.0, id])?;
                    }
                }
            }
        }
        drop(assigned);
        let mut delete = tx.prepare_cached("DELETE FROM event WHERE event_id = ?1")?;
        for (id, _, live) in stored.values() {
            if !live {
                delete.execute([id])?;
            }
        }
        drop(stored);
        t.lap("xref write: claims' events set, stale events deleted");
        let mut ins = tx.prepare_cached(
            "INSERT INTO finding(kind, severity, event_id, outcome, victim_group, reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        let mut link = tx.prepare_cached(
            "INSERT OR IGNORE INTO finding_claim(finding_id, claim_id, role) VALUES (?1, ?2, ?3)",
        )?;
        for f in &linked.findings {
            ins.execute(params![
                f.kind,
                f.severity.as_str(),
                ids.get(f.event),
                f.outcome,
                f.victim_group,
                f.reason
            ])?;
            let fid = tx.last_insert_rowid();
            for c in &f.claims {
                link.execute(params![fid, c.0, Option::<String>::None])?;
            }
        }
        t.lap("xref write: findings inserted");
        Ok(())
    }
}
