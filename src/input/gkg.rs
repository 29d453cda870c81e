//! GDELT Global Knowledge Graph counts: a CSV/TSV with a `counts` or `v2counts` column
//! (and optionally `gkgrecordid`, `documentidentifier`, `date`, `sourcecommonname`).
//! A counts cell holds entries separated by `;`, fields by `#`:
//! `KILL#12#people#1#Aleppo, Syria#SY#...` (type, number, object type, location type,
//! location name, ...). KILL, WOUND and KIDNAP become exact claims; other types are left.
//! Rows that carry none of them are skipped.

use super::records::{Record, Table};
use super::InputError;
use crate::model::{Claim, Document, Outcome, Qualifier, Quantity};
use crate::normalize::date::parse_partial;
use std::collections::HashMap;
use std::path::Path;

pub const FORMAT: &str = "gdelt-gkg";
pub const OUTLET: &str = "GDELT GKG";

/// True when the columns are those of GKG counts (and not an article collection).
pub fn is_gkg(columns: &[String]) -> bool {
    let has = |c: &str| columns.iter().any(|x| x == c);
    (has("counts") || has("v2counts")) && !has("text") && !has("body")
}

pub fn read(path: &str, table: &Table) -> Result<Vec<(Document, Vec<Claim>)>, InputError> {
    let file_name = Path::new(path)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string());
    let mut rows = Vec::new();
    let mut names: HashMap<String, usize> = HashMap::new();
    for rec in &table.records {
        let Some(row) = read_row(path, &file_name, rec)? else {
            continue;
        };
        if let Some(first) = names.insert(row.0.name.clone(), rec.line) {
            return Err(InputError::new(
                path,
                rec.line,
                format!(
                    "expected each GKG record once, found {} again (first on line {first})",
                    row.0.name
                ),
            ));
        }
        rows.push(row);
    }
    Ok(rows)
}

fn read_row(
    path: &str,
    file_name: &str,
    rec: &Record,
) -> Result<Option<(Document, Vec<Claim>)>, InputError> {
    let line = rec.line;
    let err = |reason: String| InputError::new(path, line, reason);
    // V2 counts carry character offsets; prefer them when both are given
    let (column, counts) = match (rec.get("v2counts"), rec.get("counts")) {
        (Some(v2), _) => ("v2counts", v2),
        (None, Some(v1)) => ("counts", v1),
        (None, None) => return Ok(None),
    };
    let mut found = Vec::new();
    let mut offset = 0;
    for entry in counts.split(';') {
        let start = offset;
        offset += entry.len() + 1;
        if entry.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = entry.split('#').collect();
        let kind = fields.first().map_or("", |s| s.trim());
        let outcome = match kind.to_ascii_uppercase().as_str() {
            "KILL" => Outcome::Killed,
            "WOUND" => Outcome::Wounded,
            "KIDNAP" => Outcome::Kidnapped,
            _ => continue,
        };
        let number = fields.get(1).map_or("", |s| s.trim());
        let n: i64 = number.parse().ok().filter(|n| *n >= 0).ok_or_else(|| {
            err(format!(
                "{column}: expected a whole number after {kind}#, found {number:?} in {:?}",
                entry.trim()
            ))
        })?;
        let object = fields
            .get(2)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .unwrap_or("people");
        let q = Quantity {
            written: number.to_string(),
            qualifier: Qualifier::Exact,
            low: Some(n),
            high: Some(n),
            increment: false,
        };
        let mut c = Claim::new(q, outcome, object);
        c.place = fields
            .get(4)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        c.sentence = Some(entry.trim().to_string());
        let lead = entry.len() - entry.trim_start().len();
        c.span = Some((start + lead, start + lead + entry.trim().len()));
        let mut notes = serde_json::json!({ "gkg_count_type": kind });
        if let Some(cc) = fields.get(5).map(|s| s.trim()).filter(|s| !s.is_empty()) {
            notes["country_code"] = cc.into();
        }
        c.notes = Some(notes.to_string());
        found.push(c);
    }
    if found.is_empty() {
        return Ok(None);
    }
    let published = match rec.get("date") {
        Some(d) => Some(gkg_date(d).ok_or_else(|| {
            err(format!(
                "date: expected a GKG date (YYYYMMDD or YYYYMMDDHHMMSS) or YYYY-MM-DD, found {d:?}"
            ))
        })?),
        None => None,
    };
    let doc_id = rec.get("documentidentifier");
    let name = rec
        .get("gkgrecordid")
        .or(doc_id)
        .map(|id| format!("gdelt-gkg:{id}"))
        .unwrap_or_else(|| format!("{file_name}#{line}"));
    let doc = Document {
        name,
        title: None,
        text: counts.to_string(),
        outlet: rec
            .get("sourcecommonname")
            .map(str::to_string)
            .or_else(|| Some(OUTLET.to_string())),
        published,
        url: doc_id
            .filter(|d| d.starts_with("http://") || d.starts_with("https://"))
            .map(str::to_string),
        language: None,
    };
    Ok(Some((doc, found)))
}

