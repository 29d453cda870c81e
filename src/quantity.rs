//! One grammar for written quantities, used for claim-sheet cells (`parse`) and for
//! finding numbers in running text (`scan`): "as many as 13" → at_most, high 13.
//!
//! The vague words ("several", "dozens", "tens of thousands") and their intervals are data
//! (`data/vague.csv`), not code: a user can change them.

use crate::model::{Qualifier, Quantity};
use std::collections::HashMap;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum QuantityError {
    #[error("expected a quantity (a number, number words, or a phrase such as \"at least 10\", \"several\"), found {0:?}")]
    NotAQuantity(String),
    #[error("unexpected {rest:?} after the quantity {parsed:?}")]
    Trailing { parsed: String, rest: String },
    #[error("the number in {0:?} is too large")]
    TooLarge(String),
    #[error("the vague-word table, line {line}: {reason}")]
    VagueTable { line: usize, reason: String },
}

/// An interval's bounds (`None` = unbounded).
type Bounds = (Option<i64>, Option<i64>);
/// Vague phrases sharing a first word: (first word, [(words, bounds)]), longest first.
type PhraseGroup = (String, Vec<(Vec<String>, Bounds)>);

/// Phrase → interval for vague quantities (`data/vague.csv`). Bounds may be empty.
#[derive(Debug, Clone)]
pub struct VagueTable {
    /// Lower-case phrase as a list of words → (low, high).
    entries: HashMap<Vec<String>, (Option<i64>, Option<i64>)>,
    /// The longest phrase in words, to bound matching.
    longest: usize,
    /// The phrases grouped by first word, longest first: matching at a token costs no
    /// allocation (most tokens start no phrase).
    by_first: Vec<PhraseGroup>,
    /// `by_first`'s first words packed into integers (`None` when longer than 8 bytes).
    packed_firsts: Vec<Option<u64>>,
    /// For each phrase of `by_first` (group by group), its second word packed into an
    /// integer (`None` for a one-word phrase or a second word longer than 8 bytes): the 12
    /// phrases starting with "a" are passed over at an "a" by one comparison each.
    packed_seconds: Vec<Vec<Option<u64>>>,
    /// Every word that may start a quantity (STARTERS and the vague phrases' first words),
    /// packed into integers when 8 bytes or shorter (sorted), else as text.
    packed_starters: Vec<u64>,
    long_starters: Vec<String>,
    /// Per first letter a-z, a bit for each length (1..=31) of a word that may start a
    /// quantity: most words are rejected by one lookup.
    starter_mask: [u32; 26],
    /// The same for the vague phrases' first words alone (`match_at`).
    vague_mask: [u32; 26],
}

const DEFAULT_VAGUE: &str = include_str!("../data/vague.csv");

impl Default for VagueTable {
    fn default() -> Self {
        VagueTable::from_csv(DEFAULT_VAGUE.as_bytes()).expect("data/vague.csv is valid")
    }
}

impl VagueTable {
    /// Reads `phrase,low,high[,note]` rows with a header.
    pub fn from_csv<R: std::io::Read>(r: R) -> Result<VagueTable, QuantityError> {
        let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(r);
        let mut entries = HashMap::new();
        let mut longest = 0;
        for (i, rec) in rdr.records().enumerate() {
            let line = i + 2;
            let rec = rec.map_err(|e| QuantityError::VagueTable {
                line,
                reason: e.to_string(),
            })?;
            let phrase = rec.get(0).unwrap_or("").trim().to_lowercase();
            if phrase.is_empty() {
                continue;
            }
            let bound = |j: usize| -> Result<Option<i64>, QuantityError> {
                let s = rec.get(j).unwrap_or("").trim();
                if s.is_empty() {
                    return Ok(None);
                }
                s.parse::<i64>()
                    .map(Some)
                    .map_err(|_| QuantityError::VagueTable {
                        line,
                        reason: format!("expected a whole number or nothing, found {s:?}"),
                    })
            };
            let (low, high) = (bound(1)?, bound(2)?);
            if let (Some(l), Some(h)) = (low, high) {
                if l > h {
                    return Err(QuantityError::VagueTable {
                        line,
                        reason: format!("low {l} is above high {h}"),
                    });
                }
            }
            let words: Vec<String> = tokenize(&phrase)
                .into_iter()
                .map(|t| t.text.to_string())
                .collect();
            longest = longest.max(words.len());
            entries.insert(words, (low, high));
        }
        let mut by_first: Vec<PhraseGroup> = Vec::new();
        for (k, b) in &entries {
            let Some(first) = k.first() else { continue };
            match by_first.iter_mut().find(|(f, _)| f == first) {
                Some((_, v)) => v.push((k.clone(), *b)),
                None => by_first.push((first.clone(), vec![(k.clone(), *b)])),
            }
        }
        for (_, v) in &mut by_first {
            v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        }
        let firsts: Vec<String> = by_first.iter().map(|(f, _)| f.clone()).collect();
        let mut starter_mask = [0u32; 26];
        let mut packed_starters = Vec::new();
        let mut long_starters = Vec::new();
        for w in STARTERS
            .iter()
            .copied()
            .chain(firsts.iter().map(String::as_str))
        {
            mark_starter(&mut starter_mask, w);
            match pack(w) {
                Some(p) => packed_starters.push(p),
                None => long_starters.push(w.to_string()),
            }
        }
        let mut vague_mask = [0u32; 26];
        for w in &firsts {
            mark_starter(&mut vague_mask, w);
        }
        packed_starters.sort_unstable();
        packed_starters.dedup();
        let packed_firsts = by_first.iter().map(|(f, _)| pack(f)).collect();
        let packed_seconds = by_first
            .iter()
            .map(|(_, v)| {
                v.iter()
                    .map(|(w, _)| w.get(1).and_then(|s| pack(s)))
                    .collect()
            })
            .collect();
        Ok(VagueTable {
            entries,
            longest,
            by_first,
            packed_firsts,
            packed_seconds,
            packed_starters,
            long_starters,
            starter_mask,
            vague_mask,
        })
    }

    pub fn rows(&self) -> Vec<(String, Option<i64>, Option<i64>)> {
        let mut v: Vec<_> = self
            .entries
            .iter()
            .map(|(k, (l, h))| (k.join(" "), *l, *h))
            .collect();
        v.sort();
        v
    }

    /// The longest phrase of the table starting at token `i`: (tokens used, bounds).
    fn match_at(&self, toks: &[Token], i: usize) -> Option<(usize, Bounds)> {
        let first = toks.get(i)?;
        // most words start no vague phrase: one table lookup says so
        let b = first.text.as_bytes();
        if first.text.is_ascii() && !in_mask(&self.vague_mask, b) {
            return None;
        }
        let group = with_lower(first.text, |l| match pack(l) {
            // a short word: compared as one integer with each short first word
            Some(p) => self.packed_firsts.iter().position(|&f| f == Some(p)),
            None => self.by_first.iter().position(|(f, _)| f == l),
        })?;
        let max = self.longest.min(toks.len() - i);
        // the next word lower-cased into an integer once: a phrase whose second word is
        // packed and differs cannot match (a word longer than 8 bytes packs to `None`)
        let second = toks.get(i + 1).and_then(|t| with_lower(t.text, pack));
        let seconds = &self.packed_seconds[group];
        let mut phrases = self.by_first[group].1.iter().zip(seconds);
        phrases.find_map(|((words, b), s2)| {
            let n = words.len();
            (n <= max
                && (s2.is_none() || *s2 == second)
                && words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| toks[i + k].lower_eq(w)))
            .then_some((n, *b))
        })
    }
}

