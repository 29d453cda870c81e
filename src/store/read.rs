//! Reading claims, events and findings as plain rows for `xref` and `render`.

use super::{Result, Store};
use crate::model::{
    claim_reference, ClaimCounts, ClaimId, ClaimRow, EventCorrection, EventId, EventRow,
    FindingRow, Totals,
};
use rusqlite::Connection;

/// The columns `claim_from_row` reads, of claim `c`, its document `d`, its claimant's
/// source `s` and its event `ce` (claim_event).
const CLAIM_COLUMNS: &str = "c.claim_id, COALESCE(c.cited_document, d.name), d.name,
        COALESCE(c.outlet, d.outlet), COALESCE(c.published, d.published), c.claimant,
        s.name, s.side, c.via, c.victims, c.victim_group, c.outcome, c.quantity, c.qualifier,
        c.low, c.high, c.scope, c.period, c.as_of, c.event_label,
        COALESCE(c.place_norm, c.place), c.event_date, c.adversary, c.sentence, c.method,
        ce.event_id, c.seq, CASE WHEN c.cited_document IS NULL THEN d.url END";

/// How many columns `CLAIM_COLUMNS` has: a query's own columns follow them.
const CLAIM_COLUMN_COUNT: usize = 28;

/// A claim's document and source, after `claim c`.
const CLAIM_JOINS: &str = "JOIN document d ON d.document_id = c.document_id
     LEFT JOIN source s ON s.source_id = c.claimant_id";

fn claim_from_row(r: &rusqlite::Row) -> rusqlite::Result<ClaimRow> {
    let mut c = ClaimRow::default();
    fill_claim(r, &mut c)?;
    Ok(c)
}

/// Reads a row of `CLAIM_COLUMNS` into `c`, reusing its strings' buffers: a report reads a
/// million claims through a few rows' worth of allocations.
fn fill_claim(r: &rusqlite::Row, c: &mut ClaimRow) -> rusqlite::Result<()> {
    use rusqlite::types::{FromSqlError, ValueRef};
    fn text<'a>(r: &'a rusqlite::Row, i: usize) -> rusqlite::Result<Option<&'a str>> {
        match r.get_ref(i)? {
            ValueRef::Null => Ok(None),
            ValueRef::Text(t) => std::str::from_utf8(t).map(Some).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    i,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            }),
            v => Err(rusqlite::Error::FromSqlConversionFailure(
                i,
                v.data_type(),
                Box::new(FromSqlError::InvalidType),
            )),
        }
    }
    fn set(to: &mut String, from: &str) {
        to.clear();
        to.push_str(from);
    }
    let req = |to: &mut String, i: usize| -> rusqlite::Result<()> {
        match text(r, i)? {
            Some(t) => set(to, t),
            None => {
                return Err(rusqlite::Error::InvalidColumnType(
                    i,
                    r.as_ref().column_name(i).unwrap_or("").to_string(),
                    rusqlite::types::Type::Null,
                ))
            }
        }
        Ok(())
    };
    let opt = |to: &mut Option<String>, i: usize| -> rusqlite::Result<()> {
        match (text(r, i)?, to.as_mut()) {
            (None, _) => *to = None,
            (Some(t), Some(s)) => set(s, t),
            (Some(t), None) => *to = Some(t.to_string()),
        }
        Ok(())
    };
    c.claim_id = r.get(0)?;
    req(&mut c.document, 1)?;
    req(&mut c.input, 2)?;
    opt(&mut c.outlet, 3)?;
    opt(&mut c.published, 4)?;
    opt(&mut c.claimant, 5)?;
    opt(&mut c.source, 6)?;
    opt(&mut c.source_side, 7)?;
    opt(&mut c.via, 8)?;
    req(&mut c.victims, 9)?;
    req(&mut c.victim_group, 10)?;
    req(&mut c.outcome, 11)?;
    req(&mut c.quantity, 12)?;
    req(&mut c.qualifier, 13)?;
    c.low = r.get(14)?;
    c.high = r.get(15)?;
    req(&mut c.scope, 16)?;
    opt(&mut c.period, 17)?;
    opt(&mut c.as_of, 18)?;
    opt(&mut c.event_label, 19)?;
    opt(&mut c.place, 20)?;
    opt(&mut c.event_date, 21)?;
    opt(&mut c.adversary, 22)?;
    opt(&mut c.sentence, 23)?;
    req(&mut c.method, 24)?;
    c.event_id = r.get(25)?;
    c.seq = r.get(26)?;
    opt(&mut c.url, 27)?;
    Ok(())
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
/// `types` tell what happened from a text (a claim's sentence, else its event's name,
/// else its document's title): only the type is kept, not the text; the sentence is also
/// read for its toll wording (`wording`).
pub fn link_claims(
    conn: &Connection,
    types: &crate::xref::event_type::EventTypes,
    wording: &crate::tables::TollWording,
) -> Result<crate::xref::rows::Claims> {
    link_claims_where(conn, "", types, wording)
}

