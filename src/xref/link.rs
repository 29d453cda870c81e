//! Event linking across documents, by sorted sweeps (never all pairs):
//! - a claim that names its event (claim sheets) joins the event of that name;
//! - cumulative tolls group by place, population and period;
//! - incident claims group by place, with dates no more than a window apart.

use super::{EventKind, LinkedEvent, XrefConfig};
use crate::normalize::date;
use crate::store::ClaimRow;
use crate::tables::fold;
use std::collections::BTreeMap;

/// The family an outcome's tolls are tracked in.
fn outcome_family(outcome: &str) -> &'static str {
    match outcome {
        "displaced" | "refugees" => "displacement",
        "missing" | "kidnapped" => "missing",
        _ => "casualties",
    }
}

/// A rolling period ("past six months") is its own series; "since 2011", "since the war
/// began" and no period at all are the whole war.
pub fn period_class(period: Option<&str>) -> String {
    let Some(p) = period else {
        return String::new();
    };
    let f = fold(p);
    let rolling = ["past", "last", "previous", "month", "week", "day", "year "]
        .iter()
        .any(|w| f.contains(w));
    if rolling {
        f
    } else {
        String::new()
    }
}

/// The date a claim speaks of: its event date, else its document's date.
pub fn claim_day(c: &ClaimRow) -> Option<chrono::NaiveDate> {
    c.event_date
        .as_deref()
        .or(c.published.as_deref())
        .and_then(date::bounds)
        .map(|(start, _)| start)
}

struct Pending<'a> {
    key: String,
    label: String,
    kind: EventKind,
    place: Option<String>,
    claims: Vec<&'a ClaimRow>,
}

pub fn link(claims: &[ClaimRow], cfg: &XrefConfig) -> Vec<LinkedEvent> {
    let mut named: BTreeMap<String, Pending> = BTreeMap::new();
    let mut tolls: BTreeMap<String, Pending> = BTreeMap::new();
    let mut incidents: BTreeMap<String, Vec<&ClaimRow>> = BTreeMap::new();

    for c in claims {
        if let Some(label) = c.event_label.as_deref().filter(|l| !l.trim().is_empty()) {
            let key = format!("named:{}", fold(label));
            named
                .entry(key.clone())
                .or_insert_with(|| Pending {
                    key,
                    label: label.trim().to_string(),
                    kind: if c.scope == "cumulative" {
                        EventKind::Cumulative
                    } else {
                        EventKind::Incident
                    },
                    place: c.place.clone(),
                    claims: Vec::new(),
                })
                .claims
                .push(c);
        } else if c.scope == "cumulative" {
            let place = c.place.clone().unwrap_or_else(|| "unknown place".into());
            let period = period_class(c.period.as_deref());
            let family = outcome_family(&c.outcome);
            let key = format!(
                "toll:{}:{}:{}:{}",
                fold(&place),
                fold(&c.victim_group),
                family,
                period
            );
            let label = format!(
                "{} {} in {}{}",
                if c.victim_group.is_empty() {
                    "people"
                } else {
                    &c.victim_group
                },
                match family {
                    "displacement" => "displaced",
                    "missing" => "missing",
                    _ => "killed",
                },
                place,
                if period.is_empty() {
                    " (cumulative)".to_string()
                } else {
                    format!(" ({period})")
                }
            );
            tolls
                .entry(key.clone())
                .or_insert_with(|| Pending {
                    key,
                    label,
                    kind: EventKind::Cumulative,
                    place: c.place.clone(),
                    claims: Vec::new(),
                })
                .claims
                .push(c);
        } else {
            let place_key = match &c.place {
                Some(p) => format!("place:{}", fold(p)),
                None => format!("doc:{}", c.input),
            };
            incidents.entry(place_key).or_default().push(c);
        }
    }

    let mut out: Vec<Pending> = named.into_values().chain(tolls.into_values()).collect();
    // incidents: sweep each place's claims in date order, cutting where the gap exceeds
    // the window
    for (place_key, mut cs) in incidents {
        cs.sort_by_key(|c| (claim_day(c), c.claim_id));
        let mut cur: Vec<&ClaimRow> = Vec::new();
        let mut last: Option<chrono::NaiveDate> = None;
        fn flush<'a>(place_key: &str, cur: &mut Vec<&'a ClaimRow>, out: &mut Vec<Pending<'a>>) {
            if cur.is_empty() {
                return;
            }
            let first_day = cur.iter().find_map(|c| claim_day(c));
            let place = cur[0].place.clone();
            let label = match (&place, first_day) {
                (Some(p), Some(d)) => format!("{p}, {d}"),
                (Some(p), None) => p.clone(),
                (None, Some(d)) => format!("{}, {d}", cur[0].document),
                (None, None) => cur[0].document.clone(),
            };
            let key = format!(
                "incident:{place_key}:{}",
                first_day.map(|d| d.to_string()).unwrap_or_default()
            );
            out.push(Pending {
                key,
                label,
                kind: EventKind::Incident,
                place,
                claims: std::mem::take(cur),
            });
        }
        for c in cs {
            let day = claim_day(c);
            let split = match (last, day) {
                (Some(l), Some(d)) => (d - l).num_days() > cfg.window_days,
                (None, None) => false,
                _ => !cur.is_empty(),
            };
            if split {
                flush(&place_key, &mut cur, &mut out);
            }
            cur.push(c);
            if day.is_some() {
                last = day;
            }
        }
        flush(&place_key, &mut cur, &mut out);
    }

    let mut events: Vec<LinkedEvent> = out
        .into_iter()
        .map(|p| {
            let days: Vec<_> = p.claims.iter().filter_map(|c| claim_day(c)).collect();
            LinkedEvent {
                key: p.key,
                label: p.label,
                kind: p.kind,
                place: p.place,
                date_start: days.iter().min().map(|d| d.to_string()),
                date_end: days.iter().max().map(|d| d.to_string()),
                claims: p.claims.iter().map(|c| c.claim_id).collect(),
            }
        })
        .collect();
    events.sort_by(|a, b| {
        (a.date_start.as_deref().unwrap_or("9999"), &a.key)
            .cmp(&(b.date_start.as_deref().unwrap_or("9999"), &b.key))
    });
    events
}
