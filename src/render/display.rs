//! Claims as people read them: who speaks (never a file name), numbers with thousands
//! separators, ranges with an en dash, dates at the precision known. Display only: what is
//! stored stays as it is.

use crate::model::ClaimRow;
use crate::tables::{AliasKind, AliasTable};

/// A whole number with thousands separators: 270001 → "270,001", 1200 → "1,200".
pub fn number(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// An interval as people read it: "12", "≥270,001", "≤13", "360–440", "?".
pub fn interval(low: Option<i64>, high: Option<i64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if l == h => number(l),
        (Some(l), Some(h)) => format!("{}–{}", number(l), number(h)),
        (Some(l), None) => format!("≥{}", number(l)),
        (None, Some(h)) => format!("≤{}", number(h)),
        (None, None) => "?".into(),
    }
}

/// Text with its long numbers grouped ("≥270001" → "≥270,001"): runs of five digits or
/// more that are not part of a word, a decimal or an identifier (a year, "ucdp-ged:300380"
/// and "1.5" stay as they are).
pub fn group_numbers(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    let mut last = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let before = start.checked_sub(1).map(|p| b[p]);
        let after = b.get(i).copied();
        let attached = |c: Option<u8>| {
            c.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b':' | b'.' | b','))
        };
        let decimal_after = after == Some(b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        let comma_after = after == Some(b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if i - start >= 5 && !attached(before) && !decimal_after && !comma_after {
            if let Ok(n) = text[start..i].parse::<i64>() {
                out.push_str(&text[last..start]);
                out.push_str(&number(n));
                last = i;
            }
        }
    }
    out.push_str(&text[last..]);
    out
}

/// A date shown at `precision` characters at most (4 year, 7 month, 10 day).
pub fn date_at(date: &str, precision: usize) -> &str {
    date.get(..precision.min(date.len())).unwrap_or(date)
}

/// How precisely an event's claims date it: the longest date among them (2016-04 → 7),
/// 10 when none has a date.
pub fn precision_of<'a>(dates: impl Iterator<Item = &'a str>) -> usize {
    dates.map(str::len).max().unwrap_or(10).clamp(4, 10)
}

/// Who speaks for claims, by name: the claimant's name as the source table has it (through
/// `data/aliases.csv` source aliases, when given the tables), trimmed of quotes and of an
/// article before a proper name; the relay dropped when it is the speaker again ("SOHR via
/// SOHR"); with no speaker named, the outlet, marked as its own statement. Never a file name.
#[derive(Clone, Copy, Default)]
pub struct Names<'t> {
    pub aliases: Option<&'t AliasTable>,
}

/// What a claim with no speaker and no outlet is shown as: its document speaks for itself.
pub const NO_SOURCE: &str = "the document itself";

