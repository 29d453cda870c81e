//! Findings: one function per kind, each over one event's claims, each naming its claims
//! and saying in one sentence why.

use super::link::period_class;
use super::rows::{Claims, LinkClaim};
use super::{Finding, LinkedEvent, Severity, XrefConfig};
use crate::tables::{fold, AliasKind, Tables};
use std::collections::BTreeMap;

/// A claim's interval with open bounds as infinities.
fn lo(c: &LinkClaim) -> i64 {
    c.low().unwrap_or(i64::MIN)
}
fn hi(c: &LinkClaim) -> i64 {
    c.high().unwrap_or(i64::MAX)
}
fn bounded(c: &LinkClaim) -> bool {
    c.low().is_some() || c.high().is_some()
}

/// The end of a corroboration's reason for the reports that relay a claimant already
/// counted, singular or plural: "; 1 further report relays one of them and is counted once".
/// (Display only; added by the report issue.)
fn further_reports(echoes: usize) -> String {
    match echoes {
        0 => String::new(),
        1 => "; 1 further report relays one of them and is counted once".to_string(),
        n => format!("; {n} further reports relay one of them and are counted once"),
    }
}

/// "a Revolutionary Guards official via Fars: as many as 13 (≤13)"
pub fn describe(claims: &Claims, c: &LinkClaim) -> String {
    let interval = Claims::interval(c);
    let quantity = claims.s(c.quantity);
    if interval == quantity {
        format!("{} says {}", claims.attribution(c), quantity)
    } else {
        format!("{} says {} ({})", claims.attribution(c), quantity, interval)
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
    claims: &Claims,
    events: &[LinkedEvent],
    tables: &Tables,
    cfg: &XrefConfig,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for (ei, ev) in events.iter().enumerate() {
        let cs: Vec<&LinkClaim> = ev
            .claims
            .iter()
            .filter_map(|id| claims.by_id(*id))
            .collect();
        numeric_conflict(claims, ei, &cs, &mut out);
        toll_decrease(claims, ei, &cs, &mut out);
        subgroup_exceeds(claims, ei, &cs, tables, &mut out);
        adversary_mismatch(claims, ei, &cs, tables, &mut out);
        divergence(claims, ei, &cs, cfg, &mut out);
        partisan(claims, ei, &cs, tables, &mut out);
        corroboration(claims, ei, &cs, tables, &mut out);
    }
    out
}

/// Claims of one event grouped by (outcome, victim group), for incident claims.
fn by_outcome_group<'a>(
    claims: &'a Claims,
    cs: &[&'a LinkClaim],
    scope_incident: bool,
) -> BTreeMap<(&'a str, &'a str), Vec<&'a LinkClaim>> {
    let mut m: BTreeMap<(&str, &str), Vec<&LinkClaim>> = BTreeMap::new();
    for c in cs {
        if claims.is_cumulative(c) != scope_incident && bounded(c) {
            m.entry((claims.s(c.outcome), claims.s(c.victim_group)))
                .or_default()
                .push(c);
        }
    }
    m
}

/// Same event, outcome and victim group; intervals do not overlap. One finding per group,
/// naming the claim with the lowest upper bound and the one with the highest lower bound.
pub fn numeric_conflict(claims: &Claims, event: usize, cs: &[&LinkClaim], out: &mut Vec<Finding>) {
    for ((outcome, group), v) in by_outcome_group(claims, cs, true) {
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
            outcome: outcome.to_string(),
            victim_group: group.to_string(),
            claims: vec![bottom.claim_id, top.claim_id],
            reason: format!(
                "{} but {}: the two cannot both be true for {} {}.",
                describe(claims, bottom),
                describe(claims, top),
                if group.is_empty() { "people" } else { group },
                outcome
            ),
        });
    }
}

