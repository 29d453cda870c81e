//! Incremental linking (issue 13): after an ingest, only the claims added since the last
//! linking and the events they can touch are linked again (`crate::xref::neighbourhood`),
//! when nothing else linking reads changed since (`xref_mark`, migration V10). Anything
//! else falls back to linking every claim, as before.

use super::write::{Timer, Writer};
use super::xref::{Counts, Delta, EventRow};
use super::{ClaimId, EventId, Result};
use crate::tables::Tables;
use crate::xref::{Linked, XrefConfig};
use chrono::Datelike;
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::{HashMap, HashSet};

/// How a linking went.
#[derive(Debug, Clone, PartialEq)]
pub enum Relinked {
    /// Nothing linking reads changed since the last time: nothing linked.
    Unchanged,
    /// Only the new claims and the events they could touch were linked.
    Incremental {
        /// Claims added since the last linking.
        new_claims: usize,
        /// Claims linked (the new ones, and every claim of the events they could touch).
        claims: usize,
        /// Events those claims make.
        events: usize,
        /// Events written (new, changed or deleted); the others were left as they were.
        written: usize,
    },
    /// Every claim was linked, and why.
    Full { why: String },
}

impl Relinked {
    /// One line for the ingest's summary.
    pub fn describe(&self) -> String {
        match self {
            Relinked::Unchanged => "linking: nothing changed since the last linking".into(),
            Relinked::Incremental {
                new_claims,
                claims,
                events,
                written,
            } => format!(
                "linking: incremental: {new_claims} new claims linked with the events they \
                 could join ({claims} claims in {events} events; {written} events written)"
            ),
            Relinked::Full { why } => format!("linking: every claim linked again ({why})"),
        }
    }
}

/// The subset is given up for a full linking past this share of every claim: linking it
/// would cost nearly as much, and a full linking is exact.
const MAX_SHARE: f64 = 0.5;
/// Rounds of closing the subset over events and reports, and of relinking after a key
/// collision with an event left out, before falling back to a full linking.
const MAX_ROUNDS: usize = 16;

/// What the last linking covered (`xref_mark`).
struct Mark {
    claims_up_to: i64,
    base: Option<String>,
    /// 1: something linking read changed in place; 2: earlier claims deleted (V13).
    dirty: i64,
}

fn read_mark(conn: &Connection) -> Result<Mark> {
    Ok(conn.query_row(
        "SELECT claims_up_to, base, dirty FROM xref_mark WHERE id = 1",
        [],
        |r| {
            Ok(Mark {
                claims_up_to: r.get(0)?,
                base: r.get(1)?,
                dirty: r.get(2)?,
            })
        },
    )?)
}

/// What linking read besides the claims added after `claims_up_to`: the linker, tables and
/// settings, how many of the earlier claims have an event (one deleted since: fewer; the
/// claims after the mark have none yet), the events and findings written and the analysts'
/// corrections.
fn base(
    conn: &Connection,
    c: &Counts,
    tables: &Tables,
    cfg: &XrefConfig,
    claims_up_to: i64,
) -> Result<String> {
    let corrections: String = conn.query_row(
        "SELECT COUNT(*) || ' corrections up to #' || IFNULL(MAX(correction_id), 0)
         FROM event_correction",
        [],
        |r| r.get(0),
    )?;
    Ok(format!(
        "linker {}; tables {}; window {} days, divergence {}, context {}; claims up to \
         #{claims_up_to}: {} claims in events; {} events up to #{}; {} findings up to #{}; \
         {corrections}",
        env!("TOLLCHECK_XREF_SOURCE"),
        tables.digest,
        cfg.window_days,
        cfg.divergence_ratio,
        cfg.context_similarity,
        c.claim_events,
        c.events,
        c.max_event,
        c.findings,
        c.max_finding,
    ))
}

/// After any linking (`c`: what it wrote): everything stored is linked.
pub(super) fn set_mark(
    conn: &Connection,
    tables: &Tables,
    cfg: &XrefConfig,
    c: &Counts,
) -> Result<()> {
    let documents: i64 = conn.query_row(
        "SELECT IFNULL(MAX(document_id), 0) FROM document",
        [],
        |r| r.get(0),
    )?;
    let base = base(conn, c, tables, cfg, c.max_claim)?;
    conn.execute(
        "UPDATE xref_mark SET claims_up_to = ?1, documents_up_to = ?2, base = ?3, dirty = 0,
           counts = ?4
         WHERE id = 1",
        params![c.max_claim, documents, base, c.to_text()],
    )?;
    Ok(())
}

