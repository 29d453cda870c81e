//! Article text → candidate claims. Pure: no database, no I/O, so it runs in parallel
//! (rayon) over documents and on machines with no database at all.
//!
//! One pass each over the text: tokens with their word classes ([`tokens`]), sentences with
//! page furniture left out ([`sentences`]), quantity expressions (`quantity::scan`). Each
//! quantity is then either linked to an outcome or dropped with a reason ([`rules`]); a kept
//! one takes its attribution, date, period and adversary from its sentence ([`context`]),
//! and its place from its sentence and those around it ([`crate::places`]).

pub mod context;
pub mod grammar;
pub mod lexicon;
pub mod rules;
pub mod sentences;
pub mod signature;
pub mod tokens;

#[cfg(test)]
pub(crate) mod tests;

use crate::model::{Claim, Document, Outcome, Scope};
use crate::places::{Gazetteer, PlaceDecision};
use crate::quantity::{self, Found};
use crate::tables::{Tables, TollScope};
use lexicon::Lexicon;
use rules::{Link, Verdict};
use serde::Serialize;
use tokens::Tokens;

/// Why a candidate number was kept or dropped (`ingest --explain`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// Byte span of the number in the document text.
    pub start: usize,
    pub end: usize,
    pub written: String,
    pub kept: bool,
    pub reason: String,
}

/// One sentence of a document as the extractor sees it: its byte span, its token range
/// (`first..stop`), the candidate numbers in it, who speaks in it, the last named speaker
/// before it (for "he said") and the document's published date.
pub struct Sentence<'a> {
    pub start: usize,
    pub end: usize,
    pub first: usize,
    pub stop: usize,
    pub founds: Vec<&'a Found>,
    pub attrs: Vec<context::Attr>,
    pub last_speaker: Option<&'a str>,
    /// The author of a report named in a sentence before (rule report_author).
    pub last_author: Option<&'a str>,
    /// The last named speaker who is one person ("he said" is not "officials").
    pub last_singular: Option<&'a str>,
    /// Every named speaker before it, in order (rule anaphoric_head).
    pub speakers: &'a [String],
    pub published: Option<chrono::NaiveDate>,
    /// The text is in capitals only (wire copy): an earlier year is not read there (rule
    /// earlier_year; see docs/linking.md, session 11).
    pub uncased: bool,
}

/// What the extractor made of one document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extraction {
    pub claims: Vec<Claim>,
    pub decisions: Vec<Decision>,
    /// The document's salient proper nouns (see `signature`), for linking by context.
    pub signature: Vec<(String, u32)>,
    /// Why each claim got its place (`places::resolve_claims`), for `ingest --explain`.
    pub places: Vec<PlaceDecision>,
}

/// Holds the compiled rules and tables; build once, share across threads.
pub struct Extractor<'t> {
    pub tables: &'t Tables,
    lex: Lexicon,
    places: Gazetteer,
    /// Write why each candidate was kept or dropped and why each claim got its place
    /// (`Extraction::decisions`, `Extraction::places`). Off, those stay empty and their
    /// texts are never built; the claims and the signature are the same either way.
    explain: bool,
}

impl<'t> Extractor<'t> {
    pub fn new(tables: &'t Tables) -> Self {
        Extractor {
            tables,
            lex: Lexicon::load(),
            places: Gazetteer::new(tables),
            explain: true,
        }
    }

    /// The same extractor, writing its decisions (`--explain`) or not: `ingest` and
    /// `extract` without `--explain` read only the claims and the signature, and the texts
    /// of the decisions are a good part of extraction's cost.
    pub fn explaining(mut self, on: bool) -> Self {
        self.explain = on;
        self
    }

    /// Rule anaphoric_speaker: "the group said", "the agency said" after a sentence naming
    /// the speaker ("The Syrian Observatory for Human Rights said ...") is that speaker
    /// (data: anaphoric words).
    fn anaphoric(&self, claimant: Option<&str>) -> bool {
        self.anaphoric_noun(claimant)
            .is_some_and(|w| self.lex.flags(&w) & lexicon::ANAPHORIC != 0)
    }

    /// The noun of "the X" (lower case) when X refers back (data: words.csv anaphoric,
    /// anaphoric_head).
    fn anaphoric_noun(&self, claimant: Option<&str>) -> Option<String> {
        let mut w = claimant?.split_whitespace();
        let (Some(first), Some(last), None) = (w.next(), w.next(), w.next()) else {
            return None;
        };
        if !first.eq_ignore_ascii_case("the") {
            return None;
        }
        let last = last.to_lowercase();
        (self.lex.flags(&last) & (lexicon::ANAPHORIC | lexicon::ANAPHORIC_HEAD) != 0)
            .then_some(last)
    }

