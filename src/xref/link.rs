//! Event linking across documents, by sorted sweeps (never all pairs):
//! - a claim that names its event (claim sheets) joins the event of that name;
//! - cumulative tolls group by place, population and period ("since 2011" is the whole
//!   war; "over the past six months" is a series of its own);
//! - incident claims link when their places are the same or one lies within the other
//!   (Khan Touman ⊂ Aleppo ⊂ Syria), their dates are at most a window apart (the same day
//!   when both name only a country), and their victims' sides are compatible (or they come
//!   from one document).
//!
//! Analysts' corrections (merge, split, rename) are applied last, by stable event keys.

use super::event_type::{EventTypes, TypeId};
use super::rows::{Claims, DocTerms, LinkClaim};
use super::{EventKind, LinkedEvent, XrefConfig};
use crate::extract::lexicon::{rule_words, RuleList};
use crate::model::EventCorrection;
use crate::tables::{fold, ScopeWord, Tables, TollScope};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The family an outcome's tolls are tracked in.
fn outcome_family(outcome: &str) -> &'static str {
    match outcome {
        "displaced" | "refugees" => "displacement",
        "missing" | "kidnapped" => "missing",
        _ => "casualties",
    }
}

/// The outcome counts people in a state that ends (the missing are found, hostages freed,
/// the displaced go home): a later, lower figure is the state's count fallen, no
/// contradiction and no running toll that fell (session 19). The dead and the wounded stay
/// counted.
pub fn state_outcome(outcome: &str) -> bool {
    outcome_family(outcome) != "casualties"
}

/// A rolling period ("past six months") is its own series; "since 2011", "since the war
/// began" and no period at all are the whole war.
pub fn period_class(scope: &TollScope, period: Option<&str>) -> String {
    let Some(p) = period else {
        return String::new();
    };
    let f = fold(p);
    if let Some(c) = campaign(scope, &f) {
        return format!("during {c}");
    }
    if scope.has(ScopeWord::Rolling, &f) {
        f
    } else {
        String::new()
    }
}

/// The campaign a period names (session 18), folded: "during the offensive", "throughout
/// the rebels' offensive" and "since the offensive began" are all "offensive" (the word
/// after "during"/"throughout" ends the phrase the extractor wrote, rule campaign_period;
/// after "since the", the word before "began", "started" or "was launched"). "Since the
/// war began" and "since the conflict began" stay the whole war, as before.
fn campaign<'a>(scope: &TollScope, f: &'a str) -> Option<&'a str> {
    let words: Vec<&str> = f.split_whitespace().collect();
    let starts = |w: &str| rule_words().is(w, RuleList::PeriodStart);
    match words.as_slice() {
        [opener, .., last]
            if scope.has(ScopeWord::CampaignOpener, opener)
                && !scope.has(ScopeWord::WholeWar, last) =>
        {
            Some(last)
        }
        ["since", "the", .., noun, "was", verb] if starts(verb) => Some(noun),
        ["since", "the", .., noun, verb]
            if starts(verb) && !scope.has(ScopeWord::WholeWar, noun) =>
        {
            Some(noun)
        }
        _ => None,
    }
}

/// A running toll's period with its start, so that tallies of other weeks or years never
/// share a series: "this year" of the claim's year, "this month" of its month, a rolling
/// "past six months" as of its day, "since Friday" from the Friday on or before its day,
/// "since March" from March of its year (the year before when March is still to come).
/// "Since 2011", "since the war began" and no period are the whole war, as in
/// [`period_class`]. Without a day, the period as written.
pub fn period_key(scope: &TollScope, period: Option<&str>, day: Option<NaiveDate>) -> String {
    use chrono::Datelike;
    let class = period_class(scope, period);
    let (Some(p), Some(d)) = (period, day) else {
        return class;
    };
    let f = fold(p);
    if let Some(rest) = f.strip_prefix("since ") {
        let word = rest.split_whitespace().next().unwrap_or("");
        if let Ok(wd) = word.parse::<chrono::Weekday>() {
            return format!("since {}", weekday_on_or_before(wd, d));
        }
        if let Ok(m) = word.parse::<chrono::Month>() {
            let month = m.number_from_month();
            return format!("since {}-{month:02}", year_of_month_before(month, d));
        }
    }
    if class.is_empty() {
        class
    } else if class.starts_with("during ") {
        // a campaign's tally: its start is not written, so the campaign of the claim's
        // year (an offensive of another year is another series)
        format!("{class} {}", d.year())
    } else if f.contains("this year") {
        format!("this year {}", d.year())
    } else if f.contains("this month") {
        format!("this month {}-{:02}", d.year(), d.month())
    } else if f.contains("this week") {
        let w = d.iso_week();
        format!("this week {}-W{:02}", w.year(), w.week())
    } else {
        format!("{class} to {d}")
    }
}

