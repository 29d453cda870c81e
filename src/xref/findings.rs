//! Findings: one function per kind, each over one event's claims, each naming its claims
//! and saying in one sentence why.
//!
//! Victim groups are compared as a recorder files them (`Tables::group_key`): "troops" and
//! "army recruits" are `soldiers`, "Palestinians" are `people` narrowed to Palestinian. Claims
//! of one group are compared figure against figure; a part and its whole only for
//! `subgroup_exceeds`. Within one group, the claims that are one voice are taken together
//! first: a document's headline and body, and one claimant's figure relayed by several
//! outlets (an echo). Two voices whose figures cannot both be true are a `numeric_conflict`
//! unless time or wording makes the higher one an update of the lower (`data/toll_wording.csv`);
//! each conflicting pair of voices is its own finding, naming every claim of both. One
//! sentence's parts of a group ("one adult and four minors") are also a voice of the group,
//! their sum (`sums_of_parts`).

use super::link::period_class;
use super::rows::{Claims, LinkClaim, Sym};
use super::{Finding, LinkedEvent, Severity, XrefConfig};
use crate::tables::{fold, AliasKind, GroupKey, GroupRelation, Tables, TollWord};
use std::collections::{BTreeMap, HashMap};

/// A claim's interval with open bounds as infinities.
fn lo(c: &LinkClaim) -> i64 {
    c.low().unwrap_or(i64::MIN)
}
fn hi(c: &LinkClaim) -> i64 {
    c.high().unwrap_or(i64::MAX)
}
fn bounded(c: &LinkClaim) -> bool {
    c.low().is_some() || c.high().is_some()
}
/// Rule increment_no_toll (session 26): a bounded claim that is no addition to a total
/// ("divers found four more bodies", "one more worker died": scope `increment`), so a toll
/// every finding may set against another (session 26, mendl26: one predicate for every
/// path that takes a figure as a toll; before, only the conflicts by outcome and group
/// left increments out).
fn toll(claims: &Claims, c: &LinkClaim) -> bool {
    bounded(c) && !claims.is_increment(c)
}

/// The end of a corroboration's reason for the reports that relay a claimant already
/// counted, singular or plural: "; 1 further report relays one of them and is counted once".
/// (Display only; added by the report issue.)
fn further_reports(echoes: usize) -> String {
    match echoes {
        0 => String::new(),
        1 => "; 1 further report relays one of them and is counted once".to_string(),
        n => format!("; {n} further reports relay one of them and are counted once"),
    }
}

/// "a Revolutionary Guards official via Fars: as many as 13 (≤13)"
pub fn describe(claims: &Claims, c: &LinkClaim) -> String {
    let interval = Claims::interval(c);
    let quantity = claims.s(c.quantity);
    if interval == quantity {
        format!("{} says {}", claims.attribution(c), quantity)
    } else {
        format!("{} says {} ({})", claims.attribution(c), quantity, interval)
    }
}

fn ratio(a: i64, b: i64) -> f64 {
    let (a, b) = (a.max(1) as f64, b.max(1) as f64);
    if a > b {
        a / b
    } else {
        b / a
    }
}

/// Every finding over every event.
pub fn all(
    claims: &Claims,
    events: &[LinkedEvent],
    tables: &Tables,
    cfg: &XrefConfig,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut keys = GroupKeys::new(tables);
    let gazetteer = crate::places::Gazetteer::new(tables);
    // events that share a key are stored as one event (the store writes an event per
    // key): their findings are made over all their claims, named by the first of them
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    let mut stored: Vec<(usize, Vec<&LinkClaim>)> = Vec::new();
    for (ei, ev) in events.iter().enumerate() {
        let at = *by_key.entry(ev.key.as_str()).or_insert_with(|| {
            stored.push((ei, Vec::new()));
            stored.len() - 1
        });
        stored[at]
            .1
            .extend(ev.claims.iter().filter_map(|id| claims.by_id(*id)));
    }
    let kinds = claimant_kinds(claims, stored.iter().flat_map(|(_, cs)| cs), tables);
    let (increments, rises) = told_steps(claims);
    let report_day_dead = report_day_dead(claims);
    for (ei, cs) in stored {
        let mut ks: Vec<Keyed> = cs.iter().map(|c| keys.keyed(claims, c)).collect();
        sole_persons_count(&cs, &mut ks, &mut keys);
        described_counts(claims, &cs, &mut ks, &mut keys);
        let ctx = Event {
            claims,
            event: ei,
            cs: &cs,
            ks: &ks,
            keys: &keys,
            tables,
            gazetteer: &gazetteer,
            kinds: &kinds,
            increments: &increments,
            rises: &rises,
            report_day_dead: &report_day_dead,
        };
        numeric_conflict(&ctx, &mut out);
        toll_decrease(&ctx, &mut out);
        day_count_above_running(&ctx, &mut out);
        subgroup_exceeds(&ctx, &mut out);
        adversary_mismatch(claims, ei, &cs, tables, &mut out);
        divergence(&ctx, cfg, &mut out);
        partisan(claims, ei, &cs, tables, &mut out);
        corroboration(&ctx, &mut out);
    }
    out
}

/// Each distinct victim group's key, worked out once (a million claims name a few
/// thousand groups).
struct GroupKeys<'t> {
    tables: &'t Tables,
    by_sym: HashMap<Sym, usize>,
    /// Equal keys of different wordings ("israeli troops", "israeli soldiers") share one index.
    by_key: HashMap<GroupKey, usize>,
    keys: Vec<GroupKey>,
    /// How two keys (by index) relate, worked out once a pair (`Tables::relate_groups`
    /// folds and looks up both groups' names each time).
    relations: std::cell::RefCell<hashbrown::HashMap<(usize, usize), GroupRelation>>,
}

/// A claim's group within its event: the key's index, and whether the claim names one
/// person of a narrower kind ("a child", "one man"): a part of its group, never its count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Keyed {
    key: usize,
    individual: bool,
}

impl<'t> GroupKeys<'t> {
    fn new(tables: &'t Tables) -> Self {
        GroupKeys {
            tables,
            by_sym: HashMap::new(),
            by_key: HashMap::new(),
            keys: Vec::new(),
            relations: Default::default(),
        }
    }

    fn keyed(&mut self, claims: &Claims, c: &LinkClaim) -> Keyed {
        let key = match self.by_sym.get(&c.victim_group) {
            Some(k) => *k,
            None => {
                let mut key = self
                    .tables
                    .group_key(without_happening(claims.s(c.victim_group)));
                key.marks.retain(|m| !says_when(m));
                let k = self.index(key);
                self.by_sym.insert(c.victim_group, k);
                k
            }
        };
        let individual = c.low() == Some(1) && c.high() == Some(1) && !self.keys[key].is_everyone();
        Keyed { key, individual }
    }

    fn get(&self, k: usize) -> &GroupKey {
        &self.keys[k]
    }

    /// How the groups of keys `a` and `b` relate ([`Tables::relate_groups`]).
    fn relate(&self, a: usize, b: usize) -> GroupRelation {
        if let Some(&r) = self.relations.borrow().get(&(a, b)) {
            return r;
        }
        let r = self.tables.relate_groups(&self.keys[a], &self.keys[b]);
        self.relations.borrow_mut().insert((a, b), r);
        r
    }

    /// The index of a key, added when new.
    fn index(&mut self, key: GroupKey) -> usize {
        match self.by_key.get(&key) {
            Some(k) => *k,
            None => {
                self.keys.push(key.clone());
                self.by_key.insert(key, self.keys.len() - 1);
                self.keys.len() - 1
            }
        }
    }
}

/// Rule group_without_happening (session 29, crash29): a victim phrase that runs on into
/// what befell them ("people killed in Saturday night's bus crash", "passengers hurt when
/// the coach overturned") names its people by the words before the happening (`people`,
/// `passengers`): the rest tells the happening, not a narrower group. Cut at the first word
/// after the first that is a happening word (`happening_word` in
/// data/extract/rule_words.csv: "killed", "hurt", "died", and the relative "who", "when"
/// that open one: "miners who died underground" are `miners`); a phrase that opens with
/// one ("wounded soldiers") or holds only determiners before it ("the dead") is kept
/// whole. Session 29 (mendl29): the list is its own, not every outcome phrase's first word,
/// which held nouns of people ("Syrian refugees" stayed "Syrian") and function words ("the
/// number of people killed" stayed "the").
fn without_happening(group: &str) -> &str {
    use crate::extract::lexicon::{rule_words, RuleList, DET};
    let lex = lexicon();
    let happening = rule_words().words(RuleList::HappeningWord);
    let mut at = 0;
    let mut named = false;
    for (i, w) in group.split(' ').enumerate() {
        let l = w.to_lowercase();
        if i > 0 && named && happening.iter().any(|h| *h == l) {
            return group[..at].trim_end();
        }
        named |= !w.is_empty() && lex.flags(&l) & DET == 0;
        at += w.len() + 1;
    }
    group
}

/// A person named alone ("leaving a man wounded") where the report gives no other figure of
/// that outcome in the event is the report's count of it, not a part of another figure:
/// compared as its people without the person noun ("a man" as people, "a Palestinian man"
/// as Palestinians). A child or a soldier stays a part of its group.
///
/// Session 19 (local19l), rule sole_plural_persons: so are people named by a plural person
/// noun alone ("two men died and four were hurt": the report's four wounded are "men" by the
/// noun the sentence shares) where the report gives no other figure of that outcome, a
/// person of no kind aside ("one of the wounded was critical": a part of the same people):
/// the four are the report's wounded, set against another report's three wounded people
/// as figure against figure, not as a part larger than its whole.
///
/// Session 21 (attacks21), rule sole_count_repeated: a report's headline repeating its
/// body's count of the same people ("One man dies in a crush" over "a man died aboard")
/// leaves the count alone, as one figure told twice; and plural people another report of
/// the event names by the same words ("80 students" in one, "107 students" in another)
/// are compared as they are, group against group, not as people of no kind.
///
/// Session 25 (link25k), rule sole_counts_one_width: another report's naming of the same
/// words holds the group as it is only when that naming is not itself its report's one
/// count of the outcome (widened too): two reports' whole counts end at one width.
fn sole_persons_count(cs: &[&LinkClaim], ks: &mut [Keyed], keys: &mut GroupKeys) {
    use crate::extract::lexicon::PERSON;
    let lex = lexicon();
    let before: Vec<Keyed> = ks.to_vec();
    let naming = std::cell::OnceCell::new();
    // a group of people of no kind: its class `people`, none of its words a person noun
    let no_kind = |key: &GroupKey| {
        fold(&key.class) == crate::tables::PEOPLE
            && key.marks.iter().all(|m| lex.flags(m) & PERSON == 0)
    };
    // the bounded claims of each report and outcome (session 25, mendl25: a claim's one
    // count is looked for among these, not by a scan of all the event's claims per claim)
    let mut of_report: HashMap<(Sym, Sym), Vec<usize>> = HashMap::new();
    for (j, o) in cs.iter().enumerate() {
        if bounded(o) {
            of_report
                .entry((o.document, o.outcome))
                .or_default()
                .push(j);
        }
    }
    // each claim's reading: whether it may be widened (a person, or plural people named
    // by person nouns only) and whether it is its report's one count of its outcome
    let sole: Vec<Option<bool>> = (0..cs.len())
        .map(|i| {
            let key = keys.get(ks[i].key);
            if fold(&key.class) != crate::tables::PEOPLE {
                return None;
            }
            let plural = !ks[i].individual;
            // plural: each of its words a person noun ("men", "young men"), not a people
            // ("Palestinians") nor everyone
            if plural
                && (key.marks.is_empty()
                    || key.marks.iter().any(|m| lex.flags(m) & PERSON == 0)
                    || !bounded(cs[i]))
            {
                return None;
            }
            let c = cs[i];
            let others = of_report.get(&(c.document, c.outcome));
            Some(others.into_iter().flatten().all(|&j| {
                let o = cs[j];
                j == i
                    || plural && before[j].individual && no_kind(keys.get(before[j].key))
                    || before[j] == before[i] && same_figure(o, c)
            }))
        })
        .collect();
    for i in 0..cs.len() {
        let Some(alone) = sole[i] else {
            continue;
        };
        let plural = !ks[i].individual;
        let c = cs[i];
        // plural people another report names by the same words: compared as they are;
        // Session 25 (link25k), rule sole_counts_one_width: unless that report's naming is
        // itself its one count of the outcome by person nouns, widened as this one is (the
        // governor's "62 schoolgirls" and the police's "45 students", each a report's whole
        // count of the abducted, compared figure against figure even when a third report
        // names schoolgirls again)
        let named_elsewhere = plural
            && naming
                .get_or_init(|| {
                    Naming::of(cs, &before, |j| {
                        bounded(cs[j]) && !before[j].individual && sole[j] != Some(true)
                    })
                })
                .elsewhere(c, before[i].key);
        if !alone || named_elsewhere {
            continue;
        }
        let key = keys.get(ks[i].key);
        let marks: Vec<String> = key
            .marks
            .iter()
            .filter(|m| lex.flags(m) & PERSON == 0)
            .cloned()
            .collect();
        let class = key.class.clone();
        ks[i] = Keyed {
            key: keys.index(GroupKey { class, marks }),
            individual: false,
        };
    }
}

/// The reports naming each outcome and group by the claims `counts` keeps (by index), the
/// first two of them: enough to tell whether another report names it (an event may hold
/// thousands of claims, its reports a few each). Read by rules sole_count_repeated and
/// described_count.
struct Naming(HashMap<(Sym, usize), Vec<Sym>>);

impl Naming {
    fn of(cs: &[&LinkClaim], ks: &[Keyed], counts: impl Fn(usize) -> bool) -> Self {
        let mut naming: HashMap<(Sym, usize), Vec<Sym>> = HashMap::new();
        for (j, c) in cs.iter().enumerate() {
            if counts(j) {
                let docs = naming.entry((c.outcome, ks[j].key)).or_default();
                if docs.len() < 2 && !docs.contains(&c.document) {
                    docs.push(c.document);
                }
            }
        }
        Naming(naming)
    }

    /// A report other than `c`'s names `c`'s outcome and the group `key`.
    fn elsewhere(&self, c: &LinkClaim, key: usize) -> bool {
        self.0
            .get(&(c.outcome, key))
            .is_some_and(|docs| docs.iter().any(|&d| d != c.document))
    }
}

