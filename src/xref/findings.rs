//! Findings: one function per kind, each over one event's claims, each naming its claims
//! and saying in one sentence why.

use super::link::{claim_day, period_class};
use super::{Finding, LinkedEvent, Severity, XrefConfig};
use crate::store::{ClaimId, ClaimRow};
use crate::tables::Tables;
use std::collections::{BTreeMap, HashMap};

/// A claim's interval with open bounds as infinities.
fn lo(c: &ClaimRow) -> i64 {
    c.low.unwrap_or(i64::MIN)
}
fn hi(c: &ClaimRow) -> i64 {
    c.high.unwrap_or(i64::MAX)
}
fn bounded(c: &ClaimRow) -> bool {
    c.low.is_some() || c.high.is_some()
}

/// "a Revolutionary Guards official via Fars: as many as 13 (≤13)"
pub fn describe(c: &ClaimRow) -> String {
    let interval = c.interval();
    if interval == c.quantity {
        format!("{} says {}", c.attribution(), c.quantity)
    } else {
        format!("{} says {} ({})", c.attribution(), c.quantity, interval)
    }
}

fn ratio(a: i64, b: i64) -> f64 {
    let (a, b) = (a.max(1) as f64, b.max(1) as f64);
    if a > b {
        a / b
    } else {
        b / a
    }
}

/// Every finding over every event.
pub fn all(
    claims: &[ClaimRow],
    events: &[LinkedEvent],
    tables: &Tables,
    cfg: &XrefConfig,
) -> Vec<Finding> {
    let by_id: HashMap<ClaimId, &ClaimRow> = claims.iter().map(|c| (c.claim_id, c)).collect();
    let mut out = Vec::new();
    for (ei, ev) in events.iter().enumerate() {
        let cs: Vec<&ClaimRow> = ev
            .claims
            .iter()
            .filter_map(|id| by_id.get(id).copied())
            .collect();
        numeric_conflict(ei, &cs, &mut out);
        toll_decrease(ei, &cs, &mut out);
        subgroup_exceeds(ei, &cs, tables, &mut out);
        let _ = cfg;
    }
    out
}

/// Claims of one event grouped by (outcome, victim group), for incident claims.
fn by_outcome_group<'a>(
    cs: &[&'a ClaimRow],
    scope_incident: bool,
) -> BTreeMap<(String, String), Vec<&'a ClaimRow>> {
    let mut m: BTreeMap<(String, String), Vec<&ClaimRow>> = BTreeMap::new();
    for c in cs {
        if (c.scope != "cumulative") == scope_incident && bounded(c) {
            m.entry((c.outcome.clone(), c.victim_group.clone()))
                .or_default()
                .push(c);
        }
    }
    m
}

/// Same event, outcome and victim group; intervals do not overlap. One finding per group,
/// naming the claim with the lowest upper bound and the one with the highest lower bound.
pub fn numeric_conflict(event: usize, cs: &[&ClaimRow], out: &mut Vec<Finding>) {
    for ((outcome, group), v) in by_outcome_group(cs, true) {
        let Some(top) = v
            .iter()
            .max_by_key(|c| (lo(c), std::cmp::Reverse(c.claim_id)))
        else {
            continue;
        };
        let Some(bottom) = v.iter().min_by_key(|c| (hi(c), c.claim_id)) else {
            continue;
        };
        if hi(bottom) >= lo(top) || top.claim_id == bottom.claim_id {
            continue;
        }
        let r = ratio(lo(top), hi(bottom));
        out.push(Finding {
            kind: "numeric_conflict",
            severity: if r >= 2.0 {
                Severity::High
            } else {
                Severity::Medium
            },
            event,
            outcome: outcome.clone(),
            victim_group: group.clone(),
            claims: vec![bottom.claim_id, top.claim_id],
            reason: format!(
                "{} but {}: the two cannot both be true for {} {}.",
                describe(bottom),
                describe(top),
                if group.is_empty() { "people" } else { &group },
                outcome
            ),
        });
    }
}

