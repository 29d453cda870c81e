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

impl Sym {
    /// Its position among the strings of its table, from 0: for tables of what each
    /// distinct string maps to.
    pub fn index(self) -> usize {
        self.0.get() as usize - 1
    }
}

/// Distinct strings, each stored once, in one buffer, one after the other.
#[derive(Debug, Default)]
pub struct Strings {
    text: String,
    /// Symbol n - 1 → where its text ends in `text` (it starts where symbol n - 2's ends).
    ends: Vec<usize>,
    index: hashbrown::HashTable<Sym>,
    /// foldhash: several times faster than SipHash on short words; symbols are numbered in
    /// order of first sight whatever the hash.
    hasher: hashbrown::DefaultHashBuilder,
}

impl Strings {
    /// The symbol of `s`, added when new.
    pub fn intern(&mut self, s: &str) -> Sym {
        let hash = self.hasher.hash_one(s);
        let (text, ends) = (&self.text, &self.ends);
        if let Some(&sym) = self.index.find(hash, |x| span(text, ends, *x) == s) {
            return sym;
        }
        self.text.push_str(s);
        self.ends.push(self.text.len());
        // more than 4 billion distinct strings do not fit in memory anyway
        let sym = Sym(
            NonZeroU32::new(u32::try_from(self.ends.len()).unwrap_or(u32::MAX))
                .unwrap_or(NonZeroU32::MIN),
        );
        let (text, ends, hasher) = (&self.text, &self.ends, &self.hasher);
        self.index
            .insert_unique(hash, sym, |x| hasher.hash_one(span(text, ends, *x)));
        sym
    }

    pub fn get(&self, sym: Sym) -> &str {
        span(&self.text, &self.ends, sym)
    }

    /// How many distinct strings.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Frees what growing left unused.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
        let (text, ends, hasher) = (&self.text, &self.ends, &self.hasher);
        self.index
            .shrink_to_fit(|x| hasher.hash_one(span(text, ends, *x)));
    }

    pub fn opt(&self, sym: Option<Sym>) -> Option<&str> {
        sym.map(|s| self.get(s))
    }
}

/// The text of `sym`: from the end of the one before it to its own end.
fn span<'a>(text: &'a str, ends: &[usize], sym: Sym) -> &'a str {
    let i = sym.index();
    let start = if i == 0 { 0 } else { ends[i - 1] };
    &text[start..ends[i]]
}

/// A claim's interval and stored event, packed: three numbers and which of them are known
/// (three `Option<i64>` would take 48 bytes, this takes 32).
#[derive(Debug, Clone, Copy)]
pub struct Numbers {
    low: i64,
    high: i64,
    event: i64,
    known: u8,
}

impl Numbers {
    const LOW: u8 = 1;
    const HIGH: u8 = 2;
    const EVENT: u8 = 4;

    pub fn new(low: Option<i64>, high: Option<i64>, event: Option<EventId>) -> Numbers {
        let bit = |known: bool, b: u8| if known { b } else { 0 };
        Numbers {
            low: low.unwrap_or_default(),
            high: high.unwrap_or_default(),
            event: event.map(|e| e.0).unwrap_or_default(),
            known: bit(low.is_some(), Self::LOW)
                | bit(high.is_some(), Self::HIGH)
                | bit(event.is_some(), Self::EVENT),
        }
    }

    fn get(&self, bit: u8, v: i64) -> Option<i64> {
        (self.known & bit != 0).then_some(v)
    }
}

/// One claim, as linking and the findings see it.
#[derive(Debug, Clone)]
pub struct LinkClaim {
    pub claim_id: ClaimId,
    /// Order within its input document: with `input`, a reference that survives re-ingest.
    pub seq: i64,
    /// Its interval and the event it is stored with now (before this linking): `low()`,
    /// `high()`, `event_id()`.
    pub numbers: Numbers,
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

impl LinkClaim {
    pub fn low(&self) -> Option<i64> {
        self.numbers.get(Numbers::LOW, self.numbers.low)
    }

    pub fn high(&self) -> Option<i64> {
        self.numbers.get(Numbers::HIGH, self.numbers.high)
    }