/// The `wd` on or before `day` ("since Friday" said on a Monday: the Friday before; said
/// on a Friday: that day), one reading for [`period_key`] and [`tally_start`].
fn weekday_on_or_before(wd: chrono::Weekday, day: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    let back = (7 + day.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    day - chrono::Duration::days(i64::from(back))
}

/// The year of the last `month` (1-12) begun on or before `day`: "since March" said in May
/// is this year's, said in January last year's ([`period_key`], [`tally_start`]).
fn year_of_month_before(month: u32, day: NaiveDate) -> i32 {
    use chrono::Datelike;
    if month > day.month() {
        day.year() - 1
    } else {
        day.year()
    }
}

/// Where a running tally's count starts (rule running_same_start, session 30, outb30): a
/// day ("since Saturday" of the Saturday on or before the claim's day, "since 9 May"), a
/// month ("since March", "since mid-March", "since the outbreak began in March": March of
/// the claim's year, the year before when March is still to come; "this year" its
/// January), or the incident's own start told without a date ("since the outbreak began",
/// "since the outbreak was declared": a `period_start` word of `data/extract/rule_words.csv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TallyStart {
    Own,
    Month(i32, u32),
    Day(NaiveDate),
}

impl TallyStart {
    /// The first day the count covers, when told (a month's first day).
    pub fn first_day(self) -> Option<NaiveDate> {
        match self {
            TallyStart::Own => None,
            TallyStart::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            TallyStart::Day(d) => Some(d),
        }
    }

    /// Whether two tallies can count from one start: a day and a month agree when the day
    /// is in that month; the incident's own start, undated, agrees with any start.
    pub fn agrees(self, other: TallyStart) -> bool {
        use chrono::Datelike;
        let month = |d: NaiveDate| TallyStart::Month(d.year(), d.month());
        match (self, other) {
            (TallyStart::Own, _) | (_, TallyStart::Own) => true,
            (TallyStart::Day(a), TallyStart::Day(b)) => a == b,
            (TallyStart::Day(d), m @ TallyStart::Month(..))
            | (m @ TallyStart::Month(..), TallyStart::Day(d)) => month(d) == m,
            (a, b) => a == b,
        }
    }
}

/// Whether two places a running count is told of are one (session 30 review 2, mendl30):
/// the same place, or a province and the city it is named after ("Nampula": reports write
/// the one name for either, and the resolver reads it as either). Never two provinces,
/// never two cities, never a country and its province.
pub fn one_count_place(a: (&str, Option<&str>), b: (&str, Option<&str>)) -> bool {
    (a.1.is_some() && a.1 == b.1)
        || (!a.0.is_empty() && crate::tables::fold(a.0) == crate::tables::fold(b.0))
}