/// The claims of the temporary tables `xref_subset` and `xref_context` (claim_id), as
/// [`link_claims`] reads them: incremental linking's subset and its report-mates.
pub fn link_claims_of_subset(
    conn: &Connection,
    types: &crate::xref::event_type::EventTypes,
    wording: &crate::tables::TollWording,
) -> Result<crate::xref::rows::Claims> {
    link_claims_where(
        conn,
        "WHERE c.claim_id IN (SELECT claim_id FROM temp.xref_subset
                              UNION ALL SELECT claim_id FROM temp.xref_context)",
        types,
        wording,
    )
}

fn link_claims_where(
    conn: &Connection,
    filter: &str,
    types: &crate::xref::event_type::EventTypes,
    wording: &crate::tables::TollWording,
) -> Result<crate::xref::rows::Claims> {
    let event_type = |text: &str| types.detect(text);
    use crate::xref::rows::{Claims, LinkClaim, Numbers, Strings, Sym};
    use rusqlite::types::ValueRef;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT c.claim_id, c.seq, c.low, c.high, ce.event_id,
            c.event_date, COALESCE(c.cited_document, d.name),
            d.name, COALESCE(c.outlet, d.outlet), c.claimant, s.name, s.side, c.via,
            c.victim_group, c.outcome, c.quantity, c.scope, c.period, c.as_of, c.event_label,
            COALESCE(c.place_norm, c.place), c.adversary, c.sentence, d.title, d.document_id,
            c.place_id, COALESCE(c.published, d.published), c.place_basis, c.date_basis,
            c.place_relation, c.place_from, c.place_km, c.place_bearing
         FROM claim c {CLAIM_JOINS}
         LEFT JOIN claim_event ce ON ce.claim_id = c.claim_id {filter} ORDER BY c.claim_id"
    ))?;
    let mut strings = Strings::default();
    let mut out = Vec::new();
    // each distinct day string's date, by its symbol: parsed once, not once a claim
    let mut days: Vec<Option<Option<chrono::NaiveDate>>> = Vec::new();
    // the last document's title's type: read once a document
    let mut title_type: Option<(i64, Option<crate::xref::event_type::TypeId>)> = None;
    let mut clause_names = Vec::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let mut text = |i: usize| -> rusqlite::Result<Option<Sym>> {
            Ok(match r.get_ref(i)? {
                ValueRef::Null => None,
                // valid UTF-8 (nearly always) is interned as it is, without a copy
                ValueRef::Text(t) | ValueRef::Blob(t) => Some(match std::str::from_utf8(t) {
                    Ok(t) => strings.intern(t),
                    Err(_) => strings.intern(&String::from_utf8_lossy(t)),
                }),
                ValueRef::Integer(n) => Some(strings.intern(&n.to_string())),
                ValueRef::Real(x) => Some(strings.intern(&x.to_string())),
            })
        };
        // the claim's day, as the linker decides it from the stated date, the report's
        // day and the sentence's case
        let raw = |i: usize| -> rusqlite::Result<Option<&[u8]>> {
            Ok(match r.get_ref(i)? {
                ValueRef::Text(t) => Some(t),
                _ => None,
            })
        };
        fn utf8_of(t: Option<&[u8]>) -> Option<&str> {
            t.and_then(|t| std::str::from_utf8(t).ok())
        }
        let claim_day = crate::xref::rows::claim_day(
            utf8_of(raw(5)?),
            utf8_of(raw(26)?),
            crate::xref::rows::in_capitals_only(raw(22)?),
        );
        // a single day its text states as the incident's (`claim.date_basis`, V16)
        let incident_day = matches!(claim_day, crate::xref::rows::ClaimDay::Stated)
            && raw(5)?.is_some_and(|d| d.len() == 10)
            && matches!(raw(28)?, Some(b"incident"));
        let day = match claim_day {
            crate::xref::rows::ClaimDay::Stated => text(5)?,
            crate::xref::rows::ClaimDay::Published => text(26)?,
            crate::xref::rows::ClaimDay::Undated => None,
        };
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
        // a scene near a town, or a name the gazetteer lacks: the id linking compares
        // (`xref::incidents::PlaceIndex`, session 20), not the stored one alone
        let place_spec = match r.get_ref(29)? {
            ValueRef::Text(b"near") => {
                let id: Option<String> = r.get(25)?;
                let from: Option<String> = r.get(30)?;
                Some(crate::xref::incidents::near_id(
                    id.as_deref(),
                    from.as_deref().unwrap_or(""),
                    r.get(31)?,
                    r.get(32)?,
                ))
            }
            ValueRef::Text(b"unresolved") => {
                let id: Option<String> = r.get(25)?;
                Some(crate::xref::incidents::unresolved_id(id.as_deref()))
            }
            _ => None,
        };
        let place_id = text(25)?;
        let reported = text(26)?;
        let (flags, sentence) = match r.get_ref(22)? {
            ValueRef::Text(t) => (
                wording.figure_flags(&String::from_utf8_lossy(t), utf8_of(raw(15)?)),
                crate::xref::rows::sentence_hash(t),
            ),
            _ => (0, 0),
        };
        // rule recalled_clause_names (session 32): the names of the figure's clause
        if let (Some(t), Some(q)) = (utf8_of(raw(22)?), utf8_of(raw(15)?)) {
            let names = crate::extract::signature::clause_names(t, q);
            if !names.is_empty() {
                clause_names.push((r.get(0)?, names));
            }
        }
        let document_id: i64 = r.get(24)?;
        // text as it is (not UTF-8: no type)
        let utf8 = |v: ValueRef<'_>| match v {
            ValueRef::Text(t) => std::str::from_utf8(t).ok().map(event_type),
            _ => None,
        };
        let mut ty = utf8(r.get_ref(22)?).flatten();
        if ty.is_none() {
            ty = event_label.and_then(|l| event_type(strings.get(l)));
        }
        if ty.is_none() {
            ty = match title_type {
                Some((d, t)) if d == document_id => t,
                _ => {
                    let t = utf8(r.get_ref(23)?).flatten();
                    title_type = Some((document_id, t));
                    t
                }
            };
        }
        // rule running_incident_day (session 28): a running tally of an incident that
        // lasts is dated by its report, not by the day or month it counts to ("as of 3
        // May", "since the outbreak began in April"), whatever its stated date; a report of
        // no known day keeps the claim's own (review 2, item 6)
        let running = crate::xref::link::running_incident(types, scope.map(|s| strings.get(s)), ty);
        let (day, incident_day) = if running {
            (reported.or(day), false)
        } else {
            (day, incident_day)
        };
        let empty = strings.intern("");
        let place_id = match place_spec {
            Some(spec) => Some(strings.intern(&spec)),
            None => place_id,
        };
        let mut date_of = |d: Option<Sym>| {
            d.and_then(|d| {
                if days.len() <= d.index() {
                    days.resize(d.index() + 1, None);
                }
                *days[d.index()].get_or_insert_with(|| {
                    // a day, or a span's middle day ("last week": rule last_week_span)
                    crate::normalize::date::bounds(strings.get(d))
                        .map(|(start, end)| start + (end - start) / 2)
                })
            })
        };
        let day = date_of(day);
        let reported = date_of(reported);
        out.push(LinkClaim {
            claim_id: r.get(0)?,
            seq: r.get(1)?,
            numbers: Numbers::new(r.get(2)?, r.get(3)?, r.get(4)?)
                .with_place_and_type(place_id, ty)
                .with_report(reported, flags)
                .with_fallback_place(matches!(
                    r.get_ref(27)?,
                    ValueRef::Text(t) if std::str::from_utf8(t).ok()
                        .and_then(crate::model::PlaceBasis::parse)
                        .is_some_and(crate::model::PlaceBasis::is_fallback)
                ))
                .with_incident_day(incident_day)
                .with_earlier(matches!(claim_day, crate::xref::rows::ClaimDay::Undated)),
            day,
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
            sentence,
        });
    }
    // the regions summed claims cover (V18; session 24, regions24)
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT c.claim_id, cr.region_id FROM claim_region cr
         JOIN claim c ON c.claim_id = cr.claim_id {filter} ORDER BY c.claim_id, cr.region_id"
    ))?;
    let regions = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Claims::new(out, strings)
        .with_regions(regions)
        .with_clause_names(clause_names))
}