    /// Rule anaphoric_head: "the ministry added" after a sentence naming "the Interior
    /// Ministry" is that ministry: the last named speaker whose name has the noun
    /// ("The Gaza Health Ministry"); a noun only this rule reads (data: words.csv
    /// anaphoric_head: "ministry", "army") goes back to no other speaker.
    fn speaker_by_head<'s>(
        &self,
        claimant: Option<&str>,
        speakers: &'s [String],
    ) -> Option<&'s str> {
        let noun = self.anaphoric_noun(claimant)?;
        speakers
            .iter()
            .rev()
            .find(|s| {
                s.split_whitespace().count() > 1
                    && s.split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.eq_ignore_ascii_case(&noun))
            })
            .map(String::as_str)
    }

    /// Rules number_not_speaker and place_not_speaker: a claimant that is a number
    /// ("Twelve said", "dozens") or a bare place that is not a capital speaking for its
    /// government (data: words.csv seat: "Moscow said"; "Gaza said", "Aleppo" are
    /// fragments) is no claimant. Countries speak ("Israel said").
    fn not_a_speaker(&self, claimant: &str) -> bool {
        let c = claimant
            .strip_prefix("the ")
            .or_else(|| claimant.strip_prefix("The "))
            .unwrap_or(claimant);
        // (a claimant reaches here with a capital or a source noun: "police", "the
        // group" are no place nor number, and ask nothing more)
        if c.split_whitespace().count() > 2 || c.starts_with(char::is_lowercase) {
            return false;
        }
        if c.chars().next().is_some_and(|ch| ch.is_ascii_digit())
            || quantity::parse(c, &self.tables.vague).is_ok_and(|q| q.low.is_some())
        {
            return true;
        }
        if self.lex.flags(&c.to_lowercase()) & (lexicon::SEAT | lexicon::SOURCE_NOUN) != 0 {
            return false;
        }
        // (looked up through the thread's cache of names: claimants repeat)
        let Some(k) = crate::places::fold_name(c) else {
            return false;
        };
        // a name GeoNames knows as a place that is no place here ("Hamas", a name of Hamm;
        // data: place_cues.csv not_place)
        let day = lexicon::MONTH | lexicon::WEEKDAY;
        if self.places.cues.is_not_place(&k) && self.lex.flags(&c.to_lowercase()) & day == 0 {
            return false;
        }
        let places = self.places.lookup_cached(&k);
        places.first().is_some_and(|p| {
            p.level != crate::model::PlaceLevel::Country
                && p.population >= 100_000
                && places
                    .iter()
                    .all(|q| q.level != crate::model::PlaceLevel::Country)
        })
    }

    /// Every casualty claim in `doc`, with provenance, and a decision for every candidate.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let text = doc.text.as_str();
        let toks = Tokens::new(text, &self.lex);
        let sents = sentences::split(text, &self.lex);
        // the quantity grammar reads the same tokens
        let founds = quantity::scan_spans(text, toks.quantity_spans(), &self.tables.vague);
        // no date in the metadata: the day its dateline gives, for "today", "yesterday"
        let published = doc
            .published
            .as_deref()
            .and_then(crate::normalize::date::to_naive)
            .or_else(|| context::printed_day(&toks, &sents));
        let urls = url_spans(text);
        let uncased = signature::uncased(text);
        let mut out = Extraction {
            signature: signature::signature(text),
            ..Extraction::default()
        };
        let mut fi = 0;
        let mut last_speaker: Option<String> = None;
        let mut speakers: Vec<String> = Vec::new();
        let mut last_author: Option<String> = None;
        let mut last_org: Option<String> = None;
        let mut last_singular: Option<String> = None;
        let mut seen_singular: Vec<(Outcome, String)> = Vec::new();
        // the last words of the full names it writes: "Hayes" after "Darnell Hayes"
        let surnames = rules::surnames(&toks, &sents);
        // the claims of the sentence before
        let mut prev_claims = 0..0;
        let mut line_speaker: Option<String> = None;
        for &(s, e) in &sents {
            // numbers outside every sentence: page furniture
            while fi < founds.len() && founds[fi].start < s {
                out.decisions
                    .push(decision(self.explain, &founds[fi], false, || {
                        "dropped: not article text (page furniture)".into()
                    }));
                fi += 1;
            }
            let mut in_sentence: Vec<&Found> = Vec::new();
            while fi < founds.len() && founds[fi].start < e {
                let f = &founds[fi];
                if urls.iter().any(|&(a, b)| f.start >= a && f.start < b) {
                    out.decisions.push(decision(self.explain, f, false, || {
                        "dropped: part of a web address [rule web_address]".into()
                    }));
                } else {
                    in_sentence.push(f);
                }
                fi += 1;
            }
            let sa = toks.at(s);
            let sb = toks.at(e);
            let mut attrs = if (sa..sb).any(|i| context::speech_at(&toks, i)) {
                context::attributions(&toks, sa, sb)
            } else {
                Vec::new()
            };
            if attrs.is_empty() {
                attrs.extend(context::headline_source(&toks, sa, sb));
                // rule headline_source: a name before a headline's colon ("UN: ...") is a
                // source unless it is a place ("Syria: 26 killed in day of violence")
                attrs.retain(|a| {
                    a.claimant.as_deref().is_some_and(|c| {
                        let last = c.split_whitespace().last().unwrap_or(c).to_lowercase();
                        self.lex.flags(&last) & (lexicon::SOURCE_NOUN | lexicon::PERSON) != 0
                            || self.places.lookup(c).is_empty()
                            // an acronym in a headline not in capitals ("UN:")
                            || (c.len() <= 5
                                && c.chars().all(|ch| ch.is_ascii_uppercase())
                                && text[s..e].chars().any(char::is_lowercase))
                    })
                });
            }
            if attrs.is_empty() {
                attrs.extend(context::subject_of_stance(&toks, sa, sb));
            }
            if attrs.is_empty() {
                attrs.extend(context::headline_trailing_source(&toks, sa, sb));
            }
            if attrs.is_empty() && !in_sentence.is_empty() {
                // rule headline_trailing_name: "... - Smith", unless the name is a place a
                // headline would name ("- Baghdad": a country, a region, or a city of 50,000;
                // a village or a county that shares a surname is not enough)
                let place = |c: &str| {
                    self.places.lookup(c).iter().any(|p| {
                        p.user
                            || matches!(
                                p.level,
                                crate::model::PlaceLevel::Country
                                    | crate::model::PlaceLevel::Region
                            )
                            || p.population >= 50_000
                    })
                };
                attrs.extend(
                    context::headline_trailing_name(&toks, sa, sb)
                        .filter(|a| a.claimant.as_deref().is_some_and(|c| !place(c))),
                );
            }
            let mut singles = rules::singular(&self.lex, &toks, sa, sb, &surnames);
            singles.retain(|((a, _), _)| {
                !urls
                    .iter()
                    .any(|&(ua, ub)| toks.v[*a].s >= ua && toks.v[*a].s < ub)
            });
            let sentence = Sentence {
                start: s,
                end: e,
                first: sa,
                stop: sb,
                founds: in_sentence,
                attrs,
                last_speaker: last_speaker.as_deref(),
                last_author: last_author.as_deref(),
                last_singular: last_singular.as_deref(),
                speakers: &speakers,
                published,
                uncased,
            };
            let before = out.claims.len();
            if !sentence.founds.is_empty() || !singles.is_empty() {
                self.sentence(&toks, &sentence, singles, &mut seen_singular, &mut out);
            }
            if out.claims.len() == before {
                // rule speaker_next_sentence: "Twelve people died. That's according to the
                // fire department."
                if let Some(who) = context::speaker_of_sentence_before(&toks, sa, sb) {
                    // rule according_to_line: "According to the fire department:" before any
                    // figure speaks for the figures of the next sentence that gives some
                    if prev_claims.is_empty() {
                        line_speaker = Some(who.clone());
                    }
                    speak_for(&mut out.claims[prev_claims.clone()], &who);
                }
            } else if let Some(who) = line_speaker.take() {
                speak_for(&mut out.claims[before..], &who);
            }
            prev_claims = before..out.claims.len();
            let Sentence { attrs, .. } = sentence;
            // rule subject_antecedent: "Papandreou expressed shock ... '...,' he told
            // parliament": a named person opening a sentence is whom "he" speaks for next
            if let Some(n) = context::named_subject(&toks, sa, sb) {
                last_singular = Some(n);
            }
            // rule report_author: "the watchdog released its yearly report ... The report says"
            if let Some(n) = context::report_author(&toks, sa, sb) {
                last_author = Some(n);
            }
            // rule organisation_antecedent: "Amnesty International documented the raids. ...,
            // the group said": an organisation opening a sentence with no speaker as its
            // subject is "the group" of a later sentence that no named speaker resolved
            for c in &mut out.claims[before..] {
                if let Some(org) = last_org.as_deref() {
                    if self.anaphoric(c.claimant.as_deref()) {
                        c.claimant = Some(org.to_string());
                    }
                }
            }
            if attrs.is_empty() {
                if let Some(n) = context::organisation_subject(&self.lex, &toks, sa, sb) {
                    last_org = Some(n);
                }
            }
            if let Some(a) = attrs.iter().rev().find(|a| !a.pronoun) {
                // (rule anaphoric_head reads unnamed ones too: "the chief" is "the fire chief")
                if let Some(c) = a
                    .claimant
                    .as_deref()
                    .filter(|c| !self.anaphoric_noun(Some(c)).is_some())
                {
                    speakers.push(c.to_string());
                }
                if let Some(c) = a.claimant.as_deref().filter(|c| context::is_named(c)) {
                    last_speaker = Some(c.to_string());
                    if !context::plural_speaker(&self.lex, c) {
                        last_singular = Some(c.to_string());
                    }
                }
            }
        }
        for f in &founds[fi..] {
            out.decisions.push(decision(self.explain, f, false, || {
                "dropped: not article text (page furniture)".into()
            }));
        }
        // the scene of each claim, from its sentence and the sentences around it
        out.places = crate::places::resolve_claims_explained(
            &self.places,
            crate::places::resolve::Source {
                outlet: doc.outlet.as_deref(),
                url: doc.url.as_deref(),
            },
            text,
            doc.title.as_deref(),
            &sents,
            &mut out.claims,
            self.explain,
        );
        if !self.explain {
            // without texts, they were pushed only to keep `kept`'s indices into them
            out.decisions.clear();
        }
        context::carry_stated_days(&mut out.claims);
        out
    }

    /// The claims of one sentence: its candidate numbers decided, joined figures, singular
    /// victims, then each kept figure's claimant, scope, place, date and adversary.
    fn sentence(
        &self,
        toks: &Tokens,
        sentence: &Sentence,
        singles: Vec<((usize, usize), Link)>,
        seen_singular: &mut Vec<(Outcome, String)>,
        out: &mut Extraction,
    ) {
        let (s, e, sa, sb) = (sentence.start, sentence.end, sentence.first, sentence.stop);
        let founds = &sentence.founds[..];
        let attrs = &sentence.attrs[..];
        let last_speaker = sentence.last_speaker;
        let last_author = sentence.last_author;
        let last_singular = sentence.last_singular;
        let speakers = sentence.speakers;
        let published = sentence.published;
        let uncased = sentence.uncased;
        let text = toks.text;
        // (found, link, qa, qb, decision index)
        let mut kept: Vec<(&Found, Link, usize, usize, usize)> = Vec::new();
        for f in founds {
            if f.end > e {
                out.decisions.push(decision(self.explain, f, false, || {
                    "dropped: runs across a sentence boundary".into()
                }));
                continue;
            }
            let qa = toks.at(f.start);
            let qb = toks.at(f.end);
            match rules::decide(&self.lex, toks, f, qa, qb, sa, sb, self.explain) {
                Verdict::Keep(mut link) => {
                    if f.quantity.qualifier == crate::model::Qualifier::Exact
                        && rules::trailing_at_least(toks, qb, link.victims)
                    {
                        link.how
                            .push_str(", 'at least' after it [rule trailing_at_least]");
                    }
                    let second = rules::second_outcome(&self.lex, toks, &link, sb);
                    if let Some((o, true)) = second {
                        link.outcome = o;
                        link.how.push_str(&format!(
                            ", one figure for two outcomes: {o} [rule one_figure_two_outcomes]"
                        ));
                    }
                    let other = second.filter(|s| !s.1).map(|(o, _)| {
                        let mut other = link.clone();
                        other.outcome = o;
                        other.how.push_str(&format!(
                            ", the same figure for a second outcome: {o} [rule one_figure_two_outcomes]"
                        ));
                        other
                    });
                    let idx = out.decisions.len();
                    out.decisions
                        .push(decision(self.explain, f, true, || link.reason()));
                    kept.push((f, link, qa, qb, idx));
                    if let Some(other) = other {
                        let idx = out.decisions.len();
                        out.decisions
                            .push(decision(self.explain, f, true, || other.reason()));
                        kept.push((f, other, qa, qb, idx));
                    }
                }
                Verdict::Drop(reason, report) => {
                    // "killed six priests and two women": a figure joined to an object shares
                    // its outcome
                    let joiner = qa >= sa + 2
                        && (toks.is(qa - 1, "and")
                            || toks.is_punct(qa - 1, ",")
                            || toks.is(qa - 1, "plus"));
                    let person_next =
                        || rules::np(toks, qb, sb).is_some_and(|v| v.person && v.a == qb);
                    // "and one civilian" joins; "and a man said" does not; "kill 4 children
                    // and a woman in Idlib" does (rule joined_article: the article's person
                    // ends the clause: a preposition, punctuation or the end after it)
                    let article_ends = || {
                        rules::np(toks, qb, sb).is_some_and(|v| {
                            let e = v.end + 1;
                            v.a == qb
                                && (e >= sb
                                    || toks.is_punct(e, ",")
                                    || toks.is_punct(e, ".")
                                    || toks.has(e, lexicon::PREP))
                        })
                    };
                    let joined = joiner
                        && (!f.article || toks.is(qa, "one") || article_ends())
                        && person_next();
                    let prev = kept.last().filter(|k| {
                        k.1.object
                            && k.1.victims.is_some_and(|(_, ve)| {
                                ve + 1 == qa - 1 || (ve + 2 == qa - 1 && toks.is_punct(ve + 1, ","))
                            })
                    });
                    // rule list_after_object: "killed 15 in the Idlib area, nine in the Aleppo
                    // area and several in Hama", "killing all 53 on board and one on the
                    // ground": figures listed after the object, each with where it applies
                    let listed = joiner
                        && rules::list_item(toks, qb, sb)
                        && kept
                            .last()
                            .is_some_and(|k| rules::lists_after(toks, &k.1, k.3, qa, sb));
                    let prev = if listed { kept.last() } else { prev };
                    let joined = joined || listed;
                    if let (true, Some(p)) = (joined, prev) {
                        let mut link = p.1.clone();
                        link.victims = rules::np(toks, qb, sb).map(|v| (v.a, v.end));
                        link.how = format!(
                            "joined by '{}' to '{}'",
                            toks.raw(qa - 1),
                            p.0.quantity.written
                        );
                        link.rule = if listed {
                            "list_after_object"
                        } else {
                            "joined_object"
                        };
                        let idx = out.decisions.len();
                        out.decisions
                            .push(decision(self.explain, f, true, || link.reason()));
                        kept.push((f, link, qa, qb, idx));
                        continue;
                    }
                    if report {
                        out.decisions
                            .push(decision(self.explain, f, false, || reason));
                    }
                }
            }
        }
        // singular victims with no number ("the mayor was killed"), once per victim and
        // outcome in a document, unless a number already covers them
        let mut synthetic: Vec<Found> = Vec::new();
        let mut single_links: Vec<Link> = Vec::new();
        for ((a, b), link) in singles {
            let covered = kept.iter().any(|k| {
                k.1.victims.is_some_and(|(va, vb)| va <= b && vb >= a) || (k.2 <= b && k.3 > a)
            });
            let key = (link.outcome, crate::tables::fold(toks.span_text(a, b)));
            // "a man was wounded ... Another man was also injured": an increment of a figure
            // of the same outcome before it, which a claim of 1 would misstate
            // (a title line's figure is a summary of the body, not a figure it adds to:
            // "2 Dead, 1 Wounded in Shooting" then "two killed and another wounded")
            let adds = link.more
                && (kept.iter().any(|k| k.1.outcome == link.outcome)
                    || out.claims.iter().any(|c| {
                        c.outcome == link.outcome
                            && c.sentence
                                .as_deref()
                                .is_some_and(sentences::ends_as_sentence)
                    }));
            if covered || adds || seen_singular.contains(&key) {
                continue;
            }
            seen_singular.push(key);
            let (bs, be) = (toks.v[a].s, toks.v[b].e);
            // one ("the mayor"), or the count words as written ("both", "no one")
            let written = match link.written {
                Some((wa, wb)) => toks.span_text(wa, wb).to_string(),
                None => "1".to_string(),
            };
            synthetic.push(Found {
                start: bs,
                end: be,
                quantity: crate::model::Quantity {
                    written,
                    qualifier: crate::model::Qualifier::Exact,
                    low: Some(link.count),
                    high: Some(link.count),
                    increment: false,
                },
                article: false,
                bare_digits: false,
            });
            single_links.push(link);
        }
        for (f, link) in synthetic.iter().zip(single_links) {
            let (written, reason) = if self.explain {
                (text[f.start..f.end].to_string(), link.reason())
            } else {
                (String::new(), String::new())
            };
            out.decisions.push(Decision {
                start: f.start,
                end: f.end,
                written,
                kept: true,
                reason,
            });
            let qa = toks.at(f.start);
            let qb = toks.at(f.end);
            kept.push((f, link, qa, qb, usize::MAX - 1));
        }
        if kept.is_empty() {
            return;
        }
        // "including three officers": the outcome of the figure it belongs to
        for k in 0..kept.len() {
            if !kept[k].1.inherit {
                continue;
            }
            let parent = (0..k)
                .rev()
                .find(|&j| !kept[j].1.inherit)
                .map(|j| kept[j].1.outcome);
            match parent {
                Some(o) => {
                    kept[k].1.outcome = o;
                    if self.explain {
                        out.decisions[kept[k].4].reason = kept[k].1.reason();
                    }
                }
                None => {
                    let d = &mut out.decisions[kept[k].4];
                    d.kept = false;
                    if self.explain {
                        d.reason = "dropped: 'including' with no figure before it".into();
                    }
                    kept[k].1.outcome = Outcome::Killed;
                    kept[k].4 = usize::MAX;
                }
            }
        }
        kept.retain(|k| k.4 != usize::MAX);
        kept.sort_by_key(|k| k.2);
        // rule coordinated_total: "two adults and three minors were killed", "TWO SOLDIERS AND
        // ONE GUERRILLA WERE KILLED": the parts' figures are kept, and their total beside them
        let parts: Vec<rules::Part> = kept
            .iter()
            .map(|k| rules::Part {
                qa: k.2,
                victims: k.1.victims,
                outcome: k.1.outcome,
                // a written number: "a man and a woman" are two singular victims, a kind
                // of their own
                exact: k.4 != usize::MAX - 1
                    && !(k.0.article && !k.0.quantity.written.eq_ignore_ascii_case("one"))
                    && k.0.quantity.qualifier == crate::model::Qualifier::Exact
                    && k.0.quantity.low.is_some()
                    && k.0.quantity.low == k.0.quantity.high,
            })
            .collect();
        let totals: Vec<(Found, Link)> = rules::coordinated_groups(toks, &parts)
            .into_iter()
            .map(|(i, j)| {
                let (first, last) = (&kept[i], &kept[j]);
                let end = last.1.victims.map_or(last.3, |(_, ve)| ve);
                let sum: i64 = kept[i..=j].iter().filter_map(|k| k.0.quantity.low).sum();
                let mut link = first.1.clone();
                link.victims = Some((first.2, end));
                link.how = format!("the total of {} figures joined by 'and'", j - i + 1);
                link.rule = "coordinated_total";
                let f = Found {
                    start: first.0.start,
                    end: toks.v[end].e,
                    quantity: crate::model::Quantity {
                        written: toks.span_text(first.2, end).to_string(),
                        qualifier: crate::model::Qualifier::Exact,
                        low: Some(sum),
                        high: Some(sum),
                        increment: false,
                    },
                    article: false,
                    bare_digits: false,
                };
                (f, link)
            })
            .collect();
        // rule named_pair_total: "John Smith, 34, and Mary Jones, 29, were killed": singular
        // victims of one predicate joined by "and" (each an apposition of age between) are
        // kept one by one, and their count beside them
        let singles: Vec<rules::Single> = kept
            .iter()
            .map(|k| rules::Single {
                victims: (k.4 == usize::MAX - 1 && k.1.written.is_none() && k.1.count == 1)
                    .then_some(k.1.victims)
                    .flatten(),
                cue: k.1.cue,
                outcome: k.1.outcome,
            })
            .collect();
        let totals: Vec<(Found, Link)> = totals
            .into_iter()
            .chain(
                rules::named_groups(toks, &singles)
                    .into_iter()
                    .map(|(i, j)| {
                        let (va, _) = kept[i].1.victims.unwrap_or((kept[i].2, kept[i].2));
                        let (_, vb) = kept[j].1.victims.unwrap_or((kept[j].3, kept[j].3));
                        let mut link = kept[i].1.clone();
                        link.victims = Some((va, vb));
                        link.written = None;
                        link.how = format!("{} victims named, joined by 'and'", j - i + 1);
                        link.rule = "named_pair_total";
                        let n = (j - i + 1) as i64;
                        let f = Found {
                            start: toks.v[va].s,
                            end: toks.v[vb].e,
                            quantity: crate::model::Quantity {
                                written: toks.span_text(va, vb).to_string(),
                                qualifier: crate::model::Qualifier::Exact,
                                low: Some(n),
                                high: Some(n),
                                increment: false,
                            },
                            article: false,
                            bare_digits: false,
                        };
                        (f, link)
                    }),
            )
            .collect();
        for (f, link) in &totals {
            out.decisions
                .push(decision(self.explain, f, true, || link.reason()));
            let qa = toks.at(f.start);
            kept.push((f, link.clone(), qa, toks.at(f.end), out.decisions.len() - 1));
        }
        kept.sort_by_key(|k| k.2);
        let sentence = one_line(&text[s..e]);
        let mut dates = context::stated_dates(toks, sa, sb, published);
        if uncased {
            dates.retain(|d| d.day.len() != 4);
        }
        let period = context::period(toks, sa, sb);
        let quantity_tokens: Vec<(usize, usize)> = founds
            .iter()
            .map(|f| (toks.at(f.start), toks.at(f.end)))
            .collect();
        let skip = |i: usize| quantity_tokens.iter().any(|&(a, b)| i >= a && i < b);
        let mut prev_victims: Option<String> = None;
        for (f, link, qa, qb, _) in &kept {
            // "13 advisers had been killed and 21 wounded": the bare figure shares the victims
            let victims = match link.victims {
                Some((a, b)) => toks.span_text(a, b).to_string(),
                None if link.how.starts_with("predicate") => {
                    prev_victims.clone().unwrap_or_default()
                }
                None => String::new(),
            };
            if !victims.is_empty() {
                prev_victims = Some(victims.clone());
            }
            let mut quantity = f.quantity.clone();
            // rule trailing_at_least: "15 soldiers at least killed" is at least 15
            if quantity.qualifier == crate::model::Qualifier::Exact
                && quantity.low.is_some()
                && rules::trailing_at_least(toks, *qb, link.victims)
            {
                quantity.qualifier = crate::model::Qualifier::AtLeast;
                quantity.high = None;
            }
            let mut c = Claim::new(quantity, link.outcome, victims);
            // rule quote_continues: a sentence that opens a quote and names no speaker
            // ('"There are around 30 people seriously injured, ...') goes on the quote of the
            // speaker named before
            // (ECB+ opens a quote with two backticks: "`` It has killed 40 people")
            let opens_quote = text[s..e].starts_with(['"', '“']) || text[s..e].starts_with("``");
            if attrs.is_empty() && opens_quote {
                c.claimant = last_speaker.map(str::to_string);
            }
            if let Some(a) = context::choose(attrs, *qa) {
                c.claimant = if a.pronoun {
                    // rule pronoun_speaker: the speaker named before in the same sentence,
                    // else the last one ("he" and "she": the last who is one person)
                    context::speaker_before_pronoun(attrs, a)
                        .or(if context::singular_pronoun(toks, a) {
                            last_singular.or(last_speaker)
                        } else {
                            last_speaker
                        })
                        .map(str::to_string)
                } else if let Some(author) =
                    last_author.filter(|_| context::the_report(a.claimant.as_deref()))
                {
                    // rule report_author: "The report says" after a sentence naming its author
                    Some(author.to_string())
                } else if let Some(who) = self.speaker_by_head(a.claimant.as_deref(), speakers) {
                    Some(who.to_string())
                } else if self.anaphoric(a.claimant.as_deref()) {
                    // (or the author of a report named before: "Amnesty International
                    // published a report ... The group said")
                    last_speaker
                        .or(last_author)
                        .map(str::to_string)
                        .or_else(|| a.claimant.clone())
                } else {
                    a.claimant.clone()
                };
                if c.claimant.as_deref().is_some_and(|x| self.not_a_speaker(x)) {
                    c.claimant = None;
                }
                // no "SOHR via SOHR", "the Observatory via Syrian Observatory for Human Rights"
                c.via = a
                    .via
                    .clone()
                    .filter(|v| !context::same_source(v, c.claimant.as_deref()));
            }
            // rule running_toll_scope: a running-toll wording scopes the figures of its
            // clause (`toll_window`), not another happening's figure in the same sentence
            if !f.quantity.increment {
                let (wa, wb) = toll_window(&self.tables.scope, toks, sa, sb, *qa);
                let own = context::period(toks, wa, wb);
                let war = context::war_subject(toks, wa, link.cue);
                // rule incident_toll: a toll that rose, of one incident it names ("the death
                // toll from the crash rose to 12", "raising the toll from Monday's bombing
                // to 12"), is that incident's update, not a running total
                let rose_of_incident = link.cumulative
                    && own.is_none()
                    && !war
                    && incident_toll(&self.tables.scope, toks, (sa, sb), link.cue, *qa);
                if (link.cumulative || own.is_some() || war) && !rose_of_incident {
                    c.scope = Scope::Cumulative;
                    c.period = own.or_else(|| period.clone());
                }
            }
            c.event_date = context::event_date(toks, &dates, *qa);
            c.adversary = context::adversary(toks, sa, sb, link.after, &skip);
            c.sentence = Some(sentence.clone());
            c.span = Some((s, e));
            out.claims.push(c);
        }
    }
}

