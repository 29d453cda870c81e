//! Tabular records from CSV, TSV, JSONL or JSON (an array of objects), each with the line
//! it starts on, so that every later error can name `file:line`.

use super::{decode_utf8, InputError};
use std::collections::BTreeMap;

/// The most one record may hold (a CSV or TSV row, a JSONL line, an item of a JSON array),
/// as much as one document: 20 MB.
pub const MAX_RECORD_BYTES: usize = super::article::MAX_DOCUMENT_BYTES;

fn too_large(path: &str, line: usize, len: usize) -> InputError {
    InputError::new(
        path,
        line,
        format!(
            "expected a record of at most {} MB, found {:.1} MB",
            MAX_RECORD_BYTES / (1024 * 1024),
            len as f64 / (1024.0 * 1024.0)
        ),
    )
}

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
        Cells::get(self, name)
    }
}

/// A record's cells by field name: a `Record`, or a `Row` streamed without copying.
pub trait Cells {
    /// The line the record starts on.
    fn line(&self) -> usize;
    /// A field's value, untrimmed; `None` when missing.
    fn raw(&self, name: &str) -> Option<&str>;
    /// Every field (name, value untrimmed), in any order.
    fn each<'s>(&'s self, f: &mut dyn FnMut(&'s str, &'s str));
    /// A field's value, trimmed; `None` when missing or empty.
    fn get(&self, name: &str) -> Option<&str> {
        self.raw(name).map(str::trim).filter(|s| !s.is_empty())
    }
}

impl Cells for Record {
    fn line(&self) -> usize {
        self.line
    }
    fn raw(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }
    fn each<'s>(&'s self, f: &mut dyn FnMut(&'s str, &'s str)) {
        for (k, v) in &self.fields {
            f(k, v);
        }
    }
}

/// A record of a `Delimited` file, its cells where the reader holds them (a `Record`
/// copies every name and value, which a sheet of a million rows feels).
pub struct Row<'a> {
    pub line: usize,
    columns: &'a [String],
    rec: &'a csv::StringRecord,
}