const EVENT_COLUMNS: &str = "e.event_id, e.label, e.kind, e.place, e.date_start, e.date_end";

fn event_from_row(r: &rusqlite::Row, at: usize) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        event_id: r.get(at)?,
        label: r.get(at + 1)?,
        kind: r.get(at + 2)?,
        place: r.get(at + 3)?,
        date_start: r.get(at + 4)?,
        date_end: r.get(at + 5)?,
    })
}

/// Every event in the report's order: by first date (undated last), then id.
pub fn each_event(conn: &Connection, mut f: impl FnMut(&EventRow)) -> Result<()> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {EVENT_COLUMNS} FROM event e ORDER BY COALESCE(e.date_start, '9999'), e.event_id"
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        f(&event_from_row(r, 0)?);
    }
    Ok(())
}

/// Every finding's event, kind and severity: what the report's filter looks at.
pub fn each_finding_kind(
    conn: &Connection,
    mut f: impl FnMut(Option<EventId>, &str, &str),
) -> Result<()> {
    let mut stmt = conn.prepare_cached("SELECT event_id, kind, severity FROM finding")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let text = |i| -> rusqlite::Result<String> { r.get(i) };
        f(r.get(0)?, &text(1)?, &text(2)?);
    }
    Ok(())
}

impl Store {
    /// The stored content hash of document `name`, if it is stored.
    pub fn stored_hash(&self, name: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .prepare_cached("SELECT content_hash FROM document WHERE name = ?1")?
            .query_row([name], |r| r.get(0))
            .optional()?)
    }

    /// How many claims and events the database holds: as the last linking counted them
    /// when nothing was added since (`store::incremental::kept_totals`), else counted.
    pub fn totals(&self) -> Result<Totals> {
        if let Some(t) = super::incremental::kept_totals(&self.conn)? {
            return Ok(t);
        }
        Ok(self.conn.query_row(
            "SELECT (SELECT COUNT(*) FROM claim), (SELECT COUNT(*) FROM event)",
            [],
            |r| {
                Ok(Totals {
                    claims: r.get(0)?,
                    events: r.get(1)?,
                })
            },
        )?)
    }

    pub fn claim_counts(&self) -> Result<ClaimCounts> {
        claim_counts(&self.conn)
    }
    pub fn each_report_event<E: From<super::StoreError>>(
        &self,
        events: &[EventId],
        f: impl FnMut(usize, EventRow, Vec<FindingRow>, &mut [ClaimRow]) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        each_report_event(&self.conn, events, f)
    }
    pub fn claims(&self) -> Result<Vec<ClaimRow>> {
        all_claims(&self.conn)
    }
    pub fn each_event(&self, f: impl FnMut(&EventRow)) -> Result<()> {
        each_event(&self.conn, f)
    }
    pub fn each_finding_kind(&self, f: impl FnMut(Option<EventId>, &str, &str)) -> Result<()> {
        each_finding_kind(&self.conn, f)
    }
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