/// The counts of the database as the last linking left them with what was added since
/// (claims and terms after the mark, counted by their ids), when only that can have
/// changed: a clean mark with counts, claims after it, and the highest event and finding
/// ids as they were (an event or finding added since: counted instead). Deleted claims
/// mark the mark (V13); events and findings deleted by another program are seen by the
/// next report's count.
pub(super) fn kept_counts(conn: &Connection) -> Result<Option<Counts>> {
    let (up_to, docs_up_to, dirty, text): (i64, i64, i64, Option<String>) = conn.query_row(
        "SELECT claims_up_to, documents_up_to, dirty, counts FROM xref_mark WHERE id = 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let Some(kept) = text.as_deref().and_then(Counts::from_text) else {
        return Ok(None);
    };
    if dirty != 0 || kept.max_claim != up_to {
        return Ok(None);
    }
    let (new, max_claim, new_terms, max_event, max_finding): (i64, i64, i64, i64, i64) = conn
        .query_row(
            "SELECT (SELECT COUNT(*) FROM claim WHERE claim_id > ?1),
                    (SELECT IFNULL(MAX(claim_id), 0) FROM claim),
                    (SELECT COUNT(*) FROM document_term WHERE document_id > ?2),
                    (SELECT IFNULL(MAX(event_id), 0) FROM event),
                    (SELECT IFNULL(MAX(finding_id), 0) FROM finding)",
            [up_to, docs_up_to],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
    if new == 0 || max_event != kept.max_event || max_finding != kept.max_finding {
        return Ok(None);
    }
    Ok(Some(Counts {
        claims: kept.claims + new,
        max_claim,
        terms: kept.terms + new_terms,
        ..kept
    }))
}

/// How many claims and events the last linking left, when the database holds just that:
/// a clean mark with counts, and the highest claim and event ids as they were then (a claim
/// or event added since, or a claim deleted: `None`, to be counted).
pub(super) fn kept_totals(conn: &Connection) -> Result<Option<crate::model::Totals>> {
    let (dirty, text, max_claim, max_event): (i64, Option<String>, i64, i64) = conn.query_row(
        "SELECT dirty, counts, (SELECT IFNULL(MAX(claim_id), 0) FROM claim),
                (SELECT IFNULL(MAX(event_id), 0) FROM event)
         FROM xref_mark WHERE id = 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    Ok(text
        .as_deref()
        .and_then(Counts::from_text)
        .filter(|c| dirty == 0 && c.max_claim == max_claim && c.max_event == max_event)
        .map(|c| crate::model::Totals {
            claims: c.claims,
            events: c.events,
        }))
}

/// Whether the claims added since the last linking can be linked alone: `Ok(mark)` (the
/// highest claim id linked then), or why not.
pub(super) fn eligible(
    conn: &Connection,
    tables: &Tables,
    cfg: &XrefConfig,
    counts: &Counts,
) -> Result<std::result::Result<i64, String>> {
    let mark = read_mark(conn)?;
    let Some(stored) = mark.base else {
        return Ok(Err("no linking recorded yet".into()));
    };
    if mark.dirty == 2 {
        return Ok(Err(
            "earlier claims were deleted since the last linking".into()
        ));
    }
    if mark.dirty != 0 {
        return Ok(Err(
            "earlier claims, documents, sources or analysts' corrections changed since the \
             last linking"
                .into(),
        ));
    }
    let now = base(conn, counts, tables, cfg, mark.claims_up_to)?;
    if now != stored {
        let why = if !now.starts_with(&format!("linker {};", env!("TOLLCHECK_XREF_SOURCE"))) {
            "another build of the linker"
        } else if !now.contains(&format!("; tables {};", tables.digest)) {
            "the data tables changed"
        } else {
            "claims, events or findings were deleted or changed since the last linking"
        };
        // the stored base names the linker, tables and settings first
        let (a, b) = (stored.split(';').next(), now.split(';').next());
        let why = if a != b {
            "another build of the linker"
        } else {
            why
        };
        return Ok(Err(why.into()));
    }
    Ok(Ok(mark.claims_up_to))
}

/// Links the claims added after `mark` with every stored event they could touch, and
/// writes back what changed. `Err(why)` when it gives up for a full linking, before
/// writing anything.
pub(super) fn link_some(
    w: &Writer<'_>,
    tables: &Tables,
    cfg: &XrefConfig,
    mark: i64,
    counts: &Counts,
    t: &Timer,
) -> Result<std::result::Result<(Relinked, Delta), String>> {
    let tx: &Connection = w.tx();
    // the claims in events are those up to the mark (`eligible` checked their number)
    let old = counts.claim_events;
    let new: i64 = tx.query_row(
        "SELECT COUNT(*) FROM claim WHERE claim_id > ?1",
        [mark],
        |r| r.get(0),
    )?;
    let total = old + new;
    if new as f64 > MAX_SHARE * total as f64 && new > 1000 {
        return Ok(Err(format!("{new} of {total} claims are new")));
    }
    let terms = super::read::document_terms(tx)?;
    let places = crate::xref::incidents::PlaceIndex::new(tables);
    let new_claims = select(tx, tables, &places, cfg, mark, &terms)?;
    t.lap("xref incremental: neighbourhood of the new claims");
    let corrections = super::read::event_corrections(tx)?;
    let mut rounds = 0;
    let (claims, linked) = loop {
        rounds += 1;
        if rounds > MAX_ROUNDS {
            return Ok(Err(format!(
                "the new claims' neighbourhood did not close in {MAX_ROUNDS} rounds"
            )));
        }
        close(tx, &corrections)?;
        t.lap("xref incremental: closed over events");
        let size: i64 = tx.query_row("SELECT COUNT(*) FROM temp.xref_subset", [], |r| r.get(0))?;
        if size as f64 > MAX_SHARE * (total.max(1) as f64) && size > 1000 {
            return Ok(Err(format!(
                "the new claims could touch {size} of {total} claims"
            )));
        }
        let claims = super::read::link_claims_of_subset(tx, &tables.event_types, &tables.wording)?;
        let context = context_mask(tx, &claims)?;
        t.lap("xref incremental: subset read");
        let linked = crate::xref::cross_reference_part(
            &claims,
            Some(&context),
            tables,
            cfg,
            &corrections,
            &terms,
        );
        t.lap("xref incremental: subset linked, findings made");
        // an event left out whose key this linking gives (or one it would set apart from
        // it): linked together, as a full linking would
        if !add_colliding(tx, &linked)? {
            break (claims, linked);
        }
    };
    drop(terms);
    t.lap("xref incremental: keys checked");
    let found = crate::xref::neighbourhood::incident_blocks(&claims, tables, &places);
    write_claim_blocks(tx, &claims, &found, false)?;
    drop(found);
    let context = context_mask(tx, &claims)?;
    let n = context.iter().filter(|&&c| !c).count();
    let events = linked.events.len();
    let stored: Vec<(ClaimId, Option<EventId>)> = claims
        .into_stored_events()
        .into_iter()
        .zip(context)
        .filter_map(|(s, c)| (!c).then_some(s))
        .collect();
    let (written, delta) = write_part(tx, linked, stored)?;
    super::places::set_touched_event_places(tx, tables)?;
    t.lap("xref incremental: changed events written");
    Ok(Ok((
        Relinked::Incremental {
            new_claims,
            claims: n,
            events,
            written,
        },
        delta,
    )))
}

/// Which of `claims` (rows of the subset and its context) are context only.
fn context_mask(tx: &Connection, claims: &crate::xref::rows::Claims) -> Result<Vec<bool>> {
    let context: HashSet<i64> = tx
        .prepare_cached("SELECT claim_id FROM temp.xref_context")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(claims
        .rows()
        .iter()
        .map(|c| context.contains(&c.claim_id.0))
        .collect())
}

/// Starts the subset (`temp.xref_subset`, claim ids, and `temp.xref_events`, the stored
/// events to link with them): the claims added after `mark` with every claim of their
/// reports, and what they reach (`xref::neighbourhood`). Returns how many claims are new.
fn select(
    tx: &Connection,
    tables: &Tables,
    places: &crate::xref::incidents::PlaceIndex,
    cfg: &XrefConfig,
    mark: i64,
    terms: &crate::xref::rows::DocTerms,
) -> Result<usize> {
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS xref_subset(claim_id INTEGER PRIMARY KEY);
         CREATE TEMP TABLE IF NOT EXISTS xref_events(event_id INTEGER PRIMARY KEY);
         CREATE TEMP TABLE IF NOT EXISTS xref_touched(event_id INTEGER PRIMARY KEY);
         CREATE TEMP TABLE IF NOT EXISTS xref_context(claim_id INTEGER PRIMARY KEY);
         DELETE FROM temp.xref_subset; DELETE FROM temp.xref_events;
         DELETE FROM temp.xref_touched; DELETE FROM temp.xref_context;",
    )?;
    let new_claims = tx.execute(
        "INSERT INTO temp.xref_subset(claim_id) SELECT claim_id FROM claim WHERE claim_id > ?1",
        [mark],
    )?;
    if new_claims > 0 {
        // the new claims' reports whole, then what they reach
        add_reports(tx, "xref_subset")?;
        let seed = super::read::link_claims_of_subset(tx, &tables.event_types, &tables.wording)?;
        let reach = crate::xref::neighbourhood::reach(&seed, tables, places, cfg, terms);
        drop(seed);
        add_reached_events(tx, &reach)?;
    }
    Ok(new_claims)
}

/// Adds to `table` (`xref_subset` or `xref_context`) every claim of the reports the
/// subset's claims belong to (the document a sheet row cites, else the input document): a
/// report's claims make its accounts and say what happened, and a claim with no place takes
/// the place of the claim before it in its report.
fn add_reports(tx: &Connection, table: &str) -> Result<usize> {
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS xref_reports(report TEXT PRIMARY KEY);
         DELETE FROM temp.xref_reports;
         INSERT OR IGNORE INTO temp.xref_reports(report)
           SELECT COALESCE(c.cited_document, d.name) FROM temp.xref_subset s
           JOIN claim c ON c.claim_id = s.claim_id
           JOIN document d ON d.document_id = c.document_id;",
    )?;
    let cited = tx.execute(
        &format!(
            "INSERT OR IGNORE INTO temp.{table}(claim_id)
             SELECT c.claim_id FROM temp.xref_reports r
             CROSS JOIN claim c ON c.cited_document = r.report"
        ),
        [],
    )?;
    let own = tx.execute(
        &format!(
            "INSERT OR IGNORE INTO temp.{table}(claim_id)
             SELECT c.claim_id FROM temp.xref_reports r
             CROSS JOIN document d ON d.name = r.report
             CROSS JOIN claim c ON c.document_id = d.document_id AND c.cited_document IS NULL"
        ),
        [],
    )?;
    Ok(cited + own)
}