impl Cells for Row<'_> {
    fn line(&self) -> usize {
        self.line
    }
    fn raw(&self, name: &str) -> Option<&str> {
        // columns named twice are rejected with the header, and a column with no name
        // is no field
        let i = self
            .columns
            .iter()
            .position(|c| c == name && !c.is_empty())?;
        self.rec.get(i)
    }
    fn each<'s>(&'s self, f: &mut dyn FnMut(&'s str, &'s str)) {
        for (k, v) in self.columns.iter().zip(self.rec.iter()) {
            if !k.is_empty() {
                f(k, v);
            }
        }
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
    match shape(text, delim) {
        // the csv reader would take everything to the end of the file as one field,
        // silently swallowing the records after it
        Some(Shape::Unclosed(line)) => return Err(InputError::new(
            path,
            line,
            "expected a closing '\"' for the quoted field opened on this line, found the end of the file",
        )),
        Some(Shape::TooLarge(line, len)) => return Err(too_large(path, line, len)),
        None => {}
    }
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| csv_error(path, e, &mut LineOf::new(text)))?
        .clone();
    // a byte-order mark read back as text by a spreadsheet that took the file for Latin-1
    let columns = column_names(path, &headers)?;
    let header_len = headers.as_byte_record().as_slice().len();
    if header_len > MAX_RECORD_BYTES {
        return Err(too_large(path, 1, header_len));
    }
    let mut records = Vec::new();
    let mut lines = LineOf::new(text);
    for rec in rdr.records() {
        let rec = rec.map_err(|e| csv_error(path, e, &mut lines))?;
        let line = rec.position().map_or(0, |p| lines.at(p.byte() as usize));
        let len = rec.as_byte_record().as_slice().len();
        if len > MAX_RECORD_BYTES {
            return Err(too_large(path, line, len));
        }
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

/// What a pass over delimited text found wrong before parsing it.
#[derive(Debug, PartialEq)]
enum Shape {
    /// A quoted field opened on this line runs to the end of the file.
    Unclosed(usize),
    /// The record starting on this line holds more than `MAX_RECORD_BYTES`.
    TooLarge(usize, usize),
}

/// One pass over delimited text, as RFC 4180 quotes it (a field that starts with `"` runs
/// to the next `"` not doubled): finds a quoted field left open at the end of the file,
/// and a record too large, before the csv reader would buffer it whole.
fn shape(text: &str, delim: u8) -> Option<Shape> {
    let b = text.as_bytes();
    let (mut i, mut line) = (0, 1);
    let (mut record_start, mut record_line) = (0, 1);
    let mut field_start = true;
    let end_record = |i: usize, start: usize, line: usize| {
        (i - start > MAX_RECORD_BYTES).then_some(Shape::TooLarge(line, i - start))
    };
    while i < b.len() {
        let c = b[i];
        if field_start && c == b'"' {
            let opened = line;
            i += 1;
            loop {
                match b.get(i) {
                    None => return Some(Shape::Unclosed(opened)),
                    Some(b'"') if b.get(i + 1) == Some(&b'"') => i += 2,
                    Some(b'"') => break,
                    Some(b'\n') => {
                        line += 1;
                        i += 1
                    }
                    Some(_) => i += 1,
                }
            }
            i += 1;
            field_start = false;
            continue;
        }
        match c {
            b'\n' => {
                if let Some(e) = end_record(i, record_start, record_line) {
                    return Some(e);
                }
                line += 1;
                field_start = true;
                (record_start, record_line) = (i + 1, line);
            }
            b'\r' => field_start = true,
            c if c == delim => field_start = true,
            _ => field_start = false,
        }
        i += 1;
    }
    end_record(b.len(), record_start, record_line)
}

/// CSV or TSV records read one at a time, for files too large to hold (a claim sheet of a
/// million rows). Check the bytes first with `check_delimited_file`: this reader assumes UTF-8
/// text with no NUL.
pub struct Delimited<R: std::io::Read> {
    path: String,
    rdr: csv::Reader<Counted<R>>,
    lines: NewLines,
    rec: csv::StringRecord,
    /// Column names, lower case and trimmed.
    pub columns: Vec<String>,
}

impl<R: std::io::Read> Delimited<R> {
    /// Reads the header row; a column named twice is an error.
    pub fn new(path: &str, reader: R, delim: u8) -> Result<Self, InputError> {
        let lines = NewLines::default();
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(delim)
            .flexible(false)
            .from_reader(Counted {
                inner: reader,
                pos: 0,
                lines: lines.clone(),
            });
        let headers = match rdr.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                let line = lines.at(e.position().map_or(0, |p| p.byte()));
                return Err(csv_error_at(path, e, line));
            }
        };
        let header_len = headers.as_byte_record().as_slice().len();
        if header_len > MAX_RECORD_BYTES {
            return Err(too_large(path, 1, header_len));
        }
        let columns = column_names(path, &headers)?;
        Ok(Delimited {
            path: path.to_string(),
            rdr,
            lines,
            rec: csv::StringRecord::new(),
            columns,
        })
    }

    /// The next record that is not a blank line.
    pub fn next_record(&mut self) -> Result<Option<Row<'_>>, InputError> {
        loop {
            match self.rdr.read_record(&mut self.rec) {
                Ok(true) => {}
                Ok(false) => return Ok(None),
                Err(e) => {
                    let line = self.lines.at(e.position().map_or(0, |p| p.byte()));
                    return Err(csv_error_at(&self.path, e, line));
                }
            }
            let rec = &self.rec;
            let line = self.lines.at(rec.position().map_or(0, |p| p.byte()));
            if rec.iter().all(|c| c.trim().is_empty()) {
                continue; // a blank line
            }
            return Ok(Some(Row {
                line,
                columns: &self.columns,
                rec: &self.rec,
            }));
        }
    }
}

