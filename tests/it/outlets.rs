//! One incident across many outlets (issue 13), audited in session 12: small scenarios of
//! short reports written here in the shape of real news (a wire snippet with its dateline,
//! a local-news shooting report, a war report with its running toll), from several
//! outlets on their days, each ingested into its own database and read back as `report`
//! and the views give it. docs/linking.md ("Session 12") lists what passed before and what
//! was fixed.

use crate::common::Env;

/// A report: its id, outlet, day of publication and text.
type Report<'a> = (&'a str, &'a str, &'a str, &'a str);

/// The reports ingested as one article collection into a new database.
fn ingest(reports: &[Report]) -> Env {
    let env = Env::new();
    let lines: String = reports
        .iter()
        .map(|(id, outlet, published, text)| {
            serde_json::json!({ "id": id, "outlet": outlet, "published": published, "text": text })
                .to_string()
                + "\n"
        })
        .collect();
    let path = env.write("news.jsonl", lines);
    env.ok(["--quiet".as_ref(), "ingest".as_ref(), path.as_os_str()]);
    env
}

/// A query's rows (CSV, no header).
fn rows(env: &Env, sql: &str) -> Vec<String> {
    env.ok(["sql", sql, "-f", "csv"])
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect()
}

/// The events of a report's claims ("1", or "1|2" when they are in two).
fn event(env: &Env, id: &str) -> String {
    let e = rows(
        env,
        &format!("select distinct event_id from claims where input = '{id}' order by 1"),
    )
    .join("|");
    assert!(!e.is_empty(), "no claim of {id} in an event");
    e
}

/// The claims of a report with this outcome and exact figure (their ids).
fn claims(env: &Env, id: &str, outcome: &str, n: i64) -> Vec<String> {
    let c = rows(
        env,
        &format!(
            "select claim_id from claims where input = '{id}' and outcome = '{outcome}' and low = {n}"
        ),
    );
    assert!(!c.is_empty(), "no {outcome} {n} in {id}");
    c
}

/// The findings (kind, claim ids) naming one claim of each list.
fn naming(env: &Env, kind: &str, a: &[String], b: &[String]) -> Vec<String> {
    rows(
        env,
        &format!("select claim_ids from findings where kind = '{kind}'"),
    )
    .into_iter()
    .filter(|ids| {
        let ids: Vec<&str> = ids.split(';').collect();
        a.iter().any(|x| ids.contains(&x.as_str())) && b.iter().any(|x| ids.contains(&x.as_str()))
    })
    .collect()
}

/// Every event merged into one, as an analyst's `events merge` would: what is measured
/// then is the comparison of the figures, not the linking.
fn merge_all(env: &Env) {
    let ids = rows(
        env,
        "select distinct event_id from claims where event_id is not null order by 1",
    );
    if ids.len() > 1 {
        let mut args = vec!["--quiet".to_string(), "events".into(), "merge".into()];
        args.extend(ids);
        env.ok(&args);
    }
}

/// A shooting on Monday in one neighbourhood and another on Thursday in another part of
/// the same city, each told by three outlets (one with the city's dateline, one placed
/// only by its neighbourhood): two events of three reports each.
#[test]
fn two_shootings_of_one_city_in_a_week_are_two_events() {
    let env = ingest(&[
        ("a1", "Free Press", "2024-05-07", "DETROIT — A 19-year-old man was shot and killed Monday evening in the Osborn neighborhood on the city's east side, police said. Two other men were wounded."),
        ("a2", "Channel 7", "2024-05-07", "Police are investigating a Monday night shooting in Osborn that left one man dead and two others injured."),
        ("a3", "The News", "2024-05-07", "One man died and two were hurt in a shooting Monday night in Detroit's Osborn neighborhood, police said."),
        ("b1", "Free Press", "2024-05-10", "DETROIT — Three people were shot dead Thursday at a gas station in southwest Detroit, police said."),
        ("b2", "Channel 7", "2024-05-10", "Three people were killed in a shooting at a gas station in southwest Detroit on Thursday, police said."),
        ("b3", "The News", "2024-05-10", "A gunman killed three people Thursday at a southwest Detroit gas station, according to police."),
    ]);
    let monday = event(&env, "a1");
    let thursday = event(&env, "b1");
    assert_ne!(monday, thursday);
    for id in ["a2", "a3"] {
        assert_eq!(event(&env, id), monday, "{id}");
    }
    for id in ["b2", "b3"] {
        assert_eq!(event(&env, id), thursday, "{id}");
    }
}

