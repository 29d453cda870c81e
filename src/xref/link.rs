//! Event linking across documents, by sorted sweeps (never all pairs):
//! - a claim that names its event (claim sheets) joins the event of that name;
//! - cumulative tolls group by place, population and period ("since 2011" is the whole
//!   war; "over the past six months" is a series of its own);
//! - incident claims link when their places are the same or one lies within the other
//!   (Khan Touman ⊂ Aleppo ⊂ Syria), their dates are at most a window apart (the same day
//!   when both name only a country), and their victims' sides are compatible (or they come
//!   from one document).
//! Analysts' corrections (merge, split, rename) are applied last, by stable event keys.

use super::rows::{Claims, LinkClaim};
use super::{EventKind, LinkedEvent, XrefConfig};
use crate::store::EventCorrection;
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
    c: &'a LinkClaim,
    place: Option<&'a str>,
    /// Place names only a country (or a place with nothing above it).
    coarse: bool,
    side: Option<&'a str>,
}

/// The place each claim is about: its own, else (an incident) the place of the nearest
/// claim before it in the same document, or (a running toll) the country of the document's
/// places. Articles name a place once and then go on about it.
pub fn effective_places<'a>(claims: &'a Claims, tables: &'a Tables) -> Vec<Option<&'a str>> {
    let rows = claims.rows();
    let mut by_doc: HashMap<_, Vec<usize>> = HashMap::new();
    for (i, c) in rows.iter().enumerate() {
        by_doc.entry((c.input, c.document)).or_default().push(i);
    }
    let place = |i: usize| claims.opt(rows[i].place);
    let mut out: Vec<Option<&str>> = (0..rows.len())
        .map(|i| place(i).filter(|p| !p.trim().is_empty()))
        .collect();
    for (_, mut idx) in by_doc {
        idx.sort_by_key(|&i| rows[i].seq);
        let country = idx
            .iter()
            .find_map(|&i| place(i))
            .map(|p| tables.places.root(p));
        let mut last: Option<&str> = None;
        let first = idx.iter().find_map(|&i| place(i));
        for &i in &idx {
            match place(i) {
                Some(p) if !p.trim().is_empty() => last = Some(p),
                _ => {
                    out[i] = if claims.is_cumulative(&rows[i]) {
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
    claims: &Claims,
    tables: &Tables,
    cfg: &XrefConfig,
    corrections: &[EventCorrection],
    terms: &HashMap<String, Vec<(String, u32)>>,
) -> Vec<LinkedEvent> {
    let rows = claims.rows();
    let n = rows.len();
    let eff = effective_places(claims, tables);
    let mut dsu = Dsu((0..n).collect());
    // component representative → (key, label, kind)
    let mut named: HashMap<String, usize> = HashMap::new();
    let mut tolls: HashMap<String, usize> = HashMap::new();
    let mut meta: HashMap<usize, (String, String, EventKind)> = HashMap::new();
    // incident claims bucketed by country (or by document when no place is known)
    let mut buckets: BTreeMap<String, Vec<Incident>> = BTreeMap::new();

    for (i, c) in rows.iter().enumerate() {
        if let Some(label) = claims.opt(c.event_label).filter(|l| !l.trim().is_empty()) {
            let key = format!("named:{}", fold(label));
            match named.get(&key) {
                Some(&j) => dsu.union(j, i),
                None => {
                    let kind = if claims.is_cumulative(c) {
                        EventKind::Cumulative
                    } else {
                        EventKind::Incident
                    };
                    named.insert(key.clone(), i);
                    meta.insert(i, (key, label.trim().to_string(), kind));
                }
            }
        } else if claims.is_cumulative(c) {
            let place = eff[i].unwrap_or("unknown place");
            let period = period_class(claims.opt(c.period));
            let family = outcome_family(claims.s(c.outcome));
            let group = claims.s(c.victim_group);
            let pop = if group.is_empty() {
                "people"
            } else {
                population(tables, group)
            };
            let key = format!("toll:{}:{}:{}:{}", fold(place), fold(pop), family, period);
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
            let place = eff[i];
            let (bucket, coarse) = match place {
                Some(p) => {
                    let root = tables.places.root(p);
                    (format!("place:{}", fold(root)), fold(root) == fold(p))
                }
                None => (format!("doc:{}", claims.s(c.input)), false),
            };
            buckets.entry(bucket).or_default().push(Incident {
                idx: i,
                c,
                place,
                coarse,
                side: tables.groups.side(claims.s(c.victim_group)),
            });
        }
    }

    drop((named, tolls));

    // the incident sweep: per bucket in date order, each claim is compared with the latest
    // claim of every (place, side, document) seen within the window: bounded by the number
    // of distinct places, not by the number of claims
    for (_, mut v) in buckets {
        v.sort_by_key(|x| (x.c.day.is_none(), x.c.day, x.idx));
        // the latest claim of each (place, side): with claims in date order the latest is
        // the nearest in time, so comparing with it alone loses no link
        let mut recent: HashMap<(String, Option<&str>), (usize, Option<NaiveDate>)> =
            HashMap::new();
        // the latest claim of each (document, place): one report's claims link whatever
        // their victims' sides
        let mut same_doc: HashMap<(_, String), (usize, Option<NaiveDate>)> = HashMap::new();
        let mut pruned_at: Option<NaiveDate> = None;
        for k in 0..v.len() {
            let x = &v[k];
            let xp = x.place.map(fold).unwrap_or_default();
            let within = |y: &Incident, day_j: Option<NaiveDate>| {
                let window = if x.coarse && y.coarse {
                    0
                } else {
                    cfg.window_days
                };
                match (x.c.day, day_j) {
                    (Some(a), Some(b)) => (a - b).num_days().abs() <= window,
                    (None, None) => y.c.input == x.c.input,
                    _ => false,
                }
            };
            let mut joins = Vec::new();
            if let Some(&(j, day_j)) = same_doc.get(&(x.c.input, xp.clone())) {
                if within(&v[j], day_j) {
                    joins.push(v[j].idx);
                }
            }
            if x.c.day.is_some() {
                for (&(ref p, side), &(j, day_j)) in &recent {
                    let y = &v[j];
                    let places_ok = match x.place {
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
            same_doc.insert((x.c.input, xp.clone()), (k, x.c.day));
            if x.c.day.is_some() && x.place.is_some() {
                recent.insert((xp, x.side), (k, x.c.day));
            }
            if let Some(d) = x.c.day {
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

    // components → events: claims in order of their component's root (its first claim),
    // then of their own position
    let roots: Vec<usize> = (0..n).map(|i| dsu.find(i)).collect();
    drop(dsu);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by_key(|&i| (roots[i], i));
    let mut events: Vec<LinkedEvent> = Vec::new();
    for members in order.chunk_by(|&a, &b| roots[a] == roots[b]) {
        let root = roots[members[0]];
        let cs: Vec<&LinkClaim> = members.iter().map(|&i| &rows[i]).collect();
        let places: Vec<&str> = members.iter().filter_map(|&i| eff[i]).collect();
        let (key, label, kind) = match meta.remove(&root) {
            Some(m) => m,
            None => incident_identity(claims, &cs, &places, tables),
        };
        let mut ev = make_event(claims, key, label, kind, &cs);
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
    claims: &Claims,
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
    for (i, c) in claims.rows().iter().enumerate() {
        let underdetermined = eff[i].is_none() || c.day.is_none();
        let input = claims.s(c.input);
        if c.event_label.is_none()
            && !claims.is_cumulative(c)
            && underdetermined
            && terms.contains_key(input)
        {
            by_doc.entry(input).or_default().push(i);
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
    claims: &Claims,
    cs: &[&LinkClaim],
    places: &[&str],
    tables: &Tables,
) -> (String, String, EventKind) {
    let place = most_specific(places, tables).map(str::to_string);
    let first_day = cs.iter().filter_map(|c| c.day).min();
    let document = claims.s(cs[0].document);
    let label = match (&place, first_day) {
        (Some(p), Some(d)) => format!("{p}, {d}"),
        (Some(p), None) => p.clone(),
        (None, Some(d)) => format!("{document}, {d}"),
        (None, None) => document.to_string(),
    };
    let key = match &place {
        Some(p) => format!(
            "incident:{}:{}",
            fold(p),
            first_day.map(|d| d.to_string()).unwrap_or_default()
        ),
        None => format!(
            "incident:doc:{}:{}",
            claims.s(cs[0].input),
            first_day.map(|d| d.to_string()).unwrap_or_default()
        ),
    };
    (key, label, EventKind::Incident)
}

fn make_event(
    claims: &Claims,
    key: String,
    label: String,
    kind: EventKind,
    cs: &[&LinkClaim],
) -> LinkedEvent {
    let days: Vec<_> = cs.iter().filter_map(|c| c.day).collect();
    let place = cs
        .iter()
        .find_map(|c| claims.opt(c.place))
        .map(str::to_string);
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
    claims: &Claims,
    corrections: &[EventCorrection],
) -> Vec<LinkedEvent> {
    if corrections.is_empty() {
        return events;
    }
    let by_ref: HashMap<String, &LinkClaim> = claims
        .rows()
        .iter()
        .map(|c| (claims.reference(c), c))
        .collect();
    let by_ids = |ids: &[crate::store::ClaimId]| -> Vec<&LinkClaim> {
        ids.iter().filter_map(|id| claims.by_id(*id)).collect()
    };
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
                let cs = by_ids(&events[target].claims);
                let t = &events[target];
                events[target] = make_event(claims, t.key.clone(), t.label.clone(), t.kind, &cs);
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
                let keep_cs = by_ids(&keep);
                let out_cs = by_ids(&out);
                events[pos] = make_event(
                    claims,
                    src.key.clone(),
                    src.label.clone(),
                    src.kind,
                    &keep_cs,
                );
                let label = corr
                    .target
                    .clone()
                    .unwrap_or_else(|| format!("{} (split {})", src.label, n + 1));
                events.push(make_event(
                    claims,
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
