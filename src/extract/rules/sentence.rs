//! The rules over a sentence's figures together, after each candidate number is decided on
//! its own (`rules::decide`): a figure joined to a kept one, a second outcome for one
//! figure, "at least" after a figure, singular victims once a document, "including" under
//! the figure before, the totals of joined figures, the scope of a running toll; and the
//! headline rules that weigh a claimant against the gazetteer. Each is named as
//! `grammar::OTHER_RULES` (or `CLAIMANT_RULES`) names it and prints that name in the
//! `--explain` reason of what it keeps or drops.

use super::{Link, Part, Single};
use crate::extract::context::{self, Attr};
use crate::extract::lexicon::{self, Lexicon};
use crate::extract::tokens::{Kind, Tokens};
use crate::extract::{Decision, Sentence};
use crate::model::{Claim, Outcome, PlaceLevel, Qualifier, Quantity, Scope};
use crate::places::Gazetteer;
use crate::quantity::Found;
use crate::tables::{ScopeWord, TollScope};

/// Where a kept figure's decision is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Its number was decided: the index of its decision.
    Decided(usize),
    /// A singular victim named with no number (its decision is pushed with no index kept).
    Singular,
    /// Dropped after all (rule part_of_earlier_figure: "including" with no figure before).
    Dropped,
}

/// A kept figure of a sentence: its number (or a singular victim's words, or a total), its
/// link, its tokens (`qb` exclusive) and its decision.
pub struct Figure<'f> {
    pub f: &'f Found,
    pub link: Link,
    pub qa: usize,
    pub qb: usize,
    pub origin: Origin,
}

/// Rules trailing_at_least, quoted_at_least, list_then_at_least and toll_passes_figure, as
/// `--explain` tells them: an exact figure with a bound written apart from it
/// (`rules::detached_at_least`: "at least", "or more", "at most" after it, its victims or its
/// outcome; 'reports "at least" six killed'; "killed 18 fighters and recruits at least"), or
/// after a verb by which a toll goes beyond it ("tops"), gets the note in its reason
/// (`bound_trailing_at_least` makes the claim's quantity that bound).
pub fn note_trailing_at_least(t: &Tokens, f: &Found, (qa, qb): (usize, usize), link: &mut Link) {
    if f.quantity.qualifier != Qualifier::Exact {
        return;
    }
    if let Some((rule, q)) = super::detached_at_least(t, (qa, qb), link) {
        if rule == "trailing_at_least" {
            link.how
                .push_str(&format!(", '{q}' after it [rule trailing_at_least]"));
        } else {
            link.how
                .push_str(&format!(", 'at least' apart from it [rule {rule}]"));
        }
    } else if super::toll_passes_figure(t, qa, link) {
        link.how.push_str(&format!(
            ", '{}' goes beyond it: more_than [rule toll_passes_figure]",
            t.raw(qa - 1)
        ));
    }
}

/// Rules trailing_at_least ("15 soldiers at least killed" is at least 15; "40 dead or more"
/// too; "30 hurt at most" at most 30), quoted_at_least, list_then_at_least ('reports "at
/// least" six killed', "killed 18 fighters and recruits at least") and toll_passes_figure ("the death toll tops 150,000"
/// is more than 150,000).
pub fn bound_trailing_at_least(t: &Tokens, fig: &Figure, quantity: &mut Quantity) {
    if quantity.qualifier != Qualifier::Exact {
        return;
    }
    let Some(n) = quantity.low else {
        return;
    };
    let q = super::detached_at_least(t, (fig.qa, fig.qb), &fig.link)
        .map(|(_, q)| q)
        .or_else(|| super::toll_passes_figure(t, fig.qa, &fig.link).then_some(Qualifier::MoreThan));
    match q {
        Some(Qualifier::AtLeast) => {
            quantity.qualifier = Qualifier::AtLeast;
            quantity.high = None;
        }
        Some(Qualifier::MoreThan) => {
            quantity.qualifier = Qualifier::MoreThan;
            quantity.low = Some(n.saturating_add(1));
            quantity.high = None;
        }
        Some(Qualifier::AtMost) => {
            quantity.qualifier = Qualifier::AtMost;
            quantity.low = None;
        }
        _ => {}
    }
}

/// Rule one_figure_two_outcomes (`rules::second_outcome`): the kept figure's outcome
/// replaced ("killed or missing" is missing), or a second link for the same figure ("17
/// people who were abducted or have disappeared").
pub fn one_figure_two_outcomes(
    lex: &Lexicon,
    t: &Tokens,
    s: &Sentence,
    link: &mut Link,
) -> Option<Link> {
    // (mendx27, review 1 DUPLICATES 10: whether rule paired_noun_before_of gave it comes
    // with the answer; it ran twice)
    let found = super::second_outcome(lex, t, link, s.stop);
    let paired = found.is_some_and(|f| f.2);
    let second = found.map(|(o, replaced, _)| (o, replaced));
    if let Some((o, true)) = second {
        // session 18: wounds borne, then the death ("found with gunshot wounds and died")
        let rule = if paired {
            // session 27 (leftx27): "the killing and wounding of 12": casualties alone
            "paired_noun_before_of"
        } else if o == Outcome::Killed && link.outcome == Outcome::Wounded {
            "wounds_then_death"
        } else if o == Outcome::Killed && link.outcome == Outcome::Casualties {
            // session 21: a harm, where and when, then the death ("shot ... and died")
            "harm_then_death"
        } else {
            "one_figure_two_outcomes"
        };
        link.outcome = o;
        link.how
            .push_str(&format!(", one figure for two outcomes: {o} [rule {rule}]"));
    }
    second.filter(|s| !s.1).map(|(o, _)| {
        let mut other = link.clone();
        other.outcome = o;
        let rule = if paired {
            "paired_noun_before_of"
        } else {
            "one_figure_two_outcomes"
        };
        other.how.push_str(&format!(
            ", the same figure for a second outcome: {o} [rule {rule}]"
        ));
        other
    })
}