/// The checks `read` makes of a whole file's bytes (UTF-8, not empty, no NUL), made by
/// reading the file in pieces, with the same messages.
/// RFC 4180 quoting, byte by byte, across chunks: where a quoted field left open at the end
/// of a file was opened (the csv reader would swallow every record after it into one cell).
struct QuoteScan {
    delim: u8,
    line: usize,
    field_start: bool,
    /// Inside a quoted field opened on this line.
    open: Option<usize>,
    /// Inside a quoted field, just after a `"` that may close it.
    maybe_closed: bool,
}

impl QuoteScan {
    fn new(delim: u8) -> QuoteScan {
        QuoteScan {
            delim,
            line: 1,
            field_start: true,
            open: None,
            maybe_closed: false,
        }
    }
    fn feed(&mut self, bytes: &[u8]) {
        for &c in bytes {
            if self.open.is_some() {
                if self.maybe_closed {
                    self.maybe_closed = false;
                    if c == b'"' {
                        continue; // a doubled quote: still inside
                    }
                    self.open = None;
                    self.field_start = false;
                    // this byte is outside the field: fall through
                } else {
                    match c {
                        b'"' => self.maybe_closed = true,
                        b'\n' => self.line += 1,
                        _ => {}
                    }
                    continue;
                }
            }
            match c {
                b'"' if self.field_start => {
                    self.open = Some(self.line);
                    self.field_start = false;
                }
                b'\n' => {
                    self.line += 1;
                    self.field_start = true;
                }
                b'\r' => self.field_start = true,
                c if c == self.delim => self.field_start = true,
                _ => self.field_start = false,
            }
        }
    }
    /// The line of a quoted field still open at the end.
    fn unclosed(&self) -> Option<usize> {
        self.open.filter(|_| !self.maybe_closed)
    }
}

/// Checks a delimited file in 1 MB pieces: UTF-8, not empty, no NUL byte, and no quoted
/// field left open at its end. Returns its number of lines (records and header need at
/// least one each).
pub fn check_delimited_file(
    path: &str,
    file: &std::path::Path,
    delim: u8,
) -> Result<usize, InputError> {
    let mut scan = QuoteScan::new(delim);
    check_text_chunks(path, file, &mut |text| scan.feed(text.as_bytes()))?;
    if let Some(line) = scan.unclosed() {
        return Err(InputError::new(
            path,
            line,
            "expected a closing '\"' for the quoted field opened on this line, found the end of the file",
        ));
    }
    Ok(scan.line)
}

fn check_text_chunks(
    path: &str,
    file: &std::path::Path,
    each: &mut dyn FnMut(&str),
) -> Result<(), InputError> {
    use std::io::Read;
    let mut f = std::fs::File::open(file)
        .map_err(|e| InputError::new(path, 0, format!("cannot read: {e}")))?;
    let mut buf = vec![0u8; 1 << 20];
    let mut carry: Vec<u8> = Vec::new();
    let (mut offset, mut lines, mut first) = (0usize, 0usize, true);
    let (mut blank, mut nul): (bool, Option<usize>) = (true, None);
    loop {
        let n = f
            .read(&mut buf)
            .map_err(|e| InputError::new(path, 0, format!("cannot read: {e}")))?;
        if n == 0 && carry.is_empty() {
            break;
        }
        let mut chunk = std::mem::take(&mut carry);
        chunk.extend_from_slice(&buf[..n]);
        let mut bytes = &chunk[..];
        if first {
            if bytes.len() < 3 && n > 0 && b"\xEF\xBB\xBF".starts_with(bytes) {
                carry = chunk;
                continue;
            }
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            first = false;
        }
        let valid = match std::str::from_utf8(bytes) {
            Ok(_) => bytes.len(),
            Err(e) if e.error_len().is_none() && n > 0 => e.valid_up_to(),
            Err(e) => {
                let at = e.valid_up_to();
                let line = lines + bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                return Err(InputError::new(
                    path,
                    line,
                    format!(
                        "expected UTF-8 text, found an invalid byte at offset {}",
                        offset + at
                    ),
                ));
            }
        };
        let text = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        each(text);
        if nul.is_none() {
            if let Some(p) = text.find('\0') {
                nul = Some(lines + text[..p].matches('\n').count() + 1);
            }
        }
        if blank && !text.trim().is_empty() {
            blank = false;
        }
        lines += text.matches('\n').count();
        offset += valid;
        carry = bytes[valid..].to_vec();
        if n == 0 {
            break;
        }
    }
    if blank {
        return Err(InputError::new(
            path,
            1,
            "the file is empty: expected a header row and records",
        ));
    }
    if let Some(line) = nul {
        return Err(InputError::new(
            path,
            line,
            "expected text, found a NUL byte",
        ));
    }
    Ok(())
}

