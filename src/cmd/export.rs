use super::Global;
use std::path::PathBuf;
use tollcheck::render::table::{query_to, CsvOptions, TableFormat};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum What {
    Claims,
    Events,
    Findings,
    Documents,
    Sources,
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
    pub format: TableFormat,
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
    let sql = match a.what {
        What::Claims => "SELECT * FROM claims ORDER BY claim_id",
        What::Events => "SELECT * FROM events ORDER BY event_id",
        What::Findings => "SELECT * FROM findings ORDER BY finding_id",
        What::Documents => "SELECT * FROM documents ORDER BY document_id",
        What::Sources => "SELECT * FROM sources ORDER BY source_id",
    };
    let out = super::output(a.output.as_deref())?;
    let opts = CsvOptions {
        raw: a.raw,
        bom: a.excel,
    };
    query_to(
        &store.conn,
        sql,
        &[],
        out,
        a.shorthand
            .pick(a.format, TableFormat::Json, TableFormat::Csv),
        opts,
    )?;
    Ok(0)
}