/// A quantity found in running text: byte span and meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub quantity: Quantity,
    /// The quantity is a bare "a"/"an"/"one" and stands for 1 only before a person noun.
    pub article: bool,
    /// The number is written in digits with no qualifier (a year, a unit number, ...
    /// are candidates the extractor must weigh).
    pub bare_digits: bool,
}

// ---------------------------------------------------------------- tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
}

impl Token<'_> {
    fn lower(&self) -> String {
        self.text.to_lowercase()
    }
    /// Equal to `w` (a lower-case word) when lower-cased.
    fn lower_eq(&self, w: &str) -> bool {
        if self.text.is_ascii() {
            self.text.eq_ignore_ascii_case(w)
        } else {
            self.lower() == w
        }
    }
    fn is(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.text.eq_ignore_ascii_case(w)
    }
    fn is_dash(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.text, "-" | "–" | "—")
    }
}

/// The end of the number whose first digit is at `start`: digits, with "," before exactly
/// three digits ("270,000") and "." before a digit ("7.6"). One rule for the quantity
/// grammar's tokens and the extractor's.
pub(crate) fn digits_end(b: &[u8], start: usize) -> usize {
    let mut end = start + 1;
    while end < b.len() {
        let ch = b[end];
        if ch.is_ascii_digit() {
            end += 1;
        } else if ch == b','
            && b.get(end + 1..end + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !b.get(end + 4).is_some_and(u8::is_ascii_digit)
        {
            end += 4;
        } else if ch == b'.' && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// The char at byte `i` of `text` and its length (ASCII read directly).
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let c = *text.as_bytes().get(i)?;
    if c < 0x80 {
        return Some((c as char, 1));
    }
    let ch = text[i..].chars().next()?;
    Some((ch, ch.len_utf8()))
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let b = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some((c, n)) = char_at(text, i) {
        if c.is_whitespace() {
            i += n;
            continue;
        }
        let kind;
        let mut end = i + n;
        if c.is_ascii_digit() {
            kind = Kind::Num;
            end = digits_end(b, i);
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            loop {
                while end < b.len() && b[end].is_ascii_alphabetic() {
                    end += 1;
                }
                let Some((ch, cn)) = char_at(text, end) else {
                    break;
                };
                let apostrophe = (ch == '\'' || ch == '’')
                    && char_at(text, end + cn).is_some_and(|(x, _)| x.is_alphabetic());
                if ch.is_alphabetic() || apostrophe {
                    end += cn;
                } else {
                    break;
                }
            }
        } else {
            kind = Kind::Punct;
        }
        toks.push(Token {
            kind,
            text: &text[i..end],
            start: i,
            end,
        });
        i = end;
    }
    toks
}

// ---------------------------------------------------------------- numbers

/// Calls `f` with the lower-case form of `s`, without allocating for short ASCII words.
fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = s.as_bytes();
    if b.len() <= 24 && s.is_ascii() {
        let mut buf = [0u8; 24];
        for (d, c) in buf.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
        }
        // SAFETY: `s` is ASCII and ASCII lower-cased is ASCII, so the bytes are UTF-8 (a
        // checked conversion here cost 3-4% of the quantity scan)
        f(unsafe { std::str::from_utf8_unchecked(&buf[..b.len()]) })
    } else {
        f(&s.to_lowercase())
    }
}

pub(crate) fn unit_value(w: &str) -> Option<i64> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// A scale word's value ("hundred", "thousand", "million", "billion"), lower case.
pub(crate) fn scale_value(w: &str) -> Option<i64> {
    Some(match w {
        "hundred" => 100,
        "thousand" => 1_000,
        "million" => 1_000_000,
        "billion" => 1_000_000_000,
        _ => return None,
    })
}

/// Outcome of reading one number at a token position.
struct Num {
    value: i64,
    /// tokens consumed
    len: usize,
    digits: bool,
    /// "a dozen": about 11..13 when standing alone
    dozen: bool,
    /// "a"/"an"/"one" alone
    article: bool,
}

enum NumErr {
    None,
    TooLarge,
}

/// Reads a number at `i`: digits (with a scale word), number words, "a hundred", "a dozen".
fn read_number(toks: &[Token], i: usize) -> Result<Num, NumErr> {
    let t = toks.get(i).ok_or(NumErr::None)?;
    if t.kind == Kind::Num {
        let mut len = 1;
        let scale = toks
            .get(i + 1)
            .filter(|n| n.kind == Kind::Word)
            .and_then(|n| with_lower(n.text, scale_value));
        // most numbers are whole, with at most 15 digits: read without a cleaned copy
        if scale.is_none() && !t.text.contains('.') {
            let digits = t.text.bytes().filter(u8::is_ascii_digit);
            if digits.clone().count() > 15 {
                return Err(NumErr::TooLarge);
            }
            let value = digits.fold(0i64, |v, d| v * 10 + i64::from(d - b'0'));
            return Ok(Num {
                value,
                len,
                digits: true,
                dozen: false,
                article: false,
            });
        }
        let clean: String = t.text.chars().filter(|&c| c != ',').collect();
        let value = if let Some(s) = scale {
            len += 1;
            let f: f64 = clean.parse().map_err(|_| NumErr::None)?;
            let v = (f * s as f64).round();
            if !(v.is_finite() && v < 9.0e15) {
                return Err(NumErr::TooLarge);
            }
            v as i64
        } else {
            if clean.contains('.') {
                return Err(NumErr::None); // a decimal with no scale is not a head count
            }
            if clean.len() > 15 {
                return Err(NumErr::TooLarge);
            }
            clean.parse::<i64>().map_err(|_| NumErr::TooLarge)?
        };
        return Ok(Num {
            value,
            len,
            digits: scale.is_none(),
            dozen: false,
            article: false,
        });
    }
    if t.kind != Kind::Word {
        return Err(NumErr::None);
    }
    // most words are not numbers: reject them without allocating
    if !with_lower(t.text, |w| {
        w == "a" || w == "an" || w == "half" || w == "dozen" || unit_value(w).is_some()
    }) {
        return Err(NumErr::None);
    }
    with_lower(t.text, |w| read_number_word(toks, i, w))
}

