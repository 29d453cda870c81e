//! Measures extracted claims against hand-coded ones (`seeds-claims.csv` format).
//!
//! A claim matches a gold row when the document, the outcome and the interval (low and
//! high, open bounds equal) agree.
//! - precision = extracted claims matching any gold row (required or optional) / extracted;
//! - recall = required gold rows matched by some extracted claim / required rows;
//! - claimant accuracy = over the required rows that are matched, the share for which some
//!   matching extracted claim's claimant agrees with the gold claimant: compared folded
//!   (case, apostrophes, spaces, a leading "the"), they agree when equal, when one contains
//!   the other, or when both map to the same source through the alias table; empty agrees
//!   only with empty.

use crate::input::records::{read, Format};
use crate::input::InputError;
use crate::model::{Claim, Outcome};
use crate::tables::{fold, AliasKind, Tables};
use std::fmt;
use std::path::Path;

/// One hand-coded row.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldClaim {
    pub document: String,
    pub outcome: Outcome,
    pub quantity: String,
    pub low: Option<i64>,
    pub high: Option<i64>,
    pub claimant: Option<String>,
    pub required: bool,
    /// Headline or body, when the sheet has a `part` column.
    pub part: Option<Part>,
    /// Line in the gold file.
    pub line: usize,
}

/// Where in a document a claim stands: its headline (and other title lines) or its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Headline,
    Body,
}

impl Part {
    pub fn name(self) -> &'static str {
        match self {
            Part::Headline => "headline",
            Part::Body => "body",
        }
    }

    /// The part of an extracted claim, from its sentence: a headline (or a dateline, a
    /// standfirst) is a line that does not end as a sentence does ("3 dead after protesters
    /// torch Greek bank"); everything ending in `.` `!` `?` (maybe inside quotes or
    /// brackets) is body.
    pub fn of_sentence(sentence: &str) -> Part {
        if crate::extract::sentences::ends_as_sentence(sentence) {
            Part::Body
        } else {
            Part::Headline
        }
    }
}

/// An extracted claim and the document it came from.
#[derive(Debug, Clone)]
pub struct ScoredClaim {
    pub document: String,
    pub claim: Claim,
}

impl ScoredClaim {
    /// Headline or body, by the claim's sentence (body when it has none).
    pub fn part(&self) -> Part {
        self.claim
            .sentence
            .as_deref()
            .map_or(Part::Body, Part::of_sentence)
    }
}

/// The document part of a name: gold rows name files ("000_x.txt"), extraction may carry
/// a path.
fn doc_key(d: &str) -> &str {
    d.rsplit(['/', '\\']).next().unwrap_or(d).trim()
}

fn bound(
    rec: &crate::input::records::Record,
    col: &str,
    path: &str,
) -> Result<Option<i64>, InputError> {
    match rec.get(col) {
        None => Ok(None),
        Some(s) => s.parse::<i64>().map(Some).map_err(|_| {
            InputError::new(
                path,
                rec.line,
                format!("expected a whole number or nothing in {col}, found {s:?}"),
            )
        }),
    }
}

/// Reads gold rows from bytes (CSV, TSV, JSONL by `name`'s extension; CSV otherwise).
pub fn read_gold_bytes(name: &str, bytes: &[u8]) -> Result<Vec<GoldClaim>, InputError> {
    let format = Format::from_path(name).unwrap_or(Format::Csv);
    let table = read(name, bytes, format)?;
    for col in ["document", "outcome", "low", "high"] {
        if !table.columns.iter().any(|c| c == col) {
            return Err(InputError::new(
                name,
                1,
                format!("expected a column named {col:?} in a gold file"),
            ));
        }
    }
    let mut out = Vec::new();
    for rec in &table.records {
        let outcome: Outcome = rec
            .get("outcome")
            .unwrap_or("")
            .parse()
            .map_err(|e: String| InputError::new(name, rec.line, e))?;
        let required = match rec.get("required").map(str::to_ascii_lowercase).as_deref() {
            None | Some("yes") | Some("true") | Some("1") | Some("required") => true,
            Some("optional") | Some("no") | Some("false") | Some("0") => false,
            Some(other) => {
                return Err(InputError::new(
                    name,
                    rec.line,
                    format!("expected required yes or optional, found {other:?}"),
                ))
            }
        };
        let part = match rec.get("part").map(str::to_ascii_lowercase).as_deref() {
            None => None,
            Some("headline") | Some("title") => Some(Part::Headline),
            Some("body") => Some(Part::Body),
            Some(other) => {
                return Err(InputError::new(
                    name,
                    rec.line,
                    format!("expected part headline or body, found {other:?}"),
                ))
            }
        };
        out.push(GoldClaim {
            document: rec.get("document").unwrap_or("").to_string(),
            outcome,
            quantity: rec.get("quantity").unwrap_or("").to_string(),
            low: bound(rec, "low", name)?,
            high: bound(rec, "high", name)?,
            claimant: rec.get("claimant").map(str::to_string),
            required,
            part,
            line: rec.line,
        });
    }
    Ok(out)
}

