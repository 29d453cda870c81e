//! Reading claims, events and findings as plain rows for `xref` and `render`.

use super::{ClaimId, EventId, Result, Store};
use rusqlite::Connection;
use serde::Serialize;

/// A stored claim with what cross-referencing needs.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ClaimRow {
    pub claim_id: ClaimId,
    /// Order within its input document: with `input`, a reference that survives re-ingest.
    pub seq: i64,
    pub document: String,
    pub input: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub claimant: Option<String>,
    /// Canonical claimant (through the source aliases).
    pub source: Option<String>,
    pub source_side: Option<String>,
    pub via: Option<String>,
    pub victims: String,
    pub victim_group: String,
    pub outcome: String,
    pub quantity: String,
    pub qualifier: String,
    pub low: Option<i64>,
    pub high: Option<i64>,
    pub scope: String,
    pub period: Option<String>,
    pub as_of: Option<String>,
    pub event_label: Option<String>,
    pub place: Option<String>,
    pub event_date: Option<String>,
    pub adversary: Option<String>,
    pub sentence: Option<String>,
    pub method: String,
    pub event_id: Option<EventId>,
}

impl ClaimRow {
    /// "input#seq": names the claim across re-ingests of an unchanged document.
    pub fn reference(&self) -> String {
        claim_reference(&self.input, self.seq)
    }

    /// The interval as text: "13", "≤13", "≥220", "360–440", "?".
    pub fn interval(&self) -> String {
        interval(self.low, self.high)
    }

    /// Who said it, as one phrase: "Revolutionary Guards official via Fars".
    pub fn attribution(&self) -> String {
        attribution(
            self.claimant.as_deref(),
            self.outlet.as_deref(),
            &self.document,
            self.via.as_deref(),
        )
    }
}

/// "input#seq": names a claim across re-ingests of an unchanged document.
pub fn claim_reference(input: &str, seq: i64) -> String {
    format!("{input}#{seq}")
}

/// An interval as text: "13", "≤13", "≥220", "360–440", "?".
pub fn interval(low: Option<i64>, high: Option<i64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if l == h => l.to_string(),
        (Some(l), Some(h)) => format!("{l}–{h}"),
        (Some(l), None) => format!("≥{l}"),
        (None, Some(h)) => format!("≤{h}"),
        (None, None) => "?".into(),
    }
}

/// Who said a claim, as one phrase: its claimant (else outlet, else document) via its relay.
pub fn attribution(
    claimant: Option<&str>,
    outlet: Option<&str>,
    document: &str,
    via: Option<&str>,
) -> String {
    let who = claimant.or(outlet).unwrap_or(document);
    match via {
        Some(v) => format!("{who} via {v}"),
        None => who.to_string(),
    }
}

/// The columns `claim_from_row` reads, of claim `c`, its document `d`, its claimant's
/// source `s` and its event `ce` (claim_event).
const CLAIM_COLUMNS: &str = "c.claim_id, COALESCE(c.cited_document, d.name), d.name,
        COALESCE(c.outlet, d.outlet), COALESCE(c.published, d.published), c.claimant,
        s.name, s.side, c.via, c.victims, c.victim_group, c.outcome, c.quantity, c.qualifier,
        c.low, c.high, c.scope, c.period, c.as_of, c.event_label,
        COALESCE(c.place_norm, c.place), c.event_date, c.adversary, c.sentence, c.method,
        ce.event_id, c.seq";

/// A claim's document and source, after `claim c`.
const CLAIM_JOINS: &str = "JOIN document d ON d.document_id = c.document_id
     LEFT JOIN source s ON s.source_id = c.claimant_id";