/// `read_number` at a word `w` (lower case) that is "a", "an", "half" or a unit.
fn read_number_word(toks: &[Token], i: usize, w: &str) -> Result<Num, NumErr> {
    // "half a million": 500,000 (not "a million"; "half" alone is a share)
    if w == "half" {
        let scale = toks
            .get(i + 2)
            .filter(|_| toks.get(i + 1).is_some_and(|a| a.is("a") || a.is("an")))
            .filter(|n| n.kind == Kind::Word)
            .and_then(|n| scale_value(&n.lower()).or_else(|| n.is("dozen").then_some(12)));
        return match scale {
            Some(s) => Ok(Num {
                value: s / 2,
                len: 3,
                digits: false,
                dozen: false,
                article: false,
            }),
            None => Err(NumErr::None),
        };
    }
    // a bare "dozen", as a headline writes it ("Airstrikes kill dozen in market"): about a
    // dozen, as "a dozen" is; not after a word that counts it ("several dozen", "a dozen",
    // "two dozen", read there) nor as a modifier ("dozen eggs" is read as a count of eggs,
    // which no outcome rule keeps)
    if w == "dozen" {
        let counted = i > 0
            && toks.get(i - 1).is_some_and(|p| {
                p.kind == Kind::Num
                    || with_lower(p.text, |pw| {
                        matches!(
                            pw,
                            "a" | "an"
                                | "half"
                                | "several"
                                | "few"
                                | "many"
                                | "some"
                                | "the"
                                | "this"
                                | "that"
                                | "per"
                                | "by"
                                | "each"
                                | "every"
                        ) || unit_value(pw).is_some()
                            || scale_value(pw).is_some()
                    })
            });
        if counted {
            return Err(NumErr::None);
        }
        return Ok(Num {
            value: 12,
            len: 1,
            digits: false,
            dozen: true,
            article: false,
        });
    }
    // "a dozen", "a hundred", "a thousand"; bare "a"/"an"
    if w == "a" || w == "an" {
        if let Some(n) = toks.get(i + 1).filter(|n| n.kind == Kind::Word) {
            let (dozen, scale) = with_lower(n.text, |nw| (nw == "dozen", scale_value(nw)));
            if dozen {
                return Ok(Num {
                    value: 12,
                    len: 2,
                    digits: false,
                    dozen: true,
                    article: false,
                });
            }
            if scale.is_some() {
                let mut r = read_words(toks, i + 1, 1)?;
                r.len += 1;
                return Ok(r);
            }
        }
        return Ok(Num {
            value: 1,
            len: 1,
            digits: false,
            dozen: false,
            article: true,
        });
    }
    if unit_value(w).is_some() {
        let mut r = read_words(toks, i, 0)?;
        if r.len == 1 && w == "one" {
            r.article = true;
        }
        // "two dozen"
        if toks.get(i + r.len).is_some_and(|n| n.is("dozen")) {
            r.value = r.value.checked_mul(12).ok_or(NumErr::TooLarge)?;
            r.len += 1;
        }
        return Ok(r);
    }
    Err(NumErr::None)
}

/// Number words from `i`: "twenty-one", "four hundred", "two hundred and fifty thousand".
/// `current` seeds the running value ("a hundred" starts at 1).
fn read_words(toks: &[Token], i: usize, current: i64) -> Result<Num, NumErr> {
    let mut total: i64 = 0;
    let mut current = current;
    let mut j = i;
    let mut consumed = 0;
    let mut last_was_number = current > 0;
    while let Some(t) = toks.get(j) {
        if t.kind != Kind::Word {
            // hyphen between tens and units: "twenty-one"
            if t.is_dash() && last_was_number {
                if let Some(n) = toks.get(j + 1) {
                    if n.kind == Kind::Word
                        && unit_value(&n.lower()).is_some_and(|v| v < 10)
                        && current % 100 >= 20
                        && n.start == t.end
                    {
                        j += 1;
                        continue;
                    }
                }
            }
            break;
        }
        let (unit, scale, and) =
            with_lower(t.text, |w| (unit_value(w), scale_value(w), w == "and"));
        if let Some(v) = unit {
            // "twenty one" joins; "four five" does not
            if last_was_number && (current % 100 < 20 || current % 10 != 0 || v >= 10) {
                break;
            }
            current += v;
            last_was_number = true;
        } else if let Some(s) = scale {
            if !last_was_number && current == 0 {
                break;
            }
            if s == 100 {
                current = current.max(1).checked_mul(100).ok_or(NumErr::TooLarge)?;
            } else {
                total = total
                    .checked_add(current.max(1).checked_mul(s).ok_or(NumErr::TooLarge)?)
                    .ok_or(NumErr::TooLarge)?;
                current = 0;
            }
            last_was_number = true;
        } else if and
            && (current >= 100 || total > 0)
            && toks
                .get(j + 1)
                .is_some_and(|n| n.kind == Kind::Word && unit_value(&n.lower()).is_some())
        {
            last_was_number = false;
            j += 1;
            continue;
        } else {
            break;
        }
        j += 1;
        consumed = j - i;
    }
    if consumed == 0 {
        return Err(NumErr::None);
    }
    Ok(Num {
        value: total + current,
        len: consumed,
        digits: false,
        dozen: false,
        article: false,
    })
}

// ---------------------------------------------------------------- phrases

const PREFIXES: &[(&[&str], Qualifier)] = &[
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["more", "than"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["nearly"], Qualifier::About),
    (&["almost"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    // session 18: "estimated at 300 deaths" is the SPEC's "an estimated n" (about); "estimated
    // at least 30" is read by "at least" (no number after "estimated at")
    (&["estimated", "at"], Qualifier::About),
    (&["close", "to"], Qualifier::About),
    (&["approx"], Qualifier::About),
    (&["circa"], Qualifier::About),
];

/// Session 18: a bound joined to the number by "or" (the `bound` rows of
/// data/extract/count_words.csv that start with "or", rule trailing_at_least's words), read
/// as the SPEC's prefix of the same meaning: "eleven or more villagers" is at least 11 ("at
/// least n"), "20 or fewer" at most 20 ("at most n"). Not when a "than" follows ("two or
/// more than three": no bound of the first number). Session 26 (phrasing26): the rows
/// that start with a hyphen, the hyphen glued to the number and to the word after it
/// ("30-plus dead": at least 30; not "30 - plus").
fn match_trailing_bound(toks: &[Token], k: usize) -> Option<(usize, Qualifier)> {
    let first = toks.get(k)?;
    let glued = first.is_dash()
        && k > 0
        && toks[k - 1].end == first.start
        && toks.get(k + 1).is_some_and(|n| n.start == first.end);
    if !first.is("or") && !glued {
        return None;
    }
    crate::extract::lexicon::count_words()
        .bounds
        .iter()
        // (a glued hyphen reads only the hyphen's rows: "a 50-over match" is no bound)
        .filter(|(p, _)| if glued { p[0] == "-" } else { p[0] == "or" })
        .find_map(|(p, q)| {
            let ok = p
                .iter()
                .enumerate()
                .all(|(j, w)| (j == 0 && glued) || toks.get(k + j).is_some_and(|t| t.is(w)));
            let than = toks.get(k + p.len()).is_some_and(|t| t.is("than"));
            (ok && !than).then_some((p.len(), *q))
        })
}

/// The indices of `PREFIXES` by the first letter of their first word (`a`..`z`), in order.
fn prefixes_by_letter() -> &'static [Vec<u8>; 26] {
    static BY: std::sync::OnceLock<[Vec<u8>; 26]> = std::sync::OnceLock::new();
    BY.get_or_init(|| {
        let mut by: [Vec<u8>; 26] = Default::default();
        for (k, (p, _)) in PREFIXES.iter().enumerate() {
            by[(p[0].as_bytes()[0] - b'a') as usize].push(k as u8);
        }
        by
    })
}

fn match_prefix(toks: &[Token], i: usize) -> Option<(usize, Qualifier)> {
    let t0 = toks.get(i)?;
    if t0.kind != Kind::Word {
        return None;
    }
    // only the prefixes whose first word this is are compared further (no allocation:
    // this runs at every token that may start a quantity); the prefixes are looked at in
    // their order, those whose first word starts with another letter passed over at once
    let Some(group) = t0
        .text
        .as_bytes()
        .first()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| &prefixes_by_letter()[(c.to_ascii_lowercase() - b'a') as usize])
    else {
        return None;
    };
    let mut best: Option<(usize, Qualifier)> = None;
    for &k in group {
        let (p, q) = &PREFIXES[k as usize];
        if p[0].len() != t0.text.len() || !t0.is(p[0]) {
            continue;
        }
        let n = p.len();
        let ok = p[1..]
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(i + 1 + k).is_some_and(|t| t.is(w)));
        if ok && best.is_none_or(|(m, _)| n > m) {
            best = Some((n, *q));
        }
    }
    best
}

