//! Candidate numbers → casualty links or reasons to drop them.
//!
//! First the number is tested against what is never a casualty count (money, percentages,
//! ages, times, durations, distances, measures, ordinals and unit numbers, dates and
//! years, vote counts). Then it is linked to an outcome by one of a few general patterns
//! over the word lists of `data/extract/`:
//! - victims then outcome: "13 advisers had been killed", "21 wounded", "5 people dead",
//!   "four of them have fallen as martyrs" (`pred` phrases);
//! - outcome word before victims: "one dead terrorist", "5 wounded soldiers";
//! - the number as the object of an outcome verb: "killed 56 people", "killing at least 10";
//! - an outcome noun: "49 deaths", "massacre of 49", "the bodies of 5 peasants";
//! - a toll: "the death toll rose to 30";
//! - results: "left 20 dead", "forced millions to flee";
//! - "including three officers" takes the outcome of the claim it belongs to.

use super::lexicon::*;
use super::tokens::{Kind, Tokens};
use crate::model::Outcome;
use crate::quantity::Found;

/// A victim phrase: token range (inclusive) as written, and whether it names people.
#[derive(Debug, Clone, Copy)]
pub struct Np {
    pub a: usize,
    pub end: usize,
    pub head: usize,
    pub person: bool,
}

/// How a number was tied to an outcome.
#[derive(Debug, Clone)]
pub struct Link {
    pub outcome: Outcome,
    pub victims: Option<(usize, usize)>,
    pub how: String,
    /// The token after the outcome phrase (for "killed by ...").
    pub after: usize,
    /// The outcome is a toll that rose ("death toll rose to"): a running total.
    pub cumulative: bool,
    /// The first token of the outcome phrase.
    pub cue: usize,
    /// "including three officers": the outcome is the enclosing claim's (set later).
    pub inherit: bool,
    /// The number is the object of the outcome ("killed six priests"): a figure joined to it
    /// by "and" shares the outcome.
    pub object: bool,
}

pub enum Verdict {
    Keep(Link),
    /// The reason, and whether to report it (a bare "a"/"an" before anything but a person
    /// noun is not a candidate number at all).
    Drop(String, bool),
}

const ORDINAL_SUFFIX: &[&str] = &["st", "nd", "rd", "th", "d"];

/// Lexicon phrases of `role` starting at token `i`: (phrase, length in tokens).
pub fn phrase_at<'l>(
    lex: &'l Lexicon,
    t: &Tokens,
    i: usize,
    limit: usize,
    role: Role,
) -> Option<&'l Phrase> {
    if i >= limit || !t.has(i, OUTCOME_START) {
        return None;
    }
    let list = lex.phrases.get(t.low(i))?;
    list.iter().find(|p| {
        p.role == role
            && i + p.words.len() <= limit
            && p.words.iter().enumerate().all(|(k, w)| t.low(i + k) == w)
    })
}

/// A phrase of `role` that ends right before token `end` (exclusive), not before `floor`.
fn phrase_ending<'l>(
    lex: &'l Lexicon,
    t: &Tokens,
    end: usize,
    floor: usize,
    role: Role,
) -> Option<(&'l Phrase, usize)> {
    for k in (1..=5usize).rev() {
        if end < floor + k {
            continue;
        }
        let s = end - k;
        if let Some(p) = phrase_at(lex, t, s, end, role) {
            if p.words.len() == k {
                return Some((p, s));
            }
        }
    }
    None
}

fn is_person_word(t: &Tokens, i: usize) -> bool {
    t.has(i, PERSON) || matches!(t.stem(i), "them" | "whom" | "us" | "those" | "others")
}

/// Words that cannot be inside a victim phrase.
fn breaks_np(t: &Tokens, i: usize) -> bool {
    if t.kind(i) != Some(Kind::Word) {
        return true;
    }
    let f = t.v[i].flags;
    if f & (PREP | CONJ | AUX | SPEECH | PRON | STOP | ADV | DET | WEEKDAY | MONTH) != 0
        || t.is(i, "of")
    {
        return true;
    }
    // an outcome word ends the phrase unless it also names people ("refugees", "hostages")
    f & OUTCOME_START != 0 && f & PERSON == 0
}

/// One run of modifiers and nouns from `i`: (first, last) inclusive, at most 6 words;
/// hyphens joining words ("Al-Nusra", "high-ranking") stay inside.
fn run(t: &Tokens, i: usize, limit: usize) -> Option<(usize, usize)> {
    let mut j = i;
    let mut words = 0;
    let mut last = None;
    while j < limit && words < 6 {
        if t.is_word(j) && !breaks_np(t, j) {
            last = Some(j);
            words += 1;
            j += 1;
        } else if t.is_dash(j)
            && last == Some(j - 1)
            && !t.v[j].space_before
            && j + 1 < limit
            && t.is_word(j + 1)
            && !t.v[j + 1].space_before
        {
            j += 1;
        } else {
            break;
        }
    }
    last.map(|l| (i, l))
}

