//! The report: events, their claims side by side, and the findings, as text, markdown,
//! json or csv.

use crate::normalize::date;
use crate::store::{ClaimRow, EventId, EventRow, FindingRow};
use crate::xref::Severity;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, Write};

#[derive(Debug, Clone, Serialize)]
pub struct EventView<'a> {
    #[serde(flatten)]
    pub event: EventRow,
    pub claims: &'a [ClaimRow],
    pub findings: Vec<FindingRow>,
}

/// Which parts of the database the report shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Event ids or words of the event label.
    pub event: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub kinds: Vec<String>,
    pub min_severity: Option<Severity>,
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

/// The counts at the head of the report: events and findings shown, claims and documents
/// in the database.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub events: usize,
    pub claims: usize,
    pub documents: usize,
    pub findings: usize,
}

/// Which events the report shows, worked out before any is written (the summary heads the
/// report): `finding` each finding's event, kind and severity, then `event` each event in
/// the report's order with its number of claims; `finish` gives the events' ids in order
/// and the summary. Holds counts and ids only, never rows.
pub struct Plan<'f> {
    filter: &'f Filter,
    /// Event id → how many of its findings the filter lets through.
    findings: HashMap<i64, usize>,
    shown: Vec<EventId>,
    findings_shown: usize,
}

