//! Tabular records from CSV, TSV, JSONL or JSON (an array of objects), each with the line
//! it starts on, so that every later error can name `file:line`.

use super::{decode_utf8, InputError};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Tsv,
    Jsonl,
    Json,
}

impl Format {
    /// From a file name's extension (case-insensitive).
    pub fn from_path(path: &str) -> Option<Format> {
        let ext = std::path::Path::new(path)
            .extension()?
            .to_str()?
            .to_ascii_lowercase();
        Some(match ext.as_str() {
            "csv" => Format::Csv,
            "tsv" | "tab" => Format::Tsv,
            "jsonl" | "ndjson" => Format::Jsonl,
            "json" => Format::Json,
            _ => return None,
        })
    }
}

/// One record: field name (lower case, trimmed) → value as text; `line` is where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub line: usize,
    pub fields: BTreeMap<String, String>,
}

impl Record {
    /// A field's value, trimmed; `None` when missing or empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .get(name)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }
}

/// The records of a file, and its column names in order (for JSON: the union of keys in
/// the order first seen).
pub struct Table {
    pub columns: Vec<String>,
    pub records: Vec<Record>,
}

pub fn read(path: &str, bytes: &[u8], format: Format) -> Result<Table, InputError> {
    let text = decode_utf8(path, bytes)?;
    if text.trim().is_empty() {
        return Err(InputError::new(
            path,
            1,
            "the file is empty: expected a header row and records",
        ));
    }
    if text.contains('\0') {
        let line = text[..text.find('\0').unwrap_or(0)].matches('\n').count() + 1;
        return Err(InputError::new(
            path,
            line,
            "expected text, found a NUL byte",
        ));
    }
    match format {
        Format::Csv => read_delimited(path, text, b','),
        Format::Tsv => read_delimited(path, text, b'\t'),
        Format::Jsonl => read_jsonl(path, text),
        Format::Json => read_json(path, text),
    }
}

fn read_delimited(path: &str, text: &str, delim: u8) -> Result<Table, InputError> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| csv_error(path, e, &mut LineOf::new(text)))?
        .clone();
    // a byte-order mark read back as text by a spreadsheet that took the file for Latin-1
    let columns: Vec<String> = headers
        .iter()
        .map(|h| {
            let h = h.strip_prefix('\u{feff}').unwrap_or(h);
            h.strip_prefix("ï»¿").unwrap_or(h).trim().to_lowercase()
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    for c in &columns {
        if !c.is_empty() && !seen.insert(c) {
            return Err(InputError::new(
                path,
                1,
                format!("the column {c:?} appears twice in the header"),
            ));
        }
    }
    let mut records = Vec::new();
    let mut lines = LineOf::new(text);
    for rec in rdr.records() {
        let rec = rec.map_err(|e| csv_error(path, e, &mut lines))?;
        let line = rec.position().map_or(0, |p| lines.at(p.byte() as usize));
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue; // a blank line
        }
        let fields = columns
            .iter()
            .cloned()
            .zip(rec.iter().map(str::to_string))
            .filter(|(k, _)| !k.is_empty())
            .collect();
        records.push(Record { line, fields });
    }
    Ok(Table { columns, records })
}

/// The line a byte offset is on. The csv reader's own line numbers run one short in files
/// with CRLF line ends (as spreadsheets write them): a record there starts at the `\n` of
/// the previous line's `\r\n`, so that `\n` counts as before the record.
struct LineOf<'t> {
    text: &'t [u8],
    byte: usize,
    line: usize,
}

impl<'t> LineOf<'t> {
    fn new(text: &'t str) -> Self {
        LineOf {
            text: text.as_bytes(),
            byte: 0,
            line: 1,
        }
    }
    /// Offsets must not decrease between calls (records are read in order).
    fn at(&mut self, byte: usize) -> usize {
        let mut b = byte.min(self.text.len());
        if self.text.get(b) == Some(&b'\n') {
            b += 1;
        }
        if b < self.byte {
            self.byte = 0;
            self.line = 1;
        }
        self.line += self.text[self.byte..b]
            .iter()
            .filter(|&&c| c == b'\n')
            .count();
        self.byte = b;
        self.line
    }
}

fn csv_error(path: &str, e: csv::Error, lines: &mut LineOf) -> InputError {
    let line = e.position().map_or(0, |p| lines.at(p.byte() as usize));
    let reason = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("expected {expected_len} fields like the header, found {len}"),
        csv::ErrorKind::Utf8 { .. } => "expected UTF-8 text".to_string(),
        _ => format!("expected a well-formed CSV record: {e}"),
    };
    InputError::new(path, line, reason)
}

fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn object_record(
    path: &str,
    line: usize,
    v: serde_json::Value,
    columns: &mut Vec<String>,
) -> Result<Record, InputError> {
    let serde_json::Value::Object(map) = v else {
        return Err(InputError::new(path, line, "expected a JSON object"));
    };
    let mut fields = BTreeMap::new();
    for (k, v) in map {
        let k = k.trim().to_lowercase();
        if !columns.contains(&k) {
            columns.push(k.clone());
        }
        fields.insert(k, value_text(&v));
    }
    Ok(Record { line, fields })
}

fn read_jsonl(path: &str, text: &str) -> Result<Table, InputError> {
    let mut columns = Vec::new();
    let mut records = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(l).map_err(|e| {
            InputError::new(path, i + 1, format!("expected one JSON object a line: {e}"))
        })?;
        records.push(object_record(path, i + 1, v, &mut columns)?);
    }
    Ok(Table { columns, records })
}

fn read_json(path: &str, text: &str) -> Result<Table, InputError> {
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        InputError::new(
            path,
            e.line(),
            format!("expected a JSON array of objects: {e}"),
        )
    })?;
    let items = match v {
        serde_json::Value::Array(a) => a,
        o @ serde_json::Value::Object(_) => vec![o],
        _ => return Err(InputError::new(path, 1, "expected a JSON array of objects")),
    };
    let mut columns = Vec::new();
    let mut records = Vec::new();
    for (i, v) in items.into_iter().enumerate() {
        // JSON arrays carry no line per item; number the items instead
        records.push(object_record(path, i + 1, v, &mut columns)?);
    }
    Ok(Table { columns, records })
}
