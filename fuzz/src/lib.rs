//! The fuzz targets as plain functions over bytes, shared by the libFuzzer binaries
//! (`fuzz_targets/*.rs`, under `cargo fuzz`) and the stable seeded loop (`fuzz_loop`).
//! Each checks the properties that must hold for any input, and panics when one fails.

use std::sync::OnceLock;
use tollcheck::extract::Extractor;
use tollcheck::input::records::{self, Format};
use tollcheck::input::{article, html, load, InputError};
use tollcheck::model::Document;
use tollcheck::quantity::{self, VagueTable};
use tollcheck::tables::Tables;

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| Tables::load(None).expect("built-in tables"))
}

fn vague() -> &'static VagueTable {
    &tables().vague
}

/// An error names the file it was given, and a line no further than the input has lines.
fn check_error(e: &InputError, path: &str, bytes: &[u8]) {
    assert_eq!(e.path, path, "an error must name its file: {e}");
    let lines = bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count() + 1;
    assert!(
        e.line <= lines.max(1) || e.reason.contains("JSON"),
        "line {} beyond the input's {lines} lines: {e}",
        e.line
    );
}

/// quantity::parse and quantity::scan: no panic; low <= high; spans inside the text and
/// on char boundaries; the same result twice.
pub fn quantity(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(q) = quantity::parse(s, vague()) {
        if let (Some(l), Some(h)) = (q.low, q.high) {
            assert!(l <= h, "{s:?}: low {l} > high {h}");
        }
        assert_eq!(Ok(q), quantity::parse(s, vague()));
    }
    let found = quantity::scan(s, vague());
    let mut last_end = 0;
    for f in &found {
        assert!(f.start < f.end && f.end <= s.len(), "{s:?}: span {f:?}");
        assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end));
        assert!(f.start >= last_end, "overlapping spans in {s:?}");
        last_end = f.end;
        assert_eq!(&s[f.start..f.end], f.quantity.written);
        if let (Some(l), Some(h)) = (f.quantity.low, f.quantity.high) {
            assert!(l <= h, "{s:?}: {f:?}");
        }
    }
    assert_eq!(found, quantity::scan(s, vague()));
}

/// The article reader (txt, md, html): a document or an error naming file and line.
pub fn article(data: &[u8]) {
    for name in ["f.txt", "f.md", "f.html"] {
        match article::read_article("dir/f", name, data) {
            Ok(d) => {
                assert!(!d.text.contains('\r') && !d.text.contains('\0'));
                assert!(d.text.len() <= article::MAX_DOCUMENT_BYTES);
            }
            Err(e) => check_error(&e, "dir/f", data),
        }
    }
}

/// The HTML reducer alone, on any text.
pub fn html(data: &[u8]) {
    let s = String::from_utf8_lossy(data);
    let page = html::reduce(&s);
    assert_eq!(page, html::reduce(&s));
    let _ = html::decode_entities(&s);
}

/// The records reader (CSV, TSV, JSONL, JSON) and the dispatch after it (sheet,
/// collection, dataset importers), through `input::load`.
pub fn records(data: &[u8]) {
    for (fmt, name) in [
        (Format::Csv, "f.csv"),
        (Format::Tsv, "f.tsv"),
        (Format::Jsonl, "f.jsonl"),
        (Format::Json, "f.json"),
    ] {
        match records::read("dir/f", data, fmt) {
            Ok(t) => {
                for r in &t.records {
                    assert!(r.line >= 1);
                }
            }
            Err(e) => check_error(&e, "dir/f", data),
        }
        if let Err(e) = load("dir/f", name, data, tables()) {
            check_error(&e, "dir/f", data);
        }
    }
}

/// A claim sheet: a fixed header with fuzzed rows (so the fuzzer spends its time in the
/// cells rather than in finding the header).
pub fn sheet(data: &[u8]) {
    let mut bytes =
        b"document,outlet,published,victims,outcome,quantity,qualifier,low,high,scope,event_date\n"
            .to_vec();
    bytes.extend_from_slice(data);
    if let Err(e) = load("dir/s", "s.csv", &bytes, tables()) {
        check_error(&e, "dir/s", &bytes);
    }
    let mut jsonl = b"{\"outcome\":\"killed\",\"quantity\":".to_vec();
    jsonl.extend_from_slice(data);
    if let Err(e) = load("dir/s", "s.jsonl", &jsonl, tables()) {
        check_error(&e, "dir/s", &jsonl);
    }
}

/// The extractor on any text: spans inside the text on char boundaries, low <= high, and
/// the same claims twice.
pub fn extract(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let doc = Document {
        name: "f.txt".into(),
        text,
        published: Some("2016-05-07".into()),
        ..Document::default()
    };
    let ex = Extractor::new(tables());
    let a = ex.extract(&doc);
    for c in &a.claims {
        if let Some((s, e)) = c.span {
            assert!(s <= e && e <= doc.text.len(), "span {s}..{e}");
            assert!(doc.text.is_char_boundary(s) && doc.text.is_char_boundary(e));
        }
        if let (Some(l), Some(h)) = (c.quantity.low, c.quantity.high) {
            assert!(l <= h);
        }
    }
    for d in &a.decisions {
        assert!(d.start <= d.end && d.end <= doc.text.len());
        assert!(doc.text.is_char_boundary(d.start) && doc.text.is_char_boundary(d.end));
    }
    let b = ex.extract(&doc);
    assert_eq!(
        serde_json_claims(&a.claims),
        serde_json_claims(&b.claims),
        "not deterministic"
    );
}

fn serde_json_claims(c: &[tollcheck::model::Claim]) -> String {
    format!("{c:?}")
}

/// Every target by name.
pub const TARGETS: &[(&str, fn(&[u8]))] = &[
    ("quantity", quantity),
    ("article", article),
    ("html", html),
    ("records", records),
    ("sheet", sheet),
    ("extract", extract),
];