    /// The event it is stored with now (before this linking).
    pub fn event_id(&self) -> Option<EventId> {
        self.numbers
            .get(Numbers::EVENT, self.numbers.event)
            .map(EventId)
    }
}

/// Every claim in id order, with their strings.
#[derive(Debug, Default)]
pub struct Claims {
    rows: Vec<LinkClaim>,
    pub strings: Strings,
}

impl Claims {
    /// `rows` in any order; they are kept in id order.
    pub fn new(mut rows: Vec<LinkClaim>, mut strings: Strings) -> Claims {
        if !rows.is_sorted_by_key(|c| c.claim_id) {
            rows.sort_by_key(|c| c.claim_id);
        }
        rows.shrink_to_fit();
        strings.shrink_to_fit();
        Claims { rows, strings }
    }

    /// Each claim's id and stored event, in id order, made in the memory of the rows (no
    /// second copy of a million claims beside the first).
    pub fn into_stored_events(self) -> Vec<(ClaimId, Option<EventId>)> {
        let mut v: Vec<(ClaimId, Option<EventId>)> = self
            .rows
            .into_iter()
            .map(|c| (c.claim_id, c.event_id()))
            .collect();
        v.shrink_to_fit();
        v
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
        crate::store::interval(c.low(), c.high())
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

    #[test]
    fn many_strings_keep_their_symbols_through_growth_and_shrinking() {
        let mut s = Strings::default();
        // distinct, repeated, empty and multi-byte strings, interned twice over
        let words: Vec<String> = (0..20_000)
            .map(|i| match i % 4 {
                0 => format!("art_{i:07}.txt"),
                1 => format!("Ḩalab {}", i % 97),
                2 => String::new(),
                _ => format!("{}", i % 13),
            })
            .collect();
        let first: Vec<Sym> = words.iter().map(|w| s.intern(w)).collect();
        let distinct: std::collections::HashSet<&String> = words.iter().collect();
        assert_eq!(s.len(), distinct.len());
        s.shrink_to_fit();
        let again: Vec<Sym> = words.iter().map(|w| s.intern(w)).collect();
        assert_eq!(first, again);
        assert_eq!(s.len(), distinct.len());
        for (w, sym) in words.iter().zip(&first) {
            assert_eq!(s.get(*sym), w);
            assert!(sym.index() < s.len());
        }
    }

    proptest::proptest! {
        #[test]
        fn interning_is_a_bijection(words in proptest::collection::vec(".{0,6}", 0..200)) {
            let mut s = Strings::default();
            let syms: Vec<Sym> = words.iter().map(|w| s.intern(w)).collect();
            for (a, sa) in words.iter().zip(&syms) {
                proptest::prop_assert_eq!(s.get(*sa), a.as_str());
                for (b, sb) in words.iter().zip(&syms) {
                    proptest::prop_assert_eq!(a == b, sa == sb);
                }
            }
        }

        #[test]
        fn numbers_give_back_what_they_were_given(
            low in proptest::option::of(proptest::num::i64::ANY),
            high in proptest::option::of(proptest::num::i64::ANY),
            event in proptest::option::of(proptest::num::i64::ANY),
        ) {
            let e = Strings::default().intern("");
            let c = LinkClaim {
                claim_id: ClaimId(1),
                seq: 0,
                numbers: Numbers::new(low, high, event.map(EventId)),
                day: None,
                document: e,
                input: e,
                outlet: None,
                claimant: None,
                source: None,
                source_side: None,
                via: None,
                victim_group: e,
                outcome: e,
                quantity: e,
                scope: e,
                period: None,
                as_of: None,
                event_label: None,
                place: None,
                adversary: None,
            };
            proptest::prop_assert_eq!(c.low(), low);
            proptest::prop_assert_eq!(c.high(), high);
            proptest::prop_assert_eq!(c.event_id().map(|e| e.0), event);
        }
    }

    #[test]
    fn a_claim_row_stays_small() {
        // a million of them are read for every linking
        assert!(std::mem::size_of::<LinkClaim>() <= 120);
    }
}
