use crate::common::{corpus, stderr, Env};

#[test]
fn read_only_unless_write() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let before = env.digest();
    let o = env.run(["sql", "delete from claim"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--write"), "{}", stderr(&o));
    assert_eq!(env.digest(), before);
    env.ok([
        "sql",
        "delete from claim where outcome = 'displaced'",
        "--write",
    ]);
    assert_eq!(env.count("select count(*) from claims"), 17);
}

#[test]
fn parameters_formats_and_stdin() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let out = env.ok([
        "sql",
        "select quantity from claims where place = :place and outcome = :o order by claim_id",
        "-p",
        "place",
        "Khan Touman",
        "-p",
        "o",
        "killed",
        "--format",
        "jsonl",
    ]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            "{\"quantity\":\"as many as 13\"}",
            "{\"quantity\":\"several\"}"
        ]
    );
    let table = env.ok([
        "sql",
        "select outcome, count(*) n from claims group by 1 order by 1",
    ]);
    assert!(
        table.contains("killed") && table.contains("(4 rows)"),
        "{table}"
    );
    let mut c = env.cmd();
    c.args(["sql", "-", "--format", "csv"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"select count(*) as n from claims")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "n\n20\n");
    let bad = env.run(["sql", "select * from nowhere"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("no such table: nowhere"));
}

/// `sql` and `events list` print a compact table: the header, one rule under it, then one
/// line per row (no rule between rows), and the count of rows.
#[test]
fn tables_are_compact() {
    let env = Env::new();
    env.ok(["ingest".as_ref(), corpus("seeds-claims.csv").as_os_str()]);
    let rules = |out: &str| {
        out.lines()
            .filter(|l| l.trim_start().starts_with('─'))
            .count()
    };
    let out = env.ok([
        "sql",
        "select claim_id, outcome, quantity from claims order by claim_id",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(rules(&out), 1, "{out}");
    assert!(
        lines[0].contains("claim_id") && lines[1].starts_with('─'),
        "{out}"
    );
    assert_eq!(lines.len(), 2 + 20 + 1, "{out}");
    assert_eq!(lines[22], "(20 rows)");
    assert!(
        lines[2].split_whitespace().eq(["1", "killed", "four"]),
        "{out}"
    );
    assert!(lines.iter().all(|l| !l.ends_with(' ')), "{out}");
    let events = env.ok(["events", "list"]);
    assert_eq!(rules(&events), 1, "{events}");
    let n = env.count("select count(*) from events") as usize;
    assert_eq!(events.lines().count(), 2 + n + 1, "{events}");
    assert_eq!(events.lines().last(), Some(format!("({n} rows)").as_str()));
}

/// `findings.severity_rank` sorts by severity (high 3 … info 0), not alphabetically; and a
/// claim is found by its event's place (event_fts) when its sentence does not name it.
#[test]
fn severity_rank_and_search_by_the_events_place() {
    let env = Env::new();
    env.ok([
        "ingest".as_ref(),
        "--manifest".as_ref(),
        corpus("seeds-manifest.csv").as_os_str(),
    ]);
    env.ok([
        "ingest".as_ref(),
        crate::common::project("data/sample").as_os_str(),
    ]);
    let out = env.ok([
        "sql",
        "--csv",
        "select severity, severity_rank from findings order by severity_rank desc, finding_id",
    ]);
    let order = ["high", "medium", "low", "info"];
    let mut last = 0;
    let mut ranks = std::collections::BTreeSet::new();
    for line in out.lines().skip(1) {
        let (sev, rank) = line.split_once(',').unwrap();
        let at = order.iter().position(|s| *s == sev).unwrap();
        assert!(at >= last, "{out}");
        assert_eq!(rank.parse::<usize>().unwrap(), 3 - at, "{line}");
        last = at;
        ranks.insert(sev.to_string());
    }
    assert!(ranks.len() >= 3, "{out}");
    let by_sentence = "select claim_id from claims where claim_id in
        (select rowid from claim_fts where claim_fts match 'khan touman') order by 1";
    let by_event = "select claim_id from claims where claim_id in
        (select rowid from claim_fts where claim_fts match 'khan touman')
        or event_id in (select rowid from event_fts where event_fts match 'khan touman') order by 1";
    let ids = |q: &str| -> Vec<i64> {
        env.ok(["sql", "--csv", q])
            .lines()
            .skip(1)
            .map(|l| l.parse().unwrap())
            .collect()
    };
    let (sentence, event) = (ids(by_sentence), ids(by_event));
    assert!(sentence.iter().all(|c| event.contains(c)));
    // found through the event only: its sentence does not say "Touman"
    let only: Vec<&i64> = event.iter().filter(|c| !sentence.contains(c)).collect();
    assert!(!only.is_empty(), "{sentence:?} {event:?}");
    for c in only {
        let s = env.ok([
            "sql",
            "--csv",
            &format!("select sentence, e.place from claims c join events e using (event_id) where claim_id = {c}"),
        ]);
        assert!(
            !s.to_lowercase().contains("touman,") && s.contains("Khan Touman"),
            "{s}"
        );
    }
    // the index stays in step when events are linked again
    env.ok(["report", "--relink"]);
    env.ok([
        "sql",
        "--write",
        "insert into event_fts(event_fts, rank) values ('integrity-check', 1)",
    ]);
}
