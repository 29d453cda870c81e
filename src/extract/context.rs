//! What surrounds a claim in its sentence: who said it (and through whom), when, the
//! period of a running total, and the enemy named.

use super::lexicon::*;
use super::tokens::{Kind, Tokens};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// One attribution found in a sentence.
#[derive(Debug, Clone)]
pub struct Attr {
    pub claimant: Option<String>,
    pub via: Option<String>,
    /// "he said": to be resolved to the last named speaker.
    pub pronoun: bool,
    /// quoted-as-saying 4 > according to 3 > said/told/reported 2.
    pub prio: u8,
    /// Token index of the speech word.
    pub at: usize,
}

fn clean(s: &str) -> Option<String> {
    let s = s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '"' | '“' | '”' | '\'' | '’' | '.' | ':' | ';')
    });
    let mut s = s;
    for d in ["a ", "an ", "A ", "An ", "AN "] {
        if let Some(r) = s.strip_prefix(d) {
            s = r;
        }
    }
    let out: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!out.is_empty()).then_some(out)
}

fn is_time_word(t: &Tokens, i: usize) -> bool {
    t.has(i, WEEKDAY)
        || matches!(
            t.low(i),
            "yesterday" | "today" | "tonight" | "earlier" | "later" | "late" | "early"
        )
}

/// Titles abbreviated with a period inside a speaker's name ("police Lt. Hastings said",
/// "spokesman Sgt. John Smith said"): the period ends no name.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "lt", "sgt", "capt", "cpt", "col", "gen", "maj", "det", "const", "cpl", "insp", "supt", "gov",
    "sen", "rep", "dr", "mr", "mrs", "ms", "prof", "rev", "adm", "cmdr", "ofc", "dep",
];

/// The noun phrase that ends right before token `i` (the subject of "said", "told").
fn subject_before(t: &Tokens, i: usize, sa: usize) -> Option<(usize, usize)> {
    let mut j = i;
    // "has reported", "also said", "on Monday reported"
    let ly = |k: usize| t.is_word(k) && t.low(k).ends_with("ly") && t.low(k).len() > 4;
    while j > sa && (t.has(j - 1, AUX) || t.has(j - 1, ADV) || is_time_word(t, j - 1) || ly(j - 1))
    {
        if is_time_word(t, j - 1) && j - 1 > sa && t.is(j - 2, "on") {
            j -= 2;
        } else {
            j -= 1;
        }
    }
    let mut end = j.checked_sub(1)?;
    if end < sa {
        return None;
    }
    // "The Syrian Observatory for Human Rights (SOHR) told AFP": past the abbreviation
    if t.is_punct(end, ")") {
        let open = (end.saturating_sub(5).max(sa)..end)
            .rev()
            .find(|&k| t.is_punct(k, "("));
        if let Some(o) = open.filter(|&o| o > sa && (o + 1..end).all(|k| t.is_word(k))) {
            end = o - 1;
        }
    }
    if t.has(end, PRON) {
        return Some((end, end));
    }
    let mut k = end + 1;
    let mut words = 0;
    while k > sa && words < 8 {
        let c = k - 1;
        if t.is_word(c) {
            let f = t.v[c].flags;
            if f & DET != 0 && !t.is(c, "that") {
                k = c;
                break;
            }
            // "Local evening news in Michigan reported": a place inside the subject
            let place_prep = matches!(t.low(c), "in" | "from")
                && c > sa
                && t.is_word(c - 1)
                && t.raw(c + 1).starts_with(char::is_uppercase);
            if (f & (CONJ | SPEECH | STOP | PRON) != 0
                || (f & PREP != 0 && !t.is(c, "for") && !place_prep))
                && !t.is(c, "of")
            {
                break;
            }
            words += 1;
            k = c;
        } else if t.is_dash(c) && !t.v[c].space_before {
            k = c;
        } else if t.is_punct(c, ".") && c > sa && TITLE_ABBREVIATIONS.contains(&t.low(c - 1)) {
            // rule title_abbreviation: "Oregon State Police Lt. Hastings said"
            k = c;
        } else {
            break;
        }
    }
    if k > end {
        return None;
    }
    // a phrase cannot start with "of"/"for"
    while k <= end && (t.is(k, "of") || t.is(k, "for")) {
        k += 1;
    }
    (k <= end).then_some((k, end))
}