/// Reads a gold file (the `seeds-claims.csv` columns: document, outcome, low, high,
/// claimant, required; others ignored).
pub fn read_gold(path: &Path) -> Result<Vec<GoldClaim>, InputError> {
    let name = path.display().to_string();
    let bytes =
        std::fs::read(path).map_err(|e| InputError::new(&name, 0, format!("cannot read: {e}")))?;
    read_gold_bytes(&name, &bytes)
}

fn matches(x: &ScoredClaim, g: &GoldClaim) -> bool {
    doc_key(&x.document) == doc_key(&g.document)
        && x.claim.outcome == g.outcome
        && x.claim.quantity.low == g.low
        && x.claim.quantity.high == g.high
}

/// Claimants agree: both empty, or equal / one inside the other (folded), or the same
/// source by the alias table.
pub fn claimant_agrees(extracted: Option<&str>, gold: Option<&str>, tables: &Tables) -> bool {
    let e = extracted.map(fold).filter(|s| !s.is_empty());
    let g = gold.map(fold).filter(|s| !s.is_empty());
    match (e, g) {
        (None, None) => true,
        (Some(e), Some(g)) => {
            if e == g || e.contains(&g) || g.contains(&e) {
                return true;
            }
            let ce = tables.aliases.canonical(AliasKind::Source, &e);
            let cg = tables.aliases.canonical(AliasKind::Source, &g);
            ce.is_some() && ce == cg
        }
        _ => false,
    }
}