/// The victim phrase starting at `i`: "Iranian military advisors", "members of the Iranian
/// Special Forces", "of the Guard's members", "of them".
pub fn np(t: &Tokens, i: usize, limit: usize) -> Option<Np> {
    let mut j = i;
    while j < limit && t.has(j, DET) && !t.is(j, "that") {
        j += 1;
    }
    // "an 18-year-old girl": the age is part of the phrase
    let age_start = j;
    if t.kind(j) == Some(Kind::Num) {
        let mut k = j + 1;
        while t.is_dash(k) {
            k += 1;
        }
        if matches!(t.low(k), "year" | "years") {
            k += 1;
            while t.is_dash(k) {
                k += 1;
            }
            if t.is(k, "old") && k + 1 < limit {
                j = k + 1;
            }
        }
    }
    let first = run(t, j, limit);
    let head_of = |(a, b): (usize, usize)| -> (usize, bool) {
        match (a..=b).rev().find(|&k| is_person_word(t, k)) {
            Some(k) => (k, true),
            None => (b, false),
        }
    };
    let (a, mut end, mut head, mut person) = match first {
        Some(r) => {
            let (h, p) = head_of(r);
            (r.0, h, h, p)
        }
        None => (j, usize::MAX, usize::MAX, false),
    };
    // "of" + (det) + run: "members of the Iranian Special Forces", "several of the Guard's members"
    let of_at = if end == usize::MAX { j } else { end + 1 };
    if t.is(of_at, "of") && (first.is_none() || first.is_some_and(|r| r.1 == end)) {
        let mut k = of_at + 1;
        while k < limit && t.has(k, DET) && !t.is(k, "that") {
            k += 1;
        }
        if let Some(r2) = run(t, k, limit) {
            let (h2, p2) = head_of(r2);
            if first.is_none() {
                head = h2;
                person = p2;
            }
            end = h2;
        }
    }
    if end == usize::MAX {
        return None;
    }
    // a name the lexicon does not know ("Taliban", "Hezbollah") counts as people
    if !person && t.v[head].flags == 0 && t.raw(head).starts_with(char::is_uppercase) {
        person = true;
    }
    Some(Np {
        a: if first.is_some() {
            a.min(age_start)
        } else {
            of_at + 1
        },
        end,
        head,
        person,
    })
}

/// Number words and quantity words that may open a coordinated victim phrase
/// ("six priests and TWO WOMEN were killed").
fn quantity_word(t: &Tokens, i: usize) -> bool {
    t.kind(i) == Some(Kind::Num)
        || matches!(
            t.low(i),
            "a" | "an"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "hundred"
                | "hundreds"
                | "thousand"
                | "thousands"
                | "dozen"
                | "dozens"
                | "several"
                | "few"
                | "some"
                | "many"
                | "other"
                | "another"
                | "at"
                | "least"
                | "more"
                | "than"
                | "about"
                | "nearly"
                | "over"
                | "up"
                | "as"
                | "million"
        )
}

/// A coordinated or appositive victim phrase from `p` (", members of the secret police,",
/// "and two women", "-- five Spaniards and one Salvadoran --"): the token after it.
fn skip_conjunct(t: &Tokens, p: usize, limit: usize) -> Option<usize> {
    let dash2 = t.is_dash(p) && t.is_dash(p + 1);
    let opener = t.is(p, "and") || t.is_punct(p, ",") || t.is_dash(p);
    if !opener {
        return None;
    }
    let mut k = p + if dash2 { 2 } else { 1 };
    if t.is_punct(p, ",") && t.is(k, "and") {
        k += 1;
    }
    let mut n = 0;
    while k < limit && quantity_word(t, k) && n < 5 {
        k += 1;
        n += 1;
    }
    let v = np(t, k, limit)?;
    if !v.person || v.a > k + 1 {
        return None;
    }
    let mut e = v.end + 1;
    // a closing comma or dash of an appositive
    if (t.is_punct(p, ",") || t.is_dash(p)) && (t.is_punct(e, ",") || t.is_dash(e)) {
        e += 1;
        while t.is_dash(e) {
            e += 1;
        }
    }
    Some(e)
}

fn skip_aux(t: &Tokens, mut p: usize, limit: usize) -> Option<usize> {
    let mut n = 0;
    let start = p;
    while p < limit && n < 8 {
        if t.is(p, "not") || t.is(p, "never") || t.is(p, "no") {
            return None;
        }
        // "two people who were killed", "six priests that were murdered",
        // "six priests, five of them Spaniards, who were killed"
        if (p == start || (p > 0 && t.is_punct(p - 1, ",") && n > 0))
            && matches!(t.low(p), "who" | "that" | "which")
        {
            p += 1;
            n += 1;
            continue;
        }
        let ly = t.is_word(p) && t.low(p).ends_with("ly") && t.low(p).len() > 4;
        if (t.has(p, AUX) || t.has(p, ADV) || ly || t.is(p, "found")) && !t.has(p, OUTCOME_START) {
            p += 1;
            n += 1;
            continue;
        }
        // "(three soldiers and five civilians)" between the victims and the verb
        if t.is_punct(p, "(") || t.is_punct(p, "[") {
            let close = if t.is_punct(p, "(") { ")" } else { "]" };
            if let Some(k) = (p + 1..limit.min(p + 16)).find(|&k| t.is_punct(k, close)) {
                p = k + 1;
                n += 1;
                continue;
            }
        }
        // ", four of whom are policemen," between the victims and the verb
        if t.is_punct(p, ",") && quantity_word(t, p + 1) {
            let mut k = p + 1;
            while k < limit && quantity_word(t, k) {
                k += 1;
            }
            if t.is(k, "of") && matches!(t.low(k + 1), "whom" | "them") {
                if let Some(c) = (k + 2..limit.min(k + 10)).find(|&c| t.is_punct(c, ",")) {
                    p = c + 1;
                    n += 1;
                    continue;
                }
            }
        }
        // ", including two children," between the victims and the verb
        if t.is_punct(p, ",") && (t.is(p + 1, "including") || t.is(p + 1, "among")) {
            let mut k = p + 2;
            while k < limit && k < p + 14 && !t.is_punct(k, ",") {
                k += 1;
            }
            if t.is_punct(k, ",") {
                p = k + 1;
                n += 1;
                continue;
            }
        }
        if n == 0 || p == start {
            if let Some(e) = skip_conjunct(t, p, limit) {
                p = e;
                n += 1;
                continue;
            }
        }
        break;
    }
    Some(p)
}

