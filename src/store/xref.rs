//! Storing the cross-reference: events, each claim's event, findings. Linking runs again
//! only when what it reads changed since the last time (`xref_state`, migration V4), and
//! then writes only what differs: unchanged events and claims are not touched.

use super::incremental::Relinked;
use super::write::{Timer, Writer};
use super::{ClaimId, EventId, Result, Store};
use crate::tables::Tables;
use crate::xref::{Linked, XrefConfig};
use rusqlite::config::DbConfig;
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;

/// What linking reads and wrote besides the rows the triggers of `xref_state` watch: the
/// number and highest id of claims, terms, events, findings and their claims (rows added or
/// deleted since), the claims' events (their number and a digest of the pairs: one deleted
/// or moved to another event since).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Counts {
    pub claims: i64,
    pub max_claim: i64,
    pub terms: i64,
    pub events: i64,
    pub max_event: i64,
    pub findings: i64,
    pub max_finding: i64,
    pub finding_claims: i64,
    pub claim_events: i64,
    pub digest: i64,
}

/// What an incremental linking changed of [`Counts`] (the highest ids are read again).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Delta {
    pub events: i64,
    pub findings: i64,
    pub finding_claims: i64,
    pub claim_events: i64,
    pub digest: i64,
}

/// A claim's event's part of the digest of `claim_event` (as the SQL of [`Counts::read`]).
pub(super) fn digest_term(claim: i64, event: i64) -> i64 {
    claim.wrapping_mul(event) % 4_294_967_291
}

