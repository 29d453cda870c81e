//! Claims as cross-referencing reads them: ids, figures, the day and every word as a number
//! into one table of distinct strings, so that a million claims take little memory (the
//! sentences and other words linking never reads stay in the database).

use crate::model::{ClaimId, EventId};
use chrono::NaiveDate;
use std::hash::BuildHasher;
use std::num::NonZeroU32;

/// A string interned in [`Strings`]: equal strings have equal symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

    /// The symbol of `s` if it was interned, adding nothing.
    pub fn find(&self, s: &str) -> Option<Sym> {
        let hash = self.hasher.hash_one(s);
        let (text, ends) = (&self.text, &self.ends);
        self.index
            .find(hash, |x| span(text, ends, *x) == s)
            .copied()
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

/// A document of [`DocTerms`]: its position among them, from 0.
pub type DocId = u32;

/// Every document's signature terms (see `extract::signature`) as numbers: document names
/// and terms each interned once, all documents' (term, count) pairs in one list, each
/// document's together in the order they were added. Documents without terms are not in it.
#[derive(Debug, Default)]
pub struct DocTerms {
    /// Document names: document n is the name of symbol index n.
    names: Strings,
    terms: Strings,
    /// Document n's pairs are `pairs[starts[n]..starts[n + 1]]`.
    starts: Vec<usize>,
    pairs: Vec<(Sym, u32)>,
}

/// Collects [`DocTerms`] pair by pair.
#[derive(Debug, Default)]
pub struct DocTermsBuilder {
    names: Strings,
    terms: Strings,
    /// Each pair's document.
    docs: Vec<DocId>,
    pairs: Vec<(Sym, u32)>,
    /// The document of the last pair added.
    last: Option<Sym>,
}

impl DocTermsBuilder {
    /// Adds `term`, found `count` times, to document `doc`. Pairs are kept as given, a term
    /// added twice to one document included; adding them grouped by document is fastest.
    pub fn push(&mut self, doc: &str, term: &str, count: u32) {
        let d = match self.last {
            Some(s) if self.names.get(s) == doc => s,
            _ => {
                let s = self.names.intern(doc);
                self.last = Some(s);
                s
            }
        };
        let t = self.terms.intern(term);
        self.docs.push(d.index() as DocId);
        self.pairs.push((t, count));
    }

    /// Groups the pairs by document, each document's in the order added.
    pub fn build(self) -> DocTerms {
        let DocTermsBuilder {
            mut names,
            mut terms,
            docs,
            mut pairs,
            ..
        } = self;
        if !docs.is_sorted() {
            let mut order: Vec<usize> = (0..pairs.len()).collect();
            order.sort_by_key(|&i| docs[i]); // stable: each document's order kept
            pairs = order.iter().map(|&i| pairs[i]).collect();
        }
        // document n's pairs start after those of every document before it
        let mut starts = vec![0usize; names.len() + 1];
        for &d in &docs {
            starts[d as usize + 1] += 1;
        }
        for n in 1..starts.len() {
            starts[n] += starts[n - 1];
        }
        names.shrink_to_fit();
        terms.shrink_to_fit();
        pairs.shrink_to_fit();
        DocTerms {
            names,
            terms,
            starts,
            pairs,
        }
    }
}

impl DocTerms {
    /// How many documents.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The document named `name`, if it has terms.
    pub fn doc(&self, name: &str) -> Option<DocId> {
        self.names.find(name).map(|s| s.index() as DocId)
    }

    pub fn name(&self, doc: DocId) -> Option<&str> {
        if doc as usize >= self.len() {
            return None;
        }
        let sym = Sym(NonZeroU32::new(doc.checked_add(1)?)?);
        Some(self.names.get(sym))
    }

    /// Document `doc`'s terms and their counts, in the order added (none for an unknown one).
    pub fn terms(&self, doc: DocId) -> &[(Sym, u32)] {
        let d = doc as usize;
        match (self.starts.get(d), self.starts.get(d + 1)) {
            (Some(&a), Some(&b)) => &self.pairs[a..b],
            _ => &[],
        }
    }

    /// Every document's pairs, one document after another.
    pub fn all_pairs(&self) -> &[(Sym, u32)] {
        &self.pairs
    }

    /// How many distinct terms: term symbols' indexes are below it.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// The symbol of a term, if a document has it.
    pub fn find_term(&self, term: &str) -> Option<Sym> {
        self.terms.find(term)
    }

    pub fn term(&self, t: Sym) -> &str {
        self.terms.get(t)
    }

    /// The term whose symbol's index is `i` (see [`Sym::index`]).
    pub fn term_at(&self, i: usize) -> Option<&str> {
        let sym = Sym(NonZeroU32::new(u32::try_from(i.checked_add(1)?).ok()?)?);
        (i < self.terms.len()).then(|| self.terms.get(sym))
    }
}

/// A claim's interval and stored event, packed: three numbers and which of them are known
/// (three `Option<i64>` would take 48 bytes), its resolved place's id and its event type,
/// the day it was reported and its toll wording (`with_report`).
#[derive(Debug, Clone, Copy)]
pub struct Numbers {
    low: i64,
    high: i64,
    event: i64,
    place_id: Option<Sym>,
    event_type: Option<crate::xref::event_type::TypeId>,
    known: u8,
    wording: u8,
    reported: Option<NaiveDate>,
}

impl Numbers {
    const LOW: u8 = 1;
    const HIGH: u8 = 2;
    const EVENT: u8 = 4;
    /// Its place was found by a fallback (the report's place, its dateline).
    const FALLBACK: u8 = 8;
    /// Its text states its day as the incident's (`claim.date_basis` 'incident', V16).
    const INCIDENT_DAY: u8 = 16;
    /// Its stated month or year was over before its report came out (`ClaimDay::Undated`):
    /// an earlier incident its report recalls ("in June 2018 a ferry sank on the same lake").
    const EARLIER: u8 = 32;

    pub fn new(low: Option<i64>, high: Option<i64>, event: Option<EventId>) -> Numbers {
        let bit = |known: bool, b: u8| if known { b } else { 0 };
        Numbers {
            low: low.unwrap_or_default(),
            high: high.unwrap_or_default(),
            event: event.map(|e| e.0).unwrap_or_default(),
            place_id: None,
            event_type: None,
            known: bit(low.is_some(), Self::LOW)
                | bit(high.is_some(), Self::HIGH)
                | bit(event.is_some(), Self::EVENT),
            wording: 0,
            reported: None,
        }
    }

    /// With the day its report was published and its toll wording
    /// (`TollWording::flags`): what the findings tell an update from a contradiction by.
    pub fn with_report(self, reported: Option<NaiveDate>, wording: u8) -> Numbers {
        Numbers {
            reported,
            wording,
            ..self
        }
    }

    /// With the claim's resolved place's id and its event type.
    pub fn with_place_and_type(
        self,
        place_id: Option<Sym>,
        event_type: Option<crate::xref::event_type::TypeId>,
    ) -> Numbers {
        Numbers {
            place_id,
            event_type,
            ..self
        }
    }

    /// With whether its place was found by a fallback (`claim.place_basis`).
    pub fn with_fallback_place(self, fallback: bool) -> Numbers {
        self.with_flag(Self::FALLBACK, fallback)
    }

    /// With whether its text states its day as the incident's (`claim.date_basis`).
    pub fn with_incident_day(self, told: bool) -> Numbers {
        self.with_flag(Self::INCIDENT_DAY, told)
    }

    /// With whether its stated month or year was over before its report came out.
    pub fn with_earlier(self, earlier: bool) -> Numbers {
        self.with_flag(Self::EARLIER, earlier)
    }

    /// With one of `known`'s flags set or cleared.
    fn with_flag(self, bit: u8, on: bool) -> Numbers {
        Numbers {
            known: if on {
                self.known | bit
            } else {
                self.known & !bit
            },
            ..self
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
    /// Its sentence, as a hash of its text (0: none): which claims one sentence gives
    /// ("two adults and three minors were killed": two parts of one figure).
    pub sentence: u32,
}

/// A sentence's hash for [`LinkClaim::sentence`] (never 0): foldhash with a fixed seed, as
/// the lexicon's maps are hashed (the value is compared within one run only).
pub fn sentence_hash(text: &[u8]) -> u32 {
    use std::hash::BuildHasher;
    let h = foldhash::fast::FixedState::default().hash_one(text);
    (h as u32).max(1)
}

#[cfg(test)]
impl LinkClaim {
    /// A claim for tests: its id and numbers, every name `e` (the empty string's symbol),
    /// nothing else known.
    pub(crate) fn blank(claim_id: ClaimId, numbers: Numbers, e: Sym) -> LinkClaim {
        LinkClaim {
            claim_id,
            seq: 0,
            numbers,
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
            sentence: 0,
        }
    }
}

impl LinkClaim {
    pub fn low(&self) -> Option<i64> {
        self.numbers.get(Numbers::LOW, self.numbers.low)
    }

    pub fn high(&self) -> Option<i64> {
        self.numbers.get(Numbers::HIGH, self.numbers.high)
    }

    /// The place resolved in the gazetteer ("geonames:170063", "user:khan touman").
    pub fn place_id(&self) -> Option<Sym> {
        self.numbers.place_id
    }

    /// Whether its place was found by a fallback (the place the report is about, its
    /// dateline), not read near the claim.
    pub fn fallback_place(&self) -> bool {
        self.numbers.known & Numbers::FALLBACK != 0
    }

    /// What happened, from its sentence, its event's name or its document's title.
    pub fn event_type(&self) -> Option<crate::xref::event_type::TypeId> {
        self.numbers.event_type
    }

    /// The day it was published (its own date, else its document's): which of two reports
    /// of one incident came later.
    pub fn reported(&self) -> Option<NaiveDate> {
        self.numbers.reported
    }

    /// Whether its day is one its report states (an event date), not only the day the
    /// report came out.
    pub fn states_day(&self) -> bool {
        self.day.is_some() && self.day != self.reported()
    }

    /// Whether its text states its day as the incident's ("killed on Tuesday", "Tuesday's
    /// strike"), even when that is the day its report came out: not a day something was
    /// said ("said on Tuesday"), nor the report's own day taken for want of one.
    pub fn tells_incident_day(&self) -> bool {
        self.day.is_some() && self.numbers.known & Numbers::INCIDENT_DAY != 0
    }

    /// Whether it has no day because its stated month or year was over before its report
    /// came out ("In June 2018 a ferry sank ..., leaving 164 missing": `ClaimDay::Undated`),
    /// not because it states none.
    pub fn recalls_earlier(&self) -> bool {
        self.day.is_none() && self.numbers.known & Numbers::EARLIER != 0
    }

    /// What its sentence's wording says of the figure (`TollWording::flags`): a risen toll,
    /// a provisional count, a replaced figure, a correction, a part.
    pub fn wording(&self) -> u8 {
        self.numbers.wording
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
    /// The regions each summed claim covers (`claim_region`, V18; session 24, regions24):
    /// few claims have any, so they are kept beside the rows, by claim.
    regions: hashbrown::HashMap<ClaimId, Vec<Sym>>,
    /// The names of the clause each claim's figure is told in
    /// (`extract::signature::clause_names`; rule recalled_clause_names, session 32), by
    /// claim: only claims whose clause names any.
    clause_names: hashbrown::HashMap<ClaimId, Box<[Sym]>>,
}

impl Claims {
    /// `rows` in any order; they are kept in id order.
    pub fn new(mut rows: Vec<LinkClaim>, mut strings: Strings) -> Claims {
        if !rows.is_sorted_by_key(|c| c.claim_id) {
            rows.sort_by_key(|c| c.claim_id);
        }
        rows.shrink_to_fit();
        strings.shrink_to_fit();
        Claims {
            rows,
            strings,
            regions: Default::default(),
            clause_names: Default::default(),
        }
    }

    /// With the names of the clause each claim's figure is told in (a name once a use).
    pub fn with_clause_names(mut self, pairs: Vec<(ClaimId, Vec<String>)>) -> Claims {
        for (id, names) in pairs {
            let syms: Box<[Sym]> = names.iter().map(|n| self.strings.intern(n)).collect();
            if !syms.is_empty() {
                self.clause_names.insert(id, syms);
            }
        }
        self
    }

    /// The names of the clause a claim's figure is told in (rule recalled_clause_names);
    /// empty when none was read.
    pub fn clause_names(&self, c: &LinkClaim) -> &[Sym] {
        self.clause_names.get(&c.claim_id).map_or(&[], |v| &v[..])
    }

    /// With the regions summed claims cover (`claim_region`): (claim, region id) pairs.
    pub fn with_regions(mut self, pairs: Vec<(ClaimId, String)>) -> Claims {
        for (id, region) in pairs {
            let sym = self.strings.intern(&region);
            self.regions.entry(id).or_default().push(sym);
        }
        self
    }

    /// The first-level regions a claim's figure counts together (rule regions_summed),
    /// by gazetteer id; empty for any claim not summed over regions.
    pub fn regions(&self, c: &LinkClaim) -> &[Sym] {
        self.regions.get(&c.claim_id).map_or(&[], Vec::as_slice)
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

    /// Whether it counts an addition to a total ("four more bodies were found", "one more
    /// worker died"), no toll of its own.
    pub fn is_increment(&self, c: &LinkClaim) -> bool {
        self.s(c.scope) == "increment"
    }

    /// "input#seq": names the claim across re-ingests of an unchanged document.
    pub fn reference(&self, c: &LinkClaim) -> String {
        crate::model::claim_reference(self.s(c.input), c.seq)
    }

    /// Who said it, as one phrase: "Revolutionary Guards official via Fars".
    pub fn attribution(&self, c: &LinkClaim) -> String {
        crate::model::attribution(
            self.opt(c.claimant),
            self.opt(c.outlet),
            self.s(c.document),
            self.opt(c.via),
        )
    }

    /// The interval as text: "13", "≤13", "≥220", "360–440", "?".
    pub fn interval(c: &LinkClaim) -> String {
        crate::model::interval(c.low(), c.high())
    }
}

/// Which day linking gives a claim ([`claim_day`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimDay {
    /// The day the claim states (its `event_date`, a full day).
    Stated,
    /// The day its report came out.
    Published,
    /// None: an earlier incident the report recalls (a year or month over before the
    /// report came out), linked only as an undated account.
    Undated,
}

/// The day linking gives a claim, from its stated `event_date` (`claims.event_date`: a day
/// `YYYY-MM-DD`, a month `YYYY-MM` or a year `YYYY`), the day its report came out
/// (`published`: the claim's own, else its document's) and whether its sentence is in
/// capitals only ([`in_capitals_only`]: wire copy such as MUC-3/4):
///
/// - a day stated: that day; a span of days stated ("last week": `YYYY-MM-DD/YYYY-MM-DD`):
///   its middle day;
/// - a year alone that ended before the report came out ("the 2004 tsunami" in a report of
///   2008): no day (an incident the report recalls);
/// - a month that ended before the report came out ("In December 2004"), in a sentence with
///   case: no day (in wire copy a month keeps its report's day: docs/linking.md, session 10);
/// - else (no date stated, a year or month not yet over, a month in wire copy, anything
///   else): the day the report came out (none when that is unknown).
///
/// Days compare as text, as ISO days do (`published` by its first 10 characters).
pub fn claim_day(
    event_date: Option<&str>,
    published: Option<&str>,
    capitals_only: bool,
) -> ClaimDay {
    let Some(stated) = event_date else {
        return ClaimDay::Published;
    };
    let report_day = published.map(|p| p.char_indices().nth(10).map_or(p, |(i, _)| &p[..i]));
    // the year or month (`normalize::date::bounds`) over before the report's day
    let ended_before = || {
        crate::normalize::date::bounds(stated).is_some_and(|(_, last)| {
            report_day.is_some_and(|r| last.format("%Y-%m-%d").to_string().as_str() < r)
        })
    };
    match stated.chars().count() {
        10 => ClaimDay::Stated,
        // a span of days (linked at its middle day: `store::read`)
        21 if stated.contains('/') && crate::normalize::date::bounds(stated).is_some() => {
            ClaimDay::Stated
        }
        4 if ended_before() => ClaimDay::Undated,
        7 if !capitals_only && ended_before() => ClaimDay::Undated,
        _ => ClaimDay::Published,
    }
}

/// Whether a claim's sentence has no lower-case letter (ASCII, as SQLite's `upper` reads
/// case): wire copy in capitals only. No sentence counts as capitals (nothing tells it is
/// running text with case).
pub fn in_capitals_only(sentence: Option<&[u8]>) -> bool {
    sentence.is_none_or(|s| !s.iter().any(u8::is_ascii_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stated_day_is_the_claims_day() {
        use ClaimDay::*;
        assert_eq!(
            claim_day(Some("2004-12-26"), Some("2008-01-02"), false),
            Stated
        );
        // whatever the report's day or the sentence's case
        assert_eq!(claim_day(Some("1989-11-16"), None, true), Stated);
        // a span of days ("last week", rule last_week_span)
        assert_eq!(
            claim_day(Some("1989-11-13/1989-11-23"), Some("1989-11-24"), true),
            Stated
        );
    }

    #[test]
    fn a_year_over_before_the_report_gives_no_day() {
        use ClaimDay::*;
        assert_eq!(claim_day(Some("2004"), Some("2008-01-02"), false), Undated);
        // in capitals only as well
        assert_eq!(claim_day(Some("2004"), Some("2008-01-02"), true), Undated);
        // the report's own year: its day
        assert_eq!(
            claim_day(Some("2008"), Some("2008-01-02"), false),
            Published
        );
        // a report's day with a time compares by its day
        assert_eq!(
            claim_day(Some("2007"), Some("2008-01-02T10:00"), false),
            Undated
        );
    }

    #[test]
    fn a_month_over_before_the_report_gives_no_day_only_in_text_with_case() {
        use ClaimDay::*;
        assert_eq!(
            claim_day(Some("2004-12"), Some("2005-01-01"), false),
            Undated
        );
        // wire copy in capitals keeps its report's day
        assert_eq!(
            claim_day(Some("2004-12"), Some("2005-01-01"), true),
            Published
        );
        // the month not over on the report's day (its last day is that day)
        assert_eq!(
            claim_day(Some("2004-12"), Some("2004-12-31"), false),
            Published
        );
        // February of a leap year ends on the 29th
        assert_eq!(
            claim_day(Some("2008-02"), Some("2008-03-01"), false),
            Undated
        );
        assert_eq!(
            claim_day(Some("2008-02"), Some("2008-02-29"), false),
            Published
        );
        // not a month: the report's day
        assert_eq!(
            claim_day(Some("2004-13"), Some("2005-01-01"), false),
            Published
        );
    }

    #[test]
    fn otherwise_the_report_gives_the_day() {
        use ClaimDay::*;
        assert_eq!(claim_day(None, Some("2008-01-02"), false), Published);
        // the report's day unknown: nothing is over before it (and it gives no day)
        assert_eq!(claim_day(Some("2004"), None, false), Published);
        assert_eq!(claim_day(Some("2004-12"), None, false), Published);
        // a span or anything else stated: the report's day
        assert_eq!(
            claim_day(Some("2004-2005"), Some("2008-01-02"), false),
            Published
        );
    }

    #[test]
    fn capitals_only_reads_ascii_case() {
        assert!(in_capitals_only(Some(b"SIX PEASANTS WERE KILLED IN 1989.")));
        assert!(!in_capitals_only(Some(b"Six peasants were killed.")));
        assert!(in_capitals_only(None));
        // letters outside ASCII have no case for this (as SQLite's upper)
        assert!(in_capitals_only(Some("ÉTÉ 2004".as_bytes())));
    }

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
            let c = LinkClaim::blank(ClaimId(1), Numbers::new(low, high, event.map(EventId)), e);
            proptest::prop_assert_eq!(c.low(), low);
            proptest::prop_assert_eq!(c.high(), high);
            proptest::prop_assert_eq!(c.event_id().map(|e| e.0), event);
        }
    }

    #[test]
    fn doc_terms_group_each_documents_terms_in_order() {
        let mut b = DocTermsBuilder::default();
        b.push("a", "Zürich", 2);
        b.push("a", "", 1);
        b.push("a", "Zürich", 3); // twice in one document: kept as given
        b.push("b", "Zürich", 1);
        b.push("b", "東京", 4);
        b.push("a", "Aleppo", 5); // a again, after b
        b.push("", "Aleppo", 1);
        let t = b.build();
        assert_eq!(t.len(), 3);
        assert_eq!(t.term_count(), 4);
        let words = |d: &str| -> Vec<(String, u32)> {
            let d = t.doc(d).unwrap();
            t.terms(d)
                .iter()
                .map(|&(s, c)| (t.term(s).to_string(), c))
                .collect()
        };
        let owned = |v: &[(&str, u32)]| -> Vec<(String, u32)> {
            v.iter().map(|(w, c)| (w.to_string(), *c)).collect()
        };
        assert_eq!(
            words("a"),
            owned(&[("Zürich", 2), ("", 1), ("Zürich", 3), ("Aleppo", 5)])
        );
        assert_eq!(words("b"), owned(&[("Zürich", 1), ("東京", 4)]));
        assert_eq!(words(""), owned(&[("Aleppo", 1)]));
        assert_eq!(t.all_pairs().len(), 7);
        assert_eq!(t.doc("c"), None);
        assert_eq!(t.name(t.doc("b").unwrap()), Some("b"));
        assert_eq!(t.name(3), None);
        assert!(t.terms(3).is_empty() && t.terms(DocId::MAX).is_empty());
        // the same term, one symbol, whichever document
        assert_eq!(t.terms(0)[0].0, t.terms(1)[0].0);
    }

    #[test]
    fn doc_terms_of_nothing_are_empty() {
        let t = DocTermsBuilder::default().build();
        assert!(t.is_empty() && t.all_pairs().is_empty());
        assert_eq!(t.doc(""), None);
        assert!(t.terms(0).is_empty());
        assert_eq!(t.name(0), None);
    }

    #[test]
    fn a_claim_row_stays_small() {
        // a million of them are read for every linking; 120 bytes until the resolved place,
        // the event type, the report day and its wording were added (8 MB more at 1M claims)
        assert!(std::mem::size_of::<LinkClaim>() <= 128);
    }
}