/// The speaker of "X, a hospital director, said" (token `i` is the speech verb): a
/// capitalised name before a comma-closed appositive right before the verb.
fn speaker_before_appositive(t: &Tokens, i: usize, sa: usize) -> Option<(usize, usize)> {
    if i < sa + 4 || !t.is_punct(i - 1, ",") {
        return None;
    }
    let open = (i.saturating_sub(16).max(sa + 1)..i - 1)
        .rev()
        .find(|&k| t.is_punct(k, ","))?;
    // rule appositive_name: "the governor of the province, Abdolreza Sheikholeslami, told",
    // "a man living in Israel, Yossi Cohen, told CBS", "the UN's envoy, Staffan de Mistura,
    // said": the name between the commas speaks
    let name = (open + 1..i - 1).all(|k| {
        t.is_word(k)
            && (t.raw(k).starts_with(char::is_uppercase)
                || matches!(
                    t.low(k),
                    "de" | "al" | "el" | "bin" | "van" | "von" | "da" | "di" | "la"
                ))
            && !t.has(k, DET | PRON | MONTH | WEEKDAY)
    }) && (2..=5).contains(&(i - 1 - (open + 1)))
        && t.raw(open + 1).starts_with(char::is_uppercase);
    if name {
        return Some((open + 1, i - 2));
    }
    if open + 1 >= i - 1 || !super::rules::appositive_like(t, open + 1, i - 1, true) {
        return None;
    }
    let (a, b) = subject_before(t, open, sa)?;
    let capitalised = |k: usize| t.raw(k).chars().next().is_some_and(char::is_uppercase);
    (capitalised(a) && capitalised(b) && !t.has(a, PRON | DET)).then_some((a, b))
}

/// Words after token `i` up to punctuation or a clause word: "according to X", "said X,".
fn phrase_after(
    t: &Tokens,
    i: usize,
    sb: usize,
    max: usize,
    stop_prep: bool,
) -> Option<(usize, usize)> {
    let mut k = i;
    let mut last = None;
    let mut words = 0;
    while k < sb && words < max {
        if t.is_word(k) {
            let f = t.v[k].flags;
            if f & (CONJ | SPEECH) != 0 || t.is(k, "that") || t.is(k, "saying") {
                break;
            }
            if stop_prep && f & PREP != 0 && !matches!(t.low(k), "for" | "of") {
                break;
            }
            if is_time_word(t, k) && last.is_some() {
                break;
            }
            last = Some(k);
            words += 1;
        } else if t.kind(k) == Some(Kind::Num) {
            last = Some(k);
            words += 1;
        } else if !t.is_dash(k) || t.v[k].space_before {
            break;
        }
        k += 1;
    }
    let mut l = last?;
    while l > i && t.has(l, PREP | DET | CONJ) {
        l -= 1;
    }
    Some((i, l))
}