/// Adds the stored events `reach` names: by key, those holding an incident claim of a new
/// claim's block within the window of its day (`claim_block`), and those of the documents
/// sharing rare names (their claims, whose events the closure adds).
fn add_reached_events(tx: &Connection, reach: &crate::xref::neighbourhood::Reach) -> Result<()> {
    let mut by_key = tx.prepare_cached(
        "INSERT OR IGNORE INTO temp.xref_events(event_id)
         SELECT event_id FROM event WHERE event_key = ?1",
    )?;
    for k in &reach.keys {
        by_key.execute([k])?;
    }
    // a claim of a named event is never an incident account, but an incident merged into
    // one by an analyst keeps its rows: its event is found through them
    let mut by_block = tx.prepare_cached(
        "INSERT OR IGNORE INTO temp.xref_events(event_id)
         SELECT ce.event_id FROM claim_block b
         CROSS JOIN claim_event ce ON ce.claim_id = b.claim_id
         WHERE b.block = ?1 AND b.day >= ?2 AND b.day <= ?3",
    )?;
    for (block, windows) in &reach.blocks {
        for (lo, hi) in windows {
            by_block.execute(params![block, lo.num_days_from_ce(), hi.num_days_from_ce()])?;
        }
    }
    let mut by_name = tx.prepare_cached(
        "INSERT OR IGNORE INTO temp.xref_subset(claim_id)
         SELECT c.claim_id FROM document d JOIN claim c ON c.document_id = d.document_id
         WHERE d.name = ?1",
    )?;
    for d in &reach.documents {
        by_name.execute([d])?;
    }
    Ok(())
}

