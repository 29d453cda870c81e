//! Large claim sheets stream through the writer in batches: the same results as a small
//! sheet read whole, a bad row anywhere still rejects the whole file, and the same content
//! again changes nothing.

use crate::common::{stderr, Env};

const HEADER: &str = "document,outlet,published,claimant,via,victims,outcome,quantity,qualifier,low,high,event,place,event_date\n";

/// `n` rows spanning several batches of the streaming writer.
fn sheet(n: usize) -> String {
    let mut s = String::from(HEADER);
    for i in 0..n {
        let q = [
            "at least 3",
            "more than 40",
            "about 100",
            "between 2 and 5",
            "dozens",
        ][i % 5];
        s.push_str(&format!(
            "a{}.txt,Wire,2024-01-02,police,,civilians,killed,{q},,,,Blast {},Town {},2024-01-01\n",
            i / 10,
            i % 700,
            i % 700
        ));
    }
    s
}

fn count(env: &Env, sql: &str) -> String {
    env.ok(["sql", sql, "--format", "csv"])
        .lines()
        .nth(1)
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_sheet_of_many_batches_streams_in_and_reingest_changes_nothing() {
    let env = Env::new();
    let p = env.write("big.csv", sheet(9_000));
    env.ok(["ingest".as_ref(), p.as_os_str()]);
    assert_eq!(count(&env, "select count(*) from claims"), "9000");
    assert_eq!(
        count(&env, "select count(distinct seq) from claim"),
        "9000",
        "seq numbers run on across batches"
    );
    assert_eq!(
        count(
            &env,
            "select low || '-' || high from claims where claim_id = 8998"
        ),
        "90-110"
    );
    let o = env.run(["ingest".as_ref(), p.as_os_str()]);
    assert!(o.status.success());
    assert!(
        stderr(&o).contains("(0 new, 0 replaced, 1 unchanged)"),
        "{}",
        stderr(&o)
    );
    // changed content replaces the claims, streamed again
    let p = env.write("big.csv", sheet(8_500));
    let o = env.run(["ingest".as_ref(), p.as_os_str()]);
    assert!(
        stderr(&o).contains("(0 new, 1 replaced, 0 unchanged)"),
        "{}",
        stderr(&o)
    );
    assert_eq!(count(&env, "select count(*) from claims"), "8500");
}

#[test]
fn a_bad_row_after_many_batches_rejects_the_whole_sheet() {
    let env = Env::new();
    let mut s = sheet(9_000);
    s.push_str("z.txt,Wire,2024-01-02,police,,civilians,killed,lots,,,,Blast,Town,2024-01-01\n");
    let p = env.write("bad.csv", s);
    let o = env.run(["ingest".as_ref(), p.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("bad.csv:9002: quantity: expected a quantity"),
        "{}",
        stderr(&o)
    );
    assert_eq!(count(&env, "select count(*) from claims"), "0");
    assert_eq!(count(&env, "select count(*) from documents"), "0");
}

#[test]
fn byte_order_mark_invalid_utf8_and_nul_in_a_streamed_sheet() {
    let env = Env::new();
    let p = env.write("bom.csv", format!("\u{feff}{}", sheet(3)));
    env.ok(["ingest".as_ref(), p.as_os_str()]);
    assert_eq!(count(&env, "select count(*) from claims"), "3");

    let mut bytes = sheet(5_000).into_bytes();
    bytes.extend_from_slice(
        b"a.txt,Wire,2024-01-02,police,,civ\xffilians,killed,3,,,,B,T,2024-01-01\n",
    );
    let p = env.write("latin1.csv", &bytes);
    let o = env.run(["ingest".as_ref(), p.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o)
            .contains("latin1.csv:5002: expected UTF-8 text, found an invalid byte at offset"),
        "{}",
        stderr(&o)
    );

    let mut s = sheet(2);
    s.push_str("a.txt,Wire,2024-01-02,police,,civ\0ilians,killed,3,,,,B,T,2024-01-01\n");
    let p = env.write("nul.csv", s);
    let o = env.run(["ingest".as_ref(), p.as_os_str()]);
    assert!(
        stderr(&o).contains("nul.csv:4: expected text, found a NUL byte"),
        "{}",
        stderr(&o)
    );
    assert_eq!(count(&env, "select count(*) from claims"), "3");
}
