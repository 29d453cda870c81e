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