/// Rules joined_object and list_after_object: a figure no link rule kept (at tokens
/// `qa..qb`), joined by "and", "plus" or a comma to the kept figure before it, shares its
/// outcome: "killed six priests and two women" (the figure before is the object of its
/// outcome and this one names persons); "and one civilian" joins, "and a man said" does
/// not, "kill 4 children and a woman in Idlib" does (rule joined_article: the article's
/// person ends the clause: a preposition, punctuation or the end after it); "killed 15 in
/// the Idlib area, nine in the Aleppo area and several in Hama", "killing all 53 on board
/// and one on the ground": figures listed after the object, each with where it applies.
pub fn joined_figure(
    t: &Tokens,
    s: &Sentence,
    f: &Found,
    qa: usize,
    qb: usize,
    kept: &[Figure],
) -> Option<Link> {
    let (sa, sb) = (s.first, s.stop);
    let joiner =
        qa >= sa + 2 && (t.is(qa - 1, "and") || t.is_punct(qa - 1, ",") || t.is(qa - 1, "plus"));
    let person_next = || super::np(t, qb, sb).is_some_and(|v| v.person && v.a == qb);
    let article_ends = || {
        super::np(t, qb, sb).is_some_and(|v| {
            let e = v.end + 1;
            // rule joined_article_then_clause (session 26, ho26kinds): "and" opening another
            // clause whose subject is no person ("killing three boys and an old man and jets
            // strafe the valley")
            let clause_and = t.is(e, "and")
                && t.is_word(e + 1)
                && !t.has(e + 1, lexicon::PERSON | lexicon::DET | lexicon::PRON)
                && super::np(t, e + 1, sb).is_some_and(|w| !w.person);
            v.a == qb
                && (e >= sb
                    || t.is_punct(e, ",")
                    || t.is_punct(e, ".")
                    || t.has(e, lexicon::PREP)
                    || clause_and)
        })
    };
    let joined = joiner && (!f.article || t.is(qa, "one") || article_ends()) && person_next();
    let prev = kept.last().filter(|k| {
        k.link.object
            && k.link.victims.is_some_and(|(_, ve)| {
                // (rule dashed_list_member, session 23: past an aside between dashes or
                // brackets)
                let e = super::bracket_after(t, ve + 1, qa);
                e == qa - 1 || (e + 1 == qa - 1 && t.is_punct(e, ","))
            })
    });
    // rule semicolon_list_item (session 26, ho26kinds): a semicolon between the items of a
    // gapped list ("2,100 murders in 1988; 1,300 in 1987; and 900 in 1986")
    let semicolon = qa >= sa + 2 && t.is_punct(qa - 1, ";");
    let listed = (joiner || semicolon)
        && super::list_item(t, qb, sb)
        && kept
            .last()
            .is_some_and(|k| super::lists_after(t, &k.link, k.qb, qa, sb));
    let prev = if listed { kept.last() } else { prev };
    let (true, Some(p)) = (joined || listed, prev) else {
        return None;
    };
    let mut link = p.link.clone();
    link.victims = super::np(t, qb, sb).map(|v| (v.a, v.end));
    link.how = format!(
        "joined by '{}' to '{}'",
        t.raw(qa - 1),
        p.f.quantity.written
    );
    link.rule = if listed && semicolon {
        "semicolon_list_item"
    } else if listed {
        "list_after_object"
    } else {
        "joined_object"
    };
    Some(link)
}

/// Rule gapped_more (session 17): an increment count ("about 80 more", "some 20 more",
/// "15 more") opening a clause after "and", with no outcome of its own, whose predicate
/// repeats the predicate of the kept figure before it (the same word after the
/// auxiliaries) or is gapped (a preposition right after it): it counts that figure's
/// outcome, with its own qualifier. "Another 80 wounded were taken to one hospital and
/// about 80 more were taken to others" (wounded about 80); "80 wounded were flown out and
/// some 30 more by road". Not "40 villagers were kidnapped, and 12 more were freed" (another
/// predicate: another fate).
pub fn gapped_more(
    t: &Tokens,
    s: &Sentence,
    f: &Found,
    qa: usize,
    qb: usize,
    kept: &[Figure],
) -> Option<Link> {
    let (sa, sb) = (s.first, s.stop);
    if !f.quantity.increment || qa < sa + 2 || qb >= sb || !t.is(qb - 1, "more") {
        return None;
    }
    if !t.is(qa - 1, "and") {
        return None;
    }
    let p = kept.last().filter(|k| k.qb < qa - 1)?;
    // the first word after the auxiliaries that follow `from` (within `to`)
    let predicate = |from: usize, to: usize| {
        let aux = (from..to).find(|&k| t.has(k, lexicon::AUX))?;
        let mut k = aux;
        while k < to && t.has(k, lexicon::AUX) {
            k += 1;
        }
        (k < to && t.is_word(k)).then_some(k)
    };
    let gapped = t.has(qb, lexicon::PREP);
    let repeated = !gapped
        && t.has(qb, lexicon::AUX)
        && match (predicate(p.qb, qa - 1), predicate(qb, sb)) {
            (Some(a), Some(b)) => t.low(a) == t.low(b),
            _ => false,
        };
    if !(gapped || repeated) {
        return None;
    }
    let mut link = p.link.clone();
    link.victims = None;
    link.object = false;
    link.how = format!(
        "a gapped count after 'and': the outcome of '{}'",
        p.f.quantity.written
    );
    link.rule = "gapped_more";
    Some(link)
}

/// The singular victims of a sentence (`rules::singular`: "the mayor was killed") that
/// count, each as a figure of its own: once per victim and outcome in a document
/// (`seen`), unless a kept number already covers them, and not an increment ("a man was
/// wounded ... Another man was also injured") of a figure of the same outcome before it,
/// kept in the sentence or claimed by a sentence of the body before (a title line's figure
/// is a summary of the body, not a figure it adds to: "2 Dead, 1 Wounded in Shooting" then
/// "two killed and another wounded").
pub fn singular_figures(
    t: &Tokens,
    singles: Vec<((usize, usize), Link)>,
    kept: &[Figure],
    claims: &[Claim],
    seen: &mut Vec<(Outcome, String)>,
) -> Vec<(Found, Link)> {
    let mut out = Vec::new();
    for ((a, b), link) in singles {
        let covered = kept.iter().any(|k| {
            k.link.victims.is_some_and(|(va, vb)| va <= b && vb >= a) || (k.qa <= b && k.qb > a)
        });
        let key = (link.outcome, crate::tables::fold(t.span_text(a, b)));
        let adds = link.more
            && (kept.iter().any(|k| k.link.outcome == link.outcome)
                || claims.iter().any(|c| {
                    c.outcome == link.outcome
                        && c.sentence
                            .as_deref()
                            .is_some_and(crate::extract::sentences::ends_as_sentence)
                }));
        if covered || adds || seen.contains(&key) {
            continue;
        }
        seen.push(key);
        // one ("the mayor"), or the count words as written ("both", "no one")
        let written = match link.written {
            Some((wa, wb)) => t.span_text(wa, wb).to_string(),
            None => "1".to_string(),
        };
        out.push((counted(t.v[a].s, t.v[b].e, written, link.count), link));
    }
    out
}

