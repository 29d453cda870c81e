use super::Global;
use std::io::Write;
use std::path::PathBuf;
use tollcheck::render::table::{CsvOptions, TableFormat, TableSink};
use tollcheck::store::Table;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum What {
    Claims,
    Events,
    Findings,
    Documents,
    Sources,
}

/// How to write the export: a table format, or GeoJSON (events only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Aligned columns for the terminal
    Table,
    Csv,
    Tsv,
    Json,
    Jsonl,
    /// Events with a point as a GeoJSON FeatureCollection, for QGIS and web maps
    Geojson,
}

impl ExportFormat {
    fn table(self) -> Option<TableFormat> {
        Some(match self {
            ExportFormat::Table => TableFormat::Table,
            ExportFormat::Csv => TableFormat::Csv,
            ExportFormat::Tsv => TableFormat::Tsv,
            ExportFormat::Json => TableFormat::Json,
            ExportFormat::Jsonl => TableFormat::Jsonl,
            ExportFormat::Geojson => return None,
        })
    }
}

/// Write a table for spreadsheets and scripts. `claims` starts with the columns claim_id,
/// document, outlet, published, claimant, via, victims, victim_group, outcome, quantity,
/// qualifier, low, high, scope, as_of, event_id, event, place, event_date, sentence,
/// span_start, span_end, method. CSV cells that a spreadsheet would run as a formula
/// (leading = + - @ tab CR) are written with a leading apostrophe unless --raw.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to export
    #[arg(value_enum)]
    pub what: What,
    /// Output format
    #[arg(long, short, value_enum, default_value = "csv")]
    pub format: ExportFormat,
    #[command(flatten)]
    pub shorthand: super::FormatShorthand,
    /// Write to this file instead of stdout (`-` is stdout)
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Write cells exactly as stored, even those a spreadsheet would run as formulas
    #[arg(long)]
    pub raw: bool,
    /// CSV for Excel and LibreOffice: a UTF-8 byte-order mark before the header
    #[arg(long)]
    pub excel: bool,
}

pub fn run(a: Args, g: &Global) -> anyhow::Result<u8> {
    let store = g.open_existing()?;
    let table = match a.what {
        What::Claims => Table::Claims,
        What::Events => Table::Events,
        What::Findings => Table::Findings,
        What::Documents => Table::Documents,
        What::Sources => Table::Sources,
    };
    let format = a
        .shorthand
        .pick(a.format, ExportFormat::Json, ExportFormat::Csv);
    let Some(table_format) = format.table() else {
        if a.what != What::Events {
            anyhow::bail!(
                "--format geojson exports events only (`export events --format geojson`)"
            );
        }
        let points = store.event_points()?;
        let mut out = super::output(a.output.as_deref())?;
        serde_json::to_writer(&mut out, &tollcheck::places::geojson::events(&points))?;
        writeln!(out)?;
        out.flush()?;
        return Ok(0);
    };
    let out = super::output(a.output.as_deref())?;
    let opts = CsvOptions {
        raw: a.raw,
        bom: a.excel,
    };
    let mut sink = TableSink::new(out, table_format, opts);
    store.export(table, &mut sink)?;
    sink.finish()?;
    Ok(0)
}