/// See [`TallyStart`]; `None` when the period tells no start ("since last week", no period).
pub fn tally_start(period: &str, day: NaiveDate) -> Option<TallyStart> {
    use chrono::Datelike;
    let f = fold(period);
    let words: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    // review 2 (mendl30): the year a period names ("since March this year", "since the
    // start of last year") is its month's year; a year's start with no month is its January
    let named_year = if f.contains("last year") {
        Some(day.year() - 1)
    } else if f.contains("this year") || f.contains("the year") {
        Some(day.year())
    } else {
        None
    };
    let month_at = words.iter().position(|w| {
        w.len() >= 3 && w.parse::<chrono::Month>().is_ok() && *w != "mar" && *w != "jun"
    });
    if let Some(k) = month_at {
        let m = words[k].parse::<chrono::Month>().ok()?.number_from_month();
        let stated_year = words
            .get(k + 1)
            .and_then(|w| w.parse::<i32>().ok())
            .filter(|y| (1900..=2200).contains(y));
        let year = stated_year
            .or(named_year)
            .unwrap_or_else(|| year_of_month_before(m, day));
        let dom = [k.checked_sub(1), Some(k + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| words.get(j))
            .find_map(|w| {
                w.trim_end_matches(|c: char| c.is_alphabetic())
                    .parse::<u32>()
                    .ok()
            })
            .filter(|d| (1..=31).contains(d));
        return Some(
            match dom.and_then(|d| NaiveDate::from_ymd_opt(year, m, d)) {
                Some(d) => TallyStart::Day(d),
                None => TallyStart::Month(year, m),
            },
        );
    }
    let starts = |w: &&str| rule_words().is(w, RuleList::PeriodStart);
    // ("since the outbreak began earlier this year" tells no month: its own start)
    let year_start =
        words.iter().any(|w| matches!(*w, "start" | "beginning")) || !words.iter().any(starts);
    if let Some(y) = named_year.filter(|_| year_start) {
        return Some(TallyStart::Month(y, 1));
    }
    if let Some(wd) = words.iter().find_map(|w| w.parse::<chrono::Weekday>().ok()) {
        return Some(TallyStart::Day(weekday_on_or_before(wd, day)));
    }
    words.iter().any(starts).then_some(TallyStart::Own)
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

/// What linking asks of each distinct place name, worked out once a name rather than once a
/// claim: its folded form, its country's, whether it names only a country, its depth.
struct Places<'a> {
    tables: &'a Tables,
    ids: hashbrown::HashMap<&'a str, u32>,
    info: Vec<PlaceInfo>,
    /// Folded names, each once: equal folds compare by their number.
    folds: hashbrown::HashMap<String, u32>,
    fold_text: Vec<String>,
}

#[derive(Clone, Copy)]
struct PlaceInfo {
    fold: u32,
    depth: usize,
}

impl<'a> Places<'a> {
    fn new(tables: &'a Tables) -> Places<'a> {
        Places {
            tables,
            ids: Default::default(),
            info: Vec::new(),
            folds: Default::default(),
            fold_text: Vec::new(),
        }
    }

    fn fold_id(&mut self, s: &str) -> u32 {
        let f = fold(s);
        if let Some(&id) = self.folds.get(&f) {
            return id;
        }
        let id = u32::try_from(self.fold_text.len()).unwrap_or(u32::MAX);
        self.fold_text.push(f.clone());
        self.folds.insert(f, id);
        id
    }

    fn id(&mut self, place: &'a str) -> u32 {
        if let Some(&id) = self.ids.get(place) {
            return id;
        }
        let fold = self.fold_id(place);
        let info = PlaceInfo {
            fold,
            depth: self.tables.places.ancestors(place).len(),
        };
        let id = u32::try_from(self.info.len()).unwrap_or(u32::MAX);
        self.info.push(info);
        self.ids.insert(place, id);
        id
    }

    fn info(&mut self, place: &'a str) -> PlaceInfo {
        let id = self.id(place);
        self.info[id as usize]
    }

    fn text(&self, fold: u32) -> &str {
        self.fold_text.get(fold as usize).map_or("", String::as_str)
    }

    /// The deepest place in the hierarchy (Khan Touman before Aleppo before Syria); of
    /// equally deep ones the first by folded name.
    fn most_specific(&mut self, places: &[&'a str]) -> Option<&'a str> {
        let keyed: Vec<(PlaceInfo, &'a str)> = places.iter().map(|&p| (self.info(p), p)).collect();
        keyed
            .iter()
            .max_by_key(|(i, _)| (i.depth, std::cmp::Reverse(self.text(i.fold))))
            .map(|&(_, p)| p)
    }
}

/// The place each claim is about: its own, else (an incident) the place of the nearest
/// claim before it in the same document, or (a running toll) the country of the document's
/// places. Articles name a place once and then go on about it. With each, the claim whose
/// place it is (itself when none: its resolved place is that claim's).
pub fn effective_places<'a>(
    claims: &'a Claims,
    tables: &'a Tables,
) -> (Vec<Option<&'a str>>, Vec<u32>) {
    let rows = claims.rows();
    let mut by_doc: HashMap<_, Vec<usize>> = HashMap::new();
    for (i, c) in rows.iter().enumerate() {
        by_doc.entry((c.input, c.document)).or_default().push(i);
    }
    let place = |i: usize| claims.opt(rows[i].place).filter(|p| !p.trim().is_empty());
    let mut out: Vec<Option<&str>> = (0..rows.len()).map(place).collect();
    let mut from: Vec<u32> = (0..rows.len() as u32).collect();
    for (_, mut idx) in by_doc {
        idx.sort_by_key(|&i| rows[i].seq);
        let first = idx.iter().find_map(|&i| place(i).map(|p| (i, p)));
        let country = first.map(|(_, p)| tables.places.root(p));
        let mut last: Option<(usize, &str)> = None;
        for &i in &idx {
            match place(i) {
                Some(p) => last = Some((i, p)),
                None if is_toll_series(claims, tables, &rows[i]) => out[i] = country,
                None => {
                    if let Some((j, p)) = last.or(first) {
                        out[i] = Some(p);
                        from[i] = j as u32;
                    }
                }
            }
        }
    }
    (out, from)
}

/// The key a running toll's claims share, and its label, from the toll's first claim.
fn toll_identity(
    claims: &Claims,
    tables: &Tables,
    c: &LinkClaim,
    place: Option<&str>,
    with_label: bool,
) -> (String, String) {
    // a toll with no place is its report's alone: never one key across cities
    let report_key;
    let (place, place_key) = match place {
        Some(p) => (p, fold(p)),
        None => {
            report_key = format!("report {}", claims.s(c.document));
            ("unknown place", report_key.clone())
        }
    };
    let period = period_key(&tables.scope, claims.opt(c.period), c.day);
    let family = outcome_family(claims.s(c.outcome));
    let group = claims.s(c.victim_group);
    let pop = if group.is_empty() {
        "people"
    } else {
        population(tables, group)
    };
    let key = format!("toll:{}:{}:{}:{}", place_key, fold(pop), family, period);
    if !with_label {
        return (key, String::new());
    }
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
    (key, label)
}

/// Rule running_incident (session 28): a running tally of an incident that lasts days (an
/// outbreak, a heatwave, a flood: types of role `lasting` in `data/event_types.csv`, read
/// from the claim's sentence, else its document's title) is that incident's count, not a
/// place's series: "cumulative deaths since the outbreak began rose to 52", "the heatwave
/// has killed 27 since Saturday", "floods have now claimed 40 lives" are linked as the
/// incident's claims (by place, names and what happened) with the other reports of the
/// same outbreak, heatwave or flood, and read as its series (a rising figure an update).
/// A war's or a place's running total ("killed since 2011", "so far this year" with no
/// such incident named) stays a series keyed by place, population and period. `scope` is
/// the claim's stored scope, `ty` its type.
pub fn running_incident(types: &EventTypes, scope: Option<&str>, ty: Option<TypeId>) -> bool {
    scope == Some("cumulative") && ty.is_some_and(|t| types.running(t))
}

/// A claim that is the running tally of an incident that lasts (rule running_incident).
pub(crate) fn is_running_incident(claims: &Claims, tables: &Tables, c: &LinkClaim) -> bool {
    running_incident(&tables.event_types, Some(claims.s(c.scope)), c.event_type())
}

/// A running toll's claim kept in a series of its own place, population and period: a
/// cumulative claim of no incident that lasts (rule running_incident).
pub(crate) fn is_toll_series(claims: &Claims, tables: &Tables, c: &LinkClaim) -> bool {
    claims.is_cumulative(c) && !is_running_incident(claims, tables, c)
}

/// An incident claim: one that names no event and is no running toll's series (what
/// incident linking pairs; `neighbourhood::incident_blocks` reads the same).
pub(crate) fn is_incident_claim(claims: &Claims, tables: &Tables, c: &LinkClaim) -> bool {
    named_label(claims, c).is_none() && !is_toll_series(claims, tables, c)
}

/// The event label a claim names (claim sheets), when not blank.
fn named_label<'a>(claims: &'a Claims, c: &LinkClaim) -> Option<&'a str> {
    claims.opt(c.event_label).filter(|l| !l.trim().is_empty())
}

/// Why claims are in their events: (claim, points, its reason in `reasons`), for the claims
/// linked by evidence or moved by an analyst (a named event's or a running toll's claims
/// are there by their name or key, which the event says).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Why {
    pub links: Vec<(crate::model::ClaimId, f32, u32)>,
    pub reasons: Vec<String>,
}

pub fn link(
    claims: &Claims,
    tables: &Tables,
    cfg: &XrefConfig,
    corrections: &[EventCorrection],
    terms: &DocTerms,
) -> (Vec<LinkedEvent>, Why) {
    link_part(claims, None, tables, cfg, corrections, terms)
}

/// [`link`], with `context` (by position in `claims`): claims read for what they say of
/// their reports (the place a later claim takes, what happened) but not linked, in no event
/// (an incremental linking's neighbours' report-mates).
pub fn link_part(
    claims: &Claims,
    context: Option<&[bool]>,
    tables: &Tables,
    cfg: &XrefConfig,
    corrections: &[EventCorrection],
    terms: &DocTerms,
) -> (Vec<LinkedEvent>, Why) {
    let rows = claims.rows();
    let is_context = |i: usize| context.is_some_and(|c| c.get(i) == Some(&true));
    let mut context_incident: Vec<u32> = Vec::new();
    let n = rows.len();
    let (eff, eff_from) = effective_places(claims, tables);
    let mut dsu = Dsu((0..n).collect());
    let mut places = Places::new(tables);
    // a named event's or a toll's claims join its first claim: a component's first claim
    // (its root) says which of the two, or an incident, it is (`identity` below)
    let mut named: HashMap<String, usize> = HashMap::new();
    // per label symbol, the first claim of its (folded) name: folded once a distinct label
    let mut label_first: hashbrown::HashMap<crate::xref::rows::Sym, usize> = Default::default();
    let mut tolls: HashMap<String, usize> = HashMap::new();
    let mut incident: Vec<u32> = Vec::new();

    for (i, c) in rows.iter().enumerate() {
        if is_context(i) {
            if is_incident_claim(claims, tables, c) {
                context_incident.push(i as u32);
            }
            continue;
        }
        if let (Some(label), Some(sym)) = (named_label(claims, c), c.event_label) {
            let first = match label_first.get(&sym) {
                Some(&j) => j,
                None => {
                    let j = *named.entry(format!("named:{}", fold(label))).or_insert(i);
                    label_first.insert(sym, j);
                    j
                }
            };
            if first != i {
                dsu.union(first, i);
            }
        } else if is_toll_series(claims, tables, c) {
            let (key, _) = toll_identity(claims, tables, c, eff[i], false);
            match tolls.get(&key) {
                Some(&j) => dsu.union(j, i),
                None => {
                    tolls.insert(key, i);
                }
            }
        } else {
            incident.push(i as u32);
        }
    }
    drop((named, label_first, tolls));

    let found = super::incidents::link_with_context(
        claims,
        &incident,
        &context_incident,
        &eff,
        &eff_from,
        tables,
        cfg,
        terms,
    );
    drop(context_incident);
    drop(eff_from);
    drop(incident);
    for g in &found.groups {
        for &i in &g[1..] {
            dsu.union(g[0] as usize, i as usize);
        }
    }
    let mut why = Why {
        links: found
            .why
            .into_iter()
            .map(|(i, s, r)| (rows[i as usize].claim_id, s, r))
            .collect(),
        reasons: found.reasons,
    };

    // components → events: claims in order of their component's root (its first claim),
    // then of their own position
    // (u32: half the memory of two million-long arrays; claims are far fewer than 4 billion)
    let roots: Vec<u32> = (0..n).map(|i| dsu.find(i) as u32).collect();
    drop(dsu);
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_unstable_by_key(|&i| (roots[i as usize], i));
    let same = |&a: &u32, &b: &u32| roots[a as usize] == roots[b as usize];
    let components = order.chunk_by(same).count();
    let mut events: Vec<LinkedEvent> = Vec::with_capacity(components);
    for members in order.chunk_by(same) {
        let root = roots[members[0] as usize] as usize;
        if is_context(root) {
            continue; // never joined to anything: in no event
        }
        let cs: Vec<&LinkClaim> = members.iter().map(|&i| &rows[i as usize]).collect();
        let ps: Vec<&str> = members.iter().filter_map(|&i| eff[i as usize]).collect();
        let most_specific = places.most_specific(&ps);
        let first = &rows[root];
        let (key, label, kind) = if let Some(label) = named_label(claims, first) {
            let kind = if claims.is_cumulative(first) {
                EventKind::Cumulative
            } else {
                EventKind::Incident
            };
            (
                format!("named:{}", fold(label)),
                label.trim().to_string(),
                kind,
            )
        } else if is_toll_series(claims, tables, first) {
            let (key, label) = toll_identity(claims, tables, first, eff[root], true);
            (key, label, EventKind::Cumulative)
        } else {
            incident_identity(claims, &cs, most_specific)
        };
        let mut ev = make_event(claims, key, label, kind, &cs);
        ev.place = most_specific.map(str::to_string);
        events.push(ev);
    }
    drop((roots, order, eff, places));
    distinct_keys(&mut events, claims);
    let mut events = apply_corrections(events, claims, corrections, &mut why);
    events
        .sort_by(|a, b| by_start_text(a.date_start, b.date_start).then_with(|| a.key.cmp(&b.key)));
    // an analyst's note comes after the evidence: reversed, a stable sort puts it first,
    // and the first of each claim is kept
    why.links.reverse();
    why.links.sort_by_key(|l| l.0);
    why.links.dedup_by_key(|l| l.0);
    (events, why)
}

/// What stored events the claims of `claims` could join (see [`super::neighbourhood`]):
/// the keys of the named events and running tolls they belong to, as linking keys them
/// (`named:…`, `toll:…`), and the days of their incident claims (those with one).
pub fn reach(claims: &Claims, tables: &Tables) -> (Vec<String>, Vec<NaiveDate>) {
    let (eff, _) = effective_places(claims, tables);
    let mut keys = Vec::new();
    let mut days = Vec::new();
    for (i, c) in claims.rows().iter().enumerate() {
        if let Some(label) = named_label(claims, c) {
            keys.push(format!("named:{}", fold(label)));
        } else if is_toll_series(claims, tables, c) {
            keys.push(toll_identity(claims, tables, c, eff[i], false).0);
        } else if let Some(d) = c.day {
            days.push(d);
        }
    }
    keys.sort_unstable();
    keys.dedup();
    days.sort_unstable();
    days.dedup();
    (keys, days)
}

/// Two incidents of one place and first day (two attacks in a city on one day, or two
/// reports with no day) keep their own events: the later of them (by first claim) has the
/// reference of its first claim added to its key. Stored events are one per key.
fn distinct_keys(events: &mut [LinkedEvent], claims: &Claims) {
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        by_key.entry(e.key.as_str()).or_default().push(i);
    }
    let mut renamed: Vec<(usize, String)> = Vec::new();
    for (key, mut v) in by_key.into_iter().filter(|(_, v)| v.len() > 1) {
        v.sort_by_key(|&i| events[i].claims.iter().min().copied());
        for &i in &v[1..] {
            let first = events[i].claims.iter().min().and_then(|&c| claims.by_id(c));
            let r = first.map(|c| claims.reference(c)).unwrap_or_default();
            renamed.push((i, format!("{key}:{r}")));
        }
    }
    for (i, key) in renamed {
        events[i].key = key;
    }
}

