//! Claims as cross-referencing reads them: ids, figures, the day and every word as a number
//! into one table of distinct strings, so that a million claims take little memory (the
//! sentences and other words linking never reads stay in the database).

use crate::store::{ClaimId, EventId};
use chrono::NaiveDate;
use std::hash::BuildHasher;
use std::num::NonZeroU32;

/// A string interned in [`Strings`]: equal strings have equal symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sym(NonZeroU32);

/// Distinct strings, each stored once, in one buffer.
#[derive(Debug, Default)]
pub struct Strings {
    text: String,
    /// Symbol n - 1 → its span of `text`.
    spans: Vec<(usize, usize)>,
    index: hashbrown::HashTable<Sym>,
    /// foldhash: several times faster than SipHash on short words; symbols are numbered in
    /// order of first sight whatever the hash.
    hasher: hashbrown::DefaultHashBuilder,
}

impl Strings {
    /// The symbol of `s`, added when new.
    pub fn intern(&mut self, s: &str) -> Sym {
        let hash = self.hasher.hash_one(s);
        let (text, spans) = (&self.text, &self.spans);
        let span = |sym: &Sym| spans[sym.0.get() as usize - 1];
        if let Some(&sym) = self.index.find(hash, |x| {
            let (a, b) = span(x);
            &text[a..b] == s
        }) {
            return sym;
        }
        let start = self.text.len();
        self.text.push_str(s);
        self.spans.push((start, self.text.len()));
        // more than 4 billion distinct strings do not fit in memory anyway
        let sym = Sym(
            NonZeroU32::new(u32::try_from(self.spans.len()).unwrap_or(u32::MAX))
                .unwrap_or(NonZeroU32::MIN),
        );
        let (text, spans, hasher) = (&self.text, &self.spans, &self.hasher);
        self.index.insert_unique(hash, sym, |x| {
            let (a, b) = spans[x.0.get() as usize - 1];
            hasher.hash_one(&text[a..b])
        });
        sym
    }

    pub fn get(&self, sym: Sym) -> &str {
        let (a, b) = self.spans[sym.0.get() as usize - 1];
        &self.text[a..b]
    }

    pub fn opt(&self, sym: Option<Sym>) -> Option<&str> {
        sym.map(|s| self.get(s))
    }
}

/// One claim, as linking and the findings see it.
#[derive(Debug, Clone)]
pub struct LinkClaim {
    pub claim_id: ClaimId,
    /// Order within its input document: with `input`, a reference that survives re-ingest.
    pub seq: i64,
    pub low: Option<i64>,
    pub high: Option<i64>,
    /// The event it is stored with now (before this linking).
    pub event_id: Option<EventId>,
    /// The day it speaks of: its event date, else its document's date.
    pub day: Option<NaiveDate>,
    /// The document it cites, else its input document's name.
    pub document: Sym,
    /// Its input document's name.
    pub input: Sym,
    pub outlet: Option<Sym>,
    pub claimant: Option<Sym>,
    /// Canonical claimant, and its side.
    pub source: Option<Sym>,
    pub source_side: Option<Sym>,
    pub via: Option<Sym>,
    pub victim_group: Sym,
    pub outcome: Sym,
    pub quantity: Sym,
    pub scope: Sym,
    pub period: Option<Sym>,
    pub as_of: Option<Sym>,
    pub event_label: Option<Sym>,
    /// Canonical place, else as written.
    pub place: Option<Sym>,
    pub adversary: Option<Sym>,
}

/// Every claim in id order, with their strings.
#[derive(Debug, Default)]
pub struct Claims {
    rows: Vec<LinkClaim>,
    pub strings: Strings,
}

impl Claims {
    /// `rows` in any order; they are kept in id order.
    pub fn new(mut rows: Vec<LinkClaim>, strings: Strings) -> Claims {
        if !rows.is_sorted_by_key(|c| c.claim_id) {
            rows.sort_by_key(|c| c.claim_id);
        }
        Claims { rows, strings }
    }

    pub fn rows(&self) -> &[LinkClaim] {
        &self.rows
    }

    pub fn by_id(&self, id: ClaimId) -> Option<&LinkClaim> {
        self.rows
            .binary_search_by_key(&id, |c| c.claim_id)
            .ok()
            .map(|i| &self.rows[i])
    }

    pub fn s(&self, sym: Sym) -> &str {
        self.strings.get(sym)
    }

    pub fn opt(&self, sym: Option<Sym>) -> Option<&str> {
        self.strings.opt(sym)
    }

    pub fn is_cumulative(&self, c: &LinkClaim) -> bool {
        self.s(c.scope) == "cumulative"
    }

    /// "input#seq": names the claim across re-ingests of an unchanged document.
    pub fn reference(&self, c: &LinkClaim) -> String {
        crate::store::claim_reference(self.s(c.input), c.seq)
    }

    /// Who said it, as one phrase: "Revolutionary Guards official via Fars".
    pub fn attribution(&self, c: &LinkClaim) -> String {
        crate::store::attribution(
            self.opt(c.claimant),
            self.opt(c.outlet),
            self.s(c.document),
            self.opt(c.via),
        )
    }

    /// The interval as text: "13", "≤13", "≥220", "360–440", "?".
    pub fn interval(c: &LinkClaim) -> String {
        crate::store::interval(c.low, c.high)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_have_one_symbol() {
        let mut s = Strings::default();
        let words = ["killed", "", "Aleppo", "killed", "aleppo", ""];
        let syms: Vec<Sym> = words.iter().map(|w| s.intern(w)).collect();
        assert_eq!(syms[0], syms[3]);
        assert_eq!(syms[1], syms[5]);
        assert_ne!(syms[2], syms[4]);
        for (w, sym) in words.iter().zip(&syms) {
            assert_eq!(s.get(*sym), *w);
        }
    }
}
