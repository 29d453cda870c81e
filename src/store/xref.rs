//! Storing the cross-reference: events, each claim's event, findings. Linking runs again
//! only when what it reads changed since the last time (`xref_state`, migration V4), and
//! then writes only what differs: unchanged events and claims are not touched.

use super::write::{Timer, Writer};
use super::{ClaimId, EventId, Result, Store};
use crate::tables::Tables;
use crate::xref::{Linked, XrefConfig};
use rusqlite::{params, Connection};
use std::collections::HashMap;

/// What linking reads and wrote besides the rows the triggers of `xref_state` watch: the
/// number and highest id of claims, terms, events, findings and their claims (rows added or
/// deleted since), the data tables, the settings and the linker itself.
fn fingerprint(conn: &Connection, tables: &Tables, cfg: &XrefConfig) -> Result<String> {
    let counts: String = conn.query_row(
        "SELECT (SELECT COUNT(*) || ' claims up to #' || IFNULL(MAX(claim_id), 0) FROM claim)
             || '; ' || (SELECT COUNT(*) FROM document_term) || ' terms; '
             || (SELECT COUNT(*) || ' events up to #' || IFNULL(MAX(event_id), 0) FROM event)
             || '; ' || (SELECT COUNT(*) || ' findings up to #' || IFNULL(MAX(finding_id), 0)
                         FROM finding)
             || ' naming ' || (SELECT COUNT(*) FROM finding_claim) || ' claims'",
        [],
        |r| r.get(0),
    )?;
    Ok(format!(
        "linker {}; {counts}; tables {}; window {} days, divergence {}, context {}",
        env!("TOLLCHECK_XREF_SOURCE"),
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
        // what the input's reading and writing freed goes back to the system first: linking
        // a million claims takes a few hundred MB of its own
        super::return_free_memory();
        let claims = super::read::link_claims(w.tx())?;
        let corrections = super::read::event_corrections(w.tx())?;
        let terms = super::read::document_terms(w.tx())?;
        // the page cache filled with every claim row: free it while linking
        w.tx().execute_batch("PRAGMA shrink_memory")?;
        t.lap("xref: claims read");
        let linked = crate::xref::cross_reference(&claims, tables, cfg, &corrections, &terms);
        drop(terms);
        // all the writing needs of the claims: each one's stored event
        let stored: Vec<(ClaimId, Option<EventId>)> = claims.into_stored_events();
        t.lap("xref: events linked, findings made");
        w.replace_xref(&linked, &stored)?;
        // the fingerprint of what it wrote
        let fingerprint = self::fingerprint(w.tx(), tables, cfg)?;
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

impl Store {
    /// Marks the events and findings as to be linked again at the next report (after a
    /// change no trigger of `xref_state` sees).
    pub fn mark_xref_stale(&self) -> Result<()> {
        self.conn
            .execute("UPDATE xref_state SET stale = 1 WHERE id = 1", [])?;
        Ok(())
    }
}

/// A digest of an event's stored columns besides its key: whether they changed.
fn event_digest(
    label: &str,
    kind: &str,
    place: Option<&str>,
    start: Option<&str>,
    end: Option<&str>,
) -> u64 {
    use std::hash::{Hash, Hasher};
    // SipHash with fixed keys: the same digest for the same values
    #[allow(deprecated)]
    let mut h = std::hash::SipHasher::new();
    (label, kind, place, start, end).hash(&mut h);
    h.finish()
}

impl Writer<'_> {
    /// Replaces events and findings with a fresh cross-reference, writing only what
    /// changed: event ids are kept for events whose key is unchanged, an event row is
    /// written only when its label, kind, place or dates changed, a claim only when its
    /// event did.
    /// `stored`: every claim's event as stored before, in claim id order.
    pub fn replace_xref(
        &self,
        linked: &Linked,
        stored_claims: &[(ClaimId, Option<EventId>)],
    ) -> Result<()> {
        let tx = self.tx();
        let t = Timer::new();
        // the links first: deleting a finding then finds no link rows to cascade to
        tx.execute("DELETE FROM finding_claim", [])?;
        tx.execute("DELETE FROM finding", [])?;
        t.lap("xref write: old findings deleted");
        // key → (id, digest of its values, whether this linking has it)
        let mut stored: HashMap<String, (i64, u64, bool)> = HashMap::new();
        {
            let mut stmt = tx.prepare(
                "SELECT event_id, event_key, label, kind, place, date_start, date_end FROM event",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let text = |i| r.get::<_, Option<String>>(i);
                let digest = event_digest(
                    &text(2)?.unwrap_or_default(),
                    &text(3)?.unwrap_or_default(),
                    text(4)?.as_deref(),
                    text(5)?.as_deref(),
                    text(6)?.as_deref(),
                );
                stored.insert(r.get(1)?, (r.get(0)?, digest, false));
            }
        }
        let mut ids = Vec::with_capacity(linked.events.len());
        // each claim's event, by its position in `stored_claims`
        let mut assigned: Vec<Option<i64>> = vec![None; stored_claims.len()];
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
                let (l, k, p, s, d) = (
                    &e.label,
                    e.kind.as_str(),
                    &e.place,
                    &e.date_start,
                    &e.date_end,
                );
                let digest = event_digest(l, k, p.as_deref(), s.as_deref(), d.as_deref());
                let id = match stored.get_mut(&e.key) {
                    Some((id, old, live)) => {
                        if *old != digest {
                            update.execute(params![*id, l, k, p, s, d])?;
                            *old = digest;
                        }
                        *live = true;
                        *id
                    }
                    None => {
                        insert.execute(params![e.key, l, k, p, s, d])?;
                        let id = tx.last_insert_rowid();
                        stored.insert(e.key.clone(), (id, digest, true));
                        id
                    }
                };
                for c in &e.claims {
                    if let Ok(i) = stored_claims.binary_search_by_key(c, |r| r.0) {
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
            for ((claim, old), new) in stored_claims.iter().zip(&assigned) {
                if let Some(id) = new {
                    if old.map(|e| e.0) != Some(*id) {
                        set.execute(params![claim.0, id])?;
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