/// The words of `text` joined by single spaces (a claim's sentence as stored).
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The tokens whose running-toll wording ("since the war began", "so far", "the conflict
/// has killed") scopes the figure at `qa`, by the clauses of `data/toll_scope.csv`: the
/// figure's own clause; the clause before it when the figure's clause goes on from it ("...
/// so far, and around 3,000 wounded"; "five years of war, which has left") or when that
/// clause opens the sentence ("Since 2011, ..."); and the clause after it when it opens
/// with a period ("..., so far"). "At least 43 killed in the school, ..., pushing the toll
/// above 680 since the conflict began": the period scopes the 680, not the 43.
fn toll_window(scope: &TollScope, t: &Tokens, sa: usize, sb: usize, qa: usize) -> (usize, usize) {
    let boundary = |k: usize| {
        t.kind(k) == Some(crate::extract::tokens::Kind::Punct) && scope.is_boundary(t.raw(k))
    };
    // the clause [a, b) around token k: from after the boundary before it to the next one
    let clause = |k: usize| {
        let a = (sa..k).rev().find(|&i| boundary(i)).map_or(sa, |i| i + 1);
        let b = (k..sb).find(|&i| boundary(i)).unwrap_or(sb);
        (a, b)
    };
    let qa = qa.clamp(sa, sb.saturating_sub(1).max(sa));
    let (mut wa, mut wb) = clause(qa);
    if wa > sa {
        let (pa, _) = clause(wa - 1);
        let first = (wa..wb).find(|&i| t.is_word(i));
        if pa == sa || first.is_some_and(|i| scope.continues(t.low(i))) {
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
/// its sentence names no war or period ("the death toll in the war rose", "since October
/// 7", "this year"). Not "Israeli strikes killed 30 on Tuesday and the toll rose to
/// 10,000": strikes of a war, plural, after no "the"; nor "The strike raises the number of
/// civilian dead to 31", the incident adding to a larger total.
fn incident_toll(scope: &TollScope, t: &Tokens, s: (usize, usize), cue: usize, qa: usize) -> bool {
    let (sa, sb) = s;
    if (sa..sb).any(|k| scope.running(t.low(k))) {
        return false;
    }
    let told_before = |k: usize| {
        k > sa
            && (t.is(k - 1, "the") || t.low(k - 1).ends_with("'s") || t.low(k - 1).ends_with("’s"))
    };
    // the incident as the subject of the rise adds to a larger total: "The strike raises
    // the number of civilian dead to 31", "the shelling brought the overall toll to 5,791"
    let raises = |k: usize| {
        k + 1 < sb
            && (t.has(k + 1, lexicon::TOLL_RISE)
                || t.has(k + 1, lexicon::AUX) && t.has(k + 2, lexicon::TOLL_RISE))
    };
    (cue.max(sa)..qa.min(sb)).any(|k| scope.incident(t.low(k)))
        || (sa..sb).any(|k| {
            k != cue
                && scope.incident(t.low(k))
                && !t.low(k).ends_with('s')
                && told_before(k)
                && !raises(k)
        })
}

/// The claims with no claimant of their own get `who` (a speaker named in a sentence of
/// its own: rules speaker_next_sentence, according_to_line).
fn speak_for(claims: &mut [Claim], who: &str) {
    for c in claims.iter_mut().filter(|c| c.claimant.is_none()) {
        c.claimant = Some(who.to_string());
    }
}

/// A decision on `f`; its texts only when explaining (the extractor drops the
/// decisions at the end otherwise: see `Extractor::explaining`).
fn decision(explain: bool, f: &Found, kept: bool, reason: impl FnOnce() -> String) -> Decision {
    Decision {
        start: f.start,
        end: f.end,
        written: if explain {
            f.quantity.written.clone()
        } else {
            String::new()
        },
        kept,
        reason: if explain { reason() } else { String::new() },
    }
}

/// Byte spans of web addresses: "http..." or "www." up to the next space; an address
/// written with spaces around its punctuation ("http: / / www. x. com / ...", as in
/// tokenised corpora) runs to its ".html"/".htm"/".php" ending when the line has one.
fn url_spans(text: &str) -> Vec<(usize, usize)> {
    // the four openings, each found by a vectorised substring search (no opening overlaps
    // itself or another, so every occurrence is found), then put in text order
    static OPENINGS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 4]> =
        std::sync::OnceLock::new();
    let openings = OPENINGS.get_or_init(|| {
        ["http", "HTTP", "www.", "WWW."].map(|o| memchr::memmem::Finder::new(o.as_bytes()))
    });
    let b = text.as_bytes();
    let mut starts: Vec<usize> = Vec::new();
    for opening in openings {
        starts.extend(
            opening
                .find_iter(b)
                .filter(|&s| s == 0 || !b[s - 1].is_ascii_alphanumeric()),
        );
    }
    starts.sort_unstable();
    if starts.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for s in starts {
        if out.last().is_some_and(|&(_, e)| s < e) {
            continue;
        }
        let rest = &text[s..];
        let line_end = rest.find('\n').map_or(text.len(), |i| s + i);
        let spaced = rest.starts_with("http: /") || rest.starts_with("https: /");
        let mut e = rest.find(char::is_whitespace).map_or(text.len(), |i| s + i);
        if spaced {
            let line = &text[s..line_end];
            let mut best = None;
            for ext in [
                ". html", ". htm", ".html", ".htm", ". php", ". aspx", ". ece", ". shtml",
            ] {
                if let Some(i) = line.rfind(ext) {
                    let mut end = s + i + ext.len();
                    // "?cat=8" and the like after the extension
                    if let Some(q) = text[end..line_end].strip_prefix('?') {
                        end += 1 + q.find(' ').unwrap_or(q.len());
                    }
                    best = Some(best.map_or(end, |b: usize| b.max(end)));
                }
            }
            e = best.unwrap_or(line_end);
        }
        out.push((s, e.max(s + 1).min(text.len())));
    }
    out
}

#[cfg(test)]
mod url_tests {
    #[test]
    fn web_addresses_found_in_one_pass() {
        let t = "see http://a.b/c and www.x.org, not xhttp or awww.b; WWW.Y.COM HTTP://Z \
                 wwww.q www.www.r and http: / / www. x. com / a. html ?cat=8 more";
        let spans: Vec<&str> = super::url_spans(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            spans,
            [
                "http://a.b/c",
                "www.x.org,",
                "WWW.Y.COM",
                "HTTP://Z",
                "www.www.r",
                "http: / / www. x. com / a. html",
            ]
        );
    }
}

#[cfg(test)]
mod scope_tests {
    use super::*;

    /// Each claim's figure (its lower bound) and whether it is a running toll.
    fn scopes(text: &str) -> Vec<(Option<i64>, bool)> {
        let t = Tables::default();
        let x = Extractor::new(&t).extract(&Document {
            name: "t".into(),
            text: text.into(),
            ..Document::default()
        });
        x.claims
            .iter()
            .map(|c| (c.quantity.low, c.scope == Scope::Cumulative))
            .collect()
    }

    #[test]
    fn a_running_toll_wording_scopes_the_figures_of_its_clause() {
        // the period in a clause after the figure's, not at its opening: the school's own;
        // the toll the clause states ("above 680", SPEC: more than n, low n+1) is the
        // running total since the conflict began
        assert_eq!(
            scopes("At least 43 people were killed in the school, pushing the death toll above 680 since the conflict began."),
            [(Some(43), false), (Some(681), true)]
        );
        assert_eq!(
            scopes("The raid, which wounded around 100 people, was the deadliest of the offensive so far."),
            [(Some(90), false)]
        );
        assert_eq!(
            scopes("It was the second attack in the past 24 hours, following an attack on Monday, which killed one civilian and injured 15 people."),
            [(Some(1), false), (Some(15), false)]
        );
        // the period in the figure's clause, in a clause it goes on from, or opening the
        // sentence: a running toll
        assert_eq!(
            scopes("More than 600 people have been killed so far in the offensive, and around 3,000 have been wounded."),
            [(Some(601), true), (Some(2700), true)]
        );
        assert_eq!(
            scopes("Since 2011, more than 250,000 people have been killed."),
            [(Some(250001), true)]
        );
        assert_eq!(
            scopes("Five years of war, which has left 400,000 dead, have emptied the city."),
            [(Some(400000), true)]
        );
    }
}
