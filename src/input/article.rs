//! Articles: `.txt` `.md` `.html` files (with optional front matter), article collections
//! (JSONL/JSON/CSV/TSV with a `text` or `body` field) and manifests.

use super::records::Table;
use super::{decode_utf8, html, manifest, InputError};
use crate::model::Document;
use crate::normalize::date::parse_partial;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The most text one document may hold (20 MB).
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;
/// The longest line a document may hold (5 MB).
pub const MAX_LINE_BYTES: usize = 5 * 1024 * 1024;

/// One article from a `.txt`, `.md` or `.html` file. `name` is the document name (the file
/// name). Front matter (`---` lines of `key: value`) supplies title, outlet, published, url,
/// language; HTML is reduced to its text.
pub fn read_article(path: &str, name: &str, bytes: &[u8]) -> Result<Document, InputError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(too_large(path, 0, bytes.len()));
    }
    let raw = decode_utf8(path, bytes)?;
    let text = checked_text(path, raw, None)?;
    let (meta, body, body_line) = front_matter(path, &text)?;
    // front matter closed on the file's last line: "after" it is that line, not one past
    // the end of the file
    let body_line = body_line.min(text.split('\n').count());
    let mut doc = Document {
        name: name.to_string(),
        title: meta.title,
        outlet: meta.outlet,
        published: meta.published,
        url: meta.url,
        language: meta.language,
        ..Document::default()
    };
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if ext == "html" || ext == "htm" {
        let page = html::reduce(body);
        if page.text.is_empty() {
            return Err(InputError::new(
                path,
                body_line,
                "expected article text, found HTML with no text outside scripts, styles and tags",
            ));
        }
        doc.text = page.text;
        fill(&mut doc.title, page.title);
        fill(&mut doc.outlet, page.site_name);
        fill(&mut doc.url, page.url);
        fill(&mut doc.language, page.language);
        // a page's own date is used only when it is a valid date
        fill(
            &mut doc.published,
            page.published_time.and_then(|p| parse_partial(&p).ok()),
        );
    } else {
        if body.trim().is_empty() {
            let what = if body_line > 1 {
                "expected article text after the front matter, found none"
            } else {
                "expected article text, found an empty file"
            };
            return Err(InputError::new(path, body_line, what));
        }
        doc.text = body.to_string();
        fill(&mut doc.title, headline(body));
    }
    // no date in the metadata: the one the article prints near its top, if any
    // ("Published 12.11.2015 14:12"); a manifest's or --published's date still wins
    fill(
        &mut doc.published,
        crate::normalize::date::printed_publication_date(&doc.text),
    );
    Ok(doc)
}

/// A plain-text article's first line when it is a headline: a line of its own (a blank
/// line after it), of at most 200 characters, that does not end as a sentence does
/// ("Car bomb kills 12 near police station"). It is the document's title when nothing
/// else gives one, so that what the headline says happened (its event type) is read for
/// the claims of a body that does not repeat it.
fn headline(body: &str) -> Option<String> {
    let mut lines = body.lines().skip_while(|l| l.trim().is_empty());
    let first = lines.next()?.trim();
    let own_line = lines.next().is_none_or(|l| l.trim().is_empty());
    let sentence_end = first.ends_with(['.', '!', '?', ':', ';', ',', '"', '\u{201d}']);
    (own_line
        && !sentence_end
        && first.chars().count() <= 200
        && first.chars().any(char::is_alphabetic))
    .then(|| first.to_string())
}

fn fill(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value;
    }
}

fn too_large(path: &str, line: usize, len: usize) -> InputError {
    InputError::new(
        path,
        line,
        format!(
            "expected a document of at most {} MB of text, found {:.1} MB",
            MAX_DOCUMENT_BYTES / (1024 * 1024),
            len as f64 / (1024.0 * 1024.0)
        ),
    )
}