fn claim_from_row(r: &rusqlite::Row) -> rusqlite::Result<ClaimRow> {
    Ok(ClaimRow {
        claim_id: ClaimId(r.get(0)?),
        document: r.get(1)?,
        input: r.get(2)?,
        outlet: r.get(3)?,
        published: r.get(4)?,
        claimant: r.get(5)?,
        source: r.get(6)?,
        source_side: r.get(7)?,
        via: r.get(8)?,
        victims: r.get(9)?,
        victim_group: r.get(10)?,
        outcome: r.get(11)?,
        quantity: r.get(12)?,
        qualifier: r.get(13)?,
        low: r.get(14)?,
        high: r.get(15)?,
        scope: r.get(16)?,
        period: r.get(17)?,
        as_of: r.get(18)?,
        event_label: r.get(19)?,
        place: r.get(20)?,
        event_date: r.get(21)?,
        adversary: r.get(22)?,
        sentence: r.get(23)?,
        method: r.get(24)?,
        event_id: r.get::<_, Option<i64>>(25)?.map(EventId),
        seq: r.get(26)?,
    })
}

/// Every claim, in id order.
pub fn all_claims(conn: &Connection) -> Result<Vec<ClaimRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CLAIM_COLUMNS} FROM claim c {CLAIM_JOINS}
         LEFT JOIN claim_event ce ON ce.claim_id = c.claim_id ORDER BY c.claim_id"
    ))?;
    let rows = stmt
        .query_map([], claim_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Every claim as linking reads it (`xref::rows`), in id order: the words interned, the
/// day worked out once.
pub fn link_claims(conn: &Connection) -> Result<crate::xref::rows::Claims> {
    use crate::xref::rows::{Claims, LinkClaim, Strings};
    use rusqlite::types::ValueRef;
    let mut stmt = conn.prepare_cached(
        "SELECT c.claim_id, c.seq, c.low, c.high, ce.event_id,
            COALESCE(c.event_date, c.published, d.published), COALESCE(c.cited_document, d.name),
            d.name, COALESCE(c.outlet, d.outlet), c.claimant, s.name, s.side, c.via,
            c.victim_group, c.outcome, c.quantity, c.scope, c.period, c.as_of, c.event_label,
            COALESCE(c.place_norm, c.place), c.adversary
         FROM claim c JOIN document d ON d.document_id = c.document_id
         LEFT JOIN source s ON s.source_id = c.claimant_id
         LEFT JOIN claim_event ce ON ce.claim_id = c.claim_id
         ORDER BY c.claim_id",
    )?;
    let mut strings = Strings::default();
    let mut out = Vec::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let mut text = |i: usize| -> rusqlite::Result<Option<crate::xref::rows::Sym>> {
            Ok(match r.get_ref(i)? {
                ValueRef::Null => None,
                ValueRef::Text(t) | ValueRef::Blob(t) => {
                    Some(strings.intern(&String::from_utf8_lossy(t)))
                }
                ValueRef::Integer(n) => Some(strings.intern(&n.to_string())),
                ValueRef::Real(x) => Some(strings.intern(&x.to_string())),
            })
        };
        let day = text(5)?;
        let document = text(6)?;
        let input = text(7)?;
        let outlet = text(8)?;
        let claimant = text(9)?;
        let source = text(10)?;
        let source_side = text(11)?;
        let via = text(12)?;
        let victim_group = text(13)?;
        let outcome = text(14)?;
        let quantity = text(15)?;
        let scope = text(16)?;
        let period = text(17)?;
        let as_of = text(18)?;
        let event_label = text(19)?;
        let place = text(20)?;
        let adversary = text(21)?;
        let empty = strings.intern("");
        out.push(LinkClaim {
            claim_id: ClaimId(r.get(0)?),
            seq: r.get(1)?,
            low: r.get(2)?,
            high: r.get(3)?,
            event_id: r.get::<_, Option<i64>>(4)?.map(EventId),
            day: strings
                .opt(day)
                .and_then(crate::normalize::date::bounds)
                .map(|(start, _)| start),
            document: document.unwrap_or(empty),
            input: input.unwrap_or(empty),
            outlet,
            claimant,
            source,
            source_side,
            via,
            victim_group: victim_group.unwrap_or(empty),
            outcome: outcome.unwrap_or(empty),
            quantity: quantity.unwrap_or(empty),
            scope: scope.unwrap_or(empty),
            period,
            as_of,
            event_label,
            place,
            adversary,
        });
    }
    Ok(Claims::new(out, strings))
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventRow {
    pub event_id: EventId,
    pub label: String,
    pub kind: String,
    pub place: Option<String>,
    pub date_start: Option<String>,
    pub date_end: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FindingRow {
    pub finding_id: i64,
    pub kind: String,
    pub severity: String,
    pub event_id: Option<EventId>,
    pub outcome: Option<String>,
    pub victim_group: Option<String>,
    pub reason: String,
    pub claim_ids: Vec<ClaimId>,
}

pub fn all_events(conn: &Connection) -> Result<Vec<EventRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT event_id, label, kind, place, date_start, date_end FROM event
         ORDER BY COALESCE(date_start, '9999'), event_id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(EventRow {
                event_id: EventId(r.get(0)?),
                label: r.get(1)?,
                kind: r.get(2)?,
                place: r.get(3)?,
                date_start: r.get(4)?,
                date_end: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn all_findings(conn: &Connection) -> Result<Vec<FindingRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT finding_id, kind, severity, event_id, outcome, victim_group, reason
         FROM finding ORDER BY finding_id",
    )?;
    let mut rows = stmt
        .query_map([], |r| {
            Ok(FindingRow {
                finding_id: r.get(0)?,
                kind: r.get(1)?,
                severity: r.get(2)?,
                event_id: r.get::<_, Option<i64>>(3)?.map(EventId),
                outcome: r.get(4)?,
                victim_group: r.get(5)?,
                reason: r.get(6)?,
                claim_ids: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT finding_id, claim_id FROM finding_claim ORDER BY finding_id, claim_id",
    )?;
    let links = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, ClaimId(r.get(1)?))))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let index: std::collections::HashMap<i64, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, f)| (f.finding_id, i))
        .collect();
    for (f, c) in links {
        if let Some(&i) = index.get(&f) {
            rows[i].claim_ids.push(c);
        }
    }
    Ok(rows)
}

