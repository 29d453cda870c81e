//! The report: events, their claims side by side, and the findings, as text, markdown,
//! json or csv.

use super::display::{self, Names};
use crate::model::{ClaimCounts, ClaimRow, EventId, EventRow, FindingId, FindingRow};
use crate::normalize::date;
use crate::xref::{Severity, FINDING_KINDS};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::{self, Write};

/// Which parts of the database the report shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Event ids or words of the event label.
    pub event: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub kinds: Vec<String>,
    pub min_severity: Option<Severity>,
    /// Only the findings' summary and the events that have findings.
    pub only_findings: bool,
}

impl Filter {
    /// Whether the report shows a finding of this kind and severity.
    pub fn finding_ok(&self, kind: &str, severity: &str) -> bool {
        (self.kinds.is_empty() || self.kinds.iter().any(|k| k == kind))
            && self
                .min_severity
                .is_none_or(|m| Severity::parse(severity).is_some_and(|s| s >= m))
    }
    /// Whether the report shows findings only of some kinds or severities.
    fn filters_findings(&self) -> bool {
        !self.kinds.is_empty() || self.min_severity.is_some()
    }
    fn event_ok(&self, e: &EventRow) -> bool {
        if let Some(q) = &self.event {
            let q = q.trim();
            let by_id = q.parse::<i64>().is_ok_and(|id| id == e.event_id.0);
            if !by_id && !e.label.to_lowercase().contains(&q.to_lowercase()) {
                return false;
            }
        }
        // partial dates compared as the days they may stand for: an event of 2016-04 ends
        // on or after --since 2016-04-30, one of 2016 starts on or before --until 2016-01
        let day = |d: Option<&str>, last: bool| {
            d.and_then(date::bounds)
                .map(|(first, end)| if last { end } else { first })
        };
        let end = day(e.date_end.as_deref().or(e.date_start.as_deref()), true);
        let start = day(e.date_start.as_deref(), false);
        if let (Some(s), Some(end)) = (day(self.since.as_deref(), false), end) {
            if end < s {
                return false;
            }
        }
        if let (Some(u), Some(start)) = (day(self.until.as_deref(), true), start) {
            if start > u {
                return false;
            }
        }
        true
    }
}

/// Where the report puts an event: first those with findings (most severe first), then
/// those whose claims come from more than one document, then those one document speaks
/// for alone and nothing contests (folded to one line each in text, markdown and HTML,
/// unless `--all`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Findings,
    Compared,
    Uncontested,
}

/// The counts at the head of the report: what it shows (events, their claims and the
/// documents these come from, findings), and the findings by severity and kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub events: usize,
    pub claims: usize,
    pub documents: usize,
    pub findings: usize,
    /// Findings shown by severity, most severe first (severity, count), none of zero.
    pub by_severity: Vec<(&'static str, usize)>,
    /// Findings shown by kind, worst kind first (kind, count), none of zero.
    pub by_kind: Vec<(&'static str, usize)>,
}

/// A finding's severity and kind as ranks (higher is worse).
fn finding_rank(kind: &str, severity: &str) -> (u8, u8) {
    let sev = Severity::parse(severity).map_or(0, |s| s as u8 + 1);
    let kind = FINDING_KINDS
        .iter()
        .position(|k| *k == kind)
        .map_or(0, |k| k as u8 + 1);
    (sev, kind)
}

const SEVERITIES: [Severity; 4] = [
    Severity::High,
    Severity::Medium,
    Severity::Low,
    Severity::Info,
];

/// Which events the report shows and in what order, worked out before any is written (the
/// summary heads the report): `finding` each finding's event, kind and severity, then
/// `event` each event in date order with the claims' counts; `finish` gives the events'
/// ids in report order, each one's section, and the summary. Holds counts and ids only.
pub struct Plan<'f> {
    filter: &'f Filter,
    /// Event id → the (severity, kind) ranks of its findings the filter lets through.
    findings: HashMap<i64, Vec<(u8, u8)>>,
    /// (section, worst finding's ranks reversed, date order, id) of each shown event.
    shown: Vec<(Section, std::cmp::Reverse<(u8, u8)>, usize, EventId)>,
    claims: usize,
    documents: HashSet<u32>,
    /// Findings shown by (severity rank, kind rank).
    counts: HashMap<(u8, u8), usize>,
}