/// Text as the extractor will read it: CRLF and lone CR become LF. Rejects NUL bytes and
/// other control characters (binary data), over-long lines and over-large documents.
/// `record_line` is, for a record of a collection, the line it starts on: every error
/// names that line; for a file (`None`), errors name the line of the text at fault.
fn checked_text(path: &str, text: &str, record_line: Option<usize>) -> Result<String, InputError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(too_large(path, record_line.unwrap_or(0), text.len()));
    }
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    };
    for (i, line) in text.split('\n').enumerate() {
        let at = record_line.unwrap_or(i + 1);
        if line.len() > MAX_LINE_BYTES {
            return Err(InputError::new(
                path,
                at,
                format!(
                    "expected lines of at most {} MB, found one of {:.1} MB",
                    MAX_LINE_BYTES / (1024 * 1024),
                    line.len() as f64 / (1024.0 * 1024.0)
                ),
            ));
        }
        if let Some(c) = line
            .chars()
            .find(|&c| c.is_control() && !matches!(c, '\t' | '\u{b}' | '\u{c}') && c < '\u{80}')
        {
            let what = if c == '\0' {
                "expected text, found a NUL byte (a binary file?)".to_string()
            } else {
                format!(
                    "expected text, found the control character U+{:04X} (a binary file?)",
                    c as u32
                )
            };
            return Err(InputError::new(path, at, what));
        }
    }
    Ok(text)
}

#[derive(Default)]
struct Meta {
    title: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    url: Option<String>,
    language: Option<String>,
}

/// Splits optional front matter off the text: its metadata, the body, and the line the
/// body starts on.
fn front_matter<'a>(path: &str, text: &'a str) -> Result<(Meta, &'a str, usize), InputError> {
    let mut meta = Meta::default();
    let first = text.split('\n').next().unwrap_or("");
    if first.trim_end() != "---" {
        return Ok((meta, text, 1));
    }
    let mut offset = first.len() + 1;
    let mut seen: HashMap<&'static str, usize> = HashMap::new();
    for (i, line) in text.split('\n').enumerate().skip(1) {
        let line_no = i + 1;
        let next_offset = (offset + line.len() + 1).min(text.len());
        let trimmed = line.trim();
        if trimmed == "---" || trimmed == "..." {
            let body = text.get(next_offset..).unwrap_or("");
            return Ok((meta, body, line_no + 1));
        }
        offset = next_offset;
        if trimmed.is_empty()
            || trimmed.starts_with('#')
            || line.starts_with([' ', '\t'])
            || trimmed.starts_with("- ")
        {
            continue; // blank, comment, or the continuation of a (multi-line) value
        }
        let Some((key, value)) = line.split_once(':') else {
            let closed_later = text
                .split('\n')
                .skip(i + 1)
                .any(|l| matches!(l.trim(), "---" | "..."));
            let reason = if closed_later {
                format!("expected a 'key: value' line in the front matter, found {trimmed:?}")
            } else {
                // the body began without the front matter being closed
                UNCLOSED.to_string()
            };
            return Err(InputError::new(path, line_no, reason));
        };
        let key = key.trim().to_ascii_lowercase();
        let field: &'static str = match key.as_str() {
            "title" => "title",
            "outlet" => "outlet",
            "published" | "date" => "published",
            "url" => "url",
            "language" | "lang" => "language",
            _ => continue, // unknown keys are ignored
        };
        if let Some(first_line) = seen.insert(field, line_no) {
            return Err(InputError::new(
                path,
                line_no,
                format!("expected {field} once in the front matter, found it again (first on line {first_line})"),
            ));
        }
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        let value = value.to_string();
        match field {
            "title" => meta.title = Some(value),
            "outlet" => meta.outlet = Some(value),
            "url" => meta.url = Some(value),
            "language" => meta.language = Some(value),
            _ => {
                let iso = parse_partial(&value)
                    .map_err(|e| InputError::new(path, line_no, format!("{key}: {e}")))?;
                meta.published = Some(iso);
            }
        }
    }
    Err(InputError::new(path, text.lines().count().max(1), UNCLOSED))
}

const UNCLOSED: &str = "expected a closing '---' for the front matter opened on line 1";

