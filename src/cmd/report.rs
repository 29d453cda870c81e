use super::Global;
use std::io::Write;
use std::path::PathBuf;
use tollcheck::render::display::Names;
use tollcheck::render::report::{
    self, EventView, Filter, ReportFormat, ReportOptions, ReportWriter,
};
use tollcheck::xref::{Severity, XrefConfig, FINDING_KINDS};

/// The findings first: a summary (counts by severity and kind, then each finding in one
/// line, most severe first); then the events that have findings, each with its claims side
/// by side (who said what, through whom, when) and each finding with its claims' quoted
/// sentences, documents and links; then the other events. Events that one document reports
/// and nothing contests are folded to one line each (--all shows them in full).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: ReportFormat,
    #[command(flatten)]
    pub shorthand: super::FormatShorthand,
    /// Write to this file instead of stdout
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Only events with this id, or whose label contains these words
    #[arg(long)]
    pub event: Option<String>,
    /// Only events that end on or after this date (YYYY-MM-DD, YYYY-MM or YYYY; also
    /// YYYY/MM/DD and DD.MM.YYYY)
    #[arg(long, value_parser = parse_date)]
    pub since: Option<String>,
    /// Only events that start on or before this date (as --since; a month or a year
    /// reaches to its last day)
    #[arg(long, value_parser = parse_date)]
    pub until: Option<String>,
    /// Only findings of this kind (repeatable), and the events that have them
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(FINDING_KINDS))]
    pub kind: Vec<String>,
    /// Only findings of this severity or worse (info, low, medium, high)
    #[arg(long, value_parser = parse_severity)]
    pub min_severity: Option<Severity>,
    /// Exit with status 1 when a finding of this kind, or a worse kind, exists
    /// (kinds from mildest: corroboration, partisan, divergence, adversary_mismatch,
    /// subgroup_exceeds, toll_decrease, numeric_conflict; `conflict` = numeric_conflict)
    #[arg(long)]
    pub fail_on: Option<String>,
    /// Show uncontested events (one document, no finding) in full, not one line each
    #[arg(long)]
    pub all: bool,
    /// Only the findings' summary and the events that have findings (for scripts)
    #[arg(long)]
    pub only_findings: bool,
    /// Days apart within which claims about one place are one event
    #[arg(long, default_value_t = 3)]
    pub window_days: i64,
    /// Link claims into events and compute the findings again even when nothing changed
    /// since the last ingest or report
    #[arg(long)]
    pub relink: bool,
    /// Instead of the report: for every claim of the events shown, why it is in its event
    /// (the evidence that linked it, or the analyst's correction; docs/linking.md)
    #[arg(long)]
    pub explain_links: bool,
}

/// A date as `ingest --published` reads it, normalised to ISO form.
fn parse_date(s: &str) -> Result<String, String> {
    tollcheck::normalize::date::parse_partial(s)
}

fn parse_severity(s: &str) -> Result<Severity, String> {
    Severity::parse(s).ok_or_else(|| format!("expected info, low, medium or high, found {s:?}"))
}

pub fn run(a: Args, g: &Global) -> anyhow::Result<u8> {
    let tables = g.tables()?;
    let mut store = g.open_existing()?;
    let cfg = XrefConfig {
        window_days: a.window_days,
        ..XrefConfig::default()
    };
    store.rebuild_xref(&tables, &cfg, a.relink)?;
    store.map_for_reading()?;
    let filter = Filter {
        event: a.event.clone(),
        since: a.since.clone(),
        until: a.until.clone(),
        kinds: a.kind.clone(),
        min_severity: a.min_severity,
        only_findings: a.only_findings,
    };
    let names = Names::new(Some(&tables.aliases));
    // one snapshot for every read, whatever other processes write meanwhile
    let store = store.snapshot()?;
    let counts = store.claim_counts()?;
    let mut plan = report::Plan::new(&filter);
    store.each_finding_kind(|e, kind, severity| plan.finding(e, kind, severity))?;
    store.each_event(|e| plan.event(e, &counts))?;
    let (order, summary) = plan.finish();
    drop(counts);
    let ids: Vec<_> = order.iter().map(|(id, _)| *id).collect();
    if a.explain_links {
        let mut out = super::output(a.output.as_deref())?;
        for l in store.claim_links(&ids)? {
            let score = l.score.map_or_else(String::new, |s| format!(" ({s:.2})"));
            writeln!(
                out,
                "event {} {:?}, claim {}{score}: {}",
                l.event_id.unwrap_or_default(),
                l.event.unwrap_or_default(),
                l.claim_id,
                l.reason
            )?;
        }
        return Ok(0);
    }
    let with_findings = order
        .iter()
        .take_while(|(_, s)| *s == report::Section::Findings)
        .count();
    // the findings' summary heads the report: their events are read once for it first
    let mut lines = Vec::new();
    // the worst kind of finding shown, for --fail-on
    let mut worst = None;
    store.each_report_event(
        &ids[..with_findings],
        |_, event, mut findings, claims| -> anyhow::Result<()> {
            findings.retain(|f| filter.finding_ok(&f.kind, &f.severity));
            worst = findings
                .iter()
                .filter_map(|f| FINDING_KINDS.iter().position(|x| *x == f.kind))
                .chain(worst)
                .max();
            lines.extend(report::finding_lines(&event, &findings, claims, &names));
            Ok(())
        },
    )?;
    report::sort_finding_lines(&mut lines);
    let mut out = super::output(a.output.as_deref())?;
    let format = a
        .shorthand
        .pick(a.format, ReportFormat::Json, ReportFormat::Csv);
    let opts = ReportOptions {
        format,
        names,
        all: a.all,
    };
    let mut w = ReportWriter::begin(opts, summary, &lines, &mut out)?;
    store.each_report_event(
        &ids,
        |at, event, mut findings, claims| -> anyhow::Result<()> {
            findings.retain(|f| filter.finding_ok(&f.kind, &f.severity));
            report::sort_claims(claims);
            w.event(&EventView {
                event,
                claims,
                findings,
                section: order[at].1,
            })?;
            Ok(())
        },
    )?;
    w.finish()?;
    out.flush()?;
    store.finish()?;
    if let Some(k) = &a.fail_on {
        let k = if k == "conflict" {
            "numeric_conflict"
        } else {
            k.as_str()
        };
        let Some(rank) = FINDING_KINDS.iter().position(|x| *x == k) else {
            anyhow::bail!(
                "--fail-on: expected a finding kind ({}), found {k:?}",
                FINDING_KINDS.join(", ")
            );
        };
        if worst.is_some_and(|r| r >= rank) {
            return Ok(1);
        }
    }
    Ok(0)
}