/// Every attribution in the sentence `sa..sb` (token range).
pub fn attributions(t: &Tokens, sa: usize, sb: usize) -> Vec<Attr> {
    let mut out = Vec::new();
    for i in sa..sb {
        // "the confirmed death toll", "the reported deaths": an adjective, not a verb
        if !t.has(i, SPEECH) || (i > sa && t.has(i - 1, DET)) {
            continue;
        }
        let low = t.low(i);
        if low == "according" {
            if t.is(i + 1, "to") {
                if let Some((a, b)) = phrase_after(t, i + 2, sb, 10, false) {
                    out.push(Attr {
                        claimant: claimant_name(t, a, b),
                        via: None,
                        pronoun: false,
                        prio: 3,
                        at: i,
                    });
                }
            }
            continue;
        }
        if low == "quoted" {
            // rule quoted_as_saying: "Iranian officials were quoted by AP as saying"
            if t.is(i + 1, "by") && i > sa + 1 && matches!(t.low(i - 1), "was" | "were") {
                if let Some((a, b)) = subject_before(t, i - 1, sa) {
                    let via = phrase_after(t, i + 2, sb, 8, false)
                        .and_then(|(x, y)| clean(t.span_text(x, y)));
                    out.push(Attr {
                        claimant: claimant_name(t, a, b),
                        via,
                        pronoun: t.has(a, PRON) && a == b,
                        prio: 4,
                        at: i,
                    });
                }
                continue;
            }
            // "X, quoted by Y, said"
            if t.is(i + 1, "by") {
                let via = phrase_after(t, i + 2, sb, 8, false)
                    .and_then(|(a, b)| clean(t.span_text(a, b)));
                let subj = if i > sa && t.is_punct(i - 1, ",") {
                    subject_before(t, i - 1, sa)
                } else {
                    None
                };
                if let Some((a, b)) = subj {
                    out.push(Attr {
                        claimant: claimant_name(t, a, b),
                        via,
                        pronoun: t.has(a, PRON) && a == b,
                        prio: 4,
                        at: i,
                    });
                }
                continue;
            }
            // "Y quoted X as saying"
            let mut k = i + 1;
            while k < sb && k < i + 12 && !t.is(k, "as") {
                k += 1;
            }
            if t.is(k, "as") && k > i + 1 {
                let via = subject_before(t, i, sa).and_then(|(a, b)| clean(t.span_text(a, b)));
                out.push(Attr {
                    claimant: claimant_name(t, i + 1, k - 1),
                    via,
                    pronoun: false,
                    prio: 4,
                    at: i,
                });
            }
            continue;
        }
        let subj = subject_before(t, i, sa);
        let via = if low == "told" || low == "tells" {
            phrase_after(t, i + 1, sb, 6, true).and_then(|(a, b)| clean(t.span_text(a, b)))
        } else {
            None
        };
        match subj {
            Some((a, b)) if !(a == b && matches!(t.low(a), "it" | "we" | "i")) => {
                let pronoun = a == b && t.has(a, PRON);
                out.push(Attr {
                    claimant: claimant_name(t, a, b),
                    via,
                    pronoun,
                    prio: 2,
                    at: i,
                });
            }
            Some(_) => {}
            None => {
                // "Hengky Tewu, a hospital director, said ...": the name before the appositive;
                // or inverted: '..., said General Ahmad Reza Pourdastan, commander of ...'
                // (not '..., said a girl was killed': a clause follows, not a speaker)
                // (not after a bracket: "X (SOHR) told AFP" names no speaker after the verb)
                let after_punct = i > sa
                    && t.kind(i - 1) == Some(Kind::Punct)
                    && !matches!(t.raw(i - 1), ")" | "]");
                let speaker = speaker_before_appositive(t, i, sa).or_else(|| {
                    (after_punct && t.is_word(i + 1) && !t.has(i + 1, PREP | CONJ))
                        .then(|| phrase_after(t, i + 1, sb, 8, true))
                        .flatten()
                        .filter(|&(a, b)| !(a..=b + 1).any(|k| t.has(k, AUX)))
                });
                if let Some((a, b)) = speaker {
                    out.push(Attr {
                        claimant: claimant_name(t, a, b),
                        via,
                        pronoun: false,
                        prio: 2,
                        at: i,
                    });
                }
            }
        }
    }
    out.retain(|a| a.pronoun || a.claimant.is_some());
    out
}

/// Rule claimant_fragment: a claimant names someone: a capitalised word ("Fauzi", "the
/// Syrian Observatory"), a noun that names a source on its own (data: source_noun,
/// "police", "the group", "witnesses") or a person in the singular ("the governor"); never
/// a fragment ("more", "people", "the",
/// "trauma"). Trailing adverbs ("Michigan originally") are left out.
fn claimant_name(t: &Tokens, a: usize, b: usize) -> Option<String> {
    let mut b = b;
    while b > a && t.is_word(b) && t.low(b).ends_with("ly") && t.low(b).len() > 4 {
        b -= 1;
    }
    let names = (a..=b).any(|k| {
        t.is_word(k)
            && !t.has(k, DET | PRON | PREP | CONJ)
            && t.raw(k).starts_with(char::is_uppercase)
            && !(k == a && k > 0 && t.is_punct(k - 1, "."))
    }) || (a..=b).any(|k| {
        // a source noun ("police", "witnesses"), or a person in the singular ("the
        // governor", "a doctor"); not "people", "civilians"
        t.has(k, SOURCE_NOUN)
            || (t.has(k, PERSON)
                && !t.low(k).ends_with('s')
                && !matches!(t.low(k), "people" | "police"))
    });
    if !names {
        return None;
    }
    clean(t.span_text(a, b))
}