/// A figure the extractor counts itself (a singular victim, a total): exact, `n`.
fn counted(start: usize, end: usize, written: String, n: i64) -> Found {
    Found {
        start,
        end,
        quantity: Quantity {
            written,
            qualifier: Qualifier::Exact,
            low: Some(n),
            high: Some(n),
            increment: false,
        },
        article: false,
        bare_digits: false,
    }
}

/// Rule part_of_earlier_figure, its second step: "including three officers" takes the
/// outcome of the kept figure before it that is no part itself; with none before it, it
/// is dropped (`Origin::Dropped`; its decision says so, naming no rule: the rule's
/// counter-examples are such drops).
pub fn part_of_earlier_figure(kept: &mut [Figure], decisions: &mut [Decision], explain: bool) {
    for k in 0..kept.len() {
        if !kept[k].link.inherit {
            continue;
        }
        let Origin::Decided(d) = kept[k].origin else {
            continue;
        };
        let parent = (0..k)
            .rev()
            .find(|&j| !kept[j].link.inherit)
            .map(|j| kept[j].link.outcome);
        match parent {
            Some(o) => {
                kept[k].link.outcome = o;
                if explain {
                    decisions[d].reason = kept[k].link.reason();
                }
            }
            None => {
                let d = &mut decisions[d];
                d.kept = false;
                if explain {
                    d.reason = "dropped: 'including' with no figure before it".into();
                }
                kept[k].link.outcome = Outcome::Killed;
                kept[k].origin = Origin::Dropped;
            }
        }
    }
}

/// Rule sports_injury: in a sentence of a player's injury ("was injured with an ankle
/// sprain", "placed on injured reserve") and no violence, the singular figures of the wounded
/// are no casualty and are dropped (told by `--explain`). Asked only when a wounded singular
/// figure is found.
pub fn sports_injury_singles(
    t: &Tokens,
    (sa, sb): (usize, usize),
    singles: &mut Vec<super::Victim>,
    explain: bool,
    decisions: &mut Vec<Decision>,
) {
    if !singles.iter().any(|(_, l)| l.outcome == Outcome::Wounded) {
        return;
    }
    let Some((k, name)) = super::sports_injury(t, sa, sb) else {
        return;
    };
    singles.retain(|&((a, b), ref l)| {
        if l.outcome != Outcome::Wounded {
            return true;
        }
        if explain {
            decisions.push(Decision {
                start: t.v[a].s,
                end: t.v[b].e,
                written: t.span_text(a, b).to_string(),
                kept: false,
                reason: format!(
                    "dropped: a player's injury ('{}') is no casualty [rule {name}]",
                    t.raw(k)
                ),
            });
        }
        false
    });
}

/// Rule coordinated_total: "two adults and three minors were killed", "TWO SOLDIERS AND ONE
/// GUERRILLA WERE KILLED": the parts' figures are kept (`kept`, sorted by position), and
/// their total beside them (`rules::coordinated_groups`).
///
/// Rule mixed_list_total (session 26, ho26kinds): a member after "a"/"an" ("a soldier") counts
/// one, and a later member "at least N" a lower bound, in a list that holds a written number
/// too: "three police, a soldier and four civilians were hurt" (8), "a mayor, a judge and at
/// least five farmers were murdered" (at least 7). Not a list of articles alone ("a man and a
/// woman": rule article_pair_total's), nor a bound on the first member ("at least two soldiers
/// and three rebels": the bound may cover the whole list), nor an apposition that breaks the
/// first member down ("the murders of three reporters, two locals and a foreigner": 3 = 2 + 1).
pub fn coordinated_total(t: &Tokens, kept: &[Figure], sa: usize) -> Vec<(Found, Link)> {
    let bound = |k: &Figure| {
        k.f.quantity.qualifier == Qualifier::AtLeast
            && k.f.quantity.low.is_some()
            && k.link.victims.is_some()
    };
    let parts: Vec<Part> = kept
        .iter()
        .enumerate()
        .map(|(n, k)| Part {
            qa: k.qa,
            victims: k.link.victims,
            outcome: k.link.outcome,
            exact: exact_count(k)
                || article_one(k)
                || named_one(k)
                || (n > 0 && bound(k) && kept[n - 1].qa < k.qa),
            after: k.link.after,
        })
        .collect();
    super::coordinated_groups(t, &parts, sa)
        .into_iter()
        .filter(|&(i, j)| {
            let run = &kept[i..=j];
            // a run of written exact numbers alone is coordinated_total's; one with an
            // article or a bound needs a written number, and no bound first
            // an apposition that breaks the first member down ("three reporters, two
            // locals and a foreigner": 3 = 2 + 1) is no list of its own
            let rest: i64 = run[1..].iter().filter_map(|k| k.f.quantity.low).sum();
            let breakdown = run.len() > 2 && run[0].f.quantity.low == Some(rest);
            // rule named_member_total (session 27, ho27kinds): a named person counts one
            // only beside a written number ("Lieutenant Ruiz and one private were killed": 2)
            let named_ok = !run.iter().any(named_one) || run.iter().any(exact_count);
            run.iter().all(exact_count)
                || (run.iter().any(|k| !article_one(k) && !named_one(k))
                    && !bound(&run[0])
                    && !breakdown
                    && named_ok)
        })
        .map(|(i, j)| {
            let run = &kept[i..=j];
            let rule = if run.iter().all(exact_count) {
                "coordinated_total"
            } else if run.iter().any(named_one) {
                "named_member_total"
            } else {
                "mixed_list_total"
            };
            list_total(t, run, "'and'", rule)
        })
        .collect()
}

/// A member named with no number ("Lieutenant Ruiz"): a singular victim's figure of one
/// (rule named_member_total, session 27, ho27kinds). Not only a name: any victim the
/// singular-victim rules read as one person counts ("the driver and two passengers were
/// killed": 3; review 1 NIT 3, documented in session 28, gram28, the rule's name kept as
/// `--explain` prints it).
fn named_one(k: &Figure) -> bool {
    k.origin == Origin::Singular
        && k.link.written.is_none()
        && k.link.count == 1
        && k.link.victims.is_some()
        && k.f.quantity.low == Some(1)
        && k.f.quantity.high == Some(1)
}

/// A member "a soldier" / "an aide": a kept figure of one written as an article, with its
/// victims (rule mixed_list_total).
fn article_one(k: &Figure) -> bool {
    matches!(
        k.f.quantity.written.to_ascii_lowercase().as_str(),
        "a" | "an"
    ) && k.f.quantity.low == Some(1)
        && k.f.quantity.high == Some(1)
        && k.link.victims.is_some()
}