/// A car bomb in a market and gunmen at a checkpoint, one city, one day, each told by two
/// wire services: two events. Before session 12 the car bomb's second report ("a Baghdad
/// market") joined the shooting: the two short reports shared no name but the city's
/// (a cosine of 1.0, ten points), which outweighed a car bomb against a shooting. The two
/// reports of the car bomb ("20" and "at least 20") now say one figure.
#[test]
fn a_car_bomb_and_a_shooting_of_one_city_and_day_are_two_events() {
    let env = ingest(&[
        ("c1", "Reuters", "2007-03-05", "BAGHDAD (Reuters) - A car bomb exploded in a crowded market in the Sadriya district on Monday, killing 20 people and wounding 45, police said."),
        ("c2", "AP", "2007-03-05", "BAGHDAD (AP) — A car bomb tore through a Baghdad market on Monday, killing at least 20 people, police said."),
        ("d1", "Reuters", "2007-03-05", "BAGHDAD (Reuters) - Gunmen shot dead four policemen at a checkpoint in western Baghdad on Monday, police said."),
        ("d2", "AP", "2007-03-05", "Four police officers were killed when gunmen opened fire on their checkpoint in Baghdad on Monday, an interior ministry official said."),
    ]);
    let bomb = event(&env, "c1");
    let shooting = event(&env, "d1");
    assert_ne!(bomb, shooting);
    assert_eq!(event(&env, "c2"), bomb);
    assert_eq!(event(&env, "d2"), shooting);
    let why = rows(
        &env,
        "select l.reason from claim_links l join claims c using (claim_id) where c.input = 'c2'",
    )
    .join("|");
    assert!(
        why.contains("both car bomb") && why.contains("both say 20 killed"),
        "{why}"
    );
}

/// A ~ B and B ~ C loosely, A and C clearly different: a shooting outside a bar, a report
/// of two killed in the city that day, and a house fire two days later that also killed
/// two. Never one event.
#[test]
fn a_loose_report_between_two_incidents_does_not_chain_them() {
    let env = ingest(&[
        ("x1", "Channel 11", "2023-02-06", "HOUSTON — Two men were shot and killed outside a bar in Houston's Third Ward on Monday night, police said."),
        ("x2", "Chronicle", "2023-02-07", "Two people were killed in Houston on Monday, police said."),
        ("x3", "Channel 2", "2023-02-08", "HOUSTON — Two people died in a house fire in north Houston on Wednesday morning, firefighters said."),
    ]);
    assert_ne!(event(&env, "x1"), event(&env, "x3"));
}

/// What happened tells incidents of one day and country apart: a suicide bombing of a
/// police post and an ambush of army recruits; a mine fire and a school siege.
#[test]
fn incidents_of_other_kinds_in_one_country_and_day_are_two_events() {
    let env = ingest(&[
        ("e1", "Dawn", "2014-06-14", "PESHAWAR, Pakistan — A suicide bomber blew himself up at a police post in Bannu on Saturday, killing six policemen, officials said."),
        ("e2", "AFP", "2014-06-14", "A suicide attack on a police checkpoint in Bannu killed six police officers on Saturday, a police official said."),
        ("f1", "Dawn", "2014-06-14", "Militants ambushed a convoy of army recruits in North Waziristan on Saturday, killing 12 soldiers, the military said."),
        ("f2", "AFP", "2014-06-14", "Twelve soldiers were killed when insurgents ambushed a vehicle carrying army recruits in Pakistan's North Waziristan on Saturday, officials said."),
    ]);
    let (bombing, ambush) = (event(&env, "e1"), event(&env, "f2"));
    assert_ne!(bombing, ambush);
    assert_eq!(event(&env, "e2"), bombing);
    assert_eq!(event(&env, "f1"), ambush);

    let env = ingest(&[
        ("g1", "Interfax", "2010-05-11", "MOSCOW — A fire in a coal mine in the Kemerovo region of Siberia killed 11 miners on Tuesday, emergency officials said."),
        ("g2", "TASS", "2010-05-11", "Eleven miners died when fire broke out deep in a Kemerovo coal mine on Tuesday, officials said."),
        ("h1", "Interfax", "2010-05-11", "MOSCOW — Armed men seized a school in Nalchik on Tuesday and at least eight people were killed when troops stormed the building, officials said."),
        ("h2", "TASS", "2010-05-11", "Eight people died in the siege of a school in Nalchik on Tuesday, the interior ministry said."),
    ]);
    let (mine, siege) = (event(&env, "g1"), event(&env, "h1"));
    assert_ne!(mine, siege);
    assert_eq!(event(&env, "g2"), mine);
    assert_eq!(event(&env, "h2"), siege);
}