/// Rule headline_source: "Sheriff: Michigan office shooting kills 1, injures 2": a source
/// noun (data: source_noun) and a colon opening a headline.
pub fn headline_source(t: &Tokens, sa: usize, sb: usize) -> Option<Attr> {
    let colon = (sa + 1..(sa + 4).min(sb)).find(|&k| t.is_punct(k, ":"))?;
    let last = colon - 1;
    let stop = t.raw(sb.saturating_sub(1));
    if matches!(stop, "." | "!" | "?") || !t.has(last, SOURCE_NOUN) {
        return None;
    }
    Some(Attr {
        claimant: claimant_name(t, sa, last),
        via: None,
        pronoun: false,
        prio: 1,
        at: sa,
    })
}

/// Rule speaker_next_sentence: a sentence with no figure of its own that says where the
/// figures before it come from: "That's according to the fire department.", "The figures
/// came from the health ministry.", "According to police." The speaker, if named.
pub fn speaker_of_sentence_before(t: &Tokens, sa: usize, sb: usize) -> Option<String> {
    let mut k = sa;
    while k < sb && !t.is_word(k) {
        k += 1;
    }
    // "That's according to X", "That is according to X", "According to X." (nothing after)
    let back = matches!(t.low(k), "that's" | "that" | "this" | "those" | "these");
    let mut a = k + back as usize;
    while back && a < sb && (t.has(a, AUX) || matches!(t.low(a), "'s" | "s" | "'" | "’")) {
        a += 1;
    }
    let ends = |y: usize| (y + 1..sb).all(|j| t.kind(j) == Some(Kind::Punct));
    if t.is(a, "according") && t.is(a + 1, "to") {
        let (x, y) = phrase_after(t, a + 2, sb, 10, false)?;
        return (back || ends(y)).then(|| claimant_name(t, x, y)).flatten();
    }
    // "The figures came from X", "The toll was given by X", "Those numbers come from X"
    let from = (k..(k + 7).min(sb)).find(|&j| t.is(j, "from") || t.is(j, "by"))?;
    let figure = |j: usize| {
        matches!(
            t.low(j),
            "figure" | "figures" | "number" | "numbers" | "toll" | "tolls"
        )
    };
    let lead = (k..from).all(|j| {
        t.is_word(j)
            && (figure(j)
                || t.has(j, DET | AUX | ADV)
                || matches!(t.low(j), "came" | "come" | "comes" | "those" | "these")
                || (j > k && t.low(j).ends_with("ed")))
    });
    if !lead || !(k..from).any(figure) {
        return None;
    }
    let (x, y) = phrase_after(t, from + 1, sb, 10, false)?;
    claimant_name(t, x, y)
}

/// A relay that names the claimant itself ("SOHR via SOHR"): equal, or one inside the other
/// once folded (case, "the", apostrophes).
pub fn same_source(via: &str, claimant: Option<&str>) -> bool {
    let Some(c) = claimant else {
        return false;
    };
    let strip = |s: &str| {
        let f = crate::tables::fold(s);
        f.strip_prefix("the ").map(str::to_string).unwrap_or(f)
    };
    let (v, c) = (strip(via), strip(c));
    !v.is_empty() && !c.is_empty() && (v == c || v.contains(&c) || c.contains(&v))
}

/// The attribution that applies to a number at token `q`: the strongest kind, then the
/// nearest.
pub fn choose(attrs: &[Attr], q: usize) -> Option<&Attr> {
    attrs
        .iter()
        .max_by_key(|a| (a.prio, std::cmp::Reverse(a.at.abs_diff(q))))
}

/// A speaker worth resolving "he said" to: a name, not "the report".
pub fn is_named(s: &str) -> bool {
    s.split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase))
        || s.split_whitespace().next().is_some_and(|w| {
            w.starts_with(char::is_uppercase) && !matches!(w, "The" | "A" | "An" | "THE")
        })
}