/// Session 20 (groups20), rule described_count: a report that gives one count of an
/// outcome at two widths ("Three policemen killed" over "three Iraqi policemen were
/// killed"; "Seven killed" over "seven civilians were killed and 23 wounded") tells that its
/// narrower words describe all the victims it counts: in a report from Iraq the policemen are
/// Iraqi, and the market's dead are civilians. The report's claims of that narrower group
/// take the wider group of its own same figure, so that another report's "four policemen"
/// or "five people" is set against them figure against figure, not as a whole they may be a
/// smaller part of (nor, larger, a part exceeding it).
///
/// A part stays a part: worded as one ("including three children", "seriously injured":
/// `part` in `data/toll_wording.csv`), beside a wider figure of its outcome that differs in
/// its own report ("eleven people, six of them children"), beside another group's figure
/// ("seven soldiers and four civilians"), or naming people by who they are (`part_kind` in
/// `data/extract/words.csv`: "children", "women"). A report that names a narrower group
/// alone ("four armed men") gives no evidence that it describes everyone: it stays a part.
/// Nor when another report names the same narrower group: the two are compared as they are.
fn described_counts(claims: &Claims, cs: &[&LinkClaim], ks: &mut [Keyed], keys: &mut GroupKeys) {
    use crate::extract::lexicon::PART_KIND;
    let lex = lexicon();
    let part_kind = |key: &GroupKey| {
        crate::tables::group_words(&key.class)
            .iter()
            .chain(&key.marks)
            .any(|w| lex.flags(w) & PART_KIND != 0)
    };
    // a count of one incident's victims: bounded, not a person, not a running toll
    let counted =
        |c: &LinkClaim, k: &Keyed| toll(claims, c) && !k.individual && !claims.is_cumulative(c);
    let before: Vec<Keyed> = ks.to_vec();
    // whether each claim may describe all its report's victims, worked out once a claim
    let describes: Vec<bool> = cs
        .iter()
        .zip(&before)
        .map(|(c, k)| {
            let key = keys.get(k.key);
            counted(c, k)
                && !key.is_everyone()
                && !TollWord::Part.in_flags(c.wording())
                && !part_kind(key)
        })
        .collect();
    // each report's claims, and the reports naming each outcome and group
    let mut by_document: HashMap<Sym, Vec<usize>> = HashMap::new();
    for (j, c) in cs.iter().enumerate() {
        by_document.entry(c.document).or_default().push(j);
    }
    let naming = Naming::of(cs, &before, |j| counted(cs[j], &before[j]));
    // each claim's origins, worked out the first time a pair asks (rule relayed_wider_figure)
    let origin_of: Vec<std::cell::OnceCell<Vec<String>>> =
        (0..cs.len()).map(|_| std::cell::OnceCell::new()).collect();
    let origin = |j: usize| origin_of[j].get_or_init(|| origins(claims, cs[j], keys.tables));
    for i in 0..cs.len() {
        if !describes[i] {
            continue;
        }
        let (c, k) = (cs[i], before[i]);
        let report = &by_document[&c.document];
        // its report tells no other count of the outcome: its wider figures agree with it,
        // its narrower ones are its parts; a wider figure another claimant gives is the
        // other side's account the report relays (rule relayed_wider_figure, session 21:
        // "the militants said they killed 30 Nigerian soldiers ... the army has said five
        // soldiers died"), not a whole of the report's own
        let other_voice = |j: usize| {
            let named =
                |x: &LinkClaim| claims.opt(x.claimant).is_some_and(|n| !n.trim().is_empty());
            named(cs[j]) && named(c) && !share_claimant(origin(j), origin(i))
        };
        let alone = report
            .iter()
            .filter(|&&j| j != i && cs[j].outcome == c.outcome && counted(cs[j], &before[j]))
            .all(|&j| match keys.relate(before[j].key, k.key) {
                GroupRelation::Same | GroupRelation::PartOf => true,
                GroupRelation::WholeOf => {
                    lo(cs[j]) <= hi(c) && lo(c) <= hi(cs[j]) || other_voice(j)
                }
                GroupRelation::Unrelated => false,
            });
        // another report names the same group: compared as it is (equal keys share an
        // index)
        let named_elsewhere = naming.elsewhere(c, k.key);
        if !alone || named_elsewhere {
            continue;
        }
        // the wider groups its report gives one of its figures for (any outcome: the
        // sentence's wounded are described as its dead are), the narrowest of them
        let wider: Vec<usize> = report
            .iter()
            .filter(|&&j| {
                counted(cs[j], &before[j])
                    && keys.relate(k.key, before[j].key) == GroupRelation::PartOf
                    && report.iter().any(|&n| {
                        before[n].key == k.key
                            && cs[n].outcome == cs[j].outcome
                            && describes[n]
                            && same_figure(cs[n], cs[j])
                    })
            })
            .map(|&j| before[j].key)
            .collect();
        let narrowest = wider.iter().copied().find(|&w| {
            wider.iter().all(|&o| {
                matches!(
                    keys.relate(w, o),
                    GroupRelation::Same | GroupRelation::PartOf
                )
            })
        });
        if let Some(w) = narrowest {
            ks[i] = Keyed {
                key: w,
                individual: false,
            };
        }
    }
}

/// A word of a victim phrase that says when, not who ("12 were wounded today", "killed on
/// Sunday"): never narrows a group. Days, months and time units by the extractor's lexicon;
/// "today", "tonight" by its words never part of a name (`data/extract/victim_words.csv`).
fn says_when(word: &str) -> bool {
    use crate::extract::lexicon::{victim_words, NameClass, MONTH, TIME_UNIT, WEEKDAY};
    lexicon().flags(word) & (MONTH | WEEKDAY | TIME_UNIT) != 0
        || victim_words().is(word, NameClass::NotName)
}

/// The extractor's word lists (person nouns, determiners), loaded once.
pub(super) fn lexicon() -> &'static crate::extract::lexicon::Lexicon {
    static LEXICON: std::sync::OnceLock<crate::extract::lexicon::Lexicon> =
        std::sync::OnceLock::new();
    LEXICON.get_or_init(crate::extract::lexicon::Lexicon::load)
}

/// One event's claims with their groups: what every finding reads.
struct Event<'a> {
    claims: &'a Claims,
    event: usize,
    cs: &'a [&'a LinkClaim],
    ks: &'a [Keyed],
    keys: &'a GroupKeys<'a>,
    tables: &'a Tables,
    /// How the claims' places lie within each other (`province_of_national`).
    gazetteer: &'a crate::places::Gazetteer,
    /// The kind of account each claimant tells ([`claimant_kinds`]).
    kinds: &'a HashMap<Sym, u32>,
    /// Each report's additions to a total, whatever event they are in
    /// ([`told_steps`], rule increment_bridges).
    increments: &'a HashMap<Sym, Vec<Added>>,
    /// The reports that tell a count as a rise ([`told_steps`], rule increment_bridges).
    rises: &'a std::collections::HashSet<Sym>,
    /// Each report's counts of dead dated by the report alone, whatever event they are in
    /// ([`report_day_dead`], rule wounded_who_died).
    report_day_dead: &'a HashMap<Sym, Vec<&'a LinkClaim>>,
}

impl<'a> Event<'a> {
    /// Bounded claims of one scope (incident or a running toll's series), by outcome and
    /// group; the individuals ("a child") left out, and the additions to a total (rule
    /// increment_no_toll, session 26: "divers found four more bodies" beside "five died"
    /// the day before is the rise, no toll against it). A running tally of an incident
    /// that lasts (rule running_incident, session 28: an outbreak's, a heatwave's), linked
    /// into the incident's event, stays a series (review 2, item 3, runtally28): compared
    /// with the other running tallies in date order (toll_decrease, divergence between
    /// neighbours), never with a point count as a conflict.
    fn by_outcome_group(&self, series: bool) -> BTreeMap<(&'a str, usize), Vec<&'a LinkClaim>> {
        let mut m: BTreeMap<(&str, usize), Vec<&LinkClaim>> = BTreeMap::new();
        for (c, k) in self.cs.iter().zip(self.ks) {
            if self.claims.is_cumulative(c) == series && toll(self.claims, c) && !k.individual {
                m.entry((self.claims.s(c.outcome), k.key))
                    .or_default()
                    .push(c);
            }
        }
        m
    }

    fn label(&self, key: usize) -> String {
        self.keys.get(key).label()
    }

    /// Rule early_report: the documents that call one of their figures early ("initially",
    /// "so far", "could rise": `provisional` in `data/toll_wording.csv`). A report written
    /// while the count was going on is early for each of its figures: its lower figure
    /// against another report's higher one is a toll still counting, not a conflict.
    fn early_reports(&self) -> std::collections::HashSet<Sym> {
        self.cs
            .iter()
            .filter(|c| TollWord::Provisional.in_flags(c.wording()))
            .map(|c| c.document)
            .collect()
    }
}

/// Claims that speak as one: one document's headline and body, or one claimant's figure
/// relayed by several outlets. Its interval is the hull of theirs ("Three dead" over "at
/// least three" is at least three).
struct Voice<'a> {
    claims: Vec<&'a LinkClaim>,
    low: Option<i64>,
    high: Option<i64>,
    origins: Vec<String>,
    wording: u8,
    reported: Option<chrono::NaiveDate>,
    /// Rule figure_still_held (session 27): the last day a report of it holds to its
    /// figure in words (`TollWord::Maintained`: "repeated that", "maintains that").
    /// Session 28 (gram28; was `held`, review 2): the day is the report's, whatever the
    /// cue's tense: "the union insisted that 18 died" told in a later recap counts as held
    /// on the recap's day (review 2's retrospective case; past-tense cues are kept because
    /// the day's own news writes them so: "a spokesman repeated that 17 had died").
    held_on: Option<chrono::NaiveDate>,
    /// Its claims are one sentence's parts of the group, counted together (`sums_of_parts`).
    sum: bool,
    /// Made of other outcomes' figures (`outcome_sums`): 0 not, 1 a report's wounded alone
    /// (it tells no deaths), 2 its wounded and its dead.
    from_outcomes: u8,
}

/// One claim's [`origins`] and its [`named_origins`].
struct ClaimOrigins {
    all: Vec<String>,
    named: Vec<String>,
}

impl Voice<'_> {
    /// Rule figure_still_held (session 27), one test for `step` and its reason: the day
    /// this voice, which gave its figure before `higher`, held to it in words on or after
    /// the day `higher` was given, unless `higher` is a correction (session 27, mendl27).
    ///
    /// Session 30 (find30), rule dispute_told_together: a report that tells both figures,
    /// each its own claimant's (the pair passed rule relayed_dispute), tells the lower one
    /// as still standing on its day: "the mayor said five died; police have put the number
    /// of dead at four" in Monday's wire keeps the police's four of Sunday held on Monday,
    /// against the mayor's five of Monday (unless that report calls the four an earlier
    /// figure: `superseded`, read first by `step`).
    ///
    /// Review 2 (mendl30): not when the higher figure is told as a rise or the lower one
    /// as provisional ("the toll rose to four, the mayor said; police initially said three
    /// died"): an update, read so by `step`.
    fn held_past(&self, higher: &Voice) -> Option<chrono::NaiveDate> {
        let update = higher.has(TollWord::Rise) || self.has(TollWord::Provisional);
        let told_together = (self.claims.iter())
            .filter(|_| !update)
            .filter(|c| higher.claims.iter().any(|h| h.document == c.document))
            .filter_map(|c| c.reported())
            .max();
        match (
            self.reported,
            higher.reported,
            self.held_on.max(told_together),
        ) {
            (Some(l), Some(h), Some(d)) if h > l && d >= h && !higher.has(TollWord::Correction) => {
                Some(d)
            }
            _ => None,
        }
    }

    fn lo(&self) -> i64 {
        self.low.unwrap_or(i64::MIN)
    }
    fn hi(&self) -> i64 {
        self.high.unwrap_or(i64::MAX)
    }
    fn overlaps(&self, o: &Voice) -> bool {
        self.lo() <= o.hi() && o.lo() <= self.hi()
    }
    /// Rule institution_relayed_apart (session 19, local19l): a claimant shared by a name,
    /// not only by an institution's noun ("police", "Chicago police": `institution` in
    /// `data/extract/words.csv`). Outlets that each write "police said" relay figures the
    /// police gave at other hours or misreport them; their two figures of one day that
    /// cannot both be true are a conflict a recorder must see, as any two outlets' are.
    /// Only between reports of one day (both dated): undated, a police figure relayed lower
    /// in one report and higher in another is as likely the police's own revision (ECB+
    /// 8_3ecbplus and 8_8ecbplus, 12 and 18 wounded: flagged when the police did not count).
    fn shares_origin_but_institution(&self, o: &Voice) -> bool {
        let one_day = self.reported.is_some() && self.reported == o.reported;
        self.origins.iter().any(|x| {
            o.origins
                .iter()
                .any(|y| one_claimant(x, y) && !(one_day && institution(x) && institution(y)))
        })
    }
    fn shares_origin(&self, o: &Voice) -> bool {
        share_claimant(&self.origins, &o.origins)
    }
    /// Rule generic_claimant_apart (session 19): whether the voices share a claimant as a
    /// conflict counts one: as `shares_origin`, but a claimant named only by a common noun
    /// ("police", "hospital officials", "a police source": [`generic_claimant`]) in
    /// another report is that report's own source, not the same speaker revising its
    /// figure: two outlets' "police said" eight and seven hostages on one day cannot both
    /// be true. A named claimant ("the Health Ministry", "Dr. Khalaf") still is one, and so
    /// is a generic one where either report has no day: nothing then orders its figures,
    /// which may be its own revision (ECB+: "police said" 12 then 18 injured, coded an
    /// update).
    ///
    /// `mine` and `theirs` are the two voices' [`ClaimOrigins`], worked out once a voice.
    fn shares_named_origin(
        &self,
        o: &Voice,
        mine: &[ClaimOrigins],
        theirs: &[ClaimOrigins],
    ) -> bool {
        self.shares_origin(o)
            && self.claims.iter().zip(mine).any(|(x, ox)| {
                o.claims.iter().zip(theirs).any(|(y, oy)| {
                    // undated, one source's two figures may be its revision: nothing
                    // orders them (a later, higher figure is an update by `step`)
                    let dated = x.reported().is_some() && y.reported().is_some();
                    if x.document == y.document || !dated {
                        share_claimant(&ox.all, &oy.all)
                    } else {
                        share_claimant(&ox.named, &oy.named)
                    }
                })
            })
    }
    /// Each of its claims' origins, as `shares_named_origin` compares them.
    fn claim_origins(&self, claims: &Claims, tables: &Tables) -> Vec<ClaimOrigins> {
        self.claims
            .iter()
            .map(|c| ClaimOrigins {
                all: origins(claims, c, tables),
                named: named_origins(claims, c, tables),
            })
            .collect()
    }
    fn same_document(&self, o: &Voice) -> bool {
        self.claims
            .iter()
            .any(|a| o.claims.iter().any(|b| a.document == b.document))
    }
    /// Rule relayed_dispute (session 20, scen20): two voices that share a report only
    /// because it relays both sides of a dispute ("the police say 19 died; the local
    /// chairman has given 38"; "the militants claim 30 soldiers killed; the army has said
    /// five") are still apart, as the reports of their own are: in every report they share,
    /// each side's figures there are attributed to a claimant and no claimant is both
    /// sides', and they do not share one report alone with no other of their own (two
    /// voices that share every report are apart only when they share two reports or more:
    /// session 28, linkmix28; review 2). A report's own
    /// figure (unattributed: its headline, its reporter's count) still makes one report of
    /// the two, as before, unless the report gives that figure again attributed (rule
    /// headline_echo_attributed, session 24).
    fn relayed_dispute(&self, o: &Voice, claims: &Claims, tables: &Tables) -> bool {
        let docs = |v: &Voice| -> Vec<Sym> {
            let mut d: Vec<Sym> = v.claims.iter().map(|c| c.document).collect();
            d.sort();
            d.dedup();
            d
        };
        let (da, db) = (docs(self), docs(o));
        // rule held_against_report (session 29): each report they share sets one figure,
        // held in words by its claimant, against the other
        let shared: Vec<Sym> = da.iter().copied().filter(|d| db.contains(d)).collect();
        if !shared.is_empty()
            && shared.iter().all(|&d| {
                held_against(self, o, d, claims, tables) || held_against(o, self, d, claims, tables)
            })
        {
            return true;
        }
        // (session 28, linkmix28: two voices that share every report are kept apart too
        // when they share two reports or more, each relaying both sides: "the association
        // repeated its count of 17" in the police's next report; one report alone is no
        // dispute told twice)
        if da.len() < 2 && da.iter().all(|d| db.contains(d)) && db.iter().all(|d| da.contains(d)) {
            return false;
        }
        da.iter().filter(|d| db.contains(d)).all(|&d| {
            let side = |v: &Voice| -> Option<Vec<String>> {
                let mut out = Vec::new();
                let attributed =
                    |c: &LinkClaim| claims.opt(c.claimant).is_some_and(|n| !n.trim().is_empty());
                let here: Vec<&LinkClaim> = v
                    .claims
                    .iter()
                    .copied()
                    .filter(|c| c.document == d)
                    .collect();
                for &c in &here {
                    if !attributed(c) {
                        // rule headline_echo_attributed (session 24, scen24): a figure
                        // told with no claimant (a headline's "Rebels Say 31 Soldiers
                        // Killed", its lead's bare count) that the same report gives
                        // again, attributed, in its voice is that claimant's figure, not
                        // the report's own
                        if here.iter().any(|&o| attributed(o) && same_figure(c, o)) {
                            continue;
                        }
                        return None;
                    }
                    out.extend(origins(claims, c, tables));
                }
                Some(out)
            };
            match (side(self), side(o)) {
                (Some(x), Some(y)) => !share_claimant(&x, &y),
                _ => false,
            }
        })
    }
    fn says(&self, claims: &Claims) -> String {
        if self.from_outcomes > 0 {
            // one figure an outcome: its first claim of each
            let mut parts: Vec<String> = Vec::new();
            let mut seen: Vec<Sym> = Vec::new();
            for c in &self.claims {
                if !seen.contains(&c.outcome) {
                    seen.push(c.outcome);
                    parts.push(format!("{} {}", claims.s(c.quantity), claims.s(c.outcome)));
                }
            }
            let interval = crate::model::interval(self.low, self.high);
            let attribution = claims.attribution(self.claims[0]);
            return if self.from_outcomes == 1 {
                format!(
                    "{attribution} says {} and tells no deaths ({interval} hit)",
                    parts.join(" and ")
                )
            } else {
                format!(
                    "{attribution} says {} ({interval} hit together)",
                    parts.join(" and ")
                )
            };
        }
        if !self.sum {
            return describe(claims, self.claims[0]);
        }
        let parts: Vec<String> = self
            .claims
            .iter()
            .map(|c| format!("{} {}", claims.s(c.quantity), claims.s(c.victim_group)))
            .collect();
        format!(
            "{} says {} ({} together)",
            claims.attribution(self.claims[0]),
            parts.join(" and "),
            crate::model::interval(self.low, self.high)
        )
    }
    fn has(&self, w: TollWord) -> bool {
        w.in_flags(self.wording)
    }
}

