//! Dates as the sources give them: possibly partial (2016, 2016-04, 2016-04-12).

use chrono::NaiveDate;

/// Checks and normalises a date to ISO form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
/// Also accepts `YYYY/MM/DD` and `DD.MM.YYYY`. The error says what was expected.
pub fn parse_partial(s: &str) -> Result<String, String> {
    let t = s.trim();
    let expected = || format!("expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found {s:?}");
    let t = t
        .get(..10)
        .filter(|_| t.len() > 10 && t[10..].starts_with(['T', ' ']))
        .unwrap_or(t);
    if let Some((d, m, y)) = split3(t, '.') {
        if y.len() == 4 {
            return full(y, m, d).ok_or_else(expected);
        }
    }
    let t2 = t.replace('/', "-");
    let parts: Vec<&str> = t2.split('-').collect();
    match parts.as_slice() {
        [y] if is_year(y) => Ok(y.to_string()),
        [y, m] if is_year(y) => {
            let mi: u32 = m.parse().map_err(|_| expected())?;
            if m.len() <= 2 && (1..=12).contains(&mi) {
                Ok(format!("{y}-{mi:02}"))
            } else {
                Err(expected())
            }
        }
        [y, m, d] if is_year(y) => full(y, m, d).ok_or_else(expected),
        _ => Err(expected()),
    }
}

fn split3(t: &str, sep: char) -> Option<(&str, &str, &str)> {
    let mut it = t.split(sep);
    let r = (it.next()?, it.next()?, it.next()?);
    it.next().is_none().then_some(r)
}

fn is_year(y: &str) -> bool {
    y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())
}

fn full(y: &str, m: &str, d: &str) -> Option<String> {
    let date = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
    (m.len() <= 2 && d.len() <= 2).then(|| date.format("%Y-%m-%d").to_string())
}

/// The words that open an article's printed date line ("Published 12.11.2015 14:12",
/// "Updated: 2016-05-07", "Posted on November 12, 2015").
pub const PUBLISHED_WORDS: &[&str] = &[
    "published on",
    "published",
    "posted on",
    "posted",
    "first published",
    "date",
    "dated",
    "updated",
    "last updated",
];

/// How far into an article its printed date line may be: its first lines.
const PRINTED_DATE_LINES: usize = 12;

/// The publication date an article prints near its top ("Published 12.11.2015 14:12"),
/// as ISO, when one of its first lines opens with a word of [`PUBLISHED_WORDS`] followed
/// by a date (12.11.2015, 2015-11-12, 2015/11/12, 12 November 2015, November 12, 2015; a
/// time after it is ignored). `None` when no such line is there: a date elsewhere in the
/// text is what the article reports, not when it was published.
pub fn printed_publication_date(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(PRINTED_DATE_LINES)
        .find_map(|line| {
            let lower = line.to_lowercase();
            let rest = PUBLISHED_WORDS
                .iter()
                .filter(|w| {
                    lower.starts_with(*w)
                        && !lower[w.len()..].starts_with(|c: char| c.is_alphanumeric())
                })
                .max_by_key(|w| w.len())
                .map(|w| line[w.len()..].trim_start_matches([':', ' ', '\t']))?;
            date_at_start(rest)
        })
}

/// A date at the start of `s`, numeric or with a month name; what follows it is ignored.
fn date_at_start(s: &str) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let first = *words.first()?;
    if first.starts_with(|c: char| c.is_ascii_digit()) {
        if let Ok(d) = parse_partial(first) {
            if d.len() == 10 {
                return Some(d);
            }
        }
    }
    let num = |w: &str| w.trim_end_matches(['.', ',']).parse::<u32>().ok();
    let ymd = |y: u32, m: u32, d: u32| {
        NaiveDate::from_ymd_opt(y as i32, m, d).map(|x| x.format("%Y-%m-%d").to_string())
    };
    match words.as_slice() {
        // 12 November 2015
        [d, m, y, ..] if month(m).is_some() => ymd(num(y)?, month(m)?, num(d)?),
        // November 12, 2015
        [m, d, y, ..] if month(m).is_some() => ymd(num(y)?, month(m)?, num(d)?),
        _ => None,
    }
    .filter(|d| d.len() == 10)
}

/// A month's number from its English name or abbreviation ("Nov", "Nov.", "November").
fn month(w: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = w.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w) && (w.len() == 3 || w.len() == m.len() || w == "sept"))
        .map(|i| i as u32 + 1)
}

/// A full date, when the partial date has a day.
pub fn to_naive(iso: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()
}

/// The first and last day a partial date may stand for; a span `YYYY-MM-DD/YYYY-MM-DD`
/// (the extractor's "last week", rule last_week_span) from its first day to its last.
pub fn bounds(iso: &str) -> Option<(NaiveDate, NaiveDate)> {
    if let Some((a, b)) = iso.split_once('/') {
        let (first, last) = (to_naive(a)?, to_naive(b)?);
        return (first <= last).then_some((first, last));
    }
    let parts: Vec<i32> = iso
        .split('-')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [y] => Some((
            NaiveDate::from_ymd_opt(*y, 1, 1)?,
            NaiveDate::from_ymd_opt(*y, 12, 31)?,
        )),
        [y, m] => {
            let first = NaiveDate::from_ymd_opt(*y, *m as u32, 1)?;
            let next = if *m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(*y, *m as u32 + 1, 1)?
            };
            Some((first, next.pred_opt()?))
        }
        [y, m, d] => {
            let day = NaiveDate::from_ymd_opt(*y, *m as u32, *d as u32)?;
            Some((day, day))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn partial_dates() {
        assert_eq!(parse_partial("2016-04").unwrap(), "2016-04");
        assert_eq!(parse_partial("2016-05-06").unwrap(), "2016-05-06");
        assert_eq!(parse_partial("12.11.2015").unwrap(), "2015-11-12");
        assert_eq!(parse_partial("2016").unwrap(), "2016");
        assert!(parse_partial("2016-02-30").is_err());
        assert!(parse_partial("yesterday").is_err());
        assert!(parse_partial("2016-13").is_err());
        assert_eq!(
            bounds("2016-02").unwrap().1,
            NaiveDate::from_ymd_opt(2016, 2, 29).unwrap()
        );
    }

    #[test]
    fn printed_publication_dates() {
        let p = printed_publication_date;
        assert_eq!(
            p("Title\n\nPublished 12.11.2015 14:12\n\nText").as_deref(),
            Some("2015-11-12")
        );
        assert_eq!(
            p("Updated: 2016-05-07T08:00").as_deref(),
            Some("2016-05-07")
        );
        assert_eq!(
            p("Posted on November 12, 2015").as_deref(),
            Some("2015-11-12")
        );
        assert_eq!(
            p("Published 7 May 2016, 10:00").as_deref(),
            Some("2016-05-07")
        );
        assert_eq!(p("Date: Sept. 3, 2016").as_deref(), Some("2016-09-03"));
        // not a date line: a word that only starts like one, a date in the story, a bad date
        assert_eq!(p("Dateline Aleppo 12.11.2015"), None);
        assert_eq!(p("Title\nFighting on 12.11.2015 killed four."), None);
        assert_eq!(p("Published 30.02.2015"), None);
        assert_eq!(p("Published May 2016"), None);
        let late = format!("{}Published 12.11.2015", "line\n".repeat(20));
        assert_eq!(p(&late), None);
    }
}