fn interval(q: Qualifier, n: i64) -> (Option<i64>, Option<i64>) {
    match q {
        Qualifier::Exact | Qualifier::Range => (Some(n), Some(n)),
        Qualifier::AtLeast => (Some(n), None),
        Qualifier::MoreThan => (Some(n.saturating_add(1)), None),
        Qualifier::AtMost => (None, Some(n)),
        Qualifier::LessThan => (None, Some(n.saturating_sub(1).max(0))),
        Qualifier::About => {
            // floor(0.9n), ceil(1.1n) in integers
            let low = n.saturating_mul(9) / 10;
            let high = (n.saturating_mul(11)).saturating_add(9) / 10;
            (Some(low), Some(high))
        }
        Qualifier::Vague => (None, None),
    }
}

/// A phrase read at token `i`: qualifier, interval, tokens used.
struct Phrase {
    len: usize,
    qualifier: Qualifier,
    low: Option<i64>,
    high: Option<i64>,
    increment: bool,
    article: bool,
    bare_digits: bool,
}

fn read_phrase(
    toks: &[Token],
    i: usize,
    vague: &VagueTable,
) -> Result<Option<Phrase>, QuantityError> {
    let too_large =
        |k: usize| QuantityError::TooLarge(toks.get(k).unwrap_or(&toks[i]).text.to_string());
    // an optional "another": "another four" is an increment
    let (mut j, mut increment) = (i, false);
    if toks.get(j).is_some_and(|t| t.is("another")) {
        j += 1;
        increment = true;
    }
    let prefix = match_prefix(toks, j);
    let mut after_prefix = j + prefix.map_or(0, |(n, _)| n);
    // "at least another 17": the qualifier before "another" is kept
    if !increment && prefix.is_some() && toks.get(after_prefix).is_some_and(|t| t.is("another")) {
        after_prefix += 1;
        increment = true;
    }

    // rule bracketed_count: "at least [9]", "at least (9)" (an editor's figure in
    // brackets after a qualifier keeps the bound), a bare "[9]" right after a word ("DIED
    // [9] PERSONS": MUC-3/4's transcribers insert a figure so)
    if let Some(p) = bracketed_count(toks, i, after_prefix, prefix.map(|(_, q)| q), increment) {
        return Ok(Some(p));
    }

    // "between A and B", "from A to B"
    if toks.get(after_prefix).is_some_and(|t| t.is("between")) {
        if let Ok(a) = read_number(toks, after_prefix + 1) {
            let k = after_prefix + 1 + a.len;
            if toks.get(k).is_some_and(|t| t.is("and")) {
                if let Ok(b) = read_number(toks, k + 1) {
                    if a.value <= b.value && !a.article {
                        return Ok(Some(Phrase {
                            len: k + 1 + b.len - i,
                            qualifier: Qualifier::Range,
                            low: Some(a.value),
                            high: Some(b.value),
                            increment,
                            article: false,
                            bare_digits: false,
                        }));
                    }
                }
            }
        }
    }

    match read_number(toks, after_prefix) {
        Ok(a) => {
            let mut k = after_prefix + a.len;
            let mut qualifier = prefix.map_or(Qualifier::Exact, |(_, q)| q);
            // "a dozen" alone is about a dozen
            if a.dozen && qualifier == Qualifier::Exact {
                qualifier = Qualifier::About;
            }
            // "several thousand" style vague compounds outrank a bare article/number
            if a.article && prefix.is_none() && !increment {
                if let Some((n, (low, high))) = vague.match_at(toks, after_prefix) {
                    if n > 1 {
                        return Ok(Some(Phrase {
                            len: after_prefix + n - i,
                            qualifier: Qualifier::Vague,
                            low,
                            high,
                            increment,
                            article: false,
                            bare_digits: false,
                        }));
                    }
                }
            }
            // ranges: "A to B", "A or B", "A-B"
            if !a.article {
                let sep = toks.get(k);
                let is_sep = sep.is_some_and(|t| t.is("to") || t.is("or") || t.is_dash());
                if is_sep && !(i > 0 && toks[i - 1].is("from")) {
                    if let Ok(b) = read_number(toks, k + 1) {
                        // "two to three million": B's scale applies to A
                        let b_scale = toks[k + b.len]
                            .kind
                            .eq(&Kind::Word)
                            .then(|| scale_value(&toks[k + b.len].lower()))
                            .flatten()
                            .filter(|_| b.len > 1);
                        let av = match b_scale {
                            Some(s) if a.value < 1000 && a.len == 1 => a.value.saturating_mul(s),
                            _ => a.value,
                        };
                        if av < b.value && !b.article && (a.digits == b.digits || b_scale.is_some())
                        {
                            let (low, high) = match qualifier {
                                Qualifier::Exact | Qualifier::About => (Some(av), Some(b.value)),
                                _ => interval(qualifier, b.value),
                            };
                            return Ok(Some(Phrase {
                                len: k + 1 + b.len - i,
                                qualifier: if qualifier == Qualifier::Exact {
                                    Qualifier::Range
                                } else {
                                    qualifier
                                },
                                low,
                                high,
                                increment,
                                article: false,
                                bare_digits: false,
                            }));
                        }
                    }
                }
            }
            let (low, high) = if a.dozen && prefix.is_none() {
                (Some(11), Some(13)) // the SPEC's "a dozen"
            } else {
                interval(qualifier, a.value)
            };
            // session 18: a bound after the number ("eleven or more", "20 or fewer"; data:
            // count_words.csv `bound`) is the SPEC's "at least n" / "at most n"
            if qualifier == Qualifier::Exact && !a.article && !a.dozen {
                if let Some((n, q)) = match_trailing_bound(toks, k) {
                    let (low, high) = interval(q, a.value);
                    return Ok(Some(Phrase {
                        len: k + n - i,
                        qualifier: q,
                        low,
                        high,
                        increment,
                        article: false,
                        bare_digits: false,
                    }));
                }
            }
            // "four more" (but not "four more than")
            if toks.get(k).is_some_and(|t| t.is("more"))
                && !toks.get(k + 1).is_some_and(|t| t.is("than"))
            {
                k += 1;
                increment = true;
            }
            Ok(Some(Phrase {
                len: k - i,
                qualifier,
                low,
                high,
                increment,
                article: a.article && prefix.is_none(),
                bare_digits: a.digits && prefix.is_none() && !increment,
            }))
        }
        Err(NumErr::TooLarge) => Err(too_large(after_prefix)),
        Err(NumErr::None) => {
            // vague words, possibly after a qualifier ("at least several hundred"), maybe
            // an increment: "tens of thousands more" (not "dozens more than")
            if let Some((n, (low, high))) = vague.match_at(toks, after_prefix) {
                let k = after_prefix + n;
                let more = toks.get(k).is_some_and(|t| t.is("more"))
                    && !toks.get(k + 1).is_some_and(|t| t.is("than"));
                return Ok(Some(Phrase {
                    len: k + more as usize - i,
                    qualifier: Qualifier::Vague,
                    low,
                    high,
                    increment: increment || more,
                    article: false,
                    bare_digits: false,
                }));
            }
            // (at `i` itself only when a word was read before: the same question otherwise)
            if prefix.is_none() && after_prefix != i {
                if let Some((n, (low, high))) = vague.match_at(toks, i) {
                    return Ok(Some(Phrase {
                        len: n,
                        qualifier: Qualifier::Vague,
                        low,
                        high,
                        increment: false,
                        article: false,
                        bare_digits: false,
                    }));
                }
            }
            Ok(None)
        }
    }
}

