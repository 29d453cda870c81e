//! Event linking across documents, by sorted sweeps (never all pairs):
//! - a claim that names its event (claim sheets) joins the event of that name;
//! - cumulative tolls group by place, population and period ("since 2011" is the whole
//!   war; "over the past six months" is a series of its own);
//! - incident claims link when their places are the same or one lies within the other
//!   (Khan Touman ⊂ Aleppo ⊂ Syria), their dates are at most a window apart (the same day
//!   when both name only a country), and their victims' sides are compatible (or they come
//!   from one document).
//! Analysts' corrections (merge, split, rename) are applied last, by stable event keys.

use super::{EventKind, LinkedEvent, XrefConfig};
use crate::normalize::date;
use crate::store::{ClaimRow, EventCorrection};
use crate::tables::{fold, Tables};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

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
    let rolling = [
        "past",
        "last",
        "previous",
        "this year",
        "this month",
        "this week",
    ]
    .iter()
    .any(|w| f.contains(w));
    if rolling {
        f
    } else {
        String::new()
    }
}

/// The date a claim speaks of: its event date, else its document's date.
pub fn claim_day(c: &ClaimRow) -> Option<NaiveDate> {
    c.event_date
        .as_deref()
        .or(c.published.as_deref())
        .and_then(date::bounds)
        .map(|(start, _)| start)
}

/// The population a cumulative toll counts: the widest group on the same side
/// (Revolutionary Guards officers → Iranian forces), else the group itself.
pub fn population<'a>(tables: &'a Tables, group: &'a str) -> &'a str {
    let mut best = group;
    if tables.groups.side(group).is_none() {
        return best;
    }
    for a in tables.groups.ancestors(group) {
        if tables.groups.side(a).is_some() {
            best = a;
        } else {
            break;
        }
    }
    best
}

struct Dsu(Vec<usize>);
impl Dsu {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// What the incident sweep compares.
struct Incident<'a> {
    idx: usize,
    c: &'a ClaimRow,
    day: Option<NaiveDate>,
    place: Option<String>,
    /// Place names only a country (or a place with nothing above it).
    coarse: bool,
    side: Option<&'a str>,
}

/// The place each claim is about: its own, else (an incident) the place of the nearest
/// claim before it in the same document, or (a running toll) the country of the document's
/// places. Articles name a place once and then go on about it.
pub fn effective_places<'a>(claims: &'a [ClaimRow], tables: &'a Tables) -> Vec<Option<&'a str>> {
    let mut by_doc: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        by_doc.entry((&c.input, &c.document)).or_default().push(i);
    }
    let mut out: Vec<Option<&str>> = claims
        .iter()
        .map(|c| c.place.as_deref().filter(|p| !p.trim().is_empty()))
        .collect();
    for (_, mut idx) in by_doc {
        idx.sort_by_key(|&i| claims[i].seq);
        let country = idx
            .iter()
            .find_map(|&i| claims[i].place.as_deref())
            .map(|p| tables.places.root(p));
        let mut last: Option<&str> = None;
        let first = idx.iter().find_map(|&i| claims[i].place.as_deref());
        for &i in &idx {
            match claims[i].place.as_deref() {
                Some(p) if !p.trim().is_empty() => last = Some(p),
                _ => {
                    out[i] = if claims[i].scope == "cumulative" {
                        country
                    } else {
                        last.or(first)
                    }
                }
            }
        }
    }
    out
}