/// A cumulative toll whose later claim lies wholly below an earlier one (same outcome,
/// victim group and period). Sweep in date order keeping the highest earlier lower bound.
pub fn toll_decrease(event: usize, cs: &[&ClaimRow], out: &mut Vec<Finding>) {
    let mut series: BTreeMap<(String, String, String), Vec<&ClaimRow>> = BTreeMap::new();
    for c in cs {
        if c.scope == "cumulative" && bounded(c) {
            series
                .entry((
                    c.outcome.clone(),
                    c.victim_group.clone(),
                    period_class(c.period.as_deref()),
                ))
                .or_default()
                .push(c);
        }
    }
    for ((outcome, group, _), mut v) in series {
        v.sort_by_key(|c| (claim_day(c), c.claim_id));
        let mut best_earlier: Option<&ClaimRow> = None;
        let mut i = 0;
        while i < v.len() {
            // claims of one day do not decrease against each other
            let day = claim_day(v[i]);
            let mut j = i;
            while j < v.len() && claim_day(v[j]) == day {
                j += 1;
            }
            if let (Some(earlier), Some(_)) = (best_earlier, day) {
                for later in &v[i..j] {
                    if later.high.is_some() && hi(later) < lo(earlier) {
                        out.push(Finding {
                            kind: "toll_decrease",
                            severity: Severity::Medium,
                            event,
                            outcome: outcome.clone(),
                            victim_group: group.clone(),
                            claims: vec![earlier.claim_id, later.claim_id],
                            reason: format!(
                                "On {} {}, later than {} on {} — a running toll cannot fall.",
                                later.as_of.as_deref().unwrap_or("a later date"),
                                describe(later),
                                describe(earlier),
                                earlier.as_of.as_deref().unwrap_or("an earlier date"),
                            ),
                        });
                    }
                }
            }
            for c in &v[i..j] {
                if c.low.is_some() && best_earlier.is_none_or(|b| lo(c) > lo(b)) {
                    best_earlier = Some(c);
                }
            }
            i = j;
        }
    }
}

/// A part claimed larger than its whole (advisers ⊂ Iranian forces), same outcome, by the
/// population hierarchy in `data/groups.csv`.
pub fn subgroup_exceeds(event: usize, cs: &[&ClaimRow], tables: &Tables, out: &mut Vec<Finding>) {
    // per (outcome, group): the claim with the highest lower bound and the lowest upper bound
    let mut extremes: BTreeMap<(String, String), (&ClaimRow, &ClaimRow)> = BTreeMap::new();
    for c in cs
        .iter()
        .filter(|c| bounded(c) && !c.victim_group.is_empty())
    {
        let e = extremes
            .entry((c.outcome.clone(), c.victim_group.clone()))
            .or_insert((c, c));
        if lo(c) > lo(e.0) {
            e.0 = c;
        }
        if hi(c) < hi(e.1) {
            e.1 = c;
        }
    }
    for ((outcome, part), (part_max, _)) in &extremes {
        if part_max.low.is_none() {
            continue;
        }
        for whole in tables.groups.ancestors(part) {
            let Some((_, whole_min)) = extremes.get(&(outcome.clone(), whole.to_string())) else {
                continue;
            };
            if whole_min.high.is_some() && lo(part_max) > hi(whole_min) {
                out.push(Finding {
                    kind: "subgroup_exceeds",
                    severity: Severity::High,
                    event,
                    outcome: outcome.clone(),
                    victim_group: part.clone(),
                    claims: vec![part_max.claim_id, whole_min.claim_id],
                    reason: format!(
                        "{} {outcome} among {part}, more than {} for all {whole}, of which {part} are a part.",
                        describe(part_max),
                        whole_min.interval(),
                    ),
                });
            }
        }
    }
}