/// Rule bracketed_count: a figure of digits alone in brackets at `at` (`i` the phrase's
/// first token): after a qualifier, in square brackets or parentheses ("at least [9]",
/// "more than (12)"); with no qualifier, in square brackets right after a word ("DIED [9]
/// PERSONS": a transcriber's insertion). A bare figure in parentheses is a list's number or
/// a year ("(1) Two soldiers killed", "(2007)"), never read so.
fn bracketed_count(
    toks: &[Token],
    i: usize,
    at: usize,
    qualifier: Option<Qualifier>,
    increment: bool,
) -> Option<Phrase> {
    let open = toks.get(at).filter(|t| t.kind == Kind::Punct)?.text;
    let close = match open {
        "[" => "]",
        "(" if qualifier.is_some() => ")",
        _ => return None,
    };
    if qualifier.is_none() && !(i > 0 && at == i && toks[i - 1].kind == Kind::Word) {
        return None;
    }
    let n = toks.get(at + 1).filter(|t| t.kind == Kind::Num)?;
    toks.get(at + 2)
        .filter(|t| t.kind == Kind::Punct && t.text == close)?;
    let value: i64 = n.text.replace(',', "").parse().ok()?;
    let q = qualifier.unwrap_or(Qualifier::Exact);
    let (low, high) = interval(q, value);
    Some(Phrase {
        len: at + 3 - i,
        qualifier: q,
        low,
        high,
        increment,
        article: false,
        bare_digits: qualifier.is_none() && !increment,
    })
}

fn to_quantity(text: &str, toks: &[Token], i: usize, p: &Phrase) -> (usize, usize, Quantity) {
    let start = toks[i].start;
    let end = toks[i + p.len - 1].end;
    (
        start,
        end,
        Quantity {
            written: text[start..end].to_string(),
            qualifier: p.qualifier,
            low: p.low,
            high: p.high,
            increment: p.increment,
        },
    )
}

/// Parses a whole cell such as "as many as 13", "7.6 million", "four more", "several",
/// "around half of the population". Shares ("half of ...") may be followed by what they
/// are a share of.
pub fn parse(written: &str, vague: &VagueTable) -> Result<Quantity, QuantityError> {
    let text = written.trim();
    let toks = tokenize(text);
    if toks.is_empty() {
        return Err(QuantityError::NotAQuantity(written.to_string()));
    }
    let Some(p) = read_phrase(&toks, 0, vague)? else {
        return Err(QuantityError::NotAQuantity(written.to_string()));
    };
    let mut q = to_quantity(text, &toks, 0, &p).2;
    if p.len < toks.len() {
        let rest = &text[toks[p.len].start..];
        // a share or vague word with what it is of: "half of the population"
        let of_follows = toks[p.len].is("of");
        if !(p.qualifier == Qualifier::Vague && of_follows) {
            return Err(QuantityError::Trailing {
                parsed: q.written,
                rest: rest.to_string(),
            });
        }
        q.written = text.to_string();
    }
    Ok(q)
}

/// Words that may open a quantity phrase besides the vague words: "another", "between",
/// "a"/"an", the first words of PREFIXES, number words.
const STARTERS: &[&str] = &[
    "another",
    "between",
    "a",
    "an",
    "at",
    "no",
    "not",
    "more",
    "over",
    "above",
    "upwards",
    "in",
    "as",
    "up",
    "fewer",
    "less",
    "under",
    "about",
    "around",
    "approximately",
    "some",
    "roughly",
    "nearly",
    "almost",
    "estimated",
    "close",
    "approx",
    "circa",
    // a bare "dozen" in a headline ("kill dozen"): read by `read_number_word`
    "dozen",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

fn mark_starter(mask: &mut [u32; 26], w: &str) {
    match w.as_bytes().first() {
        Some(c) if c.is_ascii_lowercase() && w.len() < 32 => {
            mask[(c - b'a') as usize] |= 1 << w.len();
        }
        // a non-ASCII or very long first word: let every word of its letter through
        Some(c) if c.is_ascii_lowercase() => mask[(c - b'a') as usize] = u32::MAX,
        _ => mask.iter_mut().for_each(|m| *m = u32::MAX),
    }
}

/// False when no word of this first letter and length may start a quantity (no
/// comparisons: one table lookup).
fn may_start(t: &str, vague: &VagueTable) -> bool {
    let b = t.as_bytes();
    match b.first() {
        Some(c) if c.is_ascii_alphabetic() => {
            b.len() < 32
                && vague.starter_mask[(c.to_ascii_lowercase() - b'a') as usize] & (1 << b.len())
                    != 0
        }
        _ => true,
    }
}

/// False when `mask` (`mark_starter`) has no word of this first letter and length (a word
/// of 32 bytes or more: unless the letter lets every word through).
fn in_mask(mask: &[u32; 26], b: &[u8]) -> bool {
    match b.first() {
        Some(c) if c.is_ascii_alphabetic() => {
            let m = mask[(c.to_ascii_lowercase() - b'a') as usize];
            if b.len() < 32 {
                m & (1 << b.len()) != 0
            } else {
                m == u32::MAX
            }
        }
        _ => true,
    }
}

/// A word that may open a quantity phrase: "another", "between", a qualifier's first
/// word, a number word, "a"/"an", or a vague phrase's first word.
/// A word of at most 8 bytes as one integer (for comparisons without memcmp).
fn pack(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 8 {
        return None;
    }
    let mut x = [0u8; 8];
    x[..b.len()].copy_from_slice(b);
    Some(u64::from_le_bytes(x))
}

/// `could_start` for a word as written: a short ASCII word is lower-cased into its
/// integer directly.
fn starts(w: &str, vague: &VagueTable) -> bool {
    let b = w.as_bytes();
    if !b.is_empty() && b.len() <= 8 && b.is_ascii() {
        let mut x = [0u8; 8];
        for (d, c) in x.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
        }
        return vague
            .packed_starters
            .binary_search(&u64::from_le_bytes(x))
            .is_ok();
    }
    with_lower(w, |l| could_start(l, vague))
}

fn could_start(w: &str, vague: &VagueTable) -> bool {
    match pack(w) {
        Some(p) => vague.packed_starters.binary_search(&p).is_ok(),
        None => vague.long_starters.iter().any(|s| s == w),
    }
}

#[cfg(test)]
fn could_start_slow(w: &str, vague: &VagueTable) -> bool {
    // the first words of PREFIXES (tested against the list in `prefix_first_words`)
    let fixed = matches!(
        w,
        "another"
            | "between"
            | "a"
            | "an"
            | "at"
            | "no"
            | "not"
            | "more"
            | "over"
            | "above"
            | "upwards"
            | "in"
            | "as"
            | "up"
            | "fewer"
            | "less"
            | "under"
            | "about"
            | "around"
            | "approximately"
            | "some"
            | "roughly"
            | "nearly"
            | "almost"
            | "estimated"
            | "close"
            | "approx"
            | "circa"
            | "dozen"
    );
    fixed || unit_value(w).is_some() || vague.by_first.iter().any(|(f, _)| f == w)
}

/// Every quantity expression in `text`, left to right, non-overlapping.
/// Numbers too large to be counts are skipped, not reported.
pub fn scan(text: &str, vague: &VagueTable) -> Vec<Found> {
    scan_tokens(text, &tokenize(text), vague)
}

