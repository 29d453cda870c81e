use super::Global;
use std::path::PathBuf;
use tollcheck::render::report::{self, Filter, ReportFormat};
use tollcheck::xref::{Severity, XrefConfig, FINDING_KINDS};

/// Events, each event's claims side by side (who said what, through whom, when), and the
/// findings: where claims contradict each other, and why.
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
    /// Only events that end on or after this date (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Only events that start on or before this date (YYYY-MM-DD)
    #[arg(long)]
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
    /// Days apart within which claims about one place are one event
    #[arg(long, default_value_t = 3)]
    pub window_days: i64,
}

fn parse_severity(s: &str) -> Result<Severity, String> {
    Severity::parse(s).ok_or_else(|| format!("expected info, low, medium or high, found {s:?}"))
}

pub fn run(a: Args, g: &Global) -> anyhow::Result<u8> {
    let tables = g.tables()?;
    let mut store = g.open()?;
    let cfg = XrefConfig {
        window_days: a.window_days,
        ..XrefConfig::default()
    };
    store.rebuild_xref(&tables, &cfg)?;
    let filter = Filter {
        event: a.event.clone(),
        since: a.since.clone(),
        until: a.until.clone(),
        kinds: a.kind.clone(),
        min_severity: a.min_severity,
    };
    let view = report::build(store.events()?, store.claims()?, store.findings()?, &filter);
    let mut out = super::output(a.output.as_deref())?;
    match a
        .shorthand
        .pick(a.format, ReportFormat::Json, ReportFormat::Csv)
    {
        ReportFormat::Text => report::write_text(&view, &mut out)?,
        ReportFormat::Markdown => report::write_markdown(&view, &mut out)?,
        ReportFormat::Json => report::write_json(&view, &mut out)?,
        ReportFormat::Csv => report::write_csv(&view, &mut out)?,
        ReportFormat::Html => report::write_html(&view, &mut out)?,
    }
    out.flush()?;
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
        let worse = view.events.iter().flat_map(|e| &e.findings).any(|f| {
            FINDING_KINDS
                .iter()
                .position(|x| *x == f.kind)
                .is_some_and(|r| r >= rank)
        });
        if worse {
            return Ok(1);
        }
    }
    Ok(0)
}
