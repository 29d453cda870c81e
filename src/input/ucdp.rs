//! UCDP Georeferenced Event Dataset (GED) CSV, versions 19.1 to 23.1 at least: one event a
//! row, each made a document (its source article) with its claims: the event's total
//! (low..high, best in the notes) and the deaths of each side and of civilians.
//!
//! Versions differ: 23.1 writes integers as floats ("2.0"), dates as Unix timestamps
//! ("1357171200.0") and orders the columns differently; columns are found by name.

use super::records::{Record, Table};
use super::InputError;
use crate::model::{Claim, Document, Outcome, PlaceLevel, PlaceRef, Qualifier, Quantity};
use crate::normalize::date::parse_partial;
use std::collections::HashMap;

pub const FORMAT: &str = "ucdp-ged";
pub const OUTLET: &str = "UCDP GED";

/// True when the columns are those of a GED event file.
pub fn is_ucdp(columns: &[String]) -> bool {
    let has = |c: &str| columns.iter().any(|x| x == c);
    ["id", "best", "low", "high", "date_start"]
        .iter()
        .all(|c| has(c))
        && (has("side_a") || has("dyad_name") || has("conflict_name"))
}

/// Every event row → its document and claims. A malformed row rejects the file.
pub fn read(path: &str, table: &Table) -> Result<Vec<(Document, Vec<Claim>)>, InputError> {
    let mut rows = Vec::with_capacity(table.records.len());
    let mut ids: HashMap<String, usize> = HashMap::new();
    for rec in &table.records {
        let row = read_row(path, rec)?;
        if let Some(first) = ids.insert(row.0.name.clone(), rec.line) {
            return Err(InputError::new(
                path,
                rec.line,
                format!(
                    "expected each event id once, found {} again (first on line {first})",
                    row.0.name
                ),
            ));
        }
        rows.push(row);
    }
    Ok(rows)
}

/// The row's own point (latitude, longitude), its precision (`where_prec`: 1-2 a place,
/// 3 a district, 4 a region, 6-7 the country) and its country and region names. The id is
/// left empty: the store finds the gazetteer's place of that name within the row's country
/// (`Writer`), keeping the row's point.
fn ucdp_place(rec: &Record, place: Option<&str>) -> Result<Option<PlaceRef>, String> {
    let degrees = |col: &str, range: f64| -> Result<Option<f64>, String> {
        match rec.get(col) {
            None => Ok(None),
            Some(v) => match v.trim().parse::<f64>() {
                Ok(x) if x.abs() <= range => Ok(Some(x)),
                _ => Err(format!("{col}: expected degrees (±{range}), found {v:?}")),
            },
        }
    };
    let (lat, lon) = (degrees("latitude", 90.0)?, degrees("longitude", 180.0)?);
    let Some(name) = place.or(rec.get("country")) else {
        return Ok(None);
    };
    if lat.is_none() && lon.is_none() && rec.get("country").is_none() {
        return Ok(None);
    }
    let level = match rec.get("where_prec").and_then(whole_number) {
        Some(3) => PlaceLevel::District,
        Some(4 | 5) => PlaceLevel::Region,
        Some(6 | 7) => PlaceLevel::Country,
        _ => PlaceLevel::City,
    };
    Ok(Some(PlaceRef {
        id: String::new(),
        name: name.to_string(),
        level,
        country: rec.get("country").map(str::to_string),
        region: rec.get("adm_1").map(str::to_string),
        latitude: lat,
        longitude: lon,
    }))
}