/// Rule article_pair_total (session 24, phrasing24): two singular people, each after "a"/"an",
/// the object of one active verb of an outcome and joined by "and" ("killing a police officer
/// and a village guard", "wounded a nurse and a driver"): their total (2) beside each one's
/// own, in mixed-case text only (wire capitals' lists of incidents keep their singulars, as
/// MUC-3/4's sheets code them; rule coordinated_total leaves articles out). Not a subject pair
/// ("A man and a woman were wounded": each one's claim alone), nor "a soldier and his son"
/// (no second article), nor two outcomes ("killed a guard and wounded a driver").
pub fn article_pair_total(t: &Tokens, kept: &[Figure], uncased: bool) -> Vec<(Found, Link)> {
    if uncased {
        return vec![];
    }
    kept.windows(2)
        .filter(|w| {
            let (a, b) = (&w[0], &w[1]);
            let one = |k: &Figure| {
                k.f.article
                    && k.f.quantity.low == Some(1)
                    && k.f.quantity.high == Some(1)
                    && k.link.victims.is_some()
            };
            one(a)
                && one(b)
                && a.link.outcome == b.link.outcome
                && a.link.rule == "outcome_verb_then_number"
                && b.link.rule == "joined_object"
                && b.qa > 0
                && t.is(b.qa - 1, "and")
                && a.link.victims.is_some_and(|(_, ve)| ve + 1 == b.qa - 1)
        })
        .map(|w| list_total(t, w, "'and'", "article_pair_total"))
        .collect()
}

/// The total of the kept figures `run` (a list, in order), a claim of the first's outcome
/// from the first number to the last victims.
fn list_total(t: &Tokens, run: &[Figure], joined: &str, rule: &'static str) -> (Found, Link) {
    let (first, last) = (&run[0], &run[run.len() - 1]);
    let end = last.link.victims.map_or(last.qb, |(_, ve)| ve);
    let sum: i64 = run.iter().filter_map(|k| k.f.quantity.low).sum();
    let mut link = first.link.clone();
    link.victims = Some((first.qa, end));
    link.how = format!("the total of {} figures joined by {joined}", run.len());
    link.rule = rule;
    let written = t.span_text(first.qa, end).to_string();
    let mut found = counted(first.f.start, t.v[end].e, written, sum);
    // rule mixed_list_total: a member's lower bound bounds the total
    if run
        .iter()
        .any(|k| k.f.quantity.qualifier == Qualifier::AtLeast)
    {
        found.quantity.qualifier = Qualifier::AtLeast;
        found.quantity.high = None;
    }
    // rule more_list_increment (session 27, leftx27): a list opened by an increment ("two
    // more women and two more men died", "three more soldiers and a civilian died") adds
    // its total to a toll told before, as "four more people died" does. (mendx27, review
    // 1, decided: the first member only. "More" on a later member may count from the
    // members before it, "Captain Silva and two more guards died" as "and two other
    // guards": the total is no increment; the member "two more" keeps its own reading.)
    if first.f.quantity.increment {
        found.quantity.increment = true;
    }
    (found, link)
}

/// Rule only_survivors_of (session 27, leftx27): "only" N "of (the)" M, the M people (or
/// those on board), then the clause's own verb of living through an incident
/// (`rules::lived_through`): "only 3 of the 40 people on board survived", "ONLY TWO OF THE
/// 19 CREW SURVIVED THE SINKING": the others died, killed M - N (exact, as "no survivors
/// among the 57 on board" is killed 57; written as the words from "only" to the people, or,
/// with no people named, to the verb: "Only 3 of the 40 survived"; review 1 NIT 4).
/// Not without "only" ("3 of the 40 survived the first night and were flown out": how many
/// died is not said), not things ("only 3 of 40 houses survived"), not a round or a night
/// lived through ("only 2 of the 9 nominees survived the first ballot"), not N >= M.
pub fn only_survivors_of(t: &Tokens, s: &Sentence) -> Vec<(Found, Link)> {
    let (sa, sb) = (s.first, s.stop);
    let mut out = vec![];
    for w in s.founds.windows(2) {
        let (few, all) = (w[0], w[1]);
        let (qa, qb) = (t.at(few.start), t.at(few.end));
        let (ma, mb) = (t.at(all.start), t.at(all.end));
        let exact = |f: &Found| {
            f.quantity.qualifier == Qualifier::Exact && f.quantity.low == f.quantity.high
        };
        let (Some(n), Some(m)) = (few.quantity.low, all.quantity.low) else {
            continue;
        };
        let of_the = ma == qb + 1 || (ma == qb + 2 && t.is(qb + 1, "the"));
        if qa <= sa || !t.is(qa - 1, "only") || !t.is(qb, "of") || !of_the {
            continue;
        }
        if !exact(few) || !exact(all) || n >= m || mb >= sb {
            continue;
        }
        // the people counted: up to three nouns of persons ("crew", "people"), or none
        // (then "on board"/"aboard" or the verb right after the count)
        let mut end = mb;
        while end < sb && end < mb + 3 && t.is_word(end) && t.has(end, lexicon::PERSON) {
            end += 1;
        }
        let people = end > mb;
        let aboard = t.is(end, "aboard") || (t.is(end, "on") && t.is(end + 1, "board"));
        if !people
            && !aboard
            && !lexicon::rule_words().is(t.low(mb), lexicon::RuleList::SurviveWord)
        {
            continue;
        }
        let Some(lived) = super::lived_through(t, end, aboard, sb) else {
            continue;
        };
        let vend = end.max(mb + 1) - 1;
        let mut link = Link::new(
            Outcome::Killed,
            people.then_some((mb, end - 1)),
            format!(
                "only {n} of {m} survived '{} ... {}'",
                t.raw(qa - 1),
                t.raw(lived)
            ),
            lived + 1,
            lived,
        );
        link.rule = "only_survivors_of";
        let written = t.span_text(qa - 1, vend).to_string();
        out.push((counted(t.v[qa - 1].s, t.v[vend].e, written, m - n), link));
    }
    out
}

/// A written number, exact: "a man and a woman" are two singular victims, a kind of their
/// own ("one" is a number).
fn exact_count(k: &Figure) -> bool {
    k.origin != Origin::Singular
        && (!k.f.article || k.f.quantity.written.eq_ignore_ascii_case("one"))
        && k.f.quantity.qualifier == Qualifier::Exact
        && k.f.quantity.low.is_some()
        && k.f.quantity.low == k.f.quantity.high
}

