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

use crate::model::{Claim, Document, Outcome};
use crate::places::{Gazetteer, PlaceDecision};
use crate::quantity::{self, Found};
use crate::tables::Tables;
use lexicon::Lexicon;
use rules::sentence::{Figure, Origin};
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
    pub founds: &'a [&'a Found],
    pub attrs: Vec<context::Attr>,
    pub last_speaker: Option<&'a str>,
    /// The author of a report named in a sentence before (rule report_author).
    pub last_author: Option<&'a str>,
    /// The last named speaker who is one person ("he said" is not "officials").
    pub last_singular: Option<&'a str>,
    /// Every named speaker before it, in order (rule anaphoric_head).
    pub speakers: &'a [String],
    /// The speaker of the account the three sentences before relayed (rule
    /// account_carried): whom "the statement", "the same source" stand for when that
    /// speaker's name holds the noun ("the army statement"; since commit ae3c32c), and
    /// "they" when the account is of the sentence just before (`account_next`).
    pub account: Option<&'a str>,
    /// The account was relayed (or gone on with) by the sentence just before (session 25,
    /// mendx25): a carried "they" skips no nearer sentence.
    pub account_next: bool,
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

    /// Rule account_carried (session 25): a speaker "it" may stand for though rule
    /// organisation_pronoun's `body_speaker` does not take it: not many
    /// (`plural_speaker`), and not one person (a name with a word of a body, or "the" and a
    /// proper name or two words or more: "The coast guard", "The official news agency
    /// Tarnpress"; not
    /// "Colonel Bruno Salas", nor "The mayor": a leading "the" alone makes no body, session
    /// 25, mendx25).
    fn account_body(&self, c: &str) -> bool {
        let body_word = |w: &str| {
            let f = self.lex.flags(&w.to_lowercase());
            f & lexicon::SOURCE_NOUN != 0 && f & lexicon::PERSON == 0
        };
        let the_named = c
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && (context::is_named(c) || c.split_whitespace().count() > 2);
        !context::plural_speaker(&self.lex, c) && (c.split_whitespace().any(body_word) || the_named)
    }

    /// The noun of "the X" (lower case) when X refers back (data: words.csv anaphoric,
    /// anaphoric_head).
    fn anaphoric_noun(&self, claimant: Option<&str>) -> Option<String> {
        let claimant = claimant?;
        // (most claimants open with another word: three bytes tell so before the split;
        // asked of every claim several times, 13.9 M instructions of 1,366 M on a2, session 27)
        let opening = claimant.trim_start().as_bytes();
        if !opening
            .get(..3)
            .is_some_and(|b| b.eq_ignore_ascii_case(b"the"))
        {
            return None;
        }
        let mut w = claimant.split_whitespace();
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
    /// (Rule titled_speaker, session 15: a speaker named with his role, "Dr. X, chief
    /// surgeon of the clinic", is found by the role's words before "of", "for", "at":
    /// "the surgeon" is he, "the clinic" is not; his name is the claimant, "Dr. X".)
    fn speaker_by_head<'s>(
        &self,
        claimant: Option<&str>,
        speakers: &'s [String],
    ) -> Option<&'s str> {
        let noun = self.anaphoric_noun(claimant)?;
        let has = |s: &str| {
            s.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(&noun))
        };
        speakers
            .iter()
            .rev()
            .find(|s| match s.split_once(", ") {
                Some((_, role)) => has(role
                    .split(|c: char| c.is_whitespace())
                    .take_while(|w| {
                        !matches!(w.to_lowercase().as_str(), "of" | "for" | "at" | "in")
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_str()),
                None => s.split_whitespace().count() > 1 && has(s),
            })
            // (the name alone, as his own sentence's claims have it: one source, one name)
            .map(|s| s.split_once(", ").map_or(s.as_str(), |(name, _)| name))
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
        // (session 31, claim31: a count glued to its noun by a hyphen describes the speaker,
        // "the 27-member council", and is no count of it)
        let described = c
            .split_whitespace()
            .next()
            .and_then(|w| w.split_once('-'))
            .is_some_and(|(n, w)| {
                // (review 1, mendx31: a count at all; "-member" alone counts nothing)
                !n.is_empty()
                    && n.bytes().all(|b| b.is_ascii_digit())
                    && w.starts_with(char::is_alphabetic)
            });
        if !described
            && (c.chars().next().is_some_and(|ch| ch.is_ascii_digit())
                || quantity::parse(c, &self.tables.vague).is_ok_and(|q| q.low.is_some()))
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

    /// Rule claimant_holds_event (session 30, claim30): a claimant is a speaker's noun
    /// phrase (a name, an organisation, a role, a medium), never words of the event's own
    /// clause. One holding a verb of the event (data: rule_words.csv event_verb: "kills",
    /// "besiege") is none; one holding a count after its first word (after a word in lower
    /// case and before a word of the dead or a tally or at its end, "rebels say 12", "the
    /// four deaths"; or a vague count not before "of", "troops shell town dozens") is the
    /// words after the count and its noun when they name someone (a reduced relative
    /// clause: "the four deaths city police had confirmed" is the police's), else none. The
    /// speakers' own count stays ("the two hospitals", "a coalition of 40 NGOs"). A number in a
    /// name stays ("Channel 4", "the 2nd Brigade": after a capital, or an ordinal); a
    /// count opening it is rule number_not_speaker's. `None` when the claimant is whole;
    /// `Some` of what is left of it else.
    fn clause_fragment(&self, claimant: &str) -> Option<Option<String>> {
        let words = lexicon::rule_words();
        let capitals = !claimant.chars().any(char::is_lowercase);
        let all: Vec<&str> = claimant.split_whitespace().collect();
        // each word read once: bare of its punctuation, and that in lower case (session 31,
        // tidy31: the tests below had each read a word again, up to four times)
        let bare: Vec<&str> = all
            .iter()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let low: Vec<String> = bare.iter().map(|w| w.to_lowercase()).collect();
        if low
            .iter()
            .any(|w| words.is(w, lexicon::RuleList::EventVerb))
        {
            return Some(None);
        }
        let count_at = (1..all.len()).find(|&i| {
            let (w, prev) = (bare[i], bare[i - 1]);
            let count = quantity::parse(w, &self.tables.vague).ok();
            let counted = count
                .as_ref()
                .is_some_and(|q| q.low.is_some_and(|l| l >= 2));
            // ("Thousand Oaks" is a name: a spelled count in a capital, in text with
            // small letters, is none)
            let spelled_name = w.starts_with(char::is_uppercase) && !capitals;
            let after_lower = prev.starts_with(char::is_lowercase);
            // (review 1, mendx30: the count of the event's own clause counts its dead or
            // a tally, "the four deaths city police had confirmed", or ends the phrase,
            // "rebels say 12"; never the speakers' own count, "the two hospitals",
            // "residents of two villages", "a coalition of 40 NGOs", "doctors at dozens
            // of clinics")
            let next = low.get(i + 1).map(String::as_str);
            let tally = next.is_none_or(|n| self.tally_word(n));
            let vague = count.as_ref().is_some_and(|q| q.low != q.high) && next != Some("of");
            counted && !spelled_name && ((after_lower && tally) || vague)
        })?;
        let rest = all.get(count_at + 2..).unwrap_or_default();
        let names = rest
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            || low
                .get(count_at + 2..)
                .unwrap_or_default()
                .iter()
                .any(|w| self.lex.flags(w) & lexicon::SOURCE_NOUN != 0);
        Some(names.then(|| rest.join(" ")))
    }

    /// A word after a count in a claimant that counts the event's dead or hurt, or a tally
    /// (rule claimant_holds_event): a one-word outcome phrase of the killed, the wounded or
    /// both, a noun or a predicate ("deaths", "dead", "killed", "injured"; outcomes.csv), or a
    /// figure's or losses' noun ("figures", "toll", "losses"; words.csv figure_noun, loss).
    fn tally_word(&self, w: &str) -> bool {
        use crate::model::Outcome;
        self.lex.flags(w) & (lexicon::FIGURE_NOUN | lexicon::LOSS) != 0
            || self.lex.phrases.get(w).is_some_and(|ps| {
                ps.iter().any(|p| {
                    p.words.len() == 1
                        && matches!(p.role, lexicon::Role::Noun | lexicon::Role::Pred)
                        && matches!(
                            p.outcome,
                            Some(Outcome::Killed | Outcome::Wounded | Outcome::Casualties)
                        )
                })
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
            signature: signature::signature_of(text, uncased),
            ..Extraction::default()
        };
        let mut fi = 0;
        let mut last_speaker: Option<String> = None;
        let mut speakers: Vec<String> = Vec::new();
        let mut last_author: Option<String> = None;
        let mut last_org: Option<String> = None;
        // rule organisation_pronoun: the token ranges of the three sentences before, newest
        // last; who spoke in them is read again only when "it" speaks (rare)
        let mut recent: Vec<(usize, usize)> = Vec::with_capacity(4);
        let mut last_singular: Option<String> = None;
        // rule account_carried (session 25): the speaker of the account being relayed, and
        // how many sentences it may still reach
        let mut account: Option<String> = None;
        let mut account_left: u8 = 0;
        let mut seen_singular: Vec<(Outcome, String)> = Vec::new();
        // the last words of the full names it writes: "Hayes" after "Darnell Hayes"
        let surnames = rules::surnames(&toks, &sents);
        // the claims of the sentence before
        // what speech carries over to the sentences after it (rules quotation_goes_on,
        // speaker_carried)
        let mut carry = rules::carry::Carry::default();
        // (one vector for every sentence's figures; a decision for every figure found)
        let mut in_sentence: Vec<&Found> = Vec::new();
        out.decisions.reserve(founds.len());
        for &(s, e) in &sents {
            // numbers outside every sentence: page furniture
            while fi < founds.len() && founds[fi].start < s {
                out.decisions
                    .push(decision(self.explain, &founds[fi], false, || {
                        "dropped: not article text (page furniture)".into()
                    }));
                fi += 1;
            }
            in_sentence.clear();
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
            let speech = (sa..sb).any(|i| context::speech_at(&toks, i));
            let mut attrs = if speech {
                context::attributions(&toks, sa, sb)
            } else {
                Vec::new()
            };
            // rule organisation_pronoun (session 16): "THE ARMED FORCES PRESS COMMITTEE
            // REPORTED THAT ... . IT ADDED THAT FOUR GUERRILLAS WERE KILLED": "it" speaks
            // for the organisation that spoke in the three sentences before
            if speech && attrs.is_empty() && !recent.is_empty() {
                if let Some(i) = context::it_speaks(&toks, sa, sb) {
                    let body = recent
                        .iter()
                        .rev()
                        .find_map(|&(a, b)| context::body_of_sentence(&self.lex, &toks, a, b));
                    // rule account_carried (session 25): else the speaker of the account
                    // relayed just before, when it is no one person nor many ("The coast
                    // guard said ... . It also reported that 9 were missing")
                    let body = body.or_else(|| {
                        account
                            .clone()
                            .filter(|c| account_left == 3 && self.account_body(c))
                    });
                    attrs.extend(body.map(|c| context::Attr::whole(Some(c), i)));
                }
            }
            if recent.len() == 3 {
                recent.remove(0);
            }
            recent.push((sa, sb));
            // (attributions of speech, not a headline's source or a stance)
            let spoken = !attrs.is_empty();
            // rule headline_second_source (session 29, claim29): "Police: 12 dead; hospital
            // says 15 dead": the label's clause is the label's, the speaker's after it its own
            if let Some(label) =
                context::label_before_semicolon(&toks, sa, sb, &attrs).filter(|a| {
                    spoken
                        && rules::sentence::headline_source_named(
                            &self.lex,
                            &self.places,
                            &text[s..e],
                            a,
                        )
                })
            {
                for a in &mut attrs {
                    a.from = a.from.max(label.reach + 1);
                }
                attrs.push(label);
            }
            if attrs.is_empty() {
                attrs.extend(context::headline_source(&toks, sa, sb));
                attrs.retain(|a| {
                    rules::sentence::headline_source_named(&self.lex, &self.places, &text[s..e], a)
                });
            }
            if attrs.is_empty() {
                // rule report_label_colon (session 27, ho27kinds)
                attrs.extend(context::report_label_source(&toks, sa, sb));
            }
            if attrs.is_empty() {
                // rule count_owner (session 28, phrase28); rule toll_of_place (session 29,
                // claim29): a place owning a toll ("France's death toll rose to 300") is
                // where the dead were, no source; "By Syria's count" keeps its owner
                attrs.extend(context::count_owner(&self.lex, &toks, sa, sb).filter(|a| {
                    toks.is(sa, "by") || rules::sentence::headline_trailing_named(&self.places, a)
                }));
            }
            if attrs.is_empty() {
                // rule recorded_by_source (session 29, claim29)
                attrs.extend(context::recorded_by_source(&toks, sa, sb));
            }
            if attrs.is_empty() && context::by_pronoun_count(&toks, sa, sb) {
                // rule count_of_pronoun (session 28, phrase28): "By its count, ..." after
                // "The army issued its casualty count ..." in one of the two sentences before
                let keeper = recent
                    .iter()
                    .rev()
                    .skip(1)
                    .find_map(|&(a, b)| context::count_keeper(&toks, a, b));
                attrs.extend(keeper.map(|c| context::Attr::whole(Some(c), sa)));
            }
            if attrs.is_empty() && !speech {
                // rule held_responsible (session 21, ho21kinds), with no speech word
                attrs.extend(context::held_responsible(&toks, sa, sb));
            }
            if attrs.is_empty() {
                attrs.extend(context::subject_of_stance(&toks, sa, sb));
            } else {
                // rule own_figure_kept (session 28, linkmix28): a pronoun's speech after the
                // subject's verb of keeping its own figure ("the association repeated its
                // count of 21 dead and said it would ...") leaves the figure to that subject
                if attrs.iter().all(|a| a.pronoun && a.claimant.is_none()) {
                    let kept = context::subject_of_stance(&toks, sa, sb)
                        .filter(|a| context::own_figure_kept(&toks, a.at, sb));
                    attrs.extend(kept);
                }
                // rule toll_reviser_subject (session 32, crash32): a speech that names no
                // speaker after a subject's verb revising a toll ("The ministry on Saturday
                // lowered the death toll to 14, saying ...") leaves the toll to that subject,
                // and the participle's clause is that subject's speech
                if attrs.iter().all(|a| a.claimant.is_none()) {
                    let reviser = context::subject_of_stance(&toks, sa, sb)
                        .filter(|a| context::sets_toll(&toks, a.at, sb));
                    if let Some(r) = reviser {
                        for a in attrs.iter_mut().filter(|a| a.at > r.at) {
                            a.claimant.clone_from(&r.claimant);
                            a.pronoun = false;
                        }
                        attrs.push(r);
                    }
                }
                // rule stance_before_contrast (session 27, phrase27)
                let stance = context::stance_before_contrast(&toks, sa, sb, &attrs);
                attrs.extend(stance);
                // rule contrast_toll_setter (session 29, claim29): "Police said 14 died,
                // while the ministry put the toll at nine": each figure to its own speaker
                if let Some(b) = context::contrast_toll_setter(&toks, sb, &attrs) {
                    for a in attrs.iter_mut().filter(|a| a.at < b.from) {
                        a.reach = a.reach.min(b.from);
                    }
                    attrs.push(b);
                }
            }
            if attrs.is_empty() {
                attrs.extend(context::headline_trailing_source(&toks, sa, sb));
            }
            if attrs.is_empty() && !in_sentence.is_empty() {
                attrs.extend(
                    context::headline_trailing_name(&toks, sa, sb)
                        .filter(|a| rules::sentence::headline_trailing_named(&self.places, a)),
                );
            }
            let mut singles = rules::singular(&self.lex, &toks, sa, sb, &surnames);
            singles.retain(|((a, _), _)| {
                !urls
                    .iter()
                    .any(|&(ua, ub)| toks.v[*a].s >= ua && toks.v[*a].s < ub)
            });
            rules::sentence::sports_injury_singles(
                &toks,
                (sa, sb),
                &mut singles,
                self.explain,
                &mut out.decisions,
            );
            let sentence = Sentence {
                start: s,
                end: e,
                first: sa,
                stop: sb,
                founds: &in_sentence,
                attrs,
                last_speaker: last_speaker.as_deref(),
                last_author: last_author.as_deref(),
                last_singular: last_singular.as_deref(),
                speakers: &speakers,
                account: account.as_deref().filter(|_| account_left > 0),
                account_next: account_left == 3,
                published,
                uncased,
            };
            let before = out.claims.len();
            if !sentence.founds.is_empty() || !singles.is_empty() {
                self.sentence(&toks, &sentence, singles, &mut seen_singular, &mut out);
            }
            // rules quotation_goes_on, speaker_carried
            carry.blank_line(text, &toks, &sentence);
            carry.give_claimants(self, &toks, &sentence, &mut out.claims[before..]);
            carry.document_line(text, &toks, &sentence);
            carry.read_quotation(self, text, &toks, &sentence, spoken);
            // rules speaker_next_sentence, according_to_line
            carry.speaker_line(&toks, &sentence, &mut out.claims, before);
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
            // rule organisation_same_sentence (session 23): "The Valley Front, which holds
            // the plain, blamed ... that killed 23, the group said": "the group" (data:
            // words.csv generic_antecedent) or "the front" (the name's last word) is the
            // organisation opening its own sentence, before one named earlier
            if out.claims[before..]
                .iter()
                .any(|c| self.anaphoric(c.claimant.as_deref()))
            {
                if let Some(org) = context::organisation_opening(&self.lex, &toks, sa, sb, true) {
                    let head = org
                        .split_whitespace()
                        .last()
                        .unwrap_or_default()
                        .to_lowercase();
                    for c in &mut out.claims[before..] {
                        let refers = self.anaphoric_noun(c.claimant.as_deref()).is_some_and(|w| {
                            w == head || self.lex.flags(&w) & lexicon::GENERIC_ANTECEDENT != 0
                        });
                        if refers && self.anaphoric(c.claimant.as_deref()) {
                            c.claimant = Some(org.clone());
                        }
                    }
                }
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
                // rule titled_speaker (session 15): "Dr. X, chief surgeon of the clinic,
                // told ..." is whom a later "according to the surgeon" refers back to
                if let Some(titled) = context::titled_speaker(&toks, a.at, sa) {
                    speakers.push(titled);
                }
                if let Some(c) = a.claimant.as_deref().filter(|c| context::is_named(c)) {
                    set_name(&mut last_speaker, c);
                    if !context::plural_speaker(&self.lex, c) {
                        set_name(&mut last_singular, c);
                    }
                }
            }
            // rule account_carried (session 25): a speaker named (not "the statement",
            // "the group", "it", "they") opens an account that the next three sentences
            // may go on; a sentence going on with it (its claims the account's) keeps it
            account_left = account_left.saturating_sub(1);
            let named = attrs
                .iter()
                .rev()
                .filter(|a| !a.pronoun)
                .filter_map(|a| a.claimant.as_deref())
                .find(|c| !context::account_back(Some(c)) && !self.anaphoric(Some(c)));
            if let Some(c) = named {
                account = Some(c.to_string());
                account_left = 3;
            } else if account.is_some()
                && out.claims[before..]
                    .iter()
                    .any(|c| c.claimant.as_deref() == account.as_deref())
            {
                account_left = 3;
            }
            carry.sentence_done(self, &toks, sa..sb, spoken, &out.claims[before..], attrs);
        }
        for f in &founds[fi..] {
            out.decisions.push(decision(self.explain, f, false, || {
                "dropped: not article text (page furniture)".into()
            }));
        }
        // rule one_by_one_total (session 21): victims told one by one, their number never
        // written, give their total besides each one's own
        for (a, b, n, o) in rules::sentence::one_by_one_total(text, uncased, &mut out.claims) {
            if self.explain {
                out.decisions.push(Decision {
                    start: a,
                    end: b,
                    written: n.to_string(),
                    kept: true,
                    reason: format!(
                        "kept: {o}, {n} victims told one by one, their number never written [rule one_by_one_total]"
                    ),
                });
            }
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
            Some(&toks),
        );
        if !self.explain {
            // without texts, they were pushed only to keep `kept`'s indices into them
            out.decisions.clear();
        }
        rules::sentence::restated_tally(&self.tables.scope, &mut out.claims);
        let rescoped = rules::sentence::another_outcome_no_increment(&mut out.claims, &sents);
        if self.explain {
            // (session 27, mendl27) the re-scoped figure's decision names the rule
            for k in rescoped {
                let c = &out.claims[k];
                let Some((s, e)) = c.span else { continue };
                if let Some(d) = out.decisions.iter_mut().find(|d| {
                    d.kept && d.start >= s && d.end <= e && d.written == c.quantity.written
                }) {
                    d.reason.push_str(
                        ", beside figures of other outcomes only, no increment [rule another_outcome_no_increment]",
                    );
                }
            }
        }
        context::carry_stated_days(&mut out.claims);
        out
    }

    /// The claims of one sentence: its candidate numbers decided, joined figures, singular
    /// victims, then each kept figure's claimant, scope, place, date and adversary (the
    /// rules over the figures together: `rules::sentence`).
    fn sentence(
        &self,
        toks: &Tokens,
        sentence: &Sentence,
        singles: Vec<((usize, usize), Link)>,
        seen_singular: &mut Vec<(Outcome, String)>,
        out: &mut Extraction,
    ) {
        let (s, e, sa, sb) = (sentence.start, sentence.end, sentence.first, sentence.stop);
        let text = toks.text;
        // rule only_survivors_of (session 27, leftx27): "only 3 of the 40 on board survived"
        let survivors = rules::sentence::only_survivors_of(toks, sentence);
        let mut kept: Vec<Figure> = Vec::new();
        // the tokens of every figure found in the sentence (the adversary skips them)
        let mut quantity_tokens: Vec<(usize, usize)> = Vec::with_capacity(sentence.founds.len());
        for &f in sentence.founds {
            let qa = toks.at(f.start);
            let qb = toks.at(f.end);
            quantity_tokens.push((qa, qb));
            if f.end > e {
                out.decisions.push(decision(self.explain, f, false, || {
                    "dropped: runs across a sentence boundary".into()
                }));
                continue;
            }
            let links = match rules::decide(&self.lex, toks, f, (qa, qb), sentence, self.explain) {
                Verdict::Keep(mut link) => {
                    rules::sentence::note_trailing_at_least(toks, f, (qa, qb), &mut link);
                    let other = rules::sentence::one_figure_two_outcomes(
                        &self.lex, toks, sentence, &mut link,
                    );
                    std::iter::once(link).chain(other).collect()
                }
                Verdict::Drop(reason, report) => {
                    let joined = rules::sentence::joined_figure(toks, sentence, f, qa, qb, &kept)
                        .or_else(|| rules::sentence::gapped_more(toks, sentence, f, qa, qb, &kept));
                    match joined {
                        Some(link) => vec![link],
                        None => {
                            if report {
                                out.decisions
                                    .push(decision(self.explain, f, false, || reason));
                            }
                            Vec::new()
                        }
                    }
                }
            };
            for link in links {
                let idx = out.decisions.len();
                out.decisions
                    .push(decision(self.explain, f, true, || link.reason()));
                kept.push(Figure {
                    f,
                    link,
                    qa,
                    qb,
                    origin: Origin::Decided(idx),
                });
            }
        }
        // singular victims with no number ("the mayor was killed")
        let synthetic =
            rules::sentence::singular_figures(toks, singles, &kept, &out.claims, seen_singular);
        for (f, link) in &synthetic {
            let (qa, qb) = (toks.at(f.start), toks.at(f.end));
            // rule care_of_the_dead (session 17): the dead victim again, taken to hospital
            let dead = rules::sentence::care_of_the_dead(toks, qa, link, &out.claims);
            let (written, reason) = if self.explain {
                let reason = if dead {
                    "dropped: in care before a death in hospital told before [rule care_of_the_dead]"
                        .to_string()
                } else {
                    link.reason()
                };
                (text[f.start..f.end].to_string(), reason)
            } else {
                (String::new(), String::new())
            };
            out.decisions.push(Decision {
                start: f.start,
                end: f.end,
                written,
                kept: !dead,
                reason,
            });
            if dead {
                continue;
            }
            kept.push(Figure {
                f,
                link: link.clone(),
                qa,
                qb,
                origin: Origin::Singular,
            });
        }
        keep_made(
            self.explain,
            toks,
            &survivors,
            &mut kept,
            &mut out.decisions,
        );
        if kept.is_empty() {
            return;
        }
        rules::sentence::part_of_earlier_figure(&mut kept, &mut out.decisions, self.explain);
        kept.retain(|k| k.origin != Origin::Dropped);
        kept.sort_by_key(|k| k.qa);
        let mut totals = rules::sentence::coordinated_total(toks, &kept, sa);
        totals.extend(rules::sentence::named_pair_total(toks, &kept));
        totals.extend(rules::sentence::comma_list_total(toks, &kept));
        totals.extend(rules::sentence::article_pair_total(
            toks,
            &kept,
            sentence.uncased,
        ));
        keep_made(self.explain, toks, &totals, &mut kept, &mut out.decisions);
        kept.sort_by_key(|k| k.qa);
        let line = one_line(&text[s..e]);
        let mut dates = context::stated_dates(toks, sa, sb, sentence.published);
        if sentence.uncased {
            dates.retain(|d| d.day.len() != 4);
        }
        let period = context::period(toks, sa, sb);
        let skip = |i: usize| quantity_tokens.iter().any(|&(a, b)| i >= a && i < b);
        let mut prev_victims: Option<String> = None;
        for fig in &kept {
            let link = &fig.link;
            // "13 advisers had been killed and 21 wounded": the bare figure shares the victims
            let victims = match link.victims {
                Some((a, b)) => toks.span_text(a, b).to_string(),
                None if link.how.starts_with("predicate") => {
                    prev_victims.clone().unwrap_or_default()
                }
                None => String::new(),
            };
            if !victims.is_empty() {
                set_name(&mut prev_victims, &victims);
            }
            let mut quantity = fig.f.quantity.clone();
            rules::sentence::bound_trailing_at_least(toks, fig, &mut quantity);
            let mut outcome = link.outcome;
            // rule restated_in_care (session 17): the wounded told before, taken to hospital
            if rules::sentence::restated_in_care(link, &quantity, &out.claims) {
                outcome = crate::model::Outcome::Wounded;
                if let (true, Origin::Decided(idx)) = (self.explain, fig.origin) {
                    out.decisions[idx]
                        .reason
                        .push_str(", the wounded told before [rule restated_in_care]");
                }
            }
            let mut c = Claim::new(quantity, outcome, victims);
            c.claimant = self.claimant(toks, sentence, fig.qa, &mut c.via);
            let rescoped = rules::sentence::running_toll_scope(
                &self.tables.scope,
                toks,
                sentence,
                fig,
                &period,
                &mut c,
            );
            if let (true, Some(rule), Origin::Decided(idx)) = (self.explain, rescoped, fig.origin) {
                out.decisions[idx].reason.push_str(&format!(
                    ", a whole count's figure, cumulative [rule {rule}]"
                ));
            }
            if let Some((day, basis)) = context::event_day(toks, &dates, fig.qa, sentence.first) {
                c.event_date = Some(day);
                c.date_basis = basis;
            }
            c.adversary = context::adversary(toks, sa, sb, link.after, &skip);
            c.sentence = Some(line.clone());
            c.span = Some((s, e));
            out.claims.push(c);
        }
    }

    /// Who speaks for the figure at token `qa` of `sentence` (and through whom, `via`): the
    /// attribution the figure is under (`context::choose`), resolved by the claimant rules
    /// (`grammar::CLAIMANT_RULES`).
    fn claimant(
        &self,
        toks: &Tokens,
        sentence: &Sentence,
        qa: usize,
        via: &mut Option<String>,
    ) -> Option<String> {
        let attrs = &sentence.attrs[..];
        let text = &toks.text[sentence.start..sentence.end];
        let mut claimant = None;
        // rule quote_continues: a sentence that opens a quote and names no speaker
        // ('"There are around 30 people seriously injured, ...') goes on the quote of the
        // speaker named before
        // (ECB+ opens a quote with two backticks: "`` It has killed 40 people")
        if attrs.is_empty() && context::opens_with_quote(text) {
            claimant = sentence.last_speaker.map(str::to_string);
        }
        if let Some(a) = context::choose(attrs, qa) {
            claimant = self.speaker_of(toks, sentence, attrs, a, via);
        }
        // rule reporter_aside (session 27, claim27): a figure in the reporter's bracketed
        // clause inside reported speech is no speaker's
        if context::reporter_aside(toks, sentence.first, qa) {
            claimant = None;
        }
        claimant
    }

    /// The speaker the attribution `a` (one of `attrs`, a sentence's) names, resolved by the
    /// claimant rules against what came before `sentence` (its last speaker, author, the
    /// speakers named so far), and its relay (`via`).
    fn speaker_of(
        &self,
        toks: &Tokens,
        sentence: &Sentence,
        attrs: &[context::Attr],
        a: &context::Attr,
        via: &mut Option<String>,
    ) -> Option<String> {
        let (last_speaker, last_author) = (sentence.last_speaker, sentence.last_author);
        let mut claimant = if a.pronoun {
            // rule pronoun_speaker: the speaker named before in the same sentence,
            // else the last one ("he" and "she": the last who is one person)
            context::speaker_before_pronoun(attrs, a)
                .or(if context::singular_pronoun(toks, a) {
                    // (session 29, claim29: never many, "he" is not "THE COLONELS")
                    sentence
                        .last_singular
                        .or(last_speaker.filter(|c| !context::plural_speaker(&self.lex, c)))
                } else {
                    last_speaker
                })
                .map(str::to_string)
        } else if let Some(author) =
            last_author.filter(|_| context::the_report(a.claimant.as_deref()))
        {
            // rule report_author: "The report says" after a sentence naming its author
            Some(author.to_string())
        } else if let Some(who) = self.speaker_by_head(a.claimant.as_deref(), sentence.speakers) {
            Some(who.to_string())
        } else if self.anaphoric(a.claimant.as_deref()) {
            // (or the author of a report named before: "Amnesty International
            // published a report ... The group said")
            last_speaker
                .or(last_author)
                .map(str::to_string)
                .or_else(|| a.claimant.clone())
        } else if let Some(acc) = context::account_back(a.claimant.as_deref())
            .then_some(())
            .and_then(|_| {
                // (the account's own name holds the noun: "the report" is "the military
                // report" named before, never the army that issued it: the sheets code a
                // document named alone as written)
                let noun = a
                    .claimant
                    .as_deref()?
                    .split_whitespace()
                    .last()?
                    .to_lowercase();
                // ("this report" of a later sentence stays as written: only its own sentence)
                let this = a
                    .claimant
                    .as_deref()
                    .is_some_and(|c| c.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("this ")));
                let names = |c: &&str| {
                    !context::account_back(Some(c))
                        && c.split_whitespace().any(|w| w.eq_ignore_ascii_case(&noun))
                };
                attrs
                    .iter()
                    .filter(|b| b.at < a.at && !b.pronoun)
                    .filter_map(|b| b.claimant.as_deref())
                    .rfind(names)
                    .or(sentence.account.filter(names).filter(|_| !this))
            })
        {
            // rule account_carried (session 25): "this communique", "the report" in a
            // sentence going on an account: the account named before with that noun in
            // its own sentence ("An official army communique reported that ..., according
            // to this communique, ...") or the sentence before ("The military report points
            // out ... . The report adds ..."); else as written
            Some(acc.to_string())
        } else {
            a.claimant.clone()
        };
        // rule account_carried: "they" with no named speaker before goes on an account of
        // many ("The survivors said ... . They added that 11 villagers were shot dead")
        // ("they" only to an account of the sentence just before, as "it": session 25,
        // mendx25)
        if claimant.is_none() && a.pronoun && !context::singular_pronoun(toks, a) {
            claimant = sentence
                .account
                .filter(|_| sentence.account_next)
                .filter(|c| context::plural_speaker(&self.lex, c))
                .map(str::to_string);
        }
        // rule pronoun_person_speaker (session 18): "he"/"she" speaks for a person, so the
        // speaker named before it that it resolves to is one, though GeoNames knows the
        // name as a place ("[GENERAL X] PONCE, CHAIRMAN OF ..., STATED ... . HE REPORTED
        // THAT ...": Ponce, not the city); "it" and "they" are looked at as before
        // rule claimant_holds_event (session 30, claim30)
        if let Some(left) = claimant.as_deref().and_then(|c| self.clause_fragment(c)) {
            claimant = left;
        }
        let person = a.pronoun && context::singular_pronoun(toks, a);
        if claimant.as_deref().is_some_and(|x| {
            !person && self.not_a_speaker(x) && !surname_of_speaker(x, sentence.speakers)
        }) {
            claimant = None;
        }
        // no "SOHR via SOHR", "the Observatory via Syrian Observatory for Human Rights"
        *via = a
            .via
            .clone()
            .filter(|v| !context::same_source(v, claimant.as_deref()));
        claimant
    }
}

/// Rule surname_of_speaker (session 15): a one-word claimant that is the last word of a
/// speaker named before in full ("FIRE CHIEF LUIS JUAREZ SAID ... . JUAREZ SAID ...") is
/// that person, though GeoNames knows the word as a city (rule place_not_speaker drops
/// bare places: "Gaza said" with no one of that name before is a fragment).
fn surname_of_speaker(claimant: &str, speakers: &[String]) -> bool {
    !claimant.contains(' ')
        && speakers.iter().any(|s| {
            let name = s.split_once(", ").map_or(s.as_str(), |(n, _)| n);
            // (a person's name: no "Officials in Gaza" before "Gaza said")
            let inside = |w: &str| {
                matches!(
                    w.to_lowercase().as_str(),
                    "in" | "at" | "of" | "from" | "for" | "near" | "on" | "the"
                )
            };
            let mut words = name.split_whitespace();
            let last = words.next_back();
            !name.split_whitespace().any(inside)
                && words.next().is_some()
                && last.is_some_and(|w| w.eq_ignore_ascii_case(claimant))
        })
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

/// `slot` set to `name`, in the string it holds if any (the last speaker and the last
/// victims are set in most sentences that speak or count: no allocation each time).
fn set_name(slot: &mut Option<String>, name: &str) {
    match slot {
        Some(s) => {
            s.clear();
            s.push_str(name);
        }
        None => *slot = Some(name.to_string()),
    }
}

/// Figures a sentence rule made (list totals, rule only_survivors_of) kept beside the
/// decided ones, each with its decision.
fn keep_made<'f>(
    explain: bool,
    toks: &Tokens,
    made: &'f [(Found, Link)],
    kept: &mut Vec<Figure<'f>>,
    decisions: &mut Vec<Decision>,
) {
    for (f, link) in made {
        decisions.push(decision(explain, f, true, || link.reason()));
        let (qa, qb) = (toks.at(f.start), toks.at(f.end));
        let origin = Origin::Decided(decisions.len() - 1);
        kept.push(Figure {
            f,
            link: link.clone(),
            qa,
            qb,
            origin,
        });
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
    use crate::model::Scope;

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
