//! Bytes → documents and sheet rows. The kind of each input is known from its extension
//! and header, never guessed silently.

pub mod article;
pub mod records;
pub mod sheet;

use std::fmt;

/// A rejected input: names the file, the line (0 when the whole file is at fault) and what
/// was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub line: usize,
    pub reason: String,
}

impl InputError {
    pub fn new(path: impl Into<String>, line: usize, reason: impl Into<String>) -> Self {
        InputError {
            path: path.into(),
            line,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.path, self.line, self.reason)
        } else {
            write!(f, "{}: {}", self.path, self.reason)
        }
    }
}

impl std::error::Error for InputError {}

/// Decodes bytes as UTF-8 (a leading BOM is dropped), naming the line of the first bad byte.
pub fn decode_utf8<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, InputError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        InputError::new(
            path,
            line,
            format!("expected UTF-8 text, found an invalid byte at offset {at}"),
        )
    })
}