/// A cumulative toll whose later claim lies wholly below an earlier one (same outcome,
/// victim group and period). Sweep in date order keeping the highest earlier lower bound.
pub fn toll_decrease(claims: &Claims, event: usize, cs: &[&LinkClaim], out: &mut Vec<Finding>) {
    let mut series: BTreeMap<(&str, &str, String), Vec<&LinkClaim>> = BTreeMap::new();
    for c in cs {
        if claims.is_cumulative(c) && bounded(c) {
            series
                .entry((
                    claims.s(c.outcome),
                    claims.s(c.victim_group),
                    period_class(claims.opt(c.period)),
                ))
                .or_default()
                .push(c);
        }
    }
    for ((outcome, group, _), mut v) in series {
        v.sort_by_key(|c| (c.day, c.claim_id));
        let mut best_earlier: Option<&LinkClaim> = None;
        let mut i = 0;
        while i < v.len() {
            // claims of one day do not decrease against each other
            let day = v[i].day;
            let mut j = i;
            while j < v.len() && v[j].day == day {
                j += 1;
            }
            if let (Some(earlier), Some(_)) = (best_earlier, day) {
                for later in &v[i..j] {
                    if later.high().is_some() && hi(later) < lo(earlier) {
                        out.push(Finding {
                            kind: "toll_decrease",
                            severity: Severity::Medium,
                            event,
                            outcome: outcome.to_string(),
                            victim_group: group.to_string(),
                            claims: vec![earlier.claim_id, later.claim_id],
                            reason: format!(
                                "On {} {}, later than {} on {} — a running toll cannot fall.",
                                claims.opt(later.as_of).unwrap_or("a later date"),
                                describe(claims, later),
                                describe(claims, earlier),
                                claims.opt(earlier.as_of).unwrap_or("an earlier date"),
                            ),
                        });
                    }
                }
            }
            for c in &v[i..j] {
                if c.low().is_some() && best_earlier.is_none_or(|b| lo(c) > lo(b)) {
                    best_earlier = Some(c);
                }
            }
            i = j;
        }
    }
}

/// A part claimed larger than its whole (advisers ⊂ Iranian forces), same outcome, by the
/// population hierarchy in `data/groups.csv`.
pub fn subgroup_exceeds(
    claims: &Claims,
    event: usize,
    cs: &[&LinkClaim],
    tables: &Tables,
    out: &mut Vec<Finding>,
) {
    // per (outcome, group): the claim with the highest lower bound and the lowest upper bound
    let mut extremes: BTreeMap<(&str, &str), (&LinkClaim, &LinkClaim)> = BTreeMap::new();
    for c in cs
        .iter()
        .filter(|c| bounded(c) && !claims.s(c.victim_group).is_empty())
    {
        let e = extremes
            .entry((claims.s(c.outcome), claims.s(c.victim_group)))
            .or_insert((c, c));
        if lo(c) > lo(e.0) {
            e.0 = c;
        }
        if hi(c) < hi(e.1) {
            e.1 = c;
        }
    }
    for ((outcome, part), (part_max, _)) in &extremes {
        if part_max.low().is_none() {
            continue;
        }
        for whole in tables.groups.ancestors(part) {
            let Some((_, whole_min)) = extremes.get(&(*outcome, whole)) else {
                continue;
            };
            if whole_min.high().is_some() && lo(part_max) > hi(whole_min) {
                out.push(Finding {
                    kind: "subgroup_exceeds",
                    severity: Severity::High,
                    event,
                    outcome: outcome.to_string(),
                    victim_group: part.to_string(),
                    claims: vec![part_max.claim_id, whole_min.claim_id],
                    reason: format!(
                        "{} {outcome} among {part}, more than {} for all {whole}, of which {part} are a part.",
                        describe(claims, part_max),
                        Claims::interval(whole_min),
                    ),
                });
            }
        }
    }
}

/// A claim's single figure, when it has one: exact value, midpoint, or its one bound.
fn point(c: &LinkClaim) -> Option<i64> {
    match (c.low(), c.high()) {
        (Some(l), Some(h)) => Some(l + (h - l) / 2),
        (Some(l), None) => Some(l),
        (None, Some(h)) => Some(h),
        (None, None) => None,
    }
}

fn canonical_group(tables: &Tables, name: &str) -> String {
    tables
        .aliases
        .canonical(AliasKind::Group, name)
        .map(str::to_string)
        .unwrap_or_else(|| fold(name))
}