/// Rule comma_list_total: "leaves 9 police, 4 rebels dead", "6 soldiers, 3 guerrillas were
/// killed": exact kept figures of one outcome, each with its victims, joined by commas only
/// and ending right at their shared outcome (auxiliaries between); their total is a claim
/// beside them. Not a list a comma or "and" opens before its first figure (a member not
/// kept), nor one that goes on after its last victims ("and": rule coordinated_total),
/// nor a part in apposition ("three officers, one of them a colonel, died").
pub fn comma_list_total(t: &Tokens, kept: &[Figure]) -> Vec<(Found, Link)> {
    let exact = |k: &Figure| exact_count(k) && k.link.victims.is_some();
    let mut out = vec![];
    let mut i = 0;
    while i < kept.len() {
        let first = &kept[i];
        let opened = first.qa > 0 && matches!(t.low(first.qa - 1), "," | "and");
        let mut j = i;
        while j + 1 < kept.len() {
            let (a, b) = (&kept[j], &kept[j + 1]);
            let ok = exact(a)
                && exact(b)
                && a.link.outcome == b.link.outcome
                // "THREE OFFICERS, ONE OF THEM A COMMANDER, HAVE DIED": a part, no addition
                && !t.is(b.qb, "of")
                && a.link
                    .victims
                    .is_some_and(|(_, ve)| ve + 2 == b.qa && t.is_punct(ve + 1, ","));
            if !ok {
                break;
            }
            j += 1;
        }
        if j == i || opened || !exact(first) {
            i += 1;
            continue;
        }
        let last = &kept[j];
        let ve = last.link.victims.map_or(last.qb, |(_, ve)| ve);
        let cue = last.link.cue;
        // session 15: an adverb of report between ("15 militants reportedly die": data
        // words.csv carried)
        if cue > ve && (ve + 1..cue).all(|k| t.has(k, lexicon::AUX | lexicon::CARRIED)) {
            out.push(list_total(t, &kept[i..=j], "commas", "comma_list_total"));
        }
        i = j + 1;
    }
    out
}

/// Rule named_pair_total: "John Smith, 34, and Mary Jones, 29, were killed": singular
/// victims of one predicate joined by "and" (each an apposition of age between) are kept
/// one by one (`kept`, sorted by position), and their count beside them
/// (`rules::named_groups`).
pub fn named_pair_total(t: &Tokens, kept: &[Figure]) -> Vec<(Found, Link)> {
    let singles: Vec<Single> = kept
        .iter()
        .map(|k| Single {
            victims: (k.origin == Origin::Singular
                && k.link.written.is_none()
                && k.link.count == 1)
                .then_some(k.link.victims)
                .flatten(),
            cue: k.link.cue,
            outcome: k.link.outcome,
        })
        .collect();
    super::named_groups(t, &singles)
        .into_iter()
        .map(|(i, j)| {
            let (va, _) = kept[i].link.victims.unwrap_or((kept[i].qa, kept[i].qa));
            let (_, vb) = kept[j].link.victims.unwrap_or((kept[j].qb, kept[j].qb));
            let mut link = kept[i].link.clone();
            link.victims = Some((va, vb));
            link.written = None;
            link.how = format!("{} victims named, joined by 'and'", j - i + 1);
            link.rule = "named_pair_total";
            let n = (j - i + 1) as i64;
            let written = t.span_text(va, vb).to_string();
            (counted(t.v[va].s, t.v[vb].e, written, n), link)
        })
        .collect()
}

/// Rule running_toll_scope: a running-toll wording scopes the figures of its clause
/// (`toll_window`), not another happening's figure in the same sentence; the claim is then
/// cumulative, over the clause's period or else the sentence's (`period`). Rule
/// incident_toll: a toll that rose, of one incident it names ("the death toll from the
/// crash rose to 12", "raising the toll from Monday's bombing to 12"), is that incident's
/// update, not a running total.
pub fn running_toll_scope(
    scope: &TollScope,
    t: &Tokens,
    s: &Sentence,
    fig: &Figure,
    period: &Option<String>,
    c: &mut Claim,
) -> Option<&'static str> {
    if fig.f.quantity.increment {
        return None;
    }
    let (sa, sb) = (s.first, s.stop);
    let link = &fig.link;
    let (wa, wb) = toll_window(scope, t, sa, sb, fig.qa);
    // a campaign's tally counts several: one victim "killed today during the offensive" is
    // one incident of it
    let several = fig.f.quantity.low.is_none_or(|n| n >= 2);
    let own = context::period(t, wa, wb)
        .or_else(|| several.then(|| campaign_period(scope, t, sa, sb)).flatten());
    let war_subject = context::war_subject(t, wa, link.cue);
    let overall = !war_subject && overall_toll(scope, t, sa, sb, fig.qa);
    let war = war_subject || overall;
    let rose_of_incident = link.cumulative
        && own.is_none()
        && !war
        && incident_toll(scope, t, (sa, sb), link.cue, fig.qa);
    if (link.cumulative || own.is_some() || war) && !rose_of_incident {
        c.scope = Scope::Cumulative;
        // (session 27, mendl27: the rule named, for an explanation)
        let named = (overall && !link.cumulative && own.is_none()).then_some("overall_toll_scope");
        c.period = own.or_else(|| period.clone());
        return named;
    }
    None
}

/// Rule overall_toll_scope (session 27): a sentence that speaks of a whole count, an
/// `overall` word of `data/toll_scope.csv` right before a toll's noun or one word before it
/// ("an overall death tally has never been published; monitors believe some 40,000 people
/// have died", "the cumulative tally is unknown, but researchers put the
/// dead at 60,000"), gives that whole count, a running total, not one incident's toll. Not
/// when the sentence names one incident (`incident` words: "the overall toll from the
/// blast rose to 23" is the blast's). Since session 27 (mendl27) only for a figure in a
/// later clause than the whole count's words, whose own clause names no day and no outcome
/// in the simple past ("Gunmen killed 12 villagers, bringing the overall death toll this
/// month to 85": the 12 is the day's; "the overall death tally passed 4,000, and on
/// Tuesday 12 patients died": the 12 is Tuesday's).
fn overall_toll(scope: &TollScope, t: &Tokens, sa: usize, sb: usize, qa: usize) -> bool {
    let qa = qa.clamp(sa, sb.saturating_sub(1).max(sa));
    let (ca, cb) = clause_of(scope, t, sa, sb, qa);
    let overall = (sa..ca).any(|k| {
        scope.has(ScopeWord::Overall, t.low(k))
            && (k + 1..(k + 3).min(ca))
                .take_while(|&i| t.is_word(i))
                .any(|i| scope.has(ScopeWord::TollNoun, t.low(i)))
    });
    // an outcome verb in the simple past: no perfect, passive perfect or modal before it
    // ("12 patients died", "were killed"; not "have died", "may have been killed")
    let told_past = |k: usize| {
        t.has(k, lexicon::OUTCOME_START)
            && t.low(k).ends_with("ed")
            && !(k > ca && scope.has(ScopeWord::NotSimplePast, t.low(k - 1)))
    };
    overall
        && !(ca..cb).any(|k| context::is_time_word(t, k) || told_past(k))
        && !(sa..sb).any(|i| scope.has(ScopeWord::Incident, t.low(i)))
}