impl<'f> Plan<'f> {
    pub fn new(filter: &'f Filter) -> Plan<'f> {
        Plan {
            filter,
            findings: HashMap::new(),
            shown: Vec::new(),
            claims: 0,
            documents: HashSet::new(),
            counts: HashMap::new(),
        }
    }

    pub fn finding(&mut self, event: Option<EventId>, kind: &str, severity: &str) {
        if let Some(e) = event {
            if self.filter.finding_ok(kind, severity) {
                self.findings
                    .entry(e.0)
                    .or_default()
                    .push(finding_rank(kind, severity));
            }
        }
    }

    /// An event, in date order: shown when the filter lets it through and it has claims
    /// (and, when findings are filtered or only findings asked for, one of them).
    pub fn event(&mut self, e: &EventRow, counts: &ClaimCounts) {
        let claims = counts.by_event.get(&e.event_id).copied().unwrap_or(0);
        let findings = self.findings.get(&e.event_id.0);
        let has_findings = findings.is_some_and(|f| !f.is_empty());
        if !self.filter.event_ok(e)
            || claims == 0
            || ((self.filter.filters_findings() || self.filter.only_findings) && !has_findings)
        {
            return;
        }
        let mut documents = 0;
        for d in counts.event_documents(e.event_id) {
            self.documents.insert(d);
            documents += 1;
        }
        let worst = findings
            .and_then(|f| f.iter().max().copied())
            .unwrap_or_default();
        for r in findings.into_iter().flatten() {
            *self.counts.entry(*r).or_default() += 1;
        }
        let section = if has_findings {
            Section::Findings
        } else if documents > 1 {
            Section::Compared
        } else {
            Section::Uncontested
        };
        self.claims += claims;
        let order = self.shown.len();
        self.shown
            .push((section, std::cmp::Reverse(worst), order, e.event_id));
    }

    /// The events shown, in report order, with their sections, and the summary.
    pub fn finish(mut self) -> (Vec<(EventId, Section)>, Summary) {
        self.shown.sort_unstable();
        let count = |f: &dyn Fn(&(u8, u8)) -> bool| -> usize {
            self.counts
                .iter()
                .filter(|(r, _)| f(r))
                .map(|(_, n)| n)
                .sum()
        };
        let by_severity = SEVERITIES
            .iter()
            .map(|s| (s.as_str(), count(&|r| r.0 == *s as u8 + 1)))
            .filter(|(_, n)| *n > 0)
            .collect();
        let by_kind = FINDING_KINDS
            .iter()
            .enumerate()
            .rev()
            .map(|(i, k)| (*k, count(&|r| r.1 == i as u8 + 1)))
            .filter(|(_, n)| *n > 0)
            .collect();
        let summary = Summary {
            events: self.shown.len(),
            claims: self.claims,
            documents: self.documents.len(),
            findings: count(&|_| true),
            by_severity,
            by_kind,
        };
        let order = self.shown.into_iter().map(|s| (s.3, s.0)).collect();
        (order, summary)
    }
}

/// An event's claims in the order the report lists them: by date, then id.
pub fn sort_claims(claims: &mut [ClaimRow]) {
    claims.sort_by(|a, b| (a.as_of.as_deref(), a.claim_id).cmp(&(b.as_of.as_deref(), b.claim_id)));
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Text,
    Markdown,
    Json,
    Csv,
    Html,
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

/// "n event" / "n events".
pub fn count(n: usize, noun: &str) -> String {
    format!(
        "{} {noun}{}",
        display::number(n as i64),
        if n == 1 { "" } else { "s" }
    )
}

/// How precisely an event's claims date it (see `display::precision_of`).
fn date_precision(claims: &[ClaimRow]) -> usize {
    display::precision_of(
        claims
            .iter()
            .filter_map(|c| c.as_of.as_deref().or(c.event_date.as_deref())),
    )
}

/// "Khan Touman offensive (incident · Khan Touman · 2016-05-06)": dates at the precision
/// the claims give (2016-04, not 2016-04-01).
fn event_heading(e: &EventRow, claims: &[ClaimRow]) -> String {
    let mut parts = vec![e.kind.clone()];
    if let Some(p) = &e.place {
        parts.push(p.clone());
    }
    let p = date_precision(claims);
    match (&e.date_start, &e.date_end) {
        (Some(s), Some(t)) if display::date_at(s, p) != display::date_at(t, p) => parts.push(
            format!("{} to {}", display::date_at(s, p), display::date_at(t, p)),
        ),
        (Some(s), _) => parts.push(display::date_at(s, p).to_string()),
        _ => {}
    }
    format!("{} ({})", e.label, parts.join(" · "))
}

/// "killed people: 2015-11-12 ≥250,000 → 2016-04-12 ≥270,001": each population's figures
/// over time, in a running toll or in an incident whose toll was updated from day to day
/// ("killed people: 1989-12-06 7 / 31 → 1989-12-07 ≥35"), for a population claimed on two
/// dates or more. Two groups on one day are no series; one document's figures of one day
/// that overlap (a headline and its body) are one step; different figures of one day stand
/// side by side ("400 / 54"). In an incident, a figure's step is the day its report gave
/// it (the later of its `as_of` and the day its report came out): a later report restates
/// the incident's day ("12 were killed in Monday's crash", published on Tuesday), and its
/// figure is the toll as known on Tuesday (session 12).
fn series<'c>(v: &EventView<'c>) -> Option<String> {
    if v.claims.len() < 2 {
        return None;
    }
    type Step<'c> = (&'c str, Vec<&'c ClaimRow>);
    let mut by_population: Vec<((&str, &str), Vec<Step>)> = Vec::new();
    let incident = v.event.kind == "incident";
    fn step_day(c: &ClaimRow, incident: bool) -> &str {
        let as_of = opt(&c.as_of);
        let reported = c
            .published
            .as_deref()
            .map_or("", |p| p.get(..10).unwrap_or(p));
        if incident && reported > as_of && !as_of.is_empty() {
            reported
        } else {
            as_of
        }
    }
    let day_of = |c: &'c ClaimRow| step_day(c, incident);
    let mut claims: Vec<&ClaimRow> = v
        .claims
        .iter()
        .filter(|c| c.low.is_some() || c.high.is_some())
        .collect();
    // by the step's day (the claims come sorted by as_of: sort_claims)
    claims.sort_by(|a, b| (day_of(a), a.claim_id).cmp(&(day_of(b), b.claim_id)));
    for c in claims {
        let key = (c.outcome.as_str(), c.victim_group.as_str());
        let steps = match by_population.iter_mut().find(|(k, _)| *k == key) {
            Some((_, s)) => s,
            None => {
                by_population.push((key, Vec::new()));
                &mut by_population.last_mut().expect("just pushed").1
            }
        };
        let day = day_of(c);
        match steps.last_mut() {
            Some((d, claims)) if *d == day => {
                let overlaps = |o: &&ClaimRow| {
                    o.document == c.document
                        && o.low.unwrap_or(i64::MIN) <= c.high.unwrap_or(i64::MAX)
                        && c.low.unwrap_or(i64::MIN) <= o.high.unwrap_or(i64::MAX)
                };
                match claims.iter_mut().find(|o| overlaps(o)) {
                    // the worded figure ("around 400") over the headline's bare one
                    Some(o) if o.qualifier == "exact" && c.qualifier != "exact" => *o = c,
                    Some(_) => {}
                    None => claims.push(c),
                }
            }
            _ => steps.push((day, vec![c])),
        }
    }
    let lines: Vec<String> = by_population
        .into_iter()
        .filter(|(_, steps)| steps.iter().filter(|(d, _)| !d.is_empty()).count() >= 2)
        .map(|((outcome, group), steps)| {
            let steps: Vec<String> = steps
                .into_iter()
                .map(|(d, claims)| {
                    let figures: Vec<String> = claims
                        .iter()
                        .map(|c| display::interval(c.low, c.high))
                        .collect();
                    let figures = figures.join(" / ");
                    if d.is_empty() {
                        figures
                    } else {
                        format!("{d} {figures}")
                    }
                })
                .collect();
            format!("{outcome} {group}: {}", steps.join(" → "))
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("; "))
}

/// How wide the text report lays out claims: `COLUMNS`, else 120.
fn text_width() -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(120)
}

/// The columns each event's claims are shown in, in text, markdown and HTML.
const CLAIM_COLUMNS: [&str; 8] = [
    "claim",
    "as of",
    "who (via)",
    "outcome",
    "victims",
    "quantity",
    "figure",
    "document",
];

fn claim_cells<'c>(c: &'c ClaimRow, names: &Names) -> [Cow<'c, str>; 8] {
    [
        Cow::Owned(format!("#{}", c.claim_id.0)),
        Cow::Borrowed(opt(&c.as_of)),
        Cow::Owned(names.who(c)),
        Cow::Borrowed(&c.outcome),
        Cow::Borrowed(&c.victims),
        Cow::Borrowed(&c.quantity),
        Cow::Owned(display::interval(c.low, c.high)),
        Cow::Borrowed(&c.document),
    ]
}