pub fn link(
    claims: &[ClaimRow],
    tables: &Tables,
    cfg: &XrefConfig,
    corrections: &[EventCorrection],
    terms: &HashMap<String, Vec<(String, u32)>>,
) -> Vec<LinkedEvent> {
    let n = claims.len();
    let eff = effective_places(claims, tables);
    let mut dsu = Dsu((0..n).collect());
    // component representative → (key, label, kind)
    let mut named: HashMap<String, usize> = HashMap::new();
    let mut tolls: HashMap<String, usize> = HashMap::new();
    let mut meta: HashMap<usize, (String, String, EventKind)> = HashMap::new();
    // incident claims bucketed by country (or by document when no place is known)
    let mut buckets: BTreeMap<String, Vec<Incident>> = BTreeMap::new();

    for (i, c) in claims.iter().enumerate() {
        if let Some(label) = c.event_label.as_deref().filter(|l| !l.trim().is_empty()) {
            let key = format!("named:{}", fold(label));
            match named.get(&key) {
                Some(&j) => dsu.union(j, i),
                None => {
                    let kind = if c.scope == "cumulative" {
                        EventKind::Cumulative
                    } else {
                        EventKind::Incident
                    };
                    named.insert(key.clone(), i);
                    meta.insert(i, (key, label.trim().to_string(), kind));
                }
            }
        } else if c.scope == "cumulative" {
            let place = eff[i].unwrap_or("unknown place").to_string();
            let period = period_class(c.period.as_deref());
            let family = outcome_family(&c.outcome);
            let pop = if c.victim_group.is_empty() {
                "people"
            } else {
                population(tables, &c.victim_group)
            };
            let key = format!("toll:{}:{}:{}:{}", fold(&place), fold(pop), family, period);
            match tolls.get(&key) {
                Some(&j) => dsu.union(j, i),
                None => {
                    let what = match family {
                        "displacement" => "displaced",
                        "missing" => "missing",
                        _ => "killed",
                    };
                    let label = if period.is_empty() {
                        format!("{pop} {what} in {place}, cumulative")
                    } else {
                        format!("{pop} {what} in {place}, {period}")
                    };
                    tolls.insert(key.clone(), i);
                    meta.insert(i, (key, label, EventKind::Cumulative));
                }
            }
        } else {
            let place = eff[i].map(str::to_string);
            let (bucket, coarse) = match &place {
                Some(p) => {
                    let root = tables.places.root(p);
                    (format!("place:{}", fold(root)), fold(root) == fold(p))
                }
                None => (format!("doc:{}", c.input), false),
            };
            buckets.entry(bucket).or_default().push(Incident {
                idx: i,
                c,
                day: claim_day(c),
                place,
                coarse,
                side: tables.groups.side(&c.victim_group),
            });
        }
    }

    // the incident sweep: per bucket in date order, each claim is compared with the latest
    // claim of every (place, side, document) seen within the window: bounded by the number
    // of distinct places, not by the number of claims
    for (_, mut v) in buckets {
        v.sort_by_key(|x| (x.day.is_none(), x.day, x.idx));
        // the latest claim of each (place, side): with claims in date order the latest is
        // the nearest in time, so comparing with it alone loses no link
        let mut recent: HashMap<(String, Option<&str>), (usize, Option<NaiveDate>)> =
            HashMap::new();
        // the latest claim of each (document, place): one report's claims link whatever
        // their victims' sides
        let mut same_doc: HashMap<(&str, String), (usize, Option<NaiveDate>)> = HashMap::new();
        let mut pruned_at: Option<NaiveDate> = None;
        for k in 0..v.len() {
            let x = &v[k];
            let xp = x.place.as_deref().map(fold).unwrap_or_default();
            let within = |y: &Incident, day_j: Option<NaiveDate>| {
                let window = if x.coarse && y.coarse {
                    0
                } else {
                    cfg.window_days
                };
                match (x.day, day_j) {
                    (Some(a), Some(b)) => (a - b).num_days().abs() <= window,
                    (None, None) => y.c.input == x.c.input,
                    _ => false,
                }
            };
            let mut joins = Vec::new();
            if let Some(&(j, day_j)) = same_doc.get(&(x.c.input.as_str(), xp.clone())) {
                if within(&v[j], day_j) {
                    joins.push(v[j].idx);
                }
            }
            if x.day.is_some() {
                for (&(ref p, side), &(j, day_j)) in &recent {
                    let y = &v[j];
                    let places_ok = match &x.place {
                        Some(place) if !p.is_empty() => tables.places.related(place, p),
                        _ => false,
                    };
                    let sides_ok = x.side.is_none() || side.is_none() || x.side == side;
                    if places_ok && sides_ok && within(y, day_j) {
                        joins.push(y.idx);
                    }
                }
            }
            for j in joins {
                dsu.union(x.idx, j);
            }
            same_doc.insert((x.c.input.as_str(), xp.clone()), (k, x.day));
            if x.day.is_some() && x.place.is_some() {
                recent.insert((xp, x.side), (k, x.day));
            }
            if let Some(d) = x.day {
                if pruned_at != Some(d) {
                    pruned_at = Some(d);
                    let keep = |dj: &Option<NaiveDate>| {
                        dj.is_none_or(|dj| (d - dj).num_days() <= cfg.window_days)
                    };
                    recent.retain(|_, (_, dj)| keep(dj));
                    same_doc.retain(|_, (_, dj)| keep(dj));
                }
            }
        }
    }

    link_by_context(claims, &eff, tables, cfg, terms, &mut dsu);

    // components → events
    let mut comps: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = dsu.find(i);
        comps.entry(r).or_default().push(i);
    }
    let mut events: Vec<LinkedEvent> = Vec::with_capacity(comps.len());
    for (root, members) in comps {
        let cs: Vec<&ClaimRow> = members.iter().map(|&i| &claims[i]).collect();
        let places: Vec<&str> = members.iter().filter_map(|&i| eff[i]).collect();
        let (key, label, kind) = match meta.remove(&root) {
            Some(m) => m,
            None => incident_identity(&cs, &places, tables),
        };
        let mut ev = make_event(key, label, kind, &cs);
        ev.place = most_specific(&places, tables).map(str::to_string);
        events.push(ev);
    }
    let mut events = apply_corrections(events, claims, corrections);
    events.sort_by(|a, b| {
        (a.date_start.as_deref().unwrap_or("9999"), &a.key)
            .cmp(&(b.date_start.as_deref().unwrap_or("9999"), &b.key))
    });
    events
}

