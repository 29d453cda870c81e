//! Concurrent use of one database: several `ingest` processes at once lose nothing, and
//! `report` / `sql` / `export` running during an ingest see a consistent state and never
//! fail with "database is locked".

use super::*;
use std::collections::BTreeMap;
use std::process::{Child, Stdio};

fn spawn(env: &Env, args: &[&str]) -> Child {
    env.cmd()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn finish(what: &str, c: Child) -> String {
    let o = c.wait_with_output().unwrap();
    assert_no_panic(what, &o);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(0), "{what}: {err}");
    assert!(
        !err.contains("locked") && !err.contains("busy"),
        "{what}: {err}"
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Per-document claim counts of each workload, ingested alone.
fn references(tags: &[&str], rows: usize) -> BTreeMap<String, i64> {
    let mut all = BTreeMap::new();
    for (i, tag) in tags.iter().enumerate() {
        let env = Env::new();
        workload(&env, tag, tag, [3, 2, 2], rows, 100 + i as u64);
        env.ok(["ingest", tag]);
        all.extend(claims_per_document(&env.db()));
    }
    all
}

#[test]
fn parallel_ingests_lose_nothing() {
    let tags = ["alpha", "bravo", "charlie"];
    let rows = 300;
    let reference = references(&tags, rows);
    let rounds = if soak() { 10 } else { 1 };
    for round in 0..rounds {
        // a new database each round: the processes also race to create and migrate it
        let env = Env::new();
        for (i, tag) in tags.iter().enumerate() {
            workload(&env, tag, tag, [3, 2, 2], rows, 100 + i as u64);
        }
        let children: Vec<Child> = tags.iter().map(|t| spawn(&env, &["ingest", t])).collect();
        for (t, c) in tags.iter().zip(children) {
            finish(&format!("round {round}: ingest {t}"), c);
        }
        integrity_ok(&env.db());
        let got = claims_per_document(&env.db());
        assert_eq!(got, reference, "round {round}");
        let total: i64 = reference.values().sum();
        assert_eq!(env.count("select count(*) from claim"), total);
        // and the events/findings are those of one ingest of everything
        let one = Env::new();
        for (i, tag) in tags.iter().enumerate() {
            workload(&one, tag, tag, [3, 2, 2], rows, 100 + i as u64);
        }
        one.ok(["ingest", "alpha", "bravo", "charlie"]);
        env.ok(["report", "-o", "r.txt"]);
        one.ok(["report", "-o", "r.txt"]);
        assert_eq!(
            content_digest_any_order(&env.db()),
            content_digest_any_order(&one.db()),
            "round {round}"
        );
    }
}

/// While an ingest runs: `sql` readers only ever see whole documents, `report` (which
/// rebuilds events and findings in a write transaction) and `export` succeed.
#[test]
fn readers_during_ingest_see_whole_documents() {
    let tags = ["delta", "echo"];
    let rows = 400;
    let reference = references(&tags, rows);
    let env = Env::new();
    for (i, tag) in tags.iter().enumerate() {
        workload(&env, tag, tag, [3, 2, 2], rows, 100 + i as u64);
    }
    let mut ingests: Vec<Child> = tags.iter().map(|t| spawn(&env, &["ingest", t])).collect();
    // the readers refuse a database that does not exist (yet): they start once an ingest
    // has made it
    let made = std::time::Instant::now();
    while !env.db().exists() {
        assert!(made.elapsed().as_secs() < 60, "no ingest made the database");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let mut reads = 0;
    let mut partial_views = 0;
    let max_reads = if soak() { 2000 } else { 60 };
    while reads < max_reads {
        let running = ingests.iter_mut().any(|c| c.try_wait().unwrap().is_none());
        let q = spawn(
            &env,
            &[
                "sql",
                "select d.name, count(c.claim_id) from document d left join claim c using (document_id) group by d.name",
                "--format",
                "csv",
            ],
        );
        let r = spawn(&env, &["report", "--format", "json", "-o", "-"]);
        let out = finish("sql during ingest", q);
        let report = finish("report during ingest", r);
        assert!(report.trim_start().starts_with('{'), "{report}");
        let mut seen = 0;
        for line in out.lines().skip(1) {
            let (name, n) = line.rsplit_once(',').unwrap();
            let name = name.trim_matches('"');
            let n: i64 = n.parse().unwrap();
            assert_eq!(
                reference.get(name),
                Some(&n),
                "a reader saw {name} with {n} claims"
            );
            seen += 1;
        }
        if seen > 0 && seen < reference.len() {
            partial_views += 1;
        }
        reads += 1;
        if !running {
            break;
        }
    }
    let e = spawn(&env, &["export", "claims", "-o", "claims.csv"]);
    finish("export", e);
    for (t, c) in tags.iter().zip(ingests) {
        finish(&format!("ingest {t}"), c);
    }
    integrity_ok(&env.db());
    assert_eq!(claims_per_document(&env.db()), reference);
    // the events and findings the last writer left are those of a fresh rebuild: no
    // rebuild worked from claims read before another process's commit
    let left = content_digest(&env.db());
    env.ok(["report", "-o", "r.txt"]);
    assert_eq!(content_digest(&env.db()), left);
    assert_eq!(
        env.count(
            "select count(*) from claim where claim_id not in (select claim_id from claim_event)"
        ),
        0
    );
    eprintln!("concurrency: {reads} read rounds, {partial_views} while the ingests were part way");
}

/// Processes that open one new database at the same moment: each must find the schema
/// made once (switching the new file to WAL and applying V1 race), none may fail.
#[test]
fn processes_creating_one_database_at_once_all_succeed() {
    for _ in 0..5 {
        let env = Env::new();
        let children: Vec<Child> = (0..6).map(|_| spawn(&env, &["schema"])).collect();
        for c in children {
            let o = c.wait_with_output().unwrap();
            assert_no_panic("schema", &o);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        }
        crate::common::assert_all_migrations_applied(&env.db());
    }
}