/// "were among those killed", "are among the wounded": the outcome phrase after "among".
fn among<'l>(lex: &'l Lexicon, t: &Tokens, p: usize, limit: usize) -> Option<(&'l Phrase, usize)> {
    if !t.is(p, "among") || !matches!(t.low(p + 1), "the" | "those") {
        return None;
    }
    let q = p + 2;
    phrase_at(lex, t, q, limit, Role::Pred)
        .or_else(|| phrase_at(lex, t, q, limit, Role::Noun))
        .map(|ph| (ph, q))
}

/// Which of the never-a-casualty kinds the number is, if any.
fn not_a_count(t: &Tokens, qa: usize, qb: usize, f: &Found, sa: usize) -> Option<String> {
    let w = &f.quantity.written;
    let prev = |k: usize| if qa >= sa + k { Some(qa - k) } else { None };
    let mut n = qb;
    while t.is_dash(n) {
        n += 1;
    }
    let p1 = prev(1);
    // money
    if p1.is_some_and(|p| matches!(t.raw(p), "$" | "€" | "£" | "¥") || t.raw(p).ends_with('$'))
        || t.has(n, MONEY_UNIT)
    {
        return Some(format!("dropped: money '{w}'"));
    }
    if t.has(n, PERCENT) || (t.is(n, "per") && t.is(n + 1, "cent")) {
        return Some(format!("dropped: percentage '{w}'"));
    }
    // ages: "33-year-old", "33 years old", "aged 33"
    if t.is(n, "year") || t.is(n, "years") {
        let mut k = n + 1;
        while t.is_dash(k) {
            k += 1;
        }
        if t.is(k, "old") {
            return Some(format!("dropped: age '{w}-year-old'"));
        }
    }
    if p1.is_some_and(|p| t.is(p, "aged") || t.is(p, "age") || t.is(p, "ages")) {
        return Some(format!("dropped: age 'aged {w}'"));
    }
    // times: "2200 GMT", "1am", "14:12"
    if t.has(n, CLOCK)
        || (t.is_punct(qb, ":") && t.kind(qb + 1) == Some(Kind::Num))
        || p1.is_some_and(|p| t.is_punct(p, ":") && p > sa && t.kind(p - 1) == Some(Kind::Num))
        || (t.is(n, "a") && t.is_punct(n + 1, ".") && t.is(n + 2, "m"))
        || (t.is(n, "p") && t.is_punct(n + 1, ".") && t.is(n + 2, "m"))
    {
        return Some(format!("dropped: time of day '{w}'"));
    }
    if t.has(n, TIME_UNIT) {
        return Some(format!("dropped: duration '{w} {}'", t.raw(n)));
    }
    if t.has(n, DIST_UNIT) {
        return Some(format!("dropped: distance '{w} {}'", t.raw(n)));
    }
    if t.has(n, MEASURE) {
        return Some(format!("dropped: measure '{w} {}'", t.raw(n)));
    }
    // ordinals and unit numbers: "65th Brigade", "3D INFANTRY BRIGADE", "No. 4", "Route 9"
    if t.is_word(qb)
        && !t.v[qb].space_before
        && ORDINAL_SUFFIX.contains(&t.low(qb))
        && t.kind(qb - 1) == Some(Kind::Num)
    {
        return Some(format!(
            "dropped: ordinal or unit number '{w}{}'",
            t.raw(qb)
        ));
    }
    if f.bare_digits {
        if let Some(p) = p1 {
            let unit_before = t.has(p, UNIT_NOUN)
                || t.raw(p) == "#"
                || (t.is_punct(p, ".") && p > sa && (t.is(p - 1, "no") || t.is(p - 1, "nos")));
            if unit_before {
                return Some(format!("dropped: unit number '{} {w}'", t.raw(p)));
            }
            // "M-16", "AK-47", "F-16"
            if t.is_dash(p)
                && !t.v[p].space_before
                && !t.v[qa].space_before
                && p > sa
                && t.is_word(p - 1)
                && t.raw(p - 1).len() <= 3
            {
                return Some(format!("dropped: designation '{}-{w}'", t.raw(p - 1)));
            }
        }
    }
    // dates and years
    let month_after = t.has(n, MONTH)
        && (!t.is(n, "may")
            || t.kind(n + 1).is_none_or(|k| k != Kind::Word)
            || t.raw(n) == "May" && t.kind(n + 1) == Some(Kind::Num));
    let mut pm = p1;
    if let Some(p) = pm {
        if t.is_punct(p, ".") && p > sa {
            pm = Some(p - 1);
        }
    }
    let month_before =
        pm.is_some_and(|p| t.has(p, MONTH) && (!t.is(p, "may") || t.raw(p) != "may"));
    if f.bare_digits && (month_after || month_before) {
        return Some(format!("dropped: date '{w}'"));
    }
    if f.bare_digits {
        if let (Some(lo), true) = (f.quantity.low, w.len() == 4) {
            if (1800..=2100).contains(&lo) {
                let person_next = np(t, qb, t.v.len()).is_some_and(|x| x.person && x.a == qb);
                if !person_next {
                    return Some(format!("dropped: year '{w}'"));
                }
            }
        }
        // "12.11.2015", "1990s"
        if t.is_word(qb) && !t.v[qb].space_before && t.is(qb, "s") {
            return Some(format!("dropped: decade '{w}s'"));
        }
        if p1.is_some_and(|p| t.is_punct(p, ".") || t.is_punct(p, "/"))
            && !t.v[qa].space_before
            && p1.is_some_and(|p| p > sa && t.kind(p - 1) == Some(Kind::Num))
        {
            return Some(format!("dropped: date '{w}'"));
        }
    }
    if t.has(n, VOTE) || p1.is_some_and(|p| t.is(p, "voted")) {
        return Some(format!("dropped: vote count '{w}'"));
    }
    None
}