/// Stores each incident claim's block and day (`claim_block`, V13) as linking read
/// `claims`: `all` (a full linking, every claim read) writes every row again; otherwise
/// rows are added for these claims (whole reports: their places as linking takes them).
/// A row left from before can only widen what a later ingest reads, never narrow it.
pub(super) fn write_claim_blocks(
    tx: &Connection,
    claims: &crate::xref::rows::Claims,
    found: &crate::xref::neighbourhood::IncidentBlocks,
    all: bool,
) -> Result<()> {
    if all {
        tx.execute("DELETE FROM claim_block", [])?;
    }
    let rows = claims.rows();
    // in the table's order (text compared as SQLite's BINARY does): appends
    let mut rank: Vec<u32> = (0..found.blocks.len() as u32).collect();
    rank.sort_unstable_by(|&a, &b| found.blocks[a as usize].cmp(&found.blocks[b as usize]));
    let mut place = vec![0u32; rank.len()];
    for (r, &b) in rank.iter().enumerate() {
        place[b as usize] = r as u32;
    }
    let mut order: Vec<(u32, i32, i64)> = found
        .of
        .iter()
        .zip(rows)
        .filter_map(|(o, c)| {
            o.map(|(b, d)| (place[b as usize], d.num_days_from_ce(), c.claim_id.0))
        })
        .collect();
    order.sort_unstable();
    order.dedup();
    let mut ins = tx.prepare_cached(
        "INSERT OR IGNORE INTO claim_block(block, day, claim_id) VALUES (?1, ?2, ?3)",
    )?;
    for (r, day, claim) in order {
        ins.execute(params![found.blocks[rank[r as usize] as usize], day, claim])?;
    }
    Ok(())
}