impl<'t> Names<'t> {
    pub fn new(aliases: Option<&'t AliasTable>) -> Names<'t> {
        Names { aliases }
    }

    /// A source's name as shown: its canonical name when an alias, else the name trimmed.
    pub fn name(&self, raw: &str) -> String {
        let trimmed = trim_name(raw);
        if trimmed.is_empty() {
            return trimmed;
        }
        match self
            .aliases
            .and_then(|a| a.canonical(AliasKind::Source, &trimmed))
        {
            // a canonical name only for the whole name: "the Tasnim news agency", not a
            // longer phrase that happens to hold an alias
            Some(c) if crate::tables::fold(&trimmed).len() <= crate::tables::fold(c).len() + 8 => {
                c.to_string()
            }
            _ => trimmed,
        }
    }

    /// Who said a claim: "Revolutionary Guards official via Fars News Agency",
    /// "Anadolu Agency (own statement)", never its document's file name.
    pub fn who(&self, c: &ClaimRow) -> String {
        let speaker = c
            .source
            .as_deref()
            .or(c.claimant.as_deref())
            .map(|s| self.name(s))
            .filter(|s| !s.is_empty());
        let outlet = c
            .outlet
            .as_deref()
            .map(|s| self.name(s))
            .filter(|s| !s.is_empty());
        let Some(speaker) = speaker else {
            return match outlet {
                Some(o) => format!("{o} (own statement)"),
                None => NO_SOURCE.to_string(),
            };
        };
        let relays: Vec<String> = c
            .via
            .as_deref()
            .unwrap_or("")
            .split(';')
            .map(|v| self.name(v))
            .filter(|v| !v.is_empty() && !same_name(v, &speaker))
            .fold(Vec::new(), |mut acc, v| {
                if !acc.iter().any(|a| same_name(a, &v)) {
                    acc.push(v);
                }
                acc
            });
        if relays.is_empty() {
            speaker
        } else {
            format!("{speaker} via {}", relays.join("; "))
        }
    }

    /// A finding's reason as shown: where the stored sentence names a claim by its
    /// document's file name ("000_1d45….txt says"), the claim's speaker instead; long
    /// numbers grouped. The stored reason is unchanged.
    pub fn reason(&self, reason: &str, claims: &[&ClaimRow]) -> String {
        let mut text = reason.to_string();
        for c in claims {
            let stored = c.attribution();
            if stored.starts_with(c.document.as_str()) || stored.starts_with(c.input.as_str()) {
                text = text.replace(&format!("{stored} "), &format!("{} ", self.who(c)));
            }
        }
        group_numbers(&text)
    }
}

/// Two names for one source, whatever their case and spacing.
fn same_name(a: &str, b: &str) -> bool {
    crate::tables::fold(a) == crate::tables::fold(b)
}

/// A name without surrounding quotes or spaces, and without an article before a proper
/// name ("the Syrian Observatory" → "Syrian Observatory"; "the report" stays).
pub fn trim_name(raw: &str) -> String {
    const QUOTES: &[char] = &['"', '\'', '“', '”', '‘', '’', '«', '»', ' ', '\t'];
    let mut s = raw.trim().trim_matches(QUOTES).trim();
    for article in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(article) {
            if rest.starts_with(|c: char| c.is_uppercase()) {
                s = rest.trim_start();
            }
            break;
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_intervals() {
        assert_eq!(number(270001), "270,001");
        assert_eq!(number(7_600_000), "7,600,000");
        assert_eq!(number(999), "999");
        assert_eq!(number(1200), "1,200");
        assert_eq!(interval(Some(360), Some(440)), "360–440");
        assert_eq!(interval(Some(270001), None), "≥270,001");
        assert_eq!(interval(None, Some(400000)), "≤400,000");
        assert_eq!(interval(None, None), "?");
        assert_eq!(
            group_numbers("says more than 270,000 (≥270001) on 2016-04-12, 1.5 times; ucdp-ged:300380 and 12345.5"),
            "says more than 270,000 (≥270,001) on 2016-04-12, 1.5 times; ucdp-ged:300380 and 12345.5"
        );
    }

    #[test]
    fn who_speaks() {
        let names = Names::default();
        let claim = |claimant: Option<&str>, outlet: Option<&str>, via: Option<&str>| ClaimRow {
            claimant: claimant.map(String::from),
            outlet: outlet.map(String::from),
            via: via.map(String::from),
            document: "000_1d455cb254d66fd1.txt".into(),
            input: "seeds-claims.csv".into(),
            ..ClaimRow::default()
        };
        assert_eq!(names.who(&claim(Some("SOHR"), None, Some("SOHR"))), "SOHR");
        assert_eq!(
            names.who(&claim(Some("“the Syrian Observatory”"), None, None)),
            "Syrian Observatory"
        );
        assert_eq!(
            names.who(&claim(Some("the report"), None, None)),
            "the report"
        );
        assert_eq!(
            names.who(&claim(None, Some("Anadolu Agency"), None)),
            "Anadolu Agency (own statement)"
        );
        assert_eq!(names.who(&claim(None, None, None)), NO_SOURCE);
        let tables = crate::tables::Tables::load(None).unwrap();
        let names = Names::new(Some(&tables.aliases));
        assert_eq!(
            names.who(&claim(
                Some("SOHR"),
                None,
                Some("Syrian Observatory for Human Rights")
            )),
            "Syrian Observatory for Human Rights"
        );
        assert_eq!(
            names.who(&claim(
                Some("Revolutionary Guards official"),
                None,
                Some("Fars")
            )),
            "Revolutionary Guards official via Fars News Agency"
        );
        // a stored reason that names a claim by its file name shows the speaker instead
        let c = claim(None, None, None);
        assert_eq!(
            names.reason(
                "000_1d455cb254d66fd1.txt says more than 270,000 (≥270001) and X says 5.",
                &[&c]
            ),
            format!("{NO_SOURCE} says more than 270,000 (≥270,001) and X says 5.")
        );
    }
}