fn read_row(path: &str, rec: &Record) -> Result<(Document, Vec<Claim>), InputError> {
    let line = rec.line;
    let err = |reason: String| InputError::new(path, line, reason);
    let id = rec
        .get("id")
        .ok_or_else(|| err("expected an event id in the id column, found none".into()))?;
    let id = whole_number(id)
        .ok_or_else(|| err(format!("id: expected a whole number, found {id:?}")))?;
    let count = |col: &str| -> Result<Option<i64>, InputError> {
        match rec.get(col) {
            None => Ok(None),
            Some(v) => whole_number(v).map(Some).ok_or_else(|| {
                err(format!(
                    "{col}: expected a whole number of deaths, found {v:?}"
                ))
            }),
        }
    };
    let required = |col: &str| -> Result<i64, InputError> {
        count(col)?.ok_or_else(|| err(format!("{col}: expected a number of deaths, found none")))
    };
    let (low, best, high) = (required("low")?, required("best")?, required("high")?);
    let date_start = event_date(rec, "date_start")
        .map_err(err)?
        .ok_or_else(|| err("date_start: expected a date, found none".into()))?;
    let date_end = event_date(rec, "date_end").map_err(err)?;
    let published = date_end.or_else(|| {
        rec.get("source_date")
            .and_then(|d| parse_partial(first_of(d)).ok())
    });

    let headline = rec.get("source_headline").map(str::to_string);
    let article = rec.get("source_article").map(str::to_string);
    let text = article
        .clone()
        .or_else(|| headline.clone())
        .unwrap_or_default();
    let doc = Document {
        name: format!("ucdp-ged:{id}"),
        title: headline.clone(),
        text,
        outlet: Some(OUTLET.to_string()),
        published,
        url: None,
        language: None,
    };

    let claimant = rec
        .get("source_office")
        .map(first_of)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    let via = rec.get("source_original").map(str::to_string);
    let place = rec
        .get("where_coordinates")
        .or_else(|| rec.get("adm_1"))
        .map(str::to_string);
    let place_ref = ucdp_place(rec, place.as_deref()).map_err(err)?;
    let span = headline
        .as_deref()
        .and_then(|h| doc.text.find(h).map(|s| (s, s + h.len())));
    let side_a = rec.get("side_a").unwrap_or("side A").to_string();
    let side_b = rec.get("side_b").unwrap_or("side B").to_string();
    let one_sided = rec
        .get("type_of_violence")
        .and_then(whole_number)
        .is_some_and(|t| t == 3);

    let with_provenance = |mut c: Claim| {
        c.claimant.clone_from(&claimant);
        c.via.clone_from(&via);
        c.sentence.clone_from(&headline);
        c.span = span;
        c.place.clone_from(&place);
        c.place_ref.clone_from(&place_ref);
        c.event_date = Some(date_start.clone());
        c
    };

    // UCDP's own rows sometimes have low > high or best outside low..high (off by one or a
    // few): the interval is widened to hold all three, and the notes say so.
    let (lo, hi) = (low.min(best).min(high), low.max(best).max(high));
    let mut notes = serde_json::json!({
        "best": best,
        "ucdp_id": id,
    });
    for col in ["type_of_violence", "deaths_unknown", "number_of_sources"] {
        if let Some(v) = rec.get(col).and_then(whole_number) {
            notes[col] = v.into();
        }
    }
    if let Some(d) = rec.get("dyad_name") {
        notes["dyad_name"] = d.into();
    }
    if (lo, hi) != (low, high) {
        notes["inconsistent_bounds"] =
            format!("UCDP gives low {low}, best {best}, high {high}; read as {lo} to {hi}").into();
    }
    let total = Quantity {
        written: if low == best && best == high {
            format!("best estimate {best}")
        } else {
            format!("best estimate {best} (low {low}, high {high})")
        },
        qualifier: if lo < hi {
            Qualifier::Range
        } else {
            Qualifier::Exact
        },
        low: Some(lo),
        high: Some(hi),
        increment: false,
    };
    let mut total = with_provenance(Claim::new(total, Outcome::Killed, "people"));
    total.notes = Some(notes.to_string());
    let mut claims = vec![total];

    // each column of deaths, with its words as the claim's quantity: "2 deaths on side A"
    let groups = [
        (
            "deaths_a",
            "deaths on side A",
            side_a.clone(),
            Some(side_b.clone()),
        ),
        ("deaths_b", "deaths on side B", side_b, Some(side_a.clone())),
        (
            "deaths_civilians",
            "civilian deaths",
            "civilians".to_string(),
            one_sided.then_some(side_a),
        ),
    ];
    for (col, label, victims, adversary) in groups {
        let Some(n) = count(col)? else { continue };
        if n == 0 {
            continue;
        }
        let q = Quantity {
            written: format!("{n} {label}"),
            qualifier: Qualifier::Exact,
            low: Some(n),
            high: Some(n),
            increment: false,
        };
        let mut c = with_provenance(Claim::new(q, Outcome::Killed, victims));
        c.adversary = adversary;
        c.notes = Some(serde_json::json!({ "ucdp_id": id, "ucdp_column": col }).to_string());
        claims.push(c);
    }
    Ok((doc, claims))
}