/// Where the line ends are in a stream, for `LineOf`'s line numbers without the whole text:
/// the offsets of the `\n` bytes read but not yet passed, and how many were passed.
#[derive(Clone, Default)]
struct NewLines(std::sync::Arc<std::sync::Mutex<(std::collections::VecDeque<u64>, usize)>>);

impl NewLines {
    /// The line of byte offset `byte` (offsets must not decrease between calls), as
    /// `LineOf::at` counts: a record that starts on the `\n` of a `\r\n` is on the next line.
    fn at(&self, byte: u64) -> usize {
        let mut s = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let (queue, passed) = &mut *s;
        while queue.front().is_some_and(|&b| b <= byte) {
            queue.pop_front();
            *passed += 1;
        }
        1 + *passed
    }
}

/// A reader that notes where its `\n` bytes are.
pub struct Counted<R> {
    inner: R,
    pos: u64,
    lines: NewLines,
}

impl<R: std::io::Read> std::io::Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut s = self.lines.0.lock().unwrap_or_else(|e| e.into_inner());
        for (i, _) in buf[..n].iter().enumerate().filter(|(_, &b)| b == b'\n') {
            s.0.push_back(self.pos + i as u64);
        }
        self.pos += n as u64;
        Ok(n)
    }
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

/// A header cell as a column name; a byte-order mark read back as text by a spreadsheet
/// that took the file for Latin-1 is dropped.
fn column_name(h: &str) -> String {
    let h = h.strip_prefix('\u{feff}').unwrap_or(h);
    h.strip_prefix("ï»¿").unwrap_or(h).trim().to_lowercase()
}

/// The header's column names; a column named twice is an error.
fn column_names(path: &str, headers: &csv::StringRecord) -> Result<Vec<String>, InputError> {
    let columns: Vec<String> = headers.iter().map(column_name).collect();
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
    Ok(columns)
}

fn csv_error(path: &str, e: csv::Error, lines: &mut LineOf) -> InputError {
    let line = e.position().map_or(0, |p| lines.at(p.byte() as usize));
    csv_error_at(path, e, line)
}