fn ids(f: &FindingRow) -> String {
    f.claim_ids
        .iter()
        .map(|c| format!("#{}", c.0))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The claims a finding names, in its order, among the event's.
fn finding_claims<'c>(f: &FindingRow, claims: &'c [ClaimRow]) -> Vec<&'c ClaimRow> {
    f.claim_ids
        .iter()
        .filter_map(|id| claims.iter().find(|c| c.claim_id == *id))
        .collect()
}

/// Kinds of finding whose claims stand against each other ("12 vs ≥30").
fn contradicts(kind: &str) -> bool {
    !matches!(kind, "corroboration" | "partisan")
}

/// A finding in one line, for the summary at the head of the report.
#[derive(Debug, Clone, Serialize)]
pub struct FindingLine {
    pub finding_id: FindingId,
    pub kind: String,
    pub severity: String,
    pub event_id: Option<EventId>,
    pub event: String,
    /// "civilians killed: 12 (Valdora police) vs ≥30 (Valdora hospital director)"
    pub figures: String,
    /// The reason, as shown (speakers for file names, numbers grouped).
    pub reason: String,
    #[serde(skip)]
    rank: (u8, u8),
}

/// The one-line summaries of an event's findings (those the filter lets through).
pub fn finding_lines(
    event: &EventRow,
    findings: &[FindingRow],
    claims: &[ClaimRow],
    names: &Names,
) -> Vec<FindingLine> {
    findings
        .iter()
        .map(|f| {
            let cs = finding_claims(f, claims);
            let groups: HashSet<&str> = cs.iter().map(|c| c.victim_group.as_str()).collect();
            let one_group = groups.len() == 1;
            let figures: Vec<String> = cs
                .iter()
                .map(|c| {
                    let n = display::interval(c.low, c.high);
                    if one_group {
                        format!("{n} ({})", names.who(c))
                    } else {
                        format!("{n} {} ({})", c.victims, names.who(c))
                    }
                })
                .collect();
            let what = match (&f.victim_group, &f.outcome) {
                (Some(g), Some(o)) if one_group => format!("{g} {o}: "),
                (_, Some(o)) => format!("{o}: "),
                _ => String::new(),
            };
            FindingLine {
                finding_id: f.finding_id,
                kind: f.kind.clone(),
                severity: f.severity.clone(),
                event_id: f.event_id,
                event: event.label.clone(),
                figures: format!(
                    "{what}{}",
                    figures.join(if contradicts(&f.kind) { " vs " } else { ", " })
                ),
                reason: names.reason(&f.reason, &cs),
                rank: finding_rank(&f.kind, &f.severity),
            }
        })
        .collect()
}