impl<'f> Plan<'f> {
    pub fn new(filter: &'f Filter) -> Plan<'f> {
        Plan {
            filter,
            findings: HashMap::new(),
            shown: Vec::new(),
            findings_shown: 0,
        }
    }

    pub fn finding(&mut self, event: Option<EventId>, kind: &str, severity: &str) {
        if let Some(e) = event {
            if self.filter.finding_ok(kind, severity) {
                *self.findings.entry(e.0).or_default() += 1;
            }
        }
    }

    /// An event, in report order, with its number of claims: shown when the filter lets
    /// it through and it has claims (and, when findings are filtered, one of them).
    pub fn event(&mut self, e: &EventRow, claims: usize) {
        let findings = self.findings.get(&e.event_id.0).copied().unwrap_or(0);
        if self.filter.event_ok(e)
            && claims > 0
            && (!self.filter.filters_findings() || findings > 0)
        {
            self.shown.push(e.event_id);
            self.findings_shown += findings;
        }
    }

    /// The events shown, in order, and the summary (`claims` and `documents` in the database).
    pub fn finish(self, claims: usize, documents: usize) -> (Vec<EventId>, Summary) {
        let summary = Summary {
            events: self.shown.len(),
            claims,
            documents,
            findings: self.findings_shown,
        };
        (self.shown, summary)
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

fn event_heading(e: &EventRow) -> String {
    let mut parts = vec![e.kind.clone()];
    if let Some(p) = &e.place {
        parts.push(p.clone());
    }
    match (&e.date_start, &e.date_end) {
        (Some(s), Some(t)) if s != t => parts.push(format!("{s} to {t}")),
        (Some(s), _) => parts.push(s.clone()),
        _ => {}
    }
    format!("{} ({})", e.label, parts.join(" · "))
}

/// "2015-11-12 ≥250000 → 2016-04-12 ≥270001": a cumulative toll as a series.
fn series(v: &EventView) -> Option<String> {
    if v.event.kind != "cumulative" || v.claims.len() < 2 {
        return None;
    }
    let mut by_outcome: Vec<(String, Vec<String>)> = Vec::new();
    for c in v
        .claims
        .iter()
        .filter(|c| c.low.is_some() || c.high.is_some())
    {
        let step = format!("{} {}", opt(&c.as_of), c.interval());
        match by_outcome.iter_mut().find(|(o, _)| o == &c.outcome) {
            Some((_, s)) => s.push(step),
            None => by_outcome.push((c.outcome.clone(), vec![step])),
        }
    }
    Some(
        by_outcome
            .into_iter()
            .map(|(o, s)| format!("{o}: {}", s.join(" → ")))
            .collect::<Vec<_>>()
            .join("; "),
    )
}

/// How wide the text report lays out claims: `COLUMNS`, else 120.
fn text_width() -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(120)
}

fn text_event(v: &EventView, width: u16, out: &mut Vec<u8>) -> io::Result<()> {
    writeln!(
        out,
        "■ [{}] {}",
        v.event.event_id.0,
        event_heading(&v.event)
    )?;
    if let Some(s) = series(v) {
        writeln!(out, "  series: {s}")?;
    }
    let mut cells: Vec<Cow<str>> = Vec::with_capacity((v.claims.len() + 1) * CLAIM_COLUMNS.len());
    cells.extend(CLAIM_COLUMNS.iter().map(|&c| Cow::Borrowed(c)));
    for c in v.claims {
        cells.extend(claim_cells(c));
    }
    super::layout::write_table(&cells, CLAIM_COLUMNS.len(), width, "  ", out);
    for f in &v.findings {
        writeln!(
            out,
            "  ! {} [{}] claims {}: {}",
            f.kind,
            f.severity,
            ids(f),
            f.reason
        )?;
    }
    writeln!(out)?;
    Ok(())
}

/// "12 events, 22 claims from 5 documents, 4 findings"
fn summary_line(r: &Summary) -> String {
    format!(
        "{} events, {} claims from {} documents, {} findings",
        r.events, r.claims, r.documents, r.findings
    )
}

/// The columns each event's claims are shown in, in every format.
const CLAIM_COLUMNS: [&str; 8] = [
    "claim",
    "as of",
    "document",
    "who (via)",
    "outcome",
    "victims",
    "quantity",
    "interval",
];

fn claim_cells(c: &ClaimRow) -> [Cow<'_, str>; 8] {
    [
        Cow::Owned(format!("#{}", c.claim_id.0)),
        Cow::Borrowed(opt(&c.as_of)),
        Cow::Borrowed(&c.document),
        Cow::Owned(c.attribution()),
        Cow::Borrowed(&c.outcome),
        Cow::Borrowed(&c.victims),
        Cow::Borrowed(&c.quantity),
        Cow::Owned(c.interval()),
    ]
}

fn ids(f: &FindingRow) -> String {
    f.claim_ids
        .iter()
        .map(|c| format!("#{}", c.0))
        .collect::<Vec<_>>()
        .join(", ")
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

fn markdown_event(v: &EventView, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "## {}\n", md(&event_heading(&v.event)))?;
    if let Some(s) = series(v) {
        writeln!(out, "Series: {}\n", md(&s))?;
    }
    writeln!(out, "| {} |", CLAIM_COLUMNS.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(CLAIM_COLUMNS.len()))?;
    for c in v.claims {
        let cells: Vec<String> = claim_cells(c).iter().map(|x| md(x)).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    writeln!(out)?;
    for f in &v.findings {
        writeln!(
            out,
            "- **{}** ({}), claims {}: {}",
            f.kind,
            f.severity,
            ids(f),
            md(&f.reason)
        )?;
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

/// One self-contained HTML file: no scripts, no external resources, every text escaped.
fn html_head(r: &Summary, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <title>tollcheck report</title><style>\
         body{{font-family:system-ui,sans-serif;margin:2em;max-width:80em}}\
         table{{border-collapse:collapse;margin:.5em 0}}td,th{{border-bottom:1px solid #ddd;padding:.2em .6em;text-align:left;vertical-align:top}}\
         .finding{{background:#fff4e5;border-left:4px solid #e8590c;padding:.3em .6em;margin:.3em 0}}\
         .high{{border-color:#c92a2a}}.info{{border-color:#2b8a3e;background:#ebfbee}}\
         </style></head><body>"
    )?;
    writeln!(out, "<h1>tollcheck report</h1><p>{}.</p>", summary_line(r))
}

fn html_event(v: &EventView, out: &mut dyn Write) -> io::Result<()> {
    let e = escape_html;
    writeln!(
        out,
        "<section class=\"event\" id=\"event-{}\"><h2>{}</h2>",
        v.event.event_id.0,
        e(&event_heading(&v.event))
    )?;
    if let Some(s) = series(v) {
        writeln!(out, "<p>Series: {}</p>", e(&s))?;
    }
    if let Some(svg) = super::chart::event_svg(v.claims) {
        writeln!(out, "<figure>{svg}</figure>")?;
    }
    writeln!(
        out,
        "<table><tr><th>{}</th></tr>",
        CLAIM_COLUMNS.join("</th><th>")
    )?;
    for c in v.claims {
        let cells: Vec<String> = claim_cells(c).iter().map(|x| e(x)).collect();
        writeln!(
            out,
            "<tr title=\"{}\"><td>{}</td></tr>",
            e(opt(&c.sentence)),
            cells.join("</td><td>")
        )?;
    }
    writeln!(out, "</table>")?;
    for f in &v.findings {
        writeln!(
            out,
            "<div class=\"finding {}\"><b>{}</b> ({}), claims {}: {}</div>",
            e(&f.severity),
            e(&f.kind),
            e(&f.severity),
            e(&ids(f)),
            e(&f.reason)
        )?;
    }
    writeln!(out, "</section>")?;
    Ok(())
}

/// How a report renders events, apart from any writer.
#[derive(Debug, Clone, Copy)]
struct Renderer {
    format: ReportFormat,
    /// The text report's width.
    width: u16,
}

impl Renderer {
    /// Renders `events` into `out`; `first` is the position of `events[0]` in the report.
    fn render(&self, events: &[EventView], first: usize, out: &mut Vec<u8>) -> io::Result<()> {
        if self.format == ReportFormat::Csv {
            let mut w = csv::Writer::from_writer(out);
            for v in events {
                csv_event(v, &mut w)?;
            }
            return w.flush();
        }
        for (i, v) in events.iter().enumerate() {
            match self.format {
                ReportFormat::Text => text_event(v, self.width, out)?,
                ReportFormat::Markdown => markdown_event(v, out)?,
                ReportFormat::Json => json_event(v, first + i == 0, out)?,
                _ => html_event(v, out)?,
            }
        }
        Ok(())
    }
}

/// Writes a report event by event, in any format, so that no more than one event's claims
/// need be in memory: `begin` with the summary, `event` for each shown event in order (its
/// claims in `sort_claims` order), then `finish`.
pub struct ReportWriter<'w> {
    renderer: Renderer,
    out: &'w mut dyn Write,
    summary: Summary,
    written: usize,
    buf: Vec<u8>,
}

impl<'w> ReportWriter<'w> {
    pub fn begin(
        format: ReportFormat,
        summary: Summary,
        out: &'w mut dyn Write,
    ) -> io::Result<ReportWriter<'w>> {
        match format {
            ReportFormat::Text => {
                writeln!(out, "tollcheck report: {}\n", summary_line(&summary))?;
            }
            ReportFormat::Markdown => {
                writeln!(out, "# tollcheck report\n")?;
                writeln!(out, "{}.\n", summary_line(&summary))?;
            }
            ReportFormat::Json => {
                write!(out, "{{\n  \"events\": [")?;
            }
            ReportFormat::Csv => {
                let mut w = csv::Writer::from_writer(&mut *out);
                w.write_record(CSV_COLUMNS)?;
                w.flush()?;
            }
            ReportFormat::Html => {
                html_head(&summary, out)?;
            }
        }
        Ok(ReportWriter {
            renderer: Renderer {
                format,
                width: text_width(),
            },
            out,
            summary,
            written: 0,
            buf: Vec::new(),
        })
    }

    pub fn event(&mut self, v: &EventView) -> io::Result<()> {
        self.buf.clear();
        self.renderer
            .render(std::slice::from_ref(v), self.written, &mut self.buf)?;
        self.written += 1;
        self.out.write_all(&self.buf)
    }

    pub fn finish(self) -> io::Result<()> {
        let out = self.out;
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