impl Counts {
    /// Counted (each count walks its table once; the highest ids are looked up).
    pub(super) fn read(conn: &Connection) -> Result<Counts> {
        Ok(conn.query_row(
            "WITH ce AS (SELECT COUNT(*) AS n,
                           IFNULL(SUM(claim_id * event_id % 4294967291), 0) AS digest
                         FROM claim_event)
             SELECT (SELECT COUNT(*) FROM claim), (SELECT IFNULL(MAX(claim_id), 0) FROM claim),
                    (SELECT COUNT(*) FROM document_term),
                    (SELECT COUNT(*) FROM event), (SELECT IFNULL(MAX(event_id), 0) FROM event),
                    (SELECT COUNT(*) FROM finding),
                    (SELECT IFNULL(MAX(finding_id), 0) FROM finding),
                    (SELECT COUNT(*) FROM finding_claim), ce.n, ce.digest
             FROM ce",
            [],
            |r| {
                Ok(Counts {
                    claims: r.get(0)?,
                    max_claim: r.get(1)?,
                    terms: r.get(2)?,
                    events: r.get(3)?,
                    max_event: r.get(4)?,
                    findings: r.get(5)?,
                    max_finding: r.get(6)?,
                    finding_claims: r.get(7)?,
                    claim_events: r.get(8)?,
                    digest: r.get(9)?,
                })
            },
        )?)
    }

    /// As stored with the mark (`xref_mark.counts`): every field, in order, by spaces.
    pub(super) fn to_text(self) -> String {
        self.fields()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Read back from [`Counts::to_text`]; `None` when it is not ten numbers.
    pub(super) fn from_text(text: &str) -> Option<Counts> {
        let n: Vec<i64> = text
            .split(' ')
            .map(str::parse)
            .collect::<std::result::Result<_, _>>()
            .ok()?;
        let [claims, max_claim, terms, events, max_event, findings, max_finding, finding_claims, claim_events, digest] =
            n[..]
        else {
            return None;
        };
        Some(Counts {
            claims,
            max_claim,
            terms,
            events,
            max_event,
            findings,
            max_finding,
            finding_claims,
            claim_events,
            digest,
        })
    }

    fn fields(self) -> impl Iterator<Item = i64> {
        [
            self.claims,
            self.max_claim,
            self.terms,
            self.events,
            self.max_event,
            self.findings,
            self.max_finding,
            self.finding_claims,
            self.claim_events,
            self.digest,
        ]
        .into_iter()
    }

    /// These counts after `d`, with the highest event and finding ids read again.
    pub(super) fn after(self, d: Delta, conn: &Connection) -> Result<Counts> {
        let (max_event, max_finding): (i64, i64) = conn.query_row(
            "SELECT (SELECT IFNULL(MAX(event_id), 0) FROM event),
                    (SELECT IFNULL(MAX(finding_id), 0) FROM finding)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(Counts {
            events: self.events + d.events,
            max_event,
            findings: self.findings + d.findings,
            max_finding,
            finding_claims: self.finding_claims + d.finding_claims,
            claim_events: self.claim_events + d.claim_events,
            digest: self.digest + d.digest,
            ..self
        })
    }
}

/// The fingerprint of what linking read and wrote: [`Counts`], the data tables, the
/// settings and the linker itself.
fn fingerprint(c: &Counts, tables: &Tables, cfg: &XrefConfig) -> String {
    format!(
        "linker {}; {} claims up to #{}; {} terms; {} events up to #{}; {} findings up to #{} \
         naming {} claims; {} claims in events, digest {}; tables {}; window {} days, \
         divergence {}, context {}",
        env!("TOLLCHECK_XREF_SOURCE"),
        c.claims,
        c.max_claim,
        c.terms,
        c.events,
        c.max_event,
        c.findings,
        c.max_finding,
        c.finding_claims,
        c.claim_events,
        c.digest,
        tables.digest,
        cfg.window_days,
        cfg.divergence_ratio,
        cfg.context_similarity
    )
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
        let done = self.link(tables, cfg, force, false)?;
        Ok(done != Relinked::Unchanged)
    }

    /// After an ingest: links only the claims added since the last linking, with the events
    /// they could touch (`xref::neighbourhood`), when nothing else linking reads changed
    /// since; otherwise every claim, as [`Store::rebuild_xref`]. Says which it did.
    pub fn link_new_claims(&mut self, tables: &Tables, cfg: &XrefConfig) -> Result<Relinked> {
        self.link(tables, cfg, false, true)
    }

    fn link(
        &mut self,
        tables: &Tables,
        cfg: &XrefConfig,
        force: bool,
        incremental: bool,
    ) -> Result<Relinked> {
        // Read the claims inside the write transaction: read before it, another process's
        // ingest could commit in between, and this rebuild would then overwrite its fresh
        // events with ones that leave its claims out.
        let t = Timer::new();
        let w = Writer::begin(self)?;
        // claims added after a clean mark: the counts it kept, not counted again (that
        // fingerprint cannot be unchanged: there are more claims)
        let kept = match incremental && !force {
            true => super::incremental::kept_counts(w.tx())?,
            false => None,
        };
        let start = match kept {
            Some(c) => c,
            None => {
                let c = Counts::read(w.tx())?;
                if !force && unchanged(w.tx(), &fingerprint(&c, tables, cfg))? {
                    t.lap("xref: unchanged since the last linking");
                    return Ok(Relinked::Unchanged);
                }
                c
            }
        };
        t.lap("xref: counts");
        let mut changed: Option<Delta> = None;
        let done = if force {
            Relinked::Full {
                why: "asked to link every claim again".into(),
            }
        } else if !incremental {
            Relinked::Full {
                why: "what linking reads changed".into(),
            }
        } else {
            match super::incremental::eligible(w.tx(), tables, cfg, &start)? {
                Err(why) => Relinked::Full { why },
                Ok(mark) => match super::incremental::link_some(&w, tables, cfg, mark, &start, &t)?
                {
                    Ok((done, delta)) => {
                        changed = Some(delta);
                        done
                    }
                    Err(why) => Relinked::Full { why },
                },
            }
        };
        // what it wrote, counted again after a full linking (an incremental one knows)
        let end = match changed {
            Some(delta) => start.after(delta, w.tx())?,
            None => {
                link_all(&w, tables, cfg, &t)?;
                Counts::read(w.tx())?
            }
        };
        w.tx().execute(
            "UPDATE xref_state SET stale = 0, fingerprint = ?1 WHERE id = 1",
            [&fingerprint(&end, tables, cfg)],
        )?;
        super::incremental::set_mark(w.tx(), tables, cfg, &end)?;
        t.lap("xref: events and findings written");
        w.commit()?;
        t.lap("xref: committed");
        Ok(done)
    }
}

