use crate::common::{project, Env};

const HEADER: &str = "document,published,claimant,victims,outcome,quantity,place,event_date\n";

fn events(env: &Env) -> Vec<(i64, String)> {
    let out = env.ok([
        "sql",
        "select event_id, event from events order by event_id",
        "-f",
        "csv",
    ]);
    out.lines()
        .skip(1)
        .map(|l| {
            let (id, label) = l.split_once(',').unwrap();
            (id.parse().unwrap(), label.trim_matches('"').to_string())
        })
        .collect()
}

#[test]
fn aliases_and_nested_places_link_across_documents() {
    let env = Env::new();
    let p = env.write(
        "s.csv",
        format!(
            "{HEADER}a.txt,2016-05-07,Fars,advisers,killed,as many as 13,Khan Touman,2016-05-06\n\
             b.txt,2016-05-07,the report,Guard's members,killed,several,Khan Tuman,2016-05-07\n\
             c.txt,2016-05-08,monitor,advisers,killed,at least 10,Aleppo,2016-05-06\n\
             d.txt,2016-05-08,monitor,people,killed,30,Aleppo,2016-05-06\n"
        ),
    );
    env.ok(["ingest".as_ref(), p.as_os_str()]);
    // a, b and c: the same place (aliases) or one within the other, within a day, the same
    // victims; d shares only the city and the day: a city's other incident (issue 13)
    assert_eq!(
        env.count("select count(distinct event_id) from claims where document <> 'd.txt'"),
        1,
        "{:?}",
        events(&env)
    );
    assert_eq!(
        env.count("select count(distinct event_id) from claims"),
        2,
        "{:?}",
        events(&env)
    );
    assert_eq!(
        env.count("select count(*) from findings where kind = 'numeric_conflict'"),
        0
    );
}

#[test]
fn two_blasts_in_one_country_a_day_apart_are_two_events() {
    let env = Env::new();
    let p = env.write(
        "s.csv",
        format!(
            "{HEADER}a.txt,2024-05-02,police,civilians,killed,7,Afghanistan,2024-05-01\n\
             b.txt,2024-05-03,police,civilians,killed,3,Afghanistan,2024-05-02\n\
             c.txt,2024-05-03,police,civilians,killed,3,Kabul,2024-05-02\n\
             d.txt,2024-05-03,army,civilians,killed,5,Mosul,2024-05-02\n"
        ),
    );
    env.ok(["ingest".as_ref(), p.as_os_str()]);
    // a and b: country only, a day apart: two events; c (Kabul, within Afghanistan, same day
    // as b) joins b; d is in another country
    assert_eq!(
        env.count("select count(distinct event_id) from claims"),
        3,
        "{:?}",
        events(&env)
    );
    assert_eq!(
        env.count(
            "select count(distinct event_id) from claims where document in ('b.txt','c.txt')"
        ),
        1
    );
}

#[test]
fn merge_split_rename_survive_reingest() {
    let env = Env::new();
    let sample = project("data/sample/FICTIONAL-claims.csv");
    std::fs::copy(&sample, env.path("f.csv")).unwrap();
    env.ok(["ingest", "f.csv"]);
    let evs = events(&env);
    let id = |label: &str| {
        evs.iter()
            .find(|(_, l)| l.contains(label))
            .map(|(i, _)| *i)
            .unwrap()
    };
    let (market, ridge) = (id("market bombing"), id("Ridge offensive"));
    env.ok(["events", "merge", &market.to_string(), &ridge.to_string()]);
    env.ok([
        "events",
        "rename",
        &market.to_string(),
        "Market and ridge (analyst)",
    ]);
    assert_eq!(
        env.count(&format!(
            "select count(*) from claims where event_id = {market}"
        )),
        7
    );
    let ridge_claim =
        env.count("select min(claim_id) from claims where document = 'fictional-07.txt'");
    env.ok([
        "events",
        "split",
        &market.to_string(),
        "--claims",
        &ridge_claim.to_string(),
        "--label",
        "Ridge again",
    ]);
    assert_eq!(
        env.count(&format!(
            "select count(*) from claims where event_id = {market}"
        )),
        6
    );
    // the sheet changes: its claims are replaced, the corrections stay
    let mut text = std::fs::read_to_string(&sample).unwrap();
    text.push_str("fictional-99.txt,Fictional Wire,2024-05-01,someone,,people,killed,2,FICTIONAL other,Valdora,2024-05-01,incident,,,FICTIONAL row\n");
    std::fs::write(env.path("f.csv"), text).unwrap();
    env.ok(["ingest", "f.csv"]);
    let after = events(&env);
    assert!(
        after
            .iter()
            .any(|(i, l)| *i == market && l == "Market and ridge (analyst)"),
        "{after:?}"
    );
    assert!(after.iter().any(|(_, l)| l == "Ridge again"), "{after:?}");
    assert_eq!(
        env.count(&format!(
            "select count(*) from claims where event_id = {market}"
        )),
        6
    );
    let o = env.run(["events", "merge", "999999", &market.to_string()]);
    assert_eq!(o.status.code(), Some(2));
}
