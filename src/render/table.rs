//! Rows of cells to csv, tsv, json, jsonl or a terminal table. Shared by `export` and `sql`.

pub use crate::model::Cell;
use crate::model::RowSink;
use serde_json::{Map, Value};
use std::io::{self, Write};

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Int(i) => i.to_string(),
            Cell::Real(f) => f.to_string(),
            Cell::Text(s) => s.clone(),
        }
    }
    fn json(&self) -> Value {
        match self {
            Cell::Null => Value::Null,
            Cell::Int(i) => Value::from(*i),
            Cell::Real(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Cell::Text(s) => Value::String(s.clone()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TableFormat {
    /// Aligned columns for the terminal
    Table,
    Csv,
    Tsv,
    Json,
    Jsonl,
}

/// How text cells are written into CSV/TSV.
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvOptions {
    /// Leave cells that a spreadsheet would run as a formula as they are.
    pub raw: bool,
    /// Start with a UTF-8 byte-order mark (Excel reads the file as UTF-8 then).
    pub bom: bool,
}

/// A cell a spreadsheet would run as a formula (leading = + - @ tab CR) gets a leading
/// apostrophe, which spreadsheets show as text.
pub fn formula_safe(s: &str) -> std::borrow::Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}").into(),
        _ => s.into(),
    }
}

/// Streams rows to `out` in `format`.
pub struct TableWriter<'w> {
    out: Box<dyn Write + 'w>,
    format: TableFormat,
    columns: Vec<String>,
    csv: Option<csv::Writer<Box<dyn Write + 'w>>>,
    opts: CsvOptions,
    rows_for_table: Vec<Vec<String>>,
    first_json: bool,
}

impl<'w> TableWriter<'w> {
    pub fn new(
        out: Box<dyn Write + 'w>,
        format: TableFormat,
        columns: Vec<String>,
        opts: CsvOptions,
    ) -> io::Result<TableWriter<'w>> {
        let mut w = TableWriter {
            out,
            format,
            columns,
            csv: None,
            opts,
            rows_for_table: Vec::new(),
            first_json: true,
        };
        match format {
            TableFormat::Csv | TableFormat::Tsv => {
                let mut out: Box<dyn Write + 'w> =
                    std::mem::replace(&mut w.out, Box::new(io::sink()));
                if opts.bom {
                    out.write_all(b"\xEF\xBB\xBF")?;
                }
                let mut c = csv::WriterBuilder::new()
                    .delimiter(if format == TableFormat::Tsv {
                        b'\t'
                    } else {
                        b','
                    })
                    .from_writer(out);
                c.write_record(&w.columns)?;
                w.csv = Some(c);
            }
            TableFormat::Json => w.out.write_all(b"[")?,
            _ => {}
        }
        Ok(w)
    }

    pub fn row(&mut self, cells: &[Cell]) -> io::Result<()> {
        match self.format {
            TableFormat::Csv | TableFormat::Tsv => {
                let raw = self.opts.raw;
                let rec = cells.iter().map(|c| match c {
                    Cell::Text(s) if !raw => formula_safe(s).into_owned(),
                    other => other.text(),
                });
                if let Some(c) = self.csv.as_mut() {
                    c.write_record(rec)?;
                }
            }
            TableFormat::Json | TableFormat::Jsonl => {
                let obj: Map<String, Value> = self
                    .columns
                    .iter()
                    .cloned()
                    .zip(cells.iter().map(Cell::json))
                    .collect();
                let s = serde_json::to_string(&obj)?;
                if self.format == TableFormat::Json {
                    if !self.first_json {
                        self.out.write_all(b",")?;
                    }
                    self.out.write_all(b"\n")?;
                }
                self.out.write_all(s.as_bytes())?;
                if self.format == TableFormat::Jsonl {
                    self.out.write_all(b"\n")?;
                }
                self.first_json = false;
            }
            TableFormat::Table => self
                .rows_for_table
                .push(cells.iter().map(Cell::text).collect()),
        }
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<()> {
        match self.format {
            TableFormat::Csv | TableFormat::Tsv => {
                if let Some(mut c) = self.csv.take() {
                    c.flush()?;
                }
            }
            TableFormat::Json => {
                self.out
                    .write_all(if self.first_json { b"]\n" } else { b"\n]\n" })?
            }
            TableFormat::Jsonl => {}
            TableFormat::Table => {
                // compact: a rule under the header, none between rows
                let mut t = comfy_table::Table::new();
                t.load_preset(comfy_table::presets::NOTHING)
                    .set_style(comfy_table::TableComponent::HeaderLines, '─')
                    .set_style(comfy_table::TableComponent::MiddleHeaderIntersections, '─')
                    .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
                    .set_header(&self.columns);
                if let Some((w, _)) = terminal_width() {
                    t.set_width(w);
                }
                for r in &self.rows_for_table {
                    t.add_row(r);
                }
                for line in t.lines() {
                    writeln!(self.out, "{}", line.trim_end())?;
                }
                writeln!(
                    self.out,
                    "({} row{})",
                    self.rows_for_table.len(),
                    if self.rows_for_table.len() == 1 {
                        ""
                    } else {
                        "s"
                    }
                )?;
            }
        }
        self.out.flush()
    }
}

/// The terminal's width from $COLUMNS, when set.
fn terminal_width() -> Option<(u16, u16)> {
    std::env::var("COLUMNS").ok()?.parse().ok().map(|w| (w, 0))
}

/// A [`RowSink`] that writes a table in `format` as its rows come (`export`, `sql`,
/// `events list`); [`TableSink::finish`] ends it.
pub struct TableSink<'w> {
    out: Option<Box<dyn Write + 'w>>,
    format: TableFormat,
    opts: CsvOptions,
    writer: Option<TableWriter<'w>>,
}

impl<'w> TableSink<'w> {
    pub fn new(out: Box<dyn Write + 'w>, format: TableFormat, opts: CsvOptions) -> Self {
        TableSink {
            out: Some(out),
            format,
            opts,
            writer: None,
        }
    }

    /// Ends the table (the terminal table is laid out here) and flushes the output.
    pub fn finish(self) -> io::Result<()> {
        match self.writer {
            Some(w) => w.finish(),
            None => Ok(()),
        }
    }
}

impl RowSink for TableSink<'_> {
    type Error = io::Error;
    fn columns(&mut self, names: Vec<String>) -> io::Result<()> {
        let out = self.out.take().unwrap_or_else(|| Box::new(io::sink()));
        self.writer = Some(TableWriter::new(out, self.format, names, self.opts)?);
        Ok(())
    }
    fn row(&mut self, cells: &[Cell]) -> io::Result<()> {
        match self.writer.as_mut() {
            Some(w) => w.row(cells),
            None => Err(io::Error::other("a row came before the table's columns")),
        }
    }
}