/// Closes the subset: the events of its claims (and the events analysts' corrections tie
/// to them) whole, until nothing is added; then the other claims of their reports go in
/// `temp.xref_context`.
fn close(tx: &Connection, corrections: &[super::EventCorrection]) -> Result<()> {
    loop {
        let mut added = tx.execute(
            "INSERT OR IGNORE INTO temp.xref_events(event_id)
             SELECT DISTINCT ce.event_id FROM temp.xref_subset s
             CROSS JOIN claim_event ce ON ce.claim_id = s.claim_id",
            [],
        )?;
        if !corrections.is_empty() {
            added += add_corrected(tx, corrections)?;
        }
        added += tx.execute(
            "INSERT OR IGNORE INTO temp.xref_subset(claim_id)
             SELECT ce.claim_id FROM temp.xref_events e
             CROSS JOIN claim_event ce ON ce.event_id = e.event_id",
            [],
        )?;
        if added == 0 {
            break;
        }
    }
    // the other claims of their reports: read for what they say of their reports, not
    // linked (their events are not touched)
    tx.execute("DELETE FROM temp.xref_context", [])?;
    add_reports(tx, "xref_context")?;
    tx.execute(
        "DELETE FROM temp.xref_context WHERE claim_id IN (SELECT claim_id FROM temp.xref_subset)",
        [],
    )?;
    Ok(())
}

/// The stored events a correction ties to an event of the subset: a merge's other side, a
/// split's source and its parts (`split:KEY:N`).
fn add_corrected(tx: &Connection, corrections: &[super::EventCorrection]) -> Result<usize> {
    let keys: HashSet<String> = tx
        .prepare("SELECT e.event_key FROM temp.xref_events x JOIN event e USING (event_id)")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut ins = tx.prepare_cached(
        "INSERT OR IGNORE INTO temp.xref_events(event_id)
         SELECT event_id FROM event WHERE event_key = ?1
            OR (event_key > ?2 AND event_key < ?3)",
    )?;
    let mut added = 0;
    for c in corrections {
        let sides: Vec<&str> = std::iter::once(c.event_key.as_str())
            .chain(c.target.as_deref())
            .collect();
        let touched = sides.iter().any(|k| keys.contains(*k))
            || keys
                .iter()
                .any(|k| sides.iter().any(|s| k.starts_with(&format!("split:{s}:"))));
        if !touched {
            continue;
        }
        // both sides and their split parts (those already in count nothing)
        for s in &sides {
            let split = format!("split:{s}:");
            added += ins.execute(params![s, split, format!("split:{s};")])?;
        }
    }
    Ok(added)
}

