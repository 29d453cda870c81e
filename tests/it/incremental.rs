//! Incremental linking (issue 13): an ingest links only the new claims and the events they
//! could join, with the same result as linking every claim again (`report --relink`), and
//! leaves every other event, finding and reason as it was; after anything else changed it
//! links everything again.

use crate::common::{corpus, Env};
use std::collections::BTreeMap;
use std::path::Path;

/// The events' partition of the claims: each event's claim ids, sorted.
fn partition(db: &Path) -> Vec<Vec<i64>> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut by_event: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    let mut stmt = conn
        .prepare("SELECT claim_id, event_id FROM claim_event ORDER BY claim_id")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
        .unwrap();
    for row in rows {
        let (c, e) = row.unwrap();
        by_event.entry(e).or_default().push(c);
    }
    let unlinked: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM claim WHERE claim_id NOT IN (SELECT claim_id FROM claim_event)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(unlinked, 0, "every claim is in an event");
    let mut out: Vec<Vec<i64>> = by_event.into_values().collect();
    out.sort();
    out
}

/// The partition a full linking gives the same database: `report --relink` on a copy.
fn relinked(env: &Env) -> Vec<Vec<i64>> {
    let copy = env.path("relinked.db");
    // a copy of an earlier call replaced
    let _ = std::fs::remove_file(&copy);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute("VACUUM INTO ?1", [copy.to_str().unwrap()])
        .unwrap();
    drop(conn);
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tollcheck"))
        .current_dir(env.dir.path())
        .env_remove("TOLLCHECK_DB")
        .env_remove("TOLLCHECK_DATA")
        .args([
            "--db".as_ref(),
            copy.as_os_str(),
            "report".as_ref(),
            "--relink".as_ref(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    partition(&copy)
}

/// Ingests `path` with --explain; returns the linking line of its summary.
fn ingest(env: &Env, args: &[&std::ffi::OsStr]) -> String {
    let mut all: Vec<&std::ffi::OsStr> = vec!["ingest".as_ref(), "--explain".as_ref()];
    all.extend_from_slice(args);
    let o = env.run(all);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "{err}");
    err.lines()
        .find(|l| l.starts_with("linking: "))
        .unwrap_or_else(|| panic!("no linking line: {err}"))
        .to_string()
}

/// Ingests each batch (JSONL lines) in turn; returns their linking lines.
fn ingest_batches(env: &Env, batches: &[Vec<String>]) -> Vec<String> {
    batches
        .iter()
        .enumerate()
        .map(|(n, lines)| {
            let p = env.write(&format!("batch{n}.jsonl"), lines.join("\n") + "\n");
            ingest(env, &[p.as_os_str()])
        })
        .collect()
}

/// The lines of a corpus JSONL file dealt into `n` batches, one line to each in turn.
fn dealt(rel: &str, n: usize) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(corpus(rel)).unwrap();
    let mut out = vec![Vec::new(); n];
    for (i, l) in text.lines().enumerate() {
        out[i % n].push(l.to_string());
    }
    out
}

/// A report after the ingests shows the events as they were linked: their fingerprint is
/// what the database counts.
fn assert_report_does_not_link(env: &Env) {
    let err = timed_report(env);
    assert!(err.contains("unchanged since the last linking"), "{err}");
}

fn assert_some_incremental(lines: &[String]) {
    assert!(
        lines[0].contains("every claim linked again"),
        "the first linking has nothing before it: {lines:?}"
    );
    assert!(
        lines[1..].iter().all(|l| l.contains("incremental")),
        "{lines:?}"
    );
}

#[test]
fn ecbplus_in_three_batches_links_as_a_full_relink_does() {
    // ECB+ undated: every link comes through shared names, weighed over every document
    let env = Env::new();
    let lines = ingest_batches(&env, &dealt("ecbplus/ecbplus_docs.jsonl", 3));
    assert_some_incremental(&lines);
    assert_report_does_not_link(&env);
    assert_eq!(partition(&env.db()), relinked(&env));
}

#[test]
fn muc_dated_in_four_batches_by_day_links_as_a_full_relink_does() {
    // as a recorder adds reports: the messages in the order of their datelines, dated
    let mut messages = crate::linking::muc_messages();
    messages.sort_by(|a, b| (a.3, &a.0).cmp(&(b.3, &b.0)));
    let lines: Vec<String> = messages
        .iter()
        .map(|(id, _, text, day)| {
            let mut rec = serde_json::json!({ "id": id, "text": text });
            if let Some(d) = day {
                rec["published"] = serde_json::json!(d.to_string());
            }
            rec.to_string()
        })
        .collect();
    let quarter = lines.len().div_ceil(4);
    let batches: Vec<Vec<String>> = lines.chunks(quarter).map(<[String]>::to_vec).collect();
    let env = Env::new();
    let linking = ingest_batches(&env, &batches);
    assert_some_incremental(&linking);
    assert_report_does_not_link(&env);
    assert_eq!(partition(&env.db()), relinked(&env));
}

#[test]
fn seeds_articles_and_sheet_in_turns_link_as_a_full_relink_does() {
    let env = Env::new();
    let manifest = corpus("seeds-manifest.csv");
    let sheet = corpus("seeds-claims.csv");
    let (a, b) = (
        corpus("seeds/000_1d455cb254d66fd1.txt"),
        corpus("seeds/001_096073c12d8d0f60.txt"),
    );
    let first = ingest(
        &env,
        &[
            "--manifest".as_ref(),
            manifest.as_os_str(),
            a.as_os_str(),
            b.as_os_str(),
        ],
    );
    assert!(first.contains("every claim linked again"), "{first}");
    // the sheet's rows cite the articles already in: their reports are linked whole
    let lines = [
        ingest(&env, &[sheet.as_os_str()]),
        ingest(&env, &["--manifest".as_ref(), manifest.as_os_str()]),
    ];
    assert!(lines.iter().all(|l| l.contains("incremental")), "{lines:?}");
    assert_eq!(partition(&env.db()), relinked(&env));
}

/// Every event's row, its claims and its findings (with their ids), by event id.
fn events_snapshot(db: &Path) -> BTreeMap<i64, String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut out = BTreeMap::new();
    let mut stmt = conn
        .prepare(
            "SELECT e.event_id, e.event_key || '|' || e.label || '|' || IFNULL(e.place, '') || '|'
               || IFNULL(e.date_start, '') || '|' || IFNULL(e.place_id, '') || '|claims '
               || IFNULL((SELECT group_concat(claim_id) FROM
                  (SELECT claim_id FROM claim_event WHERE event_id = e.event_id
                   ORDER BY claim_id)), '')
               || '|findings ' || IFNULL((SELECT group_concat(finding_id || ':' || kind || ':'
                  || reason, ';') FROM (SELECT * FROM finding WHERE event_id = e.event_id
                  ORDER BY finding_id)), '')
               || '|reasons ' || IFNULL((SELECT group_concat(ce.claim_id || ':' || r.reason, ';')
                  FROM claim_event x JOIN claim_evidence ce ON ce.claim_id = x.claim_id
                  JOIN link_reason r ON r.reason_id = ce.reason_id
                  WHERE x.event_id = e.event_id), '')
             FROM event e",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .unwrap();
    for row in rows {
        let (id, text) = row.unwrap();
        out.insert(id, text);
    }
    out
}

/// A short article of our own, about an incident far from every seed and MUC report.
const UNRELATED: &str = "---
title: Car bomb in Kabul
published: 2019-03-03
outlet: Test Wire
---
Two people were killed when a car bomb exploded in Kabul on Sunday, police said.
";

#[test]
fn one_unrelated_article_leaves_every_other_event_as_it_was() {
    let env = Env::new();
    let manifest = corpus("seeds-manifest.csv");
    let sheet = corpus("seeds-claims.csv");
    ingest(&env, &["--manifest".as_ref(), manifest.as_os_str()]);
    ingest(&env, &[sheet.as_os_str()]);
    let before = events_snapshot(&env.db());
    let article = env.write("kabul.md", UNRELATED);
    let line = ingest(&env, &[article.as_os_str()]);
    assert!(
        line.contains("incremental: 1 new claims") && line.contains("1 events written"),
        "{line}"
    );
    let after = events_snapshot(&env.db());
    // every event before is there, with the same id, row, claims, findings and reasons
    for (id, row) in &before {
        assert_eq!(after.get(id), Some(row), "event {id} changed");
    }
    assert_eq!(after.len(), before.len() + 1);
    assert_report_does_not_link(&env);
    assert_eq!(partition(&env.db()), relinked(&env));
}

#[test]
fn after_a_correction_or_a_replaced_document_everything_is_linked_again() {
    let env = Env::new();
    let sheet = corpus("seeds-claims.csv");
    ingest(&env, &[sheet.as_os_str()]);
    // an analyst's correction to a claim (an edited claims export): linked again whole
    let export = env.ok(["export", "claims", "-o", "-"]);
    let edited = export.replacen(",as many as 13,", ",13,", 1);
    assert_ne!(edited, export, "the seeds' Khan Touman claim");
    let path = env.write("edited.csv", edited);
    let line = ingest(&env, &[path.as_os_str()]);
    assert!(line.contains("every claim linked again"), "{line}");
    // then a new article links incrementally again
    let article = env.write("kabul.md", UNRELATED);
    let line = ingest(&env, &[article.as_os_str()]);
    assert!(line.contains("incremental"), "{line}");
    // the article replaced by another text: its earlier claim deleted, everything linked
    let changed = UNRELATED.replace("Two people", "Three people");
    let article = env.write("kabul.md", changed);
    let line = ingest(&env, &[article.as_os_str()]);
    assert!(line.contains("every claim linked again"), "{line}");
    // an analyst's merge (linked whole by `events merge`), then new claims: incremental,
    // and the merge still holds as a full linking keeps it
    let ids: Vec<i64> = env
        .ok([
            "sql",
            "select event_id from events where kind = 'incident' order by event_id limit 2",
            "-f",
            "csv",
        ])
        .lines()
        .skip(1)
        .map(|l| l.trim().parse().unwrap())
        .collect();
    env.ok(["events", "merge", &ids[0].to_string(), &ids[1].to_string()]);
    let manifest = corpus("seeds-manifest.csv");
    let line = ingest(&env, &["--manifest".as_ref(), manifest.as_os_str()]);
    assert!(line.contains("incremental"), "{line}");
    assert_eq!(partition(&env.db()), relinked(&env));
    // raw SQL writes: never incremental on top of them
    env.ok([
        "sql",
        "--write",
        "update claim set place = 'Homs' where claim_id = 1",
    ]);
    let b = env.write("b.md", UNRELATED.replace("Kabul", "Herat"));
    let line = ingest(&env, &[b.as_os_str()]);
    assert!(line.contains("every claim linked again"), "{line}");
}

/// Incidents of one week in two countries (hand-made rows: Syria's Aleppo and Homs, Iraq's
/// Baghdad and Mosul).
const WEEK: &str = "document,published,victims,outcome,quantity,place,event_date,scope
s1,2016-05-06,people,killed,5,Aleppo,2016-05-06,incident
s2,2016-05-07,people,killed,4,Homs,2016-05-07,incident
s3,2016-01-06,people,killed,8,Aleppo,2016-01-06,incident
i1,2016-05-06,people,killed,12,Baghdad,2016-05-06,incident
i2,2016-05-07,people,killed,7,Mosul,2016-05-07,incident
";

#[test]
fn new_claims_reach_only_incidents_of_their_country_within_the_window() {
    let env = Env::new();
    let week = env.write("week.csv", WEEK);
    ingest(&env, &[week.as_os_str()]);
    // a report of Aleppo a day later: compared, as a full linking compares accounts, with
    // Syria's incidents within the window (Aleppo and Homs of that week), never with
    // Iraq's of the same days nor with Aleppo's of January
    let later = env.write(
        "later.csv",
        "document,published,victims,outcome,quantity,place,event_date,scope
s4,2016-05-07,people,killed,5,Aleppo,2016-05-07,incident
",
    );
    let line = ingest(&env, &[later.as_os_str()]);
    assert!(
        line.contains("incremental: 1 new claims") && line.contains("(3 claims in"),
        "{line}"
    );
    assert_eq!(partition(&env.db()), relinked(&env));
    // one of Iraq's: Iraq's two only
    let iraq = env.write(
        "iraq.csv",
        "document,published,victims,outcome,quantity,place,event_date,scope
i3,2016-05-08,people,killed,12,Baghdad,2016-05-08,incident
",
    );
    let line = ingest(&env, &[iraq.as_os_str()]);
    assert!(line.contains("(3 claims in"), "{line}");
    assert_eq!(partition(&env.db()), relinked(&env));
}

#[test]
fn claims_deleted_by_another_program_make_the_next_ingest_link_everything() {
    let env = Env::new();
    let week = env.write("week.csv", WEEK);
    ingest(&env, &[week.as_os_str()]);
    // another program (not tollcheck's `sql --write`) deletes a claim linked before: the
    // ingest, which no longer counts every claim, is told by V13's trigger
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute("DELETE FROM claim WHERE claim_id = 2", [])
        .unwrap();
    drop(conn);
    let article = env.write("kabul.md", UNRELATED);
    let line = ingest(&env, &[article.as_os_str()]);
    assert!(
        line.contains("every claim linked again") && line.contains("deleted"),
        "{line}"
    );
    assert_eq!(partition(&env.db()), relinked(&env));
    // an event deleted by another program: the next ingest links on the counts it kept,
    // the next report counts, sees it and links everything again
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = ON; DELETE FROM event WHERE event_id = (SELECT MIN(event_id) FROM event)")
        .unwrap();
    drop(conn);
    let b = env.write("b.md", UNRELATED.replace("Kabul", "Herat"));
    let line = ingest(&env, &[b.as_os_str()]);
    assert!(line.contains("incremental"), "{line}");
    let err = timed_report(&env);
    assert!(!err.contains("unchanged since the last linking"), "{err}");
    assert_eq!(partition(&env.db()), relinked(&env));
}

/// `report` with its timings on: its stderr, after asserting it succeeded.
fn timed_report(env: &Env) -> String {
    let o = env
        .cmd()
        .env("TOLLCHECK_TIMINGS", "1")
        .args(["report", "-o", "report.txt"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "{err}");
    err
}

/// Session 28 (runtally28; review 2, items 1, 3, 4, 5; rewritten session 30, mendl30):
/// an outbreak's running tallies are the outbreak's claims, and an incremental ingest links
/// them as a full relink does. A dengue outbreak's tally in the same town is another
/// incident (rule lasting_types_apart). Since session 30 (outb30) a tally of the same
/// place from the same start ("since January") 23 days on is the same count (rule
/// running_same_start, up to `LOOK_BACK` days), one from another start ("since April")
/// stays apart; one source's own count that fell is a toll_decrease, and two sources'
/// counts of one day that cannot both be true are a numeric_conflict (rule
/// running_counts_at_odds); a point count is neither a conflict nor a divergence of a
/// running tally. Our own rows.
#[test]
fn runtally28_running_tallies_link_within_the_window_incrementally_as_in_full() {
    const HEAD: &str = "document,published,claimant,victims,outcome,quantity,place,event_date,scope,period,sentence\n";
    let env = Env::new();
    let batches: Vec<Vec<String>> = vec![
        vec![
            "c1.txt,2026-03-02,health ministry,people,killed,52,Idlib,2026-03-01,cumulative,since January,Cholera has killed 52 people in Idlib since January the ministry said.".into(),
            "d1.txt,2026-03-03,health ministry,people,killed,120,Idlib,,cumulative,since January,Dengue has now killed 120 in Idlib since January.".into(),
        ],
        vec![
            "c2.txt,2026-03-03,red crescent,people,killed,58,Idlib,,cumulative,since January,The cholera toll in Idlib since January rose to 58.".into(),
            "p1.txt,2026-03-03,camp clinic,people,killed,at least 9,Idlib,2026-03-02,incident,,At least 9 died of cholera in one Idlib camp on Monday.".into(),
        ],
        vec![
            "c3.txt,2026-03-03,health ministry,people,killed,48,Idlib,,cumulative,since January,The ministry revised the cholera toll in Idlib since January to 48.".into(),
        ],
        vec![
            "c4.txt,2026-03-25,health ministry,people,killed,80,Idlib,,cumulative,since January,Cholera has killed 80 in Idlib since January.".into(),
        ],
        // session 30 (outb30): a count from another start, weeks on, is another count
        vec![
            "c5.txt,2026-04-20,health ministry,people,killed,30,Idlib,,cumulative,since April,Cholera has killed 30 in Idlib since April.".into(),
        ],
    ];
    for (n, lines) in batches.iter().enumerate() {
        let p = env.write(
            &format!("run{n}.csv"),
            format!("{HEAD}{}\n", lines.join("\n")),
        );
        let line = ingest(&env, &[p.as_os_str()]);
        if n > 0 {
            assert!(line.contains("incremental"), "{line}");
        }
        assert_eq!(partition(&env.db()), relinked(&env), "after batch {n}");
    }
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let event = |doc: &str| -> i64 {
        conn.query_row(
            "SELECT ce.event_id FROM claim_event ce JOIN claims c USING (claim_id) WHERE c.document = ?1",
            [doc],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(event("c1.txt"), event("c2.txt"));
    assert_eq!(event("c1.txt"), event("p1.txt"));
    assert_ne!(event("c1.txt"), event("d1.txt"));
    // session 30 (outb30), rule running_same_start: the same count from the same start 23
    // days on (was apart while running tallies linked within the window only), reached
    // incrementally as in full (the reach widened by 60 days for running tallies)
    assert_eq!(event("c1.txt"), event("c4.txt"));
    assert_ne!(event("c1.txt"), event("c5.txt"));
    let kinds = |kind: &str| -> Vec<String> {
        let mut stmt = conn
            .prepare(
                "SELECT group_concat(c.document, '+') FROM finding_claim fc
                 JOIN finding f USING (finding_id) JOIN claims c USING (claim_id)
                 WHERE f.kind = ?1 GROUP BY f.finding_id ORDER BY 1",
            )
            .unwrap();
        stmt.query_map([kind], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    // session 30 (outb30), rule running_counts_at_odds: the red crescent's 58 and the
    // ministry's revised 48 of one day are two sources' counts at odds, the only conflict
    let conflicts = kinds("numeric_conflict");
    assert!(
        conflicts.len() == 1 && conflicts[0].contains("c2.txt") && conflicts[0].contains("c3.txt"),
        "{conflicts:?}"
    );
    // the camp's open "at least 9" is no neighbour of the running 52 (divergence)
    assert!(
        kinds("divergence").iter().all(|d| !d.contains("p1.txt")),
        "{:?}",
        kinds("divergence")
    );
    assert!(
        kinds("toll_decrease").iter().any(|d| d.contains("c3.txt")),
        "{:?}",
        kinds("toll_decrease")
    );
}

/// Session 30 review 2, item 4 (mendl30): rule running_same_start's far pass compares a
/// country's running tallies over its running-type accounts alone: 70 shelling reports of
/// other Syrian cities between two cholera counts of Idlib since January, 12 days apart,
/// do not push the earlier count out of the `MAX_BEFORE` nearest (it did: the two stayed
/// apart, though alone they were one), and the incremental run links as the full one.
/// Our own rows.
#[test]
fn mendl30_a_busy_country_still_compares_its_bulletins() {
    const HEAD: &str = "document,published,claimant,victims,outcome,quantity,place,event_date,scope,period,sentence\n";
    let env = Env::new();
    let cities = [
        "Aleppo", "Homs", "Hama", "Daraa", "Latakia", "Raqqa", "Tartus", "Damascus",
    ];
    let mut first = vec!["c1.txt,2026-03-02,health ministry,people,killed,52,Idlib,,cumulative,since January,Cholera has killed 52 people in Idlib since January the ministry said.".to_string()];
    for n in 0..70 {
        let (day, city, k) = (3 + n % 10, cities[n % 8], n % 5 + 2);
        first.push(format!("u{n}.txt,2026-03-{day:02},civil defence,people,killed,{k},{city},2026-03-{day:02},incident,,Shelling killed {k} people in {city} that morning."));
    }
    let batches = [
        first,
        vec!["c2.txt,2026-03-14,health ministry,people,killed,60,Idlib,,cumulative,since January,The cholera count of deaths since January reached 60 the ministry said.".to_string()],
    ];
    for (n, lines) in batches.iter().enumerate() {
        let p = env.write(
            &format!("run{n}.csv"),
            format!("{HEAD}{}\n", lines.join("\n")),
        );
        ingest(&env, &[p.as_os_str()]);
        assert_eq!(partition(&env.db()), relinked(&env), "after batch {n}");
    }
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let event = |doc: &str| -> i64 {
        conn.query_row(
            "SELECT DISTINCT ce.event_id FROM claim_event ce JOIN claims c USING (claim_id) WHERE c.document = ?1",
            [doc],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(event("c1.txt"), event("c2.txt"));
}