/// Links every claim and writes what changed.
fn link_all(w: &Writer<'_>, tables: &Tables, cfg: &XrefConfig, t: &Timer) -> Result<()> {
    // what the input's reading and writing freed goes back to the system first, and the
    // page cache after the read: without the first, reading the claims on top of that
    // memory is the peak (1M sheet: 318-333 MB against 297-320)
    super::return_free_memory();
    let claims = super::read::link_claims(w.tx(), &tables.event_types, &tables.wording)?;
    let corrections = super::read::event_corrections(w.tx())?;
    let terms = super::read::document_terms(w.tx())?;
    // the page cache filled with every claim row: free it while linking, and hand it
    // back to the system (freed, it stayed in glibc's heap under linking's peak)
    w.tx().execute_batch("PRAGMA shrink_memory")?;
    super::return_free_memory();
    t.lap("xref: claims read");
    let linked = crate::xref::cross_reference(&claims, tables, cfg, &corrections, &terms);
    drop(terms);
    t.lap("xref: events linked, findings made");
    // where the next ingest looks for what its claims could be paired with
    let places = crate::xref::incidents::PlaceIndex::new(tables);
    let found = crate::xref::neighbourhood::incident_blocks(&claims, tables, &places);
    drop(places);
    super::incremental::write_claim_blocks(w.tx(), &claims, &found, true)?;
    drop(found);
    t.lap("xref: claims' blocks written");
    // all the writing needs of the claims: each one's stored event
    let stored: Vec<(ClaimId, Option<EventId>)> = claims.into_stored_events();
    w.replace_xref(linked, stored)?;
    super::places::set_event_places(w.tx(), tables)?;
    Ok(())
}

/// Why one claim is in its event (a row of the view `claim_links`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct ClaimLink {
    pub claim_id: i64,
    pub event_id: Option<i64>,
    pub event: Option<String>,
    pub score: Option<f64>,
    pub reason: String,
}

impl Store {
    /// Why each claim of `events` is in its event, by event then claim.
    pub fn claim_links(&self, events: &[EventId]) -> Result<Vec<ClaimLink>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT claim_id, event_id, event, score, reason FROM claim_links
             WHERE event_id = ?1 ORDER BY claim_id",
        )?;
        let mut out = Vec::new();
        for e in events {
            let rows = stmt.query_map([e.0], |r| {
                Ok(ClaimLink {
                    claim_id: r.get(0)?,
                    event_id: r.get(1)?,
                    event: r.get(2)?,
                    score: r.get(3)?,
                    reason: r.get(4)?,
                })
            })?;
            for row in rows {
                out.push(row?);
            }
        }
        Ok(out)
    }

    /// Marks the events and findings as to be linked again at the next report (after a
    /// change no trigger of `xref_state` sees).
    pub fn mark_xref_stale(&self) -> Result<()> {
        self.conn
            .execute("UPDATE xref_state SET stale = 1 WHERE id = 1", [])?;
        // and never linked incrementally on top of it
        self.conn
            .execute("UPDATE xref_mark SET dirty = 1 WHERE id = 1", [])?;
        Ok(())
    }
}

/// A digest of an event's stored columns besides its key: whether they changed.
pub(super) fn event_digest(
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

/// The stored events' rows read for a rewrite: key → (id, digest of its values). `scope`
/// narrows them (an SQL condition on `event_id`, or "1" for every event).
pub(super) fn stored_events(tx: &Connection, scope: &str) -> Result<HashMap<String, (i64, u64)>> {
    let mut out = HashMap::new();
    let mut stmt = tx.prepare(&format!(
        "SELECT event_id, event_key, label, kind, place, date_start, date_end FROM event
         WHERE {scope}"
    ))?;
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
        out.insert(r.get(1)?, (r.get(0)?, digest));
    }
    Ok(out)
}

/// How writing an event's row went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum EventRow {
    /// A key no stored event had: a new row.
    New,
    /// Its label, kind, place or dates changed: the row updated.
    Changed,
    Same,
}

/// Writes linked events' rows by key: a new key gets a new row, a known key keeps its id
/// and its row is updated only when its values changed (`known` is updated to match).
pub(super) struct EventRowWriter<'c> {
    insert: rusqlite::CachedStatement<'c>,
    update: rusqlite::CachedStatement<'c>,
}