/// Whether some event left out of the subset has a key this linking gives, or the key one
/// of its events would be set apart from (`link::distinct_keys` adds ":input#seq" to the
/// later of two events of one key): such events are added to the subset.
fn add_colliding(tx: &Connection, linked: &Linked) -> Result<bool> {
    let mut find = tx.prepare_cached(
        "SELECT event_id FROM event
         WHERE (event_key = ?1 OR (event_key > ?1 || ':' AND event_key < ?1 || ';'))
           AND event_id NOT IN (SELECT event_id FROM temp.xref_events)",
    )?;
    let mut exact = tx.prepare_cached(
        "SELECT event_id FROM event WHERE event_key = ?1
           AND event_id NOT IN (SELECT event_id FROM temp.xref_events)",
    )?;
    let mut found: Vec<i64> = Vec::new();
    for e in &linked.events {
        let k = e.key.as_str();
        found.extend(
            find.query_map([k], |r| r.get::<_, i64>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?,
        );
        // the key it was set apart from: each prefix before a ':'
        for (at, _) in k.match_indices(':') {
            if let Some(id) = exact
                .query_row([&k[..at]], |r| r.get::<_, i64>(0))
                .optional()?
            {
                found.push(id);
            }
        }
    }
    let mut ins =
        tx.prepare_cached("INSERT OR IGNORE INTO temp.xref_events(event_id) VALUES (?1)")?;
    let mut added = 0;
    for id in found {
        added += ins.execute([id])?;
    }
    Ok(added > 0)
}

/// Writes back a subset's linking: the events whose claims changed (or that are new) with
/// their findings and reasons; the subset's stored events it no longer has deleted; the
/// others left as they are (their claims, findings and reasons would be written the same).
/// `stored`: every claim of the subset with its stored event, in claim id order. Returns
/// the events written or deleted. The events written go in `temp.xref_touched`.
fn write_part(
    tx: &Connection,
    linked: Linked,
    stored: Vec<(ClaimId, Option<EventId>)>,
) -> Result<(usize, Delta)> {
    let Linked {
        events,
        findings,
        why,
    } = linked;
    // the subset's stored events: key → (id, digest of its values)
    let mut known =
        super::xref::stored_events(tx, "event_id IN (SELECT event_id FROM temp.xref_events)")?;
    // each stored event's claims
    let mut members: HashMap<i64, Vec<ClaimId>> = HashMap::new();
    for &(c, e) in &stored {
        if let Some(e) = e {
            members.entry(e.0).or_default().push(c);
        }
    }
    let mut rows = super::xref::EventRowWriter::new(tx)?;
    let mut touch =
        tx.prepare_cached("INSERT OR IGNORE INTO temp.xref_touched(event_id) VALUES (?1)")?;
    // each linked event's id, and whether its claims changed
    let mut ids: Vec<i64> = Vec::with_capacity(events.len());
    let mut changed: Vec<bool> = Vec::with_capacity(events.len());
    // (claim, its new event, whether that event changed)
    let mut pairs: Vec<(ClaimId, i64, bool)> = Vec::with_capacity(stored.len());
    let mut live: HashSet<i64> = HashSet::new();
    let mut written = 0;
    let mut delta = Delta::default();
    for e in &events {
        let (id, row) = rows.write(tx, e, &mut known)?;
        let moved = match row {
            EventRow::New => {
                delta.events += 1;
                true
            }
            _ => {
                let mut now = e.claims.clone();
                now.sort_unstable();
                let mut before = members.get(&id).cloned().unwrap_or_default();
                before.sort_unstable();
                now != before
            }
        };
        if moved || row != EventRow::Same {
            touch.execute([id])?;
            written += 1;
        }
        live.insert(id);
        pairs.extend(e.claims.iter().map(|&c| (c, id, moved)));
        ids.push(id);
        changed.push(moved);
    }
    drop(events);
    drop(members);
    // the subset's stored events this linking no longer has
    let stale = super::xref::stale_events(&known, &live);
    written += stale.len();
    delta.events -= stale.len() as i64;
    // the findings of the events whose claims changed, and of those deleted
    let mut del_links = tx.prepare_cached(
        "DELETE FROM finding_claim WHERE finding_id IN
           (SELECT finding_id FROM finding WHERE event_id = ?1)",
    )?;
    let mut del = tx.prepare_cached("DELETE FROM finding WHERE event_id = ?1")?;
    let redo = ids
        .iter()
        .zip(&changed)
        .filter(|(_, &c)| c)
        .map(|(&id, _)| id)
        .chain(stale.iter().copied());
    for id in redo {
        delta.finding_claims -= del_links.execute([id])? as i64;
        delta.findings -= del.execute([id])? as i64;
    }
    // each claim's event, by its position in `stored` (both in claim id order)
    let redo_claims: HashSet<ClaimId> = pairs
        .iter()
        .filter(|&&(_, _, moved)| moved)
        .map(|&(claim, _, _)| claim)
        .collect();
    let mut pairs: Vec<(ClaimId, i64)> = pairs.into_iter().map(|(c, id, _)| (c, id)).collect();
    let assigned = super::xref::events_by_position(&stored, &mut pairs);
    drop(pairs);
    (delta.claim_events, delta.digest) = super::xref::set_events(tx, stored, assigned, usize::MAX)?;
    super::xref::delete_events(tx, &stale)?;
    // findings of the events whose claims changed
    let changed_events = findings
        .iter()
        .filter(|f| changed.get(f.event) == Some(&true));
    let (found, links) = super::xref::insert_findings(tx, changed_events, &ids)?;
    delta.findings += found;
    delta.finding_claims += links;
    write_why_part(tx, why, &redo_claims)?;
    Ok((written, delta))
}

/// Why each claim of `claims` is in its event: their old reasons replaced by this
/// linking's (new reason ids after the stored ones), the old reasons no claim has any more
/// deleted.
fn write_why_part(
    tx: &Connection,
    why: crate::xref::link::Why,
    claims: &HashSet<ClaimId>,
) -> Result<()> {
    let mut old_reason =
        tx.prepare_cached("SELECT reason_id FROM claim_evidence WHERE claim_id = ?1")?;
    let mut del = tx.prepare_cached("DELETE FROM claim_evidence WHERE claim_id = ?1")?;
    let mut old: HashSet<i64> = HashSet::new();
    for c in claims {
        if let Some(r) = old_reason
            .query_row([c.0], |r| r.get::<_, i64>(0))
            .optional()?
        {
            old.insert(r);
            del.execute([c.0])?;
        }
    }
    let next: i64 = tx.query_row(
        "SELECT IFNULL(MAX(reason_id), -1) + 1 FROM link_reason",
        [],
        |r| r.get(0),
    )?;
    let links: Vec<_> = why
        .links
        .into_iter()
        .filter(|(c, _, _)| claims.contains(c))
        .collect();
    let mut given: HashMap<u32, i64> = HashMap::new();
    let mut reason =
        tx.prepare_cached("INSERT INTO link_reason(reason_id, reason) VALUES (?1, ?2)")?;
    let mut link = tx.prepare_cached(
        "INSERT INTO claim_evidence(claim_id, score, reason_id) VALUES (?1, ?2, ?3)",
    )?;
    for (claim, score, r) in links {
        let id = match given.get(&r) {
            Some(&id) => id,
            None => {
                let id = next + given.len() as i64;
                let text = why.reasons.get(r as usize).map_or("", String::as_str);
                reason.execute(params![id, text])?;
                given.insert(r, id);
                id
            }
        };
        link.execute(params![claim.0, f64::from(score), id])?;
    }
    let mut orphan = tx.prepare_cached(
        "DELETE FROM link_reason WHERE reason_id = ?1
           AND NOT EXISTS (SELECT 1 FROM claim_evidence WHERE reason_id = ?1)",
    )?;
    for r in old {
        orphan.execute([r])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Ingest, NoSink};
    use crate::store::Store;

    const FIRST: &str =
        "document,published,victims,outcome,quantity,event,place,event_date,scope,period
a1,2016-05-06,people,killed,5,,Aleppo,2016-05-06,incident,
a2,2016-09-01,people,killed,7,,Homs,2016-09-01,incident,
a3,2016-01-01,people,killed,9,Market bombing,Idlib,2016-01-01,incident,
a4,2016-03-01,people,killed,\"more than 270,000\",,Syria,,cumulative,since 2011
a5,2015-01-01,people,killed,3,,Aleppo,2015-01-01,incident,
a6,2016-05-02,people,wounded,12,,Aleppo,2016-05-02,incident,
";
    const SECOND: &str =
        "document,published,victims,outcome,quantity,event,place,event_date,scope,period
b1,2016-05-08,people,killed,6,,Aleppo,2016-05-08,incident,
b2,2016-01-02,people,killed,10,market  BOMBING,Idlib,2016-01-02,incident,
b3,2016-04-01,people,killed,\"more than 280,000\",,Syria,,cumulative,since 2011
";

    fn texts(conn: &Connection, sql: &str) -> Vec<String> {
        let mut v: Vec<String> = conn
            .prepare(sql)
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        v.sort();
        v
    }

    #[test]
    fn new_claims_reach_their_named_event_toll_and_incidents_within_the_window() {
        let dir = tempfile::tempdir().unwrap();
        let tables = Tables::default();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let (a, b) = (dir.path().join("a.csv"), dir.path().join("b.csv"));
        std::fs::write(&a, FIRST).unwrap();
        std::fs::write(&b, SECOND).unwrap();
        let first = Ingest::new(&tables)
            .run(&mut store, &[a], &mut NoSink)
            .unwrap();
        assert!(matches!(first.linking, Some(Relinked::Full { .. })));
        let mark: i64 = store
            .conn
            .query_row("SELECT claims_up_to FROM xref_mark", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mark, 6);
        let second = Ingest::new(&tables)
            .run(&mut store, &[b], &mut NoSink)
            .unwrap();
        match second.linking {
            Some(Relinked::Incremental { new_claims, .. }) => assert_eq!(new_claims, 3),
            other => panic!("{other:?}"),
        }
        // what the second sheet's claims reach, as it was chosen: the mark set back
        let tx = store.conn.transaction().unwrap();
        let terms = super::super::read::document_terms(&tx).unwrap();
        let places = crate::xref::incidents::PlaceIndex::new(&tables);
        let new = select(&tx, &tables, &places, &XrefConfig::default(), mark, &terms).unwrap();
        assert_eq!(new, 3);
        let reached = texts(
            &tx,
            "SELECT e.label FROM temp.xref_events x JOIN event e USING (event_id)",
        );
        // the named event (its name folded), the war's running toll, the Aleppo incidents
        // of 6 May (within 3 days of the 8th): not that of 2 May (6 days before), Homs in
        // September, nor Aleppo a year before
        assert!(reached.iter().any(|l| l == "Market bombing"), "{reached:?}");
        assert!(
            reached.iter().any(|l| l.contains("cumulative")),
            "{reached:?}"
        );
        let days = texts(
            &tx,
            "SELECT e.date_start FROM temp.xref_events x JOIN event e USING (event_id)
             WHERE e.kind = 'incident' AND e.event_key NOT LIKE 'named:%'",
        );
        assert!(days.contains(&"2016-05-06".to_string()), "{days:?}");
        assert!(!days
            .iter()
            .any(|d| d == "2016-05-02" || d.starts_with("2016-09") || d.starts_with("2015")));
        // closed over those events: every claim of them, and nothing of the others
        close(&tx, &[]).unwrap();
        let docs = texts(
            &tx,
            "SELECT c.cited_document FROM temp.xref_subset s JOIN claim c USING (claim_id)",
        );
        assert_eq!(docs, ["a1", "a3", "a4", "b1", "b2", "b3"]);
    }

    #[test]
    fn counts_kept_with_the_mark_read_back_as_written() {
        let c = Counts {
            claims: 1_000_063,
            max_claim: 1_000_063,
            terms: 0,
            events: 290_343,
            max_event: 290_343,
            findings: 84_494,
            max_finding: 84_500,
            finding_claims: 153_352,
            claim_events: 1_000_063,
            digest: -2_109_232_203_741_759,
        };
        assert_eq!(Counts::from_text(&c.to_text()), Some(c));
        assert_eq!(Counts::from_text("1 2 3"), None);
        assert_eq!(Counts::from_text(""), None);
        assert_eq!(Counts::from_text("1 2 3 4 5 6 7 8 9 x"), None);
    }

    #[test]
    fn a_changed_claim_or_a_deleted_one_falls_back_to_linking_everything() {
        let dir = tempfile::tempdir().unwrap();
        let tables = Tables::default();
        let cfg = XrefConfig::default();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let a = dir.path().join("a.csv");
        std::fs::write(&a, FIRST).unwrap();
        Ingest::new(&tables)
            .run(&mut store, &[a], &mut NoSink)
            .unwrap();
        let ok =
            |s: &Store| eligible(&s.conn, &tables, &cfg, &Counts::read(&s.conn).unwrap()).unwrap();
        assert_eq!(ok(&store), Ok(6));
        // an earlier claim's place changed in place: the trigger marks it
        store
            .conn
            .execute("UPDATE claim SET place = 'Hama' WHERE claim_id = 2", [])
            .unwrap();
        assert!(ok(&store).unwrap_err().contains("changed since"));
        store.rebuild_xref(&tables, &cfg, true).unwrap();
        assert_eq!(ok(&store), Ok(6));
        // a claim deleted: fewer claims in events than the mark counted
        store
            .conn
            .execute("DELETE FROM claim WHERE claim_id = 3", [])
            .unwrap();
        assert!(ok(&store).unwrap_err().contains("deleted"));
        store.rebuild_xref(&tables, &cfg, true).unwrap();
        // another window: other settings
        let wider = XrefConfig {
            window_days: 5,
            ..XrefConfig::default()
        };
        let counts = Counts::read(&store.conn).unwrap();
        assert!(eligible(&store.conn, &tables, &wider, &counts)
            .unwrap()
            .is_err());
    }
}