impl Why {
    /// Gives `ids` the reason `reason` (an analyst's correction wins over evidence).
    fn note(&mut self, ids: &[crate::model::ClaimId], reason: String) {
        let r = self.reasons.len() as u32;
        self.reasons.push(reason);
        // later entries of a claim win: the list is sorted stably and the last kept
        self.links.extend(ids.iter().map(|&c| (c, 0.0, r)));
    }
}

/// Events' first days compared as their text is (no date as "9999"): as dates when both
/// years have four digits, the text of every stored event's day.
fn by_start_text(a: Option<NaiveDate>, b: Option<NaiveDate>) -> std::cmp::Ordering {
    use chrono::Datelike;
    let plain = |d: Option<NaiveDate>| d.is_none_or(|d| (0..=9999).contains(&d.year()));
    if plain(a) && plain(b) {
        // no date ("9999") after every four-digit year but 9999's own days, which its
        // prefix precedes
        match (a, b) {
            (Some(a), Some(b)) => a.cmp(&b),
            (None, None) => std::cmp::Ordering::Equal,
            (None, Some(b)) => {
                if b.year() == 9999 {
                    std::cmp::Ordering::Less
                } else {
                    std::cmp::Ordering::Greater
                }
            }
            (Some(a), None) => by_start_text(None, Some(a)).reverse(),
        }
    } else {
        let text = |d: Option<NaiveDate>| d.map_or_else(|| "9999".to_string(), |d| d.to_string());
        text(a).cmp(&text(b))
    }
}