/// Rule campaign_period (session 18): a toll "during" a war, a campaign or an offensive
/// (`campaign_opener` and `campaign` words of `data/toll_scope.csv`: "nine people were
/// wounded during the rebels' offensive in the capital and other towns", "throughout the
/// uprising 40 died") is that campaign's running tally, not one incident's: the period as
/// written, from the opener to the campaign word (at most four words between, none a
/// clause's boundary). Anywhere in the sentence `[sa, sb)`, as a campaign's toll may stand
/// after its figures and their breakdown; not when the sentence names one incident
/// (`incident` and `one_incident` words: "killed in an ambush during the offensive" is the
/// ambush's toll, "the murders of six priests during the offensive" the murder's), nor for a
/// figure of one ("a police commander killed today during the offensive").
/// nor in a relative clause ("..., which they held during the offensive"). Costs nothing on
/// a sentence with no opener word.
fn campaign_period(scope: &TollScope, t: &Tokens, sa: usize, sb: usize) -> Option<String> {
    let k = (sa..sb).find(|&k| scope.has(ScopeWord::CampaignOpener, t.low(k)))?;
    // not in a relative clause, which dates what it tells, not the figure ("wounded by a
    // bomb left in a school, which the rebels had held during the offensive")
    let opens = (sa..k)
        .rev()
        .find(|&i| t.kind(i) == Some(Kind::Punct) && scope.has(ScopeWord::Boundary, t.raw(i)))
        .map_or(sa, |i| i + 1);
    if (opens..k)
        .find(|&i| t.is_word(i))
        .is_some_and(|i| matches!(t.low(i), "which" | "who" | "that" | "where" | "when"))
    {
        return None;
    }
    let stop = (k + 6).min(sb);
    let noun = (k + 1..stop)
        .take_while(|&i| t.is_word(i) || t.low(i) == "'s" || t.low(i) == "'")
        .find(|&i| scope.has(ScopeWord::Campaign, t.low(i)))?;
    if (sa..sb).any(|i| {
        scope.has(ScopeWord::Incident, t.low(i)) || scope.has(ScopeWord::OneIncident, t.low(i))
    }) {
        return None;
    }
    Some(t.span_text(k, noun).to_string())
}

/// Rule restated_tally (session 18): a report that gave a campaign's running tally (rule
/// campaign_period: "nine wounded during the offensive") and later restates the same figure of the same
/// outcome with no period of its own ("although nine were hurt, no report has been
/// issued") restates the tally: the later claim takes its scope and period. Not a figure of
/// one, which a report repeats of many things, nor a sentence naming one incident
/// (`incident` words of `data/toll_scope.csv`: "nine were hurt in the bombing").
pub fn restated_tally(scope: &TollScope, claims: &mut [Claim]) {
    let tallies: Vec<usize> = (0..claims.len())
        .filter(|&j| {
            claims[j].scope == Scope::Cumulative
                && claims[j].period.as_deref().is_some_and(|p| {
                    p.split_whitespace()
                        .next()
                        .is_some_and(|w| scope.has(ScopeWord::CampaignOpener, &w.to_lowercase()))
                })
        })
        .collect();
    if tallies.is_empty() {
        return;
    }
    for k in 0..claims.len() {
        let c = &claims[k];
        if c.scope != Scope::Incident || c.quantity.low.is_none_or(|n| n < 2) {
            continue;
        }
        let Some(&j) = tallies.iter().find(|&&j| {
            j < k
                && claims[j].outcome == c.outcome
                && claims[j].quantity.low == c.quantity.low
                && claims[j].quantity.high == c.quantity.high
        }) else {
            continue;
        };
        let names_incident = c.sentence.as_deref().is_some_and(|line| {
            line.split(|ch: char| !ch.is_alphanumeric())
                .any(|w| scope.has(ScopeWord::Incident, &w.to_lowercase()))
        });
        if !names_incident {
            claims[k].scope = Scope::Cumulative;
            claims[k].period = claims[j].period.clone();
        }
    }
}

/// Rule another_outcome_no_increment (session 27): "another 56 people were wounded" (or "13
/// died and dozens more were hurt") in a report that has told figures only of other
/// outcomes before it adds to no total of its own outcome: "another" is beside the dead,
/// so the figure is the report's count of the wounded (scope incident), not an increment.
/// A report that told its outcome before keeps the increment ("nine died; divers found
/// four more bodies"), and so does one with no figure before it ("six more children were
/// found dead", alone). Since session 27 (mendl27): never for deaths ("12 hurt in the
/// blast are in hospital; two more died on Wednesday" adds to a death toll), and only with
/// the other outcome's figure in the same sentence or the one just before (`sentences`,
/// the byte spans of the report's sentences). Gives the claims it re-scoped.
pub fn another_outcome_no_increment(
    claims: &mut [Claim],
    sentences: &[(usize, usize)],
) -> Vec<usize> {
    // the index of a claim's sentence, by its byte span
    let index = |c: &Claim| {
        c.span.and_then(|(s, _)| {
            sentences
                .iter()
                .position(|&(a, b)| a <= s && s < b.max(a + 1))
        })
    };
    let mut changed = Vec::new();
    for k in 0..claims.len() {
        if claims[k].scope != Scope::Increment || claims[k].outcome == Outcome::Killed {
            continue;
        }
        let before = &claims[..k];
        let outcome = claims[k].outcome;
        let at = index(&claims[k]);
        let near = before
            .iter()
            .any(|c| index(c).zip(at).is_some_and(|(i, j)| i == j || i + 1 == j));
        if near && before.iter().all(|c| c.outcome != outcome) {
            claims[k].scope = Scope::Incident;
            changed.push(k);
        }
    }
    changed
}