/// `scan` over tokens another tokenizer made, given as (kind, start, end): they must be
/// the tokens `tokenize` makes of `text` (the extractor's `Tokens` are, but for a vertical
/// tab, which they keep as punctuation: `scan` reads such a text itself).
pub(crate) fn scan_spans(
    text: &str,
    spans: impl ExactSizeIterator<Item = (Kind, usize, usize)>,
    vague: &VagueTable,
) -> Vec<Found> {
    // (memchr: `str::contains` of a char reads the text a word at a time)
    if memchr::memchr(0x0b, text.as_bytes()).is_some() {
        return scan(text, vague);
    }
    // (the buffer of the last document's tokens on this thread, reused)
    let mut toks: Vec<Token> = SPARE_TOKENS
        .try_with(|s| s.take())
        .map(recycle)
        .unwrap_or_default();
    toks.extend(spans.map(|(kind, start, end)| Token {
        kind,
        text: &text[start..end],
        start,
        end,
    }));
    let found = scan_tokens(text, &toks, vague);
    let _ = SPARE_TOKENS.try_with(|s| {
        if toks.capacity() > s.borrow().capacity() {
            s.replace(recycle(toks));
        }
    });
    found
}

thread_local! {
    /// The token vector of the last text `scan_spans` read on this thread, empty, for the
    /// next: a fresh vector of a document's tokens is a large allocation, which costs glibc
    /// about 9,000 instructions (a sorting of its free lists), as much as reading a hundred
    /// tokens (session 19).
    static SPARE_TOKENS: std::cell::RefCell<Vec<Token<'static>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// An empty vector of tokens of another text, in `v`'s buffer: collecting a vector's own
/// iterator into tokens of the same size and alignment keeps its allocation (std's
/// in-place collection; without it, an empty vector and no harm).
fn recycle<'b>(mut v: Vec<Token<'_>>) -> Vec<Token<'b>> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

fn scan_tokens(text: &str, toks: &[Token], vague: &VagueTable) -> Vec<Found> {
    // (about one quantity in 20 tokens of news text)
    let mut out = Vec::with_capacity(toks.len() / 16 + 1);
    let mut i = 0;
    while i < toks.len() {
        // most tokens are words that start nothing: one test, no phrase reading
        let t = &toks[i];
        // (an opening square bracket before digits may hold a transcriber's figure: rule
        // bracketed_count)
        let bracket = t.kind == Kind::Punct
            && t.text == "["
            && toks.get(i + 1).is_some_and(|n| n.kind == Kind::Num);
        if (t.kind == Kind::Punct && !bracket)
            || (t.kind == Kind::Word && !(may_start(t.text, vague) && starts(t.text, vague)))
        {
            i += 1;
            continue;
        }
        match read_phrase(toks, i, vague) {
            Ok(Some(p)) if p.len > 0 => {
                let (start, end, quantity) = to_quantity(text, toks, i, &p);
                out.push(Found {
                    start,
                    end,
                    quantity,
                    article: p.article,
                    bare_digits: p.bare_digits,
                });
                i += p.len;
            }
            _ => i += 1,
        }
    }
    half_of_figure(text, &mut out);
    estimate_spans_pair(text, &mut out);
    out
}

/// Rule estimate_spans_pair (session 25, ho25kinds): an estimate written before the first
/// of two figures joined by one word and "and" ("estimated at 8 dead and 12 wounded", "an
/// estimated 300 killed and 40 hurt") is the second's too: the bare second figure becomes
/// "about" as the first, its written text unchanged. Not "about 8 dead and 12 wounded"
/// (only a word of estimating spans both), nor "an estimated 300 were killed and 40 ..."
/// (more than one word between). Session 27 (ho27kinds): "more than" spans the pair as an
/// estimate does ("more than 300 dead and 800 wounded": more_than 801 for the second).
fn estimate_spans_pair(text: &str, out: &mut [Found]) {
    // The outcome words that may end the first figure of a pair (rule estimate_spans_pair).
    const PAIR_OUTCOME_WORDS: [&str; 9] = [
        "dead",
        "killed",
        "wounded",
        "injured",
        "hurt",
        "missing",
        "deaths",
        "casualties",
        "injuries",
    ];
    for i in 1..out.len() {
        let (a, b) = out.split_at_mut(i);
        let (first, second) = (&a[i - 1], &mut b[0]);
        // (the written text's start compared in any case, in place: session 30 (speed30)
        // dropped a lower-case copy of every figure's text, one allocation a figure)
        let written = first.quantity.written.as_bytes();
        let opens = |p: &str| {
            written
                .get(..p.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(p.as_bytes()))
        };
        let estimate = first.quantity.qualifier == Qualifier::About
            && (opens("estimated") || opens("an estimated"));
        // session 27 (ho27kinds): "more than" likewise ("more than 300 dead and 800
        // wounded": more_than for both); not "at least", which no sheet reads over a pair
        let more_than = first.quantity.qualifier == Qualifier::MoreThan && opens("more than");
        if !(estimate || more_than)
            || second.quantity.qualifier != Qualifier::Exact
            || !second.bare_digits
        {
            continue;
        }
        let between = text.get(first.end..second.start).unwrap_or("");
        let words: Vec<&str> = between.split_whitespace().collect();
        // (mendx27, review 1) the word between is an outcome word, so the two figures are
        // a pair of outcomes ("300 dead and 800 wounded"), not a list of victims ("more
        // than 50 rebels and 7 soldiers died": 7 is exact)
        let joined = words.len() == 2
            && PAIR_OUTCOME_WORDS
                .iter()
                .any(|w| words[0].eq_ignore_ascii_case(w))
            && words[1].eq_ignore_ascii_case("and");
        let Some(n) = second.quantity.low.filter(|_| joined) else {
            continue;
        };
        if second.quantity.high == Some(n) {
            let qualifier = first.quantity.qualifier;
            let (low, high) = interval(qualifier, n);
            let q = &mut second.quantity;
            q.qualifier = qualifier;
            q.low = low;
            q.high = high;
            second.bare_digits = false;
        }
    }
}