/// Incident claims with no place or no date to link by are linked through their documents'
/// context (`super::context`): claims of documents in one cluster join, unless their places
/// are known and unrelated.
fn link_by_context(
    claims: &[ClaimRow],
    eff: &[Option<&str>],
    tables: &Tables,
    cfg: &XrefConfig,
    terms: &HashMap<String, Vec<(String, u32)>>,
    dsu: &mut Dsu,
) {
    if terms.is_empty() {
        return;
    }
    let mut by_doc: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        let underdetermined = eff[i].is_none() || claim_day(c).is_none();
        if c.event_label.is_none()
            && c.scope != "cumulative"
            && underdetermined
            && terms.contains_key(&c.input)
        {
            by_doc.entry(c.input.as_str()).or_default().push(i);
        }
    }
    let docs: Vec<&str> = by_doc.keys().copied().collect();
    let clusters = super::context::cluster(&docs, terms, cfg.context_similarity);
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (d, c) in docs.iter().zip(clusters) {
        groups.entry(c).or_default().extend(&by_doc[d]);
    }
    for members in groups.values() {
        let mut anchors: Vec<(Option<&str>, usize)> = Vec::new();
        for &i in members {
            let p = eff[i];
            let fits = |a: &Option<&str>| match (a, p) {
                (Some(a), Some(p)) => tables.places.related(a, p),
                _ => true,
            };
            match anchors.iter().find(|(a, _)| fits(a)) {
                Some(&(_, j)) => dsu.union(i, j),
                None => anchors.push((p, i)),
            }
        }
    }
}

/// Key and label of an incident event, from its most specific place and first day.
/// The deepest place in the hierarchy (Khan Touman before Aleppo before Syria).
fn most_specific<'a>(places: &[&'a str], tables: &Tables) -> Option<&'a str> {
    places
        .iter()
        .copied()
        .max_by_key(|p| (tables.places.ancestors(p).len(), std::cmp::Reverse(fold(p))))
}