/// The tokens whose running-toll wording ("since the war began", "so far", "the conflict
/// has killed") scopes the figure at `qa`, by the clauses of `data/toll_scope.csv`: the
/// figure's own clause; the clause before it when the figure's clause goes on from it ("...
/// so far, and around 3,000 wounded"; "five years of war, which has left") or when that
/// clause opens the sentence ("Since 2011, ..."); and the clause after it when it opens
/// with a period ("..., so far"). "At least 43 killed in the school, ..., pushing the toll
/// above 680 since the conflict began": the period scopes the 680, not the 43.
/// The clause [a, b) of sentence [sa, sb) around token k: from after the `boundary` mark
/// before it to the next one.
fn clause_of(scope: &TollScope, t: &Tokens, sa: usize, sb: usize, k: usize) -> (usize, usize) {
    let boundary =
        |k: usize| t.kind(k) == Some(Kind::Punct) && scope.has(ScopeWord::Boundary, t.raw(k));
    let a = (sa..k).rev().find(|&i| boundary(i)).map_or(sa, |i| i + 1);
    let b = (k..sb).find(|&i| boundary(i)).unwrap_or(sb);
    (a, b)
}

fn toll_window(scope: &TollScope, t: &Tokens, sa: usize, sb: usize, qa: usize) -> (usize, usize) {
    // the clause [a, b) around token k: from after the boundary before it to the next one
    let clause = |k: usize| clause_of(scope, t, sa, sb, k);
    let qa = qa.clamp(sa, sb.saturating_sub(1).max(sa));
    let (mut wa, mut wb) = clause(qa);
    if wa > sa {
        let (pa, _) = clause(wa - 1);
        let first = (wa..wb).find(|&i| t.is_word(i));
        if pa == sa || first.is_some_and(|i| scope.has(ScopeWord::Continues, t.low(i))) {
            wa = pa;
        }
    }
    if wb < sb {
        let (na, nb) = clause(wb + 1);
        // the period stands at the clause's opening (within its first two tokens)
        if context::period(t, na, nb).is_some()
            && context::period(t, (na + 2).min(nb), nb).is_none()
        {
            wb = nb;
        }
    }
    (wa, wb)
}

/// A toll that rose names one incident (rule incident_toll, `incident` and `running` words of
/// `data/toll_scope.csv`): between the toll's word at `cue` and its figure at `qa` ("the
/// death toll from the bus crash near Huancayo rose to 12", "the toll from Tuesday's
/// strikes"), or anywhere in its sentence `s` one told before, singular after "the" or a
/// possessive ("Two more victims of Monday's bombing died and the toll rose to 12"); and
/// its clauses (`toll_window`) name no war or period ("the death toll in the war rose",
/// "since October 7", "this year"; session 27: not the whole sentence); or told by a clause of its day ("when"/"where" and a weekday, rule
/// incident_clause_toll, session 20). Not "Israeli strikes killed 30 on Tuesday and the toll rose to
/// 10,000": strikes of a war, plural, after no "the"; nor "The strike raises the number of
/// civilian dead to 31", the incident adding to a larger total.
fn incident_toll(scope: &TollScope, t: &Tokens, s: (usize, usize), cue: usize, qa: usize) -> bool {
    let (sa, sb) = s;
    // session 27 (linkwar27): a war or period word only in another clause than the
    // toll's ("the toll from the attack on the market climbed to 31 on Tuesday, officials
    // said, as aid groups warned of shortages after months of siege") leaves the toll the
    // incident's; the toll's own clauses (`toll_window`) are read, those of its noun and
    // of its figure both (session 27, mendl27: "the toll from the strikes on the port,
    // which have gone on for months, has risen to 214" is the months')
    let (wa, wb) = toll_window(scope, t, sa, sb, qa);
    let (ca, cb) = toll_window(scope, t, sa, sb, cue.clamp(sa, sb));
    let (wa, wb) = (wa.min(ca), wb.max(cb));
    if (wa..wb).any(|k| scope.has(ScopeWord::Running, t.low(k))) {
        return false;
    }
    let told_before =
        |k: usize| k > sa && (t.is(k - 1, "the") || crate::normalize::possessive(t.low(k - 1)));
    // the incident as the subject of the rise adds to a larger total: "The strike raises
    // the number of civilian dead to 31", "the shelling brought the overall toll to 5,791"
    let raises = |k: usize| {
        k + 1 < sb
            && (t.has(k + 1, lexicon::TOLL_RISE)
                || t.has(k + 1, lexicon::AUX) && t.has(k + 2, lexicon::TOLL_RISE))
    };
    // the incident as the toll's modifier, a headline's compound: "Bomb Toll Rises to 18",
    // "quake death toll climbs to 2,400"
    let modifier = cue > sa && scope.has(ScopeWord::Incident, t.low(cue - 1));
    // rule incident_clause_toll (session 20, scen20): the incident told by a clause of its
    // day, "when" or "where" (data: toll_scope.csv incident_clause) and within twelve words
    // a weekday: "raising to five the number of people who died when a dinghy broke up off
    // the coast on Friday", "divers found two more bodies where the ferry sank on Monday,
    // bringing the toll to nine"
    let clause_of_day = || {
        (sa..sb).any(|k| {
            scope.has(ScopeWord::IncidentClause, t.low(k))
                && (k + 1..(k + 13).min(sb)).any(|i| t.has(i, lexicon::WEEKDAY))
        })
    };
    modifier
        || clause_of_day()
        || (cue.max(sa)..qa.min(sb)).any(|k| scope.has(ScopeWord::Incident, t.low(k)))
        || (sa..sb).any(|k| {
            k != cue
                && scope.has(ScopeWord::Incident, t.low(k))
                && !t.low(k).ends_with('s')
                && told_before(k)
                && !raises(k)
        })
}

/// Rule headline_source: a name before a headline's colon ("UN: ...") is a source unless
/// it is a place ("Syria: 26 killed in day of violence"): a source noun or a person's
/// word last, a name the gazetteer does not know, or an acronym in a headline not in
/// capitals ("UN:"; `line` is the sentence's text).
pub fn headline_source_named(lex: &Lexicon, places: &Gazetteer, line: &str, a: &Attr) -> bool {
    a.claimant.as_deref().is_some_and(|c| {
        let last = c.split_whitespace().last().unwrap_or(c).to_lowercase();
        lex.flags(&last) & (lexicon::SOURCE_NOUN | lexicon::PERSON) != 0
            || places.lookup(c).is_empty()
            || (c.len() <= 5
                && c.chars().all(|ch| ch.is_ascii_uppercase())
                && line.chars().any(char::is_lowercase))
    })
}

/// Rule headline_trailing_name: "... - Smith" names its source, unless the name is a place
/// a headline would name ("- Baghdad": a country, a region, or a city of 50,000; a village
/// or a county that shares a surname is not enough).
pub fn headline_trailing_named(places: &Gazetteer, a: &Attr) -> bool {
    let place = |c: &str| {
        places.lookup(c).iter().any(|p| {
            p.user
                || matches!(p.level, PlaceLevel::Country | PlaceLevel::Region)
                || p.population >= 50_000
        })
    };
    a.claimant.as_deref().is_some_and(|c| !place(c))
}