impl Store {
    pub fn claim_counts(&self) -> Result<ClaimCounts> {
        claim_counts(&self.conn)
    }
    pub fn each_event_claims<E: From<super::StoreError>>(
        &self,
        events: &[EventId],
        f: impl FnMut(usize, Vec<ClaimRow>) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        each_event_claims(&self.conn, events, f)
    }
    pub fn claims(&self) -> Result<Vec<ClaimRow>> {
        all_claims(&self.conn)
    }
    pub fn events(&self) -> Result<Vec<EventRow>> {
        all_events(&self.conn)
    }
    pub fn findings(&self) -> Result<Vec<FindingRow>> {
        all_findings(&self.conn)
    }
}

/// An analyst's correction to the linker (`tollcheck events merge|split|rename`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventCorrection {
    pub action: String,
    pub event_key: String,
    pub target: Option<String>,
    /// For split: claim references ("input#seq") separated by commas.
    pub claim_ref: Option<String>,
}

pub fn event_corrections(conn: &Connection) -> Result<Vec<EventCorrection>> {
    let mut stmt = conn.prepare_cached(
        "SELECT action, event_key, target, claim_ref FROM event_correction ORDER BY correction_id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(EventCorrection {
                action: r.get(0)?,
                event_key: r.get(1)?,
                target: r.get(2)?,
                claim_ref: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The stable key of an event id.
pub fn event_key(conn: &Connection, id: EventId) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached("SELECT event_key FROM event WHERE event_id = ?1")?
        .query_row([id.0], |r| r.get(0))
        .optional()?)
}