/// Decides one candidate. `sa..sb` is the sentence's token range, `qa..qb` the number's.
pub fn decide(
    lex: &Lexicon,
    t: &Tokens,
    f: &Found,
    qa: usize,
    qb: usize,
    sa: usize,
    sb: usize,
) -> Verdict {
    let w = &f.quantity.written;
    let victims = np(t, qb, sb);
    // "about a", "some an": a qualifier before an article is still an article
    let article = f.article || (qb > qa + 1 && matches!(t.low(qb - 1), "a" | "an"));
    if article {
        // a bare a/an/one counts only before a person noun (maybe after "dead": "one dead terrorist")
        let direct = victims.filter(|v| {
            (v.a == qb || t.is(qb, "of")) && (t.has(v.head, PERSON) || is_person_word(t, v.head))
        });
        let adj = phrase_at(lex, t, qb, sb, Role::Pred)
            .and_then(|p| np(t, qb + p.words.len(), sb))
            .filter(|v| v.person);
        let ok = direct.is_some_and(|v| v.person) || adj.is_some();
        if !ok {
            // a bare "a"/"an" is not a candidate number: no reason to write
            if !t.is(qa, "one") {
                return Verdict::Drop(String::new(), false);
            }
            return Verdict::Drop(format!("dropped: '{w}' not before a person noun"), true);
        }
    }
    if let Some(r) = not_a_count(t, qa, qb, f, sa) {
        return Verdict::Drop(r, true);
    }
    // "a third employee", "half the time": a share needs what it is a share of
    let share = matches!(
        t.low(qb.saturating_sub(1)),
        "half" | "third" | "thirds" | "quarter" | "quarters" | "majority" | "most"
    );
    if share && !t.is(qb, "of") {
        return Verdict::Drop(
            format!("dropped: '{w}' is not a share of anything named"),
            true,
        );
    }
    let vict_range = |v: &Np| Some((v.a, v.end));

    // 1. outcome word right after the number, then maybe the victims: "21 wounded",
    //    "one dead terrorist", "13 killed and 21 wounded"
    let p0 = skip_aux(t, qb, sb).unwrap_or(qb);
    {
        if let Some(ph) = phrase_at(lex, t, p0, sb, Role::Pred) {
            let after = p0 + ph.words.len();
            // before a noun only the adjectives: "one dead terrorist", "5 wounded soldiers"
            let adjectival = matches!(
                ph.words[0].as_str(),
                "dead"
                    | "wounded"
                    | "injured"
                    | "missing"
                    | "slain"
                    | "kidnapped"
                    | "abducted"
                    | "displaced"
                    | "murdered"
                    | "killed"
            );
            let v = np(t, after, sb).filter(|v| v.person && v.a == after && adjectival);
            if let Some(o) = ph.outcome {
                return Verdict::Keep(Link {
                    outcome: o,
                    victims: v.as_ref().and_then(vict_range),
                    how: format!("predicate '{}'", t.span_text(p0, after - 1)),
                    after,
                    cumulative: false,
                    cue: p0,
                    inherit: false,
                    object: false,
                });
            }
        }
    }
    // 2. victims, then (aux) outcome: "13 advisors had been killed", "four of them have fallen
    //    as martyrs", "5 people dead"; or an outcome noun: "5 civilian deaths"
    if let Some(v) = victims {
        if v.a == qb || t.is(qb, "of") || t.has(qb, DET) {
            let after_np = v.end + 1;
            if let Some(p) = skip_aux(t, after_np, sb) {
                if let (Some((ph, q)), true) = (among(lex, t, p, sb), v.person) {
                    if let Some(o) = ph.outcome {
                        let end = q + ph.words.len();
                        return Verdict::Keep(Link {
                            outcome: o,
                            victims: vict_range(&v),
                            how: format!("'{}'", t.span_text(p, end - 1)),
                            after: end,
                            cumulative: false,
                            cue: p,
                            inherit: false,
                            object: false,
                        });
                    }
                }
                if let Some(ph) = phrase_at(lex, t, p, sb, Role::Pred) {
                    let end = p + ph.words.len();
                    // "a gunman killed his girlfriend": an object follows, so the phrase
                    // before the verb is the killer, not the victims
                    let active = p == after_np
                        && (t.has(end, DET | PRON)
                            || t.kind(end) == Some(Kind::Num)
                            || matches!(
                                t.low(end),
                                "himself" | "herself" | "themselves" | "him" | "them"
                            )
                            || (t.is_word(end) && t.has(end, PERSON)));
                    if let (Some(o), true, false) = (ph.outcome, v.person, active) {
                        let how = if p > after_np {
                            format!("passive '{}'", t.span_text(after_np, end - 1))
                        } else {
                            format!("predicate '{}'", t.span_text(p, end - 1))
                        };
                        return Verdict::Keep(Link {
                            outcome: o,
                            victims: vict_range(&v),
                            how,
                            after: end,
                            cumulative: false,
                            cue: p,
                            inherit: false,
                            object: false,
                        });
                    }
                }
            }
            if let Some(ph) = phrase_at(lex, t, after_np, sb, Role::Noun) {
                if let Some(o) = ph.outcome {
                    if !article {
                        let end = after_np + ph.words.len();
                        return Verdict::Keep(Link {
                            outcome: o,
                            victims: vict_range(&v),
                            how: format!("noun '{}'", t.span_text(after_np, end - 1)),
                            after: end,
                            cumulative: false,
                            cue: after_np,
                            inherit: false,
                            object: false,
                        });
                    }
                }
            }
        }
    }
    // an outcome noun right after the number: "49 deaths", "3 casualties"
    if !article {
        if let Some(ph) = phrase_at(lex, t, qb, sb, Role::Noun) {
            if let Some(o) = ph.outcome {
                let end = qb + ph.words.len();
                return Verdict::Keep(Link {
                    outcome: o,
                    victims: None,
                    how: format!("noun '{}'", t.span_text(qb, end - 1)),
                    after: end,
                    cumulative: false,
                    cue: qb,
                    inherit: false,
                    object: false,
                });
            }
        }
    }
    let object_ok = |v: &Option<Np>, person_only: bool| match v {
        None => !person_only,
        Some(v) => v.person && (v.a == qb || t.is(qb, "of") || t.has(qb, DET)),
    };
    // 3. the number as an object: "killed 56 people", "killing at least 10", "the massacre of 49"
    if let Some((ph, s)) = phrase_ending(lex, t, qa, sa, Role::Verb) {
        // "lost 54 military personnel, including ..." but not "lost two players for the season"
        let loss_ok = !ph.person_object
            || victims
                .is_some_and(|v| !matches!(t.low(v.end + 1), "to" | "for" | "from" | "on" | "at"));
        if let (Some(o), true) = (ph.outcome, loss_ok) {
            if object_ok(&victims, ph.person_object) {
                return Verdict::Keep(Link {
                    outcome: o,
                    victims: victims.as_ref().and_then(vict_range),
                    how: format!("active '{}'", t.span_text(s, qa - 1)),
                    after: qb,
                    cumulative: false,
                    cue: s,
                    inherit: false,
                    object: true,
                });
            }
        }
    }
    let mut nb = qa;
    if nb > sa && t.has(nb - 1, DET) {
        nb -= 1;
    }
    if let Some((ph, s)) = phrase_ending(lex, t, nb, sa, Role::NounOf) {
        if let Some(o) = ph.outcome {
            if object_ok(&victims, false) {
                return Verdict::Keep(Link {
                    outcome: o,
                    victims: victims.as_ref().and_then(vict_range),
                    how: format!("'{}'", t.span_text(s, qa - 1)),
                    after: qb,
                    cumulative: false,
                    cue: s,
                    inherit: false,
                    object: true,
                });
            }
        }
    }
    // 4. a toll: "the death toll rose to 30", "a toll of 12"
    {
        let mut j = qa;
        let mut rising = false;
        let mut steps = 0;
        while j > sa && steps < 7 {
            if let Some((ph, s)) = phrase_ending(lex, t, j, sa, Role::Toll) {
                if j < qa || t.is(qa - 1, "toll") {
                    if let Some(o) = ph.outcome {
                        return Verdict::Keep(Link {
                            outcome: o,
                            victims: victims
                                .filter(|v| v.person && v.a == qb)
                                .as_ref()
                                .and_then(vict_range),
                            how: format!("toll '{}'", t.span_text(s, qa - 1)),
                            after: qb,
                            cumulative: rising,
                            cue: s,
                            inherit: false,
                            object: false,
                        });
                    }
                }
            }
            let k = j - 1;
            if t.has(k, TOLL_LINK) || t.has(k, DET) {
                if matches!(
                    t.low(k),
                    "rose"
                        | "risen"
                        | "rises"
                        | "rising"
                        | "climbed"
                        | "climbs"
                        | "climbing"
                        | "jumped"
                        | "increased"
                        | "grew"
                        | "reached"
                        | "reaches"
                ) {
                    rising = true;
                }
                j = k;
                steps += 1;
            } else {
                break;
            }
        }
    }
    // 5. results: "left 20 (people) dead", "forced millions to flee"
    if qa > sa {
        let pv = qa - 1;
        if let Some(ph) = phrase_at(lex, t, pv, qa, Role::Left) {
            let _ = ph;
            let p = match victims {
                Some(v) if v.a == qb => v.end + 1,
                _ => qb,
            };
            if let Some(r) = phrase_at(lex, t, p, sb, Role::Pred) {
                if let Some(o) = r.outcome {
                    let end = p + r.words.len();
                    return Verdict::Keep(Link {
                        outcome: o,
                        victims: victims
                            .filter(|v| v.a == qb && v.person)
                            .as_ref()
                            .and_then(vict_range),
                        how: format!("'{} ... {}'", t.raw(pv), t.span_text(p, end - 1)),
                        after: end,
                        cumulative: false,
                        cue: pv,
                        inherit: false,
                        object: false,
                    });
                }
            }
        }
        if let Some(ph) = phrase_at(lex, t, pv, qa, Role::Forced) {
            let p = match victims {
                Some(v) if v.a == qb => v.end + 1,
                _ => qb,
            };
            if t.is(p, "to") && matches!(t.low(p + 1), "flee" | "leave" | "abandon" | "evacuate") {
                return Verdict::Keep(Link {
                    outcome: ph.outcome.unwrap_or(Outcome::Displaced),
                    victims: victims
                        .filter(|v| v.a == qb && v.person)
                        .as_ref()
                        .and_then(vict_range),
                    how: format!("'{} ... to {}'", t.raw(pv), t.raw(p + 1)),
                    after: p + 2,
                    cumulative: false,
                    cue: pv,
                    inherit: false,
                    object: false,
                });
            }
        }
    }
    // 6. "including three high ranked officers": the outcome of the claim it belongs to
    let of_whom = qa > sa
        && t.is_punct(qa - 1, ",")
        && t.is(qb, "of")
        && matches!(t.low(qb + 1), "whom" | "them");
    if of_whom
        || qa > sa
            && (t.is(qa - 1, "including")
                || (t.is(qa - 1, "them") && t.is(qa.wrapping_sub(2), "among")))
            && victims.is_some_and(|v| v.person && v.a == qb)
    {
        return Verdict::Keep(Link {
            outcome: Outcome::Killed,
            victims: victims.as_ref().and_then(vict_range),
            how: format!("'{}' part of an earlier figure", t.raw(qa - 1)),
            after: qb,
            cumulative: false,
            cue: qa - 1,
            inherit: true,
            object: false,
        });
    }
    // "among the injured are two girls"
    if qa >= sa + 4 && t.has(qa - 1, AUX) {
        let mut k = qa - 1;
        let mut end = None;
        for len in 1..=3usize {
            if k < sa + len + 1 {
                break;
            }
            let st = qa - 1 - len;
            if let Some((ph, q)) = among(lex, t, st - 1, qa - 1) {
                if q + ph.words.len() == qa - 1 {
                    end = Some((ph, st - 1));
                    break;
                }
            }
            k = st;
        }
        let _ = k;
        if let Some((ph, st)) = end {
            if let (Some(o), true) = (ph.outcome, victims.is_some_and(|v| v.person && v.a == qb)) {
                return Verdict::Keep(Link {
                    outcome: o,
                    victims: victims.as_ref().and_then(vict_range),
                    how: format!("'{}'", t.span_text(st, qa - 1)),
                    after: qb,
                    cumulative: false,
                    cue: st,
                    inherit: false,
                    object: false,
                });
            }
        }
    }
    // dropped: say why
    if let Some(v) = victims.filter(|v| v.a == qb && v.person) {
        let phrase = t.span_text(qa, v.head);
        let sent = (qa.saturating_sub(4).max(sa)..qa).any(|k| t.has(k, SEND))
            || (v.end + 1..(v.end + 5).min(sb)).any(|k| t.has(k, SEND));
        if sent {
            return Verdict::Drop(
                format!("dropped: troops sent '{phrase}' not a casualty"),
                true,
            );
        }
        if t.has(v.head, COMBATANT) {
            return Verdict::Drop(
                format!("dropped: force size '{phrase}' not a casualty"),
                true,
            );
        }
        return Verdict::Drop(format!("dropped: no casualty outcome for '{phrase}'"), true);
    }
    Verdict::Drop(format!("dropped: no casualty outcome near '{w}'"), true)
}