/// Key and label of an incident event, from its most specific place and first day.
fn incident_identity(
    claims: &Claims,
    cs: &[&LinkClaim],
    place: Option<&str>,
) -> (String, String, EventKind) {
    let first_day = cs.iter().filter_map(|c| c.day).min();
    let document = claims.s(cs[0].document);
    let label = match (place, first_day) {
        (Some(p), Some(d)) => format!("{p}, {d}"),
        (Some(p), None) => p.to_string(),
        (None, Some(d)) => format!("{document}, {d}"),
        (None, None) => document.to_string(),
    };
    let key = match place {
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
        date_start: days.iter().min().copied(),
        date_end: days.iter().max().copied(),
        claims: cs.iter().map(|c| c.claim_id).collect(),
    }
}

/// Applies analysts' splits, then merges, then renames, in the order they were made.
/// The claims an analyst moved get the correction as their reason (`why`).
fn apply_corrections(
    mut events: Vec<LinkedEvent>,
    claims: &Claims,
    corrections: &[EventCorrection],
    why: &mut Why,
) -> Vec<LinkedEvent> {
    if corrections.is_empty() {
        return events;
    }
    let by_ref: HashMap<String, &LinkClaim> = claims
        .rows()
        .iter()
        .map(|c| (claims.reference(c), c))
        .collect();
    let by_ids = |ids: &[crate::model::ClaimId]| -> Vec<&LinkClaim> {
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
                why.note(
                    &moved,
                    format!(
                        "an analyst merged event {:?} into {:?}",
                        events[pos].label, events[target].label
                    ),
                );
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
                why.note(
                    &out,
                    format!("an analyst split these claims from event {:?}", src.label),
                );
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

#[cfg(test)]
mod start_order_tests {
    use super::*;

    /// The running-toll words of the data shipped.
    pub(super) fn scope() -> TollScope {
        crate::tables::Tables::default().scope
    }

    #[test]
    fn running_tallies_keep_their_start() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        // 2024-05-07 is a Tuesday: "since Friday" is 2024-05-03
        assert_eq!(
            period_key(&scope(), Some("since Friday evening"), d(2024, 5, 7)),
            "since 2024-05-03"
        );
        assert_eq!(
            period_key(&scope(), Some("so far this year"), d(2023, 8, 1)),
            "this year 2023"
        );
        assert_ne!(
            period_key(&scope(), Some("so far this year"), d(2023, 8, 1)),
            period_key(&scope(), Some("so far this year"), d(2024, 8, 1))
        );
        assert_eq!(
            period_key(&scope(), Some("since March"), d(2016, 2, 1)),
            "since 2015-03"
        );
        // the whole war stays one series whatever the day
        assert_eq!(period_key(&scope(), Some("since 2011"), d(2016, 4, 1)), "");
        assert_eq!(period_key(&scope(), None, d(2016, 4, 1)), "");
        assert_eq!(period_key(&scope(), Some("this year"), None), "this year");
    }

    #[test]
    fn events_first_days_order_as_their_text_does() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let days = [
            None,
            d(2016, 5, 6),
            d(2016, 12, 1),
            d(999, 1, 1),
            d(9999, 12, 31),
            d(-1, 1, 1),
            d(-2, 1, 1),
            d(10000, 1, 1),
        ];
        let text = |x: Option<NaiveDate>| x.map_or_else(|| "9999".to_string(), |x| x.to_string());
        for &a in &days {
            for &b in &days {
                assert_eq!(by_start_text(a, b), text(a).cmp(&text(b)), "{a:?} {b:?}");
            }
        }
    }
}