impl Store {
    /// The stable key of an event id (what an analyst's correction names it by).
    pub fn event_key(&self, id: EventId) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .prepare_cached("SELECT event_key FROM event WHERE event_id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?)
    }

    /// Claim `claim`'s reference ("input#seq", see [`claim_reference`]) when it is one of
    /// event `event`'s claims.
    pub fn claim_reference_in_event(
        &self,
        claim: ClaimId,
        event: EventId,
    ) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .prepare_cached(
                "SELECT d.name, c.seq FROM claim c JOIN document d USING (document_id)
                 JOIN claim_event ce ON ce.claim_id = c.claim_id
                 WHERE c.claim_id = ?1 AND ce.event_id = ?2",
            )?
            .query_row((claim, event), |r| {
                Ok(claim_reference(r.get_ref(0)?.as_str()?, r.get(1)?))
            })
            .optional()?)
    }
}

/// Every document's signature terms, by document name; each document's in term order.
/// The terms are read in the table's own order (by document, then term) and the names
/// joined here, from the name index: joined in SQL, each term row looked up its document
/// (and its count) in the table again.
pub fn document_terms(conn: &Connection) -> Result<crate::xref::rows::DocTerms> {
    let mut names: std::collections::HashMap<i64, String> = Default::default();
    let mut stmt = conn.prepare_cached("SELECT document_id, name FROM document")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        names.insert(r.get(0)?, r.get(1)?);
    }
    let mut out = crate::xref::rows::DocTermsBuilder::default();
    let mut stmt = conn.prepare_cached(
        "SELECT document_id, term, count FROM document_term ORDER BY document_id, term",
    )?;
    let mut rows = stmt.query([])?;
    let mut last: Option<(i64, Option<&str>)> = None;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let name = match last {
            Some((d, name)) if d == id => name,
            _ => {
                let name = names.get(&id).map(String::as_str);
                last = Some((id, name));
                name
            }
        };
        // a term of no document: what the join left out
        let Some(name) = name else { continue };
        let term = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        out.push(name, term, r.get(2)?);
    }
    Ok(out.build())
}