/// A victim named or described in the singular, with no number written: "Hector Oqueli was
/// found dead", "the mayor was killed", "DELGADO'S DRIVER WAS KILLED". Counted as one.
/// Returns (first, last) token of the victim phrase and the link.
pub fn singular(lex: &Lexicon, t: &Tokens, sa: usize, sb: usize) -> Vec<((usize, usize), Link)> {
    let mut out = Vec::new();
    let mut p = sa;
    while p < sb {
        // "the assassination of Hector Oqueli", "the murder of the mayor"
        if let Some(ph) = phrase_at(lex, t, p, sb, Role::NounOf).filter(|ph| {
            !matches!(
                ph.words[0].as_str(),
                "remains" | "lives" | "displacement" | "exodus"
            )
        }) {
            let a = p + ph.words.len();
            if let (Some(o), Some((va, vb))) = (ph.outcome, singular_object(t, a, sb)) {
                if matches!(o, Outcome::Killed | Outcome::Kidnapped | Outcome::Wounded) {
                    out.push(singular_victim(t, p, o, (va, vb)));
                }
            }
        }
        // "guerrillas killed Attorney General Roberto Garcia Alvarado", "murdered his wife"
        if let Some(ph) = phrase_at(lex, t, p, sb, Role::Verb) {
            let a = p + ph.words.len();
            let violent = matches!(
                ph.words[0].as_str(),
                "killed"
                    | "murdered"
                    | "assassinated"
                    | "kidnapped"
                    | "abducted"
                    | "wounded"
                    | "injured"
                    | "shot"
                    | "gunned"
                    | "executed"
                    | "killing"
                    | "murdering"
                    | "kidnapping"
                    | "abducting"
                    | "wounding"
                    | "injuring"
            );
            let passive_before = p > sa && t.has(p - 1, AUX);
            if let (Some(o), true, false) = (ph.outcome, violent, passive_before) {
                if let Some((va, vb)) = singular_object(t, a, sb) {
                    out.push(singular_victim(t, p, o, (va, vb)));
                }
            }
        }
        let Some(ph) = phrase_at(lex, t, p, sb, Role::Pred) else {
            p += 1;
            continue;
        };
        let Some(o) = ph
            .outcome
            .filter(|o| matches!(o, Outcome::Killed | Outcome::Wounded | Outcome::Kidnapped))
        else {
            p += 1;
            continue;
        };
        let len = ph.words.len();
        let strong = strong_word(ph.words[0].as_str());
        // the singular auxiliary: "was", "is", "has/had been"; or "died" alone
        let mut j = p;
        while j > sa
            && (t.has(j - 1, ADV) || t.is(j - 1, "found") || t.is(j - 1, "later"))
            && !t.has(j - 1, AUX)
        {
            j -= 1;
        }
        // "Quispe, Isidoro Saune, and Dionisio Aguirre were killed": one each
        if j > sa + 3 && matches!(t.low(j - 1), "were" | "are") && strong_word(&ph.words[0]) {
            if let Some(o) = ph
                .outcome
                .filter(|o| matches!(o, Outcome::Killed | Outcome::Wounded | Outcome::Kidnapped))
            {
                for (va, vb) in name_list_before(t, j - 1, sa) {
                    out.push((
                        (va, vb),
                        Link {
                            outcome: o,
                            victims: Some((va, vb)),
                            how: format!(
                                "singular victim '{}' in a list of names, no number written: one",
                                t.span_text(va, vb)
                            ),
                            after: p + ph.words.len(),
                            cumulative: false,
                            cue: j - 1,
                            inherit: false,
                            object: false,
                        },
                    ));
                }
            }
        }
        let end = if j > sa && matches!(t.low(j - 1), "was" | "is") {
            Some(j - 1)
        } else if j > sa + 1 && t.is(j - 1, "been") && matches!(t.low(j - 2), "has" | "had") {
            Some(j - 2)
        } else {
            None
        };
        p += len;
        let Some(mut e) = end else { continue };
        if !strong || e <= sa {
            continue;
        }
        // "Hector Oqueli, who was kidnapped": the antecedent
        if t.is(e - 1, "who") && e >= sa + 2 && t.is_punct(e - 2, ",") {
            e -= 2;
        } else if t.is_punct(e - 1, ",") {
            // "Hector Oqueli, who was kidnapped in Guatemala, was found dead"
            let lo = e.saturating_sub(14).max(sa + 2);
            if let Some(k) = (lo..e - 1)
                .rev()
                .find(|&k| t.is(k, "who") && t.is_punct(k - 1, ","))
            {
                e = k - 1;
            }
        }
        if e <= sa {
            continue;
        }
        let last = e - 1;
        // the victim phrase, back from `last`
        let mut k = last + 1;
        let mut words = 0;
        while k > sa && words < 7 {
            let c = k - 1;
            if t.is_word(c) {
                let f = t.v[c].flags;
                if f & DET != 0 {
                    k = c;
                    break;
                }
                if f & (CONJ | SPEECH | STOP | PRON | AUX | ADV) != 0
                    || (f & PREP != 0 && !t.is(c, "of"))
                    || f & OUTCOME_START != 0
                {
                    break;
                }
                words += 1;
                k = c;
            } else if t.is_dash(c) && !t.v[c].space_before {
                k = c;
            } else {
                break;
            }
        }
        if k > last || words == 0 || t.is(k, "of") {
            continue;
        }
        // "the 35 - year - old deputy": the age belongs to the phrase
        if t.is(k, "old") {
            let mut m = k;
            while m > sa
                && (t.is_dash(m - 1) || t.is(m - 1, "year") || t.kind(m - 1) == Some(Kind::Num))
            {
                m -= 1;
            }
            if m < k && t.kind(m) == Some(Kind::Num) {
                k = m;
                if m > sa && t.has(m - 1, DET) {
                    k = m - 1;
                }
            }
        }
        let first_det = t.has(k, DET);
        // "a soldier", "one man": the number scan has them already
        if matches!(t.low(k), "a" | "an" | "one") || quantity_word(t, k) && !first_det {
            continue;
        }
        let words_range = (if first_det { k + 1 } else { k })..=last;
        let person_at = words_range
            .clone()
            .rev()
            .find(|&i| t.has(i, PERSON) && t.low(i) != "police");
        let upper_text = t.raw(last).chars().all(|c| !c.is_lowercase());
        let ok = match person_at {
            // a singular person noun: "the mayor", "DELGADO'S DRIVER"
            Some(h) => {
                let w = t.stem(h);
                let plural = (w.ends_with('s') && !w.ends_with("ss"))
                    || matches!(
                        w,
                        "men"
                            | "people"
                            | "children"
                            | "personnel"
                            | "staff"
                            | "crew"
                            | "police"
                            | "women"
                            | "troops"
                            | "family"
                            | "population"
                    );
                // "the mayor"; or a title before a name: "LEADER HECTOR OQUELI"
                let name_after = h < last
                    && last - h <= 4
                    && (h + 1..=last).all(|i| {
                        t.is_word(i)
                            && t.raw(i).starts_with(char::is_uppercase)
                            && t.v[i].flags == 0
                    });
                !plural && (h == last || name_after)
            }
            // a name: two to five capitalised words the lexicon does not know, no article
            None => {
                let n = words_range.clone().filter(|&i| t.is_word(i)).count();
                !first_det
                    && (2..=5).contains(&n)
                    && words_range.clone().filter(|&i| t.is_word(i)).all(|i| {
                        t.raw(i).starts_with(char::is_uppercase)
                            && (t.v[i].flags == 0
                                || (!upper_text && t.v[i].flags & (MONTH | WEEKDAY) == 0))
                            && !t.is(i, "of")
                    })
            }
        };
        if !ok {
            continue;
        }
        let a = *words_range.start();
        out.push((
            (a, last),
            Link {
                outcome: o,
                victims: Some((a, last)),
                how: format!(
                    "singular victim '{} {}', no number written: one",
                    t.span_text(a, last),
                    t.span_text(e, p - 1)
                ),
                after: p,
                cumulative: false,
                cue: e,
                inherit: false,
                object: false,
            },
        ));
    }
    out
}