/// "4", "4.0" → 4; negative, fractional or non-numeric → `None`.
fn whole_number(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Ok(n) = s.parse::<i64>() {
        return (n >= 0).then_some(n);
    }
    let f: f64 = s.parse().ok()?;
    (f.is_finite() && f >= 0.0 && f.fract() == 0.0 && f < 1e15).then_some(f as i64)
}

/// Rule headline_own_semicolon (session 30, claim30): an event's `source_headline` (its
/// sources' headlines joined by ';', with character references) as text of one title line
/// per headline. A headline may hold a ';' of its own ("Troops shell a town; 12 said
/// dead"): a part that opens in lower case goes on the headline before it, after "; ", so
/// the extractor reads the two clauses of one headline with their mark between (split at
/// every ';', the lower-case part joined the line before as one clause, and the words of
/// the first clause read as the speaker of the second's "reported"). The GED's
/// `source_article` lists the same headlines one per article, the ';' inside kept.
pub fn headline_lines(headlines: &str) -> String {
    // character references first: their ';' is not a headline's end
    let headlines = super::html::decode_entities(headlines);
    let mut lines: Vec<String> = Vec::new();
    for part in headlines
        .split(';')
        .map(str::trim)
        .filter(|h| !h.is_empty())
    {
        match lines.last_mut() {
            Some(line) if part.starts_with(char::is_lowercase) => {
                line.push_str("; ");
                line.push_str(part);
            }
            _ => lines.push(part.to_string()),
        }
    }
    lines.join("\n")
}

/// The first of several values UCDP joins with ';' ("Reuters;AFP").
fn first_of(s: &str) -> &str {
    s.split(';').next().unwrap_or(s).trim()
}