pub fn claim_counts(conn: &Connection) -> Result<ClaimCounts> {
    let mut by_event = std::collections::HashMap::new();
    let mut documents: std::collections::HashMap<Vec<u8>, u32> = Default::default();
    let mut event_documents = Vec::new();
    let mut claims = 0;
    let mut stmt = conn.prepare_cached(
        "SELECT ce.event_id, COALESCE(c.cited_document, d.name)
         FROM claim c JOIN document d ON d.document_id = c.document_id
         LEFT JOIN claim_event ce ON ce.claim_id = c.claim_id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        claims += 1;
        let event: Option<EventId> = r.get(0)?;
        if let Some(e) = event {
            *by_event.entry(e).or_default() += 1;
        }
        if let rusqlite::types::ValueRef::Text(t) = r.get_ref(1)? {
            let n = documents.len() as u32;
            let doc = match documents.get(t) {
                Some(d) => *d,
                None => *documents.entry(t.to_vec()).or_insert(n),
            };
            if let Some(e) = event {
                event_documents.push((e, doc));
            }
        }
    }
    event_documents.sort_unstable();
    event_documents.dedup();
    event_documents.shrink_to_fit();
    Ok(ClaimCounts {
        by_event,
        claims,
        documents: documents.len(),
        event_documents,
    })
}