impl<'c> EventRowWriter<'c> {
    pub(super) fn new(tx: &'c Connection) -> Result<Self> {
        Ok(EventRowWriter {
            insert: tx.prepare_cached(
                "INSERT INTO event(event_key, label, kind, place, date_start, date_end)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?,
            update: tx.prepare_cached(
                "UPDATE event SET label = ?2, kind = ?3, place = ?4, date_start = ?5,
                   date_end = ?6 WHERE event_id = ?1",
            )?,
        })
    }

    /// The event's id and how its row was written.
    pub(super) fn write(
        &mut self,
        tx: &Connection,
        e: &crate::xref::LinkedEvent,
        known: &mut HashMap<String, (i64, u64)>,
    ) -> Result<(i64, EventRow)> {
        let (l, k, p, s, d) = (
            &e.label,
            e.kind.as_str(),
            &e.place,
            &e.date_start.map(|d| d.to_string()),
            &e.date_end.map(|d| d.to_string()),
        );
        let digest = event_digest(l, k, p.as_deref(), s.as_deref(), d.as_deref());
        match known.get_mut(&e.key) {
            Some((id, old)) if *old == digest => Ok((*id, EventRow::Same)),
            Some((id, old)) => {
                self.update.execute(params![*id, l, k, p, s, d])?;
                *old = digest;
                Ok((*id, EventRow::Changed))
            }
            None => {
                self.insert.execute(params![e.key, l, k, p, s, d])?;
                let id = tx.last_insert_rowid();
                // a later event of a key this linking already gave a row shares it
                known.insert(e.key.clone(), (id, digest));
                Ok((id, EventRow::New))
            }
        }
    }
}

/// The stored events of `known` a linking no longer has (`live`: the ids it wrote).
pub(super) fn stale_events(
    known: &HashMap<String, (i64, u64)>,
    live: &std::collections::HashSet<i64>,
) -> Vec<i64> {
    known
        .values()
        .map(|&(id, _)| id)
        .filter(|id| !live.contains(id))
        .collect()
}

/// Each stored claim's new event, by its position in `stored` (in claim id order): one
/// merge of two sorted lists rather than a search per claim. `pairs` (claim, event) are
/// sorted here; a claim linking left out gets `None` (it keeps what it had).
pub(super) fn events_by_position(
    stored: &[(ClaimId, Option<EventId>)],
    pairs: &mut [(ClaimId, i64)],
) -> Vec<Option<i64>> {
    pairs.sort_by_key(|&(claim, _)| claim);
    let mut assigned: Vec<Option<i64>> = vec![None; stored.len()];
    let mut at = 0;
    for &(claim, id) in pairs.iter() {
        while at < stored.len() && stored[at].0 < claim {
            at += 1;
        }
        if at < stored.len() && stored[at].0 == claim {
            assigned[at] = Some(id);
        }
    }
    assigned
}

/// Deletes the events `ids` (their claims moved off them first).
pub(super) fn delete_events(tx: &Connection, ids: &[i64]) -> Result<()> {
    let mut delete = tx.prepare_cached("DELETE FROM event WHERE event_id = ?1")?;
    for id in ids {
        delete.execute([id])?;
    }
    Ok(())
}

/// Inserts findings, each in its event's row (`ids`: each linked event's id, by position).
/// Returns the findings and the finding–claim links written.
pub(super) fn insert_findings<'f>(
    tx: &Connection,
    findings: impl Iterator<Item = &'f crate::xref::Finding>,
    ids: &[i64],
) -> Result<(i64, i64)> {
    let mut ins = tx.prepare_cached(
        "INSERT INTO finding(kind, severity, event_id, outcome, victim_group, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut link = tx.prepare_cached(
        "INSERT OR IGNORE INTO finding_claim(finding_id, claim_id, role) VALUES (?1, ?2, ?3)",
    )?;
    let (mut written, mut links) = (0, 0);
    for f in findings {
        written += ins.execute(params![
            f.kind,
            f.severity.as_str(),
            ids.get(f.event),
            f.outcome,
            f.victim_group,
            f.reason
        ])? as i64;
        let fid = tx.last_insert_rowid();
        for c in &f.claims {
            links += link.execute(params![fid, c.0, Option::<String>::None])? as i64;
        }
    }
    Ok((written, links))
}