/// A value without the quotes around it ("x" or 'x').
fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner.trim();
        }
    }
    v
}

/// Field names a collection's document name is taken from, in order of preference.
pub const COLLECTION_ID_FIELDS: &[&str] = &["id", "doc", "msg_id", "document"];

/// An article collection: one article a record; `id` (else the line or row number) names it.
/// Text from `text` or `body`, else a `sentences` JSON array (ECB+) joined with spaces; the
/// name from `id`, `doc`, `msg_id` or `document`, else `<file name>#<line>`; optional title,
/// outlet, published (validated), url, language.
pub fn read_collection(path: &str, table: &Table) -> Result<Vec<Document>, InputError> {
    let file_name = Path::new(path)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string());
    let mut docs = Vec::with_capacity(table.records.len());
    let mut names: HashMap<String, usize> = HashMap::new();
    for rec in &table.records {
        let doc = collection_record(path, &file_name, rec)?;
        if let Some(first) = names.insert(doc.name.clone(), rec.line) {
            return Err(InputError::new(
                path,
                rec.line,
                format!(
                    "expected each document once, found {:?} again (first on line {first})",
                    doc.name
                ),
            ));
        }
        docs.push(doc);
    }
    if docs.is_empty() {
        return Err(InputError::new(
            path,
            1,
            "expected at least one article record, found none",
        ));
    }
    Ok(docs)
}

/// One record of an article collection (a `Record`, or a row streamed from a CSV file) as
/// a document; `file_name#line` names it when it has no id.
pub fn collection_record(
    path: &str,
    file_name: &str,
    rec: &impl super::records::Cells,
) -> Result<Document, InputError> {
    let line = rec.line();
    let text = match rec.get("text").or_else(|| rec.get("body")) {
        Some(t) => t.to_string(),
        None => match rec.get("sentences") {
            Some(s) => join_sentences(path, line, s)?,
            None => String::new(),
        },
    };
    if text.trim().is_empty() {
        return Err(InputError::new(
            path,
            line,
            "expected article text in the text (or body) field, found none",
        ));
    }
    let text = checked_text(path, &text, Some(line))?;
    let name = COLLECTION_ID_FIELDS
        .iter()
        .find_map(|f| rec.get(f))
        .map(str::to_string)
        .unwrap_or_else(|| format!("{file_name}#{line}"));
    let published = match rec.get("published") {
        Some(p) => Some(
            parse_partial(p).map_err(|e| InputError::new(path, line, format!("published: {e}")))?,
        ),
        None => None,
    };
    let field = |k: &str| rec.get(k).map(str::to_string);
    Ok(Document {
        name,
        title: field("title"),
        text,
        outlet: field("outlet"),
        published,
        url: field("url"),
        language: field("language").or_else(|| field("lang")),
    })
}

/// A `sentences` value: a JSON array of strings, joined with a space.
fn join_sentences(path: &str, line: usize, s: &str) -> Result<String, InputError> {
    let expected = || InputError::new(path, line, "expected sentences as a JSON array of strings");
    let v: serde_json::Value = serde_json::from_str(s).map_err(|_| expected())?;
    let serde_json::Value::Array(items) = v else {
        return Err(expected());
    };
    let mut parts = Vec::with_capacity(items.len());
    for item in items {
        match item {
            serde_json::Value::String(t) => {
                let t = t.trim().to_string();
                if !t.is_empty() {
                    parts.push(t);
                }
            }
            _ => return Err(expected()),
        }
    }
    Ok(parts.join(" "))
}

/// One row of a manifest (CSV: path, outlet, published, url, title).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManifestEntry {
    /// Resolved against the manifest's folder.
    pub path: PathBuf,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