/// The events of `events`, one after another in the order given: `f` gets each one's
/// position in `events`, its row, its findings (by id, each with its claim ids in order) and
/// its claims (in no particular order; the rows are reused for the next event). Events
/// without claims are skipped. Three cursors go through the events in step, over the
/// indexes of claims and findings by event: each claim is read once, and never more than
/// one event's claims are in memory.
pub fn each_report_event<E: From<super::StoreError>>(
    conn: &Connection,
    events: &[EventId],
    mut f: impl FnMut(usize, EventRow, Vec<FindingRow>, &mut [ClaimRow]) -> std::result::Result<(), E>,
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
            ins.execute((i as i64, e)).map_err(sql)?;
        }
    }
    // CROSS JOIN keeps the events' order as the outer loop, then each event's claims by
    // the index of claim_event by event: no sort of all claims
    let mut claims = conn
        .prepare(&format!(
            "SELECT {CLAIM_COLUMNS}, r.rank FROM temp.report_event r
             CROSS JOIN claim_event ce ON ce.event_id = r.event_id
             CROSS JOIN claim c ON c.claim_id = ce.claim_id {CLAIM_JOINS}
             ORDER BY r.rank"
        ))
        .map_err(sql)?;
    let mut event_rows = conn
        .prepare(&format!(
            "SELECT r.rank, {EVENT_COLUMNS} FROM temp.report_event r
             CROSS JOIN event e ON e.event_id = r.event_id ORDER BY r.rank"
        ))
        .map_err(sql)?;
    let mut finding_rows = conn
        .prepare(
            "SELECT r.rank, f.finding_id, f.kind, f.severity, f.event_id, f.outcome,
                f.victim_group, f.reason,
                (SELECT group_concat(fc.claim_id) FROM finding_claim fc
                 WHERE fc.finding_id = f.finding_id)
             FROM temp.report_event r CROSS JOIN finding f ON f.event_id = r.event_id
             ORDER BY r.rank, f.finding_id",
        )
        .map_err(sql)?;
    let mut event_rows = event_rows.query([]).map_err(sql)?;
    let mut finding_rows = finding_rows.query([]).map_err(sql)?;
    // the next finding not yet handed out, with its event's rank
    let mut next_finding: Option<(usize, FindingRow)> = None;
    let mut deliver = |at: usize, claims: &mut [ClaimRow]| -> std::result::Result<(), E> {
        let event = loop {
            let Some(r) = event_rows.next().map_err(sql)? else {
                return Ok(());
            };
            let rank = r.get::<_, i64>(0).map_err(sql)? as usize;
            if rank == at {
                break event_from_row(r, 1).map_err(sql)?;
            }
        };
        let mut findings = Vec::new();
        loop {
            if next_finding.is_none() {
                let Some(r) = finding_rows.next().map_err(sql)? else {
                    break;
                };
                next_finding = Some((
                    r.get::<_, i64>(0).map_err(sql)? as usize,
                    finding_from_row(r).map_err(sql)?,
                ));
            }
            match next_finding.take() {
                Some((rank, finding)) if rank < at => drop(finding),
                Some((rank, finding)) if rank == at => findings.push(finding),
                other => {
                    next_finding = other;
                    break;
                }
            }
        }
        f(at, event, findings, claims)
    };
    let mut rows = claims.query([]).map_err(sql)?;
    // the rows of the event being read; `pool[..n]` hold it, the rest are buffers to reuse
    let mut pool: Vec<ClaimRow> = Vec::new();
    let mut n = 0;
    let mut current: Option<usize> = None;
    while let Some(r) = rows.next().map_err(sql)? {
        let rank = r.get::<_, i64>(CLAIM_COLUMN_COUNT).map_err(sql)? as usize;
        if current != Some(rank) {
            if let Some(at) = current {
                deliver(at, &mut pool[..n])?;
            }
            current = Some(rank);
            n = 0;
        }
        if n == pool.len() {
            pool.push(ClaimRow::default());
        }
        fill_claim(r, &mut pool[n]).map_err(sql)?;
        n += 1;
    }
    if let Some(at) = current {
        deliver(at, &mut pool[..n])?;
    }
    drop(rows);
    conn.execute("DELETE FROM temp.report_event", [])
        .map_err(sql)?;
    Ok(())
}

/// A row of the report's findings query (columns 1-8): its claim ids come as one
/// comma-separated list, put in order here.
fn finding_from_row(r: &rusqlite::Row) -> rusqlite::Result<FindingRow> {
    let ids: Option<String> = r.get(8)?;
    let mut claim_ids: Vec<ClaimId> = ids
        .iter()
        .flat_map(|s| s.split(','))
        .filter_map(|id| id.parse().ok().map(ClaimId))
        .collect();
    claim_ids.sort_unstable();
    Ok(FindingRow {
        finding_id: r.get(1)?,
        kind: r.get(2)?,
        severity: r.get(3)?,
        event_id: r.get(4)?,
        outcome: r.get(5)?,
        victim_group: r.get(6)?,
        reason: r.get(7)?,
        claim_ids,
    })
}