/// `20160507`, `20160507103000` or an ISO date → `2016-05-07`.
fn gkg_date(d: &str) -> Option<String> {
    let d = d.trim();
    if d.len() >= 8 && d.bytes().all(|b| b.is_ascii_digit()) && matches!(d.len(), 8 | 12 | 14) {
        let iso = format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8]);
        return parse_partial(&iso).ok();
    }
    parse_partial(d).ok().filter(|_| d.contains('-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::records::{self, Format};

    const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/gkg_sample.tsv");

    #[test]
    fn fabricated_sample() {
        let table = records::read(SAMPLE, &std::fs::read(SAMPLE).unwrap(), Format::Tsv).unwrap();
        assert!(is_gkg(&table.columns));
        let rows = read(SAMPLE, &table).unwrap();
        // 5 records; the one with only PROTEST and AFFECT counts is skipped
        assert_eq!(rows.len(), 4);
        let claims: Vec<&Claim> = rows.iter().flat_map(|(_, c)| c).collect();
        assert_eq!(claims.len(), 6);

        let (doc, c) = &rows[0];
        assert_eq!(doc.name, "gdelt-gkg:20160507103000-T1");
        assert_eq!(doc.published.as_deref(), Some("2016-05-07"));
        assert_eq!(doc.outlet.as_deref(), Some("example-news.test"));
        assert_eq!(doc.url.as_deref(), Some("https://example-news.test/a/1"));
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].outcome, Outcome::Killed);
        assert_eq!(c[0].victims, "advisers");
        assert_eq!(c[0].quantity.written, "13");
        assert_eq!(c[0].quantity.qualifier, Qualifier::Exact);
        assert_eq!(
            (c[0].quantity.low, c[0].quantity.high),
            (Some(13), Some(13))
        );
        assert_eq!(c[0].place.as_deref(), Some("Khan Touman, Halab, Syria"));
        let (s, e) = c[0].span.unwrap();
        assert_eq!(&doc.text[s..e], c[0].sentence.as_deref().unwrap());
        assert!(doc.text[s..e].starts_with("KILL#13#advisers#"));
        assert_eq!(c[1].outcome, Outcome::Wounded);
        assert_eq!(c[1].quantity.low, Some(21));
        let (s, e) = c[1].span.unwrap();
        assert!(doc.text[s..e].starts_with("WOUND#21#"));

        // V1 counts with an 8-digit date and a blank object type
        let (doc, c) = &rows[2];
        assert_eq!(doc.published.as_deref(), Some("2015-11-12"));
        assert_eq!(c[0].victims, "people");
        assert_eq!(c[0].outcome, Outcome::Kidnapped);
        // no record id: named by the document identifier
        assert_eq!(rows[3].0.name, "gdelt-gkg:https://example-news.test/a/5");
    }

    #[test]
    fn bad_count_names_its_line() {
        let text = "GKGRECORDID\tDATE\tV2Counts\n\
                    r1\t20160507\tKILL#4#soldiers#1#Syria#SY\n\
                    r2\t20160507\tPROTEST#x#people;KILL#four#soldiers#1#Syria#SY\n";
        let table = records::read("g.tsv", text.as_bytes(), Format::Tsv).unwrap();
        let e = read("g.tsv", &table).unwrap_err();
        assert_eq!(
            e.to_string(),
            "g.tsv:3: v2counts: expected a whole number after KILL#, found \"four\" in \"KILL#four#soldiers#1#Syria#SY\""
        );
        let text = "GKGRECORDID\tDATE\tCounts\nr1\t2016050\tKILL#4#soldiers\n";
        let table = records::read("g.tsv", text.as_bytes(), Format::Tsv).unwrap();
        let e = read("g.tsv", &table).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.reason.starts_with("date: expected a GKG date"));
    }
}