/// The findings' summary in report order: most severe first, then the worst kind, then the
/// events' order (stable).
pub fn sort_finding_lines(lines: &mut [FindingLine]) {
    lines.sort_by_key(|l| std::cmp::Reverse(l.rank));
}

/// "2 high, 3 medium" and "numeric_conflict 2 · divergence 1".
fn summary_counts(s: &Summary) -> (String, String) {
    let n = |c: &usize| display::number(*c as i64);
    let sev: Vec<String> = s
        .by_severity
        .iter()
        .map(|(k, c)| format!("{} {k}", n(c)))
        .collect();
    let kind: Vec<String> = s
        .by_kind
        .iter()
        .map(|(k, c)| format!("{k} {}", n(c)))
        .collect();
    (sev.join(", "), kind.join(" · "))
}

/// "12 events, 22 claims from 5 documents, 4 findings": what the report shows.
fn summary_line(r: &Summary) -> String {
    format!(
        "{}, {} from {}, {}",
        count(r.events, "event"),
        count(r.claims, "claim"),
        count(r.documents, "document"),
        count(r.findings, "finding")
    )
}

/// "[10] FICTIONAL Valdora market bombing"
fn line_event(l: &FindingLine) -> String {
    match l.event_id {
        Some(e) => format!("[{}] {}", e.0, l.event),
        None => l.event.clone(),
    }
}

/// The section headings, in text and markdown.
fn section_heading(s: Section, all: bool) -> &'static str {
    match (s, all) {
        (Section::Findings, _) => "Events with findings",
        (Section::Compared, _) => "Other events reported by more than one document",
        (Section::Uncontested, true) => "Events one document reports, uncontested",
        (Section::Uncontested, false) => {
            "Events one document reports, uncontested (one line each; --all shows their claims)"
        }
    }
}

/// An uncontested event in one line: its figures and who gives them.
fn folded_line(v: &EventView, names: &Names) -> String {
    const SHOWN: usize = 3;
    let mut figures: Vec<String> = v
        .claims
        .iter()
        .take(SHOWN)
        .map(|c| {
            format!(
                "{} {} {}",
                c.outcome,
                display::interval(c.low, c.high),
                c.victims
            )
        })
        .collect();
    if v.claims.len() > SHOWN {
        figures.push(format!("{} more", count(v.claims.len() - SHOWN, "claim")));
    }
    let who = v.claims.first().map(|c| names.who(c)).unwrap_or_default();
    format!(
        "[{}] {}: {} ({who})",
        v.event.event_id.0,
        event_heading(&v.event, v.claims),
        figures.join("; ")
    )
}