fn incident_identity(
    cs: &[&ClaimRow],
    places: &[&str],
    tables: &Tables,
) -> (String, String, EventKind) {
    let place = most_specific(places, tables).map(str::to_string);
    let first_day = cs.iter().filter_map(|c| claim_day(c)).min();
    let label = match (&place, first_day) {
        (Some(p), Some(d)) => format!("{p}, {d}"),
        (Some(p), None) => p.clone(),
        (None, Some(d)) => format!("{}, {d}", cs[0].document),
        (None, None) => cs[0].document.clone(),
    };
    let key = match &place {
        Some(p) => format!(
            "incident:{}:{}",
            fold(p),
            first_day.map(|d| d.to_string()).unwrap_or_default()
        ),
        None => format!(
            "incident:doc:{}:{}",
            cs[0].input,
            first_day.map(|d| d.to_string()).unwrap_or_default()
        ),
    };
    (key, label, EventKind::Incident)
}

fn make_event(key: String, label: String, kind: EventKind, cs: &[&ClaimRow]) -> LinkedEvent {
    let days: Vec<_> = cs.iter().filter_map(|c| claim_day(c)).collect();
    let place = cs.iter().find_map(|c| c.place.clone());
    LinkedEvent {
        key,
        label,
        kind,
        place,
        date_start: days.iter().min().map(|d| d.to_string()),
        date_end: days.iter().max().map(|d| d.to_string()),
        claims: cs.iter().map(|c| c.claim_id).collect(),
    }
}

/// Applies analysts' splits, then merges, then renames, in the order they were made.
fn apply_corrections(
    mut events: Vec<LinkedEvent>,
    claims: &[ClaimRow],
    corrections: &[EventCorrection],
) -> Vec<LinkedEvent> {
    if corrections.is_empty() {
        return events;
    }
    let by_ref: HashMap<String, &ClaimRow> = claims.iter().map(|c| (c.reference(), c)).collect();
    let by_id: HashMap<_, &ClaimRow> = claims.iter().map(|c| (c.claim_id, c)).collect();
    for (n, corr) in corrections.iter().enumerate() {
        let Some(pos) = events.iter().position(|e| e.key == corr.event_key) else {
            continue; // the event no longer exists in this form
        };
        match corr.action.as_str() {
            "rename" => {
                if let Some(t) = &corr.target {
                    events[pos].label = t.clone();
                }
            }
            "merge" => {
                let Some(target) = events
                    .iter()
                    .position(|e| Some(&e.key) == corr.target.as_ref())
                else {
                    continue;
                };
                if target == pos {
                    continue;
                }
                let moved = std::mem::take(&mut events[pos].claims);
                events[target].claims.extend(moved);
                let cs: Vec<&ClaimRow> = events[target]
                    .claims
                    .iter()
                    .filter_map(|id| by_id.get(id).copied())
                    .collect();
                let t = &events[target];
                events[target] = make_event(t.key.clone(), t.label.clone(), t.kind, &cs);
                events.remove(pos);
            }
            "split" => {
                let refs: Vec<&str> = corr
                    .claim_ref
                    .as_deref()
                    .unwrap_or("")
                    .split(',')
                    .map(str::trim)
                    .collect();
                let ids: Vec<_> = refs
                    .iter()
                    .filter_map(|r| by_ref.get(*r))
                    .map(|c| c.claim_id)
                    .collect();
                let (out, keep): (Vec<_>, Vec<_>) =
                    events[pos].claims.iter().partition(|id| ids.contains(id));
                if out.is_empty() || keep.is_empty() {
                    continue;
                }
                let src = events[pos].clone();
                let keep_cs: Vec<&ClaimRow> = keep
                    .iter()
                    .filter_map(|id| by_id.get(id).copied())
                    .collect();
                let out_cs: Vec<&ClaimRow> =
                    out.iter().filter_map(|id| by_id.get(id).copied()).collect();
                events[pos] = make_event(src.key.clone(), src.label.clone(), src.kind, &keep_cs);
                let label = corr
                    .target
                    .clone()
                    .unwrap_or_else(|| format!("{} (split {})", src.label, n + 1));
                events.push(make_event(
                    format!("split:{}:{}", src.key, n + 1),
                    label,
                    src.kind,
                    &out_cs,
                ));
            }
            _ => {}
        }
    }
    events.retain(|e| !e.claims.is_empty());
    events
}