#[cfg(test)]
mod link18_campaign_tests {
    use super::start_order_tests::scope;
    use super::*;

    /// Session 18: a campaign's tally keys on the campaign and the claim's year; "since the
    /// offensive began" is the same series as "during the offensive"; a war stays the whole
    /// war; a past week runs to the claim's day.
    #[test]
    fn link18_a_campaign_tally_keys_on_the_campaign_and_its_year() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let nov = d(1989, 11, 12);
        assert_eq!(
            period_key(&scope(), Some("during an offensive"), nov),
            "during offensive 1989"
        );
        assert_eq!(
            period_key(&scope(), Some("since the offensive began"), nov),
            "during offensive 1989"
        );
        assert_eq!(
            period_key(
                &scope(),
                Some("during the rebels' offensive"),
                d(1990, 11, 12)
            ),
            "during offensive 1990"
        );
        assert_eq!(period_key(&scope(), Some("during the war"), nov), "");
        assert_eq!(period_key(&scope(), Some("since the war began"), nov), "");
        assert_eq!(
            period_key(&scope(), Some("the past week"), nov),
            "past week to 1989-11-12"
        );
        assert_eq!(
            period_class(&scope(), Some("during the campaign")),
            "during campaign"
        );
    }

    /// Session 19: the periods' words are data (`data/toll_scope.csv` kinds `whole_war`,
    /// `rolling`, `campaign_opener`; `data/extract/rule_words.csv` list `period_start`),
    /// and a rolling word is matched as a whole word ("the pastoral visit" is no "past").
    #[test]
    fn session19_period_words_are_data() {
        let s = scope();
        assert_eq!(
            period_class(&s, Some("over the past week")),
            "over the past week"
        );
        assert_eq!(period_class(&s, Some("since the pastoral visit")), "");
        assert_eq!(
            period_class(&s, Some("since the offensive erupted")),
            "during offensive"
        );
        assert_eq!(period_class(&s, Some("throughout the conflict")), "");
        let mine = TollScope::from_csv(
            "toll_scope.csv",
            "cue,kind\nfortnight,rolling\namid,campaign_opener\n",
        )
        .unwrap();
        assert_eq!(
            period_class(&mine, Some("this fortnight")),
            "this fortnight"
        );
        assert_eq!(period_class(&mine, Some("amid the siege")), "during siege");
        assert_eq!(period_class(&mine, Some("the past week")), "");
    }
}