/// Rule half_of_figure (session 23, gaps23): "half of the 60 passengers" is 30, a share
/// of a figure told right after it ("Half", "half", then "of the" and an exact figure of
/// at least 2): the share's quantity becomes the half (exact when the figure is even, else
/// the range of its two halves: "half of the 25" 12-13), its written text unchanged; the
/// figure itself is the whole the half is counted from (extraction rule whole_of_half
/// drops it). "half of the population" (no figure) stays a vague share; "half a million"
/// is read by the phrase grammar before this.
fn half_of_figure(text: &str, out: &mut [Found]) {
    for i in 1..out.len() {
        let (a, b) = out.split_at_mut(i);
        let (share, whole) = (&mut a[i - 1], &b[0]);
        if share.quantity.qualifier != Qualifier::Vague
            || !share.quantity.written.eq_ignore_ascii_case("half")
            || whole.quantity.qualifier != Qualifier::Exact
        {
            continue;
        }
        let between = text.get(share.end..whole.start).unwrap_or("");
        let mut words = between.split_whitespace();
        let of_the = words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && words.next().is_none();
        let Some(n) = whole.quantity.low.filter(|&n| n >= 2) else {
            continue;
        };
        if of_the && whole.quantity.high == Some(n) {
            let q = &mut share.quantity;
            q.low = Some(n / 2);
            q.high = Some(n - n / 2);
            q.qualifier = if n % 2 == 0 {
                Qualifier::Exact
            } else {
                Qualifier::Range
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> (Qualifier, Option<i64>, Option<i64>) {
        let q = parse(s, &VagueTable::default()).unwrap_or_else(|e| panic!("{s}: {e}"));
        (q.qualifier, q.low, q.high)
    }

    /// The tokenizer as it was (a peekable char iterator): the byte-stepping one must give
    /// the same tokens.
    fn reference_tokenize(text: &str) -> Vec<(Kind, usize, usize)> {
        let mut toks = Vec::new();
        let b = text.as_bytes();
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            let kind;
            let mut end = i + c.len_utf8();
            if c.is_ascii_digit() {
                kind = Kind::Num;
                end = digits_end(b, i);
                while it.peek().is_some_and(|&(j, _)| j < end) {
                    it.next();
                }
            } else if c.is_alphabetic() {
                kind = Kind::Word;
                while let Some(&(j, ch)) = it.peek() {
                    let apostrophe = (ch == '\'' || ch == '’')
                        && text[j + ch.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphabetic);
                    if ch.is_alphabetic() || apostrophe {
                        end = j + ch.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                }
            } else {
                kind = Kind::Punct;
            }
            toks.push((kind, i, end));
        }
        toks
    }

    #[test]
    fn tokens_as_the_reference_tokenizer_gives_them() {
        let mine = |t: &str| -> Vec<(Kind, usize, usize)> {
            tokenize(t)
                .iter()
                .map(|x| (x.kind, x.start, x.end))
                .collect()
        };
        for t in [
            "",
            "1,000 killed; 3.5 km; Guard’s o'clock rock'n'roll x' 'y",
            "Khān\u{0B}Ţūmān\u{85}İstanbul\u{A0}ΑΘΉΝΑ ² ١٢٣ — “x”",
        ] {
            assert_eq!(mine(t), reference_tokenize(t), "{t:?}");
        }
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/");
        for file in [
            "muc34/muc34_messages_with_casualty_keys.jsonl",
            "ecbplus/ecbplus_casualty_sentences.jsonl",
        ] {
            let text = std::fs::read_to_string(format!("{corpus}{file}")).unwrap();
            assert_eq!(mine(&text), reference_tokenize(&text), "{file}");
        }
    }

    #[test]
    fn spec_table() {
        use Qualifier::*;
        assert_eq!(p("13"), (Exact, Some(13), Some(13)));
        assert_eq!(p("thirteen"), (Exact, Some(13), Some(13)));
        assert_eq!(p("twenty-one"), (Exact, Some(21), Some(21)));
        assert_eq!(p("7.6 million"), (Exact, Some(7_600_000), Some(7_600_000)));
        assert_eq!(p("1,200"), (Exact, Some(1200), Some(1200)));
        assert_eq!(p("270,000"), (Exact, Some(270_000), Some(270_000)));
        assert_eq!(p("four hundred"), (Exact, Some(400), Some(400)));
        assert_eq!(p("two hundred and fifty"), (Exact, Some(250), Some(250)));
        assert_eq!(p("a"), (Exact, Some(1), Some(1)));
        assert_eq!(p("at least 220"), (AtLeast, Some(220), None));
        assert_eq!(p("no fewer than 5"), (AtLeast, Some(5), None));
        assert_eq!(p("a minimum of 5"), (AtLeast, Some(5), None));
        assert_eq!(p("more than 270,000"), (MoreThan, Some(270_001), None));
        assert_eq!(p("over four million"), (MoreThan, Some(4_000_001), None));
        assert_eq!(p("upwards of 10"), (MoreThan, Some(11), None));
        assert_eq!(p("above 680"), (MoreThan, Some(681), None));
        assert_eq!(p("as many as 13"), (AtMost, None, Some(13)));
        assert_eq!(p("up to 13"), (AtMost, None, Some(13)));
        assert_eq!(p("no more than 13"), (AtMost, None, Some(13)));
        assert_eq!(p("fewer than 10"), (LessThan, None, Some(9)));
        assert_eq!(p("under 10"), (LessThan, None, Some(9)));
        assert_eq!(p("around 400"), (About, Some(360), Some(440)));
        assert_eq!(p("an estimated 1,000"), (About, Some(900), Some(1100)));
        // session 18: "estimated at n" is the SPEC's "an estimated n"; a bound after the
        // number ("n or more") is "at least n"
        assert_eq!(p("estimated at 300"), (About, Some(270), Some(330)));
        assert_eq!(p("eleven or more"), (AtLeast, Some(11), None));
        assert_eq!(p("40 or fewer"), (AtMost, None, Some(40)));
        // session 26 (phrasing26): "-plus" glued to the number is "at least n"; a dash with
        // spaces is no bound ("30 - plus")
        assert_eq!(p("30-plus"), (AtLeast, Some(30), None));
        assert_eq!(p("200-plus"), (AtLeast, Some(200), None));
        assert!(parse("30 - plus", &VagueTable::default()).is_err());
        // (mendx26: a glued hyphen reads no "or" row: "50-more", "20-fewer" are no bounds)
        for w in ["50-more", "20-fewer", "12-less"] {
            let q = parse(w, &VagueTable::default());
            assert!(
                q.as_ref().map_or(true, |q| q.qualifier == Exact),
                "{w}: {q:?}"
            );
        }
        assert_eq!(p("two or three"), (Range, Some(2), Some(3)));
        assert_eq!(p("nearly 15"), (About, Some(13), Some(17)));
        assert_eq!(p("between 7 and 9"), (Range, Some(7), Some(9)));
        assert_eq!(p("7 to 9"), (Range, Some(7), Some(9)));
        assert_eq!(p("7-9"), (Range, Some(7), Some(9)));
        assert_eq!(p("7 - 9"), (Range, Some(7), Some(9)));
        assert_eq!(p("a dozen"), (About, Some(11), Some(13)));
        assert_eq!(p("several"), (Vague, Some(3), Some(9)));
        assert_eq!(p("dozens"), (Vague, Some(24), Some(99)));
        assert_eq!(p("tens of thousands"), (Vague, Some(20_000), Some(99_999)));
        assert_eq!(p("tens of"), (Vague, Some(20), Some(99)));
        assert_eq!(p("tens"), (Vague, Some(20), Some(99)));
        assert_eq!(p("millions"), (Vague, Some(2_000_000), Some(9_999_999)));
        assert_eq!(p("many"), (Vague, None, None));
        assert_eq!(p("around half of the population"), (Vague, None, None));
        assert_eq!(p("a third of them"), (Vague, None, None));
        // half of a scale word is a figure, not a share (issue 14)
        assert_eq!(p("half a million"), (Exact, Some(500_000), Some(500_000)));
        assert_eq!(
            p("nearly half a million"),
            (About, Some(450_000), Some(550_000))
        );
        assert_eq!(p("half a dozen"), (Exact, Some(6), Some(6)));
        assert_eq!(
            p("tens of thousands more"),
            (Vague, Some(20_000), Some(99_999))
        );
        assert!(
            parse("tens of thousands more", &VagueTable::default())
                .unwrap()
                .increment
        );
    }

    #[test]
    fn four_more_is_an_increment() {
        let q = parse("four more", &VagueTable::default()).unwrap();
        assert_eq!((q.low, q.high, q.increment), (Some(4), Some(4), true));
        let q = parse("at least another 17", &VagueTable::default()).unwrap();
        assert_eq!(
            (q.qualifier, q.low, q.high, q.increment),
            (Qualifier::AtLeast, Some(17), None, true)
        );
        let q = parse("another 12", &VagueTable::default()).unwrap();
        assert!(q.increment);
    }

    #[test]
    fn rejects_what_is_not_a_quantity() {
        let v = VagueTable::default();
        assert!(parse("-5", &v).is_err());
        assert!(parse("lots of people", &v).is_err());
        assert!(parse("13 soldiers", &v).is_err());
        assert!(matches!(
            parse("1000000000000000000000000000000", &v),
            Err(QuantityError::TooLarge(_))
        ));
        assert!(parse("", &v).is_err());
    }

    #[test]
    fn prefix_first_words() {
        let v = VagueTable::default();
        for (p, _) in PREFIXES {
            assert!(
                could_start(p[0], &v) && STARTERS.contains(&p[0]),
                "{}",
                p[0]
            );
            assert!(may_start(&p[0].to_uppercase(), &v));
        }
        for w in STARTERS {
            assert!(could_start(w, &v) && may_start(w, &v), "{w}");
        }
        for w in [
            "the",
            "of",
            "half",
            "thousands",
            "approximately",
            "several",
            "zzz",
            "é",
        ] {
            assert_eq!(could_start(w, &v), could_start_slow(w, &v), "{w}");
        }
        assert!(!may_start("of", &v));
    }

    /// `match_at` (which passes over a phrase whose packed second word differs) finds what
    /// comparing every phrase of the group word by word finds, at every token of every
    /// ECB+ and MUC-3/4 text, as written and in capitals, and at every token of each
    /// phrase of the table followed by each word of the table.
    #[test]
    fn vague_match_is_the_plain_longest_match() {
        let v = VagueTable::default();
        let plain = |toks: &[Token], i: usize| -> Option<(usize, Bounds)> {
            let l = toks.get(i)?.lower();
            let (_, group) = v.by_first.iter().find(|(f, _)| *f == l)?;
            group.iter().find_map(|(words, b)| {
                (i + words.len() <= toks.len()
                    && words
                        .iter()
                        .enumerate()
                        .all(|(k, w)| toks[i + k].lower() == *w))
                .then_some((words.len(), *b))
            })
        };
        let mut texts = crate::extract::tests::corpus_texts();
        let rows = v.rows();
        for (a, _, _) in &rows {
            for (b, _, _) in &rows {
                texts.push(format!("{a} {b}, {a}"));
            }
        }
        let (checked, matched) = agree_at_every_token(&texts, |t, i| v.match_at(t, i), plain);
        assert!(checked > 1_000_000 && matched > 1000, "{checked} {matched}");
    }

    /// Compares `fast` with `plain` at every token of every text, as written and in
    /// capitals: (tokens compared, tokens where `plain` found something).
    fn agree_at_every_token<T: PartialEq + std::fmt::Debug>(
        texts: &[String],
        fast: impl Fn(&[Token], usize) -> Option<T>,
        plain: impl Fn(&[Token], usize) -> Option<T>,
    ) -> (usize, usize) {
        let (mut checked, mut matched) = (0, 0);
        for text in texts {
            for text in [text.clone(), text.to_uppercase()] {
                let toks = tokenize(&text);
                for i in 0..toks.len() {
                    let want = plain(&toks, i);
                    assert_eq!(fast(&toks, i), want, "{i} {text:.80}");
                    checked += 1;
                    matched += want.is_some() as usize;
                }
            }
        }
        (checked, matched)
    }

    /// `match_prefix`, which compares only the prefixes whose first word starts with the
    /// token's letter, finds what comparing every prefix in order finds (the longest, the
    /// first of equal length), at every token of every ECB+ and MUC-3/4 text as written and
    /// in capitals, and of every pair of the prefixes.
    #[test]
    fn prefix_match_is_the_match_of_every_prefix() {
        let plain = |toks: &[Token], i: usize| -> Option<(usize, Qualifier)> {
            let t0 = toks.get(i).filter(|t| t.kind == Kind::Word)?;
            let mut best: Option<(usize, Qualifier)> = None;
            for (p, q) in PREFIXES {
                let ok = t0.is(p[0])
                    && p[1..]
                        .iter()
                        .enumerate()
                        .all(|(k, w)| toks.get(i + 1 + k).is_some_and(|t| t.is(w)));
                if ok && best.is_none_or(|(m, _)| p.len() > m) {
                    best = Some((p.len(), *q));
                }
            }
            best
        };
        let mut texts = crate::extract::tests::corpus_texts();
        for (a, _) in PREFIXES {
            for (b, _) in PREFIXES {
                texts.push(format!("{} 12 {} 3, {}", a.join(" "), b.join(" "), a[0]));
            }
        }
        let (checked, matched) = agree_at_every_token(&texts, match_prefix, plain);
        assert!(
            checked > 1_000_000 && matched > 10_000,
            "{checked} {matched}"
        );
    }

    /// The extractor's tokens read by `scan_spans` find what `scan` finds, on every ECB+
    /// and MUC-3/4 text, the seeds, and text with a vertical tab (which the two
    /// tokenizers split differently).
    #[test]
    fn extractor_tokens_find_what_scan_finds() {
        use crate::extract::{lexicon::Lexicon, tokens};
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/");
        let mut texts = vec![
            "at least\u{b}5 killed; between 3\u{b}and 4 more; \u{b}a dozen".to_string(),
            "Some 2,500 fled, a couple of men and SEVERAL HUNDRED left; l’été 3".to_string(),
        ];
        texts.extend(crate::extract::tests::corpus_texts());
        for i in 0..5 {
            let seed = std::fs::read_dir(format!("{dir}seeds"))
                .unwrap()
                .filter_map(|e| e.ok())
                .nth(i)
                .unwrap();
            texts.push(std::fs::read_to_string(seed.path()).unwrap());
        }
        assert!(texts.len() > 1000, "{}", texts.len());
        let (lex, v) = (Lexicon::load(), VagueTable::default());
        let mut found = 0;
        for text in &texts {
            let toks = tokens::Tokens::new(text, &lex);
            let want = scan(text, &v);
            found += want.len();
            assert_eq!(
                scan_spans(text, toks.quantity_spans(), &v),
                want,
                "{text:.80}"
            );
            if !text.contains('\u{b}') {
                let mine: Vec<(Kind, usize, usize)> = tokenize(text)
                    .iter()
                    .map(|t| (t.kind, t.start, t.end))
                    .collect();
                let theirs: Vec<(Kind, usize, usize)> = toks.quantity_spans().collect();
                assert_eq!(mine, theirs, "{text:.80}");
            }
        }
        assert!(found > 10_000, "{found}");
    }

    #[test]
    fn fast_paths_keep_the_grammar() {
        // the allocation-free prefix and vague-word checks still find the longest match
        let v = VagueTable::default();
        let t =
            "No more than 5 died; a couple of men and tens of thousands fled; SEVERAL HUNDRED left";
        let f = scan(t, &v);
        let w: Vec<&str> = f.iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(
            w,
            [
                "No more than 5",
                "a couple of",
                "tens of thousands",
                "SEVERAL HUNDRED"
            ]
        );
        assert_eq!(f[0].quantity.qualifier, Qualifier::AtMost);
        assert_eq!(f[3].quantity.low, Some(300));
        assert_eq!(with_lower("ÉTÉ", |l| l.to_string()), "été");
    }

    #[test]
    fn scans_upper_case_and_spans() {
        let v = VagueTable::default();
        let t = "THREE REBELS WERE KILLED AND SEVEN OTHERS WERE HURT; ABOUT 50 FARMERS";
        let f = scan(t, &v);
        let w: Vec<&str> = f.iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(w, ["THREE", "SEVEN", "ABOUT 50"]);
        assert_eq!(f[2].quantity.low, Some(45));
    }
}