/// The outcome of a comparison; `Display` prints a small table with misses and false
/// positives.
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub extracted: usize,
    pub extracted_matched: usize,
    pub required: usize,
    pub required_matched: usize,
    pub claimant_checked: usize,
    pub claimant_agreed: usize,
    /// Required gold rows no claim matched.
    pub misses: Vec<GoldClaim>,
    /// Extracted claims that match no gold row.
    pub false_positives: Vec<ScoredClaim>,
    /// Matched required rows whose claimant disagrees: (gold row, extracted claimants).
    pub claimant_errors: Vec<(GoldClaim, Vec<Option<String>>)>,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.extracted_matched, self.extracted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.required_matched, self.required)
    }
    pub fn claimant_accuracy(&self) -> f64 {
        ratio(self.claimant_agreed, self.claimant_checked)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores extracted claims against gold rows (see the module doc for the definitions).
pub fn score(extracted: &[ScoredClaim], gold: &[GoldClaim], tables: &Tables) -> Score {
    let mut s = Score {
        extracted: extracted.len(),
        ..Score::default()
    };
    for x in extracted {
        if gold.iter().any(|g| matches(x, g)) {
            s.extracted_matched += 1;
        } else {
            s.false_positives.push(x.clone());
        }
    }
    for g in gold.iter().filter(|g| g.required) {
        s.required += 1;
        let found: Vec<&ScoredClaim> = extracted.iter().filter(|x| matches(x, g)).collect();
        if found.is_empty() {
            s.misses.push(g.clone());
            continue;
        }
        s.required_matched += 1;
        s.claimant_checked += 1;
        if found
            .iter()
            .any(|x| claimant_agrees(x.claim.claimant.as_deref(), g.claimant.as_deref(), tables))
        {
            s.claimant_agreed += 1;
        } else {
            s.claimant_errors.push((
                g.clone(),
                found.iter().map(|x| x.claim.claimant.clone()).collect(),
            ));
        }
    }
    s
}

/// The score of each part (headline, body) when the sheet says which part each row is in:
/// gold rows by their `part` column, extracted claims by [`ScoredClaim::part`]. Empty when
/// the sheet has no `part` column.
pub fn score_parts(
    extracted: &[ScoredClaim],
    gold: &[GoldClaim],
    tables: &Tables,
) -> Vec<(Part, Score)> {
    if gold.iter().all(|g| g.part.is_none()) {
        return Vec::new();
    }
    [Part::Headline, Part::Body]
        .into_iter()
        .map(|p| {
            let xs: Vec<ScoredClaim> = extracted
                .iter()
                .filter(|x| x.part() == p)
                .cloned()
                .collect();
            let gs: Vec<GoldClaim> = gold
                .iter()
                .filter(|g| g.part.unwrap_or(Part::Body) == p)
                .cloned()
                .collect();
            (p, score(&xs, &gs, tables))
        })
        .collect()
}

/// The figures of each part, one line each (after the whole sheet's table).
pub fn parts_table(parts: &[(Part, Score)]) -> String {
    let mut out = String::new();
    if parts.is_empty() {
        return out;
    }
    out.push_str(&format!(
        "{:<9} {:>16} {:>16} {:>16}\n",
        "part", "precision", "recall", "claimant"
    ));
    for (p, s) in parts {
        let cell = |v: f64, a: usize, b: usize| format!("{v:.3} {:>9}", format!("{a}/{b}"));
        out.push_str(&format!(
            "{:<9} {:>16} {:>16} {:>16}\n",
            p.name(),
            cell(s.precision(), s.extracted_matched, s.extracted),
            cell(s.recall(), s.required_matched, s.required),
            cell(s.claimant_accuracy(), s.claimant_agreed, s.claimant_checked),
        ));
    }
    out
}

fn interval(low: Option<i64>, high: Option<i64>) -> String {
    let b = |v: Option<i64>| v.map_or(String::new(), |v| v.to_string());
    format!("[{}, {}]", b(low), b(high))
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<20} {:>8} {:>12}", "measure", "value", "count")?;
        writeln!(
            f,
            "{:<20} {:>8.3} {:>12}",
            "precision",
            self.precision(),
            format!("{}/{}", self.extracted_matched, self.extracted)
        )?;
        writeln!(
            f,
            "{:<20} {:>8.3} {:>12}",
            "recall (required)",
            self.recall(),
            format!("{}/{}", self.required_matched, self.required)
        )?;
        writeln!(
            f,
            "{:<20} {:>8.3} {:>12}",
            "claimant accuracy",
            self.claimant_accuracy(),
            format!("{}/{}", self.claimant_agreed, self.claimant_checked)
        )?;
        if !self.misses.is_empty() {
            writeln!(f, "\nmissed (required):")?;
            for g in &self.misses {
                writeln!(
                    f,
                    "  {}:{} {} {:?} {} claimant {:?}",
                    g.document,
                    g.line,
                    g.outcome,
                    g.quantity,
                    interval(g.low, g.high),
                    g.claimant.as_deref().unwrap_or("")
                )?;
            }
        }
        if !self.false_positives.is_empty() {
            writeln!(f, "\nfalse positives:")?;
            for x in &self.false_positives {
                let q = &x.claim.quantity;
                writeln!(
                    f,
                    "  {} {} {:?} {} victims {:?}",
                    x.document,
                    x.claim.outcome,
                    q.written,
                    interval(q.low, q.high),
                    x.claim.victims
                )?;
            }
        }
        if !self.claimant_errors.is_empty() {
            writeln!(f, "\nclaimant disagreements:")?;
            for (g, xs) in &self.claimant_errors {
                writeln!(
                    f,
                    "  {}:{} {} {:?}: gold {:?}, extracted {:?}",
                    g.document,
                    g.line,
                    g.outcome,
                    g.quantity,
                    g.claimant.as_deref().unwrap_or(""),
                    xs
                )?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Qualifier, Quantity};

    fn claim(
        doc: &str,
        o: Outcome,
        low: Option<i64>,
        high: Option<i64>,
        who: Option<&str>,
    ) -> ScoredClaim {
        let mut c = Claim::new(
            Quantity {
                written: "x".into(),
                qualifier: Qualifier::Exact,
                low,
                high,
                increment: false,
            },
            o,
            "",
        );
        c.claimant = who.map(str::to_string);
        ScoredClaim {
            document: doc.into(),
            claim: c,
        }
    }

    #[test]
    fn scores_by_document_outcome_and_interval() {
        let csv = "document,outcome,quantity,low,high,claimant,required\n\
                   a.txt,killed,13,13,13,The Report,yes\n\
                   a.txt,wounded,21,21,21,,yes\n\
                   a.txt,killed,many,,,,optional\n";
        let gold = read_gold_bytes("g.csv", csv.as_bytes()).unwrap();
        assert_eq!(gold.len(), 3);
        let t = Tables::default();
        let xs = vec![
            claim(
                "dir/a.txt",
                Outcome::Killed,
                Some(13),
                Some(13),
                Some("the report"),
            ),
            claim("a.txt", Outcome::Killed, None, None, None),
            claim("a.txt", Outcome::Wounded, Some(20), Some(20), None),
        ];
        let s = score(&xs, &gold, &t);
        assert_eq!((s.extracted_matched, s.extracted), (2, 3));
        assert_eq!((s.required_matched, s.required), (1, 2));
        assert_eq!((s.claimant_agreed, s.claimant_checked), (1, 1));
        let shown = s.to_string();
        assert!(
            shown.contains("missed") && shown.contains("false positives"),
            "{shown}"
        );
    }

    #[test]
    fn claimants_agree_by_alias_and_containment() {
        let t = Tables::default();
        assert!(claimant_agrees(Some("Fars"), Some("Fars news agency"), &t));
        assert!(claimant_agrees(
            Some("General Ahmad Reza Pourdastan"),
            Some("Ahmad Reza Pourdastan"),
            &t
        ));
        assert!(claimant_agrees(Some("HRW"), Some("Human Rights Watch"), &t));
        assert!(claimant_agrees(None, None, &t));
        assert!(!claimant_agrees(Some("Tasnim"), None, &t));
        assert!(!claimant_agrees(Some("Tasnim"), Some("Fars"), &t));
    }

    #[test]
    fn scores_headlines_and_bodies_apart() {
        let csv = "document,outcome,low,high,required,part\n\
                   a.txt,killed,3,3,yes,headline\n\
                   a.txt,killed,3,3,yes,body\n\
                   a.txt,wounded,18,18,yes,body\n";
        let gold = read_gold_bytes("g.csv", csv.as_bytes()).unwrap();
        let mut head = claim("a.txt", Outcome::Killed, Some(3), Some(3), None);
        head.claim.sentence = Some("3 dead after protesters torch bank".into());
        let mut body = claim("a.txt", Outcome::Killed, Some(3), Some(3), None);
        body.claim.sentence = Some("Three people died in a burning bank.".into());
        let parts = score_parts(&[head, body], &gold, &Tables::default());
        let (hp, hs) = &parts[0];
        let (bp, bs) = &parts[1];
        assert_eq!(
            (*hp, hs.required_matched, hs.required),
            (Part::Headline, 1, 1)
        );
        assert_eq!((*bp, bs.required_matched, bs.required), (Part::Body, 1, 2));
        assert_eq!((bs.extracted_matched, bs.extracted), (1, 1));
        assert!(parts_table(&parts).contains("headline"));
        assert_eq!(Part::of_sentence("He said: \"They died.\""), Part::Body);
        assert_eq!(Part::of_sentence("Blast Kills 12"), Part::Headline);
        assert!(read_gold_bytes(
            "g.csv",
            b"document,outcome,low,high,part\na,killed,1,1,lede\n"
        )
        .is_err());
    }

    #[test]
    fn rejects_a_bad_gold_file() {
        assert!(read_gold_bytes("g.csv", b"document,outcome,low,high\na,exploded,1,1\n").is_err());
        assert!(read_gold_bytes("g.csv", b"document,outcome\na,killed\n").is_err());
    }
}