/// A singular victim right at `a`: a name ("Hector Oqueli", "FATHER IGNACIO ELLACURIA") or
/// "the"/"his" + a singular person noun ("the mayor"). Not a number: those are scanned.
fn singular_object(t: &Tokens, a: usize, sb: usize) -> Option<(usize, usize)> {
    let upper_text = t.raw(a).chars().all(|c| !c.is_lowercase());
    let name_word = |i: usize| {
        t.is_word(i)
            && t.raw(i).starts_with(char::is_uppercase)
            && (t.v[i].flags == 0
                || (!upper_text && t.v[i].flags & (MONTH | WEEKDAY | DET | PREP | CONJ) == 0))
    };
    let singular_person = |i: usize| {
        let w = t.stem(i);
        t.has(i, PERSON)
            && (!w.ends_with('s') || w.ends_with("ss"))
            && !matches!(
                w,
                "men"
                    | "people"
                    | "children"
                    | "personnel"
                    | "staff"
                    | "police"
                    | "women"
                    | "family"
                    | "population"
            )
    };
    if t.has(a, DET) && !matches!(t.low(a), "a" | "an") {
        // "the mayor", "his bodyguard"
        let mut k = a + 1;
        while k < sb
            && k < a + 4
            && t.is_word(k)
            && !t.has(k, PERSON)
            && t.v[k].flags & (PREP | CONJ | AUX | OUTCOME_START) == 0
        {
            k += 1;
        }
        return (k < sb && singular_person(k) && !t.is(k + 1, "of") && !name_word(k + 1))
            .then_some((a + 1, k));
    }
    // "(title) Name Name"
    let mut k = a;
    while k < sb && k < a + 2 && singular_person(k) {
        k += 1;
    }
    let first_name = k;
    while k < sb && k < first_name + 4 && name_word(k) {
        k += 1;
    }
    (k >= first_name + 2).then_some((a, k - 1))
}