// ---------------------------------------------------------------- dates

fn month_no(w: &str) -> Option<u32> {
    Some(match w.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn num(t: &Tokens, i: usize) -> Option<u32> {
    (t.kind(i) == Some(Kind::Num))
        .then(|| t.raw(i).parse::<u32>().ok())
        .flatten()
}

fn year_of(t: &Tokens, i: usize) -> Option<i32> {
    let mut k = i;
    if t.is_punct(k, ",") {
        k += 1;
    }
    let y = num(t, k)?;
    let raw = t.raw(k);
    match raw.len() {
        4 if (1800..=2100).contains(&y) => Some(y as i32),
        2 => Some(if y > 30 {
            1900 + y as i32
        } else {
            2000 + y as i32
        }),
        _ => None,
    }
}

/// The date the sentence gives for its event: an explicit date ("April 20, 2016",
/// "30 DECEMBER", "in April 2016"), else a weekday ("on Saturday": the last such day on or
/// before publication), else "yesterday"/"today". Partial ISO; `None` when nothing resolves.
pub fn event_date(
    t: &Tokens,
    sa: usize,
    sb: usize,
    published: Option<NaiveDate>,
) -> Option<String> {
    let full = |y: i32, m: u32, d: u32| {
        NaiveDate::from_ymd_opt(y, m, d).map(|x| x.format("%Y-%m-%d").to_string())
    };
    let guess_year = |m: u32| -> Option<i32> {
        let p = published?;
        Some(if m > p.month() {
            p.year() - 1
        } else {
            p.year()
        })
    };
    let mut relative: Option<String> = None;
    for i in sa..sb {
        if t.has(i, MONTH) {
            if t.is(i, "may") && t.raw(i) == "may" {
                continue;
            }
            let Some(m) = month_no(t.low(i)) else {
                continue;
            };
            let mut k = i + 1;
            if t.is_punct(k, ".") {
                k += 1;
            }
            // "April 20, 2016" / "Oct. 23"
            if let Some(d) = num(t, k).filter(|d| (1..=31).contains(d)) {
                if t.raw(k).len() <= 2 {
                    let y = year_of(t, k + 1).or_else(|| guess_year(m));
                    if let Some(y) = y {
                        if let Some(s) = full(y, m, d) {
                            return Some(s);
                        }
                    }
                }
            }
            // "30 DECEMBER (1989)"
            if i > sa {
                if let Some(d) = num(t, i - 1).filter(|d| (1..=31).contains(d)) {
                    let y = year_of(t, i + 1).or_else(|| guess_year(m));
                    if let Some(y) = y {
                        if let Some(s) = full(y, m, d) {
                            return Some(s);
                        }
                    }
                }
            }
            // "in April 2016"
            if let Some(y) = year_of(t, i + 1) {
                return Some(format!("{y:04}-{m:02}"));
            }
            continue;
        }
        if relative.is_some() {
            continue;
        }
        let Some(p) = published else { continue };
        if let Some(wd) = weekday(t.low(i)) {
            let last = i > sa && t.is(i - 1, "last");
            let mut d = p;
            if last {
                d -= Duration::days(1);
            }
            let mut n = 0;
            while d.weekday() != wd && n < 7 {
                d -= Duration::days(1);
                n += 1;
            }
            relative = Some(d.format("%Y-%m-%d").to_string());
        } else if t.is(i, "yesterday") || (t.is(i, "last") && t.is(i + 1, "night")) {
            relative = Some((p - Duration::days(1)).format("%Y-%m-%d").to_string());
        } else if t.is(i, "today")
            || t.is(i, "tonight")
            || (t.is(i, "this") && matches!(t.low(i + 1), "morning" | "afternoon" | "evening"))
        {
            relative = Some(p.format("%Y-%m-%d").to_string());
        }
    }
    relative
}

// ---------------------------------------------------------------- scope

/// The period of a running total: "since 2011", "since the war began", "over the past six
/// months", "so far this year". (text, is cumulative)
pub fn period(t: &Tokens, sa: usize, sb: usize) -> Option<String> {
    for i in sa..sb {
        match t.low(i) {
            "since" => {
                let (a, b) = phrase_after(t, i + 1, sb, 9, false)?;
                return Some(format!("since {}", t.span_text(a, b)));
            }
            "past" | "last" if i + 1 < sb => {
                // "(over) the past six months", "in the last two years"
                let mut k = i + 1;
                let mut n = 0;
                while k < sb
                    && n < 3
                    && !t.has(k, TIME_UNIT)
                    && (t.is_word(k) || t.kind(k) == Some(Kind::Num))
                {
                    k += 1;
                    n += 1;
                }
                if t.has(k, TIME_UNIT) && n > 0 {
                    return Some(t.span_text(i, k).to_string());
                }
            }
            "so" if t.is(i + 1, "far") => return Some("so far".into()),
            "to" if t.is(i + 1, "date") && (i == sa || !t.has(i - 1, MONTH)) => {
                return Some("to date".into())
            }
            _ => {}
        }
    }
    None
}

/// A war or conflict as the subject of the outcome: "the Syrian conflict has killed".
pub fn war_subject(t: &Tokens, sa: usize, cue: usize) -> bool {
    // a war word, then a perfect auxiliary before the cue: "the conflict has killed",
    // "five years of war, which has left 400,000 dead"
    let Some(war) = (sa..cue).find(|&k| {
        matches!(
            t.low(k),
            "war" | "conflict" | "fighting" | "violence" | "uprising"
        )
    }) else {
        return false;
    };
    (war + 1..cue).any(|k| matches!(t.low(k), "has" | "have" | "had"))
}

// ---------------------------------------------------------------- adversary

const ADVERSARY_CUES: &[&[&str]] = &[
    &["clashes", "with"],
    &["clash", "with"],
    &["fighting", "against"],
    &["fight", "against"],
    &["battle", "against"],
    &["war", "against"],
    &["fighting"],
    &["battling"],
    &["attack", "by"],
    &["attacks", "by"],
    &["attacked", "by"],
    &["ambushed", "by"],
    &["ambush", "by"],
    &["offensive", "by"],
    &["carried", "out", "by"],
    &["claimed", "by"],
];

const GENERIC_TAIL: &[&str] = &[
    "fighters",
    "members",
    "militants",
    "group",
    "forces",
    "jihadists",
    "terrorists",
    "rebels",
    "militia",
    "militias",
    "insurgents",
    "guerrillas",
];

fn group_after(t: &Tokens, i: usize, sb: usize, skip: &dyn Fn(usize) -> bool) -> Option<String> {
    let mut k = i;
    while k < sb && (t.has(k, DET) || skip(k)) {
        k += 1;
    }
    // a named group: its capitalised words ("Al-Nusra Front", "Islamic State")
    let a = k;
    let mut b = None;
    while k < sb && k < a + 8 {
        let cap = t.is_word(k)
            && t.raw(k).starts_with(char::is_uppercase)
            && !t.has(k, PREP | CONJ | SPEECH | DET);
        let join = t.is_dash(k) && !t.v[k].space_before && b == Some(k - 1);
        if cap {
            b = Some(k);
        } else if !join {
            break;
        }
        k += 1;
    }
    let mut b = b?;
    while b > a && GENERIC_TAIL.contains(&t.low(b)) {
        b -= 1;
    }
    (!GENERIC_TAIL.contains(&t.low(b))).then(|| t.span_text(a, b).to_string())
}

/// The enemy or perpetrator the sentence names: "in clashes with several thousand Al-Nusra
/// Front fighters", "while fighting against the Islamic State", "killed by gunmen".
/// `by_at`: the token after the claim's outcome phrase ("were killed | by ...").
pub fn adversary(
    t: &Tokens,
    sa: usize,
    sb: usize,
    by_at: usize,
    skip: &dyn Fn(usize) -> bool,
) -> Option<String> {
    if t.is(by_at, "by") {
        if let Some(g) = group_after(t, by_at + 1, sb, skip) {
            return Some(g);
        }
    }
    for i in sa..sb {
        for cue in ADVERSARY_CUES {
            if cue.iter().enumerate().all(|(k, w)| t.is(i + k, w)) {
                if let Some(g) = group_after(t, i + cue.len(), sb, skip) {
                    return Some(g);
                }
            }
        }
    }
    None
}