impl Writer<'_> {
    /// Replaces events and findings with a fresh cross-reference, writing only what
    /// changed: event ids are kept for events whose key is unchanged, an event row is
    /// written only when its label, kind, place or dates changed, a claim's event only when
    /// it changed.
    /// `stored`: every claim's event as stored before, in claim id order.
    ///
    /// Both are taken by value: each part is freed as soon as it is written (the events
    /// before the claims' events, those before the index of claims by event is built), so
    /// that SQLite's page cache and sorter do not come on top of them.
    pub fn replace_xref(
        &self,
        linked: Linked,
        stored_claims: Vec<(ClaimId, Option<EventId>)>,
    ) -> Result<()> {
        let Linked {
            events,
            findings,
            why,
        } = linked;
        let tx = self.tx();
        let t = Timer::new();
        // the links first: deleting a finding then finds no link rows to cascade to
        tx.execute("DELETE FROM finding_claim", [])?;
        tx.execute("DELETE FROM finding", [])?;
        t.lap("xref write: old findings deleted");
        // key → (id, digest of its values)
        let mut stored = stored_events(tx, "1")?;
        // the events this linking has
        let mut live: std::collections::HashSet<i64> = Default::default();
        let mut ids = Vec::with_capacity(events.len());
        // (claim, its new event): sorted by claim below and matched against `stored_claims`
        let mut pairs: Vec<(ClaimId, i64)> = Vec::with_capacity(stored_claims.len());
        {
            let mut rows = EventRowWriter::new(tx)?;
            for e in &events {
                let (id, _) = rows.write(tx, e, &mut stored)?;
                live.insert(id);
                pairs.extend(e.claims.iter().map(|&c| (c, id)));
                ids.push(id);
            }
        }
        drop(events);
        // the events this linking no longer has: deleted once the claims moved off them
        let stale = stale_events(&stored, &live);
        drop(stored);
        let assigned = events_by_position(&stored_claims, &mut pairs);
        drop(pairs);
        t.lap("xref write: events written");
        set_events(tx, stored_claims, assigned, EVENT_INDEX_ROWS)?;
        delete_events(tx, &stale)?;
        t.lap("xref write: claims' events set, stale events deleted");
        insert_findings(tx, findings.iter(), &ids)?;
        t.lap("xref write: findings inserted");
        write_why(tx, why)?;
        t.lap("xref write: link reasons written");
        Ok(())
    }
}

/// Why each claim is in its event (`claim_evidence`, `link_reason`), written again whole.
fn write_why(tx: &Connection, why: crate::xref::link::Why) -> Result<()> {
    tx.execute("DELETE FROM claim_evidence", [])?;
    tx.execute("DELETE FROM link_reason", [])?;
    let mut reason =
        tx.prepare_cached("INSERT INTO link_reason(reason_id, reason) VALUES (?1, ?2)")?;
    // only the reasons some claim still has (an analyst's note may have replaced one)
    let mut used = vec![false; why.reasons.len()];
    for &(_, _, r) in &why.links {
        if let Some(u) = used.get_mut(r as usize) {
            *u = true;
        }
    }
    for (i, text) in why.reasons.iter().enumerate() {
        if used[i] {
            reason.execute(params![i as i64, text])?;
        }
    }
    let mut link = tx.prepare_cached(
        "INSERT INTO claim_evidence(claim_id, score, reason_id)
         SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM claim WHERE claim_id = ?1)",
    )?;
    for (claim, score, r) in why.links {
        link.execute(params![claim.0, f64::from(score), r as i64])?;
    }
    Ok(())
}

/// Claims' events written at once from which the index of claims by event is dropped and
/// created again (one sort instead of a random insert each), when they are also more than
/// the table held: a first linking of a big load.
const EVENT_INDEX_ROWS: usize = 100_000;