/// Two victim groups may be the same people: equal, one within the other, or one of them
/// generic (no side: "soldiers", "people", "them").
pub fn compatible_victims(tables: &Tables, a: &str, b: &str) -> bool {
    a == b
        || tables.groups.related(a, b)
        || tables.groups.side(a).is_none()
        || tables.groups.side(b).is_none()
}

/// Same event, outcome and count, related victims, but a different named enemy or
/// perpetrator ("fighting Al-Nusra" against "fighting the Islamic State").
pub fn adversary_mismatch(
    claims: &Claims,
    event: usize,
    cs: &[&LinkClaim],
    tables: &Tables,
    out: &mut Vec<Finding>,
) {
    // group by (outcome, figure); within a group, claims naming different adversaries
    let mut by_count: BTreeMap<(&str, i64), Vec<(&LinkClaim, String)>> = BTreeMap::new();
    for c in cs {
        let (Some(adv), Some(l), Some(h)) = (claims.opt(c.adversary), c.low(), c.high()) else {
            continue;
        };
        if l != h || adv.trim().is_empty() {
            continue;
        }
        by_count
            .entry((claims.s(c.outcome), l))
            .or_default()
            .push((c, canonical_group(tables, adv)));
    }
    for ((outcome, n), v) in by_count {
        let Some((first, first_adv)) = v.first() else {
            continue;
        };
        let other = v.iter().find(|(c, adv)| {
            adv != first_adv
                && c.document != first.document
                && compatible_victims(
                    tables,
                    claims.s(c.victim_group),
                    claims.s(first.victim_group),
                )
        });
        if let Some((c, _)) = other {
            out.push(Finding {
                kind: "adversary_mismatch",
                severity: Severity::Medium,
                event,
                outcome: outcome.to_string(),
                victim_group: claims.s(first.victim_group).to_string(),
                claims: vec![first.claim_id, c.claim_id],
                reason: format!(
                    "Both give {n} {outcome}, but {} names {} as the enemy and {} names {}.",
                    claims.attribution(first),
                    claims.opt(first.adversary).unwrap_or("?"),
                    claims.attribution(c),
                    claims.opt(c.adversary).unwrap_or("?"),
                ),
            });
        }
    }
}

/// Intervals that overlap only through open bounds ("more than 270,000" and "as many as
/// 400,000") while the figures themselves are far apart (ratio at least
/// `cfg.divergence_ratio`). Compared between neighbours in date order within a series, and
/// between the extremes of an incident.
pub fn divergence(
    claims: &Claims,
    event: usize,
    cs: &[&LinkClaim],
    cfg: &XrefConfig,
    out: &mut Vec<Finding>,
) {
    let mut groups: BTreeMap<(&str, &str), Vec<&LinkClaim>> = BTreeMap::new();
    for c in cs.iter().filter(|c| bounded(c)) {
        groups
            .entry((claims.s(c.outcome), claims.s(c.victim_group)))
            .or_default()
            .push(c);
    }
    for ((outcome, group), mut v) in groups {
        let pairs: Vec<(&LinkClaim, &LinkClaim)> = if v.iter().any(|c| claims.is_cumulative(c)) {
            v.sort_by_key(|c| (c.day, c.claim_id));
            v.windows(2).map(|w| (w[0], w[1])).collect()
        } else {
            let lo_c = v.iter().copied().min_by_key(|c| (point(c), c.claim_id));
            let hi_c = v
                .iter()
                .copied()
                .max_by_key(|c| (point(c), std::cmp::Reverse(c.claim_id)));
            lo_c.zip(hi_c).into_iter().collect()
        };
        for (a, b) in pairs {
            let open =
                a.low().is_none() || a.high().is_none() || b.low().is_none() || b.high().is_none();
            let overlap = lo(a) <= hi(b) && lo(b) <= hi(a);
            let (Some(pa), Some(pb)) = (point(a), point(b)) else {
                continue;
            };
            let r = ratio(pa, pb);
            if open && overlap && a.claim_id != b.claim_id && r >= cfg.divergence_ratio {
                out.push(Finding {
                    kind: "divergence",
                    severity: Severity::Low,
                    event,
                    outcome: outcome.to_string(),
                    victim_group: group.to_string(),
                    claims: vec![a.claim_id, b.claim_id],
                    reason: format!(
                        "{} and {}: compatible only through their open bounds, the figures are {r:.1} times apart.",
                        describe(claims, a),
                        describe(claims, b),
                    ),
                });
            }
        }
    }
}