/// A claim's evidence in one line: its quoted sentence, document, outlet and URL.
fn evidence_text(c: &ClaimRow) -> String {
    let mut s = format!("#{}", c.claim_id.0);
    if let Some(q) = c.sentence.as_deref().filter(|q| !q.trim().is_empty()) {
        s.push_str(&format!(" “{}” —", q.trim()));
    }
    s.push(' ');
    s.push_str(&c.document);
    if let Some(o) = c.outlet.as_deref().filter(|o| !o.is_empty()) {
        s.push_str(&format!(" · {o}"));
    }
    if let Some(u) = c.url.as_deref().filter(|u| !u.is_empty()) {
        s.push_str(&format!(" · {u}"));
    }
    s
}

fn text_event(v: &EventView, r: &Renderer, out: &mut Vec<u8>) -> io::Result<()> {
    writeln!(
        out,
        "■ [{}] {}",
        v.event.event_id.0,
        event_heading(&v.event, v.claims)
    )?;
    if let Some(s) = series(v) {
        writeln!(out, "  series: {s}")?;
    }
    let mut cells: Vec<Cow<str>> = Vec::with_capacity((v.claims.len() + 1) * CLAIM_COLUMNS.len());
    cells.extend(CLAIM_COLUMNS.iter().map(|&c| Cow::Borrowed(c)));
    for c in v.claims {
        cells.extend(claim_cells(c, &r.names));
    }
    super::layout::write_table(&cells, CLAIM_COLUMNS.len(), r.width, "  ", out);
    for f in &v.findings {
        let cs = finding_claims(f, v.claims);
        writeln!(
            out,
            "  ! {} [{}] claims {}: {}",
            f.kind,
            f.severity,
            ids(f),
            r.names.reason(&f.reason, &cs)
        )?;
        for c in cs {
            writeln!(out, "      {}", evidence_text(c))?;
        }
    }
    writeln!(out)?;
    Ok(())
}

/// Text from documents as Markdown table/heading text: `|` and newlines would break the
/// table; `<` `>` `&` `[` `]` `` ` `` are backslash-escaped so that a renderer shows them as
/// written and never turns them into HTML (`<script>`), entities or links.
fn md(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' => o.push(' '),
            '|' | '<' | '>' | '&' | '[' | ']' | '`' | '\\' => {
                o.push('\\');
                o.push(c);
            }
            c => o.push(c),
        }
    }
    o
}

/// An http(s) URL fit for a link, else `None` (no `javascript:`, no spaces).
fn link(url: Option<&str>) -> Option<&str> {
    url.map(str::trim).filter(|u| {
        (u.starts_with("https://") || u.starts_with("http://"))
            && !u.contains(|c: char| {
                c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '`' | '(' | ')')
            })
    })
}

fn markdown_evidence(c: &ClaimRow) -> String {
    let mut s = format!("**#{}**", c.claim_id.0);
    if let Some(q) = c.sentence.as_deref().filter(|q| !q.trim().is_empty()) {
        s.push_str(&format!(" “{}” —", md(q.trim())));
    }
    s.push_str(&format!(" {}", md(&c.document)));
    if let Some(o) = c.outlet.as_deref().filter(|o| !o.is_empty()) {
        s.push_str(&format!(", {}", md(o)));
    }
    if let Some(u) = link(c.url.as_deref()) {
        s.push_str(&format!(", <{u}>"));
    }
    s
}

fn markdown_event(v: &EventView, r: &Renderer, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "### [{}] {}\n",
        v.event.event_id.0,
        md(&event_heading(&v.event, v.claims))
    )?;
    if let Some(s) = series(v) {
        writeln!(out, "Series: {}\n", md(&s))?;
    }
    writeln!(out, "| {} |", CLAIM_COLUMNS.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(CLAIM_COLUMNS.len()))?;
    for c in v.claims {
        let cells: Vec<String> = claim_cells(c, &r.names).iter().map(|x| md(x)).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    writeln!(out)?;
    for f in &v.findings {
        let cs = finding_claims(f, v.claims);
        writeln!(
            out,
            "- <a id=\"finding-{}\"></a>**{}** ({}), claims {}: {}",
            f.finding_id,
            f.kind,
            f.severity,
            ids(f),
            md(&r.names.reason(&f.reason, &cs))
        )?;
        for c in cs {
            writeln!(out, "  - {}", markdown_evidence(c))?;
        }
    }
    if !v.findings.is_empty() {
        writeln!(out)?;
    }
    Ok(())
}

/// An event as an element of the report's `events` array, as `serde_json`'s pretty
/// printer writes it there: JSON strings hold no line breaks, so indenting every line
/// indents the element.
fn json_event(v: &EventView, first: bool, out: &mut dyn Write) -> io::Result<()> {
    let text = serde_json::to_string_pretty(v)?;
    out.write_all(if first { b"\n" } else { b",\n" })?;
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        write!(out, "    {line}")?;
    }
    Ok(())
}