/// A quake in one region and a quake in another a week later, each from two agencies:
/// two events.
#[test]
fn quakes_of_two_regions_a_week_apart_are_two_events() {
    let env = ingest(&[
        ("i1", "AP", "2009-09-30", "JAKARTA, Indonesia — A powerful earthquake struck off the west coast of Sumatra on Wednesday, killing at least 75 people in the city of Padang, officials said."),
        ("i2", "Reuters", "2009-09-30", "At least 75 people were killed when an earthquake hit Padang on Wednesday, a disaster agency official said."),
        ("j1", "AP", "2009-10-07", "JAKARTA, Indonesia — A strong earthquake shook Sulawesi island on Wednesday, killing four people, officials said."),
        ("j2", "Reuters", "2009-10-07", "Four people were killed when an earthquake hit Sulawesi on Wednesday, officials said."),
    ]);
    let (first, second) = (event(&env, "i1"), event(&env, "j1"));
    assert_ne!(first, second);
    assert_eq!(event(&env, "i2"), first);
    assert_eq!(event(&env, "j2"), second);
}

/// Caption and page words ("copyright", "click here", "image gallery") and a prosecutor
/// named in both are no link between reports a year apart that give no place.
#[test]
fn boilerplate_and_a_prosecutor_a_year_apart_are_no_link() {
    let env = ingest(&[
        ("l1", "Courier", "2011-04-12", "Copyright 2011. Click here for the image gallery. Two men were killed in a stabbing on Monday, prosecutor Jan Kowalczyk said."),
        ("l2", "Courier", "2012-04-17", "Copyright 2012. Click here for the image gallery. A woman was killed in a crash on Monday, prosecutor Jan Kowalczyk said."),
    ]);
    assert_ne!(event(&env, "l1"), event(&env, "l2"));
}

/// Figures of the same people worded differently are compared: "49 army recruits" and
/// "50 soldiers" of one bombing by two outlets are one event and a numeric conflict.
#[test]
fn army_recruits_and_soldiers_are_compared_and_conflict() {
    let env = ingest(&[
        ("m1", "Pajhwok", "2011-08-08", "KABUL — A suicide bomber killed 49 army recruits at a training centre in Kabul on Monday, officials said."),
        ("m2", "BBC", "2011-08-08", "A suicide attack on an army training centre in Kabul killed 50 soldiers on Monday, the defence ministry said."),
    ]);
    assert_eq!(event(&env, "m1"), event(&env, "m2"));
    let (a, b) = (
        claims(&env, "m1", "killed", 49),
        claims(&env, "m2", "killed", 50),
    );
    assert_eq!(naming(&env, "numeric_conflict", &a, &b).len(), 1);
    // and never also said to agree (before session 12 a corroboration "about 50" named both)
    assert!(naming(&env, "corroboration", &a, &b).is_empty());
}

/// A part against its whole: "four armed Palestinians" within "five Palestinians" and
/// "four Israelis" within "at least five people" are compared as a part (no conflict);
/// a part larger than its whole ("six Israelis" of "five people") is `subgroup_exceeds`.
#[test]
fn a_part_against_its_whole_is_no_conflict_unless_it_is_larger() {
    let env = ingest(&[
        ("n1", "Haaretz", "2008-03-04", "Israeli troops killed four armed Palestinians near Beit Lahiya on Tuesday, the army said."),
        ("n2", "Maan", "2008-03-04", "Five Palestinians were killed by Israeli fire in Beit Lahiya on Tuesday, medics said."),
    ]);
    merge_all(&env);
    let (armed, all) = (
        claims(&env, "n1", "killed", 4),
        claims(&env, "n2", "killed", 5),
    );
    for kind in ["numeric_conflict", "subgroup_exceeds"] {
        assert!(naming(&env, kind, &armed, &all).is_empty(), "{kind}");
    }

    let env = ingest(&[
        ("o1", "Ynet", "2006-04-17", "A suicide bomber killed at least five people at a Tel Aviv restaurant on Monday, police said."),
        ("o2", "AP", "2006-04-17", "Four Israelis were among the dead in the suicide bombing of a Tel Aviv restaurant on Monday, a hospital spokesman said."),
    ]);
    assert_eq!(event(&env, "o1"), event(&env, "o2"));
    assert!(rows(
        &env,
        "select kind from findings where kind in ('numeric_conflict', 'subgroup_exceeds')"
    )
    .is_empty());

    let env = ingest(&[
        ("o3", "Ynet", "2006-04-17", "A suicide bomber killed five people at a Tel Aviv restaurant on Monday, police said."),
        ("o4", "AP", "2006-04-17", "Six Israelis were killed in the suicide bombing of a Tel Aviv restaurant on Monday, a hospital spokesman said."),
    ]);
    let (whole, part) = (
        claims(&env, "o3", "killed", 5),
        claims(&env, "o4", "killed", 6),
    );
    assert_eq!(naming(&env, "subgroup_exceeds", &part, &whole).len(), 1);
    assert!(naming(&env, "numeric_conflict", &part, &whole).is_empty());
}