/// Rule held_against_report (session 29, crash29): in report `d`, `held` is a figure its
/// claimant holds to in words against another of the report (`maintained` in
/// `data/toll_wording.csv`: "the union maintains that 18 died", "the Red Cross has
/// maintained its figure of 21", "the trust says the real toll was over 100") and `other`
/// the report's own or another claimant's figure, told without such words: two accounts at
/// odds that the report relays, apart even when the report's own figure has no claimant
/// ("the toll stands at 11 inmates, but the observatory maintains that at least 15 died").
/// Every claim of `held` in the report says it holds its figure, none of `other`'s does,
/// and they share no claimant there.
fn held_against<'a>(
    held: &Voice<'a>,
    other: &Voice<'a>,
    d: Sym,
    claims: &Claims,
    tables: &Tables,
) -> bool {
    let here = |v: &Voice<'a>| -> Vec<&'a LinkClaim> {
        v.claims
            .iter()
            .copied()
            .filter(|c| c.document == d)
            .collect()
    };
    let holds = |c: &&LinkClaim| TollWord::Maintained.in_flags(c.wording());
    // its named claimants (a figure with none is the report's own, or held by a subject
    // the extractor did not take as its claimant: "the Red Cross has maintained ...")
    let named = |c: &LinkClaim| -> Vec<String> {
        origins(claims, c, tables)
            .into_iter()
            .filter(|x| !x.starts_with(OUTLET) && !x.starts_with(DOCUMENT))
            .collect()
    };
    let (h, o) = (here(held), here(other));
    if h.is_empty() || !h.iter().all(holds) || o.iter().any(holds) {
        return false;
    }
    // (each claim's claimants read once, not once a pair: session 29, mendl29)
    let on: Vec<Vec<String>> = o.iter().map(|&y| named(y)).collect();
    !h.iter().any(|&x| {
        let nx = named(x);
        on.iter().any(|ny| share_claimant(&nx, ny))
    })
}

/// One figure said two ways: the intervals share a bound ("Three dead" and "at least
/// three"; "40" and "40").
fn same_figure(a: &LinkClaim, b: &LinkClaim) -> bool {
    (a.low().is_some() && a.low() == b.low()) || (a.high().is_some() && a.high() == b.high())
}

