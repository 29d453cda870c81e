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

/// A full date, when the partial date has a day.
pub fn to_naive(iso: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()
}

/// The first and last day a partial date may stand for.
pub fn bounds(iso: &str) -> Option<(NaiveDate, NaiveDate)> {
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
}