/// Three sources, 34, 35 and 35 children: each pair of independent sources that conflict
/// is named (34 against each 35), the two 35s never against each other.
#[test]
fn every_conflicting_pair_of_three_sources_is_named() {
    let env = ingest(&[
        ("p1", "BBC", "2014-12-16", "PESHAWAR — Gunmen stormed an army school in Peshawar on Tuesday and killed 34 children, a provincial official said."),
        ("p2", "Dawn", "2014-12-16", "The attack on the army school in Peshawar on Tuesday killed 35 children, the health department said."),
        ("p3", "Geo", "2014-12-16", "Thirty-five children were killed when gunmen attacked an army school in Peshawar on Tuesday, a hospital official said."),
    ]);
    let (a, b, c) = (
        claims(&env, "p1", "killed", 34),
        claims(&env, "p2", "killed", 35),
        claims(&env, "p3", "killed", 35),
    );
    assert_eq!(naming(&env, "numeric_conflict", &a, &b).len(), 1);
    assert_eq!(naming(&env, "numeric_conflict", &a, &c).len(), 1);
    assert!(naming(&env, "numeric_conflict", &b, &c).is_empty());
    // the two 35s agree; the 34 they conflict with is not counted among them
    assert_eq!(naming(&env, "corroboration", &b, &c).len(), 1);
    assert!(naming(&env, "corroboration", &a, &b).is_empty());
}

/// Two reports of one day, 8 and 12 from independent sources, are a conflict; the police's
/// 8 relayed by a second outlet ("police told The Associated Press") is the same voice:
/// one finding, naming both of its reports, not two.
#[test]
fn independent_sources_of_one_day_conflict_and_an_echo_is_one_voice() {
    let env = ingest(&[
        ("s1", "AP", "2015-07-20", "LIMA, Peru — A bus plunged into a ravine near Huancayo on Monday, killing 8 passengers, police said."),
        ("s2", "Andina", "2015-07-20", "Eight passengers were killed when a bus fell into a ravine near Huancayo on Monday, police told The Associated Press."),
        ("s3", "Reuters", "2015-07-20", "A bus fell into a ravine near Huancayo on Monday, killing 12 passengers, a hospital director said."),
    ]);
    let (police, relay, hospital) = (
        claims(&env, "s1", "killed", 8),
        claims(&env, "s2", "killed", 8),
        claims(&env, "s3", "killed", 12),
    );
    assert_eq!(event(&env, "s1"), event(&env, "s3"));
    let found = naming(&env, "numeric_conflict", &police, &hospital);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(naming(&env, "numeric_conflict", &relay, &hospital), found);
}