/// The header of the csv report: one row per claim of each shown event, with the kinds of
/// findings it is part of.
const CSV_COLUMNS: [&str; 15] = [
    "event_id",
    "event",
    "event_kind",
    "claim_id",
    "document",
    "as_of",
    "claimant",
    "via",
    "outlet",
    "outcome",
    "victims",
    "quantity",
    "low",
    "high",
    "findings",
];

fn csv_event<W: Write>(v: &EventView, w: &mut csv::Writer<W>) -> io::Result<()> {
    for c in v.claims {
        let kinds: Vec<&str> = v
            .findings
            .iter()
            .filter(|f| f.claim_ids.contains(&c.claim_id))
            .map(|f| f.kind.as_str())
            .collect();
        let low = c.low.map(|x| x.to_string()).unwrap_or_default();
        let high = c.high.map(|x| x.to_string()).unwrap_or_default();
        let cells = [
            v.event.event_id.0.to_string(),
            v.event.label.clone(),
            v.event.kind.clone(),
            c.claim_id.0.to_string(),
            c.document.clone(),
            opt(&c.as_of).to_string(),
            opt(&c.claimant).to_string(),
            opt(&c.via).to_string(),
            opt(&c.outlet).to_string(),
            c.outcome.clone(),
            c.victims.clone(),
            c.quantity.clone(),
            low,
            high,
            kinds.join(";"),
        ];
        w.write_record(
            cells
                .iter()
                .map(|s| super::table::formula_safe(s).into_owned()),
        )?;
    }
    Ok(())
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// One self-contained HTML file: no scripts, no external resources, every text escaped;
/// laid out to be read at 1,000 pixels wide (and narrower: tables scroll, charts shrink).
fn html_head(r: &Summary, lines: &[FindingLine], out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <title>tollcheck report</title><style>\
         body{{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:62em;padding:0 1em;line-height:1.4;color:#222}}\
         h1{{margin-bottom:.2em}}h2{{margin-top:1.6em;border-bottom:2px solid #ddd}}h3{{margin:1.2em 0 .3em}}\
         .scroll{{overflow-x:auto}}\
         table{{border-collapse:collapse;margin:.5em 0;font-size:.9em}}td,th{{border-bottom:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}}td:nth-child(-n+2){{white-space:nowrap}}\
         .finding{{background:#fff4e5;border-left:4px solid #e8590c;padding:.3em .6em;margin:.4em 0}}\
         .finding ul{{margin:.3em 0;padding-left:1.2em}}.finding li{{margin:.2em 0}}q{{font-style:italic}}\
         .high{{border-color:#c92a2a}}.medium{{border-color:#e8590c}}.low{{border-color:#f0a000;background:#fff9db}}.info{{border-color:#2b8a3e;background:#ebfbee}}\
         .toc ol{{padding-left:1.5em}}.toc li{{margin:.15em 0}}.sev{{display:inline-block;min-width:4.5em;font-weight:bold}}\
         .sev-high{{color:#c92a2a}}.sev-medium{{color:#d9480f}}.sev-low{{color:#a07000}}.sev-info{{color:#2b8a3e}}\
         figure{{margin:.5em 0}}svg.chart{{max-width:100%;height:auto}}\
         </style></head><body>"
    )?;
    writeln!(
        out,
        "<h1>tollcheck report</h1><p>{}.</p>",
        escape_html(&summary_line(r))
    )?;
    let e = escape_html;
    writeln!(out, "<nav class=\"toc\" id=\"findings\"><h2>Findings</h2>")?;
    if lines.is_empty() {
        writeln!(out, "<p>No findings.</p></nav>")?;
        return Ok(());
    }
    let (sev, kind) = summary_counts(r);
    writeln!(out, "<p>{} — {}</p><ol>", e(&sev), e(&kind))?;
    for l in lines {
        writeln!(
            out,
            "<li><span class=\"sev sev-{sev}\">{sev}</span> <a href=\"#finding-{id}\">{kind} — {event}</a>: {figures}</li>",
            sev = e(&l.severity),
            id = l.finding_id,
            kind = e(&l.kind),
            event = e(&line_event(l)),
            figures = e(&l.figures)
        )?;
    }
    writeln!(out, "</ol></nav>")
}

fn html_evidence(c: &ClaimRow) -> String {
    let e = escape_html;
    let mut s = format!("<b>#{}</b> ", c.claim_id.0);
    if let Some(q) = c.sentence.as_deref().filter(|q| !q.trim().is_empty()) {
        s.push_str(&format!("<q>{}</q> — ", e(q.trim())));
    }
    s.push_str(&e(&c.document));
    if let Some(o) = c.outlet.as_deref().filter(|o| !o.is_empty()) {
        s.push_str(&format!(", {}", e(o)));
    }
    if let Some(u) = link(c.url.as_deref()) {
        s.push_str(&format!(", <a href=\"{0}\">{0}</a>", e(u)));
    }
    s
}

fn html_event(v: &EventView, r: &Renderer, out: &mut dyn Write) -> io::Result<()> {
    let e = escape_html;
    writeln!(
        out,
        "<section class=\"event\" id=\"event-{}\"><h3>[{}] {}</h3>",
        v.event.event_id.0,
        v.event.event_id.0,
        e(&event_heading(&v.event, v.claims))
    )?;
    if let Some(s) = series(v) {
        writeln!(out, "<p>Series: {}</p>", e(&s))?;
    }
    if let Some(svg) = super::chart::event_svg(v.claims, &r.names) {
        writeln!(out, "<figure>{svg}</figure>")?;
    }
    writeln!(
        out,
        "<div class=\"scroll\"><table><tr><th>{}</th></tr>",
        CLAIM_COLUMNS.join("</th><th>")
    )?;
    for c in v.claims {
        let cells: Vec<String> = claim_cells(c, &r.names).iter().map(|x| e(x)).collect();
        writeln!(
            out,
            "<tr id=\"claim-{}\" title=\"{}\"><td>{}</td></tr>",
            c.claim_id.0,
            e(opt(&c.sentence)),
            cells.join("</td><td>")
        )?;
    }
    writeln!(out, "</table></div>")?;
    for f in &v.findings {
        let cs = finding_claims(f, v.claims);
        writeln!(
            out,
            "<div class=\"finding {sev}\" id=\"finding-{id}\"><b>{kind}</b> ({sev}), claims {ids}: {reason}<ul>",
            sev = e(&f.severity),
            id = f.finding_id,
            kind = e(&f.kind),
            ids = e(&ids(f)),
            reason = e(&r.names.reason(&f.reason, &cs))
        )?;
        for c in cs {
            writeln!(out, "<li>{}</li>", html_evidence(c))?;
        }
        writeln!(out, "</ul></div>")?;
    }
    writeln!(out, "</section>")?;
    Ok(())
}

/// How a report renders events, apart from any writer.
#[derive(Clone, Copy)]
struct Renderer<'t> {
    format: ReportFormat,
    /// The text report's width.
    width: u16,
    names: Names<'t>,
    /// Uncontested events in full, not folded to a line.
    all: bool,
}

impl Renderer<'_> {
    /// Renders `v` into `out`; `first` when it is the report's first event.
    fn render(&self, v: &EventView, first: bool, out: &mut Vec<u8>) -> io::Result<()> {
        let folded = v.section == Section::Uncontested && !self.all;
        match self.format {
            ReportFormat::Csv => {
                let mut w = csv::Writer::from_writer(out);
                csv_event(v, &mut w)?;
                w.flush()
            }
            ReportFormat::Json => json_event(v, first, out),
            ReportFormat::Text if folded => writeln!(out, "  {}", folded_line(v, &self.names)),
            ReportFormat::Markdown if folded => {
                writeln!(out, "- {}", md(&folded_line(v, &self.names)))
            }
            ReportFormat::Html if folded => writeln!(
                out,
                "<li id=\"event-{}\">{}</li>",
                v.event.event_id.0,
                escape_html(&folded_line(v, &self.names))
            ),
            ReportFormat::Text => text_event(v, self, out),
            ReportFormat::Markdown => markdown_event(v, self, out),
            ReportFormat::Html => html_event(v, self, out),
        }
    }

    /// Opens a section (its heading), in text, markdown and HTML.
    fn open(&self, s: Section, out: &mut dyn Write) -> io::Result<()> {
        let heading = section_heading(s, self.all);
        let folded = s == Section::Uncontested && !self.all;
        match self.format {
            ReportFormat::Text => writeln!(out, "{heading}\n"),
            ReportFormat::Markdown => writeln!(out, "## {}\n", md(heading)),
            ReportFormat::Html => {
                writeln!(out, "<h2>{}</h2>", escape_html(heading))?;
                if folded {
                    writeln!(out, "<ul class=\"folded\">")?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Closes a section.
    fn close(&self, s: Section, out: &mut dyn Write) -> io::Result<()> {
        let folded = s == Section::Uncontested && !self.all;
        match self.format {
            ReportFormat::Html if folded => writeln!(out, "</ul>"),
            ReportFormat::Text | ReportFormat::Markdown if folded => writeln!(out),
            _ => Ok(()),
        }
    }
}

/// An event as the report shows it: its row, claims, findings and section.
#[derive(Debug, Clone, Serialize)]
pub struct EventView<'a> {
    #[serde(flatten)]
    pub event: EventRow,
    pub claims: &'a [ClaimRow],
    pub findings: Vec<FindingRow>,
    pub section: Section,
}

/// How the report is written: its format, the names of sources, whether uncontested
/// events are shown in full.
pub struct ReportOptions<'t> {
    pub format: ReportFormat,
    pub names: Names<'t>,
    pub all: bool,
}

/// Writes a report event by event, in any format, so that no more than one event's claims
/// need be in memory: `begin` with the summary and the findings' one-line summaries
/// (`finding_lines`, sorted by `sort_finding_lines`), `event` for each shown event in the
/// plan's order (its claims in `sort_claims` order), then `finish`.
pub struct ReportWriter<'w, 't> {
    renderer: Renderer<'t>,
    out: &'w mut dyn Write,
    summary: Summary,
    written: usize,
    section: Option<Section>,
    buf: Vec<u8>,
}

impl<'w, 't> ReportWriter<'w, 't> {
    pub fn begin(
        opts: ReportOptions<'t>,
        summary: Summary,
        lines: &[FindingLine],
        out: &'w mut dyn Write,
    ) -> io::Result<ReportWriter<'w, 't>> {
        match opts.format {
            ReportFormat::Text => {
                writeln!(out, "tollcheck report: {}\n", summary_line(&summary))?;
                if !lines.is_empty() {
                    let (sev, kind) = summary_counts(&summary);
                    writeln!(out, "Findings: {sev}\n  {kind}")?;
                    let kind_width = lines.iter().map(|l| l.kind.len()).max().unwrap_or(0);
                    for l in lines {
                        writeln!(
                            out,
                            "  {:<7} {:<kind_width$}  {} — {}",
                            l.severity,
                            l.kind,
                            line_event(l),
                            l.figures
                        )?;
                    }
                    writeln!(out)?;
                }
            }
            ReportFormat::Markdown => {
                writeln!(out, "# tollcheck report\n")?;
                writeln!(out, "{}.\n", summary_line(&summary))?;
                if !lines.is_empty() {
                    let (sev, kind) = summary_counts(&summary);
                    writeln!(out, "## Findings\n\n{} — {}\n", md(&sev), md(&kind))?;
                    writeln!(
                        out,
                        "| severity | kind | event | figures |\n|---|---|---|---|"
                    )?;
                    for l in lines {
                        writeln!(
                            out,
                            "| {} | [{}](#finding-{}) | {} | {} |",
                            md(&l.severity),
                            md(&l.kind),
                            l.finding_id,
                            md(&line_event(l)),
                            md(&l.figures)
                        )?;
                    }
                    writeln!(out)?;
                }
            }
            ReportFormat::Json => {
                write!(out, "{{\n  \"finding_summary\": ")?;
                let text = serde_json::to_string_pretty(lines)?;
                for (i, line) in text.lines().enumerate() {
                    if i > 0 {
                        write!(out, "\n  ")?;
                    }
                    write!(out, "{line}")?;
                }
                write!(out, ",\n  \"events\": [")?;
            }
            ReportFormat::Csv => {
                let mut w = csv::Writer::from_writer(&mut *out);
                w.write_record(CSV_COLUMNS)?;
                w.flush()?;
            }
            ReportFormat::Html => {
                html_head(&summary, lines, out)?;
            }
        }
        Ok(ReportWriter {
            renderer: Renderer {
                format: opts.format,
                width: text_width(),
                names: opts.names,
                all: opts.all,
            },
            out,
            summary,
            written: 0,
            section: None,
            buf: Vec::new(),
        })
    }

    pub fn event(&mut self, v: &EventView) -> io::Result<()> {
        if self.section != Some(v.section) {
            if let Some(s) = self.section {
                self.renderer.close(s, self.out)?;
            }
            self.renderer.open(v.section, self.out)?;
            self.section = Some(v.section);
        }
        self.buf.clear();
        self.renderer.render(v, self.written == 0, &mut self.buf)?;
        self.written += 1;
        self.out.write_all(&self.buf)
    }

    pub fn finish(self) -> io::Result<()> {
        let out = self.out;
        if let Some(s) = self.section {
            self.renderer.close(s, out)?;
        }
        match self.renderer.format {
            ReportFormat::Json => {
                let s = &self.summary;
                if self.written > 0 {
                    write!(out, "\n  ")?;
                }
                writeln!(
                    out,
                    "],\n  \"claims\": {},\n  \"documents\": {},\n  \"findings\": {}\n}}",
                    s.claims, s.documents, s.findings
                )
            }
            ReportFormat::Html => writeln!(out, "</body></html>"),
            _ => Ok(()),
        }
    }
}