/// Writes each claim's event (`claim_event`) where it differs from the stored one:
/// `stored` every claim with its stored event, in claim id order; `assigned` the event
/// linking gave each (by position; a claim linking left out keeps what it had). New rows go
/// in in claim id order, the table's order: after a load of new claims, an append. At least
/// `index_rows` of them, and more than the table held, go in without the index of claims by
/// event, which is then created again (after both lists are freed: SQLite's sorter and
/// page cache are at their fullest then). Returns the rows added and the change to the
/// digest of the pairs (see `Counts`).
pub(super) fn set_events(
    tx: &Connection,
    stored: Vec<(ClaimId, Option<EventId>)>,
    assigned: Vec<Option<i64>>,
    index_rows: usize,
) -> Result<(i64, i64)> {
    let changed = || {
        stored
            .iter()
            .zip(&assigned)
            .filter_map(|((claim, old), new)| match new {
                Some(id) if old.map(|e| e.0) != Some(*id) => Some((claim.0, *id)),
                _ => None,
            })
    };
    let had = stored.iter().filter(|(_, e)| e.is_some()).count();
    let writes = changed().count();
    let index: Option<String> = if writes >= index_rows && writes > had {
        tx.query_row(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'claim_event_event'",
            [],
            |r| r.get(0),
        )
        .optional()?
    } else {
        None
    };
    let big = index.is_some();
    if big {
        tx.execute("DROP INDEX claim_event_event", [])?;
        // the claims were read and the events written in this transaction: no need to
        // look each one up again (foreign keys on again below, before events are deleted)
        tx.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_FKEY, false)?;
    }
    // rows added, and the change to the digest of the pairs (`Counts`)
    let (mut added, mut digest) = (0i64, 0i64);
    for ((claim, old), new) in stored.iter().zip(&assigned) {
        match (old, new) {
            (None, Some(e)) => {
                added += 1;
                digest += digest_term(claim.0, *e);
            }
            (Some(o), Some(e)) if o.0 != *e => {
                digest += digest_term(claim.0, *e) - digest_term(claim.0, o.0);
            }
            _ => {}
        }
    }
    let written = (|| -> Result<()> {
        let mut set = tx.prepare_cached(
            "INSERT INTO claim_event(claim_id, event_id) VALUES (?1, ?2)
             ON CONFLICT(claim_id) DO UPDATE SET event_id = excluded.event_id",
        )?;
        for (claim, event) in changed() {
            set.execute([claim, event])?;
        }
        Ok(())
    })();
    if big {
        tx.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_FKEY, true)?;
    }
    written?;
    drop((stored, assigned));
    if let Some(sql) = index {
        tx.execute(&sql, [])?;
    }
    Ok((added, digest))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store with one document of `n` claims and two events.
    fn store(dir: &tempfile::TempDir, n: i64) -> Store {
        let store = Store::open(&dir.path().join("t.db")).unwrap();
        store
            .conn
            .execute_batch(
                "INSERT INTO document(name, kind, content_hash, ingested_at)
                   VALUES ('d', 'sheet', 'h', 'now');
                 INSERT INTO event(event_key, label, kind) VALUES ('a', 'A', 'incident'),
                   ('b', 'B', 'incident');",
            )
            .unwrap();
        for seq in 1..=n {
            store
                .conn
                .execute(
                    "INSERT INTO claim(document_id, seq, outcome, quantity, qualifier, scope,
                       method) VALUES (1, ?1, 'killed', '1', 'exact', 'incident', 'sheet')",
                    [seq],
                )
                .unwrap();
        }
        store
    }

    fn pairs(conn: &Connection) -> Vec<(i64, i64)> {
        conn.prepare("SELECT claim_id, event_id FROM claim_event ORDER BY claim_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn claims_events_are_written_where_they_differ_and_a_big_write_keeps_the_index() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = store(&dir, 4);
        let fresh = s.schema_sql().unwrap();
        let ids: Vec<ClaimId> = (1..=4).map(ClaimId).collect();
        // the first linking: every claim new, the index dropped and created again
        let none: Vec<_> = ids.iter().map(|&c| (c, None)).collect();
        let tx = s.conn.transaction().unwrap();
        set_events(&tx, none, vec![Some(1), Some(1), Some(2), None], 1).unwrap();
        tx.commit().unwrap();
        assert_eq!(pairs(&s.conn), [(1, 1), (2, 1), (3, 2)]);
        assert_eq!(s.schema_sql().unwrap(), fresh);
        // linking again: one claim moves, one joins, one left out keeps its event
        let stored: Vec<_> = [Some(1), Some(1), Some(2), None]
            .iter()
            .zip(&ids)
            .map(|(e, &c)| (c, e.map(EventId)))
            .collect();
        s.conn
            .execute_batch(
                "CREATE TABLE writes(n INTEGER); INSERT INTO writes VALUES (0);
                 CREATE TRIGGER w_i AFTER INSERT ON claim_event
                   BEGIN UPDATE writes SET n = n + 1; END;
                 CREATE TRIGGER w_u AFTER UPDATE ON claim_event
                   BEGIN UPDATE writes SET n = n + 1; END;",
            )
            .unwrap();
        let tx = s.conn.transaction().unwrap();
        set_events(&tx, stored, vec![Some(1), Some(2), None, Some(2)], 1).unwrap();
        tx.commit().unwrap();
        assert_eq!(pairs(&s.conn), [(1, 1), (2, 2), (3, 2), (4, 2)]);
        let writes: i64 = s
            .conn
            .query_row("SELECT n FROM writes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(writes, 2);
        // an event deleted takes its claims' rows with it, through the index
        s.conn
            .execute("DELETE FROM event WHERE event_id = 2", [])
            .unwrap();
        assert_eq!(pairs(&s.conn), [(1, 1)]);
    }
}