#[cfg(test)]
mod running_incident_tests {
    use super::*;

    /// Session 28 (linkout28): a running tally of an incident that lasts (an outbreak, a
    /// heatwave, a flood: `lasting` types of `data/event_types.csv`) is that incident's
    /// count; a war's or a place's running total, and an incident's own toll, are not.
    /// Our own sentences, in the phrasings' shapes.
    #[test]
    fn linkout28_a_running_tally_of_an_outbreak_or_a_heatwave_is_its_incidents() {
        let tables = crate::tables::Tables::default();
        let types = &tables.event_types;
        let running = |scope: &str, sentence: &str| {
            running_incident(types, Some(scope), types.detect(sentence))
        };
        for s in [
            "Cumulative deaths since the outbreak began climbed to 63 in the province.",
            "A measles epidemic has killed 18 children in the district since January.",
            "The heat wave has now claimed 45 lives in the city since Thursday.",
            "HEATWAVE DEATHS RISE TO 31 AS TEMPERATURES STAY HIGH",
        ] {
            assert!(running("cumulative", s), "{s}");
        }
        for s in [
            // a war's running total, its outbreak no disease
            "Some 9,400 villagers are dead since the outbreak of the civil war, monitors say.",
            "At least 120 civilians have died in the province so far this year.",
            // a month's tally of a place, nothing that lasts named
            "Police recorded 14 murders in the city this month.",
            // a flood's running tally stays a place's series (floods and storms are
            // `lasting`, not `running`: runtally28)
            "Floods have killed 70 people across the region so far.",
            // review 2, item 5 (runtally28): an epidemic of no disease, and heat told
            // beside another act, are no outbreak and no heatwave
            "Overdoses have killed 1,300 in the county so far this year amid the opioid epidemic.",
            "An epidemic of gun violence has left 210 dead in the city since January.",
            "Crews fought extreme heat as the wildfire killed 14 in the hills this week.",
            "Nine migrants found in a sealed truck died of heat stroke, police said.",
            "Two recruits died of heatstroke during a march at the base this summer.",
            "Heat-related deaths among miners in the shaft reached 6 this month.",
        ] {
            assert!(!running("cumulative", s), "{s}");
        }
        // a wildfire told with heat stays a fire
        assert_eq!(
            types.detect("Crews fought extreme heat as the wildfire killed 14 in the hills."),
            types.detect("The wildfire killed 14 in the hills.")
        );
        // each disease its own type, of one family (rule lasting_types_apart)
        let (cholera, dengue, outbreak) = (
            types.detect("cholera has killed 15 since March").unwrap(),
            types.detect("dengue has killed 120 since January").unwrap(),
            types
                .detect("deaths since the disease outbreak began")
                .unwrap(),
        );
        assert!(types.same_family(cholera, dengue) && cholera != dengue);
        assert!(types.lasting_apart(cholera, dengue));
        assert!(!types.lasting_apart(cholera, outbreak));
        assert!(!types.lasting_apart(cholera, cholera));
        // an incident's own toll stays an incident claim, whatever its type
        assert!(!running(
            "incident",
            "A cholera outbreak killed 12 in the camp on Sunday."
        ));
    }