/// The police's figure relayed by two outlets, one naming itself with "according to" after
/// the speech clause ("..., police said, according to The Associated Press"), the other with
/// "told" ("police told Reuters"), is one voice (rule according_to_outlet_relay): the
/// police claim in both, through the outlet; a hospital's other figure of that day is one
/// finding naming both reports, not two. Before the rule the
/// first outlet was the claimant, a voice of its own: two findings.
#[test]
fn a_police_figure_relayed_according_to_one_outlet_and_told_to_another_is_one_voice() {
    let env = ingest(&[
        ("r1", "Peru21", "2015-07-20", "HUANCAYO, Peru — Eight passengers died when a bus fell into a ravine near Huancayo on Monday, police said, according to The Associated Press."),
        ("r2", "Andina", "2015-07-20", "A bus plunged into a ravine near Huancayo on Monday, killing 8 passengers, police told Reuters."),
        ("r3", "El Comercio", "2015-07-20", "A bus fell into a ravine near Huancayo on Monday, killing 12 passengers, a hospital director said."),
    ]);
    let (according, told, hospital) = (
        claims(&env, "r1", "killed", 8),
        claims(&env, "r2", "killed", 8),
        claims(&env, "r3", "killed", 12),
    );
    assert_eq!(
        rows(&env, "select claimant || ' via ' || via from claims where input in ('r1', 'r2') order by input"),
        ["police via The Associated Press", "police via Reuters"]
    );
    assert_eq!(event(&env, "r1"), event(&env, "r3"));
    assert_eq!(event(&env, "r2"), event(&env, "r3"));
    // one finding in all, naming the hospital's claim and the police's in both reports
    let found = naming(&env, "numeric_conflict", &according, &hospital);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(naming(&env, "numeric_conflict", &told, &hospital), found);
    assert_eq!(
        rows(
            &env,
            "select count(*) from findings where kind = 'numeric_conflict'"
        ),
        ["1"]
    );
}

/// Running tallies key on their place and their period with its start: "five killed since
/// Friday evening" in two cities, and "more than 750 killed so far this year" of 2022 and
/// of 2023, are never one series.
#[test]
fn running_tallies_of_other_cities_or_years_are_never_one_series() {
    let env = ingest(&[
        ("t1", "WGN", "2021-07-05", "CHICAGO — Five people have been killed in shootings across the city since Friday evening, police said."),
        ("t2", "WBAL", "2021-07-05", "BALTIMORE — Five people have been killed in shootings across the city since Friday evening, police said."),
        ("u1", "Reuters", "2022-09-20", "More than 750 people have been killed so far this year, the monitoring group said."),
        ("u2", "Reuters", "2023-09-19", "More than 750 people have been killed so far this year, the monitoring group said."),
    ]);
    assert_eq!(
        rows(
            &env,
            "select count(*) from claims where scope = 'cumulative'"
        ),
        ["4"]
    );
    assert_ne!(event(&env, "t1"), event(&env, "t2"));
    assert_ne!(event(&env, "u1"), event(&env, "u2"));
}

/// An outlet's report placing a quake and its sibling report of the same day that names no
/// place, both giving the same figure: one event (before session 12 the sibling was never
/// compared with it: no place to block it by, no rare name shared). An outlet's reports of
/// one day that share no figure of at least three (a man shot dead in each) stay apart.
#[test]
fn an_outlets_placed_report_and_its_sibling_without_a_place_are_one_event() {
    let env = ingest(&[
        ("k1", "AP", "2009-09-30", "JAKARTA, Indonesia — A powerful earthquake struck Padang on Wednesday, killing at least 75 people, officials said."),
        ("k2", "AP", "2009-09-30", "Rescuers dug through the rubble of collapsed hotels on Wednesday after the earthquake, which killed at least 75 people, officials said."),
        ("k3", "AP", "2009-09-30", "JAKARTA, Indonesia — A ferry capsized off Sulawesi on Wednesday and four passengers drowned, officials said."),
    ]);
    assert_eq!(event(&env, "k1"), event(&env, "k2"));
    assert_ne!(event(&env, "k3"), event(&env, "k2"));
    let why = rows(
        &env,
        "select l.reason from claim_links l join claims c using (claim_id) where c.input = 'k2'",
    )
    .join("|");
    assert!(
        why.contains("both earthquake") && why.contains("both say 75 killed"),
        "{why}"
    );

    let env = ingest(&[
        (
            "w1",
            "Gazette",
            "2021-07-05",
            "A man was shot and killed in the Englewood neighborhood on Sunday night, police said.",
        ),
        (
            "w2",
            "Gazette",
            "2021-07-05",
            "A man was shot dead on Sunday night as he sat in his car, police said.",
        ),
    ]);
    assert_ne!(event(&env, "w1"), event(&env, "w2"));
}