/// The voices among claims of one outcome and group: claims joined when they give one
/// figure (`same_figure`) and share a document or an origin (an echo).
fn voices<'a>(claims: &Claims, v: &[&'a LinkClaim], tables: &Tables) -> Vec<Voice<'a>> {
    let origins: Vec<Vec<String>> = v.iter().map(|c| self::origins(claims, c, tables)).collect();
    let mut parent: Vec<usize> = (0..v.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for i in 0..v.len() {
        for j in i + 1..v.len() {
            let together =
                v[i].document == v[j].document || share_claimant(&origins[i], &origins[j]);
            if together && same_figure(v[i], v[j]) {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut by_root: BTreeMap<usize, Voice<'a>> = BTreeMap::new();
    let part = TollWord::Part as u8;
    for i in 0..v.len() {
        let r = root(&mut parent, i);
        let c = v[i];
        let voice = by_root.entry(r).or_insert_with(|| Voice {
            claims: Vec::new(),
            low: c.low(),
            high: c.high(),
            origins: Vec::new(),
            wording: 0,
            reported: None,
            held_on: None,
            sum: false,
            from_outcomes: 0,
        });
        voice.low = voice.low.zip(c.low()).map(|(a, b)| a.min(b));
        voice.high = voice.high.zip(c.high()).map(|(a, b)| a.max(b));
        voice.wording |= c.wording() & !part;
        // a voice speaks when it first gave its figure: an echo relays an older one
        voice.reported = match (voice.reported, c.reported()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if TollWord::Maintained.in_flags(c.wording()) {
            voice.held_on = voice.held_on.max(c.reported());
        }
        for o in &origins[i] {
            if !voice.origins.contains(o) {
                voice.origins.push(o.clone());
            }
        }
        voice.claims.push(c);
    }
    let mut vs: Vec<Voice<'a>> = by_root.into_values().collect();
    // rule part_in_every_report: a voice counts a part of its outcome's people only when
    // each report of it says so in one of its sentences (a radio's "12 seriously injured"
    // and its "12 injured" are its seriously injured; the police's "another wounded" in one
    // report and "critically wounded a third" relayed in others are the police's count of
    // the wounded, not a part of it)
    for voice in &mut vs {
        let says_part = |d: Sym| {
            voice
                .claims
                .iter()
                .any(|c| c.document == d && TollWord::Part.in_flags(c.wording()))
        };
        if voice.claims.iter().all(|c| says_part(c.document)) {
            voice.wording |= part;
        }
    }
    vs
}

/// Rule parts_sum: one sentence's figures for parts of a group that do not overlap ("one
/// adult and four minors were killed", "two men and three women") count that group
/// together: a voice of their sum (five people) compared with the group's other voices, as
/// a report giving the whole would be. Not when the sentence gives the whole itself ("11
/// people, six of them children"), nor for a part by its wording ("seriously injured").
///
/// Session 30 (find30), rule listed_not_summed: nor a sentence that names some of the
/// victims ("those killed include A and B", "among the dead were A, a nurse, and B", "one
/// of the victims was A": `listed` in data/toll_wording.csv): its people are a part of the
/// toll, their sum no total to set against another report's count (two named dead against
/// the police's four is no conflict).
fn sums_of_parts<'a>(ev: &Event<'a>, outcome: &str, whole: usize) -> Vec<Voice<'a>> {
    let (claims, tables) = (ev.claims, ev.tables);
    let mut by_sentence: BTreeMap<(Sym, u32), Vec<(&'a LinkClaim, usize)>> = BTreeMap::new();
    for (&c, k) in ev.cs.iter().zip(ev.ks) {
        if c.sentence == 0
            || claims.is_cumulative(c)
            || !toll(claims, c)
            || claims.s(c.outcome) != outcome
            || TollWord::Part.in_flags(c.wording())
            || TollWord::Listed.in_flags(c.wording())
        {
            continue;
        }
        by_sentence
            .entry((c.document, c.sentence))
            .or_default()
            .push((c, k.key));
    }
    let mut out = Vec::new();
    for mut parts in by_sentence.into_values() {
        // session 17: a list's total told beside its parts ("one adult and four minors were
        // killed": 5, 1 and 4, the extractor's coordinated_total) is their sum, no part
        if parts.len() >= 3 {
            let sum = |skip: usize, f: &dyn Fn(&LinkClaim) -> Option<i64>| {
                parts
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != skip)
                    .try_fold(0i64, |n, (_, &(c, _))| f(c).and_then(|x| n.checked_add(x)))
            };
            let total = (0..parts.len()).find(|&i| {
                let c = parts[i].0;
                c.low().is_some()
                    && sum(i, &|c| c.low()) == c.low()
                    && sum(i, &|c| c.high()) == c.high()
            });
            if let Some(i) = total {
                parts.remove(i);
            }
        }
        // each a part of the whole (a sentence giving the whole itself is not summed), none
        // within another
        if parts.len() < 2 {
            continue;
        }
        let part_of_whole = parts
            .iter()
            .all(|&(_, k)| ev.keys.relate(k, whole) == GroupRelation::PartOf);
        let apart = parts.iter().enumerate().all(|(i, &(_, a))| {
            parts[i + 1..]
                .iter()
                .all(|&(_, b)| ev.keys.relate(a, b) == GroupRelation::Unrelated)
        });
        if !part_of_whole || !apart {
            continue;
        }
        let add = |f: &dyn Fn(&LinkClaim) -> Option<i64>| {
            parts
                .iter()
                .try_fold(0i64, |n, &(c, _)| f(c).and_then(|x| n.checked_add(x)))
        };
        let mut origins: Vec<String> = Vec::new();
        for &(c, _) in &parts {
            for o in self::origins(claims, c, tables) {
                if !origins.contains(&o) {
                    origins.push(o);
                }
            }
        }
        out.push(Voice {
            low: add(&|c| c.low()),
            high: add(&|c| c.high()),
            origins,
            wording: parts.iter().fold(0, |w, &(c, _)| w | c.wording()) & !(TollWord::Part as u8),
            reported: parts.iter().filter_map(|&(c, _)| c.reported()).min(),
            held_on: None,
            claims: parts.into_iter().map(|(c, _)| c).collect(),
            sum: true,
            from_outcomes: 0,
        });
    }
    out
}

/// Rule relayed_part: a claimant's figure relayed with its people worded narrower ("two
/// people injured" by ISNA in one report, "two villagers" by ISNA in another) is one voice
/// with it: a group's claims and, from its parts, the claims that give one of their figures
/// with one of their claimants in another document, or in another document where either
/// has no claimant (an unattributed "two civilians" beside another report's "two people":
/// nothing tells whose figure it is, and the figure is what they share).
fn with_relayed_parts<'a>(
    ev: &Event<'a>,
    groups: &BTreeMap<(&'a str, usize), Vec<&'a LinkClaim>>,
    (outcome, key): (&'a str, usize),
    v: &[&'a LinkClaim],
) -> Vec<&'a LinkClaim> {
    let (claims, tables) = (ev.claims, ev.tables);
    let mut out = v.to_vec();
    let origins_of: Vec<Vec<String>> = v.iter().map(|c| origins(claims, c, tables)).collect();
    for (&(o, k), parts) in groups {
        if o != outcome || k == key || ev.keys.relate(k, key) != GroupRelation::PartOf {
            continue;
        }
        for p in parts {
            let po = origins(claims, p, tables);
            // a claim with no claimant (its outlet's or document's own) cannot show whose
            // figure it relays: the same figure in another report is then the evidence
            let relayed = v.iter().zip(&origins_of).any(|(c, co)| {
                c.document != p.document
                    && same_figure(c, p)
                    && (share_claimant(co, &po) || unattributed(co) || unattributed(&po))
            });
            if relayed {
                out.push(p);
            }
        }
    }
    out
}

/// Session 22 (updates22), rule one_count_two_widths: a report that gives one count at two
/// widths, the narrower group another report names too ("Five miners killed" over "killing
/// five people" in its body, beside another outlet's "seven miners"), counts the same
/// victims in both claims: its wider claim of that exact figure joins the narrower group's
/// voice, so that the finding against the other report's seven miners names the body's
/// claim as well as the headline's (`described_count` does not widen a group another report
/// names). Only exact figures of one outcome in one report, neither told as a part
/// ("including", "seriously") nor a running toll.
fn one_count_two_widths(ev: &Event, idx: &OneCounts, whole: &LinkClaim, part: usize) -> bool {
    plain_count(ev, whole)
        && idx
            .narrow
            .get(&(whole.document, whole.outcome, part))
            .is_some_and(|cs| {
                cs.iter().any(|c| {
                    c.low() == whole.low()
                        && c.high() == whole.high()
                        && one_happening(ev, c, whole)
                })
            })
}

/// An exact count of one report's that is neither told as a part nor a running toll
/// (rule one_count_two_widths).
fn plain_count(ev: &Event, c: &LinkClaim) -> bool {
    toll(ev.claims, c) && !ev.claims.is_cumulative(c) && !TollWord::Part.in_flags(c.wording())
}

/// Rule one_count_two_widths (session 23, debt23): two equal figures of one report count
/// the same victims only if nothing tells two happenings apart: their days (when both are
/// known) at most one apart (a headline's day is its report's, the body's "on Monday"), and
/// the places their own text names (not a dateline's or the report's) one within the other.
/// "Five people were killed at another pit on 12 October" is no wider count of the
/// headline's five miners of 4 November.
fn one_happening(ev: &Event, a: &LinkClaim, b: &LinkClaim) -> bool {
    // Days are compared only when both claims state theirs: a headline's or an undated
    // sentence's day is its report's publication day, no day of the happening (session 23
    // mend).
    let stated = |c: &LinkClaim| {
        (c.states_day() || c.tells_incident_day())
            .then_some(c.day)
            .flatten()
    };
    let days = match (stated(a), stated(b)) {
        (Some(x), Some(y)) => (x - y).num_days().abs() <= 1,
        _ => true,
    };
    let key = |c: &LinkClaim| {
        (!c.fallback_place())
            .then(|| c.place_id())
            .flatten()
            .and_then(|id| ev.gazetteer.key(ev.claims.s(id)))
    };
    let places = match (key(a), key(b)) {
        (Some(x), Some(y)) => x == y || ev.gazetteer.within(x, y) || ev.gazetteer.within(y, x),
        _ => true,
    };
    days && places
}

/// Rule one_count_two_widths's look-ups, built once an event (session 23, debt23: each
/// group's wider claims once scanned every claim of the event twice, G·N²).
struct OneCounts<'a> {
    /// The plain counts of one group (not an individual), by document, outcome and group.
    narrow: HashMap<(Sym, Sym, usize), Vec<&'a LinkClaim>>,
    /// The documents that name a group with an outcome: the first, and another if any.
    named: HashMap<(usize, Sym), (Sym, Option<Sym>)>,
}

impl<'a> OneCounts<'a> {
    fn new(ev: &Event<'a>) -> OneCounts<'a> {
        let mut narrow: HashMap<(Sym, Sym, usize), Vec<&'a LinkClaim>> = HashMap::new();
        let mut named: HashMap<(usize, Sym), (Sym, Option<Sym>)> = HashMap::new();
        for (&c, k) in ev.cs.iter().zip(ev.ks) {
            if !k.individual && plain_count(ev, c) {
                narrow
                    .entry((c.document, c.outcome, k.key))
                    .or_default()
                    .push(c);
            }
            let e = named
                .entry((k.key, c.outcome))
                .or_insert((c.document, None));
            if e.0 != c.document && e.1.is_none() {
                e.1 = Some(c.document);
            }
        }
        OneCounts { narrow, named }
    }

    /// Whether a report other than `document` names the group with the outcome.
    fn named_elsewhere(&self, key: usize, outcome: Sym, document: Sym) -> bool {
        self.named
            .get(&(key, outcome))
            .is_some_and(|&(first, other)| first != document || other.is_some())
    }
}

/// The wider claims of a group's reports that count its victims at another width
/// ([`one_count_two_widths`]), added to its claims.
fn with_wider_of_one_count<'a>(
    ev: &Event<'a>,
    idx: &OneCounts,
    groups: &BTreeMap<(&'a str, usize), Vec<&'a LinkClaim>>,
    (outcome, key): (&'a str, usize),
    mut v: Vec<&'a LinkClaim>,
) -> Vec<&'a LinkClaim> {
    for (&(o, k), wholes) in groups {
        if o != outcome || k == key || ev.keys.relate(key, k) != GroupRelation::PartOf {
            continue;
        }
        for &w in wholes {
            if !v.iter().any(|c| c.claim_id == w.claim_id)
                && one_count_two_widths(ev, idx, w, key)
                && idx.named_elsewhere(key, w.outcome, w.document)
            {
                v.push(w);
            }
        }
    }
    v
}

/// How two voices with figures that do not overlap stand to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// The higher figure came later, or its wording says the toll rose, or the lower was
    /// provisional: a toll updated.
    Update,
    /// One figure was replaced by the other, by its own wording.
    Correction,
    /// The lower counts a part of the higher's people by its wording ("seriously injured").
    Part,
    /// Both cannot be true.
    Conflict,
}

/// The outcome that counts everyone hit, the dead and the wounded together (SPEC: "N people
/// were shot" with no word of their fate).
const CASUALTIES: &str = "casualties";

/// Whether each voice is its reports' largest count: a report's casualties are its largest
/// figure of them, a lower one of it a part ("seven were shot, one of them critically").
/// A voice is not when a voice of figures as told (no sum of outcomes) that shares one of
/// its reports lies wholly above it.
fn largest_of_its_reports(vs: &[Voice]) -> Vec<bool> {
    // each report's highest lower bound among the voices as told that it is part of
    let mut highest: HashMap<Sym, i64> = HashMap::new();
    for o in vs.iter().filter(|o| o.from_outcomes == 0) {
        for c in &o.claims {
            let h = highest.entry(c.document).or_insert(i64::MIN);
            *h = (*h).max(o.lo());
        }
    }
    vs.iter()
        .map(|v| {
            !v.claims
                .iter()
                .any(|c| highest.get(&c.document).is_some_and(|&h| h > v.hi()))
        })
        .collect()
}

/// The documents that give a figure of the dead in the event (`tells_deaths`).
fn documents_telling_deaths(ev: &Event) -> std::collections::HashSet<Sym> {
    ev.cs
        .iter()
        .filter(|c| ev.claims.s(c.outcome) == "killed" && toll(ev.claims, c))
        .map(|c| c.document)
        .collect()
}

/// Whether a voice's reports give a figure of the dead in the event (`deaths`: the
/// event's [`documents_telling_deaths`]).
fn tells_deaths(deaths: &std::collections::HashSet<Sym>, v: &Voice) -> bool {
    v.claims.iter().any(|c| deaths.contains(&c.document))
}

/// Rule outcome_sums (session 19, local19l): a report that counts the wounded and the dead
/// of a group, and no casualties of it, counts its casualties too: their sum ("one killed
/// and six wounded" are seven hit), a voice of the casualties set against another report's
/// "eight people were shot". A report telling the wounded alone ("six were wounded, none
/// gravely") counts its casualties as them, set only against a report telling no deaths
/// either ("seven people were shot, one critically"). A report's figures of one outcome
/// must agree (its headline and body), its dead counted by any of its claims of the group
/// or a part of it ("a 21-year-old man was killed"); otherwise it gives no sum.
fn outcome_sums<'a>(
    ev: &Event<'a>,
    groups: &BTreeMap<(&'a str, usize), Vec<&'a LinkClaim>>,
    key: usize,
    casualties: &[&'a LinkClaim],
) -> Vec<Voice<'a>> {
    let Some(wounded) = groups.get(&("wounded", key)) else {
        return Vec::new();
    };
    let (claims, tables) = (ev.claims, ev.tables);
    // each report's wounded, and its dead of the group or a part of it, in one pass over
    // the event's claims
    let mut wounded_of: BTreeMap<Sym, Vec<&LinkClaim>> = BTreeMap::new();
    for &c in wounded {
        wounded_of.entry(c.document).or_default().push(c);
    }
    let mut killed_of: HashMap<Sym, Vec<&LinkClaim>> = HashMap::new();
    for (&c, kk) in ev.cs.iter().zip(ev.ks) {
        if claims.s(c.outcome) == "killed"
            && !claims.is_cumulative(c)
            && toll(claims, c)
            && matches!(
                ev.keys.relate(kk.key, key),
                GroupRelation::Same | GroupRelation::PartOf
            )
        {
            killed_of.entry(c.document).or_default().push(c);
        }
    }
    let told_casualties: std::collections::HashSet<Sym> =
        casualties.iter().map(|c| c.document).collect();
    // one figure of a report's claims, when they all give it
    let one = |cs: &[&LinkClaim]| -> Option<(Option<i64>, Option<i64>)> {
        let f = (cs.first()?.low(), cs[0].high());
        cs.iter().all(|c| (c.low(), c.high()) == f).then_some(f)
    };
    let mut out = Vec::new();
    for (d, w) in wounded_of {
        if told_casualties.contains(&d) {
            continue;
        }
        let k: Vec<&LinkClaim> = killed_of.remove(&d).unwrap_or_default();
        let Some((wl, wh)) = one(&w) else { continue };
        let (low, high, from) = if k.is_empty() {
            (wl, wh, 1)
        } else {
            let Some((kl, kh)) = one(&k) else { continue };
            (
                wl.zip(kl).and_then(|(a, b)| a.checked_add(b)),
                wh.zip(kh).and_then(|(a, b)| a.checked_add(b)),
                2,
            )
        };
        if low.is_none() && high.is_none() {
            continue;
        }
        let parts: Vec<&LinkClaim> = w.into_iter().chain(k).collect();
        let mut origins: Vec<String> = Vec::new();
        for c in &parts {
            for o in self::origins(claims, c, tables) {
                if !origins.contains(&o) {
                    origins.push(o);
                }
            }
        }
        out.push(Voice {
            low,
            high,
            origins,
            wording: parts.iter().fold(0, |w, c| w | c.wording()) & !(TollWord::Part as u8),
            reported: parts.iter().filter_map(|c| c.reported()).min(),
            held_on: None,
            claims: parts,
            sum: false,
            from_outcomes: from,
        });
    }
    out
}

/// Time first (a later, higher report is an update; a later, lower one a conflict unless it
/// says it corrects, or counts people in a state that ends: `may_fall`), then wording when
/// the two are of one day or undated. Of one day, two independent sources' figures are of
/// one time: a rise the higher one tells ("the toll rose to 38") is a rise from an earlier
/// figure, not from the other source's of that day ("35", the same day), so it does not make
/// the pair an update; an early report's provisional figure still does.
///
/// Session 20 (groups20), rule accounts_apart: a later, higher figure from another kind of
/// account (`apart`: residents against the government, a rights group against the army:
/// `Tables::accounts`) is a contradiction of accounts, as a recorder notes it ("local sources
/// said over 100 dead, the government 15"), not the toll updated, unless it says the toll
/// rose or the lower figure was early.
fn step(
    lower: &Voice,
    higher: &Voice,
    may_fall: bool,
    apart: bool,
    bridged: impl FnOnce() -> bool,
) -> Step {
    if lower.has(TollWord::Part) {
        return Step::Part;
    }
    if lower.has(TollWord::Superseded) || higher.has(TollWord::Superseded) {
        return Step::Correction;
    }
    let one_day = match (lower.reported, higher.reported) {
        (Some(l), Some(h)) if h > l => {
            // rule figure_still_held (session 27): the lower figure's claimant held to it
            // on or after the day the higher was given ("the army repeated on Tuesday that
            // 17 died", the ministry's 31 out that Tuesday): two claimants at odds, not a
            // count that rose
            if lower.held_past(higher).is_some() {
                return Step::Conflict;
            }
            return if !apart || higher.has(TollWord::Rise) || lower.has(TollWord::Provisional) {
                Step::Update
            } else if higher.has(TollWord::Correction) {
                Step::Correction
            } else {
                Step::Conflict
            };
        }
        (Some(l), Some(h)) if h < l => {
            return if lower.has(TollWord::Correction) {
                Step::Correction
            } else if may_fall {
                Step::Update
            } else {
                Step::Conflict
            };
        }
        (Some(_), Some(_)) => true,
        _ => false,
    };
    if higher.has(TollWord::Rise) && !one_day || lower.has(TollWord::Provisional) {
        Step::Update
    } else if lower.has(TollWord::Correction) && higher.has(TollWord::Maintained) {
        // rule kept_against_correction (session 32, lead): a higher figure its source says
        // it keeps (data/toll_wording.csv `maintained`: "has maintained its figure of 21
        // dead") against another voice's correction of that day ("police have revised the
        // toll down to 19") is two sources at odds, not a figure replaced: a correction
        // replaces its own source's figure, and the other source has just refused it
        Step::Conflict
    } else if lower.has(TollWord::Correction) || higher.has(TollWord::Correction) {
        Step::Correction
    } else if bridged() {
        // rule increment_bridges: two figures of one day (or undated) an addition told
        // between them; decided here, after figure_still_held and accounts_apart have
        // had their say on figures days apart (session 32, mendl32, review 2 should-fix 2:
        // the bridge ran before `step` and silenced those)
        Step::Update
    } else {
        Step::Conflict
    }
}

/// What a conflict's reason adds when rule figure_still_held made it one (`step`): the
/// lower figure, given first, held to in words on or after the day the higher was given.
fn still_held(lower: &Voice, higher: &Voice) -> String {
    match (lower.reported, lower.held_past(higher)) {
        (Some(l), Some(d)) => format!(
            " (rule figure_still_held: the lower figure, first given {l}, was held to on {d}, \
             when the higher had been given, so the higher is no update of it)"
        ),
        _ => String::new(),
    }
}

/// Whether two voices are accounts of different kinds (`Tables::accounts`,
/// `data/source_kinds.csv`): each of known kind by its claimants, and no kind shared.
/// `kinds` holds the kinds the event's claimants tell ([`claimant_kinds`]).
fn accounts_apart(kinds: &HashMap<Sym, u32>, a: &Voice, b: &Voice) -> bool {
    let of = |v: &Voice| {
        v.claims
            .iter()
            .filter_map(|c| c.claimant)
            .fold(0, |k, name| k | kinds.get(&name).copied().unwrap_or(0))
    };
    let (ka, kb) = (of(a), of(b));
    ka != 0 && kb != 0 && ka & kb == 0
}

/// The kind of account each claimant tells by its name (`Tables::accounts`).
///
/// Session 29 (crash29), rule kind_by_fuller_name: a name that tells no kind ("Kenya
/// Freedom Watch") takes the kind of a fuller naming of it among the claims, one that ends
/// with its words, two or more ("the rights group Kenya Freedom Watch"): a report names a
/// source once by what it is and then by its name alone, and its later, higher figure
/// against the ministry's is still a monitor's account against the state's, not the toll
/// updated.
fn claimant_kinds<'a>(
    claims: &Claims,
    cs: impl Iterator<Item = &'a &'a LinkClaim>,
    tables: &Tables,
) -> HashMap<Sym, u32> {
    let mut names: Vec<Sym> = cs.filter_map(|c| c.claimant).collect();
    names.sort();
    names.dedup();
    let words: Vec<Vec<String>> = names.iter().map(|&n| name_words(claims.s(n))).collect();
    let told: Vec<u32> = names
        .iter()
        .map(|&n| tables.accounts.of(claims.s(n)))
        .collect();
    // each fuller naming's endings of two words or more, with its kind
    let mut endings: HashMap<&[String], u32> = HashMap::new();
    for (w, &k) in words.iter().zip(&told) {
        if k != 0 {
            for at in 1..w.len().saturating_sub(1) {
                *endings.entry(&w[at..]).or_default() |= k;
            }
        }
    }
    names
        .iter()
        .zip(&words)
        .zip(&told)
        .map(|((&n, w), &k)| {
            let learned = if k == 0 && w.len() >= 2 {
                endings.get(w.as_slice()).copied().unwrap_or(0)
            } else {
                0
            };
            (n, k | learned)
        })
        .collect()
}

/// Conflicting pairs named in one event, outcome and group, at most, the closest figures
/// first (40 against 42 is a contradiction about one incident; 2 against 40 in an event that
/// holds several incidents of a day is more often two incidents): beyond, the last finding
/// says how many more there are.
const MAX_CONFLICT_PAIRS: usize = 25;

/// Same event, outcome and victims (one group, however worded); voices whose figures do not
/// overlap, from independent sources (neither one document nor one origin), and not an
/// update or a correction of each other (`step`). One finding per conflicting pair of
/// voices, naming every claim of both.
fn numeric_conflict(ev: &Event, out: &mut Vec<Finding>) {
    let claims = ev.claims;
    let early = ev.early_reports();
    let deaths = documents_telling_deaths(ev);
    let groups = ev.by_outcome_group(false);
    let one_counts = OneCounts::new(ev);
    let mut provinces = Provinces::default();
    // rule wounded_who_died: each report's counts of the event's dead, worked out once an
    // event (when a pair first asks)
    let dead_of = std::cell::OnceCell::new();
    for (&(outcome, key), v) in &groups {
        let may_fall = super::link::state_outcome(outcome);
        let v = with_relayed_parts(ev, &groups, (outcome, key), v);
        let v = with_wider_of_one_count(ev, &one_counts, &groups, (outcome, key), v);
        let mut vs = voices(claims, &v, ev.tables);
        vs.extend(sums_of_parts(ev, outcome, key));
        if outcome == CASUALTIES {
            vs.extend(outcome_sums(ev, &groups, key, &v));
        }
        for voice in &mut vs {
            if voice.claims.iter().any(|c| early.contains(&c.document)) {
                voice.wording |= TollWord::Provisional as u8;
            }
        }
        // what the pairs ask of each voice, worked out once a voice: its claims' origins
        // (when a pair first asks), and for the sums of outcomes (casualties only) whether
        // its reports tell deaths and whether it is their largest count
        let claim_origins: Vec<std::cell::OnceCell<Vec<ClaimOrigins>>> =
            vs.iter().map(|_| Default::default()).collect();
        let origins_of =
            |i: usize| claim_origins[i].get_or_init(|| vs[i].claim_origins(claims, ev.tables));
        provinces.for_voices(vs.len());
        let sums = vs.iter().any(|v| v.from_outcomes > 0);
        let told_deaths: Vec<bool> = vs
            .iter()
            .map(|v| sums && tells_deaths(&deaths, v))
            .collect();
        let largest = if sums {
            largest_of_its_reports(&vs)
        } else {
            vec![true; vs.len()]
        };
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for i in 0..vs.len() {
            for j in i + 1..vs.len() {
                let (a, b) = (&vs[i], &vs[j]);
                // one claimant's figures are one voice revised, unless either rule tells two
                // reports' unnamed sources apart (institution_relayed_apart,
                // generic_claimant_apart)
                if a.overlaps(b)
                    || a.same_document(b) && !a.relayed_dispute(b, claims, ev.tables)
                    || a.shares_origin_but_institution(b)
                        && a.shares_named_origin(b, origins_of(i), origins_of(j))
                {
                    continue;
                }
                // a report's sum of outcomes against another's: only against a count of
                // the casualties itself; its wounded alone only when neither tells deaths
                if a.from_outcomes > 0 && b.from_outcomes > 0
                    || a.from_outcomes == 1 && told_deaths[j]
                    || b.from_outcomes == 1 && told_deaths[i]
                    || a.from_outcomes > 0 && !largest[j]
                    || b.from_outcomes > 0 && !largest[i]
                {
                    continue;
                }
                let (lower, higher) = if a.hi() < b.lo() { (i, j) } else { (j, i) };
                if province_of_national(ev, &provinces, (lower, higher), &vs)
                    || part_of_summed_regions(ev, &provinces, (lower, higher), &vs)
                {
                    continue;
                }
                if wounded_who_died(ev, &dead_of, outcome, &vs[lower], &vs[higher]) {
                    continue;
                }
                let apart = accounts_apart(ev.kinds, &vs[lower], &vs[higher]);
                let bridged = || increment_bridges(ev, outcome, may_fall, &vs[lower], &vs[higher]);
                if step(&vs[lower], &vs[higher], may_fall, apart, bridged) == Step::Conflict {
                    pairs.push((lower, higher));
                }
            }
        }
        let group = ev.label(key);
        pairs.sort_by(|&(l1, h1), &(l2, h2)| {
            ratio(vs[h1].lo(), vs[l1].hi()).total_cmp(&ratio(vs[h2].lo(), vs[l2].hi()))
        });
        let more = pairs.len().saturating_sub(MAX_CONFLICT_PAIRS);
        pairs.truncate(MAX_CONFLICT_PAIRS);
        let last = pairs.len().saturating_sub(1);
        for (n, &(l, h)) in pairs.iter().enumerate() {
            let (lower, higher) = (&vs[l], &vs[h]);
            let mut ids: Vec<_> = lower
                .claims
                .iter()
                .chain(&higher.claims)
                .map(|c| c.claim_id)
                .collect();
            ids.sort();
            ids.dedup();
            out.push(Finding {
                kind: "numeric_conflict",
                severity: if ratio(higher.lo(), lower.hi()) >= 2.0 {
                    Severity::High
                } else {
                    Severity::Medium
                },
                event: ev.event,
                outcome: outcome.to_string(),
                victim_group: group.clone(),
                claims: ids,
                reason: format!(
                    "{} but {}: the two cannot both be true for {group} {outcome}{}{}.",
                    lower.says(claims),
                    higher.says(claims),
                    still_held(lower, higher),
                    if n == last && more > 0 {
                        format!(" ({more} further pairs of this event, further apart, not listed)")
                    } else {
                        String::new()
                    }
                ),
            });
        }
    }
}

/// One exact addition to a total a report tells ("seven more bodies were recovered": scope
/// `increment`): its outcome, how many, and its sentence (rule increment_bridges).
#[derive(Clone, Copy)]
struct Added {
    outcome: Sym,
    n: i64,
    /// The claim's sentence hash (`LinkClaim::sentence`, 0: none).
    sentence: u32,
}

/// Each report's exact additions to a total ([`Added`]), by document, and the reports that
/// tell a count as a rise (`TollWord::Rise`: "the toll rose to eight"): read once over all
/// the claims, as a report's addition may be linked into another event than the toll it
/// brings up (rule increment_bridges).
fn told_steps(claims: &Claims) -> (HashMap<Sym, Vec<Added>>, std::collections::HashSet<Sym>) {
    let mut added: HashMap<Sym, Vec<Added>> = HashMap::new();
    let mut rises = std::collections::HashSet::new();
    for c in claims.rows() {
        if let (true, Some(lo), Some(hi)) = (claims.is_increment(c), c.low(), c.high()) {
            if lo == hi && lo > 0 {
                added.entry(c.document).or_default().push(Added {
                    outcome: c.outcome,
                    n: lo,
                    sentence: c.sentence,
                });
            }
        }
        if TollWord::Rise.in_flags(c.wording()) {
            rises.insert(c.document);
        }
    }
    (added, rises)
}

/// Rule increment_bridges (session 32, linki32): two exact figures whose difference is an
/// addition one of their reports tells are one count told before and after that addition,
/// an update, not a contradiction, even of one day ("the toll rose to eight on Wednesday
/// morning", the governor said; "seven more bodies recovered on Wednesday afternoon,
/// bringing the toll to 15", officials said: 8 + 7 = 15). The addition is told by the
/// higher figure's report, of the same outcome, and that report is not the earlier one; or,
/// for a count of people in a state that ends (the missing, `may_fall`), by the lower
/// figure's report, of an outcome whose count does not end (bodies found, the dead; not
/// the missing's own nor another state's: session 32, mendl32), and that report is not the
/// earlier one ("four remain missing" after seven more bodies were found, against "eleven
/// unaccounted for" that morning: 11 - 7 = 4). The other figure's report tells its count as a step too (a rise:
/// "rose to eight on Wednesday morning"): two reports of one running count, each at its
/// own step. A report that tells its figure with no step ("five people were killed and
/// three are missing", the same Thursday an agency says two more bodies raised the toll to
/// seven: quake-2025's q15 and q16) may relay a count already passed, or be another
/// source's: the pair stays a conflict. Without the bridge, two sources' figures of one
/// day are of one time (`step`): "the toll rose to 15" alone does not make 8 against 15
/// an update.
fn increment_bridges(
    ev: &Event,
    outcome: &str,
    may_fall: bool,
    lower: &Voice,
    higher: &Voice,
) -> bool {
    let (Some(l), Some(h)) = (lower.low.filter(|&l| Some(l) == lower.high), higher.low) else {
        return false;
    };
    if higher.high != Some(h) || h <= l {
        return false;
    }
    // the addition, told by a claim of `teller`'s that `near` says is its own (session 32,
    // mendl32, review 2 should-fix 1: not anywhere in the report, whose round-up may tell
    // another incident's "two more died")
    let tells =
        |teller: &Voice, of: &dyn Fn(&str) -> bool, near: &dyn Fn(&LinkClaim, &Added) -> bool| {
            teller.claims.iter().any(|c| {
                ev.increments.get(&c.document).is_some_and(|v| {
                    v.iter()
                        .any(|a| a.n == h - l && of(ev.claims.s(a.outcome)) && near(c, a))
                })
            })
        };
    let same = |o: &str| o == outcome;
    // what explains a fall is an addition of a count that does not end (bodies found, the
    // dead), never of the falling count's own outcome nor of another state's, which only
    // go up (session 32, mendl32, review 2 must-fix 3: "two more were reported missing,
    // bringing the number to 4" against "rose to 6" of one day is no update)
    let ending = |o: &str| o != outcome && !super::link::state_outcome(o);
    // the higher figure's own sentence ("seven more bodies ..., bringing the toll to 15");
    // for a fall, anywhere in the lower figure's report
    let sentence = |c: &LinkClaim, a: &Added| c.sentence != 0 && a.sentence == c.sentence;
    // (the review's "claims next to the lower figure's", seq within one, was left: "seven
    // more bodies ..., bringing the toll to 15. Four remain missing." puts the 15 between)
    let anywhere = |_: &LinkClaim, _: &Added| true;
    let not_before = |a: &Voice, b: &Voice| match (a.reported, b.reported) {
        (Some(x), Some(y)) => x >= y,
        _ => true,
    };
    let steps = |v: &Voice| v.claims.iter().any(|c| ev.rises.contains(&c.document));
    // (the lower figure of the same outcome told as a rise itself, not any rise of its
    // report: session 32, mendl32)
    tells(higher, &same, &sentence) && not_before(higher, lower) && lower.has(TollWord::Rise)
        || may_fall
            && tells(lower, &ending, &anywhere)
            && not_before(lower, higher)
            && steps(higher)
}

/// Rule wounded_who_died (session 24, link24l): a later report's wounded fewer than an
/// earlier one's by no more than its dead are more ("two men were wounded" the first night;
/// "a shooting that killed two men and wounded a third" weeks on, after the first night's
/// one dead): a wounded victim died, the toll updated, not a contradiction. Both reports
/// tell the dead of the event, each report's largest count of them taken; of one day, or
/// the lower figure the earlier, the rule does not apply.
///
/// Session 25 (debt25): the dead are read from each report's counts, worked out once an
/// event (`dead_by_document`), not by a scan of the event's claims for every pair of
/// voices; and the perpetrators' dead are no wounded victims who died ("the two gunmen
/// were shot dead by police" weeks on excuses no wounded fewer).
fn wounded_who_died(
    ev: &Event,
    dead_of: &std::cell::OnceCell<HashMap<Sym, DeadOfReport>>,
    outcome: &str,
    lower: &Voice,
    higher: &Voice,
) -> bool {
    if outcome != "wounded" {
        return false;
    }
    let (Some(later), Some(earlier)) = (lower.reported, higher.reported) else {
        return false;
    };
    if later <= earlier {
        return false;
    }
    let dead = dead_of.get_or_init(|| dead_by_document(ev));
    // each side's reports' counts of the event's dead: the later's least, the earlier's
    // most (an open "at least" of the earlier tells no most)
    let now = (lower.claims.iter())
        .filter_map(|x| dead.get(&x.document))
        .map(|d| d.least)
        .max();
    let before = (higher.claims.iter())
        .filter_map(|x| dead.get(&x.document))
        .map(|d| d.most)
        .collect::<Option<Vec<i64>>>()
        .and_then(|v| v.into_iter().max());
    let (Some(now), Some(before)) = (now, before) else {
        return false;
    };
    let fewer = higher.lo() - lower.hi();
    fewer > 0 && now - before >= fewer
}

/// A report's counts of an event's dead (rule wounded_who_died): the largest of their
/// least figures, and the largest of their most (none when one of them is open).
#[derive(Debug, Clone, Copy)]
struct DeadOfReport {
    least: i64,
    most: Option<i64>,
}

/// Rule wounded_who_died: the event's bounded counts of its dead of the incident, by the
/// document they cite, leaving out the perpetrators' (a victim group one of whose words is
/// a perpetrator noun of data/extract/victim_words.csv: "the gunman", "two attackers",
/// "three bandits"), or of a class a perpetrator noun is aliased to (aliases.csv: "gunmen"
/// are militants). Session 25 (mendl25): the group's own words are compared with the
/// perpetrator nouns too: a perpetrator noun no alias names ("attackers") is the
/// perpetrators'. Left: a group of the class of militants ("rebels") is still left out,
/// since the stored group of "gunmen" is the class alone (its noun is not kept).
fn dead_by_document(ev: &Event) -> HashMap<Sym, DeadOfReport> {
    use crate::extract::lexicon::{victim_words, NameClass};
    // (a stored group is its alias's canonical name when the alias says all of it: "two
    // gunmen" are stored "militants", their noun lost; so the classes perpetrator nouns
    // are aliased to still count as theirs)
    let perpetrators: Vec<String> = victim_words()
        .of_class(NameClass::Perpetrator)
        .map(|w| ev.tables.group_key(w))
        // (a word no group names falls to everyone: never all the dead left out)
        .filter(|k| !k.is_everyone() && fold(&k.class) != crate::tables::PEOPLE)
        .map(|k| k.class)
        .collect();
    let mut out: HashMap<Sym, DeadOfReport> = HashMap::new();
    let mut add = |c: &LinkClaim| {
        let most = c.high();
        out.entry(c.document)
            .and_modify(|d| {
                d.least = d.least.max(lo(c));
                d.most = d.most.zip(most).map(|(a, b)| a.max(b));
            })
            .or_insert(DeadOfReport { least: lo(c), most });
    };
    for (c, k) in ev.cs.iter().zip(ev.ks) {
        if !dead_of_a_toll(ev.claims, c) {
            continue;
        }
        if perpetrators.contains(&ev.keys.get(k.key).class) {
            continue;
        }
        add(c);
    }
    // Session 32 (air32): a report's count of the dead dated by the report alone ("the
    // number of people killed in the attack rose to 12, the administration said on
    // Sunday") may be linked into an event of the report's day, apart from the incident
    // its wounded are told in: its count is still this event's dead when it is told at a
    // place one of the report's claims in this event is told at
    let places: std::collections::HashSet<(Sym, Sym)> = (ev.cs.iter())
        .filter_map(|c| Some((c.document, c.place_id()?)))
        .collect();
    let here: std::collections::HashSet<crate::model::ClaimId> =
        ev.cs.iter().map(|c| c.claim_id).collect();
    let documents: std::collections::HashSet<Sym> = ev.cs.iter().map(|c| c.document).collect();
    for d in documents {
        for c in ev.report_day_dead.get(&d).into_iter().flatten() {
            let at_place = c.place_id().is_some_and(|p| places.contains(&(d, p)));
            let class = ev.tables.group_key(ev.claims.s(c.victim_group)).class;
            if at_place && !here.contains(&c.claim_id) && !perpetrators.contains(&class) {
                add(c);
            }
        }
    }
    out
}

/// Whether a claim is a count of the dead of an incident's toll, not the perpetrators'
/// by its group's words (rule wounded_who_died).
fn dead_of_a_toll(claims: &Claims, c: &LinkClaim) -> bool {
    claims.s(c.outcome) == "killed"
        && toll(claims, c)
        && !claims.is_cumulative(c)
        && !names_perpetrators(claims.s(c.victim_group))
}

/// Rule wounded_who_died (session 32, air32): each report's counts of the dead dated by
/// the report alone (no day told as the incident's, no earlier month or year recalled,
/// a place of its own resolved), whatever event they are linked into.
fn report_day_dead(claims: &Claims) -> HashMap<Sym, Vec<&LinkClaim>> {
    let mut out: HashMap<Sym, Vec<&LinkClaim>> = HashMap::new();
    for c in claims.rows() {
        if dead_of_a_toll(claims, c)
            && !c.tells_incident_day()
            && !c.recalls_earlier()
            && !c.fallback_place()
            && c.place_id().is_some()
        {
            out.entry(c.document).or_default().push(c);
        }
    }
    out
}

/// Whether a victim group's words hold a perpetrator noun (data/extract/victim_words.csv
/// `perpetrator`: "the gunman", "two attackers"; rule wounded_who_died). The nouns are
/// read once a run.
fn names_perpetrators(group: &str) -> bool {
    use crate::extract::lexicon::{victim_words, NameClass};
    static PERPETRATORS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    let nouns = PERPETRATORS.get_or_init(|| {
        victim_words()
            .of_class(NameClass::Perpetrator)
            .map(fold)
            .collect()
    });
    fold(group)
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .any(|w| nouns.contains(w))
}

/// Session 21 (scen21), rule province_of_national: in an event whose places lie in two
/// regions of one country or more (a storm along a coast, not one town's earthquake), a
/// figure told of one province (a first-level division, or a place within one) is a part: of
/// the whole country's figure above it ("seven died in the province" beside "17 dead
/// nationwide"), and apart from another province's figure; each place named in its own text
/// (no dateline or report fallback). A province's figure above the country's stays a
/// conflict: a part cannot exceed its whole.
fn province_of_national(
    ev: &Event,
    provinces: &Provinces,
    (lower, higher): (usize, usize),
    voices: &[Voice],
) -> bool {
    let Some((part, land)) = part_and_land(ev, provinces, voices, lower) else {
        return false;
    };
    let regions = provinces.regions(ev);
    if regions.iter().filter(|&&(c, _)| c == Some(land)).count() < 2 {
        return false;
    }
    let national = voices[higher]
        .claims
        .iter()
        .all(|c| provinces.key(ev, c) == Some(land));
    let other_province = provinces
        .region_of_voice(ev, voices, higher)
        .is_some_and(|r| r != part);
    national || other_province
}

/// Session 24 (regions24), rule part_of_summed_regions: a figure the text gives over
/// several regions of one country ("14 died across Alder and Birch provinces", places rule
/// regions_summed, its regions stored in `claim_region`) is the whole of those regions' parts:
/// a lower figure told of one of them (or of a place within one: "nine in Alder", "six at
/// the Alder hospital") is a part of it, never a conflicting count. Only below the whole: a
/// part above the sum of its regions stays a conflict. Needs no second region in the event
/// (rule province_of_national does): the sum names its regions itself.
fn part_of_summed_regions(
    ev: &Event,
    provinces: &Provinces,
    (lower, higher): (usize, usize),
    voices: &[Voice],
) -> bool {
    let Some((part, land)) = part_and_land(ev, provinces, voices, lower) else {
        return false;
    };
    let covers = |c: &LinkClaim| {
        ev.claims
            .regions(c)
            .iter()
            .any(|&r| ev.gazetteer.key(ev.claims.s(r)) == Some(part))
    };
    // the voice's claims: the sum, or the same figure told at the regions' country (its
    // headline: "Storm kills 14 in western <country>")
    let whole = &voices[higher].claims;
    whole.iter().any(|c| covers(c))
        && whole
            .iter()
            .all(|c| covers(c) || provinces.key(ev, c) == Some(land))
}

/// The one region a voice's claims lie in, and its country (rules province_of_national and
/// part_of_summed_regions).
fn part_and_land(
    ev: &Event,
    provinces: &Provinces,
    voices: &[Voice],
    i: usize,
) -> Option<(crate::places::Key, crate::places::Key)> {
    let part = provinces.region_of_voice(ev, voices, i)?;
    let land = ev
        .gazetteer
        .at_level(part, crate::model::PlaceLevel::Country)?;
    Some((part, land))
}

/// Where an event's claims lie, for rule province_of_national: the distinct regions its
/// claims name (with their countries), worked out once an event, and each voice's one
/// region (of one outcome and group's voices), once a voice; both the first time a pair
/// asks.
#[derive(Default)]
struct Provinces {
    regions: std::cell::OnceCell<Vec<(Option<crate::places::Key>, crate::places::Key)>>,
    voices: Vec<std::cell::OnceCell<Option<crate::places::Key>>>,
}

impl Provinces {
    /// Ready for the voices of another outcome and group.
    fn for_voices(&mut self, voices: usize) {
        self.voices = (0..voices).map(|_| Default::default()).collect();
    }

    /// A claim's place as its own text names it (none for a dateline or report fallback).
    fn key(&self, ev: &Event, c: &LinkClaim) -> Option<crate::places::Key> {
        (!c.fallback_place())
            .then(|| c.place_id())
            .flatten()
            .and_then(|id| ev.gazetteer.key(ev.claims.s(id)))
    }

    /// The distinct (country, region) pairs of the event's claims: the regions they lie in,
    /// and the regions a summed claim covers (session 24, regions24, rule
    /// part_of_summed_regions: "14 killed as the quake struck Alder and Birch provinces"
    /// tells an event of two regions, though no claim of Birch's own is in it).
    fn regions(&self, ev: &Event) -> &[(Option<crate::places::Key>, crate::places::Key)] {
        self.regions.get_or_init(|| {
            let g = ev.gazetteer;
            let covered = ev.cs.iter().flat_map(|c| {
                ev.claims
                    .regions(c)
                    .iter()
                    .filter_map(|&r| g.key(ev.claims.s(r)))
            });
            let mut v: Vec<_> = ev
                .cs
                .iter()
                .filter_map(|c| self.key(ev, c))
                .chain(covered)
                .filter_map(|k| {
                    let country = g.at_level(k, crate::model::PlaceLevel::Country);
                    Some((country, g.region_of(k)?))
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        })
    }

    /// The one region all of a voice's claims lie in.
    fn region_of_voice(
        &self,
        ev: &Event,
        voices: &[Voice],
        i: usize,
    ) -> Option<crate::places::Key> {
        *self.voices[i].get_or_init(|| {
            let v = &voices[i];
            let region = |c: &LinkClaim| self.key(ev, c).and_then(|k| ev.gazetteer.region_of(k));
            let first = region(v.claims.first()?)?;
            v.claims
                .iter()
                .all(|c| region(c) == Some(first))
                .then_some(first)
        })
    }
}

/// A cumulative toll whose later claim lies wholly below an earlier one (same outcome,
/// victim group and period). Sweep in date order keeping the highest earlier lower bound.
fn toll_decrease(ev: &Event, out: &mut Vec<Finding>) {
    let (claims, event) = (ev.claims, ev.event);
    let mut series: BTreeMap<(&str, usize, String), Vec<&LinkClaim>> = BTreeMap::new();
    for ((outcome, key), v) in ev.by_outcome_group(true) {
        for c in v {
            series
                .entry((
                    outcome,
                    key,
                    period_class(&ev.tables.scope, claims.opt(c.period)),
                ))
                .or_default()
                .push(c);
        }
    }
    for ((outcome, key, _), mut v) in series {
        if super::link::state_outcome(outcome) {
            // the missing found, the displaced home: a state's tally may fall
            continue;
        }
        let group = ev.label(key);
        v.sort_by_key(|c| (c.day, c.claim_id));
        let mut best_earlier: Option<&LinkClaim> = None;
        let mut i = 0;
        while i < v.len() {
            // claims of one day do not decrease against each other
            let day = v[i].day;
            let mut j = i;
            while j < v.len() && v[j].day == day {
                j += 1;
            }
            if let (Some(earlier), Some(_)) = (best_earlier, day) {
                for later in &v[i..j] {
                    if later.high().is_some() && hi(later) < lo(earlier) {
                        let at_odds = counts_at_odds(ev, earlier, later);
                        out.push(Finding {
                            kind: if at_odds {
                                "numeric_conflict"
                            } else {
                                "toll_decrease"
                            },
                            severity: Severity::Medium,
                            event,
                            outcome: outcome.to_string(),
                            victim_group: group.to_string(),
                            claims: vec![earlier.claim_id, later.claim_id],
                            reason: format!(
                                "On {} {}, later than {} on {} — {}",
                                claims.opt(later.as_of).unwrap_or("a later date"),
                                describe(claims, later),
                                describe(claims, earlier),
                                claims.opt(earlier.as_of).unwrap_or("an earlier date"),
                                if at_odds {
                                    "two sources' running counts of one incident: the later, \
                                     lower count cannot be true beside the earlier."
                                } else {
                                    "a running toll cannot fall."
                                },
                            ),
                        });
                    }
                }
            }
            // rule running_counts_at_odds: one day's running counts of one incident from
            // two sources that cannot both be true (two bulletins of one day at odds)
            if day.is_some() {
                for (n, a) in v[i..j].iter().enumerate() {
                    for b in &v[i + n + 1..j] {
                        let apart = (a.high().is_some() && hi(a) < lo(b))
                            || (b.high().is_some() && hi(b) < lo(a));
                        if apart && counts_at_odds(ev, a, b) {
                            let (x, y) = if lo(a) <= lo(b) { (a, b) } else { (b, a) };
                            out.push(Finding {
                                kind: "numeric_conflict",
                                severity: Severity::Medium,
                                event,
                                outcome: outcome.to_string(),
                                victim_group: group.to_string(),
                                claims: vec![x.claim_id, y.claim_id],
                                reason: format!(
                                    "On {} {} and {} — two sources' running counts of one \
                                     incident on one day that cannot both be true.",
                                    claims.opt(x.as_of).unwrap_or("one day"),
                                    describe(claims, x),
                                    describe(claims, y),
                                ),
                            });
                        }
                    }
                }
            }
            for c in &v[i..j] {
                if c.low().is_some() && best_earlier.is_none_or(|b| lo(c) > lo(b)) {
                    best_earlier = Some(c);
                }
            }
            i = j;
        }
    }
}

/// Rule running_counts_at_odds (session 30, outb30): of two running tallies of one lasting
/// incident (an outbreak's, a heatwave's: rule running_incident) in one series, a later
/// count below an earlier one given by another source (they share no claimant: an aid
/// group's "at least 67 deaths since mid-March" against the health directorate's 52 five
/// days on) is no toll that fell but two sources at odds: a `numeric_conflict`. One
/// source's own count that fell stays a `toll_decrease`; a war's or a place's series keeps
/// the series rule.
///
/// Session 30 review 2 (mendl30): only counts of one place (`link::one_count_place`) from
/// agreeing starts are at odds: "67 since January" against "40 since April", or a
/// country's 300 against a province's 45, count other things (a period that tells no
/// start, "since last week", is never at odds; no period at all is the incident's own start).
fn counts_at_odds(ev: &Event, earlier: &LinkClaim, later: &LinkClaim) -> bool {
    let (claims, tables) = (ev.claims, ev.tables);
    // a count told with no period counts from the incident's own start
    let start = |c: &LinkClaim| match claims.opt(c.period).filter(|p| !p.trim().is_empty()) {
        Some(p) => super::link::tally_start(p, c.day?),
        None => Some(super::link::TallyStart::Own),
    };
    [earlier, later]
        .iter()
        .all(|c| super::link::is_running_incident(claims, tables, c))
        && {
            let place = |c: &LinkClaim| {
                (
                    claims.opt(c.place).unwrap_or_default(),
                    claims.opt(c.place_id()),
                )
            };
            super::link::one_count_place(place(earlier), place(later))
        }
        && start(earlier)
            .zip(start(later))
            .is_some_and(|(a, b)| a.agrees(b))
        && !share_claimant(
            &origins(claims, earlier, tables),
            &origins(claims, later, tables),
        )
}

/// Rule day_count_above_running (session 31, outb31): of a lasting incident (an
/// outbreak's, a heatwave's: rule running_incident), a count of one day or of a window
/// ending on its day (a point count telling its own day, "in the past 24 hours", "over the
/// last week": no start of its own) is never compared with a running count as one figure, but it cannot
/// exceed the running count from a start on or before its day, given on that day or later,
/// of the same people (or a whole of them) and place: "45 new deaths in the past 24
/// hours" on 4 May against "a cumulative 41 deaths since the outbreak began" as of 5 May
/// is a contradiction (`numeric_conflict`). A running count with an open top ("at least
/// 40") bounds nothing; a window before the running count's start is not within it.
fn day_count_above_running(ev: &Event, out: &mut Vec<Finding>) {
    use super::link::{is_running_incident, one_count_place, tally_start, TallyStart};
    let (claims, tables) = (ev.claims, ev.tables);
    let period = |c: &LinkClaim| claims.opt(c.period).filter(|p| !p.trim().is_empty());
    // the start a running count counts from (`None`: a window's count, no start)
    let start = |c: &LinkClaim| match period(c) {
        Some(p) => tally_start(p, c.day?),
        None => Some(TallyStart::Own),
    };
    let running_type = |c: &LinkClaim| {
        c.event_type()
            .is_some_and(|t| tables.event_types.running(t))
    };
    let window = |c: &LinkClaim| {
        if is_running_incident(claims, tables, c) {
            period(c).is_some() && start(c).is_none()
        } else {
            // a point count that tells its own day ("died of cholera on Monday"); a
            // headline's bare count ("Cholera toll at 52") is the running count told short
            !claims.is_cumulative(c) && running_type(c) && c.tells_incident_day()
        }
    };
    let place = |c: &LinkClaim| {
        (
            claims.opt(c.place).unwrap_or_default(),
            claims.opt(c.place_id()),
        )
    };
    let counted: Vec<(&LinkClaim, Keyed)> = ev
        .cs
        .iter()
        .zip(ev.ks)
        .filter(|(c, k)| toll(claims, c) && !k.individual && c.day.is_some())
        .map(|(c, k)| (*c, *k))
        .collect();
    // one finding for each pair of reports (a report's headline and body are one voice)
    // review 2 (mendl31), S3: a part or a replaced figure bounds nothing, and a dateline's
    // place is no count's place; each side read once, outside the pairing loop
    let comparable = |c: &LinkClaim| {
        !TollWord::Part.in_flags(c.wording())
            && !TollWord::Superseded.in_flags(c.wording())
            && !c.fallback_place()
    };
    let (days, running): (Vec<_>, Vec<_>) = counted
        .iter()
        .filter(|(c, _)| comparable(c))
        .map(|&(c, k)| (c, k, window(c)))
        .filter(|&(c, _, w)| w || (is_running_incident(claims, tables, c) && c.high().is_some()))
        .partition(|&(_, _, w)| w);
    let mut pairs: BTreeMap<(Sym, Sym, Sym), (Vec<crate::model::ClaimId>, String, String)> =
        BTreeMap::new();
    for &(w, kw, _) in &days {
        for &(r, kr, _) in &running {
            let (Some(wd), Some(rd), Some(rs)) = (w.day, r.day, start(r)) else {
                continue;
            };
            let within = rs.first_day().is_none_or(|f| f <= wd);
            let people =
                kw.key == kr.key || matches!(ev.keys.relate(kw.key, kr.key), GroupRelation::PartOf);
            // review 2 (mendl31), M2: a day told is the day a count covers only when the
            // count was given no later than the running count ("a heatwave that began on
            // Saturday has killed 60", given Thursday, counts up to Thursday); S4: one
            // kind of count (no malaria count against a cholera total)
            let given_by = w.reported().is_none_or(|x| x <= rd);
            let one_kind = w
                .event_type()
                .zip(r.event_type())
                .is_none_or(|(a, b)| tables.event_types.one_count_kind(b, a));
            if w.outcome != r.outcome
                || wd > rd
                || !given_by
                || !one_kind
                || !within
                || !people
                || lo(w) <= hi(r)
                || !one_count_place(place(w), place(r))
            {
                continue;
            }
            let e = pairs
                .entry((w.outcome, w.document, r.document))
                .or_insert_with(|| {
                    (
                        Vec::new(),
                        ev.label(kr.key),
                        format!(
                            "On {wd} {}, more than the running count given on {rd}, {} (rule \
                             day_count_above_running): a day's count cannot exceed the running \
                             total up to that day.",
                            describe(claims, w),
                            describe(claims, r),
                        ),
                    )
                });
            e.0.extend([w.claim_id, r.claim_id]);
        }
    }
    for ((outcome, _, _), (mut ids, group, reason)) in pairs {
        ids.sort();
        ids.dedup();
        out.push(Finding {
            kind: "numeric_conflict",
            severity: Severity::Medium,
            event: ev.event,
            outcome: claims.s(outcome).to_string(),
            victim_group: group,
            claims: ids,
            reason,
        });
    }
}

/// A part claimed larger than its whole (advisers ⊂ Iranian forces; children ⊂ civilians;
/// Israeli soldiers ⊂ Israelis), same outcome, by the hierarchy of `data/groups.csv` and the
/// words that narrow a group. Part and whole from different documents: within one report, a
/// larger part is another happening of the same day.
fn subgroup_exceeds(ev: &Event, out: &mut Vec<Finding>) {
    let claims = ev.claims;
    // per (outcome, group): its claims with a lower bound, and with an upper bound
    let mut by: BTreeMap<(&str, usize), Vec<&LinkClaim>> = BTreeMap::new();
    // built when a part first exceeds a whole
    let one_counts = std::cell::OnceCell::new();
    for (c, k) in ev.cs.iter().zip(ev.ks) {
        if toll(claims, c) {
            by.entry((claims.s(c.outcome), k.key)).or_default().push(c);
        }
    }
    for ((outcome, part), parts) in &by {
        for ((whole_outcome, whole), wholes) in &by {
            if whole_outcome != outcome || ev.keys.relate(*part, *whole) != GroupRelation::PartOf {
                continue;
            }
            // the largest part against the smallest whole of another document
            let found = parts
                .iter()
                .filter(|p| p.low().is_some())
                .flat_map(|p| wholes.iter().map(move |w| (p, w)))
                .filter(|(p, w)| {
                    p.document != w.document
                        && w.high().is_some()
                        && lo(p) > hi(w)
                        && !part_is_no_whole(w)
                        && !reported_later(p, w)
                        // its report counts the whole's victims as the part's group: figure
                        // against figure (a numeric conflict), no part larger than its whole
                        && !one_count_two_widths(
                            ev,
                            one_counts.get_or_init(|| OneCounts::new(ev)),
                            w,
                            *part,
                        )
                })
                .max_by_key(|(p, w)| (lo(p) - hi(w), std::cmp::Reverse((p.claim_id, w.claim_id))));
            let Some((part_max, whole_min)) = found else {
                continue;
            };
            let (part, whole) = (ev.label(*part), ev.label(*whole));
            out.push(Finding {
                kind: "subgroup_exceeds",
                severity: Severity::High,
                event: ev.event,
                outcome: outcome.to_string(),
                victim_group: part.clone(),
                claims: vec![part_max.claim_id, whole_min.claim_id],
                reason: format!(
                    "{} {outcome} among {part}, more than {} for all {whole}, of which {part} are a part.",
                    describe(claims, part_max),
                    Claims::interval(whole_min),
                ),
            });
        }
    }
}

/// Rule part_is_no_whole (session 24, link24w): a figure told as a part of the people of
/// its outcome ("eight of the wounded remain in hospital", "four in critical condition":
/// `part` rows of data/toll_wording.csv) bounds no whole: a wider group's larger figure
/// from another report (nine civilians wounded the day before) is no part exceeding it.
fn part_is_no_whole(whole: &LinkClaim) -> bool {
    TollWord::Part.in_flags(whole.wording())
}

/// The part was reported on a later day than its whole: the toll grew since (three wounded
/// on the day, at least 15 civilians wounded two days later), not a part larger than its
/// whole.
fn reported_later(part: &LinkClaim, whole: &LinkClaim) -> bool {
    matches!((part.reported(), whole.reported()), (Some(p), Some(w)) if p > w)
}

/// A claim's single figure, when it has one: exact value, midpoint, or its one bound.
fn point(c: &LinkClaim) -> Option<i64> {
    match (c.low(), c.high()) {
        (Some(l), Some(h)) => Some(l + (h - l) / 2),
        (Some(l), None) => Some(l),
        (None, Some(h)) => Some(h),
        (None, None) => None,
    }
}

fn canonical_group(tables: &Tables, name: &str) -> String {
    tables
        .aliases
        .canonical(AliasKind::Group, name)
        .map(str::to_string)
        .unwrap_or_else(|| fold(name))
}

/// Two victim groups may be the same people: equal, one within the other, or one of them
/// generic (no side: "soldiers", "people", "them").
pub fn compatible_victims(tables: &Tables, a: &str, b: &str) -> bool {
    a == b
        || tables.groups.related(a, b)
        || tables.groups.side(a).is_none()
        || tables.groups.side(b).is_none()
}

/// Same event, outcome and count, related victims, but a different named enemy or
/// perpetrator ("fighting Al-Nusra" against "fighting the Islamic State").
pub fn adversary_mismatch(
    claims: &Claims,
    event: usize,
    cs: &[&LinkClaim],
    tables: &Tables,
    out: &mut Vec<Finding>,
) {
    // group by (outcome, figure); within a group, claims naming different adversaries
    let mut by_count: BTreeMap<(&str, i64), Vec<(&LinkClaim, String)>> = BTreeMap::new();
    for c in cs {
        let (Some(adv), Some(l), Some(h)) = (claims.opt(c.adversary), c.low(), c.high()) else {
            continue;
        };
        if l != h || adv.trim().is_empty() {
            continue;
        }
        by_count
            .entry((claims.s(c.outcome), l))
            .or_default()
            .push((c, canonical_group(tables, adv)));
    }
    for ((outcome, n), v) in by_count {
        let Some((first, first_adv)) = v.first() else {
            continue;
        };
        let other = v.iter().find(|(c, adv)| {
            adv != first_adv
                && c.document != first.document
                && compatible_victims(
                    tables,
                    claims.s(c.victim_group),
                    claims.s(first.victim_group),
                )
        });
        if let Some((c, _)) = other {
            out.push(Finding {
                kind: "adversary_mismatch",
                severity: Severity::Medium,
                event,
                outcome: outcome.to_string(),
                victim_group: claims.s(first.victim_group).to_string(),
                claims: vec![first.claim_id, c.claim_id],
                reason: format!(
                    "Both give {n} {outcome}, but {} names {} as the enemy and {} names {}.",
                    claims.attribution(first),
                    claims.opt(first.adversary).unwrap_or("?"),
                    claims.attribution(c),
                    claims.opt(c.adversary).unwrap_or("?"),
                ),
            });
        }
    }
}

/// Intervals that overlap only through open bounds ("more than 270,000" and "as many as
/// 400,000") while the figures themselves are far apart (ratio at least
/// `cfg.divergence_ratio`). Compared between neighbours in date order within a series, and
/// between the extremes of an incident.
fn divergence(ev: &Event, cfg: &XrefConfig, out: &mut Vec<Finding>) {
    let claims = ev.claims;
    // the running tallies linked into an incident's event (rule running_incident) a series
    // of their own beside its point counts (review 2, item 3, runtally28): never one
    // count's neighbour in date order
    let mut groups: BTreeMap<(bool, &str, usize), Vec<&LinkClaim>> = BTreeMap::new();
    for cumulative in [false, true] {
        for ((outcome, key), v) in ev.by_outcome_group(cumulative) {
            groups
                .entry((cumulative, outcome, key))
                .or_default()
                .extend(v);
        }
    }
    for ((cumulative, outcome, key), mut v) in groups {
        let pairs: Vec<(&LinkClaim, &LinkClaim)> = if cumulative {
            v.sort_by_key(|c| (c.day, c.claim_id));
            v.windows(2).map(|w| (w[0], w[1])).collect()
        } else {
            let lo_c = v.iter().copied().min_by_key(|c| (point(c), c.claim_id));
            let hi_c = v
                .iter()
                .copied()
                .max_by_key(|c| (point(c), std::cmp::Reverse(c.claim_id)));
            lo_c.zip(hi_c).into_iter().collect()
        };
        for (a, b) in pairs {
            let open =
                a.low().is_none() || a.high().is_none() || b.low().is_none() || b.high().is_none();
            let overlap = lo(a) <= hi(b) && lo(b) <= hi(a);
            let (Some(pa), Some(pb)) = (point(a), point(b)) else {
                continue;
            };
            let r = ratio(pa, pb);
            if open && overlap && a.claim_id != b.claim_id && r >= cfg.divergence_ratio {
                out.push(Finding {
                    kind: "divergence",
                    severity: Severity::Low,
                    event: ev.event,
                    outcome: outcome.to_string(),
                    victim_group: ev.label(key),
                    claims: vec![a.claim_id, b.claim_id],
                    reason: format!(
                        "{} and {}: compatible only through their open bounds, the figures are {r:.1} times apart.",
                        describe(claims, a),
                        describe(claims, b),
                    ),
                });
            }
        }
    }
}

/// A claimant that is a party to the fighting claiming losses of the other side.
pub fn partisan(
    claims: &Claims,
    event: usize,
    cs: &[&LinkClaim],
    tables: &Tables,
    out: &mut Vec<Finding>,
) {
    for c in cs {
        let Some(claimant_side) = claims.opt(c.source_side) else {
            continue;
        };
        let Some(victim_side) = tables.groups.side(claims.s(c.victim_group)) else {
            continue;
        };
        if fold(claimant_side) != fold(victim_side) {
            out.push(Finding {
                kind: "partisan",
                severity: Severity::Info,
                event,
                outcome: claims.s(c.outcome).to_string(),
                victim_group: claims.s(c.victim_group).to_string(),
                claims: vec![c.claim_id],
                reason: format!(
                    "{} is a party to the fighting ({claimant_side}) and claims losses of its enemy ({victim_side}): {} {}.",
                    claims
                        .opt(c.source)
                        .or(claims.opt(c.claimant))
                        .unwrap_or("the claimant"),
                    claims.s(c.quantity),
                    claims.s(c.outcome)
                ),
            });
        }
    }
}

/// Who a claim's figure comes from: its claimant and every relay, canonical. Two claims
/// whose origins share a name are one claimant's figure relayed (an echo).
///
/// A claim with no claimant and no relay speaks for its outlet, as a recorder files an
/// unattributed figure in an outlet's report: the outlet's own claim (`outlet:isna`), one
/// with what another report relays from that outlet by name ("ISNA said"). When the outlet
/// is not known, its document alone (`document:...`): a voice of its own that no other
/// report echoes. Either way the claim is a voice, compared with every other voice.
fn origins(claims: &Claims, c: &LinkClaim, tables: &Tables) -> Vec<String> {
    let canon = |s: &str| {
        tables
            .aliases
            .canonical(AliasKind::Source, s)
            .map(fold)
            .unwrap_or_else(|| fold(s))
    };
    fn named(s: Option<&str>) -> Option<&str> {
        s.filter(|s| !s.trim().is_empty())
    }
    let claimant = named(claims.opt(c.claimant));
    // rule relay_of_both_sides (session 31, bomb31): a relay beside a claimant of the
    // claim's own is marked [`RELAY`]
    let relay = |s: &str| match claimant {
        Some(_) => format!("{RELAY}{}", canon(s)),
        None => canon(s),
    };
    let mut v: Vec<String> = claimant
        .map(canon)
        .into_iter()
        .chain(named(claims.opt(c.via)).map(relay))
        .collect();
    if v.is_empty() {
        v.push(
            match claims.opt(c.outlet).filter(|o| !o.trim().is_empty()) {
                Some(o) => format!("{OUTLET}{}", canon(o)),
                None => format!("{DOCUMENT}{}", fold(claims.s(c.document))),
            },
        );
    }
    v
}

/// A claim's [`origins`] with a claimant named only by common nouns ([`generic_claimant`])
/// left out, as though it had none (its relay, else its outlet or document, speaks).
fn named_origins(claims: &Claims, c: &LinkClaim, tables: &Tables) -> Vec<String> {
    if !claims.opt(c.claimant).is_some_and(generic_claimant) {
        return origins(claims, c, tables);
    }
    let bare = LinkClaim {
        claimant: None,
        ..c.clone()
    };
    origins(claims, &bare, tables)
}

/// Whether a claimant as written names no one in particular: its words all words news
/// text writes in lower case (`data/extract/common_words.txt`, the stop words), none
/// capitalised, or only the first of several ("police", "hospital officials", "a police
/// source", "Hospital officials"; not "the Health Ministry", "Dr. Salim Khalaf", nor a
/// single capitalised word, which may be a name: "Reuters", "Police").
fn generic_claimant(name: &str) -> bool {
    let words: Vec<&str> = name
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.iter().enumerate().all(|(i, w)| {
            (!w.starts_with(char::is_uppercase) || i == 0 && words.len() > 1)
                && !crate::extract::signature::name_word(
                    &crate::normalize::unpossessed(w).to_lowercase(),
                )
        })
}

/// The prefixes of an unattributed claim's origin: its outlet, or its document.
const OUTLET: &str = "outlet:";
/// Rule relay_of_both_sides (session 31, bomb31): the prefix of a relay's name among the
/// origins of a claim that has a claimant of its own ("the interior ministry said 15, AFP
/// reported"; "a doctor told AFP that 21 had died"). The relay is still the claim's origin
/// against another claim's claimant or lone relay (a report of AFP's own, or one relaying
/// AFP with no speaker named: an echo), but two claims that each name their own speaker do
/// not share a claimant only because one agency relayed both: a wire telling the ministry's
/// 15 and a doctor's 21 tells two voices, not one voice revised.
const RELAY: &str = "relay:";
const DOCUMENT: &str = "document:";

/// Whether a claim has neither claimant nor relay (its origin is its outlet or document).
fn unattributed(origins: &[String]) -> bool {
    origins
        .iter()
        .all(|o| o.starts_with(OUTLET) || o.starts_with(DOCUMENT))
}

/// A claimant's name as its words, the titles, determiners and person nouns before and
/// within it left out (`data/extract/person_nouns.txt`): "Mr Ging" is `ging`, "the UN"
/// `un`, "the UNRWA official" `unrwa`.
fn name_words(name: &str) -> Vec<String> {
    use crate::extract::lexicon::{DET, PERSON};
    let lex = lexicon();
    name.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(str::to_lowercase)
        // (session 27, mendl27) the determiners and person nouns as written: "doctors'" is
        // kept, a name's word ("the Doctors' Union" is no "the Lawyers' Union")
        .filter(|w| !w.is_empty() && lex.flags(w) & (DET | PERSON) == 0)
        // rule possessive_claimant (session 27): "Sudan's army" is "Sudan army"
        .map(|w| crate::normalize::unpossessed(&w).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether two origins (folded names, see [`origins`]) are one claimant: the same name, or
/// one a surname alone that ends the other, a full name of two to four words ("Mr Ging",
/// "Ging" and "John Ging"). Origins are compared within one event, where a surname stands
/// for the full name said of it. An outlet speaking for itself is itself and what others
/// relay from it by its name (`outlet:isna` and `isna`), never a surname; a document
/// speaking for itself (its outlet unknown) is only itself.
fn one_claimant(a: &str, b: &str) -> bool {
    match (a.strip_prefix(RELAY), b.strip_prefix(RELAY)) {
        (Some(_), Some(_)) => return false,
        (Some(x), None) => return one_claimant(x, b),
        (None, Some(y)) => return one_claimant(a, y),
        (None, None) => {}
    }
    if a == b {
        return true;
    }
    if a.starts_with(DOCUMENT) || b.starts_with(DOCUMENT) {
        return false;
    }
    let same_name =
        |x: &str, y: &str| x == y || with_name_words(x, y, |wx, wy| !wx.is_empty() && wx == wy);
    match (a.strip_prefix(OUTLET), b.strip_prefix(OUTLET)) {
        (None, None) => {}
        (Some(x), None) => return same_name(x, b),
        (None, Some(y)) => return same_name(a, y),
        (Some(_), Some(_)) => return false,
    }
    with_name_words(a, b, |wa, wb| {
        if wa.is_empty() || wb.is_empty() {
            return false;
        }
        if wa == wb {
            return true;
        }
        let (short, full) = if wa.len() < wb.len() {
            (wa, wb)
        } else {
            (wb, wa)
        };
        short.len() == 1 && (2..=4).contains(&full.len()) && full.last() == short.first()
    })
}

/// `f` of the [`name_words`] of `x` and `y`, each worked out once a distinct name (in this
/// thread): voices are compared pair by pair, each pair's names split and looked up again
/// before (a tenth of the findings' time). `name_words` reads only its name and the
/// extractor's fixed word lists.
fn with_name_words<R>(x: &str, y: &str, f: impl FnOnce(&[String], &[String]) -> R) -> R {
    thread_local! {
        static WORDS: std::cell::RefCell<hashbrown::HashMap<String, Vec<String>>> =
            Default::default();
    }
    WORDS.with(|words| {
        let mut words = words.borrow_mut();
        if words.len() >= 100_000 {
            words.clear();
        }
        for name in [x, y] {
            if !words.contains_key(name) {
                words.insert(name.to_string(), name_words(name));
            }
        }
        f(&words[x], &words[y])
    })
}

/// Whether an origin is an institution named by its noun: its last word `institution` in the
/// extractor's lexicon ("police", "chicago police"), not an outlet's own statement nor a
/// person ("police spokesman tom").
fn institution(origin: &str) -> bool {
    use crate::extract::lexicon::INSTITUTION;
    let origin = origin.strip_prefix(RELAY).unwrap_or(origin);
    !origin.starts_with(OUTLET)
        && !origin.starts_with(DOCUMENT)
        && origin
            .split_whitespace()
            .last()
            .is_some_and(|w| lexicon().flags(w) & INSTITUTION != 0)
}

/// Whether two lists of origins share a claimant (an echo: one figure relayed).
fn share_claimant(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.iter().any(|y| one_claimant(x, y)))
}

/// Independent claimants agreeing on a figure (intervals overlap, figures within 10%).
/// Echoes (one claimant's figure relayed by several outlets) count once.
fn corroboration(ev: &Event, out: &mut Vec<Finding>) {
    let (claims, event, tables) = (ev.claims, ev.event, ev.tables);
    for ((outcome, key), v) in ev.by_outcome_group(false) {
        let group = ev.label(key);
        let group = group.as_str();
        // agreeing claims: around the median figure
        let mut pts: Vec<(i64, &LinkClaim)> =
            v.iter().filter_map(|c| point(c).map(|p| (p, *c))).collect();
        if pts.len() < 2 {
            continue;
        }
        pts.sort_by_key(|(p, c)| (*p, c.claim_id));
        let (median, middle) = pts[pts.len() / 2];
        // a figure a numeric conflict of this event already sets against the median's
        // (49 against 50 soldiers) does not also agree with it: one finding would say the
        // two cannot both be true and the other that they agree
        // (this event's findings are the last made: `all` makes them event by event; the
        // scan of every event's findings before them made findings quadratic)
        let in_conflict = |c: &LinkClaim| {
            (lo(c) > hi(middle) || hi(c) < lo(middle))
                && out.iter().rev().take_while(|f| f.event == event).any(|f| {
                    f.kind == "numeric_conflict"
                        && f.event == event
                        && f.outcome == outcome
                        && f.claims.contains(&c.claim_id)
                        && f.claims.contains(&middle.claim_id)
                })
        };
        let agreeing: Vec<&LinkClaim> = pts
            .iter()
            .filter(|(p, c)| ratio(*p, median) <= 1.1 && !in_conflict(c))
            .map(|(_, c)| *c)
            .collect();
        // independent origins: union claims whose origins share a name
        let mut groups: Vec<(Vec<String>, Vec<&LinkClaim>)> = Vec::new();
        for c in &agreeing {
            let o = origins(claims, c, tables);
            match groups.iter_mut().find(|(os, _)| share_claimant(os, &o)) {
                Some((os, members)) => {
                    os.extend(o);
                    members.push(c);
                }
                None => groups.push((o, vec![c])),
            }
        }
        if groups.len() < 2 {
            continue;
        }
        let echoes = agreeing.len() - groups.len();
        let names: Vec<String> = groups
            .iter()
            .map(|(_, m)| claims.attribution(m[0]))
            .collect();
        out.push(Finding {
            kind: "corroboration",
            severity: Severity::Info,
            event,
            outcome: outcome.to_string(),
            victim_group: group.to_string(),
            claims: agreeing.iter().map(|c| c.claim_id).collect(),
            reason: format!(
                "{} independent claimants agree on about {median} {} {outcome} ({}){}.",
                groups.len(),
                if group.is_empty() { "people" } else { group },
                names.join("; "),
                further_reports(echoes)
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_and_the_full_name_it_ends_are_one_claimant() {
        for (a, b) in [
            ("mr ging", "john ging"),
            ("ging", "john ging"),
            ("mr ging", "ging"),
            ("the un", "un"),
            ("the unrwa official", "unrwa"),
        ] {
            assert!(one_claimant(a, b), "{a} / {b}");
            assert!(one_claimant(b, a), "{b} / {a}");
        }
        for (a, b) in [
            ("john ging", "john holmes"),
            ("mr ging", "mr holmes"),
            ("john ging", "outlet:ging"),
            ("isna", "outlet:irna"),
            ("isna", "document:isna"),
            ("un", "unrwa"),
            // a surname does not stand for a phrase of many words that ends in it
            ("ging", "the office of the director of operations ging"),
        ] {
            assert!(!one_claimant(a, b), "{a} / {b}");
        }
        // an outlet's own figure and another report relaying that outlet by name
        assert!(one_claimant("isna", "outlet:isna"));
        assert!(one_claimant("outlet:isna", "the isna"));
        let (one, other) = (vec!["mr ging".to_string()], vec!["john ging".to_string()]);
        assert!(share_claimant(&one, &other));
    }

    /// Session 31 (bomb31), rule relay_of_both_sides: two claims each of its own speaker
    /// share no claimant through the agency that relayed both; a relay still meets a
    /// claimant, a lone relay or an outlet of its name (an echo).
    #[test]
    fn bomb31_a_relay_of_two_speakers_is_no_shared_claimant() {
        let (ministry, doctor) = (
            vec!["interior ministry".to_string(), format!("{RELAY}afp")],
            vec!["surgeon".to_string(), format!("{RELAY}afp")],
        );
        assert!(!share_claimant(&ministry, &doctor));
        for other in ["afp", "outlet:afp", "the interior ministry"] {
            assert!(share_claimant(&ministry, &[other.to_string()]), "{other}");
        }
        assert!(!one_claimant(&format!("{RELAY}afp"), "outlet:reuters"));
        assert!(!institution(&format!("{RELAY}afp")));
    }

    /// Session 27 (mendl27), rule possessive_claimant: a possessive ending is no part of a
    /// name ("Korvan's army" is "the Korvan army"), but a plural person noun in the
    /// possessive is a name's word, never dropped as a person noun: two unions of two
    /// trades are two claimants.
    #[test]
    fn mendl27_a_possessive_person_noun_stays_a_names_word() {
        assert_eq!(name_words("korvan's army"), name_words("korvan army"));
        assert_eq!(name_words("the nurses' union"), vec!["nurses", "union"]);
        for (a, b) in [
            ("the nurses' union", "the pilots' union"),
            ("the farmers' party", "the workers' party"),
            ("the korvan nurses' union", "the pilots' union"),
        ] {
            assert!(!one_claimant(a, b), "{a} / {b}");
        }
        assert!(one_claimant("korvan's army", "the korvan army"));
        // a bare person noun is still no name
        assert_eq!(name_words("the unrwa official"), vec!["unrwa"]);
    }

    /// Session 19 (wire19), rule generic_claimant_apart: a claimant named by common nouns
    /// only is no one in particular; a name, an institution's capitalised name or an
    /// outlet is someone.
    #[test]
    fn wire19_a_claimant_of_common_nouns_names_no_one() {
        for name in [
            "police",
            "hospital officials",
            "Hospital officials",
            "a police source",
            "officials",
        ] {
            assert!(generic_claimant(name), "{name}");
        }
        for name in [
            "the Health Ministry",
            "Reuters",
            "Police",
            "Dr. Salim Khalaf",
            "police Col. Adil Mahmoud",
            "Iraq's interim government",
        ] {
            assert!(!generic_claimant(name), "{name}");
        }
    }

    /// Session 20 (groups20), rule accounts_apart: the kind of account a claimant's name
    /// tells (`data/source_kinds.csv`), and none for a claimant no cue names.
    #[test]
    fn groups20_kinds_of_account() {
        let tables = Tables::default();
        let account_kinds = |name: &str| tables.accounts.of(name);
        let state = account_kinds("the defence ministry");
        assert_ne!(state, 0);
        assert_eq!(account_kinds("Burkina Faso's government"), state);
        assert_eq!(account_kinds("two security officials"), state);
        let local = account_kinds("Residents of the town");
        assert_ne!(local, 0);
        assert_ne!(local, state);
        assert_eq!(account_kinds("a local official"), local);
        let monitor = account_kinds("a rights group");
        assert!(monitor != 0 && monitor != state && monitor != local);
        for name in [
            "police",
            "the hospital director",
            "Reuters",
            "Dr. Amadou Sow",
        ] {
            assert_eq!(account_kinds(name), 0, "{name}");
        }
    }

    /// Rule group_without_happening: a victim phrase's people are its words before an
    /// outcome word; a phrase that opens with one, or holds none, is kept whole.
    #[test]
    fn crash29_a_group_without_its_happening() {
        for (phrase, people) in [
            (
                "people killed in saturday night's salgaa bus crash",
                "people",
            ),
            ("Passengers injured when the coach overturned", "Passengers"),
            ("miners who died underground", "miners"),
            // session 29 (mendl29): nouns of people and function words are no happening
            ("Syrian refugees", "Syrian refugees"),
            ("Israeli hostages", "Israeli hostages"),
            ("civilian victims", "civilian victims"),
            ("people with disabilities", "people with disabilities"),
            ("the number of people killed", "the number of people"),
            ("the dead", "the dead"),
            (
                "Palestinian refugees killed in the camp",
                "Palestinian refugees",
            ),
            ("workers that were trapped", "workers"),
            ("guards wounded when the convoy was hit", "guards"),
            ("wounded soldiers", "wounded soldiers"),
            ("persons deprived of liberty", "persons deprived of liberty"),
            ("inmates", "inmates"),
        ] {
            assert_eq!(without_happening(phrase), people, "{phrase}");
        }
    }
}
