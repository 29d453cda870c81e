//! Incremental linking: which stored events claims added since the last linking can touch.
//! Linking decomposes over the candidate pairs: two groups of accounts with no candidate
//! pair between them never merge (average linkage counts a missing pair as nothing), so new
//! claims can only change the events that hold a claim they could be paired with:
//! - the named event of their name (a claim sheet's `event` column) and the running toll of
//!   their key (place, population, period with its start);
//! - incidents whose days come within the window of a new incident claim's day (every
//!   dated pair farther apart can never be one incident);
//! - the events of documents that share rare names with the new documents (the pairs
//!   linking finds through names, dated or not).
//!
//! The store closes this over the events those claims belong to (every claim of a touched
//! event is linked again with it) and over the claims of the same reports (a report's claims
//! make its accounts), links that subset with the same linker and the global name weights,
//! and writes back only the events that changed.

use super::rows::{Claims, DocTerms};
use super::XrefConfig;
use crate::tables::Tables;
use chrono::NaiveDate;

/// What new claims reach among the stored events.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reach {
    /// Keys of the named events and running tolls they join.
    pub keys: Vec<String>,
    /// The days an incident event must overlap to hold a claim a new one could be paired
    /// with: each new incident claim's day widened by the window, overlapping spans joined.
    pub windows: Vec<(NaiveDate, NaiveDate)>,
    /// The other documents (by name) sharing rare names with the new claims' documents.
    pub documents: Vec<String>,
}

impl Reach {
    /// Whether an incident event of these first and last days may hold a claim the new ones
    /// could be paired with.
    pub fn overlaps(&self, start: NaiveDate, end: NaiveDate) -> bool {
        // the first window ending on or after `start`
        let at = self.windows.partition_point(|w| w.1 < start);
        self.windows.get(at).is_some_and(|w| w.0 <= end)
    }
}

/// What `new` (the claims added since the last linking, with every other claim of their
/// reports) reaches. `terms` holds every document's signature terms: rarity is judged over
/// all of them, as linking does.
pub fn reach(new: &Claims, tables: &Tables, cfg: &XrefConfig, terms: &DocTerms) -> Reach {
    let (keys, days) = super::link::reach(new, tables);
    let mut docs: Vec<_> = new
        .rows()
        .iter()
        .filter_map(|c| terms.doc(new.s(c.input)))
        .collect();
    docs.sort_unstable();
    docs.dedup();
    let documents = super::context::sharing_rare_names(&docs, terms)
        .into_iter()
        .filter_map(|d| terms.name(d).map(str::to_string))
        .collect();
    Reach {
        keys,
        windows: windows(&days, cfg.window_days),
        documents,
    }
}

/// Each day widened by `window` days either side, overlapping or touching spans joined, in
/// order. `days` sorted.
pub fn windows(days: &[NaiveDate], window: i64) -> Vec<(NaiveDate, NaiveDate)> {
    let w = chrono::Duration::days(window.max(0));
    let mut out: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for &d in days {
        let (lo, hi) = (
            d.checked_sub_signed(w).unwrap_or(d),
            d.checked_add_signed(w).unwrap_or(d),
        );
        match out.last_mut() {
            Some(last) if lo <= last.1.succ_opt().unwrap_or(last.1) => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn windows_widen_each_day_and_join_overlapping_spans() {
        let days = [d("2016-05-01"), d("2016-05-05"), d("2016-05-20")];
        let w = windows(&days, 3);
        assert_eq!(
            w,
            [
                (d("2016-04-28"), d("2016-05-08")),
                (d("2016-05-17"), d("2016-05-23"))
            ]
        );
        let r = Reach {
            windows: w,
            ..Reach::default()
        };
        // an incident of 9-12 May: more than the window after the 5th, before the 17th
        assert!(!r.overlaps(d("2016-05-09"), d("2016-05-12")));
        // one ending on the 8th, one spanning the gap, one starting on the 23rd
        assert!(r.overlaps(d("2016-05-02"), d("2016-05-08")));
        assert!(r.overlaps(d("2016-05-09"), d("2016-05-30")));
        assert!(r.overlaps(d("2016-05-23"), d("2016-05-24")));
        assert!(!r.overlaps(d("2016-05-24"), d("2016-06-24")));
        assert!(!r.overlaps(d("2016-01-01"), d("2016-04-27")));
    }
}