/// A claimant that is a party to the fighting claiming losses of the other side.
pub fn partisan(
    claims: &Claims,
    event: usize,
    cs: &[&LinkClaim],
    tables: &Tables,
    out: &mut Vec<Finding>,
) {
    for c in cs {
        let Some(claimant_side) = claims.opt(c.source_side) else {
            continue;
        };
        let Some(victim_side) = tables.groups.side(claims.s(c.victim_group)) else {
            continue;
        };
        if fold(claimant_side) != fold(victim_side) {
            out.push(Finding {
                kind: "partisan",
                severity: Severity::Info,
                event,
                outcome: claims.s(c.outcome).to_string(),
                victim_group: claims.s(c.victim_group).to_string(),
                claims: vec![c.claim_id],
                reason: format!(
                    "{} is a party to the fighting ({claimant_side}) and claims losses of its enemy ({victim_side}): {} {}.",
                    claims
                        .opt(c.source)
                        .or(claims.opt(c.claimant))
                        .unwrap_or("the claimant"),
                    claims.s(c.quantity),
                    claims.s(c.outcome)
                ),
            });
        }
    }
}

/// Who a claim's figure comes from: its claimant and every relay, canonical. Two claims
/// whose origins share a name are one claimant's figure relayed (an echo).
fn origins(claims: &Claims, c: &LinkClaim, tables: &Tables) -> Vec<String> {
    let canon = |s: &str| {
        tables
            .aliases
            .canonical(AliasKind::Source, s)
            .map(fold)
            .unwrap_or_else(|| fold(s))
    };
    let mut v: Vec<String> = [claims.opt(c.claimant), claims.opt(c.via)]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .map(canon)
        .collect();
    if v.is_empty() {
        v.push(format!(
            "outlet:{}",
            fold(claims.opt(c.outlet).unwrap_or(claims.s(c.input)))
        ));
    }
    v
}

/// Independent claimants agreeing on a figure (intervals overlap, figures within 10%).
/// Echoes (one claimant's figure relayed by several outlets) count once.
pub fn corroboration(
    claims: &Claims,
    event: usize,
    cs: &[&LinkClaim],
    tables: &Tables,
    out: &mut Vec<Finding>,
) {
    for ((outcome, group), v) in by_outcome_group(claims, cs, true) {
        // agreeing claims: around the median figure
        let mut pts: Vec<(i64, &LinkClaim)> =
            v.iter().filter_map(|c| point(c).map(|p| (p, *c))).collect();
        if pts.len() < 2 {
            continue;
        }
        pts.sort_by_key(|(p, c)| (*p, c.claim_id));
        let median = pts[pts.len() / 2].0;
        let agreeing: Vec<&LinkClaim> = pts
            .iter()
            .filter(|(p, _)| ratio(*p, median) <= 1.1)
            .map(|(_, c)| *c)
            .collect();
        // independent origins: union claims whose origins share a name
        let mut groups: Vec<(Vec<String>, Vec<&LinkClaim>)> = Vec::new();
        for c in &agreeing {
            let o = origins(claims, c, tables);
            match groups
                .iter_mut()
                .find(|(os, _)| os.iter().any(|x| o.contains(x)))
            {
                Some((os, members)) => {
                    os.extend(o);
                    members.push(c);
                }
                None => groups.push((o, vec![c])),
            }
        }
        if groups.len() < 2 {
            continue;
        }
        let echoes = agreeing.len() - groups.len();
        let names: Vec<String> = groups
            .iter()
            .map(|(_, m)| claims.attribution(m[0]))
            .collect();
        out.push(Finding {
            kind: "corroboration",
            severity: Severity::Info,
            event,
            outcome: outcome.to_string(),
            victim_group: group.to_string(),
            claims: agreeing.iter().map(|c| c.claim_id).collect(),
            reason: format!(
                "{} independent claimants agree on about {median} {} {outcome} ({}){}.",
                groups.len(),
                if group.is_empty() { "people" } else { group },
                names.join("; "),
                further_reports(echoes)
            ),
        });
    }
}