fn csv_error_at(path: &str, e: csv::Error, line: usize) -> InputError {
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

/// The lines of a stream, one at a time, each at most `MAX_RECORD_BYTES` (a longer one is
/// an error before more of it is read): memory holds one line whatever the stream's size.
/// Yields (1-based line number, the line without its end).
pub struct BoundedLines<R> {
    reader: R,
    path: String,
    line: usize,
    done: bool,
}

impl<R: std::io::BufRead> BoundedLines<R> {
    pub fn new(path: &str, reader: R) -> Self {
        BoundedLines {
            reader,
            path: path.to_string(),
            line: 0,
            done: false,
        }
    }
}

impl<R: std::io::BufRead> Iterator for BoundedLines<R> {
    type Item = Result<(usize, String), InputError>;
    fn next(&mut self) -> Option<Self::Item> {
        use std::io::{BufRead, Read};
        if self.done {
            return None;
        }
        self.line += 1;
        let mut buf = Vec::new();
        let limit = MAX_RECORD_BYTES as u64 + 1;
        let read = (&mut self.reader).take(limit).read_until(b'\n', &mut buf);
        let fail = |e: InputError| Some(Err(e));
        match read {
            Err(e) => {
                self.done = true;
                return fail(InputError::new(
                    &self.path,
                    self.line,
                    format!("cannot read: {e}"),
                ));
            }
            Ok(0) => {
                self.done = true;
                return None;
            }
            Ok(_) => {}
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        } else if buf.len() > MAX_RECORD_BYTES {
            self.done = true;
            return fail(too_large(&self.path, self.line, buf.len()));
        }
        match String::from_utf8(buf) {
            Ok(s) => Some(Ok((self.line, s))),
            Err(_) => {
                self.done = true;
                fail(InputError::new(
                    &self.path,
                    self.line,
                    "expected UTF-8 text",
                ))
            }
        }
    }
}

/// One JSON object as a record (`columns` gathers the keys in the order first seen).
pub fn object_record(
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
        if l.len() > MAX_RECORD_BYTES {
            return Err(too_large(path, i + 1, l.len()));
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
        let rec = object_record(path, i + 1, v, &mut columns)?;
        let len: usize = rec.fields.iter().map(|(k, v)| k.len() + v.len()).sum();
        if len > MAX_RECORD_BYTES {
            return Err(too_large(path, i + 1, len));
        }
        records.push(rec);
    }
    Ok(Table { columns, records })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines come one at a time with their numbers; a line over the limit is refused
    /// with its number before the rest of the stream is read; bytes that are not UTF-8
    /// name their line.
    #[test]
    fn bounded_lines_refuse_a_line_too_long() {
        let text = "{\"a\":1}\r\n\n{\"b\":2}";
        let lines: Vec<(usize, String)> = BoundedLines::new("x.jsonl", text.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            lines,
            [
                (1, "{\"a\":1}".into()),
                (2, String::new()),
                (3, "{\"b\":2}".into())
            ]
        );
        let mut long = b"ok\n".to_vec();
        long.extend(std::iter::repeat_n(b'x', MAX_RECORD_BYTES + 10));
        long.extend(b"\nnever read\n");
        let mut it = BoundedLines::new("big.jsonl", long.as_slice());
        assert_eq!(it.next().unwrap().unwrap(), (1, "ok".to_string()));
        let err = it.next().unwrap().unwrap_err();
        assert_eq!((err.path.as_str(), err.line), ("big.jsonl", 2));
        assert!(err.reason.contains("at most 20 MB"), "{}", err.reason);
        assert!(it.next().is_none());
        let bad = BoundedLines::new("b.jsonl", &b"fine\n\xff\xfe\n"[..])
            .collect::<Result<Vec<_>, _>>()
            .unwrap_err();
        assert_eq!(bad.to_string(), "b.jsonl:2: expected UTF-8 text");
    }

    #[test]
    fn unclosed_quotes_name_their_line() {
        let unclosed = |t: &str, d| match shape(t, d) {
            Some(Shape::Unclosed(l)) => Some(l),
            _ => None,
        };
        assert_eq!(unclosed("a,b\n1,\"x\n2,y\n", b','), Some(2));
        assert_eq!(unclosed("a,b\n1,\"x\"\"\n\"\n2,\"\"\n", b','), None);
        assert_eq!(unclosed("a\tb\n1\t\"open", b'\t'), Some(2));
        // a quote inside an unquoted field is text, as the csv reader takes it
        assert_eq!(unclosed("a,b\n5\" tall,x\n", b','), None);
        let e = read("c.csv", b"id,text\nu1,\"never closed\nu2,x\n", Format::Csv)
            .err()
            .unwrap();
        assert_eq!(e.line, 2);
    }

    #[test]
    fn records_too_large_are_found_before_parsing() {
        let big = "x".repeat(MAX_RECORD_BYTES + 1);
        let t = format!("a,b\n1,2\n3,\"{big}\n\"\n");
        assert_eq!(shape(&t, b','), Some(Shape::TooLarge(3, big.len() + 5)));
        assert_eq!(
            shape(&format!("{big}\n"), b','),
            Some(Shape::TooLarge(1, big.len()))
        );
        assert_eq!(
            shape(&format!("a\n{big}"), b','),
            Some(Shape::TooLarge(2, big.len()))
        );
        assert_eq!(shape("a,b\n1,2\n", b','), None);
    }
}