/// Rule care_of_the_dead (session 17): a singular victim in hospital care with no number
/// ("the former union leader was rushed to a hospital"), named by a definite description,
/// in a document whose earlier sentence told one victim's death in a hospital ("X died in
/// hospital after being shot"), is that victim again, taken there before he died: no claim
/// of its own (the sheets code the death only). Not a victim named ("Juan Perez was rushed
/// to a hospital"), nor after a death told with no hospital.
pub fn care_of_the_dead(t: &Tokens, qa: usize, link: &Link, claims: &[Claim]) -> bool {
    let in_hospital = |s: &str| {
        s.split(|c: char| !c.is_alphabetic()).any(|w| {
            !w.is_empty()
                && lexicon::victim_words().is(&w.to_lowercase(), lexicon::NameClass::Hospital)
        })
    };
    matches!(link.outcome, Outcome::Casualties | Outcome::Wounded)
        && matches!(
            link.rule,
            "subject_in_care" | "victims_in_care" | "taken_to_hospital"
        )
        && qa > 0
        && t.is(qa - 1, "the")
        && claims.iter().any(|c| {
            c.outcome == Outcome::Killed
                && c.quantity.low == Some(1)
                && c.quantity.high == Some(1)
                && c.sentence.as_deref().is_some_and(in_hospital)
        })
}

/// Rule restated_in_care (session 17): a count taken to hospital (rule taken_to_hospital's
/// casualties) that restates a count of wounded told before in the document, the same
/// figure with the same qualifier ("at least 30 civilians were wounded ... reporters saw at
/// least 30 civilians being admitted to hospitals"), is the wounded again: wounded, not
/// casualties. Not another figure ("... saw 12 being admitted"), nor after a count of dead.
pub fn restated_in_care(link: &Link, quantity: &Quantity, claims: &[Claim]) -> bool {
    link.rule == "taken_to_hospital"
        && link.outcome == Outcome::Casualties
        && quantity.low.is_some()
        && claims.iter().any(|c| {
            c.outcome == Outcome::Wounded
                && c.quantity.low == quantity.low
                && c.quantity.high == quantity.high
                && c.quantity.qualifier == quantity.qualifier
        })
}

/// Rule one_by_one_total (session 21, local21): a report that tells its victims one by one
/// and never states their number ("A 20-year-old man died at the scene. A 22-year-old man is
/// in critical condition. A woman, 19, was treated and released"): two or more claims of one
/// person each, of one outcome (killed or wounded), each a new person (its figure the article
/// "a"/"an" of its victims, and its age told, "a 22-year-old man", "a woman, 19", no two
/// ages alike: a report that introduces one victim twice, "a sheriff's deputy" then "a
/// veteran deputy", tells no age twice over), in one paragraph, give that outcome's total (wounded 2)
/// besides each one's own. Not when the report states a number of that outcome of its own
/// (a count above one, a vague one: the total is told), not in a text without case (wire
/// capitals, where "A" opens many a line of a list of incidents), not across paragraphs, not
/// "the man ... a man" (one indefinite person each). Runs over the report's claims, before
/// their places are read; (span, total, outcome) of each total given, for `--explain`.
pub fn one_by_one_total(
    text: &str,
    uncased: bool,
    claims: &mut Vec<Claim>,
) -> Vec<(usize, usize, i64, Outcome)> {
    if uncased {
        return Vec::new();
    }
    let new_person = |c: &Claim| {
        // (a singular victim's figure as written is its article)
        matches!(c.quantity.written.as_str(), "A" | "a" | "An" | "an")
            && c.quantity.low == Some(1)
            && c.quantity.high == Some(1)
            && c.quantity.qualifier == Qualifier::Exact
            && c.scope == Scope::Incident
            && c.span.is_some()
    };
    // the victim's age as local news writes it: "a 22-year-old man", "a woman, 19,"
    let age_of = |c: &Claim| -> Option<String> {
        let digits =
            |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
        if let Some(w) = c
            .victims
            .split_whitespace()
            .find_map(|w| w.strip_suffix("-year-old"))
        {
            return digits(w).then(|| w.to_string());
        }
        let sentence = c.sentence.as_deref()?;
        let after = &sentence[sentence.find(c.victims.as_str())? + c.victims.len()..];
        let age = after
            .strip_prefix(", ")?
            .split(|ch: char| !ch.is_ascii_digit())
            .next()?;
        digits(age).then(|| age.to_string())
    };
    let mut added = Vec::new();
    for o in [Outcome::Killed, Outcome::Wounded] {
        let stated = claims.iter().any(|c| {
            c.outcome == o
                && (c.quantity.qualifier == Qualifier::Vague
                    || c.quantity.low.is_some_and(|l| l > 1))
        });
        if stated {
            continue;
        }
        let ones: Vec<&Claim> = claims
            .iter()
            .filter(|c| c.outcome == o && new_person(c))
            .collect();
        // runs of one paragraph
        let mut run: Vec<&Claim> = Vec::new();
        let mut flush = |run: &mut Vec<&Claim>| {
            let mut ages: Vec<String> = run.iter().filter_map(|c| age_of(c)).collect();
            ages.sort();
            ages.dedup();
            if run.len() >= 2 && ages.len() == run.len() {
                let (a, b) = (run[0].span.unwrap().0, run[run.len() - 1].span.unwrap().1);
                let mut c = run[run.len() - 1].clone();
                let n = run.len() as i64;
                c.quantity = Quantity {
                    written: n.to_string(),
                    qualifier: Qualifier::Exact,
                    low: Some(n),
                    high: Some(n),
                    increment: false,
                };
                c.victims = run
                    .iter()
                    .map(|c| c.victims.as_str())
                    .collect::<Vec<_>>()
                    .join("; ");
                c.span = Some((a, b));
                c.sentence = text.get(a..b).map(str::to_string);
                added.push(c);
            }
            run.clear();
        };
        for c in ones {
            if let Some(last) = run.last() {
                let (end, start) = (last.span.unwrap().1, c.span.unwrap().0);
                let apart = start < end || text.get(end..start).is_none_or(|g| g.contains("\n\n"));
                if apart {
                    flush(&mut run);
                }
            }
            run.push(c);
        }
        flush(&mut run);
    }
    let told = added
        .iter()
        .filter_map(|c| {
            c.span
                .map(|(a, b)| (a, b, c.quantity.low.unwrap_or(0), c.outcome))
        })
        .collect();
    claims.extend(added);
    told
}
