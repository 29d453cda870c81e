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
