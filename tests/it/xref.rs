//! Cross-referencing on the seed reports read as articles (issue 4's criteria).
use crate::common::{corpus, Env};

pub fn seeds() -> Env {
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

/// ECB+: documents of one topic and subcorpus report one event. Over the documents that
/// carry casualty claims, a pair is linked when the two share an event; pairwise precision
/// and recall against the topic/subcorpus truth.
#[test]
fn ecbplus_documents_of_one_event_are_linked() {
    let env = Env::new();
    let docs = corpus("ecbplus/ecbplus_docs.jsonl");
    env.ok(["ingest".as_ref(), docs.as_os_str()]);
    let mut truth = std::collections::HashMap::new();
    for line in std::fs::read_to_string(&docs).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        truth.insert(
            v["doc"].as_str().unwrap().to_string(),
            format!("{}/{}", v["topic"], v["subcorpus"]),
        );
    }
    let rows = env.ok([
        "sql",
        "select distinct document, event_id from claims",
        "-f",
        "csv",
    ]);
    let mut events: std::collections::BTreeMap<String, std::collections::HashSet<i64>> =
        Default::default();
    for l in rows.lines().skip(1) {
        let (d, e) = l.rsplit_once(',').unwrap();
        events
            .entry(d.to_string())
            .or_default()
            .insert(e.parse().unwrap());
    }
    let ds: Vec<&String> = events.keys().collect();
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for (i, a) in ds.iter().enumerate() {
        for b in &ds[i + 1..] {
            let linked = !events[*a].is_disjoint(&events[*b]);
            let same = truth[*a] == truth[*b];
            match (linked, same) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                (false, true) => fn_ += 1,
                _ => {}
            }
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    eprintln!("ECB+ linking over {} documents with claims: precision {p:.3}, recall {r:.3} (tp {tp}, fp {fp}, fn {fn_})", ds.len());
    assert!(ds.len() > 100);
    assert!(p >= 0.9 && r >= 0.8, "precision {p:.3}, recall {r:.3}");
}
