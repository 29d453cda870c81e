//! Incremental linking: which stored events claims added since the last linking can touch.
//! Linking decomposes over the candidate pairs: two groups of accounts with no candidate
//! pair between them never merge (average linkage counts a missing pair as nothing), so new
//! claims can only change the events that hold a claim they could be paired with:
//! - the named event of their name (a claim sheet's `event` column) and the running toll of
//!   their key (place, population, period with its start);
//! - the events holding an incident claim of a new incident claim's block (the country of
//!   its place, as `incidents::link_with_context` blocks dated accounts) whose day is
//!   within the window of the new claim's: incident linking compares dated, placed
//!   accounts only within a block and the window (farther apart, a pair is compared only
//!   through shared names, below). The store keeps each incident claim's block and day
//!   (`claim_block`) to find them without reading every event of those days;
//! - the events of documents that share rare names with the new documents (the pairs
//!   linking finds through names, dated or not).
//!
//! The store closes this over the events those claims belong to (every claim of a touched
//! event is linked again with it) and over the claims of the same reports (a report's claims
//! make its accounts), links that subset with the same linker and the global name weights,
//! and writes back only the events that changed.

use super::incidents::{Place, PlaceIndex};
use super::rows::{Claims, DocTerms};
use super::XrefConfig;
use crate::tables::Tables;
use chrono::NaiveDate;
use std::collections::HashMap;

/// What new claims reach among the stored events.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reach {
    /// Keys of the named events and running tolls they join.
    pub keys: Vec<String>,
    /// Per block (as incident linking compares accounts: their place's country,
    /// [`PlaceIndex::block`]), the days a stored incident account of that block must fall
    /// within to be compared with a new one: each new dated, placed incident claim's day
    /// widened by the window, overlapping spans joined. Blocks in order.
    pub blocks: Vec<(String, Vec<(NaiveDate, NaiveDate)>)>,
    /// The other documents (by name) sharing rare names with the new claims' documents.
    pub documents: Vec<String>,
}

/// Each claim's block and day, as incident linking pairs dated accounts
/// (`incidents::link_with_context`, step 2: accounts with a day and a place, by the block
/// of their place, in day order within the window): `blocks` names the blocks, `of[i]` is
/// claim `i`'s (block in `blocks`, day), `None` for a claim that is no such account (a
/// named event's or a running toll's claim, one with no day or no place). Must mirror
/// `link::link_part`'s choice of incident claims and `incidents::link_with_context`'s
/// accounts' places (`link::effective_places`, the place id of the claim it is taken from).
#[derive(Debug, Clone, Default)]
pub struct IncidentBlocks {
    pub blocks: Vec<String>,
    pub of: Vec<Option<(u32, NaiveDate)>>,
}

/// See [`IncidentBlocks`].
pub fn incident_blocks(claims: &Claims, tables: &Tables, places: &PlaceIndex) -> IncidentBlocks {
    let rows = claims.rows();
    let (eff, eff_from) = super::link::effective_places(claims, tables);
    let mut blocks: Vec<String> = Vec::new();
    let mut by_place: HashMap<(&str, Option<&str>), u32> = HashMap::new();
    let mut by_block: HashMap<String, u32> = HashMap::new();
    let of = rows
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if !super::link::is_incident_claim(claims, tables, c) {
                return None;
            }
            let (day, name) = (c.day?, eff[i]?);
            let id = claims.opt(rows[eff_from[i] as usize].place_id());
            let b = *by_place.entry((name, id)).or_insert_with(|| {
                let block = places.block(Place { name, id });
                let n = by_block.len() as u32;
                *by_block.entry(block).or_insert_with_key(|b| {
                    blocks.push(b.clone());
                    n
                })
            });
            Some((b, day))
        })
        .collect();
    IncidentBlocks { blocks, of }
}

/// What `new` (the claims added since the last linking, with every other claim of their
/// reports) reaches. `terms` holds every document's signature terms: rarity is judged over
/// all of them, as linking does.
pub fn reach(
    new: &Claims,
    tables: &Tables,
    places: &PlaceIndex,
    cfg: &XrefConfig,
    terms: &DocTerms,
) -> Reach {
    let (keys, _) = super::link::reach(new, tables);
    let found = incident_blocks(new, tables, places);
    // each day widened by the window, a running tally's by `LOOK_BACK` (rule
    // running_same_start: a week's bulletin meets the next)
    let rows = new.rows();
    let mut days: Vec<Vec<(NaiveDate, i64)>> = vec![Vec::new(); found.blocks.len()];
    for (i, of) in found.of.iter().enumerate() {
        if let Some((b, d)) = *of {
            // (and a claim of a running type: rule counted_in_tally)
            let running_type = rows[i]
                .event_type()
                .is_some_and(|t| tables.event_types.running(t));
            let width = if running_type || super::link::is_running_incident(new, tables, &rows[i]) {
                super::incidents::LOOK_BACK.max(cfg.window_days)
            } else {
                cfg.window_days
            };
            days[b as usize].push((d, width));
        }
    }
    let mut blocks: Vec<(String, Vec<(NaiveDate, NaiveDate)>)> = found
        .blocks
        .into_iter()
        .zip(days)
        .map(|(b, mut d)| {
            d.sort_unstable();
            d.dedup();
            (b, windows(&d))
        })
        .collect();
    blocks.sort();
    let mut docs: Vec<_> = new
        .rows()
        .iter()
        .filter_map(|c| terms.doc(new.s(c.input)))
        .collect();
    docs.sort_unstable();
    docs.dedup();
    let documents = super::context::sharing_rare_names(&docs, terms)
        .into_iter()
        .filter_map(|d| terms.name(d).map(str::to_string))
        .collect();
    Reach {
        keys,
        blocks,
        documents,
    }
}

/// Each day widened by its width in days either side, overlapping or touching spans
/// joined, in order.
pub fn windows(days: &[(NaiveDate, i64)]) -> Vec<(NaiveDate, NaiveDate)> {
    let mut spans: Vec<(NaiveDate, NaiveDate)> = days
        .iter()
        .map(|&(d, window)| {
            let w = chrono::Duration::days(window.max(0));
            (
                d.checked_sub_signed(w).unwrap_or(d),
                d.checked_add_signed(w).unwrap_or(d),
            )
        })
        .collect();
    spans.sort_unstable();
    let mut out: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for (lo, hi) in spans {
        match out.last_mut() {
            Some(last) if lo <= last.1.succ_opt().unwrap_or(last.1) => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn windows_widen_each_day_and_join_overlapping_spans() {
        let days = [d("2016-05-01"), d("2016-05-05"), d("2016-05-20")].map(|x| (x, 3));
        assert_eq!(
            windows(&days),
            [
                (d("2016-04-28"), d("2016-05-08")),
                (d("2016-05-17"), d("2016-05-23"))
            ]
        );
        // outb30: a running tally's day widened by 60 days takes in the others' spans
        let days = [(d("2016-05-01"), 3), (d("2016-05-20"), 60)];
        assert_eq!(windows(&days), [(d("2016-03-21"), d("2016-07-19"))]);
    }
}