    /// Session 30 (outb30), rule running_same_start: where a running tally's count starts,
    /// from periods in the shapes the extractor writes (our own words), and which starts
    /// one count can share.
    #[test]
    fn outb30_a_running_tally_counts_from_its_start() {
        use TallyStart::{Day, Month, Own};
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let monday = d("2026-05-11");
        for (period, start) in [
            ("since the outbreak began", Some(Own)),
            ("since the outbreak was", Some(Own)),
            ("since the epidemic started", Some(Own)),
            ("since March", Some(Month(2026, 3))),
            ("since mid-March", Some(Month(2026, 3))),
            ("since the outbreak began in March", Some(Month(2026, 3))),
            (
                "since the outbreak was declared on 9 March 2026",
                Some(Day(d("2026-03-09"))),
            ),
            ("since 9 May", Some(Day(d("2026-05-09")))),
            ("since Saturday", Some(Day(d("2026-05-09")))),
            // a month still to come is last year's
            ("since November", Some(Month(2025, 11))),
            ("so far this year", Some(Month(2026, 1))),
            // review 2 (mendl30): a month of this year, the start of a year
            ("since March this year", Some(Month(2026, 3))),
            ("since the start of the year", Some(Month(2026, 1))),
            ("since the beginning of the year", Some(Month(2026, 1))),
            ("since the start of last year", Some(Month(2025, 1))),
            ("since the outbreak began earlier this year", Some(Own)),
            ("since last week", None),
        ] {
            assert_eq!(tally_start(period, monday), start, "{period}");
        }
        // one count: the incident's own start and any; a day within a month
        assert!(Own.agrees(Month(2026, 3)) && Month(2026, 3).agrees(Own));
        assert!(Day(d("2026-03-09")).agrees(Month(2026, 3)));
        assert!(Day(d("2026-05-09")).agrees(Day(d("2026-05-09"))));
        // never another month, another year, another day
        assert!(!Month(2026, 1).agrees(Month(2026, 3)));
        assert!(!Month(2025, 3).agrees(Month(2026, 3)));
        assert!(!Day(d("2026-05-08")).agrees(Day(d("2026-05-09"))));
        assert!(!Day(d("2026-04-09")).agrees(Month(2026, 3)));
    }
}
