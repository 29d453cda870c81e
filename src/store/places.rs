//! Where events are: each event takes the place of its claims (`places::Gazetteer::common`:
//! the most specific place they agree on), with its point; and the events with a point, as
//! `export events --format geojson` maps them.

use super::{Result, Store};
use crate::model::EventId;
pub use crate::model::{EventPoint, OutcomeFigures};
use crate::places::{Gazetteer, Key};
use crate::tables::Tables;
use rusqlite::{params, Connection};
use std::collections::HashMap;

/// Sets each event's place (place_id, latitude, longitude, place_level, country) from its
/// claims' places (the most specific they agree on), unless linking named the event by a
/// place they do not lie in; writes only the events whose place changed.
pub(super) fn set_event_places(tx: &Connection, tables: &Tables) -> Result<()> {
    set_places(tx, tables, false)
}

/// [`set_event_places`] for the events of the temporary table `xref_touched` (event_id)
/// only: those incremental linking wrote.
pub(super) fn set_touched_event_places(tx: &Connection, tables: &Tables) -> Result<()> {
    set_places(tx, tables, true)
}

fn set_places(tx: &Connection, tables: &Tables, touched: bool) -> Result<()> {
    let only = |column: &str| {
        if touched {
            format!("{column} IN (SELECT event_id FROM temp.xref_touched)")
        } else {
            "1".to_string()
        }
    };
    let mut stmt = tx.prepare(&format!(
        "SELECT ce.event_id, c.place_id FROM claim_event ce JOIN claim c ON c.claim_id = ce.claim_id
         WHERE c.place_id IS NOT NULL AND {} ORDER BY ce.event_id",
        only("ce.event_id")
    ))?;
    let mut rows = stmt.query([])?;
    let mut gaz: Option<Gazetteer> = None;
    let mut keys: HashMap<String, Option<Key>> = HashMap::new();
    let mut by_event: Vec<(EventId, Vec<Key>)> = Vec::new();
    while let Some(r) = rows.next()? {
        let event: EventId = r.get(0)?;
        let id = r.get_ref(1)?.as_str().unwrap_or_default();
        let key = match keys.get(id) {
            Some(k) => *k,
            None => {
                let g = gaz.get_or_insert_with(|| Gazetteer::new(tables));
                let k = g.key(id);
                keys.insert(id.to_string(), k);
                k
            }
        };
        let Some(key) = key else { continue };
        match by_event.last_mut() {
            Some((e, ks)) if *e == event => {
                if !ks.contains(&key) {
                    ks.push(key);
                }
            }
            _ => by_event.push((event, vec![key])),
        }
    }
    drop(rows);
    drop(stmt);
    // (stored place id, the place linking named the event by)
    let stored: HashMap<EventId, (Option<String>, Option<String>)> = tx
        .prepare(&format!(
            "SELECT event_id, place_id, place FROM event WHERE {}",
            only("event_id")
        ))?
        .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
        .collect::<rusqlite::Result<_>>()?;
    let mut update = tx.prepare_cached(
        "UPDATE event SET place_id = ?2, latitude = ?3, longitude = ?4, place_level = ?5,
           country = ?6 WHERE event_id = ?1",
    )?;
    let mut placed: std::collections::HashSet<EventId> = Default::default();
    if let Some(g) = &gaz {
        for (event, ks) in &by_event {
            let (old, named) = stored.get(event).cloned().unwrap_or_default();
            // the place linking grouped the claims by wins over one their places do not
            // lie in ("54 Iranians killed in Syria": the claims say Iran, the event Syria)
            let named = named.as_deref().and_then(|n| g.resolve_name(n));
            let key = match (g.common(ks), named) {
                (Some(c), Some(n)) if c == n || g.within(c, n) => Some(c),
                (_, Some(n)) => Some(n),
                (c, None) => c,
            };
            let Some(p) = key.map(|k| g.place_ref(k)) else {
                continue;
            };
            placed.insert(*event);
            if old.as_deref() != Some(p.id.as_str()) {
                update.execute(params![
                    event,
                    p.id,
                    p.latitude,
                    p.longitude,
                    p.level.as_str(),
                    p.country
                ])?;
            }
        }
    }
    // events whose claims no longer agree on a place (or have none)
    for (event, (old, _)) in &stored {
        if old.is_some() && !placed.contains(event) {
            update.execute(params![
                event,
                None::<String>,
                None::<f64>,
                None::<f64>,
                None::<String>,
                None::<String>
            ])?;
        }
    }
    Ok(())
}

impl Store {
    /// The events that have a point, in event id order.
    pub fn event_points(&self) -> Result<Vec<EventPoint>> {
        let mut figures: HashMap<EventId, Vec<OutcomeFigures>> = HashMap::new();
        {
            let mut stmt = self.conn.prepare(
                "SELECT ce.event_id, c.outcome, MIN(c.low), MAX(c.high), COUNT(*)
                 FROM claim_event ce JOIN claim c ON c.claim_id = ce.claim_id
                 JOIN event e ON e.event_id = ce.event_id
                 WHERE e.latitude IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                figures.entry(r.get(0)?).or_default().push(OutcomeFigures {
                    outcome: r.get(1)?,
                    low: r.get(2)?,
                    high: r.get(3)?,
                    claims: r.get(4)?,
                });
            }
        }
        let mut stmt = self.conn.prepare(
            "SELECT event_id, event, kind, place, place_id, place_level, country, date_start,
                 date_end, latitude, longitude, claims
             FROM events WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY event_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(EventPoint {
                event_id: r.get(0)?,
                label: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                kind: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                place: r.get(3)?,
                place_id: r.get(4)?,
                place_level: r.get(5)?,
                country: r.get(6)?,
                date_start: r.get(7)?,
                date_end: r.get(8)?,
                latitude: r.get(9)?,
                longitude: r.get(10)?,
                claims: r.get(11)?,
                outcomes: Vec::new(),
            })
        })?;
        let mut out = Vec::new();
        for p in rows {
            let mut p = p?;
            p.outcomes = figures.remove(&p.event_id).unwrap_or_default();
            out.push(p);
        }
        Ok(out)
    }
}
