//! Cross-referencing on the seed reports read as articles (issue 4's criteria).
use crate::common::{corpus, Env};

fn seeds() -> Env {
    let env = Env::new();
    env.ok([
        "ingest".as_ref(),
        "--manifest".as_ref(),
        corpus("seeds-manifest.csv").as_os_str(),
    ]);
    env
}

fn events_of(env: &Env, filter: &str) -> Vec<i64> {
    let out = env.ok([
        "sql",
        &format!("select distinct event_id from claims where {filter}"),
        "-f",
        "csv",
    ]);
    out.lines().skip(1).map(|l| l.parse().unwrap()).collect()
}

#[test]
fn khan_touman_is_one_event_without_conflict() {
    let env = seeds();
    let ev = events_of(&env, "document like '001%' and quantity = 'as many as 13' or document like '004%' and quantity = 'several'");
    assert_eq!(ev.len(), 1, "{ev:?}");
    let n = env.count(&format!(
        "select count(*) from findings where event_id = {} and kind = 'numeric_conflict'",
        ev[0]
    ));
    assert_eq!(n, 0);
    assert!(
        env.count(&format!(
            "select count(*) from events where event_id = {} and event like 'Khan Touman%'",
            ev[0]
        )) == 1
    );
}

#[test]
fn the_four_deaths_of_april_are_one_event_with_an_adversary_mismatch() {
    let env = seeds();
    let ev = events_of(&env, "outcome = 'killed' and low = 4 and high = 4 and document like '00%' and adversary is not null");
    assert_eq!(ev.len(), 1, "{ev:?}");
    let reason = env.ok([
        "sql",
        &format!(
            "select reason from findings where event_id = {} and kind = 'adversary_mismatch'",
            ev[0]
        ),
        "-f",
        "csv",
    ]);
    assert!(
        reason.contains("Al-Nusra") && reason.contains("Islamic State"),
        "{reason}"
    );
}

#[test]
fn the_war_toll_is_one_rising_series_with_a_divergence() {
    let env = seeds();
    let ev = events_of(&env, "outcome = 'killed' and victim_group = 'people' and scope = 'cumulative' and (low in (250000, 270001) or high = 400000)");
    assert_eq!(ev.len(), 1, "{ev:?}");
    let series = env.ok(["sql", &format!("select coalesce(low, '') lo, coalesce(high, '') hi from claims where event_id = {} and victim_group = 'people' and outcome = 'killed' order by as_of", ev[0]), "-f", "csv"]);
    assert_eq!(series, "lo,hi\n250000,\n270001,\n,400000\n");
    assert_eq!(
        env.count(&format!(
            "select count(*) from findings where event_id = {} and kind = 'toll_decrease'",
            ev[0]
        )),
        0
    );
    let div = env.ok([
        "sql",
        &format!(
            "select claim_ids from findings where event_id = {} and kind = 'divergence'",
            ev[0]
        ),
        "-f",
        "csv",
    ]);
    let ids = env.ok(["sql", "select group_concat(claim_id, ';') from (select claim_id from claims where low = 270001 or high = 400000 order by claim_id)", "-f", "csv"]);
    assert_eq!(div.lines().nth(1), ids.lines().nth(1));
}

#[test]
fn pourdastans_enemy_dead_are_partisan() {
    let env = seeds();
    let n = env.count("select count(*) from findings f join finding_claim fc using (finding_id) join claims c using (claim_id) where f.kind = 'partisan' and c.low = 200 and c.claimant like '%Pourdastan%'");
    assert_eq!(n, 1);
}