/// Every document's signature terms, by document name.
pub fn document_terms(
    conn: &Connection,
) -> Result<std::collections::HashMap<String, Vec<(String, u32)>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.name, t.term, t.count FROM document_term t JOIN document d USING (document_id)",
    )?;
    let mut out: std::collections::HashMap<String, Vec<(String, u32)>> = Default::default();
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, u32>(2)?,
        ))
    })?;
    for row in rows {
        let (d, t, n) = row?;
        out.entry(d).or_default().push((t, n));
    }
    Ok(out)
}

/// What the head of the report counts: each event's number of claims, every claim, and the
/// distinct documents they come from.
pub struct ClaimCounts {
    pub by_event: std::collections::HashMap<i64, usize>,
    pub claims: usize,
    pub documents: usize,
}

pub fn claim_counts(conn: &Connection) -> Result<ClaimCounts> {
    let mut by_event = std::collections::HashMap::new();
    let mut documents = std::collections::HashSet::new();
    let mut claims = 0;
    let mut stmt = conn.prepare_cached(
        "SELECT ce.event_id, COALESCE(c.cited_document, d.name)
         FROM claim c JOIN document d ON d.document_id = c.document_id
         LEFT JOIN claim_event ce ON ce.claim_id = c.claim_id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        claims += 1;
        if let Some(e) = r.get::<_, Option<i64>>(0)? {
            *by_event.entry(e).or_default() += 1;
        }
        if let rusqlite::types::ValueRef::Text(t) = r.get_ref(1)? {
            if !documents.contains(t) {
                documents.insert(t.to_vec());
            }
        }
    }
    Ok(ClaimCounts {
        by_event,
        claims,
        documents: documents.len(),
    })
}

/// The claims of `events`, one event after another in the order given: `f` gets each
/// event's position in `events` and its claims (in no particular order). Reads each claim once, through
/// the index of claim_event by event, never all claims at once.
pub fn each_event_claims<E: From<super::StoreError>>(
    conn: &Connection,
    events: &[EventId],
    mut f: impl FnMut(usize, Vec<ClaimRow>) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let sql = |e: rusqlite::Error| E::from(e.into());
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS report_event(
            rank INTEGER PRIMARY KEY, event_id INTEGER NOT NULL)",
        [],
    )
    .map_err(sql)?;
    conn.execute("DELETE FROM temp.report_event", [])
        .map_err(sql)?;
    {
        let mut ins = conn
            .prepare_cached("INSERT INTO temp.report_event(rank, event_id) VALUES (?1, ?2)")
            .map_err(sql)?;
        for (i, e) in events.iter().enumerate() {
            ins.execute([i as i64, e.0]).map_err(sql)?;
        }
    }
    // CROSS JOIN keeps the events' order as the outer loop, then each event's claims by
    // the index of claim_event by event: no sort of all claims
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {CLAIM_COLUMNS}, r.rank FROM temp.report_event r
             CROSS JOIN claim_event ce ON ce.event_id = r.event_id
             CROSS JOIN claim c ON c.claim_id = ce.claim_id {CLAIM_JOINS}
             ORDER BY r.rank"
        ))
        .map_err(sql)?;
    let mut rows = stmt.query([]).map_err(sql)?;
    let mut current: Option<(usize, Vec<ClaimRow>)> = None;
    while let Some(r) = rows.next().map_err(sql)? {
        let rank = r.get::<_, i64>(27).map_err(sql)? as usize;
        let claim = claim_from_row(r).map_err(sql)?;
        match &mut current {
            Some((at, claims)) if *at == rank => claims.push(claim),
            _ => {
                if let Some((at, claims)) = current.take() {
                    f(at, claims)?;
                }
                current = Some((rank, vec![claim]));
            }
        }
    }
    if let Some((at, claims)) = current {
        f(at, claims)?;
    }
    conn.execute("DELETE FROM temp.report_event", [])
        .map_err(sql)?;
    Ok(())
}