/// A GED date column: ISO ("2016-01-01", possibly with a time) or a Unix timestamp in
/// seconds ("1357171200.0"); `Ok(None)` when empty.
fn event_date(rec: &Record, col: &str) -> Result<Option<String>, String> {
    let Some(v) = rec.get(col) else {
        return Ok(None);
    };
    let expected =
        || format!("{col}: expected a date as YYYY-MM-DD or a Unix timestamp, found {v:?}");
    if v.contains('-') || v.contains('/') {
        let iso = parse_partial(v).map_err(|_| expected())?;
        return if iso.len() == 10 {
            Ok(Some(iso))
        } else {
            Err(expected())
        };
    }
    let secs: f64 = v.parse().map_err(|_| expected())?;
    if !secs.is_finite() || secs.fract() != 0.0 || secs.abs() > 1e12 {
        return Err(expected());
    }
    let date = chrono::DateTime::from_timestamp(secs as i64, 0).ok_or_else(expected)?;
    Ok(Some(date.format("%Y-%m-%d").to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::records::{self, Format};
    use crate::model::Scope;

    fn corpus(rel: &str) -> String {
        format!("{}/../shared/corpus/{rel}", env!("CARGO_MANIFEST_DIR"))
    }

    fn load(rel: &str) -> Vec<(Document, Vec<Claim>)> {
        let p = corpus(rel);
        let table = records::read(&p, &std::fs::read(&p).unwrap(), Format::Csv).unwrap();
        assert!(is_ucdp(&table.columns));
        read(&p, &table).unwrap()
    }

    fn find<'a>(rows: &'a [(Document, Vec<Claim>)], name: &str) -> &'a (Document, Vec<Claim>) {
        rows.iter().find(|(d, _)| d.name == name).unwrap()
    }

    #[test]
    fn ged_19_1_syria() {
        let rows = load("ucdp/ucdp_ged_syria_2016_2019.csv");
        assert_eq!(rows.len(), 16566);
        let claims: usize = rows.iter().map(|(_, c)| c.len()).sum();
        assert_eq!(claims, 33699);
        let ranges = rows
            .iter()
            .filter(|(_, c)| c[0].quantity.qualifier == Qualifier::Range)
            .count();
        assert_eq!(ranges, 2048); // 1950 with low < high, the rest inconsistent bounds widened

        let (doc, claims) = find(&rows, "ucdp-ged:214797");
        assert_eq!(
            doc.title.as_deref(),
            Some("14 shells hit Dahya al-Assad an clashes continue around Ter Ma’la")
        );
        assert_eq!(doc.outlet.as_deref(), Some("UCDP GED"));
        assert_eq!(doc.published.as_deref(), Some("2016-01-01"));
        assert_eq!(
            doc.text,
            "\"SOHR,2015-01-01,14 shells hit Dahya al-Assad an clashes continue around Ter Ma’la\""
        );
        assert_eq!(doc.url, None);
        assert_eq!(claims.len(), 3);
        let t = &claims[0];
        assert_eq!(t.outcome, Outcome::Killed);
        assert_eq!(t.victims, "people");
        assert_eq!(t.quantity.written, "best estimate 4");
        assert_eq!(t.quantity.qualifier, Qualifier::Exact);
        assert_eq!((t.quantity.low, t.quantity.high), (Some(4), Some(4)));
        assert!(!t.quantity.increment);
        assert_eq!(t.scope, Scope::Incident);
        assert_eq!(t.claimant.as_deref(), Some("SOHR"));
        assert_eq!(t.via.as_deref(), Some("SOHR"));
        assert_eq!(t.sentence, doc.title);
        let (s, e) = t.span.unwrap();
        assert_eq!(Some(&doc.text[s..e]), doc.title.as_deref());
        assert_eq!(t.place.as_deref(), Some("Teir Maaleh village"));
        assert_eq!(t.event_date.as_deref(), Some("2016-01-01"));
        let notes: serde_json::Value = serde_json::from_str(t.notes.as_deref().unwrap()).unwrap();
        assert_eq!(notes["best"], 4);
        assert_eq!(notes["ucdp_id"], 214797);
        let (a, b) = (&claims[1], &claims[2]);
        assert_eq!(
            (a.victims.as_str(), a.quantity.low),
            ("Government of Syria", Some(2))
        );
        assert_eq!(a.adversary.as_deref(), Some("Syrian insurgents"));
        assert_eq!(
            (b.victims.as_str(), b.quantity.high),
            ("Syrian insurgents", Some(2))
        );
        assert_eq!(a.quantity.qualifier, Qualifier::Exact);
        assert_eq!(a.quantity.written, "2 deaths on side A");

        // low 8, best 15, high 7 in UCDP's own data
        let (_, claims) = find(&rows, "ucdp-ged:236249");
        let q = &claims[0].quantity;
        assert_eq!(
            (q.qualifier, q.low, q.high),
            (Qualifier::Range, Some(7), Some(15))
        );
        assert!(claims[0]
            .notes
            .as_deref()
            .unwrap()
            .contains("inconsistent_bounds"));
        assert_eq!(claims[1].victims, "civilians");
        assert!(claims[1].quantity.written.ends_with(" civilian deaths"));
        assert!(q.written.starts_with("best estimate 15 (low 8, high 7)"));
    }

    #[test]
    fn ged_23_1_sample() {
        let rows = load("ucdp/ucdp_ged231_sample1000.csv");
        assert_eq!(rows.len(), 1000);
        let claims: usize = rows.iter().map(|(_, c)| c.len()).sum();
        assert_eq!(claims, 1925);
        let (doc, claims) = find(&rows, "ucdp-ged:300380");
        assert_eq!(
            doc.title.as_deref(),
            Some("Thursday 3 January 2013;Abdul Satar Mustafa Hankosh")
        );
        assert_eq!(doc.published.as_deref(), Some("2013-01-03"));
        assert!(doc.text.starts_with("\"Support Kurds in Syria,2013-01-03,"));
        assert_eq!(claims.len(), 2);
        let t = &claims[0];
        assert_eq!(t.quantity.written, "best estimate 2");
        assert_eq!((t.quantity.low, t.quantity.high), (Some(2), Some(2)));
        assert_eq!(t.claimant.as_deref(), Some("Support Kurds in Syria"));
        assert_eq!(t.via.as_deref(), Some("SOHR; VDC"));
        assert_eq!(t.place.as_deref(), Some("Rami village"));
        assert_eq!(t.event_date.as_deref(), Some("2013-01-03"));
        assert_eq!(claims[1].victims, "Syrian insurgents");
        assert_eq!(claims[1].quantity.written, "2 deaths on side B");
        // an event over several days: date_start 610761600 (1989-05-10), date_end 1989-05-16
        let (doc, claims) = find(&rows, "ucdp-ged:21300");
        assert_eq!(claims[0].event_date.as_deref(), Some("1989-05-10"));
        assert_eq!(doc.published.as_deref(), Some("1989-05-16"));
        assert_eq!(claims[0].claimant, None); // no source_office
    }

    fn one_row(csv: &str) -> InputError {
        let table = records::read("ged.csv", csv.as_bytes(), Format::Csv).unwrap();
        assert!(is_ucdp(&table.columns));
        read("ged.csv", &table).unwrap_err()
    }

    const HEADER: &str =
        "id,side_a,side_b,date_start,date_end,deaths_a,deaths_b,deaths_civilians,low,best,high\n";

    #[test]
    fn malformed_rows_name_their_line() {
        let ok = "1,A,B,2016-01-01,2016-01-01,1,0,0,1,1,1\n";
        let e = one_row(&format!(
            "{HEADER}{ok}2,A,B,2016-01-01,2016-01-01,1,0,0,1,four,4\n"
        ));
        assert_eq!(
            e.to_string(),
            "ged.csv:3: best: expected a whole number of deaths, found \"four\""
        );
        let e = one_row(&format!("{HEADER}{ok}2,A,B,2016-01-01,,1.5,0,0,1,1,1\n"));
        assert_eq!(
            e.to_string(),
            "ged.csv:3: deaths_a: expected a whole number of deaths, found \"1.5\""
        );
        let e = one_row(&format!("{HEADER}2,A,B,2016-02-30,,1,0,0,1,1,1\n"));
        assert_eq!(
            e.to_string(),
            "ged.csv:2: date_start: expected a date as YYYY-MM-DD or a Unix timestamp, found \"2016-02-30\""
        );
        let e = one_row(&format!("{HEADER}2,A,B,2016-01-01,,1,0,0,-1,1,1\n"));
        assert_eq!(e.line, 2);
        let e = one_row(&format!("{HEADER}2,A,B,,,1,0,0,1,1,1\n"));
        assert_eq!(
            e.to_string(),
            "ged.csv:2: date_start: expected a date, found none"
        );
        let e = one_row(&format!("{HEADER}{ok}{ok}"));
        assert_eq!(
            e.to_string(),
            "ged.csv:3: expected each event id once, found ucdp-ged:1 again (first on line 2)"
        );
    }
}