impl ManifestEntry {
    /// Puts the manifest's metadata on a document read from this entry's file. What the
    /// manifest gives wins (it is the user's word at ingest time, like `--outlet`); what it
    /// leaves empty keeps the document's own (front matter, HTML head).
    pub fn apply(&self, doc: &mut Document) {
        for (slot, value) in [
            (&mut doc.outlet, &self.outlet),
            (&mut doc.published, &self.published),
            (&mut doc.url, &self.url),
            (&mut doc.title, &self.title),
        ] {
            if value.is_some() {
                slot.clone_from(value);
            }
        }
    }
}

/// A manifest (CSV: path, outlet, published, url, title; only path required). Paths are
/// relative to the manifest's folder and must stay inside it and name existing files.
pub fn read_manifest(path: &Path, bytes: &[u8]) -> Result<Vec<ManifestEntry>, InputError> {
    manifest::read(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::records::{self, Format};

    const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

    fn corpus(rel: &str) -> String {
        format!("{CORPUS}/{rel}")
    }

    fn err(r: Result<Document, InputError>) -> InputError {
        r.expect_err("expected the input to be rejected")
    }

    #[test]
    fn seeds_read_as_plain_text() {
        for entry in std::fs::read_dir(corpus("seeds")).unwrap() {
            let p = entry.unwrap().path();
            let name = p.file_name().unwrap().to_str().unwrap().to_string();
            let bytes = std::fs::read(&p).unwrap();
            let doc = read_article(&p.display().to_string(), &name, &bytes).unwrap();
            assert_eq!(doc.name, name);
            assert!(doc.text.len() > 500, "{name}");
            assert!(!doc.text.contains('\r'));
            // the seeds carry no metadata of their own; only 002 prints its date
            let printed = (name == "002_056e71f6af495438.txt").then(|| "2015-11-12");
            assert_eq!(doc.published.as_deref(), printed, "{name}");
        }
        let p = corpus("seeds/002_056e71f6af495438.txt");
        let doc =
            read_article(&p, "002_056e71f6af495438.txt", &std::fs::read(&p).unwrap()).unwrap();
        assert!(doc.text.contains("Published 12.11.2015"));
    }

    #[test]
    fn seeds_with_their_manifest() {
        let mpath = PathBuf::from(corpus("seeds-manifest.csv"));
        let entries = read_manifest(&mpath, &std::fs::read(&mpath).unwrap()).unwrap();
        assert_eq!(entries.len(), 5);
        let mut dated = 0;
        for e in &entries {
            let name = e.path.file_name().unwrap().to_str().unwrap();
            let mut doc = read_article(
                &e.path.display().to_string(),
                name,
                &std::fs::read(&e.path).unwrap(),
            )
            .unwrap();
            e.apply(&mut doc);
            assert!(doc.title.is_some());
            dated += doc.published.is_some() as usize;
        }
        assert_eq!(dated, 5);
        assert_eq!(entries[1].outlet.as_deref(), Some("TRT World"));
        assert_eq!(entries[2].published.as_deref(), Some("2015-11-12"));
    }

    /// Session 18: a plain-text article's headline line is its title when no front
    /// matter or manifest gives one; a first line that is a sentence, or runs on into the
    /// next line, is none.
    #[test]
    fn a_text_article_s_headline_is_its_title() {
        let title = |src: &str| {
            read_article("a.txt", "a.txt", src.as_bytes())
                .unwrap()
                .title
        };
        assert_eq!(
            title("\nBus Crash Kills 14 in Andes\n\nA bus fell into a gorge on Monday.\n")
                .as_deref(),
            Some("Bus Crash Kills 14 in Andes")
        );
        assert_eq!(
            title("A bus fell into a gorge on Monday.\n\nMore later.\n"),
            None
        );
        assert_eq!(
            title("A bus fell into a gorge\non Monday, killing 14.\n"),
            None
        );
        assert_eq!(
            title("---\ntitle: Mine\n---\nBus Crash Kills 14\n\nText.\n").as_deref(),
            Some("Mine")
        );
    }

    #[test]
    fn front_matter_supplies_metadata() {
        let src = "\u{feff}---\r\ntitle: \"Four soldiers killed\"\r\noutlet: Reuters\r\npublished: 2016-04-12\r\ntags:\r\n  - syria\r\nurl: https://example.org/a\r\nlanguage: en\r\nauthor: someone\r\n---\r\nFour soldiers were killed.\r\nSecond line.\r\n";
        let doc = read_article("a.md", "a.md", src.as_bytes()).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Four soldiers killed"));
        assert_eq!(doc.outlet.as_deref(), Some("Reuters"));
        assert_eq!(doc.published.as_deref(), Some("2016-04-12"));
        assert_eq!(doc.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(doc.language.as_deref(), Some("en"));
        assert_eq!(doc.text, "Four soldiers were killed.\nSecond line.\n");
    }

    #[test]
    fn front_matter_without_end() {
        let e = err(read_article(
            "reports/a.txt",
            "a.txt",
            b"---\ntitle: x\nFour killed.\n",
        ));
        // named at the first line that is not `key: value`: where the body began
        assert_eq!(
            e.to_string(),
            "reports/a.txt:3: expected a closing '---' for the front matter opened on line 1"
        );
        let e = err(read_article(
            "a.txt",
            "a.txt",
            b"---\ntitle: x\njunk\n---\nbody\n",
        ));
        assert_eq!(
            e.to_string(),
            "a.txt:3: expected a 'key: value' line in the front matter, found \"junk\""
        );
        let e = err(read_article(
            "reports/a.txt",
            "a.txt",
            b"---\ntitle: x\noutlet: y\n",
        ));
        assert_eq!(
            e.to_string(),
            "reports/a.txt:3: expected a closing '---' for the front matter opened on line 1"
        );
    }

    #[test]
    fn bad_published_names_its_line() {
        let e = err(read_article(
            "a.txt",
            "a.txt",
            b"---\ntitle: x\npublished: 2016-02-30\n---\ntext\n",
        ));
        assert_eq!(e.line, 3);
        assert!(
            e.to_string()
                .starts_with("a.txt:3: published: expected a date"),
            "{e}"
        );
    }

    #[test]
    fn invalid_utf8_nul_and_controls() {
        let e = err(read_article("x.txt", "x.txt", b"line one\nline \xff two\n"));
        assert_eq!(e.path, "x.txt");
        assert_eq!(e.line, 2);
        assert!(e.to_string().starts_with("x.txt:2: expected UTF-8"));
        let e = err(read_article("x.txt", "x.txt", b"one\r\ntwo\r\nth\0ree\n"));
        assert_eq!(
            e.to_string(),
            "x.txt:3: expected text, found a NUL byte (a binary file?)"
        );
        let e = err(read_article("x.txt", "x.txt", b"one\n\x01\x02\x03"));
        assert_eq!(e.line, 2);
        assert!(e.reason.contains("U+0001"));
    }

    #[test]
    fn empty_files() {
        let e = err(read_article("e.txt", "e.txt", b""));
        assert_eq!(
            e.to_string(),
            "e.txt:1: expected article text, found an empty file"
        );
        let e = err(read_article("e.txt", "e.txt", b" \n\n"));
        assert_eq!(e.line, 1);
        let e = err(read_article("e.md", "e.md", b"---\ntitle: t\n---\n\n"));
        assert_eq!(
            e.to_string(),
            "e.md:4: expected article text after the front matter, found none"
        );
        // closed on the last line, no newline after: the message names that line
        let e = err(read_article("e.md", "e.md", b"---\ntitle: t\n---"));
        assert_eq!(
            e.to_string(),
            "e.md:3: expected article text after the front matter, found none"
        );
        let e = err(read_article("e.html", "e.html", b"---\ntitle: t\n---"));
        assert_eq!(e.line, 3);
        let e = err(read_article(
            "e.html",
            "e.html",
            b"<html><script>var x = 'killed 5';</script></html>",
        ));
        assert_eq!(e.line, 1);
        assert!(e.reason.contains("no text"));
    }

    #[test]
    fn size_limits() {
        let big = vec![b'a'; MAX_DOCUMENT_BYTES + 1];
        let e = err(read_article("big.txt", "big.txt", &big));
        assert!(e
            .to_string()
            .starts_with("big.txt: expected a document of at most 20 MB"));
        let mut long = b"short\n".to_vec();
        long.extend(std::iter::repeat_n(b'a', MAX_LINE_BYTES + 1));
        let e = err(read_article("long.txt", "long.txt", &long));
        assert!(e
            .to_string()
            .starts_with("long.txt:2: expected lines of at most 5 MB"));
    }

    #[test]
    fn html_article() {
        let src = "<!doctype html><html lang=en><head><title>Page title</title>\
            <meta property=\"og:site_name\" content=\"Tasnim\">\
            <meta property=\"article:published_time\" content=\"2016-05-07T08:00:00+04:30\">\
            <script>alert('13 killed')</script></head>\
            <body><p>As many as 13 advisers were killed &amp; 21 wounded.</p></body></html>";
        let doc = read_article("a.html", "a.html", src.as_bytes()).unwrap();
        assert_eq!(doc.text, "As many as 13 advisers were killed & 21 wounded.");
        assert_eq!(doc.title.as_deref(), Some("Page title"));
        assert_eq!(doc.outlet.as_deref(), Some("Tasnim"));
        assert_eq!(doc.published.as_deref(), Some("2016-05-07"));
        assert_eq!(doc.language.as_deref(), Some("en"));
        // front matter wins over the page's head
        let src2 = format!("---\ntitle: Mine\n---\n{src}");
        let doc = read_article("a.htm", "a.htm", src2.as_bytes()).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Mine"));
    }

    #[test]
    fn html_page_sample() {
        // a fabricated page with the usual furniture: head metadata, JSON-LD, scripts, nav
        let p = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/article_sample.html"
        );
        let doc = read_article(p, "article_sample.html", &std::fs::read(p).unwrap()).unwrap();
        assert_eq!(
            doc.text,
            "Home\n\nWorld\n\n\
             Thirteen advisers killed near Aleppo\n\n\
             By A. Reporter | 7 May 2016\n\n\
             Mourners at a funeral (file photo)\n\n\
             As many as 13 Iranian military advisers were killed and 21 wounded in clashes near \
             Khan Touman, a Guards official told Fars news agency.\n\n\
             The fighting \u{2014} the heaviest in weeks \u{2014} left \"several\" others missing, \
             according to a report.\n\n\
             Officials said the toll could rise.\n\n\
             Killed 13\n\nWounded 21\n\n\
             \u{a9} 2016 Example News. All rights reserved."
        );
        assert_eq!(
            doc.title.as_deref(),
            Some("Thirteen advisers killed near Aleppo \u{2013} Example News")
        );
        assert_eq!(doc.outlet.as_deref(), Some("Example News"));
        assert_eq!(doc.published.as_deref(), Some("2016-05-07"));
        assert_eq!(
            doc.url.as_deref(),
            Some("https://news.example.test/world/advisers-killed")
        );
        assert_eq!(doc.language.as_deref(), Some("en-GB"));
    }

    fn collection(path: &str, format: Format) -> Result<Vec<Document>, InputError> {
        let bytes = std::fs::read(path).unwrap();
        let table = records::read(path, &bytes, format)?;
        read_collection(path, &table)
    }

    #[test]
    fn ecbplus_docs_collection() {
        let p = corpus("ecbplus/ecbplus_docs.jsonl");
        let docs = collection(&p, Format::Jsonl).unwrap();
        assert_eq!(docs.len(), 982);
        assert_eq!(docs[0].name, "1_10ecb.xml");
        // the record's text is read whole: its opening words, and ECB+'s `` quote marks kept
        assert!(docs[0].text.starts_with("Perennial party girl"));
        assert!(docs[0].text.contains(" `` "));
        assert_eq!(docs[0].url, None);
        assert_eq!(
            docs[1].url.as_deref(),
            Some("http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504")
        );
    }

    #[test]
    fn ecbplus_sentence_file_repeats_its_doc_ids() {
        // one record a sentence: `doc` names the article, not the record
        let p = corpus("ecbplus/ecbplus_casualty_sentences.jsonl");
        let e = collection(&p, Format::Jsonl).unwrap_err();
        assert_eq!(e.path, p);
        assert!(e.line > 1);
        assert!(
            e.reason
                .starts_with("expected each document once, found \""),
            "{e}"
        );
    }

    #[test]
    fn muc_collection() {
        let p = corpus("muc34/muc34_messages_with_casualty_keys.jsonl");
        let docs = collection(&p, Format::Jsonl).unwrap();
        assert_eq!(docs.len(), 1699);
        assert_eq!(docs[0].name, "DEV-MUC3-0001");
        assert!(docs[0].text.starts_with("SAN SALVADOR, 3 JAN 90"));
        assert!(docs[0].text.contains("THREE SUBVERSIVES WERE KILLED"));
    }

    fn table(text: &str, format: Format) -> Table {
        records::read("c.x", text.as_bytes(), format).unwrap()
    }

    #[test]
    fn collection_fields_and_errors() {
        let t = table(
            "id,title,outlet,published,url,body\n\
             a1,T,Reuters,12.11.2015,http://x,\"Four killed.\r\nMore.\"\n\
             ,,,,,Nameless text\n",
            Format::Csv,
        );
        let docs = read_collection("dir/c.csv", &t).unwrap();
        assert_eq!(docs[0].name, "a1");
        assert_eq!(docs[0].published.as_deref(), Some("2015-11-12"));
        assert_eq!(docs[0].text, "Four killed.\nMore.");
        assert_eq!(docs[1].name, "c.csv#4");

        let t = table(
            "{\"id\": 1, \"text\": \"x\"}\n\n{\"id\": 2, \"text\": \"  \"}\n",
            Format::Jsonl,
        );
        let e = read_collection("c.jsonl", &t).unwrap_err();
        assert_eq!(
            e.to_string(),
            "c.jsonl:3: expected article text in the text (or body) field, found none"
        );

        let t = table(
            "{\"id\": 7, \"text\": \"x\"}\n{\"id\": 7, \"text\": \"y\"}\n",
            Format::Jsonl,
        );
        let e = read_collection("c.jsonl", &t).unwrap_err();
        assert_eq!(
            e.to_string(),
            "c.jsonl:2: expected each document once, found \"7\" again (first on line 1)"
        );

        let t = table(
            "{\"id\": 1, \"text\": \"x\", \"published\": \"Tuesday\"}\n",
            Format::Jsonl,
        );
        let e = read_collection("c.jsonl", &t).unwrap_err();
        assert!(e
            .to_string()
            .starts_with("c.jsonl:1: published: expected a date"));

        let t = table(
            "{\"doc\": \"d\", \"sentences\": [\"a\", 3]}\n",
            Format::Jsonl,
        );
        let e = read_collection("c.jsonl", &t).unwrap_err();
        assert_eq!(
            e.to_string(),
            "c.jsonl:1: expected sentences as a JSON array of strings"
        );

        let t = table(
            "{\"id\": 0, \"text\": \"x\"}\n{\"id\": 1, \"text\": \"a\\nb\\u0000b\"}\n",
            Format::Jsonl,
        );
        let e = read_collection("c.jsonl", &t).unwrap_err();
        assert_eq!(e.line, 2); // the record's line, not a line inside its text
        assert!(e.reason.contains("NUL"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Any bytes: a document or an error naming the file, never a panic.
        #[test]
        fn any_bytes_any_kind(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            front in proptest::prelude::any::<bool>(),
            ext in proptest::sample::select(vec!["txt", "md", "html"]),
        ) {
            let mut input = if front { b"---\ntitle: t\n".to_vec() } else { Vec::new() };
            input.extend(bytes);
            let name = format!("f.{ext}");
            if let Err(e) = read_article("dir/f", &name, &input) {
                proptest::prop_assert_eq!(e.path, "dir/f");
            }
        }
    }
}