/// The link of a singular victim named with no number ("killed the mayor"): one.
fn singular_victim(
    t: &Tokens,
    cue: usize,
    outcome: Outcome,
    (va, vb): (usize, usize),
) -> ((usize, usize), Link) {
    (
        (va, vb),
        Link {
            outcome,
            victims: Some((va, vb)),
            how: format!(
                "singular victim '{}', no number written: one",
                t.span_text(cue, vb)
            ),
            after: vb + 1,
            cumulative: false,
            cue,
            inherit: false,
            object: true,
        },
    )
}

/// A past participle that says by itself a person was harmed ("killed", "found" dead ...).
fn strong_word(w: &str) -> bool {
    matches!(
        w,
        "killed"
            | "murdered"
            | "assassinated"
            | "slain"
            | "wounded"
            | "injured"
            | "kidnapped"
            | "abducted"
            | "shot"
            | "found"
            | "gunned"
            | "stabbed"
            | "beaten"
            | "burned"
            | "hacked"
            | "martyred"
            | "executed"
            | "massacred"
    )
}

/// Names joined by commas and "and" that end right before token `end`: "QUISPE, ISIDORO
/// SAUNE, AND DIONISIO AGUIRRE". Only when every item is a name (two to five capitalised
/// words the lexicon does not know, maybe after a title) and there are at least two.
fn name_list_before(t: &Tokens, end: usize, sa: usize) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut k = end;
    loop {
        // one item, backwards
        let last = match k.checked_sub(1) {
            Some(l) if l >= sa => l,
            _ => break,
        };
        let mut a = last + 1;
        let mut n = 0;
        while a > sa
            && n < 6
            && t.is_word(a - 1)
            && t.raw(a - 1).starts_with(char::is_uppercase)
            && (t.v[a - 1].flags == 0 || t.has(a - 1, PERSON))
        {
            a -= 1;
            n += 1;
        }
        if n == 0 {
            break;
        }
        let names = (a..=last).filter(|&i| t.v[i].flags == 0).count();
        if names == 0 {
            break;
        }
        items.push((a, last));
        // the separator before it
        let mut s = a;
        if s > sa && t.is(s - 1, "and") {
            s -= 1;
        }
        if s > sa && t.is_punct(s - 1, ",") {
            s -= 1;
        }
        if s == a || items.len() >= 12 {
            break;
        }
        k = s;
    }
    if items.len() < 2 {
        return Vec::new();
    }
    items.reverse();
    items
}