/// A later report that raises an incident's toll is an update, shown as a series by the
/// day each report gave its figure, never a conflict: 8 passengers killed on Monday's
/// report, 12 in Tuesday's report restating "on Monday" (before session 12 both steps
/// were Monday's, the incident's day, and no series was shown).
#[test]
fn a_later_report_raising_the_toll_is_a_series_not_a_conflict() {
    let env = ingest(&[
        ("q1", "AP", "2015-07-20", "LIMA, Peru — A bus plunged into a ravine near Huancayo on Monday, killing 8 passengers, police said."),
        ("q2", "Reuters", "2015-07-21", "HUANCAYO, Peru — Twelve passengers were killed when a bus plunged into a ravine near Huancayo on Monday, a hospital director said on Tuesday."),
    ]);
    assert_eq!(event(&env, "q1"), event(&env, "q2"));
    let (first, later) = (
        claims(&env, "q1", "killed", 8),
        claims(&env, "q2", "killed", 12),
    );
    assert!(naming(&env, "numeric_conflict", &first, &later).is_empty());
    let report = env.ok(["report"]);
    assert!(
        report.contains("series: killed passengers: 2015-07-20 8 → 2015-07-21 12"),
        "{report}"
    );
}

/// One Gaza strike told by two outlets, one placing it "in the Gaza Strip", the other "near
/// Beit Lahiya in northern Gaza": one event (before session 12 the Gaza Strip resolved to
/// the country, a GeoNames alternate name of the Palestinian Territory, and Beit Lahiya,
/// beside the attacker's nationality, to Israel; the two shared only a country). A strike
/// on Khan Younis the same day, with other figures, is another event.
#[test]
fn one_gaza_strike_placed_by_the_strip_and_by_its_town_is_one_event() {
    let env = ingest(&[
        ("g1", "Reuters", "2023-11-14", "An Israeli airstrike on a house killed 14 people in the northern Gaza Strip on Tuesday, health officials said."),
        ("g2", "Al Jazeera", "2023-11-14", "An Israeli strike on a family home near Beit Lahiya killed 14 people on Tuesday, medics said."),
        ("h1", "AP", "2023-11-14", "An Israeli strike on Khan Younis killed six people on Tuesday, a hospital official said."),
    ]);
    let places = rows(
        &env,
        "select input, place_id from claims where input in ('g1', 'g2', 'h1') order by input",
    );
    assert_eq!(
        places,
        [
            "g1,geonames:adm1:PS.GZ",
            "g2,geonames:281145",
            "h1,geonames:281124"
        ],
        "the Strip as its region, Beit Lahiya and Khan Younis as its towns"
    );
    assert_eq!(event(&env, "g1"), event(&env, "g2"));
    assert_ne!(event(&env, "h1"), event(&env, "g1"));
    let why = rows(
        &env,
        "select l.reason from claim_links l join claims c using (claim_id) where c.input = 'g2'",
    )
    .join("|");
    assert!(why.contains("both say 14 killed"), "{why}");
}

/// A later day's report that the toll "from the crash rose to 12" is the crash's update:
/// one event with the first report's 8, shown as a series 8 → 12, no conflict (before
/// session 12 a toll that rose was always a running total, its own series, and "the death
/// toll from the bus crash near Huancayo rose to 12" gave no claim at all). A war's running
/// total that rose the same day stays a series of its own.
#[test]
fn a_toll_from_the_crash_that_rose_is_the_crash_s_update() {
    let env = ingest(&[
        ("r1", "AP", "2015-07-20", "LIMA, Peru — Eight people were killed when a bus crashed into a ravine near Huancayo on Monday, police said."),
        ("r2", "Reuters", "2015-07-21", "HUANCAYO, Peru — The death toll from the bus crash near Huancayo rose to 12 on Tuesday, a hospital director said."),
        ("r3", "Andina", "2015-07-21", "The death toll in the war rose to 9,000 on Tuesday, the ministry said."),
    ]);
    let (first, later) = (
        claims(&env, "r1", "killed", 8),
        claims(&env, "r2", "killed", 12),
    );
    assert_eq!(event(&env, "r1"), event(&env, "r2"));
    assert_eq!(
        rows(
            &env,
            "select scope from claims where input = 'r2' and low = 12"
        ),
        ["incident"]
    );
    assert_eq!(
        rows(&env, "select scope from claims where input = 'r3'"),
        ["cumulative"]
    );
    assert_ne!(event(&env, "r3"), event(&env, "r1"));
    assert!(naming(&env, "numeric_conflict", &first, &later).is_empty());
    let report = env.ok(["report"]);
    assert!(
        report.contains("series: killed people: 2015-07-20 8 → 2015-07-21 12"),
        "{report}"
    );
}
